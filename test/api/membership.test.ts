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

test("isin: the table (small integer range), bisection and hashing paths agree with the definition", () => {
  const ints = Array.from({ length: 400 }, (_, i) => ((i * 7919) % 613) - 300);
  const tests = [[-300, -299, 0, 5, 312], [0], [-(2 ** 40), 17, 2 ** 40]];
  for (const t of tests) {
    const want = ints.map((v) => t.includes(v));
    assert.deepEqual(np.isin(ints, t).tolist(), want, `ints in ${t}`);
    assert.deepEqual(np.isin(ints, t, { invert: true }).tolist(), want.map((w) => !w));
    assert.deepEqual(np.isin(np.array(ints, "float64").multiply(0.5), t.map((v) => v / 2)).tolist(), want, `floats in ${t}`);
  }
  // int64 beyond 2^53 is compared exactly (2^60 and 2^60 + 1 are the same double)
  assert.deepEqual(np.isin(np.array([2n ** 60n, 3n]), [2n ** 60n + 1n, 3n]).tolist(), [false, true]);
  assert.deepEqual(np.isin(np.array([-(2n ** 63n), 5n]), [0n, -(2n ** 63n)]).tolist(), [true, false]);
  assert.deepEqual(np.isin([0, -0, Infinity, -Infinity, NaN], [-0, Infinity, -Infinity, NaN]).tolist(), [true, true, true, true, false]);
  assert.deepEqual(np.isin([1, 2], []).tolist(), [false, false]);
});
