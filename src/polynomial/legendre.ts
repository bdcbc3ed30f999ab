/**
 * np.polynomial.legendre: Legendre series, as NumPy's numpy/polynomial/legendre.py (each loop is
 * NumPy's, so values agree to the last bit); the Legendre class is in ./classes.ts.
 *
 * @example
 * const L = np.polynomial.legendre;
 * L.legval(0.5, [1, 2, 3])    // 1.625
 * L.leg2poly([0, 1, 2])       // array([-1.,  1.,  3.])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { eigvalsh } from "../linalg/linalg.js";
import { array, asArray, empty, zeros } from "../api/creation.js";
import { arange } from "../api/ranges.js";
import { amax, sum } from "../api/reductions.js";
import { absolute, add, divide, multiply, negative, sqrt, subtract } from "../ufunc/index.js";
import { polyadd, polymulx, polysub } from "./polynomial.js";
import { at, makeDer, makeInt, makeMul, makeRoots, makeVal, makeVander } from "./orthobase.js";
import {
  addSeries, as_series, asInt, divSeries, iop, fitSeries, fromRoots, gridNd, isZeroItem, plusZero, powSeries, subSeries, trimcoef, valNd,
  vanderNdFlat, type FitOpts,
} from "./polyutils.js";

/** np.polynomial.legendre.legtrim: np.polynomial.polyutils.trimcoef. */
export const legtrim = trimcoef;
/** The default domain of Legendre series, array([-1., 1.]). */
export const legdomain = array([-1, 1], "float64");
/** The zero series, array([0]). */
export const legzero = array([0]);
/** The series 1, array([1]). */
export const legone = array([1]);
/** The series x, array([0, 1]). */
export const legx = array([0, 1]);

/**
 * The Legendre series off + scl*x, as `legline(off, scl)`.
 * @example np.polynomial.legendre.legline(3, 2) // array([3, 2])
 */
export function legline(off: Scalar | NDArray, scl: Scalar | NDArray): NDArray {
  const s = typeof scl === "object" && scl !== null && "item" in scl ? (scl as NDArray).item() : scl;
  return isZeroItem(s) ? array([off] as ArrayLike) : array([off, scl] as ArrayLike);
}

/**
 * The sum of two Legendre series, as `legadd(c1, c2)`.
 * @example np.polynomial.legendre.legadd([1, 2, 3], [3, 2, 1]) // array([4., 4., 4.])
 */
export function legadd(c1: ArrayLike, c2: ArrayLike): NDArray {
  return addSeries(c1, c2);
}

/**
 * The difference of two Legendre series, as `legsub(c1, c2)`.
 * @example np.polynomial.legendre.legsub([1, 2, 3], [3, 2, 1]) // array([-2.,  0.,  2.])
 */
export function legsub(c1: ArrayLike, c2: ArrayLike): NDArray {
  return subSeries(c1, c2);
}

/**
 * The Legendre series multiplied by x, as `legmulx(c)`.
 * @example np.polynomial.legendre.legmulx([1, 2, 3]) // array([0.66666667, 2.2       , 1.33333333, 1.8       ])
 */
export function legmulx(c: ArrayLike): NDArray {
  const [s] = as_series([c]) as [NDArray];
  const n = s.shape[0]!;
  if (n === 1 && isZeroItem(s.get(0))) return s;
  const prd = empty(n + 1, s._dt.name);
  prd.set(0, multiply(at(s, 0), 0) as Scalar);
  prd.set(1, at(s, 0));
  for (let i = 1; i < n; i++) {
    const j = i + 1;
    const k = i - 1;
    const sm = i + j;
    prd.set(j, divide(multiply(at(s, i), j), sm) as Scalar);
    iop(add, at(prd, k), divide(multiply(at(s, i), i), sm) as Scalar);
  }
  return prd;
}

/**
 * The product of two Legendre series, as `legmul(c1, c2)`.
 * @example np.polynomial.legendre.legmul([1, 2, 3], [3, 2, 1]) // array([4.33333333, 10.4       , 11.66666667,  3.6       ,  1.71428571])
 */
