// NumPy-level reductions built on the ufuncs (src/api/reductions.ts), against NumPy 2.4.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { withWarnings } from "../helpers/warnings.js";

test("ptp subtracts in the array's dtype, wrapping as NumPy does", () => {
  assert.equal(np.ptp(np.array([-128, 127], { dtype: "int8" })), -1);
  assert.equal(np.array_repr(np.ptp(np.array([[1, 255]], { dtype: "uint8" }), { axis: 1 }) as np.ndarray), "array([254], dtype=uint8)");
  assert.throws(() => np.ptp(np.array([true, false])), { name: "TypeError", message: /numpy boolean subtract/ });
});

test("argmax/argmin check out as NumPy does", () => {
  assert.throws(() => np.argmax(np.ones([2, 3]), { axis: 0, out: np.zeros(2, { dtype: "int64" }) }), {
    name: "ValueError",
    message: "output array does not match result of np.argmax.",
  });
  assert.throws(() => np.argmin(np.ones([2, 3]), { axis: 0, out: np.zeros(3) }), {
    name: "TypeError",
    message: "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
  });
  const o = np.zeros(3, { dtype: "int32" });
  assert.equal(np.argmax(np.array([[1, 5, 2], [3, 0, 7]]), { axis: 0, out: o }), o);
  assert.equal(String(o), "[1 0 1]");
});

test("var/std with where= count each slice's selected elements; a fractional ddof stays fractional", () => {
  const a = np.arange(24, { dtype: "float64" }).reshape(2, 3, 4);
  const even = np.arange(4).remainder(2).equal(0);
  assert.equal(String(np.var(a, { axis: [0, 2], where: even })), "[37. 37. 37.]");
  const s = np.errstate({ all: "ignore" }, () => np.std(a, { axis: 1, where: even, ddof: 1 })) as np.ndarray;
  assert.equal(String(s), "[[ 4. nan  4. nan]\n [ 4. nan  4. nan]]");
  assert.equal(np.var(np.array([1, 2], { dtype: "float64" }), { ddof: 1.5 }), 1);
});

test("argmax/argmin over the whole array with keepdims keep every axis as 1", () => {
  const a = np.array([7, 1, 9, 3, 5, 2]).reshape(2, 3);
  assert.equal(np.array_repr(np.argmax(a, { axis: null, keepdims: true }) as np.ndarray), "array([[2]])");
  assert.equal(np.array_repr(np.argmin(a.reshape(3, 2, 1), { keepdims: true }) as np.ndarray), "array([[[1]]])");
});

test("argmax/argmin over many runs (one kernel call, threads when large) give each run's first extreme", () => {
  const ref = (rows: number[][], max: boolean) =>
    rows.map((r) => {
      let b = 0;
      for (let i = 1; i < r.length && r[b] === r[b]; i++) if (r[i] !== r[i] || (max ? r[i]! > r[b]! : r[i]! < r[b]!)) b = i;
      return b;
    });
  const val = (i: number) => ((i * 7919) % 1013) % 97;
  for (const [rows, cols] of [[300, 500], [7, 40], [64, 33]] as const) {
    const a = np.array(Array.from({ length: rows * cols }, (_, i) => val(i)), { dtype: "float64" }).reshape(rows, cols);
    a.set(3, 5, NaN);
    const lists = a.tolist() as number[][];
    for (const max of [true, false]) {
      const f = max ? np.argmax : np.argmin;
      assert.deepEqual((f(a, { axis: 1 }) as np.NDArray).tolist(), ref(lists, max), `(${rows}, ${cols}) axis 1`);
      // Reversed rows (negative run stride) and a transposed view (strided runs).
      assert.deepEqual((f(a.get("::-1"), { axis: 1 }) as np.NDArray).tolist(), ref([...lists].reverse(), max));
      const cols2 = lists[0]!.map((_, j) => lists.map((r) => r[j]!));
      assert.deepEqual((f(a.T, { axis: 1 }) as np.NDArray).tolist(), ref(cols2, max));
    }
  }
  // Leading axes that merge into one run stride, in int32.
  const b = np.arange(2 * 3 * 50, { dtype: "int32" }).remainder(17).reshape(2, 3, 50);
  const bl = (b.tolist() as number[][][]).flat();
  assert.deepEqual((np.argmax(b, { axis: 2 }) as np.NDArray).tolist(), [ref(bl.slice(0, 3), true), ref(bl.slice(3), true)]);
});

