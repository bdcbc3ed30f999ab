// Unit and property tests for src/api/add_remove.ts against naive references.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

describe("append, resize, delete", () => {
  test("append flattens without an axis and promotes as concatenate", () => {
    assert.deepEqual(np.append([1, 2], [[3], [4]]).tolist(), [1, 2, 3, 4]);
    assert.deepEqual(np.append(np.arange(4).reshape([2, 2]), [[4, 5]], { axis: 0 }).shape, [3, 2]);
    assert.equal(np.append(np.arange(3, { dtype: "int8" }), 1.5).dtype, "float64");
    assert.throws(() => np.append(np.arange(4).reshape([2, 2]), [4, 5], { axis: 0 }), {
      name: "ValueError",
      message: "all the input arrays must have same number of dimensions, but the array at index 0 has 2 dimension(s) and the array at index 1 has 1 dimension(s)",
    });
  });

  test("resize repeats the elements in C order, or fills zeros from an empty input", () => {
    assert.deepEqual(np.resize(np.arange(3), [2, 4]).tolist(), [[0, 1, 2, 0], [1, 2, 0, 1]]);
    assert.deepEqual(np.resize(np.arange(6).reshape([2, 3]).T, [2, 3]).tolist(), [[0, 3, 1], [4, 2, 5]]);
    const z = np.resize(np.array([], { dtype: "int8" }), [2, 2]);
    assert.equal(z.dtype, "int8");
    assert.deepEqual(z.tolist(), [[0, 0], [0, 0]]);
    assert.throws(() => np.resize(np.arange(3), [2, -1]), { name: "ValueError", message: "all elements of `new_shape` must be non-negative" });
  });

  test("delete removes integers, index lists, masks and slices along an axis", () => {
    assert.deepEqual(np.delete(np.arange(5), [0, -1]).tolist(), [1, 2, 3]);
    assert.deepEqual(np.delete(np.arange(5), "::-2").tolist(), [1, 3]);
    assert.deepEqual(np.delete(np.arange(5), []).tolist(), [0, 1, 2, 3, 4]);
    assert.throws(() => np.delete(np.arange(5), np.array([], { dtype: "float64" })), { name: "IndexError", message: "arrays used as indices must be of integer (or boolean) type" });
    assert.deepEqual(np.delete(np.arange(5), np.array([true, false, true, false, false])).tolist(), [1, 3, 4]);
    assert.deepEqual(np.delete(np.arange(6).reshape([2, 3]), 1, { axis: 1 }).tolist(), [[0, 2], [3, 5]]);
    assert.deepEqual(np.delete(np.arange(6).reshape([2, 3]), 1).tolist(), [0, 2, 3, 4, 5]);
    assert.throws(() => np.delete(np.arange(5), 5), { name: "IndexError", message: "index 5 is out of bounds for axis 0 with size 5" });
    assert.throws(() => np.delete(np.arange(5), np.array([1.5])), { name: "IndexError", message: "arrays used as indices must be of integer (or boolean) type" });
  });
});

describe("insert", () => {
  test("a single float index is rejected as Python rejects a float slice bound", () => {
    const msg = { name: "TypeError", message: "slice indices must be integers or None or have an __index__ method" };
    assert.throws(() => np.insert(np.arange(5), 1.5, 9), msg);
    assert.throws(() => np.insert(np.arange(5), [1.5], 9), msg);
    assert.throws(() => np.insert(np.arange(5), [1.5, 2.5], 9), { name: "IndexError", message: "arrays used as indices must be of integer (or boolean) type" });
  });

  test("inserts before scalar, list and slice indices, casting values to the array's dtype", () => {
    assert.deepEqual(np.insert([1, 2, 3], 1, 9).tolist(), [1, 9, 2, 3]);
    assert.deepEqual(np.insert([1, 2, 3], [3, 0], [7, 8]).tolist(), [8, 1, 2, 3, 7]);
    assert.deepEqual(np.insert([1, 2, 3], [1, 1], [7, 8]).tolist(), [1, 7, 8, 2, 3]);
    assert.deepEqual(np.insert([1, 2, 3], 1, 2.7).tolist(), [1, 2, 2, 3]);
    assert.deepEqual(np.insert(np.arange(5), "1:3", [8, 9]).tolist(), [0, 8, 1, 9, 2, 3, 4]);
    assert.deepEqual(np.insert(np.arange(6).reshape([2, 3]), 1, [7, 8], { axis: 1 }).tolist(), [[0, 7, 1, 2], [3, 8, 4, 5]]);
    assert.deepEqual(np.insert(np.arange(6).reshape([2, 3]), [1], [[7], [8]], { axis: 1 }).tolist(), [[0, 7, 1, 2], [3, 8, 4, 5]]);
    assert.throws(() => np.insert([1, 2, 3], 4, 9), { name: "IndexError", message: "index 4 is out of bounds for axis 0 with size 3" });
    assert.throws(() => np.insert(np.arange(3, { dtype: "int8" }), 1, 300), { name: "OverflowError", message: "Python integer 300 out of bounds for int8" });
    assert.throws(() => np.insert(np.arange(5), [[1]] as never, 9), { name: "ValueError", message: "index array argument obj to insert must be one dimensional or scalar" });
  });
});

