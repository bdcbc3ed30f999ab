/**
 * Reductions and their running forms, as NumPy defines them on top of the ufuncs: sum, prod,
 * max/min (amax/amin), mean, var, std, ptp, argmax/argmin, all/any, cumsum/cumprod, average,
 * bincount.
 * A whole-array reduction returns a JS scalar; with `axis` (or keepdims) an NDArray.
 *
 * @example
 * np.sum([[1, 2], [3, 4]]) // 10
 * np.mean([[1, 2], [3, 4]], {axis: 0}) // array([2., 3.])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { FLOAT64, INT32, INT64, KERNEL_CODE, resolveDType, resultType, type DType, type DTypeLike } from "../core/dtype.js";
import { NumpyTypeError, ValueError, ZeroDivisionError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { normalizeAxes, normalizeAxis, normalizeReductionAxes } from "../core/shape.js";
import { copyCast } from "../kernels/ts/cast.js";
import { simplify } from "../core/iter.js";
import { kernels, writeThroughHeap } from "../storage/heap.js";
import { parallel, threadsAvailable } from "../storage/threads.js";
import { UFUNCS } from "../ufunc/defs.js";
import { reduce } from "../ufunc/reduce.js";
import { accumulate } from "../ufunc/methods.js";
import { scalarArray } from "../ufunc/fast.js";
import { errstate, FPE_DIVIDE, FPE_INVALID, raiseFPE } from "../ufunc/errstate.js";
import { callUfunc } from "../ufunc/ufunc.js";
import { asArray } from "./creation.js";
import { broadcast_to } from "./broadcasting.js";
import { withTemps } from "./temps.js";
import { warn } from "../core/warnings.js";

type Axis = number | readonly number[] | null;
/** What a reduction returns: a JS scalar for a whole-array result, else an array. */
export type Reduced = NDArray | Scalar;

type SumOpts = { axis?: Axis; dtype?: DTypeLike | null; out?: NDArray | null; keepdims?: boolean; initial?: Scalar | null; where?: ArrayLike | boolean };
type MaxOpts = { axis?: Axis; out?: NDArray | null; keepdims?: boolean; initial?: Scalar | null; where?: ArrayLike | boolean };
type MeanOpts = { axis?: Axis; dtype?: DTypeLike | null; out?: NDArray | null; keepdims?: boolean; where?: ArrayLike | boolean };
type VarOpts = MeanOpts & { ddof?: number; correction?: number; mean?: ArrayLike };

/**
 * A 0-d result as a JS scalar: int64 beyond +-2^53 stays a bigint (API.md "Numbers"). With
 * `out`, NumPy returns `out` itself, 0-d or not.
 * @example toScalar(np.zeros([])) // 0
 */
export function toScalar(r: unknown, out?: NDArray | null): Reduced {
  if (out) return out;
  return r instanceof NDArray && r.ndim === 0 ? (r._scalar() as Scalar) : (r as Reduced);
}

function reduceWith(name: "add" | "multiply" | "maximum" | "minimum" | "logical_and" | "logical_or", a: ArrayLike, axis: Axis | undefined, dtype: DTypeLike | null | undefined, out: NDArray | null | undefined, keepdims: boolean | undefined, initial: Scalar | undefined, where: ArrayLike | boolean | undefined): Reduced {
  return toScalar(reduce(UFUNCS[name], a, [axis === undefined ? null : axis, dtype, out, keepdims, initial, where]), out);
}

const SUM = ["axis", "dtype", "out", "keepdims", "initial", "where"];
const MAX = ["axis", "out", "keepdims", "initial", "where"];

/**
 * Sum of elements over the given axes (all by default); small ints and bools sum in int64.
 * @example np.sum([[1, 2], [3, 4]], 0) // array([4, 6])
 */
export function sum(a: ArrayLike, ...rest: Args<[Axis, DTypeLike, NDArray, boolean, Scalar, ArrayLike], SumOpts>): Reduced {
  const [axis, dtype, out, keepdims, initial, where] = bindArgs("sum", SUM, rest) as [Axis, DTypeLike, NDArray, boolean, Scalar, ArrayLike];
  return reduceWith("add", a, axis, dtype, out, keepdims, initial, where);
}

/**
 * Product of elements over the given axes.
 * @example np.prod([1, 2, 3, 4]) // 24
 */
