// np.i0 and np.unwrap against NumPy 2.4 (expected reprs printed by NumPy).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const rep = (x: unknown): string => np.array_repr(x as np.NDArray);

test("i0: NumPy's Chebyshev series on both sides of 8, float64 for ints, a 0-d array for a scalar", () => {
  assert.equal(
    rep(np.i0([0, 1, 2, 8, 8.5, 30, -3])),
    "array([1.00000000e+00, 1.26606588e+00, 2.27958530e+00, 4.27564116e+02,\n       6.83161927e+02, 7.81672298e+11, 4.88079259e+00])",
  );
  assert.equal(rep(np.i0(0)), "array(1.)");
  assert.equal(np.i0(np.array([1, 2], "float32")).dtype, "float32");
  assert.throws(() => np.i0([{ re: 0, im: 1 }]), { name: "TypeError", message: "i0 not supported for complex values" });
});

test("unwrap: float and integer periods, discont, axis, NumPy's half-period rule", () => {
  assert.equal(rep(np.unwrap([0, 0.78, 5.49, 6.28])), "array([ 0.        ,  0.78      , -0.79318531, -0.00318531])");
  assert.equal(rep(np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], { period: 4 })), "array([2, 3, 4, 5, 6, 7, 8, 9])");
  assert.equal(rep(np.unwrap([0, 180, 360, 540, 10], { period: 360 })), "array([  0, 180, 360, 540, 370])");
  assert.equal(rep(np.unwrap(np.array([[0, 3, 6.5], [1, 7, 0.5]]), { axis: 0 })), "array([[0.        , 3.        , 6.5       ],\n       [1.        , 0.71681469, 6.78318531]])");
  assert.equal(rep(np.unwrap([0, Math.PI, 0])), "array([0.        , 3.14159265, 0.        ])");
  assert.equal(rep(np.unwrap([0, -Math.PI, 0])), "array([ 0.        , -3.14159265,  0.        ])");
  assert.equal(rep(np.unwrap(np.array([0, 3, 6, 9, 0.5], "float32"))), "array([0.      , 3.      , 6.      , 9.      , 6.783186], dtype=float32)");
  assert.equal(rep(np.unwrap(np.array([0, 3, 6, 9, 0.5]), 4)), rep(np.unwrap(np.array([0, 3, 6, 9, 0.5]), { discont: 4 })));
});
