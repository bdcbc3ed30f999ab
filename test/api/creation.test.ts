// Tests for src/api/creation.ts: array, asarray, asanyarray and their copy semantics.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

describe("array and asarray", () => {
  test("copy=false that needs a copy raises NumPy 2's whole message", () => {
    const message =
      "Unable to avoid copy while creating an array as requested.\n" +
      "If using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\n" +
      "For more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.";
    assert.throws(() => np.array([1, 2, 3], { copy: false }), { name: "ValueError", message });
    assert.throws(() => np.array(np.arange(3), { copy: false, dtype: "float64" }), { name: "ValueError", message });
  });

  test("asanyarray is asarray", () => {
    const a = np.arange(3);
    assert.equal(np.asanyarray(a), a);
    assert.equal(np.asanyarray([1.5]).dtype, "float64");
    assert.equal(np.asanyarray([1.5], { dtype: "float32" }).dtype, "float32");
  });
});
