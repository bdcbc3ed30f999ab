// np.fft's bindings and NumPy 2 semantics: positional and keyword arguments, dtypes, out=, the
// arguments NumPy 2 accepts but ignores, DeprecationWarnings, errors, printing (expected values
// printed by NumPy 2.4.6). Values over many lengths are in the golden family test/golden/families/fft.py.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { withWarnings } from "../helpers/warnings.js";

type Cx = { re: number; im: number };
const cx = (re: number, im = 0): Cx => ({ re, im });

function close(got: unknown, want: unknown, where = "", tol = 1e-12): void {
  if (Array.isArray(want)) {
    assert.ok(Array.isArray(got) && got.length === want.length, `${where}: length`);
    want.forEach((w, i) => close((got as unknown[])[i], w, `${where}[${i}]`, tol));
  } else if (typeof want === "object" && want !== null) {
    close((got as Cx).re, (want as Cx).re, `${where}.re`, tol);
    close((got as Cx).im, (want as Cx).im, `${where}.im`, tol);
  } else {
    const g = got as number, w = want as number;
    assert.ok(Math.abs(g - w) <= tol * Math.max(1, Math.abs(w)), `${where}: ${g} != ${w}`);
  }
}

test("fft, ifft: positional n/axis/norm and the options object name the same parameters", () => {
  const x = [1, 2, 3, 4];
  close(np.fft.fft(x).tolist(), [cx(10), cx(-2, 2), cx(-2), cx(-2, -2)]);
  close(np.fft.fft(x, null, -1, "forward").tolist(), [cx(2.5), cx(-0.5, 0.5), cx(-0.5), cx(-0.5, -0.5)]);
  close(np.fft.fft(x, { norm: "ortho" }).tolist(), [cx(5), cx(-1, 1), cx(-1), cx(-1, -1)]);
  close(np.fft.fft(x, 2).tolist(), [cx(3), cx(-1)]);
  close(np.fft.fft(x, { n: 6 }).tolist(), np.fft.fft([1, 2, 3, 4, 0, 0]).tolist());
  close(np.fft.ifft(np.fft.fft(x)).tolist(), x.map((v) => cx(v)));
  const a = np.arange(12, { dtype: "float64" }).reshape(3, 4);
  const s3 = 3.4641016151377544;
  close(np.fft.fft(a, { axis: 0 }).tolist(), [[cx(12), cx(15), cx(18), cx(21)], Array(4).fill(cx(-6, s3)), Array(4).fill(cx(-6, -s3))]);
  assert.equal(
    np.array_repr(np.fft.fft(a, null, 0)),
    "array([[12.+0.j        , 15.+0.j        , 18.+0.j        ,\n        21.+0.j        ],\n       [-6.+3.46410162j, -6.+3.46410162j, -6.+3.46410162j,\n        -6.+3.46410162j],\n       [-6.-3.46410162j, -6.-3.46410162j, -6.-3.46410162j,\n        -6.-3.46410162j]])",
  );
  assert.throws(() => np.fft.fft(x, { nn: 3 } as never), { name: "TypeError", message: "fft() got an unexpected keyword argument 'nn'" });
  assert.throws(() => np.fft.fft(x, 4, { n: 4 } as never), { name: "TypeError", message: "fft() got multiple values for argument 'n'" });
});

test("dtypes: NumPy 2 keeps single precision; integers and bools compute in double", () => {
  const f32 = np.array([1, 2, 3, 4], "float32");
  assert.equal(np.fft.fft(f32).dtype, "complex64");
  assert.equal(np.fft.rfft(f32).dtype, "complex64");
  assert.equal(np.fft.irfft(np.fft.rfft(f32)).dtype, "float32");
  assert.equal(np.fft.hfft(np.array([1, 2, 3], "complex64")).dtype, "float32");
  assert.equal(np.fft.ihfft(f32).dtype, "complex64");
  assert.equal(np.fft.fftn(np.ones([2, 2], "complex64")).dtype, "complex64");
  for (const dt of ["int8", "uint16", "int64", "bool"] as const) {
    assert.equal(np.fft.fft(np.ones(4, dt)).dtype, "complex128", dt);
    assert.equal(np.fft.irfft(np.ones(3, dt)).dtype, "float64", dt);
  }
  close(np.fft.fft(np.array([true, false, true, false])).tolist(), [cx(2), cx(0), cx(2), cx(0)]);
  // 1/sqrt(3) in float32, as NumPy's reciprocal(sqrt(n, dtype=float32))
  assert.equal(String(np.fft.fft(np.ones(3, "float32"), { norm: "ortho" })), "[1.7320508+0.j 0.       +0.j 0.       +0.j]");
});

