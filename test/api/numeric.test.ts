// np.correlate and np.convolve against NumPy 2.4.6 (expected values printed by NumPy).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("correlate: valid, same and full, either operand longer, NumPy's cut for 'same'", () => {
  assert.deepEqual(np.correlate([1, 2, 3], [0, 1, 0.5]).tolist(), [3.5]);
  assert.deepEqual(np.correlate([1, 2, 3], [0, 1, 0.5], "full").tolist(), [0.5, 2, 3.5, 3, 0]);
  assert.deepEqual(np.correlate([1, 2, 3], [0, 1, 0.5], { mode: "same" }).tolist(), [2, 3.5, 3]);
  assert.deepEqual(np.correlate([1, 2], [1, 2, 3, 4], "full").tolist(), [4, 11, 8, 5, 2]);
  assert.deepEqual(np.correlate([1, 2], [1, 2, 3, 4], "same").tolist(), [11, 8, 5, 2]);
  assert.deepEqual(np.correlate([1, 2], [1, 2, 3, 4], "valid").tolist(), [11, 8, 5]);
  assert.deepEqual(np.correlate([1, 2, 3, 4], [1, 2], "same").tolist(), [2, 5, 8, 11]);
  assert.deepEqual(np.correlate([1, 2, 3, 4, 5], [1, 2, 3, 7], "same").tolist(), [17, 29, 42, 55, 26]);
  assert.deepEqual(np.correlate([1, 2, 3], [1, 2, 3, 4, 5, 6], "same").tolist(), [17, 32, 26, 20, 14, 8]);
  assert.deepEqual([0, 1, 2].map((m) => np.correlate([1, 2, 3], [1, 1], m as 0 | 1 | 2).tolist()), [[3, 5], [1, 3, 5], [1, 3, 5, 3]]);
  // v is conjugated; the result dtype is the operands' (int8 wraps: 100 + 200 = 44)
  assert.deepEqual(np.correlate([{ re: 1, im: 1 }, 2], [{ re: 0, im: 1 }, 3, 1], "full").tolist(), [
    { re: 1, im: 1 }, { re: 5, im: 3 }, { re: 7, im: -1 }, { re: 0, im: -2 },
  ]);
  const i8 = np.correlate(np.array([1, 2], { dtype: "int8" }), np.array([100, 100], { dtype: "int8" }));
  assert.deepEqual([i8.dtype, i8.tolist()], ["int8", [44]]);
});

test("convolve: full, same and valid; bool is OR of ANDs; a scalar is a 1-element sequence", () => {
  assert.deepEqual(np.convolve([1, 2, 3], [0, 1, 0.5]).tolist(), [0, 1, 2.5, 4, 1.5]);
  assert.deepEqual(np.convolve([1, 2, 3], [0, 1, 0.5], "same").tolist(), [1, 2.5, 4]);
  assert.deepEqual(np.convolve([1, 2, 3], [0, 1, 0.5], "valid").tolist(), [2.5]);
  assert.deepEqual(np.convolve([1, 2], [1, 2, 3, 4], "same").tolist(), [1, 4, 7, 10]);
  assert.deepEqual(np.convolve([1, 2, 3, 4, 5], [1, 2, 3], "same").tolist(), [4, 10, 16, 22, 22]);
  assert.deepEqual(np.convolve([{ re: 1, im: 1 }, 2], [{ re: 0, im: 1 }, 3, 1]).tolist(), [
    { re: -1, im: 1 }, { re: 3, im: 5 }, { re: 7, im: 1 }, { re: 2, im: 0 },
  ]);
  assert.deepEqual(np.convolve([true, false], [true, true]).tolist(), [true, true, false]);
  assert.deepEqual(np.convolve(3, [1, 2]).tolist(), [3, 6]);
  const smooth = np.convolve(np.arange(10.0), np.divide(np.arange(7.0), 3), "same").tolist() as number[];
  const want = [1.3333333333333333, 3.333333333333333, 6.666666666666666, 11.666666666666666, 18.666666666666664, 25.666666666666664, 32.666666666666664, 39.666666666666664, 43.33333333333333, 43.33333333333333];
  smooth.forEach((x, i) => assert.ok(Math.abs(x - want[i]!) <= 1e-13 * want[i]!, `${i}: ${x}`));
});

