// NumPy's floating-point error handling: seterr/geterr/errstate, the warning texts, "raise",
// and which condition each operation reports.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { withWarnings } from "../helpers/warnings.js";
import { captureWarnings } from "../../src/core/warnings.js";

/** The RuntimeWarning messages `fn` emits. */
const warningsOfAll = warningsOf;
async function warningsOf(fn: () => unknown): Promise<string[]> {
  const [, seen] = await withWarnings(fn);
  return seen.filter((w) => w.startsWith("RuntimeWarning: ")).map((w) => w.slice("RuntimeWarning: ".length));
}

test("defaults are NumPy's", () => {
  assert.deepEqual(np.geterr(), { divide: "warn", over: "warn", under: "ignore", invalid: "warn" });
});

test("seterr returns the old settings and rejects unknown modes", () => {
  const old = np.seterr({ divide: "ignore" });
  assert.equal(np.geterr().divide, "ignore");
  np.seterr(old);
  assert.equal(np.geterr().divide, "warn");
  assert.throws(() => np.seterr({ divide: "bogus" as "warn" }), (e: Error) => e.name === "ValueError");
});

test("errstate restores the settings after the callback, also when it throws", () => {
  np.errstate({ all: "ignore" }, () => assert.equal(np.geterr().over, "ignore"));
  assert.equal(np.geterr().over, "warn");
  assert.throws(() => np.errstate({ all: "ignore" }, () => {
    throw new Error("x");
  }));
  assert.equal(np.geterr().invalid, "warn");
  {
    using _ = np.errstate({ invalid: "ignore" });
    assert.equal(np.geterr().invalid, "ignore");
  }
  assert.equal(np.geterr().invalid, "warn");
});

test("raise throws FloatingPointError with NumPy's text", () => {
  assert.throws(
    () => np.errstate({ divide: "raise" }, () => np.divide(np.array([1.5]), 0)),
    (e: Error) => e instanceof np.FloatingPointError && e.message === "divide by zero encountered in divide",
  );
  assert.throws(
    () => np.errstate({ invalid: "raise" }, () => np.sqrt(np.array([-1.5]))),
    (e: Error) => e.message === "invalid value encountered in sqrt",
  );
  assert.throws(
    () => np.errstate({ over: "raise" }, () => np.exp(np.array([1000.5]))),
    (e: Error) => e.message === "overflow encountered in exp",
  );
  // Big arrays go through the kernels: the same conditions.
  const big = np.zeros(100_000);
  big.set(77, -1);
  assert.throws(() => np.errstate({ invalid: "raise", divide: "ignore" }, () => np.log(big)), (e: Error) => e.message === "invalid value encountered in log");
  assert.throws(() => np.errstate({ divide: "raise", invalid: "ignore" }, () => np.log(big)), (e: Error) => e.message === "divide by zero encountered in log");
});

test("warnings name the condition and the ufunc, as NumPy's do", async () => {
  assert.deepEqual(await warningsOf(() => np.divide(np.array([1.5, 0]), 0)), [
    "divide by zero encountered in divide",
    "invalid value encountered in divide",
  ]);
  assert.deepEqual(await warningsOf(() => np.floor_divide(np.array([7]), 0)), ["divide by zero encountered in floor_divide"]);
  assert.deepEqual(await warningsOf(() => np.multiply(np.array([1e308]), 10)), ["overflow encountered in multiply"]);
  // NaN in, NaN out: no new condition.
  assert.deepEqual(await warningsOf(() => np.add(np.array([NaN]), 1)), []);
  assert.deepEqual(await warningsOf(() => np.errstate({ all: "ignore" }, () => np.divide(1, np.array([0.0, 0.0])))), []);
});

test("a warning shows once per call site, as Python's default filter does", async () => {
  const messages = await warningsOf(() => {
    for (let i = 0; i < 5; i++) np.log(np.array([0.0, 2.5]));
  });
  assert.equal(messages.length, 1);
});

