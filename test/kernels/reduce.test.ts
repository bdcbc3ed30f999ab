// Reduction kernels against NumPy (test/golden/data/kernels_arith.json): pairwise sums bit for
// bit (float32, float64, complex; contiguous and strided runs; NumPy's 8192-element blocking
// reproduced by summing per-block kernel results), wrapping int64/uint64 sums, sequential
// products, NaN-propagating max/min, first-occurrence argmax/argmin, any/all.
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  allRef, anyRef, argExtremeRef, extremeRef, pairwiseSum, pairwiseSumComplex, productRef, type Code, type Value,
} from "../../src/kernels/ts/arith.js";
import type { Complex } from "../../src/core/scalar.js";
import { block, freeAll, goldenNum, ITEMSIZE, K, kernelCases, peek, place, same, show, write, type KernelCase, type Mult } from "./harness.js";

after(() => freeAll());

/** The kernel's JS return value as a storage value of dtype c. */
function storage(r: number | bigint, c: Code): number | bigint {
  if (c === "u64") return BigInt.asUintN(64, r as bigint);
  if (c === "u32") return (r as number) >>> 0;
  return r;
}

/** The NumPy scalar a case expects, as a storage value. */
function want(c: KernelCase, code: Code): Value {
  const e = c.expect;
  switch (e.kind) {
    case "float":
      return goldenNum(e.value);
    case "complex":
      return { re: goldenNum(e.re), im: goldenNum(e.im) };
    case "bool":
      return e.value ? 1 : 0;
    case "int":
      return code === "i64" || code === "u64" ? BigInt(e.value as string) : Number(e.value);
  }
  throw new Error(`unexpected ${e.kind}`);
}

/** Calls reduction kernel `name` on A laid out with `mult`; complex results via an out block. */
function runReduce(name: string, code: Code, A: Value[], mult: Mult, start = 0, n = A.length - start, rcode: Code = code): Value {
  const [p, s] = place(code, n, mult);
  write(p, s, code, A.slice(start, start + n), n);
  if (code === "c64" || code === "c128") {
    const out = block(16);
    K[name]!(p, s, n, out);
    return peek(out, code);
  }
  return storage(K[name]!(p, s, n), rcode);
}

const fround = Math.fround;
const cases = kernelCases("reduce");

describe("sum kernels vs NumPy", () => {
  for (const c of cases.filter((x) => x.kernel.name.startsWith("sum_"))) {
    test(c.id, () => {
      const [[code, A]] = c.inputs as [[Code, Value[]]];
      const w = want(c, code);
      const f32 = code === "f32" || code === "c64";
      // NumPy 2 sums a run pairwise as a whole (the golden data carry NumPy 2 overrides for the
      // runs over 8192 elements that NumPy 1.24 summed in buffer-sized blocks).
      const blockSize = Math.max(A.length, 1);
      for (const mult of [1, 2, -1, 3] as Mult[]) {
        let got: Value;
        if (code === "i64" || code === "u64") {
          got = runReduce(c.kernel.name, code, A, mult);
        } else if (code === "c64" || code === "c128") {
          // np.sum: the identity 0 plus the run's pairwise sum.
          let re = 0;
          let im = 0;
          for (let k = 0; k < A.length || k === 0; k += blockSize) {
            const z = runReduce(c.kernel.name, code, A, mult, k, Math.min(blockSize, A.length - k)) as Complex;
            re = f32 ? fround(re + z.re) : re + z.re;
            im = f32 ? fround(im + z.im) : im + z.im;
            if (A.length === 0) break;
          }
          got = { re, im };
        } else {
          let acc = 0;
          for (let k = 0; k < A.length || k === 0; k += blockSize) {
            const part = runReduce(c.kernel.name, code, A, mult, k, Math.min(blockSize, A.length - k)) as number;
            acc = f32 ? fround(acc + part) : acc + part;
            if (A.length === 0) break;
          }
          got = acc;
        }
        assert.ok(same(got, w), `${c.id} stride x${mult}: got ${show(got)}, NumPy ${show(w)}`);
      }
      // The TypeScript reference.
      let ref: Value;
      if (code === "c64" || code === "c128") {
        let re = 0;
        let im = 0;
        for (let k = 0; k < A.length || k === 0; k += blockSize) {
          const parts = (A.slice(k, k + blockSize) as Complex[]).flatMap((z) => [z.re, z.im]);
          const z = pairwiseSumComplex(parts, f32);
          re = f32 ? fround(re + z.re) : re + z.re;
          im = f32 ? fround(im + z.im) : im + z.im;
          if (A.length === 0) break;
        }
        ref = { re, im };
      } else if (code === "f32" || code === "f64") {
        let acc = 0;
        for (let k = 0; k < A.length; k += blockSize) {
          const part = pairwiseSum(A.slice(k, k + blockSize) as number[], f32);
          acc = f32 ? fround(acc + part) : acc + part;
        }
        ref = acc;
      } else {
        ref = BigInt.asUintN(64, (A as bigint[]).reduce((x, y) => x + y, 0n));
        if (code === "i64") ref = BigInt.asIntN(64, ref);
      }
      assert.ok(same(ref, w), `${c.id} reference: got ${show(ref)}, NumPy ${show(w)}`);
    });
  }
  test("a run of -0.0 sums to -0.0 in the kernel (NumPy's 0.0 comes from adding the identity)", () => {
    const z = Array(20).fill(-0);
    assert.ok(Object.is(runReduce("sum_f64", "f64", z, 1), -0));
    assert.ok(Object.is(runReduce("sum_f32", "f32", z, 1), -0));
    assert.ok(Object.is(runReduce("sum_f64", "f64", [], 1), -0));
  });
});

