// `npm run demo` prints the seed tutorial's examples exactly as NumPy prints them
// (test/golden/data/demo_output.txt is examples/demo.py's output under real NumPy).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mlExamples, tutorial } from "../../examples/demo.js";

test("demo: the tutorial's and the ML examples print what NumPy prints", () => {
  const lines: string[] = [];
  const print = (...parts: unknown[]) => lines.push(parts.map(String).join(" "));
  tutorial(print);
  mlExamples(print);
  const expected = readFileSync("test/golden/data/demo_output.txt", "utf8");
  assert.equal(lines.join("\n") + "\n", expected);
});
