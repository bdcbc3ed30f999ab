// Reductions over one strided run: sum (NumPy's pairwise summation, bit for bit), prod
// (sequential), max/min (NaN-propagating), argmax/argmin (first occurrence, first NaN wins),
// any/all. Float sums return the raw pairwise sum of the run (-0.0 for an empty run); NumPy's
// add.reduce computes `initial + sum(run)` with initial 0.0, block by block of 8192 elements
// for longer runs, and the op layer does that part.

import { Add, FMaxAcc, FMinAcc, Max, Min, Mul } from "./ops";

const PW_BLOCKSIZE = 128;

/** 16 static bytes to spill a v128 into lanes. */
const LANES = memory.data(16, 16);

/** NumPy's pairwise_sum (numpy/_core/src/umath/loops_utils.h.src) over n elements of stride s. */
function pairwise<T>(a: usize, n: i32, s: isize): T {
  if (n < 8) {
    let res: T = <T>-0.0;
    for (let i = 0; i < n; i++) res += load<T>(a + <usize>(<isize>i * s));
    return res;
  }
  if (n <= PW_BLOCKSIZE) {
    let r0: T, r1: T, r2: T, r3: T, r4: T, r5: T, r6: T, r7: T;
    let i = 8;
    const end = n - (n % 8);
    if (s == <isize>sizeof<T>()) {
      // The eight accumulators are lanes of v128s, added in NumPy's order.
      if (sizeof<T>() == 8) {
        let v0 = v128.load(a), v1 = v128.load(a, 16), v2 = v128.load(a, 32), v3 = v128.load(a, 48);
        for (; i < end; i += 8) {
          const p = a + (<usize>i << 3);
          v0 = f64x2.add(v0, v128.load(p));
          v1 = f64x2.add(v1, v128.load(p, 16));
          v2 = f64x2.add(v2, v128.load(p, 32));
          v3 = f64x2.add(v3, v128.load(p, 48));
        }
        r0 = <T>f64x2.extract_lane(v0, 0); r1 = <T>f64x2.extract_lane(v0, 1);
        r2 = <T>f64x2.extract_lane(v1, 0); r3 = <T>f64x2.extract_lane(v1, 1);
        r4 = <T>f64x2.extract_lane(v2, 0); r5 = <T>f64x2.extract_lane(v2, 1);
        r6 = <T>f64x2.extract_lane(v3, 0); r7 = <T>f64x2.extract_lane(v3, 1);
      } else {
        let v0 = v128.load(a), v1 = v128.load(a, 16);
        for (; i < end; i += 8) {
          const p = a + (<usize>i << 2);
          v0 = f32x4.add(v0, v128.load(p));
          v1 = f32x4.add(v1, v128.load(p, 16));
        }
        r0 = <T>f32x4.extract_lane(v0, 0); r1 = <T>f32x4.extract_lane(v0, 1);
        r2 = <T>f32x4.extract_lane(v0, 2); r3 = <T>f32x4.extract_lane(v0, 3);
        r4 = <T>f32x4.extract_lane(v1, 0); r5 = <T>f32x4.extract_lane(v1, 1);
        r6 = <T>f32x4.extract_lane(v1, 2); r7 = <T>f32x4.extract_lane(v1, 3);
      }
    } else {
      r0 = load<T>(a);
      r1 = load<T>(a + <usize>s);
      r2 = load<T>(a + <usize>(2 * s));
      r3 = load<T>(a + <usize>(3 * s));
      r4 = load<T>(a + <usize>(4 * s));
      r5 = load<T>(a + <usize>(5 * s));
      r6 = load<T>(a + <usize>(6 * s));
      r7 = load<T>(a + <usize>(7 * s));
      for (; i < end; i += 8) {
        const p = a + <usize>(<isize>i * s);
        r0 += load<T>(p);
        r1 += load<T>(p + <usize>s);
        r2 += load<T>(p + <usize>(2 * s));
        r3 += load<T>(p + <usize>(3 * s));
        r4 += load<T>(p + <usize>(4 * s));
        r5 += load<T>(p + <usize>(5 * s));
        r6 += load<T>(p + <usize>(6 * s));
        r7 += load<T>(p + <usize>(7 * s));
      }
    }
    let res: T = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < n; i++) res += load<T>(a + <usize>(<isize>i * s));
    return res;
  }
  let n2 = n / 2;
  n2 -= n2 % 8;
  return pairwise<T>(a, n2, s) + pairwise<T>(a + <usize>(<isize>n2 * s), n - n2, s);
}

