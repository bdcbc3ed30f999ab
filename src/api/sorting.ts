/**
 * Sorting and searching: np.sort, np.argsort (and the ndarray methods, `a.sort()` in place),
 * np.searchsorted, np.unique and NumPy 2's unique_values / unique_counts / unique_inverse /
 * unique_all.
 *
 * Every kind sorts stably. NumPy's 'stable' and 'mergesort' are stable; its 'quicksort' and
 * 'heapsort' leave the order of equal elements unspecified, and the stable order is one valid
 * answer (so `np.argsort(x)` here equals NumPy's `np.argsort(x, kind="stable")`).
 *
 * Real dtypes sort by an LSD radix sort of order-preserving 32-bit key words carrying the
 * element indices: floats map to their sign-flipped bits, with every NaN mapped to the largest
 * key (NaNs last, in their original order, as NumPy) and -0 to +0 (equal, as NumPy compares
 * them); int64/uint64 use their two 32-bit halves, so values past 2^53 stay exact. Complex
 * sorts with NumPy's order (real part, then imaginary part; [R + Rj, R + nanj, nan + Rj,
 * nan + nanj]) in a stable merge sort.
 *
 * @example
 * np.sort([3, 1, 2]) // array([1, 2, 3])
 * np.argsort([3, 1, 2]) // array([1, 2, 0])
 * np.searchsorted([1, 2, 3], 2.5) // 2
 * np.unique([3, 1, 3], {return_counts: true}) // [array([1, 3]), array([1, 2])]
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { INT32, INT64, UINT32, resultType, type DType } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { normalizeAxis } from "../core/shape.js";
import type { AnyTyped } from "../storage/region.js";
import { HEAP, heapAlloc, heapFree, kernels } from "../storage/heap.js";
import { asArray } from "./creation.js";
import { moveaxis } from "./manipulation.js";
import { hashUniqueOrder } from "./unique_hash.js";

type SortKind = "quicksort" | "mergesort" | "heapsort" | "stable";
interface SortOpts {
  axis?: number | null;
  kind?: SortKind | null;
  order?: unknown;
  stable?: boolean | null;
}

/** Checks `kind` (NumPy reads its first letter) and `stable`, as NumPy's sortkind converter. */
function checkKind(kind: unknown, stable: unknown): void {
  if (kind !== undefined && kind !== null) {
    if (stable !== undefined && stable !== null) {
      throw new ValueError("`kind` and keyword parameters can't be provided at the same time. Use only one of them.");
    }
    if (typeof kind !== "string") throw new NumpyTypeError(`sort kind must be str, not ${pyType(kind)}`);
    if (!"qQhHmMsS".includes(kind[0] ?? "_")) throw new ValueError(`sort kind must be one of 'quick', 'heap', or 'stable' (got '${kind}')`);
  }
  // `stable` alone (any truth value) picks 'stable' or the default kind: both sort stably here.
}

/** Python's type name of a JS value, for NumPy's TypeError messages. */
function pyType(x: unknown): string {
  if (x === null || x === undefined) return "NoneType";
  if (typeof x === "number") return Number.isInteger(x) ? "int" : "float";
  if (typeof x === "boolean") return "bool";
  if (typeof x === "bigint") return "int";
  if (Array.isArray(x)) return "list";
  return typeof x === "object" ? "dict" : typeof x;
}

/** The axis of sort and a.sort, which NumPy parses as a C int ("integer argument expected, got float"). */
function sortAxis(axis: unknown, ndim: number): number {
  if (typeof axis === "number" && !Number.isInteger(axis)) throw new NumpyTypeError("integer argument expected, got float");
  if (typeof axis === "boolean") axis = Number(axis);
  return normalizeAxis(axis as number, ndim);
}

/** `order` names fields of a structured dtype, which ndts does not have: NumPy's ValueError. */
function checkOrder(order: unknown): void {
  if (order !== undefined && order !== null) throw new ValueError("Cannot specify order when the array has no fields.");
}

// ---- keys ---------------------------------------------------------------------------------------

/** Scratch buffers of one call, reused across its lanes: key words, indices, complex parts, histograms. */
class Scratch {
  hi: Uint32Array = new Uint32Array(0);
  lo: Uint32Array = new Uint32Array(0);
  hi2: Uint32Array = new Uint32Array(0);
  lo2: Uint32Array = new Uint32Array(0);
  idx = new Int32Array(0);
  idx2 = new Int32Array(0);
  re = new Float64Array(0);
  im = new Float64Array(0);
  /** Set by fillKeys when a float lane holds a NaN or -0.0 (whose bits its keys do not keep). */
  special = false;
  private hist = new Int32Array(0);
  /** The histogram buffer, at least n entries. */
  counts(n: number): Int32Array {
    if (this.hist.length < n) this.hist = new Int32Array(n);
    return this.hist;
  }
  ensure(n: number): void {
    if (this.idx.length >= n) return;
    // hi and lo may already be views of HeapKeys' buffers
    if (this.hi.length < n) this.hi = new Uint32Array(n);
    if (this.lo.length < n) this.lo = new Uint32Array(n);
    this.hi2 = new Uint32Array(n);
    this.lo2 = new Uint32Array(n);
    this.idx = new Int32Array(n);
    this.idx2 = new Int32Array(n);
  }
  ensureComplex(n: number): void {
    this.ensure(n);
    if (this.re.length < n) {
      this.re = new Float64Array(n);
      this.im = new Float64Array(n);
    }
  }
}

/** Number of 32-bit key words of a real dtype (2 for 64-bit dtypes), or 0 for complex. */
function keyWords(dt: DType): number {
  return dt.kind === "c" ? 0 : dt.itemsize === 8 ? 2 : 1;
}

/**
 * Fills the order-preserving keys of the n elements at byte address p, byte stride s: `lo`
 * (and `hi` for 64-bit dtypes, most significant), or `re`/`im` for complex.
 */
