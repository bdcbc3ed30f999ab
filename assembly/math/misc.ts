// cbrt, sqrt, hypot, power, logaddexp, logaddexp2: float64 cores (f64x2 lanes).
import {
  add, sub, mul, div, vabs, sel, copysign, K, Ki, poly, i64ToF64, scaleBits, pow2, anyTrue,
  SHIFT52, ONE, HALF, TWO, ZERO, INF, MIN_NORMAL, LN2_HI, LN2_LO, SIGN64, prodErr,
} from "./vec";
import { Exp64, Exp2_64, expDDFast, expScaledDD } from "./exp";
import { Log1p64 } from "./log";

// ---- cbrt ---------------------------------------------------------------------------------------
// A first guess from the exponent bits (high word / 3 + bias), a polynomial step to ~23 bits,
// rounding to 22 bits so t*t is exact, and one Newton step in the form that rounds well.
const CBRT_B1 = 715094163;
const THIRD = memory.data<f64>([0.3333333333333333]);
const CBRT_P = memory.data<f64>([
  1.87595182427177009643, -1.88497979543377169875, 1.621429720105354466140,
  -0.758397934778766047437, 0.145996192886612446982,
]);
const ROUND_ADD = memory.data<u64>([0x80000000]);
const ROUND_MASK = memory.data<u64>([0xffffffffc0000000]);

@inline function cbrtCore(ax: v128): v128 {
  const hi = i32x4.shuffle(ax, ax, 1, 3, 0, 0);
  const q = i32x4.trunc_sat_f64x2_u_zero(mul(f64x2.convert_low_i32x4_u(hi), K(THIRD)));
  const tb = i32x4.add(q, i32x4.splat(CBRT_B1));
  let t = i32x4.shuffle(i32x4.splat(0), tb, 0, 4, 0, 5);
  let r = mul(mul(t, t), div(t, ax));
  const p1 = add(Ki(CBRT_P, 0), mul(r, add(Ki(CBRT_P, 1), mul(r, Ki(CBRT_P, 2)))));
  const p2 = mul(mul(mul(r, r), r), add(Ki(CBRT_P, 3), mul(r, Ki(CBRT_P, 4))));
  t = mul(t, add(p1, p2));
  t = v128.and(i64x2.add(t, K(ROUND_ADD)), K(ROUND_MASK));
  const s = mul(t, t);
  r = div(ax, s);
  const w = add(t, t);
  r = div(sub(r, t), add(w, r));
  return add(t, mul(t, r));
}
function cbrtSpecial(x: f64): f64 {
  if (x != x || x == 0 || Math.abs(x) == Infinity) return x;
  const y = f64x2.extract_lane(cbrtCore(f64x2.splat(Math.abs(x) * 18014398509481984.0)), 0) * 3.814697265625e-6;
  return x < 0 ? -y : y;
}
@final export class Cbrt64 {
  @inline vec(x: v128): v128 {
    const ax = vabs(x);
    let y = copysign(cbrtCore(ax), x);
    const m = v128.not(v128.and(f64x2.ge(ax, K(MIN_NORMAL)), f64x2.lt(ax, K(INF))));
    if (anyTrue(m)) {
      if (i64x2.extract_lane(m, 0) != 0) y = f64x2.replace_lane(y, 0, cbrtSpecial(f64x2.extract_lane(x, 0)));
      if (i64x2.extract_lane(m, 1) != 0) y = f64x2.replace_lane(y, 1, cbrtSpecial(f64x2.extract_lane(x, 1)));
    }
    return y;
  }
}

@final export class Sqrt64 {
  @inline vec(x: v128): v128 { return f64x2.sqrt(x); }
}
@final export class Sqrt32 {
  @inline vec(x: v128): v128 { return f32x4.sqrt(x); }
}

