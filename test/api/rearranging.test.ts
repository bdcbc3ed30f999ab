// Unit and property tests for src/api/rearranging.ts against naive references.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";
import { seq, unravel } from "../helpers/arrays.js";

const smallShape = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 });

describe("flip", () => {
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

describe("rot90", () => {
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
