/**
 * NumPy's index tricks: np.mgrid and np.ogrid (dense and open grids from slices), np.r_ and np.c_
 * (concatenation along an axis from slices, arrays and scalars), np.s_ and np.index_exp,
 * np.iterable and np.require.
 * They are objects indexed as NumPy indexes them: `np.mgrid[0:5, 0:3]` is
 * `np.mgrid.get("0:5", "0:3")`. A slice string may hold floats, and a step written with a `j`
 * suffix ("-1:1:5j") is NumPy's complex step: that many points, stop included.
 * np.ndindex and np.ndenumerate (C-order index iterators) are here too; ndarray.flat lives in
 * ./flatiter.ts.
 *
 * @example
 * np.mgrid.get("0:2", "0:3").shape     // [2, 2, 3]
 * np.ogrid.get("0:2", "0:3")            // [array([[0], [1]]), array([[0, 1, 2]])]
 * np.r_.get([1, 2], 0, [4, 5])          // array([1, 2, 0, 4, 5])
 * np.c_.get([1, 2], [3, 4])             // array([[1, 3], [2, 4]])
 */
import { bindArgs, isOptions, noOptions, type Args, takeRequired } from "../core/args.js";
import { scalarKind, type ArrayLike } from "../core/coerce.js";
import { FLOAT64, resolveDType, resultType, type DType, type DTypeLike, type WeakKind } from "../core/dtype.js";
import { AttributeError, KeyError, NotImplementedError, NumpyTypeError, ValueError, ZeroDivisionError } from "../core/errors.js";
import { NDArray } from "../core/ndarray.js";
import { isComplexScalar } from "../core/scalar.js";
import { normalizeShape, shapeSize } from "../core/shape.js";
import { add, multiply } from "../ufunc/index.js";
import { array, asanyarray, asArray } from "./creation.js";
import { concatenate } from "./joining.js";
import { arange, indices, linspace } from "./ranges.js";

// ---- slices with Python numbers -----------------------------------------------------------------

/** A Python number as written in a slice string: an int (no "." or exponent) or a float. */
interface PyNumber {
  v: number;
  float: boolean;
}

/** A slice of an index trick: bounds are Python numbers (null when left out); `j` marks a complex step. */
interface GridSlice {
  start: PyNumber | null;
  stop: PyNumber | null;
  step: PyNumber | null;
  complexStep: boolean;
}

const NUM = String.raw`\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)?\s*`;
const GRID_SLICE_RE = new RegExp(`^${NUM}:${NUM}(?::${NUM}([jJ])?\\s*)?$`);

function pyNumber(text: string | undefined): PyNumber | null {
  if (text === undefined) return null;
  return { v: Number(text), float: /[.eE]/.test(text) };
}

/** Parses "start:stop:step" where each part is a Python int or float and the step may end in "j". */
function parseGridSlice(text: string): GridSlice {
  const m = GRID_SLICE_RE.exec(text);
  if (m === null) throw new ValueError(`invalid slice '${text}': expected "start:stop:step" of numbers, the step optionally complex (e.g. "0:1:5j")`);
  const complexStep = m[4] !== undefined;
  if (complexStep && m[3] === undefined) throw new ValueError(`invalid slice '${text}': a complex step needs a number before "j"`);
  return { start: pyNumber(m[1]), stop: pyNumber(m[2]), step: pyNumber(m[3]), complexStep };
}

function isSliceString(x: unknown): x is string {
  return typeof x === "string" && x.includes(":");
}

/** The weak kind NumPy gives a Python number. */
function kindOf(n: PyNumber): WeakKind {
  return n.float ? "float" : "int";
}

/** The dtype `arange(start, stop, step)` gives Python numbers (float64 when any is a float). */
function arangeOf(start: PyNumber, stop: PyNumber | null, step: PyNumber): NDArray {
  const float = start.float || step.float || (stop?.float ?? false);
  return arange(start.v, stop === null ? null : stop.v, step.v, float ? FLOAT64 : undefined);
}

