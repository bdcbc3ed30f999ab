// np.polynomial.chebyshev and np.polynomial.Chebyshev, with expected values from NumPy 2.4.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const C = np.polynomial.chebyshev;
const { Chebyshev, Polynomial } = np.polynomial;
type Poly = ReturnType<typeof Chebyshev>;
const repr = (x: unknown) => np.array_repr(x as np.NDArray);

describe("np.polynomial.chebyshev functions", () => {
  test("arithmetic through z-series", () => {
    assert.equal(repr(C.chebmul([1, 2, 3], [3, 2, 1])), "array([ 6.5, 12. , 12. ,  4. ,  1.5])");
    assert.equal(repr(C.chebmulx([1, 2, 3])), "array([1. , 2.5, 1. , 1.5])");
    const [q, r] = C.chebdiv([1, 2, 3, 4, 5, 6], [1, 2, 0, 4]);
    assert.equal(repr(q), "array([0.25, 2.5 , 3.  ])");
    assert.equal(repr(r), "array([ -1.75, -10.  ,  -7.5 ])");
    assert.throws(() => C.chebdiv([1, 2], [0]), { name: "ZeroDivisionError" });
    assert.equal(repr(C.chebpow([1, 2, 3], 3)), "array([29.5 , 57.  , 53.25, 33.5 , 22.5 , 13.5 ,  6.75])");
    assert.throws(() => C.chebpow([1, 2], 17), { name: "ValueError", message: "Power is too large" });
    assert.deepEqual(C.chebpow([1, 2], 17, null).shape, [18]);
    assert.equal(repr(C.cheb2poly([0, 1, 2, 3])), "array([-2., -8.,  4., 12.])");
    assert.equal(repr(C.poly2cheb([-2, -8, 4, 12])), "array([0., 1., 2., 3.])");
  });
  test("evaluation, calculus and Vandermonde matrices", () => {
    assert.equal(C.chebval(0.5, [1, 2, 3]), 0.5);
    assert.equal(repr(C.chebval([0, 1], [1, 2, 3])), "array([-2.,  6.])");
    assert.equal(repr(C.chebval(np.array([0.5, 1], "float32"), np.array([1, 2, 3, 4], "float32"))), "array([-3.5, 10. ], dtype=float32)");
    assert.equal(repr(C.chebder([1, 2, 3, 4, 5, 6], 2)), "array([172., 816., 240., 480.])");
    assert.equal(repr(C.chebder([[1, 2, 3], [3, 4, 5]], 1, 1, 1)), "array([[ 2., 12.],\n       [ 4., 20.]])");
    assert.equal(repr(C.chebint([1, 2, 3, 4], 2, [1, 2])), "array([ 1.6875    ,  0.25      , -0.25      , -0.16666667,  0.0625    ,\n        0.05      ])");
    assert.equal(repr(C.chebint([[1, 2], [3, 4]], 1, [], 0, 1, 1)), "array([[0.5, 1. , 0.5],\n       [1. , 3. , 1. ]])");
    assert.equal(repr(C.chebvander([0, 1, 0.5], 3)), "array([[ 1. ,  0. , -1. , -0. ],\n       [ 1. ,  1. ,  1. ,  1. ],\n       [ 1. ,  0.5, -0.5, -1. ]])");
    assert.deepEqual(C.chebvander2d([1, 2], [3, 4], [1, 2]).shape, [2, 6]);
  });
  test("roots, companion, fromroots, points and quadrature", () => {
    assert.equal(repr(C.chebcompanion([1, 2, 3, 4, 5])), "array([[ 0.        ,  0.70710678,  0.        , -0.14142136],\n       [ 0.70710678,  0.        ,  0.5       , -0.2       ],\n       [ 0.        ,  0.5       ,  0.        ,  0.2       ],\n       [ 0.        ,  0.        ,  0.5       , -0.4       ]])");
    assert.equal(repr(C.chebroots([1, 2, 3, 4])), "array([-0.91060811, -0.18935009,  0.72495821])");
    assert.equal(repr(C.chebfromroots([1, 2, 3, 4, 5])), "array([-2.38125e+02,  3.38375e+02, -1.20000e+02,  2.15625e+01,\n       -1.87500e+00,  6.25000e-02])");
    assert.equal(repr(C.chebpts1(3)), "array([-0.8660254,  0.       ,  0.8660254])");
    assert.equal(repr(C.chebpts2(3)), "array([-1.000000e+00,  6.123234e-17,  1.000000e+00])");
    assert.throws(() => C.chebpts2(1), { name: "ValueError", message: "npts must be >= 2" });
    assert.equal(repr(C.chebgauss(3)[1]), "array([1.04719755, 1.04719755, 1.04719755])");
    assert.throws(() => C.chebgauss(0), { name: "ValueError", message: "deg must be a positive integer" });
    assert.throws(() => C.chebinterpolate((x) => x, 1.5), { name: "TypeError", message: "deg must be an int" });
  });
});

describe("np.polynomial.Chebyshev", () => {
  test("printing, arithmetic, calculus", () => {
    const c = Chebyshev([1, 2, 3]);
    assert.equal(String(c), "1.0 + 2.0·T₁(x) + 3.0·T₂(x)");
    assert.equal(c.repr(), "Chebyshev([1., 2., 3.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
    assert.equal(Chebyshev([1, 2, 3], { domain: [0, 1] }).format("ascii"), "1.0 + 2.0 T_1((-1.0 + 2.0x)) + 3.0 T_2((-1.0 + 2.0x))");
    assert.equal(c(0.5), 0.5);
    assert.equal(c.multiply(Chebyshev([1, 1])).repr(), "Chebyshev([2. , 4.5, 4. , 1.5], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
    assert.equal(String(c.integ()), "0.5 - 0.5·T₁(x) + 0.5·T₂(x) + 0.5·T₃(x)");
    assert.throws(() => c.add(Polynomial([1])), { name: "TypeError", message: "Polynomial types differ" });
    assert.equal(c.equal(Polynomial([1, 2, 3])), false);
  });
  test("fit, convert/cast between kinds, interpolate", () => {
    assert.equal((Chebyshev.fit([0, 1, 2, 3], [1, 3, 5, 8], 2) as Poly).repr(), "Chebyshev([4.21875, 3.45   , 0.28125], domain=[0., 3.], window=[-1.,  1.], symbol='x')");
    assert.equal(Chebyshev([1, 2, 3]).convert({ kind: Polynomial }).repr(), "Polynomial([-2.,  2.,  6.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
    assert.equal(Polynomial.cast(Chebyshev([1, 2, 3], { domain: [0, 1] })).repr(), "Polynomial([  2., -20.,  24.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
    assert.equal(Chebyshev.interpolate((x) => np.sin(x), 3, [0, 2]).repr(), "Chebyshev([ 0.64389149,  0.47552231, -0.19334066, -0.02141014], domain=[0., 2.], window=[-1.,  1.], symbol='x')");
  });
});