test("mean and var of an empty slice warn with NumPy's texts", async () => {
  const [, seen] = await withWarnings(() =>
    np.errstate({ all: "ignore" }, () => {
      np.mean(np.array([]));
      np.var(np.array([1.5]), { ddof: 1 });
    }),
  );
  assert.deepEqual(seen, ["RuntimeWarning: Mean of empty slice", "RuntimeWarning: Degrees of freedom <= 0 for slice"]);
});

test("mean with where= warns 'Mean of empty slice' when where= empties any slice (NumPy's _mean)", async () => {
  const where = np.array([[true, false, true], [false, false, false]]);
  const [r, seen] = await withWarnings(() => np.errstate({ invalid: "ignore" }, () => np.mean(np.arange(6).reshape(2, 3), { axis: 1, where })));
  assert.equal(np.array_repr(r as np.NDArray), "array([ 1., nan])");
  assert.deepEqual(seen, ["RuntimeWarning: Mean of empty slice"]);
});

const arr = (x: unknown, dtype?: string): np.NDArray => np.array(x as number[], dtype ? { dtype } : {});
const rep = (x: unknown): string => np.array_repr(x as np.NDArray);

test("average: mean or weighted mean over axes, returned sums, keepdims (NumPy 2.4's values)", () => {
  const a = np.arange(6).reshape(3, 2);
  assert.equal(np.average([1, 2, 3, 4]), 2.5);
  assert.equal(np.average(np.arange(1, 5), { weights: np.arange(4, 0, -1) }), 2);
  assert.equal(rep(np.average(a, 1, [1 / 4, 3 / 4])), "array([0.75, 2.75, 4.75])");
  const [avg, scl] = np.average(a, { axis: 1, weights: [1, 3], returned: true }) as [np.NDArray, np.NDArray];
  assert.equal(rep(avg), "array([0.75, 2.75, 4.75])");
  assert.equal(rep(scl), "array([4., 4., 4.])");
  assert.deepEqual(np.average(a, { axis: 1, returned: true }).map(rep), ["array([0.5, 2.5, 4.5])", "array([2., 2., 2.])"]);
  assert.deepEqual(np.average(a, { returned: true }), [2.5, 6]);
  assert.deepEqual(np.average(a, { axis: [0, 1], weights: np.ones([3, 2]), returned: true, keepdims: true }).map(rep), ["array([[2.5]])", "array([[6.]])"]);
  assert.equal(rep(np.average(a, { axis: -1, keepdims: true })), "array([[0.5],\n       [2.5],\n       [4.5]])");
  const b = np.arange(24).reshape(2, 3, 4);
  assert.equal(rep(np.average(b, { axis: [2, 0], weights: np.arange(8).reshape(4, 2) })), "array([ 9.07142857, 13.07142857, 17.07142857])");
  assert.equal(rep(np.average(b, { axis: [0, 2], weights: np.arange(8).reshape(2, 4) })), "array([11.28571429, 15.28571429, 19.28571429])");
  assert.equal(rep(np.average(arr([1, 2], "float32"), { weights: arr([1, 3], "float32"), keepdims: true })), "array([1.75], dtype=float32)");
  assert.equal(rep(np.average(arr([1, 2], "float32"), { weights: arr([1, 3], "int8"), keepdims: true })), "array([1.75], dtype=float32)");
  assert.equal(rep(np.average(arr([1, 2], "float32"), { weights: [1, 3], keepdims: true })), "array([1.75])");
  assert.deepEqual(np.average(arr([1, 2], "float32"), { returned: true, keepdims: true }).map(rep), ["array([1.5], dtype=float32)", "array([2.], dtype=float32)"]);
  assert.deepEqual(np.average(arr([1, 2], "int8"), { weights: arr([1, 3], "int8"), returned: true }), [1.75, 4]);
  assert.deepEqual(np.average(arr([true, false]), { weights: [true, true], returned: true }), [0.5, 2]);
  assert.deepEqual(np.average(arr(5), { returned: true }), [5, 1]);
  assert.equal(rep(np.average([[{ re: 1, im: 2 }, 2]], { axis: 0, weights: [2] })), "array([1.+2.j, 2.+0.j])");
});

