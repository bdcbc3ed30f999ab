/**
 * Functions of sequences and vectors: numpy.correlate, numpy.convolve, numpy.interp,
 * numpy.cross, numpy.trapezoid and numpy.gradient.
 */
import { bindArgs, isOptions, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { COMPLEX128, FLOAT64 } from "../core/dtype.js";
import type { Complex, Scalar } from "../core/scalar.js";
import { add, conj, divide, equal, multiply, negative, remainder, subtract } from "../ufunc/index.js";
import { all } from "./reductions.js";
import { normalizeAxes, normalizeAxis } from "../core/shape.js";
import { warn } from "../core/warnings.js";
import { promote_types } from "./dtypes.js";
import { array, asArray, empty_like as emptyLike, zeros } from "./creation.js";
import { float64Values } from "../core/coerce.js";
import { concatenate, stack } from "./joining.js";
import { moveaxis } from "./manipulation.js";
import { diff } from "./math.js";
import { result_type } from "./dtypes.js";

type Mode = "valid" | "same" | "full" | 0 | 1 | 2;

/** NumPy's mode number (0 valid, 1 same, 2 full), with its errors. */
function modeNumber(mode: unknown): number {
  if (typeof mode === "number") {
    if (mode === 0 || mode === 1 || mode === 2) return mode;
    throw new ValueError("integer convolve/correlate mode must be 0, 1, or 2");
  }
  if (typeof mode !== "string") throw new NumpyTypeError("convolve/correlate mode not understood");
  const i = ["valid", "same", "full"].indexOf(mode);
  if (i >= 0) return i;
  // NumPy 2 rejects its former abbreviations (any word starting with v, s or f) with the old message.
  if ("vsf".includes(mode.charAt(0).toLowerCase()) && mode !== "") throw new ValueError("Use one of 'valid', 'same', or 'full' for convolve/correlate mode");
  throw new ValueError(`mode must be one of 'valid', 'same', or 'full' (got '${mode}')`);
}

/** A 1-d operand: 0-d and deeper arrays are NumPy's errors. */
function sequence(x: ArrayLike): NDArray {
  const a = asArray(x);
  if (a.ndim === 0) throw new ValueError("object of too small depth for desired array");
  if (a.ndim > 1) throw new ValueError("object too deep for desired array");
  return a;
}

/**
 * z[j] = sum_t a[j - (N - 1) + t] w[t] for j in [0, M + N - 1) (the full correlation of a with w),
 * cut to `mode` as NumPy's _pyarray_correlate does: for the longer length n and the shorter m,
 * valid is z[m-1 : n], same is n values from m - 1 - m // 2 (from m // 2 when a is the shorter).
 * Computed tap by tap (one vector multiply-add per element of the shorter operand).
 */
function correlateFull(a: NDArray, w: NDArray, mode: number): NDArray {
  const M = a.shape[0]!;
  const N = w.shape[0]!;
  const dt = result_type(a, w);
  const A = a.astype(dt);
  const W = w.astype(dt);
  const z = zeros(M + N - 1, dt);
  if (N <= M) {
    for (let t = 0; t < N; t++) {
      const win = z.get(`${N - 1 - t}:${N - 1 - t + M}`) as NDArray;
      add(win, multiply(A, W.get(`${t}:${t + 1}`) as NDArray), { out: win });
    }
  } else {
    const rev = W.get("::-1") as NDArray;
    for (let s = 0; s < M; s++) {
      const win = z.get(`${s}:${s + N}`) as NDArray;
      add(win, multiply(rev, A.get(`${s}:${s + 1}`) as NDArray), { out: win });
    }
  }
  const n = Math.max(M, N);
  const m = Math.min(M, N);
  if (mode === 2) return z;
  if (mode === 0) return z.get(`${m - 1}:${n}`) as NDArray;
  const start = M < N ? Math.floor(m / 2) : m - 1 - Math.floor(m / 2);
  return z.get(`${start}:${start + n}`) as NDArray;
}

/**
 * Cross-correlation of two 1-d sequences, as `numpy.correlate(a, v, mode='valid')`:
 * z[k] = sum_n a[n + k] conj(v[n]), mode "valid", "same" or "full" (or 0, 1, 2).
 * @example np.correlate([1, 2, 3], [0, 1, 0.5]).tolist() // [3.5]
 * np.correlate([1, 2, 3], [0, 1, 0.5], "full").tolist() // [0.5, 2, 3.5, 3, 0]
 */
export function correlate(a: ArrayLike, v: ArrayLike, ...rest: Args<[Mode], { mode?: Mode }>): NDArray {
  const [mode] = bindArgs("correlate", ["mode"], rest) as [Mode | undefined];
  const m = modeNumber(mode ?? "valid");
  const x = sequence(a);
  let y = sequence(v);
  if (x.shape[0] === 0) throw new ValueError("first array argument cannot be empty");
  if (y.shape[0] === 0) throw new ValueError("second array argument cannot be empty");
  if (y.dtype.startsWith("complex")) y = conj(y) as NDArray;
  return correlateFull(x, y, m);
}

/**
 * Discrete linear convolution of two 1-d sequences, as `numpy.convolve(a, v, mode='full')`:
 * (a * v)[n] = sum_m a[m] v[n - m], mode "full", "same" or "valid" (or 2, 1, 0).
 * @example np.convolve([1, 2, 3], [0, 1, 0.5]).tolist() // [0, 1, 2.5, 4, 1.5]
 * np.convolve([1, 2, 3], [0, 1, 0.5], "same").tolist() // [1, 2.5, 4]
 */
export function convolve(a: ArrayLike, v: ArrayLike, ...rest: Args<[Mode], { mode?: Mode }>): NDArray {
  const [mode] = bindArgs("convolve", ["mode"], rest) as [Mode | undefined];
  let x = asArray(a);
  let y = asArray(v);
  if (x.ndim === 0) x = x.reshape([1]);
  if (y.ndim === 0) y = y.reshape([1]);
  if (x.shape[0] === 0) throw new ValueError("a cannot be empty");
  if (y.shape[0] === 0) throw new ValueError("v cannot be empty");
  if (y.shape[0]! > x.shape[0]!) [x, y] = [y, x];
  const m = modeNumber(mode ?? "full");
  return correlateFull(sequence(x), sequence(y).get("::-1") as NDArray, m);
}

type InterpOpts = { left?: number | Complex | null; right?: number | Complex | null; period?: number | null };

/**
 * numpy's binary_search_with_guess without the guess: -1 below xp[0], n above xp[n - 1], else
 * the j with xp[j] <= x < xp[j + 1] (n - 1 for x == xp[n - 1]).
 */
function findInterval(xp: Float64Array, x: number): number {
  const n = xp.length;
  if (x > xp[n - 1]!) return n;
  if (x < xp[0]!) return -1;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x >= xp[mid]!) lo = mid;
    else hi = mid;
  }
  return x >= xp[hi]! ? hi : lo;
}

