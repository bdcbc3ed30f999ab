// np.pad (src/api/pad.ts) against NumPy 2.4: every mode and its options, widths broadcast as _as_pairs, errors.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

describe("pad", () => {
  test("mode None is NumPy's ValueError, not the default", () => {
    assert.throws(() => np.pad(np.arange(3), 1, { mode: null as unknown as "constant" }), { name: "ValueError", message: "mode 'None' is not supported" });
  });

  test("median padding of complex arrays sorts by real then imaginary part", () => {
    const a = np.array([{ re: 2, im: 0 }, { re: 0, im: 1 }, { re: 3, im: 0 }, { re: 0, im: 0 }]);
    // NumPy 2.4: np.pad(np.array([2, 1j, 3, 0]), 1, 'median') pads (1+0.5j) on both sides
    assert.deepEqual((np.pad(a, 1, "median").tolist() as unknown[])[0], { re: 1, im: 0.5 });
    assert.deepEqual((np.pad(np.array([{ re: 3, im: 0 }, { re: 0, im: 0 }, { re: 2, im: 0 }]), 1, "median").tolist() as unknown[])[0], { re: 2, im: 0 });
  });

  test("a function as the mode fills each lane in place, as NumPy's padding_func", () => {
    const padWith = (v: NDArray, pw: [number, number], _axis: number, kw: Record<string, unknown>) => {
      const value = (kw.padder as number | undefined) ?? 10;
      v.set(`:${pw[0]}`, value);
      v.set(`${v.size - pw[1]}:`, value);
    };
    assert.deepEqual(np.pad(np.arange(6).reshape([2, 3]), 1, padWith, { padder: 100 }).tolist(), [
      [100, 100, 100, 100, 100],
      [100, 0, 1, 2, 100],
      [100, 3, 4, 5, 100],
      [100, 100, 100, 100, 100],
    ]);
    assert.deepEqual(np.pad(np.arange(3), [1, 2], { mode: padWith }).tolist(), [10, 0, 1, 2, 10, 10]);
  });

  test("constant, edge, wrap, reflect and symmetric padding, axis by axis as NumPy", () => {
    assert.deepEqual(np.pad(np.arange(3), [1, 2], { constant_values: [7, 8] }).tolist(), [7, 0, 1, 2, 8, 8]);
    assert.deepEqual(np.pad(np.arange(6).reshape([2, 3]), 1, { constant_values: [[1, 2], [3, 4]] }).tolist(), [
      [3, 1, 1, 1, 4],
      [3, 0, 1, 2, 4],
      [3, 3, 4, 5, 4],
      [3, 2, 2, 2, 4],
    ]);
    assert.deepEqual(np.pad(np.arange(3), 5, { mode: "wrap" }).tolist(), [1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1]);
    assert.deepEqual(np.pad(np.arange(3), 5, { mode: "reflect" }).tolist(), [1, 0, 1, 2, 1, 0, 1, 2, 1, 0, 1, 2, 1]);
    assert.deepEqual(np.pad(np.arange(3), 5, { mode: "symmetric" }).tolist(), [1, 2, 2, 1, 0, 0, 1, 2, 2, 1, 0, 0, 1]);
    assert.deepEqual(np.pad(np.arange(3), 2, "edge").tolist(), [0, 0, 0, 1, 2, 2, 2]);
    assert.deepEqual(np.pad(np.arange(3), 1, { constant_values: 1.7 }).tolist(), [1, 0, 1, 2, 1]);
    assert.throws(() => np.pad(np.arange(3), -1), { name: "ValueError", message: "index can't contain negative values" });
    assert.throws(() => np.pad(np.arange(3), 1.5), { name: "TypeError", message: "`pad_width` must be of integral type." });
    assert.throws(() => np.pad(np.zeros(0), 1, { mode: "edge" }), { name: "ValueError", message: "can't extend empty axis 0 using modes other than 'constant' or 'empty'" });
    assert.throws(() => np.pad(np.arange(3), 1, { mode: "foo" as never }), { name: "ValueError", message: "mode 'foo' is not supported" });
  });

  test("linear_ramp: linspace from end_values to the edge, floored for integer arrays (NumPy 2.4 values)", () => {
    const a = np.array([[1, 2, 3], [4, 5, 6]]);
    assert.equal(
      np.array_repr(np.pad(a, 2, { mode: "linear_ramp", end_values: [5, -3] })),
      `array([[ 5,  5,  5,  5,  5,  1, -3],
       [ 5,  4,  3,  3,  4,  0, -3],
       [ 5,  3,  1,  2,  3,  0, -3],
       [ 5,  4,  4,  5,  6,  1, -3],
       [ 5,  2,  0,  1,  1, -1, -3],
       [ 5,  1, -3, -3, -3, -3, -3]])`,
    );
    assert.deepEqual(np.pad(np.array([1, 2, 3], "uint8"), 3, { mode: "linear_ramp", end_values: 200 }).tolist(), [200, 133, 67, 1, 2, 3, 68, 134, 200]);
    // A single end value reaches linspace as a NumPy float64 scalar: computed in float64, then cast.
    assert.equal(
      np.array_repr(np.pad(np.array([1, 2, 3], "float32"), 3, { mode: "linear_ramp", end_values: 0.1 })),
      `array([0.1      , 0.4      , 0.7      , 1.       , 2.       , 3.       ,
       2.0333333, 1.0666667, 0.1      ], dtype=float32)`,
    );
  });

  test("maximum, minimum, mean, median over stat_length; rounded half to even for integer arrays", () => {
    const a = np.array([[1, 2, 3], [4, 5, 6]]);
    assert.deepEqual(np.pad(a, 1, { mode: "maximum" }).tolist(), [[6, 4, 5, 6, 6], [3, 1, 2, 3, 3], [6, 4, 5, 6, 6], [6, 4, 5, 6, 6]]);
    assert.deepEqual(np.pad(a, 1, "mean").tolist(), [[3, 2, 4, 4, 3], [2, 1, 2, 3, 2], [5, 4, 5, 6, 5], [3, 2, 4, 4, 3]]);
    assert.deepEqual(np.pad([1, 2, 2, 7], 2, { mode: "mean" }).tolist(), [3, 3, 1, 2, 2, 7, 3, 3]);
    assert.deepEqual(np.pad([1, 2, 4, 7], 2, { mode: "median" }).tolist(), [3, 3, 1, 2, 4, 7, 3, 3]);
    assert.equal(np.array_repr(np.pad(np.array([1, 2, 2, 7], "float32"), 1, { mode: "median" })), "array([2., 1., 2., 2., 7., 2.], dtype=float32)");
    assert.deepEqual(np.pad(np.array([1, NaN, 3]), 1, { mode: "median" }).tolist(), [NaN, 1, NaN, 3, NaN]);
    assert.deepEqual(np.pad([true, false], 1, { mode: "mean" }).tolist(), [true, true, false, true]);
    // stat_length forms: rounded to integers; one value, one pair, or one pair per axis.
    assert.deepEqual(np.pad(a, 1, { mode: "mean", stat_length: 2.5 }).tolist(), [[3, 2, 4, 4, 4], [2, 1, 2, 3, 2], [4, 4, 5, 6, 6], [3, 2, 4, 4, 4]]);
    assert.deepEqual(np.pad(a, 1, { mode: "mean", stat_length: [[1], [2]] }).tolist(), [[2, 1, 2, 3, 2], [2, 1, 2, 3, 2], [4, 4, 5, 6, 6], [4, 4, 5, 6, 6]]);
    assert.deepEqual(np.pad(a, 1, { mode: "minimum", stat_length: [1, 2] }).tolist(), [[1, 1, 2, 3, 2], [1, 1, 2, 3, 2], [4, 4, 5, 6, 5], [1, 1, 2, 3, 2]]);
    assert.throws(() => np.pad(a, 0, { mode: "minimum", stat_length: 0 }), { name: "ValueError", message: "stat_length of 0 yields no value for padding" });
    assert.throws(() => np.pad(a, 1, { mode: "mean", stat_length: -1 }), { name: "ValueError", message: "index can't contain negative values" });
    assert.throws(() => np.pad(a, 1, { mode: "mean", stat_length: [[1, 2], [1, 2], [1, 2]] }), {
      name: "ValueError",
      message: "operands could not be broadcast together with remapped shapes [original->remapped]: (3,2)  and requested shape (2,2)",
    });
    assert.deepEqual(np.pad(np.zeros([0, 3]), [[0, 0], [1, 1]], { mode: "mean" }).shape, [0, 5]);
  });

  test("reflect_type='odd' mirrors about the edge chunk by chunk, as NumPy's _set_reflect_both", () => {
    // Expected values from NumPy 2.4.6.
    const odd = { reflect_type: "odd" } as const;
    assert.deepEqual(np.pad([1, 2, 3], 5, { mode: "reflect", ...odd }).tolist(), [-4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
    assert.deepEqual(np.pad([1, 2, 3], 5, { mode: "symmetric", ...odd }).tolist(), [-2, -1, -1, 0, 1, 1, 2, 3, 3, 4, 5, 5, 6]);
    assert.deepEqual(np.pad([3, -5, 8, 0], [11, 13], { mode: "reflect", ...odd }).tolist(),
      [7, 20, 12, 4, 17, 9, 1, 14, 6, -2, 11, 3, -5, 8, 0, -8, 5, -3, -11, 2, -6, -14, -1, -9, -17, -4, -12, -20]);
    assert.deepEqual(np.pad([3, -5, 8, 0], [7, 2], { mode: "symmetric", ...odd }).tolist(), [1, 14, 6, 6, -2, 11, 3, 3, -5, 8, 0, 0, -8]);
    // uint8 wraps, as 2 * edge - value does in the array's dtype; bool and length 1 as NumPy
    assert.deepEqual(np.pad(np.array([1, 5, 2], { dtype: "uint8" }), 4, { mode: "reflect", ...odd }).tolist(), [255, 3, 0, 253, 1, 5, 2, 255, 3, 7, 4]);
    assert.deepEqual(np.pad([true, false], 2, { mode: "reflect", ...odd }).tolist(), [true, true, true, false, true, true]);
    assert.deepEqual(np.pad([7], 2, { mode: "reflect", ...odd }).tolist(), [7, 7, 7, 7, 7]);
    assert.deepEqual(np.pad([[1, 2], [4, 7]], [1, 3], { mode: "symmetric", ...odd }).tolist(), [
      [1, 1, 2, 2, 3, 3], [1, 1, 2, 2, 3, 3], [4, 4, 7, 7, 10, 10], [4, 4, 7, 7, 10, 10], [7, 7, 12, 12, 17, 17], [7, 7, 12, 12, 17, 17],
    ]);
    // NumPy reads any reflect_type but 'odd' as 'even'
    assert.deepEqual(np.pad([1, 2, 3], 2, { mode: "reflect", reflect_type: "foo" as "even" }).tolist(), [3, 2, 1, 2, 3, 2, 1]);
  });

  test("keyword arguments the mode does not take are a ValueError, as NumPy's allowed_kwargs", () => {
    const a = np.arange(3);
    assert.throws(() => np.pad(a, 1, { mode: "edge", constant_values: 3 }), { name: "ValueError", message: "unsupported keyword arguments for mode 'edge': {'constant_values'}" });
    assert.throws(() => np.pad(a, 1, { mode: "edge", reflect_type: "even" }), { name: "ValueError", message: "unsupported keyword arguments for mode 'edge': {'reflect_type'}" });
    assert.throws(() => np.pad(a, 1, { mode: "mean", end_values: 3 }), { name: "ValueError", message: "unsupported keyword arguments for mode 'mean': {'end_values'}" });
    assert.throws(() => np.pad(a, np.array(1, "uint8")), { name: "TypeError", message: "`pad_width` must be of integral type." });
  });
});
