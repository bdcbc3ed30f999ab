/**
 * numpy.random.SeedSequence: O'Neill's seed_seq design as NumPy implements it (a 4-word pool
 * filled by hashmix of the entropy words, mixed all-to-all, then any further entropy mixed in;
 * generate_state runs a second hash over the pool). Integer entropy, bigints of any size and
 * sequences of them are split into 32-bit words, lowest first, exactly as NumPy does, so
 * `default_rng(seed)` starts from NumPy's state.
 *
 * @example
 * new np.random.SeedSequence(42).generate_state(2).tolist() // [3444837047, 2669555309]
 */
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { bindArgs } from "../core/args.js";
import { pyFloatRepr } from "../print/formatters.js";
import { resolveDType, UINT32, UINT64, type DTypeLike } from "../core/dtype.js";
import { emptyArray, NDArray } from "../core/ndarray.js";

const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const DEFAULT_POOL_SIZE = 4;

/** Entropy as NumPy takes it: a non-negative integer or a flat sequence of them. */
export type Entropy = number | bigint | readonly (number | bigint)[] | NDArray;

/** 128 bits (or `words` 32-bit words) from the platform's cryptographic source, as a bigint. */
export function osEntropy(words = 4): bigint {
  const buf = new Uint32Array(words);
  globalThis.crypto.getRandomValues(buf);
  let v = 0n;
  for (let i = words - 1; i >= 0; i--) v = (v << 32n) | BigInt(buf[i]!);
  return v;
}

