/**
 * NumPy's legacy polynomial API (numpy/lib/_polynomial_impl.py): coefficients are 1-d arrays,
 * highest power first. poly (from roots or a matrix's eigenvalues), roots (the eigenvalues of the
 * companion matrix), polyval (Horner), polyfit (a scaled least-squares fit of a Vandermonde
 * matrix), polyadd/polysub/polymul/polydiv, polyder and polyint; each step is NumPy's, with
 * NumPy's dtypes (NEP 50 promotion). np.poly1d lives in ./poly1d.ts.
 *
 * @example
 * np.poly([1, 2])              // array([ 1., -3.,  2.]): (x - 1)(x - 2)
 * np.roots([1, -3, 2])         // array([2., 1.])
 * np.polyval([1, -3, 2], 3)    // 2
 * np.polyfit([0, 1, 2], [1, 3, 5], 1) // array([2., 1.])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { FLOAT64, type DType } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { warn } from "../core/warnings.js";
import { eigvals, inv, lstsq } from "../linalg/linalg.js";
import { dot } from "../linalg/products.js";
import { add, conj, divide, equal, multiply, negative, sqrt, subtract } from "../ufunc/index.js";
import { array, asanyarray, asArray, ones, zeros, zeros_like } from "./creation.js";
import { finfo } from "./dtypes.js";
import { concatenate, hstack } from "./joining.js";
import { atleast_1d } from "./manipulation.js";
import { diag, vander } from "./matrices.js";
import { allclose, outer } from "./math.js";
import { convolve } from "./numeric.js";
import { arange } from "./ranges.js";
import { all, sum } from "./reductions.js";
import { sort } from "./sorting.js";
import { isPoly1d, toPoly1d, type Poly1dLike } from "./poly1d.js";

/** A 1-d view of the input (NumPy's atleast_1d of one array). */
function atleast1d(x: ArrayLike): NDArray {
  return atleast_1d(x) as NDArray;
}

/** Coefficients of an array_like or a poly1d. */
function coeffsOf(x: ArrayLike | Poly1dLike): NDArray {
  return isPoly1d(x) ? x.coeffs : asArray(x as ArrayLike);
}

/** `a + 0.0` under NEP 50: bool and integer arrays become float64, inexact ones keep their dtype. */
function plusZeroFloat(a: NDArray): NDArray {
  return a._dt.kind === "f" || a._dt.kind === "c" ? a.copy() : a.astype(FLOAT64);
}

/** NumPy's mintypecode for one dtype: float32/complex64/complex128 kept, anything else float64. */
function minFloatType(dt: DType): string {
  return dt.kind === "f" || dt.kind === "c" ? dt.name : "float64";
}

/** `a[i]` as a strong (array) value: a 0-d view for a 1-d array. */
function at(a: NDArray, i: number): NDArray {
  return a.get(i, "...") as NDArray;
}

/**
 * The coefficients of the monic polynomial with the given roots, as `np.poly(seq_of_zeros)`; a
 * non-empty square matrix gives its characteristic polynomial (from its eigenvalues). Real when
 * the complex roots come in conjugate pairs; 1 for no roots.
 * @example np.poly([0, 0, 0]).tolist() // [1, 0, 0, 0]
 */
export function poly(seq_of_zeros: ArrayLike | Poly1dLike, ...rest: Args<[], Record<string, never>>): NDArray | number {
  bindArgs("poly", [], rest);
  let zs = atleast1d(isPoly1d(seq_of_zeros) ? seq_of_zeros.coeffs : (seq_of_zeros as ArrayLike));
  const sh = zs.shape;
  if (sh.length === 2 && sh[0] === sh[1] && sh[0] !== 0) zs = eigvals(zs);
  else if (sh.length === 1) zs = zs.astype(minFloatType(zs._dt));
  else throw new ValueError("input must be 1d or non-empty square 2d array.");
  if (zs.shape[0] === 0) return 1.0;
  const dt = zs._dt;
  let a = ones([1], dt);
  for (let i = 0; i < zs.shape[0]!; i++) {
    a = convolve(a, concatenate([ones([1], dt), negative(zs.get(`${i}:${i + 1}`)) as NDArray]), "full");
  }
  if (a._dt.kind === "c") {
    const r = zs.astype("complex128");
    if (all(equal(sort(r), sort(conj(r) as NDArray)))) a = (a.real as NDArray).copy();
  }
  return a;
}

