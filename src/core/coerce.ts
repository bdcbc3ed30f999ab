/**
 * Array coercion: any array_like (NDArray, scalar, TypedArray, nested JS arrays of those) to an
 * NDArray, with NumPy's shape discovery (ragged input is a ValueError) and dtype discovery
 * (an integral JS number is a Python int, any other number a Python float).
 *
 * @example
 * coerce([[1, 2], [3, 4]]).dtype // "int64"
 * coerce([1, 2.5]).dtype // "float64"
 */
import {
  BOOL,
  COMPLEX128,
  FLOAT32,
  FLOAT64,
  INT16,
  INT32,
  INT64,
  INT8,
  UINT16,
  UINT32,
  UINT64,
  UINT8,
  promote,
  type DType,
  type WeakKind,
} from "./dtype.js";
import { NumpyTypeError, OverflowError, ValueError } from "./errors.js";
import { emptyArray, NDArray } from "./ndarray.js";
import { imagPart, isComplexScalar, toStorage, type Scalar } from "./scalar.js";
import { cStrides } from "./shape.js";
import { wrapBuffer } from "../storage/storage.js";
import { copyCast } from "../kernels/ts/cast.js";

/** Anything NumPy accepts as array_like (an object with NumPy's `__array__()`, as `a.flat`, included). */
export type ArrayLike = NDArray | Scalar | ArrayBufferView | ArrayProtocol | readonly ArrayLike[];

/** NumPy's array protocol: an object whose `__array__()` gives its NDArray. */
export interface ArrayProtocol {
  __array__(): NDArray;
}

const TWO63 = 2 ** 63;

/** The Python scalar kind of a JS scalar, or null when it is not a scalar. */
export function scalarKind(x: unknown): WeakKind | null {
  switch (typeof x) {
    case "number":
      return Number.isInteger(x) && Math.abs(x) < TWO63 && !Object.is(x, -0) ? "int" : "float";
    case "boolean":
      return "bool";
    case "bigint":
      return "int";
    case "object":
      return isComplexScalar(x) ? "complex" : null;
    default:
      return null;
  }
}

/** The dtype a TypedArray's elements have. */
export function typedArrayDType(x: ArrayBufferView): DType | null {
  if (x instanceof Float64Array) return FLOAT64;
  if (x instanceof Float32Array) return FLOAT32;
  if (x instanceof Int32Array) return INT32;
  if (x instanceof Uint8Array || x instanceof Uint8ClampedArray) return UINT8;
  if (x instanceof Int8Array) return INT8;
  if (x instanceof Int16Array) return INT16;
  if (x instanceof Uint16Array) return UINT16;
  if (x instanceof Uint32Array) return UINT32;
  if (x instanceof BigInt64Array) return INT64;
  if (x instanceof BigUint64Array) return UINT64;
  return null;
}

/** What discovery found: the shape, and the dtypes/kinds of the leaves. */
interface Discovery {
  shape: number[];
  /** Bit set of scalar kinds seen: 1 bool, 2 int, 4 float, 8 complex, 16 big uint, 32 beyond uint64. */
  kinds: number;
  /** Promoted dtype of embedded arrays and TypedArrays, if any. */
  strong: DType | null;
}

function ragged(depth: number, shape: readonly number[]): never {
  const s = shape.slice(0, depth);
  const text = s.length === 1 ? `(${s[0]},)` : `(${s.join(", ")})`;
  throw new ValueError(
    `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. The detected shape was ${text} + inhomogeneous part.`,
  );
}

function isSequence(x: unknown): x is readonly unknown[] | ArrayBufferView | NDArray {
  return Array.isArray(x) || x instanceof NDArray || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}

function seqLength(x: readonly unknown[] | ArrayBufferView | NDArray): number {
  if (x instanceof NDArray) return x.ndim === 0 ? -1 : x.shape[0]!;
  return (x as { length: number }).length;
}

/** Walks the input once: fixes the shape from the first elements, then checks every element. */
function discover(obj: unknown): Discovery {
  const shape: number[] = [];
  let x: unknown = obj;
  for (;;) {
    if (x instanceof NDArray) {
      for (const d of x.shape) shape.push(d);
      break;
    }
    if (!isSequence(x)) break;
    const n = seqLength(x);
    shape.push(n);
    if (n === 0 || ArrayBuffer.isView(x)) break;
    x = (x as readonly unknown[])[0];
  }
  const found: Discovery = { shape, kinds: 0, strong: null };
  check(obj, 0, found);
  return found;
}

