// np.format_float_positional / np.format_float_scientific: options, float32 inputs, errors
// (expected values from NumPy 2.4), and property tests of the Dragon4 port against references
// that are obviously correct: round-tripping, and JS's own shortest float64 digits.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import * as np from "../../src/index.js";

const f32 = (x: number) => np.array(x, { dtype: "float32" });

test("docstring examples", () => {
  assert.equal(np.format_float_positional(f32(Math.PI)), "3.1415927");
  assert.equal(np.format_float_scientific(f32(Math.PI)), "3.1415927e+00");
  assert.equal(np.format_float_scientific(f32(1.23e24), { unique: false, precision: 15 }), "1.230000071797338e+24");
  assert.equal(np.format_float_scientific(f32(1.23e24), { exp_digits: 4 }), "1.23e+0024");
  assert.equal(np.format_float_positional(1 / 3, { precision: 4, unique: false }), "0.3333");
});

test("positional arguments in NumPy's order", () => {
  assert.equal(np.format_float_positional(2 / 3, 3, false, true, "-", true), "+0.667");
  assert.equal(np.format_float_scientific(-4.5e-10, 2, true, ".", false, 6, 3), "    -4.5e-010");
});

test("float32 inputs use float32 digits, float64 ones float64 digits", () => {
  assert.equal(np.format_float_positional(f32(0.1)), "0.1");
  assert.equal(np.format_float_positional(f32(0.1), { unique: false, precision: 12 }), "0.100000001490");
  assert.equal(np.format_float_positional(Math.fround(0.1)), "0.10000000149011612");
});

test("inf and nan", () => {
  assert.equal(np.format_float_positional(Infinity, { sign: true, pad_left: 5 }), "+inf");
  assert.equal(np.format_float_scientific(-Infinity), "-inf");
  assert.equal(np.format_float_positional(NaN, { sign: true }), "nan");
});

function throwsNumpy(fn: () => unknown, name: string, message: string): void {
  assert.throws(fn, (e: Error) => {
    assert.equal(e.name, name);
    assert.equal(e.message, message);
    return true;
  });
}

test("bad arguments raise NumPy's errors", () => {
  throwsNumpy(() => np.format_float_positional(1.5, { unique: false }), "TypeError", "in non-unique mode `precision` must be supplied");
  throwsNumpy(() => np.format_float_scientific(1.5, { precision: 2, min_digits: 3 }), "ValueError", "min_digits must be less than or equal to precision");
  throwsNumpy(
    () => np.format_float_positional(1.5, { precision: 0, fractional: false }),
    "ValueError",
    "precision must be greater than 0 if fractional=False",
  );
  throwsNumpy(() => np.format_float_positional(1.5, { pad_left: -2 }), "ValueError", "pad_left must be >= 0");
  throwsNumpy(() => np.format_float_scientific(1.5, { precision: -1 }), "ValueError", "precision must be >= 0");
  throwsNumpy(
    () => np.format_float_positional(1.5, { trim: "x" as never }),
    "TypeError",
    "if supplied, trim must be 'k', '.', '0' or '-' found `" + " ".repeat(99) + "x`",
  );
  throwsNumpy(() => np.format_float_positional(np.array([1.5, 2])), "TypeError", "only 0-dimensional arrays can be converted to Python scalars");
  assert.throws(() => np.format_float_positional(np.array({ re: 1, im: 2 })), (e: Error) => e.name === "TypeError");
});

const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const finiteFloat = fc.float({ noNaN: true, noDefaultInfinity: true });

test("unique digits round-trip (float64)", () => {
  fc.assert(
    fc.property(finiteDouble, (x) => {
      assert.equal(Number(np.format_float_scientific(x)), x);
      assert.equal(Number(np.format_float_positional(x)), x);
    }),
    { numRuns: 2000 },
  );
});

test("unique digits round-trip at float32 precision", () => {
  fc.assert(
    fc.property(finiteFloat, (x) => {
      assert.equal(Math.fround(Number(np.format_float_scientific(f32(x)))), x);
      assert.equal(Math.fround(Number(np.format_float_positional(f32(x)))), x);
    }),
    { numRuns: 2000 },
  );
});

/** The decimal digits of JS's shortest round-trip representation (ECMAScript Number::toString). */
function jsDigits(x: number): string {
  const [mant] = Math.abs(x).toExponential().split("e");
  return mant!.replace(".", "");
}

test("unique float64 digits are JS's shortest round-trip digits", () => {
  fc.assert(
    fc.property(finiteDouble, (x) => {
      const s = np.format_float_scientific(x, { trim: "-" });
      const [mant, exp] = s.replace(/^-/, "").split("e");
      assert.equal(mant!.replace(".", ""), jsDigits(x));
      if (x !== 0) assert.equal(Number(exp), Number(Math.abs(x).toExponential().split("e")[1]));
    }),
    { numRuns: 3000 },
  );
});

