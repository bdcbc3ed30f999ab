// NumPy indexing (a.get / a.set) and the indexing routines: the view/copy distinction, the
// scalar results, slice strings, and property tests against slow reference loops. NumPy's own
// results over dtypes, shapes and error messages are in test/golden/families/indexing.py.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";
import { NDArray } from "../../src/core/ndarray.js";
import { parseSlice, sliceIndices } from "../../src/core/indexing/slice.js";
import * as ix from "../../src/api/indexing.js";

/** 0, 1, 2, ... as an int64 array of the given shape. */
function iota(shape: number[], dtype = "int64"): NDArray {
  const n = shape.reduce((x, y) => x * y, 1);
  return np.array([...Array(n).keys()], { dtype }).reshape(shape).copy();
}

const arr = (x: unknown) => x as NDArray;

test("basic indexing returns views that write through to the original", () => {
  const a = iota([3, 4]);
  const v = arr(a.get("::-1", "1:3"));
  assert.ok(v.base === a);
  assert.deepEqual(v.strides, [-32, 8]);
  v.set(0, 0, -1); // a[2, 1]
  assert.equal(a.get(2, 1), -1);
  const vv = arr(arr(a.get(1)).get(null, "::2"));
  assert.deepEqual(vv.shape, [1, 2]);
  vv.set("...", 99);
  assert.deepEqual(arr(a.get(1)).tolist(), [99, 5, 99, 7]);
  // The ellipsis alone and the empty index are views too.
  assert.ok(arr(a.get("...")).base === a);
  assert.ok(arr(a.get()).base === a);
});

test("advanced indexing returns copies that do not write through", () => {
  const a = iota([3, 4]);
  const cases = [[[0, 2]], [":", [1, 1]], [[true, false, true]], [true], [np.array(1)], [np.array(1), ":"]];
  cases.forEach((idx, k) => {
    const r = arr(a.get(...(idx as never[])));
    assert.equal(r.base, null, `case ${k} must own its memory`);
    r.set("...", -7);
  });
  assert.deepEqual(a.tolist(), iota([3, 4]).tolist());
});

test("an integer on every axis gives the element as item() does", () => {
  assert.equal(iota([2, 3]).get(1, -1), 5);
  assert.equal(typeof iota([2, 3]).get(1, -1), "number");
  assert.equal(np.array([true, false]).get(1), false);
  assert.deepEqual(np.array([{ re: 1, im: -2 }]).get(0), { re: 1, im: -2 });
  assert.equal(np.array([1.5], { dtype: "float32" }).get(0), 1.5);
  // A 0-d integer array counts as an integer: all integers give the scalar.
  assert.equal(iota([2, 3]).get(np.array(1), 2), 5);
  // a[()] on a 0-d array is the scalar; a[...] stays a 0-d array.
  const z = np.array(4.25);
  assert.equal(z.get(), 4.25);
  assert.ok(z.get("...") instanceof NDArray);
  // item() semantics for int64 (a number, as item() gives it).
  assert.equal(np.array([2n ** 40n]).get(0), 2 ** 40);
});

test("slice strings follow Python's syntax; anything else is a clear error", () => {
  assert.deepEqual(parseSlice("1:3"), { start: 1, stop: 3, step: null });
  assert.deepEqual(parseSlice("::-1"), { start: null, stop: null, step: -1 });
  assert.deepEqual(parseSlice(" -3 : "), { start: -3, stop: null, step: null });
  assert.deepEqual(parseSlice("+2::"), { start: 2, stop: null, step: null });
  const a = iota([5]);
  for (const bad of ["abc", "5", "1:2:3:4", "a:b", "", "....", "1 2:"]) {
    assert.throws(
      () => a.get(bad),
      (e: Error) => e.name === "IndexError" && e.message.startsWith(`invalid slice '${bad}'`),
      `"${bad}"`,
    );
  }
  assert.throws(() => a.get("::0"), { name: "ValueError", message: "slice step cannot be zero" });
});

