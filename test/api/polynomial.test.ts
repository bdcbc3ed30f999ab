// The legacy polynomial API: poly, roots, polyval, polyfit, polyadd/sub/mul/div, polyder, polyint
// and np.poly1d. Round trips (roots of poly, polyfit of polyval), options, NumPy 2 dtypes (checked
// with NumPy 2.4.6) and NumPy's errors.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";
import { withWarnings } from "../helpers/warnings.js";

const close = (got: unknown, want: number[], tol = 1e-10) => {
  const g = (got as np.NDArray).tolist() as number[];
  assert.equal(g.length, want.length, `${g} vs ${want}`);
  g.forEach((v, i) => assert.ok(Math.abs(v - want[i]!) <= tol * Math.max(1, Math.abs(want[i]!)), `${g} vs ${want}`));
};

describe("poly and roots", () => {
  test("poly of roots, of a matrix; conjugate pairs give a real polynomial; no roots give 1", () => {
    assert.deepEqual((np.poly([1, 2]) as np.NDArray).tolist(), [1, -3, 2]);
    assert.equal((np.poly(np.array([1, 2], "float32")) as np.NDArray).dtype, "float32");
    const pc = np.poly([{ re: 1, im: 1 }, { re: 1, im: -1 }]) as np.NDArray;
    assert.deepEqual([pc.dtype, pc.tolist()], ["float64", [1, -2, 2]]);
    close(np.poly(np.array([[1, 2], [3, 4]])), [1, -5, -2], 1e-12);
    assert.equal(np.poly([]), 1);
    assert.throws(() => np.poly(np.zeros([2, 3])), { name: "ValueError", message: "input must be 1d or non-empty square 2d array." });
  });
  test("roots: companion-matrix eigenvalues, zeros stripped and appended", () => {
    close(np.sort(np.roots([1, -6, 11, -6])), [1, 2, 3], 1e-12);
    close(np.sort(np.roots([0, 0, 1, -3, 2, 0, 0])), [0, 0, 1, 2], 1e-12);
    const z = np.roots([1, 0, 1]);
    assert.equal(z.dtype, "complex128");
    assert.equal(np.roots([5]).size, 0);
    assert.equal(np.roots([0, 0]).dtype, "float64");
    assert.throws(() => np.roots([[1, 2]]), { name: "ValueError", message: "Input must be a rank-1 array." });
  });
  test("roots and poly are inverse (random well separated roots)", () => {
    for (let seed = 1; seed < 6; seed++) {
      const zs = Array.from({ length: 4 }, (_, i) => i * 2.5 - 4 + seed / 10);
      close(np.sort(np.roots(np.poly(zs) as np.NDArray)), zs, 1e-9);
    }
  });
  test("complex coefficients: the companion matrix's complex eigenvalues (NumPy 2.4: array([-0.+1.j]))", () => {
    assert.equal(np.array_repr(np.roots([{ re: 0, im: 1 }, 1])), "array([-0.+1.j])");
  });
});

describe("polyval", () => {
  test("Horner on arrays and scalars; a 0-d x gives a JS scalar", () => {
    assert.equal(np.polyval([3, 0, 1], 5), 76);
    assert.deepEqual((np.polyval([3, 0, 1], [5, 1.5]) as np.NDArray).tolist(), [76, 7.75]);
    // No coefficients: NumPy returns zeros_like(x) itself, array(0) for a scalar x (NumPy 2.4).
    assert.equal(np.array_repr(np.polyval([], 3) as np.NDArray), "array(0)");
    assert.equal(np.array_repr(np.polyval([], [1.5, 2]) as np.NDArray), "array([0., 0.])");
  });
  test("NumPy 2 dtypes: the coefficients are strong (numpy scalars)", () => {
    assert.equal((np.polyval(np.array([1, 2], "float32"), np.array([3], "float32")) as np.NDArray).dtype, "float32");
    assert.equal((np.polyval(np.array([{ re: 1, im: 1 }, 2]), np.array([1.5, -1], "float32")) as np.NDArray).dtype, "complex128");
    assert.equal(np.polyval(np.array([1, 2], "float32"), 3), 5);
  });
});

