/**
 * A small raw DEFLATE compressor (RFC 1951): LZ77 matches over a 32 KiB window (hash chains),
 * then blocks coded with their own (dynamic) Huffman codes, or stored where that is smaller.
 * It lets np.savez_compressed run where node:zlib is absent (browsers); Node uses zlib.
 *
 * @example
 * inflateRaw(deflateRaw(bytes)) // the same bytes
 */
import { CL_ORDER, DIST_BASE, DIST_EXTRA, LEN_BASE, LEN_EXTRA } from "./inflate.js";

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

/** LZ77 tokens: lit[i] is a byte (dist[i] = 0) or a match length (dist[i] > 0). */
interface Tokens {
  lit: Uint16Array;
  dist: Uint16Array;
  /** Source offset where each token starts (and the source length at the end). */
  at: Uint32Array;
  n: number;
}

function lz77(src: Uint8Array): Tokens {
  const cap = src.length + 1;
  const t: Tokens = { lit: new Uint16Array(cap), dist: new Uint16Array(cap), at: new Uint32Array(cap + 1), n: 0 };
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
    t.at[t.n] = i;
    if (bestLen >= MIN_MATCH) {
      t.lit[t.n] = bestLen;
      t.dist[t.n++] = bestDist;
      for (let k = 0; k < bestLen; k++) insert(i + k);
      i += bestLen;
    } else {
      t.lit[t.n] = src[i]!;
      t.dist[t.n++] = 0;
      insert(i);
      i++;
    }
  }
  t.at[t.n] = src.length;
  return t;
}

/** Huffman code lengths for the frequencies, none longer than `limit` (frequencies flattened until so). */
function codeLengths(freq: readonly number[], limit: number): number[] {
  let f = freq.slice();
  for (;;) {
    const lens = huffmanLengths(f);
    if (Math.max(0, ...lens) <= limit) return lens;
    f = f.map((x) => (x === 0 ? 0 : (x >> 1) | 1));
  }
}

function huffmanLengths(freq: readonly number[]): number[] {
  const lens = new Array<number>(freq.length).fill(0);
  const leaves = freq.map((w, s) => [w, s] as [number, number]).filter(([w]) => w > 0).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (leaves.length === 1) lens[leaves[0]![1]] = 1;
  if (leaves.length <= 1) return lens;
  // Two-queue construction: leaves in weight order, internal nodes in creation order.
  const weight: number[] = leaves.map(([w]) => w);
  const parent: number[] = new Array<number>(leaves.length).fill(-1);
  let li = 0;
  let ni = leaves.length;
  const take = (): number => {
    if (li < leaves.length && (ni >= weight.length || weight[li]! <= weight[ni]!)) return li++;
    return ni++;
  };
  while (weight.length < 2 * leaves.length - 1) {
    const a = take();
    const b = take();
    const id = weight.length;
    weight.push(weight[a]! + weight[b]!);
    parent.push(-1);
    parent[a] = id;
    parent[b] = id;
  }
  const depth = new Array<number>(weight.length).fill(0);
  for (let k = weight.length - 2; k >= 0; k--) depth[k] = depth[parent[k]!]! + 1;
  leaves.forEach(([, s], k) => (lens[s] = depth[k]!));
  return lens;
}

/** Canonical codes for code lengths (RFC 1951 3.2.2). */
function canonical(lens: readonly number[]): number[] {
  const count = new Array<number>(16).fill(0);
  for (const l of lens) if (l) count[l]!++;
  const next = new Array<number>(16).fill(0);
  for (let b = 1, code = 0; b < 16; b++) {
    code = (code + count[b - 1]!) << 1;
    next[b] = code;
  }
  return lens.map((l) => (l ? next[l]!++ : 0));
}

/** At least two used symbols, so every code is complete and decoders of all kinds accept it. */
function atLeastTwo(freq: number[]): void {
  let used = freq.filter((x) => x > 0).length;
  for (let s = 0; used < 2 && s < freq.length; s++) if (freq[s] === 0) (freq[s] = 1), used++;
}

