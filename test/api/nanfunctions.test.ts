// Tests for src/api/nanfunctions.ts: every expected value, repr, warning and error below is
// NumPy 2.4.6's.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { withWarnings } from "../helpers/warnings.js";

const A = (x: unknown, dtype?: string): np.NDArray => np.array(x as number[], dtype ? { dtype } : {});
const repr = (x: unknown): string => np.array_repr(x as np.NDArray);


test("nansum and nanprod treat NaN as 0 and 1; ints, bools and dtype= pass to sum/prod", () => {
  assert.equal(np.nansum([1, NaN, 3]), 4);
  assert.equal(repr(np.nansum(A([[1, NaN], [NaN, NaN]]), 1)), "array([1., 0.])");
  assert.equal(repr(np.nansum(A([[1, NaN], [NaN, NaN]]), { axis: -1, keepdims: true })), "array([[1.],\n       [0.]])");
  assert.equal(np.nansum(A([])), 0);
  assert.equal(np.nansum([1, 2]), 3);
  assert.equal(repr(np.nansum(A([1, NaN], "float32"), { keepdims: true })), "array([1.], dtype=float32)");
  assert.equal(repr(np.nansum(A([1, 2], "int8"), { keepdims: true })), "array([3])");
  assert.equal(repr(np.nansum(A([1, 2], "int8"), { dtype: "int8", keepdims: true })), "array([3], dtype=int8)");
  assert.equal(np.nansum(A([true, true])), 2);
  assert.equal(np.nansum(A([1, NaN, Infinity])), Infinity);
  assert.equal(repr(np.nansum(A([1, NaN]), { axis: [] })), "array([1., 0.])");
  const out = np.zeros(1, { dtype: "int64" });
  assert.equal(np.nansum(A([[1.5, NaN]]), { axis: 1, out }), out);
  assert.equal(repr(out), "array([1])");
  assert.equal(np.nanprod(A([2, NaN, 3])), 6);
  assert.equal(np.nanprod(A([])), 1);
  assert.equal(repr(np.nanprod(A([[2, NaN], [NaN, NaN]], "float32"), 0)), "array([2., 1.], dtype=float32)");
  // The input keeps its NaNs.
  const a = A([1, NaN]);
  np.nansum(a);
  assert.equal(repr(a), "array([ 1., nan])");
});

test("nanmean divides by the non-NaN count; an empty slice is NaN with 'Mean of empty slice'", async () => {
  assert.equal(np.nanmean(A([1, NaN, 3])), 2);
  assert.equal(np.nanmean(A([1, 2, 4])), 2.3333333333333335);
  assert.equal(np.nanmean(A([1, 2, 4]), { dtype: "int64" }), 2);
  assert.equal(repr(np.nanmean(A([[1, NaN], [3, 4]], "float32"), { axis: 1, keepdims: true })), "array([[1. ],\n       [3.5]], dtype=float32)");
  assert.equal(repr(np.nanmean(A([[1, NaN], [3, 4]]), -2)), "array([2., 4.])");
  assert.deepEqual(np.nanmean(A([{ re: 1, im: 1 }, NaN])), { re: 1, im: 1 });
  assert.equal(np.nanmean(A([1, NaN, 3]), { where: A([false, true, true]) }), 3);
  const out = np.zeros([]);
  assert.equal(np.nanmean(A([1, NaN]), { out }), out);
  assert.equal(repr(out), "array(1.)");
  const [r, w] = await withWarnings(() => [np.nanmean(A([NaN, NaN])), np.nanmean(A([])), np.nanmean(A([[1, NaN], [NaN, NaN]]), 0)]);
  assert.ok(Number.isNaN(r[0]));
  assert.ok(Number.isNaN(r[1]));
  assert.equal(repr(r[2]), "array([ 1., nan])");
  assert.deepEqual(w, ["RuntimeWarning: Mean of empty slice", "RuntimeWarning: Mean of empty slice", "RuntimeWarning: Mean of empty slice"]);
  assert.throws(() => np.nanmean(A([1.5, 2]), { dtype: "int64" }), { name: "TypeError", message: "If a is inexact, then dtype must be inexact" });
  assert.throws(() => np.nanmean(A([[1.5, NaN]]), { axis: 1, out: np.zeros(1, { dtype: "int64" }) }), {
    name: "TypeError",
    message: "If a is inexact, then out must be inexact",
  });
  assert.throws(() => np.nanmean(A([1.5]), { bogus: 1 } as never), { name: "TypeError", message: "nanmean() got an unexpected keyword argument 'bogus'" });
});