// ---- mgrid and ogrid -----------------------------------------------------------------------------

/** A grid axis: its length and the step and start its values are computed with. */
interface Axis {
  size: number;
  step: number;
  start: number;
}

/** Python's `type(x).__name__` of a JS value, as NumPy's AttributeErrors name it. */
export function pyTypeName(x: unknown): string {
  if (typeof x === "number") return Number.isInteger(x) ? "int" : "float";
  if (typeof x === "boolean") return "bool";
  if (typeof x === "bigint") return "int";
  if (x === null || x === undefined) return "NoneType";
  if (Array.isArray(x)) return "list";
  if (x instanceof NDArray) return "numpy.ndarray";
  if (isComplexScalar(x)) return "complex";
  return typeof x === "string" ? "str" : "object";
}

/** NumPy's nd_grid.__getitem__: a dense grid (mgrid) or open grid (ogrid). */
function ndGrid(sparse: boolean, items: readonly unknown[]): NDArray | NDArray[] {
  if (items.length === 1) {
    if (!isSliceString(items[0])) throw new AttributeError(`'${pyTypeName(items[0])}' object has no attribute 'step'`);
    return gridOne(parseGridSlice(items[0]));
  }
  // NumPy reads each item's .step/.start/.stop in order: a non-slice item is an AttributeError
  // naming its type; a missing stop fails the arithmetic (a TypeError), and NumPy's fallback then
  // reads .step of the whole tuple.
  const slices = items.map((x) => {
    if (!isSliceString(x)) throw new AttributeError(`'${pyTypeName(x)}' object has no attribute 'step'`);
    const s = parseGridSlice(x);
    if (s.stop === null) throw new AttributeError("'tuple' object has no attribute 'step'");
    return s;
  });
  const weak: WeakKind[] = ["int"];
  const axes: Axis[] = slices.map((s) => {
    const start = s.start ?? { v: 0, float: false };
    const step = s.step ?? { v: 1, float: false };
    const stop = s.stop!;
    weak.push(kindOf(start), kindOf(stop));
    if (s.complexStep) {
      const n = Math.trunc(Math.abs(step.v));
      weak.push("float");
      return { size: n, step: n !== 1 ? (stop.v - start.v) / (n - 1) : 1, start: start.v };
    }
    weak.push(kindOf(step));
    if (step.v === 0) throw new ZeroDivisionError(start.float || stop.float || step.float ? "float division by zero" : "division by zero");
    return { size: Math.ceil((stop.v - start.v) / step.v), step: step.v, start: start.v };
  });
  const typ = resultType([], weak);
  if (sparse) {
    return axes.map((ax, k) => {
      const shape = axes.map(() => 1);
      shape[k] = -1;
      return scaled(arange(ax.size, { dtype: typ }), ax).reshape(shape);
    });
  }
  const nn = indices(axes.map((a) => a.size), typ) as NDArray;
  axes.forEach((ax, k) => nn.set(k, scaled(nn.get(k) as NDArray, ax)));
  return nn;
}

/** `nn * step + start` in NumPy's order of operations (two roundings, as NumPy does them). */
function scaled(nn: NDArray, ax: Axis): NDArray {
  return add(multiply(nn, ax.step) as NDArray, ax.start) as NDArray;
}

/** nd_grid's single-slice case: np.arange, or `length` points with a complex step. */
function gridOne(s: GridSlice): NDArray {
  const start = s.start ?? { v: 0, float: false };
  if (!s.complexStep) return arangeOf(start, s.stop, s.step ?? { v: 1, float: false });
  if (s.stop === null) throw new NumpyTypeError("unsupported operand type(s) for -: 'NoneType' and 'int'");
  const length = Math.trunc(Math.abs(s.step!.v));
  const step = length !== 1 ? (s.stop.v - start.v) / (length - 1) : 1;
  const typ = resultType([], [kindOf(start), kindOf(s.stop), "float"]);
  return add(multiply(arange(0, length, 1, typ), step) as NDArray, start.v) as NDArray;
}

