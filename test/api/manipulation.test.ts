// Unit and property tests for src/api/manipulation.ts against naive references.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

/** A C-ordered array of `shape` holding 0, 1, 2, ... */
function seq(shape: number[], dtype = "int64"): NDArray {
  const n = shape.reduce((x, y) => x * y, 1);
  return np.arange(n, { dtype }).reshape(shape);
}

function unravel(k: number, shape: readonly number[]): number[] {
  const idx = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    idx[d] = k % shape[d]!;
    k = Math.floor(k / shape[d]!);
  }
  return idx;
}

const smallShape = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 });

describe("views", () => {
  test("moveaxis equals the transpose that NumPy's definition builds", () => {
    fc.assert(
      fc.property(smallShape.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s.map((_, i) => i), { minLength: 1 }), fc.shuffledSubarray(s.map((_, i) => i), { minLength: 1 }))), ([shape, src, dst]) => {
        const k = Math.min(src.length, dst.length);
        const s = src.slice(0, k);
        const d = dst.slice(0, k);
        const a = seq(shape);
        const m = np.moveaxis(a, s, d);
        // Reference: result axis d[i] is source axis s[i]; the other axes keep their order.
        const order = new Array<number>(shape.length).fill(-1);
        s.forEach((ax, i) => (order[d[i]!] = ax));
        const rest = shape.map((_, i) => i).filter((i) => !s.includes(i));
        for (let i = 0; i < order.length; i++) if (order[i] === -1) order[i] = rest.shift()!;
        assert.deepEqual(m.tolist(), a.transpose(order).tolist());
        assert.equal(m.base, a.base ?? a);
      }),
      { numRuns: 150 },
    );
  });

  test("expand_dims, squeeze, ravel, reshape, swapaxes, transpose are views", () => {
    const a = seq([2, 3]);
    for (const v of [np.expand_dims(a, [0, -1]), np.squeeze(np.expand_dims(a, 1)), np.ravel(a), np.reshape(a, [3, 2]), np.swapaxes(a, 0, 1), np.transpose(a)]) {
      assert.equal(v.base, a.base ?? a);
    }
    assert.deepEqual(np.expand_dims(a, [0, -1]).shape, [1, 2, 3, 1]);
    assert.deepEqual(np.reshape(a, [3, -1], "F").tolist(), [[0, 4], [3, 2], [1, 5]]);
    // NumPy 2.4 removed reshape's newshape= keyword: np.reshape(a, newshape=(6,)) is a TypeError.
    assert.throws(() => np.reshape(a, { newshape: [6] } as never), { name: "TypeError", message: "reshape() got an unexpected keyword argument 'newshape'" });
    assert.deepEqual(np.reshape(a, { shape: [6] }).shape, [6]);
    assert.throws(() => np.reshape(a), { name: "TypeError", message: "reshape() missing 1 required positional argument: 'shape'" });
  });

  test("broadcast_to is a read-only view with zero strides on broadcast axes", () => {
    const a = np.arange(3);
    const b = np.broadcast_to(a, [2, 3]);
    assert.deepEqual([...b.strides], [0, 8]);
    assert.equal(b.base, a);
    assert.equal(b.flags.writeable, false);
    assert.throws(() => b.fill(1), { name: "ValueError", message: "assignment destination is read-only" });
    assert.throws(() => np.broadcast_to(a, [2, 4]), {
      name: "ValueError",
      message: "operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  and requested shape (2,4)",
    });
    assert.throws(() => np.broadcast_to(a, []), { message: "cannot broadcast a non-scalar to a scalar array" });
  });

  test("broadcast_arrays / broadcast_shapes agree with the per-dimension rule", () => {
    const [x, y] = np.broadcast_arrays([1, 2, 3], [[1], [2]]);
    assert.deepEqual(x!.tolist(), [[1, 2, 3], [1, 2, 3]]);
    assert.deepEqual(y!.tolist(), [[1, 1, 1], [2, 2, 2]]);
    const same = np.zeros([2, 3]);
    assert.equal(np.broadcast_arrays(same, [1, 2, 3])[0], same);
    assert.deepEqual(np.broadcast_shapes([1, 2], [3, 1], 2), [3, 2]);
    assert.throws(() => np.broadcast_shapes([2, 3], [3, 2]), {
      name: "ValueError",
      message: "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2, 3) and arg 1 with shape (3, 2).",
    });
  });

  test("atleast_*, shape, ndim, size", () => {
    assert.deepEqual((np.atleast_1d(5) as NDArray).shape, [1]);
    assert.deepEqual((np.atleast_2d([1, 2]) as NDArray).shape, [1, 2]);
    assert.deepEqual((np.atleast_3d([1, 2]) as NDArray).shape, [1, 2, 1]);
    assert.deepEqual((np.atleast_3d([[1, 2]]) as NDArray).shape, [1, 2, 1]);
    assert.equal((np.atleast_1d(1, [2]) as NDArray[]).length, 2);
    assert.deepEqual(np.shape([[1, 2, 3]]), [1, 3]);
    assert.equal(np.ndim(5), 0);
    assert.equal(np.size(np.zeros([2, 3]), -1), 3);
    assert.equal(np.size(np.zeros([2, 3, 4]), [0, 2]), 8);
  });

  test("flip reverses with negative strides, as a view", () => {
    fc.assert(
      fc.property(smallShape.chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 0, max: s.length - 1 }))), ([shape, ax]) => {
        const a = seq(shape);
        const f = np.flip(a, ax);
        assert.equal(f.base, a.base ?? a);
        for (let k = 0; k < a.size; k++) {
          const i = unravel(k, shape);
          const j = i.slice();
          j[ax] = shape[ax]! - 1 - i[ax]!;
          assert.equal(f.item(...i), a.item(...j));
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("joining and splitting", () => {
  test("concatenate lays its result out in the inputs' stride order, as NumPy (F inputs, F result)", () => {
    const f = np.asfortranarray(np.arange(6).reshape([2, 3]));
    const c = np.concatenate([f, f]);
    assert.deepEqual([c.strides, c.tolist()], [[8, 32], [[0, 1, 2], [3, 4, 5], [0, 1, 2], [3, 4, 5]]]);
    assert.deepEqual(np.stack([f, f]).strides, [48, 8, 16]);
    assert.deepEqual(np.pad(f, 1).strides, [8, 32]);
    // the arrays disagree: C order wins
    assert.deepEqual(np.concatenate([f, np.arange(6).reshape([2, 3])]).strides, [24, 8]);
    assert.deepEqual(np.concatenate([np.arange(6).reshape([2, 3]).T, np.zeros([3, 2])], 1).strides, [32, 8]);
    // insert and delete allocate in NumPy's arrorder (F for an F-contiguous input)
    assert.deepEqual(np.insert(f, 1, 0, { axis: 1 }).strides, [8, 16]);
    assert.deepEqual(np.delete(f, 1, { axis: 1 }).strides, [8, 16]);
    assert.deepEqual(np.delete(f, 1, { axis: 1 }).tolist(), [[0, 2], [3, 5]]);
  });

  test("concatenate along any axis equals the naive block copy", () => {
    fc.assert(
      fc.property(smallShape.chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 0, max: s.length - 1 }), fc.integer({ min: 0, max: 3 }))), ([shape, ax, extra]) => {
        const a = seq(shape);
        const s2 = shape.slice();
        s2[ax] = extra;
        const b = seq(s2, "float32");
        const c = np.concatenate([a, b], ax);
        assert.equal(c.dtype, "float64");
        for (let k = 0; k < c.size; k++) {
          const i = unravel(k, c.shape);
          const want = i[ax]! < shape[ax]! ? a.item(...i) : b.item(...i.map((v, d) => (d === ax ? v - shape[ax]! : v)));
          assert.equal(c.item(...i), want);
        }
      }),
      { numRuns: 100 },
    );
  });

  test("stack, vstack, hstack, dstack, column_stack", () => {
    assert.deepEqual(np.stack([[1, 2], [3, 4]], 1).tolist(), [[1, 3], [2, 4]]);
    assert.deepEqual(np.vstack([[1, 2], [3, 4]]).tolist(), [[1, 2], [3, 4]]);
    assert.deepEqual(np.hstack([[1, 2], [3]]).tolist(), [1, 2, 3]);
    assert.deepEqual(np.dstack([[1, 2], [3, 4]]).tolist(), [[[1, 3], [2, 4]]]);
    assert.deepEqual(np.column_stack([[1, 2], [3, 4]]).tolist(), [[1, 3], [2, 4]]);
    assert.throws(() => np.concatenate([]), { name: "ValueError", message: "need at least one array to concatenate" });
    assert.throws(() => np.concatenate([[1.5], [2]], { dtype: "int64" }), {
      name: "TypeError",
      message: "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'same_kind'",
    });
  });

  test("array_split sizes follow NumPy's divmod rule and the parts are views", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 7 }), (n, k) => {
        const a = np.arange(n);
        const parts = np.array_split(a, k);
        assert.equal(parts.length, k);
        const each = Math.floor(n / k);
        parts.forEach((p, i) => assert.equal(p.size, i < n % k ? each + 1 : each));
        assert.deepEqual(parts.flatMap((p) => p.tolist() as number[]), a.tolist());
      }),
      { numRuns: 100 },
    );
    assert.throws(() => np.split(np.arange(5), 2), { name: "ValueError", message: "array split does not result in an equal division" });
  });

  test("an NDArray of arrays is joined as the sequence of its rows, as NumPy iterates it", () => {
    const a = np.arange(6, { dtype: "int8" }).reshape([2, 3]);
    assert.deepEqual(np.concatenate(a).tolist(), [0, 1, 2, 3, 4, 5]);
    assert.equal(np.concatenate(a).dtype, "int8");
    assert.deepEqual(np.concatenate(a.get("::-1", "::2") as NDArray).tolist(), [3, 5, 0, 2]);
    assert.deepEqual(np.stack(a, 1).shape, [3, 2]);
    assert.deepEqual(np.vstack(a).shape, [2, 3]);
    assert.deepEqual(np.hstack(a).shape, [6]);
    assert.deepEqual(np.dstack(a).shape, [1, 3, 2]);
    assert.deepEqual(np.column_stack(a).shape, [3, 2]);
    assert.deepEqual(np.stack(np.arange(3, { dtype: "uint8" })).dtype, "uint8");
    assert.throws(() => np.concatenate(np.arange(3)), { name: "ValueError", message: "zero-dimensional arrays cannot be concatenated" });
  });

  test("float division points and tile counts are Python's TypeErrors, not silent truncations", () => {
    assert.throws(() => np.array_split(np.zeros(3), [1.5]), { name: "TypeError", message: "slice indices must be integers or None or have an __index__ method" });
    assert.throws(() => np.split(np.zeros(4), [1.5]), { name: "TypeError", message: "slice indices must be integers or None or have an __index__ method" });
    assert.throws(() => np.tile(np.arange(3), 2.5), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
    assert.throws(() => np.tile(np.arange(3), [2, 1.5]), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
  });

  test("split/array_split take axis positionally or by keyword, and an index array", () => {
    const a = np.arange(12).reshape([3, 4]);
    assert.deepEqual(np.split(a, 2, { axis: 1 }).map((p) => p.tolist()), [[[0, 1], [4, 5], [8, 9]], [[2, 3], [6, 7], [10, 11]]]);
    assert.deepEqual(np.split(a, 2, 1).map((p) => p.shape), [[3, 2], [3, 2]]);
    assert.deepEqual(np.array_split(a, 3, { axis: -1 }).map((p) => p.shape), [[3, 2], [3, 1], [3, 1]]);
    assert.deepEqual(np.array_split(np.arange(6), np.array([2, 4])).map((p) => p.tolist()), [[0, 1], [2, 3], [4, 5]]);
    // NumPy reads ary.shape[axis] first, so a bad axis is Python's tuple IndexError.
    assert.throws(() => np.split(a, 2, { axis: 2 }), { name: "IndexError", message: "tuple index out of range" });
    assert.throws(() => np.split(a, 2, { foo: 1 } as never), { name: "TypeError", message: "split() got an unexpected keyword argument 'foo'" });
  });

  test("hsplit, vsplit, dsplit", () => {
    assert.deepEqual(np.hsplit(np.arange(12).reshape([3, 4]), 2).map((p) => p.shape), [[3, 2], [3, 2]]);
    assert.deepEqual(np.hsplit(np.arange(4), 2).map((p) => p.tolist()), [[0, 1], [2, 3]]);
    assert.deepEqual(np.vsplit(np.arange(12).reshape([4, 3]), [1]).map((p) => p.shape), [[1, 3], [3, 3]]);
    assert.deepEqual(np.dsplit(np.arange(8).reshape([1, 2, 4]), 2)[1]!.tolist(), [[[2, 3], [6, 7]]]);
    assert.throws(() => np.hsplit(np.array(4), 2), { name: "ValueError", message: "hsplit only works on arrays of 1 or more dimensions" });
    assert.throws(() => np.vsplit(np.arange(4), 2), { name: "ValueError", message: "vsplit only works on arrays of 2 or more dimensions" });
    assert.throws(() => np.dsplit(np.arange(8).reshape([2, 4]), 2), { name: "ValueError", message: "dsplit only works on arrays of 3 or more dimensions" });
  });
});