/** One interpolated value of real data, as NumPy's compiled_interp (NaN-avoiding fallbacks). */
function interpAt(xp: Float64Array, fp: Float64Array, x: number, left: number, right: number, invDx: boolean): number {
  const n = xp.length;
  if (n === 1) return x < xp[0]! ? left : x > xp[0]! ? right : fp[0]!;
  const j = findInterval(xp, x);
  if (j === -1) return left;
  if (j === n) return right;
  if (j === n - 1 || xp[j] === x) return fp[j]!;
  const slope = invDx ? (fp[j + 1]! - fp[j]!) * (1 / (xp[j + 1]! - xp[j]!)) : (fp[j + 1]! - fp[j]!) / (xp[j + 1]! - xp[j]!);
  let r = slope * (x - xp[j]!) + fp[j]!;
  if (r !== r) {
    r = slope * (x - xp[j + 1]!) + fp[j + 1]!;
    if (r !== r && fp[j] === fp[j + 1]) r = fp[j]!;
  }
  return r;
}

/** x or xp as float64: complex input is NumPy's TypeError (its cast to double is 'safe'). */
function realPoints(v: ArrayLike): NDArray {
  const a = asArray(v);
  if (a._dt.kind === "c") {
    if (v instanceof NDArray) throw new NumpyTypeError(`Cannot cast array data from dtype('${a.dtype}') to dtype('float64') according to the rule 'safe'`);
    throw new NumpyTypeError("float() argument must be a string or a real number, not 'complex'");
  }
  return a.astype("float64");
}

