/**
 * Generator's multivariate samplers and bytes (installed on Generator.prototype), step for step
 * NumPy's: multinomial by successive binomials, dirichlet by normalised gammas (or the
 * stick-breaking betas when every alpha < 0.1), multivariate_normal as mean + z @ factor.T with
 * the factor from svd, eigh or cholesky.
 *
 * The multivariate normal's factor comes from ndts's linalg: with method "cholesky" (unique) the
 * samples equal NumPy's to rounding; "eigh" follows LAPACK's route and so do 2 x 2 covariances
 * with "svd" (the default); larger ones with "svd" equal NumPy's whenever ndts's Jacobi SVD picks
 * LAPACK's signs (e.g. diagonal covariances), and otherwise are an equally valid sample with some
 * vector signs flipped.
 *
 * @example
 * np.random.default_rng(0).multinomial(20, [0.2, 0.3, 0.5]).tolist() // [5, 4, 11], as NumPy
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { INT64 } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, type NDArray } from "../core/ndarray.js";
import { normalizeShape, shapeRepr, shapeSize, type ShapeLike } from "../core/shape.js";
import { warn } from "../core/warnings.js";
import { asArray } from "../api/creation.js";
import { allclose } from "../api/math.js";
import { cholesky, eigh, svd } from "../linalg/linalg.js";
import { matmul } from "../linalg/products.js";
import { absolute, add, multiply, sqrt } from "../ufunc/index.js";
import { any } from "../api/reductions.js";
import { less } from "../ufunc/index.js";
import * as D from "./distributions.js";
import { Cons, broadcastValues, checkArrayConstraint, checkConstraint, freshOut, multiIterShape } from "./common.js";
import { Generator } from "./generator.js";

type Size = ShapeLike | null;

declare module "./generator.js" {
  interface Generator {
    /** multinomial(n, pvals, size=None). @example np.random.default_rng(0).multinomial(10, [0.5, 0.5]) */
    multinomial(n: ArrayLike, pvals: ArrayLike, ...args: Args<[Size], { size?: Size }>): NDArray;
    /** dirichlet(alpha, size=None). @example np.random.default_rng(0).dirichlet([1, 2, 3]) */
    dirichlet(alpha: ArrayLike, ...args: Args<[Size], { size?: Size }>): NDArray;
    /**
     * multivariate_normal(mean, cov, size=None, check_valid='warn', tol=1e-8, *, method='svd').
     * @example np.random.default_rng(0).multivariate_normal([0, 0], [[1, 0], [0, 2]], 3).shape // [3, 2]
     */
    multivariate_normal(mean: ArrayLike, cov: ArrayLike, ...args: Args<[Size, string, number], { size?: Size; check_valid?: string; tol?: number; method?: string }>): NDArray;
    /** bytes(length): random bytes, as NumPy's (little-endian uint32 draws). @example np.random.default_rng(7).bytes(5).length // 5 */
    bytes(length: number): Uint8Array;
  }
}

