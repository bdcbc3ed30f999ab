/**
 * np.polynomial.chebyshev: Chebyshev series of the first kind, as NumPy's
 * numpy/polynomial/chebyshev.py. Products and quotients go through NumPy's "z-series" (Laurent
 * series symmetric in z and 1/z), evaluation through Clenshaw's recursion; the Chebyshev class is
 * in ./classes.ts.
 *
 * @example
 * const C = np.polynomial.chebyshev;
 * C.chebval(0.5, [1, 2, 3])     // 0.5
 * C.chebmul([1, 2], [1, 2])     // array([3., 4., 2.])
 * C.cheb2poly([1, 2, 3])        // array([-2.,  2.,  6.])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { dot } from "../linalg/products.js";
import { array, asArray, empty, ones, zeros } from "../api/creation.js";
import { convolve } from "../api/numeric.js";
import { arange, linspace } from "../api/ranges.js";
import { add, cos, divide, multiply, negative, sin, sqrt, subtract } from "../ufunc/index.js";
import { polyadd, polymulx, polysub } from "./polynomial.js";
import { at, makeDer, makeInt, makeRoots, makeVal, makeVander } from "./orthobase.js";
import { cToZ, zDiv, zToC } from "./zseries.js";
import {
  addSeries, as_series, asInt, divisionOperands, fitSeries, fromRoots, gridNd, iop, isZeroItem, subSeries, trimcoef,
  trimseq, valNd, vanderNdFlat, type FitOpts,
} from "./polyutils.js";

/** np.polynomial.chebyshev.chebtrim: np.polynomial.polyutils.trimcoef. */
export const chebtrim = trimcoef;
/** The default domain of Chebyshev series, array([-1., 1.]). */
export const chebdomain = array([-1, 1], "float64");
/** The zero series, array([0]). */
export const chebzero = array([0]);
/** The series 1, array([1]). */
export const chebone = array([1]);
/** The series x, array([0, 1]). */
export const chebx = array([0, 1]);

/**
 * The Chebyshev series line off + scl*x, as `chebline(off, scl)`.
 * @example np.polynomial.chebyshev.chebline(3, 2) // array([3, 2])
 */
export function chebline(off: Scalar | NDArray, scl: Scalar | NDArray): NDArray {
  if (!isZeroItem(scl instanceof NDArray ? scl.item() : scl)) return array([off, scl] as ArrayLike);
  return array([off] as ArrayLike);
}

/**
 * The Chebyshev series with the given roots, as `chebfromroots(roots)`.
 * @example np.polynomial.chebyshev.chebfromroots([-1, 0, 1]) // array([ 0.  , -0.25,  0.  ,  0.25])
 */
export function chebfromroots(roots: ArrayLike): NDArray {
  return fromRoots(chebline, chebmul, roots);
}

/**
 * The sum of two Chebyshev series, as `chebadd(c1, c2)`.
 * @example np.polynomial.chebyshev.chebadd([1, 2, 3], [3, 2, 1]) // array([4., 4., 4.])
 */
export function chebadd(c1: ArrayLike, c2: ArrayLike): NDArray {
  return addSeries(c1, c2);
}

/**
 * The difference of two Chebyshev series, as `chebsub(c1, c2)`.
 * @example np.polynomial.chebyshev.chebsub([1, 2, 3], [3, 2, 1]) // array([-2.,  0.,  2.])
 */
export function chebsub(c1: ArrayLike, c2: ArrayLike): NDArray {
  return subSeries(c1, c2);
}

/**
 * The Chebyshev series multiplied by x, as `chebmulx(c)`.
 * @example np.polynomial.chebyshev.chebmulx([1, 2, 3]) // array([1. , 2.5, 1. , 1.5])
 */
