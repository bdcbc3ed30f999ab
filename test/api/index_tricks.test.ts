// np.mgrid / np.ogrid / np.r_ / np.c_ / ndarray.flat / np.iterable / np.require: options, NumPy 2
// behaviour the 1.24 golden oracle cannot produce, and NumPy's errors (values checked with
// NumPy 2.4.6).
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

describe("mgrid and ogrid", () => {
  test("a dense grid of int64 indices, one slice per axis", () => {
    const g = np.mgrid.get("0:2", "1:4") as np.NDArray;
    assert.equal(g.dtype, "int64");
    assert.deepEqual(g.tolist(), [[[0, 0, 0], [1, 1, 1]], [[1, 2, 3], [1, 2, 3]]]);
  });
  test("complex steps count points and include the stop; float steps give float64", () => {
    const g = np.mgrid.get("-1:1:3j", "0:1:0.5") as np.NDArray;
    assert.equal(g.dtype, "float64");
    assert.deepEqual(g.shape, [2, 3, 2]);
    assert.deepEqual((g.get(0, ":", 0) as np.NDArray).tolist(), [-1, 0, 1]);
    assert.deepEqual((g.get(1, 0) as np.NDArray).tolist(), [0, 0.5]);
    assert.deepEqual((np.mgrid.get("0:1:5j") as np.NDArray).tolist(), [0, 0.25, 0.5, 0.75, 1]);
  });
  test("a float written with a point is a Python float: float64 even when integral", () => {
    assert.equal((np.mgrid.get("0:3.0") as np.NDArray).dtype, "float64");
    assert.equal((np.mgrid.get("0:3") as np.NDArray).dtype, "int64");
    assert.equal((np.mgrid.get("0:3.0", "0:2") as np.NDArray).dtype, "float64");
  });
  test("ogrid gives one array per slice, open along the other axes", () => {
    const [a, b] = np.ogrid.get("0:2", "0:3") as np.NDArray[];
    assert.deepEqual(a!.shape, [2, 1]);
    assert.deepEqual(b!.shape, [1, 3]);
    assert.deepEqual((np.ogrid.get("0:2") as np.NDArray).tolist(), [0, 1]);
  });
  test("NumPy 2's errors: zero step, non-slice items, negative sizes", () => {
    assert.throws(() => np.mgrid.get("0:3:0", "0:2"), err("ZeroDivisionError", "division by zero"));
    assert.throws(() => np.mgrid.get("0:3.0:0", "0:2"), err("ZeroDivisionError", "float division by zero"));
    assert.throws(() => np.mgrid.get("0:2", 1 as never), err("AttributeError", "'int' object has no attribute 'step'"));
    assert.throws(() => np.mgrid.get(1 as never), err("AttributeError", "'int' object has no attribute 'step'"));
    assert.throws(() => np.mgrid.get("0:2", "3:0"), err("ValueError", "negative dimensions are not allowed"));
    assert.throws(() => np.mgrid.get("a:b"), /invalid slice 'a:b'/);
  });
});

describe("r_ and c_", () => {
  test("arrays, scalars and slices joined along the first axis", () => {
    assert.deepEqual(np.r_.get([1, 2], 0, [4, 5]).tolist(), [1, 2, 0, 4, 5]);
    assert.deepEqual(np.r_.get("1:4", [7.5]).tolist(), [1, 2, 3, 7.5]);
    assert.deepEqual(np.r_.get("0:1:3j").tolist(), [0, 0.5, 1]);
  });
  test("Python scalars are weak (NEP 50) and converted with the final dtype", () => {
    const i8 = np.array([1], "int8");
    assert.equal(np.r_.get(i8, 100).dtype, "int8");
    assert.equal(np.r_.get(i8, 2.5).dtype, "float64");
    assert.throws(() => np.r_.get(i8, 300), err("OverflowError", "Python integer 300 out of bounds for int8"));
  });
  test("directives: axis, ndmin and trans1d", () => {
    assert.deepEqual(np.r_.get("0,2", [1, 2, 3], [4, 5, 6]).shape, [2, 3]);
    assert.deepEqual(np.r_.get("0,2,0", [1, 2, 3], [4, 5, 6]).shape, [6, 1]);
    assert.deepEqual(np.r_.get("1,2,0", [1, 2, 3], [4, 5, 6]).tolist(), [[1, 4], [2, 5], [3, 6]]);
    assert.deepEqual(np.r_.get("-1", np.ones([2, 2]), np.zeros([2, 1])).shape, [2, 3]);
  });
  test("c_ stacks 1-d items as columns", () => {
    assert.deepEqual(np.c_.get([1, 2, 3], [4, 5, 6]).tolist(), [[1, 4], [2, 5], [3, 6]]);
    assert.deepEqual(np.c_.get(np.array([[1, 2, 3]]), 0, 0, np.array([[4, 5, 6]])).tolist(), [[1, 2, 3, 0, 0, 4, 5, 6]]);
    assert.deepEqual(np.c_.get("1:3").tolist(), [[1], [2]]);
  });
  test("errors: directives, the matrix directives, nothing to join", () => {
    assert.throws(() => np.r_.get("a,b", 1), err("ValueError", "unknown special directive 'a,b'"));
    assert.throws(() => np.r_.get("x", 1), err("ValueError", "unknown special directive"));
    assert.throws(() => np.r_.get(1, "0"), err("ValueError", "special directives must be the first entry."));
    assert.throws(() => np.c_.get("r", [1, 2]), (e: unknown) => e instanceof np.NotImplementedError && /np\.matrix/.test(e.message));
    assert.throws(() => np.r_.get(), err("ValueError", "need at least one array to concatenate"));
  });
});

