/**
 * ndts: NumPy for TypeScript.
 *
 * @example
 * import * as np from "ndts";
 * const X = np.array([[1, 2], [3, 4]]);
 * console.log(String(X)); // [[1 2]
 *                         //  [3 4]]
 */
import "./api/methods.js";
export * from "./api/constants.js";
export * from "./api/creation.js";
export * from "./api/ranges.js";
export * from "./api/matrices.js";
export * from "./api/manipulation.js";
export * from "./api/reductions.js";
export * from "./api/indexing.js";
export * from "./api/math.js";
export * from "./api/nanfunctions.js";
export * from "./api/select.js";
export * from "./api/statistics.js";
export * from "./api/numeric.js";
export * from "./api/quantiles.js";
export * from "./api/membership.js";
export { sort, argsort, searchsorted, unique, unique_values, unique_counts, unique_inverse, unique_all } from "./api/sorting.js";
export * from "./api/dtypes.js";
export * from "./linalg/products.js";
export * from "./linalg/einsum.js";
export { linalg } from "./linalg/namespace.js";
export { random } from "./random/namespace.js";
export * from "./print/index.js";
export { NDArray, NDArray as ndarray, Flags } from "./core/ndarray.js";
export {
  ValueError,
  NumpyTypeError as TypeError,
  IndexError,
  AxisError,
  OverflowError,
  AttributeError,
  FloatingPointError,
  NotImplementedError,
  MemoryError,
  RuntimeError,
  UFuncTypeError,
  ZeroDivisionError,
  LinAlgError,
  NameError,
} from "./core/errors.js";
export * from "./ufunc/index.js";
export { geterr, seterr, errstate, geterrcall, seterrcall } from "./ufunc/errstate.js";
