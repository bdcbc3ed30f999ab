// ufunc.reduce and the reductions built on it, checked against NumPy 2.4's behaviour.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("a repeated reduction axis is NumPy's \"duplicate value in 'axis'\"", () => {
  const a = np.arange(6).reshape(2, 3);
  const dup = { name: "ValueError", message: "duplicate value in 'axis'" };
  assert.throws(() => np.sum(a, { axis: [0, 0] }), dup);
  assert.throws(() => np.add.reduce(a, [0, -2]), dup);
  assert.throws(() => np.mean(a, { axis: [1, 1] }), dup);
  assert.throws(() => np.max(a, { axis: [0, 0] }), dup);
});

test("bitwise_and.reduce of unsigned ints starts from all ones (the identity -1 cast unsafely)", () => {
  assert.equal(np.bitwise_and.reduce(np.array([7, 3], { dtype: "uint8" })), 3);
  assert.equal(np.bitwise_and.reduce(np.array([], { dtype: "uint8" })), 255);
  assert.equal(np.bitwise_and.reduce(np.array([], { dtype: "uint64" })), 2n ** 64n - 1n);
  assert.equal(np.bitwise_and.reduce(np.array([6], { dtype: "uint16" }), { where: np.array([false]) }), 65535);
  // An explicit initial is still range-checked, as in NumPy.
  assert.throws(() => np.bitwise_and.reduce(np.array([7], { dtype: "uint8" }), { initial: -1 }), {
    name: "OverflowError",
    message: "Python integer -1 out of bounds for uint8",
  });
});

test("a reduction's out must have the result's shape (NumPy's messages)", () => {
  assert.throws(() => np.sum(np.ones([2, 2]), { axis: 0, out: np.zeros(3) }), {
    name: "ValueError",
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (3,)->(3) (2,2) ",
  });
  assert.throws(() => np.sum(np.ones([2, 3, 4]), { axis: 1, out: np.zeros([2, 5]) }), {
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (2,5)->(2,newaxis,5) (2,3,4) ",
  });
  assert.throws(() => np.sum(np.ones([2, 3]), { axis: 0, out: np.zeros([1, 3]) }), {
    message: "output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1",
  });
  assert.throws(() => np.add.reduce(np.ones([2, 3]), { axis: 0, keepdims: true, out: np.zeros([3]) }), {
    message:
      "output parameter for reduction operation add has the wrong number of dimensions: Found 1 but expected 2 (must match the operand's when keepdims=True)",
  });
  const o = np.zeros([1, 3]);
  assert.equal(np.sum(np.ones([2, 3]), { axis: 0, keepdims: true, out: o }), o);
  assert.equal(String(o), "[[2. 2. 2.]]");
});

test("a whole-array reduction into out returns out itself, as NumPy does", () => {
  const o = np.zeros([], { dtype: "int8" });
  assert.equal(np.sum(np.ones([2, 3]), { out: o }), o);
  assert.equal(o.item(), 6);
  const m = np.zeros([]);
  assert.equal(np.mean(np.array([1, 2]), { out: m }), m);
  assert.equal(m.item(), 1.5);
});

test("accumulate and reduce argument errors as NumPy words them", () => {
  assert.throws(() => np.add.accumulate(np.ones([2, 3]), { axis: null }), { name: "ValueError", message: "accumulate does not allow multiple axes" });
  assert.equal(String(np.add.accumulate(np.ones(3), { axis: null })), "[1. 2. 3.]");
  assert.throws(() => np.divmod.reduce(np.ones(3)), { name: "ValueError", message: "reduce only supported for functions returning a single value" });
  assert.throws(() => np.add.reduce(np.ones(3), { foo: 1 } as never), { name: "TypeError", message: "reduce() got an unexpected keyword argument 'foo'" });
});

test("ufunc.at casts back unsafely", () => {
  const a = np.zeros(3, { dtype: "int8" });
  np.add.at(a, [0, 0, 1], 1.5);
  assert.equal(np.array_repr(a), "array([2, 1, 0], dtype=int8)");
});

