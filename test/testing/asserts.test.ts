// np.testing against NumPy 2.4: each failure message below is what numpy.testing raised for the
// same call (dtypes written out where NumPy's literals were floats).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const f64 = (x: unknown) => np.array(x as number[], { dtype: "float64" });

function message(fn: () => void): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof np.testing.AssertionError, `expected AssertionError, got ${String(e)}`);
    assert.equal((e as Error).name, "AssertionError");
    return (e as Error).message;
  }
  assert.fail("no AssertionError");
}

describe("testing: assert_allclose", () => {
  test("passes within tolerance, NaNs at the same places", () => {
    np.testing.assert_allclose([1, 2], [1, 2.0000001]);
    np.testing.assert_allclose([1.5, NaN], [1.5, NaN]);
    np.testing.assert_allclose(np.zeros([0, 3]), np.zeros([0, 3]));
    np.testing.assert_allclose(3, [3, 3]);
    np.testing.assert_allclose([1, 2], [1, 2.01], { rtol: 0.01 });
  });
  test("NumPy's message: counts, indices, differences and both arrays", () => {
    assert.equal(
      message(() => np.testing.assert_allclose(f64([1, 2, 3]), f64([1, 2, 4]))),
      "\nNot equal to tolerance rtol=1e-07, atol=0\n\nMismatched elements: 1 / 3 (33.3%)\nMismatch at index:\n [2]: 3.0 (ACTUAL), 4.0 (DESIRED)\nMax absolute difference among violations: 1.\nMax relative difference among violations: 0.25\n ACTUAL: array([1., 2., 3.])\n DESIRED: array([1., 2., 4.])",
    );
    assert.equal(
      message(() => np.testing.assert_allclose(f64([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]).reshape(3, 4), np.arange(12).reshape(3, 4).add(0.5), { err_msg: "hello" })),
      "\nNot equal to tolerance rtol=1e-07, atol=0\nhello\nMismatched elements: 12 / 12 (100%)\nFirst 5 mismatches are at indices:\n [0, 0]: 0.0 (ACTUAL), 0.5 (DESIRED)\n [0, 1]: 1.0 (ACTUAL), 1.5 (DESIRED)\n [0, 2]: 2.0 (ACTUAL), 2.5 (DESIRED)\n [0, 3]: 3.0 (ACTUAL), 3.5 (DESIRED)\n [1, 0]: 4.0 (ACTUAL), 4.5 (DESIRED)\nMax absolute difference among violations: 0.5\nMax relative difference among violations: 1.\n ACTUAL: array([[ 0.,  1.,  2.,  3.],\n       [ 4.,  5.,  6.,  7.],\n       [ 8.,  9., 10., 11.]])\n DESIRED: array([[ 0.5,  1.5,  2.5,  3.5],\n       [ 4.5,  5.5,  6.5,  7.5],\n       [ 8.5,  9.5, 10.5, 11.5]])",
    );
    assert.equal(
      message(() => np.testing.assert_allclose(np.arange(100), np.arange(100).add(np.arange(100).greater(50)))),
      "\nNot equal to tolerance rtol=1e-07, atol=0\n\nMismatched elements: 49 / 100 (49%)\nFirst 5 mismatches are at indices:\n [51]: 51 (ACTUAL), 52 (DESIRED)\n [52]: 52 (ACTUAL), 53 (DESIRED)\n [53]: 53 (ACTUAL), 54 (DESIRED)\n [54]: 54 (ACTUAL), 55 (DESIRED)\n [55]: 55 (ACTUAL), 56 (DESIRED)\nMax absolute difference among violations: 1\nMax relative difference among violations: 0.01923077\n ACTUAL: array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n       17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,\n       34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50,...\n DESIRED: array([  0,   1,   2,   3,   4,   5,   6,   7,   8,   9,  10,  11,  12,\n        13,  14,  15,  16,  17,  18,  19,  20,  21,  22,  23,  24,  25,\n        26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,  38,...",
    );
    assert.equal(
      message(() => np.testing.assert_allclose([1, 2], [1, 2.01], { rtol: 1e-3, atol: 1e-5 })),
      "\nNot equal to tolerance rtol=0.001, atol=1e-05\n\nMismatched elements: 1 / 2 (50%)\nMismatch at index:\n [1]: 2 (ACTUAL), 2.01 (DESIRED)\nMax absolute difference among violations: 0.01\nMax relative difference among violations: 0.00497512\n ACTUAL: array([1, 2])\n DESIRED: array([1.  , 2.01])",
    );
  });
  test("a 0-d side broadcasts; float32 elements print through Python's float", () => {
    assert.equal(
      message(() => np.testing.assert_allclose(np.array(3, { dtype: "float64" }), f64([3, 4]))),
      "\nNot equal to tolerance rtol=1e-07, atol=0\n\nMismatched elements: 1 / 2 (50%)\nMismatch at index:\n [1]: 3.0 (ACTUAL), 4.0 (DESIRED)\nMax absolute difference among violations: 1.\nMax relative difference among violations: 0.25\n ACTUAL: array(3.)\n DESIRED: array([3., 4.])",
    );
    assert.equal(
      message(() => np.testing.assert_allclose(np.array([1.5, 2.5], { dtype: "float32" }), np.array([1.5, 2.6], { dtype: "float32" }))),
      "\nNot equal to tolerance rtol=1e-07, atol=0\n\nMismatched elements: 1 / 2 (50%)\nMismatch at index:\n [1]: 2.5 (ACTUAL), 2.5999999046325684 (DESIRED)\nMax absolute difference among violations: 0.0999999\nMax relative difference among violations: 0.0384615\n ACTUAL: array([1.5, 2.5], dtype=float32)\n DESIRED: array([1.5, 2.6], dtype=float32)",
    );
    assert.equal(
      message(() => np.testing.assert_allclose(np.array([{ re: 1, im: 1 }]), np.array([{ re: 1, im: 2 }]))),
      "\nNot equal to tolerance rtol=1e-07, atol=0\n\nMismatched elements: 1 / 1 (100%)\nMismatch at index:\n [0]: (1+1j) (ACTUAL), (1+2j) (DESIRED)\nMax absolute difference among violations: 1.\nMax relative difference among violations: 0.4472136\n ACTUAL: array([1.+1.j])\n DESIRED: array([1.+2.j])",
    );
  });
  test("NaN and inf placement, equal_nan=false, tiny values", () => {
    assert.equal(
      message(() => np.testing.assert_allclose([1, NaN], [1, 2])),
      "\nNot equal to tolerance rtol=1e-07, atol=0\n\nnan location mismatch:\n ACTUAL: array([ 1., nan])\n DESIRED: array([1, 2])",
    );
    assert.equal(
      message(() => np.testing.assert_allclose([Infinity, 1], [-Infinity, 1])),
      "\nNot equal to tolerance rtol=1e-07, atol=0\n\ninf values mismatch:\n ACTUAL: array([inf])\n DESIRED: array([-inf])",
    );
    assert.equal(
      message(() => np.testing.assert_allclose(np.array([NaN]), np.array([1.5]), { equal_nan: false })),
      "\nNot equal to tolerance rtol=1e-07, atol=0\n\nMismatched elements: 1 / 1 (100%)\nMismatch at index:\n [0]: nan (ACTUAL), 1.5 (DESIRED)\nMax absolute difference among violations: nan\nMax relative difference among violations: nan\n ACTUAL: array([nan])\n DESIRED: array([1.5])",
    );
    assert.equal(
      message(() => np.testing.assert_allclose(np.array([1e-300, 0]), np.array([0, 1e-300]))),
      "\nNot equal to tolerance rtol=1e-07, atol=0\n\nMismatched elements: 2 / 2 (100%)\nMismatch at indices:\n [0]: 1e-300 (ACTUAL), 0.0 (DESIRED)\n [1]: 0.0 (ACTUAL), 1e-300 (DESIRED)\nMax absolute difference among violations: 1.e-300\nMax relative difference among violations: 1.\n ACTUAL: array([1.e-300, 0.e+000])\n DESIRED: array([0.e+000, 1.e-300])",
    );
  });
  test("unknown option is a TypeError", () => {
    assert.throws(() => np.testing.assert_allclose([1], [1], { tol: 1 } as never), { message: "assert_allclose() got an unexpected keyword argument 'tol'" });
  });
});