function fillKeys(a: NDArray, p: number, s: number, n: number, S: Scratch): void {
  const dt = a._dt;
  const region = a._storage.region;
  const { hi, lo } = S;
  S.special = false;
  if (dt.kind === "c") {
    const v = region.view(dt) as Float32Array | Float64Array;
    const c = 1 << dt.shift;
    for (let i = 0; i < n; i++) {
      const e = (p + i * s) / c;
      S.re[i] = v[e]!;
      S.im[i] = v[e + 1]!;
    }
    return;
  }
  if (dt.itemsize === 8) {
    const u = region.view(UINT32) as Uint32Array;
    for (let i = 0; i < n; i++) {
      const w = (p + i * s) / 4;
      let h = u[w + 1]!;
      let l = u[w]!;
      if (dt.kind === "f") {
        if ((h & 0x7ff00000) === 0x7ff00000 && ((h & 0xfffff) | l) !== 0) {
          h = 0xffffffff;
          l = 0xffffffff;
          S.special = true;
        } else {
          if (h === 0x80000000 && l === 0) {
            h = 0;
            S.special = true;
          }
          if (h & 0x80000000) {
            h = ~h >>> 0;
            l = ~l >>> 0;
          } else h = (h ^ 0x80000000) >>> 0;
        }
      } else if (dt.kind === "i") h = (h ^ 0x80000000) >>> 0;
      hi[i] = h;
      lo[i] = l;
    }
    return;
  }
  if (dt.kind === "f") {
    // float32 (float16 is not an ndts dtype here)
    const u = region.view(UINT32) as Uint32Array;
    for (let i = 0; i < n; i++) {
      let w = u[(p + i * s) / 4]!;
      if ((w & 0x7f800000) === 0x7f800000 && (w & 0x7fffff) !== 0) {
        w = 0xffffffff;
        S.special = true;
      } else {
        if (w === 0x80000000) {
          w = 0;
          S.special = true;
        }
        w = w & 0x80000000 ? ~w >>> 0 : (w ^ 0x80000000) >>> 0;
      }
      lo[i] = w;
    }
    return;
  }
  const v = region.view(dt) as Exclude<AnyTyped, BigInt64Array | BigUint64Array>;
  const c = dt.itemsize;
  const bias = dt.kind === "i" ? 2 ** (8 * c - 1) : 0;
  for (let i = 0; i < n; i++) lo[i] = v[(p + i * s) / c]! + bias;
}

// ---- index sorts ----------------------------------------------------------------------------------


/**
 * The LSD radix plan of radixArgsort and radixSortKeys for n keys of `words` 32-bit words (hi,
 * lo): the digit width, 8 bits for short lanes (a small histogram to clear), 11 for medium ones,
 * 16 for long ones (fewer passes; measured fastest over 1e6 float64: 58 ms against 116 ms with
 * 11), and every digit's histogram in one read of the keys: digit d of word w at
 * (w * passes + d) * buckets.
 */
function digitHistograms(n: number, words: number, hi: Uint32Array, lo: Uint32Array, S: Scratch) {
  const bits = n < 4096 ? 8 : n < 65536 ? 11 : 16;
  const mask = (1 << bits) - 1;
  const buckets = 1 << bits;
  const passes = Math.ceil(32 / bits);
  const total = words * passes;
  const count = S.counts(total * buckets);
  count.fill(0, 0, total * buckets);
  for (let w = 0; w < words; w++) {
    const key = w === words - 1 ? lo : hi;
    for (let d = 0; d < passes; d++) {
      const base = (w * passes + d) * buckets;
      const shift = d * bits;
      for (let i = 0; i < n; i++) count[base + ((key[i]! >>> shift) & mask)]++;
    }
  }
  return { bits, mask, buckets, passes, count };
}

/**
 * Turns one digit's histogram at `base` into start offsets; false (nothing to move) when every
 * key has the same digit, which the first key's digit `first` shows.
 */
function digitStarts(count: Int32Array, base: number, buckets: number, first: number, n: number): boolean {
  if (count[base + first] === n) return false;
  let sum = 0;
  for (let b = base; b < base + buckets; b++) {
    const c = count[b]!;
    count[b] = sum;
    sum += c;
  }
  return true;
}

/**
 * Stable sort of idx[0..n) = 0..n-1 by the keys in S (words = 1: lo; 2: hi then lo): insertion
 * sort for short lanes, else an LSD radix sort (8- or 11-bit digits, passes whose digit is the
 * same for every element skipped). Returns the array holding the sorted indices.
 */
function radixArgsort(n: number, words: number, S: Scratch): Int32Array {
  let idx = S.idx;
  for (let i = 0; i < n; i++) idx[i] = i;
  if (n < 2) return idx;
  const { hi, lo } = S;
  if (n <= 24) {
    for (let i = 1; i < n; i++) {
      const h = words === 2 ? hi[i]! : 0;
      const l = lo[i]!;
      let j = i - 1;
      while (j >= 0) {
        const k = idx[j]!;
        const hk = words === 2 ? hi[k]! : 0;
        if (hk < h || (hk === h && lo[k]! <= l)) break;
        idx[j + 1] = k;
        j--;
      }
      idx[j + 1] = i;
    }
    return idx;
  }
  const { bits, mask, buckets, passes, count } = digitHistograms(n, words, hi, lo, S);
  // Keys travel with the indices: (kh, kl) are the current order's key words.
  let kh = hi;
  let kl = lo;
  let th = S.hi2;
  let tl = S.lo2;
  let ti = S.idx2;
  for (let w = words - 1; w >= 0; w--) {
    for (let d = 0; d < passes; d++) {
      const shift = d * bits;
      const key = w === words - 1 ? kl : kh;
      const base = (w * passes + d) * buckets;
      if (!digitStarts(count, base, buckets, (key[0]! >>> shift) & mask, n)) continue;
      if (words === 2) {
        for (let i = 0; i < n; i++) {
          const dst = count[base + ((key[i]! >>> shift) & mask)]++;
          th[dst] = kh[i]!;
          tl[dst] = kl[i]!;
          ti[dst] = idx[i]!;
        }
        [kh, th] = [th, kh];
      } else {
        for (let i = 0; i < n; i++) {
          const dst = count[base + ((key[i]! >>> shift) & mask)]++;
          tl[dst] = kl[i]!;
          ti[dst] = idx[i]!;
        }
      }
      [kl, tl] = [tl, kl];
      [idx, ti] = [ti, idx];
    }
  }
  return idx;
}

