/**
 * NaN-aware reductions, as NumPy's lib/_nanfunctions_impl.py builds them on the plain ones:
 * nansum, nanprod, nanmean, nanvar, nanstd, nanmax, nanmin, nanargmax, nanargmin, nancumsum,
 * nancumprod. NaNs are replaced by the operation's neutral value in a copy (integer and bool
 * arrays, which hold no NaN, pass straight to the plain reduction); slices with no non-NaN
 * element give NumPy's RuntimeWarnings and NaN results (nanargmax/nanargmin raise).
 *
 * @example
 * np.nansum([1, NaN, 3]) // 4
 * np.nanmean([[1, NaN], [3, 4]], {axis: 0}) // array([2., 4.])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { INT64, resolveDType, type DTypeLike } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { UFUNCS } from "../ufunc/defs.js";
import { errstate } from "../ufunc/errstate.js";
import { reduce } from "../ufunc/reduce.js";
import { uf } from "../ufunc/ufunc.js";
import { asArray } from "./creation.js";
import { real } from "./math.js";
import { argmax, argmin, cumprod, cumsum, mean, prod, sum, toScalar, variance, type Reduced } from "./reductions.js";
import { warn } from "../core/warnings.js";
import { copyto, where as select } from "./select.js";
import { withTemps } from "./temps.js";

type Axis = number | readonly number[] | null;
type Out = NDArray | null | undefined;
type SumOpts = { axis?: Axis; dtype?: DTypeLike | null; out?: Out; keepdims?: boolean; initial?: Scalar; where?: ArrayLike | boolean };
type MaxOpts = { axis?: Axis; out?: Out; keepdims?: boolean; initial?: Scalar; where?: ArrayLike | boolean };
type MeanOpts = { axis?: Axis; dtype?: DTypeLike | null; out?: Out; keepdims?: boolean; where?: ArrayLike | boolean };
type VarOpts = MeanOpts & { ddof?: number; mean?: ArrayLike; correction?: number };
type ArgOpts = { axis?: number | null; out?: Out; keepdims?: boolean };
type CumOpts = { axis?: number | null; dtype?: DTypeLike | null; out?: Out };

function inexact(a: NDArray): boolean {
  return a._dt.kind === "f" || a._dt.kind === "c";
}

/**
 * NumPy's _replace_nan: for a float or complex array, a copy with the NaNs set to `val` and
 * the NaN mask; any other array comes back as it is, with no mask.
 */
function replaceNan(a: ArrayLike, val: number): [NDArray, NDArray | null] {
  const arr = asArray(a);
  if (!inexact(arr)) return [arr, null];
  const mask = uf("isnan", arr);
  return [select(mask, val, arr), mask];
}

/** f of `a` with its NaNs replaced by `val` (replaceNan); the copy and the mask are released after. */
function withNanReplaced<R>(a: ArrayLike, val: number, f: (arr: NDArray) => R): R {
  return withTemps((temp) => {
    const [arr, mask] = replaceNan(a, val);
    if (mask) {
      temp(arr);
      temp(mask);
    }
    return f(arr);
  });
}

/** Whether any element of `a` is true (the logical_or reduction). */
function anyTrue(a: NDArray): boolean {
  return Boolean(reduce(UFUNCS.logical_or, a, [null]));
}

/** a / b into `out` (a itself by default), NumPy's _divide_by_count: conditions ignored, cast unsafe. */
function divideByCount(a: NDArray, b: unknown, out?: Out): NDArray {
  return errstate({ invalid: "ignore", divide: "ignore" }, () => uf("divide", a, b, { out: out ?? a, casting: "unsafe" }));
}

const SUM = ["axis", "dtype", "out", "keepdims", "initial", "where"];
type SumArgs = [Axis, DTypeLike, Out, boolean, Scalar, ArrayLike];

