/**
 * The bit generator interface the distributions draw from, and NumPy's default bit generator,
 * PCG64: a 128-bit LCG (multiplier 0x2360ed051fc65da44385df649fccf645, an odd increment from the
 * seed) with the XSL-RR output (the two 64-bit halves xored, rotated right by the top 6 bits).
 * The 128-bit state lives in eight 16-bit limbs so every partial product is an exact double:
 * no BigInt in the stepping loop.
 *
 * @example
 * const bg = new np.random.PCG64(42);
 * np.random.Generator(bg).random() // 0.7739560485559633, as NumPy
 */
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { SeedSequence, type Entropy } from "./seedsequence.js";

/** What a distribution needs from a bit generator (NumPy's bitgen_t). */
export interface BitGen {
  /** The two halves of the last next64() draw. */
  hi: number;
  lo: number;
  /** Draws 64 bits into hi (bits 32..63) and lo (bits 0..31), each an unsigned 32-bit number. */
  next64(): void;
  /** 32 random bits as an unsigned number. */
  nextUint32(): number;
  /** A double in [0, 1) with 53 random bits. */
  nextDouble(): number;
}

const TWO32 = 4294967296;
const TWO16 = 65536;
const MULT = (2549297995355413924n << 64n) + 4865540595714422341n;
const MASK128 = (1n << 128n) - 1n;

function limbs(x: bigint): number[] {
  const out: number[] = [];
  for (let i = 0; i < 8; i++) out.push(Number((x >> BigInt(16 * i)) & 0xffffn));
  return out;
}
const [M0, M1, M2, M3, M4, M5, M6, M7] = limbs(MULT) as [number, number, number, number, number, number, number, number];

/** A seed as a BitGenerator accepts it: None, an int, a sequence of ints, or a SeedSequence. */
export type SeedLike = Entropy | SeedSequence | null | undefined;

export function toSeedSequence(seed: SeedLike): SeedSequence {
  if (seed instanceof SeedSequence) return seed;
  if (typeof seed === "number" && !Number.isInteger(seed)) throw new NumpyTypeError("SeedSequence expects int or sequence of ints for entropy not " + String(seed));
  return new SeedSequence(seed ?? null);
}

/** PCG64's state dict, as NumPy's `bit_generator.state`. */
export interface PCG64State {
  bit_generator: "PCG64";
  state: { state: bigint; inc: bigint };
  has_uint32: number;
  uinteger: number;
}

/**
 * numpy.random.PCG64(seed=None): seeded through SeedSequence (4 uint64 words: the initial
 * state and the stream), bit for bit NumPy's stream.
 * @example new np.random.PCG64(0).random_raw() // 0xb0ab6c7ae2b7f1e0n... as NumPy's random_raw()
 */
export class PCG64 implements BitGen {
  hi = 0;
  lo = 0;
  private s0 = 0; private s1 = 0; private s2 = 0; private s3 = 0;
  private s4 = 0; private s5 = 0; private s6 = 0; private s7 = 0;
  private i0 = 0; private i1 = 0; private i2 = 0; private i3 = 0;
  private i4 = 0; private i5 = 0; private i6 = 0; private i7 = 0;
  private hasUint32 = false;
  private uinteger = 0;
  /** The SeedSequence this generator was seeded from. */
  readonly seed_seq: SeedSequence;

  constructor(seed?: SeedLike) {
    this.seed_seq = toSeedSequence(seed);
    const w = this.seed_seq._words(8);
    const u64 = (k: number): bigint => (BigInt(w[2 * k + 1]!) << 32n) | BigInt(w[2 * k]!);
    const initstate = (u64(0) << 64n) | u64(1);
    const initseq = (u64(2) << 64n) | u64(3);
    const inc = ((initseq << 1n) | 1n) & MASK128;
    let state = (inc) & MASK128; // state 0 stepped once: 0 * mult + inc
    state = (state + initstate) & MASK128;
    state = (state * MULT + inc) & MASK128;
    this.setState128(state, inc);
  }

  private setState128(state: bigint, inc: bigint): void {
    [this.s0, this.s1, this.s2, this.s3, this.s4, this.s5, this.s6, this.s7] = limbs(state) as [number, number, number, number, number, number, number, number];
    [this.i0, this.i1, this.i2, this.i3, this.i4, this.i5, this.i6, this.i7] = limbs(inc) as [number, number, number, number, number, number, number, number];
  }

  private get128(which: "s" | "i"): bigint {
    const l = which === "s"
      ? [this.s0, this.s1, this.s2, this.s3, this.s4, this.s5, this.s6, this.s7]
      : [this.i0, this.i1, this.i2, this.i3, this.i4, this.i5, this.i6, this.i7];
    let v = 0n;
    for (let k = 7; k >= 0; k--) v = (v << 16n) | BigInt(l[k]!);
    return v;
  }

