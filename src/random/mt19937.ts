/**
 * The Mersenne Twister (MT19937) behind NumPy's legacy RandomState, with NumPy's legacy seeding:
 * an integer seed through init_genrand (Knuth's multiplier 1812433253), an array seed through
 * init_by_array, and no seed through the OS entropy (first word 0x80000000). 53-bit doubles are
 * (a >> 5) * 2^26 + (b >> 6) over 2^53, as NumPy's mt19937_next_double.
 *
 * @example
 * const mt = new np.random.MT19937(); mt._legacy_seeding(0); mt.random_raw() // 2357136044n
 */
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import type { BitGen } from "./bitgen.js";
import { toSeedSequence, type SeedLike } from "./pcg64.js";
import type { SeedSequence } from "./seedsequence.js";
import { rawDraws, type RawArgs } from "./raw.js";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;

/** MT19937's state dict, as NumPy's `bit_generator.state`. */
export interface MT19937State {
  bit_generator: "MT19937";
  state: { key: Uint32Array; pos: number };
}

/**
 * numpy.random.MT19937(seed=None). Constructed with a seed it is seeded through SeedSequence as
 * NumPy's MT19937 is; RandomState and np.random.seed use `_legacy_seeding` instead.
 * @example new np.random.MT19937(0).nextUint32() // 2058676884, as NumPy's MT19937(0).random_raw()
 */
export class MT19937 implements BitGen {
  readonly w = new Uint32Array(2);
  private readonly key = new Uint32Array(N);
  private pos = N;
  seed_seq: SeedSequence | null;

  constructor(seed?: SeedLike) {
    this.seed_seq = toSeedSequence(seed);
    const w = this.seed_seq._words(N);
    // As NumPy's _reset_state: the first word forced non-zero (MSB set).
    this.key.set(w);
    this.key[0] = 0x80000000;
    // NumPy leaves pos at 623 here (its loop variable), so the first draw tempers key[623].
    this.pos = N - 1;
  }

  /** init_genrand(s). */
  private initGenrand(s: number): void {
    const mt = this.key;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0;
    }
    this.pos = N;
  }

  /** init_by_array(key). */
  private initByArray(init: Uint32Array | number[]): void {
    const mt = this.key;
    const len = init.length;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = N > len ? N : len; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1664525)) + init[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.pos = N;
  }

  /**
   * NumPy's MT19937._legacy_seeding(seed): an int in [0, 2**32-1], a 1-d array of them, or
   * null (fresh OS entropy).
   */
  _legacy_seeding(seed: unknown): void {
    if (seed == null) {
      const fresh = toSeedSequence(null)._words(N);
      this.key.set(fresh);
      this.key[0] = 0x80000000;
      this.pos = N;
    } else if (typeof seed === "number" || typeof seed === "bigint" || typeof seed === "boolean" || (seed instanceof NDArray && seed.size === 1 && seed.ndim === 0)) {
      const v = seed instanceof NDArray ? seed.item() : seed;
      if (typeof v === "number" && !Number.isInteger(v)) throw new NumpyTypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
      const b = BigInt(v as number | bigint | boolean);
      if (b > 4294967295n || b < 0n) throw new ValueError("Seed must be between 0 and 2**32 - 1");
      this.initGenrand(Number(b));
    } else {
      const items = seed instanceof NDArray ? seed.tolist() : seed;
      if (!Array.isArray(items)) throw new NumpyTypeError(`Cannot interpret ${String(seed)} as a seed`);
      if (items.length === 0) throw new ValueError("Seed must be non-empty");
      if (items.some((x) => Array.isArray(x))) throw new ValueError("Seed array must be 1-d");
      const words = items.map((x) => {
        if (typeof x === "number" && !Number.isInteger(x)) throw new NumpyTypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
        const b = BigInt(x as number | bigint | boolean);
        if (b > 4294967295n || b < 0n) throw new ValueError("Seed must be between 0 and 2**32 - 1");
        return Number(b);
      });
      this.initByArray(words);
    }
    this.seed_seq = null;
  }

  private generate(): void {
    const mt = this.key;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
      mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
      mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[N - 1]! & 0x80000000) | (mt[0]! & 0x7fffffff);
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.pos = 0;
  }

  /** The next tempered 32-bit output. */
  nextUint32(): number {
    if (this.pos === N) this.generate();
    let y = this.key[this.pos++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Two 32-bit outputs, the first the high half (NumPy's mt19937_next64). */
  next64(): void {
    this.w[1] = this.nextUint32();
    this.w[0] = this.nextUint32();
  }

  /** n doubles as n nextDouble() calls, with the tempering inlined. */
  fillDoubles(out: Float64Array, at: number, n: number): void {
    const mt = this.key;
    let pos = this.pos;
    for (let i = 0; i < n; i++) {
      if (pos === N) {
        this.generate();
        pos = 0;
      }
      let a = mt[pos++]!;
      a ^= a >>> 11;
      a ^= (a << 7) & 0x9d2c5680;
      a ^= (a << 15) & 0xefc60000;
      a ^= a >>> 18;
      if (pos === N) {
        this.generate();
        pos = 0;
      }
      let b = mt[pos++]!;
      b ^= b >>> 11;
      b ^= (b << 7) & 0x9d2c5680;
      b ^= (b << 15) & 0xefc60000;
      b ^= b >>> 18;
      out[at + i] = ((a >>> 5) * 67108864 + (b >>> 6)) / 9007199254740992;
    }
    this.pos = pos;
  }

  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * Raw 32-bit draws (as NumPy, widened to uint64): one bigint, or a uint64 array of `size`.
   * @example const mt = new np.random.MT19937(0); typeof mt.random_raw() // "bigint"
   */
  random_raw(...args: RawArgs): bigint | NDArray | null {
    return rawDraws(args, () => BigInt(this.nextUint32()));
  }

  /** The state as NumPy's dict {bit_generator: "MT19937", state: {key, pos}}. */
  get state(): MT19937State {
    return { bit_generator: "MT19937", state: { key: this.key.slice(), pos: this.pos } };
  }

  set state(value: MT19937State) {
    if (typeof value !== "object" || value === null) throw new NumpyTypeError("state must be a dict");
    if (value.bit_generator !== "MT19937") throw new ValueError("state must be for a MT19937 PRNG");
    const key = value.state.key;
    if (key.length !== N) throw new ValueError("state must be 624 elements");
    for (let i = 0; i < N; i++) this.key[i] = Number(key[i]!) >>> 0;
    this.pos = value.state.pos;
  }
}
