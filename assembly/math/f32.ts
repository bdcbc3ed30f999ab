// Native float32 cores (f32x4 lanes) for exp, exp2, log, log2, log10, sin, cos, sinh, cosh,
// arctan and arctan2: four lanes per vector and float32 polynomials (near-minimax, Chebyshev
// interpolation, coefficients rounded to float32). sin/cos reduce the argument in float64 (exact
// for |x| < 2^20), then evaluate one float32 polynomial per lane (sin or cos by the quadrant).
// tan and power compute in float64 with float32-sized polynomials. Lanes outside each fast range
// (overflow, subnormal results, huge arguments, zeros, NaN) take the float64 kernel and round
// once, so every element's result is the same on every path.
import { K as K64, SHIFT52 } from "./vec";
import { Exp64, Exp2_32via64, Sinh64, Cosh64 } from "./exp";
import { Log64, Log2_64, Log10_64 } from "./log";
import { Sin64, Cos64, Tan64 } from "./trig";
import { Atan2_64 } from "./atrig";
import { expFast } from "./exp";
import { logFast } from "./log";
import { isInt, isOddInt, powSpecial } from "./misc";
import { poly } from "./vec";

/** The i-th splatted f32 constant of the block at p. */
@inline export function Kf(p: usize, i: i32): v128 { return v128.load32_splat(p + (<usize>i << 2)); }
@inline function F(p: usize): v128 { return v128.load32_splat(p); }

/** Estrin evaluation on f32x4 lanes, constants (f32) at p, n constant. */
@inline export function poly32(z: v128, p: usize, n: i32): v128 {
  if (n == 2) {
    return f32x4.add(Kf(p, 0), f32x4.mul(Kf(p, 1), z));
  }
  if (n == 3) {
    const z2 = f32x4.mul(z, z);
    const t1_0 = f32x4.add(Kf(p, 0), f32x4.mul(Kf(p, 1), z));
    const t1_1 = Kf(p, 2);
    return f32x4.add(t1_0, f32x4.mul(t1_1, z2));
  }
  if (n == 4) {
    const z2 = f32x4.mul(z, z);
    const t1_0 = f32x4.add(Kf(p, 0), f32x4.mul(Kf(p, 1), z));
    const t1_1 = f32x4.add(Kf(p, 2), f32x4.mul(Kf(p, 3), z));
    return f32x4.add(t1_0, f32x4.mul(t1_1, z2));
  }
  if (n == 5) {
    const z2 = f32x4.mul(z, z);
    const t1_0 = f32x4.add(Kf(p, 0), f32x4.mul(Kf(p, 1), z));
    const t1_1 = f32x4.add(Kf(p, 2), f32x4.mul(Kf(p, 3), z));
    const t1_2 = Kf(p, 4);
    const z4 = f32x4.mul(z2, z2);
    const t2_0 = f32x4.add(t1_0, f32x4.mul(t1_1, z2));
    const t2_1 = t1_2;
    return f32x4.add(t2_0, f32x4.mul(t2_1, z4));
  }
  if (n == 6) {
    const z2 = f32x4.mul(z, z);
    const t1_0 = f32x4.add(Kf(p, 0), f32x4.mul(Kf(p, 1), z));
    const t1_1 = f32x4.add(Kf(p, 2), f32x4.mul(Kf(p, 3), z));
    const t1_2 = f32x4.add(Kf(p, 4), f32x4.mul(Kf(p, 5), z));
    const z4 = f32x4.mul(z2, z2);
    const t2_0 = f32x4.add(t1_0, f32x4.mul(t1_1, z2));
    const t2_1 = t1_2;
    return f32x4.add(t2_0, f32x4.mul(t2_1, z4));
  }
  if (n == 7) {
    const z2 = f32x4.mul(z, z);
    const t1_0 = f32x4.add(Kf(p, 0), f32x4.mul(Kf(p, 1), z));
    const t1_1 = f32x4.add(Kf(p, 2), f32x4.mul(Kf(p, 3), z));
    const t1_2 = f32x4.add(Kf(p, 4), f32x4.mul(Kf(p, 5), z));
    const t1_3 = Kf(p, 6);
    const z4 = f32x4.mul(z2, z2);
    const t2_0 = f32x4.add(t1_0, f32x4.mul(t1_1, z2));
    const t2_1 = f32x4.add(t1_2, f32x4.mul(t1_3, z2));
    return f32x4.add(t2_0, f32x4.mul(t2_1, z4));
  }
  return Kf(p, 0);
}

const ONEF = memory.data<f32>([1.0]);
const ONE64 = memory.data<f64>([1.0]);
const HALF64 = memory.data<f64>([0.5]);
const TWOF = memory.data<f32>([2.0]);
const HALFF = memory.data<f32>([0.5]);
const SIGN32 = memory.data<u32>([0x80000000]);
const INFF = memory.data<f32>([Infinity]);
const LN2_HIF = memory.data<f32>([0.693145751953125]);
const LN2_LOF = memory.data<f32>([1.428606765330187e-06]);

