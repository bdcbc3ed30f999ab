/**
 * np.unique (return_index, return_inverse, return_counts, axis, equal_nan, sorted) and NumPy 2's
 * unique_values / unique_counts / unique_inverse / unique_all, on the stable sort of
 * ./sorting.ts (or, for NumPy 2's unsorted hash order, ./unique_hash.ts).
 *
 * @example
 * np.unique([3, 1, 3], {return_counts: true}) // [array([1, 3]), array([1, 2])]
 * np.unique_values([3, 1, 3]) // array([1, 3])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { INT32, INT64 } from "../core/dtype.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { normalizeAxis } from "../core/shape.js";
import { asArray } from "./creation.js";
import { moveaxis } from "./manipulation.js";
import { hashUniqueOrder } from "./unique_hash.js";
import { Scratch, argsortLane, complexArgsort, fillKeys, keyWords, radixArgsort, unitView } from "../kernels/ts/sort.js";

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
