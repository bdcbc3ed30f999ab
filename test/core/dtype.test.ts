// Tests for src/core/dtype.ts: dtype names and aliases as NumPy 2 resolves them.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { inspect } from "node:util";

describe("dtype objects", () => {
  test("have NumPy's attributes of a plain (non-structured) dtype", () => {
    // NumPy 2.4: np.dtype('f8').descr == [('', '<f8')], .shape == (), .base == dtype('float64'), ...
    const f8 = np.dtype("f8");
    assert.deepEqual(f8.descr, [["", "<f8"]]);
    assert.deepEqual(np.dtype("?").descr, [["", "|b1"]]);
    assert.deepEqual(f8.shape, []);
    assert.equal(f8.ndim, 0);
    assert.equal(f8.base, f8);
    assert.equal(f8.type, np.float64);
    assert.equal(np.dtype("c8").type, np.complex64);
    for (const k of ["names", "fields", "subdtype", "metadata"] as const) assert.equal(f8[k], null);
    assert.equal(f8.hasobject, false);
    assert.equal(f8.isalignedstruct, false);
    assert.equal(f8.flags, 0);
    assert.equal(f8.isbuiltin, 1);
  });

  test("newbyteorder keeps native and one-byte dtypes; a big-endian result is NotImplementedError", () => {
    const f8 = np.dtype("f8");
    for (const o of ["<", "=", "|", "little", "native", "N", "I"]) assert.equal(f8.newbyteorder(o), f8);
    for (const o of ["S", ">", "big"]) assert.equal(np.dtype("i1").newbyteorder(o), np.dtype("i1"));
    assert.throws(() => f8.newbyteorder(), { name: "NotImplementedError" });
    assert.throws(() => np.dtype("c8").newbyteorder(">"), { name: "NotImplementedError" });
    assert.throws(() => f8.newbyteorder("x"), { name: "ValueError", message: "byteorder not recognized (got 'x')" });
  });
});

describe("promotion of a sequence (NumPy's PyArray_PromoteDTypeSequence)", () => {
  test("np.result_type is not pairwise: the most knowledgeable dtype promotes each of the others", () => {
    // NumPy 2.4: uint16 + int8 is int32, yet np.result_type(uint16, int8, float32) is float32.
    assert.equal(np.result_type("uint16", "int8", "float32"), "float32");
    assert.equal(np.result_type("uint16", "int8", "complex64"), "complex64");
    assert.equal(np.result_type("int8", "complex64", "uint16"), "complex64");
    assert.equal(np.result_type("int32", "int8", "complex64"), "complex128");
    assert.equal(np.result_type("uint16", np.zeros([], "int8"), 1, "complex64"), "complex64");
    assert.equal(np.result_type(np.zeros(2, "float32"), { re: 0, im: 1 }, 1.5), "complex64");
    assert.equal(np.result_type("uint16", "int8", 1.5), "float64");
    assert.equal(np.result_type(true, 1), "int64");
  });

  test("a Python int alone is typed by its value, as np.asarray types it", () => {
    assert.equal(np.result_type(2n ** 63n), "uint64");
    assert.equal(np.result_type(2n ** 63n, 1), "int64");
    assert.equal(np.result_type(7), "int64");
  });

  test("concatenate, stack, clip and einsum promote their operands as np.result_type does", () => {
    const [u16, i8, f32] = [np.zeros(1, "uint16"), np.zeros(1, "int8"), np.zeros(1, "float32")];
    assert.equal(np.concatenate([u16, i8, f32]).dtype, "float32");
    assert.equal(np.concatenate([u16, i8, np.zeros(1, "complex64")]).dtype, "complex64");
    assert.equal(np.stack([u16, i8, f32]).dtype, "float32");
    assert.equal((np.clip(u16, i8, f32) as np.NDArray).dtype, "float32");
    assert.equal((np.einsum("i,i,i->i", u16, i8, f32) as np.NDArray).dtype, "float32");
  });
});

