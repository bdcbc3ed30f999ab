/**
 * np.i0 and np.unwrap, as numpy/lib/_function_base_impl.py computes them (the same ufunc calls
 * in the same order, so float32 stays float32 and the results match NumPy's).
 *
 * @example
 * np.i0([0, 1]) // array([1.        , 1.26606588])
 * np.unwrap([0, 3, 6.5]) // array([ 0.        ,  3.        ,  0.21681469])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { normalizeAxis } from "../core/shape.js";
import { uf } from "../ufunc/ufunc.js";
import { array, asanyarray } from "./creation.js";
import { result_type } from "./dtypes.js";
import { diff } from "./math.js";
import { cumsum } from "./reductions.js";
import { copyto } from "./select.js";
import { piecewise } from "./selection_extras.js";

/** Chebyshev coefficients of exp(-x) I0(x) on [0, 8] (Cephes, as NumPy's _i0A). */
const I0A = [
  -4.4153416464793395e-18, 3.3307945188222384e-17, -2.431279846547955e-16, 1.715391285555133e-15, -1.1685332877993451e-14, 7.676185498604936e-14,
  -4.856446783111929e-13, 2.95505266312964e-12, -1.726826291441556e-11, 9.675809035373237e-11, -5.189795601635263e-10, 2.6598237246823866e-9,
  -1.300025009986248e-8, 6.046995022541919e-8, -2.670793853940612e-7, 1.1173875391201037e-6, -4.4167383584587505e-6, 1.6448448070728896e-5,
  -5.754195010082104e-5, 1.8850288509584165e-4, -5.763755745385824e-4, 1.6394756169413357e-3, -4.324309995050576e-3, 1.0546460394594998e-2,
  -2.373741480589947e-2, 4.930528423967071e-2, -9.490109704804764e-2, 1.7162090152220877e-1, -3.046826723431984e-1, 6.767952744094761e-1,
];

/** Chebyshev coefficients of exp(-x) sqrt(x) I0(x) on [8, inf] (Cephes, as NumPy's _i0B). */
const I0B = [
  -7.233180487874754e-18, -4.830504485944182e-18, 4.46562142029676e-17, 3.461222867697461e-17, -2.8276239805165836e-16, -3.425485619677219e-16,
  1.7725601330565263e-15, 3.8116806693526224e-15, -9.554846698828307e-15, -4.150569347287222e-14, 1.54008621752141e-14, 3.8527783827421426e-13,
  7.180124451383666e-13, -1.7941785315068062e-12, -1.3215811840447713e-11, -3.1499165279632416e-11, 1.1889147107846439e-11, 4.94060238822497e-10,
  3.3962320257083865e-9, 2.266668990498178e-8, 2.0489185894690638e-7, 2.8913705208347567e-6, 6.889758346916825e-5, 3.3691164782556943e-3,
  8.044904110141088e-1,
];

/** NumPy's _chbevl: the Chebyshev series `vals` at x, by Clenshaw's recurrence. */
function chbevl(x: NDArray, vals: readonly number[]): NDArray {
  let b0: NDArray | number = vals[0]!;
  let b1: NDArray | number = 0;
  let b2: NDArray | number = 0;
  for (let i = 1; i < vals.length; i++) {
    b2 = b1;
    b1 = b0;
    b0 = uf("add", uf("subtract", uf("multiply", x, b1), b2), vals[i]!);
  }
  return uf("multiply", 0.5, uf("subtract", b0, b2));
}

/**
 * The modified Bessel function of the first kind, order 0, as `np.i0(x)`: float64 for integer
 * input (float32 stays float32), always an array (a 0-d one for a scalar), as NumPy's piecewise.
 * @example np.i0([0, 1, 2]) // array([1.        , 1.26606588, 2.2795853 ])
 */
export function i0(x: ArrayLike): NDArray {
  let a = asanyarray(x);
  if (a._dt.kind === "c") throw new NumpyTypeError("i0 not supported for complex values");
  if (a._dt.kind !== "f") a = a.astype("float64");
  a = uf("absolute", a);
  const small = (t: NDArray): NDArray => uf("multiply", uf("exp", t), chbevl(uf("subtract", uf("divide", t, 2), 2), I0A));
  const large = (t: NDArray): NDArray => uf("divide", uf("multiply", uf("exp", t), chbevl(uf("subtract", uf("divide", 32, t), 2), I0B)), uf("sqrt", t));
  return piecewise(a, [uf("less_equal", a, 8)], [small, large]);
}

type UnwrapOpts = { discont?: number | null; axis?: number; period?: number };

/**
 * Unwraps phase angles, as `np.unwrap(p, discont=None, axis=-1, *, period=2*pi)`: jumps larger
 * than `discont` (default period / 2) between neighbours along `axis` are changed to their
 * period complement. An integer p with an integral period stays integer, as in NumPy.
 * @example np.unwrap([0, 0.78, 5.49, 6.28]) // array([ 0.        ,  0.78      , -0.79318531, -0.00318531])
 * np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], {period: 4}) // array([ 2,  3,  4,  5,  6,  7,  8,  9])
 */
export function unwrap(p: ArrayLike, ...rest: Args<[number | null, number], UnwrapOpts>): NDArray {
  const [discontArg, axisArg, periodArg] = bindArgs("unwrap", ["discont", "axis"], rest, ["period"]) as [number | null | undefined, number | undefined, number | undefined];
  const pa = asanyarray(p);
  const nd = pa.ndim;
  const axis = axisArg ?? -1;
  const period = periodArg ?? 2 * Math.PI;
  const dd = diff(pa, { axis });
  const discont = discontArg ?? period / 2;
  const dtype = result_type(dd, period);
  const integer = dtype.startsWith("int") || dtype.startsWith("uint");
  // Python's divmod(period, 2) for an integer period; period / 2 otherwise
  const high = integer ? Math.floor(period / 2) : period / 2;
  const ambiguous = integer ? period - 2 * high === 0 : true;
  const low = -high;
  const ddmod = uf("add", uf("remainder", uf("subtract", dd, low), period), low);
  // a jump of exactly period / 2 keeps its sign
  if (ambiguous) copyto(ddmod, high, { where: uf("logical_and", uf("equal", ddmod, low), uf("greater", dd, 0)) });
  const correct = uf("subtract", ddmod, dd);
  copyto(correct, 0, { where: uf("less", uf("absolute", dd), discont) });
  const up = array(pa, dtype, { copy: true });
  const tail: string[] = Array.from({ length: nd }, () => ":");
  tail[normalizeAxis(axis, nd)] = "1:";
  up.set(...tail, uf("add", pa.get(...tail) as NDArray, cumsum(correct, axis)));
  return up;
}
