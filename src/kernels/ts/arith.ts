/**
 * The plain TypeScript reference of every arithmetic, comparison, bitwise, logical, cast and
 * reduction kernel in assembly/arith: one function per element operation, with NumPy's integer
 * and floating-point semantics on x86-64. The op layer runs them for small arrays; the kernel
 * tests use them as the oracle beside NumPy-generated data.
 *
 * Values are storage values: bool and integers up to 32 bits are numbers (already wrapped),
 * int64/uint64 are bigints, floats are numbers (float32 results rounded with Math.fround),
 * complex values are `{re, im}`. Kernel dtype codes: b, i8, u8, i16, u16, i32, u32, i64, u64,
 * f32, f64, c64, c128.
 *
 * @example
 * floorDivideInt(-7, 2, "i32") // -4
 * remainderFloat(-1, 3) // 2
 * castValue(-1.5, "f64", "u32") // 4294967295
 * binaryRef("floor_divide", "i8")!(-128, -1) // -128
 */
import { BOOL, COMPLEX128, COMPLEX64, FLOAT32, FLOAT64, INT16, INT32, INT64, INT8, UINT16, UINT32, UINT64, UINT8, type DType } from "../../core/dtype.js";
import { castFloatToInt, type Complex } from "../../core/scalar.js";

/** A kernel dtype code. */
export type Code = "b" | "i8" | "u8" | "i16" | "u16" | "i32" | "u32" | "i64" | "u64" | "f32" | "f64" | "c64" | "c128";

/** Kernel dtype code -> DType. */
export const CODE_DTYPE: Record<Code, DType> = {
  b: BOOL, i8: INT8, u8: UINT8, i16: INT16, u16: UINT16, i32: INT32, u32: UINT32, i64: INT64, u64: UINT64,
  f32: FLOAT32, f64: FLOAT64, c64: COMPLEX64, c128: COMPLEX128,
};

/** DType name -> kernel dtype code (e.g. "float64" -> "f64"). */
export function kernelCode(dt: DType): Code {
  return (Object.keys(CODE_DTYPE) as Code[]).find((c) => CODE_DTYPE[c] === dt)!;
}

export const INT_CODES: readonly Code[] = ["i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64"];
export const FLOAT_CODES: readonly Code[] = ["f32", "f64"];
export const COMPLEX_CODES: readonly Code[] = ["c64", "c128"];

/** A storage value. */
export type Value = number | bigint | Complex;

const BITS: Record<string, number> = { b: 8, i8: 8, u8: 8, i16: 16, u16: 16, i32: 32, u32: 32, i64: 64, u64: 64 };
const signed = (c: Code): boolean => c[0] === "i";
const big = (c: Code): boolean => c === "i64" || c === "u64";

// ---------------------------------------------------------------------------------------------
// Integers

/** Wraps an exact JS integer (|v| < 2^53) into a <= 32-bit integer dtype. */
export function wrapNum(v: number, c: Code): number {
  switch (c) {
    case "i8":
      return (v << 24) >> 24;
    case "u8":
      return v & 0xff;
    case "i16":
      return (v << 16) >> 16;
    case "u16":
      return v & 0xffff;
    case "i32":
      return v | 0;
    case "u32":
      return v >>> 0;
    default:
      return v ? 1 : 0;
  }
}

/** Wraps a bigint into int64 or uint64. */
export function wrapBig(v: bigint, c: Code): bigint {
  return c === "u64" ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v);
}

/** Integer product with wraparound (exact: Math.imul keeps the low 32 bits). */
export function multiplyInt(a: number, b: number, c: Code): number {
  return wrapNum(Math.imul(a, b), c);
}

/** NumPy's integer floor_divide: by 0 gives 0, INT_MIN // -1 gives INT_MIN (wraps). */
export function floorDivideInt(a: number, b: number, c: Code): number {
  if (b === 0) return 0;
  return wrapNum(Math.floor(a / b), c); // exact: |a|, |b| < 2^32
}

export function floorDivideBig(a: bigint, b: bigint, c: Code): bigint {
  if (b === 0n) return 0n;
  let q = a / b;
  if (q * b !== a && a < 0n !== b < 0n) q -= 1n;
  return wrapBig(q, c);
}

/** NumPy's integer remainder: by 0 gives 0; the sign follows the divisor. */
export function remainderInt(a: number, b: number): number {
  if (b === 0) return 0;
  let r = a % b;
  if (r !== 0 && r < 0 !== b < 0) r += b;
  return r === 0 ? 0 : r; // no -0
}

export function remainderBig(a: bigint, b: bigint): bigint {
  if (b === 0n) return 0n;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) r += b;
  return r;
}