/** Python's slice semantics written out as loops (the reference for the property test). */
function refSlice(n: number, start: number | null, stop: number | null, step: number | null): number[] {
  const st = step ?? 1;
  const out: number[] = [];
  if (st > 0) {
    let b = start ?? 0;
    if (b < 0) b = Math.max(0, b + n);
    b = Math.min(b, n);
    let e = stop ?? n;
    if (e < 0) e = Math.max(0, e + n);
    e = Math.min(e, n);
    for (let i = b; i < e; i += st) out.push(i);
  } else {
    let b = start ?? n - 1;
    if (b < 0) b += n;
    b = Math.min(b, n - 1);
    let e = stop ?? -1;
    if (stop !== null && e < 0) e = Math.max(-1, e + n);
    e = Math.min(e, n - 1);
    for (let i = b; i > e && i >= 0; i += st) out.push(i);
  }
  return out;
}

test("slices select what Python's slicing selects (property)", () => {
  const bound = fc.option(fc.integer({ min: -12, max: 12 }), { nil: null });
  const step = fc.option(fc.integer({ min: -4, max: 4 }).filter((s) => s !== 0), { nil: null });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9 }), bound, bound, step, (n, start, stop, st) => {
      const text = `${start ?? ""}:${stop ?? ""}:${st ?? ""}`;
      const want = refSlice(n, start, stop, st);
      const r = sliceIndices(parseSlice(text), n);
      assert.equal(r.length, want.length, text);
      const got = arr(iota([n]).get(text)).tolist();
      assert.deepEqual(got, want, `${text} on ${n}`);
    }),
    { numRuns: 500 },
  );
});

test("an index array on one axis gathers what a loop gathers (property)", () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
      fc.nat(),
      fc.array(fc.integer({ min: -100, max: 100 }), { maxLength: 6 }),
      fc.boolean(),
      (shape, axisSeed, raw, reversed) => {
        const nd = shape.length;
        const axis = axisSeed % nd;
        const n = shape[axis]!;
        const idx = raw.map((x) => ((x % (2 * n)) + 2 * n) % (2 * n) - n); // in [-n, n)
        let a = iota(shape, "int32");
        if (reversed) a = arr(a.get("::-1"));
        const items: unknown[] = Array(nd).fill(":");
        items[axis] = idx;
        const got = arr(a.get(...(items as never[])));
        const want = [...shape];
        want[axis] = idx.length;
        assert.deepEqual(got.shape, want);
        // got[..., j, ...] == a[..., idx[j], ...] for every j.
        idx.forEach((i, j) => {
          const g: unknown[] = Array(nd).fill(":");
          g[axis] = j;
          const s: unknown[] = Array(nd).fill(":");
          s[axis] = i;
          const gv = got.get(...(g as never[]));
          const sv = a.get(...(s as never[]));
          assert.deepEqual(gv instanceof NDArray ? gv.tolist() : gv, sv instanceof NDArray ? sv.tolist() : sv);
        });
      },
    ),
    { numRuns: 200 },
  );
});

test("with repeated indices the last write wins (property)", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.integer({ min: -6, max: 5 }), { maxLength: 10 }), (n, raw) => {
      const idx = raw.map((x) => (((x % (2 * n)) + 2 * n) % (2 * n)) - n); // in [-n, n)
      const vals = idx.map((_, k) => 100 + k);
      const a = np.zeros(n, { dtype: "int64" });
      a.set(idx, vals);
      const want = new Array<number>(n).fill(0);
      idx.forEach((i, k) => (want[i < 0 ? i + n : i] = vals[k]!));
      assert.deepEqual(a.tolist(), want);
    }),
    { numRuns: 200 },
  );
});

test("JS arrays, TypedArrays and bigints are index items", () => {
  const a = iota([4, 3]);
  assert.deepEqual(arr(a.get([3, 0], 1)).tolist(), [10, 1]);
  assert.deepEqual(arr(a.get([[0], [3]], [0, 2])).tolist(), [[0, 2], [9, 11]]);
  assert.deepEqual(arr(a.get(new Int32Array([1, -1]), 0)).tolist(), [3, 9]);
  assert.deepEqual(arr(a.get(new Uint8Array([2]))).tolist(), [[6, 7, 8]]);
  assert.equal(a.get(2n, -1n), 8);
  assert.deepEqual(arr(a.get([true, false, false, true], [0, 2])).tolist(), [0, 11]);
  assert.throws(() => a.get(new Float64Array([1])), { name: "IndexError" });
});

