// Print options: get/set/restore, the callback and `using` forms of np.printoptions, and NumPy's
// errors for bad values. Expected strings and messages come from NumPy 2.4.
import { afterEach, test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

const DEFAULTS: np.PrintOptions = {
  edgeitems: 3,
  threshold: 1000,
  floatmode: "maxprec",
  precision: 8,
  suppress: false,
  linewidth: 75,
  nanstr: "nan",
  infstr: "inf",
  sign: "-",
  formatter: null,
  legacy: false,
  override_repr: null,
};

function reset(): void {
  np.set_printoptions({ ...DEFAULTS });
}
afterEach(reset);

test("get_printoptions returns NumPy's keys, in NumPy's order, with NumPy's defaults", () => {
  reset();
  const o = np.get_printoptions();
  assert.deepEqual(Object.keys(o), Object.keys(DEFAULTS));
  assert.deepEqual({ ...o }, DEFAULTS);
});

test("get_printoptions returns a copy", () => {
  const o = np.get_printoptions();
  o.precision = 2;
  assert.equal(np.get_printoptions().precision, 8);
});

test("set_printoptions takes NumPy's positional order and keywords", () => {
  np.set_printoptions(3, 10, 1, 40, true);
  const o = np.get_printoptions();
  assert.equal(o.precision, 3);
  assert.equal(o.threshold, 10);
  assert.equal(o.edgeitems, 1);
  assert.equal(o.linewidth, 40);
  assert.equal(o.suppress, true);
  np.set_printoptions({ precision: 4 });
  assert.equal(String(np.array([1.123456789])), "[1.1235]");
  assert.equal(np.array_repr(np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])), "array([ 0, ..., 10], shape=(11,))");
  np.set_printoptions({ threshold: 5, edgeitems: 3, linewidth: 75 });
  assert.equal(np.array_repr(np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])), "array([0, 1, 2, ..., 7, 8, 9], shape=(10,))");
});

test("set_printoptions with no arguments keeps options but resets formatter and override_repr", () => {
  np.set_printoptions({ precision: 4, formatter: { all: (x: number) => "int: " + String(-x) } });
  assert.equal(np.array_repr(np.array([0, 1, 2])), "array([int: 0, int: -1, int: -2])");
  np.set_printoptions();
  assert.equal(np.array_repr(np.array([0, 1, 2])), "array([0, 1, 2])");
  assert.equal(np.get_printoptions().precision, 4);
  np.set_printoptions({ override_repr: () => "custom" });
  assert.equal(np.array_repr(np.array([0, 1, 2])), "custom");
  assert.equal(String(np.array([0, 1, 2])), "[0 1 2]");
  np.set_printoptions();
  assert.equal(np.array_repr(np.array([0, 1, 2])), "array([0, 1, 2])");
});

test("suppress, from set_printoptions' docstring", () => {
  const x = np.array([-4.930380657631324e-32, -4.440892098500626e-16, 0, 0]);
  assert.equal(np.array_repr(x), "array([-4.93038066e-32, -4.44089210e-16,  0.00000000e+00,  0.00000000e+00])");
  np.set_printoptions({ suppress: true });
  assert.equal(np.array_repr(x), "array([-0., -0.,  0.,  0.])");
});

test("printoptions with a callback returns its result and restores the options", () => {
  const r = np.printoptions({ precision: 2 }, () => String(np.array([2 / 3])));
  assert.equal(r, "[0.67]");
  assert.equal(String(np.array([2 / 3])), "[0.66666667]");
  assert.equal(np.get_printoptions().precision, 8);
  assert.equal(
    np.printoptions({ precision: 2, suppress: true, threshold: 5 }, () =>
      np.array_repr(np.array([0, 10 / 9, 20 / 9, 30 / 9, 40 / 9, 50 / 9, 60 / 9, 70 / 9, 80 / 9, 10], { dtype: "float64" })),
    ),
    "array([ 0.  ,  1.11,  2.22, ...,  7.78,  8.89, 10.  ], shape=(10,))",
  );
});

test("printoptions takes set_printoptions' positional arguments before the callback", () => {
  assert.equal(np.printoptions(3, () => np.get_printoptions().precision), 3);
  assert.equal(np.get_printoptions().precision, 8);
});

test("printoptions restores the options when the callback throws", () => {
  assert.throws(
    () =>
      np.printoptions({ precision: 1 }, () => {
        throw new Error("boom");
      }),
    /boom/,
  );
  assert.equal(np.get_printoptions().precision, 8);
});

test("printoptions discards set_printoptions calls made inside it, as NumPy's context does", () => {
  np.printoptions({ precision: 2 }, () => np.set_printoptions({ precision: 5 }));
  assert.equal(np.get_printoptions().precision, 8);
});

test("printoptions as a disposable: `using` restores at the end of the block", () => {
  {
    using opts = np.printoptions({ precision: 2 });
    assert.equal(opts.precision, 2);
    assert.deepEqual({ ...opts }, { ...np.get_printoptions() });
    assert.equal(String(np.array([2 / 3])), "[0.67]");
    {
      using _inner = np.printoptions({ precision: 3, sign: "+" });
      assert.equal(String(np.array([2 / 3])), "[+0.667]");
    }
    assert.equal(String(np.array([2 / 3])), "[0.67]");
  }
  assert.equal(String(np.array([2 / 3])), "[0.66666667]");
});

test("a printoptions scope disposed twice restores once", () => {
  const scope = np.printoptions({ precision: 2 });
  np.set_printoptions({ linewidth: 100 });
  scope[Symbol.dispose]();
  assert.equal(np.get_printoptions().linewidth, 75);
  np.set_printoptions({ linewidth: 90 });
  scope[Symbol.dispose]();
  assert.equal(np.get_printoptions().linewidth, 90);
});

