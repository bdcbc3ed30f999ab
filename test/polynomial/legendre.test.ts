// np.polynomial.legendre and np.polynomial.Legendre, with expected values from NumPy 2.4.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const L = np.polynomial.legendre;
const { Legendre, Chebyshev, Polynomial } = np.polynomial;
type Poly = ReturnType<typeof Legendre>;
const repr = (x: unknown) => np.array_repr(x as np.NDArray);

describe("np.polynomial.legendre functions", () => {
  test("arithmetic", () => {
    assert.equal(repr(L.legmul([1, 2, 3], [3, 2, 1])), "array([ 4.93333333, 11.2       , 13.52380952,  4.8       ,  1.54285714])");
    const [q, r] = L.legdiv([1, 2, 3, 4, 5], [1, 2, 3]);
    assert.equal(repr(q), "array([-1.03360768,  0.0617284 ,  3.24074074])");
    assert.equal(repr(r), "array([0.04801097, 1.3388203 ])");
    assert.equal(repr(L.legpow([1, 2, 3], 3)), "array([16.74285714, 42.17142857, 55.14285714, 46.4       , 33.8025974 ,\n       15.42857143,  6.31168831])");
    assert.throws(() => L.legpow([1, 2], 17), { name: "ValueError", message: "Power is too large" });
    assert.equal(repr(L.leg2poly([0, 1, 2, 3])), "array([-1. , -3.5,  3. ,  7.5])");
    assert.equal(repr(L.poly2leg([-1, -3.5, 3, 7.5])), "array([0., 1., 2., 3.])");
  });
  test("evaluation, calculus, Vandermonde, roots and quadrature", () => {
    assert.equal(repr(L.legval([0, 1], [1, 2, 3])), "array([-0.5,  6. ])");
    assert.equal(repr(L.legval(np.array([0.5, 1], "float32"), np.array([1, 2, 3, 4], "float32"))), "array([-0.125   ,  9.999999], dtype=float32)");
    assert.equal(repr(L.legder([1, 2, 3, 4, 5, 6], 2)), "array([ 59., 312., 175., 378.])");
    assert.equal(repr(L.legint([1, 2, 3, 4], 2, [1, 2])), "array([ 1.99166667,  0.81428571,  0.04761905, -0.04444444,  0.08571429,\n        0.06349206])");
    assert.throws(() => L.legint([1, 2], 1, [1, 2]), { name: "ValueError", message: "Too many integration constants" });
    assert.equal(repr(L.legvander([0, 1, 0.5], 3)), "array([[ 1.    ,  0.    , -0.5   , -0.    ],\n       [ 1.    ,  1.    ,  1.    ,  1.    ],\n       [ 1.    ,  0.5   , -0.125 , -0.4375]])");
    assert.equal(repr(L.legroots([1, 2, 3, 4])), "array([-0.85099543, -0.11407192,  0.51506735])");
    const [x, w] = L.leggauss(5);
    assert.equal(repr(x), "array([-0.90617985, -0.53846931,  0.        ,  0.53846931,  0.90617985])");
    assert.equal(repr(w), "array([0.23692689, 0.47862867, 0.56888889, 0.47862867, 0.23692689])");
    assert.throws(() => L.leggauss(0), { name: "ValueError", message: "deg must be a positive integer" });
  });
});

describe("np.polynomial.Legendre", () => {
  test("printing, fit and conversions", () => {
    assert.equal(String(Legendre([1, 2, 3])), "1.0 + 2.0·P₁(x) + 3.0·P₂(x)");
    assert.equal(Legendre([1, 2, 3]).repr(), "Legendre([1., 2., 3.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
    assert.equal((Legendre.fit([0, 1, 2, 3], [1, 3, 5, 8], 2) as Poly).repr(), "Legendre([4.125, 3.45 , 0.375], domain=[0., 3.], window=[-1.,  1.], symbol='x')");
    assert.equal(Legendre.cast(Chebyshev([1, 2, 3])).repr(), "Legendre([0., 2., 4.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
    assert.equal(Legendre([1, 2, 3]).convert({ kind: Polynomial }).repr(), "Polynomial([-0.5,  2. ,  4.5], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
  });
});
