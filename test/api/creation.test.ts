// Tests for src/api/creation.ts: array, asarray, asanyarray and their copy semantics.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

describe("array and asarray", () => {
  test("copy=false that needs a copy raises NumPy 2's whole message", () => {
    const message =
      "Unable to avoid copy while creating an array as requested.\n" +
      "If using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\n" +
      "For more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.";
    assert.throws(() => np.array([1, 2, 3], { copy: false }), { name: "ValueError", message });
    assert.throws(() => np.array(np.arange(3), { copy: false, dtype: "float64" }), { name: "ValueError", message });
  });

  test("asanyarray is asarray", () => {
    const a = np.arange(3);
    assert.equal(np.asanyarray(a), a);
    assert.equal(np.asanyarray([1.5]).dtype, "float64");
    assert.equal(np.asanyarray([1.5], { dtype: "float32" }).dtype, "float32");
  });
});

describe("zeros, ones, empty, full: shape and order arguments", () => {
  test("order is read as NumPy reads it: either case; A/K refused by name, others as unknown", () => {
    assert.deepEqual(np.zeros([2, 3], { order: "f" as never }).strides, [8, 16]);
    assert.deepEqual(np.eye(2, { order: "f" as never }).strides, [8, 16]);
    assert.deepEqual(np.array([[1, 2]], { order: "c" as never }).strides, [16, 8]);
    assert.throws(() => np.zeros(3, { order: "A" }), { name: "ValueError", message: "only 'C' or 'F' order is permitted" });
    assert.throws(() => np.zeros(3, { order: "Q" as never }), { name: "ValueError", message: "order must be one of 'C', 'F', 'A', or 'K' (got 'Q')" });
    assert.throws(() => np.full(3, 1, { order: "X" as never }), { name: "ValueError", message: "order must be one of 'C', 'F', 'A', or 'K' (got 'X')" });
    assert.throws(() => np.array([1], { order: "X" as never }), { name: "ValueError", message: "order must be one of 'C', 'F', 'A', or 'K' (got 'X')" });
    assert.throws(() => np.arange(3).reshape(3, { order: "K" as never }), { name: "ValueError", message: "order 'K' is not permitted for reshaping" });
    assert.deepEqual(np.arange(6).reshape([2, 3]).ravel("f" as never).tolist(), [0, 3, 1, 4, 2, 5]);
  });

  test("a None, str or list dimension is NumPy's TypeError", () => {
    assert.throws(() => np.zeros(null as never), { name: "TypeError", message: "Use () not None as shape arguments" });
    assert.throws(() => np.zeros("a" as never), { name: "TypeError", message: "'str' object cannot be interpreted as an integer" });
    assert.throws(() => np.zeros([2, null] as never), { name: "TypeError", message: "'NoneType' object cannot be interpreted as an integer" });
    assert.throws(() => np.zeros([2, [3]] as never), { name: "TypeError", message: "'list' object cannot be interpreted as an integer" });
  });

  test("a float shape, and shapes too big for npy_intp, fail as in NumPy", () => {
    assert.throws(() => np.zeros(2.5), { name: "TypeError", message: "expected a sequence of integers or a single integer, got '2.5'" });
    assert.throws(() => np.ones(1e20), { name: "TypeError", message: "expected a sequence of integers or a single integer, got '1e+20'" });
    const big = "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.";
    assert.throws(() => np.zeros(2 ** 62), { name: "ValueError", message: big });
    assert.throws(() => np.zeros([2 ** 40, 0, 2 ** 40]), { name: "ValueError", message: big });
    assert.throws(() => np.zeros(2 ** 59, { dtype: "int8" }), {
      name: "MemoryError",
      message: "Unable to allocate 512. PiB for an array with shape (576460752303423488,) and data type int8",
    });
  });
});