export function prod(a: ArrayLike, ...rest: Args<[Axis, DTypeLike, NDArray, boolean, Scalar, ArrayLike], SumOpts>): Reduced {
  const [axis, dtype, out, keepdims, initial, where] = bindArgs("prod", SUM, rest) as [Axis, DTypeLike, NDArray, boolean, Scalar, ArrayLike];
  return reduceWith("multiply", a, axis, dtype, out, keepdims, initial, where);
}

/**
 * Maximum over the given axes (NaN propagates).
 * @example np.max([[1, 5], [3, 2]], {axis: 1}) // array([5, 3])
 */
export function max(a: ArrayLike, ...rest: Args<[Axis, NDArray, boolean, Scalar, ArrayLike], MaxOpts>): Reduced {
  const [axis, out, keepdims, initial, where] = bindArgs("max", MAX, rest) as [Axis, NDArray, boolean, Scalar, ArrayLike];
  return reduceWith("maximum", a, axis, null, out, keepdims, initial, where);
}
export const amax = max;

/**
 * Minimum over the given axes (NaN propagates).
 * @example np.min([3, 1, 2]) // 1
 */
export function min(a: ArrayLike, ...rest: Args<[Axis, NDArray, boolean, Scalar, ArrayLike], MaxOpts>): Reduced {
  const [axis, out, keepdims, initial, where] = bindArgs("min", MAX, rest) as [Axis, NDArray, boolean, Scalar, ArrayLike];
  return reduceWith("minimum", a, axis, null, out, keepdims, initial, where);
}
export const amin = min;

/**
 * Range (max - min) over the given axes.
 * @example np.ptp([[1, 5], [3, 2]]) // 4
 */
export function ptp(a: ArrayLike, ...rest: Args<[Axis, NDArray, boolean], { axis?: Axis; out?: NDArray | null; keepdims?: boolean }>): Reduced {
  const [axis, out, keepdims] = bindArgs("ptp", ["axis", "out", "keepdims"], rest) as [Axis, NDArray, boolean];
  // The extremes stay arrays of a's dtype, so the difference wraps as NumPy's does (int8: -1).
  const ax = axis === undefined ? null : axis;
  const hi = reduce(UFUNCS.maximum, a, [ax, null, null, keepdims], true);
  const lo = reduce(UFUNCS.minimum, a, [ax, null, null, keepdims], true);
  return toScalar(callUfunc(UFUNCS.subtract, out ? [hi, lo, out] : [hi, lo], true), out);
}

/** Number of elements a reduction over `axis` combines. */
function countOf(a: NDArray, axis: Axis | undefined): number {
  if (axis === undefined || axis === null) return a.size;
  return normalizeReductionAxes(axis, a.ndim).reduce((p, ax) => p * a.shape[ax]!, 1);
}

/**
 * Arithmetic mean over the given axes (integers average in float64).
 * @example np.mean([1, 2, 3, 4]) // 2.5
 */
export function mean(a: ArrayLike, ...rest: Args<[Axis, DTypeLike, NDArray, boolean], MeanOpts>): Reduced {
  const [axis, dtype, out, keepdims, where] = bindArgs("mean", ["axis", "dtype", "out", "keepdims"], rest, ["where"]) as [Axis, DTypeLike, NDArray, boolean, ArrayLike];
  const arr = asArray(a);
  const count = where !== undefined && where !== true ? countWhere(arr, axis, where, keepdims) : countOf(arr, axis);
  // NumPy's _mean warns when any slice is empty (where= can empty some of them)
  if (typeof count === "number" ? count === 0 : count.size > 0 && count.min() === 0) warn("Mean of empty slice");
  // NumPy's _mean: the sum goes into out= (in out's dtype), which is then divided in place.
  const total = reduce(UFUNCS.add, arr, [axis === undefined ? null : axis, sumDType(arr, dtype), out ?? null, keepdims, undefined, where], true);
  if (out) return divideBy(out, count, out);
  return toScalar(withTemps((temp) => divideBy(temp(total), count)));
}

/**
 * The dtype= mean, var and std pass to their sums, as NumPy's _mean/_var: the one given, float64
 * for integers and bools, else none (the input's dtype, or promoted with out='s).
 */
