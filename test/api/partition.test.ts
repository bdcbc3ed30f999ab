// np.partition, np.argpartition, a.partition/a.argpartition, np.lexsort and np.sort_complex
// against NumPy 2.4.6. NumPy leaves the order inside each part unspecified, so partitions are
// checked by what NumPy guarantees (the kth elements and the parts as sets), and its exact errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

/** Checks that r is a partition of x's lanes (last axis, 1-d or 2-d) around the kth positions. */
function isPartition(x: number[][], r: number[][], kth: number[]): void {
  x.forEach((lane, i) => {
    const sorted = [...lane].sort((a, b) => a - b);
    const got = r[i]!;
    assert.deepEqual([...got].sort((a, b) => a - b), sorted, "same elements");
    for (const k0 of kth) {
      const k = k0 < 0 ? k0 + lane.length : k0;
      assert.equal(got[k], sorted[k], `kth ${k}`);
      got.slice(0, k).forEach((v) => assert.ok(v <= got[k]!));
      got.slice(k + 1).forEach((v) => assert.ok(v >= got[k]!));
    }
  });
}

test("partition: kth elements in place, int or sequence, negative kth, axes, flattened", () => {
  const x = [[3, 9, 1, 7, 5, 5, 0], [2, 8, 6, 4, 4, 1, 9]];
  isPartition(x, np.partition(x, 3).tolist() as number[][], [3]);
  isPartition(x, np.partition(x, [1, -2]).tolist() as number[][], [1, -2]);
  const cols = (np.partition(x, 0, 0).T.tolist() as number[][]);
  isPartition(np.array(x).T.tolist() as number[][], cols, [0]);
  isPartition([x.flat()], [np.partition(x, 6, null).tolist() as number[]], [6]);
  assert.deepEqual(np.partition(np.array(5), 0, null).tolist(), [5]);
  assert.deepEqual(np.partition([], 0).shape, [0]);
  assert.deepEqual(np.partition(np.zeros([0, 3]), 5, 1).shape, [0, 3]);
  // NaN sorts last, as in NumPy's partition
  assert.deepEqual((np.partition([NaN, 1, 3, 2], 3).tolist() as number[])[3], NaN);
  assert.equal(np.partition([3, 4, 2, 1], 2).get(2), 3);
});

test("argpartition: indices that partition, 0-d as 1-d, methods", () => {
  const x = np.array([[3, 9, 1, 7, 5, 5, 0], [2, 8, 6, 4, 4, 1, 9]]);
  const idx = np.argpartition(x, [2, 5]);
  assert.equal(idx.dtype, "int64");
  isPartition(x.tolist() as number[][], np.take_along_axis(x, idx, -1).tolist() as number[][], [2, 5]);
  assert.deepEqual(np.argpartition(np.array(5), 0).tolist(), [0]);
  assert.deepEqual(np.argpartition([3, 1, 2], 1, null).tolist(), [1, 2, 0]);
  isPartition(x.tolist() as number[][], np.take_along_axis(x, x.argpartition(-3), -1).tolist() as number[][], [-3]);
  const a = np.array([[3, 1, 2], [0, -1, 5]]);
  assert.equal(a.partition(1, { axis: 0 }), undefined);
  assert.deepEqual(a.tolist(), [[0, -1, 2], [3, 1, 5]]);
  const v = np.array([5, 4, 3, 2, 1]);
  (v.get("::2") as np.NDArray).partition(0); // views write through
  assert.deepEqual(v.tolist(), [1, 4, 3, 2, 5]);
});