/** Integer fmod (C's %): by 0 gives 0; the sign follows the dividend. */
export function fmodInt(a: number, b: number): number {
  if (b === 0) return 0;
  const r = a % b;
  return r === 0 ? 0 : r;
}

export function fmodBig(a: bigint, b: bigint): bigint {
  return b === 0n ? 0n : a % b;
}

/** Integer power by squaring, wrapping; a negative exponent (NumPy raises) gives 0. */
export function powerInt(a: number, b: number, c: Code): number {
  if (b < 0) return 0;
  let r = 1;
  let base = a;
  let e = b;
  while (e > 0) {
    if (e & 1) r = wrapNum(Math.imul(r, base), c);
    base = wrapNum(Math.imul(base, base), c);
    e = Math.floor(e / 2);
  }
  return wrapNum(r, c);
}

export function powerBig(a: bigint, b: bigint, c: Code): bigint {
  if (b < 0n) return 0n;
  let r = 1n;
  let base = a;
  let e = b;
  while (e > 0n) {
    if (e & 1n) r = wrapBig(r * base, c);
    base = wrapBig(base * base, c);
    e >>= 1n;
  }
  return wrapBig(r, c);
}

/** NumPy's left_shift: a count outside [0, width) gives 0. */
export function leftShiftInt(a: number, b: number, c: Code): number {
  if (b < 0 || b >= BITS[c]!) return 0;
  return wrapNum(b === 0 ? a : a * 2 ** b, c);
}

export function leftShiftBig(a: bigint, b: bigint, c: Code): bigint {
  if (b < 0n || b >= 64n) return 0n;
  return wrapBig(a << b, c);
}

/** NumPy's right_shift: a count outside [0, width) gives -1 for negative a, else 0. */
export function rightShiftInt(a: number, b: number, c: Code): number {
  if (b < 0 || b >= BITS[c]!) return a < 0 ? -1 : 0;
  return wrapNum(Math.floor(a / 2 ** b), c);
}

export function rightShiftBig(a: bigint, b: bigint): bigint {
  if (b < 0n || b >= 64n) return a < 0n ? -1n : 0n;
  return a >> b;
}

function gcdU(a: number, b: number): number {
  while (a !== 0) [a, b] = [b % a, a];
  return b;
}

/** NumPy's gcd: on |a|, |b| in unsigned 32 (64) bits, converted back (gcd(int8 -128, 0) = -128). */
export function gcdInt(a: number, b: number, c: Code): number {
  return wrapNum(gcdU(Math.abs(a), Math.abs(b)), c);
}

export function lcmInt(a: number, b: number, c: Code): number {
  const x = Math.abs(a) >>> 0;
  const y = Math.abs(b) >>> 0;
  const g = gcdU(x, y);
  return g === 0 ? 0 : wrapNum(Math.imul(x / g, y), c);
}

function gcdBigU(a: bigint, b: bigint): bigint {
  while (a !== 0n) [a, b] = [b % a, a];
  return b;
}

const absBig = (x: bigint): bigint => (x < 0n ? -x : x);

export function gcdBig(a: bigint, b: bigint, c: Code): bigint {
  return wrapBig(gcdBigU(wrapBig(absBig(a), "u64"), wrapBig(absBig(b), "u64")), c);
}

export function lcmBig(a: bigint, b: bigint, c: Code): bigint {
  const x = wrapBig(absBig(a), "u64");
  const y = wrapBig(absBig(b), "u64");
  const g = gcdBigU(x, y);
  return g === 0n ? 0n : wrapBig((x / g) * y, c);
}

/** Integer reciprocal as NumPy computes it: `1.0 / x` converted to the type as C does. */
export function reciprocalInt(x: number | bigint, c: Code): number | bigint {
  const r = castFloatToInt(1 / Number(x), CODE_DTYPE[c]);
  return typeof r === "number" ? r + 0 : r;
}

