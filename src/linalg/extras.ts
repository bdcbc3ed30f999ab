/**
 * np.linalg's functions built on the solvers: cond, matrix_power, multi_dot, tensorinv and
 * tensorsolve, with NumPy's rules and messages (numpy/linalg/_linalg.py's algorithms).
 * @example np.linalg.matrix_power([[1, 1], [1, 0]], 10).tolist() // [[89, 55], [55, 34]]
 */
import type { ArrayLike } from "../core/coerce.js";
import { bindArgs, type Args } from "../core/args.js";
import { LinAlgError, NumpyTypeError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { array, asArray } from "../api/creation.js";
import { eye } from "../api/matrices.js";
import { broadcast_to } from "../api/broadcasting.js";
import { isnan } from "../ufunc/index.js";
import { errstate } from "../ufunc/errstate.js";
import { any } from "../api/reductions.js";
import { dot, matmul } from "./products.js";
import { luFactor, luSolve } from "./decompositions.js";
import { inv, norm, solve, svd } from "./linalg.js";
import { check2d, checkSquare, joined, matrices, noExtra, realType } from "./util.js";
import { complexType, fromZ, zmatrices } from "./complexapi.js";
import { zluFactor, zluSolve, type Z } from "./complex.js";

type CondP = number | "fro" | "nuc" | null;

/** inv on a stack with NaN matrices where singular (NumPy's inv under errstate(all='ignore')). */
function invOrNan(A: NDArray, dt: "float32" | "float64"): NDArray {
  const n = A.shape[A.ndim - 1]!;
  if (A._dt.kind === "c") {
    const out = zmatrices(A).map((m) => {
      const f = zluFactor(m, n);
      const I: Z = { re: new Float64Array(n * n), im: new Float64Array(n * n) };
      if (f.singular) I.re.fill(NaN);
      else {
        for (let i = 0; i < n; i++) I.re[i * n + i] = 1;
        zluSolve(f, I, n);
      }
      return I;
    });
    return fromZ(out, complexType(A), A.shape);
  }
  const out: Float64Array[] = [];
  for (const m of matrices(A)) {
    const f = luFactor(m, n);
    const I = new Float64Array(n * n);
    if (f.singular) I.fill(NaN);
    else {
      for (let i = 0; i < n; i++) I[i * n + i] = 1;
      luSolve(f, I, n);
    }
    out.push(I);
  }
  return joined(out, dt).reshape(A.shape);
}

/**
 * The condition number of a matrix (or of each of a stack), as `numpy.linalg.cond(x, p=None)`:
 * the ratio of the largest to the smallest singular value for p None, 2 (-2 the inverse), else
 * norm(x, p) * norm(inv(x), p) for "fro", "nuc", inf, -inf, 1, -1. A singular matrix gives inf.
 * @example np.linalg.cond([[1, 0], [0, 2]]) // 2
 */
export function cond(x: ArrayLike, ...rest: Args<[CondP], { p?: CondP }>): NDArray | number {
  const [pArg] = bindArgs("cond", ["p"], rest) as [CondP | undefined];
  const p = pArg ?? null;
  const X = asArray(x);
  if (X.size === 0 && X.ndim >= 2 && X.shape[X.ndim - 1]! * X.shape[X.ndim - 2]! === 0) throw new LinAlgError("cond is not defined on empty arrays");
  let r: NDArray;
  if (p === null || p === 2 || p === -2) {
    const s = svd(X, { compute_uv: false }) as NDArray;
    const first = s.get("...", 0) as NDArray;
    const last = s.get("...", -1) as NDArray;
    r = asArray(errstate({ all: "ignore" }, () => (p === -2 ? last.divide(first) : first.divide(last))));
  } else {
    check2d(X);
    checkSquare(X);
    const dt = X._dt.kind === "c" ? (X.dtype === "complex64" ? "float32" : "float64") : realType(X, "cond");
    const Xf = X._dt.kind === "c" ? X.astype(complexType(X)) : X.astype(dt);
    r = errstate({ all: "ignore" }, () => asArray(norm(Xf, p, [-2, -1])).multiply(asArray(norm(invOrNan(Xf, dt), p, [-2, -1]))) as NDArray);
    r = r.astype(dt);
  }
  // NaNs (0/0, or a singular matrix's NaN inverse) become inf unless x itself had NaNs
  if (any(isnan(r)) as boolean) {
    const xnan = asArray(any(isnan(X), { axis: [-2, -1] }));
    r = r.copy();
    const rv = r.ravel().tolist() as number[];
    const xv = broadcast_to(xnan, r.shape).ravel().tolist() as boolean[];
    r = array(rv.map((v, i) => (Number.isNaN(v) && !xv[i] ? Infinity : v)), r.dtype).reshape(r.shape);
  }
  return r.ndim === 0 ? (r.item() as number) : r;
}

/**
 * Raises a square matrix (or each of a stack) to an integer power, as
 * `numpy.linalg.matrix_power(a, n)`: repeated squaring with matmul (integer dtypes kept), the
 * identity for n = 0, and inv(a) raised to -n for negative n.
 * @example np.linalg.matrix_power([[0, 1], [-1, 0]], 3).tolist() // [[0, -1], [1, 0]]
 */
export function matrix_power(a: ArrayLike, n: number | bigint, ...rest: never[]): NDArray {
  noExtra("matrix_power", 2, rest);
  let A = asArray(a);
  check2d(A);
  checkSquare(A);
  if (typeof n === "bigint") n = Number(n);
  if (typeof n !== "number" || !Number.isInteger(n)) throw new NumpyTypeError("exponent must be an integer");
  if (n === 0) {
    const I = eye(A.shape[A.ndim - 1]!, { dtype: A.dtype });
    return broadcast_to(I, A.shape).copy();
  }
  if (n < 0) {
    A = inv(A);
    n = -n;
  }
  const mm = (x: NDArray, y: NDArray): NDArray => matmul(x, y) as NDArray;
  if (n === 1) return A;
  if (n === 2) return mm(A, A);
  if (n === 3) return mm(mm(A, A), A);
  let z: NDArray | null = null;
  let result: NDArray | null = null;
  while (n > 0) {
    z = z === null ? A : mm(z, z);
    const bit = n % 2;
    n = Math.floor(n / 2);
    if (bit) result = result === null ? z : mm(result, z);
  }
  return result!;
}

/** The cheapest parenthesisation of a matrix chain (NumPy's _multi_dot_matrix_chain_order). */
function chainOrder(arrays: NDArray[]): number[][] {
  const n = arrays.length;
  const p = [...arrays.map((a) => a.shape[0]!), arrays[n - 1]!.shape[1]!];
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const s = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let l = 1; l < n; l++) {
    for (let i = 0; i < n - l; i++) {
      const j = i + l;
      m[i]![j] = Infinity;
      for (let k = i; k < j; k++) {
        const q = m[i]![k]! + m[k + 1]![j]! + p[i]! * p[k + 1]! * p[j + 1]!;
        if (q < m[i]![j]!) {
          m[i]![j] = q;
          s[i]![j] = k;
        }
      }
    }
  }
  return s;
}

