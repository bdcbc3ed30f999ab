/**
 * RandomState's other distributions (installed on RandomState.prototype), with NumPy's legacy
 * samplers (legacy-distributions.c): gammas built on the polar-method gauss and -log(1 - U)
 * exponentials, the original BTPE binomial, the legacy Zipf and geometric, and the samplers the
 * legacy API shares with Generator (laplace, gumbel, logistic, triangular).
 *
 * @example
 * new np.random.RandomState(0).gamma(2, 2, 3).shape // [3]
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import type { ShapeLike } from "../core/shape.js";
import { asArray } from "../api/creation.js";
import * as D from "./distributions.js";
import * as D2 from "./distributions2.js";
import { Cons, broadcastValues, draw, multiIterShape, type Param } from "./common.js";
import { legacyHypergeometric } from "./hypergeometric.js";
import { RandomState } from "./legacy.js";
import { triangular } from "./generator_more.js";
import type { BitGen } from "./bitgen.js";
import { exp, log, pow } from "./libm.js";

type Size = ShapeLike | null;
type Out = number | NDArray;

declare module "./legacy.js" {
  interface RandomState {
    /** standard_gamma(shape, size=None). @example new np.random.RandomState(0).standard_gamma(2) */
    standard_gamma(shape: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** gamma(shape, scale=1.0, size=None). @example new np.random.RandomState(0).gamma(2, 2) */
    gamma(shape: ArrayLike, ...args: Args<[ArrayLike, Size], { scale?: ArrayLike; size?: Size }>): Out;
    /** beta(a, b, size=None). @example new np.random.RandomState(0).beta(2, 3) */
    beta(a: ArrayLike, b: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** chisquare(df, size=None). @example new np.random.RandomState(0).chisquare(3) */
    chisquare(df: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** f(dfnum, dfden, size=None). @example new np.random.RandomState(0).f(3, 5) */
    f(dfnum: ArrayLike, dfden: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** noncentral_chisquare(df, nonc, size=None). @example new np.random.RandomState(0).noncentral_chisquare(3, 1) */
    noncentral_chisquare(df: ArrayLike, nonc: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** noncentral_f(dfnum, dfden, nonc, size=None). @example new np.random.RandomState(0).noncentral_f(3, 5, 1) */
    noncentral_f(dfnum: ArrayLike, dfden: ArrayLike, nonc: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** standard_t(df, size=None). @example new np.random.RandomState(0).standard_t(4) */
    standard_t(df: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** standard_cauchy(size=None). @example new np.random.RandomState(0).standard_cauchy(2) */
    standard_cauchy(...args: Args<[Size], { size?: Size }>): Out;
    /** pareto(a, size=None). @example new np.random.RandomState(0).pareto(3) */
    pareto(a: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** weibull(a, size=None). @example new np.random.RandomState(0).weibull(2) */
    weibull(a: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** power(a, size=None). @example new np.random.RandomState(0).power(5) */
    power(a: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** laplace(loc=0.0, scale=1.0, size=None). @example new np.random.RandomState(0).laplace() */
    laplace(...args: Args<[ArrayLike, ArrayLike, Size], { loc?: ArrayLike; scale?: ArrayLike; size?: Size }>): Out;
    /** gumbel(loc=0.0, scale=1.0, size=None). @example new np.random.RandomState(0).gumbel() */
    gumbel(...args: Args<[ArrayLike, ArrayLike, Size], { loc?: ArrayLike; scale?: ArrayLike; size?: Size }>): Out;
    /** logistic(loc=0.0, scale=1.0, size=None). @example new np.random.RandomState(0).logistic() */
    logistic(...args: Args<[ArrayLike, ArrayLike, Size], { loc?: ArrayLike; scale?: ArrayLike; size?: Size }>): Out;
    /** lognormal(mean=0.0, sigma=1.0, size=None). @example new np.random.RandomState(0).lognormal() */
    lognormal(...args: Args<[ArrayLike, ArrayLike, Size], { mean?: ArrayLike; sigma?: ArrayLike; size?: Size }>): Out;
    /** rayleigh(scale=1.0, size=None). @example new np.random.RandomState(0).rayleigh() */
    rayleigh(...args: Args<[ArrayLike, Size], { scale?: ArrayLike; size?: Size }>): Out;
    /** wald(mean, scale, size=None). @example new np.random.RandomState(0).wald(1, 2) */
    wald(mean: ArrayLike, scale: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** triangular(left, mode, right, size=None). @example new np.random.RandomState(0).triangular(0, 1, 2) */
    triangular(left: ArrayLike, mode: ArrayLike, right: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** binomial(n, p, size=None). @example new np.random.RandomState(0).binomial(10, 0.5, 3) */
    binomial(n: ArrayLike, p: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** negative_binomial(n, p, size=None). @example new np.random.RandomState(0).negative_binomial(5, 0.5) */
    negative_binomial(n: ArrayLike, p: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** geometric(p, size=None). @example new np.random.RandomState(0).geometric(0.3) */
    geometric(p: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** vonmises(mu, kappa, size=None). @example new np.random.RandomState(0).vonmises(0, 4) */
    vonmises(mu: ArrayLike, kappa: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** logseries(p, size=None). @example new np.random.RandomState(0).logseries(0.6) */
    logseries(p: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** hypergeometric(ngood, nbad, nsample, size=None). @example new np.random.RandomState(0).hypergeometric(15, 15, 10) */
    hypergeometric(ngood: ArrayLike, nbad: ArrayLike, nsample: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** zipf(a, size=None). @example new np.random.RandomState(0).zipf(2) */
    zipf(a: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
  }
}

/** A legacy sampler: the bit generator, the RandomState (for its gauss cache) and up to 3 parameters. */
type Sampler = (bg: BitGen, rs: RandomState, a: number, b: number, c: number) => number;

const gauss = (bg: BitGen, rs: RandomState): number => D.legacyGauss(bg, rs._cache);

/** legacy_standard_gamma: the Generator algorithm on the legacy gauss and exponential. */
function stdGamma(bg: BitGen, rs: RandomState, shape: number): number {
  return D.standardGamma(bg, shape, (g) => gauss(g, rs), (g) => D.legacyExponential(g));
}

const chisq = (bg: BitGen, rs: RandomState, df: number): number => 2 * stdGamma(bg, rs, df / 2);

function legacyBeta(bg: BitGen, rs: RandomState, a: number, b: number): number {
  if (a <= 1 && b <= 1) {
    for (;;) {
      const U = bg.nextDouble();
      const V = bg.nextDouble();
      const X = pow(U, 1 / a);
      const Y = pow(V, 1 / b);
      if (X + Y <= 1) {
        if (X + Y > 0) return X / (X + Y);
        let logX = log(U) / a;
        let logY = log(V) / b;
        const logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return exp(logX - log(exp(logX) + exp(logY)));
      }
    }
  }
  const Ga = stdGamma(bg, rs, a);
  const Gb = stdGamma(bg, rs, b);
  return Ga / (Ga + Gb);
}

function noncentralChisq(bg: BitGen, rs: RandomState, df: number, nonc: number): number {
  if (nonc === 0) return chisq(bg, rs, df);
  if (1 < df) {
    const Chi2 = chisq(bg, rs, df - 1);
    const n = gauss(bg, rs) + Math.sqrt(nonc);
    return Chi2 + n * n;
  }
  const i = D.poisson(bg, nonc / 2);
  const out = chisq(bg, rs, df + 2 * i);
  return Number.isNaN(nonc) ? NaN : out;
}

function legacyZipf(bg: BitGen, a: number): number {
  const am1 = a - 1;
  const b = pow(2, am1);
  for (;;) {
    const U = 1 - bg.nextDouble();
    const V = bg.nextDouble();
    const X = Math.floor(pow(U, -1 / am1));
    if (X > 9223372036854775807 || X < 1) continue;
    const T = pow(1 + 1 / X, am1);
    if ((V * X * (T - 1)) / (b - 1) <= T / b) return X;
  }
}

function legacyLogseries(bg: BitGen, p: number): number {
  const r = log(1 - p);
  for (;;) {
    const V = bg.nextDouble();
    if (V >= p) return 1;
    const U = bg.nextDouble();
    const q = 1 - exp(r * U);
    if (V <= q * q) {
      const result = Math.floor(1 + log(V) / log(q));
      if (result < 1 || V === 0) continue;
      return result;
    }
    return V >= q ? 1 : 2;
  }
}

function legacyGeometric(bg: BitGen, p: number): number {
  if (p >= 0.333333333333333333333333) return D.geometric(bg, p);
  return Math.ceil(Math.log1p(-bg.nextDouble()) / log(1 - p));
}

function define(name: string, required: readonly [string, Cons][], optional: readonly [string, Cons, number][], f: Sampler, discrete = false): void {
  const optNames = optional.map(([n]) => n);
  Object.defineProperty(RandomState.prototype, name, {
    configurable: true,
    writable: true,
    value(this: RandomState, ...all: unknown[]): Out {
      const req = all.slice(0, required.length);
      const bound = bindArgs(name, [...optNames, "size"], all.slice(required.length));
      const params: Param[] = [
        ...required.map(([n, c], i) => [req[i] as ArrayLike, n, c] as Param),
        ...optional.map(([n, c, d], i) => [(bound[i] ?? d) as ArrayLike, n, c] as Param),
      ];
      return draw(this._bg, (bg, a, b, c) => f(bg, this, a, b, c), params, bound[optNames.length] as Size | undefined, discrete);
    },
  });
}

define("standard_gamma", [["shape", Cons.NON_NEGATIVE]], [], (bg, rs, k) => stdGamma(bg, rs, k));
define("gamma", [["shape", Cons.NON_NEGATIVE]], [["scale", Cons.NON_NEGATIVE, 1]], (bg, rs, k, s) => s * stdGamma(bg, rs, k));
define("beta", [["a", Cons.POSITIVE], ["b", Cons.POSITIVE]], [], (bg, rs, a, b) => legacyBeta(bg, rs, a, b));
define("chisquare", [["df", Cons.POSITIVE]], [], (bg, rs, df) => chisq(bg, rs, df));
define("f", [["dfnum", Cons.POSITIVE], ["dfden", Cons.POSITIVE]], [], (bg, rs, a, b) => (chisq(bg, rs, a) * b) / (chisq(bg, rs, b) * a));
define("noncentral_chisquare", [["df", Cons.POSITIVE], ["nonc", Cons.NON_NEGATIVE]], [], (bg, rs, a, b) => noncentralChisq(bg, rs, a, b));
define("noncentral_f", [["dfnum", Cons.POSITIVE], ["dfden", Cons.POSITIVE], ["nonc", Cons.NON_NEGATIVE]], [],
  (bg, rs, a, b, c) => {
    const t = noncentralChisq(bg, rs, a, c) * b;
    return t / (chisq(bg, rs, b) * a);
  });
define("standard_t", [["df", Cons.POSITIVE]], [], (bg, rs, df) => {
  const num = gauss(bg, rs);
  const denom = stdGamma(bg, rs, df / 2);
  return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
});
define("standard_cauchy", [], [], (bg, rs) => {
  const a = gauss(bg, rs);
  return a / gauss(bg, rs);
});
define("pareto", [["a", Cons.POSITIVE]], [], (bg, _rs, a) => exp(D.legacyExponential(bg) / a) - 1);
define("weibull", [["a", Cons.NON_NEGATIVE]], [], (bg, _rs, a) => (a === 0 ? 0 : pow(D.legacyExponential(bg), 1 / a)));
define("power", [["a", Cons.POSITIVE]], [], (bg, _rs, a) => pow(1 - exp(-D.legacyExponential(bg)), 1 / a));
define("laplace", [], [["loc", Cons.NONE, 0], ["scale", Cons.NON_NEGATIVE, 1]], (bg, _rs, l, s) => D.laplace(bg, l, s));
define("gumbel", [], [["loc", Cons.NONE, 0], ["scale", Cons.NON_NEGATIVE, 1]], (bg, _rs, l, s) => D2.gumbel(bg, l, s));
define("logistic", [], [["loc", Cons.NONE, 0], ["scale", Cons.NON_NEGATIVE, 1]], (bg, _rs, l, s) => D.logistic(bg, l, s));
define("lognormal", [], [["mean", Cons.NONE, 0], ["sigma", Cons.NON_NEGATIVE, 1]], (bg, rs, m, s) => exp(m + s * gauss(bg, rs)));
define("rayleigh", [], [["scale", Cons.NON_NEGATIVE, 1]], (bg, _rs, s) => s * Math.sqrt(-2 * Math.log1p(-bg.nextDouble())));
define("wald", [["mean", Cons.POSITIVE], ["scale", Cons.POSITIVE]], [], (bg, rs, mean, scale) => {
  const mu2l = mean / (2 * scale);
  let Y = gauss(bg, rs);
  Y = mean * Y * Y;
  const X = mean + mu2l * (Y - Math.sqrt(4 * scale * Y + Y * Y));
  const U = bg.nextDouble();
  return U <= mean / (mean + X) ? X : (mean * mean) / X;
});
define("negative_binomial", [["n", Cons.POSITIVE], ["p", Cons.BOUNDED_0_1]], [], (bg, rs, n, p) => D.poisson(bg, stdGamma(bg, rs, n) * ((1 - p) / p)), true);
define("geometric", [["p", Cons.BOUNDED_GT_0_1]], [], (bg, _rs, p) => legacyGeometric(bg, p), true);
define("zipf", [["a", Cons.GT_1]], [], (bg, _rs, a) => legacyZipf(bg, a), true);
define("vonmises", [["mu", Cons.NONE], ["kappa", Cons.NON_NEGATIVE]], [], (bg, _rs, m, k) => D2.vonmises(bg, m, k, true));
define("logseries", [["p", Cons.BOUNDED_LT_0_1]], [], (bg, _rs, p) => legacyLogseries(bg, p), true);

Object.defineProperty(RandomState.prototype, "binomial", {
  configurable: true,
  writable: true,
  value(this: RandomState, n: ArrayLike, p: ArrayLike, ...args: unknown[]): Out {
    const [size] = bindArgs("binomial", ["size"], args) as [Size | undefined];
    const na = asArray(n);
    if (na._dt.kind === "f" && !(na.ravel().tolist() as number[]).every(Number.isInteger)) {
      throw new NumpyTypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
    }
    const st = D.newBinomialState();
    return draw(this._bg, (bg, pp, nn) => D.binomial(bg, pp, nn, st, true), [[p, "p", Cons.BOUNDED_0_1], [na, "n", Cons.NON_NEGATIVE]], size, true);
  },
});

Object.defineProperty(RandomState.prototype, "triangular", {
  configurable: true,
  writable: true,
  value(this: RandomState, left: ArrayLike, mode: ArrayLike, right: ArrayLike, ...args: unknown[]): Out {
    return triangular(this._bg, left, mode, right, args);
  },
});

Object.defineProperty(RandomState.prototype, "hypergeometric", {
  configurable: true,
  writable: true,
  value(this: RandomState, ngood: ArrayLike, nbad: ArrayLike, nsample: ArrayLike, ...args: unknown[]): Out {
    const [size] = bindArgs("hypergeometric", ["size"], args) as [Size | undefined];
    const arrs = [ngood, nbad, nsample].map((x) => asArray(x)) as [NDArray, NDArray, NDArray];
    const shape = multiIterShape(arrs.map((a) => a.shape));
    const [g, b, n] = arrs.map((a) => broadcastValues(a, shape)) as [Float64Array, Float64Array, Float64Array];
    for (let i = 0; i < g.length; i++) if (g[i]! + b[i]! < n[i]!) throw new ValueError("ngood + nbad < nsample");
    return draw(this._bg, (bg, x, y, z) => legacyHypergeometric(bg, x, y, z),
      [[arrs[0], "ngood", Cons.NON_NEGATIVE], [arrs[1], "nbad", Cons.NON_NEGATIVE], [arrs[2], "nsample", Cons.GTE_1]], size, true);
  },
});
