/**
 * The WebAssembly heap: the kernel module's linear memory, its TLSF allocator (AssemblyScript's,
 * which grows memory on demand), the budget past which new arrays fall back to plain
 * ArrayBuffers, and the nudge that lets V8 collect dead arrays' blocks.
 *
 * Memory growth replaces `memory.buffer`; this module is the one place that notices it and
 * refreshes every cached view (`HEAP.view(dt)`).
 */
import { WASM_BASE64, WASM_SHARED_BASE64 } from "../kernels/wasm-binary.generated.js";
import { Region } from "./region.js";

/** The kernel module's exports (generated kernels are looked up by name from `kernels`). */
export interface CoreExports {
  memory: WebAssembly.Memory;
  alloc(size: number): number;
  free(ptr: number): void;
  copy_bytes(dst: number, src: number, n: number): void;
  copy_tiled(width: number, dst: number, d0: number, d1: number, src: number, s0: number, s1: number, n0: number, n1: number): void;
  fancy_run(width: number, intoA: number, aBase: number, oBase: number, offA: number, offO: number, count: number, aStep: number, oStep: number, n: number): void;
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

/** Shared WebAssembly memory works here (Node; browsers only when cross-origin isolated). */
function canShareMemory(): boolean {
  try {
    if (typeof SharedArrayBuffer === "undefined") return false;
    if ((globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === false) return false;
    new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    return true;
  } catch {
    return false;
  }
}

const SHARED_INITIAL_PAGES = 64;
const shareable = canShareMemory();

/** The compiled kernel module (worker threads instantiate it on the same shared memory). */
export const wasmModule = new WebAssembly.Module(decodeBase64(shareable ? WASM_SHARED_BASE64 : WASM_BASE64) as Uint8Array<ArrayBuffer>);

/** The heap's memory when it is shared (worker threads can run kernels on it), else null. */
export const sharedMemory: WebAssembly.Memory | null = shareable
  ? new WebAssembly.Memory({ initial: SHARED_INITIAL_PAGES, maximum: 65536, shared: true })
  : null;

const instance = new WebAssembly.Instance(wasmModule, sharedMemory ? { env: { memory: sharedMemory } } : {});

/** Every export of the kernel module, by name. */
export const kernels = instance.exports as unknown as CoreExports & Record<string, (...a: number[]) => number>;
const memory = sharedMemory ?? kernels.memory;

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
/** Never hand out heap past this (wasm32 tops out at 4 GiB; leave room for scratch). */
const HEAP_CAP = 3584 * MiB;

/**
 * Heap accounting. `budget` is how many bytes of blocks the heap may hold before dead arrays
 * must be reclaimed (synchronously where the platform allows, else new arrays go to plain
 * ArrayBuffers). It is not a ceiling on what users can allocate.
 */
export const heapStats = {
  /** Bytes in blocks handed out and not yet returned. */
  inUse: 0,
  /** Most bytes ever in use at once. */
  peak: 0,
  /**
   * Bytes of blocks at which dead arrays get reclaimed (or new arrays fall back). A collection
   * costs ~4 ms however little is dead, so fewer of them pay: at 384 MiB a loop of 8 MB results
   * ran 10-20% faster than at 256 MiB, and the heap (which grows by doubling) is 512 MiB either way.
   */
  budget: 384 * MiB,
  /** Arrays placed in fallback ArrayBuffers since start. */
  fallbacks: 0,
  /** Collections requested from V8 (asynchronous ones, and synchronous reclaims). */
  gcRequests: 0,
  syncReclaims: 0,
};

let trigger = heapStats.budget;

/** Sets the heap budget in bytes (default 384 MiB). Larger live data still works. */
export function setHeapBudget(bytes: number): void {
  heapStats.budget = trigger = Math.max(0, Math.min(bytes, HEAP_CAP));
}

let reclaimer: (() => void) | null = null;
let asyncRequester: (() => void) | null = null;

/**
 * Installs what the heap calls when it reaches its budget (storage.ts: a synchronous collection
 * that runs the finalizers, where available) and when it wants an asynchronous collection.
 */
export function setCollectors(sync: (() => void) | null, async: () => void): void {
  reclaimer = sync;
  asyncRequester = async;
}

let sinceRequest = 0;

/**
 * Allocates a heap block, or returns -1 when it must not come from the heap (the caller then
 * uses a plain ArrayBuffer).
 */
/**
 * Past this heap size, an allocation that would grow the heap reclaims dead arrays first when a
 * quarter of the heap was handed out since the last reclaim: growth by doubling (384 -> 768 MB)
 * costs a page fault per 4 KiB on first touch (~0.4 ms per MB here, ~150 ms for the doubling),
 * where a reclaim costs ~4 ms, and the heap keeps its size.
 */
const GROW_RECLAIM_MIN = 320 * MiB;
let sinceReclaim = 0;

/** Reclaims dead arrays' blocks now (reclaimer is set) and sets the next trigger. */
function reclaimNow(): void {
  reclaimer!();
  heapStats.syncReclaims++;
  sinceReclaim = 0;
  // Collect again only after as much new garbage as there is live data (at least the
  // budget): live data larger than the budget does not make every allocation collect.
  const live = heapStats.inUse;
  trigger = Math.min(HEAP_CAP, Math.max(heapStats.budget, live + Math.max(heapStats.budget, live)));
}

export function heapAlloc(size: number): number {
  if (size > HEAP_BLOCK_MAX) return -1;
  if (heapStats.inUse + size > trigger) {
    if (reclaimer) reclaimNow();
    if (heapStats.inUse + size > (reclaimer ? HEAP_CAP : trigger)) return -1;
  } else if (reclaimer && heapEnd >= GROW_RECLAIM_MIN && heapStats.inUse + size > 0.9 * heapEnd && sinceReclaim >= heapEnd / 4) {
    reclaimNow();
  }
  const ptr = kernels.alloc(size);
  // Growth detaches an unshared buffer (length 0), even when the block lies in the old memory;
  // a shared buffer keeps its length and stays valid for the old memory.
  if (ptr + size > heapEnd || HEAP.buffer.byteLength !== heapEnd) refreshHeap();
  heapStats.inUse += size;
  if (heapStats.inUse > heapStats.peak) heapStats.peak = heapStats.inUse;
  sinceRequest += size;
  sinceReclaim += size;
  // Without synchronous reclaiming (browsers), ask for collections as blocks are handed out.
  if (reclaimer === null && sinceRequest >= Math.max(128 * MiB, heapStats.inUse / 2)) requestAsyncNow();
  watchIdle();
  return ptr;
}

function requestAsyncNow(): void {
  sinceRequest = 0;
  heapStats.gcRequests++;
  asyncRequester?.();
}

// Once a program stops allocating, nothing would collect the arrays of its last stretch: when
// blocks were handed out and then none for 100 ms, ask for a collection (the timer does not
// keep the process alive).
let idleArmed = false;
let allocations = 0;
function watchIdle(): void {
  allocations++;
  if (idleArmed) return;
  idleArmed = true;
  let seen = allocations;
  const check = () => {
    if (allocations !== seen) {
      seen = allocations;
      arm();
      return;
    }
    idleArmed = false;
    if (sinceRequest >= 8 * MiB && heapStats.inUse > 0) requestAsyncNow();
  };
  const arm = () => (setTimeout(check, 100) as unknown as { unref?: () => void }).unref?.();
  arm();
}

/** Returns a block to the allocator. */
export function heapFree(ptr: number, size: number): void {
  kernels.free(ptr);
  heapStats.inUse -= size;
  // Memory given back (dispose, or finalizers) is no pressure for the collector.
  sinceRequest = Math.max(0, sinceRequest - size);
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

/**
 * Runs `write(address)`, a kernel call that fills `nbytes` bytes at `ptr` of `region`: straight
 * there when the region is the heap, else (a short result in a JS slab, where kernels cannot
 * write) into scratch memory, copied over afterwards.
 */
export function writeThroughHeap<R>(region: Region, ptr: number, nbytes: number, write: (at: number) => R): R {
  if (region === HEAP) return write(ptr);
  const at = scratch(Math.max(nbytes, 16));
  const r = write(at);
  region.bytes().set(HEAP.bytes().subarray(at, at + nbytes), ptr);
  return r;
}

// Two 16-byte slots where the ufunc layer puts scalar operands for kernels (stride 0).
const slots = kernels.alloc(32);
refreshHeap();
/** Heap address of scalar slot k (0 or 1). */
export function scalarSlot(k: number): number {
  return slots + 16 * k;
}
