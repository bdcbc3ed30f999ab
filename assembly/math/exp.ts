// Exponentials and hyperbolic functions, float64 cores (f64x2 lanes).
//
// exp: x = k ln2 + r with k = round(x / ln2) and r reduced in two parts (Cody-Waite; k * LN2_HI is
// exact), exp(r) = 1 + r + r^2 E(r) with E a degree-10 near-minimax polynomial (Chebyshev
// interpolation, |r| <= ln2 / 2), and 2^k added to the exponent bits. Lanes outside the range
// where that is exact (overflow, subnormal results, NaN) take a scalar fix-up.
import {
  add, sub, mul, div, vabs, sel, copysign, K, Ki, poly, scaleBits, pow2, anyTrue, prodErr,
  SHIFT52, ONE, HALF, LN2_HI, LN2_LO, ABS64,
} from "./vec";

export const INVLN2 = memory.data<f64>([1.4426950408889634]);
/** E(r) = (e^r - 1 - r) / r^2 on [-0.3466, 0.3466]. */
export const EXP_E = memory.data<f64>([
  0.5, 0.1666666666666667, 0.04166666666666667, 0.008333333333326136, 0.001388888888888375,
  0.00019841269874815834, 2.480158732554432e-05, 2.7557255406285044e-06, 2.7557273647451087e-07,
  2.5105214474751413e-08, 2.0914685161418067e-09,
]);
/** (sinh(x) / x - 1) / x^2 as a polynomial in z = x^2 on [0, 4]. */
const SINH_P = memory.data<f64>([
  0.16666666666666666, 0.008333333333333331, 0.00019841269841270936, 2.7557319223705004e-06,
  2.505210842152821e-08, 1.6059041233681633e-10, 7.647273957195198e-13, 2.8087409252747675e-15,
  8.580357849794261e-18,
]);
/** (tanh(x) / x - 1) / x^2 as a polynomial in z = x^2 on [0, 0.5625]. */
const TANH_P = memory.data<f64>([
  -0.3333333333333333, 0.13333333333332661, -0.05396825396758208, 0.021869488509711037,
  -0.008863234987439102, 0.0035921213885060418, -0.0014557818253310693, 0.0005897469986953327,
  -0.00023809406936979282, 9.42476297649358e-05, -3.449472469998217e-05, 1.0048053928129499e-05,
  -1.6408599646831444e-06,
]);
const EXP_FAST = memory.data<f64>([708.0]);
const EXP2_FAST = memory.data<f64>([1020.0]);
const EXPM1_LO = memory.data<f64>([-40.0]);
const EXPM1_HI = memory.data<f64>([709.0]);
const TWO_ = memory.data<f64>([2.0]);
const SINH_SMALL = memory.data<f64>([2.0]);
const TANH_SMALL = memory.data<f64>([0.75]);
const TANH_CLAMP = memory.data<f64>([44.0]);

// ---- exp core -----------------------------------------------------------------------------------
/** x / ln2 + 1.5 * 2^52: its low mantissa bits hold k = round(x / ln2). */
@inline export function expT(x: v128): v128 { return add(mul(x, K(INVLN2)), K(SHIFT52)); }
/** e^r - 1 for the reduced r = x - k ln2 (|r| <= 0.35), as r + r^2 E(r). */
@inline export function expReduced(x: v128, t: v128): v128 {
  const kd = sub(t, K(SHIFT52));
  const r = sub(sub(x, mul(kd, K(LN2_HI))), mul(kd, K(LN2_LO)));
  return add(r, mul(mul(r, r), poly(r, EXP_E, 11)));
}
/** e^x for lanes with |x| < 708 (no overflow, normal result). */
@inline export function expFast(x: v128): v128 {
  const t = expT(x);
  return scaleBits(add(K(ONE), expReduced(x, t)), t);
}

/** e^x * 2^adj for one lane anywhere in range (scaled in two steps so subnormals round once). */
export function expScaled(x: f64, adj: i32): f64 {
  const xv = f64x2.splat(x);
  const t = expT(xv);
  const m = f64x2.extract_lane(add(K(ONE), expReduced(xv, t)), 0);
  const k = <i32>(reinterpret<u64>(f64x2.extract_lane(t, 0)) & 0xfff);
  const kk = ((k << 20) >> 20) + adj; // sign-extend the 12-bit k
  if (kk > 1023) return m * pow2(kk - 64) * 18446744073709551616.0;
  if (kk < -1000) return m * pow2(kk + 64) * 5.421010862427522e-20;
  return m * pow2(kk);
}