function addStrong(found: Discovery, dt: DType): void {
  found.strong = found.strong === null ? dt : promote(found.strong, dt);
}

function check(x: unknown, depth: number, found: Discovery): void {
  const shape = found.shape;
  if (depth === shape.length) {
    if (isSequence(x) && !(x instanceof NDArray && x.ndim === 0)) ragged(depth, shape);
    if (x instanceof NDArray) {
      addStrong(found, x._dt);
      return;
    }
    found.kinds |= leafKind(x);
    return;
  }
  if (!isSequence(x)) ragged(depth, shape);
  if (x instanceof NDArray) {
    if (x.ndim !== shape.length - depth) ragged(depth, shape);
    for (let d = 0; d < x.ndim; d++) if (x.shape[d] !== shape[depth + d]) ragged(depth + d, shape);
    addStrong(found, x._dt);
    return;
  }
  if (ArrayBuffer.isView(x)) {
    if (depth !== shape.length - 1 || seqLength(x) !== shape[depth]) ragged(depth, shape);
    addStrong(found, typedArrayDType(x)!);
    return;
  }
  const arr = x as readonly unknown[];
  if (arr.length !== shape[depth]) ragged(depth, shape);
  for (let i = 0; i < arr.length; i++) check(arr[i], depth + 1, found);
}

function leafKind(x: unknown): number {
  switch (typeof x) {
    case "number":
      return Number.isInteger(x) && Math.abs(x) < TWO63 && !Object.is(x, -0) ? 2 : 4;
    case "boolean":
      return 1;
    case "bigint":
      if (x >= -(1n << 63n) && x < 1n << 63n) return 2;
      if (x >= 0n && x < 1n << 64n) return 16;
      return 32; // beyond any integer dtype: only an explicit float/complex/bool dtype can hold it
    case "object":
      if (x !== null && isComplexScalar(x)) return 8;
  }
  if (x === null || x === undefined) {
    throw new NumpyTypeError(`ndts has no object dtype: cannot make an array element of ${String(x)}`);
  }
  throw new NumpyTypeError(`ndts has no object dtype: cannot make an array element of type ${typeof x}`);
}

/** The dtype NumPy discovers for the input's leaves. */
function discoveredDType(found: Discovery): DType {
  const k = found.kinds;
  if (k & 32) throw new OverflowError("Python int too large to convert to C long");
  let dt: DType | null = null;
  if (k & 8) dt = COMPLEX128;
  else if (k & 4) dt = FLOAT64;
  else if (k & 16) dt = k & 2 ? FLOAT64 : UINT64;
  else if (k & 2) dt = INT64;
  else if (k & 1) dt = BOOL;
  if (found.strong === null) return dt ?? FLOAT64;
  return dt === null ? found.strong : promote(found.strong, dt);
}

/**
 * Converts array_like input to a new NDArray (always a fresh array; the caller decides about
 * copies of NDArray input). `dtype` forces the element type, with NumPy 2's Python-scalar rules.
 * `maxdim` is NumPy's max_depth of PyArray_FromAny: deeper input is a ValueError, raised by
 * shape discovery before any element is converted.
 */
