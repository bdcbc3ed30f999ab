// Shared pieces of the transcendental kernels: vector helpers, constants in memory, and the
// loop drivers that turn a per-vector core (an op class with an @inline `vec` method) into the
// exported (pointer, byte stride, count) kernels.
//
// Every path (contiguous SIMD, strided, broadcast, tail) runs the same vector core, so results
// never depend on the layout. Constants are read from linear memory (v128.load64_splat):
// V8 materialises v128.const with several instructions per use, which doubled the cost of the
// polynomial kernels when measured.

// ---- f64x2 shorthands --------------------------------------------------------------------------
@inline export function add(a: v128, b: v128): v128 { return f64x2.add(a, b); }
@inline export function sub(a: v128, b: v128): v128 { return f64x2.sub(a, b); }
@inline export function mul(a: v128, b: v128): v128 { return f64x2.mul(a, b); }
@inline export function div(a: v128, b: v128): v128 { return f64x2.div(a, b); }
@inline export function vabs(a: v128): v128 { return f64x2.abs(a); }
/** Lanes of `a` where the mask is set, else lanes of `b`. */
@inline export function sel(mask: v128, a: v128, b: v128): v128 { return v128.bitselect(a, b, mask); }
/** |y| with the sign of x (lane-wise copysign). */
@inline export function copysign(y: v128, x: v128): v128 { return v128.bitselect(x, y, K(SIGN64)); }
@inline export function anyTrue(m: v128): bool { return v128.any_true(m); }

/** A splatted f64 constant stored at `p`. */
@inline export function K(p: usize): v128 { return v128.load64_splat(p); }
/** The i-th splatted f64 constant of the block at `p`. */
@inline export function Ki(p: usize, i: i32): v128 { return v128.load64_splat(p + (<usize>i << 3)); }

// Bit patterns (as f64 storage, read by K and used with integer ops).
export const SIGN64 = memory.data<u64>([0x8000000000000000]);
export const ABS64 = memory.data<u64>([0x7fffffffffffffff]);
export const ONE_I64 = memory.data<u64>([1]);
export const THREE_I64 = memory.data<u64>([3]);
/** 1.5 * 2^52: adding it rounds to an integer held in the low mantissa bits. */
export const SHIFT52 = memory.data<f64>([6755399441055744.0]);
export const ONE = memory.data<f64>([1.0]);
export const TWO = memory.data<f64>([2.0]);
export const HALF = memory.data<f64>([0.5]);
export const ZERO = memory.data<f64>([0.0]);
export const INF = memory.data<f64>([Infinity]);
export const MIN_NORMAL = memory.data<f64>([2.2250738585072014e-308]);
export const LN2_HI = memory.data<f64>([6.93147180369123816490e-01]);
export const LN2_LO = memory.data<f64>([1.90821492927058770002e-10]);

