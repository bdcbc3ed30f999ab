// NDArray methods that are NumPy operators (src/api/methods.ts), against NumPy 2.4.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const repr = (x: unknown) => np.array_repr(x as np.NDArray);
const raises = (f: () => unknown, message: string) =>
  assert.throws(() => np.errstate({ all: "raise" }, f), { name: "FloatingPointError", message });

test("a ** s runs NumPy's fast scalar powers: square, sqrt, reciprocal, positive, ones_like", () => {
  const x = np.array([-0.0, -Infinity, 4.0], { dtype: "float64" });
  np.errstate({ all: "ignore" }, () => {
    assert.equal(repr(x.power(0.5)), "array([-0., nan,  2.])");
    assert.equal(repr(x.astype("float32").power(0.5)), "array([-0., nan,  2.], dtype=float32)");
    assert.equal(repr(x.power(-1)), "array([ -inf, -0.  ,  0.25])");
    assert.equal(repr(np.array([NaN, 2.5]).power(0)), "array([1., 1.])");
    assert.equal(repr(np.array([2.5], { dtype: "float32" }).power(0)), "array([1.], dtype=float32)");
    assert.equal(repr(x.power(1)), "array([ -0., -inf,   4.])");
    // Complex: reciprocal and sqrt, not the general complex power.
    assert.equal(repr(np.array([{ re: -Infinity, im: 0 }]).power(-1)), "array([-0.-0.j])");
    assert.equal(repr(np.array([{ re: -Infinity, im: 0 }]).power(0.5)), "array([0.+infj])");
  });
  // Integers and bools: only the power 2 is square (bool ** 2 is int8, as np.square of bool).
  assert.equal(repr(np.array([true, false]).power(2)), "array([1, 0], dtype=int8)");
  assert.equal(repr(np.array([3], { dtype: "uint8" }).power(2)), "array([9], dtype=uint8)");
  assert.equal(repr(np.array([3]).power(2.5)), "array([15.58845727])");
  // Warnings name the ufunc that ran.
  raises(() => np.array([-1.5]).power(0.5), "invalid value encountered in sqrt");
  raises(() => np.array([1e200]).power(2), "overflow encountered in square");
  raises(() => np.array([0.5, 0.0]).power(-1), "divide by zero encountered in reciprocal");
  raises(() => np.array([-1]).power(0.5), "invalid value encountered in power");
  // With options it is the power ufunc itself.
  const out = np.empty(1);
  raises(() => np.array([-1.5]).power(0.5, { out }), "invalid value encountered in power");
});
