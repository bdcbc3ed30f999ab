/**
 * NDArray methods that are NumPy functions: the operators as methods named after their ufuncs
 * (`a.add(b)` is `a + b`), declared once here by delegating to the np.* function.
 *
 * @example
 * np.array([[1, 2], [3, 4]]).add([10, 20]) // array([[11, 22], [13, 24]])
 */
import type { ArrayLike } from "../core/coerce.js";
import { NDArray } from "../core/ndarray.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { isOptions, takeRequired } from "../core/args.js";
import { broadcastStrides, shapeText } from "../core/shape.js";
import { copyCast } from "../kernels/ts/cast.js";
import { asArray, ones_like } from "./creation.js";
import { UFUNCS, type UfuncName } from "../ufunc/defs.js";
import { callUfunc, type UfuncOptions } from "../ufunc/ufunc.js";

/** Installs each np.* function of `table` as an NDArray method that passes the array first. */
function delegate(table: Record<string, unknown>): void {
  for (const [method, fn] of Object.entries(table)) {
    const f = fn as (a: NDArray, ...rest: unknown[]) => unknown;
    Object.defineProperty(NDArray.prototype, method, {
      value: function (this: NDArray, ...rest: unknown[]) {
        return f(this, ...rest);
      },
      writable: true,
      configurable: true,
    });
  }
}

type Binary = (other: ArrayLike, opts?: UfuncOptions) => NDArray;
type Unary = (opts?: UfuncOptions) => NDArray;

declare module "../core/ndarray.js" {
  interface NDArray {
    /** `a + b`. @example a.add(1) */
    add: Binary;
    /** `a - b`. @example a.subtract(1) */
    subtract: Binary;
    /** `a * b`. @example a.multiply(2) */
    multiply: Binary;
    /** `a / b` (true division). @example a.divide(2) */
    divide: Binary;
    /** `a / b`. @example a.true_divide(2) */
    true_divide: Binary;
    /** `a // b`. @example a.floor_divide(2) */
    floor_divide: Binary;
    /** `a % b`. @example a.mod(2) */
    mod: Binary;
    /** `a % b`. @example a.remainder(2) */
    remainder: Binary;
    /** `a ** b` (as NumPy's operator: `a.power(0.5)` of a float array is `np.sqrt(a)`). @example a.power(2) */
    power: Binary;
    /** `a < b`. @example a.less(0) */
    less: Binary;
    /** `a <= b`. @example a.less_equal(0) */
    less_equal: Binary;
    /** `a > b`. @example a.greater(0) */
    greater: Binary;
    /** `a >= b`. @example a.greater_equal(0) */
    greater_equal: Binary;
    /** `a == b` (element-wise). @example a.equal(0) */
    equal: Binary;
    /** `a != b` (element-wise). @example a.not_equal(0) */
    not_equal: Binary;
    /** `a & b`. @example a.bitwise_and(1) */
    bitwise_and: Binary;
    /** `a | b`. @example a.bitwise_or(1) */
    bitwise_or: Binary;
    /** `a ^ b`. @example a.bitwise_xor(1) */
    bitwise_xor: Binary;
    /** `a << b`. @example a.left_shift(1) */
    left_shift: Binary;
    /** `a >> b`. @example a.right_shift(1) */
    right_shift: Binary;
    /** `divmod(a, b)`: the pair [a // b, a % b]. @example a.divmod(3) */
    divmod: (other: ArrayLike, opts?: UfuncOptions) => [NDArray, NDArray];
    /** np.logical_and(a, b). @example a.logical_and(b) */
    logical_and: Binary;
    /** np.logical_or(a, b). @example a.logical_or(b) */
    logical_or: Binary;
    /** np.logical_xor(a, b). @example a.logical_xor(b) */
    logical_xor: Binary;
    /** np.logical_not(a). @example a.logical_not() */
    logical_not: Unary;
    /** `-a`. @example a.negative() */
    negative: Unary;
    /** `+a`. @example a.positive() */
    positive: Unary;
    /** `abs(a)`. @example a.absolute() */
    absolute: Unary;
    /** `abs(a)`. @example a.abs() */
    abs: Unary;
    /** `~a`. @example a.invert() */
    invert: Unary;
    /** Complex conjugate. @example a.conj() */
    conj: Unary;
    /** Complex conjugate. @example a.conjugate() */
    conjugate: Unary;
  }
}

