/**
 * ufunc.reduce, the ufunc method that combines elements along axes: NumPy's reduction dtypes,
 * initial/where/keepdims/out, and float additions in NumPy 2's order exactly (pairwise summation
 * over each reduction run, 8192-element buffers where the input is cast). accumulate, reduceat,
 * outer and at are in ./methods.ts.
 *
 * @example
 * np.add.reduce([[1, 2], [3, 4]], {axis: 1}) // array([3, 7])
 */
import { bindArgs, isOptions } from "../core/args.js";
import { asArray } from "../api/creation.js";
import type { ArrayLike } from "../core/coerce.js";
import { BOOL, DType, INT64, resolveDType, UINT64, type DTypeLike } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { forEachRun, simplify } from "../core/iter.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { imagPart, toStorage, type Scalar } from "../core/scalar.js";
import { broadcastStrides, cStrides, normalizeAxis, normalizeReductionAxes, shapeSize, shapeText } from "../core/shape.js";
import { copyCast, fillStorage } from "../kernels/ts/cast.js";
import * as Cx from "../kernels/ts/complex.js";
import { complexOps } from "../kernels/ts/complex.js";
import { UFUNCS, type UfuncDef } from "./defs.js";
import { FPE_DIVIDE, FPE_INVALID, FPE_OVERFLOW, FPE_UNDERFLOW, raiseFPE, watchUnder } from "./errstate.js";
import { findKernel } from "./execute.js";
import { KERNEL_CODE, resolveLoop } from "./resolve.js";
import { pairwiseSum, pairwiseSumComplex } from "../kernels/ts/arith.js";
import { HEAP, kernels, scalarSlot, scratch } from "../storage/heap.js";
import { parallel, threadsAvailable } from "../storage/threads.js";
import { callUfunc, checkNegativePower, maskedCopy, whereMask, type UfuncResult } from "./ufunc.js";

const REDUCE_PARAMS = ["axis", "dtype", "out", "keepdims", "initial", "where"];

/** NumPy upcasts add/multiply reductions of small integers and bools to the default int. */
export function reduceDType(def: UfuncDef, dt: DType, dtypeArg: DType | undefined): DType {
  // A reduction's loop must output its input type: bool-valued ufuncs reduce in bool. NumPy's
  // logical ufuncs cast any input to bool; comparisons reduce bools only (or with dtype=bool).
  if (def.out === "bool") {
    if ((dtypeArg !== undefined && dtypeArg !== BOOL) || (!def.name.startsWith("logical") && dt !== BOOL && dtypeArg !== BOOL)) {
      throw new NumpyTypeError(`No loop matching the specified signature and casting was found for ufunc ${def.name}`);
    }
    return BOOL;
  }
  if (dtypeArg) return dtypeArg;
  if ((def.name === "add" || def.name === "multiply") && (dt.kind === "b" || dt.kind === "i" || dt.kind === "u")) {
    if (dt.kind === "u") return UINT64;
    return INT64;
  }
  return dt;
}

/**
 * The dtype a reduction or accumulation runs in: `dtype=` when given; with only `out=`, the loop
 * the ufunc resolves for out's dtype and the input's, with no upcast (NumPy promotes them:
 * add.reduce(int8 array, out=bool array) runs in int8 and wraps, out=int16 adds in int16);
 * else the input's dtype, small integers upcast for add and multiply.
 * @example reductionDType(UFUNCS.add, INT8, undefined, np.zeros(2, "uint8")) === INT16
 */
export function reductionDType(def: UfuncDef, dt: DType, dtypeArg: DTypeLike | null | undefined, out: NDArray | null | undefined): DType {
  if (out && dtypeArg == null && def.out !== "bool") return resolveLoop(def, [out._dt, dt], []);
  return reduceDType(def, dt, dtypeArg == null ? undefined : resolveDType(dtypeArg));
}

/**
 * The loop of a reduction: the first loop the (upcast) input dtype casts to, whose dtype the
 * result has (np.divide.reduce of ints is float64). A `dtype=` must be a loop of its own.
 */
export function reductionLoop(def: UfuncDef, dtype: DType, forced: boolean): DType {
  const noLoop = () => new NumpyTypeError(`No loop matching the specified signature and casting was found for ufunc ${def.name}`);
  let loop: DType;
  try {
    // NumPy names a reduction's operands (None, dtype) in its messages.
    loop = resolveLoop(def, [dtype], [], undefined, [null, dtype]);
  } catch (e) {
    if (forced) throw noLoop();
    throw e;
  }
  if (forced && loop !== dtype && def.out !== "bool") throw noLoop();
  return loop;
}

/**
 * fmax and fmin of floats as NumPy reduces a run with them: NaN-ignoring, and the accumulator on
 * equal operands (np.fmax.reduce([0., -0.]) is 0.), as the kernels' FMaxAcc and FMinAcc. Along
 * kept axes (acc = fmax(acc, row)) NumPy runs its elementwise loop, which gives the second.
 */
type Combine = (x: number | bigint, y: number | bigint) => number | bigint;

const ACC_FIRST: Record<string, Combine> = {
  fmax: (a, b) => (a !== a ? b : b > a ? b : a),
  fmin: (a, b) => (a !== a ? b : b < a ? b : a),
};

