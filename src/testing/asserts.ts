/**
 * np.testing's assertions, as NumPy's numpy.testing: the same names, arguments, checks and
 * failure messages, throwing AssertionError (np.testing.AssertionError) on failure, so that tests
 * written against NumPy port by changing syntax only.
 *
 * @example
 * np.testing.assert_allclose(np.linalg.inv([[2, 0], [0, 4]]), [[0.5, 0], [0, 0.25]]);
 * np.testing.assert_array_equal(np.arange(3), [0, 1, 2]);
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NDArray } from "../core/ndarray.js";
import { FLOAT64 } from "../core/dtype.js";
import { num, pyFormat } from "../io/printf.js";
import { captureWarnings } from "../core/warnings.js";
import { asArray } from "../api/creation.js";
import { all, max } from "../api/reductions.js";
import { result_type } from "../api/dtypes.js";
import { imag, isclose, real } from "../api/math.js";
import { where } from "../api/select.js";
import { IndexError, NotImplementedError, ValueError } from "../core/errors.js";
import { shapeRepr } from "../core/shape.js";
import { differCompare, splitlinesKeep } from "./difflib.js";
import { AssertionError, assertArrayCompare, buildErrMsg, pyRepr } from "./compare.js";
import { uf } from "../ufunc/ufunc.js";
import { isComplexScalar } from "../core/scalar.js";

type Verbose = { err_msg?: string; verbose?: boolean };

/** Python's '{:g}' of a number. */
function formatG(x: number): string {
  return pyFormat("%g", [num(FLOAT64, x)]);
}

/**
 * Raises an AssertionError unless `actual` and `desired` are equal to within `rtol` and `atol`
 * elementwise (|actual - desired| <= atol + rtol * |desired|), NaNs at the same places equal.
 * @example np.testing.assert_allclose([1, 2.0000001], [1, 2]) // passes
 */
export function assert_allclose(
  actual: ArrayLike,
  desired: ArrayLike,
  ...rest: Args<[number, number, boolean, string, boolean], { rtol?: number; atol?: number; equal_nan?: boolean; err_msg?: string; verbose?: boolean; strict?: boolean }>
): void {
  const [rtol = 1e-7, atol = 0, equalNan = true, errMsg = "", verbose = true, strict = false] = bindArgs(
    "assert_allclose",
    ["rtol", "atol", "equal_nan", "err_msg", "verbose"],
    rest,
    ["strict"],
  ) as [number?, number?, boolean?, string?, boolean?, boolean?];
  assertArrayCompare((x, y) => asArray(isclose(x, y, { rtol, atol, equal_nan: equalNan })), actual, desired, {
    errMsg: String(errMsg),
    verbose,
    header: `Not equal to tolerance rtol=${formatG(rtol)}, atol=${formatG(atol)}`,
    equalNan,
    strict,
  });
}

/**
 * Raises an AssertionError unless the arrays have the same shape (or one is a scalar) and equal
 * elements; NaNs at the same places are equal. `strict` also requires the same dtype and shape.
 * @example np.testing.assert_array_equal(np.arange(3), [0, 1, 2]) // passes
 */
export function assert_array_equal(actual: ArrayLike, desired: ArrayLike, ...rest: Args<[string, boolean], Verbose & { strict?: boolean }>): void {
  const [errMsg = "", verbose = true, strict = false] = bindArgs("assert_array_equal", ["err_msg", "verbose"], rest, ["strict"]) as [
    string?,
    boolean?,
    boolean?,
  ];
  assertArrayCompare((x, y) => uf("equal", x, y), actual, desired, { errMsg: String(errMsg), verbose, header: "Arrays are not equal", strict });
}

type CompareArgs = { err_msg?: string; verbose?: boolean; header?: string; precision?: number; equal_nan?: boolean; equal_inf?: boolean; strict?: boolean; names?: readonly [string, string] };

