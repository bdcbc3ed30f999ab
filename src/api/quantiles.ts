/**
 * Order statistics: numpy.median, numpy.quantile and numpy.percentile, with NumPy's 13 methods
 * (Hyndman & Fan's definitions as NumPy computes them: the virtual index, its neighbours, the
 * gamma fix-ups and NumPy's two-sided lerp), axis/keepdims/out, NaN lanes giving NaN.
 *
 * The reduced lanes are sorted by np.sort (NaN last, as NumPy's).
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { FLOAT32, FLOAT64, resultType, type DType } from "../core/dtype.js";
import { IndexError, NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { normalizeAxes, normalizeAxis, normalizeReductionAxes, shapeSize } from "../core/shape.js";
import { warn } from "../core/warnings.js";
import { array, asArray } from "./creation.js";
import { broadcast_to } from "./broadcasting.js";
import { moveaxis } from "./manipulation.js";
import { toScalar } from "./reductions.js";
import { copyto } from "./select.js";
import { sort } from "./sorting.js";

type Axes = number | readonly number[] | null;
type Reduced = NDArray | Scalar;
/** One sorted lane (a TypedArray view of the sorted array, which `lanes` returns as `owner` to keep alive). */
type Lane = { readonly length: number; readonly [i: number]: number | bigint };

/** NumPy's method names, in the order its error message lists them. */
const METHODS = [
  "inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen",
  "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest",
] as const;
type Method = (typeof METHODS)[number];

/** alpha and beta of the continuous methods (NumPy's _compute_virtual_index). */
const ALPHA_BETA: Partial<Record<Method, [number, number]>> = {
  interpolated_inverted_cdf: [0, 1], hazen: [0.5, 0.5], weibull: [0, 0], median_unbiased: [1 / 3, 1 / 3], normal_unbiased: [3 / 8, 3 / 8],
};

/** Python's round(): half to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** NumPy's _discrete_interpolation_to_boundaries for one index (gamma in the index's precision). */
function discrete(index: number, prevWhen: (gamma: number, index: number) => boolean, r: Round): number {
  const previous = Math.floor(index);
  const p = prevWhen(r(index - previous), index) ? previous : previous + 1;
  return p < 0 ? 0 : p;
}

/** Rounds a result to the precision NumPy computes it in: float64 (identity) or float32. */
type Round = (x: number) => number;
const exact: Round = (x) => x;

/**
 * Where quantile q of n sorted values lies: an integer position (no interpolation), or the two
 * neighbours and gamma of NumPy's interpolating methods (positions may be -1: the last value).
 * `r` rounds every step to float32 for a float32 q array (NumPy's virtual indexes then are
 * float32), operation for operation as NumPy's formulas.
 */
function position(method: Method, n: number, q: number, r: Round = exact): { take: number } | { prev: number; next: number; gamma: number } {
  switch (method) {
    case "lower":
      return { take: Math.floor(r((n - 1) * q)) };
    case "higher":
      return { take: Math.ceil(r((n - 1) * q)) };
    case "nearest":
      return { take: roundHalfEven(r((n - 1) * q)) };
    case "inverted_cdf":
      return { take: discrete(r(r(n * q) - 1), (g) => g === 0, r) };
    case "closest_observation":
      return { take: discrete(r(r(r(n * q) - 1) - 0.5), (g, i) => g === 0 && Math.floor(i) % 2 === 1, r) };
  }
  let v: number;
  if (method === "linear") v = r((n - 1) * q);
  else if (method === "midpoint") v = 0.5 * (Math.floor(r((n - 1) * q)) + Math.ceil(r((n - 1) * q)));
  else if (method === "averaged_inverted_cdf") v = r(r(n * q) - 1);
  else {
    const [alpha, beta] = ALPHA_BETA[method]!;
    v = r(r(r(n * q) + r(r(alpha) + r(q * r(1 - alpha - beta)))) - 1);
  }
  // NumPy's _get_indexes: past the last value both neighbours are the last, before the first
  // both are the first; gamma is taken against the clipped previous index.
  let prev = Math.floor(v);
  let next = prev + 1;
  if (v >= n - 1 || v !== v) prev = next = -1;
  else if (v < 0) prev = next = 0;
  let gamma = r(v - prev);
  if (method === "midpoint") gamma = v % 1 === 0 ? 0 : 0.5;
  else if (method === "averaged_inverted_cdf") gamma = gamma === 0 ? 0.5 : 1;
  return { prev, next, gamma };
}

