/**
 * The single boolean mask of the array's own shape, `a[mask]` and `a[mask] = v` (NumPy's
 * HAS_BOOL case): one pass over the array in C order, no index arrays built.
 *
 * @example
 * maskGet(a, mask) // the elements where mask is true, C order, as a new 1-d array
 */
import { BOOL, UINT16, UINT32, UINT8, type DType } from "../dtype.js";
import { forEachAddressC } from "../iter.js";
import { copyAs, emptyArray, type NDArray } from "../ndarray.js";
import { HEAP, kernels, scratch, writeThroughHeap } from "../../storage/heap.js";

type Compress = (src: number, ss: number, mask: number, n: number, out: number) => number;
type Put = (dst: number, sd: number, mask: number, n: number, src: number, s: number) => number;

/** The truth of every element (NumPy's nonzero test: NaN is true) as a C-order bool array: `a` itself when it is one. */
export function truth(a: NDArray): NDArray {
  return a._dt === BOOL && a._contiguous ? a : copyAs(a, BOOL, "C");
}

/** The mask's truth values as C-order bytes in the heap, or null. */
function heapMask(mask: NDArray): NDArray | null {
  const c = truth(mask);
  return c._storage.inHeap ? c : null;
}

/** The byte stride of a's elements in C order when that is one strided run (C-contiguous or 1-d), else null. */
function runStride(a: NDArray): number | null {
  return a._contiguous ? a.itemsize : a.ndim === 1 ? a.strides[0]! : null;
}

/** Heap bytes holding `a`'s elements contiguously: `a` itself when it can, else a scratch copy. */
function heapElements(a: NDArray): [ptr: number, stride: number] {
  if (a._storage.inHeap && a.ndim <= 1) return [a._ptr, a.ndim === 0 ? 0 : a.strides[0]!];
  const c = a._contiguous ? a : copyAs(a, a._dt, "C");
  const at = scratch(Math.max(c.nbytes, 16));
  HEAP.bytes().set(c._storage.region.bytes().subarray(c._ptr, c._ptr + c.nbytes), at);
  return [at, a.itemsize];
}

/** The mask's truth values in C order. */
function maskBytes(mask: NDArray): { bytes: Uint8Array; count: number } {
  const c = truth(mask);
  const bytes = c._storage.region.bytes().slice(c._ptr, c._ptr + c.size);
  let count = 0;
  for (let i = 0; i < bytes.length; i++) count += bytes[i]!;
  return { bytes, count };
}

/** How many elements of a mask of the array's shape are true. */
export function maskCount(mask: NDArray): number {
  const m = heapMask(mask);
  return m ? kernels.count_nonzero_b(m._ptr, m.size) : maskBytes(mask).count;
}

/** The unit TypedArray dtype that copies an element of `itemsize` bytes in whole words. */
function unitOf(itemsize: number): DType {
  return itemsize === 1 ? UINT8 : itemsize === 2 ? UINT16 : UINT32;
}

/** The elements of `a` where `mask` (same shape) is true, in C order. */
export function maskGet(a: NDArray, mask: NDArray): NDArray {
  const ss = a._storage.inHeap && a.size > 0 ? runStride(a) : null;
  const m = ss === null ? null : heapMask(mask);
  if (m) {
    const n = kernels.count_nonzero_b(m._ptr, m.size);
    const out = emptyArray(a._dt, [n]);
    const compress = kernels[`compress_${a.itemsize}`] as unknown as Compress;
    writeThroughHeap(out._storage.region, out._ptr, out.nbytes, (at) => compress(a._ptr, ss!, m._ptr, m.size, at));
    return out;
  }
  const { bytes, count } = maskBytes(mask);
  const out = emptyArray(a._dt, [count]);
  if (count === 0) return out;
  const unit = unitOf(a.itemsize);
  const sh = unit.shift;
  const words = a.itemsize >> sh;
  const src = a._storage.region.view(unit);
  const dst = out._storage.region.view(unit);
  let j = out._ptr >>> sh;
  let k = 0;
  forEachAddressC(a.shape, a.strides, a._ptr, (p) => {
    if (bytes[k++] !== 0) {
      const i = p >>> sh;
      for (let w = 0; w < words; w++) dst[j + w] = src[i + w]!;
      j += words;
    }
  });
  return out;
}

/**
 * Writes `value` (already of a's dtype; 0-d, or 1-d of length 1 or of the number of true
 * elements) where `mask` is true, in C order.
 */
export function maskSet(a: NDArray, mask: NDArray, value: NDArray): void {
  const sd = a._storage.inHeap && a.size > 0 ? runStride(a) : null;
  const m = sd === null ? null : heapMask(mask);
  if (m) {
    const repeat = !(value.ndim === 1 && value.shape[0] !== 1);
    const [src, s] = heapElements(repeat ? value.reshape([]) : value);
    (kernels[`put_${a.itemsize}`] as unknown as Put)(a._ptr, sd!, m._ptr, m.size, src, repeat ? 0 : s);
    return;
  }
  const { bytes, count } = maskBytes(mask);
  if (count === 0) return;
  const unit = unitOf(a.itemsize);
  const sh = unit.shift;
  const words = a.itemsize >> sh;
  const dst = a._storage.region.view(unit);
  const src = value._storage.region.view(unit);
  const step = value.ndim === 1 && value.shape[0] !== 1 ? value.strides[0]! / unit.itemsize : 0;
  let i = value._ptr >>> sh;
  let k = 0;
  forEachAddressC(a.shape, a.strides, a._ptr, (p) => {
    if (bytes[k++] !== 0) {
      const j = p >>> sh;
      for (let w = 0; w < words; w++) dst[j + w] = src[i + w]!;
      i += step;
    }
  });
}
