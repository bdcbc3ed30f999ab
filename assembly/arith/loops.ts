// Loop drivers: one strided run of n elements, with v128 fast paths when every operand is
// contiguous (stride == itemsize) or one input is broadcast (stride 0) and the rest contiguous.
// Generic over the element type T and an op class O (ops.ts); everything is inlined into the
// exported kernel, so each export is one specialised function. `out` may alias an input
// exactly: every element is read before its own output is written.

/** Bytes per element of T as an isize. */
@inline function W<T>(): isize {
  return <isize>sizeof<T>();
}

/** Lanes of T in a v128. */
@inline function L<T>(): i32 {
  return <i32>(16 / sizeof<T>());
}

@inline function at<T>(p: usize, i: i32): usize {
  return p + (<usize>i << alignof<T>());
}

/** Vector k of a run at p, or the broadcast value s. */
@inline function vec(p: usize, k: usize, bc: bool, s: v128): v128 {
  return bc ? s : v128.load(p + k * 16);
}

/**
 * Four result vectors of a binary op from four consecutive vectors of a and b (or their broadcast
 * values va, vb), stored at po; returns acc with the non-finite check of all four ORed in.
 */
@inline function quad<T, O>(pa: usize, pb: usize, po: usize, bca: bool, bcb: bool, va: v128, vb: v128, acc: v128): v128 {
  const op = changetype<O>(0);
  const r0 = op.v<T>(vec(pa, 0, bca, va), vec(pb, 0, bcb, vb));
  const r1 = op.v<T>(vec(pa, 1, bca, va), vec(pb, 1, bcb, vb));
  const r2 = op.v<T>(vec(pa, 2, bca, va), vec(pb, 2, bcb, vb));
  const r3 = op.v<T>(vec(pa, 3, bca, va), vec(pb, 3, bcb, vb));
  v128.store(po, r0);
  v128.store(po, r1, 16);
  v128.store(po, r2, 32);
  v128.store(po, r3, 48);
  return nonfinite4<T>(acc, r0, r1, r2, r3);
}

/** One result vector, as quad. */
@inline function quad1<T, O>(pa: usize, pb: usize, po: usize, bca: bool, bcb: bool, va: v128, vb: v128, acc: v128): v128 {
  const r = changetype<O>(0).v<T>(vec(pa, 0, bca, va), vec(pb, 0, bcb, vb));
  v128.store(po, r);
  return nonfinite<T>(acc, r, r);
}

/**
 * Binary op, T x T -> T. For float T, returns 1 when a result may be NaN or infinite (the ufunc
 * layer then finds which floating-point condition, if any, occurred), else 0: WebAssembly has no
 * FP flags. The check ORs (r0 + r1) * 0 per pair of result vectors (see nonfinite): a NaN or
 * infinite result always shows; two finite results overflowing their sum only cost the layer a
 * look.
 */
