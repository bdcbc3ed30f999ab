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

/** The mask's truth values in C order. */
function maskBytes(mask: NDArray): { bytes: Uint8Array; count: number } {
  const c = copyAs(mask, BOOL, "C");
  const bytes = c._storage.region.bytes().slice(c._ptr, c._ptr + c.size);
  let count = 0;
  for (let i = 0; i < bytes.length; i++) count += bytes[i]!;
  return { bytes, count };
}

/** How many elements of a mask of the array's shape are true. */
export function maskCount(mask: NDArray): number {
  return maskBytes(mask).count;
}

/** The unit TypedArray dtype that copies an element of `itemsize` bytes in whole words. */
function unitOf(itemsize: number): DType {
  return itemsize === 1 ? UINT8 : itemsize === 2 ? UINT16 : UINT32;
}

/** The elements of `a` where `mask` (same shape) is true, in C order. */
export function maskGet(a: NDArray, mask: NDArray): NDArray {
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
