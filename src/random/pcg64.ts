/**
 * The bit generator interface the distributions draw from, and NumPy's default bit generator,
 * PCG64: a 128-bit LCG (multiplier 0x2360ed051fc65da44385df649fccf645, an odd increment from the
 * seed) with the XSL-RR output (the two 64-bit halves xored, rotated right by the top 6 bits).
 * The stepping runs in a small WebAssembly kernel (pcg64_wasm.ts, native 64-bit multiplies);
 * without WebAssembly the 128-bit state lives in six 24-bit limbs of a Float64Array, so every
 * partial product and column sum is an exact double: no BigInt in the stepping loop either way.
 *
 * @example
 * const bg = new np.random.PCG64(42);
 * new np.random.Generator(bg).random() // 0.7739560485559633, as NumPy
 */
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { SeedSequence, type Entropy } from "./seedsequence.js";
import { pcgKernel, type PcgKernel } from "./pcg64_wasm.js";
import { Bits64, type BitGen } from "./bitgen.js";
import { rawDraws, type RawArgs } from "./raw.js";
import type { NDArray } from "../core/ndarray.js";

const MULT = (2549297995355413924n << 64n) + 4865540595714422341n;
/** The kernel's fill buffer: byte offset and doubles per call (within its one 64 KiB page). */
const KOUT = 64;
const KCHUNK = 8000;
const MASK128 = (1n << 128n) - 1n;
const T24 = 16777216;
const I24 = 1 / 16777216;

/** The six 24-bit limbs of a 128-bit value (the top one holds 8 bits). */
function limbs(x: bigint): number[] {
  const out: number[] = [];
  for (let i = 0; i < 6; i++) out.push(Number((x >> BigInt(24 * i)) & 0xffffffn));
  return out;
}
const [M0, M1, M2, M3, M4, M5] = limbs(MULT) as [number, number, number, number, number, number];

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
 * @example new np.random.PCG64(0).random_raw() // 11749869230777074271n, as NumPy's random_raw()
 */
export class PCG64 extends Bits64 {
  /** The last output: a view of the WebAssembly kernel's memory, or a plain pair without it. */
  readonly w: Uint32Array;
  /** The WebAssembly kernel holding the state (null: the JS limbs below hold it). */
  private readonly k: PcgKernel | null = pcgKernel();
  /** With the kernel: its state words (state lo, hi, inc lo, hi) and fill buffer. */
  private readonly kState: BigUint64Array | null = null;
  private readonly kOut: Float64Array | null = null;
  /** Without the kernel: state limbs 0..5 and increment limbs 6..11, 24 bits each, lowest first. */
  private readonly s = new Float64Array(12);
  /** The SeedSequence this generator was seeded from. */
  readonly seed_seq: SeedSequence;

  constructor(seed?: SeedLike) {
    super();
    if (this.k) {
      const buf = this.k.memory.buffer;
      this.w = new Uint32Array(buf, 32, 2);
      this.kState = new BigUint64Array(buf, 0, 4);
      this.kOut = new Float64Array(buf, KOUT, KCHUNK);
    } else {
      this.w = new Uint32Array(2);
    }
    this.seed_seq = toSeedSequence(seed);
    const w = this.seed_seq._words(8);
    const u64 = (k: number): bigint => (BigInt(w[2 * k + 1]!) << 32n) | BigInt(w[2 * k]!);
    const initstate = (u64(0) << 64n) | u64(1);
    const initseq = (u64(2) << 64n) | u64(3);
    // pcg_setseq_128_srandom_r: state 0, inc = seq*2+1, step, add the initial state, step.
    const inc = ((initseq << 1n) | 1n) & MASK128;
    let state = (inc + initstate) & MASK128;
    state = (state * MULT + inc) & MASK128;
    this._setState128(state, inc);
  }

  /** @internal */
  _setState128(state: bigint, inc: bigint): void {
    if (this.kState) {
      const M64 = (1n << 64n) - 1n;
      this.kState.set([state & M64, state >> 64n, inc & M64, inc >> 64n]);
      return;
    }
    this.s.set(limbs(state), 0);
    this.s.set(limbs(inc), 6);
  }

  /** @internal State (at 0) or increment (at 6) as a bigint. */
  _get128(at: number): bigint {
    if (this.kState) {
      const i = at === 0 ? 0 : 2;
      return (this.kState[i + 1]! << 64n) | this.kState[i]!;
    }
    let v = 0n;
    for (let k = 5; k >= 0; k--) v = (v << 24n) | BigInt(this.s[at + k]!);
    return v;
  }

