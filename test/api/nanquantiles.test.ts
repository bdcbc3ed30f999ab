// np.nanmedian, np.nanquantile and np.nanpercentile against NumPy 2.4.6 (expected values printed
// by NumPy), with NumPy's RuntimeWarnings.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { withWarnings } from "../helpers/warnings.js";

const x = np.array([[1, NaN, 3, 8], [NaN, NaN, NaN, NaN], [4, 5, NaN, 2.5]]);
const list = (r: unknown) => (r as np.NDArray).tolist();

test("nanmedian: NaNs skipped per lane, axes, keepdims, dtypes", async () => {
  const [r, seen] = await withWarnings(() => np.nanmedian(x, 1));
  assert.deepEqual(list(r), [3, NaN, 4]);
  assert.deepEqual(seen, ["RuntimeWarning: All-NaN slice encountered"]);
  assert.deepEqual(list(np.nanmedian(x, 0)), [2.5, 5, 3, 5.25]);
  assert.equal(np.nanmedian(x), 3.5);
  assert.equal(np.nanmedian([1, NaN, 3, 2]), 2);
  assert.equal(np.nanmedian(np.array([1, NaN, 2], "float32")), 1.5);
  const r32 = np.nanmedian(x.astype("float32"), 1) as np.NDArray;
  assert.deepEqual([r32.dtype, r32.tolist()], ["float32", [3, NaN, 4]]);
  assert.deepEqual(list(np.nanmedian(np.array([[1, 2], [3, 4]], "int16"), 0)), [2, 3]);
  assert.deepEqual(list(np.nanmedian([[1, NaN], [2, 3]], { keepdims: true })), [[2]]);
  assert.equal(np.nanmedian([[1, NaN], [2, 3]], [0, 1]), 2);
  const out = np.zeros(3, "float32");
  assert.equal(np.nanmedian(x, 1, out), out);
  assert.deepEqual(out.tolist(), [3, NaN, 4]);
});

test("nanmedian of empty lanes: NaN with 'Mean of empty slice'", async () => {
  const [r, seen] = await withWarnings(() => np.nanmedian([]));
  assert.ok(Number.isNaN(r));
  assert.deepEqual(seen, ["RuntimeWarning: Mean of empty slice"]);
  assert.deepEqual(list(np.nanmedian(np.zeros([2, 0]), 1)), [NaN, NaN]);
  const [e, none] = await withWarnings(() => np.nanmedian(np.zeros([0, 2]), 1));
  assert.deepEqual([list(e), none], [[], []]);
});

test("nanquantile / nanpercentile: methods, q shapes, float32 with a JS-number q", async () => {
  assert.deepEqual(list(np.nanquantile(x, [0.25, 0.9], 1)), [[2, NaN, 3.25], [7, NaN, 4.8]]);
  assert.deepEqual(list(np.nanpercentile(x, 40, 1, { method: "nearest" })), [3, NaN, 4]);
  assert.deepEqual(list(np.nanpercentile(x, 40, 1, { method: "midpoint" })), [2, NaN, 3.25]);
  assert.equal(np.nanpercentile([1, NaN, 2, 5], 30, { method: "lower" }), 1);
  const q32 = np.nanquantile(x.astype("float32"), 0.3, 1) as np.NDArray;
  assert.deepEqual([q32.dtype, q32.tolist()], ["float32", [2.200000047683716, NaN, 3.4000000953674316]]);
  const q64 = np.nanquantile(x.astype("float32"), [0.3], 1) as np.NDArray;
  assert.deepEqual([q64.dtype, q64.tolist()], ["float64", [[2.2, NaN, 3.4]]]);
  assert.deepEqual(list(np.nanquantile(x, 0.5, 1, { keepdims: true })), [[3], [NaN], [4]]);
  assert.equal(np.nanquantile(x, 0.5, [0, 1]), 3.5);
  assert.equal(np.nanquantile([1, 5, 2], 0.5), 2);
  const [r, seen] = await withWarnings(() => np.nanquantile([NaN], 0.5));
  assert.ok(Number.isNaN(r));
  assert.deepEqual(seen, ["RuntimeWarning: All-NaN slice encountered"]);
  const [e, seenEmpty] = await withWarnings(() => np.nanquantile([], 0.5));
  assert.ok(Number.isNaN(e));
  assert.deepEqual(seenEmpty, ["RuntimeWarning: Mean of empty slice"]);
  // int8 neighbours are subtracted in int8, as NumPy (39 - (-117) wraps to -100)
  const [w, over] = await withWarnings(() => np.nanquantile(np.array([-117, 39, 61], "int8"), 0.25));
  assert.deepEqual([w, over], [89, ["RuntimeWarning: overflow encountered in scalar subtract"]]);
});

