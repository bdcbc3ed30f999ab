/**
 * The transcendental kernels (assembly/transcendental.ts) against NumPy's results
 * (test/golden/data/umath_accuracy.json, made by test/golden/families/umath_accuracy.py), called
 * directly on heap blocks: contiguous (SIMD), strided (2 * itemsize), in place, reversed and
 * broadcast layouts. Each result must be within the case's ulps of NumPy's, in the result's
 * dtype; NaN, infinities and signed zeros exactly. The TypeScript reference (src/kernels/ts/math.ts)
 * must give the kernels' results bit for bit.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { kernels, heapAlloc, heapFree, HEAP, refreshHeap } from "../../src/storage/heap.js";
import { reference } from "../../src/kernels/ts/math.js";

interface Case {
  id: string;
  js: string;
  ulps?: number;
  expect: { kind: string; dtype?: string; data?: string };
}

type Typed = Float64Array | Float32Array;
type Ctor = Float64ArrayConstructor | Float32ArrayConstructor;

const doc = JSON.parse(readFileSync(join(process.cwd(), "test/golden/data/umath_accuracy.json"), "utf8")) as { cases: Case[] };

function decode(b64: string, dtype: string): Typed {
  const bytes = Buffer.from(b64, "base64");
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return dtype === "float32" ? new Float32Array(copy.buffer) : new Float64Array(copy.buffer);
}

/** Parses `np.<op>(D("..", "dt", [n]), ...)` into the op and its input arrays. */
function parse(js: string): { op: string; inputs: Typed[]; dtype: string } {
  const m = /^np\.(\w+)\(/.exec(js);
  assert.ok(m, `cannot parse ${js.slice(0, 40)}`);
  const inputs: Typed[] = [];
  let dtype = "";
  for (const d of js.matchAll(/D\("([^"]*)", "(\w+)", \[\d+\]\)/g)) {
    dtype = d[2]!;
    inputs.push(decode(d[1]!, d[2]!));
  }
  return { op: m[1]!, inputs, dtype };
}

/** Spacing of floats at |w| in the dtype (the ulp of NumPy's result). */
function ulpOf(w: number, f32: boolean): number {
  const a = Math.abs(w);
  if (f32) {
    if (a < 2 ** -126) return 2 ** -149;
    const e = Math.floor(Math.log2(a));
    const e2 = 2 ** e > a ? e - 1 : 2 ** (e + 1) <= a ? e + 1 : e;
    return 2 ** (e2 - 23);
  }
  if (a < 2 ** -1022) return 2 ** -1074;
  const e = Math.floor(Math.log2(a));
  const e2 = 2 ** e > a ? e - 1 : 2 ** (e + 1) <= a ? e + 1 : e;
  return 2 ** (e2 - 52);
}

function close(got: number, want: number, ulps: number, f32: boolean): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (!Number.isFinite(want) || want === 0) return Object.is(got, want);
  if (!Number.isFinite(got)) return false;
  return Math.abs(got - want) <= ulps * ulpOf(want, f32);
}

/** Runs a kernel with the inputs laid out at a byte stride (0 = broadcast of element 0). */
function runKernel(name: string, inputs: Typed[], Typed: Ctor, layout: "contig" | "strided" | "inplace" | "reversed"): Typed {
  const n = inputs[0]!.length;
  const isz = Typed.BYTES_PER_ELEMENT;
  const step = layout === "strided" ? 2 : 1;
  const bytes = n * step * isz + 16;
  const ptrs = inputs.map(() => heapAlloc(bytes));
  const outPtr = layout === "inplace" ? ptrs[0]! : heapAlloc(bytes);
  refreshHeap();
  const view = () => new Typed(HEAP.buffer, 0, HEAP.buffer.byteLength / isz);
  let v = view();
  inputs.forEach((inp, k) => {
    for (let i = 0; i < n; i++) v[(ptrs[k]! >> Math.log2(isz)) + i * step] = inp[i]!;
  });
  const s = step * isz;
  const fn = kernels[name];
  assert.equal(typeof fn, "function", `kernel ${name} is missing`);
  const args: number[] = [];
  if (layout === "reversed") {
    for (const p of ptrs) args.push(p + (n - 1) * isz, -isz);
    args.push(outPtr === ptrs[0] ? outPtr : outPtr + (n - 1) * isz, -isz);
  } else {
    for (const p of ptrs) args.push(p, s);
    args.push(outPtr, s);
  }
  fn(...args, n);
  v = view();
  const out = new Typed(n);
  for (let i = 0; i < n; i++) {
    const idx = (outPtr >> Math.log2(isz)) + i * step;
    out[i] = v[idx]!;
  }
  for (const p of ptrs) heapFree(p, bytes);
  if (outPtr !== ptrs[0]) heapFree(outPtr, bytes);
  return out;
}