/** The float64 kernel `which` on one float32 value, rounded to float32. */
function slow32(v: f32, which: i32): f32 {
  const xi = f64x2.splat(<f64>v);
  let r: v128;
  switch (which) {
    case 0: r = changetype<Exp64>(0).vec(xi); break;
    case 1: r = changetype<Log64>(0).vec(xi); break;
    case 2: r = changetype<Sin64>(0).vec(xi); break;
    case 3: r = changetype<Cos64>(0).vec(xi); break;
    case 4: r = changetype<Log2_64>(0).vec(xi); break;
    case 5: r = changetype<Log10_64>(0).vec(xi); break;
    case 7: r = changetype<Sinh64>(0).vec(xi); break;
    case 8: r = changetype<Cosh64>(0).vec(xi); break;
    case 9: r = changetype<Tan64>(0).vec(xi); break;
    default: r = changetype<Exp2_32via64>(0).vec(xi); break;
  }
  return <f32>f64x2.extract_lane(r, 0);
}
/**
 * Replaces the masked lanes of y by the float64 kernel's rounded result. Lanes move through
 * registers only (no scratch memory: worker threads share the linear memory).
 */
function fix32(x: v128, y: v128, m: v128, which: i32): v128 {
  if (i32x4.extract_lane(m, 0) != 0) y = f32x4.replace_lane(y, 0, slow32(f32x4.extract_lane(x, 0), which));
  if (i32x4.extract_lane(m, 1) != 0) y = f32x4.replace_lane(y, 1, slow32(f32x4.extract_lane(x, 1), which));
  if (i32x4.extract_lane(m, 2) != 0) y = f32x4.replace_lane(y, 2, slow32(f32x4.extract_lane(x, 2), which));
  if (i32x4.extract_lane(m, 3) != 0) y = f32x4.replace_lane(y, 3, slow32(f32x4.extract_lane(x, 3), which));
  return y;
}

// ---- exp ----------------------------------------------------------------------------------------
const INVLN2F = memory.data<f32>([1.4426950216293335]);
const SHIFT23 = memory.data<f32>([12582912.0]);
const EXP_FASTF = memory.data<f32>([86.5]);
/** (e^r - 1 - r) / r^2 on [-0.3466, 0.3466], float32. */
const EXP_EF = memory.data<f32>([0.5, 0.16666576266288757, 0.041666556149721146, 0.008363177999854088, 0.0013926181709393859]);

/** e^x for |x| < 86.5. */
@inline export function exp32Fast(x: v128): v128 {
  const t = f32x4.add(f32x4.mul(x, F(INVLN2F)), F(SHIFT23));
  const kd = f32x4.sub(t, F(SHIFT23));
  const r = f32x4.sub(f32x4.sub(x, f32x4.mul(kd, F(LN2_HIF))), f32x4.mul(kd, F(LN2_LOF)));
  const p = f32x4.add(r, f32x4.mul(f32x4.mul(r, r), poly32(r, EXP_EF, 5)));
  return i32x4.add(f32x4.add(F(ONEF), p), i32x4.shl(t, 23));
}
const ABS32 = memory.data<u32>([0x7fffffff]);
/** Lanes with |x| >= lim or NaN, by an integer compare of the magnitude bits. */
@inline function beyond(x: v128, limBits: usize): v128 { return i32x4.gt_s(v128.and(x, F(ABS32)), F(limBits)); }
const EXP_FAST_BITS = memory.data<f32>([86.49999237060547]); // largest float below 86.5
@final export class Exp32 {
  @inline fast(x: v128): v128 { return exp32Fast(x); }
  @inline bad(x: v128): v128 { return beyond(x, EXP_FAST_BITS); }
  @inline anyBad(x0: v128, x1: v128): bool { return v128.any_true(v128.or(this.bad(x0), this.bad(x1))); }
  @inline fix(x: v128, y: v128, m: v128): v128 { return fix32(x, y, m, 0); }
  @inline vec(x: v128): v128 {
    let y = exp32Fast(x);
    const m = this.bad(x);
    if (v128.any_true(m)) y = fix32(x, y, m, 0);
    return y;
  }
}

