// Loop resolution of ufunc calls against NumPy 2.4: legacy linear search, promotion-only
// ufuncs, dtype= with Python scalars, ldexp's exponent.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { captureWarnings } from "../../src/core/warnings.js";

const arr = (dtype: string) => np.array([1], { dtype });

test("float-only ufuncs take the first loop every array input casts to safely", () => {
  // int8/int16 with uint16 promote to int32, yet both cast safely to float32.
  for (const f of [np.arctan2, np.hypot, np.copysign, np.logaddexp, np.heaviside, np.nextafter]) {
    assert.equal((f(arr("int16"), arr("uint16")) as np.ndarray).dtype, "float32");
    assert.equal((f(arr("uint16"), arr("int8")) as np.ndarray).dtype, "float32");
    assert.equal((f(arr("uint16"), arr("int32")) as np.ndarray).dtype, "float64");
  }
  // Python scalars take the inputs' common dtype.
  assert.equal((np.arctan2(arr("uint16"), 1.5) as np.ndarray).dtype, "float64");
  assert.equal((np.arctan2(arr("uint16"), 100000) as np.ndarray).dtype, "float32");
  assert.equal((np.divide(arr("int8"), arr("uint16")) as np.ndarray).dtype, "float64");
});

test("gcd, lcm, sign and positive need a loop for the common dtype (UFuncTypeError)", () => {
  assert.throws(() => np.gcd(np.array([true]), np.array([true])), {
    name: "UFuncTypeError",
    message: "ufunc 'gcd' did not contain a loop with signature matching types (<class 'numpy.dtypes.BoolDType'>, <class 'numpy.dtypes.BoolDType'>) -> None",
  });
  assert.throws(() => np.lcm(arr("int8"), arr("uint64")), {
    message: "ufunc 'lcm' did not contain a loop with signature matching types (<class 'numpy.dtypes.Int8DType'>, <class 'numpy.dtypes.UInt64DType'>) -> None",
  });
  assert.throws(() => np.gcd(np.array([1.5]), 2), {
    message: "ufunc 'gcd' did not contain a loop with signature matching types (<class 'numpy.dtypes.Float64DType'>, <class 'numpy.dtypes._PyLongDType'>) -> None",
  });
  assert.throws(() => np.sign(np.array([true])), {
    name: "UFuncTypeError",
    message: "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
  });
  assert.throws(() => np.positive(np.array([true])), { name: "UFuncTypeError" });
  assert.equal(np.array_repr(np.gcd(np.array([true]), np.array([4], { dtype: "int8" })) as np.ndarray), "array([1], dtype=int8)");
  assert.equal(np.array_repr(np.sign(np.array([true]), { dtype: "int8" }) as np.ndarray), "array([1], dtype=int8)");
});

test("dtype= checks the cast of Python scalars to the loop", () => {
  assert.throws(() => np.add(np.ones(3, { dtype: "int64" }), 1.5, { dtype: "int32" }), {
    name: "UFuncTypeError",
    message: "Cannot cast ufunc 'add' input 1 from dtype('float64') to dtype('int32') with casting rule 'same_kind'",
  });
  assert.throws(() => np.multiply(np.ones(2), { re: 1, im: 1 }, { dtype: "float64" }), {
    message: "Cannot cast ufunc 'multiply' input 1 from dtype('complex128') to dtype('float64') with casting rule 'same_kind'",
  });
  assert.equal(String(np.add(np.ones(3, { dtype: "int64" }), 1.5, { dtype: "int32", casting: "unsafe" })), "[2 2 2]");
  assert.equal(String(np.add(np.ones(2, { dtype: "int8" }), 1, { dtype: "int32", casting: "safe" })), "[2 2]");
  assert.throws(() => np.sqrt(np.arange(3), { dtype: "int64" }), {
    name: "TypeError",
    message: "No loop matching the specified signature and casting was found for ufunc sqrt",
  });
});

test("a Python scalar with dtype=: ints are range-checked before any cast; a complex is named by the loop's precision", () => {
  // NumPy converts the Python int first: its OverflowError comes before input 0's casting error.
  assert.throws(() => np.add(np.array([1, 2], { dtype: "int8" }), -129, { dtype: "uint8" }), {
    name: "OverflowError",
    message: "Python integer -129 out of bounds for uint8",
  });
  assert.throws(() => np.add(np.array([1], { dtype: "float32" }), 300, { dtype: "uint8", casting: "unsafe" }), {
    name: "OverflowError",
    message: "Python integer 300 out of bounds for uint8",
  });
  // A complex meets a float32 loop as complex64, an int loop as complex128.
  assert.throws(() => np.add(np.array([1], { dtype: "int8" }), { re: 0, im: 1 }, { dtype: "float32" }), {
    message: "Cannot cast ufunc 'add' input 1 from dtype('complex64') to dtype('float32') with casting rule 'same_kind'",
  });
  assert.throws(() => np.add(np.array([1], { dtype: "int8" }), { re: 0, im: 1 }, { dtype: "int16" }), {
    message: "Cannot cast ufunc 'add' input 1 from dtype('complex128') to dtype('int16') with casting rule 'same_kind'",
  });
  // A float scalar is not range-checked: input 0's casting error stands.
  assert.throws(() => np.add(np.array([1], { dtype: "int8" }), { re: 1.5, im: -2 }, { dtype: "uint8" }), {
    message: "Cannot cast ufunc 'add' input 0 from dtype('int8') to dtype('uint8') with casting rule 'same_kind'",
  });
});

