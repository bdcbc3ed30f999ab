/**
 * numpy.random.Generator and default_rng: NumPy's methods over a bit generator (PCG64 by
 * default), drawing in NumPy's order so that the same seed gives the same numbers.
 *
 * @example
 * const rng = np.random.default_rng(42);
 * rng.random() // 0.7739560485559633
 * rng.normal({ size: [3, 2] }).shape // [3, 2]
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { FLOAT32, FLOAT64, resolveDType, type DTypeLike } from "../core/dtype.js";
import { NumpyTypeError, OverflowError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import type { ShapeLike } from "../core/shape.js";
import { asArray } from "../api/creation.js";
import * as D from "./distributions.js";
import { Cons, checkConstraint, checkOut, draw, sizeShape, withStream } from "./common.js";
import { boundedIntegers, integerDType } from "./integers.js";
import { choice, permutation } from "./choice.js";
import { shuffleArray, shuffleLanes } from "./shuffle.js";
import type { BitGen } from "./bitgen.js";
import { PCG64, type SeedLike } from "./pcg64.js";
import { MT19937 } from "./mt19937.js";
import { SFC64 } from "./sfc64.js";
import { exp } from "./libm.js";
import { PCG64DXSM } from "./pcg64dxsm.js";

type Size = ShapeLike | null;

/** float64 / float32 samplers with the `size, dtype, out` signature of random() and friends. */
function fillFloat(bg: BitGen, fn: string, size: Size | undefined, dtype: DTypeLike | null | undefined, out: NDArray | null | undefined,
  f64: (bg: BitGen) => number, f32: (bg: BitGen) => number): number | NDArray {
  const dt = resolveDType((dtype ?? "float64") as DTypeLike);
  if (dt !== FLOAT64 && dt !== FLOAT32) throw new NumpyTypeError(`Unsupported dtype dtype('${dt.name}') for ${fn}`);
  const f = dt === FLOAT64 ? f64 : f32;
  const shape = sizeShape(size);
  if (out == null && shape === null) return f(bg);
  if (out != null) checkOut(out, dt, shape);
  const arr = out ?? emptyArray(dt, shape!);
  const view = arr._storage.region.view(dt) as Float64Array;
  const at = arr._ptr >> dt.shift;
  const n = arr.size;
  if (f === uniform01) bg.fillDoubles(view, at, n);
  else if (f === D.standardNormal) withStream(bg, (s) => {
    for (let i = 0; i < n; i++) view[at + i] = D.standardNormal(s);
  });
  else if (f === D.standardExponential) withStream(bg, (s) => {
    for (let i = 0; i < n; i++) view[at + i] = D.standardExponential(s);
  });
  else withStream(bg, (s) => {
    for (let i = 0; i < n; i++) view[at + i] = f(s);
  });
  return arr;
}

const uniform01 = (bg: BitGen): number => bg.nextDouble();

/**
 * numpy.random.Generator(bit_generator).
 * @example new np.random.Generator(new np.random.PCG64(1)).integers(10) // 4, as NumPy
 */
export class Generator {
  /** The bit generator this Generator draws from. */
  readonly bit_generator: PCG64 | MT19937 | SFC64 | PCG64DXSM;
  /** @internal */
  readonly _bg: BitGen;

  constructor(bit_generator: PCG64 | MT19937 | SFC64 | PCG64DXSM) {
    if (!(bit_generator instanceof PCG64 || bit_generator instanceof MT19937 || bit_generator instanceof SFC64 || bit_generator instanceof PCG64DXSM)) {
      throw new NumpyTypeError("Generator expects a BitGenerator (np.random.PCG64, PCG64DXSM, SFC64 or MT19937)");
    }
    this.bit_generator = bit_generator;
    this._bg = bit_generator;
  }

  /** Python's repr: "Generator(PCG64)". */
  toString(): string {
    return `Generator(${this.bit_generator.constructor.name})`;
  }

