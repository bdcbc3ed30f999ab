/**
 * The order in which NumPy 2.4 returns unique values when it does not sort them
 * (`np.unique(x, sorted=False)` without return_* options, and `np.unique_values`): NumPy then
 * collects them in a C++ `std::unordered_set` (numpy/_core/src/multiarray/unique.cpp) and
 * returns them in the set's iteration order. This module replays that set as libstdc++ builds
 * it: FNV-1a 64-bit hashes of the element bytes, an initial bucket count of min(n, 1024), the
 * prime rehash policy (max load factor 1, growth factor 2) and insertion at the head of a
 * bucket, so the order is NumPy's own for integer and complex dtypes (the ones NumPy hashes).
 *
 * @example
 * np.unique_values([3, 1, 2, 1, 3]) // array([2, 1, 3]), as NumPy 2.4
 */
import type { NDArray } from "../core/ndarray.js";

/** libstdc++'s _Prime_rehash_policy: the small-count table, then its prime list from 17. */
const FAST_BKT = [2, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13];
const PRIMES = [
  17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 103, 109, 113, 127, 137, 139, 149,
  157, 167, 179, 193, 199, 211, 227, 241, 257, 277, 293, 313, 337, 359, 383, 409, 439, 467, 503, 541, 577, 619,
  661, 709, 761, 823, 887, 953, 1031, 1109, 1193, 1289, 1381, 1493, 1613, 1741, 1879, 2029, 2179, 2357, 2549,
  2753, 2971, 3209, 3469, 3739, 4027, 4349, 4703, 5087, 5503, 5953, 6427, 6949, 7517, 8123, 8783, 9497, 10273,
  11113, 12011, 12983, 14033, 15173, 16411, 17749, 19183, 20753, 22447, 24281, 26267, 28411, 30727, 33223,
  35933, 38873, 42043, 45481, 49201, 53201, 57557, 62233, 67307, 72817, 78779, 85229, 92203, 99733, 107897,
  116731, 126271, 136607, 147793, 159871, 172933, 187091, 202409, 218971, 236897, 256279, 277261, 299951,
  324503, 351061, 379787, 410857, 444487, 480881, 520241, 562841, 608903, 658753, 712697, 771049, 834181,
  902483, 976369, 1056323, 1142821, 1236397, 1337629, 1447153, 1565659, 1693859, 1832561, 1982627, 2144977,
  2320627, 2510653, 2716249, 2938679, 3179303, 3439651, 3721303, 4026031, 4355707, 4712381, 5098259, 5515729,
  5967347, 6456007, 6984629, 7556579, 8175383, 8844859, 9569143, 10352717, 11200489, 12117689, 13109983,
  14183539, 15345007, 16601593, 17961079, 19431899, 21023161, 22744717, 24607243, 26622317, 28802401, 31160981,
  33712729, 36473443, 39460231, 42691603, 46187573, 49969847, 54061849, 58488943, 63278561, 68460391, 74066549,
  80131819, 86693767, 93793069, 101473717, 109783337, 118773397, 128499677, 139022417, 150406843, 162723577,
  176048909, 190465427, 206062531, 222936881, 241193053, 260944219, 282312799, 305431229, 330442829, 357502601,
  386778277, 418451333, 452718089, 489790921, 529899637, 573292817, 620239453, 671030513, 725980837, 785430967,
  849749479, 919334987, 994618837, 1076067617, 1164186217, 1259520799, 1362662261, 1474249943, 1594975441,
  1725587117, 1866894511, 2019773507, 2185171673, 2364114217, 2557710269, 2767159799, 2993761039, 3238918481,
  3504151727, 3791104843, 4101556399, 4294967291, 6442450933,
];

/** FNV-1a 64 of `len` bytes at `off`, as [hi, lo] 32-bit halves (NumPy's npy_fnv1a). */
function fnv1a64(bytes: Uint8Array, off: number, len: number): [number, number] {
  // h = 0xcbf29ce484222325; h = (h ^ byte) * 0x100000001b3 (mod 2^64), in 16-bit limbs.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < len; i++) {
    h0 ^= bytes[off + i]!;
    // Times 0x1b3 plus (h << 40), i.e. h1 += 0, h2 += h0 << 8, h3 += h1 << 8 ... by limbs.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + ((h0 << 8) & 0xffff);
    const t3 = h3 * 0x1b3 + Math.floor(t2 / 0x10000) + ((h1 << 8) & 0xffff) + (h0 >>> 8);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 % 0x10000;
    h3 = t3 % 0x10000;
  }
  return [h3 * 0x10000 + h2, h1 * 0x10000 + h0];
}

/** The bucket of a 64-bit hash [hi, lo] among `n` buckets (hash % n). */
function bucketOf(hi: number, lo: number, n: number): number {
  // 2^32 % n, then (hi * 2^32 + lo) % n without leaving exact doubles (n < 2^33).
  const r = 0x100000000 % n;
  return (((hi % n) * r) % n + (lo % n)) % n;
}

/**
 * The element indices of the first occurrence of each distinct value, in the iteration order of
 * NumPy's unordered_set. `hashes` gives each element's [hi, lo] hash; `same(i, j)` compares two
 * elements as NumPy's equality functor.
 */
