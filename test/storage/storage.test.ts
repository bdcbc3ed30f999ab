// Storage: what an array costs, dispose and `using`, views after dispose, arrays outside the
// heap (staged through scratch memory for the kernels), and arrays beyond 4 GiB.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { heapStats } from "../../src/storage/heap.js";

test("a 1e6-element float64 array takes 8 MB of heap, an int8 one 1 MB; dispose returns them", () => {
  const before = heapStats.inUse;
  const f = np.zeros(1_000_000);
  assert.equal(heapStats.inUse - before, 8_000_000);
  const i8 = np.zeros(1_000_000, { dtype: "int8" });
  assert.equal(heapStats.inUse - before, 9_000_000);
  f.dispose();
  i8.dispose();
  assert.equal(heapStats.inUse, before);
});

test("using releases at the end of the block", () => {
  const before = heapStats.inUse;
  {
    using a = np.ones(100_000);
    assert.equal(heapStats.inUse - before, 800_000);
    assert.equal(a.size, 100_000);
  }
  assert.equal(heapStats.inUse, before);
});

test("an array used after dispose throws; disposing a view releases only the view", () => {
  const a = np.arange(1000).astype("float64");
  const v = a.reshape(10, 100);
  v.dispose();
  assert.throws(() => v.sum(), (e: Error) => e.name === "ValueError" && /dispose/.test(e.message));
  assert.equal(a.sum(), 499500);
  const w = a.T;
  a.dispose();
  assert.throws(() => a.add(1), (e: Error) => e.name === "ValueError");
  assert.throws(() => String(w), (e: Error) => e.name === "ValueError");
});

test("small arrays live in JS slabs and work like any other", () => {
  const a = np.array([1.5, 2.5]);
  assert.equal(a._storage.inHeap, false);
  assert.deepEqual(a.add(1).tolist(), [2.5, 3.5]);
  a.dispose();
  assert.throws(() => a.tolist(), (e: Error) => e.name === "ValueError");
});

test("arrays outside the heap are staged through scratch memory for the kernels", () => {
  const n = 50_000;
  const xs = new Float64Array(n).map((_, i) => i * 0.5);
  const ys = new Float64Array(n).map((_, i) => n - i);
  const x = np.frombuffer(xs.buffer);
  const y = np.frombuffer(ys.buffer);
  assert.equal(x._storage.inHeap, false);
  // Inputs outside the heap, output in it.
  const s = np.add(x, y) as np.NDArray;
  assert.equal(s._storage.inHeap, true);
  for (const i of [0, 1, 4095, 4096, n - 1]) assert.equal(s.item(i), xs[i]! + ys[i]!);
  // Output outside the heap too, strided input.
  const out = np.frombuffer(new Float64Array(n / 2).buffer);
  np.multiply(x.get("::2"), 2, { out });
  for (const i of [0, 7, n / 2 - 1]) assert.equal(out.item(i), xs[2 * i]! * 2);
  // A transcendental through the staged path.
  const e = np.exp(np.multiply(x.get(":3000"), 0.1)) as np.NDArray;
  assert.ok(Math.abs((e.item(2999) as number) / Math.exp(xs[2999]! * 0.1) - 1) < 1e-15);
});

test("an array larger than 4 GiB works (plain ArrayBuffer storage)", () => {
  const n = 2 ** 29 + 16; // 4 GiB + 128 bytes of float64
  const a = np.zeros(n);
  assert.ok(a.nbytes > 2 ** 32);
  assert.equal(a._storage.inHeap, false);
  a.set(-1, 7.5);
  a.set(0, -2);
  assert.equal(a.get(-1), 7.5);
  assert.equal(a.get(0), -2);
  assert.equal(a.get(n - 2), 0);
  a.dispose();
});