describe("testing: assert_array_equal, assert_array_less, assert_array_almost_equal", () => {
  test("array_equal messages: values, shapes, strict dtypes, booleans, unsigned", () => {
    np.testing.assert_array_equal(np.arange(3), [0, 1, 2]);
    assert.equal(
      message(() => np.testing.assert_array_equal(np.array([1, 2, 3]), np.array([1, 2, 4]))),
      "\nArrays are not equal\n\nMismatched elements: 1 / 3 (33.3%)\nMismatch at index:\n [2]: 3 (ACTUAL), 4 (DESIRED)\nMax absolute difference among violations: 1\nMax relative difference among violations: 0.25\n ACTUAL: array([1, 2, 3])\n DESIRED: array([1, 2, 4])",
    );
    assert.equal(
      message(() => np.testing.assert_array_equal(np.array([1, 2, 3]), np.array([1, 2]))),
      "\nArrays are not equal\n\n(shapes (3,), (2,) mismatch)\n ACTUAL: array([1, 2, 3])\n DESIRED: array([1, 2])",
    );
    assert.equal(
      message(() => np.testing.assert_array_equal(np.array([1, 2]), f64([1, 2]), { strict: true })),
      "\nArrays are not equal\n\n(dtypes int64, float64 mismatch)\n ACTUAL: array([1, 2])\n DESIRED: array([1., 2.])",
    );
    assert.equal(
      message(() => np.testing.assert_array_equal(np.array([true, false]), np.array([true, true]))),
      "\nArrays are not equal\n\nMismatched elements: 1 / 2 (50%)\nMismatch at index:\n [1]: False (ACTUAL), True (DESIRED)\n ACTUAL: array([ True, False])\n DESIRED: array([ True,  True])",
    );
    assert.equal(
      message(() => np.testing.assert_array_equal(np.array([1, 2], { dtype: "uint8" }), np.array([3, 1], { dtype: "uint8" }))),
      "\nArrays are not equal\n\nMismatched elements: 2 / 2 (100%)\nMismatch at indices:\n [0]: 1 (ACTUAL), 3 (DESIRED)\n [1]: 2 (ACTUAL), 1 (DESIRED)\nMax absolute difference among violations: 2\nMax relative difference among violations: 1.\n ACTUAL: array([1, 2], dtype=uint8)\n DESIRED: array([3, 1], dtype=uint8)",
    );
  });
  test("array_less names x and y and compares infinities as values", () => {
    np.testing.assert_array_less([1, 2], [2, 3]);
    assert.equal(
      message(() => np.testing.assert_array_less([1, 5], [2, 3])),
      "\nArrays are not strictly ordered `x < y`\n\nMismatched elements: 1 / 2 (50%)\nMismatch at index:\n [1]: 5 (x), 3 (y)\nMax absolute difference among violations: 2\nMax relative difference among violations: 0.66666667\n x: array([1, 5])\n y: array([2, 3])",
    );
    assert.equal(
      message(() => np.testing.assert_array_less(np.array([1, Infinity]), np.array([2, Infinity]))),
      "\nArrays are not strictly ordered `x < y`\n\nMismatched elements: 1 / 2 (50%)\nMismatch at index:\n [1]: inf (x), inf (y)\nMax absolute difference among violations: nan\nMax relative difference among violations: nan\n x: array([ 1., inf])\n y: array([ 2., inf])",
    );
  });
  test("array_almost_equal prints at `decimal` precision", () => {
    np.testing.assert_array_almost_equal([1.0, 2.33333], [1.0, 2.33334], 4);
    assert.equal(
      message(() => np.testing.assert_array_almost_equal(np.array([1, 2]), np.array([1, 3]))),
      "\nArrays are not almost equal to 6 decimals\n\nMismatched elements: 1 / 2 (50%)\nMismatch at index:\n [1]: 2 (ACTUAL), 3 (DESIRED)\nMax absolute difference among violations: 1\nMax relative difference among violations: 0.33333333\n ACTUAL: array([1, 2])\n DESIRED: array([1, 3])",
    );
  });
});

