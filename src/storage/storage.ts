/**
 * Storage: where an array's bytes live, and who frees them.
 *
 * - Large arrays get a block of the WebAssembly heap, registered with a FinalizationRegistry so
 *   the block returns to the allocator when the last array using it is collected.
 * - Small arrays (up to SMALL_MAX bytes) are carved out of pooled 64 KiB JS slabs; a slab is
 *   collected by V8 once no array in it is alive, with no registry entry at all.
 * - Past the heap budget, or beyond what one heap block can hold, arrays get a plain
 *   ArrayBuffer of their own; V8 frees those by itself, even inside a job that never yields.
 *
 * An array refers to its Storage and to the byte address of its first element in the Storage's
 * Region. `dispose()` on the array that owns a heap block returns the block at once.
 */
import { ValueError } from "../core/errors.js";
import { canReclaimSync, collectSync, createRegistry, requestAsync } from "./collector.js";
import { HEAP, heapAlloc, heapFree, heapStats, kernels, setCollectors } from "./heap.js";
import { Region } from "./region.js";

export interface Storage {
  /** The bytes; throws once the storage was released by dispose(). */
  readonly region: Region;
  /** True when the bytes are in the WebAssembly heap (kernels can run on them in place). */
  readonly inHeap: boolean;
  /** Releases the memory now (owner's dispose()). */
  release(): void;
}

function usedAfterDispose(): never {
  throw new ValueError("cannot use an array after dispose() released it");
}

/** The storage of a disposed handle. */
export const DISPOSED: Storage = {
  get region(): Region {
    return usedAfterDispose();
  },
  inHeap: false,
  release(): void {},
};

/**
 * Registered blocks, by slot: the registry's held values are slot numbers and blocks register
 * without an unregister token. Measured with 5,000 registered blocks, a major collection took
 * 7.6 ms with tokens and object held values, 3.0 ms with neither (2.6 ms with no registry), and
 * finalizers ran 5x faster. A slot keeps its block's address until the finalizer runs; a block
 * released before that (dispose after its job ended) marks the slot freed, so the finalizer only
 * returns the slot.
 */
const slots = {
  ptr: new Float64Array(1024),
  size: new Float64Array(1024),
  free: new Int32Array(1024),
  nFree: 0,
  used: 0,
};

function takeSlot(ptr: number, size: number): number {
  let k: number;
  if (slots.nFree > 0) k = slots.free[--slots.nFree]!;
  else {
    k = slots.used++;
    if (k === slots.ptr.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(2 * a.length);
        b.set(a);
        return b;
      };
      slots.ptr = grow(slots.ptr);
      slots.size = grow(slots.size);
      const free = new Int32Array(2 * slots.free.length);
      free.set(slots.free);
      slots.free = free;
    }
  }
  slots.ptr[k] = ptr;
  slots.size[k] = size;
  return k;
}

const registry = createRegistry<number>((k) => {
  const ptr = slots.ptr[k]!;
  if (ptr >= 0) heapFree(ptr, slots.size[k]!);
  slots.free[slots.nFree++] = k;
});

// Registering costs ~200 ns, as much as a whole small array. Blocks are registered in a batch
// when the current job ends (a microtask), so a block disposed within its job (`using`) is never
// registered. Until then the pending list holds the blocks (not their arrays).
let pending: HeapBlock[] = [];
function registerPending(): void {
  const list = pending;
  pending = [];
  for (const block of list) block.register();
}

let pendingLimit = 4096;
function compactPending(): void {
  pending = pending.filter((b) => b.live);
  pendingLimit = Math.max(4096, 2 * pending.length);
}

/** Reclaims dead arrays' blocks now: register what is pending, collect, run the finalizers. */
function reclaimNow(): void {
  registerPending();
  collectSync(registry as Parameters<typeof collectSync>[0]);
}

// Node 20 runs a FinalizationRegistry cleanup task that is still queued at a natural exit while
// JavaScript is already disallowed, and reports "illegal access" with a failing exit code
// (nodejs/node#47748; later Node versions do not drain those tasks). A collection late in a
// program queues such a task. So before a natural exit, while registered blocks remain, ndts
// reclaims them and gives the event loop one more turn, in which the queued task runs.
let quietAtExit = false;
const proc = (globalThis as { process?: { on?: (e: string, f: () => void) => void } }).process;
if (canReclaimSync && typeof proc?.on === "function") {
  proc.on("beforeExit", () => {
    if (quietAtExit || slots.used === slots.nFree) return;
    quietAtExit = true;
    reclaimNow();
    setImmediate(() => {});
  });
}

