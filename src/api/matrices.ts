/**
 * Matrix construction: eye, identity, diag, diagonal, diagflat, tri, tril, triu, tril_indices,
 * triu_indices, mask_indices, diag_indices and their _from forms, vander. Plain loops
 * over the typed views of the storage; diagonal() is a read-only view, as in NumPy.
 *
 * @example
 * np.eye(3, {k: 1}) // ones on the first superdiagonal
 * np.diag([1, 2, 3]) // a 3x3 diagonal matrix
 * np.tril(np.ones([3, 3])) // the lower triangle
 */
import { bindArgs, checkDevice, noExtra, type Args, takeRequired } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { FLOAT64, INT64, promote, resolveDType, type DType, type DTypeLike } from "../core/dtype.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { emptyArray, NDArray, orderArg, type Order } from "../core/ndarray.js";
import { broadcastStrides, cStrides, fStrides, normalizeAxis, normalizeShape, shapeSize } from "../core/shape.js";
import { copyCast } from "../kernels/ts/cast.js";
import { sum } from "./reductions.js";
import { multiply } from "../ufunc/index.js";
import { asArray } from "./creation.js";
import { nonzero } from "./indexing.js";

/** Python's operator.index for an integer argument. */
function index(x: unknown): number {
  if (typeof x === "bigint") return Number(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x !== "number" || !Number.isInteger(x)) {
    throw new NumpyTypeError(`'${typeof x === "number" ? "float" : typeof x}' object cannot be interpreted as an integer`);
  }
  return x;
}

/** Scalars of the typed view per element (2 for complex). */
function width(dt: DType): number {
  return dt.kind === "c" ? 2 : 1;
}

/** Writes 1 (real part 1 for complex) at element index `i` of the typed view of `dt`. */
function one(dt: DType): number | bigint {
  return dt.big ? 1n : 1;
}

function zeroOf(dt: DType): number | bigint {
  return dt.big ? 0n : 0;
}

/** A new zero-filled array of `dt` and `shape` in C or F order. */
function zerosOf(dt: DType, shape: readonly number[], ord: Order | null | undefined): NDArray {
  const sh = normalizeShape(shape as number[]);
  const order = orderArg(ord, "C");
  if (order !== "C" && order !== "F") throw new ValueError("only 'C' or 'F' order is permitted");
  return emptyArray(dt, sh, order === "F" ? fStrides(sh, dt.itemsize) : cStrides(sh, dt.itemsize), true);
}

type EyeOpts = { M?: number | null; k?: number; dtype?: DTypeLike | null; order?: Order; device?: string; like?: unknown };

/**
 * A 2-d array with ones on the k-th diagonal and zeros elsewhere, as `numpy.eye(N, M=None,
 * k=0, dtype=float, order='C')`.
 * @example np.eye(2).tolist() // [[1, 0], [0, 1]]; np.eye(2, 3, 1, "int8")
 */
export function eye(N: number, ...rest: Args<[number | null, number, DTypeLike, Order], EyeOpts>): NDArray {
  [N, ...rest] = takeRequired("eye", ["N"], [N, ...rest]) as [typeof N, ...typeof rest];
  const [M, k, dtype, order, device] = bindArgs("eye", ["M", "k", "dtype", "order"], rest, ["device", "like"]) as [
    number | null | undefined,
    number | null | undefined,
    DTypeLike | null | undefined,
    Order | null | undefined,
    unknown,
  ];
  checkDevice(device);
  const n = index(N);
  const m = M == null ? n : index(M);
  const kk = index(k ?? 0);
  const dt = dtype == null ? FLOAT64 : resolveDType(dtype);
  const res = zerosOf(dt, [n, m], order);
  const len = kk >= 0 ? Math.min(n, m - kk) : Math.min(n + kk, m);
  if (len <= 0) return res;
  const v = res._storage.region.view(dt) as unknown as (number | bigint)[];
  const r0 = kk >= 0 ? 0 : -kk;
  const c0 = kk >= 0 ? kk : 0;
  const [s0, s1] = res.strides as [number, number];
  const x = one(dt);
  for (let i = 0; i < len; i++) v[(res._ptr + (r0 + i) * s0 + (c0 + i) * s1) >> dt.shift] = x;
  return res;
}

