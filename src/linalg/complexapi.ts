/**
 * The complex-input branches of np.linalg's solvers (det, slogdet, inv, solve, cholesky,
 * eigh/eigvalsh, svd, qr), on the complex decompositions of complex.ts, with NumPy's dtype
 * rules: complex64 stays single (its real results float32), everything else complex128.
 */
import { LinAlgError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { array } from "../api/creation.js";
import { broadcast_shapes, broadcast_to } from "../api/broadcasting.js";
import { hermitianEigen } from "./steqr.js";
import { GESDD_MAX, zgesddSquare } from "./gesdd.js";
import { zcholesky, zcompleteBasis, zhouseholderQr, zjacobiEigen, zjacobiSvd, zluFactor, zluSlogdet, zluSolve, type Z } from "./complex.js";
import { checkFinite, exp, matrices } from "./util.js";

export type CType = "complex64" | "complex128";

/** complex64 stays, other complex input computes in complex128 (NumPy's _commonType). */
export const complexType = (a: NDArray): CType => (a.dtype === "complex64" ? "complex64" : "complex128");
const realOf = (t: CType): "float32" | "float64" => (t === "complex64" ? "float32" : "float64");

/** The matrices of a (complex or real) stack as Z pairs. */
export function zmatrices(a: NDArray): Z[] {
  const c = a._dt.kind === "c" ? a : a.astype("complex128");
  const re = matrices(c.real as NDArray);
  const im = matrices(c.imag as NDArray);
  return re.map((r, k) => ({ re: r, im: im[k]! }));
}

/** A complex array of dtype t and shape from the Z parts in order. */
export function fromZ(parts: readonly Z[], t: CType, shape: readonly number[]): NDArray {
  const total = parts.reduce((s, p) => s + p.re.length, 0);
  const inter = new Float64Array(2 * total);
  let o = 0;
  for (const p of parts) {
    for (let i = 0; i < p.re.length; i++) {
      inter[o++] = p.re[i]!;
      inter[o++] = p.im[i]!;
    }
  }
  return array(inter).view("complex128").astype(t).reshape([...shape]);
}

const eyeZ = (n: number): Z => {
  const z: Z = { re: new Float64Array(n * n), im: new Float64Array(n * n) };
  for (let i = 0; i < n; i++) z.re[i * n + i] = 1;
  return z;
};

/** Complex slogdet: [sign (complex), logabsdet (real)]. */
export function zslogdetParts(A: NDArray): { t: CType; sign: { re: number; im: number }[]; logdet: number[] } {
  const t = complexType(A);
  const n = A.shape[A.ndim - 1]!;
  const sign: { re: number; im: number }[] = [];
  const logdet: number[] = [];
  for (const m of zmatrices(A)) {
    const [sr, si, l] = zluSlogdet(zluFactor(m, n));
    sign.push({ re: sr, im: si });
    logdet.push(l);
  }
  return { t, sign, logdet };
}

/** Complex det: sign * exp(logabsdet), per matrix. */
export function zdet(A: NDArray): { t: CType; values: { re: number; im: number }[] } {
  const { t, sign, logdet } = zslogdetParts(A);
  return { t, values: sign.map((s, i) => ({ re: s.re * exp(logdet[i]!), im: s.im * exp(logdet[i]!) })) };
}

/** Complex inv of each matrix of a stack. */
export function zinv(A: NDArray): NDArray {
  const t = complexType(A);
  const n = A.shape[A.ndim - 1]!;
  const out = zmatrices(A).map((m) => {
    const f = zluFactor(m, n);
    if (f.singular) throw new LinAlgError("Singular matrix");
    const I = eyeZ(n);
    zluSolve(f, I, n);
    return I;
  });
  return fromZ(out, t, A.shape);
}

/** Complex solve: A (..., n, n), Bm (..., n, k) already shaped; returns (batch..., n, k). */
export function zsolve(A: NDArray, Bm: NDArray, t: CType): NDArray {
  const n = A.shape[A.ndim - 1]!;
  const k = Bm.shape[Bm.ndim - 1]!;
  const batch = broadcast_shapes(A.shape.slice(0, -2), Bm.shape.slice(0, -2));
  const As = zmatrices(broadcast_to(A, [...batch, n, n]));
  const Bs = zmatrices(broadcast_to(Bm, [...batch, n, k]));
  const out = As.map((m, i) => {
    const f = zluFactor(m, n);
    if (f.singular) throw new LinAlgError("Singular matrix");
    zluSolve(f, Bs[i]!, k);
    return Bs[i]!;
  });
  return fromZ(out, t, [...batch, n, k]);
}

/** Complex Cholesky (lower, A = L L^H). */
export function zcholeskyStack(A: NDArray): NDArray {
  const n = A.shape[A.ndim - 1]!;
  const out = zmatrices(A).map((m) => {
    const L = zcholesky(m, n);
    if (!L) throw new LinAlgError("Matrix is not positive definite");
    return L;
  });
  return fromZ(out, complexType(A), A.shape);
}

/** Hermitian eigen: ascending real eigenvalues and complex eigenvectors (columns), per matrix. */
export function zeigh(A: NDArray, uplo: "L" | "U"): { w: NDArray; v: NDArray } {
  const t = complexType(A);
  const n = A.shape[A.ndim - 1]!;
  const ws: number[] = [];
  const vs: Z[] = [];
  for (const m of zmatrices(A)) {
    // the Hermitian matrix from one triangle
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const [src, dst] = uplo === "L" ? [j * n + i, i * n + j] : [i * n + j, j * n + i];
        m.re[dst] = m.re[src]!;
        m.im[dst] = -m.im[src]!;
      }
    }
    // LAPACK's route (eigenvector phases as NumPy's); Jacobi if its iterations fail to converge
    const h = hermitianEigen(m.re, m.im, n, uplo === "U");
    const r = h ? { w: h.w, v: { re: h.vr, im: h.vi } } : zjacobiEigen(m, n);
    const order = Array.from(r.w, (_, i) => i).sort((i, j) => r.w[i]! - r.w[j]!);
    ws.push(...order.map((i) => r.w[i]!));
    const v: Z = { re: new Float64Array(n * n), im: new Float64Array(n * n) };
    for (let row = 0; row < n; row++) {
      order.forEach((o, c) => {
        v.re[row * n + c] = r.v.re[row * n + o]!;
        v.im[row * n + c] = r.v.im[row * n + o]!;
      });
    }
    vs.push(v);
  }
  return { w: array(ws, realOf(t)).reshape(A.shape.slice(0, -1)), v: fromZ(vs, t, A.shape) };
}