test("items that are not indices are NumPy's IndexError", () => {
  const a = iota([3]);
  const msg = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";
  for (const bad of [undefined, 1.5, NaN, {}, [[0], 1]]) {
    assert.throws(() => a.get(bad as never), (e: Error) => e.name === "IndexError" || e.name === "ValueError", String(bad));
  }
  assert.throws(() => a.get(undefined as never), { name: "IndexError", message: msg });
  assert.throws(() => a.get({} as never), { name: "IndexError", message: msg });
  assert.throws(() => a.get(np.array([0.5])), { name: "IndexError", message: "arrays used as indices must be of integer (or boolean) type" });
});

test("float TypedArrays, float slice bounds, ints no dtype holds and too many result dims: NumPy's errors", () => {
  const a = iota([6]);
  const invalid = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";
  assert.throws(() => a.get(new Float32Array([0, 2])), { name: "IndexError", message: "arrays used as indices must be of integer (or boolean) type" });
  const sliceMsg = "slice indices must be integers or None or have an __index__ method";
  assert.throws(() => a.get("1.0:3"), { name: "TypeError", message: sliceMsg });
  assert.throws(() => a.set("::0.5", 1), { name: "TypeError", message: sliceMsg });
  assert.throws(() => a.get("1:2:3:4"), { name: "IndexError" });
  assert.throws(() => a.get([2n ** 70n]), { name: "IndexError", message: invalid });
  assert.throws(() => a.get([-(2n ** 63n) - 1n]), { name: "IndexError", message: invalid });
  const b = iota([2, 2]);
  assert.equal(arr(b.get(...Array<null>(63).fill(null), 0)).ndim, 64);
  const tooMany = "number of dimensions must be within [0, 64], indexing result would have 65";
  assert.throws(() => b.get(...Array<null>(63).fill(null)), { name: "IndexError", message: tooMany });
  assert.throws(() => b.get(...Array<null>(62).fill(null), [[0]]), { name: "IndexError", message: tooMany });
  assert.throws(() => iota([1]).set(...Array<null>(64).fill(null), 1), { name: "IndexError", message: tooMany });
});

test("assignment into read-only arrays and their views is refused", () => {
  const a = iota([2, 3]);
  a.flags.writeable = false;
  for (const idx of [[0], [0, 0], [[0, 1]], [np.array([true, false])], ["..."], [9]]) {
    assert.throws(() => a.set(...idx, 1), { name: "ValueError", message: "assignment destination is read-only" });
  }
  assert.throws(() => arr(a.get("::-1")).set(0, 1), { name: "ValueError", message: "assignment destination is read-only" });
  assert.throws(() => ix.put(a, [0], 1), { name: "ValueError", message: "put: output array is read-only" });
  assert.throws(() => ix.place(a, np.ones([2, 3], { dtype: "bool" }), [1]), { name: "ValueError" });
  assert.deepEqual(a.tolist(), [[0, 1, 2], [3, 4, 5]]);
});

test("values broadcast into the selection and overlapping values are copied first", () => {
  const a = np.zeros([3, 4]);
  a.set(":", "1:3", [[1], [2], [3]]);
  assert.deepEqual(a.tolist(), [[0, 1, 1, 0], [0, 2, 2, 0], [0, 3, 3, 0]]);
  const b = iota([6]);
  b.set("::-1", b);
  assert.deepEqual(b.tolist(), [5, 4, 3, 2, 1, 0]);
  const c = iota([6]);
  c.set([1, 2, 3, 4, 5], c.get(":-1"));
  assert.deepEqual(c.tolist(), [0, 0, 1, 2, 3, 4]);
  assert.throws(() => iota([4]).set("1:3", [1, 2, 3]), {
    name: "ValueError",
    message: "could not broadcast input array from shape (3,) into shape (2,)",
  });
});

test("integer items past 2^53 and past int64 are NumPy's errors, with the exact index", () => {
  // NumPy 2.4.6 on np.zeros((5, 3)): a[2**62] is out of bounds with the exact value;
  // a[2**63] is "Python int too large to convert to C long" (checked before too many indices);
  // a[2**64] and a[-2**63 - 1] are not indices at all; so on a 0-d array.
  const a = np.zeros([5, 3]);
  assert.throws(() => a.get(2 ** 62), { name: "IndexError", message: "index 4611686018427387904 is out of bounds for axis 0 with size 5" });
  assert.throws(() => a.get(0, 2n ** 63n - 1n), { name: "IndexError", message: "index 9223372036854775807 is out of bounds for axis 1 with size 3" });
  assert.throws(() => a.set(np.array(-(2n ** 63n)), 1), { name: "IndexError", message: "index -9223372036854775808 is out of bounds for axis 0 with size 5" });
  const overflow = { name: "OverflowError", message: "Python int too large to convert to C long" };
  assert.throws(() => a.get(2 ** 63, 0, 0), overflow);
  assert.throws(() => a.get(np.array(2n ** 63n, { dtype: "uint64" })), overflow);
  assert.throws(() => a.set(2n ** 63n, 1), overflow);
  const invalid = { name: "IndexError", message: /^only integers, slices/ };
  assert.throws(() => a.get(2 ** 64), invalid);
  assert.throws(() => a.get(0, -(2n ** 63n) - 1n), invalid);
  assert.throws(() => np.array(5).get(-(2 ** 64)), invalid);
  assert.throws(() => np.array(5).get(3), { name: "IndexError", message: "too many indices for array: array is 0-dimensional, but 1 were indexed" });
});

