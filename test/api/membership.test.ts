// np.isin against NumPy 2.4.6 (expected values printed by NumPy).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("isin: element-wise membership with NumPy's == semantics, invert, shapes, kinds", () => {
  assert.deepEqual(np.isin([1, 2, 3, 4], [2, 4]).tolist(), [false, true, false, true]);
  assert.deepEqual(np.isin(np.array([[1, 2], [3, 4]]), [2, 4], { invert: true }).tolist(), [[true, false], [true, false]]);
  // NaN is in nothing, -0 equals 0, 2.5 matches across dtypes
  assert.deepEqual(np.isin([1, 2.5, NaN, -0], [2.5, NaN, 0]).tolist(), [false, true, false, true]);
  assert.deepEqual(np.isin([2n ** 60n + 1n, 5n], [2n ** 60n + 1n]).tolist(), [true, false]);
  assert.deepEqual(np.isin([{ re: 1, im: 2 }, 3], [{ re: 1, im: 2 }, 3]).tolist(), [true, true]);
  assert.deepEqual(np.isin([true, false], [1]).tolist(), [true, false]);
  assert.equal(String(np.isin(3, [1, 2, 3])), "True");
  assert.deepEqual(np.isin([1, 5], [5], { kind: "table" }).tolist(), [false, true]);
  assert.throws(() => np.isin([1.5], [1], { kind: "table" }), {
    name: "ValueError",
    message: "The 'table' method is only supported for boolean or integer arrays. Please select 'sort' or None for kind.",
  });
  assert.throws(() => np.isin([1], [1], { kind: "foo" as "sort" }), { name: "ValueError", message: "Invalid kind: 'foo'. Please use None, 'sort' or 'table'." });
});
