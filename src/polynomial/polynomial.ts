/**
 * np.polynomial.polynomial: power series with coefficients in increasing degree, as NumPy's
 * numpy/polynomial/polynomial.py (evaluation, arithmetic, calculus, fitting, roots and the
 * Vandermonde and companion matrices). The Polynomial class is built on these in ./classes.ts.
 *
 * @example
 * const P = np.polynomial.polynomial;
 * P.polyval(2, [1, 2, 3])            // 17
 * P.polymul([1, 2], [1, 3])          // array([1., 5., 6.])
 * P.polyroots([2, -3, 1])            // array([1., 2.])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { eigvals } from "../linalg/eig.js";
import { array, asArray, empty, zeros } from "../api/creation.js";
import { moveaxis } from "../api/manipulation.js";
import { convolve } from "../api/numeric.js";
import { arange } from "../api/ranges.js";
import { all, prod } from "../api/reductions.js";
import { sort } from "../api/sorting.js";
import { add, divide, equal, multiply, negative, subtract } from "../ufunc/index.js";
import {
  addSeries, array1, as_series, divisionOperands, asInt, fitSeries, fromRoots, gridNd, isZeroItem, normalizeAxis, plusZero, powSeries,
  subSeries, trimcoef, trimseq, valNd, vanderNdFlat, type FitOpts,
} from "./polyutils.js";

/** np.polynomial.polynomial.polytrim: np.polynomial.polyutils.trimcoef. */
export const polytrim = trimcoef;
/** The default domain of the power series, array([-1., 1.]). */
export const polydomain = array([-1, 1], "float64");
/** The zero series, array([0]). */
export const polyzero = array([0]);
/** The series 1, array([1]). */
export const polyone = array([1]);
/** The series x, array([0, 1]). */
export const polyx = array([0, 1]);

/**
 * The series off + scl*x, as `polyline(off, scl)`.
 * @example np.polynomial.polynomial.polyline(1, -1) // array([ 1, -1])
 */
export function polyline(off: Scalar | NDArray, scl: Scalar | NDArray): NDArray {
  if (!isZeroItem(scl instanceof NDArray ? scl.item() : scl)) return array([off, scl] as ArrayLike);
  return array([off] as ArrayLike);
}

/**
 * The series with the given roots, as `polyfromroots(roots)`.
 * @example np.polynomial.polynomial.polyfromroots([-1, 0, 1]) // array([ 0., -1.,  0.,  1.])
 */
export function polyfromroots(roots: ArrayLike): NDArray {
  return fromRoots(polyline, polymul, roots);
}

/**
 * The sum of two series, as `polyadd(c1, c2)`.
 * @example np.polynomial.polynomial.polyadd([1, 2, 3], [3, 2, 1]) // array([4., 4., 4.])
 */
export function polyadd(c1: ArrayLike, c2: ArrayLike): NDArray {
  return addSeries(c1, c2);
}

/**
 * The difference of two series, as `polysub(c1, c2)`.
 * @example np.polynomial.polynomial.polysub([1, 2, 3], [3, 2, 1]) // array([-2.,  0.,  2.])
 */
export function polysub(c1: ArrayLike, c2: ArrayLike): NDArray {
  return subSeries(c1, c2);
}

/**
 * The series multiplied by x, as `polymulx(c)`.
 * @example np.polynomial.polynomial.polymulx([1, 2, 3]) // array([0., 1., 2., 3.])
 */
export function polymulx(c: ArrayLike): NDArray {
  const [s] = as_series([c]) as [NDArray];
  const n = s.shape[0]!;
  if (n === 1 && isZeroItem(s.get(0))) return s;
  const prd = empty(n + 1, s._dt.name);
  prd.set(0, multiply(s.get(0, "..."), 0) as Scalar);
  prd.set("1:", s);
  return prd;
}

/**
 * The product of two series, as `polymul(c1, c2)`.
 * @example np.polynomial.polynomial.polymul([1, 2, 3], [3, 2, 1]) // array([ 3.,  8., 14.,  8.,  3.])
 */
export function polymul(c1: ArrayLike, c2: ArrayLike): NDArray {
  const [a, b] = as_series([c1, c2]) as [NDArray, NDArray];
  return trimseq(convolve(a, b) as NDArray);
}

/**
 * Quotient and remainder of two series, as `polydiv(c1, c2)`.
 * @example np.polynomial.polynomial.polydiv([1, 2, 3], [3, 2, 1]) // [array([3.]), array([-8., -4.])]
 */