function attach(method: string, name: UfuncName): void {
  const def = UFUNCS[name];
  // The arguments pass as given, so a missing operand is the ufunc's own positional-count TypeError.
  const fn = function (this: NDArray, ...rest: unknown[]) {
    return callUfunc(def, [this, ...rest], true);
  };
  Object.defineProperty(NDArray.prototype, method, { value: fn, writable: true, configurable: true });
}

const METHODS: [string, UfuncName][] = [
  ["add", "add"],
  ["subtract", "subtract"],
  ["multiply", "multiply"],
  ["divide", "divide"],
  ["true_divide", "divide"],
  ["floor_divide", "floor_divide"],
  ["mod", "remainder"],
  ["remainder", "remainder"],
  ["less", "less"],
  ["less_equal", "less_equal"],
  ["greater", "greater"],
  ["greater_equal", "greater_equal"],
  ["equal", "equal"],
  ["not_equal", "not_equal"],
  ["bitwise_and", "bitwise_and"],
  ["bitwise_or", "bitwise_or"],
  ["bitwise_xor", "bitwise_xor"],
  ["left_shift", "left_shift"],
  ["right_shift", "right_shift"],
  ["divmod", "divmod"],
  ["logical_and", "logical_and"],
  ["logical_or", "logical_or"],
  ["logical_xor", "logical_xor"],
  ["logical_not", "logical_not"],
  ["negative", "negative"],
  ["positive", "positive"],
  ["absolute", "absolute"],
  ["abs", "absolute"],
  ["invert", "invert"],
  ["conj", "conjugate"],
  ["conjugate", "conjugate"],
];
for (const [method, name] of METHODS) attach(method, name);

/** The ufuncs NumPy's `**` runs for these Python-scalar exponents of a float or complex array. */
const SCALAR_POWER: ReadonlyMap<number, UfuncName> = new Map([
  [2, "square"],
  [0.5, "sqrt"],
  [-1, "reciprocal"],
  [1, "positive"],
]);

/**
 * `a ** b`, as NumPy's operator (ndarray.__pow__): a float or complex array to a scalar power of
 * 2, 0.5, -1 or 1 is square, sqrt, reciprocal or positive (results and warnings are theirs:
 * (-0) ** 0.5 is -0), to the power 0 it is ones_like; an integer or bool array to the power 2 is
 * square. Everything else, and any call with options, is the power ufunc.
 * @example np.array([4.0, -0.0]).power(0.5) // array([ 2., -0.])
 */
function power(this: NDArray, other: unknown, ...rest: unknown[]): unknown {
  const e = typeof other === "bigint" && other >= -1n && other <= 2n ? Number(other) : other;
  if (typeof e === "number" && rest.length === 0) {
    const inexact = this._dt.kind === "f" || this._dt.kind === "c";
    if (inexact && e === 0) return ones_like(this);
    const name = inexact ? SCALAR_POWER.get(e) : e === 2 ? "square" : undefined;
    if (name !== undefined) return callUfunc(UFUNCS[name], [this], true);
  }
  return callUfunc(UFUNCS.power, [this, other, ...rest], true);
}
Object.defineProperty(NDArray.prototype, "power", { value: power, writable: true, configurable: true });

// ---- reductions --------------------------------------------------------------------------------
import * as R from "./reductions.js";

declare module "../core/ndarray.js" {
  interface NDArray {
    /** Sum over axes (all by default). @example a.sum(); a.sum({axis: 0}) */
    sum(...args: unknown[]): R.Reduced;
    /** Product over axes. @example a.prod() */
    prod(...args: unknown[]): R.Reduced;
    /** Maximum over axes. @example a.max({axis: 1}) */
    max(...args: unknown[]): R.Reduced;
    /** Minimum over axes. @example a.min() */
    min(...args: unknown[]): R.Reduced;
    /** Mean over axes. @example a.mean() */
    mean(...args: unknown[]): R.Reduced;
    /** Variance over axes. @example a.var({ddof: 1}) */
    var(...args: unknown[]): R.Reduced;
    /** Standard deviation over axes. @example a.std() */
    std(...args: unknown[]): R.Reduced;
    /** max - min over axes. @example a.ptp() */
    ptp(...args: unknown[]): R.Reduced;
    /** Index of the maximum. @example a.argmax() */
    argmax(...args: unknown[]): R.Reduced;
    /** Index of the minimum. @example a.argmin() */
    argmin(...args: unknown[]): R.Reduced;
    /** Whether all are true. @example a.all() */
    all(...args: unknown[]): R.Reduced;
    /** Whether any is true. @example a.any() */
    any(...args: unknown[]): R.Reduced;
    /** Cumulative sum. @example a.cumsum() */
    cumsum(...args: unknown[]): NDArray;
    /** Cumulative product. @example a.cumprod() */
    cumprod(...args: unknown[]): NDArray;
  }
}

