// Unit and property tests for src/api/ranges.ts (the golden family "ranges" pins NumPy's exact
// values; these check the rules against obviously correct references and every error path).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

const list = (a: NDArray) => a.tolist() as number[];

describe("arange", () => {
  test("integer ranges equal the naive loop", () => {
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }), fc.integer({ min: -40, max: 40 }).filter((s) => s !== 0), (start, stop, step) => {
        const want: number[] = [];
        for (let v = start; step > 0 ? v < stop : v > stop; v += step) want.push(v);
        const a = np.arange(start, stop, step);
        assert.equal(a.dtype, "int64");
        assert.deepEqual(list(a), want);
      }),
      { numRuns: 300 },
    );
  });

  test("the stop-only and start/stop forms, keyword forms", () => {
    assert.deepEqual(list(np.arange(4)), [0, 1, 2, 3]);
    assert.deepEqual(list(np.arange(2, 5)), [2, 3, 4]);
    assert.deepEqual(list(np.arange({ stop: 3 })), [0, 1, 2]);
    assert.deepEqual(list(np.arange(5, null, 2)), [0, 2, 4]);
    assert.deepEqual(list(np.arange(0, 6, 2, "int8")), [0, 2, 4]);
    assert.equal(np.arange(0, 6, 2, "int8").dtype, "int8");
  });

  test("any float argument makes float64; the length is ceil((stop - start) / step)", () => {
    const a = np.arange(0, 1, 0.25);
    assert.equal(a.dtype, "float64");
    assert.deepEqual(list(a), [0, 0.25, 0.5, 0.75]);
    assert.equal(np.arange(0.5, 3).size, 3);
    assert.equal(np.arange(1, 5, 1.5).size, 3);
  });

  test("values are a[0] + i*(a[1]-a[0]) in the target dtype (NumPy's fill rule)", () => {
    assert.deepEqual(list(np.arange(0, 5, 0.5, { dtype: "int64" })), new Array(10).fill(0));
    assert.deepEqual(list(np.arange(0.5, 3, { dtype: "int32" })), [0, 1, 2]);
    assert.deepEqual(list(np.arange(250, 260, { dtype: "uint8" })), [250, 251, 252, 253, 254, 255, 0, 1, 2, 3]);
    // float32: each step rounds to float32, as the C loop start + (float)i * delta.
    const f = Math.fround;
    const d = f(f(0.2) - f(0.1));
    assert.deepEqual(list(np.arange(0.1, 1, 0.1, { dtype: "float32" })), Array.from({ length: 9 }, (_, i) => (i === 0 ? f(0.1) : i === 1 ? f(0.2) : f(f(0.1) + f(f(i) * d)))));
  });

  test("64-bit values stay exact beyond 2**53", () => {
    const a = np.arange(2n ** 62n, 2n ** 62n + 3n);
    assert.deepEqual(a.tolist({ bigint: true }), [2n ** 62n, 2n ** 62n + 1n, 2n ** 62n + 2n]);
    const b = np.arange(2n ** 64n - 3n, 2n ** 64n - 1n, { dtype: "uint64" });
    assert.deepEqual(b.tolist({ bigint: true }), [2n ** 64n - 3n, 2n ** 64n - 2n]);
  });

  test("errors carry NumPy's classes and messages", () => {
    assert.throws(() => np.arange(0, 10, 0), { name: "ZeroDivisionError", message: "division by zero" });
    assert.throws(() => np.arange(0.5, 10, 0), { name: "ZeroDivisionError", message: "float division by zero" });
    assert.throws(() => np.arange(0, Infinity), { name: "ValueError", message: "Maximum allowed size exceeded" });
    assert.throws(() => np.arange(NaN), { name: "ValueError", message: "arange: cannot compute length" });
    assert.throws(() => np.arange(), { name: "TypeError", message: "arange() requires stop to be specified." });
    assert.throws(() => np.arange(3, { dtype: "bool" }), { name: "TypeError", message: "arange() is only supported for booleans when the result has at most length 2." });
    assert.throws(() => np.arange(0, 600, 300, { dtype: "uint8" }), { name: "OverflowError", message: "Python integer 300 out of bounds for uint8" });
    assert.throws(() => np.arange(-1.5, 3, { dtype: "uint8" }), { name: "OverflowError", message: "Python integer -1 out of bounds for uint8" });
  });

  test("a call with no positional argument needs stop, as NumPy's parser does", () => {
    assert.throws(() => np.arange({ start: 2 }), { name: "TypeError", message: "arange() requires stop to be specified." });
    assert.throws(() => np.arange({ start: 2, step: 2 }), { name: "TypeError", message: "arange() requires stop to be specified." });
    assert.deepEqual(np.arange({ stop: 5, step: 2 }).tolist(), [0, 2, 4]);
    assert.deepEqual(np.arange({ start: 2, stop: null }).tolist(), [0, 1]);
    assert.deepEqual(np.arange(2, { step: 2 }).tolist(), [0]);
  });
});

