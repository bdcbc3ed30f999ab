/**
 * np.linalg's dense solvers on the decompositions of decompositions.ts: det, slogdet, inv, solve,
 * lstsq, cholesky, qr, eigh, eigvalsh, svd, svdvals, matrix_rank, pinv and norm, over stacks of
 * matrices, with NumPy's dtype rules (integers and bools in float64, float32 kept, complex64
 * kept, other complex in complex128) and its errors. Complex input goes to complexapi.ts.
 */
import type { ArrayLike } from "../core/coerce.js";
import { bindArgs, type Args } from "../core/args.js";
import { LinAlgError, ValueError } from "../core/errors.js";
import { warn } from "../core/warnings.js";
import { NDArray } from "../core/ndarray.js";
import type { Scalar } from "../core/scalar.js";
import { array, asArray } from "../api/creation.js";
import { finfo } from "../api/dtypes.js";
import { broadcast_shapes, broadcast_to, expand_dims, moveaxis, swapaxes } from "../api/manipulation.js";
import { abs, conjugate, divide, equal, greater, multiply, sqrt } from "../ufunc/index.js";
import { all, amax, amin, sum } from "../api/reductions.js";
import { count_nonzero, take_along_axis } from "../api/indexing.js";
import { where } from "../api/select.js";
import { dot, matmul } from "./products.js";
import { checkSquare, exp, joined, matrices, realType } from "./util.js";
import { checkUplo, complexType, fromZ, zcholeskyStack, zdet, zeigh, zinv, zmatrices, zqr, zslogdetParts, zsolve, zsvd } from "./complexapi.js";
import { zhouseholderQr } from "./complex.js";
import { symmetricEigen } from "./steqr.js";

// eigvals lives in eig.ts beside eig; re-exported for the modules that import it from here
export { eigvals } from "./eig.js";
import { cholesky as choleskyFactor, completeBasis, householderQr, jacobiEigen, jacobiSvd, luFactor, luSlogdet, luSolve, symmetricEigenQl } from "./decompositions.js";
import { svd2x2 } from "./gesdd2.js";

/**
 * Sign and natural log of |det|, as `numpy.linalg.slogdet(a)`: [sign, logabsdet] (also as
 * `.sign` and `.logabsdet`, NumPy's named tuple); (0, -inf) for a singular matrix.
 * @example const [sign, logdet] = np.linalg.slogdet([[1, 2], [3, 4]]); // -1, 0.6931471805599455
 */
export function slogdet(a: ArrayLike): [NDArray | Scalar, NDArray | number] & { sign: NDArray | Scalar; logabsdet: NDArray | number } {
  const A = asArray(a);
  checkSquare(A);
  const lead = A.shape.slice(0, -2);
  if (A._dt.kind === "c") {
    const z = zslogdetParts(A);
    const rt = z.t === "complex64" ? "float32" : "float64";
    const sign = lead.length === 0 ? z.sign[0]! : array(z.sign, z.t).reshape(lead);
    const logabsdet = lead.length === 0 ? z.logdet[0]! : array(z.logdet, rt).reshape(lead);
    return Object.assign([sign, logabsdet] as [NDArray | number, NDArray | number], { sign, logabsdet }) as never;
  }
  const dt = realType(A, "slogdet");
  const n = A.shape[A.ndim - 1]!;
  const parts = matrices(A).map((m) => luSlogdet(luFactor(m, n)));
  const single = dt === "float32" ? Math.fround : (x: number) => x;
  const pack = (k: 0 | 1): NDArray | number => (lead.length === 0 ? single(parts[0]![k]) : array(parts.map((p) => p[k]), dt).reshape(lead));
  const sign = pack(0);
  const logabsdet = pack(1);
  return Object.assign([sign, logabsdet] as [NDArray | number, NDArray | number], { sign, logabsdet });
}

/**
 * Determinant, as `numpy.linalg.det(a)`: sign * exp(log|det|) from the LU, as NumPy computes it;
 * a number for one matrix, an array for a stack.
 * @example np.linalg.det([[1, 2], [3, 4]]) // -2.0000000000000004
 */
export function det(a: ArrayLike): NDArray | Scalar {
  const A = asArray(a);
  checkSquare(A);
  if (A._dt.kind === "c") {
    const z = zdet(A);
    const lead = A.shape.slice(0, -2);
    return lead.length === 0 ? (array(z.values[0]!, z.t).item() as Scalar) : array(z.values, z.t).reshape(lead);
  }
  const dt = realType(A, "det");
  const n = A.shape[A.ndim - 1]!;
  const single = dt === "float32" ? Math.fround : (x: number) => x;
  const values = matrices(A).map((m) => {
    const [s, l] = luSlogdet(luFactor(m, n));
    return single(s * exp(l));
  });
  const lead = A.shape.slice(0, -2);
  return lead.length === 0 ? values[0]! : array(values, dt).reshape(lead);
}

