/**
 * Shape manipulation: NumPy's functional forms of the view methods (reshape, transpose,
 * swapaxes, moveaxis, squeeze, expand_dims, ravel), broadcasting (broadcast_to,
 * broadcast_arrays, broadcast_shapes, np.broadcast), atleast_1d/2d/3d, shape/ndim/size, and
 * joining, splitting and rearranging (concatenate, stack, vstack, hstack, dstack, column_stack,
 * split, array_split, hsplit, vsplit, dsplit, flip, flipud, fliplr, roll, repeat, tile, rot90,
 * append, resize, delete, insert, block, trim_zeros, ndindex, ndenumerate), NumPy 2's
 * permute_dims/concat/matrix_transpose/unstack, rollaxis and memory overlap checks. Views never
 * copy. np.pad is in pad.ts.
 *
 * @example
 * np.moveaxis(np.zeros([3, 4, 5]), 0, -1).shape // [4, 5, 3]
 * np.broadcast_to([1, 2, 3], [2, 3]).strides // [0, 8]
 * np.concatenate([[1, 2], [3]]).tolist() // [1, 2, 3]
 */
import { bindArgs, bindRequired, givenArgs, isOptions, takeRequired, noExtra, noOptions, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { BOOL, canCast, INT64, optionalDType, resultType, type Casting, type DType, type DTypeLike } from "../core/dtype.js";
import { AxisError, IndexError, NumpyTypeError, OverflowError, ValueError, ZeroDivisionError } from "../core/errors.js";
import { emptyArray, NDArray, type Order } from "../core/ndarray.js";
import { cStrides, fStrides, normalizeAxes, normalizeAxis, normalizeShape, shapeRepr, shapeSize, shapeText, type ShapeLike } from "../core/shape.js";
import { forEachAddressC } from "../core/iter.js";
import { warn } from "../core/warnings.js";
import { copyCast } from "../kernels/ts/cast.js";
import { array, asArray } from "./creation.js";
import { flatiter } from "./flatiter.js";
import { logical_not } from "../ufunc/index.js";

type Axes = number | readonly number[];

// ---------------------------------------------------------------------------------------------
// Views

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

// ---------------------------------------------------------------------------------------------
// Broadcasting

function shapeArg(shape: ShapeLike): number[] {
  const list = typeof shape === "number" || typeof shape === "bigint" ? [shape] : Array.from(shape);
  return list.map((d) => {
    const v = typeof d === "bigint" ? Number(d) : d;
    if (typeof v !== "number" || !Number.isInteger(v)) {
      throw new NumpyTypeError(`'${typeof v === "number" ? "float" : typeof v}' object cannot be interpreted as an integer`);
    }
    return v;
  });
}

/** The view of `a` broadcast to `shape` (stride 0 on length-1 and new axes), or null. */
function broadcastView(a: NDArray, shape: readonly number[]): NDArray | null {
  const off = shape.length - a.ndim;
  if (off < 0) return null;
  const strides = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < a.ndim; i++) {
    const d = a.shape[i]!;
    if (d === 1) continue;
    if (d !== shape[off + i]) return null;
    strides[off + i] = a.strides[i]!;
  }
  return a._view(shape.slice(), strides, a._ptr);
}

/**
 * A read-only view of an array broadcast to `shape`, as `numpy.broadcast_to(array, shape)`.
 * @example np.broadcast_to([1, 2, 3], [2, 3]).tolist() // [[1, 2, 3], [1, 2, 3]]
 */
