/**
 * The np.linalg namespace, as NumPy's: the solvers of linalg.ts, the matrix products and
 * LinAlgError.
 * @example np.linalg.inv([[2, 0], [0, 4]]).tolist() // [[0.5, 0], [0, 0.25]]
 */
import { LinAlgError } from "../core/errors.js";
import { cross, diagonal, linalgVecdot as vecdot, matrix_norm, matrix_transpose, outer, trace, vector_norm } from "./arrayapi.js";
import { eig, eigvals } from "./eig.js";
import { cond, matrix_power, multi_dot, tensorinv, tensorsolve } from "./extras.js";
import { cholesky, det, eigh, eigvalsh, inv, lstsq, matrix_rank, norm, pinv, qr, slogdet, solve, svd, svdvals } from "./linalg.js";
import { matmul, tensordot } from "./products.js";

export const linalg = {
  cholesky, cond, cross, det, diagonal, eig, eigh, eigvals, eigvalsh, inv, lstsq, matmul, matrix_norm, matrix_power, matrix_rank, matrix_transpose,
  multi_dot, norm, outer, pinv, qr, slogdet, solve, svd, svdvals, tensordot, tensorinv, tensorsolve, trace, vecdot, vector_norm, LinAlgError,
} as const;
