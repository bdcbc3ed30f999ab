/**
 * The np.random namespace, as NumPy's: the new API (default_rng, Generator, PCG64, MT19937,
 * SeedSequence) and the legacy one (RandomState and the module functions on its global instance).
 * @example
 * np.random.default_rng(42).normal({ size: [3, 2] }).shape // [3, 2]
 * np.random.seed(0); np.random.rand(3)
 */
import { Generator, default_rng } from "./generator.js";
import "./generator_more.js";
import "./generator_multi.js";
import "./generator_mvhyper.js";
import "./legacy_more.js";
import "./legacy_multi.js";
import { PCG64 } from "./pcg64.js";
import { MT19937 } from "./mt19937.js";
import { SFC64 } from "./sfc64.js";
import { PCG64DXSM } from "./pcg64dxsm.js";
import { SeedSequence } from "./seedsequence.js";
import { RandomState, _global, get_state, seed, set_state } from "./legacy.js";

/** A class callable with or without `new`, as Python calls a class: np.random.RandomState(42). */
type Callable<C extends abstract new (...a: never[]) => unknown> = C & ((...a: ConstructorParameters<C>) => InstanceType<C>);
function callable<C extends new (...a: never[]) => unknown>(cls: C): Callable<C> {
  return new Proxy(cls, { apply: (target, _this, args) => new target(...(args as never[])) }) as Callable<C>;
}

/** A module-level function drawing from the global RandomState, as np.random.<name>. */
const g = <K extends keyof RandomState>(k: K): RandomState[K] =>
  ((...a: unknown[]) => (_global()[k] as unknown as (...x: unknown[]) => unknown).apply(_global(), a)) as unknown as RandomState[K];

export const random = {
  default_rng,
  Generator: callable(Generator),
  PCG64: callable(PCG64),
  MT19937: callable(MT19937),
  SFC64: callable(SFC64),
  PCG64DXSM: callable(PCG64DXSM),
  SeedSequence: callable(SeedSequence),
  RandomState: callable(RandomState),
  seed, get_state, set_state, rand: g("rand"), randn: g("randn"), randint: g("randint"), random: g("random_sample"),
  random_sample: g("random_sample"), ranf: g("random_sample"), sample: g("random_sample"), choice: g("choice"),
  shuffle: g("shuffle"), permutation: g("permutation"), normal: g("normal"), uniform: g("uniform"),
  standard_normal: g("standard_normal"), exponential: g("exponential"), standard_exponential: g("standard_exponential"),
  poisson: g("poisson"),
  standard_gamma: g("standard_gamma"), gamma: g("gamma"), beta: g("beta"), chisquare: g("chisquare"), f: g("f"),
  noncentral_chisquare: g("noncentral_chisquare"), noncentral_f: g("noncentral_f"), standard_t: g("standard_t"),
  standard_cauchy: g("standard_cauchy"), pareto: g("pareto"), weibull: g("weibull"), power: g("power"), laplace: g("laplace"),
  gumbel: g("gumbel"), logistic: g("logistic"), lognormal: g("lognormal"), rayleigh: g("rayleigh"), wald: g("wald"),
  triangular: g("triangular"), binomial: g("binomial"), negative_binomial: g("negative_binomial"), geometric: g("geometric"),
  zipf: g("zipf"), multinomial: g("multinomial"), dirichlet: g("dirichlet"), multivariate_normal: g("multivariate_normal"),
  random_integers: g("random_integers"), bytes: g("bytes"), vonmises: g("vonmises"), logseries: g("logseries"),
  hypergeometric: g("hypergeometric"),
} as const;
