// np.exceptions: NumPy 2's namespace of its exception class and warning categories.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("np.exceptions.AxisError is the class ndts throws for an out-of-range axis", () => {
  assert.equal(np.exceptions.AxisError, np.AxisError);
  assert.throws(() => np.sum(np.zeros(2), 3), (e: unknown) => e instanceof np.exceptions.AxisError && e instanceof np.ValueError);
});

test("warning categories port to np.testing.assert_warns unchanged, with Python's subclassing", () => {
  const complexToReal = () => np.array([{ re: 1, im: 1 }]).astype("float64");
  assert.deepEqual(np.testing.assert_warns(np.exceptions.ComplexWarning, complexToReal).tolist(), [1]);
  assert.throws(() => np.testing.assert_warns(np.exceptions.RankWarning, complexToReal), { name: "AssertionError" });
  assert.deepEqual(Object.keys(np.exceptions).sort(), ["AxisError", "ComplexWarning", "ModuleDeprecationWarning", "RankWarning", "VisibleDeprecationWarning"]);
});
