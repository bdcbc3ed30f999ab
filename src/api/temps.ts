/**
 * Intermediate arrays of functions built from several ufuncs (var/std, mean, isclose, round, ...).
 */
import { NDArray } from "../core/ndarray.js";

/**
 * Runs f with `temp`, which marks an array f made as an intermediate: every one but f's result is
 * released when f returns, as NumPy's reference counting frees them, so the next call reuses
 * memory that is still in cache (std over 1e6 float64 left five 8 MB arrays to the collector).
 * Values other than NDArrays pass through unmarked.
 * @example withTemps((temp) => np.multiply(temp(np.add(a, 1)), 2)) // the a + 1 array is released
 */
export function withTemps<R>(f: (temp: <T>(x: T) => T) => R): R {
  const temps: NDArray[] = [];
  let result: R | undefined;
  try {
    result = f((x) => {
      if (x instanceof NDArray) temps.push(x);
      return x;
    });
    return result;
  } finally {
    for (const t of temps) if (t !== result) t.dispose();
  }
}