// ---- log ----------------------------------------------------------------------------------------
const OFFF = memory.data<u32>([0x3f3504f3]);
const HIMASKF = memory.data<u32>([0xff800000]);
const MIN_NORMALF = memory.data<f32>([1.1754943508222875e-38]);
/** P(z) with 2 atanh(s) = 2s + s z P(z), float32, z in [0, 0.0295]. */
const LOG_PF = memory.data<f32>([0.6666666865348816, 0.4000012278556824, 0.28550732135772705, 0.23332913219928741]);
@inline function log32Fast(x: v128): v128 {
  const tmp = i32x4.sub(x, F(OFFF));
  const dk = f32x4.convert_i32x4_s(i32x4.shr_s(tmp, 23));
  const f = f32x4.sub(i32x4.sub(x, v128.and(tmp, F(HIMASKF))), F(ONEF));
  const s = f32x4.div(f, f32x4.add(F(TWOF), f));
  const z = f32x4.mul(s, s);
  const R = f32x4.mul(z, poly32(z, LOG_PF, 4));
  const hfsq = f32x4.mul(F(HALFF), f32x4.mul(f, f));
  const lo = f32x4.mul(dk, F(LN2_LOF));
  return f32x4.sub(f32x4.mul(dk, F(LN2_HIF)), f32x4.sub(f32x4.sub(hfsq, f32x4.add(f32x4.mul(s, f32x4.add(hfsq, R)), lo)), f));
}
const LOG_BAD_LO = memory.data<u32>([0x00800000]); // bits of the smallest normal
const LOG_BAD_SPAN = memory.data<u32>([0x7f000000]); // normal positive finite: bits - lo < span (unsigned)
@final export class Log32 {
  @inline fast(x: v128): v128 { return log32Fast(x); }
  /** Not a positive normal finite number (zero, subnormal, negative, inf, NaN). */
  @inline bad(x: v128): v128 {
    // (bits - 0x00800000) as unsigned >= 0x7f000000, via the signed compare of both offset by 2^31
    const d = i32x4.sub(x, F(LOG_BAD_LO));
    return i32x4.ge_u(d, F(LOG_BAD_SPAN));
  }
  @inline anyBad(x0: v128, x1: v128): bool { return v128.any_true(v128.or(this.bad(x0), this.bad(x1))); }
  @inline fix(x: v128, y: v128, m: v128): v128 { return fix32(x, y, m, 1); }
  @inline vec(x: v128): v128 {
    let y = log32Fast(x);
    const m = this.bad(x);
    if (v128.any_true(m)) y = fix32(x, y, m, 1);
    return y;
  }
}

// ---- log2, log10: the log reduction with log(1 + f) split in hi + lo --------------------------
const CLEAR12 = memory.data<u32>([0xfffff000]);
const IVLN2_HIF = memory.data<f32>([1.44287109375]);
const IVLN2_LOF = memory.data<f32>([-1.7605285393074155e-04]);
const IVLN10_HIF = memory.data<f32>([0.434326171875]);
const IVLN10_LOF = memory.data<f32>([-3.168997136526741e-05]);
const LOG10_2HIF = memory.data<f32>([0.30102920532226562]);
const LOG10_2LOF = memory.data<f32>([7.903415166765626e-07]);
@inline function logHiLo32(x: v128, ten: bool): v128 {
  const tmp = i32x4.sub(x, F(OFFF));
  const dk = f32x4.convert_i32x4_s(i32x4.shr_s(tmp, 23));
  const f = f32x4.sub(i32x4.sub(x, v128.and(tmp, F(HIMASKF))), F(ONEF));
  const hfsq = f32x4.mul(F(HALFF), f32x4.mul(f, f));
  const s = f32x4.div(f, f32x4.add(F(TWOF), f));
  const z = f32x4.mul(s, s);
  const R = f32x4.mul(z, poly32(z, LOG_PF, 4));
  const hi = v128.and(f32x4.sub(f, hfsq), F(CLEAR12));
  const lo = f32x4.add(f32x4.sub(f32x4.sub(f, hi), hfsq), f32x4.mul(s, f32x4.add(hfsq, R)));
  const lh = f32x4.add(lo, hi);
  if (!ten) {
    return f32x4.add(f32x4.add(f32x4.add(f32x4.mul(lh, F(IVLN2_LOF)), f32x4.mul(lo, F(IVLN2_HIF))), f32x4.mul(hi, F(IVLN2_HIF))), dk);
  }
  const a = f32x4.add(f32x4.mul(dk, F(LOG10_2LOF)), f32x4.mul(lh, F(IVLN10_LOF)));
  return f32x4.add(f32x4.add(f32x4.add(a, f32x4.mul(lo, F(IVLN10_HIF))), f32x4.mul(hi, F(IVLN10_HIF))), f32x4.mul(dk, F(LOG10_2HIF)));
}
@final export class Log2_32 {
  @inline fast(x: v128): v128 { return logHiLo32(x, false); }
  @inline bad(x: v128): v128 { return i32x4.ge_u(i32x4.sub(x, F(LOG_BAD_LO)), F(LOG_BAD_SPAN)); }
  @inline anyBad(x0: v128, x1: v128): bool { return v128.any_true(v128.or(this.bad(x0), this.bad(x1))); }
  @inline fix(x: v128, y: v128, m: v128): v128 { return fix32(x, y, m, 4); }
  @inline vec(x: v128): v128 {
    let y = this.fast(x);
    const m = this.bad(x);
    if (v128.any_true(m)) y = this.fix(x, y, m);
    return y;
  }
}
@final export class Log10_32 {
  @inline fast(x: v128): v128 { return logHiLo32(x, true); }
  @inline bad(x: v128): v128 { return i32x4.ge_u(i32x4.sub(x, F(LOG_BAD_LO)), F(LOG_BAD_SPAN)); }
  @inline anyBad(x0: v128, x1: v128): bool { return v128.any_true(v128.or(this.bad(x0), this.bad(x1))); }
  @inline fix(x: v128, y: v128, m: v128): v128 { return fix32(x, y, m, 5); }
  @inline vec(x: v128): v128 {
    let y = this.fast(x);
    const m = this.bad(x);
    if (v128.any_true(m)) y = this.fix(x, y, m);
    return y;
  }
}

