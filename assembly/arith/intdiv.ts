// Vector integer division for 8-, 16- and 32-bit lanes (WebAssembly has no integer SIMD divide).
// The quotient is computed in floating point and is exact: 8- and 16-bit lanes divide in float32,
// 32-bit lanes in float64. For |a| < 2^k and an integer b != 0, a / b is either an integer (then
// the correctly rounded quotient is that integer, representable since |a / b| < 2^k <= 2^p) or
// at least 1/|b| away from every integer, while its rounding error is at most
// 2^-p |a / b| < 2^(k-p) / |b| <= 1/|b| (k = 16, p = 24 in float32; k = 32, p = 53 in float64).
// So floor (or trunc) of the rounded quotient is the exact floor (trunc) quotient.
//
// A broadcast divisor b (a // 3) multiplies instead: floor(a r + c) with r = 1/b and c = 1/(16|b|)
// rounded to the same float type. a b^-1 is m/|b| for an integer m; the computed a r + c is within
// 1/(16|b|) + 3 2^-p |a / b| < 1/(8|b|) above m/|b| and never below it, so it lies strictly between
// m/|b| and (m + 1)/|b|, an interval with no integer inside: its floor is the floor of a / b.
//
// NumPy's conventions are applied lane-wise afterwards: b == 0 gives 0 (the ufunc layer warns),
// and b == -1 gives the wrapped negation, so MIN // -1 is MIN.
import { mulI8 } from "./ops";

/**
 * Floor (or, with floor false, truncated) quotients of i32 lanes holding 16-bit values, in
 * float32, as i32 lanes: x / y, or with `by` floor(x r + c) (r, c: f32 splats, see above).
 */
@inline function quot32(x: v128, y: v128, floor: bool, by: bool, r: v128, c: v128): v128 {
  const xf = f32x4.convert_i32x4_s(x);
  let q = by ? f32x4.add(f32x4.mul(xf, r), c) : f32x4.div(xf, f32x4.convert_i32x4_s(y));
  if (floor) q = f32x4.floor(q);
  return i32x4.trunc_sat_f32x4_s(q);
}

/** As quot32 for the two low i32 (or u32) lanes of x and y, in float64; results in lanes 0, 1. */
@inline function quot64<T>(x: v128, y: v128, floor: bool, by: bool, r: v128, c: v128): v128 {
  const s = isSigned<T>();
  const xf = s ? f64x2.convert_low_i32x4_s(x) : f64x2.convert_low_i32x4_u(x);
  let q = by ? f64x2.add(f64x2.mul(xf, r), c) : f64x2.div(xf, s ? f64x2.convert_low_i32x4_s(y) : f64x2.convert_low_i32x4_u(y));
  if (floor) q = f64x2.floor(q);
  return s ? i32x4.trunc_sat_f64x2_s_zero(q) : i32x4.trunc_sat_f64x2_u_zero(q);
}

/** Quotients of 16-bit lanes (x, y sign- or zero-extended by the caller's T) as i16 lanes. */
@inline function quot16<T>(x: v128, y: v128, floor: bool, by: bool, r: v128, c: v128): v128 {
  const s = isSigned<T>();
  const lo = quot32(s ? i32x4.extend_low_i16x8_s(x) : i32x4.extend_low_i16x8_u(x), s ? i32x4.extend_low_i16x8_s(y) : i32x4.extend_low_i16x8_u(y), floor, by, r, c);
  const hi = quot32(s ? i32x4.extend_high_i16x8_s(x) : i32x4.extend_high_i16x8_u(x), s ? i32x4.extend_high_i16x8_s(y) : i32x4.extend_high_i16x8_u(y), floor, by, r, c);
  return s ? i16x8.narrow_i32x4_s(lo, hi) : i16x8.narrow_i32x4_u(lo, hi);
}

/**
 * Lane-wise integer quotient of x by y for T of 1, 2 or 4 bytes: floor division (NumPy's
 * floor_divide) or, with floor false, truncation (C's, for fmod). y == 0 gives 0; y == -1 gives
 * the wrapped negation of x.
 */
@inline export function vquot<T>(x: v128, y: v128, floor: bool): v128 {
  return quotient<T>(x, y, floor, false, y, y);
}

/** vquot's floor quotient by a broadcast y, given r = recipOf<T>(y) and c = biasOf<T>(y). */
@inline export function vquotBy<T>(x: v128, y: v128, r: v128, c: v128): v128 {
  return quotient<T>(x, y, true, true, r, c);
}

