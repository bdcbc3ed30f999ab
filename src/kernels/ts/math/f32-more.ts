/**
 * Reference of assembly/math/f32more.ts: native float32 log1p, arctanh, arcsinh, arccosh, cbrt,
 * arcsin, arccos and expm1, in float32 arithmetic (Math.fround after every operation).
 * Same algorithms, constants and operation order as the kernels, one element at a time.
 */
import { pow2 } from "./base.js";
import { acosh64, asinh64, atanh64, expm1_64, log1p64 } from "./exp-log.js";
import { cbrt64 } from "./misc.js";
import { acos64, asin64 } from "./trig.js";
import { F32, I32, INVLN2F, LN2_HIF, LN2_LOF, LOG_PF, SHIFT23, exp32Fast, fr, poly32 } from "./f32.js";

/** y with the sign bit of x set when x's is (the kernels' `or` with x's sign). */
export function orSign(y: number, x: number): number {
  F32[0] = x;
  const neg = I32[0]! < 0;
  F32[0] = y;
  if (neg) I32[0] = I32[0]! | 0x80000000;
  return F32[0]!;
}
/** Bits of a float32 value as a signed int32. */
function bits(x: number): number {
  F32[0] = x;
  return I32[0]!;
}
/** log(u) + c for positive normal u (c added to the low-order term). */
export function log32Core(u: number, c: number): number {
  const ix = bits(u);
  const tmp = (ix - 0x3f3504f3) | 0;
  const dk = tmp >> 23;
  I32[0] = (ix - (tmp & 0xff800000)) | 0;
  const f = fr(F32[0]! - 1);
  const s = fr(f / fr(2 + f));
  const z = fr(s * s);
  const R = fr(z * poly32(z, LOG_PF));
  const hfsq = fr(0.5 * fr(f * f));
  const lo = fr(fr(dk * LN2_LOF) + c);
  return fr(fr(dk * LN2_HIF) - fr(fr(hfsq - fr(fr(s * fr(hfsq + R)) + lo)) - f));
}
/** log1p(y), y > -1. */
export function log1p32Core(y: number): number {
  const u = fr(1 + y);
  const c = fr(fr(y - fr(u - 1)) / u);
  return log32Core(u, c);
}
/** Positive normal finite float32 (bits - 0x00800000 < 0x7f000000 unsigned). */
function normalPos(u: number): boolean {
  return ((bits(u) - 0x00800000) >>> 0) < 0x7f000000;
}

export function log1p32(x: number): number {
  if (!normalPos(fr(1 + x))) return fr(log1p64(x));
  return orSign(log1p32Core(x), x);
}
export function atanh32(x: number): number {
  const a = Math.abs(x);
  if (!(a < 1)) return fr(atanh64(x));
  const t = fr(a + a);
  const small = a < 0.5;
  const q = fr((small ? fr(t * a) : t) / fr(1 - a));
  const y = small ? fr(t + q) : q;
  return orSign(fr(0.5 * log1p32Core(y)), x);
}
const LN2F = fr(0.6931471824645996);
const BIGF = 18446744073709551616;
export function asinh32(x: number): number {
  const a = Math.abs(x);
  if (!(a < Infinity)) return fr(asinh64(x));
  const z = fr(a * a);
  const s = fr(Math.sqrt(fr(1 + z)));
  let r: number;
  if (a <= 2) {
    const y = fr(a + fr(z / fr(1 + s)));
    r = log1p32Core(y);
  } else if (a >= BIGF) {
    r = log32Core(a, LN2F);
  } else {
    r = log32Core(fr(fr(a + a) + fr(1 / fr(s + a))), 0);
  }
  return orSign(r, x);
}
export function acosh32(x: number): number {
  if (!(x >= 1 && x < Infinity)) return fr(acosh64(x));
  if (x <= 2) {
    const t = fr(x - 1);
    return log1p32Core(fr(t + fr(Math.sqrt(fr(fr(t + t) + fr(t * t))))));
  }
  if (x >= BIGF) return log32Core(x, LN2F);
  return log32Core(fr(fr(x + x) - fr(1 / fr(x + fr(Math.sqrt(fr(fr(x * x) - 1)))))), 0);
}

