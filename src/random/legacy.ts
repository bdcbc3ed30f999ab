/**
 * numpy.random.RandomState, the legacy API on MT19937 with NumPy's legacy seeding and samplers
 * (polar Box-Muller gauss with its cached second value, -log(1 - U) exponentials, masked
 * rejection for randint), and the np.random.* module functions that draw from one global
 * RandomState (np.random.seed(0); np.random.rand(3)).
 *
 * @example
 * np.random.seed(0);
 * np.random.rand(2).tolist() // [0.5488135039273248, 0.7151893663724908]
 */
import { bindArgs, noOptions, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { FLOAT64, INT64, UINT32, type DTypeLike } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, type NDArray } from "../core/ndarray.js";
import { warn } from "../core/warnings.js";
import type { ShapeLike } from "../core/shape.js";
import * as D from "./distributions.js";
import { Cons, draw, freshOut, sizeShape } from "./common.js";
import { boundedIntegers, integerDType } from "./integers.js";
import { choice, permutation } from "./choice.js";
import { shuffleArray } from "./shuffle.js";
import { uniformDraw } from "./generator.js";
import { MT19937, type MT19937State } from "./mt19937.js";

type Size = ShapeLike | null;

/** get_state()'s legacy tuple: ["MT19937", key, pos, has_gauss, cached_gaussian]. */
export type LegacyTuple = [string, NDArray, number, number, number];

/** The legacy state tuple/dict of get_state(). */
export interface LegacyState {
  bit_generator: "MT19937";
  state: { key: Uint32Array; pos: number };
  has_gauss: number;
  gauss: number;
}

/**
 * numpy.random.RandomState(seed=None): MT19937 seeded the legacy way.
 * @example new np.random.RandomState(0).randint(10, { size: 3 }).tolist() // [5, 0, 3]
 */
export class RandomState {
  /** @internal */
  _bg: MT19937;
  /** @internal The cached second value of the polar method. */
  readonly _cache: D.GaussCache = { has_gauss: false, gauss: 0 };

  constructor(seed?: unknown) {
    if (seed instanceof MT19937) {
      this._bg = seed;
      return;
    }
    this._bg = new MT19937(null);
    if (seed != null) this._bg._legacy_seeding(seed);
  }

  /** Python's repr without the address: "RandomState(MT19937)". */
  toString(): string {
    return "RandomState(MT19937)";
  }

  /** Re-seeds as NumPy's RandomState.seed (legacy seeding; the cached gauss is dropped). */
  seed(seed?: unknown): void {
    this._bg._legacy_seeding(seed ?? null);
    this._cache.has_gauss = false;
    this._cache.gauss = 0;
  }

  /**
   * The state, as NumPy's get_state(legacy=True): the tuple ["MT19937", key (uint32 array), pos,
   * has_gauss, cached_gaussian]; with `{legacy: false}` the dict {bit_generator, state: {key, pos},
   * has_gauss, gauss}.
   * @example new np.random.RandomState(0).get_state()[2] // 624
   */
  get_state(...args: Args<[boolean], { legacy?: boolean }>): LegacyTuple | LegacyState {
    const [legacy] = bindArgs("get_state", ["legacy"], args) as [boolean | undefined];
    const s = this._bg.state;
    const hasGauss = this._cache.has_gauss ? 1 : 0;
    if (legacy ?? true) {
      const key = emptyArray(UINT32, [624]);
      (key._storage.region.view(UINT32) as Uint32Array).set(s.state.key, key._ptr >> 2);
      return ["MT19937", key, s.state.pos, hasGauss, this._cache.gauss];
    }
    return { bit_generator: "MT19937", state: s.state, has_gauss: hasGauss, gauss: this._cache.gauss };
  }