/** The element function of a loop in a form that combines two storage values. */
export function combiner(def: UfuncDef, loop: DType): (x: never, y: never) => unknown {
  const f = loop.kind === "c" ? complexOps(loop.itemsize === 8)[def.name] : loop.kind === "f" ? def.f?.(loop) : loop.big ? def.big?.(loop) : def.i?.(loop);
  if (!f) throw new NumpyTypeError(`ufunc '${def.name}' has no ${loop.name} loop`);
  return f as (x: never, y: never) => unknown;
}

/**
 * Whether a reduction may combine elements in any order (NumPy's "reorderable"): the ufuncs
 * with an identity, and maximum, minimum, fmax and fmin (NumPy's PyUFunc_ReorderableNone).
 */
function reorderable(def: UfuncDef): boolean {
  return def.identity !== null || REORDERABLE_NONE.has(def.name);
}

const REORDERABLE_NONE = new Set(["maximum", "minimum", "fmax", "fmin"]);

/** Ufuncs without an identity for which op(op(x, y), y) is op(x, y): a masked-out element may take the initial value. */
const IDEMPOTENT = new Set(["maximum", "minimum", "fmax", "fmin", "lcm"]);

/**
 * Combines the elements of `src` that `mask` selects into `acc` (the kept shape), one index of
 * the reduced axis at a time: the ufunc called with `out=acc, where=mask[k]`. Serves a where
 * mask on a ufunc whose masked-out elements can take no neutral value (subtract, power, ...);
 * such ufuncs are not reorderable, so at most one axis is reduced.
 * @example combineMasked(UFUNCS.subtract, acc, src, mask, [0]) // acc = initial - src[0] - src[2] for mask [T, F, T]
 */
function combineMasked(def: UfuncDef, acc: NDArray, src: NDArray, mask: NDArray, axes: readonly number[]): void {
  const ms = broadcastStrides(mask.shape, mask.strides, src.shape);
  if (!ms) throw new ValueError(`could not broadcast where mask from shape ${shapeText(mask.shape)} into shape ${shapeText(src.shape)}`);
  const ax = axes[0];
  const n = ax === undefined ? 1 : src.shape[ax]!;
  for (let k = 0; k < n; k++) {
    const x = ax === undefined ? src : src._view(acc.shape, src.strides, src._ptr + k * src.strides[ax]!);
    const m = mask._view(acc.shape, ms, mask._ptr + (ax === undefined ? 0 : k * ms[ax]!));
    callUfunc(def, [acc, x, { out: acc, where: m }]);
  }
}

/**
 * NumPy's iterator check of a reduction's `where=` operand against the array's shape: the
 * reduced axes keep their place, so the mask may not have more dimensions.
 * @example checkRemapped([4], [2, 3]) // throws "... [original->remapped]: (2,3) (4,) "
 */
