// Logarithms and inverse hyperbolic functions, float64 cores (f64x2 lanes).
//
// u = 2^e m with m in [sqrt(2)/2, sqrt(2)), f = m - 1, s = f / (2 + f), and
// log(1 + f) = f - f^2/2 + s (f^2/2 + R(s^2)) where R(z) = z P(z) comes from 2 atanh(s) (P a
// degree-6 near-minimax polynomial). e ln2 is added in two parts (LN2_HI has trailing zeros, so
// e * LN2_HI is exact). log1p adds the rounding error of u = 1 + y back as a correction c / u.
import {
  add, sub, mul, div, vabs, sel, copysign, K, Ki, poly, i64ToF64, anyTrue,
  ONE, HALF, ZERO, TWO, MIN_NORMAL, INF, LN2_HI, LN2_LO,
} from "./vec";

/** P(z) with 2 atanh(s) = 2 s + s z P(z), z = s^2 in [0, 0.02944]. */
export const LOG_P = memory.data<f64>([
  0.666666666666667, 0.3999999999989945, 0.28571428626001427, 0.22222211130560726,
  0.18182889433757515, 0.15331711346672997, 0.14616576421644387,
]);
/** Bits of sqrt(2)/2 (rounded): subtracting them puts m in [sqrt(2)/2, sqrt(2)). */
const OFF = memory.data<u64>([0x3fe6a09e667f3bcd]);
const HIMASK = memory.data<u64>([0xfff0000000000000]);
const LOW32_CLEAR = memory.data<u64>([0xffffffff00000000]);
const IVLN2_HI = memory.data<f64>([1.44269504072144627571e+00]);
const IVLN2_LO = memory.data<f64>([1.67517131648865118353e-10]);
const IVLN10_HI = memory.data<f64>([4.34294481878168880939e-01]);
const IVLN10_LO = memory.data<f64>([2.50829467116452752298e-11]);
const LOG10_2HI = memory.data<f64>([3.01029995663611771306e-01]);
const LOG10_2LO = memory.data<f64>([3.69423907715893078616e-13]);
const BIG = memory.data<f64>([1e300]);
const TWO28 = memory.data<f64>([268435456.0]);
const MINUS_ONE = memory.data<f64>([-1.0]);
const TWO54 = 18014398509481984.0;

/** Exponent e of u (i64 lanes) with u = 2^e m, m in [sqrt(2)/2, sqrt(2)); u positive normal. */
@inline function expo(u: v128): v128 { return i64x2.shr_s(i64x2.sub(u, K(OFF)), 52); }
/** m - 1 for the same decomposition (exact). */
@inline function mant1(u: v128): v128 {
  return sub(i64x2.sub(u, v128.and(i64x2.sub(u, K(OFF)), K(HIMASK))), K(ONE));
}

/**
 * log(u) + corr/… for positive normal u: dk ln2 + log(1 + f), with `corr` (a small correction
 * already divided by u) and dk = e + dkadd.
 */
@inline function logCore(f: v128, dk: v128, corr: v128, useCorr: bool): v128 {
  const s = div(f, add(K(TWO), f));
  const z = mul(s, s);
  const R = mul(z, poly(z, LOG_P, 7));
  const hfsq = mul(K(HALF), mul(f, f));
  let lo = mul(dk, K(LN2_LO));
  if (useCorr) lo = add(lo, corr);
  return sub(mul(dk, K(LN2_HI)), sub(sub(hfsq, add(mul(s, add(hfsq, R)), lo)), f));
}

@inline export function logFast(x: v128): v128 {
  return logCore(mant1(x), i64ToF64(expo(x)), x, false);
}

/** Mask of lanes that are not positive normal finite numbers (NaN included). */
@inline function notNormalPos(x: v128): v128 {
  return v128.not(v128.and(f64x2.ge(x, K(MIN_NORMAL)), f64x2.lt(x, K(INF))));
}

function fix(x: v128, y: v128, m: v128, which: i32): v128 {
  if (i64x2.extract_lane(m, 0) != 0) y = f64x2.replace_lane(y, 0, special(f64x2.extract_lane(x, 0), which));
  if (i64x2.extract_lane(m, 1) != 0) y = f64x2.replace_lane(y, 1, special(f64x2.extract_lane(x, 1), which));
  return y;
}

/** Special lanes of log-like functions of a positive argument (which: 0 log, 1 log2, 2 log10). */
function logSpecial(x: f64, which: i32): f64 {
  if (x != x) return x;
  if (x < 0) return NaN;
  if (x == 0) return -Infinity;
  if (x == Infinity) return x;
  // Subnormal: scale into the normal range, then take 54 off the exponent.
  const u = f64x2.splat(x * TWO54);
  const f = mant1(u);
  const dk = f64x2.sub(i64ToF64(expo(u)), f64x2.splat(54.0));
  const y = which == 0 ? logCore(f, dk, u, false) : which == 1 ? log2Core(f, dk) : log10Core(f, dk);
  return f64x2.extract_lane(y, 0);
}