/** Complex SVD of a stack: S descending (real), and U, Vh when uv. */
export function zsvd(A: NDArray, uv: boolean, full: boolean): { S: NDArray; U?: NDArray; Vh?: NDArray } {
  const t = complexType(A);
  const m = A.shape[A.ndim - 2]!;
  const n = A.shape[A.ndim - 1]!;
  const k = Math.min(m, n);
  const lead = A.shape.slice(0, -2);
  const mats = zmatrices(A);
  for (const mat of mats) for (const x of [...mat.re, ...mat.im]) if (!Number.isFinite(x)) throw new LinAlgError("SVD did not converge");
  const ss: number[] = [];
  const us: Z[] = [];
  const vhs: Z[] = [];
  const tall = m >= n;
  const [rows, cols] = tall ? [m, n] : [n, m];
  for (const mat of mats) {
    // square matrices: LAPACK zgesdd's steps, for NumPy's phases of U and Vh
    const z = uv && m === n && n > 0 && n <= GESDD_MAX ? zgesddSquare(mat.re, mat.im, n) : null;
    if (z) {
      ss.push(...z.s);
      us.push({ re: z.ur, im: z.ui });
      vhs.push({ re: z.vr, im: z.vi });
      continue;
    }
    // a wide matrix through its conjugate transpose: A^H = U S V^H, so A = V S U^H
    const src: Z = tall
      ? mat
      : { re: Float64Array.from({ length: m * n }, (_, q) => mat.re[(q % m) * n + Math.floor(q / m)]!), im: Float64Array.from({ length: m * n }, (_, q) => -mat.im[(q % m) * n + Math.floor(q / m)]!) };
    const r = rows * cols === 0 ? { u: { re: new Float64Array(0), im: new Float64Array(0) }, s: new Float64Array(0), v: eyeZ(cols) } : zjacobiSvd(src, rows, cols);
    const order = Array.from(r.s, (_, i) => i).sort((i, j) => r.s[j]! - r.s[i]! || i - j);
    ss.push(...order.map((i) => r.s[i]!));
    if (!uv) continue;
    const pick = (x: Z, nr: number, nc: number): Z => {
      const o: Z = { re: new Float64Array(nr * nc), im: new Float64Array(nr * nc) };
      for (let i = 0; i < nr; i++) {
        order.forEach((src_, j) => {
          o.re[i * nc + j] = x.re[i * nc + src_]!;
          o.im[i * nc + j] = x.im[i * nc + src_]!;
        });
      }
      return o;
    };
    const U1 = pick(r.u, rows, cols);
    const V1 = pick(r.v, cols, cols);
    const width = full ? rows : cols;
    const Uc = zcompleteBasis(U1, rows, cols, width);
    const H = (x: Z, r0: number, c0: number): Z => ({
      re: Float64Array.from({ length: r0 * c0 }, (_, q) => x.re[(q % r0) * c0 + Math.floor(q / r0)]!),
      im: Float64Array.from({ length: r0 * c0 }, (_, q) => -x.im[(q % r0) * c0 + Math.floor(q / r0)]!),
    });
    if (tall) {
      us.push(Uc);
      vhs.push(H(V1, cols, cols));
    } else {
      us.push(V1);
      vhs.push(H(Uc, rows, width));
    }
  }
  const S = array(ss, realOf(t)).reshape([...lead, k]);
  if (!uv) return { S };
  const [uc, vr] = full ? [m, n] : [k, k];
  return { S, U: fromZ(us, t, [...lead, m, uc]), Vh: fromZ(vhs, t, [...lead, vr, n]) };
}

