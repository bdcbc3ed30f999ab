// np.median, np.quantile and np.percentile against NumPy 2.4.6 (expected values printed by NumPy,
// compared exactly: NumPy's virtual indexes and two-sided lerp are reproduced operation for operation).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const x = np.arange(7, { dtype: "float64" }).power(2);
const QS = [0, 0.1, 0.3, 0.5, 0.77, 1];

test("quantile: NumPy's 13 methods", () => {
  const want: Record<string, number[]> = {
    inverted_cdf: [0, 0, 4, 9, 25, 36],
    averaged_inverted_cdf: [0, 0, 4, 9, 25, 36],
    closest_observation: [0, 0, 1, 9, 16, 36],
    interpolated_inverted_cdf: [0, 0, 1.3000000000000003, 6.5, 19.510000000000005, 36],
    hazen: [0, 0.20000000000000018, 2.8000000000000003, 9, 24.010000000000005, 36],
    weibull: [0, 0, 2.1999999999999997, 9, 26.76, 36],
    linear: [0, 0.6000000000000001, 3.3999999999999995, 9, 21.580000000000002, 36],
    median_unbiased: [0, 0.06666666666666665, 2.5999999999999996, 9, 24.820000000000004, 36],
    normal_unbiased: [0, 0.10000000000000009, 2.650000000000001, 9, 24.617500000000003, 36],
    lower: [0, 0, 1, 9, 16, 36],
    higher: [0, 1, 4, 9, 25, 36],
    midpoint: [0, 0.5, 2.5, 9, 20.5, 36],
    nearest: [0, 1, 4, 9, 25, 36],
  };
  for (const [method, values] of Object.entries(want)) {
    const r = np.quantile(x, QS, { method }) as np.NDArray;
    assert.deepEqual([r.dtype, r.tolist()], ["float64", values], method);
  }
});

test("percentile and quantile: axes, keepdims, q's shape first, dtypes", () => {
  assert.equal(np.percentile([1, 2, 3, 4, 5], 90), 4.6);
  assert.deepEqual((np.percentile(np.arange(10), [10, 33.3, 50, 99.9]) as np.NDArray).tolist(), [0.9, 2.997, 4.5, 8.991000000000001]);
  assert.deepEqual((np.quantile([[10, 7, 4], [3, 2, 1]], [0.25, 0.75], 1) as np.NDArray).tolist(), [[5.5, 1.5], [8.5, 2.5]]);
  assert.deepEqual((np.percentile(np.arange(24).reshape(4, 6), [30, 60], 1, { keepdims: true }) as np.NDArray).tolist(), [
    [[1.5], [7.5], [13.5], [19.5]], [[3], [9], [15], [21]],
  ]);
  // methods that take a value keep the dtype; a JS-number q keeps float32 (NumPy's weak scalar)
  const lower = np.percentile(np.array([1, 2, 3, 4]), 40, { method: "lower", keepdims: true }) as np.NDArray;
  assert.deepEqual([lower.dtype, lower.tolist()], ["int64", [2]]);
  const f32 = np.divide(np.arange(5, { dtype: "float32" }), 3) as np.NDArray;
  assert.equal((np.percentile(f32, 40, { keepdims: true }) as np.NDArray).dtype, "float32");
  assert.equal(np.percentile(f32, 40), Math.fround(0.53333336));
  assert.equal((np.percentile(f32, [40]) as np.NDArray).dtype, "float64");
  assert.equal(np.quantile(np.array([2.5, 1], { dtype: "float32" }), 0.3), Math.fround(1.45));
  assert.equal(np.percentile(np.array([-3, 7, 2 ** 40, 11]), 61), 10.32);
  assert.equal(np.percentile(np.array([1e300, -1e300, 5]), 37), -2.6000000000000004e299);
  assert.ok(Number.isNaN(np.quantile(np.array([1, NaN, 3]), 0.5) as number));
  const out = np.zeros(2);
  assert.equal(np.quantile([[1, 2], [3, 4]], 0.5, 0, out), out);
  assert.deepEqual(out.tolist(), [2, 3]);
});

