/**
 * Reference of assembly/math/exp.ts and log.ts: exp, exp2, expm1, sinh, cosh, tanh (the
 * 512-entry table method) and log (256-entry table), log2, log10, log1p, arcsinh, arccosh, arctanh.
 * Same algorithms, constants and operation order as the kernels, one element at a time.
 */
import { F, HI, LN2_HI, LN2_LO, LO, MIN_NORMAL, SHIFT52, W, clearLow, copysign, poly, pow2 } from "./base.js";
import { EXP_S, EXP_TAIL, LOG_C, LOG_T } from "./tables.js";

// ---- exponentials (assembly/math/exp.ts) --------------------------------------------------------
export const EXPC = 738.6598609351493;
export const EXP_L1 = 0.0013538030325435102;
export const EXP_L2 = 5.448763298386239e-11;
export const C2 = 0.49999999999999983;
export const C3 = 0.16666667011919703;
export const C4 = 0.04166666767389784;
export const B0 = 0.6931471805599446;
export const B1 = 0.24022650695910064;
export const B2 = 0.055504110649260585;
export const B3 = 0.00961812933687986;

/** k = round(x 512/ln2) as the kernels form it. */
export function expK(x: number): number {
  return x * EXPC + SHIFT52 - SHIFT52;
}
/** p with e^(x + xl) = S (1 + p) for k = kd (table index kd & 511). */
export function expP(x: number, xl: number, kd: number): number {
  const r = x - kd * EXP_L1 + (xl - kd * EXP_L2);
  const r2 = r * r;
  return EXP_TAIL[kd & 511]! + r + r2 * (C2 + r * C3) + r2 * r2 * C4;
}
/** s (1 + p) with s = s_i 2^q for q outside the normal range: two scalings, one rounding. */
export function scaleSpecial(si: number, q: number, p: number): number {
  if (q > 0) {
    const s = si * pow2(q - 1009);
    return (s + s * p) * 5.486124068793689e303;
  }
  const s = si * pow2(q + 1022);
  let y = s + s * p;
  if (y < 1.0) {
    const lo0 = s - y + s * p;
    const hi = 1.0 + y;
    const lo = 1.0 - hi + y + lo0;
    y = hi + lo - 1.0;
  }
  return y * 2.2250738585072014e-308;
}
/** e^(x + xl) 2^adj for any x (adj 0 or -1). */
export function expScaledDD(x: number, xl: number, adj: number): number {
  if (x !== x) return x;
  if (x > (adj === 0 ? 709.782712893383973096 : 710.4758600739439)) return Infinity;
  if (x < -745.13321910194110842) return 0;
  const kd = expK(x);
  const p = expP(x, xl, kd);
  const q = (kd >> 9) + adj;
  const si = EXP_S[kd & 511]!;
  if (q > -1022 && q < 1023) {
    const s = si * pow2(q);
    return s + s * p;
  }
  return scaleSpecial(si, q, p);
}
export function expSpecial(x: number): number {
  return expScaledDD(x, 0, 0);
}
/** e^x for |x| < 708. */
export function expFast(x: number): number {
  const kd = expK(x);
  const s = EXP_S[kd & 511]! * pow2(kd >> 9);
  return s + s * expP(x, 0, kd);
}
/** e^(ph + pl) for |ph| < 708. */
export function expDD(ph: number, pl: number): number {
  const kd = expK(ph);
  const s = EXP_S[kd & 511]! * pow2(kd >> 9);
  return s + s * expP(ph, pl, kd);
}
export function exp64(x: number): number {
  return Math.abs(x) < 708 ? expFast(x) : expSpecial(x);
}

export function exp2P(x: number, kd: number): number {
  const r = x - kd * 0.001953125;
  const r2 = r * r;
  return EXP_TAIL[kd & 511]! + r * (B0 + r * B1 + r2 * (B2 + r * B3));
}
export function exp2_64(x: number): number {
  const kd = x * 512 + SHIFT52 - SHIFT52;
  if (Math.abs(x) < 1020) {
    const s = EXP_S[kd & 511]! * pow2(kd >> 9);
    return s + s * exp2P(x, kd);
  }
  if (x !== x) return x;
  if (x >= 1024) return Infinity;
  if (x <= -1075) return 0;
  return scaleSpecial(EXP_S[kd & 511]!, kd >> 9, exp2P(x, kd));
}