export function polydiv(c1: ArrayLike, c2: ArrayLike): [NDArray, NDArray] {
  const { a, b, trivial } = divisionOperands(c1, c2);
  if (trivial) return trivial;
  const l1 = a.shape[0]!;
  const l2 = b.shape[0]!;
  const scl = b.get(-1, "...") as NDArray;
  const d = divide(b.get(":-1"), scl) as NDArray;
  let i = l1 - l2;
  let j = l1 - 1;
  while (i >= 0) {
    const seg = a.get(`${i}:${j}`) as NDArray;
    subtract(seg, multiply(d, a.get(j, "...")), { out: seg });
    i--;
    j--;
  }
  return [divide(a.get(`${j + 1}:`), scl) as NDArray, trimseq(a.get(`:${j + 1}`) as NDArray)];
}

/**
 * The series raised to a power, as `polypow(c, pow, maxpower=None)`.
 * @example np.polynomial.polynomial.polypow([1, 2], 2) // array([1., 4., 4.])
 */
export function polypow(c: ArrayLike, pow: number, ...rest: Args<[number | null], { maxpower?: number | null }>): NDArray {
  const [maxpower] = bindArgs("polypow", ["maxpower"], rest) as [number | null | undefined];
  return powSeries((a, b) => convolve(a, b) as NDArray, c, pow, maxpower);
}

/** `np.array(c, ndmin=1, copy=True)` with bool/integer coefficients made float64. */
function coefCopy(c: ArrayLike): NDArray {
  const a = array1(c);
  return a._dt.kind === "f" || a._dt.kind === "c" ? a.copy() : a.astype("float64");
}

/** `np.ndim(x) != 0`. */
function nonScalar(x: unknown): boolean {
  if (x instanceof NDArray) return x.ndim !== 0;
  return Array.isArray(x) || ArrayBuffer.isView(x);
}

/**
 * The m-th derivative of a series along an axis, each step multiplied by scl, as
 * `polyder(c, m=1, scl=1, axis=0)`.
 * @example np.polynomial.polynomial.polyder([1, 2, 3, 4]) // array([ 2.,  6., 12.])
 */
export function polyder(c: ArrayLike, ...rest: Args<[number, Scalar, number], { m?: number; scl?: Scalar; axis?: number }>): NDArray {
  const [m = 1, scl = 1, axis = 0] = bindArgs("polyder", ["m", "scl", "axis"], rest) as [number?, Scalar?, number?];
  let a = coefCopy(c);
  const cdt = a._dt.name;
  const cnt = asInt(m, "the order of derivation");
  const iaxis0 = asInt(axis, "the axis");
  if (cnt < 0) throw new ValueError("The order of derivation must be non-negative");
  const iaxis = normalizeAxis(iaxis0, a.ndim);
  if (cnt === 0) return a;
  a = moveaxis(a, iaxis, 0) as NDArray;
  let n = a.shape[0]!;
  if (cnt >= n) {
    a = multiply(a.get(":1"), 0) as NDArray;
  } else {
    for (let i = 0; i < cnt; i++) {
      n -= 1;
      a = multiply(a, scl, { dtype: cdt }) as NDArray;
      const j = arange(1, n + 1, 1, cdt).reshape([n, ...new Array(a.ndim - 1).fill(1)]);
      a = multiply(a.get("1:"), j) as NDArray;
    }
  }
  return moveaxis(a, 0, iaxis) as NDArray;
}

/**
 * The m-th integral of a series along an axis, with integration constants k, lower bound lbnd and
 * scale scl, as `polyint(c, m=1, k=[], lbnd=0, scl=1, axis=0)`.
 * @example np.polynomial.polynomial.polyint([1, 2, 3]) // array([0., 1., 1., 1.])
 */
export function polyint(
  c: ArrayLike,
  ...rest: Args<[number, ArrayLike, Scalar, Scalar, number], { m?: number; k?: ArrayLike; lbnd?: Scalar; scl?: Scalar; axis?: number }>
): NDArray {
  const [m = 1, kArg = [], lbnd = 0, scl = 1, axis = 0] = bindArgs("polyint", ["m", "k", "lbnd", "scl", "axis"], rest) as [
    number?, ArrayLike?, Scalar?, Scalar?, number?,
  ];
  let a = coefCopy(c);
  const cdt = a._dt.name;
  const k: ArrayLike[] = nonScalar(kArg) ? (kArg instanceof NDArray ? (kArg.tolist() as ArrayLike[]) : [...(kArg as ArrayLike[])]) : [kArg];
  const cnt = asInt(m, "the order of integration");
  const iaxis0 = asInt(axis, "the axis");
  if (cnt < 0) throw new ValueError("The order of integration must be non-negative");
  if (k.length > cnt) throw new ValueError("Too many integration constants");
  if (nonScalar(lbnd)) throw new ValueError("lbnd must be a scalar.");
  if (nonScalar(scl)) throw new ValueError("scl must be a scalar.");
  const iaxis = normalizeAxis(iaxis0, a.ndim);
  if (cnt === 0) return a;
  while (k.length < cnt) k.push(0);
  a = moveaxis(a, iaxis, 0) as NDArray;
  for (let i = 0; i < cnt; i++) {
    const n = a.shape[0]!;
    a = multiply(a, scl, { dtype: cdt }) as NDArray;
    if (n === 1 && all(equal(a.get(0, "..."), 0))) {
      const first = a.get(0, "...") as NDArray;
      add(first, k[i]!, { out: first });
    } else {
      const tmp = empty([n + 1, ...a.shape.slice(1)], cdt);
      tmp.set(0, multiply(a.get(0, "..."), 0) as NDArray);
      tmp.set(1, a.get(0, "..."));
      const j = arange(2, n + 1, 1, cdt).reshape([n - 1, ...new Array(a.ndim - 1).fill(1)]);
      tmp.set("2:", divide(a.get("1:"), j) as NDArray);
      const head = tmp.get(0, "...") as NDArray;
      add(head, subtract(k[i]!, polyval(lbnd, tmp)), { out: head });
      a = tmp;
    }
  }
  return moveaxis(a, 0, iaxis) as NDArray;
}

