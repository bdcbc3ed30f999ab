/**
 * The np.testing namespace, as NumPy's numpy.testing: assertions that throw AssertionError with
 * NumPy's messages.
 * @example np.testing.assert_allclose(np.sqrt([4, 9]), [2, 3])
 */
import * as asserts from "./asserts.js";
import { AssertionError, buildErrMsg } from "./compare.js";

/** Every assertion of asserts.ts (all it exports), build_err_msg and AssertionError. */
export const testing = {
  ...asserts,
  build_err_msg: buildErrMsg,
  AssertionError,
} as const;