test("uint64 index arrays are cast to intp as NumPy does (2^64 - 1 is -1); past 2^53 the error names the exact index", () => {
  const a = np.arange(5);
  const big = np.array([2n ** 64n - 1n], { dtype: "uint64" });
  assert.deepEqual((a.get(big) as NDArray).tolist(), [4]);
  assert.deepEqual((np.take(a, big) as NDArray).tolist(), [4]);
  a.set(big, 9);
  assert.deepEqual(a.tolist(), [0, 1, 2, 3, 9]);
  assert.throws(() => a.get(np.array([2n ** 62n])), { name: "IndexError", message: "index 4611686018427387904 is out of bounds for axis 0 with size 5" });
  assert.throws(() => a.get(np.array([-(2n ** 62n) - 1n])), { name: "IndexError", message: "index -4611686018427387905 is out of bounds for axis 0 with size 5" });
});

test("a value with extra leading length-1 axes is named without them when it does not broadcast", () => {
  // NumPy 2.4.6: a = np.zeros((3, 5)); a[...] = np.zeros((1, 2, 0)) names shape (2,0).
  assert.throws(() => np.zeros([3, 5]).set("...", np.zeros([1, 2, 0])), {
    name: "ValueError",
    message: "could not broadcast input array from shape (2,0) into shape (3,5)",
  });
  assert.throws(() => np.zeros([3, 5]).set(0, np.zeros([1, 1, 4])), {
    name: "ValueError",
    message: "could not broadcast input array from shape (4,) into shape (5,)",
  });
});

test("a list deeper than the selection is refused before its elements are converted", () => {
  // NumPy 2.4.6: a = np.zeros(3, np.uint64); a[:] = [[-1, 2, 3]] raises the ValueError on
  // depth, not the OverflowError for -1 (shape discovery comes first).
  const depth1 = "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.";
  const a = np.zeros(3, { dtype: "uint64" });
  assert.throws(() => a.set(":", [[-1, 2, 3]]), { name: "ValueError", message: depth1 });
  assert.throws(() => np.zeros(3, { dtype: "int8" }).set("...", [[300, 2, 3]]), { name: "ValueError", message: depth1 });
  // At the right depth the element is checked: NumPy's OverflowError.
  assert.throws(() => a.set(":", [-1, 2, 3]), { name: "OverflowError", message: "Python integer -1 out of bounds for uint64" });
  assert.deepEqual(a.tolist(), [0, 0, 0]);
});

test("take, nonzero and count_nonzero return NumPy's kinds of results", () => {
  const a = iota([3, 4], "int32");
  assert.equal(ix.take(a, 5), 5);
  const out = np.zeros([3, 2], { dtype: "int32" });
  assert.equal(ix.take(a, [1, 2], { axis: 1, out }), out);
  assert.deepEqual(out.tolist(), [[1, 2], [5, 6], [9, 10]]);
  const nz = ix.nonzero(a);
  assert.equal(nz.length, 2);
  assert.ok(nz.every((x) => x.dtype === "int64"));
  assert.equal(ix.count_nonzero(a), 11);
  assert.deepEqual(arr(ix.count_nonzero(a, 0)).tolist(), [2, 3, 3, 3]);
  assert.throws(() => ix.take(a, np.array([1.5])), {
    name: "TypeError",
    message: "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'same_kind'",
  });
  assert.deepEqual(arr(ix.take(a, np.array([1], { dtype: "uint64" }))).tolist(), [1]);
  assert.throws(() => ix.put(a, np.array([1], { dtype: "uint64" }), 1), {
    name: "TypeError",
    message: "Cannot cast array data from dtype('uint64') to dtype('int64') according to the rule 'safe'",
  });
  assert.throws(() => ix.put([1, 2] as never, [0], 1), { name: "TypeError", message: "argument 1 must be numpy.ndarray, not <class 'list'>" });
});

