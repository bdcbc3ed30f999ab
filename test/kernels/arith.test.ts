// Elementwise kernels (assembly/arith): every binary and unary kernel against NumPy-generated
// results (test/golden/data/kernels_arith.json) in contiguous, strided, negative-stride, mixed
// and aliased layouts and at SIMD-boundary lengths; broadcast operands (stride 0) against the
// TypeScript reference (src/kernels/ts/arith.ts), which is itself checked against NumPy here.
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { binaryRef, unaryRef, type Code, type Value } from "../../src/kernels/ts/arith.js";
import { assertSame, CODE, decode, freeAll, fromB64, K, kernelCases, place, read, write, type KernelCase, type Mult } from "./harness.js";

after(() => freeAll());

/** Kernel name -> [op, dtype code]. */
function split(name: string): [string, Code] {
  const i = name.lastIndexOf("_");
  return [name.slice(0, i), name.slice(i + 1) as Code];
}

/** Per-kernel float tolerance in ulps: none, every kernel is bit-exact against NumPy. */
const ULPS: Record<string, number> = {};

function expected(c: KernelCase): [Code, Value[]] {
  const code = CODE[c.expect.dtype!]!;
  return [code, decode(fromB64(c.expect.data!), code)];
}

type Layout = { a: Mult; b: Mult; o: Mult; alias?: "a" | "b" };
const BIN_LAYOUTS: Layout[] = [
  { a: 1, b: 1, o: 1 },
  { a: 2, b: 2, o: 2 },
  { a: -1, b: -1, o: -1 },
  { a: 1, b: 2, o: -1 },
  { a: 3, b: 1, o: 1 },
  { a: 1, b: 1, o: 1, alias: "a" },
  { a: 1, b: 1, o: 1, alias: "b" },
  { a: 2, b: 2, o: 2, alias: "a" },
];

function runBinary(name: string, ca: Code, A: Value[], cb: Code, B: Value[], co: Code, L: Layout, n = A.length): Value[] {
  const [pa, sa] = place(ca, n, L.a);
  const [pb, sb] = place(cb, n, L.b);
  write(pa, sa, ca, A, L.a === 0 ? 1 : n);
  write(pb, sb, cb, B, L.b === 0 ? 1 : n);
  let [po, so] = place(co, n, L.o);
  if (L.alias === "a") [po, so] = [pa, sa];
  if (L.alias === "b") [po, so] = [pb, sb];
  K[name]!(pa, sa, pb, sb, po, so, n);
  return read(po, so, co, n);
}

function runUnary(name: string, ca: Code, A: Value[], co: Code, L: Layout, n = A.length): Value[] {
  const [pa, sa] = place(ca, n, L.a);
  write(pa, sa, ca, A, L.a === 0 ? 1 : n);
  let [po, so] = place(co, n, L.o);
  if (L.alias === "a") [po, so] = [pa, sa];
  K[name]!(pa, sa, po, so, n);
  return read(po, so, co, n);
}

describe("binary kernels vs NumPy", () => {
  for (const c of kernelCases("binary")) {
    test(c.kernel.name, () => {
      const name = c.kernel.name;
      assert.ok(typeof K[name] === "function", `kernel ${name} is exported`);
      const [[ca, A], [cb, B]] = c.inputs as [[Code, Value[]], [Code, Value[]]];
      const [co, want] = expected(c);
      const ulps = ULPS[name] ?? 0;
      const f32 = co === "f32" || co === "c64";
      for (const L of BIN_LAYOUTS) {
        if (L.alias === "a" && co !== ca) continue;
        if (L.alias === "b" && co !== cb) continue;
        assertSame(runBinary(name, ca, A, cb, B, co, L), want, `${name} ${JSON.stringify(L)}`, [A, B], ulps, f32);
      }
      for (const n of [0, 1, 3, 16, 17, 31]) {
        const got = runBinary(name, ca, A, cb, B, co, BIN_LAYOUTS[0]!, n);
        assertSame(got, want.slice(0, n), `${name} n=${n}`, [A, B], ulps, f32);
      }
      // The TypeScript reference agrees with NumPy too.
      const [op, code] = split(name);
      const ref = binaryRef(op, code);
      assert.ok(ref, `reference for ${name}`);
      assertSame(A.map((x, i) => ref(x, B[i])), want, `reference ${name}`, [A, B], ulps, f32);
    });
  }
});