/** Estrin evaluation of c[0] + c[1] z + ... + c[n-1] z^(n-1), constants at p (n constant). */
@inline export function poly(z: v128, p: usize, n: i32): v128 {
  if (n == 2) {
    return add(Ki(p, 0), mul(Ki(p, 1), z));
  }
  if (n == 3) {
    const z2 = mul(z, z);
    const t1_0 = add(Ki(p, 0), mul(Ki(p, 1), z));
    const t1_1 = Ki(p, 2);
    return add(t1_0, mul(t1_1, z2));
  }
  if (n == 4) {
    const z2 = mul(z, z);
    const t1_0 = add(Ki(p, 0), mul(Ki(p, 1), z));
    const t1_1 = add(Ki(p, 2), mul(Ki(p, 3), z));
    return add(t1_0, mul(t1_1, z2));
  }
  if (n == 5) {
    const z2 = mul(z, z);
    const t1_0 = add(Ki(p, 0), mul(Ki(p, 1), z));
    const t1_1 = add(Ki(p, 2), mul(Ki(p, 3), z));
    const t1_2 = Ki(p, 4);
    const z4 = mul(z2, z2);
    const t2_0 = add(t1_0, mul(t1_1, z2));
    const t2_1 = t1_2;
    return add(t2_0, mul(t2_1, z4));
  }
  if (n == 6) {
    const z2 = mul(z, z);
    const t1_0 = add(Ki(p, 0), mul(Ki(p, 1), z));
    const t1_1 = add(Ki(p, 2), mul(Ki(p, 3), z));
    const t1_2 = add(Ki(p, 4), mul(Ki(p, 5), z));
    const z4 = mul(z2, z2);
    const t2_0 = add(t1_0, mul(t1_1, z2));
    const t2_1 = t1_2;
    return add(t2_0, mul(t2_1, z4));
  }
  if (n == 7) {
    const z2 = mul(z, z);
    const t1_0 = add(Ki(p, 0), mul(Ki(p, 1), z));
    const t1_1 = add(Ki(p, 2), mul(Ki(p, 3), z));
    const t1_2 = add(Ki(p, 4), mul(Ki(p, 5), z));
    const t1_3 = Ki(p, 6);
    const z4 = mul(z2, z2);
    const t2_0 = add(t1_0, mul(t1_1, z2));
    const t2_1 = add(t1_2, mul(t1_3, z2));
    return add(t2_0, mul(t2_1, z4));
  }
  if (n == 8) {
    const z2 = mul(z, z);
    const t1_0 = add(Ki(p, 0), mul(Ki(p, 1), z));
    const t1_1 = add(Ki(p, 2), mul(Ki(p, 3), z));
    const t1_2 = add(Ki(p, 4), mul(Ki(p, 5), z));
    const t1_3 = add(Ki(p, 6), mul(Ki(p, 7), z));
    const z4 = mul(z2, z2);
    const t2_0 = add(t1_0, mul(t1_1, z2));
    const t2_1 = add(t1_2, mul(t1_3, z2));
    return add(t2_0, mul(t2_1, z4));
  }
  if (n == 9) {
    const z2 = mul(z, z);
    const t1_0 = add(Ki(p, 0), mul(Ki(p, 1), z));
    const t1_1 = add(Ki(p, 2), mul(Ki(p, 3), z));
    const t1_2 = add(Ki(p, 4), mul(Ki(p, 5), z));
    const t1_3 = add(Ki(p, 6), mul(Ki(p, 7), z));
    const t1_4 = Ki(p, 8);
    const z4 = mul(z2, z2);
    const t2_0 = add(t1_0, mul(t1_1, z2));
    const t2_1 = add(t1_2, mul(t1_3, z2));
    const t2_2 = t1_4;
    const z8 = mul(z4, z4);
    const t3_0 = add(t2_0, mul(t2_1, z4));
    const t3_1 = t2_2;
    return add(t3_0, mul(t3_1, z8));
  }
  if (n == 10) {
    const z2 = mul(z, z);
    const t1_0 = add(Ki(p, 0), mul(Ki(p, 1), z));
    const t1_1 = add(Ki(p, 2), mul(Ki(p, 3), z));
    const t1_2 = add(Ki(p, 4), mul(Ki(p, 5), z));
    const t1_3 = add(Ki(p, 6), mul(Ki(p, 7), z));
    const t1_4 = add(Ki(p, 8), mul(Ki(p, 9), z));
    const z4 = mul(z2, z2);
    const t2_0 = add(t1_0, mul(t1_1, z2));
    const t2_1 = add(t1_2, mul(t1_3, z2));
    const t2_2 = t1_4;
    const z8 = mul(z4, z4);
    const t3_0 = add(t2_0, mul(t2_1, z4));
    const t3_1 = t2_2;
    return add(t3_0, mul(t3_1, z8));
  }
  if (n == 11) {
    const z2 = mul(z, z);
    const t1_0 = add(Ki(p, 0), mul(Ki(p, 1), z));
    const t1_1 = add(Ki(p, 2), mul(Ki(p, 3), z));
    const t1_2 = add(Ki(p, 4), mul(Ki(p, 5), z));
    const t1_3 = add(Ki(p, 6), mul(Ki(p, 7), z));
    const t1_4 = add(Ki(p, 8), mul(Ki(p, 9), z));
    const t1_5 = Ki(p, 10);
    const z4 = mul(z2, z2);
    const t2_0 = add(t1_0, mul(t1_1, z2));
    const t2_1 = add(t1_2, mul(t1_3, z2));
    const t2_2 = add(t1_4, mul(t1_5, z2));
    const z8 = mul(z4, z4);
    const t3_0 = add(t2_0, mul(t2_1, z4));
    const t3_1 = t2_2;
    return add(t3_0, mul(t3_1, z8));
  }
  if (n == 12) {
    const z2 = mul(z, z);
    const t1_0 = add(Ki(p, 0), mul(Ki(p, 1), z));
    const t1_1 = add(Ki(p, 2), mul(Ki(p, 3), z));
    const t1_2 = add(Ki(p, 4), mul(Ki(p, 5), z));
    const t1_3 = add(Ki(p, 6), mul(Ki(p, 7), z));
    const t1_4 = add(Ki(p, 8), mul(Ki(p, 9), z));
    const t1_5 = add(Ki(p, 10), mul(Ki(p, 11), z));
    const z4 = mul(z2, z2);
    const t2_0 = add(t1_0, mul(t1_1, z2));
    const t2_1 = add(t1_2, mul(t1_3, z2));
    const t2_2 = add(t1_4, mul(t1_5, z2));
    const z8 = mul(z4, z4);
    const t3_0 = add(t2_0, mul(t2_1, z4));
    const t3_1 = t2_2;
    return add(t3_0, mul(t3_1, z8));
  }
  if (n == 13) {
    const z2 = mul(z, z);
    const t1_0 = add(Ki(p, 0), mul(Ki(p, 1), z));
    const t1_1 = add(Ki(p, 2), mul(Ki(p, 3), z));
    const t1_2 = add(Ki(p, 4), mul(Ki(p, 5), z));
    const t1_3 = add(Ki(p, 6), mul(Ki(p, 7), z));
    const t1_4 = add(Ki(p, 8), mul(Ki(p, 9), z));
    const t1_5 = add(Ki(p, 10), mul(Ki(p, 11), z));
    const t1_6 = Ki(p, 12);
    const z4 = mul(z2, z2);
    const t2_0 = add(t1_0, mul(t1_1, z2));
    const t2_1 = add(t1_2, mul(t1_3, z2));
    const t2_2 = add(t1_4, mul(t1_5, z2));
    const t2_3 = t1_6;
    const z8 = mul(z4, z4);
    const t3_0 = add(t2_0, mul(t2_1, z4));
    const t3_1 = add(t2_2, mul(t2_3, z4));
    return add(t3_0, mul(t3_1, z8));
  }
  if (n == 14) {
    const z2 = mul(z, z);
    const t1_0 = add(Ki(p, 0), mul(Ki(p, 1), z));
    const t1_1 = add(Ki(p, 2), mul(Ki(p, 3), z));
    const t1_2 = add(Ki(p, 4), mul(Ki(p, 5), z));
    const t1_3 = add(Ki(p, 6), mul(Ki(p, 7), z));
    const t1_4 = add(Ki(p, 8), mul(Ki(p, 9), z));
    const t1_5 = add(Ki(p, 10), mul(Ki(p, 11), z));
    const t1_6 = add(Ki(p, 12), mul(Ki(p, 13), z));
    const z4 = mul(z2, z2);
    const t2_0 = add(t1_0, mul(t1_1, z2));
    const t2_1 = add(t1_2, mul(t1_3, z2));
    const t2_2 = add(t1_4, mul(t1_5, z2));
    const t2_3 = t1_6;
    const z8 = mul(z4, z4);
    const t3_0 = add(t2_0, mul(t2_1, z4));
    const t3_1 = add(t2_2, mul(t2_3, z4));
    return add(t3_0, mul(t3_1, z8));
  }
  if (n == 15) {
    const z2 = mul(z, z);
    const t1_0 = add(Ki(p, 0), mul(Ki(p, 1), z));
    const t1_1 = add(Ki(p, 2), mul(Ki(p, 3), z));
    const t1_2 = add(Ki(p, 4), mul(Ki(p, 5), z));
    const t1_3 = add(Ki(p, 6), mul(Ki(p, 7), z));
    const t1_4 = add(Ki(p, 8), mul(Ki(p, 9), z));
    const t1_5 = add(Ki(p, 10), mul(Ki(p, 11), z));
    const t1_6 = add(Ki(p, 12), mul(Ki(p, 13), z));
    const t1_7 = Ki(p, 14);
    const z4 = mul(z2, z2);
    const t2_0 = add(t1_0, mul(t1_1, z2));
    const t2_1 = add(t1_2, mul(t1_3, z2));
    const t2_2 = add(t1_4, mul(t1_5, z2));
    const t2_3 = add(t1_6, mul(t1_7, z2));
    const z8 = mul(z4, z4);
    const t3_0 = add(t2_0, mul(t2_1, z4));
    const t3_1 = add(t2_2, mul(t2_3, z4));
    return add(t3_0, mul(t3_1, z8));
  }
  return Ki(p, 0);
}

