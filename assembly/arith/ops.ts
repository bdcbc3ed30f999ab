// Per-element operations of the arithmetic kernels, one class per operation. A class has a
// scalar form `s<T>`, a v128 form `v<T>` (16 bytes of lanes of T) and `simd<T>()`, a constant
// that says whether the vector form exists for T. The loop drivers (loops.ts) are generic over
// an op class and call its methods on a null instance, so every method is inlined and no object
// is ever created. Semantics are NumPy's on x86-64 (see src/kernels/ts/arith.ts, the reference).

import { vquot, vquotBy, recipOf, biasOf, vremOf, hasVquot, small64, vquot64 } from "./intdiv";

// ---- helpers -----------------------------------------------------------------------------

/** A v128 of two 64-bit lanes. */
@inline function pair64<T>(a: T, b: T): v128 {
  return i64x2.replace_lane(i64x2.splat(<i64>a), 1, <i64>b);
}

/** A v128 with every lane of type T equal to zero. */
@inline export function vzero(): v128 {
  return i64x2.splat(0);
}

/** i8x16 multiply (WebAssembly has none): products of even and odd bytes via i16x8.mul. */
@inline export function mulI8(x: v128, y: v128): v128 {
  const even = v128.and(i16x8.mul(x, y), i16x8.splat(0xff));
  const odd = i16x8.shl(i16x8.mul(i16x8.shr_u(x, 8), i16x8.shr_u(y, 8)), 8);
  return v128.or(even, odd);
}

/** Lane-wise x > y for T, including the 64-bit unsigned case WebAssembly lacks. */
@inline export function vgt<T>(x: v128, y: v128): v128 {
  if (sizeof<T>() == 8 && !isFloat<T>() && !isSigned<T>()) {
    const s = i64x2.splat(i64.MIN_VALUE);
    return i64x2.gt_s(v128.xor(x, s), v128.xor(y, s));
  }
  return v128.gt<T>(x, y);
}

@inline export function vlt<T>(x: v128, y: v128): v128 {
  return vgt<T>(y, x);
}

@inline export function vge<T>(x: v128, y: v128): v128 {
  if (isFloat<T>()) return v128.ge<T>(x, y);
  return v128.not(vgt<T>(y, x));
}

@inline export function vle<T>(x: v128, y: v128): v128 {
  if (isFloat<T>()) return v128.le<T>(x, y);
  return v128.not(vgt<T>(x, y));
}

/** Lanes that are NaN (all-zero lanes for integer T). */
@inline export function visnan<T>(x: v128): v128 {
  return v128.ne<T>(x, x);
}

/** The bit pattern of T's sign bit in every lane. */
@inline export function vsignbit<T>(): v128 {
  if (sizeof<T>() == 8) return i64x2.splat(i64.MIN_VALUE);
  return i32x4.splat(i32.MIN_VALUE);
}

@inline function isnanS<T>(x: T): bool {
  return isFloat<T>() ? x != x : false;
}

// ---- arithmetic --------------------------------------------------------------------------

export class Add {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T, y: T): T { return x + y; }
  @inline v<T>(x: v128, y: v128): v128 { return v128.add<T>(x, y); }
}

export class Sub {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T, y: T): T { return x - y; }
  @inline v<T>(x: v128, y: v128): v128 { return v128.sub<T>(x, y); }
}

export class Mul {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T, y: T): T { return x * y; }
  @inline v<T>(x: v128, y: v128): v128 {
    if (sizeof<T>() == 1) return mulI8(x, y);
    return v128.mul<T>(x, y);
  }
}

/** True division, floats only. */
export class Div {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T, y: T): T { return x / y; }
  @inline v<T>(x: v128, y: v128): v128 { return v128.div<T>(x, y); }
}

/** C fmod, exact (musl's bit-by-bit algorithm, as AssemblyScript's NativeMath.mod). */
@inline export function fmodF<T>(x: T, y: T): T {
  if (sizeof<T>() == 8) return <T>NativeMath.mod(<f64>x, <f64>y);
  return <T>NativeMathf.mod(<f32>x, <f32>y);
}

