/**
 * Covariance, correlation and binning: numpy.cov, numpy.corrcoef (NumPy's algorithm step for
 * step: weighted means from `average`, deviations, one matrix product, the normalisation) and
 * numpy.digitize (numpy.histogram is in histograms.ts).
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import type { DTypeLike } from "../core/dtype.js";
import { NumpyTypeError, RuntimeError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { warn } from "../core/warnings.js";
import { dot } from "../linalg/products.js";
import { conj, divide, equal, less, multiply, sqrt, subtract } from "../ufunc/index.js";
import { searchsorted } from "./sorting.js";
import { array, asArray } from "./creation.js";
import { result_type } from "./dtypes.js";
import { concatenate } from "./joining.js";
import { squeeze } from "./manipulation.js";
import { diag } from "./matrices.js";
import { around, clip } from "./math.js";
import { all, any, average, sum } from "./reductions.js";

type CovOpts = {
  y?: ArrayLike | null;
  rowvar?: boolean;
  bias?: boolean;
  ddof?: number | null;
  fweights?: ArrayLike | null;
  aweights?: ArrayLike | null;
  dtype?: DTypeLike | null;
};

/** A 1-d float64 weight array checked as NumPy's cov checks fweights and aweights. */
function weights(w: ArrayLike, kind: "fweights" | "aweights", samples: number): NDArray {
  const a = asArray(w).astype("float64");
  if (kind === "fweights" && !all(equal(a, around(a)))) throw new NumpyTypeError("fweights must be integer");
  if (a.ndim > 1) throw new RuntimeError(`cannot handle multidimensional ${kind}`);
  if (a.shape[0] !== samples) throw new RuntimeError(`incompatible numbers of samples and ${kind}`);
  if (any(less(a, 0))) throw new ValueError(`${kind} cannot be negative`);
  return a;
}

/**
 * Estimates a covariance matrix, as `numpy.cov(m, y=None, rowvar=True, bias=False, ddof=None,
 * fweights=None, aweights=None, *, dtype=None)`: each row of `m` is a variable (each column
 * with `rowvar: false`), normalised by N - 1 (N with `bias`, N - ddof with `ddof`), with
 * frequency and/or analytic weights. One variable gives a 0-d array.
 * @example
 * np.cov([[0, 1, 2], [2, 1, 0]]).tolist() // [[1, -1], [-1, 1]]
 * np.cov([-2.1, -1, 4.3], [3, 1.1, 0.12]).tolist() // [[11.71, -4.286], [-4.286, 2.144133...]]
 */
export function cov(m: ArrayLike, ...rest: Args<[ArrayLike | null, boolean, boolean, number | null, ArrayLike | null, ArrayLike | null], CovOpts>): NDArray {
  const [yArg, rowvarArg, bias, ddofArg, fweights, aweights, dtype] = bindArgs(
    "cov", ["y", "rowvar", "bias", "ddof", "fweights", "aweights"], rest, ["dtype"],
  ) as [ArrayLike | null | undefined, boolean | undefined, boolean | undefined, number | null | undefined, ArrayLike | null | undefined, ArrayLike | null | undefined, DTypeLike | null | undefined];
  const rowvar = rowvarArg ?? true;
  if (ddofArg != null && ddofArg !== Math.trunc(ddofArg)) throw new ValueError("ddof must be integer");
  const ma = asArray(m);
  if (ma.ndim > 2) throw new ValueError("m has more than 2 dimensions");
  const ya = yArg == null ? null : asArray(yArg);
  if (ya && ya.ndim > 2) throw new ValueError("y has more than 2 dimensions");
  const dt = dtype ?? (ya ? result_type(ma, ya, "float64") : result_type(ma, "float64"));
  let X = array(ma, dt, { ndmin: 2 });
  if (!rowvar && ma.ndim !== 1) X = X.T;
  if (X.shape[0] === 0) return array([]).reshape([0, 0]);
  if (ya) {
    let y2 = array(ya, dt, { ndmin: 2, copy: null });
    if (!rowvar && y2.shape[0] !== 1) y2 = y2.T;
    X = concatenate([X, y2], 0);
  }
  const ddof = ddofArg ?? (bias ? 0 : 1);
  const samples = X.shape[1]!;
  const fw = fweights == null ? null : weights(fweights, "fweights", samples);
  const aw = aweights == null ? null : weights(aweights, "aweights", samples);
  const w = fw && aw ? (multiply(fw, aw) as NDArray) : (fw ?? aw);
  const [avg, wsum] = average(X, 1, w, true) as [NDArray, NDArray];
  const wSum = wsum.get(0) as number;
  let fact = w === null ? samples - ddof : ddof === 0 ? wSum : aw === null ? wSum - ddof : wSum - (ddof * (sum(multiply(w, aw)) as number)) / wSum;
  if (fact <= 0) {
    warn("Degrees of freedom <= 0 for slice");
    fact = 0;
  }
  // X is a fresh array (array() copies): deviations in place, as NumPy's `X -= avg[:, None]`.
  subtract(X, avg.reshape([-1, 1]), { out: X });
  const XT = (w === null ? X : (multiply(X, w) as NDArray)).T;
  const c = dot(X, conj(XT) as NDArray) as NDArray;
  // NumPy's `c *= np.true_divide(1, fact)`: a float64 scalar, not a weak one, so a float32 c is
  // scaled in float64 and rounded once.
  multiply(c, array(divide(1, fact) as number, "float64"), { out: c, casting: "same_kind" });
  return squeeze(c);
}

