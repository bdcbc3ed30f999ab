// Calling a ufunc (src/ufunc/ufunc.ts): argument and shape errors as NumPy 2.4 words them.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { withWarnings } from "../helpers/warnings.js";

test("an out tuple of the wrong length is NumPy's 'exactly one entry per ufunc output'", () => {
  const msg = { name: "ValueError", message: "The 'out' tuple must have exactly one entry per ufunc output" };
  assert.throws(() => np.add(np.zeros(3), 1, { out: [np.zeros(3), np.zeros(3)] }), msg);
  assert.throws(() => np.divmod(np.zeros(3), 1, { out: [np.zeros(3)] }), msg);
});

test("inputs, where and out broadcast together; the error names every shape", () => {
  assert.throws(() => np.add(np.zeros([2, 3]), 1, { where: np.ones(4, "bool") }), {
    name: "ValueError",
    message: "operands could not be broadcast together with shapes (2,3) () (4,) ",
  });
  assert.throws(() => np.add(np.zeros([3]), 1, { out: np.zeros([2, 4]) }), {
    name: "ValueError",
    message: "operands could not be broadcast together with shapes (3,) () (2,4) ",
  });
  assert.throws(() => np.add(np.zeros([2, 3]), 1, { out: np.zeros([3]) }), {
    name: "ValueError",
    message: "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)",
  });
});

test("a read-only out is NumPy's 'output array is read-only', and stays unwritten", () => {
  const ro = np.zeros(3);
  ro.flags.writeable = false;
  assert.throws(() => np.add(1, 1, { out: ro }), { name: "ValueError", message: "output array is read-only" });
  assert.deepEqual(ro.tolist(), [0, 0, 0]);
});

test("casts inside a ufunc call report as NumPy 2.4.6: inputs 'in cast', the out= cast under the ufunc's name", () => {
  // np.add(np.array([np.nan]), 1, dtype='int64', casting='unsafe') -> invalid value encountered in cast
  // np.add(np.array([1e40]), 1, dtype='float32', casting='unsafe') -> overflow encountered in cast
  // np.add(np.array([1e40]), 1, out=np.zeros(1, np.float32), casting='unsafe') -> overflow encountered in add
  // np.negative(np.array([np.nan]), out=np.zeros(1, np.int8), casting='unsafe') -> invalid value encountered in negative
  const raising = (fn: () => unknown) => () => np.errstate({ all: "raise" }, fn);
  assert.throws(raising(() => np.add(np.array([NaN]), 1, { dtype: "int64", casting: "unsafe" })), {
    name: "FloatingPointError",
    message: "invalid value encountered in cast",
  });
  assert.throws(raising(() => np.add(np.array([1e40]), 1, { dtype: "float32", casting: "unsafe" })), {
    name: "FloatingPointError",
    message: "overflow encountered in cast",
  });
  assert.throws(raising(() => np.add(np.array([1e40]), 1, { out: np.zeros(1, { dtype: "float32" }), casting: "unsafe" })), {
    name: "FloatingPointError",
    message: "overflow encountered in add",
  });
  assert.throws(raising(() => np.negative(np.array([NaN]), { out: np.zeros(1, { dtype: "int8" }), casting: "unsafe" })), {
    name: "FloatingPointError",
    message: "invalid value encountered in negative",
  });
  // Ordinary values: nothing to report.
  const out = np.zeros(3, { dtype: "int8" });
  np.errstate({ all: "raise" }, () => np.add(np.array([1.5, 2.5, -3.5]), 1, { out, casting: "unsafe" }));
  assert.deepEqual(out.tolist(), [2, 3, -2]);
});

test("ufunc.types names the fixed-type inputs of ldexp-style loops, as NumPy 2.4.6 ('fi->f')", () => {
  assert.ok(np.ldexp.types.includes("fi->f"));
  assert.ok(np.ldexp.types.includes("di->d"));
  assert.ok(np.add.types.includes("dd->d"));
  assert.equal(np.ldexp.ntypes, np.ldexp.types.length);
});