/**
 * NumPy's assert_array_compare, the engine of the array assertions: raises an AssertionError
 * with NumPy's message unless `comparison(x, y)` (an elementwise function giving booleans) holds
 * after the NaN and inf checks.
 * @example np.testing.assert_array_compare((x, y) => x.less_equal(y), [1, 2], [2, 2]) // passes
 */
export function assert_array_compare(
  comparison: (x: NDArray, y: NDArray) => ArrayLike,
  x: ArrayLike,
  y: ArrayLike,
  ...rest: Args<[string, boolean, string, number, boolean, boolean], CompareArgs>
): void {
  const [errMsg = "", verbose = true, header = "", precision = 6, equalNan = true, equalInf = true, strict = false, names = ["ACTUAL", "DESIRED"]] = bindArgs(
    "assert_array_compare",
    ["err_msg", "verbose", "header", "precision", "equal_nan", "equal_inf"],
    rest,
    ["strict", "names"],
  ) as [string?, boolean?, string?, number?, boolean?, boolean?, boolean?, (readonly [string, string])?];
  assertArrayCompare((a, b) => asArray(comparison(a, b)), x, y, { errMsg: String(errMsg), verbose, header, precision, equalNan, equalInf, strict, names });
}

/**
 * Raises an AssertionError unless |actual - desired| < 1.5 * 10**-decimal elementwise.
 * @example np.testing.assert_array_almost_equal([1.0, 2.33333], [1.0, 2.33334], 4) // passes
 */
export function assert_array_almost_equal(actual: ArrayLike, desired: ArrayLike, ...rest: Args<[number, string, boolean], Verbose & { decimal?: number }>): void {
  const [decimal = 6, errMsg = "", verbose = true] = bindArgs("assert_array_almost_equal", ["decimal", "err_msg", "verbose"], rest) as [number?, string?, boolean?];
  const compare = (x: NDArray, y: NDArray) => {
    // y becomes inexact first (so that abs of the most negative integer cannot wrap).
    const yf = y.astype(result_type(y, 1.5));
    return uf("less", uf("absolute", uf("subtract", x, yf)), 1.5 * 10 ** -decimal);
  };
  assertArrayCompare(compare, actual, desired, {
    errMsg: String(errMsg),
    verbose,
    header: `Arrays are not almost equal to ${decimal} decimals`,
    precision: decimal,
  });
}

/**
 * Raises an AssertionError unless x < y elementwise (infinities compared as values).
 * @example np.testing.assert_array_less([1, 2], [2, 3]) // passes
 */
export function assert_array_less(x: ArrayLike, y: ArrayLike, ...rest: Args<[string, boolean], Verbose & { strict?: boolean }>): void {
  const [errMsg = "", verbose = true, strict = false] = bindArgs("assert_array_less", ["err_msg", "verbose"], rest, ["strict"]) as [string?, boolean?, boolean?];
  assertArrayCompare((a, b) => uf("less", a, b), x, y, {
    errMsg: String(errMsg),
    verbose,
    header: "Arrays are not strictly ordered `x < y`",
    equalInf: false,
    strict,
    names: ["x", "y"],
  });
}

/** Whether a value is a Python container for assert_equal (JS array) or a dict (plain object). */
function isDict(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof NDArray) && !isComplexScalar(v) && !ArrayBuffer.isView(v);
}

function parts(v: unknown): [unknown, unknown] {
  if (isComplexScalar(v)) return [v.re, v.im];
  return [v, 0];
}

function isScalarValue(v: unknown): boolean {
  return typeof v === "number" || typeof v === "boolean" || typeof v === "bigint" || isComplexScalar(v);
}

/**
 * Raises an AssertionError unless the two objects are equal: arrays as assert_array_equal, JS
 * arrays (lists) and plain objects (dicts) item by item, scalars by value with NaN equal to NaN
 * and 0 distinct from -0.
 * @example np.testing.assert_equal([1, {a: 2}], [1, {a: 2}]) // passes
 */