describe("trim_zeros, ndindex, ndenumerate", () => {
  test("trim the zero border; iterate indices in C order", () => {
    assert.deepEqual(np.trim_zeros(np.array([0, 0, 1, 2, 0])).tolist(), [1, 2]);
    assert.deepEqual(np.trim_zeros(np.array([0, 0, 1, 2, 0]), "f").tolist(), [1, 2, 0]);
    assert.deepEqual(np.trim_zeros(np.array([[0, 0, 0], [0, 1, 0], [0, 0, 2]])).tolist(), [[1, 0], [0, 2]]);
    assert.deepEqual(np.trim_zeros(np.array([[0, 0, 0], [0, 1, 0], [0, 0, 2]]), { axis: 0 }).shape, [2, 3]);
    assert.deepEqual(np.trim_zeros(np.array([[0, 0], [0, 0]])).shape, [0, 0]);
    assert.throws(() => np.trim_zeros(np.array([0, 1]), "x"), { name: "ValueError", message: "unexpected character(s) in `trim`: 'x'" });
    assert.throws(() => np.trim_zeros(np.zeros([2, 3]), { axis: -3 }), { name: "AxisError", message: "axis: axis -3 is out of bounds for array of dimension 2" });
    assert.throws(() => np.trim_zeros(np.zeros([2, 3]), { axis: [0, 0] }), { name: "ValueError", message: "repeated axis in `axis` argument" });
    assert.deepEqual([...np.ndindex(2, 2)], [[0, 0], [0, 1], [1, 0], [1, 1]]);
    assert.deepEqual([...np.ndindex()], [[]]);
    assert.deepEqual([...np.ndindex(2, 0)], []);
    assert.deepEqual([...np.ndenumerate(np.array([[1, 2]]))], [[[0, 0], 1], [[0, 1], 2]]);
  });
});

test("delete on heap-sized arrays: one index, a list, a slice and a mask give NumPy's result", () => {
  const n = 3000;
  const a = np.arange(n);
  const all = Array.from({ length: n }, (_, i) => i);
  const without = (drop: (i: number) => boolean) => all.filter((i) => !drop(i));
  assert.deepEqual(np.delete(a, 5).tolist(), without((i) => i === 5));
  assert.deepEqual(np.delete(a, -1).tolist(), without((i) => i === n - 1));
  assert.deepEqual(np.delete(a, [0, 7, -2, 7]).tolist(), without((i) => i === 0 || i === 7 || i === n - 2));
  assert.deepEqual(np.delete(a, "10:2000:3").tolist(), without((i) => i >= 10 && i < 2000 && (i - 10) % 3 === 0));
  assert.deepEqual(np.delete(a, a.remainder(4).equal(0)).tolist(), without((i) => i % 4 === 0));
  const m = a.reshape(30, 100);
  assert.deepEqual((np.delete(m, 99, 1).tolist() as number[][])[1]!.slice(-2), [197, 198]);
  assert.throws(() => np.delete(a, n), { name: "IndexError", message: `index ${n} is out of bounds for axis 0 with size ${n}` });
});
