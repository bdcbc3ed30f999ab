/**
 * np.unwrap, np.i0 and the window functions (hanning, hamming, blackman, bartlett, kaiser), from
 * NumPy's numpy/lib/_function_base_impl.py, computed with NumPy's steps and operation order (so
 * dtypes follow NumPy 2's promotion and values match to the last bit).
 *
 * @example
 * np.unwrap([0, 3.5, 7])   // array([ 0.        , -2.78318531, -5.56637061])
 * np.i0([0, 1])            // array([1.        , 1.26606588])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { resolveDType } from "../core/dtype.js";
import { NumpyTypeError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { normalizeAxis } from "../core/shape.js";
import { absolute, add, cos, divide, equal, exp, greater, less, less_equal, logical_and, multiply, power, remainder, sqrt, subtract } from "../ufunc/index.js";
import { array, asanyarray, asArray, ones, zeros } from "./creation.js";
import { arange } from "./ranges.js";
import { result_type } from "./dtypes.js";
import { diff } from "./math.js";
import { cumsum } from "./reductions.js";
import { where } from "./select.js";
import { piecewise } from "./selection_extras.js";

type UnwrapOpts = { discont?: number | null; axis?: number; period?: number };

/**
 * Unwraps a phase: where consecutive values along `axis` jump by more than `discont` (default
 * period / 2), adds multiples of `period` (default 2 pi) to undo the jump, as
 * `np.unwrap(p, discont=None, axis=-1, *, period=2*pi)`. Integer input with an integer period
 * stays integer.
 * @example np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], {period: 4}) // array([2, 3, 4, 5, 6, 7, 8, 9])
 */
export function unwrap(p: ArrayLike, ...rest: Args<[number | null, number], UnwrapOpts>): NDArray {
  const [discontArg, axisArg, periodArg] = bindArgs("unwrap", ["discont", "axis"], rest, ["period"]) as [number | null | undefined, number | undefined, number | undefined];
  const arr = asArray(p);
  const period = periodArg ?? 2 * Math.PI;
  const dd = diff(arr, { axis: axisArg ?? -1 }) as NDArray;
  const axis = normalizeAxis(axisArg ?? -1, arr.ndim);
  const discont = discontArg ?? period / 2;
  const dtype = result_type(dd, period);
  let high: number;
  let ambiguous: boolean;
  if ("iu".includes(resolveDType(dtype).kind)) {
    // Python's divmod(period, 2) on an integral period.
    high = Math.floor(period / 2);
    ambiguous = period - 2 * high === 0;
  } else {
    high = period / 2;
    ambiguous = true;
  }
  const low = -high;
  let ddmod = add(remainder(subtract(dd, low), period), low) as NDArray;
  if (ambiguous) {
    // Jumps of exactly period / 2 keep their sign (mod made them all -period / 2).
    ddmod = where(logical_and(equal(ddmod, low), greater(dd, 0)), high, ddmod).astype(ddmod.dtype, { copy: false });
  }
  let correct = subtract(ddmod, dd) as NDArray;
  correct = where(less(absolute(dd), discont), 0, correct).astype(correct.dtype, { copy: false });
  const up = array(arr, { dtype, copy: true });
  const tail = arr.shape.map((_, i) => (i === axis ? "1:" : ":"));
  up.set(...tail, add(arr.get(...tail), cumsum(correct, axis)));
  return up;
}

// Cephes' Chebyshev coefficients for I0 on [0, 8] (A) and (8, inf) (B), as in NumPy.
const I0A = [
  -4.4153416464793393795e-18, 3.33079451882223809783e-17, -2.43127984654795469359e-16, 1.71539128555513303061e-15, -1.16853328779934516808e-14,
  7.67618549860493561688e-14, -4.8564467831119294609e-13, 2.95505266312963983461e-12, -1.72682629144155570723e-11, 9.67580903537323691224e-11,
  -5.18979560163526290666e-10, 2.65982372468238665035e-9, -1.30002500998624804212e-8, 6.04699502254191894932e-8, -2.67079385394061173391e-7,
  1.11738753912010371815e-6, -4.41673835845875056359e-6, 1.64484480707288970893e-5, -5.75419501008210370398e-5, 1.88502885095841655729e-4,
  -5.76375574538582365885e-4, 1.63947561694133579842e-3, -4.3243099950505759443e-3, 1.05464603945949983183e-2, -2.37374148058994688156e-2,
  4.93052842396707084878e-2, -9.4901097048047644421e-2, 1.71620901522208775349e-1, -3.04682672343198398683e-1, 6.76795274409476084995e-1,
];
const I0B = [
  -7.23318048787475395456e-18, -4.83050448594418207126e-18, 4.46562142029675999901e-17, 3.4612228676974610931e-17, -2.82762398051658348494e-16,
  -3.42548561967721913462e-16, 1.7725601330565263836e-15, 3.81168066935262242075e-15, -9.5548466988283076487e-15, -4.15056934728722208663e-14,
  1.54008621752140982691e-14, 3.85277838274214270114e-13, 7.18012445138366623367e-13, -1.79417853150680611778e-12, -1.32158118404477131188e-11,
  -3.14991652796324136454e-11, 1.18891471078464383424e-11, 4.9406023882249695891e-10, 3.39623202570838634515e-9, 2.26666899049817806459e-8,
  2.04891858946906374183e-7, 2.89137052083475648297e-6, 6.88975834691682398426e-5, 3.3691164782556940899e-3, 8.04490411014108831608e-1,
];

