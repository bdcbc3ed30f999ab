// np.polynomial.polynomial: the power-series module functions, with expected values, dtypes and
// error messages from NumPy 2.4.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { captureWarnings } from "../../src/core/warnings.js";

const P = np.polynomial.polynomial;
const pu = np.polynomial.polyutils;
const repr = (x: unknown) => np.array_repr(x as np.NDArray);
const close = (got: unknown, want: number[], tol = 1e-10) => {
  const g = (got as np.NDArray).tolist() as number[];
  assert.equal(g.length, want.length, `${g} vs ${want}`);
  g.forEach((v, i) => assert.ok(Math.abs(v - want[i]!) <= tol * Math.max(1, Math.abs(want[i]!)), `${g} vs ${want}`));
};

describe("np.polynomial.polynomial arithmetic", () => {
  test("add/sub/mul/mulx: common inexact type, trailing zeros trimmed", () => {
    assert.equal(repr(P.polyadd([1, 2], [3])), "array([4., 2.])");
    assert.equal(repr(P.polyadd(np.array([1, 2], "float32"), np.array([1], "float32"))), "array([2., 2.], dtype=float32)");
    assert.equal(repr(P.polyadd(np.array([1, 2], "float32"), [1])), "array([2., 2.])");
    assert.equal(repr(P.polyadd([0, 0], [0])), "array([0.])");
    assert.equal(repr(P.polysub([1, 2], [3, 4, 5])), "array([-2., -2., -5.])");
    assert.equal(repr(P.polysub([1, 2], [1, 2])), "array([0.])");
    assert.equal(repr(P.polymul([1, 2, 3], [3, 2, 1])), "array([ 3.,  8., 14.,  8.,  3.])");
    assert.equal(repr(P.polymulx([1, 2, 3])), "array([0., 1., 2., 3.])");
    assert.equal(repr(P.polymulx(np.array([1, 2], "complex64"))), "array([0.+0.j, 1.+0.j, 2.+0.j], dtype=complex64)");
    assert.throws(() => P.polyadd([true], [1]), { name: "ValueError", message: "Coefficient arrays have no common type" });
    assert.throws(() => P.polyadd([], [1]), { name: "ValueError", message: "Coefficient array is empty" });
    assert.throws(() => P.polyadd([[1]], [1]), { name: "ValueError", message: "Coefficient array is not 1-d" });
  });
  test("div and pow", () => {
    const [q, r] = P.polydiv([1, 2, 3, 4, 5], [1, 2, 3]);
    assert.equal(repr(q), "array([0.2962963 , 0.22222222, 1.66666667])");
    assert.equal(repr(r), "array([0.7037037 , 1.18518519])");
    assert.equal(repr(P.polydiv([1, 2, 3], [1, 1])[0]), "array([-1.,  3.])");
    assert.equal(repr(P.polydiv([1, 2, 3], [1, 1])[1]), "array([2.])");
    assert.equal(repr(P.polydiv([1, 2], [3, 2, 1])[0]), "array([0.])");
    assert.equal(repr(P.polydiv([1, 2], [2])[0]), "array([0.5, 1. ])");
    assert.throws(() => P.polydiv([1], [0]), { name: "ZeroDivisionError" });
    assert.equal(repr(P.polypow([1, 2], 2)), "array([1., 4., 4.])");
    assert.equal(repr(P.polypow([1, 2], 0)), "array([1.])");
    assert.throws(() => P.polypow([1, 2], -1), { name: "ValueError", message: "Power must be a non-negative integer." });
    assert.throws(() => P.polypow([1, 2], 1.5), { name: "ValueError", message: "Power must be a non-negative integer." });
    assert.throws(() => P.polypow([1, 2], 3, { maxpower: 2 }), { name: "ValueError", message: "Power is too large" });
  });
  test("constants, polyline, polytrim", () => {
    assert.equal(repr(P.polydomain), "array([-1.,  1.])");
    assert.equal(repr(P.polyx), "array([0, 1])");
    assert.equal(repr(P.polyline(1, 2)), "array([1, 2])");
    assert.equal(repr(P.polyline(1, 0)), "array([1])");
    assert.equal(repr(P.polytrim([1, 2, 0, 1e-12], 1e-10)), "array([1., 2.])");
    assert.equal(repr(P.polytrim([0, 0, 0])), "array([0.])");
    assert.throws(() => P.polytrim([1, 0], -1), { name: "ValueError", message: "tol must be non-negative" });
  });
});