function intWords(n: number | bigint, out: number[]): void {
  if (typeof n === "number") {
    if (!Number.isInteger(n)) throw new NumpyTypeError("SeedSequence expects int or sequence of ints for entropy not " + String(n));
    n = BigInt(n);
  }
  if (n < 0n) throw new ValueError("expected non-negative integer");
  if (n === 0n) out.push(0);
  while (n > 0n) {
    out.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
}

/** NumPy's _coerce_to_uint32_array: each integer as its 32-bit words, lowest first, concatenated. */
export function coerceToUint32(x: Entropy): number[] {
  const out: number[] = [];
  if (x instanceof NDArray) {
    if (x.ndim > 1) throw new NumpyTypeError("SeedSequence does not accept nested sequences.");
    const kind = x._dt.kind;
    if (kind === "f" || kind === "c") throw new NumpyTypeError("seed must be integer");
    for (const v of x.ravel().tolist() as (number | bigint | boolean)[]) intWords(typeof v === "boolean" ? Number(v) : v, out);
    return out;
  }
  if (typeof x === "number" || typeof x === "bigint") {
    if (typeof x === "number" && !Number.isInteger(x)) {
      throw new NumpyTypeError(`SeedSequence expects int or sequence of ints for entropy not ${pyFloatRepr(x)}`);
    }
    intWords(x, out);
    return out;
  }
  for (const v of x) {
    if (Array.isArray(v)) throw new NumpyTypeError("SeedSequence does not accept nested sequences.");
    if (typeof v === "number" && !Number.isInteger(v)) throw new NumpyTypeError("seed must be integer");
    intWords(v, out);
  }
  return out;
}

function hashmix(value: number, h: { c: number }): number {
  value = (value ^ h.c) >>> 0;
  h.c = Math.imul(h.c, MULT_A) >>> 0;
  value = Math.imul(value, h.c) >>> 0;
  return (value ^ (value >>> 16)) >>> 0;
}

function mix(x: number, y: number): number {
  const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  return (r ^ (r >>> 16)) >>> 0;
}

type SeedOpts = { spawn_key?: readonly (number | bigint)[]; pool_size?: number; n_children_spawned?: number };

/**
 * NumPy's SeedSequence(entropy=None, *, spawn_key=(), pool_size=4, n_children_spawned=0).
 * With no entropy, 128 bits come from crypto.getRandomValues (see `entropy` to log them).
 * @example
 * const ss = new np.random.SeedSequence(12345);
 * np.random.default_rng(ss.spawn(2)[0]).random() // the same as NumPy's first child stream
 */
export class SeedSequence {
  readonly entropy: Entropy;
  readonly spawn_key: readonly (number | bigint)[];
  readonly pool_size: number;
  n_children_spawned: number;
  /** The mixed entropy pool (pool_size 32-bit words). */
  readonly pool: Uint32Array;

  constructor(entropy?: Entropy | null, opts: SeedOpts = {}) {
    for (const k of Object.keys(opts)) {
      if (k !== "spawn_key" && k !== "pool_size" && k !== "n_children_spawned") {
        throw new NumpyTypeError(`SeedSequence() got an unexpected keyword argument '${k}'`);
      }
    }
    const poolSize = opts.pool_size ?? DEFAULT_POOL_SIZE;
    if (poolSize < DEFAULT_POOL_SIZE) throw new ValueError(`The size of the entropy pool should be at least ${DEFAULT_POOL_SIZE}`);
    if (entropy == null) entropy = osEntropy(poolSize);
    else if (typeof entropy !== "number" && typeof entropy !== "bigint" && !Array.isArray(entropy) && !(entropy instanceof NDArray)) {
      throw new NumpyTypeError(`SeedSequence expects int or sequence of ints for entropy not ${String(entropy)}`);
    }
    this.entropy = entropy;
    this.spawn_key = [...(opts.spawn_key ?? [])];
    this.pool_size = poolSize;
    this.n_children_spawned = opts.n_children_spawned ?? 0;
    this.pool = new Uint32Array(poolSize);
    this.mixEntropy(this.assembledEntropy());
  }

  private assembledEntropy(): number[] {
    let run = coerceToUint32(this.entropy);
    const spawn = coerceToUint32(this.spawn_key);
    // NumPy pads the run entropy with zeros to the pool size when there is a spawn key (gh-16539).
    if (spawn.length > 0 && run.length < this.pool_size) run = run.concat(new Array<number>(this.pool_size - run.length).fill(0));
    return run.concat(spawn);
  }

  private mixEntropy(entropy: readonly number[]): void {
    const mixer = this.pool;
    const n = mixer.length;
    const h = { c: INIT_A };
    for (let i = 0; i < n; i++) mixer[i] = hashmix(i < entropy.length ? entropy[i]! : 0, h);
    for (let src = 0; src < n; src++) {
      for (let dst = 0; dst < n; dst++) {
        if (src !== dst) mixer[dst] = mix(mixer[dst]!, hashmix(mixer[src]!, h));
      }
    }
    for (let src = n; src < entropy.length; src++) {
      for (let dst = 0; dst < n; dst++) mixer[dst] = mix(mixer[dst]!, hashmix(entropy[src]!, h));
    }
  }

  /** @internal generate_state as 32-bit words (twice as many for uint64). */
  _words(nWords: number): Uint32Array {
    const out = new Uint32Array(nWords);
    let h = INIT_B;
    const pool = this.pool;
    for (let i = 0; i < nWords; i++) {
      let v = (pool[i % pool.length]! ^ h) >>> 0;
      h = Math.imul(h, MULT_B) >>> 0;
      v = Math.imul(v, h) >>> 0;
      out[i] = (v ^ (v >>> 16)) >>> 0;
    }
    return out;
  }

  /**
   * Words for seeding a bit generator, as NumPy's generate_state(n_words, dtype=np.uint32):
   * uint32 or uint64 (two 32-bit words each, the first the low half).
   * @example new np.random.SeedSequence(0).generate_state(1, "uint64").dtype // "uint64"
   */
  generate_state(...args: [n_words: number, dtype?: DTypeLike, opts?: { n_words?: number; dtype?: DTypeLike }] | [n_words: number, opts: { dtype?: DTypeLike }] | [opts: { n_words: number; dtype?: DTypeLike }]): NDArray {
    const [nw, dt] = bindArgs("generate_state", ["n_words", "dtype"], args) as [number, DTypeLike | undefined];
    const n_words = nw;
    const name = resolveDType(dt ?? "uint32").name;
    if (name !== "uint32" && name !== "uint64") throw new ValueError("only support uint32 or uint64");
    const wide = name === "uint64";
    const words = this._words(wide ? n_words * 2 : n_words);
    const out = emptyArray(wide ? UINT64 : UINT32, [n_words]);
    const view = out._storage.region.view(UINT32) as Uint32Array;
    view.set(words, out._ptr >> 2);
    return out;
  }

  /**
   * `n_children` child SeedSequences, each with this one's entropy and the spawn key extended by
   * its index, as NumPy's spawn.
   * @example new np.random.SeedSequence(1).spawn(2)[1].spawn_key // [1]
   */
  spawn(n_children: number): SeedSequence[] {
    if (n_children < 0) throw new ValueError("n_children must be non-negative");
    const out: SeedSequence[] = [];
    for (let i = this.n_children_spawned; i < this.n_children_spawned + n_children; i++) {
      out.push(new SeedSequence(this.entropy, { spawn_key: [...this.spawn_key, i], pool_size: this.pool_size }));
    }
    this.n_children_spawned += n_children;
    return out;
  }

  /** NumPy's state dict: entropy, spawn_key, pool_size, n_children_spawned. */
  get state(): { entropy: Entropy; spawn_key: readonly (number | bigint)[]; pool_size: number; n_children_spawned: number } {
    return { entropy: this.entropy, spawn_key: this.spawn_key, pool_size: this.pool_size, n_children_spawned: this.n_children_spawned };
  }
}