export const D2 = 0.49999999999998934;
const D3 = 0.16666666666666513;
const D4 = 0.04166667755555689;
const D5 = 0.008333334888889037;
export function expm1Fast(x: number): number {
  const kd = Math.abs(x) < 0.0027 ? 0 : expK(x);
  const s = EXP_S[kd & 511]! * pow2(kd >> 9);
  const r = x - kd * EXP_L1 - kd * EXP_L2;
  const r2 = r * r;
  const p = EXP_TAIL[kd & 511]! + (r + (r2 * (D2 + r * D3) + r2 * r2 * (D4 + r * D5)));
  const b = s - 1;
  const eb = s - (b + 1);
  return copysign(b + (s * p + eb), x);
}
export function expm1_64(x: number): number {
  if (Math.abs(x) < 708) return expm1Fast(x);
  if (x !== x) return x;
  if (x < 0) return -1;
  return expSpecial(x) - 1;
}

export function sinh64(x: number): number {
  const ax = Math.abs(x);
  if (ax < 708) {
    const u = expm1Fast(ax);
    return copysign(0.5 * (u + u / (u + 1)), x);
  }
  if (x !== x) return x;
  const y = expScaledDD(ax, 0, -1);
  return x < 0 ? -y : y;
}
export function cosh64(x: number): number {
  const ax = Math.abs(x);
  if (ax < 708) {
    const e = expFast(ax);
    return 0.5 * (e + 1 / e);
  }
  if (x !== x) return x;
  return expScaledDD(ax, 0, -1);
}
export function tanh64(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  const u = expm1Fast(Math.min(ax + ax, 44));
  return copysign(u / (u + 2), x);
}

// ---- log: table-driven (assembly/math/log.ts logTable) ------------------------------------------
export const LOG_Q0 = 0.3333333333322082;
export const LOG_Q1 = -0.24999999999901554;
export const LOG_Q2 = 0.20000085046257032;
export const LOG_Q3 = -0.16666741082149228;
/** log x for positive normal x by the table (exponent minus 54 when sub54). */
export function logTable(x: number, sub54: boolean): number {
  F[0] = x;
  const hi = W[HI]!;
  const tmpHi = (hi - 0x3fe5f800) | 0;
  const kd = (tmpHi >> 20) + (sub54 ? -54 : 0);
  const i = (tmpHi >>> 12) & 255;
  W[HI] = (hi - (tmpHi & 0xfff00000)) | 0;
  const z = F[0]!;
  const r = (z - LOG_C[i]!) * LOG_T[2 * i]!;
  const logc = LOG_T[2 * i + 1]!;
  const t = kd * LN2_HI;
  const w = t + logc;
  const lo = t - w + logc + kd * LN2_LO;
  const r2 = r * r;
  const q = LOG_Q0 + r * LOG_Q1 + r2 * (LOG_Q2 + r * LOG_Q3);
  const p = -0.5 * r2 + r2 * r * q;
  return w + (r + (p + lo));
}

