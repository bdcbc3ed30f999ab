// NumPy-level reductions built on the ufuncs (src/api/reductions.ts), against NumPy 2.4.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("ptp subtracts in the array's dtype, wrapping as NumPy does", () => {
  assert.equal(np.ptp(np.array([-128, 127], { dtype: "int8" })), -1);
  assert.equal(np.array_repr(np.ptp(np.array([[1, 255]], { dtype: "uint8" }), { axis: 1 }) as np.ndarray), "array([254], dtype=uint8)");
  assert.throws(() => np.ptp(np.array([true, false])), { name: "TypeError", message: /numpy boolean subtract/ });
});

test("argmax/argmin check out as NumPy does", () => {
  assert.throws(() => np.argmax(np.ones([2, 3]), { axis: 0, out: np.zeros(2, { dtype: "int64" }) }), {
    name: "ValueError",
    message: "output array does not match result of np.argmax.",
  });
  assert.throws(() => np.argmin(np.ones([2, 3]), { axis: 0, out: np.zeros(3) }), {
    name: "TypeError",
    message: "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
  });
  const o = np.zeros(3, { dtype: "int32" });
  assert.equal(np.argmax(np.array([[1, 5, 2], [3, 0, 7]]), { axis: 0, out: o }), o);
  assert.equal(String(o), "[1 0 1]");
});

test("var/std with where= count each slice's selected elements; a fractional ddof stays fractional", () => {
  const a = np.arange(24, { dtype: "float64" }).reshape(2, 3, 4);
  const even = np.arange(4).remainder(2).equal(0);
  assert.equal(String(np.var(a, { axis: [0, 2], where: even })), "[37. 37. 37.]");
  const s = np.errstate({ all: "ignore" }, () => np.std(a, { axis: 1, where: even, ddof: 1 })) as np.ndarray;
  assert.equal(String(s), "[[ 4. nan  4. nan]\n [ 4. nan  4. nan]]");
  assert.equal(np.var(np.array([1, 2], { dtype: "float64" }), { ddof: 1.5 }), 1);
});

test("argmax/argmin over the whole array with keepdims keep every axis as 1", () => {
  const a = np.array([7, 1, 9, 3, 5, 2]).reshape(2, 3);
  assert.equal(np.array_repr(np.argmax(a, { axis: null, keepdims: true }) as np.ndarray), "array([[2]])");
  assert.equal(np.array_repr(np.argmin(a.reshape(3, 2, 1), { keepdims: true }) as np.ndarray), "array([[[1]]])");
});

test("argmax/argmin over many runs (one kernel call, threads when large) give each run's first extreme", () => {
  const ref = (rows: number[][], max: boolean) =>
    rows.map((r) => {
      let b = 0;
      for (let i = 1; i < r.length && r[b] === r[b]; i++) if (r[i] !== r[i] || (max ? r[i]! > r[b]! : r[i]! < r[b]!)) b = i;
      return b;
    });
  const val = (i: number) => ((i * 7919) % 1013) % 97;
  for (const [rows, cols] of [[300, 500], [7, 40], [64, 33]] as const) {
    const a = np.array(Array.from({ length: rows * cols }, (_, i) => val(i)), { dtype: "float64" }).reshape(rows, cols);
    a.set(3, 5, NaN);
    const lists = a.tolist() as number[][];
    for (const max of [true, false]) {
      const f = max ? np.argmax : np.argmin;
      assert.deepEqual((f(a, { axis: 1 }) as np.NDArray).tolist(), ref(lists, max), `(${rows}, ${cols}) axis 1`);
      // Reversed rows (negative run stride) and a transposed view (strided runs).
      assert.deepEqual((f(a.get("::-1"), { axis: 1 }) as np.NDArray).tolist(), ref([...lists].reverse(), max));
      const cols2 = lists[0]!.map((_, j) => lists.map((r) => r[j]!));
      assert.deepEqual((f(a.T, { axis: 1 }) as np.NDArray).tolist(), ref(cols2, max));
    }
  }
  // Leading axes that merge into one run stride, in int32.
  const b = np.arange(2 * 3 * 50, { dtype: "int32" }).remainder(17).reshape(2, 3, 50);
  const bl = (b.tolist() as number[][][]).flat();
  assert.deepEqual((np.argmax(b, { axis: 2 }) as np.NDArray).tolist(), [ref(bl.slice(0, 3), true), ref(bl.slice(3), true)]);
});

test("mean and var of an empty slice warn with NumPy's texts", async () => {
  await new Promise((r) => setImmediate(r)); // warnings of earlier tests are delivered first
  const seen: string[] = [];
  const on = (w: Error): void => void seen.push(`${w.name}: ${w.message}`);
  process.on("warning", on);
  try {
    np.errstate({ all: "ignore" }, () => {
      np.mean(np.array([]));
      np.var(np.array([1.5]), { ddof: 1 });
    });
    await new Promise((r) => setImmediate(r));
  } finally {
    process.off("warning", on);
  }
  assert.deepEqual(seen, ["RuntimeWarning: Mean of empty slice", "RuntimeWarning: Degrees of freedom <= 0 for slice"]);
});
