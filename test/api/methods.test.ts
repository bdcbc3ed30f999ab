// NDArray methods that are NumPy's operators and functions, checked against NumPy 2.4.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("a.power(e) is NumPy's a ** e: reciprocal, square or sqrt for a float/complex array and e = -1, 2, 0.5", () => {
  const a = np.array([-0.0, -Infinity, 4.0, -4.0]);
  np.errstate({ all: "ignore" }, () => {
    // sqrt(-0.) is -0. and sqrt(-inf) is nan, where pow gives 0. and inf (np.power keeps pow's).
    assert.equal(String(a.power(0.5)), "[-0. nan  2. nan]");
    assert.equal(String(np.power(a, np.full(4, 0.5))), "[ 0. inf  2. nan]");
  });
  // Complex: the sqrt shortcut is exact where pow leaves rounding residue.
  const z = np.array([{ re: 1, im: 1 }, { re: -4, im: 0 }]);
  assert.equal(String(z.power(0.5)), "[1.09868411+0.45508986j 0.        +2.j        ]");
  // The warning (and errstate's error) name the ufunc that ran.
  const zero = np.arange(3, { dtype: "float64" });
  assert.throws(() => np.errstate({ divide: "raise" }, () => zero.power(-1)), {
    name: "FloatingPointError",
    message: "divide by zero encountered in reciprocal",
  });
  // A float exponent -1.0 is a Python float: power, as NumPy's operator.
  assert.throws(() => np.errstate({ divide: "raise" }, () => zero.power(-1.5)), { message: "divide by zero encountered in power" });
  // Integer arrays never take the shortcut: a negative integer power is NumPy's ValueError.
  assert.throws(() => np.arange(3).power(-1), { name: "ValueError", message: "Integers to negative integer powers are not allowed." });
  assert.equal(String(np.arange(3).power(2)), "[0 1 4]");
  assert.equal(np.array([1, 2], { dtype: "float32" }).power(2).dtype, "float32");
});
