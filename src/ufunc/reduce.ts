/**
 * The ufunc methods that combine elements: reduce, accumulate, reduceat, outer and at.
 * Float additions follow NumPy 2's order exactly: pairwise summation over each reduction run.
 *
 * @example
 * np.add.reduce([[1, 2], [3, 4]], {axis: 1}) // array([3, 7])
 * np.maximum.accumulate([1, 3, 2])            // array([1, 3, 3])
 */
import { bindArgs, isOptions } from "../core/args.js";
import { asArray } from "../api/creation.js";
import type { ArrayLike } from "../core/coerce.js";
import { BOOL, canCast, DType, INT64, resolveDType, UINT64, type Casting, type DTypeLike, type DTypeName, type WeakKind } from "../core/dtype.js";
import { IndexError, NumpyTypeError, UFuncTypeError, ValueError } from "../core/errors.js";
import { forEachRun, simplify } from "../core/iter.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import type { IndexItem } from "../core/indexing.js";
import { imagPart, toStorage, type Scalar } from "../core/scalar.js";
import { broadcastStrides, cStrides, normalizeAxis, normalizeReductionAxes, shapeSize, shapeText } from "../core/shape.js";
import { copyCast, fillStorage } from "../kernels/ts/cast.js";
import * as Cx from "../kernels/ts/complex.js";
import { complexOps } from "../kernels/ts/complex.js";
import { UFUNCS, type UfuncDef } from "./defs.js";
import { FPE_DIVIDE, FPE_INVALID, FPE_OVERFLOW, FPE_UNDERFLOW, raiseFPE, watchUnder } from "./errstate.js";
import { classify, elementFn, findKernel } from "./execute.js";
import { KERNEL_CODE, outputDTypes, parseSignature, resolveLoop } from "./resolve.js";
import { scalarKind } from "../core/coerce.js";
import { pairwiseSum, pairwiseSumComplex } from "../kernels/ts/arith.js";
import { HEAP, kernels, scalarSlot, scratch } from "../storage/heap.js";
import { parallel, threadsAvailable } from "../storage/threads.js";
import { callUfunc, checkNegativePower, collectFPE, maskedCopy, whereMask, type UfuncResult } from "./ufunc.js";

const REDUCE_PARAMS = ["axis", "dtype", "out", "keepdims", "initial", "where"];

