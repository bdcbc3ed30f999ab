/**
 * The np.polynomial namespace, as NumPy's numpy.polynomial package: the power-series module
 * np.polynomial.polynomial (polyval, polyfit, polyroots, ...), the Chebyshev and Legendre
 * modules np.polynomial.chebyshev and .legendre, the classes Polynomial, Chebyshev and Legendre, and np.polynomial.polyutils.
 * @example np.polynomial.polynomial.polyval(2, [1, 2, 3]) // 17
 */
import * as P from "./polynomial.js";
import { Chebyshev, Legendre, Polynomial } from "./classes.js";
import * as L from "./legendre.js";
import * as C from "./chebyshev.js";
import { set_default_printstyle } from "./polybase.js";
import { as_series, getdomain, mapdomain, mapparms, trimcoef, trimseq } from "./polyutils.js";

const polynomialModule = {
  polyzero: P.polyzero, polyone: P.polyone, polyx: P.polyx, polydomain: P.polydomain, polyline: P.polyline, polyadd: P.polyadd,
  polysub: P.polysub, polymulx: P.polymulx, polymul: P.polymul, polydiv: P.polydiv, polypow: P.polypow, polyval: P.polyval,
  polyvalfromroots: P.polyvalfromroots, polyder: P.polyder, polyint: P.polyint, polyfromroots: P.polyfromroots,
  polyvander: P.polyvander, polyfit: P.polyfit, polytrim: P.polytrim, polyroots: P.polyroots, polyval2d: P.polyval2d,
  polyval3d: P.polyval3d, polygrid2d: P.polygrid2d, polygrid3d: P.polygrid3d, polyvander2d: P.polyvander2d,
  polyvander3d: P.polyvander3d, polycompanion: P.polycompanion, Polynomial,
} as const;

const chebyshevModule = {
  chebzero: C.chebzero, chebone: C.chebone, chebx: C.chebx, chebdomain: C.chebdomain, chebline: C.chebline, chebadd: C.chebadd,
  chebsub: C.chebsub, chebmulx: C.chebmulx, chebmul: C.chebmul, chebdiv: C.chebdiv, chebpow: C.chebpow, chebval: C.chebval,
  chebder: C.chebder, chebint: C.chebint, cheb2poly: C.cheb2poly, poly2cheb: C.poly2cheb, chebfromroots: C.chebfromroots,
  chebvander: C.chebvander, chebfit: C.chebfit, chebtrim: C.chebtrim, chebroots: C.chebroots, chebpts1: C.chebpts1,
  chebpts2: C.chebpts2, chebval2d: C.chebval2d, chebval3d: C.chebval3d, chebgrid2d: C.chebgrid2d, chebgrid3d: C.chebgrid3d,
  chebvander2d: C.chebvander2d, chebvander3d: C.chebvander3d, chebcompanion: C.chebcompanion, chebgauss: C.chebgauss,
  chebweight: C.chebweight, chebinterpolate: C.chebinterpolate, Chebyshev,
} as const;

const legendreModule = {
  legzero: L.legzero, legone: L.legone, legx: L.legx, legdomain: L.legdomain, legline: L.legline, legadd: L.legadd,
  legsub: L.legsub, legmulx: L.legmulx, legmul: L.legmul, legdiv: L.legdiv, legpow: L.legpow, legval: L.legval,
  legder: L.legder, legint: L.legint, leg2poly: L.leg2poly, poly2leg: L.poly2leg, legfromroots: L.legfromroots,
  legvander: L.legvander, legfit: L.legfit, legtrim: L.legtrim, legroots: L.legroots, legval2d: L.legval2d,
  legval3d: L.legval3d, leggrid2d: L.leggrid2d, leggrid3d: L.leggrid3d, legvander2d: L.legvander2d, legvander3d: L.legvander3d,
  legcompanion: L.legcompanion, leggauss: L.leggauss, legweight: L.legweight, Legendre,
} as const;

const polyutils = { as_series, trimseq, trimcoef, getdomain, mapdomain, mapparms } as const;

export const polynomial_ = {
  polynomial: polynomialModule, chebyshev: chebyshevModule, legendre: legendreModule, polyutils, Polynomial, Chebyshev, Legendre,
  set_default_printstyle,
} as const;
export { polynomial_ as polynomial };