/**
 * The roots of a polynomial with coefficients `p` (highest power first), as `np.roots(p)`: the
 * eigenvalues of the companion matrix, leading and trailing zeros stripped (each trailing zero
 * is a root at 0); complex coefficients give complex roots.
 * @example np.roots([1, 0, -1]).tolist() // [-1, 1]
 */
export function roots(p: ArrayLike | Poly1dLike, ...rest: Args<[], Record<string, never>>): NDArray {
  bindArgs("roots", [], rest);
  let c = atleast1d(coeffsOf(p));
  if (c.ndim !== 1) throw new ValueError("Input must be a rank-1 array.");
  const nz = (c.ravel().tolist() as Scalar[]).flatMap((v, i) => (isZero(v) ? [] : [i]));
  if (nz.length === 0) return array([]);
  const first = nz[0]!;
  const last = nz[nz.length - 1]!;
  const trailing = c.shape[0]! - last - 1;
  c = c.get(`${first}:${last + 1}`) as NDArray;
  if (c._dt.kind !== "f" && c._dt.kind !== "c") c = c.astype(FLOAT64);
  const N = c.shape[0]!;
  let r: NDArray;
  if (N > 1) {
    const A = diag(ones([N - 2], c._dt), -1);
    A.set(0, ":", divide(negative(c.get("1:")), at(c, 0)));
    r = eigvals(A);
  } else r = array([]);
  return hstack([r, zeros(trailing, r._dt)]);
}

function isZero(v: Scalar): boolean {
  if (typeof v === "object") return v.re === 0 && v.im === 0;
  return v === 0 || v === false || v === 0n;
}

/**
 * The polynomial `p` (highest power first) evaluated at `x` by Horner's scheme, as
 * `np.polyval(p, x)`: an array of x's shape, a JS scalar for a scalar x, a poly1d for a poly1d x.
 * @example np.polyval([3, 0, 1], 5) // 76
 */
export function polyval(p: ArrayLike | Poly1dLike, x: ArrayLike | Poly1dLike, ...rest: Args<[], Record<string, never>>): NDArray | Scalar | Poly1dLike {
  bindArgs("polyval", [], rest);
  const c = coeffsOf(p);
  if (isPoly1d(x)) {
    let y: Poly1dLike = toPoly1d(0);
    for (let i = 0; i < c.shape[0]!; i++) y = y.multiply(x).add(toPoly1d(at(c, i)));
    return y;
  }
  const xa = asanyarray(x as ArrayLike);
  // A 0-d x is computed as shape [1] so every intermediate keeps its dtype (NumPy's scalars are
  // strong), then unwrapped to a JS scalar as NumPy returns a scalar.
  const xs = xa.ndim === 0 ? xa.reshape([1]) : xa;
  let y = zeros_like(xs);
  for (let i = 0; i < c.shape[0]!; i++) y = add(multiply(y, xs), at(c, i)) as NDArray;
  // With no coefficients NumPy returns zeros_like(x) itself, a 0-d array for a scalar x.
  if (xa.ndim === 0) return c.shape[0] === 0 ? y.reshape([]) : (y.reshape([]).get() as Scalar);
  return y;
}

type PolyfitOpts = { rcond?: number | null; full?: boolean; w?: ArrayLike | null; cov?: boolean | "unscaled" };

/**
 * The least-squares polynomial fit of degree `deg` to the points (x, y), as
 * `np.polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False)`: the coefficients, highest
 * power first (one column per column of a 2-d y). NumPy's method: the Vandermonde matrix (times
 * the weights), its columns scaled to unit norm, np.linalg.lstsq. `full` also returns
 * [residuals, rank, singular_values, rcond]; `cov` the covariance matrix of the estimate
 * (scaled by residuals / (len(x) - deg - 1) unless cov is "unscaled").
 * @example np.polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1) // array([2., 1.])
 */
