// Calling a ufunc (src/ufunc/ufunc.ts): argument and shape errors as NumPy 2.4 words them.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("an out tuple of the wrong length is NumPy's 'exactly one entry per ufunc output'", () => {
  const msg = { name: "ValueError", message: "The 'out' tuple must have exactly one entry per ufunc output" };
  assert.throws(() => np.add(np.zeros(3), 1, { out: [np.zeros(3), np.zeros(3)] }), msg);
  assert.throws(() => np.divmod(np.zeros(3), 1, { out: [np.zeros(3)] }), msg);
});

test("inputs, where and out broadcast together; the error names every shape", () => {
  assert.throws(() => np.add(np.zeros([2, 3]), 1, { where: np.ones(4, "bool") }), {
    name: "ValueError",
    message: "operands could not be broadcast together with shapes (2,3) () (4,) ",
  });
  assert.throws(() => np.add(np.zeros([3]), 1, { out: np.zeros([2, 4]) }), {
    name: "ValueError",
    message: "operands could not be broadcast together with shapes (3,) () (2,4) ",
  });
  assert.throws(() => np.add(np.zeros([2, 3]), 1, { out: np.zeros([3]) }), {
    name: "ValueError",
    message: "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)",
  });
});

test("a read-only out is NumPy's 'output array is read-only', and stays unwritten", () => {
  const ro = np.zeros(3);
  ro.flags.writeable = false;
  assert.throws(() => np.add(1, 1, { out: ro }), { name: "ValueError", message: "output array is read-only" });
  assert.deepEqual(ro.tolist(), [0, 0, 0]);
});

test("casts inside a ufunc call report as NumPy 2.4.6: inputs 'in cast', the out= cast under the ufunc's name", () => {
  // np.add(np.array([np.nan]), 1, dtype='int64', casting='unsafe') -> invalid value encountered in cast
  // np.add(np.array([1e40]), 1, dtype='float32', casting='unsafe') -> overflow encountered in cast
  // np.add(np.array([1e40]), 1, out=np.zeros(1, np.float32), casting='unsafe') -> overflow encountered in add
  // np.negative(np.array([np.nan]), out=np.zeros(1, np.int8), casting='unsafe') -> invalid value encountered in negative
  const raising = (fn: () => unknown) => () => np.errstate({ all: "raise" }, fn);
  assert.throws(raising(() => np.add(np.array([NaN]), 1, { dtype: "int64", casting: "unsafe" })), {
    name: "FloatingPointError",
    message: "invalid value encountered in cast",
  });
  assert.throws(raising(() => np.add(np.array([1e40]), 1, { dtype: "float32", casting: "unsafe" })), {
    name: "FloatingPointError",
    message: "overflow encountered in cast",
  });
  assert.throws(raising(() => np.add(np.array([1e40]), 1, { out: np.zeros(1, { dtype: "float32" }), casting: "unsafe" })), {
    name: "FloatingPointError",
    message: "overflow encountered in add",
  });
  assert.throws(raising(() => np.negative(np.array([NaN]), { out: np.zeros(1, { dtype: "int8" }), casting: "unsafe" })), {
    name: "FloatingPointError",
    message: "invalid value encountered in negative",
  });
  // Ordinary values: nothing to report.
  const out = np.zeros(3, { dtype: "int8" });
  np.errstate({ all: "raise" }, () => np.add(np.array([1.5, 2.5, -3.5]), 1, { out, casting: "unsafe" }));
  assert.deepEqual(out.tolist(), [2, 3, -2]);
});