describe("resolveDType", () => {
  test("NumPy 1 aliases that NumPy 2 removed are refused with NumPy 2's messages", () => {
    for (const name of ["float_", "cfloat", "complex_"]) {
      assert.throws(() => np.dtype(name), { name: "TypeError", message: `data type '${name}' not understood` });
    }
    for (const name of ["bool8", "int0", "uint0"]) {
      assert.throws(() => np.dtype(name), {
        name: "TypeError",
        message: `Alias '${name}' was removed in NumPy 2.0. Use a name without a digit at the end.`,
      });
    }
  });

  test("NumPy 2's intp/uintp codes 'n'/'N', and the native orders '<', '=', '|' before any type code", () => {
    // NumPy 2.4: np.dtype('n') is int64, np.dtype('|d') float64, np.dtype('<F') complex64.
    assert.equal(np.dtype("n").name, "int64");
    assert.equal(np.dtype("N").name, "uint64");
    const cases: [string, string][] = [["|i4", "int32"], ["|c16", "complex128"], ["|d", "float64"], ["=d", "float64"], ["<d", "float64"],
      ["|q", "int64"], ["=n", "int64"], ["|N", "uint64"], ["<p", "int64"], ["<L", "uint64"], ["=Q", "uint64"], ["<F", "complex64"], ["|u8", "uint64"]];
    for (const [code, name] of cases) assert.equal(np.dtype(code).name, name, code);
    assert.throws(() => np.dtype("<int64"), { name: "TypeError", message: "data type '<int64' not understood" });
  });

  test("one-byte types take any byte-order character", () => {
    for (const p of ["<", ">", "|", "="]) {
      assert.equal(np.dtype(`${p}i1`).name, "int8");
      assert.equal(np.dtype(`${p}u1`).name, "uint8");
      assert.equal(np.dtype(`${p}?`).name, "bool");
      assert.equal(np.dtype(`${p}b1`).name, "bool");
    }
  });

  test("np.dtype(null) and astype(null) are the default dtype, float64", () => {
    assert.equal(np.dtype(null).name, "float64");
    assert.equal(np.arange(3).astype(null).dtype, "float64");
  });
});

test("dtype objects carry NumPy's alignment, byteorder, num and isnative", () => {
  const info = (n: string) => {
    const d = np.dtype(n);
    return [d.alignment, d.byteorder, d.num, d.isnative];
  };
  assert.deepEqual(info("bool"), [1, "|", 0, true]);
  assert.deepEqual(info("uint8"), [1, "|", 2, true]);
  assert.deepEqual(info("int16"), [2, "=", 3, true]);
  assert.deepEqual(info("int64"), [8, "=", 7, true]);
  assert.deepEqual(info("uint64"), [8, "=", 8, true]);
  assert.deepEqual(info("float32"), [4, "=", 11, true]);
  assert.deepEqual(info("complex64"), [4, "=", 14, true]);
  assert.deepEqual(info("complex128"), [8, "=", 15, true]);
});

test("NumPy dtypes without ndts storage say so; names NumPy rejects stay 'not understood' (NumPy 2.4.6)", () => {
  for (const name of ["object", "O", "U", "S10", "<U5", "str", "bytes", "datetime64", "M8[ns]", "timedelta64[s]", "longdouble", "clongdouble", "f16", "c32", ">i4", ">f8"]) {
    assert.throws(() => np.dtype(name), (e: Error) => e.name === "TypeError" && e.message.startsWith(`data type '${name}' is not supported by ndts`));
  }
  for (const name of ["float99", "Float64", "int64 ", "", ">x4", "object9"]) {
    assert.throws(() => np.zeros(1, { dtype: name as never }), { name: "TypeError", message: `data type '${name}' not understood` });
  }
  assert.equal(np.dtype(">i1").name, "int8"); // one byte: any byte order
});

test("console.log / util.inspect of a dtype object is NumPy's repr, dtype('float32')", () => {
  assert.equal(inspect(np.dtype("f4")), "dtype('float32')");
  assert.equal(inspect(np.dtype("?")), "dtype('bool')");
  assert.equal(String(np.dtype("c8")), "complex64");
});