describe("linspace", () => {
  test("endpoints are exact, the length is num, steps are monotone", () => {
    fc.assert(
      // (A subnormal step may overshoot the stop in NumPy too: those ranges are left out.)
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: 60 }), (a, b, n) => {
        fc.pre(a === b || Math.abs(b - a) > 1e-290);
        const x = list(np.linspace(a, b, n) as NDArray);
        assert.equal(x.length, n);
        assert.ok(x[0] === a, `${x[0]} != ${a}`); // (-0 start gives 0 * step + -0 = 0, as NumPy)
        assert.ok(x[n - 1] === b);
        for (let i = 1; i < n; i++) assert.ok(b >= a ? x[i]! >= x[i - 1]! : x[i]! <= x[i - 1]!);
      }),
      { numRuns: 200 },
    );
  });

  test("samples are i*step + start (NumPy's formula), step = (stop - start)/div", () => {
    const [x, step] = np.linspace(1, 2, 4, { endpoint: false, retstep: true }) as [NDArray, number];
    assert.equal(step, 0.25);
    assert.deepEqual(list(x), [1, 1.25, 1.5, 1.75]);
    const y = list(np.linspace(0, 1, 11) as NDArray);
    for (let i = 0; i < 10; i++) assert.equal(y[i], i * 0.1 + 0);
  });

  test("integer dtypes floor; array endpoints run along axis", () => {
    assert.deepEqual(list(np.linspace(-5, 5, 7, { dtype: "int64" }) as NDArray), [-5, -4, -2, 0, 1, 3, 5]);
    const g = np.linspace([0, 10], [1, 20], 3, { axis: -1 }) as NDArray;
    assert.deepEqual(g.tolist(), [[0, 0.5, 1], [10, 15, 20]]);
    assert.ok(Number.isNaN((np.linspace(0, 1, 1, { retstep: true }) as [NDArray, number])[1]));
  });

  test("errors", () => {
    assert.throws(() => np.linspace(0, 1, -1), { name: "ValueError", message: "Number of samples, -1, must be non-negative." });
    assert.throws(() => np.linspace(0, 1, 2.5), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
    assert.throws(() => np.linspace(0, 1, 5, { axis: 1 }), { name: "AxisError", message: "destination: axis 1 is out of bounds for array of dimension 1" });
    assert.throws(() => np.linspace(0, 1, 5, { foo: 1 } as never), { name: "TypeError", message: "linspace() got an unexpected keyword argument 'foo'" });
  });
});

describe("complex arange", () => {
  test("length min(ceil(re), ceil(im)) of (stop - start) / step, values part by part, as NumPy", () => {
    assert.equal(np.array_repr(np.arange({ re: 1, im: 1 })), "array([0.+0.j])");
    assert.equal(np.arange(0, { re: 5, im: 5 }, { re: 1, im: 1 }).size, 0);
    assert.deepEqual(np.arange(0, { re: 3, im: 2 }, 1).tolist(), [{ re: 0, im: 0 }, { re: 1, im: 0 }]);
    // A complex64 quotient is not a Python complex: NumPy takes its real part only.
    assert.equal(np.arange(np.array({ re: 1, im: 1 }, { dtype: "complex64" }), { re: 5, im: 3 }).size, 4);
    assert.throws(() => np.arange(0, { re: 1, im: 1 }, { re: 0, im: 0 }), { name: "ZeroDivisionError", message: "complex division by zero" });
    assert.throws(() => np.arange(0, { re: 3, im: 3 }, { re: 1, im: 1 }, { dtype: "float64" }), { name: "TypeError", message: "must be real number, not complex" });
  });
});

describe("complex linspace", () => {
  test("samples complex ranges with NumPy's arithmetic (division by div + 0j multiplies by 1/div)", () => {
    assert.equal(np.array_repr(np.linspace(0, { re: 1, im: 1 }, 3)), "array([0. +0.j , 0.5+0.5j, 1. +1.j ])");
    const [y, step] = np.linspace(0, { re: 1, im: 1 }, 3, { retstep: true });
    assert.equal(y.dtype, "complex128");
    assert.deepEqual(step, { re: 0.5, im: 0.5 });
    assert.equal(
      np.array_repr(np.linspace(np.array({ re: 0.1, im: 0.2 }, { dtype: "complex64" }), { re: 1, im: 1 }, 4)),
      "array([0.1       +0.2j       , 0.4       +0.4666667j ,\n       0.70000005+0.73333335j, 1.        +1.j        ], dtype=complex64)",
    );
    assert.deepEqual(np.linspace([0, { re: 0, im: 1 }], [1, { re: 2, im: 2 }], 3).shape, [3, 2]);
    assert.deepEqual(np.linspace(0, { re: 1, im: 1 }, 3, { dtype: "float32" }).tolist(), [0, 0.5, 1]);
    assert.throws(() => np.linspace(0, { re: 1, im: 1 }, 3, { dtype: "int64" }), { name: "TypeError" });
  });
});