/**
 * The n x n identity matrix, as `numpy.identity(n, dtype=None)` (float64 by default).
 * @example np.identity(3, "int32")
 */
export function identity(n: number, ...rest: Args<[DTypeLike], { dtype?: DTypeLike | null; like?: unknown }>): NDArray {
  [n, ...rest] = takeRequired("identity", ["n"], [n, ...rest]) as [typeof n, ...typeof rest];
  const [dtype] = bindArgs("identity", ["dtype"], rest, ["like"]) as [DTypeLike | null | undefined];
  return eye(n, { dtype: dtype ?? null });
}

/** An (n, n) zero matrix of `src`'s dtype with the 1-d `src` copied onto the k-th diagonal. */
function diagMatrix(src: NDArray, k: number): NDArray {
  const len = src.shape[0]!;
  const n = len + Math.abs(k);
  const dt = src._dt;
  const res = zerosOf(dt, [n, n], "C");
  if (len === 0) return res;
  const row = k >= 0 ? 0 : -k;
  const col = k >= 0 ? k : 0;
  const ptr = res._ptr + (row * n + col) * dt.itemsize;
  copyCast([len], { dt, region: res._storage.region, ptr, strides: [(n + 1) * dt.itemsize] }, src._operand());
  return res;
}

/**
 * Extracts a diagonal (from a 2-d input: a read-only view) or constructs a diagonal matrix
 * (from a 1-d input), as `numpy.diag(v, k=0)`.
 * @example np.diag([1, 2]).tolist() // [[1, 0], [0, 2]]; np.diag([[1, 2], [3, 4]]).tolist() // [1, 4]
 */
export function diag(v: ArrayLike, ...rest: Args<[number], { k?: number }>): NDArray {
  [v, ...rest] = takeRequired("diag", ["v"], [v, ...rest]) as [typeof v, ...typeof rest];
  const [k] = bindArgs("diag", ["k"], rest) as [number | null | undefined];
  const a = asArray(v);
  const kk = index(k ?? 0);
  if (a.ndim === 1) return diagMatrix(a, kk);
  if (a.ndim === 2) return diagonal(a, kk);
  throw new ValueError("Input must be 1- or 2-d.");
}

/**
 * The diagonal with the given offset of the 2-d sub-arrays on axes `axis1` and `axis2`, as
 * `numpy.diagonal(a, offset=0, axis1=0, axis2=1)`: a read-only view, whose last axis runs
 * along the diagonal.
 * @example np.diagonal(np.arange(9).reshape(3, 3), 1).tolist() // [1, 5]
 */
export function diagonal(a: ArrayLike, ...rest: Args<[number, number, number], { offset?: number; axis1?: number; axis2?: number }>): NDArray {
  const [offset, axis1, axis2] = bindArgs("diagonal", ["offset", "axis1", "axis2"], rest) as [
    number | null | undefined,
    number | null | undefined,
    number | null | undefined,
  ];
  const arr = asArray(a);
  const nd = arr.ndim;
  if (nd < 2) throw new ValueError("diag requires an array of at least two dimensions");
  const a1 = normalizeAxis(axis1 ?? 0, nd, "axis1");
  const a2 = normalizeAxis(axis2 ?? 1, nd, "axis2");
  if (a1 === a2) throw new ValueError("axis1 and axis2 cannot be the same");
  let off = index(offset ?? 0);
  const n1 = arr.shape[a1]!;
  const n2 = arr.shape[a2]!;
  let ptr = arr._ptr;
  let dim: number;
  let offStride: number;
  if (off >= 0) {
    offStride = arr.strides[a2]!;
    dim = n2;
  } else {
    off = -off;
    offStride = arr.strides[a1]!;
    dim = n1;
  }
  let len = 0;
  if (off < dim) {
    ptr += off * offStride;
    len = Math.min(dim - off, n1, n2);
  }
  const shape: number[] = [];
  const strides: number[] = [];
  for (let d = 0; d < nd; d++) {
    if (d === a1 || d === a2) continue;
    shape.push(arr.shape[d]!);
    strides.push(arr.strides[d]!);
  }
  shape.push(len);
  strides.push(arr.strides[a1]! + arr.strides[a2]!);
  const view = arr._view(shape, strides, ptr);
  view._writeable = false;
  return view;
}

