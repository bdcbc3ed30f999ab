/**
 * Broadcasting as functions: broadcast_to (a read-only view), broadcast_arrays,
 * broadcast_shapes and the np.broadcast object (NumPy's stride_tricks and multiiter).
 *
 * @example
 * np.broadcast_to([1, 2, 3], [2, 3]).strides // [0, 8]
 * np.broadcast_shapes([2, 1], [3]) // [2, 3]
 */
import { bindArgs, isOptions, takeRequired, noOptions } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { shapeRepr, shapeSize, shapeText, type ShapeLike } from "../core/shape.js";
import { asArray } from "./creation.js";
import { flatiter } from "./flatiter.js";

export function shapeArg(shape: ShapeLike): number[] {
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
