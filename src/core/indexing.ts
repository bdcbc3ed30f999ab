/**
 * NumPy indexing: `a.get(...index)` is NumPy's `a[index]` and `a.set(...index, value)` is
 * `a[index] = value`. Index items are integers, slice strings ("1:3", "::-1", ":"), null
 * (np.newaxis), "...", integer or boolean NDArrays, and JS arrays (always index arrays, never
 * tuples). Basic indexing returns views; advanced indexing returns copies, with NumPy's
 * result shapes, errors and messages. The pieces live in ./indexing/.
 *
 * @example
 * const a = np.arange(12).reshape(3, 4);
 * a.get(1, "1:3")          // a[1, 1:3]: a view, [5 6]
 * a.get([0, 2], "::-1")    // a[[0, 2], ::-1]: a copy, shape [2, 4]
 * a.get(1, 2)              // a[1, 2]: the JS number 6
 * a.set([true, false, true], 0) // a[[True, False, True]] = 0: rows 0 and 2 become 0
 */
import type { Item, NDArray } from "./ndarray.js";
import { copyAs, emptyArray } from "./ndarray.js";
import { ValueError, NumpyTypeError } from "./errors.js";
import { basicView, outOfBounds } from "./indexing/basic.js";
import { INT64 } from "./dtype.js";
import { isCContiguous } from "./shape.js";
import { kernels, writeThroughHeap } from "../storage/heap.js";
import { assignToView, detachedValue, fancyValueStrides, storeScalar, valueArray } from "./indexing/assign.js";
import { fancyOffsets, fancyPlan, fancyTransfer } from "./indexing/fancy.js";
import { maskCount, maskGet, maskSet } from "./indexing/mask.js";
import {
  HAS_BOOL,
  HAS_FANCY,
  HAS_INTEGER,
  HAS_SCALAR_ARRAY,
  prepareIndex,
  type Entry,
  type IndexItem,
} from "./indexing/prepare.js";
import { shapeSize, shapeText } from "./shape.js";

export type { IndexItem, NestedIndex } from "./indexing/prepare.js";

/** What `a.get(...)` returns: an NDArray, or a JS scalar for an integer on every axis. */
export type GetResult = NDArray | Item;

/**
 * NumPy's `a[index]`. An integer on every axis gives the element as a JS scalar, exactly as
 * `a.item(...)` gives it: a number (int64/uint64 too, exact up to 2^53), a boolean, or
 * `{re, im}` for complex dtypes. Basic indices give a view; advanced indices a new array.
 * @example np.arange(6).reshape(2, 3).get(":", [0, 2]).tolist() // [[0, 2], [3, 5]]
 */
export function getItem(a: NDArray, index: readonly IndexItem[]): GetResult {
  const p = prepareIndex(a, index);
  const type = p.type;
  if (type === HAS_BOOL) return maskGet(a, p.mask!);
  if (type === HAS_INTEGER) return a._read(basicView(a, p.entries).ptr, false);
  const sub = basicView(a, p.entries);
  if (!(type & HAS_FANCY)) {
    const view = a._view(sub.shape, sub.strides, sub.ptr);
    // A 0-d integer array index acts as an integer but, as in NumPy, forces a copy.
    return type & HAS_SCALAR_ARRAY ? copyAs(view, a._dt, "K") : view;
  }
  return gather(a, p.entries, sub);
}

function gather(a: NDArray, entries: readonly Entry[], sub: ReturnType<typeof basicView>): NDArray {
  const fast = takeRows(a, entries);
  if (fast) return fast;
  const plan = fancyPlan(a, entries, sub);
  const offsets = fancyOffsets(plan);
  const out = emptyArray(a._dt, plan.resultShape);
  if (out.size > 0) fancyTransfer(plan, offsets, a, out._operand(), false);
  return out;
}

