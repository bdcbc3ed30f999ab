/**
 * Index preparation: turns the items of `a.get(...)` / `a.set(...)` into NumPy's list of
 * index entries (NumPy's `prepare_index` in mapping.c): integers, slices, newaxis, the
 * ellipsis expanded to the axes it stands for, integer index arrays, boolean arrays replaced by
 * their nonzero() arrays, and 0-d booleans. Errors come in NumPy's order: invalid items,
 * several ellipses, too many indices, then boolean shape mismatches.
 *
 * @example
 * prepareIndex(np.zeros([2, 3]), [0, "1:"]).entries // [{kind: "int", ...}, {kind: "slice", ...}]
 */
import { fromNested, typedArrayView } from "../coerce.js";
import { INT64 } from "../dtype.js";
import { IndexError, NumpyTypeError, OverflowError } from "../errors.js";
import { copyAs, emptyArray, NDArray } from "../ndarray.js";
import { int64Array } from "./int64.js";
import { kernels, writeThroughHeap } from "../../storage/heap.js";
import { forEachAddressC } from "../iter.js";
import { parseSlice, type Slice } from "./slice.js";

/** Nested JS arrays of integers or booleans: an index array. */
export type NestedIndex = readonly (number | bigint | boolean | NestedIndex)[];

/** An item of a NumPy index tuple (see API.md, Indexing). */
export type IndexItem = number | bigint | boolean | string | null | NDArray | ArrayBufferView | NestedIndex;

// NumPy's index type flags (mapping.h).
export const HAS_INTEGER = 1;
export const HAS_NEWAXIS = 2;
export const HAS_SLICE = 4;
export const HAS_ELLIPSIS = 8;
export const HAS_FANCY = 16;
export const HAS_BOOL = 32;
export const HAS_SCALAR_ARRAY = 64;

/** One entry of a prepared index. */
export type Entry =
  /** An integer; `exact` holds it when past 2^53, for NumPy's exact out-of-bounds message. */
  | { kind: "int"; value: number; exact?: bigint }
  | { kind: "slice"; slice: Slice }
  | { kind: "newaxis" }
  | { kind: "ellipsis"; count: number }
  /** An integer index array; `boolAxis` is the length of the boolean axis it came from, or -1. */
  | { kind: "fancy"; array: NDArray; boolAxis: number }
  /** A 0-d boolean: a new axis of length 1, indexed by `array` (zeros of length 1 or 0). */
  | { kind: "bool0"; array: NDArray };

/** A prepared index: its entries, NumPy's index type flags, and the single boolean mask case. */
export interface PreparedIndex {
  entries: Entry[];
  type: number;
  /** The mask of `a[mask]` when the mask has exactly the array's shape (NumPy's HAS_BOOL; no entries then). */
  mask: NDArray | null;
}

const INVALID =
  "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";

/** The message NumPy gives for an index item of an unusable type. */
export function invalidIndex(): IndexError {
  return new IndexError(INVALID);
}

/** A JS value as an index array (an NDArray as is; lists and TypedArrays converted). */
function toIndexArray(item: unknown): { arr: NDArray; given: boolean } {
  if (item instanceof NDArray) return { arr: item, given: true };
  if (ArrayBuffer.isView(item) && !(item instanceof DataView)) return { arr: typedArrayView(item), given: true };
  let arr: NDArray;
  try {
    arr = fromNested(item, undefined);
  } catch (e) {
    // Items no numeric dtype holds (ints past int64/uint64) make an object array in NumPy: no index.
    if (e instanceof NumpyTypeError || e instanceof OverflowError) throw invalidIndex();
    throw e;
  }
  // An empty list is an integer index (NumPy casts it to intp).
  if (arr.size === 0 && arr._dt !== INT64) arr = copyAs(arr, INT64, "C");
  return { arr, given: false };
}

const INTP_MIN = -(2n ** 63n);
const INTP_END = 2n ** 63n;
const UINT64_END = 2n ** 64n;

/**
 * A Python int (or the value of a 0-d integer array) as an index entry, as NumPy's
 * PyArray_PyIntAsIntp takes it: past int64 a Python int becomes a uint64 0-d array, which does
 * not fit intp (OverflowError), and past uint64 an object array, which is no index at all.
 */
