// ufunc.reduce and the reductions built on it, checked against NumPy 2.4's behaviour (expected
// values from NumPy 2.4.6's conformance probes).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { NDArray } from "../../src/core/ndarray.js";

test("a repeated reduction axis is NumPy's \"duplicate value in 'axis'\"", () => {
  const a = np.arange(6).reshape(2, 3);
  const dup = { name: "ValueError", message: "duplicate value in 'axis'" };
  assert.throws(() => np.sum(a, { axis: [0, 0] }), dup);
  assert.throws(() => np.add.reduce(a, [0, -2]), dup);
  assert.throws(() => np.mean(a, { axis: [1, 1] }), dup);
  assert.throws(() => np.max(a, { axis: [0, 0] }), dup);
});

test("bitwise_and.reduce of unsigned ints starts from all ones (the identity -1 cast unsafely)", () => {
  assert.equal(np.bitwise_and.reduce(np.array([7, 3], { dtype: "uint8" })), 3);
  assert.equal(np.bitwise_and.reduce(np.array([], { dtype: "uint8" })), 255);
  assert.equal(np.bitwise_and.reduce(np.array([], { dtype: "uint64" })), 2n ** 64n - 1n);
  assert.equal(np.bitwise_and.reduce(np.array([6], { dtype: "uint16" }), { where: np.array([false]) }), 65535);
  // An explicit initial is still range-checked, as in NumPy.
  assert.throws(() => np.bitwise_and.reduce(np.array([7], { dtype: "uint8" }), { initial: -1 }), {
    name: "OverflowError",
    message: "Python integer -1 out of bounds for uint8",
  });
});

test("a reduction's out must have the result's shape (NumPy's messages)", () => {
  assert.throws(() => np.sum(np.ones([2, 2]), { axis: 0, out: np.zeros(3) }), {
    name: "ValueError",
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (3,)->(3) (2,2) ",
  });
  assert.throws(() => np.sum(np.ones([2, 3, 4]), { axis: 1, out: np.zeros([2, 5]) }), {
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (2,5)->(2,newaxis,5) (2,3,4) ",
  });
  assert.throws(() => np.sum(np.ones([2, 3]), { axis: 0, out: np.zeros([1, 3]) }), {
    message: "output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1",
  });
  assert.throws(() => np.add.reduce(np.ones([2, 3]), { axis: 0, keepdims: true, out: np.zeros([3]) }), {
    message:
      "output parameter for reduction operation add has the wrong number of dimensions: Found 1 but expected 2 (must match the operand's when keepdims=True)",
  });
  const o = np.zeros([1, 3]);
  assert.equal(np.sum(np.ones([2, 3]), { axis: 0, keepdims: true, out: o }), o);
  assert.equal(String(o), "[[2. 2. 2.]]");
});

test("a whole-array reduction into out returns out itself, as NumPy does", () => {
  const o = np.zeros([], { dtype: "int8" });
  assert.equal(np.sum(np.ones([2, 3]), { out: o }), o);
  assert.equal(o.item(), 6);
  const m = np.zeros([]);
  assert.equal(np.mean(np.array([1, 2]), { out: m }), m);
  assert.equal(m.item(), 1.5);
});

test("accumulate and reduce argument errors as NumPy words them", () => {
  assert.throws(() => np.add.accumulate(np.ones([2, 3]), { axis: null }), { name: "ValueError", message: "accumulate does not allow multiple axes" });
  assert.equal(String(np.add.accumulate(np.ones(3), { axis: null })), "[1. 2. 3.]");
  assert.throws(() => np.divmod.reduce(np.ones(3)), { name: "ValueError", message: "reduce only supported for functions returning a single value" });
  assert.throws(() => np.add.reduce(np.ones(3), { foo: 1 } as never), { name: "TypeError", message: "reduce() got an unexpected keyword argument 'foo'" });
});

test("mean and var divide by a strong int64 count: complex64 divides in complex128", () => {
  // NumPy: true_divide(total, intp(n), out=total, casting='unsafe').
  assert.equal(np.array_repr(np.mean(np.array([1, 2, 4], { dtype: "complex64" }), { keepdims: true }) as np.ndarray), "array([2.3333333+0.j], dtype=complex64)");
  assert.equal(np.array_repr(np.std(np.array([1, 2, 4], { dtype: "complex64" }), { keepdims: true }) as np.ndarray), "array([1.2472192], dtype=float32)");
  // dtype=int64: the mean is cast back to the sum's dtype.
  assert.equal(np.mean(np.array([1, 2]), { dtype: "int64" }), 1);
  assert.equal(String(np.mean(np.array([[1, 2], [3, 5]]), { axis: 0, dtype: "int64" })), "[2 3]");
});

