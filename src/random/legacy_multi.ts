/**
 * RandomState's multivariate samplers (installed on RandomState.prototype), as NumPy's mtrand:
 * multinomial by the legacy binomial, dirichlet by normalised legacy gammas, and
 * multivariate_normal as z @ (sqrt(s)[:, None] * vh) + mean from the SVD of cov (see
 * generator_multi.ts on SVD signs).
 *
 * @example
 * new np.random.RandomState(0).multinomial(20, [0.2, 0.3, 0.5]).tolist() // [4, 7, 9], as NumPy
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { FLOAT64, INT64 } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, type NDArray } from "../core/ndarray.js";
import { normalizeShape, shapeSize, type ShapeLike } from "../core/shape.js";
import { warn } from "../core/warnings.js";
import { asArray } from "../api/creation.js";
import { allclose } from "../api/math.js";
import { svd } from "../linalg/linalg.js";
import { matmul } from "../linalg/products.js";
import { add, multiply, sqrt } from "../ufunc/index.js";
import * as D from "./distributions.js";
import { Cons, broadcastValues, checkArrayConstraint, checkConstraint, freshOut } from "./common.js";
import { RandomState } from "./legacy.js";
import { normalizedGammas } from "./generator_multi.js";
import type { BitGen } from "./bitgen.js";

type Size = ShapeLike | null;

declare module "./legacy.js" {
  interface RandomState {
    /** multinomial(n, pvals, size=None). @example new np.random.RandomState(0).multinomial(10, [0.5, 0.5]) */
    multinomial(n: number, pvals: ArrayLike, ...args: Args<[Size], { size?: Size }>): NDArray;
    /** dirichlet(alpha, size=None). @example new np.random.RandomState(0).dirichlet([1, 2, 3]) */
    dirichlet(alpha: ArrayLike, ...args: Args<[Size], { size?: Size }>): NDArray;
    /**
     * multivariate_normal(mean, cov, size=None, check_valid='warn', tol=1e-8).
     * @example new np.random.RandomState(0).multivariate_normal([0, 0], [[1, 0], [0, 1]], 2).shape // [2, 2]
     */
    multivariate_normal(mean: ArrayLike, cov: ArrayLike, ...args: Args<[Size, string, number], { size?: Size; check_valid?: string; tol?: number }>): NDArray;
  }
}

function kahanSum(a: Float64Array, n: number): number {
  if (n <= 0) return 0;
  let sum = a[0]!;
  let c = 0;
  for (let i = 1; i < n; i++) {
    const y = a[i]! - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

const shapeWith = (size: Size | undefined, d: number): number[] => (size == null ? [d] : [...normalizeShape(size), d]);

Object.defineProperty(RandomState.prototype, "multinomial", {
  configurable: true,
  writable: true,
  value(this: RandomState, n: number, pvals: ArrayLike, ...args: unknown[]): NDArray {
    const [size] = bindArgs("multinomial", ["size"], args) as [Size | undefined];
    const pa = asArray(pvals);
    if (pa.ndim === 0) throw new NumpyTypeError("pvals must be a 1-d sequence");
    if (pa.ndim > 1) throw new ValueError("object too deep for desired array");
    const p = broadcastValues(pa, pa.shape);
    const d = p.length;
    checkArrayConstraint(p, "pvals", Cons.BOUNDED_0_1);
    if (d && kahanSum(p, d - 1) > 1 + 1e-12) throw new ValueError("sum(pvals[:-1]) > 1.0");
    const shape = shapeWith(size, d);
    const arr = emptyArray(INT64, shape, undefined, true);
    const v = arr._storage.region.view(INT64) as BigInt64Array;
    const at = arr._ptr >> 3;
    checkConstraint(n, "n", Cons.NON_NEGATIVE);
    const st = D.newBinomialState();
    const rows = d ? shapeSize(shape) / d : 0;
    for (let r = 0; r < rows; r++) {
      let remaining = 1;
      let dn = n;
      for (let j = 0; j < d - 1; j++) {
        const x = D.binomial(this._bg, p[j]! / remaining, dn, st, true);
        v[at + r * d + j] = BigInt(x);
        dn -= x;
        if (dn <= 0) break;
        remaining -= p[j]!;
      }
      if (dn > 0) v[at + r * d + d - 1] = BigInt(dn);
    }
    return arr;
  },
});

Object.defineProperty(RandomState.prototype, "dirichlet", {
  configurable: true,
  writable: true,
  value(this: RandomState, alpha: ArrayLike, ...args: unknown[]): NDArray {
    const [size] = bindArgs("dirichlet", ["size"], args) as [Size | undefined];
    const a = broadcastValues(asArray(alpha), asArray(alpha).shape);
    if (a.some((x) => x <= 0)) throw new ValueError("alpha <= 0");
    const k = a.length;
    const { arr, view, at } = freshOut(FLOAT64, shapeWith(size, k));
    const cache = this._cache;
    const normal = (g: BitGen): number => D.legacyGauss(g, cache);
    normalizedGammas(view, at, arr.size, a, (alpha) => D.standardGamma(this._bg, alpha, normal, D.legacyExponential));
    return arr;
  },
});

Object.defineProperty(RandomState.prototype, "multivariate_normal", {
  configurable: true,
  writable: true,
  value(this: RandomState, mean: ArrayLike, cov: ArrayLike, ...args: unknown[]): NDArray {
    const [size, checkValid, tolArg] = bindArgs("multivariate_normal", ["size", "check_valid", "tol"], args) as [Size | undefined, string | undefined, number | undefined];
    const m = asArray(mean);
    const c = asArray(cov).astype("float64");
    const shape = size == null ? [] : normalizeShape(size);
    if (m.ndim !== 1) throw new ValueError("mean must be 1 dimensional");
    if (c.ndim !== 2 || c.shape[0] !== c.shape[1]) throw new ValueError("cov must be 2 dimensional and square");
    if (m.shape[0] !== c.shape[0]) throw new ValueError("mean and cov must have same length");
    const k = m.shape[0]!;
    const finalShape = [...shape, k];
    const x = (this.standard_normal(finalShape) as NDArray).reshape(-1, k);
    const [, s, v] = svd(c) as [NDArray, NDArray, NDArray];
    const cv = checkValid ?? "warn";
    if (cv !== "ignore") {
      if (cv !== "warn" && cv !== "raise") throw new ValueError("check_valid must equal 'warn', 'raise', or 'ignore'");
      const tol = tolArg ?? 1e-8;
      if (!allclose(matmul(multiply(v.T, s) as NDArray, v) as NDArray, c, tol, tol)) {
        if (cv === "warn") warn("covariance is not symmetric positive-semidefinite.", "RuntimeWarning");
        else throw new ValueError("covariance is not symmetric positive-semidefinite.");
      }
    }
    const factor = multiply((sqrt(s) as NDArray).reshape(-1, 1), v) as NDArray;
    return (add(matmul(x, factor) as NDArray, m.astype("float64")) as NDArray).reshape(finalShape);
  },
});
