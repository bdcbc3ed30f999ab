/**
 * C99's complex exponential, logarithm, square root, trigonometric and hyperbolic functions as
 * glibc implements them (math/s_cexp_template.c, s_clog_template.c, s_csqrt_template.c,
 * s_csinh_template.c, s_ccosh_template.c, s_ctanh_template.c, s_csin_template.c,
 * s_ctan_template.c, s_cpow_template.c), which is what NumPy's complex loops call on Linux: the
 * same branches, special values (C99 Annex G) and operation order, in the precision of `Real`.
 *
 * Each function takes (re, im), returns the real part and leaves the imaginary part in `im`.
 *
 * @example const E = makeElementary(REAL64); const re = E.cexp(0, Math.PI); [re, im] // [-1, 1.2246467991473532e-16]
 */
import { copysign, isfinite, isinf, signbit, type Real } from "./libm.js";
import { im, ret } from "./ret.js";

type C1 = (re: number, im: number) => number;
type C2 = (ar: number, ai: number, br: number, bi: number) => number;

/** The glibc complex functions of one precision. */
export interface Elementary {
  readonly cexp: C1;
  readonly clog: C1;
  readonly csqrt: C1;
  readonly csinh: C1;
  readonly ccosh: C1;
  readonly ctanh: C1;
  readonly csin: C1;
  readonly ccos: C1;
  readonly ctan: C1;
  /** C's `_Complex` multiply (GCC/libgcc's __muldc3: recovers infinities lost to NaN). */
  readonly cmulAnnexG: C2;
  /** glibc's cpow: cexp(w * clog(z)). */
  readonly cpow: C2;
}