describe("roll, repeat, tile", () => {
  test("roll moves element i to (i + shift) mod n on each axis", () => {
    fc.assert(
      fc.property(smallShape.chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 0, max: s.length - 1 }), fc.integer({ min: -9, max: 9 }))), ([shape, ax, shift]) => {
        const a = seq(shape);
        const r = np.roll(a, shift, ax);
        const n = shape[ax]!;
        for (let k = 0; k < a.size; k++) {
          const i = unravel(k, shape);
          const j = i.slice();
          j[ax] = (((i[ax]! + shift) % n) + n) % n;
          assert.equal(r.item(...j), a.item(...i));
        }
      }),
      { numRuns: 100 },
    );
    assert.deepEqual(np.roll([1, 2, 3, 4], 1).tolist(), [4, 1, 2, 3]);
  });

  test("roll truncates float shifts as Python's int() and takes bools and 0-d arrays, as NumPy", () => {
    assert.deepEqual(np.roll(np.arange(5), 1.5).tolist(), [4, 0, 1, 2, 3]);
    assert.deepEqual(np.roll(np.arange(5), -1.5).tolist(), [1, 2, 3, 4, 0]);
    assert.deepEqual(np.roll(np.arange(6).reshape([2, 3]), [1.5, -1.5], { axis: [0, 1] }).tolist(), [[4, 5, 3], [1, 2, 0]]);
    assert.deepEqual(np.roll(np.arange(5), true).tolist(), [4, 0, 1, 2, 3]);
    assert.deepEqual(np.roll(np.arange(5), np.array(3, { dtype: "int8" })).tolist(), [2, 3, 4, 0, 1]);
    assert.throws(() => np.roll(np.arange(4), [[1]]), { name: "ValueError", message: "'shift' and 'axis' should be scalars or 1D sequences" });
  });

  test("repeat treats a 0-d array as 1-d when an axis is given (NumPy's PyArray_CheckAxis)", () => {
    assert.deepEqual(np.repeat(np.array(5), 3, { axis: -1 }).tolist(), [5, 5, 5]);
    assert.throws(() => np.repeat(np.array(5), 3, { axis: 1 }), { name: "AxisError", message: "axis 1 is out of bounds for array of dimension 1" });
  });

  test("repeat and tile against the naive definitions", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }), (reps) => {
        const a = np.arange(reps.length);
        assert.deepEqual(np.repeat(a, reps).tolist(), reps.flatMap((r, i) => new Array<number>(r).fill(i)));
      }),
      { numRuns: 100 },
    );
    assert.deepEqual(np.tile([1, 2], [2, 2]).tolist(), [[1, 2, 1, 2], [1, 2, 1, 2]]);
    assert.deepEqual(np.tile(seq([2, 2]), 2).tolist(), [[0, 1, 0, 1], [2, 3, 2, 3]]);
    assert.throws(() => np.repeat([1, 2, 3], [1, 2]), { name: "ValueError", message: "operands could not be broadcast together with shape (3,) (2,)" });
    // One count (a number or a list of one) applies to every element (NumPy 2.4.6's messages)
    assert.deepEqual(np.repeat([1, 2, 3], [2]).tolist(), [1, 1, 2, 2, 3, 3]);
    assert.throws(() => np.repeat([1, 2, 3], -1), { name: "ValueError", message: "negative dimensions are not allowed" });
    assert.throws(() => np.repeat([1, 2, 3], [-1]), { name: "ValueError", message: "negative dimensions are not allowed" });
    assert.throws(() => np.repeat([1, 2, 3], [1, -2, 1]), { name: "ValueError", message: "repeats may not contain negative values." });
  });
});

