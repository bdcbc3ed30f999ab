// Inverse trigonometric functions, float64 cores (f64x2 lanes).
//
// atan: |x| is mapped to |u| <= 7/16 by one of five branches (u = t, (2t - 1)/(2 + t),
// (t - 1)/(t + 1), (t - 1.5)/(1 + 1.5t), -1/t) and atan = atan(c) + u + u^3 A(u^2), atan(c) in
// two parts; A is a degree-11 near-minimax polynomial. asin/acos: |x| <= 1/2 directly with
// asin(x) = x + x^3 P(x^2); above, through asin(x) = pi/2 - 2 asin(sqrt((1 - x)/2)) with the
// square root split in two parts so the result keeps full precision.
import { add, sub, mul, div, vabs, sel, copysign, K, poly, anyTrue, ONE, HALF, TWO, ZERO } from "./vec";

/** A(z) = (atan(u)/u - 1) / z, z = u^2 in [0, 0.1915]. */
const ATAN_A = memory.data<f64>([
  -0.3333333333333333, 0.19999999999999407, -0.1428571428556615, 0.11111111096587765,
  -0.09090908353049669, 0.0769228548876496, -0.06666240859375808, 0.0587693549653035,
  -0.05216607416783708, 0.044919637149159995, -0.033121323310643644, 0.01476642155379467,
]);
/** P(z) = (asin(x)/x - 1) / z, z = x^2 in [0, 0.25]. */
const ASIN_P = memory.data<f64>([
  0.16666666666666669, 0.07499999999998433, 0.04464285714635543, 0.030381944138531247,
  0.02237217294214989, 0.017352392720869973, 0.013971212973552933, 0.011479177415184906,
  0.01032281435018578, 0.005457506718640358, 0.01740087944269402, -0.014851887071247204,
  0.028757851367421566,
]);
const B1 = memory.data<f64>([0.4375]);
const B2 = memory.data<f64>([0.6875]);
const B3 = memory.data<f64>([1.1875]);
const B4 = memory.data<f64>([2.4375]);
const ONE_HALF = memory.data<f64>([1.5]);
const MINUS_ONE = memory.data<f64>([-1.0]);
const ATAN05_HI = memory.data<f64>([0.4636476090008061]);
const ATAN05_LO = memory.data<f64>([2.2698777452961687e-17]);
const PIO4_HI = memory.data<f64>([0.7853981633974483]);
const PIO4_LO = memory.data<f64>([3.061616997868383e-17]);
const ATAN15_HI = memory.data<f64>([0.982793723247329]);
const ATAN15_LO = memory.data<f64>([1.3903311031230998e-17]);
const PIO2_HI = memory.data<f64>([1.5707963267948966]);
const PIO2_LO = memory.data<f64>([6.123233995736766e-17]);
const PI_HI = memory.data<f64>([3.141592653589793]);
const PI_LO = memory.data<f64>([1.2246467991473532e-16]);
const LOW32_CLEAR = memory.data<u64>([0xffffffff00000000]);
const INF = memory.data<f64>([Infinity]);

/** atan(t) for t >= 0 (t may be +inf; NaN propagates). */
@inline export function atanPos(t: v128): v128 {
  const m1 = f64x2.ge(t, K(B1));
  const m2 = f64x2.ge(t, K(B2));
  const m3 = f64x2.ge(t, K(B3));
  const m4 = f64x2.ge(t, K(B4));
  const num = sel(m4, K(MINUS_ONE), sel(m3, sub(t, K(ONE_HALF)), sel(m2, sub(t, K(ONE)), sel(m1, sub(add(t, t), K(ONE)), t))));
  const den = sel(m4, t, sel(m3, add(K(ONE), mul(K(ONE_HALF), t)), sel(m2, add(t, K(ONE)), sel(m1, add(K(TWO), t), K(ONE)))));
  const hi = sel(m4, K(PIO2_HI), sel(m3, K(ATAN15_HI), sel(m2, K(PIO4_HI), v128.and(m1, K(ATAN05_HI)))));
  const lo = sel(m4, K(PIO2_LO), sel(m3, K(ATAN15_LO), sel(m2, K(PIO4_LO), v128.and(m1, K(ATAN05_LO)))));
  const u = div(num, den);
  const z = mul(u, u);
  return add(hi, add(u, add(mul(mul(u, z), poly(z, ATAN_A, 12)), lo)));
}

@final export class Atan64 {
  @inline vec(x: v128): v128 {
    return copysign(atanPos(vabs(x)), x);
  }
}

// ---- asin, acos ---------------------------------------------------------------------------------
function fixAsin(x: v128, y: v128, m: v128, acos: bool): v128 {
  for (let i = 0; i < 2; i++) {
    const mi = i == 0 ? i64x2.extract_lane(m, 0) : i64x2.extract_lane(m, 1);
    if (mi == 0) continue;
    const xi = i == 0 ? f64x2.extract_lane(x, 0) : f64x2.extract_lane(x, 1);
    let r: f64 = NaN;
    if (xi == 1) r = acos ? 0 : 1.5707963267948966;
    else if (xi == -1) r = acos ? 3.141592653589793 : -1.5707963267948966;
    y = i == 0 ? f64x2.replace_lane(y, 0, r) : f64x2.replace_lane(y, 1, r);
  }
  return y;
}

