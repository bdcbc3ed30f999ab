// Developer tool: runs the golden cases and prints one line per failure (after `npm run build`).
// Usage: node scripts/golden-report.mjs [family-or-id-substring ...]
import { loadFamilies, runCase } from "../dist/test/helpers/golden.js";

const filters = process.argv.slice(2);
let pass = 0;
let fail = 0;
for (const [family, cases] of loadFamilies()) {
  for (const c of cases) {
    if (filters.length && !filters.some((f) => family.includes(f) || c.id.includes(f))) continue;
    try {
      runCase(c);
      pass++;
    } catch (e) {
      fail++;
      console.log(`FAIL ${c.id}: ${String(e.message).split("\n")[0].slice(0, 300)}`);
    }
  }
}
console.log(`${pass} passed, ${fail} failed`);