describe("rot90, append, resize, delete", () => {
  test("rot90 rotates from the first axis towards the second, as views", () => {
    const a = np.arange(6).reshape([2, 3]);
    assert.deepEqual(np.rot90(a).tolist(), [[2, 5], [1, 4], [0, 3]]);
    assert.deepEqual(np.rot90(a, 2).tolist(), [[5, 4, 3], [2, 1, 0]]);
    assert.deepEqual(np.rot90(a, -1).tolist(), [[3, 0], [4, 1], [5, 2]]);
    assert.deepEqual(np.rot90(np.arange(24).reshape([2, 3, 4]), 3, { axes: [-1, 0] }).shape, [4, 3, 2]);
    assert.equal(np.rot90(a).base, a.base);
    assert.throws(() => np.rot90(a, { axes: [0, -2] }), { name: "ValueError", message: "Axes must be different." });
    assert.throws(() => np.rot90(a, { axes: [0, 3] }), { name: "ValueError", message: "Axes=(0, 3) out of range for array of ndim=2." });
    assert.throws(() => np.rot90(a, { axes: [0, 1, 2] }), { name: "ValueError", message: "len(axes) must be 2." });
  });

  test("append flattens without an axis and promotes as concatenate", () => {
    assert.deepEqual(np.append([1, 2], [[3], [4]]).tolist(), [1, 2, 3, 4]);
    assert.deepEqual(np.append(np.arange(4).reshape([2, 2]), [[4, 5]], { axis: 0 }).shape, [3, 2]);
    assert.equal(np.append(np.arange(3, { dtype: "int8" }), 1.5).dtype, "float64");
    assert.throws(() => np.append(np.arange(4).reshape([2, 2]), [4, 5], { axis: 0 }), {
      name: "ValueError",
      message: "all the input arrays must have same number of dimensions, but the array at index 0 has 2 dimension(s) and the array at index 1 has 1 dimension(s)",
    });
  });

  test("resize repeats the elements in C order, or fills zeros from an empty input", () => {
    assert.deepEqual(np.resize(np.arange(3), [2, 4]).tolist(), [[0, 1, 2, 0], [1, 2, 0, 1]]);
    assert.deepEqual(np.resize(np.arange(6).reshape([2, 3]).T, [2, 3]).tolist(), [[0, 3, 1], [4, 2, 5]]);
    const z = np.resize(np.array([], { dtype: "int8" }), [2, 2]);
    assert.equal(z.dtype, "int8");
    assert.deepEqual(z.tolist(), [[0, 0], [0, 0]]);
    assert.throws(() => np.resize(np.arange(3), [2, -1]), { name: "ValueError", message: "all elements of `new_shape` must be non-negative" });
  });

  test("delete removes integers, index lists, masks and slices along an axis", () => {
    assert.deepEqual(np.delete(np.arange(5), [0, -1]).tolist(), [1, 2, 3]);
    assert.deepEqual(np.delete(np.arange(5), "::-2").tolist(), [1, 3]);
    assert.deepEqual(np.delete(np.arange(5), []).tolist(), [0, 1, 2, 3, 4]);
    assert.throws(() => np.delete(np.arange(5), np.array([], { dtype: "float64" })), { name: "IndexError", message: "arrays used as indices must be of integer (or boolean) type" });
    assert.deepEqual(np.delete(np.arange(5), np.array([true, false, true, false, false])).tolist(), [1, 3, 4]);
    assert.deepEqual(np.delete(np.arange(6).reshape([2, 3]), 1, { axis: 1 }).tolist(), [[0, 2], [3, 5]]);
    assert.deepEqual(np.delete(np.arange(6).reshape([2, 3]), 1).tolist(), [0, 2, 3, 4, 5]);
    assert.throws(() => np.delete(np.arange(5), 5), { name: "IndexError", message: "index 5 is out of bounds for axis 0 with size 5" });
    assert.throws(() => np.delete(np.arange(5), np.array([1.5])), { name: "IndexError", message: "arrays used as indices must be of integer (or boolean) type" });
  });
});

