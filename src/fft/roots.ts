/**
 * Roots of unity for the FFT, each computed directly (never by a recurrence): the angle is first
 * reduced with exact integer arithmetic to |phi| <= pi/4, then cos and sin are summed as Taylor
 * series in double-double arithmetic and rounded once, so every root is the correctly rounded
 * value, as NumPy's pocketfft gives it (its roots are computed in higher precision: e.g.
 * exp(-2 pi i / 6) is (0.5, -0.8660254037844386), where Math.cos/Math.sin give an ulp off).
 *
 * @example
 * const w = unitRoots(8); // w[2m], w[2m + 1] = cos, -sin of 2 pi m / 8 (forward-transform roots)
 */

/**
 * cos(2 pi m / n) and sin(2 pi m / n), written to out[at] and out[at + 1]. m may be any integer
 * with |4m| < 2^53 (it is reduced modulo n).
 * @example const o = new Float64Array(2); sincos2pi(1, 4, o, 0); // o = [0, 1]
 */
// double-double helpers: a value is hi + lo with |lo| <= ulp(hi) / 2
const SPLIT = 134217729; // 2^27 + 1
function twoProd(a: number, b: number): [number, number] {
  const p = a * b;
  let c = SPLIT * a;
  const ah = c - (c - a), al = a - ah;
  c = SPLIT * b;
  const bh = c - (c - b), bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}
function quickTwoSum(a: number, b: number): [number, number] {
  const s = a + b;
  return [s, b - (s - a)];
}
function ddAdd(a: readonly [number, number], b: readonly [number, number]): [number, number] {
  const s = a[0] + b[0];
  const bb = s - a[0];
  const e = a[0] - (s - bb) + (b[0] - bb) + a[1] + b[1];
  return quickTwoSum(s, e);
}
function ddMul(a: readonly [number, number], b: readonly [number, number]): [number, number] {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + a[0] * b[1] + a[1] * b[0]);
}
function ddDiv(a: readonly [number, number], d: number): [number, number] {
  const q1 = a[0] / d;
  const [p, e] = twoProd(q1, d);
  return quickTwoSum(q1, (a[0] - p - e + a[1]) / d);
}
const PI_DD: [number, number] = [3.141592653589793, 1.2246467991473532e-16];

/** cos and sin of pi t / (2 n), |t| <= n / 2, correctly rounded (Taylor series in double-double). */
function cosSinQuarter(t: number, n: number): [number, number] {
  const x = ddDiv(ddMul(PI_DD, [t, 0]), 2 * n);
  const x2 = ddMul(x, x);
  let c: [number, number] = [1, 0];
  let s: [number, number] = x;
  let tc: [number, number] = [1, 0];
  let ts: [number, number] = x;
  for (let k = 1; k < 20; k++) {
    tc = ddDiv(ddMul(tc, x2), -(2 * k - 1) * (2 * k));
    ts = ddDiv(ddMul(ts, x2), -(2 * k) * (2 * k + 1));
    c = ddAdd(c, tc);
    s = ddAdd(s, ts);
    if (Math.abs(tc[0]) < 1e-36 && Math.abs(ts[0]) < 1e-36) break;
  }
  return [c[0] + c[1], s[0] + s[1]];
}

export function sincos2pi(m: number, n: number, out: Float64Array, at: number): void {
  m %= n;
  if (m < 0) m += n;
  // angle = (pi/2) * (4m/n) = j quarter turns + (pi/2) * t/n, |t| <= n/2
  const q = 4 * m;
  const j = Math.round(q / n);
  const t = q - j * n;
  // pi/4 exactly (2|t| = n): sqrt(1/2) correctly rounded, for both parts
  const [c, s] = t === 0 ? [1, 0] : 2 * Math.abs(t) === n ? [Math.SQRT1_2, Math.sign(t) * Math.SQRT1_2] : cosSinQuarter(t, n);
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
