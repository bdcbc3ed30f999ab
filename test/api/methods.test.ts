// NDArray methods that are NumPy's operators and functions, checked against NumPy 2.4.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const repr = (x: unknown) => np.array_repr(x as np.NDArray);
const raises = (f: () => unknown, message: string) =>
  assert.throws(() => np.errstate({ all: "raise" }, f), { name: "FloatingPointError", message });

test("a ** s runs NumPy's fast scalar powers: square, sqrt, reciprocal, positive, ones_like", () => {
  const x = np.array([-0.0, -Infinity, 4.0], { dtype: "float64" });
  np.errstate({ all: "ignore" }, () => {
    assert.equal(repr(x.power(0.5)), "array([-0., nan,  2.])");
    assert.equal(repr(x.astype("float32").power(0.5)), "array([-0., nan,  2.], dtype=float32)");
    assert.equal(repr(x.power(-1)), "array([ -inf, -0.  ,  0.25])");
    assert.equal(repr(np.array([NaN, 2.5]).power(0)), "array([1., 1.])");
    assert.equal(repr(np.array([2.5], { dtype: "float32" }).power(0)), "array([1.], dtype=float32)");
    assert.equal(repr(x.power(1)), "array([ -0., -inf,   4.])");
    // Complex: reciprocal and sqrt, not the general complex power.
    assert.equal(repr(np.array([{ re: -Infinity, im: 0 }]).power(-1)), "array([-0.-0.j])");
    assert.equal(repr(np.array([{ re: -Infinity, im: 0 }]).power(0.5)), "array([0.+infj])");
  });
  // Integers and bools: only the power 2 is square (bool ** 2 is int8, as np.square of bool).
  assert.equal(repr(np.array([true, false]).power(2)), "array([1, 0], dtype=int8)");
  assert.equal(repr(np.array([3], { dtype: "uint8" }).power(2)), "array([9], dtype=uint8)");
  assert.equal(repr(np.array([3]).power(2.5)), "array([15.58845727])");
  // Warnings name the ufunc that ran.
  raises(() => np.array([-1.5]).power(0.5), "invalid value encountered in sqrt");
  raises(() => np.array([1e200]).power(2), "overflow encountered in square");
  raises(() => np.array([0.5, 0.0]).power(-1), "divide by zero encountered in reciprocal");
  raises(() => np.array([-1]).power(0.5), "invalid value encountered in power");
  // With options it is the power ufunc itself.
  const out = np.empty(1);
  raises(() => np.array([-1.5]).power(0.5, { out }), "invalid value encountered in power");
});

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

test("a.divmod(b) is divmod(a, b); the logical ufuncs are methods too (NumPy 2.4)", () => {
  const [q, r] = np.array([5, -7]).divmod(3);
  assert.equal(repr(q), "array([ 1, -3])");
  assert.equal(repr(r), "array([2, 2])");
  const [qf, rf] = np.array([5, -7.5]).divmod(2);
  assert.equal(repr(qf), "array([ 2., -4.])");
  assert.equal(repr(rf), "array([1. , 0.5])");
  const a = np.array([5, 0]);
  assert.equal(repr(a.logical_and(1)), "array([ True, False])");
  assert.equal(repr(a.logical_or(0)), "array([ True, False])");
  assert.equal(repr(a.logical_xor([1, 1])), "array([False,  True])");
  assert.equal(repr(a.logical_not()), "array([False,  True])");
});

test("a.flags has NumPy's derived flags: contiguous, forc, fnc, behaved, carray, farray", () => {
  const a = np.arange(6).reshape(2, 3);
  const f = a.flags;
  assert.deepEqual([f.contiguous, f.forc, f.fnc, f.behaved, f.carray, f.farray], [true, true, false, true, true, false]);
  const t = a.T.flags;
  assert.deepEqual([t.contiguous, t.forc, t.fnc, t.carray, t.farray, t.FNC, t.FARRAY], [false, true, true, false, true, true, true]);
  a.setflags({ write: false });
  assert.deepEqual([a.flags.behaved, a.flags.carray], [false, false]);
});

test("a.transpose: () of an N-d array is NumPy's \"axes don't match array\"; none or null reverse", () => {
  const a = np.arange(6).reshape(2, 3);
  assert.throws(() => a.transpose([]), { name: "ValueError", message: "axes don't match array" });
  assert.deepEqual(a.transpose().shape, [3, 2]);
  assert.deepEqual(a.transpose(null).shape, [3, 2]);
  assert.deepEqual(np.array(3).transpose([]).shape, []);
  assert.throws(() => a.transpose(1, 1), { name: "ValueError", message: "repeated axis in transpose" });
});

test("a binary operator method without its operand is the ufunc's positional-count TypeError", () => {
  const a = np.array([1, 2]);
  const add = a.add as unknown as () => np.NDArray;
  assert.throws(() => add.call(a), { name: "TypeError", message: "add() takes from 2 to 3 positional arguments but 1 was given" });
});

