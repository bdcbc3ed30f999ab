/**
 * Indexing routines: take, put, nonzero, flatnonzero, argwhere, take_along_axis,
 * put_along_axis, compress, extract, place, count_nonzero — NumPy's signatures, semantics and
 * error messages. (`a.get(...)` / `a.set(...)`, NumPy's brackets, live in core/indexing.ts.)
 *
 * @example
 * const a = np.array([[0, 1], [2, 0]]);
 * np.nonzero(a)               // [array([0, 1]), array([1, 0])]
 * np.take(a, [0, 3])          // array([0, 0])
 * np.count_nonzero(a, 0)      // array([1, 1])
 */
import { bindArgs, givenArgs, isOptions, takeRequired, noExtra, type Args } from "../core/args.js";
import { fromNested, typedArrayView, type ArrayLike } from "../core/coerce.js";
import { BOOL, canCast, INT32, INT64, UINT16, UINT32, UINT8 } from "../core/dtype.js";
import { IndexError, NumpyTypeError, ValueError } from "../core/errors.js";
import { getItem, setItem } from "../core/indexing.js";
import { assignToView, valueArray } from "../core/indexing/assign.js";
import { truth } from "../core/indexing/mask.js";
import { nonzeroArrays } from "../core/indexing/prepare.js";
import { forEachAddressC } from "../core/iter.js";
import { copyAs, emptyArray, NDArray, orderArg, type Item } from "../core/ndarray.js";
import { cStrides, isCContiguous, normalizeAxis, shapeSize } from "../core/shape.js";
import { copyCast } from "../kernels/ts/cast.js";
import { HEAP, kernels, scratch } from "../storage/heap.js";
import { asArray } from "./creation.js";
import { broadcast_arrays } from "./broadcasting.js";

/** NumPy's `mode=` for out-of-range indices in take and put. */
export type ClipMode = "raise" | "wrap" | "clip";