test("a 0-d array reduces with axis 0 or -1, as NumPy allows", () => {
  assert.equal(np.sum(np.ones([]), { axis: 0 }), 1);
  assert.equal(np.max(np.ones([]), { axis: -1 }), 1);
  assert.throws(() => np.sum(np.ones([]), { axis: 1 }), { name: "AxisError", message: "axis 1 is out of bounds for array of dimension 0" });
  assert.throws(() => np.sum(np.ones([]), { axis: [0] }), { name: "AxisError" });
  assert.equal(String(np.cumsum(np.ones([]), { axis: 0 })), "[1.]");
});

test("axis of the wrong type is NumPy's TypeError", () => {
  assert.throws(() => np.argmax(np.ones([2, 3]), { axis: [0, 1] as never }), { name: "TypeError", message: "'tuple' object cannot be interpreted as an integer" });
  assert.throws(() => np.sum(np.ones([2, 3]), { axis: "a" as never }), { name: "TypeError", message: "'str' object cannot be interpreted as an integer" });
  assert.throws(() => np.sum(np.ones([2, 3]), { axis: 1.5 }), { message: "'float' object cannot be interpreted as an integer" });
});

test("where= masks: arrays must be bool, JS lists are converted", () => {
  const msg = { name: "TypeError", message: "Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'" };
  assert.throws(() => np.sum(np.ones(3), { where: np.array([1, 0, 1]) }), msg);
  assert.equal(np.add.reduce(np.ones(3), { where: [1, 0, 1] }), 2);
});

test("a reduction's result has its loop's dtype (divide.reduce of ints is float64)", () => {
  assert.equal(np.array_repr(np.divide.accumulate(np.array([10, 2, 5]))), "array([10.,  5.,  1.])");
  assert.equal(np.array_repr(np.divide.reduce(np.array([10, 2, 5]), { keepdims: true }) as np.ndarray), "array([1.])");
  assert.throws(() => np.divide.reduce(np.array([10, 2, 5]), { dtype: "int64" }), {
    name: "TypeError",
    message: "No loop matching the specified signature and casting was found for ufunc divide",
  });
  assert.equal(np.array_repr(np.add.accumulate(np.array([1.5, 2.5]), { dtype: "int64" })), "array([1, 3])");
  assert.throws(() => np.add.accumulate(np.ones([2, 2]), { out: np.zeros([3, 2]) }), {
    name: "ValueError",
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (3,2)->(3,2) (2,2)->(2,2) ",
  });
});

test("comparison ufuncs reduce bools only; logical ones take any input", () => {
  assert.throws(() => np.equal.reduce(np.array([1, 2, 1])), {
    name: "TypeError",
    message: "No loop matching the specified signature and casting was found for ufunc equal",
  });
  assert.equal(np.equal.reduce(np.array([true, false, false])), true);
  assert.equal(np.logical_xor.reduce(np.array([1.5, 2])), false);
});

test("reductions over leading axes add row after row, for any row count and row length", () => {
  // The rows kernels take four rows per pass and whole vectors of each row; the remainders (rows
  // mod 4, columns mod lanes) take the plain loop. NumPy's order is sequential per column. Every case holds over 1 kB, so
  // it lives in the WebAssembly heap, where the kernels run.
  for (const [rows, cols] of [[67, 13], [245, 3], [9, 33], [400, 2], [131, 17], [130, 9]] as const) {
    for (const dtype of ["float64", "float32", "int64", "int16"] as const) {
      const vals = Array.from({ length: rows * cols }, (_, i) => ((i * 7919) % 1009) / (dtype.startsWith("float") ? 7.3 : 1) - 300);
      const a = np.array(vals, { dtype }).reshape(rows, cols);
      const round = dtype === "float32" ? Math.fround : dtype === "int16" ? (x: number) => ((x + 32768) & 0xffff) - 32768 : (x: number) => x;
      for (const [fn, op] of [["sum", (x: number, y: number) => x + y], ["max", Math.max], ["prod", (x: number, y: number) => x * y]] as const) {
        if (fn === "prod" && dtype !== "float64") continue;
        const got = (np[fn](a, { axis: 0 }) as np.NDArray).tolist() as number[];
        const stored = (a.tolist() as number[][]).map((r) => r.map((x) => round(x)));
        const want = Array.from({ length: cols }, (_, j) => {
          let acc = stored[0]![j]!;
          for (let i = 1; i < rows; i++) acc = round(op(acc, stored[i]![j]!));
          return acc;
        });
        const wantSum = dtype === "int16" && fn === "sum" ? want.map((_, j) => stored.reduce((s, r) => s + r[j]!, 0)) : want;
        assert.deepEqual(got, wantSum, `${fn} ${dtype} (${rows}, ${cols})`);
      }
    }
  }
});

