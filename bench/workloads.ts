/**
 * The bench workloads: each is the same computation in ndts, in NumPy (Python source) and,
 * where it has the function, in numpy-ts, run as a NumPy user writes it (no manual dispose).
 */
import * as np from "../src/index.js";
import type { NumpyWork } from "./harness.js";

type NT = Record<string, any>; // numpy-ts, loaded dynamically (a devDependency of the bench only)

export interface Workload {
  name: string;
  /** The issue this workload measures a bar for. */
  group: string;
  ndts: () => () => unknown;
  numpy: Omit<NumpyWork, "name">;
  numpyts?: (nt: NT) => () => unknown;
  /** A plain JS loop doing the same work, for the "vs JS" column. */
  js?: () => () => unknown;
}

const rand = (n: number, seed = 1): Float64Array => {
  const out = new Float64Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out[i] = s / 2147483648;
  }
  return out;
};
const arr = (n: number, dtype = "float64", seed = 1) => np.array(rand(n, seed)).astype(dtype);

function unary(name: string, dtype: string, n: number): Workload {
  const pyDt = dtype === "float32" ? ", dtype=np.float32" : "";
  return {
    name: `${name} ${dtype} ${n.toExponential(0)}`,
    group: "ufunc",
    ndts: () => {
      const a = arr(n, dtype).add(0.5);
      const f = (np as unknown as Record<string, (x: unknown) => unknown>)[name]!;
      return () => f(a);
    },
    numpy: { setup: `a = np.random.default_rng(1).random(${n})${pyDt ? `.astype(np.${dtype})` : ""} + 0.5`, stmt: `np.${name}(a)` },
    numpyts: (nt) => {
      const a = nt.add(nt.array(Array.from(rand(n))), 0.5);
      const b = dtype === "float32" ? a.astype("float32") : a;
      return () => nt[name](b);
    },
    js:
      dtype === "float64"
        ? () => {
            const a = rand(n);
            const f = (Math as unknown as Record<string, (x: number) => number>)[name === "tanh" ? "tanh" : name]!;
            return () => {
              const out = new Float64Array(n);
              for (let i = 0; i < n; i++) out[i] = f(a[i]!);
              return out;
            };
          }
        : undefined,
  };
}

function binary(name: "add" | "multiply", dtype: string, n: number): Workload {
  const op = name === "add" ? "+" : "*";
  return {
    name: `${name} ${dtype} ${n.toExponential(0)}`,
    group: "ufunc",
    ndts: () => {
      const a = arr(n, dtype, 1);
      const b = arr(n, dtype, 2);
      return () => a[name](b);
    },
    numpy: { setup: `r = np.random.default_rng(1); a = r.random(${n}).astype(np.${dtype}); b = r.random(${n}).astype(np.${dtype})`, stmt: `a ${op} b` },
    numpyts: (nt) => {
      let a = nt.array(Array.from(rand(n, 1)));
      let b = nt.array(Array.from(rand(n, 2)));
      if (dtype === "float32") {
        a = a.astype("float32");
        b = b.astype("float32");
      }
      return () => nt[name](a, b);
    },
    js:
      dtype === "float64"
        ? () => {
            const a = rand(n, 1);
            const b = rand(n, 2);
            return name === "add"
              ? () => {
                  const out = new Float64Array(n);
                  for (let i = 0; i < n; i++) out[i] = a[i]! + b[i]!;
                  return out;
                }
              : () => {
                  const out = new Float64Array(n);
                  for (let i = 0; i < n; i++) out[i] = a[i]! * b[i]!;
                  return out;
                };
          }
        : undefined,
  };
}

const COMMON_SETUP = "r = np.random.default_rng(1); A = r.random((1000, 1000)); a = A.ravel(); b = a + 1e-9; idx = r.integers(0, 1000000, 100000)";

/** A common NumPy operation on a (1000,1000) float64 `A`, its ravel `a`, `b` near `a`, 1e5 `idx`. */
function common(name: string, stmt: string, run: (d: { A: np.NDArray; a: np.NDArray; b: np.NDArray; idx: np.NDArray }) => unknown): Workload {
  return {
    name,
    group: "common",
    ndts: () => {
      const A = arr(1e6).reshape(1000, 1000);
      const a = A.ravel();
      const d = { A, a, b: a.add(1e-9), idx: np.array(Array.from(rand(100_000, 5), (x) => Math.floor(x * 1e6))) as np.NDArray };
      return () => run(d);
    },
    numpy: { setup: COMMON_SETUP, stmt },
  };
}

/** A np.linalg call on an (m, n) random float64 `X` (`S = X X^T + n I`, symmetric, for eigh). */
function matrixWork(name: string, m: number, n: number, stmt: string, run: (d: { X: np.NDArray; S: np.NDArray }) => unknown): Workload {
  return {
    name,
    group: "linalg",
    ndts: () => {
      const X = arr(m * n).reshape(m, n);
      const S = (X.matmul(X.T) as np.NDArray).add(np.eye(m).multiply(n));
      return () => run({ X, S });
    },
    numpy: { setup: `r = np.random.default_rng(1); X = r.random((${m}, ${n})); S = X @ X.T + ${n} * np.eye(${m})`, stmt },
  };
}

