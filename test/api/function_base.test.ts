// np.unwrap, np.i0 and the window functions against NumPy 2.4 (expected strings printed by NumPy).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const repr = (x: unknown) => np.array_repr(x as np.NDArray);

test("unwrap: default period 2 pi, discont, axis, integer periods, float32", () => {
  assert.equal(repr(np.unwrap([0, 3.5, 7])), "array([ 0.        , -2.78318531, -5.56637061])");
  assert.equal(repr(np.unwrap(np.array([0, 3.5, 7], { dtype: "float32" }))), "array([ 0.      , -2.783185, -5.56637 ], dtype=float32)");
  assert.equal(repr(np.unwrap([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { period: 4 })), "array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])");
  assert.equal(repr(np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], { period: 4 })), "array([2, 3, 4, 5, 6, 7, 8, 9])");
  assert.equal(repr(np.unwrap([0, 5, 1, 7, 2], { period: 5 })), "array([0, 0, 1, 2, 2])");
  assert.equal(repr(np.unwrap(np.array([0.0, 2.0, 4.0, 6.5]), 1)), "array([0. , 2. , 4. , 6.5])");
  assert.equal(
    repr(np.unwrap(np.array([[0.0, 1.0], [6.0, 1.0], [0.5, 7.0]]), { axis: 0 })),
    "array([[ 0.        ,  1.        ],\n       [-0.28318531,  1.        ],\n       [ 0.5       ,  0.71681469]])",
  );
  // A jump of exactly period / 2 keeps its sign.
  assert.equal(repr(np.unwrap(np.array([0.0, Math.PI, 0.0, -Math.PI]))), "array([ 0.        ,  3.14159265,  0.        , -3.14159265])");
  assert.equal(repr(np.unwrap(np.array([0, 4, 8], { dtype: "int8" }))), "array([ 0.        , -2.28318531, -4.56637061])");
  assert.equal(repr(np.unwrap(np.array([]))), "array([], dtype=float64)");
  assert.throws(() => np.unwrap(np.array(1.5)), { name: "ValueError", message: "diff requires input that is at least one dimensional" });
});

test("i0: both Chebyshev ranges (inf gives nan, as NumPy's inf/inf), float32 kept, integers in float64, complex rejected", () => {
  assert.equal(repr(np.i0([0, 1, 2, 3])), "array([1.        , 1.26606588, 2.2795853 , 4.88079259])");
  assert.equal(repr(np.i0(0.5)), "array(1.06348337)");
  assert.equal(
    repr(np.i0(np.array([8.0, 8.5, 50.0, -100.0, 0.0, Infinity]))),
    "array([4.27564116e+02, 6.83161927e+02, 2.93255378e+20, 1.07375171e+42,\n       1.00000000e+00,            nan])",
  );
  assert.equal(np.i0(np.array([1, 2], { dtype: "float32" })).dtype, "float32");
  assert.equal(repr(np.i0(np.array([true]))), "array([1.26606588])");
  assert.throws(() => np.i0(np.array([{ re: 0, im: 1 }])), { name: "TypeError", message: "i0 not supported for complex values" });
});

test("window functions: hanning, hamming, blackman, bartlett, kaiser (NumPy 2.4's output, bit for bit)", () => {
  assert.equal(repr(np.hanning(5)), "array([0. , 0.5, 1. , 0.5, 0. ])");
  assert.equal(repr(np.hamming(5)), "array([0.08, 0.54, 1.  , 0.54, 0.08])");
  assert.equal(repr(np.blackman(5)), "array([-1.38777878e-17,  3.40000000e-01,  1.00000000e+00,  3.40000000e-01,\n       -1.38777878e-17])");
  assert.equal(repr(np.bartlett(6)), "array([0. , 0.4, 0.8, 0.8, 0.4, 0. ])");
  assert.equal(repr(np.kaiser(5, 14)), "array([7.72686684e-06, 1.64932188e-01, 1.00000000e+00, 1.64932188e-01,\n       7.72686684e-06])");
  assert.equal(repr(np.kaiser(3, 5)), "array([0.03671089, 1.        , 0.03671089])");
  assert.equal(repr(np.hanning(1)), "array([1.])");
  assert.equal(repr(np.hanning(0)), "array([], dtype=float64)");
  assert.deepEqual(np.blackman(12).tolist(), [
    -1.3877787807814457e-17, 0.032606434624560324, 0.159903634783434, 0.4143979812474828, 0.7360451799107798, 0.9670467694337431, 0.9670467694337431,
    0.7360451799107798, 0.4143979812474828, 0.159903634783434, 0.032606434624560324, -1.3877787807814457e-17,
  ]);
  // i0 of an integer 0-d input keeps computing in float64.
  assert.equal(repr(np.i0(5)), "array(27.23987182)");
});

test("i0: NumPy's Chebyshev series on both sides of 8, float64 for ints, a 0-d array for a scalar", () => {
  assert.equal(
    repr(np.i0([0, 1, 2, 8, 8.5, 30, -3])),
    "array([1.00000000e+00, 1.26606588e+00, 2.27958530e+00, 4.27564116e+02,\n       6.83161927e+02, 7.81672298e+11, 4.88079259e+00])",
  );
  assert.equal(repr(np.i0(0)), "array(1.)");
  assert.equal(np.i0(np.array([1, 2], "float32")).dtype, "float32");
  assert.throws(() => np.i0([{ re: 0, im: 1 }]), { name: "TypeError", message: "i0 not supported for complex values" });
});

test("unwrap: float and integer periods, discont, axis, NumPy's half-period rule", () => {
  assert.equal(repr(np.unwrap([0, 0.78, 5.49, 6.28])), "array([ 0.        ,  0.78      , -0.79318531, -0.00318531])");
  assert.equal(repr(np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], { period: 4 })), "array([2, 3, 4, 5, 6, 7, 8, 9])");
  assert.equal(repr(np.unwrap([0, 180, 360, 540, 10], { period: 360 })), "array([  0, 180, 360, 540, 370])");
  assert.equal(repr(np.unwrap(np.array([[0, 3, 6.5], [1, 7, 0.5]]), { axis: 0 })), "array([[0.        , 3.        , 6.5       ],\n       [1.        , 0.71681469, 6.78318531]])");
  assert.equal(repr(np.unwrap([0, Math.PI, 0])), "array([0.        , 3.14159265, 0.        ])");
  assert.equal(repr(np.unwrap([0, -Math.PI, 0])), "array([ 0.        , -3.14159265,  0.        ])");
  assert.equal(repr(np.unwrap(np.array([0, 3, 6, 9, 0.5], "float32"))), "array([0.      , 3.      , 6.      , 9.      , 6.783186], dtype=float32)");
  assert.equal(repr(np.unwrap(np.array([0, 3, 6, 9, 0.5]), 4)), repr(np.unwrap(np.array([0, 3, 6, 9, 0.5]), { discont: 4 })));
});