function intEntry(item: number | bigint): Entry {
  if (Number.isSafeInteger(item)) return { kind: "int", value: item as number };
  const big = BigInt(item);
  if (big >= INTP_END && big < UINT64_END) throw new OverflowError("Python int too large to convert to C long");
  if (big < INTP_MIN || big >= UINT64_END) throw invalidIndex();
  return { kind: "int", value: Number(big), exact: big };
}

/**
 * NumPy's nonzero() of a boolean array of ndim >= 1, as one int64 array per axis.
 * @example nonzeroArrays(np.array([[true, false], [false, true]])) // [[0, 1], [0, 1]]
 */
export function nonzeroArrays(mask: NDArray): NDArray[] {
  if (mask._storage.inHeap && mask._contiguous && mask._dt.itemsize === 1) return nonzeroKernel(mask);
  const nd = mask.ndim;
  const hits: number[] = [];
  const v = mask._storage.region.view(mask._dt);
  let k = 0;
  forEachAddressC(mask.shape, mask.strides, mask._ptr, (p) => {
    if (v[p] !== 0) hits.push(k);
    k++;
  });
  const n = hits.length;
  if (nd === 1) return [int64Array(hits)];
  const cols: Float64Array[] = [];
  for (let d = 0; d < nd; d++) cols.push(new Float64Array(n));
  for (let i = 0; i < n; i++) {
    let flat = hits[i]!;
    for (let d = nd - 1; d >= 0; d--) {
      const len = mask.shape[d]!;
      const q = flat % len;
      flat = (flat - q) / len;
      cols[d]![i] = q;
    }
  }
  return cols.map((c) => int64Array(c));
}

/**
 * nonzeroArrays of a C-contiguous one-byte mask in the heap, by the sequence kernels: count the
 * nonzero bytes, write their flat indices, then unravel them one dimension at a time.
 */
function nonzeroKernel(mask: NDArray): NDArray[] {
  const size = mask.size;
  const n = kernels.count_nonzero_b(mask._ptr, size);
  const nonzero = kernels.nonzero_b as unknown as (p: number, n: number, out: number, base: bigint) => number;
  const flat = emptyArray(INT64, [n]);
  writeThroughHeap(flat._storage.region, flat._ptr, flat.nbytes, (at) => nonzero(mask._ptr, size, at, 0n));
  const cols: NDArray[] = [flat];
  for (let d = mask.ndim - 1; d >= 1; d--) {
    const r = emptyArray(INT64, [n]);
    divmodIndex(flat, r, mask.shape[d]!);
    cols.unshift(r);
  }
  cols.unshift(cols.pop()!); // the quotient left in `flat` is the first dimension's index
  return cols;
}

/** flat[i], r[i] = divmod(flat[i], dim) for int64 arrays of one length. */
function divmodIndex(flat: NDArray, r: NDArray, dim: number): void {
  if (flat._storage.inHeap && r._storage.inHeap) {
    (kernels.divmod_index as unknown as (f: number, n: number, d: bigint, q: number, r: number) => void)(flat._ptr, flat.size, BigInt(dim), flat._ptr, r._ptr);
    return;
  }
  const fv = flat._storage.region.view(INT64) as BigInt64Array;
  const rv = r._storage.region.view(INT64) as BigInt64Array;
  const d = BigInt(dim);
  for (let i = 0, f = flat._ptr >> 3, o = r._ptr >> 3; i < flat.size; i++) {
    const x = fv[f + i]!;
    rv[o + i] = x % d;
    fv[f + i] = x / d;
  }
}