/** NumPy's npy_divmod: the floor quotient (wantMod false) or the remainder (wantMod true). */
@inline export function divmodF<T>(a: T, b: T, wantMod: bool): T {
  if (b == <T>0) return wantMod ? fmodF<T>(a, b) : a / b;
  let mod = fmodF<T>(a, b);
  let div = (a - mod) / b;
  if (mod != <T>0) {
    if ((b < <T>0) != (mod < <T>0)) {
      mod += b;
      div -= <T>1;
    }
  } else {
    mod = copysign<T>(<T>0, b);
  }
  if (wantMod) return mod;
  let fd: T;
  if (div != <T>0) {
    fd = floor<T>(div);
    if (div - fd > <T>0.5) fd += <T>1;
  } else {
    fd = copysign<T>(<T>0, a / b);
  }
  return fd;
}

export class FloorDiv {
  @inline simd<T>(): bool { return !isFloat<T>(); }
  @inline s<T>(a: T, b: T): T {
    if (isFloat<T>()) return divmodF<T>(a, b, false);
    if (b == <T>0) return <T>0;
    if (isSigned<T>()) {
      if (b == <T>-1) return <T>0 - a; // INT_MIN // -1 wraps to INT_MIN; no trap
      let q = a / b;
      if ((a > <T>0) != (b > <T>0) && q * b != a) q -= <T>1;
      return q;
    }
    return a / b;
  }
  @inline v<T>(x: v128, y: v128): v128 {
    if (sizeof<T>() < 8) return vquot<T>(x, y, true);
    if (small64<T>(x, y)) return vquot64(x, y, true);
    return pair64<T>(this.s<T>(<T>i64x2.extract_lane(x, 0), <T>i64x2.extract_lane(y, 0)), this.s<T>(<T>i64x2.extract_lane(x, 1), <T>i64x2.extract_lane(y, 1)));
  }
  // A broadcast divisor y multiplies by r = 1/y (see intdiv.ts): binary() in loops.ts uses
  // vs when the op has byScalar.
  @inline byScalar<T>(): bool { return hasVquot<T>(); }
  @inline rs<T>(y: T): v128 { return recipOf<T>(y); }
  @inline cs<T>(y: T): v128 { return biasOf<T>(y); }
  @inline vs<T>(x: v128, y: v128, r: v128, c: v128): v128 { return vquotBy<T>(x, y, r, c); }
}

export class Rem {
  @inline simd<T>(): bool { return !isFloat<T>(); }
  @inline s<T>(a: T, b: T): T {
    if (isFloat<T>()) return divmodF<T>(a, b, true);
    if (b == <T>0) return <T>0;
    if (isSigned<T>()) {
      if (b == <T>-1) return <T>0;
      let r = a % b;
      if (r != <T>0 && (r < <T>0) != (b < <T>0)) r += b;
      return r;
    }
    return a % b;
  }
  @inline v<T>(x: v128, y: v128): v128 {
    if (sizeof<T>() < 8) return v128.andnot(vremOf<T>(x, y, vquot<T>(x, y, true)), v128.eq<T>(y, vzero()));
    if (small64<T>(x, y)) return v128.andnot(vremOf<T>(x, y, vquot64(x, y, true)), v128.eq<T>(y, vzero()));
    return pair64<T>(this.s<T>(<T>i64x2.extract_lane(x, 0), <T>i64x2.extract_lane(y, 0)), this.s<T>(<T>i64x2.extract_lane(x, 1), <T>i64x2.extract_lane(y, 1)));
  }
  @inline byScalar<T>(): bool { return hasVquot<T>(); }
  @inline rs<T>(y: T): v128 { return recipOf<T>(y); }
  @inline cs<T>(y: T): v128 { return biasOf<T>(y); }
  @inline vs<T>(x: v128, y: v128, r: v128, c: v128): v128 { return v128.andnot(vremOf<T>(x, y, vquotBy<T>(x, y, r, c)), v128.eq<T>(y, vzero())); }
}