/** np.mgrid: `get(...items)` is NumPy's `np.mgrid[items]`. */
class MGridClass {
  /**
   * The dense grid for the given slices ("start:stop:step", a "j" step giving a count of points).
   * @example np.mgrid.get("0:1:3j") // array([0. , 0.5, 1. ])
   */
  get(...items: string[]): NDArray {
    return ndGrid(false, items) as NDArray;
  }
  toString(): string {
    return "<numpy.lib._index_tricks_impl.MGridClass object>";
  }
}

/** np.ogrid: `get(...items)` is NumPy's `np.ogrid[items]`. */
class OGridClass {
  /**
   * The open grid for the given slices: one array per slice (one array for a single slice).
   * @example np.ogrid.get("0:2", "0:3").length // 2
   */
  get(...items: string[]): NDArray | NDArray[] {
    return ndGrid(true, items);
  }
  toString(): string {
    return "<numpy.lib._index_tricks_impl.OGridClass object>";
  }
}

/**
 * A dense multi-dimensional "meshgrid", as `np.mgrid[...]`: `np.mgrid.get("0:5", "0:3")` has
 * shape [2, 5, 3]. Integer slices give int64, float slices float64; a complex step ("0:1:5j")
 * is a number of points with the stop included.
 * @example np.mgrid.get("0:2", "0:2").tolist() // [[[0, 0], [1, 1]], [[0, 1], [0, 1]]]
 */
export const mgrid = new MGridClass();

/**
 * An open multi-dimensional "meshgrid", as `np.ogrid[...]`: one array per slice, each with one
 * axis that is not 1 (a JS array of NDArrays, NumPy's tuple). One slice gives one array.
 * @example (np.ogrid.get("0:2", "0:3") as np.NDArray[]).map((a) => a.shape) // [[2, 1], [1, 3]]
 */
export const ogrid = new OGridClass();

// ---- r_ and c_ ------------------------------------------------------------------------------------

interface Concat {
  axis: number;
  ndmin: number;
  trans1d: number;
}

/** Parses an integer as Python's int() does (surrounding spaces allowed). */
function pyInt(s: string): number | null {
  return /^\s*[+-]?\d+\s*$/.test(s) ? Number(s) : null;
}