function checkAll(where: string, got: Typed, want: Typed, inputs: Typed[], ulps: number, f32: boolean): void {
  let bad = 0;
  const msgs: string[] = [];
  for (let i = 0; i < want.length; i++) {
    if (!close(got[i]!, want[i]!, ulps, f32)) {
      bad++;
      if (msgs.length < 5) {
        const d = Number.isFinite(got[i]!) && Number.isFinite(want[i]!) ? ` (${(Math.abs(got[i]! - want[i]!) / ulpOf(want[i]!, f32)).toFixed(2)} ulp)` : "";
        msgs.push(`  x=${inputs.map((a) => a[i]).join(", ")}: got ${got[i]}, NumPy ${want[i]}${d}`);
      }
    }
  }
  assert.equal(bad, 0, `${where}: ${bad} of ${want.length} values off by more than ${ulps} ulp\n${msgs.join("\n")}`);
}

for (const c of doc.cases) {
  const { op, inputs, dtype } = parse(c.js);
  const f32 = dtype === "float32";
  const Typed: Ctor = f32 ? Float32Array : Float64Array;
  const name = `${op}_${f32 ? "f32" : "f64"}`;
  test(`${c.id}: within ${c.ulps ?? 0} ulp of NumPy in every layout`, () => {
    assert.equal(c.expect.kind, "array");
    assert.equal(c.expect.dtype, dtype);
    const want = decode(c.expect.data!, dtype);
    const ulps = c.ulps ?? 0;
    const contig = runKernel(name, inputs, Typed, "contig");
    checkAll(`${name} contiguous`, contig, want, inputs, ulps, f32);
    for (const layout of ["strided", "inplace", "reversed"] as const) {
      const got = runKernel(name, inputs, Typed, layout);
      for (let i = 0; i < got.length; i++) {
        if (!Object.is(got[i], contig[i]) && !(Number.isNaN(got[i]) && Number.isNaN(contig[i]))) {
          assert.fail(`${name} ${layout}: element ${i} (x=${inputs.map((a) => a[i]).join(", ")}) is ${got[i]}, contiguous gives ${contig[i]}`);
        }
      }
    }
    // Broadcast (stride 0) of a few inputs gives the same value everywhere.
    for (const i of [0, 1, 7, want.length - 1]) {
      const one = inputs.map((a) => new Typed(9).fill(a[i]!));
      const got = runKernelBroadcast(name, one, Typed);
      for (const g of got) assert.ok(Object.is(g, contig[i]) || (Number.isNaN(g) && Number.isNaN(contig[i]!)), `${name} broadcast of x=${inputs.map((a) => a[i])}: ${g} vs ${contig[i]}`);
    }
    // Binary ops with a broadcast second operand (x ** 2.0): contiguous a, b of stride 0.
    if (inputs.length === 2) {
      for (const j of [0, 5, 100, want.length - 1]) {
        const got = runScalarB(name, inputs[0]!, inputs[1]![j]!, Typed);
        const ref = reference[name]!;
        for (let i = 0; i < got.length; i++) {
          const w = Typed.of(ref(inputs[0]![i]!, inputs[1]![j]!))[0]!;
          assert.ok(Object.is(got[i], w) || (Number.isNaN(got[i]) && Number.isNaN(w)), `${name}(x, scalar ${inputs[1]![j]}) at x=${inputs[0]![i]}: ${got[i]} vs reference ${w}`);
        }
      }
    }
    // The TypeScript reference agrees bit for bit.
    const ref = reference[name];
    assert.ok(ref, `no TypeScript reference for ${name}`);
    const r = new Typed(want.length);
    for (let i = 0; i < want.length; i++) r[i] = inputs.length === 1 ? ref(inputs[0]![i]!) : ref(inputs[0]![i]!, inputs[1]![i]!);
    for (let i = 0; i < want.length; i++) {
      if (!Object.is(r[i], contig[i]) && !(Number.isNaN(r[i]) && Number.isNaN(contig[i]))) {
        assert.fail(`${name}: TypeScript reference gives ${r[i]} for x=${inputs.map((a) => a[i]).join(", ")}, the kernel ${contig[i]}`);
      }
    }
  });
}

