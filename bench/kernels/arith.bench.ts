// Arithmetic and cast kernels: ns/element of the WebAssembly kernel on heap data, a plain JS loop
// over TypedArrays, and NumPy (/usr/bin/python3, timeit, preallocated out=) in the same run.
// Run: npx tsc -p tsconfig.json && node dist/bench/kernels/arith.bench.js [n ...]
import { spawnSync } from "node:child_process";
import { heapAlloc, kernels } from "../../src/storage/heap.js";

const K = kernels as unknown as Record<string, (...a: number[]) => number>;
type Arr = Float64Array | Float32Array | Int32Array;
type Ctor = Float64ArrayConstructor | Float32ArrayConstructor | Int32ArrayConstructor;

interface Case {
  name: string;
  /** kernel, kind and dtypes */
  kernel: string;
  kind: "binary" | "cast" | "reduce";
  a: Ctor;
  out: Ctor;
  /** the same in plain JS */
  js: (a: Arr, b: Arr, o: Arr, n: number) => void;
  /** NumPy statement over a, b, c (c preallocated) */
  py: string;
  pyDtypes: [string, string];
}

const CASES: Case[] = [
  { name: "add f64", kernel: "add_f64", kind: "binary", a: Float64Array, out: Float64Array,
    js: (a, b, o, n) => { for (let i = 0; i < n; i++) o[i] = a[i]! + b[i]!; }, py: "np.add(a, b, out=c)", pyDtypes: ["float64", "float64"] },
  { name: "multiply f64", kernel: "multiply_f64", kind: "binary", a: Float64Array, out: Float64Array,
    js: (a, b, o, n) => { for (let i = 0; i < n; i++) o[i] = a[i]! * b[i]!; }, py: "np.multiply(a, b, out=c)", pyDtypes: ["float64", "float64"] },
  { name: "add f32", kernel: "add_f32", kind: "binary", a: Float32Array, out: Float32Array,
    js: (a, b, o, n) => { for (let i = 0; i < n; i++) o[i] = a[i]! + b[i]!; }, py: "np.add(a, b, out=c)", pyDtypes: ["float32", "float32"] },
  { name: "multiply f32", kernel: "multiply_f32", kind: "binary", a: Float32Array, out: Float32Array,
    js: (a, b, o, n) => { for (let i = 0; i < n; i++) o[i] = a[i]! * b[i]!; }, py: "np.multiply(a, b, out=c)", pyDtypes: ["float32", "float32"] },
  { name: "add i32", kernel: "add_i32", kind: "binary", a: Int32Array, out: Int32Array,
    js: (a, b, o, n) => { for (let i = 0; i < n; i++) o[i] = (a[i]! + b[i]!) | 0; }, py: "np.add(a, b, out=c)", pyDtypes: ["int32", "int32"] },
  { name: "cast f64->f32", kernel: "cast_f64_f32", kind: "cast", a: Float64Array, out: Float32Array,
    js: (a, _b, o, n) => { for (let i = 0; i < n; i++) o[i] = a[i]!; }, py: "a.astype(np.float32)", pyDtypes: ["float64", "float32"] },
  { name: "cast i32->f64", kernel: "cast_i32_f64", kind: "cast", a: Int32Array, out: Float64Array,
    js: (a, _b, o, n) => { for (let i = 0; i < n; i++) o[i] = a[i]!; }, py: "a.astype(np.float64)", pyDtypes: ["int32", "float64"] },
  { name: "sum f64", kernel: "sum_f64", kind: "reduce", a: Float64Array, out: Float64Array,
    js: (a, _b, o, n) => { let s = 0; for (let i = 0; i < n; i++) s += a[i]!; o[0] = s; }, py: "np.add.reduce(a)", pyDtypes: ["float64", "float64"] },
  { name: "sum f32", kernel: "sum_f32", kind: "reduce", a: Float32Array, out: Float32Array,
    js: (a, _b, o, n) => { let s = 0; for (let i = 0; i < n; i++) s = Math.fround(s + a[i]!); o[0] = s; }, py: "np.add.reduce(a)", pyDtypes: ["float32", "float32"] },
];