function clipMode(mode: ClipMode | null | undefined): ClipMode {
  const m = mode ?? "raise";
  if (m !== "raise" && m !== "wrap" && m !== "clip") {
    throw new ValueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got '${String(m)}')`);
  }
  return m;
}

/** The name Python gives the type of a JS value, for "argument 1 must be numpy.ndarray, not list". */
function pyTypeName(x: unknown): string {
  if (Array.isArray(x)) return "list";
  if (x === null || x === undefined) return "NoneType";
  switch (typeof x) {
    case "number":
      return Number.isInteger(x) ? "int" : "float";
    case "bigint":
      return "int";
    case "boolean":
      return "bool";
    case "string":
      return "str";
    default:
      return "object";
  }
}

/** NumPy's check that a function writing in place got an ndarray (its messages differ by function). */
function requireNDArray(x: unknown, fn: "put" | "place" | "put_along_axis"): NDArray {
  if (x instanceof NDArray) return x;
  const name = pyTypeName(x);
  throw new NumpyTypeError(
    fn === "place" ? `place() argument 1 must be numpy.ndarray, not ${name}` : `argument 1 must be numpy.ndarray, not <class '${name}'>`,
  );
}

/**
 * Index values as JS numbers in C order. Arrays are cast to intp under `rule` (NumPy's take
 * casts with 'same_kind', put with 'safe'); lists are converted, floats truncating.
 */
function indexValues(x: ArrayLike, rule: "same_kind" | "safe"): { shape: number[]; values: Float64Array } {
  let arr: NDArray;
  if (x instanceof NDArray || (ArrayBuffer.isView(x) && !(x instanceof DataView))) {
    arr = x instanceof NDArray ? x : typedArrayView(x);
    if (!canCast(arr._dt, INT64, rule)) {
      throw new NumpyTypeError(`Cannot cast array data from dtype('${arr.dtype}') to dtype('int64') according to the rule '${rule}'`);
    }
  } else {
    arr = fromNested(x, INT64);
  }
  const values = new Float64Array(arr.size);
  const v = arr._storage.region.view(arr._dt) as unknown as { readonly [i: number]: number | bigint };
  const sh = arr._dt.shift;
  let k = 0;
  // NumPy casts to intp: a uint64 index of 2^63 or more wraps to a negative one.
  const wrap = arr._dt.name === "uint64";
  forEachAddressC(arr.shape, arr.strides, arr._ptr, (p) => {
    const x = v[p >>> sh]!;
    values[k++] = Number(wrap ? BigInt.asIntN(64, x as bigint) : x);
  });
  return { shape: arr.shape.slice(), values };
}

/** Applies a clip mode to one index on an axis of length n (raise: null when out of range). */
function fixIndex(i: number, n: number, mode: ClipMode): number | null {
  if (mode === "raise") {
    if (i < -n || i >= n) return null;
    return i < 0 ? i + n : i;
  }
  if (mode === "wrap") return ((i % n) + n) % n;
  return i < 0 ? 0 : i >= n ? n - 1 : i;
}

/** A list of numbers (an array or a Float64Array). */
type Numbers = { readonly length: number; readonly [i: number]: number };

/**
 * Copies blocks of `bytes` bytes from src (at byte addresses `srcAt[k]`) to dst (at `dstAt[k]`):
 * single elements word by word, larger blocks with TypedArray.set.
 */
function copyBlocks(dst: NDArray, dstAt: Numbers, src: NDArray, srcAt: Numbers, bytes: number): void {
  const n = dstAt.length;
  if (bytes === 0 || n === 0) return;
  if (bytes === dst.itemsize) {
    const unit = bytes === 1 ? UINT8 : bytes === 2 ? UINT16 : UINT32;
    const sh = unit.shift;
    const words = bytes >> sh;
    const d = dst._storage.region.view(unit);
    const s = src._storage.region.view(unit);
    for (let k = 0; k < n; k++) {
      const j = dstAt[k]! >>> sh;
      const i = srcAt[k]! >>> sh;
      for (let w = 0; w < words; w++) d[j + w] = s[i + w]!;
    }
    return;
  }
  const d = dst._storage.region.bytes();
  const s = src._storage.region.bytes();
  for (let k = 0; k < n; k++) d.set(s.subarray(srcAt[k]!, srcAt[k]! + bytes), dstAt[k]!);
}

/**
 * take's copy when the source (C-contiguous) and the result are in a heap under 2 GiB: the
 * fancy_run kernel with the chosen blocks' byte offsets (i32); one call when a block is one element (a strided
 * run over the outer axes), else one call per outer index.
 */
function takeInHeap(c: NDArray, res: NDArray, fixed: Float64Array, n: number, maxItem: number, chunk: number): void {
  const m = fixed.length;
  const w = c.itemsize;
  const at = scratch(8 * m);
  const i32 = HEAP.view(INT32) as Int32Array;
  for (let j = 0; j < m; j++) {
    i32[(at >> 2) + j] = fixed[j]! * chunk;
    i32[(at >> 2) + m + j] = j * chunk;
  }
  if (chunk === w) {
    kernels.fancy_run(w, 0, c._ptr, res._ptr, at, at + 4 * m, m, maxItem * chunk, m * chunk, n);
    return;
  }
  for (let i = 0; i < n; i++) kernels.fancy_run(w, 0, c._ptr + i * maxItem * chunk, res._ptr + i * m * chunk, at, at + 4 * m, m, w, w, chunk / w);
}

/** A 0-d result as NumPy's scalar (a JS scalar), else the array. */
function scalarIfZeroD(r: NDArray): NDArray | Item {
  return r.ndim === 0 ? r._read(r._ptr, false) : r;
}

type TakeOpts = { axis?: number | null; out?: NDArray | null; mode?: ClipMode };

/**
 * Takes elements along an axis (the flattened array when axis is null), as `np.take`.
 * A 0-d result (a scalar index with no axis) is a JS scalar, as NumPy returns a scalar.
 * @example np.take(np.array([[1, 2], [3, 4]]), [1, 0], 1).tolist() // [[2, 1], [4, 3]]
 */
export function take(a: ArrayLike, indices: readonly ArrayLike[], ...rest: Args<[number, NDArray, ClipMode], TakeOpts>): NDArray;
export function take(a: ArrayLike, indices: ArrayLike, ...rest: Args<[number, NDArray, ClipMode], TakeOpts>): NDArray | Item;
export function take(a: ArrayLike, opts: TakeOpts & { indices: ArrayLike }): NDArray | Item;
export function take(a: ArrayLike, indices: ArrayLike | (TakeOpts & { indices: ArrayLike }), ...rest: Args<[number, NDArray, ClipMode], TakeOpts>): NDArray | Item {
  [indices, ...rest] = takeRequired("take", ["indices"], [indices, ...rest]) as [ArrayLike, ...typeof rest];
  const [axis, out, mode] = bindArgs("take", ["axis", "out", "mode"], rest) as [
    number | null | undefined,
    NDArray | null | undefined,
    ClipMode | null | undefined,
  ];
  const m = clipMode(mode);
  const r = takeImpl(asArray(a), indices, axis ?? null, out ?? null, m);
  return out != null ? r : scalarIfZeroD(r);
}

function takeImpl(a: NDArray, indices: ArrayLike, axis: number | null, out: NDArray | null, mode: ClipMode): NDArray {
  let src = a;
  if (axis === null || src.ndim === 0) src = src.ravel(); // NumPy's PyArray_CheckAxis
  const ax = axis === null ? 0 : normalizeAxis(axis, src.ndim);
  const { shape: ishape, values } = indexValues(indices, "same_kind");
  const shape = [...src.shape.slice(0, ax), ...ishape, ...src.shape.slice(ax + 1)];
  const dt = src._dt;
  if (out !== null) {
    if (out.ndim !== shape.length || out.shape.some((d, i) => d !== shape[i])) {
      throw new ValueError("output array does not match result of ndarray.take");
    }
    if (!canCast(out._dt, dt, "safe")) {
      throw new NumpyTypeError(`Cannot cast array data from dtype('${out.dtype}') to dtype('${dt.name}') according to the rule 'safe'`);
    }
    out._checkOut("WRITEBACKIFCOPY base is read-only");
  }
  const maxItem = src.shape[ax]!;
  const res = emptyArray(dt, shape);
  if (maxItem === 0 && res.size !== 0) throw new IndexError("cannot do a non-empty take from an empty axes.");
  const n = shapeSize(src.shape.slice(0, ax));
  const m = values.length;
  const chunk = shapeSize(src.shape.slice(ax + 1)) * dt.itemsize;
  const fixed = new Float64Array(m);
  if (n > 0) {
    for (let j = 0; j < m; j++) {
      const f = fixIndex(values[j]!, maxItem, mode);
      if (f === null) throw new IndexError(`index ${values[j]} is out of bounds for axis ${ax} with size ${maxItem}`);
      fixed[j] = f;
    }
  }
  if (res.size > 0) {
    const c = isCContiguous(src.shape, src.strides, src.itemsize) ? src : copyAs(src, dt, "C");
    if (c._storage.region === HEAP && res._storage.region === HEAP && HEAP.buffer.byteLength < 2 ** 31) {
      takeInHeap(c, res, fixed, n, maxItem, chunk);
    } else {
      const from = new Float64Array(n * m);
    const to = new Float64Array(n * m);
      for (let i = 0, k = 0; i < n; i++) {
        const base = c._ptr + i * maxItem * chunk;
        for (let j = 0; j < m; j++, k++) {
          from[k] = base + fixed[j]! * chunk;
          to[k] = res._ptr + k * chunk;
        }
      }
      copyBlocks(res, to, c, from, chunk);
    }
  }
  if (out === null) return res;
  copyCast(shape, out._operand(), res._operand());
  return out;
}

/**
 * Replaces elements of `a` at flat (C-order) indices with values, repeating `v` cyclically,
 * as `np.put`. Returns nothing; `a` must be an NDArray.
 * @example const a = np.arange(5); np.put(a, [0, 2], [-1, -2]); a.tolist() // [-1, 1, -2, 3, 4]
 */
export function put(a: NDArray, ind: ArrayLike, v: ArrayLike, ...rest: Args<[ClipMode], { mode?: ClipMode }>): void {
  [ind, v, ...rest] = takeRequired("put", ["ind", "v"], givenArgs([ind, v, ...rest])) as [typeof ind, typeof v, ...typeof rest];
  const [mode] = bindArgs("put", ["mode"], rest) as [ClipMode | null | undefined];
  const m = clipMode(mode);
  const arr = requireNDArray(a, "put");
  if (!arr._writeable) throw new ValueError("put: output array is read-only");
  const { values: idx } = indexValues(ind, "safe");
  const size = arr.size;
  if (idx.length > 0 && size === 0) throw new IndexError("cannot replace elements of an empty array");
  const vals = copyAs(valueArray(v, arr._dt), arr._dt, "C");
  const nv = vals.size;
  if (nv === 0) return;
  const isz = arr.itemsize;
  const addrs = new Float64Array(idx.length);
  const from = new Float64Array(idx.length);
  for (let k = 0; k < idx.length; k++) from[k] = vals._ptr + (k % nv) * isz;
  for (let k = 0; k < idx.length; k++) {
    const f = fixIndex(idx[k]!, size, m);
    if (f === null) {
      // NumPy writes in order until the bad index; a non-contiguous array is written through a
      // copy that the error discards.
      if (arr._contiguous) copyBlocks(arr, addrs.subarray(0, k), vals, from.subarray(0, k), isz);
      throw new IndexError(`index ${idx[k]} is out of bounds for axis 0 with size ${size}`);
    }
    addrs[k] = flatAddress(arr, f);
  }
  copyBlocks(arr, addrs, vals, from, isz);
}

/** The byte address of the element at C-order flat index f. */
function flatAddress(a: NDArray, f: number): number {
  let p = a._ptr;
  for (let d = a.ndim - 1; d >= 0; d--) {
    const n = a.shape[d]!;
    const q = f % n;
    p += q * a.strides[d]!;
    f = (f - q) / n;
  }
  return p;
}


/**
 * The indices of the nonzero elements, one int64 array per dimension (NumPy's tuple is a JS
 * array). A 0-d input is NumPy 2's ValueError.
 * @example np.nonzero([[0, 1], [2, 0]]).map((x) => x.tolist()) // [[0, 1], [1, 0]]
 */
export function nonzero(a: ArrayLike, ...extra: []): NDArray[] {
  noExtra("nonzero", 1, extra);
  const arr = asArray(a);
  if (arr.ndim === 0) {
    const hint = arr._dt === BOOL ? " If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`." : "";
    throw new ValueError(`Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.${hint}`);
  }
  return nonzeroArrays(truth(arr));
}