type CorrOpts = { y?: ArrayLike | null; rowvar?: boolean; dtype?: DTypeLike | null };

/**
 * Pearson correlation coefficients, as `numpy.corrcoef(x, y=None, rowvar=True, *, dtype=None)`:
 * cov(x, y) divided by the outer product of the standard deviations, real (and imaginary) parts
 * clipped to [-1, 1]; a single variable gives a scalar (1, or nan for a zero variance).
 * @example np.corrcoef([[0, 1, 2], [2, 1, 0]]).tolist() // [[1, -1], [-1, 1]]
 */
export function corrcoef(x: ArrayLike, ...rest: Args<[ArrayLike | null, boolean], CorrOpts>): NDArray | Scalar {
  const [y, rowvar, dtype] = bindArgs("corrcoef", ["y", "rowvar"], rest, ["dtype"]) as [ArrayLike | null | undefined, boolean | undefined, DTypeLike | null | undefined];
  const c = cov(x, y ?? null, rowvar ?? true, { dtype: dtype ?? null });
  // A single variable: nan for an incorrect variance (nan, inf, 0), 1 otherwise (a scalar, as
  // NumPy's c / c of a 0-d array).
  if (c.ndim !== 2) return divide(c, c) as Scalar;
  const d = diag(c);
  const complex = c.dtype.startsWith("complex");
  const stddev = sqrt(complex ? (d.real as NDArray) : d) as NDArray;
  divide(c, stddev.reshape([-1, 1]), { out: c });
  divide(c, stddev.reshape([1, -1]), { out: c });
  if (!complex) return clip(c, -1, 1, { out: c }) as NDArray;
  clip(c.real as NDArray, -1, 1, { out: c.real as NDArray });
  clip(c.imag as NDArray, -1, 1, { out: c.imag as NDArray });
  return c;
}

/**
 * NumPy's check_array_monotonic (numpy/_core/src/multiarray/compiled_base.c): 1 for
 * non-decreasing (or constant, or empty) bins, -1 for non-increasing, 0 otherwise. Repeated
 * leading values are skipped and the direction is set by the first change (`last < next`), so
 * NaNs, which compare false, pass as NumPy lets them.
 */
function monotonicity(a: number[]): -1 | 0 | 1 {
  const n = a.length;
  if (n === 0) return 1;
  let last = a[0]!;
  let i = 1;
  while (i < n && a[i] === last) i++;
  if (i === n) return 1;
  let next = a[i]!;
  const up = last < next;
  for (i += 1; i < n; i++) {
    last = next;
    next = a[i]!;
    if (up ? last > next : last < next) return 0;
  }
  return up ? 1 : -1;
}

/**
 * The bin of each value, as `numpy.digitize(x, bins, right=False)`: for increasing bins i such
 * that bins[i-1] <= x < bins[i] (bins[i-1] < x <= bins[i] with `right`), mirrored for
 * decreasing bins; 0 and len(bins) beyond the ends.
 * @example np.digitize([0.2, 6.4, 3.0, 1.6], [0, 1, 2.5, 4, 10]).tolist() // [1, 4, 3, 2]
 */
export function digitize(x: ArrayLike, bins: ArrayLike, ...rest: Args<[boolean], { right?: boolean }>): NDArray | number {
  const [right] = bindArgs("digitize", ["right"], rest) as [boolean | undefined];
  const xa = asArray(x);
  if (xa._dt.kind === "c") throw new NumpyTypeError("x may not be complex");
  const b = asArray(bins);
  if (b.ndim !== 1) throw new ValueError(b.ndim === 0 ? "object of too small depth for desired array" : "object too deep for desired array");
  const mono = monotonicity(b.astype("float64").tolist() as number[]);
  if (mono === 0) throw new ValueError("bins must be monotonically increasing or decreasing");
  const side = right ? "left" : "right";
  if (mono === 1) return searchsorted(b, xa, side);
  return subtract(b.size, searchsorted(b.get("::-1") as NDArray, xa, side)) as NDArray | number;
}
