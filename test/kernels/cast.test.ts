// Cast kernels cast_<from>_<to> for all 169 dtype pairs against NumPy's astype results
// (test/golden/data/kernels_arith.json), in contiguous (SIMD), strided, negative-stride and
// aliased layouts and at SIMD-boundary lengths; the TypeScript reference castValue likewise.
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { castValue, type Code, type Value } from "../../src/kernels/ts/arith.js";
import { castFloatToInt } from "../../src/core/scalar.js";
import { INT32, UINT32 } from "../../src/core/dtype.js";
import { assertSame, CODE, decode, freeAll, fromB64, ITEMSIZE, K, kernelCases, place, read, write, type Mult } from "./harness.js";
import * as np from "../../src/index.js";

after(() => freeAll());

function runCast(name: string, cf: Code, A: Value[], ct: Code, ms: Mult, md: Mult, alias = false, n = A.length): Value[] {
  const [ps, ss] = place(cf, n, ms);
  write(ps, ss, cf, A, n);
  const [pd, ds] = alias ? [ps, ss] : place(ct, n, md);
  K[name]!(ps, ss, pd, ds, n);
  return read(pd, ds, ct, n);
}

const LAYOUTS: [Mult, Mult][] = [[1, 1], [2, 2], [-1, -1], [1, -1], [3, 1], [1, 2]];

const cases = kernelCases("cast");

describe("cast kernels vs NumPy astype", () => {
  test("all 169 dtype pairs are covered", () => assert.equal(cases.length, 169));
  for (const c of cases) {
    test(c.kernel.name, () => {
      const name = c.kernel.name;
      assert.ok(typeof K[name] === "function", `kernel ${name} is exported`);
      const [[cf, A]] = c.inputs as [[Code, Value[]]];
      const ct = CODE[c.expect.dtype!]!;
      const want = decode(fromB64(c.expect.data!), ct);
      for (const [ms, md] of LAYOUTS) assertSame(runCast(name, cf, A, ct, ms, md), want, `${name} ${ms}->${md}`, [A]);
      if (ITEMSIZE[cf] === ITEMSIZE[ct]) assertSame(runCast(name, cf, A, ct, 1, 1, true), want, `${name} in place`, [A]);
      for (const n of [0, 1, 3, 4, 15, 16, 17, 33]) {
        assertSame(runCast(name, cf, A, ct, 1, 1, false, n), want.slice(0, n), `${name} n=${n}`, [A]);
      }
      assertSame(A.map((x) => castValue(x, cf, ct)), want, `castValue ${cf}->${ct}`, [A]);
    });
  }
});

describe("float -> int rules", () => {
  test("castValue agrees with core/scalar.ts castFloatToInt (the measured x86 rules)", () => {
    for (const x of [-3e9, -2147483649, 2147483648, 4294967296, 5e9, NaN, Infinity, -Infinity, -1.5, 1e300]) {
      assert.equal(castValue(x, "f64", "i32"), castFloatToInt(x, INT32));
      assert.equal(castValue(x, "f64", "u32"), castFloatToInt(x, UINT32));
    }
  });
});

describe("property: casts equal castValue on random values and layouts", () => {
  const arb: Partial<Record<Code, fc.Arbitrary<Value>>> = {
    f64: fc.oneof(fc.double(), fc.double({ min: -1e20, max: 1e20 }), fc.integer().map((x) => x + 0.5)),
    f32: fc.oneof(fc.float(), fc.float({ min: -3e9, max: 5e9 })).map((x) => Math.fround(x)),
    i64: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
    u64: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
    i32: fc.integer(),
    u16: fc.integer({ min: 0, max: 65535 }),
  };
  const targets: Code[] = ["b", "i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64", "f32", "f64"];
  for (const [from, a] of Object.entries(arb) as [Code, fc.Arbitrary<Value>][]) {
    test(`from ${from}`, () => {
      fc.assert(
        fc.property(fc.array(a, { minLength: 1, maxLength: 40 }), fc.constantFrom(...targets), fc.constantFrom<Mult>(1, 2, -1), (A, to, m) => {
          const got = runCast(`cast_${from}_${to}`, from, A, to, m, m === 2 ? 1 : m);
          assertSame(got, A.map((x) => castValue(x, from, to)), `cast_${from}_${to}`, [A]);
        }),
        { numRuns: 300 },
      );
      freeAll();
    });
  }
});

