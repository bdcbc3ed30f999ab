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

test("einsum: NumPy's parser order and messages ('->' checks, stray dots, ellipsis without '...' in the output)", () => {
  const a = np.ones([2, 3]);
  const msg = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return `${(e as Error).name}: ${(e as Error).message}`;
    }
    return "no error";
  };
  // each expected message printed by NumPy 2.4
  assert.equal(msg(() => np.einsum("ij-ji", a)), "ValueError: einstein sum subscript string does not contain proper '->' output specified");
  assert.equal(msg(() => np.einsum("ij->ji>", a)), "ValueError: invalid subscript '>' in einstein sum subscripts string, subscripts must be letters");
  assert.equal(msg(() => np.einsum("i->i->i", np.ones(3))), "ValueError: einstein sum subscripts string includes output subscript 'i' multiple times");
  assert.equal(msg(() => np.einsum("....i", np.ones(3))), "ValueError: einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand 0");
  assert.equal(msg(() => np.einsum("...i...j", a)), "ValueError: einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand 0");
  assert.equal(msg(() => np.einsum("ij->i.", a)), "ValueError: einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in the output");
  assert.equal(
    msg(() => np.einsum("...->", a)),
    "ValueError: output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.",
  );
  assert.equal(msg(() => np.einsum("ii", a)), "ValueError: dimensions in operand 0 for collapsing index 'i' don't match (2 != 3)");
  assert.equal(msg(() => np.einsum("i")), "ValueError: must specify the einstein sum subscripts string and at least one operand");
  assert.equal(msg(() => np.einsum("i", np.ones(3), { casting: "foo" as never })), "ValueError: casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got 'foo')");
});

test("einsum: one operand without summation is a (writeable) view in its own dtype, as NumPy's get_single_op_view", () => {
  const a = np.arange(4, { dtype: "float64" }).reshape(2, 2);
  const d = np.einsum("ii->i", a) as np.NDArray;
  d.set(0, 9);
  assert.deepEqual(a.tolist(), [[9, 1], [2, 3]]);
  // NumPy 2.4: np.einsum("i->i", np.arange(3), dtype=np.float32) -> array([0, 1, 2]) (int64, a view)
  assert.equal(np.array_repr(np.einsum("i->i", np.arange(3), { dtype: "float32" }) as np.NDArray), "array([0, 1, 2])");
  assert.equal((np.einsum("ij->j", np.arange(4).reshape(2, 2), { dtype: "float64" }) as np.NDArray).dtype, "float64");
});

test("einsum: out= is an operand of NumPy's iterator (its ndim, shape and casting errors)", () => {
  const pre = "operands could not be broadcast together with remapped shapes [original->remapped]: ";
  assert.throws(() => np.einsum("ij->ji", np.ones([2, 3]), { out: np.zeros([2, 3]) }), { name: "ValueError", message: pre + "(2,3)->(3,2) (2,3)->(2,3) " });
  assert.throws(() => np.einsum("ij,jk->ik", np.ones([2, 3]), np.ones([3, 4]), { out: np.zeros([2, 5]) }), {
    message: pre + "(2,3)->(2,newaxis,3) (3,4)->(4,3) (2,5)->(2,5,newaxis) ",
  });
  assert.throws(() => np.einsum("i->i", np.ones(3), { out: np.zeros([2, 3]) }), { message: "out parameter does not have the correct number of dimensions, has 2 but should have 1" });
  assert.throws(() => np.einsum("i,i->i", np.ones(3), np.ones(3), { out: np.zeros(3, { dtype: "int64" }) }), {
    name: "TypeError",
    message: "Iterator requested dtype could not be cast from dtype('float64') to dtype('int64'), the operand 2 dtype, according to the rule 'safe'",
  });
  const o = np.zeros([2, 3], { dtype: "int32" });
  np.einsum("ij", np.ones([2, 3]), { out: o, casting: "unsafe" });
  assert.deepEqual(o.tolist(), [[1, 1, 1], [1, 1, 1]]);
});

