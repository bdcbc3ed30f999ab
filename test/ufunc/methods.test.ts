// ufunc.accumulate, reduceat, at and resolve_dtypes (src/ufunc/methods.ts), checked against
// NumPy 2.4's behaviour; expected values are NumPy 2.4.6's.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { captureWarnings } from "../../src/core/warnings.js";

test("ufunc.at casts back unsafely", () => {
  const a = np.zeros(3, { dtype: "int8" });
  np.add.at(a, [0, 0, 1], 1.5);
  assert.equal(np.array_repr(a), "array([2, 1, 0], dtype=int8)");
});

test("ufunc.at: boolean and nested indices, b broadcast to a[indices], NumPy's errors", () => {
  const a = np.zeros(3);
  np.add.at(a, np.array([true, false, true]), 1);
  assert.equal(String(a), "[1. 0. 1.]");
  const b = np.zeros(3);
  np.add.at(b, [[0, 1], [1, 2]], np.array([[1, 2], [3, 4]]));
  assert.equal(String(b), "[1. 5. 4.]");
  assert.throws(() => np.add.at(np.zeros(3), [0, 1], [1, 2, 3]), { name: "ValueError", message: "array is not broadcastable to correct shape" });
  assert.throws(() => np.add.at(np.zeros(3), [0]), { name: "ValueError", message: "second operand needed for ufunc" });
  assert.throws(() => np.negative.at(np.zeros(3), [0], 1), { name: "ValueError", message: "second operand provided when ufunc is unary" });
});

test("reduceat rejects float indices and 0-d arrays as NumPy does", () => {
  assert.throws(() => np.add.reduceat(np.arange(8), np.array([0.5, 4])), {
    name: "TypeError",
    message: "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
  });
  assert.throws(() => np.add.reduceat(np.array(5), [0]), { name: "TypeError", message: "cannot reduceat on a scalar" });
});

test("accumulate in the heap runs along every axis in NumPy's order, for each kernel dtype", () => {
  const ref = (v: number[], op: (x: number, y: number) => number, round: (x: number) => number) => {
    const out: number[] = [];
    v.forEach((x, i) => out.push(i === 0 ? x : round(op(out[i - 1]!, x))));
    return out;
  };
  const shape = [6, 5, 40];
  const size = 6 * 5 * 40;
  for (const dtype of ["float64", "float32", "int32", "uint8", "int64"] as const) {
    const vals = Array.from({ length: size }, (_, i) => ((i * 7919) % 211) / (dtype.startsWith("float") ? 3.7 : 1) + (dtype === "uint8" ? 0 : -60));
    const a = np.array(vals, { dtype }).reshape(...shape);
    const round = dtype === "float32" ? Math.fround : dtype === "int32" ? (x: number) => x | 0 : dtype === "uint8" ? (x: number) => x & 255 : (x: number) => x;
    const stored = (a.ravel().tolist() as number[]).map(round);
    for (const [ufunc, op] of [[np.add, (x: number, y: number) => x + y], [np.maximum, Math.max], [np.minimum, Math.min]] as const) {
      for (let axis = 0; axis < 3; axis++) {
        const got = (ufunc.accumulate(a, axis) as np.NDArray).ravel().tolist() as number[];
        const want = stored.slice();
        const st = [200, 40, 1][axis]!;
        for (let p = 0; p < size; p++) {
          if (Math.floor(p / st) % shape[axis]! !== 0) continue;
          const idx = Array.from({ length: shape[axis]! }, (_, k) => p + k * st);
          // add.accumulate upcasts small integers to 64 bits, as NumPy 2 does (no wraparound here).
          const r = ufunc === np.add && !dtype.startsWith("float") ? (x: number) => x : round;
          ref(idx.map((i) => stored[i]!), op, r).forEach((x, k) => (want[idx[k]!] = x));
        }
        assert.deepEqual(got, want, `${ufunc.name}.accumulate ${dtype} axis ${axis}`);
      }
    }
  }
});

