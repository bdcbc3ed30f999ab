// Tests for src/api/math.ts against NumPy 2.4: clip, round, array_equiv; isclose / allclose /
// array_equal on heap-sized arrays (the intermediates they release never include an input or
// the result).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("allclose, isclose and array_equal leave their inputs usable", () => {
  const a = np.arange(5000).astype("float64");
  const b = a.add(1e-12);
  const ints = np.arange(5000);
  assert.equal(np.allclose(a, b), true);
  assert.equal(np.allclose(a, ints), true); // ints converted to float64 internally
  assert.equal(np.array_equal(a, a), true);
  assert.equal(np.array_equal(a, b), false);
  const close = np.isclose(a, ints) as np.NDArray;
  assert.equal(np.sum(close), 5000);
  assert.equal(a.sum(), 12497500);
  assert.equal(b.get(4999), 4999 + 1e-12);
  assert.equal(ints.sum(), 12497500);
});

test("allclose and array_equal with NaN, infinities and equal_nan, as NumPy", () => {
  const n = 3000;
  const a = np.linspace(0, 1, n) as np.NDArray;
  a.set(7, NaN);
  a.set(9, Infinity);
  const b = a.copy();
  assert.equal(np.allclose(a, b), false); // NaN != NaN
  assert.equal(np.allclose(a, b, { equal_nan: true }), true);
  assert.equal(np.array_equal(a, b), false);
  assert.equal(np.array_equal(a, b, true), true);
  b.set(9, -Infinity);
  assert.equal(np.allclose(a, b, { equal_nan: true }), false);
});

const repr = (x: unknown) => np.array_repr(x as np.ndarray);

test("clip's dtype= is its loop, and its casts are checked under the name 'clip'", () => {
  assert.equal(repr(np.clip(np.arange(6), 1.5, 3, { dtype: "float32" })), "array([1.5, 1.5, 2. , 3. , 3. , 3. ], dtype=float32)");
  assert.throws(() => np.clip(np.arange(3), 1.5, 2, { dtype: "int64" }), {
    name: "UFuncTypeError",
    message: "Cannot cast ufunc 'clip' input 1 from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
  });
  assert.throws(() => np.clip(np.arange(3, { dtype: "float64" }), 1, 2, { out: np.zeros(3, { dtype: "int64" }) }), {
    name: "UFuncTypeError",
    message: "Cannot cast ufunc 'clip' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
  });
  const o = np.zeros(3, { dtype: "int64" });
  np.clip(np.arange(3, { dtype: "float64" }), 1, 2, { out: o, casting: "unsafe" });
  assert.equal(String(o), "[1 1 2]");
});

test("round into an integer out raises as NumPy's rint/multiply/divide do", () => {
  assert.throws(() => np.round(np.array([1.5, 2.5]), { out: np.zeros(2, { dtype: "int64" }) }), {
    name: "UFuncTypeError",
    message: "Cannot cast ufunc 'rint' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
  });
  assert.throws(() => np.round(np.array([1.5]), -1, { out: np.zeros(1, { dtype: "int64" }) }), { message: /ufunc 'divide' output/ });
  // Integer input: a plain copy into out.
  assert.equal(repr(np.round(np.arange(3), 1, { out: np.zeros(3, { dtype: "int8" }) })), "array([0, 1, 2], dtype=int8)");
});

test("array_equiv: broadcastable and equal", () => {
  assert.equal(np.array_equiv([1, 2], [[1, 2], [1, 2]]), true);
  assert.equal(np.array_equiv([1, 2], [[1, 3]]), false);
  assert.equal(np.array_equiv([1, 2], [[1, 2, 3]]), false);
});

test("np.clip takes a_min and a_max together; the method takes either bound", () => {
  assert.throws(() => np.clip(np.ones(3), 0), { name: "TypeError", message: "clip() missing 1 required positional argument: 'a_max'" });
  assert.throws(() => np.clip(np.ones(3), { a_max: 0 }), { name: "TypeError", message: "clip() missing 1 required positional argument: 'a_min'" });
  assert.throws(() => np.clip(np.ones(3), 0, 2, { min: 1 }), {
    name: "ValueError",
    message: "Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.",
  });
  assert.equal(String(np.clip(np.arange(3), { max: 1 })), "[0 1 1]");
  assert.equal(String(np.arange(3).clip(1)), "[1 1 2]");
  assert.equal(String(np.arange(3).clip(null, 1)), "[0 1 1]");
  assert.equal(String(np.arange(3).clip({ max: 1 })), "[0 1 1]");
});

test("round of complex rounds the parts separately; fix is trunc", () => {
  const z = np.array([{ re: -1.55, im: -2.45 }, { re: Infinity, im: -2 }], { dtype: "complex64" });
  assert.equal(np.array_repr(np.round(z, 1) as np.ndarray), "array([-1.6-2.4j,  inf-2.j ], dtype=complex64)");
  assert.equal(np.array_repr(np.fix(np.array([-1, 1], { dtype: "int8" })) as np.ndarray), "array([-1,  1], dtype=int8)");
  assert.throws(() => np.fix(np.array([{ re: 1, im: 1 }])), { name: "TypeError", message: /ufunc 'trunc' not supported/ });
  assert.throws(() => np.fix(np.array([1.5]), { out: np.zeros(1, { dtype: "int64" }) }), { name: "UFuncTypeError", message: /ufunc 'trunc' output/ });
});

test("round of bools with decimals raises NumPy's cast error", () => {
  assert.throws(() => np.round(np.array([true, false]), 1), {
    name: "UFuncTypeError",
    message: "Cannot cast ufunc 'multiply' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'",
  });
  assert.throws(() => np.round(np.array([true]), -1), { message: /ufunc 'divide' output/ });
});

test("clip as NumPy's _clip: both bounds promote together and keep x on ties; one bound is maximum/minimum", () => {
  const x = np.array([-0.0, 0.0, 1.0, NaN], { dtype: "float64" });
  assert.equal(repr(np.clip(x, 0, 0.5)), "array([-0. ,  0. ,  0.5,  nan])");
  assert.equal(repr(np.clip(x, null, -0.0)), "array([-0., -0., -0., nan])");
  assert.equal(repr(np.clip(x, NaN, 1)), "array([nan, nan, nan, nan])");
  // int8 with 300 and 2.5: one float64 clip loop, no OverflowError for 300.
  const i8 = np.array([1, 2], { dtype: "int8" });
  assert.equal(repr(np.clip(i8, 300, 2.5)), "array([2.5, 2.5])");
  // A Python int bound beyond the range on its own side bounds nothing; on the far side it overflows.
  assert.equal(repr(np.clip(i8, -300, 1)), "array([1, 1], dtype=int8)");
  assert.throws(() => np.clip(i8, 4294967296, 100), { name: "OverflowError", message: "Python integer 4294967296 out of bounds for int8" });
});
