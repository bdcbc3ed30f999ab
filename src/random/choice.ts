/**
 * choice and permutation for Generator and RandomState, as NumPy's: probabilities checked with
 * NumPy's messages (Kahan sum within sqrt(eps) of 1), weighted draws by searching the normalised
 * CDF with uniform doubles, and draws without replacement by Floyd's algorithm with a hash set or
 * a tail shuffle (Generator) or a full permutation (RandomState).
 *
 * @example
 * np.random.default_rng(0).choice([10, 20, 30], { p: [0.2, 0.3, 0.5] }) // 30, as NumPy
 */
import type { ArrayLike } from "../core/coerce.js";
import { INT64 } from "../core/dtype.js";
import { IndexError, NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { normalizeAxis, normalizeShape, shapeSize } from "../core/shape.js";
import { asArray } from "../api/creation.js";
import { take } from "../api/indexing.js";
import { boundedUint64 } from "./bounded.js";
import { int64From, type NumList } from "./common.js";
import { boundedIntegers } from "./integers.js";
import type { BitGen } from "./bitgen.js";
import { shuffleArray, shuffleNumbers } from "./shuffle.js";

function kahanSum(a: Float64Array): number {
  if (a.length === 0) return 0;
  let sum = a[0]!;
  let c = 0;
  for (let i = 1; i < a.length; i++) {
    const y = a[i]! - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

const int64Array = (vals: NumList, shape: readonly number[]): NDArray => int64From(vals, shape);

/** Index of the first cdf value > u (searchsorted side='right'). */
function searchRight(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function normalisedCdf(p: Float64Array): Float64Array {
  const cdf = new Float64Array(p.length);
  let s = 0;
  for (let i = 0; i < p.length; i++) cdf[i] = s += p[i]!;
  const last = cdf[cdf.length - 1]!;
  for (let i = 0; i < cdf.length; i++) cdf[i] = cdf[i]! / last;
  return cdf;
}

/** The choice implementation; `legacy` selects RandomState's messages and algorithms. */
export function choice(owner: { _bg: BitGen }, a: ArrayLike, size: number | readonly number[] | null, replace: boolean, pArg: ArrayLike | null, axis: number, shuffle: boolean, legacy: boolean): unknown {
  const bg = owner._bg;
  const arr = asArray(a);
  const shape = size === null ? [] : normalizeShape(size);
  const n = shapeSize(shape);
  let pop: number;
  if (arr.ndim === 0) {
    const v = arr.item();
    if (arr._dt.kind !== "i" && arr._dt.kind !== "u") {
      throw new ValueError(legacy ? "a must be 1-dimensional or an integer" : `a must be a sequence or an integer, not <class '${arr._dt.kind === "f" ? "float" : "bool"}'>`);
    }
    pop = Number(v);
    if (pop <= 0 && n !== 0) throw new ValueError(legacy ? "a must be greater than 0 unless no samples are taken" : "a must be a positive integer unless no samples are taken");
  } else {
    if (legacy && arr.ndim !== 1) throw new ValueError("a must be 1-dimensional");
    pop = arr.shape[legacy ? 0 : normalizeAxis(axis, arr.ndim)]!;
    if (pop === 0 && n !== 0) throw new ValueError(legacy ? "'a' cannot be empty unless no samples are taken" : "a cannot be empty unless no samples are taken");
  }
  let p: Float64Array | null = null;
  if (pArg !== null) {
    const pa = asArray(pArg);
    let atol = Math.sqrt(2 ** -52);
    if (pa._dt.name === "float32") atol = Math.max(atol, Math.sqrt(2 ** -23));
    if (pa.ndim !== 1) throw new ValueError(legacy ? "'p' must be 1-dimensional" : "p must be 1-dimensional");
    if (pa.size !== pop) throw new ValueError(legacy ? "'a' and 'p' must have same size" : "a and p must have same size");
    p = Float64Array.from(pa.astype("float64").tolist() as number[]);
    const psum = kahanSum(p);
    if (Number.isNaN(psum)) throw new ValueError(legacy ? "probabilities contain NaN" : "Probabilities contain NaN");
    if (p.some((x) => x < 0)) throw new ValueError(legacy ? "probabilities are not non-negative" : "Probabilities are not non-negative");
    if (Math.abs(psum - 1) > atol) {
      throw new ValueError(legacy ? "probabilities do not sum to 1" : "Probabilities do not sum to 1. See Notes section of docstring for more information.");
    }
  }
  let idx: number[] | NDArray;
  if (replace) {
    if (p !== null) {
      const cdf = normalisedCdf(p);
      idx = [];
      for (let i = 0; i < n; i++) idx.push(searchRight(cdf, bg.nextDouble()));
    } else {
      const r = boundedIntegers(bg, 0, pop, shape, INT64, legacy, false);
      // An integer population with a size: the int64 draws are the answer.
      if (arr.ndim === 0 && size !== null) return r;
      idx = typeof r === "object" ? ((r as NDArray).ravel().tolist() as number[]) : [Number(r)];
    }
  } else {
    if (n > pop) throw new ValueError(legacy ? "Cannot take a larger sample than population when 'replace=False'" : "Cannot take a larger sample than population when replace is False");
    if (p !== null) {
      if (p.filter((x) => x > 0).length < n) throw new ValueError("Fewer non-zero entries in p than size");
      const found: number[] = [];
      const pc = p.slice();
      while (found.length < n) {
        const m = n - found.length;
        const x = new Float64Array(m);
        for (let i = 0; i < m; i++) x[i] = bg.nextDouble();
        for (const f of found) pc[f] = 0;
        const cdf = normalisedCdf(pc);
        const seen = new Set<number>();
        for (const u of x) {
          const k = searchRight(cdf, u);
          if (!seen.has(k)) {
            seen.add(k);
            found.push(k);
          }
        }
      }
      idx = found;
    } else if (legacy) {
      const perm = new Float64Array(pop);
      for (let i = 0; i < pop; i++) perm[i] = i;
      shuffleNumbers(bg, perm, 1);
      idx = Array.from(perm.subarray(0, n));
    } else {
      idx = withoutReplacement(bg, pop, n, shuffle);
    }
  }
  const flat = idx instanceof NDArray ? (idx.ravel().tolist() as number[]) : idx;
  if (size === null) {
    const k = flat[0]!;
    if (arr.ndim === 0) return k;
    return take(arr, k, legacy ? 0 : axis);
  }
  const ia = int64Array(flat, shape);
  if (arr.ndim === 0) return ia;
  if (!legacy && shape.length === 0 && arr.ndim === 1) return take(arr, ia, axis);
  return take(arr, ia, legacy ? 0 : axis) as NDArray;
}

/** Generator.choice's draw without replacement: a tail shuffle or Floyd's algorithm. */
function withoutReplacement(bg: BitGen, pop: number, size: number, shuffle: boolean): number[] {
  const cutoff = shuffle ? 50 : 20;
  if (pop > 10000 && size > Math.floor(pop / cutoff)) {
    const idx = Array.from({ length: pop }, (_, i) => i);
    for (let i = pop - 1; i >= Math.max(pop - size, 1); i--) {
      const j = boundedUint64(bg, i);
      const t = idx[j]!;
      idx[j] = idx[i]!;
      idx[i] = t;
    }
    return idx.slice(pop - size);
  }
  const out = new Array<number>(size);
  let mask = Math.floor(1.2 * size);
  mask |= mask >>> 1; mask |= mask >>> 2; mask |= mask >>> 4; mask |= mask >>> 8; mask |= mask >>> 16;
  const setSize = mask + 1;
  const hash = new Float64Array(setSize).fill(-1);
  for (let j = pop - size; j < pop; j++) {
    const val = boundedUint64(bg, j);
    let loc = val & mask;
    while (hash[loc] !== -1 && hash[loc] !== val) loc = (loc + 1) & mask;
    if (hash[loc] === -1) {
      hash[loc] = val;
      out[j - pop + size] = val;
    } else {
      loc = j & mask;
      while (hash[loc] !== -1) loc = (loc + 1) & mask;
      hash[loc] = j;
      out[j - pop + size] = j;
    }
  }
  if (shuffle) {
    for (let i = size - 1; i >= 1; i--) {
      const j = boundedUint64(bg, i);
      const t = out[j]!;
      out[j] = out[i]!;
      out[i] = t;
    }
  }
  return out;
}

/** permutation for Generator (axis) and RandomState (axis 0, IndexError for 0-d). */
export function permutation(bg: BitGen, x: ArrayLike, axis: number, legacy: boolean): NDArray {
  if (typeof x === "number" || typeof x === "bigint") {
    if (typeof x === "number" && !Number.isInteger(x)) throw new NumpyTypeError("'float' object cannot be interpreted as an integer");
    const n = Number(x);
    if (n < 0) throw new ValueError("negative dimensions are not allowed");
    const vals = new Float64Array(n);
    for (let i = 0; i < n; i++) vals[i] = i;
    shuffleNumbers(bg, vals, 1);
    return int64Array(vals, [n]);
  }
  const arr = asArray(x);
  if (legacy && arr.ndim < 1) throw new IndexError("x must be an integer or at least 1-dimensional");
  const ax = normalizeAxis(legacy ? 0 : axis, arr.ndim);
  if (arr.ndim === 1) {
    const c = arr.copy();
    shuffleArray(bg, c, 0);
    return c;
  }
  const vals = new Float64Array(arr.shape[ax]!);
  for (let i = 0; i < vals.length; i++) vals[i] = i;
  shuffleNumbers(bg, vals, 1);
  return take(arr, int64Array(vals, [vals.length]), ax) as NDArray;
}
