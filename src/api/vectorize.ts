/**
 * np.vectorize: a JS function of scalars made into a function of arrays, with NumPy's
 * broadcasting. It is a convenience (a loop over the elements), not a fast path.
 *
 * The result dtype is `otypes` when given; otherwise it is inferred as np.array infers it, from
 * all results (NumPy looks at the first result only: a JS function cannot tell 1 from 1.0, so the
 * first result alone could truncate later non-integral ones).
 *
 * @example
 * const half = np.vectorize((x: number) => x / 2);
 * half([1, 2, 3]) // array([0.5, 1. , 1.5])
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { resolveDType, type DTypeLike } from "../core/dtype.js";
import { NotImplementedError, NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray, type Item } from "../core/ndarray.js";
import { array, asArray } from "./creation.js";
import { broadcast_arrays } from "./manipulation.js";

type VectorizeOpts = { otypes?: string | readonly DTypeLike[] | null; doc?: string | null; excluded?: Iterable<number> | null; cache?: boolean; signature?: string | null };

/** A vectorized function: call it with arrays; `pyfunc` and the options stay readable. */
export interface Vectorized {
  (...args: unknown[]): NDArray | NDArray[];
  readonly pyfunc: (...args: never[]) => unknown;
  readonly otypes: string | null;
  readonly excluded: ReadonlySet<number>;
}

/** otypes as dtype names: a string of type characters ("fd") or a list of dtypes. */
function outputTypes(otypes: string | readonly DTypeLike[] | null | undefined): string[] | null {
  if (otypes == null) return null;
  if (typeof otypes === "string") {
    return Array.from(otypes, (c) => {
      try {
        return resolveDType(c).name;
      } catch {
        throw new ValueError(`Invalid otype specified: ${c}`);
      }
    });
  }
  if (Array.isArray(otypes)) return otypes.map((t) => resolveDType(t).name);
  throw new ValueError("Invalid otype specification");
}

/**
 * NumPy's np.vectorize(pyfunc, otypes=None, doc=None, excluded=None, cache=False, signature=None):
 * the returned function broadcasts its array arguments (except the positions in `excluded`,
 * passed as they are), calls `pyfunc` on each set of elements in C order and collects the
 * results into an array (or one array per output when `pyfunc` returns a JS array, as Python's
 * tuple).
 * @example np.vectorize((x: number, y: number) => x + y)([1, 2, 3], [[10], [20]]) // 2x3 array
 */
export function vectorize(pyfunc: (...args: never[]) => unknown, ...rest: Args<[string | readonly DTypeLike[] | null, string | null, Iterable<number> | null, boolean, string | null], VectorizeOpts>): Vectorized {
  if (typeof pyfunc !== "function") throw new NumpyTypeError("When used as a decorator, only accepts keyword arguments.");
  const [otypes, , excludedArg, , signature] = bindArgs("vectorize", ["otypes", "doc", "excluded", "cache", "signature"], rest) as [
    (string | readonly DTypeLike[] | null)?,
    unknown?,
    (Iterable<number> | null)?,
    boolean?,
    (string | null)?,
  ];
  if (signature != null) throw new NotImplementedError("ndts's np.vectorize does not take signature= (generalized ufunc core dimensions)");
  const types = outputTypes(otypes);
  const excluded = new Set(excludedArg ?? []);
  const call = (...args: unknown[]): NDArray | NDArray[] => {
    const arrayAt = args.map((_, i) => i).filter((i) => !excluded.has(i));
    const inputs = broadcast_arrays(...arrayAt.map((i) => asArray(args[i] as ArrayLike)));
    const shape = inputs.length > 0 ? inputs[0]!.shape : [];
    const size = shape.reduce((p, d) => p * d, 1);
    if (size === 0 && types === null) throw new ValueError("cannot call `vectorize` on size 0 inputs unless `otypes` is set");
    const columns = inputs.map((a) => (a.ndim === 0 ? [a.item()] : (a.flatten().tolist() as Item[])));
    const results: unknown[] = new Array(size);
    const callArgs = args.slice();
    for (let k = 0; k < size; k++) {
      arrayAt.forEach((i, j) => (callArgs[i] = columns[j]![k]));
      results[k] = (pyfunc as (...a: unknown[]) => unknown)(...callArgs);
    }
    const nout = size > 0 && Array.isArray(results[0]) ? (results[0] as unknown[]).length : (types?.length ?? 1);
    const collect = (values: unknown[], o: number): NDArray => {
      const dt = types?.[o] ?? types?.[0];
      return (dt === undefined ? array(values as ArrayLike) : array(values as ArrayLike, dt)).reshape(shape);
    };
    if (size > 0 && Array.isArray(results[0])) {
      return Array.from({ length: nout }, (_, o) => collect(results.map((r) => (r as unknown[])[o]), o));
    }
    return collect(results, 0);
  };
  return Object.assign(call, { pyfunc, otypes: types === null ? null : types.map((t) => resolveDType(t).char).join(""), excluded }) as Vectorized;
}