/** Integer sign: -1, 0, 1 (unsigned: 0 or 1). */
export function signInt(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Floats. `r` rounds a double result to the dtype: identity for f64, Math.fround for f32.

type Round = (x: number) => number;
const id: Round = (x) => x;
const roundOf = (c: Code): Round => (c === "f32" || c === "c64" ? Math.fround : id);

/** C fmod, exact (JS's % is IEEE fmod). */
export function fmodFloat(a: number, b: number): number {
  return a % b;
}

/** NumPy's npy_divmod: [floor quotient, remainder], each step rounded by r. */
export function divmodFloat(a: number, b: number, r: Round = id): [number, number] {
  let mod = a % b;
  if (b === 0) return [r(a / b), mod];
  let div = r(r(a - mod) / b);
  if (mod !== 0) {
    // C's `if (mod)`: NaN counts as true.
    if (b < 0 !== mod < 0) {
      mod = r(mod + b);
      div = r(div - 1);
    }
  } else {
    mod = Math.sign(b) < 0 || Object.is(b, -0) ? -0 : 0;
  }
  let fd: number;
  if (div !== 0) {
    fd = Math.floor(div);
    if (r(div - fd) > 0.5) fd = r(fd + 1);
  } else {
    fd = r(a / b) < 0 || Object.is(r(a / b), -0) ? -0 : 0;
  }
  return [fd, mod];
}

/** NumPy's float floor_divide. */
export function floorDivideFloat(a: number, b: number, r: Round = id): number {
  return divmodFloat(a, b, r)[0];
}

/** NumPy's float remainder (sign of the divisor; x % 0 is NaN). */
export function remainderFloat(a: number, b: number, r: Round = id): number {
  return b === 0 ? a % b : divmodFloat(a, b, r)[1];
}

/** NumPy's maximum on x86: NaN if a is NaN, else a > b ? a : b (b wins ties, NaN b included). */
export function maximumFloat(a: number, b: number): number {
  return a !== a ? a : a > b ? a : b;
}

export function minimumFloat(a: number, b: number): number {
  return a !== a ? a : a < b ? a : b;
}

/** fmax: NaN-ignoring (a when b is NaN). */
export function fmaxFloat(a: number, b: number): number {
  return b !== b ? a : a > b ? a : b;
}

export function fminFloat(a: number, b: number): number {
  return b !== b ? a : a < b ? a : b;
}

const f64b = new Float64Array(1);
const i64b = new BigInt64Array(f64b.buffer);
const f32b = new Float32Array(1);
const i32b = new Int32Array(f32b.buffer);

function bitsStep(x: number, up: boolean, f32: boolean): number {
  if (f32) {
    f32b[0] = x;
    i32b[0] = i32b[0]! + (up ? 1 : -1);
    return f32b[0]!;
  }
  f64b[0] = x;
  i64b[0] = i64b[0]! + (up ? 1n : -1n);
  return f64b[0]!;
}

/** C nextafter (nextafterf when f32). */
export function nextafterFloat(a: number, b: number, f32 = false): number {
  if (a !== a || b !== b) return a + b;
  if (a === b) return b;
  const tiny = f32 ? 2 ** -149 : Number.MIN_VALUE;
  if (a === 0) return b > 0 ? tiny : -tiny;
  return bitsStep(a, b > a === a > 0, f32);
}

/** NumPy's spacing: the gap to the next value away from zero, signed; spacing(+-0) = +tiny. */
export function spacingFloat(x: number, f32 = false): number {
  if (x !== x) return x;
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return f32 ? 2 ** -149 : Number.MIN_VALUE;
  const r = f32 ? Math.fround : id;
  return r(bitsStep(x, true, f32) - x);
}

export function copysignFloat(a: number, b: number): number {
  const neg = b < 0 || Object.is(b, -0) || (b !== b && signbitNaN(b));
  return neg ? -Math.abs(a) : Math.abs(a);
}

function signbitNaN(x: number): boolean {
  f64b[0] = x;
  return i64b[0]! < 0n;
}

/** signbit, including NaN's sign bit. */
export function signbitFloat(x: number): boolean {
  f64b[0] = x;
  return i64b[0]! < 0n;
}

export function heavisideFloat(x: number, h: number): number {
  return x < 0 ? 0 : x === 0 ? h : x > 0 ? 1 : x;
}

/** Float sign: 1, -1, 0 (+0.0 for either zero), NaN for NaN. */
export function signFloat(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x;
}

/** rint: round half to even. */
export function rintFloat(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 52) return x;
  const f = Math.floor(x);
  const d = x - f;
  const r = d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
  return r === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : r;
}

/** C ldexp / scalbn (musl's order, one rounding for subnormal results); f32 rounds each step. */
export function ldexpFloat(x: number, n: number, f32 = false): number {
  const r = f32 ? Math.fround : id;
  const [emax, emin, prec] = f32 ? [127, -126, 24] : [1023, -1022, 53];
  let y = x;
  if (n > emax) {
    y = r(y * 2 ** emax);
    n -= emax;
    if (n > emax) {
      y = r(y * 2 ** emax);
      n -= emax;
      if (n > emax) n = emax;
    }
  } else if (n < emin) {
    y = r(y * 2 ** (emin + prec));
    n -= emin + prec;
    if (n < emin) {
      y = r(y * 2 ** (emin + prec));
      n -= emin + prec;
      if (n < emin) n = emin;
    }
  }
  return r(y * 2 ** n);
}

// ---------------------------------------------------------------------------------------------
// Complex (NumPy's formulas; `r` rounds parts for complex64)