/** Median ns/element of `fn` over several timed batches. */
function time(fn: () => void, n: number): number {
  const reps = Math.max(1, Math.round(2e7 / n));
  for (let i = 0; i < reps; i++) fn();
  const samples: number[] = [];
  for (let s = 0; s < 9; s++) {
    const t = performance.now();
    for (let i = 0; i < reps; i++) fn();
    samples.push(((performance.now() - t) * 1e6) / (reps * n));
  }
  samples.sort((x, y) => x - y);
  return samples[4]!;
}

function numpy(n: number): Map<string, number> {
  const lines = CASES.map((c) => {
    const reps = Math.max(1, Math.round(2e7 / n));
    return `a = (rng.standard_normal(${n}) * 100).astype("${c.pyDtypes[0]}"); b = (rng.standard_normal(${n}) * 100).astype("${c.pyDtypes[0]}"); c = np.empty(${n}, "${c.pyDtypes[1]}")
t = sorted(timeit.repeat(lambda: ${c.py}, number=${reps}, repeat=9))[4]
print("${c.name}", t * 1e9 / (${reps} * ${n}))`;
  });
  const src = `import numpy as np, timeit\nrng = np.random.default_rng(0)\n${lines.join("\n")}\n`;
  const r = spawnSync("/usr/bin/python3", ["-c", src], { encoding: "utf8" });
  const out = new Map<string, number>();
  if (r.status !== 0) {
    console.error("NumPy not available:", r.stderr.split("\n").slice(-3).join(" "));
    return out;
  }
  for (const line of r.stdout.trim().split("\n")) {
    const i = line.lastIndexOf(" ");
    out.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return out;
}

function run(n: number): void {
  const np = numpy(n);
  console.log(`\nn = ${n}  (ns/element, median of 9; ratio = kernel / NumPy)`);
  console.log("case".padEnd(16) + "kernel".padStart(9) + "JS loop".padStart(9) + "NumPy".padStart(9) + "ratio".padStart(8));
  for (const c of CASES) {
    const pa = heapAlloc(n * c.a.BYTES_PER_ELEMENT);
    const pb = heapAlloc(n * c.a.BYTES_PER_ELEMENT);
    const po = heapAlloc(n * c.out.BYTES_PER_ELEMENT);
    const buf = kernels.memory.buffer;
    const a = new c.a(buf, pa, n);
    const b = new c.a(buf, pb, n);
    for (let i = 0; i < n; i++) {
      a[i] = c.a === Int32Array ? (i * 7919) % 1000 : Math.sin(i) * 100;
      b[i] = c.a === Int32Array ? (i * 31) % 777 : Math.cos(i) * 100;
    }
    const o = new c.out(buf, po, n);
    const f = K[c.kernel]!;
    const wa = c.a.BYTES_PER_ELEMENT, wo = c.out.BYTES_PER_ELEMENT;
    const kfn =
      c.kind === "binary" ? () => void f(pa, wa, pb, wa, po, wo, n)
      : c.kind === "cast" ? () => void f(pa, wa, po, wo, n)
      : () => void f(pa, wa, n);
    const tk = time(kfn, n);
    const ja = new c.a(n), jb = new c.a(n), jo = new c.out(n);
    ja.set(a as never);
    jb.set(b as never);
    const tj = time(() => c.js(ja, jb, jo, n), n);
    const tn = np.get(c.name);
    const ratio = tn ? (tk / tn).toFixed(2) : "-";
    console.log(c.name.padEnd(16) + tk.toFixed(3).padStart(9) + tj.toFixed(3).padStart(9) + (tn?.toFixed(3) ?? "-").padStart(9) + ratio.padStart(8));
    void o;
  }
}

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
for (const n of sizes.length ? sizes : [1_000_000, 10_000]) run(n);