function sumDType(arr: NDArray, dtype: DTypeLike | null | undefined): DType | null {
  if (dtype != null) return resolveDType(dtype);
  return arr._dt.kind === "f" || arr._dt.kind === "c" ? null : FLOAT64;
}

/** How many elements the (broadcast) `where` mask selects along the reduced axes. */
function countWhere(arr: NDArray, axis: Axis | undefined, where: ArrayLike | boolean, keepdims: boolean | undefined): NDArray | number {
  // NumPy's _count_reduce_items: np.broadcast_to(where, arr.shape), with its errors.
  const mask = broadcast_to(where as ArrayLike, arr.shape);
  const ones = emptyArray(INT64, arr.shape);
  copyCast(arr.shape, ones._operand(), mask._operand());
  const r = reduce(UFUNCS.add, ones, [axis === undefined ? null : axis, null, null, keepdims]);
  return r instanceof NDArray ? r : (r as number);
}

/** total / count of 0-d arrays, its floating-point conditions reported as "scalar divide" (or "divide" when promoted). */
function scalarDivision(t: NDArray, c: NDArray): NDArray {
  let flags = 0;
  const q = errstate({ all: "ignore" }, () => callUfunc(UFUNCS.divide, [t, c], true) as NDArray);
  if (c.item() === 0) {
    const v = t.item() as number | bigint | { re: number; im: number };
    const zero = typeof v === "object" ? v.re === 0 && v.im === 0 : v == 0;
    const nan = typeof v === "object" ? v.re !== v.re || v.im !== v.im : v !== v;
    if (zero) flags = FPE_INVALID;
    else if (!nan) flags = FPE_DIVIDE;
  }
  // NumPy's scalar math handles only operands of one type: float32 or complex64 totals divided
  // by the int64 count are promoted and go through the divide ufunc.
  if (flags) raiseFPE(flags, q._dt === t._dt ? "scalar divide" : "divide");
  return q;
}

/**
 * total / count as NumPy's _mean and _var compute it: `true_divide(total, intp(count),
 * out=total, casting='unsafe')`. The count is a strong int64, so the division runs in
 * result_type(total, int64) (complex64 in complex128, an int64 sum in float64) and is cast
 * back to the sum's dtype (or into `out`).
 */
function divideBy(total: unknown, count: NDArray | number, out?: NDArray | null): NDArray {
  const t = asArray(total as ArrayLike);
  const c = typeof count === "number" ? scalarArray(count, Number.isInteger(count) ? INT64 : FLOAT64) : count;
  if (out) return callUfunc(UFUNCS.divide, [t, c, { out, casting: "unsafe" }], true) as NDArray;
  // A whole-array mean divides NumPy scalars: its conditions are "in scalar divide".
  const scalarDivide = t.ndim === 0 && c.ndim === 0;
  const q = scalarDivide ? scalarDivision(t, c) : (callUfunc(UFUNCS.divide, [t, c], true) as NDArray);
  if (q._dt === t._dt) return q;
  const back = emptyArray(t._dt, q.shape);
  copyCast(q.shape, back._operand(), q._operand());
  return back;
}

const VAR = ["axis", "dtype", "out", "ddof", "keepdims"];

/**
 * Variance over the given axes: mean(abs(x - x.mean())**2) / (n - ddof) * n.
 * @example np.var([1, 2, 3, 4]) // 1.25
 */
export function variance(a: ArrayLike, ...rest: Args<[Axis, DTypeLike, NDArray, number, boolean], VarOpts>): Reduced {
  const [axis, dtype, out, ddof, keepdims, where, meanArg, correction] = bindArgs("var", VAR, rest, ["where", "mean", "correction"]) as VarArgs;
  out?._checkOut();
  return toScalar(varianceArray(a, axis, dtype, out, ddof, keepdims, where, meanArg, correction), out);
}

type VarArgs = [Axis, DTypeLike, NDArray, number, boolean, ArrayLike, ArrayLike, number];