/**
 * Indices of the nonzero elements of the flattened array.
 * @example np.flatnonzero([[0, 1], [2, 0]]).tolist() // [1, 2]
 */
export function flatnonzero(a: ArrayLike, ...extra: []): NDArray {
  noExtra("flatnonzero", 1, extra);
  const arr = asArray(a);
  return nonzeroArrays(truth(arr).reshape(-1))[0]!;
}

/**
 * The indices of the nonzero elements as rows: shape (N, a.ndim), int64.
 * @example np.argwhere([[0, 1], [2, 0]]).tolist() // [[0, 1], [1, 0]]
 */
export function argwhere(a: ArrayLike, ...extra: []): NDArray {
  noExtra("argwhere", 1, extra);
  const arr = asArray(a);
  if (arr.ndim === 0) {
    const n = nonzeroArrays(truth(arr).reshape(1))[0]!.size;
    return emptyArray(INT64, [n, 0]);
  }
  const cols = nonzeroArrays(truth(arr));
  const nd = arr.ndim;
  const n = cols[0]!.size;
  const out = emptyArray(INT64, [n, nd]);
  const ov = out._storage.region.view(INT64) as BigInt64Array;
  for (let d = 0; d < nd; d++) {
    const col = cols[d]!;
    const cv = col._storage.region.view(INT64) as BigInt64Array;
    const c0 = col._ptr >> 3;
    const o0 = (out._ptr >> 3) + d;
    for (let i = 0; i < n; i++) ov[o0 + i * nd] = cv[c0 + i]!;
  }
  return out;
}