test("inf - inf, inf * 0 and sin(inf) are invalid operations; NaN inputs stay quiet", () => {
  const raise = (f: () => unknown) => np.errstate({ all: "raise" }, f);
  assert.throws(() => raise(() => np.subtract(np.array([Infinity]), Infinity)), { name: "FloatingPointError", message: "invalid value encountered in subtract" });
  assert.throws(() => raise(() => np.multiply(np.array(new Array(100).fill(Infinity)), 0)), { message: "invalid value encountered in multiply" });
  assert.throws(() => raise(() => np.sin(np.array([Infinity]))), { message: "invalid value encountered in sin" });
  assert.throws(() => raise(() => np.multiply(np.array([{ re: Infinity, im: 0 }]), 0)), { message: "invalid value encountered in multiply" });
  assert.equal(String(raise(() => np.add(np.array([NaN]), 1))), "[nan]");
  assert.equal(String(raise(() => np.spacing(np.array([Infinity])))), "[nan]");
  assert.equal(String(raise(() => np.add(np.array([Infinity]), 1))), "[inf]");
});

test("floor_divide by a scalar -1 overflows INT_MIN, as NumPy reports it", () => {
  for (const n of [2, 1000]) {
    const a = np.array(new Array(n).fill(-128), { dtype: "int8" });
    assert.throws(() => np.errstate({ over: "raise" }, () => np.floor_divide(a, -1)), { name: "FloatingPointError", message: "overflow encountered in floor_divide" });
  }
});

test("float reductions report overflow and invalid 'in reduce' / 'in accumulate'", () => {
  const raise = (f: () => unknown) => np.errstate({ all: "raise" }, f);
  assert.throws(() => raise(() => np.sum(np.array([1e308, 1e308]))), { message: "overflow encountered in reduce" });
  assert.throws(() => raise(() => np.prod(np.array([1e200, 1e200]), { axis: 0, keepdims: true })), { message: "overflow encountered in reduce" });
  assert.throws(() => raise(() => np.sum(np.array([Infinity, -Infinity]))), { message: "invalid value encountered in reduce" });
  assert.throws(() => raise(() => np.cumsum(np.array([1e308, 1e308]))), { message: "overflow encountered in accumulate" });
  assert.equal(raise(() => np.sum(np.array([Infinity, 1.5]))), Infinity);
  assert.equal(raise(() => np.max(np.array([Infinity, 1.5]))), Infinity);
  assert.equal(String(raise(() => np.add.reduce(np.zeros([0, 3]), { axis: 0 }))), "[0. 0. 0.]");
});

test("a whole-array mean's empty division is NumPy's 'scalar divide'", () => {
  assert.throws(() => np.errstate({ invalid: "raise" }, () => np.mean(np.array([]))), { message: "invalid value encountered in scalar divide" });
  assert.throws(() => np.errstate({ invalid: "raise" }, () => np.var(np.array([1.5]), { ddof: 1 })), { message: "invalid value encountered in scalar divide" });
  assert.throws(() => np.errstate({ invalid: "raise" }, () => np.mean(np.zeros([0, 2]), { axis: 0 })), { message: "invalid value encountered in divide" });
});

test("seterr takes NumPy's positional order (all, divide, over, under, invalid) and its messages", () => {
  const old = np.seterr("raise");
  try {
    assert.deepEqual(np.geterr(), { divide: "raise", over: "raise", under: "raise", invalid: "raise" });
    np.seterr(null, "ignore");
    assert.equal(np.geterr().divide, "ignore");
  } finally {
    np.seterr(old);
  }
  assert.throws(() => np.seterr({ divide: "bogus" as never }), { name: "ValueError", message: "invalid error mode 'bogus'" });
  assert.throws(() => np.errstate({ bogus: "raise" } as never, () => 1), { name: "TypeError", message: "errstate.__init__() got an unexpected keyword argument 'bogus'" });
});

test("integer power: exponent 0 is no division by zero; negative exponents raise for any shape", async () => {
  await new Promise((r) => setImmediate(r)); // warnings of earlier tests are delivered first
  assert.deepEqual(await warningsOf(() => np.power(np.array([2, 3]), np.arange(2))), []);
  assert.deepEqual(await warningsOf(() => np.power(np.arange(3), 0)), []);
  assert.deepEqual(await warningsOf(() => np.power(np.full(100, 2), np.arange(100).mod(5))), []);
  assert.equal(String(np.errstate({ divide: "raise" }, () => np.arange(3).power(0))), "[1 1 1]");
  // The division ufuncs still flag a zero divisor.
  assert.deepEqual(await warningsOf(() => np.remainder(np.arange(3), 0)), ["divide by zero encountered in remainder"]);
  assert.deepEqual(await warningsOf(() => np.reciprocal(np.array([0, 2]))), ["divide by zero encountered in reciprocal", "invalid value encountered in reciprocal"]);
  const neg = { name: "ValueError", message: "Integers to negative integer powers are not allowed." };
  assert.throws(() => np.power(np.arange(4).reshape(2, 2), np.array([[1, -1], [1, 1]])), neg);
  assert.throws(() => np.power(2, -1), neg);
  assert.throws(() => np.power(np.array(2), np.array(-1)), neg);
  assert.equal(np.power(2, 10), 1024);
});