describe("polyfit", () => {
  const x = [0, 0.5, 1.3, 2, 2.7, 3.1, 4];
  const y = x.map((t) => 2 * t * t - 3 * t + 0.5);
  test("recovers an exact polynomial", () => {
    close(np.polyfit(x, y, 2), [2, -3, 0.5], 1e-10);
    close(np.polyfit(x, y, { deg: 2 }), [2, -3, 0.5], 1e-10);
    close(np.polyfit(x, y, 2, { w: x.map((t) => 1 + t) }), [2, -3, 0.5], 1e-10);
    const c2 = np.polyfit(x, np.stack([np.array(y), np.array(y).multiply(2)], 1), 2) as np.NDArray;
    assert.deepEqual(c2.shape, [3, 2]);
    close(c2.get(":", 1), [4, -6, 1], 1e-10);
  });
  test("full and cov outputs", () => {
    const [c, resids, rank, s, rcond] = np.polyfit(x, y, 1, null, true) as [np.NDArray, np.NDArray, number, np.NDArray, number];
    assert.deepEqual(c.shape, [2]);
    assert.deepEqual(resids.shape, [1]);
    assert.equal(rank, 2);
    assert.deepEqual(s.shape, [2]);
    assert.equal(rcond, 7 * 2 ** -52);
    const [c1, V] = np.polyfit(x, y, 1, { cov: true }) as [np.NDArray, np.NDArray];
    assert.deepEqual([c1.shape, V.shape], [[2], [2, 2]]);
    const [, Vu] = np.polyfit(x, y, 1, { cov: "unscaled" }) as [np.NDArray, np.NDArray];
    const ratio = (V.get(0, 0) as number) / (Vu.get(0, 0) as number);
    assert.ok(Math.abs(ratio - (resids.get(0) as number) / (7 - 2)) < 1e-12 * ratio);
  });
  test("a rank-deficient fit warns (RankWarning), unless full output is asked for", async () => {
    const [, seen] = await withWarnings(() => np.polyfit([0, 1, 2], [1, 2, 3.5], 5));
    assert.deepEqual(seen, ["RankWarning: Polyfit may be poorly conditioned"]);
    const [full, none] = await withWarnings(() => np.polyfit([0, 1, 2], [1, 2, 3.5], 5, { full: true }) as unknown[]);
    assert.deepEqual([full[2], none], [3, []]);
  });
  test("errors", () => {
    const t = (f: () => unknown, name: string, message: string) => assert.throws(f, { name, message });
    t(() => np.polyfit([1, 2], [1, 2], -1), "ValueError", "expected deg >= 0");
    t(() => np.polyfit([[1, 2]], [1, 2], 1), "TypeError", "expected 1D vector for x");
    t(() => np.polyfit([], [], 1), "TypeError", "expected non-empty vector for x");
    t(() => np.polyfit([1, 2], [[[1]]], 1), "TypeError", "expected 1D or 2D array for y");
    t(() => np.polyfit([1, 2], [1, 2, 3], 1), "TypeError", "expected x and y to have same length");
    t(() => np.polyfit([1, 2], [1, 2], 1, { w: [1] }), "TypeError", "expected w and y to have the same length");
    t(() => np.polyfit([1, 2, 3], [1, 2, 3], 2, { cov: true }), "ValueError", "the number of data points must exceed order to scale the covariance matrix");
    t(() => np.polyfit([1, 2], [1, 2], 1, { deg: 1 }), "TypeError", "polyfit() got multiple values for argument 'deg'");
    t(() => np.polyfit([1, 2], [1, 2], { x: 1 } as never), "TypeError", "polyfit() got an unexpected keyword argument 'x'");
    t(() => np.polyfit([1, 2], [1, 2]), "TypeError", "polyfit() missing 1 required positional argument: 'deg'");
  });
});