test("correlate/convolve errors are NumPy's", () => {
  const mode = { name: "ValueError", message: "Use one of 'valid', 'same', or 'full' for convolve/correlate mode" };
  assert.throws(() => np.correlate([1, 2], [1], "fool" as "full"), mode);
  assert.throws(() => np.correlate([1, 2], [1], "VALID" as "full"), mode);
  assert.throws(() => np.convolve([1, 2], [1], "x" as "full"), { name: "ValueError", message: "mode must be one of 'valid', 'same', or 'full' (got 'x')" });
  assert.throws(() => np.convolve([1, 2], [1], true as never), { name: "TypeError", message: "convolve/correlate mode not understood" });
  assert.throws(() => np.correlate([1, 2, 3], [1, 1], 5 as 0), { name: "ValueError", message: "integer convolve/correlate mode must be 0, 1, or 2" });
  assert.throws(() => np.correlate([], [1]), { name: "ValueError", message: "first array argument cannot be empty" });
  assert.throws(() => np.correlate([1], []), { name: "ValueError", message: "second array argument cannot be empty" });
  assert.throws(() => np.convolve([], [1]), { name: "ValueError", message: "a cannot be empty" });
  assert.throws(() => np.convolve([1], []), { name: "ValueError", message: "v cannot be empty" });
  assert.throws(() => np.correlate(5, [1]), { name: "ValueError", message: "object of too small depth for desired array" });
  assert.throws(() => np.correlate(np.ones([2, 2]), [1]), { name: "ValueError", message: "object too deep for desired array" });
  assert.throws(() => np.convolve(np.ones([2, 2]), [1]), { name: "ValueError", message: "object too deep for desired array" });
});

test("interp: NumPy 2.4.6's values, left/right, NaN and inf, one sample point, complex, period", () => {
  assert.equal(np.interp(2.5, [1, 2, 3], [3, 2, 0]), 1);
  assert.deepEqual((np.interp([0, 1, 1.5, 2.72, 3.14, 10], [1, 2, 3], [3, 2, 0]) as np.NDArray).tolist(), [3, 3, 2.5, 0.5599999999999996, 0, 0]);
  assert.equal(String(np.interp([0, 10, NaN], [1, 2, 3], [3, 2, 0], { left: -1, right: 99 })), "[-1. 99. nan]");
  assert.equal(String(np.interp([1.5, Infinity], [1, 2, Infinity], [0, 1, Infinity])), "[0.5 inf]");
  assert.deepEqual((np.interp([0.5, 1, 3], [1], [7]) as np.NDArray).tolist(), [7, 7, 7]);
  assert.equal(np.interp(NaN, [1], [7]), 7);
  assert.deepEqual((np.interp([1.5, 2.5], [1, 2, 3], [{ re: 1, im: 1 }, 2, { re: 0, im: 3 }]) as np.NDArray).tolist(), [{ re: 1.5, im: 0.5 }, { re: 1, im: 1.5 }]);
  assert.deepEqual((np.interp([-180, -170, -185, 185, -10, -5, 0, 365], [190, -190, 350, -350], [5, 10, 3, 4], { period: 360 }) as np.NDArray).tolist(), [7.5, 5, 8.75, 6.25, 3, 3.25, 3.5, 3.75]);
  assert.deepEqual((np.interp([[1.5]], [1, 2], [0, 1]) as np.NDArray).shape, [1, 1]);
  assert.throws(() => np.interp(1, [], []), { name: "ValueError", message: "array of sample points is empty" });
  assert.throws(() => np.interp(1, [1, 2], [1]), { name: "ValueError", message: "fp and xp are not of the same length." });
  assert.throws(() => np.interp(1, [1, 2], [1, 2], { period: 0 }), { name: "ValueError", message: "period must be a non-zero value" });
});

test("cross: 3- and 2-vectors (NumPy 2's DeprecationWarning), axes, promotion, errors (NumPy 2.4.6)", () => {
  assert.deepEqual((np.cross([1, 2, 3], [4, 5, 6]) as np.NDArray).tolist(), [-3, 6, -3]);
  assert.equal(np.array_repr(np.cross([1, 2], [4, 5])), "array(-3)"); // a 0-d array, as NumPy returns
  assert.deepEqual((np.cross([1, 2], [4, 5, 6]) as np.NDArray).tolist(), [12, -6, -3]);
  assert.deepEqual((np.cross([1, 2, 3], [4, 5]) as np.NDArray).tolist(), [-15, 12, -3]);
  assert.deepEqual((np.cross(np.arange(6).reshape(2, 3), [[1, 0, 0], [0, 1, 0]]) as np.NDArray).tolist(), [[0, 2, -1], [-5, 0, 3]]);
  const m = np.arange(6).reshape(3, 2);
  assert.deepEqual((np.cross(m, np.add(m, 1), { axisa: 0, axisb: 0 }) as np.NDArray).tolist(), [[-2, 4, -2], [-2, 4, -2]]);
  assert.deepEqual((np.cross(np.arange(6).reshape(2, 3), [1, 2, 3], { axisc: 0 }) as np.NDArray).tolist(), [[-1, 2], [2, -4], [-1, 2]]);
  assert.deepEqual((np.cross(m, m, { axis: 0 }) as np.NDArray).tolist(), [[0, 0], [0, 0], [0, 0]]);
  assert.equal((np.cross(np.array([1, 2, 3], { dtype: "int8" }), np.array([4.5, 5, 6], { dtype: "float32" })) as np.NDArray).dtype, "float32");
  assert.throws(() => np.cross(1, [1, 2, 3]), { name: "ValueError", message: "At least one array has zero dimension" });
  assert.throws(() => np.cross([1, 2, 3, 4], [1, 2, 3]), { name: "ValueError", message: "incompatible dimensions for cross product\n(dimension must be 2 or 3)" });
  assert.throws(() => np.cross([1, 2, 3], [1, 2, 3], { axisa: 2 }), { name: "AxisError", message: "axisa: axis 2 is out of bounds for array of dimension 1" });
});

