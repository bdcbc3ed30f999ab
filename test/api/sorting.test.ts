// np.sort / argsort / searchsorted / unique: NumPy 2 behaviour the 1.24 golden oracle cannot
// produce (the `stable` keyword, unique's n-d inverse and -0.0 pick, unique_* functions), in-place
// semantics, errors, and stability against an independent oracle (JS's stable Array sort).
// Expected strings are NumPy 2.4's output.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";

const repr = (x: unknown) => np.array_repr(x as np.NDArray);
const reprs = (xs: unknown) => (xs as np.NDArray[]).map(repr);

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

describe("unique", () => {
  test("NumPy 2: the inverse has the input's shape", () => {
    assert.deepEqual(reprs(np.unique(np.array([[1, 2], [2, 3]]), { return_inverse: true })), ["array([1, 2, 3])", "array([[0, 1],\n       [1, 2]])"]);
    const x = np.array([[[5.0, NaN]], [[5.0, 1.0]]]);
    assert.deepEqual(reprs(np.unique(x, false, true, true)), ["array([ 1.,  5., nan])", "array([[[1, 2]],\n\n       [[1, 0]]])", "array([1, 2, 1])"]);
    assert.deepEqual(reprs(np.unique(np.array(7), { return_inverse: true })), ["array([7])", "array(0)"]);
  });

  test("of -0.0 and 0.0 the first stands for both (NumPy 2)", () => {
    assert.equal(repr(np.unique(np.array([-0.0, 0.0]))), "array([-0.])");
    assert.deepEqual(reprs(np.unique(np.array([0.0, -0.0, 2.0]), { return_index: true })), ["array([0., 2.])", "array([0, 2])"]);
  });

  test("unique_values, unique_counts, unique_inverse, unique_all (NumPy 2's named tuples as objects)", () => {
    assert.equal(repr(np.unique_values(np.array([2, 1, 2]))), "array([1, 2])");
    const c = np.unique_counts(np.array([1, 1, 2]));
    assert.deepEqual([repr(c.values), repr(c.counts)], ["array([1, 2])", "array([2, 1])"]);
    const inv = np.unique_inverse(np.array([[1, 1], [2, 1]]));
    assert.deepEqual([repr(inv.values), repr(inv.inverse_indices)], ["array([1, 2])", "array([[0, 0],\n       [1, 0]])"]);
    const all = np.unique_all(np.array([[3, 1], [3, 1], [0, 0]]));
    assert.deepEqual(
      [repr(all.values), repr(all.indices), repr(all.inverse_indices), repr(all.counts)],
      ["array([0, 1, 3])", "array([4, 1, 0])", "array([[2, 1],\n       [2, 1],\n       [0, 0]])", "array([2, 2, 2])"],
    );
  });

  test("unique_values/counts/inverse/all treat every NaN as its own value (equal_nan=False, NumPy 2.4)", () => {
    const x = np.array([NaN, 1.0, NaN]);
    assert.equal(repr(np.unique_values(x)), "array([ 1., nan, nan])");
    const c = np.unique_counts(x);
    assert.deepEqual([repr(c.values), repr(c.counts)], ["array([ 1., nan, nan])", "array([1, 1, 1])"]);
    const all = np.unique_all(x);
    assert.deepEqual(
      [repr(all.values), repr(all.indices), repr(all.inverse_indices), repr(all.counts)],
      ["array([ 1., nan, nan])", "array([1, 0, 2])", "array([1, 0, 2])", "array([1, 1, 1])"],
    );
    assert.equal(repr(np.unique_inverse(x).inverse_indices), "array([1, 0, 2])");
    assert.equal(repr(np.unique(x)), "array([ 1., nan])");
  });

  test("complex NaNs: the value kept is the first NaN in input order without return_* flags, the first sorted with them (NumPy 2.4)", () => {
    const z = np.array([{ re: 1, im: 0 }, { re: NaN, im: 1 }, { re: 1, im: NaN }, { re: 1, im: 0 }]);
    assert.equal(repr(np.unique(z)), "array([ 1.+0.j, nan+1.j])");
    assert.deepEqual(reprs(np.unique(z, { return_counts: true })), ["array([1. +0.j, 1.+nanj])", "array([2, 2])"]);
  });

  test("axis=int: unique slices, NaN slices all distinct, empty slices, 1-d inverse (NumPy 2.4's output)", () => {
    const x = np.array([[NaN, 1], [NaN, 1], [-0, 2], [0, 2]]);
    assert.deepEqual(reprs(np.unique(x, { axis: 0, return_counts: true })), ["array([[-0.,  2.],\n       [nan,  1.],\n       [nan,  1.]])", "array([2, 1, 1])"]);
    assert.equal(repr(np.unique(np.zeros([2, 0]), { axis: 0 })), "array([], shape=(1, 0), dtype=float64)");
    assert.equal(repr(np.unique(np.zeros([2, 0]), { axis: 1 })), "array([], shape=(2, 0), dtype=float64)");
    assert.deepEqual(reprs(np.unique(np.arange(6).reshape(1, 2, 3).remainder(2), { axis: 2, return_inverse: true })), ["array([[[0, 1],\n        [1, 0]]])", "array([0, 1, 0])"]);
    assert.deepEqual(reprs(np.unique(np.array([3, 1, 3]), { axis: 0, return_inverse: true })), ["array([1, 3])", "array([1, 0, 1])"]);
    assert.throws(() => np.unique(np.array(3), { axis: 0 }), (e: unknown) => e instanceof np.AxisError && e.message === "axis 0 is out of bounds for array of dimension 0");
    assert.throws(() => np.unique(np.zeros([2, 2]), { axis: 2 }), np.AxisError);
  });
});

