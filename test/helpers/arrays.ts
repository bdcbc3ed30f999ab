// Small array builders and index helpers shared by the unit tests' naive references.
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

/** A C-ordered array of `shape` holding 0, 1, 2, ... */
export function seq(shape: number[], dtype = "int64"): NDArray {
  const n = shape.reduce((x, y) => x * y, 1);
  return np.arange(n, { dtype }).reshape(shape);
}

/** The C-order multi-index of flat position k in `shape`. */
export function unravel(k: number, shape: readonly number[]): number[] {
  const idx = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    idx[d] = k % shape[d]!;
    k = Math.floor(k / shape[d]!);
  }
  return idx;
}
