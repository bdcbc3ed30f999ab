// Unit and property tests for src/api/matrices.ts against naive definitions.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

const DTYPES = ["bool", "int8", "uint16", "int32", "int64", "uint64", "float32", "float64", "complex64", "complex128"] as const;

/** item() as a plain number (complex: the real part; bool: 0/1). */
function num(a: NDArray, ...idx: number[]): number {
  const v = a.item(...idx);
  if (typeof v === "object") return (v as { re: number }).re;
  return Number(v);
}

describe("eye, identity, tri", () => {
  test("eye(N, M, k)[i, j] is 1 exactly when j - i == k", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: -7, max: 7 }), fc.constantFrom(...DTYPES), (n, m, k, dt) => {
        const e = np.eye(n, m, k, dt);
        assert.equal(e.dtype, dt);
        assert.deepEqual(e.shape, [n, m]);
        for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) assert.equal(num(e, i, j), j - i === k ? 1 : 0);
      }),
      { numRuns: 150 },
    );
  });

  test("eye in F order, identity", () => {
    const f = np.eye(3, 2, { order: "F" });
    assert.ok(f.flags.f_contiguous);
    assert.deepEqual(f.tolist(), [[1, 0], [0, 1], [0, 0]]);
    assert.deepEqual(np.identity(2).tolist(), [[1, 0], [0, 1]]);
    assert.equal(np.identity(2, "int8").dtype, "int8");
    assert.throws(() => np.eye(-1), { name: "ValueError", message: "negative dimensions are not allowed" });
  });

  test("tri(N, M, k)[i, j] is 1 exactly when j <= i + k", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: -7, max: 7 }), (n, m, k) => {
        const t = np.tri(n, m, k, "int32");
        for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) assert.equal(t.item(i, j), j <= i + k ? 1 : 0);
      }),
      { numRuns: 150 },
    );
  });
});

describe("tril, triu", () => {
  test("keep the values on one side of the k-th diagonal of the last two axes, the dtype too", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
        fc.integer({ min: -4, max: 4 }),
        fc.constantFrom(...DTYPES),
        fc.boolean(),
        (shape, k, dt, transposed) => {
          const n = shape.reduce((x, y) => x * y, 1);
          let a = np.array(Array.from({ length: n }, (_, i) => (i % 7) + 1), { dtype: dt }).reshape(shape);
          if (transposed) a = a.T;
          const lo = np.tril(a, k);
          const hi = np.triu(a, k);
          assert.equal(lo.dtype, dt);
          assert.deepEqual(lo.shape, a.shape);
          const nd = a.ndim;
          const idx = new Array<number>(nd).fill(0);
          for (let f = 0; f < a.size; f++) {
            let r = f;
            for (let d = nd - 1; d >= 0; d--) {
              idx[d] = r % a.shape[d]!;
              r = Math.floor(r / a.shape[d]!);
            }
            const i = idx[nd - 2]!;
            const j = idx[nd - 1]!;
            const v = num(a, ...idx);
            assert.equal(num(lo, ...idx), j <= i + k ? v : 0);
            assert.equal(num(hi, ...idx), j >= i + k ? v : 0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  test("a 1-d input becomes a square matrix; 0-d is NumPy's TypeError", () => {
    assert.deepEqual(np.tril([1, 2, 3]).tolist(), [[1, 0, 0], [1, 2, 0], [1, 2, 3]]);
    assert.deepEqual(np.triu([1, 2, 3], 1).tolist(), [[0, 2, 3], [0, 0, 3], [0, 0, 0]]);
    assert.throws(() => np.tril(5), { name: "TypeError", message: "tri() missing 1 required positional argument: 'N'" });
  });
});

describe("diag, diagonal, diagflat", () => {
  test("diag(diag(v, k), k) gives v back; diag of a matrix reads its k-th diagonal", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { maxLength: 6 }), fc.integer({ min: -3, max: 3 }), (v, k) => {
        const m = np.diag(v, k);
        const n = v.length + Math.abs(k);
        assert.deepEqual(m.shape, [n, n]);
        assert.deepEqual(np.diag(m, k).tolist(), v);
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
          const want = j - i === k ? v[k >= 0 ? i : j]! : 0;
          assert.equal(m.item(i, j), want);
        }
      }),
      { numRuns: 150 },
    );
  });

  test("diagonal is a read-only view with the diagonal as its last axis", () => {
    const a = np.arange(24).reshape(2, 3, 4);
    const d = np.diagonal(a, 1, 1, 2);
    assert.deepEqual(d.shape, [2, 3]);
    assert.deepEqual(d.tolist(), [[1, 6, 11], [13, 18, 23]]);
    assert.equal(d.base, a.base);
    assert.equal(d.flags.writeable, false);
    assert.throws(() => d.fill(0), { name: "ValueError", message: "assignment destination is read-only" });
    assert.deepEqual(np.diagonal(a, -1, 2, 1).tolist(), [[1, 6, 11], [13, 18, 23]]);
    assert.deepEqual(np.diagonal(a, 5).shape, [4, 0]);
  });

  test("diagonal errors", () => {
    assert.throws(() => np.diagonal(np.zeros(2)), { name: "ValueError", message: "diag requires an array of at least two dimensions" });
    assert.throws(() => np.diagonal(np.zeros([2, 2]), 0, 1, -1), { name: "ValueError", message: "axis1 and axis2 cannot be the same" });
    assert.throws(() => np.diagonal(np.zeros([2, 2]), 0, 0, 2), { name: "AxisError", message: "axis2: axis 2 is out of bounds for array of dimension 2" });
    assert.throws(() => np.diag(np.zeros([2, 2, 2])), { name: "ValueError", message: "Input must be 1- or 2-d." });
  });

  test("diagflat flattens first", () => {
    assert.deepEqual(np.diagflat([[1, 2], [3, 4]]).tolist(), [[1, 0, 0, 0], [0, 2, 0, 0], [0, 0, 3, 0], [0, 0, 0, 4]]);
    assert.deepEqual(np.diagflat([1, 2], -1).tolist(), [[0, 0, 0], [1, 0, 0], [0, 2, 0]]);
  });
});