describe("np.polynomial.polynomial evaluation", () => {
  test("polyval: scalars, tensor and non-tensor, dtypes", () => {
    assert.equal(P.polyval(2, [1, 2, 3]), 17);
    assert.equal(repr(P.polyval([1, 2], [1, 2])), "array([3., 5.])");
    assert.equal(repr(P.polyval(np.array([[1, 2]]), [[1, 2], [3, 4]])), "array([[[ 4.,  7.]],\n\n       [[ 6., 10.]]])");
    assert.equal(repr(P.polyval(np.array([1, 2]), [[1, 2], [3, 4]], false)), "array([ 4., 10.])");
    assert.equal(repr(P.polyval(np.array([1, 2], "float32"), np.array([1, 2], "float32"))), "array([3., 5.], dtype=float32)");
    assert.equal(repr(P.polyval([], [1, 2])), "array([], dtype=float64)");
    assert.deepEqual(P.polyval({ re: 0, im: 1 }, [1, 2]), { re: 1, im: 2 });
  });
  test("polyvalfromroots, 2-d/3-d values and grids", () => {
    assert.equal(repr(P.polyvalfromroots([1, 2], [1, 3])), "array([-0., -1.])");
    assert.equal(repr(P.polyvalfromroots([1, 2], [[1, 3], [2, 4]])), "array([[-0.,  0.],\n       [ 6.,  2.]])");
    assert.throws(() => P.polyvalfromroots(np.array([[1, 2]]), [[1, 3], [2, 4]], false), { name: "ValueError", message: "x.ndim must be < r.ndim when tensor == False" });
    assert.equal(P.polyval2d(1, 2, [[1, 2], [3, 4]]), 16);
    assert.throws(() => P.polyval2d([1, 2], [2], [[1, 2], [3, 4]]), { name: "ValueError", message: "x, y are incompatible" });
    assert.equal(repr(P.polyval3d([1, 2], [2, 3], [0, 1], np.arange(8.0).reshape([2, 2, 2]))), "array([ 20., 112.])");
    assert.equal(repr(P.polygrid2d([0, 1], [0, 1, 2], [[1, 2], [3, 4]])), "array([[ 1.,  3.,  5.],\n       [ 4., 10., 16.]])");
    assert.deepEqual((P.polygrid3d([0, 1], [0], [1, 2], np.arange(8.0).reshape([2, 2, 2])) as np.NDArray).shape, [2, 1, 2]);
  });
  test("Vandermonde matrices", () => {
    assert.equal(repr(P.polyvander([1, 2, 3], 2)), "array([[1., 1., 1.],\n       [1., 2., 4.],\n       [1., 3., 9.]])");
    assert.equal(repr(P.polyvander(np.array([1, 2], "float32"), 1)), "array([[1., 1.],\n       [1., 2.]], dtype=float32)");
    assert.deepEqual(P.polyvander([[1, 2], [3, 4]], 1).shape, [2, 2, 2]);
    assert.throws(() => P.polyvander([1, 2], -1), { name: "ValueError", message: "deg must be non-negative" });
    assert.throws(() => P.polyvander([1, 2], 1.5), { name: "TypeError", message: "deg must be an integer, received 1.5" });
    assert.equal(repr(P.polyvander2d([1, 2], [3, 4], [1, 2])), "array([[ 1.,  3.,  9.,  1.,  3.,  9.],\n       [ 1.,  4., 16.,  2.,  8., 32.]])");
    assert.equal(repr(P.polyvander3d([1], [2], [3], [1, 1, 1])), "array([[1., 3., 2., 6., 1., 3., 2., 6.]])");
    assert.throws(() => P.polyvander2d([1, 2], [3, 4], [1]), { name: "ValueError", message: "Expected 2 dimensions of degrees, got 1" });
  });
});