describe("full and full_like", () => {
  test("a Python float or complex fill value is cast unsafely, as NumPy's copyto(casting='unsafe')", () => {
    assert.deepEqual(np.full(3, Infinity, { dtype: "int32" }).tolist(), [-2147483648, -2147483648, -2147483648]);
    assert.deepEqual(np.full(2, 300.5, { dtype: "int8" }).tolist(), [44, 44]);
    assert.deepEqual(np.full(2, -2.5, { dtype: "uint8" }).tolist(), [254, 254]);
    assert.deepEqual(np.full(2, { re: 1, im: 2 }, { dtype: "float32" }).tolist(), [1, 1]);
    assert.deepEqual(np.full(2, { re: 0, im: 1 }, { dtype: "bool" }).tolist(), [true, true]);
    assert.deepEqual(np.full_like(np.zeros(3, { dtype: "int8" }), NaN).tolist(), [0, 0, 0]);
    assert.deepEqual(np.full_like(np.zeros(2), { re: 1, im: 2 }).tolist(), [1, 1]);
    // A Python int is still range-checked.
    assert.throws(() => np.full(2, 300, { dtype: "int8" }), { name: "OverflowError", message: "Python integer 300 out of bounds for int8" });
  });
});

describe("np.astype", () => {
  test("copies by default, returns the array itself with copy: false when the dtype matches", () => {
    const a = np.arange(3);
    assert.equal(np.astype(a, "int64", { copy: false }), a);
    // NumPy takes copy's truth value: copy=None does not copy either.
    assert.equal(np.astype(a, "int64", { copy: null }), a);
    assert.equal(a.astype("int64", { copy: null }), a);
    assert.notEqual(a.astype("int32", { copy: null }), a);
    assert.notEqual(np.astype(a, "int64"), a);
    assert.equal(np.astype(a, "float32").dtype, "float32");
    assert.throws(() => np.astype([1, 2] as never, "int8"), { name: "TypeError", message: "Input should be a NumPy array or scalar. It is a <class 'list'> instead." });
  });
});

describe("fromiter, asarray_chkfinite, isscalar", () => {
  test("follow NumPy", () => {
    const a = np.fromiter([0, 1, 2, 3, 4].values(), "int8");
    assert.equal(a.dtype, "int8");
    assert.deepEqual(np.fromiter([0, 1, 2, 3], "float64", 3).tolist(), [0, 1, 2]);
    assert.throws(() => np.fromiter([0, 1], "float64", { count: 3 }), { name: "ValueError", message: "iterator too short: Expected 3 but iterator had only 2 items." });
    assert.throws(() => np.asarray_chkfinite([1, NaN]), { name: "ValueError", message: "array must not contain infs or NaNs" });
    assert.deepEqual(np.asarray_chkfinite([1, 2]).tolist(), [1, 2]);
    assert.equal(np.isscalar(5), true);
    assert.equal(np.isscalar({ re: 1, im: 1 }), true);
    assert.equal(np.isscalar(np.array(5)), false);
    assert.equal(np.isscalar([5]), false);
    assert.equal(np.isscalar("numpy"), true); // a Python str is a scalar to NumPy
    assert.equal(np.isscalar(null), false);
  });
});

describe("layouts: ndmin and *_like with a new shape", () => {
  test("ndmin's new axes get NumPy's _prepend_ones strides", () => {
    assert.deepEqual(np.array(np.arange(3), { ndmin: 3 }).strides, [24, 24, 8]);
    assert.deepEqual(np.array([1, 2, 3], { ndmin: 2, order: "F" }).strides, [8, 8]);
    assert.deepEqual(np.array(np.arange(6).reshape([2, 3]).T, { ndmin: 3, copy: null }).strides, [8, 8, 24]);
    assert.deepEqual(np.array(5, { ndmin: 2 }).strides, [8, 8]);
  });

  test("order K with a shape keeps the prototype's stride order when the ndim matches", () => {
    assert.deepEqual(np.ones_like(np.zeros([2, 3]).T, { shape: [4, 5] }).strides, [8, 32]);
    assert.deepEqual(np.zeros_like(np.zeros([2, 3, 4]).transpose(2, 0, 1), { shape: [5, 6, 7] }).strides, [8, 280, 40]);
    assert.deepEqual(np.zeros_like(np.zeros([2, 3], { order: "F" }), { shape: [5, 6, 7] }).strides, [336, 56, 8]);
  });
});

test("full with dtype= takes a Python int beyond 64 bits as that dtype converts it", () => {
  assert.equal(np.array_repr(np.full(2, 2n ** 64n, { dtype: "float32" })), "array([1.8446744e+19, 1.8446744e+19], dtype=float32)");
  assert.equal(np.array_repr(np.full_like(np.zeros(2), 2n ** 70n)), "array([1.18059162e+21, 1.18059162e+21])");
  // NumPy's copyto reads a Python int for a bool array as a C long.
  assert.throws(() => np.full(2, 2n ** 64n - 1n, { dtype: "bool" }), { name: "OverflowError", message: "Python int too large to convert to C long" });
});