/**
 * Solves a x = b, as `numpy.linalg.solve(a, b)`: b is one vector when 1-d, else a stack of
 * matrices (NumPy 2's rule); stacks broadcast. A singular matrix is LinAlgError("Singular matrix").
 * @example np.linalg.solve([[3, 1], [1, 2]], [9, 8]).tolist() // [2, 3]
 */
export function solve(a: ArrayLike, b: ArrayLike): NDArray {
  const A = asArray(a);
  const B = asArray(b);
  checkSquare(A);
  const complex = A._dt.kind === "c" || B._dt.kind === "c";
  // NumPy's _commonType: float32 only when both are float32; ints and bool compute in float64
  const dt = A.dtype === "float32" && B.dtype === "float32" ? "float32" : "float64";
  const n = A.shape[A.ndim - 1]!;
  if (B.ndim === 0) {
    throw new ValueError("solve: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature (m,m),(m,n)->(m,n) requires 2)");
  }
  const vector = B.ndim === 1;
  const Bm = vector ? B.reshape([n === B.shape[0] ? n : B.shape[0]!, 1]) : B;
  if (Bm.shape[Bm.ndim - 2] !== n) {
    const sig = vector ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)";
    throw new ValueError(`solve${vector ? "1" : ""}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${sig} (size ${Bm.shape[Bm.ndim - 2]} is different from ${n})`);
  }
  const k = Bm.shape[Bm.ndim - 1]!;
  const batch = broadcast_shapes(A.shape.slice(0, -2), Bm.shape.slice(0, -2));
  if (complex) {
    const single = (A.dtype === "complex64" || A.dtype === "float32") && (B.dtype === "complex64" || B.dtype === "float32");
    const r = zsolve(A, Bm, single ? "complex64" : "complex128");
    return vector ? r.reshape([...batch, n]) : r;
  }
  const As = matrices(broadcast_to(A, [...batch, n, n]));
  const Bs = matrices(broadcast_to(Bm, [...batch, n, k]));
  const out: Float64Array[] = [];
  As.forEach((m, i) => {
    const f = luFactor(m, n);
    if (f.singular) throw new LinAlgError("Singular matrix");
    const x = Bs[i]!;
    luSolve(f, x, k);
    out.push(x);
  });
  const r = joined(out, dt).reshape([...batch, n, k]);
  return vector ? r.reshape([...batch, n]) : r;
}

/**
 * The inverse of a square matrix (or each of a stack), as `numpy.linalg.inv(a)`: solve(a, I).
 * A singular matrix is LinAlgError("Singular matrix").
 * @example np.linalg.inv([[1, 2], [3, 4]]).tolist() // [[-2, 1], [1.5, -0.5]] (to rounding)
 */
export function inv(a: ArrayLike): NDArray {
  const A = asArray(a);
  checkSquare(A);
  if (A._dt.kind === "c") return zinv(A);
  const dt = realType(A, "inv");
  const n = A.shape[A.ndim - 1]!;
  const out: Float64Array[] = [];
  for (const m of matrices(A)) {
    const f = luFactor(m, n);
    if (f.singular) throw new LinAlgError("Singular matrix");
    const I = new Float64Array(n * n);
    for (let i = 0; i < n; i++) I[i * n + i] = 1;
    luSolve(f, I, n);
    out.push(I);
  }
  return joined(out, dt).reshape(A.shape);
}

type NormOrd = number | "fro" | "f" | "nuc" | null;
type Reducer = (t: NDArray, axis: number) => NDArray | Scalar;

/**
 * Vector and matrix norms, as `numpy.linalg.norm(x, ord=None, axis=None, keepdims=False)`:
 * vectors any p-norm (inf, -inf, 0, 1, 2, ...); matrices "fro", "nuc", 1, -1, 2, -2, inf, -inf.
 * @example np.linalg.norm([3, 4]) // 5
 * np.linalg.norm([[1, 2], [3, 4]], "fro") // 5.477225575051661
 */
