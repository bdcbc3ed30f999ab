/**
 * Single values crossing between JS and array storage, with NumPy's conversion rules:
 * float-to-int casts as x86 NumPy performs them (truncation, INT_MIN on overflow), integer
 * wraparound, and NumPy 2's OverflowError for a Python int that does not fit the dtype.
 *
 * @example
 * castFloatToInt(300, INT8) // 44, as np.float64(300).astype(np.int8)
 */
import type { DType } from "./dtype.js";
import { NumpyTypeError, OverflowError, ValueError } from "./errors.js";
import { FPE_OVERFLOW, raiseFPE } from "../ufunc/errstate.js";

/** A complex scalar, as ndts takes and returns it. */
export interface Complex {
  re: number;
  im: number;
}

/** A JS value that stands for one NumPy scalar. */
export type Scalar = number | boolean | bigint | Complex;

/** True for a plain object with exactly the keys `re` and `im` (a complex scalar). */
export function isComplexScalar(x: unknown): x is Complex {
  if (typeof x !== "object" || x === null) return false;
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.keys(x);
  return keys.length === 2 && "re" in x && "im" in x;
}

const TWO31 = 2147483648;
const TWO63 = 9223372036854775808;
const TWO63n = 1n << 63n;

/** x86's cvttsd2si to 32 bits: truncation, INT_MIN when out of range or NaN. */
function trunc32(x: number): number {
  return x > -2147483649 && x < TWO31 ? Math.trunc(x) | 0 : -TWO31;
}

/** x86's cvttsd2si to 64 bits, as a bigint. */
function trunc64(x: number): bigint {
  return x >= -TWO63 && x < TWO63 ? BigInt(Math.trunc(x)) : -TWO63n;
}

/**
 * A float cast to an integer dtype as NumPy does it on x86 (`astype`, unsafe casting).
 * Returns a number for types up to 32 bits and a bigint for 64-bit types.
 */
export function castFloatToInt(x: number, dt: DType): number | bigint {
  switch (dt.name) {
    case "int8":
      return (trunc32(x) << 24) >> 24;
    case "uint8":
      return trunc32(x) & 0xff;
    case "int16":
      return (trunc32(x) << 16) >> 16;
    case "uint16":
      return trunc32(x) & 0xffff;
    case "int32":
      return trunc32(x);
    case "uint32":
      return x >= TWO31 ? (trunc32(x - TWO31) ^ -TWO31) >>> 0 : trunc32(x) >>> 0;
    case "int64":
      return trunc64(x);
    case "uint64":
      return x >= TWO63 ? BigInt.asUintN(64, trunc64(x - TWO63) ^ -TWO63n) : BigInt.asUintN(64, trunc64(x));
    default:
      throw new Error(`castFloatToInt: ${dt.name} is not an integer dtype`);
  }
}



function inRange(v: number | bigint, dt: DType): boolean {
  const bits = dt.itemsize * 8;
  if (typeof v === "number") {
    if (dt.kind === "u") return v >= 0 && v < 2 ** bits;
    return v >= -(2 ** (bits - 1)) && v < 2 ** (bits - 1);
  }
  if (dt.kind === "u") return v >= 0n && v < 1n << BigInt(bits);
  return v >= -(1n << BigInt(bits - 1)) && v < 1n << BigInt(bits - 1);
}

/**
 * The storage value of a JS scalar in dtype `dt`, as NumPy 2 converts a Python scalar
 * (np.array([v], dtype), a.fill(v), a[i] = v). Integral numbers and bigints are Python ints:
 * out of an integer dtype's range they raise OverflowError. Other numbers are Python floats and
 * are cast (truncated) to integer dtypes. Returns [real, imag] scalars via `out`.
 */
export function toStorage(v: Scalar, dt: DType): number | bigint {
  switch (dt.kind) {
    case "b":
      return truthy(v) ? 1 : 0;
    // A float32 (complex64) value is rounded here, as NumPy casts a Python float to the loop
    // dtype before any arithmetic or comparison: float32([0.1]) == 0.1 holds.
    case "f":
      if (typeof v === "object") throw new NumpyTypeError("float() argument must be a string or a real number, not 'complex'");
      return dt.itemsize === 4 ? toFloat32(realPart(v), v) : realPart(v);
    case "c":
      return dt.itemsize === 8 ? toFloat32(realPart(v), v) : realPart(v);
    default:
      return toIntStorage(v, dt);
  }
}

/**
 * A Python float rounded to float32 (or a complex's parts to complex64), with NumPy's
 * "overflow encountered in cast" when a finite value becomes infinite.
 */
function toFloat32(x: number, v: Scalar): number {
  const r = Math.fround(x);
  if ((r - r !== 0 && x - x === 0) || (typeof v === "object" && Math.fround(v.im) - Math.fround(v.im) !== 0 && v.im - v.im === 0)) {
    raiseFPE(FPE_OVERFLOW, "cast");
  }
  return r;
}

const TWO64n = 1n << 64n;

/** NumPy 2: int(v) for a Python float, then the Python int must fit the dtype. */
function toIntStorage(v: Scalar, dt: DType): number | bigint {
  if (typeof v === "boolean") return dt.big ? (v ? 1n : 0n) : v ? 1 : 0;
  if (typeof v === "object") {
    throw new NumpyTypeError("int() argument must be a string, a bytes-like object or a real number, not 'complex'");
  }
  if (typeof v === "number") {
    if (v !== v) throw new ValueError("cannot convert float NaN to integer");
    if (v === Infinity || v === -Infinity) throw new OverflowError("cannot convert float infinity to integer");
    const t = Math.trunc(v) + 0;
    if (Number.isSafeInteger(t)) {
      if (!inRange(t, dt)) throw new OverflowError(`Python integer ${t} out of bounds for ${dt.name}`);
      return dt.big ? BigInt(t) : t;
    }
    v = BigInt(t);
  }
  // NumPy converts through C long first (C unsigned long for uint32 and uint64).
  const viaUnsigned = dt.kind === "u" && dt.itemsize >= 4;
  if (v < -TWO63n || v >= TWO64n || (v >= TWO63n && !viaUnsigned)) {
    throw new OverflowError("Python int too large to convert to C long");
  }
  if (!inRange(v, dt)) throw new OverflowError(`Python integer ${v} out of bounds for ${dt.name}`);
  return dt.big ? v : Number(v);
}


function truthy(v: Scalar): boolean {
  if (typeof v === "object") return v.re !== 0 || v.im !== 0;
  return typeof v === "bigint" ? v !== 0n : Boolean(v) || Number.isNaN(v as number);
}

function realPart(v: Scalar): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  return v.re;
}

/** The imaginary part a JS scalar stores into a complex dtype. */
export function imagPart(v: Scalar): number {
  return typeof v === "object" ? v.im : 0;
}