export function broadcast_to(array: ArrayLike, shape: ShapeLike | { shape: ShapeLike; subok?: boolean }, opts?: { subok?: boolean }): NDArray {
  [shape, opts] = takeRequired("broadcast_to", ["shape"], opts === undefined ? [shape] : [shape, opts]) as [ShapeLike, { subok?: boolean }?];
  if (opts !== undefined) bindArgs("broadcast_to", ["subok"], [opts]);
  const target = shapeArg(shape);
  const a = asArray(array);
  if (target.length === 0 && a.ndim > 0) throw new ValueError("cannot broadcast a non-scalar to a scalar array");
  if (target.some((d) => d < 0)) throw new ValueError("all elements of broadcast shape must be non-negative");
  if (a.ndim > target.length) throw new ValueError("input operand has more dimensions than allowed by the axis remapping");
  const v = broadcastView(a, target);
  if (v === null) {
    throw new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeText(a.shape)}  and requested shape ${shapeText(target)}`,
    );
  }
  v._writeable = false;
  return v;
}

/** The common shape of `shapes`, with the message of NumPy's broadcast object on mismatch. */
function broadcastShape(shapes: readonly (readonly number[])[]): number[] {
  let nd = 0;
  for (const s of shapes) nd = Math.max(nd, s.length);
  const out = new Array<number>(nd).fill(1);
  for (let i = 0; i < nd; i++) {
    let src = 0;
    for (let j = 0; j < shapes.length; j++) {
      const s = shapes[j]!;
      const k = i + s.length - nd;
      if (k < 0) continue;
      const d = s[k]!;
      if (d === 1) continue;
      if (out[i] === 1) {
        out[i] = d;
        src = j;
      } else if (out[i] !== d) {
        throw new ValueError(
          "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between " +
            `arg ${src} with shape ${shapeRepr(shapes[src]!)} and arg ${j} with shape ${shapeRepr(s)}.`,
        );
      }
    }
  }
  return out;
}

/**
 * Broadcasts arrays against each other, as `numpy.broadcast_arrays(*args)`: arrays already of
 * the common shape come back as they are, the others as views (writeable as in NumPy, though
 * writing to a broadcast view writes shared memory).
 * @example np.broadcast_arrays([1, 2, 3], [[1], [2]]).map((a) => a.shape) // [[2, 3], [2, 3]]
 */
export function broadcast_arrays(...args: (ArrayLike | { subok?: boolean })[]): NDArray[] {
  if (args.length > 0 && isOptions(args[args.length - 1])) {
    bindArgs("broadcast_arrays", ["subok"], [args[args.length - 1]]);
    args = args.slice(0, -1);
  }
  const arrays = args.map((x) => asArray(x as ArrayLike));
  const shape = broadcastShape(arrays.map((a) => a.shape));
  return arrays.map((a) => {
    if (a.shape.length === shape.length && a.shape.every((d, i) => d === shape[i])) return a;
    return broadcastView(a, shape)!;
  });
}

/** The object np.broadcast(...) makes (NumPy's numpy.broadcast instances). */
class Broadcast implements Iterable<unknown[]> {
  /** The broadcast shape. */
  readonly shape: number[];
  /** The number of arguments. */
  readonly numiter: number;
  /** The current position in the C-order iteration. */
  index = 0;
  private readonly views: NDArray[];

  constructor(...args: (ArrayLike | Broadcast)[]) {
    const arrays = args.flatMap((x) => (x instanceof Broadcast ? x.views : [asArray(x as ArrayLike)]));
    if (arrays.length > 64) throw new ValueError(`Need at least 0 and at most 64 array objects.`);
    this.shape = broadcastShape(arrays.map((a) => a.shape));
    this.views = arrays.map((a) => broadcastView(a, this.shape)!);
    this.numiter = arrays.length;
  }

  /** The number of dimensions of the broadcast shape. */
  get ndim(): number {
    return this.shape.length;
  }

  /**
   * One flatiter per argument over its broadcast view, positioned at the current index.
   * @example np.broadcast([1, 2], 3).iters[1].next().value // 3
   */
  get iters(): flatiter[] {
    return this.views.map((v) => {
      const it = new flatiter(v);
      it.index = this.index;
      return it;
    });
  }

  /** The number of dimensions of the broadcast shape (NumPy's older name of ndim). */
  get nd(): number {
    return this.shape.length;
  }

  /** The number of broadcast positions. */
  get size(): number {
    return shapeSize(this.shape);
  }

  /** Restarts the iteration. */
  reset(): void {
    this.index = 0;
  }

  /** The next position's elements, as Python's next(b); a StopIteration-like JS iterator result. */
  next(): IteratorResult<unknown[]> {
    if (this.index >= this.size) return { done: true, value: undefined };
    const idx: number[] = [];
    let rem = this.index++;
    for (let d = this.shape.length - 1; d >= 0; d--) {
      idx[d] = rem % this.shape[d]!;
      rem = Math.floor(rem / this.shape[d]!);
    }
    return { done: false, value: this.views.map((v) => v.item(idx)) };
  }

  [Symbol.iterator](): Iterator<unknown[]> {
    return this;
  }
}

/**
 * The broadcast of its arguments against one another, as `numpy.broadcast(*args)` (callable with
 * or without `new`): `shape`, `ndim` (and `nd`), `size`, `numiter`, `index`, `reset()`, and
 * iteration over the broadcast positions in C order, each giving the arguments' elements there
 * (NumPy's tuples).
 * @example np.broadcast([1, 2, 3], [[1], [2]]).shape // [2, 3]
 */
export const broadcast = new Proxy(Broadcast, { apply: (target, _this, args: ArrayLike[]) => new target(...args) }) as typeof Broadcast &
  ((...args: (ArrayLike | Broadcast)[]) => Broadcast);
/** The type of an np.broadcast object. */
export type broadcast = Broadcast;

/**
 * The shape that the given shapes broadcast to, as `numpy.broadcast_shapes(*shapes)`.
 * @example np.broadcast_shapes([1, 2], [3, 1], [3, 2]) // [3, 2]
 */
export function broadcast_shapes(...shapes: ShapeLike[]): number[] {
  noOptions("broadcast_shapes", shapes);
  const list = shapes.map((s) => {
    const v = shapeArg(s);
    if (v.some((d) => d < 0)) throw new ValueError("negative dimensions are not allowed");
    return v;
  });
  return broadcastShape(list);
}

// ---------------------------------------------------------------------------------------------
// atleast_*, shape, ndim, size

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

// ---------------------------------------------------------------------------------------------
// Joining

type JoinOpts = { axis?: number | null; out?: NDArray | null; dtype?: DTypeLike | null; casting?: Casting };

function castError(from: DType, to: DType, casting: Casting): never {
  throw new NumpyTypeError(`Cannot cast array data from dtype('${from.name}') to dtype('${to.name}') according to the rule '${casting}'`);
}

/** Copies `src` into the block of `out` that starts at `pos` along `axis`. */
function copyBlock(out: NDArray, src: NDArray, axis: number, pos: number): void {
  if (src.size === 0) return;
  const dst = out._view(src.shape, out.strides, out._ptr + pos * out.strides[axis]!);
  copyCast(src.shape, dst._operand(), src._operand());
}

/**
 * NumPy's PyArray_CreateMultiSortedStridePerm: the axes (outermost first) sorted by decreasing
 * |stride| over all the arrays, by a stable insertion sort in which axes of length 1 compare with
 * nothing and, where the arrays disagree, C order wins.
 */
function multiSortedStridePerm(arrays: readonly NDArray[]): number[] {
  const nd = arrays[0]!.ndim;
  const perm = Array.from({ length: nd }, (_, i) => i);
  for (let i0 = 1; i0 < nd; i0++) {
    const j0 = perm[i0]!;
    let ipos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const j1 = perm[i1]!;
      let ambig = true;
      let swap = false;
      for (const a of arrays) {
        if (a.shape[j0] === 1 || a.shape[j1] === 1) continue;
        if (Math.abs(a.strides[j0]!) <= Math.abs(a.strides[j1]!)) swap = false;
        else if (ambig) swap = true;
        ambig = false;
      }
      if (!ambig) {
        if (swap) ipos = i1;
        else break;
      }
    }
    if (ipos !== i0) {
      perm.splice(i0, 1);
      perm.splice(ipos, 0, j0);
    }
  }
  return perm;
}

function concatenateArrays(arrays: NDArray[], axis: number | null, out: NDArray | null, dtype: DType | undefined, casting: Casting): NDArray {
  if (arrays.length === 0) throw new ValueError("need at least one array to concatenate");
  if (axis === null) {
    if (out != null && out.ndim !== 1) throw new ValueError("Output array must be 1D");
    arrays = arrays.map((a) => a.ravel());
    axis = 0;
  }
  const first = arrays[0]!;
  const nd = first.ndim;
  if (nd === 0) throw new ValueError("zero-dimensional arrays cannot be concatenated");
  const ax = normalizeAxis(axis, nd);
  const shape = first.shape.slice();
  for (let i = 1; i < arrays.length; i++) {
    const a = arrays[i]!;
    if (a.ndim !== nd) {
      throw new ValueError(
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${nd} dimension(s) and the array at index ${i} has ${a.ndim} dimension(s)`,
      );
    }
    for (let d = 0; d < nd; d++) {
      if (d === ax) continue;
      if (a.shape[d] !== shape[d]) {
        throw new ValueError(
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${shape[d]} and the array at index ${i} has size ${a.shape[d]}`,
        );
      }
    }
    shape[ax]! += a.shape[ax]!;
  }
  let result: NDArray;
  if (out != null) {
    if (dtype !== undefined) throw new NumpyTypeError("concatenate() only takes `out` or `dtype` as an argument, but both were provided.");
    if (out.ndim !== nd || out.shape.some((d, i) => d !== shape[i])) throw new ValueError("Output array is the wrong shape");
    out._checkWriteable();
    result = out;
  } else {
    const dt = dtype ?? resultType(arrays.map((a) => a._dt));
    // NumPy lays the result out in the inputs' common stride order (F inputs give an F result).
    const perm = multiSortedStridePerm(arrays);
    const strides = new Array<number>(nd);
    let step = dt.itemsize;
    for (let i = nd - 1; i >= 0; i--) {
      strides[perm[i]!] = step;
      step *= shape[perm[i]!]!;
    }
    result = emptyArray(dt, shape, strides);
  }
  for (const a of arrays) if (!canCast(a._dt, result._dt, casting)) castError(a._dt, result._dt, casting);
  let pos = 0;
  for (const a of arrays) {
    copyBlock(result, a, ax, pos);
    pos += a.shape[ax]!;
  }
  return result;
}

function joinArgs(fn: string, rest: readonly unknown[], withAxis: boolean): [number | null | undefined, NDArray | null, DType | undefined, Casting] {
  const params = withAxis ? ["axis", "out"] : [];
  const kw = withAxis ? ["dtype", "casting"] : ["dtype", "casting"];
  const vals = bindArgs(fn, params, rest, kw);
  if (withAxis) {
    const [axis, out, dtype, casting] = vals as [number | null | undefined, NDArray | null | undefined, DTypeLike | null | undefined, Casting | undefined];
    return [axis, out ?? null, optionalDType(dtype), casting ?? "same_kind"];
  }
  const [dtype, casting] = vals as [DTypeLike | null | undefined, Casting | undefined];
  return [undefined, null, optionalDType(dtype), casting ?? "same_kind"];
}

/**
 * The sequence of arrays a joining function was given: a list, or an NDArray, which NumPy
 * iterates along its first axis (np.concatenate(a) joins a's rows).
 */
function arraySeq(arrays: readonly ArrayLike[] | NDArray): readonly ArrayLike[] {
  if (!(arrays instanceof NDArray)) return arrays;
  if (arrays.ndim === 0) throw new NumpyTypeError("dispatcher for __array_function__ did not return an iterable");
  const shape = arrays.shape.slice(1);
  const strides = arrays.strides.slice(1);
  const out: NDArray[] = [];
  for (let i = 0; i < arrays.shape[0]!; i++) out.push(arrays._view(shape, strides, arrays._ptr + i * arrays.strides[0]!));
  return out;
}

/**
 * Joins arrays along an existing axis, as `numpy.concatenate((a1, a2, ...), axis=0, out=None,
 * dtype=None, casting="same_kind")`; `axis: null` flattens them first.
 * @example np.concatenate([[[1, 2]], [[3, 4]]]).shape // [2, 2]; np.concatenate([[1], [2.5]]).dtype // "float64"
 */
export function concatenate(arrays: readonly ArrayLike[] | NDArray, ...rest: Args<[number | null, NDArray], JoinOpts>): NDArray {
  const [axis, out, dtype, casting] = joinArgs("concatenate", rest, true);
  return concatenateArrays(arraySeq(arrays).map((x) => asArray(x)), axis === undefined ? 0 : axis, out, dtype, casting);
}

/**
 * Joins arrays of one shape along a new axis, as `numpy.stack(arrays, axis=0, out=None)`.
 * @example np.stack([[1, 2], [3, 4]], 1).tolist() // [[1, 3], [2, 4]]
 */
export function stack(arrays: readonly ArrayLike[] | NDArray, ...rest: Args<[number, NDArray], JoinOpts>): NDArray {
  const [axis, out, dtype, casting] = joinArgs("stack", rest, true);
  const arrs = arraySeq(arrays).map((x) => asArray(x));
  if (arrs.length === 0) throw new ValueError("need at least one array to stack");
  const s0 = arrs[0]!.shape;
  for (const a of arrs) {
    if (a.ndim !== s0.length || a.shape.some((d, i) => d !== s0[i])) throw new ValueError("all input arrays must have the same shape");
  }
  const ax = normalizeAxis(axis ?? 0, s0.length + 1);
  const expanded = arrs.map((a) => {
    const shape = a.shape.slice();
    const strides = a.strides.slice();
    shape.splice(ax, 0, 1);
    strides.splice(ax, 0, 0);
    return a._view(shape, strides, a._ptr);
  });
  return concatenateArrays(expanded, ax, out, dtype, casting);
}

function asList(x: NDArray | NDArray[]): NDArray[] {
  return Array.isArray(x) ? x : [x];
}

/**
 * Stacks arrays vertically (row-wise): 1-d inputs become rows.
 * @example np.vstack([[1, 2], [3, 4]]).shape // [2, 2]
 */
export function vstack(seq: readonly ArrayLike[] | NDArray, ...rest: Args<[], { dtype?: DTypeLike | null; casting?: Casting }>): NDArray {
  const tup = arraySeq(seq);
  const [, , dtype, casting] = joinArgs("vstack", rest, false);
  return concatenateArrays(tup.length ? asList(atleast_2d(...tup)) : [], 0, null, dtype, casting);
}

/**
 * NumPy's deprecated alias of vstack, as `numpy.row_stack(tup, *, dtype=None, casting='same_kind')`
 * (it warns with NumPy's DeprecationWarning).
 * @example np.row_stack([[1, 2], [3, 4]]).shape // [2, 2]
 */
export function row_stack(seq: readonly ArrayLike[] | NDArray, ...rest: Args<[], { dtype?: DTypeLike | null; casting?: Casting }>): NDArray {
  warn("`row_stack` alias is deprecated. Use `np.vstack` directly.", "DeprecationWarning");
  return vstack(seq, ...rest);
}

/**
 * Stacks arrays horizontally (column-wise): 1-d inputs are joined end to end.
 * @example np.hstack([[1, 2], [3]]).tolist() // [1, 2, 3]
 */
export function hstack(seq: readonly ArrayLike[] | NDArray, ...rest: Args<[], { dtype?: DTypeLike | null; casting?: Casting }>): NDArray {
  const tup = arraySeq(seq);
  const [, , dtype, casting] = joinArgs("hstack", rest, false);
  const arrs = tup.length ? asList(atleast_1d(...tup)) : [];
  return concatenateArrays(arrs, arrs.length && arrs[0]!.ndim === 1 ? 0 : 1, null, dtype, casting);
}

/**
 * Stacks arrays along the third axis (depth-wise).
 * @example np.dstack([[1, 2], [3, 4]]).shape // [1, 2, 2]
 */
export function dstack(seq: readonly ArrayLike[] | NDArray, ...rest: [] | [opts: Record<string, never>]): NDArray {
  noOptions("dstack", rest);
  if (rest.length > 0 && !isOptions(rest[0])) throw new NumpyTypeError(`dstack() takes 1 positional argument but ${rest.length + 1} were given`);
  const tup = arraySeq(seq);
  return concatenateArrays(tup.length ? asList(atleast_3d(...tup)) : [], 2, null, undefined, "same_kind");
}

/**
 * Stacks 1-d arrays as the columns of a 2-d array (2-d inputs are joined as they are).
 * @example np.column_stack([[1, 2], [3, 4]]).tolist() // [[1, 3], [2, 4]]
 */
export function column_stack(seq: readonly ArrayLike[] | NDArray, ...rest: [] | [opts: Record<string, never>]): NDArray {
  noOptions("column_stack", rest);
  if (rest.length > 0 && !isOptions(rest[0])) throw new NumpyTypeError(`column_stack() takes 1 positional argument but ${rest.length + 1} were given`);
  const tup = arraySeq(seq);
  const arrs = tup.map((x) => {
    const a = asArray(x);
    if (a.ndim >= 2) return a;
    const b = a.ndim === 0 ? a.reshape([1, 1]) : a._view([1, a.shape[0]!], [0, a.strides[0]!], a._ptr);
    return b.T;
  });
  return concatenateArrays(arrs, 1, null, undefined, "same_kind");
}

// ---------------------------------------------------------------------------------------------
// Splitting

/** Python's a[st:end] along axis 0 of the swapped view, as a view of `a` along `axis`. */
function sliceAxis(a: NDArray, axis: number, start: number, end: number): NDArray {
  const n = a.shape[axis]!;
  const clamp = (i: number) => (i < 0 ? Math.max(i + n, 0) : Math.min(i, n));
  const s = clamp(start);
  const e = clamp(end);
  const len = Math.max(e - s, 0);
  const shape = a.shape.slice();
  shape[axis] = len;
  return a._view(shape, a.strides, a._ptr + (len > 0 ? s * a.strides[axis]! : 0));
}

/**
 * Splits an array into sub-arrays (views), allowing unequal parts, as
 * `numpy.array_split(ary, indices_or_sections, axis=0)`.
 * @example np.array_split(np.arange(5), 2).map((a) => a.tolist()) // [[0, 1, 2], [3, 4]]
 */
export function array_split(
  ary: ArrayLike,
  indices_or_sections: number | readonly number[] | NDArray | { indices_or_sections: number | readonly number[] | NDArray; axis?: number },
  ...rest: Args<[number], { axis?: number }>
): NDArray[] {
  [indices_or_sections, ...rest] = takeRequired("array_split", ["indices_or_sections"], [indices_or_sections, ...rest]) as [number | readonly number[] | NDArray, ...typeof rest];
  const [axis] = bindArgs("array_split", ["axis"], rest) as [number | null | undefined];
  const a = asArray(ary);
  const ax = splitAxis(a, axis ?? 0);
  const total = a.shape[ax]!;
  let points: number[];
  if (typeof indices_or_sections === "number") {
    const n = Math.trunc(indices_or_sections);
    if (n <= 0) throw new ValueError("number sections must be larger than 0.");
    const each = Math.floor(total / n);
    const extras = total % n;
    points = [0];
    for (let i = 0; i < n; i++) points.push(points[i]! + (i < extras ? each + 1 : each));
  } else {
    const idx = indices_or_sections instanceof NDArray ? (indices_or_sections.tolist() as number[]) : Array.from(indices_or_sections);
    // NumPy slices with each division point, which Python rejects unless it is an integer.
    if (idx.some((i) => !Number.isInteger(i))) throw new NumpyTypeError("slice indices must be integers or None or have an __index__ method");
    points = [0, ...idx, total];
  }
  const out: NDArray[] = [];
  for (let i = 0; i + 1 < points.length; i++) out.push(sliceAxis(a, ax, points[i]!, points[i + 1]!));
  return out;
}

/** The axis of split/array_split, which NumPy reads as `ary.shape[axis]` (Python indexing). */
function splitAxis(a: NDArray, axis: number): number {
  const ax = axis < 0 ? axis + a.ndim : axis;
  if (!Number.isInteger(axis) || ax < 0 || ax >= a.ndim) throw new IndexError("tuple index out of range");
  return ax;
}

/**
 * Splits an array into equal sub-arrays (views) or at the given indices, as
 * `numpy.split(ary, indices_or_sections, axis=0)`.
 * @example np.split(np.arange(6), 3).map((a) => a.tolist()) // [[0, 1], [2, 3], [4, 5]]
 */
export function split(
  ary: ArrayLike,
  indices_or_sections: number | readonly number[] | NDArray | { indices_or_sections: number | readonly number[] | NDArray; axis?: number },
  ...rest: Args<[number], { axis?: number }>
): NDArray[] {
  [indices_or_sections, ...rest] = takeRequired("split", ["indices_or_sections"], [indices_or_sections, ...rest]) as [number | readonly number[] | NDArray, ...typeof rest];
  const [axis] = bindArgs("split", ["axis"], rest) as [number | null | undefined];
  if (typeof indices_or_sections === "number") {
    const a = asArray(ary);
    const n = a.shape[splitAxis(a, axis ?? 0)]!;
    if (indices_or_sections === 0) throw new ZeroDivisionError("integer modulo by zero");
    if (n % indices_or_sections !== 0) throw new ValueError("array split does not result in an equal division");
  }
  return array_split(ary, indices_or_sections, axis ?? 0);
}

/**
 * Splits an array horizontally (column-wise; along axis 0 for 1-d input), as `numpy.hsplit`.
 * @example np.hsplit(np.arange(4), 2).map((a) => a.tolist()) // [[0, 1], [2, 3]]
 */
export function hsplit(ary: ArrayLike, indices_or_sections: number | readonly number[] | NDArray, ...extra: []): NDArray[] {
  noExtra("hsplit", 2, extra);
  const lifted = takeRequired("hsplit", ["indices_or_sections"], givenArgs([indices_or_sections]));
  if (lifted.length > 1) bindArgs("hsplit", [], [lifted[1]]);
  indices_or_sections = lifted[0] as typeof indices_or_sections;
  const a = asArray(ary);
  if (a.ndim === 0) throw new ValueError("hsplit only works on arrays of 1 or more dimensions");
  return split(a, indices_or_sections, a.ndim > 1 ? 1 : 0);
}

/**
 * Splits an array vertically (row-wise, along axis 0), as `numpy.vsplit`.
 * @example np.vsplit(np.arange(4).reshape([2, 2]), 2).map((a) => a.tolist()) // [[[0, 1]], [[2, 3]]]
 */
export function vsplit(ary: ArrayLike, indices_or_sections: number | readonly number[] | NDArray, ...extra: []): NDArray[] {
  noExtra("vsplit", 2, extra);
  const lifted = takeRequired("vsplit", ["indices_or_sections"], givenArgs([indices_or_sections]));
  if (lifted.length > 1) bindArgs("vsplit", [], [lifted[1]]);
  indices_or_sections = lifted[0] as typeof indices_or_sections;
  const a = asArray(ary);
  if (a.ndim < 2) throw new ValueError("vsplit only works on arrays of 2 or more dimensions");
  return split(a, indices_or_sections, 0);
}

/**
 * Splits an array along the third axis (depth-wise), as `numpy.dsplit`.
 * @example np.dsplit(np.arange(4).reshape([1, 1, 4]), 2)[1].tolist() // [[[2, 3]]]
 */
export function dsplit(ary: ArrayLike, indices_or_sections: number | readonly number[] | NDArray, ...extra: []): NDArray[] {
  noExtra("dsplit", 2, extra);
  const lifted = takeRequired("dsplit", ["indices_or_sections"], givenArgs([indices_or_sections]));
  if (lifted.length > 1) bindArgs("dsplit", [], [lifted[1]]);
  indices_or_sections = lifted[0] as typeof indices_or_sections;
  const a = asArray(ary);
  if (a.ndim < 3) throw new ValueError("dsplit only works on arrays of 3 or more dimensions");
  return split(a, indices_or_sections, 2);
}

// ---------------------------------------------------------------------------------------------
// Rearranging

/**
 * Reverses the order of elements along the given axes (all when `axis` is null): a view with
 * negative strides.
 * @example np.flip([[1, 2], [3, 4]]).tolist() // [[4, 3], [2, 1]]
 */
export function flip(m: ArrayLike, ...rest: Args<[Axes | null], { axis?: Axes | null }>): NDArray {
  const [axis] = bindArgs("flip", ["axis"], rest) as [Axes | null | undefined];
  const a = asArray(m);
  const axes = axis == null ? a.shape.map((_, i) => i) : normalizeAxes(axis, a.ndim);
  const strides = a.strides.slice();
  let ptr = a._ptr;
  for (const ax of axes) {
    const n = a.shape[ax]!;
    if (n > 0) ptr += (n - 1) * strides[ax]!;
    strides[ax] = -strides[ax]!;
  }
  return a._view(a.shape, strides, ptr);
}

/**
 * Reverses the order of rows (axis 0): a view.
 * @example np.flipud([[1, 2], [3, 4]]).tolist() // [[3, 4], [1, 2]]
 */
export function flipud(m: ArrayLike, ...extra: []): NDArray {
  noExtra("flipud", 1, extra);
  const a = asArray(m);
  if (a.ndim < 1) throw new ValueError("Input must be >= 1-d.");
  return flip(a, 0);
}

/**
 * Reverses the order of columns (axis 1): a view.
 * @example np.fliplr([[1, 2], [3, 4]]).tolist() // [[2, 1], [4, 3]]
 */
export function fliplr(m: ArrayLike, ...extra: []): NDArray {
  noExtra("fliplr", 1, extra);
  const a = asArray(m);
  if (a.ndim < 2) throw new ValueError("Input must be >= 2-d.");
  return flip(a, 1);
}

/**
 * Rolls elements along the given axes (the flattened array when `axis` is null): a copy.
 * @example np.roll([1, 2, 3, 4], 1).tolist() // [4, 1, 2, 3]
 */
export function roll(a: ArrayLike, shift: ArrayLike | { shift: ArrayLike; axis?: Axes | null }, ...rest: Args<[Axes | null], { axis?: Axes | null }>): NDArray {
  [shift, ...rest] = takeRequired("roll", ["shift"], [shift, ...rest]) as [ArrayLike, ...typeof rest];
  const [axis] = bindArgs("roll", ["axis"], rest) as [Axes | null | undefined];
  const arr = asArray(a);
  // NumPy adds int(sh) for every (shift, axis) pair: shifts truncate towards zero, as Python's int().
  const sh = asArray(shift);
  if (sh.ndim > 1) throw new ValueError("'shift' and 'axis' should be scalars or 1D sequences");
  const shifts = (sh.ravel().tolist() as unknown[]).map((x) =>
    typeof x === "object" && x !== null ? Math.trunc((x as { re: number }).re) : Math.trunc(Number(x)),
  );
  if (axis == null) {
    if (shifts.length !== 1) return roll(arr.ravel(), shifts, 0).reshape(arr.shape);
    return roll(arr.ravel(), shifts[0]!, 0).reshape(arr.shape);
  }
  const axes = (typeof axis === "number" ? [axis] : axis).map((x) => normalizeAxis(x, arr.ndim));
  if (axes.length !== shifts.length && axes.length !== 1 && shifts.length !== 1) {
    throw new ValueError(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (${shifts.length},) and arg 1 with shape (${axes.length},).`);
  }
  const n = Math.max(axes.length, shifts.length);
  const total = new Array<number>(arr.ndim).fill(0);
  for (let i = 0; i < n; i++) total[axes[axes.length === 1 ? 0 : i]!]! += shifts[shifts.length === 1 ? 0 : i]!;
  const result = emptyArray(arr._dt, arr.shape);
  if (arr.size === 0) return result;
  // One block copy per combination of the (at most two) pieces of every rolled axis.
  const pieces = arr.shape.map((len, ax) => {
    const off = ((total[ax]! % len) + len) % len;
    return off === 0 ? [[0, 0, len]] : [[0, off, len - off], [len - off, 0, off]];
  });
  const combos = (d: number, src: number, dst: number, shape: number[]): void => {
    if (d === arr.ndim) {
      const s = arr._view(shape, arr.strides, src);
      const t = result._view(shape, result.strides, dst);
      copyCast(shape, t._operand(), s._operand());
      return;
    }
    for (const [from, to, len] of pieces[d]!) {
      combos(d + 1, src + from! * arr.strides[d]!, dst + to! * result.strides[d]!, [...shape, len!]);
    }
  };
  combos(0, arr._ptr, result._ptr, []);
  return result;
}