export function chebmulx(c: ArrayLike): NDArray {
  const [s] = as_series([c]) as [NDArray];
  const n = s.shape[0]!;
  if (n === 1 && isZeroItem(s.get(0))) return s;
  const prd = empty(n + 1, s._dt.name);
  prd.set(0, multiply(s.get(0, "..."), 0) as Scalar);
  prd.set(1, s.get(0, "...") as NDArray);
  if (n > 1) {
    const tmp = divide(s.get("1:"), 2) as NDArray;
    prd.set("2:", tmp);
    iop(add, prd.get("0:-2") as NDArray, tmp);
  }
  return prd;
}

/**
 * The product of two Chebyshev series, as `chebmul(c1, c2)`.
 * @example np.polynomial.chebyshev.chebmul([1, 2, 3], [3, 2, 1]) // array([6.5, 12. , 12. ,  4. ,  1.5])
 */
export function chebmul(c1: ArrayLike, c2: ArrayLike): NDArray {
  const [a, b] = as_series([c1, c2]) as [NDArray, NDArray];
  return trimseq(zToC(convolve(cToZ(a), cToZ(b)) as NDArray));
}

/**
 * Quotient and remainder of two Chebyshev series, as `chebdiv(c1, c2)`.
 * @example np.polynomial.chebyshev.chebdiv([1, 2, 3], [3, 2, 1]) // [array([3.]), array([-8., -4.])]
 */
export function chebdiv(c1: ArrayLike, c2: ArrayLike): [NDArray, NDArray] {
  const { a, b, trivial } = divisionOperands(c1, c2);
  if (trivial) return trivial;
  const [quo, rem] = zDiv(cToZ(a), cToZ(b));
  return [trimseq(zToC(quo)), trimseq(zToC(rem))];
}

/**
 * A Chebyshev series raised to a power, as `chebpow(c, pow, maxpower=16)`.
 * @example np.polynomial.chebyshev.chebpow([1, 2], 2) // array([3., 4., 2.])
 */
export function chebpow(c: ArrayLike, pow: number, ...rest: Args<[number | null], { maxpower?: number | null }>): NDArray {
  const [maxpower = 16] = bindArgs("chebpow", ["maxpower"], rest) as [(number | null)?];
  const [s] = as_series([c]) as [NDArray];
  const power = Math.trunc(Number(pow));
  if (power !== Number(pow) || power < 0) throw new ValueError("Power must be a non-negative integer.");
  if (maxpower != null && power > maxpower) throw new ValueError("Power is too large");
  if (power === 0) return array([1], s._dt.name);
  if (power === 1) return s;
  const zs = cToZ(s);
  let prd = zs;
  for (let i = 2; i <= power; i++) prd = convolve(prd, zs) as NDArray;
  return zToC(prd);
}

/**
 * The m-th derivative of a Chebyshev series along an axis, as `chebder(c, m=1, scl=1, axis=0)`.
 * @example np.polynomial.chebyshev.chebder([1, 2, 3, 4]) // array([14., 12., 24.])
 */
export const chebder = makeDer("chebder", (c, n, der) => {
  for (let j = n; j > 2; j--) {
    der.set(j - 1, multiply(at(c, j), 2 * j) as NDArray);
    iop(add, at(c, j - 2), divide(multiply(at(c, j), j), j - 2) as NDArray);
  }
  if (n > 1) der.set(1, multiply(at(c, 2), 4) as NDArray);
  der.set(0, at(c, 1));
});

/**
 * The m-th integral of a Chebyshev series, as `chebint(c, m=1, k=[], lbnd=0, scl=1, axis=0)`.
 * @example np.polynomial.chebyshev.chebint([1, 2, 3]) // array([ 0.5, -0.5,  0.5,  0.5])
 */
