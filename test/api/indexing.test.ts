// Tests for src/api/indexing.ts: ix_, compared with NumPy 2.4.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

describe("ix_", () => {
  test("builds an open mesh; booleans become positions, an empty list int64", () => {
    const [r, c] = np.ix_([0, 2], [1, 3]) as [NDArray, NDArray];
    assert.deepEqual(r.shape, [2, 1]);
    assert.deepEqual(c.shape, [1, 2]);
    assert.deepEqual((np.arange(12).reshape([3, 4]).get(r, c) as NDArray).tolist(), [[1, 3], [9, 11]]);
    assert.deepEqual(np.ix_(np.array([true, false, true]))[0]!.tolist(), [0, 2]);
    assert.equal(np.ix_([])[0]!.dtype, "int64");
    assert.throws(() => np.ix_([[0]]), { name: "ValueError", message: "Cross index must be 1 dimensional" });
  });
});

describe("unravel_index and ravel_multi_index", () => {
  test("a float dimension is Python's TypeError, not a silent truncation", () => {
    assert.throws(() => np.unravel_index(1, [2.5, 3]), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
  });

  test("convert between flat indices and coordinates in C or F order", () => {
    assert.deepEqual(np.unravel_index(5, [2, 3]), [1, 2]);
    assert.deepEqual(np.unravel_index([1, 5], [2, 3]).map((x) => (x as NDArray).tolist()), [[0, 1], [1, 2]]);
    assert.deepEqual(np.unravel_index([0, 1, 2], [2, 3], "F").map((x) => (x as NDArray).tolist()), [[0, 1, 0], [0, 0, 1]]);
    assert.throws(() => np.unravel_index(6, [2, 3]), { name: "ValueError", message: "index 6 is out of bounds for array with size 6" });
    assert.throws(() => np.unravel_index(1.5, [2, 3]), { name: "TypeError", message: "only int indices permitted" });
    assert.equal(np.ravel_multi_index([1, 2], [2, 3]), 5);
    assert.deepEqual((np.ravel_multi_index([[0, 1], [2, 0]], [2, 3]) as NDArray).tolist(), [2, 3]);
    assert.equal(np.ravel_multi_index([2, 4], [2, 3], { mode: ["clip", "wrap"] }), 4);
    assert.equal(np.ravel_multi_index([2, -4], [2, 3], { mode: "clip" }), 3);
    assert.throws(() => np.ravel_multi_index([-1, 1], [2, 3]), { name: "ValueError", message: "invalid entry in coordinates array" });
    assert.throws(() => np.ravel_multi_index([1], [2, 3]), { name: "ValueError", message: "parameter multi_index must be a sequence of length 2" });
  });

  test("an array multi_index is a sequence of its rows; bool indices cast to int; clipmodes must match dims", () => {
    assert.equal(np.ravel_multi_index(np.array([1, 2]), [3, 4]), 6);
    assert.deepEqual((np.ravel_multi_index(np.array([[1, 2], [0, 1]]), [3, 4]) as NDArray).tolist(), [4, 9]);
    assert.deepEqual((np.ravel_multi_index([np.array([true]), [1]], [3, 4]) as NDArray).tolist(), [5]);
    assert.deepEqual(np.unravel_index(np.array([true]), [3, 4]).map((x) => (x as NDArray).tolist()), [[0], [1]]);
    assert.throws(() => np.ravel_multi_index([[1], [2]], [3, 4], { mode: ["clip"] }), {
      name: "ValueError",
      message: "list of clipmodes has wrong length (1 instead of 2)",
    });
  });

  test("shapes past 2^53 elements are exact (bigints past 2^53); past int64 NumPy's ValueErrors", () => {
    assert.deepEqual(np.unravel_index(2n ** 60n + 3n, [2 ** 31, 2 ** 31]), [536870912, 3]);
    assert.deepEqual(np.unravel_index(2n ** 53n + 1n, [2 ** 54]), [2n ** 53n + 1n]);
    assert.equal(np.array_repr(np.unravel_index(np.array([2n ** 60n + 3n]), [2 ** 31, 2 ** 31])[1] as NDArray), "array([3])");
    assert.equal(np.ravel_multi_index([2 ** 30 + 1, 3], [2 ** 31, 2 ** 31]), 2305843011361177603n);
    assert.equal(
      np.array_repr(np.ravel_multi_index([[2 ** 30 + 1, 5], [3, -1]], [2 ** 31, 2 ** 31], { mode: "wrap" }) as NDArray),
      "array([2305843011361177603,         12884901887])",
    );
    assert.throws(() => np.ravel_multi_index([2 ** 31, 3], [2 ** 31, 2 ** 31]), { name: "ValueError", message: "invalid entry in coordinates array" });
    assert.throws(() => np.ravel_multi_index([1, 3], [2 ** 40, 2 ** 40]), {
      name: "ValueError",
      message: "invalid dims: array size defined by dims is larger than the maximum possible size.",
    });
    assert.throws(() => np.unravel_index(1, [2 ** 40, 2 ** 40]), {
      name: "ValueError",
      message: "dimensions are too large; arrays and shapes with a total size greater than 'intp' are not supported.",
    });
    assert.throws(() => np.unravel_index(-1, [2 ** 40]), { name: "ValueError", message: "index -1 is out of bounds for array with size 1099511627776" });
    // coordinates past 2^53 on small dims wrap exactly and are named exactly
    assert.deepEqual((np.ravel_multi_index([[2n ** 60n + 1n]], [7], { mode: "wrap" }) as NDArray).tolist(), [2]);
    assert.throws(() => np.unravel_index(2n ** 60n + 1n, [7]), { name: "ValueError", message: "index 1152921504606846977 is out of bounds for array with size 7" });
  });

  test("order is checked as NumPy: an unknown one, then anything but C or F", () => {
    assert.throws(() => np.ravel_multi_index([[1], [1]], [2, 3], { order: "X" as never }), { name: "ValueError", message: "order must be one of 'C', 'F', 'A', or 'K' (got 'X')" });
    assert.throws(() => np.unravel_index(1, [2, 3], "A" as never), { name: "ValueError", message: "only 'C' or 'F' order is permitted" });
    assert.deepEqual(np.unravel_index(1, [2, 3], "f" as never), [1, 0]);
  });
});

test("take into a read-only out is NumPy's WRITEBACKIFCOPY error", () => {
  const ro = np.zeros(3);
  ro.flags.writeable = false;
  assert.throws(() => np.take(np.ones(3), [0, 1, 2], { out: ro }), { name: "ValueError", message: "WRITEBACKIFCOPY base is read-only" });
});

test("take on heap arrays along every axis, with wrap and clip, for one-element and row blocks", () => {
  for (const dtype of ["int8", "float64", "complex128"] as const) {
    const a = np.arange(40 * 30).remainder(97).astype(dtype).reshape(40, 30);
    const rows = a.tolist() as unknown[][];
    const idx = [3, -1, 3, 0];
    assert.deepEqual((np.take(a, idx, 1) as np.NDArray).tolist(), rows.map((r) => idx.map((i) => r[i < 0 ? i + 30 : i])), `${dtype} axis 1`);
    assert.deepEqual((np.take(a, idx, 0) as np.NDArray).tolist(), idx.map((i) => rows[i < 0 ? i + 40 : i]), `${dtype} axis 0`);
    assert.deepEqual((np.take(a, [31, -32], 1, { mode: "wrap" }) as np.NDArray).tolist(), rows.map((r) => [r[1], r[28]]), `${dtype} wrap`);
    assert.deepEqual((np.take(a, [99, -5], 1, { mode: "clip" }) as np.NDArray).tolist(), rows.map((r) => [r[29], r[0]]), `${dtype} clip`);
  }
});

// The TypeScript signatures take these positionally; JS callers may name them, as API.md allows.
const kw = np as unknown as Record<string, (...args: unknown[]) => NDArray>;

test("take, put, take_along_axis, put_along_axis, place, extract and compress take their required parameters by name too", () => {
  assert.deepEqual((np.take(np.arange(3), { indices: [1], axis: 0, mode: "clip" }) as NDArray).tolist(), [1]);
  const a = np.arange(3);
  kw.put(a, { ind: [1], v: [9], mode: "raise" });
  assert.deepEqual(a.tolist(), [0, 9, 2]);
  assert.deepEqual(np.take_along_axis(np.arange(3), { indices: np.array([2, 0]), axis: 0 }).tolist(), [2, 0]);
  kw.put_along_axis(a, { indices: np.array([2]), values: 7, axis: 0 });
  assert.deepEqual(a.tolist(), [0, 9, 7]);
  kw.place(a, { mask: [true, false, false], vals: [5] });
  assert.deepEqual(a.tolist(), [5, 9, 7]);
  assert.deepEqual(kw.extract([1, 0, 1], { arr: np.arange(3) }).tolist(), [0, 2]);
  assert.deepEqual(np.compress([1, 0, 1], { a: np.arange(3), axis: 0 }).tolist(), [0, 2]);
  assert.deepEqual((np.arange(4).compress as (...x: unknown[]) => NDArray)({ condition: [1, 0, 1], axis: 0 }).tolist(), [0, 2]);
  const b = np.arange(4);
  (b.put as (...x: unknown[]) => void)({ indices: [0], values: [9], mode: "raise" });
  assert.deepEqual(b.tolist(), [9, 1, 2, 3]);
});

test("unravel_index, ravel_multi_index, choose, select, fill_diagonal, putmask, copyto and h/v/dsplit take required parameters by name", () => {
  assert.deepEqual(kw.unravel_index(5, { shape: [2, 3] }), [1, 2]);
  assert.deepEqual(kw.ravel_multi_index([[1], [2]], { dims: [2, 3] }).tolist(), [5]);
  assert.deepEqual(kw.choose([0, 1], { choices: [[1, 2], [3, 4]] }).tolist(), [1, 4]);
  assert.deepEqual(kw.select([np.array([true, false])], { choicelist: [np.array([1, 2])] }).tolist(), [1, 0]);
  const a = np.zeros([2, 2]);
  kw.fill_diagonal(a, { val: 3 });
  assert.deepEqual(a.tolist(), [[3, 0], [0, 3]]);
  const b = np.zeros(3);
  kw.putmask(b, { mask: [true, false, true], values: 5 });
  assert.deepEqual(b.tolist(), [5, 0, 5]);
  kw.copyto(b, { src: [1, 2, 3] });
  assert.deepEqual(b.tolist(), [1, 2, 3]);
  assert.equal((kw.hsplit(np.arange(4), { indices_or_sections: 2 }) as unknown as NDArray[]).length, 2);
  assert.equal((kw.vsplit(np.arange(4).reshape([2, 2]), { indices_or_sections: 2 }) as unknown as NDArray[]).length, 2);
  assert.equal((kw.dsplit(np.arange(4).reshape([1, 2, 2]), { indices_or_sections: 2 }) as unknown as NDArray[]).length, 2);
});

test("put with mode='raise' writes in order up to the bad index, as NumPy (a non-contiguous array is left unchanged)", () => {
  const a = np.zeros(3);
  assert.throws(() => np.put(a, [0, 1, 5, 2], [1, 2, 3, 4]), { name: "IndexError", message: "index 5 is out of bounds for axis 0 with size 3" });
  assert.deepEqual(a.tolist(), [1, 2, 0]);
  const b = np.zeros(6);
  assert.throws(() => np.put(b.get("::2") as NDArray, [0, 1, 5], [1, 2, 3]), { name: "IndexError" });
  assert.deepEqual(b.tolist(), [0, 0, 0, 0, 0, 0]);
  const c = np.zeros(3);
  np.put(c, [0, 5], []); // no values: nothing is written and nothing checked
  assert.deepEqual(c.tolist(), [0, 0, 0]);
});
