/**
 * NumPy's Chebyshev "z-series" helpers (numpy/polynomial/chebyshev.py): a Chebyshev series
 * c_0 T_0 + c_1 T_1 + ... as the Laurent series sum c_k/2 (z^k + z^-k), where products are
 * convolutions and quotients a symmetric long division.
 * @example zToC(cToZ(np.array([1, 2, 3]))) // array([1., 2., 3.])
 */
import type { NDArray } from "../core/ndarray.js";
import { empty, zeros } from "../api/creation.js";
import { add, divide, multiply, subtract } from "../ufunc/index.js";
import { iop } from "./polyutils.js";

/** Chebyshev coefficients as a z-series (NumPy's _cseries_to_zseries). */
export function cToZ(c: NDArray): NDArray {
  const n = c.size;
  const zs = zeros(2 * n - 1, c._dt.name);
  zs.set(`${n - 1}:`, divide(c, 2) as NDArray);
  return add(zs, zs.get("::-1")) as NDArray;
}

/** A z-series as Chebyshev coefficients (NumPy's _zseries_to_cseries). */
export function zToC(zs: NDArray): NDArray {
  const n = Math.floor((zs.size + 1) / 2);
  const c = (zs.get(`${n - 1}:`) as NDArray).copy();
  iop(multiply, c.get(`1:${n}`) as NDArray, 2);
  return c;
}

/** Quotient and remainder of two z-series (NumPy's _zseries_div). */
export function zDiv(z1In: NDArray, z2In: NDArray): [NDArray, NDArray] {
  const z1 = z1In.copy();
  const z2 = z2In.copy();
  const lc1 = z1.shape[0]!;
  const lc2 = z2.shape[0]!;
  if (lc2 === 1) {
    iop(divide, z1, z2);
    return [z1, multiply(z1.get(":1"), 0) as NDArray];
  }
  if (lc1 < lc2) return [multiply(z1.get(":1"), 0) as NDArray, z1];
  const dlen = lc1 - lc2;
  const scl = z2.get(0, "...") as NDArray;
  const sclCopy = scl.copy();
  iop(divide, z2, sclCopy);
  const quo = empty(dlen + 1, z1._dt.name);
  let i = 0;
  let j = dlen;
  while (i < j) {
    const r = (z1.get(i, "...") as NDArray).copy();
    quo.set(i, r);
    quo.set(dlen - i, r);
    const tmp = multiply(r, z2) as NDArray;
    iop(subtract, z1.get(`${i}:${i + lc2}`) as NDArray, tmp);
    iop(subtract, z1.get(`${j}:${j + lc2}`) as NDArray, tmp);
    i++;
    j--;
  }
  const r = (z1.get(i, "...") as NDArray).copy();
  quo.set(i, r);
  iop(subtract, z1.get(`${i}:${i + lc2}`) as NDArray, multiply(r, z2) as NDArray);
  iop(divide, quo, sclCopy);
  return [quo, (z1.get(`${i + 1}:${i - 1 + lc2}`) as NDArray).copy()];
}

