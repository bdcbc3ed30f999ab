/**
 * Choosing elements by condition: where, select and copyto, with NumPy's broadcasting, result
 * dtypes (NEP 50: JS numbers are weak scalars), casting rules and error messages.
 *
 * @example
 * np.where([true, false, true], [1, 2, 3], 0)       // array([1, 0, 3])
 * np.select([x.less(0), x.greater(0)], [-1, 1], 0)   // the sign of x, elementwise
 * np.copyto(a, [1, 2, 3], {where: [true, false, true]})
 */
import { bindArgs, givenArgs, isOptions, takeRequired, type Args } from "../core/args.js";
import { fromNested, scalarKind, type ArrayLike } from "../core/coerce.js";
import { BOOL, canCast, resultType, type Casting, type DType, type WeakKind } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray } from "../core/ndarray.js";
import { broadcastShapes, broadcastStrides, shapeText } from "../core/shape.js";
import { castCanWarn, copyCast, type Operand } from "../kernels/ts/cast.js";
import { selectRuns } from "../kernels/ts/select.js";
import { scalarArray } from "../ufunc/fast.js";
import { whereMask } from "../ufunc/ufunc.js";
import { nonzero } from "./indexing.js";
import { broadcast_arrays, broadcast_to } from "./broadcasting.js";
import { asArray } from "./creation.js";

/** `src` as an operand read with the strides that broadcast it to `shape`. */
function broadcastOperand(src: NDArray, shape: readonly number[], what = "input array"): Operand {
  const st = broadcastStrides(src.shape, src.strides, shape);
  if (st === null) throw new ValueError(`could not broadcast ${what} from shape ${shapeText(src.shape)} into shape ${shapeText(shape)}`);
  return { ...src._operand(), strides: st };
}

/** `a` in dtype `dt` (itself when it already is). */
function inDType(a: NDArray, dt: DType): NDArray {
  return a._dt === dt ? a : a.astype(dt);
}

/** out = cond ? x : y over `shape` (cond bool, x and y of out's dtype, each broadcast); out may be x or y. */
function selectInto(out: NDArray, cond: NDArray, x: NDArray, y: NDArray, shape: readonly number[]): void {
  const c = broadcastOperand(cond, shape, "where mask");
  selectRuns(shape, out._operand(), c, broadcastOperand(x, shape), broadcastOperand(y, shape));
}

/**
 * A value of where/select as an array: a Python int beyond uint64 (an object array in NumPy) is
 * converted to the result dtype as Python converts it, anything else as np.asarray makes it.
 * @example valueArray(2n ** 64n, FLOAT32) // 0-d float32 1.8446744e+19
 */
function valueArray(v: unknown, dt: DType): NDArray {
  if (typeof v === "bigint" && (v >= 1n << 64n || v < -(1n << 63n))) return scalarArray(v, dt);
  return asArray(v as ArrayLike);
}

/** The dtype NumPy 2 gives a set of values (weak JS scalars adapt to the arrays). */
export function valuesDType(values: readonly unknown[]): DType {
  const strong: DType[] = [];
  const weak: WeakKind[] = [];
  for (const v of values) {
    const k = scalarKind(v);
    if (k === null || k === "bool") strong.push(asArray(v as ArrayLike)._dt);
    else weak.push(k);
  }
  return resultType(strong, weak);
}

/**
 * Elements from `x` where `condition` holds and from `y` elsewhere, all three broadcast together
 * (`np.where(condition, x, y)`); the result dtype is NumPy's promotion of x and y. With only
 * `condition`, the indices of its nonzero elements, as `np.nonzero`.
 * @example np.where(np.array([1, -2, 3]).greater(0), 1, -1) // array([ 1, -1,  1])
 */