test("out=: written and returned, in place, cast to a complex64 out, input broadcast to out", () => {
  const x = np.array([[1, 2, 3, 4], [0, 1, 0, 1]], "float64");
  const out = np.empty([2, 4], "complex128");
  assert.equal(np.fft.fft(x, { out }), out);
  close(out.tolist(), np.fft.fft(x).tolist());
  const o64 = np.empty([2, 4], "complex64");
  assert.equal(np.fft.fft(x, { out: o64 }).dtype, "complex64");
  const y = np.fft.fft(x); // complex128
  assert.equal(np.fft.ifft(y, { out: y }), y);
  close(y.tolist(), (x.tolist() as number[][]).map((r) => r.map((v) => cx(v))));
  const b = np.empty([3, 4], "complex128");
  np.fft.fft(np.array([[1, 0, 0, 0]], "float64"), { out: b });
  close(b.tolist(), Array(3).fill(Array(4).fill(cx(1))));
  const r = np.zeros([2, 6], "float64");
  assert.equal(np.fft.irfft(np.fft.rfft(np.arange(12, { dtype: "float64" }).reshape(2, 6)), { out: r }), r);
  close(r.tolist(), [[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11]]);
  // fftn uses out for every axis
  const o2 = np.empty([2, 4], "complex128");
  assert.equal(np.fft.fftn(x, { out: o2 }), o2);
  close(o2.tolist(), np.fft.fftn(x).tolist());
  // a view of itself as out (overlapping, not identical): the input is copied first
  const z = np.fft.fft(np.arange(8, { dtype: "float64" }));
  const want = np.fft.fft(z.get("::-1")).tolist();
  np.fft.fft(z.get("::-1"), { out: z });
  close(z.tolist(), want);
});

test("out=: NumPy 2's errors", () => {
  const x = np.ones([2, 4]);
  assert.throws(() => np.fft.fft(x, { out: np.empty([2, 5], "complex128") }), { name: "ValueError", message: "output array has wrong shape." });
  assert.throws(() => np.fft.fft(x, { out: [1, 2] as never }), { name: "TypeError", message: "return arrays must be of ArrayType" });
  assert.throws(() => np.fft.fft(x, { out: np.empty([2, 4]) }), {
    name: "UFuncTypeError",
    message: "Cannot cast ufunc 'fft' output from dtype('complex128') to dtype('float64') with casting rule 'same_kind'",
  });
  assert.throws(() => np.fft.rfft(np.ones(5, "float32"), { out: np.empty(3, "float32") }), {
    message: "Cannot cast ufunc 'rfft_n_odd' output from dtype('complex64') to dtype('float32') with casting rule 'same_kind'",
  });
  assert.throws(() => np.fft.fft(np.ones([2, 3, 8]), { axis: 1, out: np.empty([5, 3, 8], "complex128") }), {
    name: "ValueError",
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (2,3,8)->(2,8,newaxis) ()->() (5,3,8)->(5,8,3)  and requested shape (3)",
  });
  assert.throws(() => np.fft.fft(np.ones([2, 3, 8]), { axis: 1, out: np.empty([2, 3, 1], "complex128") }), {
    name: "ValueError",
    message: "non-broadcastable output operand with shape (2,3,1) [remapped to (3,1,2)] doesn't match the broadcast shape (2,8,3)",
  });
  assert.throws(() => np.fft.fft(np.ones([1, 2, 8]), { out: np.empty([3, 1, 8], "complex128") }), {
    message: "non-broadcastable output operand with shape (3,1,8) [remapped to (8,1,3)] doesn't match the broadcast shape (3,2,8)",
  });
  const ro = np.broadcast_to(np.empty(4, "complex128"), [2, 4]);
  assert.throws(() => np.fft.fft(x, { out: ro }), { name: "ValueError", message: "output array is read-only" });
  // NumPy's order: shape, read-only, input types, output cast
  assert.throws(() => np.fft.fft(x, { out: np.broadcast_to(np.empty(4), [2, 4]) }), { message: "output array is read-only" });
  assert.throws(() => np.fft.rfft(np.ones(8, "complex128"), { out: np.empty(5) }), { message: /^ufunc 'rfft_n_even' not supported/ });
  assert.throws(() => np.fft.rfft(np.ones(8, "complex128"), { out: np.empty(4, "complex128") }), { message: "output array has wrong shape." });
  assert.throws(() => np.fft.fft(x, { out: np.empty([3, 4]) }), { name: "UFuncTypeError" });
});

