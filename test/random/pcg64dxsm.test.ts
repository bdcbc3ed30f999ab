// np.random.PCG64DXSM against NumPy 2.4.6: raw draws, Generator streams, default_rng, state.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("PCG64DXSM: NumPy's raw draws and Generator streams", () => {
  assert.deepEqual((np.random.PCG64DXSM(5).random_raw(2) as np.NDArray).tolist({ bigint: true }), [18372055152263355045n, 8489134709661829815n]);
  assert.equal(np.random.default_rng(np.random.PCG64DXSM(5)).random(), 0.9959511054553717);
  assert.deepEqual((np.random.Generator(np.random.PCG64DXSM(0)).integers(0, 100, 8) as np.NDArray).tolist(), [49, 84, 33, 55, 95, 7, 25, 33]);
  assert.equal(np.random.PCG64DXSM(3).state.state.state, 323726261719206589602543583274561722519n);
  const b = np.random.PCG64DXSM(9);
  const st = b.state;
  const first = b.random_raw();
  b.state = st;
  assert.equal(b.random_raw(), first);
  assert.equal(String(np.random.Generator(np.random.PCG64DXSM(1))), "Generator(PCG64DXSM)");
});