/**
 * The `repeats` of np.repeat as intp counts, converted as NumPy converts them: Python scalars
 * (JS numbers, booleans, bigints) one by one as `int(x)` (so 2.5 is 2), arrays and TypedArrays by
 * a 'safe' cast to int64 (a float array is a TypeError). A lone scalar stays a number.
 * @example repeatCounts([1.5, 2, true]) // [1, 2, 1]
 */
function repeatCounts(repeats: unknown): number | number[] {
  const one = (x: unknown): number => {
    if (typeof x === "boolean") return x ? 1 : 0;
    if (typeof x === "bigint") {
      if (x < -(2n ** 63n) || x >= 2n ** 63n) throw new OverflowError("Python int too large to convert to C long");
      return Number(x);
    }
    if (typeof x === "number") {
      if (Number.isNaN(x)) throw new ValueError("cannot convert float NaN to integer");
      if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
      if (Math.abs(x) >= 2 ** 63) throw new OverflowError("Python int too large to convert to C long");
      return Math.trunc(x) + 0;
    }
    if (Array.isArray(x) || ArrayBuffer.isView(x) || x instanceof NDArray) {
      throw new ValueError("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.");
    }
    const kind = x === null || x === undefined ? "NoneType" : typeof x === "object" ? "complex" : typeof x;
    throw new NumpyTypeError(`int() argument must be a string, a bytes-like object or a real number, not '${kind}'`);
  };
  if (repeats instanceof NDArray || ArrayBuffer.isView(repeats)) {
    const arr = asArray(repeats as ArrayLike);
    if (!canCast(arr._dt, INT64, "safe")) {
      const what = arr.ndim === 0 ? "scalar" : "array data";
      throw new NumpyTypeError(`Cannot cast ${what} from dtype('${arr.dtype}') to dtype('int64') according to the rule 'safe'`);
    }
    if (arr.ndim > 1) throw new ValueError("object too deep for desired array");
    const list = arr.astype(INT64).tolist();
    return Array.isArray(list) ? (list as number[]) : (list as number);
  }
  if (Array.isArray(repeats)) return repeats.map(one);
  return one(repeats);
}

