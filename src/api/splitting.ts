/**
 * Splitting arrays into views: split, array_split, hsplit, vsplit, dsplit and NumPy 2's unstack.
 *
 * @example
 * np.array_split(np.arange(5), 2).map((p) => p.tolist()) // [[0, 1, 2], [3, 4]]
 */
import { bindArgs, givenArgs, takeRequired, noExtra, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { IndexError, NumpyTypeError, ValueError, ZeroDivisionError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { asArray } from "./creation.js";
import { arraySeq } from "./joining.js";
import { moveaxis } from "./manipulation.js";

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
