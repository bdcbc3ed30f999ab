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
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray, type Item } from "../core/ndarray.js";
import { array, asArray, empty } from "./creation.js";
import { result_type } from "./dtypes.js";
import { broadcast_arrays, broadcast_shapes, broadcast_to } from "./broadcasting.js";
import { stack } from "./joining.js";

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

type CoreDims = string[][];

/** NumPy's _parse_gufunc_signature: "(m,n),(n)->(m)" as [[["m", "n"], ["n"]], [["m"]]]. */
function parseSignature(signature: unknown): [CoreDims, CoreDims] {
  if (typeof signature !== "string") throw new NumpyTypeError("signature must be a string");
  const sig = signature.replace(/\s+/g, "");
  const argList = String.raw`(?:\((?:\w+(?:,\w+)*)?\))`;
  if (!new RegExp(String.raw`^${argList}(?:,${argList})*->${argList}(?:,${argList})*$`).test(sig)) {
    throw new ValueError(`not a valid gufunc signature: ${signature}`);
  }
  const side = (part: string): CoreDims => Array.from(part.matchAll(/\(([^()]*)\)/g), (m) => (m[1] === "" ? [] : m[1]!.split(",")));
  const [ins, outs] = sig.split("->") as [string, string];
  return [side(ins), side(outs)];
}

const pyTuple = (dims: readonly string[]): string => `(${dims.map((d) => `'${d}'`).join(", ")}${dims.length === 1 ? "," : ""})`;

/** Records the sizes of the core dimensions of `shape` (its last len(dims) axes), as NumPy's _update_dim_sizes. */
function updateDimSizes(sizes: Map<string, number>, shape: readonly number[], dims: readonly string[]): void {
  if (dims.length === 0) return;
  if (shape.length < dims.length) {
    throw new ValueError(`${shape.length}-dimensional argument does not have enough dimensions for all core dimensions ${pyTuple(dims)}`);
  }
  const core = shape.slice(shape.length - dims.length);
  dims.forEach((d, i) => {
    const have = sizes.get(d);
    if (have !== undefined && have !== core[i]) throw new ValueError(`inconsistent size for core dimension '${d}': ${core[i]} vs ${have}`);
    sizes.set(d, core[i]!);
  });
}

/**
 * NumPy's _vectorize_call_with_signature: the loop dimensions (all but each input's core
 * dimensions) broadcast; pyfunc gets the core sub-arrays (JS scalars for 0 core dimensions) and
 * returns one value per output (a JS array of them when there are several outputs), each with
 * the output's core shape. Output dtypes: otypes, else inferred from all results.
 */
function callWithSignature(
  pyfunc: (...a: unknown[]) => unknown,
  [inDims, outDims]: [CoreDims, CoreDims],
  types: string[] | null,
  excluded: ReadonlySet<number>,
  args: unknown[],
): NDArray | NDArray[] {
  const arrayAt = args.map((_, i) => i).filter((i) => !excluded.has(i));
  if (arrayAt.length !== inDims.length) throw new NumpyTypeError(`wrong number of positional arguments: expected ${inDims.length}, got ${arrayAt.length}`);
  const inputs = arrayAt.map((i) => asArray(args[i] as ArrayLike));
  const sizes = new Map<string, number>();
  inputs.forEach((a, j) => updateDimSizes(sizes, a.shape, inDims[j]!));
  const loop = broadcast_shapes(...inputs.map((a, j) => a.shape.slice(0, a.ndim - inDims[j]!.length)));
  const bcast = inputs.map((a, j) => broadcast_to(a, [...loop, ...a.shape.slice(a.ndim - inDims[j]!.length)]));
  const size = loop.reduce((p, d) => p * d, 1);
  const nout = outDims.length;
  const results: unknown[][] = Array.from({ length: nout }, () => []);
  const index = new Array<number>(loop.length).fill(0);
  const callArgs = args.slice();
  for (let k = 0; k < size; k++) {
    arrayAt.forEach((i, j) => {
      const sub = bcast[j]!.get(...index);
      callArgs[i] = inDims[j]!.length === 0 && sub instanceof NDArray ? sub.item() : sub;
    });
    const r = pyfunc(...callArgs);
    const got = nout === 1 ? [r] : Array.isArray(r) ? r : [r];
    if (got.length !== nout) throw new ValueError(`wrong number of outputs from pyfunc: expected ${nout}, got ${got.length}`);
    got.forEach((v, o) => results[o]!.push(v));
    for (let d = loop.length - 1; d >= 0; d--) {
      if (++index[d]! < loop[d]!) break;
      index[d] = 0;
    }
  }
  if (size === 0) {
    if (types === null) throw new ValueError("cannot call `vectorize` on size 0 inputs unless `otypes` is set");
    if (outDims.some((dims) => dims.some((d) => !sizes.has(d)))) {
      throw new ValueError("cannot call `vectorize` with a signature including new output dimensions on size 0 inputs");
    }
  }
  const outputs = outDims.map((dims, o) => {
    const dt = types?.[o] ?? types?.[0];
    if (size === 0) return empty([...loop, ...dims.map((d) => sizes.get(d)!)], { dtype: dt });
    const vals = results[o]!.map((v) => asArray(v as ArrayLike));
    updateDimSizes(sizes, vals[0]!.shape, dims);
    const core = dims.map((d) => sizes.get(d)!);
    const rtype = dt ?? result_type(...vals);
    const stacked = stack(vals.map((v) => broadcast_to(v, core)), 0).astype(rtype);
    return stacked.reshape([...loop, ...core]);
  });
  return nout === 1 ? outputs[0]! : outputs;
}

/**
 * NumPy's np.vectorize(pyfunc, otypes=None, doc=None, excluded=None, cache=False, signature=None):
 * the returned function broadcasts its array arguments (except the positions in `excluded`,
 * passed as they are), calls `pyfunc` on each set of elements in C order and collects the
 * results into an array (or one array per output when `pyfunc` returns a JS array, as Python's
 * tuple). With `signature` ("(n),(n)->()" as NumPy's generalized ufuncs), pyfunc gets the
 * core sub-arrays and the loop dimensions broadcast.
 * @example np.vectorize((x: number, y: number) => x + y)([1, 2, 3], [[10], [20]]) // 2x3 array
 */
export function vectorize(pyfunc: (...args: never[]) => unknown, ...rest: Args<[string | readonly DTypeLike[] | null, string | null, Iterable<number> | null, boolean, string | null], VectorizeOpts>): Vectorized {
  if (typeof pyfunc !== "function") throw new NumpyTypeError("When used as a decorator, only accepts keyword arguments.");
  const [otypes, , excludedArg, , signature] = bindArgs("vectorize.__init__", ["otypes", "doc", "excluded", "cache", "signature"], rest) as [
    (string | readonly DTypeLike[] | null)?,
    unknown?,
    (Iterable<number> | null)?,
    boolean?,
    (string | null)?,
  ];
  const types = outputTypes(otypes);
  const excluded = new Set(excludedArg ?? []);
  const sig = signature == null ? null : parseSignature(signature);
  const call = (...args: unknown[]): NDArray | NDArray[] => {
    if (sig !== null) return callWithSignature(pyfunc as (...a: unknown[]) => unknown, sig, types, excluded, args);
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
