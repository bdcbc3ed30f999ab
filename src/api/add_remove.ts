/**
 * Adding and removing elements: append, resize, delete, insert and trim_zeros, as NumPy's
 * function_base and fromnumeric define them (new arrays; trim_zeros returns a view).
 *
 * @example
 * np.insert([1, 2, 3], 1, 9).tolist() // [1, 9, 2, 3]
 * np.delete([1, 2, 3], 0).tolist() // [2, 3]
 */
import { bindArgs, givenArgs, takeRequired, noExtra, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { BOOL } from "../core/dtype.js";
import { IndexError, NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { cStrides, fStrides, normalizeAxes, normalizeAxis, normalizeShape, type ShapeLike } from "../core/shape.js";
import { array, asArray } from "./creation.js";
import { logical_not } from "../ufunc/index.js";
import { concatenate } from "./joining.js";
import { moveaxis } from "./manipulation.js";

type Axes = number | readonly number[];

/**
 * Appends values to the end of an array (a copy), as `numpy.append(arr, values, axis=None)`:
 * without an axis both are flattened first.
 * @example np.append([1, 2], [[3], [4]]).tolist() // [1, 2, 3, 4]
 */
export function append(arr: ArrayLike, values: ArrayLike | { values: ArrayLike; axis?: number | null }, ...rest: Args<[number | null], { axis?: number | null }>): NDArray {
  [values, ...rest] = takeRequired("append", ["values"], [values, ...rest]) as [ArrayLike, ...typeof rest];
  const [axis] = bindArgs("append", ["axis"], rest) as [number | null | undefined];
  let a = asArray(arr);
  let v = asArray(values);
  let ax: number;
  if (axis == null) {
    if (a.ndim !== 1) a = a.ravel();
    v = v.ravel();
    ax = a.ndim - 1;
  } else ax = axis;
  return concatenate([a, v], ax);
}

/**
 * A new array of the given shape holding the input's elements repeated in C order, as
 * `numpy.resize(a, new_shape)` (zeros when the input is empty).
 * @example np.resize([1, 2, 3], [2, 4]).tolist() // [[1, 2, 3, 1], [2, 3, 1, 2]]
 */
export function resize(a: ArrayLike, new_shape: ShapeLike | { new_shape: ShapeLike }, ...extra: []): NDArray {
  noExtra("resize", 2, extra);
  const lifted = takeRequired("resize", ["new_shape"], [new_shape]);
  if (lifted.length > 1) bindArgs("resize", [], [lifted[1]]);
  new_shape = lifted[0] as ShapeLike;
  const shape = typeof new_shape === "number" ? [new_shape] : Array.from(new_shape);
  const flat = asArray(a).ravel();
  let newSize = 1;
  for (const d of shape) {
    newSize *= d;
    if (d < 0) throw new ValueError("all elements of `new_shape` must be non-negative");
  }
  if (flat.size === 0 || newSize === 0) return emptyArray(flat._dt, normalizeShape(shape), undefined, true);
  const repeats = Math.ceil(newSize / flat.size);
  const joined = concatenate(new Array<NDArray>(repeats).fill(flat));
  return joined._view([newSize], joined.strides, joined._ptr).reshape(shape);
}

/**
 * A copy of the array with the entries at `obj` removed along `axis` (of the flattened array
 * when axis is null), as `numpy.delete(arr, obj, axis=None)`. `obj` is an integer, a list or
 * integer/boolean NDArray of them, or a slice string such as "1:3".
 * @example np.delete([1, 2, 3, 4], [0, -1]).tolist() // [2, 3]
 */
function delete_(arr: ArrayLike, obj: number | string | readonly (number | boolean)[] | NDArray | { obj: number | string | readonly (number | boolean)[] | NDArray; axis?: number | null }, ...rest: Args<[number | null], { axis?: number | null }>): NDArray {
  [obj, ...rest] = takeRequired("delete", ["obj"], [obj, ...rest]) as [number | string | readonly (number | boolean)[] | NDArray, ...typeof rest];
  const [axis] = bindArgs("delete", ["axis"], rest) as [number | null | undefined];
  let a = asArray(arr);
  let ax: number;
  if (axis == null) {
    if (a.ndim !== 1) a = a.ravel();
    ax = 0;
  } else ax = normalizeAxis(axis, a.ndim);
  const n = a.shape[ax]!;
  const lead = new Array<string>(ax).fill(":");
  if (typeof obj === "number" && Number.isInteger(obj)) {
    // One index: the two pieces around it, as NumPy's slicing path.
    if (obj < -n || obj >= n) throw new IndexError(`index ${obj} is out of bounds for axis ${ax} with size ${n}`);
    const i = obj < 0 ? obj + n : obj;
    const shape = a.shape.slice();
    shape[ax] = n - 1;
    const out = emptyArray(a._dt, shape, arrOrderStrides(a, shape));
    out.set(...lead, sliceText(null, i), a.get(...lead, sliceText(null, i)) as NDArray);
    out.set(...lead, sliceText(i, null), a.get(...lead, sliceText(i + 1, null)) as NDArray);
    return out;
  }
  let mask: NDArray;
  if (typeof obj !== "string" && (obj instanceof NDArray ? obj : asArray(obj as ArrayLike)).dtype === "bool") {
    const idx = obj instanceof NDArray ? obj : asArray(obj as ArrayLike);
    if (idx.ndim !== 1 || idx.shape[0] !== n) {
      throw new ValueError(`boolean array argument obj to delete must be one dimensional and match the axis length of ${n}`);
    }
    mask = logical_not(idx) as NDArray;
  } else {
    // A mask of n trues, cleared at each deleted position.
    mask = emptyArray(BOOL, [n]);
    const keep = mask._storage.region.view(BOOL) as Uint8Array;
    keep.fill(1, mask._ptr, mask._ptr + n);
    let list: number[];
    if (typeof obj === "string") list = (positionsOf(n).get(obj) as NDArray).tolist() as number[];
    else {
      const idx = obj instanceof NDArray ? obj : asArray(obj as ArrayLike);
      // NumPy lets an empty list through as intp, but not an empty non-integer array.
      if ((idx.size > 0 || obj instanceof NDArray) && idx._dt.kind !== "i" && idx._dt.kind !== "u") {
        throw new IndexError("arrays used as indices must be of integer (or boolean) type");
      }
      list = idx.ndim === 0 ? [idx.item() as number] : (idx.ravel().tolist() as number[]);
      for (const i of list) if (i < -n || i >= n) throw new IndexError(`index ${i} is out of bounds for axis ${ax} with size ${n}`);
    }
    for (const i of list) keep[mask._ptr + (i < 0 ? i + n : i)] = 0;
  }
  return a.get(...lead, mask) as NDArray;
}

export { delete_ as delete };

/** arange(n) as int64, for reading a slice string's positions. */
function positionsOf(n: number): NDArray {
  return asArray(Array.from({ length: n }, (_, i) => i)).astype("int64");
}

/** "a:b" slice text for Python's slice(start, stop). */
function sliceText(start: number | null, stop: number | null): string {
  return `${start ?? ""}:${stop ?? ""}`;
}

/** NumPy's `arrorder` of insert and delete: Fortran strides for an F- (and not C-) contiguous input, else C. */
function arrOrderStrides(a: NDArray, shape: readonly number[]): number[] {
  return a.flags.f_contiguous && !a.flags.c_contiguous ? fStrides(shape, a.itemsize) : cStrides(shape, a.itemsize);
}

/**
 * Inserts values before the given indices along `axis` (of the flattened array when axis is
 * null), as `numpy.insert(arr, obj, values, axis=None)`: a new array. `obj` is an integer, a list
 * or NDArray of integers, or a slice string such as "1:3".
 * @example np.insert([1, 2, 3], 1, 9).tolist() // [1, 9, 2, 3]; np.insert([1, 2, 3], [0, 3], [7, 8]).tolist() // [7, 1, 2, 3, 8]
 */
export function insert(
  arr: ArrayLike,
  obj: number | string | readonly number[] | NDArray,
  values: ArrayLike,
  ...rest: Args<[number | null], { axis?: number | null }>
): NDArray {
  [obj, values, ...rest] = takeRequired("insert", ["obj", "values"], givenArgs([obj, values, ...rest])) as [typeof obj, typeof values, ...typeof rest];
  const [axisArg] = bindArgs("insert", ["axis"], rest) as [number | null | undefined];
  let a = asArray(arr);
  let axis: number;
  if (axisArg == null) {
    if (a.ndim !== 1) a = a.ravel();
    axis = a.ndim - 1;
  } else axis = normalizeAxis(axisArg, a.ndim);
  const nd = a.ndim;
  const N = a.shape[axis]!;
  const lead = new Array<string>(axis).fill(":");
  let indices: NDArray;
  if (typeof obj === "string") {
    indices = (asArray(Array.from({ length: N }, (_, i) => i)).astype("int64").get(obj) as NDArray).copy();
  } else {
    indices = obj instanceof NDArray ? obj : asArray(obj as ArrayLike);
    if (indices.dtype === "bool") indices = indices.astype("int64");
    else if (indices.ndim > 1) throw new ValueError("index array argument obj to insert must be one dimensional or scalar");
  }
  if (indices.size === 1) {
    // NumPy slices with the one index, which Python rejects unless it is an integer.
    if (indices._dt.kind !== "i" && indices._dt.kind !== "u") throw new NumpyTypeError("slice indices must be integers or None or have an __index__ method");
    let index = indices.item() as number;
    if (index < -N || index > N) {
      const shown = typeof obj === "number" ? obj : indices.ndim === 0 ? index : `[${index}]`;
      throw new IndexError(`index ${shown} is out of bounds for axis ${axis} with size ${N}`);
    }
    if (index < 0) index += N;
    let vals = array(values, { dtype: a._dt, ndmin: nd });
    // A scalar index inserts like a[:, [i], :] (NumPy moves values' first axis to `axis`).
    if (indices.ndim === 0) vals = moveaxis(vals, 0, axis);
    const numnew = vals.shape[axis]!;
    const shape = a.shape.slice();
    shape[axis] = N + numnew;
    const out = emptyArray(a._dt, shape, arrOrderStrides(a, shape));
    out.set(...lead, sliceText(null, index), a.get(...lead, sliceText(null, index)) as NDArray);
    out.set(...lead, sliceText(index, index + numnew), vals);
    out.set(...lead, sliceText(index + numnew, null), a.get(...lead, sliceText(index, null)) as NDArray);
    return out;
  }
  if (indices.size === 0 && !(obj instanceof NDArray)) indices = indices.astype("int64");
  if (indices._dt.kind !== "i" && indices._dt.kind !== "u") {
    throw new IndexError("arrays used as indices must be of integer (or boolean) type");
  }
  const idx = (indices.ravel().tolist() as number[]).map((i) => (i < 0 ? i + N : i));
  const numnew = idx.length;
  const order = idx.map((_, i) => i).sort((p, q) => idx[p]! - idx[q]! || p - q);
  order.forEach((k, rank) => (idx[k] = idx[k]! + rank));
  const shape = a.shape.slice();
  shape[axis] = N + numnew;
  const total = shape[axis]!;
  const keep = new Array<boolean>(total).fill(true);
  for (const i of idx) {
    if (i < -total || i >= total) throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${total}`);
    keep[i < 0 ? i + total : i] = false;
  }
  const out = emptyArray(a._dt, shape, arrOrderStrides(a, shape));
  out.set(...lead, asArray(idx).astype("int64"), asArray(values));
  out.set(...lead, asArray(keep).astype("bool"), a);
  return out;
}

/**
 * Trims leading and/or trailing zeros, as `numpy.trim_zeros(filt, trim='fb', axis=None)`: a view
 * of the smallest box holding every nonzero element (along `axis` only, when given).
 * @example np.trim_zeros(np.array([0, 0, 1, 2, 0])).tolist() // [1, 2]
 */
export function trim_zeros(filt: ArrayLike, ...rest: Args<[string], { trim?: string; axis?: Axes | null }>): NDArray {
  const [trimArg, axis] = bindArgs("trim_zeros", ["trim"], rest, ["axis"]) as [string | null | undefined, Axes | null | undefined];
  const trim = (trimArg ?? "fb").toLowerCase();
  const bad = [...trim].filter((c) => c !== "f" && c !== "b");
  if (bad.length) throw new ValueError(`unexpected character(s) in \`trim\`: ${JSON.stringify(trim).replace(/"/g, "'")}`);
  const a = asArray(filt);
  const axes = axis == null ? a.shape.map((_, i) => i) : normalizeAxes(axis, a.ndim, "axis");
  // Positions of the nonzero elements along each axis.
  const lo = a.shape.map(() => Infinity);
  const hi = a.shape.map(() => -Infinity);
  const flat = a.ravel().tolist() as (number | boolean | bigint | { re: number; im: number })[];
  const isNz = (x: (typeof flat)[number]) => (typeof x === "object" ? x.re !== 0 || x.im !== 0 : x !== 0 && x !== false && x !== 0n);
  flat.forEach((x, k) => {
    if (!isNz(x)) return;
    let rem = k;
    for (let d = a.ndim - 1; d >= 0; d--) {
      const i = rem % a.shape[d]!;
      rem = Math.floor(rem / a.shape[d]!);
      lo[d] = Math.min(lo[d]!, i);
      hi[d] = Math.max(hi[d]!, i);
    }
  });
  const items = a.shape.map((n, d) => {
    if (!axes.includes(d)) return ":";
    if (lo[d] === Infinity) return "0:0";
    const start = trim.includes("f") ? lo[d]! : 0;
    const stop = trim.includes("b") ? hi[d]! + 1 : n;
    return `${start}:${stop}`;
  });
  return items.length ? (a.get(...items) as NDArray) : a;
}