/** One entry per given item, as NumPy's prepare_index classifies them. */
export function prepareIndex(a: NDArray, index: readonly unknown[]): PreparedIndex {
  const nd = a.ndim;
  const entries: Entry[] = [];
  let type = 0;
  let used = 0;
  let ellipsisAt = -1;
  for (const item of index) {
    if (item === "...") {
      if (type & HAS_ELLIPSIS) throw new IndexError("an index can only have a single ellipsis ('...')");
      type |= HAS_ELLIPSIS;
      ellipsisAt = entries.length;
      entries.push({ kind: "ellipsis", count: 0 });
      continue;
    }
    if (item === null) {
      type |= HAS_NEWAXIS;
      entries.push({ kind: "newaxis" });
      continue;
    }
    if (typeof item === "string") {
      type |= HAS_SLICE;
      entries.push({ kind: "slice", slice: parseSlice(item) });
      used++;
      continue;
    }
    if ((typeof item === "number" && Number.isInteger(item)) || typeof item === "bigint") {
      type |= HAS_INTEGER;
      entries.push(intEntry(item));
      used++;
      continue;
    }
    if (item === undefined || typeof item === "function" || typeof item === "symbol") throw invalidIndex();
    const { arr, given } = toIndexArray(item);
    const kind = arr._dt.kind;
    if (kind === "b") {
      if (index.length === 1 && arr.ndim === nd && arr.shape.every((d, i) => d === a.shape[i])) {
        return { entries: [], type: HAS_BOOL, mask: arr };
      }
      if (arr.ndim === 0) {
        type |= HAS_FANCY;
        const n = arr._read(arr._ptr, false) ? 1 : 0;
        entries.push({ kind: "bool0", array: emptyArray(INT64, [n], undefined, true) });
        continue;
      }
      type |= HAS_FANCY;
      const arrays = nonzeroArrays(arr);
      for (let d = 0; d < arrays.length; d++) {
        entries.push({ kind: "fancy", array: arrays[d]!, boolAxis: arr.shape[d]! });
        used++;
      }
      continue;
    }
    if (kind === "i" || kind === "u") {
      if (arr.ndim === 0) {
        type |= HAS_INTEGER | HAS_SCALAR_ARRAY;
        entries.push(intEntry(arr._read(arr._ptr, true) as number | bigint));
        used++;
        continue;
      }
      type |= HAS_FANCY;
      entries.push({ kind: "fancy", array: arr, boolAxis: -1 });
      used++;
      continue;
    }
    if (given) {
      throw new IndexError("arrays used as indices must be of integer (or boolean) type");
    }
    throw invalidIndex();
  }

  if (used < nd) {
    if (type & HAS_ELLIPSIS) {
      (entries[ellipsisAt] as { count: number }).count = nd - used;
    } else {
      type |= HAS_ELLIPSIS;
      entries.push({ kind: "ellipsis", count: nd - used });
    }
  } else if (used > nd) {
    throw new IndexError(`too many indices for array: array is ${nd}-dimensional, but ${used} were indexed`);
  } else if (index.length === 0) {
    // a[()] on a 0-d array is a full integer index: it returns the scalar.
    type = HAS_INTEGER;
  }

  if (type & HAS_SCALAR_ARRAY) {
    if (type & HAS_FANCY) type -= HAS_SCALAR_ARRAY;
    else if (type === (HAS_INTEGER | HAS_SCALAR_ARRAY)) type -= HAS_SCALAR_ARRAY;
  }

  if (type & (HAS_NEWAXIS | HAS_FANCY)) {
    checkResultNdim(entries);
    checkBooleanShapes(a, entries);
  }
  return { entries, type, mask: null };
}

/** NumPy's limit of 64 dimensions on the result, checked before the boolean shapes. */
function checkResultNdim(entries: readonly Entry[]): void {
  let newNdim = 0;
  let fancyNdim = 0;
  for (const e of entries) {
    if (e.kind === "newaxis" || e.kind === "slice") newNdim += 1;
    else if (e.kind === "ellipsis") newNdim += e.count;
    else if (e.kind === "fancy" || e.kind === "bool0") fancyNdim = Math.max(fancyNdim, e.array.ndim);
  }
  if (newNdim + fancyNdim > 64) {
    throw new IndexError(`number of dimensions must be within [0, 64], indexing result would have ${newNdim + fancyNdim}`);
  }
}

/** A boolean index must match the axes it covers (NumPy skips boolean axes of length 0). */
function checkBooleanShapes(a: NDArray, entries: readonly Entry[]): void {
  let d = 0;
  for (const e of entries) {
    if (e.kind === "fancy" && e.boolAxis > 0 && e.boolAxis !== a.shape[d]) {
      throw new IndexError(
        `boolean index did not match indexed array along axis ${d}; size of axis is ${a.shape[d]} but size of corresponding boolean axis is ${e.boolAxis}`,
      );
    }
    if (e.kind === "ellipsis") d += e.count;
    else if (e.kind !== "newaxis" && e.kind !== "bool0") d += 1;
  }
}