// ---- exp2 ---------------------------------------------------------------------------------------
/** (2^r - 1) / r on [-0.5, 0.5], float32. */
const EXP2_PF = memory.data<f32>([0.6931471824645996, 0.24022650718688965, 0.055503569543361664, 0.009618083015084267, 0.0013390863314270973, 0.00015453163359779865]);
const EXP2_FAST_BITS = memory.data<f32>([125.49999237060547]); // largest float below 125.5
@final export class Exp2_32 {
  @inline fast(x: v128): v128 {
    const t = f32x4.add(x, F(SHIFT23));
    const r = f32x4.sub(x, f32x4.sub(t, F(SHIFT23)));
    return i32x4.add(f32x4.add(F(ONEF), f32x4.mul(r, poly32(r, EXP2_PF, 6))), i32x4.shl(t, 23));
  }
  @inline bad(x: v128): v128 { return beyond(x, EXP2_FAST_BITS); }
  @inline anyBad(x0: v128, x1: v128): bool { return v128.any_true(v128.or(this.bad(x0), this.bad(x1))); }
  @inline fix(x: v128, y: v128, m: v128): v128 { return fix32(x, y, m, 6); }
  @inline vec(x: v128): v128 {
    let y = this.fast(x);
    const m = this.bad(x);
    if (v128.any_true(m)) y = this.fix(x, y, m);
    return y;
  }
}

// ---- sinh, cosh ---------------------------------------------------------------------------------
/** (sinh(x)/x - 1) / x^2 in z = x^2 on [0, 1], float32. */
const SINH_PF = memory.data<f32>([0.1666666716337204, 0.008333339355885983, 0.00019838102161884308, 2.806280235745362e-06]);
const ONE_BITSF = memory.data<f32>([0.9999999403953552]); // largest float below 1
@final export class Sinh32 {
  /** |x| < 1: x + x^3 P(x^2); else (e - 1/e) / 2 with e = e^|x|; both computed, selected. */
  @inline fast(x: v128): v128 {
    const ax = f32x4.abs(x);
    const z = f32x4.mul(x, x);
    const small = f32x4.add(x, f32x4.mul(f32x4.mul(x, z), poly32(z, SINH_PF, 4)));
    const e = exp32Fast(ax);
    const big = v128.bitselect(x, f32x4.mul(F(HALFF), f32x4.sub(e, f32x4.div(F(ONEF), e))), F(SIGN32));
    return v128.bitselect(small, big, i32x4.le_s(v128.and(x, F(ABS32)), F(ONE_BITSF)));
  }
  @inline bad(x: v128): v128 { return beyond(x, EXP_FAST_BITS); }
  @inline anyBad(x0: v128, x1: v128): bool { return v128.any_true(v128.or(this.bad(x0), this.bad(x1))); }
  @inline fix(x: v128, y: v128, m: v128): v128 { return fix32(x, y, m, 7); }
  @inline vec(x: v128): v128 {
    let y = this.fast(x);
    const m = this.bad(x);
    if (v128.any_true(m)) y = this.fix(x, y, m);
    return y;
  }
}
@final export class Cosh32 {
  @inline fast(x: v128): v128 {
    const e = exp32Fast(f32x4.abs(x));
    return f32x4.mul(F(HALFF), f32x4.add(e, f32x4.div(F(ONEF), e)));
  }
  @inline bad(x: v128): v128 { return beyond(x, EXP_FAST_BITS); }
  @inline anyBad(x0: v128, x1: v128): bool { return v128.any_true(v128.or(this.bad(x0), this.bad(x1))); }
  @inline fix(x: v128, y: v128, m: v128): v128 { return fix32(x, y, m, 8); }
  @inline vec(x: v128): v128 {
    let y = this.fast(x);
    const m = this.bad(x);
    if (v128.any_true(m)) y = this.fix(x, y, m);
    return y;
  }
}