/**
 * Sorts the keys in S themselves (no indices): the LSD radix passes of radixArgsort moving one or
 * two words. Returns the arrays holding the sorted keys.
 */
function radixSortKeys(n: number, words: number, S: Scratch): { hi: Uint32Array; lo: Uint32Array } {
  let kh = S.hi;
  let kl = S.lo;
  if (n <= 24) {
    for (let i = 1; i < n; i++) {
      const h = words === 2 ? kh[i]! : 0;
      const l = kl[i]!;
      let j = i - 1;
      while (j >= 0) {
        const hj = words === 2 ? kh[j]! : 0;
        if (hj < h || (hj === h && kl[j]! <= l)) break;
        if (words === 2) kh[j + 1] = hj;
        kl[j + 1] = kl[j]!;
        j--;
      }
      if (words === 2) kh[j + 1] = h;
      kl[j + 1] = l;
    }
    return { hi: kh, lo: kl };
  }
  const { bits, mask, buckets, passes, count } = digitHistograms(n, words, kh, kl, S);
  let th = S.hi2;
  let tl = S.lo2;
  for (let w = words - 1; w >= 0; w--) {
    for (let d = 0; d < passes; d++) {
      const shift = d * bits;
      const key = w === words - 1 ? kl : kh;
      const base = (w * passes + d) * buckets;
      if (!digitStarts(count, base, buckets, (key[0]! >>> shift) & mask, n)) continue;
      if (words === 2) {
        for (let i = 0; i < n; i++) {
          const dst = count[base + ((key[i]! >>> shift) & mask)]++;
          th[dst] = kh[i]!;
          tl[dst] = kl[i]!;
        }
        [kh, th] = [th, kh];
      } else {
        for (let i = 0; i < n; i++) tl[count[base + ((key[i]! >>> shift) & mask)]++] = kl[i]!;
      }
      [kl, tl] = [tl, kl];
    }
  }
  return { hi: kh, lo: kl };
}

/**
 * Writes sorted keys back to a lane as values (the inverse of fillKeys's mapping). Only for lanes
 * whose keys keep every bit: real dtypes, floats without NaN or -0.0.
 */
function writeKeys(a: NDArray, p: number, s: number, n: number, kh: Uint32Array, kl: Uint32Array): void {
  const dt = a._dt;
  const region = a._storage.region;
  if (dt.itemsize === 8) {
    const u = region.view(UINT32) as Uint32Array;
    const step = s / 4;
    for (let i = 0, e = p / 4; i < n; i++, e += step) {
      let h = kh[i]!;
      let l = kl[i]!;
      if (dt.kind === "f") {
        if (h & 0x80000000) h = (h ^ 0x80000000) >>> 0;
        else {
          h = ~h >>> 0;
          l = ~l >>> 0;
        }
      } else if (dt.kind === "i") h = (h ^ 0x80000000) >>> 0;
      u[e] = l;
      u[e + 1] = h;
    }
    return;
  }
  if (dt.kind === "f") {
    const u = region.view(UINT32) as Uint32Array;
    const step = s / 4;
    for (let i = 0, e = p / 4; i < n; i++, e += step) {
      const w = kl[i]!;
      u[e] = w & 0x80000000 ? (w ^ 0x80000000) >>> 0 : ~w >>> 0;
    }
    return;
  }
  const v = region.view(dt) as Exclude<AnyTyped, BigInt64Array | BigUint64Array>;
  const c = dt.itemsize;
  const bias = dt.kind === "i" ? 2 ** (8 * c - 1) : 0;
  const step = s / c;
  for (let i = 0, e = p / c; i < n; i++, e += step) v[e] = kl[i]! - bias;
}

/** NumPy's complex less-than (npysort's CLT): NaNs last, [R + Rj, R + nanj, nan + Rj, nan + nanj]. */
function complexLess(ar: number, ai: number, br: number, bi: number): boolean {
  if (ar < br) return ai === ai || bi !== bi;
  if (ar > br) return bi !== bi && ai === ai;
  if (ar === br || (ar !== ar && br !== br)) return ai < bi || (bi !== bi && ai === ai);
  return br !== br;
}

/** Stable merge sort of indices by the complex keys S.re/S.im. */
function complexArgsort(n: number, S: Scratch): Int32Array {
  const { re, im } = S;
  let idx = S.idx;
  let tmp = S.idx2;
  for (let i = 0; i < n; i++) idx[i] = i;
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const x = idx[i]!;
      let j = i - 1;
      while (j >= lo && complexLess(re[x]!, im[x]!, re[idx[j]!]!, im[idx[j]!]!)) {
        idx[j + 1] = idx[j]!;
        j--;
      }
      idx[j + 1] = x;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const a = idx[i]!;
        const b = idx[j]!;
        if (complexLess(re[b]!, im[b]!, re[a]!, im[a]!)) {
          tmp[k++] = b;
          j++;
        } else {
          tmp[k++] = a;
          i++;
        }
      }
      while (i < mid) tmp[k++] = idx[i++]!;
      while (j < hi) tmp[k++] = idx[j++]!;
    }
    [idx, tmp] = [tmp, idx];
  }
  return idx;
}

