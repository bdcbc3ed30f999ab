/**
 * Covariance, correlation and histograms: numpy.cov, numpy.corrcoef (NumPy's algorithm step for
 * step: weighted means from `average`, deviations, one matrix product, the normalisation) and
 * numpy.histogram and numpy.digitize.
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import type { DTypeLike } from "../core/dtype.js";
import { NotImplementedError, NumpyTypeError, RuntimeError, ValueError } from "../core/errors.js";
import { FLOAT32 } from "../core/dtype.js";
import type { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { warn } from "../core/warnings.js";
import { dot } from "../linalg/products.js";
import { conj, divide, equal, greater_equal, less, less_equal, multiply, sqrt, subtract } from "../ufunc/index.js";
import { searchsorted } from "./sorting.js";
import { pyFloatRepr } from "../print/formatters.js";
import { array, asArray } from "./creation.js";
import { result_type } from "./dtypes.js";
import { concatenate, squeeze } from "./manipulation.js";
import { diag } from "./matrices.js";
import { around, clip } from "./math.js";
import { all, any, average, max, min, sum } from "./reductions.js";
import { linspace } from "./ranges.js";

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
  multiply(c, divide(1, fact) as number, { out: c });
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

type HistOpts = { bins?: number | ArrayLike; range?: [number, number] | null; density?: boolean | null; weights?: ArrayLike | null };

/**
 * A histogram, as `numpy.histogram(a, bins=10, range=None, density=None, weights=None)`:
 * [counts, bin_edges]. `bins` is a count of equal-width bins over `range` (default the data's
 * min and max) or the monotonically increasing edges; every bin is half-open but the last;
 * values outside the edges are not counted. NumPy's equal-width fast path is followed step for
 * step (index from the scaled value, then corrected against the edges). The named bin
 * estimators ("auto", "fd", ...) are not supported.
 * @example np.histogram([1, 2, 1], 3)[0].tolist() // [2, 0, 1]
 * np.histogram([1, 2, 1], [0, 1, 2, 3])[0].tolist() // [0, 2, 1]
 */
export function histogram(a: ArrayLike, ...rest: Args<[number | ArrayLike, [number, number] | null, boolean | null, ArrayLike | null], HistOpts>): [NDArray, NDArray] {
  const [binsArg, range, density, weightsArg] = bindArgs("histogram", ["bins", "range", "density", "weights"], rest) as [
    number | ArrayLike | undefined, [number, number] | null | undefined, boolean | null | undefined, ArrayLike | null | undefined,
  ];
  const bins = binsArg ?? 10;
  if (typeof bins === "string") throw new NotImplementedError(`ndts: histogram bins='${bins}' (a bin estimator) is not supported`);
  const arr = asArray(a).ravel();
  if (arr._dt.kind === "c") throw new NumpyTypeError("histogram of complex values is not supported");
  const w = weightsArg == null ? null : asArray(weightsArg).ravel();
  if (w && w.size !== arr.size) throw new ValueError("weights should have the same shape as a.");
  let edges: NDArray;
  let uniform: [number, number, number] | null = null;
  if (typeof bins === "number") {
    if (!Number.isInteger(bins)) throw new NumpyTypeError("`bins` must be an integer, a string, or an array");
    if (bins < 1) throw new ValueError("`bins` must be positive, when an integer");
    let lo: number;
    let hi: number;
    if (range != null) {
      [lo, hi] = range;
      if (lo > hi) throw new ValueError("max must be larger than min in range parameter.");
      if (!(Number.isFinite(lo) && Number.isFinite(hi))) throw new ValueError(`supplied range of [${pyFloatRepr(lo)}, ${pyFloatRepr(hi)}] is not finite`);
    } else if (arr.size === 0) {
      [lo, hi] = [0, 1];
    } else {
      [lo, hi] = [Number(min(arr)), Number(max(arr))];
      if (!(Number.isFinite(lo) && Number.isFinite(hi))) throw new ValueError(`autodetected range of [${pyFloatRepr(lo)}, ${pyFloatRepr(hi)}] is not finite`);
    }
    if (lo === hi) [lo, hi] = [lo - 0.5, hi + 0.5];
    // NumPy's bin_type: the data's float type (float32 stays float32), float64 for integers
    const dt = arr._dt.kind === "f" ? arr._dt.name : "float64";
    edges = linspace(lo, hi, bins + 1, { dtype: dt }) as NDArray;
    uniform = [lo, hi, bins];
  } else {
    edges = asArray(bins);
    if (edges.ndim !== 1) throw new ValueError("`bins` must be 1d, when an array");
    if (edges.size > 1 && any(less(edges.get("1:") as NDArray, edges.get(":-1") as NDArray))) throw new ValueError("`bins` must increase monotonically, when an array");
  }
  const single = edges._dt === FLOAT32;
  const r = single ? Math.fround : (x: number) => x;
  const e = Float64Array.from(edges.astype("float64").tolist() as number[]);
  const nb = e.length - 1;
  // the data in the edges' float type (NumPy's tmp_a.astype(bin_edges.dtype)); integer edges compare as float64
  const xs = arr.astype(single ? "float32" : "float64").tolist() as number[];
  const ws = w ? (w.astype("float64").tolist() as number[]) : null;
  const counts = new Float64Array(Math.max(nb, 0));
  const [lo, hi, n] = uniform ?? [0, 0, 0];
  const denom = r(r(hi) - r(lo));
  // given edges: the bin is the count of edges <= x, less one (searchsorted 'right')
  const right = uniform ? null : (searchsorted(edges.astype("float64"), array(xs, "float64"), "right") as NDArray).tolist() as number[];
  xs.forEach((x, k) => {
    if (!(x >= e[0]! && x <= e[nb]!)) return;
    let i: number;
    if (uniform) {
      i = Math.trunc(r(r(r(x - r(lo)) / denom) * n));
      if (i === n) i--;
      if (x < e[i]!) i--;
      if (x >= e[i + 1]! && i !== n - 1) i++;
    } else {
      // the last edge closes the last bin (zero-width bins before it take nothing)
      i = x === e[nb] ? nb - 1 : right![k]! - 1;
    }
    counts[i] = counts[i]! + (ws ? ws[k]! : 1);
  });
  let hist = ws ? array(Array.from(counts), w!._dt.kind === "f" ? w!._dt.name : "float64") : array(Array.from(counts), "int64");
  if (density) {
    const widths = subtract(edges.get("1:") as NDArray, edges.get(":-1") as NDArray) as NDArray;
    hist = divide(divide(hist, widths), sum(hist) as number) as NDArray;
  }
  return [hist, edges];
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
  if (b.ndim !== 1) throw new ValueError("object too deep for desired array");
  const head = b.get("1:") as NDArray;
  const tail = b.get(":-1") as NDArray;
  const increasing = all(greater_equal(head, tail)) as boolean;
  if (!increasing && !(all(less_equal(head, tail)) as boolean)) throw new ValueError("bins must be monotonically increasing or decreasing");
  const side = right ? "left" : "right";
  if (increasing) return searchsorted(b, xa, side);
  return subtract(b.size, searchsorted(b.get("::-1") as NDArray, xa, side)) as NDArray | number;
}
