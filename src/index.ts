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
export * from "./api/broadcasting.js";
export * from "./api/joining.js";
export * from "./api/splitting.js";
export * from "./api/rearranging.js";
export * from "./api/add_remove.js";
export * from "./api/pad.js";
export * from "./api/reductions.js";
export * from "./api/indexing.js";
export * from "./api/math.js";
export * from "./api/nanfunctions.js";
export { emath } from "./api/emath.js";
export { testing } from "./testing/namespace.js";
export { exceptions } from "./api/exceptions.js";
export { lib } from "./api/stride_tricks.js";
export { vectorize } from "./api/vectorize.js";
export * from "./api/select.js";
export * from "./api/statistics.js";
export { histogram, histogram_bin_edges } from "./api/histograms.js";
export * from "./api/histogramdd.js";
export * from "./api/numeric.js";
export { quantile, percentile, median } from "./api/quantiles.js";
export * from "./api/nanquantiles.js";
export * from "./api/membership.js";
export * from "./api/sets.js";
export { partition, argpartition, lexsort, sort_complex } from "./api/partition.js";
export * from "./api/bits.js";
export * from "./api/cumulative.js";
export * from "./api/dtype_helpers.js";
export { sort, argsort, searchsorted } from "./api/sorting.js";
export { unique, unique_values, unique_counts, unique_inverse, unique_all } from "./api/unique.js";
export * from "./api/dtypes.js";
export { mgrid, ogrid, r_, c_, s_, index_exp, iterable, require, ndindex, ndenumerate } from "./api/index_tricks.js";
export * from "./api/type_checks.js";
export * from "./api/function_base.js";
export * from "./api/polynomial.js";
export * from "./api/selection_extras.js";
export { poly1d } from "./api/poly1d.js";
export { flatiter } from "./api/flatiter.js";
export * from "./linalg/products.js";
export * from "./linalg/einsum.js";
export { einsum_path } from "./linalg/einsum_path.js";
export { linalg } from "./linalg/namespace.js";
export { matmul, matvec, vecdot, vecmat } from "./ufunc/gufunc.js";
export { fft } from "./fft/namespace.js";
export { polynomial } from "./polynomial/namespace.js";
export { random } from "./random/namespace.js";
export * from "./print/index.js";
export * from "./io/index.js";
export { NDArray, NDArray as ndarray } from "./core/ndarray.js";
export { Flags } from "./core/flags.js";
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
  KeyError,
  EOFError,
  FileNotFoundError,
} from "./core/errors.js";
export * from "./ufunc/index.js";
export { geterr, seterr, errstate, geterrcall, seterrcall } from "./ufunc/errstate.js";
export { nditer } from "./api/nditer.js";
