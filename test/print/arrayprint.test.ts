// str/repr hooks, strided views, the formatter option and argument handling of array2string,
// array_repr and array_str. Expected strings come from NumPy 2.4 (the golden family
// test/golden/families/printing.py covers dtypes, shapes, magnitudes and options at large).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");
const repr = (a: NDArray) => (a as unknown as Record<symbol, () => string>)[INSPECT]!();

test("String() is str and util.inspect is repr", () => {
  const a = np.array([[1, 2], [13, 24]]);
  assert.equal(String(a), "[[ 1  2]\n [13 24]]");
  assert.equal(a.toString(), "[[ 1  2]\n [13 24]]");
  assert.equal(repr(a), "array([[ 1,  2],\n       [13, 24]])");
  assert.equal(repr(np.ones([2, 2, 2], { dtype: "uint8" })), "array([[[1, 1],\n        [1, 1]],\n\n       [[1, 1],\n        [1, 1]]], dtype=uint8)");
});

test("0-d arrays: str is the scalar's str, repr keeps the dtype", () => {
  const a = np.array(7, { dtype: "int8" });
  assert.equal(String(a), "7");
  assert.equal(repr(a), "array(7, dtype=int8)");
  const f = np.array(0.1, { dtype: "float32" });
  assert.equal(String(f), "0.1");
  assert.equal(String(f.astype("float64")), "0.10000000149011612");
});

test("float32 elements print with float32's shortest digits", () => {
  assert.equal(String(np.array([0.1, 0.2], { dtype: "float32" })), "[0.1 0.2]");
  assert.equal(String(np.array([16777217], { dtype: "float32" })), "[1.6777216e+07]");
  assert.equal(repr(np.array([1e-5, 1], { dtype: "float32" })), "array([1.e-05, 1.e+00], dtype=float32)");
});

test("views with negative strides and offsets print their own elements", () => {
  const x = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], { dtype: "float64" }).reshape(3, 4);
  // x[::-1, ::-2]
  const v = x._view([3, 2], [-x.strides[0]!, -2 * x.strides[1]!], x._ptr + 2 * x.strides[0]! + 3 * x.strides[1]!);
  assert.equal(String(v), "[[11.  9.]\n [ 7.  5.]\n [ 3.  1.]]");
  // x.T[1:, :]
  const t = x.T;
  const w = t._view([3, 3], t.strides, t._ptr + t.strides[0]!);
  assert.equal(String(w), "[[ 1.  5.  9.]\n [ 2.  6. 10.]\n [ 3.  7. 11.]]");
  const r = np.array([1, 2, 3]);
  assert.equal(repr(r._view([3], [-8], r._ptr + 16)), "array([3, 2, 1])");
});

test("array2string: NumPy's positional order, then keyword options", () => {
  const x = np.array([1, -2, 3.5]);
  assert.equal(np.array2string(x, null, 2, null, ", "), "[ 1. , -2. ,  3.5]");
  assert.equal(np.array2string(x, { separator: ", ", sign: "+", floatmode: "fixed", precision: 2 }), "[+1.00, -2.00, +3.50]");
  assert.equal(np.array2string(np.array([1.5, 2]), { precision: 2 }), "[1.5 2. ]");
  assert.throws(
    () => np.array2string(x, { style: 1 } as never),
    (e: Error) => e.name === "TypeError" && e.message === "array2string() got an unexpected keyword argument 'style'",
  );
});

test("array2string accepts array_likes", () => {
  assert.equal(np.array2string([[1, 2], [3, 4]]), "[[1 2]\n [3 4]]");
});

test("formatter functions receive JS scalars and must return strings", () => {
  assert.equal(np.array2string(np.array([0, 1, 2]), { formatter: { int: (x: number) => "0x" + x.toString(16) } }), "[0x0 0x1 0x2]");
  assert.equal(np.array2string(np.array([0, 1, 2], { dtype: "float64" }), { formatter: { float_kind: (x: number) => x.toFixed(2) } }), "[0.00 1.00 2.00]");
  // A key for another kind leaves this dtype's default formatting.
  assert.equal(np.array2string(np.array([0, 1]), { formatter: { float: (x: number) => String(x) } }), "[0 1]");
  assert.throws(() => np.array2string(np.array([1]), { formatter: { int: (() => 5) as never } }), (e: Error) => e.name === "TypeError");
});

test("array_repr and array_str take max_line_width, precision, suppress_small", () => {
  assert.equal(np.array_repr(np.array([1, 2])), "array([1, 2])");
  assert.equal(np.array_repr(np.array([], { dtype: "int32" })), "array([], dtype=int32)");
  assert.equal(
    np.array_repr(np.array([1e-6, 4e-7, 2, 3]), { precision: 6, suppress_small: true }),
    "array([0.000001, 0.      , 2.      , 3.      ])",
  );
  assert.equal(np.array_str(np.array([0, 1, 2])), "[0 1 2]");
  assert.equal(np.array_str(np.array([Math.PI, 1]), 10, 3), "[3.142\n 1.   ]");
});

test("complex printing", () => {
  assert.equal(String(np.array([{ re: 1, im: 2 }, { re: 3, im: -0 }])), "[1.+2.j 3.-0.j]");
  assert.equal(String(np.array({ re: 0, im: 1 })), "1j");
  assert.equal(String(np.array({ re: 1.5, im: -0 })), "(1.5-0j)");
});

test("int64 and uint64 print exactly", () => {
  const a = np.array([2n ** 63n - 1n, -(2n ** 63n)], { dtype: "int64" });
  assert.equal(String(a), "[ 9223372036854775807 -9223372036854775808]");
  const u = np.array([2n ** 64n - 1n], { dtype: "uint64" });
  assert.equal(repr(u), "array([18446744073709551615], dtype=uint64)");
});

test("a 1000x1000 array prints only its corners", () => {
  const z = np.zeros([1000, 1000]);
  const s = String(z);
  assert.equal(
    s,
    "[[0. 0. 0. ... 0. 0. 0.]\n [0. 0. 0. ... 0. 0. 0.]\n [0. 0. 0. ... 0. 0. 0.]\n ...\n [0. 0. 0. ... 0. 0. 0.]\n [0. 0. 0. ... 0. 0. 0.]\n [0. 0. 0. ... 0. 0. 0.]]",
  );
});
