// np.binary_repr / np.base_repr (src/print/base_repr.ts): expected strings and errors from
// NumPy 2.4.6 (numpy/_core/numeric.py), including the docstring examples.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("binary_repr: digits, widths, two's complement (NumPy 2.4.6 values)", () => {
  assert.equal(np.binary_repr(3), "11");
  assert.equal(np.binary_repr(-3), "-11");
  assert.equal(np.binary_repr(3, { width: 4 }), "0011");
  assert.equal(np.binary_repr(-3, 3), "101");
  assert.equal(np.binary_repr(-3, 5), "11101");
  assert.equal(np.binary_repr(-128, 8), "10000000"); // gh-8679: no extra digit at -2**k
  assert.equal(np.binary_repr(-1, 1), "1");
  assert.equal(np.binary_repr(0, 0), "0");
  assert.equal(np.binary_repr(0, 4), "0000");
  assert.equal(np.binary_repr(true), "1");
  assert.equal(np.binary_repr(np.array(-1, { dtype: "int8" }), 8), "11111111");
  assert.equal(np.binary_repr(2n ** 70n), "1" + "0".repeat(70));
  assert.equal(np.binary_repr(-(2n ** 63n), 64), "1" + "0".repeat(63));
});

test("binary_repr errors: NumPy's messages", () => {
  assert.throws(() => np.binary_repr(-3, 2), { name: "ValueError", message: "Insufficient bit width=2 provided for binwidth=3" });
  assert.throws(() => np.binary_repr(5, { width: 2 }), { name: "ValueError", message: "Insufficient bit width=2 provided for binwidth=3" });
  assert.throws(() => np.binary_repr(2.5), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
});

test("base_repr: bases 2..36, padding, signs, floats truncated (NumPy 2.4.6 values)", () => {
  assert.equal(np.base_repr(5), "101");
  assert.equal(np.base_repr(6, 5), "11");
  assert.equal(np.base_repr(7, { base: 5, padding: 3 }), "00012");
  assert.equal(np.base_repr(10, { base: 16 }), "A");
  assert.equal(np.base_repr(32, 16), "20");
  assert.equal(np.base_repr(-35, 36, 2), "-00Z");
  assert.equal(np.base_repr(-7, 2, 2), "-00111");
  assert.equal(np.base_repr(5.5), "101");
  assert.equal(np.base_repr(-0.5), "-"); // int(-0.5) is 0, the sign is the number's
  assert.equal(np.base_repr(0), "0");
  assert.equal(np.base_repr(0, { padding: 2 }), "00");
  assert.equal(np.base_repr(true), "1");
  assert.equal(np.base_repr(2n ** 64n - 1n, 16), "FFFFFFFFFFFFFFFF");
  assert.throws(() => np.base_repr(1, 37), { name: "ValueError", message: "Bases greater than 36 not handled in base_repr." });
  assert.throws(() => np.base_repr(1, 1), { name: "ValueError", message: "Bases less than 2 not handled in base_repr." });
});