test("unique_values/counts/inverse/all take no options (Python's TypeError)", () => {
  for (const name of ["unique_values", "unique_counts", "unique_inverse", "unique_all"] as const) {
    assert.throws(() => (np[name] as (...a: unknown[]) => unknown)([1], { foo: 1 }), { name: "TypeError", message: `${name}() got an unexpected keyword argument 'foo'` });
  }
});

test("unique_values and unique(sorted=false) give NumPy 2.4's hash-set order for integer and complex dtypes", () => {
  assert.equal(repr(np.unique_values(np.array([3, 1, 2, 1, 3]))), "array([2, 1, 3])");
  assert.equal(repr(np.unique(np.array([3, 1, 2]), { sorted: false })), "array([2, 1, 3])");
  assert.equal(
    repr(np.unique_values(np.arange(20, 0, -1))),
    "array([ 4,  5,  2,  8,  3,  9,  6, 12,  7, 13,  1, 15, 10, 16, 11, 17, 18,\n       19, 14, 20])",
  );
  const z = np.array([{ re: 1, im: 0 }, { re: NaN, im: 1 }, { re: 1, im: NaN }, { re: 1, im: 0 }]);
  assert.equal(repr(np.unique(z, { sorted: false })), "array([nan+1.j,  1.+0.j])");
  // NumPy sorts bools and floats even then; return_* options and axis always sort.
  assert.equal(repr(np.unique_values(np.array([true, false, true]))), "array([False,  True])");
  assert.equal(repr(np.unique_values(np.array([2.5, 1.0, 2.5]))), "array([1. , 2.5])");
  assert.deepEqual(reprs(np.unique(np.array([3, 1, 2]), { sorted: false, return_counts: true })), ["array([1, 2, 3])", "array([1, 1, 1])"]);
});

test("the replayed hash order matches NumPy 2.4 past rehashes and the 1024-bucket cap", () => {
  // Expected leading elements printed by NumPy 2.4.6 for these deterministic inputs.
  const a = np.arange(3000).multiply(7919).remainder(4001);
  const u = np.unique_values(a);
  assert.equal(u.shape[0], 3000);
  assert.equal(repr(u.get(":6")), "array([3229, 3478, 3561, 3644, 3810, 3893])");
  const b = np.arange(300).astype("int8");
  assert.equal(repr(np.unique_values(b).get(":8")), "array([-1, -2, -3, -4, -5, -6, -7, -8], dtype=int8)");
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
