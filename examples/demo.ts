/**
 * `npm run demo`: the examples of the seed tutorial ("Why NumPy is Essential in Machine
 * Learning") and machine-learning examples on seeded random data (least squares, logistic
 * regression, attention, cosine similarity, PCA, FFT, .npy bytes), printed exactly as NumPy
 * prints them, then ML-style workloads with timings.
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

/** Machine-learning workloads on seeded random data; every line is compared with NumPy's output. */
export function mlExamples(print: Print): void {
  type A = np.NDArray;
  const rng = np.random.default_rng(42);

  print("Linear regression by least squares");
  const X = rng.standard_normal([200, 3]) as A;
  const trueW = np.array([2.0, -1.0, 0.5]);
  const y = (X.matmul(trueW) as A).add(np.multiply(0.01, rng.standard_normal(200)));
  const w = np.linalg.lstsq(X, y, { rcond: null })[0];
  print("w =", np.round(w, 4));

  print("Logistic regression by gradient descent");
  const Xc = rng.standard_normal([100, 2]) as A;
  const labels = (Xc.get(":", 0) as A).add(np.multiply(0.5, Xc.get(":", 1))).greater(0).astype("float64");
  let wl = np.zeros(2);
  for (let i = 0; i < 200; i++) {
    const p = np.divide(1, np.add(1, np.exp(np.negative(Xc.matmul(wl))))) as A;
    wl = wl.subtract((np.multiply(0.5, Xc.T.matmul(p.subtract(labels))) as A).divide(labels.shape[0]!));
  }
  print("w =", np.round(wl, 4));
  const accuracy = np.mean((Xc.matmul(wl) as A).greater(0).equal(labels.equal(1))) as number;
  print(`accuracy = ${accuracy.toFixed(2)}`);

  print("Attention: softmax(Q K^T / sqrt(d)) V");
  const Q = rng.standard_normal([4, 8]) as A;
  const K = rng.standard_normal([4, 8]) as A;
  const V = rng.standard_normal([4, 8]) as A;
  const scores = (Q.matmul(K.T) as A).divide(Math.sqrt(8));
  const e = np.exp(scores.subtract(scores.max({ axis: -1, keepdims: true }))) as A;
  const attn = e.divide(e.sum({ axis: -1, keepdims: true }));
  print(np.round(attn, 4));
  print("first output row:", np.round((attn.matmul(V) as A).get(0), 4));

  print("Cosine similarity of embeddings");
  const E = rng.standard_normal([4, 16]) as A;
  const En = E.divide(np.linalg.norm(E, { axis: 1, keepdims: true }));
  print(np.round(En.matmul(En.T), 4));

  print("PCA: explained variance ratio");
  const mix = np.array([[3, 0, 0, 0], [1, 1, 0, 0], [0, 0, 0.5, 0], [0, 0, 0, 0.1]]);
  let Xp = (rng.standard_normal([300, 4]) as A).matmul(mix) as A;
  Xp = Xp.subtract(Xp.mean({ axis: 0 }));
  const s = np.linalg.svd(Xp, { compute_uv: false }) as A;
  print(np.round(s.power(2).divide(np.sum(s.power(2))), 4));

  print("FFT: the two frequencies of a signal");
  const t = np.arange(256).divide(256);
  const sig = (np.sin(np.multiply(2 * Math.PI * 12, t)) as A).add(np.multiply(0.5, np.sin(np.multiply(2 * Math.PI * 40, t))));
  const spectrum = np.abs(np.fft.rfft(sig)) as A;
  const freqs = np.fft.rfftfreq(256, { d: 1 / 256 });
  print(np.sort(freqs.get(np.argsort(spectrum).get("-2:") as A) as A));

  print("Save and load (.npy bytes)");
  const bytes = np.save(null, attn);
  const back = np.load(bytes) as A;
  print(np.array_equal(back, attn) ? "True" : "False", bytes.length, "bytes");
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
  const rng = np.random.default_rng(0);
  const tRng = timeIt(() => rng.standard_normal(n));
  print(`time: rng.standard_normal(${n}): ${tRng.toFixed(2)} ms`);
  const [Q, K, V] = [0, 1, 2].map(() => rng.standard_normal([256, 64]) as np.NDArray) as [np.NDArray, np.NDArray, np.NDArray];
  const tAttn = timeIt(() => {
    const scores = (Q.matmul(K.T) as np.NDArray).divide(8);
    const e = np.exp(scores.subtract(scores.max({ axis: -1, keepdims: true }))) as np.NDArray;
    return e.divide(e.sum({ axis: -1, keepdims: true })).matmul(V);
  });
  print(`time: attention softmax(Q K^T / 8) V, 256 tokens x 64: ${tAttn.toFixed(2)} ms`);
  const E = rng.standard_normal([2000, 128]) as np.NDArray;
  const tCos = timeIt(() => {
    const En = E.divide(np.linalg.norm(E, { axis: 1, keepdims: true }));
    return En.matmul(En.T);
  });
  print(`time: cosine similarity of 2000 embeddings x 128: ${tCos.toFixed(2)} ms`);
  const Xp = rng.standard_normal([1000, 50]) as np.NDArray;
  const tPca = timeIt(() => np.linalg.svd(Xp.subtract(Xp.mean({ axis: 0 })), { full_matrices: false }));
  print(`time: PCA by SVD of a (1000, 50) matrix: ${tPca.toFixed(2)} ms`);
  const signal = rng.standard_normal(1 << 16);
  const tFft = timeIt(() => np.fft.rfft(signal));
  print(`time: np.fft.rfft of 65536 samples: ${tFft.toFixed(2)} ms`);
}

/** Runs the demo, writing lines through `write` (console.log by default). */
export function main(write: (line: string) => void = console.log): void {
  const print = pyPrint(write);
  tutorial(print);
  mlExamples(print);
  workloads(print);
}

if (process.argv[1]?.endsWith("demo.js")) main();
