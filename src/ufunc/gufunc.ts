/**
 * NumPy's generalized ufuncs with core dimensions (matmul, vecdot, matvec, vecmat) as ufunc
 * objects: `np.matmul instanceof np.ufunc`, with NumPy's nin/nout/nargs/ntypes/types/identity,
 * `__name__`, core `signature`, and resolve_dtypes; reduce/accumulate/reduceat/outer/at raise
 * NumPy's errors for a non-trivial signature. The calls are the linalg functions'.
 *
 * @example
 * np.matmul.signature // "(n?,k),(k,m?)->(n?,m?)"
 * np.matmul instanceof np.ufunc // true
 */
import { NumpyTypeError, RuntimeError } from "../core/errors.js";
import { matmul as matmulFn } from "../linalg/products.js";
import { matvec as matvecFn, vecdot as vecdotFn, vecmat as vecmatFn } from "../linalg/arrayapi.js";
import type { UfuncDef } from "./defs.js";
import { ufunc } from "./index.js";
import type { Ufunc } from "./ufunc.js";

const noReduction = (): never => {
  throw new RuntimeError("Reduction not defined on ufunc with signature");
};

/** Methods of a ufunc with core dimensions: NumPy's refusals. */
const GufuncProto = Object.create(ufunc.prototype, {
  signature: { get(this: Ufunc & { sig: string }) { return this.sig; } },
  reduce: { value: noReduction },
  accumulate: { value: noReduction },
  reduceat: { value: noReduction },
  outer: {
    value() {
      throw new NumpyTypeError("method outer is not allowed in ufunc with non-trivial signature");
    },
  },
  at: {
    value(this: Ufunc & { sig: string }) {
      const n = this.def.name;
      throw new NumpyTypeError(`${n}.at does not support ufunc with non-trivial signature: ${n} has signature ${this.sig}.`);
    },
  },
});

/** A gufunc object calling `fn`, with one loop per dtype (NumPy's "??->?" ... "DD->D"). */
function gufunc<F extends (...args: never[]) => unknown>(name: string, sig: string, fn: F): F & Omit<Ufunc, "def"> {
  const def: UfuncDef = {
    name,
    cache: { kernels: [], elements: [], fast: [], outputs: [] },
    nin: 2,
    nout: 1,
    identity: null,
    loops: "?bBhHiIlLfdFD",
    out: "same",
    kernel: null,
  };
  const g = function (this: unknown, ...args: Parameters<F>) {
    return fn(...args);
  };
  Object.defineProperty(g, "name", { value: name });
  Object.defineProperty(g, "def", { value: def });
  Object.defineProperty(g, "sig", { value: sig });
  Object.setPrototypeOf(g, GufuncProto);
  return g as unknown as F & Omit<Ufunc, "def">;
}

/** Matrix product of two arrays (the `@` operator), a gufunc. @example np.matmul([[1, 2], [3, 4]], [1, 1]) // array([3, 7]) */
export const matmul = gufunc("matmul", "(n?,k),(k,m?)->(n?,m?)", matmulFn);
/** Vector dot product over the last axis (conjugating x1), a gufunc. @example np.vecdot([1, 2], [3, 4]) // 11 */
export const vecdot = gufunc("vecdot", "(n),(n)->()", vecdotFn);
/** Matrix-vector product over the last two axes, a gufunc. @example np.matvec([[1, 2], [3, 4]], [1, 1]) // array([3, 7]) */
export const matvec = gufunc("matvec", "(m,n),(n)->(m)", matvecFn);
/** Vector-matrix product (conjugating the vector), a gufunc. @example np.vecmat([1, 1], [[1, 2], [3, 4]]) // array([4, 6]) */
export const vecmat = gufunc("vecmat", "(n),(n,m)->(m)", vecmatFn);
