// np.cov and np.corrcoef against NumPy 2.4.6 (expected values printed by NumPy, to 1e-12).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { withWarnings } from "../helpers/warnings.js";

type Cx = { re: number; im: number };
const close = (got: unknown, want: unknown, where: string): void => {
  if (Array.isArray(want)) {
    assert.ok(Array.isArray(got) && got.length === want.length, `${where}: shape`);
    want.forEach((w, i) => close((got as unknown[])[i], w, `${where}[${i}]`));
  } else if (typeof want === "object" && want !== null) {
    close((got as Cx).re, (want as Cx).re, `${where}.re`);
    close((got as Cx).im, (want as Cx).im, `${where}.im`);
  } else {
    const g = got as number;
    const w = want as number;
    assert.ok(Math.abs(g - w) <= 1e-12 * Math.max(1, Math.abs(w)), `${where}: ${g} != ${w}`);
  }
};
const cx = (rows: number[][][]): Cx[][] => rows.map((r) => r.map(([re, im]) => ({ re: re!, im: im! })));

test("cov: rows or columns as variables, bias, ddof, frequency and analytic weights, complex", () => {
  const a = np.arange(12).reshape(3, 4);
  close(np.cov([[0, 1, 2], [2, 1, 0]]).tolist(), [[1, -1], [-1, 1]], "rows");
  close(np.cov([-2.1, -1, 4.3], [3, 1.1, 0.12]).tolist(), [[11.709999999999999, -4.2860000000000005], [-4.2860000000000005, 2.1441333333333334]], "x, y");
  const one = np.cov([-2.1, -1, 4.3]);
  assert.deepEqual(one.shape, []); // NumPy: array(11.71), a 0-d array
  close(one.item(), 11.709999999999999, "one variable");
  close(np.cov(a, { rowvar: false }).tolist(), [[16, 16, 16, 16], [16, 16, 16, 16], [16, 16, 16, 16], [16, 16, 16, 16]], "rowvar");
  close(np.cov(a, { bias: true }).tolist(), [[1.25, 1.25, 1.25], [1.25, 1.25, 1.25], [1.25, 1.25, 1.25]], "bias");
  close((np.cov(a, { fweights: [1, 2, 1, 3] }).get(0) as np.NDArray).tolist(), [1.4761904761904758, 1.4761904761904763, 1.4761904761904758], "fweights");
  close((np.cov(a, { aweights: [0.5, 2, 1, 3] }).get(1) as np.NDArray).tolist(), [1.625, 1.625, 1.625], "aweights");
  close((np.cov(a, { fweights: [1, 2, 1, 3], aweights: [0.5, 2, 1, 3] }).get(0) as np.NDArray).tolist(), [1.1580459770114941, 1.158045977011494, 1.1580459770114944], "both");
  close((np.cov(a, null, true, false, 0, [1, 2, 1, 3], [0.5, 2, 1, 3]).get(0) as np.NDArray).tolist(), [0.9583828775267538, 0.9583828775267537, 0.958382877526754], "positional, ddof 0");
  const c = np.array([[{ re: 1, im: 2 }, 3, { re: 4, im: -1 }], [0, { re: 0, im: 1 }, 2]]);
  close(np.cov(c).tolist(), cx([[[4.666666666666667, 0], [1.1666666666666667, -1.5000000000000002]], [[1.1666666666666667, 1.5000000000000002], [1.666666666666667, 0]]]), "complex");
  assert.equal(np.cov(np.arange(6, { dtype: "float32" }).reshape(2, 3)).dtype, "float64");
  assert.equal(np.cov(np.arange(6).reshape(2, 3), { dtype: "float32" }).dtype, "float32");
  assert.deepEqual(np.cov(np.zeros([0, 3])).shape, [0, 0]);
});

test("cov with dtype float32: scaled by a float64 1/fact (NumPy's c *= np.true_divide(1, fact)), rounded once", () => {
  // NumPy 2.4: 3.5833333 (a float32 1/3 would give 3.5833335)
  assert.equal(np.array_repr(np.cov(np.array([6, 5, 5, 9]), { dtype: "float32" })), "array(3.5833333, dtype=float32)");
});

