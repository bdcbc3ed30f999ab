/**
 * Histograms: numpy.histogram and numpy.histogram_bin_edges with NumPy's bin estimators
 * ('auto', 'fd', 'doane', 'scott', 'stone', 'rice', 'sturges', 'sqrt'), following NumPy's
 * _get_bin_edges and histogram step for step: the outer edges (data range or `range`), the
 * estimated width, the equal-width fast path (index from the scaled value, corrected against
 * the edges) and, for given edges, cumulative counts at the edges, both in NumPy's blocks of
 * 65536 values. numpy.histogram2d and numpy.histogramdd live in histogramdd.ts.
 *
 * Arithmetic is done in the dtypes NumPy uses under NEP 50: float32 data with a range from its
 * own minimum and maximum is binned in float32, a `range` of JS numbers is a weak Python scalar.
 *
 * @example
 * np.histogram([1, 2, 1], 3)[0] // array([2, 0, 1])
 * np.histogram_bin_edges([1, 2, 3, 10], "fd") // array([ 1.,  4.,  7., 10.])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NotImplementedError, NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { warn } from "../core/warnings.js";
import { pyFloatRepr } from "../print/formatters.js";
import { absolute, add, divide, greater, greater_equal, less_equal, logical_and, power, subtract } from "../ufunc/index.js";
import { array, asArray, zeros } from "./creation.js";
import { concatenate } from "./joining.js";
import { diff } from "./math.js";
import { quantileOf } from "./quantiles.js";
import { linspace } from "./ranges.js";
import { any, cumsum, max, mean, min, std, sum } from "./reductions.js";
import { argsort, searchsorted, sort } from "./sorting.js";

/**
 * An outer edge pair and the type NumPy holds it in: a scalar of the data's dtype ("f32",
 * "f64", "int"), or Python numbers from `range` ("weak").
 */
export type Outer = { first: number; last: number; kind: "f32" | "f64" | "int" | "weak" };
/** A bin width and whether NumPy holds it as a float32 scalar. */
type Width = { w: number; f32: boolean };

const f32 = Math.fround;
const BLOCK = 65536;

/**
 * Whether NumPy's _unsigned_subtract(last, first) is a uint64 scalar (Python ints from `range`,
 * or the edges of integer data), which makes the divisions by it float64 even for float32 data.
 */
function intSpan(o: Outer): boolean {
  return o.kind === "int" || (o.kind === "weak" && Number.isInteger(o.first) && Number.isInteger(o.last));
}

/** A value as NumPy's f-string prints it in an error message (Python int, float, or NumPy scalar). */
function show(v: number, kind: Outer["kind"]): string {
  if (kind === "int" || (kind === "weak" && Number.isInteger(v))) return String(v);
  return pyFloatRepr(v);
}

/** NumPy's _get_outer_edges: `range` checked, or the data's min and max; equal edges widened by 0.5. */
export function outerEdges(a: NDArray, range: readonly [number, number] | null | undefined): Outer {
  let o: Outer;
  if (range != null) {
    const pair = (range instanceof NDArray ? range.tolist() : range) as readonly (number | bigint)[];
    const [first, last] = pair.map(Number) as [number, number];
    if (first > last) throw new ValueError("max must be larger than min in range parameter.");
    if (!(Number.isFinite(first) && Number.isFinite(last))) throw new ValueError(`supplied range of [${show(first, "weak")}, ${show(last, "weak")}] is not finite`);
    o = { first, last, kind: "weak" };
  } else if (a.size === 0) {
    o = { first: 0, last: 1, kind: "weak" };
  } else {
    const kind = a._dt.kind === "f" ? (a._dt.itemsize === 4 ? "f32" : "f64") : "int";
    o = { first: Number(min(a)), last: Number(max(a)), kind };
    if (!(Number.isFinite(o.first) && Number.isFinite(o.last))) throw new ValueError(`autodetected range of [${show(o.first, kind)}, ${show(o.last, kind)}] is not finite`);
  }
  if (o.first === o.last) {
    const r = o.kind === "f32" ? f32 : (x: number) => x;
    o = { first: r(o.first - 0.5), last: r(o.last + 0.5), kind: o.kind === "int" ? "f64" : o.kind };
  }
  return o;
}

