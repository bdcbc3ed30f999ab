/**
 * `ndarray.flat`: NumPy's flatiter, a 1-d view of any array in C order (also of a
 * non-contiguous view). `a.flat.get(i)` is `a.flat[i]`, `a.flat.set(i, v)` is `a.flat[i] = v`
 * (values repeat cyclically, as NumPy's flatiter assigns them), `for (const x of a.flat)`
 * iterates, and assigning `a.flat = v` fills the whole array cyclically.
 *
 * @example
 * const a = np.arange(6).reshape(2, 3).T;
 * a.flat.get(1)                 // 3: the C-order element 1 of the transposed view
 * a.flat.get("1:4")             // array([3, 1, 4]) (a copy)
 * a.flat.set([0, 5], 9)         // a.flat[[0, 5]] = 9
 * [...np.arange(3).flat]        // [0, 1, 2]
 */
import { IndexError, NumpyTypeError, OverflowError, ValueError } from "../core/errors.js";
import type { Item } from "../core/ndarray.js";
import { NDArray } from "../core/ndarray.js";
import { warn } from "../core/warnings.js";
import type { IndexItem } from "../core/indexing.js";
import { asArray } from "./creation.js";
import { put, take } from "./indexing.js";
import { arange } from "./ranges.js";

const VALID = "only integers, slices (`:`), ellipsis (`...`) and integer or boolean arrays are valid indices";

/** The multi-index (C order) of flat position i in `shape`. */
function unravel(i: number, shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    const n = shape[d]!;
    out[d] = i % n;
    i = Math.floor(i / n);
  }
  return out;
}

/**
 * NumPy's flatiter over an array (`a.flat`): an iterator over its elements in C order that can
 * also be indexed and assigned as a 1-d array.
 */
export class flatiter implements IterableIterator<Item> {
  /** The array being iterated (`a.flat.base`). */
  readonly base: NDArray;
  /** The flat index of the next element `next()` returns. */
  index = 0;

  constructor(base: NDArray) {
    this.base = base;
  }

  /** The multi-index of the next element, as NumPy's `flatiter.coords`. @example a.flat.coords // [0, 0] */
  get coords(): number[] {
    return unravel(this.index, this.base.shape);
  }

  /** `len(a.flat)`: the array's size. @example np.zeros([2, 3]).flat.length // 6 */
  get length(): number {
    return this.base.size;
  }

  /** The next element in C order. @example np.arange(2).flat.next() // {value: 0, done: false} */
  next(): IteratorResult<Item> {
    if (this.index >= this.base.size) return { value: undefined, done: true };
    return { value: this.base.item(this.index++), done: false };
  }

  [Symbol.iterator](): IterableIterator<Item> {
    return this;
  }

  /** As Python prints a flatiter (without the address). @example String(a.flat) // "<numpy.flatiter object>" */
  toString(): string {
    return "<numpy.flatiter object>";
  }

  /** NumPy's array protocol: `np.array(a.flat)` and every array_like argument take the elements in C order. @example np.array(np.eye(2).flat) // array([1., 0., 0., 1.]) */
  __array__(): NDArray {
    return this.base.flatten();
  }

  /** A 1-d copy of the elements in C order, as `a.flat.copy()`. @example np.eye(2).flat.copy() // array([1., 0., 0., 1.]) */
  copy(): NDArray {
    return this.base.flatten();
  }

  /**
   * `a.flat[index]`: an integer gives the element (a JS scalar); a slice string, "...", an integer
   * array or a 1-d boolean array of the array's size give a new 1-d (or index-shaped) array.
   * @example np.arange(6).reshape(2, 3).flat.get([0, 4]) // array([0, 4])
   */
  get(...index: IndexItem[]): Item | NDArray {
    const pos = this.positions(index);
    if (typeof pos === "number") return this.base.item(pos);
    return take(this.base, pos) as NDArray;
  }

  /**
   * `a.flat[index] = value`: the value is cast to the array's dtype and its elements are used
   * cyclically over the selected positions, as NumPy's flatiter assigns.
   * @example const a = np.zeros(4); a.flat.set("::2", [1, 2]); // a is [1, 0, 2, 0]
   */
  set(...indexAndValue: unknown[]): void {
    if (indexAndValue.length < 2) throw new NumpyTypeError("flatiter.set() needs an index and a value");
    const value = indexAndValue[indexAndValue.length - 1];
    if (!this.base.flags.writeable) throw new ValueError("underlying array is read-only");
    const pos = this.positions(indexAndValue.slice(0, -1) as IndexItem[]);
    if (typeof pos === "number") {
      try {
        this.base.set(...unravel(pos, this.base.shape), value);
      } catch (e) {
        // NumPy's flatiter wraps any failure to store one element in this ValueError.
        if (e instanceof ValueError || e instanceof TypeError || e instanceof OverflowError) throw new ValueError("Error setting single item of array.");
        throw e;
      }
      return;
    }
    assignCyclic(this.base, pos, value);
  }

