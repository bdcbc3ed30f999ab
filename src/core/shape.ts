/**
 * Shapes, strides and axes: the arithmetic of views. Strides are in bytes, as in NumPy.
 *
 * @example
 * cStrides([2, 3], 8) // [24, 8]
 * broadcastShapes([2, 3], [3]) // [2, 3]
 */
import { AxisError, NumpyTypeError, ValueError } from "./errors.js";

/** A shape argument: an array of dimensions, or NumPy's int shorthand for 1-d. */
export type ShapeLike = number | readonly number[];

function checkDim(d: unknown): number {
  if (typeof d === "bigint") d = Number(d);
  if (typeof d !== "number" || !Number.isInteger(d)) {
    const kind = typeof d === "number" ? "float" : d == null ? "NoneType" : typeof d === "string" ? "str" : Array.isArray(d) ? "list" : typeof d;
    throw new NumpyTypeError(`'${kind}' object cannot be interpreted as an integer`);
  }
  return d as number;
}

/** Python's repr of a float, for error messages: 2.5, 1e+20, inf, nan. */
function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const abs = Math.abs(x);
  if (abs >= 1e16 || (abs !== 0 && abs < 1e-4)) return x.toExponential().replace(/e([+-])(\d)$/, "e$10$2");
  return String(x);
}

/**
 * A 0-d or 1-d integer NDArray given as a shape (NumPy takes it through `__index__` or as a
 * sequence of ints): its values; any other value unchanged. Duck-typed: core/ndarray imports
 * this module.
 */
function intArrayShape<T>(shape: T): T | number | number[] {
  const a = shape as unknown as { dtype?: unknown; ndim?: unknown; tolist?: () => unknown };
  if (a === null || typeof a !== "object" || Array.isArray(a) || typeof a.tolist !== "function" || typeof a.dtype !== "string") return shape;
  if (!/^u?int\d+$/.test(a.dtype) || (a.ndim !== 0 && a.ndim !== 1)) return shape;
  return a.tolist() as number | number[];
}

/**
 * Validates a shape argument for array creation: integers, none negative.
 * @example normalizeShape(3) // [3]
 */
export function normalizeShape(shape: ShapeLike): number[] {
  shape = intArrayShape(shape);
  if (typeof shape === "number" || typeof shape === "bigint") {
    // A JS number beyond +-2**63 is a Python float (README), as is any non-integral one.
    if (typeof shape === "number" && !(Number.isInteger(shape) && Math.abs(shape) < 2 ** 63)) {
      throw new NumpyTypeError(`expected a sequence of integers or a single integer, got '${pyFloatRepr(shape)}'`);
    }
    const d = checkDim(shape);
    if (d < 0) throw new ValueError("negative dimensions are not allowed");
    if (d >= 2 ** 63) throw new ValueError("Maximum allowed dimension exceeded");
    return [d];
  }
  if (!Array.isArray(shape)) {
    // As NumPy's shape converter: None has its own message, a str is not an integer.
    if (shape === null || shape === undefined) throw new NumpyTypeError("Use () not None as shape arguments");
    if (typeof shape === "string") throw new NumpyTypeError("'str' object cannot be interpreted as an integer");
    throw new NumpyTypeError(`expected a sequence of integers or a single integer, got '${String(shape)}'`);
  }
  const out = new Array<number>(shape.length);
  for (let i = 0; i < shape.length; i++) {
    const d = checkDim(shape[i]);
    if (d < 0) throw new ValueError("negative dimensions are not allowed");
    if (d >= 2 ** 63) throw new ValueError("Maximum allowed dimension exceeded");
    out[i] = d;
  }
  return out;
}

/** The number of elements of a shape. */
export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (let i = 0; i < shape.length; i++) n *= shape[i]!;
  return n;
}

/** Row-major (C order) byte strides. */
export function cStrides(shape: readonly number[], itemsize: number): number[] {
  const s = new Array<number>(shape.length);
  let acc = itemsize;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= Math.max(shape[i]!, 1);
  }
  return s;
}

/** Column-major (Fortran order) byte strides. */
export function fStrides(shape: readonly number[], itemsize: number): number[] {
  const s = new Array<number>(shape.length);
  let acc = itemsize;
  for (let i = 0; i < shape.length; i++) {
    s[i] = acc;
    acc *= Math.max(shape[i]!, 1);
  }
  return s;
}

/** NumPy's C_CONTIGUOUS flag (dimensions of length 1 may have any stride). */
export function isCContiguous(shape: readonly number[], strides: readonly number[], itemsize: number): boolean {
  if (shape.includes(0)) return true;
  let acc = itemsize;
  for (let i = shape.length - 1; i >= 0; i--) {
    const d = shape[i]!;
    if (d !== 1) {
      if (strides[i] !== acc) return false;
      acc *= d;
    }
  }
  return true;
}

