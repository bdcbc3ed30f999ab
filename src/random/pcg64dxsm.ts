/**
 * numpy.random.PCG64DXSM: the 128-bit LCG of PCG64 stepped with the 64-bit "cheap multiplier"
 * 0xda942042e4dd58b5, its output the DXSM permutation of the state before the step (high half
 * xor-shifted, multiplied, xor-shifted, times the low half with its low bit set). Seeded as
 * NumPy's (with PCG64's seeding routine and 128-bit multiplier): four SeedSequence uint64 words
 * give initstate and initseq; inc = 2 initseq + 1; state = 0, one step, state += initstate, one step. The 128-bit arithmetic is on bigints.
 *
 * @example
 * new np.random.Generator(new np.random.PCG64DXSM(5)).random() // 0.9959511054553717, as NumPy
 */
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { Bits64 } from "./bitgen.js";
import { toSeedSequence, type SeedLike } from "./pcg64.js";
import type { SeedSequence } from "./seedsequence.js";
import { rawDraws, type RawArgs } from "./raw.js";
import type { NDArray } from "../core/ndarray.js";

const CHEAP = 0xda942042e4dd58b5n;
const MULT128 = 0x2360ed051fc65da44385df649fccf645n; // PCG64's multiplier, used in seeding
const M64 = (1n << 64n) - 1n;
const M128 = (1n << 128n) - 1n;

/** PCG64DXSM's state dict, as NumPy's `bit_generator.state`. */
export interface PCG64DXSMState {
  bit_generator: "PCG64DXSM";
  state: { state: bigint; inc: bigint };
  has_uint32: number;
  uinteger: number;
}

/**
 * numpy.random.PCG64DXSM(seed=None).
 * @example new np.random.PCG64DXSM(5).random_raw() // as NumPy's PCG64DXSM(5).random_raw()
 */
export class PCG64DXSM extends Bits64 {
  readonly w = new Uint32Array(2);
  private s = 0n;
  private inc = 1n;
  /** The SeedSequence this generator was seeded from. */
  readonly seed_seq: SeedSequence;

  constructor(seed?: SeedLike) {
    super();
    this.seed_seq = toSeedSequence(seed);
    const v = this.seed_seq.generate_state(4, "uint64").tolist({ bigint: true }) as bigint[];
    const initstate = (v[0]! << 64n) | v[1]!;
    const initseq = (v[2]! << 64n) | v[3]!;
    this.inc = ((initseq << 1n) | 1n) & M128;
    // NumPy seeds it with pcg64_set_seed, PCG64's routine: steps with the 128-bit multiplier.
    this.s = this.inc;
    this.s = ((this.s + initstate) * MULT128 + this.inc) & M128;
  }

  private step(): void {
    this.s = (this.s * CHEAP + this.inc) & M128;
  }

  /** DXSM of the current state, then one step. */
  next64(): void {
    let hi = this.s >> 64n;
    const lo = (this.s & M64) | 1n;
    hi ^= hi >> 32n;
    hi = (hi * CHEAP) & M64;
    hi ^= hi >> 48n;
    hi = (hi * lo) & M64;
    this.step();
    this.w[0] = Number(hi & 0xffffffffn);
    this.w[1] = Number(hi >> 32n);
  }

  /**
   * Raw 64-bit draws, as NumPy's random_raw(size=None, output=True).
   * @example typeof new np.random.PCG64DXSM(1).random_raw() // "bigint"
   */
  random_raw(...args: RawArgs): bigint | NDArray | null {
    return rawDraws(args, () => {
      this.next64();
      return (BigInt(this.w[1]!) << 32n) | BigInt(this.w[0]!);
    });
  }

  /** The state as NumPy's dict {bit_generator: "PCG64DXSM", state: {state, inc}, has_uint32, uinteger}. */
  get state(): PCG64DXSMState {
    return { bit_generator: "PCG64DXSM", state: { state: this.s, inc: this.inc }, has_uint32: this._hasUint32 ? 1 : 0, uinteger: this._uinteger };
  }

  set state(value: PCG64DXSMState) {
    if (typeof value !== "object" || value === null) throw new NumpyTypeError("state must be a dict");
    if (value.bit_generator !== "PCG64DXSM") throw new ValueError("state must be for a PCG64DXSM RNG");
    this.s = BigInt.asUintN(128, BigInt(value.state.state));
    this.inc = BigInt.asUintN(128, BigInt(value.state.inc));
    this._hasUint32 = Boolean(value.has_uint32);
    this._uinteger = value.uinteger >>> 0;
  }

  /**
   * Child bit generators from the seed sequence's spawn.
   * @example new np.random.PCG64DXSM(5).spawn(2).length // 2
   */
  spawn(n_children: number): PCG64DXSM[] {
    return this.seed_seq.spawn(n_children).map((s) => new PCG64DXSM(s));
  }
}
