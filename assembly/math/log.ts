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
import { LOG_T, LOG_C } from "./tables";

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


/** Mask of lanes that are not positive normal finite numbers (NaN included). */
@inline function notNormalPos(x: v128): v128 {
  return v128.not(v128.and(f64x2.ge(x, K(MIN_NORMAL)), f64x2.lt(x, K(INF))));
}

function fix(x: v128, y: v128, m: v128, which: i32): v128 {
  if (i64x2.extract_lane(m, 0) != 0) y = f64x2.replace_lane(y, 0, special(f64x2.extract_lane(x, 0), which));
  if (i64x2.extract_lane(m, 1) != 0) y = f64x2.replace_lane(y, 1, special(f64x2.extract_lane(x, 1), which));
  return y;
}

// ---- log: table-driven -------------------------------------------------------------------------
// x = 2^k z with z in [0.6865, 1.3730) (k from asuint64(x) - 0x3fe5f80000000000), i = the next 8
// bits, c = LOG_C[i] near the centre of z's interval, r = (z - c) / c computed as (z - c) * (1/c)
// (z - c is exact), |r| <= 1.02 * 2^-9, and log x = k ln2 + log c + log1p(r) with
// log1p(r) = r - r^2/2 + r^3 Q(r) (Q minimax, error 2^-61 relative to r). The offset puts x = 1
// inside interval 160, whose c is exactly 1 (log c = 0, r = z - 1 exact), so the formula keeps its
// accuracy near 1 with no separate path (within about 1.3 ulp there; 0.52 ulp where |log x| >= 1/16).
// k ln2hi + log c is summed with its rounding error carried (Fast2Sum). Zero, negative,
// subnormal, infinite and NaN lanes take the scalar path (scripts/math-tables/log.py).
const OFF_T = memory.data<u64>([0x3fe5f80000000000]);
const LOG_Q = memory.data<f64>([0.3333333333322082, -0.24999999999901554, 0.20000085046257032, -0.16666741082149228]);
const MINUS54 = memory.data<f64>([-54.0]);
const MINUS_HALF = memory.data<f64>([-0.5]);
/** log x for positive normal finite lanes (exponent minus 54 when `sub54`, for scaled subnormals). */
@inline function logTable(x: v128, sub54: bool): v128 {
  const tmp = i64x2.sub(x, K(OFF_T));
  const kw = i32x4.shr_s(tmp, 20); // k in the high word of each lane
  let kd = f64x2.convert_low_i32x4_s(v128.shuffle<i32>(kw, kw, 1, 3, 1, 3));
  if (sub54) kd = add(kd, K(MINUS54));
  const z = i64x2.sub(x, v128.and(tmp, K(HIMASK)));
  const i0 = <usize>((<u32>i32x4.extract_lane(tmp, 1) >> 12) & 255);
  const i1 = <usize>((<u32>i32x4.extract_lane(tmp, 3) >> 12) & 255);
  const e0 = v128.load(LOG_T + (i0 << 4));
  const e1 = v128.load(LOG_T + (i1 << 4));
  const c = v128.load64_lane(LOG_C + (i1 << 3), v128.load64_splat(LOG_C + (i0 << 3)), 1);
  const r = mul(sub(z, c), v128.shuffle<i64>(e0, e1, 0, 2));
  const logc = v128.shuffle<i64>(e0, e1, 1, 3);
  const t = mul(kd, K(LN2_HI));
  const w = add(t, logc);
  const lo = add(add(sub(t, w), logc), mul(kd, K(LN2_LO)));
  const r2 = mul(r, r);
  const q = add(add(Ki(LOG_Q, 0), mul(r, Ki(LOG_Q, 1))), mul(r2, add(Ki(LOG_Q, 2), mul(r, Ki(LOG_Q, 3)))));
  const p = add(mul(K(MINUS_HALF), r2), mul(mul(r2, r), q));
  return add(w, add(r, add(p, lo)));
}
/** log x for positive normal finite x. */
@inline export function logFast(x: v128): v128 { return logTable(x, false); }

// Positive normal finite x has its high word h in [0x00100000, 0x7ff00000): one unsigned compare
// of h - 0x00100000 (i32 lanes) finds the other lanes.
const LOG_HW = memory.data<i32>([
  0x00100000, 0x00100000, 0x00100000, 0x00100000, 0x7fe00000, 0x7fe00000, 0x7fe00000, 0x7fe00000,
], 16);
/** Lanes (i32 high words h) that are not positive normal finite numbers. */
@inline function logBadHi(h: v128): v128 {
  return i32x4.ge_u(i32x4.sub(h, v128.load(LOG_HW)), v128.load(LOG_HW, 16));
}
@inline function hiWords(x0: v128, x1: v128): v128 { return v128.shuffle<i32>(x0, x1, 1, 3, 5, 7); }

/** Special lanes of log-like functions (which: 0 log, 1 log2, 2 log10). */
function logSpecial(x: f64, which: i32): f64 {
  if (x != x) return x;
  if (x < 0) return NaN;
  if (x == 0) return -Infinity;
  if (x == Infinity) return x;
  // Subnormal: scale into the normal range, then take 54 off the exponent.
  const xs = x * TWO54;
  if (which == 0) return f64x2.extract_lane(logTable(f64x2.splat(xs), true), 0);
  const u = f64x2.splat(xs);
  const f = mant1(u);
  const dk = f64x2.sub(i64ToF64(expo(u)), f64x2.splat(54.0));
  const y = which == 1 ? log2Core(f, dk) : log10Core(f, dk);
  return f64x2.extract_lane(y, 0);
}

function special(x: f64, which: i32): f64 {
  if (which <= 2) return logSpecial(x, which);
  if (which == 3) return log1pSpecial(x);
  if (which == 4) return asinhSpecial(x);
  if (which == 5) return acoshSpecial(x);
  return atanhSpecial(x);
}

/** log x for lanes some of which are zero, negative, subnormal, infinite or NaN. */
function logSlow(x: v128): v128 {
  return fix(x, logTable(x, false), notNormalPos(x), 0);
}

@final export class Log64 {
  @inline fast(x: v128): v128 { return logTable(x, false); }
  @inline anyBad(x0: v128, x1: v128): bool { return v128.any_true(logBadHi(hiWords(x0, x1))); }
  @inline vec(x: v128): v128 {
    if (v128.any_true(logBadHi(hiWords(x, x)))) return logSlow(x);
    return logTable(x, false);
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