export function norm(x: ArrayLike, ...rest: Args<[NormOrd, number | number[] | null, boolean], { ord?: NormOrd; axis?: number | number[] | null; keepdims?: boolean }>): NDArray | Scalar {
  const [ordArg, axisArg, keepdims] = bindArgs("norm", ["ord", "axis", "keepdims"], rest) as [NormOrd | undefined, number | number[] | null | undefined, boolean | undefined];
  let X = asArray(x);
  if (X._dt.kind !== "f" && X._dt.kind !== "c") X = X.astype("float64");
  const ord = ordArg === "f" ? "fro" : (ordArg ?? null);
  const kd = keepdims ?? false;
  const nd = X.ndim;
  // the result's dtype (x.real's), for results that come back as JS scalars
  const rt = X.dtype === "float32" || X.dtype === "complex64" ? "float32" : "float64";
  const asRt = (r: NDArray | Scalar): NDArray => (r instanceof NDArray ? r : array(r as number, rt));
  // NumPy returns a scalar (not a 0-d array) when every axis is reduced without keepdims
  const fin = (r: NDArray | Scalar): NDArray | Scalar => (r instanceof NDArray && r.ndim === 0 ? (r.item() as Scalar) : r);
  if (axisArg == null && (ord === null || (ord === "fro" && nd === 2) || (ord === 2 && nd === 1))) {
    // NumPy: sqrt(x . x) of the flattened array (real and imaginary parts apart for complex)
    const v = X.ravel();
    const sq = v._dt.kind === "c" ? (dot(v.real as NDArray, v.real as NDArray) as number) + (dot(v.imag as NDArray, v.imag as NDArray) as number) : (dot(v, v) as number);
    const r = rt === "float32" ? Math.fround(Math.sqrt(Math.fround(sq))) : Math.sqrt(sq);
    if (!kd) return r;
    return array(r, rt).reshape(X.shape.map(() => 1));
  }
  const axes = (axisArg == null ? X.shape.map((_, i) => i) : Array.isArray(axisArg) ? axisArg : [axisArg]).map((a) => (a < 0 ? a + nd : a));
  const A = abs(X) as NDArray;
  if (axes.length === 1) {
    const axis = axes[0]!;
    if (ord === Infinity) return fin(amax(A, { axis, keepdims: kd, initial: 0 }));
    if (ord === -Infinity) return fin(amin(A, { axis, keepdims: kd }));
    if (ord === 0) return fin(sum(A.not_equal(0).astype(A.dtype), { axis, keepdims: kd }));
    if (ord === 1) return fin(sum(A, { axis, keepdims: kd }));
    if (ord === null || ord === 2) return fin(sqrt(asRt(sum(A.multiply(A), { axis, keepdims: kd }))) as NDArray | Scalar);
    if (typeof ord === "string") throw new ValueError(`Invalid norm order '${ord}' for vectors`);
    return fin(asRt(sum(A.power(ord), { axis, keepdims: kd })).power(1 / ord) as NDArray | Scalar);
  }
  if (axes.length !== 2) throw new ValueError("Improper number of dimensions to norm.");
  const [rowAx, colAx] = axes as [number, number];
  if (rowAx === colAx) throw new ValueError("Duplicate axes given.");
  // NumPy: reduce over one axis, then the other (its index shifted when it came after)
  const two = (first: Reducer, fa: number, second: Reducer, sa: number): NDArray | Scalar => {
    const r = asRt(second(asRt(first(A, fa)), sa > fa ? sa - 1 : sa));
    if (kd) return r.reshape(X.shape.map((d, i) => (i === rowAx || i === colAx ? 1 : d)));
    return fin(r);
  };
  const sumAx: Reducer = (t, axis) => sum(t, { axis });
  const maxAx: Reducer = (t, axis) => amax(t, { axis, initial: 0 });
  const minAx: Reducer = (t, axis) => amin(t, { axis });
  if (ord === null || ord === "fro") return fin(sqrt(asRt(sum(A.multiply(A), { axis: [rowAx, colAx], keepdims: kd }))) as NDArray | Scalar);
  if (ord === 1) return two(sumAx, rowAx, maxAx, colAx);
  if (ord === -1) return two(sumAx, rowAx, minAx, colAx);
  if (ord === Infinity) return two(sumAx, colAx, maxAx, rowAx);
  if (ord === -Infinity) return two(sumAx, colAx, minAx, rowAx);
  if (ord === 2 || ord === -2 || ord === "nuc") {
    // NumPy's _multi_svd_norm: the singular values of the (row, col) matrices
    const S = svdvals(moveaxis(X, [rowAx, colAx], [-2, -1]));
    const r = asRt(ord === 2 ? amax(S, { axis: -1, initial: 0 }) : ord === -2 ? amin(S, { axis: -1 }) : sum(S, { axis: -1 }));
    if (kd) return r.reshape(X.shape.map((d, i) => (i === rowAx || i === colAx ? 1 : d)));
    return fin(r);
  }
  throw new ValueError("Invalid norm order for matrices.");
}

type UPLO = "L" | "U";

