/**
 * Partial sorts and key sorts: numpy.partition, numpy.argpartition (and the ndarray methods,
 * `a.partition()` in place), numpy.lexsort and numpy.sort_complex.
 *
 * partition and argpartition check `kth` exactly as NumPy does and return a valid partition:
 * the element at every kth position is the one a full sort puts there, everything before it is
 * <= it and everything after it is >= it. NumPy leaves the order inside the two parts
 * unspecified, and its own order depends on the CPU (introselect, or x86-simd-sort's
 * quickselect where AVX-512/AVX2 is available), so ndts returns one fixed valid order: the
 * stable sort of the lane (np.sort / np.argsort, a linear-time radix sort for real dtypes).
 *
 * @example
 * np.partition([3, 4, 2, 1], 2).get(2) // 3
 * np.lexsort([[1, 2, 1], [0, 0, 1]]) // array([0, 1, 2])
 */
import { bindArgs, noOptions, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { AxisError, NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { normalizeAxis } from "../core/shape.js";
import { asArray } from "./creation.js";
import { take_along_axis } from "./indexing.js";
import { _sortMethod, argsort, sort } from "./sorting.js";

type Kth = number | bigint | boolean | ArrayLike;
type PartitionOpts = { axis?: number | null; kind?: string; order?: unknown };
const PARAMS = ["axis", "kind", "order"] as const;

/** Python's type name of a JS value, for NumPy's "must be str, not ..." messages. */
function pyType(x: unknown): string {
  if (x === null || x === undefined) return "NoneType";
  if (typeof x === "number") return Number.isInteger(x) ? "int" : "float";
  if (typeof x === "bigint") return "int";
  if (typeof x === "boolean") return "bool";
  return Array.isArray(x) ? "list" : typeof x;
}

/** NumPy's selectkind converter: only 'introselect' (the default). */
function checkKind(kind: unknown): void {
  if (kind === undefined) return;
  if (typeof kind !== "string") throw new NumpyTypeError(`select kind must be str, not ${pyType(kind)}`);
  if (kind !== "introselect") throw new ValueError(`select kind must be 'introselect' (got '${kind}')`);
}

function checkOrder(order: unknown): void {
  if (order !== undefined && order !== null) throw new ValueError("Cannot specify order when the array has no fields.");
}

/** The axis, parsed as a C int as NumPy's partition does ("integer argument expected, got float"). */
function intAxis(axis: unknown, ndim: number): number {
  if (typeof axis === "number" && !Number.isInteger(axis)) throw new NumpyTypeError("integer argument expected, got float");
  return normalizeAxis(typeof axis === "boolean" ? Number(axis) : (axis as number), ndim);
}

/**
 * Checks kth as NumPy's PyArray_ConvertToIntpArray and partition_prep_kth_array do: integers
 * only (no booleans), at most 1-d, each in [-n, n) (checked only when the array is not empty).
 */
function checkKth(kth: Kth, n: number, empty: boolean): void {
  if (typeof kth === "boolean") throw new ValueError("Booleans unacceptable as partition index");
  const k = asArray(kth as ArrayLike);
  if (k._dt.kind === "b") throw new ValueError("Booleans unacceptable as partition index");
  if (k._dt.kind !== "i" && k._dt.kind !== "u") throw new NumpyTypeError("Partition index must be integer");
  if (k.ndim > 1) {
    if (kth instanceof NDArray) throw new ValueError("object too deep for desired array");
    throw new ValueError("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.");
  }
  if (empty) return;
  for (const v of k.ravel().tolist({ bigint: true }) as bigint[]) {
    const i = v < 0n ? v + BigInt(n) : v;
    if (i < 0n || i >= BigInt(n)) throw new ValueError(`kth(=${i}) out of bounds (${n})`);
  }
}

/** The array and axis of a partition call, checked in NumPy's order (axis, kind, order, kth). */
function prepare(a: ArrayLike, kth: Kth, axis: unknown, kind: unknown, order: unknown): [NDArray, number | null] {
  const arr = asArray(a);
  const flat = axis === null;
  const ax = flat ? 0 : intAxis(axis ?? -1, arr.ndim);
  checkKind(kind);
  checkOrder(order);
  checkKth(kth, flat ? arr.size : arr.shape[ax]!, arr.size === 0);
  return [arr, flat ? null : ax];
}

/**
 * A partitioned copy of an array, as `numpy.partition(a, kth, axis=-1, kind='introselect',
 * order=None)`: along the axis (flattened with `axis: null`) each kth element is where a sort
 * puts it, smaller-or-equal elements before it and greater-or-equal ones after (their order
 * within each part is unspecified; see the module notes). `kth` is an int or a sequence of ints,
 * negative from the end.
 * @example np.partition([3, 4, 2, 1], 2).get(2) // 3
 * np.partition([3, 4, 2, 1], [1, 3]).get(1) // 2
 */
export function partition(a: ArrayLike, kth: Kth, ...rest: Args<[number | null, string, unknown], PartitionOpts>): NDArray {
  const [axis, kind, order] = bindArgs("partition", PARAMS, rest) as [unknown, unknown, unknown];
  const [arr, ax] = prepare(a, kth, axis, kind, order);
  return sort(arr, ax);
}

/**
 * The indices that partition an array (int64), as `numpy.argpartition(a, kth, axis=-1,
 * kind='introselect', order=None)`: `np.take_along_axis(a, np.argpartition(a, k), axis)` is a
 * partition of `a` around the kth elements.
 * @example np.argpartition([3, 4, 2, 1], 2).get(2) // 0
 */
export function argpartition(a: ArrayLike, kth: Kth, ...rest: Args<[number | null, string, unknown], PartitionOpts>): NDArray {
  const [axis, kind, order] = bindArgs("argpartition", PARAMS, rest) as [unknown, unknown, unknown];
  // NumPy's argpartition of a 0-d array sees it as 1-d (as argsort does): array([0])
  const src = asArray(a);
  const [arr, ax] = prepare(src.ndim === 0 ? src.reshape([1]) : src, kth, axis, kind, order);
  return argsort(arr, ax);
}

/**
 * @internal `a.partition(kth, axis=-1, kind='introselect', order=None)`: partitions in place
 * (views write through) and returns undefined; a read-only array is NumPy's "partition array is
 * read-only".
 * @example a.partition(2)
 */
export function _partitionMethod(this: NDArray, kth: Kth, ...rest: unknown[]): void {
  const [axis, kind, order] = bindArgs("partition", PARAMS, rest) as [unknown, unknown, unknown];
  if (axis === null) throw new NumpyTypeError("'NoneType' object cannot be interpreted as an integer");
  const ax = intAxis(axis ?? -1, this.ndim);
  checkKind(kind);
  checkOrder(order);
  checkKth(kth, this.shape[ax]!, this.size === 0);
  if (!this._writeable) throw new ValueError("partition array is read-only");
  _sortMethod.call(this, ax);
}

/**
 * The indices that sort by several keys (int64), as `numpy.lexsort(keys, axis=-1)`: the last
 * key is the primary one, the first the least significant; the sort is stable. `keys` is a
 * sequence of arrays of one shape (or a 2-d array whose rows are the keys); each key keeps its
 * dtype. Keys of 0-d arrays give a JS number.
 * @example np.lexsort([[1, 5, 1, 4, 3], [9, 4, 0, 4, 0]]) // array([2, 4, 3, 1, 0])  (by the second row, then the first)
 */
export function lexsort(keys: ArrayLike | readonly ArrayLike[], ...rest: Args<[number], { axis?: number }>): NDArray | number {
  const [axisArg] = bindArgs("lexsort", ["axis"], rest) as [unknown];
  const list: NDArray[] = [];
  if (Array.isArray(keys)) {
    for (const k of keys) list.push(asArray(k as ArrayLike));
  } else {
    const arr = asArray(keys as ArrayLike);
    for (let i = 0; i < (arr.ndim > 0 ? arr.shape[0]! : 0); i++) list.push(arr.get(i, "...") as NDArray);
  }
  if (list.length === 0) throw new NumpyTypeError("need sequence of keys with len > 0 in lexsort");
  const shape = list[0]!.shape;
  if (list.some((k) => k.ndim !== shape.length || k.shape.some((d, i) => d !== shape[i]))) throw new ValueError("all keys need to be the same shape");
  if (axisArg === null) throw new NumpyTypeError("'NoneType' object cannot be interpreted as an integer");
  const axis = axisArg ?? -1;
  if (typeof axis === "number" && !Number.isInteger(axis)) throw new NumpyTypeError("integer argument expected, got float");
  if (shape.length === 0) {
    if (axis !== -1 && axis !== 0) throw new AxisError(axis as number, 0);
    return 0;
  }
  const ax = intAxis(axis, shape.length);
  // Least significant key first; each stable argsort keeps the order of the keys sorted so far.
  let idx = argsort(list[0]!, ax);
  for (let j = 1; j < list.length; j++) {
    const order = argsort(take_along_axis(list[j]!, idx, ax), ax);
    idx = take_along_axis(idx, order, ax);
  }
  return idx;
}

/**
 * A copy sorted as complex numbers (real part first, then imaginary), as
 * `numpy.sort_complex(a)`: along the last axis; the result is complex64 for int8, uint8,
 * int16 and uint16 input, complex128 for other real input, and keeps a complex dtype.
 * @example np.sort_complex([5, 3, 6, 2, 1]) // array([1.+0.j, 2.+0.j, 3.+0.j, 5.+0.j, 6.+0.j])
 */
export function sort_complex(a: ArrayLike, ...rest: [] | [Record<string, never>]): NDArray {
  noOptions("sort_complex", rest);
  const b = sort(a);
  if (b._dt.kind === "c") return b;
  return b.astype("bBhH".includes(b._dt.char) ? "complex64" : "complex128");
}