const SPLIT = memory.data<f64>([134217729.0]);
/** Error of the product a * b = p (Dekker, no fma). */
@inline export function prodErr(a: v128, b: v128, p: v128): v128 {
  const ca = mul(K(SPLIT), a);
  const ah = sub(ca, sub(ca, a));
  const al = sub(a, ah);
  const cb = mul(K(SPLIT), b);
  const bh = sub(cb, sub(cb, b));
  const bl = sub(b, bh);
  return add(add(add(sub(mul(ah, bh), p), mul(ah, bl)), mul(al, bh)), mul(al, bl));
}

/** Integer lanes (small, |k| < 2^51) of a v128 of i64 to f64 lanes, exactly. */
@inline export function i64ToF64(k: v128): v128 {
  return f64x2.sub(i64x2.add(k, K(SHIFT52)), K(SHIFT52));
}

/** Multiplies by 2^k where k (i64 lanes) keeps the result normal: adds k to the exponent. */
@inline export function scaleBits(y: v128, k: v128): v128 { return i64x2.add(y, i64x2.shl(k, 52)); }

/** Scalar 2^k for any integer k in [-1074, 1023]. */
export function pow2(k: i32): f64 {
  if (k >= -1022) return reinterpret<f64>(<u64>(k + 1023) << 52);
  return reinterpret<f64>(<u64>1 << <u64>(k + 1074));
}