/** glibc's complex elementary functions in the precision of `R`. */
export function makeElementary(R: Real): Elementary {
  const { r, MIN, MAX, EPSILON, MANT_DIG, T, LN2, PI } = R;
  const { sin, cos, exp, log, log1p, sinh, cosh, atan2, sqrt, hypot, x2y2m1, scalbn } = R;
  /** (int)((MAX_EXP - 1) * ln 2 / 2): ctanh/ctan's threshold. */
  const T2 = R.f32 ? 44 : 354;

  // sincos with glibc's rule for tiny arguments (|v| <= MIN: sin v = v, cos v = 1).
  let S = 0;
  let C = 0;
  const sincos = (v: number): void => {
    if (Math.abs(v) > MIN) {
      S = sin(v);
      C = cos(v);
    } else {
      S = v;
      C = 1;
    }
  };

  const cexp = (x: number, y: number): number => {
    if (isfinite(x)) {
      if (isfinite(y)) {
        sincos(y);
        let s = S;
        let c = C;
        if (x > T) {
          const et = exp(T);
          x = r(x - T);
          s = r(s * et);
          c = r(c * et);
          if (x > T) {
            x = r(x - T);
            s = r(s * et);
            c = r(c * et);
          }
        }
        if (x > T) return ret(r(MAX * c), r(MAX * s));
        const ev = exp(x);
        return ret(r(ev * c), r(ev * s));
      }
      return ret(NaN, NaN);
    }
    if (isinf(x)) {
      if (isfinite(y)) {
        const value = signbit(x) ? 0 : Infinity;
        if (y === 0) return ret(value, y);
        sincos(y);
        return ret(copysign(value, C), copysign(value, S));
      }
      if (!signbit(x)) return ret(Infinity, y - y);
      return ret(0, copysign(0, y));
    }
    return ret(NaN, y === 0 ? y : NaN);
  };

  const clog = (x: number, y: number): number => {
    if (x === 0 && y === 0) return ret(-1 / Math.abs(x), copysign(signbit(x) ? PI : 0, y));
    if (x !== x || y !== y) return ret(isinf(x) || isinf(y) ? Infinity : NaN, NaN);
    let ax = Math.abs(x);
    let ay = Math.abs(y);
    let scale = 0;
    if (ax < ay) {
      const t = ax;
      ax = ay;
      ay = t;
    }
    if (ax > MAX / 2) {
      scale = -1;
      ax = scalbn(ax, scale);
      ay = ay >= MIN * 2 ? scalbn(ay, scale) : 0;
    } else if (ax < MIN && ay < MIN) {
      scale = MANT_DIG;
      ax = scalbn(ax, scale);
      ay = scalbn(ay, scale);
    }
    let re: number;
    if (ax === 1 && scale === 0) {
      re = r(log1p(r(ay * ay)) / 2);
    } else if (ax > 1 && ax < 2 && ay < 1 && scale === 0) {
      let d2m1 = r(r(ax - 1) * r(ax + 1));
      if (ay >= EPSILON) d2m1 = r(d2m1 + r(ay * ay));
      re = r(log1p(d2m1) / 2);
    } else if (ax < 1 && ax >= 0.5 && ay < EPSILON / 2 && scale === 0) {
      re = r(log1p(r(r(ax - 1) * r(ax + 1))) / 2);
    } else if (ax < 1 && ax >= 0.5 && scale === 0 && r(r(ax * ax) + r(ay * ay)) >= 0.5) {
      re = r(log1p(x2y2m1(ax, ay)) / 2);
    } else {
      re = r(log(hypot(ax, ay)) - r(scale * LN2));
    }
    return ret(re, atan2(y, x));
  };

  const csqrt = (x: number, y: number): number => {
    if (!isfinite(x) || !isfinite(y)) {
      if (isinf(y)) return ret(Infinity, y);
      if (isinf(x)) {
        if (x < 0) return ret(y !== y ? NaN : 0, copysign(Infinity, y));
        return ret(x, y !== y ? NaN : copysign(0, y));
      }
      return ret(NaN, NaN);
    }
    if (y === 0) {
      if (x < 0) return ret(0, copysign(sqrt(-x), y));
      return ret(Math.abs(sqrt(x)), copysign(0, y));
    }
    if (x === 0) {
      const v = Math.abs(y) >= 2 * MIN ? sqrt(r(0.5 * Math.abs(y))) : r(0.5 * sqrt(r(2 * Math.abs(y))));
      return ret(v, copysign(v, y));
    }
    let scale = 0;
    if (Math.abs(x) > MAX / 4) {
      scale = 1;
      x = scalbn(x, -2);
      y = scalbn(y, -2);
    } else if (Math.abs(y) > MAX / 4) {
      scale = 1;
      x = Math.abs(x) >= 4 * MIN ? scalbn(x, -2) : 0;
      y = scalbn(y, -2);
    } else if (Math.abs(x) < 2 * MIN && Math.abs(y) < 2 * MIN) {
      scale = -((MANT_DIG + 1) >> 1);
      x = scalbn(x, -2 * scale);
      y = scalbn(y, -2 * scale);
    }
    const d = hypot(x, y);
    let rr: number;
    let s: number;
    if (x > 0) {
      rr = sqrt(r(0.5 * r(d + x)));
      if (scale === 1 && Math.abs(y) < 1) {
        s = r(y / rr);
        rr = scalbn(rr, scale);
        scale = 0;
      } else {
        s = r(0.5 * r(y / rr));
      }
    } else {
      s = sqrt(r(0.5 * r(d - x)));
      if (scale === 1 && Math.abs(y) < 1) {
        rr = Math.abs(r(y / s));
        s = scalbn(s, scale);
        scale = 0;
      } else {
        rr = Math.abs(r(0.5 * r(y / s)));
      }
    }
    if (scale) {
      rr = scalbn(rr, scale);
      s = scalbn(s, scale);
    }
    return ret(rr, copysign(s, y));
  };

  /** The |real| > T tail shared by csinh/ccosh/csin: (e^|v| / 2) * (a, b) without overflow. */
  const bigExp = (v: number, a: number, b: number): number => {
    const et = exp(T);
    const h = r(et / 2);
    let rv = r(Math.abs(v) - T);
    a = r(a * h);
    b = r(b * h);
    if (rv > T) {
      rv = r(rv - T);
      a = r(a * et);
      b = r(b * et);
    }
    if (rv > T) return ret(r(MAX * a), r(MAX * b));
    const ev = exp(rv);
    return ret(r(ev * a), r(ev * b));
  };

  const csinh = (x0: number, y: number): number => {
    const negate = signbit(x0);
    const x = Math.abs(x0);
    if (isfinite(x)) {
      if (isfinite(y)) {
        sincos(y);
        const s = S;
        const c = negate ? -C : C;
        if (x > T) return bigExp(x, c, s);
        return ret(r(sinh(x) * c), r(cosh(x) * s));
      }
      if (x === 0) return ret(negate ? -0 : 0, y - y);
      return ret(NaN, NaN);
    }
    if (isinf(x)) {
      if (isfinite(y) && y !== 0) {
        sincos(y);
        const re = copysign(Infinity, C);
        return ret(negate ? -re : re, copysign(Infinity, S));
      }
      if (y === 0) return ret(negate ? -Infinity : Infinity, y);
      return ret(Infinity, y - y);
    }
    return ret(NaN, y === 0 ? y : NaN);
  };

  const ccosh = (x: number, y: number): number => {
    if (isfinite(x)) {
      if (isfinite(y)) {
        sincos(y);
        const c = C;
        const s = signbit(x) ? -S : S;
        if (Math.abs(x) > T) return bigExp(x, c, s);
        return ret(r(cosh(x) * C), r(sinh(x) * S));
      }
      return ret(y - y, x === 0 ? 0 : NaN);
    }
    if (isinf(x)) {
      if (isfinite(y) && y !== 0) {
        sincos(y);
        return ret(copysign(Infinity, C), copysign(Infinity, S) * copysign(1, x));
      }
      if (y === 0) return ret(Infinity, y * copysign(1, x));
      return ret(Infinity, y - y);
    }
    return ret(NaN, y === 0 ? y : NaN);
  };

  const csin = (x0: number, y: number): number => {
    const negate = signbit(x0);
    const x = Math.abs(x0);
    if (isfinite(y)) {
      if (isfinite(x)) {
        if (x > MIN) {
          S = sin(x);
          C = cos(x);
        } else {
          S = x;
          C = 1;
        }
        const s = negate ? -S : S;
        if (Math.abs(y) > T) return bigExp(y, s, signbit(y) ? -C : C);
        return ret(r(cosh(y) * s), r(sinh(y) * C));
      }
      if (y === 0) return ret(x - x, y);
      return ret(NaN, NaN);
    }
    if (isinf(y)) {
      if (x === 0) return ret(negate ? -0 : 0, y);
      if (isfinite(x)) {
        if (x > MIN) {
          S = sin(x);
          C = cos(x);
        } else {
          S = x;
          C = 1;
        }
        const re = copysign(Infinity, S);
        const i = copysign(Infinity, C);
        return ret(negate ? -re : re, signbit(y) ? -i : i);
      }
      return ret(x - x, Infinity);
    }
    return ret(x === 0 ? (negate ? -0 : 0) : NaN, NaN);
  };

  const ccos = (x: number, y: number): number => ccosh(-y, x);

  /** ctanh's finite-argument part, shared with ctan (tan z = -i tanh(iz) with the parts swapped). */
  const tanhFinite = (x: number, y: number, swap: boolean): number => {
    sincos(y);
    const s = S;
    const c = C;
    if (Math.abs(x) > T2) {
      const e2t = exp(2 * T2);
      const one = copysign(1, x);
      let t = r(r(4 * s) * c);
      const ax = r(Math.abs(x) - T2);
      t = r(t / e2t);
      t = ax > T2 ? r(t / e2t) : r(t / exp(r(2 * ax)));
      return swap ? ret(t, one) : ret(one, t);
    }
    let sh: number;
    let ch: number;
    if (Math.abs(x) > MIN) {
      sh = sinh(x);
      ch = cosh(x);
    } else {
      sh = x;
      ch = 1;
    }
    let den: number;
    if (Math.abs(sh) > r(Math.abs(c) * EPSILON)) den = swap ? r(r(c * c) + r(sh * sh)) : r(r(sh * sh) + r(c * c));
    else den = r(c * c);
    const a = r(r(sh * ch) / den);
    const b = r(r(s * c) / den);
    return swap ? ret(b, a) : ret(a, b);
  };

  const ctanh = (x: number, y: number): number => {
    if (!isfinite(x) || !isfinite(y)) {
      if (isinf(x)) {
        if (isfinite(y) && Math.abs(y) > 1) return ret(copysign(1, x), copysign(0, r(sin(y) * cos(y))));
        return ret(copysign(1, x), copysign(0, y));
      }
      if (y === 0) return ret(x, y);
      return ret(x === 0 ? x : NaN, NaN);
    }
    return tanhFinite(x, y, false);
  };

  const ctan = (x: number, y: number): number => {
    if (!isfinite(x) || !isfinite(y)) {
      if (isinf(y)) {
        if (isfinite(x) && Math.abs(x) > 1) return ret(copysign(0, r(sin(x) * cos(x))), copysign(1, y));
        return ret(copysign(0, x), copysign(1, y));
      }
      if (x === 0) return ret(x, y);
      return ret(NaN, y === 0 ? y : NaN);
    }
    return tanhFinite(y, x, true);
  };

  const cmulAnnexG = (a: number, b: number, c: number, d: number): number => {
    const ac = r(a * c);
    const bd = r(b * d);
    const ad = r(a * d);
    const bc = r(b * c);
    let x = r(ac - bd);
    let y = r(ad + bc);
    if (x !== x && y !== y) {
      let recalc = false;
      if (isinf(a) || isinf(b)) {
        a = copysign(isinf(a) ? 1 : 0, a);
        b = copysign(isinf(b) ? 1 : 0, b);
        if (c !== c) c = copysign(0, c);
        if (d !== d) d = copysign(0, d);
        recalc = true;
      }
      if (isinf(c) || isinf(d)) {
        c = copysign(isinf(c) ? 1 : 0, c);
        d = copysign(isinf(d) ? 1 : 0, d);
        if (a !== a) a = copysign(0, a);
        if (b !== b) b = copysign(0, b);
        recalc = true;
      }
      if (!recalc && (isinf(ac) || isinf(bd) || isinf(ad) || isinf(bc))) {
        if (a !== a) a = copysign(0, a);
        if (b !== b) b = copysign(0, b);
        if (c !== c) c = copysign(0, c);
        if (d !== d) d = copysign(0, d);
        recalc = true;
      }
      if (recalc) {
        x = Infinity * r(r(a * c) - r(b * d));
        y = Infinity * r(r(a * d) + r(b * c));
      }
    }
    return ret(x, y);
  };

  const cpow = (xr: number, xi: number, wr: number, wi: number): number => {
    const lr = clog(xr, xi);
    const tr = cmulAnnexG(wr, wi, lr, im);
    return cexp(tr, im);
  };

  return { cexp, clog, csqrt, csinh, ccosh, ctanh, csin, ccos, ctan, cmulAnnexG, cpow };
}