  /**
   * Child generators from the bit generator's seed sequence, as NumPy's Generator.spawn.
   * @example np.random.default_rng(1).spawn(2).length // 2
   */
  spawn(n_children: number): Generator[] {
    const bg = this.bit_generator;
    if (bg instanceof MT19937 && bg.seed_seq === null) throw new NumpyTypeError("The underlying SeedSequence does not implement spawning.");
    if (bg instanceof MT19937) return bg.seed_seq!.spawn(n_children).map((s) => new Generator(new MT19937(s)));
    return (bg.spawn(n_children) as (PCG64 | SFC64 | PCG64DXSM)[]).map((b) => new Generator(b));
  }

  /**
   * Floats in [0, 1): random(size=None, dtype=np.float64, out=None).
   * @example np.random.default_rng(42).random(2).tolist() // [0.7739560485559633, 0.4388784397520523]
   */
  random(...args: Args<[Size, DTypeLike], { size?: Size; dtype?: DTypeLike; out?: NDArray | null }>): number | NDArray {
    const [size, dtype, out] = bindArgs("random", ["size", "dtype", "out"], args) as [Size | undefined, DTypeLike | undefined, NDArray | undefined];
    return fillFloat(this._bg, "random", size, dtype, out, uniform01, D.nextFloat);
  }

  /**
   * Standard normal samples (NumPy's ziggurat): standard_normal(size=None, dtype=np.float64, out=None).
   * @example np.random.default_rng(42).standard_normal() // 0.30471707975443135
   */
  standard_normal(...args: Args<[Size, DTypeLike], { size?: Size; dtype?: DTypeLike; out?: NDArray | null }>): number | NDArray {
    const [size, dtype, out] = bindArgs("standard_normal", ["size", "dtype", "out"], args) as [Size | undefined, DTypeLike | undefined, NDArray | undefined];
    return fillFloat(this._bg, "standard_normal", size, dtype, out, D.standardNormal, D.standardNormalF);
  }

  /**
   * standard_exponential(size=None, dtype=np.float64, method='zig', out=None).
   * @example np.random.default_rng(0).standard_exponential(2).shape // [2]
   */
  standard_exponential(...args: Args<[Size, DTypeLike, "zig" | "inv"], { size?: Size; dtype?: DTypeLike; method?: "zig" | "inv"; out?: NDArray | null }>): number | NDArray {
    const [size, dtype, method, out] = bindArgs("standard_exponential", ["size", "dtype", "method", "out"], args) as [Size | undefined, DTypeLike | undefined, string | undefined, NDArray | undefined];
    const m = method ?? "zig";
    if (m === "zig") return fillFloat(this._bg, "standard_exponential", size, dtype, out, D.standardExponential, D.standardExponentialF);
    return fillFloat(this._bg, "standard_exponential", size, dtype, out,
      (bg) => -Math.log1p(-bg.nextDouble()), (bg) => Math.fround(-Math.log1p(-D.nextFloat(bg))));
  }

  /**
   * Random integers from [low, high) (or [low, high] with endpoint): integers(low, high=None,
   * size=None, dtype=np.int64, endpoint=False), Lemire's method as NumPy.
   * @example np.random.default_rng(0).integers(0, 10, 3).tolist() // [8, 6, 5]
   */
  integers(...args: Args<[ArrayLike, ArrayLike | null, Size, DTypeLike, boolean], { low?: ArrayLike; high?: ArrayLike | null; size?: Size; dtype?: DTypeLike; endpoint?: boolean }>): number | bigint | boolean | NDArray {
    const [low, high, size, dtype, endpoint] = bindArgs("integers", ["low", "high", "size", "dtype", "endpoint"], args) as [ArrayLike | undefined, ArrayLike | null | undefined, Size | undefined, DTypeLike | undefined, boolean | undefined];
    if (low === undefined) throw new NumpyTypeError("integers() takes at least 1 positional argument (0 given)");
    const [lo, hi] = high == null ? [0, low] : [low, high];
    return boundedIntegers(this._bg, lo, hi, size, integerDType(dtype, "integers"), false, endpoint ?? false);
  }

