/**
 * Selection helpers: choose, putmask, fill_diagonal, piecewise, apply_along_axis and
 * apply_over_axes, as NumPy defines them (numpy/_core/fromnumeric.py, the C PyArray_Choose and
 * PyArray_PutMask, numpy/lib/_index_tricks_impl.py, _function_base_impl.py, _shape_base_impl.py).
 * They build on copyto, put, the flat iterator and boolean indexing.
 *
 * @example
 * np.choose([2, 0, 1], [[0, 1, 2], [10, 11, 12], [20, 21, 22]]) // array([20,  1, 12])
 * const a = np.zeros([3, 3]); np.fill_diagonal(a, 5);          // a's diagonal is 5
 * np.piecewise(np.array([-1, 2]), [np.array([-1, 2]).less(0)], [(v) => v.negative(), 7]) // array([1, 7])
 * np.apply_along_axis((v) => v.sum(), 1, np.arange(6).reshape(2, 3)) // array([ 3, 12])
 */
import { bindArgs, givenArgs, takeRequired, noExtra, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { BOOL, INT64, canCast } from "../core/dtype.js";
import { AttributeError, NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { isComplexScalar, type Scalar } from "../core/scalar.js";
import { normalizeAxis, shapeSize } from "../core/shape.js";
import { clip as clipValues } from "./math.js";
import { equal, less, greater_equal, logical_or, logical_not, remainder } from "../ufunc/index.js";
import { array, asanyarray, asArray, zeros, zeros_like } from "./creation.js";
import { copyto, valuesDType } from "./select.js";
import { flatnonzero, put, take, type ClipMode } from "./indexing.js";
import { broadcast_arrays } from "./broadcasting.js";
import { ndindex } from "./index_tricks.js";
import { concatenate } from "./joining.js";
import { expand_dims, transpose } from "./manipulation.js";
import { any } from "./reductions.js";
import "./flatiter.js";
import { pyTypeName } from "./index_tricks.js";

type ChooseOpts = { out?: NDArray | null; mode?: ClipMode };

/**
 * Builds an array from an index array and a list of arrays to choose from, as
 * `np.choose(a, choices, out=None, mode='raise')`: element i is `choices[a[i]][i]`, everything
 * broadcast together; an out-of-range index is an error ("raise"), wraps ("wrap") or is clipped
 * ("clip"). A 0-d result is a JS scalar.
 * @example np.choose([0, 1, 0], [[1, 2, 3], [10, 20, 30]]).tolist() // [1, 20, 3]
 */
export function choose(a: ArrayLike, choices: readonly ArrayLike[] | NDArray, ...rest: Args<[NDArray | null, ClipMode], ChooseOpts>): NDArray | Scalar {
  [choices, ...rest] = takeRequired("choose", ["choices"], givenArgs([choices, ...rest])) as [typeof choices, ...typeof rest];
  const [out, modeArg] = bindArgs("choose", ["out", "mode"], rest) as [NDArray | null | undefined, ClipMode | null | undefined];
  const mode = modeArg ?? "raise";
  if (mode !== "raise" && mode !== "wrap" && mode !== "clip") throw new ValueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got '${String(mode)}')`);
  const list: unknown[] = choices instanceof NDArray ? Array.from({ length: choices.shape[0] ?? 0 }, (_, i) => choices.get(i, "...")) : Array.from(choices);
  if (list.length === 0) throw new ValueError("0-length sequence.");
  // NumPy broadcasts the index array with the choices in one multi-iterator of at most 64 operands.
  if (list.length + 1 > 64) throw new ValueError("Need at least 0 and at most 64 array objects.");
  const dt = valuesDType(list);
  const arrays = list.map((c) => asArray(c as ArrayLike).astype(dt));
  const idx0 = asArray(a);
  if (!canCast(idx0._dt, INT64, "safe")) throw new NumpyTypeError(`Cannot cast array data from dtype('${idx0._dt.name}') to dtype('int64') according to the rule 'safe'`);
  // NumPy broadcasts the choices first and the index array last (its error names them so).
  const all = broadcast_arrays(...arrays, idx0.astype(INT64));
  const chs = all.slice(0, -1);
  let idx = all[all.length - 1]!;
  const shape = idx.shape;
  const n = chs.length;
  if (mode === "raise") {
    if (any(logical_or(less(idx, 0), greater_equal(idx, n)))) throw new ValueError("invalid entry in choice array");
  } else if (mode === "wrap") idx = remainder(idx, n) as NDArray;
  else idx = clipValues(idx, 0, n - 1) as NDArray;
  // One masked copy per choice (a take_along_axis of the stacked choices is several times slower).
  const picked = chs[0]!.copy();
  for (let k = 1; k < n; k++) copyto(picked, chs[k]!, { where: equal(idx, k) as NDArray });
  if (out != null) {
    if (!(out instanceof NDArray) || out.ndim !== shape.length || out.shape.some((d, i) => d !== shape[i])) throw new NumpyTypeError("choose: invalid shape for output array.");
    copyto(out, picked, { casting: "unsafe" });
    return out;
  }
  return shape.length === 0 ? (picked.item() as Scalar) : picked;
}

/**
 * Sets `a.flat[i] = values.flat[i % len(values)]` wherever `mask.flat[i]` is true, as
 * `np.putmask(a, mask, values)` (in place; the mask has a's size; values repeat cyclically).
 * @example const a = np.arange(6); np.putmask(a, a.greater(2), [10, 20]); a.tolist() // [0, 1, 2, 20, 10, 20]
 */
export function putmask(a: NDArray, mask: ArrayLike, values: ArrayLike, ...extra: []): void {
  noExtra("putmask", 3, extra);
  const lifted = takeRequired("putmask", ["mask", "values"], givenArgs([mask, values]));
  if (lifted.length > 2) bindArgs("putmask", [], [lifted[2]]);
  [mask, values] = lifted as [ArrayLike, ArrayLike];
  if (!(a instanceof NDArray)) throw new NumpyTypeError("putmask: first argument must be an array");
  const m = asArray(mask).astype(BOOL);
  if (m.size !== a.size) throw new ValueError("putmask: mask and data must be the same size");
  if (!a.flags.writeable) throw new ValueError("putmask: output array is read-only");
  // An array of values is cast with NumPy's 'safe' rule; Python-style scalars and lists convert.
  if (values instanceof NDArray && !canCast(values._dt, a._dt, "safe")) {
    throw new NumpyTypeError(`Cannot cast array data from dtype('${values.dtype}') to dtype('${a.dtype}') according to the rule 'safe'`);
  }
  const v = array(values, a._dt).ravel();
  if (v.size === 0) return;
  const pos = flatnonzero(m);
  if (pos.size === 0) return;
  put(a, pos, take(v, remainder(pos, v.size) as NDArray) as NDArray);
}

/**
 * Fills the main diagonal of `a` in place, as `np.fill_diagonal(a, val, wrap=False)`: for a 2-d
 * array a[i, i] (a tall matrix's diagonal restarts after N columns with `wrap`), for more axes
 * (all of equal length) a[i, i, ..., i]. `val` repeats cyclically along the diagonal.
 * @example const a = np.zeros([2, 2], "int64"); np.fill_diagonal(a, [1, 2]); a.tolist() // [[1, 0], [0, 2]]
 */
export function fill_diagonal(a: NDArray, val: ArrayLike, ...rest: Args<[boolean], { wrap?: boolean }>): void {
  [val, ...rest] = takeRequired("fill_diagonal", ["val"], givenArgs([val, ...rest])) as [typeof val, ...typeof rest];
  const [wrap] = bindArgs("fill_diagonal", ["wrap"], rest) as [boolean | undefined];
  if (!(a instanceof NDArray)) throw new AttributeError(`'${pyTypeName(a)}' object has no attribute 'ndim'`);
  if (a.ndim < 2) throw new ValueError("array must be at least 2-d");
  let end: number | null = null;
  let step: number;
  if (a.ndim === 2) {
    step = a.shape[1]! + 1;
    if (!wrap) end = a.shape[1]! * a.shape[1]!;
  } else {
    if (a.shape.some((d) => d !== a.shape[0])) throw new ValueError("All dimensions of input must be of equal length");
    step = 1;
    let prod = 1;
    for (const d of a.shape.slice(0, -1)) step += prod *= d;
  }
  a.flat.set(`:${end ?? ""}:${step}`, val);
}

/** A function of piecewise's funclist: called with the selected x values and the extra arguments. */
export type PiecewiseFunc = ((x: NDArray, ...args: unknown[]) => unknown) | ArrayLike;

/**
 * A piecewise-defined function, as `np.piecewise(x, condlist, funclist, *args, **kw)`: where
 * condlist[i] holds, funclist[i] applies (a JS function gets the selected values of x and the
 * extra arguments; any other item is a constant); one extra function is the "otherwise" case.
 * The result has x's dtype and shape (zero where no condition holds).
 * @example np.piecewise(np.array([-2, 0, 3]), [np.array([-2, 0, 3]).less(0)], [-1, 1]).tolist() // [-1, 1, 1]
 */
export function piecewise(x: ArrayLike, condlist: ArrayLike | readonly ArrayLike[], funclist: readonly PiecewiseFunc[], ...args: unknown[]): NDArray {
  const xa = asanyarray(x);
  const n2 = funclist.length;
  const first = condlist instanceof NDArray ? (condlist.ndim >= 2 ? "array" : "scalar") : Array.isArray(condlist) ? (condlist[0] instanceof NDArray || Array.isArray(condlist[0]) ? "array" : "scalar") : "scalar";
  const isScalar = !(condlist instanceof NDArray) && !Array.isArray(condlist);
  const wrapped = isScalar || (first === "scalar" && xa.ndim !== 0) ? [condlist as ArrayLike] : condlist;
  let conds = array(wrapped as ArrayLike, BOOL);
  let n = conds.shape[0] ?? 0;
  if (n === n2 - 1) {
    const condelse = logical_not(any(conds, { axis: 0, keepdims: true })) as NDArray;
    conds = concatenate([conds, condelse], 0);
    n += 1;
  } else if (n !== n2) {
    throw new ValueError(`with ${n} condition(s), either ${n} or ${n + 1} functions are expected`);
  }
  const y = zeros_like(xa);
  funclist.forEach((func, i) => {
    const cond = conds.get(i, "...") as NDArray;
    if (typeof func !== "function") {
      y.set(cond, func);
      return;
    }
    const vals = xa.get(cond) as NDArray;
    if (vals.size > 0) y.set(cond, func(vals, ...args));
  });
  return y;
}

/** A JS number, bigint, boolean or complex {re, im}: a Python scalar, with no NumPy dtype. */
function isJsScalar(x: unknown): boolean {
  return typeof x === "number" || typeof x === "bigint" || typeof x === "boolean" || isComplexScalar(x);
}

/**
 * Applies `func1d` to the 1-d slices of `arr` along `axis`, as
 * `np.apply_along_axis(func1d, axis, arr, *args, **kwargs)`: the function's (array or scalar)
 * results take the place of that axis, in the result dtype of the first call (JS scalar results:
 * the dtype np.array gives all of them, since a JS number does not say which dtype it came from).
 * @example np.apply_along_axis((v) => v.get("::-1"), 0, np.arange(4).reshape(2, 2)).tolist() // [[2, 3], [0, 1]]
 */
export function apply_along_axis(func1d: (a: NDArray, ...args: unknown[]) => unknown, axis: number, arr: ArrayLike, ...args: unknown[]): NDArray {
  const a = asanyarray(arr);
  const nd = a.ndim;
  const ax = normalizeAxis(axis, nd);
  const dims = Array.from({ length: nd }, (_, i) => i);
  const view = transpose(a, [...dims.slice(0, ax), ...dims.slice(ax + 1), ax]);
  const outer = view.shape.slice(0, -1);
  if (shapeSize(outer) === 0) throw new ValueError("Cannot apply_along_axis when any iteration dimensions are 0");
  const inds = [...ndindex(outer)];
  const results = inds.map((ind) => func1d(view.get(...ind, "...") as NDArray, ...args));
  // JS scalar results carry no dtype (NumPy's first result would be a NumPy scalar): the result
  // dtype comes from all of them, as np.array of those Python numbers, so that 2.5 after 2 is
  // not truncated into an int64 result.
  if (results.every(isJsScalar)) return asanyarray(results as ArrayLike).reshape(outer);
  const res = asanyarray(results[0] as ArrayLike);
  const buff = zeros([...outer, ...res.shape], res._dt);
  const bdims = Array.from({ length: buff.ndim }, (_, i) => i);
  const permute = [...bdims.slice(0, ax), ...bdims.slice(buff.ndim - res.ndim), ...bdims.slice(ax, buff.ndim - res.ndim)];
  inds.forEach((ind, k) => buff.set(...ind, "...", k === 0 ? res : asanyarray(results[k] as ArrayLike)));
  return transpose(buff, permute);
}

/**
 * Applies `func(a, axis)` repeatedly over several axes, as `np.apply_over_axes(func, a, axes)`:
 * each result must keep the number of dimensions, or lose exactly the axis (which is put back).
 * @example np.apply_over_axes((v, ax) => np.sum(v, ax), np.arange(24).reshape(2, 3, 4), [0, 2]).shape // [1, 3, 1]
 */
export function apply_over_axes(func: (a: NDArray, axis: number) => unknown, a: ArrayLike, axes: number | readonly number[], ...rest: Args<[], Record<string, never>>): NDArray {
  bindArgs("apply_over_axes", [], rest);
  let val = asArray(a);
  const N = val.ndim;
  const list = typeof axes === "number" ? [axes] : axes;
  for (let axis of list) {
    if (axis < 0) axis += N;
    const res = func(val, axis);
    if (!(res instanceof NDArray)) throw new AttributeError(`'${pyTypeName(res)}' object has no attribute 'ndim'`);
    if (res.ndim === val.ndim) {
      val = res;
      continue;
    }
    const e = expand_dims(res, axis);
    if (e.ndim !== val.ndim) throw new ValueError("function is not returning an array of the correct shape");
    val = e;
  }
  return val;
}

declare module "../core/ndarray.js" {
  interface NDArray {
    /**
     * Builds an array from this index array and the choices, as `a.choose(choices, out, mode)`.
     * @example np.array([1, 0]).choose([[1, 2], [3, 4]]) // array([3, 2])
     */
    choose(choices: readonly ArrayLike[] | NDArray, ...rest: Args<[NDArray | null, ClipMode], ChooseOpts>): NDArray | Scalar;
  }
}

Object.defineProperty(NDArray.prototype, "choose", {
  value: function (this: NDArray, choices: readonly ArrayLike[] | NDArray, ...rest: Args<[NDArray | null, ClipMode], ChooseOpts>) {
    return choose(this, choices, ...rest);
  },
  writable: true,
  configurable: true,
});