/** var's computation, NumPy's _var: mean, squared deviations, their sum over n - ddof. */
function varianceArray(
  a: ArrayLike,
  axis: Axis | undefined,
  dtype: DTypeLike | null | undefined,
  out: NDArray | null | undefined,
  ddof: number | undefined,
  keepdims: boolean | undefined,
  where: ArrayLike | undefined,
  meanArg: ArrayLike | undefined,
  correction: number | undefined,
): NDArray {
  if (ddof !== undefined && correction !== undefined) throw new ValueError("ddof and correction can't be provided simultaneously.");
  const d = correction ?? ddof ?? 0;
  const arr = asArray(a);
  const dt = sumDType(arr, dtype);
  const ax = axis === undefined ? null : axis;
  // Elements counted per result: all of them, or those `where` selects (NumPy's _var).
  const masked = where !== undefined && where !== true;
  const count = masked ? countWhere(arr, axis, where, keepdims) : countOf(arr, axis);
  const meanCount = masked ? countWhere(arr, axis, where, true) : count;
  const rcount = typeof count === "number" ? Math.max(count - d, 0) : (callUfunc(UFUNCS.maximum, [callUfunc(UFUNCS.subtract, [count, d], true), 0], true) as NDArray);
  if (typeof rcount === "number" ? rcount <= 0 : anyNonPositive(rcount)) warn("Degrees of freedom <= 0 for slice");
  return withTemps((temp) => {
    const m = meanArg !== undefined ? asArray(meanArg) : temp(divideBy(temp(reduce(UFUNCS.add, arr, [ax, dt, null, true, undefined, where], true)), meanCount) as NDArray);
    const x = temp(callUfunc(UFUNCS.subtract, [arr, m], true) as NDArray);
    const complex = x._dt.kind === "c";
    // NumPy's _var squares real deviations in place (multiply(x, x, out=x)).
    const sq = complex ? temp(callUfunc(UFUNCS.multiply, [x, temp(callUfunc(UFUNCS.conjugate, [x], true))], true) as NDArray) : (callUfunc(UFUNCS.multiply, [x, x, { out: x }], true) as NDArray);
    const sqr = complex ? temp(callUfunc(UFUNCS.absolute, [sq], true) as NDArray) : sq;
    // The squares sum as NumPy's umr_sum(x, axis, dtype, out): into out=, divided there in place.
    const total = reduce(UFUNCS.add, sqr, [ax, dt, out ?? null, keepdims, undefined, where], true) as NDArray;
    return out ? divideBy(out, rcount, out) : divideBy(temp(total), rcount);
  });
}

/** Whether any element of a count array is <= 0. */
function anyNonPositive(c: NDArray): boolean {
  return Boolean(reduce(UFUNCS.logical_or, callUfunc(UFUNCS.less_equal, [c, 0], true) as NDArray, [null]));
}

export { variance as var };

/**
 * Standard deviation: sqrt(var).
 * @example np.std([1, 2, 3, 4]) // 1.118033988749895
 */
export function std(a: ArrayLike, ...rest: Args<[Axis, DTypeLike, NDArray, number, boolean], VarOpts>): Reduced {
  const [axis, dtype, out, ddof, keepdims, where, meanArg, correction] = bindArgs("std", VAR, rest, ["where", "mean", "correction"]) as VarArgs;
  const v = varianceArray(a, axis, dtype, out, ddof, keepdims, where, meanArg, correction);
  // NumPy's _std: a whole-array variance is a NumPy scalar, whose root is cast back to its dtype
  // (std(ints, dtype="int16") truncates); an array variance is rooted in place (out= included),
  // so an integer dtype= is the sqrt loop's output casting error.
  if (v.ndim === 0 && !out) return toScalar(withTemps((temp) => temp(callUfunc(UFUNCS.sqrt, [v], true) as NDArray).astype(v._dt)));
  return toScalar(callUfunc(UFUNCS.sqrt, [v, v], true), out);
}

/** Elements from which an argmax/argmin over many runs is split across the threads. */
const ARG_PARALLEL_MIN = 1 << 17;