function runScalarB(name: string, a: Typed, b: number, Typed: Ctor): Typed {
  const isz = Typed.BYTES_PER_ELEMENT;
  const n = a.length;
  const pa = heapAlloc(n * isz);
  const pb = heapAlloc(16);
  const po = heapAlloc(n * isz);
  refreshHeap();
  const v = new Typed(HEAP.buffer, 0, HEAP.buffer.byteLength / isz);
  v.set(a, pa / isz);
  v[pb / isz] = b;
  kernels[name]!(pa, isz, pb, 0, po, isz, n);
  const out = new Typed(HEAP.buffer, 0, HEAP.buffer.byteLength / isz).slice(po / isz, po / isz + n);
  heapFree(pa, n * isz);
  heapFree(pb, 16);
  heapFree(po, n * isz);
  return out;
}

function runKernelBroadcast(name: string, inputs: Typed[], Typed: Ctor): Typed {
  const isz = Typed.BYTES_PER_ELEMENT;
  const n = inputs[0]!.length;
  const ptrs = inputs.map(() => heapAlloc(16));
  const outPtr = heapAlloc(n * isz);
  refreshHeap();
  let v = new Typed(HEAP.buffer, 0, HEAP.buffer.byteLength / isz);
  inputs.forEach((inp, k) => (v[ptrs[k]! / isz] = inp[0]!));
  const args: number[] = [];
  for (const p of ptrs) args.push(p, 0);
  kernels[name]!(...args, outPtr, isz, n);
  v = new Typed(HEAP.buffer, 0, HEAP.buffer.byteLength / isz);
  const out = v.slice(outPtr / isz, outPtr / isz + n);
  for (const p of ptrs) heapFree(p, 16);
  heapFree(outPtr, n * isz);
  return out;
}

test("transcendental kernels: empty and single-element calls", () => {
  const p = heapAlloc(64);
  refreshHeap();
  const v = new Float64Array(HEAP.buffer);
  v[p / 8] = 1.5;
  v[p / 8 + 1] = 42;
  kernels.exp_f64!(p, 8, p + 8, 8, 0);
  assert.equal(new Float64Array(HEAP.buffer)[p / 8 + 1], 42, "n = 0 writes nothing");
  kernels.exp_f64!(p, 8, p + 8, 8, 1);
  assert.ok(Math.abs(new Float64Array(HEAP.buffer)[p / 8 + 1]! - Math.exp(1.5)) < 1e-15 * Math.exp(1.5));
  heapFree(p, 64);
});