/** The symmetric matrices of a stack, from their lower (or upper) triangle, as NumPy's eigh reads them. */
function symmetric(a: NDArray, uplo: UPLO): Float64Array[] {
  const n = a.shape[a.ndim - 1]!;
  return matrices(a).map((m) => {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (uplo === "L") m[i * n + j] = m[j * n + i]!;
        else m[j * n + i] = m[i * n + j]!;
      }
    }
    return m;
  });
}

/** Largest order for which LAPACK's dsyevd runs dsteqr (its SMLSIZ); eighCore follows it there. */
const LAPACK_STEQR_MAX = 25;

/** Ascending eigenvalues and the matching eigenvectors (columns) of each symmetric matrix. */
function eighCore(A: NDArray, uplo: UPLO, what: string, vectors = true): { dt: "float32" | "float64"; w: number[][]; v: number[][] } {
  checkSquare(A);
  const dt = realType(A, what);
  if (uplo !== "L" && uplo !== "U") throw new ValueError("UPLO argument must be 'L' or 'U'");
  const n = A.shape[A.ndim - 1]!;
  const w: number[][] = [];
  const v: number[][] = [];
  for (const m of symmetric(A, uplo)) {
    // LAPACK's route up to order 25, where dsyevd itself runs dsytd2 + dsteqr (eigenvector signs
    // as NumPy's); above, where LAPACK divides and conquers (signs no longer comparable), the
    // tridiagonal QL with the kernel rotations, several times faster. Jacobi if the iterations
    // fail to converge.
    const r = (n > LAPACK_STEQR_MAX && m.every(Number.isFinite) ? symmetricEigenQl(m, n, vectors) : symmetricEigen(m, n, uplo === "U")) ?? jacobiEigen(m, n);
    const { w: vals, v: vecs } = r;
    const order = Array.from(vals, (_, i) => i).sort((i, j) => vals[i]! - vals[j]!);
    w.push(order.map((i) => vals[i]!));
    if (!vectors) continue;
    const vs: number[] = [];
    for (let row = 0; row < n; row++) for (const i of order) vs.push(vecs[row * n + i]!);
    v.push(vs);
  }
  return { dt, w, v };
}

/**
 * Eigenvalues of symmetric matrices, ascending, as `numpy.linalg.eigvalsh(a, UPLO='L')` (only
 * the lower triangle is read, or the upper with UPLO "U").
 * @example np.linalg.eigvalsh([[2, 1], [1, 2]]).tolist() // [1, 3]
 */
export function eigvalsh(a: ArrayLike, ...rest: Args<[UPLO], { UPLO?: UPLO }>): NDArray {
  const [uplo] = bindArgs("eigvalsh", ["UPLO"], rest) as [UPLO | undefined];
  const A = asArray(a);
  if (A._dt.kind === "c") {
    checkSquare(A);
    checkUplo(uplo ?? "L");
    return zeigh(A, uplo ?? "L").w;
  }
  const { dt, w } = eighCore(A, uplo ?? "L", "eigvalsh", false);
  return array(w.flat(), dt).reshape(A.shape.slice(0, -1));
}

/**
 * Eigenvalues (ascending) and eigenvectors (columns) of symmetric matrices, as
 * `numpy.linalg.eigh(a, UPLO='L')`: [eigenvalues, eigenvectors], also as `.eigenvalues` and
 * `.eigenvectors` (NumPy's named tuple). Each eigenvector's sign is arbitrary, as in LAPACK.
 * @example const [w, v] = np.linalg.eigh([[2, 1], [1, 2]]); w.tolist() // [1, 3]
 */
export function eigh(a: ArrayLike, ...rest: Args<[UPLO], { UPLO?: UPLO }>): [NDArray, NDArray] & { eigenvalues: NDArray; eigenvectors: NDArray } {
  const [uplo] = bindArgs("eigh", ["UPLO"], rest) as [UPLO | undefined];
  const A = asArray(a);
  if (A._dt.kind === "c") {
    checkSquare(A);
    checkUplo(uplo ?? "L");
    const { w: eigenvalues, v: eigenvectors } = zeigh(A, uplo ?? "L");
    return Object.assign([eigenvalues, eigenvectors] as [NDArray, NDArray], { eigenvalues, eigenvectors });
  }
  const { dt, w, v } = eighCore(A, uplo ?? "L", "eigh");
  const eigenvalues = array(w.flat(), dt).reshape(A.shape.slice(0, -1));
  const eigenvectors = array(v.flat(), dt).reshape(A.shape);
  return Object.assign([eigenvalues, eigenvectors] as [NDArray, NDArray], { eigenvalues, eigenvectors });
}