@inline export function binary<T, O>(a: usize, sa: isize, b: usize, sb: isize, o: usize, so: isize, n: i32): i32 {
  const op = changetype<O>(0);
  let i = 0;
  let acc = i64x2.splat(0);
  if (op.simd<T>() && so == W<T>()) {
    const l = L<T>();
    // Four vectors per iteration: V8 checks for interrupts on every loop back-edge, and the
    // check plus the counter cost as much as the work of one vector (measured: 10,000 float64
    // products in 1.9 us instead of 2.5 us).
    if (sa == W<T>() && sb == W<T>()) {
      for (; i + 4 * l <= n; i += 4 * l) acc = quad<T, O>(at<T>(a, i), at<T>(b, i), at<T>(o, i), false, false, acc, acc, acc);
      for (; i + l <= n; i += l) acc = quad1<T, O>(at<T>(a, i), at<T>(b, i), at<T>(o, i), false, false, acc, acc, acc);
    } else if (sa == 0 && sb == W<T>()) {
      const va = v128.splat<T>(load<T>(a));
      for (; i + 4 * l <= n; i += 4 * l) acc = quad<T, O>(a, at<T>(b, i), at<T>(o, i), true, false, va, va, acc);
      for (; i + l <= n; i += l) acc = quad1<T, O>(a, at<T>(b, i), at<T>(o, i), true, false, va, va, acc);
    } else if (sa == W<T>() && sb == 0 && !hasByScalar<T, O>()) {
      const vb = v128.splat<T>(load<T>(b));
      for (; i + 4 * l <= n; i += 4 * l) acc = quad<T, O>(at<T>(a, i), b, at<T>(o, i), false, true, vb, vb, acc);
      for (; i + l <= n; i += l) acc = quad1<T, O>(at<T>(a, i), b, at<T>(o, i), false, true, vb, vb, acc);
    }
  }
  if (isDefined(op.byScalar)) {
    if (op.byScalar<T>() && sa == W<T>() && sb == 0 && so == W<T>()) i = byScalar<T, O>(a, b, o, n);
  }
  a += <usize>(<isize>i * sa);
  b += <usize>(<isize>i * sb);
  o += <usize>(<isize>i * so);
  let accS: f64 = 0;
  for (; i < n; i++) {
    const r = op.s<T>(load<T>(a), load<T>(b));
    store<T>(o, r);
    if (isFloat<T>()) accS += <f64>r;
    a += <usize>sa;
    b += <usize>sb;
    o += <usize>so;
  }
  return sawNonfinite<T>(acc, accS);
}

/** Whether op O has a form for a broadcast right operand of type T (see byScalar). */
@inline function hasByScalar<T, O>(): bool {
  if (isDefined(changetype<O>(0).byScalar)) return changetype<O>(0).byScalar<T>();
  return false;
}

/**
 * The vector part of binary() for an op with a form prepared for a broadcast right operand
 * (`rs`, `cs` computed once, then `vs` per vector: integer division by a scalar). Returns the
 * count done.
 */
@inline function byScalar<T, O>(a: usize, b: usize, o: usize, n: i32): i32 {
  const op = changetype<O>(0);
  const l = L<T>();
  let i = 0;
  const yb = load<T>(b);
  const vb = v128.splat<T>(yb);
  const r = op.rs<T>(yb);
  const c = op.cs<T>(yb);
  for (; i + 2 * l <= n; i += 2 * l) {
    const p = at<T>(a, i);
    const q = at<T>(o, i);
    const r0 = op.vs<T>(v128.load(p), vb, r, c);
    const r1 = op.vs<T>(v128.load(p, 16), vb, r, c);
    v128.store(q, r0);
    v128.store(q, r1, 16);
  }
  return i;
}

/**
 * ORs (r0 + r1) * 0 into acc for float T: NaN lanes (exponent all ones) exactly when r0 + r1 is
 * not finite. An OR is a one-cycle dependency, so the check does not slow the loop's chain.
 */
@inline function nonfinite<T>(acc: v128, r0: v128, r1: v128): v128 {
  if (!isFloat<T>()) return acc;
  return v128.or(acc, v128.mul<T>(v128.add<T>(r0, r1), v128.splat<T>(<T>0)));
}

/** nonfinite of four vectors: ((r0 + r1) + (r2 + r3)) * 0. */
@inline function nonfinite4<T>(acc: v128, r0: v128, r1: v128, r2: v128, r3: v128): v128 {
  if (!isFloat<T>()) return acc;
  return v128.or(acc, v128.mul<T>(v128.add<T>(v128.add<T>(r0, r1), v128.add<T>(r2, r3)), v128.splat<T>(<T>0)));
}

/** 1 when the accumulated bits hold a NaN lane, or the scalar tail's sum is not finite. */
@inline function sawNonfinite<T>(acc: v128, accS: f64): i32 {
  if (!isFloat<T>()) return 0;
  let nan: bool;
  if (sizeof<T>() == 8) {
    const e = i64x2.splat(0x7ff0000000000000);
    nan = v128.any_true(i64x2.eq(v128.and(acc, e), e));
  } else {
    const e = i32x4.splat(0x7f800000);
    nan = v128.any_true(i32x4.eq(v128.and(acc, e), e));
  }
  return nan || accS - accS != 0 ? 1 : 0;
}

