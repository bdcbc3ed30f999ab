import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../src/index.js";

test("array from nested lists", () => {
  const a = np.array([[1, 2], [3, 4]]);
  assert.equal(a.dtype, "int64");
  assert.deepEqual(a.shape, [2, 2]);
  assert.deepEqual(a.T.tolist(), [[1, 3], [2, 4]]);
});
