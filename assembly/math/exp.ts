// Exponentials and hyperbolic functions, float64 cores (f64x2 lanes).
//
// exp (Tang's table-driven method): x = (512 q + i) ln2/512 + r with k = 512 q + i =
// round(x 512/ln2) and r reduced in two parts (k * LN2HI_N is exact), |r| <= ln2/1024. Then
// e^x = 2^q 2^(i/512) e^r, with 2^(i/512) from a table as a double s_i (bits stored minus i << 43,
// so adding k << 43 to them also puts 2^q in the exponent) times 1 + tail_i, and
// e^r - 1 = r + r^2 (C2 + C3 r) + r^4 C4 (minimax, abs error 2^-62.3). The result
// s + s (tail + r + ...) is within about 0.51 ulp. Lanes where 2^q would leave the normal range
// (|x| >= 708) or NaN take a scalar path that scales in two steps.
// exp2 uses the same table with k = round(512 x) and r = x - k/512 (exact); expm1, sinh, cosh and
// tanh are built on the same reduction.
import { add, sub, mul, div, vabs, copysign, K, Ki, SHIFT52, ONE, HALF, ABS64 } from "./vec";
import { EXP_T } from "./tables";

/** 512/ln2, ln2/512 in two parts (the high part has 24 bits), and C2, C3, C4. */
export const EXPC = memory.data<f64>([
  738.6598609351493, 0.0013538030325435102, 5.448763298386239e-11,
  0.49999999999999983, 0.16666667011919703, 0.04166666767389784,
]);
/**
 * e^r - 1 - r = r^2 (D2 + D3 r + D4 r^2 + D5 r^3) on |r| <= 0.0028 with error below 2^-54.9 |r|
 * (Chebyshev interpolation): expm1, sinh and tanh need it relative to r, not to 1, and take k = 0
 * for |x| < 0.0027 (so that S - 1 and S p never cancel there).
 */
const EXPM1C = memory.data<f64>([0.49999999999998934, 0.16666666666666513, 0.04166667755555689, 0.008333334888889037]);
const EXPM1_SMALL = memory.data<f64>([0.0027]);
/** 2^r - 1 = r (B1 + B2 r + B3 r^2 + B4 r^3) on |r| <= 1/1024 (abs error 2^-62.5). */
const EXP2C = memory.data<f64>([0.6931471805599446, 0.24022650695910064, 0.055504110649260585, 0.00961812933687986]);
const N512 = memory.data<f64>([512.0]);
const INV512 = memory.data<f64>([0.001953125]);
const TANH_CLAMP = memory.data<f64>([44.0]);
const TWO_ = memory.data<f64>([2.0]);
/** Largest doubles below 708 and 1020, as bits: |x| above them (or NaN) leaves the fast path. */
const EXP_LIM = memory.data<u64>([0x40861fffffffffff]);
const EXP2_LIM = memory.data<u64>([0x408fdfffffffffff]);

/** x 512/ln2 + 1.5 * 2^52: its low bits hold k = round(x 512/ln2). */
@inline export function expKt(x: v128): v128 { return add(mul(x, Ki(EXPC, 0)), K(SHIFT52)); }
/** The (tail, bits) table entry of lane `lane` (0 or 1) of kt. */
@inline export function expEntry(kt: v128, lane: i32): v128 {
  return v128.load(EXP_T + (<usize>((lane == 0 ? i32x4.extract_lane(kt, 0) : i32x4.extract_lane(kt, 2)) & 511) << 4));
}
/** S = 2^q 2^(i/512) (as bits: table bits + k << 43). */
@inline export function expScale(kt: v128, e0: v128, e1: v128): v128 {
  return i64x2.add(v128.shuffle<i64>(e0, e1, 1, 3), i64x2.shl(kt, 43));
}
/** p with e^x = S (1 + p): tail + e^r - 1 for the reduced r. */
@inline export function expP(x: v128, kt: v128, e0: v128, e1: v128): v128 {
  const kd = sub(kt, K(SHIFT52));
  const r = sub(sub(x, mul(kd, Ki(EXPC, 1))), mul(kd, Ki(EXPC, 2)));
  const r2 = mul(r, r);
  return add(add(add(v128.shuffle<i64>(e0, e1, 0, 2), r), mul(r2, add(Ki(EXPC, 3), mul(r, Ki(EXPC, 4))))), mul(mul(r2, r2), Ki(EXPC, 5)));
}
/** e^x for lanes with |x| < 708 (no overflow, normal result). */
@inline export function expFast(x: v128): v128 {
  const kt = expKt(x);
  const e0 = expEntry(kt, 0), e1 = expEntry(kt, 1);
  const s = expScale(kt, e0, e1);
  return add(s, mul(s, expP(x, kt, e0, e1)));
}
/** Mask of lanes with |x| >= 708 or NaN (a signed compare of the magnitude bits). */
@inline export function expBad(x: v128): v128 { return i64x2.gt_s(v128.and(x, K(ABS64)), K(EXP_LIM)); }
@inline function anyBad2(x0: v128, x1: v128, lim: usize): bool {
  return v128.any_true(v128.or(i64x2.gt_s(v128.and(x0, K(ABS64)), K(lim)), i64x2.gt_s(v128.and(x1, K(ABS64)), K(lim))));
}

