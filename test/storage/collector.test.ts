// Reclaiming dead arrays' heap blocks: inside a job that never yields (a synchronous collection
// at the budget), and the finalizer bookkeeping when an array is disposed after its block was
// registered (its finalizer must not free the block's next owner).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { heapStats, setHeapBudget } from "../../src/storage/heap.js";
import { canReclaimSync } from "../../src/storage/collector.js";
import { collectDeadArrays } from "../../src/storage/storage.js";

const tick = () => new Promise<void>((r) => setImmediate(r));
const skip = !canReclaimSync && "no synchronous collection here";

test("a loop that never yields nor frees gets its dead arrays' blocks back at the budget", { skip }, () => {
  const budget = heapStats.budget;
  setHeapBudget(8 << 20);
  try {
    const base = np.ones(10_000).multiply(2);
    const reclaims = heapStats.syncReclaims;
    const start = heapStats.inUse;
    let y = base;
    for (let i = 0; i < 1000; i++) y = base.multiply(i); // 80 MB of results, 80 kB each
    assert.ok(heapStats.syncReclaims > reclaims);
    assert.ok(heapStats.inUse - start <= (8 << 20) + 80_000, `in use ${heapStats.inUse - start}`);
    assert.equal(y.sum(), 999 * 2 * 10_000);
  } finally {
    setHeapBudget(budget);
  }
});

test("an array disposed after its block was registered is freed once; the block's next owner keeps it", { skip }, async () => {
  await tick();
  collectDeadArrays(); // earlier tests' garbage
  let a: np.NDArray | null = np.ones(10_000);
  await tick(); // the block is registered when the job ends
  const before = heapStats.inUse;
  a.dispose();
  assert.equal(heapStats.inUse, before - 80_000);
  a = null;
  const b = np.full(10_000, 7); // most likely the block a had
  const withB = heapStats.inUse;
  assert.ok(collectDeadArrays());
  assert.equal(heapStats.inUse, withB, "a's finalizer freed nothing");
  const c = np.full(10_000, 1);
  assert.equal(b.sum(), 70_000);
  assert.equal(c.sum(), 10_000);
  b.dispose();
  c.dispose();
  assert.equal(heapStats.inUse, withB - 80_000);
});

test("dead registered arrays' blocks come back when collected", { skip }, async () => {
  await tick();
  collectDeadArrays();
  const before = heapStats.inUse;
  for (let i = 0; i < 10; i++) np.ones(10_000).multiply(i); // two arrays each
  await tick();
  assert.equal(heapStats.inUse, before + 20 * 80_000);
  assert.ok(collectDeadArrays());
  assert.equal(heapStats.inUse, before);
});
