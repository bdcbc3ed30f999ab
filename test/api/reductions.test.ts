// NumPy-level reductions built on the ufuncs (src/api/reductions.ts), against NumPy 2.4.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("ptp subtracts in the array's dtype, wrapping as NumPy does", () => {
  assert.equal(np.ptp(np.array([-128, 127], { dtype: "int8" })), -1);
  assert.equal(np.array_repr(np.ptp(np.array([[1, 255]], { dtype: "uint8" }), { axis: 1 }) as np.ndarray), "array([254], dtype=uint8)");
  assert.throws(() => np.ptp(np.array([true, false])), { name: "TypeError", message: /numpy boolean subtract/ });
});