function setOrder(n: number, hashes: Uint32Array, same: (i: number, j: number) => boolean): number[] {
  const hiOf = (i: number) => hashes[2 * i]!;
  const loOf = (i: number) => hashes[2 * i + 1]!;
  let nextResize = 0;
  const nextBkt = (k: number): number => {
    if (k < FAST_BKT.length) {
      if (k === 0) return 1;
      nextResize = FAST_BKT[k]!;
      return FAST_BKT[k]!;
    }
    let lo = 0;
    let hi = PRIMES.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (PRIMES[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    nextResize = PRIMES[lo]!;
    return PRIMES[lo]!;
  };
  const BEFORE_BEGIN = -2;
  const EMPTY = -1;
  let nb = 1;
  const hint = nextBkt(Math.min(n, 1024));
  if (hint > nb) nb = hint;
  let buckets = new Int32Array(nb).fill(EMPTY);
  const nxt = new Int32Array(n).fill(-1);
  let head = -1;
  let count = 0;
  const bkt = (i: number, m: number) => bucketOf(hiOf(i), loOf(i), m);
  const rehash = (m: number): void => {
    const nbk = new Int32Array(m).fill(EMPTY);
    let p = head;
    head = -1;
    let bbegin = 0;
    while (p !== -1) {
      const next = nxt[p]!;
      const b = bkt(p, m);
      const q = nbk[b]!;
      if (q === EMPTY) {
        nxt[p] = head;
        head = p;
        nbk[b] = BEFORE_BEGIN;
        if (nxt[p] !== -1) nbk[bbegin] = p;
        bbegin = b;
      } else if (q === BEFORE_BEGIN) {
        nxt[p] = head;
        head = p;
      } else {
        nxt[p] = nxt[q]!;
        nxt[q] = p;
      }
      p = next;
    }
    buckets = nbk;
    nb = m;
  };
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    // Lookup in i's bucket.
    let b = bkt(i, nb);
    const before = buckets[b]!;
    let found = false;
    if (before !== EMPTY) {
      for (let p = before === BEFORE_BEGIN ? head : nxt[before]!; p !== -1 && bkt(p, nb) === b; p = nxt[p]!) {
        if (hiOf(p) === hiOf(i) && loOf(p) === loOf(i) && same(p, i)) {
          found = true;
          break;
        }
      }
    }
    if (found) continue;
    // _M_need_rehash(nb, count, 1).
    if (count + 1 > nextResize) {
      const minBkts = Math.max(count + 1, nextResize ? 0 : 11);
      if (minBkts >= nb) {
        rehash(nextBkt(Math.max(Math.floor(minBkts) + 1, nb * 2)));
        b = bkt(i, nb);
      } else nextResize = nb;
    }
    // _M_insert_bucket_begin(b, i).
    const q = buckets[b]!;
    if (q === EMPTY) {
      nxt[i] = head;
      head = i;
      if (nxt[i] !== -1) buckets[bkt(nxt[i]!, nb)] = i;
      buckets[b] = BEFORE_BEGIN;
    } else if (q === BEFORE_BEGIN) {
      nxt[i] = head;
      head = i;
    } else {
      nxt[i] = nxt[q]!;
      nxt[q] = i;
    }
    count++;
  }
  for (let p = head; p !== -1; p = nxt[p]!) order.push(p);
  return order;
}

/**
 * For a 1-d contiguous array of an integer or complex dtype, the indices of its distinct values
 * in NumPy's hash-set order (complex NaNs: all one value when `equalNan`, each its own
 * otherwise); null for the dtypes NumPy sorts instead (bool, floats).
 */
export function hashUniqueOrder(flat: NDArray, equalNan: boolean): number[] | null {
  const dt = flat._dt;
  if (dt.kind !== "i" && dt.kind !== "u" && dt.kind !== "c") return null;
  const n = flat.size;
  const size = dt.itemsize;
  const bytes = flat.tobytes();
  const hashes = new Uint32Array(2 * n);
  if (dt.kind !== "c") {
    for (let i = 0; i < n; i++) {
      const [hi, lo] = fnv1a64(bytes, i * size, size);
      hashes[2 * i] = hi;
      hashes[2 * i + 1] = lo;
    }
    const same = (i: number, j: number): boolean => {
      for (let k = 0; k < size; k++) if (bytes[i * size + k] !== bytes[j * size + k]) return false;
      return true;
    };
    return setOrder(n, hashes, same);
  }
  // Complex: NumPy hashes the parts with -0.0 made +0.0, and every NaN to 0 when equal_nan.
  const half = size / 2;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const part = (i: number, k: number) => (half === 4 ? view.getFloat32(i * size + k * half, true) : view.getFloat64(i * size + k * half, true));
  const isNan = (i: number) => Number.isNaN(part(i, 0)) || Number.isNaN(part(i, 1));
  const scratch = new Uint8Array(size);
  const sv = new DataView(scratch.buffer);
  for (let i = 0; i < n; i++) {
    if (equalNan && isNan(i)) continue; // hash 0
    scratch.set(bytes.subarray(i * size, (i + 1) * size));
    for (let k = 0; k < 2; k++) {
      if (part(i, k) === 0) {
        if (half === 4) sv.setFloat32(k * half, 0, true);
        else sv.setFloat64(k * half, 0, true);
      }
    }
    const [hi, lo] = fnv1a64(scratch, 0, size);
    hashes[2 * i] = hi;
    hashes[2 * i + 1] = lo;
  }
  const same = (i: number, j: number): boolean => {
    const a = isNan(i);
    const b = isNan(j);
    if (a && b) return equalNan;
    if (a || b) return false;
    return part(i, 0) === part(j, 0) && part(i, 1) === part(j, 1);
  };
  return setOrder(n, hashes, same);
}
