// Tests for src/api/dtypes.ts against NumPy 2.4: issubdtype, finfo/iinfo errors and their str
// (the machine-parameter table) and repr.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { withWarnings } from "../helpers/warnings.js";
import { inspect } from "node:util";

describe("issubdtype", () => {
  test("walks NumPy's abstract type hierarchy", () => {
    assert.equal(np.issubdtype("int8", np.integer), true);
    assert.equal(np.issubdtype("uint8", np.signedinteger), false);
    assert.equal(np.issubdtype("uint8", np.unsignedinteger), true);
    assert.equal(np.issubdtype("float32", np.floating), true);
    assert.equal(np.issubdtype("complex64", np.inexact), true);
    assert.equal(np.issubdtype("bool", np.number), false);
    assert.equal(np.issubdtype("bool", np.generic), true);
    assert.equal(np.issubdtype(np.floating, np.inexact), true);
    assert.equal(np.issubdtype(np.number, np.integer), false);
    assert.equal(np.issubdtype("float32", "float64"), false);
    assert.equal(np.issubdtype("i4", np.int32), true);
  });
});

test("can_cast refuses a complex JS scalar as NumPy 2 refuses Python scalars", () => {
  assert.throws(() => np.can_cast({ re: 0, im: 1 } as never, "complex128"), {
    name: "TypeError",
    message: /^can_cast\(\) does not support Python ints, floats, and complex because the result used to depend on the value/,
  });
});

describe("finfo", () => {
  test("a non-float dtype is NumPy's ValueError naming the scalar class", () => {
    assert.throws(() => np.finfo("int32"), { name: "ValueError", message: "data type <class 'numpy.int32'> not inexact" });
  });

  test("finfo objects are cached per float type, as NumPy's (np.finfo(np.complex64) is np.finfo(np.float32))", () => {
    assert.equal(np.finfo("float64"), np.finfo(np.float64));
    assert.equal(np.finfo("complex64"), np.finfo("float32"));
    assert.notEqual(np.finfo("float32"), np.finfo("float64"));
  });

  test("finfo(null) is float64's, with NumPy 1.25's DeprecationWarning", async () => {
    const [f, seen] = await withWarnings(() => np.finfo(null));
    assert.equal(f.dtype, "float64");
    assert.deepEqual(seen, ["DeprecationWarning: finfo() dtype cannot be None. This behavior will raise an error in the future. (Deprecated in NumPy 1.25)"]);
  });
});

const RULE = "-".repeat(63);

test("String(finfo) and String(iinfo) are NumPy's str; inspect is its repr", () => {
  assert.equal(
    String(np.finfo("float32")),
    `Machine parameters for float32\n${RULE}\nprecision = 6   resolution = 1e-06\nmachep = -23   eps =        1.1920929e-07\n` +
      `negep =  -24   epsneg =     5.9604645e-08\nminexp = -126   tiny =       1.1754944e-38\nmaxexp = 128   max =        3.4028235e+38\n` +
      `nexp =   8   min =        -max\nsmallest_normal = 1.1754944e-38   smallest_subnormal = 1e-45\n${RULE}\n`,
  );
  assert.equal(inspect(np.finfo("float32")), "finfo(resolution=1e-06, min=-3.4028235e+38, max=3.4028235e+38, dtype=float32)");
  assert.equal(String(np.iinfo("uint64")), `Machine parameters for uint64\n${RULE}\nmin = 0\nmax = 18446744073709551615\n${RULE}\n`);
  assert.equal(inspect(np.iinfo("int16")), "iinfo(min=-32768, max=32767, dtype=int16)");
});

test("finfo/iinfo take Python scalars (their type) and name NumPy's scalar class in errors", () => {
  assert.equal(np.finfo(7.5).eps, 2.220446049250313e-16);
  assert.equal(np.iinfo(7).max, 2n ** 63n - 1n);
  assert.throws(() => np.finfo("int32"), { name: "ValueError", message: "data type <class 'numpy.int32'> not inexact" });
  assert.throws(() => np.finfo(true), { message: "data type <class 'numpy.bool'> not inexact" });
  assert.throws(() => np.iinfo(7.5), { message: "Invalid integer data type 'f'." });
});

