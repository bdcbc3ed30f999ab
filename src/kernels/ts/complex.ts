/**
 * Complex scalar arithmetic and elementary functions for the complex ufunc loops, as NumPy
 * computes them (npymath and C99's complex functions: Smith's division, csqrt, cexp, clog, cpow
 * with exact small integer powers). complex64 loops compute in float32 (every operation rounded
 * to float32), as NumPy's C loops do.
 *
 * Each function takes (re, im) or (re1, im1, re2, im2), returns the real part (or a bool/real
 * result) and leaves the imaginary part in `im`.
 *
 * @example const ops = complexOps(false); const re = ops.multiply(1, 2, 3, 4); [re, im] // [-5, 10]
 */

/** Imaginary part of the last complex result. */
export let im = 0;

type C1 = (re: number, i: number) => number;
type C2 = (ar: number, ai: number, br: number, bi: number) => number;
export type ComplexFn = C1 | C2;

function ret(re: number, i: number): number {
  im = i;
  return re;
}

function copysign(x: number, s: number): number {
  return Math.abs(x) * (s < 0 || Object.is(s, -0) ? -1 : 1);
}

const truthy = (re: number, i: number) => re !== 0 || i !== 0; // NaN !== 0: true, as NumPy

/** Lexicographic order of complex numbers (NumPy's), with NaN comparing false. */
function lexi(op: (x: number, y: number) => boolean, orEqual: boolean): C2 {
  return (ar, ai, br, bi) => {
    if (ar !== ar || ai !== ai || br !== br || bi !== bi) return 0;
    if (ar !== br) return op(ar, br) ? 1 : 0;
    return op(ai, bi) || (orEqual && ai === bi) ? 1 : 0;
  };
}

