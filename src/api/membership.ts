/**
 * Element membership: numpy.isin in the operands' common dtype (NumPy's == semantics: NaN is in
 * nothing, -0 equals 0, 2 equals 2.0): real values by a lookup table (integers over a small
 * range) or bisection of the sorted test values, complex and large int64 ones by hashing.
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { ValueError } from "../core/errors.js";
import { emptyArray, type NDArray } from "../core/ndarray.js";
import { BOOL } from "../core/dtype.js";
import { float64Values } from "../core/coerce.js";
import { amax, amin } from "./reductions.js";
import type { Complex } from "../core/scalar.js";
import { array, asArray } from "./creation.js";
import { result_type } from "./dtypes.js";

type IsinOpts = { assume_unique?: boolean; invert?: boolean; kind?: "sort" | "table" | null };

/** Whether every value of an integer array is within +-2^53 (so exact as a double). */
function withinDouble(a: NDArray): boolean {
  return a.size === 0 || !/int64/.test(a.dtype) || (Number(amax(a)) <= 2 ** 53 && Number(amin(a)) >= -(2 ** 53));
}

/** A value's hash key: numbers and bigints as themselves, complex as "re,im"; NaN as null (equal to nothing). */
function key(v: unknown): unknown {
  if (typeof v === "number") return v !== v ? null : v;
  if (typeof v === "object" && v !== null) {
    const { re, im } = v as Complex;
    return re !== re || im !== im ? null : `${re === 0 ? 0 : re},${im === 0 ? 0 : im}`;
  }
  return v;
}

/**
 * Whether each element of `element` is in `test_elements`, as `numpy.isin(element,
 * test_elements, assume_unique=False, invert=False, *, kind=None)`: a boolean array of
 * element's shape (negated with `invert`).
 * @example np.isin([1, 2, 3, 4], [2, 4]).tolist() // [false, true, false, true]
 */
export function isin(element: ArrayLike, test_elements: ArrayLike, ...rest: Args<[boolean, boolean], IsinOpts>): NDArray {
  const [, invert, kind] = bindArgs("isin", ["assume_unique", "invert"], rest, ["kind"]) as [boolean | undefined, boolean | undefined, string | null | undefined];
  const a = asArray(element);
  const b = asArray(test_elements);
  if (kind != null && kind !== "sort" && kind !== "table") {
    throw new ValueError(`Invalid kind: '${kind}'. Please use None, 'sort' or 'table'.`);
  }
  const dt = result_type(a, b);
  if (kind === "table" && !/^(bool|u?int\d+)$/.test(dt)) {
    throw new ValueError("The 'table' method is only supported for boolean or integer arrays. Please select 'sort' or None for kind.");
  }
  const big = dt === "int64" || dt === "uint64";
  // Real values that doubles hold exactly (int64 within 2^53) are compared as numbers.
  if (!/^complex/.test(dt) && (!big || (withinDouble(a) && withinDouble(b)))) {
    // The test values sorted (NaN last, and never matched), each element found by bisection;
    // integers over a range of at most 6 (n + m) values (NumPy's kind='table' rule) by a table.
    const sorted = float64Values(b.astype(dt)).sort();
    let n = sorted.length;
    while (n > 0 && sorted[n - 1] !== sorted[n - 1]) n--;
    const av = float64Values(a.astype(dt));
    const out = emptyArray(BOOL, a.shape);
    const ov = out._storage.region.view(BOOL) as Uint8Array;
    const flip = Boolean(invert);
    const lowest = sorted[0]!;
    const span = n === 0 ? Infinity : sorted[n - 1]! - lowest;
    if (!/^float/.test(dt) && span <= 6 * (av.length + n)) {
      const table = new Uint8Array(span + 1);
      for (let j = 0; j < n; j++) table[sorted[j]! - lowest] = 1;
      for (let i = 0, o = out._ptr; i < av.length; i++, o++) {
        const k = av[i]! - lowest;
        ov[o] = (k >= 0 && k <= span && table[k] === 1) !== flip ? 1 : 0;
      }
      return out;
    }
    for (let i = 0, o = out._ptr; i < av.length; i++, o++) {
      const x = av[i]!;
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      ov[o] = (lo < n && sorted[lo] === x) !== flip ? 1 : 0;
    }
    return out;
  }
  const values = (x: NDArray) => x.astype(dt).ravel().tolist(big ? { bigint: true } : undefined) as unknown[];
  const set = new Set(values(b).map(key).filter((k) => k !== null));
  const hit = values(a).map((v) => {
    const k = key(v);
    return (k !== null && set.has(k)) !== Boolean(invert);
  });
  return array(hit, "bool").reshape(a.shape);
}