/** The stable sorting permutation of one lane (n elements at byte address p, byte stride s). */
function argsortLane(a: NDArray, p: number, s: number, n: number, S: Scratch): Int32Array {
  fillKeys(a, p, s, n, S);
  return a._dt.kind === "c" ? complexArgsort(n, S) : radixArgsort(n, keyWords(a._dt), S);
}

// ---- lanes ------------------------------------------------------------------------------------------

/** Byte addresses of the first element of every lane along `axis`. */
function lanePointers(a: NDArray, axis: number): number[] {
  const shape = a.shape;
  const strides = a.strides;
  const other: number[] = [];
  for (let d = 0; d < shape.length; d++) if (d !== axis) other.push(d);
  const out: number[] = [];
  const counter = new Array<number>(other.length).fill(0);
  let total = 1;
  for (const d of other) total *= shape[d]!;
  for (let k = 0; k < total; k++) {
    let p = a._ptr;
    for (let j = 0; j < other.length; j++) p += counter[j]! * strides[other[j]!]!;
    out.push(p);
    for (let j = other.length - 1; j >= 0; j--) {
      if (++counter[j]! < shape[other[j]!]!) break;
      counter[j] = 0;
    }
  }
  return out;
}

/** Element-copy units: a TypedArray over the region whose `w` consecutive items make one element. */
function unitView(a: NDArray): { u: Uint8Array | Uint16Array | Uint32Array; w: number; c: number } {
  const size = a._dt.itemsize;
  const region = a._storage.region;
  if (size >= 4) return { u: region.view(UINT32) as Uint32Array, w: size / 4, c: 4 };
  if (size === 2) return { u: new Uint16Array(region.buffer), w: 1, c: 2 };
  return { u: region.bytes(), w: 1, c: 1 };
}

/** Sorts `a` in place along `axis` (already normalized), stably. */
function sortInPlace(a: NDArray, axis: number): void {
  const n = a.shape[axis]!;
  if (n <= 1 || a.size === 0) return;
  const s = a.strides[axis]!;
  const S = new Scratch();
  const words = keyWords(a._dt);
  // Long lanes build and sort their keys in the WebAssembly heap (the kernel's passes): S.hi and
  // S.lo are views of its key buffers, which the Scratch then does not allocate.
  const keys = words > 0 && n >= WASM_SORT_MIN ? HeapKeys.make(n, words, S) : null;
  if (a._dt.kind === "c") S.ensureComplex(n);
  else S.ensure(n);
  try {
    // Nothing below allocates in the heap, so the region's views stay valid.
    const { u, w, c } = unitView(a);
    const copy: Uint8Array | Uint16Array | Uint32Array = new (u.constructor as Uint32ArrayConstructor)(n * w);
    const step = s / c;
    for (const p of lanePointers(a, axis)) {
      if (words > 0) {
        fillKeys(a, p, s, n, S);
        if (!S.special) {
          // The keys keep every bit: sort them alone and write them back as values.
          const k = keys ? keys.sort() : radixSortKeys(n, words, S);
          writeKeys(a, p, s, n, k.hi, k.lo);
          continue;
        }
      }
      const idx = argsortLane(a, p, s, n, S);
      if (c === 4) permute32(u as Uint32Array, copy as Uint32Array, p / c, step, n, w, idx);
      else permuteNarrow(u as unknown as Uint8Array | Uint16Array, copy as unknown as Uint8Array | Uint16Array, p / c, step, n, idx);
    }
  } finally {
    keys?.free();
  }
}

/** Lanes from this length sort their keys with the WebAssembly kernel (radix_sort_keys). */
const WASM_SORT_MIN = 4096;

/**
 * Key buffers in the WebAssembly heap for radix_sort_keys: the keys (copied from a Scratch's
 * hi/lo), the other buffers of the passes, and the histograms (16-bit digits, as the
 * TypeScript passes use for long lanes; 11-bit ones ran slower over 1e6 float64 here too).
 */
class HeapKeys {
  private static readonly BITS = 16;
  private constructor(
    private readonly ptr: number,
    private readonly bytes: number,
    private readonly n: number,
    private readonly words: number,
  ) {}
  /** The buffers, with S.hi and S.lo made views of the key words (null when the heap is full). */
  static make(n: number, words: number, S: Scratch): HeapKeys | null {
    const bytes = 16 * n + 4 * words * Math.ceil(32 / HeapKeys.BITS) * (1 << HeapKeys.BITS);
    const ptr = heapAlloc(bytes);
    if (ptr < 0) return null;
    const keys = new HeapKeys(ptr, bytes, n, words);
    S.hi = keys.view(0);
    S.lo = keys.view(1);
    return keys;
  }
  /** Buffer k of n words: hi, lo, hi2, lo2 (then the histograms). */
  private at(k: number): number {
    return this.ptr + 4 * this.n * k;
  }
  private view(k: number): Uint32Array {
    const at = this.at(k) >> 2;
    return (HEAP.view(UINT32) as Uint32Array).subarray(at, at + this.n);
  }
  /** Sorts the keys in S.hi/S.lo (the heap buffers); returns views of the sorted words. */
  sort(): { hi: Uint32Array; lo: Uint32Array } {
    const where = kernels.radix_sort_keys(this.at(0), this.at(1), this.at(2), this.at(3), this.n, this.words, HeapKeys.BITS, this.at(4));
    return { hi: this.view(where & 2 ? 2 : 0), lo: this.view(where & 1 ? 3 : 1) };
  }
  free(): void {
    heapFree(this.ptr, this.bytes);
  }
}

