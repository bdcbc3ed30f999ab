// The @example lines of src/fft's public functions, run: each `np.fft....` expression must give
// the value written after its `//`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as np from "../../src/index.js";

const DIR = join(process.cwd(), "src", "fft");

/** [expression, expected] pairs from lines like ` * @example np.fft.x(...).tolist() // [1, 2]`. */
function examples(): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const f of readdirSync(DIR).filter((x) => x.endsWith(".ts"))) {
    for (const line of readFileSync(join(DIR, f), "utf8").split("\n")) {
      const m = /^\s*\*\s*(?:@example\s+)?(np\.fft\.[^;]*?)\s*\/\/\s*(.+)$/.exec(line);
      if (m) out.push([f, m[1]!, m[2]!]);
    }
  }
  return out;
}

const evaluate = (src: string): unknown => (new Function("np", `"use strict"; return (${src});`) as (n: typeof np) => unknown)(np);

/** Equal as printed numbers: -0 and 0 alike, nested arrays and {re, im} compared part by part. */
function same(got: unknown, want: unknown): boolean {
  if (typeof want === "number") return typeof got === "number" && (got === want || (Number.isNaN(got) && Number.isNaN(want)));
  if (Array.isArray(want)) return Array.isArray(got) && got.length === want.length && want.every((w, i) => same(got[i], w));
  if (typeof want === "object" && want !== null) {
    return typeof got === "object" && got !== null && Object.keys(want).every((k) => same((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k]));
  }
  return got === want;
}

test("src/fft doc examples give the values they show", () => {
  const list = examples();
  assert.ok(list.length >= 18, `found ${list.length} examples`);
  for (const [file, expr, want] of list) {
    const got = evaluate(expr);
    assert.ok(same(got, evaluate(want)), `${file}: ${expr} gave ${JSON.stringify(got)}, the example shows ${want}`);
  }
});
