/**
 * The plumbing NumPy's random/_common.pyx provides to every sampler: `size` handling, parameter
 * constraints with NumPy's messages, and `cont`/`disc`: a scalar fast path (size None gives a JS
 * number), a filled array for a size, and elementwise broadcasting of array parameters (drawn in
 * C order of the output, as NumPy's multi-iterator).
 *
 * @example
 * draw(bg, (g, a, b) => a + b * standardNormal(g), [[0, "", Cons.NONE], [1, "scale", Cons.NON_NEGATIVE]], [2])
 */
import { float64Values, type ArrayLike } from "../core/coerce.js";
import { FLOAT64, INT64, UINT32, type DType } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { broadcastShapes, normalizeShape, shapeRepr, shapeSize, type ShapeLike } from "../core/shape.js";
import { asArray } from "../api/creation.js";
import { broadcast_to } from "../api/broadcasting.js";
import type { BitGen } from "./bitgen.js";

/** NumPy's constraint_type values. */
export const enum Cons {
  NONE,
  NON_NEGATIVE,
  POSITIVE,
  BOUNDED_0_1,
  BOUNDED_GT_0_1,
  POISSON,
  GTE_0_INT,
  GT_1,
  BOUNDED_LT_0_1,
  POSITIVE_NOT_NAN,
  GTE_1,
}

/** float64(int64 max) - sqrt(int64 max) * 10, NumPy's POISSON_LAM_MAX. */
export const POISSON_LAM_MAX = 9223372036854775807 - Math.sqrt(9223372036854775807) * 10;