export const legmul: (c1: ArrayLike, c2: ArrayLike) => NDArray = makeMul(
  (c0, c1, ci, nd) => [legsub(ci, divide(multiply(c1, nd - 1), nd) as NDArray), legadd(c0, divide(multiply(legmulx(c1), 2 * nd - 1), nd) as NDArray)],
  (c0, c1) => legadd(c0, legmulx(c1)),
);

/**
 * Quotient and remainder of two Legendre series, as `legdiv(c1, c2)`.
 * @example np.polynomial.legendre.legdiv([1, 2, 3], [3, 2, 1]) // [array([3.]), array([-8., -4.])]
 */
export function legdiv(c1: ArrayLike, c2: ArrayLike): [NDArray, NDArray] {
  return divSeries(legmul, c1, c2);
}

/**
 * A Legendre series raised to a power, as `legpow(c, pow, maxpower=16)`.
 * @example np.polynomial.legendre.legpow([1, 2], 2) // array([2.33333333, 4.        , 2.66666667])
 */
export function legpow(c: ArrayLike, pow: number, ...rest: Args<[number | null], { maxpower?: number | null }>): NDArray {
  const [maxpower = 16] = bindArgs("legpow", ["maxpower"], rest) as [(number | null)?];
  return powSeries(legmul, c, pow, maxpower);
}

/**
 * The m-th derivative of a Legendre series, as `legder(c, m=1, scl=1, axis=0)`.
 * @example np.polynomial.legendre.legder([1, 2, 3, 4]) // array([ 6.,  9., 20.])
 */
export const legder = makeDer("legder", (c, n, der) => {
  for (let j = n; j > 2; j--) {
    der.set(j - 1, multiply(at(c, j), 2 * j - 1) as NDArray);
    iop(add, at(c, j - 2), at(c, j));
  }
  if (n > 1) der.set(1, multiply(at(c, 2), 3) as NDArray);
  der.set(0, at(c, 1));
});

/**
 * The m-th integral of a Legendre series, as `legint(c, m=1, k=[], lbnd=0, scl=1, axis=0)`.
 * @example np.polynomial.legendre.legint([1, 2, 3]) // array([0.33333333, 0.4       , 0.66666667, 0.6       ])
 */
export const legint = makeInt("legint", (c, n, tmp) => {
  tmp.set(0, multiply(at(c, 0), 0) as NDArray);
  tmp.set(1, at(c, 0));
  if (n > 1) tmp.set(2, divide(at(c, 1), 3) as NDArray);
  for (let j = 2; j < n; j++) {
    const t = divide(at(c, j), 2 * j + 1) as NDArray;
    tmp.set(j + 1, t);
    iop(subtract, at(tmp, j - 1), t);
  }
}, () => legval);

/**
 * A Legendre series evaluated at x (Clenshaw's recursion), as `legval(x, c, tensor=True)`.
 * @example np.polynomial.legendre.legval([0, 1], [1, 2, 3]) // array([-0.5,  6. ])
 */
export const legval = makeVal("legval", (c, x) => {
  const len = c.shape[0]!;
  if (len === 1) return add(c.get(0), multiply(0, x)) as NDArray;
  let c0 = c.get(len - 2) as NDArray;
  let c1 = c.get(len - 1) as NDArray;
  let nd = len;
  for (let i = 3; i <= len; i++) {
    const tmp = c0;
    nd -= 1;
    c0 = subtract(c.get(len - i), multiply(c1, (nd - 1) / nd)) as NDArray;
    c1 = add(tmp, multiply(multiply(c1, x), (2 * nd - 1) / nd)) as NDArray;
  }
  return add(c0, multiply(c1, x)) as NDArray;
});

/**
 * A 2-d Legendre series at the points (x, y), as `legval2d(x, y, c)`.
 * @example np.polynomial.legendre.legval2d(1, 1, [[1, 2], [3, 4]]) // 10
 */
export function legval2d(x: ArrayLike, y: ArrayLike, c: ArrayLike): NDArray | Scalar {
  return valNd(legval, c, x, y);
}

/**
 * A 3-d Legendre series at the points (x, y, z), as `legval3d(x, y, z, c)`.
 * @example np.polynomial.legendre.legval3d(1, 1, 1, np.ones([2, 2, 2])) // 8
 */
