// np.where / np.select / np.copyto against a naive elementwise reference on random shapes that
// broadcast, and astype(casting="same_value") (NumPy 2.4), which the 1.24 oracle cannot produce.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";

/** A random shape of up to 3 axes and a shape that broadcasts to it (axes dropped or set to 1). */
const shapes = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 3 })
  .chain((shape) =>
    fc.tuple(
      fc.constant(shape),
      fc.array(fc.boolean(), { minLength: shape.length, maxLength: shape.length }),
      fc.integer({ min: 0, max: shape.length }),
    ),
  )
  .map(([shape, ones, drop]) => ({ shape, sub: shape.slice(drop).map((d, i) => (ones[i + drop] ? 1 : d)) }));

/** Index of the broadcast element of an array of shape `sub` for flat C index i of `shape`. */
function source(shape: number[], sub: number[], i: number): number {
  let flat = 0;
  let stride = 1;
  for (let d = shape.length - 1, k = sub.length - 1; d >= 0; d--, k--) {
    const at = i % shape[d]!;
    i = Math.floor(i / shape[d]!);
    if (k < 0) continue;
    flat += (sub[k] === 1 ? 0 : at) * stride;
    stride *= sub[k]!;
  }
  return flat;
}

describe("where", () => {
  test("picks x where the condition holds, y elsewhere, all broadcast", () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: 0, max: 1000 }), ({ shape, sub }, seed) => {
        const n = shape.reduce((a, b) => a * b, 1);
        const m = sub.reduce((a, b) => a * b, 1);
        const cond = Array.from({ length: n }, (_, i) => (i * 7 + seed) % 3 === 0);
        const y = Array.from({ length: m }, (_, i) => i + seed + 0.5);
        const c = np.array(cond).reshape(shape);
        const x = np.arange(n).reshape(shape);
        const r = np.where(c, x, np.array(y).reshape(sub));
        assert.deepEqual(r.shape, shape);
        assert.equal(r.dtype, "float64");
        const got = r.ravel().tolist() as number[];
        for (let i = 0; i < n; i++) assert.equal(got[i], cond[i] ? i : y[source(shape, sub, i)]);
      }),
      { numRuns: 200 },
    );
  });

  test("keeps a weak JS scalar at the array's dtype", () => {
    assert.equal(np.where([true, false], np.array([1, 2], "int8"), 3).dtype, "int8");
    assert.equal(np.where([true, false], np.array([1, 2], "float32"), 0.5).dtype, "float32");
    assert.equal(np.where([true, false], 1, 2.5).dtype, "float64");
  });
});

describe("where kernels (arrays in the WebAssembly heap)", () => {
  const DTYPES = ["bool", "int8", "uint16", "int32", "float32", "int64", "float64", "complex64", "complex128"];
  // 3000 elements: past the 1 KiB slab limit for every dtype, and not a multiple of any lane count.
  const n = 3000;
  const cond = np.array(Array.from({ length: n }, (_, i) => (i * 7919) % 5 < 2));
  const expectAt = (x: unknown[], y: unknown[], i: number, xi: number, yi: number) => (cond.item(i) ? x[xi] : y[yi]);
  for (const dt of DTYPES) {
    test(dt, () => {
      const x = np.arange(2 * n).astype(dt);
      const y = np.arange(2 * n).multiply(3).add(1).astype(dt);
      const xs = x.tolist() as unknown[];
      const ys = y.tolist() as unknown[];
      const layouts: [string, np.NDArray, np.NDArray, (i: number) => [number, number]][] = [
        ["contiguous", x.get(`:${n}`) as np.NDArray, y.get(`:${n}`) as np.NDArray, (i) => [i, i]],
        ["strided", x.get("::2") as np.NDArray, y.get("1::2") as np.NDArray, (i) => [2 * i, 2 * i + 1]],
        ["reversed", x.get(`${n - 1}::-1`) as np.NDArray, y.get(`:${n}`) as np.NDArray, (i) => [n - 1 - i, i]],
        ["scalar y", x.get(`:${n}`) as np.NDArray, y.get(5) as np.NDArray, (i) => [i, 5]],
      ];
      for (const [name, xa, ya, idx] of layouts) {
        const got = np.where(cond, xa, ya).tolist() as unknown[];
        for (let i = 0; i < n; i++) {
          const [xi, yi] = idx(i);
          assert.deepEqual(got[i], expectAt(xs, ys, i, xi, yi), `${dt} ${name} element ${i}`);
        }
      }
      const c0 = np.where(false, x.get(`:${n}`) as np.NDArray, y.get(`:${n}`) as np.NDArray).tolist();
      assert.deepEqual(c0, ys.slice(0, n));
    });
  }
});