/**
 * One-dimensional linear interpolation, as `numpy.interp(x, xp, fp, left=None, right=None,
 * period=None)`: xp increasing sample points, fp their values (real or complex); left/right
 * for x outside xp (default fp[0], fp[-1]); `period` for angular coordinates.
 * @example np.interp(2.5, [1, 2, 3], [3, 2, 0]) // 1
 * np.interp([0, 1.5, 10], [1, 2, 3], [3, 2, 0], {right: -1}).tolist() // [3, 2.5, -1]
 */
export function interp(x: ArrayLike, xp: ArrayLike, fp: ArrayLike, ...rest: Args<[number | Complex | null, number | Complex | null, number | null], InterpOpts>): NDArray | Scalar {
  const [leftArg, rightArg, period] = bindArgs("interp", ["left", "right", "period"], rest) as [number | Complex | null | undefined, number | Complex | null | undefined, number | null | undefined];
  let fa = asArray(fp);
  const complex = fa._dt.kind === "c";
  let xa = realPoints(x);
  let xpa = realPoints(xp);
  let left = leftArg;
  let right = rightArg;
  if (period != null) {
    if (period === 0) throw new ValueError("period must be a non-zero value");
    const p = Math.abs(period);
    left = right = null;
    if (xpa.ndim !== 1 || fa.ndim !== 1) throw new ValueError("Data points must be 1-D sequences");
    if (xpa.shape[0] !== fa.shape[0]) throw new ValueError("fp and xp are not of the same length");
    xa = remainder(xa, p) as NDArray;
    xpa = remainder(xpa, p) as NDArray;
    const order = argsortNumbers(xpa.tolist() as number[]);
    xpa = xpa.get(array(order)) as NDArray;
    fa = fa.get(array(order)) as NDArray;
    const n = order.length;
    xpa = concatenate([subtract(xpa.get(`${n - 1}:`), p) as NDArray, xpa, add(xpa.get("0:1"), p) as NDArray]);
    fa = concatenate([fa.get(`${n - 1}:`) as NDArray, fa, fa.get("0:1") as NDArray]);
  }
  if (xpa.ndim !== 1 || fa.ndim !== 1) throw new ValueError("object too deep for desired array");
  if (xpa.shape[0] === 0) throw new ValueError("array of sample points is empty");
  if (xpa.shape[0] !== fa.shape[0]) throw new ValueError("fp and xp are not of the same length.");
  const xs = float64Values(xpa);
  const xv = float64Values(xa);
  const out = emptyArray(complex ? COMPLEX128 : FLOAT64, xa.shape);
  const ov = out._storage.region.view(FLOAT64) as Float64Array;
  const parts = complex ? (["real", "imag"] as const) : (["real"] as const);
  parts.forEach((part, k) => {
    const f = float64Values(complex ? (fa.astype("complex128")[part] as NDArray) : fa);
    const side = (v: number | Complex | null | undefined, dflt: number): number =>
      v == null ? dflt : typeof v === "object" ? (part === "real" ? v.re : v.im) : part === "real" ? v : 0;
    const lo = side(left, f[0]!);
    const hi = side(right, f[f.length - 1]!);
    const step = parts.length;
    for (let i = 0, o = (out._ptr >> 3) + k; i < xv.length; i++, o += step) ov[o] = interpAt(xs, f, xv[i]!, lo, hi, complex);
  });
  return out.ndim === 0 ? (out.item() as Scalar) : out;
}

