/**
 * Reference of the native float32 cores (assembly/math/f32.ts): float32 arithmetic via Math.fround.
 * Same algorithms, constants and operation order as the kernels, one element at a time.
 */
import { SHIFT52, TERMS, copysign, poly, pow2 } from "./base.js";
import { cosh64, exp2_64, exp64, expFast, logAny, logTable, sinh64 } from "./exp-log.js";
import { isOddInt, powSpecial } from "./misc.js";
import { PIO2_1, TWO_OVER_PI, atan2_64, trig64 } from "./trig.js";

// ---- native float32 cores (assembly/math/f32.ts) ------------------------------------------------
export const fr = Math.fround;
export const F32 = new Float32Array(1);
export const I32 = new Int32Array(F32.buffer);
/** poly in float32 arithmetic (the f32x4 kernels' `poly32`): every operation rounded. */
export function poly32(z: number, c: Float32Array): number {
  let n = 0;
  for (let i = 0; i < c.length; i += 2, n++) TERMS[n] = i + 1 < c.length ? fr(c[i]! + fr(c[i + 1]! * z)) : c[i]!;
  let pw = z;
  while (n > 1) {
    pw = fr(pw * pw);
    let m = 0;
    for (let i = 0; i < n; i += 2, m++) TERMS[m] = i + 1 < n ? fr(TERMS[i]! + fr(TERMS[i + 1]! * pw)) : TERMS[i]!;
    n = m;
  }
  return TERMS[0]!;
}

export const LN2_HIF = fr(0.693145751953125);
export const LN2_LOF = fr(1.428606765330187e-6);
export const INVLN2F = fr(1.4426950216293335);
export const SHIFT23 = 12582912.0;
export const EXP_EF = new Float32Array([0.5, 0.16666576266288757, 0.041666556149721146, 0.008363177999854088, 0.0013926181709393859]);
export const LOG_PF = new Float32Array([0.6666666865348816, 0.4000012278556824, 0.28550732135772705, 0.23332913219928741]);
export const SIN_SF = new Float32Array([-0.1666666716337204, 0.008333331905305386, -0.00019840087043121457, 2.7249900540482486e-6]);
export const COS_CF = new Float32Array([0.0416666641831398, -0.001388830249197781, 2.454792229400482e-5]);