  /**
   * Normal samples: normal(loc=0.0, scale=1.0, size=None); loc and scale broadcast.
   * @example np.random.default_rng(42).normal([0, 10], 1).shape // [2]
   */
  normal(...args: Args<[ArrayLike, ArrayLike, Size], { loc?: ArrayLike; scale?: ArrayLike; size?: Size }>): number | NDArray {
    const [loc, scale, size] = bindArgs("normal", ["loc", "scale", "size"], args) as [ArrayLike | undefined, ArrayLike | undefined, Size | undefined];
    const l = loc ?? 0;
    const sc = scale ?? 1;
    if (typeof l === "number" && typeof sc === "number" && size != null) {
      // The scalar-parameter fill as one tight loop (the same draws and arithmetic as draw()).
      checkConstraint(sc, "scale", Cons.NON_NEGATIVE);
      const arr = emptyArray(FLOAT64, sizeShape(size)!);
      const view = arr._storage.region.view(FLOAT64) as Float64Array;
      const at = arr._ptr >> 3;
      const n = arr.size;
      withStream(this._bg, (s) => {
        for (let i = 0; i < n; i++) view[at + i] = l + sc * D.standardNormal(s);
      });
      return arr;
    }
    return draw(this._bg, (bg, a, b) => a + b * D.standardNormal(bg), [[loc ?? 0, "", Cons.NONE], [scale ?? 1, "scale", Cons.NON_NEGATIVE]], size);
  }

  /**
   * Uniform samples on [low, high): uniform(low=0.0, high=1.0, size=None).
   * @example np.random.default_rng(1).uniform(-1, 1, 2).shape // [2]
   */
  uniform(...args: Args<[ArrayLike, ArrayLike, Size], { low?: ArrayLike; high?: ArrayLike; size?: Size }>): number | NDArray {
    const [low, high, size] = bindArgs("uniform", ["low", "high", "size"], args) as [ArrayLike | undefined, ArrayLike | undefined, Size | undefined];
    const lo = low ?? 0;
    const hi = high ?? 1;
    if (typeof lo === "number" && typeof hi === "number" && size != null) {
      const range = hi - lo;
      if (!Number.isFinite(range)) throw new OverflowError("high - low range exceeds valid bounds");
      checkConstraint(range, "high - low", Cons.NON_NEGATIVE);
      const arr = emptyArray(FLOAT64, sizeShape(size)!);
      const view = arr._storage.region.view(FLOAT64) as Float64Array;
      const at = arr._ptr >> 3;
      const n = arr.size;
      this._bg.fillDoubles(view, at, n);
      for (let i = at; i < at + n; i++) view[i] = lo + range * view[i]!;
      return arr;
    }
    return uniformDraw(this._bg, low ?? 0, high ?? 1, size, "high - low", "high - low range exceeds valid bounds", "Range exceeds valid bounds", Cons.NON_NEGATIVE);
  }

  /**
   * exponential(scale=1.0, size=None).
   * @example np.random.default_rng(3).exponential(2, 4).shape // [4]
   */
  exponential(...args: Args<[ArrayLike, Size], { scale?: ArrayLike; size?: Size }>): number | NDArray {
    const [scale, size] = bindArgs("exponential", ["scale", "size"], args) as [ArrayLike | undefined, Size | undefined];
    return draw(this._bg, (bg, s) => s * D.standardExponential(bg), [[scale ?? 1, "scale", Cons.NON_NEGATIVE]], size);
  }

