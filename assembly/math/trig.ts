// sin, cos, tan, float64 cores (f64x2 lanes). Constants from scripts/math-tables/trig.py.
//
// Fast path, 0 < |x| < 2^17: k = round(x 2/pi) and r = x - k pi/2 as a double-double rh + rl, with
// pi/2 = P1 + P2 + P3 (P1, P2 of 35 bits: k P1 and k P2 are exact, x - k P1 is exact, and
// rh = (x - k P1) - k P2 has its rounding error recovered exactly in rl).
// sin and cos: one polynomial per lane. sin x is +-sin r or +-cos r depending on k mod 4, so the
// two lanes of a vector take their coefficients from a table indexed by both quadrants (16
// combinations, the sign folded in): with u = r ta + tb (+-r or +-1), hz = z th (0 or +-z/2),
// H = u - hz and L = (u - H) - hz (exact, as in fdlibm's 1 - z/2),
//   y = H + (L + ((z u) Q(z) + rl G)),  G = ta + z tc - r tb
// is +-(r + r z S(z) + rl (1 - z/2)) or +-(1 - z/2 + z^2 C(z) - r rl): S and C of degree 5
// (minimax, relative errors 2^-57 and 2^-62). Within about 0.8 ulp, as the two-polynomial form.
// tan: tan r = r + r z P(z)/Q(z) (rational minimax, 2^-56.4) plus rl (1 + z); odd quadrants take
// -1/tan r. Within about 1.9 ulp.
// Zero, NaN, infinities, |x| < 2^-1042 and |x| >= 2^17 take the scalar path: Cody-Waite in four
// parts of 33 bits below 2^19 pi/2, an exact Payne-Hanek reduction with 2/pi to 1280 bits above,
// then the two polynomials sin r = r + r^3 S(r^2) and cos r = 1 - r^2/2 + r^4 C(r^2).
import { add, sub, mul, div, sel, K, poly, anyTrue, SHIFT52, ONE, HALF, ONE_I64 } from "./vec";
import { TRIG_T } from "./tables";

const TWO_OVER_PI = memory.data<f64>([0.6366197723675814]);
/** pi/2 in three parts for the fast path. */
const P1 = memory.data<f64>([1.5707963267923333]);
const P2 = memory.data<f64>([2.5633441515839558e-12]);
const P3 = memory.data<f64>([1.0562999066987428e-23]);
/** pi/2 in four parts of 33 bits for the scalar path (|x| < 2^19 pi/2). */
const PIO2_1 = memory.data<f64>([1.57079632673412561417e+00]);
const PIO2_2 = memory.data<f64>([6.07710050630396597660e-11]);
const PIO2_3 = memory.data<f64>([2.02226624871116645580e-21]);
const PIO2_3T = memory.data<f64>([8.47842766036889956997e-32]);
/** S(z) = (sin r - r) / r^3 and C(z) = (cos r - 1 + r^2/2) / r^4, z = r^2 in [0, (pi/4)^2]. */
const SIN_S = memory.data<f64>([
  -0.16666666666666644, 0.008333333333323667, -0.00019841269830148835, 2.7557313653520475e-06,
  -2.5050734844906135e-08, 1.5894726933558495e-10,
]);
const COS_C = memory.data<f64>([
  0.04166666666666665, -0.0013888888888882842, 2.4801587294630783e-05, -2.7557315739656446e-07,
  2.087589791001489e-09, -1.1367992111475878e-11,
]);
/** tan: P0..P2, then Q0..Q3 (Q monic of degree 4). */
const TAN_PQ = memory.data<f64>([
  -17989518.52296367, 1155549.4765832496, -13113.580222449074,
  -53968555.568891004, 25054070.657306146, -1323202.8638645248, 13701.92300907511,
]);
const MINUS_ONE = memory.data<f64>([-1.0]);
/** 2/pi in 32-bit words, most significant first (bits 1..1280 after the binary point). */
const INV_PIO2_BITS = memory.data<u32>([
  0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599, 0x3c439041, 0xfe5163ab, 0xdebbc561,
  0xb7246e3a, 0x424dd2e0, 0x06492eea, 0x09d1921c, 0xfe1deb1c, 0xb129a73e, 0xe88235f5, 0x2ebb4484,
  0xe99c7026, 0xb45f7e41, 0x3991d639, 0x835339f4, 0x9c845f8b, 0xbdf9283b, 0x1ff897ff, 0xde05980f,
  0xef2f118b, 0x5a0a6d1f, 0x6d367ecf, 0x27cb09b7, 0x4f463f66, 0x9e5fea2d, 0x7527bac7, 0xebe5f17b,
  0x3d0739f7, 0x8a5292ea, 0x6bfb5fb1, 0x1f8d5d08, 0x56033046, 0xfc7b6bab, 0xf0cfbc20, 0x9af4361d,
]);