describe("tril_indices, triu_indices, diag_indices", () => {
  test("mask_indices applies the mask function to ones((n, n)) with k", () => {
    assert.deepEqual(np.mask_indices(3, np.triu).map((x) => x.tolist()), [[0, 0, 0, 1, 1, 2], [0, 1, 2, 1, 2, 2]]);
    assert.deepEqual(np.mask_indices(3, np.tril, -1).map((x) => x.tolist()), [[1, 2, 2], [0, 0, 1]]);
    assert.deepEqual(np.mask_indices(3, np.triu, { k: 1 })[1]!.tolist(), [1, 2, 2]);
  });

  test("give NumPy's (rows, cols) in C order", () => {
    const [r, c] = np.tril_indices(3);
    assert.deepEqual(r.tolist(), [0, 1, 1, 2, 2, 2]);
    assert.deepEqual(c.tolist(), [0, 0, 1, 0, 1, 2]);
    assert.equal(r.dtype, "int64");
    assert.deepEqual(np.tril_indices(3, 1, 4).map((x) => x.tolist()), [[0, 0, 1, 1, 1, 2, 2, 2, 2], [0, 1, 0, 1, 2, 0, 1, 2, 3]]);
    assert.deepEqual(np.triu_indices(3, 1).map((x) => x.tolist()), [[0, 0, 1], [1, 2, 2]]);
    assert.deepEqual(np.triu_indices(2, { m: 4 }).map((x) => x.tolist()), [[0, 0, 0, 0, 1, 1, 1], [0, 1, 2, 3, 1, 2, 3]]);
    assert.deepEqual(np.triu_indices(3, 5).map((x) => x.shape), [[0], [0]]);
    assert.deepEqual(np.diag_indices(2, 3).map((x) => x.tolist()), [[0, 1], [0, 1], [0, 1]]);
    assert.deepEqual((np.arange(9).reshape([3, 3]).get(...np.triu_indices(3)) as NDArray).tolist(), [0, 1, 2, 4, 5, 8]);
  });
});

describe("tri", () => {
  test("a negative N or M gives an empty side, as NumPy's arange-based definition", () => {
    assert.deepEqual(np.tri(-1).shape, [0, 0]);
    assert.deepEqual(np.tri(2, -1).shape, [2, 0]);
  });
});