// ---- arctan -------------------------------------------------------------------------------------
/** (atan(u)/u - 1) / u^2 in z = u^2 on [0, 0.1915], float32. */
const ATAN_AF = memory.data<f32>([-0.3333333432674408, 0.1999996304512024, -0.14283396303653717, 0.11058160662651062, -0.08531679213047028, 0.04821266233921051]);
const AT_B = memory.data<f32>([0.4375, 0.6875, 1.1875, 2.4375, 1.5, -1.0]);
const AT_HI = memory.data<f32>([0.46364760398864746, 0.7853981852531433, 0.9827937483787537, 1.5707963705062866]);
const AT_LO = memory.data<f32>([5.01215868808913e-09, -2.1855694143368964e-08, -2.5131424052915463e-08, -4.371138828673793e-08]);
/** atan(t) for t >= 0 (or NaN), float32. */
@inline function atanPos32(t: v128): v128 {
  const m1 = f32x4.ge(t, Kf(AT_B, 0));
  const m2 = f32x4.ge(t, Kf(AT_B, 1));
  const m3 = f32x4.ge(t, Kf(AT_B, 2));
  const m4 = f32x4.ge(t, Kf(AT_B, 3));
  const c15 = Kf(AT_B, 4);
  const one = F(ONEF);
  const num = v128.bitselect(Kf(AT_B, 5), v128.bitselect(f32x4.sub(t, c15), v128.bitselect(f32x4.sub(t, one), v128.bitselect(f32x4.sub(f32x4.add(t, t), one), t, m1), m2), m3), m4);
  const den = v128.bitselect(t, v128.bitselect(f32x4.add(one, f32x4.mul(c15, t)), v128.bitselect(f32x4.add(t, one), v128.bitselect(f32x4.add(F(TWOF), t), one, m1), m2), m3), m4);
  const hi = v128.bitselect(Kf(AT_HI, 3), v128.bitselect(Kf(AT_HI, 2), v128.bitselect(Kf(AT_HI, 1), v128.and(m1, Kf(AT_HI, 0)), m2), m3), m4);
  const lo = v128.bitselect(Kf(AT_LO, 3), v128.bitselect(Kf(AT_LO, 2), v128.bitselect(Kf(AT_LO, 1), v128.and(m1, Kf(AT_LO, 0)), m2), m3), m4);
  const u = f32x4.div(num, den);
  const z = f32x4.mul(u, u);
  return f32x4.add(hi, f32x4.add(u, f32x4.add(f32x4.mul(f32x4.mul(u, z), poly32(z, ATAN_AF, 6)), lo)));
}
@final export class Atan32 {
  @inline vec(x: v128): v128 {
    return v128.bitselect(x, atanPos32(f32x4.abs(x)), F(SIGN32));
  }
}

// ---- arctan2 ------------------------------------------------------------------------------------
const PI_HIF = memory.data<f32>([3.1415927410125732]);
const PI_LOF = memory.data<f32>([-8.742277657347586e-08]);
const PIO2_HIF = memory.data<f32>([1.5707963705062866]);
const PIO2_LOF = memory.data<f32>([-4.371138828673793e-08]);
const ZEROF_ = memory.data<f32>([0.0]);
function atan2Slow32(y: f32, x: f32): f32 {
  return <f32>f64x2.extract_lane(changetype<Atan2_64>(0).vec2(f64x2.splat(<f64>y), f64x2.splat(<f64>x)), 0);
}
function fixAtan2_32(y: v128, x: v128, r: v128, m: v128): v128 {
  if (i32x4.extract_lane(m, 0) != 0) r = f32x4.replace_lane(r, 0, atan2Slow32(f32x4.extract_lane(y, 0), f32x4.extract_lane(x, 0)));
  if (i32x4.extract_lane(m, 1) != 0) r = f32x4.replace_lane(r, 1, atan2Slow32(f32x4.extract_lane(y, 1), f32x4.extract_lane(x, 1)));
  if (i32x4.extract_lane(m, 2) != 0) r = f32x4.replace_lane(r, 2, atan2Slow32(f32x4.extract_lane(y, 2), f32x4.extract_lane(x, 2)));
  if (i32x4.extract_lane(m, 3) != 0) r = f32x4.replace_lane(r, 3, atan2Slow32(f32x4.extract_lane(y, 3), f32x4.extract_lane(x, 3)));
  return r;
}
@final export class Atan2_32 {
  /** atan2(y, x), first operand y. */
  @inline vec2(y: v128, x: v128): v128 {
    const ax = f32x4.abs(x);
    const ay = f32x4.abs(y);
    let a = atanPos32(f32x4.div(f32x4.pmin(ax, ay), f32x4.pmax(ax, ay)));
    a = v128.bitselect(f32x4.sub(F(PIO2_HIF), f32x4.sub(a, F(PIO2_LOF))), a, f32x4.gt(ay, ax));
    a = v128.bitselect(f32x4.sub(F(PI_HIF), f32x4.sub(a, F(PI_LOF))), a, f32x4.lt(x, F(ZEROF_)));
    let r = v128.bitselect(y, a, F(SIGN32));
    const ok = v128.and(v128.and(f32x4.lt(ax, F(INFF)), f32x4.lt(ay, F(INFF))), v128.and(f32x4.gt(ax, F(ZEROF_)), f32x4.gt(ay, F(ZEROF_))));
    const m = v128.not(ok);
    if (v128.any_true(m)) r = fixAtan2_32(y, x, r, m);
    return r;
  }
}