/** The index tuple of take_along_axis: aranges on every axis but `axis`, which gets `indices`. */
function alongAxisIndex(shape: readonly number[], indices: NDArray, axis: number): NDArray[] {
  if (indices._dt.kind !== "i" && indices._dt.kind !== "u") throw new IndexError("`indices` must be an integer array");
  if (shape.length !== indices.ndim) throw new ValueError("`indices` and `arr` must have the same number of dimensions");
  const nd = shape.length;
  const out: NDArray[] = [];
  for (let d = 0; d < nd; d++) {
    if (d === axis) {
      out.push(indices);
      continue;
    }
    const n = shape[d]!;
    const r = emptyArray(INT64, [n]);
    const v = r._storage.region.view(INT64) as BigInt64Array;
    for (let i = 0; i < n; i++) v[(r._ptr >> 3) + i] = BigInt(i);
    const ishape = new Array<number>(nd).fill(1);
    ishape[d] = n;
    out.push(r._view(ishape, cStrides(ishape, 8), r._ptr));
  }
  return out;
}

/**
 * Takes values along an axis at matching index positions (axis -1 by default, as NumPy 2.3;
 * null flattens).
 * @example np.take_along_axis(np.array([[10, 30, 20]]), np.array([[0, 2, 1]]), 1).tolist() // [[10, 20, 30]]
 */
export function take_along_axis(arr: ArrayLike, indices: ArrayLike | { indices: ArrayLike; axis?: number | null }, ...rest: Args<[number | null], { axis?: number | null }>): NDArray {
  [indices, ...rest] = takeRequired("take_along_axis", ["indices"], [indices, ...rest]) as [ArrayLike, ...typeof rest];
  const [axis] = bindArgs("take_along_axis", ["axis"], rest) as [number | null | undefined];
  let a = asArray(arr);
  const ind = asArray(indices);
  let ax: number;
  if (axis === null) {
    if (ind.ndim !== 1) throw new ValueError("when axis=None, `indices` must have a single dimension.");
    a = a.flatten();
    ax = 0;
  } else {
    ax = normalizeAxis(axis ?? -1, a.ndim);
  }
  return getItem(a, alongAxisIndex(a.shape, ind, ax)) as NDArray;
}

/**
 * Puts values into `arr` along an axis at matching index positions (in place).
 * @example const a = np.zeros([2, 2]); np.put_along_axis(a, np.array([[1], [0]]), 5, 1); a.tolist() // [[0, 5], [5, 0]]
 */