/**
 * Sum treating NaNs as zero (all-NaN or empty slices sum to 0).
 * @example np.nansum([[1, NaN], [NaN, NaN]], {axis: 1}) // array([1., 0.])
 */
export function nansum(a: ArrayLike, ...rest: Args<[Axis, DTypeLike, NDArray, boolean, Scalar, ArrayLike], SumOpts>): Reduced {
  const args = bindArgs("nansum", SUM, rest) as SumArgs;
  return withNanReplaced(a, 0, (arr) => sum(arr, ...args));
}

/**
 * Product treating NaNs as one.
 * @example np.nanprod([2, NaN, 3]) // 6
 */
export function nanprod(a: ArrayLike, ...rest: Args<[Axis, DTypeLike, NDArray, boolean, Scalar, ArrayLike], SumOpts>): Reduced {
  const args = bindArgs("nanprod", SUM, rest) as SumArgs;
  return withNanReplaced(a, 1, (arr) => prod(arr, ...args));
}

/** NumPy's nanmean/nanvar checks that a float input is not reduced into an integer dtype. */
function checkInexact(dtype: DTypeLike | null | undefined, out: Out): void {
  if (dtype != null && !"fc".includes(resolveDType(dtype).kind)) throw new NumpyTypeError("If a is inexact, then dtype must be inexact");
  if (out && !inexact(out)) throw new NumpyTypeError("If a is inexact, then out must be inexact");
}

/**
 * Mean of the non-NaN elements; a slice with none is NaN and warns "Mean of empty slice".
 * @example np.nanmean([1, NaN, 3]) // 2
 */
export function nanmean(a: ArrayLike, ...rest: Args<[Axis, DTypeLike, NDArray, boolean], MeanOpts>): Reduced {
  const [axis, dtype, out, keepdims, where] = bindArgs("nanmean", ["axis", "dtype", "out", "keepdims"], rest, ["where"]) as [Axis, DTypeLike, Out, boolean, ArrayLike];
  const [arr, mask] = replaceNan(a, 0);
  if (!mask) return mean(arr, axis, dtype, out, keepdims, { where });
  checkInexact(dtype, out);
  const ax = axis ?? null;
  return withTemps((temp) => {
    temp(arr);
    const cnt = temp(reduce(UFUNCS.add, temp(uf("logical_not", temp(mask))), [ax, INT64, null, keepdims, undefined, where], true) as NDArray);
    const tot = reduce(UFUNCS.add, arr, [ax, dtype, out, keepdims, undefined, where], true) as NDArray;
    const avg = divideByCount(tot, cnt, out);
    if (anyTrue(temp(uf("equal", cnt, 0)))) warn("Mean of empty slice");
    return toScalar(avg, out);
  });
}

const VAR = ["axis", "dtype", "out", "ddof", "keepdims"];
type VarArgs = [Axis, DTypeLike, Out, number, boolean, ArrayLike, ArrayLike, number];

/**
 * NumPy's nanvar as an array (or the plain var's result for inputs without NaNs): the mean of
 * the non-NaN elements, their squared deviations summed over count - ddof.
 */