describe("testing: assert_equal, assert_almost_equal, assert_approx_equal", () => {
  test("assert_equal walks lists and dicts; NaN equals NaN; 0 is not -0", () => {
    np.testing.assert_equal([1, { a: [2, NaN] }], [1, { a: [2, NaN] }]);
    np.testing.assert_equal(np.arange(3), [0, 1, 2]);
    np.testing.assert_equal({ re: 1, im: 2 }, { re: 1, im: 2 });
    np.testing.assert_equal(2n ** 60n, 2n ** 60n);
    assert.equal(message(() => np.testing.assert_equal(1, 2)), "\nItems are not equal:\n ACTUAL: 1\n DESIRED: 2");
    assert.equal(message(() => np.testing.assert_equal([1, [2, 3]], [1, [2, 4]])), "\nItems are not equal:\nitem=1\nitem=1\n\n ACTUAL: 3\n DESIRED: 4");
    assert.equal(message(() => np.testing.assert_equal(0, -0)), "\nItems are not equal:\n ACTUAL: 0\n DESIRED: -0.0");
    assert.equal(message(() => np.testing.assert_equal({ a: 1 }, { a: 2 })), "\nItems are not equal:\nkey='a'\n\n ACTUAL: 1\n DESIRED: 2");
  });
  test("assert_almost_equal and assert_approx_equal", () => {
    np.testing.assert_almost_equal(2.3333333333333, 2.33333334);
    np.testing.assert_almost_equal({ re: 1, im: 2 }, { re: 1.00000001, im: 2 });
    np.testing.assert_almost_equal(NaN, NaN);
    assert.equal(message(() => np.testing.assert_almost_equal(1, 1.1)), "\nArrays are not almost equal to 7 decimals\n ACTUAL: 1\n DESIRED: 1.1");
    np.testing.assert_approx_equal(0.12345677777777e-20, 0.1234567e-20);
    assert.equal(message(() => np.testing.assert_approx_equal(1.2345, 1.2346)), "\nItems are not equal to 7 significant digits:\n ACTUAL: 1.2345\n DESIRED: 1.2346");
  });
});