describe("polynomial arithmetic", () => {
  test("add, sub, mul with padding and NumPy's dtypes", () => {
    assert.deepEqual((np.polyadd([1, 2], [9, 5, 4]) as np.NDArray).tolist(), [9, 6, 6]);
    assert.deepEqual((np.polysub([2, 10, -2], [3, 10, -4]) as np.NDArray).tolist(), [-1, 0, 2]);
    assert.deepEqual((np.polymul([1, 2, 3], [9, 5, 1]) as np.NDArray).tolist(), [9, 23, 38, 17, 3]);
    assert.deepEqual((np.polymul([0, 0, 1, 2], [0, 3]) as np.NDArray).tolist(), [3, 6]);
    assert.equal((np.polyadd(np.array([1], "int8"), np.array([1, 2], "float32")) as np.NDArray).dtype, "float32");
  });
  test("polydiv: quotient and remainder; u == q*v + r", () => {
    const [q, r] = np.polydiv([3, 5, 2], [2, 1]) as [np.NDArray, np.NDArray];
    assert.deepEqual([q.tolist(), r.tolist()], [[1.5, 1.75], [0.25]]);
    const [q2, r2] = np.polydiv([1, -3, 2], [1, -1]) as [np.NDArray, np.NDArray];
    assert.deepEqual([q2.tolist(), r2.tolist()], [[1, -2], [0]]);
    const [q3, r3] = np.polydiv([1, 2], [1, 2, 3]) as [np.NDArray, np.NDArray];
    assert.deepEqual([q3.tolist(), r3.tolist()], [[0], [1, 2]]);
    assert.equal((np.polydiv(np.array([1, 2], "float32"), np.array([1], "float32")) as np.NDArray[])[0]!.dtype, "float32");
  });
  test("polyder and polyint", () => {
    assert.deepEqual((np.polyder([1, 1, 1, 1]) as np.NDArray).tolist(), [3, 2, 1]);
    assert.deepEqual((np.polyder([1, 1, 1, 1], { m: 2 }) as np.NDArray).tolist(), [6, 2]);
    assert.deepEqual((np.polyder([1, 2], 5) as np.NDArray).tolist(), []);
    assert.equal((np.polyder(np.array([1, 2], "float32")) as np.NDArray).dtype, "float64");
    assert.deepEqual((np.polyint([3, 2, 1]) as np.NDArray).tolist(), [1, 1, 1, 0]);
    assert.deepEqual((np.polyint([1, 2], 0) as np.NDArray).tolist(), [1, 2]);
    close(np.polyint([3, 2, 1], 2, [1, 2]), [0.25, 1 / 3, 0.5, 1, 2], 1e-15);
    close(np.polyint([6], 3, 5), [1, 5 / 2, 5, 5], 1e-15);
    assert.throws(() => np.polyder([1, 2], -1), { name: "ValueError", message: "Order of derivative must be positive (see polyint)" });
    assert.throws(() => np.polyint([1, 2], -1), { name: "ValueError", message: "Order of integral must be positive (see polyder)" });
    assert.throws(() => np.polyint([1, 2], 3, [1, 2]), { name: "ValueError", message: "k must be a scalar or a rank-1 array of length 1 or >m." });
    assert.throws(() => np.polyder(5), { name: "TypeError", message: "len() of unsized object" });
  });
});