// ---- hypot --------------------------------------------------------------------------------------
// glibc's hypot (e_hypot.c, Borges' correction of sqrt(ax^2 + ay^2) without FMA), as NumPy's
// npy_hypot calls it: ax >= ay, both lanes' kernels computed and the right one selected. Lanes
// with huge, tiny, widely varying or non-finite operands take the scalar path.
const HYP_LARGE = memory.data<f64>([6.703903964971299e153]); // 2^511
const HYP_TINY = memory.data<f64>([1.4916681462400413e-154]); // 2^-511
const HYP_EPS = memory.data<f64>([5.551115123125783e-17]); // 2^-54
const HYP_FOUR = memory.data<f64>([4.0]);
function hypotKernel(ax: f64, ay: f64): f64 {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: f64, t2: f64;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  return h - (t1 + t2) / (2.0 * h);
}
function hypotSpecial(x: f64, y: f64): f64 {
  if (!isFinite(x) || !isFinite(y)) {
    if (Math.abs(x) == Infinity || Math.abs(y) == Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x, ay = x < y ? x : y;
  const SCALE: f64 = 2.409919865102884e-181; // 2^-600
  if (ax > 6.703903964971299e153) {
    if (ay <= ax * 5.551115123125783e-17) return ax + ay;
    return hypotKernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < 1.4916681462400413e-154) {
    if (ax >= ay / 5.551115123125783e-17) return ax + ay;
    return hypotKernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * 5.551115123125783e-17) return ax + ay;
  return hypotKernel(ax, ay);
}
@final export class Hypot64 {
  @inline vec2(x: v128, y: v128): v128 {
    const x1 = vabs(x), y1 = vabs(y);
    const xl = f64x2.lt(x1, y1);
    const ax = sel(xl, y1, x1), ay = sel(xl, x1, y1);
    const h = f64x2.sqrt(add(mul(ax, ax), mul(ay, ay)));
    const two = K(TWO);
    const d1 = sub(h, ay);
    const t1a = mul(ax, sub(mul(two, d1), ax));
    const t2a = mul(sub(d1, mul(two, sub(ax, ay))), d1);
    const d2 = sub(h, ax);
    const t1b = mul(mul(two, d2), sub(ax, mul(two, ay)));
    const t2b = add(mul(sub(mul(K(HYP_FOUR), d2), ay), ay), mul(d2, d2));
    const t = sel(f64x2.le(h, mul(two, ay)), add(t1a, t2a), add(t1b, t2b));
    let r = sub(h, div(t, mul(two, h)));
    // The kernel's lanes: ax <= 2^511, ay >= 2^-511, ay > ax 2^-54 (false for NaN).
    const ok = v128.and(v128.and(f64x2.le(ax, K(HYP_LARGE)), f64x2.ge(ay, K(HYP_TINY))), f64x2.gt(ay, mul(ax, K(HYP_EPS))));
    const m = v128.not(ok);
    if (anyTrue(m)) {
      if (i64x2.extract_lane(m, 0) != 0) r = f64x2.replace_lane(r, 0, hypotSpecial(f64x2.extract_lane(x, 0), f64x2.extract_lane(y, 0)));
      if (i64x2.extract_lane(m, 1) != 0) r = f64x2.replace_lane(r, 1, hypotSpecial(f64x2.extract_lane(x, 1), f64x2.extract_lane(y, 1)));
    }
    return r;
  }
}

// ---- logaddexp, logaddexp2 ----------------------------------------------------------------------
const LN2 = memory.data<f64>([0.6931471805599453]);
const LOG2E = memory.data<f64>([1.4426950408889634]);
@final export class Logaddexp64 {
  @inline vec2(x: v128, y: v128): v128 {
    const mx = f64x2.max(x, y);
    const d = f64x2.neg(vabs(sub(x, y)));
    const r = add(mx, changetype<Log1p64>(0).vec(changetype<Exp64>(0).vec(d)));
    return sel(f64x2.eq(x, y), add(x, K(LN2)), r);
  }
}
@final export class Logaddexp2_64 {
  @inline vec2(x: v128, y: v128): v128 {
    const mx = f64x2.max(x, y);
    const d = f64x2.neg(vabs(sub(x, y)));
    const r = add(mx, mul(K(LOG2E), changetype<Log1p64>(0).vec(changetype<Exp2_64>(0).vec(d))));
    return sel(f64x2.eq(x, y), add(x, K(ONE)), r);
  }
}

// ---- power --------------------------------------------------------------------------------------
// x^y = exp(y log|x|) with log|x| as a double-double (relative error ~2^-66): m = 1 + f,
// s = f / (2 + f) in two parts, log m = 2s + (2/3)s^3 (double-double) + s^5 Q(s^2). y log|x| is
// formed exactly (Dekker) and its low part is folded into the reduced exponent argument.
const OFF = memory.data<u64>([0x3fe6a09e667f3bcd]);
const HIMASK = memory.data<u64>([0xfff0000000000000]);
const TWO3_HI = memory.data<f64>([0.6666666666666666]);
const TWO3_LO = memory.data<f64>([3.700743415417188e-17]);
const POW_FAST = memory.data<f64>([708.0]);
const THREE = memory.data<f64>([3.0]);
const Y_BIG = memory.data<f64>([8.452712498170644e270]); // 2^900: Dekker's split of y stays finite
/** Q(z) = (2 atanh(s) - 2s - 2s^3/3) / s^5, z = s^2 in [0, 0.02944]. */
const POW_Q = memory.data<f64>([
  0.4, 0.28571428571429364, 0.22222222221655907, 0.181818183353876, 0.15384594963074136,
  0.13334804663624336, 0.11706237148816372, 0.11723170160799075,
]);


let PL: v128 = f64x2.splat(0);

/** y log(ax) for positive normal ax: returns the high part, sets PL to the low part. */
@inline function yLog(ax: v128, y: v128, eadj: v128, useAdj: bool): v128 {
  const tmp = i64x2.sub(ax, K(OFF));
  let e = i64ToF64(i64x2.shr_s(tmp, 52));
  if (useAdj) e = add(e, eadj);
  const f = sub(i64x2.sub(ax, v128.and(tmp, K(HIMASK))), K(ONE));
  const dh = add(K(TWO), f);
  const dl = sub(f, sub(dh, K(TWO)));
  const sh = div(f, dh);
  const p = mul(sh, dh);
  const sl = div(sub(sub(sub(f, p), prodErr(sh, dh, p)), mul(sh, dl)), dh);
  const zh = mul(sh, sh);
  const zl = prodErr(sh, sh, zh);
  const ch = mul(zh, sh);
  // s^3 = ch + cl, including the 3 s^2 sl term of the low part of s
  const cl = add(add(prodErr(zh, sh, ch), mul(zl, sh)), mul(mul(K(THREE), zh), sl));
  const t1h = mul(K(TWO3_HI), ch);
  const t1l = add(add(prodErr(K(TWO3_HI), ch, t1h), mul(K(TWO3_HI), cl)), mul(K(TWO3_LO), ch));
  const t2 = mul(mul(ch, zh), poly(zh, POW_Q, 8));
  const s2 = add(sh, sh);
  const ah = add(s2, t1h);
  const al = add(add(add(sub(t1h, sub(ah, s2)), add(sl, sl)), t1l), t2);
  const eh = mul(e, K(LN2_HI));
  const lh0 = add(eh, ah);
  const ll0 = add(add(sub(ah, sub(lh0, eh)), al), mul(e, K(LN2_LO)));
  const LH = add(lh0, ll0);
  const LL = sub(ll0, sub(LH, lh0));
  const ph = mul(y, LH);
  PL = add(prodErr(y, LH, ph), mul(y, LL));
  return ph;
}

/** exp(ph + pl) for |ph| < 708. */
@inline function expDD(ph: v128, pl: v128): v128 { return expDDFast(ph, pl); }

@inline export function isInt(y: v128): v128 { return f64x2.eq(f64x2.nearest(y), y); }
@inline export function isOddInt(y: v128): v128 {
  const h = mul(y, K(HALF));
  return v128.and(isInt(y), f64x2.ne(f64x2.nearest(h), h));
}

function isOddIntS(y: f64): bool {
  if (Math.abs(y) >= 9007199254740992.0 || Math.floor(y) != y) return false;
  return Math.floor(y * 0.5) != y * 0.5;
}

/** x^y for one lane outside the fast path (C99 Annex F special cases, scaling). */
export function powSpecial(x: f64, y: f64): f64 {
  if (y == 0 || x == 1) return 1;
  if (x != x || y != y) return x + y;
  const ax = Math.abs(x);
  if (Math.abs(y) == Infinity) {
    if (ax == 1) return 1;
    return (ax < 1) == (y < 0) ? Infinity : 0;
  }
  const odd = isOddIntS(y);
  if (ax == 0) {
    if (y < 0) return odd ? 1 / x : Infinity;
    return odd ? x : 0;
  }
  if (ax == Infinity) {
    if (x > 0) return y < 0 ? 0 : Infinity;
    if (odd) return y < 0 ? -0.0 : -Infinity;
    return y < 0 ? 0 : Infinity;
  }
  if (x < 0 && Math.floor(y) != y) return NaN;
  if (ax == 1) return odd ? -1 : 1;
  if (Math.abs(y) >= 8.452712498170644e270) {
    // |y log|x|| >= 2^847: the result over- or underflows.
    const big = (ax > 1) == (y > 0);
    return big ? (x < 0 && odd ? -Infinity : Infinity) : (x < 0 && odd ? -0.0 : 0);
  }
  // Regular operands: subnormal x or a result near/over the exponent range.
  let u = ax;
  let adj = 0.0;
  if (u < 2.2250738585072014e-308) {
    u *= 18014398509481984.0;
    adj = -54;
  }
  const yv = f64x2.splat(y);
  const ph = f64x2.extract_lane(yLog(f64x2.splat(u), yv, f64x2.splat(adj), true), 0);
  const pl = f64x2.extract_lane(PL, 0);
  const r = ph > 709.8 ? Infinity : ph < -745.2 ? 0 : expScaledDD(ph, pl, 0);
  return x < 0 && odd ? -r : r;
}

@final export class Power64 {
  @inline vec2(x: v128, y: v128): v128 {
    const ax = vabs(x);
    const ph = yLog(ax, y, ax, false);
    const pl = PL;
    let r = expDD(ph, pl);
    r = v128.or(r, v128.and(v128.and(f64x2.lt(x, K(ZERO)), isOddInt(y)), K(SIGN64)));
    // fast lanes: x normal finite (negative only with integer y), y finite, |y log x| < 708
    const okx = v128.and(f64x2.ge(ax, K(MIN_NORMAL)), f64x2.lt(ax, K(INF)));
    const oky = v128.and(f64x2.lt(vabs(y), K(Y_BIG)), v128.or(f64x2.gt(x, K(ZERO)), isInt(y)));
    const m = v128.not(v128.and(v128.and(okx, oky), f64x2.lt(vabs(ph), K(POW_FAST))));
    if (anyTrue(m)) {
      if (i64x2.extract_lane(m, 0) != 0) r = f64x2.replace_lane(r, 0, powSpecial(f64x2.extract_lane(x, 0), f64x2.extract_lane(y, 0)));
      if (i64x2.extract_lane(m, 1) != 0) r = f64x2.replace_lane(r, 1, powSpecial(f64x2.extract_lane(x, 1), f64x2.extract_lane(y, 1)));
    }
    return r;
  }
}
