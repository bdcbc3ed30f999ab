// Casts between the 13 dtypes with NumPy's unsafe-casting results on x86-64: ints wrap, floats
// truncate toward zero with cvttsd2si's out-of-range results (ops.ts f64ToInt), -> bool is
// `!= 0` (NaN is true; complex: either part), complex -> real takes the real part, real ->
// complex sets the imaginary part to 0, int64 -> float32 rounds once, float64 -> float32 rounds
// to nearest even. S and D are AssemblyScript types, with `bool` for NumPy's bool; the exports
// (cast_<from>_<to>) are in exports.ts. Contiguous runs of the common pairs use v128 code.

import { f64ToInt } from "./ops";
import { narrow } from "./loops";

/**
 * Set by the contiguous v128 casts when a lane may have met x86's "invalid" (a float to an
 * integer out of the conversion's range, NaN) or a float64 -> float32 overflow; the cast
 * exports return it (with the scalar loops' exact test) so that the op layer can raise NumPy's
 * "encountered in cast" warnings after checking that run exactly (scan.ts outside_f64 ...).
 */
let maybe: i32 = 0;

/**
 * 1 when x (a float) converted to D (giving r) raised x86's invalid, or overflowed float64 ->
 * float32; 0 for every other pair (compiled away).
 */
@inline function castFlag<S, D>(x: S, r: D): i32 {
  if (!isFloat<S>() || isBoolean<D>()) return 0;
  const v = <f64>x;
  if (isFloat<D>()) {
    if (sizeof<S>() == 8 && sizeof<D>() == 4) return i32(<f64>r - <f64>r != 0 && v - v == 0);
    return 0;
  }
  if (sizeof<D>() == 8 && !isSigned<D>()) return i32(!(v > -9223372036854777856.0 && v < 18446744073709551616.0));
  if (sizeof<D>() == 8 || (sizeof<D>() == 4 && !isSigned<D>())) return i32(!(v > -9223372036854777856.0 && v < 9223372036854775808.0));
  return i32(!(v > -2147483649.0 && v < 2147483648.0));
}

/** One element converted from S to D. */
@inline export function conv<S, D>(x: S): D {
  if (isBoolean<D>()) return <D>(x != <S>0);
  if (isFloat<S>() && !isFloat<D>()) return f64ToInt<D>(<f64>x);
  return <D>x;
}

/** A v128 of S lanes (S at most 4 bytes; bool as unsigned) widened to twice the lane width. */
@inline function ext<S>(v: v128, hi: bool): v128 {
  if (sizeof<S>() == 1) {
    if (isSigned<S>()) return hi ? i16x8.extend_high_i8x16_s(v) : i16x8.extend_low_i8x16_s(v);
    return hi ? i16x8.extend_high_i8x16_u(v) : i16x8.extend_low_i8x16_u(v);
  }
  if (sizeof<S>() == 2) {
    if (isSigned<S>()) return hi ? i32x4.extend_high_i16x8_s(v) : i32x4.extend_low_i16x8_s(v);
    return hi ? i32x4.extend_high_i16x8_u(v) : i32x4.extend_low_i16x8_u(v);
  }
  if (isSigned<S>()) return hi ? i64x2.extend_high_i32x4_s(v) : i64x2.extend_low_i32x4_s(v);
  return hi ? i64x2.extend_high_i32x4_u(v) : i64x2.extend_low_i32x4_u(v);
}

/**
 * Stores the 16/sizeof<S> lanes of v (integer S, at most 4 bytes) converted to D (a wider
 * integer or a float) at po.
 */
@inline function widenStore<S, D>(v: v128, po: usize): void {
  if (sizeof<S>() == sizeof<D>() && !isFloat<D>()) {
    v128.store(po, v);
  } else if (sizeof<S>() == 4) {
    if (isFloat<D>() && sizeof<D>() == 4) {
      v128.store(po, isSigned<S>() ? f32x4.convert_i32x4_s(v) : f32x4.convert_i32x4_u(v));
    } else if (isFloat<D>()) {
      const h = v128.shuffle<i32>(v, v, 2, 3, 2, 3);
      if (isSigned<S>()) {
        v128.store(po, f64x2.convert_low_i32x4_s(v));
        v128.store(po, f64x2.convert_low_i32x4_s(h), 16);
      } else {
        v128.store(po, f64x2.convert_low_i32x4_u(v));
        v128.store(po, f64x2.convert_low_i32x4_u(h), 16);
      }
    } else {
      v128.store(po, ext<S>(v, false));
      v128.store(po, ext<S>(v, true), 16);
    }
  } else if (sizeof<S>() == 2) {
    // Value-preserving step to 32-bit lanes, then on as i32.
    widenStore<i32, D>(ext<S>(v, false), po);
    widenStore<i32, D>(ext<S>(v, true), po + 4 * sizeof<D>());
  } else {
    widenStore<i16, D>(ext<S>(v, false), po);
    widenStore<i16, D>(ext<S>(v, true), po + 8 * sizeof<D>());
  }
}