export const chebint = makeInt("chebint", (c, n, tmp) => {
  tmp.set(0, multiply(at(c, 0), 0) as NDArray);
  tmp.set(1, at(c, 0));
  if (n > 1) tmp.set(2, divide(at(c, 1), 4) as NDArray);
  for (let j = 2; j < n; j++) {
    tmp.set(j + 1, divide(at(c, j), 2 * (j + 1)) as NDArray);
    iop(subtract, at(tmp, j - 1), divide(at(c, j), 2 * (j - 1)) as NDArray);
  }
}, () => chebval);

/**
 * A Chebyshev series evaluated at x by Clenshaw's recursion, as `chebval(x, c, tensor=True)`.
 * @example np.polynomial.chebyshev.chebval([0, 1], [1, 2, 3]) // array([-2.,  6.])
 */
export const chebval = makeVal("chebval", (c, x) => {
  const n = c.shape[0]!;
  if (n === 1) return add(c.get(0), multiply(0, x)) as NDArray;
  let c0 = c.get(n - 2) as NDArray;
  let c1 = c.get(n - 1) as NDArray;
  if (n > 2) {
    const x2 = multiply(2, x);
    for (let i = 3; i <= n; i++) {
      const tmp = c0;
      c0 = subtract(c.get(n - i), c1) as NDArray;
      c1 = add(tmp, multiply(c1, x2)) as NDArray;
    }
  }
  return add(c0, multiply(c1, x)) as NDArray;
});

/**
 * A 2-d Chebyshev series at the points (x, y), as `chebval2d(x, y, c)`.
 * @example np.polynomial.chebyshev.chebval2d(1, 1, [[1, 2], [3, 4]]) // 10
 */
export function chebval2d(x: ArrayLike, y: ArrayLike, c: ArrayLike): NDArray | Scalar {
  return valNd(chebval, c, x, y);
}

/**
 * A 3-d Chebyshev series at the points (x, y, z), as `chebval3d(x, y, z, c)`.
 * @example np.polynomial.chebyshev.chebval3d(1, 1, 1, np.ones([2, 2, 2])) // 8
 */
export function chebval3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, c: ArrayLike): NDArray | Scalar {
  return valNd(chebval, c, x, y, z);
}

/**
 * A 2-d Chebyshev series on the Cartesian product of x and y, as `chebgrid2d(x, y, c)`.
 * @example np.polynomial.chebyshev.chebgrid2d([0, 1], [0, 1, 2], [[1, 2], [3, 4]]).shape // [2, 3]
 */
export function chebgrid2d(x: ArrayLike, y: ArrayLike, c: ArrayLike): NDArray | Scalar {
  return gridNd(chebval, c, x, y);
}

/**
 * A 3-d Chebyshev series on the Cartesian product of x, y and z, as `chebgrid3d(x, y, z, c)`.
 * @example np.polynomial.chebyshev.chebgrid3d([0, 1], [0], [1, 2], np.ones([2, 2, 2])).shape // [2, 1, 2]
 */
export function chebgrid3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, c: ArrayLike): NDArray | Scalar {
  return gridNd(chebval, c, x, y, z);
}

/**
 * The pseudo-Vandermonde matrix of Chebyshev polynomials T_0..T_deg at x, as `chebvander(x, deg)`.
 * @example np.polynomial.chebyshev.chebvander([0, 1], 2) // array([[ 1.,  0., -1.], [ 1.,  1.,  1.]])
 */
export const chebvander = makeVander(
  (v, i, x) => subtract(multiply(v.get(i - 1), multiply(2, x)), v.get(i - 2)) as NDArray,
  (x) => x,
);

/**
 * The 2-d Chebyshev pseudo-Vandermonde matrix, as `chebvander2d(x, y, deg)`.
 * @example np.polynomial.chebyshev.chebvander2d([1, 2], [3, 4], [1, 1]).shape // [2, 4]
 */
export function chebvander2d(x: ArrayLike, y: ArrayLike, deg: ArrayLike): NDArray {
  return vanderNdFlat([chebvander, chebvander], [x, y], deg);
}