export function expSpecial(x: f64): f64 {
  if (x != x) return x;
  if (x > 709.782712893383973096) return Infinity;
  if (x < -745.13321910194110842) return 0;
  return expScaled(x, 0);
}

@inline function fixLanes(x: v128, y: v128, m: v128, which: i32): v128 {
  if (i64x2.extract_lane(m, 0) != 0) y = f64x2.replace_lane(y, 0, special(f64x2.extract_lane(x, 0), which));
  if (i64x2.extract_lane(m, 1) != 0) y = f64x2.replace_lane(y, 1, special(f64x2.extract_lane(x, 1), which));
  return y;
}
function fix(x: v128, y: v128, m: v128, which: i32): v128 { return fixLanes(x, y, m, which); }

function special(x: f64, which: i32): f64 {
  switch (which) {
    case 0: return expSpecial(x);
    case 1: return exp2Special(x);
    case 2: return expm1Special(x);
    case 3: return sinhSpecial(x);
    default: return coshSpecial(x);
  }
}

/** Mask of lanes that are not (|x| < lim), NaN included. */
@inline export function outside(x: v128, lim: usize): v128 { return v128.not(f64x2.lt(vabs(x), K(lim))); }

const EXP_FAST_BITS = memory.data<f64>([707.9999999999999]); // largest double below 708
@final export class Exp64 {
  @inline fast(x: v128): v128 { return expFast(x); }
  /** |x| >= 708 or NaN, by a signed compare of the magnitude bits. */
  @inline bad(x: v128): v128 { return i64x2.gt_s(v128.and(x, K(ABS64)), K(EXP_FAST_BITS)); }
  @inline fix(x: v128, y: v128, m: v128): v128 { return fix(x, y, m, 0); }
  @inline vec(x: v128): v128 {
    const m = outside(x, EXP_FAST);
    let y = expFast(x);
    if (anyTrue(m)) y = fix(x, y, m, 0);
    return y;
  }
}

// ---- exp2 ---------------------------------------------------------------------------------------
// 2^x = 2^k e^(r ln2), k = round(x), r = x - k exact; r ln2 formed exactly as rh + rl, then
// 1 + rh + (rl + rh^2 E(rh)) with the first sum kept exact, so the result is within ~0.5 ulp.
const LN2 = memory.data<f64>([0.6931471805599453]);
const LN2_TAIL = memory.data<f64>([2.3190468138462996e-17]);
@inline function exp2Mant(r: v128): v128 {
  const rh = mul(r, K(LN2));
  const rl = add(prodErr(r, K(LN2), rh), mul(r, K(LN2_TAIL)));
  const q = mul(mul(rh, rh), poly(rh, EXP_E, 11));
  const s = add(K(ONE), rh);
  const e1 = add(sub(K(ONE), s), rh);
  return add(s, add(e1, add(rl, q)));
}
@inline function exp2Core(x: v128): v128 {
  const t = add(x, K(SHIFT52));
  const r = sub(x, sub(t, K(SHIFT52)));
  return scaleBits(exp2Mant(r), t);
}
function exp2Special(x: f64): f64 {
  if (x != x) return x;
  if (x >= 1024) return Infinity;
  if (x <= -1075) return 0;
  const t = x + 6755399441055744.0;
  const kd = t - 6755399441055744.0;
  const k = <i32>kd;
  const m = f64x2.extract_lane(exp2Mant(f64x2.splat(x - kd)), 0);
  if (k > 1000) return m * pow2(k - 64) * 18446744073709551616.0;
  if (k < -1000) return m * pow2(k + 64) * 5.421010862427522e-20;
  return m * pow2(k);
}
@final export class Exp2_64 {
  @inline vec(x: v128): v128 {
    const m = outside(x, EXP2_FAST);
    let y = exp2Core(x);
    if (anyTrue(m)) y = fix(x, y, m, 1);
    return y;
  }
}

// ---- expm1 --------------------------------------------------------------------------------------
// expm1(x) = 2^k (e^r - 1) + (2^k - 1), with r = rh + rl kept in two parts and the final sum
// done as an exact two-sum, so the result is within about half an ulp plus the polynomial's error.
@inline function expm1Core(x: v128): v128 {
  const t = expT(x);
  const kd = sub(t, K(SHIFT52));
  const t1 = sub(x, mul(kd, K(LN2_HI)));
  const w = mul(kd, K(LN2_LO));
  const rh = sub(t1, w);
  const rl = sub(sub(t1, rh), w);
  const q = mul(mul(rh, rh), poly(rh, EXP_E, 11));
  const ph = add(rh, q);
  const pl = add(sub(q, sub(ph, rh)), mul(rl, add(K(ONE), rh)));
  const two = scaleBits(K(ONE), t);
  const a = mul(two, ph);
  const b = sub(two, K(ONE));
  const s = add(a, b);
  const bb = sub(s, a);
  const err = add(sub(a, sub(s, bb)), sub(b, bb));
  return copysign(add(s, add(err, mul(two, pl))), x);
}
function expm1Special(x: f64): f64 {
  if (x != x) return x;
  if (x < -40) return -1;
  return expSpecial(x) - 1;
}
@final export class Expm1_64 {
  @inline vec(x: v128): v128 {
    const m = v128.not(v128.and(f64x2.ge(x, K(EXPM1_LO)), f64x2.lt(x, K(EXPM1_HI))));
    let y = expm1Core(x);
    if (anyTrue(m)) y = fix(x, y, m, 2);
    return y;
  }
}