// ---- fast path ----------------------------------------------------------------------------------
// Double-double reduced argument of the scalar path, in module globals.
let RH: v128 = f64x2.splat(0);
let RL: v128 = f64x2.splat(0);

/** sin x (off 0) or cos x (off 1) for 0 < |x| < 2^17. */
@inline function sinCosFast(x: v128, off: i32): v128 {
  const t = add(mul(x, K(TWO_OVER_PI)), K(SHIFT52));
  const kd = sub(t, K(SHIFT52));
  const t1 = sub(x, mul(kd, K(P1)));
  const w = mul(kd, K(P2));
  const rh = sub(t1, w);
  const rl = sub(sub(sub(t1, rh), w), mul(kd, K(P3)));
  const j = ((i32x4.extract_lane(t, 0) + off) & 3) | (((i32x4.extract_lane(t, 2) + off) & 3) << 2);
  const b = TRIG_T + (<usize>j << 4);
  const ta = v128.load(b), tb = v128.load(b, 256);
  const z = mul(rh, rh);
  const u = add(mul(rh, ta), tb);
  const g = sub(add(ta, mul(z, v128.load(b, 512))), mul(rh, tb));
  const z2 = mul(z, z);
  const p01 = add(v128.load(b, 1024), mul(v128.load(b, 1280), z));
  const p23 = add(v128.load(b, 1536), mul(v128.load(b, 1792), z));
  const p45 = add(v128.load(b, 2048), mul(v128.load(b, 2304), z));
  const z4 = mul(z2, z2);
  const q = add(add(p01, mul(p23, z2)), mul(add(p45, mul(v128.load(b, 2560), z2)), z4));
  const hz = mul(z, v128.load(b, 768));
  const h = sub(u, hz);
  const l = sub(sub(u, h), hz);
  return add(h, add(l, add(mul(mul(z, u), q), mul(rl, g))));
}

/** tan x for 0 < |x| < 2^17. */
@inline function tanFast(x: v128): v128 {
  const t = add(mul(x, K(TWO_OVER_PI)), K(SHIFT52));
  const kd = sub(t, K(SHIFT52));
  const t1 = sub(x, mul(kd, K(P1)));
  const w = mul(kd, K(P2));
  const rh = sub(t1, w);
  const rl = sub(sub(sub(t1, rh), w), mul(kd, K(P3)));
  const z = mul(rh, rh);
  const z2 = mul(z, z);
  const p = add(add(K(TAN_PQ), mul(K(TAN_PQ + 8), z)), mul(K(TAN_PQ + 16), z2));
  const q = add(add(add(K(TAN_PQ + 24), mul(K(TAN_PQ + 32), z)), mul(add(K(TAN_PQ + 40), mul(K(TAN_PQ + 48), z)), z2)), mul(z2, z2));
  const y = add(rh, add(mul(rl, add(K(ONE), z)), mul(mul(rh, z), div(p, q))));
  const odd = i64x2.eq(v128.and(t, K(ONE_I64)), K(ONE_I64));
  return sel(odd, div(K(MINUS_ONE), y), y);
}

