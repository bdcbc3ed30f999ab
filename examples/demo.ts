/**
 * `npm run demo`: the examples of the seed tutorial ("Why NumPy is Essential in Machine
 * Learning"), printed exactly as NumPy prints them, then ML-style workloads with timings.
 * examples/demo.py is the same program in NumPy; test/examples/demo.test.ts checks that both
 * print the same text (timing lines excepted).
 */
import * as np from "../src/index.js";

type Print = (...parts: unknown[]) => void;

/** Python's print(): arrays print as str(a), strings as themselves, separated by spaces. */
function pyPrint(write: (line: string) => void): Print {
  return (...parts) => write(parts.map((p) => String(p)).join(" "));
}

/**
 * Milliseconds per call of `fn`: the median of 7 timed batches, after a warm-up of at least 0.3 s
 * (the first calls of a process also pay the kernel's first touch of fresh memory, which a
 * long-running NumPy program has long since paid too).
 */
function timeIt(fn: () => unknown): number {
  let n = 1;
  const w0 = performance.now();
  while (performance.now() - w0 < 300) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    if (performance.now() - t0 < 20) n *= 2;
  }
  const per: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    per.push((performance.now() - t0) / n);
  }
  return per.sort((a, b) => a - b)[3]!;
}

/** The tutorial's examples; every line is compared with NumPy's output. */
export function tutorial(print: Print): void {
  print("1. Fast Numerical Computation");
  const a = [1, 2, 3];
  const b = [4, 5, 6];
  const cList = a.map((x, i) => x + b[i]!);
  print("Python list approach:", `[${cList.join(", ")}]`);
  const c = np.array(a).add(np.array(b));
  print("NumPy approach:", c);

  print("2. Vectorization");
  const w = 2.5;
  const bias = 1.0;
  const x = np.linspace(0, 1, 5) as np.NDArray;
  const y = np.add(np.multiply(w, x), bias);
  print("x =", x);
  print("y = w * x + b =", y);

  print("6. Broadcasting");
  const X = np.array([[1, 2], [3, 4]]);
  const bb = np.array([10, 20]);
  print(X.add(bb));

  print("Linear algebra: our matrix");
  const A = np.array([[2, 3], [1, 4]]);
  print(A);
  const B = np.array([[4, 2], [1, 1]]);
  print(B);
  print("Transpose of A:");
  print(A.T);
  print("Matrix product np.dot(A, B):");
  print(np.dot(A, B));
  print("Inverse of A:");
  print(np.linalg.inv(A));
}

/** ML-style workloads with timings, medians after warm-up (these lines are not compared with NumPy). */
export function workloads(print: Print): void {
  const n = 1_000_000;
  const x = np.linspace(-5, 5, n) as np.NDArray;
  const tVec = timeIt(() => np.add(np.multiply(2.5, x), 1.0));
  const xs = x.tolist() as number[];
  const tLoop = timeIt(() => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = 2.5 * xs[i]! + 1.0;
    return out;
  });
  print(`time: y = w * x + b over ${n} samples: ndts ${tVec.toFixed(2)} ms, JS loop over a list ${tLoop.toFixed(2)} ms`);
  const tSig = timeIt(() => np.divide(1, np.add(1, np.exp(np.negative(x)))));
  print(`time: sigmoid(x) = 1 / (1 + exp(-x)) over ${n} samples: ${tSig.toFixed(2)} ms`);
  const Xb = np.ones([1000, 1000]);
  const bias = np.linspace(0, 1, 1000) as np.NDArray;
  const tB = timeIt(() => Xb.add(bias));
  print(`time: X + b, X (1000, 1000), b (1000,): ${tB.toFixed(2)} ms`);
}

/** Runs the demo, writing lines through `write` (console.log by default). */
export function main(write: (line: string) => void = console.log): void {
  const print = pyPrint(write);
  tutorial(print);
  workloads(print);
}

if (process.argv[1]?.endsWith("demo.js")) main();