export function assert_equal(actual: unknown, desired: unknown, ...rest: Args<[string, boolean], Verbose & { strict?: boolean }>): void {
  const [errMsg = "", verbose = true, strict = false] = bindArgs("assert_equal", ["err_msg", "verbose"], rest, ["strict"]) as [string?, boolean?, boolean?];
  if (isDict(desired)) {
    if (!isDict(actual)) throw new AssertionError(typeName(actual));
    assert_equal(Object.keys(actual).length, Object.keys(desired).length, errMsg, verbose);
    for (const k of Object.keys(desired)) {
      if (!(k in actual)) throw new AssertionError(`'${k}'`);
      assert_equal(actual[k], desired[k], `key='${k}'\n${errMsg}`, verbose);
    }
    return;
  }
  if (Array.isArray(desired) && Array.isArray(actual)) {
    assert_equal(actual.length, desired.length, errMsg, verbose);
    for (let k = 0; k < desired.length; k++) assert_equal(actual[k], desired[k], `item=${k}\n${errMsg}`, verbose);
    return;
  }
  if (actual instanceof NDArray || desired instanceof NDArray) {
    assert_array_equal(actual as ArrayLike, desired as ArrayLike, { err_msg: errMsg, verbose, strict });
    return;
  }
  const msg = buildErrMsg([actual, desired], errMsg, { verbose });
  if (isComplexScalar(actual) || isComplexScalar(desired)) {
    const [ar, ai] = parts(actual);
    const [dr, di] = parts(desired);
    try {
      assert_equal(ar, dr);
      assert_equal(ai, di);
    } catch (e) {
      if (e instanceof AssertionError) throw new AssertionError(msg);
      throw e;
    }
    return;
  }
  if (isScalarValue(actual) !== isScalarValue(desired)) throw new AssertionError(msg);
  if (typeof actual === "number" && typeof desired === "number") {
    if (Number.isNaN(actual) && Number.isNaN(desired)) return;
    if (actual === 0 && desired === 0 && Object.is(actual, -0) !== Object.is(desired, -0)) throw new AssertionError(msg);
  }
  if (!looseEqual(actual, desired)) throw new AssertionError(msg);
}

/** Python's == between scalars: numbers, bools and bigints compare by value. */
function looseEqual(a: unknown, b: unknown): boolean {
  if (isComplexScalar(a) || isComplexScalar(b)) {
    const [ar, ai] = parts(a);
    const [br, bi] = parts(b);
    return looseEqual(ar, br) && looseEqual(ai, bi);
  }
  const num = (v: unknown) => (typeof v === "boolean" ? Number(v) : v);
  const x = num(a);
  const y = num(b);
  if (typeof x === "bigint" || typeof y === "bigint") {
    if (typeof x === "number" && !Number.isInteger(x)) return false;
    if (typeof y === "number" && !Number.isInteger(y)) return false;
    try {
      return BigInt(x as number | bigint) === BigInt(y as number | bigint);
    } catch {
      return false;
    }
  }
  return x === y;
}

function typeName(v: unknown): string {
  if (v instanceof NDArray) return "<class 'numpy.ndarray'>";
  if (Array.isArray(v)) return "<class 'list'>";
  if (typeof v === "number") return Number.isInteger(v) ? "<class 'int'>" : "<class 'float'>";
  if (typeof v === "boolean") return "<class 'bool'>";
  if (typeof v === "string") return "<class 'str'>";
  return `<class '${typeof v}'>`;
}

/**
 * Raises an AssertionError unless |desired - actual| < 1.5 * 10**-decimal (arrays: elementwise,
 * as assert_array_almost_equal; complex: real and imaginary parts separately).
 * @example np.testing.assert_almost_equal(2.3333333333333, 2.33333334) // passes
 */