test("mean and var divide by a strong int64 count: complex64 divides in complex128", () => {
  // NumPy: true_divide(total, intp(n), out=total, casting='unsafe').
  assert.equal(np.array_repr(np.mean(np.array([1, 2, 4], { dtype: "complex64" }), { keepdims: true }) as np.ndarray), "array([2.3333333+0.j], dtype=complex64)");
  assert.equal(np.array_repr(np.std(np.array([1, 2, 4], { dtype: "complex64" }), { keepdims: true }) as np.ndarray), "array([1.2472192], dtype=float32)");
  // dtype=int64: the mean is cast back to the sum's dtype.
  assert.equal(np.mean(np.array([1, 2]), { dtype: "int64" }), 1);
  assert.equal(String(np.mean(np.array([[1, 2], [3, 5]]), { axis: 0, dtype: "int64" })), "[2 3]");
});

test("a 0-d array reduces with axis 0 or -1, as NumPy allows", () => {
  assert.equal(np.sum(np.ones([]), { axis: 0 }), 1);
  assert.equal(np.max(np.ones([]), { axis: -1 }), 1);
  assert.throws(() => np.sum(np.ones([]), { axis: 1 }), { name: "AxisError", message: "axis 1 is out of bounds for array of dimension 0" });
  assert.throws(() => np.sum(np.ones([]), { axis: [0] }), { name: "AxisError" });
  assert.equal(String(np.cumsum(np.ones([]), { axis: 0 })), "[1.]");
});

test("axis of the wrong type is NumPy's TypeError", () => {
  assert.throws(() => np.argmax(np.ones([2, 3]), { axis: [0, 1] as never }), { name: "TypeError", message: "'tuple' object cannot be interpreted as an integer" });
  assert.throws(() => np.sum(np.ones([2, 3]), { axis: "a" as never }), { name: "TypeError", message: "'str' object cannot be interpreted as an integer" });
  assert.throws(() => np.sum(np.ones([2, 3]), { axis: 1.5 }), { message: "'float' object cannot be interpreted as an integer" });
});

test("where= masks: arrays must be bool, JS lists are converted", () => {
  const msg = { name: "TypeError", message: "Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'" };
  assert.throws(() => np.sum(np.ones(3), { where: np.array([1, 0, 1]) }), msg);
  assert.equal(np.add.reduce(np.ones(3), { where: [1, 0, 1] }), 2);
});

test("a reduction's result has its loop's dtype (divide.reduce of ints is float64)", () => {
  assert.equal(np.array_repr(np.divide.accumulate(np.array([10, 2, 5]))), "array([10.,  5.,  1.])");
  assert.equal(np.array_repr(np.divide.reduce(np.array([10, 2, 5]), { keepdims: true }) as np.ndarray), "array([1.])");
  assert.throws(() => np.divide.reduce(np.array([10, 2, 5]), { dtype: "int64" }), {
    name: "TypeError",
    message: "No loop matching the specified signature and casting was found for ufunc divide",
  });
  assert.equal(np.array_repr(np.add.accumulate(np.array([1.5, 2.5]), { dtype: "int64" })), "array([1, 3])");
  assert.throws(() => np.add.accumulate(np.ones([2, 2]), { out: np.zeros([3, 2]) }), {
    name: "ValueError",
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (3,2)->(3,2) (2,2)->(2,2) ",
  });
});

test("ufunc.at: boolean and nested indices, b broadcast to a[indices], NumPy's errors", () => {
  const a = np.zeros(3);
  np.add.at(a, np.array([true, false, true]), 1);
  assert.equal(String(a), "[1. 0. 1.]");
  const b = np.zeros(3);
  np.add.at(b, [[0, 1], [1, 2]], np.array([[1, 2], [3, 4]]));
  assert.equal(String(b), "[1. 5. 4.]");
  assert.throws(() => np.add.at(np.zeros(3), [0, 1], [1, 2, 3]), { name: "ValueError", message: "array is not broadcastable to correct shape" });
  assert.throws(() => np.add.at(np.zeros(3), [0]), { name: "ValueError", message: "second operand needed for ufunc" });
  assert.throws(() => np.negative.at(np.zeros(3), [0], 1), { name: "ValueError", message: "second operand provided when ufunc is unary" });
});

test("reduceat rejects float indices and 0-d arrays as NumPy does", () => {
  assert.throws(() => np.add.reduceat(np.arange(8), np.array([0.5, 4])), {
    name: "TypeError",
    message: "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
  });
  assert.throws(() => np.add.reduceat(np.array(5), [0]), { name: "TypeError", message: "cannot reduceat on a scalar" });
});