/** Pairwise sum of a float64 run, as NumPy's add.reduce loop computes it. */
export function sum_f64(a: usize, sa: isize, n: i32): f64 {
  return pairwise<f64>(a, n, sa);
}

/** Pairwise sum of a float32 run, accumulated in float32 as NumPy does. */
export function sum_f32(a: usize, sa: isize, n: i32): f32 {
  return pairwise<f32>(a, n, sa);
}

/**
 * NumPy's complex pairwise sum: N is twice the element count (NumPy counts parts), four complex
 * accumulators. Writes the real and imaginary sums at o.
 */
function pairwiseC<P>(a: usize, N: i32, s: isize, o: usize): void {
  const w = <usize>sizeof<P>();
  if (N < 8) {
    let rr: P = <P>-0.0, ri: P = <P>-0.0;
    for (let i = 0; i < N; i += 2) {
      const p = a + <usize>(<isize>(i >> 1) * s);
      rr += load<P>(p);
      ri += load<P>(p + w);
    }
    store<P>(o, rr);
    store<P>(o + w, ri);
    return;
  }
  if (N <= PW_BLOCKSIZE) {
    let r0 = load<P>(a), r1 = load<P>(a + w);
    let r2 = load<P>(a + <usize>s), r3 = load<P>(a + <usize>s + w);
    let r4 = load<P>(a + <usize>(2 * s)), r5 = load<P>(a + <usize>(2 * s) + w);
    let r6 = load<P>(a + <usize>(3 * s)), r7 = load<P>(a + <usize>(3 * s) + w);
    let i = 8;
    const end = N - (N % 8);
    for (; i < end; i += 8) {
      const p = a + <usize>(<isize>(i >> 1) * s);
      r0 += load<P>(p);
      r1 += load<P>(p + w);
      r2 += load<P>(p + <usize>s);
      r3 += load<P>(p + <usize>s + w);
      r4 += load<P>(p + <usize>(2 * s));
      r5 += load<P>(p + <usize>(2 * s) + w);
      r6 += load<P>(p + <usize>(3 * s));
      r7 += load<P>(p + <usize>(3 * s) + w);
    }
    let rr = (r0 + r2) + (r4 + r6);
    let ri = (r1 + r3) + (r5 + r7);
    for (; i < N; i += 2) {
      const p = a + <usize>(<isize>(i >> 1) * s);
      rr += load<P>(p);
      ri += load<P>(p + w);
    }
    store<P>(o, rr);
    store<P>(o + w, ri);
    return;
  }
  let n2 = N / 2;
  n2 -= n2 % 8;
  pairwiseC<P>(a, n2, s, o);
  const rr1 = load<P>(o), ri1 = load<P>(o + w);
  pairwiseC<P>(a + <usize>(<isize>(n2 >> 1) * s), N - n2, s, o);
  store<P>(o, rr1 + load<P>(o));
  store<P>(o + w, ri1 + load<P>(o + w));
}

/** Pairwise sum of a complex128 run; writes (re, im) as two f64 at out. */
export function sum_c128(a: usize, sa: isize, n: i32, out: usize): void {
  pairwiseC<f64>(a, n * 2, sa, out);
}

/** Pairwise sum of a complex64 run; writes (re, im) as two f32 at out. */
export function sum_c64(a: usize, sa: isize, n: i32, out: usize): void {
  pairwiseC<f32>(a, n * 2, sa, out);
}

/** Wrapping 64-bit integer sum. */
@inline function sumInt64(a: usize, sa: isize, n: i32): i64 {
  let i = 0;
  let r: i64 = 0;
  if (sa == 8) {
    let v0 = i64x2.splat(0), v1 = i64x2.splat(0);
    for (; i + 4 <= n; i += 4) {
      const p = a + (<usize>i << 3);
      v0 = i64x2.add(v0, v128.load(p));
      v1 = i64x2.add(v1, v128.load(p, 16));
    }
    v0 = i64x2.add(v0, v1);
    r = i64x2.extract_lane(v0, 0) + i64x2.extract_lane(v0, 1);
  }
  a += <usize>(<isize>i * sa);
  for (; i < n; i++) {
    r += load<i64>(a);
    a += <usize>sa;
  }
  return r;
}