/** The broadcast divisor's reciprocal splat in vquot's float type (0 for y == 0). */
@inline export function recipOf<T>(y: T): v128 {
  const r = y == <T>0 ? 0.0 : 1.0 / <f64>y;
  return sizeof<T>() == 4 ? f64x2.splat(r) : f32x4.splat(<f32>r);
}

/** The bias 1/(16|y|) splat in vquot's float type. */
@inline export function biasOf<T>(y: T): v128 {
  const c = y == <T>0 ? 0.0 : 0.0625 / Math.abs(<f64>y);
  return sizeof<T>() == 4 ? f64x2.splat(c) : f32x4.splat(<f32>c);
}

@inline function quotient<T>(x: v128, y: v128, floor: bool, by: bool, r: v128, c: v128): v128 {
  let q: v128;
  if (sizeof<T>() == 4) {
    const hx = i32x4.shuffle(x, x, 2, 3, 0, 1);
    const hy = i32x4.shuffle(y, y, 2, 3, 0, 1);
    q = i32x4.shuffle(quot64<T>(x, y, floor, by, r, c), quot64<T>(hx, hy, floor, by, r, c), 0, 1, 4, 5);
  } else if (sizeof<T>() == 2) {
    q = quot16<T>(x, y, floor, by, r, c);
  } else {
    // bytes widen to 16-bit lanes, which widen again inside quot16
    const s = isSigned<T>();
    const lo = quot16<i16>(s ? i16x8.extend_low_i8x16_s(x) : i16x8.extend_low_i8x16_u(x), s ? i16x8.extend_low_i8x16_s(y) : i16x8.extend_low_i8x16_u(y), floor, by, r, c);
    const hi = quot16<i16>(s ? i16x8.extend_high_i8x16_s(x) : i16x8.extend_high_i8x16_u(x), s ? i16x8.extend_high_i8x16_s(y) : i16x8.extend_high_i8x16_u(y), floor, by, r, c);
    q = s ? i8x16.narrow_i16x8_s(lo, hi) : i8x16.narrow_i16x8_u(lo, hi);
  }
  const zero = i64x2.splat(0);
  if (isSigned<T>()) q = v128.bitselect(v128.sub<T>(zero, x), q, v128.eq<T>(y, v128.splat<T>(<T>-1)));
  return v128.andnot(q, v128.eq<T>(y, zero));
}

/** x - q y at T's width (wrapping): the remainder that goes with quotient q. */
@inline export function vremOf<T>(x: v128, y: v128, q: v128): v128 {
  return v128.sub<T>(x, sizeof<T>() == 1 ? mulI8(q, y) : v128.mul<T>(q, y));
}

/** Whether the vector division above exists for T (integers of 1, 2 or 4 bytes). */
@inline export function hasVquot<T>(): bool {
  return !isFloat<T>() && sizeof<T>() <= 4;
}

// ---- 64-bit lanes ---------------------------------------------------------------------------
// WebAssembly converts no i64x2 to f64x2, but integers in (-2^51, 2^51) convert exactly by
// adding them to the bits of 1.5 2^52 (where the ulp is 1). A pair of lanes whose operands are
// all below 2^50 in magnitude divides in float64, exactly by the argument at the top (k = 50,
// p = 53); any other pair is left to the caller's scalar division.

const MAGIC_BITS: i64 = 0x4338000000000000; // 1.5 * 2^52
const MAGIC: f64 = 6755399441055744.0;

@inline function toF64(x: v128): v128 { return f64x2.sub(i64x2.add(x, i64x2.splat(MAGIC_BITS)), f64x2.splat(MAGIC)); }
@inline function fromF64(q: v128): v128 { return i64x2.sub(f64x2.add(q, f64x2.splat(MAGIC)), i64x2.splat(MAGIC_BITS)); }

/** Whether every lane of x and y (64-bit, signed per T) is below 2^50 in magnitude. */
@inline export function small64<T>(x: v128, y: v128): bool {
  if (isSigned<T>()) {
    const h = i64x2.splat(<i64>1 << 50);
    return !v128.any_true(v128.or(i64x2.shr_u(i64x2.add(x, h), 51), i64x2.shr_u(i64x2.add(y, h), 51)));
  }
  return !v128.any_true(i64x2.shr_u(v128.or(x, y), 50));
}

/** vquot for 64-bit lanes that pass small64 (so y == -1 needs no wrapping). */
@inline export function vquot64(x: v128, y: v128, floor: bool): v128 {
  let q = f64x2.div(toF64(x), toF64(y));
  q = floor ? f64x2.floor(q) : f64x2.trunc(q);
  return v128.andnot(fromF64(q), i64x2.eq(y, i64x2.splat(0)));
}
