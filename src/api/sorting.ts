/**
 * Sorting and searching: np.sort, np.argsort (and the ndarray methods, `a.sort()` in place) and
 * np.searchsorted. np.unique and its NumPy 2 variants are in ./unique.ts.
 *
 * Every kind sorts stably. NumPy's 'stable' and 'mergesort' are stable; its 'quicksort' and
 * 'heapsort' leave the order of equal elements unspecified, and the stable order is one valid
 * answer (so `np.argsort(x)` here equals NumPy's `np.argsort(x, kind="stable")`). Real dtypes
 * sort by an LSD radix sort of order-preserving key words; complex by a stable merge sort in
 * NumPy's order (src/kernels/ts/sort.ts). Long float64 lanes sort their keys in WebAssembly.
 *
 * @example
 * np.sort([3, 1, 2]) // array([1, 2, 3])
 * np.argsort([3, 1, 2]) // array([1, 2, 0])
 * np.searchsorted([1, 2, 3], 2.5) // 2
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { INT32, INT64, UINT32, resultType, type DType } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { normalizeAxis } from "../core/shape.js";
import { HEAP, heapAlloc, heapFree, kernels } from "../storage/heap.js";
import { asArray } from "./creation.js";
import { Scratch, argsortLane, complexLess, fillKeys, keyWords, radixSortKeys, unitView, writeKeys } from "../kernels/ts/sort.js";

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