// ---- loop drivers ------------------------------------------------------------------------------
// An op class is a @final class with `@inline vec(x: v128): v128` (f64x2 or f32x4 lanes, per the
// driver) or `@inline vec2(x: v128, y: v128): v128` for binary ops. A "split" op also has
// `fast(x)` (the vector formula, whose results are always finite) and `anyBad(x0, x1)` (true when
// a lane of either vector needs more than `fast`): the contiguous loop runs two vectors through
// `fast` and, in the rare groups with a bad lane, redoes the group with `vec` out of line (so no
// vector value lives across a call in the hot loop).
//
// Every driver returns 1 when a result is NaN or infinite, else 0 (the ufunc layer then works out
// the floating-point condition): r * 0 is NaN exactly for non-finite r, accumulated per vector.

// Out-of-line copies of the cores for the non-contiguous paths, so each kernel inlines its core
// only in the contiguous loop (the module stays small; a call per vector costs nothing here).
function callVec<Op>(x: v128): v128 { return changetype<Op>(0).vec(x); }
function callVec2<Op>(x: v128, y: v128): v128 { return changetype<Op>(0).vec2(x, y); }

/** acc + y * 0 (f64 lanes): NaN lanes mark non-finite results. */
@inline function nf64(acc: v128, y: v128): v128 { return f64x2.add(acc, f64x2.mul(y, f64x2.splat(0))); }
@inline function nf32(acc: v128, y: v128): v128 { return f32x4.add(acc, f32x4.mul(y, f32x4.splat(0))); }
@inline function seen64(acc: v128): i32 { return v128.any_true(f64x2.ne(acc, acc)) ? 1 : 0; }
@inline function seen32(acc: v128): i32 { return v128.any_true(f32x4.ne(acc, acc)) ? 1 : 0; }

/** Two f64x2 vectors at p through `vec`, stored at q (loads first: q may equal p). */
function slow64<Op>(p: usize, q: usize): i32 {
  const op = changetype<Op>(0);
  const x0 = v128.load(p);
  const x1 = v128.load(p, 16);
  const y0 = op.vec(x0);
  const y1 = op.vec(x1);
  v128.store(q, y0);
  v128.store(q, y1, 16);
  return seen64(nf64(nf64(f64x2.splat(0), y0), y1));
}
/** Two f32x4 vectors at p through `vec`, stored at q. */
function slow32<Op>(p: usize, q: usize): i32 {
  const op = changetype<Op>(0);
  const x0 = v128.load(p);
  const x1 = v128.load(p, 16);
  const y0 = op.vec(x0);
  const y1 = op.vec(x1);
  v128.store(q, y0);
  v128.store(q, y1, 16);
  return seen32(nf32(nf32(f32x4.splat(0), y0), y1));
}

