/**
 * Plans for the complex FFT of one length: its factorisation into radix-8, 4, 2, 3, 5 and generic odd
 * passes with their twiddles (every twiddle a directly computed root of unity), or Bluestein's
 * chirp-z algorithm when the length has large prime factors. Plans are cached per length (the most
 * recently used few, as pocketfft's cache).
 *
 * @example
 * const plan = complexPlan(12);
 * const out = plan.forward(data); // data: 24 doubles (re, im); out may be data or plan scratch
 */
import { sincos2pi, unitRoots } from "./roots.js";
import { pass2, pass3, pass4, pass5, pass8, passOdd } from "./passes.js";

interface Pass {
  p: number;
  l1: number;
  ido: number;
  tw: Float64Array;
  roots: Float64Array | null;
}

/**
 * The factors of n in pass order, as pocketfft orders them: 8s, then 4s, a remaining 2 moved to
 * the front, then odd primes ascending.
 */
function factorize(n: number): number[] {
  const f: number[] = [];
  while (n % 8 === 0) {
    f.push(8);
    n /= 8;
  }
  while (n % 4 === 0) {
    f.push(4);
    n /= 4;
  }
  if (n % 2 === 0) {
    f.push(2);
    n /= 2;
    [f[0], f[f.length - 1]] = [f[f.length - 1]!, f[0]!];
  }
  for (let d = 3; d * d <= n; d += 2) {
    while (n % d === 0) {
      f.push(d);
      n /= d;
    }
  }
  if (n > 1) f.push(n);
  return f;
}

/** An estimate of the work of the mixed-radix transform (pocketfft's cost_guess, in spirit). */
function cost(n: number): number {
  let c = 0;
  for (const p of factorize(n)) c += p === 8 ? 3 : p === 4 ? 2 : p <= 5 ? p : 1.1 * p;
  return c * n;
}

/** The smallest 2^a 3^b 5^c >= n. */
export function goodSize(n: number): number {
  if (n <= 6) return n;
  let best = 2 * n;
  for (let f5 = 1; f5 < best; f5 *= 5) {
    for (let f35 = f5; f35 < best; f35 *= 3) {
      let x = f35;
      while (x < n) x *= 2;
      if (x < best) best = x;
    }
  }
  return best;
}

/** A complex FFT of one length. */
export interface ComplexPlan {
  readonly n: number;
  /**
   * The forward transform of data[0 .. 2n) in place or into the plan's scratch: returns the array
   * that holds the result (read it before the next call on this plan).
   */
  forward(data: Float64Array): Float64Array;
}

class MixedRadix implements ComplexPlan {
  private readonly passes: Pass[] = [];
  private readonly scratch: Float64Array;
  constructor(readonly n: number) {
    this.scratch = new Float64Array(2 * n);
    const factors = factorize(n);
    if (n === 1) return;
    const w = unitRoots(n);
    let l1 = 1;
    for (const p of factors) {
      const ido = n / (l1 * p);
      const tw = new Float64Array(ido > 1 ? 2 * (p - 1) * ido : 0);
      if (ido > 1) {
        for (let r = 1; r < p; r++) {
          for (let i = 0; i < ido; i++) {
            const m = r * l1 * i; // < p l1 ido = n
            const t = 2 * ((r - 1) * ido + i);
            tw[t] = w[2 * m]!;
            tw[t + 1] = w[2 * m + 1]!;
          }
        }
      }
      let roots: Float64Array | null = null;
      if (p > 5 && p !== 8) {
        roots = new Float64Array(2 * p);
        for (let j = 0; j < p; j++) {
          const m = (j * (n / p)) % n;
          roots[2 * j] = w[2 * m]!;
          roots[2 * j + 1] = w[2 * m + 1]!;
        }
      }
      this.passes.push({ p, l1, ido, tw, roots });
      l1 *= p;
    }
  }

  forward(data: Float64Array): Float64Array {
    let cc = data;
    let ch = this.scratch;
    for (const { p, l1, ido, tw, roots } of this.passes) {
      switch (p) {
        case 4:
          pass4(ido, l1, cc, ch, tw);
          break;
        case 8:
          pass8(ido, l1, cc, ch, tw);
          break;
        case 2:
          pass2(ido, l1, cc, ch, tw);
          break;
        case 3:
          pass3(ido, l1, cc, ch, tw);
          break;
        case 5:
          pass5(ido, l1, cc, ch, tw);
          break;
        default:
          passOdd(p, ido, l1, cc, ch, tw, roots!);
      }
      const t = cc;
      cc = ch;
      ch = t;
    }
    return cc;
  }
}