test("average raises NumPy's errors for weights and axes", () => {
  const a = np.arange(6).reshape(3, 2);
  assert.throws(() => np.average(a, { weights: [1, 3] }), { name: "TypeError", message: "Axis must be specified when shapes of a and weights differ." });
  for (const weights of [[1, 3, 4], [[1, 3]]]) {
    assert.throws(() => np.average(a, { axis: 1, weights }), { name: "ValueError", message: "Shape of weights must be consistent with shape of a along specified axis." });
  }
  assert.throws(() => np.average(a, { axis: 0, weights: [1, -1, 0] }), { name: "ZeroDivisionError", message: "Weights sum to zero, can't be normalized" });
  assert.throws(() => np.average([1, 2], { weights: [0, 0] }), { name: "ZeroDivisionError", message: "Weights sum to zero, can't be normalized" });
  assert.throws(() => np.average(a, { axis: 2 }), { name: "AxisError", message: "axis: axis 2 is out of bounds for array of dimension 2" });
  assert.throws(() => np.average(a, { axis: [1, 1] }), { name: "ValueError", message: "repeated axis in `axis` argument" });
  assert.throws(() => np.average(np.zeros([0, 3]), { axis: 1 }), { name: "ZeroDivisionError", message: "division by zero" });
});

test("average of an empty array warns as np.mean does", async () => {
  const [r, seen] = await withWarnings(() => np.average(arr([]), { returned: true }));
  const [avg, scl] = r as unknown as [number, number];
  assert.ok(Number.isNaN(avg));
  assert.equal(scl, 0);
  assert.deepEqual(seen, ["RuntimeWarning: Mean of empty slice", "RuntimeWarning: invalid value encountered in scalar divide"]);
});