const THIRDF = fr(0.3333333432674408);
/** cbrt: a guess from the bits, one Halley step, t rounded to 8 bits, a last Halley step. */
export function cbrt32(x: number): number {
  const a = Math.abs(x);
  if (!(a >= 7.888609052210118e-31 && a < 1.2676506002282294e30)) return fr(cbrt64(x));
  I32[0] = (Math.trunc(fr(fr(bits(a)) * THIRDF)) + 709958130) | 0;
  let t = F32[0]!;
  let t3 = fr(fr(t * t) * t);
  t = fr(t * fr(fr(t3 + fr(a + a)) / fr(fr(t3 + t3) + a)));
  I32[0] = (bits(t) + 0x8000) & 0xffff0000;
  t = F32[0]!;
  t3 = fr(fr(t * t) * t);
  t = fr(t - fr(t * fr(fr(t3 - a) / fr(fr(t3 + t3) + a))));
  return orSign(t, x);
}

export const ASIN_PF = new Float32Array([0.16666731238365173, 0.07495668530464172, 0.04546570032835007, 0.024057045578956604, 0.042553599923849106]);
const PIO2_HIF = fr(1.5707963705062866);
const PIO2_LOF = fr(-4.371138828673793e-8);
const PIO4_HIF = fr(0.7853981852531433);
const PIF = fr(3.1415927410125732);
/** s with its low 12 bits cleared. */
function clear12(s: number): number {
  I32[0] = bits(s) & 0xfffff000;
  return F32[0]!;
}
export function asin32(x: number): number {
  const a = Math.abs(x);
  if (!(a < 1)) return fr(asin64(x));
  if (a < 0.5) {
    const z = fr(x * x);
    return fr(x + fr(x * fr(z * poly32(z, ASIN_PF))));
  }
  const z = fr(fr(1 - a) * 0.5);
  const r = fr(z * poly32(z, ASIN_PF));
  const s = fr(Math.sqrt(z));
  const w = clear12(s);
  const c = fr(fr(z - fr(w * w)) / fr(s + w));
  const p = fr(fr(fr(s + s) * r) - fr(PIO2_LOF - fr(c + c)));
  const q = fr(PIO4_HIF - fr(w + w));
  return orSign(fr(PIO4_HIF - fr(p - q)), x);
}
export function acos32(x: number): number {
  const a = Math.abs(x);
  if (!(a < 1)) return fr(acos64(x));
  if (a < 0.5) {
    const z = fr(x * x);
    const r = fr(z * poly32(z, ASIN_PF));
    return fr(PIO2_HIF - fr(x - fr(PIO2_LOF - fr(x * r))));
  }
  const z = fr(fr(1 - a) * 0.5);
  const r = fr(z * poly32(z, ASIN_PF));
  const s = fr(Math.sqrt(z));
  const rs = fr(r * s);
  if (x < 0) return fr(PIF - fr(2 * fr(s + fr(rs - PIO2_LOF))));
  const w = clear12(s);
  const c = fr(fr(z - fr(w * w)) / fr(s + w));
  return fr(2 * fr(w + fr(rs + c)));
}

export const EXPM1_PF = new Float32Array([0.5, 0.1666666716337204, 0.04166622459888458, 0.00833328440785408, 0.0013949782587587833, 0.0001990890596061945]);
/** expm1: ((s - 1) + s rh) + s (r^2 P(r) - rl), s = 2^k. */
export function expm1_32(x: number): number {
  if (!(x <= 88)) return fr(expm1_64(x));
  const xc = x < -17.5 ? -17.5 : x;
  const t = fr(fr(xc * INVLN2F) + SHIFT23);
  const kd = fr(t - SHIFT23);
  const rh = fr(xc - fr(kd * LN2_HIF));
  const rl = fr(kd * LN2_LOF);
  const s = pow2(kd);
  const hi = fr(fr(s - 1) + fr(s * rh));
  const r = fr(rh - rl);
  const q = fr(fr(fr(r * r) * poly32(r, EXPM1_PF)) - rl);
  return orSign(fr(hi + fr(s * q)), x);
}

export const TANH_PF = new Float32Array([-0.3333331346511841, 0.133324533700943, -0.053837552666664124, 0.021007955074310303, -0.0061805048026144505]);
/** tanh: a + a z P(z) for a = |x| below 9/16, else 1 - 2 / (e^(2a) + 1) (2a clamped at 20); x's sign. */
export function tanh32(x: number): number {
  const a = Math.abs(x);
  if (!(a >= 0.5625)) {
    const z = fr(a * a);
    return orSign(fr(a + fr(fr(a * z) * poly32(z, TANH_PF))), x);
  }
  const v = fr(a + a);
  const e = exp32Fast(v < 20 ? v : 20);
  return orSign(fr(1 - fr(2 / fr(e + 1))), x);
}