test("hfft, ifft2 and irfft2 accept out but do not use it, as NumPy 2", () => {
  const o = np.zeros([2, 2], "complex128");
  const r = np.fft.ifft2(np.ones([2, 2], "complex128"), { out: o });
  assert.notEqual(r, o);
  close(o.tolist(), [[cx(0), cx(0)], [cx(0), cx(0)]]);
  close(r.tolist(), [[cx(1), cx(0)], [cx(0), cx(0)]]);
  const ro = np.zeros([2, 2]);
  assert.notEqual(np.fft.irfft2(np.ones([2, 2], "complex128"), { out: ro }), ro);
  const h = np.zeros(4);
  assert.notEqual(np.fft.hfft([1, 2, 3], { out: h }), h);
  assert.equal(np.fft.ihfft([1, 2, 3, 4], { out: np.zeros(3, "complex128") }).shape[0], 3);
});

test("hfft and ihfft: Hermitian transforms with the norm swapped", () => {
  close(np.fft.hfft([1, 2, 3]).tolist(), [8, -2, 0, -2]);
  close(np.fft.hfft([1, 2, 3], { norm: "forward" }).tolist(), [2, -0.5, 0, -0.5]);
  close(np.fft.ihfft([1, 2, 3, 4]).tolist(), [cx(2.5), cx(-0.5, -0.5), cx(-0.5)]);
  close(np.fft.ihfft([1, 2, 3, 4], { norm: "backward" }).tolist(), [cx(2.5), cx(-0.5, -0.5), cx(-0.5)]);
  close(np.fft.ihfft([1, 2, 3, 4], { norm: "forward" }).tolist(), [cx(10), cx(-2, -2), cx(-2)]);
  const sig = np.array([1, 5, -2, 7, 3], "float64");
  close(np.fft.hfft(np.fft.ihfft(sig), 5).tolist(), sig.tolist());
});

test("N-D: axes, s (cropping, padding, -1), repeated axes, no axes", () => {
  const a = np.arange(24, { dtype: "float64" }).reshape(2, 3, 4);
  assert.deepEqual(np.fft.rfftn(a, [2, 3], [0, 2]).shape, [2, 3, 2]);
  assert.deepEqual(np.fft.irfftn(np.ones([2, 3, 4]), { s: [5, 6], axes: [1, 2] }).shape, [2, 5, 6]);
  assert.deepEqual(np.fft.fftn(a, { s: [-1, 7], axes: [1, 2] }).shape, [2, 3, 7]);
  close(np.fft.fftn(a, { axes: [2, 2] }).tolist(), np.fft.fft(np.fft.fft(a)).tolist(), "repeated", 1e-11);
  close(np.fft.fft2(a).tolist(), np.fft.fftn(a, { axes: [1, 2] }).tolist());
  close(np.fft.ifftn(np.fft.fftn(a)).real.tolist(), a.tolist(), "round trip", 1e-11);
  close(np.fft.irfft2(np.fft.rfft2(a), a.shape.slice(1) as number[]).tolist(), a.tolist(), "real round trip", 1e-11);
  const sc = np.array(3.5);
  assert.equal(np.fft.fftn(sc), sc); // no axes: the input itself
  assert.equal(np.fft.fftn(a, { axes: [] }), a);
  assert.throws(() => np.fft.fftn(a, [2, 3], [0]), { name: "ValueError", message: "Shape and axes have different lengths." });
  assert.throws(() => np.fft.fftn(a, { axes: [0, 3] }), { name: "IndexError", message: "index 3 is out of bounds for axis 0 with size 3" });
  assert.throws(() => np.fft.fft2(np.ones(3)), { name: "IndexError", message: "index -2 is out of bounds for axis 0 with size 1" });
  assert.throws(() => np.fft.rfftn(np.ones(3), { axes: [] }), { name: "IndexError", message: "list index out of range" });
  assert.throws(() => np.fft.fftn(a, { axes: 1 as never }), { name: "TypeError", message: "'numpy.int64' object is not iterable" });
  assert.throws(() => np.fft.fftn(a, { s: 4 as never, axes: [1] }), { name: "TypeError", message: "'int' object is not iterable" });
});