test("ldexp's exponent: integers only, int64 exponents are not wrapped to int32", () => {
  assert.equal(String(np.ldexp(np.array([1.5]), np.array([2n ** 40n]))), "[inf]");
  assert.equal(String(np.ldexp(np.array([1.5]), np.array([-(2 ** 40)]))), "[0.]");
  assert.equal(String(np.ldexp(np.array([1.5]), np.array([3], { dtype: "uint32" }))), "[12.]");
  const noLoop = {
    name: "TypeError",
    message: "ufunc 'ldexp' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
  };
  assert.throws(() => np.ldexp(np.array([1.5]), np.array([1.5])), noLoop);
  assert.throws(() => np.ldexp(np.array([1.5]), np.array([3], { dtype: "uint64" })), noLoop);
  assert.throws(() => np.ldexp(np.array([1.5]), 2.5), noLoop);
  assert.throws(() => np.ldexp(np.array([1.5]), 2 ** 40), { name: "OverflowError", message: "Python integer 1099511627776 out of bounds for int32" });
});

test("call errors worded as NumPy's", () => {
  assert.throws(() => np.add(np.ones(3)), { name: "TypeError", message: "add() takes from 2 to 3 positional arguments but 1 was given" });
  assert.throws(() => np.divmod(np.ones(3), 2, { out: np.zeros(3) }), { name: "TypeError", message: "'out' must be a tuple of arrays" });
  assert.throws(() => np.add(np.ones([2, 2]), 1, { order: "X" as never }), { name: "ValueError", message: "order must be one of 'C', 'F', 'A', or 'K' (got 'X')" });
  assert.throws(() => np.add(np.ones([2, 3]), 1, { where: np.ones([4], { dtype: "bool" }) }), {
    name: "ValueError",
    message: "operands could not be broadcast together with shapes (2,3) () (4,) ",
  });
  assert.throws(() => np.add(np.ones([2, 3]), 1, { where: np.array([1, 0, 1]) }), {
    name: "TypeError",
    message: "Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'",
  });
  const o = np.zeros(3);
  np.add(np.ones(3), 1, { out: o, where: [1, 0, 1] });
  assert.equal(String(o), "[2. 0. 2.]");
});

test("dtype= fixes the output dtype; signature= fixes operand dtypes", () => {
  // absolute's complex loop outputs float64: dtype="float64" selects it.
  assert.equal(String(np.absolute(np.array([{ re: -3, im: 4 }]), { dtype: "float64" })), "[5.]");
  const noLoop = (name: string) => ({ name: "TypeError", message: `No loop matching the specified signature and casting was found for ufunc ${name}` });
  assert.throws(() => np.less(np.array([1, 2]), 2, { dtype: "float64" }), noLoop("less"));
  assert.equal(String(np.less(np.array([1, 2]), 1.5, { dtype: "bool" })), "[ True False]");
  assert.equal(np.array_repr(np.add(np.array([1, 2]), 2, { signature: [null, null, "float64"] }) as np.ndarray), "array([3., 4.])");
  assert.equal(np.array_repr(np.add(np.array([1, 2]), 2, { signature: "dd->d" }) as np.ndarray), "array([3., 4.])");
  assert.throws(() => np.add(np.array([1, 2]), 2, { signature: "ll->d" }), noLoop("add"));
  assert.throws(() => np.add(1, 2, { signature: "dd->d", dtype: "float64" }), { name: "TypeError", message: "cannot specify both 'signature' and 'dtype'" });
});

