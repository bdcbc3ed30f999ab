// np.unique and NumPy 2's unique_* functions: behaviour the 1.24 golden oracle cannot produce
// (unique's n-d inverse and -0.0 pick, the unique_* functions, NumPy 2.4's hash order) and errors.
// Expected strings are NumPy 2.4's output.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const repr = (x: unknown) => np.array_repr(x as np.NDArray);
const reprs = (xs: unknown) => (xs as np.NDArray[]).map(repr);


describe("unique", () => {
  test("NumPy 2: the inverse has the input's shape", () => {
    assert.deepEqual(reprs(np.unique(np.array([[1, 2], [2, 3]]), { return_inverse: true })), ["array([1, 2, 3])", "array([[0, 1],\n       [1, 2]])"]);
    const x = np.array([[[5.0, NaN]], [[5.0, 1.0]]]);
    assert.deepEqual(reprs(np.unique(x, false, true, true)), ["array([ 1.,  5., nan])", "array([[[1, 2]],\n\n       [[1, 0]]])", "array([1, 2, 1])"]);
    assert.deepEqual(reprs(np.unique(np.array(7), { return_inverse: true })), ["array([7])", "array(0)"]);
  });

  test("of -0.0 and 0.0 the first stands for both (NumPy 2)", () => {
    assert.equal(repr(np.unique(np.array([-0.0, 0.0]))), "array([-0.])");
    assert.deepEqual(reprs(np.unique(np.array([0.0, -0.0, 2.0]), { return_index: true })), ["array([0., 2.])", "array([0, 2])"]);
  });

  test("unique_values, unique_counts, unique_inverse, unique_all (NumPy 2's named tuples as objects)", () => {
    assert.equal(repr(np.unique_values(np.array([2, 1, 2]))), "array([1, 2])");
    const c = np.unique_counts(np.array([1, 1, 2]));
    assert.deepEqual([repr(c.values), repr(c.counts)], ["array([1, 2])", "array([2, 1])"]);
    const inv = np.unique_inverse(np.array([[1, 1], [2, 1]]));
    assert.deepEqual([repr(inv.values), repr(inv.inverse_indices)], ["array([1, 2])", "array([[0, 0],\n       [1, 0]])"]);
    const all = np.unique_all(np.array([[3, 1], [3, 1], [0, 0]]));
    assert.deepEqual(
      [repr(all.values), repr(all.indices), repr(all.inverse_indices), repr(all.counts)],
      ["array([0, 1, 3])", "array([4, 1, 0])", "array([[2, 1],\n       [2, 1],\n       [0, 0]])", "array([2, 2, 2])"],
    );
  });

  test("unique_values/counts/inverse/all treat every NaN as its own value (equal_nan=False, NumPy 2.4)", () => {
    const x = np.array([NaN, 1.0, NaN]);
    assert.equal(repr(np.unique_values(x)), "array([ 1., nan, nan])");
    const c = np.unique_counts(x);
    assert.deepEqual([repr(c.values), repr(c.counts)], ["array([ 1., nan, nan])", "array([1, 1, 1])"]);
    const all = np.unique_all(x);
    assert.deepEqual(
      [repr(all.values), repr(all.indices), repr(all.inverse_indices), repr(all.counts)],
      ["array([ 1., nan, nan])", "array([1, 0, 2])", "array([1, 0, 2])", "array([1, 1, 1])"],
    );
    assert.equal(repr(np.unique_inverse(x).inverse_indices), "array([1, 0, 2])");
    assert.equal(repr(np.unique(x)), "array([ 1., nan])");
  });

  test("complex NaNs: the value kept is the first NaN in input order without return_* flags, the first sorted with them (NumPy 2.4)", () => {
    const z = np.array([{ re: 1, im: 0 }, { re: NaN, im: 1 }, { re: 1, im: NaN }, { re: 1, im: 0 }]);
    assert.equal(repr(np.unique(z)), "array([ 1.+0.j, nan+1.j])");
    assert.deepEqual(reprs(np.unique(z, { return_counts: true })), ["array([1. +0.j, 1.+nanj])", "array([2, 2])"]);
  });

  test("axis=int: unique slices, NaN slices all distinct, empty slices, 1-d inverse (NumPy 2.4's output)", () => {
    const x = np.array([[NaN, 1], [NaN, 1], [-0, 2], [0, 2]]);
    assert.deepEqual(reprs(np.unique(x, { axis: 0, return_counts: true })), ["array([[-0.,  2.],\n       [nan,  1.],\n       [nan,  1.]])", "array([2, 1, 1])"]);
    assert.equal(repr(np.unique(np.zeros([2, 0]), { axis: 0 })), "array([], shape=(1, 0), dtype=float64)");
    assert.equal(repr(np.unique(np.zeros([2, 0]), { axis: 1 })), "array([], shape=(2, 0), dtype=float64)");
    assert.deepEqual(reprs(np.unique(np.arange(6).reshape(1, 2, 3).remainder(2), { axis: 2, return_inverse: true })), ["array([[[0, 1],\n        [1, 0]]])", "array([0, 1, 0])"]);
    assert.deepEqual(reprs(np.unique(np.array([3, 1, 3]), { axis: 0, return_inverse: true })), ["array([1, 3])", "array([1, 0, 1])"]);
    assert.throws(() => np.unique(np.array(3), { axis: 0 }), (e: unknown) => e instanceof np.AxisError && e.message === "axis 0 is out of bounds for array of dimension 0");
    assert.throws(() => np.unique(np.zeros([2, 2]), { axis: 2 }), np.AxisError);
  });
});