/** Reorders one lane of elements of w 32-bit words (at e0, step `step` words) by idx. */
function permute32(u: Uint32Array, copy: Uint32Array, e0: number, step: number, n: number, w: number, idx: Int32Array): void {
  if (w === 1) {
    for (let i = 0, e = e0; i < n; i++, e += step) copy[i] = u[e]!;
    for (let i = 0, e = e0; i < n; i++, e += step) u[e] = copy[idx[i]!]!;
  } else if (w === 2) {
    for (let i = 0, e = e0; i < n; i++, e += step) {
      copy[2 * i] = u[e]!;
      copy[2 * i + 1] = u[e + 1]!;
    }
    for (let i = 0, e = e0; i < n; i++, e += step) {
      const from = 2 * idx[i]!;
      u[e] = copy[from]!;
      u[e + 1] = copy[from + 1]!;
    }
  } else {
    for (let i = 0, e = e0; i < n; i++, e += step) for (let k = 0; k < w; k++) copy[i * w + k] = u[e + k]!;
    for (let i = 0, e = e0; i < n; i++, e += step) {
      const from = idx[i]! * w;
      for (let k = 0; k < w; k++) u[e + k] = copy[from + k]!;
    }
  }
}

/** Reorders one lane of 1- or 2-byte elements by idx. */
function permuteNarrow(u: Uint8Array | Uint16Array, copy: Uint8Array | Uint16Array, e0: number, step: number, n: number, idx: Int32Array): void {
  for (let i = 0, e = e0; i < n; i++, e += step) copy[i] = u[e]!;
  for (let i = 0, e = e0; i < n; i++, e += step) u[e] = copy[idx[i]!]!;
}

/** argsort of `a` along `axis` (normalized) into a new C-contiguous int64 array. */
function argsortAxis(a: NDArray, axis: number): NDArray {
  const out = emptyArray(INT64, a.shape);
  const n = a.shape[axis]!;
  if (a.size === 0) return out;
  const S = new Scratch();
  if (a._dt.kind === "c") S.ensureComplex(n);
  else S.ensure(n);
  const ptrs = lanePointers(a, axis);
  const optrs = lanePointers(out, axis);
  const os = out.strides[axis]! / 4;
  for (let l = 0; l < ptrs.length; l++) {
    const idx = argsortLane(a, ptrs[l]!, a.strides[axis]!, n, S);
    const o = out._storage.region.view(INT32) as Int32Array;
    let e = optrs[l]! / 4;
    for (let i = 0; i < n; i++, e += os) {
      o[e] = idx[i]!;
      o[e + 1] = 0;
    }
  }
  return out;
}

const SORT_PARAMS = ["axis", "kind", "order"] as const;

/**
 * A sorted copy of an array, as `np.sort(a, axis=-1, kind=None, order=None, *, stable=None)`:
 * along the last axis by default, flattened with `axis: null`. NaNs sort to the end; complex
 * sorts by real part, then imaginary part. Every kind is stable (see the module notes).
 * @example np.sort([[3, 1], [0, 2]]) // array([[1, 3], [0, 2]]); np.sort([2, NaN, 1]) // array([ 1.,  2., nan])
 */
export function sort(a: ArrayLike, ...rest: Args<[number | null, SortKind | null, unknown], SortOpts>): NDArray {
  const [axis, kind, order, stable] = bindArgs("sort", SORT_PARAMS, rest, ["stable"]) as [number | null | undefined, unknown, unknown, unknown];
  checkKind(kind, stable);
  const arr = asArray(a);
  checkOrder(order);
  if (axis === null) {
    const flat = arr.flatten();
    sortInPlace(flat, 0);
    return flat;
  }
  const ax = sortAxis(axis ?? -1, arr.ndim);
  const out = arr.copy("K");
  sortInPlace(out, ax);
  return out;
}

/**
 * The indices that sort an array along an axis (int64), as
 * `np.argsort(a, axis=-1, kind=None, order=None, *, stable=None)`; `axis: null` sorts the
 * flattened array. The sort is stable: equal elements keep their order.
 * @example np.argsort([3, 1, 2]) // array([1, 2, 0])
 */
export function argsort(a: ArrayLike, ...rest: Args<[number | null, SortKind | null, unknown], SortOpts>): NDArray {
  const [axis, kind, order, stable] = bindArgs("argsort", SORT_PARAMS, rest, ["stable"]) as [number | null | undefined, unknown, unknown, unknown];
  checkKind(kind, stable);
  let arr = asArray(a);
  checkOrder(order);
  // NumPy's argsort of a 0-d array (any axis that is valid for 1-d) is array([0]).
  if (axis === null || arr.ndim === 0) {
    if (axis !== null && axis !== undefined && arr.ndim === 0) normalizeAxis(axis, 1);
    arr = arr.ravel();
    return argsortAxis(arr, 0);
  }
  return argsortAxis(arr, normalizeAxis(axis ?? -1, arr.ndim));
}

/**
 * @internal `a.sort(axis=-1, kind=None, order=None, *, stable=None)`: sorts in place along the axis
 * (views write through), returns undefined; a read-only array is NumPy's "sort array is read-only".
 * @example a.sort({axis: 0})
 */
export function _sortMethod(this: NDArray, ...rest: unknown[]): void {
  const [axis, kind, order, stable] = bindArgs("sort", SORT_PARAMS, rest, ["stable"]) as [unknown, unknown, unknown, unknown];
  if (axis === null) throw new NumpyTypeError("'NoneType' object cannot be interpreted as an integer");
  checkKind(kind, stable);
  checkOrder(order);
  if (!this._writeable) throw new ValueError("sort array is read-only");
  sortInPlace(this, sortAxis((axis as number | undefined) ?? -1, this.ndim));
}

// ---- searchsorted ---------------------------------------------------------------------------------

interface SearchOpts {
  side?: "left" | "right";
  sorter?: ArrayLike | null;
}

/**
 * The dtype NumPy searches in: the common dtype of `a` and `v`, with `v` as np.asarray makes it
 * (searchsorted predates NEP 50: a JS number is an int64 or float64 value, not a weak scalar, so
 * an int8 array searched for 300 compares in int64).
 */
function searchDType(a: NDArray, v: NDArray): DType {
  return resultType([a._dt, v._dt]);
}