test("a.flags takes NumPy's one-letter keys; byteswap(true) of a read-only array is NumPy's error", () => {
  const a = np.zeros(3);
  assert.deepEqual([a.flags.C, a.flags.F, a.flags.O, a.flags.W, a.flags.A, a.flags.X, a.flags.B, a.flags.CA, a.flags.FA], [
    true, true, true, true, true, false, true, true, false,
  ]);
  a.flags.W = false;
  assert.equal(a.flags.writeable, false);
  assert.throws(() => a.byteswap(true), { name: "ValueError", message: "array to be byte-swapped is read-only" });
  assert.equal(a.byteswap().flags.writeable, true);
});

test("a.view(np.ndarray) and a.view(dtype, np.ndarray) take the array type, as NumPy", () => {
  const a = np.array([1.0, -0.0]);
  const v = a.view(np.ndarray);
  assert.equal(v.base, a);
  assert.equal(repr(v), "array([ 1., -0.])");
  assert.equal(repr(a.view("int32", np.ndarray)), "array([          0,  1072693248,           0, -2147483648], dtype=int32)");
  assert.equal(repr(a.view({ type: np.ndarray })), "array([ 1., -0.])");
  assert.throws(() => a.view("int64", Array as unknown as typeof np.ndarray), { name: "ValueError", message: "Type must be a sub-type of ndarray type" });
  assert.throws(() => np.dtype(Array as never), { name: "TypeError", message: "Cannot interpret '<class 'Array'>' as a data type" });
});

test("new np.ndarray(shape, dtype, buffer, offset, strides, order) makes a fresh array, as NumPy's constructor", () => {
  const a = new np.ndarray([2, 3]);
  assert.deepEqual([a.shape, a.dtype, a.strides, a.flags.owndata], [[2, 3], "float64", [24, 8], true]);
  const b = new np.ndarray(3, np.int8);
  assert.deepEqual([b.shape, b.dtype, b.strides], [[3], "int8", [1]]);
  const f = new np.ndarray({ shape: [2, 3], dtype: "int32", order: "F" });
  assert.deepEqual([f.dtype, f.strides], ["int32", [4, 8]]);
  f.fill(7);
  assert.equal(String(f), "[[7 7 7]\n [7 7 7]]");
  assert.throws(() => new np.ndarray([2, -3]), { name: "ValueError", message: "negative dimensions are not allowed" });
  assert.throws(() => new np.ndarray([2], "float64", np.zeros(2)), { name: "NotImplementedError" });
  assert.ok(np.arange(3) instanceof np.ndarray);
});

test("a.dtype = ... reinterprets the memory in place with view's rules, as NumPy's dtype setter", () => {
  const a = np.arange(6).reshape(2, 3);
  a.dtype = "int32";
  assert.deepEqual([a.dtype, a.shape, a.strides], ["int32", [2, 6], [24, 4]]);
  assert.equal(String(a), "[[0 0 1 0 2 0]\n [3 0 4 0 5 0]]");
  const b = np.arange(6).reshape(2, 3).T;
  assert.throws(() => (b.dtype = "int32"), { name: "ValueError", message: "To change to a dtype of a different size, the last axis must be contiguous" });
  assert.throws(() => (b.dtype = "bogus"), { name: "TypeError", message: "invalid data-type for array" });
  const c = np.arange(2, { dtype: "int32" });
  c.dtype = np.float32;
  assert.equal(repr(c), "array([0.e+00, 1.e-45], dtype=float32)");
});

test("a.reshape(true) is NumPy's TypeError (a bool is not a shape)", () => {
  assert.throws(() => np.arange(6).reshape(true as never), {
    name: "TypeError",
    message: "expected a sequence of integers or a single integer, got 'True'",
  });
});

test("a.getfield / a.setfield: views of the bytes inside each element, as NumPy", () => {
  const a = np.arange(3, { dtype: "int32" });
  assert.equal(repr(a.getfield("int16", 0)), "array([0, 1, 2], dtype=int16)");
  assert.equal(repr(a.getfield("int16", 2)), "array([0, 0, 0], dtype=int16)");
  assert.equal(a.getfield("int8").base, a);
  assert.throws(() => a.getfield("int16", 3), { name: "ValueError", message: "new type plus offset is larger than original type" });
  assert.throws(() => a.getfield("int64"), { name: "ValueError", message: "new type is larger than original type" });
  assert.throws(() => a.getfield("int8", -1), { name: "ValueError", message: "offset is negative" });
  const x = np.zeros(3, { dtype: "int32" });
  x.setfield([1, 2, 3], "int16", 2);
  assert.equal(repr(x), "array([ 65536, 131072, 196608], dtype=int32)");
  const c = np.array([{ re: 1, im: 2 }]);
  assert.equal(repr(c.getfield("float64", 8)), "array([2.])");
  c.setfield(5, "float64", 8);
  assert.equal(repr(c), "array([1.+5.j])");
  a.setflags({ write: false });
  assert.throws(() => a.setfield(1, "int8"), { name: "ValueError", message: "assignment destination is read-only" });
});