test("put_along_axis with axis=null writes through a non-contiguous array in C order", () => {
  const a = iota([3, 4]).T; // shape (4, 3), not C-contiguous
  ix.put_along_axis(a, np.array([0, 11]), [-1, -2], null);
  assert.deepEqual(a.tolist(), [[-1, 4, 8], [1, 5, 9], [2, 6, 10], [3, 7, -2]]);
});

test("a[idx] on heap arrays (the row-gather kernel): elements and rows, negative and 2-d indices, NumPy's bounds error", () => {
  const idxValues = Array.from({ length: 500 }, (_, i) => ((i * 7919) % 600) - 300);
  const idx = np.array(idxValues) as np.NDArray;
  for (const shape of [[300], [300, 3], [300, 7, 5]]) {
    const n = shape.reduce((x, y) => x * y, 1);
    const a = (np.arange(n) as np.NDArray).reshape(shape).astype("float64");
    const row = n / 300;
    const got = a.get(idx) as np.NDArray;
    assert.deepEqual(got.shape, [500, ...shape.slice(1)]);
    const flat = (got.reshape(-1) as np.NDArray).tolist() as number[];
    idxValues.forEach((i, k) => {
      const r = i < 0 ? i + 300 : i;
      for (let j = 0; j < row; j++) assert.equal(flat[k * row + j], r * row + j);
    });
    assert.deepEqual((a.get(idx.reshape([20, 25])) as np.NDArray).shape, [20, 25, ...shape.slice(1)]);
  }
  const bad = np.array(Array.from({ length: 400 }, (_, i) => (i === 333 ? 300 : i % 300))) as np.NDArray;
  assert.throws(() => (np.arange(300) as np.NDArray).get(bad), (e: Error) => e.name === "IndexError" && e.message === "index 300 is out of bounds for axis 0 with size 300");
  assert.throws(() => (np.arange(300) as np.NDArray).get(bad.negative().subtract(1)), (e: Error) => e.name === "IndexError" && /index -301 is out of bounds for axis 0 with size 300/.test(e.message));
});

test("fancy indexing of heap arrays: row and column gathers, scatters with repeats, every item size", () => {
  for (const dtype of ["int8", "int16", "float32", "float64", "complex128"] as const) {
    const a = np.arange(60 * 70).remainder(251).astype(dtype).reshape(60, 70);
    const rows = a.tolist() as unknown[][];
    const idx = [5, 0, 59, 5, -1];
    const at = (i: number, n: number) => (i < 0 ? i + n : i);
    assert.deepEqual((a.get(idx) as np.NDArray).tolist(), idx.map((i) => rows[at(i, 60)]), `${dtype} rows`);
    assert.deepEqual((a.get(":", idx) as np.NDArray).tolist(), rows.map((r) => idx.map((i) => r[at(i, 70)])), `${dtype} columns`);
    assert.deepEqual((a.get("::-1", [3, 1]) as np.NDArray).tolist(), [...rows].reverse().map((r) => [r[3], r[1]]), `${dtype} reversed rows`);
    // Scatter: the last write to a repeated position wins.
    const b = a.copy();
    b.set(":", [2, 4, 2], np.array([[1, 2, 3]]).astype(dtype));
    const got = b.tolist() as unknown[][];
    const one = (x: number) => (np.array([x]).astype(dtype).tolist() as unknown[])[0];
    assert.deepEqual([got[7]![2], got[7]![4], got[7]![3]], [one(3), one(2), rows[7]![3]], `${dtype} scatter`);
  }
  // Index arrays on the middle axis of a 3-d array: the subspace is two runs.
  const c = np.arange(4 * 50 * 6).reshape(4, 50, 6);
  const cl = c.tolist() as number[][][];
  assert.deepEqual((c.get(":", [49, 0, 7]) as np.NDArray).tolist(), cl.map((p) => [p[49], p[0], p[7]]));
  assert.deepEqual((c.get(":", [1, 2], ":3") as np.NDArray).tolist(), cl.map((p) => [p[1]!.slice(0, 3), p[2]!.slice(0, 3)]));
});