/** max - min of the data (exact for integers, as NumPy's _unsigned_subtract; float32 for float32). */
function ptp(x: NDArray): number {
  const d = Number(max(x)) - Number(min(x));
  return x._dt.name === "float32" ? f32(d) : d;
}

/** NumPy's bin-width estimators (_hist_bin_selectors), each in the dtype NumPy computes it in. */
const ESTIMATORS: Record<string, (x: NDArray, outer: Outer) => Width> = {
  sqrt: (x) => ({ w: ptp(x) / Math.sqrt(x.size), f32: false }),
  sturges: (x) => ({ w: ptp(x) / (Math.log2(x.size) + 1), f32: false }),
  rice: (x) => {
    const c = 2 * x.size ** (1 / 3);
    return x._dt.name === "float32" ? { w: f32(ptp(x) / f32(c)), f32: true } : { w: ptp(x) / c, f32: false };
  },
  scott: (x) => {
    const c = ((24 * Math.sqrt(Math.PI)) / x.size) ** (1 / 3);
    const s = Number(std(x));
    return x._dt.name === "float32" ? { w: f32(f32(c) * s), f32: true } : { w: c * s, f32: false };
  },
  stone,
  doane: (x) => {
    const n = x.size;
    if (n > 2) {
      const sg1 = Math.sqrt((6 * (n - 2)) / ((n + 1) * (n + 3)));
      const sigma = Number(std(x));
      if (sigma > 0) {
        const temp = power(divide(subtract(x, Number(mean(x))), sigma), 3) as NDArray;
        const g1 = Number(mean(temp));
        return { w: ptp(x) / (1 + Math.log2(n) + Math.log2(1 + (absolute(g1) as number) / sg1)), f32: false };
      }
    }
    return { w: 0, f32: false };
  },
  fd: (x) => {
    const [q75, q25] = (quantileOf(x, [75, 25], null, null, "linear", false, 100) as NDArray).tolist() as number[];
    return { w: 2 * (q75! - q25!) * x.size ** (-1 / 3), f32: false };
  },
  auto: (x, outer) => {
    const fd = ESTIMATORS.fd!(x, outer);
    const sturges = ESTIMATORS.sturges!(x, outer);
    const half = ESTIMATORS.sqrt!(x, outer).w / 2;
    // Python's max and min keep the first argument on ties
    const corrected = half > fd.w ? { w: half, f32: false } : fd;
    return sturges.w < corrected.w ? sturges : corrected;
  },
};

/** Stone's estimator: the bin count in 1..max(100, sqrt(n)) minimising the estimated ISE. */
function stone(x: NDArray, outer: Outer): Width {
  const n = x.size;
  const p = ptp(x);
  if (n <= 1 || p === 0) return { w: 0, f32: false };
  const single = x._dt.name === "float32";
  const width = (bins: number): number => (single ? f32(p / bins) : p / bins);
  const upper = Math.max(100, Math.trunc(Math.sqrt(n)));
  let best = 1;
  let bestJ = Infinity;
  let values: Float64Array | null = null;
  for (let bins = 1; bins <= upper; bins++) {
    // NumPy's np.histogram(x, bins, range)[0] / n, its counts from the fast path's bin indices
    const edges = edgesFor(x, outer, bins);
    values ??= binValues(x, edges);
    const counts = new Float64Array(bins);
    for (const i of binIndices(values, edges, outer, bins)) if (i >= 0) counts[i]!++;
    let dot = 0;
    for (const c of counts) dot += (c / n) * (c / n);
    const j = (2 - (n + 1) * dot) / width(bins);
    if (j < bestJ) [best, bestJ] = [bins, j];
  }
  if (best === upper) warn("The number of bins estimated may be suboptimal.");
  return { w: width(best), f32: single };
}