/** Descending singular values of one m x n matrix and, with `uv`, its U and Vh (row-major). */
function svdOne(mat: Float64Array, m: number, n: number, uv: boolean, full: boolean): { s: number[]; u: Float64Array; vh: Float64Array } {
  const tall = m >= n;
  const [rows, cols] = tall ? [m, n] : [n, m];
  const src = tall ? mat : Float64Array.from({ length: m * n }, (_, k) => mat[(k % m) * n + Math.floor(k / m)]!);
  const r = jacobiSvd(src, rows, cols);
  const order = Array.from(r.s, (_, i) => i).sort((i, j) => r.s[j]! - r.s[i]! || i - j);
  const s = order.map((i) => r.s[i]!);
  if (!uv) return { s, u: new Float64Array(0), vh: new Float64Array(0) };
  const U1 = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) order.forEach((o, j) => (U1[i * cols + j] = r.u[i * cols + o]!));
  const V1 = new Float64Array(cols * cols);
  for (let i = 0; i < cols; i++) order.forEach((o, j) => (V1[i * cols + j] = r.v[i * cols + o]!));
  const width = full ? rows : cols;
  const Uc = completeBasis(U1, rows, cols, width);
  const T = (x: Float64Array, r0: number, c0: number) => Float64Array.from({ length: r0 * c0 }, (_, k) => x[(k % r0) * c0 + Math.floor(k / r0)]!);
  // tall: A = Uc S V1^T; wide: A^T = Uc S V1^T, so A = V1 S Uc^T
  return tall ? { s, u: Uc, vh: T(V1, cols, cols) } : { s, u: V1, vh: T(Uc, rows, width) };
}

type SvdOpts = { full_matrices?: boolean; compute_uv?: boolean; hermitian?: boolean };
type SvdResult = [NDArray, NDArray, NDArray] & { U: NDArray; S: NDArray; Vh: NDArray };

/**
 * Singular value decomposition, as `numpy.linalg.svd(a, full_matrices=True, compute_uv=True,
 * hermitian=False)`: [U, S, Vh] with a = U diag(S) Vh and S descending (also `.U`, `.S`, `.Vh`);
 * S alone with `compute_uv: false`. One-sided Jacobi rotations; the signs of singular vectors are
 * arbitrary, as in LAPACK.
 * @example np.linalg.svd([[3, 0], [0, 4]], {compute_uv: false}).tolist() // [4, 3]
 */
export function svd(a: ArrayLike, ...rest: Args<[boolean, boolean, boolean], SvdOpts>): SvdResult | NDArray {
  const [fullArg, uvArg, hermitian] = bindArgs("svd", ["full_matrices", "compute_uv", "hermitian"], rest) as [boolean | undefined, boolean | undefined, boolean | undefined];
  const A = asArray(a);
  if (A.ndim < 2) throw new LinAlgError(`${A.ndim}-dimensional array given. Array must be at least two-dimensional`);
  const full = fullArg ?? true;
  const uv = uvArg ?? true;
  if (hermitian) return hermitianSvd(A, uv);
  if (A._dt.kind === "c") {
    const z = zsvd(A, uv, full);
    if (!uv) return z.S;
    const [U, S, Vh] = [z.U!, z.S, z.Vh!];
    return Object.assign([U, S, Vh] as [NDArray, NDArray, NDArray], { U, S, Vh });
  }
  const dt = realType(A, "svd");
  const m = A.shape[A.ndim - 2]!;
  const n = A.shape[A.ndim - 1]!;
  const k = Math.min(m, n);
  const lead = A.shape.slice(0, -2);
  const mats = matrices(A);
  // LAPACK's gesdd does not converge on infs or NaNs
  for (const mat of mats) for (const v of mat) if (!Number.isFinite(v)) throw new LinAlgError("SVD did not converge");
  const parts = mats.map((mat) => (m * n === 0 ? emptySvd(m, n, full) : m === 2 && n === 2 && dt === "float64" ? svd2x2(mat) : svdOne(mat, m, n, uv, full)));
  const S = array(parts.flatMap((p) => p.s), dt).reshape([...lead, k]);
  if (!uv) return S;
  const [uc, vr] = full ? [m, n] : [k, k];
  const U = joined(parts.map((p) => p.u), dt).reshape([...lead, m, uc]);
  const Vh = joined(parts.map((p) => p.vh), dt).reshape([...lead, vr, n]);
  return Object.assign([U, S, Vh] as [NDArray, NDArray, NDArray], { U, S, Vh });
}

/**
 * svd(a, hermitian=True) as NumPy computes it: eigh (the lower triangle read), singular values
 * the |eigenvalues| in descending order, the eigenvalues' signs moved into Vh.
 */
