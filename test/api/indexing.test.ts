// Tests for src/api/indexing.ts: ix_, compared with NumPy 2.4.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

describe("ix_", () => {
  test("builds an open mesh; booleans become positions, an empty list int64", () => {
    const [r, c] = np.ix_([0, 2], [1, 3]) as [NDArray, NDArray];
    assert.deepEqual(r.shape, [2, 1]);
    assert.deepEqual(c.shape, [1, 2]);
    assert.deepEqual((np.arange(12).reshape([3, 4]).get(r, c) as NDArray).tolist(), [[1, 3], [9, 11]]);
    assert.deepEqual(np.ix_(np.array([true, false, true]))[0]!.tolist(), [0, 2]);
    assert.equal(np.ix_([])[0]!.dtype, "int64");
    assert.throws(() => np.ix_([[0]]), { name: "ValueError", message: "Cross index must be 1 dimensional" });
  });
});