describe("arguments", () => {
  test("every function and method refuses an unknown keyword, naming it; missing ones are named too", () => {
    const a = np.zeros([2, 3]);
    const bad = { foo: 1 } as never;
    for (const [fn, call] of [
      ["expand_dims", () => np.expand_dims(a, 0, bad)],
      ["moveaxis", () => np.moveaxis(a, 0, 0, bad)],
      ["swapaxes", () => np.swapaxes(a, 0, 0, bad)],
      ["tile", () => np.tile(a, 2, bad)],
      ["atleast_2d", () => np.atleast_2d(a, bad)],
      ["ravel", () => a.ravel(bad)],
      ["flatten", () => a.flatten(bad)],
      ["copy", () => a.copy(bad)],
      ["tolist", () => a.tolist(bad)],
    ] as const) {
      assert.throws(call, { name: "TypeError", message: `${fn}() got an unexpected keyword argument 'foo'` });
    }
    assert.throws(() => a.transpose(bad), { name: "TypeError", message: "ndarray.transpose() takes no keyword arguments" });
    assert.deepEqual(np.swapaxes(a, { axis1: 0, axis2: 1 }).shape, [3, 2]);
    assert.deepEqual(np.moveaxis(a, { source: 0, destination: 1 }).shape, [3, 2]);
    assert.deepEqual(np.expand_dims(a, { axis: 1 }).shape, [2, 1, 3]);
    assert.deepEqual(np.tile(np.zeros(2), { reps: 2 }).shape, [4]);
    assert.throws(() => (np.swapaxes as (...x: unknown[]) => unknown)(a, 0), {
      name: "TypeError",
      message: "swapaxes() missing 1 required positional argument: 'axis2'",
    });
    assert.throws(() => (np.moveaxis as (...x: unknown[]) => unknown)(a), {
      name: "TypeError",
      message: "moveaxis() missing 2 required positional arguments: 'source' and 'destination'",
    });
  });
});

