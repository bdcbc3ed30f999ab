// Every NumPy-generated golden case (test/golden/data), one test each, grouped by family.
import { describe, test } from "node:test";
import { loadFamilies, runCase } from "./helpers/golden.js";

for (const [family, cases] of loadFamilies()) {
  describe(`golden: ${family}`, () => {
    for (const c of cases) test(c.id, () => runCase(c));
  });
}