/** Lanes (i32 high words of |x|) outside 2^-1042 <= |x| < 2^17: (hw & abs) - 1 >= 0x40ffffff unsigned. */
const TRIG_HW = memory.data<i32>([
  0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff, 1, 1, 1, 1,
  0x40ffffff, 0x40ffffff, 0x40ffffff, 0x40ffffff,
], 16);
@inline function trigBadHi(h: v128): v128 {
  const d = i32x4.sub(v128.and(h, v128.load(TRIG_HW)), v128.load(TRIG_HW, 16));
  return i32x4.ge_u(d, v128.load(TRIG_HW, 32));
}
@inline function anyTrigBad(x0: v128, x1: v128): bool { return v128.any_true(trigBadHi(v128.shuffle<i32>(x0, x1, 1, 3, 5, 7))); }
/** Per-lane mask (i64) of the scalar lanes. */
@inline function trigMask(x: v128): v128 { return trigBadHi(v128.shuffle<i32>(x, x, 1, 1, 3, 3)); }

// ---- Payne-Hanek --------------------------------------------------------------------------------
/** Word i of 2/pi's bits starting at bit offset `bit` (0 = first bit after the point). */
@inline function invPio2Word(bit: i32): u64 {
  const w = bit >> 5;
  const sh = bit & 31;
  const a = <u64>load<u32>(INV_PIO2_BITS + (<usize>w << 2));
  const b = <u64>load<u32>(INV_PIO2_BITS + (<usize>(w + 1) << 2));
  return ((a << 32 | b) >> <u64>(32 - sh)) & 0xffffffff;
}

let PH_Q: i32 = 0;
let PH_H: f64 = 0;
let PH_L: f64 = 0;

