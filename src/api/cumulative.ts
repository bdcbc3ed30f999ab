/**
 * NumPy 2's array-API cumulative reductions: numpy.cumulative_sum and numpy.cumulative_prod,
 * np.cumsum / np.cumprod with a required axis for N-d input and an optional leading identity
 * (`include_initial`).
 *
 * @example
 * np.cumulative_sum([1, 2, 3], {include_initial: true}) // array([0, 1, 3, 6])
 */
import { bindArgs, isOptions, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import type { DTypeLike } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { normalizeAxis } from "../core/shape.js";
import { asArray, full } from "./creation.js";
import { concatenate } from "./joining.js";
import { cumprod, cumsum } from "./reductions.js";

type CumulativeOpts = { axis?: number | null; dtype?: DTypeLike | null; out?: NDArray | null; include_initial?: boolean };
const KEYWORDS = ["axis", "dtype", "out", "include_initial"] as const;

/** NumPy's _cumulative_func: accumulate along the axis, the identity in front with include_initial. */
function cumulativeOf(name: string, x: ArrayLike, rest: unknown[]): NDArray {
  const positional = rest.filter((r) => !isOptions(r)).length;
  if (positional > 0) throw new NumpyTypeError(`${name}() takes 1 positional argument but ${positional + 1} were given`);
  const [axisArg, dtype, out, includeInitial] = bindArgs(name, [], rest, KEYWORDS) as [number | null | undefined, DTypeLike | null | undefined, NDArray | null | undefined, unknown];
  const fn = name === "cumulative_sum" ? cumsum : cumprod;
  const identity = name === "cumulative_sum" ? 0 : 1;
  let arr = asArray(x);
  if (arr.ndim === 0) arr = arr.reshape([1]);
  if (axisArg == null && arr.ndim >= 2) throw new ValueError("For arrays which have more than one dimension ``axis`` argument is required.");
  // NumPy hands the axis tuple to ufunc.accumulate
  if (Array.isArray(axisArg)) throw new ValueError("accumulate does not allow multiple axes");
  const axis = normalizeAxis(axisArg ?? 0, arr.ndim);
  const at = (s: string | number): (string | number)[] => arr.shape.map((_, i) => (i === axis ? s : ":"));
  if (out != null && includeInitial) {
    fn(arr, axis, dtype ?? null, out.get(...at("1:")) as NDArray);
    out.set(...at(0), identity);
    return out;
  }
  const res = fn(arr, axis, dtype ?? null, out ?? null);
  if (!includeInitial) return res;
  const initial = full(arr.shape.map((d, i) => (i === axis ? 1 : d)), identity, res.dtype);
  return concatenate([initial, res], axis);
}

/**
 * The cumulative sum along an axis, as NumPy 2's `numpy.cumulative_sum(x, /, *, axis=None,
 * dtype=None, out=None, include_initial=False)`: `axis` is required for arrays of 2+
 * dimensions; `include_initial` puts the sum of nothing (0) first, so the axis grows by one.
 * The dtype is np.cumsum's (int64 for bool and small signed ints, uint64 for small unsigned).
 * @example np.cumulative_sum([1, 2, 3], {include_initial: true}) // array([0, 1, 3, 6])
 * np.cumulative_sum([[1, 2], [3, 4]], {axis: 0}) // array([[1, 2], [4, 6]])
 */
export function cumulative_sum(x: ArrayLike, ...rest: Args<[], CumulativeOpts>): NDArray {
  return cumulativeOf("cumulative_sum", x, rest);
}

/**
 * The cumulative product along an axis, as NumPy 2's `numpy.cumulative_prod(x, /, *,
 * axis=None, dtype=None, out=None, include_initial=False)`: as cumulative_sum, with 1 as the
 * initial value.
 * @example np.cumulative_prod([1, 2, 3], {include_initial: true}) // array([1, 1, 2, 6])
 */
export function cumulative_prod(x: ArrayLike, ...rest: Args<[], CumulativeOpts>): NDArray {
  return cumulativeOf("cumulative_prod", x, rest);
}