test("trapezoid: dx, sample points (1-d or y's shape), axis (NumPy 2.4.6)", () => {
  assert.equal(np.trapezoid([1, 2, 3]), 4);
  assert.equal(np.trapezoid([1, 2, 3], [4, 6, 8]), 8);
  assert.equal(np.trapezoid([1, 2, 3], { dx: 2 }), 8);
  const y = np.arange(6).reshape(2, 3);
  assert.deepEqual((np.trapezoid(y, { axis: 0 }) as np.NDArray).tolist(), [1.5, 2.5, 3.5]);
  assert.deepEqual((np.trapezoid(y) as np.NDArray).tolist(), [2, 8]);
  assert.deepEqual((np.trapezoid(y, np.array([[0, 1, 3], [0, 2, 3]])) as np.NDArray).tolist(), [3.5, 11.5]);
  assert.deepEqual((np.trapezoid(y, [0, 1, 3]) as np.NDArray).tolist(), [3.5, 12.5]);
});

test("gradient: uniform and coordinate spacing, edge_order 1 and 2, axes, dtypes, errors (NumPy 2.4.6)", () => {
  const l = (g: np.NDArray | np.NDArray[]) => (Array.isArray(g) ? g.map((x) => x.tolist()) : g.tolist());
  assert.deepEqual(l(np.gradient([1, 2, 4, 7, 11])), [1, 1.5, 2.5, 3.5, 4]);
  assert.deepEqual(l(np.gradient([1, 2, 4, 7, 11], 2)), [0.5, 0.75, 1.25, 1.75, 2]);
  assert.deepEqual(l(np.gradient([1, 2, 4, 7, 11], { edge_order: 2 })), [0.5, 1.5, 2.5, 3.5, 4.5]);
  assert.deepEqual(l(np.gradient([[1, 2, 6], [3, 4, 5]])), [[[2, 2, -1], [2, 2, -1]], [[1, 2.5, 4], [1, 1, 1]]]);
  assert.deepEqual(l(np.gradient([[1, 2, 6], [3, 4, 5]], { axis: 0 })), [[2, 2, -1], [2, 2, -1]]);
  const x = np.array([0, 1, 1.5, 3.5, 4, 6]);
  assert.deepEqual(l(np.gradient(x.power(2), x)), [1, 2, 3, 7, 7.999999999999998, 10]);
  assert.deepEqual(l(np.gradient(x.power(2), x, { edge_order: 2 })), [0, 2, 3, 7, 7.999999999999998, 12]);
  assert.deepEqual(l(np.gradient(np.arange(12, { dtype: "float64" }).reshape(3, 4).power(2), 2, [0, 1, 3, 7])), [
    [[8, 12, 16, 20], [16, 20, 24, 28], [24, 28, 32, 36]],
    [[1, 1.1666666666666665, 1.4166666666666667, 1.25], [9, 7.833333333333334, 4.750000000000001, 3.25], [17, 14.5, 8.083333333333332, 5.25]],
  ]);
  const f32 = np.arange(5, { dtype: "float32" }).power(2);
  assert.equal((np.gradient(f32, np.array([0, 1, 3, 4, 7.5])) as np.NDArray).dtype, "float32");
  assert.throws(() => np.gradient([1, 2], { edge_order: 2 }), { name: "ValueError", message: "Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required." });
  assert.throws(() => np.gradient([1, 2, 3], [1, 2]), { name: "ValueError", message: "when 1d, distances must match the length of the corresponding dimension" });
  assert.throws(() => np.gradient([1, 2, 3], 1, 2), { name: "TypeError", message: "invalid number of arguments" });
  assert.throws(() => np.gradient([1, 2, 3], { edge_order: 3 }), { name: "ValueError", message: "'edge_order' greater than 2 not supported" });
  // normalize_axis_tuple's message, not a reduction's "duplicate value in 'axis'"
  assert.throws(() => np.gradient([[1, 2], [3, 4]], { axis: [0, -2] }), { name: "ValueError", message: "repeated axis" });
});

test("interp: complex x or xp is NumPy's TypeError (never silently the real part)", () => {
  assert.throws(() => np.interp(1, [{ re: 0, im: 1 }, 2], [1, 2]), { name: "TypeError", message: "float() argument must be a string or a real number, not 'complex'" });
  assert.throws(() => np.interp({ re: 0, im: 1 }, [1, 2], [1, 2]), { name: "TypeError", message: "float() argument must be a string or a real number, not 'complex'" });
  assert.throws(() => np.interp(np.array([{ re: 0, im: 1 }]), [1, 2], [1, 2]), {
    name: "TypeError",
    message: "Cannot cast array data from dtype('complex128') to dtype('float64') according to the rule 'safe'",
  });
});