test("a Python float meets a float32 array as a float32 (NEP 50), on every path", () => {
  const a = np.array([0.1, 0.2], { dtype: "float32" });
  assert.equal(String(a.equal(0.1)), "[ True False]");
  assert.equal(String(a.less_equal(0.1)), "[ True False]");
  assert.equal(String(a.greater(0.2)), "[False False]");
  // 7 * float32(0.37) is a tie in float32, rounded to even: 2.5900002 (not 2.59 rounded once).
  for (const n of [8, 129, 5000]) {
    assert.equal(np.arange(n, { dtype: "float32" }).multiply(0.37).get(7), 2.5900001525878906);
  }
  const c = np.multiply(np.array([7], { dtype: "complex64" }), { re: 0.37, im: 0.37 }) as np.ndarray;
  assert.deepEqual(c.get(0), { re: 2.5900001525878906, im: 2.5900001525878906 });
  assert.equal(String(np.array([{ re: 0.1, im: 0.1 }], { dtype: "complex64" }).equal({ re: 0.1, im: 0.1 })), "[ True]");
});

test("integer power with a scalar base still rejects negative exponents", () => {
  const msg = { name: "ValueError", message: "Integers to negative integer powers are not allowed." };
  assert.throws(() => np.power(2, np.array([-1, 2])), msg);
  assert.throws(() => np.power(2, np.array(new Array(100).fill(-1))), msg);
  assert.equal(String(np.power(2, np.array([0, 3]))), "[1 8]");
});

test("logical_and/or/xor take an out-of-range Python int by its truth value", () => {
  assert.equal(String(np.logical_and(np.array([1, 0], { dtype: "uint8" }), -1)), "[ True False]");
  assert.equal(String((np.logical_xor(np.array(new Array(20).fill(1), { dtype: "uint8" }), 300) as np.ndarray).get("0:2")), "[False False]");
  assert.throws(() => np.logical_and(np.array([1], { dtype: "int8" }), 2n ** 70n), { name: "OverflowError", message: "Python int too large to convert to C long" });
  // NumPy reads the int as a C long whatever the array: beyond int64 it raises for uint64 and floats too.
  const overflow = { name: "OverflowError", message: "Python int too large to convert to C long" };
  assert.throws(() => np.logical_and(np.array([1n], { dtype: "uint64" }), 2n ** 63n), overflow);
  assert.throws(() => np.logical_or(2n ** 64n, np.array([1.5], { dtype: "float32" })), overflow);
  assert.throws(() => np.logical_xor(np.array([true]), -(2n ** 63n) - 1n), overflow);
});

test("integers compare exactly with Python ints beyond their range (every element alike)", () => {
  const u = np.array([0n, 2n ** 64n - 2n, 2n ** 64n - 1n], { dtype: "uint64" });
  assert.equal(String(np.equal(u, 2n ** 64n)), "[False False False]");
  assert.equal(String(np.less(u, 2n ** 64n)), "[ True  True  True]");
  assert.equal(String(np.greater_equal(2n ** 64n, u)), "[ True  True  True]");
  assert.equal(String(np.less(u, -1)), "[False False False]");
  const i = np.array([-(2n ** 63n), 0n, 2n ** 63n - 1n]);
  assert.equal(String(np.less(i, 2n ** 63n)), "[ True  True  True]");
  assert.equal(String(np.not_equal(i, 2n ** 63n)), "[ True  True  True]");
  assert.equal(String(np.greater(i, -(2n ** 63n) - 1n)), "[ True  True  True]");
  assert.equal(String(np.less_equal(-(2n ** 70n), i)), "[ True  True  True]");
  assert.equal(String(np.greater(np.array([0, 127], { dtype: "int8" }), 300)), "[False False]");
  const out = np.ones(3, { dtype: "bool" });
  np.equal(u, 2n ** 64n, { out, where: np.array([true, false, true]) });
  assert.equal(String(out), "[False  True False]");
  // A bool array meets the int as int64, which it does not fit: NumPy raises.
  assert.throws(() => np.less(np.array([true]), 2n ** 63n), { name: "OverflowError", message: "Python int too large to convert to C long" });
});

test("integer power of a bool array by a Python int runs the int64 loop", () => {
  assert.equal(np.array_repr(np.power(np.array([false, true]), 3) as np.ndarray), "array([0, 1])");
  assert.throws(() => np.power(np.array([true]), -1), { name: "ValueError", message: "Integers to negative integer powers are not allowed." });
});

test("a 0-d int64 ufunc result beyond 2^53 is an exact bigint, as reductions return", () => {
  assert.equal(np.add(2n ** 62n, 2n ** 62n), -(2n ** 63n));
  assert.equal(np.left_shift(1, 63), -(2n ** 63n));
  assert.equal(np.multiply(np.array(2n ** 40n), 2), 2 ** 41);
  assert.deepEqual(np.divmod(2n ** 60n + 1n, 2), [2n ** 59n, 1]);
});

test("a unary ufunc's input cast error names no input index, as NumPy's", () => {
  assert.throws(() => np.sqrt(np.array([1, 2]), { out: np.zeros(2, { dtype: "float32" }), casting: "no" }), {
    name: "UFuncTypeError",
    message: "Cannot cast ufunc 'sqrt' input from dtype('int64') to dtype('float64') with casting rule 'no'",
  });
});