describe("NumPy 2 names, rollaxis, memory sharing", () => {
  test("permute_dims, concat, matrix_transpose, unstack", () => {
    assert.deepEqual(np.permute_dims(np.zeros([2, 3, 4]), [2, 0, 1]).shape, [4, 2, 3]);
    assert.deepEqual(np.concat([[1, 2], [3]]).tolist(), [1, 2, 3]);
    assert.deepEqual(np.matrix_transpose(np.zeros([5, 2, 3])).shape, [5, 3, 2]);
    assert.throws(() => np.matrix_transpose(np.zeros(3)), { name: "ValueError", message: "Input array must be at least 2-dimensional, but it is 1" });
    assert.deepEqual(np.unstack(np.arange(6).reshape([2, 3]), { axis: 1 }).map((p) => p.tolist()), [[0, 3], [1, 4], [2, 5]]);
    assert.throws(() => np.unstack(np.array(5)), { name: "ValueError", message: "Input array must be at least 1-d." });
  });

  test("rollaxis rolls an axis back to before start", () => {
    assert.deepEqual(np.rollaxis(np.zeros([3, 4, 5, 6]), 3, 1).shape, [3, 6, 4, 5]);
    assert.deepEqual(np.rollaxis(np.zeros([3, 4, 5, 6]), 1, 4).shape, [3, 5, 6, 4]);
    assert.deepEqual(np.rollaxis(np.zeros([3, 4, 5, 6]), -1, -3).shape, [3, 6, 4, 5]);
    assert.throws(() => np.rollaxis(np.zeros([3, 4, 5, 6]), 1, 5), { name: "AxisError", message: "'start' arg requires -4 <= start < 5, but 5 was passed in" });
    assert.throws(() => np.rollaxis(np.zeros([3, 4, 5, 6]), 1, -5), { name: "AxisError", message: "'start' arg requires -4 <= start < 5, but -1 was passed in" });
    assert.throws(() => np.rollaxis(np.zeros([3, 4, 5, 6]), 4), { name: "AxisError", message: "axis 4 is out of bounds for array of dimension 4" });
  });

  test("may_share_memory compares bounds, shares_memory the elements' bytes", () => {
    const a = np.arange(6);
    assert.equal(np.may_share_memory(a.get("::2"), a.get("1::2")), true);
    assert.equal(np.shares_memory(a.get("::2"), a.get("1::2")), false);
    assert.equal(np.shares_memory(a.get("::2"), a.get("::-3")), true);
    assert.equal(np.shares_memory(a, a.copy()), false);
    assert.equal(np.shares_memory(a.view("int8").get("1::8"), a), true);
    assert.equal(np.shares_memory(a.get("0:0"), a), false);
    const m = np.arange(6).reshape([2, 3]);
    assert.equal(np.shares_memory(m.get(":", 0), m.get(":", 1)), false);
  });
});

