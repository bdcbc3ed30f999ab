/**
 * The memory loops of issue 3 (see memory-loop.ts), each in a fresh process, timed against
 * NumPy's `y = base * k` loop in the same run. Returns table rows for run.ts.
 */
import { spawnSync } from "node:child_process";
import { fmtRatio, median, runNumpy } from "./harness.js";

interface LoopResult {
  mode: string;
  lastMs: number;
  maxRssMB: number;
  heapStartMB?: number;
  heapAfterLoopMB?: number;
  heapEndMB?: number;
  heapPeakMB?: number;
  fallbacks?: number;
}

function runLoop(mode: string): LoopResult | null {
  const r = spawnSync(process.execPath, ["dist/bench/memory-loop.js", mode], { encoding: "utf8" });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as LoopResult;
}

/** The loops' tables; each figure is the median of `runs` fresh processes (NumPy's too). */
export function runMemoryBench(runs = 1): string[][][] {
  const npTimes = Array.from({ length: runs }, () => runNumpy([{ name: "loop", setup: "base = np.ones(10000) * 2; k = 1.5", stmt: "for _ in range(10000): y = base * k", repeat: 5 }]).times["loop"] ?? NaN);
  const npMs = median(npTimes) * 1000;
  const rows: string[][] = [["loop (100k x base.multiply(k), 10k float64)", "last 10k ms", "NumPy ms", "ndts/NumPy", "peak RSS MB", "heap MB start / after loop / end", "fallback arrays"]];
  const modes: [string, string][] = [
    ["sync", "(a) synchronous, never frees"],
    ["yield", "(b) yields every 1,000"],
    ["dispose", "(c) dispose()"],
    ["using", "(c) using (TypeScript's lowering for Node 20)"],
    ["numpyts", "numpy-ts, loop (a)"],
  ];
  for (const [mode, label] of modes) {
    const all = Array.from({ length: runs }, () => runLoop(mode)).filter((x): x is LoopResult => x !== null);
    const r = all.length ? { ...all[0]!, lastMs: median(all.map((x) => x.lastMs)), maxRssMB: Math.max(...all.map((x) => x.maxRssMB)) } : null;
    if (!r) {
      rows.push([label, "failed", "", "", "", "", ""]);
      continue;
    }
    rows.push([
      label,
      r.lastMs.toFixed(1),
      npMs.toFixed(1),
      fmtRatio(r.lastMs / npMs),
      r.maxRssMB.toFixed(0),
      r.heapStartMB === undefined ? "-" : `${r.heapStartMB.toFixed(1)} / ${r.heapAfterLoopMB!.toFixed(1)} / ${r.heapEndMB!.toFixed(1)}`,
      r.fallbacks === undefined ? "-" : String(r.fallbacks),
    ]);
  }
  const cost: string[][] = [["array of 1e6 elements", "RSS growth MB", "heap growth MB"]];
  for (const dtype of ["float64", "int8"]) {
    const r = spawnSync(process.execPath, ["dist/bench/memory-loop.js", `cost-${dtype}`], { encoding: "utf8" });
    const j = r.status === 0 ? (JSON.parse(r.stdout.trim()) as { rssMB: number; heapMB: number }) : null;
    cost.push([`np.zeros(1e6, ${dtype})`, j ? j.rssMB.toFixed(2) : "failed", j ? j.heapMB.toFixed(2) : ""]);
  }
  return [rows, cost];
}