/** NumPy's check_constraint for one value (the same messages for scalars and arrays). */
export function checkConstraint(v: number, name: string, cons: Cons, array = false): void {
  switch (cons) {
    case Cons.NON_NEGATIVE:
      if (!Number.isNaN(v) && (v < 0 || Object.is(v, -0))) throw new ValueError(`${name} < 0`);
      return;
    case Cons.POSITIVE:
      if (v <= 0) throw new ValueError(`${name} <= 0`);
      return;
    case Cons.BOUNDED_0_1:
      if (!(v >= 0) || !(v <= 1)) throw new ValueError(`${name} < 0, ${name} > 1 or ${name} ${array ? "contains NaNs" : "is NaN"}`);
      return;
    case Cons.BOUNDED_GT_0_1:
      if (!(v > 0) || !(v <= 1)) throw new ValueError(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case Cons.POISSON:
      if (array) {
        if (v > POISSON_LAM_MAX) throw new ValueError(`${name} value too large`);
        if (!(v >= 0)) throw new ValueError(`${name} < 0 or ${name} contains NaNs`);
      } else {
        if (!(v >= 0)) throw new ValueError(`${name} < 0 or ${name} is NaN`);
        if (!(v <= POISSON_LAM_MAX)) throw new ValueError(`${name} value too large`);
      }
      return;
    case Cons.GT_1:
      if (!(v > 1)) throw new ValueError(`${name} <= 1 or ${name} ${array ? "contains NaNs" : "is NaN"}`);
      return;
    case Cons.BOUNDED_LT_0_1:
      if (!(v >= 0) || !(v < 1)) throw new ValueError(`${name} < 0, ${name} >= 1 or ${name} ${array ? "contains NaNs" : "is NaN"}`);
      return;
    case Cons.POSITIVE_NOT_NAN:
      if (Number.isNaN(v)) throw new ValueError(`${name} must not be NaN`);
      if (v <= 0) throw new ValueError(`${name} <= 0`);
      return;
    case Cons.GTE_1:
      if (!(v >= 1)) throw new ValueError(`${name} < 1 or ${name} ${array ? "contains NaNs" : "is NaN"}`);
      return;
    case Cons.GTE_0_INT:
      if (v < 0) throw new ValueError(`${name} < 0`);
      return;
    default:
      return;
  }
}

/**
 * Runs `fn` on a bulk stream of `bg` (PCG64's kernel-filled blocks; the generator itself
 * otherwise) and settles the generator's state afterwards.
 */
export function withStream<R>(bg: BitGen, fn: (s: BitGen) => R): R {
  const make = (bg as { _stream?: () => BitGen & { finish(): void } })._stream;
  if (make === undefined) return fn(bg);
  const s = make.call(bg);
  try {
    return fn(s);
  } finally {
    s.finish();
  }
}

/** NumPy's check_array_constraint: the whole array against each condition in NumPy's order. */
export function checkArrayConstraint(vals: Float64Array, name: string, cons: Cons): void {
  if (cons === Cons.NONE) return;
  if (cons === Cons.POSITIVE_NOT_NAN && vals.some(Number.isNaN)) throw new ValueError(`${name} must not be NaN`);
  if (cons === Cons.POISSON && vals.some((v) => v > POISSON_LAM_MAX)) throw new ValueError(`${name} value too large`);
  for (const x of vals) checkConstraint(x, name, cons, true);
}

/** `size` as a shape, or null for NumPy's None. */
export function sizeShape(size: ShapeLike | null | undefined): number[] | null {
  return size == null ? null : normalizeShape(size);
}

/** A fresh C-contiguous array of `shape` and a TypedArray view with its element offset. */
export function freshOut(dt: DType, shape: readonly number[]): { arr: NDArray; view: Float64Array; at: number } {
  const arr = emptyArray(dt, shape);
  const view = arr._storage.region.view(dt) as unknown as Float64Array;
  return { arr, view, at: arr._ptr >> dt.shift };
}

/** The values of `a` broadcast to `shape`, in C order, as doubles. */
export function broadcastValues(a: NDArray, shape: readonly number[]): Float64Array {
  return float64Values(broadcast_to(a, shape as number[]));
}

/** One parameter: its value, NumPy's name for messages, and constraint. */
export type Param = [value: ArrayLike, name: string, cons: Cons];

/** The parameters as float64 arrays, and whether all are scalars (0-d). */
function asParams(params: readonly Param[]): { arrs: NDArray[]; scalar: boolean } {
  const arrs = params.map(([v]) => {
    const a = asArray(v);
    if (a._dt.kind === "c") throw new NumpyTypeError("can't convert complex to float");
    return a;
  });
  return { arrs, scalar: arrs.every((a) => a.ndim === 0) };
}

function pairBroadcasts(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 1; k <= Math.min(a.length, b.length); k++) {
    const x = a[a.length - k]!;
    const y = b[b.length - k]!;
    if (x !== y && x !== 1 && y !== 1) return false;
  }
  return true;
}

