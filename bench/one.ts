/**
 * Times one workload (by index into WORKLOADS) in a fresh process, so that no workload inherits
 * another's heap or collector state; prints JSON. Run by bench/run.ts.
 */
import { NDArray } from "../src/core/ndarray.js";
import { timeIt } from "./harness.js";
import { WORKLOADS } from "./workloads.js";

const w = WORKLOADS[Number(process.argv[2])]!;
const peers = process.argv[3] === "peers";

async function main(): Promise<void> {
  const result: Record<string, number | undefined> = {};
  // As a NumPy user writes it: results are dropped, the collector reclaims them.
  result["ndts"] = timeIt(w.ndts());
  // Allocating the output and releasing it at once, as NumPy's reference counting does.
  const fn = w.ndts();
  result["ndtsFreed"] = timeIt(() => {
    const r = fn();
    if (r instanceof NDArray) r.dispose();
  });
  if (w.js) result["js"] = timeIt(w.js());
  if (peers && w.numpyts) {
    try {
      const nt = (await import("numpy-ts" as string)) as Record<string, any>;
      result["numpyts"] = timeIt(w.numpyts(nt), 5);
    } catch {
      result["numpyts"] = undefined;
    }
  }
  console.log(JSON.stringify(result));
}

void main();
