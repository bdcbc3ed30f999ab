/**
 * numpy.random.SFC64: Chris Doty-Humphrey's Small Fast Chaotic generator (four 64-bit words,
 * one a counter), seeded from three SeedSequence uint64 words and 12 warm-up rounds, as NumPy.
 * The 64-bit adds, shifts and rotations run on 32-bit halves.
 *
 * @example
 * new np.random.Generator(new np.random.SFC64(5)).random() // 0.6838394925444887, as NumPy
 */
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { Bits64 } from "./bitgen.js";
import { toSeedSequence, type SeedLike } from "./pcg64.js";
import type { SeedSequence } from "./seedsequence.js";
import { rawDraws, type RawArgs } from "./raw.js";
import type { NDArray } from "../core/ndarray.js";

/** SFC64's state dict, as NumPy's `bit_generator.state`. */
export interface SFC64State {
  bit_generator: "SFC64";
  state: { state: BigUint64Array };
  has_uint32: number;
  uinteger: number;
}

/**
 * numpy.random.SFC64(seed=None).
 * @example new np.random.SFC64(0).random_raw() // 10490465040999277362n, as NumPy
 */
export class SFC64 extends Bits64 {
  readonly w = new Uint32Array(2);
  /** s0..s3 as (low, high) 32-bit halves: [s0lo, s0hi, s1lo, s1hi, s2lo, s2hi, s3lo, s3hi]. */
  private readonly s = new Uint32Array(8);
  /** The SeedSequence this generator was seeded from. */
  readonly seed_seq: SeedSequence;

  constructor(seed?: SeedLike) {
    super();
    this.seed_seq = toSeedSequence(seed);
    const w = this.seed_seq._words(6);
    this.s.set([w[0]!, w[1]!, w[2]!, w[3]!, w[4]!, w[5]!, 1, 0]);
    for (let i = 0; i < 12; i++) this.next64();
  }

  /** tmp = s0 + s1 + s3++; s0 = s1 ^ (s1 >> 11); s1 = s2 + (s2 << 3); s2 = rotl(s2, 24) + tmp. */
  next64(): void {
    const s = this.s;
    const s0l = s[0]!, s0h = s[1]!, s1l = s[2]!, s1h = s[3]!, s2l = s[4]!, s2h = s[5]!, s3l = s[6]!, s3h = s[7]!;
    let sum = s0l + s1l;
    let tl = sum >>> 0;
    let th = (s0h + s1h + (sum > 0xffffffff ? 1 : 0)) >>> 0;
    sum = tl + s3l;
    th = (th + s3h + (sum > 0xffffffff ? 1 : 0)) >>> 0;
    tl = sum >>> 0;
    const c = s3l + 1;
    s[6] = c >>> 0;
    s[7] = (s3h + (c > 0xffffffff ? 1 : 0)) >>> 0;
    s[0] = s1l ^ ((s1l >>> 11) | (s1h << 21));
    s[1] = s1h ^ (s1h >>> 11);
    const shl = (s2l << 3) >>> 0;
    const shh = ((s2h << 3) | (s2l >>> 29)) >>> 0;
    sum = s2l + shl;
    s[2] = sum >>> 0;
    s[3] = (s2h + shh + (sum > 0xffffffff ? 1 : 0)) >>> 0;
    const rl = ((s2l << 24) | (s2h >>> 8)) >>> 0;
    const rh = ((s2h << 24) | (s2l >>> 8)) >>> 0;
    sum = rl + tl;
    s[4] = sum >>> 0;
    s[5] = (rh + th + (sum > 0xffffffff ? 1 : 0)) >>> 0;
    this.w[0] = tl;
    this.w[1] = th;
  }

  /**
   * Raw 64-bit draws, as NumPy's random_raw(size=None).
   * @example typeof new np.random.SFC64(1).random_raw() // "bigint"
   */
  random_raw(...args: RawArgs): bigint | NDArray | null {
    return rawDraws(args, () => {
      this.next64();
      return (BigInt(this.w[1]!) << 32n) | BigInt(this.w[0]!);
    });
  }

  /** The state as NumPy's dict {bit_generator: "SFC64", state: {state}, has_uint32, uinteger}. */
  get state(): SFC64State {
    const s = this.s;
    const words = new BigUint64Array(4);
    for (let i = 0; i < 4; i++) words[i] = (BigInt(s[2 * i + 1]!) << 32n) | BigInt(s[2 * i]!);
    return { bit_generator: "SFC64", state: { state: words }, has_uint32: this._hasUint32 ? 1 : 0, uinteger: this._uinteger };
  }

  set state(value: SFC64State) {
    if (typeof value !== "object" || value === null) throw new NumpyTypeError("state must be a dict");
    if (value.bit_generator !== "SFC64") throw new ValueError("state must be for a SFC64 RNG");
    const words = value.state.state;
    for (let i = 0; i < 4; i++) {
      const v = BigInt.asUintN(64, BigInt(words[i]!));
      this.s[2 * i] = Number(v & 0xffffffffn);
      this.s[2 * i + 1] = Number(v >> 32n);
    }
    this._hasUint32 = Boolean(value.has_uint32);
    this._uinteger = value.uinteger >>> 0;
  }

  /**
   * Child bit generators from the seed sequence's spawn.
   * @example new np.random.SFC64(5).spawn(2).length // 2
   */
  spawn(n_children: number): SFC64[] {
    return this.seed_seq.spawn(n_children).map((s) => new SFC64(s));
  }
}
