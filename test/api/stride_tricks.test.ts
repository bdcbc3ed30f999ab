// numpy.lib.stride_tricks against NumPy 2.4's outputs.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const { sliding_window_view: swv, as_strided } = np.lib.stride_tricks;

describe("api/stride_tricks: sliding_window_view", () => {
  test("windows over all axes or the given ones, as read-only views", () => {
    const w = swv(np.arange(5), 3);
    assert.deepEqual(w.tolist(), [[0, 1, 2], [1, 2, 3], [2, 3, 4]]);
    assert.deepEqual(w.strides, [8, 8]);
    assert.equal(w.flags.writeable, false);
    assert.equal(np.array_repr(w.sum({ axis: -1 }) as np.NDArray), "array([3, 6, 9])");
    assert.equal(np.array_repr(swv(np.arange(6).reshape(2, 3), 2, { axis: 1 })), "array([[[0, 1],\n        [1, 2]],\n\n       [[3, 4],\n        [4, 5]]])");
    assert.deepEqual(swv(np.arange(6).reshape(2, 3), [2, 2]).tolist(), [[[[0, 1], [3, 4]], [[1, 2], [4, 5]]]]);
    // the same axis windowed twice
    const twice = swv(np.arange(8), [2, 2], { axis: [0, 0] });
    assert.deepEqual(twice.shape, [6, 2, 2]);
    assert.deepEqual((twice.tolist() as unknown[])[5], [[5, 6], [6, 7]]);
    assert.equal(swv(np.arange(5), 3, { writeable: true }).flags.writeable, true);
  });
  test("NumPy's errors", () => {
    assert.throws(() => swv(np.arange(3), 4), { name: "ValueError", message: "window shape cannot be larger than input array shape" });
    assert.throws(() => swv(np.arange(3), -1), { message: "`window_shape` cannot contain negative values" });
    assert.throws(() => swv(np.arange(6).reshape(2, 3), 2), {
      message: "Since axis is `None`, must provide window_shape for all dimensions of `x`; got 1 window_shape elements and `x.ndim` is 2.",
    });
    assert.throws(() => swv(np.arange(6).reshape(2, 3), [2, 2], { axis: 0 }), {
      message: "Must provide matching length window_shape and axis; got 2 window_shape elements and 1 axes elements.",
    });
    assert.throws(() => swv(np.arange(3), 2, { axis: 1 }), { name: "AxisError" });
  });
});

describe("api/stride_tricks: as_strided", () => {
  test("any shape and strides over the same memory", () => {
    const a = np.arange(4);
    const v = as_strided(a, [3, 2], [8, 8]);
    assert.deepEqual(v.tolist(), [[0, 1], [1, 2], [2, 3]]);
    a.set(1, 10);
    assert.deepEqual(v.tolist(), [[0, 10], [10, 2], [2, 3]]);
    assert.deepEqual(as_strided(a, { shape: [2], strides: [16] }).tolist(), [0, 2]);
    assert.equal(as_strided(a, null, null, false, false).flags.writeable, false);
    assert.throws(() => as_strided(a, [2, 2], [8]), { message: "mismatch in length of strides and shape" });
  });
});
