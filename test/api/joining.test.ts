// Unit and property tests for src/api/joining.ts against naive references.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";
import { seq, unravel } from "../helpers/arrays.js";
import type { NDArray } from "../../src/core/ndarray.js";

const smallShape = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 });

describe("joining", () => {
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