/**
 * A 2-d array with the flattened input on the k-th diagonal, as `numpy.diagflat(v, k=0)`.
 * @example np.diagflat([[1, 2], [3, 4]]).shape // [4, 4]
 */
export function diagflat(v: ArrayLike, ...rest: Args<[number], { k?: number }>): NDArray {
  [v, ...rest] = takeRequired("diagflat", ["v"], [v, ...rest]) as [typeof v, ...typeof rest];
  const [k] = bindArgs("diagflat", ["k"], rest) as [number | null | undefined];
  return diagMatrix(asArray(v).ravel(), index(k ?? 0));
}

/**
 * An array with ones at and below the k-th diagonal and zeros elsewhere, as `numpy.tri(N,
 * M=None, k=0, dtype=float)`.
 * @example np.tri(3, 3, 0, "int8").tolist() // [[1, 0, 0], [1, 1, 0], [1, 1, 1]]
 */
export function tri(N: number, ...rest: Args<[number | null, number, DTypeLike], { M?: number | null; k?: number; dtype?: DTypeLike | null; like?: unknown }>): NDArray {
  [N, ...rest] = takeRequired("tri", ["N"], [N, ...rest]) as [typeof N, ...typeof rest];
  const [M, k, dtype] = bindArgs("tri", ["M", "k", "dtype"], rest, ["like"]) as [
    number | null | undefined,
    number | null | undefined,
    DTypeLike | null | undefined,
  ];
  // NumPy builds tri from arange(N) and arange(-k, M - k): a negative N or M gives 0 rows/columns.
  const n = Math.max(index(N), 0);
  const m = M == null ? n : Math.max(index(M), 0);
  const kk = index(k ?? 0);
  const dt = dtype == null ? FLOAT64 : resolveDType(dtype);
  const res = zerosOf(dt, [n, m], "C");
  const v = res._storage.region.view(dt) as unknown as (number | bigint)[];
  const w = width(dt);
  const at = res._ptr >> dt.shift;
  const x = one(dt);
  for (let i = 0; i < n; i++) {
    const end = Math.min(m, i + kk + 1);
    for (let j = 0; j < end; j++) v[at + (i * m + j) * w] = x;
  }
  return res;
}

/** tril/triu: a copy of `m` (broadcast to its last two axes) with one triangle zeroed. */
function triangle(name: string, m: ArrayLike, k: number, lower: boolean): NDArray {
  const a = asArray(m);
  if (a.ndim === 0) throw new NumpyTypeError("tri() missing 1 required positional argument: 'N'");
  const rows = a.ndim === 1 ? a.shape[0]! : a.shape[a.ndim - 2]!;
  const cols = a.shape[a.ndim - 1]!;
  const shape = a.ndim === 1 ? [rows, cols] : a.shape.slice();
  const dt = a._dt;
  const out = emptyArray(dt, shape);
  if (shapeSize(shape) === 0) return out;
  const st = broadcastStrides(a.shape, a.strides, shape);
  if (st === null) throw new ValueError(`${name}: cannot broadcast`);
  copyCast(shape, out._operand(), { ...a._operand(), strides: st });
  const v = out._storage.region.view(dt) as unknown as (number | bigint)[];
  const w = width(dt);
  const z = zeroOf(dt);
  const batch = shapeSize(shape) / (rows * cols);
  let base = out._ptr >> dt.shift;
  for (let b = 0; b < batch; b++, base += rows * cols * w) {
    for (let i = 0; i < rows; i++) {
      // tril keeps j <= i + k; triu keeps j >= i + k.
      const lo = lower ? Math.max(i + k + 1, 0) : 0;
      const hi = lower ? cols : Math.min(Math.max(i + k, 0), cols);
      for (let j = lo; j < hi; j++) {
        const p = base + (i * cols + j) * w;
        v[p] = z;
        if (w === 2) v[p + 1] = 0;
      }
    }
  }
  return out;
}