  /**
   * Restores a get_state() tuple or dict, as NumPy's set_state.
   * @example const rs = new np.random.RandomState(0); rs.set_state(rs.get_state())
   */
  set_state(state: LegacyTuple | LegacyState): void {
    if (Array.isArray(state)) {
      const [name, key, pos, hasGauss, gauss] = state as unknown as [string, NDArray | ArrayLike, number, number?, number?];
      if (name !== "MT19937") throw new ValueError("set_state can only be used with legacy MT19937 state instances.");
      const words = Uint32Array.from((key instanceof Object && "tolist" in key ? (key as NDArray).tolist() : key) as number[]);
      this._bg.state = { bit_generator: "MT19937", state: { key: words, pos } };
      this._cache.has_gauss = Boolean(hasGauss ?? 0);
      this._cache.gauss = gauss ?? 0;
      return;
    }
    this._bg.state = { bit_generator: "MT19937", state: state.state } as MT19937State;
    this._cache.has_gauss = Boolean(state.has_gauss);
    this._cache.gauss = state.gauss ?? 0;
  }

  /** Floats in [0, 1): random_sample(size=None). @example new np.random.RandomState(0).random_sample() // 0.5488135039273248 */
  random_sample(...args: Args<[Size], { size?: Size }>): number | NDArray {
    const [size] = bindArgs("random_sample", ["size"], args) as [Size | undefined];
    const shape = sizeShape(size);
    const bg = this._bg;
    if (shape === null) return bg.nextDouble();
    const { arr, view, at } = freshOut(FLOAT64, shape);
    bg.fillDoubles(view, at, arr.size);
    return arr;
  }

  /** Alias of random_sample. @example new np.random.RandomState(0).random(2).shape // [2] */
  random(...args: Args<[Size], { size?: Size }>): number | NDArray {
    return this.random_sample(...args);
  }

  /** rand(d0, d1, ...): uniform floats of that shape. @example new np.random.RandomState(0).rand(2, 3).shape // [2, 3] */
  rand(...dims: number[]): number | NDArray {
    noOptions("rand", dims);
    return dims.length === 0 ? this.random_sample() : this.random_sample(dims);
  }

  /** randn(d0, d1, ...): standard normals (legacy gauss). @example new np.random.RandomState(0).randn() // 1.764052345967664 */
  randn(...dims: number[]): number | NDArray {
    noOptions("randn", dims);
    return dims.length === 0 ? this.standard_normal() : this.standard_normal(dims);
  }

  /** standard_normal(size=None), the polar method. @example new np.random.RandomState(0).standard_normal(2).shape // [2] */
  standard_normal(...args: Args<[Size], { size?: Size }>): number | NDArray {
    const [size] = bindArgs("standard_normal", ["size"], args) as [Size | undefined];
    const shape = sizeShape(size);
    if (shape === null) return D.legacyGauss(this._bg, this._cache);
    const { arr, view, at } = freshOut(FLOAT64, shape);
    const bg = this._bg;
    const cache = this._cache;
    for (let i = 0, n = arr.size; i < n; i++) view[at + i] = D.legacyGauss(bg, cache);
    return arr;
  }

  /** normal(loc=0.0, scale=1.0, size=None). @example new np.random.RandomState(0).normal(5, 2) // 8.528104691935328 */
  normal(...args: Args<[ArrayLike, ArrayLike, Size], { loc?: ArrayLike; scale?: ArrayLike; size?: Size }>): number | NDArray {
    const [loc, scale, size] = bindArgs("normal", ["loc", "scale", "size"], args) as [ArrayLike | undefined, ArrayLike | undefined, Size | undefined];
    return draw(this._bg, (bg, a, b) => a + b * D.legacyGauss(bg, this._cache), [[loc ?? 0, "", Cons.NONE], [scale ?? 1, "scale", Cons.NON_NEGATIVE]], size);
  }

  /** uniform(low=0.0, high=1.0, size=None). @example new np.random.RandomState(0).uniform(1, 2, 2).shape // [2] */
  uniform(...args: Args<[ArrayLike, ArrayLike, Size], { low?: ArrayLike; high?: ArrayLike; size?: Size }>): number | NDArray {
    const [low, high, size] = bindArgs("uniform", ["low", "high", "size"], args) as [ArrayLike | undefined, ArrayLike | undefined, Size | undefined];
    return uniformDraw(this._bg, low ?? 0, high ?? 1, size, "", "Range exceeds valid bounds", "Range exceeds valid bounds", Cons.NONE);
  }

