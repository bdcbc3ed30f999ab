/**
 * Timing for the bench: batches calls until a batch takes >= ~20 ms, then reports the median
 * time per call over several batches; runs the NumPy side through /usr/bin/python3.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Median seconds per call of fn, after a warm-up of at least 300 ms (so one-time costs such as
 * the heap growing to its working size, JIT compilation, or the first page faults are not
 * counted; bench/numpy_bench.py warms NumPy up the same way).
 */
export function timeIt(fn: () => unknown, repeat = 7): number {
  const warm = performance.now();
  do fn();
  while (performance.now() - warm < 300);
  let number = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < number; i++) fn();
    const dt = performance.now() - t0;
    if (dt >= 20 || number >= 1 << 20) break;
    number *= 2;
  }
  const samples: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    for (let i = 0; i < number; i++) fn();
    samples.push((performance.now() - t0) / 1000 / number);
  }
  return median(samples);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface NumpyWork {
  name: string;
  setup: string;
  stmt: string;
  repeat?: number;
}

export interface NumpyResult {
  numpy?: string;
  blas?: string;
  error?: string;
  times: Record<string, number>;
}

const PYTHON = "/usr/bin/python3";

/** Runs the NumPy side of the workloads; empty times when NumPy is not installed. */
export function runNumpy(work: NumpyWork[]): NumpyResult {
  if (!existsSync(PYTHON)) return { error: "no /usr/bin/python3", times: {} };
  const r = spawnSync(PYTHON, ["bench/numpy_bench.py"], { input: JSON.stringify(work), encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) return { error: (r.stderr || "python failed").split("\n").slice(-3).join(" "), times: {} };
  return JSON.parse(r.stdout) as NumpyResult;
}

/** Seconds as a short human string. */
export function fmtTime(s: number | undefined): string {
  if (s === undefined || !Number.isFinite(s)) return "-";
  if (s < 1e-6) return `${(s * 1e9).toFixed(0)} ns`;
  if (s < 1e-3) return `${(s * 1e6).toFixed(2)} us`;
  if (s < 1) return `${(s * 1e3).toFixed(2)} ms`;
  return `${s.toFixed(2)} s`;
}

export function fmtRatio(r: number | undefined): string {
  return r === undefined || !Number.isFinite(r) ? "-" : r.toFixed(2);
}