/**
 * Repeats each element (along `axis`, or of the flattened array) `repeats` times; `repeats`
 * may give one count per element.
 * @example np.repeat([1, 2], 2).tolist() // [1, 1, 2, 2]; np.repeat([[1, 2]], [1, 2], 1).tolist() // [[1, 2, 2]]
 */
export function repeat(a: ArrayLike, repeats: ArrayLike | { repeats: ArrayLike; axis?: number | null }, ...rest: Args<[number | null], { axis?: number | null }>): NDArray {
  [repeats, ...rest] = takeRequired("repeat", ["repeats"], [repeats, ...rest]) as [ArrayLike, ...typeof rest];
  const [axis] = bindArgs("repeat", ["axis"], rest) as [number | null | undefined];
  let arr = asArray(a);
  if (axis == null || arr.ndim === 0) arr = arr.ravel(); // NumPy's PyArray_CheckAxis
  const ax = normalizeAxis(axis ?? 0, arr.ndim);
  const n = arr.shape[ax]!;
  const counts = repeatCounts(repeats);
  // One count for every element (a number, or a list of one): no per-element list.
  const same = typeof counts === "number" ? counts : counts.length === 1 ? counts[0]! : null;
  if (same !== null && same < 0) throw new ValueError("negative dimensions are not allowed");
  const reps = counts as number[];
  if (same === null && reps.length !== n) {
    throw new ValueError(`operands could not be broadcast together with shape (${n},) (${reps.length},)`);
  }
  if (same === null && reps.some((r) => r < 0)) throw new ValueError("repeats may not contain negative values.");
  const shape = arr.shape.slice();
  shape[ax] = same === null ? reps.reduce((x, y) => x + y, 0) : same * n;
  const out = emptyArray(arr._dt, shape);
  if (shapeSize(shape) === 0) return out;
  if (same !== null || reps.every((r) => r === reps[0])) {
    // One copy: out seen as (..., n, r, ...) takes arr broadcast along the new r axis.
    const r = same ?? reps[0]!;
    const shape5 = [...arr.shape.slice(0, ax), n, r, ...arr.shape.slice(ax + 1)];
    const dst = out._view(shape5, cStrides(shape5, out.itemsize), out._ptr);
    copyCast(shape5, dst._operand(), { ...arr._operand(), strides: [...arr.strides.slice(0, ax + 1), 0, ...arr.strides.slice(ax + 1)] });
    return out;
  }
  // Each slab once, broadcast over its repeats.
  let pos = 0;
  for (let i = 0; i < n; i++) {
    const r = reps[i]!;
    if (r === 0) continue;
    const block = arr.shape.slice();
    block[ax] = r;
    const src = arr._view(block, arr.strides.map((st, d) => (d === ax ? 0 : st)), arr._ptr + i * arr.strides[ax]!);
    copyBlock(out, src, ax, pos);
    pos += r;
  }
  return out;
}