test("nanvar and nanstd: ddof over the non-NaN count; dof <= 0 is NaN with NumPy's warning", async () => {
  assert.equal(np.nanvar(A([1, NaN, 3])), 1);
  assert.equal(np.nanvar(A([1, NaN, 3]), { ddof: 1 }), 2);
  assert.equal(np.nanvar(A([1, 2]), { correction: 1 }), 0.5);
  assert.equal(repr(np.nanvar(A([[1, NaN], [3, 4], [NaN, 5]]), { axis: 0, ddof: 1 })), "array([2. , 0.5])");
  assert.equal(np.nanvar(A([1, NaN, 3, 5]), { where: A([true, true, true, false]) }), 1);
  assert.equal(np.nanstd(A([[1, NaN], [3, 4]])), 1.247219128924647);
  assert.equal(repr(np.nanstd(A([[1, NaN], [3, 4]], "float32"), 1)), "array([0. , 0.5], dtype=float32)");
  assert.equal(repr(np.nanstd(A([[1, NaN], [3, 4]]), { axis: -1, keepdims: true })), "array([[0. ],\n       [0.5]])");
  assert.equal(np.nanstd(A([1, 2, 3, 4])), 1.118033988749895);
  assert.equal(np.nanstd(A([1, { re: 2, im: 1 }, NaN])), 0.7071067811865476);
  assert.throws(() => np.nanvar(A([1, 2]), { ddof: 1, correction: 1 }), { name: "ValueError", message: "ddof and correction can't be provided simultaneously." });
  const [r, w] = await withWarnings(() => [np.nanvar(A([1, NaN, 3]), { ddof: 2 }), np.nanvar(A([[1, NaN], [3, NaN]]), 0), np.nanstd(A([NaN])), np.nanvar(A([]))]);
  assert.ok(Number.isNaN(r[0]));
  assert.equal(repr(r[1]), "array([ 1., nan])");
  assert.ok(Number.isNaN(r[2]));
  assert.ok(Number.isNaN(r[3]));
  assert.deepEqual(w, Array(4).fill("RuntimeWarning: Degrees of freedom <= 0 for slice."));
  // Integers go to np.var, whose warnings these are.
  const [v, w2] = await withWarnings(() => np.nanvar(A([1]), { ddof: 1 }));
  assert.ok(Number.isNaN(v));
  assert.deepEqual(w2, ["RuntimeWarning: Degrees of freedom <= 0 for slice", "RuntimeWarning: invalid value encountered in scalar divide"]);
});

