// Tests for src/api/dtypes.ts against NumPy 2.4: issubdtype, finfo/iinfo errors and their str
// (the machine-parameter table) and repr.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
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

describe("finfo", () => {
  test("a non-float dtype is NumPy's ValueError naming the scalar class", () => {
    assert.throws(() => np.finfo("int32"), { name: "ValueError", message: "data type <class 'numpy.int32'> not inexact" });
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