// ---- tan: float32 argument reduced in float64, short polynomials evaluated in float64 ---------
const SIN_S64 = memory.data<f64>([-0.1666666716337204, 0.008333331905305386, -0.00019840087043121457, 2.7249900540482486e-06]);
const COS_C64 = memory.data<f64>([0.0416666641831398, -0.001388830249197781, 2.454792229400482e-05]);
@inline function tanHalf(v: v128): v128 {
  const t = reduceT(v);
  const r = reduceR(v, t);
  const z = f64x2.mul(r, r);
  const sn = f64x2.add(r, f64x2.mul(f64x2.mul(z, r), poly(z, SIN_S64, 4)));
  const cs = f64x2.add(f64x2.sub(K64(ONE64), f64x2.mul(K64(HALF64), z)), f64x2.mul(f64x2.mul(z, z), poly(z, COS_C64, 3)));
  const odd = i64x2.shr_s(i64x2.shl(t, 63), 63);
  return f64x2.div(v128.bitselect(f64x2.neg(cs), sn, odd), v128.bitselect(sn, cs, odd));
}
@final export class Tan32 {
  @inline fast(x: v128): v128 {
    const y0 = tanHalf(f64x2.promote_low_f32x4(x));
    const y1 = tanHalf(f64x2.promote_low_f32x4(i32x4.shuffle(x, x, 2, 3, 0, 1)));
    return i32x4.shuffle(f32x4.demote_f64x2_zero(y0), f32x4.demote_f64x2_zero(y1), 0, 1, 4, 5);
  }
  @inline bad(x: v128): v128 { return trigMask32(x); }
  @inline anyBad(x0: v128, x1: v128): bool { return v128.any_true(v128.or(this.bad(x0), this.bad(x1))); }
  @inline fix(x: v128, y: v128, m: v128): v128 { return fix32(x, y, m, 9); }
  @inline vec(x: v128): v128 {
    let y = this.fast(x);
    const m = this.bad(x);
    if (v128.any_true(m)) y = this.fix(x, y, m);
    return y;
  }
}