test("quantile errors are NumPy's", () => {
  assert.throws(() => np.percentile([1, 2], 101), { name: "ValueError", message: "Percentiles must be in the range [0, 100]" });
  assert.throws(() => np.quantile([1, 2], -0.1), { name: "ValueError", message: "Quantiles must be in the range [0, 1]" });
  assert.throws(() => np.quantile([1, 2], 0.5, { method: "foo" }), {
    name: "ValueError",
    message: "'foo' is not a valid method. Use one of: dict_keys(['inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear', 'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint', 'nearest'])",
  });
  assert.throws(() => np.quantile([], 0.5), { name: "IndexError", message: "index -1 is out of bounds for axis 0 with size 0" });
  assert.throws(() => np.quantile([{ re: 1, im: 1 }], 0.5), { name: "TypeError", message: "a must be an array of real numbers" });
});

test("median: middle value or mean of the two, axes, keepdims, NaN lanes", () => {
  assert.equal(np.median([3, 1, 4, 1, 5]), 3);
  assert.equal(np.median([3, 1, 4, 1]), 2);
  assert.deepEqual((np.median([[10, 7, 4], [3, 2, 1]], 0) as np.NDArray).tolist(), [6.5, 4.5, 2.5]);
  assert.deepEqual((np.median([[10, 7, 4], [3, 2, 1]], 1, { keepdims: true }) as np.NDArray).tolist(), [[7], [2]]);
  assert.deepEqual((np.median(np.arange(24).reshape(2, 3, 4), [0, 2]) as np.NDArray).tolist(), [7.5, 11.5, 15.5]);
  const nan = (np.median(np.array([[1.5, NaN, 2], [1, 2, 3]]), 1) as np.NDArray).tolist() as number[];
  assert.ok(Number.isNaN(nan[0]) && nan[1] === 2);
  const f32 = np.median(np.divide(np.arange(5, { dtype: "float32" }), 3), { keepdims: true }) as np.NDArray;
  assert.deepEqual([f32.dtype, f32.tolist()], ["float32", [Math.fround(0.6666667)]]);
  assert.equal(np.median([true, false, true]), 1);
});

test("quantile/percentile with weights: NumPy 2's weighted inverted_cdf (expected values from NumPy 2.4)", () => {
  const err = (f: () => unknown, name: string, message: string) => assert.throws(f, { name, message });
  const x = np.array([4, 1, 3, 2], "float64");
  const r = np.quantile(x, [0, 0.25, 0.5, 0.75, 1], { weights: np.array([0, 1, 2, 0]), method: "inverted_cdf" }) as np.NDArray;
  assert.equal(np.array_repr(r), "array([1., 1., 3., 3., 3.])");
  const m = np.array([[4, 1, 3], [2, 7, 5]], "float64");
  // 1-d weights along the axis
  const p = np.percentile(m, [10, 50, 90], { axis: 1, weights: np.array([1, 2, 3]), method: "inverted_cdf" }) as np.NDArray;
  assert.equal(np.array_repr(p), "array([[1., 2.],\n       [3., 5.],\n       [4., 7.]])");
  // weights of a's shape, keepdims
  const k = np.percentile(m, [10, 90], { axis: 0, weights: np.array([[1, 2, 3], [3, 0.5, 1]]), method: "inverted_cdf", keepdims: true }) as np.NDArray;
  assert.deepEqual([k.shape, k.tolist()], [[2, 1, 3], [[[2, 1, 3]], [[4, 7, 5]]]]);
  // an axis tuple: the weights' shape follows the axes' order
  const t = np.quantile(np.arange(24).reshape(2, 3, 4), [0.2, 0.6], { axis: [2, 0], weights: np.arange(8).reshape(4, 2), method: "inverted_cdf" }) as np.NDArray;
  assert.equal(np.array_repr(t), "array([[ 2,  6, 10],\n       [14, 18, 22]])");
  // a 0-d result is a 0-d array of a's dtype (NumPy's np.empty_like); a NaN lane gives NumPy's scalar nan
  assert.equal(np.array_repr(np.quantile(np.array([1, 2, 3], "int8"), 0.3, { weights: [1, 2, 3], method: "inverted_cdf" }) as np.NDArray), "array(2, dtype=int8)");
  assert.ok(Number.isNaN(np.quantile(np.array([1, NaN, 3]), 0.3, { weights: [1, 1, 1], method: "inverted_cdf" }) as number));
  err(() => np.quantile([1, 2, 3], 0.5, { weights: [1, 1, 1] }), "ValueError", "Only method 'inverted_cdf' supports weights. Got: linear.");
  err(() => np.quantile(m, 0.3, { weights: [1, 2, 3], method: "inverted_cdf" }), "TypeError", "Axis must be specified when shapes of a and weights differ.");
  err(() => np.quantile(m, 0.3, { axis: 0, weights: [1, 2, 3], method: "inverted_cdf" }), "ValueError", "Shape of weights must be consistent with shape of a along specified axis.");
  err(() => np.quantile([1, 2, 3], 0.3, { weights: [1, -2, 3], method: "inverted_cdf" }), "ValueError", "Weights must be non-negative.");
  err(() => np.quantile([1, 2, 3], 0.3, { weights: [0, 0, 0], method: "inverted_cdf" }), "ValueError", "Weights included NaN, inf or were all zero.");
  err(() => np.percentile([1, 2], 50, { interpolation: "lower" } as never), "TypeError", "percentile() got an unexpected keyword argument 'interpolation'");
});