export function assert_almost_equal(actual: unknown, desired: unknown, ...rest: Args<[number, string, boolean], Verbose & { decimal?: number }>): void {
  const [decimal = 7, errMsg = "", verbose = true] = bindArgs("assert_almost_equal", ["decimal", "err_msg", "verbose"], rest) as [number?, string?, boolean?];
  const message = () => buildErrMsg([actual, desired], errMsg, { verbose, header: `Arrays are not almost equal to ${decimal} decimals` });
  const complexArray = (v: unknown) => v instanceof NDArray && v._dt.kind === "c";
  if (isComplexScalar(actual) || isComplexScalar(desired) || complexArray(actual) || complexArray(desired)) {
    const split = (v: unknown): [unknown, unknown] => (v instanceof NDArray ? (v._dt.kind === "c" ? [real(v), imag(v)] : [v, 0]) : parts(v));
    const [ar, ai] = split(actual);
    const [dr, di] = split(desired);
    try {
      assert_almost_equal(ar, dr, { decimal });
      assert_almost_equal(ai, di, { decimal });
    } catch (e) {
      if (e instanceof AssertionError) throw new AssertionError(message());
      throw e;
    }
    return;
  }
  if (actual instanceof NDArray || desired instanceof NDArray || Array.isArray(actual) || Array.isArray(desired)) {
    assert_array_almost_equal(actual as ArrayLike, desired as ArrayLike, decimal, errMsg);
    return;
  }
  const a = Number(actual);
  const d = Number(desired);
  if (!(Number.isFinite(a) && Number.isFinite(d))) {
    if (Number.isNaN(a) || Number.isNaN(d)) {
      if (!(Number.isNaN(a) && Number.isNaN(d))) throw new AssertionError(message());
    } else if (a !== d) throw new AssertionError(message());
    return;
  }
  if (Math.abs(d - a) >= 1.5 * 10 ** -decimal) throw new AssertionError(message());
}

/**
 * Raises an AssertionError unless the two numbers agree to `significant` significant digits.
 * @example np.testing.assert_approx_equal(0.12345677777777e-20, 0.1234567e-20) // passes
 */
export function assert_approx_equal(actual: number, desired: number, ...rest: Args<[number, string, boolean], Verbose & { significant?: number }>): void {
  const [significant = 7, errMsg = "", verbose = true] = bindArgs("assert_approx_equal", ["significant", "err_msg", "verbose"], rest) as [number?, string?, boolean?];
  const a = Number(actual);
  const d = Number(desired);
  if (a === d) return;
  const scale = 10 ** Math.floor(Math.log10(0.5 * (Math.abs(d) + Math.abs(a))));
  const scD = scale === 0 ? 0 : d / scale;
  const scA = scale === 0 ? 0 : a / scale;
  const msg = buildErrMsg([a, d], errMsg, { verbose, header: `Items are not equal to ${significant} significant digits:` });
  if (!(Number.isFinite(a) && Number.isFinite(d))) {
    if (Number.isNaN(a) || Number.isNaN(d)) {
      if (!(Number.isNaN(a) && Number.isNaN(d))) throw new AssertionError(msg);
    } else if (a !== d) throw new AssertionError(msg);
    return;
  }
  if (Math.abs(scD - scA) >= 10 ** -(significant - 1)) throw new AssertionError(msg);
}

/**
 * The distance in units in the last place between x and y, elementwise, as NumPy's nulp_diff:
 * both as their common float type, with a leading axis of length 1.
 */
function nulpDiff(x: ArrayLike, y: ArrayLike, dtype?: string | null): NDArray {
  let a = asArray(x);
  let b = asArray(y);
  if (dtype) {
    a = a.astype(dtype);
    b = b.astype(dtype);
  }
  if (a._dt.kind === "c" || b._dt.kind === "c") throw new NotImplementedError("_nulp not implemented for complex array");
  const t = a.dtype === "float32" && b.dtype === "float32" ? "float32" : "float64";
  a = a.astype(t).reshape([1, ...a.shape]);
  b = b.astype(t).reshape([1, ...b.shape]);
  if (a.shape.length !== b.shape.length || a.shape.some((d, i) => d !== b.shape[i])) {
    throw new ValueError(`Arrays do not have the same shape: ${shapeRepr(a.shape)} - ${shapeRepr(b.shape)}`);
  }
  // integer_repr: the float's bits as a signed integer, negative floats mirrored below zero.
  const intType = t === "float32" ? "int32" : "int64";
  const lowest = t === "float32" ? -(2 ** 31) : -(2n ** 63n);
  const bits = (v: NDArray) => {
    const i = v.view(intType);
    return where(uf("less", i, 0), uf("subtract", asArray(lowest).astype(intType), i), i);
  };
  return uf("absolute", uf("subtract", bits(a), bits(b)).astype(t));
}