function argReduce(name: "argmax" | "argmin", a: ArrayLike, axis: number | null | undefined, out: NDArray | null | undefined, keepdims: boolean | undefined): Reduced {
  let arr = asArray(a);
  const whole = axis === undefined || axis === null;
  if (whole) {
    arr = arr.ravel();
    axis = 0;
  }
  const ax = normalizeAxis(axis!, Math.max(arr.ndim, 1));
  const n = arr.ndim === 0 ? 1 : arr.shape[ax]!;
  if (n === 0) throw new ValueError(`attempt to get ${name} of an empty sequence`);
  const outShape = arr.shape.filter((_, i) => i !== ax);
  const res = emptyArray(INT64, outShape);
  const rv = res._storage.region.view(INT64) as BigInt64Array;
  const av = arr._storage.region.view(arr._dt) as unknown as (number | bigint)[];
  const sh = arr._dt.shift;
  const step = arr.ndim === 0 ? 0 : arr.strides[ax]!;
  const complex = arr._dt.kind === "c";
  const better = name === "argmax" ? (x: number | bigint, y: number | bigint) => x > y : (x: number | bigint, y: number | bigint) => x < y;
  const otherShape = arr.shape.filter((_, i) => i !== ax);
  const otherStrides = arr.strides.filter((_, i) => i !== ax);
  let k = 0;
  // Real dtypes in the heap: the SIMD kernel (the extreme, then its first index; the first NaN wins).
  const kernel = !complex && arr._storage.inHeap ? (kernels[`${name}_${KERNEL_CODE[arr._dt.id]}`] as ((p: number, s: number, n: number) => number) | undefined) : undefined;
  const visit = (ptr: number) => {
    if (kernel) {
      rv[(res._ptr >> 3) + k++] = BigInt(kernel(ptr, step, n));
      return;
    }
    let best = 0;
    let bv = av[ptr >> sh]!;
    let bi = complex ? (av[(ptr >> sh) + 1] as number) : 0;
    if (bv === bv && !(complex && bi !== bi)) {
      for (let i = 1; i < n; i++) {
        const p = (ptr + i * step) >> sh;
        const v = av[p]!;
        if (v !== v) {
          best = i;
          break;
        }
        if (complex) {
          const vi = av[p + 1] as number;
          if (vi !== vi) {
            best = i;
            break;
          }
          if (better(v, bv) || (v === bv && better(vi, bi))) {
            best = i;
            bv = v;
            bi = vi;
          }
        } else if (better(v, bv)) {
          best = i;
          bv = v;
        }
      }
    }
    rv[(res._ptr >> 3) + k++] = BigInt(best);
  };
  const nd = otherShape.length;
  const idx = new Array<number>(nd).fill(0);
  const total = otherShape.reduce((p, d) => p * d, 1);
  if (kernel && total > 1) {
    // Runs that follow one stride (the other axes merge into one): all of them in one kernel
    // call, split across the threads when large.
    const { shape: sh, strides: st } = simplify(otherShape, [res.strides, otherStrides]);
    if (sh.length === 1) {
      const rowsKernel = `${name}_rows_${KERNEL_CODE[arr._dt.id]}`;
      const rs = st[1]![0]!;
      writeThroughHeap(res._storage.region, res._ptr, 8 * total, (at) => {
        const args = [arr._ptr, step, n, rs, at];
        if (threadsAvailable && total * n >= ARG_PARALLEL_MIN && parallel(rowsKernel, total, args, [rs, 0, 0, 0, 8]) !== null) return;
        (kernels[rowsKernel] as (...a: number[]) => void)(...args, total);
      });
      k = total;
    }
  }
  for (let t = k; t < total; t++) {
    let ptr = arr._ptr;
    for (let d = 0; d < nd; d++) ptr += idx[d]! * otherStrides[d]!;
    visit(ptr);
    for (let d = nd - 1; d >= 0; d--) {
      if (++idx[d]! < otherShape[d]!) break;
      idx[d] = 0;
    }
  }
  let result = res;
  if (keepdims) {
    const kshape = asArray(a).ndim === 0 ? [] : asArray(a).shape.map((d, i) => (whole || i === ax ? 1 : d));
    result = res.reshape(kshape);
  }
  if (out) {
    if (out.ndim !== result.ndim || out.shape.some((d, k) => d !== result.shape[k])) throw new ValueError(`output array does not match result of np.${name}.`);
    out._checkOut("WRITEBACKIFCOPY base is read-only");
    if (out._dt.kind !== "i" && out._dt.kind !== "u") {
      throw new NumpyTypeError(`Cannot cast array data from dtype('${out.dtype}') to dtype('int64') according to the rule 'safe'`);
    }
    copyCast(result.shape, out._operand(), result._operand());
    return out;
  }
  return toScalar(result);
}