describe("np.polynomial.polynomial calculus", () => {
  test("polyder: m, scl, axis and errors", () => {
    assert.equal(repr(P.polyder([1, 2, 3, 4])), "array([ 2.,  6., 12.])");
    assert.equal(repr(P.polyder([1, 2, 3, 4], 3, -1)), "array([-24.])");
    assert.equal(repr(P.polyder([1, 2, 3, 4], 5)), "array([0.])");
    assert.equal(repr(P.polyder([[1, 2], [3, 4], [5, 6]], 1, 1, 1)), "array([[2.],\n       [4.],\n       [6.]])");
    assert.equal(repr(P.polyder(np.array([1, 2, 3], "float32"), { scl: 0.5 })), "array([1., 3.], dtype=float32)");
    assert.throws(() => P.polyder([1, 2], -1), { name: "ValueError", message: "The order of derivation must be non-negative" });
    assert.throws(() => P.polyder([1, 2], 1.5), { name: "TypeError", message: "the order of derivation must be an integer, received 1.5" });
    assert.throws(() => P.polyder([[1, 2]], { axis: 2 }), { name: "AxisError", message: "axis 2 is out of bounds for array of dimension 2" });
  });
  test("polyint: constants, lower bound, scale, axis and errors", () => {
    assert.equal(repr(P.polyint([1, 2, 3])), "array([0., 1., 1., 1.])");
    assert.equal(repr(P.polyint([1, 2, 3], 2, [1, 2])), "array([2.        , 1.        , 0.5       , 0.33333333, 0.25      ])");
    assert.equal(repr(P.polyint([1, 2, 3], { lbnd: -2 })), "array([6., 1., 1., 1.])");
    assert.equal(repr(P.polyint([1, 2, 3], { scl: -2 })), "array([ 0., -2., -2., -2.])");
    assert.equal(repr(P.polyint([0], 2, [1, 2])), "array([2., 1.])");
    assert.equal(repr(P.polyint([[1, 2], [3, 4]], 1, [], 0, 1, 1)), "array([[0., 1., 1.],\n       [0., 3., 2.]])");
    assert.throws(() => P.polyint([1, 2], 1, [1, 2]), { name: "ValueError", message: "Too many integration constants" });
    assert.throws(() => P.polyint([1, 2], { lbnd: [1] as unknown as number }), { name: "ValueError", message: "lbnd must be a scalar." });
    assert.throws(() => P.polyint([1, 2], -1), { name: "ValueError", message: "The order of integration must be non-negative" });
  });
});

