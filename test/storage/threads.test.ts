// Large operations split across worker threads give exactly the single-threaded results.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { parallel, threadsAvailable } from "../../src/storage/threads.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("worker threads split large element-wise operations without changing results", { skip: !threadsAvailable && "no shared memory or one core" }, async () => {
  // Start the pool and wait until its workers are ready (probing with a harmless in-place add).
  const z = np.zeros(1000);
  const probe = () => parallel("add_f64", 64, [z._ptr, 8, z._ptr, 8, z._ptr, 8], [8, 0, 8, 0, 8, 0]);
  for (let i = 0; i < 100 && probe() === null; i++) await sleep(20);
  assert.notEqual(probe(), null, "the pool became ready");

  const n = 300_001; // odd, not a multiple of the parts
  const x = np.linspace(-3, 3, n) as np.NDArray;
  const y = np.linspace(5, -1, n) as np.NDArray;
  const sum = np.add(x, y) as np.NDArray;
  const e = np.exp(x) as np.NDArray;
  const scaled = x.multiply(2.5);
  for (const i of [0, 1, 12345, 150000, 150001, n - 2, n - 1]) {
    const xi = x.item(i) as number;
    assert.equal(sum.item(i), xi + (y.item(i) as number));
    assert.equal(scaled.item(i), xi * 2.5);
    assert.equal(e.item(i), (np.exp(np.array([xi])) as np.NDArray).item(0)); // small arrays: the TS reference, same bits
  }
  // A 2-d iteration (broadcast row) split by rows.
  const m = np.ones([600, 500]);
  const row = np.linspace(0, 1, 500) as np.NDArray;
  const r = m.add(row);
  assert.equal(r.item(599, 499), 2);
  assert.equal(r.item(0, 0), 1);
  assert.equal(r.item(300, 250), 1 + (row.item(250) as number));
  // Floating-point conditions from a worker's part still warn/raise.
  const big = np.ones(200_000);
  big.set(-1, 0);
  assert.throws(() => np.errstate({ divide: "raise" }, () => np.divide(1, big)), (err: Error) => err.name === "FloatingPointError");
});
