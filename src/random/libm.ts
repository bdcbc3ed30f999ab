/**
 * Correctly rounded exp, log and pow for the samplers. NumPy's distributions call the C
 * library's exp/log/pow (glibc's are within 0.52 ulp, so they return the correctly rounded
 * double in all but about one call in a thousand), while V8's Math.exp/log/pow are off by an ulp
 * in 5-10% of calls; matching the correctly rounded value makes ndts's streams equal NumPy's
 * far more often. Each result is computed as an unevaluated double-double (about 2^-88 relative
 * error) and rounded once.
 *
 * exp: x = k ln2/64 + r with |r| <= ln2/128 (ln2/64 in three pieces), exp(x) =
 * 2^(k>>6) T[k&63] (1 + expm1(r)), T[j] = 2^(j/64) as double-doubles (from 200-bit fixed point),
 * expm1(r) by its Taylor series, the first three terms in double-double.
 * log: x = 2^e f with f in [sqrt(1/2), sqrt(2)), y0 = Math.log(f) (within an ulp), then one
 * Newton step log f = y0 + log1p(f exp(-y0) - 1) in double-double.
 * pow(x, y) = exp(y log x) with log x and the product kept in double-double.
 * Outside the ranges where this is exact (overflow, subnormal results, x <= 0, infinities,
 * NaN) they return Math's value, which agrees there.
 *
 * @example
 * exp(1) // 2.718281828459045
 * log(10) // 2.302585092994046
 * pow(0.5, 0.3) // 0.8122523963562356
 */
import { expFixed, fromDouble, LN2, P, toDouble } from "./ziggurat.js";

const SPLIT = 134217729; // 2^27 + 1, Dekker's splitter

// Results of twoProd and the double-double cores: a typed scratch (module-level lets holding
// doubles would be boxed on every write).
const S = new Float64Array(3);

/** a * b = S[0] + S[1] exactly (Dekker). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  S[0] = p;
  S[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

const fixedToDouble = (v: bigint): number => (v === 0n ? 0 : v < 0n ? -toDouble(-v) : toDouble(v));

// 2^(j/64) as hi + lo, and ln2/64 = C1 + C2 + C3 with C1 short enough that k C1 is exact.
const T_HI = new Float64Array(64);
const T_LO = new Float64Array(64);
for (let j = 0; j < 64; j++) {
  const v = expFixed((LN2 * BigInt(j)) / 64n);
  T_HI[j] = toDouble(v);
  T_LO[j] = fixedToDouble(v - fromDouble(T_HI[j]!));
}
const L64 = LN2 / 64n;
const C1 = Math.round(fixedToDouble(L64) * 2 ** 40) / 2 ** 40;
const C2 = fixedToDouble(L64 - fromDouble(C1));
const C3 = fixedToDouble(L64 - fromDouble(C1) - fromDouble(C2));
const INV_L64 = 64 / Math.LN2;
// ln2 = LN2_1 + LN2_2 with LN2_1 short enough that e LN2_1 is exact for |e| < 2^11.
const LN2_1 = Math.round(Math.LN2 * 2 ** 42) / 2 ** 42;
const LN2_2 = fixedToDouble(LN2 - fromDouble(LN2_1));
const INV6_HI = 1 / 6;
const INV6_LO = fixedToDouble((1n << P) / 6n - fromDouble(INV6_HI));

/** expm1(rh + rl) for |r| <~ 0.0055 into (S[0], S[1]). */
function expm1Core(rh: number, rl: number): void {
  twoProd(rh, rh);
  const r2h = S[0]!;
  const r2l = S[1]! + 2 * rh * rl;
  // r^3 / 6 in double-double.
  twoProd(r2h, rh);
  const r3h = S[0]!;
  const r3l = S[1]! + r2l * rh + r2h * rl;
  twoProd(r3h, INV6_HI);
  const t3h = S[0]!;
  const t3l = S[1]! + r3l * INV6_HI + r3h * INV6_LO;
  const r4 = r2h * r2h;
  const q = r4 * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh * (1 / 40320 + rh / 362880)))));
  // s = r + r^2/2 + t3 + q, summed with the errors kept.
  let s = rh + r2h / 2;
  let e = (rh - s) + r2h / 2;
  let lo = e + rl + r2l / 2;
  const s2 = s + t3h;
  e = (s - s2) + t3h;
  s = s2;
  lo += e + t3l + q;
  S[0] = s + lo;
  S[1] = lo - (S[0]! - s);
}


