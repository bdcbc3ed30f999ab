/**
 * `npm run bench`: runs every workload in ndts, NumPy (same machine, same run) and numpy-ts,
 * and prints median times and ratios (ndts time / NumPy time; lower is better).
 * Options: a substring filters workloads; --write also rewrites the table in BENCHMARKS.md;
 * --no-peers skips numpy-ts.
 */
import { cpus } from "node:os";
import { readFileSync, writeFileSync } from "node:fs";
import { fmtRatio, fmtTime, runNumpy, timeIt } from "./harness.js";
import { WORKLOADS } from "./workloads.js";
import { runMemoryBench } from "./memory.js";

const args = process.argv.slice(2);
const write = args.includes("--write");
const peers = !args.includes("--no-peers");
const filters = args.filter((a) => !a.startsWith("--"));
const chosen = WORKLOADS.filter((w) => filters.length === 0 || filters.some((f) => w.name.includes(f) || w.group === f));

async function main(): Promise<void> {
  let nt: Record<string, any> | null = null;
  if (peers) {
    try {
      nt = (await import("numpy-ts" as string)) as Record<string, any>;
    } catch {
      nt = null;
    }
  }
  const numpy = runNumpy(chosen.map((w) => ({ name: w.name, ...w.numpy })));
  const header = `machine: ${cpus().length} x ${cpus()[0]?.model ?? "?"}; node ${process.version}; NumPy ${numpy.numpy ?? "-"} (${numpy.blas ?? numpy.error ?? "-"})`;
  console.log(header);
  const rows: string[][] = [["workload", "ndts", "NumPy", "ndts/NumPy", "numpy-ts/NumPy", "JS loop/ndts"]];
  for (const w of chosen) {
    const t = timeIt(w.ndts());
    const tn = numpy.times[w.name];
    let tp: number | undefined;
    if (nt && w.numpyts) {
      try {
        tp = timeIt(w.numpyts(nt), 5);
      } catch {
        tp = undefined;
      }
    }
    const tj = w.js ? timeIt(w.js()) : undefined;
    const row = [w.name, fmtTime(t), fmtTime(tn), fmtRatio(tn ? t / tn : undefined), fmtRatio(tn && tp ? tp / tn : undefined), fmtRatio(tj ? tj / t : undefined)];
    rows.push(row);
    console.log(row.join(" | "));
  }
  const memRows = filters.length === 0 || filters.includes("memory") ? runMemoryBench() : [];
  for (const r of memRows) console.log(r.join(" | "));
  if (write) {
    const table = (rs: string[][]) => [`| ${rs[0]!.join(" | ")} |`, `|${rs[0]!.map(() => "---").join("|")}|`, ...rs.slice(1).map((r) => `| ${r.join(" | ")} |`)].join("\n");
    const doc = readFileSync("BENCHMARKS.md", "utf8");
    const start = "<!-- bench:start -->";
    const end = "<!-- bench:end -->";
    const body = [
      start,
      `Measured ${new Date().toISOString().slice(0, 10)}: ${header}. Medians of 7 batches; ratios below 1 mean ndts is faster.`,
      "",
      table(rows),
      "",
      ...(memRows.length ? [table(memRows), ""] : []),
      end,
    ].join("\n");
    const i = doc.indexOf(start);
    const j = doc.indexOf(end);
    writeFileSync("BENCHMARKS.md", i >= 0 && j > i ? doc.slice(0, i) + body + doc.slice(j + end.length) : doc + "\n" + body + "\n");
    console.log("BENCHMARKS.md updated");
  }
}

void main();