test("cumsum and cumprod in the heap: NaN propagates, overflow warns as NumPy's accumulate", () => {
  const a = np.arange(1, 301, { dtype: "float64" });
  a.set(100, NaN);
  const c = np.cumsum(a).tolist() as number[];
  assert.equal(c[99], 5050);
  assert.ok(Number.isNaN(c[100]) && Number.isNaN(c[299]));
  const big = np.full([2, 200], 1e308);
  assert.throws(() => np.errstate({ over: "raise" }, () => np.cumsum(big, { axis: 1 })), { name: "FloatingPointError", message: "overflow encountered in accumulate" });
  assert.throws(() => np.errstate({ over: "raise" }, () => np.cumprod(np.full(300, 1e200))), { name: "FloatingPointError", message: "overflow encountered in accumulate" });
  assert.equal(String(np.cumsum(np.full(300, 1, { dtype: "int8" })).get(-1)), "300");
  assert.equal(np.cumsum(np.full(300, 100, { dtype: "int8" }), { dtype: "int8" }).get(-1), 48);
});

test("accumulate and reduceat take one axis: an integer or a one-axis tuple, as NumPy", () => {
  const a = np.arange(6).reshape(2, 3);
  assert.deepEqual(np.add.accumulate(a, [1]).tolist(), [[0, 1, 3], [3, 7, 12]]);
  assert.throws(() => np.add.accumulate(a, [0, 1]), { name: "ValueError", message: "accumulate does not allow multiple axes" });
  assert.throws(() => np.add.accumulate(a, []), { name: "ValueError", message: "accumulate does not allow multiple axes" });
  assert.deepEqual(np.add.reduceat(a, [0], [1]).tolist(), [[3], [12]]);
  assert.throws(() => np.add.reduceat(a, [0], [0, 1]), { name: "ValueError", message: "reduceat does not allow multiple axes" });
});

test("a one-dimensional accumulation's out must have the input's shape exactly (NumPy's message)", () => {
  const msg = { name: "ValueError", message: "provided out is the wrong size for the accumulation." };
  assert.throws(() => np.zeros([2, 3]).cumsum({ out: np.zeros(5) }), msg);
  assert.throws(() => np.zeros([2, 3]).cumsum({ out: np.zeros([6, 1]) }), msg);
  assert.throws(() => np.add.accumulate(np.zeros(6), { out: np.zeros([2, 3]) }), msg);
});

test("accumulate checks out= before computing, with NumPy 2.4.6's iterator messages", () => {
  const a = np.arange(24).reshape(2, 3, 4);
  assert.throws(() => np.add.accumulate(a, { axis: 0, out: np.zeros([3, 4]) }), {
    name: "ValueError",
    message: "Iterator input op_axes[0][0] (==2) is not a valid axis of op[0], which has 2 dimensions ",
  });
  assert.throws(() => np.add.accumulate(a, { out: np.zeros(4) }), {
    message: "Iterator input op_axes[0][1] (==1) is not a valid axis of op[0], which has 1 dimensions ",
  });
  assert.throws(() => np.add.accumulate(a, { axis: 2, out: np.zeros([2, 3, 5]) }), {
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (2,3,5)->(2,3,5) (2,3,4)->(2,3,4) ",
  });
  assert.throws(() => np.add.accumulate(a, { out: np.zeros([2, 1, 4]) }), {
    message: "non-broadcastable output operand with shape (2,1,4) [remapped to (4,1,2)] doesn't match the broadcast shape (2,3,4)",
  });
  // A one-dimensional accumulation that casts goes through the iterator too.
  assert.throws(() => np.add.accumulate(np.arange(4), { out: np.zeros(3) }), {
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (3,)->(3,) (4,)->(4,) ",
  });
  assert.throws(() => np.add.accumulate(np.arange(4), { out: np.zeros([]) }), {
    message: "Iterator input op_axes[0][0] (==0) is not a valid axis of op[0], which has 0 dimensions ",
  });
  assert.throws(() => np.add.accumulate(np.arange(3, { dtype: "int8" }), { out: np.zeros(2, { dtype: "int8" }) }), {
    message: "provided out is the wrong size for the accumulation.",
  });
  // Axes of out past the input's are ignored, as NumPy's op_axes do.
  const out = np.zeros([3, 1]);
  assert.equal(np.add.accumulate(np.arange(3), { out }), out);
  assert.deepEqual(out.tolist(), [[0], [1], [3]]);
});