/**
 * The lower triangle of an array (of its last two axes), zeros above the k-th diagonal; the
 * dtype is kept. A 1-d input is broadcast to a square matrix first, as in NumPy.
 * @example np.tril([[1, 2], [3, 4]]).tolist() // [[1, 0], [3, 4]]
 */
export function tril(m: ArrayLike, ...rest: Args<[number], { k?: number }>): NDArray {
  [m, ...rest] = takeRequired("tril", ["m"], [m, ...rest]) as [typeof m, ...typeof rest];
  const [k] = bindArgs("tril", ["k"], rest) as [number | null | undefined];
  return triangle("tril", m, index(k ?? 0), true);
}

/**
 * The upper triangle of an array (of its last two axes), zeros below the k-th diagonal; the
 * dtype is kept.
 * @example np.triu([[1, 2], [3, 4]]).tolist() // [[1, 2], [0, 4]]
 */
export function triu(m: ArrayLike, ...rest: Args<[number], { k?: number }>): NDArray {
  [m, ...rest] = takeRequired("triu", ["m"], [m, ...rest]) as [typeof m, ...typeof rest];
  const [k] = bindArgs("triu", ["k"], rest) as [number | null | undefined];
  return triangle("triu", m, index(k ?? 0), false);
}

/**
 * Sum along a diagonal (of the last two given axes), as `numpy.trace(a, offset=0, axis1=0,
 * axis2=1, dtype=None, out=None)`.
 * @example np.trace(np.eye(3)) // 3
 */
export function trace(
  a: ArrayLike,
  ...rest: Args<[number, number, number, DTypeLike, NDArray], { offset?: number; axis1?: number; axis2?: number; dtype?: DTypeLike | null; out?: NDArray | null }>
): NDArray | number | bigint | boolean {
  const [offset, axis1, axis2, dtype, out] = bindArgs("trace", ["offset", "axis1", "axis2", "dtype", "out"], rest) as [number, number, number, DTypeLike, NDArray];
  const d = diagonal(a, offset ?? 0, axis1 ?? 0, axis2 ?? 1);
  return sum(d, -1, dtype, out) as NDArray | number | bigint | boolean;
}

/** Two int64 arrays of the (row, column) pairs where `keep(i, j)` holds, in C order. */
function pairsWhere(n: number, m: number, keep: (i: number, j: number) => boolean): [NDArray, NDArray] {
  const rows: number[] = [];
  const cols: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (keep(i, j)) {
        rows.push(i);
        cols.push(j);
      }
    }
  }
  return [asArray(rows).astype("int64"), asArray(cols).astype("int64")];
}

/**
 * The indices of the lower triangle of an (n, m) array, as `numpy.tril_indices(n, k=0, m=None)`:
 * [rows, cols] (NumPy's tuple), int64.
 * @example np.tril_indices(3)[0].tolist() // [0, 1, 1, 2, 2, 2]
 */
