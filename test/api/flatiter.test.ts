// a.flat as NumPy's flatiter, checked against NumPy 2.4.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { withWarnings } from "../helpers/warnings.js";

const repr = (x: unknown) => np.array_repr(x as np.NDArray);

test("a.flat is array_like (NumPy's __array__): np.array(a.flat), np.sum(a.flat), a.add(b.flat)", () => {
  const a = np.arange(6).reshape(2, 3).T;
  assert.equal(repr(np.array(a.flat)), "array([0, 3, 1, 4, 2, 5])");
  assert.equal(repr(np.asarray(a.flat, { dtype: "float64" })), "array([0., 3., 1., 4., 2., 5.])");
  assert.equal(np.sum(a.flat), 15);
  assert.equal(repr(np.arange(6).add(a.flat)), "array([ 0,  4,  3,  7,  6, 10])");
});

test("a.flat with NumPy 2.4's index rules: 0-d booleans (deprecated), bool lists refused, float lists truncated, empty lists", async () => {
  const a = np.arange(6).reshape(2, 3).add(10);
  const [t, seenT] = await withWarnings(() => a.flat.get(true));
  assert.equal(t, 10);
  assert.deepEqual(seenT, ["DeprecationWarning: Indexing flat iterators with a 0-dimensional boolean index is deprecated and may be removed in a future version. (Deprecated NumPy 2.4)"]);
  const [f] = await withWarnings(() => a.flat.get(np.array(false)));
  assert.equal(repr(f), "array([], dtype=int64)");
  assert.throws(() => a.flat.get([true, true, true, true, true, true]), {
    name: "IndexError",
    message: "boolean indices for iterators are not supported because of previous behavior that was confusing (valid boolean indices are expected to work in the future)",
  });
  assert.equal(repr(a.flat.get(np.array([true, false, true, false, false, false]))), "array([10, 12])");
  const [g, seenG] = await withWarnings(() => a.flat.get([1.5, 2.7]));
  assert.equal(repr(g), "array([11, 12])");
  assert.deepEqual(seenG, ["DeprecationWarning: Invalid non-array indices for iterator objects are deprecated and will be removed in a future version. (Deprecated NumPy 2.4)"]);
  const [e, seenE] = await withWarnings(() => a.flat.get([]));
  assert.equal(repr(e), "array([], dtype=int64)");
  assert.deepEqual(seenE, []);
  const b = np.arange(4);
  await withWarnings(() => b.flat.set(true, 8));
  await withWarnings(() => b.flat.set(false, 9));
  assert.equal(repr(b), "array([8, 1, 2, 3])");
});

test("a.flat[i] = v that cannot be stored is NumPy's 'Error setting single item of array.'", () => {
  const a = np.zeros(4, "int8");
  const msg = { name: "ValueError", message: "Error setting single item of array." };
  assert.throws(() => a.flat.set(0, 200), msg);
  assert.throws(() => a.flat.set(0, NaN), msg);
  assert.throws(() => a.flat.set(0, [1, 2]), msg);
  assert.throws(() => np.zeros(2).flat.set(0, { re: 0, im: 1 }), msg);
  assert.throws(() => a.flat.set([0], 200), { name: "OverflowError", message: "Python integer 200 out of bounds for int8" });
  a.flat.set(1, 2.5);
  assert.equal(repr(a), "array([0, 2, 0, 0], dtype=int8)");
});