/** Dekker's exact product hi + lo = a * b (no fma). */
@inline function twoProdLo(a: f64, b: f64, p: f64): f64 {
  const ca = 134217729.0 * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = 134217729.0 * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/**
 * Exact reduction of a finite |x| >= 2^19 pi/2 by pi/2: sets PH_Q (quadrant, mod 4), PH_H and
 * PH_L (r = PH_H + PH_L, |r| <= pi/4).
 */
export function payneHanek(x: f64): void {
  const bits = reinterpret<u64>(x);
  const ex = <i32>((bits >> 52) & 0x7ff);
  const M = (bits & 0xfffffffffffff) | 0x10000000000000; // x = M 2^E
  const E = ex - 1075;
  // Bits j >= j0 of 2/pi (1-based) matter: M 2^(E-j) is a multiple of 4 for j <= E - 2.
  const j0 = E - 1 > 1 ? E - 1 : 1;
  // Window of 192 bits, 6 words w[0..5] (w[0] most significant), value W 2^-(j0 + 191).
  const w0 = invPio2Word(j0 - 1), w1 = invPio2Word(j0 + 31), w2 = invPio2Word(j0 + 63);
  const w3 = invPio2Word(j0 + 95), w4 = invPio2Word(j0 + 127), w5 = invPio2Word(j0 + 159);
  const m0 = M & 0xffffffff;
  const m1 = M >> 32;
  // P = M * W as 8 32-bit limbs, p[0] least significant.
  let p0: u64 = 0, p1: u64 = 0, p2: u64 = 0, p3: u64 = 0, p4: u64 = 0, p5: u64 = 0, p6: u64 = 0, p7: u64 = 0;
  let c: u64 = 0;
  // row for m0 (words from least significant w5 up)
  let t = m0 * w5; p0 = t & 0xffffffff; c = t >> 32;
  t = m0 * w4 + c; p1 = t & 0xffffffff; c = t >> 32;
  t = m0 * w3 + c; p2 = t & 0xffffffff; c = t >> 32;
  t = m0 * w2 + c; p3 = t & 0xffffffff; c = t >> 32;
  t = m0 * w1 + c; p4 = t & 0xffffffff; c = t >> 32;
  t = m0 * w0 + c; p5 = t & 0xffffffff; p6 = t >> 32;
  // row for m1, shifted one limb
  t = m1 * w5 + p1; p1 = t & 0xffffffff; c = t >> 32;
  t = m1 * w4 + p2 + c; p2 = t & 0xffffffff; c = t >> 32;
  t = m1 * w3 + p3 + c; p3 = t & 0xffffffff; c = t >> 32;
  t = m1 * w2 + p4 + c; p4 = t & 0xffffffff; c = t >> 32;
  t = m1 * w1 + p5 + c; p5 = t & 0xffffffff; c = t >> 32;
  t = m1 * w0 + p6 + c; p6 = t & 0xffffffff; p7 = t >> 32;
  // x * 2/pi = P 2^(E - j0 - 191): the binary point sits fb bits above P's bit 0.
  const fb = j0 + 191 - E;
  // Gather bits [fb - 128, fb + 2) of P: 2 integer bits (quadrant) and 128 fraction bits.
  const hi = extract64(p0, p1, p2, p3, p4, p5, p6, p7, fb - 64);
  const lo = extract64(p0, p1, p2, p3, p4, p5, p6, p7, fb - 128);
  let q = <i32>(extract64(p0, p1, p2, p3, p4, p5, p6, p7, fb) & 3);
  // Signed fraction F in [-1/2, 1/2): as a 128-bit two's complement number hi:lo.
  let fh = <i64>hi;
  if (fh < 0) q += 1; // fraction >= 1/2: round the quadrant up, fraction - 1
  // Three exact 42-bit chunks: c1 = F >> 86 (signed), c2 = (F >> 44) & mask, c3 = (F >> 2) & mask.
  const c1 = <f64>(fh >> 22);
  const c2 = <f64>(((hi & 0x3fffff) << 20) | (lo >> 44));
  const c3 = <f64>((lo >> 2) & 0x3ffffffffff);
  const a = c1 * 2.2737367544323206e-13; // 2^-42
  const b = c2 * 5.169878828456423e-26; // 2^-84
  let sh = a + b;
  let sl = b - (sh - a);
  sl += c3 * 1.1754943508222875e-38; // 2^-126
  const fhd = sh + sl;
  const fld = sl - (fhd - sh);
  // r = (fhd + fld) * pi/2
  const PH = 1.5707963267948966;
  const PL = 6.123233995736766e-17;
  const ph = fhd * PH;
  const pl = twoProdLo(fhd, PH, ph) + (fhd * PL + fld * PH);
  const rh = ph + pl;
  PH_L = pl - (rh - ph);
  PH_H = rh;
  PH_Q = q & 3;
}

/** 64 bits of the 256-bit number p7:...:p0 starting at bit `at` (0 <= at <= 192). */
function extract64(p0: u64, p1: u64, p2: u64, p3: u64, p4: u64, p5: u64, p6: u64, p7: u64, at: i32): u64 {
  const limb = at >> 5;
  const sh = <u64>(at & 31);
  let a: u64 = 0, b: u64 = 0, c: u64 = 0;
  switch (limb) {
    case 0: a = p0; b = p1; c = p2; break;
    case 1: a = p1; b = p2; c = p3; break;
    case 2: a = p2; b = p3; c = p4; break;
    case 3: a = p3; b = p4; c = p5; break;
    case 4: a = p4; b = p5; c = p6; break;
    case 5: a = p5; b = p6; c = p7; break;
    case 6: a = p6; b = p7; c = 0; break;
    default: a = p7; b = 0; c = 0; break;
  }
  const low = (b << 32) | a;
  const high = c;
  return sh == 0 ? low : (low >> sh) | (high << (64 - sh));
}


// ---- scalar path ----------------------------------------------------------------------------------
/** Two-polynomial kernels on a reduced argument rh + rl, |rh| <= pi/4. */
@inline function sinK(rh: v128, rl: v128): v128 {
  const z = mul(rh, rh);
  const v = mul(z, rh);
  return add(rh, add(mul(v, poly(z, SIN_S, 6)), sub(rl, mul(mul(K(HALF), z), rl))));
}
@inline function cosK(rh: v128, rl: v128): v128 {
  const z = mul(rh, rh);
  const hz = mul(K(HALF), z);
  const w = sub(K(ONE), hz);
  return add(w, add(sub(sub(K(ONE), w), hz), sub(mul(mul(z, z), poly(z, COS_C, 6)), mul(rh, rl))));
}

/** Cody-Waite reduction in four parts for |x| < 2^19 pi/2: sets RH, RL and returns k (i64 lanes' low bits). */
@inline function reduce4(x: v128): v128 {
  const t = add(mul(x, K(TWO_OVER_PI)), K(SHIFT52));
  const kd = sub(t, K(SHIFT52));
  const t1 = sub(x, mul(kd, K(PIO2_1)));
  const w = mul(kd, K(PIO2_2));
  const rh = sub(t1, w);
  const rl = sub(sub(sub(t1, rh), w), add(mul(kd, K(PIO2_3)), mul(kd, K(PIO2_3T))));
  const h = add(rh, rl);
  RL = sub(rl, sub(h, rh));
  RH = h;
  return t;
}

/** Scalar path: NaN/inf, zero, |x| < 2^-1042 and |x| >= 2^17. which: 0 sin, 1 cos, 2 tan. */
export function trigSpecial(x: f64, which: i32): f64 {
  if (x != x) return x;
  if (Math.abs(x) == Infinity) return NaN;
  if (x == 0) return which == 1 ? 1.0 : x;
  let q: i32;
  if (Math.abs(x) < 823549.6) {
    q = i32x4.extract_lane(reduce4(f64x2.splat(x)), 0);
  } else {
    payneHanek(Math.abs(x));
    q = PH_Q;
    RH = f64x2.splat(PH_H);
    RL = f64x2.splat(PH_L);
    if (x < 0) {
      RH = f64x2.neg(RH);
      RL = f64x2.neg(RL);
      q = -q;
    }
  }
  const s = f64x2.extract_lane(sinK(RH, RL), 0);
  const c = f64x2.extract_lane(cosK(RH, RL), 0);
  if (which == 2) return (q & 1) != 0 ? -c / s : s / c;
  if (which == 1) q += 1;
  const y = (q & 1) != 0 ? c : s;
  return (q & 2) != 0 ? -y : y;
}

function fix(x: v128, y: v128, m: v128, which: i32): v128 {
  if (i64x2.extract_lane(m, 0) != 0) y = f64x2.replace_lane(y, 0, trigSpecial(f64x2.extract_lane(x, 0), which));
  if (i64x2.extract_lane(m, 1) != 0) y = f64x2.replace_lane(y, 1, trigSpecial(f64x2.extract_lane(x, 1), which));
  return y;
}

@final export class Sin64 {
  @inline fast(x: v128): v128 { return sinCosFast(x, 0); }
  @inline anyBad(x0: v128, x1: v128): bool { return anyTrigBad(x0, x1); }
  @inline vec(x: v128): v128 {
    const m = trigMask(x);
    let y = sinCosFast(x, 0);
    if (anyTrue(m)) y = fix(x, y, m, 0);
    return y;
  }
}
@final export class Cos64 {
  @inline fast(x: v128): v128 { return sinCosFast(x, 1); }
  @inline anyBad(x0: v128, x1: v128): bool { return anyTrigBad(x0, x1); }
  @inline vec(x: v128): v128 {
    const m = trigMask(x);
    let y = sinCosFast(x, 1);
    if (anyTrue(m)) y = fix(x, y, m, 1);
    return y;
  }
}
@final export class Tan64 {
  @inline fast(x: v128): v128 { return tanFast(x); }
  @inline anyBad(x0: v128, x1: v128): bool { return anyTrigBad(x0, x1); }
  @inline vec(x: v128): v128 {
    const m = trigMask(x);
    let y = tanFast(x);
    if (anyTrue(m)) y = fix(x, y, m, 2);
    return y;
  }
}