/** A np.random Generator call, the generator made once. */
function randomWork(name: string, stmt: string, run: (rng: ReturnType<typeof np.random.default_rng>) => unknown): Workload {
  return {
    name,
    group: "common",
    ndts: () => {
      const rng = np.random.default_rng(0);
      return () => run(rng);
    },
    numpy: { setup: "rng = np.random.default_rng(0)", stmt },
  };
}

export const WORKLOADS: Workload[] = [
  // Issue 3: per-call overhead.
  {
    name: "np.zeros(10)",
    group: "overhead",
    ndts: () => () => np.zeros(10),
    numpy: { setup: "", stmt: "np.zeros(10)" },
    numpyts: (nt) => () => nt.zeros([10]),
  },
  {
    name: "np.array([[1, 2], [3, 4]])",
    group: "overhead",
    ndts: () => () => np.array([[1, 2], [3, 4]]),
    numpy: { setup: "", stmt: "np.array([[1, 2], [3, 4]])" },
    numpyts: (nt) => () => nt.array([[1, 2], [3, 4]]),
  },
  {
    name: "a.T (2x2)",
    group: "overhead",
    ndts: () => {
      const a = np.zeros([2, 2]);
      return () => a.T;
    },
    numpy: { setup: "a = np.zeros((2, 2))", stmt: "a.T" },
    numpyts: (nt) => {
      const a = nt.zeros([2, 2]);
      return () => a.T;
    },
  },
  {
    name: "a.reshape(4) (2x2)",
    group: "overhead",
    ndts: () => {
      const a = np.zeros([2, 2]);
      return () => a.reshape(4);
    },
    numpy: { setup: "a = np.zeros((2, 2))", stmt: "a.reshape(4)" },
    numpyts: (nt) => {
      const a = nt.zeros([2, 2]);
      return () => a.reshape([4]);
    },
  },
  // Issue 4: ufuncs.
  binary("add", "float64", 1e6),
  binary("multiply", "float64", 1e6),
  binary("add", "float32", 1e6),
  binary("multiply", "float32", 1e6),
  binary("add", "float64", 1e4),
  unary("exp", "float64", 1e6),
  unary("log", "float64", 1e6),
  unary("sin", "float64", 1e6),
  unary("tanh", "float64", 1e6),
  unary("exp", "float32", 1e6),
  unary("log", "float32", 1e6),
  unary("sin", "float32", 1e6),
  unary("tanh", "float32", 1e6),
  {
    name: "(1000,1000) + (1000,)",
    group: "ufunc",
    ndts: () => {
      const a = arr(1e6).reshape(1000, 1000);
      const b = arr(1000, "float64", 3);
      return () => a.add(b);
    },
    numpy: { setup: "r = np.random.default_rng(1); a = r.random((1000, 1000)); b = r.random(1000)", stmt: "a + b" },
    numpyts: (nt) => {
      const a = nt.array(Array.from(rand(1e6))).reshape([1000, 1000]);
      const b = nt.array(Array.from(rand(1000, 3)));
      return () => nt.add(a, b);
    },
  },
  {
    name: "a.T + b (2000,2000)",
    group: "ufunc",
    ndts: () => {
      const a = arr(4e6).reshape(2000, 2000);
      const b = arr(4e6, "float64", 2).reshape(2000, 2000);
      return () => a.T.add(b);
    },
    numpy: { setup: "r = np.random.default_rng(1); a = r.random((2000, 2000)); b = r.random((2000, 2000))", stmt: "a.T + b" },
    numpyts: (nt) => {
      const a = nt.array(Array.from(rand(4e6))).reshape([2000, 2000]);
      const b = nt.array(Array.from(rand(4e6, 2))).reshape([2000, 2000]);
      return () => nt.add(a.T, b);
    },
  },
  {
    name: "a + b (10 elements)",
    group: "ufunc",
    ndts: () => {
      const a = arr(10);
      const b = arr(10, "float64", 2);
      return () => a.add(b);
    },
    numpy: { setup: "r = np.random.default_rng(1); a = r.random(10); b = r.random(10)", stmt: "a + b" },
    numpyts: (nt) => {
      const a = nt.array(Array.from(rand(10)));
      const b = nt.array(Array.from(rand(10, 2)));
      return () => nt.add(a, b);
    },
    js: () => {
      const a = rand(10);
      const b = rand(10, 2);
      return () => {
        const out = new Float64Array(10);
        for (let i = 0; i < 10; i++) out[i] = a[i]! + b[i]!;
        return out;
      };
    },
  },  // Common operations beyond the bars (results dropped, as NumPy code does).
  common("np.std(A, axis=0)", "np.std(A, axis=0)", ({ A }) => np.std(A, 0)),
  common("np.sum(A, axis=0)", "np.sum(A, axis=0)", ({ A }) => np.sum(A, 0)),
  common("np.sum(A, axis=1)", "np.sum(A, axis=1)", ({ A }) => np.sum(A, 1)),
  common("np.max(A, axis=1)", "np.max(A, axis=1)", ({ A }) => np.max(A, 1)),
  common("np.cumsum(a)", "np.cumsum(a)", ({ a }) => np.cumsum(a)),
  common("np.nanmax(a)", "np.nanmax(a)", ({ a }) => np.nanmax(a)),
  common("A.T.copy()", "A.T.copy()", ({ A }) => A.T.copy()),
  common("A[idx[:100] % 1000] (rows)", "A[idx[:100] % 1000]", ({ A, idx }) => A.get((idx.get(":100") as np.NDArray).remainder(1000))),
  common("A[:, idx[:100] % 1000] (columns)", "A[:, idx[:100] % 1000]", ({ A, idx }) => A.get(":", (idx.get(":100") as np.NDArray).remainder(1000))),
  common("np.argmax(A, axis=1)", "np.argmax(A, axis=1)", ({ A }) => np.argmax(A, 1)),
  common("np.allclose(a, b)", "np.allclose(a, b)", ({ a, b }) => np.allclose(a, b)),
  common("a[a > 0.5]", "a[a > 0.5]", ({ a }) => a.get(a.greater(0.5))),
  common("np.where(a > 0.5)", "np.where(a > 0.5)", ({ a }) => np.where(a.greater(0.5))),
  common("a[idx] (1e5 indices)", "a[idx]", ({ a, idx }) => a.get(idx)),
  common("a ** 2", "a ** 2", ({ a }) => a.power(2)),
  common("np.arange(1e6)", "np.arange(1000000)", () => np.arange(1e6)),
  common("np.linspace(0, 1, 1e6)", "np.linspace(0, 1, 1000000)", () => np.linspace(0, 1, 1e6)),
  common("np.sort(a)", "np.sort(a)", ({ a }) => np.sort(a)),
  common("np.median(a)", "np.median(a)", ({ a }) => np.median(a)),
  common("np.isin(idx, idx[:1000])", "np.isin(idx, idx[:1000])", ({ idx }) => np.isin(idx, idx.get(":1000"))),
  common("np.interp(a, xp, fp) (1000 points)", "np.interp(a, np.sort(A[0]), A[1])", ({ a, A }) => np.interp(a, np.sort(A.get(0) as np.NDArray), A.get(1))),
  randomWork("rng.integers(0, 100, 1e6)", "rng.integers(0, 100, 1000000)", (rng) => rng.integers(0, 100, 1e6)),
  randomWork("rng.standard_normal(1e6)", "rng.standard_normal(1000000)", (rng) => rng.standard_normal(1e6)),
  // Matrix products (NumPy calls OpenBLAS).
  {
    name: "np.dot(A, B) (500,500) float64",
    group: "linalg",
    ndts: () => {
      const A = arr(250_000).reshape(500, 500);
      const B = arr(250_000, "float64", 2).reshape(500, 500);
      return () => np.dot(A, B);
    },
    numpy: { setup: "r = np.random.default_rng(1); A = r.random((500, 500)); B = r.random((500, 500))", stmt: "np.dot(A, B)" },
    numpyts: (nt) => {
      const A = nt.array(Array.from(rand(250_000))).reshape([500, 500]);
      const B = nt.array(Array.from(rand(250_000, 2))).reshape([500, 500]);
      return () => nt.dot(A, B);
    },
  },
  matrixWork("np.linalg.qr(X) (1000,50)", 1000, 50, "np.linalg.qr(X)", ({ X }) => np.linalg.qr(X)),
  matrixWork("np.linalg.svd(X, full_matrices=False) (1000,50)", 1000, 50, "np.linalg.svd(X, full_matrices=False)", ({ X }) => np.linalg.svd(X, { full_matrices: false })),
  matrixWork("np.linalg.svd(X) (200,200)", 200, 200, "np.linalg.svd(X)", ({ X }) => np.linalg.svd(X)),
  matrixWork("np.linalg.eigh(S) (200,200)", 200, 200, "np.linalg.eigh(S)", ({ S }) => np.linalg.eigh(S)),
  matrixWork("np.linalg.inv(S) (200,200)", 200, 200, "np.linalg.inv(S)", ({ S }) => np.linalg.inv(S)),
  {
    name: "A @ x (1000,1000)@(1000,) float64",
    group: "linalg",
    ndts: () => {
      const A = arr(1e6).reshape(1000, 1000);
      const x = arr(1000, "float64", 2);
      return () => A.matmul(x);
    },
    numpy: { setup: "r = np.random.default_rng(1); A = r.random((1000, 1000)); x = r.random(1000)", stmt: "A @ x" },
    numpyts: (nt) => {
      const A = nt.array(Array.from(rand(1e6))).reshape([1000, 1000]);
      const x = nt.array(Array.from(rand(1000, 2)));
      return () => nt.matmul(A, x);
    },
  },
];
