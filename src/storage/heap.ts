/**
 * The WebAssembly heap: the kernel module's linear memory, its TLSF allocator (AssemblyScript's,
 * which grows memory on demand), the budget past which new arrays fall back to plain
 * ArrayBuffers, and the nudge that lets V8 collect dead arrays' blocks.
 *
 * Memory growth replaces `memory.buffer`; this module is the one place that notices it and
 * refreshes every cached view (`HEAP.view(dt)`).
 */
import { WASM_BASE64 } from "../kernels/wasm-binary.generated.js";
import { Region } from "./region.js";

/** The kernel module's exports (generated kernels are looked up by name from `kernels`). */
export interface CoreExports {
  memory: WebAssembly.Memory;
  alloc(size: number): number;
  free(ptr: number): void;
  copy_bytes(dst: number, src: number, n: number): void;
  fill_bytes(dst: number, value: number, n: number): void;
}

function decodeBase64(b64: string): Uint8Array {
  const g = globalThis as { Buffer?: { from(s: string, enc: string): Uint8Array } };
  if (g.Buffer) return g.Buffer.from(b64, "base64");
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const instance = new WebAssembly.Instance(new WebAssembly.Module(decodeBase64(WASM_BASE64) as Uint8Array<ArrayBuffer>), {});

/** Every export of the kernel module, by name. */
export const kernels = instance.exports as unknown as CoreExports & Record<string, (...a: number[]) => number>;
const memory = kernels.memory;

/** The heap as a Region; its views are refreshed whenever the memory grows. */
export const HEAP = new Region(memory.buffer);
let heapEnd = memory.buffer.byteLength;

/** Called after anything that may have grown the memory. */
export function refreshHeap(): void {
  if (memory.buffer.byteLength !== heapEnd || HEAP.buffer !== memory.buffer) {
    HEAP.reset(memory.buffer);
    heapEnd = memory.buffer.byteLength;
  }
}

/** The largest block TLSF hands out (AssemblyScript's BLOCK_MAXSIZE is 1 GiB less overhead). */
export const HEAP_BLOCK_MAX = (1 << 30) - 64;

const MiB = 1 << 20;

/**
 * Heap accounting. `budget` is how many bytes of live blocks the heap may hold before new
 * arrays go to plain ArrayBuffers instead (it is not a ceiling on what users can allocate).
 */
export const heapStats = {
  /** Bytes in blocks handed out and not yet returned. */
  inUse: 0,
  /** Most bytes ever in use at once. */
  peak: 0,
  /** Bytes the heap may hold before falling back to ArrayBuffers. */
  budget: 512 * MiB,
  /** Arrays placed in fallback ArrayBuffers since start. */
  fallbacks: 0,
  /** Major collections requested from V8 (Node only). */
  gcRequests: 0,
};

/** Sets the heap budget in bytes (default 512 MiB). Larger live data still works, staged. */
export function setHeapBudget(bytes: number): void {
  heapStats.budget = Math.max(0, Math.min(bytes, 0xffff0000));
}

type GcFn = (opts?: { type?: string; execution?: string }) => unknown;
let gcFn: GcFn | null | undefined;

/** Node can expose V8's collector at run time; browsers cannot (they get the pressure nudge). */
function findGc(): GcFn | null {
  const g = globalThis as {
    gc?: GcFn;
    process?: { getBuiltinModule?: (m: string) => unknown; versions?: { node?: string } };
  };
  if (typeof g.gc === "function") return g.gc;
  const get = g.process?.getBuiltinModule;
  if (typeof get !== "function") return null;
  try {
    const v8 = get("v8") as { setFlagsFromString(f: string): void };
    const vm = get("vm") as { runInNewContext(code: string): unknown };
    v8.setFlagsFromString("--expose-gc");
    const fn = vm.runInNewContext("gc") as GcFn;
    return typeof fn === "function" ? fn : null;
  } catch {
    return null;
  }
}

let sinceCollect = 0;
let collectPending = false;
/** Bytes handed out since the last collection was requested (to pace follow-up requests). */
let sinceRequest = 0;

/**
 * V8 cannot see WebAssembly memory pressure, and only a major collection finalizes dead arrays.
 * Once enough heap was handed out since the last one, ask V8 for a major collection that runs
 * when the current job yields (Node), or create the external-memory pressure that triggers one
 * (browsers). Nothing runs synchronously here.
 */
function nudgeCollector(bytes: number): void {
  sinceCollect += bytes;
  sinceRequest += bytes;
  if (collectPending || sinceCollect < Math.max(128 * MiB, heapStats.inUse / 2)) return;
  requestCollection();
}

function requestCollection(): void {
  sinceCollect = 0;
  sinceRequest = 0;
  collectPending = true;
  heapStats.gcRequests++;
  if (gcFn === undefined) gcFn = findGc();
  const done = () => {
    collectPending = false;
    followUp();
  };
  if (gcFn) {
    Promise.resolve(gcFn({ type: "major", execution: "async" })).then(done, done);
  } else {
    // An untouched ArrayBuffer costs no physical memory but counts as external memory for V8.
    void new ArrayBuffer(64 * MiB);
    setTimeout(done, 0);
  }
}

/**
 * Once a program stops allocating, nothing would ask for another collection and the arrays of
 * its last stretch would hold their blocks: while blocks were handed out since the last request,
 * ask again a little later (on a timer that does not keep the process alive).
 */
function followUp(): void {
  if (sinceRequest < 8 * MiB || heapStats.inUse === 0) return;
  let seen = sinceRequest;
  const check = () => {
    if (collectPending) return;
    // Only once allocation has paused: a busy program reaches the threshold by itself.
    if (sinceRequest === seen) requestCollection();
    else {
      seen = sinceRequest;
      arm();
    }
  };
  const arm = () => (setTimeout(check, 100) as unknown as { unref?: () => void }).unref?.();
  arm();
}

/**
 * Allocates a heap block, or returns -1 when the budget or the 32-bit address space says no
 * (the caller then uses a plain ArrayBuffer).
 */
export function heapAlloc(size: number): number {
  if (size > HEAP_BLOCK_MAX || heapStats.inUse + size > heapStats.budget) return -1;
  const ptr = kernels.alloc(size);
  if (ptr + size > heapEnd) refreshHeap();
  heapStats.inUse += size;
  if (heapStats.inUse > heapStats.peak) heapStats.peak = heapStats.inUse;
  nudgeCollector(size);
  return ptr;
}

/** Returns a block to the allocator. */
export function heapFree(ptr: number, size: number): void {
  kernels.free(ptr);
  heapStats.inUse -= size;
}

/** The heap's current size in bytes (it only grows). */
export function heapSize(): number {
  return memory.buffer.byteLength;
}

// Scratch space for kernels that stage operands living outside the heap. Grown on demand and
// kept; never handed to arrays.
let scratchPtr = 0;
let scratchSize = 0;

/** A scratch block of at least `size` bytes (valid until the next call). */
export function scratch(size: number): number {
  if (size > scratchSize) {
    if (scratchPtr) kernels.free(scratchPtr);
    scratchSize = Math.max(size, 64 * 1024);
    scratchPtr = kernels.alloc(scratchSize);
    refreshHeap();
  }
  return scratchPtr;
}