export function exp32Fast(x: number): number {
  const t = fr(fr(x * INVLN2F) + SHIFT23);
  const kd = fr(t - SHIFT23);
  const r = fr(fr(x - fr(kd * LN2_HIF)) - fr(kd * LN2_LOF));
  const p = fr(r + fr(fr(r * r) * poly32(r, EXP_EF)));
  return fr(1 + p) * pow2(kd);
}
export function exp32(x: number): number {
  return Math.abs(x) < 86.5 ? exp32Fast(x) : fr(exp64(x));
}
export function log32(x: number): number {
  if (!(x >= 1.1754943508222875e-38 && x < Infinity)) return fr(logAny(x, 0));
  F32[0] = x;
  const ix = I32[0]!;
  const tmp = (ix - 0x3f3504f3) | 0;
  const dk = tmp >> 23;
  I32[0] = (ix - (tmp & 0xff800000)) | 0;
  const f = fr(F32[0]! - 1);
  const s = fr(f / fr(2 + f));
  const z = fr(s * s);
  const R = fr(z * poly32(z, LOG_PF));
  const hfsq = fr(0.5 * fr(f * f));
  const lo = fr(dk * LN2_LOF);
  return fr(fr(dk * LN2_HIF) - fr(fr(hfsq - fr(fr(s * fr(hfsq + R)) + lo)) - f));
}
/** Per-lane coefficients of the float32 sin/cos kernel: [ta, tb, Q0..Q3] for an even or odd quadrant. */
export const TRIG32_LANE = [
  new Float32Array([1, 0, ...SIN_SF]),
  new Float32Array([0, 1, -0.5, ...COS_CF]),
];
export function sinCos32(x: number, cos: boolean): number {
  const ax = Math.abs(x);
  if (!(ax < 1048576 && ax > 0)) return fr(trig64(x, cos ? 1 : 0));
  const t = x * TWO_OVER_PI + SHIFT52;
  const kd = t - SHIFT52;
  const r = fr(x - kd * PIO2_1 - kd * 6.077100506506192e-11);
  const q = (kd | 0) + (cos ? 1 : 0);
  const c = TRIG32_LANE[q & 1]!;
  const z = fr(r * r);
  const u = fr(fr(r * c[0]!) + c[1]!);
  const z2 = fr(z * z);
  const qz = fr(fr(c[2]! + fr(c[3]! * z)) + fr(fr(c[4]! + fr(c[5]! * z)) * z2));
  const y = fr(u + fr(fr(z * u) * qz));
  return (q & 2) !== 0 ? -y : y;
}
export const EXP2_PF = new Float32Array([0.6931471824645996, 0.24022650718688965, 0.055503569543361664, 0.009618083015084267, 0.0013390863314270973, 0.00015453163359779865]);
export function exp2_32(x: number): number {
  if (!(Math.abs(x) < 125.5)) return x <= -149.5 ? 0 : fr(exp2_64(x));
  const t = fr(x + SHIFT23);
  const kd = fr(t - SHIFT23);
  const r = fr(x - kd);
  return fr(1 + fr(r * poly32(r, EXP2_PF))) * pow2(kd);
}
export const IVLN2_HIF = 1.44287109375;
export const IVLN2_LOF = fr(-1.7605285393074155e-4);
export const IVLN10_HIF = 0.434326171875;
export const IVLN10_LOF = fr(-3.168997136526741e-5);
export const LOG10_2HIF = 0.30102920532226562;
export const LOG10_2LOF = fr(7.903415166765626e-7);
/** log2 (ten false) or log10 (ten true) in float32 arithmetic. */
export function logHiLo32(x: number, ten: boolean): number {
  if (!(x >= 1.1754943508222875e-38 && x < Infinity)) return fr(logAny(x, ten ? 2 : 1));
  F32[0] = x;
  const ix = I32[0]!;
  const tmp = (ix - 0x3f3504f3) | 0;
  const dk = tmp >> 23;
  I32[0] = (ix - (tmp & 0xff800000)) | 0;
  const f = fr(F32[0]! - 1);
  const hfsq = fr(0.5 * fr(f * f));
  const s = fr(f / fr(2 + f));
  const z = fr(s * s);
  const R = fr(z * poly32(z, LOG_PF));
  F32[0] = fr(f - hfsq);
  I32[0] = I32[0]! & 0xfffff000;
  const hi = F32[0]!;
  const lo = fr(fr(fr(f - hi) - hfsq) + fr(s * fr(hfsq + R)));
  const lh = fr(lo + hi);
  if (!ten) return fr(fr(fr(fr(lh * IVLN2_LOF) + fr(lo * IVLN2_HIF)) + fr(hi * IVLN2_HIF)) + dk);
  const a = fr(fr(dk * LOG10_2LOF) + fr(lh * IVLN10_LOF));
  return fr(fr(fr(a + fr(lo * IVLN10_HIF)) + fr(hi * IVLN10_HIF)) + fr(dk * LOG10_2HIF));
}
export const SINH_PF = new Float32Array([0.1666666716337204, 0.008333339355885983, 0.00019838102161884308, 2.806280235745362e-6]);
export function sinh32(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 86.5)) return fr(sinh64(x));
  if (ax < 1) {
    const z = fr(x * x);
    return fr(x + fr(fr(x * z) * poly32(z, SINH_PF)));
  }
  const e = exp32Fast(ax);
  return copysign(fr(0.5 * fr(e - fr(1 / e))), x);
}
export function cosh32(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 86.5)) return fr(cosh64(x));
  const e = exp32Fast(ax);
  return fr(0.5 * fr(e + fr(1 / e)));
}
export const ATAN_AF = new Float32Array([-0.3333333432674408, 0.1999996304512024, -0.14283396303653717, 0.11058160662651062, -0.08531679213047028, 0.04821266233921051]);
export function atanPos32(t: number): number {
  let num: number, den: number, hi: number, lo: number;
  if (t >= 2.4375) [num, den, hi, lo] = [-1, t, 1.5707963705062866, -4.371138828673793e-8];
  else if (t >= 1.1875) [num, den, hi, lo] = [fr(t - 1.5), fr(1 + fr(1.5 * t)), 0.9827937483787537, -2.5131424052915463e-8];
  else if (t >= 0.6875) [num, den, hi, lo] = [fr(t - 1), fr(t + 1), 0.7853981852531433, -2.1855694143368964e-8];
  else if (t >= 0.4375) [num, den, hi, lo] = [fr(fr(t + t) - 1), fr(2 + t), 0.46364760398864746, 5.01215868808913e-9];
  else [num, den, hi, lo] = [t, 1, 0, 0];
  const u = fr(num / den);
  const z = fr(u * u);
  return fr(fr(hi) + fr(u + fr(fr(fr(u * z) * poly32(z, ATAN_AF)) + fr(lo))));
}
export function atan32(x: number): number {
  return copysign(atanPos32(Math.abs(x)), x);
}
export const SIN_S64 = new Float64Array(SIN_SF);
export const COS_C64 = new Float64Array(COS_CF);
/** float32 tan: the float64 reduction, short polynomials in float64, one rounding. */
export function tan32(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 1048576 && ax > 0)) return fr(trig64(x, 2));
  const t = x * TWO_OVER_PI + SHIFT52;
  const kd = t - SHIFT52;
  const r = x - kd * PIO2_1 - kd * 6.077100506506192e-11;
  const z = r * r;
  const sn = r + z * r * poly(z, SIN_S64);
  const cs = 1 - 0.5 * z + z * z * poly(z, COS_C64);
  return fr(((kd | 0) & 1) !== 0 ? -cs / sn : sn / cs);
}
export function atan2_32(y: number, x: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (!(ax < Infinity && ay < Infinity && ax > 0 && ay > 0)) return fr(atan2_64(y, x));
  let a = atanPos32(fr(Math.min(ax, ay) / Math.max(ax, ay)));
  if (ay > ax) a = fr(1.5707963705062866 - fr(a - -4.371138828673793e-8));
  if (x < 0) a = fr(3.1415927410125732 - fr(a - -8.742277657347586e-8));
  return copysign(a, y);
}
/** float32 power: exp(y log|x|) in plain float64, one rounding; specials as float64 power. */
export function power32(x: number, y: number): number {
  const ax = Math.abs(x);
  if (ax > 0 && ax < Infinity && Math.abs(y) < Infinity && (x > 0 || Math.round(y) === y)) {
    const p = y * logTable(ax, false);
    if (Math.abs(p) < 708) {
      const r = expFast(p);
      return fr(x < 0 && isOddInt(y) ? -r : r);
    }
  }
  return fr(powSpecial(x, y));
}