describe("ndarray.flat", () => {
  const a = () => np.arange(6).reshape(2, 3).T; // a non-contiguous view, C order 0 3 1 4 2 5
  test("iterates in C order, also over a non-contiguous view, with index and coords", () => {
    assert.deepEqual([...a().flat], [0, 3, 1, 4, 2, 5]);
    const it = a().flat;
    it.next();
    it.next();
    assert.equal(it.index, 2);
    assert.deepEqual(it.coords, [1, 0]);
    assert.equal(it.length, 6);
    assert.ok(it.base instanceof np.ndarray);
    assert.equal(String(it), "<numpy.flatiter object>");
    assert.deepEqual([...np.array(5).flat], [5]);
    assert.deepEqual([...np.zeros([0, 3]).flat], []);
  });
  test("get: integers, slices, index arrays, masks, ellipsis; results are copies", () => {
    assert.equal(a().flat.get(1), 3);
    assert.equal(a().flat.get(-1), 5);
    assert.deepEqual((a().flat.get("1:4") as np.NDArray).tolist(), [3, 1, 4]);
    assert.deepEqual((a().flat.get(np.array([[0, 1], [2, 3]])) as np.NDArray).tolist(), [[0, 3], [1, 4]]);
    assert.deepEqual((a().flat.get(np.array([true, false, true, false, false, true])) as np.NDArray).tolist(), [0, 1, 5]);
    assert.deepEqual((a().flat.get("...") as np.NDArray).tolist(), [0, 3, 1, 4, 2, 5]);
    const base = np.arange(4);
    const part = base.flat.get(":2") as np.NDArray;
    part.set(0, 99);
    assert.equal(base.get(0), 0);
    assert.deepEqual(a().flat.copy().tolist(), [0, 3, 1, 4, 2, 5]);
  });
  test("set: values repeat cyclically; a.flat = v fills the whole array", () => {
    const b = np.zeros(6);
    b.flat.set([0, 1, 2, 3], [5, 6]);
    assert.deepEqual(b.tolist(), [5, 6, 5, 6, 0, 0]);
    const c = np.zeros([2, 3]);
    c.flat = [5, 6, 7, 8];
    assert.deepEqual(c.tolist(), [[5, 6, 7], [8, 5, 6]]);
    const t = np.zeros([2, 3]).T;
    t.flat.set("::2", [1, 2, 3]);
    assert.deepEqual(t.tolist(), [[1, 0], [2, 0], [3, 0]]);
    const d = np.zeros(3, "int64");
    d.flat.set(1, 2.7);
    assert.deepEqual(d.tolist(), [0, 2, 0]);
  });
  test("NumPy 2's flatiter errors", () => {
    assert.throws(() => a().flat.get(10), err("IndexError", "index 10 is out of bounds for size 6"));
    assert.throws(() => a().flat.get(-7), err("IndexError", "index -7 is out of bounds for size 6"));
    assert.throws(() => a().flat.get([1, 10]), err("IndexError", "index 10 is out of bounds for size 6"));
    assert.throws(() => a().flat.get(1, 2), err("IndexError", "too many indices for flat iterator: flat iterator is 1-dimensional, but 2 were indexed"));
    assert.throws(() => a().flat.get(np.ones([3, 2], "bool")), err("IndexError", "too many indices for flat iterator: flat iterator is 1-dimensional, but 2 were indexed"));
    assert.throws(
      () => a().flat.get(np.array([true, false])),
      err("IndexError", "boolean index did not match indexed flat iterator along axis 0; size of axis is 6 but size of corresponding boolean axis is 2"),
    );
    assert.throws(() => a().flat.get(null), err("IndexError", "only integers, slices (`:`), ellipsis (`...`) and integer or boolean arrays are valid indices"));
    assert.throws(() => a().flat.get(np.array([1.5])), err("IndexError", "arrays used as indices must be of integer (or boolean) type"));
    const ro = np.zeros(3);
    ro.flags.writeable = false;
    assert.throws(() => ro.flat.set(0, 1), err("ValueError", "underlying array is read-only"));
    assert.throws(() => (ro.flat = 1), err("ValueError", "array is read-only"));
  });
});

