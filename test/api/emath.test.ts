// np.emath against NumPy 2.4's outputs (numpy.lib.scimath): complex results where a real input
// leaves the real domain, real results otherwise.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { NDArray } from "../../src/core/ndarray.js";

const repr = (x: unknown) => np.array_repr(x as NDArray);

describe("api/emath", () => {
  test("sqrt: complex only when some input is negative, with scimath's complex dtype", () => {
    assert.deepEqual(np.emath.sqrt(-1), { re: 0, im: 1 });
    assert.equal(np.emath.sqrt(4), 2);
    assert.equal(repr(np.emath.sqrt([-1, 4])), "array([0.+1.j, 2.+0.j])");
    assert.equal(repr(np.emath.sqrt(np.array([-1, 4], { dtype: "int8" }))), "array([0.+1.j, 2.+0.j], dtype=complex64)");
    assert.equal(repr(np.emath.sqrt(np.array([-1, 4], { dtype: "float32" }))), "array([0.+1.j, 2.+0.j], dtype=complex64)");
    assert.equal(repr(np.emath.sqrt(np.array([1, 4], { dtype: "float32" }))), "array([1., 2.], dtype=float32)");
    assert.equal(repr(np.emath.sqrt(np.array([NaN, -Infinity]))), "array([nan+nanj,  0.+infj])");
    assert.equal(repr(np.emath.sqrt(np.array([{ re: 1, im: 1 }]))), "array([1.09868411+0.45508986j])");
  });
  test("logarithms", () => {
    assert.deepEqual(np.emath.log(-1), { re: 0, im: Math.PI });
    assert.equal(repr(np.emath.log10([-10, 100])), "array([1.+1.36437635j, 2.+0.j        ])");
    assert.deepEqual(np.emath.log2(-8), { re: 2.9999999999999996, im: 4.532360141827193 });
    assert.equal(repr(np.emath.logn(2, [-4, 8])), "array([2.+4.53236014j, 3.+0.j        ])");
    assert.equal(repr(np.emath.log([1, Math.E])), "array([0., 1.])");
  });
  test("power: complex for negative bases, float for negative integer exponents", () => {
    assert.equal(repr(np.emath.power([-4, 2], 0.5)), "array([1.22464680e-16+2.j, 1.41421356e+00+0.j])");
    assert.equal(np.emath.power(2, -2), 0.25);
    assert.equal(repr(np.emath.power([2, 4], [-1, 2])), "array([ 0.5, 16. ])");
    assert.equal(repr(np.emath.power([-2, 2], [2, 3])), "array([4.-0.j, 8.+0.j])");
  });
  test("inverse trigonometric and hyperbolic functions beyond +-1", () => {
    assert.equal(repr(np.emath.arccos([2, 0.5])), "array([0.        -1.3169579j, 1.04719755-0.j       ])");
    assert.deepEqual(np.emath.arcsin(2), { re: 1.5707963267948966, im: 1.3169578969248166 });
    assert.equal(repr(np.emath.arctanh([2, 0.5])), "array([0.54930614+1.57079633j, 0.54930614+0.j        ])");
    assert.equal(repr(np.emath.arcsin([0.5, -1])), "array([ 0.52359878, -1.57079633])");
  });
});
