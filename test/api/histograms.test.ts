// np.histogram (bin estimators, weights, density), np.histogram_bin_edges, np.histogram2d and
// np.histogramdd against NumPy 2.4.6 (expected values printed by NumPy).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { withWarnings } from "../helpers/warnings.js";

const X = [0.5, 1.25, 2, 2.5, 3.75, 4, 4.5, 7, 9.5, 12.25, 13, 20];

test("histogram_bin_edges and histogram: NumPy's eight bin estimators", () => {
  const want: Record<string, [number[], number[]]> = {
    auto: [[0.5, 4.4, 8.3, 12.2, 16.1, 20.0], [6, 2, 1, 2, 1]],
    fd: [[0.5, 7.0, 13.5, 20.0], [7, 4, 1]],
    doane: [[0.5, 3.2857142857142856, 6.071428571428571, 8.857142857142858, 11.642857142857142, 14.428571428571427, 17.214285714285715, 20.0], [4, 3, 1, 1, 2, 0, 1]],
    scott: [[0.5, 7.0, 13.5, 20.0], [7, 4, 1]],
    stone: [[0.5, 5.375, 10.25, 15.125, 20.0], [7, 2, 2, 1]],
    rice: [[0.5, 4.4, 8.3, 12.2, 16.1, 20.0], [6, 2, 1, 2, 1]],
    sturges: [[0.5, 4.4, 8.3, 12.2, 16.1, 20.0], [6, 2, 1, 2, 1]],
    sqrt: [[0.5, 5.375, 10.25, 15.125, 20.0], [7, 2, 2, 1]],
  };
  for (const [est, [edges, counts]] of Object.entries(want)) {
    assert.deepEqual(np.histogram_bin_edges(X, est).tolist(), edges, est);
    const [h, e] = np.histogram(X, est);
    assert.deepEqual([h.dtype, h.tolist(), e.tolist()], ["int64", counts, edges], est);
  }
  // float32 data: rice, scott and stone widths are float32, the edges float32
  const x32 = np.array(X, "float32");
  assert.deepEqual(np.histogram_bin_edges(x32, "rice").tolist(), [0.5, 4.400000095367432, 8.300000190734863, 12.200000762939453, 16.100000381469727, 20.0]);
  assert.equal(np.histogram_bin_edges(x32, "scott").dtype, "float32");
  assert.deepEqual(np.histogram_bin_edges(x32, "stone").tolist(), [0.5, 5.375, 10.25, 15.125, 20.0]);
  // integer data: widths below 1 become 1 (NumPy 2)
  const xi = [1, 2, 2, 3, 3, 3, 4, 9];
  assert.deepEqual(np.histogram_bin_edges(xi, "fd").tolist(), [1.0, 2.142857142857143, 3.2857142857142856, 4.428571428571429, 5.571428571428571, 6.7142857142857135, 7.857142857142857, 9.0]);
  assert.deepEqual(np.histogram_bin_edges(xi, "sqrt").tolist(), [1.0, 3.6666666666666665, 6.333333333333333, 9.0]);
  assert.deepEqual(np.histogram_bin_edges(xi, "auto").tolist(), [1.0, 2.333333333333333, 3.6666666666666665, 5.0, 6.333333333333333, 7.666666666666666, 9.0]);
  assert.deepEqual(np.histogram_bin_edges(xi, "fd", [0, 5]).tolist(), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(np.histogram([], "auto").map((a) => a.tolist()), [[0], [0, 1]]);
  assert.deepEqual(np.histogram([5, 5, 5], "auto").map((a) => a.tolist()), [[3], [4.5, 5.5]]);
  assert.deepEqual(np.histogram([1, 2], "auto", { range: [5, 6] }).map((a) => a.tolist()), [[0], [5, 6]]);
  assert.deepEqual(np.histogram(np.array([1, 2, 2, 3, 100], "int8"), "rice").map((a) => a.tolist()), [[4, 0, 0, 1], [1, 25.75, 50.5, 75.25, 100]]);
  assert.deepEqual((np.histogram(np.arange(1000, { dtype: "float64" }).power(2), "stone")[0].get(":3") as np.NDArray).tolist(), [104, 42, 33]);
});

test("histogram: counts, ranges, weights (dtype kept), density, bool data", async () => {
  assert.deepEqual(np.histogram(X, 3, { range: [0, 10] })[0].tolist(), [4, 3, 2]);
  const w = np.arange(12).multiply(0.1);
  assert.deepEqual(np.histogram(X, 3, { weights: w })[0].tolist(), [2.1, 3.4, 1.1]);
  // given edges: NumPy's differences of cumulative weight sums (and their rounding)
  assert.deepEqual(np.histogram(X, [0, 3, 5, 20], { weights: w })[0].tolist(), [0.6000000000000001, 1.5, 4.500000000000002]);
  assert.equal(np.histogram(X, 3, { weights: np.arange(12, { dtype: "int8" }) })[0].dtype, "int8");
  assert.deepEqual(np.histogram(X, 3, { density: true })[0].tolist(), [0.08974358974358974, 0.05128205128205129, 0.012820512820512822]);
  assert.equal(String(np.histogram([1, 2], 2, { weights: [{ re: 1, im: 1 }, 2] })[0]), "[1.+1.j 2.+0.j]");
  assert.equal(String(np.histogram([1, 2], [0, 1, 2], { weights: [{ re: 1, im: 1 }, 2] })[0]), "[0.+0.j 3.+1.j]");
  assert.equal(String(np.histogram([1, 2], 2, { weights: [true, true] })[0]), "[ True  True]");
  assert.deepEqual(np.histogram([1, 2], [1]).map((a) => a.shape), [[0], [1]]);
  const [[h], seen] = await withWarnings(() => np.histogram([true, false, true], 2));
  assert.deepEqual(h.tolist(), [1, 2]);
  assert.deepEqual(seen, ["RuntimeWarning: Converting input from bool to <class 'numpy.uint8'> for compatibility."]);
});

test("histogram: float32 data with a range of JS integers divides in float64 (NumPy's uint64 span)", () => {
  // NumPy 2.4.6: np.histogram(np.linspace(-2, 3, 20001, dtype=np.float32), b, range=r)[0]
  const x = np.linspace(-2, 3, 20001, { dtype: "float32" });
  const counts = (b: number, r: [number, number]) => np.histogram(x, b, { range: r })[0].tolist();
  assert.deepEqual(counts(7, [-2, 2]), [2286, 2286, 2286, 2285, 2286, 2286, 2286]);
  assert.deepEqual(counts(3, [-1, 2]), [4000, 4000, 4001]);
  assert.deepEqual(counts(13, [0, 3]), [924, 923, 923, 923, 923, 923, 923, 923, 923, 923, 923, 923, 924]);
  assert.deepEqual(counts(17, [-2, 3]), [1177, 1176, 1177, 1176, 1177, 1176, 1177, 1176, 1177, 1176, 1177, 1176, 1177, 1176, 1177, 1176, 1177]);
});

test("histogram errors: NumPy's messages", () => {
  const err = (f: () => unknown, name: string, message: string) => assert.throws(f, { name, message });
  err(() => np.histogram([1, 2, 3], "foo"), "ValueError", "'foo' is not a valid estimator for `bins`");
  err(() => np.histogram([1, 2, 3], "auto", { weights: [1, 1, 1] }), "TypeError", "Automated estimation of the number of bins is not supported for weighted data");
  err(() => np.histogram([[1, 2], [3, 4]], 2, { weights: [1, 2, 3, 4] }), "ValueError", "weights should have the same shape as a.");
  err(() => np.histogram([1, 2], [[1, 2]]), "ValueError", "`bins` must be 1d, when an array");
  err(() => np.histogram([1, 2], 1.5), "TypeError", "`bins` must be an integer, a string, or an array");
  err(() => np.histogram([1, 2], 0), "ValueError", "`bins` must be positive, when an integer");
  err(() => np.histogram([1, 2], [3, 1]), "ValueError", "`bins` must increase monotonically, when an array");
  err(() => np.histogram([1, 2], 2, { range: [0, Infinity] }), "ValueError", "supplied range of [0, inf] is not finite");
  err(() => np.histogram([1, 2], 2, { range: [3, 1] }), "ValueError", "max must be larger than min in range parameter.");
  err(() => np.histogram([1, NaN], 2), "ValueError", "autodetected range of [nan, nan] is not finite");
  err(() => np.histogram([1, 2], [0, 1, 3], { weights: [true, true] }), "UFuncTypeError", "Cannot cast ufunc 'add' output from dtype('int64') to dtype('bool') with casting rule 'same_kind'");
  err(() => np.histogram([0.5], 5, { range: [0, 1e-323] }), "ValueError", "Too many bins for data range. Cannot create 5 finite-sized bins.");
  err(() => np.histogram(np.array([1, 1.0000001], "float32"), 5), "ValueError", "Too many bins for data range. Cannot create 5 finite-sized bins.");
  assert.throws(() => np.histogram([{ re: 1, im: 1 }], 2), { name: "NotImplementedError" });
});

test("histogram2d: bins as count, pair, shared edges, edge pair; range, density, weights", () => {
  const x = [1, 2, 3];
  const y = [4, 5, 7];
  const [h, xe, ye] = np.histogram2d(x, y, 2);
  assert.deepEqual([h.dtype, h.tolist(), xe.tolist(), ye.tolist()], ["float64", [[1, 0], [1, 1]], [1, 2, 3], [4, 5.5, 7]]);
  assert.deepEqual(np.histogram2d(x, y, { bins: [2, 3], density: true })[0].tolist(), [[0.3333333333333333, 0, 0], [0, 0.3333333333333333, 0.3333333333333333]]);
  assert.deepEqual(np.histogram2d([1, 2], [1, 2], { bins: [1, 2, 3] }).map((a) => a.tolist()), [[[1, 0], [0, 1]], [1, 2, 3], [1, 2, 3]]);
  assert.deepEqual(np.histogram2d([1, 2], [1, 2], { bins: [[0, 1, 2], [0, 2]] }).map((a) => a.tolist()), [[[0], [2]], [0, 1, 2], [0, 2]]);
  assert.deepEqual(np.histogram2d(x, y, 2, [[0, 4], null]).map((a) => a.tolist()), [[[1, 0], [1, 1]], [0, 2, 4], [4, 5.5, 7]]);
  assert.deepEqual(np.histogram2d(x, y, 1, { weights: [0.5, 1, 2] })[0].tolist(), [[3.5]]);
  assert.equal(np.histogram2d(np.array(x, "float32"), y, 2)[1].dtype, "float64");
  assert.deepEqual(np.histogram2d([], [])[0].shape, [10, 10]);
  assert.throws(() => np.histogram2d([1, 2], [1, 2, 3]), { name: "ValueError", message: "x and y must have the same length." });
});

test("histogramdd: (N, D) arrays and coordinate lists, per-dimension bins and ranges, errors", () => {
  const [h, edges] = np.histogramdd([[1, 2], [3, 4]], 2);
  assert.deepEqual([h.tolist(), edges.map((e) => e.tolist())], [[[1, 0], [0, 1]], [[1, 1.5, 2], [3, 3.5, 4]]]);
  assert.deepEqual(np.histogramdd(np.array([[1, 3], [2, 4]]), 2)[0].tolist(), [[1, 0], [0, 1]]);
  assert.deepEqual(np.histogramdd([[1, 2], [3, 4]], { bins: 2, density: true })[0].tolist(), [[2, 0], [0, 2]]);
  assert.deepEqual(np.histogramdd([[1, 2], [3, 4]], { weights: np.array([1, 2], "int8"), bins: 2 })[0].tolist(), [[1, 0], [0, 2]]);
  const f32 = np.histogramdd(np.array([[1, 1], [1, 1]], "float32"), 2)[1];
  assert.deepEqual(f32.map((e) => [e.dtype, e.tolist()]), [["float32", [0.5, 1, 1.5]], ["float32", [0.5, 1, 1.5]]]);
  assert.deepEqual(np.histogramdd(np.array([[1, 2], [3, 4]], "int8"), 2)[1].map((e) => e.dtype), ["float64", "float64"]);
  assert.deepEqual(np.histogramdd([1, 2, 3])[0].tolist(), [1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
  assert.deepEqual(np.histogramdd(np.zeros([0, 2]))[0].shape, [10, 10]);
  const err = (f: () => unknown, name: string, message: string) => assert.throws(f, { name, message });
  const s = [[1, 2], [3, 4]];
  err(() => np.histogramdd(s, { bins: [2, 2, 2] }), "ValueError", "The dimension of bins must be equal to the dimension of the sample x.");
  err(() => np.histogramdd(s, { range: [[0, 1]] }), "ValueError", "range argument must have one entry per dimension");
  err(() => np.histogramdd(s, { bins: 0 }), "ValueError", "`bins[0]` must be positive, when an integer");
  err(() => np.histogramdd(s, { bins: 1.5 }), "TypeError", "`bins[0]` must be an integer, when a scalar");
  err(() => np.histogramdd(s, { bins: [[2, 1], 3] }), "ValueError", "`bins[0]` must be monotonically increasing, when an array");
  err(() => np.histogramdd(s, { bins: [[[2]], 3] }), "ValueError", "`bins[0]` must be a scalar or 1d array");
  err(() => np.histogramdd(np.zeros([2, 2, 2])), "ValueError", "too many values to unpack (expected 2)");
  err(() => np.histogramdd(s, { weights: [1, 2, 3] }), "ValueError", "The weights and list don't have the same length.");
  err(() => np.histogramdd([[1, NaN], [3, 4]]), "ValueError", "autodetected range of [nan, nan] is not finite");
  err(() => np.histogramdd(s, { range: [[1, 0], null] }), "ValueError", "max must be larger than min in range parameter.");
});
