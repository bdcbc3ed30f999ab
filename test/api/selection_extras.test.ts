// choose / putmask / fill_diagonal / piecewise / apply_along_axis / apply_over_axes: options,
// NumPy 2 dtypes (checked with NumPy 2.4.6) and NumPy's errors.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";

const err = (name: string, message: string) => (e: unknown) => {
  assert.ok(e instanceof Error);
  assert.equal(e.name, name);
  assert.equal(e.message, message);
  return true;
};

describe("choose", () => {
  test("picks choices[a[i]][i], broadcasting the index and the choices", () => {
    assert.deepEqual((np.choose([2, 0, 1], [[0, 1, 2], [10, 11, 12], [20, 21, 22]]) as np.NDArray).tolist(), [20, 1, 12]);
    assert.deepEqual((np.choose([[0], [1]], [[1, 2, 3], 9]) as np.NDArray).tolist(), [[1, 2, 3], [9, 9, 9]]);
    assert.deepEqual((np.choose([[0, 1], [1, 0]], np.array([[1, 2], [3, 4]])) as np.NDArray).tolist(), [[1, 4], [3, 2]]);
    assert.equal(np.choose(1, [5, 6]), 6);
  });
  test("the ndarray.choose method", () => {
    assert.deepEqual((np.array([1, 0]).choose([[1, 2], [3, 4]]) as np.NDArray).tolist(), [3, 2]);
    assert.deepEqual((np.array([-1, 5]).choose([[1, 2], [3, 4]], { mode: "clip" }) as np.NDArray).tolist(), [1, 4]);
  });
  test("NumPy 2 dtypes: Python scalars are weak and converted unsafely (as NumPy's choose)", () => {
    const r = np.choose([0, 1, 2], [np.array([1, 2, 3], "int8"), 300, np.array([5, 6, 7], "int8")]) as np.NDArray;
    assert.equal(r.dtype, "int8");
    assert.deepEqual(r.tolist(), [1, 44, 7]);
    const u = np.choose([0, 1], [np.array([1, 2], "uint8"), -1]) as np.NDArray;
    assert.deepEqual([u.dtype, u.tolist()], ["uint8", [1, 255]]);
    const f = np.choose([0, 1], [np.array([1, 2], "float32"), 2.5]) as np.NDArray;
    assert.deepEqual([f.dtype, f.tolist()], ["float32", [1, 2.5]]);
  });
  test("modes raise, wrap and clip", () => {
    const ch = [[1, 2], [3, 4]];
    assert.deepEqual((np.choose([-1, 3], ch, { mode: "wrap" }) as np.NDArray).tolist(), [3, 4]);
    assert.deepEqual((np.choose([-1, 3], ch, null, "clip") as np.NDArray).tolist(), [1, 4]);
    assert.throws(() => np.choose([0, 3], ch), err("ValueError", "invalid entry in choice array"));
    assert.throws(() => np.choose([0, 1], ch, { mode: "foo" as never }), err("ValueError", "clipmode must be one of 'clip', 'raise', or 'wrap' (got 'foo')"));
  });
  test("at most 63 choices (NumPy's 64-operand limit with the index array)", () => {
    assert.equal(np.choose(62, Array.from({ length: 63 }, (_, i) => i)), 62);
    const msg = err("ValueError", "Need at least 0 and at most 64 array objects.");
    assert.throws(() => np.choose(63, Array.from({ length: 64 }, (_, i) => [i])), msg);
    assert.throws(() => np.choose(0, Array.from({ length: 65 }, () => [1])), msg);
  });
  test("out: written with an unsafe cast and returned; a wrong shape is a TypeError", () => {
    const out = np.zeros(2, "int8");
    assert.equal(np.choose([0, 1], [[1.7, 2], [3, 4.2]], { out }), out);
    assert.deepEqual(out.tolist(), [1, 4]);
    assert.throws(() => np.choose([0, 1], [[1, 2], [3, 4]], { out: np.zeros(3) }), err("TypeError", "choose: invalid shape for output array."));
  });
  test("errors: index dtype, no choices, broadcasting", () => {
    assert.throws(() => np.choose(np.array([0, 1], "float64"), [[1, 2], [3, 4]]), err("TypeError", "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'"));
    assert.throws(() => np.choose([0, 1], []), err("ValueError", "0-length sequence."));
    assert.throws(
      () => np.choose([0, 1], [[1, 2], [3, 4, 5]]),
      err("ValueError", "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,)."),
    );
    assert.throws(() => np.choose([0], [[1]], { axis: 0 } as never), err("TypeError", "choose() got an unexpected keyword argument 'axis'"));
  });
});

