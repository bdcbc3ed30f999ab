/**
 * Rearranging and tiling elements: flip, flipud, fliplr, roll, rot90 (views where NumPy's are),
 * repeat and tile.
 *
 * @example
 * np.roll([1, 2, 3], 1).tolist() // [3, 1, 2]
 * np.tile([1, 2], 2).tolist() // [1, 2, 1, 2]
 */
import { bindArgs, bindRequired, takeRequired, noExtra, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { canCast, INT64 } from "../core/dtype.js";
import { NumpyTypeError, OverflowError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { cStrides, normalizeAxes, normalizeAxis, shapeSize } from "../core/shape.js";
import { copyCast } from "../kernels/ts/cast.js";
import { asArray } from "./creation.js";
import { shapeArg } from "./broadcasting.js";
import { copyBlock } from "./joining.js";

type Axes = number | readonly number[];

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