/**
 * The series c evaluated at x by Horner's scheme, as `polyval(x, c, tensor=True)`: with tensor
 * (the default) every column of a multidimensional c is evaluated at every point of x.
 * @example np.polynomial.polynomial.polyval([1, 2], [1, 2, 3]) // array([ 6., 17.])
 */
export function polyval(x: ArrayLike, c: ArrayLike, ...rest: Args<[boolean], { tensor?: boolean }>): NDArray | Scalar {
  const [tensor = true] = bindArgs("polyval", ["tensor"], rest) as [boolean?];
  let a = plusZero(array1(c));
  const xs: ArrayLike = Array.isArray(x) ? asArray(x) : x;
  if (xs instanceof NDArray && tensor) a = a.reshape([...a.shape, ...new Array(xs.ndim).fill(1)]);
  // A 1-d series at a scalar point: evaluate on a length-1 axis so every step keeps NumPy's dtype.
  const scalarResult = a.ndim === 1;
  if (scalarResult) a = a.reshape([a.shape[0]!, 1]);
  const n = a.shape[0]!;
  let c0 = add(a.get(n - 1), multiply(xs, 0)) as NDArray;
  for (let i = 2; i <= n; i++) c0 = add(a.get(n - i), multiply(c0, xs)) as NDArray;
  return scalarResult ? (c0.get(0) as Scalar) : c0;
}

/**
 * The series with the given roots evaluated at x, as `polyvalfromroots(x, r, tensor=True)`.
 * @example np.polynomial.polynomial.polyvalfromroots([1, 2], [1, 3]) // array([-0., -1.])
 */
export function polyvalfromroots(x: ArrayLike, r: ArrayLike, ...rest: Args<[boolean], { tensor?: boolean }>): NDArray | Scalar {
  const [tensor = true] = bindArgs("polyvalfromroots", ["tensor"], rest) as [boolean?];
  let a = plusZero(array1(r));
  const xs: ArrayLike = Array.isArray(x) ? asArray(x) : x;
  if (xs instanceof NDArray) {
    if (tensor) a = a.reshape([...a.shape, ...new Array(xs.ndim).fill(1)]);
    else if (xs.ndim >= a.ndim) throw new ValueError("x.ndim must be < r.ndim when tensor == False");
  }
  return prod(subtract(xs, a) as NDArray, 0) as NDArray | Scalar;
}

/**
 * The 2-d series c evaluated at the points (x, y), as `polyval2d(x, y, c)`.
 * @example np.polynomial.polynomial.polyval2d(1, 2, [[1, 2], [3, 4]]) // 16
 */
export function polyval2d(x: ArrayLike, y: ArrayLike, c: ArrayLike): NDArray | Scalar {
  return valNd(polyval, c, x, y);
}

/**
 * The 3-d series c evaluated at the points (x, y, z), as `polyval3d(x, y, z, c)`.
 * @example np.polynomial.polynomial.polyval3d(1, 1, 1, np.ones([2, 2, 2])) // 8
 */
export function polyval3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, c: ArrayLike): NDArray | Scalar {
  return valNd(polyval, c, x, y, z);
}

/**
 * The 2-d series c evaluated on the Cartesian product of x and y, as `polygrid2d(x, y, c)`.
 * @example np.polynomial.polynomial.polygrid2d([0, 1], [0, 1, 2], [[1, 2], [3, 4]]).shape // [2, 3]
 */
export function polygrid2d(x: ArrayLike, y: ArrayLike, c: ArrayLike): NDArray | Scalar {
  return gridNd(polyval, c, x, y);
}

/**
 * The 3-d series c evaluated on the Cartesian product of x, y and z, as `polygrid3d(x, y, z, c)`.
 * @example np.polynomial.polynomial.polygrid3d([0, 1], [0], [1, 2], np.ones([2, 2, 2])).shape // [2, 1, 2]
 */