// Expected values below are NumPy 2.4.6's (conformance probes, conf-ufunc session).
test("min_scalar_type follows NumPy 2.4.6's value rules for floats, complex, big ints and 0-d arrays", () => {
  const f = (x: number) => np.array(x, { dtype: "float64" });
  assert.equal(np.min_scalar_type(1.5), "float16");
  assert.equal(np.min_scalar_type(1e-8), "float16"); // only the magnitude's upper bound counts
  assert.equal(np.min_scalar_type(1e-46), "float16");
  assert.equal(np.min_scalar_type(-64999.5), "float16");
  assert.equal(np.min_scalar_type(Infinity), "float16");
  assert.equal(np.min_scalar_type(NaN), "float16");
  assert.equal(np.min_scalar_type(65000.5), "float32");
  assert.equal(np.min_scalar_type(1e38), "float32");
  assert.equal(np.min_scalar_type(3.4e38), "float64");
  assert.equal(np.min_scalar_type({ re: 1, im: 2 }), "complex64");
  assert.equal(np.min_scalar_type({ re: NaN, im: 0 }), "complex128");
  assert.equal(np.min_scalar_type({ re: 3.4e38, im: 0 }), "complex128");
  assert.equal(np.min_scalar_type(2n ** 64n), "object");
  assert.equal(np.min_scalar_type(-(2n ** 63n) - 1n), "object");
  // A 0-d array is judged by its value in its own kind.
  assert.equal(np.min_scalar_type(f(1e5)), "float32");
  assert.equal(np.min_scalar_type(f(0)), "float16");
  assert.equal(np.min_scalar_type(f(2 ** 70)), "float32");
  assert.equal(np.min_scalar_type(np.array(-5)), "int8");
  assert.equal(np.min_scalar_type(np.array(true)), "bool");
  assert.equal(np.min_scalar_type(np.array({ re: 1, im: 2 }, { dtype: "complex64" })), "complex64");
  // Any other array_like is its array's dtype.
  assert.equal(np.min_scalar_type([1, 2]), "int64");
  assert.equal(np.min_scalar_type(np.array([1, 2], { dtype: "int8" })), "int8");
});

test("finfo/iinfo of a string naming no dtype and can_cast(None) are NumPy 2.4.6's errors", () => {
  assert.throws(() => np.finfo("float99"), { name: "ValueError", message: "data type <class 'numpy.str_'> not inexact" });
  assert.throws(() => np.iinfo("int3"), { name: "ValueError", message: "Invalid integer data type 'U'." });
  assert.throws(() => np.finfo("int32"), { name: "ValueError", message: "data type <class 'numpy.int32'> not inexact" });
  assert.throws(() => np.iinfo("float64"), { name: "ValueError", message: "Invalid integer data type 'f'." });
  assert.throws(() => np.can_cast(null as never, "int8"), { name: "TypeError", message: "did not understand one of the types; 'None' not accepted" });
});

test("np.float16 and np.half exist, and as a dtype they throw ndts's not-supported TypeError", () => {
  assert.equal(np.float16, "float16");
  assert.equal(np.half, "float16");
  for (const dt of [np.float16, np.half]) {
    assert.throws(() => np.zeros([2, 3], { dtype: dt }), { name: "TypeError", message: /'float16' is not supported by ndts/ });
    assert.throws(() => np.array([1, 2], { dtype: dt }), { name: "TypeError", message: /not supported by ndts/ });
    assert.throws(() => np.arange(3).astype(dt), { name: "TypeError", message: /not supported by ndts/ });
  }
});

test("NumPy 2's np.long/np.ulong, and names of dtypes without ndts storage throw the not-supported TypeError", () => {
  assert.equal(np.zeros(1, { dtype: np.long }).dtype, "int64");
  assert.equal(np.zeros(1, { dtype: np.ulong }).dtype, "uint64");
  for (const dt of [np.longdouble, np.clongdouble, np.float128, np.complex256, np.object_, np.str_, np.bytes_, np.void, np.datetime64, np.timedelta64]) {
    assert.equal(typeof dt, "string");
    assert.throws(() => np.zeros(2, { dtype: dt }), { name: "TypeError", message: /is not supported by ndts/ });
  }
});

