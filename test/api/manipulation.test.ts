// Unit and property tests for src/api/manipulation.ts against naive references.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";
import { seq } from "../helpers/arrays.js";
import type { NDArray } from "../../src/core/ndarray.js";

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
