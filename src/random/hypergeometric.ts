/**
 * NumPy's hypergeometric sampler (random_hypergeometric.c): draws one by one for small samples,
 * Stadlober's ratio-of-uniforms (HRUA) otherwise, with log(k!) from a table of the correctly
 * rounded values for k < 126 (NumPy's table) and the Stirling series above.
 *
 * @example
 * np.random.default_rng(0).hypergeometric(15, 15, 10, 3).dtype // "int64"
 */
import { randomInterval } from "./bounded.js";
import { loggam } from "./distributions.js";
import type { BitGen } from "./bitgen.js";
import { lnBigInt } from "./ziggurat.js";
import { log } from "./libm.js";

let table: Float64Array | null = null;

/** log(k!) as NumPy's logfactorial. */
export function logfactorial(k: number): number {
  if (k < 126) {
    if (table === null) {
      table = new Float64Array(126);
      let f = 1n;
      for (let i = 2; i < 126; i++) {
        f *= BigInt(i);
        table[i] = lnBigInt(f);
      }
    }
    return table[k]!;
  }
  return (k + 0.5) * log(k) - k + (0.9189385332046728 + (1 / k) * (1 / 12 - 1 / (360 * k * k)));
}

function sample(bg: BitGen, good: number, bad: number, n: number): number {
  const total = good + bad;
  const half = Math.floor(total / 2);
  let computed = n > half ? total - n : n;
  let remainingTotal = total;
  let remainingGood = good;
  while (computed > 0 && remainingGood > 0 && remainingTotal > remainingGood) {
    --remainingTotal;
    if (randomInterval(bg, remainingTotal) < remainingGood) --remainingGood;
    --computed;
  }
  if (remainingTotal === remainingGood) remainingGood -= computed;
  return n > half ? remainingGood : good - remainingGood;
}

const D1 = 1.7155277699214135;
const D2 = 0.8989161620588988;

function hrua(bg: BitGen, good: number, bad: number, n: number): number {
  const popsize = good + bad;
  const computed = Math.min(n, popsize - n);
  const mingb = Math.min(good, bad);
  const maxgb = Math.max(good, bad);
  const p = mingb / popsize;
  const q = maxgb / popsize;
  const mu = computed * p;
  const a = mu + 0.5;
  const v = ((popsize - computed) * computed * p * q) / (popsize - 1);
  const c = Math.sqrt(v + 0.5);
  const h = D1 * c + D2;
  const m = Math.floor(((computed + 1) * (mingb + 1)) / (popsize + 2));
  const g = logfactorial(m) + logfactorial(mingb - m) + logfactorial(computed - m) + logfactorial(maxgb - computed + m);
  const b = Math.min(Math.min(computed, mingb) + 1, Math.floor(a + 16 * c));
  let K: number;
  for (;;) {
    const U = bg.nextDouble();
    const V = bg.nextDouble();
    const X = a + (h * (V - 0.5)) / U;
    if (X < 0 || X >= b) continue;
    K = Math.floor(X);
    const gp = logfactorial(K) + logfactorial(mingb - K) + logfactorial(computed - K) + logfactorial(maxgb - computed + K);
    const T = g - gp;
    if (U * (4 - U) - 3 <= T) break;
    if (U * (U - T) >= 1) continue;
    if (2 * log(U) <= T) break;
  }
  if (good > bad) K = computed - K;
  if (computed < n) K = good - K;
  return K;
}

/** random_hypergeometric(good, bad, sample). */
export function hypergeometric(bg: BitGen, good: number, bad: number, n: number): number {
  return n >= 10 && n <= good + bad - 10 ? hrua(bg, good, bad, n) : sample(bg, good, bad, n);
}

/** RandomState's hypergeometric (random_hypergeometric_original): HYP for samples up to 10, HRUA above. */
export function legacyHypergeometric(bg: BitGen, good: number, bad: number, n: number): number {
  if (n > 10) return legacyHrua(bg, good, bad, n);
  if (n <= 0) return 0;
  const d1 = bad + good - n;
  const d2 = Math.min(bad, good);
  let y = d2;
  let k = n;
  while (y > 0) {
    const u = bg.nextDouble();
    y -= Math.floor(u + y / (d1 + k));
    k--;
    if (k === 0) break;
  }
  const z = Math.trunc(d2 - y);
  return good > bad ? n - z : z;
}

function legacyHrua(bg: BitGen, good: number, bad: number, n: number): number {
  const mingb = Math.min(good, bad);
  const popsize = good + bad;
  const maxgb = Math.max(good, bad);
  const m = Math.min(n, popsize - n);
  const d4 = mingb / popsize;
  const d5 = 1 - d4;
  const d6 = m * d4 + 0.5;
  const d7 = Math.sqrt(((popsize - m) * n * d4 * d5) / (popsize - 1) + 0.5);
  const d8 = D1 * d7 + D2;
  const d9 = Math.floor(((m + 1) * (mingb + 1)) / (popsize + 2));
  const d10 = loggam(d9 + 1) + loggam(mingb - d9 + 1) + loggam(m - d9 + 1) + loggam(maxgb - m + d9 + 1);
  const d11 = Math.min(Math.min(m, mingb) + 1, Math.floor(d6 + 16 * d7));
  let Z: number;
  for (;;) {
    const X = bg.nextDouble();
    const Y = bg.nextDouble();
    const W = d6 + (d8 * (Y - 0.5)) / X;
    if (W < 0 || W >= d11) continue;
    Z = Math.floor(W);
    const T = d10 - (loggam(Z + 1) + loggam(mingb - Z + 1) + loggam(m - Z + 1) + loggam(maxgb - m + Z + 1));
    if (X * (4 - X) - 3 <= T) break;
    if (X * (X - T) >= 1) continue;
    if (2 * log(X) <= T) break;
  }
  if (good > bad) Z = m - Z;
  if (m < n) Z = good - Z;
  return Z;
}
