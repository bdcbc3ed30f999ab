/**
 * The np.polynomial namespace, as NumPy's numpy.polynomial package: the power-series module
 * np.polynomial.polynomial (polyval, polyfit, polyroots, ...) and the helpers of
 * np.polynomial.polyutils.
 * @example np.polynomial.polynomial.polyval(2, [1, 2, 3]) // 17
 */
import * as P from "./polynomial.js";
import { Polynomial } from "./classes.js";
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

const polyutils = { as_series, trimseq, trimcoef, getdomain, mapdomain, mapparms } as const;

export const polynomial_ = { polynomial: polynomialModule, polyutils, Polynomial, set_default_printstyle } as const;
export { polynomial_ as polynomial };