/** np.linspace(first_edge, last_edge, n + 1) in NumPy's bin type, computed as NumPy computes it. */
function edgesFor(a: NDArray, outer: Outer, n: number): NDArray {
  const binType = a._dt.name === "float32" ? "float32" : "float64";
  const edges = outer.kind === "f32"
    ? (linspace(array(outer.first, "float32"), array(outer.last, "float32"), n + 1) as NDArray)
    : (linspace(outer.first, outer.last, n + 1, { dtype: binType }) as NDArray);
  if (any(greater_equal(edges.get(":-1") as NDArray, edges.get("1:") as NDArray))) {
    throw new ValueError(`Too many bins for data range. Cannot create ${n} finite-sized bins.`);
  }
  return edges;
}

/** The equal bin count an estimator gives (NumPy's ceil(delta / width), in NumPy's dtypes). */
function estimatedBins(a: NDArray, name: string, outer: Outer): number {
  let x = a;
  if (outer.kind === "weak") {
    const keep = logical_and(greater_equal(a, outer.first), less_equal(a, outer.last)) as NDArray;
    x = a.get(keep) as NDArray;
  }
  if (x.size === 0) return 1;
  let { w, f32: single } = ESTIMATORS[name]!(x, outer);
  if (!w) return 1;
  if (x._dt.kind !== "f" && w < 1) [w, single] = [1, false];
  const delta = outer.last - outer.first;
  if (outer.kind === "f32") return Math.ceil(single ? f32(f32(delta) / w) : f32(delta) / w);
  return Math.ceil(single && !intSpan(outer) ? f32(f32(delta) / w) : delta / w);
}

/** NumPy's _get_bin_edges: the edges, and the outer edges and count when the bins are equal. */
export function binEdges(a: NDArray, bins: unknown, range: readonly [number, number] | null | undefined, weights: NDArray | null): { edges: NDArray; uniform: { outer: Outer; n: number } | null } {
  if (typeof bins === "string") {
    if (!(bins in ESTIMATORS)) throw new ValueError(`'${bins}' is not a valid estimator for \`bins\``);
    if (weights) throw new NumpyTypeError("Automated estimation of the number of bins is not supported for weighted data");
    const outer = outerEdges(a, range);
    const n = estimatedBins(a, bins, outer);
    return { edges: edgesFor(a, outer, n), uniform: { outer, n } };
  }
  const b = typeof bins === "number" || typeof bins === "bigint" || typeof bins === "boolean" ? null : asArray(bins as ArrayLike);
  if (b === null || b.ndim === 0) {
    const v = b === null ? bins : b.item();
    if (!(typeof v === "bigint" || typeof v === "boolean" || Number.isInteger(v))) throw new NumpyTypeError("`bins` must be an integer, a string, or an array");
    const n = Number(v);
    if (n < 1) throw new ValueError("`bins` must be positive, when an integer");
    const outer = outerEdges(a, range);
    return { edges: edgesFor(a, outer, n), uniform: { outer, n } };
  }
  if (b.ndim !== 1) throw new ValueError("`bins` must be 1d, when an array");
  if (b.size > 1 && any(greater(b.get(":-1") as NDArray, b.get("1:") as NDArray))) {
    throw new ValueError("`bins` must increase monotonically, when an array");
  }
  return { edges: b, uniform: null };
}

/** The data in the edges' dtype (NumPy's tmp_a.astype(bin_edges.dtype)), as float64 values. */
function binValues(a: NDArray, edges: NDArray): Float64Array {
  return Float64Array.from(a.astype(edges._dt.name === "float32" ? "float32" : "float64").tolist() as number[]);
}

/**
 * The equal-width bin of each value (-1 outside the outer edges), as NumPy's fast path: the
 * index (x - first) / (last - first) * n, in float32 for float32 edges unless the span is a
 * uint64 scalar, then corrected against the edges.
 */
