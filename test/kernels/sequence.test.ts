// The sequence kernels (assembly/sequence.ts) behind arange, nonzero/argwhere/count_nonzero and
// boolean-mask indexing, on heap-sized arrays, against plain loops written here.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("arange: float64, float32, int32, uint32, int64 and uint64 in the heap, as start + i * step", () => {
  const f = Math.fround;
  const check = (a: np.NDArray, expect: (i: number) => number | bigint) => {
    const v = a.tolist({ bigint: true }) as (number | bigint)[];
    for (let i = 0; i < v.length; i++) assert.ok(Object.is(v[i], expect(i)) || v[i] === expect(i), `${a.dtype}[${i}]: ${v[i]} vs ${expect(i)}`);
  };
  check(np.arange(-0.5, 700, 0.3) as np.NDArray, (i) => (i === 1 ? -0.5 + 0.3 : -0.5 + i * (-0.5 + 0.3 - -0.5)));
  const d32 = f(f(0.1 + 0.3) - f(0.1));
  check(np.arange(0.1, 900, 0.3, { dtype: "float32" }) as np.NDArray, (i) => (i < 2 ? f(0.1 + i * 0.3) : f(f(0.1) + f(f(i) * d32))));
  check(np.arange(5, 3000, 3, { dtype: "int32" }) as np.NDArray, (i) => 5 + 3 * i);
  check(np.arange(0, 7000, 7, { dtype: "uint32" }) as np.NDArray, (i) => 7 * i);
  check(np.arange(2n ** 62n, 2n ** 62n + 500n, 1n) as np.NDArray, (i) => 2n ** 62n + BigInt(i));
  check(np.arange(10, -3000, -3) as np.NDArray, (i) => BigInt(10 - 3 * i));
  const u = np.arange(2 ** 63, 2 ** 63 + 2 ** 20, 2 ** 11, { dtype: "uint64" }) as np.NDArray;
  check(u, (i) => 2n ** 63n + BigInt(i) * 2048n);
});

/** Flat C-order indices of the nonzero elements, by a plain loop. */
function flatHits(values: number[]): number[] {
  const out: number[] = [];
  values.forEach((v, i) => v !== 0 && out.push(i));
  return out;
}

test("nonzero, argwhere, flatnonzero and count_nonzero of heap arrays, 1 to 4 dimensions", () => {
  for (const shape of [[5000], [60, 70], [7, 11, 13], [2, 3, 4, 50], [40, 0]]) {
    const n = shape.reduce((a, b) => a * b, 1);
    const values = Array.from({ length: n }, (_, i) => ((i * 7919) % 13 < 9 ? 0 : (i % 5) + 1));
    const a = (np.array(values, { dtype: "float64" }) as np.NDArray).reshape(shape);
    const hits = flatHits(values);
    assert.equal(np.count_nonzero(a), hits.length);
    assert.deepEqual(np.flatnonzero(a).tolist(), hits);
    const cols = np.nonzero(a).map((c) => c.tolist() as number[]);
    hits.forEach((flat, k) => {
      let r = flat;
      for (let d = shape.length - 1; d >= 0; d--) {
        assert.equal(cols[d]![k], r % shape[d]!);
        r = Math.floor(r / shape[d]!);
      }
    });
    const rows = np.argwhere(a).tolist() as number[][];
    assert.equal(rows.length, hits.length);
    if (hits.length) assert.deepEqual(rows[hits.length - 1], cols.map((c) => c[hits.length - 1]));
  }
});

test("boolean masks of heap arrays: get and set for 1- to 16-byte elements, scalar and array values", () => {
  for (const dt of ["bool", "int8", "int16", "float32", "float64", "complex128"]) {
    const n = 3001;
    const a = (np.array(Array.from({ length: n }, (_, i) => ((i * 37) % 11) - 3)) as np.NDArray).astype(dt);
    const maskValues = Array.from({ length: n }, (_, i) => (i * 7919) % 5 > 2);
    const mask = np.array(maskValues) as np.NDArray;
    const all = a.tolist() as unknown[];
    const picked = all.filter((_, i) => maskValues[i]);
    const get = (x: np.NDArray, ...index: unknown[]) => x.get(...(index as [np.NDArray])) as np.NDArray;
    assert.deepEqual(get(a, mask).tolist(), picked);
    assert.deepEqual(get(get(a, "::2"), get(mask, "::2")).tolist(), all.filter((_, i) => i % 2 === 0 && maskValues[i]));
    const b = a.copy();
    b.set(mask, 1);
    const one = ((np.ones(1, { dtype: dt }) as np.NDArray).tolist() as unknown[])[0];
    assert.deepEqual(b.tolist(), all.map((v, i) => (maskValues[i] ? one : v)));
    const c = a.copy();
    c.set(mask, get(get(a, mask), "::-1"));
    const rev = [...picked].reverse();
    let k = 0;
    assert.deepEqual(c.tolist(), all.map((v, i) => (maskValues[i] ? rev[k++] : v)));
  }
});