describe("putmask", () => {
  test("array values must cast safely; lists and scalars convert (NumPy 2.4)", () => {
    const a = np.arange(6);
    assert.throws(() => np.putmask(a, a.greater(2), np.array([1.5])), {
      name: "TypeError",
      message: "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
    });
    np.putmask(a, a.greater(2), [1.5]);
    assert.deepEqual(a.tolist(), [0, 1, 2, 1, 1, 1]);
  });

  test("values repeat cyclically by flat position, also on non-contiguous arrays", () => {
    const a = np.arange(6);
    np.putmask(a, a.greater(2), [10, 20]);
    assert.deepEqual(a.tolist(), [0, 1, 2, 20, 10, 20]);
    const t = np.zeros([2, 3]).T;
    np.putmask(t, [[1, 0], [0, 1], [1, 1]], [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(t.tolist(), [[1, 0], [0, 4], [5, 6]]);
    const e = np.ones(3);
    np.putmask(e, [1, 1, 1], []);
    assert.deepEqual(e.tolist(), [1, 1, 1]);
  });
  test("values are converted as NumPy 2 converts them (Python ints checked)", () => {
    const a = np.zeros(3, "int8");
    np.putmask(a, [1, 0, 1], [1.5]);
    assert.deepEqual(a.tolist(), [1, 0, 1]);
    assert.throws(() => np.putmask(np.zeros(3, "int8"), [1, 0, 1], 300), err("OverflowError", "Python integer 300 out of bounds for int8"));
  });
  test("errors", () => {
    assert.throws(() => np.putmask([1, 2] as never, [1, 0], 3), err("TypeError", "putmask: first argument must be an array"));
    assert.throws(() => np.putmask(np.zeros(3), [1, 0], 3), err("ValueError", "putmask: mask and data must be the same size"));
    const ro = np.zeros(3);
    ro.flags.writeable = false;
    assert.throws(() => np.putmask(ro, [1, 0, 1], 1), err("ValueError", "putmask: output array is read-only"));
  });
});

describe("fill_diagonal", () => {
  test("2-d (tall matrices with and without wrap) and n-d", () => {
    const a = np.zeros([5, 3], "int64");
    np.fill_diagonal(a, 5);
    assert.deepEqual(a.tolist(), [[5, 0, 0], [0, 5, 0], [0, 0, 5], [0, 0, 0], [0, 0, 0]]);
    const w = np.zeros([5, 2], "int64");
    np.fill_diagonal(w, [1, 2], true);
    assert.deepEqual(w.tolist(), [[1, 0], [0, 2], [0, 0], [1, 0], [0, 2]]);
    const c = np.zeros([2, 2, 2], "int64");
    np.fill_diagonal(c, 4, { wrap: false });
    assert.deepEqual(c.tolist(), [[[4, 0], [0, 0]], [[0, 0], [0, 4]]]);
  });
  test("errors", () => {
    assert.throws(() => np.fill_diagonal(np.zeros(3), 1), err("ValueError", "array must be at least 2-d"));
    assert.throws(() => np.fill_diagonal(np.zeros([2, 3, 2]), 1), err("ValueError", "All dimensions of input must be of equal length"));
    assert.throws(() => np.fill_diagonal([[1, 2], [3, 4]] as never, 1), err("AttributeError", "'list' object has no attribute 'ndim'"));
    assert.throws(() => np.fill_diagonal(np.zeros([2, 2]), 1, { k: 1 } as never), err("TypeError", "fill_diagonal() got an unexpected keyword argument 'k'"));
  });
});

describe("piecewise", () => {
  const x = np.array([-2, -1, 0, 1, 2]);
  test("functions and constants, the otherwise case, extra arguments", () => {
    const r = np.piecewise(x, [x.less(0), x.greater(1)], [(v: np.NDArray) => v.negative(), (v: np.NDArray, k: unknown) => v.multiply(k as number), 7], 10);
    assert.deepEqual(r.tolist(), [2, 1, 7, 7, 20]);
    assert.deepEqual(np.piecewise(x, x.less(0), [-1, 1]).tolist(), [-1, -1, 1, 1, 1]);
    assert.deepEqual(np.piecewise(np.array([1.5, 2.5]), [true, false], [(v: np.NDArray) => v.multiply(2)]).tolist(), [3, 0]);
  });
  test("the result keeps x's dtype; a 0-d x works", () => {
    assert.equal(np.piecewise(x, [x.less(0)], [0.5]).dtype, "int64");
    const z = np.piecewise(np.array(2.5), [true], [(v: np.NDArray) => v.multiply(2)]);
    assert.deepEqual([z.shape, z.item()], [[], 5]);
  });
  test("a function is not called on an empty selection", () => {
    let calls = 0;
    np.piecewise(x, [x.greater(5)], [() => (calls++, 1)]);
    assert.equal(calls, 0);
  });
  test("the count of functions must match", () => {
    assert.throws(() => np.piecewise(np.array([1, 2]), [[true, false]], [1, 2, 3]), err("ValueError", "with 1 condition(s), either 1 or 2 functions are expected"));
  });
});

describe("apply_along_axis and apply_over_axes", () => {
  const a = np.arange(24).reshape(2, 3, 4);
  test("scalar and array results replace the axis", () => {
    assert.deepEqual(np.apply_along_axis((v: np.NDArray) => np.sum(v), 1, np.arange(6).reshape(2, 3)).tolist(), [3, 12]);
    assert.deepEqual(np.apply_along_axis((v: np.NDArray) => v.get("::-1"), 0, np.arange(4).reshape(2, 2)).tolist(), [[2, 3], [0, 1]]);
    assert.deepEqual(np.apply_along_axis((v: np.NDArray) => np.diag(v), -1, a).shape, [2, 3, 4, 4]);
    assert.deepEqual(np.apply_along_axis((v: np.NDArray) => np.diag(v), 1, a).shape, [2, 3, 3, 4]);
    const s = np.apply_along_axis((v: np.NDArray) => np.sum(v), 0, np.arange(3));
    assert.deepEqual([s.shape, s.item()], [[], 3]);
  });
  test("extra arguments are passed on; the first array result's dtype is kept", () => {
    assert.deepEqual(np.apply_along_axis((v: np.NDArray, k: unknown) => v.add(k as number), 0, np.arange(3), 10).tolist(), [10, 11, 12]);
    let first = true;
    const r = np.apply_along_axis(() => (first ? ((first = false), np.array(1)) : np.array(2.9)), 1, np.zeros([2, 2]));
    assert.deepEqual([r.dtype, r.tolist()], ["int64", [1, 2]]);
  });
  test("JS scalar results (which carry no dtype) take the dtype of all of them: a mean of 2.5 after 2 is not truncated", () => {
    // NumPy: np.apply_along_axis(lambda r: r.mean(), 1, [[1, 3], [2, 3]]) is array([2. , 2.5])
    const m = np.apply_along_axis((v: np.NDArray) => v.mean(), 1, np.array([[1, 3], [2, 3]]));
    assert.equal(np.array_repr(m), "array([2. , 2.5])");
    const b = np.apply_along_axis((v: np.NDArray) => (v.get(0) as number) > 1, 1, np.array([[1, 3], [2, 3]]));
    assert.equal(np.array_repr(b), "array([False,  True])");
    const c = np.apply_along_axis((v: np.NDArray) => ({ re: v.sum() as number, im: 1 }), 1, np.arange(4).reshape(2, 2));
    assert.equal(np.array_repr(c), "array([1.+1.j, 5.+1.j])");
    assert.deepEqual(np.apply_along_axis((v: np.NDArray) => v.sum(), 0, np.arange(24).reshape(2, 3, 4)).shape, [3, 4]);
  });
  test("apply_along_axis errors", () => {
    assert.throws(() => np.apply_along_axis((v: np.NDArray) => np.sum(v), 0, np.zeros([3, 0])), err("ValueError", "Cannot apply_along_axis when any iteration dimensions are 0"));
    assert.throws(() => np.apply_along_axis((v: np.NDArray) => np.sum(v), 2, np.zeros([2, 3])), err("AxisError", "axis 2 is out of bounds for array of dimension 2"));
  });
  test("apply_over_axes keeps the dimensions", () => {
    const r = np.apply_over_axes((v, ax) => np.sum(v, ax) as np.NDArray, a, [0, 2]);
    assert.deepEqual(r.tolist(), [[[60], [92], [124]]]);
    assert.deepEqual(np.apply_over_axes((v, ax) => np.sum(v, ax, null, null, true) as np.NDArray, a, -1).shape, [2, 3, 1]);
    assert.throws(() => np.apply_over_axes(() => 1 as never, a, [0]), err("AttributeError", "'int' object has no attribute 'ndim'"));
    assert.throws(() => np.apply_over_axes((v) => v.get(0, 0) as np.NDArray, a, [0]), err("ValueError", "function is not returning an array of the correct shape"));
  });
});

describe("choose and putmask against a naive reference (property)", () => {
  const mod = (a: number, n: number) => ((a % n) + n) % n;
  test("choose in every mode", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom("wrap", "clip", "raise"),
        (n, idx, mode) => {
          const len = idx.length;
          const choices = Array.from({ length: n }, (_, k) => Array.from({ length: len }, (_, i) => 100 * k + i));
          const pick = (i: number, a: number) => {
            const k = mode === "wrap" ? mod(a, n) : mode === "clip" ? Math.min(Math.max(a, 0), n - 1) : a;
            return choices[k]![i]!;
          };
          if (mode === "raise" && idx.some((a) => a < 0 || a >= n)) {
            assert.throws(() => np.choose(idx, choices, { mode: "raise" }), { message: "invalid entry in choice array" });
            return;
          }
          const got = (np.choose(idx, choices, { mode: mode as "wrap" | "clip" | "raise" }) as np.NDArray).tolist();
          assert.deepEqual(got, idx.map((a, i) => pick(i, a)));
        },
      ),
    );
  });
  test("putmask: a.flat[i] = values[i % len(values)] where the mask holds", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 1, maxLength: 5 }), (mask, vals) => {
        const a = np.zeros(mask.length, "int64");
        np.putmask(a, mask, vals);
        assert.deepEqual(a.tolist(), mask.map((m, i) => (m ? vals[i % vals.length]! : 0)));
      }),
    );
  });
});

test("apply_over_axes takes no options (Python's TypeError)", () => {
  const f = np.apply_over_axes as (...a: unknown[]) => unknown;
  assert.throws(() => f((v: np.NDArray, ax: number) => np.sum(v, ax), np.ones([2, 2]), [0], { foo: 1 }), { name: "TypeError", message: "apply_over_axes() got an unexpected keyword argument 'foo'" });
});
