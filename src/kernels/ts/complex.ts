/**
 * The complex ufunc loops (complex64 and complex128), element by element, as NumPy computes them
 * on Linux: its own loops for arithmetic (numpy/_core/src/umath/loops.c.src: plain products,
 * Smith's division, its reciprocal, lexicographic order), its formulas in funcs.inc.src (exp2,
 * expm1, log2, log10, log1p, power's exact small integer powers in npy_cpow), and glibc's C99
 * complex functions for the rest (complex/elementary.ts, complex/inverse.ts). complex64 loops
 * compute in float32, every operation rounded, as NumPy's C float code does.
 *
 * Each function takes (re, im) or (re1, im1, re2, im2), returns the real part (or a 0/1 bool
 * result, or the real result of `absolute`) and leaves the imaginary part in `im`.
 *
 * @example const ops = complexOps(false); const re = ops.multiply(1, 2, 3, 4); [re, im] // [-5, 10]
 */
import { makeElementary } from "./complex/elementary.js";
import { makeInverse } from "./complex/inverse.js";
import { REAL32, REAL64, copysign, type Real } from "./complex/libm.js";
import { im, ret } from "./complex/ret.js";
import { absoluteParts } from "./arith.js";

export { im } from "./complex/ret.js";

type C1 = (re: number, i: number) => number;
type C2 = (ar: number, ai: number, br: number, bi: number) => number;
export type ComplexFn = C1 | C2;

const truthy = (re: number, i: number) => re !== 0 || i !== 0; // NaN !== 0: true, as C's `||`
const isnanC = (re: number, i: number) => re !== re || i !== i;

/** NumPy's lexicographic order (CGT, CGE, ...): the real comparison counts only without NaN imag. */
function lexi(op: (x: number, y: number) => boolean, orEqual: boolean): C2 {
  return (ar, ai, br, bi) => {
    if (ar !== ar || ai !== ai || br !== br || bi !== bi) return 0;
    if (ar !== br) return op(ar, br) ? 1 : 0;
    return op(ai, bi) || (orEqual && ai === bi) ? 1 : 0;
  };
}

// ---------------------------------------------------------------------------------------------
// absolute: NumPy's SIMD loop (loops_unary_complex.dispatch.c.src), which every x86-64 and
// arm64 build runs: larger * sqrt(fma(ratio, ratio, 1)), ratio = smaller / larger.


// ---------------------------------------------------------------------------------------------