test("unique_values/counts/inverse/all take no options (Python's TypeError)", () => {
  for (const name of ["unique_values", "unique_counts", "unique_inverse", "unique_all"] as const) {
    assert.throws(() => (np[name] as (...a: unknown[]) => unknown)([1], { foo: 1 }), { name: "TypeError", message: `${name}() got an unexpected keyword argument 'foo'` });
  }
});

test("unique_values and unique(sorted=false) give NumPy 2.4's hash-set order for integer and complex dtypes", () => {
  assert.equal(repr(np.unique_values(np.array([3, 1, 2, 1, 3]))), "array([2, 1, 3])");
  assert.equal(repr(np.unique(np.array([3, 1, 2]), { sorted: false })), "array([2, 1, 3])");
  assert.equal(
    repr(np.unique_values(np.arange(20, 0, -1))),
    "array([ 4,  5,  2,  8,  3,  9,  6, 12,  7, 13,  1, 15, 10, 16, 11, 17, 18,\n       19, 14, 20])",
  );
  const z = np.array([{ re: 1, im: 0 }, { re: NaN, im: 1 }, { re: 1, im: NaN }, { re: 1, im: 0 }]);
  assert.equal(repr(np.unique(z, { sorted: false })), "array([nan+1.j,  1.+0.j])");
  // NumPy sorts bools and floats even then; return_* options and axis always sort.
  assert.equal(repr(np.unique_values(np.array([true, false, true]))), "array([False,  True])");
  assert.equal(repr(np.unique_values(np.array([2.5, 1.0, 2.5]))), "array([1. , 2.5])");
  assert.deepEqual(reprs(np.unique(np.array([3, 1, 2]), { sorted: false, return_counts: true })), ["array([1, 2, 3])", "array([1, 1, 1])"]);
});

test("the replayed hash order matches NumPy 2.4 past rehashes and the 1024-bucket cap", () => {
  // Expected leading elements printed by NumPy 2.4.6 for these deterministic inputs.
  const a = np.arange(3000).multiply(7919).remainder(4001);
  const u = np.unique_values(a);
  assert.equal(u.shape[0], 3000);
  assert.equal(repr(u.get(":6")), "array([3229, 3478, 3561, 3644, 3810, 3893])");
  const b = np.arange(300).astype("int8");
  assert.equal(repr(np.unique_values(b).get(":8")), "array([-1, -2, -3, -4, -5, -6, -7, -8], dtype=int8)");
});