test("a sum over the leading axis that overflows warns as NumPy's reduce does", () => {
  const a = np.full([9, 5], 1e308);
  assert.throws(() => np.errstate({ over: "raise" }, () => np.sum(a, { axis: 0 })), { name: "FloatingPointError", message: "overflow encountered in reduce" });
  const nan = np.zeros([6, 3]);
  nan.set(5, 2, NaN);
  assert.equal(String(np.max(nan, { axis: 0 })), "[ 0.  0. nan]");
});

test("with where= and initial=, masked-out elements are skipped, not replaced by initial (NumPy 2.4)", () => {
  const a = np.array([[1, 2, 5], [4, 3, 6]]);
  const ok = np.array([[true, true, false], [true, false, true]]);
  assert.equal(np.sum(a, { where: ok, initial: 10 }), 23);
  assert.deepEqual((np.sum(a, { axis: 0, where: ok, initial: 10 }) as np.NDArray).tolist(), [15, 12, 16]);
  assert.deepEqual((np.sum(a, { axis: 1, where: ok, initial: 10 }) as np.NDArray).tolist(), [13, 20]);
  assert.equal(np.prod(a, { where: ok, initial: 2 }), 96);
  assert.equal(np.max(a, { where: ok, initial: 0 }), 6);
  assert.equal(np.minimum.reduce(np.array([0, 1, 2], { dtype: "float64" }), { where: [false, true, true], initial: 5 }), 1);
  // A ufunc with no identity that is not idempotent combines the selected elements only.
  assert.equal(np.subtract.reduce(np.array([5, 1, 2]), { where: [true, false, true], initial: 10 }), 3);
  const m = np.array([[true, false, true], [true, true, false]]);
  assert.deepEqual((np.subtract.reduce(np.array([[5, 1, 2], [1, 1, 1]]), { axis: 0, where: m, initial: 10 }) as np.NDArray).tolist(), [4, 9, 8]);
  // The identity is taken in the loop's dtype: logaddexp of ints runs in float64 from -inf.
  assert.equal(np.logaddexp.reduce(np.array([0, 1, 2]), { where: [true, false, true] }), 2.1269280110429727);
});

test("float products in the heap multiply in NumPy's sequential order, from initial= too", () => {
  const vals = Array.from({ length: 3000 }, (_, i) => 0.9 + ((i * 7919) % 1009) / 5000);
  const seq = (xs: number[], from = 1, round = (x: number) => x) => xs.reduce((p, x) => round(p * x), from);
  const a = np.array(vals, { dtype: "float64" });
  assert.equal(np.prod(a), seq(vals));
  assert.equal(np.prod(a, { initial: 3 }), seq(vals, 3));
  const f = np.array(vals, { dtype: "float32" });
  const stored = (f.tolist() as number[]).map(Math.fround);
  assert.equal(np.prod(f), seq(stored, 1, Math.fround));
  // Rows of a 2-d array (one run per output) and a strided view.
  const m = a.reshape(30, 100);
  assert.deepEqual((np.prod(m, { axis: 1 }) as np.NDArray).tolist(), Array.from({ length: 30 }, (_, r) => seq(vals.slice(100 * r, 100 * r + 100))));
  assert.equal(np.prod(a.get("::3")), seq(vals.filter((_, i) => i % 3 === 0)));
});

test("a reduction's where= that does not fit the array is NumPy's iterator error", () => {
  const a = np.zeros([2, 3]);
  assert.throws(() => np.sum(a, { where: np.ones([4], "bool") }), {
    name: "ValueError",
    message: "operands could not be broadcast together with remapped shapes [original->remapped]: (2,3) (4,) ",
  });
  assert.throws(() => np.max(a, { where: np.ones([4], "bool"), initial: 0 }), { name: "ValueError", message: /remapped shapes \[original->remapped\]: \(2,3\) \(4,\) $/ });
  assert.throws(() => np.add.reduce(a, { where: np.ones([1, 2, 3], "bool") }), {
    name: "ValueError",
    message: "input operand has more dimensions than allowed by the axis remapping",
  });
  // where=None is a False mask in NumPy 2.4 (bool(None)): a.sum(None, None, None, False, 0, None) is 0.
  assert.equal(np.arange(6).reshape(2, 3).sum(null, null, null, false, 0, null), 0);
  assert.equal(np.add.reduce(np.arange(3), { where: null }), 0);
  const o = np.full(3, 7, { dtype: "int64" });
  np.add(np.arange(3), 10, { where: null, out: o });
  assert.deepEqual(o.tolist(), [7, 7, 7]);
});