  /** state = state * MULT + inc (mod 2^128), then the XSL-RR output into hi/lo. */
  next64(): void {
    const s0 = this.s0, s1 = this.s1, s2 = this.s2, s3 = this.s3, s4 = this.s4, s5 = this.s5, s6 = this.s6, s7 = this.s7;
    let t = s0 * M0 + this.i0;
    let c = Math.floor(t / TWO16);
    const n0 = t - c * TWO16;
    t = s0 * M1 + s1 * M0 + this.i1 + c;
    c = Math.floor(t / TWO16);
    const n1 = t - c * TWO16;
    t = s0 * M2 + s1 * M1 + s2 * M0 + this.i2 + c;
    c = Math.floor(t / TWO16);
    const n2 = t - c * TWO16;
    t = s0 * M3 + s1 * M2 + s2 * M1 + s3 * M0 + this.i3 + c;
    c = Math.floor(t / TWO16);
    const n3 = t - c * TWO16;
    t = s0 * M4 + s1 * M3 + s2 * M2 + s3 * M1 + s4 * M0 + this.i4 + c;
    c = Math.floor(t / TWO16);
    const n4 = t - c * TWO16;
    t = s0 * M5 + s1 * M4 + s2 * M3 + s3 * M2 + s4 * M1 + s5 * M0 + this.i5 + c;
    c = Math.floor(t / TWO16);
    const n5 = t - c * TWO16;
    t = s0 * M6 + s1 * M5 + s2 * M4 + s3 * M3 + s4 * M2 + s5 * M1 + s6 * M0 + this.i6 + c;
    c = Math.floor(t / TWO16);
    const n6 = t - c * TWO16;
    // The top limb: only its low 16 bits matter, and the sum stays below 2^36 (exact).
    t = s0 * M7 + s1 * M6 + s2 * M5 + s3 * M4 + s4 * M3 + s5 * M2 + s6 * M1 + s7 * M0 + this.i7 + c;
    const n7 = t % TWO16;
    this.s0 = n0; this.s1 = n1; this.s2 = n2; this.s3 = n3;
    this.s4 = n4; this.s5 = n5; this.s6 = n6; this.s7 = n7;
    let xh = ((n7 << 16) | n6) ^ ((n3 << 16) | n2);
    let xl = ((n5 << 16) | n4) ^ ((n1 << 16) | n0);
    let rot = n7 >>> 10;
    if (rot >= 32) {
      const tmp = xh;
      xh = xl;
      xl = tmp;
      rot -= 32;
    }
    if (rot !== 0) {
      const h = (xh >>> rot) | (xl << (32 - rot));
      xl = (xl >>> rot) | (xh << (32 - rot));
      xh = h;
    }
    this.hi = xh >>> 0;
    this.lo = xl >>> 0;
  }

  /** NumPy's pcg64_next32: the low half of a 64-bit draw, then its high half. */
  nextUint32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.next64();
    this.hasUint32 = true;
    this.uinteger = this.hi;
    return this.lo;
  }

  /** (next64 >> 11) * 2^-53. */
  nextDouble(): number {
    this.next64();
    return (this.hi * 2097152 + (this.lo >>> 11)) / 9007199254740992;
  }

  /**
   * Raw 64-bit draws, as NumPy's random_raw(size=None): one bigint, or a BigUint64Array of `size`.
   * @example new np.random.PCG64(1).random_raw(2).length // 2
   */
  random_raw(size?: number | null): bigint | BigUint64Array {
    if (size == null) {
      this.next64();
      return (BigInt(this.hi) << 32n) | BigInt(this.lo);
    }
    const out = new BigUint64Array(size);
    for (let i = 0; i < size; i++) {
      this.next64();
      out[i] = (BigInt(this.hi) << 32n) | BigInt(this.lo);
    }
    return out;
  }

  /** The state as NumPy's dict: {bit_generator: "PCG64", state: {state, inc}, has_uint32, uinteger}. */
  get state(): PCG64State {
    return { bit_generator: "PCG64", state: { state: this.get128("s"), inc: this.get128("i") }, has_uint32: this.hasUint32 ? 1 : 0, uinteger: this.uinteger };
  }

  set state(value: PCG64State) {
    if (typeof value !== "object" || value === null) throw new NumpyTypeError("state must be a dict");
    if (value.bit_generator !== "PCG64") throw new ValueError("state must be for a PCG64 RNG");
    this.setState128(BigInt(value.state.state) & MASK128, BigInt(value.state.inc) & MASK128);
    this.hasUint32 = Boolean(value.has_uint32);
    this.uinteger = value.uinteger >>> 0;
  }

  /**
   * Child bit generators from the seed sequence's spawn, as NumPy's BitGenerator.spawn.
   * @example new np.random.PCG64(5).spawn(2).length // 2
   */
  spawn(n_children: number): PCG64[] {
    return this.seed_seq.spawn(n_children).map((s) => new PCG64(s));
  }
}

export { TWO32 };
