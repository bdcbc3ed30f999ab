// np.sort / argsort / searchsorted: NumPy 2 behaviour the 1.24 golden oracle cannot produce
// (the `stable` keyword), in-place
// semantics, errors, and stability against an independent oracle (JS's stable Array sort).
// Expected strings are NumPy 2.4's output.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";

const repr = (x: unknown) => np.array_repr(x as np.NDArray);

/** NumPy's order on reals: NaN last, -0 == +0; a stable JS sort with it is the oracle. */
const cmpReal = (x: number, y: number) => (Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : Number.isNaN(y) ? -1 : x < y ? -1 : x > y ? 1 : 0);

describe("sort and argsort", () => {
  test("the stable keyword (NumPy 2) and its clash with kind", () => {
    assert.equal(repr(np.sort(np.array([3, 1, 2, 1]), { stable: true })), "array([1, 1, 2, 3])");
    assert.equal(repr(np.argsort(np.array([3, 1, 2, 1]), { stable: true })), "array([1, 3, 2, 0])");
    assert.equal(repr(np.argsort(np.array([[3, 1], [2, 2]]), { axis: 0, stable: true })), "array([[1, 0],\n       [0, 1]])");
    assert.throws(() => np.sort(np.array([3, 1]), { kind: "stable", stable: true }), {
      name: "ValueError",
      message: "`kind` and keyword parameters can't be provided at the same time. Use only one of them.",
    });
    assert.throws(() => np.sort([1], { kind: 3 as never }), { name: "TypeError", message: "sort kind must be str, not int" });
    assert.throws(() => np.sort([1], { bogus: 1 } as never), { name: "TypeError", message: "sort() got an unexpected keyword argument 'bogus'" });
  });

  test("a.sort() sorts in place, through views, and returns undefined", () => {
    const a = np.arange(12).reshape(3, 4);
    const v = a.get("::-1", "1:3") as np.NDArray;
    assert.equal(v.sort({ axis: 0 }), undefined);
    assert.equal(repr(a), "array([[ 0,  9, 10,  3],\n       [ 4,  5,  6,  7],\n       [ 8,  1,  2, 11]])");
    (a.get(":", "::-1") as np.NDArray).sort();
    assert.equal(repr(a), "array([[10,  9,  3,  0],\n       [ 7,  6,  5,  4],\n       [11,  8,  2,  1]])");
    const f = np.array([2.5, NaN, -1, 0], { dtype: "float32" });
    f.sort(0);
    assert.equal(repr(f), "array([-1. ,  0. ,  2.5,  nan], dtype=float32)");
  });

  test("read-only arrays, 0-d arrays and axis=None on the method are NumPy's errors", () => {
    const r = np.arange(3);
    r.flags.writeable = false;
    assert.throws(() => r.sort(), { name: "ValueError", message: "sort array is read-only" });
    assert.throws(() => np.sort(np.array(5)), (e: unknown) => e instanceof np.AxisError && e.message === "axis -1 is out of bounds for array of dimension 0");
    assert.throws(() => np.array(5).sort(), np.AxisError);
    assert.equal(repr(np.sort(np.array(5), null)), "array([5])");
    assert.equal(repr(np.argsort(np.array(5))), "array([0])");
    assert.throws(() => np.arange(2).sort(null), { name: "TypeError", message: "'NoneType' object cannot be interpreted as an integer" });
  });

  test("int64 and uint64 past 2^53 sort exactly", () => {
    const a = np.array([2n ** 53n + 1n, 2n ** 53n, -(2n ** 63n), 2n ** 63n - 1n, 2n ** 53n + 3n], { dtype: "int64" });
    assert.deepEqual(np.sort(a).tolist({ bigint: true }), [-(2n ** 63n), 2n ** 53n, 2n ** 53n + 1n, 2n ** 53n + 3n, 2n ** 63n - 1n]);
    const u = np.array([2n ** 64n - 1n, 2n ** 63n, 2n ** 63n - 1n, 0n], { dtype: "uint64" });
    assert.deepEqual(np.sort(u).tolist({ bigint: true }), [0n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n - 1n]);
  });

  test("argsort is stable and sort agrees with it, for random tie-heavy float lanes of every length regime", () => {
    const lengths = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 31, max: 5000 }), fc.constant(70000));
    fc.assert(
      fc.property(lengths, fc.integer({ min: 0, max: 2 ** 30 }), (n, seed) => {
        let s = seed;
        const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
        const vals = Array.from({ length: n }, () => {
          const r = rand();
          return r < 0.1 ? NaN : r < 0.15 ? -0 : r < 0.2 ? 0 : Math.floor(r * 20) - 10 + (r < 0.5 ? 0.5 : 0);
        });
        const x = np.array(Float64Array.from(vals));
        const want = vals.map((_, i) => i).sort((i, j) => cmpReal(vals[i]!, vals[j]!));
        assert.deepEqual(np.argsort(x).tolist(), want);
        const sorted = np.sort(x).tolist() as number[];
        // Values in the stable order, signed zeros included.
        assert.ok(sorted.every((v, i) => Object.is(v, vals[want[i]!]!)));
      }),
      { numRuns: 25 },
    );
  });

  test("argsort of every integer dtype is stable against JS's stable sort", () => {
    for (const dtype of ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"] as const) {
      const vals = Array.from({ length: 3000 }, (_, i) => ((i * 7919) % 61) % (dtype === "bool" ? 2 : 61));
      const x = np.array(vals, { dtype });
      const want = vals.map((_, i) => i).sort((i, j) => vals[i]! - vals[j]!);
      assert.deepEqual(np.argsort(x).tolist(), want, dtype);
      assert.deepEqual(x.argsort({ kind: "heapsort" }).tolist(), want, dtype);
    }
  });
});

