/**
 * np.pad: NumPy's numpy.pad with every mode (constant, edge, wrap, reflect and symmetric with
 * reflect_type, linear_ramp, the statistics maximum/minimum/mean/median with stat_length, empty,
 * and a function), its `_as_pairs` broadcasting of the widths and values, and its errors.
 *
 * @example
 * np.pad(np.arange(3), [1, 2], "reflect").tolist() // [1, 0, 1, 2, 1, 0]
 */
import { bindArgs, isOptions, takeRequired, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { shapeText } from "../core/shape.js";
import { array, asArray } from "./creation.js";
import { take_along_axis } from "./indexing.js";
import { around } from "./math.js";
import { linspace } from "./ranges.js";
import { any, max, mean, min } from "./reductions.js";
import { where } from "./select.js";
import { isnan, multiply, subtract } from "../ufunc/index.js";
import { broadcast_to } from "./broadcasting.js";
import { ndindex } from "./index_tricks.js";
import { concatenate } from "./joining.js";
import { moveaxis } from "./manipulation.js";
import { flip } from "./rearranging.js";


type StatMode = "maximum" | "mean" | "median" | "minimum";
type PadMode = "constant" | "edge" | "wrap" | "reflect" | "symmetric" | "empty" | "linear_ramp" | StatMode;

/** The keyword arguments each mode accepts, as NumPy's `allowed_kwargs`. */
const PAD_KWARGS: Record<PadMode, readonly string[]> = {
  empty: [],
  edge: [],
  wrap: [],
  constant: ["constant_values"],
  linear_ramp: ["end_values"],
  maximum: ["stat_length"],
  mean: ["stat_length"],
  median: ["stat_length"],
  minimum: ["stat_length"],
  reflect: ["reflect_type"],
  symmetric: ["reflect_type"],
};

/**
 * pad_width, constant_values, end_values or stat_length as (ndim, 2) pairs, broadcast as NumPy's
 * `_as_pairs` does (`asIndex` rounds to integers and rejects negatives). Also tells whether NumPy
 * took its one- or two-value shortcut, which hands out NumPy scalars rather than Python numbers.
 */
function asPairs(x: ArrayLike, ndim: number, asIndex: boolean): { pairs: number[][]; scalars: NDArray | null } {
  let a = asArray(x);
  if (asIndex) a = asArray(around(a) as NDArray).astype("int64");
  const shortcut = a.ndim < 3 && (a.size === 1 || (a.size === 2 && !(a.ndim === 2 && a.shape[0] === 2 && a.shape[1] === 1)));
  let b: NDArray;
  try {
    b = broadcast_to(shortcut ? a.ravel().reshape(a.size === 1 ? [1, 1] : [1, 2]) : a, [ndim, 2]);
  } catch {
    throw new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeText(a.shape)}  and requested shape (${ndim},2)`,
    );
  }
  const pairs = b.tolist() as number[][];
  if (asIndex && (a.size > 0 ? (a.ravel().tolist() as number[]) : []).some((v) => v < 0)) throw new ValueError("index can't contain negative values");
  return { pairs, scalars: shortcut ? a : null };
}

/** Source index along an axis of length n for padded position i (before = pad before). */
function padSource(mode: PadMode, i: number, before: number, n: number): number {
  const j = i - before;
  if (mode === "edge") return Math.min(Math.max(j, 0), n - 1);
  if (mode === "wrap") return ((j % n) + n) % n;
  if (mode === "reflect") {
    if (n === 1) return 0;
    const period = 2 * (n - 1);
    const k = ((j % period) + period) % period;
    return k < n ? k : period - k;
  }
  const period = 2 * n; // symmetric
  const k = ((j % period) + period) % period;
  return k < n ? k : period - 1 - k;
}

/**
 * Pads `a` along `axis` by reflection with reflect_type "odd", as NumPy's `_set_reflect_both`:
 * chunks of at most the period are mirrored about the current edge (2 edge - value, in a's
 * dtype) again and again, so a wide pad keeps extrapolating rather than repeating.
 */
function padOdd(a: NDArray, axis: number, before: number, after: number, symmetric: boolean): NDArray {
  const n = a.shape[axis]!;
  const lead = new Array<string>(axis).fill(":");
  const out = concatenate([padBlock(a, axis, before, undefined), a, padBlock(a, axis, after, undefined)], axis);
  const at = (i: number) => out.get(...lead, `${i}:${i + 1}`) as NDArray;
  const mirror = (chunk: NDArray, edge: number) => subtract(multiply(at(edge), 2), chunk);
  // the chunk excludes the edge for reflect, includes it for symmetric
  const period = symmetric ? n : n - 1;
  const off = symmetric ? 1 : 0;
  let left = before;
  let right = after;
  const total = before + n + after;
  while (left > 0 || right > 0) {
    const length = total - left - right;
    const chunkMax = symmetric ? Math.floor(length / period) * period : Math.floor((length - 1) / period) * period;
    if (left > 0) {
      const c = Math.min(chunkMax, left);
      const stop = left - off; // the chunk runs right to left from stop + c down to stop + 1
      const chunk = flip(out.get(...lead, `${stop + 1}:${stop + c + 1}`) as NDArray, axis);
      out.set(...lead, `${left - c}:${left}`, mirror(chunk, left));
      left -= c;
    }
    if (right > 0) {
      const c = Math.min(chunkMax, right);
      const end = total - right; // first padded index on the right
      const start = end - 2 + off; // the chunk runs from start down to start - c + 1
      const chunk = flip(out.get(...lead, `${start - c + 1}:${start + 1}`) as NDArray, axis);
      out.set(...lead, `${end}:${end + c}`, mirror(chunk, end - 1));
      right -= c;
    }
  }
  return out;
}

/**
 * A pad area of `width` along `axis` for `a`: `v` broadcast over it and cast unsafely to a's dtype
 * (a scalar as `fill` casts it), or uninitialised when `v` is undefined.
 */
function padBlock(a: NDArray, axis: number, width: number, v: ArrayLike | undefined): NDArray {
  const shape = a.shape.slice();
  shape[axis] = width;
  const s = emptyArray(a._dt, shape, undefined, true);
  if (v === undefined || s.size === 0) return s;
  if (v instanceof NDArray) s.set("...", v.astype(a._dt.name, { casting: "unsafe" }));
  else s.fill(v as number);
  return s;
}

/**
 * The median along `axis` with keepdims, as NumPy's: the mean of the one or two middle values
 * (so float64 for integer input), NaN where a lane holds a NaN.
 */
function medianAlong(a: NDArray, axis: number): NDArray {
  const n = a.shape[axis]!;
  const lanes = moveaxis(a, axis, -1).reshape([-1, n]).tolist({ bigint: true }) as (number | bigint)[][];
  const mid = n % 2 === 1 ? [(n - 1) / 2] : n === 0 ? [] : [n / 2 - 1, n / 2];
  const order = lanes.map((lane) => {
    const idx = lane.map((_, i) => i);
    // NaN sorts last, as in NumPy; complex values sort by real part, then imaginary part.
    const cmp = (x: unknown, y: unknown): number => {
      if (typeof x === "object" && x !== null) {
        const [p, q] = [x as { re: number; im: number }, y as { re: number; im: number }];
        return cmp(p.re, q.re) || cmp(p.im, q.im);
      }
      const xn = x !== x;
      const yn = y !== y;
      return xn || yn ? Number(xn) - Number(yn) : (x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0;
    };
    idx.sort((i, j) => cmp(lane[i], lane[j]));
    return mid.map((m) => idx[m]!);
  });
  const shape = a.shape.slice();
  shape[axis] = mid.length;
  const moved = shape.slice();
  moved.splice(axis, 1);
  const idx = moveaxis(array(order, "int64").reshape([...moved, mid.length]), -1, axis);
  const m = mean(take_along_axis(a, idx, axis), { axis, keepdims: true }) as NDArray;
  if (a._dt.kind !== "f" && a._dt.kind !== "c") return m;
  const hasNaN = any(isnan(a), { axis, keepdims: true }) as NDArray;
  return where(hasNaN, NaN, m);
}

/** The statistic of a pad area, with keepdims, rounded for integer arrays as NumPy's `_get_stats`. */
function padStat(mode: StatMode, chunk: NDArray, axis: number): NDArray {
  const s =
    mode === "median"
      ? medianAlong(chunk, axis)
      : ((mode === "mean" ? mean : mode === "maximum" ? max : min)(chunk, { axis, keepdims: true }) as NDArray);
  return chunk._dt.kind === "i" || chunk._dt.kind === "u" ? asArray(around(s) as NDArray) : s;
}

/** A user pad function, as NumPy's `padding_func(vector, iaxis_pad_width, iaxis, kwargs)`. */
type PadFunction = (vector: NDArray, iaxis_pad_width: [number, number], iaxis: number, kwargs: Record<string, unknown>) => unknown;

/**
 * np.pad with a callable mode, as NumPy: the array is placed in zeros of the padded shape, then
 * the function is called on every 1-D lane along each axis in turn (a view it fills in place),
 * with that axis's pad widths, the axis and the other keyword arguments.
 */
function padWithFunction(array_: ArrayLike, pad_width: ArrayLike, fn: PadFunction, opts: Record<string, unknown>): NDArray {
  const a = asArray(array_);
  const pw = asArray(pad_width);
  if (pw._dt.kind !== "i") throw new NumpyTypeError("`pad_width` must be of integral type.");
  const widths = asPairs(pw, a.ndim, true).pairs as [number, number][];
  const kwargs: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(opts)) if (k !== "mode") kwargs[k] = v;
  const padded = emptyArray(a._dt, a.shape.map((n, i) => n + widths[i]![0] + widths[i]![1]));
  padded.fill(0);
  padded.set(...a.shape.map((n, i) => `${widths[i]![0]}:${widths[i]![0] + n}`), a);
  for (let axis = 0; axis < padded.ndim; axis++) {
    const view = moveaxis(padded, axis, -1);
    for (const ind of ndindex(view.shape.slice(0, -1))) fn(view.get(...ind, "...") as NDArray, [widths[axis]![0], widths[axis]![1]], axis, kwargs);
  }
  return padded;
}

/**
 * Pads an array, as `numpy.pad(array, pad_width, mode='constant', **kwargs)`: modes
 * "constant" (with `constant_values`), "edge", "wrap", "reflect", "symmetric", "empty",
 * "linear_ramp" (with `end_values`) and the statistics "maximum", "minimum", "mean" and
 * "median" (over `stat_length` values at each edge; rounded for integer arrays).
 * Axes are padded in order, so corners come from the later axes, as in NumPy. A function as the
 * mode is NumPy's `padding_func(vector, iaxis_pad_width, iaxis, kwargs)`, filling each lane in place.
 * @example
 * np.pad([1, 2], [1, 2]).tolist() // [0, 1, 2, 0, 0]
 * np.pad([1, 2, 3], 2, {mode: "reflect"}).tolist() // [3, 2, 1, 2, 3, 2, 1]
 * np.pad([1, 2, 6], 2, {mode: "linear_ramp", end_values: [5, 0]}).tolist() // [5, 3, 1, 2, 6, 3, 0]
 * np.pad([1, 2, 6], 1, {mode: "mean", stat_length: 2}).tolist() // [2, 1, 2, 6, 4]
 */
export function pad(
  array_: ArrayLike,
  pad_width: ArrayLike | { pad_width: ArrayLike; mode?: PadMode | PadFunction; [kwarg: string]: unknown },
  ...rest: Args<
    [PadMode | PadFunction],
    { mode?: PadMode | PadFunction; [kwarg: string]: unknown; constant_values?: ArrayLike; end_values?: ArrayLike; stat_length?: ArrayLike | null; reflect_type?: "even" | "odd" }
  >
): NDArray {
  [pad_width, ...rest] = takeRequired("pad", ["pad_width"], [pad_width, ...rest]) as [ArrayLike, ...typeof rest];
  const keywords = ["constant_values", "end_values", "stat_length", "reflect_type"];
  const last = rest[rest.length - 1];
  const fnMode = typeof rest[0] === "function" ? rest[0] : isOptions(last) && typeof last.mode === "function" ? last.mode : undefined;
  if (fnMode !== undefined) return padWithFunction(array_, pad_width, fnMode as PadFunction, isOptions(last) ? last : {});
  const [modeArg, ...kw] = bindArgs("pad", ["mode"], rest, keywords) as [PadMode | null | undefined, ...unknown[]];
  const [constant_values, end_values, stat_length, reflect_type] = kw as [ArrayLike | undefined, ArrayLike | undefined, ArrayLike | null | undefined, string | undefined];
  let a = asArray(array_);
  const nd = a.ndim;
  const pw = asArray(pad_width);
  if (pw._dt.kind !== "i") throw new NumpyTypeError("`pad_width` must be of integral type.");
  const widths = asPairs(pw, nd, true).pairs;
  if (modeArg === null) throw new ValueError("mode 'None' is not supported");
  const mode = modeArg ?? "constant";
  const allowed = Object.prototype.hasOwnProperty.call(PAD_KWARGS, mode) ? PAD_KWARGS[mode] : undefined;
  if (allowed === undefined) throw new ValueError(`mode '${String(mode)}' is not supported`);
  const unsupported = keywords.filter((k, i) => kw[i] !== undefined && !allowed.includes(k));
  if (unsupported.length) {
    throw new ValueError(`unsupported keyword arguments for mode '${mode}': {${unsupported.map((k) => `'${k}'`).join(", ")}}`);
  }
  if (mode !== "constant" && mode !== "empty" && a.size === 0) {
    const ax = a.shape.findIndex((n, i) => n === 0 && (widths[i]![0]! > 0 || widths[i]![1]! > 0));
    if (ax >= 0) throw new ValueError(`can't extend empty axis ${ax} using modes other than 'constant' or 'empty'`);
  }
  const values = mode === "constant" ? asPairs(constant_values ?? 0, nd, false).pairs : null;
  const ends = mode === "linear_ramp" ? asPairs(end_values ?? 0, nd, false) : null;
  const lengths = stat_length == null ? null : asPairs(stat_length, nd, true).pairs;
  for (let ax = 0; ax < nd; ax++) {
    const [before, after] = widths[ax] as [number, number];
    const n = a.shape[ax]!;
    const lead = new Array<string>(ax).fill(":");
    if (mode === "empty" || (mode !== "constant" && a.size === 0)) {
      a = concatenate([padBlock(a, ax, before, undefined), a, padBlock(a, ax, after, undefined)], ax);
    } else if (mode === "maximum" || mode === "minimum" || mode === "mean" || mode === "median") {
      // NumPy's _get_stats: each side's statistic over at most stat_length values at its edge.
      const left = Math.min(lengths?.[ax]![0] ?? n, n);
      const right = Math.min(lengths?.[ax]![1] ?? n, n);
      if ((left === 0 || right === 0) && (mode === "maximum" || mode === "minimum")) {
        throw new ValueError("stat_length of 0 yields no value for padding");
      }
      const lstat = padStat(mode, a.get(...lead, `0:${left}`) as NDArray, ax);
      const rstat = left === n && right === n ? lstat : padStat(mode, a.get(...lead, `${n - right}:${n}`) as NDArray, ax);
      a = concatenate([padBlock(a, ax, before, lstat), a, padBlock(a, ax, after, rstat)], ax);
    } else if (mode === "linear_ramp") {
      // NumPy's _get_linear_ramps: linspace from the end value towards the edge, without it.
      // NumPy's one- or two-value shortcut hands linspace NumPy scalars (which take part in the
      // promotion); the general path hands Python numbers (which do not).
      const [e0, e1] = ends!.pairs[ax]! as [number, number];
      const end = (v: number): ArrayLike => (ends!.scalars ? asArray(v).astype(ends!.scalars._dt.name) : v);
      const ramp = (e: number, edge: number, w: number) =>
        linspace(end(e), a.get(...lead, edge) as NDArray, w, { endpoint: false, dtype: a._dt.name, axis: ax });
      a = concatenate([ramp(e0, 0, before), a, flip(ramp(e1, n - 1, after), ax)], ax);
    } else if (before === 0 && after === 0) {
      continue;
    } else if (reflect_type === "odd" && n > 1) {
      a = padOdd(a, ax, before, after, mode === "symmetric");
    } else if (mode === "constant") {
      a = concatenate([padBlock(a, ax, before, values?.[ax]![0]), a, padBlock(a, ax, after, values?.[ax]![1])], ax);
    } else {
      const src = Array.from({ length: before + n + after }, (_, i) => padSource(mode, i, before, n));
      a = a.get(...lead, asArray(src).astype("int64")) as NDArray;
    }
  }
  return a.base === null ? a : a.copy();
}

