// Tests for src/api/math.ts against NumPy 2.4: clip, round, array_equiv; isclose / allclose /
// array_equal on heap-sized arrays (the intermediates they release never include an input or
// the result).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { heapStats } from "../../src/storage/heap.js";

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
  // decimals=0 is rint, whose bool loop is float16 in NumPy (float32 here, as np.rint).
  assert.equal(repr(np.round(np.array([true, false]))), repr(np.rint(np.array([true, false]))));
  assert.equal((np.round(np.array([true, false])) as np.NDArray).dtype, "float32");
  assert.equal(repr(np.array([true]).round()), "array([1.], dtype=float32)");
});

test("nan_to_num replaces in place through a strided view, complex parts separately", () => {
  const b = np.full([3, 4], NaN);
  b.set(0, 0, Infinity);
  np.nan_to_num(b.get(":", "::2"), { copy: false, nan: 5 });
  assert.equal(String(b), "[[1.79769313e+308             nan 5.00000000e+000             nan]\n [5.00000000e+000             nan 5.00000000e+000             nan]\n [5.00000000e+000             nan 5.00000000e+000             nan]]");
  const big = np.full(5000, -Infinity, { dtype: "float32" });
  assert.equal(np.array_repr((np.nan_to_num(big) as np.NDArray).get(":2") as np.NDArray), "array([-3.4028235e+38, -3.4028235e+38], dtype=float32)");
  assert.equal(np.array_repr(np.nan_to_num(np.array([{ re: NaN, im: -Infinity }]))), "array([0.-1.79769313e+308j])");
});

const arr = (x: unknown, dtype?: string): np.NDArray => np.array(x as number[], dtype ? { dtype } : {});
const rep = (x: unknown): string => np.array_repr(x as np.NDArray);