test("reduce, accumulate and reduceat refuse a read-only out instead of writing into it", () => {
  const ro = np.zeros(3);
  ro.flags.writeable = false;
  const msg = { name: "ValueError", message: "output array is read-only" };
  assert.throws(() => np.max(np.ones([2, 3]), { axis: 0, out: ro }), msg);
  assert.throws(() => np.any(np.ones([2, 3]), { axis: 0, out: ro }), msg);
  assert.throws(() => np.cumsum(np.ones(3), { out: ro }), msg);
  assert.throws(() => np.add.reduceat(np.ones(3), [0, 1, 2], { out: ro }), msg);
  assert.deepEqual(ro.tolist(), [0, 0, 0]);
});

test("reductions over trailing axes reduce each run as a whole-run reduction does, threads or not", () => {
  for (const [rows, cols] of [[300, 500], [7, 33], [129, 3]] as const) {
    for (const dtype of ["float64", "float32", "int64", "int16", "uint8"] as const) {
      const vals = Array.from({ length: rows * cols }, (_, i) => ((i * 7919) % 251) / (dtype.startsWith("float") ? 7.3 : 1));
      const a = np.array(vals, { dtype }).reshape(rows, cols);
      if (dtype === "float64") a.set(2, 1, NaN);
      for (const fn of ["sum", "max", "min", "prod"] as const) {
        // As strings: int64 products beyond 2^53 are bigints from a reduction, numbers from tolist.
        const got = ((np[fn](a, { axis: 1 }) as np.NDArray).tolist({ bigint: true }) as unknown[]).map(String);
        const want = Array.from({ length: rows }, (_, r) => String(np[fn](a.get(r) as np.NDArray)));
        assert.deepEqual(got, want, `${fn} ${dtype} (${rows}, ${cols})`);
      }
    }
  }
  // Two trailing axes merge into one run; keepdims and initial combine as NumPy does.
  const b = np.arange(4 * 5 * 60).reshape(4, 5, 60);
  assert.deepEqual((np.sum(b, { axis: [1, 2], keepdims: true }) as np.NDArray).tolist(), [0, 1, 2, 3].map((i) => [[np.sum(b.get(i))]]));
  assert.deepEqual(((np.max(b, { axis: 2, initial: 1000 }) as np.NDArray).get(0) as np.NDArray).tolist(), [1000, 1000, 1000, 1000, 1000]);
  assert.equal((np.sum(b.astype("float64"), { axis: 2, initial: 0.5 }) as np.NDArray).get(0, 0), (np.sum(b.get(0, 0) as np.NDArray) as number) + 0.5);
});

test("fmax/fmin reductions ignore NaN and keep the first of equal zeros, in kernels and in TypeScript (NumPy 2.4)", () => {
  const z = (x: unknown) => (Object.is(x, -0) ? "-0" : String(x));
  for (const n of [3, 1200]) {
    const zeros = (first: number) => np.array(Array.from({ length: 2 * n }, (_, i) => (i % 2 ? -first : first)), { dtype: "float64" });
    assert.deepEqual([np.fmax.reduce(zeros(0)), np.fmin.reduce(zeros(0))].map(z), ["0", "0"], `n=${n}`);
    assert.deepEqual([np.fmax.reduce(zeros(-0)), np.fmin.reduce(zeros(-0))].map(z), ["-0", "-0"], `n=${n}`);
    const vals = Array.from({ length: 2 * n }, (_, i) => (i % 5 === 1 ? NaN : (i * 37) % 101));
    const v = np.array(vals, { dtype: "float64" });
    const finite = vals.filter((x) => !Number.isNaN(x));
    assert.equal(np.fmax.reduce(v), Math.max(...finite));
    assert.equal(np.fmin.reduce(v), Math.min(...finite));
    assert.equal(np.nanmax(v), Math.max(...finite));
    assert.ok(Number.isNaN(np.fmax.reduce(np.full(2 * n, NaN)) as number));
  }
  const m = np.array(Array.from({ length: 40 * 50 }, (_, i) => (i % 7 === 0 ? NaN : i % 13)), { dtype: "float32" }).reshape(40, 50);
  const rows = m.tolist() as number[][];
  const clean = (r: number[]) => r.filter((x) => !Number.isNaN(x));
  assert.deepEqual((np.fmax.reduce(m, 1) as np.NDArray).tolist(), rows.map((r) => Math.max(...clean(r))));
  assert.deepEqual((np.fmin.reduce(m, 0) as np.NDArray).tolist(), rows[0]!.map((_, j) => Math.min(...clean(rows.map((r) => r[j]!)))));
});