export function where(condition: ArrayLike): NDArray[];
export function where(condition: ArrayLike, x: ArrayLike, y: ArrayLike): NDArray;
export function where(condition: ArrayLike, x?: ArrayLike, y?: ArrayLike, ...extra: unknown[]): NDArray | NDArray[] {
  // x and y are positional-only in NumPy and where() takes no keywords: a trailing options
  // object naming anything is a TypeError.
  const checkOptions = (o: unknown): void => {
    const keys = Object.keys(o as object);
    const posOnly = keys.filter((k) => k === "x" || k === "y" || k === "condition");
    if (posOnly.length) throw new NumpyTypeError(`where() got some positional-only arguments passed as keyword arguments: '${posOnly.join(", ")}'`);
    if (keys.length) throw new NumpyTypeError(`where() got an unexpected keyword argument '${keys[0]}'`);
  };
  if (extra.length > 0) {
    if (extra.length > 1 || !isOptions(extra[0])) throw new NumpyTypeError(`where() takes from 1 to 3 positional arguments but ${3 + extra.length} were given`);
    checkOptions(extra[0]);
  }
  if (y !== undefined && isOptions(y)) {
    checkOptions(y);
    y = undefined;
  }
  if (isOptions(x)) {
    checkOptions(x);
    x = undefined;
  }
  if (x === undefined && y === undefined) return nonzero(condition);
  if (x === undefined || y === undefined) throw new ValueError("either both or neither of x and y should be given");
  const c = asArray(condition);
  const dt = valuesDType([x, y]);
  const xa = valueArray(x, dt);
  const ya = valueArray(y, dt);
  const shape = broadcastShapes(c.shape, xa.shape, ya.shape);
  const out = emptyArray(dt, shape);
  selectInto(out, inDType(c, BOOL), inDType(xa, dt), inDType(ya, dt), shape);
  return out;
}

/**
 * Elements chosen from `choicelist` by the first true condition of `condlist` (a list of
 * boolean arrays), `default` where none is true (`np.select`).
 * @example np.select([np.array([1, 2, 3]).less(2), np.array([1, 2, 3]).greater(2)], [10, 20], 0) // array([10,  0, 20])
 */
export function select(condlist: readonly ArrayLike[] | NDArray, choicelist: readonly ArrayLike[] | NDArray, ...rest: Args<[ArrayLike], { default?: ArrayLike }>): NDArray {
  [choicelist, ...rest] = takeRequired("select", ["choicelist"], givenArgs([choicelist, ...rest])) as [typeof choicelist, ...typeof rest];
  const [dflt] = bindArgs("select", ["default"], rest, []) as [ArrayLike | undefined];
  // An ndarray list is its sub-arrays along the first axis, as Python iterates it.
  const items = (x: readonly ArrayLike[] | NDArray): readonly ArrayLike[] => {
    if (!(x instanceof NDArray)) return x;
    if (x.ndim === 0) throw new NumpyTypeError("iteration over a 0-d array");
    return Array.from({ length: x.shape[0]! }, (_, i) => x.get(i) as ArrayLike);
  };
  condlist = items(condlist);
  choicelist = items(choicelist);
  if (condlist.length !== choicelist.length) throw new ValueError("list of cases must be same length as list of conditions");
  if (condlist.length === 0) throw new ValueError("select with an empty condition list is not possible");
  const dflt0 = dflt ?? 0;
  const dt = valuesDType([...choicelist, dflt0]);
  const conds = condlist.map((c) => asArray(c));
  const choices = choicelist.map((c) => valueArray(c, dt));
  const fill = valueArray(dflt0, dt);
  // NumPy broadcasts the conditions together, then the choices with the default (with
  // broadcast_arrays' errors), checks the conditions' dtype, then broadcasts the two results.
  const cond0 = broadcast_arrays(...conds)[0]!;
  const choice0 = broadcast_arrays(...choices, fill)[0]!;
  conds.forEach((a, i) => {
    if (a._dt !== BOOL) throw new NumpyTypeError(`invalid entry ${i} in condlist: should be boolean ndarray`);
  });
  const shape = choice0.ndim === 0 ? cond0.shape : broadcast_arrays(cond0, choice0)[0]!.shape;
  const out = emptyArray(dt, shape);
  copyCast(shape, out._operand(), broadcastOperand(fill, shape));
  // Later conditions first, so that the first true condition has the last word.
  for (let i = conds.length - 1; i >= 0; i--) {
    // NumPy copies each choice in with copyto's same_kind rule, a Python scalar as the array
    // np.asarray makes of it (a Python int is int64, which does not go into unsigned results).
    const c = choicelist[i];
    if (scalarKind(c) !== null) {
      const sdt = fromNested(c, undefined)._dt;
      if (!canCast(sdt, dt, "same_kind")) {
        throw new NumpyTypeError(`Cannot cast array data from dtype('${sdt.name}') to dtype('${dt.name}') according to the rule 'same_kind'`);
      }
    }
    selectInto(out, conds[i]!, inDType(choices[i]!, dt), out, shape);
  }
  return out;
}

