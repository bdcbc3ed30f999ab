/**
 * Joining arrays: concatenate (and NumPy 2's concat), stack, vstack/row_stack, hstack, dstack,
 * column_stack and block, with NumPy's out=, dtype= and casting= and its memory-order rule for
 * the result.
 *
 * @example
 * np.concatenate([[1, 2], [3]]).tolist() // [1, 2, 3]
 * np.stack([[1, 2], [3, 4]], {axis: 1}).shape // [2, 2]
 */
import { bindArgs, isOptions, noExtra, noOptions, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { canCast, optionalDType, resultType, type Casting, type DType, type DTypeLike } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { normalizeAxis } from "../core/shape.js";
import { warn } from "../core/warnings.js";
import { copyCast } from "../kernels/ts/cast.js";
import { asArray } from "./creation.js";
import { atleast_1d, atleast_2d, atleast_3d } from "./manipulation.js";

type JoinOpts = { axis?: number | null; out?: NDArray | null; dtype?: DTypeLike | null; casting?: Casting };

function castError(from: DType, to: DType, casting: Casting): never {
  throw new NumpyTypeError(`Cannot cast array data from dtype('${from.name}') to dtype('${to.name}') according to the rule '${casting}'`);
}

/** Copies `src` into the block of `out` that starts at `pos` along `axis`. */
export function copyBlock(out: NDArray, src: NDArray, axis: number, pos: number): void {
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
export function arraySeq(arrays: readonly ArrayLike[] | NDArray): readonly ArrayLike[] {
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

/**
 * Joins arrays along an existing axis, as `numpy.concat` (NumPy 2's name for concatenate).
 * @example np.concat([[1, 2], [3]]).tolist() // [1, 2, 3]
 */
export function concat(arrays: readonly ArrayLike[] | NDArray, ...rest: Args<[number | null, NDArray], JoinOpts>): NDArray {
  return concatenate(arrays, ...rest);
}

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