export function multiplyComplex(a: Complex, b: Complex, r: Round = id): Complex {
  return { re: r(r(a.re * b.re) - r(a.im * b.im)), im: r(r(a.re * b.im) + r(a.im * b.re)) };
}

/** NumPy's complex divide (Smith's algorithm). */
export function divideComplex(a: Complex, b: Complex, r: Round = id): Complex {
  const abr = Math.abs(b.re);
  const abi = Math.abs(b.im);
  if (abr >= abi) {
    if (abr === 0 && abi === 0) return { re: a.re / abr, im: a.im / abi };
    const rat = r(b.im / b.re);
    const scl = r(1 / r(b.re + r(b.im * rat)));
    return { re: r(r(a.re + r(a.im * rat)) * scl), im: r(r(a.im - r(a.re * rat)) * scl) };
  }
  const rat = r(b.re / b.im);
  const scl = r(1 / r(b.im + r(b.re * rat)));
  return { re: r(r(r(a.re * rat) + a.im) * scl), im: r(r(r(a.im * rat) - a.re) * scl) };
}

export function reciprocalComplex(z: Complex, r: Round = id): Complex {
  if (Math.abs(z.im) <= Math.abs(z.re)) {
    const q = r(z.im / z.re);
    const d = r(z.re + r(z.im * q));
    return { re: r(1 / d), im: r(-q / d) };
  }
  const q = r(z.re / z.im);
  const d = r(r(z.re * q) + z.im);
  return { re: r(q / d), im: r(-1 / d) };
}

export function squareComplex(z: Complex, r: Round = id): Complex {
  return { re: r(r(z.re * z.re) - r(z.im * z.im)), im: r(r(z.re * z.im) + r(z.im * z.re)) };
}

const isnan = (x: number): boolean => x !== x;

/** NumPy's lexicographic complex order; the real-part comparison counts only without NaN imag. */
export function compareComplex(op: "lt" | "le" | "gt" | "ge" | "eq" | "ne", x: Complex, y: Complex): boolean {
  const noNan = !isnan(x.im) && !isnan(y.im);
  switch (op) {
    case "lt":
      return (x.re < y.re && noNan) || (x.re === y.re && x.im < y.im);
    case "le":
      return (x.re < y.re && noNan) || (x.re === y.re && x.im <= y.im);
    case "gt":
      return (x.re > y.re && noNan) || (x.re === y.re && x.im > y.im);
    case "ge":
      return (x.re > y.re && noNan) || (x.re === y.re && x.im >= y.im);
    case "eq":
      return x.re === y.re && x.im === y.im;
    case "ne":
      return x.re !== y.re || x.im !== y.im;
  }
}

export function maximumComplex(a: Complex, b: Complex): Complex {
  return isnan(a.re) || isnan(a.im) || compareComplex("ge", a, b) ? a : b;
}

export function minimumComplex(a: Complex, b: Complex): Complex {
  return isnan(a.re) || isnan(a.im) || compareComplex("le", a, b) ? a : b;
}

export function fmaxComplex(a: Complex, b: Complex): Complex {
  return isnan(b.re) || isnan(b.im) || compareComplex("ge", a, b) ? a : b;
}

export function fminComplex(a: Complex, b: Complex): Complex {
  return isnan(b.re) || isnan(b.im) || compareComplex("le", a, b) ? a : b;
}

/** The double next to x in the direction of `up`'s sign (x finite, nonzero). */
function stepToward(x: number, up: boolean): number {
  f64b[0] = x;
  i64b[0] = i64b[0]! + (up === x > 0 ? 1n : -1n);
  return f64b[0]!;
}

/** Whether the last significand bit of double x is 0. */
function evenBits(x: number): boolean {
  f64b[0] = x;
  return (i64b[0]! & 1n) === 0n;
}

/** fma(r, r, 1) exactly rounded to double: Dekker's product, then a round-to-odd sum. */
export function fmaSquarePlusOne(r: number): number {
  const p = r * r;
  const c = r * 134217729;
  const hi = c - (c - r);
  const lo = r - hi;
  const e = hi * hi - p + 2 * hi * lo + lo * lo;
  const th = 1 + p;
  const bb = th - 1;
  const tl = 1 - (th - bb) + (p - bb);
  let v = tl + e;
  const bv = v - tl;
  const ve = tl - (v - bv) + (e - bv);
  if (ve !== 0 && evenBits(v)) v = stepToward(v, ve > 0);
  return th + v;
}

/** fma(r, r, 1) rounded to float32 for a float32 r: exact product, round-to-odd, fround. */
function fmaSquarePlusOneF32(r: number): number {
  const p = r * r;
  const s = 1 + p;
  const err = p - (s - 1);
  return Math.fround(err !== 0 && evenBits(s) ? stepToward(s, err > 0) : s);
}