test("comparison ufuncs reduce bools only; logical ones take any input", () => {
  assert.throws(() => np.equal.reduce(np.array([1, 2, 1])), {
    name: "TypeError",
    message: "No loop matching the specified signature and casting was found for ufunc equal",
  });
  assert.equal(np.equal.reduce(np.array([true, false, false])), true);
  assert.equal(np.logical_xor.reduce(np.array([1.5, 2])), false);
});

test("with out= and no dtype=, a reduction runs in the loop of out's and the input's dtypes, without upcast", () => {
  const a = np.array([[-128, 1, -7], [-128, 1, -7]], { dtype: "int8" });
  // int8 + bool resolves to int8: -256 wraps to 0 (False); NumPy does not upcast to int64 here.
  const b = np.zeros(3, { dtype: "bool" });
  np.sum(a, { axis: 0, out: b });
  assert.equal(np.array_repr(b), "array([False,  True,  True])");
  const u = np.zeros(3, { dtype: "uint8" });
  np.add.reduce(a, { axis: 0, out: u });
  assert.equal(np.array_repr(u), "array([  0,   2, 242], dtype=uint8)");
  const acc = np.zeros([2, 3], { dtype: "bool" });
  np.add.accumulate(a, { axis: 0, out: acc });
  assert.equal(np.array_repr(acc), "array([[ True,  True,  True],\n       [False,  True,  True]])");
  // float32 input, float64 out: summed in float64 (1e8 + 3 is exact there).
  const f = np.array([[1.5, 2.25], [1e8, 3]], { dtype: "float32" });
  const o = np.zeros(2);
  np.add.reduce(f, { axis: 1, out: o });
  assert.equal(np.array_repr(o), "array([3.75000000e+00, 1.00000003e+08])");
});

test("reductions follow NumPy's identities: hypot reorders, lcm does not; where= fills with the identity, not initial", () => {
  assert.equal(np.hypot.reduce(np.array([[3, 4], [12, 0]], { dtype: "float64" }), { axis: null }), 13);
  assert.equal(np.hypot.reduce(np.array([], { dtype: "float64" })), 0);
  assert.throws(() => np.lcm.reduce(np.array([[1, 2], [3, 4]]), { axis: null }), {
    name: "ValueError",
    message: "reduction operation 'lcm' is not reorderable, so at most one axis may be specified",
  });
  // Masked-out elements must not count initial again: 10 + 1 + 3.
  assert.equal(np.add.reduce(np.array([1, 2, 3]), { where: np.array([true, false, true]), initial: 10 }), 14);
  assert.equal(np.sum(np.array([1, 2, 3]), { where: np.array([true, false, true]), initial: 10 }), 14);
  assert.equal(np.bitwise_and.reduce(np.array([7, 5, 1], { dtype: "uint8" }), { where: np.array([true, true, false]) }), 5);
  // uint64 reduces in logaddexp's float64 loop; its -inf identity is not an integer.
  assert.equal(np.logaddexp.reduce(np.array([1, 2, 3], { dtype: "uint64" }), { where: np.array([true, false, true]) }), 3.1269280110429727);
});

test("integer power reductions refuse negative exponents; dtype= without a loop and type errors come first", () => {
  const neg = { name: "ValueError", message: "Integers to negative integer powers are not allowed." };
  assert.throws(() => np.power.reduce(np.array([2, 3, -1])), neg);
  assert.throws(() => np.power.accumulate(np.array([2, -3, 1])), neg);
  assert.equal(np.power.reduce(np.array([-2, 3, 1])), -8);
  assert.throws(() => np.logical_and.reduce(np.array([1.5, 2]), { dtype: "float64" }), {
    name: "TypeError",
    message: "No loop matching the specified signature and casting was found for ufunc logical_and",
  });
  assert.throws(() => np.bitwise_or.reduce(np.array([1, 2]), { dtype: "float64" }), {
    message: "No loop matching the specified signature and casting was found for ufunc bitwise_or",
  });
  assert.throws(() => np.gcd.reduce(np.array([1.5, 2])), {
    name: "UFuncTypeError",
    message: "ufunc 'gcd' did not contain a loop with signature matching types (None, <class 'numpy.dtypes.Float64DType'>) -> None",
  });
  assert.throws(() => np.arctan2.reduce(np.ones([2, 2], { dtype: "complex128" }), { axis: null }), {
    message: "ufunc 'arctan2' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
  });
});
