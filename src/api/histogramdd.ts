/**
 * Multidimensional histograms: numpy.histogramdd and numpy.histogram2d, as NumPy computes them:
 * per dimension the edges (np.linspace over the outer edges, or the given edges), the bin of
 * each sample by searchsorted (samples on the last edge moved into the last bin), one
 * np.bincount over the raveled multi-indices, and the outlier rows and columns dropped.
 *
 * @example
 * np.histogram2d([1, 2, 3], [4, 5, 7], 2)[0] // array([[1., 0.], [1., 1.]])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { divide, equal, greater, subtract } from "../ufunc/index.js";
import { array, asArray } from "./creation.js";
import { outerEdges } from "./histograms.js";
import { ravel_multi_index } from "./indexing.js";
import { atleast_2d } from "./manipulation.js";
import { diff } from "./math.js";
import { linspace } from "./ranges.js";
import { any, bincount, sum } from "./reductions.js";
import { searchsorted } from "./sorting.js";

type Range = readonly [number, number] | null;
type Bins = number | ArrayLike | readonly (number | ArrayLike)[];
type HistddOpts = { bins?: Bins; range?: readonly Range[] | null; density?: boolean | null; weights?: ArrayLike | null };

/** The sample as NumPy reads it: an (N, D) NDArray, or else atleast_2d(sample).T (rows are coordinates). */
function samples(sample: ArrayLike | readonly ArrayLike[]): NDArray {
  if (sample instanceof NDArray && sample.ndim === 2) return sample;
  const s = (atleast_2d(asArray(sample as ArrayLike)) as NDArray).T;
  if (s.ndim !== 2) throw new ValueError("too many values to unpack (expected 2)");
  return s;
}

/** One dimension's edges from its bins entry, checked with NumPy's messages. */
function dimEdges(column: NDArray, bins: unknown, range: Range | undefined, i: number): NDArray {
  const b = typeof bins === "number" || typeof bins === "bigint" || typeof bins === "boolean" ? null : asArray(bins as ArrayLike);
  if (b === null || b.ndim === 0) {
    const v = Number(b === null ? bins : b.item());
    if (v < 1) throw new ValueError(`\`bins[${i}]\` must be positive, when an integer`);
    const outer = outerEdges(column, range);
    if (!Number.isInteger(v)) throw new NumpyTypeError(`\`bins[${i}]\` must be an integer, when a scalar`);
    // np.linspace(smin, smax, n + 1): float32 for a float32 column's own range, else float64
    if (outer.kind === "f32") return linspace(array(outer.first, "float32"), array(outer.last, "float32"), v + 1) as NDArray;
    return linspace(outer.first, outer.last, v + 1) as NDArray;
  }
  if (b.ndim !== 1) throw new ValueError(`\`bins[${i}]\` must be a scalar or 1d array`);
  if (b.size > 1 && any(greater(b.get(":-1") as NDArray, b.get("1:") as NDArray))) {
    throw new ValueError(`\`bins[${i}]\` must be monotonically increasing, when an array`);
  }
  return b;
}

/**
 * A multidimensional histogram, as `numpy.histogramdd(sample, bins=10, range=None,
 * density=None, weights=None)`: [hist, edges] for an (N, D) sample (or a sequence of D 1-d
 * coordinate arrays). `bins` is one count or edge array for every dimension, or one per
 * dimension; `range` one [min, max] (or null) per dimension. The histogram is float64.
 * @example np.histogramdd([[1, 3], [2, 4]], 2)[0] // array([[1., 0.], [0., 1.]])
 */