/** The array's reduced axes moved last and merged into one: [lanes, n] (unsorted), and the kept shape. */
function laneMatrix(a: NDArray, axis: Axes): { m: NDArray; kept: number[]; keptDims: number[]; n: number } {
  const nd = a.ndim;
  if (axis !== null && typeof axis !== "number") {
    // NumPy's normalize_axis_tuple (median and quantile reduce through _ureduce): "repeated axis"
    const each = axis.map((ax) => normalizeAxis(ax, nd));
    if (new Set(each).size !== each.length) throw new ValueError("repeated axis");
  }
  const axes = axis === null ? a.shape.map((_, i) => i) : normalizeReductionAxes(axis as number | number[], nd);
  const others = a.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const moved = moveaxis(a, axes, axes.map((_, k) => nd - axes.length + k));
  const n = shapeSize(axes.map((i) => a.shape[i]!));
  const kept = others.map((i) => a.shape[i]!);
  const keptDims = a.shape.map((d, i) => (axes.includes(i) ? 1 : d));
  return { m: moved.reshape([shapeSize(kept), n]), kept, keptDims, n };
}

/** The array's reduced axes moved last and merged: [lanes, n], each lane sorted, and the kept shape. */
function lanes(a: NDArray, axis: Axes): { sorted: Lane[]; kept: number[]; keptDims: number[]; n: number; owner: NDArray } {
  const { m, kept, keptDims, n } = laneMatrix(a, axis);
  // np.sort along the lanes (NaN last, as NumPy's); each lane is then a subarray of one view
  let flat = sort(m, -1);
  if (!flat._contiguous) flat = flat.copy();
  const view = flat._storage.region.view(flat._dt) as unknown as Float64Array | BigInt64Array;
  const base = flat._ptr >> flat._dt.shift;
  const sorted: Lane[] = Array.from({ length: shapeSize(kept) }, (_, i) => view.subarray(base + i * n, base + (i + 1) * n));
  return { sorted, kept, keptDims, n, owner: flat };
}

type Complex = { re: number; im: number };
const cnan = (z: Complex): boolean => z.re !== z.re || z.im !== z.im;

/**
 * NumPy's complex sort order: lexicographic on (re, im), with NaN parts last
 * ([R + Rj, R + nanj, nan + Rj, nan + nanj]).
 */
function complexOrder(a: Complex, b: Complex): number {
  const part = (x: number, y: number): number => (x !== x ? (y !== y ? 0 : 1) : y !== y ? -1 : x < y ? -1 : x > y ? 1 : 0);
  const anan = a.re !== a.re;
  const bnan = b.re !== b.re;
  if (anan !== bnan) return anan ? 1 : -1;
  return (anan ? 0 : part(a.re, b.re)) || part(a.im, b.im);
}

/**
 * median and nanmedian of a complex array, as NumPy's: the middle value, or the mean of the two
 * middle values, of each lane in NumPy's complex sort order; a lane holding NaN gives its
 * last-sorted (NaN) value (nanmedian leaves NaNs out; an all-NaN lane gives nan+nanj).
 */
/**
 * The divide warning of NumPy's mean of empty lanes (median is a mean of the middle values):
 * "scalar divide" for a whole-array float64/complex128 result (NumPy's scalar math), "divide"
 * for an array of lanes, `out=`, or a float32/complex64 total promoted by the int64 count; none
 * when there are no lanes at all.
 */
function emptyDivideWarning(kept: readonly number[], out: NDArray | null | undefined, single: boolean): void {
  if (kept.length > 0 && shapeSize(kept) === 0) return;
  warn(`invalid value encountered in ${kept.length === 0 && !out && !single ? "scalar divide" : "divide"}`);
}

