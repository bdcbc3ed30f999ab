/**
 * Reference of assembly/math/trig.ts and atrig.ts: sin, cos, tan (Cody-Waite and Payne-Hanek
 * reductions), arcsin, arccos, arctan, arctan2.
 * Same algorithms, constants and operation order as the kernels, one element at a time.
 */
import { F, HI, LO, SHIFT52, W, clearLow, copysign, poly, prodErr } from "./base.js";

// ---- sin, cos, tan (assembly/math/trig.ts) ------------------------------------------------------
export const TWO_OVER_PI = 0.6366197723675814;
/** pi/2 in three parts (fast path) and four parts of 33 bits (scalar path). */
export const P1 = 1.5707963267923333;
export const P2 = 2.5633441515839558e-12;
export const P3 = 1.0562999066987428e-23;
export const PIO2_1 = 1.57079632673412561417e+00;
export const PIO2_2 = 6.07710050630396597660e-11;
export const PIO2_3 = 2.02226624871116645580e-21;
export const PIO2_3T = 8.47842766036889956997e-32;
export const SIN_S = new Float64Array([
  -0.16666666666666644, 0.008333333333323667, -0.00019841269830148835, 2.7557313653520475e-06,
  -2.5050734844906135e-08, 1.5894726933558495e-10,
]);
export const COS_C = new Float64Array([
  0.04166666666666665, -0.0013888888888882842, 2.4801587294630783e-05, -2.7557315739656446e-07,
  2.087589791001489e-09, -1.1367992111475878e-11,
]);
export const TAN_P = [-17989518.52296367, 1155549.4765832496, -13113.580222449074];
export const TAN_Q = [-53968555.568891004, 25054070.657306146, -1323202.8638645248, 13701.92300907511];
/**
 * Per-quadrant lane coefficients of the fast sin/cos kernel (assembly/math/tables.ts TRIG_T):
 * [ta, tb, tc, th, Q0..Q6] for q = k mod 4.
 */
export const TRIG_LANE: Float64Array[] = [0, 1, 2, 3].map((q) => {
  const s = q < 2 ? 1 : -1;
  if (q % 2 === 0) return new Float64Array([s, 0, -0.5 * s, 0, ...SIN_S, 0]);
  return new Float64Array([0, s, 0, 0.5 * s, 0, ...COS_C]);
});
export const INV_PIO2_WORDS = [
  0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599, 0x3c439041, 0xfe5163ab, 0xdebbc561,
  0xb7246e3a, 0x424dd2e0, 0x06492eea, 0x09d1921c, 0xfe1deb1c, 0xb129a73e, 0xe88235f5, 0x2ebb4484,
  0xe99c7026, 0xb45f7e41, 0x3991d639, 0x835339f4, 0x9c845f8b, 0xbdf9283b, 0x1ff897ff, 0xde05980f,
  0xef2f118b, 0x5a0a6d1f, 0x6d367ecf, 0x27cb09b7, 0x4f463f66, 0x9e5fea2d, 0x7527bac7, 0xebe5f17b,
  0x3d0739f7, 0x8a5292ea, 0x6bfb5fb1, 0x1f8d5d08, 0x56033046, 0xfc7b6bab, 0xf0cfbc20, 0x9af4361d,
];
export let INV_PIO2: bigint | null = null;

/** Fast-path reduction (|x| < 2^17): returns k and sets RH, RL. */
function reduce3(x: number): number {
  const kd = x * TWO_OVER_PI + SHIFT52 - SHIFT52;
  const t1 = x - kd * P1;
  const w = kd * P2;
  const rh = t1 - w;
  RL = t1 - rh - w - kd * P3;
  RH = rh;
  return kd;
}
/** sin x (off 0) or cos x (off 1) for 2^-1042 <= |x| < 2^17, as one lane of the kernel. */
export function sinCosFast(x: number, off: number): number {
  const kd = reduce3(x);
  const rh = RH, rl = RL;
  const c = TRIG_LANE[(kd + off) & 3]!;
  const ta = c[0]!, tb = c[1]!;
  const z = rh * rh;
  const u = rh * ta + tb;
  const g = ta + z * c[2]! - rh * tb;
  const z2 = z * z;
  const p01 = c[4]! + c[5]! * z;
  const p23 = c[6]! + c[7]! * z;
  const p45 = c[8]! + c[9]! * z;
  const z4 = z2 * z2;
  const q = p01 + p23 * z2 + (p45 + c[10]! * z2) * z4;
  const hz = z * c[3]!;
  const h = u - hz;
  const l = u - h - hz;
  return h + (l + (z * u * q + rl * g));
}
/** tan x for 2^-1042 <= |x| < 2^17. */
export function tanFast(x: number): number {
  const kd = reduce3(x);
  const rh = RH, rl = RL;
  const z = rh * rh;
  const z2 = z * z;
  const p = TAN_P[0]! + TAN_P[1]! * z + TAN_P[2]! * z2;
  const q = TAN_Q[0]! + TAN_Q[1]! * z + (TAN_Q[2]! + TAN_Q[3]! * z) * z2 + z2 * z2;
  const y = rh + (rl * (1 + z) + rh * z * (p / q));
  return (kd & 1) !== 0 ? -1 / y : y;
}

