/**
 * Bounded random integers as NumPy draws them (distributions.c's random_bounded_* and
 * _bounded_integers.pyx): a value off + [0, rng] by Lemire's multiply-shift rejection (Generator)
 * or masked rejection (RandomState); 8- and 16-bit values come from a shared 32-bit buffer, bools
 * one bit at a time, 64-bit types use 32-bit draws whenever the range fits in 32 bits.
 *
 * @example
 * np.random.default_rng(0).integers(0, 10, 3).tolist() // [8, 6, 5], as NumPy
 */
import type { BitGen } from "./bitgen.js";

/** The 32-bit buffer shared by 8-, 16-bit and bool draws within one call. */
export interface Buffer32 {
  bcnt: number;
  buf: number;
}

function buffered16(bg: BitGen, b: Buffer32): number {
  if (b.bcnt === 0) {
    b.buf = bg.nextUint32();
    b.bcnt = 1;
  } else {
    b.buf >>>= 16;
    b.bcnt -= 1;
  }
  return b.buf & 0xffff;
}

function buffered8(bg: BitGen, b: Buffer32): number {
  if (b.bcnt === 0) {
    b.buf = bg.nextUint32();
    b.bcnt = 3;
  } else {
    b.buf >>>= 8;
    b.bcnt -= 1;
  }
  return b.buf & 0xff;
}

/** Smallest all-ones mask >= max (max < 2^32). */
export function genMask32(max: number): number {
  let m = max >>> 0;
  m |= m >>> 1;
  m |= m >>> 2;
  m |= m >>> 4;
  m |= m >>> 8;
  m |= m >>> 16;
  return m >>> 0;
}

/** Lemire's rejection on 32-bit draws: a value in [0, rng], rng < 0xFFFFFFFF. */
export function lemire32(bg: BitGen, rng: number): number {
  const excl = rng + 1;
  let x = bg.nextUint32();
  let leftover = Math.imul(x, excl) >>> 0;
  if (leftover < excl) {
    const threshold = (4294967295 - rng) % excl;
    while (leftover < threshold) {
      x = bg.nextUint32();
      leftover = Math.imul(x, excl) >>> 0;
    }
  }
  const p1 = (x & 0xffff) * excl;
  const p2 = (x >>> 16) * excl;
  return Math.floor((p2 + Math.floor(p1 / 65536)) / 65536);
}

function lemire16(bg: BitGen, rng: number, b: Buffer32): number {
  const excl = rng + 1;
  let m = buffered16(bg, b) * excl;
  let leftover = m & 0xffff;
  if (leftover < excl) {
    const threshold = (0xffff - rng) % excl;
    while (leftover < threshold) {
      m = buffered16(bg, b) * excl;
      leftover = m & 0xffff;
    }
  }
  return m >>> 16;
}

function lemire8(bg: BitGen, rng: number, b: Buffer32): number {
  const excl = rng + 1;
  let m = buffered8(bg, b) * excl;
  let leftover = m & 0xff;
  if (leftover < excl) {
    const threshold = (0xff - rng) % excl;
    while (leftover < threshold) {
      m = buffered8(bg, b) * excl;
      leftover = m & 0xff;
    }
  }
  return m >>> 8;
}

const MASK64 = (1n << 64n) - 1n;

function next64Big(bg: BitGen): bigint {
  bg.next64();
  return (BigInt(bg.w[1]!) << 32n) | BigInt(bg.w[0]!);
}

/** Lemire's rejection on 64-bit draws (rng > 0xFFFFFFFF, rng < 2^64 - 1). */
function lemire64(bg: BitGen, rng: bigint): bigint {
  const excl = rng + 1n;
  let m = next64Big(bg) * excl;
  let leftover = m & MASK64;
  if (leftover < excl) {
    const threshold = (MASK64 - rng) % excl;
    while (leftover < threshold) {
      m = next64Big(bg) * excl;
      leftover = m & MASK64;
    }
  }
  return m >> 64n;
}

/** Masked rejection on 64-bit draws. */
function masked64(bg: BitGen, rng: bigint): bigint {
  let mask = rng;
  for (const s of [1n, 2n, 4n, 8n, 16n, 32n]) mask |= mask >> s;
  for (;;) {
    const v = next64Big(bg) & mask;
    if (v <= rng) return v;
  }
}

/** A bit width class of the output dtype: how NumPy draws for it. */
export type Width = 64 | 32 | 16 | 8 | 1;

/**
 * One value in [0, rng] for an output of the given width, as random_buffered_bounded_* /
 * random_bounded_uint64 (a number when rng < 2^32, else a bigint).
 */
export function boundedDraw(bg: BitGen, width: Width, rng: number | bigint, masked: boolean, b: Buffer32): number | bigint {
  if (typeof rng === "bigint") {
    if (rng === MASK64) return next64Big(bg);
    return masked ? masked64(bg, rng) : lemire64(bg, rng);
  }
  if (rng === 0) return 0;
  switch (width) {
    case 1: {
      if (b.bcnt === 0) {
        b.buf = bg.nextUint32();
        b.bcnt = 31;
      } else {
        b.buf >>>= 1;
        b.bcnt -= 1;
      }
      return b.buf & 1;
    }
    case 8: {
      if (rng === 0xff) return buffered8(bg, b);
      if (masked) {
        const mask = genMask32(rng);
        for (;;) {
          const v = buffered8(bg, b) & mask;
          if (v <= rng) return v;
        }
      }
      return lemire8(bg, rng, b);
    }
    case 16: {
      if (rng === 0xffff) return buffered16(bg, b);
      if (masked) {
        const mask = genMask32(rng);
        for (;;) {
          const v = buffered16(bg, b) & mask;
          if (v <= rng) return v;
        }
      }
      return lemire16(bg, rng, b);
    }
    default: {
      if (rng === 0xffffffff) return bg.nextUint32();
      if (masked) {
        const mask = genMask32(rng);
        for (;;) {
          const v = (bg.nextUint32() & mask) >>> 0;
          if (v <= rng) return v;
        }
      }
      return lemire32(bg, rng);
    }
  }
}

/**
 * random_interval(max): a value in [0, max] by masked rejection (32-bit draws when max fits),
 * the draw NumPy's shuffles use.
 */
export function randomInterval(bg: BitGen, max: number): number {
  if (max === 0) return 0;
  if (max <= 0xffffffff) {
    const mask = genMask32(max);
    for (;;) {
      const v = (bg.nextUint32() & mask) >>> 0;
      if (v <= max) return v;
    }
  }
  return Number(masked64(bg, BigInt(max)));
}

/** random_bounded_uint64(0, max) by Lemire (NumPy's choice and _shuffle_int draws). */
export function boundedUint64(bg: BitGen, max: number): number {
  if (max === 0) return 0;
  if (max <= 0xffffffff) return max === 0xffffffff ? bg.nextUint32() : lemire32(bg, max);
  return Number(lemire64(bg, BigInt(max)));
}