/**
 * The product of two or more arrays in the cheapest order, as
 * `numpy.linalg.multi_dot(arrays, *, out=None)`: a 1-d first array is a row vector, a 1-d last
 * one a column vector (and the result loses that dimension, a scalar when both are 1-d).
 * @example np.linalg.multi_dot([[1, 2], [[1, 0], [0, 1]], [3, 4]]) // 11
 */
export function multi_dot(arrays: readonly ArrayLike[], opts?: { out?: NDArray | null }): NDArray | Scalar {
  const [out] = bindArgs("multi_dot", [], opts ? [opts] : [], ["out"]) as [NDArray | null | undefined];
  const n = arrays.length;
  if (n < 2) throw new ValueError("Expecting at least two arrays.");
  const withOut = (x: NDArray, y: NDArray): NDArray | Scalar => (out ? dot(x, y, { out }) : dot(x, y));
  if (n === 2) return withOut(asArray(arrays[0]!), asArray(arrays[1]!));
  const As = arrays.map((a) => asArray(a));
  const firstNd = As[0]!.ndim;
  const lastNd = As[n - 1]!.ndim;
  if (firstNd === 1) As[0] = As[0]!.reshape([1, -1]);
  if (lastNd === 1) As[n - 1] = As[n - 1]!.reshape([-1, 1]);
  for (const a of As) if (a.ndim !== 2) throw new LinAlgError(`${a.ndim}-dimensional array given. Array must be two-dimensional`);
  let result: NDArray | Scalar;
  if (n === 3) {
    const [A, B, C] = As as [NDArray, NDArray, NDArray];
    const [a0, a1b0] = A.shape as [number, number];
    const [b1c0, c1] = C.shape as [number, number];
    const cost1 = a0 * b1c0 * (a1b0 + c1);
    const cost2 = a1b0 * c1 * (a0 + b1c0);
    result = cost1 < cost2 ? withOut(dot(A, B) as NDArray, C) : withOut(A, dot(B, C) as NDArray);
  } else {
    const order = chainOrder(As);
    const chain = (i: number, j: number): NDArray => (i === j ? As[i]! : (dot(chain(i, order[i]![j]!), chain(order[i]![j]! + 1, j)) as NDArray));
    const k = order[0]![n - 1]!;
    result = withOut(chain(0, k), chain(k + 1, n - 1));
  }
  const R = asArray(result);
  if (firstNd === 1 && lastNd === 1) return R.get(0, 0) as Scalar;
  if (firstNd === 1 || lastNd === 1) return R.ravel();
  return R;
}