/**
 * Bluestein's algorithm: with w_k = exp(-i pi k^2 / n), X_k = w_k sum_j (x_j w_j) conj(w_(k-j)),
 * a circular convolution of length m >= 2n - 1 done with a smooth-length FFT.
 */
class Bluestein implements ComplexPlan {
  private readonly m: number;
  private readonly sub: ComplexPlan;
  /** The chirp w_k, k < n. */
  private readonly chirp: Float64Array;
  /** FFT of the conjugate chirp, wrapped to length m, divided by m. */
  private readonly kernel: Float64Array;
  private readonly work: Float64Array;
  private readonly result: Float64Array;
  constructor(readonly n: number) {
    const m = goodSize(2 * n - 1);
    this.m = m;
    this.sub = complexPlan(m);
    const chirp = new Float64Array(2 * n);
    let sq = 0; // k^2 mod 2n
    for (let k = 0; k < n; k++) {
      sincos2pi(sq, 2 * n, chirp, 2 * k);
      chirp[2 * k + 1] = -chirp[2 * k + 1]!;
      sq += 2 * k + 1;
      while (sq >= 2 * n) sq -= 2 * n;
    }
    this.chirp = chirp;
    const h = new Float64Array(2 * m);
    h[0] = chirp[0]!;
    h[1] = -chirp[1]!;
    for (let k = 1; k < n; k++) {
      h[2 * k] = h[2 * (m - k)] = chirp[2 * k]!;
      h[2 * k + 1] = h[2 * (m - k) + 1] = -chirp[2 * k + 1]!;
    }
    const H = this.sub.forward(h);
    const kernel = new Float64Array(2 * m);
    for (let j = 0; j < 2 * m; j++) kernel[j] = H[j]! / m;
    this.kernel = kernel;
    this.work = new Float64Array(2 * m);
    this.result = new Float64Array(2 * n);
  }

  forward(data: Float64Array): Float64Array {
    const { n, m, chirp, kernel, work } = this;
    for (let k = 0; k < n; k++) {
      const xr = data[2 * k]!, xi = data[2 * k + 1]!, wr = chirp[2 * k]!, wi = chirp[2 * k + 1]!;
      work[2 * k] = xr * wr - xi * wi;
      work[2 * k + 1] = xr * wi + xi * wr;
    }
    work.fill(0, 2 * n, 2 * m);
    const A = this.sub.forward(work);
    // conj(A * kernel), so that the next forward transform is the inverse one, conjugated
    for (let j = 0; j < 2 * m; j += 2) {
      const ar = A[j]!, ai = A[j + 1]!, kr = kernel[j]!, ki = kernel[j + 1]!;
      work[j] = ar * kr - ai * ki;
      work[j + 1] = -(ar * ki + ai * kr);
    }
    const C = this.sub.forward(work);
    const out = this.result;
    for (let k = 0; k < n; k++) {
      const cr = C[2 * k]!, ci = -C[2 * k + 1]!, wr = chirp[2 * k]!, wi = chirp[2 * k + 1]!;
      out[2 * k] = cr * wr - ci * wi;
      out[2 * k + 1] = cr * wi + ci * wr;
    }
    return out;
  }
}

const CACHE = new Map<number, ComplexPlan>();
const CACHE_SIZE = 16;

function makePlan(n: number): ComplexPlan {
  if (n < 50) return new MixedRadix(n);
  const factors = factorize(n);
  if (factors.every((p) => p <= 8)) return new MixedRadix(n);
  const blue = 3 * cost(goodSize(2 * n - 1));
  return blue < cost(n) ? new Bluestein(n) : new MixedRadix(n);
}

/**
 * The (cached) complex FFT plan of length n >= 1.
 * @example complexPlan(1009) // a Bluestein plan (1009 is prime)
 */
export function complexPlan(n: number): ComplexPlan {
  let plan = CACHE.get(n);
  if (plan !== undefined) {
    CACHE.delete(n);
    CACHE.set(n, plan);
    return plan;
  }
  plan = makePlan(n);
  CACHE.set(n, plan);
  if (CACHE.size > CACHE_SIZE) CACHE.delete(CACHE.keys().next().value!);
  return plan;
}
