// np.matmul, np.vecdot, np.matvec, np.vecmat as NumPy 2.4's gufunc objects.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

test("gufuncs are ufunc objects with NumPy's attributes and core signatures", () => {
  for (const g of [np.matmul, np.vecdot, np.matvec, np.vecmat]) {
    assert.ok(g instanceof np.ufunc);
    assert.deepEqual([g.nin, g.nout, g.nargs, g.identity], [2, 1, 3, null]);
    assert.equal(String(g), `<ufunc '${g.__name__}'>`);
    assert.deepEqual(g.types.slice(0, 3), ["??->?", "bb->b", "BB->B"]);
  }
  assert.deepEqual([np.matmul, np.vecdot, np.matvec, np.vecmat].map((g) => g.signature), ["(n?,k),(k,m?)->(n?,m?)", "(n),(n)->()", "(m,n),(n)->(m)", "(n),(n,m)->(m)"]);
  assert.deepEqual([np.matmul, np.vecdot].map((g) => g.__name__), ["matmul", "vecdot"]);
  assert.deepEqual(np.matmul.resolve_dtypes(["float32", "int8", null]), ["float32", "float32", "float32"]);
  // np.linalg.matmul stays a plain function, as in NumPy
  assert.ok(!(np.linalg.matmul instanceof np.ufunc));
  // elementwise ufuncs keep signature None
  assert.equal(np.add.signature, null);
});

test("gufunc calls are the functions', and their ufunc methods raise NumPy's errors", () => {
  assert.deepEqual((np.matmul([[1, 2], [3, 4]], [1, 1]) as np.NDArray).tolist(), [3, 7]);
  assert.equal(np.vecdot([1, 2], [3, 4]), 11);
  const out = np.zeros([2]);
  assert.equal(np.matvec([[1, 2], [3, 4]], [1, 1], { out }), out);
  const red = { name: "RuntimeError", message: "Reduction not defined on ufunc with signature" };
  assert.throws(() => np.matmul.reduce([[1]]), red);
  assert.throws(() => np.matvec.accumulate([1]), red);
  assert.throws(() => np.vecmat.reduceat([1], [0]), red);
  assert.throws(() => np.vecdot.outer([1], [1]), { name: "TypeError", message: "method outer is not allowed in ufunc with non-trivial signature" });
  assert.throws(() => np.matmul.at(np.zeros([2, 2]), [0]), {
    name: "TypeError",
    message: "matmul.at does not support ufunc with non-trivial signature: matmul has signature (n?,k),(k,m?)->(n?,m?).",
  });
});