test("where= without out= is NumPy 2.4.6's UserWarning about unwritten memory; out=null silences it", async () => {
  const a = np.arange(3, { dtype: "float64" });
  const msg = "UserWarning: 'where' used without 'out', expect unitialized memory in output. If this is intentional, use out=None.";
  const [r, seen] = await withWarnings(() => np.add(a, 1, { where: [true, false, true] }));
  assert.deepEqual((r as np.NDArray).shape, [3]);
  assert.deepEqual(seen, [msg]);
  const [, quiet] = await withWarnings(() => {
    np.add(a, 1, { where: [true, false, true], out: null });
    np.add(a, 1, { where: true });
    np.add(a, 1, { where: [true, false, true], out: np.zeros(3) });
  });
  assert.deepEqual(quiet, []);
  const [, unary] = await withWarnings(() => np.negative(a, { where: false }));
  assert.deepEqual(unary, [msg]);
});

test("np.ufunc is the type of every ufunc object and cannot be instantiated (NumPy 2.4.6)", () => {
  assert.ok(np.add instanceof np.ufunc);
  assert.ok(np.true_divide instanceof np.ufunc);
  assert.ok(np.frexp instanceof np.ufunc);
  assert.ok(!(np.sum instanceof np.ufunc));
  assert.ok(!((() => 1) instanceof np.ufunc));
  assert.throws(() => new np.ufunc(), { name: "TypeError", message: "cannot create 'numpy.ufunc' instances" });
});

test("order= lays out new outputs as NumPy 2.4.6: C, F, A (F when all inputs are), K (the inputs' common order, else C)", () => {
  const a = np.arange(6, { dtype: "float64" }).reshape(2, 3);
  const f = np.asfortranarray(a);
  const strides = (r: unknown) => (r as np.NDArray).strides;
  assert.deepEqual(strides(np.add(f, 1, { order: "C" })), [24, 8]);
  assert.deepEqual(strides(np.add(a, 1, { order: "F" })), [8, 16]);
  assert.deepEqual(strides(np.add(a.T, 1, { order: "A" })), [8, 24]);
  assert.deepEqual(strides(np.add(f, a, { order: "A" })), [24, 8]);
  assert.deepEqual(strides(np.add(f, a)), [24, 8]); // K with disagreeing inputs is C
  assert.deepEqual(strides(np.add(f, a, { order: "K" })), [24, 8]);
  assert.deepEqual(strides(np.add(f, np.ones(3))), [8, 16]);
  assert.deepEqual(strides(np.add(a.T, f.T)), [16, 8]);
  assert.deepEqual((np.add(f, a, { order: "F" }) as np.NDArray).tolist(), [[0, 2, 4], [6, 8, 10]]);
});

test("np.bitwise_count counts the 1-bits of |x| into uint8, as NumPy 2.4.6", () => {
  assert.deepEqual((np.bitwise_count(np.array([-1, 7], { dtype: "int8" })) as np.NDArray).tolist(), [1, 3]);
  const big = np.bitwise_count(np.array([2n ** 64n - 1n], { dtype: "uint64" })) as np.NDArray;
  assert.deepEqual([big.dtype, big.tolist()], ["uint8", [64]]);
  assert.deepEqual((np.bitwise_count(np.array([-(2n ** 63n)])) as np.NDArray).tolist(), [1]);
  assert.deepEqual((np.bitwise_count(np.arange(90, 100)) as np.NDArray).tolist(), [4, 5, 4, 5, 5, 6, 2, 3, 3, 4]);
  assert.deepEqual((np.bitwise_count(np.array([true, false])) as np.NDArray).tolist(), [1, 0]);
  assert.equal(np.bitwise_count(255), 8);
  assert.deepEqual([np.bitwise_count.nin, np.bitwise_count.nout, np.bitwise_count.identity], [1, 1, null]);
  assert.deepEqual(np.bitwise_count.types, ["b->B", "B->B", "h->B", "H->B", "i->B", "I->B", "l->B", "L->B"]);
  assert.throws(() => np.bitwise_count(np.array([1.5])), {
    name: "TypeError",
    message: "ufunc 'bitwise_count' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
  });
});