/**
 * |z| as NumPy's AVX512F loop computes it (the loop this machine's NumPy runs): inf if a part is
 * infinite, NaN if a part is NaN, else larger * sqrt(fma(r, r, 1)) with r = smaller / larger.
 */
export function absoluteComplex(z: Complex, f32 = false): number {
  return absoluteParts(z.re, z.im, f32);
}

/** |re + i im| as NumPy's SIMD loops compute it: larger * sqrt(fma(ratio, ratio, 1)). */
export function absoluteParts(zre: number, zim: number, f32 = false): number {
  const re = Math.abs(zre);
  const im = Math.abs(zim);
  if (re === Infinity || im === Infinity) return Infinity;
  if (re !== re || im !== im) return NaN;
  const larger = Math.max(re, im);
  const smaller = Math.min(re, im);
  if (f32) {
    const ratio = larger === 0 ? 0 : Math.fround(smaller / larger);
    return Math.fround(Math.fround(Math.sqrt(fmaSquarePlusOneF32(ratio))) * larger);
  }
  const ratio = larger === 0 ? 0 : smaller / larger;
  return Math.sqrt(fmaSquarePlusOne(ratio)) * larger;
}

const nzC = (z: Complex): boolean => z.re !== 0 || z.im !== 0;

// ---------------------------------------------------------------------------------------------
// Casts

/** One storage value cast between kernel dtypes with NumPy's unsafe casting on x86-64. */
export function castValue(v: Value, from: Code, to: Code): Value {
  if (from === "c64" || from === "c128") {
    const z = v as Complex;
    if (to === "b") return nzC(z) ? 1 : 0;
    if (to === "c64") return { re: Math.fround(z.re), im: Math.fround(z.im) };
    if (to === "c128") return { re: z.re, im: z.im };
    return castValue(z.re, from === "c64" ? "f32" : "f64", to);
  }
  if (to === "c64" || to === "c128") {
    const part = castValue(v, from, to === "c64" ? "f32" : "f64") as number;
    return { re: part, im: 0 };
  }
  const x = v as number | bigint;
  if (to === "b") return x != 0 || x !== x ? 1 : 0; // NaN -> True
  if (to === "f64") return Number(x);
  if (to === "f32") return typeof x === "bigint" ? f32FromBig(x) : Math.fround(x);
  if (from === "f32" || from === "f64") {
    const r = castFloatToInt(x as number, CODE_DTYPE[to]);
    return typeof r === "number" ? r + 0 : r; // no -0 from truncation
  }
  if (big(to)) return wrapBig(BigInt(x), to);
  return wrapNum(typeof x === "bigint" ? Number(BigInt.asIntN(32, x)) : x, to);
}

/** A 64-bit integer rounded once to float32 (Number(x) then fround could round twice). */
function f32FromBig(x: bigint): number {
  const neg = x < 0n;
  let m = neg ? -x : x;
  if (m < 1n << 53n) return Math.fround(Number(x));
  // Keep 25 significant bits plus a sticky bit, then let fround do the single rounding.
  const shift = BigInt(m.toString(2).length - 26);
  const sticky = (m & ((1n << shift) - 1n)) !== 0n ? 1n : 0n;
  m = ((m >> shift) << 1n) | sticky;
  const r = Math.fround(Number(m) * 2 ** (Number(shift) - 1));
  return neg ? -r : r;
}

/** castF64ToU32 etc. are castValue with fixed dtypes; the common ones by name. */
export const castF64ToI32 = (x: number): number => castValue(x, "f64", "i32") as number;
export const castF64ToU32 = (x: number): number => castValue(x, "f64", "u32") as number;
export const castF64ToI64 = (x: number): bigint => castValue(x, "f64", "i64") as bigint;
export const castF64ToU64 = (x: number): bigint => castValue(x, "f64", "u64") as bigint;
export const castF64ToF32 = (x: number): number => Math.fround(x);
export const castI64ToF32 = (x: bigint): number => f32FromBig(x);

// ---------------------------------------------------------------------------------------------
// Tables: the element operation behind each kernel name

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Bin = (a: any, b: any) => any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Un = (a: any) => any;

const b01 = (x: boolean): number => (x ? 1 : 0);
const nz = (x: number | bigint): boolean => x != 0 || x !== x;