function hermitianSvd(A: NDArray, uv: boolean): SvdResult | NDArray {
  checkSquare(A);
  const [w, u] = eigh(A);
  const n = A.shape[A.ndim - 1]!;
  const lead = A.shape.slice(0, -1);
  const wl = w.reshape([-1, n]).tolist() as number[][];
  // argsort(|w|) reversed (stable ascending sort, then reversed, as NumPy's [..., ::-1])
  const orders = wl.map((row) => Array.from(row, (_, i) => i).sort((i, j) => Math.abs(row[i]!) - Math.abs(row[j]!)).reverse());
  const S = array(wl.flatMap((row, r) => orders[r]!.map((i) => Math.abs(row[i]!))), w.dtype).reshape(lead);
  if (!uv) return S;
  const idx = array(orders, "int64").reshape([...A.shape.slice(0, -2), 1, n]);
  const U = take_along_axis(u, broadcast_to(idx, u.shape), -1);
  const sgn = array(wl.flatMap((row, r) => orders[r]!.map((i) => Math.sign(row[i]!))), w.dtype).reshape(lead);
  const Vh = conjugate(swapaxes(U.multiply(expand_dims(sgn, -2)), -1, -2)) as NDArray;
  return Object.assign([U, S, Vh] as [NDArray, NDArray, NDArray], { U, S, Vh });
}

/** An empty matrix's SVD: no singular values, identity blocks where full matrices are asked for. */
function emptySvd(m: number, n: number, full: boolean): { s: number[]; u: Float64Array; vh: Float64Array } {
  const eye = (d: number) => Float64Array.from({ length: d * d }, (_, i) => (i % (d + 1) === 0 ? 1 : 0));
  return { s: [], u: full ? eye(m) : new Float64Array(0), vh: full ? eye(n) : new Float64Array(0) };
}

/**
 * Singular values, descending, as `numpy.linalg.svdvals(x)` (NumPy 2).
 * @example np.linalg.svdvals([[3, 0], [0, 4]]).tolist() // [4, 3]
 */
export function svdvals(x: ArrayLike): NDArray {
  return svd(x, { compute_uv: false }) as NDArray;
}

/**
 * The rank: the count of singular values above tol (default S.max() max(M, N) eps), as
 * `numpy.linalg.matrix_rank(A, tol=None, hermitian=False, *, rtol=None)`.
 * @example np.linalg.matrix_rank([[1, 2], [2, 4]]) // 1
 */
export function matrix_rank(A: ArrayLike, ...rest: Args<[ArrayLike | null, boolean], { tol?: ArrayLike | null; hermitian?: boolean; rtol?: ArrayLike | null }>): NDArray | number {
  const [tol, hermitian, rtol] = bindArgs("matrix_rank", ["tol", "hermitian"], rest, ["rtol"]) as [ArrayLike | null | undefined, boolean | undefined, ArrayLike | null | undefined];
  const X = asArray(A);
  if (X.ndim < 2) return (all(equal(X, 0)) as boolean) ? 0 : 1;
  const S = svd(X, { compute_uv: false, hermitian: hermitian ?? false }) as NDArray;
  const eps = finfo(S.dtype).eps;
  // NumPy: an array tol or rtol holds one value per matrix of the stack (asarray(tol)[..., newaxis])
  const perMatrix = (t: ArrayLike): NDArray => expand_dims(asArray(t), -1);
  const cut = tol != null ? perMatrix(tol) : multiply(amax(S, { axis: -1, keepdims: true, initial: 0 }), rtol != null ? perMatrix(rtol) : Math.max(...X.shape.slice(-2)) * eps);
  return count_nonzero(greater(S, cut), { axis: -1 }) as NDArray | number;
}

/**
 * The Moore-Penrose pseudo-inverse from the SVD, as `numpy.linalg.pinv(a, rcond=None,
 * hermitian=False, *, rtol)`: singular values below rcond * max(S) (default 1e-15) count as zero.
 * @example np.linalg.pinv([[1, 2], [3, 4]]) // ~ inv
 */
