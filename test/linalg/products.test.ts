// Unit and property tests for src/linalg/products.ts (and the kernels behind it, linalg/gemm.ts)
// against a naive definition of the matrix product computed here in plain JS.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

type Num = number | bigint | boolean | { re: number; im: number };

/** Deterministic pseudo-random values of a dtype (small integers, or floats in [-2, 2)). */
function randomArray(shape: number[], dtype: string, seed: number): NDArray {
  let s = seed >>> 0 || 1;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const n = shape.reduce((p, d) => p * d, 1);
  const kind = dtype === "bool" ? "b" : dtype.startsWith("float") ? "f" : dtype.startsWith("complex") ? "c" : "i";
  const vals: unknown[] = [];
  for (let i = 0; i < n; i++) {
    if (kind === "b") vals.push(next() < 0.4);
    else if (kind === "f") vals.push(next() * 4 - 2);
    else if (kind === "c") vals.push({ re: next() * 4 - 2, im: next() * 4 - 2 });
    else vals.push(Math.floor(next() * 200) - (dtype.startsWith("u") ? 0 : 100));
  }
  return np.array(vals as never, dtype).reshape(shape);
}

/** The naive matrix product of 2-d a (M x K) and b (K x N), as nested JS values in the result dtype. */
function naive(a: NDArray, b: NDArray, dtype: string): { value: Num; scale: number }[][] {
  const [M, K] = a.shape as [number, number];
  const N = b.shape[1]!;
  const bits = dtype.endsWith("64") ? 64 : dtype.endsWith("32") ? 32 : dtype.endsWith("16") ? 16 : 8;
  const out: { value: Num; scale: number }[][] = [];
  for (let i = 0; i < M; i++) {
    const row: { value: Num; scale: number }[] = [];
    for (let j = 0; j < N; j++) {
      if (dtype === "bool") {
        let v = false;
        for (let k = 0; k < K; k++) v ||= Boolean(a.item(i, k)) && Boolean(b.item(k, j));
        row.push({ value: v, scale: 0 });
      } else if (dtype.startsWith("complex")) {
        let re = 0, im = 0, scale = 0;
        for (let k = 0; k < K; k++) {
          const x = a.item(i, k) as { re: number; im: number };
          const y = b.item(k, j) as { re: number; im: number };
          re += x.re * y.re - x.im * y.im;
          im += x.re * y.im + x.im * y.re;
          scale += Math.hypot(x.re, x.im) * Math.hypot(y.re, y.im);
        }
        row.push({ value: { re, im }, scale });
      } else if (dtype.startsWith("float")) {
        let v = 0, scale = 0;
        for (let k = 0; k < K; k++) {
          const p = (a.item(i, k) as number) * (b.item(k, j) as number);
          v += p;
          scale += Math.abs(p);
        }
        row.push({ value: v, scale });
      } else {
        let v = 0n;
        for (let k = 0; k < K; k++) v += BigInt(a.item(i, k) as number) * BigInt(b.item(k, j) as number);
        row.push({ value: dtype.startsWith("u") ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v), scale: 0 });
      }
    }
    out.push(row);
  }
  return out;
}

