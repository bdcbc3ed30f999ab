// Unit and property tests for src/api/broadcasting.ts against naive references.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

describe("broadcast views", () => {
  test("broadcast_to is a read-only view with zero strides on broadcast axes", () => {
    const a = np.arange(3);
    const b = np.broadcast_to(a, [2, 3]);
    assert.deepEqual([...b.strides], [0, 8]);
    assert.equal(b.base, a);
    assert.equal(b.flags.writeable, false);
    assert.throws(() => b.fill(1), { name: "ValueError", message: "assignment destination is read-only" });
    assert.throws(() => np.broadcast_to(a, [2, 4]), {
      name: "ValueError",
      message: "operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  and requested shape (2,4)",
    });
    assert.throws(() => np.broadcast_to(a, []), { message: "cannot broadcast a non-scalar to a scalar array" });
  });

  test("broadcast_arrays / broadcast_shapes agree with the per-dimension rule", () => {
    const [x, y] = np.broadcast_arrays([1, 2, 3], [[1], [2]]);
    assert.deepEqual(x!.tolist(), [[1, 2, 3], [1, 2, 3]]);
    assert.deepEqual(y!.tolist(), [[1, 1, 1], [2, 2, 2]]);
    const same = np.zeros([2, 3]);
    assert.equal(np.broadcast_arrays(same, [1, 2, 3])[0], same);
    assert.deepEqual(np.broadcast_shapes([1, 2], [3, 1], 2), [3, 2]);
    assert.throws(() => np.broadcast_shapes([2, 3], [3, 2]), {
      name: "ValueError",
      message: "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2, 3) and arg 1 with shape (3, 2).",
    });
  });
});

// np.broadcast against NumPy 2.4: attributes, iteration in C order, reset, iters, errors.
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
  assert.ok(new np.broadcast(5) instanceof np.broadcast);
  assert.deepEqual(np.broadcast(np.broadcast([1, 2], [[1], [2]]), [3, 4]).shape, [2, 2]);
  assert.deepEqual([...np.broadcast(1, 2.5)], [[1, 2.5]]);
  assert.deepEqual(np.broadcast().shape, []);
  assert.deepEqual([...np.broadcast(np.zeros([0, 3]), [1, 2, 3])], []);
  assert.throws(() => np.broadcast([1, 2], [1, 2, 3]), {
    name: "ValueError",
    message: "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,).",
  });
});
