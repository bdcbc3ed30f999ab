/**
 * `npm run bench`: runs every workload in ndts (each in a fresh process), NumPy (same machine,
 * same run) and numpy-ts, and prints median times and ratios (time / NumPy's time; below 1 is
 * faster than NumPy). ndts is timed twice: as a NumPy user writes the loop (results dropped,
 * reclaimed by the collector) and freeing each result at once (as NumPy's reference counting
 * does). Options: a substring filters workloads; --write rewrites the table in BENCHMARKS.md;
 * --no-peers skips numpy-ts.
 */
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { readFileSync, writeFileSync } from "node:fs";
import { fmtRatio, fmtTime, runNumpy } from "./harness.js";
import { WORKLOADS } from "./workloads.js";
import { runMemoryBench } from "./memory.js";

const args = process.argv.slice(2);
const write = args.includes("--write");
const peers = !args.includes("--no-peers");
const filters = args.filter((a) => !a.startsWith("--"));
const chosen = WORKLOADS.map((w, i) => [w, i] as const).filter(([w]) => filters.length === 0 || filters.some((f) => w.name.includes(f) || w.group === f));

function runOne(index: number): Record<string, number | undefined> {
  const r = spawnSync(process.execPath, ["dist/bench/one.js", String(index), peers ? "peers" : ""], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) return {};
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, number | undefined>;
}

function main(): void {
  const numpy = runNumpy(chosen.map(([w]) => ({ name: w.name, ...w.numpy })));
  const header = `machine: ${cpus().length} x ${cpus()[0]?.model ?? "?"}; node ${process.version}; NumPy ${numpy.numpy ?? "-"} (${numpy.blas ?? numpy.error ?? "-"})`;
  console.log(header);
  const rows: string[][] = [["workload", "NumPy", "ndts", "ndts/NumPy", "ndts freed per call", "freed/NumPy", "numpy-ts/NumPy", "JS loop/ndts"]];
  console.log(rows[0]!.join(" | "));
  for (const [w, i] of chosen) {
    const r = runOne(i);
    const tn = numpy.times[w.name];
    const ratio = (t: number | undefined) => fmtRatio(tn && t ? t / tn : undefined);
    const row = [w.name, fmtTime(tn), fmtTime(r["ndts"]), ratio(r["ndts"]), fmtTime(r["ndtsFreed"]), ratio(r["ndtsFreed"]), ratio(r["numpyts"]), fmtRatio(r["js"] && r["ndts"] ? r["js"] / r["ndts"] : undefined)];
    rows.push(row);
    console.log(row.join(" | "));
  }
  const memTables = filters.length === 0 || filters.includes("memory") ? runMemoryBench() : [];
  for (const t of memTables) for (const r of t) console.log(r.join(" | "));
  if (write) {
    const table = (rs: string[][]) => [`| ${rs[0]!.join(" | ")} |`, `|${rs[0]!.map(() => "---").join("|")}|`, ...rs.slice(1).map((r) => `| ${r.join(" | ")} |`)].join("\n");
    const doc = readFileSync("BENCHMARKS.md", "utf8");
    const start = "<!-- bench:start -->";
    const end = "<!-- bench:end -->";
    const body = [
      start,
      `Measured ${new Date().toISOString().slice(0, 10)}: ${header}. Medians of 7 batches (numpy-ts: 5).`,
      "",
      table(rows),
      "",
      ...memTables.flatMap((t) => [table(t), ""]),
      end,
    ].join("\n");
    const i = doc.indexOf(start);
    const j = doc.indexOf(end);
    writeFileSync("BENCHMARKS.md", i >= 0 && j > i ? doc.slice(0, i) + body + doc.slice(j + end.length) : doc + "\n" + body + "\n");
    console.log("BENCHMARKS.md updated");
  }
}

main();
