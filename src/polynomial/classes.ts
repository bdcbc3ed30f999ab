/**
 * The convenience classes of np.polynomial built on ./polybase.ts: Polynomial (the power basis).
 * @example np.polynomial.Polynomial([1, 2, 3]).roots() // array([-0.33333333-0.47140452j, -0.33333333+0.47140452j])
 */
import type { ArrayLike } from "../core/coerce.js";
import type { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { makePolyClass, type PolyBase, type PolyClass } from "./polybase.js";
import * as P from "./polynomial.js";
import { powerTerm } from "./printing.js";

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
