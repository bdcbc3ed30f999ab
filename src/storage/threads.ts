/**
 * A pool of worker threads that run kernels on the same shared WebAssembly memory, so a large
 * operation splits across cores with no copying. The main thread runs the first part itself and
 * waits for the workers' parts (Atomics; each worker sleeps in Atomics.wait between jobs).
 *
 * The pool starts on the first operation large enough to use it and is used only once its
 * workers report ready (through shared memory, so a job that never yields sees it too); until
 * then, and wherever memory cannot be shared, everything runs on the main thread.
 *
 * @example parallel("exp_f64", n, (start, count) => [a + 8 * start, 8, o + 8 * start, 8, count])
 */
import { kernels, sharedMemory, wasmModule } from "./heap.js";

/** Control words of one worker's job slot (Int32Array indices). */
const SEQ = 0;
const KERNEL = 1;
const NARGS = 2;
const RESULT = 3;
const DONE = 4;
const READY = 5;
const ROWS = 6;
const SLOT_INTS = 8;
/** Arguments, then one per-row increment per argument. */
const MAX_ARGS = 16;

/** The worker's program: instantiate the kernels on the shared memory, then serve jobs. */
const WORKER_SOURCE = `
"use strict";
function serve(data) {
  const { mod, memory, ctrl, args, names } = data;
  const k = new WebAssembly.Instance(mod, { env: { memory } }).exports;
  const fns = names.map((n) => k[n]);
  const c = new Int32Array(ctrl);
  const a = new Float64Array(args);
  Atomics.store(c, ${READY}, 1);
  let seen = 0;
  for (;;) {
    Atomics.wait(c, ${SEQ}, seen);
    seen = Atomics.load(c, ${SEQ});
    if (seen < 0) return;
    const f = fns[c[${KERNEL}]];
    const n = c[${NARGS}];
    const rows = c[${ROWS}];
    let r = 0;
    for (let row = 0; row < rows; row++) {
      r |= n === 5 ? f(a[0], a[1], a[2], a[3], a[4])
        : n === 7 ? f(a[0], a[1], a[2], a[3], a[4], a[5], a[6])
        : f(...Array.from(a.subarray(0, n)));
      for (let i = 0; i < n; i++) a[i] += a[${MAX_ARGS} + i];
    }
    c[${RESULT}] = r | 0;
    Atomics.store(c, ${DONE}, seen);
    Atomics.notify(c, ${DONE});
  }
}
if (typeof require === "function") {
  const { workerData } = require("node:worker_threads");
  serve(workerData);
} else {
  self.onmessage = (e) => serve(e.data);
}
`;

interface Slot {
  ctrl: Int32Array;
  args: Float64Array;
  seq: number;
}

const names = Object.keys(kernels).filter((n) => typeof (kernels as unknown as Record<string, unknown>)[n] === "function");
const nameIndex = new Map(names.map((n, i) => [n, i]));

let slots: Slot[] | null = null;
let starting = false;

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
  const g = globalThis as {
    process?: { getBuiltinModule?: (m: string) => unknown };
    Worker?: new (url: string) => WorkerLike;
    Blob?: new (parts: string[], opts: { type: string }) => unknown;
    URL?: { createObjectURL(b: unknown): string };
  };
  const wt = g.process?.getBuiltinModule?.("worker_threads") as
    | { Worker: new (src: string, opts: { eval: boolean; workerData: unknown }) => WorkerLike }
    | undefined;
  const made: Slot[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const ctrl = new Int32Array(new SharedArrayBuffer(4 * SLOT_INTS));
      const args = new Float64Array(new SharedArrayBuffer(8 * 2 * MAX_ARGS));
      const data = { mod: wasmModule, memory: sharedMemory, ctrl: ctrl.buffer, args: args.buffer, names };
      if (wt) {
        const w = new wt.Worker(WORKER_SOURCE, { eval: true, workerData: data });
        w.unref?.();
      } else if (g.Worker && g.Blob && g.URL) {
        const w = new g.Worker(g.URL.createObjectURL(new g.Blob([WORKER_SOURCE], { type: "text/javascript" })));
        w.postMessage?.(data);
      } else return;
      made.push({ ctrl, args, seq: 0 });
    }
  } catch {
    return;
  }
  slots = made;
}

/** The workers that are ready now (starting the pool on first use). */
function readyWorkers(): Slot[] {
  if (!starting) start();
  if (slots === null) return [];
  return slots.filter((s) => Atomics.load(s.ctrl, READY) === 1);
}

const mainThreadCanWait = typeof (globalThis as { process?: unknown }).process === "object";

/**
 * Runs kernel `name` over n elements split into parts: `argsFor(start, count)` gives the
 * kernel's arguments for one part. Returns the OR of the parts' results, or null when no worker
 * is ready (the caller then runs it whole).
 */
export function parallel(name: string, n: number, argsFor: (start: number, count: number) => number[]): number | undefined | null {
  return parallelRows(name, n, 16, (start, count) => ({ args: argsFor(start, count), step: null, rows: 1 }));
}

/** One part of a job: the kernel's arguments for its first row, and how they advance per row. */
export interface Part {
  args: number[];
  step: number[] | null;
  rows: number;
}

/**
 * Splits `units` units of work (elements of one run, or rows of a 2-d iteration) into one part
 * per ready worker plus the main thread's, each a multiple of `align` units; `partFor` gives a
 * part's kernel calls. Returns the OR of every call's result (undefined for a kernel that returns
 * nothing), or null when no worker is ready.
 */
export function parallelRows(name: string, units: number, align: number, partFor: (start: number, count: number) => Part): number | undefined | null {
  const workers = readyWorkers();
  if (workers.length === 0) return null;
  const kernelId = nameIndex.get(name);
  if (kernelId === undefined) return null;
  const per = Math.ceil(units / (workers.length + 1) / align) * align;
  let posted = 0;
  for (let w = 0; w < workers.length; w++) {
    const begin = per * (w + 1);
    if (begin >= units) break;
    const slot = workers[w]!;
    const part = partFor(begin, Math.min(per, units - begin));
    const n = part.args.length;
    slot.args.set(part.args);
    for (let i = 0; i < n; i++) slot.args[MAX_ARGS + i] = part.step?.[i] ?? 0;
    slot.ctrl[KERNEL] = kernelId;
    slot.ctrl[NARGS] = n;
    slot.ctrl[ROWS] = part.rows;
    slot.seq++;
    Atomics.store(slot.ctrl, SEQ, slot.seq);
    Atomics.notify(slot.ctrl, SEQ);
    posted++;
  }
  const kernel = (kernels as unknown as Record<string, (...a: number[]) => number>)[name]!;
  const mine = partFor(0, Math.min(per, units));
  const a = mine.args;
  let result = 0;
  let returns = true;
  for (let row = 0; row < mine.rows; row++) {
    const r = kernel(...a) as number | undefined;
    if (r === undefined) returns = false;
    result |= r! | 0;
    if (mine.step) for (let i = 0; i < a.length; i++) a[i]! += mine.step[i]!;
  }
  for (let w = 0; w < posted; w++) {
    const slot = workers[w]!;
    while (Atomics.load(slot.ctrl, DONE) !== slot.seq) {
      if (mainThreadCanWait) Atomics.wait(slot.ctrl, DONE, Atomics.load(slot.ctrl, DONE), 10);
    }
    result |= slot.ctrl[RESULT]!;
  }
  return returns ? result : undefined;
}

/** Whether worker threads can exist here (shared memory and more than one core). */
export const threadsAvailable = sharedMemory !== null && cores() > 1;