export class FMod {
  @inline simd<T>(): bool { return !isFloat<T>(); }
  @inline s<T>(a: T, b: T): T {
    if (isFloat<T>()) return fmodF<T>(a, b);
    if (b == <T>0) return <T>0;
    if (isSigned<T>() && b == <T>-1) return <T>0;
    return a % b;
  }
  @inline v<T>(x: v128, y: v128): v128 {
    if (sizeof<T>() < 8) return v128.andnot(vremOf<T>(x, y, vquot<T>(x, y, false)), v128.eq<T>(y, vzero()));
    if (small64<T>(x, y)) return v128.andnot(vremOf<T>(x, y, vquot64(x, y, false)), v128.eq<T>(y, vzero()));
    return pair64<T>(this.s<T>(<T>i64x2.extract_lane(x, 0), <T>i64x2.extract_lane(y, 0)), this.s<T>(<T>i64x2.extract_lane(x, 1), <T>i64x2.extract_lane(y, 1)));
  }
}

/** Integer power by squaring, wrapping. A negative exponent (NumPy raises) gives 0. */
export class Pow {
  @inline simd<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    if (isSigned<T>() && b < <T>0) return <T>0;
    if (b == <T>0 || a == <T>1) return <T>1;
    let e = b;
    let base = a;
    let r: T = (e & <T>1) ? base : <T>1;
    e = e >> <T>1;
    while (e != <T>0) {
      base = base * base;
      if (e & <T>1) r = r * base;
      e = e >> <T>1;
    }
    return r;
  }
  @inline v<T>(x: v128, y: v128): v128 { return x; }
}

// ---- maximum / minimum -------------------------------------------------------------------
// NumPy on x86 (maxsd/minsd with a NaN fix-up of the first operand): maximum(a, b) is
// a if a is NaN, else (a > b ? a : b) -- so b wins ties, and maximum(-0.0, 0.0) is 0.0 while
// maximum(0.0, -0.0) is -0.0. fmax/fmin return a when b is NaN, else the same choice.

export class Max {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): T {
    if (isFloat<T>()) return a != a ? a : (a > b ? a : b);
    return a > b ? a : b;
  }
  @inline v<T>(x: v128, y: v128): v128 {
    if (isFloat<T>()) return v128.bitselect(x, v128.pmax<T>(y, x), visnan<T>(x));
    if (sizeof<T>() == 8) return v128.bitselect(x, y, vgt<T>(x, y));
    return v128.max<T>(x, y);
  }
  /** v for float lanes when neither operand is NaN (reductions that check for NaN apart). */
  @inline vNoNaN<T>(x: v128, y: v128): v128 { return v128.pmax<T>(y, x); }
}

export class Min {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): T {
    if (isFloat<T>()) return a != a ? a : (a < b ? a : b);
    return a < b ? a : b;
  }
  @inline v<T>(x: v128, y: v128): v128 {
    if (isFloat<T>()) return v128.bitselect(x, v128.pmin<T>(y, x), visnan<T>(x));
    if (sizeof<T>() == 8) return v128.bitselect(x, y, vlt<T>(x, y));
    return v128.min<T>(x, y);
  }
  /** v for float lanes when neither operand is NaN (reductions that check for NaN apart). */
  @inline vNoNaN<T>(x: v128, y: v128): v128 { return v128.pmin<T>(y, x); }
}

export class FMax {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): T { return b != b ? a : (a > b ? a : b); }
  @inline v<T>(x: v128, y: v128): v128 { return v128.bitselect(x, v128.pmax<T>(y, x), visnan<T>(y)); }
}

export class FMin {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): T { return b != b ? a : (a < b ? a : b); }
  @inline v<T>(x: v128, y: v128): v128 { return v128.bitselect(x, v128.pmin<T>(y, x), visnan<T>(y)); }
}