function complexMedian(arr: NDArray, axis: Axes, out: NDArray | null | undefined, keepdims: boolean, skipNan: boolean): Reduced {
  const { m, kept, keptDims, n } = laneMatrix(arr, axis);
  const single = arr._dt.itemsize === 8;
  const r = single ? f32 : exact;
  if (n === 0 && (!skipNan || shapeSize(kept) > 0)) {
    warn("Mean of empty slice");
    if (!skipNan) emptyDivideWarning(kept, out, single);
  }
  const rows = m.tolist() as unknown as Complex[][];
  let allNan = false;
  const values = rows.map((row): Complex => {
    const lane = (skipNan ? row.filter((z) => !cnan(z)) : row).sort(complexOrder);
    const nv = lane.length;
    if (nv === 0) {
      // an all-NaN lane is NumPy's np.nan (nan+0j); an empty one its mean of nothing (nan+nanj)
      allNan ||= n > 0;
      return { re: NaN, im: n > 0 ? 0 : NaN };
    }
    if (cnan(lane[nv - 1]!)) return lane[nv - 1]!;
    const hi = lane[nv >> 1]!;
    if (nv % 2 === 1) return hi;
    const lo = lane[(nv >> 1) - 1]!;
    return { re: r(r(lo.re + hi.re) / 2), im: r(r(lo.im + hi.im) / 2) };
  });
  if (allNan) warn("All-NaN slice encountered");
  const res = array(values as unknown as ArrayLike, arr._dt).reshape(keepdims ? keptDims : kept);
  if (out) {
    copyto(out, res, { casting: "unsafe" });
    return out;
  }
  return toScalar(res);
}

const f32 = Math.fround;
/** Set by lerp when an integer b - a wrapped (NumPy's overflow RuntimeWarning follows). */
let overflowed = false;

/**
 * NumPy's _lerp: a + (b - a) t, or b - (b - a)(1 - t) from t = 0.5 on; in float32 when asked.
 * `bits` > 0: b - a is taken in that signed integer width and wraps, as NumPy subtracts the
 * int8/int16/int32 neighbours in their dtype; `bits` < 0: in float32 (float32 neighbours).
 */
function lerp(a: number, b: number, t: number, single: boolean, bits = 0): number {
  let d = bits < 0 ? f32(b - a) : b - a;
  if (bits > 0 && (d >= 2 ** (bits - 1) || d < -(2 ** (bits - 1)))) {
    d = ((((d + 2 ** (bits - 1)) % 2 ** bits) + 2 ** bits) % 2 ** bits) - 2 ** (bits - 1);
    overflowed = true;
  }
  if (single) return t >= 0.5 ? f32(b - f32(d * f32(1 - t))) : f32(a + f32(d * f32(t)));
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}

/** Shape [q..., kept...] (or with keepdims, [q..., keptDims...]) filled from values. */
function finish(values: (number | bigint)[], shape: number[], dt: DType, out: NDArray | null | undefined, scalar = true): Reduced {
  const r = emptyArray(dt, shape);
  const view = r._storage.region.view(dt) as unknown as (number | bigint)[];
  const base = r._ptr >> dt.shift;
  values.forEach((v, i) => (view[base + i] = dt.big ? BigInt(v) : Number(v)));
  if (out) {
    copyto(out, r, { casting: "unsafe" });
    return out;
  }
  return scalar ? toScalar(r) : r;
}

/** How many leading values of a sorted lane are not NaN (NaN sorts last). */
function validCount(lane: Lane, n: number): number {
  let k = n;
  while (k > 0 && lane[k - 1] !== lane[k - 1]) k--;
  return k;
}

/**
 * @internal quantile, percentile (scale 100) and, with `skipNan`, nanquantile and nanpercentile:
 * NaNs are left out of each lane; an all-NaN lane gives NaN ("All-NaN slice encountered") and
 * an empty one NaN ("Mean of empty slice"), as NumPy's nan-functions.
 */