function special(x: f64, which: i32): f64 {
  if (which <= 2) return logSpecial(x, which);
  if (which == 3) return log1pSpecial(x);
  if (which == 4) return asinhSpecial(x);
  if (which == 5) return acoshSpecial(x);
  return atanhSpecial(x);
}

const NORMAL_LO_BITS = memory.data<u64>([0x0010000000000000]);
const INF_BITS = memory.data<u64>([0x7ff0000000000000]);
@final export class Log64 {
  @inline fast(x: v128): v128 { return logFast(x); }
  /** Not a positive normal finite number: signed compares of the bits. */
  @inline bad(x: v128): v128 { return v128.or(i64x2.lt_s(x, K(NORMAL_LO_BITS)), i64x2.ge_s(x, K(INF_BITS))); }
  @inline fix(x: v128, y: v128, m: v128): v128 { return fix(x, y, m, 0); }
  @inline vec(x: v128): v128 {
    const m = notNormalPos(x);
    let y = logFast(x);
    if (anyTrue(m)) y = fix(x, y, m, 0);
    return y;
  }
}

// ---- log2, log10: the same reduction, with log(1 + f) split into hi + lo ----------------------
@inline function log2Core(f: v128, dk: v128): v128 {
  const hfsq = mul(K(HALF), mul(f, f));
  const s = div(f, add(K(TWO), f));
  const z = mul(s, s);
  const R = mul(z, poly(z, LOG_P, 7));
  const hi = v128.and(sub(f, hfsq), K(LOW32_CLEAR));
  const lo = add(sub(sub(f, hi), hfsq), mul(s, add(hfsq, R)));
  let vhi = mul(hi, K(IVLN2_HI));
  let vlo = add(mul(add(lo, hi), K(IVLN2_LO)), mul(lo, K(IVLN2_HI)));
  const w = add(dk, vhi);
  vlo = add(vlo, add(sub(dk, w), vhi));
  vhi = w;
  return add(vlo, vhi);
}
@inline function log10Core(f: v128, dk: v128): v128 {
  const hfsq = mul(K(HALF), mul(f, f));
  const s = div(f, add(K(TWO), f));
  const z = mul(s, s);
  const R = mul(z, poly(z, LOG_P, 7));
  const hi = v128.and(sub(f, hfsq), K(LOW32_CLEAR));
  const lo = add(sub(sub(f, hi), hfsq), mul(s, add(hfsq, R)));
  let vhi = mul(hi, K(IVLN10_HI));
  const y2 = mul(dk, K(LOG10_2HI));
  let vlo = add(add(mul(dk, K(LOG10_2LO)), mul(add(lo, hi), K(IVLN10_LO))), mul(lo, K(IVLN10_HI)));
  const w = add(y2, vhi);
  vlo = add(vlo, add(sub(y2, w), vhi));
  vhi = w;
  return add(vlo, vhi);
}
@final export class Log2_64 {
  @inline vec(x: v128): v128 {
    const m = notNormalPos(x);
    let y = log2Core(mant1(x), i64ToF64(expo(x)));
    if (anyTrue(m)) y = fix(x, y, m, 1);
    return y;
  }
}
@final export class Log10_64 {
  @inline vec(x: v128): v128 {
    const m = notNormalPos(x);
    let y = log10Core(mant1(x), i64ToF64(expo(x)));
    if (anyTrue(m)) y = fix(x, y, m, 2);
    return y;
  }
}

// ---- log1p and friends --------------------------------------------------------------------------
/** log(1 + y) for y > -1 finite and below 1e300, with dkadd added to the exponent. */
@inline function log1pCore(y: v128, dkadd: v128, useAdd: bool): v128 {
  const u = add(K(ONE), y);
  const bb = sub(u, K(ONE));
  const c = add(sub(K(ONE), sub(u, bb)), sub(y, bb));
  let dk = i64ToF64(expo(u));
  if (useAdd) dk = add(dk, dkadd);
  return logCore(mant1(u), dk, div(c, u), true);
}
/** log(u) + dkadd ln2 + corr for positive normal u. */
@inline function logUCore(u: v128, dkadd: v128, corr: v128): v128 {
  return logCore(mant1(u), add(i64ToF64(expo(u)), dkadd), corr, true);
}

function log1pSpecial(x: f64): f64 {
  if (x != x) return x;
  if (x < -1) return NaN;
  if (x == -1) return -Infinity;
  if (x == Infinity) return x;
  // x >= 1e300: log(x) (1 is below half an ulp of x).
  return f64x2.extract_lane(logFast(f64x2.splat(x)), 0);
}
@final export class Log1p64 {
  @inline vec(x: v128): v128 {
    const m = v128.not(v128.and(f64x2.gt(x, K(MINUS_ONE)), f64x2.lt(x, K(BIG))));
    let y = copysign(log1pCore(x, x, false), x);
    if (anyTrue(m)) y = fix(x, y, m, 3);
    return y;
  }
}

