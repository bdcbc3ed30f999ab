/**
 * Set routines on 1-d arrays: numpy.intersect1d, numpy.union1d, numpy.setdiff1d and
 * numpy.setxor1d, built as NumPy builds them from np.unique, np.concatenate, a stable sort and
 * np.isin. Inputs are flattened; the dtype is the inputs' common dtype (np.concatenate's). NaN
 * follows NumPy 2: np.unique keeps one NaN (equal_nan), and since NaN != NaN a NaN is never in
 * an intersection and never removed by setdiff1d, while setxor1d keeps a NaN from each side.
 *
 * @example
 * np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1]) // array([1, 3])
 * np.union1d([-1, 0, 1], [-2, 0, 2]) // array([-2, -1,  0,  1,  2])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import type { NDArray } from "../core/ndarray.js";
import { equal, logical_and, not_equal, subtract } from "../ufunc/index.js";
import { array, asArray } from "./creation.js";
import { concatenate } from "./joining.js";
import { isin } from "./membership.js";
import { argsort, sort } from "./sorting.js";
import { unique } from "./unique.js";

type UniqueOpts = { assume_unique?: boolean };
type IntersectOpts = UniqueOpts & { return_indices?: boolean };

/** x[1:] and x[:-1] of a 1-d array. */
function shifted(x: NDArray): [NDArray, NDArray] {
  return [x.get("1:") as NDArray, x.get(":-1") as NDArray];
}

/**
 * The sorted unique values found in both arrays, as `numpy.intersect1d(ar1, ar2,
 * assume_unique=False, return_indices=False)`. With `return_indices` the result is
 * [values, ar1_indices, ar2_indices]: the first occurrence of each value in the flattened
 * inputs. With `assume_unique` the inputs are only flattened (repeated values then give
 * repeated, and unspecified, results, as in NumPy).
 * @example np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1]) // array([1, 3])
 * np.intersect1d([1, 1, 2, 3], [3, 1], {return_indices: true}) // [array([1, 3]), array([0, 3]), array([1, 0])]
 */
export function intersect1d(ar1: ArrayLike, ar2: ArrayLike, ...rest: Args<[boolean, boolean], IntersectOpts>): NDArray | [NDArray, NDArray, NDArray] {
  const [assumeUnique, returnIndices] = bindArgs("intersect1d", ["assume_unique", "return_indices"], rest) as [unknown, unknown];
  let a = asArray(ar1);
  let b = asArray(ar2);
  let ind1: NDArray | null = null;
  let ind2: NDArray | null = null;
  if (!assumeUnique) {
    if (returnIndices) {
      [a, ind1] = unique(a, true) as [NDArray, NDArray];
      [b, ind2] = unique(b, true) as [NDArray, NDArray];
    } else {
      a = unique(a) as NDArray;
      b = unique(b) as NDArray;
    }
  } else {
    a = a.ravel();
    b = b.ravel();
  }
  let aux = concatenate([a, b]);
  let order: NDArray | null = null;
  if (returnIndices) {
    order = argsort(aux); // stable, as NumPy's kind='mergesort'
    aux = aux.take(order) as NDArray;
  } else {
    aux = sort(aux);
  }
  const [next, prev] = shifted(aux);
  const mask = equal(next, prev) as NDArray;
  const values = prev.get(mask) as NDArray;
  if (!order) return values;
  const [orderNext, orderPrev] = shifted(order);
  let i1 = orderPrev.get(mask) as NDArray;
  let i2 = subtract(orderNext.get(mask) as NDArray, a.size) as NDArray;
  if (ind1 && ind2) {
    i1 = ind1.take(i1) as NDArray;
    i2 = ind2.take(i2) as NDArray;
  }
  return [values, i1, i2];
}

/**
 * The sorted unique values that are in either array, as `numpy.union1d(ar1, ar2)`: np.unique of
 * both, flattened and joined.
 * @example np.union1d([-1, 0, 1], [-2, 0, 2]) // array([-2, -1,  0,  1,  2])
 */
export function union1d(ar1: ArrayLike, ar2: ArrayLike, ...rest: Args<[], Record<string, never>>): NDArray {
  bindArgs("union1d", [], rest);
  return unique(concatenate([ar1, ar2], null)) as NDArray;
}

/**
 * The unique values of `ar1` that are not in `ar2`, sorted, as `numpy.setdiff1d(ar1, ar2,
 * assume_unique=False)`; with `assume_unique`, ar1's values in their order (flattened).
 * @example np.setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5, 6]) // array([1, 2])
 */
export function setdiff1d(ar1: ArrayLike, ar2: ArrayLike, ...rest: Args<[boolean], UniqueOpts>): NDArray {
  const [assumeUnique] = bindArgs("setdiff1d", ["assume_unique"], rest) as [unknown];
  let a: NDArray;
  let b: ArrayLike = ar2;
  if (assumeUnique) a = asArray(ar1).ravel();
  else {
    a = unique(ar1) as NDArray;
    b = unique(ar2) as NDArray;
  }
  return a.get(isin(a, b, true, true)) as NDArray;
}

/**
 * The sorted values that are in exactly one of the arrays, as `numpy.setxor1d(ar1, ar2,
 * assume_unique=False)`.
 * @example np.setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5]) // array([1, 4, 5, 7])
 */
export function setxor1d(ar1: ArrayLike, ar2: ArrayLike, ...rest: Args<[boolean], UniqueOpts>): NDArray {
  const [assumeUnique] = bindArgs("setxor1d", ["assume_unique"], rest) as [unknown];
  const a = assumeUnique ? ar1 : (unique(ar1) as NDArray);
  const b = assumeUnique ? ar2 : (unique(ar2) as NDArray);
  const aux = concatenate([a, b], null);
  if (aux.size === 0) return aux;
  const sorted = sort(aux);
  const [next, prev] = shifted(sorted);
  const flag = concatenate([array([true]), not_equal(next, prev) as NDArray, array([true])]);
  const [fNext, fPrev] = shifted(flag);
  return sorted.get(logical_and(fNext, fPrev) as NDArray) as NDArray;
}