export function quantileOf(a: ArrayLike, qIn: ArrayLike, axis: Axes, out: NDArray | null | undefined, method: string, keepdims: boolean, scale: number, skipNan = false, weights: ArrayLike | null = null): Reduced {
  const arr = asArray(a);
  if (arr._dt.kind === "c") throw new NumpyTypeError("a must be an array of real numbers");
  if (weights === null && !(METHODS as readonly string[]).includes(method)) {
    throw new ValueError(`'${method}' is not a valid method. Use one of: dict_keys([${METHODS.map((m) => `'${m}'`).join(", ")}])`);
  }
  const qa = asArray(qIn);
  const weak = typeof qIn === "number";
  // a float32 q array keeps NumPy's virtual indexes (and q / 100) in float32
  const q32 = !weak && qa._dt === FLOAT32;
  const r: Round = q32 ? f32 : exact;
  const qs = (qa.astype("float64").ravel().tolist() as number[]).map((q) => r(q / scale));
  if (qs.some((q) => !(q >= 0 && q <= 1))) {
    throw new ValueError(scale === 100 ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]");
  }
  if (weights !== null) return weightedQuantile(arr, qa.shape, qs, q32, weights, axis, out, method, keepdims, skipNan);
  const { sorted, kept, keptDims, n, owner } = lanes(arr, axis);
  if (n === 0 && !skipNan) throw new IndexError("index -1 is out of bounds for axis 0 with size 0");
  if (n === 0 && sorted.length > 0) warn("Mean of empty slice");
  const m = method as Method;
  const isTake = "take" in position(m, n, 0.5);
  // NumPy's interpolation subtracts neighbours, which booleans refuse
  if (!isTake && arr._dt.kind === "b") {
    throw new NumpyTypeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
  }
  const float = arr._dt.kind === "f";
  // Result dtype: the array's for the methods that take a value; else its float type (float32
  // stays float32 only for a JS-number q, NumPy's weak scalar), float64 for ints and bools.
  const dt = isTake ? arr._dt : q32 ? resultType([arr._dt, FLOAT32]) : float && arr._dt === FLOAT32 && weak ? FLOAT32 : FLOAT64;
  const single = dt === FLOAT32;
  const values: (number | bigint)[] = [];
  const counts = sorted.map((lane) => (skipNan && float ? validCount(lane, n) : n));
  if (skipNan && n > 0 && counts.includes(0)) warn("All-NaN slice encountered");
  const bits = arr._dt.kind === "i" && arr._dt.itemsize < 8 ? arr._dt.itemsize * 8 : arr._dt === FLOAT32 ? -1 : 0;
  overflowed = false;
  for (const q of qs) {
    const full = position(m, n, q, r);
    for (const [l, lane] of sorted.entries()) {
      const nv = counts[l]!;
      const p = nv === n ? full : position(m, nv, q, r);
      const last = lane[nv - 1];
      if (nv === 0 || (float && last !== last)) {
        values.push(NaN);
      } else if ("take" in p) {
        values.push(lane[p.take < 0 ? nv + p.take : p.take]!);
      } else {
        const lo = Number(lane[p.prev < 0 ? nv + p.prev : p.prev]!);
        const hi = Number(lane[p.next < 0 ? nv + p.next : p.next]!);
        values.push(lerp(lo, hi, p.gamma, single, bits));
      }
    }
  }
  owner.dispose(); // the lanes are read
  const shape = [...qa.shape, ...(keepdims ? keptDims : kept)];
  if (overflowed) warn(shape.length === 0 ? "overflow encountered in scalar subtract" : "overflow encountered in subtract");
  return finish(values, shape, dt, out);
}

/**
 * The weighted inverted_cdf quantiles (NumPy's only weighted method): per lane, the first sorted
 * value whose normalized cumulative weight reaches q. Weights have a's shape, or the shape of a
 * along `axis` (in axis's order); they are validated as NumPy's _weights_are_valid.
 */