describe("testing: ulps, raises, warnings", () => {
  test("assert_array_max_ulp returns the distances; nulp compares with spacing", () => {
    assert.equal(np.array_repr(np.testing.assert_array_max_ulp(1.5, 1.5000000000000002)), "array([1.])");
    assert.equal(message(() => np.testing.assert_array_max_ulp(1.5, 1.5000000000000007)), "Arrays are not almost equal up to 1 ULP (max difference is 3 ULP)");
    np.testing.assert_array_almost_equal_nulp(np.array([1.5]), np.array([1.5000000000000002]));
    assert.equal(message(() => np.testing.assert_array_almost_equal_nulp(np.array([1.5]), np.array([1.5000000000000004]))), "Arrays are not equal to 1 ULP (max is 2)");
  });
  test("assert_raises and assert_raises_regex", () => {
    np.testing.assert_raises(np.ValueError, () => np.zeros(-1));
    np.testing.assert_raises_regex(np.ValueError, "negative dim", () => np.zeros(-1));
    assert.equal(message(() => np.testing.assert_raises(np.ValueError, () => np.zeros(1))), "ValueError not raised by <lambda>");
    assert.throws(() => np.testing.assert_raises(np.IndexError, () => np.zeros(-1)), { name: "ValueError" });
    assert.equal(message(() => np.testing.assert_raises_regex(np.ValueError, "^shape", () => np.zeros(-1))), '"^shape" does not match "negative dimensions are not allowed"');
  });
  test("assert_warns and assert_no_warnings record warnings instead of showing them", () => {
    const r = np.testing.assert_warns("RuntimeWarning", () => np.log(0));
    assert.equal(r, -Infinity);
    assert.equal(message(() => np.testing.assert_warns("RuntimeWarning", () => np.log(1))), "No warning raised when calling <lambda>");
    assert.equal(np.testing.assert_warns("Warning", () => np.log(0)), -Infinity); // a base class catches subclasses
    assert.equal(message(() => np.testing.assert_warns("UserWarning", () => np.log(0))), "No warning raised when calling <lambda>");
    assert.equal(np.testing.assert_no_warnings(() => np.log(1)), 0);
    assert.equal(
      message(() => np.testing.assert_no_warnings(() => np.log(0))),
      "Got warnings when calling <lambda>: [RuntimeWarning('divide by zero encountered in log')]",
    );
    np.testing.assert_(true);
    assert.equal(message(() => np.testing.assert_(false, "broken")), "broken");
  });
});