test("same-dtype copies of transposed, reversed and row-sliced heap arrays (the tiled 2-d copy)", () => {

  for (const dtype of ["bool", "int8", "int16", "float32", "float64", "complex64", "complex128"] as const) {
    for (const [r, c] of [[37, 53], [64, 64], [3, 700], [129, 17]] as const) {
      const vals = Array.from({ length: r * c }, (_, i) => (i * 7919) % 251);
      const a = np.array(vals).astype(dtype).reshape(r, c);
      const rows = a.tolist() as unknown[][];
      const T = rows[0]!.map((_, j) => rows.map((row) => row[j]));
      assert.deepEqual(a.T.copy().tolist(), T, `${dtype} (${r}, ${c}).T`);
      assert.deepEqual(np.ascontiguousarray((a.get("::-1", ":") as np.NDArray).T).tolist(), T.map((row) => [...row].reverse()), `${dtype} reversed rows, transposed`);
      assert.deepEqual((a.get(":", "1:-1") as np.NDArray).copy().tolist(), rows.map((row) => row.slice(1, -1)), `${dtype} inner slice`);
    }
  }
  // Three axes: swapping the outer two keeps rows contiguous; swapping first and last transposes.
  const b = np.arange(6 * 5 * 40).reshape(6, 5, 40);
  const bl = b.tolist() as number[][][];
  assert.deepEqual(np.transpose(b, [1, 0, 2]).copy().tolist(), bl[0]!.map((_, j) => bl.map((p) => p[j]!)));
  assert.deepEqual(np.swapaxes(b, 0, 2).copy().tolist(), bl[0]![0]!.map((_, k) => bl[0]!.map((_, j) => bl.map((p) => p[j]![k]!))));
});