test("uint64 compares exactly with signed integers (NumPy 2's mixed loops, no float64 rounding)", () => {
  const u = np.array([2n ** 53n + 1n, 2n ** 64n - 1n, 0n], { dtype: "uint64" });
  const s = np.array([2n ** 53n, 2n ** 63n - 1n, -1n]);
  assert.equal(String(np.equal(u, s)), "[False False False]");
  assert.equal(String(np.greater(u, s)), "[ True  True  True]");
  assert.equal(String(np.less(s, u)), "[ True  True  True]");
  assert.equal(np.less_equal(np.array(-3, { dtype: "int16" }), np.array(0n, { dtype: "uint64" })), true);
});

// Expected messages below are NumPy 2.4.6's (conformance probes, conf-ufunc session).
test("signature= is parsed as NumPy 2.4.6 parses it, with its errors; sig= is its older spelling", () => {
  const i = np.arange(3, { dtype: "float64" });
  const typeString = { name: "ValueError", message: "a type-string for add, 2 typecode(s) before and 1 after the -> sign" };
  assert.throws(() => np.add(i, 1, { signature: "i,i->i" }), typeString);
  assert.throws(() => np.add(i, 1, { signature: "dd" }), typeString);
  assert.throws(() => np.add(i, 1, { signature: "dd -> d" }), typeString);
  assert.throws(() => np.add(i, 1, { signature: "float64" }), typeString);
  assert.throws(() => np.sqrt(i, { signature: "dd" }), { message: "a type-string for sqrt, 1 typecode(s) before and 1 after the -> sign" });
  assert.throws(() => np.add(i, 1, { signature: "dd->x" }), { name: "ValueError", message: "Invalid data-type for array" });
  const single = { name: "TypeError", message: "Use `dtype` or  fill the tuple with more than one 'None'." };
  assert.throws(() => np.add(i, 1, { signature: "d" }), single);
  assert.throws(() => np.add(i, 1, { signature: ["float64"] }), single);
  assert.throws(() => np.add(i, 1, { signature: [null] }), { name: "TypeError", message: "a single item type tuple cannot contain None." });
  assert.throws(() => np.add(i, 1, { signature: ["float64", null] }), { name: "ValueError", message: "a type-tuple must be specified of length 3 for ufunc 'add'" });
  assert.throws(() => np.sqrt(i, { signature: ["d", "d", "d"] }), { message: "a type-tuple must be specified of length 2 for ufunc 'sqrt'" });
  assert.throws(() => np.add(i, 1, { signature: 5 }), { name: "TypeError", message: "the signature object to ufunc must be a string or a tuple." });
  assert.throws(() => np.add(i, 1, { signature: ["x", "d", "d"] }), { name: "TypeError", message: "data type 'x' not understood" });
  assert.deepEqual((np.add(np.arange(3), 1, { sig: "dd->d" }) as np.NDArray).dtype, "float64");
  assert.deepEqual((np.add(np.arange(3), 1, { signature: ["d", "d", "d"] }) as np.NDArray).dtype, "float64");
  assert.throws(() => np.add(1, 2, { sig: "dd->d", signature: "dd->d" }), { name: "TypeError", message: "cannot specify both 'sig' and 'signature'" });
});

test("logical_and/or/xor: inputs of different dtypes or a Python scalar meet in the bool loop under any casting (NumPy's logical promoter)", () => {
  assert.deepEqual(np.logical_and.resolve_dtypes(["float32", "float", null]), ["bool", "bool", "bool"]);
  assert.deepEqual(np.logical_or.resolve_dtypes(["int8", "float32", null]), ["bool", "bool", "bool"]);
  assert.deepEqual(np.logical_xor.resolve_dtypes(["float32", "float32", null]), ["float32", "float32", "bool"]);
  // no cast of the scalar to float32 (no overflow warning), no range check of a Python int
  const [r, caught] = captureWarnings(() => np.logical_and(np.array([3, 0], { dtype: "float32" }), 1e300));
  assert.deepEqual([(r as np.NDArray).tolist(), caught], [[true, false], []]);
  assert.deepEqual((np.logical_and(np.array([3, 0], { dtype: "uint64" }), -1) as np.NDArray).tolist(), [true, false]);
  for (const casting of ["no", "equiv", "safe", "same_kind", "unsafe"] as const) {
    assert.deepEqual((np.logical_or(np.array([0, 3], { dtype: "int8" }), np.array([0, 0.5]), { casting }) as np.NDArray).tolist(), [false, true]);
  }
  assert.deepEqual((np.logical_and(np.array([1.5, 0]), np.array([1.5, 1.5]), { dtype: "bool", casting: "no" }) as np.NDArray).tolist(), [true, false]);
});