function binIndices(xs: Float64Array, edges: NDArray, outer: Outer, n: number): Int32Array {
  const single = edges._dt.name === "float32";
  const e = Float64Array.from(edges.astype("float64").tolist() as number[]);
  const lo = single ? f32(outer.first) : outer.first;
  const hi = single ? f32(outer.last) : outer.last;
  const wide = intSpan(outer);
  const span = outer.last - outer.first;
  const denom = single && !wide ? f32(span) : span;
  const out = new Int32Array(xs.length);
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    if (!(x >= lo && x <= hi)) {
      out[k] = -1;
      continue;
    }
    let i: number;
    if (!single) i = Math.trunc(((x - lo) / denom) * n);
    else if (wide) i = Math.trunc((f32(x - lo) / denom) * n);
    else i = Math.trunc(f32(f32(f32(x - lo) / denom) * n));
    if (i === n) i--;
    if (x < e[i]!) i--;
    if (x >= e[i + 1]! && i !== n - 1) i++;
    out[k] = i;
  }
  return out;
}

/**
 * Counts (or weight sums, in `ntype`) of the equal-width bins, summed per block of 65536 values
 * as NumPy's fast path does (np.bincount per block, added into the result's dtype); bool
 * weights add as logical or, as NumPy's `+=` on a bool array.
 */
function countUniform(a: NDArray, w: NDArray | null, edges: NDArray, outer: Outer, n: number, ntype: string): NDArray {
  const idx = binIndices(binValues(a, edges), edges, outer, n);
  const complex = ntype.startsWith("complex");
  const parts = w === null ? [] : complex ? [w.real as NDArray, w.imag as NDArray] : [w];
  const ws = parts.map((p) => Float64Array.from(p.astype("float64").tolist() as number[]));
  const totals = [new Float64Array(n), new Float64Array(complex ? n : 0)];
  const acc = ntype === "float32" || ntype === "complex64" ? f32 : (x: number) => x;
  for (let start = 0; start < idx.length; start += BLOCK) {
    const stop = Math.min(start + BLOCK, idx.length);
    for (let q = 0; q < Math.max(ws.length, 1); q++) {
      const block = new Float64Array(n);
      const wq = ws[q];
      for (let k = start; k < stop; k++) {
        const i = idx[k]!;
        if (i >= 0) block[i] += wq ? wq[k]! : 1;
      }
      const total = totals[q]!;
      for (let i = 0; i < n; i++) total[i] = ntype === "bool" ? Number(Boolean(total[i] || block[i])) : acc(total[i]! + acc(block[i]!));
    }
  }
  const re = array(Array.from(totals[0]!), "float64");
  if (!complex) return re.astype(ntype);
  return (add(re, multiplyI(array(Array.from(totals[1]!), "float64"))) as NDArray).astype(ntype);
}

/** x * 1j for a real float64 array. */
function multiplyI(x: NDArray): NDArray {
  return x.astype("complex128").multiply({ re: 0, im: 1 });
}

/** NumPy's _search_sorted_inclusive: 'left' positions of all edges but the last, 'right' for it. */
function searchInclusive(sorted: NDArray, edges: NDArray): NDArray {
  const head = searchsorted(sorted, edges.get(":-1") as NDArray, "left") as NDArray;
  const tail = searchsorted(sorted, edges.get("-1:") as NDArray, "right") as NDArray;
  return concatenate([head, tail]);
}

/** Counts for given edges, as NumPy: differences of cumulative counts (or weight sums) at the edges, per block. */
function countEdges(a: NDArray, w: NDArray | null, edges: NDArray, ntype: string): NDArray {
  const cum = zeros(edges.shape, ntype);
  if (edges.size === 0) return cum;
  for (let start = 0; start < Math.max(a.size, 1); start += BLOCK) {
    const block = a.get(`${start}:${start + BLOCK}`) as NDArray;
    if (w === null) {
      add(cum, searchInclusive(sort(block), edges), { out: cum });
      continue;
    }
    const order = argsort(block);
    const sw = (w.get(`${start}:${start + BLOCK}`) as NDArray).take(order) as NDArray;
    const cw = concatenate([zeros(1, ntype), cumsum(sw)]);
    add(cum, cw.take(searchInclusive(block.take(order) as NDArray, edges)), { out: cum });
  }
  return diff(cum);
}