/**
 * Raises an AssertionError unless a and b differ by at most `maxulp` units in the last place;
 * returns the differences.
 * @example np.testing.assert_array_max_ulp(1.5, 1.5000000000000002) // array([1.])
 */
export function assert_array_max_ulp(a: ArrayLike, b: ArrayLike, ...rest: Args<[number, string | null], { maxulp?: number; dtype?: string | null }>): NDArray {
  const [maxulp = 1, dtype = null] = bindArgs("assert_array_max_ulp", ["maxulp", "dtype"], rest) as [number?, (string | null)?];
  const ret = nulpDiff(a, b, dtype);
  if (all(uf("less_equal", ret, maxulp)) !== true) {
    throw new AssertionError(`Arrays are not almost equal up to ${formatG(maxulp)} ULP (max difference is ${formatG(Number(max(ret)))} ULP)`);
  }
  return ret;
}

/**
 * Raises an AssertionError unless |x - y| <= nulp * spacing(max(|x|, |y|)) elementwise.
 * @example np.testing.assert_array_almost_equal_nulp([1.0], [1.0000000000000002]) // passes
 */
export function assert_array_almost_equal_nulp(x: ArrayLike, y: ArrayLike, ...rest: Args<[number], { nulp?: number }>): void {
  const [nulp = 1] = bindArgs("assert_array_almost_equal_nulp", ["nulp"], rest) as [number?];
  const ax = uf("absolute", x);
  const ay = uf("absolute", y);
  const ref = uf("multiply", nulp, uf("spacing", uf("fmax", ax, ay)));
  if (all(uf("less_equal", uf("absolute", uf("subtract", x, y)), ref)) === true) return;
  if (ax._dt.kind === "c" || asArray(y)._dt.kind === "c" || asArray(x)._dt.kind === "c") {
    throw new AssertionError(`Arrays are not equal to ${nulp} ULP`);
  }
  throw new AssertionError(`Arrays are not equal to ${nulp} ULP (max is ${formatG(Number(max(nulpDiff(x, y))))})`);
}

type ErrorClass = abstract new (...args: never[]) => Error;

function callRaising(cls: ErrorClass, fn: (...a: unknown[]) => unknown, args: unknown[]): Error {
  try {
    fn(...args);
  } catch (e) {
    if (e instanceof cls) return e;
    throw e;
  }
  throw new AssertionError(`${cls.name} not raised by ${fn.name || "<lambda>"}`);
}

/**
 * Raises an AssertionError unless calling fn(...args) throws an instance of `cls` (other errors
 * pass through, as in Python).
 * @example np.testing.assert_raises(np.ValueError, () => np.zeros(-1))
 */
export function assert_raises(cls: ErrorClass, fn: (...a: unknown[]) => unknown, ...args: unknown[]): void {
  callRaising(cls, fn, args);
}

/**
 * assert_raises that also requires the error message to match `regexp` (searched, as Python's re.search).
 * @example np.testing.assert_raises_regex(np.ValueError, "negative dimensions", () => np.zeros(-1))
 */
export function assert_raises_regex(cls: ErrorClass, regexp: string | RegExp, fn: (...a: unknown[]) => unknown, ...args: unknown[]): void {
  const e = callRaising(cls, fn, args);
  const re = typeof regexp === "string" ? new RegExp(regexp) : regexp;
  if (!re.test(e.message)) throw new AssertionError(`"${re.source}" does not match "${e.message}"`);
}