describe("vander and the _from index helpers", () => {
  test("vander promotes with int64 and orders powers as NumPy", () => {
    assert.deepEqual(np.vander([1, 2, 3]).tolist(), [[1, 1, 1], [4, 2, 1], [9, 3, 1]]);
    assert.deepEqual(np.vander([1, 2, 3], 4, { increasing: true }).tolist(), [[1, 1, 1, 1], [1, 2, 4, 8], [1, 3, 9, 27]]);
    assert.equal(np.vander(np.array([1, 2], { dtype: "uint8" })).dtype, "int64");
    assert.equal(np.vander(np.array([1.5, 2], { dtype: "float32" }), { N: 3 }).dtype, "float64");
    assert.deepEqual(np.vander([1, 2], 0).shape, [2, 0]);
    assert.throws(() => np.vander([[1]]), { name: "ValueError", message: "x must be a one-dimensional array or sequence." });
  });

  test("tril_indices_from, triu_indices_from, diag_indices_from", () => {
    assert.deepEqual(np.tril_indices_from(np.zeros([2, 3])).map((x) => x.tolist()), [[0, 1, 1], [0, 0, 1]]);
    assert.deepEqual(np.triu_indices_from(np.zeros([3, 2]), 1).map((x) => x.tolist()), [[0], [1]]);
    assert.deepEqual(np.diag_indices_from(np.zeros([2, 2, 2])).length, 3);
    assert.throws(() => np.triu_indices_from(np.zeros(3)), { name: "ValueError", message: "input array must be 2-d" });
    assert.throws(() => np.diag_indices_from(np.zeros([2, 3])), { name: "ValueError", message: "All dimensions of input must be of equal length" });
    assert.throws(() => np.diag_indices_from(np.eye(2), { foo: 1 } as never), { name: "TypeError", message: "diag_indices_from() got an unexpected keyword argument 'foo'" });
    assert.throws(() => np.diag_indices_from(np.eye(2), 1 as never), { name: "TypeError", message: "diag_indices_from() takes 1 positional argument but 2 were given" });
  });
});

test("eye takes device='cpu' only (NumPy 2.4.6's ValueError)", () => {
  assert.throws(() => np.eye(2, { device: "gpu" }), { name: "ValueError", message: 'Device not understood. Only "cpu" is allowed, but received: gpu' });
  assert.deepEqual(np.eye(2, { device: "cpu" }).tolist(), [[1, 0], [0, 1]]);
});

test("kron: Kronecker products of any dimensions, as NumPy 2.4.6", () => {
  assert.deepEqual(np.kron([1, 10], [1, 2, 3]).tolist(), [1, 2, 3, 10, 20, 30]);
  assert.deepEqual(np.kron(np.eye(2), [[1, 2], [3, 4]]).tolist(), [[1, 2, 0, 0], [3, 4, 0, 0], [0, 0, 1, 2], [0, 0, 3, 4]]);
  assert.deepEqual(np.kron(np.arange(4).reshape(2, 2), np.arange(6).reshape(1, 2, 3)).tolist(), [
    [[0, 0, 0, 0, 1, 2], [0, 0, 0, 3, 4, 5], [0, 2, 4, 0, 3, 6], [6, 8, 10, 9, 12, 15]],
  ]);
  assert.deepEqual(np.kron(np.arange(6).reshape(2, 3, 1), [[1], [2]]).shape, [2, 6, 1]);
  assert.deepEqual([np.kron(2, [1, 2]).tolist(), np.kron([1, 2], 3).tolist()], [[2, 4], [3, 6]]);
  const i8 = np.kron(np.array([1, 2], { dtype: "int8" }), np.array([100], { dtype: "int8" }));
  assert.deepEqual([i8.dtype, i8.tolist()], ["int8", [100, -56]]);
  assert.equal(String(np.kron(2, 3)), "6");
});

describe("mask_indices", () => {
  test("the nonzero indices of mask_func(ones((n, n)), k), as NumPy 2.4", () => {
    const r = (xs: NDArray[]) => xs.map((x) => np.array_repr(x));
    assert.deepEqual(r(np.mask_indices(3, np.triu)), ["array([0, 0, 0, 1, 1, 2])", "array([0, 1, 2, 1, 2, 2])"]);
    assert.deepEqual(r(np.mask_indices(3, np.tril, -1)), ["array([1, 2, 2])", "array([0, 0, 1])"]);
    assert.deepEqual(r(np.mask_indices(4, np.triu, { k: 2 })), ["array([0, 0, 1])", "array([2, 3, 3])"]);
    assert.equal(np.array_repr(np.arange(9).reshape(3, 3).get(...np.mask_indices(3, np.triu, 1))), "array([1, 2, 5])");
    assert.deepEqual(r(np.mask_indices(0, np.triu)), ["array([], dtype=int64)", "array([], dtype=int64)"]);
  });
});