/**
 * Constructs an array by repeating `A` the number of times given by `reps` (a copy).
 * @example np.tile([1, 2], 2).tolist() // [1, 2, 1, 2]; np.tile([1, 2], [2, 1]).shape // [2, 2]
 */
export function tile(A: ArrayLike, ...rest: Args<[number | readonly number[]], { reps?: number | readonly number[] }>): NDArray {
  const [reps] = bindRequired("tile", ["reps"], rest) as [number | readonly number[]];
  const tup = shapeArg(reps);
  let c = asArray(A);
  if (c.ndim < tup.length) {
    const k = tup.length - c.ndim;
    c = c._view([...new Array<number>(k).fill(1), ...c.shape], [...new Array<number>(k).fill(0), ...c.strides], c._ptr);
  }
  while (tup.length < c.ndim) tup.unshift(1);
  if (tup.some((t) => t < 0)) throw new ValueError("negative dimensions are not allowed");
  const outShape = c.shape.map((s, i) => s * tup[i]!);
  const out = emptyArray(c._dt, outShape);
  if (shapeSize(outShape) === 0) return out;
  // View out as (t0, s0, t1, s1, ...) and the source broadcast over the t axes.
  const os = cStrides(outShape, c.itemsize);
  const shape: number[] = [];
  const dst: number[] = [];
  const src: number[] = [];
  for (let i = 0; i < c.ndim; i++) {
    shape.push(tup[i]!, c.shape[i]!);
    dst.push(os[i]! * c.shape[i]!, os[i]!);
    src.push(0, c.strides[i]!);
  }
  copyCast(shape, { dt: out._dt, region: out._storage.region, ptr: out._ptr, strides: dst }, { ...c._operand(), strides: src });
  return out;
}