test("with out= and no dtype=, a reduction runs in the loop of out's and the input's dtypes, without upcast", () => {
  const a = np.array([[-128, 1, -7], [-128, 1, -7]], { dtype: "int8" });
  // int8 + bool resolves to int8: -256 wraps to 0 (False); NumPy does not upcast to int64 here.
  const b = np.zeros(3, { dtype: "bool" });
  np.sum(a, { axis: 0, out: b });
  assert.equal(np.array_repr(b), "array([False,  True,  True])");
  const u = np.zeros(3, { dtype: "uint8" });
  np.add.reduce(a, { axis: 0, out: u });
  assert.equal(np.array_repr(u), "array([  0,   2, 242], dtype=uint8)");
  const acc = np.zeros([2, 3], { dtype: "bool" });
  np.add.accumulate(a, { axis: 0, out: acc });
  assert.equal(np.array_repr(acc), "array([[ True,  True,  True],\n       [False,  True,  True]])");
  // float32 input, float64 out: summed in float64 (1e8 + 3 is exact there).
  const f = np.array([[1.5, 2.25], [1e8, 3]], { dtype: "float32" });
  const o = np.zeros(2);
  np.add.reduce(f, { axis: 1, out: o });
  assert.equal(np.array_repr(o), "array([3.75000000e+00, 1.00000003e+08])");
});

test("reductions follow NumPy's identities: hypot reorders, lcm does not; where= fills with the identity, not initial", () => {
  assert.equal(np.hypot.reduce(np.array([[3, 4], [12, 0]], { dtype: "float64" }), { axis: null }), 13);
  assert.equal(np.hypot.reduce(np.array([], { dtype: "float64" })), 0);
  assert.throws(() => np.lcm.reduce(np.array([[1, 2], [3, 4]]), { axis: null }), {
    name: "ValueError",
    message: "reduction operation 'lcm' is not reorderable, so at most one axis may be specified",
  });
  // Masked-out elements must not count initial again: 10 + 1 + 3.
  assert.equal(np.add.reduce(np.array([1, 2, 3]), { where: np.array([true, false, true]), initial: 10 }), 14);
  assert.equal(np.sum(np.array([1, 2, 3]), { where: np.array([true, false, true]), initial: 10 }), 14);
  assert.equal(np.bitwise_and.reduce(np.array([7, 5, 1], { dtype: "uint8" }), { where: np.array([true, true, false]) }), 5);
  // uint64 reduces in logaddexp's float64 loop; its -inf identity is not an integer.
  assert.equal(np.logaddexp.reduce(np.array([1, 2, 3], { dtype: "uint64" }), { where: np.array([true, false, true]) }), 3.1269280110429727);
});

test("integer power reductions refuse negative exponents; dtype= without a loop and type errors come first", () => {
  const neg = { name: "ValueError", message: "Integers to negative integer powers are not allowed." };
  assert.throws(() => np.power.reduce(np.array([2, 3, -1])), neg);
  assert.throws(() => np.power.accumulate(np.array([2, -3, 1])), neg);
  assert.equal(np.power.reduce(np.array([-2, 3, 1])), -8);
  assert.throws(() => np.logical_and.reduce(np.array([1.5, 2]), { dtype: "float64" }), {
    name: "TypeError",
    message: "No loop matching the specified signature and casting was found for ufunc logical_and",
  });
  assert.throws(() => np.bitwise_or.reduce(np.array([1, 2]), { dtype: "float64" }), {
    message: "No loop matching the specified signature and casting was found for ufunc bitwise_or",
  });
  assert.throws(() => np.gcd.reduce(np.array([1.5, 2])), {
    name: "UFuncTypeError",
    message: "ufunc 'gcd' did not contain a loop with signature matching types (None, <class 'numpy.dtypes.Float64DType'>) -> None",
  });
  assert.throws(() => np.arctan2.reduce(np.ones([2, 2], { dtype: "complex128" }), { axis: null }), {
    message: "ufunc 'arctan2' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
  });
});