test("np.typecodes, np.little_endian, np.True_/np.False_ as NumPy 2.4.6 on Linux", () => {
  assert.deepEqual({ ...np.typecodes }, {
    Character: "c", Integer: "bhilqnp", UnsignedInteger: "BHILQNP", Float: "efdg", Complex: "FDG",
    AllInteger: "bBhHiIlLqQnNpP", AllFloat: "efdgFDG", Datetime: "Mm", All: "?bhilqnpBHILQNPefdgFDGSUVOMm",
  });
  assert.equal(np.little_endian, true);
  assert.equal(np.True_, true);
  assert.equal(np.False_, false);
});

test("can_cast, result_type, promote_types, min_scalar_type, finfo, iinfo, dtype refuse unknown keywords (NumPy 2.4.6's TypeErrors)", () => {
  const any = np as unknown as Record<string, (...a: unknown[]) => unknown>;
  assert.throws(() => any.can_cast!("i8", "f8", { bogus: 1 }), { name: "TypeError", message: "can_cast() got an unexpected keyword argument 'bogus'" });
  assert.equal(np.can_cast("i8", "f4", { casting: "same_kind" }), true);
  assert.equal(np.can_cast("i8", "f4"), false);
  assert.throws(() => any.result_type!("i8", { bogus: 1 }), { name: "TypeError", message: "result_type() got an unexpected keyword argument 'bogus'" });
  assert.throws(() => any.min_scalar_type!(1, { bogus: 1 }), { name: "TypeError", message: "min_scalar_type() got an unexpected keyword argument 'bogus'" });
  assert.throws(() => any.min_scalar_type!(1, 2), { name: "TypeError", message: "min_scalar_type() takes 1 positional argument but 2 were given" });
  assert.throws(() => any.promote_types!("i8", "f8", { bogus: 1 }), { name: "TypeError", message: "numpy.promote_types() takes no keyword arguments" });
  assert.throws(() => any.promote_types!("i8", "f8", "i4"), { name: "TypeError", message: "promote_types() takes 2 positional arguments but 3 were given" });
  assert.throws(() => any.finfo!("f8", { bogus: 1 }), { name: "TypeError", message: "finfo.__new__() got an unexpected keyword argument 'bogus'" });
  assert.throws(() => any.finfo!("f8", 1), { name: "TypeError", message: "finfo.__new__() takes 2 positional arguments but 3 were given" });
  assert.throws(() => any.iinfo!("i8", { bogus: 1 }), { name: "TypeError", message: "iinfo.__init__() got an unexpected keyword argument 'bogus'" });
  assert.equal(np.finfo({ dtype: "f4" }).bits, 32);
  assert.equal(np.iinfo({ int_type: "i2" }).bits, 16);
  assert.throws(() => any.dtype!("f8", { bogus: 1 }), { name: "TypeError", message: "'bogus' is an invalid keyword argument for dtype()" });
  assert.equal(np.dtype("f8", { align: true }).name, "float64");
});

test("issubdtype places the storage-less NumPy types (np.float16, np.str_, np.object_, ...) as NumPy 2.4.6 does", () => {
  assert.equal(np.issubdtype(np.float16, np.floating), true);
  assert.equal(np.issubdtype(np.half, np.inexact), true);
  assert.equal(np.issubdtype(np.clongdouble, np.complexfloating), true);
  assert.equal(np.issubdtype(np.str_, np.character), true);
  assert.equal(np.issubdtype(np.bytes_, np.flexible), true);
  assert.equal(np.issubdtype(np.void, np.flexible), true);
  assert.equal(np.issubdtype(np.object_, np.number), false);
  assert.equal(np.issubdtype(np.timedelta64, np.signedinteger), true);
  assert.equal(np.issubdtype(np.datetime64, np.generic), true);
  // Every ndts array: not a string, not an object array, not float16.
  for (const name of ["float64", "int8", "bool", "complex64"]) {
    assert.equal(np.issubdtype(name, np.str_), false);
    assert.equal(np.issubdtype(name, np.object_), false);
    assert.equal(np.issubdtype(name, np.float16), false);
    assert.equal(np.issubdtype(name, np.character), false);
  }
});