/** Scalar 2^k for k in [-1022, 1023]. */
@inline function p2(k: i64): f64 { return reinterpret<f64>(<u64>(k + 1023) << 52); }

/**
 * s (1 + p) for a scale whose bits sb may hold an exponent outside the normal range (k its
 * q = k >> 9): scaled in two steps; a subnormal result is rounded once (y is first rounded to
 * the subnormal grid as 1 + y, then scaled by 2^-1022 exactly).
 */
function scaleSpecial(sb: u64, p: f64, q: i64): f64 {
  if (q > 0) {
    const s = reinterpret<f64>(sb - (<u64>1009 << 52));
    return (s + s * p) * 5.486124068793689e303; // 2^1009
  }
  const s = reinterpret<f64>(sb + (<u64>1022 << 52));
  let y = s + s * p;
  if (y < 1.0) {
    const lo0 = s - y + s * p;
    const hi = 1.0 + y;
    const lo = 1.0 - hi + y + lo0;
    y = hi + lo - 1.0;
  }
  return y * 2.2250738585072014e-308; // 2^-1022
}

/** e^(x + xl) * 2^adj for one lane (any x, |xl| tiny; adj in {0, -1}). */
export function expScaledDD(x: f64, xl: f64, adj: i32): f64 {
  if (x != x) return x;
  if (x > (adj == 0 ? 709.782712893383973096 : 710.4758600739439)) return Infinity;
  if (x < -745.13321910194110842) return 0;
  const kt = x * 738.6598609351493 + 6755399441055744.0;
  const kd = kt - 6755399441055744.0;
  const r = x - kd * 0.0013538030325435102 + (xl - kd * 5.448763298386239e-11);
  const ki = reinterpret<u64>(kt);
  const e = EXP_T + (<usize>(<u32>ki & 511) << 4);
  const r2 = r * r;
  const p = load<f64>(e) + r + r2 * (0.49999999999999983 + r * 0.16666667011919703) + r2 * r2 * 0.04166666767389784;
  const sb = load<u64>(e, 8) + (ki << 43) + (<u64><i64>adj << 52);
  const q = (<i64>kd >> 9) + <i64>adj;
  if (q > -1022 && q < 1023) {
    const s = reinterpret<f64>(sb);
    return s + s * p;
  }
  return scaleSpecial(sb, p, q);
}
/** e^x * 2^adj for one lane (any x; adj in {0, -1}). */
export function expScaled(x: f64, adj: i32): f64 { return expScaledDD(x, 0, adj); }
/** e^(ph + pl) for lanes with |ph| < 708 and |pl| tiny (power). */
@inline export function expDDFast(ph: v128, pl: v128): v128 {
  const kt = expKt(ph);
  const e0 = expEntry(kt, 0), e1 = expEntry(kt, 1);
  const s = expScale(kt, e0, e1);
  const kd = sub(kt, K(SHIFT52));
  const r = add(sub(ph, mul(kd, Ki(EXPC, 1))), sub(pl, mul(kd, Ki(EXPC, 2))));
  const r2 = mul(r, r);
  const p = add(add(add(v128.shuffle<i64>(e0, e1, 0, 2), r), mul(r2, add(Ki(EXPC, 3), mul(r, Ki(EXPC, 4))))), mul(mul(r2, r2), Ki(EXPC, 5)));
  return add(s, mul(s, p));
}
export function expSpecial(x: f64): f64 { return expScaled(x, 0); }

