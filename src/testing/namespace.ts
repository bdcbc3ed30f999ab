/**
 * The np.testing namespace, as NumPy's numpy.testing: assertions that throw AssertionError with
 * NumPy's messages.
 * @example np.testing.assert_allclose(np.sqrt([4, 9]), [2, 3])
 */
import {
  assert_,
  assert_allclose,
  assert_almost_equal,
  assert_approx_equal,
  assert_array_almost_equal,
  assert_array_almost_equal_nulp,
  assert_array_compare,
  assert_array_equal,
  assert_array_less,
  assert_array_max_ulp,
  assert_equal,
  assert_no_warnings,
  assert_raises,
  assert_raises_regex,
  assert_string_equal,
  assert_warns,
} from "./asserts.js";
import { AssertionError, buildErrMsg } from "./compare.js";

export const testing = {
  assert_,
  assert_allclose,
  assert_almost_equal,
  assert_approx_equal,
  assert_array_almost_equal,
  assert_array_almost_equal_nulp,
  assert_array_compare,
  assert_array_equal,
  assert_array_less,
  assert_array_max_ulp,
  assert_equal,
  assert_no_warnings,
  assert_raises,
  assert_raises_regex,
  assert_string_equal,
  assert_warns,
  build_err_msg: buildErrMsg,
  AssertionError,
} as const;