// NumPy 2.4.6's RuntimeWarnings of casts (x86-64): "invalid value encountered in cast" for a
// float NaN, infinity, or value past the conversion's range into an integer dtype (the ranges
// below measured with warnings.simplefilter('error') on np.array([v]).astype(dt)), "overflow
// encountered in cast" for a finite float64 that becomes an infinite float32.
describe("cast warnings (NumPy's 'encountered in cast')", async () => {
  const { withWarnings } = await import("../helpers/warnings.js");
  const INVALID = "RuntimeWarning: invalid value encountered in cast";
  const OVERFLOW = "RuntimeWarning: overflow encountered in cast";
  // [dtype, values NumPy accepts silently, values it flags] (float64 sources).
  const RANGES: [string, number[], number[]][] = [
    ["int8", [300.5, -129.5, 2 ** 31 - 1, -(2 ** 31)], [2 ** 31, -(2 ** 31) - 1, NaN]],
    ["uint8", [-1.5, 256.5], [2 ** 31, Infinity]],
    ["int16", [40000.5], [-Infinity, 2 ** 32]],
    ["uint16", [-1.5], [2 ** 31]],
    ["int32", [-(2 ** 31), 2 ** 31 - 1], [3e9, -(2 ** 31) - 1, NaN]],
    ["uint32", [-1.5, -3e9, 5e9], [2 ** 63, -(2 ** 63) - 2048, NaN]],
    ["int64", [-(2 ** 63), 2 ** 63 - 1024], [2 ** 63, 1e20, -(2 ** 63) - 2048, Infinity]],
    ["uint64", [-1.5, 2 ** 63, 2 ** 64 - 2048, -(2 ** 63)], [2 ** 64, 1e20, -(2 ** 63) - 2048, NaN]],
  ];
  // Under np.errstate({invalid: "raise"}) every cast reports (a warning shows once per call site).
  const flagged = (fn: () => unknown): boolean => {
    try {
      np.errstate({ all: "raise" }, fn);
      return false;
    } catch (e) {
      if ((e as Error).name !== "FloatingPointError") throw e;
      assert.equal((e as Error).message, "invalid value encountered in cast");
      return true;
    }
  };
  for (const [dt, ok, bad] of RANGES) {
    test(`float64 -> ${dt}: which values are invalid`, () => {
      for (const v of ok) {
        assert.equal(flagged(() => np.array([v], { dtype: "float64" }).astype(dt)), false, `${v}`);
        // A long run (the SIMD loops flag INT_MIN results; the exact check clears them).
        assert.equal(flagged(() => np.full(100, v, { dtype: "float64" }).astype(dt)), false, `${v} x100`);
      }
      for (const v of bad) {
        assert.equal(flagged(() => np.array([v], { dtype: "float64" }).astype(dt)), true, `${v}`);
        const long = np.zeros(103, { dtype: "float64" });
        long.set(101, v);
        assert.equal(flagged(() => long.astype(dt)), true, `${v} in a long run`);
        assert.equal(flagged(() => (long.get("::-1") as np.NDArray).astype(dt)), true, `${v} reversed`);
        assert.equal(flagged(() => (long.get("1::2") as np.NDArray).astype(dt)), true, `${v} strided`);
      }
    });
  }
  test("the warning itself", async () => {
    assert.deepEqual((await withWarnings(() => np.array([NaN]).astype("int16")))[1], [INVALID]);
  });

  test("float32 sources: 2**31 - 1 rounds to 2**31 (invalid for int32), 2**64 - 2048 to 2**64", async () => {
    // np.array([2147483647.0], dtype=np.float32).astype(np.int16) warns; so does uint64 of 2**64-2048.
    const f32 = (v: number, n = 1) => np.full(n, v, { dtype: "float32" });
    assert.equal(flagged(() => f32(2 ** 31 - 1).astype("int16")), true);
    assert.equal(flagged(() => f32(2 ** 64 - 2048, 50).astype("uint64")), true);
    assert.equal(flagged(() => f32(NaN, 37).astype("int32")), true);
    assert.equal(flagged(() => f32(NaN, 37).astype("uint8")), true);
    assert.equal(flagged(() => f32(-(2 ** 31), 37).astype("int32")), false);
    assert.equal(flagged(() => f32(1e9, 37).astype("int64")), false);
  });

  test("float64 -> float32 / complex64 overflow; NaN, inf, tiny values and widening casts are silent", async () => {
    assert.deepEqual((await withWarnings(() => np.array([1e40]).astype("float32")))[1], [OVERFLOW]);
    assert.deepEqual((await withWarnings(() => np.full(64, -1e39).astype("float32")))[1], [OVERFLOW]);
    assert.deepEqual((await withWarnings(() => np.array([{ re: 1, im: 1e40 }]).astype("complex64")))[1], [OVERFLOW]);
    assert.deepEqual((await withWarnings(() => np.full(40, { re: 1e40, im: 0 }).astype("complex64")))[1], [OVERFLOW]);
    // 3.4028235e38 (float32's max) rounds down; half an ulp more rounds to inf.
    assert.deepEqual((await withWarnings(() => np.full(40, 3.4028235677973362e38).astype("float32")))[1], []);
    assert.deepEqual((await withWarnings(() => np.full(40, 3.4028235677973366e38).astype("float32")))[1], [OVERFLOW]);
    assert.deepEqual((await withWarnings(() => np.full(40, Infinity).astype("float32")))[1], []);
    assert.deepEqual((await withWarnings(() => np.array([NaN, 1e-50]).astype("float32")))[1], []);
    assert.deepEqual((await withWarnings(() => np.array([NaN]).astype("bool")))[1], []);
    assert.deepEqual((await withWarnings(() => np.array([NaN], { dtype: "float32" }).astype("float64")))[1], []);
    assert.deepEqual((await withWarnings(() => np.array([2 ** 62]).astype("float32")))[1], []);
  });

  test("complex -> int: ComplexWarning, then the real part's invalid", async () => {
    // np.array([complex(nan, 0)]).astype(np.int64) warns both, in this order.
    const [, seen] = await withWarnings(() => np.array([{ re: NaN, im: 0 }]).astype("int64"));
    assert.deepEqual(seen, ["ComplexWarning: Casting complex values to real discards the imaginary part", INVALID]);
    assert.deepEqual((await withWarnings(() => np.array([{ re: 1, im: NaN }]).astype("int64")))[1].length, 1);
  });

  test("every path NumPy casts on: np.array/asarray with a dtype, full, full_like, linspace, assignment, copyto", async () => {
    const nan = np.array([NaN, NaN, NaN]);
    assert.deepEqual((await withWarnings(() => np.array(nan, { dtype: "int64" })))[1], [INVALID]);
    assert.deepEqual((await withWarnings(() => np.asarray(nan, { dtype: "int8" })))[1], [INVALID]);
    assert.deepEqual((await withWarnings(() => np.full(2, NaN, { dtype: "int64" })))[1], [INVALID]);
    assert.deepEqual((await withWarnings(() => np.full_like(np.arange(2), Infinity)))[1], [INVALID]);
    assert.deepEqual((await withWarnings(() => np.linspace(0, NaN, 3, { dtype: "int64" })))[1], [INVALID]);
    assert.deepEqual((await withWarnings(() => np.arange(3).set(":", nan)))[1], [INVALID]);
    assert.deepEqual((await withWarnings(() => np.copyto(np.arange(3), nan, { casting: "unsafe" })))[1], [INVALID]);
    // A Python float into float32 storage: np.full, np.array, setitem, fill (NumPy warns on each).
    assert.deepEqual((await withWarnings(() => np.full(2, 1e40, { dtype: "float32" })))[1], [OVERFLOW]);
    assert.deepEqual((await withWarnings(() => np.array([1e40, 1], { dtype: "float32" })))[1], [OVERFLOW]);
    assert.deepEqual((await withWarnings(() => np.array([{ re: 1, im: -1e40 }], { dtype: "complex64" })))[1], [OVERFLOW]);
    assert.deepEqual((await withWarnings(() => np.zeros(2, { dtype: "float32" }).set(0, 1e40)))[1], [OVERFLOW]);
    assert.deepEqual((await withWarnings(() => np.zeros(2, { dtype: "float32" }).fill(-1e40)))[1], [OVERFLOW]);
    assert.deepEqual((await withWarnings(() => np.array([Infinity], { dtype: "float32" })))[1], []);
    // A Python float NaN into an int array is an error, not a cast (NumPy's ValueError).
    assert.throws(() => np.array([NaN], { dtype: "int64" }), { name: "ValueError", message: "cannot convert float NaN to integer" });
  });

  test("np.errstate governs them: raise gives FloatingPointError, ignore silences", async () => {
    assert.throws(() => np.errstate({ invalid: "raise" }, () => np.array([NaN]).astype("int32")), {
      name: "FloatingPointError",
      message: "invalid value encountered in cast",
    });
    assert.throws(() => np.errstate({ over: "raise" }, () => np.array([1e300]).astype("float32")), {
      name: "FloatingPointError",
      message: "overflow encountered in cast",
    });
    assert.deepEqual((await withWarnings(() => np.errstate({ invalid: "ignore" }, () => np.array([NaN]).astype("int32"))))[1], []);
  });

  test("the values cast stay NumPy's (x86 results) when warned", () => {
    // np.array([nan, inf, -inf, 1e20]).astype(np.int32) -> [-2147483648]*4 (with the warning).
    assert.deepEqual(np.errstate({ invalid: "ignore" }, () => np.array([NaN, Infinity, -Infinity, 1e20]).astype("int32").tolist()), [
      -2147483648, -2147483648, -2147483648, -2147483648,
    ]);
  });
});

