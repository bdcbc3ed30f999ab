/**
 * Basic indexing: the view that integers, slices, newaxis and the ellipsis select (NumPy's
 * get_view_from_index). With advanced indices present, the same walk gives the "subspace": the
 * view of the axes that no index array touches.
 *
 * @example
 * basicView(np.zeros([4, 5]), prepareIndex(a, [1, "::2"]).entries) // shape [3], strides [16]
 */
import { IndexError } from "../errors.js";
import type { NDArray } from "../ndarray.js";
import type { Entry } from "./prepare.js";
import { sliceIndices } from "./slice.js";

/** A strided selection of an array's memory: shape, byte strides, byte address of (0, ..., 0). */
export interface Subspace {
  shape: number[];
  strides: number[];
  ptr: number;
}

/** NumPy's message for an integer index outside an axis. */
export function outOfBounds(index: number | bigint, axis: number, size: number): IndexError {
  return new IndexError(`index ${index} is out of bounds for axis ${axis} with size ${size}`);
}

/**
 * Applies the integer, slice, newaxis and ellipsis entries to `a`; index arrays and 0-d
 * booleans are skipped (their axes leave the view). Integers are bounds-checked in order.
 */
export function basicView(a: NDArray, entries: readonly Entry[]): Subspace {
  const shape: number[] = [];
  const strides: number[] = [];
  let ptr = a._ptr;
  let d = 0;
  for (const e of entries) {
    switch (e.kind) {
      case "int": {
        const n = a.shape[d]!;
        let i = e.value;
        if (i < -n || i >= n) throw outOfBounds(e.exact ?? i, d, n);
        if (i < 0) i += n;
        ptr += i * a.strides[d]!;
        d++;
        break;
      }
      case "slice": {
        const r = sliceIndices(e.slice, a.shape[d]!);
        // NumPy points an empty slice at the axis start, with step 1.
        const start = r.length > 0 ? r.start : 0;
        const step = r.length > 0 ? r.step : 1;
        ptr += start * a.strides[d]!;
        shape.push(r.length);
        strides.push(a.strides[d]! * step);
        d++;
        break;
      }
      case "newaxis":
        shape.push(1);
        strides.push(0);
        break;
      case "ellipsis":
        for (let k = 0; k < e.count; k++, d++) {
          shape.push(a.shape[d]!);
          strides.push(a.strides[d]!);
        }
        break;
      case "fancy":
        d++;
        break;
      case "bool0":
        break;
    }
  }
  return { shape, strides, ptr };
}