describe("block", () => {
  test("joins the innermost lists along the last axis, outer ones along earlier axes", () => {
    const b = np.block([[np.zeros([2, 2]), np.ones([2, 1])], [np.ones([1, 3])]]);
    assert.deepEqual(b.tolist(), [[0, 0, 1], [0, 0, 1], [1, 1, 1]]);
    assert.deepEqual(np.block([np.zeros(2), np.ones(3)]).shape, [5]);
    assert.deepEqual(np.block([[1], [2]]).tolist(), [[1], [2]]);
    assert.deepEqual(np.block([[[1]], [[2]]]).shape, [2, 1, 1]);
    const a = np.arange(3);
    assert.notEqual(np.block(a), a);
    assert.equal(np.block([a]).base, null);
    assert.throws(() => np.block([[1, 2], 3]), {
      name: "ValueError",
      message: "List depths are mismatched. First element was at depth 2, but there is an element at depth 1 (arrays[1])",
    });
    assert.throws(() => np.block([[], [1]]), { name: "ValueError", message: "List at arrays[0] cannot be empty" });
    // NumPy names the first leaf of the offending element
    assert.throws(() => np.block([np.arange(3), [[1, 2]]]), {
      name: "ValueError",
      message: "List depths are mismatched. First element was at depth 1, but there is an element at depth 3 (arrays[1][0][0])",
    });
    assert.throws(() => np.block([[1, [2]]]), {
      name: "ValueError",
      message: "List depths are mismatched. First element was at depth 2, but there is an element at depth 3 (arrays[0][1][0])",
    });
  });

  test("dstack and column_stack take no keywords; concatenate with axis None wants a 1-d out", () => {
    assert.throws(() => (np.dstack as (...a: unknown[]) => unknown)([np.zeros(2)], { dtype: "int8" }), {
      name: "TypeError",
      message: "dstack() got an unexpected keyword argument 'dtype'",
    });
    assert.throws(() => (np.column_stack as (...a: unknown[]) => unknown)([np.zeros(2)], { casting: "unsafe" }), {
      name: "TypeError",
      message: "column_stack() got an unexpected keyword argument 'casting'",
    });
    assert.throws(() => np.concatenate([np.zeros(2), np.ones(2)], { axis: null, out: np.zeros([2, 2]) }), { name: "ValueError", message: "Output array must be 1D" });
  });

  test("row_stack is NumPy's deprecated alias of vstack", () => {
    assert.deepEqual(np.row_stack([np.arange(2), np.arange(2)]).tolist(), [[0, 1], [0, 1]]);
  });
});

describe("insert", () => {
  test("a single float index is rejected as Python rejects a float slice bound", () => {
    const msg = { name: "TypeError", message: "slice indices must be integers or None or have an __index__ method" };
    assert.throws(() => np.insert(np.arange(5), 1.5, 9), msg);
    assert.throws(() => np.insert(np.arange(5), [1.5], 9), msg);
    assert.throws(() => np.insert(np.arange(5), [1.5, 2.5], 9), { name: "IndexError", message: "arrays used as indices must be of integer (or boolean) type" });
  });

  test("inserts before scalar, list and slice indices, casting values to the array's dtype", () => {
    assert.deepEqual(np.insert([1, 2, 3], 1, 9).tolist(), [1, 9, 2, 3]);
    assert.deepEqual(np.insert([1, 2, 3], [3, 0], [7, 8]).tolist(), [8, 1, 2, 3, 7]);
    assert.deepEqual(np.insert([1, 2, 3], [1, 1], [7, 8]).tolist(), [1, 7, 8, 2, 3]);
    assert.deepEqual(np.insert([1, 2, 3], 1, 2.7).tolist(), [1, 2, 2, 3]);
    assert.deepEqual(np.insert(np.arange(5), "1:3", [8, 9]).tolist(), [0, 8, 1, 9, 2, 3, 4]);
    assert.deepEqual(np.insert(np.arange(6).reshape([2, 3]), 1, [7, 8], { axis: 1 }).tolist(), [[0, 7, 1, 2], [3, 8, 4, 5]]);
    assert.deepEqual(np.insert(np.arange(6).reshape([2, 3]), [1], [[7], [8]], { axis: 1 }).tolist(), [[0, 7, 1, 2], [3, 8, 4, 5]]);
    assert.throws(() => np.insert([1, 2, 3], 4, 9), { name: "IndexError", message: "index 4 is out of bounds for axis 0 with size 3" });
    assert.throws(() => np.insert(np.arange(3, { dtype: "int8" }), 1, 300), { name: "OverflowError", message: "Python integer 300 out of bounds for int8" });
    assert.throws(() => np.insert(np.arange(5), [[1]] as never, 9), { name: "ValueError", message: "index array argument obj to insert must be one dimensional or scalar" });
  });
});