function nanvarArray(a: ArrayLike, args: VarArgs): Reduced {
  const [axis, dtype, out, ddofArg, keepdims, where, meanArg, correction] = args;
  const [arr, mask] = replaceNan(a, 0);
  if (!mask) return variance(arr, axis, dtype, out, ddofArg, keepdims, { where, mean: meanArg, correction });
  checkInexact(dtype, out);
  let ddof = ddofArg ?? 0;
  if (correction !== undefined) {
    if (ddof !== 0) throw new ValueError("ddof and correction can't be provided simultaneously.");
    ddof = correction;
  }
  const ax = axis ?? null;
  return withTemps((temp) => {
    temp(arr);
    let cnt = temp(reduce(UFUNCS.add, temp(uf("logical_not", mask)), [ax, INT64, null, true, undefined, where], true) as NDArray);
    const avg = meanArg !== undefined ? meanArg : divideByCount(temp(reduce(UFUNCS.add, arr, [ax, dtype, null, true, undefined, where], true) as NDArray), cnt);
    // Squared deviations in place in the copy, zero where the NaNs were.
    uf("subtract", arr, avg, { out: arr, casting: "unsafe", where: where ?? true });
    copyto(arr, 0, { where: temp(mask) });
    const complex = arr._dt.kind === "c";
    uf("multiply", arr, complex ? temp(uf("conjugate", arr)) : arr, { out: arr, where: where ?? true });
    const sqr = complex ? (real(arr) as NDArray) : arr;
    const v = reduce(UFUNCS.add, sqr, [ax, dtype, out, keepdims, undefined, where], true) as NDArray;
    if (v.ndim < cnt.ndim) cnt = cnt.reshape(v.shape);
    const dof = temp(uf("subtract", cnt, ddof));
    divideByCount(v, dof);
    const bad = temp(uf("less_equal", dof, 0));
    if (anyTrue(bad)) {
      warn("Degrees of freedom <= 0 for slice.");
      copyto(v, NaN, { where: bad });
    }
    return v;
  });
}

/**
 * Variance of the non-NaN elements (ddof as np.var); a slice with count <= ddof is NaN and
 * warns "Degrees of freedom <= 0 for slice.".
 * @example np.nanvar([1, NaN, 3]) // 1
 */
export function nanvar(a: ArrayLike, ...rest: Args<[Axis, DTypeLike, NDArray, number, boolean], VarOpts>): Reduced {
  const args = bindArgs("nanvar", VAR, rest, ["where", "mean", "correction"]) as VarArgs;
  return toScalar(nanvarArray(a, args), args[2]);
}

/**
 * Standard deviation of the non-NaN elements: sqrt(nanvar).
 * @example np.nanstd([[1, NaN], [3, 4]]) // 1.247219128924647
 */
export function nanstd(a: ArrayLike, ...rest: Args<[Axis, DTypeLike, NDArray, number, boolean], VarOpts>): Reduced {
  const args = bindArgs("nanstd", VAR, rest, ["where", "mean", "correction"]) as VarArgs;
  const v = nanvarArray(a, args);
  if (typeof v === "number") return Math.sqrt(v);
  return toScalar(v instanceof NDArray ? uf("sqrt", v, { out: v }) : uf("sqrt", v), args[2]);
}

/**
 * nanmax/nanmin: for an NDArray NumPy's fast path (the fmax/fmin reduction; an all-NaN slice
 * warns "All-NaN slice encountered"), for other input its slow path (infinities for the NaNs,
 * the max/min reduction, NaN put back where a slice was all NaN, warning "All-NaN axis
 * encountered").
 */
function nanExtreme(name: "max" | "min", a: ArrayLike, args: [Axis, Out, boolean, Scalar, ArrayLike]): Reduced {
  const [axis, out, keepdims, initial, where] = args;
  const ax = axis ?? null;
  if (a instanceof NDArray) {
    const res = reduce(UFUNCS[name === "max" ? "fmax" : "fmin"], a, [ax, null, out, keepdims, initial, where], true) as NDArray;
    if (inexact(res) && withTemps((temp) => anyTrue(temp(uf("isnan", res))))) warn("All-NaN slice encountered");
    return toScalar(res, out);
  }
  return withTemps((temp) => {
    const [arr, mask] = replaceNan(a, name === "max" ? -Infinity : Infinity);
    const res = reduce(UFUNCS[name === "max" ? "maximum" : "minimum"], temp(arr), [ax, null, out, keepdims, initial, where], true) as NDArray;
    if (mask) {
      const all = temp(reduce(UFUNCS.logical_and, temp(mask), [ax, null, null, keepdims, undefined, where], true) as NDArray);
      if (anyTrue(all)) {
        copyto(res, NaN, { casting: "unsafe", where: all });
        warn("All-NaN axis encountered");
      }
    }
    return toScalar(res, out);
  });
}

