/**
 * `npm run bench`: runs every workload in ndts (each in a fresh process), NumPy (same machine,
 * same run) and numpy-ts, and prints median times and ratios (time / NumPy's time; below 1 is
 * faster than NumPy). ndts is timed twice: as a NumPy user writes the loop (results dropped,
 * reclaimed by the collector) and freeing each result at once (as NumPy's reference counting
 * does). Options: a substring filters workloads; --write rewrites the table in BENCHMARKS.md;
 * --no-peers skips numpy-ts; --runs N repeats everything N times (fresh processes, NumPy too)
 * and reports the medians, for a shared and noisy machine.
 */
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { readFileSync, writeFileSync } from "node:fs";
import { fmtRatio, fmtTime, median, runNumpy } from "./harness.js";
import { WORKLOADS } from "./workloads.js";
import { runMemoryBench } from "./memory.js";

const args = process.argv.slice(2);
const write = args.includes("--write");
const peers = !args.includes("--no-peers");
const runsArg = args.indexOf("--runs");
const runs = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 1) : 1;
const filters = args.filter((a, i) => !a.startsWith("--") && !(runsArg >= 0 && i === runsArg + 1));
const chosen = WORKLOADS.map((w, i) => [w, i] as const).filter(([w]) => filters.length === 0 || filters.some((f) => w.name.includes(f) || w.group === f));

function runOne(index: number): Record<string, number | undefined> {
  const r = spawnSync(process.execPath, ["dist/bench/one.js", String(index), peers ? "peers" : ""], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) return {};
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, number | undefined>;
}

/** Medians over several runs of each timing. */
function medians(results: Record<string, number | undefined>[]): Record<string, number | undefined> {
  const keys = new Set(results.flatMap((r) => Object.keys(r)));
  const out: Record<string, number | undefined> = {};
  for (const k of keys) {
    const xs = results.map((r) => r[k]).filter((x): x is number => x !== undefined);
    out[k] = xs.length ? median(xs) : undefined;
  }
  return out;
}

function main(): void {
  const numpyRuns = Array.from({ length: runs }, () => runNumpy(chosen.map(([w]) => ({ name: w.name, ...w.numpy }))));
  const numpy = { ...numpyRuns[0]!, times: medians(numpyRuns.map((r) => r.times)) as Record<string, number> };
  const header = `machine: ${cpus().length} x ${cpus()[0]?.model ?? "?"}; node ${process.version}; NumPy ${numpy.numpy ?? "-"} (${numpy.blas ?? numpy.error ?? "-"})`;
  console.log(header);
  const rows: string[][] = [["workload", "NumPy", "ndts", "ndts/NumPy", "ndts freed per call", "freed/NumPy", "numpy-ts/NumPy", "JS loop/ndts"]];
  console.log(rows[0]!.join(" | "));
  for (const [w, i] of chosen) {
    const r = medians(Array.from({ length: runs }, () => runOne(i)));
    const tn = numpy.times[w.name];
    const ratio = (t: number | undefined) => fmtRatio(tn && t ? t / tn : undefined);
    const row = [w.name, fmtTime(tn), fmtTime(r["ndts"]), ratio(r["ndts"]), fmtTime(r["ndtsFreed"]), ratio(r["ndtsFreed"]), ratio(r["numpyts"]), fmtRatio(r["js"] && r["ndts"] ? r["js"] / r["ndts"] : undefined)];
    rows.push(row);
    console.log(row.join(" | "));
  }
  const memTables = filters.length === 0 || filters.includes("memory") ? runMemoryBench(runs) : [];
  for (const t of memTables) for (const r of t) console.log(r.join(" | "));
  if (write) {
    const table = (rs: string[][]) => [`| ${rs[0]!.join(" | ")} |`, `|${rs[0]!.map(() => "---").join("|")}|`, ...rs.slice(1).map((r) => `| ${r.join(" | ")} |`)].join("\n");
    const doc = readFileSync("BENCHMARKS.md", "utf8");
    const start = "<!-- bench:start -->";
    const end = "<!-- bench:end -->";
    const body = [
      start,
      `Measured ${new Date().toISOString().slice(0, 10)}: ${header}. Each figure is the median of ${runs} run(s) in fresh processes, each the median of 7 batches (numpy-ts: 5).`,
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