/** Indices that sort `v` ascending, ties in order (xp after % period: a stable argsort). */
function argsortNumbers(v: number[]): number[] {
  return v.map((_, i) => i).sort((i, j) => (v[i]! < v[j]! ? -1 : v[i]! > v[j]! ? 1 : i - j));
}

type CrossOpts = { axisa?: number; axisb?: number; axisc?: number; axis?: number | null };

/**
 * Cross product of 3-vectors (or 2-vectors, deprecated in NumPy 2) along the last axis, as
 * `numpy.cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None)`, broadcasting the other axes;
 * NumPy's formulas, in the promoted dtype.
 * @example np.cross([1, 2, 3], [4, 5, 6]).tolist() // [-3, 6, -3]
 */
export function cross(a: ArrayLike, b: ArrayLike, ...rest: Args<[number, number, number, number | null], CrossOpts>): NDArray {
  const [axisaArg, axisbArg, axiscArg, axis] = bindArgs("cross", ["axisa", "axisb", "axisc", "axis"], rest) as [number | undefined, number | undefined, number | undefined, number | null | undefined];
  const [axisa, axisb, axisc] = axis != null ? [axis, axis, axis] : [axisaArg ?? -1, axisbArg ?? -1, axiscArg ?? -1];
  let A = asArray(a);
  let B = asArray(b);
  if (A.ndim < 1 || B.ndim < 1) throw new ValueError("At least one array has zero dimension");
  A = moveaxis(A, normalizeAxis(axisa, A.ndim, "axisa"), -1);
  B = moveaxis(B, normalizeAxis(axisb, B.ndim, "axisb"), -1);
  const na = A.shape[A.ndim - 1]!;
  const nb = B.shape[B.ndim - 1]!;
  if ((na !== 2 && na !== 3) || (nb !== 2 && nb !== 3)) throw new ValueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)");
  if (na === 2 || nb === 2) {
    warn("Arrays of 2-dimensional vectors are deprecated. Use arr1[..., 0] * arr2[..., 1] - arr1[..., 1] * arr2[..., 0] instead.", "DeprecationWarning");
  }
  const dt = promote_types(A.dtype, B.dtype);
  // Two single vectors get a leading axis so the components stay arrays (ndts's 0-d ufunc
  // results are JS scalars), dropped at the end: two 2-vectors give a 0-d array, as in NumPy.
  const single = A.ndim === 1 && B.ndim === 1;
  A = (single ? A.reshape([1, na]) : A).astype(dt);
  B = (single ? B.reshape([1, nb]) : B).astype(dt);
  const at = (x: NDArray, i: number) => x.get("...", i) as NDArray;
  const mul = (x: NDArray, y: NDArray) => multiply(x, y) as NDArray;
  const sub = (x: NDArray, y: NDArray) => subtract(x, y) as NDArray;
  const neg = (x: NDArray) => negative(x) as NDArray;
  const [a0, a1, b0, b1] = [at(A, 0), at(A, 1), at(B, 0), at(B, 1)];
  if (na === 2 && nb === 2) {
    const z = sub(mul(a0, b1), mul(a1, b0));
    return single ? z.reshape([]) : z;
  }
  let parts: NDArray[];
  if (na === 2) {
    const b2 = at(B, 2);
    parts = [mul(a1, b2), neg(mul(a0, b2)), sub(mul(a0, b1), mul(a1, b0))];
  } else if (nb === 2) {
    const a2 = at(A, 2);
    parts = [neg(mul(a2, b1)), mul(a2, b0), sub(mul(a0, b1), mul(a1, b0))];
  } else {
    const [a2, b2] = [at(A, 2), at(B, 2)];
    parts = [sub(mul(a1, b2), mul(a2, b1)), sub(mul(a2, b0), mul(a0, b2)), sub(mul(a0, b1), mul(a1, b0))];
  }
  let cp = stack(parts, -1);
  if (single) cp = cp.reshape([3]);
  return moveaxis(cp, -1, normalizeAxis(axisc, cp.ndim, "axisc"));
}

type TrapzOpts = { x?: ArrayLike | null; dx?: number; axis?: number };