/** NumPy's _ravel_and_check_weights: bool data becomes uint8 (with NumPy's warning); weights of a's shape. */
export function ravelWithWeights(a: ArrayLike, weights: ArrayLike | null | undefined): [NDArray, NDArray | null] {
  let arr = asArray(a);
  if (arr._dt.kind === "b") {
    warn("Converting input from bool to <class 'numpy.uint8'> for compatibility.");
    arr = arr.astype("uint8");
  }
  if (arr._dt.kind === "c") throw new NotImplementedError("ndts: histogram of complex values is not supported (NumPy discards the imaginary parts)");
  let w: NDArray | null = null;
  if (weights != null) {
    w = asArray(weights);
    if (w.ndim !== arr.ndim || w.shape.some((d, i) => d !== arr.shape[i])) throw new ValueError("weights should have the same shape as a.");
    w = w.ravel();
  }
  return [arr.ravel(), w];
}

type Range = readonly [number, number] | null;
type HistOpts = { bins?: number | string | ArrayLike; range?: Range; density?: boolean | null; weights?: ArrayLike | null };

/**
 * A histogram, as `numpy.histogram(a, bins=10, range=None, density=None, weights=None)`:
 * [counts, bin_edges]. `bins` is a count of equal-width bins over `range` (default the data's
 * min and max), the monotonically increasing edges, or the name of one of NumPy's estimators of
 * the bin width ('auto', 'fd', 'doane', 'scott', 'stone', 'rice', 'sturges', 'sqrt'). Every bin
 * is half-open but the last; values outside the edges are not counted. Counts are int64, or
 * sums in the weights' dtype; `density` divides by the total and the bin widths.
 * @example np.histogram([1, 2, 1], 3)[0] // array([2, 0, 1])
 * np.histogram([1, 2, 1], [0, 1, 2, 3])[0] // array([0, 2, 1])
 * np.histogram([1, 2, 3, 10], "sturges")[1] // array([ 1.,  4.,  7., 10.])
 */
export function histogram(a: ArrayLike, ...rest: Args<[number | string | ArrayLike, Range, boolean | null, ArrayLike | null], HistOpts>): [NDArray, NDArray] {
  const [bins, range, density, weightsArg] = bindArgs("histogram", ["bins", "range", "density", "weights"], rest) as [unknown, Range | undefined, boolean | null | undefined, ArrayLike | null | undefined];
  const [arr, w] = ravelWithWeights(a, weightsArg);
  const { edges, uniform } = binEdges(arr, bins ?? 10, range, w);
  const ntype = w === null ? "int64" : w.dtype;
  let hist = uniform ? countUniform(arr, w, edges, uniform.outer, uniform.n, ntype) : countEdges(arr, w, edges, ntype);
  if (density) {
    const db = diff(edges).astype("float64");
    hist = divide(divide(hist, db), sum(hist) as number) as NDArray;
  }
  return [hist, edges];
}

type EdgeOpts = { bins?: number | string | ArrayLike; range?: Range; weights?: ArrayLike | null };

/**
 * The bin edges numpy.histogram would use, as `numpy.histogram_bin_edges(a, bins=10,
 * range=None, weights=None)` (weights only matter for refusing the estimators).
 * @example np.histogram_bin_edges([1, 2, 3, 10], "fd") // array([ 1.,  4.,  7., 10.])
 * np.histogram_bin_edges([0, 1], 2) // array([0. , 0.5, 1. ])
 */
export function histogram_bin_edges(a: ArrayLike, ...rest: Args<[number | string | ArrayLike, Range, ArrayLike | null], EdgeOpts>): NDArray {
  const [bins, range, weightsArg] = bindArgs("histogram_bin_edges", ["bins", "range", "weights"], rest) as [unknown, Range | undefined, ArrayLike | null | undefined];
  const [arr, w] = ravelWithWeights(a, weightsArg);
  return binEdges(arr, bins ?? 10, range, w).edges;
}