/** Unary op, T -> T. Returns 1 when a float result is NaN or infinite, as binary(). */
@inline export function unary<T, O>(a: usize, sa: isize, o: usize, so: isize, n: i32): i32 {
  const op = changetype<O>(0);
  let i = 0;
  let acc = i64x2.splat(0);
  if (op.simd<T>() && so == W<T>() && sa == W<T>()) {
    const l = L<T>();
    for (; i + 4 * l <= n; i += 4 * l) {
      const pa = at<T>(a, i), po = at<T>(o, i);
      const r0 = op.v<T>(v128.load(pa));
      const r1 = op.v<T>(v128.load(pa, 16));
      const r2 = op.v<T>(v128.load(pa, 32));
      const r3 = op.v<T>(v128.load(pa, 48));
      v128.store(po, r0);
      v128.store(po, r1, 16);
      v128.store(po, r2, 32);
      v128.store(po, r3, 48);
      acc = nonfinite4<T>(acc, r0, r1, r2, r3);
    }
    for (; i + l <= n; i += l) {
      const r = op.v<T>(v128.load(at<T>(a, i)));
      v128.store(at<T>(o, i), r);
      acc = nonfinite<T>(acc, r, r);
    }
  }
  a += <usize>(<isize>i * sa);
  o += <usize>(<isize>i * so);
  let accS: f64 = 0;
  for (; i < n; i++) {
    const r = op.s<T>(load<T>(a));
    store<T>(o, r);
    if (isFloat<T>()) accS += <f64>r;
    a += <usize>sa;
    o += <usize>so;
  }
  return sawNonfinite<T>(acc, accS);
}

/**
 * acc[j] = op(acc[j], src[i * rs + j]) for every row i < rows and j < n: a reduction over the
 * first axis of a C array, row after row (NumPy's order), in one call. Returns the non-finite
 * flag as binary().
 */
@inline export function reduceRows<T, O>(acc: usize, src: usize, rs: isize, rows: i32, n: i32): i32 {
  const op = changetype<O>(0);
  let flag = 0;
  let i = 0;
  if (op.simd<T>()) {
    // Four rows per pass, each accumulator vector loaded and stored once per pass (the row
    // order per element is unchanged). A non-finite intermediate stays non-finite for the ops
    // that can produce one (sums, products), so checking the stored vector is enough.
    const l = L<T>();
    const nv = n - n % l;
    let chk = i64x2.splat(0);
    for (; i + 4 <= rows; i += 4) {
      const r0 = src + <usize>(<isize>i * rs);
      const r1 = r0 + <usize>rs, r2 = r1 + <usize>rs, r3 = r2 + <usize>rs;
      let j = 0;
      for (; j + 2 * l <= nv; j += 2 * l) {
        const o = <usize>j << alignof<T>();
        let a = v128.load(acc + o);
        let b = v128.load(acc + o, 16);
        a = op.v<T>(a, v128.load(r0 + o));
        b = op.v<T>(b, v128.load(r0 + o, 16));
        a = op.v<T>(a, v128.load(r1 + o));
        b = op.v<T>(b, v128.load(r1 + o, 16));
        a = op.v<T>(a, v128.load(r2 + o));
        b = op.v<T>(b, v128.load(r2 + o, 16));
        a = op.v<T>(a, v128.load(r3 + o));
        b = op.v<T>(b, v128.load(r3 + o, 16));
        v128.store(acc + o, a);
        v128.store(acc + o, b, 16);
        chk = nonfinite<T>(chk, a, b);
      }
      for (; j < nv; j += l) {
        const o = <usize>j << alignof<T>();
        let a = v128.load(acc + o);
        a = op.v<T>(a, v128.load(r0 + o));
        a = op.v<T>(a, v128.load(r1 + o));
        a = op.v<T>(a, v128.load(r2 + o));
        a = op.v<T>(a, v128.load(r3 + o));
        v128.store(acc + o, a);
        chk = nonfinite<T>(chk, a, a);
      }
      if (nv < n) {
        const t = <usize>nv << alignof<T>();
        for (let k = 0; k < 4; k++) flag |= binary<T, O>(acc + t, W<T>(), r0 + <usize>(<isize>k * rs) + t, W<T>(), acc + t, W<T>(), n - nv);
      }
    }
    flag |= sawNonfinite<T>(chk, 0);
  }
  for (; i < rows; i++) flag |= binary<T, O>(acc, W<T>(), src + <usize>(<isize>i * rs), W<T>(), acc, W<T>(), n);
  return flag;
}