/** NumPy's F_CONTIGUOUS flag. */
export function isFContiguous(shape: readonly number[], strides: readonly number[], itemsize: number): boolean {
  if (shape.includes(0)) return true;
  let acc = itemsize;
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i]!;
    if (d !== 1) {
      if (strides[i] !== acc) return false;
      acc *= d;
    }
  }
  return true;
}

/**
 * Whether the elements fill one block of memory with positive strides in some axis order
 * (so a 'K'-order ravel is a view).
 */
export function isKContiguous(shape: readonly number[], strides: readonly number[], itemsize: number): boolean {
  if (shape.includes(0)) return true;
  const axes = shape.map((_, i) => i).filter((i) => shape[i] !== 1);
  axes.sort((a, b) => strides[a]! - strides[b]!);
  let acc = itemsize;
  for (const a of axes) {
    if (strides[a] !== acc) return false;
    acc *= shape[a]!;
  }
  return true;
}

/** The Python type a JS value stands for, as NumPy's TypeErrors name it (a JS array is a tuple). */
function pyTypeName(x: unknown): string {
  if (typeof x === "number") return Number.isInteger(x) ? "int" : "float";
  if (typeof x === "string") return "str";
  if (typeof x === "boolean") return "bool";
  if (x === null || x === undefined) return "NoneType";
  if (Array.isArray(x)) return "tuple";
  return typeof x === "object" ? (x.constructor?.name === "NDArray" ? "numpy.ndarray" : "dict") : typeof x;
}

/**
 * Normalizes an axis to 0..ndim-1, throwing NumPy's AxisError when out of range.
 * @example normalizeAxis(-1, 3) // 2
 */
export function normalizeAxis(axis: number, ndim: number, argname?: string): number {
  if (typeof axis === "bigint") axis = Number(axis);
  if (typeof axis !== "number" || !Number.isInteger(axis)) {
    throw new NumpyTypeError(`'${pyTypeName(axis)}' object cannot be interpreted as an integer`);
  }
  if (axis < -ndim || axis >= ndim) throw new AxisError(axis, ndim, argname);
  return axis < 0 ? axis + ndim : axis;
}

/**
 * Normalizes a tuple of axes (or one axis), rejecting repeats as NumPy does.
 * @example normalizeAxes([0, -1], 3) // [0, 2]
 */
export function normalizeAxes(axes: number | readonly number[], ndim: number, argname?: string): number[] {
  const list = typeof axes === "number" ? [axes] : axes;
  const out: number[] = [];
  for (const a of list) {
    const n = normalizeAxis(a, ndim, argname);
    if (out.includes(n)) throw new ValueError(argname ? `repeated axis in \`${argname}\` argument` : "repeated axis");
    out.push(n);
  }
  return out;
}

/**
 * Normalizes the axes of a reduction (ufunc.reduce, sum, mean, ...): a repeat is NumPy's
 * "duplicate value in 'axis'", not the "repeated axis" of the manipulation functions.
 * @example normalizeReductionAxes([0, -1], 3) // [0, 2]
 */
export function normalizeReductionAxes(axes: number | readonly number[], ndim: number): number[] {
  const list = Array.isArray(axes) ? (axes as readonly number[]) : [axes as number];
  const out = list.map((a) => normalizeAxis(a, ndim));
  if (new Set(out).size !== out.length) throw new ValueError("duplicate value in 'axis'");
  return out;
}

/** A shape as NumPy prints it in messages: "(2,3)" — no spaces, as in broadcast errors. */
export function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}

/** A shape as Python prints a tuple: "(2, 3)". */
export function shapeRepr(shape: readonly number[]): string {
  // Dimensions are exact integers: print them in full (2**59, not 576460752303423500).
  const dims = shape.map((d) => (Number.isSafeInteger(d) ? String(d) : BigInt(d).toString()));
  return dims.length === 1 ? `(${dims[0]},)` : `(${dims.join(", ")})`;
}

/**
 * The broadcast shape of several shapes, or NumPy's ValueError naming them all.
 * @example broadcastShapes([2, 1], [3]) // [2, 3]
 */
export function broadcastShapes(...shapes: (readonly number[])[]): number[] {
  let nd = 0;
  for (const s of shapes) if (s.length > nd) nd = s.length;
  const out = new Array<number>(nd).fill(1);
  for (const s of shapes) {
    const off = nd - s.length;
    for (let i = 0; i < s.length; i++) {
      const d = s[i]!;
      const o = out[off + i]!;
      if (d === o || d === 1) continue;
      if (o === 1) out[off + i] = d;
      else {
        throw new ValueError(
          `operands could not be broadcast together with shapes ${shapes.map(shapeText).join(" ")} `,
        );
      }
    }
  }
  return out;
}

/**
 * Strides that view an array of `shape`/`strides` as the larger `target` shape (stride 0 on
 * broadcast dimensions), or null when it does not broadcast.
 */