  /** standard_exponential(size=None): -log(1 - U). @example new np.random.RandomState(0).standard_exponential(2).shape // [2] */
  standard_exponential(...args: Args<[Size], { size?: Size }>): number | NDArray {
    const [size] = bindArgs("standard_exponential", ["size"], args) as [Size | undefined];
    return draw(this._bg, (bg) => D.legacyExponential(bg), [], size);
  }

  /** exponential(scale=1.0, size=None). @example new np.random.RandomState(0).exponential(2, 2).shape // [2] */
  exponential(...args: Args<[ArrayLike, Size], { scale?: ArrayLike; size?: Size }>): number | NDArray {
    const [scale, size] = bindArgs("exponential", ["scale", "size"], args) as [ArrayLike | undefined, Size | undefined];
    return draw(this._bg, (bg, s) => s * D.legacyExponential(bg), [[scale ?? 1, "scale", Cons.NON_NEGATIVE]], size);
  }

  /**
   * randint(low, high=None, size=None, dtype=int): masked rejection sampling, as NumPy's legacy.
   * @example new np.random.RandomState(0).randint(0, 10, 3).tolist() // [5, 0, 3]
   */
  randint(...args: Args<[ArrayLike, ArrayLike | null, Size, DTypeLike], { low?: ArrayLike; high?: ArrayLike | null; size?: Size; dtype?: DTypeLike }>): number | bigint | boolean | NDArray {
    const [low, high, size, dtype] = bindArgs("randint", ["low", "high", "size", "dtype"], args) as [ArrayLike | undefined, ArrayLike | null | undefined, Size | undefined, DTypeLike | undefined];
    if (low === undefined) throw new NumpyTypeError("randint() takes at least 1 positional argument (0 given)");
    const [lo, hi] = high == null ? [0, low] : [low, high];
    return boundedIntegers(this._bg, lo, hi, size, integerDType(dtype ?? INT64.name, "randint"), true, false);
  }

  /**
   * random_integers(low, high=None, size=None): integers in [low, high] (deprecated in NumPy,
   * with its DeprecationWarning).
   * @example new np.random.RandomState(0).random_integers(1, 6, 3) // as NumPy's
   */
  random_integers(low: ArrayLike, ...args: Args<[ArrayLike | null, Size], { high?: ArrayLike | null; size?: Size }>): number | bigint | boolean | NDArray {
    const [high, size] = bindArgs("random_integers", ["high", "size"], args) as [ArrayLike | null | undefined, Size | undefined];
    const fmt = (v: ArrayLike): string => (typeof v === "number" || typeof v === "bigint" ? String(v) : String(v));
    let lo: ArrayLike = low;
    let hi: ArrayLike;
    if (high == null) {
      warn(`This function is deprecated. Please call randint(1, ${fmt(low)} + 1) instead`, "DeprecationWarning");
      hi = low;
      lo = 1;
    } else {
      warn(`This function is deprecated. Please call randint(${fmt(low)}, ${fmt(high)} + 1) instead`, "DeprecationWarning");
      hi = high;
    }
    if (typeof hi !== "number" && typeof hi !== "bigint") throw new NumpyTypeError("only integer scalar high is supported by random_integers");
    const hiPlus = typeof hi === "bigint" ? hi + 1n : Math.trunc(hi) + 1;
    return boundedIntegers(this._bg, lo, hiPlus, size, INT64, true, false);
  }

