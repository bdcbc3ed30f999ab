// np.polynomial.Polynomial (NumPy's ABCPolyBase): construction, calls, operators, calculus, fits
// and printing, with expected strings from NumPy 2.4.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const { Polynomial } = np.polynomial;
type Poly = ReturnType<typeof Polynomial>;
const repr = (x: unknown) => np.array_repr(x as np.NDArray);

describe("Polynomial construction and printing", () => {
  test("attributes, repr and str (unicode, ascii, scaled symbol, wrapping)", () => {
    const p = Polynomial([1, 2, 3]);
    assert.equal(p.repr(), "Polynomial([1., 2., 3.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
    assert.equal(String(p), "1.0 + 2.0·x + 3.0·x²");
    assert.equal(p.format("ascii"), "1.0 + 2.0 x + 3.0 x**2");
    assert.equal(repr(p.coef), "array([1., 2., 3.])");
    assert.equal(p.symbol, "x");
    assert.equal(p.degree(), 2);
    assert.equal(p.length, 3);
    assert.ok(p instanceof Polynomial);
    assert.equal(String(Polynomial([1, -2, 3], { domain: [0, 1] })), "1.0 - 2.0·(-1.0 + 2.0x) + 3.0·(-1.0 + 2.0x)²");
    assert.equal(String(Polynomial([1, -2, 3], { window: [0, 1] })), "1.0 - 2.0·(0.5 + 0.5x) + 3.0·(0.5 + 0.5x)²");
    assert.equal(String(Polynomial([1e-5, 1e9, -1e-9, np.nan, np.inf])), "1.0e-05 + (1.0e+09)·x - (1.0e-09)·x² - nan·x³ + inf·x⁴");
    assert.equal(String(Polynomial([{ re: 0, im: 1 }, 2, { re: 1, im: 2 }])), "1j + (2+0j)·x + (1+2j)·x²");
    assert.equal(Polynomial(np.array([1, 2], "float32")).repr(), "Polynomial([1., 2.], dtype=float32, domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
    assert.equal(String(Polynomial(np.array([0.1, 0.2], "float32"))), "0.1 + 0.2·x");
    assert.equal(String(Polynomial(np.arange(30).multiply(1.5))).split("\n")[0], "0.0 + 1.5·x + 3.0·x² + 4.5·x³ + 6.0·x⁴ + 7.5·x⁵ + 9.0·x⁶ + 10.5·x⁷ +");
    assert.equal(Polynomial([1, 2], { symbol: "t" }).repr(), "Polynomial([1., 2.], domain=[-1.,  1.], window=[-1.,  1.], symbol='t')");
  });
  test("set_default_printstyle and print options", () => {
    np.polynomial.set_default_printstyle("ascii");
    try {
      assert.equal(String(Polynomial([1, 2, 3], { domain: [0, 1] })), "1.0 + 2.0 (-1.0 + 2.0x) + 3.0 (-1.0 + 2.0x)**2");
    } finally {
      np.polynomial.set_default_printstyle("unicode");
    }
    assert.throws(() => np.polynomial.set_default_printstyle("x"), { name: "ValueError", message: "Unsupported format string 'x'. Valid options are 'ascii' and 'unicode'" });
    assert.equal(np.printoptions({ precision: 3 }, () => String(Polynomial([1 / 3, 2 / 3, 1e-3, 1e-2]))), "0.333 + 0.667·x + (1.0e-03)·x² + (1.0e-02)·x³");
  });
  test("constructor errors", () => {
    assert.throws(() => Polynomial([1], { symbol: "1t" }), { name: "ValueError", message: "Symbol string must be a valid Python identifier" });
    assert.throws(() => Polynomial([1], { symbol: 1 as unknown as string }), { name: "TypeError", message: "Symbol must be a non-empty string" });
    assert.throws(() => Polynomial([1], { domain: [1, 2, 3] }), { name: "ValueError", message: "Domain has wrong number of elements." });
    assert.throws(() => Polynomial([1], { window: [1] }), { name: "ValueError", message: "Window has wrong number of elements." });
    assert.throws(() => Polynomial([]), { name: "ValueError", message: "Coefficient array is empty" });
    assert.throws(() => Polynomial([1]).format("x"), { name: "ValueError", message: /^Unsupported format string 'x' passed to <class 'numpy.polynomial.polynomial.Polynomial'>.__format__/ });
  });
});

describe("Polynomial calls and methods", () => {
  test("calls map the domain to the window; composition with a polynomial", () => {
    assert.equal(Polynomial([1, 2, 3])(2), 17);
    assert.equal(repr(Polynomial([1, 2, 3])([1, 2])), "array([ 6., 17.])");
    assert.equal(repr(Polynomial([1, 2, 3], { domain: [0, 2] })(np.array([0, 1, 2]))), "array([2., 1., 6.])");
    assert.equal((Polynomial([1, 2, 3])(Polynomial([1, 1])) as Poly).repr(), "Polynomial([6., 8., 3.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
  });
  test("trim, truncate, cutdeg, deriv, integ, roots, linspace, mapparms", () => {
    assert.equal(String(Polynomial([1, 2, 0, 1e-12]).trim(1e-10)), "1.0 + 2.0·x");
    assert.equal(String(Polynomial([1, 2, 3, 4]).truncate(2)), "1.0 + 2.0·x");
    assert.throws(() => Polynomial([1, 2]).truncate(0), { name: "ValueError", message: "size must be a positive integer" });
    assert.equal(String(Polynomial([1, 2, 3, 4]).cutdeg(1)), "1.0 + 2.0·x");
    assert.equal(String(Polynomial([1, 2, 3, 4], { domain: [0, 4] }).deriv()), "1.0 + 3.0·(-1.0 + 0.5x) + 6.0·(-1.0 + 0.5x)²");
    assert.equal(String(Polynomial([1, 2, 3]).integ(2, [1, 2])), "2.0 + 1.0·x + 0.5·x² + 0.33333333·x³ + 0.25·x⁴");
    assert.equal(String(Polynomial([1, 2, 3], { domain: [0, 4] }).integ({ lbnd: 1 })), "0.75 + 2.0·(-1.0 + 0.5x) + 2.0·(-1.0 + 0.5x)² + 2.0·(-1.0 + 0.5x)³");
    assert.equal(repr(Polynomial([2, -3, 1], { domain: [0, 4] }).roots()), "array([4., 6.])");
    const [x, y] = Polynomial([1, 2, 3]).linspace(3, [0, 2]);
    assert.equal(repr(x), "array([0., 1., 2.])");
    assert.equal(repr(y), "array([ 1.,  6., 17.])");
    assert.deepEqual(Polynomial([1, 2, 3], { domain: [0, 1] }).mapparms(), [-1, 2]);
    assert.deepEqual([...Polynomial([1, 2])], [1, 2]);
  });
  test("fit maps x to the window; full returns the lstsq status", () => {
    const p = Polynomial.fit([0, 1, 2, 3], [1, 3, 5, 8], 2) as Poly;
    assert.equal(p.repr(), "Polynomial([3.9375, 3.45  , 0.5625], domain=[0., 3.], window=[-1.,  1.], symbol='x')");
    assert.equal((p.convert() as Poly).repr(), "Polynomial([1.05, 1.55, 0.25], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
    const [q, [resid, rank]] = Polynomial.fit([0, 1, 2, 3], [1, 3, 5, 8], 1, { full: true }) as [Poly, [np.NDArray, number]];
    assert.equal(String(q), "4.25 + 3.45·(-1.0 + 0.66666667x)");
    assert.equal(repr(resid), "array([0.3])");
    assert.equal(rank, 2);
    assert.equal((Polynomial.fit([1, 1, 1], [1, 3, 5], 0) as Poly).repr(), "Polynomial([3.], domain=[0., 2.], window=[-1.,  1.], symbol='x')");
  });
  test("fromroots, identity, basis, cast, convert", () => {
    assert.equal(Polynomial.fromroots([1, 2, 3]).repr(), "Polynomial([-6., 11., -6.,  1.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
    assert.equal(Polynomial.fromroots([1, 2, 3], { domain: [0, 4] }).repr(), "Polynomial([ 0., -2.,  0.,  8.], domain=[0., 4.], window=[-1.,  1.], symbol='x')");
    assert.equal(Polynomial.identity([0, 4]).repr(), "Polynomial([2., 2.], domain=[0., 4.], window=[-1.,  1.], symbol='x')");
    assert.equal(Polynomial.basis(3).repr(), "Polynomial([0., 0., 0., 1.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
    assert.throws(() => Polynomial.basis(-1), { name: "ValueError", message: "deg must be non-negative integer" });
    assert.equal(Polynomial.cast(Polynomial([1, 2], { domain: [0, 1] })).repr(), "Polynomial([-1.,  4.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
    assert.equal(Polynomial([1, 2, 3], { domain: [0, 1] }).convert().repr(), "Polynomial([ 2., -8., 12.], domain=[-1.,  1.], window=[-1.,  1.], symbol='x')");
  });
});

describe("Polynomial operators", () => {
  test("arithmetic with polynomials, numbers and arrays", () => {
    const p = Polynomial([1, 2]);
    assert.equal(String(p.add(Polynomial([1, 2, 3]))), "2.0 + 4.0·x + 3.0·x²");
    assert.equal(String(p.add(1)), "2.0 + 2.0·x");
    assert.equal(String(p.add(np.array([1, 1, 1]))), "2.0 + 3.0·x + 1.0·x²");
    assert.equal(String(p.subtract(5)), "-4.0 + 2.0·x");
    assert.equal(String(p.multiply(Polynomial([1, 2, 3]))), "1.0 + 4.0·x + 7.0·x² + 6.0·x³");
    assert.equal(String(p.true_divide(2)), "0.5 + 1.0·x");
    assert.equal(String(Polynomial([1, 2, 3]).floor_divide(Polynomial([1, 1]))), "-1.0 + 3.0·x");
    assert.equal(String(Polynomial([1, 2, 3]).remainder(Polynomial([1, 1]))), "2.0");
    assert.deepEqual(Polynomial([1, 2, 3]).divmod(Polynomial([1, 1])).map(String), ["-1.0 + 3.0·x", "2.0"]);
    assert.equal(String(p.power(3)), "1.0 + 6.0·x + 12.0·x² + 8.0·x³");
    assert.equal(String(p.negative()), "-1.0 - 2.0·x");
    assert.equal(p.positive(), p);
    assert.equal(p.equal(Polynomial([1, 2])), true);
    assert.equal(p.equal(Polynomial([1, 2, 0])), false);
    assert.equal(p.equal(Polynomial([1, 2], { symbol: "y" })), false);
    assert.equal(p.not_equal(Polynomial([1, 3])), true);
    assert.equal(p.equal([1, 2]), false);
  });
  test("NumPy's errors", () => {
    const p = Polynomial([1, 2]);
    assert.throws(() => p.add(Polynomial([1, 2], { domain: [0, 1] })), { name: "TypeError", message: "Domains differ" });
    assert.throws(() => p.add(Polynomial([1, 2], { window: [0, 1] })), { name: "TypeError", message: "Windows differ" });
    assert.throws(() => p.add(Polynomial([1, 2], { symbol: "t" })), { name: "ValueError", message: "Polynomial symbols differ" });
    assert.throws(() => p.add([[1]]), { name: "TypeError", message: "unsupported operand type(s) for +: 'Polynomial' and 'list'" });
    assert.throws(() => p.true_divide(Polynomial([1]) as unknown as number), { name: "TypeError", message: "unsupported types for true division: '<class 'numpy.polynomial.polynomial.Polynomial'>', '<class 'numpy.polynomial.polynomial.Polynomial'>'" });
    assert.throws(() => p.true_divide(true as unknown as number), { name: "TypeError", message: "unsupported types for true division: '<class 'numpy.polynomial.polynomial.Polynomial'>', '<class 'bool'>'" });
    assert.throws(() => p.divmod(0), { name: "ZeroDivisionError" });
    assert.throws(() => p.power(101), { name: "ValueError", message: "Power is too large" });
    assert.throws(() => p.power(1.5), { name: "ValueError", message: "Power must be a non-negative integer." });
  });
});
