// np.loadtxt against NumPy 2 (test/io/fixtures/text_cases.json, made by
// test/io/make_text_fixtures.py): values, dtypes, shapes, warnings and error messages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as np from "../../src/index.js";
import { withWarnings } from "../helpers/warnings.js";
import { FIXTURES } from "./fixtures.js";
import { captureWarnings } from "../../src/core/warnings.js";

interface Data {
  dtype: string;
  shape: number[];
  b64: string;
}
interface LoadCase {
  fn: string;
  text: string;
  kwargs: Record<string, unknown>;
  result?: Data;
  error?: { name: string; message: string };
  warnings?: string[];
}
const cases = (JSON.parse(readFileSync(join(FIXTURES, "text_cases.json"), "utf8")) as { loadtxt: LoadCase[] }).loadtxt;

function check(a: np.NDArray, d: Data, where: string): void {
  assert.equal(a.dtype, d.dtype, `${where}: dtype`);
  assert.deepEqual(a.shape, d.shape, `${where}: shape`);
  assert.equal(Buffer.from(a.tobytes()).toString("base64"), d.b64, `${where}: data`);
}

for (const fn of ["loadtxt", "genfromtxt"] as const) test(`np.${fn} reads what NumPy reads and refuses what NumPy refuses, with NumPy's messages`, async () => {
  const mine = cases.filter((c) => c.fn === fn);
  assert.ok(mine.length > 40);
  for (const [i, c] of mine.entries()) {
    const where = `${JSON.stringify(c.text)} ${JSON.stringify(c.kwargs)}`;
    const file = { read: () => c.text, toString: () => `<case ${i}>` };
    if (c.error) {
      assert.throws(() => np[fn](file, c.kwargs), (e: Error) => {
        const name = c.kwargs.dtype === "i8,i8" ? "NotImplementedError" : c.error!.name;
        assert.equal(e.name, name, `${where}: ${e.message}`);
        if (name === c.error!.name) assert.equal(e.message, c.error!.message, where);
        return true;
      }, where);
      continue;
    }
    const [result, warnings] = await withWarnings(() => np[fn](file, c.kwargs));
    check(result, c.result!, where);
    const want = (c.warnings ?? []).map((w) => w.replace(/<_io.StringIO object at 0x[0-9a-f]+>/, `<case ${i}>`));
    assert.deepEqual(warnings, want, where);
  }
});

test("np.loadtxt reads a path, a list of lines, positional arguments; converters as NumPy applies them", () => {
  const dir = mkdtempSync(join(tmpdir(), "ndts-loadtxt-"));
  writeFileSync(join(dir, "t.csv"), "x,y\n1,2\n3,4\n");
  assert.deepEqual(np.loadtxt(join(dir, "t.csv"), "int32", "#", ",", null, 1).tolist(), [[1, 2], [3, 4]]);
  assert.deepEqual(np.loadtxt(["1 2", "3 4\n"]).tolist(), [[1, 2], [3, 4]]);
  // A file with old Mac line ends: NumPy opens paths with universal newlines.
  writeFileSync(join(dir, "cr.txt"), "1 2\r3 4\r");
  assert.deepEqual(np.loadtxt(join(dir, "cr.txt")).tolist(), [[1, 2], [3, 4]]);
  assert.throws(() => np.loadtxt(["1 2\n3 4\n", "5 6"]), { name: "ValueError", message: /embedded newline/ });
  // NumPy 2.4: converters={0: lambda s: float(s) * 10} -> [10., 2.]; a callable -> every column;
  // an int16 result of 7.5 is 7; column -1 is the last; column 3 of 2 is refused.
  assert.deepEqual(np.loadtxt(["1 2"], { converters: { 0: (s: string) => Number(s) * 10 } }).tolist(), [10, 2]);
  assert.deepEqual(np.loadtxt(["1 2"], { converters: (s: string) => Number(s) + 1 }).tolist(), [2, 3]);
  assert.deepEqual(np.loadtxt(["1 2"], { dtype: "int16", converters: { 1: () => 7.5 } }).tolist(), [1, 7]);
  assert.deepEqual(np.loadtxt(["1 2"], { converters: { [-1]: () => 9 } }).tolist(), [1, 9]);
  assert.throws(() => np.loadtxt(["1 2"], { converters: { 3: Number } }), {
    name: "ValueError",
    message: "converter specified for column 3, which is invalid for the number of fields 2.",
  });
  // With usecols, keys match the usecols entries as given (NumPy 2.4: 99.0, 3.0, [3, 1], [3, 99], 99.0).
  assert.equal(np.loadtxt(["1 2 3"], { usecols: [2], converters: { 2: () => 99 } }).item(), 99);
  assert.equal(np.loadtxt(["1 2 3"], { usecols: [2], converters: { 0: () => 99 } }).item(), 3);
  assert.deepEqual(np.loadtxt(["1 2 3"], { usecols: [2, 0], converters: { [-1]: () => 99, 5: () => 7 } }).tolist(), [3, 1]);
  assert.deepEqual(np.loadtxt(["1 2 3"], { usecols: [2, 0], converters: { 0: () => 99 } }).tolist(), [3, 99]);
  assert.equal(np.loadtxt(["1 2 3"], { usecols: [-1], converters: { [-1]: () => 99 } }).item(), 99);
  assert.deepEqual(np.loadtxt(["1 2 3"], { converters: { [-3]: () => 99 } }).tolist(), [99, 2, 3]);
  assert.throws(() => np.loadtxt(["1 2"], { converters: { 0: 5 } as never }), {
    name: "TypeError",
    message: "values of the converters dictionary must be callable, but the value associated with key 0 is not",
  });
  assert.throws(() => np.loadtxt(["1 2"], { dtype: "U3" }), np.NotImplementedError);
  assert.throws(() => np.loadtxt(["1"], { bogus: 1 } as never), { name: "TypeError", message: "loadtxt() got an unexpected keyword argument 'bogus'" });
});

