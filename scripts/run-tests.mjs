// Runs every compiled test file (dist/test/**/*.test.js) under node's test runner, which prints
// its summary (tests, pass, fail) at the end.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const files = [];
const walk = (d) => {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith(".test.js")) files.push(p);
  }
};
walk("dist/test");
files.sort();
const filter = process.argv.slice(2);
const chosen = filter.length ? files.filter((f) => filter.some((x) => f.includes(x))) : files;
const r = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...chosen], { stdio: "inherit" });
process.exit(r.status ?? 1);