describe("binary kernels with a broadcast operand (stride 0) vs the reference", () => {
  for (const c of kernelCases("binary")) {
    test(c.kernel.name, () => {
      const name = c.kernel.name;
      const [op, code] = split(name);
      const ref = binaryRef(op, code)!;
      const [[ca, A], [cb, B]] = c.inputs as [[Code, Value[]], [Code, Value[]]];
      const [co] = expected(c);
      const ulps = ULPS[name] ?? 0;
      const f32 = co === "f32" || co === "c64";
      for (const k of [0, 1, 5, Math.floor(A.length / 2), A.length - 1]) {
        const wantA = B.map((y) => ref(A[k], y));
        const gotA = runBinary(name, ca, [A[k]!], cb, B, co, { a: 0, b: 1, o: 1 }, B.length);
        assertSame(gotA, wantA, `${name} a=${String(A[k])} broadcast`, [B], ulps, f32);
        const wantB = A.map((x) => ref(x, B[k]));
        const gotB = runBinary(name, ca, A, cb, [B[k]!], co, { a: 1, b: 0, o: 1 }, A.length);
        assertSame(gotB, wantB, `${name} b=${String(B[k])} broadcast`, [A], ulps, f32);
        const gotS = runBinary(name, ca, A, cb, [B[k]!], co, { a: 2, b: 0, o: -1 }, A.length);
        assertSame(gotS, wantB, `${name} b broadcast, strided`, [A], ulps, f32);
        if (co === ca) {
          const gotAl = runBinary(name, ca, A, cb, [B[k]!], co, { a: 1, b: 0, o: 1, alias: "a" }, A.length);
          assertSame(gotAl, wantB, `${name} b broadcast, out aliasing a`, [A], ulps, f32);
        }
      }
    });
  }
});

const UN_LAYOUTS: Layout[] = [
  { a: 1, b: 1, o: 1 },
  { a: 2, b: 1, o: 2 },
  { a: -1, b: 1, o: -1 },
  { a: 1, b: 1, o: -1 },
  { a: 3, b: 1, o: 1 },
  { a: 1, b: 1, o: 1, alias: "a" },
];

describe("unary kernels vs NumPy", () => {
  for (const c of kernelCases("unary")) {
    test(c.kernel.name, () => {
      const name = c.kernel.name;
      assert.ok(typeof K[name] === "function", `kernel ${name} is exported`);
      const [[ca, A]] = c.inputs as [[Code, Value[]]];
      const [co, want] = expected(c);
      const ulps = ULPS[name] ?? 0;
      const f32 = co === "f32" || co === "c64";
      for (const L of UN_LAYOUTS) {
        if (L.alias === "a" && co !== ca) continue;
        assertSame(runUnary(name, ca, A, co, L), want, `${name} ${JSON.stringify(L)}`, [A], ulps, f32);
      }
      for (const n of [0, 1, 3, 16, 17, 31]) {
        assertSame(runUnary(name, ca, A, co, UN_LAYOUTS[0]!, n), want.slice(0, n), `${name} n=${n}`, [A], ulps, f32);
      }
      const [op, code] = split(name);
      const ref = unaryRef(op, code);
      assert.ok(ref, `reference for ${name}`);
      assertSame(A.map((x) => ref(x)), want, `reference ${name}`, [A], ulps, f32);
    });
  }
});

describe("kernel edge cases that trap in plain WebAssembly", () => {
  test("int32/int64 floor_divide, remainder, fmod by 0 and INT_MIN by -1 do not trap", () => {
    for (const [code, min] of [["i32", -(2 ** 31)], ["i64", -(2n ** 63n)]] as const) {
      const neg1 = typeof min === "bigint" ? -1n : -1;
      const zero = typeof min === "bigint" ? 0n : 0;
      const A: Value[] = [min, min, 7 as never, min];
      const B: Value[] = [neg1, zero, zero, neg1];
      if (typeof min === "bigint") A[2] = 7n;
      const fd = runBinary(`floor_divide_${code}`, code, A, code, B, code, BIN_LAYOUTS[0]!);
      assert.deepEqual(fd, [min, zero, zero, min]);
      const rem = runBinary(`remainder_${code}`, code, A, code, B, code, BIN_LAYOUTS[0]!);
      assert.deepEqual(rem, [zero, zero, zero, zero]);
      const fm = runBinary(`fmod_${code}`, code, A, code, B, code, BIN_LAYOUTS[0]!);
      assert.deepEqual(fm, [zero, zero, zero, zero]);
    }
  });
});