function close(got: Num, want: Num, scale: number, dtype: string, where: string): void {
  const eps = dtype === "float32" || dtype === "complex64" ? 1e-5 : 1e-13;
  if (typeof want === "object" && typeof got === "object") {
    assert.ok(Math.abs(got.re - want.re) <= eps * scale && Math.abs(got.im - want.im) <= eps * scale, `${where}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
  } else if (typeof want === "number") {
    assert.ok(Math.abs((got as number) - want) <= eps * scale, `${where}: ${String(got)} vs ${want}`);
  } else if (typeof want === "bigint") {
    assert.equal(BigInt(got as number | bigint), want, where);
  } else {
    assert.equal(got, want, where);
  }
}

function checkProduct(c: NDArray, a: NDArray, b: NDArray, dtype: string): void {
  const want = naive(a, b, dtype);
  assert.deepEqual([...c.shape], [a.shape[0], b.shape[1]]);
  want.forEach((row, i) => row.forEach((w, j) => close(c.item(i, j) as Num, w.value, w.scale, dtype, `${dtype} [${i}, ${j}]`)));
}

const DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64", "complex64", "complex128"];

describe("matmul against the naive product", () => {
  test("every dtype, random shapes (including 0 and partial tiles), C and transposed layouts", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DTYPES),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 13 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 1000 }),
        (dtype, M, N, K, ta, tb, seed) => {
          const a = ta ? randomArray([K, M], dtype, seed).T : randomArray([M, K], dtype, seed);
          const b = tb ? randomArray([N, K], dtype, seed + 1).T : randomArray([K, N], dtype, seed + 1);
          const c = np.matmul(a, b) as NDArray;
          assert.equal(c.dtype, dtype);
          checkProduct(c, a, b, dtype);
        },
      ),
      { numRuns: 250 },
    );
  });

  test("large float products (packed GEMM, threads) with partial tiles and strided inputs", () => {
    for (const dtype of ["float64", "float32"]) {
      for (const [M, N, K] of [
        [131, 67, 300],
        [70, 133, 257],
        [257, 9, 64],
      ] as const) {
        const a = randomArray([M, K * 2], dtype, M).get(":", "::2") as NDArray;
        const b = randomArray([N, K], dtype, N).T;
        checkProduct(np.matmul(a, b) as NDArray, a, b, dtype);
      }
    }
  });

  test("large integer and complex products (row loops split across threads)", () => {
    for (const dtype of ["int64", "uint8", "complex128"]) {
      const a = randomArray([70, 90], dtype, 3);
      const b = randomArray([90, 80], dtype, 4);
      checkProduct(np.matmul(a, b) as NDArray, a, b, dtype);
    }
  });

  test("int64 and uint64 are exact past 2^53 and wrap", () => {
    const a = np.array([[2n ** 62n, 3n]], "int64");
    const b = np.array([[4n], [5n]], "int64");
    assert.equal(np.matmul(a, b).toString(), "[[15]]");
    const u = np.array([[1n, 2n]], "uint64");
    const v = np.array([[2n ** 63n], [1n]], "uint64");
    assert.deepEqual((np.matmul(u, v) as NDArray).tolist({ bigint: true }), [[2n ** 63n + 2n]]);
  });
});

describe("matmul shapes and options", () => {
  test("1-d operands: promoted then removed; 1-d @ 1-d is a JS scalar", () => {
    assert.equal(np.matmul([1, 2, 3], [4, 5, 6]), 32);
    assert.deepEqual((np.matmul([[1, 2], [3, 4]], [1, 1]) as NDArray).tolist(), [3, 7]);
    assert.deepEqual((np.matmul([1, 1], [[1, 2], [3, 4]]) as NDArray).tolist(), [4, 6]);
    assert.deepEqual((np.matmul(np.ones([2, 3, 4]), np.ones(4)) as NDArray).shape, [2, 3]);
    assert.deepEqual((np.matmul(np.ones(3), np.ones([2, 3, 4])) as NDArray).shape, [2, 4]);
  });

  test("stacks broadcast", () => {
    const a = randomArray([2, 1, 3, 4], "float64", 7);
    const b = randomArray([5, 4, 2], "float64", 8);
    const c = np.matmul(a, b) as NDArray;
    assert.deepEqual(c.shape, [2, 5, 3, 2]);
    for (const [i, j] of [[0, 0], [1, 4], [1, 2]] as const) {
      checkProduct(c.get(i, j) as NDArray, a.get(i, 0) as NDArray, b.get(j) as NDArray, "float64");
    }
  });

  test("a stack times one matrix: as one tall product when rows are evenly spaced, else per matrix", () => {
    for (const dtype of ["float64", "int32", "complex64"]) {
      const b = randomArray([1, 5, 2], dtype, 9);
      const stacks = [randomArray([4, 3, 5], dtype, 10), randomArray([3, 4, 5], dtype, 11).transpose(1, 0, 2), randomArray([2, 6, 5], dtype, 12).get(":", "::2") as NDArray];
      for (const a of stacks) {
        const c = np.matmul(a, b) as NDArray;
        assert.deepEqual(c.shape, [a.shape[0], a.shape[1], 2]);
        for (let i = 0; i < a.shape[0]!; i++) checkProduct(c.get(i) as NDArray, a.get(i) as NDArray, b.get(0) as NDArray, dtype);
      }
    }
  });

  test("order= lays the result out as NumPy's iterator does (F only when asked)", () => {
    const f = np.matmul(np.ones([2, 5, 3]), np.ones([3, 4]), { order: "F" }) as NDArray;
    assert.ok(f.flags.f_contiguous && !f.flags.c_contiguous);
    assert.deepEqual(f.tolist(), (np.matmul(np.ones([2, 5, 3]), np.ones([3, 4])) as NDArray).tolist());
    assert.ok((np.matmul(np.ones([3, 2]).T, np.ones([4, 3]).T, { order: "K" }) as NDArray).flags.c_contiguous);
    assert.throws(() => np.matmul(np.ones([2, 2]), np.ones([2, 2]), { order: "X" as never }), { name: "ValueError" });
  });

  test("promotion, dtype= and casting", () => {
    assert.equal((np.matmul(np.ones([2, 2], "int8"), np.ones([2, 2], "uint8")) as NDArray).dtype, "int16");
    assert.equal((np.matmul(np.ones([2, 2], "float32"), np.ones([2, 2], "int64")) as NDArray).dtype, "float64");
    assert.equal((np.matmul(np.ones([2, 2], "int32"), np.ones([2, 2], "int32"), { dtype: "float32" }) as NDArray).dtype, "float32");
    assert.throws(() => np.matmul(np.ones([2, 3]), np.ones([3, 4]), { dtype: "int64" }), {
      name: "UFuncTypeError",
      message: "Cannot cast ufunc 'matmul' input 0 from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
    });
    assert.deepEqual((np.matmul(np.ones([1, 2]), np.ones([2, 1]), { dtype: "int64", casting: "unsafe" }) as NDArray).tolist(), [[2]]);
    assert.throws(() => np.matmul(np.ones([2, 2]), np.ones([2, 2]), { casting: "bogus" as never }), /casting must be one of/);
  });

  test("out=: written, returned, cast, and safe when it aliases an input", () => {
    const a = np.array([[1, 2], [3, 4]], "float64");
    const out = np.zeros([2, 2], "float32");
    assert.equal(np.matmul(a, a, out), out);
    assert.deepEqual(out.tolist(), [[7, 10], [15, 22]]);
    np.matmul(a, a, { out: a });
    assert.deepEqual(a.tolist(), [[7, 10], [15, 22]]);
    assert.throws(() => np.matmul(np.ones([2, 3]), np.ones([3, 4]), { out: np.empty([2, 4], "int64") }), {
      name: "UFuncTypeError",
      message: "Cannot cast ufunc 'matmul' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
    });
    const z = np.empty([]);
    assert.equal(np.matmul([1, 2], [3, 4], { out: z }), z);
  });

  test("NumPy's errors", () => {
    assert.throws(() => np.matmul(np.ones([2, 3]), np.ones([2, 3])), {
      name: "ValueError",
      message: "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)",
    });
    assert.throws(() => np.matmul(5, [1, 2]), { name: "ValueError", message: /Input operand 0 does not have enough dimensions \(has 0/ });
    assert.throws(() => np.matmul([1, 2], np.array(5)), { name: "ValueError", message: /Input operand 1 does not have enough dimensions/ });
    assert.throws(() => np.matmul(np.ones([2, 2, 3]), np.ones([3, 3, 4])), {
      name: "ValueError",
      message: "operands could not be broadcast together with remapped shapes [original->remapped]: (2,2,3)->(2,newaxis,newaxis) (3,3,4)->(3,newaxis,newaxis)  and requested shape (2,4)",
    });
    assert.throws(() => np.matmul(np.ones([2, 3]), np.ones([3, 4]), { out: np.empty([2, 5]) }), {
      message: "matmul: Output operand 0 has a mismatch in its core dimension 1, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 5 is different from 4)",
    });
    assert.throws(() => np.matmul(np.ones([2, 2]), np.ones([2, 2]), { foo: 1 } as never), { name: "TypeError", message: "matmul() got an unexpected keyword argument 'foo'" });
  });

  test("floating-point warnings as NumPy's: invalid (inf * 0), overflow; none for NaN inputs", () => {
    const raise = (f: () => unknown) => np.errstate({ all: "raise" }, f);
    const inf = Infinity;
    assert.throws(() => raise(() => np.matmul(np.array([[inf]]), np.array([[0.0]]))), { name: "FloatingPointError", message: "invalid value encountered in matmul" });
    assert.throws(() => raise(() => np.dot(np.array([inf, 1]), np.array([0.0, 1]))), { name: "FloatingPointError", message: "invalid value encountered in dot" });
    assert.throws(() => raise(() => np.matmul(np.full([40, 40], 1e300), np.full([40, 40], 1e300))), { message: "overflow encountered in matmul" });
    assert.throws(() => raise(() => np.matmul(np.array([[NaN, inf]]), np.array([[0.0], [0.0]]))), { message: "invalid value encountered in matmul" });
    assert.throws(() => raise(() => np.matmul(np.array([[{ re: inf, im: 0 }]]), np.array([[{ re: 0, im: 0 }]]))), { message: "invalid value encountered in matmul" });
    assert.equal(String(raise(() => np.matmul(np.array([[NaN]]), np.array([[0.0]])))), "[[nan]]");
    assert.equal(String(raise(() => np.matmul(np.array([[inf]]), np.array([[2.0]])))), "[[inf]]");
    assert.equal(String(raise(() => np.matmul(np.array([[1e300]], "float32"), np.array([[1e300]], "float32")))), "[[inf]]");
  });

  test("methods a.matmul(b) and a.dot(b)", () => {
    const a = np.array([[2, 3], [1, 4]]);
    const b = np.array([[4, 2], [1, 1]]);
    assert.deepEqual((a.matmul(b) as NDArray).tolist(), [[11, 7], [8, 6]]);
    assert.deepEqual((a.dot(b) as NDArray).tolist(), [[11, 7], [8, 6]]);
  });
});

describe("dot, vdot, inner, tensordot", () => {
  test("dot: scalars multiply; N-d . M-d sums over a's last and b's second-to-last axis", () => {
    assert.equal(np.dot(3, 4), 12);
    assert.deepEqual((np.dot(3, np.array([1, 2], "int8")) as NDArray).tolist(), [3, 6]);
    assert.equal((np.dot(3, np.array([1, 2], "int8")) as NDArray).dtype, "int64");
    const a = randomArray([2, 3, 4], "float64", 11);
    const b = randomArray([5, 4, 2], "float64", 12);
    const c = np.dot(a, b) as NDArray;
    assert.deepEqual(c.shape, [2, 3, 5, 2]);
    for (const [i, k] of [[0, 0], [1, 3], [1, 4]] as const) {
      const want = naive(a.get(i) as NDArray, b.get(k) as NDArray, "float64");
      want.forEach((row, j) => row.forEach((w, m) => close(c.item(i, j, k, m) as number, w.value, w.scale, "float64", `dot [${i},${j},${k},${m}]`)));
    }
    assert.deepEqual((np.dot(randomArray([2, 3, 4], "int32", 1), np.ones(4, "int32")) as NDArray).shape, [2, 3]);
  });

  test("dot of complex N-d arrays (four real GEMMs written into strided result rows)", () => {
    for (const dtype of ["complex128", "complex64"]) {
      const a = randomArray([40, 50], dtype, 41);
      const b = randomArray([3, 50, 40], dtype, 42);
      const c = np.dot(a, b) as NDArray;
      assert.deepEqual(c.shape, [40, 3, 40]);
      for (let q = 0; q < 3; q++) checkProduct(c.get(":", q) as NDArray, a, b.get(q) as NDArray, dtype);
    }
  });

  test("dot: out= must match exactly; errors", () => {
    const out = np.empty([2, 2]);
    assert.equal(np.dot(np.eye(2), [[1, 2], [3, 4]], out), out);
    assert.deepEqual(out.tolist(), [[1, 2], [3, 4]]);
    assert.equal(np.dot([1, 2], [3, 4], { out: np.empty([], "int64") }), 11);
    assert.throws(() => np.dot(np.ones([2, 3]), np.ones([3, 4]), { out: np.empty([2, 4], "float32") }), {
      message: "output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)",
    });
    assert.throws(() => np.dot(np.ones([2, 3]), np.ones([3, 4]), { out: np.empty([4, 2]).T }), /not acceptable/);
    assert.throws(() => np.dot(np.ones([2, 3]), np.ones([3, 4]), { out: np.empty([2, 5]) }), { message: "output array has wrong dimensions" });
    assert.throws(() => np.dot(np.ones([2, 3, 4]), np.ones([5, 3, 2])), { name: "ValueError", message: "shapes (2,3,4) and (5,3,2) not aligned: 4 (dim 2) != 3 (dim 1)" });
    assert.throws(() => np.dot(np.ones(3), np.ones(4)), { message: "shapes (3,) and (4,) not aligned: 3 (dim 0) != 4 (dim 0)" });
  });

  test("dot of size-0 dimensions is zeros; of empty vectors 0", () => {
    assert.deepEqual((np.dot(np.ones([2, 0]), np.ones([0, 3])) as NDArray).tolist(), [[0, 0, 0], [0, 0, 0]]);
    assert.equal(np.dot(np.ones(0), np.ones(0)), 0);
    assert.deepEqual((np.matmul(np.ones([0, 3]), np.ones([3, 4])) as NDArray).shape, [0, 4]);
  });

  test("vdot conjugates the first argument and flattens", () => {
    assert.deepEqual(np.vdot([{ re: 1, im: 2 }, 3], [4, { re: 0, im: 5 }]), { re: 4, im: 7 });
    assert.equal(np.vdot(np.ones([2, 3]), np.arange(6)), 15);
    assert.equal(np.vdot(np.ones([2, 2], "int8").multiply(100), np.ones(4, "int8")), -112);
    assert.throws(() => np.vdot(np.ones([2, 3]), np.ones(5)), { message: "cannot reshape array of size 5 into shape (6,)" });
  });

  test("inner over the last axes", () => {
    const a = randomArray([2, 3], "float64", 21);
    const b = randomArray([4, 3], "float64", 22);
    const c = np.inner(a, b) as NDArray;
    checkProduct(c, a, b.T, "float64");
    assert.deepEqual((np.inner(np.ones([2, 3]), np.ones([5, 4, 3])) as NDArray).shape, [2, 5, 4]);
    assert.throws(() => np.inner(np.ones([2, 3]), np.ones([4, 2])), { message: "shapes (2,3) and (2,4) not aligned: 3 (dim 1) != 2 (dim 0)" });
  });

  test("tensordot with an int or a pair of axes", () => {
    const a = randomArray([3, 4, 5], "float64", 31);
    const b = randomArray([4, 3, 2], "float64", 32);
    const c = np.tensordot(a, b, [[1, 0], [0, 1]]);
    assert.deepEqual(c.shape, [5, 2]);
    const want = naive(a.transpose(2, 1, 0).reshape(5, 12), b.reshape(12, 2), "float64");
    want.forEach((row, i) => row.forEach((w, j) => close(c.item(i, j) as number, w.value, w.scale, "float64", "tensordot")));
    assert.deepEqual(np.tensordot(np.ones([2, 3]), np.ones([3, 4]), 0).shape, [2, 3, 3, 4]);
    assert.deepEqual(np.tensordot(np.ones([2, 3, 4]), np.ones([3, 4, 5])).shape, [2, 5]);
    assert.equal(np.tensordot(np.ones(3), np.ones(3), 1).ndim, 0);
    assert.throws(() => np.tensordot(np.ones([2, 3]), np.ones([4, 3])), { message: "shape-mismatch for sum" });
    assert.throws(() => np.tensordot(np.ones([2, 3]), np.ones([3, 4]), [[0, 0], [0, 1]]), { message: "duplicate axes are not allowed in tensordot" });
    assert.throws(() => np.tensordot(np.ones(3), np.ones(3), 1.5), { name: "TypeError", message: "'float' object cannot be interpreted as an integer" });
  });
});
