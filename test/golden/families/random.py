"""np.random: whole streams from NumPy for the same seeds.

New API (default_rng -> Generator(PCG64), seeded through SeedSequence) and the legacy one
(RandomState / np.random.seed on MT19937). These streams are the same in NumPy 1.24 and 2.x
(compare_numpy2.py checks). Samplers that go through libm get a one-ulp tolerance: ndts's
exp/log/pow are correctly rounded and glibc's are within 0.52 ulp, so they differ in the last
bit about once in a thousand calls (log1p/expm1/sin/cos are Math's, likewise rare); uniform,
normal and exponential (ziggurat), integers, choice and shuffles are exact.
"""
import math

from golden import case, js


def py(x):
    if isinstance(x, float) and math.isnan(x):
        return "np.nan"
    if isinstance(x, tuple):
        return "(" + "".join(py(v) + ", " for v in x) + ")"
    if isinstance(x, list):
        return "[" + ", ".join(py(v) for v in x) + "]"
    return repr(x)


def call(obj_py, obj_js, meth, args, kw=None):
    kw = kw or {}
    pargs = [py(a) for a in args] + [f"{k}={py(v)}" for k, v in kw.items()]
    jargs = [js(a) for a in args]
    if kw:
        jargs.append("{" + ", ".join(f"{k}: {js(v)}" for k, v in kw.items()) + "}")
    return f"{obj_py}.{meth}({', '.join(pargs)})", f"{obj_js}.{meth}({', '.join(jargs)})"


def rng(seed):
    return f"np.random.default_rng({py(seed)})", f"np.random.default_rng({js(seed)})"


def gen(id, seed, meth, args, kw=None, ulps=0):
    p, j = rng(seed)
    pe, je = call(p, j, meth, args, kw)
    return case(f"random/{id}", pe, je, ulps=ulps)


def rs(id, seed, meth, args, kw=None, ulps=0):
    pe, je = call(f"np.random.RandomState({py(seed)})", f"new np.random.RandomState({js(seed)})", meth, args, kw)
    return case(f"random/legacy_{id}", pe, je, ulps=ulps)


def glob(id, seed, fn, args, kw=None, ulps=0):
    pe, je = call("np.random", "np.random", fn, args, kw)
    return case(f"random/global_{id}", f"(np.random.seed({py(seed)}), {pe})[1]", f"(np.random.seed({js(seed)}), {je})", ulps=ulps)


SEEDS = [0, 1, 42, 12345, 2**32 - 1, 2**32, 2**40 + 7, 2**64 + 1, 2**128 + 3, [1, 2, 3], [2**33, 5, 0]]
LIBM = 1  # ulps for samplers that call log/exp/pow (all but 4 of these cases are exact)
EXP = 1  # ulps for samplers mixing the exponential ziggurat with log/exp/pow


