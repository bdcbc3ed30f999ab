// np.packbits and np.unpackbits against NumPy 2.4.6 (expected values printed by NumPy).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const show = (a: np.NDArray) => [a.dtype, a.shape, a.tolist()];

test("packbits: truth of each element, axes, bitorder, padding", () => {
  assert.deepEqual(show(np.packbits([1, 0, 1])), ["uint8", [1], [160]]);
  assert.deepEqual(show(np.packbits([[1, 0, 1], [1, 1, 1]], 0)), ["uint8", [1, 3], [[192, 64, 192]]]);
  assert.deepEqual(show(np.packbits([[1, 0, 1], [0, 1, 1]], 1)), ["uint8", [2, 1], [[160], [96]]]);
  assert.deepEqual(show(np.packbits([[1, 1], [0, 1]], { axis: -1, bitorder: "little" })), ["uint8", [2, 1], [[3], [2]]]);
  assert.deepEqual(show(np.packbits([true, false], { bitorder: "little" })), ["uint8", [1], [1]]);
  assert.deepEqual(show(np.packbits([2, 0, -1])), ["uint8", [1], [160]]);
  assert.deepEqual(show(np.packbits(np.array([300], "uint16"))), ["uint8", [1], [128]]);
  assert.deepEqual(show(np.packbits(np.array(1))), ["uint8", [1], [128]]);
  assert.deepEqual(show(np.packbits(np.array(1), 0)), ["uint8", [1], [128]]);
  assert.deepEqual(show(np.packbits(np.array([[1]]), null)), ["uint8", [1], [128]]);
  assert.deepEqual(np.packbits(np.zeros([2, 0], "bool"), 1).shape, [2, 0]);
  assert.deepEqual(show(np.packbits(np.ones(9, "bool"))), ["uint8", [2], [255, 128]]);
});

test("packbits errors", () => {
  assert.throws(() => np.packbits([1, 0.5]), { name: "TypeError", message: "Expected an input array of integer or boolean data type" });
  assert.throws(() => np.packbits([]), { name: "TypeError", message: "Expected an input array of integer or boolean data type" });
  assert.throws(() => np.packbits([1], { bitorder: "x" as never }), { name: "ValueError", message: "'order' must be either 'little' or 'big'" });
  assert.throws(() => np.packbits([1], { bitorder: null as never }), { name: "TypeError", message: "pack() argument 3 must be str, not None" });
  assert.throws(() => np.packbits([1], 2), { name: "AxisError", message: "axis 2 is out of bounds for array of dimension 1" });
  assert.throws(() => np.packbits([1], 1.5), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
});

test("unpackbits: bits of uint8, axes, count (padding and trimming), bitorder", () => {
  assert.deepEqual(show(np.unpackbits(np.array([3], "uint8"))), ["uint8", [8], [0, 0, 0, 0, 0, 0, 1, 1]]);
  assert.deepEqual(show(np.unpackbits(np.array(3, "uint8"))), ["uint8", [8], [0, 0, 0, 0, 0, 0, 1, 1]]);
  assert.deepEqual(show(np.unpackbits(np.array([[3]], "uint8"), { bitorder: "little" })), ["uint8", [8], [1, 1, 0, 0, 0, 0, 0, 0]]);
  assert.deepEqual(show(np.unpackbits(np.array([3], "uint8"), { count: -3 })), ["uint8", [5], [0, 0, 0, 0, 0]]);
  assert.deepEqual(show(np.unpackbits(np.array([3], "uint8"), { count: 10 })), ["uint8", [10], [0, 0, 0, 0, 0, 0, 1, 1, 0, 0]]);
  assert.deepEqual(show(np.unpackbits(np.array([3], "uint8"), { count: 0 })), ["uint8", [0], []]);
  assert.deepEqual(show(np.unpackbits(np.array([[3, 4]], "uint8"), 1, -3)), ["uint8", [1, 13], [[0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]]]);
  assert.deepEqual(show(np.unpackbits(np.array([[3, 4]], "uint8"), { axis: 0, count: 3 })), ["uint8", [3, 2], [[0, 0], [0, 0], [0, 0]]]);
  assert.deepEqual(show(np.unpackbits(np.array([7], "uint8"), { count: 3, bitorder: "little" })), ["uint8", [3], [1, 1, 1]]);
  assert.deepEqual(show(np.unpackbits(np.array([3], "uint8"), { count: 3n as never })), ["uint8", [3], [0, 0, 0]]);
  assert.deepEqual(show(np.unpackbits(np.array([], "uint8"))), ["uint8", [0], []]);
  // round trip
  const bits = np.array([1, 0, 1, 1, 0, 0, 1, 0, 1, 1], "uint8");
  assert.deepEqual(np.unpackbits(np.packbits(bits), { count: 10 }).tolist(), bits.tolist());
});

test("unpackbits errors", () => {
  assert.throws(() => np.unpackbits(np.array([1], "uint8"), { bitorder: "L" as never }), { name: "ValueError", message: "'order' must begin with 'l' or 'b'" });
  assert.throws(() => np.unpackbits(np.array([1], "uint8"), { bitorder: null as never }), { name: "TypeError", message: "unpack() argument 4 must be str, not None" });
  // unpack reads only the first letter, as NumPy's C code
  assert.deepEqual(np.unpackbits(np.array([1], "uint8"), { bitorder: "lx" as never }).tolist(), [1, 0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(np.unpackbits(np.array([1], "uint8"), { bitorder: "bogus" as never }).tolist(), [0, 0, 0, 0, 0, 0, 0, 1]);
  assert.throws(() => np.unpackbits([1]), { name: "TypeError", message: "Expected an input array of unsigned byte data type" });
  assert.throws(() => np.unpackbits(np.array([3], "uint8"), { count: -10 }), { name: "ValueError", message: "-count larger than number of elements" });
  assert.throws(() => np.unpackbits(np.array([], "uint8"), { count: -1 }), { name: "ValueError", message: "-count larger than number of elements" });
  assert.throws(() => np.unpackbits(np.array([3], "uint8"), { count: 1.5 }), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
  assert.throws(() => np.unpackbits(np.array([3], "uint8"), { count: true as never }), { name: "TypeError", message: "an integer is required" });
});
