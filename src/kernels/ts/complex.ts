/**
 * Complex scalar arithmetic and elementary functions, as NumPy computes them (npymath and C99's
 * complex functions: Smith's division, csqrt, cexp, clog, cpow with exact small integer powers).
 * Each function returns the real part and leaves the imaginary part in `im`.
 *
 * @example const re = cmul(1, 2, 3, 4); [re, im] // [-5, 10]
 */

/** Imaginary part of the last result. */
export let im = 0;

function ret(re: number, i: number): number {
  im = i;
  return re;
}

function copysign(x: number, s: number): number {
  return Math.abs(x) * (s < 0 || Object.is(s, -0) ? -1 : 1);
}

export function cadd(ar: number, ai: number, br: number, bi: number): number {
  return ret(ar + br, ai + bi);
}
export function csub(ar: number, ai: number, br: number, bi: number): number {
  return ret(ar - br, ai - bi);
}
export function cmul(ar: number, ai: number, br: number, bi: number): number {
  return ret(ar * br - ai * bi, ar * bi + ai * br);
}

/** Smith's division, with NumPy's handling of a zero divisor. */
export function cdiv(ar: number, ai: number, br: number, bi: number): number {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0 && abi === 0) return ret(ar / abr, ai / abr);
    const rat = bi / br;
    const scl = 1.0 / (br + bi * rat);
    return ret((ar + ai * rat) * scl, (ai - ar * rat) * scl);
  }
  const rat = br / bi;
  const scl = 1.0 / (bi + br * rat);
  return ret((ar * rat + ai) * scl, (ai * rat - ar) * scl);
}

export function cabs(re: number, i: number): number {
  return Math.hypot(re, i);
}

export function csqrt(a: number, b: number): number {
  if (a === 0 && b === 0) return ret(0, b);
  if (b === Infinity || b === -Infinity) return ret(Infinity, b);
  if (a !== a) return ret(a, (b - b) / (b - b));
  if (a === Infinity || a === -Infinity) {
    if (a < 0) return ret(Math.abs(b - b), copysign(a, b));
    return ret(a, copysign(b - b, b));
  }
  // Scale to avoid overflow in hypot and a + hypot.
  const big = Math.abs(a) >= 1e307 || Math.abs(b) >= 1e307;
  const sa = big ? a * 0.25 : a;
  const sb = big ? b * 0.25 : b;
  const h = Math.hypot(sa, sb);
  if (sa >= 0) {
    let t = Math.sqrt((sa + h) * 0.5);
    const r = ret(t, sb / (2 * t));
    if (big) {
      t = r * 2;
      im *= 2;
      return t;
    }
    return r;
  }
  const t = Math.sqrt((-sa + h) * 0.5);
  const re = Math.abs(sb) / (2 * t);
  const ii = copysign(t, sb);
  return big ? ret(re * 2, ii * 2) : ret(re, ii);
}

export function cexp(a: number, b: number): number {
  if (Number.isFinite(a)) {
    if (b === 0) return ret(Math.exp(a), b);
    const e = Math.exp(a);
    return ret(e * Math.cos(b), e * Math.sin(b));
  }
  if (a !== a) return b === 0 ? ret(a, b) : ret(a, a);
  if (a > 0) {
    if (b === 0) return ret(a, b);
    if (!Number.isFinite(b)) return ret(a, b - b);
    return ret(a * Math.cos(b), a * Math.sin(b));
  }
  if (!Number.isFinite(b)) return ret(0, 0);
  return ret(0 * Math.cos(b), 0 * Math.sin(b));
}

export function clog(a: number, b: number): number {
  return ret(Math.log(Math.hypot(a, b)), Math.atan2(b, a));
}

export function clog2(a: number, b: number): number {
  const r = clog(a, b);
  return ret(r / Math.LN2, im / Math.LN2);
}

export function clog10(a: number, b: number): number {
  const r = clog(a, b);
  return ret(r / Math.LN10, im / Math.LN10);
}

export function csin(a: number, b: number): number {
  return ret(Math.sin(a) * Math.cosh(b), Math.cos(a) * Math.sinh(b));
}
export function ccos(a: number, b: number): number {
  return ret(Math.cos(a) * Math.cosh(b), -(Math.sin(a) * Math.sinh(b)));
}
export function csinh(a: number, b: number): number {
  return ret(Math.sinh(a) * Math.cos(b), Math.cosh(a) * Math.sin(b));
}
export function ccosh(a: number, b: number): number {
  return ret(Math.cosh(a) * Math.cos(b), Math.sinh(a) * Math.sin(b));
}

/** tanh(a+bi) by the stable formula of C99 implementations (Kahan). */
export function ctanh(a: number, b: number): number {
  if (!Number.isFinite(a)) {
    if (a !== a) return ret(a, b === 0 ? b : a);
    return ret(copysign(1, a), copysign(0, Number.isFinite(b) ? Math.sin(b) * Math.cos(b) : b));
  }
  if (!Number.isFinite(b)) return ret(b - b, b - b);
  if (Math.abs(a) >= 22) {
    const e = Math.exp(-Math.abs(a));
    return ret(copysign(1, a), 4 * Math.sin(b) * Math.cos(b) * e * e);
  }
  const t = Math.tan(b);
  const beta = 1 + t * t;
  const s = Math.sinh(a);
  const rho = Math.sqrt(1 + s * s);
  const den = 1 + beta * s * s;
  return ret((beta * rho * s) / den, t / den);
}

export function ctan(a: number, b: number): number {
  // tan(z) = -i tanh(iz)
  const r = ctanh(-b, a);
  return ret(im, -r);
}

/** NumPy's complex power: exact repeated multiplication for small integer exponents. */
export function cpow(ar: number, ai: number, br: number, bi: number): number {
  if (br === 0 && bi === 0) return ret(1, 0);
  if (ar === 0 && ai === 0) {
    if (br > 0 && bi === 0) return ret(0, 0);
    return ret(NaN, NaN);
  }
  if (bi === 0 && br === Math.trunc(br) && Math.abs(br) < 100) {
    let n = Math.abs(br);
    let rr = 1;
    let ri = 0;
    let pr = ar;
    let pi = ai;
    let mask = 1;
    while (mask <= n) {
      if (n & mask) {
        const t = rr * pr - ri * pi;
        ri = rr * pi + ri * pr;
        rr = t;
      }
      mask <<= 1;
      if (mask > n) break;
      const t = pr * pr - pi * pi;
      pi = 2 * pr * pi;
      pr = t;
    }
    n = 0;
    return br < 0 ? cdiv(1, 0, rr, ri) : ret(rr, ri);
  }
  const lr = clog(ar, ai);
  const li = im;
  const r = cmul(lr, li, br, bi);
  return cexp(r, im);
}