const REDUCTIONS = {
  sum: R.sum,
  prod: R.prod,
  max: R.max,
  min: R.min,
  mean: R.mean,
  var: R.variance,
  std: R.std,
  ptp: R.ptp,
  argmax: R.argmax,
  argmin: R.argmin,
  all: R.all,
  any: R.any,
  cumsum: R.cumsum,
  cumprod: R.cumprod,
} as unknown as Record<string, (a: NDArray, ...rest: never[]) => unknown>;
delegate(REDUCTIONS);

// ---- indexing routines --------------------------------------------------------------------------
import * as I from "./indexing.js";

declare module "../core/ndarray.js" {
  interface NDArray {
    /** Elements at the given indices (along an axis). @example a.take([0, 2]) */
    take(...args: unknown[]): ReturnType<typeof I.take>;
    /** Sets the flat elements at the indices. @example a.put([0, 2], 5) */
    put(...args: unknown[]): void;
    /** Indices of the non-zero elements, one array per axis. @example a.nonzero() */
    nonzero(): NDArray[];
    /** Selected slices along an axis. @example a.compress([true, false]) */
    compress(...args: unknown[]): NDArray;
  }
}

const INDEXING = {
  take: (a: NDArray, ...rest: unknown[]) => (I.take as (...x: unknown[]) => unknown)(a, ...rest),
  put: (a: NDArray, ...rest: unknown[]) => (I.put as (...x: unknown[]) => unknown)(a, ...takeRequired("put", ["indices", "values"], rest)),
  nonzero: (a: NDArray, ...rest: unknown[]) => {
    if (rest.length > 0) {
      const opts = rest.length === 1 && typeof rest[0] === "object" && rest[0] !== null && !Array.isArray(rest[0]) && !(rest[0] instanceof NDArray);
      throw new NumpyTypeError(opts ? "ndarray.nonzero() takes no keyword arguments" : `function takes exactly 0 arguments (${rest.length} given)`);
    }
    return I.nonzero(a);
  },
  compress: (a: NDArray, ...rest: unknown[]) => {
    const [condition, ...more] = takeRequired("compress", ["condition"], rest);
    return (I.compress as (...x: unknown[]) => unknown)(condition, a, ...more);
  },
};
delegate(INDEXING);

// ---- element-wise math methods and the real/imag attributes -------------------------------------
import * as M from "./math.js";

declare module "../core/ndarray.js" {
  interface NDArray {
    /** Values limited to [min, max]. @example a.clip(0, 1) */
    clip(...args: unknown[]): NDArray;
    /** Rounded to `decimals` decimals (halves to even). @example a.round(2) */
    round(...args: unknown[]): NDArray;
    /** The real part (a view for complex arrays); assignable. @example a.real */
    real: NDArray;
    /** The imaginary part (a view for complex arrays); assignable. @example a.imag */
    imag: NDArray;
  }
}

Object.defineProperty(NDArray.prototype, "clip", {
  // ndarray.clip(min, max, out): either bound may be left out (np.clip needs both or neither).
  value: function (this: NDArray, ...rest: unknown[]) {
    const opts = rest.length > 0 && isOptions(rest[rest.length - 1]) ? (rest.pop() as Record<string, unknown>) : {};
    const named = ["min", "max", "out"];
    if (rest.length > named.length) throw new NumpyTypeError(`clip() takes at most 3 positional arguments (${rest.length} given)`);
    const merged: Record<string, unknown> = { ...opts };
    rest.forEach((v, i) => (merged[named[i]!] = v));
    return (M.clip as (...x: unknown[]) => unknown)(this, merged);
  },
  writable: true,
  configurable: true,
});
Object.defineProperty(NDArray.prototype, "round", {
  value: function (this: NDArray, ...rest: unknown[]) {
    return (M.around as (...x: unknown[]) => unknown)(this, ...rest);
  },
  writable: true,
  configurable: true,
});
for (const part of ["real", "imag"] as const) {
  Object.defineProperty(NDArray.prototype, part, {
    get(this: NDArray) {
      return M[part](this);
    },
    set(this: NDArray, value: unknown) {
      const target = M[part](this) as NDArray;
      if (part === "imag" && this._dt.kind !== "c") throw new NumpyTypeError("array does not have imaginary part to set");
      this._checkWriteable();
      assign(target, value);
    },
    configurable: true,
  });
}