test("N-D: NumPy 2.0's DeprecationWarnings for s without axes and None in s", async () => {
  const a = np.ones([2, 3]);
  const [r, seen] = await withWarnings(() => np.fft.fftn(a, [2, 3]));
  assert.deepEqual(r.shape, [2, 3]);
  assert.ok(seen.some((w) => w.startsWith("DeprecationWarning: `axes` should not be `None` if `s` is not `None` (Deprecated in NumPy 2.0).")), String(seen));
  const [r2, seen2] = await withWarnings(() => np.fft.fftn(a, [null, 5], [0, 1]));
  assert.deepEqual(r2.shape, [2, 5]);
  assert.ok(seen2.some((w) => w.startsWith("DeprecationWarning: Passing an array containing `None` values to `s` is deprecated in NumPy 2.0")), String(seen2));
});

test("errors: n, norm, axis, complex rfft input, as NumPy 2 words them", () => {
  const x = np.arange(8, { dtype: "float64" });
  assert.throws(() => np.fft.fft(x, 0), { name: "ValueError", message: "Invalid number of FFT data points (0) specified." });
  assert.throws(() => np.fft.fft(x, 0.5), { name: "ValueError", message: "Invalid number of FFT data points (0.5) specified." });
  assert.throws(() => np.fft.fft(x, 4.5), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
  assert.throws(() => np.fft.irfft([1]), { name: "ValueError", message: "Invalid number of FFT data points (0) specified." });
  assert.throws(() => np.fft.fft(x, { norm: "bad" as never }), { name: "ValueError", message: 'Invalid norm value bad; should be "backward","ortho" or "forward".' });
  assert.throws(() => np.fft.ifft(x, { norm: "bad" as never }), { name: "ValueError", message: 'Invalid norm value bad; should be "backward", "ortho" or "forward".' });
  assert.throws(() => np.fft.fft(x, { axis: 1 }), { name: "IndexError", message: "tuple index out of range" });
  assert.throws(() => np.fft.fft(x, 4, 1), { name: "AxisError", message: "axis 1 is out of bounds for array of dimension 1" });
  assert.throws(() => np.fft.rfft(np.ones(4, "complex128")), {
    name: "TypeError",
    message: "ufunc 'rfft_n_even' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
  });
});

test("empty and strided inputs", () => {
  assert.deepEqual(np.fft.fft(np.zeros([0, 4])).shape, [0, 4]);
  close(np.fft.fft(np.zeros([2, 0]), 3).tolist(), [[cx(0), cx(0), cx(0)], [cx(0), cx(0), cx(0)]]);
  const a = np.arange(40, { dtype: "float64" }).reshape(5, 8);
  const v = a.get("::2", "::-3") as np.NDArray;
  close(np.fft.fft(v).tolist(), np.fft.fft(v.copy()).tolist());
  close(np.fft.rfft(a.T, { axis: 0 }).tolist(), np.fft.rfft(a.T.copy(), { axis: 0 }).tolist());
  close(np.fft.ifft(a, 5, 0).tolist(), np.fft.ifft(a.copy(), 5, 0).tolist());
});

test("floating-point errors: overflow and invalid values reported after the transform, under np.errstate", async () => {
  const big = np.array([1e308, 1e308, 0, 0], "float64");
  assert.throws(() => np.errstate({ over: "raise" }, () => np.fft.fft(big)), { name: "FloatingPointError", message: "overflow encountered in fft" });
  const [r, seen] = await withWarnings(() => np.fft.rfft(big));
  assert.equal(String(r), "[    inf+0.e+000j 1.e+308-1.e+308j 0.e+000+0.e+000j]"); // NumPy 2.4.6
  assert.deepEqual(seen, ["RuntimeWarning: overflow encountered in rfft_n_even"]);
  const flags = (f: () => unknown): string[] => {
    const got: string[] = [];
    np.errstate({ all: "call", call: (what: string) => void got.push(what) }, f);
    return got;
  };
  const withInf = [1, Infinity, ...Array<number>(14).fill(0.5)];
  assert.deepEqual(flags(() => np.fft.ifft(withInf)), ["invalid value"]); // inf - inf inside
  assert.deepEqual(flags(() => np.fft.fft([1e308, 1e308, 1e308, -1e308, 1e308, 1e308, 1e308, -1e308])), ["overflow", "invalid value"]);
  assert.deepEqual(flags(() => np.fft.irfft([1e308, 1e308, 0])), ["overflow"]);
  assert.deepEqual(flags(() => np.fft.fft([1, Infinity, 0, 0])), []); // infinities, no inf - inf
  assert.deepEqual(flags(() => np.fft.fft([NaN, Infinity, 0, 0])), []); // nan only propagates
});