/**
 * In place, x[i] = op(x[i - 1], x[i]) along each of `runs` runs of n elements (run r at
 * p + r rs, elements s apart): ufunc.accumulate along an axis whose other axes are not
 * contiguous in memory. Returns the non-finite flag as binary().
 */
@inline export function accumulate<T, O>(p: usize, s: isize, n: i32, rs: isize, runs: i32): i32 {
  const op = changetype<O>(0);
  let chk: f64 = 0;
  for (let r = 0; r < runs; r++) {
    let q = p + <usize>(<isize>r * rs);
    let acc = load<T>(q);
    for (let i = 1; i < n; i++) {
      q += <usize>s;
      acc = op.s<T>(acc, load<T>(q));
      store<T>(q, acc);
      if (isFloat<T>()) chk += <f64>acc * 0;
    }
  }
  return isFloat<T>() && chk != 0 ? 1 : 0;
}

/**
 * In place, row[i] = op(row[i - 1], row[i]) for rows 1..rows-1 of n contiguous elements (row
 * stride rs), in each of `blocks` blocks (block stride bs): ufunc.accumulate along an axis
 * with contiguous axes after it, a whole row per vector loop. Returns the non-finite flag.
 */
@inline export function accumulateRows<T, O>(p: usize, rs: isize, rows: i32, n: i32, blocks: i32, bs: isize): i32 {
  let flag = 0;
  for (let b = 0; b < blocks; b++) {
    let q = p + <usize>(<isize>b * bs);
    for (let i = 1; i < rows; i++, q += <usize>rs) flag |= binary<T, O>(q, W<T>(), q + <usize>rs, W<T>(), q + <usize>rs, W<T>(), n);
  }
  return flag;
}

/** Sixteen lane masks of T (sizeof<T>() vectors, from `m`) narrowed to sixteen 0/1 bytes. */
@inline export function narrow<T>(m0: v128, m1: v128, m2: v128, m3: v128, m4: v128, m5: v128, m6: v128, m7: v128): v128 {
  let r: v128;
  if (sizeof<T>() == 1) {
    r = m0;
  } else if (sizeof<T>() == 2) {
    r = i8x16.narrow_i16x8_s(m0, m1);
  } else if (sizeof<T>() == 4) {
    r = i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(m0, m1), i16x8.narrow_i32x4_s(m2, m3));
  } else {
    const q0 = v128.shuffle<i32>(m0, m1, 0, 2, 4, 6);
    const q1 = v128.shuffle<i32>(m2, m3, 0, 2, 4, 6);
    const q2 = v128.shuffle<i32>(m4, m5, 0, 2, 4, 6);
    const q3 = v128.shuffle<i32>(m6, m7, 0, 2, 4, 6);
    r = i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(q0, q1), i16x8.narrow_i32x4_s(q2, q3));
  }
  return v128.and(r, i8x16.splat(1));
}

/** Loads vector k of a 16-element block, or the broadcast value. */
@inline function blk(p: usize, k: usize, bc: bool, s: v128): v128 {
  return bc ? s : v128.load(p + k * 16);
}

