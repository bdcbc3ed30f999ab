// The heap allocator (AssemblyScript's TLSF, which grows linear memory on demand) and raw byte moves.

/** Allocates `size` bytes, 16-byte aligned; the memory grows when no free block fits. */
export function alloc(size: usize): usize {
  return heap.alloc(size);
}

/** Returns a block from alloc() to the allocator. */
export function free(ptr: usize): void {
  heap.free(ptr);
}

export function copy_bytes(dst: usize, src: usize, n: usize): void {
  memory.copy(dst, src, n);
}

export function fill_bytes(dst: usize, value: u8, n: usize): void {
  memory.fill(dst, value, n);
}