// ---- logarithms (assembly/math/log.ts) ----------------------------------------------------------
export const LOG_P = new Float64Array([
  0.666666666666667, 0.3999999999989945, 0.28571428626001427, 0.22222211130560726,
  0.18182889433757515, 0.15331711346672997, 0.14616576421644387,
]);
export const OFF_HI = 0x3fe6a09e;
export const OFF_LO = 0x667f3bcd;
export let MANT1 = 0;
/** For positive normal u = 2^e m, m in [sqrt(2)/2, sqrt(2)): returns e, sets MANT1 = m - 1. */
export function decompose(u: number): number {
  F[0] = u;
  const hi = W[HI]!;
  const lo = W[LO]! >>> 0;
  const borrow = lo < OFF_LO ? 1 : 0;
  const e = (hi - OFF_HI - borrow) >> 20;
  W[HI] = hi - (e << 20);
  MANT1 = F[0]! - 1;
  return e;
}
export function logCore(f: number, dk: number, corr: number): number {
  const s = f / (2 + f);
  const z = s * s;
  const R = z * poly(z, LOG_P);
  const hfsq = 0.5 * (f * f);
  const lo = dk * LN2_LO + corr;
  return dk * LN2_HI - (hfsq - (s * (hfsq + R) + lo) - f);
}
export function logCoreNoCorr(f: number, dk: number): number {
  const s = f / (2 + f);
  const z = s * s;
  const R = z * poly(z, LOG_P);
  const hfsq = 0.5 * (f * f);
  const lo = dk * LN2_LO;
  return dk * LN2_HI - (hfsq - (s * (hfsq + R) + lo) - f);
}
export const IVLN2_HI = 1.44269504072144627571e+00;
export const IVLN2_LO = 1.67517131648865118353e-10;
export const IVLN10_HI = 4.34294481878168880939e-01;
export const IVLN10_LO = 2.50829467116452752298e-11;
export const LOG10_2HI = 3.01029995663611771306e-01;
export const LOG10_2LO = 3.69423907715893078616e-13;
export function log2Core(f: number, dk: number): number {
  const hfsq = 0.5 * (f * f);
  const s = f / (2 + f);
  const z = s * s;
  const R = z * poly(z, LOG_P);
  const hi = clearLow(f - hfsq);
  const lo = f - hi - hfsq + s * (hfsq + R);
  let vhi = hi * IVLN2_HI;
  let vlo = (lo + hi) * IVLN2_LO + lo * IVLN2_HI;
  const w = dk + vhi;
  vlo = vlo + (dk - w + vhi);
  vhi = w;
  return vlo + vhi;
}
export function log10Core(f: number, dk: number): number {
  const hfsq = 0.5 * (f * f);
  const s = f / (2 + f);
  const z = s * s;
  const R = z * poly(z, LOG_P);
  const hi = clearLow(f - hfsq);
  const lo = f - hi - hfsq + s * (hfsq + R);
  let vhi = hi * IVLN10_HI;
  const y2 = dk * LOG10_2HI;
  let vlo = dk * LOG10_2LO + (lo + hi) * IVLN10_LO + lo * IVLN10_HI;
  const w = y2 + vhi;
  vlo = vlo + (y2 - w + vhi);
  vhi = w;
  return vlo + vhi;
}
/** log, log2, log10 (which 0, 1, 2) of any x. */
export function logAny(x: number, which: number): number {
  let dk: number;
  if (x >= MIN_NORMAL && x < Infinity) {
    if (which === 0) return logTable(x, false);
    dk = decompose(x);
  } else {
    if (x !== x) return x;
    if (x < 0) return NaN;
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (which === 0) return logTable(x * 18014398509481984.0, true);
    dk = decompose(x * 18014398509481984.0) - 54;
  }
  const f = MANT1;
  return which === 0 ? logCoreNoCorr(f, dk) : which === 1 ? log2Core(f, dk) : log10Core(f, dk);
}

/** log(1 + y) with the rounding error of 1 + y corrected, exponent plus dkadd. */
export function log1pCore(y: number): number {
  const u = 1 + y;
  const bb = u - 1;
  const c = 1 - (u - bb) + (y - bb);
  const dk = decompose(u);
  return logCore(MANT1, dk, c / u);
}
export function logUCore(u: number, dkadd: number, corr: number): number {
  const e = decompose(u);
  return logCore(MANT1, e + dkadd, corr);
}
export function log1p64(x: number): number {
  if (x > -1 && x < 1e300) return copysign(log1pCore(x), x);
  if (x !== x) return x;
  if (x < -1) return NaN;
  if (x === -1) return -Infinity;
  if (x === Infinity) return x;
  return logTable(x, false);
}
export function asinh64(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 1e300)) {
    if (x !== x || ax === Infinity) return x;
    const y = logUCore(ax * 0.5, 2, 0);
    return x < 0 ? -y : y;
  }
  const z = ax * ax;
  const S = Math.sqrt(1 + z);
  const small = ax <= 2;
  const big = ax > 268435456.0;
  const q = (small ? z : 1) / (small ? 1 + S : S + ax);
  const y = ax + q;
  const u1 = 1 + y;
  const bb = u1 - 1;
  const c = 1 - (u1 - bb) + (y - bb);
  const u = small ? u1 : big ? ax : ax + ax + q;
  const corr = small ? c / u : 0;
  return copysign(logUCore(u, big ? 1 : 0, corr), x);
}
export function acosh64(x: number): number {
  if (!(x >= 1 && x < 1e300)) {
    if (x !== x) return x;
    if (x < 1) return NaN;
    if (x === Infinity) return x;
    return logUCore(x * 0.5, 2, 0);
  }
  const small = x <= 2;
  const big = x > 268435456.0;
  const t = x - 1;
  const y = t + Math.sqrt(t + t + t * t);
  const u1 = 1 + y;
  const bb = u1 - 1;
  const c = 1 - (u1 - bb) + (y - bb);
  const mid = x + x - 1 / (x + Math.sqrt(x * x - 1));
  const u = small ? u1 : big ? x : mid;
  const corr = small ? c / u : 0;
  return logUCore(u, big ? 1 : 0, corr);
}
export function atanh64(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 1)) {
    if (x !== x) return x;
    if (ax > 1) return NaN;
    return x < 0 ? -Infinity : Infinity;
  }
  const t = ax + ax;
  const small = ax < 0.5;
  const q = (small ? t * ax : t) / (1 - ax);
  const y = small ? t + q : q;
  return copysign(0.5 * log1pCore(y), x);
}
