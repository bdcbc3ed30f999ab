/**
 * The TypeScript scalar reference of the transcendental kernels (assembly/transcendental.ts): the
 * same algorithms, constants and operation order, one element at a time, so it gives the
 * kernels' results bit for bit (float64 arithmetic is IEEE in both; float32 arithmetic is
 * emulated with `Math.fround` after every operation, which is exact for +, -, *, / and sqrt, and
 * the kernels that compute in float64 round once at the end). The op layer uses it for arrays too small
 * to be worth a trip into WebAssembly, and the tests use it as the oracle the kernels must match.
 *
 * `reference["exp_f64"](x)`, `reference["power_f32"](x, y)`, ...: one function per kernel name.
 */
import { acosh64, asinh64, atanh64, cosh64, exp2_64, exp64, expm1_64, log1p64, logAny, sinh64, tanh64 } from "./math/exp-log.js";
import { atan2_32, atan32, cosh32, exp2_32, exp32, fr, log32, logHiLo32, power32, sinCos32, sinh32, tan32 } from "./math/f32.js";
import { acos32, acosh32, asin32, asinh32, atanh32, cbrt32, expm1_32, log1p32, tanh32 } from "./math/f32-more.js";
import { cbrt64, hypot64, logaddexp2_64, logaddexp64, power64 } from "./math/misc.js";
import { acos64, asin64, atan2_64, atan64, trig64 } from "./math/trig.js";

// ---- the table ----------------------------------------------------------------------------------
const f64: Record<string, (x: number, y: number) => number> = {
  exp: exp64,
  exp2: exp2_64,
  expm1: expm1_64,
  log: (x) => logAny(x, 0),
  log2: (x) => logAny(x, 1),
  log10: (x) => logAny(x, 2),
  log1p: log1p64,
  sin: (x) => trig64(x, 0),
  cos: (x) => trig64(x, 1),
  tan: (x) => trig64(x, 2),
  arcsin: asin64,
  arccos: acos64,
  arctan: atan64,
  sinh: sinh64,
  cosh: cosh64,
  tanh: tanh64,
  arcsinh: asinh64,
  arccosh: acosh64,
  arctanh: atanh64,
  cbrt: cbrt64,
  sqrt: Math.sqrt,
  arctan2: atan2_64,
  hypot: hypot64,
  power: power64,
  logaddexp: logaddexp64,
  logaddexp2: logaddexp2_64,
};

/** Names of the unary and binary transcendental ufuncs with kernels. */
export const UNARY_OPS = ["exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "cbrt", "sqrt"] as const;
export const BINARY_OPS = ["arctan2", "hypot", "power", "logaddexp", "logaddexp2"] as const;

/**
 * One scalar function per kernel name (`exp_f64`, `power_f32`, ...), giving the kernel's result
 * bit for bit. float32 functions take and return float32 values (as JS numbers).
 * @example reference["exp_f64"](1) // 2.718281828459045
 */
export const reference: Record<string, (x: number, y?: number) => number> = {};
for (const [op, fn] of Object.entries(f64)) {
  reference[`${op}_f64`] = fn as (x: number, y?: number) => number;
  reference[`${op}_f32`] = (x: number, y?: number) => fr(fn(x, y as number));
}
reference["exp2_f32"] = exp2_32;
reference["log2_f32"] = (x: number) => logHiLo32(x, false);
reference["log10_f32"] = (x: number) => logHiLo32(x, true);
reference["sqrt_f32"] = (x: number) => fr(Math.sqrt(x));
reference["exp_f32"] = exp32;
reference["log_f32"] = log32;
reference["sin_f32"] = (x: number) => sinCos32(x, false);
reference["cos_f32"] = (x: number) => sinCos32(x, true);
reference["tanh_f32"] = tanh32;
reference["sinh_f32"] = sinh32;
reference["cosh_f32"] = cosh32;
reference["arctan_f32"] = atan32;
reference["tan_f32"] = tan32;
reference["power_f32"] = (x: number, y?: number) => power32(x, y as number);
reference["arctan2_f32"] = (y: number, x?: number) => atan2_32(y, x as number);
reference["log1p_f32"] = log1p32;
reference["arctanh_f32"] = atanh32;
reference["arcsinh_f32"] = asinh32;
reference["arccosh_f32"] = acosh32;
reference["cbrt_f32"] = cbrt32;
reference["arcsin_f32"] = asin32;
reference["arccos_f32"] = acos32;
reference["expm1_f32"] = expm1_32;

type FloatArray = Float64Array | Float32Array;

/**
 * Strided unary loop over typed arrays (element indices and strides, not bytes):
 * out[io + i*so] = op(a[ia + i*sa]) for i < n.
 * @example unaryLoop("exp_f64", a, 0, 1, out, 0, 1, a.length)
 */
export function unaryLoop(name: string, a: FloatArray, ia: number, sa: number, out: FloatArray, io: number, so: number, n: number): void {
  const fn = reference[name];
  if (!fn) throw new Error(`no transcendental kernel ${name}`);
  for (let i = 0; i < n; i++, ia += sa, io += so) out[io] = fn(a[ia]!);
}

/**
 * Strided binary loop: out[io + i*so] = op(a[ia + i*sa], b[ib + i*sb]).
 * @example binaryLoop("power_f64", a, 0, 1, b, 0, 0, out, 0, 1, a.length)
 */
export function binaryLoop(name: string, a: FloatArray, ia: number, sa: number, b: FloatArray, ib: number, sb: number, out: FloatArray, io: number, so: number, n: number): void {
  const fn = reference[name];
  if (!fn) throw new Error(`no transcendental kernel ${name}`);
  for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) out[io] = fn(a[ia]!, b[ib]!);
}