function compareReal(op: string): Bin | undefined {
  switch (op) {
    case "equal":
      return (a, b) => b01(a == b);
    case "not_equal":
      return (a, b) => b01(a != b);
    case "less":
      return (a, b) => b01(a < b);
    case "less_equal":
      return (a, b) => b01(a <= b);
    case "greater":
      return (a, b) => b01(a > b);
    case "greater_equal":
      return (a, b) => b01(a >= b);
    case "logical_and":
      return (a, b) => b01(nz(a) && nz(b));
    case "logical_or":
      return (a, b) => b01(nz(a) || nz(b));
    case "logical_xor":
      return (a, b) => b01(nz(a) !== nz(b));
  }
  return undefined;
}

const CMP_OPS: Record<string, "lt" | "le" | "gt" | "ge" | "eq" | "ne"> = {
  equal: "eq", not_equal: "ne", less: "lt", less_equal: "le", greater: "gt", greater_equal: "ge",
};

function binaryComplex(op: string, c: Code): Bin | undefined {
  const r = roundOf(c);
  if (op in CMP_OPS) return (a, b) => b01(compareComplex(CMP_OPS[op]!, a, b));
  switch (op) {
    case "add":
      return (a, b) => ({ re: r(a.re + b.re), im: r(a.im + b.im) });
    case "subtract":
      return (a, b) => ({ re: r(a.re - b.re), im: r(a.im - b.im) });
    case "multiply":
      return (a, b) => multiplyComplex(a, b, r);
    case "divide":
      return (a, b) => divideComplex(a, b, r);
    case "maximum":
      return maximumComplex;
    case "minimum":
      return minimumComplex;
    case "fmax":
      return fmaxComplex;
    case "fmin":
      return fminComplex;
    case "logical_and":
      return (a, b) => b01(nzC(a) && nzC(b));
    case "logical_or":
      return (a, b) => b01(nzC(a) || nzC(b));
    case "logical_xor":
      return (a, b) => b01(nzC(a) !== nzC(b));
  }
  return undefined;
}

function binaryFloat(op: string, c: Code): Bin | undefined {
  const r = roundOf(c);
  const f32 = c === "f32";
  switch (op) {
    case "add":
      return (a, b) => r(a + b);
    case "subtract":
      return (a, b) => r(a - b);
    case "multiply":
      return (a, b) => r(a * b);
    case "divide":
      return (a, b) => r(a / b);
    case "floor_divide":
      return (a, b) => floorDivideFloat(a, b, r);
    case "remainder":
      return (a, b) => remainderFloat(a, b, r);
    case "fmod":
      return fmodFloat;
    case "maximum":
      return maximumFloat;
    case "minimum":
      return minimumFloat;
    case "fmax":
      return fmaxFloat;
    case "fmin":
      return fminFloat;
    case "copysign":
      return copysignFloat;
    case "nextafter":
      return (a, b) => nextafterFloat(a, b, f32);
    case "heaviside":
      return heavisideFloat;
    case "ldexp":
      return (a, b) => ldexpFloat(a, b, f32);
  }
  return compareReal(op);
}

function binaryInt(op: string, c: Code): Bin | undefined {
  if (big(c)) {
    const w = (v: bigint): bigint => wrapBig(v, c);
    switch (op) {
      case "add":
        return (a: bigint, b: bigint) => w(a + b);
      case "subtract":
        return (a: bigint, b: bigint) => w(a - b);
      case "multiply":
        return (a: bigint, b: bigint) => w(a * b);
      case "floor_divide":
        return (a, b) => floorDivideBig(a, b, c);
      case "remainder":
        return remainderBig;
      case "fmod":
        return fmodBig;
      case "power":
        return (a, b) => powerBig(a, b, c);
      case "maximum":
        return (a, b) => (a > b ? a : b);
      case "minimum":
        return (a, b) => (a < b ? a : b);
      case "bitwise_and":
        return (a: bigint, b: bigint) => w(a & b);
      case "bitwise_or":
        return (a: bigint, b: bigint) => w(a | b);
      case "bitwise_xor":
        return (a: bigint, b: bigint) => w(a ^ b);
      case "left_shift":
        return (a, b) => leftShiftBig(a, b, c);
      case "right_shift":
        return rightShiftBig;
      case "gcd":
        return (a, b) => gcdBig(a, b, c);
      case "lcm":
        return (a, b) => lcmBig(a, b, c);
    }
    return compareReal(op);
  }
  const w = (v: number): number => wrapNum(v, c);
  switch (op) {
    case "add":
      return (a, b) => w(a + b);
    case "subtract":
      return (a, b) => w(a - b);
    case "multiply":
      return (a, b) => multiplyInt(a, b, c);
    case "floor_divide":
      return (a, b) => floorDivideInt(a, b, c);
    case "remainder":
      return remainderInt;
    case "fmod":
      return fmodInt;
    case "power":
      return (a, b) => powerInt(a, b, c);
    case "maximum":
      return (a, b) => (a > b ? a : b);
    case "minimum":
      return (a, b) => (a < b ? a : b);
    case "bitwise_and":
      return (a, b) => w(a & b);
    case "bitwise_or":
      return (a, b) => w(a | b);
    case "bitwise_xor":
      return (a, b) => w(a ^ b);
    case "left_shift":
      return (a, b) => leftShiftInt(a, b, c);
    case "right_shift":
      return (a, b) => rightShiftInt(a, b, c);
    case "gcd":
      return (a, b) => gcdInt(a, b, c);
    case "lcm":
      return (a, b) => lcmInt(a, b, c);
  }
  return compareReal(op);
}