test("cov: NumPy's errors and its warnings for too few samples", async () => {
  const a = np.arange(12).reshape(3, 4);
  assert.throws(() => np.cov(a, { fweights: [1, 2.5, 1, 3] }), { name: "TypeError", message: "fweights must be integer" });
  assert.throws(() => np.cov(a, { fweights: [1, 2, 1] }), { name: "RuntimeError", message: "incompatible numbers of samples and fweights" });
  assert.throws(() => np.cov(a, { aweights: [[1, 2, 1, 3]] }), { name: "RuntimeError", message: "cannot handle multidimensional aweights" });
  assert.throws(() => np.cov(a, { aweights: [1, -2, 1, 3] }), { name: "ValueError", message: "aweights cannot be negative" });
  assert.throws(() => np.cov(np.zeros([2, 2, 2])), { name: "ValueError", message: "m has more than 2 dimensions" });
  assert.throws(() => np.cov(a, np.zeros([2, 2, 2])), { name: "ValueError", message: "y has more than 2 dimensions" });
  assert.throws(() => np.cov(a, { ddof: 1.5 }), { name: "ValueError", message: "ddof must be integer" });
  const [r, warnings] = await withWarnings(() => np.cov([1.0]));
  assert.ok(Number.isNaN(r.item() as number));
  assert.deepEqual(warnings, ["RuntimeWarning: Degrees of freedom <= 0 for slice", "RuntimeWarning: divide by zero encountered in divide", "RuntimeWarning: invalid value encountered in multiply"]);
});

test("corrcoef: normalised covariances, clipped; one variable gives a scalar", async () => {
  close((np.corrcoef([[0, 1, 2], [2, 1, 0.5]]) as np.NDArray).tolist(), [[1, -0.9819805060619656], [-0.9819805060619656, 1]], "rows");
  close((np.corrcoef([1, 2, 3], [1, 5, 7]) as np.NDArray).tolist(), [[1, 0.9819805060619656], [0.9819805060619656, 1]], "x, y");
  const c = np.array([[{ re: 1, im: 2 }, 3, { re: 4, im: -1 }], [0, { re: 0, im: 1 }, 2]]);
  close((np.corrcoef(c) as np.NDArray).tolist(), cx([[[1, 0], [0.4183300132670378, -0.5378528742004771]], [[0.4183300132670377, 0.5378528742004771], [1, 0]]]), "complex");
  assert.equal(np.corrcoef([1, 2, 3]), 1);
  const [z, warnings] = await withWarnings(() => np.corrcoef([1, 1, 1]));
  assert.ok(Number.isNaN(z as number));
  assert.deepEqual(warnings, ["RuntimeWarning: invalid value encountered in divide"]);
});

test("histogram: equal-width bins (NumPy's fast path), given edges, range, weights, density, errors (NumPy 2.4.6)", () => {
    const h = (a: np.ArrayLike, ...rest: unknown[]) => (np.histogram as unknown as (a: np.ArrayLike, ...r: unknown[]) => np.NDArray[])(a, ...rest).map(String);
  assert.deepEqual(h([1, 2, 1], 3), ["[2 0 1]", "[1.         1.33333333 1.66666667 2.        ]"]);
  assert.deepEqual(h([1, 2, 1], [0, 1, 2, 3]), ["[0 2 1]", "[0 1 2 3]"]);
  assert.deepEqual(h([2], [0, 1, 2, 2]), ["[0 0 1]", "[0 1 2 2]"]);
  assert.deepEqual(h([1], [0, 1, 1, 2]), ["[0 0 1]", "[0 1 1 2]"]);
  assert.deepEqual(h(np.arange(10), 3), ["[3 3 4]", "[0. 3. 6. 9.]"]);
  assert.deepEqual(h(np.divide(np.arange(10, { dtype: "float64" }), 7) as np.NDArray, 4, { range: [0.1, 1.2] }), ["[2 2 2 2]", "[0.1   0.375 0.65  0.925 1.2  ]"]);
  const [c32, e32] = np.histogram(np.divide(np.arange(10, { dtype: "float32" }), 7) as np.NDArray, 4);
  assert.deepEqual([String(c32), e32.dtype, String(e32)], ["[3 2 2 3]", "float32", "[0.         0.32142857 0.64285713 0.96428573 1.2857143 ]"]);
  assert.deepEqual(h([1, 2, 3, 4], 2, { weights: [0.5, 1, 2, 4] }), ["[1.5 6. ]", "[1.  2.5 4. ]"]);
  assert.deepEqual(h([1, 2, 3, 4], [0, 1.5, 4], { density: true }), ["[0.16666667 0.3       ]", "[0.  1.5 4. ]"]);
  assert.deepEqual(h([1, 2, 3, 4], 3, { density: true }), ["[0.25 0.25 0.5 ]", "[1. 2. 3. 4.]"]);
  assert.deepEqual(h([], 3), ["[0 0 0]", "[0.         0.33333333 0.66666667 1.        ]"]);
  assert.deepEqual(h([5, 5, 5], 2), ["[0 3]", "[4.5 5.  5.5]"]);
  assert.throws(() => np.histogram([1, 2], [3, 1]), { name: "ValueError", message: "`bins` must increase monotonically, when an array" });
  assert.throws(() => np.histogram([1, 2], 0), { name: "ValueError", message: "`bins` must be positive, when an integer" });
  assert.throws(() => np.histogram([1, Infinity], 3), { name: "ValueError", message: "autodetected range of [1.0, inf] is not finite" });
  assert.throws(() => np.histogram([1, 2], 2, { range: [3, 1] }), { name: "ValueError", message: "max must be larger than min in range parameter." });
  assert.throws(() => np.histogram([1, 2], 2, { weights: [1] }), { name: "ValueError", message: "weights should have the same shape as a." });
});