/** Reference: x rounded half to even at p fractional digits, in exact BigInt arithmetic. */
function exactFixed(x: number, p: number): string {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  const e = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const m = e === 0 ? frac : frac | (1n << 52n);
  const exp = (e === 0 ? 1 : e) - 1075;
  let num = m * 10n ** BigInt(p);
  let q: bigint;
  if (exp >= 0) q = num << BigInt(exp);
  else {
    const den = 1n << BigInt(-exp);
    q = num / den;
    num %= den;
    if (2n * num > den || (2n * num === den && (q & 1n) === 1n)) q += 1n;
  }
  const digits = q.toString().padStart(p + 1, "0");
  const sign = bits >> 63n ? "-" : "";
  return sign + digits.slice(0, digits.length - p) + "." + digits.slice(digits.length - p);
}

test("exact digits with a precision are the correctly rounded decimal, ties to even (float64)", () => {
  fc.assert(
    fc.property(finiteDouble, fc.integer({ min: 0, max: 30 }), (x, p) => {
      assert.equal(np.format_float_positional(x, { precision: p, unique: false }), exactFixed(x, p));
    }),
    { numRuns: 3000 },
  );
  assert.equal(np.format_float_positional(0.125, { precision: 2, unique: false }), "0.12");
  assert.equal(np.format_float_positional(0.375, { precision: 2, unique: false }), "0.38");
  assert.equal(np.format_float_positional(2.5, { precision: 0, unique: false }), "2.");
});

test("a value that is not a float: TypeError naming the Python type, as NumPy 2.4.6", () => {
  // np.format_float_positional('x') -> TypeError: must be real number, not str (likewise None,
  // [1.0] -> NoneType, list; format_float_scientific the same). A plain object is the options
  // object (API.md), so alone it leaves x missing, as np.format_float_positional(precision=3).
  const ffp = np.format_float_positional as (x: unknown) => string;
  const ffs = np.format_float_scientific as (x: unknown) => string;
  for (const [v, name] of [["1.0", "str"], [null, "NoneType"], [[1.5], "list"]] as const) {
    assert.throws(() => ffp(v), { name: "TypeError", message: `must be real number, not ${name}` });
    assert.throws(() => ffs(v), { name: "TypeError", message: `must be real number, not ${name}` });
  }
  assert.throws(() => ffp({ precision: 3 }), { name: "TypeError", message: "format_float_positional() missing 1 required positional argument: 'x'" });
  assert.throws(() => ffs({ precision: 3 }), { name: "TypeError", message: "format_float_scientific() missing 1 required positional argument: 'x'" });
});

test("exp_digits=0 prints no exponent digits for a zero exponent (NumPy 2.4.6)", () => {
  // np.format_float_scientific(x, exp_digits=0): 0.0 -> '0.e+', 3.0 -> '3.e+', 5e5 -> '5.e+5', 0.5 -> '5.e-1'
  assert.equal(np.format_float_scientific(0, { exp_digits: 0 }), "0.e+");
  assert.equal(np.format_float_scientific(3, { exp_digits: 0 }), "3.e+");
  assert.equal(np.format_float_scientific(f32(3), { exp_digits: 0 }), "3.e+");
  assert.equal(np.format_float_scientific(5e5, { exp_digits: 0 }), "5.e+5");
  assert.equal(np.format_float_scientific(0.5, { exp_digits: 0 }), "5.e-1");
  assert.equal(np.format_float_scientific(3, { exp_digits: 1 }), "3.e+0");
  assert.equal(np.format_float_scientific(3e10, { exp_digits: 0 }), "3.e+10");
});

test("Python's argument errors: int options refuse floats, huge ints overflow, complex 0-d arrays refused", () => {
  // NumPy 2.4: np.format_float_scientific(1.5, precision=2.5) -> TypeError; 10**400 -> OverflowError.
  const intMsg = { name: "TypeError", message: "integer argument expected, got float" };
  assert.throws(() => np.format_float_scientific(1.5, { precision: 2.5 }), intMsg);
  assert.throws(() => np.format_float_scientific(1.5, { exp_digits: 1.5 }), intMsg);
  assert.throws(() => np.format_float_positional(1.5, { pad_left: 2.5 }), intMsg);
  assert.throws(() => np.format_float_positional(1.5, { min_digits: 2.5 }), intMsg);
  assert.equal(np.format_float_scientific(1.5, { precision: true as never }), "1.5e+00");
  assert.throws(() => np.format_float_positional(10n ** 400n), { name: "OverflowError", message: "int too large to convert to float" });
  assert.throws(() => np.format_float_positional(-(2n ** 1024n)), { name: "OverflowError" });
  assert.equal(np.format_float_positional(2n ** 63n), "9223372036854776000."); // NumPy 2.4 too
  assert.throws(() => np.format_float_positional(np.array({ re: 0, im: 1 })), {
    name: "TypeError",
    message: "float() argument must be a string or a real number, not 'complex'",
  });
});