export function legval3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, c: ArrayLike): NDArray | Scalar {
  return valNd(legval, c, x, y, z);
}

/**
 * A 2-d Legendre series on the Cartesian product of x and y, as `leggrid2d(x, y, c)`.
 * @example np.polynomial.legendre.leggrid2d([0, 1], [0, 1, 2], [[1, 2], [3, 4]]).shape // [2, 3]
 */
export function leggrid2d(x: ArrayLike, y: ArrayLike, c: ArrayLike): NDArray | Scalar {
  return gridNd(legval, c, x, y);
}

/**
 * A 3-d Legendre series on the Cartesian product of x, y and z, as `leggrid3d(x, y, z, c)`.
 * @example np.polynomial.legendre.leggrid3d([0, 1], [0], [1, 2], np.ones([2, 2, 2])).shape // [2, 1, 2]
 */
export function leggrid3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, c: ArrayLike): NDArray | Scalar {
  return gridNd(legval, c, x, y, z);
}

/**
 * The pseudo-Vandermonde matrix of Legendre polynomials P_0..P_deg at x, as `legvander(x, deg)`.
 * @example np.polynomial.legendre.legvander([0, 1], 2) // array([[ 1. ,  0. , -0.5], [ 1. ,  1. ,  1. ]])
 */
export const legvander = makeVander(
  (v, i, x) => divide(subtract(multiply(multiply(v.get(i - 1), x), 2 * i - 1), multiply(v.get(i - 2), i - 1)), i) as NDArray,
  (x) => x,
);

/**
 * The 2-d Legendre pseudo-Vandermonde matrix, as `legvander2d(x, y, deg)`.
 * @example np.polynomial.legendre.legvander2d([1, 2], [3, 4], [1, 1]).shape // [2, 4]
 */
export function legvander2d(x: ArrayLike, y: ArrayLike, deg: ArrayLike): NDArray {
  return vanderNdFlat([legvander, legvander], [x, y], deg);
}

/**
 * The 3-d Legendre pseudo-Vandermonde matrix, as `legvander3d(x, y, z, deg)`.
 * @example np.polynomial.legendre.legvander3d([1], [2], [3], [1, 1, 1]).shape // [1, 8]
 */
export function legvander3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, deg: ArrayLike): NDArray {
  return vanderNdFlat([legvander, legvander, legvander], [x, y, z], deg);
}

/**
 * The least-squares Legendre fit, as `legfit(x, y, deg, rcond=None, full=False, w=None)`.
 * @example np.polynomial.legendre.legfit([-1, 0, 1], [1, 0, 1], 2) // ≈ array([0.33333333, 0., 0.66666667])
 */
export function legfit(
  x: ArrayLike, y: ArrayLike, ...rest: Args<[ArrayLike, number | null, boolean, ArrayLike | null], FitOpts>
): NDArray | [NDArray, [NDArray, number, NDArray, number]] {
  const [deg, rcond, full, w] = bindArgs("legfit", ["deg", "rcond", "full", "w"], rest) as [ArrayLike?, (number | null)?, boolean?, (ArrayLike | null)?];
  if (deg === undefined) throw new NumpyTypeError("legfit() missing 1 required positional argument: 'deg'");
  return fitSeries(legvander, x, y, deg, rcond, full ?? false, w);
}

/**
 * The scaled companion matrix of a Legendre series, as `legcompanion(c)`.
 * @example np.polynomial.legendre.legcompanion([1, 2, 3]).shape // [2, 2]
 */
export function legcompanion(c: ArrayLike): NDArray {
  const [s] = as_series([c]) as [NDArray];
  const len = s.shape[0]!;
  if (len < 2) throw new ValueError("Series must have maximum degree of at least 1.");
  if (len === 2) return array([[negative(divide(at(s, 0), at(s, 1))) as Scalar]], s._dt.name);
  const n = len - 1;
  const mat = zeros([n, n], s._dt.name);
  const scl = divide(1.0, sqrt(add(multiply(2, arange(n)), 1))) as NDArray;
  const flat = mat.reshape(-1);
  const top = flat.get(`1::${n + 1}`) as NDArray;
  const bot = flat.get(`${n}::${n + 1}`) as NDArray;
  top.set("...", multiply(multiply(arange(1, n), scl.get(`:${n - 1}`)), scl.get(`1:${n}`)) as NDArray);
  bot.set("...", top);
  const f = multiply(multiply(divide(s.get(":-1"), at(s, -1)), divide(scl, at(scl, -1))), n / (2 * n - 1));
  iop(subtract, mat.get(":", -1) as NDArray, f as NDArray);
  return mat;
}

