// np.einsum against NumPy 2.4.6 (expected values printed by NumPy).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const l = (r: unknown) => (r instanceof np.NDArray ? [r.dtype, r.shape, r.ravel().tolist()] : r);

test("einsum: products, traces, transposes, implicit output, ellipsis, repeated labels, chains", () => {
  const a = np.arange(6).reshape(2, 3);
  const b = np.arange(12).reshape(3, 4);
  const c = np.arange(9).reshape(3, 3);
  const v = np.arange(3);
  const w = np.add(np.arange(3), 1) as np.NDArray;
  const t = np.arange(24).reshape(2, 3, 4);
  const u = np.arange(24).reshape(2, 4, 3);
  assert.deepEqual(l(np.einsum("ij,jk->ik", a, b)), ["int64", [2, 4], [20, 23, 26, 29, 56, 68, 80, 92]]);
  assert.deepEqual(l(np.einsum("ij,jk", a, b)), ["int64", [2, 4], [20, 23, 26, 29, 56, 68, 80, 92]]);
  assert.equal(np.einsum("ii", c), 12);
  assert.deepEqual(l(np.einsum("ii->i", c)), ["int64", [3], [0, 4, 8]]);
  assert.deepEqual(l(np.einsum("ji", a)), ["int64", [3, 2], [0, 3, 1, 4, 2, 5]]);
  assert.deepEqual(l(np.einsum("ba", a)), ["int64", [3, 2], [0, 3, 1, 4, 2, 5]]);
  assert.equal(np.einsum("i,i", v, w), 8);
  assert.deepEqual(l(np.einsum("i,j->ij", v, w)), ["int64", [3, 3], [0, 0, 0, 1, 2, 3, 2, 4, 6]]);
  assert.equal(np.einsum("ij->", a), 15);
  assert.deepEqual(l(np.einsum("bij,bjk->bik", t, u)), l(np.matmul(t, u)));
  assert.deepEqual(l(np.einsum("...ij,...jk", t, u)), l(np.matmul(t, u)));
  assert.deepEqual(l(np.einsum("i...->...", t)), ["int64", [3, 4], [12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34]]);
  assert.deepEqual(l(np.einsum("ij,kj->ik", a, a)), ["int64", [2, 2], [5, 14, 14, 50]]);
  assert.deepEqual(l(np.einsum("iij->ij", np.arange(18).reshape(3, 3, 2))), ["int64", [3, 2], [0, 1, 8, 9, 16, 17]]);
  assert.deepEqual(l(np.einsum("ij,jk,kl->il", a, b, np.arange(8).reshape(4, 2))), ["int64", [2, 2], [324, 422, 1008, 1304]]);
  assert.equal(np.einsum("i,i,i", v, w, v), 14);
  // attention scores: softmax(Q K^T) starts here
  const q = np.arange(48, { dtype: "float64" }).reshape(2, 2, 3, 4);
  assert.deepEqual(l(np.einsum("bhqd,bhkd->bhqk", q, q)), l(np.matmul(q, np.swapaxes(q, -1, -2))));
});

test("einsum: dtype, out, and NumPy's errors", () => {
  const a = np.arange(6).reshape(2, 3);
  assert.equal((np.einsum("ij->j", a, { dtype: "float64" }) as np.NDArray).dtype, "float64");
  assert.equal((np.einsum("ij->j", a, { dtype: "float32", casting: "unsafe" }) as np.NDArray).dtype, "float32");
  assert.throws(() => np.einsum("ij->j", a, { dtype: "float32" }), {
    name: "TypeError",
    message: "Iterator operand 0 dtype could not be cast from dtype('int64') to dtype('float32') according to the rule 'safe'",
  });
  const out = np.zeros(3, { dtype: "int64" });
  assert.equal(np.einsum("ij->j", a, { out }), out);
  assert.deepEqual(out.tolist(), [3, 5, 7]);
  assert.throws(() => np.einsum("ij,jk", a), { name: "ValueError", message: "more operands provided to einstein sum function than specified in the subscripts string" });
  assert.throws(() => np.einsum("ij", a, a), { name: "ValueError", message: "fewer operands provided to einstein sum function than specified in the subscripts string" });
  assert.throws(() => np.einsum("ij->k", a), { name: "ValueError", message: "einstein sum subscripts string included output subscript 'k' which never appeared in an input" });
  assert.throws(() => np.einsum("ij->ii", a), { name: "ValueError", message: "einstein sum subscripts string includes output subscript 'i' multiple times" });
});

test("einsum: size-1 axes broadcast for letter labels; NumPy 2.4's remapped-shape and subscript errors", () => {
  assert.deepEqual((np.einsum("ij,jk->ik", np.ones([2, 3]), np.ones([1, 2])) as np.NDArray).tolist(), [[3, 3], [3, 3]]);
  assert.deepEqual((np.einsum("ij,ij->ij", np.ones([2, 1]), np.arange(6).reshape(2, 3)) as np.NDArray).tolist(), [[0, 1, 2], [3, 4, 5]]);
  const pre = "operands could not be broadcast together with remapped shapes [original->remapped]: ";
  assert.throws(() => np.einsum("ij,jk", np.ones([2, 3]), np.ones([4, 4])), { name: "ValueError", message: pre + "(2,3)->(2,newaxis,3) (4,4)->(4,4) " });
  assert.throws(() => np.einsum("zb,ba->a", np.ones([2, 3]), np.ones([4, 4])), { message: pre + "(2,3)->(3,2) (4,4)->(4,4,newaxis) " });
  assert.throws(() => np.einsum("ij,j->i", np.ones([2, 3]), np.ones(4)), { message: pre + "(2,3)->(2,3) (4,)->(4) " });
  assert.throws(() => np.einsum("i,i", np.ones(3), np.ones(4)), { message: pre + "(3,)->(3,) (4,)->(4,) " });
  assert.throws(() => np.einsum("ijk", np.ones([2, 3])), { name: "ValueError", message: "einstein sum subscripts string contains too many subscripts for operand 0" });
  assert.throws(() => np.einsum("ii->i", np.ones([2, 3])), { message: "dimensions in single operand for collapsing index 'i' don't match (2 != 3)" });
  assert.throws(() => np.einsum("ii,i->i", np.ones([2, 3]), np.ones(2)), { message: "dimensions in operand 0 for collapsing index 'i' don't match (2 != 3)" });
});
