/**
 * A pool of worker threads that run kernels on the same shared WebAssembly memory, so a large
 * operation splits across cores with no copying.
 *
 * A job is cut into chunks that the main thread and the workers claim one at a time from a shared
 * counter, so whoever is free does the work: a worker that wakes late, or a core that another
 * process is using, costs only the chunks it did not take (a fixed split made the main thread wait
 * for the slowest part). The main thread claims chunks too, and returns once every claimed chunk
 * is done; it never waits for a sleeping worker. Each worker sleeps in Atomics.wait between jobs.
 *
 * The pool starts on the first operation large enough to use it and is used once a worker
 * reports ready (through shared memory, so a job that never yields sees it too); until then, and
 * wherever memory cannot be shared, everything runs on the main thread.
 *
 * @example parallel("exp_f64", n, [a, 8, o, 8], [8, 0, 8, 0]) // exp_f64(a + 8 s, 8, o + 8 s, 8, count) per chunk
 */
import { kernels, sharedMemory, wasmModule } from "./heap.js";

/** Words of the shared job area (Int32Array indices). */
const SEQ = 0; // the current job's tag; workers wait on it
const NEXT = 1; // (tag << 12) | index of the next unclaimed chunk
const KERNEL = 2;
const NARGS = 3;
const ROWS = 4; // 1: one call per unit (row); 0: one call per chunk, the count appended
const UNITS = 5;
const CHUNK = 6;
const NCHUNKS = 7;
const COMPLETED = 8; // chunks done
const RESULT = 9; // OR of the calls' results, with RETURNED set by calls that returned a number
const READY = 10; // workers ready
const JOB_INTS = 16;
/** Arguments of unit 0, then each argument's increment per unit. */
const MAX_ARGS = 16;
const TAG_MASK = 0x7ffff;
const INDEX_BITS = 12;
const MAX_CHUNKS = (1 << INDEX_BITS) - 1;
const RETURNED = 1 << 30;

/**
 * Claims and runs chunks of job `tag` until none is left (or the job is no longer `tag`).
 * The same algorithm is in the workers' source below and in `work` (main thread).
 */
const WORK_SOURCE = `
function call(f, b, n) {
  return n === 5 ? f(b[0], b[1], b[2], b[3], b[4])
    : n === 7 ? f(b[0], b[1], b[2], b[3], b[4], b[5], b[6])
    : f(...Array.from(b.subarray(0, n)));
}
function work(j, a, b, fns, tag) {
  const f = fns[j[${KERNEL}]];
  const n = j[${NARGS}];
  const rows = j[${ROWS}] === 1;
  const units = j[${UNITS}];
  const chunk = j[${CHUNK}];
  const nchunks = j[${NCHUNKS}];
  for (;;) {
    const v = Atomics.load(j, ${NEXT});
    const c = v & ${MAX_CHUNKS};
    if (v >>> ${INDEX_BITS} !== tag || c >= nchunks) return;
    if (Atomics.compareExchange(j, ${NEXT}, v, v + 1) !== v) continue;
    const s = c * chunk;
    const count = Math.min(chunk, units - s);
    let r = 0;
    let returned = 0;
    if (rows) {
      for (let u = s; u < s + count; u++) {
        for (let i = 0; i < n; i++) b[i] = a[i] + u * a[${MAX_ARGS} + i];
        const x = call(f, b, n);
        if (typeof x === "number") { r |= x; returned = ${RETURNED}; }
      }
    } else {
      for (let i = 0; i < n; i++) b[i] = a[i] + s * a[${MAX_ARGS} + i];
      b[n] = count;
      const x = call(f, b, n + 1);
      if (typeof x === "number") { r = x; returned = ${RETURNED}; }
    }
    Atomics.or(j, ${RESULT}, r | returned);
    Atomics.add(j, ${COMPLETED}, 1);
    Atomics.notify(j, ${COMPLETED});
  }
}`;

/** The worker's program: instantiate the kernels on the shared memory, then serve jobs. */
const WORKER_SOURCE = `
"use strict";
${WORK_SOURCE}
function serve(data) {
  const { mod, memory, job, args, names } = data;
  const k = new WebAssembly.Instance(mod, { env: { memory } }).exports;
  const fns = names.map((n) => k[n]);
  const j = new Int32Array(job);
  const a = new Float64Array(args);
  const b = new Float64Array(${MAX_ARGS});
  Atomics.add(j, ${READY}, 1);
  let seen = Atomics.load(j, ${SEQ});
  for (;;) {
    Atomics.wait(j, ${SEQ}, seen);
    seen = Atomics.load(j, ${SEQ});
    if (seen < 0) return;
    work(j, a, b, fns, seen);
  }
}
if (typeof require === "function") {
  const { workerData } = require("node:worker_threads");
  serve(workerData);
} else {
  self.onmessage = (e) => serve(e.data);
}
`;

const names = Object.keys(kernels).filter((n) => typeof (kernels as unknown as Record<string, unknown>)[n] === "function");
const nameIndex = new Map(names.map((n, i) => [n, i]));
const fns = names.map((n) => (kernels as unknown as Record<string, (...a: number[]) => number | undefined>)[n]!);

type Work = (j: Int32Array, a: Float64Array, b: Float64Array, f: typeof fns, tag: number) => void;
/** The main thread's chunk loop: the workers' source, compiled when the pool starts. */
let work: Work | null = null;

let job: Int32Array | null = null;
let jobArgs: Float64Array | null = null;
const scratchArgs = new Float64Array(MAX_ARGS);
let workerCount = 0;
let starting = false;
let tag = 0;

type WorkerLike = { unref?: () => void; postMessage?: (m: unknown) => void };