function weightedQuantile(
  arr: NDArray, qShape: readonly number[], qs: number[], q32: boolean, weightsIn: ArrayLike, axis: Axes,
  out: NDArray | null | undefined, method: string, keepdims: boolean, skipNan: boolean,
): Reduced {
  if (method !== "inverted_cdf") throw new ValueError(`Only method 'inverted_cdf' supports weights. Got: ${method}.`);
  const nd = arr.ndim;
  const axes = axis === null ? null : normalizeAxes(axis, nd, "axis");
  let w = asArray(weightsIn);
  if (w.shape.length !== nd || w.shape.some((d, i) => d !== arr.shape[i])) {
    if (axes === null) throw new NumpyTypeError("Axis must be specified when shapes of a and weights differ.");
    if (w.ndim !== axes.length || axes.some((ax, k) => w.shape[k] !== arr.shape[ax])) {
      throw new ValueError("Shape of weights must be consistent with shape of a along specified axis.");
    }
    // NumPy's wgt.transpose(np.argsort(axis)), then broadcast along the other axes
    const order = axes.map((_, k) => k).sort((i, j) => axes[i]! - axes[j]!);
    w = broadcast_to(w.transpose(order).reshape(arr.shape.map((d, i) => (axes.includes(i) ? d : 1))), arr.shape);
  }
  const red = axes ?? arr.shape.map((_, i) => i);
  const others = arr.shape.map((_, i) => i).filter((i) => !red.includes(i));
  const kept = others.map((i) => arr.shape[i]!);
  const n = shapeSize(red.map((i) => arr.shape[i]!));
  // each lane's values and weights, contiguous
  const flatLanes = (x: NDArray): NDArray => {
    const moved = moveaxis(x, red, red.map((_, k) => nd - red.length + k));
    return moved.reshape([shapeSize(kept), n]).copy();
  };
  const wts = flatLanes(w.astype("float64"));
  const wView = wts._storage.region.view(wts._dt) as unknown as Float64Array;
  const wBase = wts._ptr >> wts._dt.shift;
  if (wView.subarray(wBase, wBase + wts.size).some((x) => x < 0)) {
    wts.dispose();
    throw new ValueError("Weights must be non-negative.");
  }
  if (n === 0 && !skipNan) throw new IndexError("index -1 is out of bounds for axis 0 with size 0");
  const vals = flatLanes(arr);
  const vView = vals._storage.region.view(vals._dt) as unknown as ArrayLike_;
  const vBase = vals._ptr >> vals._dt.shift;
  const float = arr._dt.kind === "f";
  const isNan = (v: number | bigint) => float && v !== v;
  const lanesOut: { v: (number | bigint)[]; cdf: number[] }[] = [];
  let allNan = false;
  for (let l = 0; l < shapeSize(kept); l++) {
    let idx = Array.from({ length: n }, (_, i) => i);
    if (skipNan) idx = idx.filter((i) => !isNan(vView[vBase + l * n + i]!));
    // np.argsort along the lane, NaN last (ties keep one value, so their order does not matter)
    idx.sort((i, j) => {
      const x = vView[vBase + l * n + i]!;
      const y = vView[vBase + l * n + j]!;
      if (isNan(x)) return isNan(y) ? 0 : 1;
      if (isNan(y)) return -1;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    if (idx.length === 0) {
      allNan = true;
      lanesOut.push({ v: [], cdf: [] });
      continue;
    }
    const cdf: number[] = [];
    let acc = 0;
    for (const i of idx) cdf.push((acc += wView[wBase + l * n + i]!));
    const total = cdf[cdf.length - 1]!;
    for (let k = 0; k < cdf.length; k++) cdf[k] = cdf[k]! / total;
    if (total === 0 || total === Infinity) warn("invalid value encountered in divide");
    if (cdf[cdf.length - 1] !== cdf[cdf.length - 1]) throw new ValueError("Weights included NaN, inf or were all zero.");
    for (let k = 0; k < cdf.length; k++) {
      // a float32 q compares against a float32 cdf; zero cdf values (leading zero weights) become -1
      if (q32) cdf[k] = f32(cdf[k]!);
      if (cdf[k] === 0) cdf[k] = -1;
    }
    lanesOut.push({ v: idx.map((i) => vView[vBase + l * n + i]!), cdf });
  }
  if (allNan && n > 0) warn("All-NaN slice encountered");
  if (n === 0 && shapeSize(kept) > 0) warn("Mean of empty slice");
  const values: (number | bigint)[] = [];
  for (const q of qs) {
    for (const { v, cdf } of lanesOut) {
      if (v.length === 0) {
        values.push(NaN);
        continue;
      }
      if (isNan(v[v.length - 1]!)) {
        values.push(NaN);
        continue;
      }
      // np.searchsorted(cdf, q, side="left"), capped at the last value
      let i = 0;
      while (i < cdf.length && cdf[i]! < q) i++;
      values.push(v[Math.min(i, v.length - 1)]!);
    }
  }
  vals.dispose();
  wts.dispose();
  const keptDims = arr.shape.map((d, i) => (red.includes(i) ? 1 : d));
  // NumPy fills an np.empty_like result here, so a 0-d result stays a 0-d array (not a scalar),
  // unless its lane held NaN (NumPy then returns arr[-1], a scalar)
  const shape = [...qShape, ...(keepdims ? keptDims : kept)];
  const nanScalar = shape.length === 0 && values[0] !== values[0];
  return finish(values, shape, arr._dt, out, nanScalar);
}

type ArrayLike_ = { readonly [i: number]: number | bigint };

export type QOpts = { axis?: Axes; out?: NDArray | null; overwrite_input?: boolean; method?: string; keepdims?: boolean; weights?: ArrayLike | null; interpolation?: string | null };

function qArgs(name: string, rest: unknown[]): [Axes, NDArray | null | undefined, string, boolean, ArrayLike | null] {
  const [axis, out, , method, keepdims, weights, interpolation] = bindArgs(name, ["axis", "out", "overwrite_input", "method", "keepdims"], rest, ["weights", "interpolation"]) as [
    Axes | undefined, NDArray | null | undefined, boolean | undefined, string | undefined, boolean | undefined, ArrayLike | null | undefined, string | null | undefined,
  ];
  if (interpolation != null) throw new NumpyTypeError(`${name}() got an unexpected keyword argument 'interpolation'`);
  return [axis ?? null, out, method ?? "linear", keepdims ?? false, weights ?? null];
}

/**
 * The q-th quantiles (q in [0, 1]) along the given axes, as `numpy.quantile(a, q, axis=None,
 * out=None, overwrite_input=False, method='linear', keepdims=False)`: any of NumPy's 13
 * methods; the result has q's shape in front; a lane holding NaN gives NaN.
 * @example np.quantile([1, 2, 3, 4], 0.5) // 2.5
 * np.quantile([[10, 7, 4], [3, 2, 1]], [0.25, 0.75], 1).tolist() // [[5.5, 1.5], [8.5, 2.5]]
 */
export function quantile(a: ArrayLike, q: ArrayLike, ...rest: Args<[Axes, NDArray | null, boolean, string, boolean], QOpts>): Reduced {
  const [axis, out, method, keepdims, weights] = qArgs("quantile", rest);
  return quantileOf(a, q, axis, out, method, keepdims, 1, false, weights);
}

/**
 * The q-th percentiles (q in [0, 100]), as `numpy.percentile`: quantile(a, q / 100, ...).
 * @example np.percentile([1, 2, 3, 4, 5], 90) // 4.6
 * np.percentile([1, 2, 3, 4], 40, {method: "lower"}) // 2
 */
export function percentile(a: ArrayLike, q: ArrayLike, ...rest: Args<[Axes, NDArray | null, boolean, string, boolean], QOpts>): Reduced {
  const [axis, out, method, keepdims, weights] = qArgs("percentile", rest);
  return quantileOf(a, q, axis, out, method, keepdims, 100, false, weights);
}

export type MedianOpts = { axis?: Axes; out?: NDArray | null; overwrite_input?: boolean; keepdims?: boolean };

/**
 * The median along the given axes, as `numpy.median(a, axis=None, out=None,
 * overwrite_input=False, keepdims=False)`: the middle value, or the mean of the two middle
 * values (float64, float32 for float32 input); NaN for a lane holding NaN.
 * @example np.median([3, 1, 4, 1, 5]) // 3
 * np.median([[10, 7, 4], [3, 2, 1]], 0).tolist() // [6.5, 4.5, 2.5]
 */
export function median(a: ArrayLike, ...rest: Args<[Axes, NDArray | null, boolean, boolean], MedianOpts>): Reduced {
  const [axisArg, out, , keepdimsArg] = bindArgs("median", ["axis", "out", "overwrite_input", "keepdims"], rest) as [Axes | undefined, NDArray | null | undefined, boolean | undefined, boolean | undefined];
  return medianOf(a, axisArg ?? null, out, keepdimsArg ?? false, false);
}

/**
 * @internal median and, with `skipNan`, nanmedian (NaNs left out of each lane; an all-NaN lane
 * gives NaN with "All-NaN slice encountered").
 */
export function medianOf(a: ArrayLike, axis: Axes, out: NDArray | null | undefined, keepdims: boolean, skipNan: boolean): Reduced {
  const arr = asArray(a);
  if (arr._dt.kind === "c") return complexMedian(arr, axis, out, keepdims, skipNan);
  const { sorted, kept, keptDims, n, owner } = lanes(arr, axis);
  const single = arr._dt === FLOAT32;
  const dt = single ? FLOAT32 : FLOAT64;
  const float = arr._dt.kind === "f";
  if (n === 0 && (!skipNan || sorted.length > 0)) {
    warn("Mean of empty slice");
    if (!skipNan) emptyDivideWarning(kept, out, single);
  }
  const counts = sorted.map((lane) => (skipNan && float ? validCount(lane, n) : n));
  if (skipNan && n > 0 && counts.includes(0)) warn("All-NaN slice encountered");
  const values = sorted.map((lane, l) => {
    const nv = counts[l]!;
    if (nv === 0 || (float && lane[nv - 1] !== lane[nv - 1])) return NaN;
    const hi = Number(lane[nv >> 1]!);
    if (nv % 2 === 1) return hi;
    const lo = Number(lane[(nv >> 1) - 1]!);
    return single ? f32(f32(lo + hi) / 2) : (lo + hi) / 2;
  });
  owner.dispose(); // the lanes are read
  return finish(values, keepdims ? keptDims : kept, dt, out);
}
