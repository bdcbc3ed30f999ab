/**
 * Index values in int64/uint64 storage read and written as JS numbers through 32-bit halves
 * (little-endian, as WebAssembly and every JS platform are), which avoids one BigInt
 * allocation per element. Exact for magnitudes below 2^53, which covers every valid index.
 *
 * @example
 * writeIndex(view32, ptr >>> 2, 7); readIndex(view32, ptr >>> 2, true) // 7
 */
import { INT32, INT64 } from "../dtype.js";
import { emptyArray, type NDArray } from "../ndarray.js";

const TWO32 = 4294967296;

/** The 32-bit word view of an array's storage (index = byte address >>> 2). */
export function words(a: NDArray): Int32Array {
  return a._storage.region.view(INT32) as Int32Array;
}

/** Reads the 64-bit integer whose low word is at word index w. */
export function readIndex(v: Int32Array, w: number, signed: boolean): number {
  const hi = v[w + 1]!;
  return (signed ? hi : hi >>> 0) * TWO32 + (v[w]! >>> 0);
}

/** Writes a (non-negative or negative) integer below 2^53 in magnitude as int64 at word index w. */
export function writeIndex(v: Int32Array, w: number, x: number): void {
  const hi = Math.floor(x / TWO32);
  v[w] = x - hi * TWO32;
  v[w + 1] = hi;
}

/** A new 1-d int64 array holding the given numbers. */
export function int64Array(values: ArrayLike<number>): NDArray {
  const out = emptyArray(INT64, [values.length]);
  const v = words(out);
  const w0 = out._ptr >>> 2;
  for (let i = 0; i < values.length; i++) writeIndex(v, w0 + 2 * i, values[i]!);
  return out;
}