test("integer loops raise flags only where NumPy's integer divisions do", async () => {
  const i8 = (v: number[]) => np.array(v, { dtype: "int8" });
  // Only this call's conditions (other files' warnings may arrive on the same tick).
  const warningsOf = async (fn: () => unknown) => (await warningsOfAll(fn)).filter((m) => / encountered in (power|divmod|remainder|floor_divide)$/.test(m));
  // power(0, 0) is 1 with no condition: only the divisions have integer flags.
  assert.deepEqual(await warningsOf(() => np.power(i8([0, 2, 0]), i8([0, 0, 5]))), []);
  assert.deepEqual(await warningsOf(() => np.divmod(i8([-128, 5]), i8([-1, 0]))), [
    "divide by zero encountered in divmod",
    "overflow encountered in divmod",
  ]);
  assert.deepEqual(await warningsOf(() => np.remainder(i8([-128, 5]), i8([-1, 0]))), ["divide by zero encountered in remainder"]);
  assert.deepEqual(await warningsOf(() => np.floor_divide(i8([-128]), i8([-1]))), ["overflow encountered in floor_divide"]);
});

// Expected values below are NumPy 2.4.6's (conformance probes, conf-ufunc session).
test("seterrcall/geterrcall and the 'call' and 'log' modes, as NumPy 2.4.6", () => {
  const calls: [string, number][] = [];
  const cb = (err: string, flag: number) => void calls.push([err, flag]);
  assert.equal(np.seterrcall(cb), null);
  try {
    assert.equal(np.geterrcall(), cb);
    np.errstate({ all: "call" }, () => {
      np.divide(np.array([1, 0], { dtype: "float64" }), 0);
      np.sqrt(np.array([-1], { dtype: "float64" }));
    });
    // Each condition with every flag the call raised (divide 1 | invalid 8).
    assert.deepEqual(calls, [["divide by zero", 9], ["invalid value", 9], ["invalid value", 8]]);
    const lines: string[] = [];
    np.seterrcall({ write: (m: string) => void lines.push(m) });
    np.errstate({ all: "log" }, () => np.log(np.array([0], { dtype: "float64" })));
    assert.deepEqual(lines, ["Warning: divide by zero encountered in log\n"]);
    assert.throws(() => np.seterrcall(5 as never), { name: "TypeError", message: "python object must be callable or have a callable write method" });
    np.seterrcall(null);
    assert.throws(() => np.errstate({ all: "call" }, () => np.log(np.array([0], { dtype: "float64" }))), {
      name: "NameError",
      message: "python callback specified for divide by zero (in  log) but no function found.",
    });
    // errstate's call= sets the callback for its duration only.
    np.errstate({ call: cb }, () => assert.equal(np.geterrcall(), cb));
    assert.equal(np.geterrcall(), null);
  } finally {
    np.seterrcall(null);
  }
});

test("divmod of floats by zero reports the remainder's invalid value too (NumPy 2.4.6)", () => {
  assert.throws(() => np.errstate({ invalid: "raise" }, () => np.divmod(np.array([1], { dtype: "float64" }), 0)), {
    name: "FloatingPointError",
    message: "invalid value encountered in divmod",
  });
  assert.throws(() => np.errstate({ divide: "raise" }, () => np.divmod(np.array([1], { dtype: "float64" }), 0)), {
    message: "divide by zero encountered in divmod",
  });
  const [q, r] = np.errstate({ all: "ignore" }, () => np.divmod(np.array([7.5], { dtype: "float64" }), 2)) as np.NDArray[];
  assert.deepEqual([q!.tolist(), r!.tolist()], [[3], [1.5]]);
});

