/**
 * Raw DEFLATE decompression (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, so
 * that .npz files written by np.savez_compressed load everywhere, browsers included.
 *
 * @example
 * inflateRaw(new Uint8Array([0x4b, 0x04, 0x00])) // Uint8Array [97] ("a")
 */
import { ValueError } from "../core/errors.js";

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Export tables for the compressor (same RFC 1951 constants). */
export { LEN_BASE, LEN_EXTRA, DIST_BASE, DIST_EXTRA, CL_ORDER };

function corrupt(what: string): never {
  throw new ValueError(`Error -3 while decompressing data: ${what}`);
}

/**
 * A canonical Huffman decoding table: entry [reversed code] = symbol << 4 | length, over
 * 2**maxLen entries (codes shorter than maxLen fill every entry they prefix).
 */
interface Huffman {
  table: Int32Array;
  bits: number;
}

function buildHuffman(lengths: ArrayLike<number>, n: number): Huffman {
  let maxLen = 0;
  const count = new Array<number>(16).fill(0);
  for (let i = 0; i < n; i++) {
    const l = lengths[i]!;
    count[l]!++;
    if (l > maxLen) maxLen = l;
  }
  const table = new Int32Array(1 << Math.max(maxLen, 1)).fill(-1);
  if (maxLen === 0) return { table, bits: 1 };
  count[0] = 0;
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left = (left << 1) - count[len]!;
    if (left < 0) corrupt("invalid code lengths set");
  }
  const next = new Array<number>(16).fill(0);
  let code = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + count[len - 1]!) << 1;
    next[len] = code;
  }
  for (let sym = 0; sym < n; sym++) {
    const len = lengths[sym]!;
    if (len === 0) continue;
    const c = next[len]!++;
    let rev = 0;
    for (let i = 0; i < len; i++) rev |= ((c >> i) & 1) << (len - 1 - i);
    for (let j = rev; j < table.length; j += 1 << len) table[j] = (sym << 4) | len;
  }
  return { table, bits: maxLen };
}

let FIXED: [Huffman, Huffman] | undefined;

function fixedTables(): [Huffman, Huffman] {
  if (FIXED) return FIXED;
  const l = new Array<number>(288);
  for (let i = 0; i < 144; i++) l[i] = 8;
  for (let i = 144; i < 256; i++) l[i] = 9;
  for (let i = 256; i < 280; i++) l[i] = 7;
  for (let i = 280; i < 288; i++) l[i] = 8;
  return (FIXED = [buildHuffman(l, 288), buildHuffman(new Array<number>(30).fill(5), 30)]);
}

/**
 * Decompresses raw DEFLATE data (no zlib or gzip wrapper). `sizeHint` preallocates the output.
 * Corrupt input throws ValueError with zlib's wording.
 */
export function inflateRaw(src: Uint8Array, sizeHint = 0): Uint8Array {
  let out = new Uint8Array(Math.max(sizeHint, 1024));
  let op = 0;
  let pos = 0;
  let bitBuf = 0;
  let bitCnt = 0;

  const need = (n: number): void => {
    while (bitCnt < n) {
      if (pos >= src.length) corrupt("incomplete or truncated stream");
      bitBuf |= src[pos++]! << bitCnt;
      bitCnt += 8;
    }
  };
  const bits = (n: number): number => {
    if (n === 0) return 0;
    need(n);
    const v = bitBuf & ((1 << n) - 1);
    bitBuf >>>= n;
    bitCnt -= n;
    return v;
  };
  const ensure = (extra: number): void => {
    if (op + extra <= out.length) return;
    let size = out.length * 2;
    while (size < op + extra) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(out.subarray(0, op));
    out = bigger;
  };
  const decode = (h: Huffman): number => {
    // Fill up to h.bits when the stream has them; near the end fewer may remain.
    while (bitCnt < h.bits && pos < src.length) {
      bitBuf |= src[pos++]! << bitCnt;
      bitCnt += 8;
    }
    const e = h.table[bitBuf & ((1 << h.bits) - 1)]!;
    const len = e & 15;
    if (e < 0 || len > bitCnt) corrupt(e < 0 ? "invalid code" : "incomplete or truncated stream");
    bitBuf >>>= len;
    bitCnt -= len;
    return e >> 4;
  };

  let last = 0;
  while (!last) {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      bitBuf = 0;
      bitCnt = 0;
      if (pos + 4 > src.length) corrupt("incomplete or truncated stream");
      const len = src[pos]! | (src[pos + 1]! << 8);
      const nlen = src[pos + 2]! | (src[pos + 3]! << 8);
      if ((len ^ 0xffff) !== nlen) corrupt("invalid stored block lengths");
      pos += 4;
      if (pos + len > src.length) corrupt("incomplete or truncated stream");
      ensure(len);
      out.set(src.subarray(pos, pos + len), op);
      op += len;
      pos += len;
      continue;
    }
    let lit: Huffman;
    let dist: Huffman;
    if (type === 1) [lit, dist] = fixedTables();
    else if (type === 2) [lit, dist] = dynamicTables(bits, decode);
    else corrupt("invalid block type");
    for (;;) {
      const sym = decode(lit);
      if (sym < 256) {
        ensure(1);
        out[op++] = sym;
      } else if (sym === 256) {
        break;
      } else {
        const li = sym - 257;
        if (li >= 29) corrupt("invalid literal/length code");
        const len = LEN_BASE[li]! + bits(LEN_EXTRA[li]!);
        const di = decode(dist);
        if (di >= 30) corrupt("invalid distance code");
        const d = DIST_BASE[di]! + bits(DIST_EXTRA[di]!);
        if (d > op) corrupt("invalid distance too far back");
        ensure(len);
        for (let k = 0; k < len; k++, op++) out[op] = out[op - d]!;
      }
    }
  }
  return out.length === op ? out : out.slice(0, op);
}

function dynamicTables(bits: (n: number) => number, decode: (h: Huffman) => number): [Huffman, Huffman] {
  const nlen = bits(5) + 257;
  const ndist = bits(5) + 1;
  const ncode = bits(4) + 4;
  if (nlen > 286 || ndist > 30) corrupt("too many length or distance symbols");
  const cl = new Array<number>(19).fill(0);
  for (let i = 0; i < ncode; i++) cl[CL_ORDER[i]!] = bits(3);
  const clh = buildHuffman(cl, 19);
  const lengths = new Array<number>(nlen + ndist).fill(0);
  for (let i = 0; i < nlen + ndist; ) {
    const sym = decode(clh);
    if (sym < 16) {
      lengths[i++] = sym;
      continue;
    }
    let rep: number;
    let val = 0;
    if (sym === 16) {
      if (i === 0) corrupt("invalid bit length repeat");
      val = lengths[i - 1]!;
      rep = 3 + bits(2);
    } else if (sym === 17) rep = 3 + bits(3);
    else rep = 11 + bits(7);
    if (i + rep > nlen + ndist) corrupt("invalid bit length repeat");
    while (rep--) lengths[i++] = val;
  }
  if (lengths[256] === 0) corrupt("invalid code -- missing end-of-block");
  return [buildHuffman(lengths, nlen), buildHuffman(lengths.slice(nlen), ndist)];
}