test("a float32 q array: float32 virtual indexes, the result in result_type(a, float32) (NumPy 2)", () => {
  const q32 = np.array([0.3, 0.77], "float32");
  const p32 = np.array([30, 77], "float32");
  for (const [dt, want] of [["float32", "float32"], ["int8", "float32"], ["uint8", "float32"], ["int16", "float32"], ["int32", "float64"], ["float64", "float64"]]) {
    const a = np.array([1, 7, NaN, 2, 9, 4].filter((v) => dt.startsWith("float") || !Number.isNaN(v)), dt);
    for (const r of [np.nanquantile(a, q32), np.nanpercentile(a, p32), np.quantile(np.array([1, 7, 2, 9, 4], dt), q32)] as np.NDArray[]) {
      assert.deepEqual([r.dtype, r.tolist()], [want, [2.4000000953674316, 7.159999847412109]], dt);
    }
    assert.equal((np.nanquantile(a, q32, { method: "lower" }) as np.NDArray).dtype, dt);
  }
});

test("nanquantile errors: NumPy's messages", () => {
  const err = (f: () => unknown, name: string, message: string) => assert.throws(f, { name, message });
  err(() => np.nanquantile([1, 2], 1.5), "ValueError", "Quantiles must be in the range [0, 1]");
  err(() => np.nanpercentile([1, 2], 150), "ValueError", "Percentiles must be in the range [0, 100]");
  err(() => np.nanquantile([1, 2], 0.5, { method: "foo" }), "ValueError",
    "'foo' is not a valid method. Use one of: dict_keys(['inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear', 'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint', 'nearest'])");
  err(() => np.nanquantile([{ re: 1, im: 1 }], 0.5), "TypeError", "a must be an array of real numbers");
  err(() => np.nanquantile([true, false], 0.5), "TypeError", "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
  err(() => np.nanquantile([1, 2], 0.5, { interpolation: "lower" } as never), "TypeError", "nanquantile() got an unexpected keyword argument 'interpolation'");
  err(() => np.nanquantile([1, 2], 0.5, { weights: [1, 1] }), "ValueError", "Only method 'inverted_cdf' supports weights. Got: linear.");
  err(() => np.nanmedian(np.ones([2, 2]), [0, 0]), "ValueError", "repeated axis");
  err(() => np.nanquantile(np.ones([2, 2]), 0.5, [0, -2]), "ValueError", "repeated axis");
  err(() => np.nanmedian(np.ones([2, 2]), [0, 3]), "AxisError", "axis 3 is out of bounds for array of dimension 2");
});

test("nanquantile with weights (inverted_cdf): NaNs and their weights left out, NumPy 2.4's values", () => {
  const a = np.array([[1, NaN, 3], [NaN, NaN, NaN]]);
  const r = np.nanpercentile(a, 30, { axis: 1, weights: np.array([[1, 1, 5], [1, 1, 1]]), method: "inverted_cdf" }) as np.NDArray;
  assert.equal(np.array_repr(r), "array([ 3., nan])");
  const q = np.nanquantile(np.array([1, NaN, 3]), [0.1, 0.3, 0.7], { weights: np.array([1, 1, 5]), method: "inverted_cdf" }) as np.NDArray;
  assert.equal(np.array_repr(q), "array([1., 3., 3.])");
  // a 0-d result is a 0-d array, as NumPy's np.empty_like result; an all-NaN one is NumPy's scalar nan
  assert.equal(np.array_repr(np.nanquantile(np.array([1, NaN, 3]), 0.3, { weights: np.array([1, 1, 5]), method: "inverted_cdf" }) as np.NDArray), "array(3.)");
  assert.ok(Number.isNaN(np.nanquantile(np.array([NaN, NaN]), 0.3, { weights: np.array([1, 1]), method: "inverted_cdf" }) as number));
});

test("nanmedian of complex: NaNs (in either part) left out; an all-NaN lane is nan+0j (NumPy 2.4)", () => {
  assert.deepEqual(np.nanmedian(np.array([{ re: 1, im: 1 }, 3, NaN])), { re: 2, im: 0.5 });
  assert.deepEqual(np.nanmedian(np.array([{ re: 1, im: NaN }, { re: 0, im: 2 }, 3])), { re: 1.5, im: 1 });
  const r = np.errstate({ all: "ignore" }, () => np.nanmedian(np.array([[NaN, { re: 0, im: 1 }], [NaN, NaN]], "complex128"), { axis: 1 })) as np.NDArray;
  assert.equal(np.array_repr(r), "array([ 0.+1.j, nan+0.j])");
});