  /**
   * state = state * MULT + inc (mod 2^128) in 24-bit limbs (every partial sum is an exact
   * double), then the XSL-RR output into w.
   */
  next64(): void {
    if (this.k) {
      this.k.next();
      return;
    }
    const s = this.s;
    const s0 = s[0]!, s1 = s[1]!, s2 = s[2]!, s3 = s[3]!, s4 = s[4]!, s5 = s[5]!;
    let t = s0 * M0 + s[6]!;
    let c = Math.floor(t * I24);
    const n0 = t - c * T24;
    t = s0 * M1 + s1 * M0 + s[7]! + c;
    c = Math.floor(t * I24);
    const n1 = t - c * T24;
    t = s0 * M2 + s1 * M1 + s2 * M0 + s[8]! + c;
    c = Math.floor(t * I24);
    const n2 = t - c * T24;
    t = s0 * M3 + s1 * M2 + s2 * M1 + s3 * M0 + s[9]! + c;
    c = Math.floor(t * I24);
    const n3 = t - c * T24;
    t = s0 * M4 + s1 * M3 + s2 * M2 + s3 * M1 + s4 * M0 + s[10]! + c;
    c = Math.floor(t * I24);
    const n4 = t - c * T24;
    t = s0 * M5 + s1 * M4 + s2 * M3 + s3 * M2 + s4 * M1 + s5 * M0 + s[11]! + c;
    const n5 = t - Math.floor(t * (1 / 256)) * 256;
    s[0] = n0; s[1] = n1; s[2] = n2; s[3] = n3; s[4] = n4; s[5] = n5;
    xslrr(this.w, n0 | 0, n1 | 0, n2 | 0, n3 | 0, n4 | 0, n5 | 0);
  }

  /** n doubles (next64 >> 11) * 2^-53 into out[at..], the state kept in registers. */
  override fillDoubles(out: Float64Array, at: number, n: number): void {
    if (this.k) {
      const buf = this.kOut!;
      for (let done = 0; done < n; done += KCHUNK) {
        const c = Math.min(KCHUNK, n - done);
        this.k.fill(c, KOUT);
        out.set(c === KCHUNK ? buf : buf.subarray(0, c), at + done);
      }
      return;
    }
    const s = this.s;
    let s0 = s[0]!, s1 = s[1]!, s2 = s[2]!, s3 = s[3]!, s4 = s[4]!, s5 = s[5]!;
    const i0 = s[6]!, i1 = s[7]!, i2 = s[8]!, i3 = s[9]!, i4 = s[10]!, i5 = s[11]!;
    for (let q = 0; q < n; q++) {
      let t = s0 * M0 + i0;
      let c = Math.floor(t * I24);
      const n0 = t - c * T24;
      t = s0 * M1 + s1 * M0 + i1 + c;
      c = Math.floor(t * I24);
      const n1 = t - c * T24;
      t = s0 * M2 + s1 * M1 + s2 * M0 + i2 + c;
      c = Math.floor(t * I24);
      const n2 = t - c * T24;
      t = s0 * M3 + s1 * M2 + s2 * M1 + s3 * M0 + i3 + c;
      c = Math.floor(t * I24);
      const n3 = t - c * T24;
      t = s0 * M4 + s1 * M3 + s2 * M2 + s3 * M1 + s4 * M0 + i4 + c;
      c = Math.floor(t * I24);
      const n4 = t - c * T24;
      t = s0 * M5 + s1 * M4 + s2 * M3 + s3 * M2 + s4 * M1 + s5 * M0 + i5 + c;
      const n5 = t - Math.floor(t * (1 / 256)) * 256;
      s0 = n0; s1 = n1; s2 = n2; s3 = n3; s4 = n4; s5 = n5;
      const l1 = n1 | 0, l2 = n2 | 0, l5 = n5 | 0;
      let xh = ((n4 | 0) | (l5 << 24)) ^ ((l1 >>> 8) | (l2 << 16));
      let xl = ((l2 >>> 16) | ((n3 | 0) << 8)) ^ ((n0 | 0) | (l1 << 24));
      let rot = l5 >>> 2;
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
      out[at + q] = ((xh >>> 0) * 2097152 + (xl >>> 11)) / 9007199254740992;
    }
    s[0] = s0; s[1] = s1; s[2] = s2; s[3] = s3; s[4] = s4; s[5] = s5;
  }

  /**
   * Raw 64-bit draws, as NumPy's random_raw(size=None, output=True): one bigint, or a uint64 array.
   * @example new np.random.PCG64(1).random_raw(2).shape // [2]
   */
  random_raw(...args: RawArgs): bigint | NDArray | null {
    return rawDraws(args, () => {
      this.next64();
      return (BigInt(this.w[1]!) << 32n) | BigInt(this.w[0]!);
    });
  }

  /** The state as NumPy's dict: {bit_generator: "PCG64", state: {state, inc}, has_uint32, uinteger}. */
  get state(): PCG64State {
    return { bit_generator: "PCG64", state: { state: this._get128(0), inc: this._get128(6) }, has_uint32: this._hasUint32 ? 1 : 0, uinteger: this._uinteger };
  }

