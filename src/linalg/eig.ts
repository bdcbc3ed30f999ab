/**
 * np.linalg.eig and np.linalg.eigvals for general (non-symmetric) square matrices and stacks of
 * them, on the dgeev-style decomposition of geev.ts. As NumPy: integer and bool input computes
 * in float64, float32 stays single; the result is real when every eigenvalue of the whole
 * stack is real, else complex (complex64 for float32 input), conjugate pairs adjacent with the
 * positive imaginary part first and eigenvectors v, conj(v).
 */
import type { ArrayLike } from "../core/coerce.js";
import { LinAlgError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { array, asArray } from "../api/creation.js";
import { geev, type Geev } from "./geev.js";
import { checkFinite, checkSquare, matrices, noExtra, realType } from "./util.js";
import { complexType, fromZ, zmatrices } from "./complexapi.js";
import { zgeev } from "./zgeev.js";
import type { Z } from "./complex.js";

/** Complex input: zgeev on each matrix; eigenvalues (and vectors) always complex. */
function complexEig(A: NDArray, wantV: boolean): { w: NDArray; v: NDArray | null } {
  checkSquare(A);
  const t = complexType(A);
  const n = A.shape[A.ndim - 1]!;
  const mats = zmatrices(A);
  checkFinite(mats.flatMap((m) => [m.re, m.im]));
  const ws: Z[] = [];
  const vs: Z[] = [];
  for (const m of mats) {
    const r = zgeev(m, n, wantV);
    if (!r) throw new LinAlgError("Eigenvalues did not converge");
    ws.push(r.w);
    if (r.vr) vs.push(r.vr);
  }
  return { w: fromZ(ws, t, A.shape.slice(0, -1)), v: wantV ? fromZ(vs, t, A.shape) : null };
}

/** NumPy's EigResult: a tuple [eigenvalues, eigenvectors] with named fields. */
export type EigResult = [NDArray, NDArray] & { eigenvalues: NDArray; eigenvectors: NDArray };

function decompose(a: ArrayLike, wantV: boolean, what: string): { A: NDArray; dt: "float32" | "float64"; parts: Geev[] } {
  const A = asArray(a);
  checkSquare(A);
  const dt = realType(A, what);
  const n = A.shape[A.ndim - 1]!;
  const mats = matrices(A);
  checkFinite(mats);
  const parts = mats.map((m) => {
    const r = geev(m, n, wantV);
    if (!r) throw new LinAlgError("Eigenvalues did not converge");
    return r;
  });
  return { A, dt, parts };
}

/**
 * Eigenvalues of general square matrices, as `numpy.linalg.eigvals(a)`: balancing, Hessenberg
 * reduction and the Francis double-shift QR iteration (LAPACK's dgeev steps, so the order is
 * NumPy's); a real array when every eigenvalue is real, else complex with conjugate pairs
 * adjacent (positive imaginary part first).
 * @example np.linalg.eigvals([[0, -1], [1, 0]]).tolist() // [{re: 0, im: 1}, {re: 0, im: -1}]
 */
export function eigvals(a: ArrayLike, ...rest: never[]): NDArray {
  noExtra("eigvals", 1, rest);
  const Ac = asArray(a);
  if (Ac._dt.kind === "c") return complexEig(Ac, false).w;
  const { A, dt, parts } = decompose(a, false, "eigvals");
  return values(parts, dt, A.shape.slice(0, -1));
}

function values(parts: Geev[], dt: "float32" | "float64", shape: number[]): NDArray {
  const real = parts.every((p) => p.wi.every((v) => v === 0));
  if (real) return array(parts.flatMap((p) => Array.from(p.wr)), dt).reshape(shape);
  const ct = dt === "float32" ? "complex64" : "complex128";
  return array(parts.flatMap((p) => Array.from(p.wr, (re, i) => ({ re, im: p.wi[i]! }))), ct).reshape(shape);
}

/**
 * Eigenvalues and right eigenvectors of general square matrices, as `numpy.linalg.eig(a)`:
 * [eigenvalues, eigenvectors] (also `.eigenvalues` and `.eigenvectors`, NumPy's EigResult),
 * with a @ v[:, i] = w[i] v[:, i]. Each eigenvector has unit 2-norm; a complex one has its
 * largest component real, as LAPACK's dgeev leaves them. Real arrays when every eigenvalue is
 * real, else complex. Infs or NaNs are LinAlgError("Array must not contain infs or NaNs").
 * The order of the eigenvalues is LAPACK's dlahqr order, which is NumPy's for matrices smaller
 * than 75 x 75; from 75 on LAPACK switches to its multishift QR (dlaqr0), so the order (not the
 * values or vectors) can differ from NumPy's there.
 * @example const { eigenvalues, eigenvectors } = np.linalg.eig([[2, 0], [0, 3]]); eigenvalues.tolist() // [2, 3]
 */
export function eig(a: ArrayLike, ...rest: never[]): EigResult {
  noExtra("eig", 1, rest);
  const Ac = asArray(a);
  if (Ac._dt.kind === "c") {
    const { w: eigenvalues, v } = complexEig(Ac, true);
    const eigenvectors = v!;
    return Object.assign([eigenvalues, eigenvectors] as [NDArray, NDArray], { eigenvalues, eigenvectors });
  }
  const { A, dt, parts } = decompose(a, true, "eig");
  const n = A.shape[A.ndim - 1]!;
  const eigenvalues = values(parts, dt, A.shape.slice(0, -1));
  let eigenvectors: NDArray;
  if (eigenvalues._dt.kind !== "c") {
    eigenvectors = array(parts.flatMap((p) => Array.from(p.vr!)), dt).reshape(A.shape);
  } else {
    const out: { re: number; im: number }[] = [];
    for (const { wi, vr } of parts) {
      for (let r = 0; r < n; r++) {
        for (let c = 0; c < n; c++) {
          const v = vr![r * n + c]!;
          if (wi[c] === 0) out.push({ re: v, im: 0 });
          else if (wi[c]! > 0) out.push({ re: v, im: vr![r * n + c + 1]! });
          else out.push({ re: vr![r * n + c - 1]!, im: -vr![r * n + c]! });
        }
      }
    }
    eigenvectors = array(out, eigenvalues.dtype).reshape(A.shape);
  }
  return Object.assign([eigenvalues, eigenvectors] as [NDArray, NDArray], { eigenvalues, eigenvectors });
}