/**
 * The inverse of an N-d array for tensordot, as `numpy.linalg.tensorinv(a, ind=2)`:
 * tensordot(tensorinv(a, ind), a, ind) is the identity on a.shape[ind:].
 * @example np.linalg.tensorinv(np.eye(4).reshape([4, 2, 2]), 1).shape // [2, 2, 4]
 */
export function tensorinv(a: ArrayLike, ...rest: Args<[number], { ind?: number }>): NDArray {
  const [indArg] = bindArgs("tensorinv", ["ind"], rest) as [number | undefined];
  const ind = indArg ?? 2;
  const A = asArray(a);
  const old = A.shape;
  if (!(ind > 0)) throw new ValueError("Invalid ind argument.");
  const invshape = [...old.slice(ind), ...old.slice(0, ind)];
  const prod = old.slice(ind).reduce((p, d) => p * d, 1);
  return inv(A.reshape([prod, -1])).reshape(invshape);
}

/**
 * Solves tensordot(a, x, x.ndim) = b for x, as `numpy.linalg.tensorsolve(a, b, axes=None)`
 * (the given axes of a are moved to the end first).
 * @example np.linalg.tensorsolve(np.eye(6).reshape([2, 3, 6]), np.ones([2, 3])).shape // [6]
 */
export function tensorsolve(a: ArrayLike, b: ArrayLike, ...rest: Args<[readonly number[] | null], { axes?: readonly number[] | null }>): NDArray {
  const [axes] = bindArgs("tensorsolve", ["axes"], rest) as [readonly number[] | null | undefined];
  let A = asArray(a);
  const B = asArray(b);
  const an = A.ndim;
  if (axes != null) {
    const all = Array.from({ length: an }, (_, i) => i);
    for (const k of axes) {
      const at = all.indexOf(k);
      if (at < 0) throw new ValueError("list.remove(x): x not in list");
      all.splice(at, 1);
      all.push(k);
    }
    A = A.transpose(all);
  }
  const k = an - B.ndim;
  const oldshape = k === 0 ? A.shape : k > 0 ? A.shape.slice(-k) : A.shape.slice(Math.min(-k, an));
  const prod = oldshape.reduce((p, d) => p * d, 1);
  if (A.size !== prod * prod) {
    throw new LinAlgError("Input arrays must satisfy the requirement             prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])");
  }
  return solve(A.reshape([prod, prod]), B.ravel()).reshape(oldshape);
}