test("nanmax and nanmin skip NaNs; all-NaN slices warn as NumPy's fast (array) and slow (list) paths", async () => {
  assert.equal(np.nanmin(A([1, 2, 3])), 1);
  assert.equal(np.nanmin([3, NaN, 1]), 1);
  assert.equal(repr(np.nanmin(A([1, NaN, 3], "float32"), { keepdims: true })), "array([1.], dtype=float32)");
  assert.equal(repr(np.nanmax(A([[1, NaN], [3, 4]]), { axis: -1, keepdims: true })), "array([[1.],\n       [4.]])");
  assert.equal(np.nanmax(A([NaN, NaN]), { initial: 5 }), 5);
  assert.equal(np.nanmax(A(3.0)), 3);
  assert.equal(np.nanmax(A([1, NaN]), { where: A([false, true]), initial: 0 }), 0);
  assert.deepEqual(np.nanmax(A([{ re: 1, im: 1 }, NaN])), { re: 1, im: 1 });
  const [r, w] = await withWarnings(() => [
    np.nanmax(A([NaN])),
    np.nanmax([NaN]),
    np.nanmax(A([[NaN, 1], [NaN, 2]]), 0),
    np.nanmax([[NaN, 1], [NaN, 2]], 0),
    np.nanmin(A([[NaN, NaN], [1, 2]]), 1),
    np.nanmax(A(NaN)),
  ]);
  assert.ok(Number.isNaN(r[0]) && Number.isNaN(r[1]) && Number.isNaN(r[5]));
  assert.equal(repr(r[2]), "array([nan,  2.])");
  assert.equal(repr(r[3]), "array([nan,  2.])");
  assert.equal(repr(r[4]), "array([nan,  1.])");
  const slice = "RuntimeWarning: All-NaN slice encountered";
  const axis = "RuntimeWarning: All-NaN axis encountered";
  assert.deepEqual(w, [slice, axis, slice, axis, slice, slice]);
  assert.throws(() => np.nanmax(A([])), { name: "ValueError", message: "zero-size array to reduction operation fmax which has no identity" });
  assert.throws(() => np.nanmin([]), { name: "ValueError", message: "zero-size array to reduction operation minimum which has no identity" });
  assert.throws(() => np.nanmax(A([1.5]), 1), { name: "AxisError", message: "axis 1 is out of bounds for array of dimension 1" });
});

test("nanargmax and nanargmin skip NaNs; an all-NaN slice is a ValueError", () => {
  assert.equal(np.nanargmax(A([1, NaN, 3])), 2);
  assert.equal(np.nanargmax(A([3, 1, 5])), 2);
  assert.equal(np.nanargmin(A([[NaN, 4], [2, 3]])), 2);
  assert.equal(repr(np.nanargmin(A([[NaN, 4], [2, 3]]), 0)), "array([1, 1])");
  assert.equal(repr(np.nanargmin(A([[NaN, 4], [2, 3]]), -1)), "array([1, 0])");
  assert.equal(repr(np.nanargmin(A([[NaN, 4], [NaN, 3]], "float32"), 1, { keepdims: true })), "array([[1],\n       [1]])");
  assert.throws(() => np.nanargmax(A([NaN, NaN])), { name: "ValueError", message: "All-NaN slice encountered" });
  assert.throws(() => np.nanargmin(A([[NaN, 4], [NaN, 3]]), 0), { name: "ValueError", message: "All-NaN slice encountered" });
  assert.throws(() => np.nanargmax(A([])), { name: "ValueError", message: "attempt to get argmax of an empty sequence" });
});

test("nancumsum and nancumprod run over NaNs as 0 and 1 (flattened without an axis)", () => {
  assert.equal(repr(np.nancumsum(A([1, NaN, 3]))), "array([1., 1., 4.])");
  assert.equal(repr(np.nancumsum(A([[1, NaN], [3, 4]]))), "array([1., 1., 4., 8.])");
  assert.equal(repr(np.nancumsum(A([[1, NaN], [3, 4]]), 0)), "array([[1., 0.],\n       [4., 4.]])");
  assert.equal(repr(np.nancumsum(A([[1, NaN], [3, 4]]), { axis: -1 })), "array([[1., 1.],\n       [3., 7.]])");
  assert.equal(repr(np.nancumsum(A(NaN))), "array([0.])");
  assert.equal(repr(np.nancumsum(5)), "array([5])");
  assert.equal(repr(np.nancumsum(A([]))), "array([], dtype=float64)");
  assert.equal(repr(np.nancumprod(A([2, NaN, 3], "float32"))), "array([2., 2., 6.], dtype=float32)");
  assert.equal(repr(np.nancumprod(A([2, 3], "int8"))), "array([2, 6])");
});

test("the nan functions are not NDArray methods (as in NumPy)", () => {
  const a = A([1, NaN]) as unknown as Record<string, unknown>;
  for (const name of ["nansum", "nanmean", "nanmax", "nanargmax", "nancumsum"]) assert.equal(a[name], undefined);
});