test("np.savetxt then np.loadtxt gives the array back exactly (%.18e round trips float64)", () => {
  const x = np.array([[0.1, -2.5e-300, 1 / 3], [Infinity, 12345.678, -0]]);
  assert.deepEqual(Buffer.from(np.loadtxt([...np.savetxt(null, x).split("\n").filter(Boolean)]).tobytes()), Buffer.from(x.tobytes()));
  const z = np.array([{ re: 1.5, im: -2 }, { re: 0, im: 0.25 }]);
  assert.deepEqual(np.loadtxt({ read: () => np.savetxt(null, z) }, { dtype: "complex128" }).tolist(), z.tolist());
});

test("np.genfromtxt: dtype=None with columns of different types (a structured array in NumPy) is NotImplementedError", () => {
  // NumPy 2.4: dtype=[('f0', '<i8'), ('f1', '<f8')] for these, which ndts cannot hold.
  assert.throws(() => np.genfromtxt(["1 2.5", "3 4"], { dtype: null }), np.NotImplementedError);
  assert.throws(() => np.genfromtxt(["1 2", "3 4.5"], { dtype: null, skip_footer: 1 }), np.NotImplementedError);
  assert.throws(() => np.genfromtxt(["1 a"], { dtype: null }), np.NotImplementedError);
  assert.throws(() => np.genfromtxt(["1 2"], { names: true }), np.NotImplementedError);
  assert.throws(() => np.genfromtxt(["1 2"], { usemask: true }), np.NotImplementedError);
  // Python's complex(): "j", "-j", "1+j", "(1-2j)", "2J".
  assert.deepEqual(np.genfromtxt(["j -j 1+j (1-2j) 3 2J"], { dtype: "complex128" }).tolist(), [
    { re: 0, im: 1 },
    { re: 0, im: -1 },
    { re: 1, im: 1 },
    { re: 1, im: -2 },
    { re: 3, im: 0 },
    { re: 0, im: 2 },
  ]);
});

test("an empty list of lines is named as Python's str(list) in the no-data warnings (NumPy 2.4)", () => {
  const [, w1] = captureWarnings(() => np.loadtxt(["# hi", "# it's\n"]));
  assert.equal(w1[0]!.message, `loadtxt: input contained no data: "['# hi', "# it's\\n"]"`);
  const [, w2] = captureWarnings(() => np.genfromtxt([]));
  assert.equal(w2[0]!.message, 'genfromtxt: Empty input file: "[]"');
});

test("with max_rows, the first line without data gives NumPy 2's UserWarning, once per call (NumPy 2.4)", () => {
  const [r, w] = captureWarnings(() => np.loadtxt(["x", "1 2", "", "# c", "3 4", "5 6"], { max_rows: 2, skiprows: 1 }));
  assert.deepEqual(r.tolist(), [[1, 2], [3, 4]]);
  assert.equal(w.length, 1);
  assert.equal(w[0]!.category, "UserWarning");
  assert.ok(w[0]!.message.startsWith("Input line 3 contained no data and will not be counted towards `max_rows=2`.  This differs"), w[0]!.message);
  assert.ok(w[0]!.message.endsWith("is given only once per `loadtxt` call."));
  assert.equal(captureWarnings(() => np.loadtxt(["1 2", "", "3 4"]))[1].length, 0);
});

test("a missing path is Python's FileNotFoundError with NumPy's messages", () => {
  const missing = join(mkdtempSync(join(tmpdir(), "ndts-missing-")), "nope.npy");
  assert.throws(() => np.load(missing), { name: "FileNotFoundError", message: `[Errno 2] No such file or directory: '${missing}'` });
  assert.throws(() => np.fromfile(missing), (e: unknown) => e instanceof np.FileNotFoundError);
  assert.throws(() => np.loadtxt(missing), { name: "FileNotFoundError", message: `${missing} not found.` });
  assert.throws(() => np.genfromtxt(missing), { name: "FileNotFoundError", message: `${missing} not found.` });
  const noDir = join(missing, "x.txt");
  assert.throws(() => np.savetxt(noDir, [1]), { name: "FileNotFoundError", message: `[Errno 2] No such file or directory: '${noDir}'` });
  assert.throws(() => np.save(join(missing, "x.npy"), [1]), { name: "FileNotFoundError" });
});