export function sum_i64(a: usize, sa: isize, n: i32): i64 {
  return sumInt64(a, sa, n);
}

/** uint64 sum, wrapping; returned as the same 64 bits in an i64. */
export function sum_u64(a: usize, sa: isize, n: i32): i64 {
  return sumInt64(a, sa, n);
}

// ---- prod: sequential, starting from 1 (NumPy's multiply.reduce order) ----------------------

@inline function prod<T>(a: usize, sa: isize, n: i32): T {
  let r: T = <T>1;
  for (let i = 0; i < n; i++) {
    r *= load<T>(a);
    a += <usize>sa;
  }
  return r;
}

export function prod_i8(a: usize, sa: isize, n: i32): i8 { return prod<i8>(a, sa, n); }
export function prod_u8(a: usize, sa: isize, n: i32): u8 { return prod<u8>(a, sa, n); }
export function prod_i16(a: usize, sa: isize, n: i32): i16 { return prod<i16>(a, sa, n); }
export function prod_u16(a: usize, sa: isize, n: i32): u16 { return prod<u16>(a, sa, n); }
export function prod_i32(a: usize, sa: isize, n: i32): i32 { return prod<i32>(a, sa, n); }
export function prod_u32(a: usize, sa: isize, n: i32): u32 { return prod<u32>(a, sa, n); }
export function prod_i64(a: usize, sa: isize, n: i32): i64 { return prod<i64>(a, sa, n); }
export function prod_u64(a: usize, sa: isize, n: i32): u64 { return prod<u64>(a, sa, n); }
export function prod_f32(a: usize, sa: isize, n: i32): f32 { return prod<f32>(a, sa, n); }
export function prod_f64(a: usize, sa: isize, n: i32): f64 { return prod<f64>(a, sa, n); }

/** Sequential complex product, NumPy's formula; writes (re, im) at out. */
@inline function prodC<P>(a: usize, sa: isize, n: i32, out: usize): void {
  let rr: P = <P>1, ri: P = <P>0;
  for (let i = 0; i < n; i++) {
    const br = load<P>(a), bi = load<P>(a, sizeof<P>());
    const t = rr * br - ri * bi;
    ri = rr * bi + ri * br;
    rr = t;
    a += <usize>sa;
  }
  store<P>(out, rr);
  store<P>(out, ri, sizeof<P>());
}

export function prod_c64(a: usize, sa: isize, n: i32, out: usize): void { prodC<f32>(a, sa, n, out); }
export function prod_c128(a: usize, sa: isize, n: i32, out: usize): void { prodC<f64>(a, sa, n, out); }

// ---- max / min ------------------------------------------------------------------------------
// n must be >= 1 (NumPy raises for an empty max; the op layer checks).

@inline function reduceMM<T, O>(a: usize, sa: isize, n: i32): T {
  if (isFloat<T>() && isDefined(changetype<O>(0).vNoNaN)) {
    if (sa == <isize>sizeof<T>() && n >= 4 * <i32>(16 / sizeof<T>())) {
      // Float max/min with no NaN in the run: the accumulators skip NaN propagation (one
      // instruction per vector instead of three; the same result when there is no NaN), and a
      // running sum shows whether a NaN (or inf - inf) occurred, which redoes the run below.
      const r = reduceNoNaN<T, O>(a, n);
      if (r == r) return r;
    }
  }
  const op = changetype<O>(0);
  let r = load<T>(a);
  let i = 1;
  const l = <i32>(16 / sizeof<T>());
  if (sa == <isize>sizeof<T>() && n >= 4 * l) {
    let v0 = v128.load(a), v1 = v128.load(a, 16), v2 = v128.load(a, 32), v3 = v128.load(a, 48);
    i = 4 * l;
    for (; i + 4 * l <= n; i += 4 * l) {
      const p = a + (<usize>i << alignof<T>());
      v0 = op.v<T>(v0, v128.load(p));
      v1 = op.v<T>(v1, v128.load(p, 16));
      v2 = op.v<T>(v2, v128.load(p, 32));
      v3 = op.v<T>(v3, v128.load(p, 48));
    }
    v0 = op.v<T>(op.v<T>(v0, v1), op.v<T>(v2, v3));
    v128.store(LANES, v0);
    r = load<T>(LANES);
    for (let k = 1; k < l; k++) r = op.s<T>(r, load<T>(LANES + (<usize>k << alignof<T>())));
  }
  a += <usize>(<isize>i * sa);
  for (; i < n; i++) {
    r = op.s<T>(r, load<T>(a));
    a += <usize>sa;
  }
  return r;
}