/** NumPy upcasts add/multiply reductions of small integers and bools to the default int. */
function reduceDType(def: UfuncDef, dt: DType, dtypeArg: DType | undefined): DType {
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
function reductionDType(def: UfuncDef, dt: DType, dtypeArg: DTypeLike | null | undefined, out: NDArray | null | undefined): DType {
  if (out && dtypeArg == null && def.out !== "bool") return resolveLoop(def, [out._dt, dt], []);
  return reduceDType(def, dt, dtypeArg == null ? undefined : resolveDType(dtypeArg));
}

/**
 * The loop of a reduction: the first loop the (upcast) input dtype casts to, whose dtype the
 * result has (np.divide.reduce of ints is float64). A `dtype=` must be a loop of its own.
 */
function reductionLoop(def: UfuncDef, dtype: DType, forced: boolean): DType {
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
function combiner(def: UfuncDef, loop: DType): (x: never, y: never) => unknown {
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
function singleAxis(method: string, axis: number | readonly number[] | null | undefined, ndim: number): number {
  const one = Array.isArray(axis) && axis.length === 1 ? (axis[0] as number) : axis;
  if (Array.isArray(one) || (one === null && ndim !== 1)) throw new ValueError(`${method} does not allow multiple axes`);
  return normalizeAxis((one as number | null | undefined) ?? 0, ndim);
}

/**
 * The `out` of reduce, accumulate or reduceat: an array, null, or (as NumPy's one-tuple) a JS
 * array of one of those; NumPy's errors for anything else.
 * @example methodOut([o]) // o
 */
function methodOut(out: unknown): NDArray | null {
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
function checkPositional(method: string, min: number, max: number, leading: readonly unknown[], rest: readonly unknown[]): void {
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
const DIVISIONS = new Set(["divide", "floor_divide", "remainder", "fmod"]);

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
function reportFPE(def: UfuncDef, input: NDArray, divisors: NDArray, result: NDArray, method: string, initial: Scalar | null = null, combines = true): void {
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

function castTo(a: NDArray, dt: DType, keepOrder = false): NDArray {
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

function fillAcc(acc: NDArray, v: Scalar): void {
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

/**
 * ufunc.accumulate along `axis` in place on `res` (C-contiguous) with the <op>_accum kernels:
 * row after row when axes follow `axis` (a whole row per vector loop), else run by run. Returns
 * the kernels' non-finite flag, or null when no kernel applies (complex, small arrays outside
 * the heap, ufuncs without one).
 */
function accumulateInPlace(def: UfuncDef, loop: DType, res: NDArray, axis: number): number | null {
  if (!res._storage.inHeap || def.kernel === null || res.size === 0) return null;
  const code = KERNEL_CODE[loop.id]!;
  const n = res.shape[axis]!;
  const outer = shapeSize(res.shape.slice(0, axis));
  const inner = shapeSize(res.shape.slice(axis + 1));
  const step = inner * loop.itemsize;
  type Kernel = (...a: number[]) => number;
  if (inner > 1) {
    const rows = kernels[`${def.kernel}_accum_rows_${code}`] as Kernel | undefined;
    return rows ? rows(res._ptr, step, n, inner, outer, n * step) : null;
  }
  const runs = kernels[`${def.kernel}_accum_${code}`] as Kernel | undefined;
  return runs ? runs(res._ptr, step, n, n * step, outer) : null;
}

/**
 * `ufunc.accumulate(array, axis=0, dtype=None, out=None)`: running results along an axis.
 */
export function accumulate(def: UfuncDef, array: ArrayLike, rest: readonly unknown[]): NDArray {
  if (def.nin !== 2) throw new ValueError("accumulate only supported for binary functions");
  if (def.nout !== 1) throw new ValueError("accumulate only supported for functions returning a single value");
  checkPositional("accumulate", 1, 4, [array], rest);
  const [axisArg, dtypeArg, outArg] = bindArgs("accumulate", ["axis", "dtype", "out"], rest) as [
    number | readonly number[] | null | undefined,
    DTypeLike | null | undefined,
    unknown,
  ];
  const out = methodOut(outArg);
  const a = asArray(array);
  if (a.ndim === 0) throw new NumpyTypeError("cannot accumulate on a scalar");
  const axis = singleAxis("accumulate", axisArg, a.ndim);
  out?._checkOut();
  const dtype = reductionDType(def, a._dt, dtypeArg, out);
  const loop = reductionLoop(def, dtype, dtypeArg != null);
  // NumPy's one-dimensional accumulation without casts checks out itself; the rest goes
  // through its iterator.
  if (out && a.ndim === 1 && a._dt === loop && out._dt === loop && (out.ndim !== 1 || out.shape[0] !== a.shape[0])) {
    throw new ValueError("provided out is the wrong size for the accumulation.");
  }
  const target = out ? iterOut(out, a.shape, `${shapeText(a.shape)}->${shapeText(a.shape)}`) : null;
  const res = castTo(a, loop);
  const n = a.shape[axis]!;
  if (def.name === "power" && n > 1) {
    const shape = res.shape.slice();
    shape[axis]! -= 1;
    checkNegativePower(res._view(shape, res.strides, res._ptr + res.strides[axis]!));
  }
  const f = combiner(def, loop);
  const view = res._storage.region.view(loop) as unknown as (number | bigint)[];
  const sh = loop.shift;
  const step = res.strides[axis]! >> sh;
  const otherShape = res.shape.map((d, i) => (i === axis ? 1 : d));
  const complex = loop.kind === "c";
  const flag = accumulateInPlace(def, loop, res, axis);
  if (flag === null) forEachRun(otherShape, [res._ptr], [res.strides], (p, st, m) => {
    for (let j = 0; j < m; j++) {
      let i = (p[0]! + j * st[0]!) >> sh;
      for (let k = 1; k < n; k++, i += step) {
        if (complex) {
          view[i + step] = (f as unknown as (a: number, b: number, c: number, d: number) => number)(
            view[i] as number,
            view[i + 1] as number,
            view[i + step] as number,
            view[i + step + 1] as number,
          );
          view[i + step + 1] = Cx.im;
        } else {
          const r = (f as (x: number | bigint, y: number | bigint) => number | bigint)(view[i]!, view[i + step]!);
          view[i + step] = loop === BOOL ? (r ? 1 : 0) : r;
        }
      }
    }
  });
  if (flag !== 0 || DIVISIONS.has(def.name)) {
    const shape = a.shape.slice();
    shape[axis] = Math.max(0, n - 1);
    reportFPE(def, a, a._view(shape, a.strides, a._ptr + (n > 1 ? a.strides[axis]! : 0)), res, "accumulate", null, n > 1);
  }
  if (target) {
    copyCast(res.shape, target._operand(), res._operand());
    return out!;
  }
  return res;
}

/**
 * The view of an accumulate or reduceat `out` that the result (of `shape`) is written to, with
 * NumPy's iterator checks and messages: out is seen through its first len(shape) axes (further
 * axes are ignored, as NumPy's op_axes do), fewer axes are an invalid op_axes entry, a size
 * that differs is a broadcast error, and a length-1 axis that would broadcast is refused.
 * `others` is the remapped text of the other operands, for the broadcast message.
 * @example iterOut(np.zeros(3), [4], "(4,)->(4,)") // throws "... (3,)->(3,) (4,)->(4,) "
 */
function iterOut(out: NDArray, shape: readonly number[], others: string): NDArray {
  const nd = shape.length;
  if (out.ndim < nd) {
    const k = nd - 1 - out.ndim;
    throw new ValueError(`Iterator input op_axes[0][${k}] (==${out.ndim}) is not a valid axis of op[0], which has ${out.ndim} dimensions `);
  }
  const seen = out.shape.slice(0, nd);
  if (seen.some((d, i) => d !== shape[i] && d !== 1)) {
    throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeText(out.shape)}->${shapeText(seen)} ${others} `);
  }
  if (seen.some((d, i) => d !== shape[i])) {
    throw new ValueError(
      `non-broadcastable output operand with shape ${shapeText(out.shape)} [remapped to ${shapeText(seen.slice().reverse())}] doesn't match the broadcast shape ${shapeText(shape)}`,
    );
  }
  return out.ndim === nd ? out : out._view(seen, out.strides.slice(0, nd), out._ptr);
}

/**
 * `ufunc.outer(A, B, **kwargs)`: f applied to every pair, result shape A.shape + B.shape; the
 * options are the ufunc call's (out, where, dtype, casting, ...).
 * @example np.multiply.outer([1, 2], [3, 4, 5]).shape // [2, 3]
 */
export function outer(def: UfuncDef, A: ArrayLike, B: ArrayLike, rest: readonly unknown[]): UfuncResult {
  if (def.nin !== 2) throw new ValueError("outer product only supported for binary functions");
  if (A === undefined || B === undefined || isOptions(B) || rest.length > 1 || (rest.length === 1 && !isOptions(rest[0]))) {
    throw new NumpyTypeError("exactly two arguments expected");
  }
  const a = asArray(A);
  const b = asArray(B);
  const av = a._view([...a.shape, ...new Array<number>(b.ndim).fill(1)], [...a.strides, ...new Array<number>(b.ndim).fill(0)], a._ptr);
  return callUfunc(def, [av, b, ...rest]) as UfuncResult;
}

/**
 * reduceat's indices as NumPy converts them to intp: a JS list element by element (floats
 * truncate, as Python's int()), an array by the 'safe' cast; exactly one dimension.
 * @example reduceatIndices([0, 4.5]) // [0, 4]
 */
function reduceatIndices(indices: ArrayLike): number[] {
  const ia = asArray(indices);
  if (ia.ndim === 0) throw new ValueError("object of too small depth for desired array");
  if (ia.ndim > 1) {
    if (indices instanceof NDArray) throw new ValueError("object too deep for desired array");
    throw new ValueError("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.");
  }
  if (indices instanceof NDArray && !(ia._dt.kind === "b" || ia._dt.kind === "i" || (ia._dt.kind === "u" && !ia._dt.big))) {
    throw new NumpyTypeError(`Cannot cast array data from dtype('${ia.dtype}') to dtype('int64') according to the rule 'safe'`);
  }
  if (ia._dt.kind === "c") throw new NumpyTypeError("int() argument must be a string, a bytes-like object or a real number, not 'complex'");
  return (ia.tolist() as unknown[]).map((v) => Math.trunc(Number(v)));
}

/**
 * `ufunc.reduceat(array, indices, axis=0, dtype=None, out=None)`: for each i, the reduction of
 * array[indices[i]:indices[i+1]] along axis (the last index runs to the end; an index not
 * below the next gives array[indices[i]] alone).
 * @example np.add.reduceat(np.arange(8), [0, 4, 1, 5]) // array([ 6,  4, 10, 18])
 */
export function reduceat(def: UfuncDef, array: ArrayLike, indices: ArrayLike, rest: readonly unknown[]): NDArray {
  if (def.nin !== 2) throw new ValueError("reduceat only supported for binary functions");
  if (def.nout !== 1) throw new ValueError("reduceat only supported for functions returning a single value");
  checkPositional("reduceat", 2, 5, [array, indices], rest);
  const [axisArg, dtypeArg, outArg] = bindArgs("reduceat", ["axis", "dtype", "out"], rest) as [
    number | readonly number[] | null | undefined,
    DTypeLike | null | undefined,
    unknown,
  ];
  const out = methodOut(outArg);
  const a = asArray(array);
  if (a.ndim === 0) throw new NumpyTypeError("cannot reduceat on a scalar");
  const axis = singleAxis("reduceat", axisArg, a.ndim);
  out?._checkOut();
  const idx = reduceatIndices(indices);
  const n = a.shape[axis]!;
  for (const i of idx) if (i < 0 || i >= n) throw new IndexError(`index ${i} out-of-bounds in ${def.name}.reduceat [0, ${n})`);
  const outShape = a.shape.slice();
  outShape[axis] = idx.length;
  let target: NDArray | null = null;
  if (out) {
    // NumPy's message names the input with the axis as newaxis and the indices on the axis.
    const inRemap = a.shape.map((d, i) => (i === axis ? "newaxis" : String(d)));
    const idxRemap = a.shape.map((_, i) => (i === axis ? String(idx.length) : "newaxis"));
    const text = (dims: string[]) => {
      while (dims[0] === "newaxis") dims.shift();
      return `(${dims.join(",")}${a.ndim === 1 && dims.length === 1 ? "," : ""})`;
    };
    target = iterOut(out, outShape, `${shapeText(a.shape)}->${text(inRemap)} (${idx.length},)->${text(idxRemap)}`);
  }
  const parts: NDArray[] = [];
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const j = k + 1 < idx.length ? idx[k + 1]! : n;
    const stop = j > i ? j : i + 1;
    const shape = a.shape.slice();
    shape[axis] = stop - i;
    const part = a._view(shape, a.strides, a._ptr + i * a.strides[axis]!);
    const r = reduce(def, part, [axis, dtypeArg, null, true], false, "reduceat") as NDArray;
    parts.push(r);
  }
  const dt = parts[0]?._dt ?? reductionLoop(def, reductionDType(def, a._dt, dtypeArg, out), dtypeArg != null);
  const res = emptyArray(dt, outShape);
  parts.forEach((p, k) => {
    const dst = res._view(p.shape, res.strides, res._ptr + k * res.strides[axis]!);
    copyCast(p.shape, dst._operand(), p._operand());
    p.dispose();
  });
  if (target) {
    copyCast(res.shape, target._operand(), res._operand());
    return out!;
  }
  return res;
}

/**
 * Whether ufunc.at's `indices` is a tuple of index items (NumPy's `(0, [1, 2])`, `(slice, idx)`,
 * `np.nonzero(m)`): JS has no tuples, so a JS array is one when it holds a slice string, null
 * (newaxis), an NDArray, or both numbers and arrays; a homogeneous nested list is an index array.
 * @example isIndexTuple([0, [0, 2]]) // true; isIndexTuple([[0, 1], [1, 1]]) // false
 */
function isIndexTuple(indices: unknown): indices is IndexItem[] {
  if (!Array.isArray(indices)) return false;
  const nested = indices.filter((x) => Array.isArray(x)).length;
  if (nested > 0 && nested < indices.length) return true;
  return indices.some((x) => typeof x === "string" || x === null || x instanceof NDArray);
}

/** The byte offset (from a._ptr) of every element of `a`, as an int64 array of a's shape. */
function elementOffsets(a: NDArray): NDArray {
  // Sum over the axes of index * stride, each axis broadcast along the others (WebAssembly loops).
  const offs = emptyArray(INT64, a.shape);
  fillAcc(offs, 0);
  a.shape.forEach((n, d) => {
    if (a.strides[d] === 0 || n <= 1) return;
    const steps = emptyArray(INT64, [n]);
    const v = steps._storage.region.view(INT64) as BigInt64Array;
    for (let k = 0; k < n; k++) v[(steps._ptr >> 3) + k] = BigInt(k * a.strides[d]!);
    const along = steps._view(a.shape, a.shape.map((_, e) => (e === d ? 8 : 0)), steps._ptr);
    callUfunc(UFUNCS.add, [offs, along, { out: offs }]);
    steps.dispose();
  });
  return offs;
}

/**
 * `ufunc.at(a, indices, b)`: unbuffered in place, so repeated indices accumulate. `indices` is
 * what NumPy's `a[indices]` takes: an int, a slice string, an integer or boolean array, or a
 * tuple of those (a JS array holding slices, null, NDArrays or both numbers and lists, such
 * as `[0, [0, 2]]` or `np.nonzero(mask)`); `b` broadcasts to a[indices].
 * @example const a = np.zeros(3); np.add.at(a, [0, 0, 2], 1); // a is [2, 0, 1]
 */
export function at(def: UfuncDef, a: NDArray, indices: unknown, b?: ArrayLike): void {
  if (!(a instanceof NDArray)) throw new NumpyTypeError("first operand must be array");
  if (def.nout !== 1) throw new ValueError("Only single output ufuncs supported at this time");
  if (def.nin === 2 && b === undefined) throw new ValueError("second operand needed for ufunc");
  if (def.nin === 1 && b !== undefined) throw new ValueError("second operand provided when ufunc is unary");
  a._checkWriteable();
  if (isIndexTuple(indices) || typeof indices === "string" || indices === null) {
    atElements(def, a, isIndexTuple(indices) ? indices : [indices as IndexItem], b);
    return;
  }
  const scalarIndex = !(Array.isArray(indices) || indices instanceof NDArray);
  let idx = scalarIndex ? asArray([indices as number]) : asArray(indices as ArrayLike);
  if (idx._dt !== BOOL && idx.size > 0 && idx._dt.kind !== "i" && idx._dt.kind !== "u") {
    if (indices instanceof NDArray) throw new IndexError("arrays used as indices must be of integer (or boolean) type");
    throw new IndexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices");
  }
  if (idx.size === 0 && idx._dt !== BOOL) idx = idx.astype(INT64); // [] indexes nothing
  // A boolean mask (of any dimensions) selects elements as a[mask] does.
  if (idx._dt === BOOL || a.ndim === 0) {
    atElements(def, a, [scalarIndex ? (indices as number) : idx], b);
    return;
  }
  // Integers index axis 0: the elements of each indexed row, without visiting the others.
  const n0 = a.shape[0]!;
  const rows = (idx.ravel().tolist() as (number | bigint)[]).map(Number);
  for (const i of rows) if (i < -n0 || i >= n0) throw new IndexError(`index ${i} is out of bounds for axis 0 with size ${n0}`);
  const rowShape = a.shape.slice(1);
  const inRow = a.ndim === 1 ? [0] : (elementOffsets(a._view(rowShape, a.strides.slice(1), a._ptr)).ravel().tolist() as number[]).map(Number);
  const offsets: number[] = [];
  for (const i of rows) {
    const base = (i < 0 ? i + n0 : i) * a.strides[0]!;
    for (const o of inRow) offsets.push(base + o);
  }
  atOffsets(def, a, offsets, [...(scalarIndex ? [] : idx.shape), ...rowShape], b);
}

/**
 * ufunc.at with any index NumPy's a[index] takes: the selected elements (their byte offsets,
 * found by indexing an array of offsets), one at a time in index order, each combined with its
 * value of b broadcast to a[index].shape.
 */
function atElements(def: UfuncDef, a: NDArray, items: IndexItem[], b: ArrayLike | undefined): void {
  const offs = elementOffsets(a);
  const got = offs.get(...items);
  const sel = got instanceof NDArray ? got : asArray(got as number);
  const list = (sel.ndim === 0 ? [sel.item()] : (sel.ravel().tolist() as unknown[])).map(Number);
  const shape = sel.shape;
  offs.dispose();
  atOffsets(def, a, list, shape, b);
}

/** ufunc.at over the elements at byte offsets `list` (from a._ptr), with b broadcast to `shape` (a[index].shape). */
function atOffsets(def: UfuncDef, a: NDArray, list: readonly number[], shape: readonly number[], b: ArrayLike | undefined): void {
  let vals: NDArray | null = null;
  // NumPy's indexed loops (a 1-d `a`, `b` already of its dtype) report as the ufunc; other calls as "at".
  let name = "at";
  if (b !== undefined) {
    const bv = asArray(b);
    if (a.ndim === 1 && bv._dt === a._dt && INDEXED_LOOPS[def.name]?.includes(a._dt.kind)) name = def.name;
    const st = broadcastStrides(bv.shape, bv.strides, shape);
    if (st === null) throw new ValueError("array is not broadcastable to correct shape");
    vals = bv._view(shape, st, bv._ptr).flatten();
  }
  const fast = atSequential(def, a, list, vals, b);
  if (fast >= 0) {
    vals?.dispose();
    if (fast) raiseFPE(fast, name);
    return;
  }
  // NumPy reports the conditions of the whole call once, "encountered in at".
  const flags = collectFPE(() =>
    list.forEach((off, k) => {
      const el = a._view([], [], a._ptr + off);
      const args = vals ? [el, vals._view([], [], vals._ptr + k * vals.itemsize), { out: el, casting: "unsafe" }] : [el, { out: el, casting: "unsafe" }];
      callUfunc(def, args);
    }),
  );
  vals?.dispose();
  if (flags) raiseFPE(flags, name);
}

/** The dtype kinds of NumPy's indexed ufunc.at loops that can raise floating-point conditions. */
const INDEXED_LOOPS: Record<string, string> = { add: "iufc", subtract: "iufc", multiply: "iufc", divide: "f", floor_divide: "iuf" };

/** The single output dtype of a loop. */
function outputDTypesOf(def: UfuncDef, loop: DType): DType {
  return outputDTypes(def, loop)[0]!;
}

/** Integer division ufuncs whose zero divisor is NumPy's division by zero. */
const INT_DIVIDES = new Set(["floor_divide", "remainder", "fmod"]);

/**
 * ufunc.at's element loop in TypeScript, when the loop dtype is a's own real dtype and b is of
 * that dtype too (or a JS scalar that fits it): a[off] = f(a[off], b[k]) in index order, so
 * repeated indices accumulate. Returns the floating-point conditions met, or -1 when the case
 * needs the general per-element calls (casts, complex, integer powers).
 * @example atSequential(UFUNCS.add, a, [0, 0], vals, b) // 0: a[0] += vals[0] + vals[1]
 */
function atSequential(def: UfuncDef, a: NDArray, offsets: readonly number[], vals: NDArray | null, b: unknown): number {
  const dt = a._dt;
  if (dt.kind === "c" || (def.name === "power" && dt.kind !== "f")) return -1;
  const weak = vals !== null && !(b instanceof NDArray) ? scalarKind(b) : null;
  if (vals !== null && vals._dt !== dt && weak === null) return -1;
  let loop: DType;
  try {
    loop = weak !== null ? resolveLoop(def, [dt], [weak]) : resolveLoop(def, def.nin === 1 ? [dt] : [dt, dt], []);
  } catch {
    return -1;
  }
  if (loop !== dt || outputDTypesOf(def, loop) !== dt) return -1;
  let y0: number | bigint = 0;
  if (weak !== null) {
    try {
      y0 = toStorage(b as Scalar, dt) as number | bigint;
    } catch {
      return -1;
    }
  }
  const { fn } = elementFn(def, loop);
  const view = a._storage.region.view(dt) as unknown as (number | bigint)[];
  const base = a._ptr;
  const sh = dt.shift;
  const vv = vals !== null && weak === null ? (vals._storage.region.view(dt) as unknown as (number | bigint)[]) : null;
  const vbase = vals ? vals._ptr >> sh : 0;
  const float = dt.kind === "f";
  const boolOut = dt.kind === "b";
  const intDiv = !float && INT_DIVIDES.has(def.name);
  let flags = 0;
  const f1 = fn as (x: number | bigint) => number | bigint;
  const f2 = fn as (x: number | bigint, y: number | bigint) => number | bigint;
  for (let k = 0; k < offsets.length; k++) {
    const i = (base + offsets[k]!) >> sh;
    const x = view[i]!;
    let r: number | bigint;
    let y: number | bigint = 0;
    if (def.nin === 1) {
      r = f1(x);
      // integer reciprocal: NumPy's 1.0 / 0 (divide), cast to the integer type (invalid)
      if ((dt.kind === "i" || dt.kind === "u") && def.name === "reciprocal" && (x === 0 || x === 0n)) flags |= FPE_DIVIDE | FPE_INVALID;
    } else {
      y = vv ? vv[vbase + k]! : y0;
      r = f2(x, y);
      if (intDiv && (y === 0 || y === 0n)) flags |= FPE_DIVIDE;
    }
    view[i] = boolOut ? (r ? 1 : 0) : r;
    if (float && (r as number) - (r as number) !== 0) flags |= classify(def, r as number, x as number, y as number);
  }
  return flags;
}

/**
 * `ufunc.resolve_dtypes(dtypes, *, signature=None, casting=None, reduction=False)`: the loop's
 * operand dtypes for these operand dtypes (null: not given), as NumPy resolves them; `BigInt`
 * and `Number` stand for Python's int and float (weak scalars). An output dtype that is given
 * must take the loop's output under `casting` (default "same_kind").
 * @example np.add.resolve_dtypes(["int8", "float32", null]) // ["float32", "float32", "float32"]
 */
export function resolveDtypes(def: UfuncDef, dtypes: unknown, rest: readonly unknown[]): DTypeName[] {
  const [signature, casting, reduction] = bindArgs("resolve_dtypes", [], rest, ["signature", "casting", "reduction"]) as [unknown, Casting | null | undefined, boolean | undefined];
  const nargs = def.nin + def.nout;
  if (!Array.isArray(dtypes) || dtypes.length !== nargs) throw new NumpyTypeError("resolve_dtypes: The dtypes must be a tuple of `ufunc.nargs` length.");
  const given = dtypes.map((d): DType | WeakKind | null => {
    if (d === null || d === undefined) return null;
    if (d === BigInt) return "int";
    if (d === Number) return "float";
    try {
      return resolveDType(d as DTypeLike);
    } catch {
      throw new NumpyTypeError("Provided dtype must be a valid NumPy dtype, int, float, complex, or None.");
    }
  });
  const ins = given.slice(0, def.nin);
  if (ins.some((d, k) => d === null && !(reduction && k === 0))) throw new NumpyTypeError("All input dtypes must be provided (except the first one in reductions)");
  let loop: DType;
  if (reduction) {
    const dt = ins[1];
    if (!(dt instanceof DType)) throw new NumpyTypeError("All input dtypes must be provided (except the first one in reductions)");
    loop = ins[0] instanceof DType ? resolveLoop(def, [ins[0], dt], []) : reductionLoop(def, reduceDType(def, dt, undefined), false);
  } else {
    const strong = ins.filter((d): d is DType => d instanceof DType);
    const weak = ins.filter((d): d is WeakKind => typeof d === "string");
    const fixed = signature == null ? undefined : parseSignature(def, signature);
    loop = def.inputs
      ? resolveLoop(def, ins[0] instanceof DType ? [ins[0]] : [], ins[0] instanceof DType ? [] : [ins[0] as WeakKind], fixed)
      : resolveLoop(def, strong, weak, fixed, ins);
  }
  const inTypes = def.inputs?.(loop) ?? new Array<DType>(def.nin).fill(loop);
  const outTypes = outputDTypes(def, loop);
  const rule = casting ?? "same_kind";
  outTypes.forEach((dt, j) => {
    const want = given[def.nin + j];
    if (want instanceof DType && !canCast(dt, want, rule)) {
      throw new UFuncTypeError(`Cannot cast ufunc '${def.name}' output from dtype('${dt.name}') to dtype('${want.name}') with casting rule '${rule}'`);
    }
  });
  return [...inTypes, ...outTypes].map((d) => d.name);
}