/**
 * Four floats (f64 or f32, from p) truncated to int32 as x86's cvttsd2si does: INT_MIN when out of
 * range or NaN. Magic-number conversion: for t = trunc(x) in [-2^31, 2^31), t + 2^52 + 2^31 has
 * high word 0x43300000 and low word t + 2^31; any other high word means out of range.
 */
@inline function floatToI32x4<S>(p: usize): v128 {
  let a: v128, b: v128;
  if (sizeof<S>() == 8) {
    a = v128.load(p);
    b = v128.load(p, 16);
  } else {
    const v = v128.load(p);
    a = f64x2.promote_low_f32x4(v);
    b = f64x2.promote_low_f32x4(v128.shuffle<i32>(v, v, 2, 3, 2, 3));
  }
  const M = f64x2.splat(4503601774854144.0); // 2^52 + 2^31
  const ya = f64x2.add(f64x2.trunc(a), M);
  const yb = f64x2.add(f64x2.trunc(b), M);
  const lo = v128.shuffle<i32>(ya, yb, 0, 2, 4, 6);
  const hi = v128.shuffle<i32>(ya, yb, 1, 3, 5, 7);
  const ok = i32x4.eq(hi, i32x4.splat(0x43300000));
  return v128.xor(v128.and(lo, ok), i32x4.splat(i32.MIN_VALUE));
}