function fixExp(x: v128, y: v128, m: v128): v128 {
  if (i64x2.extract_lane(m, 0) != 0) y = f64x2.replace_lane(y, 0, expSpecial(f64x2.extract_lane(x, 0)));
  if (i64x2.extract_lane(m, 1) != 0) y = f64x2.replace_lane(y, 1, expSpecial(f64x2.extract_lane(x, 1)));
  return y;
}

@final export class Exp64 {
  @inline fast(x: v128): v128 { return expFast(x); }
  @inline anyBad(x0: v128, x1: v128): bool { return anyBad2(x0, x1, EXP_LIM); }
  @inline vec(x: v128): v128 {
    const m = expBad(x);
    let y = expFast(x);
    if (v128.any_true(m)) y = fixExp(x, y, m);
    return y;
  }
}

// ---- exp2 ---------------------------------------------------------------------------------------
@inline function exp2Fast(x: v128): v128 {
  const kt = add(mul(x, K(N512)), K(SHIFT52));
  const r = sub(x, mul(sub(kt, K(SHIFT52)), K(INV512)));
  const e0 = expEntry(kt, 0), e1 = expEntry(kt, 1);
  const s = expScale(kt, e0, e1);
  const r2 = mul(r, r);
  const q = mul(r, add(add(Ki(EXP2C, 0), mul(r, Ki(EXP2C, 1))), mul(r2, add(Ki(EXP2C, 2), mul(r, Ki(EXP2C, 3))))));
  return add(s, mul(s, add(v128.shuffle<i64>(e0, e1, 0, 2), q)));
}
function exp2Special(x: f64): f64 {
  if (x != x) return x;
  if (x >= 1024) return Infinity;
  if (x <= -1075) return 0;
  const kt = x * 512.0 + 6755399441055744.0;
  const kd = kt - 6755399441055744.0;
  const r = x - kd * 0.001953125;
  const ki = reinterpret<u64>(kt);
  const e = EXP_T + (<usize>(<u32>ki & 511) << 4);
  const r2 = r * r;
  const p = load<f64>(e) + r * (0.6931471805599446 + r * 0.24022650695910064 + r2 * (0.055504110649260585 + r * 0.00961812933687986));
  return scaleSpecial(load<u64>(e, 8) + (ki << 43), p, <i64>kd >> 9);
}
function fixExp2(x: v128, y: v128, m: v128): v128 {
  if (i64x2.extract_lane(m, 0) != 0) y = f64x2.replace_lane(y, 0, exp2Special(f64x2.extract_lane(x, 0)));
  if (i64x2.extract_lane(m, 1) != 0) y = f64x2.replace_lane(y, 1, exp2Special(f64x2.extract_lane(x, 1)));
  return y;
}
@final export class Exp2_64 {
  @inline fast(x: v128): v128 { return exp2Fast(x); }
  @inline anyBad(x0: v128, x1: v128): bool { return anyBad2(x0, x1, EXP2_LIM); }
  @inline vec(x: v128): v128 {
    const m = i64x2.gt_s(v128.and(x, K(ABS64)), K(EXP2_LIM));
    let y = this.fast(x);
    if (v128.any_true(m)) y = fixExp2(x, y, m);
    return y;
  }
}