export function broadcastStrides(
  shape: readonly number[],
  strides: readonly number[],
  target: readonly number[],
): number[] | null {
  const off = target.length - shape.length;
  if (off < 0) return null;
  const out = new Array<number>(target.length).fill(0);
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i]!;
    if (d === target[off + i]) out[off + i] = d === 1 ? 0 : strides[i]!;
    else if (d === 1) out[off + i] = 0;
    else return null;
  }
  return out;
}

/**
 * Strides for viewing (shape, strides) as newShape with no copy, or null when impossible
 * (NumPy's _attempt_nocopy_reshape, for C or F index order).
 */
export function reshapeStrides(
  shape: readonly number[],
  strides: readonly number[],
  newShape: readonly number[],
  itemsize: number,
  order: "C" | "F",
): number[] | null {
  // Drop length-1 dimensions of the old shape; they put no constraint on the layout.
  const os: number[] = [];
  const ost: number[] = [];
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] !== 1) {
      os.push(shape[i]!);
      ost.push(strides[i]!);
    }
  }
  if (shapeSize(shape) === 0) return order === "C" ? cStrides(newShape, itemsize) : fStrides(newShape, itemsize);
  const nd = newShape.length;
  const out = new Array<number>(nd).fill(0);
  let oi = 0;
  let oj = 1;
  let ni = 0;
  let nj = 1;
  const oldNd = os.length;
  while (ni < nd && oi < oldNd) {
    let np = newShape[ni]!;
    let op = os[oi]!;
    while (np !== op) {
      if (np < op) np *= newShape[nj++]!;
      else op *= os[oj++]!;
    }
    // The old axes oi..oj-1 must be contiguous among themselves.
    for (let ok = oi; ok < oj - 1; ok++) {
      if (order === "C") {
        if (ost[ok] !== os[ok + 1]! * ost[ok + 1]!) return null;
      } else if (ost[ok + 1] !== os[ok]! * ost[ok]!) return null;
    }
    if (order === "C") {
      out[nj - 1] = ost[oj - 1]!;
      for (let nk = nj - 1; nk > ni; nk--) out[nk - 1] = out[nk]! * newShape[nk]!;
    } else {
      out[ni] = ost[oi]!;
      for (let nk = ni + 1; nk < nj; nk++) out[nk] = out[nk - 1]! * newShape[nk - 1]!;
    }
    ni = nj++;
    oi = oj++;
  }
  // Trailing ones of the new shape: give them the stride NumPy gives.
  const last = ni > 0 ? (order === "C" ? out[ni - 1]! : out[ni - 1]! * newShape[ni - 1]!) : itemsize;
  for (let k = ni; k < nd; k++) out[k] = last;
  return out;
}

/**
 * Resolves a requested reshape (with at most one -1) against an array's size.
 * @example resolveNewShape([-1, 2], 6) // [3, 2]
 */
export function resolveNewShape(newShape: ShapeLike, size: number): number[] {
  newShape = intArrayShape(newShape);
  if (typeof newShape === "number" && !Number.isInteger(newShape)) {
    // NumPy's shape converter words a lone float this way (in a sequence it is "'float' object ...").
    throw new NumpyTypeError(`expected a sequence of integers or a single integer, got '${pyFloatRepr(newShape)}'`);
  }
  if (typeof newShape === "boolean") {
    throw new NumpyTypeError(`expected a sequence of integers or a single integer, got '${newShape ? "True" : "False"}'`);
  }
  // A bigint is a Python int (API.md), a lone dimension like a number.
  const raw: number[] = typeof newShape === "number" || typeof newShape === "bigint" ? [newShape as number] : Array.from(newShape);
  let unknown = -1;
  let known = 1;
  const out = new Array<number>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const d = checkDim(raw[i]);
    if (d < 0) {
      // NumPy takes any negative dimension as the unknown one.
      if (unknown >= 0) throw new ValueError("can only specify one unknown dimension");
      unknown = i;
      out[i] = -1;
    } else {
      out[i] = d;
      known *= d;
    }
  }
  if (unknown >= 0) {
    if (known === 0 || size % known !== 0) {
      throw new ValueError(`cannot reshape array of size ${size} into shape ${reshapeText(raw)}`);
    }
    out[unknown] = size / known;
  } else if (known !== size) {
    throw new ValueError(`cannot reshape array of size ${size} into shape ${reshapeText(raw)}`);
  }
  return out;
}

/** NumPy's convert_shape_to_string: leading -1s dropped, later ones printed as "newaxis". */
function reshapeText(raw: readonly number[]): string {
  let i = 0;
  while (i < raw.length && raw[i]! < 0) i++;
  if (i === raw.length) return "()";
  const parts = [String(raw[i++])];
  for (; i < raw.length; i++) parts.push(raw[i]! < 0 ? "newaxis" : String(raw[i]));
  return raw.length === 1 ? `(${parts[0]},)` : `(${parts.join(",")})`;
}