/**
 * fmax and fmin as NumPy's reductions apply them: NaN-ignoring, and on equal operands (+0 and
 * -0) the accumulator, the first operand (np.fmax.reduce([0., -0.]) is 0.; the elementwise
 * loop, FMax above, gives the second, as NumPy's array loop does).
 */
export class FMaxAcc {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): T { return a != a ? b : (b > a ? b : a); }
  @inline v<T>(x: v128, y: v128): v128 { return v128.bitselect(y, v128.pmax<T>(x, y), visnan<T>(x)); }
}

export class FMinAcc {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): T { return a != a ? b : (b < a ? b : a); }
  @inline v<T>(x: v128, y: v128): v128 { return v128.bitselect(y, v128.pmin<T>(x, y), visnan<T>(x)); }
}

// ---- bitwise -----------------------------------------------------------------------------

export class BitAnd {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): T { return a & b; }
  @inline v<T>(x: v128, y: v128): v128 { return v128.and(x, y); }
}

export class BitOr {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): T { return a | b; }
  @inline v<T>(x: v128, y: v128): v128 { return v128.or(x, y); }
}

export class BitXor {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): T { return a ^ b; }
  @inline v<T>(x: v128, y: v128): v128 { return v128.xor(x, y); }
}

/** NumPy's npy_lshift: a shift count outside [0, width) gives 0. */
export class Shl {
  @inline simd<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    const w = <u64>(sizeof<T>() * 8);
    if (<u64><i64>b >= w) return <T>0; // negative counts become huge, as C's (size_t)b
    return a << b;
  }
  @inline v<T>(x: v128, y: v128): v128 { return x; }
  // A broadcast count shifts whole vectors (loops.ts's byScalar): r holds the count, c keeps
  // (all ones) or clears (count out of range) the result.
  @inline byScalar<T>(): bool { return !isFloat<T>(); }
  @inline rs<T>(y: T): v128 { return i32x4.splat(<i32>y); }
  @inline cs<T>(y: T): v128 { return <u64><i64>y >= <u64>(sizeof<T>() * 8) ? vzero() : i32x4.splat(-1); }
  @inline vs<T>(x: v128, y: v128, r: v128, c: v128): v128 { return v128.and(v128.shl<T>(x, i32x4.extract_lane(r, 0)), c); }
}

/** NumPy's npy_rshift: a count outside [0, width) gives 0, or -1 for a negative signed a. */
export class Shr {
  @inline simd<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    const w = <u64>(sizeof<T>() * 8);
    if (<u64><i64>b >= w) return isSigned<T>() && a < <T>0 ? <T>-1 : <T>0;
    return a >> b;
  }
  @inline v<T>(x: v128, y: v128): v128 { return x; }
  // A broadcast count, as Shl's; an out-of-range count shifts signed lanes by width - 1 (the
  // sign fill) and clears unsigned ones.
  @inline byScalar<T>(): bool { return !isFloat<T>(); }
  @inline rs<T>(y: T): v128 {
    const w = sizeof<T>() * 8;
    return i32x4.splat(<u64><i64>y >= <u64>w ? <i32>w - 1 : <i32>y);
  }
  @inline cs<T>(y: T): v128 { return !isSigned<T>() && <u64><i64>y >= <u64>(sizeof<T>() * 8) ? vzero() : i32x4.splat(-1); }
  @inline vs<T>(x: v128, y: v128, r: v128, c: v128): v128 { return v128.and(v128.shr<T>(x, i32x4.extract_lane(r, 0)), c); }
}

// ---- float-only binary -------------------------------------------------------------------

export class CopySign {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): T { return copysign<T>(a, b); }
  @inline v<T>(x: v128, y: v128): v128 { return v128.bitselect(y, x, vsignbit<T>()); }
}