test("isfortran: Fortran-contiguous and not C-contiguous (NumPy 2.4.6 docstring cases)", () => {
  const a = np.array([[1, 2, 3], [4, 5, 6]]);
  assert.equal(np.isfortran(a), false);
  assert.equal(np.isfortran(np.array([[1, 2, 3], [4, 5, 6]], { order: "F" })), true);
  assert.equal(np.isfortran(a.T), true);
  assert.equal(np.isfortran(np.array([1, 2], { order: "F" })), false); // 1-d: both contiguities
  assert.equal(np.isfortran(np.zeros([2, 3]).get(":", "::2") as np.NDArray), false);
  // np.isfortran([1]) -> AttributeError: 'list' object has no attribute 'flags'
  assert.throws(() => np.isfortran([1] as never), { name: "AttributeError", message: "'list' object has no attribute 'flags'" });
});

test("device: 'cpu' (or null) is the only device, NumPy 2.4.6's ValueError otherwise", () => {
  // np.zeros(2, device='gpu') -> ValueError: Device not understood. Only "cpu" is allowed, but received: gpu
  const err = (d: string) => ({ name: "ValueError", message: `Device not understood. Only "cpu" is allowed, but received: ${d}` });
  assert.throws(() => np.zeros(2, { device: "gpu" }), err("gpu"));
  assert.throws(() => np.empty([2], { device: "gpu" }), err("gpu"));
  assert.throws(() => np.ones([2], { dtype: "int8", device: "tpu" }), err("tpu"));
  assert.throws(() => np.full(2, 1, { device: "gpu" }), err("gpu"));
  assert.throws(() => np.zeros_like([1], { device: "gpu" }), err("gpu"));
  assert.throws(() => np.asarray([1], { device: "gpu" }), err("gpu"));
  assert.throws(() => np.astype(np.zeros(1), "int8", { device: "gpu" }), err("gpu"));
  assert.throws(() => np.zeros(2, { device: 1 as never }), err("1"));
  assert.deepEqual(np.zeros(2, { device: "cpu" }).shape, [2]);
  assert.deepEqual(np.asarray([1], { device: "cpu" }).tolist(), [1]);
  assert.deepEqual(np.ones_like([1, 2], { device: null as never }).tolist(), [1, 1]);
});

test("fromiter(iter, dtype, count): dtype by position or name, NumPy 2.4.6's errors", () => {
  assert.equal(String(np.fromiter([0, 1, 2, 3, 4], { dtype: "float32" })), "[0. 1. 2. 3. 4.]");
  assert.deepEqual(np.fromiter([0, 1, 2, 3, 4], { dtype: "int64", count: 3 }).tolist(), [0, 1, 2]);
  assert.deepEqual(np.fromiter([0, 1, 2, 3, 4].values(), "int8", 2).tolist(), [0, 1]);
  assert.equal(np.fromiter([1, 2], null).dtype, "float64"); // dtype=None is float64
  assert.throws(() => np.fromiter([0, 1, 2, 3, 4], { dtype: "int64", count: 7 }), {
    name: "ValueError",
    message: "iterator too short: Expected 7 but iterator had only 5 items.",
  });
  assert.throws(() => (np.fromiter as (x: unknown) => unknown)([1]), { name: "TypeError", message: "fromiter() missing required argument 'dtype' (pos 2)" });
});

test("frombuffer at an unaligned offset reads the values (NumPy 2.4.6) into a read-only array", () => {
  const bytes = new Uint8Array([9, 0, 0, 128, 63, 0, 0, 0, 64]);
  const a = np.frombuffer(bytes, { dtype: "float32", offset: 1 });
  assert.equal(String(a), "[1. 2.]");
  assert.equal(a.dtype, "float32");
  assert.equal(a.flags.writeable, false);
  assert.throws(() => a.set(0, 5), { name: "ValueError", message: "assignment destination is read-only" });
  assert.throws(() => { a.flags.writeable = true; }, { name: "ValueError" });
  // A subarray's byteOffset counts too; an aligned offset still views the memory.
  const c = np.frombuffer(new Uint8Array([7, 7, 0, 0, 0, 0, 0, 0, 248, 63]).subarray(1), "float64", -1, 1);
  assert.equal(String(c), "[1.5]");
  const u = new Uint8Array([0, 0, 128, 63, 0, 0, 0, 64]);
  const v = np.frombuffer(u, { dtype: "float32", offset: 4 });
  v.set(0, 1);
  assert.deepEqual(Array.from(u.subarray(4)), [0, 0, 128, 63]);
  assert.equal(String(np.frombuffer(new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), "complex64", 2, 1)), "[0.+0.j 0.+0.j]");
});