function binaryBool(op: string): Bin | undefined {
  switch (op) {
    case "add":
    case "maximum":
    case "bitwise_or":
      return (a, b) => a | b;
    case "multiply":
    case "minimum":
    case "bitwise_and":
      return (a, b) => a & b;
    case "bitwise_xor":
      return (a, b) => a ^ b;
  }
  return compareReal(op);
}

/**
 * The element operation of kernel `<op>_<code>` (binary), or undefined when there is none.
 * `ldexp` takes an int32 exponent as its second operand.
 * @example binaryRef("remainder", "f64")!(-1, 3) // 2
 */
export function binaryRef(op: string, c: Code): Bin | undefined {
  if (c === "b") return binaryBool(op);
  if (c === "c64" || c === "c128") return binaryComplex(op, c);
  if (c === "f32" || c === "f64") return binaryFloat(op, c);
  return binaryInt(op, c);
}

/**
 * The element operation of unary kernel `<op>_<code>`.
 * @example unaryRef("rint", "f64")!(2.5) // 2
 */
export function unaryRef(op: string, c: Code): Un | undefined {
  if (c === "c64" || c === "c128") {
    const r = roundOf(c);
    switch (op) {
      case "negative":
        return (z) => ({ re: -z.re, im: -z.im });
      case "conjugate":
        return (z) => ({ re: z.re, im: -z.im });
      case "square":
        return (z) => squareComplex(z, r);
      case "reciprocal":
        return (z) => reciprocalComplex(z, r);
      case "absolute":
        return (z) => absoluteComplex(z, c === "c64");
      case "logical_not":
        return (z) => b01(!nzC(z));
      case "isnan":
        return (z) => b01(isnan(z.re) || isnan(z.im));
      case "isinf":
        return (z) => b01(Math.abs(z.re) === Infinity || Math.abs(z.im) === Infinity);
      case "isfinite":
        return (z) => b01(Number.isFinite(z.re) && Number.isFinite(z.im));
    }
    return undefined;
  }
  if (op === "logical_not") return (x) => b01(!nz(x));
  if (c === "b") return op === "invert" ? (x) => x ^ 1 : undefined;
  if (c === "f32" || c === "f64") {
    const r = roundOf(c);
    const f32 = c === "f32";
    switch (op) {
      case "negative":
        return (x) => -x;
      case "absolute":
        return Math.abs;
      case "square":
        return (x) => r(x * x);
      case "reciprocal":
        return (x) => r(1 / x);
      case "sign":
        return signFloat;
      case "floor":
        return Math.floor;
      case "ceil":
        return Math.ceil;
      case "trunc":
        return Math.trunc;
      case "rint":
        return rintFloat;
      case "spacing":
        return (x) => spacingFloat(x, f32);
      case "isnan":
        return (x) => b01(isnan(x));
      case "isinf":
        return (x) => b01(Math.abs(x) === Infinity);
      case "isfinite":
        return (x) => b01(Number.isFinite(x));
      case "signbit":
        return (x) => b01(signbitFloat(x));
    }
    return undefined;
  }
  if (big(c)) {
    const w = (v: bigint): bigint => wrapBig(v, c);
    switch (op) {
      case "negative":
        return (x: bigint) => w(-x);
      case "absolute":
        return (x: bigint) => w(x < 0n ? -x : x);
      case "square":
        return (x: bigint) => w(x * x);
      case "reciprocal":
        return (x) => reciprocalInt(x, c);
      case "sign":
        return (x) => (x > 0n ? 1n : x < 0n ? w(-1n) : 0n);
      case "invert":
        return (x: bigint) => w(~x);
    }
    return undefined;
  }
  const w = (v: number): number => wrapNum(v, c);
  switch (op) {
    case "negative":
      return (x) => w(-x);
    case "absolute":
      return (x) => w(Math.abs(x));
    case "square":
      return (x) => multiplyInt(x, x, c);
    case "reciprocal":
      return (x) => reciprocalInt(x, c);
    case "sign":
      return (x) => w(signInt(x));
    case "invert":
      return (x) => w(~x);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Reductions

/**
 * NumPy's pairwise summation of a run (loops_utils.h.src), in float32 when f32. The run is n
 * values x[start], x[start + stride], ...
 */
export function pairwiseSum(x: ArrayLike<number>, f32 = false, start = 0, n = x.length - start, stride = 1): number {
  const r = f32 ? Math.fround : id;
  if (n < 8) {
    let res = -0;
    for (let i = 0; i < n; i++) res = r(res + x[start + i * stride]!);
    return res;
  }
  if (n <= 128) {
    const acc = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => x[start + k * stride]!);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let k = 0; k < 8; k++) acc[k] = r(acc[k]! + x[start + (i + k) * stride]!);
    const [r0, r1, r2, r3, r4, r5, r6, r7] = acc as [number, number, number, number, number, number, number, number];
    let res = r(r(r(r0 + r1) + r(r2 + r3)) + r(r(r4 + r5) + r(r6 + r7)));
    for (; i < n; i++) res = r(res + x[start + i * stride]!);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return r(pairwiseSum(x, f32, start, n2, stride) + pairwiseSum(x, f32, start + n2 * stride, n - n2, stride));
}

/**
 * NumPy's complex pairwise sum of a run of complex values, real and imaginary parts interleaved
 * (x[start] re, x[start + 1] im, the next value `stride` scalars on). N counts parts, as NumPy's
 * CDOUBLE_pairwise_sum does.
 */
export function pairwiseSumComplex(x: ArrayLike<number>, f32 = false, start = 0, N = x.length - start, stride = 2): Complex {
  const r = f32 ? Math.fround : id;
  const part = (j: number) => x[start + (j >> 1) * stride + (j & 1)]!;
  if (N < 8) {
    let re = -0;
    let im = -0;
    for (let i = 0; i < N; i += 2) {
      re = r(re + part(i));
      im = r(im + part(i + 1));
    }
    return { re, im };
  }
  if (N <= 128) {
    const acc = [0, 1, 2, 3, 4, 5, 6, 7].map(part);
    let i = 8;
    for (; i < N - (N % 8); i += 8) for (let k = 0; k < 8; k++) acc[k] = r(acc[k]! + part(i + k));
    let re = r(r(acc[0]! + acc[2]!) + r(acc[4]! + acc[6]!));
    let im = r(r(acc[1]! + acc[3]!) + r(acc[5]! + acc[7]!));
    for (; i < N; i += 2) {
      re = r(re + part(i));
      im = r(im + part(i + 1));
    }
    return { re, im };
  }
  let n2 = Math.floor(N / 2);
  n2 -= n2 % 8;
  const a = pairwiseSumComplex(x, f32, start, n2, stride);
  const b = pairwiseSumComplex(x, f32, start + (n2 >> 1) * stride, N - n2, stride);
  return { re: r(a.re + b.re), im: r(a.im + b.im) };
}

/** Sequential product from 1 (NumPy's multiply.reduce order), wrapping for ints. */
export function productRef(x: ArrayLike<number | bigint>, c: Code): number | bigint {
  if (big(c)) {
    let p = 1n;
    for (let i = 0; i < x.length; i++) p = wrapBig(p * (x[i] as bigint), c);
    return p;
  }
  const r = roundOf(c);
  let p = 1;
  for (let i = 0; i < x.length; i++) p = c === "f32" || c === "f64" ? r(p * (x[i] as number)) : multiplyInt(p, x[i] as number, c);
  return p;
}

/** max/min of a non-empty run; NaN if any element is NaN. */
export function extremeRef(x: ArrayLike<number | bigint>, max: boolean): number | bigint {
  let r = x[0]!;
  for (let i = 1; i < x.length; i++) {
    const v = x[i]!;
    if (r !== r) break;
    if (v !== v || (max ? v > r : v < r)) r = v;
  }
  return r;
}

/** Index of the first maximum (minimum); the first NaN wins. */
export function argExtremeRef(x: ArrayLike<number | bigint>, max: boolean): number {
  let best = x[0]!;
  let bi = 0;
  if (best !== best) return 0;
  for (let i = 1; i < x.length; i++) {
    const v = x[i]!;
    if (v !== v) return i;
    if (max ? v > best : v < best) {
      best = v;
      bi = i;
    }
  }
  return bi;
}

export function anyRef(x: ArrayLike<number | bigint>): boolean {
  for (let i = 0; i < x.length; i++) if (nz(x[i]!)) return true;
  return false;
}

export function allRef(x: ArrayLike<number | bigint>): boolean {
  for (let i = 0; i < x.length; i++) if (!nz(x[i]!)) return false;
  return true;
}

export { signed as isSignedCode, big as isBigCode };