/**
 * Indices where `v` would be inserted into the sorted 1-d array `a` to keep it sorted, as
 * `np.searchsorted(a, v, side='left', sorter=None)`: the first such index with side 'left', the
 * last with 'right'; `sorter` holds the indices that sort `a`. NaNs count as larger than
 * everything, as in NumPy's sort order. A scalar (or 0-d) `v` gives a JS number.
 * @example np.searchsorted([1, 2, 3], [2, 5]) // array([1, 3]); np.searchsorted([1, 2, 2, 3], 2, "right") // 3
 */
export function searchsorted(a: ArrayLike, v: ArrayLike, ...rest: Args<["left" | "right", ArrayLike | null], SearchOpts>): NDArray | number {
  const [side, sorter] = bindArgs("searchsorted", ["side", "sorter"], rest) as [unknown, ArrayLike | null | undefined];
  const arr = asArray(a);
  // NumPy's searchside converter: exactly "left" or "right"; another word starting with l/L/r/R
  // and any other string get different messages.
  const sideName = side ?? "left";
  if (typeof sideName !== "string") throw new NumpyTypeError(`search side must be str, not ${pyType(sideName)}`);
  if (sideName !== "left" && sideName !== "right") {
    if ("lLrR".includes(sideName[0] ?? "_")) throw new ValueError("search side must be one of 'left' or 'right'");
    throw new ValueError(`search side must be 'left' or 'right' (got '${sideName}')`);
  }
  const right = sideName === "right";
  if (arr.ndim === 0) throw new ValueError("object of too small depth for desired array");
  if (arr.ndim > 1) throw new ValueError("object too deep for desired array");
  const vals = asArray(v);
  const dt = searchDType(arr, vals);
  const keysA = arr._dt === dt ? arr : arr.astype(dt);
  const keysV = (vals._dt === dt ? vals : vals.astype(dt)).ravel();
  const n = arr.shape[0]!;
  let order: Float64Array | null = null;
  if (sorter !== undefined && sorter !== null) {
    const srt = asArray(sorter);
    if (srt._dt.kind !== "i" && srt._dt.kind !== "u") throw new NumpyTypeError("sorter must only contain integers");
    if (srt.ndim !== 1) throw new NumpyTypeError("could not parse sorter argument");
    if (srt.size !== n) throw new ValueError("sorter.size must equal a.size");
    // Checked only where the search reads it, as NumPy's argbinsearch ("Sorter index out of range.").
    order = new Float64Array(n);
    const list = srt.tolist() as (number | bigint)[];
    for (let i = 0; i < n; i++) order[i] = Number(list[i]);
  }
  const m = keysV.size;
  const SA = new Scratch();
  const SV = new Scratch();
  if (dt.kind === "c") {
    SA.ensureComplex(n);
    SV.ensureComplex(m);
  } else {
    SA.ensure(n);
    SV.ensure(m);
  }
  fillKeys(keysA, keysA._ptr, keysA.strides[0] ?? 0, n, SA);
  fillKeys(keysV, keysV._ptr, keysV.strides[0] ?? 0, m, SV);
  // less(x in a, y in v) and less(y in v, x in a)
  const words = keyWords(dt);
  const cmp = (i: number, j: number): number => {
    // sign of a[i] - v[j]
    if (words === 0) {
      if (complexLess(SA.re[i]!, SA.im[i]!, SV.re[j]!, SV.im[j]!)) return -1;
      return complexLess(SV.re[j]!, SV.im[j]!, SA.re[i]!, SA.im[i]!) ? 1 : 0;
    }
    if (words === 2 && SA.hi[i] !== SV.hi[j]) return SA.hi[i]! < SV.hi[j]! ? -1 : 1;
    return SA.lo[i] === SV.lo[j] ? 0 : SA.lo[i]! < SV.lo[j]! ? -1 : 1;
  };
  const out = emptyArray(INT64, vals.shape);
  // v[j1] < v[j2] in the sort order
  const vLess = (j1: number, j2: number): boolean => {
    if (words === 0) return complexLess(SV.re[j1]!, SV.im[j1]!, SV.re[j2]!, SV.im[j2]!);
    if (words === 2 && SV.hi[j1] !== SV.hi[j2]) return SV.hi[j1]! < SV.hi[j2]!;
    return SV.lo[j1]! < SV.lo[j2]!;
  };
  // NumPy's npy_binsearch / npy_argbinsearch: the bounds carried over from the previous key
  // decide which elements (and sorter entries) are read.
  const res = new Int32Array(m);
  let lo = 0;
  let hi = n;
  for (let j = 0; j < m; j++) {
    if (j > 0 && vLess(j - 1, j)) hi = n;
    else {
      lo = 0;
      hi = hi < n ? hi + 1 : n;
    }
    while (lo < hi) {
      const mid = lo + ((hi - lo) >> 1);
      let at = mid;
      if (order !== null) {
        at = order[mid]!;
        if (!(at >= 0 && at < n)) throw new ValueError("Sorter index out of range.");
      }
      const c = cmp(at, j);
      if (c < 0 || (right && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    res[j] = lo;
  }
  const o = out._storage.region.view(INT32) as Int32Array;
  const base = out._ptr / 4;
  for (let j = 0; j < m; j++) {
    o[base + 2 * j] = res[j]!;
    o[base + 2 * j + 1] = 0;
  }
  return vals.ndim === 0 ? res[0]! : out;
}

// ---- unique -------------------------------------------------------------------------------------

interface UniqueOpts {
  return_index?: boolean;
  return_inverse?: boolean;
  return_counts?: boolean;
  axis?: number | null;
  equal_nan?: boolean;
  sorted?: boolean;
}

interface UniqueParts {
  values: NDArray;
  indices: NDArray;
  inverse: NDArray;
  counts: NDArray;
}

/** Writes JS integers into a new int64 array of `shape`. */
function int64Array(values: Int32Array | number[], shape: readonly number[]): NDArray {
  const out = emptyArray(INT64, shape);
  const o = out._storage.region.view(INT32) as Int32Array;
  const base = out._ptr / 4;
  for (let i = 0; i < values.length; i++) {
    o[base + 2 * i] = values[i]!;
    o[base + 2 * i + 1] = 0;
  }
  return out;
}

/** The sorted unique elements of the flattened array, with first indices, inverse and counts. */
function uniqueFlat(ar: ArrayLike, equalNan: boolean, firstSeenNan = false): UniqueParts {
  const arr = asArray(ar);
  const flat = arr.flatten();
  const n = flat.size;
  const dt = flat._dt;
  const S = new Scratch();
  if (dt.kind === "c") S.ensureComplex(n);
  else S.ensure(n);
  const perm = Int32Array.from(argsortLane(flat, flat._ptr, dt.itemsize, n, S).subarray(0, n));
  fillKeys(flat, flat._ptr, dt.itemsize, n, S); // keys by original index
  const words = keyWords(dt);
  const isNan = (i: number): boolean => {
    if (dt.kind === "c") return S.re[i] !== S.re[i] || S.im[i] !== S.im[i];
    if (dt.kind !== "f") return false;
    return words === 2 ? S.hi[i] === 0xffffffff && S.lo[i] === 0xffffffff : S.lo[i] === 0xffffffff;
  };
  const same = (i: number, j: number): boolean => {
    if (isNan(i) || isNan(j)) return equalNan && isNan(i) && isNan(j);
    if (words === 0) return S.re[i] === S.re[j] && S.im[i] === S.im[j];
    return S.lo[i] === S.lo[j] && (words === 1 || S.hi[i] === S.hi[j]);
  };
  const first: number[] = [];
  const counts: number[] = [];
  const inverse = new Int32Array(n);
  // NumPy 2's hash path (complex input, no return_* flags) keeps the first NaN met in input
  // order as the one NaN value; the sort path keeps the first in sorted order.
  const src: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = perm[k]!;
    if (k === 0 || !same(perm[k - 1]!, i)) {
      first.push(i);
      src.push(i);
      counts.push(0);
    } else if (firstSeenNan && dt.kind === "c" && i < src[src.length - 1]!) src[src.length - 1] = i;
    counts[counts.length - 1]!++;
    inverse[i] = first.length - 1;
  }
  const values = emptyArray(dt, [first.length]);
  {
    const { u, w, c } = unitView(flat);
    const { u: v } = unitView(values);
    const from = flat._ptr / c;
    const dst = values._ptr / c;
    for (let k = 0; k < first.length; k++) for (let q = 0; q < w; q++) v[dst + k * w + q] = u[from + src[k]! * w + q]!;
  }
  return {
    values,
    indices: int64Array(first, [first.length]),
    inverse: int64Array(inverse, arr.shape),
    counts: int64Array(counts, [counts.length]),
  };
}

/**
 * The unique slices along `axis` (normalized; the array has 2+ dimensions), as NumPy compares
 * them: lexicographically by their elements in C order, each element in the sort order (NaN
 * last, -0.0 == 0.0), and equal only when every element is == (so slices holding NaN are never
 * equal, whatever equal_nan says, as NumPy's structured comparison). The inverse is 1-d.
 */
function uniqueAxis(arr: NDArray, axis: number): UniqueParts {
  const moved = moveaxis(arr, axis, 0).copy();
  const n = moved.shape[0]!;
  const rest = moved.shape.slice(1);
  let k = 1;
  for (const d of rest) k *= d;
  const dt = moved._dt;
  const isz = dt.itemsize;
  const words = keyWords(dt);
  const S = new Scratch();
  if (dt.kind === "c") S.ensureComplex(n);
  else S.ensure(n);
  // Keys of every column (element position j of the slices), by row.
  const KH: Uint32Array[] = [];
  const KL: Uint32Array[] = [];
  const RE: Float64Array[] = [];
  const IM: Float64Array[] = [];
  for (let j = 0; j < k; j++) {
    fillKeys(moved, moved._ptr + j * isz, k * isz, n, S);
    if (words === 0) {
      RE.push(S.re.slice(0, n));
      IM.push(S.im.slice(0, n));
    } else {
      KL.push(S.lo.slice(0, n));
      KH.push(S.hi.slice(0, n));
    }
  }
  // Lexicographic stable order: stable sorts by the last column first, the first column last.
  let perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let j = k - 1; j >= 0 && n > 1; j--) {
    let idx: Int32Array;
    if (words === 0) {
      for (let i = 0; i < n; i++) {
        S.re[i] = RE[j]![perm[i]!]!;
        S.im[i] = IM[j]![perm[i]!]!;
      }
      idx = complexArgsort(n, S);
    } else {
      for (let i = 0; i < n; i++) {
        S.lo[i] = KL[j]![perm[i]!]!;
        S.hi[i] = KH[j]![perm[i]!]!;
      }
      idx = radixArgsort(n, words, S);
    }
    const next = new Int32Array(n);
    for (let i = 0; i < n; i++) next[i] = perm[idx[i]!]!;
    perm = next;
  }
  const nanKey = (j: number, r: number): boolean =>
    dt.kind === "f" && KL[j]![r] === 0xffffffff && (words === 1 || KH[j]![r] === 0xffffffff);
  const same = (a: number, b: number): boolean => {
    for (let j = 0; j < k; j++) {
      if (words === 0) {
        if (RE[j]![a] !== RE[j]![b] || IM[j]![a] !== IM[j]![b]) return false;
      } else if (KL[j]![a] !== KL[j]![b] || (words === 2 && KH[j]![a] !== KH[j]![b]) || nanKey(j, a)) return false;
    }
    return true;
  };
  const first: number[] = [];
  const counts: number[] = [];
  const inverse = new Int32Array(n);
  for (let q = 0; q < n; q++) {
    const r = perm[q]!;
    if (q === 0 || !same(perm[q - 1]!, r)) {
      first.push(r);
      counts.push(0);
    }
    counts[counts.length - 1]!++;
    inverse[r] = first.length - 1;
  }
  const values = emptyArray(dt, [first.length, ...rest]);
  if (k > 0) {
    const { u, w, c } = unitView(moved);
    const { u: v } = unitView(values);
    const src = moved._ptr / c;
    const dst = values._ptr / c;
    const row = k * w;
    for (let q = 0; q < first.length; q++) for (let t = 0; t < row; t++) v[dst + q * row + t] = u[src + first[q]! * row + t]!;
  }
  return {
    values: moveaxis(values, 0, axis),
    indices: int64Array(first, [first.length]),
    inverse: int64Array(inverse, [n]),
    counts: int64Array(counts, [counts.length]),
  };
}

const UNIQUE_PARAMS = ["return_index", "return_inverse", "return_counts", "axis"] as const;

/**
 * The sorted unique elements of an array, as `np.unique(ar, return_index=False,
 * return_inverse=False, return_counts=False, axis=None, *, equal_nan=True, sorted=True)`. With
 * any return_* option the result is a JS array in NumPy's order: [values, index, inverse,
 * counts] (those asked for); `index` is each value's first occurrence, `inverse` has the input's
 * shape (NumPy 2). NaNs count as one value unless `equal_nan: false`. With `axis`, the unique
 * slices along it, sorted lexicographically (slices holding a NaN are all distinct, as in NumPy),
 * and a 1-d inverse. `sorted: false` (no return_* options, no axis) gives NumPy 2.4's unsorted
 * order for integer and complex dtypes (its hash set's iteration order, replayed), sorted values
 * for the others (as NumPy).
 * @example np.unique([3, 1, 3]) // array([1, 3]); np.unique([[1, 2], [1, 2]], {axis: 0}) // array([[1, 2]])
 */
export function unique(ar: ArrayLike, ...rest: Args<[boolean, boolean, boolean, number | null], UniqueOpts>): NDArray | NDArray[] {
  const [ri, rv, rc, axis, equalNan, sortedArg] = bindArgs("unique", UNIQUE_PARAMS, rest, ["equal_nan", "sorted"]) as [unknown, unknown, unknown, unknown, unknown, unknown];
  let parts: UniqueParts;
  const arr = asArray(ar);
  if (sortedArg === false && !ri && !rv && !rc && (axis === undefined || axis === null)) {
    const hashed = hashOrdered(arr, equalNan === undefined ? true : Boolean(equalNan));
    if (hashed !== null) return hashed;
  }
  if (axis !== undefined && axis !== null) {
    const ax = normalizeAxis(axis as number, arr.ndim);
    parts = arr.ndim === 1 ? uniqueFlat(arr, equalNan === undefined ? true : Boolean(equalNan), !ri && !rv && !rc) : uniqueAxis(arr, ax);
  } else parts = uniqueFlat(arr, equalNan === undefined ? true : Boolean(equalNan), !ri && !rv && !rc);
  if (!ri && !rv && !rc) return parts.values;
  const out = [parts.values];
  if (ri) out.push(parts.indices);
  if (rv) out.push(parts.inverse);
  if (rc) out.push(parts.counts);
  return out;
}

/**
 * The unique elements, as NumPy 2's `np.unique_values(x)` (`np.unique(x, equal_nan=False,
 * sorted=False)`: every NaN is its own value), in NumPy 2.4's order: its hash set's for integer and
 * complex dtypes (replayed exactly), sorted for the others.
 * @example np.unique_values([2, 1, 2]) // array([1, 2])
 */
export function unique_values(x: ArrayLike, ...rest: Args<[], Record<string, never>>): NDArray {
  bindArgs("unique_values", [], rest);
  return hashOrdered(asArray(x), false) ?? uniqueFlat(x, false).values;
}

/** The unique values in NumPy's hash-set order, for the dtypes NumPy hashes (else null). */
function hashOrdered(arr: NDArray, equalNan: boolean): NDArray | null {
  const flat = arr.flatten();
  const order = hashUniqueOrder(flat, equalNan);
  return order === null ? null : (flat.get(int64Array(order, [order.length])) as NDArray);
}

/**
 * Unique elements and their counts, as NumPy 2's `np.unique_counts(x)` (a named tuple there, a
 * plain object with its field names here). As in NumPy, every NaN is its own value
 * (equal_nan=False), in unique_inverse and unique_all too.
 * @example np.unique_counts([1, 1, 2]) // {values: array([1, 2]), counts: array([2, 1])}
 */
export function unique_counts(x: ArrayLike, ...rest: Args<[], Record<string, never>>): { values: NDArray; counts: NDArray } {
  bindArgs("unique_counts", [], rest);
  const p = uniqueFlat(x, false);
  return { values: p.values, counts: p.counts };
}

/**
 * Unique elements and the inverse indices (shaped as `x`), as NumPy 2's `np.unique_inverse(x)`.
 * @example np.unique_inverse([[1, 1], [2, 1]]) // {values: array([1, 2]), inverse_indices: array([[0, 0], [1, 0]])}
 */
export function unique_inverse(x: ArrayLike, ...rest: Args<[], Record<string, never>>): { values: NDArray; inverse_indices: NDArray } {
  bindArgs("unique_inverse", [], rest);
  const p = uniqueFlat(x, false);
  return { values: p.values, inverse_indices: p.inverse };
}

/**
 * Unique elements, first indices, inverse indices and counts, as NumPy 2's `np.unique_all(x)`.
 * @example np.unique_all([1, 1, 2]).counts // array([2, 1])
 */
export function unique_all(x: ArrayLike, ...rest: Args<[], Record<string, never>>): { values: NDArray; indices: NDArray; inverse_indices: NDArray; counts: NDArray } {
  bindArgs("unique_all", [], rest);
  const p = uniqueFlat(x, false);
  return { values: p.values, indices: p.indices, inverse_indices: p.inverse, counts: p.counts };
}