/** Complex QR of a stack (Householder, zgeqrf's convention): Q (m x qc) and R (rr x n). */
export function zqr(A: NDArray, mode: string): { Q: NDArray; R: NDArray } {
  const t = complexType(A);
  const m = A.shape[A.ndim - 2]!;
  const n = A.shape[A.ndim - 1]!;
  const k = Math.min(m, n);
  const lead = A.shape.slice(0, -2);
  const [qc, rr] = mode === "complete" ? [m, m] : [k, k];
  const qs: Z[] = [];
  const rs: Z[] = [];
  for (const mat of zmatrices(A)) {
    const { q, r } = zhouseholderQr(mat, m, n);
    const Q: Z = { re: new Float64Array(m * qc), im: new Float64Array(m * qc) };
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < qc; j++) {
        Q.re[i * qc + j] = q.re[i * m + j]!;
        Q.im[i * qc + j] = q.im[i * m + j]!;
      }
    }
    qs.push(Q);
    rs.push({ re: r.re.slice(0, rr * n), im: r.im.slice(0, rr * n) });
  }
  return { Q: fromZ(qs, t, [...lead, m, qc]), R: fromZ(rs, t, [...lead, rr, n]) };
}

/** NumPy's check of UPLO. */
export function checkUplo(uplo: string): void {
  if (uplo !== "L" && uplo !== "U") throw new ValueError("UPLO argument must be 'L' or 'U'");
}

export { checkFinite };
