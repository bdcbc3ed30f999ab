/**
 * Reference of assembly/math/misc.ts: cbrt, hypot, logaddexp, logaddexp2, power.
 * Same algorithms, constants and operation order as the kernels, one element at a time.
 */
import { F, HI, LN2_HI, LN2_LO, LO, MIN_NORMAL, W, copysign, fromWords, hiWord, poly, prodErr } from "./base.js";
import { hypot64 as libmHypot64 } from "../complex/libm.js";
import { MANT1, decompose, exp2_64, exp64, expDD, expScaledDD, log1p64 } from "./exp-log.js";

// ---- cbrt, hypot, logaddexp, power (assembly/math/misc.ts) -------------------------------------
export const CBRT_P = [1.87595182427177009643, -1.88497979543377169875, 1.621429720105354466140, -0.758397934778766047437, 0.145996192886612446982];
export function cbrtCore(ax: number): number {
  const hx = hiWord(ax) >>> 0;
  const q = Math.trunc(hx * 0.3333333333333333);
  let t = fromWords((q + 715094163) | 0, 0);
  let r = t * t * (t / ax);
  const p1 = CBRT_P[0]! + r * (CBRT_P[1]! + r * CBRT_P[2]!);
  const p2 = r * r * r * (CBRT_P[3]! + r * CBRT_P[4]!);
  t = t * (p1 + p2);
  // round to 22 bits: add 2^31 to the 64-bit encoding, clear the low 30 bits
  F[0] = t;
  let lo = (W[LO]! >>> 0) + 0x80000000;
  let hi = W[HI]!;
  if (lo >= 0x100000000) {
    lo -= 0x100000000;
    hi = (hi + 1) | 0;
  }
  t = fromWords(hi, lo & 0xc0000000);
  const s = t * t;
  r = ax / s;
  const w = t + t;
  r = (r - t) / (w + r);
  return t + t * r;
}
export function cbrt64(x: number): number {
  const ax = Math.abs(x);
  if (ax >= MIN_NORMAL && ax < Infinity) return copysign(cbrtCore(ax), x);
  if (x !== x || x === 0 || ax === Infinity) return x;
  const y = cbrtCore(ax * 18014398509481984.0) * 3.814697265625e-6;
  return x < 0 ? -y : y;
}
/** glibc's hypot (NumPy's npy_hypot), shared with the complex absolute value. */
export const hypot64 = libmHypot64;
/** Lane-wise max as WebAssembly's f64x2.max: NaN if either is NaN, +0 over -0. */
export function wmax(a: number, b: number): number {
  if (a !== a || b !== b) return NaN;
  return Math.max(a, b);
}
export function logaddexp64(x: number, y: number): number {
  if (x === y) return x + 0.6931471805599453;
  const mx = wmax(x, y);
  const d = -Math.abs(x - y);
  return mx + log1p64(exp64(d));
}
export function logaddexp2_64(x: number, y: number): number {
  if (x === y) return x + 1;
  const mx = wmax(x, y);
  const d = -Math.abs(x - y);
  return mx + 1.4426950408889634 * log1p64(exp2_64(d));
}

export const POW_Q = new Float64Array([
  0.4, 0.28571428571429364, 0.22222222221655907, 0.181818183353876, 0.15384594963074136,
  0.13334804663624336, 0.11706237148816372, 0.11723170160799075,
]);
export const TWO3_HI = 0.6666666666666666;
export const TWO3_LO = 3.700743415417188e-17;
export let PL = 0;
/** y log(ax) (ax positive normal) as PH (returned) + PL. */
export function yLog(ax: number, y: number, eadj: number): number {
  const e = decompose(ax) + eadj;
  const f = MANT1;
  const dh = 2 + f;
  const dl = f - (dh - 2);
  const sh = f / dh;
  const p = sh * dh;
  const sl = (f - p - prodErr(sh, dh, p) - sh * dl) / dh;
  const zh = sh * sh;
  const zl = prodErr(sh, sh, zh);
  const ch = zh * sh;
  const cl = prodErr(zh, sh, ch) + zl * sh + 3 * zh * sl;
  const t1h = TWO3_HI * ch;
  const t1l = prodErr(TWO3_HI, ch, t1h) + TWO3_HI * cl + TWO3_LO * ch;
  const t2 = ch * zh * poly(zh, POW_Q);
  const s2 = sh + sh;
  const ah = s2 + t1h;
  const al = t1h - (ah - s2) + (sl + sl) + t1l + t2;
  const eh = e * LN2_HI;
  const lh0 = eh + ah;
  const ll0 = ah - (lh0 - eh) + al + e * LN2_LO;
  const LH = lh0 + ll0;
  const LL = ll0 - (LH - lh0);
  const ph = y * LH;
  PL = prodErr(y, LH, ph) + y * LL;
  return ph;
}
export function isOddInt(y: number): boolean {
  if (Math.abs(y) >= 9007199254740992.0 || Math.floor(y) !== y) return false;
  return Math.floor(y * 0.5) !== y * 0.5;
}
export function powSpecial(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return x + y;
  const ax = Math.abs(x);
  if (Math.abs(y) === Infinity) {
    if (ax === 1) return 1;
    return ax < 1 === y < 0 ? Infinity : 0;
  }
  const odd = isOddInt(y);
  if (ax === 0) {
    if (y < 0) return odd ? 1 / x : Infinity;
    return odd ? x : 0;
  }
  if (ax === Infinity) {
    if (x > 0) return y < 0 ? 0 : Infinity;
    if (odd) return y < 0 ? -0 : -Infinity;
    return y < 0 ? 0 : Infinity;
  }
  if (x < 0 && Math.floor(y) !== y) return NaN;
  if (ax === 1) return odd ? -1 : 1;
  if (Math.abs(y) >= 8.452712498170644e270) {
    const big = ax > 1 === y > 0;
    return big ? (x < 0 && odd ? -Infinity : Infinity) : x < 0 && odd ? -0 : 0;
  }
  let u = ax;
  let adj = 0;
  if (u < MIN_NORMAL) {
    u *= 18014398509481984.0;
    adj = -54;
  }
  const ph = yLog(u, y, adj);
  const pl = PL;
  const r = ph > 709.8 ? Infinity : ph < -745.2 ? 0 : expScaledDD(ph, pl, 0);
  return x < 0 && odd ? -r : r;
}
export function power64(x: number, y: number): number {
  const ax = Math.abs(x);
  if (ax >= MIN_NORMAL && ax < Infinity && Math.abs(y) < 8.452712498170644e270 && (x > 0 || Math.floor(y) === y)) {
    const ph = yLog(ax, y, 0);
    if (Math.abs(ph) < 708) {
      const r = expDD(ph, PL);
      return x < 0 && isOddInt(y) ? -r : r;
    }
  }
  return powSpecial(x, y);
}