describe("np.polynomial.polynomial roots and fits", () => {
  test("polyroots, polyfromroots, polycompanion", () => {
    close(P.polyroots([-6, 11, -6, 1]), [1, 2, 3]);
    assert.equal(repr(P.polyroots([1, 2, 3])), "array([-0.33333333-0.47140452j, -0.33333333+0.47140452j])");
    assert.equal(repr(P.polyroots([1])), "array([], dtype=float64)");
    assert.equal(repr(P.polyroots(np.array([1, 2], "float32"))), "array([-0.5], dtype=float32)");
    assert.equal(repr(P.polyfromroots([3, 1, 2, 5, 4])), "array([-120.,  274., -225.,   85.,  -15.,    1.])");
    assert.equal(repr(P.polyfromroots([])), "array([1.])");
    assert.equal(repr(P.polyfromroots([{ re: 0, im: 1 }, { re: 0, im: -1 }])), "array([1.+0.j, 0.+0.j, 1.+0.j])");
    assert.throws(() => P.polyfromroots(2), { name: "TypeError", message: "object of type 'int' has no len()" });
    assert.equal(repr(P.polycompanion([1, 2, 3])), "array([[ 0.        , -0.33333333],\n       [ 1.        , -0.66666667]])");
    assert.equal(repr(P.polycompanion([1, 2])), "array([[-0.5]])");
    assert.throws(() => P.polycompanion([1]), { name: "ValueError", message: "Series must have maximum degree of at least 1." });
  });
  test("polyfit: degrees, full, weights, rank warning and errors", () => {
    assert.equal(repr(P.polyfit([0, 1, 2, 3], [1, 3, 5, 8], 2)), "array([1.05, 1.55, 0.25])");
    assert.equal(repr(P.polyfit([0, 1, 2, 3], [1, 3, 5, 8], [2, 0])), "array([1.71428571, 0.        , 0.7244898 ])");
    assert.equal(repr(P.polyfit([0, 1, 2, 3], [[1, 2], [3, 4], [5, 7], [8, 9]], 1)), "array([[0.8, 1.9],\n       [2.3, 2.4]])");
    assert.equal(repr(P.polyfit([0, 1, 2, 3], [1, 3, 5, 8], 1, { w: [1, 2, 1, 2] })), "array([0.65517241, 2.4137931 ])");
    const [c, [resid, rank, sv, rcond]] = P.polyfit([0, 1, 2, 3], [1, 3, 5, 8], 2, { full: true }) as [np.NDArray, [np.NDArray, number, np.NDArray, number]];
    assert.equal(repr(c), "array([1.05, 1.55, 0.25])");
    close(resid, [0.05]);
    assert.equal(rank, 3);
    close(sv, [1.63059974, 0.5694167, 0.13003503], 1e-7);
    assert.equal(rcond, 4 * 2.220446049250313e-16);
    const [, caught] = captureWarnings(() => P.polyfit([0, 1, 2, 3], [1, 3, 5, 8], 5));
    assert.deepEqual(caught.map((w) => [w.category, w.message]), [["RankWarning", "The fit may be poorly conditioned"]]);
    assert.throws(() => P.polyfit([0, 1, 2, 3], [1, 3, 5, 8], -1), { name: "ValueError", message: "expected deg >= 0" });
    assert.throws(() => P.polyfit([0, 1, 2, 3], [1, 3, 5, 8], 1.5), { name: "TypeError", message: "deg must be an int or non-empty 1-D array of int" });
    assert.throws(() => P.polyfit([0, 1, 2], [1, 3, 5, 8], 1), { name: "TypeError", message: "expected x and y to have same length" });
    assert.throws(() => P.polyfit([0, 1, 2, 3], [1, 3, 5, 8], 1, { w: [1, 2] }), { name: "TypeError", message: "expected x and w to have same length" });
    assert.equal(repr(P.polyfit(np.array([0, 1, 2], "float32"), np.array([1, 3, 5], "float32"), 1)), "array([1.0000001, 2.       ], dtype=float32)");
  });
});

describe("np.polynomial.polyutils", () => {
  test("getdomain, mapparms, mapdomain, as_series, trimseq", () => {
    assert.equal(repr(pu.getdomain([1, 10, 3, -1])), "array([-1., 10.])");
    assert.equal(repr(pu.getdomain([{ re: 0, im: 1 }, 2, { re: -1, im: -1 }])), "array([-1.-1.j,  2.+1.j])");
    assert.deepEqual(pu.mapparms([-1, 1], [0, 2]), [1, 1]);
    assert.deepEqual(pu.mapparms([0, 4], [-1, 1]), [-1, 0.5]);
    assert.throws(() => pu.mapparms([1, 1], [-1, 1]), { name: "ZeroDivisionError" });
    assert.equal(repr(pu.mapdomain([0, 1, 2], [0, 2], [-1, 1])), "array([-1.,  0.,  1.])");
    assert.equal(repr(pu.as_series([[1, 2, 0], [3, 0]], false)[1]), "array([3., 0.])");
    assert.equal(repr(pu.trimseq(np.array([1, 2, 0, 0]))), "array([1, 2])");
  });
});