/** reduceMM's loop for a contiguous float run (n >= 4 vectors) without NaN; NaN when it has one. */
@inline function reduceNoNaN<T, O>(a: usize, n: i32): T {
  const op = changetype<O>(0);
  const l = <i32>(16 / sizeof<T>());
  let v0 = v128.load(a), v1 = v128.load(a, 16), v2 = v128.load(a, 32), v3 = v128.load(a, 48);
  let s0 = v128.add<T>(v0, v1), s1 = v128.add<T>(v2, v3);
  let i = 4 * l;
  for (; i + 4 * l <= n; i += 4 * l) {
    const p = a + (<usize>i << alignof<T>());
    const x0 = v128.load(p), x1 = v128.load(p, 16), x2 = v128.load(p, 32), x3 = v128.load(p, 48);
    v0 = op.vNoNaN<T>(v0, x0);
    v1 = op.vNoNaN<T>(v1, x1);
    v2 = op.vNoNaN<T>(v2, x2);
    v3 = op.vNoNaN<T>(v3, x3);
    s0 = v128.add<T>(s0, v128.add<T>(x0, x1));
    s1 = v128.add<T>(s1, v128.add<T>(x2, x3));
  }
  const s = v128.add<T>(s0, s1);
  if (v128.any_true(v128.ne<T>(s, s))) return <T>NaN;
  v0 = op.v<T>(op.v<T>(v0, v1), op.v<T>(v2, v3));
  v128.store(LANES, v0);
  let r = load<T>(LANES);
  for (let k = 1; k < l; k++) r = op.s<T>(r, load<T>(LANES + (<usize>k << alignof<T>())));
  a += <usize>i << alignof<T>();
  for (; i < n; i++) {
    r = op.s<T>(r, load<T>(a));
    a += sizeof<T>();
  }
  return r;
}

export function max_b(a: usize, sa: isize, n: i32): u8 { return reduceMM<u8, Max>(a, sa, n); }
export function max_i8(a: usize, sa: isize, n: i32): i8 { return reduceMM<i8, Max>(a, sa, n); }
export function max_u8(a: usize, sa: isize, n: i32): u8 { return reduceMM<u8, Max>(a, sa, n); }
export function max_i16(a: usize, sa: isize, n: i32): i16 { return reduceMM<i16, Max>(a, sa, n); }
export function max_u16(a: usize, sa: isize, n: i32): u16 { return reduceMM<u16, Max>(a, sa, n); }
export function max_i32(a: usize, sa: isize, n: i32): i32 { return reduceMM<i32, Max>(a, sa, n); }
export function max_u32(a: usize, sa: isize, n: i32): u32 { return reduceMM<u32, Max>(a, sa, n); }
export function max_i64(a: usize, sa: isize, n: i32): i64 { return reduceMM<i64, Max>(a, sa, n); }
export function max_u64(a: usize, sa: isize, n: i32): u64 { return reduceMM<u64, Max>(a, sa, n); }
export function max_f32(a: usize, sa: isize, n: i32): f32 { return reduceMM<f32, Max>(a, sa, n); }
export function max_f64(a: usize, sa: isize, n: i32): f64 { return reduceMM<f64, Max>(a, sa, n); }
export function min_b(a: usize, sa: isize, n: i32): u8 { return reduceMM<u8, Min>(a, sa, n); }
export function min_i8(a: usize, sa: isize, n: i32): i8 { return reduceMM<i8, Min>(a, sa, n); }
export function min_u8(a: usize, sa: isize, n: i32): u8 { return reduceMM<u8, Min>(a, sa, n); }
export function min_i16(a: usize, sa: isize, n: i32): i16 { return reduceMM<i16, Min>(a, sa, n); }
export function min_u16(a: usize, sa: isize, n: i32): u16 { return reduceMM<u16, Min>(a, sa, n); }
export function min_i32(a: usize, sa: isize, n: i32): i32 { return reduceMM<i32, Min>(a, sa, n); }
export function min_u32(a: usize, sa: isize, n: i32): u32 { return reduceMM<u32, Min>(a, sa, n); }
export function min_i64(a: usize, sa: isize, n: i32): i64 { return reduceMM<i64, Min>(a, sa, n); }
export function min_u64(a: usize, sa: isize, n: i32): u64 { return reduceMM<u64, Min>(a, sa, n); }
export function min_f32(a: usize, sa: isize, n: i32): f32 { return reduceMM<f32, Min>(a, sa, n); }
export function min_f64(a: usize, sa: isize, n: i32): f64 { return reduceMM<f64, Min>(a, sa, n); }