  /**
   * standard_gamma(shape, size=None, dtype=np.float64, out=None).
   * @example np.random.default_rng(0).standard_gamma(2, 3).shape // [3]
   */
  standard_gamma(shape: ArrayLike, ...args: Args<[Size, DTypeLike], { size?: Size; dtype?: DTypeLike; out?: NDArray | null }>): number | NDArray {
    const [size, dtype, out] = bindArgs("standard_gamma", ["size", "dtype", "out"], args) as [Size | undefined, DTypeLike | undefined, NDArray | undefined];
    const dt = resolveDType((dtype ?? "float64") as DTypeLike);
    if (dt !== FLOAT64 && dt !== FLOAT32) throw new NumpyTypeError(`Unsupported dtype dtype('${dt.name}') for standard_gamma`);
    if (out != null) checkOut(out, dt, sizeShape(size), true);
    const sampler = dt === FLOAT64 ? (bg: BitGen, k: number) => D.standardGamma(bg, k) : (bg: BitGen, k: number) => D.standardGammaF(bg, k);
    const r = draw(this._bg, sampler, [[shape, "shape", Cons.NON_NEGATIVE]], out ? (out.shape as number[]) : size);
    const res = dt === FLOAT32 && r instanceof NDArray ? r.astype("float32") : r;
    if (out) {
      out.set("...", res as NDArray);
      return out;
    }
    return res;
  }

  /**
   * gamma(shape, scale=1.0, size=None).
   * @example np.random.default_rng(0).gamma(2, 2, 3).shape // [3]
   */
  gamma(shape: ArrayLike, ...args: Args<[ArrayLike, Size], { scale?: ArrayLike; size?: Size }>): number | NDArray {
    const [scale, size] = bindArgs("gamma", ["scale", "size"], args) as [ArrayLike | undefined, Size | undefined];
    return draw(this._bg, (bg, k, s) => s * D.standardGamma(bg, k), [[shape, "shape", Cons.NON_NEGATIVE], [scale ?? 1, "scale", Cons.NON_NEGATIVE]], size);
  }

  /**
   * beta(a, b, size=None).
   * @example np.random.default_rng(0).beta(0.5, 0.5, 3).shape // [3]
   */
  beta(a: ArrayLike, b: ArrayLike, ...args: Args<[Size], { size?: Size }>): number | NDArray {
    const [size] = bindArgs("beta", ["size"], args) as [Size | undefined];
    return draw(this._bg, (bg, x, y) => D.beta(bg, x, y), [[a, "a", Cons.POSITIVE], [b, "b", Cons.POSITIVE]], size);
  }

  /**
   * lognormal(mean=0.0, sigma=1.0, size=None).
   * @example np.random.default_rng(0).lognormal(0, 1, 2).shape // [2]
   */
  lognormal(...args: Args<[ArrayLike, ArrayLike, Size], { mean?: ArrayLike; sigma?: ArrayLike; size?: Size }>): number | NDArray {
    const [mean, sigma, size] = bindArgs("lognormal", ["mean", "sigma", "size"], args) as [ArrayLike | undefined, ArrayLike | undefined, Size | undefined];
    return draw(this._bg, (bg, m, s) => exp(m + s * D.standardNormal(bg)), [[mean ?? 0, "mean", Cons.NONE], [sigma ?? 1, "sigma", Cons.NON_NEGATIVE]], size);
  }

  /**
   * laplace(loc=0.0, scale=1.0, size=None).
   * @example np.random.default_rng(0).laplace(0, 1, 2).shape // [2]
   */
  laplace(...args: Args<[ArrayLike, ArrayLike, Size], { loc?: ArrayLike; scale?: ArrayLike; size?: Size }>): number | NDArray {
    const [loc, scale, size] = bindArgs("laplace", ["loc", "scale", "size"], args) as [ArrayLike | undefined, ArrayLike | undefined, Size | undefined];
    return draw(this._bg, D.laplace, [[loc ?? 0, "loc", Cons.NONE], [scale ?? 1, "scale", Cons.NON_NEGATIVE]], size);
  }