test("reduceat converts its indices as NumPy 2.4.6 does and checks them before out=", () => {
  const x = np.arange(8);
  assert.deepEqual(np.add.reduceat(x, [0.5, 4]).tolist(), [6, 22]); // a list element goes through int()
  assert.deepEqual(np.add.reduceat(x, np.array([0, 3], { dtype: "uint8" })).tolist(), [3, 25]);
  assert.throws(() => np.add.reduceat(x, np.array([0, 3], { dtype: "uint64" })), {
    name: "TypeError",
    message: "Cannot cast array data from dtype('uint64') to dtype('int64') according to the rule 'safe'",
  });
  assert.throws(() => np.add.reduceat(x, 2), { name: "ValueError", message: "object of too small depth for desired array" });
  assert.throws(() => np.add.reduceat(x, np.array([[0, 2]])), { name: "ValueError", message: "object too deep for desired array" });
  assert.throws(() => np.sqrt.reduceat(x, [0]), { name: "ValueError", message: "reduceat only supported for binary functions" });
  assert.throws(() => np.add.reduceat(np.arange(8).reshape(2, 4), [0, 2], { out: np.zeros([3, 4]) }), {
    name: "IndexError",
    message: "index 2 out-of-bounds in add.reduceat [0, 2)",
  });
  assert.throws(() => np.add.reduceat(x, [0, 4], { out: np.zeros(3) }), {
    name: "ValueError",
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (3,)->(3,) (8,)->() (2,)->(2,) ",
  });
  assert.throws(() => np.add.reduceat(np.arange(8).reshape(2, 4), [0, 2], { axis: 1, out: np.zeros([2, 3]) }), {
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (2,3)->(2,3) (2,4)->(2,newaxis) (2,)->(2) ",
  });
  const out = np.zeros([2, 2], { dtype: "int8" });
  assert.equal(np.add.reduceat(np.arange(8).reshape(2, 4), [0, 2], { axis: 1, out }), out);
  assert.deepEqual(out.tolist(), [[1, 5], [9, 13]]);
});

test("ufunc.at takes every index NumPy's a[index] takes (tuples as JS arrays of items), NumPy 2.4.6's results", () => {
  let b = np.arange(6).reshape(2, 3);
  np.add.at(b, [0, [0, 0, 2]], 5);
  assert.deepEqual(b.tolist(), [[10, 1, 7], [3, 4, 5]]);
  b = np.arange(6).reshape(2, 3);
  np.add.at(b, [":", [0, 0]], 1);
  assert.deepEqual(b.tolist(), [[2, 1, 2], [5, 4, 5]]);
  b = np.arange(5);
  np.add.at(b, "1:3", 10);
  assert.deepEqual(b.tolist(), [0, 11, 12, 3, 4]);
  b = np.arange(6).reshape(2, 3);
  np.add.at(b, ["...", 1], 10);
  assert.deepEqual(b.tolist(), [[0, 11, 2], [3, 14, 5]]);
  b = np.arange(6).reshape(2, 3);
  np.multiply.at(b, [np.array([0, 1]), np.array([1, 2])], 10);
  assert.deepEqual(b.tolist(), [[0, 10, 2], [3, 4, 50]]);
  b = np.arange(6).reshape(2, 3);
  np.add.at(b, np.nonzero(b.greater(2)), 100);
  assert.deepEqual(b.tolist(), [[0, 1, 2], [103, 104, 105]]);
  b = np.arange(6, { dtype: "float64" }).reshape(2, 3);
  np.add.at(b, [":", np.array([0, 0, 2])], np.array([[1, 2, 3]]));
  assert.deepEqual(b.tolist(), [[3, 1, 5], [6, 4, 8]]);
  b = np.arange(6).reshape(2, 3);
  np.subtract.at(b, ["::-1", 0], [1, 10]);
  assert.deepEqual(b.tolist(), [[-10, 1, 2], [2, 4, 5]]);
  b = np.arange(6).reshape(2, 3);
  np.add.at(b, [null, 0], 1);
  assert.deepEqual(b.tolist(), [[1, 2, 3], [3, 4, 5]]);
  b = np.arange(6).reshape(2, 3).get(":", "::2") as np.NDArray;
  np.add.at(b, [0, [1, 1]], 1);
  assert.deepEqual(b.tolist(), [[0, 4], [3, 5]]);
  // A homogeneous nested list is one (2-d) index array, never a tuple.
  b = np.arange(5);
  np.add.at(b, [[0, 1], [1, 1]], 1);
  assert.deepEqual(b.tolist(), [1, 4, 2, 3, 4]);
  assert.throws(() => np.add.at(np.arange(6).reshape(2, 3), [5, 0], 1), { name: "IndexError", message: "index 5 is out of bounds for axis 0 with size 2" });
  assert.throws(() => np.add.at(np.arange(6).reshape(2, 3), [":", np.array([0, 0, 2])], np.array([1, 2])), {
    name: "ValueError",
    message: "array is not broadcastable to correct shape",
  });
  assert.throws(() => np.divmod.at(np.arange(5), [0], 2), { name: "ValueError", message: "Only single output ufuncs supported at this time" });
  assert.throws(() => np.add.at([1, 2, 3] as never, [0], 1), { name: "TypeError", message: "first operand must be array" });
});