/** Sixteen results of a mask-producing binary op, from 16 elements of a and b. */
@inline function block16<T, O>(pa: usize, pb: usize, bca: bool, bcb: bool, va: v128, vb: v128): v128 {
  const op = changetype<O>(0);
  const m0 = op.v<T>(blk(pa, 0, bca, va), blk(pb, 0, bcb, vb));
  if (sizeof<T>() == 1) return narrow<T>(m0, m0, m0, m0, m0, m0, m0, m0);
  const m1 = op.v<T>(blk(pa, 1, bca, va), blk(pb, 1, bcb, vb));
  if (sizeof<T>() == 2) return narrow<T>(m0, m1, m0, m0, m0, m0, m0, m0);
  const m2 = op.v<T>(blk(pa, 2, bca, va), blk(pb, 2, bcb, vb));
  const m3 = op.v<T>(blk(pa, 3, bca, va), blk(pb, 3, bcb, vb));
  if (sizeof<T>() == 4) return narrow<T>(m0, m1, m2, m3, m0, m0, m0, m0);
  const m4 = op.v<T>(blk(pa, 4, bca, va), blk(pb, 4, bcb, vb));
  const m5 = op.v<T>(blk(pa, 5, bca, va), blk(pb, 5, bcb, vb));
  const m6 = op.v<T>(blk(pa, 6, bca, va), blk(pb, 6, bcb, vb));
  const m7 = op.v<T>(blk(pa, 7, bca, va), blk(pb, 7, bcb, vb));
  return narrow<T>(m0, m1, m2, m3, m4, m5, m6, m7);
}

/** Binary op with a bool (u8 0/1) result: comparisons and logical ops. */
@inline export function binaryBool<T, O>(a: usize, sa: isize, b: usize, sb: isize, o: usize, so: isize, n: i32): void {
  const op = changetype<O>(0);
  let i = 0;
  if (op.simd<T>() && so == 1) {
    if (sa == W<T>() && sb == W<T>()) {
      for (; i + 16 <= n; i += 16) {
        v128.store(o + i, block16<T, O>(at<T>(a, i), at<T>(b, i), false, false, vzero16(), vzero16()));
      }
    } else if (sa == 0 && sb == W<T>()) {
      const va = v128.splat<T>(load<T>(a));
      for (; i + 16 <= n; i += 16) v128.store(o + i, block16<T, O>(0, at<T>(b, i), true, false, va, va));
    } else if (sa == W<T>() && sb == 0) {
      const vb = v128.splat<T>(load<T>(b));
      for (; i + 16 <= n; i += 16) v128.store(o + i, block16<T, O>(at<T>(a, i), 0, false, true, vb, vb));
    }
  }
  a += <usize>(<isize>i * sa);
  b += <usize>(<isize>i * sb);
  o += <usize>(<isize>i * so);
  for (; i < n; i++) {
    store<u8>(o, <u8>op.s<T>(load<T>(a), load<T>(b)));
    a += <usize>sa;
    b += <usize>sb;
    o += <usize>so;
  }
}

@inline function vzero16(): v128 {
  return i64x2.splat(0);
}

/** Unary op with a bool result: isnan, isinf, isfinite, signbit, logical_not. */
@inline export function unaryBool<T, O>(a: usize, sa: isize, o: usize, so: isize, n: i32): void {
  const op = changetype<O>(0);
  let i = 0;
  if (op.simd<T>() && so == 1 && sa == W<T>()) {
    for (; i + 16 <= n; i += 16) {
      v128.store(o + i, block16<T, UnaryAsBinary<O>>(at<T>(a, i), 0, false, true, vzero16(), vzero16()));
    }
  }
  a += <usize>(<isize>i * sa);
  o += <usize>(<isize>i * so);
  for (; i < n; i++) {
    store<u8>(o, <u8>op.s<T>(load<T>(a)));
    a += <usize>sa;
    o += <usize>so;
  }
}

/** Adapts a unary mask op to block16's binary shape (the second operand is ignored). */
class UnaryAsBinary<O> {
  @inline v<T>(x: v128, y: v128): v128 {
    return changetype<O>(0).v<T>(x);
  }
}
