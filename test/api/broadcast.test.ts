// np.broadcast against NumPy 2.4: attributes, iteration in C order, reset, iters, errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("np.broadcast: shape, ndim, size, numiter, index and the tuples in C order", () => {
  const b = np.broadcast(np.array([[1], [2]]), np.array([4, 5, 6]));
  assert.deepEqual([b.shape, b.ndim, b.nd, b.size, b.numiter, b.index], [[2, 3], 2, 2, 6, 2, 0]);
  assert.deepEqual(b.next().value, [1, 4]);
  assert.equal(b.index, 1);
  assert.deepEqual([...b], [[1, 5], [1, 6], [2, 4], [2, 5], [2, 6]]);
  assert.equal(b.index, 6);
  b.reset();
  assert.equal(b.index, 0);
  assert.deepEqual(b.iters.map((it) => it.next().value), [1, 4]);
  assert.ok(b instanceof np.broadcast);
  assert.equal(new np.broadcast([1, 2], [[3], [4]]).size, 4);
  assert.deepEqual([...np.broadcast(1, 2.5)], [[1, 2.5]]);
  assert.deepEqual(np.broadcast().shape, []);
  assert.deepEqual([...np.broadcast(np.zeros([0, 3]), [1, 2, 3])], []);
  assert.throws(() => np.broadcast([1, 2], [1, 2, 3]), {
    name: "ValueError",
    message: "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,).",
  });
});