/**
 * `a[idx]` with one integer index array and contiguous rows, in the heap: the take_rows kernel
 * copies whole rows (NumPy's bounds check and message; the first bad index raises). Undefined
 * when the index is anything else.
 */
function takeRows(a: NDArray, entries: readonly Entry[]): NDArray | undefined {
  const e = entries[0]!;
  if (entries.length !== 1 || e.kind !== "fancy" || e.boolAxis !== -1 || !a._storage.inHeap || a.ndim === 0) return undefined;
  const idx = e.array;
  if (idx._dt !== INT64 && (idx._dt.itemsize > 4 || (idx._dt.kind !== "i" && idx._dt.kind !== "u"))) return undefined;
  const rowShape = a.shape.slice(1);
  if (!isCContiguous(rowShape, a.strides.slice(1), a.itemsize)) return undefined;
  const ix = idx._dt === INT64 && idx._contiguous && idx._storage.inHeap ? idx : copyAs(idx, INT64, "C");
  if (!ix._storage.inHeap) return undefined;
  const out = emptyArray(a._dt, [...idx.shape, ...rowShape]);
  const row = a.itemsize * shapeSize(rowShape);
  writeThroughHeap(out._storage.region, out._ptr, out.nbytes, (dst) => {
    const bad = kernels.take_rows(a._ptr, a.strides[0]!, a.shape[0]!, ix._ptr, ix.size, dst, row);
    if (bad >= 0) throw outOfBounds((ix._storage.region.view(INT64) as BigInt64Array)[(ix._ptr >> 3) + bad]!, 0, a.shape[0]!);
  });
  return out;
}

/**
 * NumPy's `a[index] = value`: the value (any array_like) is broadcast to the selection and cast
 * to the array's dtype (a Python int out of range is an OverflowError, as in NumPy 2; floats
 * truncate into integer arrays). With repeated advanced indices the last write wins.
 * @example const a = np.zeros(5); a.set([0, 2], 7); a.tolist() // [7, 0, 7, 0, 0]
 */
export function setItem(a: NDArray, index: readonly IndexItem[], value: unknown): void {
  a._checkWriteable();
  const p = prepareIndex(a, index);
  if (p.type === HAS_INTEGER) {
    storeScalar(a, basicView(a, p.entries).ptr, value);
    return;
  }
  if (p.type === HAS_BOOL) {
    const v = valueArray(value, a._dt);
    if (v.ndim > 1) {
      throw new NumpyTypeError(
        `NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has ${v.ndim} dimensions`,
      );
    }
    const count = maskCount(p.mask!);
    if (v.ndim === 1 && v.shape[0] !== 1 && v.shape[0] !== count) {
      throw new ValueError(
        `NumPy boolean array indexing assignment cannot assign ${v.shape[0]} input values to the ${count} output values where the mask is true`,
      );
    }
    maskSet(a, p.mask!, detachedValue(v, a._dt, a));
    return;
  }
  const sub = basicView(a, p.entries);
  if (!(p.type & HAS_FANCY)) {
    assignToView(a._view(sub.shape, sub.strides, sub.ptr), value);
    return;
  }
  const v = valueArray(value, a._dt);
  const plan = fancyPlan(a, p.entries, sub);
  scatter(a, plan, v);
}

function scatter(a: NDArray, plan: ReturnType<typeof fancyPlan>, value: NDArray): void {
  const shape = plan.resultShape;
  if (fancyValueStrides(value, shape) === null) {
    throw new ValueError(
      `shape mismatch: value array of shape ${shapeText(value.shape)} could not be broadcast to indexing result of shape ${shapeText(shape)}`,
    );
  }
  const offsets = fancyOffsets(plan);
  if (shapeSize(shape) === 0) return;
  const v = detachedValue(value, a._dt, a);
  const strides = fancyValueStrides(v, shape)!;
  fancyTransfer(plan, offsets, a, { region: v._storage.region, ptr: v._ptr, strides }, true);
}