/** C nextafter: the next representable value after a in the direction of b. */
@inline export function nextafterF<T>(a: T, b: T): T {
  if (a != a || b != b) return a + b;
  if (a == b) return b;
  if (sizeof<T>() == 8) {
    if (a == <T>0) return <T>copysign<f64>(reinterpret<f64>(<u64>1), <f64>b);
    const bits = reinterpret<i64>(<f64>a);
    const up = (b > a) == (a > <T>0);
    return <T>reinterpret<f64>(up ? bits + 1 : bits - 1);
  }
  if (a == <T>0) return <T>copysign<f32>(reinterpret<f32>(<u32>1), <f32>b);
  const bits = reinterpret<i32>(<f32>a);
  const up = (b > a) == (a > <T>0);
  return <T>reinterpret<f32>(up ? bits + 1 : bits - 1);
}

export class NextAfter {
  @inline simd<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T { return nextafterF<T>(a, b); }
  @inline v<T>(x: v128, y: v128): v128 { return x; }
}

/** heaviside(x, h): 0 for x < 0, h for x == 0, 1 for x > 0, NaN for NaN. */
export class Heaviside {
  @inline simd<T>(): bool { return false; }
  @inline s<T>(x: T, h: T): T {
    if (x < <T>0) return <T>0;
    if (x == <T>0) return h;
    if (x > <T>0) return <T>1;
    return x;
  }
  @inline v<T>(x: v128, y: v128): v128 { return x; }
}

// ---- gcd / lcm ---------------------------------------------------------------------------
// NumPy computes these on |a|, |b| in unsigned int (types up to 32 bits) or unsigned 64 bits,
// then converts back: gcd(int8 -128, 0) is -128, lcm wraps.

@inline function gcdU32(a: u32, b: u32): u32 {
  while (a != 0) {
    const c = a;
    a = b % a;
    b = c;
  }
  return b;
}

@inline function gcdU64(a: u64, b: u64): u64 {
  while (a != 0) {
    const c = a;
    a = b % a;
    b = c;
  }
  return b;
}

@inline function absU32<T>(x: T): u32 {
  if (isSigned<T>()) return <u32>(<i32>x < 0 ? -<i32>x : <i32>x);
  return <u32>x;
}

@inline function absU64<T>(x: T): u64 {
  if (isSigned<T>()) return <u64>(<i64>x < 0 ? -<i64>x : <i64>x);
  return <u64>x;
}

export class Gcd {
  @inline simd<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    if (sizeof<T>() == 8) return <T>gcdU64(absU64<T>(a), absU64<T>(b));
    return <T>gcdU32(absU32<T>(a), absU32<T>(b));
  }
  @inline v<T>(x: v128, y: v128): v128 { return x; }
}

export class Lcm {
  @inline simd<T>(): bool { return false; }
  @inline s<T>(a: T, b: T): T {
    if (sizeof<T>() == 8) {
      const x = absU64<T>(a);
      const y = absU64<T>(b);
      const g = gcdU64(x, y);
      return g == 0 ? <T>0 : <T>((x / g) * y);
    }
    const x = absU32<T>(a);
    const y = absU32<T>(b);
    const g = gcdU32(x, y);
    return g == 0 ? <T>0 : <T>((x / g) * y);
  }
  @inline v<T>(x: v128, y: v128): v128 { return x; }
}

// ---- comparisons and logical ops: bool results; v<T> returns a lane mask -------------------

export class Eq {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): bool { return a == b; }
  @inline v<T>(x: v128, y: v128): v128 { return v128.eq<T>(x, y); }
}

export class Ne {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): bool { return a != b; }
  @inline v<T>(x: v128, y: v128): v128 { return v128.ne<T>(x, y); }
}

export class Lt {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): bool { return a < b; }
  @inline v<T>(x: v128, y: v128): v128 { return vlt<T>(x, y); }
}

export class Le {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): bool { return a <= b; }
  @inline v<T>(x: v128, y: v128): v128 { return vle<T>(x, y); }
}

export class Gt {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): bool { return a > b; }
  @inline v<T>(x: v128, y: v128): v128 { return vgt<T>(x, y); }
}