/**
 * The 3-d Chebyshev pseudo-Vandermonde matrix, as `chebvander3d(x, y, z, deg)`.
 * @example np.polynomial.chebyshev.chebvander3d([1], [2], [3], [1, 1, 1]).shape // [1, 8]
 */
export function chebvander3d(x: ArrayLike, y: ArrayLike, z: ArrayLike, deg: ArrayLike): NDArray {
  return vanderNdFlat([chebvander, chebvander, chebvander], [x, y, z], deg);
}

/**
 * The least-squares Chebyshev fit of degree deg, as `chebfit(x, y, deg, rcond=None, full=False, w=None)`.
 * @example np.polynomial.chebyshev.chebfit([-1, 0, 1], [1, 0, 1], 2) // array([0.5, 0. , 0.5])
 */
export function chebfit(
  x: ArrayLike, y: ArrayLike, ...rest: Args<[ArrayLike, number | null, boolean, ArrayLike | null], FitOpts>
): NDArray | [NDArray, [NDArray, number, NDArray, number]] {
  const [deg, rcond, full, w] = bindArgs("chebfit", ["deg", "rcond", "full", "w"], rest) as [ArrayLike?, (number | null)?, boolean?, (ArrayLike | null)?];
  if (deg === undefined) throw new NumpyTypeError("chebfit() missing 1 required positional argument: 'deg'");
  return fitSeries(chebvander, x, y, deg, rcond, full ?? false, w);
}

/**
 * The scaled companion matrix of a Chebyshev series, as `chebcompanion(c)`.
 * @example np.polynomial.chebyshev.chebcompanion([1, 2, 3]).shape // [2, 2]
 */
export function chebcompanion(c: ArrayLike): NDArray {
  const [s] = as_series([c]) as [NDArray];
  const len = s.shape[0]!;
  if (len < 2) throw new ValueError("Series must have maximum degree of at least 1.");
  if (len === 2) return array([[negative(divide(s.get(0, "..."), s.get(1, "..."))) as Scalar]], s._dt.name);
  const n = len - 1;
  const mat = zeros([n, n], s._dt.name);
  const scl = array([1, ...(new Array(n - 1).fill(Math.sqrt(0.5)) as number[])], "float64");
  const flat = mat.reshape(-1);
  const top = flat.get(`1::${n + 1}`) as NDArray;
  const bot = flat.get(`${n}::${n + 1}`) as NDArray;
  top.set(0, Math.sqrt(0.5));
  top.set("1:", 0.5);
  bot.set("...", top);
  const last = mat.get(":", -1) as NDArray;
  const f = multiply(multiply(divide(s.get(":-1"), s.get(-1, "...")), divide(scl, scl.get(-1, "..."))), 0.5);
  iop(subtract, last, f as NDArray);
  return mat;
}

/**
 * The roots of a Chebyshev series (sorted eigenvalues of its companion matrix), as `chebroots(c)`.
 * @example np.polynomial.chebyshev.chebroots([-1, 0, 1]) // array([-0.70710678,  0.70710678])
 */
export const chebroots = makeRoots(chebcompanion, (c0, c1) => negative(divide(c0, c1)) as Scalar);

/**
 * The power-series coefficients of a Chebyshev series, as `cheb2poly(c)`.
 * @example np.polynomial.chebyshev.cheb2poly([0, 1, 2, 3]) // array([-2., -8.,  4., 12.])
 */
export function cheb2poly(c: ArrayLike): NDArray {
  const [s] = as_series([c]) as [NDArray];
  const n = s.shape[0]!;
  if (n < 3) return s;
  let c0: NDArray = s.get(n - 2, "...") as NDArray;
  let c1: NDArray = s.get(n - 1, "...") as NDArray;
  for (let i = n - 1; i > 1; i--) {
    const tmp = c0;
    c0 = polysub(s.get(i - 2, "...") as NDArray, c1);
    c1 = polyadd(tmp, multiply(polymulx(c1), 2) as NDArray);
  }
  return polyadd(c0, polymulx(c1));
}