test("complex division of a nonzero by zero is a division by zero and an invalid value (NumPy 2.4.6)", () => {
  const c = (x: number[]) => np.array(x, { dtype: "complex128" });
  const got: string[] = [];
  const old = np.seterrcall((err: string) => void got.push(err));
  try {
    np.errstate({ all: "call" }, () => np.divide(c([1]), 0));
    assert.deepEqual(got.splice(0), ["divide by zero", "invalid value"]);
    np.errstate({ all: "call" }, () => np.divide(c([0]), 0));
    assert.deepEqual(got.splice(0), ["invalid value"]);
    np.errstate({ all: "call" }, () => np.divide(np.array([{ re: 1, im: 1 }]), c([0])));
    assert.deepEqual(got.splice(0), ["divide by zero"]);
  } finally {
    np.seterrcall(old);
  }
});

test("the 'print' mode writes NumPy 2.4.6's line to stderr", () => {
  const lines: string[] = [];
  const orig = console.error;
  const origLog = console.log;
  const out: string[] = [];
  console.error = (...a: unknown[]) => void lines.push(a.join(" "));
  console.log = (...a: unknown[]) => void out.push(a.join(" "));
  try {
    np.errstate({ all: "print" }, () => np.log(np.array([0], { dtype: "float64" })));
  } finally {
    console.error = orig;
    console.log = origLog;
  }
  assert.deepEqual(lines, ["Warning: divide by zero encountered in log"]);
  assert.deepEqual(out, []);
});

test("underflow is reported as NumPy 2.4.6 reports it when errstate watches it", () => {
  const F = (x: number[], dtype: "float64" | "float32" = "float64") => np.array(x, { dtype });
  const under = { name: "FloatingPointError" };
  np.errstate({ under: "raise" }, () => {
    assert.throws(() => np.multiply(F([1e-200]), F([1e-200])), { ...under, message: "underflow encountered in multiply" });
    assert.throws(() => np.multiply(F([1e-30], "float32"), F([1e-30], "float32")), { message: "underflow encountered in multiply" });
    assert.throws(() => np.divide(F([1e-300]), 1e100), { message: "underflow encountered in divide" });
    assert.throws(() => np.exp(F([-1000])), { message: "underflow encountered in exp" });
    assert.throws(() => np.power(F([1e-200]), 2), { message: "underflow encountered in power" });
    assert.throws(() => np.square(F([1e-200])), { message: "underflow encountered in square" });
    assert.throws(() => np.reciprocal(F([1e308])), { message: "underflow encountered in reciprocal" });
    assert.throws(() => np.ldexp(F([1.5]), -1074), { message: "underflow encountered in ldexp" });
    assert.throws(() => np.nextafter(F([0]), 1), { message: "underflow encountered in nextafter" });
    assert.throws(() => np.divmod(F([1e-300]), 1e100), { message: "underflow encountered in divmod" });
    assert.throws(() => np.multiply.reduce(F([1e-200, 1e-200])), { message: "underflow encountered in reduce" });
    assert.throws(() => F([1e-300]).astype("float32"), { message: "underflow encountered in cast" });
    // Exact results do not underflow.
    assert.deepEqual((np.multiply(F([0]), F([1e-200])) as np.NDArray).tolist(), [0]);
    assert.deepEqual((np.multiply(F([2 ** -1070]), F([0.5])) as np.NDArray).tolist(), [2 ** -1071]);
    assert.deepEqual((np.ldexp(F([1]), -1074) as np.NDArray).tolist(), [5e-324]);
    assert.deepEqual((np.exp(F([-Infinity])) as np.NDArray).tolist(), [0]);
    assert.deepEqual((np.subtract(F([1e-308]), F([0.9e-308])) as np.NDArray).size, 1);
  });
  // The default ("ignore") stays quiet, on the fast path.
  assert.deepEqual((np.multiply(F([1e-200]), F([1e-200])) as np.NDArray).tolist(), [0]);
});