export function sinK(rh: number, rl: number): number {
  const z = rh * rh;
  const v = z * rh;
  return rh + (v * poly(z, SIN_S) + (rl - 0.5 * z * rl));
}
export function cosK(rh: number, rl: number): number {
  const z = rh * rh;
  const hz = 0.5 * z;
  const w = 1 - hz;
  return w + (1 - w - hz + (z * z * poly(z, COS_C) - rh * rl));
}
/** sin (q even/odd picks sin/cos, q & 2 negates) of the reduced argument. */
export function pick(s: number, c: number, q: number, tan: boolean): number {
  const odd = (q & 1) !== 0;
  if (tan) return odd ? -c / s : s / c;
  const y = odd ? c : s;
  return (q & 2) !== 0 ? -y : y;
}
export let RH = 0;
export let RL = 0;
/** Cody-Waite reduction in four parts (scalar path, |x| < 2^19 pi/2); returns k. */
export function reduce(x: number): number {
  const kd = x * TWO_OVER_PI + SHIFT52 - SHIFT52;
  const t1 = x - kd * PIO2_1;
  const w = kd * PIO2_2;
  const rh = t1 - w;
  const rl = t1 - rh - w - (kd * PIO2_3 + kd * PIO2_3T);
  const h = rh + rl;
  RL = rl - (h - rh);
  RH = h;
  return kd;
}
/** Exact reduction of |x| >= 2^19 pi/2 (same bits and the same float steps as the kernel). */
export function payneHanek(x: number): number {
  if (INV_PIO2 === null) {
    let v = 0n;
    for (const w of INV_PIO2_WORDS) v = (v << 32n) | BigInt(w);
    INV_PIO2 = v; // 1280 bits: bit j (1-based after the point) is bit 1280 - j
  }
  F[0] = x;
  const hi = W[HI]!;
  const ex = (hi >>> 20) & 0x7ff;
  const M = (BigInt(hi & 0xfffff) << 32n) | BigInt(W[LO]! >>> 0) | (1n << 52n);
  const E = ex - 1075;
  const j0 = E - 1 > 1 ? E - 1 : 1;
  // 192 bits of 2/pi from bit j0 (1-based): W = bits j0 .. j0 + 191
  const win = (INV_PIO2 >> BigInt(1280 - (j0 + 191))) & ((1n << 192n) - 1n);
  const P = M * win;
  const fb = BigInt(j0 + 191 - E);
  let q = Number((P >> fb) & 3n);
  const frac = (P >> (fb - 128n)) & ((1n << 128n) - 1n);
  const hi64 = frac >> 64n;
  const lo64 = frac & ((1n << 64n) - 1n);
  const fh = BigInt.asIntN(64, hi64);
  if (fh < 0n) q += 1;
  const c1 = Number(fh >> 22n);
  const c2 = Number(((hi64 & 0x3fffffn) << 20n) | (lo64 >> 44n));
  const c3 = Number((lo64 >> 2n) & 0x3ffffffffffn);
  const a = c1 * 2.2737367544323206e-13;
  const b = c2 * 5.169878828456423e-26;
  const sh = a + b;
  let sl = b - (sh - a);
  sl += c3 * 1.1754943508222875e-38;
  const fhd = sh + sl;
  const fld = sl - (fhd - sh);
  const PH = 1.5707963267948966;
  const PL = 6.123233995736766e-17;
  const ph = fhd * PH;
  const pl = prodErr(fhd, PH, ph) + (fhd * PL + fld * PH);
  const rh = ph + pl;
  RL = pl - (rh - ph);
  RH = rh;
  return q & 3;
}
/** which: 0 sin, 1 cos, 2 tan. */
export function trig64(x: number, which: number): number {
  const ax = Math.abs(x);
  if (ax < 131072 && ax >= 2.2250738585072014e-308 / 1048576) {
    return which === 2 ? tanFast(x) : sinCosFast(x, which);
  }
  let q: number;
  if (x !== x) return x;
  if (ax === Infinity) return NaN;
  if (x === 0) return which === 1 ? 1 : x;
  if (ax < 823549.6) {
    q = reduce(x);
  } else {
    q = payneHanek(ax);
    if (x < 0) {
      RH = -RH;
      RL = -RL;
      q = -q;
    }
  }
  const s = sinK(RH, RL);
  const c = cosK(RH, RL);
  return pick(s, c, which === 1 ? q + 1 : q, which === 2);
}

