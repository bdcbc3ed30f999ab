/**
 * The two-output element functions that split a float: frexp (mantissa and exponent) and modf
 * (fractional and integral parts), for the TypeScript loops. Each returns its first output and
 * leaves the second in an exported variable, read right after the call.
 *
 * @example frexpMantissa(8) // 0.5, with frexpExponent === 4
 */
import { copysignFloat, ldexpFloat } from "./arith.js";

/** frexp's exponent, left by frexpMantissa. */
export let frexpExponent = 0;

/** C's frexp: x = m * 2^e with 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf and nan). */
export function frexpMantissa(x: number): number {
  if (x === 0 || !Number.isFinite(x)) {
    frexpExponent = 0;
    return x;
  }
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * 2 ** -e;
  if (!Number.isFinite(m)) m = ldexpFloat(x, -e);
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

/** modf's integral part, left by modfFraction. */
export let modfIntegral = 0;

/** C's modf: the fractional part, with the sign of x (inf gives +-0 and inf). */
export function modfFraction(x: number): number {
  if (x === Infinity || x === -Infinity) {
    modfIntegral = x;
    return copysignFloat(0, x);
  }
  const t = Math.trunc(x);
  modfIntegral = t;
  return x !== x ? x : copysignFloat(x - t, x);
}