// ---- NaN-ignoring max/min of a run (fmax.reduce, fmin.reduce; NaN only when all are NaN) ----
export function nanmax_f32(a: usize, sa: isize, n: i32): f32 { return reduceMM<f32, FMaxAcc>(a, sa, n); }
export function nanmax_f64(a: usize, sa: isize, n: i32): f64 { return reduceMM<f64, FMaxAcc>(a, sa, n); }
export function nanmin_f32(a: usize, sa: isize, n: i32): f32 { return reduceMM<f32, FMinAcc>(a, sa, n); }
export function nanmin_f64(a: usize, sa: isize, n: i32): f64 { return reduceMM<f64, FMinAcc>(a, sa, n); }

// ---- argmax / argmin --------------------------------------------------------------------------
// Two passes: the extreme value (SIMD, NaN-propagating), then the first index holding it (or
// the first NaN). Equal to NumPy's one-pass "first strictly greater" scan: every element equal to
// the maximum compares equal to it (both zeros included).

@inline function argFind<T>(a: usize, sa: isize, n: i32, v: T): i32 {
  if (isFloat<T>() && v != v) {
    for (let i = 0; i < n; i++) {
      const x = load<T>(a);
      if (x != x) return i;
      a += <usize>sa;
    }
    return 0;
  }
  let i = 0;
  if (sa == <isize>sizeof<T>()) {
    const l = <i32>(16 / sizeof<T>());
    const vv = v128.splat<T>(v);
    for (; i + l <= n; i += l) {
      if (v128.any_true(v128.eq<T>(v128.load(a + (<usize>i << alignof<T>())), vv))) break;
    }
  }
  a += <usize>(<isize>i * sa);
  for (; i < n; i++) {
    if (load<T>(a) == v) return i;
    a += <usize>sa;
  }
  return 0;
}

@inline function argmax<T>(a: usize, sa: isize, n: i32): i32 {
  return argFind<T>(a, sa, n, reduceMM<T, Max>(a, sa, n));
}

@inline function argmin<T>(a: usize, sa: isize, n: i32): i32 {
  return argFind<T>(a, sa, n, reduceMM<T, Min>(a, sa, n));
}

export function argmax_b(a: usize, sa: isize, n: i32): i32 { return argmax<u8>(a, sa, n); }
export function argmax_i8(a: usize, sa: isize, n: i32): i32 { return argmax<i8>(a, sa, n); }
export function argmax_u8(a: usize, sa: isize, n: i32): i32 { return argmax<u8>(a, sa, n); }
export function argmax_i16(a: usize, sa: isize, n: i32): i32 { return argmax<i16>(a, sa, n); }
export function argmax_u16(a: usize, sa: isize, n: i32): i32 { return argmax<u16>(a, sa, n); }
export function argmax_i32(a: usize, sa: isize, n: i32): i32 { return argmax<i32>(a, sa, n); }
export function argmax_u32(a: usize, sa: isize, n: i32): i32 { return argmax<u32>(a, sa, n); }
export function argmax_i64(a: usize, sa: isize, n: i32): i32 { return argmax<i64>(a, sa, n); }
export function argmax_u64(a: usize, sa: isize, n: i32): i32 { return argmax<u64>(a, sa, n); }
export function argmax_f32(a: usize, sa: isize, n: i32): i32 { return argmax<f32>(a, sa, n); }
export function argmax_f64(a: usize, sa: isize, n: i32): i32 { return argmax<f64>(a, sa, n); }
export function argmin_b(a: usize, sa: isize, n: i32): i32 { return argmin<u8>(a, sa, n); }
export function argmin_i8(a: usize, sa: isize, n: i32): i32 { return argmin<i8>(a, sa, n); }
export function argmin_u8(a: usize, sa: isize, n: i32): i32 { return argmin<u8>(a, sa, n); }
export function argmin_i16(a: usize, sa: isize, n: i32): i32 { return argmin<i16>(a, sa, n); }
export function argmin_u16(a: usize, sa: isize, n: i32): i32 { return argmin<u16>(a, sa, n); }
export function argmin_i32(a: usize, sa: isize, n: i32): i32 { return argmin<i32>(a, sa, n); }
export function argmin_u32(a: usize, sa: isize, n: i32): i32 { return argmin<u32>(a, sa, n); }
export function argmin_i64(a: usize, sa: isize, n: i32): i32 { return argmin<i64>(a, sa, n); }
export function argmin_u64(a: usize, sa: isize, n: i32): i32 { return argmin<u64>(a, sa, n); }
export function argmin_f32(a: usize, sa: isize, n: i32): i32 { return argmin<f32>(a, sa, n); }
export function argmin_f64(a: usize, sa: isize, n: i32): i32 { return argmin<f64>(a, sa, n); }

