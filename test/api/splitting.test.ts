// Unit and property tests for src/api/splitting.ts against naive references.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";

describe("splitting", () => {
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