function makeOps(r: (x: number) => number): Record<string, ComplexFn> {
  const mul = (ar: number, ai: number, br: number, bi: number) => ret(r(r(ar * br) - r(ai * bi)), r(r(ar * bi) + r(ai * br)));
  const div = (ar: number, ai: number, br: number, bi: number): number => {
    const abr = Math.abs(br);
    const abi = Math.abs(bi);
    if (abr >= abi) {
      if (abr === 0 && abi === 0) return ret(r(ar / abr), r(ai / abr));
      const rat = r(bi / br);
      const scl = r(1.0 / r(br + r(bi * rat)));
      return ret(r(r(ar + r(ai * rat)) * scl), r(r(ai - r(ar * rat)) * scl));
    }
    const rat = r(br / bi);
    const scl = r(1.0 / r(bi + r(br * rat)));
    return ret(r(r(r(ar * rat) + ai) * scl), r(r(r(ai * rat) - ar) * scl));
  };
  const sqrt = (a: number, b: number): number => {
    if (a === 0 && b === 0) return ret(0, b);
    if (b === Infinity || b === -Infinity) return ret(Infinity, b);
    if (a !== a) return ret(a, (b - b) / (b - b));
    if (a === Infinity || a === -Infinity) {
      if (a < 0) return ret(Math.abs(b - b), copysign(a, b));
      return ret(a, copysign(b - b, b));
    }
    const big = Math.abs(a) >= 1e307 || Math.abs(b) >= 1e307;
    const s = big ? 0.25 : 1;
    const sa = a * s;
    const sb = b * s;
    const h = Math.hypot(sa, sb);
    const k = big ? 2 : 1;
    if (sa >= 0) {
      const t = Math.sqrt((sa + h) * 0.5);
      return ret(r(t * k), r((sb / (2 * t)) * k));
    }
    const t = Math.sqrt((-sa + h) * 0.5);
    return ret(r((Math.abs(sb) / (2 * t)) * k), r(copysign(t, sb) * k));
  };
  const exp = (a: number, b: number): number => {
    if (Number.isFinite(a)) {
      if (b === 0) return ret(r(Math.exp(a)), b);
      if (!Number.isFinite(b)) return ret(NaN, NaN);
      const e = Math.exp(a);
      return ret(r(e * Math.cos(b)), r(e * Math.sin(b)));
    }
    if (a !== a) return b === 0 ? ret(a, b) : ret(a, a);
    if (a > 0) {
      if (b === 0) return ret(a, b);
      if (!Number.isFinite(b)) return ret(a, NaN);
      return ret(r(a * Math.cos(b)), r(a * Math.sin(b)));
    }
    if (!Number.isFinite(b)) return ret(0, 0);
    return ret(r(0 * Math.cos(b)), r(0 * Math.sin(b)));
  };
  const log = (a: number, b: number): number => ret(r(Math.log(Math.hypot(a, b))), r(Math.atan2(b, a)));
  const sinh = (a: number, b: number): number => {
    if (b === 0 && Number.isFinite(a)) return ret(r(Math.sinh(a)), b);
    if (a === 0 && !Number.isFinite(b)) return ret(a, NaN);
    return ret(r(Math.sinh(a) * Math.cos(b)), r(Math.cosh(a) * Math.sin(b)));
  };
  const cosh = (a: number, b: number): number => {
    if (b === 0 && Number.isFinite(a)) return ret(r(Math.cosh(a)), a === 0 ? b : r(a * b) || copysign(0, a * b));
    if (a === 0 && !Number.isFinite(b)) return ret(NaN, 0);
    return ret(r(Math.cosh(a) * Math.cos(b)), r(Math.sinh(a) * Math.sin(b)));
  };
  const tanh = (a: number, b: number): number => {
    if (!Number.isFinite(a)) {
      if (a !== a) return ret(a, b === 0 ? b : a);
      return ret(copysign(1, a), copysign(0, Number.isFinite(b) ? Math.sin(b) * Math.cos(b) : b));
    }
    if (!Number.isFinite(b)) return ret(b - b, b - b);
    if (Math.abs(a) >= 22) {
      const e = Math.exp(-Math.abs(a));
      return ret(copysign(1, a), r(4 * Math.sin(b) * Math.cos(b) * e * e));
    }
    const t = Math.tan(b);
    const beta = 1 + t * t;
    const s = Math.sinh(a);
    const rho = Math.sqrt(1 + s * s);
    const den = 1 + beta * s * s;
    return ret(r((beta * rho * s) / den), r(t / den));
  };
  const pow = (ar: number, ai: number, br: number, bi: number): number => {
    if (br === 0 && bi === 0) return ret(1, 0);
    if (ar === 0 && ai === 0) {
      if (br > 0 && bi === 0) return ret(0, 0);
      return ret(NaN, NaN);
    }
    if (bi === 0 && br === Math.trunc(br) && Math.abs(br) < 100) {
      const n = Math.abs(br);
      if (br === 1) return ret(ar, ai);
      if (br === 2) return mul(ar, ai, ar, ai);
      if (br === 3) {
        const sr = mul(ar, ai, ar, ai);
        return mul(ar, ai, sr, im);
      }
      let rr = 1;
      let ri = 0;
      let pr = ar;
      let pi = ai;
      for (let mask = 1; ; ) {
        if (n & mask) {
          rr = mul(rr, ri, pr, pi);
          ri = im;
        }
        mask *= 2;
        if (n < mask) break;
        pr = mul(pr, pi, pr, pi);
        pi = im;
      }
      return br < 0 ? div(1, 0, rr, ri) : ret(rr, ri);
    }
    const lr = log(ar, ai);
    const t = mul(lr, im, br, bi);
    return exp(t, im);
  };
  const sign = (re: number, i: number): number => {
    if (re !== re || i !== i) return ret(NaN, NaN);
    const a = Math.hypot(re, i);
    if (a === 0) return ret(0, 0);
    if (a === Infinity) {
      const sr = Number.isFinite(re) ? 0 : Math.sign(re);
      const si = Number.isFinite(i) ? 0 : Math.sign(i);
      return sr !== 0 && si !== 0 ? ret(NaN, NaN) : ret(sr, si);
    }
    return ret(r(re / a), r(i / a));
  };
  const reciprocal = (re: number, i: number): number => {
    if (Math.abs(i) <= Math.abs(re)) {
      const q = r(i / re);
      const d = r(re + r(i * q));
      return ret(r(1 / d), r(-q / d));
    }
    const q = r(re / i);
    const d = r(r(re * q) + i);
    return ret(r(q / d), r(-1 / d));
  };
  const rint = (x: number): number => {
    if (!(Math.abs(x) < 4503599627370496)) return x;
    const f = Math.floor(x);
    const d = x - f;
    const v = d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
    return v === 0 ? copysign(0, x) : v;
  };
  // max/min: NumPy's complex ordering, NaN propagating (maximum/minimum) or ignored (fmax/fmin).
  const isnanC = (re: number, i: number) => re !== re || i !== i;
  const ge = lexi((x, y) => x >= y, true) as C2;
  const le = lexi((x, y) => x <= y, true) as C2;
  const pick = (keepFirst: boolean, ar: number, ai: number, br: number, bi: number) => (keepFirst ? ret(ar, ai) : ret(br, bi));
  return {
    add: (ar: number, ai: number, br: number, bi: number) => ret(r(ar + br), r(ai + bi)),
    subtract: (ar: number, ai: number, br: number, bi: number) => ret(r(ar - br), r(ai - bi)),
    multiply: mul,
    divide: div,
    power: pow,
    float_power: pow,
    negative: (re: number, i: number) => ret(-re, -i),
    positive: (re: number, i: number) => ret(re, i),
    conjugate: (re: number, i: number) => ret(re, -i),
    absolute: (re: number, i: number) => r(Math.hypot(re, i)),
    sign,
    reciprocal,
    square: (re: number, i: number) => mul(re, i, re, i),
    sqrt,
    exp,
    exp2: (re: number, i: number) => exp(re * Math.LN2, i * Math.LN2),
    expm1: (re: number, i: number) => {
      const er = exp(re, i);
      return ret(r(er - 1), im);
    },
    log,
    log2: (re: number, i: number) => {
      const l = log(re, i);
      return ret(r(l / Math.LN2), r(im / Math.LN2));
    },
    log10: (re: number, i: number) => {
      const l = log(re, i);
      return ret(r(l / Math.LN10), r(im / Math.LN10));
    },
    log1p: (re: number, i: number) => log(re + 1, i),
    sin: (a: number, b: number) => {
      // sin(z) = -i sinh(iz)
      const sr = sinh(-b, a);
      return ret(im, -sr);
    },
    cos: (a: number, b: number) => cosh(-b, a),
    tan: (a: number, b: number) => {
      const tr = tanh(-b, a);
      return ret(im, -tr);
    },
    sinh,
    cosh,
    tanh,
    rint: (re: number, i: number) => ret(rint(re), rint(i)),
    maximum: (ar: number, ai: number, br: number, bi: number) => (isnanC(ar, ai) ? ret(ar, ai) : isnanC(br, bi) ? ret(br, bi) : pick(ge(ar, ai, br, bi) === 1, ar, ai, br, bi)),
    minimum: (ar: number, ai: number, br: number, bi: number) => (isnanC(ar, ai) ? ret(ar, ai) : isnanC(br, bi) ? ret(br, bi) : pick(le(ar, ai, br, bi) === 1, ar, ai, br, bi)),
    fmax: (ar: number, ai: number, br: number, bi: number) => (isnanC(br, bi) ? ret(ar, ai) : isnanC(ar, ai) ? ret(br, bi) : pick(ge(ar, ai, br, bi) === 1, ar, ai, br, bi)),
    fmin: (ar: number, ai: number, br: number, bi: number) => (isnanC(br, bi) ? ret(ar, ai) : isnanC(ar, ai) ? ret(br, bi) : pick(le(ar, ai, br, bi) === 1, ar, ai, br, bi)),
    equal: (ar: number, ai: number, br: number, bi: number) => (ar === br && ai === bi ? 1 : 0),
    not_equal: (ar: number, ai: number, br: number, bi: number) => (ar !== br || ai !== bi ? 1 : 0),
    less: lexi((x, y) => x < y, false),
    less_equal: le,
    greater: lexi((x, y) => x > y, false),
    greater_equal: ge,
    logical_and: (ar: number, ai: number, br: number, bi: number) => (truthy(ar, ai) && truthy(br, bi) ? 1 : 0),
    logical_or: (ar: number, ai: number, br: number, bi: number) => (truthy(ar, ai) || truthy(br, bi) ? 1 : 0),
    logical_xor: (ar: number, ai: number, br: number, bi: number) => (truthy(ar, ai) !== truthy(br, bi) ? 1 : 0),
    logical_not: (re: number, i: number) => (truthy(re, i) ? 0 : 1),
    isnan: (re: number, i: number) => (isnanC(re, i) ? 1 : 0),
    isinf: (re: number, i: number) => (Math.abs(re) === Infinity || Math.abs(i) === Infinity ? 1 : 0),
    isfinite: (re: number, i: number) => (Number.isFinite(re) && Number.isFinite(i) ? 1 : 0),
  };
}

const OPS64 = makeOps((x) => x);
const OPS32 = makeOps(Math.fround);

/** The complex loop functions by ufunc name: complex64 (f32 = true) or complex128. */
export function complexOps(f32: boolean): Readonly<Record<string, ComplexFn>> {
  return f32 ? OPS32 : OPS64;
}
