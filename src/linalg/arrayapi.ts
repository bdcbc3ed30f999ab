/**
 * NumPy 2's array-API functions of np.linalg: trace, diagonal, outer, cross, vecdot,
 * vector_norm, matrix_norm and matrix_transpose (they act on the last axes and take their
 * options by keyword), the vecdot gufunc that NumPy 2 also exports as np.vecdot, and
 * NumPy 2.2's np.matvec and np.vecmat gufuncs.
 * @example np.linalg.vector_norm([3, 4]) // 5
 */
import type { ArrayLike } from "../core/coerce.js";
import { bindArgs, type Args } from "../core/args.js";
import { IndexError, NotImplementedError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { normalizeAxis } from "../core/shape.js";
import type { DTypeLike } from "../core/dtype.js";
import { array, asArray } from "../api/creation.js";
import { diagonal as coreDiagonal, trace as coreTrace } from "../api/matrices.js";
import { matrix_transpose as coreMatrixTranspose, moveaxis } from "../api/manipulation.js";
import { outer as coreOuter } from "../api/math.js";
import { cross as coreCross } from "../api/numeric.js";
import { sum } from "../api/reductions.js";
import { copyto } from "../api/select.js";
import { conjugate, multiply } from "../ufunc/index.js";
import { norm } from "./linalg.js";
import { noExtra } from "./util.js";
import { matmul } from "./products.js";

type Ord = number | "fro" | "nuc" | null;

/**
 * Sum along the diagonals of the last two axes, as `numpy.linalg.trace(x, /, *, offset=0,
 * dtype=None)`.
 * @example np.linalg.trace(np.arange(8).reshape([2, 2, 2])).tolist() // [3, 11]
 */
export function trace(x: ArrayLike, opts?: { offset?: number; dtype?: DTypeLike | null }): NDArray | Scalar {
  const [offset, dtype] = bindArgs("trace", [], opts ? [opts] : [], ["offset", "dtype"]) as [number | undefined, DTypeLike | null | undefined];
  return coreTrace(x, offset ?? 0, -2, -1, dtype ?? null) as NDArray | Scalar;
}

/**
 * The diagonals of the last two axes (a view), as `numpy.linalg.diagonal(x, /, *, offset=0)`.
 * @example np.linalg.diagonal([[1, 2], [3, 4]]).tolist() // [1, 4]
 */
export function diagonal(x: ArrayLike, opts?: { offset?: number }): NDArray {
  const [offset] = bindArgs("diagonal", [], opts ? [opts] : [], ["offset"]) as [number | undefined];
  return coreDiagonal(x, offset ?? 0, -2, -1);
}

/**
 * Transposes the last two axes, as `numpy.linalg.matrix_transpose(x, /)`.
 * @example np.linalg.matrix_transpose(np.zeros([4, 2, 3])).shape // [4, 3, 2]
 */
export function matrix_transpose(x: ArrayLike, ...rest: never[]): NDArray {
  noExtra("matrix_transpose", 1, rest);
  return coreMatrixTranspose(x);
}

/**
 * The outer product of two vectors, as `numpy.linalg.outer(x1, x2, /)` (1-d input only, unlike
 * np.outer, which flattens).
 * @example np.linalg.outer([1, 2], [1, 10]).tolist() // [[1, 10], [2, 20]]
 */
export function outer(x1: ArrayLike, x2: ArrayLike, ...rest: never[]): NDArray {
  noExtra("outer", 2, rest);
  const a = asArray(x1);
  const b = asArray(x2);
  if (a.ndim !== 1 || b.ndim !== 1) throw new ValueError(`Input arrays must be one-dimensional, but they are x1.ndim=${a.ndim} and x2.ndim=${b.ndim}.`);
  return coreOuter(a, b);
}

/**
 * The cross product of 3-vectors along `axis`, as `numpy.linalg.cross(x1, x2, /, *, axis=-1)`
 * (np.cross also takes 2-vectors; this one does not).
 * @example np.linalg.cross([1, 0, 0], [0, 1, 0]).tolist() // [0, 0, 1]
 */
export function cross(x1: ArrayLike, x2: ArrayLike, opts?: { axis?: number }): NDArray {
  const [axisArg] = bindArgs("cross", [], opts ? [opts] : [], ["axis"]) as [number | undefined];
  const axis = axisArg ?? -1;
  const a = asArray(x1);
  const b = asArray(x2);
  const dim = (t: NDArray): number => {
    const i = axis < 0 ? axis + t.ndim : axis;
    if (i < 0 || i >= t.ndim) throw new IndexError("tuple index out of range");
    return t.shape[i]!;
  };
  const [da, db] = [dim(a), dim(b)];
  if (da !== 3 || db !== 3) throw new ValueError(`Both input arrays must be (arrays of) 3-dimensional vectors, but they are ${da} and ${db} dimensional instead.`);
  return coreCross(a, b, { axis }) as NDArray;
}

type VecdotOpts = { axis?: number; out?: NDArray | null; dtype?: DTypeLike | null; axes?: unknown; keepdims?: boolean; casting?: string; order?: string; subok?: boolean; signature?: unknown };

/**
 * The dot product of vectors along `axis` (the first one conjugated), broadcasting the rest,
 * as NumPy 2's gufunc `numpy.vecdot(x1, x2, /, out=None, *, axis=-1, dtype=None)`.
 * @example np.vecdot([[1, 2], [3, 4]], [1, 1]).tolist() // [3, 7]
 */
export function vecdot(x1: ArrayLike, x2: ArrayLike, ...rest: Args<[NDArray], VecdotOpts>): NDArray | Scalar {
  const [out, axisArg, dtype, axes, keepdims, casting, order, subok, signature] = bindArgs("vecdot", ["out"], rest, ["axis", "dtype", "axes", "keepdims", "casting", "order", "subok", "signature"]) as [
    NDArray | null | undefined,
    number | undefined,
    DTypeLike | null | undefined,
    ...unknown[],
  ];
  for (const [name, v] of Object.entries({ axes, keepdims, casting, order, subok, signature })) {
    if (v !== undefined) throw new NotImplementedError(`ndts: np.vecdot's ${name}= option is not supported`);
  }
  let a = asArray(x1);
  let b = asArray(x2);
  for (const [i, t] of [a, b].entries()) {
    if (t.ndim === 0) throw new ValueError(`vecdot: Input operand ${i} does not have enough dimensions (has 0, gufunc core with signature (n),(n)->() requires 1)`);
  }
  const axis = axisArg ?? -1;
  a = moveaxis(a, normalizeAxis(axis, a.ndim), -1);
  b = moveaxis(b, normalizeAxis(axis, b.ndim), -1);
  const [na, nb] = [a.shape[a.ndim - 1]!, b.shape[b.ndim - 1]!];
  if (na !== nb) throw new ValueError(`vecdot: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n),(n)->() (size ${nb} is different from ${na})`);
  if (dtype != null) {
    a = a.astype(dtype);
    b = b.astype(dtype);
  }
  const prod = multiply(a._dt.kind === "c" ? conjugate(a) : a, b) as NDArray;
  const r = sum(prod, -1, prod.dtype) as NDArray | Scalar;
  if (out == null) return r;
  copyto(out, r);
  return out;
}

/**
 * np.linalg's vecdot: `numpy.linalg.vecdot(x1, x2, /, *, axis=-1)`.
 * @example np.linalg.vecdot([1, 2, 3], [4, 5, 6]) // 32
 */
export function linalgVecdot(x1: ArrayLike, x2: ArrayLike, opts?: { axis?: number }): NDArray | Scalar {
  const [axis] = bindArgs("vecdot", [], opts ? [opts] : [], ["axis"]) as [number | undefined];
  return vecdot(x1, x2, { axis: axis ?? -1 });
}

/**
 * Vector norms over one axis, several axes (taken as one flattened vector) or the whole array,
 * as `numpy.linalg.vector_norm(x, /, *, axis=None, keepdims=False, ord=2)`.
 * @example np.linalg.vector_norm([[1, 2], [2, 4]]) // 5
 */
export function vector_norm(x: ArrayLike, opts?: { axis?: number | number[] | null; keepdims?: boolean; ord?: number }): NDArray | Scalar {
  const [axis, keepdims, ordArg] = bindArgs("vector_norm", [], opts ? [opts] : [], ["axis", "keepdims", "ord"]) as [number | number[] | null | undefined, boolean | undefined, number | undefined];
  let X = asArray(x);
  const shape = [...X.shape];
  let ax: number;
  if (axis == null) {
    X = X.ravel();
    ax = 0;
  } else if (Array.isArray(axis)) {
    const norm_ = axis.map((a) => normalizeAxis(a, X.ndim));
    if (new Set(norm_).size !== norm_.length) throw new ValueError("repeated axis");
    const restAx = shape.map((_, i) => i).filter((i) => !norm_.includes(i));
    const t = X.transpose([...norm_, ...restAx]);
    X = t.reshape([norm_.reduce((p, i) => p * shape[i]!, 1), ...restAx.map((i) => shape[i]!)]);
    ax = 0;
  } else {
    ax = axis;
  }
  let res = norm(X, ordArg ?? 2, ax);
  if (keepdims) {
    const axes = axis == null ? shape.map((_, i) => i) : (Array.isArray(axis) ? axis : [axis]).map((a) => normalizeAxis(a, shape.length));
    const rt = X.dtype === "float32" || X.dtype === "complex64" ? "float32" : "float64";
    res = (typeof res === "number" ? array(res, rt) : asArray(res)).reshape(shape.map((d, i) => (axes.includes(i) ? 1 : d)));
  } else if (typeof res === "object" && res !== null && "ndim" in res && (res as NDArray).ndim === 0) {
    res = (res as NDArray).item() as Scalar;
  }
  return res;
}

/**
 * Matrix norms over the last two axes, as `numpy.linalg.matrix_norm(x, /, *, keepdims=False,
 * ord='fro')`: "fro", "nuc", 1, -1, 2, -2, inf, -inf.
 * @example np.linalg.matrix_norm([[1, 2], [3, 4]], {ord: 1}) // 6
 */
export function matrix_norm(x: ArrayLike, opts?: { keepdims?: boolean; ord?: Ord }): NDArray | Scalar {
  const [keepdims, ord] = bindArgs("matrix_norm", [], opts ? [opts] : [], ["keepdims", "ord"]) as [boolean | undefined, Ord | undefined];
  const X = asArray(x);
  normalizeAxis(-2, X.ndim);
  return norm(X, ord ?? "fro", [-2, -1], keepdims ?? false);
}

type MatvecOpts = { out?: NDArray | null; dtype?: DTypeLike | null; casting?: string; order?: string; axes?: unknown; axis?: unknown; keepdims?: boolean; subok?: boolean; signature?: unknown };

/** The common part of matvec and vecmat: their options, NumPy's core-dimension checks. */
function gufuncMatVec(name: "matvec" | "vecmat", x1: ArrayLike, x2: ArrayLike, rest: readonly unknown[]): { a: NDArray; b: NDArray; out: NDArray | null | undefined; dtype: DTypeLike | null | undefined } {
  const [out, dtype, axes, axis, keepdims, casting, order, subok, signature] = bindArgs(name, ["out"], rest, ["dtype", "axes", "axis", "keepdims", "casting", "order", "subok", "signature"]) as [
    NDArray | null | undefined,
    DTypeLike | null | undefined,
    ...unknown[],
  ];
  for (const [opt, v] of Object.entries({ axes, axis, keepdims, casting, order, subok, signature })) {
    if (v !== undefined) throw new NotImplementedError(`ndts: np.${name}'s ${opt}= option is not supported`);
  }
  const a = asArray(x1);
  const b = asArray(x2);
  const sig = name === "matvec" ? "(m,n),(n)->(m)" : "(n),(n,m)->(m)";
  const need = name === "matvec" ? [2, 1] : [1, 2];
  [a, b].forEach((t, i) => {
    if (t.ndim < need[i]!) throw new ValueError(`${name}: Input operand ${i} does not have enough dimensions (has ${t.ndim}, gufunc core with signature ${sig} requires ${need[i]})`);
  });
  const n0 = a.shape[a.ndim - 1]!;
  const n1 = name === "matvec" ? b.shape[b.ndim - 1]! : b.shape[b.ndim - 2]!;
  if (n0 !== n1) throw new ValueError(`${name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${sig} (size ${n1} is different from ${n0})`);
  return { a, b, out, dtype };
}

/**
 * Matrix-vector products over the last axes, broadcasting the rest, as NumPy 2.2's gufunc
 * `numpy.matvec(x1, x2, /, out=None, *, dtype=None)` (signature (m,n),(n)->(m)).
 * @example np.matvec([[1, 2], [3, 4]], [1, 1]).tolist() // [3, 7]
 */
export function matvec(x1: ArrayLike, x2: ArrayLike, ...rest: Args<[NDArray], MatvecOpts>): NDArray {
  const { a, b, out, dtype } = gufuncMatVec("matvec", x1, x2, rest);
  const r = asArray(matmul(a, b.get("...", null) as NDArray, dtype != null ? { dtype } : {})).get("...", 0) as NDArray;
  if (out == null) return r;
  copyto(out, r);
  return out;
}

/**
 * Vector-matrix products over the last axes (the vector conjugated), broadcasting the rest, as
 * NumPy 2.2's gufunc `numpy.vecmat(x1, x2, /, out=None, *, dtype=None)` (signature (n),(n,m)->(m)).
 * @example np.vecmat([1, 1], [[1, 2], [3, 4]]).tolist() // [4, 6]
 */
export function vecmat(x1: ArrayLike, x2: ArrayLike, ...rest: Args<[NDArray], MatvecOpts>): NDArray {
  const { a, b, out, dtype } = gufuncMatVec("vecmat", x1, x2, rest);
  const v = a._dt.kind === "c" ? (conjugate(a) as NDArray) : a;
  const r = asArray(matmul(v.get("...", null, ":") as NDArray, b, dtype != null ? { dtype } : {})).get("...", 0, ":") as NDArray;
  if (out == null) return r;
  copyto(out, r);
  return out;
}
