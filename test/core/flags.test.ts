// ndarray.flags (src/core/flags.ts): every key NumPy accepts, against NumPy 2.4's values.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("the keys and attributes of a transposed view's flags are NumPy's", () => {
  const f = np.arange(6).reshape(2, 3).T.flags as unknown as Record<string, boolean>;
  // a = np.arange(6).reshape(2,3).T; {k: a.flags[k] for k in ...} in NumPy 2.4
  const expected = {
    C_CONTIGUOUS: false, F_CONTIGUOUS: true, OWNDATA: false, WRITEABLE: true, ALIGNED: true, WRITEBACKIFCOPY: false,
    C: false, F: true, O: false, W: true, A: true, X: false, B: true, CA: false, FA: true,
    FNC: true, FORC: true, BEHAVED: true, CARRAY: false, FARRAY: true, CONTIGUOUS: false,
    fnc: true, forc: true, behaved: true, carray: false, farray: true, contiguous: false,
  };
  for (const [k, v] of Object.entries(expected)) assert.equal(f[k], v, k);
});

test("the writable keys write the flag; the others are read-only", () => {
  const a = np.arange(3);
  a.flags.W = false;
  assert.equal(a.flags.writeable, false);
  a.flags.WRITEABLE = true;
  assert.equal(a.flags.W, true);
  a.flags.A = false;
  assert.deepEqual([a.flags.aligned, a.flags.ALIGNED, a.flags.behaved], [false, false, false]);
  assert.throws(() => {
    (a.flags as unknown as Record<string, boolean>)["C"] = false;
  }, TypeError);
  assert.throws(() => {
    (a.flags as unknown as Record<string, boolean>)["c_contiguous"] = false;
  }, TypeError);
});