test("reduce with a NaN initial is a quiet NaN (no invalid-value warning), as in NumPy 2.4.6", () => {
  const old = np.seterr({ invalid: "raise", over: "raise" });
  try {
    assert.ok(Number.isNaN(np.add.reduce(np.ones(3), { initial: NaN }) as number));
    assert.equal(np.add.reduce(np.ones(3), { initial: Infinity }), Infinity);
    // inf + -inf from an infinite initial is still invalid.
    assert.throws(() => np.add.reduce(np.array([-Infinity]), { initial: Infinity }), { name: "FloatingPointError", message: "invalid value encountered in reduce" });
  } finally {
    np.seterr(old);
  }
});

test("reduce/accumulate/reduceat report NumPy 2.4.6's conditions: zero divisors, poles, the method's name", () => {
  const F = (x: number[]) => np.array(x, { dtype: "float64" });
  const seen = (fn: () => unknown): string[] => {
    const got: string[] = [];
    const old = np.seterrcall((err: string) => void got.push(err));
    try {
      np.errstate({ all: "call" }, fn);
    } finally {
      np.seterrcall(old);
    }
    return got;
  };
  assert.deepEqual(seen(() => np.floor_divide.reduce(np.array([5, 0, 4]))), ["divide by zero"]);
  assert.deepEqual(seen(() => np.floor_divide.reduce(np.array([[1, 2], [0, 0]]), { axis: 0 })), ["divide by zero"]);
  assert.deepEqual(seen(() => np.floor_divide.accumulate(np.array([5, 0, 3]))), ["divide by zero"]);
  assert.deepEqual(seen(() => np.fmod.reduce(np.array([0, 5]))), []); // the first element is no divisor
  assert.deepEqual(seen(() => np.divide.reduce(F([1, 0]))), ["divide by zero"]);
  assert.deepEqual(seen(() => np.floor_divide.reduce(F([5, 0, 4]))), ["divide by zero", "invalid value"]);
  assert.deepEqual(seen(() => np.remainder.reduce(F([5, 0]))), ["invalid value"]);
  assert.deepEqual(seen(() => np.power.reduce(F([0, -1]))), ["divide by zero"]);
  assert.deepEqual(seen(() => np.divide.reduce(F([1e300, 1e-300]))), ["overflow"]);
  assert.deepEqual(seen(() => np.divide.reduce(F([NaN, 1]))), []);
  assert.deepEqual(seen(() => np.divide.reduce(np.array([1, 0], { dtype: "complex128" }))), ["divide by zero", "invalid value"]);
  assert.throws(() => np.errstate({ divide: "raise" }, () => np.divide.reduceat(F([1, 0]), [0])), {
    name: "FloatingPointError",
    message: "divide by zero encountered in reduceat",
  });
  assert.throws(() => np.errstate({ divide: "raise" }, () => np.remainder.reduceat(np.array([5, 0, 3]), [0, 2])), {
    message: "divide by zero encountered in reduceat",
  });
});

test("divide reductions of int64 and bool inputs report the zero divisor too (NumPy 2.4.6)", () => {
  for (const dtype of ["int64", "uint64", "bool"] as const) {
    assert.throws(() => np.errstate({ divide: "raise" }, () => np.divide.reduce(np.array([3, 0], { dtype }))), {
      name: "FloatingPointError",
      message: "divide by zero encountered in reduce",
    });
  }
  const a = np.array([[3, 1, 2], [5, 0, 4]], { dtype: "bool" });
  assert.throws(() => np.errstate({ divide: "raise" }, () => np.divide.reduceat(a, [0, 2, 1], { axis: 1 })), {
    message: "divide by zero encountered in reduceat",
  });
});

test("ufunc methods count their arguments as NumPy 2.4.6 does", () => {
  const a = np.arange(6, { dtype: "float64" }).reshape(2, 3);
  assert.throws(() => np.add.reduce(a, 0, null, null, false, 0, true, 7), {
    name: "TypeError",
    message: "reduce() takes from 1 to 7 positional arguments but 8 were given",
  });
  assert.throws(() => np.add.accumulate(a, 0, null, null, 5), { message: "accumulate() takes from 1 to 4 positional arguments but 5 were given" });
  assert.throws(() => np.add.reduceat(a, [0], 0, null, null, 5), { message: "reduceat() takes from 2 to 5 positional arguments but 6 were given" });
  assert.throws(() => (np.add.reduce as (...x: unknown[]) => unknown)(), { message: "reduce() missing required argument 'array' (pos 0)" });
  assert.throws(() => (np.add.at as (...x: unknown[]) => unknown)(a, [0], 1, { foo: 1 }), { name: "TypeError", message: "ufunc.at() takes no keyword arguments" });
  assert.throws(() => (np.add.at as (...x: unknown[]) => unknown)(a, [0], 1, 5), { message: "at() takes at most 3 arguments (4 given)" });
  assert.throws(() => (np.add.at as (...x: unknown[]) => unknown)(a), { message: "at() takes at least 2 arguments (1 given)" });
  assert.throws(() => (np.add.outer as (...x: unknown[]) => unknown)(a), { name: "TypeError", message: "exactly two arguments expected" });
  assert.deepEqual((np.add.reduce(a, 0, null, null, false, 0, true) as np.NDArray).tolist(), [3, 5, 7]);
});

