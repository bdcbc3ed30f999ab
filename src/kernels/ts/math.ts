/**
 * The TypeScript scalar reference of the transcendental kernels (assembly/transcendental.ts): the
 * same algorithms, constants and operation order, one element at a time, so it gives the
 * kernels' results bit for bit (float64 arithmetic is IEEE in both; the float32 kernels compute in
 * float64 and round once, as `Math.fround` does here). The op layer uses it for arrays too small
 * to be worth a trip into WebAssembly, and the tests use it as the oracle the kernels must match.
 *
 * `reference["exp_f64"](x)`, `reference["power_f32"](x, y)`, ...: one function per kernel name.
 */

// ---- bit access ---------------------------------------------------------------------------------
const F = new Float64Array(1);
const W = new Int32Array(F.buffer); // W[0] low word, W[1] high word (little-endian hosts)
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;
const HI = LITTLE ? 1 : 0;

function hiWord(x: number): number {
  F[0] = x;
  return W[HI]!;
}
function fromWords(hi: number, lo: number): number {
  W[HI] = hi;
  W[LO] = lo;
  return F[0]!;
}
/** x with the low 32 bits of its encoding cleared. */
function clearLow(x: number): number {
  F[0] = x;
  W[LO] = 0;
  return F[0]!;
}
function copysign(y: number, x: number): number {
  const neg = x < 0 || Object.is(x, -0) || (Number.isNaN(x) && hiWord(x) < 0);
  return neg ? -Math.abs(y) : Math.abs(y);
}
/** 2^k for integer k in [-1074, 1023]. */
function pow2(k: number): number {
  if (k >= -1022) return fromWords((k + 1023) << 20, 0);
  return k >= -1042 ? fromWords(1 << (k + 1074 - 32), 0) : fromWords(0, 1 << (k + 1074));
}

const SHIFT52 = 6755399441055744.0;
const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const INVLN2 = 1.4426950408889634;
const MIN_NORMAL = 2.2250738585072014e-308;

/** Error of the product a * b = p (Dekker, no fma). */
function prodErr(a: number, b: number, p: number): number {
  const ca = 134217729.0 * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = 134217729.0 * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

const TERMS = new Float64Array(16);
/**
 * Estrin evaluation of c[0] + c[1] z + ... + c[n-1] z^(n-1) in the kernels' operation order
 * (assembly/math/vec.ts `poly`): pairs c[2i] + c[2i+1] z, then pairs of those with z^2, z^4, ...
 */
function poly(z: number, c: Float64Array): number {
  let n = 0;
  for (let i = 0; i < c.length; i += 2, n++) TERMS[n] = i + 1 < c.length ? c[i]! + c[i + 1]! * z : c[i]!;
  let pw = z;
  while (n > 1) {
    pw = pw * pw;
    let m = 0;
    for (let i = 0; i < n; i += 2, m++) TERMS[m] = i + 1 < n ? TERMS[i]! + TERMS[i + 1]! * pw : TERMS[i]!;
    n = m;
  }
  return TERMS[0]!;
}

// ---- exponentials (assembly/math/exp.ts) --------------------------------------------------------
const EXP_E = new Float64Array([
  0.5, 0.1666666666666667, 0.04166666666666667, 0.008333333333326136, 0.001388888888888375,
  0.00019841269874815834, 2.480158732554432e-05, 2.7557255406285044e-06, 2.7557273647451087e-07,
  2.5105214474751413e-08, 2.0914685161418067e-09,
]);
const SINH_P = new Float64Array([
  0.16666666666666666, 0.008333333333333331, 0.00019841269841270936, 2.7557319223705004e-06,
  2.505210842152821e-08, 1.6059041233681633e-10, 7.647273957195198e-13, 2.8087409252747675e-15,
  8.580357849794261e-18,
]);
const TANH_P = new Float64Array([
  -0.3333333333333333, 0.13333333333332661, -0.05396825396758208, 0.021869488509711037,
  -0.008863234987439102, 0.0035921213885060418, -0.0014557818253310693, 0.0005897469986953327,
  -0.00023809406936979282, 9.42476297649358e-05, -3.449472469998217e-05, 1.0048053928129499e-05,
  -1.6408599646831444e-06,
]);

/** e^r - 1 for the reduced argument of x with kd = round(x / ln2). */
function expReduced(x: number, kd: number): number {
  const r = x - kd * LN2_HI - kd * LN2_LO;
  return r + r * r * poly(r, EXP_E);
}
function expKd(x: number): number {
  return x * INVLN2 + SHIFT52 - SHIFT52;
}
/** e^x for |x| < 708. */
function expFast(x: number): number {
  const kd = expKd(x);
  return (1 + expReduced(x, kd)) * pow2(kd);
}
function expScaled(x: number, adj: number): number {
  const kd = expKd(x);
  const m = 1 + expReduced(x, kd);
  const kk = kd + adj;
  if (kk > 1023) return m * pow2(kk - 64) * 18446744073709551616.0;
  if (kk < -1000) return m * pow2(kk + 64) * 5.421010862427522e-20;
  return m * pow2(kk);
}
function expSpecial(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893383973096) return Infinity;
  if (x < -745.13321910194110842) return 0;
  return expScaled(x, 0);
}
function exp64(x: number): number {
  return Math.abs(x) < 708 ? expFast(x) : expSpecial(x);
}