describe("select", () => {
  test("the first true condition chooses", () => {
    const x = np.arange(6);
    const r = np.select([x.less(2), x.less(4)], [x.multiply(10), x.multiply(100)], -1);
    assert.deepEqual(r.tolist(), [0, 10, 200, 300, -1, -1]);
  });
});

describe("copyto", () => {
  test("writes through a view and only where the mask holds", () => {
    const a = np.zeros([2, 3]);
    np.copyto(a.get(":", "::2") as np.NDArray, [[1, 2]], { where: [true, false] });
    assert.deepEqual(a.tolist(), [[1, 0, 0], [1, 0, 0]]);
  });
});

describe("astype casting='same_value'", () => {
  test("casts when every value survives", () => {
    assert.deepEqual(np.arange(3).astype("float32", { casting: "same_value" }).tolist(), [0, 1, 2]);
    assert.deepEqual(np.array([2 ** 60]).astype("float64", { casting: "same_value" }).tolist(), [2 ** 60]);
    assert.ok(Number.isNaN(np.array([NaN]).astype("float32", { casting: "same_value" }).item() as number));
  });
  test("raises NumPy's ValueError naming the C types when a value changes", () => {
    const cases: [np.NDArray, string, string][] = [
      [np.array([1.5]), "int32", "could not cast 'same_value' double to int"],
      [np.array([300]), "int8", "could not cast 'same_value' long to byte"],
      [np.array([0.1]), "float32", "could not cast 'same_value' double to float"],
      [np.array([-1]), "uint8", "could not cast 'same_value' long to ubyte"],
      [np.array([{ re: 1, im: 1 }]), "float64", "could not cast 'same_value' cdouble to double: imag is not 0"],
    ];
    for (const [a, dt, message] of cases) {
      assert.throws(() => a.astype(dt, { casting: "same_value" }), (e: Error) => e instanceof np.ValueError && e.message === message);
    }
  });
  test("to bool any value is the same; per element the real value is checked before the imaginary part", () => {
    const c = np.array([{ re: 0, im: 0 }, { re: -1, im: 2 }, { re: 1.5, im: 1 }], { dtype: "complex64" });
    assert.equal(np.array_repr(c.astype("bool", { casting: "same_value" })), "array([False,  True,  True])");
    assert.equal(np.array_repr(np.array([0.5, -2]).astype("bool", { casting: "same_value" })), "array([ True,  True])");
    assert.throws(() => c.astype("uint8", { casting: "same_value" }), { name: "ValueError", message: "could not cast 'same_value' cfloat to ubyte" });
    const imag = np.array([{ re: 1, im: 2 }, { re: 300, im: 0 }], { dtype: "complex64" });
    assert.throws(() => imag.astype("uint8", { casting: "same_value" }), { message: "could not cast 'same_value' cfloat to ubyte: imag is not 0" });
  });
  test("other functions do not know 'same_value'", () => {
    assert.throws(() => np.add(1, 2, { casting: "same_value" as "unsafe" }), /casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' \(got 'same_value'\)/);
  });
});

test("np.where's x and y are positional-only; copyto's where must be a bool array", () => {
  assert.throws(() => (np.where as (...a: unknown[]) => unknown)(np.array([true, false]), { x: 1, y: 2 }), {
    name: "TypeError",
    message: "where() got some positional-only arguments passed as keyword arguments: 'x, y'",
  });
  const a = np.zeros(3);
  assert.throws(() => np.copyto(a, np.array([1.5, 2, 3]), { where: np.array([1, 0, 1]) }), {
    name: "TypeError",
    message: "Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'",
  });
  np.copyto(a, np.array([1.5, 2, 3]), { where: [true, false, true] });
  assert.equal(String(a), "[1.5 0.  3. ]");
});

test("select broadcasts the conditions, then the choices with the default, as NumPy (broadcast_arrays' errors)", () => {
  assert.throws(() => np.select([np.ones(3, "bool"), np.ones(2, "bool")], [1, 2]), {
    name: "ValueError",
    message: "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (3,) and arg 1 with shape (2,).",
  });
  assert.throws(() => np.select([np.ones(3, "bool")], [np.zeros(4)], { default: np.zeros(5) }), {
    name: "ValueError",
    message: "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (4,) and arg 1 with shape (5,).",
  });
  assert.throws(() => np.select([np.ones(3, "bool")], [np.zeros(4)]), {
    name: "ValueError",
    message: "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (3,) and arg 1 with shape (4,).",
  });
  // Shapes are checked before the conditions' dtype.
  assert.throws(() => np.select([np.ones(3), np.ones(2, "bool")], [1, 2]), { name: "ValueError", message: /shape mismatch/ });
  assert.deepEqual(np.select([np.array([[true], [false]])], [np.arange(3)]).tolist(), [[0, 1, 2], [0, 0, 0]]);
});

test("where/select take a Python int beyond uint64 as the result dtype converts it (NumPy's object array)", () => {
  const cond = np.array([true, false]);
  assert.equal(np.array_repr(np.where(cond, np.zeros(2, { dtype: "float32" }), 2n ** 64n)), "array([0.0000000e+00, 1.8446744e+19], dtype=float32)");
  assert.equal(np.array_repr(np.select([cond], [np.zeros(2)], 2n ** 64n)), "array([0.00000000e+00, 1.84467441e+19])");
  assert.throws(() => np.where(cond, np.zeros(2, { dtype: "int8" }), 2n ** 64n), { name: "OverflowError", message: "Python int too large to convert to C long" });
  // Within uint64 it is a uint64 array, cast unsafely as NumPy does.
  assert.equal(np.array_repr(np.where(cond, np.zeros(2, { dtype: "int64" }), 2n ** 63n)), "array([                   0, -9223372036854775808])");
});

test("copyto with where= warns only for the elements it casts (NumPy 2.4.6)", async () => {
  const { withWarnings } = await import("../helpers/warnings.js");
  // np.copyto(o, np.array([nan, 1.5]), casting='unsafe', where=[False, True]): no warning
  const o = np.zeros(2, { dtype: "int64" });
  const [, quiet] = await withWarnings(() => np.copyto(o, np.array([NaN, 1.5]), { casting: "unsafe", where: [false, true] }));
  assert.deepEqual(quiet, []);
  assert.deepEqual(o.tolist(), [0, 1]);
  // ... where=[[False, True], [True, True]] into shape (2, 2): the NaN is cast once, and warns
  const p = np.zeros([2, 2], { dtype: "int64" });
  const [, seen] = await withWarnings(() => np.copyto(p, np.array([NaN, 1.5]), { casting: "unsafe", where: [[false, true], [true, true]] }));
  assert.deepEqual(seen, ["RuntimeWarning: invalid value encountered in cast"]);
  assert.equal(String(p), "[[                   0                    1]\n [-9223372036854775808                    1]]");
});

test("select takes ndarrays as condlist/choicelist (their rows, as Python iterates them; NumPy 2.4's output)", () => {
  assert.equal(np.array_repr(np.select(np.array([[true, false], [false, true]]), np.array([[1, 2], [3, 4]]))), "array([1, 4])");
  assert.equal(np.array_repr(np.select([np.array([true, false]), np.array([false, true])], np.array([[1, 2], [3, 4]]), -1)), "array([1, 4])");
  assert.throws(() => np.select(np.array(true), [1]), { name: "TypeError", message: "iteration over a 0-d array" });
});

test("where rejects options and extra arguments after x and y, as Python's where() (NumPy 2.4's messages)", () => {
  assert.throws(() => (np.where as (...a: unknown[]) => unknown)([true], 1, 2, { foo: 1 }), { name: "TypeError", message: "where() got an unexpected keyword argument 'foo'" });
  assert.throws(() => (np.where as (...a: unknown[]) => unknown)([true], 1, { y: 2 }), {
    name: "TypeError",
    message: "where() got some positional-only arguments passed as keyword arguments: 'y'",
  });
  assert.throws(() => (np.where as (...a: unknown[]) => unknown)([true], 1, 2, 3), { name: "TypeError", message: "where() takes from 1 to 3 positional arguments but 4 were given" });
  assert.equal(np.array_repr((np.where as (...a: unknown[]) => np.NDArray)([true, false], 1, 2, {})), "array([1, 2])");
});

test("select copies a JS-scalar choice as NumPy's int64/float64 array under same_kind (an int into an unsigned result is refused)", () => {
  const x = np.arange(3);
  const msg = (to: string) => ({ name: "TypeError", message: `Cannot cast array data from dtype('int64') to dtype('${to}') according to the rule 'same_kind'` });
  assert.throws(() => np.select([x.greater(1), x.greater(0)], [x.astype("uint8"), 5]), msg("uint8"));
  assert.throws(() => np.select([x.greater(1), x.greater(0)], [x.astype("uint64"), 5]), msg("uint64"));
  // the default is filled in unsafely, and signed/float results take the scalar
  assert.equal(np.array_repr(np.select([x.greater(1)], [x.astype("uint8")], { default: -1 })), "array([255, 255,   2], dtype=uint8)");
  assert.equal(np.array_repr(np.select([x.greater(1), x.greater(0)], [x.astype("int8"), 300])), "array([ 0, 44,  2], dtype=int8)");
  assert.equal(np.array_repr(np.select([x.greater(1), x.greater(0)], [x.astype("float32"), 2])), "array([0., 2., 2.], dtype=float32)");
});