function cores(): number {
  const g = globalThis as { navigator?: { hardwareConcurrency?: number }; process?: { getBuiltinModule?: (m: string) => unknown } };
  const os = g.process?.getBuiltinModule?.("os") as { availableParallelism?: () => number } | undefined;
  return os?.availableParallelism?.() ?? g.navigator?.hardwareConcurrency ?? 1;
}

/** Spawns the workers (one per core but the main thread's, at most 3). */
function start(): void {
  starting = true;
  const count = Math.min(3, cores() - 1);
  if (count < 1 || sharedMemory === null) return;
  try {
    work = new Function(`${WORK_SOURCE}\nreturn work;`)() as Work;
  } catch {
    return; // no eval (a content security policy): no workers either
  }
  const g = globalThis as {
    process?: { getBuiltinModule?: (m: string) => unknown };
    Worker?: new (url: string) => WorkerLike;
    Blob?: new (parts: string[], opts: { type: string }) => unknown;
    URL?: { createObjectURL(b: unknown): string };
  };
  const wt = g.process?.getBuiltinModule?.("worker_threads") as
    | { Worker: new (src: string, opts: { eval: boolean; workerData: unknown }) => WorkerLike }
    | undefined;
  const j = new Int32Array(new SharedArrayBuffer(4 * JOB_INTS));
  const a = new Float64Array(new SharedArrayBuffer(8 * 2 * MAX_ARGS));
  const data = { mod: wasmModule, memory: sharedMemory, job: j.buffer, args: a.buffer, names };
  try {
    for (let i = 0; i < count; i++) {
      if (wt) {
        const w = new wt.Worker(WORKER_SOURCE, { eval: true, workerData: data });
        w.unref?.();
      } else if (g.Worker && g.Blob && g.URL) {
        const w = new g.Worker(g.URL.createObjectURL(new g.Blob([WORKER_SOURCE], { type: "text/javascript" })));
        w.postMessage?.(data);
      } else break;
      workerCount++;
    }
  } catch {
    // Fewer workers (or none): the job area still works with whoever started.
  }
  if (workerCount > 0) {
    job = j;
    jobArgs = a;
  }
}

/** The job area once at least one worker is ready (starting the pool on first use), else null. */
function readyJob(): Int32Array | null {
  if (!starting) start();
  return job !== null && Atomics.load(job, READY) > 0 ? job : null;
}

const mainThreadCanWait = typeof (globalThis as { process?: unknown }).process === "object";

/**
 * Runs `units` units of kernel `name` across the threads: unit u's arguments are
 * base[i] + u * step[i]. With `rows`, one call per unit; otherwise one call per chunk of units
 * (chunks start at multiples of `align`), with the chunk's count appended as the last argument.
 * Returns the OR of the calls' results (undefined for a kernel that returns nothing), or null
 * when no worker is ready (the caller then runs it whole).
 */
function run(name: string, units: number, base: readonly number[], step: readonly number[], rows: boolean, align: number): number | undefined | null {
  const j = readyJob();
  if (j === null) return null;
  const kernelId = nameIndex.get(name);
  if (kernelId === undefined) return null;
  const threads = Atomics.load(j, READY) + 1;
  // About eight chunks per thread: fine enough to even out a late or busy thread.
  const per = Math.max(Math.ceil(units / (8 * threads)), Math.ceil(units / MAX_CHUNKS), 1);
  const chunk = Math.ceil(per / align) * align;
  const nchunks = Math.ceil(units / chunk);
  const a = jobArgs!;
  const n = base.length;
  for (let i = 0; i < n; i++) {
    a[i] = base[i]!;
    a[MAX_ARGS + i] = step[i]!;
  }
  j[KERNEL] = kernelId;
  j[NARGS] = n;
  j[ROWS] = rows ? 1 : 0;
  j[UNITS] = units;
  j[CHUNK] = chunk;
  j[NCHUNKS] = nchunks;
  j[COMPLETED] = 0;
  j[RESULT] = 0;
  tag = (tag + 1) & TAG_MASK;
  Atomics.store(j, NEXT, tag << INDEX_BITS);
  Atomics.store(j, SEQ, tag);
  Atomics.notify(j, SEQ);
  work!(j, a, scratchArgs, fns, tag);
  for (let done = Atomics.load(j, COMPLETED); done < nchunks; done = Atomics.load(j, COMPLETED)) {
    if (mainThreadCanWait) Atomics.wait(j, COMPLETED, done, 10);
  }
  const result = Atomics.load(j, RESULT);
  return result & RETURNED ? result & ~RETURNED : undefined;
}

/**
 * Runs kernel `name` over n elements split across the threads: the call for elements
 * [s, s + count) gets base[i] + s * step[i], then count.
 *
 * @example parallel("exp_f64", n, [a, 8, o, 8], [8, 0, 8, 0])
 */
export function parallel(name: string, n: number, base: readonly number[], step: readonly number[]): number | undefined | null {
  return run(name, n, base, step, false, 16);
}

/**
 * Runs kernel `name` once per row of a 2-d iteration, rows split across the threads: row r's
 * call gets base[i] + r * step[i] (the row length is one of the base arguments).
 *
 * @example parallelRows("add_f64", rows, [a, 8, b, 8, o, 8, cols], [8 * cols, 0, 0, 0, 8 * cols, 0, 0])
 */
export function parallelRows(name: string, rows: number, base: readonly number[], step: readonly number[]): number | undefined | null {
  return run(name, rows, base, step, true, 1);
}

/** Whether worker threads can exist here (shared memory and more than one core). */
export const threadsAvailable = sharedMemory !== null && cores() > 1;