/** Unary f64 kernel: out[i] = op(a[i]). Strides in bytes; out may alias a exactly. */
@inline export function unary64<Op>(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 {
  const op = changetype<Op>(0);
  if (n <= 0) return 0;
  let i = 0;
  let acc = f64x2.splat(0);
  if (sa == 8 && so == 8) {
    for (; i + 4 <= n; i += 4) {
      const p = a + (<usize>i << 3);
      const q = out + (<usize>i << 3);
      const x0 = v128.load(p);
      const x1 = v128.load(p, 16);
      const y0 = op.vec(x0);
      const y1 = op.vec(x1);
      v128.store(q, y0);
      v128.store(q, y1, 16);
      acc = nf64(nf64(acc, y0), y1);
    }
    if (i + 2 <= n) {
      const y = callVec<Op>(v128.load(a + (<usize>i << 3)));
      v128.store(out + (<usize>i << 3), y);
      acc = nf64(acc, y);
      i += 2;
    }
    if (i < n) {
      const y = callVec<Op>(v128.load64_splat(a + (<usize>i << 3)));
      store<f64>(out + (<usize>i << 3), f64x2.extract_lane(y, 0));
      acc = nf64(acc, y);
    }
    return seen64(acc);
  }
  if (sa == 0) {
    const v = f64x2.extract_lane(callVec<Op>(v128.load64_splat(a)), 0);
    for (; i < n; i++) store<f64>(out + <usize>(<isize>i * so), v);
    return v - v != 0 ? 1 : 0;
  }
  let pa = a;
  let po = out;
  for (; i + 2 <= n; i += 2) {
    let x = v128.load64_splat(pa);
    x = v128.load64_lane(pa + sa, x, 1);
    const y = callVec<Op>(x);
    v128.store64_lane(po, y, 0);
    v128.store64_lane(po + so, y, 1);
    acc = nf64(acc, y);
    pa += sa << 1;
    po += so << 1;
  }
  if (i < n) {
    const y = callVec<Op>(v128.load64_splat(pa));
    store<f64>(po, f64x2.extract_lane(y, 0));
    acc = nf64(acc, y);
  }
  return seen64(acc);
}

/** Unary f64 kernel over a split op (see above): contiguous groups of 4 run `fast`. */
@inline export function unary64split<Op>(a: usize, sa: isize, out: usize, so: isize, n: i32, serial: bool = false): i32 {
  const op = changetype<Op>(0);
  if (n <= 0) return 0;
  if (sa == 8 && so == 8) {
    let i = 0;
    let flag = 0;
    for (; i + 4 <= n; i += 4) {
      const p = a + (<usize>i << 3);
      const q = out + (<usize>i << 3);
      const x0 = v128.load(p);
      const x1 = v128.load(p, 16);
      if (op.anyBad(x0, x1)) {
        flag |= slow64<Op>(p, q);
        continue;
      }
      if (serial) {
        // Each result stored before the next is computed: the store orders the second vector's
        // loads after it, so V8 does not interleave two long cores (and spill). Table-driven
        // cores with short chains run faster interleaved.
        v128.store(q, op.fast(x0));
        v128.store(q, op.fast(x1), 16);
      } else {
        const y0 = op.fast(x0);
        const y1 = op.fast(x1);
        v128.store(q, y0);
        v128.store(q, y1, 16);
      }
    }
    if (i < n) flag |= unary64<Op>(a + (<usize>i << 3), 8, out + (<usize>i << 3), 8, n - i);
    return flag;
  }
  return unary64<Op>(a, sa, out, so, n);
}

/** Binary f64 kernel: out[i] = op(a[i], b[i]). */
@inline export function binary64<Op>(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): i32 {
  const op = changetype<Op>(0);
  if (n <= 0) return 0;
  let i = 0;
  let acc = f64x2.splat(0);
  if (sa == 8 && so == 8 && (sb == 8 || sb == 0)) {
    if (sb == 0) {
      // array op scalar (x ** 2.0, ...): the scalar is splatted once
      const yb = v128.load64_splat(b);
      for (; i + 2 <= n; i += 2) {
        const o = <usize>i << 3;
        const r = op.vec2(v128.load(a + o), yb);
        v128.store(out + o, r);
        acc = nf64(acc, r);
      }
      if (i < n) {
        const r = callVec2<Op>(v128.load64_splat(a + (<usize>i << 3)), yb);
        store<f64>(out + (<usize>i << 3), f64x2.extract_lane(r, 0));
        acc = nf64(acc, r);
      }
      return seen64(acc);
    }
    for (; i + 2 <= n; i += 2) {
      const o = <usize>i << 3;
      const r = op.vec2(v128.load(a + o), v128.load(b + o));
      v128.store(out + o, r);
      acc = nf64(acc, r);
    }
    if (i < n) {
      const o = <usize>i << 3;
      const r = callVec2<Op>(v128.load64_splat(a + o), v128.load64_splat(b + o));
      store<f64>(out + o, f64x2.extract_lane(r, 0));
      acc = nf64(acc, r);
    }
    return seen64(acc);
  }
  let pa = a;
  let pb = b;
  let po = out;
  for (; i + 2 <= n; i += 2) {
    const x = v128.load64_lane(pa + sa, v128.load64_splat(pa), 1);
    const y = v128.load64_lane(pb + sb, v128.load64_splat(pb), 1);
    const r = callVec2<Op>(x, y);
    v128.store64_lane(po, r, 0);
    v128.store64_lane(po + so, r, 1);
    acc = nf64(acc, r);
    pa += sa << 1;
    pb += sb << 1;
    po += so << 1;
  }
  if (i < n) {
    const r = callVec2<Op>(v128.load64_splat(pa), v128.load64_splat(pb));
    store<f64>(po, f64x2.extract_lane(r, 0));
    acc = nf64(acc, r);
  }
  return seen64(acc);
}

/** Unary f32 kernel over a native f32x4 core. */
@inline export function unary32<Op>(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 {
  const op = changetype<Op>(0);
  if (n <= 0) return 0;
  let i = 0;
  let acc = f32x4.splat(0);
  if (sa == 4 && so == 4) {
    for (; i + 8 <= n; i += 8) {
      const p = a + (<usize>i << 2);
      const q = out + (<usize>i << 2);
      const x0 = v128.load(p);
      const x1 = v128.load(p, 16);
      const y0 = op.vec(x0);
      const y1 = op.vec(x1);
      v128.store(q, y0);
      v128.store(q, y1, 16);
      acc = nf32(nf32(acc, y0), y1);
    }
    if (i + 4 <= n) {
      const y = callVec<Op>(v128.load(a + (<usize>i << 2)));
      v128.store(out + (<usize>i << 2), y);
      acc = nf32(acc, y);
      i += 4;
    }
    for (; i < n; i++) {
      const y = callVec<Op>(v128.load32_splat(a + (<usize>i << 2)));
      store<f32>(out + (<usize>i << 2), f32x4.extract_lane(y, 0));
      acc = nf32(acc, y);
    }
    return seen32(acc);
  }
  if (sa == 0) {
    const v = f32x4.extract_lane(callVec<Op>(v128.load32_splat(a)), 0);
    for (; i < n; i++) store<f32>(out + <usize>(<isize>i * so), v);
    return v - v != 0 ? 1 : 0;
  }
  let pa = a;
  let po = out;
  for (; i + 4 <= n; i += 4) {
    let x = v128.load32_splat(pa);
    x = v128.load32_lane(pa + sa, x, 1);
    x = v128.load32_lane(pa + sa * 2, x, 2);
    x = v128.load32_lane(pa + sa * 3, x, 3);
    const y = callVec<Op>(x);
    v128.store32_lane(po, y, 0);
    v128.store32_lane(po + so, y, 1);
    v128.store32_lane(po + so * 2, y, 2);
    v128.store32_lane(po + so * 3, y, 3);
    acc = nf32(acc, y);
    pa += sa << 2;
    po += so << 2;
  }
  for (; i < n; i++) {
    const y = callVec<Op>(v128.load32_splat(pa));
    store<f32>(po, f32x4.extract_lane(y, 0));
    acc = nf32(acc, y);
    pa += sa;
    po += so;
  }
  return seen32(acc);
}

/** Unary f32 kernel over a split op: contiguous groups of 8 run `fast`. */
@inline export function unary32split<Op>(a: usize, sa: isize, out: usize, so: isize, n: i32, serial: bool = false): i32 {
  const op = changetype<Op>(0);
  if (n <= 0) return 0;
  if (sa == 4 && so == 4) {
    let i = 0;
    let flag = 0;
    for (; i + 8 <= n; i += 8) {
      const p = a + (<usize>i << 2);
      const q = out + (<usize>i << 2);
      const x0 = v128.load(p);
      const x1 = v128.load(p, 16);
      if (op.anyBad(x0, x1)) {
        flag |= slow32<Op>(p, q);
        continue;
      }
      if (serial) {
        v128.store(q, op.fast(x0));
        v128.store(q, op.fast(x1), 16);
      } else {
        const y0 = op.fast(x0);
        const y1 = op.fast(x1);
        v128.store(q, y0);
        v128.store(q, y1, 16);
      }
    }
    if (i < n) flag |= unary32<Op>(a + (<usize>i << 2), 4, out + (<usize>i << 2), 4, n - i);
    return flag;
  }
  return unary32<Op>(a, sa, out, so, n);
}

/** Binary f32 kernel over a native f32x4 core. */
@inline export function binary32<Op>(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): i32 {
  const op = changetype<Op>(0);
  if (n <= 0) return 0;
  let i = 0;
  let acc = f32x4.splat(0);
  if (sa == 4 && so == 4 && (sb == 4 || sb == 0)) {
    if (sb == 0) {
      const yb = v128.load32_splat(b);
      for (; i + 4 <= n; i += 4) {
        const o = <usize>i << 2;
        const r = op.vec2(v128.load(a + o), yb);
        v128.store(out + o, r);
        acc = nf32(acc, r);
      }
      for (; i < n; i++) {
        const o = <usize>i << 2;
        const r = callVec2<Op>(v128.load32_splat(a + o), yb);
        store<f32>(out + o, f32x4.extract_lane(r, 0));
        acc = nf32(acc, r);
      }
      return seen32(acc);
    }
    for (; i + 4 <= n; i += 4) {
      const o = <usize>i << 2;
      const r = op.vec2(v128.load(a + o), v128.load(b + o));
      v128.store(out + o, r);
      acc = nf32(acc, r);
    }
    for (; i < n; i++) {
      const o = <usize>i << 2;
      const r = callVec2<Op>(v128.load32_splat(a + o), v128.load32_splat(b + o));
      store<f32>(out + o, f32x4.extract_lane(r, 0));
      acc = nf32(acc, r);
    }
    return seen32(acc);
  }
  let pa = a;
  let pb = b;
  let po = out;
  for (; i + 4 <= n; i += 4) {
    let x = v128.load32_splat(pa);
    x = v128.load32_lane(pa + sa, x, 1);
    x = v128.load32_lane(pa + sa * 2, x, 2);
    x = v128.load32_lane(pa + sa * 3, x, 3);
    let y = v128.load32_splat(pb);
    y = v128.load32_lane(pb + sb, y, 1);
    y = v128.load32_lane(pb + sb * 2, y, 2);
    y = v128.load32_lane(pb + sb * 3, y, 3);
    const r = callVec2<Op>(x, y);
    v128.store32_lane(po, r, 0);
    v128.store32_lane(po + so, r, 1);
    v128.store32_lane(po + so * 2, r, 2);
    v128.store32_lane(po + so * 3, r, 3);
    acc = nf32(acc, r);
    pa += sa << 2;
    pb += sb << 2;
    po += so << 2;
  }
  for (; i < n; i++) {
    const r = callVec2<Op>(v128.load32_splat(pa), v128.load32_splat(pb));
    store<f32>(po, f32x4.extract_lane(r, 0));
    acc = nf32(acc, r);
    pa += sa;
    pb += sb;
    po += so;
  }
  return seen32(acc);
}

/** An f32x4 core made of an f64x2 core: each half is widened, computed in f64, and rounded. */
@final export class Via64<Op> {
  @inline vec(x: v128): v128 {
    const op = changetype<Op>(0);
    const lo = op.vec(f64x2.promote_low_f32x4(x));
    const hi = op.vec(f64x2.promote_low_f32x4(i32x4.shuffle(x, x, 2, 3, 0, 1)));
    return i32x4.shuffle(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
  }
  @inline vec2(x: v128, y: v128): v128 {
    const op = changetype<Op>(0);
    const lo = op.vec2(f64x2.promote_low_f32x4(x), f64x2.promote_low_f32x4(y));
    const hi = op.vec2(f64x2.promote_low_f32x4(i32x4.shuffle(x, x, 2, 3, 0, 1)), f64x2.promote_low_f32x4(i32x4.shuffle(y, y, 2, 3, 0, 1)));
    return i32x4.shuffle(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
  }
}
