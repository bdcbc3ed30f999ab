// isclose / allclose / array_equal on heap-sized arrays: the intermediates they release never
// include an input or the result, and the answers are NumPy's.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("allclose, isclose and array_equal leave their inputs usable", () => {
  const a = np.arange(5000).astype("float64");
  const b = a.add(1e-12);
  const ints = np.arange(5000);
  assert.equal(np.allclose(a, b), true);
  assert.equal(np.allclose(a, ints), true); // ints converted to float64 internally
  assert.equal(np.array_equal(a, a), true);
  assert.equal(np.array_equal(a, b), false);
  const close = np.isclose(a, ints) as np.NDArray;
  assert.equal(np.sum(close), 5000);
  assert.equal(a.sum(), 12497500);
  assert.equal(b.get(4999), 4999 + 1e-12);
  assert.equal(ints.sum(), 12497500);
});

test("allclose and array_equal with NaN, infinities and equal_nan, as NumPy", () => {
  const n = 3000;
  const a = np.linspace(0, 1, n) as np.NDArray;
  a.set(7, NaN);
  a.set(9, Infinity);
  const b = a.copy();
  assert.equal(np.allclose(a, b), false); // NaN != NaN
  assert.equal(np.allclose(a, b, { equal_nan: true }), true);
  assert.equal(np.array_equal(a, b), false);
  assert.equal(np.array_equal(a, b, true), true);
  b.set(9, -Infinity);
  assert.equal(np.allclose(a, b, { equal_nan: true }), false);
});