describe("prod, max, min, argmax, argmin, any, all vs NumPy", () => {
  for (const c of cases.filter((x) => !x.kernel.name.startsWith("sum_"))) {
    test(c.id, () => {
      const [[code, A]] = c.inputs as [[Code, Value[]]];
      const name = c.kernel.name;
      const fn = name.slice(0, name.lastIndexOf("_"));
      const isIdx = fn === "argmax" || fn === "argmin";
      const isBool = fn === "any" || fn === "all";
      const rcode: Code = isIdx || isBool ? "i32" : code;
      const w = want(c, rcode);
      for (const mult of [1, 2, -1, 3] as Mult[]) {
        let got = runReduce(name, code, A, mult, 0, A.length, rcode);
        if (isBool) got = Number(got);
        if (code === "b" && !isIdx && !isBool) got = Number(got);
        assert.ok(same(got, w) || (typeof got === "number" && got === w), `${c.id} stride x${mult}: got ${show(got)}, NumPy ${show(w)}`);
      }
      const vals = A as (number | bigint)[];
      const ref: Value =
        fn === "prod" ? productRef(vals, code)
        : fn === "max" ? extremeRef(vals, true)
        : fn === "min" ? extremeRef(vals, false)
        : fn === "argmax" ? argExtremeRef(vals, true)
        : fn === "argmin" ? argExtremeRef(vals, false)
        : fn === "any" ? Number(anyRef(vals))
        : Number(allRef(vals));
      assert.ok(same(ref, w) || ref === w, `${c.id} reference: got ${show(ref)}, NumPy ${show(w)}`);
    });
  }
  test("reductions of every length around the SIMD block sizes match the reference", () => {
    for (const code of ["i8", "u16", "i32", "u32", "i64", "u64", "f32", "f64"] as Code[]) {
      const w = ITEMSIZE[code];
      for (const n of [1, 2, 7, 15, 16, 17, 31, 63, 64, 65, 130]) {
        const A: Value[] = [];
        for (let i = 0; i < n; i++) {
          const v = ((i * 7919) % 61) - (code[0] === "u" ? 0 : 30);
          A.push(w === 8 && code[0] !== "f" ? BigInt(v) : v);
        }
        const vals = A as (number | bigint)[];
        for (const [fn, ref] of [
          ["max", extremeRef(vals, true)], ["min", extremeRef(vals, false)],
          ["argmax", argExtremeRef(vals, true)], ["argmin", argExtremeRef(vals, false)],
          ["any", Number(anyRef(vals))], ["all", Number(allRef(vals))],
        ] as [string, Value][]) {
          for (const mult of [1, -1] as Mult[]) {
            const rcode: Code = fn === "max" || fn === "min" ? code : "i32";
            const got = runReduce(`${fn}_${code}`, code, A, mult, 0, A.length, rcode);
            assert.ok(same(got, ref) || Number(got) === ref, `${fn}_${code} n=${n} x${mult}: got ${show(got)}, want ${show(ref)}`);
          }
        }
      }
    }
  });
  test("float max/min/argmax/argmin: NaN anywhere, inf and -inf together, and signed zeros", () => {
    // The contiguous float loop skips NaN propagation and redoes a run whose running sum is NaN
    // (a NaN, or inf - inf): every placement must still give NumPy's answer (the reference).
    for (const code of ["f32", "f64"] as Code[]) {
      const n = 203;
      const base = Array.from({ length: n }, (_, i) => (((i * 7919) % 97) - 48) / 8);
      const variants: [string, number[]][] = [["plain", base]];
      for (const at of [0, 3, 9, 31, 100, 190, 199, 202]) {
        const v = base.slice();
        v[at] = NaN;
        variants.push([`NaN at ${at}`, v]);
      }
      const infs = base.slice();
      infs[10] = Infinity;
      infs[150] = -Infinity;
      variants.push(["inf and -inf", infs]);
      // Signed zeros: which zero wins follows NumPy's lane order, not a sequential scan; the
      // expected [max, min, argmax, argmin] are NumPy's (1.24 and 2.4.6 agree).
      const zeros = base.map((x, i) => (x > 0 ? (i % 2 ? -0 : 0) : x));
      const numpy = new Map<number[], Value[]>([[zeros, [0, -6, 1, 0]], [zeros.map((x) => (x < 0 ? -0 : x)), [-0, -0, 0, 0]]]);
      for (const z of numpy.keys()) variants.push(["signed zeros", z]);
      for (const [what, A] of variants) {
        const np = numpy.get(A);
        for (const [fn, ref] of [
          ["max", np ? np[0] : extremeRef(A, true)], ["min", np ? np[1] : extremeRef(A, false)],
          ["argmax", np ? np[2] : argExtremeRef(A, true)], ["argmin", np ? np[3] : argExtremeRef(A, false)],
        ] as [string, Value][]) {
          const rcode: Code = fn === "max" || fn === "min" ? code : "i32";
          const got = runReduce(`${fn}_${code}`, code, A, 1, 0, A.length, rcode);
          assert.ok(same(got, ref), `${fn}_${code} ${what}: got ${show(got)}, want ${show(ref)}`);
        }
      }
    }
  });
});