test("ufunc.at: n-d boolean masks, float index arrays and its conditions 'encountered in at' (NumPy 2.4.6)", () => {
  const b = np.arange(4, { dtype: "float64" }).reshape(2, 2);
  np.add.at(b, np.array([[true, false], [false, true]]), 10);
  assert.deepEqual(b.tolist(), [[10, 1], [2, 13]]);
  const rows = np.arange(6).reshape(2, 3);
  np.add.at(rows, np.array([false, true]), [1, 2, 3]);
  assert.deepEqual(rows.tolist(), [[0, 1, 2], [4, 6, 8]]);
  assert.throws(() => np.add.at(np.arange(4, { dtype: "float64" }), np.array([0, 1], { dtype: "float64" }), 1), {
    name: "IndexError",
    message: "arrays used as indices must be of integer (or boolean) type",
  });
  assert.throws(() => np.errstate({ invalid: "raise" }, () => np.divide.at(np.arange(4, { dtype: "float64" }), [0], 0)), {
    name: "FloatingPointError",
    message: "invalid value encountered in at",
  });
  const u = np.arange(4, { dtype: "uint8" });
  np.add.at(u, [0, 1], [-1, 300]); // unsafe casting: wraps as NumPy's
  assert.deepEqual(u.tolist(), [255, 45, 2, 3]);
});

test("ufunc.at runs its element loop in TypeScript when no cast is needed, with NumPy 2.4.6's results", () => {
  // Many repeated indices accumulate in index order (a histogram), for every real dtype.
  for (const dtype of ["float64", "float32", "int64", "uint8", "int16", "uint64"] as const) {
    const h = np.zeros(10, { dtype });
    const idx = np.array(Array.from({ length: 20000 }, (_, i) => (i * 7) % 10));
    np.add.at(h, idx, np.ones(20000, { dtype }));
    const expect = dtype === "uint8" ? 2000 % 256 : 2000;
    assert.deepEqual((h.tolist() as number[]).map(Number), new Array(10).fill(expect), dtype);
  }
  const r = np.arange(5).get("::-1") as np.NDArray; // a negative-stride view
  np.multiply.at(r, [0, 0, 4], 3);
  assert.deepEqual(r.tolist(), [36, 3, 2, 1, 0]);
  const m = np.array([5, 1, 7], { dtype: "int32" });
  np.maximum.at(m, [0, 1, 1, 2], np.array([2, 9, 4, 8], { dtype: "int32" }));
  assert.deepEqual(m.tolist(), [5, 9, 8]);
  const b = np.array([true, false, true]);
  np.logical_not.at(b, [0, 0, 1]);
  assert.deepEqual(b.tolist(), [true, true, true]);
  // int64 `a` and a Python int: NumPy's indexed floor_divide loop, which reports as the ufunc
  assert.throws(() => np.errstate({ divide: "raise" }, () => np.floor_divide.at(np.arange(3), [1], 0)), {
    name: "FloatingPointError",
    message: "divide by zero encountered in floor_divide",
  });
  assert.throws(() => np.errstate({ divide: "raise" }, () => np.floor_divide.at(np.arange(3, { dtype: "int32" }), [1], 0)), {
    name: "FloatingPointError",
    message: "divide by zero encountered in at",
  });
  assert.throws(() => np.add.at(np.array(5), [], 1), { name: "IndexError", message: "too many indices for array: array is 0-dimensional, but 1 were indexed" });
  const e = np.arange(3);
  np.add.at(e, [], 1);
  assert.deepEqual(e.tolist(), [0, 1, 2]);
  assert.throws(() => np.add.at(np.arange(3), [0.5], 1), {
    message: "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
  });
});

