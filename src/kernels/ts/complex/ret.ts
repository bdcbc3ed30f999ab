/**
 * The second result of the complex loop functions: each returns its real part and leaves the
 * imaginary part here (no allocation per element).
 *
 * @example const re = ret(1, 2); [re, im] // [1, 2]
 */

/** Imaginary part of the last complex result. */
export let im = 0;

/**
 * Sets `im` and returns `re`.
 *
 * @example ret(3, -1) // 3, with im === -1
 */
export function ret(re: number, i: number): number {
  im = i;
  return re;
}