describe("trim_zeros, ndindex, ndenumerate", () => {
  test("trim the zero border; iterate indices in C order", () => {
    assert.deepEqual(np.trim_zeros(np.array([0, 0, 1, 2, 0])).tolist(), [1, 2]);
    assert.deepEqual(np.trim_zeros(np.array([0, 0, 1, 2, 0]), "f").tolist(), [1, 2, 0]);
    assert.deepEqual(np.trim_zeros(np.array([[0, 0, 0], [0, 1, 0], [0, 0, 2]])).tolist(), [[1, 0], [0, 2]]);
    assert.deepEqual(np.trim_zeros(np.array([[0, 0, 0], [0, 1, 0], [0, 0, 2]]), { axis: 0 }).shape, [2, 3]);
    assert.deepEqual(np.trim_zeros(np.array([[0, 0], [0, 0]])).shape, [0, 0]);
    assert.throws(() => np.trim_zeros(np.array([0, 1]), "x"), { name: "ValueError", message: "unexpected character(s) in `trim`: 'x'" });
    assert.throws(() => np.trim_zeros(np.zeros([2, 3]), { axis: -3 }), { name: "AxisError", message: "axis: axis -3 is out of bounds for array of dimension 2" });
    assert.throws(() => np.trim_zeros(np.zeros([2, 3]), { axis: [0, 0] }), { name: "ValueError", message: "repeated axis in `axis` argument" });
    assert.deepEqual([...np.ndindex(2, 2)], [[0, 0], [0, 1], [1, 0], [1, 1]]);
    assert.deepEqual([...np.ndindex()], [[]]);
    assert.deepEqual([...np.ndindex(2, 0)], []);
    assert.deepEqual([...np.ndenumerate(np.array([[1, 2]]))], [[[0, 0], 1], [[0, 1], 2]]);
  });
});

describe("repeat counts", () => {
  test("Python scalars convert as int(x); arrays by a safe cast to int64", () => {
    const a = np.arange(3);
    assert.deepEqual(np.repeat(a, [1.5, 2, 1]).tolist(), [0, 1, 1, 2]);
    assert.deepEqual(np.repeat(a, 2.5).tolist(), [0, 0, 1, 1, 2, 2]);
    assert.deepEqual(np.repeat(a, [true, false, true]).tolist(), [0, 2]);
    assert.deepEqual(np.repeat(a, 2n as never).tolist(), [0, 0, 1, 1, 2, 2]);
    assert.deepEqual(np.repeat(a, np.array([1, 2, 1]) as never).tolist(), [0, 1, 1, 2]);
    assert.deepEqual(np.repeat(a, new Uint8Array([1, 2, 1]) as never).tolist(), [0, 1, 1, 2]);
    assert.throws(() => np.repeat(a, np.array(2.5) as never), {
      name: "TypeError",
      message: "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'",
    });
    assert.throws(() => np.repeat(a, np.array([1, 2, 1], { dtype: "uint64" }) as never), {
      name: "TypeError",
      message: "Cannot cast array data from dtype('uint64') to dtype('int64') according to the rule 'safe'",
    });
    assert.throws(() => np.repeat(a, NaN), { name: "ValueError", message: "cannot convert float NaN to integer" });
    assert.throws(() => a.repeat(), { name: "TypeError", message: "repeat() missing required argument 'repeats' (pos 1)" });
    assert.deepEqual(a.repeat({ repeats: 2, axis: 0 } as never).tolist(), [0, 0, 1, 1, 2, 2]);
  });
});

test("delete on heap-sized arrays: one index, a list, a slice and a mask give NumPy's result", () => {
  const n = 3000;
  const a = np.arange(n);
  const all = Array.from({ length: n }, (_, i) => i);
  const without = (drop: (i: number) => boolean) => all.filter((i) => !drop(i));
  assert.deepEqual(np.delete(a, 5).tolist(), without((i) => i === 5));
  assert.deepEqual(np.delete(a, -1).tolist(), without((i) => i === n - 1));
  assert.deepEqual(np.delete(a, [0, 7, -2, 7]).tolist(), without((i) => i === 0 || i === 7 || i === n - 2));
  assert.deepEqual(np.delete(a, "10:2000:3").tolist(), without((i) => i >= 10 && i < 2000 && (i - 10) % 3 === 0));
  assert.deepEqual(np.delete(a, a.remainder(4).equal(0)).tolist(), without((i) => i % 4 === 0));
  const m = a.reshape(30, 100);
  assert.deepEqual((np.delete(m, 99, 1).tolist() as number[][])[1]!.slice(-2), [197, 198]);
  assert.throws(() => np.delete(a, n), { name: "IndexError", message: `index ${n} is out of bounds for axis 0 with size ${n}` });
});