function kahanSum(a: Float64Array, from: number, n: number): number {
  if (n <= 0) return 0;
  let sum = a[from]!;
  let c = 0;
  for (let i = 1; i < n; i++) {
    const y = a[from + i]! - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** random_multinomial: successive binomials on the remaining probability. */
function multinomialRow(gen: Generator, n: number, out: BigInt64Array, at: number, p: Float64Array, pAt: number, d: number, st: D.BinomialState): void {
  let remaining = 1;
  let dn = n;
  for (let j = 0; j < d - 1; j++) {
    const v = D.binomial(gen._bg, p[pAt + j]! / remaining, dn, st);
    out[at + j] = BigInt(v);
    dn -= v;
    if (dn <= 0) break;
    remaining -= p[pAt + j]!;
  }
  if (dn > 0) out[at + d - 1] = BigInt(dn);
}

function sizeTuple(size: Size | undefined): number[] | null {
  return size == null ? null : normalizeShape(size);
}

Object.defineProperty(Generator.prototype, "multinomial", {
  configurable: true,
  writable: true,
  value(this: Generator, n: ArrayLike, pvals: ArrayLike, ...args: unknown[]): NDArray {
    const [sizeArg] = bindArgs("multinomial", ["size"], args) as [Size | undefined];
    const size = sizeTuple(sizeArg);
    const on = asArray(n);
    const pa = asArray(pvals);
    const ndim = pa.ndim;
    const d = ndim >= 1 ? pa.shape[ndim - 1]! : 0;
    if (d === 0) throw new ValueError("pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.");
    const p = broadcastValues(pa, pa.shape);
    checkArrayConstraint(p, "pvals", Cons.BOUNDED_0_1);
    for (let off = 0; off < p.length; off += d) {
      if (kahanSum(p, off, d - 1) > 1 + 1e-12) throw new ValueError(`sum(pvals${ndim === 1 ? "[:-1]" : "[...,:-1]"}) > 1.0`);
    }
    const st = D.newBinomialState();
    if (on.ndim !== 0 || ndim > 1) {
      const nv = broadcastValues(on, on.shape);
      checkArrayConstraint(nv, "n", Cons.NON_NEGATIVE);
      const offShape = pa.shape.slice(0, ndim - 1);
      let itShape = multiIterShape(size === null ? [on.shape, offShape] : [on.shape, offShape, size]);
      if (size !== null && (itShape.length !== size.length || itShape.some((x, i) => x !== size[i]))) {
        throw new ValueError(`Output size ${shapeRepr(size)} is not compatible with broadcast dimensions of inputs ${shapeRepr(itShape)}.`);
      }
      itShape = itShape.slice();
      const N = broadcastValues(on, itShape);
      const offs = Float64Array.from({ length: shapeSize(offShape) }, (_, i) => i * d);
      const O = broadcastValues(asArray(offs).reshape(offShape.length ? offShape : []), itShape);
      const arr = emptyArray(INT64, [...itShape, d], undefined, true);
      const v = arr._storage.region.view(INT64) as BigInt64Array;
      const at = arr._ptr >> 3;
      for (let i = 0; i < N.length; i++) multinomialRow(this, N[i]!, v, at + i * d, p, O[i]!, d, st);
      return arr;
    }
    const ni = Number(on.item());
    checkConstraint(ni, "n", Cons.NON_NEGATIVE);
    const shape = size === null ? [d] : [...size, d];
    const arr = emptyArray(INT64, shape, undefined, true);
    const v = arr._storage.region.view(INT64) as BigInt64Array;
    const at = arr._ptr >> 3;
    const rows = shapeSize(shape) / d;
    for (let r = 0; r < rows; r++) multinomialRow(this, ni, v, at + r * d, p, 0, d, st);
    return arr;
  },
});

/**
 * Dirichlet draws by gammas: each row of `alpha.length` values in view[at..at+total) filled with
 * gamma(alpha_j) draws, then divided by the row's sum (NumPy's loop in both of its APIs).
 */
export function normalizedGammas(view: Float64Array, at: number, total: number, alpha: { readonly length: number; readonly [i: number]: number }, gamma: (alpha: number) => number): void {
  const k = alpha.length;
  for (let i = 0; i < total; i += k) {
    let acc = 0;
    for (let j = 0; j < k; j++) {
      const g = gamma(alpha[j]!);
      view[at + i + j] = g;
      acc += g;
    }
    const inv = 1 / acc;
    for (let j = 0; j < k; j++) view[at + i + j] = view[at + i + j]! * inv;
  }
}

Object.defineProperty(Generator.prototype, "dirichlet", {
  configurable: true,
  writable: true,
  value(this: Generator, alpha: ArrayLike, ...args: unknown[]): NDArray {
    const [sizeArg] = bindArgs("dirichlet", ["size"], args) as [Size | undefined];
    const size = sizeTuple(sizeArg);
    const aa = asArray(alpha);
    if (aa.ndim !== 1) throw new ValueError(`object of too small depth for desired array`);
    const a = broadcastValues(aa, aa.shape);
    const k = a.length;
    if (a.some((x) => x < 0)) throw new ValueError("alpha < 0");
    const shape = size === null ? [k] : [...size, k];
    const { arr, view, at } = freshOut(asArray(0.5)._dt, shape);
    const total = arr.size;
    view.fill(0, at, at + total);
    const bg = this._bg;
    if (k > 0 && a.every((x) => x < 0.1)) {
      const csum = new Float64Array(k);
      let c = 0;
      for (let j = k - 1; j >= 0; j--) csum[j] = c += a[j]!;
      if (c > 0) {
        for (let i = 0; i < total; i += k) {
          let acc = 1;
          for (let j = 0; j < k - 1; j++) {
            const v = D.beta(bg, a[j]!, csum[j + 1]!);
            view[at + i + j] = acc * v;
            acc *= 1 - v;
            if (csum[j + 1] === 0) break;
          }
          view[at + i + k - 1] = acc;
        }
      }
    } else {
      normalizedGammas(view, at, total, a, (alpha) => D.standardGamma(bg, alpha));
    }
    return arr;
  },
});

Object.defineProperty(Generator.prototype, "multivariate_normal", {
  configurable: true,
  writable: true,
  value(this: Generator, mean: ArrayLike, cov: ArrayLike, ...args: unknown[]): NDArray {
    const [sizeArg, checkValid, tolArg, methodArg] = bindArgs("multivariate_normal", ["size", "check_valid", "tol"], args, ["method"]) as [Size | undefined, string | undefined, number | undefined, string | undefined];
    const method = methodArg ?? "svd";
    if (method !== "svd" && method !== "eigh" && method !== "cholesky") throw new ValueError("method must be one of {'eigh', 'svd', 'cholesky'}");
    const m = asArray(mean);
    let c = asArray(cov);
    if (m._dt.kind === "c" || c._dt.kind === "c") throw new NumpyTypeError("mean and cov must not be complex");
    const shape = sizeArg == null ? [] : normalizeShape(sizeArg);
    if (m.ndim !== 1) throw new ValueError("mean must be 1 dimensional");
    if (c.ndim !== 2 || c.shape[0] !== c.shape[1]) throw new ValueError("cov must be 2 dimensional and square");
    if (m.shape[0] !== c.shape[0]) throw new ValueError("mean and cov must have same length");
    const k = m.shape[0]!;
    const finalShape = [...shape, k];
    const x = (this.standard_normal(finalShape) as NDArray).reshape(-1, k);
    c = c.astype("float64");
    const tol = tolArg ?? 1e-8;
    const cv = checkValid ?? "warn";
    let factor: NDArray;
    let psd = true;
    if (method === "cholesky") {
      factor = cholesky(c) as NDArray;
    } else if (method === "svd") {
      const [u, s, vh] = svd(c) as [NDArray, NDArray, NDArray];
      if (cv !== "ignore") psd = allclose(matmul(multiply(vh.T, s) as NDArray, vh) as NDArray, c, tol, tol) as boolean;
      factor = multiply(u, sqrt(s)) as NDArray;
    } else {
      const [s, u] = eigh(c) as [NDArray, NDArray];
      if (cv !== "ignore") psd = !any(less(s, -tol));
      factor = multiply(u, sqrt(absolute(s))) as NDArray;
    }
    if (cv !== "ignore" && method !== "cholesky") {
      if (cv !== "warn" && cv !== "raise") throw new ValueError("check_valid must equal 'warn', 'raise', or 'ignore'");
      if (!psd) {
        if (cv === "warn") warn("covariance is not symmetric positive-semidefinite.", "RuntimeWarning");
        else throw new ValueError("covariance is not symmetric positive-semidefinite.");
      }
    }
    const out = add(m.astype("float64"), matmul(x, factor.T)) as NDArray;
    return out.reshape(finalShape);
  },
});

Object.defineProperty(Generator.prototype, "bytes", {
  configurable: true,
  writable: true,
  value(this: Generator, length: number): Uint8Array {
    if (!Number.isInteger(length)) throw new NumpyTypeError("'float' object cannot be interpreted as an integer");
    const nWords = Math.floor((length - 1) / 4) + 1;
    const words = this.integers(0, 4294967296, nWords, "uint32") as NDArray;
    const bytes = new Uint8Array(nWords * 4);
    const w = words.tolist() as number[];
    for (let i = 0; i < nWords; i++) {
      bytes[4 * i] = w[i]! & 0xff;
      bytes[4 * i + 1] = (w[i]! >>> 8) & 0xff;
      bytes[4 * i + 2] = (w[i]! >>> 16) & 0xff;
      bytes[4 * i + 3] = (w[i]! >>> 24) & 0xff;
    }
    return bytes.slice(0, Math.max(length, 0));
  },
});
