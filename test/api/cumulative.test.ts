// NumPy 2's np.cumulative_sum and np.cumulative_prod against NumPy 2.4.6 (expected values
// printed by NumPy).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const show = (a: np.NDArray) => [a.dtype, a.tolist()];

test("cumulative_sum / cumulative_prod: axis, include_initial, dtype, 0-d", () => {
  assert.deepEqual(show(np.cumulative_sum([1, 2, 3], { include_initial: true })), ["int64", [0, 1, 3, 6]]);
  assert.deepEqual(show(np.cumulative_prod([1, 2, 3], { include_initial: true })), ["int64", [1, 1, 2, 6]]);
  assert.deepEqual(show(np.cumulative_sum([[1, 2], [3, 4]], { axis: 0, include_initial: true })), ["int64", [[0, 0], [1, 2], [4, 6]]]);
  assert.deepEqual(show(np.cumulative_prod([[1, 2], [3, 4]], { axis: -1, include_initial: true })), ["int64", [[1, 1, 2], [1, 3, 12]]]);
  assert.deepEqual(show(np.cumulative_sum([[1, 2], [3, 4]], { axis: 1 })), ["int64", [[1, 3], [3, 7]]]);
  assert.deepEqual(show(np.cumulative_sum(np.array(5))), ["int64", [5]]);
  assert.deepEqual(show(np.cumulative_sum(np.array(5), { axis: 0 })), ["int64", [5]]);
  assert.deepEqual(show(np.cumulative_sum([true, true], { dtype: "int8" })), ["int8", [1, 2]]);
  assert.deepEqual(show(np.cumulative_sum([true, true])), ["int64", [1, 2]]);
  assert.deepEqual(show(np.cumulative_sum(np.array([1, 2], "uint8"))), ["uint64", [1, 3]]);
  assert.deepEqual(show(np.cumulative_prod(np.array([1, 2], "float32"), { include_initial: true })), ["float32", [1, 1, 2]]);
  assert.deepEqual(show(np.cumulative_sum([], { include_initial: true })), ["float64", [0]]);
  assert.deepEqual(show(np.cumulative_sum(np.zeros([2, 0]), { axis: 1, include_initial: true })), ["float64", [[0], [0]]]);
  assert.equal(String(np.cumulative_sum([{ re: 1, im: 1 }, 2], { include_initial: true })), "[0.+0.j 1.+1.j 3.+1.j]");
});

test("cumulative_sum: out, with and without include_initial", () => {
  const out = np.zeros(3);
  assert.equal(np.cumulative_sum([1, 2], { out, include_initial: true }), out);
  assert.deepEqual(out.tolist(), [0, 1, 3]);
  const o8 = np.zeros(2, "int8");
  assert.equal(np.cumulative_sum([1, 2], { out: o8 }), o8);
  assert.deepEqual(show(o8), ["int8", [1, 3]]);
  assert.throws(() => np.cumulative_sum([1, 2], { out: np.zeros(2), include_initial: true }), {
    name: "ValueError",
    message: "non-broadcastable output operand with shape (1,) [remapped to (1,)] doesn't match the broadcast shape (2,)",
  });
});

test("cumulative_sum errors", () => {
  assert.throws(() => np.cumulative_sum([[1, 2], [3, 4]]), { name: "ValueError", message: "For arrays which have more than one dimension ``axis`` argument is required." });
  assert.throws(() => (np.cumulative_sum as (...a: unknown[]) => unknown)([1, 2], 0), { name: "TypeError", message: "cumulative_sum() takes 1 positional argument but 2 were given" });
  assert.throws(() => np.cumulative_sum([1, 2], { axis: 1 }), { name: "AxisError", message: "axis 1 is out of bounds for array of dimension 1" });
  assert.throws(() => np.cumulative_prod([1, 2], { foo: 1 } as never), { name: "TypeError", message: "cumulative_prod() got an unexpected keyword argument 'foo'" });
});

test("an axis tuple: cumsum/cumprod/nancumsum's TypeError, cumulative_sum's accumulate ValueError (NumPy 2.4)", () => {
  const a = np.ones([2, 2]);
  const tuple = { name: "TypeError", message: "'tuple' object cannot be interpreted as an integer" };
  assert.throws(() => np.cumsum(a, { axis: [0, 1] as never }), tuple);
  assert.throws(() => np.cumprod(a, { axis: [0, 1] as never }), tuple);
  assert.throws(() => np.nancumsum(a, { axis: [0, 1] as never }), tuple);
  assert.throws(() => np.cumulative_sum(a, { axis: [0, 1] as never }), { name: "ValueError", message: "accumulate does not allow multiple axes" });
});
