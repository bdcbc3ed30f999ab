// Vectorised transcendental kernels: <op>_<f64|f32>(a, sa, out, so, n) for unary ops and
// <op>_<dt>(a, sa, b, sb, out, so, n) for binary ones. a, b, out are byte addresses in linear
// memory, sa, sb, so strides in bytes (0 broadcasts, negative walks backwards), n the count.
// Every kernel returns 1 when a result is NaN or infinite, else 0. Contiguous operands run the SIMD loop; every other layout runs the same vector core on
// gathered lanes, so results never depend on the layout. out may alias an input exactly.
//
// float64 cores live in math/*.ts. float32: exp, exp2, log, log2, log10, sin, cos, sinh, cosh,
// arctan and arctan2 have f32x4 cores in math/f32.ts (sin/cos reduce in float64), expm1, tanh,
// log1p, arcsinh, arccosh, arctanh, arcsin, arccos and cbrt in math/f32more.ts; float32 tan and
// power compute in float64 with float32-sized polynomials; hypot, logaddexp and logaddexp2 run the
// float64 cores and round once.
import { unary64, unary64split, unary32, unary32split, binary64, binary32, Via64 } from "./math/vec";
import { Exp64, Exp2_64, Expm1_64, Sinh64, Cosh64, Tanh64 } from "./math/exp";
import { Log64, Log2_64, Log10_64, Log1p64, Asinh64, Acosh64, Atanh64 } from "./math/log";
import { Sin64, Cos64, Tan64 } from "./math/trig";
import { Atan64, Asin64, Acos64, Atan2_64 } from "./math/atrig";
import { Exp32, Exp2_32, Log32, Log2_32, Log10_32, Sin32, Cos32, Sinh32, Cosh32, Atan32, Atan2_32, Tan32, Power32 } from "./math/f32";
import { Log1p32, Atanh32, Asinh32, Acosh32, Cbrt32, Asin32, Acos32, Expm1_32, Tanh32 } from "./math/f32more";
import { Cbrt64, Sqrt64, Sqrt32, Hypot64, Power64, Logaddexp64, Logaddexp2_64 } from "./math/misc";

export function exp_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64split<Exp64>(a, sa, out, so, n); }
export function exp2_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64split<Exp2_64>(a, sa, out, so, n); }
export function expm1_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64split<Expm1_64>(a, sa, out, so, n); }
export function sinh_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64split<Sinh64>(a, sa, out, so, n); }
export function cosh_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64split<Cosh64>(a, sa, out, so, n); }
export function tanh_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64split<Tanh64>(a, sa, out, so, n); }
export function log_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64split<Log64>(a, sa, out, so, n); }
export function log2_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64<Log2_64>(a, sa, out, so, n); }
export function log10_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64<Log10_64>(a, sa, out, so, n); }
export function log1p_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64<Log1p64>(a, sa, out, so, n); }
export function arcsinh_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64<Asinh64>(a, sa, out, so, n); }
export function arccosh_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64<Acosh64>(a, sa, out, so, n); }
export function arctanh_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64<Atanh64>(a, sa, out, so, n); }
export function sin_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64split<Sin64>(a, sa, out, so, n, true); }
export function cos_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64split<Cos64>(a, sa, out, so, n, true); }
export function tan_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64split<Tan64>(a, sa, out, so, n); }
export function arctan_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64<Atan64>(a, sa, out, so, n); }
export function arcsin_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64<Asin64>(a, sa, out, so, n); }
export function arccos_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64<Acos64>(a, sa, out, so, n); }
export function cbrt_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64<Cbrt64>(a, sa, out, so, n); }
export function sqrt_f64(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary64<Sqrt64>(a, sa, out, so, n); }
export function arctan2_f64(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): i32 { return binary64<Atan2_64>(a, sa, b, sb, out, so, n); }
export function hypot_f64(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): i32 { return binary64<Hypot64>(a, sa, b, sb, out, so, n); }
// NumPy 2's float power loop takes a broadcast exponent of 0.5 as sqrt ((-0) ** 0.5 is -0).
export function power_f64(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): i32 {
  return sb == 0 && load<f64>(b) == 0.5 ? unary64<Sqrt64>(a, sa, out, so, n) : binary64<Power64>(a, sa, b, sb, out, so, n);
}
/** float_power: the power loop with no sqrt shortcut (NumPy's float_power(-0.0, 0.5) is 0). */
export function float_power_f64(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): i32 { return binary64<Power64>(a, sa, b, sb, out, so, n); }
export function logaddexp_f64(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): i32 { return binary64<Logaddexp64>(a, sa, b, sb, out, so, n); }
export function logaddexp2_f64(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): i32 { return binary64<Logaddexp2_64>(a, sa, b, sb, out, so, n); }

// ---- float32 ------------------------------------------------------------------------------------
export function exp_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Exp32>(a, sa, out, so, n); }
export function exp2_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Exp2_32>(a, sa, out, so, n); }
export function expm1_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Expm1_32>(a, sa, out, so, n); }
export function sinh_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Sinh32>(a, sa, out, so, n); }
export function cosh_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Cosh32>(a, sa, out, so, n); }
export function tanh_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32<Tanh32>(a, sa, out, so, n); }
export function log_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Log32>(a, sa, out, so, n); }
export function log2_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Log2_32>(a, sa, out, so, n); }
export function log10_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Log10_32>(a, sa, out, so, n); }
export function log1p_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Log1p32>(a, sa, out, so, n); }
export function arcsinh_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Asinh32>(a, sa, out, so, n); }
export function arccosh_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Acosh32>(a, sa, out, so, n); }
export function arctanh_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Atanh32>(a, sa, out, so, n); }
export function sin_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Sin32>(a, sa, out, so, n); }
export function cos_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Cos32>(a, sa, out, so, n); }
export function tan_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Tan32>(a, sa, out, so, n); }
export function arctan_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32<Atan32>(a, sa, out, so, n); }
export function arcsin_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Asin32>(a, sa, out, so, n); }
export function arccos_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Acos32>(a, sa, out, so, n); }
export function cbrt_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32split<Cbrt32>(a, sa, out, so, n); }
export function sqrt_f32(a: usize, sa: isize, out: usize, so: isize, n: i32): i32 { return unary32<Sqrt32>(a, sa, out, so, n); }
export function arctan2_f32(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): i32 { return binary32<Atan2_32>(a, sa, b, sb, out, so, n); }
export function hypot_f32(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): i32 { return binary32<Via64<Hypot64>>(a, sa, b, sb, out, so, n); }
export function power_f32(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): i32 {
  return sb == 0 && load<f32>(b) == 0.5 ? unary32<Sqrt32>(a, sa, out, so, n) : binary32<Power32>(a, sa, b, sb, out, so, n);
}
export function logaddexp_f32(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): i32 { return binary32<Via64<Logaddexp64>>(a, sa, b, sb, out, so, n); }
export function logaddexp2_f32(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): i32 { return binary32<Via64<Logaddexp2_64>>(a, sa, b, sb, out, so, n); }