export function histogramdd(sample: ArrayLike | readonly ArrayLike[], ...rest: Args<[Bins, readonly Range[] | null, boolean | null, ArrayLike | null], HistddOpts>): [NDArray, NDArray[]] {
  const [binsArg, rangeArg, density, weightsArg] = bindArgs("histogramdd", ["bins", "range", "density", "weights"], rest) as [unknown, readonly Range[] | null | undefined, boolean | null | undefined, ArrayLike | null | undefined];
  const s = samples(sample);
  const D = s.shape[1]!;
  const weights = weightsArg == null ? null : asArray(weightsArg);
  const given = binsArg ?? 10;
  let bins: unknown[];
  if (Array.isArray(given) || (given instanceof NDArray && given.ndim > 0)) {
    const list = Array.isArray(given) ? given : Array.from({ length: (given as NDArray).shape[0]! }, (_, i) => (given as NDArray).get(i, "..."));
    if (list.length !== D) throw new ValueError("The dimension of bins must be equal to the dimension of the sample x.");
    bins = list;
  } else bins = Array.from({ length: D }, () => given);
  if (rangeArg != null && rangeArg.length !== D) throw new ValueError("range argument must have one entry per dimension");
  const edges: NDArray[] = [];
  for (let i = 0; i < D; i++) edges.push(dimEdges(s.get(":", i) as NDArray, bins[i], rangeArg?.[i], i));
  const nbin = edges.map((e) => e.size + 1);
  // the bin of each sample in each dimension; samples on the last edge go into the last bin
  const counts = edges.map((e, i) => {
    const column = s.get(":", i) as NDArray;
    const idx = searchsorted(e, column, "right") as NDArray;
    return e.size > 0 ? (subtract(idx, equal(column, e.get(-1) as number)) as NDArray) : idx;
  });
  const xy = ravel_multi_index(counts, nbin);
  let hist = bincount(xy, weights, nbin.reduce((p, d) => p * d, 1)).reshape(nbin).astype("float64");
  // the core without the outlier bins, contiguous (NumPy's sum of that view adds in C order)
  hist = (hist.get(...nbin.map(() => "1:-1")) as NDArray).copy();
  if (density) {
    const total = sum(hist) as number;
    for (let i = 0; i < D; i++) {
      const shape = nbin.map((d, j) => (j === i ? d - 2 : 1));
      hist = divide(hist, diff(edges[i]!).reshape(shape)) as NDArray;
    }
    hist = divide(hist, total) as NDArray;
  }
  return [hist, edges];
}

type Hist2dOpts = { bins?: Bins; range?: readonly Range[] | null; density?: boolean | null; weights?: ArrayLike | null };

/**
 * The two-dimensional histogram of samples x and y, as `numpy.histogram2d(x, y, bins=10,
 * range=None, density=None, weights=None)`: [H, xedges, yedges], H[i, j] counting the samples
 * with x in bin i and y in bin j. `bins` is a count or edge array for both dimensions, or
 * [nx, ny] / [xedges, yedges].
 * @example np.histogram2d([1, 2, 3], [4, 5, 7], [2, 3])[0] // array([[1., 0., 0.], [0., 1., 1.]])
 */
export function histogram2d(x: ArrayLike, y: ArrayLike, ...rest: Args<[Bins, readonly Range[] | null, boolean | null, ArrayLike | null], Hist2dOpts>): [NDArray, NDArray, NDArray] {
  const [binsArg, range, density, weights] = bindArgs("histogram2d", ["bins", "range", "density", "weights"], rest) as [unknown, readonly Range[] | null | undefined, boolean | null | undefined, ArrayLike | null | undefined];
  const xa = asArray(x);
  const ya = asArray(y);
  if (xa.shape[0] !== ya.shape[0]) throw new ValueError("x and y must have the same length.");
  let bins = binsArg ?? 10;
  const n = Array.isArray(bins) ? bins.length : bins instanceof NDArray && bins.ndim > 0 ? bins.shape[0]! : 1;
  if (n !== 1 && n !== 2) {
    const e = asArray(bins as ArrayLike);
    bins = [e, e];
  }
  const [hist, edges] = histogramdd([xa, ya], bins as Bins, range ?? null, density ?? null, weights ?? null);
  return [hist, edges[0]!, edges[1]!];
}
