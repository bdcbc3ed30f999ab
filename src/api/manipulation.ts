/**
 * Shape manipulation: NumPy's functional forms of the view methods (reshape, transpose,
 * swapaxes, moveaxis, squeeze, expand_dims, ravel), atleast_1d/2d/3d, shape/ndim/size, NumPy 2's
 * permute_dims/matrix_transpose, rollaxis and the memory overlap checks. Views never copy.
 * Broadcasting is in ./broadcasting.ts, joining in ./joining.ts, splitting in ./splitting.ts,
 * flip/roll/repeat/tile/rot90 in ./rearranging.ts, append/resize/delete/insert/trim_zeros in
 * ./add_remove.ts, np.pad in ./pad.ts.
 *
 * @example
 * np.moveaxis(np.zeros([3, 4, 5]), 0, -1).shape // [4, 5, 3]
 * np.atleast_2d([1, 2]).shape // [1, 2]
 */
import { bindArgs, bindRequired, noOptions, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { AxisError, NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray, type Order } from "../core/ndarray.js";
import { normalizeAxes, normalizeAxis, type ShapeLike } from "../core/shape.js";
import { forEachAddressC } from "../core/iter.js";
import { asArray } from "./creation.js";

type Axes = number | readonly number[];

/**
 * Gives a new shape to an array without changing its data, as `numpy.reshape(a, shape,
 * order='C', *, copy=None)` (a view when the memory layout allows, else a copy). NumPy 2.4
 * removed the `newshape=` keyword, so it is an unexpected keyword here too.
 * @example np.reshape(np.arange(6), [2, 3]); np.reshape(np.arange(6), [3, -1], {order: "F"})
 */
export function reshape(
  a: ArrayLike,
  ...rest: Args<[ShapeLike, Order], { shape?: ShapeLike; order?: Order; copy?: boolean | null }>
): NDArray {
  const [s, order, copy] = bindArgs("reshape", ["shape", "order"], rest, ["copy"]) as [
    ShapeLike | null | undefined,
    Order | null | undefined,
    boolean | null | undefined,
  ];
  if (s == null) throw new NumpyTypeError("reshape() missing 1 required positional argument: 'shape'");
  return asArray(a).reshape(s, { order: order ?? "C", copy: copy ?? null });
}

/**
 * Permutes the axes of an array (reverses them when `axes` is not given): a view.
 * @example np.transpose(np.zeros([2, 3, 4]), [1, 0, 2]).shape // [3, 2, 4]
 */
export function transpose(a: ArrayLike, ...rest: Args<[readonly number[]], { axes?: readonly number[] | null }>): NDArray {
  const [axes] = bindArgs("transpose", ["axes"], rest) as [readonly number[] | null | undefined];
  return asArray(a).transpose(axes ?? null);
}

/**
 * Interchanges two axes of an array: a view.
 * @example np.swapaxes(np.zeros([2, 3, 4]), 0, 2).shape // [4, 3, 2]
 */
export function swapaxes(a: ArrayLike, ...rest: Args<[number, number], { axis1?: number; axis2?: number }>): NDArray {
  const [axis1, axis2] = bindRequired("swapaxes", ["axis1", "axis2"], rest) as [number, number];
  return asArray(a).swapaxes(axis1, axis2);
}

/**
 * Moves axes to new positions, the other axes keeping their order: a view.
 * @example np.moveaxis(np.zeros([3, 4, 5]), [0, 1], [-1, -2]).shape // [5, 4, 3]
 */
export function moveaxis(a: ArrayLike, ...rest: Args<[Axes, Axes], { source?: Axes; destination?: Axes }>): NDArray {
  const [source, destination] = bindRequired("moveaxis", ["source", "destination"], rest) as [Axes, Axes];
  const arr = asArray(a);
  const nd = arr.ndim;
  const src = normalizeAxes(source, nd, "source");
  const dst = normalizeAxes(destination, nd, "destination");
  if (src.length !== dst.length) {
    throw new ValueError("`source` and `destination` arguments must have the same number of elements");
  }
  const order: number[] = [];
  for (let n = 0; n < nd; n++) if (!src.includes(n)) order.push(n);
  const pairs = dst.map((d, i) => [d, src[i]!] as const).sort((x, y) => x[0] - y[0]);
  for (const [d, s] of pairs) order.splice(d, 0, s);
  return arr.transpose(order);
}

/**
 * Removes axes of length one (all of them, or those in `axis`): a view.
 * @example np.squeeze(np.zeros([1, 3, 1])).shape // [3]; np.squeeze(np.zeros([1, 3, 1]), 0).shape // [3, 1]
 */
export function squeeze(a: ArrayLike, ...rest: Args<[Axes], { axis?: Axes | null }>): NDArray {
  const [axis] = bindArgs("squeeze", ["axis"], rest) as [Axes | null | undefined];
  return asArray(a).squeeze(axis ?? null);
}

/**
 * Inserts axes of length one at the positions `axis` (an int or a tuple) of the result: a view.
 * @example np.expand_dims(np.zeros([2, 3]), [0, -1]).shape // [1, 2, 3, 1]
 */
export function expand_dims(a: ArrayLike, ...rest: Args<[Axes], { axis?: Axes }>): NDArray {
  const [axis] = bindRequired("expand_dims", ["axis"], rest) as [Axes];
  const arr = asArray(a);
  const list = typeof axis === "number" ? [axis] : axis;
  const outNd = list.length + arr.ndim;
  const axes = normalizeAxes(list, outNd);
  const shape: number[] = [];
  let k = 0;
  for (let ax = 0; ax < outNd; ax++) shape.push(axes.includes(ax) ? 1 : arr.shape[k++]!);
  return arr.reshape(shape);
}

/**
 * A 1-d array of the elements (a view when possible), as `numpy.ravel(a, order='C')`.
 * @example np.ravel([[1, 2], [3, 4]]).tolist() // [1, 2, 3, 4]
 */
export function ravel(a: ArrayLike, ...rest: Args<[Order], { order?: Order }>): NDArray {
  const [order] = bindArgs("ravel", ["order"], rest) as [Order | null | undefined];
  return asArray(a).ravel(order ?? "C");
}

function oneOrAll(res: NDArray[]): NDArray | NDArray[] {
  return res.length === 1 ? res[0]! : res;
}

/**
 * Views of the inputs with at least one dimension (one array for one input, else an array).
 * @example np.atleast_1d(3).shape // [1]
 */
export function atleast_1d(...arys: ArrayLike[]): NDArray | NDArray[] {
  noOptions("atleast_1d", arys);
  return oneOrAll(
    arys.map((x) => {
      const a = asArray(x);
      return a.ndim === 0 ? a.reshape([1]) : a;
    }),
  );
}

/**
 * Views of the inputs with at least two dimensions (a 1-d input becomes one row).
 * @example np.atleast_2d([1, 2]).shape // [1, 2]
 */
export function atleast_2d(...arys: ArrayLike[]): NDArray | NDArray[] {
  noOptions("atleast_2d", arys);
  return oneOrAll(
    arys.map((x) => {
      const a = asArray(x);
      if (a.ndim === 0) return a.reshape([1, 1]);
      if (a.ndim === 1) return a._view([1, a.shape[0]!], [0, a.strides[0]!], a._ptr);
      return a;
    }),
  );
}

/**
 * Views of the inputs with at least three dimensions: (N,) becomes (1, N, 1), (M, N) (M, N, 1).
 * @example np.atleast_3d([[1, 2]]).shape // [1, 2, 1]
 */
export function atleast_3d(...arys: ArrayLike[]): NDArray | NDArray[] {
  noOptions("atleast_3d", arys);
  return oneOrAll(
    arys.map((x) => {
      const a = asArray(x);
      if (a.ndim === 0) return a.reshape([1, 1, 1]);
      if (a.ndim === 1) return a._view([1, a.shape[0]!, 1], [0, a.strides[0]!, 0], a._ptr);
      if (a.ndim === 2) return a._view([a.shape[0]!, a.shape[1]!, 1], [a.strides[0]!, a.strides[1]!, 0], a._ptr);
      return a;
    }),
  );
}

/**
 * The shape of an array_like, as `numpy.shape(a)`.
 * @example np.shape([[1, 2, 3]]) // [1, 3]
 */
export function shape(a: ArrayLike, ...rest: Args<[], Record<string, never>>): number[] {
  bindArgs("shape", [], rest);
  return asArray(a).shape.slice();
}

/**
 * The number of dimensions of an array_like.
 * @example np.ndim([[1, 2, 3]]) // 2
 */
export function ndim(a: ArrayLike, ...rest: Args<[], Record<string, never>>): number {
  bindArgs("ndim", [], rest);
  return asArray(a).ndim;
}

/**
 * The number of elements, in total or along the given axis (or axes, as NumPy >= 2.4).
 * @example np.size(np.zeros([2, 3])) // 6; np.size(np.zeros([2, 3]), 1) // 3
 */
export function size(a: ArrayLike, ...rest: Args<[Axes], { axis?: Axes | null }>): number {
  const [axis] = bindArgs("size", ["axis"], rest) as [Axes | null | undefined];
  const arr = asArray(a);
  if (axis == null) return arr.size;
  let n = 1;
  for (const ax of normalizeAxes(axis, arr.ndim)) n *= arr.shape[ax]!;
  return n;
}

/**
 * Permutes the axes, as `numpy.permute_dims(a, axes=None)` (NumPy 2's name for transpose).
 * @example np.permute_dims(np.zeros([2, 3, 4]), [2, 0, 1]).shape // [4, 2, 3]
 */
export function permute_dims(a: ArrayLike, ...rest: Args<[readonly number[]], { axes?: readonly number[] | null }>): NDArray {
  const [axes] = bindArgs("permute_dims", ["axes"], rest) as [readonly number[] | null | undefined];
  return asArray(a).transpose(axes ?? null);
}

/**
 * Transposes the last two axes of a stack of matrices, as `numpy.matrix_transpose(x)`: a view.
 * @example np.matrix_transpose(np.zeros([5, 2, 3])).shape // [5, 3, 2]
 */
export function matrix_transpose(x: ArrayLike): NDArray {
  const a = asArray(x);
  if (a.ndim < 2) throw new ValueError(`Input array must be at least 2-dimensional, but it is ${a.ndim}`);
  return a.swapaxes(-1, -2);
}

/**
 * Rolls `axis` backwards until it lies before `start`, as `numpy.rollaxis(a, axis, start=0)`
 * (a view; moveaxis is NumPy's recommended spelling).
 * @example np.rollaxis(np.zeros([3, 4, 5, 6]), 3, 1).shape // [3, 6, 4, 5]
 */
export function rollaxis(a: ArrayLike, ...rest: Args<[number, number], { axis?: number; start?: number }>): NDArray {
  const [axis, startArg] = bindArgs("rollaxis", ["axis", "start"], rest) as [number | undefined, number | undefined];
  if (axis === undefined) throw new NumpyTypeError("rollaxis() missing 1 required positional argument: 'axis'");
  const arr = asArray(a);
  const n = arr.ndim;
  const ax = normalizeAxis(axis, n);
  let start = startArg ?? 0;
  if (start < 0) start += n;
  // NumPy reports start after adding n to a negative one.
  if (!(0 <= start && start < n + 1)) throw new AxisError(`'start' arg requires ${-n} <= start < ${n + 1}, but ${start} was passed in`);
  if (ax < start) start -= 1;
  if (ax === start) return arr._view(arr.shape, arr.strides, arr._ptr);
  const axes = arr.shape.map((_, i) => i).filter((i) => i !== ax);
  axes.splice(start, 0, ax);
  return arr.transpose(axes);
}

/**
 * Whether two arrays might share memory, by the bounds of their memory
 * (`numpy.may_share_memory(a, b)`).
 * @example const a = np.arange(6); np.may_share_memory(a.get("::2"), a.get("1::2")) // true
 */
export function may_share_memory(a: ArrayLike, b: ArrayLike, ...extra: [] | [number | null] | [opts: { max_work?: number | null }]): boolean {
  bindArgs("may_share_memory", ["max_work"], extra);
  if (!(a instanceof NDArray) || !(b instanceof NDArray)) return false;
  if (a.size === 0 || b.size === 0 || a._storage.region !== b._storage.region) return false;
  const [alo, ahi] = byteBounds(a);
  const [blo, bhi] = byteBounds(b);
  return alo < bhi && blo < ahi;
}

/**
 * Whether two arrays share memory, exactly: some byte belongs to an element of both
 * (`numpy.shares_memory(a, b)`).
 * @example const a = np.arange(6); np.shares_memory(a.get("::2"), a.get("1::2")) // false
 */
export function shares_memory(a: ArrayLike, b: ArrayLike, ...extra: [] | [number | null] | [opts: { max_work?: number | null }]): boolean {
  bindArgs("shares_memory", ["max_work"], extra);
  if (!may_share_memory(a, b)) return false;
  const x = a as NDArray;
  const y = b as NDArray;
  const starts: number[] = [];
  forEachAddressC(x.shape, x.strides, x._ptr, (p) => starts.push(p));
  starts.sort((p, q) => p - q);
  const wx = x.itemsize;
  const wy = y.itemsize;
  let found = false;
  forEachAddressC(y.shape, y.strides, y._ptr, (p) => {
    if (found) return;
    // The last element of x starting before p + wy overlaps [p, p + wy) when it ends after p.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < p + wy) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && starts[lo - 1]! + wx > p) found = true;
  });
  return found;
}

/** [first byte, one past the last byte] of an array's elements. */
function byteBounds(a: NDArray): [number, number] {
  let lo = a._ptr;
  let hi = a._ptr;
  for (let d = 0; d < a.ndim; d++) {
    const ext = (a.shape[d]! - 1) * a.strides[d]!;
    if (ext < 0) lo += ext;
    else hi += ext;
  }
  return [lo, hi + a.itemsize];
}