export function put_along_axis(arr: NDArray, indices: ArrayLike, values: ArrayLike, axis: number | null | { axis?: number | null }, ...extra: []): void {
  noExtra("put_along_axis", 4, extra);
  const lifted = takeRequired("put_along_axis", ["indices", "values", "axis"], givenArgs([indices, values, axis]));
  if (lifted.length > 3) bindArgs("put_along_axis", [], [lifted[3]]);
  [indices, values] = lifted as [ArrayLike, ArrayLike];
  const [ax0] = bindArgs("put_along_axis", ["axis"], [lifted[2]]) as [number | null | undefined];
  if (ax0 === undefined) throw new NumpyTypeError("put_along_axis() missing 1 required positional argument: 'axis'");
  const a = requireNDArray(arr, "put_along_axis");
  const ind = asArray(indices);
  if (ax0 === null) {
    if (ind.ndim !== 1) throw new ValueError("when axis=None, `indices` must have a single dimension.");
    a._checkWriteable();
    // Through a.flat: a view when a is C-contiguous, else a copy written back in C order.
    const flat = a.ravel();
    setItem(flat, alongAxisIndex(flat.shape, ind, 0), values);
    if (flat.base === null) assignToView(a, flat.reshape(a.shape));
    return;
  }
  const ax = normalizeAxis(ax0, a.ndim);
  setItem(a, alongAxisIndex(a.shape, ind, ax), values);
}

type CompressOpts = { axis?: number | null; out?: NDArray | null };

/**
 * The slices of `a` along an axis where `condition` (1-d) is true; flattened when axis is null.
 * @example np.compress([false, true], np.array([[1, 2], [3, 4]]), 0).tolist() // [[3, 4]]
 */
export function compress(condition: ArrayLike, a: ArrayLike | (CompressOpts & { a: ArrayLike }), ...rest: Args<[number, NDArray], CompressOpts>): NDArray {
  [a, ...rest] = takeRequired("compress", ["a"], givenArgs([a, ...rest])) as [ArrayLike, ...typeof rest];
  const [axis, out] = bindArgs("compress", ["axis", "out"], rest) as [number | null | undefined, NDArray | null | undefined];
  const cond = asArray(condition);
  if (cond.ndim !== 1) throw new ValueError("condition must be a 1-d array");
  const idx = nonzeroArrays(truth(cond))[0]!;
  return takeImpl(asArray(a), idx, axis ?? null, out ?? null, "raise");
}

/**
 * The elements of `arr` (flattened) where `condition` (flattened) is true.
 * @example np.extract([[true, false], [false, true]], [[1, 2], [3, 4]]).tolist() // [1, 4]
 */
export function extract(condition: ArrayLike, arr: ArrayLike, ...extra: []): NDArray {
  noExtra("extract", 2, extra);
  const lifted = takeRequired("extract", ["arr"], givenArgs([arr]));
  if (lifted.length > 1) bindArgs("extract", [], [lifted[1]]);
  arr = lifted[0] as ArrayLike;
  const idx = nonzeroArrays(truth(asArray(condition)).reshape(-1))[0]!;
  return takeImpl(asArray(arr).ravel(), idx, null, null, "raise");
}

/**
 * Puts `vals` (repeated cyclically) into `arr` where `mask` is true, in C order, in place.
 * @example const a = np.arange(4); np.place(a, [false, true, false, true], [9]); a.tolist() // [0, 9, 2, 9]
 */
export function place(arr: NDArray, mask: ArrayLike, vals: ArrayLike, ...extra: []): void {
  noExtra("place", 3, extra);
  const lifted = takeRequired("place", ["mask", "vals"], givenArgs([mask, vals]));
  if (lifted.length > 2) bindArgs("place", [], [lifted[2]]);
  [mask, vals] = lifted as [ArrayLike, ArrayLike];
  const a = requireNDArray(arr, "place");
  if (!a._writeable) throw new ValueError("WRITEBACKIFCOPY base is read-only");
  const m = truth(asArray(mask));
  if (m.size !== a.size) throw new ValueError("place: mask and data must be the same size");
  const v = copyAs(valueArray(vals, a._dt), a._dt, "C");
  const mv = m._storage.region.view(BOOL) as Uint8Array;
  const nv = v.size;
  const n = a.size;
  if (nv === 0) {
    for (let i = 0; i < n; i++) if (mv[m._ptr + i] !== 0) throw new ValueError("Cannot insert from an empty array!");
    return;
  }
  const isz = a.itemsize;
  const to: number[] = [];
  const from: number[] = [];
  let i = 0;
  let j = 0;
  forEachAddressC(a.shape, a.strides, a._ptr, (p) => {
    if (mv[m._ptr + i++] !== 0) {
      to.push(p);
      from.push(v._ptr + j * isz);
      if (++j >= nv) j = 0;
    }
  });
  copyBlocks(a, to, v, from, isz);
}

/**
 * Counts the nonzero elements: a JS number for the whole array (or when every axis is
 * reduced), an int64 array with `axis`.
 * @example np.count_nonzero([[0, 1], [2, 3]]) // 3; np.count_nonzero([[0, 1], [2, 3]], 0).tolist() // [1, 2]
 */