/** Writes tokens [from, to) as one dynamic-Huffman block, or as stored blocks where smaller. */
function writeBlock(w: BitWriter, src: Uint8Array, t: Tokens, from: number, to: number, final: boolean): void {
  const lf = new Array<number>(286).fill(0);
  const df = new Array<number>(30).fill(0);
  for (let k = from; k < to; k++) {
    if (t.dist[k] === 0) lf[t.lit[k]!]!++;
    else {
      lf[257 + LEN_CODE[t.lit[k]!]!]!++;
      df[distCode(t.dist[k]!)]!++;
    }
  }
  lf[256] = 1;
  atLeastTwo(lf);
  atLeastTwo(df);
  const ll = codeLengths(lf, 15);
  const dl = codeLengths(df, 15);
  let hlit = 286;
  while (hlit > 257 && ll[hlit - 1] === 0) hlit--;
  let hdist = 30;
  while (hdist > 1 && dl[hdist - 1] === 0) hdist--;
  // Run-length code the lengths with symbols 16 (repeat previous), 17 and 18 (zeros).
  const all = [...ll.slice(0, hlit), ...dl.slice(0, hdist)];
  const rle: [number, number, number][] = [];
  for (let i = 0; i < all.length; ) {
    const v = all[i]!;
    let run = 1;
    while (i + run < all.length && all[i + run] === v) run++;
    let left = run;
    if (v === 0) {
      while (left >= 11) rle.push([18, 7, Math.min(left, 138) - 11]), (left -= Math.min(left, 138));
      if (left >= 3) rle.push([17, 3, left - 3]), (left = 0);
    } else {
      rle.push([v, 0, 0]);
      left--;
      while (left >= 3) rle.push([16, 2, Math.min(left, 6) - 3]), (left -= Math.min(left, 6));
    }
    for (; left > 0; left--) rle.push([v, 0, 0]);
    i += run;
  }
  const cf = new Array<number>(19).fill(0);
  for (const [sym] of rle) cf[sym]!++;
  atLeastTwo(cf);
  const cl = codeLengths(cf, 7);
  let hclen = 19;
  while (hclen > 4 && cl[CL_ORDER[hclen - 1]!] === 0) hclen--;
  // The block's size in bits both ways.
  let bits = 3 + 5 + 5 + 4 + 3 * hclen;
  for (const [sym, eb] of rle) bits += cl[sym]! + eb;
  for (let s = 0; s < 286; s++) bits += lf[s]! * ll[s]!;
  for (let s = 0; s < 30; s++) bits += df[s]! * dl[s]!;
  for (let c = 0; c < 29; c++) bits += lf[257 + c]! * LEN_EXTRA[c]!;
  for (let c = 0; c < 30; c++) bits += df[c]! * DIST_EXTRA[c]!;
  const start = t.at[from]!;
  const end = t.at[to]!;
  if (bits > (end - start + 5 * Math.ceil((end - start + 1) / 65535)) * 8 + 10) {
    let i = start;
    do {
      const len = Math.min(65535, end - i);
      w.bits(final && i + len >= end ? 1 : 0, 1);
      w.bits(0, 2);
      w.align();
      w.bytes(new Uint8Array([len & 0xff, len >> 8, ~len & 0xff, (~len >> 8) & 0xff]));
      w.bytes(src.subarray(i, i + len));
      i += len;
    } while (i < end);
    return;
  }
  const lc = canonical(ll);
  const dc = canonical(dl);
  const cc = canonical(cl);
  w.bits(final ? 1 : 0, 1);
  w.bits(2, 2);
  w.bits(hlit - 257, 5);
  w.bits(hdist - 1, 5);
  w.bits(hclen - 4, 4);
  for (let k = 0; k < hclen; k++) w.bits(cl[CL_ORDER[k]!]!, 3);
  for (const [sym, eb, ev] of rle) {
    w.code(cc[sym]!, cl[sym]!);
    if (eb) w.bits(ev, eb);
  }
  for (let k = from; k < to; k++) {
    const d = t.dist[k]!;
    if (d === 0) {
      w.code(lc[t.lit[k]!]!, ll[t.lit[k]!]!);
      continue;
    }
    const len = t.lit[k]!;
    const c = LEN_CODE[len]!;
    w.code(lc[257 + c]!, ll[257 + c]!);
    w.bits(len - LEN_BASE[c]!, LEN_EXTRA[c]!);
    const e = distCode(d);
    w.code(dc[e]!, dl[e]!);
    w.bits(d - DIST_BASE[e]!, DIST_EXTRA[e]!);
  }
  w.code(lc[256]!, ll[256]!);
}

const BLOCK_TOKENS = 1 << 15;

/**
 * Compresses `src` as raw DEFLATE data (no zlib or gzip wrapper).
 * @example deflateRaw(new Uint8Array(1000)).length < 20 // true
 */
export function deflateRaw(src: Uint8Array): Uint8Array {
  const t = lz77(src);
  const w = new BitWriter();
  if (t.n === 0) {
    writeBlock(w, src, t, 0, 0, true);
  } else {
    for (let from = 0; from < t.n; from += BLOCK_TOKENS) writeBlock(w, src, t, from, Math.min(t.n, from + BLOCK_TOKENS), from + BLOCK_TOKENS >= t.n);
  }
  w.align();
  return w.buf.slice(0, w.pos);
}