/** NumPy's _chbevl: the Chebyshev series `vals` at x, by Clenshaw's recurrence. */
function chbevl(x: NDArray, vals: readonly number[]): NDArray {
  let b0: NDArray | number = vals[0]!;
  let b1: NDArray | number = 0;
  let b2: NDArray | number = 0;
  for (let i = 1; i < vals.length; i++) {
    b2 = b1;
    b1 = b0;
    b0 = add(subtract(multiply(x, b1), b2), vals[i]!) as NDArray;
  }
  return multiply(0.5, subtract(b0, b2)) as NDArray;
}

/**
 * The modified Bessel function of the first kind, order 0, as `np.i0(x)` (Cephes' Chebyshev
 * expansions, as NumPy; integers are computed in float64, complex input is a TypeError). Always
 * returns an array, a 0-d one for a scalar, as NumPy.
 * @example np.i0([0, 1, 2, 3]) // array([1.        , 1.26606588, 2.2795853 , 4.88079259])
 */
export function i0(x: ArrayLike): NDArray {
  let a = asanyarray(x);
  if (a._dt.kind === "c") throw new NumpyTypeError("i0 not supported for complex values");
  if (a._dt.kind !== "f") a = a.astype("float64");
  // (A 0-d |x| comes back as a JS scalar: keep x's float dtype.)
  const dt = a.dtype;
  a = asArray(absolute(a) as NDArray);
  if (a.dtype !== dt) a = a.astype(dt);
  const small = (v: NDArray) => multiply(exp(v), chbevl(subtract(divide(v, 2), 2) as NDArray, I0A)) as NDArray;
  const large = (v: NDArray) => divide(multiply(exp(v), chbevl(subtract(divide(32, v), 2) as NDArray, I0B)), sqrt(v)) as NDArray;
  return piecewise(a, [less_equal(a, 8) as NDArray], [small, large]);
}

/** NumPy's window prologue: M as a float; [] for M < 1, [1.] for M == 1, else arange(1-M, M, 2). */
function windowPoints(M: number): NDArray | { done: NDArray } {
  if (typeof M !== "number") throw new NumpyTypeError(`window length must be a number, not ${typeof M}`);
  if (M < 1) return { done: zeros(0) };
  if (M === 1) return { done: ones(1) };
  return arange(1 - M, M, 2, "float64");
}

/** One cosine window: c0 + c1 * cos(pi * n / (M - 1)) (+ c2 * cos(2 pi * n / (M - 1))), in NumPy's operation order. */
function cosineWindow(M: number, c0: number, c1: number, c2?: number): NDArray {
  const n = windowPoints(M);
  if (!(n instanceof NDArray)) return n.done;
  let w = add(c0, multiply(c1, cos(divide(multiply(Math.PI, n), M - 1)))) as NDArray;
  if (c2 !== undefined) w = add(w, multiply(c2, cos(divide(multiply(2.0 * Math.PI, n), M - 1)))) as NDArray;
  return w;
}

/**
 * The Hanning window of M points, as `np.hanning(M)`: 0.5 + 0.5 cos(pi n / (M - 1)).
 * @example np.hanning(5) // array([0. , 0.5, 1. , 0.5, 0. ])
 */
export function hanning(M: number): NDArray {
  return cosineWindow(M, 0.5, 0.5);
}

/**
 * The Hamming window of M points, as `np.hamming(M)`: 0.54 + 0.46 cos(pi n / (M - 1)).
 * @example np.hamming(3) // array([0.08, 1.  , 0.08])
 */
export function hamming(M: number): NDArray {
  return cosineWindow(M, 0.54, 0.46);
}

/**
 * The Blackman window of M points, as `np.blackman(M)`:
 * 0.42 + 0.5 cos(pi n / (M - 1)) + 0.08 cos(2 pi n / (M - 1)).
 * @example np.blackman(3) // array([-1.38777878e-17,  1.00000000e+00, -1.38777878e-17])
 */
export function blackman(M: number): NDArray {
  return cosineWindow(M, 0.42, 0.5, 0.08);
}

/**
 * The Bartlett (triangular) window of M points, as `np.bartlett(M)`.
 * @example np.bartlett(5) // array([0. , 0.5, 1. , 0.5, 0. ])
 */
export function bartlett(M: number): NDArray {
  const n = windowPoints(M);
  if (!(n instanceof NDArray)) return n.done;
  const r = divide(n, M - 1) as NDArray;
  return where(less_equal(n, 0), add(1, r), subtract(1, r));
}

/**
 * The Kaiser window of M points and shape `beta`, as `np.kaiser(M, beta)`:
 * i0(beta sqrt(1 - ((n - alpha) / alpha)^2)) / i0(beta), alpha = (M - 1) / 2.
 * @example np.kaiser(3, 5) // array([0.03671089, 1.        , 0.03671089])
 */
export function kaiser(M: number, beta: number): NDArray {
  if (typeof M !== "number" || typeof beta !== "number") throw new NumpyTypeError("kaiser() takes a number of points and a number beta");
  if (M === 1) return ones(1);
  const n = arange(0, M, 1, "float64");
  const alpha = (M - 1) / 2.0;
  const t = power(divide(subtract(n, alpha), alpha), 2.0);
  return divide(i0(multiply(beta, sqrt(subtract(1, t)))), i0(beta)) as NDArray;
}