/**
 * Index of the maximum (first occurrence; a NaN counts as the maximum).
 * @example np.argmax([1, 3, 2]) // 1
 */
export function argmax(a: ArrayLike, ...rest: Args<[number, NDArray], { axis?: number | null; out?: NDArray | null; keepdims?: boolean }>): Reduced {
  const [axis, out, keepdims] = bindArgs("argmax", ["axis", "out"], rest, ["keepdims"]) as [number, NDArray, boolean];
  return argReduce("argmax", a, axis, out, keepdims);
}

/**
 * Index of the minimum (first occurrence; a NaN counts as the minimum).
 * @example np.argmin([3, 1, 2]) // 1
 */
export function argmin(a: ArrayLike, ...rest: Args<[number, NDArray], { axis?: number | null; out?: NDArray | null; keepdims?: boolean }>): Reduced {
  const [axis, out, keepdims] = bindArgs("argmin", ["axis", "out"], rest, ["keepdims"]) as [number, NDArray, boolean];
  return argReduce("argmin", a, axis, out, keepdims);
}

type LogicOpts = { axis?: Axis; out?: NDArray | null; keepdims?: boolean; where?: ArrayLike | boolean };

/**
 * Whether all elements (along the axes) are true.
 * @example np.all([[true, false], [true, true]], 0) // array([ True, False])
 */
export function all(a: ArrayLike, ...rest: Args<[Axis, NDArray, boolean], LogicOpts>): Reduced {
  const [axis, out, keepdims, where] = bindArgs("all", ["axis", "out", "keepdims"], rest, ["where"]) as [Axis, NDArray, boolean, ArrayLike];
  return reduceWith("logical_and", a, axis, null, out, keepdims, undefined, where);
}

/**
 * Whether any element (along the axes) is true.
 * @example np.any([0, 0, 3]) // true
 */
export function any(a: ArrayLike, ...rest: Args<[Axis, NDArray, boolean], LogicOpts>): Reduced {
  const [axis, out, keepdims, where] = bindArgs("any", ["axis", "out", "keepdims"], rest, ["where"]) as [Axis, NDArray, boolean, ArrayLike];
  return reduceWith("logical_or", a, axis, null, out, keepdims, undefined, where);
}

type CumOpts = { axis?: number | null; dtype?: DTypeLike | null; out?: NDArray | null };

function cumulative(name: "add" | "multiply", a: ArrayLike, axis: number | null | undefined, dtype: DTypeLike | null | undefined, out: NDArray | null | undefined): NDArray {
  let arr = asArray(a);
  // NumPy's cumsum/cumprod take one axis: an axis tuple is Python's index TypeError
  if (Array.isArray(axis)) throw new NumpyTypeError("'tuple' object cannot be interpreted as an integer");
  // No axis: the flattened array. A 0-d array is 1-d here, as NumPy's axis check makes it.
  if (axis === undefined || axis === null || arr.ndim === 0) {
    arr = arr.ravel();
    axis = axis ?? 0;
  }
  return accumulate(UFUNCS[name], arr, [axis, dtype, out]);
}

/**
 * Cumulative sum (flattened when no axis is given).
 * @example np.cumsum([1, 2, 3]) // array([1, 3, 6])
 */
export function cumsum(a: ArrayLike, ...rest: Args<[number, DTypeLike, NDArray], CumOpts>): NDArray {
  const [axis, dtype, out] = bindArgs("cumsum", ["axis", "dtype", "out"], rest) as [number, DTypeLike, NDArray];
  return cumulative("add", a, axis, dtype, out);
}

/**
 * Cumulative product (flattened when no axis is given).
 * @example np.cumprod([1, 2, 3]) // array([1, 2, 6])
 */
export function cumprod(a: ArrayLike, ...rest: Args<[number, DTypeLike, NDArray], CumOpts>): NDArray {
  const [axis, dtype, out] = bindArgs("cumprod", ["axis", "dtype", "out"], rest) as [number, DTypeLike, NDArray];
  return cumulative("multiply", a, axis, dtype, out);
}

type AverageOpts = { axis?: Axis; weights?: ArrayLike | null; returned?: boolean; keepdims?: boolean };

/**
 * NumPy's _weights_are_valid: weights of a's shape, or 1-d/n-d along the averaged axes (then
 * reshaped to broadcast against a).
 */