describe("required parameters by their NumPy names in the options object (API.md: every parameter)", () => {
  test("creation, ranges and matrices (NumPy 2.4.6 values)", () => {
    // full, full_like, zeros, ones, empty, linspace, logspace and geomspace declare the keyword
    // forms in their TypeScript signatures; the others take them at run time.
    const kw = np as unknown as Record<string, (...a: unknown[]) => { readonly shape: readonly number[] }>;
    assert.equal(String(np.full([2, 2], { fill_value: 3 })), "[[3 3]\n [3 3]]");
    assert.equal(String(np.full({ shape: [2], fill_value: { re: 1, im: 2 } })), "[1.+2.j 1.+2.j]");
    assert.equal(String(np.zeros({ shape: [2], dtype: "int8" })), "[0 0]");
    assert.equal(String(np.ones({ shape: 3, dtype: "int64" })), "[1 1 1]");
    assert.deepEqual(np.empty({ shape: [0] }).shape, [0]);
    assert.equal(String(np.full_like(np.zeros(2), { fill_value: 3 })), "[3. 3.]");
    assert.equal(String(kw.zeros_like!({ a: np.zeros(2) })), "[0. 0.]");
    assert.deepEqual(kw.empty_like!({ prototype: np.zeros(2) }).shape, [2]);
    assert.equal(String(np.linspace({ start: 0, stop: 1, num: 3 })), "[0.  0.5 1. ]");
    assert.equal(String(np.linspace(0, { stop: 1, num: 3 })), "[0.  0.5 1. ]");
    assert.equal(String(np.logspace(0, { stop: 2, num: 3 })), "[  1.  10. 100.]");
    assert.equal(String(np.geomspace(1, { stop: 8, num: 4 })), "[1. 2. 4. 8.]");
    assert.equal(String(kw.eye!({ N: 2, M: 3 })), "[[1. 0. 0.]\n [0. 1. 0.]]");
    assert.equal(String(kw.identity!({ n: 2, dtype: "bool" })), "[[ True False]\n [False  True]]");
    assert.equal(String(kw.diag!({ v: [1, 2], k: 1 })), "[[0 1 0]\n [0 0 2]\n [0 0 0]]");
    assert.equal(String(kw.diagflat!({ v: [[1, 2]] })), "[[1 0]\n [0 2]]");
    assert.equal(String(kw.tri!({ N: 2, M: 3, k: 0 })), "[[1. 0. 0.]\n [1. 1. 0.]]");
    assert.equal(String(kw.tril!({ m: np.ones([2, 2]), k: 0 })), "[[1. 0.]\n [1. 1.]]");
    assert.equal(String(kw.triu!({ m: [[1, 2], [3, 4]] })), "[[1 2]\n [0 4]]");
    assert.equal(String(kw.vander!({ x: [1, 2], N: 3, increasing: true })), "[[1 1 1]\n [1 2 4]]");
    assert.equal(String(kw.array!({ object: [1, 2], dtype: "int8" })), "[1 2]");
    assert.equal(String(kw.asarray!({ a: [1, 2] })), "[1 2]");
    assert.equal(kw.array2string!({ a: np.array([1, 2]) }), "[1 2]");
    assert.equal(kw.array_repr!({ arr: np.array([1, 2]) }), "array([1, 2])");
    assert.equal(kw.array_str!({ a: np.array([1.5]) }), "[1.5]");
    assert.equal(kw.binary_repr!({ num: 5, width: 4 }), "0101");
    assert.equal(kw.base_repr!({ number: 5, base: 3 }), "12");
    assert.equal(kw.format_float_positional!({ x: 1.5 }), "1.5");
    assert.equal(kw.format_float_scientific!({ x: 1.5, precision: 1 }), "1.5e+00");
    assert.deepEqual(kw.ascontiguousarray!({ a: [1, 2] }).shape, [2]);
    assert.deepEqual(kw.copy!({ a: [1, 2], order: "F" }).shape, [2]);
    assert.equal(String(kw.frombuffer!({ buffer: new Uint8Array([1, 2]), dtype: "uint8" })), "[1 2]");
    assert.equal(String(kw.fromiter!({ iter: [1, 2], dtype: "float64" })), "[1. 2.]");
    assert.equal(String(kw.require!({ a: [1, 2], dtype: "float32" })), "[1. 2.]");
    assert.deepEqual(kw.indices!({ dimensions: [2] }).shape, [1, 2]);
    assert.deepEqual((kw.tril_indices!({ n: 2 }) as unknown as np.NDArray[]).map((x) => x.tolist()), [[0, 1, 1], [0, 0, 1]]);
    assert.equal((kw.diag_indices!({ n: 2, ndim: 3 }) as unknown as np.NDArray[]).length, 3);
    assert.equal(String(kw.asarray_chkfinite!({ a: [1, 2] })), "[1 2]");
  });

  test("missing or doubly given: Python's TypeErrors (NumPy 2.4.6 messages)", () => {
    const any = np as unknown as Record<string, (...a: unknown[]) => unknown>;
    assert.throws(() => any.full!([2, 2]), { name: "TypeError", message: "full() missing 1 required positional argument: 'fill_value'" });
    assert.throws(() => any.full!(), { name: "TypeError", message: "full() missing 2 required positional arguments: 'shape' and 'fill_value'" });
    assert.throws(() => any.full!([2, 2], { dtype: "int8" }), { name: "TypeError", message: "full() missing 1 required positional argument: 'fill_value'" });
    assert.throws(() => any.full!([2], 1, { fill_value: 2 }), { name: "TypeError", message: "full() got multiple values for argument 'fill_value'" });
    assert.throws(() => any.zeros!({ dtype: "int64" }), { name: "TypeError", message: "zeros() missing required argument 'shape' (pos 0)" });
    assert.throws(() => any.array!(), { name: "TypeError", message: "array() missing required argument 'object' (pos 0)" });
    assert.throws(() => any.linspace!(0, { num: 3 }), { name: "TypeError", message: "linspace() missing 1 required positional argument: 'stop'" });
    assert.throws(() => any.eye!(), { name: "TypeError", message: "eye() missing 1 required positional argument: 'N'" });
    assert.throws(() => any.array_repr!(), { name: "TypeError", message: "array_repr() missing 1 required positional argument: 'arr'" });
    assert.throws(() => any.frombuffer!(), { name: "TypeError", message: "frombuffer() missing required argument 'buffer' (pos 1)" });
    assert.throws(() => any.fromiter!(), { name: "TypeError", message: "fromiter() missing required argument 'iter' (pos 1)" });
    assert.throws(() => any.ascontiguousarray!(), { name: "TypeError", message: "ascontiguousarray() missing required argument 'a' (pos 0)" });
    assert.throws(() => any.astype!(np.arange(3)), { name: "TypeError", message: "astype() missing 1 required positional argument: 'dtype'" });
  });
});

test("a 0-d or 1-d integer array is a shape, as NumPy takes it (np.ones(np.array([2, 3])))", () => {
  // The TypeScript signatures take number[] shapes; an integer array works at run time.
  const sh = (a: np.NDArray): number[] => a as unknown as number[];
  assert.deepEqual(np.ones(sh(np.array([2, 3]))).shape, [2, 3]);
  assert.deepEqual(np.zeros(sh(np.array(3))).shape, [3]);
  assert.deepEqual(np.full(sh(np.array([2], "uint8")), 5).shape, [2]);
  assert.deepEqual(np.arange(6).reshape(sh(np.array([2, 3]))).shape, [2, 3]);
  assert.deepEqual(np.arange(6).reshape(sh(np.array([-1, 2]))).shape, [3, 2]);
  assert.throws(() => np.ones(sh(np.array([2, -3]))), { name: "ValueError", message: "negative dimensions are not allowed" });
  assert.throws(() => np.ones(sh(np.array([2, 3], "float64"))), { name: "TypeError" });
});
