/**
 * The convenience classes of np.polynomial built on ./polybase.ts: Polynomial (the power basis)
 * Chebyshev and Legendre.
 * @example np.polynomial.Polynomial([1, 2, 3]).roots() // array([-0.33333333-0.47140452j, -0.33333333+0.47140452j])
 */
import type { ArrayLike } from "../core/coerce.js";
import type { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { makePolyClass, type PolyBase, type PolyClass } from "./polybase.js";
import * as P from "./polynomial.js";
import * as C from "./chebyshev.js";
import * as L from "./legendre.js";
import { mapdomain } from "./polyutils.js";
import { basisTerm, powerTerm } from "./printing.js";

/**
 * A power series, as NumPy's np.polynomial.Polynomial(coef, domain=None, window=None, symbol='x'):
 * coefficients in increasing degree; callable; NumPy's methods (deriv, integ, roots, fit, ...).
 * @example
 * const p = np.polynomial.Polynomial([1, 2, 3]);
 * p(2)          // 17
 * String(p)     // "1.0 + 2.0·x + 3.0·x²"
 * p.repr()      // "Polynomial([1., 2., 3.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')"
 */
export const Polynomial: PolyClass = makePolyClass({
  name: "Polynomial",
  module: "polynomial",
  basis_name: null,
  domain: [-1, 1],
  window: [-1, 1],
  add: P.polyadd,
  sub: P.polysub,
  mul: P.polymul,
  div: P.polydiv,
  pow: (c, n, maxpower) => P.polypow(c, n, maxpower),
  val: (x, c) => P.polyval(x, c),
  int: (c, m, k, lbnd, scl) => P.polyint(c, m, k, lbnd, scl),
  der: (c, m, scl) => P.polyder(c, m, scl),
  fit: (x: ArrayLike, y: ArrayLike, deg: ArrayLike, rcond, full, w) => P.polyfit(x, y, deg, rcond, full, w) as NDArray | [NDArray, unknown[]],
  line: (off: Scalar, scl: Scalar) => P.polyline(off, scl),
  roots: P.polyroots,
  fromroots: P.polyfromroots,
  toPower: (c: NDArray) => c,
  term: powerTerm,
});
/** The type of a Polynomial instance. */
export type Polynomial = PolyBase;

/** The Chebyshev class, with NumPy's extra class method `interpolate`. */
export interface ChebyshevClass extends PolyClass {
  interpolate(func: (x: NDArray, ...args: unknown[]) => ArrayLike, deg: number, domain?: ArrayLike | null, args?: unknown[]): PolyBase;
}

/**
 * A Chebyshev series, as NumPy's np.polynomial.Chebyshev(coef, domain=None, window=None,
 * symbol='x'): callable, with the methods of Polynomial and the class method interpolate.
 * @example
 * const c = np.polynomial.Chebyshev([1, 2, 3]);
 * c(0.5)       // 0.5
 * String(c)    // "1.0 + 2.0·T₁(x) + 3.0·T₂(x)"
 */
export const Chebyshev = makePolyClass({
  name: "Chebyshev",
  module: "chebyshev",
  basis_name: "T",
  domain: [-1, 1],
  window: [-1, 1],
  add: C.chebadd,
  sub: C.chebsub,
  mul: C.chebmul,
  div: C.chebdiv,
  pow: (c, n, maxpower) => C.chebpow(c, n, maxpower),
  val: (x, c) => C.chebval(x, c),
  int: (c, m, k, lbnd, scl) => C.chebint(c, m, k, lbnd, scl),
  der: (c, m, scl) => C.chebder(c, m, scl),
  fit: (x: ArrayLike, y: ArrayLike, deg: ArrayLike, rcond, full, w) => C.chebfit(x, y, deg, rcond, full, w) as NDArray | [NDArray, unknown[]],
  line: (off: Scalar, scl: Scalar) => C.chebline(off, scl),
  roots: C.chebroots,
  fromroots: C.chebfromroots,
  toPower: C.cheb2poly,
  term: basisTerm("T"),
}) as ChebyshevClass;
Object.defineProperty(Chebyshev, "interpolate", {
  value(func: (x: NDArray, ...args: unknown[]) => ArrayLike, deg: number, domain?: ArrayLike | null, args: unknown[] = []) {
    const d = domain ?? Chebyshev.domain;
    const xfunc = (x: NDArray) => func(mapdomain(x, Chebyshev.window, d) as NDArray, ...args);
    return Chebyshev(C.chebinterpolate(xfunc, deg), { domain: d });
  },
  writable: true,
  configurable: true,
});
/** The type of a Chebyshev instance. */
export type Chebyshev = PolyBase;

/**
 * A Legendre series, as NumPy's np.polynomial.Legendre(coef, domain=None, window=None, symbol='x').
 * @example String(np.polynomial.Legendre([1, 2, 3])) // "1.0 + 2.0·P₁(x) + 3.0·P₂(x)"
 */
export const Legendre: PolyClass = makePolyClass({
  name: "Legendre",
  module: "legendre",
  basis_name: "P",
  domain: [-1, 1],
  window: [-1, 1],
  add: L.legadd,
  sub: L.legsub,
  mul: L.legmul,
  div: L.legdiv,
  pow: (c, n, maxpower) => L.legpow(c, n, maxpower),
  val: (x, c) => L.legval(x, c),
  int: (c, m, k, lbnd, scl) => L.legint(c, m, k, lbnd, scl),
  der: (c, m, scl) => L.legder(c, m, scl),
  fit: (x: ArrayLike, y: ArrayLike, deg: ArrayLike, rcond, full, w) => L.legfit(x, y, deg, rcond, full, w) as NDArray | [NDArray, unknown[]],
  line: (off: Scalar, scl: Scalar) => L.legline(off, scl),
  roots: L.legroots,
  fromroots: L.legfromroots,
  toPower: L.leg2poly,
  term: basisTerm("P"),
});
/** The type of a Legendre instance. */
export type Legendre = PolyBase;
