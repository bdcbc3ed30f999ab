// a.flat as NumPy's flatiter, checked against NumPy 2.4.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const repr = (x: unknown) => np.array_repr(x as np.NDArray);

test("a.flat is array_like (NumPy's __array__): np.array(a.flat), np.sum(a.flat), a.add(b.flat)", () => {
  const a = np.arange(6).reshape(2, 3).T;
  assert.equal(repr(np.array(a.flat)), "array([0, 3, 1, 4, 2, 5])");
  assert.equal(repr(np.asarray(a.flat, { dtype: "float64" })), "array([0., 3., 1., 4., 2., 5.])");
  assert.equal(np.sum(a.flat), 15);
  assert.equal(repr(np.arange(6).add(a.flat)), "array([ 0,  4,  3,  7,  6, 10])");
});