const LN2 = 0.6931471805599453;
const LN2_TAIL = 2.3190468138462996e-17;
function exp2Mant(r: number): number {
  const rh = r * LN2;
  const rl = prodErr(r, LN2, rh) + r * LN2_TAIL;
  const q = rh * rh * poly(rh, EXP_E);
  const s = 1 + rh;
  const e1 = 1 - s + rh;
  return s + (e1 + (rl + q));
}
function exp2_64(x: number): number {
  if (Math.abs(x) < 1020) {
    const kd = x + SHIFT52 - SHIFT52;
    return exp2Mant(x - kd) * pow2(kd);
  }
  if (x !== x) return x;
  if (x >= 1024) return Infinity;
  if (x <= -1075) return 0;
  const kd = x + SHIFT52 - SHIFT52;
  const m = exp2Mant(x - kd);
  if (kd > 1000) return m * pow2(kd - 64) * 18446744073709551616.0;
  if (kd < -1000) return m * pow2(kd + 64) * 5.421010862427522e-20;
  return m * pow2(kd);
}

function expm1_64(x: number): number {
  if (!(x >= -40 && x < 709)) {
    if (x !== x) return x;
    if (x < -40) return -1;
    return expSpecial(x) - 1;
  }
  const kd = expKd(x);
  const t1 = x - kd * LN2_HI;
  const w = kd * LN2_LO;
  const rh = t1 - w;
  const rl = t1 - rh - w;
  const q = rh * rh * poly(rh, EXP_E);
  const ph = rh + q;
  const pl = q - (ph - rh) + rl * (1 + rh);
  const two = pow2(kd);
  const a = two * ph;
  const b = two - 1;
  const s = a + b;
  const bb = s - a;
  const err = a - (s - bb) + (b - bb);
  return copysign(s + (err + two * pl), x);
}

function sinh64(x: number): number {
  const ax = Math.abs(x);
  let y: number;
  if (ax < 2) {
    const z = x * x;
    y = x + x * z * poly(z, SINH_P);
  } else if (!(ax < 708)) {
    if (x !== x) return x;
    y = ax > 710.4758600739439 ? Infinity : expScaled(ax, -1);
    y = x < 0 ? -y : y;
  } else {
    const e = expFast(ax);
    y = copysign(0.5 * (e - 1 / e), x);
  }
  return copysign(y, x);
}
function cosh64(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 708)) {
    if (x !== x) return x;
    return ax > 710.4758600739439 ? Infinity : expScaled(ax, -1);
  }
  const e = expFast(ax);
  return 0.5 * (e + 1 / e);
}
function tanh64(x: number): number {
  const ax = Math.abs(x);
  let y: number;
  if (ax < 0.75) {
    const z = x * x;
    y = x + x * z * poly(z, TANH_P);
  } else if (x !== x) {
    return x;
  } else {
    const e = expFast(Math.min(ax + ax, 44));
    y = 1 - 2 / (e + 1);
  }
  return copysign(y, x);
}