describe("ndindex and ndenumerate (for..of)", () => {
  test("indices in C order, the shape given spread or as an array", () => {
    assert.deepEqual([...np.ndindex(2, 2)], [[0, 0], [0, 1], [1, 0], [1, 1]]);
    assert.deepEqual([...np.ndindex([1, 3])], [[0, 0], [0, 1], [0, 2]]);
    assert.deepEqual([...np.ndindex()], [[]]);
    assert.deepEqual([...np.ndindex(2, 0)], []);
  });
  test("ndenumerate pairs each index with its element, also for views", () => {
    const pairs: unknown[] = [];
    for (const [idx, v] of np.ndenumerate(np.arange(4).reshape(2, 2).T)) pairs.push([idx, v]);
    assert.deepEqual(pairs, [[[0, 0], 0], [[0, 1], 2], [[1, 0], 1], [[1, 1], 3]]);
  });
});

describe("s_ and index_exp", () => {
  test("give the items back, to spread into get/set", () => {
    assert.equal(np.s_.get("::2"), "::2");
    assert.deepEqual(np.s_.get(0, "1:"), [0, "1:"]);
    assert.deepEqual(np.index_exp.get("1:3"), ["1:3"]);
    const a = np.arange(6).reshape(2, 3);
    assert.deepEqual((a.get(...(np.index_exp.get(1, "::2") as never[])) as np.NDArray).tolist(), [3, 5]);
  });
});

describe("iterable and require", () => {
  test("iterable: arrays with an axis, lists, strings; not scalars or 0-d arrays", () => {
    assert.equal(np.iterable([1, 2]), true);
    assert.equal(np.iterable("ab"), true);
    assert.equal(np.iterable(new Float64Array(2)), true);
    assert.equal(np.iterable(np.zeros([2, 0])), true);
    assert.equal(np.iterable(3), false);
    assert.equal(np.iterable(np.array(3)), false);
    assert.equal(np.iterable({ re: 1, im: 2 }), false);
  });
  test("require: the same array when it already complies, a copy otherwise", () => {
    const x = np.arange(6).reshape(2, 3);
    assert.equal(np.require(x, null, ["C", "W"]), x);
    const t = np.require(x.T, null, "C");
    assert.ok(t.flags.c_contiguous);
    assert.ok(np.require(x, { requirements: ["F"] }).flags.f_contiguous);
    assert.equal(np.require(x, "float32").dtype, "float32");
    const view = x.get("::2") as np.NDArray;
    assert.ok(np.require(view, null, ["OWNDATA"]).flags.owndata);
    assert.ok(np.require(view, null, ["ensurearray", "aligned"]) === view);
  });
  test("require: NumPy's errors", () => {
    assert.throws(() => np.require([1, 2], null, ["X"]), err("KeyError", "'X'"));
    assert.throws(() => np.require([1, 2], null, "CF"), err("ValueError", 'Cannot specify both "C" and "F" order'));
    assert.throws(() => np.require([1, 2], { order: "C" } as never), err("TypeError", "require() got an unexpected keyword argument 'order'"));
    assert.throws(() => np.require([1], { like: np.zeros(1) }), np.NotImplementedError);
  });
});

describe("flat on random views (property)", () => {
  /** A random 1-3 axis int64 array and a strided/reversed/transposed view of it. */
  const views = fc
    .tuple(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }), fc.array(fc.constantFrom(":", "::2", "::-1", "1:", "::-2"), { minLength: 3, maxLength: 3 }), fc.boolean())
    .map(([shape, slices, transpose]) => {
      const base = np.arange(shape.reduce((a, b) => a * b, 1)).reshape(shape);
      const v = base.get(...slices.slice(0, shape.length)) as np.NDArray;
      return transpose ? v.T : v;
    });
  test("iteration, get and copy follow the C-order ravel", () => {
    fc.assert(
      fc.property(views, fc.nat(), (v, k) => {
        const ref = v.ravel().tolist() as number[];
        assert.deepEqual([...v.flat], ref);
        assert.deepEqual(v.flat.copy().tolist(), ref);
        if (ref.length > 0) assert.equal(v.flat.get(k % ref.length), ref[k % ref.length]);
        assert.deepEqual((v.flat.get("::-2") as np.NDArray).tolist(), ref.filter((_, i) => (ref.length - 1 - i) % 2 === 0).reverse());
      }),
    );
  });
  test("set writes the C-order positions of the view, values cycling", () => {
    fc.assert(
      fc.property(views, fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 4 }), (v, vals) => {
        const ref = v.ravel().tolist() as number[];
        for (let i = 0, j = 0; i < ref.length; i += 2, j++) ref[i] = vals[j % vals.length]!;
        v.flat.set("::2", vals);
        assert.deepEqual(v.ravel().tolist(), ref);
      }),
    );
  });
});
