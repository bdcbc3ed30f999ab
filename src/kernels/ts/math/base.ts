/**
 * Shared pieces of the transcendental reference: bit access, 2^k, Dekker's product error, and
 * Estrin evaluation in the kernels' operation order.
 * Same algorithms, constants and operation order as the kernels, one element at a time.
 */

// ---- bit access ---------------------------------------------------------------------------------
export const F = new Float64Array(1);
export const W = new Int32Array(F.buffer); // W[0] low word, W[1] high word (little-endian hosts)
export const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
export const LO = LITTLE ? 0 : 1;
export const HI = LITTLE ? 1 : 0;

export function hiWord(x: number): number {
  F[0] = x;
  return W[HI]!;
}
export function fromWords(hi: number, lo: number): number {
  W[HI] = hi;
  W[LO] = lo;
  return F[0]!;
}
/** x with the low 32 bits of its encoding cleared. */
export function clearLow(x: number): number {
  F[0] = x;
  W[LO] = 0;
  return F[0]!;
}
export function copysign(y: number, x: number): number {
  const neg = x < 0 || Object.is(x, -0) || (Number.isNaN(x) && hiWord(x) < 0);
  return neg ? -Math.abs(y) : Math.abs(y);
}
/** 2^k for integer k in [-1074, 1023]. */
export function pow2(k: number): number {
  if (k >= -1022) return fromWords((k + 1023) << 20, 0);
  return k >= -1042 ? fromWords(1 << (k + 1074 - 32), 0) : fromWords(0, 1 << (k + 1074));
}

export const SHIFT52 = 6755399441055744.0;
export const LN2_HI = 6.93147180369123816490e-01;
export const LN2_LO = 1.90821492927058770002e-10;
export const INVLN2 = 1.4426950408889634;
export const MIN_NORMAL = 2.2250738585072014e-308;

/** Error of the product a * b = p (Dekker, no fma). */
export function prodErr(a: number, b: number, p: number): number {
  const ca = 134217729.0 * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = 134217729.0 * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

export const TERMS = new Float64Array(16);
/**
 * Estrin evaluation of c[0] + c[1] z + ... + c[n-1] z^(n-1) in the kernels' operation order
 * (assembly/math/vec.ts `poly`): pairs c[2i] + c[2i+1] z, then pairs of those with z^2, z^4, ...
 */
export function poly(z: number, c: Float64Array): number {
  let n = 0;
  for (let i = 0; i < c.length; i += 2, n++) TERMS[n] = i + 1 < c.length ? c[i]! + c[i + 1]! * z : c[i]!;
  let pw = z;
  while (n > 1) {
    pw = pw * pw;
    let m = 0;
    for (let i = 0; i < n; i += 2, m++) TERMS[m] = i + 1 < n ? TERMS[i]! + TERMS[i + 1]! * pw : TERMS[i]!;
    n = m;
  }
  return TERMS[0]!;
}