describe("integer division kernels: the float-quotient vector path is exact", () => {
  // assembly/arith/intdiv.ts divides 8/16/32-bit lanes in floating point (and multiplies by the
  // reciprocal for a broadcast divisor): every 8-bit pair, every 16-bit dividend by many
  // divisors, and 32-bit extremes, against the TypeScript reference, both layouts.
  const RANGE: Partial<Record<Code, [number, number]>> = { i8: [-128, 127], u8: [0, 255], i16: [-32768, 32767], u16: [0, 65535], i32: [-(2 ** 31), 2 ** 31 - 1], u32: [0, 2 ** 32 - 1] };
  const divisors = (code: Code): number[] => {
    const [lo, hi] = RANGE[code]!;
    if (hi <= 255) return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
    const ds = new Set<number>([lo, lo + 1, hi, hi - 1, 0, 1, 2, 3, 7, 10, 127, 128, 255, 256, 1000, 32767, 65535, 2 ** 31 - 1]);
    for (let k = 1; k < 31; k++) ds.add(2 ** k - 1).add(2 ** k).add(2 ** k + 1);
    for (const d of [...ds]) ds.add(-d);
    return [...ds].filter((d) => d >= lo && d <= hi);
  };
  const dividends = (code: Code): number[] => {
    const [lo, hi] = RANGE[code]!;
    if (hi - lo < 70000) return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
    const xs = [lo, lo + 1, hi, hi - 1, 0, 1, -1, 2 ** 31 - 1, 2 ** 30, 3 * 2 ** 29 + 1];
    let s = 7;
    for (let i = 0; i < 4000; i++) {
      s = (s * 1103515245 + 12345) >>> 0;
      xs.push(lo + Math.floor((s / 2 ** 32) * (hi - lo + 1)));
    }
    return xs.filter((x) => x >= lo && x <= hi);
  };
  for (const code of ["i8", "u8", "i16", "u16", "i32", "u32"] as Code[]) {
    for (const op of ["floor_divide", "remainder", "fmod"]) {
      test(`${op}_${code}`, () => {
        const ref = binaryRef(op, code)!;
        const A = dividends(code);
        for (const d of divisors(code)) {
          const want = A.map((x) => ref(x, d));
          assertSame(runBinary(`${op}_${code}`, code, A, code, [d], code, { a: 1, b: 0, o: 1 }, A.length), want, `${op}_${code} by ${d} (broadcast)`, [A]);
          assertSame(runBinary(`${op}_${code}`, code, A, code, A.map(() => d), code, BIN_LAYOUTS[0]!), want, `${op}_${code} by ${d}`, [A]);
          freeAll();
        }
      });
    }
  }
});