export function count_nonzero(a: ArrayLike): number;
export function count_nonzero(
  a: ArrayLike,
  ...rest: Args<[number | readonly number[]], { axis?: number | readonly number[] | null; keepdims?: boolean }>
): NDArray | number;
export function count_nonzero(
  a: ArrayLike,
  ...rest: Args<[number | readonly number[]], { axis?: number | readonly number[] | null; keepdims?: boolean }>
): NDArray | number {
  const [axis, keepdims] = bindArgs("count_nonzero", ["axis"], rest, ["keepdims"]) as [
    number | readonly number[] | null | undefined,
    boolean | undefined,
  ];
  const arr = asArray(a);
  const t = truth(arr);
  const tv = t._storage.region.view(BOOL) as Uint8Array;
  const size = t.size;
  const nd = arr.ndim;
  if ((axis == null && !keepdims) || nd === 0) {
    if (nd === 0 && axis != null) {
      for (const x of typeof axis === "number" ? [axis] : axis) {
        if (x !== 0 && x !== -1) normalizeAxis(x, 0);
      }
    }
    if (t._storage.inHeap) return kernels.count_nonzero_b(t._ptr, size);
    let c = 0;
    for (let i = 0; i < size; i++) if (tv[t._ptr + i] !== 0) c++;
    return c;
  }
  const axes = axis == null ? [...Array(nd).keys()] : uniqueAxes(axis, nd);
  const reduced = new Array<boolean>(nd).fill(false);
  for (const x of axes) reduced[x] = true;
  const outShape = arr.shape.filter((_, d) => !reduced[d]);
  const counts = new Float64Array(shapeSize(outShape));
  const cst = cStrides(outShape, 1);
  const st: number[] = [];
  for (let d = 0, k = 0; d < nd; d++) st.push(reduced[d] ? 0 : cst[k++]!);
  let i = 0;
  forEachAddressC(arr.shape, st, 0, (p) => (counts[p] += tv[t._ptr + i++] !== 0 ? 1 : 0));
  if (outShape.length === 0 && !keepdims) return counts[0]!;
  const shape = keepdims ? arr.shape.map((d, k) => (reduced[k] ? 1 : d)) : outShape;
  const out = emptyArray(INT64, shape);
  const ov = out._storage.region.view(INT64) as BigInt64Array;
  for (let k = 0; k < counts.length; k++) ov[(out._ptr >> 3) + k] = BigInt(counts[k]!);
  return out;
}

/** Normalized axes for a reduction, with the ValueError NumPy's sum gives for repeats. */
function uniqueAxes(axis: number | readonly number[], nd: number): number[] {
  const list = typeof axis === "number" ? [axis] : axis;
  const out = list.map((x) => normalizeAxis(x, nd));
  if (new Set(out).size !== out.length) throw new ValueError("duplicate value in 'axis'");
  return out;
}

/**
 * An open mesh from 1-d sequences, for indexing the cross product, as `numpy.ix_(*args)`: the
 * k-th output has shape 1 on every axis but the k-th. Boolean sequences become their nonzero
 * positions; an empty sequence makes int64.
 * @example const [r, c] = np.ix_([0, 1], [2, 3]); r.shape // [2, 1]; c.shape // [1, 2]
 */
export function ix_(...args: ArrayLike[]): NDArray[] {
  noExtra("ix_", 0, args.length > 0 && isOptions(args[args.length - 1]) ? [args[args.length - 1]] : []);
  const nd = args.length;
  return args.map((seq, k) => {
    let a = seq instanceof NDArray ? seq : asArray(seq);
    if (a.ndim !== 1) throw new ValueError("Cross index must be 1 dimensional");
    if (!(seq instanceof NDArray) && a.size === 0) a = a.astype("int64");
    if (a.dtype === "bool") a = nonzero(a)[0]!;
    const shape = new Array<number>(nd).fill(1);
    shape[k] = a.shape[0]!;
    return a.reshape(shape);
  });
}

/**
 * Integer index values of `a` (any integer dtype, or bool, which casts safely to intp), or
 * NumPy's TypeError for other dtypes.
 */
function intIndexValues(a: NDArray): number[] {
  if (a.dtype !== "bool" && a._dt.kind !== "i" && a._dt.kind !== "u") throw new NumpyTypeError("only int indices permitted");
  const vals = (a.ndim === 0 ? [a.item()] : a.ravel().tolist()) as (number | boolean)[];
  return vals.map(Number);
}

