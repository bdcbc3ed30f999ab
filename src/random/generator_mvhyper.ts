/**
 * Generator.multivariate_hypergeometric (installed on Generator.prototype), step for step NumPy's:
 * method "marginals" draws successive hypergeometrics, "count" partially shuffles one array of
 * color labels (kept across variates, as NumPy's) with random_interval draws; both sample the
 * complement when nsample > total / 2.
 *
 * @example
 * np.random.default_rng(5).multivariate_hypergeometric([3, 2, 5], 4).tolist() // [1, 0, 3], as NumPy
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { INT64 } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, type NDArray } from "../core/ndarray.js";
import { normalizeShape, shapeSize, type ShapeLike } from "../core/shape.js";
import { asArray } from "../api/creation.js";
import { randomInterval } from "./bounded.js";
import { hypergeometric } from "./hypergeometric.js";
import { Generator } from "./generator.js";

type Size = ShapeLike | null;
type Opts = { size?: Size; method?: "marginals" | "count" };
const INT64_MAX = 9223372036854775807n;
const COLORS_ERROR = `colors must be a one-dimensional sequence of nonnegative integers not exceeding ${INT64_MAX}.`;

declare module "./generator.js" {
  interface Generator {
    /**
     * multivariate_hypergeometric(colors, nsample, size=None, method='marginals').
     * @example np.random.default_rng(5).multivariate_hypergeometric([3, 2, 5], 4, 3).shape // [3, 3]
     */
    multivariate_hypergeometric(colors: ArrayLike, nsample: number, ...args: Args<[Size, "marginals" | "count"], Opts>): NDArray;
  }
}

Object.defineProperty(Generator.prototype, "multivariate_hypergeometric", {
  configurable: true,
  writable: true,
  value(this: Generator, colors: ArrayLike, nsample: number, ...args: unknown[]): NDArray {
    const [sizeArg, methodArg] = bindArgs("multivariate_hypergeometric", ["size", "method"], args) as [Size | undefined, string | undefined];
    const method = methodArg ?? "marginals";
    if (method !== "count" && method !== "marginals") throw new ValueError('method must be "count" or "marginals".');
    if (typeof nsample !== "number" || !Number.isInteger(nsample)) throw new NumpyTypeError("nsample must be an integer");
    if (nsample < 0) throw new ValueError("nsample must be nonnegative.");
    const c = asArray(colors);
    if (c.ndim !== 1 || (c.size > 0 && !"iub".includes(c._dt.kind)) || c._dt.kind === "b") throw new ValueError(COLORS_ERROR);
    const cols = (c.tolist() as number[]).map(Number);
    if (cols.some((v) => v < 0)) throw new ValueError(COLORS_ERROR);
    const total = cols.reduce((s, v) => s + v, 0);
    if (!Number.isSafeInteger(total)) throw new ValueError(`sum(colors) must not exceed the maximum value of a 64 bit signed integer (${INT64_MAX})`);
    if (method === "marginals" && total >= 1000000000) throw new ValueError('When method is "marginals", sum(colors) must be less than 1000000000.');
    if (nsample > total) throw new ValueError("nsample > sum(colors)");
    const k = cols.length;
    const shape = sizeArg == null ? [k] : [...normalizeShape(sizeArg), k];
    const out = emptyArray(INT64, shape);
    const n = shapeSize(shape);
    const v = new Float64Array(n);
    const nv = k === 0 ? 0 : n / k;
    if (total > 0 && nsample > 0 && nv > 0) {
      const half = nsample > Math.floor(total / 2);
      const ns = half ? total - nsample : nsample;
      const bg = this._bg;
      if (method === "count") {
        const choices = new Float64Array(total);
        let at = 0;
        for (let i = 0; i < k; i++) for (let j = 0; j < cols[i]!; j++) choices[at++] = i;
        for (let i = 0; i < n; i += k) {
          for (let j = 0; j < ns; j++) {
            const m = j + randomInterval(bg, total - j - 1);
            const t = choices[m]!;
            choices[m] = choices[j]!;
            choices[j] = t;
          }
          for (let j = 0; j < ns; j++) v[i + choices[j]!]! += 1;
          if (half) for (let q = 0; q < k; q++) v[i + q] = cols[q]! - v[i + q]!;
        }
      } else {
        for (let i = 0; i < n; i += k) {
          let left = ns;
          let remaining = total;
          for (let j = 0; left > 0 && j + 1 < k; j++) {
            remaining -= cols[j]!;
            const r = hypergeometric(bg, cols[j]!, remaining, left);
            v[i + j] = r;
            left -= r;
          }
          if (left > 0) v[i + k - 1] = left;
          if (half) for (let q = 0; q < k; q++) v[i + q] = cols[q]! - v[i + q]!;
        }
      }
    }
    const view = out._storage.region.view(INT64) as BigInt64Array;
    const at0 = out._ptr >> 3;
    for (let i = 0; i < n; i++) view[at0 + i] = BigInt(v[i]!);
    return out;
  },
});