/**
 * Integral by the trapezoidal rule along `axis`, as `numpy.trapezoid(y, x=None, dx=1.0,
 * axis=-1)`: sample points `x` (1-d along the axis, or y's shape) or a constant spacing `dx`.
 * @example np.trapezoid([1, 2, 3]) // 4
 * np.trapezoid([1, 2, 3], [4, 6, 8]) // 8
 */
export function trapezoid(y: ArrayLike, ...rest: Args<[ArrayLike | null, number, number], TrapzOpts>): NDArray | Scalar {
  const [x, dxArg, axisArg] = bindArgs("trapezoid", ["x", "dx", "axis"], rest) as [ArrayLike | null | undefined, number | undefined, number | undefined];
  const Y = asArray(y);
  const nd = Y.ndim;
  const axis = normalizeAxis(axisArg ?? -1, nd);
  let d: ArrayLike = dxArg ?? 1.0;
  if (x != null) {
    const X = asArray(x);
    if (X.ndim === 1) {
      const dd = diff(X);
      const shape = new Array<number>(nd).fill(1);
      shape[axis] = dd.shape[0]!;
      d = dd.reshape(shape);
    } else {
      d = diff(X, { axis });
    }
  }
  const lead = new Array<string>(axis).fill(":");
  const mids = divide(add(Y.get(...lead, "1:"), Y.get(...lead, ":-1")), 2.0);
  return add.reduce(multiply(d, mids), axis) as NDArray | Scalar;
}

/** A spacing: a JS number (NumPy's weak Python float), a 0-d array (a strong NumPy scalar) or the 1-d differences of coordinates. */
type Spacing = number | NDArray;

/**
 * The gradient of an N-d array by central differences in the interior and one-sided (first or
 * second order) differences at the edges, as `numpy.gradient(f, *varargs, axis=None,
 * edge_order=1)`: `varargs` gives the spacing, one scalar for every axis or one scalar or
 * coordinate array per axis. One array per axis (a single array for one axis).
 * @example np.gradient([1, 2, 4, 7, 11]).tolist() // [1, 1.5, 2.5, 3.5, 4]
 * np.gradient([[1, 2, 6], [3, 4, 5]], {axis: 0}).tolist() // [[2, 2, -1], [2, 2, -1]]
 */