// ---- logarithms (assembly/math/log.ts) ----------------------------------------------------------
const LOG_P = new Float64Array([
  0.666666666666667, 0.3999999999989945, 0.28571428626001427, 0.22222211130560726,
  0.18182889433757515, 0.15331711346672997, 0.14616576421644387,
]);
const OFF_HI = 0x3fe6a09e;
const OFF_LO = 0x667f3bcd;
let MANT1 = 0;
/** For positive normal u = 2^e m, m in [sqrt(2)/2, sqrt(2)): returns e, sets MANT1 = m - 1. */
function decompose(u: number): number {
  F[0] = u;
  const hi = W[HI]!;
  const lo = W[LO]! >>> 0;
  const borrow = lo < OFF_LO ? 1 : 0;
  const e = (hi - OFF_HI - borrow) >> 20;
  W[HI] = hi - (e << 20);
  MANT1 = F[0]! - 1;
  return e;
}
function logCore(f: number, dk: number, corr: number): number {
  const s = f / (2 + f);
  const z = s * s;
  const R = z * poly(z, LOG_P);
  const hfsq = 0.5 * (f * f);
  const lo = dk * LN2_LO + corr;
  return dk * LN2_HI - (hfsq - (s * (hfsq + R) + lo) - f);
}
function logCoreNoCorr(f: number, dk: number): number {
  const s = f / (2 + f);
  const z = s * s;
  const R = z * poly(z, LOG_P);
  const hfsq = 0.5 * (f * f);
  const lo = dk * LN2_LO;
  return dk * LN2_HI - (hfsq - (s * (hfsq + R) + lo) - f);
}
const IVLN2_HI = 1.44269504072144627571e+00;
const IVLN2_LO = 1.67517131648865118353e-10;
const IVLN10_HI = 4.34294481878168880939e-01;
const IVLN10_LO = 2.50829467116452752298e-11;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;
function log2Core(f: number, dk: number): number {
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
function log10Core(f: number, dk: number): number {
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
function logAny(x: number, which: number): number {
  let dk: number;
  if (x >= MIN_NORMAL && x < Infinity) {
    dk = decompose(x);
  } else {
    if (x !== x) return x;
    if (x < 0) return NaN;
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    dk = decompose(x * 18014398509481984.0) - 54;
  }
  const f = MANT1;
  return which === 0 ? logCoreNoCorr(f, dk) : which === 1 ? log2Core(f, dk) : log10Core(f, dk);
}

/** log(1 + y) with the rounding error of 1 + y corrected, exponent plus dkadd. */
function log1pCore(y: number): number {
  const u = 1 + y;
  const bb = u - 1;
  const c = 1 - (u - bb) + (y - bb);
  const dk = decompose(u);
  return logCore(MANT1, dk, c / u);
}
function logUCore(u: number, dkadd: number, corr: number): number {
  const e = decompose(u);
  return logCore(MANT1, e + dkadd, corr);
}
function log1p64(x: number): number {
  if (x > -1 && x < 1e300) return copysign(log1pCore(x), x);
  if (x !== x) return x;
  if (x < -1) return NaN;
  if (x === -1) return -Infinity;
  if (x === Infinity) return x;
  return logAny(x, 0);
}
function asinh64(x: number): number {
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
function acosh64(x: number): number {
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
function atanh64(x: number): number {
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

// ---- sin, cos, tan (assembly/math/trig.ts) ------------------------------------------------------
const TWO_OVER_PI = 6.36619772367581382433e-01;
const PIO2_1 = 1.57079632673412561417e+00;
const PIO2_2 = 6.07710050630396597660e-11;
const PIO2_3 = 2.02226624871116645580e-21;
const PIO2_3T = 8.47842766036889956997e-32;
const SIN_S = new Float64Array([
  -0.16666666666666666, 0.008333333333330946, -0.000198412698367542, 2.7557316100283695e-06,
  -2.5051131372218632e-08, 1.5918095236696272e-10,
]);
const COS_C = new Float64Array([
  0.041666666666666664, -0.0013888888888887395, 2.480158729876295e-05, -2.755731727031051e-07,
  2.087614597263508e-09, -1.1382611119025631e-11,
]);
const INV_PIO2_WORDS = [
  0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599, 0x3c439041, 0xfe5163ab, 0xdebbc561,
  0xb7246e3a, 0x424dd2e0, 0x06492eea, 0x09d1921c, 0xfe1deb1c, 0xb129a73e, 0xe88235f5, 0x2ebb4484,
  0xe99c7026, 0xb45f7e41, 0x3991d639, 0x835339f4, 0x9c845f8b, 0xbdf9283b, 0x1ff897ff, 0xde05980f,
  0xef2f118b, 0x5a0a6d1f, 0x6d367ecf, 0x27cb09b7, 0x4f463f66, 0x9e5fea2d, 0x7527bac7, 0xebe5f17b,
  0x3d0739f7, 0x8a5292ea, 0x6bfb5fb1, 0x1f8d5d08, 0x56033046, 0xfc7b6bab, 0xf0cfbc20, 0x9af4361d,
];
let INV_PIO2: bigint | null = null;

function sinK(rh: number, rl: number): number {
  const z = rh * rh;
  const v = z * rh;
  return rh + (v * poly(z, SIN_S) + (rl - 0.5 * z * rl));
}
function cosK(rh: number, rl: number): number {
  const z = rh * rh;
  const hz = 0.5 * z;
  const w = 1 - hz;
  return w + (1 - w - hz + (z * z * poly(z, COS_C) - rh * rl));
}
/** sin (q even/odd picks sin/cos, q & 2 negates) of the reduced argument. */
function pick(s: number, c: number, q: number, tan: boolean): number {
  const odd = (q & 1) !== 0;
  if (tan) return (odd ? -c : s) / (odd ? s : c);
  const y = odd ? c : s;
  return (q & 2) !== 0 ? -y : y;
}
let RH = 0;
let RL = 0;
/** Cody-Waite reduction; returns k (the quadrant is k mod 4). */
function reduce(x: number): number {
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
function payneHanek(x: number): number {
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
function trig64(x: number, which: number): number {
  const ax = Math.abs(x);
  let q: number;
  if (ax < 823549.6 && ax > 0) {
    q = reduce(x);
  } else {
    if (x !== x) return x;
    if (ax === Infinity) return NaN;
    if (x === 0) return which === 1 ? 1 : x;
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
const ATAN_A = new Float64Array([
  -0.3333333333333333, 0.19999999999999407, -0.1428571428556615, 0.11111111096587765,
  -0.09090908353049669, 0.0769228548876496, -0.06666240859375808, 0.0587693549653035,
  -0.05216607416783708, 0.044919637149159995, -0.033121323310643644, 0.01476642155379467,
]);
const ASIN_P = new Float64Array([
  0.16666666666666669, 0.07499999999998433, 0.04464285714635543, 0.030381944138531247,
  0.02237217294214989, 0.017352392720869973, 0.013971212973552933, 0.011479177415184906,
  0.01032281435018578, 0.005457506718640358, 0.01740087944269402, -0.014851887071247204,
  0.028757851367421566,
]);
const PIO4_HI = 0.7853981633974483;
const PIO2_HI = 1.5707963267948966;
const PIO2_LO = 6.123233995736766e-17;
const PI_HI = 3.141592653589793;
const PI_LO = 1.2246467991473532e-16;

function atanPos(t: number): number {
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
function atan64(x: number): number {
  return copysign(atanPos(Math.abs(x)), x);
}
function asin64(x: number): number {
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
function acos64(x: number): number {
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
function atan2Special(y: number, x: number): number {
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
function atan2_64(y: number, x: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (!(ax < Infinity && ay < Infinity && ax > 0 && ay > 0)) return atan2Special(y, x);
  let a = atanPos(Math.min(ax, ay) / Math.max(ax, ay));
  if (ay > ax) a = PIO2_HI - (a - PIO2_LO);
  if (x < 0) a = PI_HI - (a - PI_LO);
  return copysign(a, y);
}

// ---- cbrt, hypot, logaddexp, power (assembly/math/misc.ts) -------------------------------------
const CBRT_P = [1.87595182427177009643, -1.88497979543377169875, 1.621429720105354466140, -0.758397934778766047437, 0.145996192886612446982];
function cbrtCore(ax: number): number {
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
function cbrt64(x: number): number {
  const ax = Math.abs(x);
  if (ax >= MIN_NORMAL && ax < Infinity) return copysign(cbrtCore(ax), x);
  if (x !== x || x === 0 || ax === Infinity) return x;
  const y = cbrtCore(ax * 18014398509481984.0) * 3.814697265625e-6;
  return x < 0 ? -y : y;
}
function hypot64(x: number, y: number): number {
  const a = Math.max(Math.abs(x), Math.abs(y));
  if (a <= 3.273390607896142e150 && a >= 3.054936363499605e-151) return Math.sqrt(x * x + y * y);
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (ax === Infinity || ay === Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  if (a === 0) return 0;
  const s = a > 1 ? 2.409919865102884e-181 : 4.149515568880993e180;
  const xs = ax * s;
  const ys = ay * s;
  return Math.sqrt(xs * xs + ys * ys) / s;
}
/** Lane-wise max as WebAssembly's f64x2.max: NaN if either is NaN, +0 over -0. */
function wmax(a: number, b: number): number {
  if (a !== a || b !== b) return NaN;
  return Math.max(a, b);
}
function logaddexp64(x: number, y: number): number {
  if (x === y) return x + 0.6931471805599453;
  const mx = wmax(x, y);
  const d = -Math.abs(x - y);
  return mx + log1p64(exp64(d));
}
function logaddexp2_64(x: number, y: number): number {
  if (x === y) return x + 1;
  const mx = wmax(x, y);
  const d = -Math.abs(x - y);
  return mx + 1.4426950408889634 * log1p64(exp2_64(d));
}

const POW_Q = new Float64Array([
  0.4, 0.28571428571429364, 0.22222222221655907, 0.181818183353876, 0.15384594963074136,
  0.13334804663624336, 0.11706237148816372, 0.11723170160799075,
]);
const TWO3_HI = 0.6666666666666666;
const TWO3_LO = 3.700743415417188e-17;
let PL = 0;
/** y log(ax) (ax positive normal) as PH (returned) + PL. */
function yLog(ax: number, y: number, eadj: number): number {
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
function expDD(ph: number, pl: number): number {
  const kd = ph * INVLN2 + SHIFT52 - SHIFT52;
  const r = ph - kd * LN2_HI + (pl - kd * LN2_LO);
  const q = r + r * r * poly(r, EXP_E);
  return (1 + q) * pow2(kd);
}
function isOddInt(y: number): boolean {
  if (Math.abs(y) >= 9007199254740992.0 || Math.floor(y) !== y) return false;
  return Math.floor(y * 0.5) !== y * 0.5;
}
function powSpecial(x: number, y: number): number {
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
  let r: number;
  if (ph > 709.8) r = Infinity;
  else if (ph < -745.2) r = 0;
  else if (Math.abs(ph) < 708) r = expDD(ph, pl);
  else {
    const t = ph * 1.4426950408889634 + 6755399441055744.0;
    const kd = t - 6755399441055744.0;
    const rr = ph - kd * LN2_HI + (pl - kd * LN2_LO);
    const m = 1 + (rr + rr * rr * poly(rr, EXP_E));
    r = kd > 0 ? m * pow2(kd - 64) * 18446744073709551616.0 : m * pow2(kd + 64) * 5.421010862427522e-20;
  }
  return x < 0 && odd ? -r : r;
}
function power64(x: number, y: number): number {
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


// ---- native float32 cores (assembly/math/f32.ts) ------------------------------------------------
const fr = Math.fround;
const F32 = new Float32Array(1);
const I32 = new Int32Array(F32.buffer);
/** poly in float32 arithmetic (the f32x4 kernels' `poly32`): every operation rounded. */
function poly32(z: number, c: Float32Array): number {
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

const LN2_HIF = fr(0.693145751953125);
const LN2_LOF = fr(1.428606765330187e-6);
const INVLN2F = fr(1.4426950216293335);
const SHIFT23 = 12582912.0;
const EXP_EF = new Float32Array([0.5, 0.16666576266288757, 0.041666556149721146, 0.008363177999854088, 0.0013926181709393859]);
const LOG_PF = new Float32Array([0.6666666865348816, 0.4000012278556824, 0.28550732135772705, 0.23332913219928741]);
const SIN_SF = new Float32Array([-0.1666666716337204, 0.008333331905305386, -0.00019840087043121457, 2.7249900540482486e-6]);
const COS_CF = new Float32Array([0.0416666641831398, -0.001388830249197781, 2.454792229400482e-5]);
const TANH_PF = new Float32Array([-0.3333333432674408, 0.13333304226398468, -0.053959257900714874, 0.02176891826093197, -0.008343945257365704, 0.002292744815349579]);

function exp32Fast(x: number): number {
  const t = fr(fr(x * INVLN2F) + SHIFT23);
  const kd = fr(t - SHIFT23);
  const r = fr(fr(x - fr(kd * LN2_HIF)) - fr(kd * LN2_LOF));
  const p = fr(r + fr(fr(r * r) * poly32(r, EXP_EF)));
  return fr(1 + p) * pow2(kd);
}
function exp32(x: number): number {
  return Math.abs(x) < 86.5 ? exp32Fast(x) : fr(exp64(x));
}
function log32(x: number): number {
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
function sinCos32(x: number, cos: boolean): number {
  const ax = Math.abs(x);
  if (!(ax < 1048576 && ax > 0)) return fr(trig64(x, cos ? 1 : 0));
  const t = x * TWO_OVER_PI + SHIFT52;
  const kd = t - SHIFT52;
  const r = fr(x - kd * PIO2_1 - kd * 6.077100506506192e-11);
  const q = (kd | 0) + (cos ? 1 : 0);
  const z = fr(r * r);
  const s = fr(r + fr(fr(z * r) * poly32(z, SIN_SF)));
  const hz = fr(0.5 * z);
  const w = fr(1 - hz);
  const c = fr(w + fr(fr(fr(1 - w) - hz) + fr(fr(z * z) * poly32(z, COS_CF))));
  const y = (q & 1) !== 0 ? c : s;
  return (q & 2) !== 0 ? -y : y;
}
const EXP2_PF = new Float32Array([0.6931471824645996, 0.24022650718688965, 0.055503569543361664, 0.009618083015084267, 0.0013390863314270973, 0.00015453163359779865]);
function exp2_32(x: number): number {
  if (!(Math.abs(x) < 125.5)) return x <= -149.5 ? 0 : fr(exp2_64(x));
  const t = fr(x + SHIFT23);
  const kd = fr(t - SHIFT23);
  const r = fr(x - kd);
  return fr(1 + fr(r * poly32(r, EXP2_PF))) * pow2(kd);
}
const IVLN2_HIF = 1.44287109375;
const IVLN2_LOF = fr(-1.7605285393074155e-4);
const IVLN10_HIF = 0.434326171875;
const IVLN10_LOF = fr(-3.168997136526741e-5);
const LOG10_2HIF = 0.30102920532226562;
const LOG10_2LOF = fr(7.903415166765626e-7);
/** log2 (ten false) or log10 (ten true) in float32 arithmetic. */
function logHiLo32(x: number, ten: boolean): number {
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
const SINH_PF = new Float32Array([0.1666666716337204, 0.008333339355885983, 0.00019838102161884308, 2.806280235745362e-6]);
function sinh32(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 86.5)) return fr(sinh64(x));
  if (ax < 1) {
    const z = fr(x * x);
    return fr(x + fr(fr(x * z) * poly32(z, SINH_PF)));
  }
  const e = exp32Fast(ax);
  return copysign(fr(0.5 * fr(e - fr(1 / e))), x);
}
function cosh32(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 86.5)) return fr(cosh64(x));
  const e = exp32Fast(ax);
  return fr(0.5 * fr(e + fr(1 / e)));
}
const ATAN_AF = new Float32Array([-0.3333333432674408, 0.1999996304512024, -0.14283396303653717, 0.11058160662651062, -0.08531679213047028, 0.04821266233921051]);
function atanPos32(t: number): number {
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
function atan32(x: number): number {
  return copysign(atanPos32(Math.abs(x)), x);
}
const SIN_S64 = new Float64Array(SIN_SF);
const COS_C64 = new Float64Array(COS_CF);
/** float32 tan: the float64 reduction, short polynomials in float64, one rounding. */
function tan32(x: number): number {
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
function atan2_32(y: number, x: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (!(ax < Infinity && ay < Infinity && ax > 0 && ay > 0)) return fr(atan2_64(y, x));
  let a = atanPos32(fr(Math.min(ax, ay) / Math.max(ax, ay)));
  if (ay > ax) a = fr(1.5707963705062866 - fr(a - -4.371138828673793e-8));
  if (x < 0) a = fr(3.1415927410125732 - fr(a - -8.742277657347586e-8));
  return copysign(a, y);
}
/** float32 power: exp(y log|x|) in plain float64, one rounding; specials as float64 power. */
function power32(x: number, y: number): number {
  const ax = Math.abs(x);
  if (ax > 0 && ax < Infinity && Math.abs(y) < Infinity && (x > 0 || Math.round(y) === y)) {
    const p = y * logAny(ax, 0);
    if (Math.abs(p) < 708) {
      const r = expFast(p);
      return fr(x < 0 && isOddInt(y) ? -r : r);
    }
  }
  return fr(powSpecial(x, y));
}
function tanh32(x: number): number {
  const ax = Math.abs(x);
  let y: number;
  if (ax < 0.625) {
    const z = fr(x * x);
    y = fr(x + fr(fr(x * z) * poly32(z, TANH_PF)));
  } else if (x !== x) {
    return x;
  } else {
    const e = exp32Fast(Math.min(fr(ax + ax), 40));
    y = fr(1 - fr(2 / fr(e + 1)));
  }
  return copysign(y, x);
}

// ---- the table ----------------------------------------------------------------------------------
const f64: Record<string, (x: number, y: number) => number> = {
  exp: exp64,
  exp2: exp2_64,
  expm1: expm1_64,
  log: (x) => logAny(x, 0),
  log2: (x) => logAny(x, 1),
  log10: (x) => logAny(x, 2),
  log1p: log1p64,
  sin: (x) => trig64(x, 0),
  cos: (x) => trig64(x, 1),
  tan: (x) => trig64(x, 2),
  arcsin: asin64,
  arccos: acos64,
  arctan: atan64,
  sinh: sinh64,
  cosh: cosh64,
  tanh: tanh64,
  arcsinh: asinh64,
  arccosh: acosh64,
  arctanh: atanh64,
  cbrt: cbrt64,
  sqrt: Math.sqrt,
  arctan2: atan2_64,
  hypot: hypot64,
  power: power64,
  logaddexp: logaddexp64,
  logaddexp2: logaddexp2_64,
};

/** Names of the unary and binary transcendental ufuncs with kernels. */
export const UNARY_OPS = ["exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "cbrt", "sqrt"] as const;
export const BINARY_OPS = ["arctan2", "hypot", "power", "logaddexp", "logaddexp2"] as const;

/**
 * One scalar function per kernel name (`exp_f64`, `power_f32`, ...), giving the kernel's result
 * bit for bit. float32 functions take and return float32 values (as JS numbers).
 * @example reference["exp_f64"](1) // 2.718281828459045
 */
export const reference: Record<string, (x: number, y?: number) => number> = {};
for (const [op, fn] of Object.entries(f64)) {
  reference[`${op}_f64`] = fn as (x: number, y?: number) => number;
  reference[`${op}_f32`] = (x: number, y?: number) => fr(fn(x, y as number));
}
reference["exp2_f32"] = exp2_32;
reference["log2_f32"] = (x: number) => logHiLo32(x, false);
reference["log10_f32"] = (x: number) => logHiLo32(x, true);
reference["sqrt_f32"] = (x: number) => fr(Math.sqrt(x));
reference["exp_f32"] = exp32;
reference["log_f32"] = log32;
reference["sin_f32"] = (x: number) => sinCos32(x, false);
reference["cos_f32"] = (x: number) => sinCos32(x, true);
reference["tanh_f32"] = tanh32;
reference["sinh_f32"] = sinh32;
reference["cosh_f32"] = cosh32;
reference["arctan_f32"] = atan32;
reference["tan_f32"] = tan32;
reference["power_f32"] = (x: number, y?: number) => power32(x, y as number);
reference["arctan2_f32"] = (y: number, x?: number) => atan2_32(y, x as number);

type FloatArray = Float64Array | Float32Array;

/**
 * Strided unary loop over typed arrays (element indices and strides, not bytes):
 * out[io + i*so] = op(a[ia + i*sa]) for i < n.
 * @example unaryLoop("exp_f64", a, 0, 1, out, 0, 1, a.length)
 */
export function unaryLoop(name: string, a: FloatArray, ia: number, sa: number, out: FloatArray, io: number, so: number, n: number): void {
  const fn = reference[name];
  if (!fn) throw new Error(`no transcendental kernel ${name}`);
  for (let i = 0; i < n; i++, ia += sa, io += so) out[io] = fn(a[ia]!);
}

/**
 * Strided binary loop: out[io + i*so] = op(a[ia + i*sa], b[ib + i*sb]).
 * @example binaryLoop("power_f64", a, 0, 1, b, 0, 0, out, 0, 1, a.length)
 */
export function binaryLoop(name: string, a: FloatArray, ia: number, sa: number, b: FloatArray, ib: number, sb: number, out: FloatArray, io: number, so: number, n: number): void {
  const fn = reference[name];
  if (!fn) throw new Error(`no transcendental kernel ${name}`);
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) out[io] = fn(a[ia]!, b[ib]!);
}