test("diff: n-th differences along an axis, prepend/append, not_equal for bools (NumPy 2.4's values)", () => {
  assert.equal(rep(np.diff([1, 2, 4, 7, 0])), "array([ 1,  2,  3, -7])");
  assert.equal(rep(np.diff([1, 2, 4, 7, 0], 2)), "array([  1,   1, -10])");
  assert.equal(rep(np.diff([1, 2, 4, 7, 0], { n: 5 })), "array([], dtype=int64)");
  assert.equal(rep(np.diff([1, 2, 4, 7, 0], 6)), "array([], dtype=int64)");
  assert.equal(rep(np.diff([1, 2, 4, 7, 0], 0)), "array([1, 2, 4, 7, 0])");
  const m = arr([[1, 3, 6, 10], [0, 5, 6, 8]]);
  assert.equal(np.diff(m, 0), m);
  assert.equal(rep(np.diff(m)), "array([[2, 3, 4],\n       [5, 1, 2]])");
  assert.equal(rep(np.diff(m, { axis: 0 })), "array([[-1,  2,  0, -2]])");
  assert.equal(rep(np.diff(m, 1, -2)), "array([[-1,  2,  0, -2]])");
  assert.equal(rep(np.diff(m.T, 2, 0)), "array([[ 1, -4],\n       [ 1,  1]])");
  assert.equal(rep(np.diff(arr([true, false, false, true]))), "array([ True, False,  True])");
  assert.equal(rep(np.diff(arr([true, false, false, true]), 2)), "array([ True,  True])");
  assert.equal(rep(np.diff(arr([1, 0, 255], "uint8"))), "array([255, 255], dtype=uint8)");
  assert.equal(rep(np.diff(arr([1.5, 0, 2], "float32"))), "array([-1.5,  2. ], dtype=float32)");
  assert.equal(rep(np.diff(arr([]))), "array([], dtype=float64)");
  assert.equal(rep(np.diff(arr([1]))), "array([], dtype=int64)");
  assert.equal(rep(np.diff(arr([1, 2, 3]), { prepend: 0 })), "array([1, 1, 1])");
  assert.equal(rep(np.diff(arr([1, 2, 3]), { append: [10, 20] })), "array([ 1,  1,  7, 10])");
  assert.equal(rep(np.diff(arr([1, 2, 3]), { prepend: 0.5, append: 4 })), "array([0.5, 1. , 1. , 1. ])");
  assert.equal(rep(np.diff(arr([[1, 2], [3, 4]]), { axis: 0, prepend: [[0, 0]] })), "array([[1, 2],\n       [2, 2]])");
  assert.equal(rep(np.diff(arr([[1, 2], [3, 4]]), { axis: 0, prepend: 0 })), "array([[1, 2],\n       [2, 2]])");
  assert.equal(rep(np.diff(arr([1, 2, 3], "int8"), { prepend: 1000 })), "array([-999,    1,    1])");
  assert.throws(() => np.diff(arr([[1, 2], [3, 4]]), { axis: 0, prepend: [0, 0] }), {
    name: "ValueError",
    message: "all the input arrays must have same number of dimensions, but the array at index 0 has 1 dimension(s) and the array at index 1 has 2 dimension(s)",
  });
  assert.throws(() => np.diff([1, 2], -1), { name: "ValueError", message: "order must be non-negative but got -1" });
  assert.throws(() => np.diff(5), { name: "ValueError", message: "diff requires input that is at least one dimensional" });
  assert.throws(() => np.diff(m, 1, 2), { name: "AxisError", message: "axis 2 is out of bounds for array of dimension 2" });
  assert.throws(() => np.diff(arr([1, 2, 3], "int8"), 1.5), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
});

test("ediff1d: differences of the flattened array with to_begin/to_end in its dtype", () => {
  assert.equal(rep(np.ediff1d(arr([1, 2, 4, 7, 0]))), "array([ 1,  2,  3, -7])");
  assert.equal(rep(np.ediff1d(arr([1, 2, 4, 7, 0]), { to_begin: -99, to_end: arr([88, 99]) })), "array([-99,   1,   2,   3,  -7,  88,  99])");
  assert.equal(rep(np.ediff1d(arr([1, 2]), [5], [6])), "array([6, 1, 5])");
  assert.equal(rep(np.ediff1d([[1, 2, 4], [1, 6, 24]])), "array([ 1,  2, -3,  5, 18])");
  assert.equal(rep(np.ediff1d(arr([1, 2], "int8"), { to_end: 1000 })), "array([  1, -24], dtype=int8)");
  assert.equal(rep(np.ediff1d(arr([1, 2], "int8"), { to_end: [1000] })), "array([  1, -24], dtype=int8)");
  assert.equal(rep(np.ediff1d(arr([1, 2], "float32"), { to_begin: [1.5] })), "array([1.5, 1. ], dtype=float32)");
  assert.equal(rep(np.ediff1d(arr([]))), "array([], dtype=float64)");
  assert.equal(rep(np.ediff1d(arr([]), { to_begin: [1] })), "array([1.])");
  assert.equal(rep(np.ediff1d(arr([3]))), "array([], dtype=int64)");
  assert.equal(rep(np.ediff1d(5)), "array([], dtype=int64)");
  assert.throws(() => np.ediff1d(arr([1, 2], "int8"), { to_end: 1.5 }), {
    name: "TypeError",
    message: "dtype of `to_end` must be compatible with input `ary` under the `same_kind` rule.",
  });
  assert.throws(() => np.ediff1d(arr([1, 2]), { to_begin: [] }), {
    name: "TypeError",
    message: "dtype of `to_begin` must be compatible with input `ary` under the `same_kind` rule.",
  });
  assert.throws(() => np.ediff1d(arr([true, false])), { name: "TypeError", message: /^numpy boolean subtract, the `-` operator, is not supported/ });
});

test("outer flattens both inputs; multiply.outer keeps their shapes (NumPy 2.4's results)", () => {
  assert.equal(rep(np.outer([1, 2, 3], [4, 5])), "array([[ 4,  5],\n       [ 8, 10],\n       [12, 15]])");
  assert.equal(rep(np.outer(arr([[1, 2], [3, 4]]), [1, 10])), "array([[ 1, 10],\n       [ 2, 20],\n       [ 3, 30],\n       [ 4, 40]])");
  assert.equal(rep(np.outer(arr([1, 2], "float32"), 2.5)), "array([[2.5],\n       [5. ]])");
  assert.equal(rep(np.outer(arr([1, 2], "float32"), arr([2.5], "float32"))), "array([[2.5],\n       [5. ]], dtype=float32)");
  assert.equal(rep(np.outer(3, 4)), "array([[12]])");
  assert.equal(rep(np.outer([], [1, 2])), "array([], shape=(0, 2), dtype=float64)");
  assert.equal(rep(np.outer([true, false], [true, true])), "array([[ True,  True],\n       [False, False]])");
  const out = np.zeros([2, 2]);
  assert.equal(np.outer([1, 2], [1, 2], out), out);
  assert.equal(rep(out), "array([[1., 2.],\n       [2., 4.]])");
  assert.throws(() => np.outer([1, 2], [1, 2], { out: np.zeros([2, 3]) }), {
    name: "ValueError",
    message: "operands could not be broadcast together with shapes (2,1) (1,2) (2,3) ",
  });
  assert.equal(
    rep(np.multiply.outer(arr([[1, 2], [3, 4]]), [1, 10])),
    "array([[[ 1, 10],\n        [ 2, 20]],\n\n       [[ 3, 30],\n        [ 4, 40]]])",
  );
  assert.equal(np.multiply.outer(3, 4), 12);
});

test("clip broadcasts its operands and out as one ufunc call: the error names every shape", () => {
  const a = np.arange(5);
  assert.throws(() => np.clip(a, [1, 2], 3), { name: "ValueError", message: "operands could not be broadcast together with shapes (5,) (2,) () " });
  assert.throws(() => np.clip(a, [[1], [2]], [[1], [2], [3]]), { name: "ValueError", message: "operands could not be broadcast together with shapes (5,) (2,1) (3,1) " });
  assert.throws(() => np.clip(a, 1, 3, { out: np.zeros(3, "int64") }), { name: "ValueError", message: "operands could not be broadcast together with shapes (5,) () () (3,) " });
  assert.throws(() => np.clip(a, 1, 3, { out: np.zeros(1, "int64") }), { name: "ValueError", message: "non-broadcastable output operand with shape (1,) doesn't match the broadcast shape (5,)" });
  assert.deepEqual((np.clip(a, null, [[1], [2]]) as np.ndarray).tolist(), [[0, 1, 1, 1, 1], [0, 1, 2, 2, 2]]);
});

test("round checks out as NumPy's PyArray_Round: size first, then the rounding ufunc's shapes; read-only refused", () => {
  const a = np.zeros([2, 3]);
  assert.throws(() => np.round(a, { out: np.zeros(3) }), { name: "ValueError", message: "invalid output shape" });
  assert.throws(() => np.round(np.arange(6).reshape(2, 3), -1, { out: np.zeros(3) }), { name: "ValueError", message: "invalid output shape" });
  assert.throws(() => np.round(a, { out: np.zeros([3, 2]) }), { name: "ValueError", message: "operands could not be broadcast together with shapes (2,3) (3,2) " });
  assert.throws(() => np.round(a, 2, { out: np.zeros([2, 3, 1]) }), { name: "ValueError", message: "operands could not be broadcast together with shapes (2,3) () (2,3,1) " });
  const ro = np.zeros(3);
  ro.flags.writeable = false;
  assert.throws(() => np.round(np.ones(3), { out: ro }), { name: "ValueError", message: "output array is read-only" });
  assert.throws(() => np.clip(np.ones(3), 0, 2, { out: ro }), { name: "ValueError", message: "output array is read-only" });
  assert.throws(() => np.nan_to_num(ro, { copy: false }), { name: "ValueError", message: "assignment destination is read-only" });
  assert.deepEqual(ro.tolist(), [0, 0, 0]);
});

test("round and clip into out= leave no intermediate behind, and keep NumPy's results", () => {
  const a = np.linspace(-3, 3, 2001);
  const out = np.empty(2001);
  const before = np.round(a, 2) as np.NDArray;
  const inUse = heapStats.inUse;
  assert.equal(np.round(a, 2, out), out);
  assert.equal(np.clip(a, -1, 1.5, { out }), out);
  assert.equal(heapStats.inUse, inUse);
  assert.equal(np.round(a, 2, out), out);
  assert.deepEqual(out.tolist(), before.tolist());
  assert.equal(np.array_repr(np.round(np.array([0.125, 2.675, -0.5]), 2) as np.NDArray), "array([ 0.12,  2.68, -0.5 ])");
  assert.equal(np.array_repr(np.round(np.array([1250, 1350], { dtype: "float64" }), -2) as np.NDArray), "array([1200., 1400.])");
  assert.equal(np.clip(a, -1, 1.5, { out }), out);
  assert.equal(String(out.get("0:2")), "[-1. -1.]");
  // An integer array clipped by a float bound becomes float64, as NumPy's clip ufunc.
  assert.equal(np.array_repr(np.clip(np.arange(4), 0, 2.5) as np.NDArray), "array([0. , 1. , 2. , 2.5])");
  assert.equal(np.array_repr(np.clip(np.arange(4, { dtype: "float32" }), 1, 2) as np.NDArray), "array([1., 1., 2., 2.], dtype=float32)");
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

test("array_equiv takes no options (Python's TypeError)", () => {
  assert.throws(() => (np.array_equiv as (...a: unknown[]) => unknown)([1], [1], { foo: 1 }), { name: "TypeError", message: "array_equiv() got an unexpected keyword argument 'foo'" });
});

test("clip honours where= (out keeps its masked-out elements), as NumPy's clip ufunc", () => {
  const out = np.zeros(3);
  np.clip(np.array([1.0, 5.0, 0.5]), 2, 3, { where: np.array([true, false, true]), out });
  assert.equal(repr(out), "array([2., 0., 2.])");
  const out2 = np.ones([2, 2]);
  np.clip(np.array([[1.0, 5.0], [0.5, 9.0]]), 2, 3, { where: np.array([true, false]), out: out2 });
  assert.equal(repr(out2), "array([[2., 1.],\n       [2., 1.]])");
  assert.throws(() => np.clip(np.array([1.0, 5.0]), 2, 3, { where: np.array([true, false, true]), out: np.zeros(2) }), { name: "ValueError" });
});

test("clip, round, nan_to_num and angle of a 0-d array give NumPy's scalar (out= gives out)", () => {
  assert.equal(np.clip(np.array(5), 1, 3), 3);
  assert.equal(np.array(5).clip(1, 3), 3);
  assert.equal(np.round(np.array(2.5)), 2);
  assert.equal(np.array(2.5).round(), 2);
  assert.equal(np.nan_to_num(np.array(NaN)), 0);
  assert.equal(np.angle(np.array({ re: 0, im: 1 })), Math.PI / 2);
  const o = np.array(0.5);
  assert.equal(np.clip(np.array(5.5), 1, 3, { out: o }), o);
  assert.equal(repr(o), "array(3.)");
});

test("nan_to_num(copy=false) of a list or scalar is NumPy 2's no-copy ValueError; of an array it works in place", () => {
  assert.throws(() => np.nan_to_num(NaN, { copy: false }), { name: "ValueError", message: /^Unable to avoid copy while creating an array as requested\./ });
  assert.throws(() => np.nan_to_num([NaN], { copy: false }), { name: "ValueError", message: /^Unable to avoid copy/ });
  const a = np.array([NaN, 1.5]);
  assert.equal(np.nan_to_num(a, { copy: false }), a);
  assert.equal(repr(a), "array([0. , 1.5])");
});
