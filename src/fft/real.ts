/**
 * Real-input transforms of one length n: the forward r2c (n real values to n/2 + 1 complex ones)
 * and the backward c2r (its unnormalised inverse, reading the imaginary parts of X_0 and, for even
 * n, X_(n/2) as zero, as pocketfft does). An even length runs a complex FFT of half the length on
 * the even and odd samples packed as z_j = x_2j + i x_2j+1, then splits the spectra; an odd length
 * runs the complex FFT of length n.
 *
 * @example
 * const plan = realPlan(8);
 * plan.forward(x, out); // x: 8 doubles, out: 10 doubles (5 complex values)
 */
import { complexPlan, type ComplexPlan } from "./plan.js";
import { sincos2pi } from "./roots.js";

/** A real FFT of one length. */
export class RealPlan {
  private readonly half: ComplexPlan;
  /** exp(-2 pi i k / n), k = 0..n/2 (even n). */
  private readonly tw: Float64Array;
  private readonly work: Float64Array;
  constructor(readonly n: number) {
    const even = n % 2 === 0 && n > 1;
    this.half = complexPlan(even ? n / 2 : n);
    const h = n >> 1;
    this.tw = new Float64Array(even ? 2 * (h + 1) : 0);
    if (even) {
      for (let k = 0; k <= h; k++) {
        sincos2pi(k, n, this.tw, 2 * k);
        this.tw[2 * k + 1] = -this.tw[2 * k + 1]!;
      }
    }
    this.work = new Float64Array(2 * n);
  }

  /**
   * X_k = sum_j x_j exp(-2 pi i jk / n), k = 0..n/2, from x[0 .. n) into out[0 .. 2 (n/2 + 1)).
   * x is overwritten (for even n it is the complex sequence x_2j + i x_2j+1, transformed in place).
   */
  forward(x: Float64Array, out: Float64Array): void {
    const n = this.n;
    const h = n >> 1;
    if (n % 2 === 1 || !allFinite(x, n)) {
      this.forwardFull(x, out);
      return;
    }
    const Z = this.half.forward(x);
    const tw = this.tw;
    const z0r = Z[0]!, z0i = Z[1]!;
    out[0] = z0r + z0i;
    out[1] = 0;
    out[2 * h] = z0r - z0i;
    out[2 * h + 1] = 0;
    // E_k = (Z_k + conj Z_(h-k)) / 2, O_k = (Z_k - conj Z_(h-k)) / 2i, X_k = E_k + w^k O_k
    for (let k = 1; k <= h >> 1; k++) {
      const j = h - k;
      const ar = Z[2 * k]!, ai = Z[2 * k + 1]!, br = Z[2 * j]!, bi = Z[2 * j + 1]!;
      // halves first: the same values, with no overflow of the sums near the largest double
      const er = 0.5 * ar + 0.5 * br, ei = 0.5 * ai - 0.5 * bi;
      const or = 0.5 * ai + 0.5 * bi, oi = 0.5 * br - 0.5 * ar;
      const wr = tw[2 * k]!, wi = tw[2 * k + 1]!;
      const tr = or * wr - oi * wi, ti = or * wi + oi * wr;
      out[2 * k] = er + tr;
      out[2 * k + 1] = ei + ti;
      // X_(h-k) = conj(E_k) + w^(h-k) conj(O_k), and w^(h-k) = -conj(w^k)
      out[2 * j] = er - tr;
      out[2 * j + 1] = ti - ei;
    }
  }

  /** The complex FFT of length n (odd lengths, and inputs with inf or nan, whose pattern of
   * infinities the half-length packing would mix up). */
  private get full(): ComplexPlan {
    return this.n % 2 === 1 ? this.half : complexPlan(this.n);
  }

  /** forward() by the complex transform of length n. */
  private forwardFull(x: Float64Array, out: Float64Array): void {
    const { n, work } = this;
    for (let j = 0; j < n; j++) {
      work[2 * j] = x[j]!;
      work[2 * j + 1] = 0;
    }
    const X = this.full.forward(work);
    for (let j = 0; j < 2 * ((n >> 1) + 1); j++) out[j] = X[j]!;
  }