export class Ge {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): bool { return a >= b; }
  @inline v<T>(x: v128, y: v128): v128 { return vge<T>(x, y); }
}

@inline function vnonzero<T>(x: v128): v128 {
  return v128.ne<T>(x, vzero());
}

export class LAnd {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): bool { return a != <T>0 && b != <T>0; }
  @inline v<T>(x: v128, y: v128): v128 { return v128.and(vnonzero<T>(x), vnonzero<T>(y)); }
}

export class LOr {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): bool { return a != <T>0 || b != <T>0; }
  @inline v<T>(x: v128, y: v128): v128 { return v128.or(vnonzero<T>(x), vnonzero<T>(y)); }
}

export class LXor {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(a: T, b: T): bool { return (a != <T>0) != (b != <T>0); }
  @inline v<T>(x: v128, y: v128): v128 { return v128.xor(vnonzero<T>(x), vnonzero<T>(y)); }
}

// ---- unary, same type --------------------------------------------------------------------

export class Neg {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): T { return -x; }
  @inline v<T>(x: v128): v128 { return v128.neg<T>(x); }
}

export class Abs {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): T {
    if (isFloat<T>()) return abs<T>(x);
    if (isSigned<T>()) return x < <T>0 ? -x : x;
    return x;
  }
  @inline v<T>(x: v128): v128 {
    if (isFloat<T>() || isSigned<T>()) return v128.abs<T>(x);
    return x;
  }
}

export class Square {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): T { return x * x; }
  @inline v<T>(x: v128): v128 {
    if (sizeof<T>() == 1) return mulI8(x, x);
    return v128.mul<T>(x, x);
  }
}

export class Recip {
  @inline simd<T>(): bool { return isFloat<T>(); }
  @inline s<T>(x: T): T {
    if (isFloat<T>()) return <T>1 / x;
    return f64ToInt<T>(1.0 / <f64>x); // NumPy: `*out = 1.0 / in`, converted as C does
  }
  @inline v<T>(x: v128): v128 {
    if (isFloat<T>()) return v128.div<T>(v128.splat<T>(<T>1), x);
    return x;
  }
}

/** sign: 1, -1, 0 (zeros of either sign give +0.0), NaN stays NaN. */
export class Sign {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): T {
    if (x > <T>0) return <T>1;
    if (x < <T>0) return isSigned<T>() || isFloat<T>() ? <T>-1 : <T>0;
    if (isFloat<T>()) return x == <T>0 ? <T>0 : x;
    return <T>0;
  }
  @inline v<T>(x: v128): v128 {
    const zero = vzero();
    if (isFloat<T>()) {
      // 1 or -1 where x > 0 or x < 0, NaN kept, +0 for either zero
      const pos = v128.and(v128.gt<T>(x, zero), v128.splat<T>(<T>1));
      const neg = v128.and(v128.lt<T>(x, zero), v128.splat<T>(<T>-1));
      return v128.or(v128.or(pos, neg), v128.and(visnan<T>(x), x));
    }
    // the comparisons' all-ones lanes are -1: (x < 0) - (x > 0) is the sign
    if (isSigned<T>()) return v128.sub<T>(v128.lt<T>(x, zero), v128.gt<T>(x, zero));
    return v128.sub<T>(zero, v128.ne<T>(x, zero));
  }
}

export class Floor {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): T { return floor<T>(x); }
  @inline v<T>(x: v128): v128 { return v128.floor<T>(x); }
}

export class Ceil {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): T { return ceil<T>(x); }
  @inline v<T>(x: v128): v128 { return v128.ceil<T>(x); }
}

export class Trunc {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): T { return trunc<T>(x); }
  @inline v<T>(x: v128): v128 { return v128.trunc<T>(x); }
}

/** rint: round half to even (WebAssembly's nearest). */
export class Rint {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): T { return nearest<T>(x); }
  @inline v<T>(x: v128): v128 { return v128.nearest<T>(x); }
}