/** The v128 part of a contiguous cast; returns how many elements it converted. */
@inline function castSimd<S, D>(s: usize, d: usize, n: i32): i32 {
  let i = 0;
  if (isBoolean<D>()) {
    if (isBoolean<S>()) {
      memory.copy(d, s, <usize>n);
      return n;
    }
    const z = i64x2.splat(0);
    for (; i + 16 <= n; i += 16) {
      const p = s + <usize>i * <usize>sizeof<S>();
      const m0 = v128.ne<S>(v128.load(p), z);
      let m1 = m0, m2 = m0, m3 = m0, m4 = m0, m5 = m0, m6 = m0, m7 = m0;
      if (sizeof<S>() >= 2) m1 = v128.ne<S>(v128.load(p, 16), z);
      if (sizeof<S>() >= 4) {
        m2 = v128.ne<S>(v128.load(p, 32), z);
        m3 = v128.ne<S>(v128.load(p, 48), z);
      }
      if (sizeof<S>() == 8) {
        m4 = v128.ne<S>(v128.load(p, 64), z);
        m5 = v128.ne<S>(v128.load(p, 80), z);
        m6 = v128.ne<S>(v128.load(p, 96), z);
        m7 = v128.ne<S>(v128.load(p, 112), z);
      }
      v128.store(d + <usize>i, narrow<S>(m0, m1, m2, m3, m4, m5, m6, m7));
    }
    return i;
  }
  if (sizeof<S>() == sizeof<D>() && isFloat<S>() == isFloat<D>()) {
    // Same bits: bool -> uint8, int32 <-> uint32, float -> same float...
    memory.copy(d, s, <usize>n * sizeof<S>());
    return n;
  }
  if (isFloat<S>() && isFloat<D>()) {
    if (sizeof<S>() == 8) {
      const inf = f32x4.splat(Infinity);
      let acc = i32x4.splat(0);
      for (; i + 4 <= n; i += 4) {
        const p = s + (<usize>i << 3);
        const a = f32x4.demote_f64x2_zero(v128.load(p));
        const b = f32x4.demote_f64x2_zero(v128.load(p, 16));
        const r = v128.shuffle<i32>(a, b, 0, 1, 4, 5);
        acc = v128.or(acc, f32x4.eq(f32x4.abs(r), inf));
        v128.store(d + (<usize>i << 2), r);
      }
      if (v128.any_true(acc)) maybe = 1;
    } else {
      for (; i + 4 <= n; i += 4) {
        const v = v128.load(s + (<usize>i << 2));
        const po = d + (<usize>i << 3);
        v128.store(po, f64x2.promote_low_f32x4(v));
        v128.store(po, f64x2.promote_low_f32x4(v128.shuffle<i32>(v, v, 2, 3, 2, 3)), 16);
      }
    }
    return i;
  }
  if (isFloat<S>() && sizeof<S>() == 4 && sizeof<D>() == 4 && isSigned<D>() && !isFloat<D>()) {
    // float32 -> int32: V8's saturating conversion measured faster here than the magic number.
    const lo = f32x4.splat(-2147483648.0), hi = f32x4.splat(2147483648.0);
    const INT_MIN = i32x4.splat(i32.MIN_VALUE);
    let all = i32x4.splat(-1);
    for (; i + 4 <= n; i += 4) {
      const a = v128.load(s + (<usize>i << 2));
      const ok = v128.and(f32x4.ge(a, lo), f32x4.lt(a, hi));
      all = v128.and(all, ok);
      v128.store(d + (<usize>i << 2), v128.bitselect(i32x4.trunc_sat_f32x4_s(a), INT_MIN, ok));
    }
    if (!i32x4.all_true(all)) maybe = 1;
    return i;
  }
  if (isFloat<S>() && !isFloat<D>() && (sizeof<D>() < 4 || (sizeof<D>() == 4 && isSigned<D>()))) {
    // Through int32 (x86's cvttsd2si to 32 bits), then the low bytes for narrower types.
    // An INT_MIN lane is either -2^31 or x86's "integer indefinite" (invalid): flagged as maybe.
    const per = <i32>(16 / sizeof<D>()); // outputs per v128 stored
    const IND = i32x4.splat(i32.MIN_VALUE);
    let acc = i32x4.splat(0);
    for (; i + per <= n; i += per) {
      const p = s + <usize>i * sizeof<S>();
      const q0 = floatToI32x4<S>(p);
      if (sizeof<D>() == 4) {
        acc = v128.or(acc, i32x4.eq(q0, IND));
        v128.store(d + (<usize>i << 2), q0);
      } else {
        const q1 = floatToI32x4<S>(p + 4 * sizeof<S>());
        acc = v128.or(acc, v128.or(i32x4.eq(q0, IND), i32x4.eq(q1, IND)));
        const h01 = v128.shuffle<i16>(q0, q1, 0, 2, 4, 6, 8, 10, 12, 14); // low 16 bits of 8 lanes
        if (sizeof<D>() == 2) {
          v128.store(d + (<usize>i << 1), h01);
        } else {
          const q2 = floatToI32x4<S>(p + 8 * sizeof<S>());
          const q3 = floatToI32x4<S>(p + 12 * sizeof<S>());
          acc = v128.or(acc, v128.or(i32x4.eq(q2, IND), i32x4.eq(q3, IND)));
          const h23 = v128.shuffle<i16>(q2, q3, 0, 2, 4, 6, 8, 10, 12, 14);
          v128.store(d + <usize>i, v128.shuffle<i8>(h01, h23, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30));
        }
      }
    }
    if (v128.any_true(acc)) maybe = 1;
    return i;
  }
  if (isFloat<S>() && sizeof<S>() == 8 && sizeof<D>() == 8 && isSigned<D>()) {
    // |trunc(x)| < 2^51: the magic-number conversion; otherwise the scalar rule for the pair.
    const M = f64x2.splat(6755399441055744.0); // 2^52 + 2^51
    const LIM = f64x2.splat(2251799813685248.0); // 2^51
    for (; i + 2 <= n; i += 2) {
      const p = s + (<usize>i << 3);
      const t = f64x2.trunc(v128.load(p));
      if (i64x2.all_true(f64x2.lt(f64x2.abs(t), LIM))) {
        v128.store(d + (<usize>i << 3), i64x2.sub(f64x2.add(t, M), M));
      } else {
        const x0 = load<S>(p), x1 = load<S>(p, 8);
        const r0 = conv<S, D>(x0), r1 = conv<S, D>(x1);
        maybe |= castFlag<S, D>(x0, r0) | castFlag<S, D>(x1, r1);
        store<D>(d + (<usize>i << 3), r0);
        store<D>(d + (<usize>i << 3), r1, 8);
      }
    }
    return i;
  }
  if (!isFloat<S>() && sizeof<S>() <= 4 && (isFloat<D>() || sizeof<D>() > sizeof<S>())) {
    const per = <i32>(16 / sizeof<S>());
    for (; i + per <= n; i += per) {
      widenStore<S, D>(v128.load(s + <usize>i * sizeof<S>()), d + <usize>i * sizeof<D>());
    }
    return i;
  }
  if (!isFloat<S>() && !isFloat<D>() && sizeof<S>() == 2 * sizeof<D>()) {
    // Narrowing by half: keep the low bytes of every lane.
    const per = <i32>(16 / sizeof<D>());
    for (; i + per <= n; i += per) {
      const p = s + <usize>i * sizeof<S>();
      const a = v128.load(p), b = v128.load(p, 16);
      let r: v128;
      if (sizeof<D>() == 4) r = v128.shuffle<i32>(a, b, 0, 2, 4, 6);
      else if (sizeof<D>() == 2) r = v128.shuffle<i16>(a, b, 0, 2, 4, 6, 8, 10, 12, 14);
      else r = v128.shuffle<i8>(a, b, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
      v128.store(d + <usize>i * sizeof<D>(), r);
    }
    return i;
  }
  return 0;
}

/**
 * Real -> real cast over a strided run. Returns 1 when a float value may have raised x86's
 * invalid (to an integer type) or overflowed (float64 -> float32), else 0 (see `maybe`).
 */
@inline export function castRR<S, D>(s: usize, ss: isize, d: usize, ds: isize, n: i32): i32 {
  let i = 0;
  maybe = 0;
  if (ss == <isize>sizeof<S>() && ds == <isize>sizeof<D>()) i = castSimd<S, D>(s, d, n);
  s += <usize>(<isize>i * ss);
  d += <usize>(<isize>i * ds);
  let flag = maybe;
  // Four per iteration: V8's interrupt check on each back-edge costs as much as a conversion.
  for (; i + 4 <= n; i += 4) {
    const x0 = load<S>(s), x1 = load<S>(s + <usize>ss), x2 = load<S>(s + <usize>(2 * ss)), x3 = load<S>(s + <usize>(3 * ss));
    const r0 = conv<S, D>(x0), r1 = conv<S, D>(x1), r2 = conv<S, D>(x2), r3 = conv<S, D>(x3);
    flag |= castFlag<S, D>(x0, r0) | castFlag<S, D>(x1, r1) | castFlag<S, D>(x2, r2) | castFlag<S, D>(x3, r3);
    store<D>(d, r0);
    store<D>(d + <usize>ds, r1);
    store<D>(d + <usize>(2 * ds), r2);
    store<D>(d + <usize>(3 * ds), r3);
    s += <usize>(4 * ss);
    d += <usize>(4 * ds);
  }
  for (; i < n; i++) {
    const x = load<S>(s);
    const r = conv<S, D>(x);
    flag |= castFlag<S, D>(x, r);
    store<D>(d, r);
    s += <usize>ss;
    d += <usize>ds;
  }
  return flag;
}

/** Complex (parts P) -> real cast: the real part, or `either part != 0` for bool. */
@inline export function castCR<P, D>(s: usize, ss: isize, d: usize, ds: isize, n: i32): i32 {
  let flag = 0;
  for (let i = 0; i < n; i++) {
    if (isBoolean<D>()) store<D>(d, <D>(load<P>(s) != <P>0 || load<P>(s, sizeof<P>()) != <P>0));
    else {
      const x = load<P>(s);
      const r = conv<P, D>(x);
      flag |= castFlag<P, D>(x, r);
      store<D>(d, r);
    }
    s += <usize>ss;
    d += <usize>ds;
  }
  return flag;
}

/** Real -> complex (parts Q) cast: imaginary part 0. */
@inline export function castRC<S, Q>(s: usize, ss: isize, d: usize, ds: isize, n: i32): i32 {
  let flag = 0;
  for (let i = 0; i < n; i++) {
    const x = load<S>(s);
    const r = conv<S, Q>(x);
    flag |= castFlag<S, Q>(x, r);
    store<Q>(d, r);
    store<Q>(d, <Q>0, sizeof<Q>());
    s += <usize>ss;
    d += <usize>ds;
  }
  return flag;
}

/** Complex -> complex cast, part by part. */
@inline export function castCC<P, Q>(s: usize, ss: isize, d: usize, ds: isize, n: i32): i32 {
  if (ss == <isize>(2 * sizeof<P>()) && ds == <isize>(2 * sizeof<Q>())) {
    return castRR<P, Q>(s, <isize>sizeof<P>(), d, <isize>sizeof<Q>(), n * 2);
  }
  let flag = 0;
  for (let i = 0; i < n; i++) {
    const x = load<P>(s), y = load<P>(s, sizeof<P>());
    const a = <Q>x, b = <Q>y;
    flag |= castFlag<P, Q>(x, a) | castFlag<P, Q>(y, b);
    store<Q>(d, a);
    store<Q>(d, b, sizeof<Q>());
    s += <usize>ss;
    d += <usize>ds;
  }
  return flag;
}
