/**
 * A small raw DEFLATE compressor (RFC 1951): LZ77 matches over a 32 KiB window (hash chains)
 * coded with the fixed Huffman codes, or stored blocks when that would not be smaller. It lets
 * np.savez_compressed run where node:zlib is absent (browsers); Node uses zlib.
 *
 * @example
 * inflateRaw(deflateRaw(bytes)) // the same bytes
 */
import { DIST_BASE, DIST_EXTRA, LEN_BASE, LEN_EXTRA } from "./inflate.js";

const WINDOW = 32768;
const HASH_BITS = 15;
const MAX_CHAIN = 64;
const MIN_MATCH = 3;
const MAX_MATCH = 258;

class BitWriter {
  buf = new Uint8Array(1024);
  pos = 0;
  private acc = 0;
  private n = 0;

  private grow(extra: number): void {
    if (this.pos + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + extra) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.pos));
    this.buf = b;
  }

  /** Writes the low `len` bits of `v`, least significant first. */
  bits(v: number, len: number): void {
    this.acc |= v << this.n;
    this.n += len;
    this.grow(4);
    while (this.n >= 8) {
      this.buf[this.pos++] = this.acc & 0xff;
      this.acc >>>= 8;
      this.n -= 8;
    }
  }

  /** Writes a Huffman code (most significant bit first). */
  code(c: number, len: number): void {
    let r = 0;
    for (let i = 0; i < len; i++) r |= ((c >> i) & 1) << (len - 1 - i);
    this.bits(r, len);
  }

  /** Pads to a byte boundary. */
  align(): void {
    if (this.n > 0) this.bits(0, 8 - this.n);
  }

  bytes(b: Uint8Array): void {
    this.grow(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
}

function literal(w: BitWriter, sym: number): void {
  if (sym < 144) w.code(0x30 + sym, 8);
  else if (sym < 256) w.code(0x190 + sym - 144, 9);
  else if (sym < 280) w.code(sym - 256, 7);
  else w.code(0xc0 + sym - 280, 8);
}

const LEN_CODE = new Uint8Array(MAX_MATCH + 1);
for (let i = 0; i < LEN_BASE.length; i++) {
  const end = i + 1 < LEN_BASE.length ? LEN_BASE[i + 1]! : MAX_MATCH + 1;
  for (let l = LEN_BASE[i]!; l < end; l++) LEN_CODE[l] = i;
}
LEN_CODE[MAX_MATCH] = 28;

function distCode(d: number): number {
  let lo = 0;
  let hi = DIST_BASE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DIST_BASE[mid]! <= d) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function fixedBlock(src: Uint8Array): Uint8Array {
  const w = new BitWriter();
  w.bits(1, 1); // final block
  w.bits(1, 2); // fixed Huffman codes
  const head = new Int32Array(1 << HASH_BITS).fill(-1);
  const prev = new Int32Array(WINDOW);
  const hash = (i: number): number => ((src[i]! << 10) ^ (src[i + 1]! << 5) ^ src[i + 2]!) & ((1 << HASH_BITS) - 1);
  const insert = (i: number): void => {
    if (i + MIN_MATCH > src.length) return;
    const h = hash(i);
    prev[i & (WINDOW - 1)] = head[h]!;
    head[h] = i;
  };
  let i = 0;
  while (i < src.length) {
    let bestLen = 0;
    let bestDist = 0;
    if (i + MIN_MATCH <= src.length) {
      let cand = head[hash(i)]!;
      const limit = Math.min(MAX_MATCH, src.length - i);
      for (let chain = 0; cand >= 0 && i - cand <= WINDOW && chain < MAX_CHAIN; chain++) {
        let l = 0;
        while (l < limit && src[cand + l] === src[i + l]) l++;
        if (l > bestLen) {
          bestLen = l;
          bestDist = i - cand;
          if (l === limit) break;
        }
        const next = prev[cand & (WINDOW - 1)]!;
        if (next >= cand) break;
        cand = next;
      }
    }
    if (bestLen >= MIN_MATCH) {
      const lc = LEN_CODE[bestLen]!;
      literal(w, 257 + lc);
      w.bits(bestLen - LEN_BASE[lc]!, LEN_EXTRA[lc]!);
      const dc = distCode(bestDist);
      w.code(dc, 5);
      w.bits(bestDist - DIST_BASE[dc]!, DIST_EXTRA[dc]!);
      for (let k = 0; k < bestLen; k++) insert(i + k);
      i += bestLen;
    } else {
      literal(w, src[i]!);
      insert(i);
      i++;
    }
  }
  literal(w, 256);
  w.align();
  return w.buf.subarray(0, w.pos);
}

function storedBlocks(src: Uint8Array): Uint8Array {
  const w = new BitWriter();
  let i = 0;
  do {
    const len = Math.min(65535, src.length - i);
    w.bits(i + len >= src.length ? 1 : 0, 1);
    w.bits(0, 2);
    w.align();
    w.bytes(new Uint8Array([len & 0xff, len >> 8, ~len & 0xff, (~len >> 8) & 0xff]));
    w.bytes(src.subarray(i, i + len));
    i += len;
  } while (i < src.length);
  return w.buf.subarray(0, w.pos);
}

/**
 * Compresses `src` as raw DEFLATE data (no zlib or gzip wrapper).
 * @example deflateRaw(new Uint8Array(1000)).length < 20 // true
 */
export function deflateRaw(src: Uint8Array): Uint8Array {
  const fixed = fixedBlock(src);
  return fixed.length <= src.length + 5 ? fixed.slice() : storedBlocks(src).slice();
}