// ---- expm1 --------------------------------------------------------------------------------------
// expm1(x) = (S - 1) + S p with S - 1 = b + eb exactly (b = S - 1 rounded; it is exact unless
// S < 1/2, and eb = S - (b + 1) then recovers the error), summed as b + (S p + eb); the sign of x
// is copied so that expm1(-0) = -0. Within about 0.5 ulp plus the reduction's error.
@inline export function expm1Fast(x: v128): v128 {
  const kt = v128.bitselect(K(SHIFT52), expKt(x), f64x2.lt(vabs(x), K(EXPM1_SMALL)));
  const e0 = expEntry(kt, 0), e1 = expEntry(kt, 1);
  const s = expScale(kt, e0, e1);
  const kd = sub(kt, K(SHIFT52));
  const r = sub(sub(x, mul(kd, Ki(EXPC, 1))), mul(kd, Ki(EXPC, 2)));
  const r2 = mul(r, r);
  const q = add(mul(r2, add(Ki(EXPM1C, 0), mul(r, Ki(EXPM1C, 1)))), mul(mul(r2, r2), add(Ki(EXPM1C, 2), mul(r, Ki(EXPM1C, 3)))));
  const p = add(v128.shuffle<i64>(e0, e1, 0, 2), add(r, q)); // small terms first: for k = 0, p is the result
  const b = sub(s, K(ONE));
  const eb = sub(s, add(b, K(ONE)));
  return copysign(add(b, add(mul(s, p), eb)), x);
}
function expm1Special(x: f64): f64 {
  if (x != x) return x;
  if (x < 0) return -1;
  return expSpecial(x) - 1;
}
function fixExpm1(x: v128, y: v128, m: v128): v128 {
  if (i64x2.extract_lane(m, 0) != 0) y = f64x2.replace_lane(y, 0, expm1Special(f64x2.extract_lane(x, 0)));
  if (i64x2.extract_lane(m, 1) != 0) y = f64x2.replace_lane(y, 1, expm1Special(f64x2.extract_lane(x, 1)));
  return y;
}
@final export class Expm1_64 {
  @inline fast(x: v128): v128 { return expm1Fast(x); }
  @inline anyBad(x0: v128, x1: v128): bool { return anyBad2(x0, x1, EXP_LIM); }
  @inline vec(x: v128): v128 {
    const m = expBad(x);
    let y = expm1Fast(x);
    if (v128.any_true(m)) y = fixExpm1(x, y, m);
    return y;
  }
}

// ---- sinh, cosh, tanh ---------------------------------------------------------------------------
// sinh x = (u + u / (u + 1)) / 2 with u = expm1(|x|), accurate for small and large |x| alike;
// cosh x = (e + 1/e) / 2 with e = e^|x|; tanh x = u / (u + 2) with u = expm1(2|x|), 2|x| clamped
// to 44 (tanh is 1 to double precision beyond). |x| >= 708 (sinh, cosh) and NaN take scalar paths.
function sinhSpecial(x: f64): f64 {
  if (x != x) return x;
  const y = expScaled(Math.abs(x), -1);
  return x < 0 ? -y : y;
}
function coshSpecial(x: f64): f64 {
  if (x != x) return x;
  return expScaled(Math.abs(x), -1);
}
function fixHyp(x: v128, y: v128, m: v128, cosh: bool): v128 {
  if (i64x2.extract_lane(m, 0) != 0) {
    const v = f64x2.extract_lane(x, 0);
    y = f64x2.replace_lane(y, 0, cosh ? coshSpecial(v) : sinhSpecial(v));
  }
  if (i64x2.extract_lane(m, 1) != 0) {
    const v = f64x2.extract_lane(x, 1);
    y = f64x2.replace_lane(y, 1, cosh ? coshSpecial(v) : sinhSpecial(v));
  }
  return y;
}
@final export class Sinh64 {
  @inline fast(x: v128): v128 {
    const u = expm1Fast(vabs(x));
    return copysign(mul(K(HALF), add(u, div(u, add(u, K(ONE))))), x);
  }
  @inline anyBad(x0: v128, x1: v128): bool { return anyBad2(x0, x1, EXP_LIM); }
  @inline vec(x: v128): v128 {
    const m = expBad(x);
    let y = this.fast(x);
    if (v128.any_true(m)) y = fixHyp(x, y, m, false);
    return y;
  }
}
@final export class Cosh64 {
  @inline fast(x: v128): v128 {
    const e = expFast(vabs(x));
    return mul(K(HALF), add(e, div(K(ONE), e)));
  }
  @inline anyBad(x0: v128, x1: v128): bool { return anyBad2(x0, x1, EXP_LIM); }
  @inline vec(x: v128): v128 {
    const m = expBad(x);
    let y = this.fast(x);
    if (v128.any_true(m)) y = fixHyp(x, y, m, true);
    return y;
  }
}
@final export class Tanh64 {
  @inline fast(x: v128): v128 {
    const ax = vabs(x);
    const u = expm1Fast(f64x2.pmin(add(ax, ax), K(TANH_CLAMP)));
    return copysign(div(u, add(u, K(TWO_))), x);
  }
  @inline anyBad(x0: v128, x1: v128): bool { return v128.any_true(v128.or(f64x2.ne(x0, x0), f64x2.ne(x1, x1))); }
  @inline vec(x: v128): v128 {
    const y = this.fast(x);
    return v128.bitselect(x, y, f64x2.ne(x, x));
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