/**
 * Rotates an array by 90 degrees `k` times in the plane of `axes` (from the first axis towards
 * the second), as `numpy.rot90(m, k=1, axes=(0, 1))`: a view.
 * @example np.rot90([[1, 2], [3, 4]]).tolist() // [[2, 4], [1, 3]]
 */
export function rot90(m: ArrayLike, ...rest: Args<[number, readonly number[]], { k?: number; axes?: readonly number[] }>): NDArray {
  const [kArg, axesArg] = bindArgs("rot90", ["k", "axes"], rest) as [number | null | undefined, readonly number[] | null | undefined];
  const axes = Array.from(axesArg ?? [0, 1]);
  if (axes.length !== 2) throw new ValueError("len(axes) must be 2.");
  const a = asArray(m);
  const [a0, a1] = axes as [number, number];
  if (a0 === a1 || Math.abs(a0 - a1) === a.ndim) throw new ValueError("Axes must be different.");
  if (a0 >= a.ndim || a0 < -a.ndim || a1 >= a.ndim || a1 < -a.ndim) {
    throw new ValueError(`Axes=(${a0}, ${a1}) out of range for array of ndim=${a.ndim}.`);
  }
  const k = (((kArg ?? 1) % 4) + 4) % 4;
  if (k === 0) return a._view(a.shape, a.strides, a._ptr);
  if (k === 2) return flip(flip(a, a0), a1);
  const perm = a.shape.map((_, i) => i);
  const i0 = a0 < 0 ? a0 + a.ndim : a0;
  const i1 = a1 < 0 ? a1 + a.ndim : a1;
  [perm[i0], perm[i1]] = [perm[i1]!, perm[i0]!];
  return k === 1 ? flip(a, a1).transpose(perm) : flip(a.transpose(perm), a1);
}

/**
 * Appends values to the end of an array (a copy), as `numpy.append(arr, values, axis=None)`:
 * without an axis both are flattened first.
 * @example np.append([1, 2], [[3], [4]]).tolist() // [1, 2, 3, 4]
 */
export function append(arr: ArrayLike, values: ArrayLike | { values: ArrayLike; axis?: number | null }, ...rest: Args<[number | null], { axis?: number | null }>): NDArray {
  [values, ...rest] = takeRequired("append", ["values"], [values, ...rest]) as [ArrayLike, ...typeof rest];
  const [axis] = bindArgs("append", ["axis"], rest) as [number | null | undefined];
  let a = asArray(arr);
  let v = asArray(values);
  let ax: number;
  if (axis == null) {
    if (a.ndim !== 1) a = a.ravel();
    v = v.ravel();
    ax = a.ndim - 1;
  } else ax = axis;
  return concatenate([a, v], ax);
}

/**
 * A new array of the given shape holding the input's elements repeated in C order, as
 * `numpy.resize(a, new_shape)` (zeros when the input is empty).
 * @example np.resize([1, 2, 3], [2, 4]).tolist() // [[1, 2, 3, 1], [2, 3, 1, 2]]
 */
export function resize(a: ArrayLike, new_shape: ShapeLike | { new_shape: ShapeLike }, ...extra: []): NDArray {
  noExtra("resize", 2, extra);
  const lifted = takeRequired("resize", ["new_shape"], [new_shape]);
  if (lifted.length > 1) bindArgs("resize", [], [lifted[1]]);
  new_shape = lifted[0] as ShapeLike;
  const shape = typeof new_shape === "number" ? [new_shape] : Array.from(new_shape);
  const flat = asArray(a).ravel();
  let newSize = 1;
  for (const d of shape) {
    newSize *= d;
    if (d < 0) throw new ValueError("all elements of `new_shape` must be non-negative");
  }
  if (flat.size === 0 || newSize === 0) return emptyArray(flat._dt, normalizeShape(shape), undefined, true);
  const repeats = Math.ceil(newSize / flat.size);
  const joined = concatenate(new Array<NDArray>(repeats).fill(flat));
  return joined._view([newSize], joined.strides, joined._ptr).reshape(shape);
}

/**
 * A copy of the array with the entries at `obj` removed along `axis` (of the flattened array
 * when axis is null), as `numpy.delete(arr, obj, axis=None)`. `obj` is an integer, a list or
 * integer/boolean NDArray of them, or a slice string such as "1:3".
 * @example np.delete([1, 2, 3, 4], [0, -1]).tolist() // [2, 3]
 */
