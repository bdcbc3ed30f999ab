/**
 * C99's inverse trigonometric and hyperbolic complex functions as glibc implements them
 * (math/k_casinh_template.c, s_casinh_template.c, s_casin_template.c, s_cacos_template.c,
 * s_cacosh_template.c, s_catan_template.c, s_catanh_template.c), which NumPy's arcsin, arccos,
 * arctan, arcsinh, arccosh and arctanh call on Linux: the same case analysis (accurate near the
 * branch points), special values (C99 Annex G) and operation order, in the precision of `Real`.
 *
 * @example const I = makeInverse(REAL64, makeElementary(REAL64)); const re = I.catanh(0.5, 0); [re, im] // [0.5493061443340549, 0]
 */
import type { Elementary } from "./elementary.js";
import { copysign, isfinite, isinf, signbit, type Real } from "./libm.js";
import { im, ret } from "./ret.js";

type C1 = (re: number, im: number) => number;

/** The glibc inverse functions of one precision. */
export interface Inverse {
  readonly casinh: C1;
  readonly casin: C1;
  readonly cacos: C1;
  readonly cacosh: C1;
  readonly catan: C1;
  readonly catanh: C1;
}

/** glibc's inverse complex functions in the precision of `R`, on top of its clog and csqrt. */
export function makeInverse(R: Real, E: Elementary): Inverse {
  const { r, EPSILON, LN2, PI, PI_2, PI_4, PI_3_4 } = R;
  const { log, log1p, atan2, sqrt, hypot, x2y2m1 } = R;
  const { clog, csqrt } = E;
  const EPS2 = EPSILON * EPSILON;

  /** asinh(x + iy) (adj false), or with adj the value cacos/cacosh build on (glibc's kernel). */
  const kcasinh = (xr: number, xi: number, adj: boolean): number => {
    const rx = Math.abs(xr);
    const ix = Math.abs(xi);
    let re: number;
    let i: number;
    if (rx >= 1 / EPSILON || ix >= 1 / EPSILON) {
      let yr = rx;
      let yi = ix;
      if (adj) {
        const t = yr;
        yr = copysign(yi, xi);
        yi = t;
      }
      re = clog(yr, yi);
      i = im;
      re = r(re + LN2);
    } else if (rx >= 0.5 && ix < EPSILON / 8) {
      const s = hypot(1, rx);
      re = log(r(rx + s));
      i = adj ? atan2(s, xi) : atan2(ix, s);
    } else if (rx < EPSILON / 8 && ix >= 1.5) {
      const s = sqrt(r(r(ix + 1) * r(ix - 1)));
      re = log(r(ix + s));
      i = adj ? atan2(rx, copysign(s, xi)) : atan2(s, rx);
    } else if (ix > 1 && ix < 1.5 && rx < 0.5) {
      const ix2m1 = r(r(ix + 1) * r(ix - 1));
      if (rx < EPS2) {
        const s = sqrt(ix2m1);
        re = r(log1p(r(2 * r(ix2m1 + r(ix * s)))) / 2);
        i = adj ? atan2(rx, copysign(s, xi)) : atan2(s, rx);
      } else {
        const rx2 = r(rx * rx);
        const f = r(rx2 * r(r(2 + rx2) + r(r(2 * ix) * ix)));
        const d = sqrt(r(r(ix2m1 * ix2m1) + f));
        const dp = r(d + ix2m1);
        const dm = r(f / dp);
        const r1 = sqrt(r(r(dm + rx2) / 2));
        const r2 = r(r(rx * ix) / r1);
        re = r(log1p(r(r(rx2 + dp) + r(2 * r(r(rx * r1) + r(ix * r2))))) / 2);
        i = adj ? atan2(r(rx + r1), copysign(r(ix + r2), xi)) : atan2(r(ix + r2), r(rx + r1));
      }
    } else if (ix === 1 && rx < 0.5) {
      if (rx < EPSILON / 8) {
        re = r(log1p(r(2 * r(rx + sqrt(rx)))) / 2);
        i = adj ? atan2(sqrt(rx), copysign(1, xi)) : atan2(1, sqrt(rx));
      } else {
        const rx2 = r(rx * rx);
        const d = r(rx * sqrt(r(4 + rx2)));
        const s1 = sqrt(r(r(d + rx2) / 2));
        const s2 = sqrt(r(r(d - rx2) / 2));
        re = r(log1p(r(r(rx2 + d) + r(2 * r(r(rx * s1) + s2)))) / 2);
        i = adj ? atan2(r(rx + s1), copysign(r(1 + s2), xi)) : atan2(r(1 + s2), r(rx + s1));
      }
    } else if (ix < 1 && rx < 0.5) {
      if (ix >= EPSILON) {
        const onemix2 = r(r(1 + ix) * r(1 - ix));
        if (rx < EPS2) {
          const s = sqrt(onemix2);
          re = r(log1p(r(r(2 * rx) / s)) / 2);
          i = adj ? atan2(s, xi) : atan2(ix, s);
        } else {
          const rx2 = r(rx * rx);
          const f = r(rx2 * r(r(2 + rx2) + r(r(2 * ix) * ix)));
          const d = sqrt(r(r(onemix2 * onemix2) + f));
          const dp = r(d + onemix2);
          const dm = r(f / dp);
          const r1 = sqrt(r(r(dp + rx2) / 2));
          const r2 = r(r(rx * ix) / r1);
          re = r(log1p(r(r(rx2 + dm) + r(2 * r(r(rx * r1) + r(ix * r2))))) / 2);
          i = adj ? atan2(r(rx + r1), copysign(r(ix + r2), xi)) : atan2(r(ix + r2), r(rx + r1));
        }
      } else {
        const s = hypot(1, rx);
        re = r(log1p(r(r(2 * rx) * r(rx + s))) / 2);
        i = adj ? atan2(s, xi) : atan2(ix, s);
      }
    } else {
      let yr = r(r(r(rx - ix) * r(rx + ix)) + 1);
      let yi = r(r(2 * rx) * ix);
      yr = csqrt(yr, yi);
      yi = im;
      yr = r(yr + rx);
      yi = r(yi + ix);
      if (adj) {
        const t = yr;
        yr = copysign(yi, xi);
        yi = t;
      }
      re = clog(yr, yi);
      i = im;
    }
    return ret(copysign(re, xr), copysign(i, adj ? 1 : xi));
  };

  const casinh = (x: number, y: number): number => {
    if (!isfinite(x) || !isfinite(y)) {
      if (isinf(y)) return ret(copysign(Infinity, x), x !== x ? NaN : copysign(isfinite(x) ? PI_2 : PI_4, y));
      if (!isfinite(x)) return ret(x, (isinf(x) && isfinite(y)) || (x !== x && y === 0) ? copysign(0, y) : NaN);
      return ret(NaN, NaN);
    }
    if (x === 0 && y === 0) return ret(x, y);
    return kcasinh(x, y, false);
  };

  const casin = (x: number, y: number): number => {
    if (x !== x || y !== y) {
      if (x === 0) return ret(x, y);
      if (isinf(x) || isinf(y)) return ret(NaN, copysign(Infinity, y));
      return ret(NaN, NaN);
    }
    const sr = casinh(-y, x);
    return ret(im, -sr);
  };

  const cacos = (x: number, y: number): number => {
    if (!isfinite(x) || !isfinite(y) || (x === 0 && y === 0)) {
      const sr = casin(x, y);
      const si = im;
      let re = r(PI_2 - sr);
      if (re === 0) re = 0;
      return ret(re, -si);
    }
    const kr = kcasinh(-y, x, true);
    return ret(im, kr);
  };

  const cacosh = (x: number, y: number): number => {
    if (!isfinite(x) || !isfinite(y)) {
      if (isinf(y)) return ret(Infinity, x !== x ? NaN : copysign(isinf(x) ? (x < 0 ? PI_3_4 : PI_4) : PI_2, y));
      if (isinf(x)) return ret(Infinity, isfinite(y) ? copysign(signbit(x) ? PI : 0, y) : NaN);
      return ret(NaN, x === 0 ? PI_2 : NaN);
    }
    if (x === 0 && y === 0) return ret(0, copysign(PI_2, y));
    const kr = kcasinh(-y, x, true);
    const ki = im;
    return signbit(y) ? ret(kr, -ki) : ret(-kr, ki);
  };

  /** glibc's `den` of catan/catanh: 1 - a^2 - b^2 for a, b = |x|, |y| sorted, without cancellation. */
  const oneMinusSq = (x: number, y: number): number => {
    let ax = Math.abs(x);
    let ay = Math.abs(y);
    if (ax < ay) {
      const t = ax;
      ax = ay;
      ay = t;
    }
    if (ay < EPSILON / 2) {
      const den = r(r(1 - ax) * r(1 + ax));
      return den === 0 ? 0 : den;
    }
    if (ax >= 1) return r(r(r(1 - ax) * r(1 + ax)) - r(ay * ay));
    if (ax >= 0.75 || ay >= 0.5) return -x2y2m1(ax, ay);
    return r(r(r(1 - ax) * r(1 + ax)) - r(ay * ay));
  };

  /** glibc's 0.25 * log(((1 + a)^2 + b^2) / ((1 - a)^2 + b^2)) for catanh (catan swaps). */
  const quarterLogRatio = (a: number, b: number): number => {
    if (Math.abs(a) === 1 && Math.abs(b) < EPS2) return r(copysign(0.5, a) * r(LN2 - log(Math.abs(b))));
    const b2 = Math.abs(b) >= EPS2 ? r(b * b) : 0;
    let num = r(1 + a);
    num = r(b2 + r(num * num));
    let den = r(1 - a);
    den = r(b2 + r(den * den));
    const f = r(num / den);
    if (f < 0.5) return r(0.25 * log(f));
    return r(0.25 * log1p(r(r(4 * a) / den)));
  };

  /** The huge-argument part of catan/catanh: 1/z's component along the small axis. */
  const hugeRecip = (a: number, b: number): number => {
    if (Math.abs(b) <= 1) return r(1 / a);
    if (Math.abs(a) <= 1) return r(r(a / b) / b);
    const h = hypot(r(a / 2), r(b / 2));
    return r(r(r(a / h) / h) / 4);
  };

  const catan = (x: number, y: number): number => {
    if (!isfinite(x) || !isfinite(y)) {
      if (isinf(x)) return ret(copysign(PI_2, x), copysign(0, y));
      if (isinf(y)) return ret(isfinite(x) ? copysign(PI_2, x) : NaN, copysign(0, y));
      if (y === 0) return ret(NaN, copysign(0, y));
      return ret(NaN, NaN);
    }
    if (x === 0 && y === 0) return ret(x, y);
    if (Math.abs(x) >= 16 / EPSILON || Math.abs(y) >= 16 / EPSILON) return ret(copysign(PI_2, x), hugeRecip(y, x));
    const re = r(0.5 * atan2(r(2 * x), oneMinusSq(x, y)));
    // catan's imaginary part is catanh's real part of (y, x) with 1 + iy, 1 - iy as the ratio.
    return ret(re, quarterLogRatio(y, x));
  };

  const catanh = (x: number, y: number): number => {
    if (!isfinite(x) || !isfinite(y)) {
      if (isinf(y)) return ret(copysign(0, x), copysign(PI_2, y));
      if (isinf(x) || x === 0) return ret(copysign(0, x), isfinite(y) ? copysign(PI_2, y) : NaN);
      return ret(NaN, NaN);
    }
    if (x === 0 && y === 0) return ret(x, y);
    if (Math.abs(x) >= 16 / EPSILON || Math.abs(y) >= 16 / EPSILON) return ret(hugeRecip(x, y), copysign(PI_2, y));
    const re = quarterLogRatio(x, y);
    return ret(re, r(0.5 * atan2(r(2 * y), oneMinusSq(x, y))));
  };

  return { casinh, casin, cacos, cacosh, catan, catanh };
}