/** NumPy's AxisConcatenator.__getitem__ (np.r_ and np.c_). */
function axisConcatenate(defaults: Concat, items: readonly unknown[]): NDArray {
  let { axis, ndmin, trans1d } = defaults;
  const objs: (NDArray | ArrayLike)[] = [];
  const dtypes: DType[] = [];
  const weak: WeakKind[] = [];
  items.forEach((item, k) => {
    let obj: NDArray;
    if (isSliceString(item)) {
      const s = parseGridSlice(item);
      const start = s.start ?? { v: 0, float: false };
      if (s.complexStep) {
        if (s.stop === null) throw new NumpyTypeError("unsupported operand type(s) for -: 'NoneType' and 'int'");
        obj = linspace(start.v, s.stop.v, Math.trunc(Math.abs(s.step!.v)));
      } else obj = arangeOf(start, s.stop, s.step ?? { v: 1, float: false });
      if (ndmin > 1) {
        obj = array(obj, { copy: null, ndmin });
        if (trans1d !== -1) obj = obj.swapaxes(-1, trans1d);
      }
    } else if (typeof item === "string") {
      if (k !== 0) throw new ValueError("special directives must be the first entry.");
      if (item === "r" || item === "c") throw new NotImplementedError(`ndts: the '${item}' directive of np.r_/np.c_ builds an np.matrix, which ndts does not have`);
      if (item.includes(",")) {
        const vec = item.split(",").map(pyInt);
        if (vec.length < 2 || vec.slice(0, 3).some((v) => v === null)) throw new ValueError(`unknown special directive '${item}'`);
        [axis, ndmin] = [vec[0]!, vec[1]!];
        if (vec.length === 3) trans1d = vec[2]!;
        return;
      }
      const ax = pyInt(item);
      if (ax === null) throw new ValueError("unknown special directive");
      axis = ax;
      return;
    } else {
      const kind = scalarKind(item);
      if (kind !== null) {
        weak.push(kind);
        objs.push(item as ArrayLike);
        return;
      }
      const itemNdim = asanyarray(item as ArrayLike).ndim;
      obj = array(item as ArrayLike, { copy: null, ndmin });
      if (trans1d !== -1 && itemNdim < ndmin) {
        const k2 = ndmin - itemNdim;
        let k1 = trans1d;
        if (k1 < 0) k1 += k2 + 1;
        const def = Array.from({ length: ndmin }, (_, i) => i);
        obj = obj.transpose([...def.slice(0, k1), ...def.slice(k2), ...def.slice(k1, k2)]);
      }
    }
    objs.push(obj);
    dtypes.push(obj._dt);
  });
  if (objs.length === 0) return concatenate([], axis);
  // Scalars are converted with the final dtype as NumPy converts a Python scalar (an int out of
  // its range is an OverflowError).
  const finalDt = resultType(dtypes, weak);
  return concatenate(objs.map((o) => array(o, finalDt, { copy: null, ndmin })), axis);
}

/** np.r_ / np.c_: `get(...items)` concatenates the items along the configured axis. */
class AxisConcatenator {
  constructor(private readonly defaults: Concat, private readonly name: string) {}
  /**
   * Concatenates the items: arrays (nested lists too), scalars, slices ("1:4", "0:1:5j") and,
   * first, a directive ("0,2,-1" for axis, ndmin, trans1d; "1" for the axis).
   * @example np.r_.get("0:3", [7]) // array([0, 1, 2, 7])
   */
  get(...items: unknown[]): NDArray {
    return axisConcatenate(this.defaults, items);
  }
  toString(): string {
    return `<numpy.lib._index_tricks_impl.${this.name} object>`;
  }
}

/**
 * Row-wise (first-axis) concatenation, as `np.r_[...]`: slices become aranges (or linspaces with a
 * "j" step), scalars and arrays are joined; a first string "axis,ndmin,trans1d" changes how.
 * The matrix directives "r" and "c" are NotImplementedError (ndts has no np.matrix).
 * @example np.r_.get([1, 2, 3], 0, 0, [4, 5, 6]).tolist() // [1, 2, 3, 0, 0, 4, 5, 6]
 */
export const r_ = new AxisConcatenator({ axis: 0, ndmin: 1, trans1d: -1 }, "RClass");

/**
 * Column-wise concatenation, as `np.c_[...]`: 1-d items become columns of a 2-d result.
 * @example np.c_.get([1, 2, 3], [4, 5, 6]).tolist() // [[1, 4], [2, 5], [3, 6]]
 */
export const c_ = new AxisConcatenator({ axis: -1, ndmin: 2, trans1d: 0 }, "CClass");

// ---- s_ and index_exp ------------------------------------------------------------------------------

/** NumPy's IndexExpression: `get(...items)` gives the index items back, to spread into `a.get`. */
class IndexExpression<T> {
  constructor(private readonly maketuple: boolean) {}
  /**
   * The index items: a JS array of them (NumPy's tuple) for index_exp or several items, the one
   * item itself for s_. Spread an array into `a.get(...)`: a JS array passed whole is an index array.
   * @example np.arange(5).get(...np.index_exp.get("1:3")) // array([1, 2])
   */
  get(...items: T[]): T | T[] {
    return this.maketuple || items.length !== 1 ? items : items[0]!;
  }
}