// ---- inverse trigonometric (assembly/math/atrig.ts) ---------------------------------------------
export const ATAN_A = new Float64Array([
  -0.3333333333333333, 0.19999999999999407, -0.1428571428556615, 0.11111111096587765,
  -0.09090908353049669, 0.0769228548876496, -0.06666240859375808, 0.0587693549653035,
  -0.05216607416783708, 0.044919637149159995, -0.033121323310643644, 0.01476642155379467,
]);
export const ASIN_P = new Float64Array([
  0.16666666666666669, 0.07499999999998433, 0.04464285714635543, 0.030381944138531247,
  0.02237217294214989, 0.017352392720869973, 0.013971212973552933, 0.011479177415184906,
  0.01032281435018578, 0.005457506718640358, 0.01740087944269402, -0.014851887071247204,
  0.028757851367421566,
]);
export const PIO4_HI = 0.7853981633974483;
export const PIO2_HI = 1.5707963267948966;
export const PIO2_LO = 6.123233995736766e-17;
export const PI_HI = 3.141592653589793;
export const PI_LO = 1.2246467991473532e-16;

export function atanPos(t: number): number {
  let num: number, den: number, hi: number, lo: number;
  if (t >= 2.4375) [num, den, hi, lo] = [-1, t, PIO2_HI, PIO2_LO];
  else if (t >= 1.1875) [num, den, hi, lo] = [t - 1.5, 1 + 1.5 * t, 0.982793723247329, 1.3903311031230998e-17];
  else if (t >= 0.6875) [num, den, hi, lo] = [t - 1, t + 1, PIO4_HI, 3.061616997868383e-17];
  else if (t >= 0.4375) [num, den, hi, lo] = [t + t - 1, 2 + t, 0.4636476090008061, 2.2698777452961687e-17];
  else [num, den, hi, lo] = [t, 1, 0, 0];
  const u = num / den;
  const z = u * u;
  return hi + (u + (u * z * poly(z, ATAN_A) + lo));
}
export function atan64(x: number): number {
  return copysign(atanPos(Math.abs(x)), x);
}
export function asin64(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.5) {
    const z = x * x;
    return x + x * z * poly(z, ASIN_P);
  }
  if (!(ax < 1)) {
    if (x === 1) return PIO2_HI;
    if (x === -1) return -PIO2_HI;
    return NaN;
  }
  const z = (1 - ax) * 0.5;
  const s = Math.sqrt(z);
  const r = z * poly(z, ASIN_P);
  const w = clearLow(s);
  const c = (z - w * w) / (s + w);
  const p = (s + s) * r - (PIO2_LO - (c + c));
  const q = PIO4_HI - (w + w);
  return copysign(PIO4_HI - (p - q), x);
}
export function acos64(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.5) {
    const z = x * x;
    const r = z * poly(z, ASIN_P);
    return PIO2_HI - (x - (PIO2_LO - x * r));
  }
  if (!(ax < 1)) {
    if (x === 1) return 0;
    if (x === -1) return PI_HI;
    return NaN;
  }
  const z = (1 - ax) * 0.5;
  const s = Math.sqrt(z);
  const r = z * poly(z, ASIN_P);
  const w = clearLow(s);
  const c = (z - w * w) / (s + w);
  if (x < 0) return PI_HI - 2 * (s + (r * s - PIO2_LO));
  return 2 * (w + (r * s + c));
}
export function atan2Special(y: number, x: number): number {
  if (x !== x || y !== y) return x + y;
  const pi = 3.141592653589793;
  const sy = y < 0 || Object.is(y, -0);
  let r: number;
  if (y === 0) r = x > 0 || Object.is(x, 0) ? 0 : pi;
  else if (Math.abs(y) === Infinity) r = x === Infinity ? pi / 4 : x === -Infinity ? (3 * pi) / 4 : pi / 2;
  else if (x === 0) r = pi / 2;
  else r = x > 0 ? 0 : pi;
  return sy ? -r : r;
}
export function atan2_64(y: number, x: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (!(ax < Infinity && ay < Infinity && ax > 0 && ay > 0)) return atan2Special(y, x);
  let a = atanPos(Math.min(ax, ay) / Math.max(ax, ay));
  if (ay > ax) a = PIO2_HI - (a - PIO2_LO);
  if (x < 0) a = PI_HI - (a - PI_LO);
  return copysign(a, y);
}