export function tril_indices(n: number, ...rest: Args<[number, number | null], { k?: number; m?: number | null }>): [NDArray, NDArray] {
  [n, ...rest] = takeRequired("tril_indices", ["n"], [n, ...rest]) as [typeof n, ...typeof rest];
  const [k, m] = bindArgs("tril_indices", ["k", "m"], rest) as [number | null | undefined, number | null | undefined];
  const kk = index(k ?? 0);
  const nn = index(n);
  return pairsWhere(nn, m == null ? nn : index(m), (i, j) => j - i <= kk);
}

/**
 * The indices of the upper triangle of an (n, m) array, as `numpy.triu_indices(n, k=0, m=None)`:
 * [rows, cols] (NumPy's tuple), int64.
 * @example np.triu_indices(3, 1)[1].tolist() // [1, 2, 2]
 */
export function triu_indices(n: number, ...rest: Args<[number, number | null], { k?: number; m?: number | null }>): [NDArray, NDArray] {
  [n, ...rest] = takeRequired("triu_indices", ["n"], [n, ...rest]) as [typeof n, ...typeof rest];
  const [k, m] = bindArgs("triu_indices", ["k", "m"], rest) as [number | null | undefined, number | null | undefined];
  const kk = index(k ?? 0);
  const nn = index(n);
  return pairsWhere(nn, m == null ? nn : index(m), (i, j) => j - i >= kk);
}

/**
 * The indices where `mask_func(ones((n, n)), k)` is nonzero, as `numpy.mask_indices(n,
 * mask_func, k=0)`: [rows, cols] (NumPy's tuple), int64. `mask_func` is called as
 * `mask_func(m, k)`, like np.triu and np.tril.
 * @example np.mask_indices(3, np.triu, 1)[1].tolist() // [1, 2, 2]
 */
export function mask_indices(n: number, mask_func: (m: NDArray, k: number) => ArrayLike, ...rest: Args<[number], { k?: number }>): NDArray[] {
  const [k] = bindArgs("mask_indices", ["k"], rest) as [number | null | undefined];
  const m = emptyArray(INT64, normalizeShape([index(n), index(n)]));
  m.fill(1);
  return nonzero(asArray(mask_func(m, k ?? 0)));
}

/**
 * The indices of the main diagonal of an n x n x ... array of `ndim` axes, as
 * `numpy.diag_indices(n, ndim=2)`: `ndim` copies of arange(n).
 * @example np.diag_indices(3).length // 2
 */
export function diag_indices(n: number, ...rest: Args<[number], { ndim?: number }>): NDArray[] {
  [n, ...rest] = takeRequired("diag_indices", ["n"], [n, ...rest]) as [typeof n, ...typeof rest];
  const [ndim] = bindArgs("diag_indices", ["ndim"], rest) as [number | null | undefined];
  const idx = asArray(Array.from({ length: index(n) }, (_, i) => i)).astype("int64");
  return new Array<NDArray>(index(ndim ?? 2)).fill(idx);
}

/**
 * The indices of the lower triangle of a 2-d array, as `numpy.tril_indices_from(arr, k=0)`.
 * @example np.tril_indices_from(np.zeros([2, 3]))[1].tolist() // [0, 0, 1]
 */
export function tril_indices_from(arr: ArrayLike, ...rest: Args<[number], { k?: number }>): [NDArray, NDArray] {
  const [k] = bindArgs("tril_indices_from", ["k"], rest) as [number | null | undefined];
  const a = asArray(arr);
  if (a.ndim !== 2) throw new ValueError("input array must be 2-d");
  return tril_indices(a.shape[0]!, k ?? 0, a.shape[1]!);
}

/**
 * The indices of the upper triangle of a 2-d array, as `numpy.triu_indices_from(arr, k=0)`.
 * @example np.triu_indices_from(np.zeros([2, 2]))[0].tolist() // [0, 0, 1]
 */
export function triu_indices_from(arr: ArrayLike, ...rest: Args<[number], { k?: number }>): [NDArray, NDArray] {
  const [k] = bindArgs("triu_indices_from", ["k"], rest) as [number | null | undefined];
  const a = asArray(arr);
  if (a.ndim !== 2) throw new ValueError("input array must be 2-d");
  return triu_indices(a.shape[0]!, k ?? 0, a.shape[1]!);
}

