/**
 * Order statistics that ignore NaNs: numpy.nanmedian, numpy.nanquantile and
 * numpy.nanpercentile, on quantiles.ts's machinery (the lanes sorted by np.sort, NaN last, and
 * each lane's quantile taken over its leading non-NaN values). An all-NaN lane gives NaN with
 * NumPy's "All-NaN slice encountered" RuntimeWarning.
 *
 * @example
 * np.nanmedian([1, NaN, 3, 2]) // 2
 * np.nanquantile([[1, NaN, 3], [4, 5, 6]], 0.5, 1) // array([2., 5.])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import type { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { medianOf, quantileOf, type MedianOpts, type QOpts } from "./quantiles.js";

type Axes = number | readonly number[] | null;
type Reduced = NDArray | Scalar;
type NanQOpts = Omit<QOpts, "interpolation">;

function nanqArgs(name: string, rest: unknown[]): [Axes, NDArray | null | undefined, string, boolean, ArrayLike | null] {
  const [axis, out, , method, keepdims, weights] = bindArgs(name, ["axis", "out", "overwrite_input", "method", "keepdims"], rest, ["weights"]) as [
    Axes | undefined, NDArray | null | undefined, boolean | undefined, string | undefined, boolean | undefined, ArrayLike | null | undefined,
  ];
  return [axis ?? null, out, method ?? "linear", keepdims ?? false, weights ?? null];
}

/**
 * The q-th quantiles (q in [0, 1]) ignoring NaNs, as `numpy.nanquantile(a, q, axis=None,
 * out=None, overwrite_input=False, method='linear', keepdims=<no value>, *, weights=None)`:
 * np.quantile over each lane's non-NaN values, with any of NumPy's 13 methods; NaN for an
 * all-NaN lane. `weights` as NumPy's (method 'inverted_cdf' only).
 * @example np.nanquantile([1, NaN, 3], 0.5) // 2
 * np.nanquantile([[1, NaN, 3], [NaN, NaN, NaN]], [0.2, 0.7], 1) // array([[1.4, nan], [2.4, nan]]) (warns)
 */
export function nanquantile(a: ArrayLike, q: ArrayLike, ...rest: Args<[Axes, NDArray | null, boolean, string, boolean], NanQOpts>): Reduced {
  const [axis, out, method, keepdims, weights] = nanqArgs("nanquantile", rest);
  return quantileOf(a, q, axis, out, method, keepdims, 1, true, weights);
}

/**
 * The q-th percentiles (q in [0, 100]) ignoring NaNs, as `numpy.nanpercentile(a, q, axis=None,
 * out=None, overwrite_input=False, method='linear', keepdims=<no value>, *, weights=None)`.
 * @example np.nanpercentile([1, NaN, 2, 5], 30, {method: "lower"}) // 1
 */
export function nanpercentile(a: ArrayLike, q: ArrayLike, ...rest: Args<[Axes, NDArray | null, boolean, string, boolean], NanQOpts>): Reduced {
  const [axis, out, method, keepdims, weights] = nanqArgs("nanpercentile", rest);
  return quantileOf(a, q, axis, out, method, keepdims, 100, true, weights);
}

/**
 * The median ignoring NaNs, as `numpy.nanmedian(a, axis=None, out=None, overwrite_input=False,
 * keepdims=<no value>)`: float64 (float32 for float32 input); NaN for an all-NaN lane.
 * @example np.nanmedian([[1, NaN], [2, 3]], 0) // array([1.5, 3. ])
 */
export function nanmedian(a: ArrayLike, ...rest: Args<[Axes, NDArray | null, boolean, boolean], MedianOpts>): Reduced {
  const [axis, out, , keepdims] = bindArgs("nanmedian", ["axis", "out", "overwrite_input", "keepdims"], rest) as [Axes | undefined, NDArray | null | undefined, boolean | undefined, boolean | undefined];
  return medianOf(a, axis ?? null, out, keepdims ?? false, true);
}