test("integer reciprocal: only a zero input flags (divide and invalid, NumPy's 1.0 / 0 cast to int), on every path", async () => {
  // every warning, not once per call site as shown to users
  const warningsOf = async (fn: () => unknown): Promise<string[]> => captureWarnings(fn)[1].map((w) => w.message);
  const both = ["divide by zero encountered in reciprocal", "invalid value encountered in reciprocal"];
  // nonzero inputs: no condition, whatever the path (small, kernel-sized, strided, 0-d, uint, out=)
  for (const x of [np.array([2, 1, -1]), np.arange(1, 300), np.arange(1, 300).get("::2"), np.array(3), np.array([2, 1], "uint8"), np.arange(1, 7).reshape(2, 3).T]) {
    assert.deepEqual(await warningsOf(() => np.reciprocal(x as np.NDArray)), []);
    assert.doesNotThrow(() => np.errstate({ all: "raise" }, () => np.reciprocal(x as np.NDArray)));
  }
  for (const x of [np.array([0, 2]), np.arange(0, 300), np.arange(0, 300).get("::2"), np.array(0), np.array([true, false]), np.arange(0, 6).reshape(2, 3).T]) {
    assert.deepEqual(await warningsOf(() => np.reciprocal(x as np.NDArray)), both);
  }
  assert.throws(() => np.errstate({ all: "raise" }, () => np.reciprocal(np.array([2, 0]))), { name: "FloatingPointError", message: "divide by zero encountered in reciprocal" });
  const a = np.arange(3);
  assert.deepEqual(await warningsOf(() => np.reciprocal.at(a, [0])), ["divide by zero encountered in at", "invalid value encountered in at"]);
  // a scalar dividend over an array of divisors flags the array's zeros
  assert.deepEqual(await warningsOf(() => np.floor_divide(5, np.array([2, 1]))), []);
  assert.deepEqual(await warningsOf(() => np.floor_divide(5, np.array([0, 1]))), ["divide by zero encountered in floor_divide"]);
});

test("complex conditions as NumPy 2.4 reports them: kernel-sized arrays, poles of arctan/log1p, NaN divisors", () => {
  const warnings = (fn: () => unknown): string[] => captureWarnings(fn)[1].map((w) => w.message);
  const c = (n: number, v: unknown) => np.full(n, v as number, { dtype: "complex128" });
  // large (WASM kernel) complex arrays report like small ones
  assert.deepEqual(warnings(() => np.divide(c(300, 1), 0)), ["divide by zero encountered in divide", "invalid value encountered in divide"]);
  assert.deepEqual(warnings(() => np.multiply(c(300, 1e300), 1e300)), ["overflow encountered in multiply"]);
  assert.deepEqual(warnings(() => np.multiply(np.full([30, 20], 1e300, { dtype: "complex128" }).T, 1e300)), ["overflow encountered in multiply"]);
  assert.deepEqual(warnings(() => np.reciprocal(np.zeros(300, { dtype: "complex64" }))), ["invalid value encountered in reciprocal"]);
  // poles: arctan(+-1j), log1p(-1) divide by zero (not overflow)
  assert.deepEqual(warnings(() => np.arctan(np.array([{ re: 0, im: 1 }]))), ["divide by zero encountered in arctan"]);
  assert.deepEqual(warnings(() => np.log1p(np.array([{ re: -1, im: 0 }]))), ["divide by zero encountered in log1p"]);
  // a NaN divisor is invalid (Smith's comparisons); a NaN dividend is quiet
  assert.deepEqual(warnings(() => np.divide(1, np.array([{ re: NaN, im: 0 }]))), ["invalid value encountered in divide"]);
  assert.deepEqual(warnings(() => np.reciprocal(np.array([{ re: 0, im: NaN }]))), ["invalid value encountered in reciprocal"]);
  assert.deepEqual(warnings(() => np.divide(np.array([{ re: NaN, im: 1 }]), { re: 1, im: 1 })), []);
  // sign sets inf+infj's nan+nanj directly (quiet), on small and kernel-sized arrays
  assert.deepEqual(warnings(() => np.sign(np.array([{ re: Infinity, im: Infinity }, { re: Infinity, im: 1 }]))), []);
  assert.deepEqual(warnings(() => np.sign(c(300, { re: -Infinity, im: Infinity }))), []);
  assert.deepEqual(warnings(() => np.sign(np.array([{ re: Infinity, im: -Infinity }], { dtype: "complex64" }))), []);
});

test("complex inputs with a NaN part: the few that NumPy 2.4 (glibc) reports as invalid, the rest quiet", () => {
  const I = Infinity;
  const N = NaN;
  const Z: [number, number][] = [[N, 0], [N, 1], [N, I], [N, -I], [0, N], [1, N], [I, N], [-I, N], [N, N]];
  const flagged = (f: string, dt: string) =>
    Z.filter(([re, im]) => captureWarnings(() => (np as unknown as Record<string, (x: unknown) => unknown>)[f]!(np.full(3, { re, im }, { dtype: dt })))[1].length > 0).map(String);
  const want: Record<string, string[]> = {
    exp: ["NaN,1", "NaN,Infinity", "NaN,-Infinity", "0,NaN", "1,NaN"],
    exp2: ["NaN,1", "NaN,Infinity", "NaN,-Infinity", "0,NaN", "1,NaN"],
    expm1: ["NaN,Infinity", "NaN,-Infinity"],
    sin: ["NaN,1"],
    sinh: ["1,NaN"],
    tan: ["Infinity,NaN", "-Infinity,NaN"],
    tanh: ["NaN,Infinity", "NaN,-Infinity"],
    cos: [],
    cosh: [],
    log: [],
    sqrt: [],
    arcsin: [],
  };
  for (const dt of ["complex128", "complex64"]) for (const [f, w] of Object.entries(want)) assert.deepEqual(flagged(f, dt), w, `${f} ${dt}`);
});

