/**
 * One run of the NumPy-style loop that never frees: 100,000 iterations of
 * `y = base.multiply(k)` on a 10,000-element float64 base. Run as a child process by
 * bench/memory.ts, one mode per process: "sync" (a), "yield" (b: yields to the event loop every
 * 1,000 iterations), "dispose" (c: `dispose()`), "using" (c with `using`), "numpyts" (numpy-ts,
 * loop (a)). Prints JSON.
 */
import * as np from "../src/index.js";
import { heapStats, heapSize } from "../src/storage/heap.js";

const N = 100_000;
const LAST = 10_000;
const mode = process.argv[2] ?? "sync";
const tick = () => new Promise<void>((r) => setImmediate(r));

/** RSS and heap growth of one 1e6-element array of `dtype` (zeroed, so every page is touched). */
function arrayCost(dtype: string): void {
  const rss0 = process.memoryUsage().rss;
  const heap0 = heapStats.inUse;
  const a = np.zeros(1_000_000, { dtype });
  const rss1 = process.memoryUsage().rss;
  console.log(JSON.stringify({ mode, dtype, rssMB: (rss1 - rss0) / 1e6, heapMB: (heapStats.inUse - heap0) / 1e6, size: a.size }));
}

async function main(): Promise<void> {
  if (mode === "cost-float64" || mode === "cost-int8") return arrayCost(mode.slice(5));
  const k = 1.5;
  let lastStart = 0;
  let lastMs = 0;
  if (mode === "numpyts") {
    const nt = (await import("numpy-ts" as string)) as Record<string, any>;
    const base = nt.multiply(nt.ones([10_000]), 2);
    let y: unknown;
    for (let i = 0; i < N; i++) {
      if (i === N - LAST) lastStart = performance.now();
      y = nt.multiply(base, k);
    }
    lastMs = performance.now() - lastStart;
    void y;
    console.log(JSON.stringify({ mode, lastMs, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
    return;
  }
  const base = np.ones(10_000).multiply(2);
  const heapStart = heapStats.inUse;
  let y: unknown = null;
  for (let i = 0; i < N; i++) {
    if (i === N - LAST) lastStart = performance.now();
    if (mode === "dispose") {
      const z = base.multiply(k);
      y = z.size;
      z.dispose();
    } else if (mode === "using") {
      using z = base.multiply(k);
      y = z.size;
    } else {
      y = base.multiply(k);
      if (mode === "yield" && i % 1000 === 999) await tick();
    }
  }
  lastMs = performance.now() - lastStart;
  const heapAfterLoop = heapStats.inUse;
  void y;
  y = null;
  // Let the collector run and the finalizers return the blocks.
  for (let i = 0; i < 50 && heapStats.inUse > heapStart; i++) await new Promise((r) => setTimeout(r, 20));
  console.log(
    JSON.stringify({
      mode,
      lastMs,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      heapStartMB: heapStart / 2 ** 20,
      heapAfterLoopMB: heapAfterLoop / 2 ** 20,
      heapEndMB: heapStats.inUse / 2 ** 20,
      heapPeakMB: heapStats.peak / 2 ** 20,
      heapSizeMB: heapSize() / 2 ** 20,
      fallbacks: heapStats.fallbacks,
      gcRequests: heapStats.gcRequests,
    }),
  );
}

void main();
