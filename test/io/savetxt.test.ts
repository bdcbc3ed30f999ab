// np.savetxt against the text NumPy 2 writes (test/io/fixtures/text_cases.json, made by
// test/io/make_text_fixtures.py): every printf conversion, flags, widths, complex, errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as np from "../../src/index.js";
import { FIXTURES } from "./fixtures.js";

interface Data {
  dtype: string;
  shape: number[];
  b64: string;
}
interface SavetxtCase {
  X: Data;
  kwargs: Record<string, unknown>;
  text?: string;
  error?: { name: string; message: string };
}
const cases = (JSON.parse(readFileSync(join(FIXTURES, "text_cases.json"), "utf8")) as { savetxt: SavetxtCase[] }).savetxt;

function arrayOf(d: Data): np.NDArray {
  const raw = Buffer.from(d.b64, "base64");
  const copy = new Uint8Array(Math.max(raw.length, 1));
  copy.set(raw);
  return np.frombuffer(copy.buffer, d.dtype, raw.length / np.dtype(d.dtype).itemsize).reshape(d.shape);
}

test("np.savetxt writes NumPy's text, character for character, and NumPy's errors", () => {
  assert.ok(cases.length > 80);
  for (const c of cases) {
    const where = `${c.X.dtype} ${JSON.stringify(c.X.shape)} ${JSON.stringify(c.kwargs)}`;
    const X = arrayOf(c.X);
    if (c.error) {
      assert.throws(() => np.savetxt(null, X, c.kwargs), (e: Error) => {
        assert.equal(e.name, c.error!.name, where);
        assert.equal(e.message, c.error!.message, where);
        return true;
      });
    } else {
      assert.equal(np.savetxt(null, X, c.kwargs), c.text, where);
    }
  }
});

test("np.savetxt writes a path (Node) or calls write(text); positional arguments in NumPy's order", () => {
  const dir = mkdtempSync(join(tmpdir(), "ndts-txt-"));
  const X = np.array([[1, 2], [3, 4]]);
  const text = np.savetxt(join(dir, "a.csv"), X, "%d", ",", "\n", "x,y");
  assert.equal(text, "# x,y\n1,2\n3,4\n");
  assert.equal(readFileSync(join(dir, "a.csv"), "utf8"), text);
  np.savetxt(join(dir, "b.txt"), [1.5], { header: "é", encoding: "latin1" });
  assert.deepEqual([...readFileSync(join(dir, "b.txt")).subarray(0, 3)], [0x23, 0x20, 0xe9]);
  const parts: string[] = [];
  np.savetxt({ write: (s: string) => parts.push(s) }, [true, false], { fmt: "%s" });
  assert.equal(parts.join(""), "True\nFalse\n");
  assert.throws(() => np.savetxt(null, X, { fmtt: "%d" } as never), { name: "TypeError", message: "savetxt() got an unexpected keyword argument 'fmtt'" });
  assert.throws(() => np.savetxt(null, X, { fmt: "%y" }), { name: "ValueError", message: "unsupported format character 'y' (0x79) at index 1" });
  assert.throws(() => np.savetxt(null, X, { fmt: 3 } as never), { name: "ValueError", message: "invalid fmt: 3" });
});

test("Python's %e, %f and %g rounding on 609 doubles (exact ties round half to even)", () => {
  const r = (JSON.parse(readFileSync(join(FIXTURES, "text_cases.json"), "utf8")) as { rounding: { bits: string; formats: Record<string, string[]> } }).rounding;
  const raw = Buffer.from(r.bits, "base64");
  const vals = new Float64Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  assert.ok(vals.length > 600);
  const col = np.array(Array.from(vals), { dtype: "float64" });
  for (const [fmt, want] of Object.entries(r.formats)) {
    assert.deepEqual(np.savetxt(null, col, { fmt }).split("\n").slice(0, -1), want, fmt);
  }
});

test("'.gz' file names go through gzip, as NumPy's savetxt, loadtxt and genfromtxt", () => {
  const dir = mkdtempSync(join(tmpdir(), "ndts-gz-"));
  const out = join(dir, "a.txt.gz");
  np.savetxt(out, [[1, 2], [3, 4]], { fmt: "%d" });
  assert.equal(gunzipSync(readFileSync(out)).toString(), "1 2\n3 4\n");
  assert.deepEqual(np.loadtxt(out, { dtype: "int64" }).tolist(), [[1, 2], [3, 4]]);
  // Written by Python's gzip.GzipFile (FNAME header field set): "# c\n1 2\n3 4.5\n".
  const py = join(dir, "py.txt.gz");
  writeFileSync(py, Buffer.from("H4sICAAAAAAC/2QudHh0AFNWSOYyVDDiMlYw0TPlAgAVnKpEDgAAAA==", "base64"));
  assert.deepEqual(np.loadtxt(py).tolist(), [[1, 2], [3, 4.5]]);
  assert.deepEqual(np.genfromtxt(py).tolist(), [[1, 2], [3, 4.5]]);
  writeFileSync(join(dir, "x.txt.bz2"), "BZh9");
  assert.throws(() => np.loadtxt(join(dir, "x.txt.bz2")), { name: "NotImplementedError" });
});