  /**
   * logistic(loc=0.0, scale=1.0, size=None).
   * @example np.random.default_rng(0).logistic(0, 1, 2).shape // [2]
   */
  logistic(...args: Args<[ArrayLike, ArrayLike, Size], { loc?: ArrayLike; scale?: ArrayLike; size?: Size }>): number | NDArray {
    const [loc, scale, size] = bindArgs("logistic", ["loc", "scale", "size"], args) as [ArrayLike | undefined, ArrayLike | undefined, Size | undefined];
    return draw(this._bg, D.logistic, [[loc ?? 0, "loc", Cons.NONE], [scale ?? 1, "scale", Cons.NON_NEGATIVE]], size);
  }

  /**
   * poisson(lam=1.0, size=None): int64 counts.
   * @example np.random.default_rng(0).poisson(3, 4).dtype // "int64"
   */
  poisson(...args: Args<[ArrayLike, Size], { lam?: ArrayLike; size?: Size }>): number | NDArray {
    const [lam, size] = bindArgs("poisson", ["lam", "size"], args) as [ArrayLike | undefined, Size | undefined];
    return draw(this._bg, (bg, l) => D.poisson(bg, l), [[lam ?? 1, "lam", Cons.POISSON]], size, true);
  }

  /**
   * binomial(n, p, size=None): int64 counts.
   * @example np.random.default_rng(0).binomial(10, 0.5, 3).dtype // "int64"
   */
  binomial(n: ArrayLike, p: ArrayLike, ...args: Args<[Size], { size?: Size }>): number | NDArray {
    const [size] = bindArgs("binomial", ["size"], args) as [Size | undefined];
    const na = asArray(n);
    if (na._dt.kind === "f" && !(na.ravel().tolist() as number[]).every(Number.isInteger)) {
      throw new NumpyTypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
    }
    const state = D.newBinomialState();
    return draw(this._bg, (bg, pp, nn) => D.binomial(bg, pp, nn, state), [[p, "p", Cons.BOUNDED_0_1], [na, "n", Cons.NON_NEGATIVE]], size, true);
  }

  /**
   * geometric(p, size=None): trials to the first success, int64.
   * @example np.random.default_rng(0).geometric(0.25, 3).dtype // "int64"
   */
  geometric(p: ArrayLike, ...args: Args<[Size], { size?: Size }>): number | NDArray {
    const [size] = bindArgs("geometric", ["size"], args) as [Size | undefined];
    return draw(this._bg, (bg, pp) => D.geometric(bg, pp), [[p, "p", Cons.BOUNDED_GT_0_1]], size, true);
  }

  /**
   * choice(a, size=None, replace=True, p=None, axis=0, shuffle=True).
   * @example np.random.default_rng(0).choice(5, 3, false).tolist() // [3, 4, 2], as NumPy
   */
  choice(a: ArrayLike, ...args: Args<[Size, boolean, ArrayLike | null, number, boolean], { size?: Size; replace?: boolean; p?: ArrayLike | null; axis?: number; shuffle?: boolean }>): unknown {
    const [size, replace, p, axis, shuffle] = bindArgs("choice", ["size", "replace", "p", "axis", "shuffle"], args) as [Size | undefined, boolean | undefined, ArrayLike | null | undefined, number | undefined, boolean | undefined];
    return choice(this, a, size ?? null, replace ?? true, p ?? null, axis ?? 0, shuffle ?? true, false);
  }

  /**
   * Shuffles an array in place along `axis`: shuffle(x, axis=0).
   * @example const a = np.arange(5); np.random.default_rng(0).shuffle(a)
   */
  shuffle(x: NDArray | unknown[], ...args: Args<[number], { axis?: number }>): void {
    const [axis] = bindArgs("shuffle", ["axis"], args) as [number | undefined];
    shuffleArray(this._bg, x, axis ?? 0);
  }