// Expected conditions below are NumPy 2.4.6's on x86-64 (conformance probes, conf-ufunc session).
test("astype's cast conditions: invalid to integers (through x86's conversions), overflow to float32", () => {
  // 8: invalid, 2: overflow, 0: nothing (errstate's condition bits)
  const flags = (values: number[], from: string, to: string) => {
    const a = np.array(values, { dtype: from as never });
    try {
      np.errstate({ all: "raise" }, () => a.astype(to as never));
      return 0;
    } catch (e) {
      return (e as Error).message.startsWith("invalid") ? 8 : (e as Error).message.startsWith("overflow") ? 2 : -1;
    }
  };
  assert.equal(flags([NaN], "float64", "int64"), 8);
  assert.equal(flags([Infinity], "float64", "int8"), 8);
  assert.equal(flags([300], "float64", "int8"), 0); // through int32: wraps quietly
  assert.equal(flags([65536.5], "float64", "uint16"), 0);
  assert.equal(flags([1e10], "float64", "int32"), 8);
  assert.equal(flags([-(2 ** 31) - 0.5], "float64", "int32"), 0);
  assert.equal(flags([-(2 ** 31) - 1], "float64", "int32"), 8);
  assert.equal(flags([2 ** 31], "float64", "uint32"), 0); // through int64
  assert.equal(flags([1e20], "float64", "uint32"), 8);
  assert.equal(flags([2 ** 63], "float64", "int64"), 8);
  assert.equal(flags([-1], "float64", "uint64"), 0);
  assert.equal(flags([2 ** 64], "float64", "uint64"), 8);
  assert.equal(flags([NaN], "float64", "bool"), 0);
  assert.equal(flags([1e300], "float64", "float32"), 2);
  assert.equal(flags([Infinity, NaN], "float64", "float32"), 0);
  assert.equal(flags([3.4028235e38 * (1 + 2 ** -25)], "float64", "float32"), 2);
  assert.equal(flags([1e300], "float64", "complex64"), 2);
  assert.equal(flags([NaN], "float32", "int16"), 8);
  assert.equal(flags([1e300], "float64", "float64"), 0);
});