function throwsNumpy(fn: () => unknown, name: string, message: string): void {
  assert.throws(fn, (e: Error) => {
    assert.equal(e.name, name);
    assert.equal(e.message, message);
    return true;
  });
}

test("bad option values raise NumPy's errors and change nothing", () => {
  const FLOATMODE = 'floatmode option must be one of "fixed", "unique", "maxprec", "maxprec_equal"';
  throwsNumpy(() => np.set_printoptions({ floatmode: "exact" as never }), "ValueError", FLOATMODE);
  throwsNumpy(() => np.set_printoptions({ sign: "x" as never }), "ValueError", "sign option must be one of ' ', '+', or '-'");
  throwsNumpy(() => np.set_printoptions({ precision: 1.5 }), "TypeError", "precision must be an integer");
  throwsNumpy(
    () => np.set_printoptions({ threshold: NaN }),
    "ValueError",
    "threshold must be non-NAN, try sys.maxsize for untruncated representation",
  );
  throwsNumpy(() => np.set_printoptions({ threshold: "x" as never }), "TypeError", "threshold must be numeric");
  throwsNumpy(() => np.set_printoptions({ foo: 1 } as never), "TypeError", "set_printoptions() got an unexpected keyword argument 'foo'");
  throwsNumpy(() => np.printoptions({ floatmode: "exact" as never }, () => 1), "ValueError", FLOATMODE);
  throwsNumpy(() => np.array2string(np.array([1.5]), { floatmode: "exact" as never }), "ValueError", FLOATMODE);
  assert.deepEqual({ ...np.get_printoptions() }, DEFAULTS);
});

test("a negative precision is accepted by set_printoptions and rejected when floats are printed", () => {
  np.set_printoptions({ precision: -1 });
  throwsNumpy(() => String(np.array([1.5])), "ValueError", "precision must be >= 0");
  assert.equal(String(np.array([1, 2])), "[1 2]");
});

test("legacy: false round-trips; '2.1' drops the shape= of summarised arrays", () => {
  np.set_printoptions({ legacy: false });
  assert.equal(np.get_printoptions().legacy, false);
  np.set_printoptions({ legacy: "2.1" });
  assert.equal(np.get_printoptions().legacy, "2.1");
  assert.equal(
    np.printoptions({ threshold: 5 }, () => np.array_repr(np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))),
    "array([0, 1, 2, ..., 7, 8, 9])",
  );
  np.set_printoptions({ legacy: false });
});

test("legacy='1.13' prints as NumPy 1.13 did (expected strings from NumPy 2.4.6 with legacy='1.13')", () => {
  np.set_printoptions({ legacy: "1.13" });
  try {
    assert.equal(np.get_printoptions().legacy, "1.13");
    assert.equal(np.get_printoptions().sign, "-");
    // Floats: a sign column ('-' prints as ' '), scientific with two spaces and full precision.
    assert.equal(np.array_repr(np.array([1.5, -2.25, 3])), "array([ 1.5 , -2.25,  3.  ])");
    assert.equal(np.array_repr(np.array([1e-10, 1])), "array([  1.00000000e-10,   1.00000000e+00])");
    assert.equal(np.array_repr(np.array([NaN, 1.0], { dtype: "float64" })), "array([ nan,   1.])");
    // 0-d arrays print the Python repr of their item; bool is not an implied dtype.
    assert.equal(np.array_repr(np.array(0.1, { dtype: "float32" })), "array(0.10000000149011612, dtype=float32)");
    assert.equal(String(np.array(0.1, { dtype: "float32" })), "0.10000000149011612");
    assert.equal(np.array_repr(np.array({ re: 2, im: 0 })), "array((2+0j))");
    assert.equal(np.array_repr(np.array(1e20)), "array(1e+20)");
    assert.equal(np.array2string(np.array({ re: 0, im: -1.5 })), "-1.5j");
    assert.equal(np.array_repr(np.array([true])), "array([ True], dtype=bool)");
    // Complex: real parts with equal digits, imaginary parts as maxprec.
    assert.equal(np.array_repr(np.array([{ re: 1, im: 2 }, { re: 3.5, im: -1 }])), "array([ 1.0+2.j,  3.5-1.j])");
    // Summaries: "..., " and a fixed ", \n" after a row of '...'.
    assert.equal(np.array_repr(np.arange(2000)), "array([   0,    1,    2, ..., 1997, 1998, 1999])");
    assert.equal(
      np.array2string(np.arange(2000).reshape(10, 10, 20), { separator: ", ", edgeitems: 1 }),
      "[[[   0, ...,   19],\n  ..., \n  [ 180, ...,  199]],\n\n ..., \n [[1800, ..., 1819],\n  ..., \n  [1980, ..., 1999]]]",
    );
  } finally {
    np.set_printoptions({ legacy: false });
  }
});

test("nanstr and infstr", () => {
  np.set_printoptions({ nanstr: "NaN", infstr: "Inf" });
  assert.equal(np.array_repr(np.array([NaN, 1.5, -Infinity])), "array([ NaN,  1.5, -Inf])");
});

test("an unknown legacy mode is NumPy's UserWarning and is ignored", async () => {
  const { withWarnings } = await import("../helpers/warnings.js");
  const [, seen] = await withWarnings(() => np.set_printoptions({ legacy: "3.0" as never }));
  assert.deepEqual(seen, ["UserWarning: legacy printing option can currently only be '1.13', '1.21', '1.25', '2.1', '2.2' or `False`"]);
  assert.equal(np.get_printoptions().legacy, false);
});