  /**
   * A permuted copy (or a permuted np.arange(x) for an integer): permutation(x, axis=0).
   * @example np.random.default_rng(0).permutation(5).shape // [5]
   */
  permutation(x: ArrayLike, ...args: Args<[number], { axis?: number }>): NDArray {
    const [axis] = bindArgs("permutation", ["axis"], args) as [number | undefined];
    return permutation(this._bg, x, axis ?? 0, false);
  }

  /**
   * Each slice along `axis` shuffled independently (the flattened array for axis None):
   * permuted(x, *, axis=None, out=None).
   * @example np.random.default_rng(0).permuted(np.arange(6).reshape(2, 3), { axis: 1 }).shape // [2, 3]
   */
  permuted(x: ArrayLike, ...args: Args<[], { axis?: number | null; out?: NDArray | null }>): NDArray {
    const [axis, out] = bindArgs("permuted", [], args, ["axis", "out"]) as [number | null | undefined, NDArray | null | undefined];
    const xa = asArray(x);
    let target: NDArray;
    if (out == null) target = xa.copy("K");
    else {
      if (!(out instanceof NDArray)) throw new NumpyTypeError("out must be a numpy array");
      if (!out._writeable) throw new ValueError("out is read-only");
      if (out.ndim !== xa.ndim || out.shape.some((d, i) => d !== xa.shape[i])) throw new ValueError("out must have the same shape as x");
      out.set("...", xa);
      target = out;
    }
    if (axis == null) {
      const flat = target._contiguous ? target.reshape(-1) : null;
      if (flat && flat._storage === target._storage) {
        shuffleArray(this._bg, flat, 0);
      } else {
        const tmp = target.flatten();
        shuffleArray(this._bg, tmp, 0);
        target.set("...", tmp.reshape(target.shape as number[]));
      }
      return target;
    }
    shuffleLanes(this._bg, target, axis);
    return target;
  }
}

/** NumPy's uniform for Generator and RandomState: low + (high - low) * U. */
export function uniformDraw(bg: BitGen, low: ArrayLike, high: ArrayLike, size: Size | undefined, rangeName: string, scalarMsg: string, arrayMsg: string, cons: Cons): number | NDArray {
  const la = asArray(low);
  const ha = asArray(high);
  if (la.ndim === 0 && ha.ndim === 0) {
    const l = Number(la.item());
    const r = Number(ha.item()) - l;
    if (!Number.isFinite(r)) throw new OverflowError(scalarMsg);
    return draw(bg, (g, a, b) => a + b * g.nextDouble(), [[l, "", Cons.NONE], [r, rangeName, cons]], size);
  }
  const range = ha.astype("float64").subtract(la.astype("float64")) as NDArray;
  if (!(range.ravel().tolist() as number[]).every(Number.isFinite)) throw new OverflowError(arrayMsg);
  return draw(bg, (g, a, b) => a + b * g.nextDouble(), [[la, "", Cons.NONE], [range, rangeName, cons]], size);
}

/**
 * A Generator on PCG64, as numpy.random.default_rng(seed=None): an int (any size, or a bigint), a
 * sequence of ints, a SeedSequence, a bit generator, or a Generator (returned as is).
 * @example np.random.default_rng(42).random() // 0.7739560485559633
 */
export function default_rng(...args: Args<[SeedLike | PCG64 | MT19937 | SFC64 | PCG64DXSM | Generator], { seed?: SeedLike | PCG64 | MT19937 | SFC64 | PCG64DXSM | Generator }>): Generator {
  const [seed] = bindArgs("default_rng", ["seed"], args) as [SeedLike | PCG64 | MT19937 | SFC64 | PCG64DXSM | Generator | undefined];
  if (seed instanceof Generator) return seed;
  if (seed instanceof PCG64 || seed instanceof MT19937 || seed instanceof SFC64 || seed instanceof PCG64DXSM) return new Generator(seed);
  return new Generator(new PCG64(seed as SeedLike));
}