describe("64-bit integer division kernels: float64 pairs and the scalar fallback", () => {
  // Pairs of lanes below 2^50 divide in float64 (assembly/arith/intdiv.ts); others fall back.
  const P50 = 2n ** 50n;
  for (const code of ["i64", "u64"] as Code[]) {
    const signed = code === "i64";
    const lo = signed ? -(2n ** 63n) : 0n;
    const hi = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
    const edge = [0n, 1n, 2n, 3n, 7n, 1000n, P50 - 1n, P50, P50 + 1n, 2n ** 51n, 2n ** 53n + 1n, hi, hi - 1n];
    const xs = [...edge, ...(signed ? [...edge.map((v) => -v), lo, lo + 1n] : [])];
    let s = 11n;
    for (let i = 0; i < 600; i++) {
      s = (s * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n;
      const v = i % 3 === 0 ? s : s % (i % 3 === 1 ? P50 : 100000n);
      xs.push(signed ? BigInt.asIntN(64, i % 2 ? v : -v) : BigInt.asUintN(64, v));
    }
    const ds = [...edge, ...(signed ? edge.map((v) => -v) : [])].filter((d) => d >= lo && d <= hi);
    for (const op of ["floor_divide", "remainder", "fmod"]) {
      test(`${op}_${code}`, () => {
        const ref = binaryRef(op, code)!;
        for (const d of ds) {
          const want = xs.map((x) => ref(x, d));
          assertSame(runBinary(`${op}_${code}`, code, xs, code, [d], code, { a: 1, b: 0, o: 1 }, xs.length), want, `${op}_${code} by ${d} (broadcast)`, [xs]);
          assertSame(runBinary(`${op}_${code}`, code, xs, code, xs.map(() => d), code, BIN_LAYOUTS[0]!), want, `${op}_${code} by ${d}`, [xs]);
          freeAll();
        }
        // mixed divisors per lane: both lanes of a pair must be small for the float path
        const ys = xs.map((_, i) => ds[i % ds.length]!);
        assertSame(runBinary(`${op}_${code}`, code, xs, code, ys, code, BIN_LAYOUTS[0]!), xs.map((x, i) => ref(x, ys[i])), `${op}_${code} mixed`, [xs, ys]);
        freeAll();
      });
    }
  }
});

describe("shift kernels by a broadcast count", () => {
  // A broadcast count shifts whole vectors (loops.ts's byScalar); counts out of [0, width),
  // negative ones included, give NumPy's 0 or sign fill.
  const VALUES: Record<string, Value[]> = {
    i8: [-128, -77, -1, 0, 1, 5, 100, 127], u8: [0, 1, 77, 128, 255], i16: [-32768, -300, -1, 0, 1, 300, 32767], u16: [0, 1, 300, 65535],
    i32: [-(2 ** 31), -123456, -1, 0, 1, 123456, 2 ** 31 - 1], u32: [0, 1, 123456, 2 ** 32 - 1],
    i64: [-(2n ** 63n), -123456789012n, -1n, 0n, 1n, 2n ** 63n - 1n], u64: [0n, 1n, 123456789012n, 2n ** 64n - 1n],
  };
  for (const [code, vals] of Object.entries(VALUES) as [Code, Value[]][]) {
    for (const op of ["left_shift", "right_shift"]) {
      test(`${op}_${code}`, () => {
        const ref = binaryRef(op, code)!;
        const A = Array.from({ length: 37 }, (_, i) => vals[i % vals.length]!);
        const wide = code === "i64" || code === "u64";
        for (let k = -3; k <= 70; k++) {
          if (k < 0 && code.startsWith("u")) continue;
          const cnt = (wide ? BigInt(k) : k) as Value;
          assertSame(runBinary(`${op}_${code}`, code, A, code, [cnt], code, { a: 1, b: 0, o: 1 }, A.length), A.map((x) => ref(x, cnt)), `${op}_${code} by ${k}`, [A]);
        }
        freeAll();
      });
    }
  }
});

describe("property: kernels equal the reference on random data and layouts", () => {
  const ops: [string, Code][] = [
    ["add", "i8"], ["multiply", "i8"], ["multiply", "u16"], ["subtract", "u32"], ["multiply", "i64"],
    ["floor_divide", "i16"], ["remainder", "i32"], ["maximum", "u64"], ["minimum", "i64"], ["less", "u64"],
    ["add", "f32"], ["multiply", "f64"], ["floor_divide", "f64"], ["remainder", "f32"], ["maximum", "f64"],
    ["greater_equal", "f32"], ["left_shift", "i16"], ["right_shift", "i64"],
  ];
  const mults: Mult[] = [1, 2, -1, 0, 3];
  const arb = (code: Code): fc.Arbitrary<Value> => {
    switch (code) {
      case "i8":
        return fc.integer({ min: -128, max: 127 });
      case "i16":
        return fc.integer({ min: -32768, max: 32767 });
      case "u16":
        return fc.integer({ min: 0, max: 65535 });
      case "i32":
        return fc.integer();
      case "u32":
        return fc.integer({ min: 0, max: 2 ** 32 - 1 });
      case "i64":
        return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
      case "u64":
        return fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
      case "f32":
        return fc.float({ noDefaultInfinity: false }).map((x) => Math.fround(x));
      default:
        return fc.double();
    }
  };
  for (const [op, code] of ops) {
    test(`${op}_${code}`, () => {
      const ref = binaryRef(op, code)!;
      const outCode: Code = ["less", "greater_equal"].includes(op) ? "b" : code;
      fc.assert(
        fc.property(
          fc.array(fc.tuple(arb(code), arb(code)), { minLength: 1, maxLength: 70 }),
          fc.constantFrom(...mults),
          fc.constantFrom(...mults),
          fc.constantFrom<Mult>(1, 2, -1),
          (pairs, ma, mb, mo) => {
            const A = pairs.map((p) => p[0]);
            const B = pairs.map((p) => p[1]);
            const n = A.length;
            const got = runBinary(`${op}_${code}`, code, A, code, B, outCode, { a: ma, b: mb, o: mo }, n);
            const want = A.map((_, i) => ref(ma === 0 ? A[0] : A[i], mb === 0 ? B[0] : B[i]));
            assertSame(got, want, `${op}_${code}`, [A, B]);
          },
        ),
        { numRuns: 150 },
      );
      freeAll();
    });
  }
});