function checkRemapped(shape: readonly number[], target: readonly number[]): void {
  if (shape.length > target.length) throw new ValueError("input operand has more dimensions than allowed by the axis remapping");
  if (broadcastStrides(shape, cStrides(shape, 1), target) === null) {
    throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeText(target)} ${shapeText(shape)} `);
  }
}

/**
 * The one axis of accumulate or reduceat: NumPy takes an integer or a one-axis tuple (default 0);
 * any other tuple, or None on more than one dimension, is refused.
 * @example singleAxis("accumulate", [1], 2) // 1
 */
export function singleAxis(method: string, axis: number | readonly number[] | null | undefined, ndim: number): number {
  const one = Array.isArray(axis) && axis.length === 1 ? (axis[0] as number) : axis;
  if (Array.isArray(one) || (one === null && ndim !== 1)) throw new ValueError(`${method} does not allow multiple axes`);
  return normalizeAxis((one as number | null | undefined) ?? 0, ndim);
}

/**
 * The `out` of reduce, accumulate or reduceat: an array, null, or (as NumPy's one-tuple) a JS
 * array of one of those; NumPy's errors for anything else.
 * @example methodOut([o]) // o
 */
export function methodOut(out: unknown): NDArray | null {
  let o = out;
  if (Array.isArray(o)) {
    if (o.length !== 1) throw new ValueError("The 'out' tuple must have exactly one entry per ufunc output");
    o = o[0];
  }
  if (o === undefined || o === null) return null;
  if (!(o instanceof NDArray)) throw new NumpyTypeError("return arrays must be of ArrayType");
  return o;
}

/**
 * NumPy's count of a ufunc method's positional arguments (the array, and reduceat's indices,
 * included): too many, or a missing array, is a TypeError worded as NumPy's.
 * @example checkPositional("accumulate", 1, 4, 1, [0, null, null, 5]) // throws "... but 5 were given"
 */
export function checkPositional(method: string, min: number, max: number, leading: readonly unknown[], rest: readonly unknown[]): void {
  if (leading[0] === undefined) throw new NumpyTypeError(`${method}() missing required argument 'array' (pos 0)`);
  const n = leading.length + rest.length - (rest.length > 0 && isOptions(rest[rest.length - 1]) ? 1 : 0);
  if (n > max) throw new NumpyTypeError(`${method}() takes from ${min} to ${max} positional arguments but ${n} were given`);
}

/**
 * `ufunc.reduce(array, axis=0, dtype=None, out=None, keepdims=False, initial, where=True)`.
 */
export function reduce(def: UfuncDef, array: ArrayLike, rest: readonly unknown[], keepArrays = false, method = "reduce"): UfuncResult {
  if (def.nin !== 2) throw new ValueError("reduce only supported for binary functions");
  if (def.nout !== 1) throw new ValueError("reduce only supported for functions returning a single value");
  checkPositional("reduce", 1, 7, [array], rest);
  const [axisArg, dtypeArg, outArg, keepdims, initial, where] = bindArgs("reduce", REDUCE_PARAMS, rest) as [
    number | readonly number[] | null | undefined,
    DTypeLike | null | undefined,
    unknown,
    boolean | undefined,
    Scalar | undefined,
    ArrayLike | boolean | undefined,
  ];
  const out = methodOut(outArg);
  const a = asArray(array);
  const temps: NDArray[] = []; // intermediates made here, released once the reduction is done
  const nd = a.ndim;
  // A 0-d array takes no axis, or (as in NumPy) the integer axis 0 or -1.
  const scalarAxis = nd === 0 && (axisArg === undefined || axisArg === 0 || axisArg === -1);
  const axes = axisArg === null || scalarAxis ? [...Array(nd).keys()] : normalizeReductionAxes(axisArg ?? 0, nd);
  const dtype = reductionDType(def, a._dt, dtypeArg, out);
  const loop = reductionLoop(def, dtype, dtypeArg != null);
  // After the loop, as NumPy: a type error is reported before the axes.
  if (axes.length > 1 && !reorderable(def)) {
    throw new ValueError(`reduction operation '${def.name}' is not reorderable, so at most one axis may be specified`);
  }
  const hasInit = initial !== undefined && initial !== null;
  const identity = identityIn(def, loop);
  const start: Scalar | null = hasInit ? initial : identity;
  // initial=None given explicitly reduces as if the ufunc had no identity (NumPy's errors below).
  const noStart = start === null || initial === null;
  const masked = where !== undefined && where !== true; // where=None is a False mask, as in NumPy
  if (masked && noStart) {
    throw new ValueError(`reduction operation '${def.name}' does not have an identity, so to use a where mask one has to specify 'initial'`);
  }
  const mask = masked ? whereMask(where) : null;
  if (mask) checkRemapped(mask.shape, a.shape);
  const reduced = a.shape.map((_, d) => axes.includes(d));
  const keptShape = a.shape.map((d, i) => (reduced[i] ? 1 : d));
  const outShape = a.shape.filter((_, i) => !reduced[i]);
  const count = axes.reduce((p, ax) => p * a.shape[ax]!, 1);
  if (count === 0 && noStart && shapeSize(keptShape) > 0) {
    throw new ValueError(`zero-size array to reduction operation ${def.name} which has no identity`);
  }
  if (out) {
    out._checkOut();
    checkReduceOut(def, out, a.shape, reduced, keptShape, outShape, keepdims === true);
  }
  const acc = emptyArray(loop, keptShape, cStrides(keptShape, loop.itemsize));
  let src = a._dt === loop ? a : castTo(a, loop, true);
  if (src !== a) temps.push(src);
  let skip: NDArray | null = null; // the where mask, when masked-out elements cannot be filled in
  if (masked) {
    // Masked-out elements are skipped: they take a value that leaves the reduction unchanged,
    // the identity (in the loop's dtype), or for an idempotent ufunc the initial value; other
    // ufuncs combine the masked elements one step at a time.
    const fill = identity ?? (IDEMPOTENT.has(def.name) ? start : null);
    if (fill !== null) {
      const filled = emptyArray(loop, a.shape);
      fillAcc(filled, fill);
      maskedCopy(filled, src, mask!, a.shape);
      temps.push(filled);
      src = filled;
    } else skip = mask;
  }
  if (start !== null) fillAcc(acc, start);
  else if (count > 0) {
    // No identity: start from the first element. Idempotent ops (max, min, ...) may see it
    // again; the others reduce one axis, so the rest is a view from index 1.
    const first = src._view(keptShape, src.strides, src._ptr);
    copyCast(keptShape, acc._operand(), first._operand());
    if (!reorderable(def)) {
      const ax = axes[0]!;
      const shape = src.shape.slice();
      shape[ax]! -= 1;
      src = src._view(shape, src.strides, src._ptr + src.strides[ax]!);
    }
  }
  // The exponents are every element the first one (or initial) is raised by.
  if (def.name === "power") checkNegativePower(src);
  if (skip) combineMasked(def, acc, src, skip, axes);
  else combineInto(def, loop, acc, src, reduced, src !== a && !masked);
  reportFPE(def, a, src, acc, method, start, method === "reduceat" ? count > 1 : src.size > 0);
  if (watchUnder && def.name === "multiply" && loop.kind === "f" && acc.size > 0 && !anyZero(a)) {
    // A product of nonzero factors below the smallest normal has underflowed (NumPy's flag).
    const tiny = loop.itemsize === 4 ? 2 ** -126 : 2 ** -1022;
    if (anyTrue(callUfunc(UFUNCS.less, [callUfunc(UFUNCS.absolute, [acc], true), tiny], true) as NDArray)) raiseFPE(FPE_UNDERFLOW, method);
  }
  for (const t of temps) t.dispose();
  const result = keepdims ? acc : acc.reshape(outShape);
  if (out) {
    copyCast(result.shape, out._operand(), result._operand());
    return out;
  }
  return result.ndim === 0 && !keepArrays ? (result._scalar() as Scalar) : result;
}

/**
 * The pairwise sum of `m` elements from element `begin` of a run (byte address `ptr`, byte
 * stride `sbytes`, element stride `ss` in TypedArray units): the sum_ kernel when the run is in
 * the heap, else the TypeScript reference.
 */
function pairwiseBlocks(
  loop: DType,
  inHeap: boolean,
  view: number[],
  ptr: number,
  sbytes: number,
  ss: number,
): (begin: number, m: number) => { re: number; im: number } {
  const f32 = loop.kind === "f" ? loop.itemsize === 4 : loop.itemsize === 8;
  const code = KERNEL_CODE[loop.id]!;
  const kernel = inHeap ? (kernels[`sum_${code}`] as ((...a: number[]) => number) | undefined) : undefined;
  if (loop.kind === "c") {
    if (kernel) {
      const slot = scalarSlot(0);
      return (begin, m) => {
        kernel(ptr + begin * sbytes, sbytes, m, slot);
        const v = HEAP.view(loop);
        return { re: v[slot >> loop.shift] as number, im: v[(slot >> loop.shift) + 1] as number };
      };
    }
    return (begin, m) => pairwiseSumComplex(view, f32, (ptr >> loop.shift) + begin * ss, 2 * m, ss);
  }
  if (kernel) return (begin, m) => ({ re: kernel(ptr + begin * sbytes, sbytes, m), im: 0 });
  return (begin, m) => ({ re: pairwiseSum(view, f32, (ptr >> loop.shift) + begin * ss, m, ss), im: 0 });
}

/**
 * The ufunc's identity as a value of `dt`: NumPy casts the identity unsafely, so
 * bitwise_and's -1 is all ones in an unsigned dtype (255 for uint8).
 * @example identityIn(UFUNCS.bitwise_and, UINT8) // 255
 */
function identityIn(def: UfuncDef, dt: DType): Scalar | null {
  const id = def.identity;
  if (typeof id !== "number" || id >= 0 || !Number.isInteger(id) || dt.kind !== "u") return id;
  if (dt.big) return BigInt.asUintN(64, BigInt(id));
  return id + 2 ** (8 * dt.itemsize);
}

/** NumPy's checks of a reduction's `out`: the number of dimensions, then the shape. */
function checkReduceOut(
  def: UfuncDef,
  out: NDArray,
  inShape: readonly number[],
  reduced: readonly boolean[],
  keptShape: readonly number[],
  outShape: readonly number[],
  keepdims: boolean,
): void {
  const expect = keepdims ? keptShape : outShape;
  if (out.ndim !== expect.length) {
    const why = keepdims ? " (must match the operand's when keepdims=True)" : "";
    throw new ValueError(
      `output parameter for reduction operation ${def.name} has the wrong number of dimensions: Found ${out.ndim} but expected ${expect.length}${why}`,
    );
  }
  if (out.shape.every((d, i) => d === expect[i])) return;
  // NumPy's iterator message: out's axes placed among the operand's, reduced ones as newaxis
  // (leading newaxis entries are not printed).
  let j = 0;
  const remapped = keepdims ? out.shape.map(String) : inShape.map((_, d) => (reduced[d] ? "newaxis" : String(out.shape[j++])));
  while (remapped[0] === "newaxis") remapped.shift();
  throw new ValueError(
    `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeText(out.shape)}->(${remapped.join(",")}) ${shapeText(inShape)} `,
  );
}

function anyTrue(mask: NDArray): boolean {
  if (mask._contiguous) {
    const v = mask._storage.region.view(mask._dt) as Uint8Array;
    const start = mask._ptr;
    for (let i = start, end = start + mask.size; i < end; i++) if (v[i]) return true;
    return false;
  }
  return mask.ndim === 0 ? Boolean(mask.item()) : (mask.tolist() as unknown[]).flat(Infinity as 1).some(Boolean);
}

function hasNonFinite(a: NDArray): boolean {
  if (a._dt.kind !== "f" && a._dt.kind !== "c") return false; // integers and bools are finite
  if (a._contiguous) {
    const v = a._storage.region.view(a._dt) as Float64Array | Float32Array;
    const lanes = a._dt.kind === "c" ? 2 : 1;
    const start = a._ptr >> a._dt.shift;
    for (let i = start, end = start + lanes * a.size; i < end; i++) if (!Number.isFinite(v[i]!)) return true;
    return false;
  }
  const flat = a.ndim === 0 ? [a.tolist()] : (a.tolist() as unknown[]).flat(Infinity as 1);
  for (const v of flat as (number | { re: number; im: number })[]) {
    if (typeof v === "object") {
      if (!Number.isFinite(v.re) || !Number.isFinite(v.im)) return true;
    } else if (!Number.isFinite(v)) return true;
  }
  return false;
}

/** The division-like ufuncs whose zero divisor NumPy reports as a division by zero. */
export const DIVISIONS = new Set(["divide", "floor_divide", "remainder", "fmod"]);

function anyZero(a: NDArray): boolean {
  return a.size > 0 && anyTrue(callUfunc(UFUNCS.equal, [a, 0], true) as NDArray);
}

/**
 * The floating-point conditions of a reduction, accumulation or reduceat, reported as NumPy
 * words them ("divide by zero encountered in reduce"): `divisors` are the elements that were
 * combined into the accumulator (the second operands). A zero divisor of an integer division
 * divides by zero; a float division's zero divisor does too when the result is not finite
 * (remainder and fmod give an invalid NaN instead); a NaN result of NaN-free input (the initial
 * value included) is invalid, an infinite result of finite input an overflow unless a pole
 * (x/0, 0**-1) made it. Only looked into when a non-finite result or an integer division is
 * possible.
 */
export function reportFPE(def: UfuncDef, input: NDArray, divisors: NDArray, result: NDArray, method: string, initial: Scalar | null = null, combines = true): void {
  const k = result._dt.kind;
  if (result.size === 0) return;
  if (k !== "f" && k !== "c") {
    if ((k === "i" || k === "u") && DIVISIONS.has(def.name) && anyZero(divisors)) raiseFPE(FPE_DIVIDE, method);
    return;
  }
  if (!hasNonFinite(result)) return;
  // The initial value is an operand too: reduce([1.], initial=nan) is a quiet NaN.
  const init = initial === null ? [0, 0] : typeof initial === "object" ? [initial.re, initial.im] : [Number(initial), 0];
  if (anyTrue(callUfunc(UFUNCS.isnan, [input], true) as NDArray) || init.some((v) => Number.isNaN(v))) {
    // logaddexp's ordered comparisons raise invalid for a NaN operand, as the elementwise loop's.
    if ((def.name === "logaddexp" || def.name === "logaddexp2") && combines) raiseFPE(FPE_INVALID, method);
    return;
  }
  const finiteIn = !hasNonFinite(input) && init.every((v) => Number.isFinite(v));
  let flags = 0;
  if (finiteIn) {
    if (def.name === "divide" || def.name === "floor_divide") {
      if (anyZero(divisors)) flags |= FPE_DIVIDE;
    } else if (def.name === "power" && anyZero(input) && anyTrue(callUfunc(UFUNCS.less, [input, 0], true) as NDArray)) {
      flags |= FPE_DIVIDE;
    }
  }
  if (anyTrue(callUfunc(UFUNCS.isnan, [result], true) as NDArray)) flags |= FPE_INVALID;
  else if (finiteIn && !(flags & FPE_DIVIDE)) flags |= FPE_OVERFLOW;
  if (flags) raiseFPE(flags, method);
}

export function castTo(a: NDArray, dt: DType, keepOrder = false): NDArray {
  const c = emptyArray(dt, a.shape, keepOrder ? orderedStrides(a, dt.itemsize) : undefined);
  copyCast(a.shape, c._operand(), a._operand());
  return c;
}

/**
 * Contiguous strides laying out a copy of `a` in a's memory order (NumPy's order="K": axes by
 * decreasing |stride|), so a reduction over the copy adds in the order NumPy's iterator reads a.
 */
function orderedStrides(a: NDArray, itemsize: number): number[] {
  const axes = a.shape.map((_, d) => d).sort((x, y) => Math.abs(a.strides[y]!) - Math.abs(a.strides[x]!) || x - y);
  const strides = new Array<number>(a.ndim).fill(0);
  let step = itemsize;
  for (let k = axes.length - 1; k >= 0; k--) {
    strides[axes[k]!] = step;
    step *= a.shape[axes[k]!]!;
  }
  return strides;
}

export function fillAcc(acc: NDArray, v: Scalar): void {
  fillStorage(acc.shape, acc._operand(), toStorage(v, acc._dt), acc._dt.kind === "c" ? imagPart(v) : 0);
}

type RunReducer = (ptr: number, stride: number, n: number) => number | bigint;

/**
 * The kernel reducing one strided run to a value that combines into the accumulator exactly as
 * the elementwise loop would: max/min (NaN-propagating), fmax/fmin of floats (NaN-ignoring),
 * integer sums and products (wrapping),
 * float products (sequential, so only into an accumulator of 1), any/all of bools. Undefined
 * where the TypeScript loop is the reference (the rest).
 */
function runReducer(def: UfuncDef, loop: DType): RunReducer | undefined {
  const code = KERNEL_CODE[loop.id]!;
  const int = loop.kind === "i" || loop.kind === "u";
  let name: string | undefined;
  if (def.name === "maximum" && loop.kind !== "c") name = `max_${code}`;
  else if (def.name === "minimum" && loop.kind !== "c") name = `min_${code}`;
  else if (def.name === "fmax" && loop.kind === "f") name = `nanmax_${code}`;
  else if (def.name === "fmin" && loop.kind === "f") name = `nanmin_${code}`;
  else if (def.name === "add" && loop.big) name = `sum_${code}`;
  else if (def.name === "multiply" && (int || loop.kind === "f")) name = `prod_${code}`;
  else if (def.name === "logical_or" && loop === BOOL) name = "any_b";
  else if (def.name === "logical_and" && loop === BOOL) name = "all_b";
  const k = name === undefined ? undefined : (kernels[name] as RunReducer | undefined);
  if (!k) return undefined;
  // WebAssembly returns uint64 as the same bits in an int64 and uint32 in an int32.
  if (code === "u64") return (p, s, n) => BigInt.asUintN(64, k(p, s, n) as bigint);
  if (code === "u32") return (p, s, n) => (k(p, s, n) as number) >>> 0;
  return k;
}

/** Runs at least this long go to a kernel. */
const KERNEL_RUN = 8;

/**
 * The reduction of a C-contiguous heap array over leading axes (sum(A, axis=0), ...) by the
 * <op>_rows kernels: acc op= each row, NumPy's row-after-row order. Rows of one element are left to combineInto (NumPy sums that run
 * pairwise). False when the case does not apply.
 */
function combineRows(def: UfuncDef, loop: DType, acc: NDArray, src: NDArray, reduced: readonly boolean[]): boolean {
  let k = 0;
  while (k < reduced.length && reduced[k]) k++;
  if (k === 0 || k === reduced.length || reduced.slice(k).some((r) => r)) return false;
  if (!src._contiguous || !src._storage.inHeap || !acc._storage.inHeap || !acc._contiguous) return false;
  const name = `${def.kernel}_rows_${KERNEL_CODE[loop.id]}`;
  const kernel = kernels[name] as ((acc: number, src: number, rs: number, rows: number, n: number) => number) | undefined;
  const n = shapeSize(src.shape.slice(k));
  const rows = shapeSize(src.shape.slice(0, k));
  if (!kernel || n < 2) return false;
  if (rows === 0) return true;
  // One thread: split by columns, each thread read short strided pieces of every row, and the
  // bench ran slower (0.35 ms against 0.23 ms on one thread for (1000, 1000)).
  kernel(acc._ptr, src._ptr, n * loop.itemsize, rows, n);
  return true;
}

/** Elements from which a reduction of many runs is split across the threads. */
const RUNS_PARALLEL_MIN = 1 << 17;

/**
 * The reduction of a C-contiguous heap array over trailing axes (sum(A, axis=1), max, ...) by the
 * <op>_runs kernels: each run reduced as combineInto's run reducers do, then combined into its
 * accumulator, all runs in one call (split across the threads when large). Float products are
 * left to combineInto (sequential from the accumulator). False when the case does not apply.
 */
function combineRuns(def: UfuncDef, loop: DType, acc: NDArray, src: NDArray, reduced: readonly boolean[]): boolean {
  let k = 0;
  while (k < reduced.length && !reduced[k]) k++;
  if (k === 0 || k === reduced.length || reduced.slice(k).some((r) => !r)) return false;
  if (!src._contiguous || !src._storage.inHeap || !acc._storage.inHeap || !acc._contiguous) return false;
  const name = `${def.kernel}_runs_${KERNEL_CODE[loop.id]}`;
  const kernel = kernels[name] as ((...a: number[]) => void) | undefined;
  const n = shapeSize(src.shape.slice(k));
  const runs = shapeSize(src.shape.slice(0, k));
  if (!kernel || n < 2) return false;
  const w = loop.itemsize;
  const args = [src._ptr, w, n, n * w, acc._ptr, w];
  if (threadsAvailable && runs > 1 && runs * n >= RUNS_PARALLEL_MIN && parallel(name, runs, args, [n * w, 0, 0, 0, w, 0]) !== null) return true;
  kernel(...args, runs);
  return true;
}

/** Elements from which one long contiguous max/min run is reduced in pieces on the threads. */
const SPLIT_RUN_MIN = 1 << 18;

const SPLIT_PIECES = 8;

const SPLIT_OPS = new Set(["maximum", "minimum", "fmax", "fmin"]);

/**
 * One contiguous heap run of a max/min (fmax/fmin) reduction, reduced in pieces on the threads by
 * the `<op>_runs` kernel and combined here. Each piece's value is the run kernel's; the combined
 * value is NumPy's except for the sign of a zero result (NumPy's pick follows its lane order), so
 * a zero is recomputed in one piece. Undefined when the case does not apply.
 */
function splitRun(def: UfuncDef, loop: DType, f: Combine, reduceRun: RunReducer, p: number, n: number): number | bigint | undefined {
  if (!threadsAvailable || n < SPLIT_RUN_MIN || !SPLIT_OPS.has(def.name) || loop.kind === "c") return undefined;
  const name = `${def.kernel}_runs_${KERNEL_CODE[loop.id]}`;
  if (!kernels[name]) return undefined;
  const w = loop.itemsize;
  const m = Math.floor(n / SPLIT_PIECES);
  const acc = scratch(SPLIT_PIECES * w);
  const view = HEAP.view(loop) as unknown as (number | bigint)[];
  // Each accumulator starts at its piece's first element, which the piece's value absorbs.
  for (let k = 0; k < SPLIT_PIECES; k++) view[(acc >> loop.shift) + k] = view[(p >> loop.shift) + k * m]!;
  if (parallel(name, SPLIT_PIECES, [p, w, m, m * w, acc, w], [m * w, 0, 0, 0, w, 0]) === null) return undefined;
  let r = view[acc >> loop.shift]!;
  for (let k = 1; k < SPLIT_PIECES; k++) r = f(r, view[(acc >> loop.shift) + k]!);
  if (n > SPLIT_PIECES * m) r = f(r, reduceRun(p + SPLIT_PIECES * m * w, w, n - SPLIT_PIECES * m));
  return r == 0 ? reduceRun(p, w, n) : r;
}

/** NumPy's iterator buffer, in elements (NPY_BUFSIZE). */
const BUFSIZE = 8192;

/**
 * NumPy's order for a float add.reduce over every axis of an array whose memory does not merge
 * into one run (a block of rows, a 3-D crop, a reversed axis): its iterator copies as many whole
 * inner runs as fit in its 8192-element buffer, sums each buffer pairwise and adds that to the
 * total, its axes taken by decreasing |stride|. (Inner runs of 8192 or more are summed one by one,
 * as combineInto does.) False when the case does not apply.
 * @example np.sum(A.get(":", ":300")) for A (300, 301): buffers of 27 rows, each summed pairwise
 */
function bufferedSum(def: UfuncDef, loop: DType, acc: NDArray, view: NDArray, reduced: readonly boolean[]): boolean {
  if (def.name !== "add" || (loop.kind !== "f" && loop.kind !== "c") || !reduced.every(Boolean)) return false;
  // The iterator visits the axes by decreasing |stride| (a full reduction's result has no shape).
  const perm = view.shape.map((_, d) => d).sort((x, y) => Math.abs(view.strides[y]!) - Math.abs(view.strides[x]!) || x - y);
  const src = perm.every((d, i) => d === i) ? view : view._view(perm.map((d) => view.shape[d]!), perm.map((d) => view.strides[d]!), view._ptr);
  const { shape } = simplify(src.shape, [src.strides]);
  const inner = shape[shape.length - 1] ?? 0;
  if (shape.length < 2 || inner >= BUFSIZE) return false;
  const flat = emptyArray(loop, src.shape);
  copyCast(src.shape, flat._operand(), src._operand());
  const sum = pairwiseBlocks(loop, flat._storage.inHeap, flat._storage.region.view(loop) as unknown as number[], flat._ptr, loop.itemsize, loop.kind === "c" ? 2 : 1);
  const accView = acc._storage.region.view(loop) as unknown as number[];
  const ia = acc._ptr >> loop.shift;
  const round = (loop.kind === "f" ? loop.itemsize === 4 : loop.itemsize === 8) ? Math.fround : (x: number) => x;
  const per = Math.floor(BUFSIZE / inner) * inner;
  const size = flat.size;
  for (let begin = 0; begin < size; begin += per) {
    const z = sum(begin, Math.min(per, size - begin));
    accView[ia] = round(accView[ia]! + z.re);
    if (loop.kind === "c") accView[ia + 1] = round(accView[ia + 1]! + z.im);
  }
  flat.dispose();
  return true;
}

/**
 * NumPy's order for a float add.reduce over some axes whose lanes are not one run in memory
 * (sum(x[:, ::-1, 1:], axis=(1, 2)), ...): when the reduced axes are all inner to the kept ones
 * in the iterator's order (by decreasing |stride|), its buffer takes a whole lane (up to 8192
 * elements) and sums it pairwise into the lane's total. False when the case does not apply.
 * @example np.sum(x.get(":", "::-1", "1:"), {axis: [1, 2]}) // each 4x4 lane summed pairwise
 */
function laneBufferedSum(def: UfuncDef, loop: DType, acc: NDArray, src: NDArray, reduced: readonly boolean[]): boolean {
  if (def.name !== "add" || (loop.kind !== "f" && loop.kind !== "c") || reduced.every(Boolean)) return false;
  const axes = src.shape.map((_, d) => d).filter((d) => src.shape[d] !== 1);
  axes.sort((x, y) => Math.abs(src.strides[y]!) - Math.abs(src.strides[x]!) || x - y);
  const kept = axes.filter((d) => !reduced[d]);
  const red = axes.filter((d) => reduced[d]);
  if (red.length < 2 || kept.length === 0 || axes.findIndex((d) => reduced[d]) < kept.length) return false;
  const laneShape = red.map((d) => src.shape[d]!);
  const lane = shapeSize(laneShape);
  if (lane > BUFSIZE || simplify(laneShape, [red.map((d) => src.strides[d]!)]).shape.length < 2) return false;
  const order = [...kept, ...red];
  const flat = emptyArray(loop, order.map((d) => src.shape[d]!));
  copyCast(flat.shape, flat._operand(), src._view(flat.shape, order.map((d) => src.strides[d]!), src._ptr)._operand());
  const sum = pairwiseBlocks(loop, flat._storage.inHeap, flat._storage.region.view(loop) as unknown as number[], flat._ptr, loop.itemsize, loop.kind === "c" ? 2 : 1);
  const accView = acc._storage.region.view(loop) as unknown as number[];
  const round = (loop.kind === "f" ? loop.itemsize === 4 : loop.itemsize === 8) ? Math.fround : (x: number) => x;
  const keptShape = kept.map((d) => src.shape[d]!);
  const keptStrides = kept.map((d) => acc.strides[d]! >> loop.shift);
  const idx = new Array<number>(kept.length).fill(0);
  const outputs = shapeSize(keptShape);
  for (let o = 0; o < outputs; o++) {
    let ia = acc._ptr >> loop.shift;
    for (let k = 0; k < kept.length; k++) ia += idx[k]! * keptStrides[k]!;
    const z = sum(o * lane, lane);
    accView[ia] = round(accView[ia]! + z.re);
    if (loop.kind === "c") accView[ia + 1] = round(accView[ia + 1]! + z.im);
    for (let k = kept.length - 1; k >= 0 && ++idx[k]! === keptShape[k]; k--) idx[k] = 0;
  }
  flat.dispose();
  return true;
}

/**
 * acc[o] = f(acc[o], src[i]) over every element of src, in NumPy's order: memory order of src,
 * with float additions along a reduction run summed pairwise.
 */
function combineInto(def: UfuncDef, loop: DType, acc: NDArray, src: NDArray, reduced: readonly boolean[], cast = false): void {
  // A reduction that casts its input goes through NumPy's buffered iterator: a float sum adds
  // the pairwise sum of each 8192-element buffer of a run to the total, not of the whole run.
  const chunked = cast && def.name === "add" && (loop.kind === "f" || loop.kind === "c");
  const runLength = src.shape.reduce((p, d, i) => (reduced[i] ? p * d : p), 1);
  if (combineRows(def, loop, acc, src, reduced) || (!(chunked && runLength > BUFSIZE) && combineRuns(def, loop, acc, src, reduced)) || bufferedSum(def, loop, acc, src, reduced) || laneBufferedSum(def, loop, acc, src, reduced)) return;
  const accStrides = src.shape.map((_, d) => (reduced[d] ? 0 : acc.strides[d]!));
  const f = combiner(def, loop);
  const accView = acc._storage.region.view(loop) as unknown as (number | bigint)[];
  const srcView = src._storage.region.view(loop) as unknown as (number | bigint)[];
  const sh = loop.shift;
  const pairwise = def.name === "add" && (loop.kind === "f" || loop.kind === "c");
  const f32 = loop.kind === "f" ? loop.itemsize === 4 : loop.kind === "c" && loop.itemsize === 8;
  const round = f32 ? Math.fround : (x: number) => x;
  const complex = loop.kind === "c";
  const boolOut = loop === BOOL;
  const floatProduct = def.name === "multiply" && loop.kind === "f";
  // Kernels (on heap operands): a run along a reduced axis reduces to one value; a run along a
  // kept axis is the binary ufunc loop acc = f(acc, src), NumPy's own order.
  const reduceRun = src._storage.inHeap ? runReducer(def, loop) : undefined;
  const binaryRun = src._storage.inHeap && acc._storage.inHeap ? findKernel(def, loop) : undefined;
  forEachRun(src.shape, [acc._ptr, src._ptr], [accStrides, src.strides], (p, st, n) => {
    let ia = p[0]! >> sh;
    let is = p[1]! >> sh;
    const sa = st[0]! >> sh;
    const ss = st[1]! >> sh;
    if (pairwise && sa === 0) {
      // NumPy 2's add.reduce: the running total plus the pairwise sum of the whole run.
      const sum = pairwiseBlocks(loop, src._storage.inHeap, srcView as unknown as number[], p[1]!, st[1]!, ss);
      const per = chunked ? BUFSIZE : Math.max(n, 1);
      for (let begin = 0; begin === 0 || begin < n; begin += per) {
        const z = sum(begin, Math.min(per, n - begin));
        accView[ia] = round((accView[ia] as number) + z.re);
        if (complex) accView[ia + 1] = round((accView[ia + 1] as number) + z.im);
      }
      return;
    }
    // A float product is sequential from the accumulator: the run's product (from 1) combines
    // exactly only into an accumulator that is still 1.
    if (n >= KERNEL_RUN && sa === 0 && reduceRun && !(floatProduct && accView[ia] !== 1)) {
      const run = (st[1] === loop.itemsize ? splitRun(def, loop, f as Combine, reduceRun, p[1]!, n) : undefined) ?? reduceRun(p[1]!, st[1]!, n);
      const r = ((loop.kind === "f" && ACC_FIRST[def.name]) || (f as Combine))(accView[ia]!, run);
      accView[ia] = boolOut ? (r ? 1 : 0) : r;
      return;
    }
    if (n >= KERNEL_RUN && sa !== 0 && binaryRun) {
      binaryRun(p[0]!, st[0]!, p[1]!, st[1]!, p[0]!, st[0]!, n);
      return;
    }
    if (complex) {
      const g = f as unknown as (a: number, b: number, c: number, d: number) => number;
      for (let k = 0; k < n; k++, ia += sa, is += ss) {
        accView[ia] = g(accView[ia] as number, accView[ia + 1] as number, srcView[is] as number, srcView[is + 1] as number);
        accView[ia + 1] = Cx.im;
      }
      return;
    }
    const g = (sa === 0 && loop.kind === "f" && ACC_FIRST[def.name]) || (f as Combine);
    for (let k = 0; k < n; k++, ia += sa, is += ss) {
      const r = g(accView[ia]!, srcView[is]!);
      accView[ia] = boolOut ? (r ? 1 : 0) : r;
    }
  });
}