/**
 * The Chebyshev coefficients of a power series, as `poly2cheb(pol)`.
 * @example np.polynomial.chebyshev.poly2cheb([-2, -8, 4, 12]) // array([0., 1., 2., 3.])
 */
export function poly2cheb(pol: ArrayLike): NDArray {
  const [p] = as_series([pol]) as [NDArray];
  let res: NDArray = array([0]);
  for (let i = p.shape[0]! - 1; i >= 0; i--) res = chebadd(chebmulx(res), p.get(i, "...") as NDArray);
  return res;
}

/**
 * The Chebyshev interpolant of degree deg of func at the Chebyshev points of the first kind, as
 * `chebinterpolate(func, deg, args=())`.
 * @example np.polynomial.chebyshev.chebinterpolate((x) => np.square(x), 2) // ≈ array([0.5, 0. , 0.5])
 */
export function chebinterpolate(func: (x: NDArray, ...args: unknown[]) => ArrayLike, deg: number, args: unknown[] = []): NDArray {
  const d = asArray(deg);
  if (d.ndim > 0 || (d._dt.kind !== "i" && d._dt.kind !== "u") || d.size === 0) throw new NumpyTypeError("deg must be an int");
  if (deg < 0) throw new ValueError("expected deg >= 0");
  const order = deg + 1;
  const xcheb = chebpts1(order);
  const yfunc = func(xcheb, ...args);
  const m = chebvander(xcheb, deg);
  const c = dot(m.T, yfunc) as NDArray;
  iop(divide, c.get(0, "...") as NDArray, order);
  iop(divide, c.get("1:") as NDArray, 0.5 * order);
  return c;
}

/**
 * Gauss-Chebyshev quadrature points and weights, as `chebgauss(deg)`.
 * @example np.polynomial.chebyshev.chebgauss(2)[1] // array([1.57079633, 1.57079633])
 */
export function chebgauss(deg: number): [NDArray, NDArray] {
  const ideg = asInt(deg, "deg");
  if (ideg <= 0) throw new ValueError("deg must be a positive integer");
  const x = cos(divide(multiply(Math.PI, arange(1, 2 * ideg, 2)), 2.0 * ideg)) as NDArray;
  const w = multiply(ones(ideg), Math.PI / ideg) as NDArray;
  return [x, w];
}

/**
 * The Chebyshev weight function 1/sqrt(1 - x**2), as `chebweight(x)`.
 * @example np.polynomial.chebyshev.chebweight(0) // 1
 */
export function chebweight(x: ArrayLike): NDArray | Scalar {
  return divide(1.0, multiply(sqrt(add(1.0, x)), sqrt(subtract(1.0, x)))) as NDArray | Scalar;
}

function nptsArg(npts: number, min: number): number {
  const n = Math.trunc(npts);
  if (n !== npts) throw new ValueError("npts must be integer");
  if (n < min) throw new ValueError(`npts must be >= ${min}`);
  return n;
}

/**
 * The Chebyshev points of the first kind, as `chebpts1(npts)`.
 * @example np.polynomial.chebyshev.chebpts1(3) // array([-8.66025404e-01,  6.12323400e-17,  8.66025404e-01])
 */
export function chebpts1(npts: number): NDArray {
  const n = nptsArg(npts, 1);
  return sin(multiply((0.5 * Math.PI) / n, arange(-n + 1, n + 1, 2))) as NDArray;
}

/**
 * The Chebyshev points of the second kind, as `chebpts2(npts)`.
 * @example np.polynomial.chebyshev.chebpts2(3) // array([-1.000000e+00,  6.123234e-17,  1.000000e+00])
 */
export function chebpts2(npts: number): NDArray {
  const n = nptsArg(npts, 2);
  return cos(linspace(-Math.PI, 0, n) as NDArray) as NDArray;
}