test("where=: floating-point conditions come only from the selected elements, as NumPy's", async () => {
  const { withWarnings } = await import("../helpers/warnings.js");
  const out = np.zeros(2);
  const [, quiet] = await withWarnings(() => np.divide(1, np.array([0, 2]), { where: np.array([false, true]), out }));
  assert.deepEqual(quiet, []);
  assert.deepEqual(out.tolist(), [0, 0.5]);
  const [, loud] = await withWarnings(() => np.divide(1, np.array([[0, 2], [1, 0]]), { where: [true, false], out: np.zeros([2, 2]) }));
  assert.deepEqual(loud, ["RuntimeWarning: divide by zero encountered in divide"]);
  assert.throws(() => np.errstate({ divide: "raise" }, () => np.divide(1, np.array([0, 2]), { where: [true, false], out: np.zeros(2) })), {
    name: "FloatingPointError",
  });
  np.errstate({ divide: "raise" }, () => np.divide(1, np.array([0, 2]), { where: [false, true], out: np.zeros(2) }));
});

test("ufunc.__name__ is NumPy's name, also through an alias", () => {
  assert.deepEqual([np.add.__name__, np.abs.__name__, np.conj.__name__, np.divmod.__name__], ["add", "absolute", "conjugate", "divmod"]);
});

test("integer power checks for negative exponents only among the elements it computes (NumPy 2.4)", () => {
  const neg = { name: "ValueError", message: "Integers to negative integer powers are not allowed." };
  assert.deepEqual((np.power(np.array([], { dtype: "int64" }), -1) as np.NDArray).shape, [0]);
  assert.deepEqual((np.power(np.zeros([0, 2], { dtype: "int64" }), np.array([-1, 1])) as np.NDArray).shape, [0, 2]);
  const out = np.zeros(2, { dtype: "int64" });
  np.power(np.array([2, 3]), np.array([-1, 2]), { where: [false, true], out });
  assert.deepEqual(out.tolist(), [0, 9]);
  assert.deepEqual((np.power(np.array([2]), -1, { where: [false], out: np.zeros(1, { dtype: "int64" }) }) as np.NDArray).tolist(), [0]);
  assert.throws(() => np.power(np.array([2, 3]), np.array([-1, 2]), { where: [true, false], out }), neg);
  assert.throws(() => np.power(np.array([2, 3]), -1), neg);
});

test("order='K' outputs take NumPy's iterator axis order: broadcast operands do not vote, conflicts keep C order", () => {
  const a = np.arange(6, { dtype: "float64" }).reshape(2, 3);
  const ones = (shape: number[]) => np.ones(shape);
  // a keepdims mean (1, 1) beside a transposed array: the transposed layout wins (NumPy: (8, 24))
  assert.deepEqual((np.subtract(a.T, np.mean(a.T, { keepdims: true }) as np.NDArray) as np.NDArray).strides, [8, 24]);
  assert.deepEqual((a.T.add(ones([1, 2])) as np.NDArray).strides, [8, 24]);
  assert.deepEqual((a.T.add(ones([3, 1])) as np.NDArray).strides, [8, 24]);
  // a broadcast row (stride 0) has no say: C order
  const b = np.broadcast_to(a.get(0), [2, 3]);
  assert.deepEqual((b.subtract(ones([1, 1])) as np.NDArray).strides, [24, 8]);
  // 3-d: partial votes of broadcast operands; all F-contiguous inputs give F order
  const c = ones([2, 3, 4]).transpose(2, 0, 1);
  assert.deepEqual((c.add(ones([2, 3])) as np.NDArray).strides, [8, 96, 32]);
  assert.deepEqual((c.add(ones([4, 1, 3])) as np.NDArray).strides, [24, 96, 8]);
  assert.deepEqual((ones([4, 1, 3]).transpose(2, 1, 0).add(1) as np.NDArray).strides, [8, 24, 24]);
  // so var of a transposed array sums its squares in NumPy's order
  const x = np.array([[3, 1, 4, 1, 5, 9], [2, 6, 5, 3, 5, 8], [9, 7, 9, 3, 2, 3], [8, 4, 6, 2, 6, 4]], "float64");
  assert.equal(np.var(x.T), 6.248263888888888);
  assert.equal(np.var(np.broadcast_to(x.get(0), [3, 6])), 7.4722222222222205);
});