/**
 * @internal Reclaims dead arrays' blocks now, as the heap does at its budget; false where the
 * platform cannot collect synchronously. For tests.
 */
export function collectDeadArrays(): boolean {
  if (!canReclaimSync) return false;
  reclaimNow();
  return true;
}

/** Asks V8 for a collection when the current job yields (finalizers then return blocks). */
function requestCollection(): void {
  void requestAsync();
}

setCollectors(canReclaimSync ? reclaimNow : null, requestCollection);

/** A block of the WebAssembly heap. */
class HeapBlock implements Storage {
  readonly inHeap = true;
  /** The registry slot once registered, else -1. */
  private slot = -1;
  constructor(
    private ptr: number,
    private readonly size: number,
  ) {}
  get region(): Region {
    if (this.ptr < 0) usedAfterDispose();
    return HEAP;
  }
  release(): void {
    if (this.ptr < 0) return;
    heapFree(this.ptr, this.size);
    this.ptr = -1;
    if (this.slot >= 0) slots.ptr[this.slot] = -1;
  }
  /** Not yet returned to the allocator. */
  get live(): boolean {
    return this.ptr >= 0;
  }
  /** Hands the block to the FinalizationRegistry (unless it was already released). */
  register(): void {
    if (this.ptr < 0 || this.slot >= 0) return;
    this.slot = takeSlot(this.ptr, this.size);
    registry.register(this, this.slot);
    quietAtExit = false;
  }
}

/** A pooled slab of small arrays; freeing one array frees nothing (the slab goes with the last). */
class Slab extends Region implements Storage {
  readonly inHeap = false;
  get region(): Region {
    return this;
  }
  release(): void {}
}

/** A plain ArrayBuffer owned by one array (and its views). */
class OwnBuffer extends Region implements Storage {
  readonly inHeap = false;
  private released = false;
  get region(): Region {
    if (this.released) usedAfterDispose();
    return this;
  }
  release(): void {
    this.released = true;
    this.reset(new ArrayBuffer(0));
  }
}

/** Arrays of at most this many bytes live in JS slabs. */
export const SMALL_MAX = 1024;
const SLAB_SIZE = 64 * 1024;
let slab = new Slab(new ArrayBuffer(SLAB_SIZE));
let slabTop = 0;

/** Byte address (within its storage's region) of the last allocate()'s first byte. */
export let allocatedAt = 0;

type NodeBuffer = { allocUnsafeSlow(n: number): { buffer: ArrayBuffer } };
const NodeBuf = (globalThis as { Buffer?: NodeBuffer }).Buffer;

/**
 * Allocates storage for `nbytes`; its first byte is at `allocatedAt` in the storage's region.
 * `zero` asks for zeroed bytes (fresh slabs and ArrayBuffers are zero already).
 */
export function allocate(nbytes: number, zero: boolean): Storage {
  if (nbytes <= SMALL_MAX) {
    const need = (nbytes + 15) & ~15;
    if (slabTop + need > SLAB_SIZE) {
      slab = new Slab(new ArrayBuffer(SLAB_SIZE));
      slabTop = 0;
    }
    allocatedAt = slabTop;
    slabTop += need;
    return slab;
  }
  const ptr = heapAlloc(nbytes);
  if (ptr >= 0) {
    if (zero) kernels.fill_bytes(ptr, 0, nbytes);
    const block = new HeapBlock(ptr, nbytes);
    if (pending.length === 0) queueMicrotask(registerPending);
    // A job that never yields keeps the list growing: drop the blocks already released.
    else if (pending.length >= pendingLimit) compactPending();
    pending.push(block);
    allocatedAt = ptr;
    return block;
  }
  heapStats.fallbacks++;
  allocatedAt = 0;
  const buffer = !zero && NodeBuf ? NodeBuf.allocUnsafeSlow(nbytes).buffer : new ArrayBuffer(nbytes);
  return new OwnBuffer(buffer);
}

/**
 * Wraps memory the caller already has (np.frombuffer): the array views it with no copy.
 */
export function wrapBuffer(buffer: ArrayBuffer): Storage {
  return new OwnBuffer(buffer);
}