describe("logspace and geomspace", () => {
  test("logspace is base ** linspace", () => {
    const x = list(np.logspace(0, 3, 4));
    assert.deepEqual(x, [1, 10, 100, 1000]);
    // NumPy 2.4: [4.0, 5.656854249492381, 8.0] (C pow; JS Math.pow(2, 2.5) is one ulp below).
    assert.deepEqual(list(np.logspace(2, 3, 3, { base: 2 })), [4, 5.656854249492381, 8]);
  });

  test("geomspace keeps exact endpoints, handles negative ranges, rejects zero", () => {
    assert.deepEqual(list(np.geomspace(1, 1000, 4)), [1, 10, 100, 1000]);
    assert.deepEqual(list(np.geomspace(-1000, -1, 4)), [-1000, -100, -10, -1]);
    const g = list(np.geomspace(3, 7, 5));
    assert.equal(g[0], 3);
    assert.equal(g[4], 7);
    assert.throws(() => np.geomspace(0, 10), { name: "ValueError", message: "Geometric sequence cannot include zero" });
    // A purely imaginary endpoint is not zero.
    assert.equal(
      np.array_repr(np.geomspace({ re: 0, im: 1 }, { re: 0, im: 1000 }, 4)),
      "array([0.   +1.j, 0.  +10.j, 0. +100.j, 0.+1000.j])",
    );
    assert.equal(
      np.array_repr(np.geomspace(1, { re: 0, im: 1 }, 3, { endpoint: false })),
      "array([1.       +0.j       , 0.8660254+0.5j      , 0.5      +0.8660254j])",
    );
    assert.throws(() => np.geomspace({ re: 0, im: 0 }, { re: 0, im: 1 }, 3), { name: "ValueError", message: "Geometric sequence cannot include zero" });
    assert.equal(
      np.array_repr(np.logspace(0, { re: 0, im: 1 }, 3)),
      "array([ 1.        +0.j        ,  0.40730731+0.91329117j,\n       -0.66820151+0.74398034j])",
    );
    assert.equal(np.logspace(0, 2, 3, { base: { re: 0, im: 1 } }).dtype, "complex128");
  });
});

describe("meshgrid, indices, fromfunction", () => {
  test("meshgrid 'xy' and 'ij' against the definition", () => {
    const [X, Y] = np.meshgrid([1, 2, 3], [4, 5]);
    assert.deepEqual(X!.tolist(), [[1, 2, 3], [1, 2, 3]]);
    assert.deepEqual(Y!.tolist(), [[4, 4, 4], [5, 5, 5]]);
    const [I, J] = np.meshgrid([1, 2, 3], [4, 5], { indexing: "ij" });
    assert.deepEqual(I!.shape, [3, 2]);
    assert.deepEqual(J!.tolist(), [[4, 5], [4, 5], [4, 5]]);
    const s = np.meshgrid([1, 2], [3, 4, 5], { sparse: true });
    assert.deepEqual(s.map((a) => a.shape), [[1, 2], [3, 1]]);
    assert.throws(() => np.meshgrid([1], { indexing: "xx" as "xy" }), { name: "ValueError", message: "Valid values for `indexing` are 'xy' and 'ij'." });
  });

  test("indices[k][i, j] == (i, j)[k]", () => {
    const g = np.indices([2, 3]) as NDArray;
    assert.deepEqual(g.shape, [2, 2, 3]);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) {
      assert.equal(g.item(0, i, j), i);
      assert.equal(g.item(1, i, j), j);
    }
    const sp = np.indices([2, 3], { sparse: true }) as NDArray[];
    assert.deepEqual(sp.map((a) => a.shape), [[2, 1], [1, 3]]);
  });

  test("fromfunction calls the function once with float64 index arrays", () => {
    let calls = 0;
    const r = np.fromfunction((i, j) => {
      calls++;
      return [i.dtype, j.tolist()];
    }, [2, 2]);
    assert.equal(calls, 1);
    assert.deepEqual(r, ["float64", [[0, 1], [0, 1]]]);
  });
});

test("arange and linspace take device='cpu' only (NumPy 2.4.6's ValueError)", () => {
  const err = { name: "ValueError", message: 'Device not understood. Only "cpu" is allowed, but received: gpu' };
  assert.throws(() => np.arange(2, { device: "gpu" }), err);
  assert.throws(() => np.linspace(0, 1, 2, { device: "gpu" }), err);
  assert.deepEqual(np.arange(2, { device: "cpu" }).tolist(), [0, 1]);
  assert.deepEqual((np.linspace(0, 1, 2, { device: "cpu" }) as np.NDArray).tolist(), [0, 1]);
});

test("fromfunction passes other options on to the function, as NumPy's **kwargs (one trailing object)", () => {
  // np.fromfunction(lambda i, a: i * a, (3,), a=2) -> array([0., 2., 4.])
  const r = np.fromfunction((i: np.NDArray, kw?: unknown) => i.multiply((kw as { a: number }).a), [3], { a: 2 });
  assert.equal(np.array_repr(r), "array([0., 2., 4.])");
  assert.equal(np.fromfunction((...idx: unknown[]) => idx.length, [2], { dtype: "int64" }), 1);
});