function averageWeights(weights: ArrayLike, a: NDArray, axes: number[] | null): NDArray {
  const w = asArray(weights);
  if (w.ndim === a.ndim && w.shape.every((d, k) => d === a.shape[k])) return w;
  if (axes === null) throw new NumpyTypeError("Axis must be specified when shapes of a and weights differ.");
  if (w.ndim !== axes.length || w.shape.some((d, k) => d !== a.shape[axes[k]!])) {
    throw new ValueError("Shape of weights must be consistent with shape of a along specified axis.");
  }
  const order = axes.map((_, k) => k).sort((i, j) => axes[i]! - axes[j]!);
  return w.transpose(order).reshape(a.shape.map((d, ax) => (axes.includes(ax) ? d : 1)));
}

/**
 * The (weighted) average over the given axes: sum(a * w) / sum(w); without weights the mean.
 * With `returned`, also the sum of the weights (the element count without weights), broadcast
 * to the average's shape.
 * @example np.average([1, 2, 3, 4], {weights: [4, 3, 2, 1]}) // 2
 */
export function average(a: ArrayLike, opts: AverageOpts & { returned: true }): [Reduced, Reduced];
export function average(a: ArrayLike, axis: Axis | undefined, weights: ArrayLike | null | undefined, returned: true, ...opts: [] | [{ keepdims?: boolean }]): [Reduced, Reduced];
export function average(a: ArrayLike, ...rest: Args<[Axis, ArrayLike | null, false], AverageOpts & { returned?: false }>): Reduced;
export function average(a: ArrayLike, ...rest: Args<[Axis, ArrayLike | null, boolean], AverageOpts>): Reduced | [Reduced, Reduced];
export function average(a: ArrayLike, ...rest: Args<[Axis, ArrayLike | null, boolean], AverageOpts>): Reduced | [Reduced, Reduced] {
  const [axisArg, weights, returned, keepdims] = bindArgs("average", ["axis", "weights", "returned"], rest, ["keepdims"]) as [Axis, ArrayLike | null, boolean, boolean];
  const arr = asArray(a);
  const axes = axisArg == null ? null : normalizeAxes(axisArg, arr.ndim, "axis");
  const keep = keepdims ?? false;
  let avg: NDArray;
  let scl: NDArray;
  if (weights == null) {
    avg = asArray(mean(arr, axes, null, null, keep) as ArrayLike);
    const dt = arr._dt.kind === "f" || arr._dt.kind === "c" ? arr._dt : FLOAT64;
    if (avg._dt !== dt) avg = avg.astype(dt); // a JS scalar comes back as float64
    if (avg.size === 0) throw new ZeroDivisionError("division by zero");
    scl = scalarArray(arr.size / avg.size, dt);
  } else {
    const res = withTemps((temp) => {
      const w = averageWeights(weights, arr, axes);
      const dt = arr._dt.kind === "b" || arr._dt.kind === "i" || arr._dt.kind === "u" ? resultType([arr._dt, w._dt, FLOAT64]) : resultType([arr._dt, w._dt]);
      const s = reduce(UFUNCS.add, w, [axes, dt, null, keep], true) as NDArray;
      if (anyTrue(temp(callUfunc(UFUNCS.equal, [s, 0], true) as NDArray))) throw new ZeroDivisionError("Weights sum to zero, can't be normalized");
      const prod = temp(callUfunc(UFUNCS.multiply, [arr, w, { dtype: dt }], true) as NDArray);
      const total = temp(reduce(UFUNCS.add, prod, [axes, null, null, keep], true) as NDArray);
      return [callUfunc(UFUNCS.divide, [total, s], true) as NDArray, s] as const;
    });
    [avg, scl] = res;
  }
  if (!returned) return toScalar(avg);
  if (scl.ndim !== avg.ndim || scl.shape.some((d, k) => d !== avg.shape[k])) scl = broadcast_to(scl, avg.shape).copy();
  return [toScalar(avg), toScalar(scl)];
}

/** Whether any element of a boolean array is true. */
function anyTrue(c: NDArray): boolean {
  return Boolean(reduce(UFUNCS.logical_or, c, [null]));
}