/** Exact integer index values of `a` as bigints (int64 past 2^53; uint64 past int64 wraps, as NumPy's cast to intp). */
function intIndexBigints(a: NDArray): bigint[] {
  if (a.dtype !== "bool" && a._dt.kind !== "i" && a._dt.kind !== "u") throw new NumpyTypeError("only int indices permitted");
  const flat = a.ndim === 0 ? [a._read(a._ptr, true)] : (a.ravel().tolist({ bigint: true }) as unknown[]);
  return flat.map((x) => BigInt.asIntN(64, typeof x === "bigint" ? x : BigInt(Number(x))));
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const INTP_MAX = 2n ** 63n - 1n;

/** An exact integer as a JS number when it fits 2^53, else as a bigint (API.md "Numbers"). */
function exactScalar(v: bigint): number | bigint {
  return v >= -SAFE && v <= SAFE ? Number(v) : v;
}

/** int64 array of `shape` holding exact values. */
function int64From(vals: readonly bigint[], shape: readonly number[]): NDArray {
  return asArray(BigInt64Array.from(vals)).reshape(shape as number[]);
}

/** The dimensions argument of unravel_index/ravel_multi_index. */
function dimsOf(shape: number | readonly number[]): number[] {
  const dims = typeof shape === "number" ? [shape] : Array.from(shape);
  if (dims.some((d) => typeof d === "number" && !Number.isInteger(d))) throw new NumpyTypeError("'float' object cannot be interpreted as an integer");
  return dims;
}

/**
 * The `order` of unravel_index and ravel_multi_index: NumPy's order argument (default C), of
 * which only C and F are permitted.
 * @example indexOrder("f") // "F"
 */
function indexOrder(order: unknown): "C" | "F" {
  const o = orderArg(order, "C");
  if (o !== "C" && o !== "F") throw new ValueError("only 'C' or 'F' order is permitted");
  return o;
}

/**
 * Converts flat indices into a tuple of coordinate arrays for an array of `shape`, as
 * `numpy.unravel_index(indices, shape, order='C')`. A scalar index gives numbers (bigints past
 * 2^53: shapes of more than 2^53 elements are computed exactly).
 * @example np.unravel_index(5, [2, 3]) // [1, 2]; np.unravel_index([1, 5], [2, 3])[1].tolist() // [1, 2]
 */
export function unravel_index(
  indices: ArrayLike,
  shape: number | readonly number[],
  ...rest: Args<["C" | "F"], { order?: "C" | "F" }>
): (number | bigint | NDArray)[] {
  [shape, ...rest] = takeRequired("unravel_index", ["shape"], givenArgs([shape, ...rest])) as [typeof shape, ...typeof rest];
  const [orderIn] = bindArgs("unravel_index", ["order"], rest);
  const order = indexOrder(orderIn);
  const dims = dimsOf(shape);
  const raw = indices instanceof NDArray ? indices : asArray(indices);
  if (!(indices instanceof NDArray) && raw.size === 0 && raw._dt.kind === "f") {
    throw new NumpyTypeError(
      "indices must be integral: the provided empty sequence was inferred as float. Wrap it with 'np.array(indices, dtype=np.intp)'",
    );
  }
  const bigSize = dims.reduce((x, y) => x * BigInt(y), 1n);
  if (bigSize > INTP_MAX || bigSize < -INTP_MAX) {
    throw new ValueError("dimensions are too large; arrays and shapes with a total size greater than 'intp' are not supported.");
  }
  const f = order === "F";
  if (bigSize > SAFE || bigSize < -SAFE) return unravelExact(intIndexBigints(raw), dims, bigSize, f, raw);
  const vals = intIndexValues(raw);
  if (!vals.every(Number.isSafeInteger)) return unravelExact(intIndexBigints(raw), dims, bigSize, f, raw);
  const size = dims.reduce((x, y) => x * y, 1);
  for (const v of vals) if (v < 0 || v >= size) throw new ValueError(`index ${v} is out of bounds for array with size ${size}`);
  const coords = dims.map(() => new Array<number>(vals.length));
  vals.forEach((v, k) => {
    let rem = v;
    for (let t = 0; t < dims.length; t++) {
      const d = f ? t : dims.length - 1 - t;
      coords[d]![k] = rem % dims[d]!;
      rem = Math.floor(rem / dims[d]!);
    }
  });
  if (raw.ndim === 0) return coords.map((c) => c[0]!);
  return coords.map((c) => asArray(c.length ? c : []).astype("int64").reshape(raw.shape));
}

/** unravel_index for shapes of more than 2^53 elements, in exact integers. */
function unravelExact(vals: bigint[], dims: readonly number[], size: bigint, f: boolean, raw: NDArray): (number | bigint | NDArray)[] {
  for (const v of vals) if (v < 0n || v >= size) throw new ValueError(`index ${v} is out of bounds for array with size ${size}`);
  const coords = dims.map(() => new Array<bigint>(vals.length));
  vals.forEach((v, k) => {
    let rem = v;
    for (let t = 0; t < dims.length; t++) {
      const d = f ? t : dims.length - 1 - t;
      const n = BigInt(dims[d]!);
      coords[d]![k] = rem % n;
      rem /= n;
    }
  });
  if (raw.ndim === 0) return coords.map((c) => exactScalar(c[0]!));
  return coords.map((c) => int64From(c, raw.shape));
}


/**
 * Converts a tuple of coordinate arrays into flat indices for an array of `dims`, as
 * `numpy.ravel_multi_index(multi_index, dims, mode='raise', order='C')`; `mode` may be one mode
 * per axis. Scalar coordinates give a number (a bigint past 2^53: dims of more than 2^53
 * elements are computed exactly).
 * @example np.ravel_multi_index([1, 2], [2, 3]) // 5; np.ravel_multi_index([[0, 1], [2, 0]], [2, 3]).tolist() // [2, 3]
 */
export function ravel_multi_index(
  multi_index: readonly ArrayLike[] | NDArray,
  dims: number | readonly number[],
  ...rest: Args<[ClipMode | readonly ClipMode[], "C" | "F"], { mode?: ClipMode | readonly ClipMode[]; order?: "C" | "F" }>
): number | bigint | NDArray {
  [dims, ...rest] = takeRequired("ravel_multi_index", ["dims"], givenArgs([dims, ...rest])) as [typeof dims, ...typeof rest];
  const [modeArg, orderIn] = bindArgs("ravel_multi_index", ["mode", "order"], rest) as [ClipMode | readonly ClipMode[] | null | undefined, unknown];
  const order = indexOrder(orderIn);
  const shape = dimsOf(dims);
  // An array is a sequence of its rows, as Python iterates it.
  if (multi_index instanceof NDArray) {
    if (multi_index.ndim === 0) throw new NumpyTypeError("dispatcher for __array_function__ did not return an iterable");
    const rows = multi_index;
    multi_index = Array.from({ length: rows.shape[0]! }, (_, k) => rows.get(k) as ArrayLike);
  }
  if (multi_index.length !== shape.length) {
    throw new ValueError(`parameter multi_index must be a sequence of length ${shape.length}`);
  }
  const modes = typeof modeArg === "string" || modeArg == null ? shape.map(() => modeArg ?? "raise") : Array.from(modeArg);
  if (modes.length !== shape.length) throw new ValueError(`list of clipmodes has wrong length (${modes.length} instead of ${shape.length})`);
  for (const m of modes) {
    if (m !== "raise" && m !== "wrap" && m !== "clip") throw new ValueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got '${String(m)}')`);
  }
  const arrays = multi_index.map((x) => (x instanceof NDArray ? x : asArray(x)));
  const b = broadcast_arrays(...arrays);
  const outShape = b.length ? b[0]!.shape : [];
  const bigSize = shape.reduce((x, y) => x * BigInt(y), 1n);
  if (bigSize > INTP_MAX || bigSize < -INTP_MAX) throw new ValueError("invalid dims: array size defined by dims is larger than the maximum possible size.");
  const cols = b.map((a) => intIndexValues(a));
  if (bigSize > SAFE || bigSize < -SAFE || cols.some((c) => !c.every(Number.isSafeInteger))) {
    return ravelExact(b.map((a) => intIndexBigints(a)), shape, modes, order, outShape);
  }
  const n = shapeSize(outShape);
  const strides = new Array<number>(shape.length);
  let acc = 1;
  for (let t = 0; t < shape.length; t++) {
    const d = order === "F" ? t : shape.length - 1 - t;
    strides[d] = acc;
    acc *= shape[d]!;
  }
  const out = new Array<number>(n).fill(0);
  for (let d = 0; d < shape.length; d++) {
    const m = shape[d]!;
    for (let k = 0; k < n; k++) {
      let v = cols[d]![k]!;
      if (v < 0 || v >= m) {
        if (modes[d] === "raise") throw new ValueError("invalid entry in coordinates array");
        v = modes[d] === "wrap" ? ((v % m) + m) % m : Math.min(Math.max(v, 0), m - 1);
      }
      out[k] += v * strides[d]!;
    }
  }
  if (outShape.length === 0) return out[0]!;
  return asArray(out).astype("int64").reshape(outShape);
}

/** ravel_multi_index for dims of more than 2^53 elements, in exact integers. */
function ravelExact(cols: bigint[][], shape: readonly number[], modes: readonly string[], order: "C" | "F", outShape: readonly number[]): number | bigint | NDArray {
  const n = shapeSize(outShape);
  const strides = new Array<bigint>(shape.length);
  let acc = 1n;
  for (let t = 0; t < shape.length; t++) {
    const d = order === "F" ? t : shape.length - 1 - t;
    strides[d] = acc;
    acc *= BigInt(shape[d]!);
  }
  const out = new Array<bigint>(n).fill(0n);
  for (let d = 0; d < shape.length; d++) {
    const m = BigInt(shape[d]!);
    for (let k = 0; k < n; k++) {
      let v = cols[d]![k]!;
      if (v < 0n || v >= m) {
        if (modes[d] === "raise") throw new ValueError("invalid entry in coordinates array");
        v = modes[d] === "wrap" ? ((v % m) + m) % m : v < 0n ? 0n : m - 1n;
      }
      out[k] = out[k]! + v * strides[d]!;
    }
  }
  if (outShape.length === 0) return exactScalar(out[0]!);
  return int64From(out, outShape);
}
