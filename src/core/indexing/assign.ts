/**
 * The value side of `a[index] = value`: converting the value as NumPy does (a Python scalar
 * with NumPy 2's rules, an array cast unsafely, a list converted to the array's dtype),
 * broadcasting it to the selection, and copying it out of the way when it overlaps the
 * destination.
 *
 * @example
 * assignToView(view, [1, 2, 3]); // NumPy's view[...] = [1, 2, 3]
 */
import { fromNested, typedArrayView } from "../coerce.js";
import type { DType } from "../dtype.js";
import { NumpyTypeError, ValueError } from "../errors.js";
import { copyAs, NDArray } from "../ndarray.js";
import { imagPart, isComplexScalar, toStorage, type Scalar } from "../scalar.js";
import { broadcastStrides, shapeText } from "../shape.js";
import { copyCast, fillStorage } from "../../kernels/ts/cast.js";

/** True for a JS value that is one Python scalar. */
export function isScalarValue(v: unknown): v is Scalar {
  return typeof v === "number" || typeof v === "boolean" || typeof v === "bigint" || isComplexScalar(v);
}

/** Python refuses float(complex) and int(complex): so does NumPy storing a complex scalar. */
function checkScalar(v: Scalar, dt: DType): void {
  if (typeof v !== "object") return;
  if (dt.kind === "f") throw new NumpyTypeError("float() argument must be a string or a real number, not 'complex'");
  if (dt.kind === "i" || dt.kind === "u") {
    throw new NumpyTypeError("int() argument must be a string, a bytes-like object or a real number, not 'complex'");
  }
}

/** The byte range [lo, hi) an array's elements occupy (empty arrays occupy none). */
function extent(a: NDArray): [number, number] {
  let lo = a._ptr;
  let hi = a._ptr + a.itemsize;
  for (let d = 0; d < a.ndim; d++) {
    const n = a.shape[d]!;
    if (n === 0) return [0, 0];
    const span = (n - 1) * a.strides[d]!;
    if (span < 0) lo += span;
    else hi += span;
  }
  return [lo, hi];
}

/** Whether two arrays may share bytes (same memory region, overlapping extents). */
export function mayOverlap(a: NDArray, b: NDArray): boolean {
  if (a._storage.region !== b._storage.region) return false;
  const [alo, ahi] = extent(a);
  const [blo, bhi] = extent(b);
  return alo < bhi && blo < ahi && alo < ahi && blo < bhi;
}

/** Writes one JS scalar at a byte address, as NumPy stores a Python scalar (`a[i, j] = v`). */
export function storeScalar(a: NDArray, addr: number, value: unknown): void {
  const dt = a._dt;
  if (isScalarValue(value)) {
    checkScalar(value, dt);
    const re = toStorage(value, dt);
    const view = a._storage.region.view(dt) as unknown as (number | bigint)[];
    const i = addr >>> dt.shift;
    view[i] = re;
    if (dt.kind === "c") view[i + 1] = imagPart(value);
    return;
  }
  if (Array.isArray(value)) {
    // A list for one element: NumPy's per-dtype setitem decides (a bool takes its truth).
    if (dt.kind === "b") return storeScalar(a, addr, value.length > 0);
    if (dt.kind === "i" || dt.kind === "u") {
      throw new NumpyTypeError("int() argument must be a string, a bytes-like object or a real number, not 'list'");
    }
    if (dt.kind === "c") throw new NumpyTypeError("must be real number, not list");
    throw new ValueError("setting an array element with a sequence.");
  }
  if (value instanceof NDArray || ArrayBuffer.isView(value)) {
    let v = value instanceof NDArray ? value : typedArrayView(value);
    // Only a 0-d array is a scalar, except that a bool element takes the truth of a size-1
    // array, and complex refuses arrays with a TypeError (NumPy 2's setitem).
    if (v.ndim !== 0) {
      if (dt.kind === "b" && v.size === 1) v = v._view([], [], v._ptr);
      else if (dt.kind === "c") throw new NumpyTypeError("only 0-dimensional arrays can be converted to Python scalars");
      else throw new ValueError("setting an array element with a sequence.");
    }
    copyCast([], { dt, region: a._storage.region, ptr: addr, strides: [] }, v._operand());
    return;
  }
  throw new NumpyTypeError(`ndts cannot store a value of type ${value === null ? "null" : typeof value} in an array`);
}

/**
 * The value as an array, as NumPy's `PyArray_FromAny(value, a.dtype, FORCECAST)`: NDArrays and
 * TypedArrays keep their dtype (the copy casts them); scalars and lists become `dt`.
 */
export function valueArray(value: unknown, dt: DType): NDArray {
  if (value instanceof NDArray) return value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return typedArrayView(value);
  if (isScalarValue(value)) checkScalar(value, dt);
  return fromNested(value, dt);
}

/** Drops leading length-1 axes of a value with more axes than `ndim` (NumPy allows that). */
function stripLeadingOnes(v: NDArray, ndim: number): NDArray {
  let k = 0;
  while (v.ndim - k > ndim && v.shape[k] === 1) k++;
  return k === 0 ? v : v._view(v.shape.slice(k), v.strides.slice(k), v._ptr);
}

/**
 * The byte strides that read `v` broadcast to `shape` for advanced-index assignment, or null:
 * NumPy reshapes a value with extra leading axes to its trailing axes, which also admits extra
 * axes of any length on an empty value.
 */
export function fancyValueStrides(v: NDArray, shape: readonly number[]): number[] | null {
  const nd = shape.length;
  if (v.ndim <= nd) return broadcastStrides(v.shape, v.strides, shape);
  const tail = v.shape.slice(v.ndim - nd);
  let size = 1;
  for (const d of tail) size *= d;
  if (size !== v.size) return null;
  return broadcastStrides(tail, v.strides.slice(v.ndim - nd), shape);
}

/** `v` cast to `dt`, and copied when it may overlap `dest` (NumPy copies such values first). */
export function detachedValue(v: NDArray, dt: DType, dest: NDArray): NDArray {
  if (v._dt !== dt || mayOverlap(v, dest)) return copyAs(v, dt, "K");
  return v;
}

/** NumPy's `view[...] = value` (PyArray_CopyObject): broadcast, cast, overlap-safe. */
export function assignToView(view: NDArray, value: unknown): void {
  const dt = view._dt;
  if (isScalarValue(value)) {
    checkScalar(value, dt);
    const re = toStorage(value, dt);
    fillStorage(view.shape, view._operand(), re, dt.kind === "c" ? imagPart(value) : 0);
    return;
  }
  let src: NDArray;
  if (value instanceof NDArray) src = value;
  else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) src = typedArrayView(value);
  else src = fromNested(value, dt, view.ndim);
  // NumPy drops leading length-1 axes of a value with more axes than the view, before
  // broadcasting and in the error message.
  const s = stripLeadingOnes(src, view.ndim);
  const st = s.ndim > view.ndim ? null : broadcastStrides(s.shape, s.strides, view.shape);
  if (st === null) {
    throw new ValueError(`could not broadcast input array from shape ${shapeText(s.shape)} into shape ${shapeText(view.shape)}`);
  }
  if (mayOverlap(src, view)) {
    assignToView(view, copyAs(src, src._dt, "K"));
    return;
  }
  const from = { dt: src._dt, region: src._storage.region, ptr: src._ptr, strides: st };
  copyCast(view.shape, view._operand(), from, true);
}