  /** The flat positions an index selects: a number for one integer, else an int64 array. */
  private positions(index: readonly IndexItem[]): number | NDArray {
    const size = this.base.size;
    if (index.length !== 1) {
      if (index.length === 0) return arange(size);
      throw new IndexError(`too many indices for flat iterator: flat iterator is 1-dimensional, but ${index.length} were indexed`);
    }
    let item = index[0];
    if (item === null || item === undefined) throw new IndexError(VALID);
    if (typeof item === "bigint") item = Number(item);
    if (typeof item === "number") {
      if (!Number.isInteger(item)) {
        warn("Invalid non-array indices for iterator objects are deprecated and will be removed in a future version. (Deprecated NumPy 2.4)", "DeprecationWarning");
        item = Math.trunc(item);
      }
      const i = item < 0 ? item + size : item;
      if (i < 0 || i >= size) throw new IndexError(`index ${item} is out of bounds for size ${size}`);
      return i;
    }
    if (typeof item === "string") return arange(size).get(item) as NDArray;
    if (typeof item === "boolean" || (item instanceof NDArray && item.ndim === 0 && item._dt.kind === "b")) {
      // NumPy 2.4: a 0-d boolean selects element 0 (True) or nothing (False), deprecated.
      warn("Indexing flat iterators with a 0-dimensional boolean index is deprecated and may be removed in a future version. (Deprecated NumPy 2.4)", "DeprecationWarning");
      const on = typeof item === "boolean" ? item : (item.item() as boolean);
      if (on && size > 0) return 0;
      return arange(on ? 1 : 0).get("0:0") as NDArray;
    }
    const given = item instanceof NDArray || ArrayBuffer.isView(item);
    let arr = item instanceof NDArray ? item : asArray(item as never);
    if (!given && arr._dt.kind === "b" && arr.size > 0) {
      throw new IndexError(
        "boolean indices for iterators are not supported because of previous behavior that was confusing (valid boolean indices are expected to work in the future)",
      );
    }
    if (!given && arr.size === 0) arr = arr.astype("int64"); // an empty list is an integer index
    if (!given && arr._dt.kind === "f") {
      warn("Invalid non-array indices for iterator objects are deprecated and will be removed in a future version. (Deprecated NumPy 2.4)", "DeprecationWarning");
      arr = arr.astype("int64");
    }
    if (arr._dt.kind === "b") {
      if (arr.ndim !== 1) throw new IndexError(`too many indices for flat iterator: flat iterator is 1-dimensional, but ${arr.ndim} were indexed`);
      if (arr.shape[0] !== size) {
        throw new IndexError(`boolean index did not match indexed flat iterator along axis 0; size of axis is ${size} but size of corresponding boolean axis is ${arr.shape[0]}`);
      }
      return arange(size).get(arr) as NDArray;
    }
    if (arr._dt.kind !== "i" && arr._dt.kind !== "u") throw new IndexError("arrays used as indices must be of integer (or boolean) type");
    for (const v of arr.ravel().tolist() as number[]) {
      if (v < -size || v >= size) throw new IndexError(`index ${v} is out of bounds for size ${size}`);
    }
    return arr;
  }
}

/** a.flat[pos] = value with the value's elements repeated cyclically over the positions. */
function assignCyclic(a: NDArray, pos: NDArray, value: unknown): void {
  if (pos.size === 0) return;
  put(a, pos.ravel(), value as never);
}

declare module "../core/ndarray.js" {
  interface NDArray {
    /**
     * A flat iterator over the array in C order (NumPy's `a.flat`); assigning to it fills the
     * array with the value repeated cyclically.
     * @example np.arange(4).reshape(2, 2).flat.get(3) // 3
     */
    get flat(): flatiter;
    set flat(value: unknown);
  }
}

Object.defineProperty(NDArray.prototype, "flat", {
  get(this: NDArray) {
    return new flatiter(this);
  },
  set(this: NDArray, value: unknown) {
    if (!this.flags.writeable) throw new ValueError("array is read-only");
    if (this.size === 0) return;
    assignCyclic(this, arange(this.size), value);
  },
  configurable: true,
});