function makeOps(R: Real): Record<string, ComplexFn> {
  const r = R.r;
  const E = makeElementary(R);
  const I = makeInverse(R, E);
  const LOGE2 = r(Math.LN2);
  const LOG2E = r(Math.LOG2E);
  const LOG10E = r(Math.LOG10E);

  /** NumPy's complex multiply (loops.c.src and npymath's cmul): plain products. */
  const mul = (ar: number, ai: number, br: number, bi: number) => ret(r(r(ar * br) - r(ai * bi)), r(r(ar * bi) + r(ai * br)));

  /** NumPy's complex divide (Smith's algorithm; 0/0 divisors give NumPy's inf/nan parts). */
  const div = (ar: number, ai: number, br: number, bi: number): number => {
    const abr = Math.abs(br);
    const abi = Math.abs(bi);
    if (abr >= abi) {
      if (abr === 0 && abi === 0) return ret(r(ar / abr), r(ai / abi));
      const rat = r(bi / br);
      const scl = r(1.0 / r(br + r(bi * rat)));
      return ret(r(r(ar + r(ai * rat)) * scl), r(r(ai - r(ar * rat)) * scl));
    }
    const rat = r(br / bi);
    const scl = r(1.0 / r(bi + r(br * rat)));
    return ret(r(r(r(ar * rat) + ai) * scl), r(r(r(ai * rat) - ar) * scl));
  };

  /** npy_cpow: 1 for a zero exponent, exact repeated products for integer |n| < 100, else cpow. */
  const pow = (ar: number, ai: number, br: number, bi: number): number => {
    if (br === 0 && bi === 0) return ret(1, 0);
    if (ar === 0 && ai === 0) return br > 0 ? ret(0, 0) : ret(NaN, NaN);
    if (bi === 0 && br > -100 && br < 100 && br === Math.trunc(br)) {
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
    return E.cpow(ar, ai, br, bi);
  };

  /** NumPy 2's sign: z / |z| (|z| by hypot), with its rules for infinite and zero |z|. */
  const sign = (re: number, i: number): number => {
    const a = R.hypot(re, i);
    if (a !== a) return ret(NaN, NaN);
    if (a === Infinity) {
      if (re === Infinity || re === -Infinity) {
        if (i === Infinity || i === -Infinity) return ret(NaN, NaN);
        return ret(re > 0 ? 1 : -1, 0);
      }
      return ret(0, i > 0 ? 1 : -1);
    }
    if (a === 0) return ret(0, 0);
    return ret(r(re / a), r(i / a));
  };

  /** NumPy's complex reciprocal (loops.c.src). */
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
    const fl = Math.floor(x);
    const d = x - fl;
    const v = d > 0.5 || (d === 0.5 && fl % 2 !== 0) ? fl + 1 : fl;
    return v === 0 ? copysign(0, x) : v;
  };

  const ge = lexi((x, y) => x >= y, true);
  const le = lexi((x, y) => x <= y, true);
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
    absolute: (re: number, i: number) => absoluteParts(re, i, R.f32),
    sign,
    reciprocal,
    square: (re: number, i: number) => mul(re, i, re, i),
    sqrt: E.csqrt,
    exp: E.cexp,
    // funcs.inc.src nc_exp2: cexp(z * ln 2), the product rounded per part.
    exp2: (re: number, i: number) => E.cexp(r(re * LOGE2), r(i * LOGE2)),
    // nc_expm1: (expm1(x) cos(y) - 2 sin^2(y/2)) + i exp(x) sin(y).
    expm1: (re: number, i: number) => {
      const a = R.sin(r(i / 2));
      return ret(r(r(R.expm1(re) * R.cos(i)) - r(r(2 * a) * a)), r(R.exp(re) * R.sin(i)));
    },
    log: E.clog,
    log2: (re: number, i: number) => {
      const l = E.clog(re, i);
      return ret(r(l * LOG2E), r(im * LOG2E));
    },
    log10: (re: number, i: number) => {
      const l = E.clog(re, i);
      return ret(r(l * LOG10E), r(im * LOG10E));
    },
    // nc_log1p: log(hypot(x + 1, y)) + i atan2(y, x + 1).
    log1p: (re: number, i: number) => {
      const x1 = r(re + 1);
      return ret(R.log(R.hypot(x1, i)), R.atan2(i, x1));
    },
    sin: E.csin,
    cos: E.ccos,
    tan: E.ctan,
    arcsin: I.casin,
    arccos: I.cacos,
    arctan: I.catan,
    sinh: E.csinh,
    cosh: E.ccosh,
    tanh: E.ctanh,
    arcsinh: I.casinh,
    arccosh: I.cacosh,
    arctanh: I.catanh,
    rint: (re: number, i: number) => ret(rint(re), rint(i)),
    // maximum/minimum propagate a NaN first operand, then a NaN second; fmax/fmin ignore NaNs.
    maximum: (ar: number, ai: number, br: number, bi: number) => pick(isnanC(ar, ai) || ge(ar, ai, br, bi) === 1, ar, ai, br, bi),
    minimum: (ar: number, ai: number, br: number, bi: number) => pick(isnanC(ar, ai) || le(ar, ai, br, bi) === 1, ar, ai, br, bi),
    fmax: (ar: number, ai: number, br: number, bi: number) => pick(isnanC(br, bi) || ge(ar, ai, br, bi) === 1, ar, ai, br, bi),
    fmin: (ar: number, ai: number, br: number, bi: number) => pick(isnanC(br, bi) || le(ar, ai, br, bi) === 1, ar, ai, br, bi),
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

const OPS64 = makeOps(REAL64);
const OPS32 = makeOps(REAL32);

/**
 * The complex loop functions by ufunc name: complex64 (f32 = true) or complex128.
 *
 * @example const re = complexOps(true).sqrt(-4, 0); [re, im] // [0, 2]
 */
export function complexOps(f32: boolean): Readonly<Record<string, ComplexFn>> {
  return f32 ? OPS32 : OPS64;
}