export function pinv(a: ArrayLike, ...rest: Args<[number | null, boolean], { rcond?: number | null; hermitian?: boolean; rtol?: number | null }>): NDArray {
  const [rcondArg, hermitian, rtol] = bindArgs("pinv", ["rcond", "hermitian"], rest, ["rtol"]) as [number | null | undefined, boolean | undefined, number | null | undefined];
  const A = asArray(a);
  if (rcondArg != null && rtol !== undefined) throw new ValueError("`rtol` and `rcond` can't be both set.");
  const m = A.shape[A.ndim - 2]!;
  const n = A.shape[A.ndim - 1]!;
  const rcond = rcondArg ?? (rtol === undefined ? 1e-15 : rtol === null ? Math.max(m, n) * finfo(A._dt.kind === "c" ? (A.dtype === "complex64" ? "float32" : "float64") : realType(A, "pinv")).eps : rtol);
  const [U, S, Vh] = svd(A, { full_matrices: false, hermitian: hermitian ?? false }) as SvdResult;
  const cutoff = multiply(rcond, amax(S, { axis: -1, keepdims: true, initial: 0 }));
  // 1/s only where s is large, 0 elsewhere (NumPy's divide(1, s, where=large)): no division by zero
  const large = greater(S, cutoff) as NDArray;
  const recip = where(large, divide(1, where(large, S, 1)), 0) as NDArray;
  const H = (x: NDArray): NDArray => (x._dt.kind === "c" ? (conjugate(swapaxes(x, -1, -2)) as NDArray) : swapaxes(x, -1, -2));
  return matmul(H(Vh), multiply(expand_dims(recip, -1), H(U))) as NDArray;
}

/**
 * Cholesky factor, as `numpy.linalg.cholesky(a, /, *, upper=False)`: L lower triangular with
 * a = L L^T (its lower triangle read), or L^T with `upper`. LinAlgError("Matrix is not positive
 * definite") otherwise.
 * @example np.linalg.cholesky([[4, 2], [2, 3]]).tolist() // [[2, 0], [1, 1.4142135623730951]]
 */
export function cholesky(a: ArrayLike, opts?: { upper?: boolean }): NDArray {
  const [upper] = bindArgs("cholesky", [], opts ? [opts] : [], ["upper"]) as [boolean | undefined];
  const A = asArray(a);
  checkSquare(A);
  if (A._dt.kind === "c") {
    const Lz = zcholeskyStack(A);
    return upper ? (conjugate(swapaxes(Lz, -1, -2)) as NDArray) : Lz;
  }
  const dt = realType(A, "cholesky");
  const n = A.shape[A.ndim - 1]!;
  const out: Float64Array[] = [];
  for (const m of matrices(A)) {
    const L = choleskyFactor(m, n);
    if (!L) throw new LinAlgError("Matrix is not positive definite");
    out.push(L);
  }
  const r = joined(out, dt).reshape(A.shape);
  return upper ? swapaxes(r, -1, -2).copy() : r;
}

/**
 * QR factorisation, as `numpy.linalg.qr(a, mode='reduced')`: [Q, R] (also `.Q`, `.R`) with
 * Householder reflections in LAPACK's sign convention; mode "complete" gives the full Q, "r" R
 * alone, "raw" LAPACK's compact form [h, tau] (h transposed, as NumPy returns it).
 * @example const [q, r] = np.linalg.qr([[3, 0], [4, 5]]); r.tolist() // [[-5, -4], [0, 3]]
 */
export function qr(a: ArrayLike, ...rest: Args<[QrMode], { mode?: QrMode }>): NDArray | [NDArray, NDArray] | ([NDArray, NDArray] & { Q: NDArray; R: NDArray }) {
  const [modeArg] = bindArgs("qr", ["mode"], rest) as [string | undefined];
  let mode = modeArg ?? "reduced";
  if (!["reduced", "complete", "r", "raw"].includes(mode)) {
    // NumPy's deprecated spellings (since 1.8): "full" is "reduced"; "economic" is geqrf's h
    if (mode === "f" || mode === "full") {
      warn("The 'full' option is deprecated in favor of 'reduced'.\nFor backward compatibility let mode default.", "DeprecationWarning");
      mode = "reduced";
    } else if (mode === "e" || mode === "economic") {
      warn("The 'economic' option is deprecated.", "DeprecationWarning");
      mode = "economic";
    } else throw new ValueError(`Unrecognized mode '${mode}'`);
  }
  const A = asArray(a);
  if (A.ndim < 2) throw new LinAlgError(`${A.ndim}-dimensional array given. Array must be at least two-dimensional`);
  if (mode === "raw") return qrRaw(A);
  if (mode === "economic") return swapaxes(qrRaw(A)[0], -1, -2).copy();
  if (A._dt.kind === "c") {
    const { Q, R } = zqr(A, mode);
    return mode === "r" ? R : Object.assign([Q, R] as [NDArray, NDArray], { Q, R });
  }
  const dt = realType(A, "qr");
  const m = A.shape[A.ndim - 2]!;
  const n = A.shape[A.ndim - 1]!;
  const k = Math.min(m, n);
  const lead = A.shape.slice(0, -2);
  const [qc, rr] = mode === "complete" ? [m, m] : [k, k];
  const qs: number[] = [];
  const rs: number[] = [];
  for (const mat of matrices(A)) {
    const { q, r } = householderQr(mat, m, n, mode === "r" ? 0 : qc);
    if (mode !== "r") for (const x of q) qs.push(x);
    for (let i = 0; i < rr; i++) for (let j = 0; j < n; j++) rs.push(r[i * n + j]!);
  }
  const R = array(rs, dt).reshape([...lead, rr, n]);
  if (mode === "r") return R;
  const Q = array(qs, dt).reshape([...lead, m, qc]);
  return Object.assign([Q, R] as [NDArray, NDArray], { Q, R });
}

