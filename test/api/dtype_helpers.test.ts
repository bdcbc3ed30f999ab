// np.isdtype, np.common_type, np.mintypecode and np.typename against NumPy 2.4.6 (expected
// values printed by NumPy; a dtype is its name in ndts, so np.common_type returns names).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("isdtype: kind names, dtypes, tuples (JS arrays)", () => {
  assert.equal(np.isdtype(np.float64, "real floating"), true);
  assert.equal(np.isdtype(np.float64, ["integral", "bool"]), false);
  assert.equal(np.isdtype(np.int8, "numeric"), true);
  assert.equal(np.isdtype(np.bool, "numeric"), false);
  assert.equal(np.isdtype(np.bool, "bool"), true);
  assert.equal(np.isdtype(np.complex64, "complex floating"), true);
  assert.equal(np.isdtype(np.uint8, "signed integer"), false);
  assert.equal(np.isdtype(np.uint8, "unsigned integer"), true);
  assert.equal(np.isdtype(np.int8, [np.int8, "integral"]), true);
  assert.equal(np.isdtype(np.int8, np.float64), false);
  assert.equal(np.isdtype(np.int8, np.int8), true);
  assert.equal(np.isdtype(np.dtype("int8"), np.int8), true);
  assert.equal(np.isdtype(np.int8, []), false);
  assert.throws(() => np.isdtype(np.int8, "bool", { y: 1 } as never), { name: "TypeError", message: "isdtype() got an unexpected keyword argument 'y'" });
  assert.throws(() => np.isdtype(np.float64, "foo"), { name: "ValueError", message: "kind argument is a string, but 'foo' is not a known kind name." });
  assert.throws(() => np.isdtype(np.int8, ["foo"]), { name: "ValueError", message: "kind argument is a string, but 'foo' is not a known kind name." });
  assert.throws(() => np.isdtype(3 as never, "integral"), { name: "TypeError", message: "dtype argument must be a NumPy dtype, but it is a <class 'int'>." });
  assert.throws(() => np.isdtype("foo", "integral"), { name: "TypeError", message: "dtype argument must be a NumPy dtype, but it is a <class 'str'>." });
  assert.throws(() => np.isdtype(np.int8, 3 as never), { name: "TypeError", message: "kind argument must be comprised of NumPy dtypes or strings only, but is a <class 'int'>." });
});

test("common_type: the inexact type of the inputs (integers as float64)", () => {
  const a = (dt: string) => np.array([1], dt);
  assert.equal(np.common_type(a("int8"), a("float32")), "float64");
  assert.equal(np.common_type(a("float32")), "float32");
  assert.equal(np.common_type(a("int64")), "float64");
  assert.equal(np.common_type(a("complex64"), a("float32")), "complex64");
  assert.equal(np.common_type(a("complex64"), a("float64")), "complex128");
  assert.throws(() => np.common_type(a("bool")), { name: "TypeError", message: "can't get common type for non-numeric array" });
  assert.throws(() => np.common_type([1, 2] as never), { name: "AttributeError", message: "'list' object has no attribute 'dtype'" });
  assert.throws(() => np.common_type(), { name: "NotImplementedError" });
});

test("mintypecode: smallest safe type code of a typeset", () => {
  assert.equal(np.mintypecode(["d", "f", "S"]), "d");
  assert.equal(np.mintypecode("dF"), "D");
  assert.equal(np.mintypecode("fG"), "G");
  assert.equal(np.mintypecode("Ff"), "F");
  assert.equal(np.mintypecode(""), "d");
  assert.equal(np.mintypecode("ix"), "d");
  assert.equal(np.mintypecode("ix", "GDFgdf", "l"), "l");
  assert.equal(np.mintypecode("fd", { typeset: "Ffd" }), "d");
  assert.equal(np.mintypecode("Fd", { typeset: "DFfd" }), "D");
  assert.equal(np.mintypecode(np.array([1.5], "float32")), "f");
  assert.equal(np.mintypecode([np.array([1.5], "float32"), "i"]), "f");
  assert.throws(() => np.mintypecode("dF", { savecomplex: true } as never), { name: "TypeError", message: "mintypecode() got an unexpected keyword argument 'savecomplex'" });
});

test("typename: NumPy's descriptions of type codes", () => {
  assert.equal(np.typename("S1"), "character");
  assert.equal(np.typename("d"), "double precision");
  assert.equal(np.typename("?"), "bool");
  assert.equal(np.typename("G"), "complex long double precision");
  assert.throws(() => np.typename("d", { z: 1 } as never), { name: "TypeError", message: "typename() got an unexpected keyword argument 'z'" });
  assert.throws(() => np.typename("x"), { name: "KeyError", message: "'x'" });
  assert.throws(() => np.typename(np.float64), { name: "KeyError", message: "'float64'" });
});
