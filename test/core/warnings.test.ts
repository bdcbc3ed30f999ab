// NumPy's warnings: categories, texts, and Python's default filter (once per user call site).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";

/** The warnings `fn` emits, as "Category: message" (Node delivers them asynchronously). */
async function warningsOf(fn: () => unknown): Promise<string[]> {
  const seen: string[] = [];
  const on = (w: Error) => seen.push(`${w.name}: ${w.message}`);
  process.on("warning", on);
  try {
    fn();
    await new Promise((r) => setImmediate(r));
  } finally {
    process.off("warning", on);
  }
  return seen;
}

const COMPLEX = "ComplexWarning: Casting complex values to real discards the imaginary part";

test("casting complex to a real dtype warns (ComplexWarning), as NumPy does on every path", async () => {
  const c = np.array([{ re: 1.5, im: 2 }]);
  assert.deepEqual(await warningsOf(() => assert.equal(String(c.astype("float32")), "[1.5]")), [COMPLEX]);
  assert.deepEqual(await warningsOf(() => c.astype("int8")), [COMPLEX]);
  assert.deepEqual(await warningsOf(() => np.array(c, { dtype: "float64" })), [COMPLEX]);
  // A Python complex stored into a float array is a TypeError in NumPy, not a cast.
  assert.throws(() => np.zeros(1).set(0, { re: 1, im: 2 }), { name: "TypeError", message: "float() argument must be a string or a real number, not 'complex'" });
  assert.deepEqual(await warningsOf(() => np.zeros(1).set("...", c)), [COMPLEX]);
  assert.deepEqual(await warningsOf(() => np.add(c, c, { out: np.zeros(1, "int64"), casting: "unsafe" })), [COMPLEX]);
  // To bool and to complex: no warning.
  assert.deepEqual(await warningsOf(() => c.astype("bool")), []);
  assert.deepEqual(await warningsOf(() => c.astype("complex64")), []);
});

test("a warning shows once per user call site, even when ndts raises it inside a callback", async () => {
  const c = np.array([{ re: 1, im: 1 }]);
  // Two distinct lines: two warnings (the ufunc out= cast runs inside Array.prototype.map).
  const both = await warningsOf(() => {
    np.add(c, c, { out: np.zeros(1), casting: "unsafe" });
    np.add(c, c, { out: np.zeros(1), casting: "unsafe" });
  });
  assert.equal(both.length, 2);
  const loop = await warningsOf(() => {
    for (let i = 0; i < 3; i++) c.astype("float64");
  });
  assert.equal(loop.length, 1);
});

test("the call site is found past V8's 10-frame stack limit (deep paths such as nested-list creation)", async () => {
  // np.array of a nested list into float32 warns from about a dozen ndts frames deep; two lines
  // of user code are two call sites, as in Python (NumPy 2.4.6: one overflow warning per line).
  const limit = Error.stackTraceLimit;
  const seen = await warningsOf(() => {
    np.array([[1e40]], { dtype: "float32" });
    np.array([[1e40]], { dtype: "float32" });
  });
  assert.deepEqual(seen, ["RuntimeWarning: overflow encountered in cast", "RuntimeWarning: overflow encountered in cast"]);
  assert.equal(Error.stackTraceLimit, limit);
});
