/**
 * The rest of Generator's univariate distributions (installed on Generator.prototype): each
 * binds NumPy's arguments, checks NumPy's constraints and draws with the sampler of
 * distributions2.ts, broadcasting array parameters.
 *
 * @example
 * np.random.default_rng(0).chisquare(3, 2).shape // [2]
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import type { ShapeLike } from "../core/shape.js";
import { asArray } from "../api/creation.js";
import { any } from "../api/reductions.js";
import { equal, greater } from "../ufunc/index.js";
import * as D2 from "./distributions2.js";
import { Cons, POISSON_LAM_MAX, broadcastValues, checkArrayConstraint, checkConstraint, draw, multiIterShape, type Param } from "./common.js";
import { hypergeometric } from "./hypergeometric.js";
import { Generator } from "./generator.js";
import type { BitGen } from "./bitgen.js";

type Size = ShapeLike | null;
type Out = number | NDArray;

declare module "./generator.js" {
  interface Generator {
    /** chisquare(df, size=None). @example np.random.default_rng(0).chisquare(2) */
    chisquare(df: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** f(dfnum, dfden, size=None). @example np.random.default_rng(0).f(3, 5, 2) */
    f(dfnum: ArrayLike, dfden: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** noncentral_chisquare(df, nonc, size=None). @example np.random.default_rng(0).noncentral_chisquare(3, 2) */
    noncentral_chisquare(df: ArrayLike, nonc: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** noncentral_f(dfnum, dfden, nonc, size=None). @example np.random.default_rng(0).noncentral_f(3, 5, 1) */
    noncentral_f(dfnum: ArrayLike, dfden: ArrayLike, nonc: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** standard_cauchy(size=None). @example np.random.default_rng(0).standard_cauchy(3) */
    standard_cauchy(...args: Args<[Size], { size?: Size }>): Out;
    /** standard_t(df, size=None). @example np.random.default_rng(0).standard_t(4, 3) */
    standard_t(df: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** vonmises(mu, kappa, size=None). @example np.random.default_rng(0).vonmises(0, 4, 3) */
    vonmises(mu: ArrayLike, kappa: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** pareto(a, size=None). @example np.random.default_rng(0).pareto(3, 2) */
    pareto(a: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** weibull(a, size=None). @example np.random.default_rng(0).weibull(1.5, 2) */
    weibull(a: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** power(a, size=None). @example np.random.default_rng(0).power(5, 2) */
    power(a: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** rayleigh(scale=1.0, size=None). @example np.random.default_rng(0).rayleigh(2, 3) */
    rayleigh(...args: Args<[ArrayLike, Size], { scale?: ArrayLike; size?: Size }>): Out;
    /** gumbel(loc=0.0, scale=1.0, size=None). @example np.random.default_rng(0).gumbel(0, 1, 3) */
    gumbel(...args: Args<[ArrayLike, ArrayLike, Size], { loc?: ArrayLike; scale?: ArrayLike; size?: Size }>): Out;
    /** wald(mean, scale, size=None). @example np.random.default_rng(0).wald(1, 2, 3) */
    wald(mean: ArrayLike, scale: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** triangular(left, mode, right, size=None). @example np.random.default_rng(0).triangular(0, 1, 3, 2) */
    triangular(left: ArrayLike, mode: ArrayLike, right: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** negative_binomial(n, p, size=None). @example np.random.default_rng(0).negative_binomial(5, 0.5, 3) */
    negative_binomial(n: ArrayLike, p: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** zipf(a, size=None). @example np.random.default_rng(0).zipf(2, 3) */
    zipf(a: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** hypergeometric(ngood, nbad, nsample, size=None). @example np.random.default_rng(0).hypergeometric(15, 15, 10, 3) */
    hypergeometric(ngood: ArrayLike, nbad: ArrayLike, nsample: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
    /** logseries(p, size=None). @example np.random.default_rng(0).logseries(0.6, 3) */
    logseries(p: ArrayLike, ...args: Args<[Size], { size?: Size }>): Out;
  }
}

type Sampler = (bg: BitGen, a: number, b: number, c: number) => number;

/** Defines a method: its fixed leading parameters, trailing optional ones with defaults, and the sampler. */
function define(name: string, required: readonly [string, Cons][], optional: readonly [string, Cons, number][], f: Sampler, discrete = false): void {
  const optNames = optional.map(([n]) => n);
  Object.defineProperty(Generator.prototype, name, {
    configurable: true,
    writable: true,
    value(this: Generator, ...all: unknown[]): Out {
      const req = all.slice(0, required.length);
      const bound = bindArgs(name, [...optNames, "size"], all.slice(required.length));
      const params: Param[] = [
        ...required.map(([n, c], i) => [req[i] as ArrayLike, n, c] as Param),
        ...optional.map(([n, c, d], i) => [(bound[i] ?? d) as ArrayLike, n, c] as Param),
      ];
      return draw(this._bg, f, params, bound[optNames.length] as Size | undefined, discrete);
    },
  });
}

define("chisquare", [["df", Cons.POSITIVE]], [], (bg, df) => D2.chisquare(bg, df));
define("f", [["dfnum", Cons.POSITIVE], ["dfden", Cons.POSITIVE]], [], (bg, a, b) => D2.f(bg, a, b));
define("noncentral_chisquare", [["df", Cons.POSITIVE], ["nonc", Cons.NON_NEGATIVE]], [], (bg, a, b) => D2.noncentralChisquare(bg, a, b));
define("noncentral_f", [["dfnum", Cons.POSITIVE], ["dfden", Cons.POSITIVE], ["nonc", Cons.NON_NEGATIVE]], [], D2.noncentralF);
define("standard_cauchy", [], [], (bg) => D2.standardCauchy(bg));
define("standard_t", [["df", Cons.POSITIVE]], [], (bg, df) => D2.standardT(bg, df));
define("vonmises", [["mu", Cons.NONE], ["kappa", Cons.NON_NEGATIVE]], [], (bg, m, k) => D2.vonmises(bg, m, k));
define("pareto", [["a", Cons.POSITIVE]], [], (bg, a) => D2.pareto(bg, a));
define("weibull", [["a", Cons.NON_NEGATIVE]], [], (bg, a) => D2.weibull(bg, a));
define("power", [["a", Cons.POSITIVE]], [], (bg, a) => D2.power(bg, a));
define("rayleigh", [], [["scale", Cons.NON_NEGATIVE, 1]], (bg, s) => D2.rayleigh(bg, s));
define("gumbel", [], [["loc", Cons.NONE, 0], ["scale", Cons.NON_NEGATIVE, 1]], (bg, l, s) => D2.gumbel(bg, l, s));
define("wald", [["mean", Cons.POSITIVE], ["scale", Cons.POSITIVE]], [], (bg, m, s) => D2.wald(bg, m, s));
define("zipf", [["a", Cons.GT_1]], [], (bg, a) => D2.zipf(bg, a), true);
define("logseries", [["p", Cons.BOUNDED_LT_0_1]], [], (bg, p) => D2.logseries(bg, p), true);

/**
 * triangular(left, mode, right, size) for Generator and RandomState alike (NumPy's two APIs share
 * the algorithm and the checks).
 */
export function triangular(bg: BitGen, left: ArrayLike, mode: ArrayLike, right: ArrayLike, args: unknown[]): Out {
  const [size] = bindArgs("triangular", ["size"], args) as [Size | undefined];
  const [l, m, r] = [left, mode, right].map((x) => asArray(x).astype("float64")) as [NDArray, NDArray, NDArray];
  // NumPy compares the parameters pairwise (np.greater / np.equal, broadcasting).
  if (any(greater(l, m))) throw new ValueError("left > mode");
  if (any(greater(m, r))) throw new ValueError("mode > right");
  if (any(equal(l, r))) throw new ValueError("left == right");
  return draw(bg, D2.triangular, [[l, "", Cons.NONE], [m, "", Cons.NONE], [r, "", Cons.NONE]], size);
}

Object.defineProperty(Generator.prototype, "triangular", {
  configurable: true,
  writable: true,
  value(this: Generator, left: ArrayLike, mode: ArrayLike, right: ArrayLike, ...args: unknown[]): Out {
    return triangular(this._bg, left, mode, right, args);
  },
});

Object.defineProperty(Generator.prototype, "negative_binomial", {
  configurable: true,
  writable: true,
  value(this: Generator, n: ArrayLike, p: ArrayLike, ...args: unknown[]): Out {
    const [size] = bindArgs("negative_binomial", ["size"], args) as [Size | undefined];
    const na = asArray(n);
    const pa = asArray(p);
    const tooBig = (nn: number, pp: number): boolean => ((1 - pp) / pp) * (nn + 10 * Math.sqrt(nn)) > POISSON_LAM_MAX;
    const msg = "n too large or p too small, see Generator.negative_binomial Notes";
    if (na.ndim === 0 && pa.ndim === 0) {
      const nn = Number(na.item());
      const pp = Number(pa.item());
      checkConstraint(nn, "n", Cons.POSITIVE_NOT_NAN);
      checkConstraint(pp, "p", Cons.BOUNDED_GT_0_1);
      if (tooBig(nn, pp)) throw new ValueError(msg);
    } else {
      checkArrayConstraint(broadcastValues(na, na.shape), "n", Cons.POSITIVE_NOT_NAN);
      checkArrayConstraint(broadcastValues(pa, pa.shape), "p", Cons.BOUNDED_GT_0_1);
    }
    return draw(this._bg, (bg, a, b) => {
      if (tooBig(a, b)) throw new ValueError(msg);
      return D2.negativeBinomial(bg, a, b);
    }, [[na, "n", Cons.NONE], [pa, "p", Cons.NONE]], size, true);
  },
});

Object.defineProperty(Generator.prototype, "hypergeometric", {
  configurable: true,
  writable: true,
  value(this: Generator, ngood: ArrayLike, nbad: ArrayLike, nsample: ArrayLike, ...args: unknown[]): Out {
    const [size] = bindArgs("hypergeometric", ["size"], args) as [Size | undefined];
    const arrs = [ngood, nbad, nsample].map((x) => asArray(x)) as [NDArray, NDArray, NDArray];
    for (const a of arrs) {
      if (a._dt.kind === "f" && !(a.ravel().tolist() as number[]).every(Number.isInteger)) {
        throw new NumpyTypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
      }
    }
    const [g, b] = arrs.map((a) => broadcastValues(a, a.shape)) as [Float64Array, Float64Array];
    if (g.some((v) => v >= 1e9) || b.some((v) => v >= 1e9)) throw new ValueError("both ngood and nbad must be less than 1000000000");
    const [bg3, bb3, bn3] = arrs.map((a) => broadcastValues(a, multiIterShape(arrs.map((x) => x.shape)))) as [Float64Array, Float64Array, Float64Array];
    for (let i = 0; i < bg3.length; i++) if (bg3[i]! + bb3[i]! < bn3[i]!) throw new ValueError("ngood + nbad < nsample");
    return draw(this._bg, (bg, x, y, z) => hypergeometric(bg, x, y, z),
      [[arrs[0], "ngood", Cons.NON_NEGATIVE], [arrs[1], "nbad", Cons.NON_NEGATIVE], [arrs[2], "nsample", Cons.NON_NEGATIVE]], size, true);
  },
});