/**
 * Copies `src` into `dst` (broadcasting src), checking the cast under `casting` (default
 * "same_kind"), only where `where` is true (`np.copyto`).
 * @example const a = np.zeros(3); np.copyto(a, [1, 2, 3], {where: [true, false, true]}); // a is [1, 0, 3]
 */
export function copyto(dst: NDArray, src: ArrayLike, ...rest: Args<[Casting, ArrayLike | boolean], { casting?: Casting; where?: ArrayLike | boolean }>): void {
  [src, ...rest] = takeRequired("copyto", ["src"], givenArgs([src, ...rest])) as [typeof src, ...typeof rest];
  const [casting, where] = bindArgs("copyto", ["casting", "where"], rest, []) as [Casting | undefined, ArrayLike | boolean | undefined];
  if (!(dst instanceof NDArray)) throw new NumpyTypeError(`copyto() argument 1 must be a numpy.ndarray, not ${Array.isArray(dst) ? "list" : typeof dst}`);
  const rule = casting ?? "same_kind";
  const kind = scalarKind(src);
  if (kind !== null) {
    // A JS scalar takes the dtype NumPy 2 gives a Python scalar next to dst (bool stays bool).
    const sdt = kind === "bool" ? BOOL : resultType([dst._dt], [kind]);
    if (!canCast(sdt, dst._dt, rule)) {
      throw new NumpyTypeError(`Cannot cast scalar from dtype('${sdt.name}') to dtype('${dst._dt.name}') according to the rule '${rule}'`);
    }
    dst._checkWriteable();
    assign(dst, fromNested(src, sdt), where);
    return;
  }
  const s = asArray(src);
  if (!canCast(s._dt, dst._dt, rule)) {
    throw new NumpyTypeError(`Cannot cast array data from dtype('${s._dt.name}') to dtype('${dst._dt.name}') according to the rule '${rule}'`);
  }
  dst._checkWriteable();
  assign(dst, s, where);
}

/** dst[...] = src (broadcast), only where the mask holds when one is given. */
function assign(dst: NDArray, src: NDArray, where: ArrayLike | boolean | undefined): void {
  if (where === undefined || where === true) {
    const srcOp = broadcastOperand(src, dst.shape);
    // A source overlapping dst (a view of it) is copied first, as NumPy does.
    const safe = src._storage === dst._storage ? broadcastOperand(src.copy(), dst.shape) : srcOp;
    copyCast(dst.shape, dst._operand(), safe, true);
    return;
  }
  const mask = whereMask(where);
  broadcastOperand(mask, dst.shape, "where mask");
  // A source sharing dst's memory is copied first, as NumPy does for overlapping operands.
  let values = src;
  if (castCanWarn(src._dt, dst._dt)) {
    // NumPy casts only the elements the mask selects, so only those can warn.
    values = emptyArray(dst._dt, src.shape);
    copyCast(src.shape, values._operand(), src._operand());
    const picked = broadcast_to(src, dst.shape).get(broadcast_to(mask, dst.shape)) as NDArray;
    copyCast(picked.shape, emptyArray(dst._dt, picked.shape)._operand(), picked._operand(), true);
  } else if (src._storage === dst._storage || src._dt !== dst._dt) values = src.astype(dst._dt);
  selectInto(dst, mask, values, dst, dst.shape);
}
