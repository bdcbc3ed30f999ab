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
import "./legacy_more.js";
import { PCG64 } from "./pcg64.js";
import { MT19937 } from "./mt19937.js";
import { SeedSequence } from "./seedsequence.js";
import {
  RandomState, choiceFn, exponential, get_state, normal, permutationFn, poisson, rand, randint, randn, random as randomFn, random_sample, ranf,
  sample, seed, set_state, shuffle, standard_exponential, standard_normal, uniform,
} from "./legacy.js";

export const random = {
  default_rng, Generator, PCG64, MT19937, SeedSequence, RandomState,
  seed, get_state, set_state, rand, randn, randint, random: randomFn, random_sample, ranf, sample,
  choice: choiceFn, shuffle, permutation: permutationFn, normal, uniform, standard_normal, exponential, standard_exponential, poisson,
} as const;