describe("searchsorted", () => {
  test("a scalar or 0-d v gives a JS number; the method", () => {
    assert.equal(np.searchsorted(np.array([1, 2, 3]), 2), 1);
    assert.equal(np.searchsorted(np.array([1, 2, 3]), np.array(2), { side: "right" }), 2);
    assert.equal(np.array([1, 2, 3]).searchsorted(2, "right"), 2);
    assert.throws(() => np.searchsorted([1, 2], 1, "middle" as never), { name: "ValueError", message: "search side must be 'left' or 'right' (got 'middle')" });
    // NumPy 2 takes exactly "left" or "right"; other words starting with l/r have their own message.
    for (const side of ["Right", "l", "LEFT", "left "]) {
      assert.throws(() => np.searchsorted([1, 2], 1, side as never), { name: "ValueError", message: "search side must be one of 'left' or 'right'" });
    }
  });
});

test("long lanes (the WebAssembly radix passes) sort every real dtype as a comparison sort does", () => {
  let s = 12345;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
  const n = 5000;
  const cases: [string, (i: number) => number | bigint][] = [
    ["float64", () => (next() / 2 ** 32 - 0.5) * 10 ** ((next() % 40) - 20)],
    ["float32", () => next() / 2 ** 31 - 1],
    ["int64", () => (BigInt(next()) << 31n) - (BigInt(next()) << 20n)],
    ["uint64", () => (BigInt(next()) << 32n) | BigInt(next())],
    ["int32", () => next() | 0],
    ["uint16", () => next() & 0xffff],
    ["int8", () => (next() & 0xff) - 128],
  ];
  for (const [dtype, gen] of cases) {
    const vals = Array.from({ length: n }, (_, i) => gen(i));
    const a = np.array(vals as never, dtype);
    const want = (a.tolist({ bigint: true }) as (number | bigint)[]).slice().sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    assert.deepEqual(np.sort(a).tolist({ bigint: true }), want, dtype);
    // along axis 0 of a (n, 2) array: strided lanes
    const two = np.stack([a, a.get("::-1") as np.NDArray], 1);
    assert.deepEqual((np.sort(two, 0).get(":", 1) as np.NDArray).tolist({ bigint: true }), want, `${dtype} axis 0`);
  }
});
