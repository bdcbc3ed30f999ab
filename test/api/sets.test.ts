// np.intersect1d, np.union1d, np.setdiff1d and np.setxor1d against NumPy 2.4.6 (expected values
// printed by NumPy).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const show = (a: np.NDArray | np.NDArray[]) => (Array.isArray(a) ? a.map((x) => [x.dtype, x.tolist()]) : [a.dtype, a.tolist()]);

test("intersect1d: sorted unique common values, return_indices, assume_unique", () => {
  assert.deepEqual(show(np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1])), ["int64", [1, 3]]);
  assert.deepEqual(show(np.intersect1d([3, 1, 2, 1], [1, 3], { return_indices: true })), [["int64", [1, 3]], ["int64", [1, 0]], ["int64", [0, 1]]]);
  // assume_unique with repeated values: NumPy's (unspecified but deterministic) answer
  assert.deepEqual(show(np.intersect1d([3, 1, 2, 1], [1, 3], true, true)), [["int64", [1, 1, 3]], ["int64", [1, 3, 0]], ["int64", [-1, 0, 1]]]);
  assert.deepEqual(show(np.intersect1d(np.array([1, 2], "int8"), np.array([2], "uint8"))), ["int16", [2]]);
  assert.deepEqual(show(np.intersect1d(np.array([1, 2], "int8"), [1.5, 2])), ["float64", [2]]);
  assert.deepEqual(show(np.intersect1d([[1, 2], [3, 4]], [4, 1])), ["int64", [1, 4]]);
  // NaN != NaN: never in an intersection
  assert.deepEqual(show(np.intersect1d([1, 2, NaN], [NaN, 2])), ["float64", [2]]);
  assert.throws(() => np.intersect1d([1], [1], { foo: 1 } as never), { name: "TypeError", message: "intersect1d() got an unexpected keyword argument 'foo'" });
});

test("union1d: unique of both, one NaN (NumPy 2's equal_nan unique)", () => {
  assert.deepEqual(show(np.union1d([-1, 0, 1], [-2, 0, 2])), ["int64", [-2, -1, 0, 1, 2]]);
  assert.equal(String(np.union1d([1, NaN, NaN], [NaN])), "[ 1. nan]");
  assert.deepEqual(show(np.union1d(np.array([1, 2], "int8"), [300])), ["int64", [1, 2, 300]]);
  assert.deepEqual(show(np.union1d([[3, 1]], [])), ["float64", [1, 3]]);
});

test("setdiff1d: values of ar1 not in ar2; assume_unique keeps ar1's order", () => {
  assert.deepEqual(show(np.setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5, 6])), ["int64", [1, 2]]);
  assert.deepEqual(show(np.setdiff1d([[1, 2], [3, 4]], [2])), ["int64", [1, 3, 4]]);
  assert.deepEqual(show(np.setdiff1d([5, 1, 3], [3], { assume_unique: true })), ["int64", [5, 1]]);
  assert.equal(String(np.setdiff1d([NaN, 1], [NaN])), "[ 1. nan]");
});

test("setxor1d: values in exactly one input; NaN from each side stays", () => {
  assert.deepEqual(show(np.setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5])), ["int64", [1, 4, 5, 7]]);
  assert.deepEqual(show(np.setxor1d([1, 2, 2], [2, 3], true)), ["int64", [1, 3]]);
  assert.equal(String(np.setxor1d([NaN], [NaN])), "[nan nan]");
  assert.deepEqual(show(np.setxor1d([], [])), ["float64", []]);
});