describe("poly1d", () => {
  const p = np.poly1d([1, 2, 3]);
  test("callable, with or without new; coefficients trimmed; attributes", () => {
    assert.equal(p(0.5), 4.25);
    assert.equal(new np.poly1d([1, 2])(3), 5);
    assert.ok(p instanceof np.poly1d);
    assert.deepEqual(np.poly1d([0, 0, 1.5]).coeffs.tolist(), [1.5]);
    assert.deepEqual(np.poly1d([0, 0]).coeffs.tolist(), [0]);
    assert.deepEqual([p.order, p.o, p.length, p.variable], [2, 2, 2, "x"]);
    assert.deepEqual(np.poly1d([1, 2], true).coeffs.tolist(), [1, -3, 2]);
    assert.deepEqual(np.poly1d([1, 2], { r: true, variable: "t" }).variable, "t");
    assert.equal(p.roots.dtype, "complex128");
    assert.deepEqual([...p], [1, 2, 3]);
    assert.throws(() => np.poly1d([[1, 2]]), { name: "ValueError", message: "Polynomial must be 1d only." });
  });
  test("operators as methods", () => {
    const q = np.poly1d([2, 1]);
    assert.deepEqual(p.add(q).coeffs.tolist(), [1, 4, 4]);
    assert.deepEqual(p.subtract([1]).coeffs.tolist(), [1, 2, 2]);
    assert.deepEqual(p.multiply(q).coeffs.tolist(), [2, 5, 8, 3]);
    assert.deepEqual(p.multiply(2).coeffs.tolist(), [2, 4, 6]);
    assert.deepEqual(p.power(2).coeffs.tolist(), [1, 4, 10, 12, 9]);
    assert.deepEqual(p.negative().coeffs.tolist(), [-1, -2, -3]);
    const [dq, dr] = p.true_divide(q) as np.poly1d[];
    assert.deepEqual([dq!.coeffs.tolist(), dr!.coeffs.tolist()], [[0.5, 0.75], [2.25]]);
    assert.deepEqual((p.true_divide(2) as np.poly1d).coeffs.tolist(), [0.5, 1, 1.5]);
    assert.equal(p.equal(np.poly1d([1, 2, 3.0])), true);
    assert.equal(p.not_equal(q), true);
    assert.deepEqual([p.get(0), p.get(2), p.get(3), p.get(-1)], [3, 1, 0, 0]);
    assert.deepEqual(p.deriv().coeffs.tolist(), [2, 2]);
    assert.deepEqual(p.integ(1, 5).coeffs.tolist(), [1 / 3, 1, 3, 5]);
    assert.deepEqual((p(np.poly1d([1, 1])) as np.poly1d).coeffs.tolist(), [1, 4, 6]);
    assert.throws(() => p.power(1.5), { name: "ValueError", message: "Power to non-negative integers only." });
  });
  test("set grows the polynomial; negative powers are refused", () => {
    const r = np.poly1d([1, 2]);
    r.set(3, 7);
    assert.deepEqual(r.coeffs.tolist(), [7, 0, 1, 2]);
    assert.throws(() => r.set(-1, 1), { name: "ValueError", message: "Does not support negative powers." });
  });
  test("NumPy's str and repr", () => {
    assert.equal(String(p), "   2\n1 x + 2 x + 3");
    assert.equal(p.repr(), "poly1d([1, 2, 3])");
    assert.equal(String(np.poly1d([1.5, 0, -2.25, 1e-7, 3], { variable: "z" })), "     4        2\n1.5 z - 2.25 z + 1e-07 z + 3");
    assert.equal(String(np.poly1d([0])), " \n0");
  });
});

describe("polyval, polyadd, polymul against naive references (property)", () => {
  const coeffs = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 6 });
  test("polyval is Horner's scheme in float64, bit for bit", () => {
    fc.assert(
      fc.property(coeffs, fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 5 }), (p, xs) => {
        const want = xs.map((x) => p.reduce((y, c) => y * x + c, 0));
        assert.deepEqual((np.polyval(np.array(p, "float64"), np.array(xs, "float64")) as np.NDArray).tolist(), want);
      }),
    );
  });
  test("polyadd pads the shorter operand; polymul is the convolution", () => {
    const ints = fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(ints, ints, (a, b) => {
        const n = Math.max(a.length, b.length);
        const pa = [...Array(n - a.length).fill(0), ...a];
        const pb = [...Array(n - b.length).fill(0), ...b];
        assert.deepEqual((np.polyadd(a, b) as np.NDArray).tolist(), pa.map((v, i) => v + pb[i]!));
        const ta = a.slice(Math.max(0, a.findIndex((v) => v !== 0)));
        const tb = b.slice(Math.max(0, b.findIndex((v) => v !== 0)));
        const conv = Array(ta.length + tb.length - 1).fill(0);
        ta.forEach((x, i) => tb.forEach((y, j) => (conv[i + j] += x * y)));
        const aZero = a.every((v) => v === 0);
        const bZero = b.every((v) => v === 0);
        if (!aZero && !bZero) assert.deepEqual((np.polymul(a, b) as np.NDArray).tolist(), conv);
      }),
    );
  });
});

test("poly, roots, polyval, polyadd, polysub, polymul, polydiv reject unknown options (Python's TypeError)", () => {
  const call = (f: unknown, ...a: unknown[]) => (f as (...x: unknown[]) => unknown)(...a);
  for (const [name, args] of [
    ["poly", [[1, 2]]],
    ["roots", [[1, 2]]],
    ["polyval", [[1], 2]],
    ["polyadd", [[1], [2]]],
    ["polysub", [[1], [2]]],
    ["polymul", [[1], [2]]],
    ["polydiv", [[1], [2]]],
  ] as const) {
    assert.throws(() => call((np as unknown as Record<string, unknown>)[name], ...args, { foo: 1 }), { name: "TypeError", message: `${name}() got an unexpected keyword argument 'foo'` });
  }
});
