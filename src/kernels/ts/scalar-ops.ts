/**
 * Per-element operations with NumPy's exact semantics for the TypeScript kernel path: integer
 * division and modulo, float divmod (npy_divmod), rint, nextafter, spacing, ldexp, frexp, and
 * C99's pow special cases. Conditions NumPy reports as floating-point errors for integer loops
 * (division by zero, overflow) are recorded in `intFlags`.
 *
 * @example floorDivideFloat(-7, 2) // -4
 */
import { FPE_DIVIDE, FPE_OVERFLOW } from "../../ufunc/errstate.js";

/** Conditions raised by integer operations since the last reset (FPE_* bits). */
export let intFlags = 0;
export function takeIntFlags(): number {
  const f = intFlags;
  intFlags = 0;
  return f;
}

// ---- integers held as JS numbers (bool, int8..uint32) --------------------------------------

/** NumPy's integer floor division: by zero gives 0 (and flags divide). */
export function floorDivideInt(a: number, b: number): number {
  if (b === 0) {
    intFlags |= FPE_DIVIDE;
    return 0;
  }
  return Math.floor(a / b);
}

/** NumPy's integer remainder: by zero gives 0; the sign follows the divisor. */
export function remainderInt(a: number, b: number): number {
  if (b === 0) {
    intFlags |= FPE_DIVIDE;
    return 0;
  }
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0;
}

/** C's integer remainder (truncating); by zero gives 0. */
export function fmodInt(a: number, b: number): number {
  if (b === 0) {
    intFlags |= FPE_DIVIDE;
    return 0;
  }
  return (a % b) + 0;
}

/** Flags NumPy's overflow for INT_MIN // -1 in a signed type of `bits` bits. */
export function checkDivOverflow(a: number, b: number, bits: number): void {
  if (b === -1 && a === -(2 ** (bits - 1))) intFlags |= FPE_OVERFLOW;
}



// ---- int64 / uint64 held as bigint ----------------------------------------------------------

export function floorDivideBig(a: bigint, b: bigint): bigint {
  if (b === 0n) {
    intFlags |= FPE_DIVIDE;
    return 0n;
  }
  if (b === -1n && a === -(1n << 63n)) intFlags |= FPE_OVERFLOW;
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

export function remainderBig(a: bigint, b: bigint): bigint {
  if (b === 0n) {
    intFlags |= FPE_DIVIDE;
    return 0n;
  }
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

export function fmodBig(a: bigint, b: bigint): bigint {
  if (b === 0n) {
    intFlags |= FPE_DIVIDE;
    return 0n;
  }
  return a % b;
}

/** divmod for integers held as numbers: the quotient; the remainder in divmodRemainder. */
export function divmodInt(a: number, b: number): number {
  divmodRemainder = remainderInt(a, b);
  return b === 0 ? 0 : Math.floor(a / b);
}

/** divmod for int64/uint64: the quotient; the remainder in divmodRemainderBig. */
export let divmodRemainderBig = 0n;
export function divmodBig(a: bigint, b: bigint): bigint {
  divmodRemainderBig = remainderBig(a, b);
  return floorDivideBig(a, b);
}



// ---- floats ---------------------------------------------------------------------------------

function copysign(x: number, s: number): number {
  const neg = s < 0 || Object.is(s, -0);
  return Math.abs(x) * (neg ? -1 : 1);
}
export { copysign };

/** NumPy's npy_divmod: the floor quotient, with the modulus left in `divmodRemainder`. */
export let divmodRemainder = 0;
export function divmodFloat(a: number, b: number): number {
  let mod = a % b;
  if (b === 0) {
    divmodRemainder = mod;
    return a / b;
  }
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = copysign(0, b);
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = copysign(0, a / b);
  }
  divmodRemainder = mod;
  return floordiv;
}

export function floorDivideFloat(a: number, b: number): number {
  return b === 0 ? a / b : divmodFloat(a, b);
}

export function remainderFloat(a: number, b: number): number {
  if (b === 0) return a % b;
  divmodFloat(a, b);
  return divmodRemainder;
}

/** Round half to even, keeping the sign of zero. */
export function rint(x: number): number {
  if (!(Math.abs(x) < 4503599627370496)) return x; // 2^52: already integral (or nan/inf)
  const f = Math.floor(x);
  const d = x - f;
  const r = d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
  return r === 0 ? copysign(0, x) : r;
}


const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The next float64 after x toward y. */
export function nextafter64(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  u64[0] = x < y === x > 0 ? u64[0]! + 1n : u64[0]! - 1n;
  return f64[0]!;
}

/** The next float32 after x toward y (x, y hold float32 values). */
export function nextafter32(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 1.401298464324817e-45 : -1.401298464324817e-45;
  f32[0] = x;
  u32[0] = x < y === x > 0 ? u32[0]! + 1 : u32[0]! - 1;
  return f32[0]!;
}

/** NumPy's spacing: distance to the next float away from zero, signed like x. */
export function spacing64(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const a = Math.abs(x);
  const d = nextafter64(a, Infinity) - a;
  return x < 0 ? -d : d;
}
export function spacing32(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const a = Math.abs(x);
  const d = nextafter32(a, Infinity) - a;
  return x < 0 ? -d : d;
}

/** x * 2^e with one rounding, as C's ldexp. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x) || e === 0) return x;
  if (e > 1023) {
    x *= 2 ** 1023;
    e -= 1023;
    if (e > 1023) {
      x *= 2 ** 1023;
      e -= 1023;
      if (e > 1023) e = 1023;
    }
  } else if (e < -1022) {
    x *= 2 ** -1022 * 2 ** 53;
    e += 1022 - 53;
    if (e < -1022) {
      x *= 2 ** -1022 * 2 ** 53;
      e += 1022 - 53;
      if (e < -1022) e = -1022;
    }
  }
  return x * 2 ** e;
}

/** frexp's exponent, left by frexpMantissa. */
export let frexpExponent = 0;
export function frexpMantissa(x: number): number {
  if (x === 0 || !Number.isFinite(x)) {
    frexpExponent = 0;
    return x;
  }
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * 2 ** -e;
  if (!Number.isFinite(m)) m = ldexp(x, -e);
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  frexpExponent = e;
  return m;
}