describe("testing: 0-d operands, big int64 and complex NaN (NumPy 2.4 messages)", () => {
  test("0-d arrays report their differences in the arrays' dtype", () => {
    assert.equal(
      message(() => np.testing.assert_array_equal(np.array(1.5), np.array(2.5))),
      "\nArrays are not equal\n\nMismatched elements: 1 / 1 (100%)\nMax absolute difference among violations: 1.\n" +
        "Max relative difference among violations: 0.4\n ACTUAL: array(1.5)\n DESIRED: array(2.5)",
    );
    // 0-d unsigned: NumPy's np.minimum(..., out=scalar) TypeError is suppressed, no differences.
    assert.equal(
      message(() => np.testing.assert_array_equal(np.array(3, { dtype: "uint8" }), np.array(5, { dtype: "uint8" }))),
      "\nArrays are not equal\n\nMismatched elements: 1 / 1 (100%)\n ACTUAL: array(3, dtype=uint8)\n DESIRED: array(5, dtype=uint8)",
    );
  });
  test("a 0-d actual against a 1-d desired broadcasts", () => {
    assert.equal(
      message(() => np.testing.assert_array_equal(2.5, np.array([1.5, 2.5, 3.5]))),
      "\nArrays are not equal\n\nMismatched elements: 2 / 3 (66.7%)\nMismatch at indices:\n [0]: 2.5 (ACTUAL), 1.5 (DESIRED)\n" +
        " [2]: 2.5 (ACTUAL), 3.5 (DESIRED)\nMax absolute difference among violations: 1.\n" +
        "Max relative difference among violations: 0.66666667\n ACTUAL: array(2.5)\n DESIRED: array([1.5, 2.5, 3.5])",
    );
  });
  test("int64 elements beyond 2^53 keep every digit in the mismatch lines", () => {
    const m = message(() => np.testing.assert_array_equal(np.array([-(2n ** 62n), 5n]), np.array([2n ** 62n, 5n])));
    assert.ok(m.includes(" [0]: -4611686018427387904 (ACTUAL), 4611686018427387904 (DESIRED)\n"), m);
  });
  test("assert_equal: complex scalars with NaN parts at the same places are equal", () => {
    np.testing.assert_equal({ re: NaN, im: 1 }, { re: NaN, im: 1 });
    assert.equal(message(() => np.testing.assert_equal({ re: 1, im: 1 }, { re: 1, im: 2 })), "\nItems are not equal:\n ACTUAL: (1+1j)\n DESIRED: (1+2j)");
  });
});

describe("testing: assert_string_equal (NumPy 2.4's difflib delta)", () => {
  test("passes on equal strings, shows '?' guide lines on a changed line", () => {
    np.testing.assert_string_equal("abc", "abc");
    assert.equal(message(() => np.testing.assert_string_equal("hello\nworld", "hello\nword")), "Differences in strings:\n- world?    -\n+ word");
    assert.equal(message(() => np.testing.assert_string_equal("abc", "abcd")), "Differences in strings:\n- abc+ abcd?    +");
    assert.equal(
      message(() => np.testing.assert_string_equal("x = 1.234\ny = 2\n", "x = 1.235\ny = 3\n")),
      "Differences in strings:\n- x = 1.234\n?         ^\n+ x = 1.235\n?         ^\n- y = 2\n?     ^\n+ y = 3\n?     ^",
    );
  });
  test("whitespace kept in guide lines; dissimilar lines; NumPy's quirks on inserted lines", () => {
    assert.equal(
      message(() => np.testing.assert_string_equal("The quick brown fox\njumps over\tthe lazy dog", "The quick brown fax\njumps  over the lazy dog!")),
      "Differences in strings:\n- The quick brown fox\n?                  ^\n+ The quick brown fax\n?                  ^\n" +
        "- jumps over\tthe lazy dog?           ^\n+ jumps  over the lazy dog!?       +    ^            +",
    );
    assert.equal(message(() => np.testing.assert_string_equal("totally different", "nothing alike here")), "Differences in strings:\n- totally different+ nothing alike here");
    assert.equal(message(() => np.testing.assert_string_equal("a\nc", "a\nb\nc")), "'+ b\\n'");
    assert.equal(message(() => np.testing.assert_string_equal("a\nb", "a")), "'+ a'");
    assert.throws(() => np.testing.assert_string_equal("a\nb\n", "a\n"), { name: "IndexError", message: "pop from empty list" });
    assert.equal(message(() => np.testing.assert_string_equal(1 as unknown as string, "a")), "<class 'int'>");
  });
});

describe("testing: assert_array_compare (NumPy 2.4's public engine)", () => {
  test("custom comparison, header, names and positional precision/equal_nan", () => {
    np.testing.assert_array_compare((x, y) => x.less_equal(y), [1, 2], [2, 2]);
    assert.equal(
      message(() => np.testing.assert_array_compare((x, y) => x.less_equal(y), [1.5, 3.5], [2.5, 2.5], { header: "Not le", names: ["a", "b"] })),
      "\nNot le\n\nMismatched elements: 1 / 2 (50%)\nMismatch at index:\n [1]: 3.5 (a), 2.5 (b)\nMax absolute difference among violations: 1.\n" +
        "Max relative difference among violations: 0.4\n a: array([1.5, 3.5])\n b: array([2.5, 2.5])",
    );
    const m = message(() => np.testing.assert_array_compare((x, y) => x.equal(y), [1.123456789, NaN], [1.2, NaN], "em", true, "H", 3, false));
    assert.ok(m.startsWith("\nH\nem\nMismatched elements: 2 / 2 (100%)") && m.endsWith(" ACTUAL: array([1.123,   nan])\n DESIRED: array([1.2, nan])"), m);
  });
});
