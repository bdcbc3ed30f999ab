// Tests for src/core/coerce.ts: dtype discovery of array_like input, compared with NumPy 2.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

describe("dtype discovery", () => {
  test("a bigint beyond int64 beside other Python ints or floats makes float64", () => {
    // np.array([-2**63, 2**63]) and np.array([2**63, 1.5]): int64 and uint64 promote to float64.
    const a = np.array([-(2n ** 63n), 2n ** 63n]);
    assert.equal(a.dtype, "float64");
    assert.deepEqual(a.tolist(), [-(2 ** 63), 2 ** 63]);
    assert.equal(np.array_repr(np.array([2n ** 63n, 1.5])), "array([9.22337204e+18, 1.50000000e+00])");
    assert.equal(np.array([[2n ** 63n], [-1n]]).dtype, "float64");
    assert.equal(np.array([2n ** 63n, 1]).dtype, "float64");
    assert.equal(np.array([2n ** 63n, 2n ** 64n - 1n]).dtype, "uint64");
    // Python's int -> float conversion rounds correctly: 2**53 + 1 is a tie, to even.
    assert.deepEqual(np.array([2n ** 53n + 1n, 0.5]).tolist(), [2 ** 53, 0.5]);
  });
});