@inline function asinSmall(x: v128): v128 {
  const z = mul(x, x);
  return add(x, mul(mul(x, z), poly(z, ASIN_P, 13)));
}
/** asin(|x|) for 1/2 < |x| < 1. */
@inline function asinBig(ax: v128): v128 {
  const z = mul(sub(K(ONE), ax), K(HALF));
  const s = f64x2.sqrt(z);
  const r = mul(z, poly(z, ASIN_P, 13));
  const w = v128.and(s, K(LOW32_CLEAR));
  const c = div(sub(z, mul(w, w)), add(s, w));
  const p = sub(mul(add(s, s), r), sub(K(PIO2_LO), add(c, c)));
  const q = sub(K(PIO4_HI), add(w, w));
  return sub(K(PIO4_HI), sub(p, q));
}
@final export class Asin64 {
  @inline vec(x: v128): v128 {
    const ax = vabs(x);
    const small = f64x2.le(ax, K(HALF));
    let y: v128;
    if (v128.all_true<i64>(small)) y = asinSmall(x);
    else {
      y = copysign(asinBig(ax), x);
      if (anyTrue(small)) y = sel(small, asinSmall(x), y);
      const m = v128.not(f64x2.lt(ax, K(ONE)));
      if (anyTrue(m)) y = fixAsin(x, y, m, false);
    }
    return y;
  }
}

@inline function acosSmall(x: v128): v128 {
  const z = mul(x, x);
  const r = mul(z, poly(z, ASIN_P, 13));
  return sub(K(PIO2_HI), sub(x, sub(K(PIO2_LO), mul(x, r))));
}
@inline function acosBig(x: v128, ax: v128): v128 {
  const z = mul(sub(K(ONE), ax), K(HALF));
  const s = f64x2.sqrt(z);
  const r = mul(z, poly(z, ASIN_P, 13));
  const w = v128.and(s, K(LOW32_CLEAR));
  const c = div(sub(z, mul(w, w)), add(s, w));
  const pos = mul(K(TWO), add(w, add(mul(r, s), c)));
  const neg = sub(K(PI_HI), mul(K(TWO), add(s, sub(mul(r, s), K(PIO2_LO)))));
  return sel(f64x2.lt(x, K(ZERO)), neg, pos);
}
@final export class Acos64 {
  @inline vec(x: v128): v128 {
    const ax = vabs(x);
    const small = f64x2.le(ax, K(HALF));
    let y: v128;
    if (v128.all_true<i64>(small)) y = acosSmall(x);
    else {
      y = acosBig(x, ax);
      if (anyTrue(small)) y = sel(small, acosSmall(x), y);
      const m = v128.not(f64x2.lt(ax, K(ONE)));
      if (anyTrue(m)) y = fixAsin(x, y, m, true);
    }
    return y;
  }
}

// ---- atan2 --------------------------------------------------------------------------------------
/** atan2 for one lane with a zero, infinite or NaN operand (C99 Annex F). */
export function atan2Special(y: f64, x: f64): f64 {
  if (x != x || y != y) return x + y;
  const pi = 3.141592653589793;
  const sy = y < 0 || (y == 0 && 1 / y < 0);
  let r: f64;
  if (y == 0) r = x > 0 || (x == 0 && 1 / x > 0) ? 0 : pi;
  else if (Math.abs(y) == Infinity) r = x == Infinity ? pi / 4 : x == -Infinity ? 3 * pi / 4 : pi / 2;
  else if (x == 0) r = pi / 2;
  else r = x > 0 ? 0 : pi; // x = +-inf, y finite
  return sy ? -r : r;
}

@final export class Atan2_64 {
  /** atan2(y, x): the first operand is y. */
  @inline vec2(y: v128, x: v128): v128 {
    const ax = vabs(x);
    const ay = vabs(y);
    const swap = f64x2.gt(ay, ax);
    const t = div(f64x2.pmin(ax, ay), f64x2.pmax(ax, ay)); // NaN lanes are fixed below
    let a = atanPos(t);
    a = sel(swap, sub(K(PIO2_HI), sub(a, K(PIO2_LO))), a);
    a = sel(f64x2.lt(x, K(ZERO)), sub(K(PI_HI), sub(a, K(PI_LO))), a);
    let r = copysign(a, y);
    // zero, infinite and NaN operands
    const ok = v128.and(v128.and(f64x2.lt(ax, K(INF)), f64x2.lt(ay, K(INF))), v128.and(f64x2.gt(ax, K(ZERO)), f64x2.gt(ay, K(ZERO))));
    const m = v128.not(ok);
    if (anyTrue(m)) {
      if (i64x2.extract_lane(m, 0) != 0) r = f64x2.replace_lane(r, 0, atan2Special(f64x2.extract_lane(y, 0), f64x2.extract_lane(x, 0)));
      if (i64x2.extract_lane(m, 1) != 0) r = f64x2.replace_lane(r, 1, atan2Special(f64x2.extract_lane(y, 1), f64x2.extract_lane(x, 1)));
    }
    return r;
  }
}