/**
 * The roots of a Legendre series, as `legroots(c)`.
 * @example np.polynomial.legendre.legroots([1, 2, 3, 4]) // array([-0.85099543, -0.11407192,  0.51506735])
 */
export const legroots = makeRoots(legcompanion, (c0, c1) => negative(divide(c0, c1)) as Scalar);

/**
 * The Legendre series with the given roots, as `legfromroots(roots)`.
 * @example np.polynomial.legendre.legfromroots([-1, 0, 1]) // array([ 0. , -0.4,  0. ,  0.4])
 */
export function legfromroots(roots: ArrayLike): NDArray {
  return fromRoots(legline, legmul, roots);
}

/**
 * The power-series coefficients of a Legendre series, as `leg2poly(c)`.
 * @example np.polynomial.legendre.leg2poly([0, 1, 2, 3]) // array([-1. , -3.5,  3. ,  7.5])
 */
export function leg2poly(c: ArrayLike): NDArray {
  const [s] = as_series([c]) as [NDArray];
  const n = s.shape[0]!;
  if (n < 3) return s;
  let c0 = at(s, n - 2);
  let c1 = at(s, n - 1);
  for (let i = n - 1; i > 1; i--) {
    const tmp = c0;
    c0 = polysub(at(s, i - 2), divide(multiply(c1, i - 1), i) as NDArray);
    c1 = polyadd(tmp, divide(multiply(polymulx(c1), 2 * i - 1), i) as NDArray);
  }
  return polyadd(c0, polymulx(c1));
}

/**
 * The Legendre coefficients of a power series, as `poly2leg(pol)`.
 * @example np.polynomial.legendre.poly2leg([-1, -3.5, 3, 7.5]) // array([0., 1., 2., 3.])
 */
export function poly2leg(pol: ArrayLike): NDArray {
  const [p] = as_series([pol]) as [NDArray];
  let res: NDArray = array([0]);
  for (let i = p.shape[0]! - 1; i >= 0; i--) res = legadd(legmulx(res), at(p, i));
  return res;
}

/**
 * Gauss-Legendre quadrature points and weights, as `leggauss(deg)`.
 * @example np.polynomial.legendre.leggauss(2)[0] // array([-0.57735027,  0.57735027])
 */
export function leggauss(deg: number): [NDArray, NDArray] {
  const ideg = asInt(deg, "deg");
  if (ideg <= 0) throw new ValueError("deg must be a positive integer");
  const c = array([...(new Array(ideg).fill(0) as number[]), 1]);
  const m = legcompanion(c);
  let x = eigvalsh(m) as NDArray;
  const dy = legval(x, c) as NDArray;
  let df = legval(x, legder(c)) as NDArray;
  x = subtract(x, divide(dy, df)) as NDArray;
  let fm = legval(x, c.get("1:")) as NDArray;
  fm = divide(fm, amax(absolute(fm)) as number) as NDArray;
  df = divide(df, amax(absolute(df)) as number) as NDArray;
  let w = divide(1, multiply(fm, df)) as NDArray;
  w = divide(add(w, w.get("::-1")), 2) as NDArray;
  x = divide(subtract(x, x.get("::-1")), 2) as NDArray;
  w = multiply(w, 2.0 / (sum(w) as number)) as NDArray;
  return [x, w];
}

/**
 * The Legendre weight function (1 everywhere), as `legweight(x)`.
 * @example np.polynomial.legendre.legweight([0, 0.5]) // array([1., 1.])
 */
export function legweight(x: ArrayLike): NDArray | Scalar {
  if (!(x instanceof NDArray) && !Array.isArray(x) && !ArrayBuffer.isView(x)) return add(multiply(x, 0), 1.0) as Scalar;
  return add(multiply(plusZero(asArray(x)), 0), 1) as NDArray;
}