export function gradient(f: ArrayLike, ...varargs: (ArrayLike | { axis?: number | readonly number[] | null; edge_order?: number })[]): NDArray | NDArray[] {
  const opts = varargs.length > 0 && isOptions(varargs[varargs.length - 1]) ? varargs.pop() : {};
  const [axis, edgeArg] = bindArgs("gradient", [], [opts], ["axis", "edge_order"]) as [number | readonly number[] | null | undefined, number | undefined];
  const edge = edgeArg ?? 1;
  let F = asArray(f);
  const N = F.ndim;
  const axes = axis == null ? F.shape.map((_, i) => i) : normalizeAxes(axis as number | number[], N);
  const n = varargs.length;
  let dx: Spacing[];
  const asSpacing = (v: ArrayLike): Spacing => (typeof v === "number" ? v : asArray(v));
  if (n === 0) dx = axes.map(() => 1.0);
  else if (n === 1 && asArray(varargs[0] as ArrayLike).ndim === 0) dx = axes.map(() => asSpacing(varargs[0] as ArrayLike));
  else if (n === axes.length) {
    dx = varargs.map((v, i) => {
      const d = asSpacing(v as ArrayLike);
      if (typeof d === "number" || d.ndim === 0) return d;
      if (d.ndim !== 1) throw new ValueError("distances must be either scalars or 1d");
      if (d.shape[0] !== F.shape[axes[i]!]) throw new ValueError("when 1d, distances must match the length of the corresponding dimension");
      const diffx = diff(d.dtype.startsWith("int") || d.dtype.startsWith("uint") ? d.astype("float64") : d);
      const first = (diffx.get("0:1") as NDArray).reshape([]);
      return all(equal(diffx, first)) ? first : diffx;
    });
  } else throw new NumpyTypeError("invalid number of arguments");
  if (edge > 2) throw new ValueError("'edge_order' greater than 2 not supported");
  const kind = F._dt.kind;
  if (kind === "i" || kind === "u") F = F.astype("float64");
  const otype = kind === "f" || kind === "c" ? F.dtype : "float64";
  // NumPy's scalars: a JS number stays weak, a 0-d array strong (as np.float64)
  const scal = (x: Spacing, g: (v: number) => number): Spacing => (typeof x === "number" ? g(x) : array(g(x.item() as number), x.dtype));
  const outs = axes.map((ax, k) => {
    if (F.shape[ax]! < edge + 1) {
      throw new ValueError("Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.");
    }
    const out = emptyLike(F, otype);
    const lead = new Array<string>(ax).fill(":");
    const at = (s: string | number) => F.get(...lead, s) as NDArray;
    const put = (s: string | number, v: unknown) => out.set(...lead, s, v as ArrayLike);
    const ax_dx = dx[k]!;
    const uniform = typeof ax_dx === "number" || ax_dx.ndim === 0;
    const shaped = (v: NDArray) => v.reshape(F.shape.map((_, i) => (i === ax ? -1 : 1)));
    const comb = (a: Spacing, b: Spacing, c: Spacing, s1: string | number, s2: string | number, s3: string | number) =>
      add(add(multiply(a, at(s1)), multiply(b, at(s2))), multiply(c, at(s3)));
    if (uniform) {
      put("1:-1", divide(subtract(at("2:"), at(":-2")), scal(ax_dx, (v) => 2 * v)));
    } else {
      const d = ax_dx;
      const dx1 = d.get("0:-1") as NDArray;
      const dx2 = d.get("1:") as NDArray;
      const a = shaped(divide(negative(dx2), multiply(dx1, add(dx1, dx2))) as NDArray);
      const b = shaped(divide(subtract(dx2, dx1), multiply(dx1, dx2)) as NDArray);
      const c = shaped(divide(dx1, multiply(dx2, add(dx1, dx2))) as NDArray);
      put("1:-1", comb(a, b, c, ":-2", "1:-1", "2:"));
    }
    const el = (i: number): Spacing => (uniform ? ax_dx : ((ax_dx as NDArray).get(`${i}:${i === -1 ? "" : i + 1}`) as NDArray).reshape([]));
    if (edge === 1) {
      put(0, divide(subtract(at(1), at(0)), el(0)));
      put(-1, divide(subtract(at(-1), at(-2)), el(-1)));
    } else {
      let a: Spacing, b: Spacing, c: Spacing;
      if (uniform) [a, b, c] = [scal(ax_dx, (v) => -1.5 / v), scal(ax_dx, (v) => 2 / v), scal(ax_dx, (v) => -0.5 / v)];
      else {
        const [d1, d2] = [Number(((ax_dx as NDArray).get(0))), Number((ax_dx as NDArray).get(1))];
        const s = (v: number) => array(v, (ax_dx as NDArray).dtype);
        [a, b, c] = [s(-(2 * d1 + d2) / (d1 * (d1 + d2))), s((d1 + d2) / (d1 * d2)), s(-d1 / (d2 * (d1 + d2)))];
      }
      put(0, comb(a, b, c, 0, 1, 2));
      if (uniform) [a, b, c] = [scal(ax_dx, (v) => 0.5 / v), scal(ax_dx, (v) => -2 / v), scal(ax_dx, (v) => 1.5 / v)];
      else {
        const [d1, d2] = [Number((ax_dx as NDArray).get(-2)), Number((ax_dx as NDArray).get(-1))];
        const s = (v: number) => array(v, (ax_dx as NDArray).dtype);
        [a, b, c] = [s(d2 / (d1 * (d1 + d2))), s(-(d2 + d1) / (d1 * d2)), s((2 * d2 + d1) / (d2 * (d1 + d2)))];
      }
      put(-1, comb(a, b, c, -3, -2, -1));
    }
    return out;
  });
  return outs.length === 1 ? outs[0]! : outs;
}