test("partition errors: NumPy's messages", () => {
  const x = [3, 1, 2];
  const err = (f: () => unknown, name: string, message: string) => assert.throws(f, { name, message });
  err(() => np.partition(x, 3), "ValueError", "kth(=3) out of bounds (3)");
  err(() => np.partition(x, -4), "ValueError", "kth(=-1) out of bounds (3)");
  err(() => np.argpartition(x, [0, 5]), "ValueError", "kth(=5) out of bounds (3)");
  err(() => np.partition(x, 1.5), "TypeError", "Partition index must be integer");
  err(() => np.partition(x, []), "TypeError", "Partition index must be integer");
  err(() => np.partition(x, true), "ValueError", "Booleans unacceptable as partition index");
  err(() => np.partition(x, np.array([true])), "ValueError", "Booleans unacceptable as partition index");
  err(() => np.partition(x, np.array([[0, 1]])), "ValueError", "object too deep for desired array");
  err(() => np.partition(x, [[0]]), "ValueError", "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.");
  err(() => np.partition(x, 1, { kind: "quick" }), "ValueError", "select kind must be 'introselect' (got 'quick')");
  err(() => np.partition(x, 1, { kind: 3 as never }), "TypeError", "select kind must be str, not int");
  err(() => np.partition(x, 1, { order: "x" }), "ValueError", "Cannot specify order when the array has no fields.");
  err(() => np.partition(x, 1, 1.5), "TypeError", "integer argument expected, got float");
  err(() => np.partition(x, 1, -2), "AxisError", "axis -2 is out of bounds for array of dimension 1");
  err(() => np.partition(np.array(5), 0), "AxisError", "axis -1 is out of bounds for array of dimension 0");
  err(() => np.array([3, 1, 2]).partition(1, { axis: null }), "TypeError", "'NoneType' object cannot be interpreted as an integer");
  const ro = np.array([3, 1, 2]);
  ro.flags.writeable = false;
  err(() => ro.partition(1), "ValueError", "partition array is read-only");
});

test("lexsort: last key primary, stable, per-key dtypes, axes, errors", () => {
  assert.deepEqual((np.lexsort([[1, 5, 1, 4, 3], [9, 4, 0, 4, 0]]) as np.NDArray).tolist(), [2, 4, 3, 1, 0]);
  assert.deepEqual((np.lexsort([[1, NaN, 0], [1, 1, 1]]) as np.NDArray).tolist(), [2, 0, 1]);
  assert.deepEqual((np.lexsort([np.array([1, 2], "int8"), [0.5, 0.5]]) as np.NDArray).tolist(), [0, 1]);
  assert.deepEqual((np.lexsort([[{ re: 1, im: 1 }, 0], [1, 1]]) as np.NDArray).tolist(), [1, 0]);
  assert.deepEqual((np.lexsort([[[1, 2], [3, 4]]], 0) as np.NDArray).tolist(), [[0, 0], [1, 1]]);
  assert.deepEqual((np.lexsort(np.array([[1, 2], [3, 4]]), { axis: 0 }) as np.NDArray).tolist(), [0, 1]);
  assert.deepEqual((np.lexsort([[], []]) as np.NDArray).dtype, "int64");
  assert.equal(np.lexsort([1, 2, 0]), 0);
  assert.throws(() => np.lexsort([[1, 2], [3]]), { name: "ValueError", message: "all keys need to be the same shape" });
  assert.throws(() => np.lexsort([]), { name: "TypeError", message: "need sequence of keys with len > 0 in lexsort" });
  assert.throws(() => np.lexsort(np.array(3)), { name: "TypeError", message: "need sequence of keys with len > 0 in lexsort" });
  assert.throws(() => np.lexsort([[1, 2], [3, 4]], 2), { name: "AxisError", message: "axis 2 is out of bounds for array of dimension 1" });
  assert.throws(() => np.lexsort([1, 2, 0], 1), { name: "AxisError", message: "axis 1 is out of bounds for array of dimension 0" });
  assert.throws(() => np.lexsort([[1, 2], [3, 4]], 0.5), { name: "TypeError", message: "integer argument expected, got float" });
});

test("sort_complex: complex64 for small ints, complex128 otherwise", () => {
  assert.equal(String(np.sort_complex([5, 3, 6, 2, 1])), "[1.+0.j 2.+0.j 3.+0.j 5.+0.j 6.+0.j]");
  for (const [dt, want] of [["int8", "complex64"], ["uint16", "complex64"], ["int32", "complex128"], ["float32", "complex128"], ["bool", "complex128"], ["complex64", "complex64"]]) {
    assert.equal(np.sort_complex(np.array([1, 0], dt)).dtype, want, dt);
  }
  assert.equal(String(np.sort_complex([{ re: 1, im: 2 }, { re: 1, im: -1 }, NaN])), "[ 1.-1.j  1.+2.j nan+0.j]");
  assert.equal(String(np.sort_complex([[3, 1], [2, 0]])), "[[1.+0.j 3.+0.j]\n [0.+0.j 2.+0.j]]");
  assert.throws(() => np.sort_complex([1], { x: 1 } as never), { name: "TypeError", message: "sort_complex() got an unexpected keyword argument 'x'" });
  assert.throws(() => np.sort_complex(5), { name: "AxisError", message: "axis -1 is out of bounds for array of dimension 0" });
});