test("cast conditions on heap arrays (flagged by the cast kernels) agree with NumPy 2.4.6's", () => {
  const mk = (v: number, at: number, dtype: "float64" | "float32" = "float64") => {
    const a = np.zeros(5000, { dtype });
    if (at >= 0) a.set(at, v);
    return a;
  };
  const cond = (f: () => unknown): string => {
    try {
      np.errstate({ all: "raise" }, f);
      return "ok";
    } catch (e) {
      return (e as Error).message;
    }
  };
  const invalid = "invalid value encountered in cast";
  assert.equal(cond(() => mk(NaN, 4000).astype("int64")), invalid);
  assert.equal(cond(() => mk(Infinity, 10).astype("int32")), invalid);
  assert.equal(cond(() => mk(300, 10).astype("int8")), "ok");
  assert.equal(cond(() => mk(2 ** 31, 10).astype("int32")), invalid);
  assert.equal(cond(() => mk(-(2 ** 31) - 0.5, 10).astype("int32")), "ok");
  assert.equal(cond(() => mk(2 ** 64, 3).astype("uint64")), invalid);
  assert.equal(cond(() => mk(-1, 3).astype("uint64")), "ok");
  assert.equal(cond(() => mk(1e300, 4999).astype("float32")), "overflow encountered in cast");
  assert.equal(cond(() => mk(Infinity, 3).astype("float32")), "ok");
  assert.equal(cond(() => mk(NaN, 3).astype("float32")), "ok");
  const v = np.zeros(10000).get("::-2") as np.NDArray; // negative strides
  v.set(7, NaN);
  assert.equal(cond(() => v.astype("int16")), invalid);
  assert.equal(cond(() => np.add(mk(NaN, 100), 1, { out: np.zeros(5000, { dtype: "int64" }), casting: "unsafe" })), "invalid value encountered in add");
});