// asinh: |x| <= 2: log1p(|x| + x^2 / (1 + sqrt(1 + x^2))); 2 < |x| <= 2^28:
// log(2|x| + 1 / (sqrt(x^2 + 1) + |x|)); beyond: log(|x|) + ln2.
@inline function asinhCore(x: v128): v128 {
  const ax = vabs(x);
  const z = mul(ax, ax);
  const S = f64x2.sqrt(add(K(ONE), z));
  const small = f64x2.le(ax, K(TWO));
  const big = f64x2.gt(ax, K(TWO28));
  const q = div(sel(small, z, K(ONE)), sel(small, add(K(ONE), S), add(S, ax)));
  // small lanes: y = ax + q, log1p(y); other lanes: u = 2 ax + q (or ax), log(u).
  const y = add(ax, q);
  const u1 = add(K(ONE), y);
  const bb = sub(u1, K(ONE));
  const c = add(sub(K(ONE), sub(u1, bb)), sub(y, bb));
  const u = sel(small, u1, sel(big, ax, add(add(ax, ax), q)));
  const corr = sel(small, div(c, u), K(ZERO));
  const dkadd = v128.and(big, K(ONE));
  return copysign(logUCore(u, dkadd, corr), x);
}
function asinhSpecial(x: f64): f64 {
  if (x != x || Math.abs(x) == Infinity) return x;
  // |x| >= 1e300: log(|x| / 2) + 2 ln2.
  const y = f64x2.extract_lane(logUCore(f64x2.splat(Math.abs(x) * 0.5), f64x2.splat(2.0), f64x2.splat(0.0)), 0);
  return x < 0 ? -y : y;
}
@final export class Asinh64 {
  @inline vec(x: v128): v128 {
    const m = v128.not(f64x2.lt(vabs(x), K(BIG)));
    let y = asinhCore(x);
    if (anyTrue(m)) y = fix(x, y, m, 4);
    return y;
  }
}

// acosh: 1 <= x <= 2: log1p(t + sqrt(2t + t^2)), t = x - 1; 2 < x <= 2^28:
// log(2x - 1 / (x + sqrt(x^2 - 1))); beyond: log(x) + ln2.
@inline function acoshCore(x: v128): v128 {
  const small = f64x2.le(x, K(TWO));
  const big = f64x2.gt(x, K(TWO28));
  const t = sub(x, K(ONE));
  const y = add(t, f64x2.sqrt(add(add(t, t), mul(t, t))));
  const u1 = add(K(ONE), y);
  const bb = sub(u1, K(ONE));
  const c = add(sub(K(ONE), sub(u1, bb)), sub(y, bb));
  const mid = sub(add(x, x), div(K(ONE), add(x, f64x2.sqrt(sub(mul(x, x), K(ONE))))));
  const u = sel(small, u1, sel(big, x, mid));
  const corr = sel(small, div(c, u), K(ZERO));
  const dkadd = v128.and(big, K(ONE));
  return logUCore(u, dkadd, corr);
}
function acoshSpecial(x: f64): f64 {
  if (x != x) return x;
  if (x < 1) return NaN;
  if (x == Infinity) return x;
  return f64x2.extract_lane(logUCore(f64x2.splat(x * 0.5), f64x2.splat(2.0), f64x2.splat(0.0)), 0);
}
@final export class Acosh64 {
  @inline vec(x: v128): v128 {
    const m = v128.not(v128.and(f64x2.ge(x, K(ONE)), f64x2.lt(x, K(BIG))));
    let y = acoshCore(x);
    if (anyTrue(m)) y = fix(x, y, m, 5);
    return y;
  }
}

// atanh: |x| < 0.5: 0.5 log1p(2|x| + 2|x| |x| / (1 - |x|)); else 0.5 log1p(2|x| / (1 - |x|)).
@inline function atanhCore(x: v128): v128 {
  const ax = vabs(x);
  const t = add(ax, ax);
  const small = f64x2.lt(ax, K(HALF));
  const q = div(sel(small, mul(t, ax), t), sub(K(ONE), ax));
  const y = sel(small, add(t, q), q);
  return copysign(mul(K(HALF), log1pCore(y, y, false)), x);
}
function atanhSpecial(x: f64): f64 {
  if (x != x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  return x < 0 ? -Infinity : Infinity;
}
@final export class Atanh64 {
  @inline vec(x: v128): v128 {
    const m = v128.not(f64x2.lt(vabs(x), K(ONE)));
    let y = atanhCore(x);
    if (anyTrue(m)) y = fix(x, y, m, 6);
    return y;
  }
}