/**
 * argmax / argmin of `rows` runs of n elements (run r starts at a + r rs, elements sa apart),
 * each index stored as an i64 at out + 8 r: a whole axis-1 argmax in one call.
 */
@inline function argRows<T>(max: bool, a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void {
  for (let r = 0; r < rows; r++) {
    const p = a + <usize>(<isize>r * rs);
    store<i64>(out + (<usize>r << 3), <i64>(max ? argmax<T>(p, sa, n) : argmin<T>(p, sa, n)));
  }
}

export function argmax_rows_b(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<u8>(true, a, sa, n, rs, out, rows); }
export function argmax_rows_i8(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<i8>(true, a, sa, n, rs, out, rows); }
export function argmax_rows_u8(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<u8>(true, a, sa, n, rs, out, rows); }
export function argmax_rows_i16(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<i16>(true, a, sa, n, rs, out, rows); }
export function argmax_rows_u16(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<u16>(true, a, sa, n, rs, out, rows); }
export function argmax_rows_i32(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<i32>(true, a, sa, n, rs, out, rows); }
export function argmax_rows_u32(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<u32>(true, a, sa, n, rs, out, rows); }
export function argmax_rows_i64(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<i64>(true, a, sa, n, rs, out, rows); }
export function argmax_rows_u64(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<u64>(true, a, sa, n, rs, out, rows); }
export function argmax_rows_f32(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<f32>(true, a, sa, n, rs, out, rows); }
export function argmax_rows_f64(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<f64>(true, a, sa, n, rs, out, rows); }
export function argmin_rows_b(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<u8>(false, a, sa, n, rs, out, rows); }
export function argmin_rows_i8(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<i8>(false, a, sa, n, rs, out, rows); }
export function argmin_rows_u8(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<u8>(false, a, sa, n, rs, out, rows); }
export function argmin_rows_i16(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<i16>(false, a, sa, n, rs, out, rows); }
export function argmin_rows_u16(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<u16>(false, a, sa, n, rs, out, rows); }
export function argmin_rows_i32(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<i32>(false, a, sa, n, rs, out, rows); }
export function argmin_rows_u32(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<u32>(false, a, sa, n, rs, out, rows); }
export function argmin_rows_i64(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<i64>(false, a, sa, n, rs, out, rows); }
export function argmin_rows_u64(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<u64>(false, a, sa, n, rs, out, rows); }
export function argmin_rows_f32(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<f32>(false, a, sa, n, rs, out, rows); }
export function argmin_rows_f64(a: usize, sa: isize, n: i32, rs: isize, out: usize, rows: i32): void { argRows<f64>(false, a, sa, n, rs, out, rows); }

// ---- many runs: out[r] = op(out[r], reduction of run r) ---------------------------------------
// A reduction over trailing axes (sum(A, axis=1), ...) in one call, each run reduced as the
// single-run kernels above do (pairwise float sums, NaN-propagating max/min, wrapping integer
// sums and products), then combined into its accumulator with the ufunc.

@inline function runs<T, O>(kind: i32, a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void {
  for (let r = 0; r < count; r++) {
    const p = a + <usize>(<isize>r * rs);
    const o = out + <usize>(<isize>r * os);
    let v: T;
    if (kind == 0) v = isFloat<T>() ? pairwise<T>(p, n, sa) : <T>sumInt64(p, sa, n);
    else if (kind == 1) v = reduceMM<T, Max>(p, sa, n);
    else if (kind == 2) v = reduceMM<T, Min>(p, sa, n);
    else if (kind == 3) v = prod<T>(p, sa, n);
    else if (isFloat<T>()) {
      // NaN-ignoring (fmax, fmin): exported for floats only.
      if (kind == 4) v = reduceMM<T, FMaxAcc>(p, sa, n);
      else v = reduceMM<T, FMinAcc>(p, sa, n);
    } else v = <T>0;
    store<T>(o, changetype<O>(0).s<T>(load<T>(o), v));
  }
}

export function add_runs_f32(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<f32, Add>(0, a, sa, n, rs, out, os, count); }
export function add_runs_f64(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<f64, Add>(0, a, sa, n, rs, out, os, count); }
export function add_runs_i64(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<i64, Add>(0, a, sa, n, rs, out, os, count); }
export function add_runs_u64(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<u64, Add>(0, a, sa, n, rs, out, os, count); }
export function maximum_runs_i8(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<i8, Max>(1, a, sa, n, rs, out, os, count); }
export function maximum_runs_u8(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<u8, Max>(1, a, sa, n, rs, out, os, count); }
export function maximum_runs_i16(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<i16, Max>(1, a, sa, n, rs, out, os, count); }
export function maximum_runs_u16(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<u16, Max>(1, a, sa, n, rs, out, os, count); }
export function maximum_runs_i32(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<i32, Max>(1, a, sa, n, rs, out, os, count); }
export function maximum_runs_u32(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<u32, Max>(1, a, sa, n, rs, out, os, count); }
export function maximum_runs_i64(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<i64, Max>(1, a, sa, n, rs, out, os, count); }
export function maximum_runs_u64(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<u64, Max>(1, a, sa, n, rs, out, os, count); }
export function maximum_runs_f32(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<f32, Max>(1, a, sa, n, rs, out, os, count); }
export function maximum_runs_f64(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<f64, Max>(1, a, sa, n, rs, out, os, count); }
export function minimum_runs_i8(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<i8, Min>(2, a, sa, n, rs, out, os, count); }
export function minimum_runs_u8(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<u8, Min>(2, a, sa, n, rs, out, os, count); }
export function minimum_runs_i16(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<i16, Min>(2, a, sa, n, rs, out, os, count); }
export function minimum_runs_u16(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<u16, Min>(2, a, sa, n, rs, out, os, count); }
export function minimum_runs_i32(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<i32, Min>(2, a, sa, n, rs, out, os, count); }
export function minimum_runs_u32(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<u32, Min>(2, a, sa, n, rs, out, os, count); }
export function minimum_runs_i64(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<i64, Min>(2, a, sa, n, rs, out, os, count); }
export function minimum_runs_u64(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<u64, Min>(2, a, sa, n, rs, out, os, count); }
export function minimum_runs_f32(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<f32, Min>(2, a, sa, n, rs, out, os, count); }
export function minimum_runs_f64(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<f64, Min>(2, a, sa, n, rs, out, os, count); }
export function multiply_runs_i8(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<i8, Mul>(3, a, sa, n, rs, out, os, count); }
export function multiply_runs_u8(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<u8, Mul>(3, a, sa, n, rs, out, os, count); }
export function multiply_runs_i16(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<i16, Mul>(3, a, sa, n, rs, out, os, count); }
export function multiply_runs_u16(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<u16, Mul>(3, a, sa, n, rs, out, os, count); }
export function multiply_runs_i32(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<i32, Mul>(3, a, sa, n, rs, out, os, count); }
export function multiply_runs_u32(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<u32, Mul>(3, a, sa, n, rs, out, os, count); }
export function multiply_runs_i64(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<i64, Mul>(3, a, sa, n, rs, out, os, count); }
export function multiply_runs_u64(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<u64, Mul>(3, a, sa, n, rs, out, os, count); }

export function fmax_runs_f32(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<f32, FMaxAcc>(4, a, sa, n, rs, out, os, count); }
export function fmin_runs_f32(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<f32, FMinAcc>(5, a, sa, n, rs, out, os, count); }
export function fmax_runs_f64(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<f64, FMaxAcc>(4, a, sa, n, rs, out, os, count); }
export function fmin_runs_f64(a: usize, sa: isize, n: i32, rs: isize, out: usize, os: isize, count: i32): void { runs<f64, FMinAcc>(5, a, sa, n, rs, out, os, count); }

// ---- any / all ------------------------------------------------------------------------------

@inline function anyT<T>(a: usize, sa: isize, n: i32): i32 {
  let i = 0;
  if (sa == <isize>sizeof<T>()) {
    const l = <i32>(16 / sizeof<T>());
    const z = i64x2.splat(0);
    for (; i + 4 * l <= n; i += 4 * l) {
      const p = a + (<usize>i << alignof<T>());
      const m = v128.or(
        v128.or(v128.ne<T>(v128.load(p), z), v128.ne<T>(v128.load(p, 16), z)),
        v128.or(v128.ne<T>(v128.load(p, 32), z), v128.ne<T>(v128.load(p, 48), z)),
      );
      if (v128.any_true(m)) return 1;
    }
  }
  a += <usize>(<isize>i * sa);
  for (; i < n; i++) {
    if (load<T>(a) != <T>0) return 1;
    a += <usize>sa;
  }
  return 0;
}

@inline function allT<T>(a: usize, sa: isize, n: i32): i32 {
  let i = 0;
  if (sa == <isize>sizeof<T>()) {
    const l = <i32>(16 / sizeof<T>());
    const z = i64x2.splat(0);
    for (; i + 4 * l <= n; i += 4 * l) {
      const p = a + (<usize>i << alignof<T>());
      const m = v128.or(
        v128.or(v128.eq<T>(v128.load(p), z), v128.eq<T>(v128.load(p, 16), z)),
        v128.or(v128.eq<T>(v128.load(p, 32), z), v128.eq<T>(v128.load(p, 48), z)),
      );
      if (v128.any_true(m)) return 0;
    }
  }
  a += <usize>(<isize>i * sa);
  for (; i < n; i++) {
    if (load<T>(a) == <T>0) return 0;
    a += <usize>sa;
  }
  return 1;
}

export function any_b(a: usize, sa: isize, n: i32): i32 { return anyT<u8>(a, sa, n); }
export function any_i8(a: usize, sa: isize, n: i32): i32 { return anyT<i8>(a, sa, n); }
export function any_u8(a: usize, sa: isize, n: i32): i32 { return anyT<u8>(a, sa, n); }
export function any_i16(a: usize, sa: isize, n: i32): i32 { return anyT<i16>(a, sa, n); }
export function any_u16(a: usize, sa: isize, n: i32): i32 { return anyT<u16>(a, sa, n); }
export function any_i32(a: usize, sa: isize, n: i32): i32 { return anyT<i32>(a, sa, n); }
export function any_u32(a: usize, sa: isize, n: i32): i32 { return anyT<u32>(a, sa, n); }
export function any_i64(a: usize, sa: isize, n: i32): i32 { return anyT<i64>(a, sa, n); }
export function any_u64(a: usize, sa: isize, n: i32): i32 { return anyT<u64>(a, sa, n); }
export function any_f32(a: usize, sa: isize, n: i32): i32 { return anyT<f32>(a, sa, n); }
export function any_f64(a: usize, sa: isize, n: i32): i32 { return anyT<f64>(a, sa, n); }
export function all_b(a: usize, sa: isize, n: i32): i32 { return allT<u8>(a, sa, n); }
export function all_i8(a: usize, sa: isize, n: i32): i32 { return allT<i8>(a, sa, n); }
export function all_u8(a: usize, sa: isize, n: i32): i32 { return allT<u8>(a, sa, n); }
export function all_i16(a: usize, sa: isize, n: i32): i32 { return allT<i16>(a, sa, n); }
export function all_u16(a: usize, sa: isize, n: i32): i32 { return allT<u16>(a, sa, n); }
export function all_i32(a: usize, sa: isize, n: i32): i32 { return allT<i32>(a, sa, n); }
export function all_u32(a: usize, sa: isize, n: i32): i32 { return allT<u32>(a, sa, n); }
export function all_i64(a: usize, sa: isize, n: i32): i32 { return allT<i64>(a, sa, n); }
export function all_u64(a: usize, sa: isize, n: i32): i32 { return allT<u64>(a, sa, n); }
export function all_f32(a: usize, sa: isize, n: i32): i32 { return allT<f32>(a, sa, n); }
export function all_f64(a: usize, sa: isize, n: i32): i32 { return allT<f64>(a, sa, n); }
