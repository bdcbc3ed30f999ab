// Transcendental kernels: ns/element of the WebAssembly kernel on heap data (contiguous, and
// strided with a 2-element step), a plain JS loop over TypedArrays calling Math, and NumPy
// (/usr/bin/python3, timeit, preallocated out=) in the same run.
// Run: npx tsc -p tsconfig.json && node dist/bench/kernels/transcendental.bench.js [n ...] [--ops exp,log]
import { spawnSync } from "node:child_process";
import { heapAlloc, heapFree, kernels } from "../../src/storage/heap.js";

const K = kernels as unknown as Record<string, (...a: number[]) => number>;
type Ctor = Float64ArrayConstructor | Float32ArrayConstructor;

interface Op {
  name: string;
  /** the JS Math equivalent (elementwise) */
  js: (x: number, y: number) => number;
  /** input range [lo, hi) for a, and for b if binary */
  lo: number;
  hi: number;
  binary?: boolean;
}

const OPS: Op[] = [
  { name: "exp", js: Math.exp, lo: -50, hi: 50 },
  { name: "log", js: Math.log, lo: 0, hi: 1000 },
  { name: "sin", js: Math.sin, lo: -100, hi: 100 },
  { name: "cos", js: Math.cos, lo: -100, hi: 100 },
  { name: "tanh", js: Math.tanh, lo: -10, hi: 10 },
  { name: "tan", js: Math.tan, lo: -100, hi: 100 },
  { name: "expm1", js: Math.expm1, lo: -5, hi: 5 },
  { name: "log1p", js: Math.log1p, lo: 0, hi: 100 },
  { name: "log2", js: Math.log2, lo: 0, hi: 1000 },
  { name: "log10", js: Math.log10, lo: 0, hi: 1000 },
  { name: "exp2", js: (x) => 2 ** x, lo: -50, hi: 50 },
  { name: "arctan", js: Math.atan, lo: -10, hi: 10 },
  { name: "arcsin", js: Math.asin, lo: -1, hi: 1 },
  { name: "arccos", js: Math.acos, lo: -1, hi: 1 },
  { name: "sinh", js: Math.sinh, lo: -10, hi: 10 },
  { name: "cosh", js: Math.cosh, lo: -10, hi: 10 },
  { name: "arcsinh", js: Math.asinh, lo: -10, hi: 10 },
  { name: "arccosh", js: Math.acosh, lo: 1, hi: 10 },
  { name: "arctanh", js: Math.atanh, lo: -1, hi: 1 },
  { name: "cbrt", js: Math.cbrt, lo: -100, hi: 100 },
  { name: "sqrt", js: Math.sqrt, lo: 0, hi: 100 },
  { name: "power", js: (x, y) => x ** y, lo: 0, hi: 10, binary: true },
  { name: "arctan2", js: (y, x) => Math.atan2(y, x), lo: -10, hi: 10, binary: true },
  { name: "hypot", js: (x, y) => Math.hypot(x, y), lo: -10, hi: 10, binary: true },
  { name: "logaddexp", js: (x, y) => Math.max(x, y) + Math.log1p(Math.exp(-Math.abs(x - y))), lo: -10, hi: 10, binary: true },
  { name: "logaddexp2", js: (x, y) => Math.max(x, y) + Math.log1p(2 ** -Math.abs(x - y)) / Math.LN2, lo: -10, hi: 10, binary: true },
];

/** Best-of-9 ns/element of `fn` (minimum: this machine is shared, so noise only adds time). */
function time(fn: () => void, n: number): number {
  const reps = Math.max(1, Math.round(2e6 / n));
  for (let i = 0; i < 3 * reps; i++) fn();
  let best = Infinity;
  for (let s = 0; s < 9; s++) {
    const t = performance.now();
    for (let i = 0; i < reps; i++) fn();
    best = Math.min(best, ((performance.now() - t) * 1e6) / (reps * n));
  }
  return best;
}