// Property: on arbitrary bit patterns (every exponent, subnormals, NaN payloads, infinities), every
// kernel equals the TypeScript reference bit for bit, contiguous and strided.
const UNARY = ["exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "cbrt", "sqrt"];
const BINARY = ["arctan2", "hypot", "power", "logaddexp", "logaddexp2"];

function sameBits(a: number, b: number): boolean {
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

for (const dt of ["f64", "f32"] as const) {
  const Typed: Ctor = dt === "f64" ? Float64Array : Float32Array;
  const arb = dt === "f64" ? fc.double() : fc.float();
  test(`transcendental kernels (${dt}): equal to the TypeScript reference on arbitrary floats`, () => {
    fc.assert(
      fc.property(fc.array(arb, { minLength: 1, maxLength: 37 }), fc.array(arb, { minLength: 1, maxLength: 37 }), (xs, ys) => {
        const n = Math.min(xs.length, ys.length);
        const a = Typed.from(xs.slice(0, n));
        const b = Typed.from(ys.slice(0, n));
        for (const op of [...UNARY, ...BINARY]) {
          const name = `${op}_${dt}`;
          const inputs = BINARY.includes(op) ? [a, b] : [a];
          const ref = reference[name]!;
          for (const layout of ["contig", "strided"] as const) {
            const got = runKernel(name, inputs, Typed, layout);
            for (let i = 0; i < n; i++) {
              const want = Typed.of(inputs.length === 1 ? ref(a[i]!) : ref(a[i]!, b[i]!))[0]!;
              if (!sameBits(got[i]!, want)) {
                throw new Error(`${name} ${layout} x=${inputs.map((v) => v[i]).join(", ")}: kernel ${got[i]}, reference ${want}`);
              }
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
}

test("transcendental kernels: NumPy's special values", () => {
  // Spot checks written from C99 Annex F / NumPy's documented results.
  const r = reference;
  assert.ok(Object.is(r.sin_f64!(-0), -0));
  assert.ok(Object.is(r.tan_f64!(-0), -0));
  assert.equal(r.cos_f64!(-0), 1);
  assert.ok(Object.is(r.expm1_f64!(-0), -0));
  assert.ok(Object.is(r.log1p_f64!(-0), -0));
  assert.ok(Object.is(r.tanh_f32!(-0), -0));
  assert.equal(r.log_f64!(0), -Infinity);
  assert.ok(Number.isNaN(r.log_f64!(-1)));
  assert.equal(r.exp_f64!(-Infinity), 0);
  assert.equal(r.power_f64!(Number.NaN, 0), 1);
  assert.equal(r.power_f64!(1, Number.NaN), 1);
  assert.equal(r.power_f64!(-1, Infinity), 1);
  assert.ok(Object.is(r.power_f64!(-0, 3), -0));
  assert.equal(r.power_f64!(-0, -3), -Infinity);
  assert.ok(Number.isNaN(r.power_f64!(-8, 1 / 3)));
  assert.equal(r.arctan2_f64!(0, -0), Math.PI);
  assert.ok(Object.is(r.arctan2_f64!(-0, 0), -0));
  assert.equal(r.hypot_f64!(Infinity, Number.NaN), Infinity);
  assert.equal(r.logaddexp_f64!(-Infinity, -Infinity), -Infinity);
});

// Deterministic inputs in each function's working ranges (where the fast paths run), plus a
// tail of special values: every kernel equals the TypeScript reference bit for bit, contiguous
// and strided, and returns 1 exactly when some output is NaN or infinite.
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
const RANGES: Record<string, [number, number][]> = {
  exp: [[-100, 100], [-1, 1]], exp2: [[-150, 130], [-1, 1]], expm1: [[-20, 90], [-1, 1], [-1e-3, 1e-3]],
  log: [[0, 10], [0.9, 1.1], [0, 1e30]], log2: [[0, 10], [0.9, 1.1]], log10: [[0, 10], [0.9, 1.1]],
  log1p: [[-1, 10], [-1e-3, 1e-3], [0, 1e30]], sin: [[-10, 10], [-2e5, 2e5], [-1e-3, 1e-3]],
  cos: [[-10, 10], [-2e5, 2e5], [-1e-3, 1e-3]], tan: [[-10, 10], [-2e5, 2e5], [-1e-3, 1e-3]],
  arcsin: [[-1, 1], [-1e-3, 1e-3], [0.9, 1]], arccos: [[-1, 1], [-1e-3, 1e-3], [0.9, 1]],
  arctan: [[-10, 10], [-1e3, 1e3]], sinh: [[-90, 90], [-1, 1], [-1e-3, 1e-3]], cosh: [[-90, 90], [-1, 1]],
  tanh: [[-10, 10], [-1, 1], [-1e-3, 1e-3]], arcsinh: [[-10, 10], [-1e-3, 1e-3], [-1e30, 1e30]],
  arccosh: [[1, 10], [1, 1.01], [1, 1e30]], arctanh: [[-1, 1], [-1e-3, 1e-3], [0.99, 1]],
  cbrt: [[-10, 10], [-1e30, 1e30], [-1e-30, 1e-30]], sqrt: [[0, 10]],
  arctan2: [[-10, 10]], hypot: [[-10, 10]], power: [[0, 10], [-3, 3]], logaddexp: [[-10, 10]], logaddexp2: [[-10, 10]],
};
const SPECIALS = [0, -0, Infinity, -Infinity, Number.NaN, 1, -1, 0.5, -0.5, 2, 1e-40, -1e-40, 5e-324, 3e38, -3e38, 1e300, -1e300];

function rangeInputs(op: string, Typed: Ctor, seed: number): Typed {
  const rnd = lcg(seed);
  const vals: number[] = [];
  for (const [lo, hi] of RANGES[op]!) for (let i = 0; i < 300; i++) vals.push(lo + (hi - lo) * rnd());
  for (let i = 0; i < 40; i++) vals.push((rnd() < 0.5 ? -1 : 1) * 2 ** (Math.floor(rnd() * 300) - 150) * (1 + rnd()));
  vals.push(...SPECIALS);
  return Typed.from(vals);
}

for (const dt of ["f64", "f32"] as const) {
  const Typed: Ctor = dt === "f64" ? Float64Array : Float32Array;
  test(`transcendental kernels (${dt}): equal to the TypeScript reference in each function's range, flag exact`, () => {
    for (const op of [...UNARY, ...BINARY]) {
      const name = `${op}_${dt}`;
      const a = rangeInputs(op, Typed, 7);
      const b = BINARY.includes(op) ? rangeInputs(op, Typed, 11).slice(0, a.length) : null;
      // a rotation of b so that special values meet regular ones
      if (b) b.set(Typed.from([...b.slice(37), ...b.slice(0, 37)]));
      const inputs = b ? [a, b] : [a];
      const ref = reference[name]!;
      const want = new Typed(a.length);
      for (let i = 0; i < a.length; i++) want[i] = b ? ref(a[i]!, b[i]!) : ref(a[i]!);
      for (const layout of ["contig", "strided", "reversed"] as const) {
        const got = runKernel(name, inputs, Typed, layout);
        for (let i = 0; i < a.length; i++) {
          if (!sameBits(got[i]!, want[i]!)) {
            assert.fail(`${name} ${layout} x=${inputs.map((v) => v[i]).join(", ")}: kernel ${got[i]}, reference ${want[i]}`);
          }
        }
      }
      // The flag: 1 exactly when some output is NaN or infinite, checked on every prefix length
      // up to 40 and on slices of finite results only.
      for (let n = 0; n <= 40; n++) {
        for (const start of [0, a.length - 40]) {
          const sa = a.slice(start, start + n);
          const sb = b ? b.slice(start, start + n) : null;
          const flag = runFlag(name, sb ? [sa, sb] : [sa], Typed);
          let expect = 0;
          for (let i = 0; i < n; i++) if (!Number.isFinite(want[start + i]!)) expect = 1;
          assert.equal(flag, expect, `${name}: flag for ${n} elements from ${start}`);
        }
      }
    }
  });
}

/** Runs a kernel contiguously and returns its flag (the kernel's return value). */
function runFlag(name: string, inputs: Typed[], Typed: Ctor): number {
  const n = inputs[0]!.length;
  const isz = Typed.BYTES_PER_ELEMENT;
  const bytes = n * isz + 16;
  const ptrs = inputs.map(() => heapAlloc(bytes));
  const out = heapAlloc(bytes);
  refreshHeap();
  const v = new Typed(HEAP.buffer, 0, HEAP.buffer.byteLength / isz);
  inputs.forEach((inp, k) => v.set(inp, ptrs[k]! / isz));
  const args: number[] = [];
  for (const p of ptrs) args.push(p, isz);
  const flag = kernels[name]!(...args, out, isz, n) as number;
  for (const p of ptrs) heapFree(p, bytes);
  heapFree(out, bytes);
  return flag;
}

test("float64 hypot is glibc's (NumPy's npy_hypot) bit for bit, in the kernel and its TypeScript reference", async () => {
  const np = await import("../../src/index.js");
  // NumPy 2.4.6 (glibc 2.36); a plain sqrt(x*x + y*y) is an ulp off for the first six
  const cases: [number, number, number][] = [
    [-54.95856200188163, 2.866239301907969, 55.033252357556236],
    [64.24568367655326, -4.914025476941532, 64.43334165985628],
    [-39.3935146361373, -4.138749561582207, 39.610330007727285],
    [-44.31487757984534, 9.248244050517897, 45.2696188733086],
    [-49.02608246917508, -5.299916761081816, 49.311721526922504],
    [97.79202953637699, -7.371469848383752, 98.06946318079477],
    [1.77891856514671e262, 3.2520686217468385e277, 3.2520686217468385e277],
    [9.479388903009224e274, 5.836142241771039e277, 5.836149940242991e277],
    [-6.484842581832732e-243, 1.5646741402279465e-244, 6.486729943723724e-243],
    [-8.927609589770865e-306, 3.339497717318635e-292, 3.339497717318635e-292],
    [Infinity, NaN, Infinity],
    [NaN, 1, NaN],
  ];
  for (const [x, y, want] of cases) assert.ok(Object.is(reference["hypot_f64"]!(x, y), want), `reference hypot(${x}, ${y})`);
  // the kernel: each case repeated past the kernel threshold, in both lanes and argument orders
  const n = 64;
  const xs = np.array(cases.flatMap(([x, y]) => [...Array<number>(n).fill(x), ...Array<number>(n).fill(y)]), { dtype: "float64" });
  const ys = np.array(cases.flatMap(([x, y]) => [...Array<number>(n).fill(y), ...Array<number>(n).fill(x)]), { dtype: "float64" });
  const got = np.hypot(xs, ys) as InstanceType<typeof np.ndarray>;
  const want = cases.flatMap(([, , w]) => Array<number>(2 * n).fill(w));
  assert.deepEqual(got.tolist(), want);
});
