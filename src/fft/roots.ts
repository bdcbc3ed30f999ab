/**
 * Roots of unity for the FFT, each computed directly (never by a recurrence): the angle is first
 * reduced with exact integer arithmetic to |phi| <= pi/4, so Math.cos/Math.sin see a small
 * argument and every root is within an ulp or so of the exact value.
 *
 * @example
 * const w = unitRoots(8); // w[2m], w[2m + 1] = cos, -sin of 2 pi m / 8 (forward-transform roots)
 */

/**
 * cos(2 pi m / n) and sin(2 pi m / n), written to out[at] and out[at + 1]. m may be any integer
 * with |4m| < 2^53 (it is reduced modulo n).
 * @example const o = new Float64Array(2); sincos2pi(1, 4, o, 0); // o = [0, 1]
 */
export function sincos2pi(m: number, n: number, out: Float64Array, at: number): void {
  m %= n;
  if (m < 0) m += n;
  // angle = (pi/2) * (4m/n) = j quarter turns + (pi/2) * t/n, |t| <= n/2
  const q = 4 * m;
  const j = Math.round(q / n);
  const t = q - j * n;
  const phi = (Math.PI * t) / (2 * n);
  // pi/4 exactly (2|t| = n): sqrt(1/2) correctly rounded, for both parts
  const c = t === 0 ? 1 : 2 * Math.abs(t) === n ? Math.SQRT1_2 : Math.cos(phi);
  const s = t === 0 ? 0 : 2 * Math.abs(t) === n ? Math.sign(t) * Math.SQRT1_2 : Math.sin(phi);
  switch (j & 3) {
    case 0:
      out[at] = c;
      out[at + 1] = s;
      break;
    case 1:
      out[at] = -s;
      out[at + 1] = c;
      break;
    case 2:
      out[at] = -c;
      out[at + 1] = -s;
      break;
    default:
      out[at] = s;
      out[at + 1] = -c;
  }
}

/**
 * The n forward-transform roots exp(-2 pi i m / n), m = 0..n-1, interleaved (re, im). Where n is a
 * multiple of 8, only the first octant is evaluated; the rest follow exactly by symmetry.
 * @example unitRoots(4) // [1, 0, 0, -1, -1, 0, 0, 1] (as cos, -sin; zero signs aside)
 */
export function unitRoots(n: number): Float64Array {
  const w = new Float64Array(2 * n);
  if (n % 8 !== 0) {
    for (let m = 0; m < n; m++) sincos2pi(m, n, w, 2 * m);
  } else {
    const q = n / 4;
    const o = n / 8;
    for (let m = 0; m <= o; m++) sincos2pi(m, n, w, 2 * m);
    // second octant: angle pi/2 - phi
    for (let m = o + 1; m < q; m++) {
      w[2 * m] = w[2 * (q - m) + 1]!;
      w[2 * m + 1] = w[2 * (q - m)]!;
    }
    // the other quadrants: multiply by i, -1, -i (exact)
    for (let m = 0; m < q; m++) {
      const c = w[2 * m]!;
      const s = w[2 * m + 1]!;
      w[2 * (m + q)] = -s;
      w[2 * (m + q) + 1] = c;
      w[2 * (m + 2 * q)] = -c;
      w[2 * (m + 2 * q) + 1] = -s;
      w[2 * (m + 3 * q)] = s;
      w[2 * (m + 3 * q) + 1] = -c;
    }
  }
  // forward roots: conjugate
  for (let m = 1; m < 2 * n; m += 2) w[m] = -w[m]!;
  return w;
}