test("ufunc.resolve_dtypes resolves loops as NumPy 2.4.6 (BigInt/Number are Python's int/float)", () => {
  assert.deepEqual(np.add.resolve_dtypes(["int8", "float32", null]), ["float32", "float32", "float32"]);
  assert.deepEqual(np.add.resolve_dtypes(["int8", BigInt, null]), ["int8", "int8", "int8"]);
  assert.deepEqual(np.add.resolve_dtypes(["int8", Number, null]), ["float64", "float64", "float64"]);
  assert.deepEqual(np.add.resolve_dtypes(["int8", "int8", "float64"]), ["int8", "int8", "int8"]);
  assert.deepEqual(np.divide.resolve_dtypes(["int8", "int8", null]), ["float64", "float64", "float64"]);
  assert.deepEqual(np.less.resolve_dtypes(["int8", "uint8", null]), ["int16", "int16", "bool"]);
  assert.deepEqual(np.divmod.resolve_dtypes(["int8", "float32", null, null]), ["float32", "float32", "float32", "float32"]);
  assert.deepEqual(np.add.resolve_dtypes(["int8", "int8", null], { signature: [null, null, "float32"] }), ["float32", "float32", "float32"]);
  assert.deepEqual(np.add.resolve_dtypes([null, "int8", null], { reduction: true }), ["int64", "int64", "int64"]);
  assert.deepEqual(np.maximum.resolve_dtypes([null, "int8", null], { reduction: true }), ["int8", "int8", "int8"]);
  assert.deepEqual(np.add.resolve_dtypes(["float64", "float64", "int64"], { casting: "unsafe" }), ["float64", "float64", "float64"]);
  assert.throws(() => np.add.resolve_dtypes(["float64", "float64", "int64"]), {
    name: "UFuncTypeError",
    message: "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
  });
  assert.throws(() => np.add.resolve_dtypes(["int8", null]), { name: "TypeError", message: "resolve_dtypes: The dtypes must be a tuple of `ufunc.nargs` length." });
  assert.throws(() => np.add.resolve_dtypes([null, "float64", null]), { message: "All input dtypes must be provided (except the first one in reductions)" });
});

test("ufunc.at names its conditions as NumPy 2.4: the ufunc for an indexed loop (1-d a, b of a's dtype), else 'at'", () => {
  const warned = (fn: () => unknown) => captureWarnings(fn)[1].map((w) => w.message);
  const f = () => np.arange(5, { dtype: "float64" });
  assert.deepEqual(warned(() => np.divide.at(f(), [1], np.zeros(1))), ["divide by zero encountered in divide"]);
  assert.deepEqual(warned(() => np.divide.at(f(), "1:2", np.zeros(1))), ["divide by zero encountered in divide"]);
  assert.deepEqual(warned(() => np.multiply.at(f(), [1, 1], 1.5e308)), ["overflow encountered in multiply"]);
  assert.deepEqual(warned(() => np.add.at(np.ones(3, { dtype: "complex64" }), [1, 1], np.array([{ re: Infinity, im: 0 }, { re: -Infinity, im: 0 }], { dtype: "complex64" }))), ["invalid value encountered in add"]);
  // a cast of b, a 2-d a, a loop without an indexed version, a unary ufunc: "at"
  assert.deepEqual(warned(() => np.divide.at(f(), [1], 0)), ["divide by zero encountered in at"]);
  assert.deepEqual(warned(() => np.divide.at(f().reshape(1, 5), [0], np.zeros(1))), ["divide by zero encountered in at", "invalid value encountered in at"]);
  assert.deepEqual(warned(() => np.remainder.at(f(), [1], np.zeros(1))), ["invalid value encountered in at"]);
  assert.deepEqual(warned(() => np.divide.at(np.arange(5), [1], 0)), ["divide by zero encountered in at", "invalid value encountered in at"]);
  assert.deepEqual(warned(() => np.reciprocal.at(f(), [0])), ["divide by zero encountered in at"]);
});
