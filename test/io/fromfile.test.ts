// np.fromfile and ndarray.tofile (expected values printed by NumPy 2.4.6 for the same files).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as np from "../../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "ndts-fromfile-"));
const text = (name: string, s: string): string => {
  writeFileSync(join(dir, name), s);
  return join(dir, name);
};

test("binary: tofile writes C-order native bytes; fromfile reads them with count and offset", () => {
  const a = np.arange(6, { dtype: "int16" });
  const p = join(dir, "b.bin");
  const written = a.tofile(p);
  assert.deepEqual(new Uint8Array(readFileSync(p)), written);
  assert.deepEqual(written, a.tobytes());
  assert.deepEqual(np.fromfile(p, "int16", 3, "", 2).tolist(), [1, 2, 3]);
  assert.deepEqual(np.fromfile(p, { dtype: "int16", count: 10 }).tolist(), [0, 1, 2, 3, 4, 5]);
  // 12 bytes as float64: one element (NumPy: array([4.17205592e-309])).
  const f = np.fromfile(p);
  assert.deepEqual(f.shape, [1]);
  assert.equal(f.item(), new Float64Array(new Uint8Array([0, 0, 1, 0, 2, 0, 3, 0]).buffer)[0]);
  assert.throws(() => np.fromfile(p, { dtype: "int16", offset: 100 }), { name: "ValueError", message: "negative dimensions are not allowed" });
  const t = np.arange(6, { dtype: "float32" }).reshape(2, 3).T;
  assert.deepEqual(np.fromfile(t.tofile(null) as Uint8Array, "float32").tolist(), [0, 3, 1, 4, 2, 5]);
  assert.deepEqual(np.fromfile(text("e.txt", "")).shape, [0]);
});

test("text: fromfile with a separator, NumPy's matching of whitespace and its unmatched-data error", () => {
  assert.deepEqual(np.fromfile(text("t5b.txt", "1, 2,3 ,\n4 ,"), { sep: "," }).tolist(), [1, 2, 3, 4]);
  assert.deepEqual(np.fromfile(text("t6.txt", "1 2\n3   4\n"), { sep: " ", dtype: "int32" }).tolist(), [1, 2, 3, 4]);
  assert.deepEqual(np.fromfile(join(dir, "t6.txt"), { sep: " ", dtype: "int32", count: 3 }).tolist(), [1, 2, 3]);
  assert.deepEqual(np.fromfile(join(dir, "t6.txt"), { sep: " ", count: 7 }).tolist(), [1, 2, 3, 4]);
  assert.deepEqual(np.fromfile(text("t8.txt", "1.5,nan,inf,-3e2"), { sep: "," }).tolist(), [1.5, NaN, Infinity, -300]);
  assert.deepEqual(np.fromfile(text("t11.txt", "1, 2, 3"), { sep: ", " }).tolist(), [1, 2, 3]);
  assert.deepEqual(np.fromfile(text("t12.txt", "1,2,3"), { sep: ", " }).tolist(), [1, 2, 3]);
  assert.deepEqual(np.fromfile(text("t13.txt", "1   ,2"), { sep: " ," }).tolist(), [1, 2]);
  assert.deepEqual(np.fromfile(text("t14.txt", "1 0 2"), { sep: " ", dtype: "bool" }).tolist(), [true, false, true]);
  assert.deepEqual(np.fromfile(text("t15.txt", "1+2j 3 -2.5e-1-1e1j"), { sep: " ", dtype: "complex128" }).tolist(), [
    { re: 1, im: 2 },
    { re: 3, im: 0 },
    { re: -0.25, im: -10 },
  ]);
  const msg = { name: "ValueError", message: "string or file could not be read to its end due to unmatched data" };
  assert.throws(() => np.fromfile(text("t5.txt", "1, 2,3 ,\n4 , x"), { sep: "," }), msg);
  assert.throws(() => np.fromfile(join(dir, "t8.txt"), { sep: ",", dtype: "int64" }), msg);
  assert.throws(() => np.fromfile(text("t9.txt", "1,2;3"), { sep: "," }), msg);
  assert.throws(() => np.fromfile(text("t10.txt", "1 2 3"), { sep: "," }), msg);
  assert.throws(() => np.fromfile(text("t16.txt", "0x10 010 1e2"), { sep: " " }), msg);
});

test("text: tofile formats each item as Python's % on a.item() and joins with sep", () => {
  assert.equal(np.array([0.1, 1.5], { dtype: "float32" }).tofile(null, ","), "0.10000000149011612,1.5");
  assert.equal(np.array([[1, 2], [3, 4]]).tofile(null, " ", "%r"), "1 2 3 4");
  assert.equal(np.array([true, false]).tofile(null, "\n"), "True\nFalse");
  assert.equal(np.array([{ re: 1, im: 2 }]).tofile(null, ","), "(1+2j)");
  assert.equal(np.array([1.5, 2]).tofile(null, { sep: ",", format: "%.2f" }), "1.50,2.00");
  assert.equal(np.array([2n ** 64n - 1n, 3n], { dtype: "uint64" }).tofile(null, " ", "%r"), "18446744073709551615 3");
  assert.throws(() => np.array([{ re: 1, im: 2 }]).tofile(null, ",", "%.2f"), { name: "TypeError", message: "must be real number, not complex" });
  const p = join(dir, "f.txt");
  np.array([1.5, 2]).tofile(p, ",", "%.2f");
  assert.equal(readFileSync(p, "utf8"), "1.50,2.00");
});

test("np.fromstring: numbers in a string between separators (NumPy 2.4.6); the binary mode is removed", () => {
  assert.equal(np.array_repr(np.fromstring("1 2 3 4", { dtype: "int8", count: 2, sep: " " })), "array([1, 2], dtype=int8)");
  assert.equal(np.array_repr(np.fromstring("1, 2, 3.5", { sep: "," })), "array([1. , 2. , 3.5])");
  assert.equal(np.array_repr(np.fromstring("  1   2  ", { sep: " " })), "array([1., 2.])");
  assert.equal(np.array_repr(np.fromstring("1e3 inf nan -0", { sep: " " })), "array([1000.,   inf,   nan,   -0.])");
  assert.equal(np.array_repr(np.fromstring("1+2j 3", { dtype: "complex128", sep: " " })), "array([1.+2.j, 3.+0.j])");
  assert.equal(np.array_repr(np.fromstring(new TextEncoder().encode("1 2"), "int8", -1, { sep: " " })), "array([1, 2], dtype=int8)");
  assert.equal(np.array_repr(np.fromstring("", { sep: " " })), "array([], dtype=float64)");
  assert.throws(() => np.fromstring("1,,2", { sep: "," }), { name: "ValueError", message: "string or file could not be read to its end due to unmatched data" });
  for (const call of [() => np.fromstring("1 2 3"), () => np.fromstring("1 2 3", { sep: "" })]) {
    assert.throws(call, { name: "ValueError", message: "The binary mode of fromstring is removed, use frombuffer instead" });
  }
});

test("fromfile refuses offset with a text sep, as NumPy", () => {
  assert.throws(() => np.fromfile(new TextEncoder().encode("1 2\n3 4\n"), { sep: " ", offset: 1 }), {
    name: "TypeError",
    message: "'offset' argument only permitted for binary files",
  });
});