test("an empty logaddexp reduction is its identity -inf, quietly (NumPy 2.4.6)", () => {
  np.errstate({ all: "raise" }, () => {
    assert.equal(np.logaddexp.reduce(np.array([])), -Infinity);
    assert.equal(np.logaddexp.reduce(np.arange(3, { dtype: "float64" }), { where: np.array([false, false, false]) }), -Infinity);
  });
});

test("reduce/accumulate/reduceat take out= as a one-element tuple (a JS array), as NumPy 2.4.6", () => {
  const a = np.arange(6, { dtype: "float64" }).reshape(2, 3);
  const o = np.zeros(3);
  assert.equal(np.add.reduce(a, { axis: 0, out: [o] }), o);
  assert.deepEqual(o.tolist(), [3, 5, 7]);
  const acc = np.zeros([2, 3]);
  assert.equal(np.add.accumulate(a, { out: [acc] }), acc);
  assert.deepEqual(acc.tolist(), [[0, 1, 2], [3, 5, 7]]);
  const at = np.zeros([1, 3]);
  assert.equal(np.add.reduceat(a, [0], { out: [at] }), at);
  assert.deepEqual(at.tolist(), [[3, 5, 7]]);
  assert.throws(() => np.add.reduce(a, { axis: 0, out: [np.zeros(3), np.zeros(3)] }), {
    name: "ValueError",
    message: "The 'out' tuple must have exactly one entry per ufunc output",
  });
  assert.throws(() => np.add.reduce(a, { axis: 0, out: 5 as never }), { name: "TypeError", message: "return arrays must be of ArrayType" });
});

test("long max/min runs reduced in pieces on the threads equal the one-piece reduction", () => {
  // splitRun: 8 pieces plus a tail; NaN in any piece or the tail propagates (fmax ignores it),
  // and a zero result is NumPy's zero (recomputed in one piece; NumPy 2.4.6 gives 0.0 below).
  const n = (1 << 19) + 13;
  const xs = Float64Array.from({ length: n }, (_, i) => Math.sin(i * 0.37) * 100);
  const a = np.array(xs);
  const [hi, lo] = [xs.reduce((m, x) => Math.max(m, x)), xs.reduce((m, x) => Math.min(m, x))];
  assert.equal(np.max(a), hi);
  assert.equal(np.min(a), lo);
  for (const at of [0, 70000, 300000, n - 5]) {
    const b = a.copy();
    b.set(at, NaN);
    assert.ok(Number.isNaN(np.max(b)) && Number.isNaN(np.min(b)), `NaN at ${at}`);
    assert.equal(np.nanmax(b), np.max(a));
    assert.equal(np.fmin.reduce(b), np.min(a));
  }
  const z = np.zeros(n);
  z.set(5, -0);
  z.set(400000, -0);
  assert.ok(Object.is(np.max(z), 0) && Object.is(np.min(z), 0)); // NumPy: 0.0 and 0.0
  assert.equal(np.max(a.astype("int64")), 99);
  assert.equal(np.min((np.abs(a) as np.NDArray).astype("uint64")), 0);
  assert.equal(np.max(a.astype("float32")), 100);
});

describe("ufunc/reduce: the order of a full float sum over memory that is not one run", () => {
  // NumPy 2.4's values: its iterator buffers whole inner runs (8192 elements at most), sums each
  // buffer pairwise and adds it to the total; a contiguous copy or a row-by-row sum rounds
  // differently (32000 is NumPy's, the contiguous copy gives 31999.999999999993).
  const data = (a: number, b: number, dt = "float64") =>
    np.arange(a * b).multiply(7919).remainder(1000).divide(7).subtract(71).astype(dt).reshape(a, b);
  test("buffers of whole rows, pairwise within, in float64 and float32", () => {
    assert.equal(np.sum(data(300, 301).get(":", ":300") as NDArray), 32000);
    assert.equal(String(np.sum(data(300, 301, "float32").get(":", ":300") as NDArray, { keepdims: true })), "[[32000.008]]");
    assert.equal(np.mean(data(300, 301).get(":", ":300") as NDArray), 32000 / 90000);
  });
  test("reversed and doubly strided views, and rows longer than the buffer", () => {
    assert.equal(np.sum(data(50, 60).get("::-1") as NDArray), 1071.4285714285716);
    assert.equal(np.sum(data(64, 130).get("::2", "::3") as NDArray), 669.7142857142865);
    assert.equal(np.sum(data(3, 20001).get(":", ":-1") as NDArray), 21428.571428571424);
  });
});

