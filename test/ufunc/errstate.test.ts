// NumPy's floating-point error handling: seterr/geterr/errstate, the warning texts, "raise",
// and which condition each operation reports.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

/** The RuntimeWarning messages `fn` emits (Node delivers process warnings asynchronously). */
async function warningsOf(fn: () => unknown): Promise<string[]> {
  const seen: string[] = [];
  const on = (w: Error) => {
    if (w.name === "RuntimeWarning") seen.push(w.message);
  };
  process.on("warning", on);
  try {
    fn();
    await new Promise((r) => setImmediate(r));
  } finally {
    process.off("warning", on);
  }
  return seen;
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
