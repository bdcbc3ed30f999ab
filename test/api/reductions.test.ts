// NumPy-level reductions built on the ufuncs (src/api/reductions.ts), against NumPy 2.4.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("ptp subtracts in the array's dtype, wrapping as NumPy does", () => {
  assert.equal(np.ptp(np.array([-128, 127], { dtype: "int8" })), -1);
  assert.equal(np.array_repr(np.ptp(np.array([[1, 255]], { dtype: "uint8" }), { axis: 1 }) as np.ndarray), "array([254], dtype=uint8)");
  assert.throws(() => np.ptp(np.array([true, false])), { name: "TypeError", message: /numpy boolean subtract/ });
});

test("argmax/argmin check out as NumPy does", () => {
  assert.throws(() => np.argmax(np.ones([2, 3]), { axis: 0, out: np.zeros(2, { dtype: "int64" }) }), {
    name: "ValueError",
    message: "output array does not match result of np.argmax.",
  });
  assert.throws(() => np.argmin(np.ones([2, 3]), { axis: 0, out: np.zeros(3) }), {
    name: "TypeError",
    message: "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
  });
  const o = np.zeros(3, { dtype: "int32" });
  assert.equal(np.argmax(np.array([[1, 5, 2], [3, 0, 7]]), { axis: 0, out: o }), o);
  assert.equal(String(o), "[1 0 1]");
});

test("var/std with where= count each slice's selected elements; a fractional ddof stays fractional", () => {
  const a = np.arange(24, { dtype: "float64" }).reshape(2, 3, 4);
  const even = np.arange(4).remainder(2).equal(0);
  assert.equal(String(np.var(a, { axis: [0, 2], where: even })), "[37. 37. 37.]");
  const s = np.errstate({ all: "ignore" }, () => np.std(a, { axis: 1, where: even, ddof: 1 })) as np.ndarray;
  assert.equal(String(s), "[[ 4. nan  4. nan]\n [ 4. nan  4. nan]]");
  assert.equal(np.var(np.array([1, 2], { dtype: "float64" }), { ddof: 1.5 }), 1);
});

test("argmax/argmin over the whole array with keepdims keep every axis as 1", () => {
  const a = np.array([7, 1, 9, 3, 5, 2]).reshape(2, 3);
  assert.equal(np.array_repr(np.argmax(a, { axis: null, keepdims: true }) as np.ndarray), "array([[2]])");
  assert.equal(np.array_repr(np.argmin(a.reshape(3, 2, 1), { keepdims: true }) as np.ndarray), "array([[[1]]])");
});

test("mean/var/std count a where= mask by broadcasting it to the array, with broadcast_to's errors", () => {
  const a = np.zeros([2, 3]);
  assert.throws(() => np.mean(a, { where: np.ones([4], "bool"), axis: 1 }), {
    name: "ValueError",
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (4,)  and requested shape (2,3)",
  });
  assert.throws(() => np.std(a, { where: np.ones([2, 1, 1], "bool") }), {
    name: "ValueError",
    message: "input operand has more dimensions than allowed by the axis remapping",
  });
  assert.deepEqual((np.mean(np.arange(6).reshape(2, 3), { axis: 0, where: [[true], [false]] }) as np.ndarray).tolist(), [0, 1, 2]);
});

test("var and argmax refuse a read-only out with NumPy's messages", () => {
  const ro = np.zeros(3);
  ro.flags.writeable = false;
  assert.throws(() => np.var(np.ones([2, 3]), { axis: 0, out: ro }), { name: "ValueError", message: "output array is read-only" });
  const roi = np.zeros(3, "int64");
  roi.flags.writeable = false;
  assert.throws(() => np.argmax(np.ones([2, 3]), { axis: 0, out: roi }), { name: "ValueError", message: "WRITEBACKIFCOPY base is read-only" });
});