test("median of complex: NumPy's sort order (NaN parts last), the mean of the middle two (NumPy 2.4)", () => {
  const z = np.array([[{ re: 1, im: 1 }, 3, 2], [{ re: 0, im: 4 }, 2, 1]]);
  assert.equal(np.array_repr(np.median(z, { axis: 1 }) as np.NDArray), "array([2.+0.j, 1.+0.j])");
  assert.equal(np.array_repr(np.median(np.array([{ re: 1.1, im: 1.3 }, 3.3, { re: 2.7, im: -1.1 }, 5], "complex64"), { keepdims: true }) as np.NDArray), "array([3.-0.55j], dtype=complex64)");
  // a lane holding NaN gives its last-sorted value, as NumPy's _median_nancheck
  assert.deepEqual(np.median(np.array([{ re: 1, im: 2 }, { re: 1, im: 1 }, { re: 1, im: NaN }, { re: NaN, im: 0 }])), { re: NaN, im: 0 });
  assert.deepEqual(np.median(np.array([{ re: 1, im: 1 }, { re: NaN, im: 1 }, 2])), { re: NaN, im: 1 });
});

test("median of empty lanes: 'scalar divide' for a whole-array result, 'divide' for an array of lanes or out= (NumPy 2.4)", async () => {
  const { captureWarnings } = await import("../../src/core/warnings.js");
  const seen = (f: () => unknown) => captureWarnings(f)[1].map((w) => w.message);
  const scalar = ["Mean of empty slice", "invalid value encountered in scalar divide"];
  const array = ["Mean of empty slice", "invalid value encountered in divide"];
  assert.deepEqual(seen(() => np.median(np.array([]))), scalar);
  assert.deepEqual(seen(() => np.median(np.zeros([0]), { keepdims: true })), scalar);
  assert.deepEqual(seen(() => np.median(np.zeros([0, 2]), { axis: 0 })), array);
  assert.deepEqual(seen(() => np.median(np.zeros([2, 0, 3]), { axis: [0, 1] })), array);
  assert.deepEqual(seen(() => np.median(np.zeros([0]), { out: np.zeros([]) })), array);
  assert.deepEqual(seen(() => np.median(np.zeros([0, 2], "complex128"), { axis: 0 })), array);
  assert.deepEqual(seen(() => np.median(np.zeros([0, 2]), { axis: 1 })), []);
  assert.deepEqual(seen(() => np.median(np.zeros([0, 0]), { axis: 0 })), ["Mean of empty slice"]);
  // float32 / complex64 totals are promoted by the int64 count: NumPy's divide ufunc, not scalar math
  assert.deepEqual(seen(() => np.median(np.zeros([0], "float32"))), array);
  assert.deepEqual(seen(() => np.median(np.zeros([0], "complex64"))), array);
  assert.deepEqual(seen(() => np.mean(np.zeros([0], "float32"))), array);
  assert.deepEqual(seen(() => np.mean(np.zeros([0], "complex64"))), array);
  assert.deepEqual(seen(() => np.mean(np.zeros([0], "int8"))), scalar);
});
