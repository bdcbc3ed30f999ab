// The ufunc fast path (src/ufunc/fast.ts) with an `out` array: filled in place and returned when it
// is exactly the result's dtype, shape and layout; any other out (overlapping an input, another
// dtype, strided) takes the general path with NumPy's result or error.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

for (const n of [5, 2000]) {
  test(`out= of the result's dtype and shape is filled and returned (${n} elements)`, () => {
    const a = np.arange(n).astype("float64");
    const c = np.empty(n);
    assert.equal(np.multiply(a, 2, c), c);
    assert.equal(np.multiply(a, 2, { out: c }), c);
    assert.equal(np.multiply(a, 2, { out: [c] }), c);
    assert.equal(c.get(n - 1), 2 * (n - 1));
    assert.equal(np.add(a, a, { out: a }), a); // exactly the input: read before written
    assert.equal(a.get(n - 1), 2 * (n - 1));
    const m = np.empty(n, { dtype: "bool" });
    assert.equal(np.less(a, 4, { out: m }), m);
    assert.equal(np.sum(m), 2);
  });

  test(`out= overlapping an input by a shift gives NumPy's result (${n} elements)`, () => {
    const x = np.arange(n).astype("float64");
    np.add(x.get(":-1"), 1, { out: x.get("1:") });
    // NumPy buffers the overlap: x[1:] = x[:-1] + 1 computed from the old values.
    assert.deepEqual(x.tolist(), Array.from({ length: n }, (_, i) => i));
  });
}

test("out= of another dtype is cast under same_kind, or NumPy's error", () => {
  const a = np.arange(10).astype("float64");
  assert.throws(() => np.add(a, 1, { out: np.empty(10, { dtype: "int32" }) }), (e: Error) => e.name === "UFuncTypeError" && /same_kind/.test(e.message));
  const f32 = np.empty(10, { dtype: "float32" });
  assert.equal(np.add(a, 1, { out: f32 }), f32);
  assert.equal(f32.get(9), 10);
});

test("a 0-d out is returned as the array, not a scalar", () => {
  const o = np.empty([]);
  assert.equal(np.add(np.array(3, { dtype: "float64" }), 1, { out: o }), o);
  assert.equal(String(o), "4.0");
});

test("x ** 2 is x * x to the bit, for floats and wrapping integers, small and heap-sized", () => {
  const vals = [0, -0, 1.5, -2.5, 1e200, 1e-200, NaN, Infinity, -Infinity, 1.3407807929942596e154, 3.3];
  for (const n of [11, 3000]) {
    for (const dt of ["float64", "float32", "int8", "int64", "uint16"]) {
      const v = Array.from({ length: n }, (_, i) => vals[i % vals.length]!).map((x) => (dt.startsWith("float") ? x : Number.isFinite(x) ? Math.trunc(x % 300) : 7));
      const a = (np.array(v, { dtype: "float64" }) as np.NDArray).astype(dt);
      const p = np.errstate({ all: "ignore" }, () => np.power(a, 2)) as np.NDArray;
      const m = np.errstate({ all: "ignore" }, () => np.multiply(a, a)) as np.NDArray;
      assert.equal(p.dtype, dt);
      assert.deepEqual(p.tolist(), m.tolist());
    }
  }
  const big = np.full(3000, 1e200);
  assert.throws(() => np.errstate({ over: "raise" }, () => np.power(big, 2)), (e: Error) => e.name === "FloatingPointError" && /overflow encountered in power/.test(e.message));
});

test("power with a scalar exponent 0.5 is sqrt, as NumPy 2's float loop; float_power is not", () => {
  for (const n of [4, 3000]) {
    const x = np.full(n, -0.0);
    x.set(1, -Infinity);
    np.errstate({ all: "ignore" }, () => {
      const head = (a: unknown) => np.array_repr((a as np.NDArray).get(":3"));
      assert.equal(head(np.power(x, 0.5)), "array([-0., nan, -0.])", `n=${n}`);
      assert.equal(head(np.power(x.astype("float32"), 0.5)), "array([-0., nan, -0.], dtype=float32)");
      // A strided base takes the general loop, with the same rule.
      assert.equal(np.array_repr((np.power(x.get("1::2"), 0.5) as np.NDArray).get(":2")), "array([nan, -0.])");
      assert.equal(head(np.float_power(x, 0.5)), "array([ 0., inf,  0.])");
      // An array of exponents is the power function: (-0) ** 0.5 is 0.
      assert.equal(head(np.power(x, np.full(n, 0.5))), "array([ 0., inf,  0.])");
    });
  }
});