export function fromNested(obj: unknown, dtype: DType | undefined, maxdim = Infinity): NDArray {
  // NumPy's __array__ protocol (a.flat is array_like: np.array(a.flat) is its 1-d copy).
  if (typeof obj === "object" && obj !== null && typeof (obj as { __array__?: unknown }).__array__ === "function") {
    obj = (obj as { __array__(): NDArray }).__array__();
  }
  if (dtype === undefined && maxdim === Infinity && Array.isArray(obj)) {
    const fast = fromNumbers(obj);
    if (fast !== null) return fast;
  }
  const found = discover(obj);
  if (found.shape.length > maxdim) {
    throw new ValueError(
      `setting an array element with a sequence. The requested array would exceed the maximum number of dimension of ${maxdim}.`,
    );
  }
  const dt = dtype ?? discoveredDType(found);
  const out = emptyArray(dt, found.shape);
  if (out.size === 0) return out;
  const view = out._storage.region.view(dt) as unknown as (number | bigint)[];
  const start = out._ptr >> dt.shift;
  const step = dt.kind === "c" ? 2 : 1;
  let pos = start;
  const fast = dtype === undefined && (dt === FLOAT64 || dt === INT64 || dt === BOOL);
  const write = (x: unknown): void => {
    if (fast) {
      if (dt === INT64) view[pos] = typeof x === "bigint" ? x : BigInt(x as number);
      else view[pos] = typeof x === "boolean" ? (x ? 1 : 0) : Number(x as number | bigint);
    } else {
      const v = x as Scalar;
      view[pos] = toStorage(v, dt);
      if (step === 2) view[pos + 1] = imagPart(v);
    }
    pos += step;
  };
  const fill = (x: unknown, depth: number): void => {
    if (x instanceof NDArray || ArrayBuffer.isView(x)) {
      // Array elements are NumPy scalars of their dtype: cast (never range-checked) in one copy.
      const src = x instanceof NDArray ? x : typedArrayView(x);
      const dst = { dt, region: out._storage.region, ptr: pos << dt.shift, strides: cStrides(src.shape, dt.itemsize) };
      copyCast(src.shape, dst, src._operand());
      pos += src.size * step;
      return;
    }
    if (depth === found.shape.length) {
      write(x);
      return;
    }
    const arr = x as readonly unknown[];
    for (let i = 0; i < arr.length; i++) fill(arr[i], depth + 1);
  };
  fill(obj, 0);
  return out;
}

const I64_MAX = 2 ** 63;

/**
 * The common case, fast: nested JS arrays (not ragged) of plain numbers. Returns null for
 * anything else (other leaves, ragged input), which the general path then handles, errors
 * included. Integral numbers make int64 (written as two 32-bit words, no BigInt), others float64.
 */
function fromNumbers(obj: readonly unknown[]): NDArray | null {
  const shape: number[] = [];
  let x: unknown = obj;
  while (Array.isArray(x)) {
    shape.push(x.length);
    if (x.length === 0) return null;
    x = x[0];
  }
  if (typeof x !== "number") return null;
  let size = 1;
  for (const d of shape) size *= d;
  const flat = new Array<number>(size);
  let pos = 0;
  let ints = true;
  const last = shape.length - 1;
  const walk = (a: readonly unknown[], depth: number): boolean => {
    if (a.length !== shape[depth]) return false;
    if (depth === last) {
      for (let i = 0; i < a.length; i++) {
        const v = a[i];
        if (typeof v !== "number") return false;
        if (ints && !(Number.isInteger(v) && v < I64_MAX && v >= -I64_MAX && !Object.is(v, -0))) ints = false;
        flat[pos++] = v;
      }
      return true;
    }
    for (let i = 0; i < a.length; i++) {
      const row = a[i];
      if (!Array.isArray(row) || !walk(row, depth + 1)) return false;
    }
    return true;
  };
  if (!walk(obj, 0)) return null;
  if (!ints) {
    const out = emptyArray(FLOAT64, shape);
    (out._storage.region.view(FLOAT64) as Float64Array).set(flat, out._ptr >> 3);
    return out;
  }
  const out = emptyArray(INT64, shape);
  const words = out._storage.region.view(INT32) as Int32Array;
  let w = out._ptr >> 2;
  for (let i = 0; i < size; i++, w += 2) {
    const v = flat[i]!;
    const hi = Math.floor(v / 4294967296);
    words[w] = v - hi * 4294967296;
    words[w + 1] = hi;
  }
  return out;
}

/** A 1-d NDArray viewing a TypedArray's memory (no copy). */
export function typedArrayView(x: ArrayBufferView): NDArray {
  const dt = typedArrayDType(x);
  if (dt === null) throw new NumpyTypeError(`cannot make an array from a ${x.constructor.name}`);
  const n = x.byteLength / dt.itemsize;
  return new NDArray(dt, [n], [dt.itemsize], x.byteOffset, wrapBuffer(x.buffer as ArrayBuffer), null);
}

/**
 * The values of `a` as float64 in C order, in a fresh Float64Array (a copy; complex input keeps
 * the real part, with NumPy's ComplexWarning).
 * @example float64Values(np.arange(3)) // Float64Array [0, 1, 2]
 */
export function float64Values(a: NDArray): Float64Array {
  const c = a.astype("float64").ravel();
  const at = c._ptr >> 3;
  return (c._storage.region.view(FLOAT64) as Float64Array).slice(at, at + c.size);
}