function numpy(n: number, ops: Op[]): Map<string, number> {
  const reps = Math.max(1, Math.round(2e6 / n));
  const lines: string[] = [];
  for (const dt of ["float64", "float32"]) {
    for (const op of ops) {
      lines.push(`a = rng.uniform(${op.lo}, ${op.hi}, ${n}).astype("${dt}"); b = rng.uniform(${op.lo}, ${op.hi}, ${n}).astype("${dt}"); c = np.empty(${n}, "${dt}")
t = min(timeit.repeat(lambda: np.${op.name}(a${op.binary ? ", b" : ""}, out=c), number=${reps}, repeat=9))
print("${op.name}_${dt === "float64" ? "f64" : "f32"}", t * 1e9 / (${reps} * ${n}))`);
    }
  }
  const src = `import numpy as np, timeit, warnings\nwarnings.simplefilter("ignore")\nrng = np.random.default_rng(0)\n${lines.join("\n")}\n`;
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

function run(n: number, ops: Op[]): void {
  const np = numpy(n, ops);
  console.log(`\nn = ${n}  (ns/element, best of 9; ratio = contiguous kernel / NumPy)`);
  console.log("kernel".padEnd(16) + "contig".padStart(9) + "strided".padStart(9) + "JS Math".padStart(9) + "NumPy".padStart(9) + "ratio".padStart(8));
  for (const T of [Float64Array, Float32Array] as Ctor[]) {
    const dt = T === Float64Array ? "f64" : "f32";
    const w = T.BYTES_PER_ELEMENT;
    for (const op of ops) {
      const name = `${op.name}_${dt}`;
      const f = K[name]!;
      const bytes = 2 * n * w;
      const pa = heapAlloc(bytes), pb = heapAlloc(bytes), po = heapAlloc(bytes);
      const buf = kernels.memory.buffer;
      const a = new T(buf, pa, 2 * n), b = new T(buf, pb, 2 * n);
      for (let i = 0; i < 2 * n; i++) {
        a[i] = op.lo + (op.hi - op.lo) * Math.random();
        b[i] = op.lo + (op.hi - op.lo) * Math.random();
      }
      const call = (s: number) => (op.binary ? () => void f(pa, s, pb, s, po, s, n) : () => void f(pa, s, po, s, n));
      const tc = time(call(w), n);
      const ts = time(call(2 * w), n);
      const ja = a.slice(0, n), jb = b.slice(0, n), jo = new T(n);
      // A fresh loop per op, so V8 sees one monomorphic call site (a fair plain-JS baseline).
      const loop = new Function("f", "a", "b", "o", "n", "for (let i = 0; i < n; i++) o[i] = f(a[i], b[i]);") as (f: Op["js"], a: ArrayLike<number>, b: ArrayLike<number>, o: Float64Array | Float32Array, n: number) => void;
      const tj = time(() => loop(op.js, ja, jb, jo, n), n);
      const tn = np.get(name);
      const ratio = tn ? (tc / tn).toFixed(2) : "-";
      console.log(name.padEnd(16) + tc.toFixed(3).padStart(9) + ts.toFixed(3).padStart(9) + tj.toFixed(3).padStart(9) + (tn?.toFixed(3) ?? "-").padStart(9) + ratio.padStart(8));
      heapFree(pa, bytes);
      heapFree(pb, bytes);
      heapFree(po, bytes);
    }
  }
}

const args = process.argv.slice(2);
const opsArg = args.indexOf("--ops");
const names = opsArg >= 0 ? args[opsArg + 1]!.split(",") : null;
const ops = names ? OPS.filter((o) => names.includes(o.name)) : OPS;
const sizes = args.filter((x, i) => !(opsArg >= 0 && i === opsArg + 1) && !x.startsWith("--")).map(Number).filter((x) => x > 0);
for (const n of sizes.length ? sizes : [1_000, 10_000, 1_000_000]) run(n, ops);