test("initial=None given explicitly reduces as if the ufunc had no identity (NumPy 2.4)", () => {
  const empty = { name: "ValueError", message: "zero-size array to reduction operation add which has no identity" };
  assert.throws(() => np.add.reduce(np.array([], { dtype: "float64" }), { initial: null }), empty);
  assert.throws(() => np.sum(np.zeros([0, 3]), { axis: 0, initial: null }), empty);
  assert.throws(() => np.prod([], { initial: null }), { name: "ValueError", message: /operation multiply which has no identity/ });
  assert.throws(() => np.add.reduce([1, 2, 3], { where: [true, false, true], initial: null }), {
    name: "ValueError",
    message: "reduction operation 'add' does not have an identity, so to use a where mask one has to specify 'initial'",
  });
  // Reductions over no element into an empty result, and non-empty ones, are unchanged.
  assert.deepEqual((np.add.reduce(np.zeros([3, 0]), { axis: 0, initial: null }) as NDArray).shape, [0]);
  assert.equal(np.add.reduce(np.arange(6).reshape(2, 3), { axis: null, initial: null }), 15);
});

describe("ufunc/reduce: a float sum that casts its input adds NumPy's 8192-element buffers", () => {
  // NumPy 2.4: a reduction with a cast (dtype= wider or narrower, int input of mean) runs through
  // the buffered iterator, which hands the pairwise sum 8192 elements at a time, in a's memory order.
  const data = (a: number, b: number, dt = "float64") =>
    np.arange(a * b).multiply(7919).remainder(1000).divide(7).subtract(71).astype(dt).reshape(a, b);
  test("1-d runs and rows longer than the buffer", () => {
    const flat = data(1, 100001).ravel();
    assert.equal(String(np.sum(flat, { dtype: "float32", keepdims: true })), "[35643.29]");
    assert.equal(String(np.sum(flat.astype("float32"), { keepdims: true })), "[35643.285]"); // no cast: one pairwise run
    assert.equal(String(np.sum(data(3, 20000), { axis: 1, dtype: "float32" })), "[7142.858 7142.858 7142.858]");
    assert.equal(String(np.sum(np.arange(100001, { dtype: "int32" }), { dtype: "float32", keepdims: true })), "[5.00005e+09]");
    assert.equal(String(np.mean(np.arange(100001, { dtype: "int32" }), { dtype: "float32", keepdims: true })), "[50000.]");
  });
  test("a transposed input is read in memory order", () => {
    const x = (np.random.default_rng(0).random([30000, 3]) as NDArray).astype("float32");
    assert.equal(np.sum(x.T, { dtype: "float64" }), 44988.99354543644);
  });
});

test("a full float sum over axes out of C order buffers them in memory order, as NumPy's iterator (NumPy 2.4)", () => {
  const x = np.arange(60).multiply(7919).remainder(1000).divide(7).subtract(71).reshape(3, 4, 5) as NDArray;
  const a = x.transpose(1, 2, 0).get("::2") as NDArray; // strides (80, 8, 160): runs of 5, not mergeable
  assert.equal(np.sum(a), 68.57142857142853);
  assert.equal(np.mean(a), 2.2857142857142843);
  assert.equal(np.sum(a.astype("float32")), Math.fround(68.57144));
});

test("a float sum over inner axes whose lanes are not one run sums each buffered lane pairwise (NumPy 2.4)", () => {
  const x = np.arange(60).multiply(7919).remainder(1000).divide(7).subtract(71).reshape(3, 4, 5) as NDArray;
  const a = x.astype("float32").get(":", "::-1", "1:") as NDArray;
  // row by row would give 155.42856, -118.85713, -107.42857
  assert.equal(String(np.sum(a, { axis: [1, 2] })), "[ 155.42859  -118.85715  -107.428604]");
  assert.equal(String(np.average(a, { axis: [1, 2] })), "[ 9.714287  -7.4285717 -6.7142878]");
});