/** The broadcast shape of NumPy's multi-iterator (np.broadcast), with its "shape mismatch" error. */
export function multiIterShape(shapes: readonly (readonly number[])[]): number[] {
  for (let j = 1; j < shapes.length; j++) {
    for (let i = 0; i < j; i++) {
      if (!pairBroadcasts(shapes[i]!, shapes[j]!)) {
        throw new ValueError(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${i} with shape ${shapeRepr(shapes[i]!)} and arg ${j} with shape ${shapeRepr(shapes[j]!)}.`);
      }
    }
  }
  return broadcastShapes(...shapes);
}

/** The output shape for broadcast parameters: `size`, which must contain their broadcast shape. */
function outputShape(arrs: readonly NDArray[], size: number[] | null): number[] {
  if (size === null) return multiIterShape(arrs.map((a) => a.shape));
  const it = multiIterShape([size, ...arrs.map((a) => a.shape)]);
  if (it.length !== size.length || it.some((d, i) => d !== size[i])) {
    throw new ValueError(`Output size ${shapeRepr(size)} is not compatible with broadcast dimensions of inputs ${shapeRepr(it)}.`);
  }
  return size;
}

type Sampler = (bg: BitGen, a: number, b: number, c: number) => number;

/**
 * NumPy's cont() and disc(): draws `f(bg, a, b, c)` for scalar or broadcast parameters, into a
 * float64 (or int64 for `discrete`) array of the output shape, or one JS number when size is
 * None and every parameter is a scalar.
 */
export function draw(bg: BitGen, f: Sampler, params: readonly Param[], size: ShapeLike | null | undefined, discrete = false): number | NDArray {
  const shape = sizeShape(size);
  const { arrs, scalar } = asParams(params);
  const dt = discrete ? INT64 : FLOAT64;
  if (scalar) {
    const v = arrs.map((a) => Number(a.item()));
    params.forEach(([, name, cons], i) => checkConstraint(v[i]!, name, cons));
    const [a = 0, b = 0, c = 0] = v;
    if (shape === null) return f(bg, a, b, c);
    const n = shapeSize(shape);
    const vals = discrete ? new Float64Array(n) : null;
    const { arr, view, at } = discrete ? { arr: null, view: vals!, at: 0 } : freshOut(dt, shape);
    if (n > 64) withStream(bg, (s) => {
      for (let i = 0; i < n; i++) view[at + i] = f(s, a, b, c);
    });
    else for (let i = 0; i < n; i++) view[at + i] = f(bg, a, b, c);
    return arr ?? int64From(vals!, shape);
  }
  const vals = arrs.map((a) => broadcastValues(a, a.shape));
  params.forEach(([, name, cons], i) => checkArrayConstraint(vals[i]!, name, cons));
  const out = outputShape(arrs, shape);
  const bvals = arrs.map((a) => broadcastValues(a, out));
  const A = bvals[0]!;
  const B = bvals[1];
  const C = bvals[2];
  const n = shapeSize(out);
  const drawn = new Float64Array(n);
  withStream(bg, (s) => {
    for (let i = 0; i < n; i++) drawn[i] = f(s, A[i]!, B ? B[i]! : 0, C ? C[i]! : 0);
  });
  if (discrete) return int64From(drawn, out);
  const res = freshOut(dt, out);
  res.view.set(drawn, res.at);
  return res.arr;
}

/** A list of numbers (a JS array or a Float64Array). */
export type NumList = { readonly length: number; readonly [i: number]: number };

/** An int64 array of `shape` from integral doubles (|v| < 2^63), written as two 32-bit halves. */
export function int64From(vals: NumList, shape: readonly number[], dt: DType = INT64): NDArray {
  const arr = emptyArray(dt, shape);
  const u = arr._storage.region.view(UINT32) as Uint32Array;
  let w = arr._ptr >> 2;
  for (let i = 0; i < vals.length; i++, w += 2) {
    const v = vals[i]!;
    if (v >= 0 && v < 4294967296) {
      u[w] = v;
      u[w + 1] = 0;
    } else {
      const hi = Math.floor(v / 4294967296);
      u[w] = v - hi * 4294967296;
      u[w + 1] = hi;
    }
  }
  return arr;
}

/**
 * NumPy's check_output for `out=`: a C-contiguous (or, unless `requireC`, F-contiguous; filled in
 * memory order) writeable array of the dtype, whose shape equals `size` when both are given.
 */
export function checkOut(out: NDArray, dt: DType, size: number[] | null, requireC = false): void {
  if (!(out instanceof NDArray)) throw new NumpyTypeError("out must be a numpy array");
  if (!out._writeable || !(out._contiguous || (!requireC && out.flags.f_contiguous))) {
    throw new ValueError(`Supplied output array must be ${requireC ? "C-" : ""}contiguous, writable, aligned, and in machine byte-order.`);
  }
  if (out._dt !== dt) throw new NumpyTypeError(`Supplied output array has the wrong type. Expected ${dt.name}, got ${out.dtype}`);
  if (size !== null && (size.length !== out.ndim || size.some((d, i) => d !== out.shape[i]))) {
    throw new ValueError("size must match out.shape when used together");
  }
}