export function polyfit(
  x: ArrayLike,
  y: ArrayLike,
  ...rest: Args<[number, number | null, boolean, ArrayLike | null, boolean | "unscaled"], PolyfitOpts & { deg?: number }>
): NDArray | unknown[] {
  const [degArg, rcondArg, full, w, cov] = bindArgs("polyfit", ["deg", "rcond", "full", "w", "cov"], rest) as [
    number | undefined, number | null | undefined, boolean | undefined, ArrayLike | null | undefined, boolean | "unscaled" | undefined,
  ];
  if (degArg == null) throw new NumpyTypeError("polyfit() missing 1 required positional argument: 'deg'");
  const deg = degArg;
  const order = Math.trunc(deg) + 1;
  const xa = plusZeroFloat(asArray(x));
  const ya = plusZeroFloat(asArray(y));
  if (deg < 0) throw new ValueError("expected deg >= 0");
  if (xa.ndim !== 1) throw new NumpyTypeError("expected 1D vector for x");
  if (xa.size === 0) throw new NumpyTypeError("expected non-empty vector for x");
  if (ya.ndim < 1 || ya.ndim > 2) throw new NumpyTypeError("expected 1D or 2D array for y");
  if (xa.shape[0] !== ya.shape[0]) throw new NumpyTypeError("expected x and y to have same length");
  const n = xa.shape[0]!;
  const rcond = rcondArg ?? n * finfo(xa).eps;
  const lhs = vander(xa, order);
  const rhs = ya;
  if (w != null) {
    const wa = plusZeroFloat(asArray(w));
    if (wa.ndim !== 1) throw new NumpyTypeError("expected a 1-d array for weights");
    if (wa.shape[0] !== ya.shape[0]) throw new NumpyTypeError("expected w and y to have the same length");
    const wcol = wa.reshape([-1, 1]);
    multiply(lhs, wcol, { out: lhs });
    multiply(rhs, rhs.ndim === 2 ? wcol : wa, { out: rhs });
  }
  const scale = sqrt(sum(multiply(lhs, lhs), { axis: 0 })) as NDArray;
  divide(lhs, scale, { out: lhs });
  const [c0, resids, rank, s] = lstsq(lhs, rhs, rcond);
  const c = (divide(c0.T, scale) as NDArray).T;
  if (rank !== order && !full) warn("Polyfit may be poorly conditioned", "RankWarning");
  if (full) return [c, resids, rank, s, rcond];
  if (!cov) return c;
  const Vbase = inv(dot(lhs.T, lhs) as NDArray);
  divide(Vbase, outer(scale, scale), { out: Vbase });
  let fac: NDArray | number = 1;
  if (cov !== "unscaled") {
    if (n <= order) throw new ValueError("the number of data points must exceed order to scale the covariance matrix");
    fac = divide(resids, n - order) as NDArray;
  }
  return [c, multiply(ya.ndim === 1 ? Vbase : Vbase.reshape([order, order, 1]), fac)];
}

/** NumPy's polyadd/polysub: the shorter operand padded with leading zeros (of its dtype). */
function addOrSub(a1: ArrayLike | Poly1dLike, a2: ArrayLike | Poly1dLike, op: typeof add): NDArray | Poly1dLike {
  const truepoly = isPoly1d(a1) || isPoly1d(a2);
  const x = atleast1d(coeffsOf(a1));
  const y = atleast1d(coeffsOf(a2));
  const d = y.shape[0]! - x.shape[0]!;
  let val: NDArray;
  if (d === 0) val = op(x, y) as NDArray;
  else if (d > 0) val = op(concatenate([zeros(d, x._dt), x]), y) as NDArray;
  else val = op(x, concatenate([zeros(-d, y._dt), y])) as NDArray;
  return truepoly ? toPoly1d(val) : val;
}

/**
 * The sum of two polynomials, as `np.polyadd(a1, a2)` (a poly1d when either is one).
 * @example np.polyadd([1, 2], [9, 5, 4]).tolist() // [9, 6, 6]
 */
export function polyadd(a1: ArrayLike | Poly1dLike, a2: ArrayLike | Poly1dLike, ...rest: Args<[], Record<string, never>>): NDArray | Poly1dLike {
  bindArgs("polyadd", [], rest);
  return addOrSub(a1, a2, add);
}

/**
 * The difference of two polynomials, as `np.polysub(a1, a2)`.
 * @example np.polysub([2, 10, -2], [3, 10, -4]).tolist() // [-1, 0, 2]
 */
export function polysub(a1: ArrayLike | Poly1dLike, a2: ArrayLike | Poly1dLike, ...rest: Args<[], Record<string, never>>): NDArray | Poly1dLike {
  bindArgs("polysub", [], rest);
  return addOrSub(a1, a2, subtract);
}

/**
 * The product of two polynomials, as `np.polymul(a1, a2)` (leading zeros dropped first, as
 * NumPy makes poly1d's of both).
 * @example np.polymul([1, 2, 3], [9, 5, 1]).tolist() // [9, 23, 38, 17, 3]
 */