def cases():
    # Seeding: SeedSequence words and the first doubles for many seed forms.
    for i, s in enumerate(SEEDS):
        yield gen(f"seed_{i}_random", s, "random", [(3,)])
    for s in [0, 42, 2**70, [5, 6]]:
        yield case(f"random/seedseq_{js(s)}", f"np.random.SeedSequence({py(s)}).generate_state(6)",
                   f"new np.random.SeedSequence({js(s)}).generate_state(6)")
    yield case("random/seedseq_uint64", "np.random.SeedSequence(7).generate_state(3, 'uint64')",
               "new np.random.SeedSequence(7).generate_state(3, 'uint64')")
    yield case("random/seedseq_spawn", "np.random.default_rng(np.random.SeedSequence(9).spawn(3)[2]).random(4)",
               "np.random.default_rng(new np.random.SeedSequence(9).spawn(3)[2]).random(4)")

    # Bulk draws (read from blocks of raw outputs) and single draws interleave on one stream,
    # including the buffered 32-bit half of integer draws.
    yield case("random/interleaved_stream",
               "(lambda r: [r.integers(0, 10, 3, dtype=np.int32), r.standard_normal(100), r.integers(0, 10, 3, dtype=np.int32),"
               " r.random(), r.normal(0, 1, 9000), r.integers(0, 1000, 7), r.permutation(20), r.random(2),"
               " r.bit_generator.state['state']['state'], r.bit_generator.state['has_uint32']])(np.random.default_rng(5))",
               "((r) => [r.integers(0, 10, 3, {dtype: 'int32'}), r.standard_normal(100), r.integers(0, 10, 3, {dtype: 'int32'}),"
               " r.random(), r.normal(0, 1, 9000), r.integers(0, 1000, 7), r.permutation(20), r.random(2),"
               " r.bit_generator.state.state.state, r.bit_generator.state.has_uint32])(np.random.default_rng(5))")
    yield case("random/generator_sfc64", "np.random.Generator(np.random.SFC64(5)).random(5)",
               "new np.random.Generator(new np.random.SFC64(5)).random(5)")
    yield case("random/generator_sfc64_mixed",
               "(lambda r: [r.integers(0, 100, 7, dtype=np.int16), r.standard_normal(500), r.integers(0, 2**40, 3), r.choice(10, 4, replace=False)])(np.random.Generator(np.random.SFC64([1, 2])))",
               "((r) => [r.integers(0, 100, 7, {dtype: 'int16'}), r.standard_normal(500), r.integers(0, 2**40, 3), r.choice(10, 4, false)])(new np.random.Generator(new np.random.SFC64([1, 2])))")
    yield case("random/generator_mt19937", "np.random.Generator(np.random.MT19937(5)).random(3)",
               "new np.random.Generator(new np.random.MT19937(5)).random(3)")
    yield case("random/generator_mt19937_normal", "np.random.Generator(np.random.MT19937(5)).standard_normal(50)",
               "new np.random.Generator(new np.random.MT19937(5)).standard_normal(50)")

    # random / standard_normal / exponential
    for s in [0, 42, 2024]:
        yield gen(f"random_{s}", s, "random", [(4, 5)])
        yield gen(f"random_f32_{s}", s, "random", [], {"size": 7, "dtype": "float32"})
        yield gen(f"standard_normal_{s}", s, "standard_normal", [2000])
        yield gen(f"standard_normal_f32_{s}", s, "standard_normal", [2000], {"dtype": "float32"}, ulps=LIBM)
        yield gen(f"standard_exponential_{s}", s, "standard_exponential", [2000])
        yield gen(f"standard_exponential_f32_{s}", s, "standard_exponential", [500], {"dtype": "float32"})
    yield gen("random_scalar", 42, "random", [])
    yield gen("standard_normal_scalar", 42, "standard_normal", [])
    yield gen("standard_exponential_inv", 3, "standard_exponential", [50], {"method": "inv"}, ulps=LIBM)
    yield gen("normal_size", 42, "normal", [], {"size": (3, 2)})
    yield gen("normal_loc_scale", 7, "normal", [3.5, 2.25, 10])
    yield gen("normal_broadcast", 7, "normal", [[0, 10], 1])
    yield gen("normal_broadcast_size", 7, "normal", [[0, 10], [[1], [2], [3]]], {"size": (3, 2)})
    yield gen("normal_scalar", 11, "normal", [5, 0.5])
    yield gen("uniform", 3, "uniform", [-1, 2, 6])
    yield gen("uniform_broadcast", 3, "uniform", [[0, 1], [1, 3]])
    yield gen("uniform_scalar", 3, "uniform", [])
    yield gen("exponential", 5, "exponential", [2.5, 100])

    # integers: every dtype, the buffered small-width paths, 64-bit ranges, endpoint, broadcasting
    for dt in ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "bool"]:
        hi = 2 if dt == "bool" else 100
        yield gen(f"integers_{dt}", 8, "integers", [0, hi, 40], {"dtype": dt})
        yield gen(f"integers_{dt}_endpoint", 8, "integers", [0, hi - 1, 40], {"dtype": dt, "endpoint": True})
    yield gen("integers_int8_full", 1, "integers", [-128, 128, 30], {"dtype": "int8"})
    yield gen("integers_uint8_full", 1, "integers", [0, 256, 30], {"dtype": "uint8"})
    yield gen("integers_uint16_full", 1, "integers", [0, 65536, 30], {"dtype": "uint16"})
    yield gen("integers_uint32_full", 1, "integers", [0, 2**32, 30], {"dtype": "uint32"})
    yield gen("integers_int64_big", 1, "integers", [-(2**40), 2**45, 30])
    yield gen("integers_uint64_full", 1, "integers", [0, 2**64 - 1, 10], {"dtype": "uint64", "endpoint": True})
    yield gen("integers_int64_full", 1, "integers", [-(2**63), 2**63, 10], {"dtype": "int64"})
    yield gen("integers_high_only", 4, "integers", [7, None, 20])
    yield gen("integers_scalar", 4, "integers", [1000])
    yield gen("integers_odd_range", 4, "integers", [-3, 1000003, 50])
    yield gen("integers_broadcast", 4, "integers", [[0, 10, 100], [5, 20, 1000]])
    yield gen("integers_broadcast_u8", 4, "integers", [0, [3, 50, 200]], {"size": (4, 3), "dtype": "uint8"})
    yield gen("integers_broadcast_i64", 4, "integers", [[-(2**40), 0], 2**41], {"size": (3, 2)})
    yield gen("integers_empty", 4, "integers", [10], {"size": (0, 3)})

    # choice / permutation / shuffle / permuted
    yield gen("choice_int", 0, "choice", [5, 3])
    yield gen("choice_array", 0, "choice", [[10, 20, 30, 40], (2, 3)])
    yield gen("choice_noreplace", 0, "choice", [10, 4], {"replace": False})
    yield gen("choice_noreplace_noshuffle", 0, "choice", [100, 10], {"replace": False, "shuffle": False})
    yield gen("choice_tail_shuffle", 0, "choice", [20000, 500], {"replace": False})
    yield gen("choice_p", 2, "choice", [[1.5, 2.5, 3.5], 10], {"p": [0.2, 0.3, 0.5]})
    yield gen("choice_p_noreplace", 2, "choice", [6, 4], {"replace": False, "p": [0.1, 0.2, 0.3, 0.1, 0.2, 0.1]})
    yield gen("choice_axis1", 2, "choice", [[[1, 2, 3], [4, 5, 6]], 2], {"axis": 1})
    yield gen("choice_scalar", 2, "choice", [[7, 8, 9]])
    yield gen("permutation_int", 6, "permutation", [12])
    yield gen("permutation_array", 6, "permutation", [[[1, 2], [3, 4], [5, 6]]])
    yield gen("permutation_axis1", 6, "permutation", [[[1, 2, 3], [4, 5, 6]]], {"axis": 1})
    yield gen("permuted_axis1", 6, "permuted", [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]], {"axis": 1})
    yield gen("permuted_none", 6, "permuted", [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]])
    yield case("random/shuffle_1d", "(lambda a: (np.random.default_rng(3).shuffle(a), a)[1])(np.arange(10))",
               "((a) => (np.random.default_rng(3).shuffle(a), a))(np.arange(10))")
    yield case("random/shuffle_2d_axis1", "(lambda a: (np.random.default_rng(3).shuffle(a, axis=1), a)[1])(np.arange(12).reshape(3, 4))",
               "((a) => (np.random.default_rng(3).shuffle(a, {axis: 1}), a))(np.arange(12).reshape(3, 4))")
    yield case("random/shuffle_f32_strided", "(lambda a: (np.random.default_rng(4).shuffle(a[::2]), a)[1])(np.arange(10, dtype=np.float32))",
               "((a) => (np.random.default_rng(4).shuffle(a.get('::2')), a))(np.arange(10, {dtype: 'float32'}))")

    # other distributions
    yield gen("gamma_2", 9, "gamma", [2.0, 2.0, 200], ulps=LIBM)
    yield gen("gamma_small_shape", 9, "gamma", [0.5, 1.0, 200], ulps=EXP)
    yield gen("standard_gamma", 9, "standard_gamma", [3.0, 100], ulps=LIBM)
    yield gen("standard_gamma_f32", 9, "standard_gamma", [3.0, 100], {"dtype": "float32"}, ulps=LIBM)
    yield gen("standard_gamma_f32_small", 9, "standard_gamma", [0.4, 100], {"dtype": "float32"}, ulps=LIBM)
    yield gen("beta_small", 9, "beta", [0.5, 0.5, 100], ulps=LIBM)
    yield gen("beta_large", 9, "beta", [2.0, 3.0, 100], ulps=LIBM)
    yield gen("poisson_small", 9, "poisson", [3.0, 200])
    yield gen("poisson_large", 9, "poisson", [50.0, 200])
    yield gen("poisson_broadcast", 9, "poisson", [[1.5, 20.5, 0.0]])
    yield gen("binomial_inv", 9, "binomial", [10, 0.3, 200])
    yield gen("binomial_btpe", 9, "binomial", [100, 0.4, 200])
    yield gen("binomial_high_p", 9, "binomial", [1000, 0.7, 100])
    yield gen("geometric_search", 9, "geometric", [0.5, 100])
    yield gen("geometric_inversion", 9, "geometric", [0.05, 100])
    yield gen("laplace", 9, "laplace", [0.0, 2.0, 100], ulps=LIBM)
    yield gen("logistic", 9, "logistic", [0.0, 2.0, 100], ulps=LIBM)
    yield gen("lognormal", 9, "lognormal", [0.5, 0.25, 100], ulps=LIBM)

    yield gen("chisquare", 10, "chisquare", [3.0, 100], ulps=LIBM)
    yield gen("chisquare_small_df", 10, "chisquare", [0.5, 100], ulps=EXP)
    yield gen("f", 10, "f", [3.0, 7.0, 100], ulps=LIBM)
    yield gen("noncentral_chisquare", 10, "noncentral_chisquare", [3.0, 2.0, 100], ulps=LIBM)
    yield gen("noncentral_chisquare_small_df", 10, "noncentral_chisquare", [0.75, 2.0, 100], ulps=EXP)
    yield gen("noncentral_f", 10, "noncentral_f", [3.0, 7.0, 1.5, 100], ulps=LIBM)
    yield gen("standard_cauchy", 10, "standard_cauchy", [100])
    yield gen("standard_t", 10, "standard_t", [5.0, 100], ulps=LIBM)
    yield gen("vonmises", 10, "vonmises", [0.5, 4.0, 100], ulps=LIBM)
    yield gen("vonmises_small_kappa", 10, "vonmises", [0.5, 1e-9, 10], ulps=LIBM)
    yield gen("pareto", 10, "pareto", [3.0, 100], ulps=EXP)
    yield gen("weibull", 10, "weibull", [1.5, 100], ulps=EXP)
    yield gen("power", 10, "power", [5.0, 100], ulps=EXP)
    yield gen("rayleigh", 10, "rayleigh", [2.0, 100], ulps=EXP)
    yield gen("gumbel", 10, "gumbel", [5.0, 2.0, 100], ulps=LIBM)  # loc 5: log(-log(U)) near 0 loses relative precision
    yield gen("wald", 10, "wald", [1.0, 2.0, 100], ulps=LIBM)
    yield gen("triangular", 10, "triangular", [0.0, 1.0, 3.0, 100], ulps=LIBM)
    yield gen("triangular_broadcast", 10, "triangular", [[0.0, 1.0], 2.0, 3.0])
    yield gen("negative_binomial", 10, "negative_binomial", [5.0, 0.5, 100])
    yield gen("zipf", 10, "zipf", [2.0, 100])
    yield gen("logseries", 10, "logseries", [0.6, 100])
    yield gen("hypergeometric_small", 10, "hypergeometric", [5, 3, 4, 50])
    yield gen("hypergeometric_hrua", 10, "hypergeometric", [100, 200, 50, 100])
    yield gen("hypergeometric_large", 10, "hypergeometric", [1000, 2000, 1500, 100])
    yield gen("hypergeometric_broadcast", 10, "hypergeometric", [[10, 200], [20, 300], [5, 100]])
    yield gen("err_hypergeometric", 0, "hypergeometric", [5, 5, 11])
    yield gen("err_hypergeometric_big", 0, "hypergeometric", [10**9, 5, 1])
    yield gen("err_triangular", 0, "triangular", [2.0, 1.0, 3.0])
    yield gen("err_triangular_eq", 0, "triangular", [1.0, 1.0, 1.0])
    yield gen("err_zipf", 0, "zipf", [1.0])
    yield gen("err_logseries", 0, "logseries", [1.0])
    yield gen("err_negative_binomial_nan", 0, "negative_binomial", [[-1.0, float("nan")], 0.5])
    yield gen("err_chisquare", 0, "chisquare", [0.0])
    yield gen("err_wald", 0, "wald", [1.0, 0.0])

    yield gen("multinomial", 11, "multinomial", [20, [0.2, 0.3, 0.5], 5])
    yield gen("multinomial_vector_n", 11, "multinomial", [[10, 20, 30], [0.2, 0.3, 0.5]])
    yield gen("multinomial_2d_pvals", 11, "multinomial", [10, [[0.5, 0.5], [0.1, 0.9]]], {"size": (3, 2)})
    yield gen("dirichlet", 11, "dirichlet", [[1.0, 2.0, 3.0], 4], ulps=LIBM)
    yield gen("dirichlet_small_alpha", 11, "dirichlet", [[0.05, 0.02, 0.01], 4], ulps=EXP)
    yield gen("multivariate_normal_diag", 11, "multivariate_normal", [[0.0, 1.0], [[1.0, 0.0], [0.0, 2.0]], 5], ulps=LIBM)
    yield gen("multivariate_normal_cholesky", 11, "multivariate_normal", [[0.0, 1.0], [[1.0, 0.5], [0.5, 2.0]], (2, 3)], {"method": "cholesky"}, ulps=64)
    yield gen("multivariate_normal_svd_2x2", 11, "multivariate_normal", [[0.0, 1.0], [[1.0, 0.5], [0.5, 2.0]], 4], ulps=256)
    yield gen("err_multinomial_sum", 0, "multinomial", [10, [0.6, 0.6, 0.1]])
    yield gen("err_mvn_mean", 0, "multivariate_normal", [[[0.0]], [[1.0]]])
    yield gen("err_mvn_cov", 0, "multivariate_normal", [[0.0, 1.0], [[1.0, 0.0]]])
    yield gen("err_mvn_psd", 0, "multivariate_normal", [[0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]]], {"check_valid": "raise"})
    yield case("random/bytes", "np.frombuffer(np.random.default_rng(7).bytes(10), dtype=np.uint8)",
               "np.frombuffer(np.random.default_rng(7).bytes(10).buffer, 'uint8')")

    # legacy RandomState and the global functions
    for s in [0, 1, 42, 2**32 - 1, [1, 2, 3], [0, 2**32 - 1, 7]]:
        yield rs(f"rand_{js(s)}", s, "rand", [3, 4])
    yield rs("random_sample", 5, "random_sample", [(2, 3)])
    yield rs("random_sample_scalar", 5, "random_sample", [])
    yield rs("randn", 5, "randn", [1001], ulps=LIBM)
    yield rs("randn_scalar", 5, "randn", [], ulps=LIBM)
    yield rs("standard_normal", 5, "standard_normal", [(3, 3)], ulps=LIBM)
    yield rs("normal", 5, "normal", [10, 3, 7], ulps=LIBM)
    yield rs("uniform", 5, "uniform", [2, 5, 7])
    yield rs("exponential", 5, "exponential", [2.0, 7], ulps=LIBM)
    yield rs("standard_exponential", 5, "standard_exponential", [7], ulps=LIBM)
    for dt in ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "bool"]:
        hi = 2 if dt == "bool" else 100
        yield rs(f"randint_{dt}", 8, "randint", [0, hi, 40], {"dtype": dt})
    yield rs("randint_default", 8, "randint", [-50, 50, 20])
    yield rs("randint_big", 8, "randint", [0, 2**40, 10])
    yield rs("randint_scalar", 8, "randint", [10])
    yield rs("choice", 8, "choice", [5, 3])
    yield rs("choice_noreplace", 8, "choice", [10, 4], {"replace": False})
    yield rs("choice_p", 8, "choice", [[1, 2, 3], 6], {"p": [0.5, 0.25, 0.25]})
    yield rs("permutation", 8, "permutation", [10])
    yield rs("permutation_2d", 8, "permutation", [[[1, 2], [3, 4], [5, 6]]])
    yield rs("poisson", 8, "poisson", [4.0, 50])
    yield rs("standard_gamma", 12, "standard_gamma", [2.5, 50], ulps=LIBM)
    yield rs("gamma_small", 12, "gamma", [0.5, 2.0, 50], ulps=LIBM)
    yield rs("beta", 12, "beta", [2.0, 3.0, 50], ulps=LIBM)
    yield rs("beta_small", 12, "beta", [0.5, 0.5, 50], ulps=LIBM)
    yield rs("chisquare", 12, "chisquare", [3.0, 50], ulps=LIBM)
    yield rs("f", 12, "f", [3.0, 7.0, 50], ulps=LIBM)
    yield rs("noncentral_chisquare", 12, "noncentral_chisquare", [3.0, 2.0, 50], ulps=LIBM)
    yield rs("noncentral_f", 12, "noncentral_f", [3.0, 7.0, 1.5, 50], ulps=LIBM)
    yield rs("standard_t", 12, "standard_t", [5.0, 50], ulps=LIBM)
    yield rs("standard_cauchy", 12, "standard_cauchy", [50], ulps=LIBM)
    yield rs("pareto", 12, "pareto", [3.0, 50], ulps=16)  # exp(x) - 1 magnifies a last-bit exp difference
    yield rs("weibull", 12, "weibull", [1.5, 50], ulps=LIBM)
    yield rs("power", 12, "power", [5.0, 50], ulps=LIBM)
    yield rs("laplace", 12, "laplace", [0.0, 2.0, 50], ulps=LIBM)
    yield rs("gumbel", 12, "gumbel", [5.0, 2.0, 50], ulps=LIBM)
    yield rs("logistic", 12, "logistic", [0.0, 2.0, 50], ulps=LIBM)
    yield rs("lognormal", 12, "lognormal", [0.5, 0.25, 50], ulps=LIBM)
    yield rs("rayleigh", 12, "rayleigh", [2.0, 50], ulps=LIBM)
    yield rs("wald", 12, "wald", [1.0, 2.0, 50], ulps=LIBM)
    yield rs("triangular", 12, "triangular", [0.0, 1.0, 3.0, 50], ulps=LIBM)
    yield rs("binomial_inv", 12, "binomial", [10, 0.3, 100])
    yield rs("binomial_btpe", 12, "binomial", [100, 0.4, 100])
    yield rs("binomial_p0", 12, "binomial", [10, 0.0, 5])
    yield rs("negative_binomial", 12, "negative_binomial", [5.0, 0.5, 50])
    yield rs("geometric_search", 12, "geometric", [0.5, 50])
    yield rs("geometric_inversion", 12, "geometric", [0.05, 50])
    yield rs("zipf", 12, "zipf", [2.0, 50])
    yield rs("vonmises", 12, "vonmises", [0.5, 4.0, 50], ulps=LIBM)
    yield rs("vonmises_huge_kappa", 12, "vonmises", [0.5, 1e7, 5], ulps=LIBM)
    yield rs("logseries", 12, "logseries", [0.6, 50])
    yield rs("hypergeometric_hyp", 12, "hypergeometric", [15, 15, 10, 50])
    yield rs("hypergeometric_hrua", 12, "hypergeometric", [100, 200, 50, 50])
    yield rs("hypergeometric_broadcast", 12, "hypergeometric", [[10, 200], [20, 300], [5, 100]])
    yield rs("err_hypergeometric", 0, "hypergeometric", [5, 5, 0])
    yield gen("vonmises_huge_kappa", 12, "vonmises", [0.5, 1e7, 5], ulps=LIBM)
    yield rs("multinomial", 12, "multinomial", [20, [0.2, 0.3, 0.5], 6])
    yield rs("dirichlet", 12, "dirichlet", [[1.0, 2.0, 3.0], 4], ulps=LIBM)
    yield rs("multivariate_normal", 12, "multivariate_normal", [[0.0, 1.0], [[1.0, 0.5], [0.5, 2.0]], 4], ulps=256)
    yield rs("multivariate_normal_diag", 12, "multivariate_normal", [[0.0, 1.0, 2.0], [[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 3.0]], 4], ulps=LIBM)
    yield rs("err_dirichlet", 0, "dirichlet", [[1.0, 0.0]])
    yield rs("err_multinomial", 0, "multinomial", [10, [0.7, 0.7]])
    yield case("random/legacy_shuffle", "(lambda a: (np.random.RandomState(3).shuffle(a), a)[1])(np.arange(10))",
               "((a) => (new np.random.RandomState(3).shuffle(a), a))(np.arange(10))")
    yield glob("rand", 0, "rand", [3])
    yield glob("randn", 0, "randn", [2, 2], ulps=LIBM)
    yield glob("randint", 0, "randint", [0, 10, 5])
    yield glob("random", 0, "random", [4])
    yield glob("random_sample", 1, "random_sample", [(2, 2)])
    yield glob("ranf", 1, "ranf", [2])
    yield glob("sample", 1, "sample", [2])
    yield glob("choice", 1, "choice", [[4, 5, 6], 4])
    yield glob("permutation", 1, "permutation", [6])
    yield glob("normal", 1, "normal", [0, 2, 3], ulps=LIBM)
    yield glob("uniform", 1, "uniform", [0, 2, 3])
    yield glob("exponential", 1, "exponential", [1.5, 3], ulps=LIBM)
    yield glob("seed_array", [1, 2, 3], "rand", [3])
    yield case("random/global_get_state_key", "(np.random.seed(11), np.random.rand(5), np.random.get_state())[2][1]",
               "(np.random.seed(11), np.random.rand(5), np.random.get_state())[1]")
    yield case("random/global_get_state_pos", "(np.random.seed(11), np.random.rand(5), np.random.get_state())[2][2]",
               "(np.random.seed(11), np.random.rand(5), np.random.get_state())[2]")
    yield glob("gamma", 3, "gamma", [2.0, 2.0, 3], ulps=LIBM)
    yield glob("binomial", 3, "binomial", [10, 0.5, 4])
    yield glob("beta", 3, "beta", [0.5, 0.5, 4], ulps=LIBM)
    yield case("random/global_shuffle", "(lambda a: (np.random.seed(2), np.random.shuffle(a), a)[2])(np.arange(8))",
               "((a) => (np.random.seed(2), np.random.shuffle(a), a))(np.arange(8))")

    # errors, with NumPy's classes and messages
    yield gen("err_low_ge_high", 0, "integers", [5, 1])
    yield gen("err_high_le_0", 0, "integers", [0])
    yield gen("err_endpoint", 0, "integers", [5, 1], {"endpoint": True})
    yield gen("err_low_oob", 0, "integers", [-1, 5], {"dtype": "uint8"})
    yield gen("err_high_oob", 0, "integers", [0, 300], {"dtype": "uint8"})
    yield gen("err_dtype", 0, "integers", [0, 3], {"dtype": "float64"})
    yield gen("err_scale", 0, "normal", [0, -1.0])
    yield gen("err_scale_array", 0, "normal", [0, [1.0, -1.0]])
    yield gen("err_exponential", 0, "exponential", [-2.0])
    yield gen("err_random_dtype", 0, "random", [3], {"dtype": "int32"})
    yield gen("err_choice_large", 0, "choice", [5, 6], {"replace": False})
    yield gen("err_choice_p_size", 0, "choice", [3], {"p": [0.5, 0.5]})
    yield gen("err_choice_empty", 0, "choice", [[], 2])
    yield gen("err_choice_zero", 0, "choice", [0, 2])
    yield gen("err_poisson", 0, "poisson", [-1.0])
    yield gen("err_binomial_p", 0, "binomial", [10, 1.5])
    yield gen("err_binomial_n", 0, "binomial", [-1, 0.5])
    yield gen("err_beta", 0, "beta", [0.0, 1.0])
    yield gen("err_geometric", 0, "geometric", [0.0])
    yield gen("err_uniform_overflow", 0, "uniform", [-1e308, 1e308])
    yield gen("err_size_broadcast", 0, "normal", [[0, 1], 1], {"size": 3})
    yield gen("err_param_broadcast", 0, "normal", [[0, 1], [1, 2, 3]])
    yield gen("err_param_broadcast_size", 0, "normal", [[[0, 1]], [[1], [2]]], {"size": (3, 2)})
    yield rs("err_choice_p_sum", 0, "choice", [3], {"p": [0.5, 0.6, 0.1]})
    yield rs("err_choice_large", 0, "choice", [5, 6], {"replace": False})
    yield rs("err_choice_2d", 0, "choice", [[[1, 2], [3, 4]]])
    yield rs("err_randint", 0, "randint", [5, 1])
    yield rs("err_normal", 0, "normal", [0, -1.0])
    yield case("random/err_seed_negative", "np.random.seed(-1)", "np.random.seed(-1)")
    yield case("random/err_seed_big", "np.random.seed(2**32)", "np.random.seed(2**32)")
    yield case("random/err_seedseq_negative", "np.random.SeedSequence(-1)", "new np.random.SeedSequence(-1)")
    yield case("random/err_default_rng_float", "np.random.default_rng(1.5)", "np.random.default_rng(1.5)")
