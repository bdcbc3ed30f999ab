// iscomplex / isreal / iscomplexobj / isrealobj / isposinf / isneginf / real_if_close / sinc:
// results, the out= option, NumPy 2 dtypes (float32 sinc; checked with NumPy 2.4.6) and errors.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const c = (re: number, im: number) => ({ re, im });

describe("iscomplex, isreal, iscomplexobj, isrealobj", () => {
  test("elementwise on the imaginary part", () => {
    assert.deepEqual((np.iscomplex([c(1, 1), 1, c(1, 0)]) as np.NDArray).tolist(), [true, false, false]);
    assert.deepEqual((np.isreal([c(1, 1), 1, c(1, 0)]) as np.NDArray).tolist(), [false, true, true]);
    assert.deepEqual((np.iscomplex(np.zeros([2, 2])) as np.NDArray).tolist(), [[false, false], [false, false]]);
  });
  test("0-d input gives a JS boolean", () => {
    assert.equal(np.iscomplex(3), false);
    assert.equal(np.iscomplex(c(0, 1)), true);
    assert.equal(np.isreal(3), true);
    assert.equal(np.isreal(c(2, 0)), true);
  });
  test("the *obj forms look at the dtype only", () => {
    assert.equal(np.iscomplexobj([c(3, 0)]), true);
    assert.equal(np.iscomplexobj(np.zeros(2, "complex64")), true);
    assert.equal(np.iscomplexobj([1.5]), false);
    assert.equal(np.isrealobj([1.5]), true);
    assert.equal(np.isrealobj(c(1, 0)), false);
  });
});

describe("isposinf and isneginf", () => {
  const x = np.array([-Infinity, 0, Infinity, NaN, -0]);
  test("values, dtypes and scalars", () => {
    assert.deepEqual((np.isposinf(x) as np.NDArray).tolist(), [false, false, true, false, false]);
    assert.deepEqual((np.isneginf(x.astype("float32")) as np.NDArray).tolist(), [true, false, false, false, false]);
    assert.deepEqual((np.isneginf([1, -2]) as np.NDArray).tolist(), [false, false]);
    assert.equal(np.isposinf(Infinity), true);
    assert.equal(np.isneginf(-Infinity), true);
  });
  test("out= positionally or by name, returned", () => {
    const o = np.zeros(5, "bool");
    assert.equal(np.isposinf(x, o), o);
    assert.deepEqual(o.tolist(), [false, false, true, false, false]);
    const o2 = np.ones(5, "bool");
    np.isneginf(x, { out: o2 });
    assert.deepEqual(o2.tolist(), [true, false, false, false, false]);
  });
  test("complex input and unknown options are TypeErrors", () => {
    assert.throws(() => np.isposinf([c(1, 1)]), { name: "TypeError", message: "This operation is not supported for complex128 values because it would be ambiguous." });
    assert.throws(() => np.isneginf(np.zeros(1, "complex64")), { name: "TypeError", message: "This operation is not supported for complex64 values because it would be ambiguous." });
    assert.throws(() => np.isposinf(x, { where: true } as never), { name: "TypeError", message: "isposinf() got an unexpected keyword argument 'where'" });
  });
});

describe("real_if_close", () => {
  test("tolerance in machine epsilons of the dtype (above 1) or absolute", () => {
    const a = np.array([c(2.1, 4e-14), c(5.2, 3e-15)]);
    assert.equal(np.real_if_close(a).dtype, "complex128");
    const r = np.real_if_close(a, 1000);
    assert.deepEqual([r.dtype, r.tolist()], ["float64", [2.1, 5.2]]);
    assert.equal(np.real_if_close(a, { tol: 1e-13 }).dtype, "float64");
    const f = np.real_if_close(np.array([c(1, 1e-5)], "complex64"));
    assert.deepEqual([f.dtype, f.tolist()], ["float32", [1]]);
  });
  test("non-complex input is returned as is", () => {
    const a = np.arange(3);
    assert.equal(np.real_if_close(a), a);
  });
});

describe("sinc", () => {
  test("float64, 1 at 0", () => {
    const r = np.sinc([0, 0.5, 1, -1.5]) as np.NDArray;
    const want = [1, Math.sin(Math.PI / 2) / (Math.PI / 2), Math.sin(Math.PI) / Math.PI, Math.sin(-1.5 * Math.PI) / (-1.5 * Math.PI)];
    (r.tolist() as number[]).forEach((v, i) => assert.ok(Math.abs(v - want[i]!) <= 1e-15, `${v} vs ${want[i]}`));
    assert.equal(np.sinc(0), 1);
  });
  test("float32 stays float32 and complex64 complex64 (NumPy 2)", () => {
    const r = np.sinc(np.array([0, 0.25, 1.5], "float32")) as np.NDArray;
    assert.equal(r.dtype, "float32");
    // NumPy 2.4.6: array([ 1.        ,  0.9003163 , -0.21220659], dtype=float32); float32 sin is
    // accurate to a few float32 ulps (2^-23 relative), as NumPy's SIMD float32 sin.
    const want = [1, 0.9003162980079651, -0.21220658719539642];
    (r.tolist() as number[]).forEach((v, i) => assert.ok(Math.abs(v - want[i]!) <= 4 * 2 ** -23 * Math.abs(want[i]!), `${v} vs ${want[i]}`));
    assert.equal((np.sinc(np.array([c(0.5, 0)], "complex64")) as np.NDArray).dtype, "complex64");
  });
});