  /**
   * tomaxint(size=None): non-negative int64 values (a 64-bit draw shifted right by one).
   * @example typeof new np.random.RandomState(0).tomaxint() // "bigint" (most values exceed 2**53)
   */
  tomaxint(...args: Args<[Size], { size?: Size }>): number | bigint | NDArray {
    const [size] = bindArgs("tomaxint", ["size"], args) as [Size | undefined];
    const bg = this._bg;
    const one = (): bigint => {
      bg.next64();
      return ((BigInt(bg.w[1]!) << 32n) | BigInt(bg.w[0]!)) >> 1n;
    };
    const shape = sizeShape(size);
    if (shape === null) {
      const v = one();
      return v <= 2n ** 53n ? Number(v) : v;
    }
    const arr = emptyArray(INT64, shape);
    const view = arr._storage.region.view(INT64) as BigInt64Array;
    const at = arr._ptr >> 3;
    for (let i = 0; i < arr.size; i++) view[at + i] = one();
    return arr;
  }

  /**
   * bytes(length): random bytes from uint32 randint draws, little-endian, as NumPy's.
   * @example new np.random.RandomState(0).bytes(4).length // 4
   */
  bytes(length: number): Uint8Array {
    const nWords = Math.floor((length - 1) / 4) + 1;
    const w = (this.randint(0, 4294967296, nWords, "uint32") as NDArray).tolist() as number[];
    const out = new Uint8Array(nWords * 4);
    for (let i = 0; i < nWords; i++) for (let k = 0; k < 4; k++) out[4 * i + k] = (w[i]! >>> (8 * k)) & 0xff;
    return out.slice(0, Math.max(length, 0));
  }

  /** choice(a, size=None, replace=True, p=None). @example new np.random.RandomState(0).choice(5, 3).tolist() // [4, 0, 3] */
  choice(a: ArrayLike, ...args: Args<[Size, boolean, ArrayLike | null], { size?: Size; replace?: boolean; p?: ArrayLike | null }>): unknown {
    const [size, replace, p] = bindArgs("choice", ["size", "replace", "p"], args) as [Size | undefined, boolean | undefined, ArrayLike | null | undefined];
    return choice(this, a, size ?? null, replace ?? true, p ?? null, 0, true, true);
  }

  /** shuffle(x): in place along the first axis. @example new np.random.RandomState(0).shuffle(np.arange(4)) */
  shuffle(x: NDArray | unknown[]): void {
    if (arguments.length > 1) throw new NumpyTypeError("shuffle() takes exactly one argument");
    shuffleArray(this._bg, x, 0);
  }

  /** permutation(x). @example new np.random.RandomState(0).permutation(4).shape // [4] */
  permutation(x: ArrayLike): NDArray {
    return permutation(this._bg, x, 0, true);
  }

  /** poisson(lam=1.0, size=None) (NumPy's legacy Poisson is the same algorithm). @example new np.random.RandomState(0).poisson(3, 2).dtype // "int64" */
  poisson(...args: Args<[ArrayLike, Size], { lam?: ArrayLike; size?: Size }>): number | NDArray {
    const [lam, size] = bindArgs("poisson", ["lam", "size"], args) as [ArrayLike | undefined, Size | undefined];
    return draw(this._bg, (bg, l) => D.poisson(bg, l), [[lam ?? 1, "lam", Cons.POISSON]], size, true);
  }
}

/** The global RandomState behind np.random.seed, rand, randn, ... (seeded from OS entropy). */
let global: RandomState | null = null;
function g(): RandomState {
  return (global ??= new RandomState());
}

/** np.random.seed(seed=None): re-seeds the global RandomState the legacy way. @example np.random.seed(0) */
export function seed(...args: Args<[unknown], { seed?: unknown }>): void {
  const [s] = bindArgs("seed", ["seed"], args);
  g().seed(s);
}

/** The global RandomState's state (legacy tuple by default). @example np.random.get_state()[0] // "MT19937" */
export function get_state(...args: Args<[boolean], { legacy?: boolean }>): LegacyTuple | LegacyState {
  return g().get_state(...args);
}

/** Restores the global RandomState's state. @example np.random.set_state(np.random.get_state()) */
export function set_state(state: LegacyTuple | LegacyState): void {
  g().set_state(state);
}

/** The global RandomState (np.random.mtrand._rand), created on first use. @example np.random.get_state() */
export function _global(): RandomState {
  return g();
}