/** bincount's input as NumPy converts it: 1-d, cast to int64 (integers wrap; floats are an error, or deprecated for a list). */
function bincountInput(x: ArrayLike): NDArray {
  const arr = asArray(x);
  if (arr.ndim === 0) throw new ValueError("object of too small depth for desired array");
  if (arr.ndim > 1) throw new ValueError("object too deep for desired array");
  const kind = arr._dt.kind;
  const strict = x instanceof NDArray || ArrayBuffer.isView(x);
  if (kind === "c" || (kind === "f" && (strict || arr.size > 0))) {
    if (strict || kind === "c") throw new NumpyTypeError(`Cannot cast array data from dtype('${arr.dtype}') to dtype('int64') according to the rule 'safe'`);
    warn("Non-integer input passed to bincount. In a future version of NumPy, this will be an error. (Deprecated NumPy 2.1)", "DeprecationWarning");
  }
  return arr._dt === INT64 ? arr : arr.astype(INT64);
}

/** A 1-d float64 view of bincount's weights, checked as NumPy checks them. */
function bincountWeights(weights: ArrayLike, n: number): NDArray {
  const w = asArray(weights);
  if (w._dt.kind === "c") throw new NumpyTypeError(`Cannot cast array data from dtype('${w.dtype}') to dtype('float64') according to the rule 'safe'`);
  if (w.ndim === 0) throw new ValueError("object of too small depth for desired array");
  if (w.ndim > 1) throw new ValueError("object too deep for desired array");
  if (w.size !== n) throw new ValueError("The weights and list don't have the same length.");
  return w.astype(FLOAT64);
}

/**
 * Counts of each non-negative integer in `x` (or the sums of `weights` at them), of length
 * max(max(x) + 1, minlength): int64 counts, float64 weighted sums.
 * @example np.bincount([0, 1, 1, 3, 2, 1, 7]) // array([1, 3, 1, 1, 0, 0, 0, 1])
 */
export function bincount(x: ArrayLike, ...rest: Args<[ArrayLike | null, number], { weights?: ArrayLike | null; minlength?: number }>): NDArray {
  const [weights, minlengthArg] = bindArgs("bincount", ["weights", "minlength"], rest) as [ArrayLike | null | undefined, number | null | undefined];
  if (minlengthArg === null) throw new NumpyTypeError("use 0 instead of None for minlength");
  const minlength = minlengthArg === undefined ? 0 : typeof minlengthArg === "boolean" ? Number(minlengthArg) : minlengthArg;
  if (typeof minlength !== "number" || !Number.isInteger(minlength)) {
    const kind = typeof minlength === "number" ? "float" : typeof minlength === "string" ? "str" : typeof minlength;
    if (typeof minlength !== "bigint") throw new NumpyTypeError(`'${kind}' object cannot be interpreted as an integer`);
  }
  const ints = bincountInput(x);
  const minlen = Number(minlength);
  if (minlen < 0) throw new ValueError("'minlength' must not be negative");
  const n = ints.size;
  if (n === 0) return emptyArray(INT64, [minlen], undefined, true);
  const lo = Number(reduce(UFUNCS.minimum, ints, [null]) as number | bigint);
  if (lo < 0) throw new ValueError("'list' argument must have no negative elements");
  const hi = Number(reduce(UFUNCS.maximum, ints, [null]) as number | bigint);
  const len = Math.max(hi + 1, minlen);
  const w = weights == null ? null : bincountWeights(weights, n);
  const res = emptyArray(FLOAT64, [len], undefined, true);
  // A scatter-add (no ufunc does it): one pass over int32 indices, in the result's float64s.
  const idx = ints.astype(INT32);
  const iv = idx._storage.region.view(INT32) as Int32Array;
  const rv = res._storage.region.view(FLOAT64) as Float64Array;
  const i0 = idx._ptr >> 2;
  const r0 = res._ptr >> 3;
  if (w) {
    const wv = w._storage.region.view(FLOAT64) as Float64Array;
    const w0 = w._ptr >> 3;
    for (let k = 0; k < n; k++) rv[r0 + iv[i0 + k]!]! += wv[w0 + k]!;
  } else {
    for (let k = 0; k < n; k++) rv[r0 + iv[i0 + k]!]!++;
  }
  idx.dispose();
  w?.dispose();
  if (w) return res;
  const counts = res.astype(INT64);
  res.dispose();
  return counts;
}