  /** backward() by the complex transform of length n of the full Hermitian spectrum. */
  private backwardFull(X: Float64Array, out: Float64Array): void {
    const { n, work } = this;
    const h = n >> 1;
    // the full spectrum, conjugated (so that a forward transform gives the conjugate inverse)
    work[0] = X[0]!;
    work[1] = 0;
    for (let k = 1; 2 * k < n; k++) {
      work[2 * k] = X[2 * k]!;
      work[2 * k + 1] = -X[2 * k + 1]!;
      work[2 * (n - k)] = X[2 * k]!;
      work[2 * (n - k) + 1] = X[2 * k + 1]!;
    }
    if (n % 2 === 0) {
      work[2 * h] = X[2 * h]!;
      work[2 * h + 1] = 0;
    }
    const x = this.full.forward(work);
    for (let j = 0; j < n; j++) out[j] = x[2 * j]!;
  }

  /**
   * x_j = sum_k X_k exp(2 pi i jk / n) over the Hermitian extension of X_0..X_(n/2) (given in
   * X[0 .. 2 (n/2 + 1))), into out[0 .. n).
   */
  backward(X: Float64Array, out: Float64Array): void {
    const { n, work } = this;
    const h = n >> 1;
    if (n % 2 === 1 || !allFinite(X, 2 * (h + 1))) {
      this.backwardFull(X, out);
      return;
    }
    const tw = this.tw;
    const x0 = X[0]!, xh = X[2 * h]!;
    // Z_k = E_k + i O_k with E_k = X_k + conj X_(h-k), O_k = (X_k - conj X_(h-k)) w^-k; stored
    // conjugated, so that the forward transform of it is the conjugate of the inverse one
    work[0] = x0 + xh;
    work[1] = -(x0 - xh);
    for (let k = 1; k <= h >> 1; k++) {
      const j = h - k;
      const ar = X[2 * k]!, ai = X[2 * k + 1]!, br = X[2 * j]!, bi = X[2 * j + 1]!;
      const er = ar + br, ei = ai - bi;
      const dr = ar - br, di = ai + bi;
      const wr = tw[2 * k]!, wi = -tw[2 * k + 1]!; // w^-k
      const or = dr * wr - di * wi, oi = dr * wi + di * wr;
      // Z_k = E_k + i O_k
      work[2 * k] = er - oi;
      work[2 * k + 1] = -(ei + or);
      // Z_(h-k) = E_(h-k) + i O_(h-k) with E_(h-k) = conj(E_k) and O_(h-k) = conj(O_k)
      // (X_j - conj X_k = -conj(X_k - conj X_j) and w^-(h-k) = -w^k)
      work[2 * j] = er + oi;
      work[2 * j + 1] = ei - or;
    }
    const z = this.half.forward(work);
    for (let j = 0; j < h; j++) {
      out[2 * j] = z[2 * j]!;
      out[2 * j + 1] = 0 - z[2 * j + 1]!; // an exact zero comes out +0
    }
  }
}

/** No inf or nan among a[0 .. len). */
function allFinite(a: Float64Array, len: number): boolean {
  let acc = 0;
  for (let i = 0; i < len; i++) acc += a[i]! - a[i]!;
  return acc === 0;
}

const CACHE = new Map<number, RealPlan>();

/**
 * The (cached) real FFT plan of length n >= 1.
 * @example realPlan(1000).forward(x, out)
 */
export function realPlan(n: number): RealPlan {
  let plan = CACHE.get(n);
  if (plan !== undefined) {
    CACHE.delete(n);
    CACHE.set(n, plan);
    return plan;
  }
  plan = new RealPlan(n);
  CACHE.set(n, plan);
  if (CACHE.size > 16) CACHE.delete(CACHE.keys().next().value!);
  return plan;
}