export function polygrid3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, c: ArrayLike): NDArray | Scalar {
  return gridNd(polyval, c, x, y, z);
}

/**
 * The Vandermonde matrix of degree deg at the points x (powers in increasing order, last axis),
 * as `polyvander(x, deg)`.
 * @example np.polynomial.polynomial.polyvander([1, 2, 3], 2) // array([[1., 1., 1.], [1., 2., 4.], [1., 3., 9.]])
 */
export function polyvander(x: ArrayLike, deg: number): NDArray {
  const ideg = asInt(deg, "deg");
  if (ideg < 0) throw new ValueError("deg must be non-negative");
  const xa = plusZero(array1(x));
  const v = empty([ideg + 1, ...xa.shape], xa._dt.name);
  v.set(0, add(multiply(xa, 0), 1) as NDArray);
  if (ideg > 0) {
    v.set(1, xa);
    for (let i = 2; i <= ideg; i++) v.set(i, multiply(v.get(i - 1), xa) as NDArray);
  }
  return moveaxis(v, 0, -1) as NDArray;
}

/**
 * The pseudo-Vandermonde matrix of the 2-d power series at (x, y) for degrees [xdeg, ydeg], as
 * `polyvander2d(x, y, deg)`.
 * @example np.polynomial.polynomial.polyvander2d([1, 2], [3, 4], [1, 1]).shape // [2, 4]
 */
export function polyvander2d(x: ArrayLike, y: ArrayLike, deg: ArrayLike): NDArray {
  return vanderNdFlat([polyvander, polyvander], [x, y], deg);
}

/**
 * The pseudo-Vandermonde matrix of the 3-d power series at (x, y, z), as `polyvander3d(x, y, z, deg)`.
 * @example np.polynomial.polynomial.polyvander3d([1], [2], [3], [1, 1, 1]).shape // [1, 8]
 */
export function polyvander3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, deg: ArrayLike): NDArray {
  return vanderNdFlat([polyvander, polyvander, polyvander], [x, y, z], deg);
}

/**
 * The least-squares fit of a power series of degree deg (an int, or the list of degrees to fit)
 * to the points (x, y), as `polyfit(x, y, deg, rcond=None, full=False, w=None)`; with full, the
 * result is [coef, [residuals, rank, singular_values, rcond]].
 * @example np.polynomial.polynomial.polyfit([0, 1, 2], [1, 3, 5], 1) // array([1., 2.])
 */
export function polyfit(
  x: ArrayLike, y: ArrayLike, ...rest: Args<[ArrayLike, number | null, boolean, ArrayLike | null], FitOpts>
): NDArray | [NDArray, [NDArray, number, NDArray, number]] {
  const [deg, rcond, full, w] = bindArgs("polyfit", ["deg", "rcond", "full", "w"], rest) as [ArrayLike?, (number | null)?, boolean?, (ArrayLike | null)?];
  if (deg === undefined) throw new NumpyTypeError("polyfit() missing 1 required positional argument: 'deg'");
  return fitSeries(polyvander, x, y, deg, rcond, full ?? false, w);
}

/**
 * The companion matrix of a power series (its eigenvalues are the roots), as `polycompanion(c)`.
 * @example np.polynomial.polynomial.polycompanion([2, -3, 1]) // array([[ 0., -2.], [ 1.,  3.]])
 */
export function polycompanion(c: ArrayLike): NDArray {
  const [s] = as_series([c]) as [NDArray];
  const len = s.shape[0]!;
  if (len < 2) throw new ValueError("Series must have maximum degree of at least 1.");
  if (len === 2) return array([[negative(divide(s.get(0, "..."), s.get(1, "..."))) as Scalar]], s._dt.name);
  const n = len - 1;
  const mat = zeros([n, n], s._dt.name);
  const bot = mat.reshape(-1).get(`${n}::${n + 1}`) as NDArray;
  bot.fill(1);
  const last = mat.get(":", -1) as NDArray;
  subtract(last, divide(s.get(":-1"), s.get(-1, "...")), { out: last });
  return mat;
}

/**
 * The roots of a power series (the sorted eigenvalues of its companion matrix), as `polyroots(c)`.
 * @example np.polynomial.polynomial.polyroots([-2, 0, 1]) // array([-1.41421356,  1.41421356])
 */
export function polyroots(c: ArrayLike): NDArray {
  const [s] = as_series([c]) as [NDArray];
  const len = s.shape[0]!;
  if (len < 2) return array([], s._dt.name);
  if (len === 2) return array([negative(divide(s.get(0, "..."), s.get(1, "..."))) as Scalar], s._dt.name);
  return sort(eigvals(polycompanion(s)) as NDArray) as NDArray;
}