/**
 * A way to build index tuples, as `np.index_exp[...]`: always a JS array of the items (NumPy's
 * tuple), to spread into `a.get(...)` / `a.set(...)`.
 * @example np.index_exp.get("2:5", "...") // ["2:5", "..."]
 */
export const index_exp = new IndexExpression<unknown>(true);

/**
 * As np.index_exp, but one item comes back as itself, as `np.s_[...]`.
 * @example np.s_.get("::2") // "::2"; np.s_.get(0, "1:") // [0, "1:"]
 */
export const s_ = new IndexExpression<unknown>(false);

// ---- iterable, require ------------------------------------------------------------------------------

/**
 * Whether `y` can be iterated, as `np.iterable(y)`: arrays with at least one axis, JS arrays,
 * strings, typed arrays and any other JS iterable; not scalars or 0-d arrays.
 * @example np.iterable([1, 2]) // true; np.iterable(2) // false
 */
export function iterable(y: unknown, ...rest: Args<[], Record<string, never>>): boolean {
  bindArgs("iterable", [], rest);
  if (y instanceof NDArray) return y.ndim > 0;
  if (typeof y === "string") return true;
  return typeof y === "object" && y !== null && typeof (y as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";
}

const POSSIBLE_FLAGS: Readonly<Record<string, string>> = {
  C: "C", C_CONTIGUOUS: "C", CONTIGUOUS: "C",
  F: "F", F_CONTIGUOUS: "F", FORTRAN: "F",
  A: "A", ALIGNED: "A",
  W: "W", WRITEABLE: "W",
  O: "O", OWNDATA: "O",
  E: "E", ENSUREARRAY: "E",
};

/**
 * An array satisfying the requirements, as `np.require(a, dtype=None, requirements=None)`: flags
 * among "C" (C_CONTIGUOUS), "F" (F_CONTIGUOUS), "A" (ALIGNED), "W" (WRITEABLE), "O" (OWNDATA),
 * "E" (ENSUREARRAY); the array itself when it already satisfies them, a copy otherwise.
 * @example np.require(np.arange(6).reshape(2, 3).T, null, ["C"]).flags.c_contiguous // true
 */
export function require(a: ArrayLike, ...rest: Args<[DTypeLike | null, string | readonly string[] | null], { dtype?: DTypeLike | null; requirements?: string | readonly string[] | null; like?: unknown }>): NDArray {
  [a, ...rest] = takeRequired("require", ["a"], [a, ...rest]) as [typeof a, ...typeof rest];
  const [dtype, requirements, like] = bindArgs("require", ["dtype", "requirements"], rest, ["like"]) as [DTypeLike | null | undefined, string | readonly string[] | null | undefined, unknown];
  if (like != null) throw new NotImplementedError("ndts: np.require(like=...) is not supported (there are no array-like subclasses)");
  const dt = dtype == null ? undefined : resolveDType(dtype);
  if (requirements == null || requirements.length === 0) return asanyarray(a, dt);
  const reqs = new Set<string>();
  for (const x of requirements) {
    const f = POSSIBLE_FLAGS[x.toUpperCase()];
    if (f === undefined) throw new KeyError(`'${x.toUpperCase()}'`);
    reqs.add(f);
  }
  reqs.delete("E");
  if (reqs.has("C") && reqs.has("F")) throw new ValueError('Cannot specify both "C" and "F" order');
  const order = reqs.has("C") ? "C" : reqs.has("F") ? "F" : "A";
  reqs.delete(order);
  const arr = array(a, dt ?? null, { order, copy: null });
  const flags = arr.flags;
  const has: Record<string, boolean> = { A: flags.aligned, W: flags.writeable, O: flags.owndata };
  for (const prop of reqs) if (!has[prop]) return arr.copy(order);
  return arr;
}

// ---- ndindex, ndenumerate ---------------------------------------------------------------------

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
