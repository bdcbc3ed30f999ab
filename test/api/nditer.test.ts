// np.nditer against NumPy 2.4's results for the same calls.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

const items = (it: Iterable<NDArray | NDArray[]>) => [...it].map((x) => (x as NDArray).item());

test("nditer walks memory order by default (K), C or F order on request", () => {
  const a = np.arange(6).reshape([2, 3]);
  assert.deepEqual(items(np.nditer(a.T)), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(items(np.nditer(a.T, { order: "C" })), [0, 3, 1, 4, 2, 5]);
  assert.deepEqual(items(np.nditer(a.get(":", "::-1") as NDArray)), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(items(np.nditer(a, { order: "F" })), [0, 3, 1, 4, 2, 5]);
  assert.deepEqual(items(np.nditer(np.array(5.5))), [5.5]);
});

test("multi_index, c_index and f_index track the position", () => {
  const a = np.arange(6).reshape([2, 3]);
  const it = np.nditer(a.get(":", "::-1") as NDArray, { flags: ["multi_index"] });
  const seen: unknown[] = [];
  while (!it.finished) {
    seen.push([it.multi_index, (it.value as NDArray).item()]);
    it.iternext();
  }
  assert.deepEqual(seen.slice(0, 3), [[[0, 2], 0], [[0, 1], 1], [[0, 0], 2]]);
  const c = np.nditer(a, { flags: ["c_index"], order: "F" });
  const idx: number[] = [];
  for (const _ of c) idx.push(c.index);
  assert.deepEqual(idx, [0, 3, 1, 4, 2, 5]);
  assert.deepEqual([np.nditer(a).shape, np.nditer(a, { flags: ["multi_index"] }).shape, np.nditer([a, np.arange(3)]).shape], [[6], [2, 3], [3, 2]]);
});

test("readwrite operands write through; readonly ones refuse; null is allocated", () => {
  const a = np.arange(6).reshape([2, 3]);
  assert.throws(() => {
    for (const x of np.nditer(a)) (x as NDArray).set("...", 1);
  }, { name: "ValueError", message: "assignment destination is read-only" });
  for (const x of np.nditer(a, { op_flags: ["readwrite"] })) (x as NDArray).set("...", (x as NDArray).multiply(3));
  assert.deepEqual(a.tolist(), [[0, 3, 6], [9, 12, 15]]);
  const it = np.nditer([np.arange(3), null]);
  for (const [x, y] of it as Iterable<NDArray[]>) y!.set("...", x!.multiply(x!));
  assert.deepEqual(it.operands[1]!.tolist(), [0, 1, 4]);
});

test("operands broadcast; external_loop gives the largest 1-d chunks", () => {
  const pairs = [...np.nditer([np.arange(3), np.arange(2).get(":", null) as NDArray])].map((p) => (p as NDArray[]).map((x) => x.item()));
  assert.deepEqual(pairs, [[0, 0], [1, 0], [2, 0], [0, 1], [1, 1], [2, 1]]);
  assert.throws(() => np.nditer([np.arange(3), np.arange(2)]), { name: "ValueError" });
  const a = np.arange(6).reshape([2, 3]);
  assert.deepEqual([...np.nditer(a, { flags: ["external_loop"] })].map((x) => (x as NDArray).tolist()), [[0, 1, 2, 3, 4, 5]]);
  assert.deepEqual([...np.nditer(a, { flags: ["external_loop"], order: "F" })].map((x) => (x as NDArray).tolist()), [[0, 3], [1, 4], [2, 5]]);
  assert.deepEqual([...np.nditer(a.get(":", ":2") as NDArray, { flags: ["external_loop"] })].map((x) => (x as NDArray).tolist()), [[0, 1], [3, 4]]);
});