function delete_(arr: ArrayLike, obj: number | string | readonly (number | boolean)[] | NDArray | { obj: number | string | readonly (number | boolean)[] | NDArray; axis?: number | null }, ...rest: Args<[number | null], { axis?: number | null }>): NDArray {
  [obj, ...rest] = takeRequired("delete", ["obj"], [obj, ...rest]) as [number | string | readonly (number | boolean)[] | NDArray, ...typeof rest];
  const [axis] = bindArgs("delete", ["axis"], rest) as [number | null | undefined];
  let a = asArray(arr);
  let ax: number;
  if (axis == null) {
    if (a.ndim !== 1) a = a.ravel();
    ax = 0;
  } else ax = normalizeAxis(axis, a.ndim);
  const n = a.shape[ax]!;
  const lead = new Array<string>(ax).fill(":");
  if (typeof obj === "number" && Number.isInteger(obj)) {
    // One index: the two pieces around it, as NumPy's slicing path.
    if (obj < -n || obj >= n) throw new IndexError(`index ${obj} is out of bounds for axis ${ax} with size ${n}`);
    const i = obj < 0 ? obj + n : obj;
    const shape = a.shape.slice();
    shape[ax] = n - 1;
    const out = emptyArray(a._dt, shape, arrOrderStrides(a, shape));
    out.set(...lead, sliceText(null, i), a.get(...lead, sliceText(null, i)) as NDArray);
    out.set(...lead, sliceText(i, null), a.get(...lead, sliceText(i + 1, null)) as NDArray);
    return out;
  }
  let mask: NDArray;
  if (typeof obj !== "string" && (obj instanceof NDArray ? obj : asArray(obj as ArrayLike)).dtype === "bool") {
    const idx = obj instanceof NDArray ? obj : asArray(obj as ArrayLike);
    if (idx.ndim !== 1 || idx.shape[0] !== n) {
      throw new ValueError(`boolean array argument obj to delete must be one dimensional and match the axis length of ${n}`);
    }
    mask = logical_not(idx) as NDArray;
  } else {
    // A mask of n trues, cleared at each deleted position.
    mask = emptyArray(BOOL, [n]);
    const keep = mask._storage.region.view(BOOL) as Uint8Array;
    keep.fill(1, mask._ptr, mask._ptr + n);
    let list: number[];
    if (typeof obj === "string") list = (positionsOf(n).get(obj) as NDArray).tolist() as number[];
    else {
      const idx = obj instanceof NDArray ? obj : asArray(obj as ArrayLike);
      // NumPy lets an empty list through as intp, but not an empty non-integer array.
      if ((idx.size > 0 || obj instanceof NDArray) && idx._dt.kind !== "i" && idx._dt.kind !== "u") {
        throw new IndexError("arrays used as indices must be of integer (or boolean) type");
      }
      list = idx.ndim === 0 ? [idx.item() as number] : (idx.ravel().tolist() as number[]);
      for (const i of list) if (i < -n || i >= n) throw new IndexError(`index ${i} is out of bounds for axis ${ax} with size ${n}`);
    }
    for (const i of list) keep[mask._ptr + (i < 0 ? i + n : i)] = 0;
  }
  return a.get(...lead, mask) as NDArray;
}
export { delete_ as delete };

/** arange(n) as int64, for reading a slice string's positions. */
function positionsOf(n: number): NDArray {
  return asArray(Array.from({ length: n }, (_, i) => i)).astype("int64");
}

// ---------------------------------------------------------------------------------------------
// NumPy 2's array-API names, rollaxis

/**
 * Permutes the axes, as `numpy.permute_dims(a, axes=None)` (NumPy 2's name for transpose).
 * @example np.permute_dims(np.zeros([2, 3, 4]), [2, 0, 1]).shape // [4, 2, 3]
 */
export function permute_dims(a: ArrayLike, ...rest: Args<[readonly number[]], { axes?: readonly number[] | null }>): NDArray {
  const [axes] = bindArgs("permute_dims", ["axes"], rest) as [readonly number[] | null | undefined];
  return asArray(a).transpose(axes ?? null);
}

/**
 * Joins arrays along an existing axis, as `numpy.concat` (NumPy 2's name for concatenate).
 * @example np.concat([[1, 2], [3]]).tolist() // [1, 2, 3]
 */