export function polymul(a1: ArrayLike | Poly1dLike, a2: ArrayLike | Poly1dLike, ...rest: Args<[], Record<string, never>>): NDArray | Poly1dLike {
  bindArgs("polymul", [], rest);
  const truepoly = isPoly1d(a1) || isPoly1d(a2);
  const val = convolve(toPoly1d(a1).coeffs, toPoly1d(a2).coeffs);
  return truepoly ? toPoly1d(val) : val;
}

/**
 * Quotient and remainder of polynomial division, as `np.polydiv(u, v)`: [q, r] in floating
 * point (NumPy's long division; leading remainder terms close to 0 are dropped).
 * @example np.polydiv([3, 5, 2], [2, 1]).map((a) => a.tolist()) // [[1.5, 1.75], [0.25]]
 */
export function polydiv(u: ArrayLike | Poly1dLike, v: ArrayLike | Poly1dLike, ...rest: Args<[], Record<string, never>>): [NDArray, NDArray] | [Poly1dLike, Poly1dLike] {
  bindArgs("polydiv", [], rest);
  const truepoly = isPoly1d(u) || isPoly1d(v);
  const ua = plusZeroFloat(atleast1d(coeffsOf(u)));
  const va = plusZeroFloat(atleast1d(coeffsOf(v)));
  const wdt = (add(ua.get("0:1"), va.get("0:1")) as NDArray)._dt;
  const m = ua.shape[0]! - 1;
  const n = va.shape[0]! - 1;
  const scale = divide(1.0, va.get("0:1")) as NDArray;
  const q = zeros(Math.max(m - n + 1, 1), wdt);
  let r = ua.astype(wdt);
  for (let k = 0; k < m - n + 1; k++) {
    const d = multiply(scale, r.get(`${k}:${k + 1}`)) as NDArray;
    q.set(`${k}:${k + 1}`, d);
    const part = r.get(`${k}:${k + n + 1}`) as NDArray;
    subtract(part, multiply(d, va), { out: part });
  }
  while (allclose(r.get(0, "..."), 0, 1e-14) && r.shape[0]! > 1) r = r.get("1:") as NDArray;
  return truepoly ? [toPoly1d(q), toPoly1d(r)] : [q, r];
}

/**
 * The m-th derivative of a polynomial, as `np.polyder(p, m=1)`.
 * @example np.polyder([1, 1, 1, 1]).tolist() // [3, 2, 1]
 */
export function polyder(p: ArrayLike | Poly1dLike, ...rest: Args<[number], { m?: number }>): NDArray | Poly1dLike {
  const [mArg] = bindArgs("polyder", ["m"], rest) as [number | undefined];
  const m = Math.trunc(mArg ?? 1);
  if (m < 0) throw new ValueError("Order of derivative must be positive (see polyint)");
  const c = asArray(coeffsOf(p));
  if (c.ndim === 0) throw new NumpyTypeError("len() of unsized object");
  let val = c;
  for (let i = 0; i < m; i++) {
    const n = val.shape[0]! - 1;
    val = multiply(val.get(":-1"), arange(n, 0, -1)) as NDArray;
  }
  return isPoly1d(p) ? toPoly1d(val) : val;
}

/**
 * The m-th antiderivative of a polynomial, as `np.polyint(p, m=1, k=None)`: `k` gives the
 * integration constants (a scalar for all, or one per integration, the first used first).
 * @example np.polyint([3, 2, 1]).tolist() // [1, 1, 1, 0]
 */
export function polyint(p: ArrayLike | Poly1dLike, ...rest: Args<[number, ArrayLike | null], { m?: number; k?: ArrayLike | null }>): NDArray | Poly1dLike {
  const [mArg, kArg] = bindArgs("polyint", ["m", "k"], rest) as [number | undefined, ArrayLike | null | undefined];
  const m = Math.trunc(mArg ?? 1);
  if (m < 0) throw new ValueError("Order of integral must be positive (see polyder)");
  let k = atleast1d(kArg == null ? zeros(m, FLOAT64) : kArg);
  if (k.shape[0] === 1 && m > 1) k = multiply(at(k, 0), ones(m, FLOAT64)) as NDArray;
  if (k.shape[0]! < m) throw new ValueError("k must be a scalar or a rank-1 array of length 1 or >m.");
  let val = asArray(coeffsOf(p));
  for (let i = 0; i < m; i++) {
    const len = val.shape[0]!;
    val = concatenate([divide(val, arange(len, 0, -1)) as NDArray, k.get(`${i}:${i + 1}`) as NDArray]);
  }
  return isPoly1d(p) ? toPoly1d(val) : val;
}