/** Python's warning class tree for the warnings ndts emits (a category also catches its subclasses). */
const WARNING_PARENT: Record<string, string> = {
  UserWarning: "Warning",
  RuntimeWarning: "Warning",
  DeprecationWarning: "Warning",
  ComplexWarning: "RuntimeWarning",
  RankWarning: "RuntimeWarning",
  ConversionWarning: "UserWarning",
  VisibleDeprecationWarning: "UserWarning",
  ModuleDeprecationWarning: "DeprecationWarning",
};

function isWarningSubclass(cls: string, category: string): boolean {
  for (let c: string | undefined = cls; c !== undefined; c = WARNING_PARENT[c]) if (c === category) return true;
  return false;
}

/**
 * Runs fn(...args) and raises an AssertionError unless it emitted a warning of `category` (a
 * NumPy warning name such as "RuntimeWarning"; "Warning" or a base class also catches its subclasses, as in Python); returns fn's result.
 * @example np.testing.assert_warns("RuntimeWarning", () => np.log(0))
 */
export function assert_warns<R>(category: string, fn: (...a: unknown[]) => R, ...args: unknown[]): R {
  const [result, caught] = captureWarnings(() => fn(...args));
  if (!caught.some((w) => isWarningSubclass(w.category, category))) throw new AssertionError(`No warning raised when calling ${fn.name || "<lambda>"}`);
  return result;
}

/**
 * Runs fn(...args) and raises an AssertionError if it emitted any warning; returns fn's result.
 * @example np.testing.assert_no_warnings(() => np.log(1))
 */
export function assert_no_warnings<R>(fn: (...a: unknown[]) => R, ...args: unknown[]): R {
  const [result, caught] = captureWarnings(() => fn(...args));
  if (caught.length > 0) throw new AssertionError(`Got warnings when calling ${fn.name || "<lambda>"}: [${caught.map((w) => `${w.category}('${w.message}')`).join(", ")}]`);
  return result;
}

/**
 * Raises an AssertionError unless the two strings are equal; the message is NumPy's
 * "Differences in strings:" followed by difflib's delta of the differing lines.
 * @example np.testing.assert_string_equal("abc", "abc") // passes; "abc" vs "abcd" throws
 */
export function assert_string_equal(actual: string, desired: string): void {
  if (typeof actual !== "string") throw new AssertionError(typeName(actual));
  if (typeof desired !== "string") throw new AssertionError(typeName(desired));
  if (desired === actual) return;
  const diff = differCompare(splitlinesKeep(actual), splitlinesKeep(desired));
  const diffList: string[] = [];
  while (diff.length) {
    const d1 = diff.shift()!;
    if (d1.startsWith("  ")) continue;
    if (!d1.startsWith("- ")) throw new AssertionError(pyRepr(d1));
    const l = [d1];
    let d2 = diff.shift();
    if (d2?.startsWith("? ")) {
      l.push(d2);
      d2 = diff.shift();
    }
    if (d2 === undefined || !d2.startsWith("+ ")) {
      // NumPy pops from the empty list here (a deletion at the end), an IndexError.
      if (d2 === undefined) throw new IndexError("pop from empty list");
      throw new AssertionError(pyRepr(d2));
    }
    l.push(d2);
    if (diff.length) {
      const d3 = diff.shift()!;
      if (d3.startsWith("? ")) l.push(d3);
      else diff.unshift(d3);
    }
    if (d2.slice(2) === d1.slice(2)) continue;
    diffList.push(...l);
  }
  if (!diffList.length) return;
  throw new AssertionError(`Differences in strings:\n${diffList.join("").trimEnd()}`);
}

/**
 * Raises an AssertionError with `msg` unless `val` is truthy (NumPy's assert_, which works
 * where Python's assert statement is stripped).
 * @example np.testing.assert_(1 + 1 === 2)
 */
export function assert_(val: unknown, msg: string | (() => string) = ""): void {
  if (!val) throw new AssertionError(typeof msg === "function" ? msg() : msg);
}