const MAX = ["axis", "out", "keepdims", "initial", "where"];

/**
 * Maximum ignoring NaNs; an all-NaN slice gives NaN with a RuntimeWarning.
 * @example np.nanmax(np.array([[1, NaN], [NaN, NaN]]), {axis: 1}) // array([ 1., nan]), warns
 */
export function nanmax(a: ArrayLike, ...rest: Args<[Axis, NDArray, boolean, Scalar, ArrayLike], MaxOpts>): Reduced {
  return nanExtreme("max", a, bindArgs("nanmax", MAX, rest) as [Axis, Out, boolean, Scalar, ArrayLike]);
}

/**
 * Minimum ignoring NaNs; an all-NaN slice gives NaN with a RuntimeWarning.
 * @example np.nanmin([3, NaN, 1]) // 1
 */
export function nanmin(a: ArrayLike, ...rest: Args<[Axis, NDArray, boolean, Scalar, ArrayLike], MaxOpts>): Reduced {
  return nanExtreme("min", a, bindArgs("nanmin", MAX, rest) as [Axis, Out, boolean, Scalar, ArrayLike]);
}

/** nanargmax/nanargmin: argmax/argmin with the NaNs as -inf/+inf; an all-NaN slice raises. */
function nanArg(name: "argmax" | "argmin", a: ArrayLike, rest: readonly unknown[]): Reduced {
  const [axis, out, keepdims] = bindArgs(`nan${name}`, ["axis", "out"], rest, ["keepdims"]) as [number | null, Out, boolean];
  return withTemps((temp) => {
    const [arr, mask] = replaceNan(a, name === "argmax" ? -Infinity : Infinity);
    if (mask) {
      temp(arr);
      if (mask.size && anyTrue(temp(reduce(UFUNCS.logical_and, temp(mask), [axis ?? null], true) as NDArray))) {
        throw new ValueError("All-NaN slice encountered");
      }
    }
    return (name === "argmax" ? argmax : argmin)(arr, axis, out, { keepdims });
  });
}

/**
 * Index of the maximum ignoring NaNs; an all-NaN slice is a ValueError.
 * @example np.nanargmax([1, NaN, 3]) // 2
 */
export function nanargmax(a: ArrayLike, ...rest: Args<[number, NDArray], ArgOpts>): Reduced {
  return nanArg("argmax", a, rest);
}

/**
 * Index of the minimum ignoring NaNs; an all-NaN slice is a ValueError.
 * @example np.nanargmin([[NaN, 4], [2, 3]], {axis: 1}) // array([1, 0])
 */
export function nanargmin(a: ArrayLike, ...rest: Args<[number, NDArray], ArgOpts>): Reduced {
  return nanArg("argmin", a, rest);
}

/**
 * Cumulative sum treating NaNs as zero (flattened when no axis is given).
 * @example np.nancumsum([1, NaN, 3]) // array([1., 1., 4.])
 */
export function nancumsum(a: ArrayLike, ...rest: Args<[number, DTypeLike, NDArray], CumOpts>): NDArray {
  const [axis, dtype, out] = bindArgs("nancumsum", ["axis", "dtype", "out"], rest) as [number | null, DTypeLike, Out];
  return withNanReplaced(a, 0, (arr) => cumsum(arr, axis, dtype, out));
}

/**
 * Cumulative product treating NaNs as one (flattened when no axis is given).
 * @example np.nancumprod([2, NaN, 3]) // array([2., 2., 6.])
 */
export function nancumprod(a: ArrayLike, ...rest: Args<[number, DTypeLike, NDArray], CumOpts>): NDArray {
  const [axis, dtype, out] = bindArgs("nancumprod", ["axis", "dtype", "out"], rest) as [number | null, DTypeLike, Out];
  return withNanReplaced(a, 1, (arr) => cumprod(arr, axis, dtype, out));
}
