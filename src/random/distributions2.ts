/**
 * More of NumPy's scalar samplers (distributions.c), in NumPy's draw order: chi-square, F,
 * Cauchy, Student's t, Pareto, Weibull, power, Rayleigh, Gumbel, Wald, von Mises, negative
 * binomial, Zipf, log-series, the noncentral chi-square and F, triangular.
 *
 * @example
 * chisquare(new PCG64(0), 2) // as np.random.default_rng(0).chisquare(2)
 */
import { poisson, standardExponential, standardGamma, standardNormal } from "./distributions.js";
import type { BitGen } from "./bitgen.js";
import { log, pow } from "./libm.js";

export const chisquare = (bg: BitGen, df: number): number => 2 * standardGamma(bg, df / 2);

export function f(bg: BitGen, dfnum: number, dfden: number): number {
  const a = chisquare(bg, dfnum) * dfden;
  const b = chisquare(bg, dfden) * dfnum;
  return a / b;
}

export function standardCauchy(bg: BitGen): number {
  const a = standardNormal(bg);
  const b = standardNormal(bg);
  return a / b;
}

export function standardT(bg: BitGen, df: number): number {
  const num = standardNormal(bg);
  const denom = standardGamma(bg, df / 2);
  return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
}

export const pareto = (bg: BitGen, a: number): number => Math.expm1(standardExponential(bg) / a);

export const weibull = (bg: BitGen, a: number): number => (a === 0 ? 0 : pow(standardExponential(bg), 1 / a));

export const power = (bg: BitGen, a: number): number => pow(-Math.expm1(-standardExponential(bg)), 1 / a);

export const rayleigh = (bg: BitGen, mode: number): number => mode * Math.sqrt(2 * standardExponential(bg));

export function gumbel(bg: BitGen, loc: number, scale: number): number {
  for (;;) {
    const U = 1 - bg.nextDouble();
    if (U < 1) return loc - scale * log(-log(U));
  }
}

export function wald(bg: BitGen, mean: number, scale: number): number {
  let Y = standardNormal(bg);
  Y = mean * Y * Y;
  const d = 1 + Math.sqrt(1 + (4 * scale) / Y);
  const X = mean * (1 - 2 / d);
  const U = bg.nextDouble();
  return U <= mean / (mean + X) ? X : (mean * mean) / X;
}

/** random_vonmises (legacy_vonmises with `legacy`: no wrapped-normal path for kappa > 1e6). */
export function vonmises(bg: BitGen, mu: number, kappa: number, legacy = false): number {
  if (Number.isNaN(kappa)) return NaN;
  if (kappa < 1e-8) return Math.PI * (2 * bg.nextDouble() - 1);
  let s: number;
  if (kappa < 1e-5) s = 1 / kappa + kappa;
  else if (legacy || kappa <= 1e6) {
    const r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
    const rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  } else {
    let result = mu + Math.sqrt(1 / kappa) * standardNormal(bg);
    if (result < -Math.PI) result += 2 * Math.PI;
    if (result > Math.PI) result -= 2 * Math.PI;
    return result;
  }
  let W: number;
  for (;;) {
    const U = bg.nextDouble();
    const Z = Math.cos(Math.PI * U);
    W = (1 + s * Z) / (s + Z);
    const Y = kappa * (s - W);
    const V = bg.nextDouble();
    if (Y * (2 - Y) - V >= 0 || log(Y / V) + 1 - Y >= 0) break;
  }
  const U = bg.nextDouble();
  let result = Math.acos(W);
  if (U < 0.5) result = -result;
  result += mu;
  const neg = result < 0;
  let mod = Math.abs(result);
  mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;
  return neg ? -mod : mod;
}

export function negativeBinomial(bg: BitGen, n: number, p: number): number {
  const Y = standardGamma(bg, n) * ((1 - p) / p);
  return poisson(bg, Y);
}

const INT64_MAX = 9223372036854775807;

export function zipf(bg: BitGen, a: number): number {
  if (a >= 1025) return 1;
  const am1 = a - 1;
  const b = pow(2, am1);
  const Umin = pow(INT64_MAX, -am1);
  for (;;) {
    const U01 = bg.nextDouble();
    const U = U01 * Umin + (1 - U01);
    const V = bg.nextDouble();
    const X = Math.floor(pow(U, -1 / am1));
    if (X > INT64_MAX || X < 1) continue;
    const T = pow(1 + 1 / X, am1);
    if ((V * X * (T - 1)) / (b - 1) <= T / b) return X;
  }
}

export function logseries(bg: BitGen, p: number): number {
  const r = Math.log1p(-p);
  for (;;) {
    const V = bg.nextDouble();
    if (V >= p) return 1;
    const U = bg.nextDouble();
    const q = -Math.expm1(r * U);
    if (V <= q * q) {
      const result = Math.floor(1 + log(V) / log(q));
      if (result < 1 || V === 0) continue;
      return result;
    }
    return V >= q ? 1 : 2;
  }
}

export function noncentralChisquare(bg: BitGen, df: number, nonc: number): number {
  if (Number.isNaN(nonc)) return NaN;
  if (nonc === 0) return chisquare(bg, df);
  if (1 < df) {
    const Chi2 = chisquare(bg, df - 1);
    const n = standardNormal(bg) + Math.sqrt(nonc);
    return Chi2 + n * n;
  }
  const i = poisson(bg, nonc / 2);
  return chisquare(bg, df + 2 * i);
}

export function noncentralF(bg: BitGen, dfnum: number, dfden: number, nonc: number): number {
  const t = noncentralChisquare(bg, dfnum, nonc) * dfden;
  return t / (chisquare(bg, dfden) * dfnum);
}

export function triangular(bg: BitGen, left: number, mode: number, right: number): number {
  const base = right - left;
  const leftbase = mode - left;
  const ratio = leftbase / base;
  const leftprod = leftbase * base;
  const rightprod = (right - mode) * base;
  const U = bg.nextDouble();
  return U <= ratio ? left + Math.sqrt(U * leftprod) : right - Math.sqrt((1 - U) * rightprod);
}