test("logaddexp/logaddexp2 report invalid for a NaN operand (NumPy's ordered comparisons), also in reduce and accumulate", () => {
  const warnings = (fn: () => unknown): string[] => captureWarnings(fn)[1].map((w) => w.message);
  assert.deepEqual(warnings(() => np.logaddexp(np.array([NaN, 1, 2]), np.array([1, NaN, 3]))), ["invalid value encountered in logaddexp"]);
  assert.deepEqual(warnings(() => np.logaddexp2(np.full(500, NaN, "float32"), np.ones(500, "float32"))), ["invalid value encountered in logaddexp2"]);
  assert.deepEqual(warnings(() => np.logaddexp(np.array([1.5, 2]), np.array([1, Infinity]))), []);
  // reduce starts from the identity (-inf), so a lone NaN is combined; reduceat and accumulate copy a segment's first element
  assert.deepEqual(warnings(() => np.logaddexp.reduce(np.array([NaN]))), ["invalid value encountered in reduce"]);
  assert.deepEqual(warnings(() => np.logaddexp.accumulate(np.array([1, NaN]))), ["invalid value encountered in accumulate"]);
  assert.deepEqual(warnings(() => np.logaddexp.accumulate(np.array([NaN]))), []);
  assert.deepEqual(warnings(() => np.logaddexp.reduceat(np.array([NaN, 1, 2]), [0, 1])), []);
  assert.deepEqual(warnings(() => np.logaddexp.reduceat(np.array([NaN, 1, 2]), [0, 2])), ["invalid value encountered in reduceat"]);
});

test("complex power and ordered comparisons report invalid for NaN operands where NumPy 2.4's loops do", () => {
  const warnings = (fn: () => unknown): string[] => captureWarnings(fn)[1].map((w) => w.message);
  const c = np.array([{ re: 3, im: 1 }, { re: 2, im: 0 }]);
  // power: a real NaN or infinite exponent is cast to an integer; 0j ** NaN is NumPy's explicit invalid
  assert.deepEqual(warnings(() => np.power(c, { re: NaN, im: 0 })), ["invalid value encountered in power"]);
  assert.deepEqual(warnings(() => np.power(np.array([{ re: 0, im: 0 }]), { re: NaN, im: 0 })), ["invalid value encountered in power"]);
  assert.deepEqual(warnings(() => np.power(np.array([{ re: 0, im: NaN }]), { re: Infinity, im: 0 })), ["invalid value encountered in power"]);
  assert.deepEqual(warnings(() => np.power(c, { re: NaN, im: 1 })), []);
  assert.deepEqual(warnings(() => np.power(np.array([{ re: NaN, im: 0 }]), 2)), []);
  // ordered comparisons: a NaN real part, or equal real parts and a NaN imaginary part
  assert.deepEqual(warnings(() => np.less(c, NaN)), ["invalid value encountered in less"]);
  assert.deepEqual(warnings(() => np.less(c, { re: 0, im: NaN })), []);
  assert.deepEqual(warnings(() => np.greater_equal(c, { re: 3, im: NaN })), ["invalid value encountered in greater_equal"]);
  assert.deepEqual(warnings(() => np.less_equal(np.full(300, { re: NaN, im: 0 }), np.full(300, { re: 0, im: 1 }))), ["invalid value encountered in less_equal"]);
  assert.deepEqual(warnings(() => np.greater(np.full([30, 20], { re: 1, im: NaN }).T, np.full([20, 30], { re: 1, im: 0 }))), ["invalid value encountered in greater"]);
  assert.deepEqual(warnings(() => np.equal(np.array([{ re: NaN, im: 0 }]), np.array([{ re: NaN, im: 0 }]))), []);
  assert.deepEqual(warnings(() => np.less(np.array([1.5, NaN]), np.array([NaN, 1.5]))), []);
});
