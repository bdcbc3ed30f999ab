// Tests for src/api/dtypes.ts: issubdtype and finfo's errors, against NumPy 2.4.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

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