test("digitize: increasing and decreasing bins, right, NaN last, empty bins, errors (NumPy 2.4.6)", () => {
  const l = (r: np.NDArray | number) => (typeof r === "number" ? r : r.tolist());
  assert.deepEqual(l(np.digitize([0.2, 6.4, 3.0, 1.6], [0.0, 1.0, 2.5, 4.0, 10.0])), [1, 4, 3, 2]);
  assert.deepEqual(l(np.digitize([0.2, 6.4, 3.0, 1.6], [10.0, 4.0, 2.5, 1.0, 0.0])), [4, 1, 2, 3]);
  assert.deepEqual(l(np.digitize([1, 2.5, 4], [1, 2.5, 4], true)), [0, 1, 2]);
  assert.deepEqual(l(np.digitize([1, 2.5, 4], [4, 2.5, 1], { right: true })), [3, 2, 1]);
  assert.equal(np.digitize(3, [1, 5]), 1);
  assert.deepEqual(l(np.digitize([NaN, 1], [0, 2])), [2, 1]);
  assert.deepEqual([l(np.digitize([1, 2], [])), l(np.digitize([1, 2], [5]))], [[0, 0], [0, 0]]);
  assert.throws(() => np.digitize([1], [1, 3, 2]), { name: "ValueError", message: "bins must be monotonically increasing or decreasing" });
  assert.throws(() => np.digitize([{ re: 0, im: 1 }], [1, 2]), { name: "TypeError", message: "x may not be complex" });
});

test("digitize judges monotonicity as NumPy's check_array_monotonic: NaN edges pass, the first change sets the direction (NumPy 2.4)", () => {
  const l = (r: np.NDArray | number) => (typeof r === "number" ? r : r.tolist());
  assert.deepEqual(l(np.digitize([[2.5, NaN]], [1, 2, 3, NaN])), [[2, 4]]);
  assert.deepEqual(l(np.digitize([2.5, NaN], [NaN, 3, 2, 1])), [2, 0]);
  assert.deepEqual(l(np.digitize([2.5, NaN], [1, 2, NaN, 3])), [2, 4]);
  assert.deepEqual(l(np.digitize([2.5, 1], [2, 2, 1, 1, 0])), [0, 2]);
  assert.deepEqual(l(np.digitize([2.5, 1], [2, 2, 2])), [3, 0]);
  assert.throws(() => np.digitize([1], [1, 1, 2, 2, 1]), { name: "ValueError", message: "bins must be monotonically increasing or decreasing" });
});

test("digitize of 0-d bins is NumPy's 'too small depth' error", () => {
  assert.throws(() => np.digitize([1], 2), { name: "ValueError", message: "object of too small depth for desired array" });
  assert.throws(() => np.digitize([1], [[1, 2]]), { name: "ValueError", message: "object too deep for desired array" });
});