test("shape, ndim, ndindex, ndenumerate reject unknown options at the call (NumPy 2.4's messages)", () => {
  const call = (f: unknown, ...a: unknown[]) => (f as (...x: unknown[]) => unknown)(...a);
  assert.throws(() => call(np.shape, [1], { foo: 1 }), { name: "TypeError", message: "shape() got an unexpected keyword argument 'foo'" });
  assert.throws(() => call(np.ndim, [1], { foo: 1 }), { name: "TypeError", message: "ndim() got an unexpected keyword argument 'foo'" });
  assert.throws(() => call(np.ndindex, 2, { foo: 1 }), { name: "TypeError", message: "ndindex.__init__() got an unexpected keyword argument 'foo'" });
  assert.throws(() => call(np.ndenumerate, [1], { foo: 1 }), { name: "TypeError", message: "ndenumerate.__init__() got an unexpected keyword argument 'foo'" });
  // Errors come at the call, not at the first next(), as NumPy's constructors.
  assert.throws(() => np.ndindex(-1), { name: "ValueError", message: "negative dimensions are not allowed" });
});

// The TypeScript signatures take these positionally; JS callers may name them, as API.md allows.
const kw = np as unknown as Record<string, (...args: unknown[]) => NDArray>;

test("required parameters may come by name in the options object, as Python keywords", () => {
  const a = np.arange(6);
  assert.deepEqual(np.split(a, { indices_or_sections: 3, axis: 0 }).map((x) => x.tolist()), [[0, 1], [2, 3], [4, 5]]);
  assert.equal(np.array_split(a, { indices_or_sections: 4 }).length, 4);
  assert.deepEqual(np.repeat(np.arange(2), { repeats: 2, axis: 0 }).tolist(), [0, 0, 1, 1]);
  assert.deepEqual(np.pad(np.arange(2), { pad_width: 1, mode: "edge" }).tolist(), [0, 0, 1, 1]);
  assert.deepEqual(np.roll(np.arange(3), { shift: 1, axis: 0 }).tolist(), [2, 0, 1]);
  assert.deepEqual(kw.insert(np.arange(3), { obj: 1, values: 9, axis: 0 }).tolist(), [0, 9, 1, 2]);
  assert.deepEqual(kw.insert(np.arange(3), 1, { values: 9 }).tolist(), [0, 9, 1, 2]);
  assert.deepEqual(np.delete(np.arange(3), { obj: 1, axis: 0 }).tolist(), [0, 2]);
  assert.deepEqual(np.append(np.arange(3), { values: [9] }).tolist(), [0, 1, 2, 9]);
  assert.deepEqual(np.broadcast_to(np.arange(3), { shape: [2, 3] }).shape, [2, 3]);
  assert.deepEqual(np.resize(np.arange(3), { new_shape: [2, 2] }).tolist(), [[0, 1], [2, 0]]);
  assert.throws(() => kw.take(a, { axis: 0 }), { name: "TypeError", message: "take() missing 1 required positional argument: 'indices'" });
  assert.throws(() => kw.insert(a, { axis: 0 }), { name: "TypeError", message: "insert() missing 2 required positional arguments: 'obj' and 'values'" });
  assert.throws(() => kw.roll(a, 1, { shift: 1 }), { name: "TypeError", message: "roll() got multiple values for argument 'shift'" });
});

test("np.broadcast: shape, ndim, size, numiter, index and C-order iteration, with or without new", () => {
  const b = np.broadcast(np.arange(3), [[1], [2]]);
  assert.deepEqual([b.shape, b.ndim, b.nd, b.size, b.numiter], [[2, 3], 2, 2, 6, 2]);
  assert.deepEqual([...b].slice(0, 4), [[0, 1], [1, 1], [2, 1], [0, 2]]);
  assert.equal(b.index, 6);
  b.reset();
  assert.deepEqual(b.next().value, [0, 1]);
  assert.ok(new np.broadcast(5) instanceof np.broadcast);
  assert.deepEqual(np.broadcast(np.broadcast([1, 2], [[1], [2]]), [3, 4]).shape, [2, 2]);
  assert.throws(() => np.broadcast(np.arange(3), np.arange(2)), {
    name: "ValueError",
    message: "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (3,) and arg 1 with shape (2,).",
  });
});

test("arguments past the last parameter are Python's TypeErrors, not silently dropped", () => {
  const loose = np as unknown as Record<string, (...args: unknown[]) => unknown>;
  const a = np.arange(6).reshape([2, 3]);
  assert.throws(() => loose.fliplr!(a, { axis: 0 }), { name: "TypeError", message: "fliplr() got an unexpected keyword argument 'axis'" });
  assert.throws(() => loose.nonzero!(a, 1), { name: "TypeError", message: "nonzero() takes 1 positional argument but 2 were given" });
  assert.throws(() => loose.block!([a, a], { axis: 0 }), { name: "TypeError", message: "block() got an unexpected keyword argument 'axis'" });
  assert.throws(() => loose.hsplit!(a, 3, { axis: 0 }), { name: "TypeError", message: "hsplit() got an unexpected keyword argument 'axis'" });
  assert.throws(() => loose.where!(a, 1, 2, { out: null }), { name: "TypeError", message: "where() got an unexpected keyword argument 'out'" });
  assert.throws(() => loose.shares_memory!(a, a, { bogus: 1 }), { name: "TypeError", message: "shares_memory() got an unexpected keyword argument 'bogus'" });
  assert.equal(np.shares_memory(a, a, { max_work: null }), true);
  assert.throws(() => loose.ix_!([0, 1], { bogus: 1 }), { name: "TypeError", message: "ix_() got an unexpected keyword argument 'bogus'" });
});
