/**
 * np.broadcast: NumPy's object that broadcasts its arguments against each other and iterates
 * over the broadcast result, yielding one tuple (a JS array) of elements per position in C order.
 * Callable with or without `new`, as Python calls the class.
 *
 * @example
 * const b = np.broadcast(np.array([[1], [2]]), np.array([4, 5, 6]));
 * b.shape       // [2, 3]
 * [...b][1]     // [1, 5]
 */
import type { ArrayLike } from "../core/coerce.js";
import { ValueError } from "../core/errors.js";
import type { Item, NDArray } from "../core/ndarray.js";
import { asanyarray } from "./creation.js";
import { flatiter } from "./flatiter.js";
import { broadcast_arrays } from "./manipulation.js";

/** NumPy's limit on the number of arrays a broadcast object takes (NPY_MAXARGS). */
const MAXARGS = 64;

class BroadcastObject implements IterableIterator<Item[]> {
  /** The broadcast views of the arguments, all of the broadcast shape. */
  private readonly views: NDArray[];
  /** The flat index (C order) of the next tuple. */
  index = 0;

  constructor(args: readonly ArrayLike[]) {
    if (args.length > MAXARGS) throw new ValueError(`Need at least 0 and at most ${MAXARGS} array objects.`);
    this.views = broadcast_arrays(...args.map((a) => asanyarray(a)));
  }

  /** The broadcast shape. @example np.broadcast([1, 2], [[3], [4]]).shape // [2, 2] */
  get shape(): number[] {
    return this.views.length > 0 ? this.views[0]!.shape.slice() : [];
  }

  /** The number of dimensions of the broadcast result. @example np.broadcast(1, [1, 2]).ndim // 1 */
  get ndim(): number {
    return this.shape.length;
  }

  /** Alias of ndim, as NumPy's `nd`. @example np.broadcast(1, [1, 2]).nd // 1 */
  get nd(): number {
    return this.ndim;
  }

  /** The total size of the broadcast result. @example np.broadcast([1, 2], [[3], [4]]).size // 4 */
  get size(): number {
    return this.shape.reduce((p, d) => p * d, 1);
  }

  /** The number of arrays broadcast. @example np.broadcast(1, 2, 3).numiter // 3 */
  get numiter(): number {
    return this.views.length;
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

  /** The next tuple of elements. @example np.broadcast([1, 2], 3).next().value // [1, 3] */
  next(): IteratorResult<Item[]> {
    if (this.index >= this.size) return { value: undefined, done: true };
    const i = this.index++;
    return { value: this.views.map((v) => v.item(i)), done: false };
  }

  /** Rewinds to the first position, as `broadcast.reset()`. @example b.reset(); b.index // 0 */
  reset(): void {
    this.index = 0;
  }

  [Symbol.iterator](): IterableIterator<Item[]> {
    return this;
  }

  /** As Python prints the object (without the address). @example String(np.broadcast(1)) // "<numpy.broadcast object>" */
  toString(): string {
    return "<numpy.broadcast object>";
  }
}

/** The broadcast object's type: `np.broadcast(...)` or `new np.broadcast(...)`. */
export type broadcast = BroadcastObject;

/** np.broadcast's constructor, callable with or without `new`. */
export interface BroadcastConstructor {
  (...args: ArrayLike[]): BroadcastObject;
  new (...args: ArrayLike[]): BroadcastObject;
  readonly prototype: BroadcastObject;
}

/**
 * Broadcasts the arguments against each other, as `numpy.broadcast(*args)`: an object with
 * NumPy's `shape`, `ndim`, `nd`, `size`, `numiter`, `index`, `iters` and `reset()`, iterating
 * over tuples (JS arrays) of the broadcast elements in C order.
 * @example np.broadcast(np.array([[1], [2]]), np.array([4, 5, 6])).shape // [2, 3]
 */
export const broadcast = function broadcast(...args: ArrayLike[]): BroadcastObject {
  return new BroadcastObject(args);
} as unknown as BroadcastConstructor;
(broadcast as unknown as { prototype: BroadcastObject }).prototype = BroadcastObject.prototype;