test("einsum: NumPy's operand-list form (0-51 are A-Z, a-z; '...' is Ellipsis)", () => {
  assert.deepEqual((np.einsum(np.ones([2, 3]), [0, 1], np.ones([3, 4]), [1, 2], [0, 2]) as np.NDArray).tolist(), [[3, 3, 3, 3], [3, 3, 3, 3]]);
  assert.deepEqual((np.einsum(np.arange(6).reshape(2, 3), [1, 0], np.arange(3), [0]) as np.NDArray).tolist(), [5, 14]);
  assert.deepEqual((np.einsum(np.ones([2, 2, 3]), ["...", 0, 1], np.ones([3, 4]), [1, 2], ["...", 0, 2]) as np.NDArray).shape, [2, 2, 4]);
  assert.throws(() => np.einsum(np.ones(2), [52]), { name: "ValueError", message: "subscript is not within the valid range [0, 52)" });
});

test("einsum with optimize runs NumPy's einsum_path checks", () => {
  const [a, b, c] = [np.ones([2, 3]), np.ones([3, 4]), np.ones([4, 2])];
  assert.deepEqual((np.einsum("ij,jk,kl", a, b, c, { optimize: "greedy" }) as np.NDArray).tolist(), [[12, 12], [12, 12]]);
  assert.deepEqual((np.einsum("ij,jk,kl", a, b, c, { optimize: ["greedy", 10] }) as np.NDArray).tolist(), [[12, 12], [12, 12]]);
  assert.throws(() => np.einsum("ij,jk,kl", a, b, c, { optimize: "foo" }), { name: "KeyError", message: "('Path name %s not found', 'foo')" });
  assert.throws(() => np.einsum("ij,jk,kl", a, b, c, { optimize: ["foo"] }), { name: "TypeError", message: "Did not understand the path: ['foo']" });
  assert.throws(() => np.einsum("ij,jk,kl", a, b, c, { optimize: ["einsum_path", [0, 1]] }), {
    name: "RuntimeError",
    message: "Invalid einsum_path is specified: 1 more operands has to be contracted.",
  });
  assert.throws(() => np.einsum("ij,jk", a, { optimize: true }), { name: "ValueError", message: "Number of einsum subscripts must be equal to the number of operands." });
});

test("einsum_path: NumPy's greedy and optimal paths and its printed report", () => {
  const [path, text] = np.einsum_path("ij,jk,kl->il", np.ones([2, 2]), np.ones([2, 5]), np.ones([5, 2]));
  assert.deepEqual(path, ["einsum_path", [1, 2], [0, 1]]);
  // printed by NumPy 2.4
  assert.equal(
    text,
    [
      "  Complete contraction:  ij,jk,kl->il",
      "         Naive scaling:  4",
      "     Optimized scaling:  3",
      "      Naive FLOP count:  1.200e+02",
      "  Optimized FLOP count:  5.700e+01",
      "   Theoretical speedup:  2.105",
      "  Largest intermediate:  4.000e+00 elements",
      "--------------------------------------------------------------------------",
      "scaling                  current                                remaining",
      "--------------------------------------------------------------------------",
      "   3                   kl,jk->jl                                ij,jl->il",
      "   3                   jl,ij->il                                   il->il",
    ].join("\n"),
  );
  const C = np.ones([10, 10]);
  const I = np.ones([10, 10, 10, 10]);
  assert.deepEqual(np.einsum_path("ea,fb,abcd,gc,hd->efgh", C, C, I, C, C, { optimize: "greedy" })[0], ["einsum_path", [0, 2], [0, 3], [0, 2], [0, 1]]);
  const ops = [np.ones([2, 30]), np.ones([30, 3]), np.ones([3, 40]), np.ones([40, 5])];
  assert.deepEqual(np.einsum_path("ab,bc,cd,de->ae", ...ops)[0], ["einsum_path", [2, 3], [0, 1], [0, 1]]);
  assert.throws(() => np.einsum_path("ij,jk,kl", np.ones([3, 4]), np.ones([5, 5]), np.ones([5, 6])), {
    name: "ValueError",
    message: "Size of label 'j' for operand 1 (4) does not match previous terms (5).",
  });
});
