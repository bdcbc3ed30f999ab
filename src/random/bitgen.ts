/**
 * What a distribution needs from a bit generator (NumPy's bitgen_t), and the draws every
 * 64-bit generator shares: NumPy's next32 (the low half of a 64-bit draw, then its buffered high
 * half) and next_double ((next64 >> 11) * 2^-53), both on the generator's own next64().
 * @example new np.random.PCG64(0).nextDouble() // NumPy's PCG64(0) first random()
 */

/** What a distribution needs from a bit generator (NumPy's bitgen_t). */
export interface BitGen {
  /** The last next64() draw: w[0] bits 0..31, w[1] bits 32..63. */
  readonly w: Uint32Array;
  /** Draws 64 bits into w. */
  next64(): void;
  /** 32 random bits as an unsigned number. */
  nextUint32(): number;
  /** A double in [0, 1) with 53 random bits. */
  nextDouble(): number;
  /** n doubles into out[at..at+n), as n nextDouble() calls. */
  fillDoubles(out: Float64Array, at: number, n: number): void;
}

/** A 64-bit generator: next32 and next_double as NumPy derives them from next64. */
export abstract class Bits64 implements BitGen {
  abstract readonly w: Uint32Array;
  /** @internal NumPy's has_uint32 / uinteger: the buffered high half for next32. */
  _hasUint32 = false;
  /** @internal */
  _uinteger = 0;

  abstract next64(): void;

  /** NumPy's next32: the low half of a 64-bit draw, then its high half. */
  nextUint32(): number {
    if (this._hasUint32) {
      this._hasUint32 = false;
      return this._uinteger;
    }
    this.next64();
    this._hasUint32 = true;
    this._uinteger = this.w[1]!;
    return this.w[0]!;
  }

  /** (next64 >> 11) * 2^-53. */
  nextDouble(): number {
    this.next64();
    return (this.w[1]! * 2097152 + (this.w[0]! >>> 11)) / 9007199254740992;
  }

  fillDoubles(out: Float64Array, at: number, n: number): void {
    for (let i = 0; i < n; i++) out[at + i] = this.nextDouble();
  }
}