  set state(value: PCG64State) {
    if (typeof value !== "object" || value === null) throw new NumpyTypeError("state must be a dict");
    if (value.bit_generator !== "PCG64") throw new ValueError("state must be for a PCG64 RNG");
    this._setState128(BigInt(value.state.state) & MASK128, BigInt(value.state.inc) & MASK128);
    this._hasUint32 = Boolean(value.has_uint32);
    this._uinteger = value.uinteger >>> 0;
  }

  /**
   * Advances the state by `delta` steps (mod 2^128) in O(log delta), as NumPy's advance; the
   * buffered 32-bit half is dropped.
   * @example const a = new np.random.PCG64(1); a.advance(3); // as three next64() draws
   */
  advance(delta: number | bigint): this {
    this._jump(this._get128(0), delta);
    this._hasUint32 = false;
    this._uinteger = 0;
    return this;
  }

  /** @internal Sets the state to `from` advanced by `delta` steps (the 32-bit buffer untouched). */
  _jump(from: bigint, delta: number | bigint): void {
    let d = BigInt.asUintN(128, BigInt(delta));
    const inc = this._get128(6);
    let curMult = MULT;
    let curPlus = inc;
    let accMult = 1n;
    let accPlus = 0n;
    while (d > 0n) {
      if (d & 1n) {
        accMult = (accMult * curMult) & MASK128;
        accPlus = (accPlus * curMult + curPlus) & MASK128;
      }
      curPlus = ((curMult + 1n) * curPlus) & MASK128;
      curMult = (curMult * curMult) & MASK128;
      d >>= 1n;
    }
    this._setState128((accMult * from + accPlus) & MASK128, inc);
  }

  /**
   * @internal A BitGen drawing the same stream from blocks of raw outputs the kernel writes in
   * bulk (no per-draw call into WebAssembly); finish() puts this generator's state where the
   * draws consumed left it. Without the kernel, this generator itself.
   */
  _stream(): BitGen & { finish(): void } {
    if (!this.k) {
      return {
        w: this.w,
        next64: () => this.next64(),
        nextUint32: () => this.nextUint32(),
        nextDouble: () => this.nextDouble(),
        fillDoubles: (out, at, n) => this.fillDoubles(out, at, n),
        finish: () => undefined,
      };
    }
    return new RawStream(this, this.k, new Uint32Array(this.k.memory.buffer, KOUT, 2 * KCHUNK));
  }

  /**
   * A new PCG64 whose state is this one's advanced by jumps * 0x9e3779b97f4a7c15f39cc0605cedc835
   * steps (NumPy's jumped).
   * @example new np.random.PCG64(1).jumped().random_raw() // as NumPy's PCG64(1).jumped().random_raw()
   */
  jumped(jumps: number | bigint = 1): PCG64 {
    const bg = new PCG64();
    bg.state = this.state;
    bg.advance(0x9e3779b97f4a7c15f39cc0605cedc835n * BigInt(jumps));
    return bg;
  }

  /**
   * Child bit generators from the seed sequence's spawn, as NumPy's BitGenerator.spawn.
   * @example new np.random.PCG64(5).spawn(2).length // 2
   */
  spawn(n_children: number): PCG64[] {
    return this.seed_seq.spawn(n_children).map((s) => new PCG64(s));
  }
}

/** XSL-RR of the state in 24-bit limbs: (high 64 ^ low 64) rotated right by the top 6 bits. */
function xslrr(w: Uint32Array, l0: number, l1: number, l2: number, l3: number, l4: number, l5: number): void {
  let xh = (l4 | (l5 << 24)) ^ ((l1 >>> 8) | (l2 << 16));
  let xl = ((l2 >>> 16) | (l3 << 8)) ^ (l0 | (l1 << 24));
  let rot = l5 >>> 2;
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
  w[1] = xh;
  w[0] = xl;
}

/** Raw 64-bit outputs of a PCG64 read from kernel-filled blocks; see PCG64._stream. */
class RawStream extends Bits64 {
  readonly w = new Uint32Array(2);
  private pos = 0;
  private len = 0;
  private start = 0n;
  /** The generator's 32-bit buffer is held here while the stream runs (written back by finish). */
  constructor(private readonly pcg: PCG64, private readonly k: PcgKernel, private readonly buf: Uint32Array) {
    super();
    this._hasUint32 = pcg._hasUint32;
    this._uinteger = pcg._uinteger;
  }

  next64(): void {
    if (this.pos === this.len) {
      this.start = this.pcg._get128(0);
      this.k.fillRaw(KCHUNK, KOUT);
      this.len = KCHUNK;
      this.pos = 0;
    }
    const i = 2 * this.pos++;
    this.w[0] = this.buf[i]!;
    this.w[1] = this.buf[i + 1]!;
  }


  /** Rewinds the generator to just after the last consumed draw. */
  finish(): void {
    if (this.pos < this.len) this.pcg._jump(this.start, this.pos);
    this.len = this.pos = 0;
    this.pcg._hasUint32 = this._hasUint32;
    this.pcg._uinteger = this._uinteger;
  }
}