/**
 * The indices of the main diagonal of an array whose axes all have one length, as
 * `numpy.diag_indices_from(arr)`.
 * @example np.diag_indices_from(np.zeros([2, 2]))[0].tolist() // [0, 1]
 */
export function diag_indices_from(arr: ArrayLike, ...extra: unknown[]): NDArray[] {
  noExtra("diag_indices_from", 1, extra);
  const a = asArray(arr);
  if (a.ndim < 2) throw new ValueError("input array must be at least 2-d");
  if (a.shape.some((d) => d !== a.shape[0])) throw new ValueError("All dimensions of input must be of equal length");
  return diag_indices(a.shape[0]!, a.ndim);
}

/**
 * The Vandermonde matrix of a 1-d input: columns are powers of x, decreasing by default, as
 * `numpy.vander(x, N=None, increasing=False)`; the dtype is x's promoted with int64.
 * @example np.vander([1, 2, 3]).tolist() // [[1, 1, 1], [4, 2, 1], [9, 3, 1]]
 */
export function vander(x: ArrayLike, ...rest: Args<[number | null, boolean], { N?: number | null; increasing?: boolean }>): NDArray {
  [x, ...rest] = takeRequired("vander", ["x"], [x, ...rest]) as [typeof x, ...typeof rest];
  const [N, increasing] = bindArgs("vander", ["N", "increasing"], rest) as [number | null | undefined, boolean | null | undefined];
  const a = asArray(x);
  if (a.ndim !== 1) throw new ValueError("x must be a one-dimensional array or sequence.");
  const n = N == null ? a.shape[0]! : index(N);
  if (n < 0) throw new ValueError("negative dimensions are not allowed");
  const dt = promote(a._dt, INT64);
  const out = zerosOf(dt, [a.shape[0]!, n], "C");
  if (out.size === 0) return out;
  const base = a.astype(dt);
  let power = onesOf(dt, a.shape[0]!);
  for (let j = 0; j < n; j++) {
    if (j > 0) power = multiply(power, base) as NDArray;
    const col = increasing ? j : n - 1 - j;
    out.set(":", col, power);
  }
  return out;
}

function onesOf(dt: DType, n: number): NDArray {
  const a = zerosOf(dt, [n], "C");
  a.fill(1);
  return a;
}

/**
 * Kronecker product, as `numpy.kron(a, b)`: blocks of b scaled by each element of a, for any
 * dimensions (the shorter shape padded with leading 1s).
 * @example np.kron([1, 10], [1, 2, 3]).tolist() // [1, 2, 3, 10, 20, 30]
 * np.kron(np.eye(2), [[1, 2], [3, 4]]).shape // [4, 4]
 */
export function kron(a: ArrayLike, b: ArrayLike): NDArray {
  const B = asArray(b);
  const A = asArray(a);
  const nda = A.ndim;
  const ndb = B.ndim;
  if (nda === 0 && ndb === 0) return (multiply(A.reshape([1]), B.reshape([1])) as NDArray).reshape([]);
  if (nda === 0 || ndb === 0) return multiply(A, B) as NDArray;
  const nd = Math.max(nda, ndb);
  const as = [...new Array<number>(Math.max(0, ndb - nda)).fill(1), ...A.shape];
  const bs = [...new Array<number>(Math.max(0, nda - ndb)).fill(1), ...B.shape];
  // a's axes at even positions, b's at odd ones: the product's (2i, 2i + 1) pairs merge into axis i
  const ax = A.reshape([...as.flatMap((d) => [d, 1])]);
  const bx = B.reshape([...bs.flatMap((d) => [1, d])]);
  const r = multiply(ax, bx) as NDArray;
  return r.reshape(as.map((d, i) => d * bs[i]!).slice(0, nd));
}