// ---- sinh, cosh ---------------------------------------------------------------------------------
@inline function sinhSmall(x: v128): v128 {
  const z = mul(x, x);
  return add(x, mul(mul(x, z), poly(z, SINH_P, 9)));
}
@inline function sinhLarge(ax: v128): v128 {
  const e = expFast(ax);
  return mul(K(HALF), sub(e, div(K(ONE), e)));
}
function sinhSpecial(x: f64): f64 {
  if (x != x) return x;
  const ax = Math.abs(x);
  const y = ax > 710.4758600739439 ? Infinity : expScaled(ax, -1);
  return x < 0 ? -y : y;
}
@final export class Sinh64 {
  @inline vec(x: v128): v128 {
    const ax = vabs(x);
    const small = f64x2.lt(ax, K(SINH_SMALL));
    let y: v128;
    if (v128.all_true<i64>(small)) y = sinhSmall(x);
    else {
      y = copysign(sinhLarge(ax), x);
      if (anyTrue(small)) y = sel(small, sinhSmall(x), y);
      const m = outside(x, EXP_FAST);
      if (anyTrue(m)) y = fix(x, y, m, 3);
    }
    return copysign(y, x);
  }
}
function coshSpecial(x: f64): f64 {
  if (x != x) return x;
  const ax = Math.abs(x);
  return ax > 710.4758600739439 ? Infinity : expScaled(ax, -1);
}
@final export class Cosh64 {
  @inline vec(x: v128): v128 {
    const ax = vabs(x);
    const e = expFast(ax);
    let y = mul(K(HALF), add(e, div(K(ONE), e)));
    const m = outside(x, EXP_FAST);
    if (anyTrue(m)) y = fix(x, y, m, 4);
    return y;
  }
}

// ---- tanh ---------------------------------------------------------------------------------------
// |x| < 0.75: x + x^3 P(x^2); otherwise 1 - 2 / (e^(2|x|) + 1) with |x| clamped to 22 (tanh is
// 1 to double precision beyond). NaN passes through.
@inline function tanhSmall(x: v128): v128 {
  const z = mul(x, x);
  return add(x, mul(mul(x, z), poly(z, TANH_P, 13)));
}
@inline function tanhLarge(ax: v128): v128 {
  const e = expFast(f64x2.pmin(add(ax, ax), K(TANH_CLAMP))); // pmin: one instruction; NaN lanes are replaced
  return sub(K(ONE), div(K(TWO_), add(e, K(ONE))));
}
const TANH_SMALL_BITS = memory.data<f64>([0.7499999999999999]); // largest double below 0.75
@final export class Tanh64 {
  /** The |x| >= 0.75 formula (NaN lanes are caught by `bad`). */
  @inline fast(x: v128): v128 { return copysign(tanhLarge(vabs(x)), x); }
  /** Lanes with |x| < 0.75 or NaN. */
  @inline bad(x: v128): v128 {
    return v128.or(i64x2.le_s(v128.and(x, K(ABS64)), K(TANH_SMALL_BITS)), f64x2.ne(x, x));
  }
  @inline fix(x: v128, y: v128, m: v128): v128 {
    return sel(m, sel(f64x2.ne(x, x), x, copysign(tanhSmall(x), x)), y);
  }
  @inline vec(x: v128): v128 {
    const m = this.bad(x);
    let y = this.fast(x);
    if (anyTrue(m)) y = this.fix(x, y, m);
    return y;
  }
}

const EXP2F_ZERO = memory.data<f64>([-149.5]);
/** float32 exp2 as NumPy gives it: results below 2^-149.5 flush to +0 (NumPy's float32 loop). */
@final export class Exp2_32via64 {
  @inline vec(x: v128): v128 {
    const y = changetype<Exp2_64>(0).vec(x);
    return v128.andnot(y, f64x2.le(x, K(EXP2F_ZERO)));
  }
}
