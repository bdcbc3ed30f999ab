// PCG64's JS fallback (24-bit limbs, used where WebAssembly is missing) draws NumPy's stream too.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { _useKernel } from "../../src/random/pcg64_wasm.js";

test("PCG64 without the WebAssembly kernel: the same values, state and jumps as NumPy", () => {
  _useKernel(false);
  try {
    const r = np.random.default_rng(42);
    assert.equal(r.random(), 0.7739560485559633);
    assert.deepEqual((r.random(3) as np.NDArray).tolist(), [0.4388784397520523, 0.8585979199113825, 0.6973680290593639]);
    assert.deepEqual((np.random.default_rng(42).standard_normal(5) as np.NDArray).tolist(),
      [0.30471707975443135, -1.0399841062404955, 0.7504511958064572, 0.9405647163912139, -1.9510351886538364]);
    assert.deepEqual((np.random.default_rng(42).integers(0, 10, 10) as np.NDArray).tolist(), [0, 7, 6, 4, 4, 8, 0, 6, 2, 0]);
    const s0 = np.random.default_rng(3).bit_generator.state as InstanceType<typeof np.random.PCG64>["state"];
    assert.equal(s0.state.state, 323726261719206589602543583274561722519n);
    assert.equal(new np.random.PCG64(1).jumped().random_raw(), 6240351607257276062n);
    const big = np.random.default_rng(7).random(20000) as np.NDArray;
    _useKernel(true);
    const ref = np.random.default_rng(7).random(20000) as np.NDArray;
    assert.deepEqual(big.tolist(), ref.tolist());
  } finally {
    _useKernel(true);
  }
});