/** exp(xh + xl) = (S[0] + S[1]) 2^S[2], for -708.4 < xh < 709.8. */
function expCore(xh: number, xl: number): void {
  const k = Math.round(xh * INV_L64);
  const a = xh - k * C1;
  twoProd(k, C2);
  const bh = S[0]!;
  const bl = S[1]!;
  let rh = a - bh;
  let rl = ((a - rh) - bh) - bl - k * C3 + xl;
  const t = rh + rl;
  rl = rl - (t - rh);
  rh = t;
  const j = k & 63;
  S[2] = (k - j) / 64;
  expm1Core(rh, rl);
  const sh = S[0]!;
  const sl = S[1]!;
  const th = T_HI[j]!;
  const tl = T_LO[j]!;
  twoProd(th, sh);
  const tail = S[1]! + th * sl + tl * sh + tl;
  const h = th + S[0]!;
  const e = (th - h) + S[0]!;
  S[0] = h;
  S[1] = e + tail;
}

const TWO54 = 2 ** 54;
const BITS_F = new Float64Array(1);
const BITS_U = new Uint32Array(BITS_F.buffer);
// 2^m for -1075 < m < 1024, indexed by m + 1075.
const POW2 = new Float64Array(2100);
for (let m = -1074; m < 1024; m++) POW2[m + 1075] = 2 ** m;
const pow2 = (m: number): number => POW2[m + 1075]!;

/** log(x) as S[0] + S[1] (x a positive finite double). */
function logCore(x: number): void {
  let e = 0;
  if (x < 2 ** -1022) {
    x *= TWO54;
    e = -54;
  }
  // x = 2^ex f with f in [1, 2), from the bits (little-endian words, as the typed arrays here).
  BITS_F[0] = x;
  const hi = BITS_U[1]!;
  let ex = ((hi >>> 20) & 0x7ff) - 1023;
  BITS_U[1] = (hi & 0x000fffff) | 0x3ff00000;
  let f = BITS_F[0]!;
  if (f > Math.SQRT2) { f /= 2; ex++; }
  e += ex;
  const y0 = Math.log(f);
  let th: number;
  let tl: number;
  if (y0 > -0.0054 && y0 < 0.0054) {
    // exp(-y0) = 1 + s: t = f (1 + s) - 1 = (f - 1) + f s, with f - 1 exact.
    expm1Core(-y0, 0);
    const sh = S[0]!;
    const sl = S[1]!;
    twoProd(f, sh);
    const fm1 = f - 1;
    th = fm1 + S[0]!;
    tl = ((fm1 - th) + S[0]!) + S[1]! + f * sl;
  } else {
    expCore(-y0, 0);
    const sc = pow2(S[2]!);
    const eh = S[0]! * sc;
    const el = S[1]! * sc;
    twoProd(f, eh);
    th = S[0]! - 1; // exact: S[0] is within a factor 2 of 1
    tl = S[1]! + f * el;
  }
  const t = th + tl;
  const c = (tl - (t - th)) - (t * t) / 2;
  // log x = e ln2 + y0 + t + c.
  const a = e * LN2_1;
  let h = a + y0;
  let lo = ((a - h) + y0) + e * LN2_2;
  const h2 = h + t;
  lo += ((h - h2) + t) + c;
  h = h2;
  S[0] = h + lo;
  S[1] = lo - (S[0]! - h);
}

/** Correctly rounded e^x (Math.exp outside the normal range). */
export function exp(x: number): number {
  if (!(x > -708.39 && x < 709.78)) return Math.exp(x);
  expCore(x, 0);
  return (S[0]! + S[1]!) * pow2(S[2]!);
}

/** Correctly rounded natural logarithm (Math.log for x <= 0, inf, NaN). */
export function log(x: number): number {
  if (!(x > 0 && x < Infinity)) return Math.log(x);
  if (x === 1) return 0;
  logCore(x);
  return S[0]!;
}

/** Correctly rounded x^y for positive finite x (Math.pow for the special cases). */
export function pow(x: number, y: number): number {
  if (!(x > 0 && x < Infinity) || !(y > -Infinity && y < Infinity) || y === 0 || x === 1) return Math.pow(x, y);
  if (y === 1) return x;
  logCore(x);
  const lh = S[0]!;
  const ll = S[1]!;
  twoProd(y, lh);
  const zh = S[0]!;
  const zl = S[1]! + y * ll;
  if (!(zh > -708.39 && zh < 709.78)) return Math.pow(x, y);
  expCore(zh, zl);
  return (S[0]! + S[1]!) * pow2(S[2]!);
}

