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

test("var/std with dtype= follow NumPy's _var/_std: squares sum in that dtype; std roots in place", () => {
  const a = np.array([[1, 2, 3], [7, 5, 4]], { dtype: "int8" });
  // A whole-array std is a NumPy scalar cast back to the dtype: truncated, not an error.
  assert.equal(np.std(a, { dtype: "int16" }), 2);
  assert.equal(np.array_repr(np.var(a, { axis: 0, dtype: "complex128" }) as np.ndarray), "array([9.  +0.j, 2.25+0.j, 0.25+0.j])");
  const c = np.array([{ re: 1, im: 2 }, { re: 3, im: -1 }, { re: 0, im: 0.5 }], { dtype: "complex64" });
  assert.equal(np.var(c, { dtype: "int16" }), 3);
  assert.deepEqual(np.var(c, { dtype: "complex128" }), { re: 3.055555555555556, im: 0 });
  const z = np.array([[{ re: 1, im: 1 }, 2], [3, { re: 0, im: 4 }]]);
  assert.equal(np.array_repr(np.std(z, { axis: 1, dtype: "float32" }) as np.ndarray), "array([0.8660254, 3.2015622], dtype=float32)");
  // An array result is rooted in place: an integer dtype cannot take sqrt's float output.
  assert.throws(() => np.std(a, { axis: 0, dtype: "int16" }), {
    name: "UFuncTypeError",
    message: "Cannot cast ufunc 'sqrt' output from dtype('float32') to dtype('int16') with casting rule 'same_kind'",
  });
  const out = np.zeros(3, { dtype: "float32" });
  assert.equal(np.std(a, { axis: 0, out }), out);
  assert.equal(np.array_repr(out), "array([3. , 1.5, 0.5], dtype=float32)");
});

test("mean/var/std with out= sum into out (its dtype), then divide there in place, as NumPy's _mean/_var", () => {
  const a = np.array([[-128, 1, -7], [-128, 1, -7]], { dtype: "int8" });
  const u = np.zeros(3, { dtype: "uint8" });
  np.mean(a, { axis: 0, out: u });
  // The float64 sum -14 becomes uint8 242 before the division: 121, not uint8(-7.0).
  assert.equal(np.array_repr(u), "array([  0,   1, 121], dtype=uint8)");
  const f = np.array([[1.5, 2.25], [1e8, 3]], { dtype: "float32" });
  const m = np.zeros(2);
  assert.equal(np.mean(f, { axis: 1, out: m }), m);
  assert.equal(np.array_repr(m), "array([1.87500000e+00, 5.00000015e+07])");
  const v = np.zeros(2);
  np.var(f, { axis: 1, out: v });
  assert.equal(np.array_repr(v), "array([1.4062500e-01, 2.4999998e+15])");
  const i = np.zeros(2, { dtype: "int16" });
  np.var(np.array([[1, 4], [2, 9]]), { axis: 1, out: i });
  assert.equal(np.array_repr(i), "array([ 2, 12], dtype=int16)");
});