/** Writes a value (broadcast and cast) into an array view. */
function assign(target: NDArray, value: unknown): void {
  const src = value instanceof NDArray ? value : asArray(value as never);
  const strides = broadcastStrides(src.shape, src.strides, target.shape);
  if (strides === null) throw new ValueError(`could not broadcast input array from shape ${shapeText(src.shape)} into shape ${shapeText(target.shape)}`);
  copyCast(target.shape, target._operand(), { ...src._operand(), strides });
}

// ---- shape and diagonal methods ------------------------------------------------------------------
import { repeat } from "./rearranging.js";
import { diagonal, trace } from "./matrices.js";

declare module "../core/ndarray.js" {
  interface NDArray {
    /** Each element repeated. @example a.repeat(2) */
    repeat(...args: unknown[]): NDArray;
    /** A diagonal (a read-only view). @example a.diagonal() */
    diagonal(...args: unknown[]): NDArray;
    /** Sum along a diagonal. @example a.trace() */
    trace(...args: unknown[]): ReturnType<typeof trace>;
  }
}

/** `a.repeat(repeats, axis)`: as np.repeat, with the method's message when `repeats` is missing. */
function repeatMethod(a: NDArray, ...rest: unknown[]): NDArray {
  const first = rest[0];
  const isOpts = typeof first === "object" && first !== null && !Array.isArray(first) && !(first instanceof NDArray) && !ArrayBuffer.isView(first);
  if (rest.length === 0 || (isOpts && !("repeats" in first))) throw new NumpyTypeError("repeat() missing required argument 'repeats' (pos 1)");
  if (isOpts) {
    const { repeats: r, ...others } = first as { repeats: unknown };
    return (repeat as (...x: unknown[]) => NDArray)(a, r, others);
  }
  return (repeat as (...x: unknown[]) => NDArray)(a, ...rest);
}

const SHAPE_METHODS = { repeat: repeatMethod, diagonal, trace } as unknown as Record<string, (a: NDArray, ...rest: unknown[]) => unknown>;
delegate(SHAPE_METHODS);

// ---- matrix products -----------------------------------------------------------------------------
import { dot, matmul } from "../linalg/products.js";

declare module "../core/ndarray.js" {
  interface NDArray {
    /** The dot product, as np.dot(a, b, out). @example a.dot(b) */
    dot(...args: unknown[]): ReturnType<typeof dot>;
    /** `a @ b`, as np.matmul(a, b, ...). @example a.matmul(b) */
    matmul(...args: unknown[]): ReturnType<typeof matmul>;
  }
}

const PRODUCTS = { dot, matmul } as unknown as Record<string, (a: NDArray, ...rest: unknown[]) => unknown>;
delegate(PRODUCTS);

// ---- sorting and searching -------------------------------------------------------------------------
import { _sortMethod, argsort, searchsorted } from "./sorting.js";

declare module "../core/ndarray.js" {
  interface NDArray {
    /** Sorts in place along an axis (last by default), as `a.sort()`; returns undefined. @example a.sort(); a.sort({axis: 0}) */
    sort(...args: unknown[]): void;
    /** The indices that sort the array (int64), as `a.argsort()`. @example a.argsort() */
    argsort(...args: unknown[]): NDArray;
    /** Insertion indices into this sorted 1-d array, as `a.searchsorted(v)`. @example a.searchsorted(2) */
    searchsorted(...args: unknown[]): NDArray | number;
  }
}

Object.defineProperty(NDArray.prototype, "sort", { value: _sortMethod, writable: true, configurable: true });
const SEARCH_METHODS = { argsort, searchsorted } as unknown as Record<string, (a: NDArray, ...rest: unknown[]) => unknown>;
delegate(SEARCH_METHODS);

// ---- partial sorts ---------------------------------------------------------------------------------
import { _partitionMethod, argpartition } from "./partition.js";

declare module "../core/ndarray.js" {
  interface NDArray {
    /** Partitions in place around the kth elements, as `a.partition(kth)`; returns undefined. @example a.partition(2) */
    partition(...args: unknown[]): void;
    /** The indices that partition the array (int64), as `a.argpartition(kth)`. @example a.argpartition(2) */
    argpartition(...args: unknown[]): NDArray;
  }
}

Object.defineProperty(NDArray.prototype, "partition", { value: _partitionMethod, writable: true, configurable: true });
delegate({ argpartition } as unknown as Record<string, (a: NDArray, ...rest: unknown[]) => unknown>);