export function concat(arrays: readonly ArrayLike[] | NDArray, ...rest: Args<[number | null, NDArray], JoinOpts>): NDArray {
  return concatenate(arrays, ...rest);
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
 * Splits an array into the sequence of its sub-arrays along `axis` (views), the inverse of
 * stack, as `numpy.unstack(x, axis=0)`.
 * @example np.unstack(np.arange(6).reshape([2, 3]), {axis: 1}).length // 3
 */
export function unstack(x: ArrayLike, ...rest: Args<[], { axis?: number }>): NDArray[] {
  const [axis] = bindArgs("unstack", [], rest, ["axis"]) as [number | undefined];
  const a = asArray(x);
  if (a.ndim === 0) throw new ValueError("Input array must be at least 1-d.");
  return arraySeq(moveaxis(a, axis ?? 0, 0)) as NDArray[];
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

// ---------------------------------------------------------------------------------------------
// block

type Blocks = ArrayLike | readonly Blocks[];

/**
 * NumPy's depth check of block's nested lists: [depth, max leaf ndim, path of the first leaf]
 * (the path NumPy's mismatch message names is the offending element's first leaf).
 */
function blockDepth(arrays: Blocks, path: string): [number, number, string] {
  if (!Array.isArray(arrays)) return [0, asArray(arrays as ArrayLike).ndim, path];
  const list = arrays as readonly Blocks[];
  if (list.length === 0) throw new ValueError(`List at ${path} cannot be empty`);
  let first = -1;
  let firstPath = path;
  let maxNd = 0;
  list.forEach((item, i) => {
    const [d, nd, leaf] = blockDepth(item, `${path}[${i}]`);
    if (first < 0) [first, firstPath] = [d, leaf];
    else if (d !== first) {
      // NumPy's depths count from the outermost list, as the leaves' index paths do.
      const depthOf = (p: string) => p.split("[").length - 1;
      throw new ValueError(`List depths are mismatched. First element was at depth ${depthOf(firstPath)}, but there is an element at depth ${depthOf(leaf)} (${leaf})`);
    }
    maxNd = Math.max(maxNd, nd);
  });
  return [first + 1, maxNd, firstPath];
}

/**
 * Assembles an array from nested lists of blocks, as `numpy.block(arrays)`: the innermost lists
 * are joined along the last axis, the next ones along the second last, and so on.
 * @example np.block([[np.zeros([2, 2]), np.ones([2, 1])], [np.ones([1, 3])]]).shape // [3, 3]
 */
export function block(arrays: Blocks, ...extra: []): NDArray {
  noExtra("block", 1, extra);
  const [depth, maxNd] = blockDepth(arrays, "arrays");
  const nd = Math.max(depth, maxNd);
  const build = (x: Blocks, d: number): NDArray => {
    if (d === depth) {
      const a = asArray(x as ArrayLike);
      if (a.ndim >= nd) return a;
      const k = nd - a.ndim;
      return a._view([...new Array<number>(k).fill(1), ...a.shape], [...new Array<number>(k).fill(0), ...a.strides], a._ptr);
    }
    const parts = (x as readonly Blocks[]).map((y) => build(y, d + 1));
    return concatenate(parts, -(depth - d));
  };
  const out = build(arrays, 0);
  // A single leaf or a view must still be a new array, as NumPy's block always copies.
  return depth === 0 || out.base !== null ? out.copy() : out;
}

// ---------------------------------------------------------------------------------------------
// insert

/** "a:b" slice text for Python's slice(start, stop). */
function sliceText(start: number | null, stop: number | null): string {
  return `${start ?? ""}:${stop ?? ""}`;
}

/** NumPy's `arrorder` of insert and delete: Fortran strides for an F- (and not C-) contiguous input, else C. */
function arrOrderStrides(a: NDArray, shape: readonly number[]): number[] {
  return a.flags.f_contiguous && !a.flags.c_contiguous ? fStrides(shape, a.itemsize) : cStrides(shape, a.itemsize);
}

/**
 * Inserts values before the given indices along `axis` (of the flattened array when axis is
 * null), as `numpy.insert(arr, obj, values, axis=None)`: a new array. `obj` is an integer, a list
 * or NDArray of integers, or a slice string such as "1:3".
 * @example np.insert([1, 2, 3], 1, 9).tolist() // [1, 9, 2, 3]; np.insert([1, 2, 3], [0, 3], [7, 8]).tolist() // [7, 1, 2, 3, 8]
 */
export function insert(
  arr: ArrayLike,
  obj: number | string | readonly number[] | NDArray,
  values: ArrayLike,
  ...rest: Args<[number | null], { axis?: number | null }>
): NDArray {
  [obj, values, ...rest] = takeRequired("insert", ["obj", "values"], givenArgs([obj, values, ...rest])) as [typeof obj, typeof values, ...typeof rest];
  const [axisArg] = bindArgs("insert", ["axis"], rest) as [number | null | undefined];
  let a = asArray(arr);
  let axis: number;
  if (axisArg == null) {
    if (a.ndim !== 1) a = a.ravel();
    axis = a.ndim - 1;
  } else axis = normalizeAxis(axisArg, a.ndim);
  const nd = a.ndim;
  const N = a.shape[axis]!;
  const lead = new Array<string>(axis).fill(":");
  let indices: NDArray;
  if (typeof obj === "string") {
    indices = (asArray(Array.from({ length: N }, (_, i) => i)).astype("int64").get(obj) as NDArray).copy();
  } else {
    indices = obj instanceof NDArray ? obj : asArray(obj as ArrayLike);
    if (indices.dtype === "bool") indices = indices.astype("int64");
    else if (indices.ndim > 1) throw new ValueError("index array argument obj to insert must be one dimensional or scalar");
  }
  if (indices.size === 1) {
    // NumPy slices with the one index, which Python rejects unless it is an integer.
    if (indices._dt.kind !== "i" && indices._dt.kind !== "u") throw new NumpyTypeError("slice indices must be integers or None or have an __index__ method");
    let index = indices.item() as number;
    if (index < -N || index > N) {
      const shown = typeof obj === "number" ? obj : indices.ndim === 0 ? index : `[${index}]`;
      throw new IndexError(`index ${shown} is out of bounds for axis ${axis} with size ${N}`);
    }
    if (index < 0) index += N;
    let vals = array(values, { dtype: a._dt, ndmin: nd });
    // A scalar index inserts like a[:, [i], :] (NumPy moves values' first axis to `axis`).
    if (indices.ndim === 0) vals = moveaxis(vals, 0, axis);
    const numnew = vals.shape[axis]!;
    const shape = a.shape.slice();
    shape[axis] = N + numnew;
    const out = emptyArray(a._dt, shape, arrOrderStrides(a, shape));
    out.set(...lead, sliceText(null, index), a.get(...lead, sliceText(null, index)) as NDArray);
    out.set(...lead, sliceText(index, index + numnew), vals);
    out.set(...lead, sliceText(index + numnew, null), a.get(...lead, sliceText(index, null)) as NDArray);
    return out;
  }
  if (indices.size === 0 && !(obj instanceof NDArray)) indices = indices.astype("int64");
  if (indices._dt.kind !== "i" && indices._dt.kind !== "u") {
    throw new IndexError("arrays used as indices must be of integer (or boolean) type");
  }
  const idx = (indices.ravel().tolist() as number[]).map((i) => (i < 0 ? i + N : i));
  const numnew = idx.length;
  const order = idx.map((_, i) => i).sort((p, q) => idx[p]! - idx[q]! || p - q);
  order.forEach((k, rank) => (idx[k] = idx[k]! + rank));
  const shape = a.shape.slice();
  shape[axis] = N + numnew;
  const total = shape[axis]!;
  const keep = new Array<boolean>(total).fill(true);
  for (const i of idx) {
    if (i < -total || i >= total) throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${total}`);
    keep[i < 0 ? i + total : i] = false;
  }
  const out = emptyArray(a._dt, shape, arrOrderStrides(a, shape));
  out.set(...lead, asArray(idx).astype("int64"), asArray(values));
  out.set(...lead, asArray(keep).astype("bool"), a);
  return out;
}

// ---------------------------------------------------------------------------------------------
// trim_zeros, ndindex, ndenumerate

/**
 * Trims leading and/or trailing zeros, as `numpy.trim_zeros(filt, trim='fb', axis=None)`: a view
 * of the smallest box holding every nonzero element (along `axis` only, when given).
 * @example np.trim_zeros(np.array([0, 0, 1, 2, 0])).tolist() // [1, 2]
 */
export function trim_zeros(filt: ArrayLike, ...rest: Args<[string], { trim?: string; axis?: Axes | null }>): NDArray {
  const [trimArg, axis] = bindArgs("trim_zeros", ["trim"], rest, ["axis"]) as [string | null | undefined, Axes | null | undefined];
  const trim = (trimArg ?? "fb").toLowerCase();
  const bad = [...trim].filter((c) => c !== "f" && c !== "b");
  if (bad.length) throw new ValueError(`unexpected character(s) in \`trim\`: ${JSON.stringify(trim).replace(/"/g, "'")}`);
  const a = asArray(filt);
  const axes = axis == null ? a.shape.map((_, i) => i) : normalizeAxes(axis, a.ndim, "axis");
  // Positions of the nonzero elements along each axis.
  const lo = a.shape.map(() => Infinity);
  const hi = a.shape.map(() => -Infinity);
  const flat = a.ravel().tolist() as (number | boolean | bigint | { re: number; im: number })[];
  const isNz = (x: (typeof flat)[number]) => (typeof x === "object" ? x.re !== 0 || x.im !== 0 : x !== 0 && x !== false && x !== 0n);
  flat.forEach((x, k) => {
    if (!isNz(x)) return;
    let rem = k;
    for (let d = a.ndim - 1; d >= 0; d--) {
      const i = rem % a.shape[d]!;
      rem = Math.floor(rem / a.shape[d]!);
      lo[d] = Math.min(lo[d]!, i);
      hi[d] = Math.max(hi[d]!, i);
    }
  });
  const items = a.shape.map((n, d) => {
    if (!axes.includes(d)) return ":";
    if (lo[d] === Infinity) return "0:0";
    const start = trim.includes("f") ? lo[d]! : 0;
    const stop = trim.includes("b") ? hi[d]! + 1 : n;
    return `${start}:${stop}`;
  });
  return items.length ? (a.get(...items) as NDArray) : a;
}

/**
 * Iterates over the indices of an array of the given shape in C order, as `numpy.ndindex`:
 * each index is an array of integers (NumPy's tuple).
 * @example [...np.ndindex(2, 2)] // [[0, 0], [0, 1], [1, 0], [1, 1]]
 */
export function ndindex(...shape: (number | readonly number[])[]): Generator<number[]> {
  // Checked at the call, as NumPy's constructor; the indices then come lazily.
  noOptions("ndindex.__init__", shape);
  if (shape.length > 0 && isOptions(shape[shape.length - 1])) shape = shape.slice(0, -1);
  const dims = shape.length === 1 && Array.isArray(shape[0]) ? Array.from(shape[0] as readonly number[]) : (shape as number[]);
  return cOrderIndices(normalizeShape(dims));
}

function* cOrderIndices(sh: readonly number[]): Generator<number[]> {
  if (shapeSize(sh) === 0) return;
  const idx = new Array<number>(sh.length).fill(0);
  for (;;) {
    yield idx.slice();
    let d = sh.length - 1;
    while (d >= 0 && ++idx[d]! === sh[d]) idx[d--] = 0;
    if (d < 0) return;
  }
}

/**
 * Iterates over [index, value] pairs of an array in C order, as `numpy.ndenumerate`.
 * @example [...np.ndenumerate(np.array([[1, 2]]))] // [[[0, 0], 1], [[0, 1], 2]]
 */
export function ndenumerate(arr: ArrayLike, ...rest: Args<[], Record<string, never>>): Generator<[number[], unknown]> {
  bindArgs("ndenumerate.__init__", [], rest);
  const a = asArray(arr);
  return (function* () {
    for (const idx of cOrderIndices(a.shape)) yield [idx, a.item(idx)] as [number[], unknown];
  })();
}