// ---- power: float32 operands, exp(y log|x|) in plain float64, one rounding --------------------
// A float64 log is accurate to ~2^-52, so |y log x| < 708 carries an error below 2^-41 into the
// exponent: far below a float32 ulp. Zero, infinite and NaN operands, negative x with
// non-integer y, and |y log x| >= 708 take the float64 power (C99 special cases).
const POW_LIM = memory.data<f64>([708.0]);
const MIN_POS64 = memory.data<f64>([0.0]);
const INF64 = memory.data<f64>([Infinity]);
const SIGN64_ = memory.data<u64>([0x8000000000000000]);
@inline function powHalf(x: v128, y: v128): v128 {
  const ax = f64x2.abs(x);
  const p = f64x2.mul(y, logFast(ax));
  const r = expFast(p);
  const neg = v128.and(v128.and(f64x2.lt(x, K64(MIN_POS64)), isOddInt(y)), K64(SIGN64_));
  const ok = v128.and(v128.and(f64x2.gt(ax, K64(MIN_POS64)), f64x2.lt(ax, K64(INF64))),
    v128.and(v128.and(f64x2.lt(f64x2.abs(y), K64(INF64)), v128.or(f64x2.gt(x, K64(MIN_POS64)), isInt(y))), f64x2.lt(f64x2.abs(p), K64(POW_LIM))));
  let v = v128.or(r, neg);
  if (!v128.all_true<i64>(ok)) {
    if (i64x2.extract_lane(ok, 0) == 0) v = f64x2.replace_lane(v, 0, powSpecial(f64x2.extract_lane(x, 0), f64x2.extract_lane(y, 0)));
    if (i64x2.extract_lane(ok, 1) == 0) v = f64x2.replace_lane(v, 1, powSpecial(f64x2.extract_lane(x, 1), f64x2.extract_lane(y, 1)));
  }
  return v;
}
@final export class Power32 {
  @inline vec2(x: v128, y: v128): v128 {
    const lo = powHalf(f64x2.promote_low_f32x4(x), f64x2.promote_low_f32x4(y));
    const hi = powHalf(f64x2.promote_low_f32x4(i32x4.shuffle(x, x, 2, 3, 0, 1)), f64x2.promote_low_f32x4(i32x4.shuffle(y, y, 2, 3, 0, 1)));
    return i32x4.shuffle(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
  }
}

// ---- sin, cos -----------------------------------------------------------------------------------
const TWO_OVER_PI = memory.data<f64>([6.36619772367581382433e-01]);
const PIO2_1 = memory.data<f64>([1.57079632673412561417e+00]);
const PIO2_2 = memory.data<f64>([6.077100506506192e-11]);
const TRIG_FASTF = memory.data<f32>([1048576.0]);
const ZEROF = memory.data<f32>([0.0]);
/** (sin r - r) / r^3 and (cos r - 1 + r^2/2) / r^4 in z = r^2 on [0, 0.617], float32. */
const SIN_SF = memory.data<f32>([-0.1666666716337204, 0.008333331905305386, -0.00019840087043121457, 2.7249900540482486e-06]);
const COS_CF = memory.data<f32>([0.0416666641831398, -0.001388830249197781, 2.454792229400482e-05]);

/** k = round(x 2/pi) as f64 lanes with k in the low bits (t), and r = x - k pi/2. */
@inline function reduceT(v: v128): v128 { return f64x2.add(f64x2.mul(v, K64(TWO_OVER_PI)), K64(SHIFT52)); }
@inline function reduceR(v: v128, t: v128): v128 {
  const kd = f64x2.sub(t, K64(SHIFT52));
  return f64x2.sub(f64x2.sub(v, f64x2.mul(kd, K64(PIO2_1))), f64x2.mul(kd, K64(PIO2_2)));
}
/**
 * TRIG32_T (scripts/math-tables/f32.py): for each parity pattern of the four lanes' quadrants, 6
 * blocks (ta, tb, Q0..Q3) of per-lane coefficients: an even lane evaluates sin r (ta = 1, tb = 0,
 * Q = S), an odd one cos r (ta = 0, tb = 1, Q = -1/2, C0, C1, C2).
 */
const TRIG32_T = memory.data<f32>([
  1.0, 1.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 1.0,
  1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0,
  1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0,
  1.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0,
  0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0, 0.0,
  0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0, 0.0, 1.0,
  0.0, 0.0, 1.0, 1.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0,
  -0.1666666716337204, -0.1666666716337204, -0.1666666716337204, -0.1666666716337204, -0.5, -0.1666666716337204, -0.1666666716337204, -0.1666666716337204, -0.1666666716337204, -0.5, -0.1666666716337204, -0.1666666716337204, -0.5, -0.5, -0.1666666716337204, -0.1666666716337204,
  -0.1666666716337204, -0.1666666716337204, -0.5, -0.1666666716337204, -0.5, -0.1666666716337204, -0.5, -0.1666666716337204, -0.1666666716337204, -0.5, -0.5, -0.1666666716337204, -0.5, -0.5, -0.5, -0.1666666716337204,
  -0.1666666716337204, -0.1666666716337204, -0.1666666716337204, -0.5, -0.5, -0.1666666716337204, -0.1666666716337204, -0.5, -0.1666666716337204, -0.5, -0.1666666716337204, -0.5, -0.5, -0.5, -0.1666666716337204, -0.5,
  -0.1666666716337204, -0.1666666716337204, -0.5, -0.5, -0.5, -0.1666666716337204, -0.5, -0.5, -0.1666666716337204, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5,
  0.008333331905305386, 0.008333331905305386, 0.008333331905305386, 0.008333331905305386, 0.0416666641831398, 0.008333331905305386, 0.008333331905305386, 0.008333331905305386, 0.008333331905305386, 0.0416666641831398, 0.008333331905305386, 0.008333331905305386, 0.0416666641831398, 0.0416666641831398, 0.008333331905305386, 0.008333331905305386,
  0.008333331905305386, 0.008333331905305386, 0.0416666641831398, 0.008333331905305386, 0.0416666641831398, 0.008333331905305386, 0.0416666641831398, 0.008333331905305386, 0.008333331905305386, 0.0416666641831398, 0.0416666641831398, 0.008333331905305386, 0.0416666641831398, 0.0416666641831398, 0.0416666641831398, 0.008333331905305386,
  0.008333331905305386, 0.008333331905305386, 0.008333331905305386, 0.0416666641831398, 0.0416666641831398, 0.008333331905305386, 0.008333331905305386, 0.0416666641831398, 0.008333331905305386, 0.0416666641831398, 0.008333331905305386, 0.0416666641831398, 0.0416666641831398, 0.0416666641831398, 0.008333331905305386, 0.0416666641831398,
  0.008333331905305386, 0.008333331905305386, 0.0416666641831398, 0.0416666641831398, 0.0416666641831398, 0.008333331905305386, 0.0416666641831398, 0.0416666641831398, 0.008333331905305386, 0.0416666641831398, 0.0416666641831398, 0.0416666641831398, 0.0416666641831398, 0.0416666641831398, 0.0416666641831398, 0.0416666641831398,
  -0.00019840087043121457, -0.00019840087043121457, -0.00019840087043121457, -0.00019840087043121457, -0.001388830249197781, -0.00019840087043121457, -0.00019840087043121457, -0.00019840087043121457, -0.00019840087043121457, -0.001388830249197781, -0.00019840087043121457, -0.00019840087043121457, -0.001388830249197781, -0.001388830249197781, -0.00019840087043121457, -0.00019840087043121457,
  -0.00019840087043121457, -0.00019840087043121457, -0.001388830249197781, -0.00019840087043121457, -0.001388830249197781, -0.00019840087043121457, -0.001388830249197781, -0.00019840087043121457, -0.00019840087043121457, -0.001388830249197781, -0.001388830249197781, -0.00019840087043121457, -0.001388830249197781, -0.001388830249197781, -0.001388830249197781, -0.00019840087043121457,
  -0.00019840087043121457, -0.00019840087043121457, -0.00019840087043121457, -0.001388830249197781, -0.001388830249197781, -0.00019840087043121457, -0.00019840087043121457, -0.001388830249197781, -0.00019840087043121457, -0.001388830249197781, -0.00019840087043121457, -0.001388830249197781, -0.001388830249197781, -0.001388830249197781, -0.00019840087043121457, -0.001388830249197781,
  -0.00019840087043121457, -0.00019840087043121457, -0.001388830249197781, -0.001388830249197781, -0.001388830249197781, -0.00019840087043121457, -0.001388830249197781, -0.001388830249197781, -0.00019840087043121457, -0.001388830249197781, -0.001388830249197781, -0.001388830249197781, -0.001388830249197781, -0.001388830249197781, -0.001388830249197781, -0.001388830249197781,
  2.7249900540482486e-06, 2.7249900540482486e-06, 2.7249900540482486e-06, 2.7249900540482486e-06, 2.454792229400482e-05, 2.7249900540482486e-06, 2.7249900540482486e-06, 2.7249900540482486e-06, 2.7249900540482486e-06, 2.454792229400482e-05, 2.7249900540482486e-06, 2.7249900540482486e-06, 2.454792229400482e-05, 2.454792229400482e-05, 2.7249900540482486e-06, 2.7249900540482486e-06,
  2.7249900540482486e-06, 2.7249900540482486e-06, 2.454792229400482e-05, 2.7249900540482486e-06, 2.454792229400482e-05, 2.7249900540482486e-06, 2.454792229400482e-05, 2.7249900540482486e-06, 2.7249900540482486e-06, 2.454792229400482e-05, 2.454792229400482e-05, 2.7249900540482486e-06, 2.454792229400482e-05, 2.454792229400482e-05, 2.454792229400482e-05, 2.7249900540482486e-06,
  2.7249900540482486e-06, 2.7249900540482486e-06, 2.7249900540482486e-06, 2.454792229400482e-05, 2.454792229400482e-05, 2.7249900540482486e-06, 2.7249900540482486e-06, 2.454792229400482e-05, 2.7249900540482486e-06, 2.454792229400482e-05, 2.7249900540482486e-06, 2.454792229400482e-05, 2.454792229400482e-05, 2.454792229400482e-05, 2.7249900540482486e-06, 2.454792229400482e-05,
  2.7249900540482486e-06, 2.7249900540482486e-06, 2.454792229400482e-05, 2.454792229400482e-05, 2.454792229400482e-05, 2.7249900540482486e-06, 2.454792229400482e-05, 2.454792229400482e-05, 2.7249900540482486e-06, 2.454792229400482e-05, 2.454792229400482e-05, 2.454792229400482e-05, 2.454792229400482e-05, 2.454792229400482e-05, 2.454792229400482e-05, 2.454792229400482e-05
], 16);
/**
 * sin x (cos x with `cos`) for 0 < |x| < 2^20: r reduced in float64 (exact), then one float32
 * polynomial per lane: with u = r ta + tb, y = u + (z u) Q(z) is sin r = r + r z S(z) or
 * cos r = 1 + z (-1/2 + z C(z)); bit 1 of the quadrant flips the sign.
 */
@inline function sinCos32(x: v128, cos: bool): v128 {
  const v0 = f64x2.promote_low_f32x4(x);
  const v1 = f64x2.promote_low_f32x4(i32x4.shuffle(x, x, 2, 3, 0, 1));
  const t0 = reduceT(v0);
  const t1 = reduceT(v1);
  const r = i32x4.shuffle(f32x4.demote_f64x2_zero(reduceR(v0, t0)), f32x4.demote_f64x2_zero(reduceR(v1, t1)), 0, 1, 4, 5);
  let q = i32x4.shuffle(t0, t1, 0, 2, 4, 6);
  if (cos) q = i32x4.add(q, i32x4.splat(1));
  const b = TRIG32_T + (<usize>i32x4.bitmask(i32x4.shl(q, 31)) << 4);
  const z = f32x4.mul(r, r);
  const u = f32x4.add(f32x4.mul(r, v128.load(b)), v128.load(b, 256));
  const z2 = f32x4.mul(z, z);
  const qz = f32x4.add(f32x4.add(v128.load(b, 512), f32x4.mul(v128.load(b, 768), z)), f32x4.mul(f32x4.add(v128.load(b, 1024), f32x4.mul(v128.load(b, 1280), z)), z2));
  const y = f32x4.add(u, f32x4.mul(f32x4.mul(z, u), qz));
  return v128.xor(y, v128.and(i32x4.shl(q, 30), F(SIGN32)));
}
/** Lanes outside 0 < |x| < 2^20 (NaN included): (|x| bits - 1) >= 0x497fffff unsigned. */
const TRIG32_LIM = memory.data<u32>([0x497fffff]);
const ONE_U32 = memory.data<u32>([1]);
@inline function trigMask32(x: v128): v128 {
  return i32x4.ge_u(i32x4.sub(v128.and(x, F(ABS32)), F(ONE_U32)), F(TRIG32_LIM));
}
@final export class Sin32 {
  @inline fast(x: v128): v128 { return sinCos32(x, false); }
  @inline bad(x: v128): v128 { return trigMask32(x); }
  @inline anyBad(x0: v128, x1: v128): bool { return v128.any_true(v128.or(this.bad(x0), this.bad(x1))); }
  @inline fix(x: v128, y: v128, m: v128): v128 { return fix32(x, y, m, 2); }
  @inline vec(x: v128): v128 {
    let y = sinCos32(x, false);
    const m = trigMask32(x);
    if (v128.any_true(m)) y = fix32(x, y, m, 2);
    return y;
  }
}
@final export class Cos32 {
  @inline fast(x: v128): v128 { return sinCos32(x, true); }
  @inline bad(x: v128): v128 { return trigMask32(x); }
  @inline anyBad(x0: v128, x1: v128): bool { return v128.any_true(v128.or(this.bad(x0), this.bad(x1))); }
  @inline fix(x: v128, y: v128, m: v128): v128 { return fix32(x, y, m, 3); }
  @inline vec(x: v128): v128 {
    let y = sinCos32(x, true);
    const m = trigMask32(x);
    if (v128.any_true(m)) y = fix32(x, y, m, 3);
    return y;
  }
}