export class Invert {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): T { return ~x; }
  @inline v<T>(x: v128): v128 { return v128.not(x); }
}

/** bool invert: logical not of 0/1 bytes. */
export class InvertBool {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): T { return x ^ <T>1; }
  @inline v<T>(x: v128): v128 { return v128.xor(x, i8x16.splat(1)); }
}

/** NumPy's spacing: nextafter(x, +inf in the direction away from zero) - x, signed. */
export class Spacing {
  @inline simd<T>(): bool { return false; }
  @inline s<T>(x: T): T {
    if (x != x) return x;
    if (sizeof<T>() == 8) {
      if (abs<T>(x) == <T>Infinity) return <T>NaN;
      if (x == <T>0) return <T>reinterpret<f64>(<u64>1);
      return <T>(reinterpret<f64>(reinterpret<i64>(<f64>x) + 1) - <f64>x);
    }
    if (abs<T>(x) == <T>Infinity) return <T>NaN;
    if (x == <T>0) return <T>reinterpret<f32>(<u32>1);
    return <T>(reinterpret<f32>(reinterpret<i32>(<f32>x) + 1) - <f32>x);
  }
  @inline v<T>(x: v128): v128 { return x; }
}

// ---- unary, bool results -----------------------------------------------------------------

export class IsNan {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): bool { return isnanS<T>(x); }
  @inline v<T>(x: v128): v128 { return visnan<T>(x); }
}

export class IsInf {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): bool { return abs<T>(x) == <T>Infinity; }
  @inline v<T>(x: v128): v128 { return v128.eq<T>(v128.abs<T>(x), v128.splat<T>(<T>Infinity)); }
}

export class IsFinite {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): bool { return abs<T>(x) < <T>Infinity; }
  @inline v<T>(x: v128): v128 { return v128.lt<T>(v128.abs<T>(x), v128.splat<T>(<T>Infinity)); }
}

export class SignBit {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): bool {
    if (sizeof<T>() == 8) return reinterpret<i64>(<f64>x) < 0;
    return reinterpret<i32>(<f32>x) < 0;
  }
  @inline v<T>(x: v128): v128 {
    if (sizeof<T>() == 8) return i64x2.shr_s(x, 63);
    return i32x4.shr_s(x, 31);
  }
}

export class LNot {
  @inline simd<T>(): bool { return true; }
  @inline s<T>(x: T): bool { return x == <T>0; }
  @inline v<T>(x: v128): v128 { return v128.eq<T>(x, vzero()); }
}

// ---- float -> int conversion as x86 NumPy performs it ------------------------------------
// cvttsd2si: truncation, and INT_MIN of the instruction's width (32 or 64 bits) when the value
// is out of range or NaN; narrower types take the low bits of the 32-bit result; uint32 and
// uint64 go through the signed 64-bit conversion and the 2^63 split (src/core/scalar.ts).

@inline export function f64ToI32(x: f64): i32 {
  return x > -2147483649.0 && x < 2147483648.0 ? <i32>x : i32.MIN_VALUE;
}

@inline export function f64ToI64(x: f64): i64 {
  return x >= -9223372036854775808.0 && x < 9223372036854775808.0 ? <i64>x : i64.MIN_VALUE;
}

/** A float (as f64, exact for f32 sources) converted to integer type D. */
@inline export function f64ToInt<D>(x: f64): D {
  if (sizeof<D>() == 8) {
    if (isSigned<D>()) return <D>f64ToI64(x);
    return x >= 9223372036854775808.0
      ? <D>(f64ToI64(x - 9223372036854775808.0) ^ i64.MIN_VALUE)
      : <D>f64ToI64(x);
  }
  if (sizeof<D>() == 4 && !isSigned<D>()) {
    return x >= 2147483648.0 ? <D>(f64ToI32(x - 2147483648.0) ^ i32.MIN_VALUE) : <D>f64ToI32(x);
  }
  return <D>f64ToI32(x);
}