type QrMode = "reduced" | "complete" | "r" | "raw" | "full" | "f" | "economic" | "e";

/** qr's mode "raw": geqrf's h (R above, reflectors below the diagonal) with its last two axes swapped, as NumPy returns it, and tau. */
function qrRaw(A: NDArray): [NDArray, NDArray] {
  const m = A.shape[A.ndim - 2]!;
  const n = A.shape[A.ndim - 1]!;
  const lead = A.shape.slice(0, -2);
  const k = Math.min(m, n);
  let h: NDArray;
  let tau: NDArray;
  if (A._dt.kind === "c") {
    const t = complexType(A);
    const parts = zmatrices(A).map((mat) => zhouseholderQr(mat, m, n));
    h = fromZ(parts.map((p) => p.h), t, A.shape);
    tau = fromZ(parts.map((p) => p.tau), t, [...lead, k]);
  } else {
    const dt = realType(A, "qr");
    const parts = matrices(A).map((mat) => householderQr(mat, m, n, 0));
    h = array(parts.flatMap((p) => Array.from(p.h)), dt).reshape(A.shape);
    tau = array(parts.flatMap((p) => Array.from(p.tau)), dt).reshape([...lead, k]);
  }
  return [swapaxes(h, -1, -2), tau];
}

/**
 * Least-squares solution of a x = b, as `numpy.linalg.lstsq(a, b, rcond=None)`:
 * [x, residuals, rank, s] from the SVD, singular values below rcond * max(s) (default
 * eps * max(M, N)) dropped; residuals are the squared 2-norms of b - a x per column when a has
 * full column rank and M > N, else empty.
 * @example np.linalg.lstsq([[0, 1], [1, 1], [2, 1], [3, 1]], [-1, 0.2, 0.9, 2.1])[0].tolist() // [1, -0.95]
 */
export function lstsq(a: ArrayLike, b: ArrayLike, ...rest: Args<[number | null], { rcond?: number | null }>): [NDArray, NDArray, number, NDArray] {
  const [rcondArg] = bindArgs("lstsq", ["rcond"], rest) as [number | null | undefined];
  const A = asArray(a);
  const B = asArray(b);
  if (A.ndim !== 2) throw new LinAlgError(`${A.ndim}-dimensional array given. Array must be two-dimensional`);
  const vector = B.ndim === 1;
  const Bm = vector ? B.reshape([-1, 1]) : B;
  const [m, n] = A.shape as [number, number];
  if (Bm.shape[0] !== m) throw new LinAlgError("Incompatible dimensions");
  const complex = A._dt.kind === "c" || B._dt.kind === "c";
  const single = (A.dtype === "float32" || A.dtype === "complex64") && (B.dtype === "float32" || B.dtype === "complex64");
  const dt = single ? "float32" : "float64";
  const wt = complex ? "complex128" : "float64";
  const rt = complex ? (single ? "complex64" : "complex128") : dt;
  const rcond = rcondArg ?? finfo(dt).eps * Math.max(m, n);
  const [U, S, Vh] = svd(A.astype(wt), { full_matrices: false }) as SvdResult;
  const sv = S.tolist() as number[];
  const cutoff = rcond * (sv.length ? Math.max(...sv) : 0);
  const rank = sv.filter((x) => x > cutoff).length;
  const inv = sv.map((x) => (x > cutoff ? 1 / x : 0));
  // x = V diag(1/s) U^H b
  const H = (t: NDArray): NDArray => (complex ? (conjugate(swapaxes(t, 0, 1)) as NDArray) : swapaxes(t, 0, 1));
  const utb = matmul(H(U), Bm.astype(wt)) as NDArray;
  const x = matmul(H(Vh), multiply(array(inv, "float64").reshape([-1, 1]), utb)) as NDArray;
  let residuals = array([], dt);
  if (rank === n && m > n) {
    const r = abs((Bm.astype(wt) as NDArray).subtract(matmul(A.astype(wt), x) as NDArray)) as NDArray;
    residuals = (sum(r.multiply(r), { axis: 0 }) as NDArray).astype(dt);
  }
  const X = (vector ? x.reshape([n]) : x).astype(rt);
  return [X, residuals, rank, S.astype(dt)];
}
