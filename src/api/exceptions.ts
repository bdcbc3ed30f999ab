/**
 * np.exceptions, NumPy 2's home of its exception and warning classes. The error is ndts's error
 * class (catch it with instanceof). Warnings are category names, since ndts emits warnings
 * through Node's process warnings and np.testing.assert_warns takes a category name, so NumPy's
 * `assert_warns(np.exceptions.ComplexWarning, f)` ports unchanged. NumPy's DTypePromotionError
 * and TooHardError cannot arise here (every pair of ndts's dtypes promotes, and shares_memory
 * is always exact), so they are not listed.
 *
 * @example
 * try { np.sum(np.zeros(2), 3); } catch (e) { e instanceof np.exceptions.AxisError; } // true
 * np.testing.assert_warns(np.exceptions.ComplexWarning, () => np.array([{re: 1, im: 1}]).astype("float64"));
 */
import { AxisError } from "../core/errors.js";

/** numpy.exceptions: AxisError and the names of NumPy's own warning categories. */
export const exceptions = Object.freeze({
  AxisError,
  ComplexWarning: "ComplexWarning",
  ModuleDeprecationWarning: "ModuleDeprecationWarning",
  RankWarning: "RankWarning",
  VisibleDeprecationWarning: "VisibleDeprecationWarning",
} as const);