test("bincount: counts or weighted sums per non-negative integer, minlength, NumPy's errors", () => {
  assert.equal(rep(np.bincount(arr([0, 1, 1, 3, 2, 1, 7]))), "array([1, 3, 1, 1, 0, 0, 0, 1])");
  assert.equal(rep(np.bincount([0, 1, 1, 3], { minlength: 6 })), "array([1, 2, 0, 1, 0, 0])");
  assert.equal(rep(np.bincount([0, 1, 1, 3], { minlength: 2 })), "array([1, 2, 0, 1])");
  assert.equal(rep(np.bincount([0, 1, 1, 2], { weights: [0.3, 0.5, 0.2, 0.7] })), "array([0.3, 0.7, 0.7])");
  assert.equal(rep(np.bincount([0, 1, 1, 2], arr([1, 2, 3, 4], "float32"))), "array([1., 5., 4.])");
  assert.equal(rep(np.bincount(arr([0, 1, 1]), arr([0.5, 1, 2]), 3)), "array([0.5, 3. , 0. ])");
  assert.equal(rep(np.bincount([0, 1], { weights: arr([NaN, 1]) })), "array([nan,  1.])");
  assert.equal(rep(np.bincount(arr([0, 1], "int8"), { weights: arr([true, true]) })), "array([1., 1.])");
  assert.equal(rep(np.bincount(arr([0, 2], "uint8"))), "array([1, 0, 1])");
  assert.equal(rep(np.bincount(arr([3], "uint32"))), "array([0, 0, 0, 1])");
  assert.equal(rep(np.bincount(arr([true, true]))), "array([0, 2])");
  assert.equal(rep(np.bincount([])), "array([], dtype=int64)");
  assert.equal(rep(np.bincount([], { minlength: 3 })), "array([0, 0, 0])");
  assert.equal(rep(np.bincount([], { weights: [] })), "array([], dtype=int64)");
  assert.equal(rep(np.bincount(arr([], "int8"))), "array([], dtype=int64)");
  const big = np.arange(100000).remainder(7);
  assert.deepEqual(np.bincount(big).tolist(), [14286, 14286, 14286, 14286, 14286, 14285, 14285]);
  const neg = { name: "ValueError", message: "'list' argument must have no negative elements" };
  assert.throws(() => np.bincount([0, -1]), neg);
  assert.throws(() => np.bincount([0, -1], { weights: [1] }), neg);
  assert.throws(() => np.bincount(arr([2n ** 63n], "uint64")), neg);
  const cast = { name: "TypeError", message: "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'" };
  assert.throws(() => np.bincount(arr([1.0, 2.5])), cast);
  assert.throws(() => np.bincount(arr([])), cast);
  assert.throws(() => np.bincount(arr([], "float32")), { name: "TypeError", message: "Cannot cast array data from dtype('float32') to dtype('int64') according to the rule 'safe'" });
  assert.throws(() => np.bincount([0, 1], { minlength: -1 }), { name: "ValueError", message: "'minlength' must not be negative" });
  assert.throws(() => np.bincount(arr([-1]), { minlength: -1 }), { name: "ValueError", message: "'minlength' must not be negative" });
  assert.throws(() => np.bincount([0, 1], { minlength: null as never }), { name: "TypeError", message: "use 0 instead of None for minlength" });
  assert.throws(() => np.bincount([0, 1], { minlength: 1.5 }), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
  assert.throws(() => np.bincount(arr([[0, 1]])), { name: "ValueError", message: "object too deep for desired array" });
  assert.throws(() => np.bincount(arr(3)), { name: "ValueError", message: "object of too small depth for desired array" });
  assert.throws(() => np.bincount([0, 1], { weights: [1] }), { name: "ValueError", message: "The weights and list don't have the same length." });
  assert.throws(() => np.bincount([0, 1], { weights: arr([[1, 2]]) }), { name: "ValueError", message: "object too deep for desired array" });
  assert.throws(() => np.bincount([0, 1], { weights: arr([1, 2], "complex128") }), {
    name: "TypeError",
    message: "Cannot cast array data from dtype('complex128') to dtype('float64') according to the rule 'safe'",
  });
});

test("bincount of a JS list of floats truncates them with NumPy 2.1's DeprecationWarning", async () => {
  const [r, seen] = await withWarnings(() => np.bincount([1.5, 2.7]));
  assert.equal(rep(r), "array([0, 1, 1])");
  assert.deepEqual(seen, ["DeprecationWarning: Non-integer input passed to bincount. In a future version of NumPy, this will be an error. (Deprecated NumPy 2.1)"]);
});

test("count_nonzero with negative and tuple axes and keepdims", () => {
  const a = arr([[0, 1, 7], [0, 0, 3]]);
  assert.equal(rep(np.count_nonzero(a, { axis: -1, keepdims: true })), "array([[2],\n       [1]])");
  assert.equal(np.count_nonzero(a, [0, 1]), 3);
});

test("mean/var/std count a where= mask by broadcasting it to the array, with broadcast_to's errors", () => {
  const a = np.zeros([2, 3]);
  assert.throws(() => np.mean(a, { where: np.ones([4], "bool"), axis: 1 }), {
    name: "ValueError",
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (4,)  and requested shape (2,3)",
  });
  assert.throws(() => np.std(a, { where: np.ones([2, 1, 1], "bool") }), {
    name: "ValueError",
    message: "input operand has more dimensions than allowed by the axis remapping",
  });
  assert.deepEqual((np.mean(np.arange(6).reshape(2, 3), { axis: 0, where: [[true], [false]] }) as np.ndarray).tolist(), [0, 1, 2]);
});

test("var and argmax refuse a read-only out with NumPy's messages", () => {
  const ro = np.zeros(3);
  ro.flags.writeable = false;
  assert.throws(() => np.var(np.ones([2, 3]), { axis: 0, out: ro }), { name: "ValueError", message: "output array is read-only" });
  const roi = np.zeros(3, "int64");
  roi.flags.writeable = false;
  assert.throws(() => np.argmax(np.ones([2, 3]), { axis: 0, out: roi }), { name: "ValueError", message: "WRITEBACKIFCOPY base is read-only" });
});

test("var/std with dtype= follow NumPy's _var/_std: squares sum in that dtype; std roots in place", () => {
  const a = np.array([[1, 2, 3], [7, 5, 4]], { dtype: "int8" });
  // A whole-array std is a NumPy scalar cast back to the dtype: truncated, not an error.
  assert.equal(np.std(a, { dtype: "int16" }), 2);
  assert.equal(np.array_repr(np.var(a, { axis: 0, dtype: "complex128" }) as np.ndarray), "array([9.  +0.j, 2.25+0.j, 0.25+0.j])");
  const c = np.array([{ re: 1, im: 2 }, { re: 3, im: -1 }, { re: 0, im: 0.5 }], { dtype: "complex64" });
  assert.equal(np.var(c, { dtype: "int16" }), 3);
  assert.deepEqual(np.var(c, { dtype: "complex128" }), { re: 3.055555555555556, im: 0 });
  const z = np.array([[{ re: 1, im: 1 }, 2], [3, { re: 0, im: 4 }]]);
  assert.equal(np.array_repr(np.std(z, { axis: 1, dtype: "float32" }) as np.ndarray), "array([0.8660254, 3.2015622], dtype=float32)");
  // An array result is rooted in place: an integer dtype cannot take sqrt's float output.
  assert.throws(() => np.std(a, { axis: 0, dtype: "int16" }), {
    name: "UFuncTypeError",
    message: "Cannot cast ufunc 'sqrt' output from dtype('float32') to dtype('int16') with casting rule 'same_kind'",
  });
  const out = np.zeros(3, { dtype: "float32" });
  assert.equal(np.std(a, { axis: 0, out }), out);
  assert.equal(np.array_repr(out), "array([3. , 1.5, 0.5], dtype=float32)");
});

test("mean/var/std with out= sum into out (its dtype), then divide there in place, as NumPy's _mean/_var", () => {
  const a = np.array([[-128, 1, -7], [-128, 1, -7]], { dtype: "int8" });
  const u = np.zeros(3, { dtype: "uint8" });
  np.mean(a, { axis: 0, out: u });
  // The float64 sum -14 becomes uint8 242 before the division: 121, not uint8(-7.0).
  assert.equal(np.array_repr(u), "array([  0,   1, 121], dtype=uint8)");
  const f = np.array([[1.5, 2.25], [1e8, 3]], { dtype: "float32" });
  const m = np.zeros(2);
  assert.equal(np.mean(f, { axis: 1, out: m }), m);
  assert.equal(np.array_repr(m), "array([1.87500000e+00, 5.00000015e+07])");
  const v = np.zeros(2);
  np.var(f, { axis: 1, out: v });
  assert.equal(np.array_repr(v), "array([1.4062500e-01, 2.4999998e+15])");
  const i = np.zeros(2, { dtype: "int16" });
  np.var(np.array([[1, 4], [2, 9]]), { axis: 1, out: i });
  assert.equal(np.array_repr(i), "array([ 2, 12], dtype=int16)");
});
