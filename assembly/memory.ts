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

/**
 * A 2-d copy of n0 x n1 elements of `width` bytes (1, 2, 4, 8 or 16), element (i, j) from
 * src + i s0 + j s1 to dst + i d0 + j d1, in one call: contiguous rows are moved whole; other
 * layouts go in 16 x 16 tiles, so that a transposing copy reads and writes whole cache lines
 * within a tile instead of one element per line along a column.
 */
export function copy_tiled(width: i32, dst: usize, d0: isize, d1: isize, src: usize, s0: isize, s1: isize, n0: i32, n1: i32): void {
  if (d1 == <isize>width && s1 == <isize>width) {
    const row = <usize>(n1 * width);
    for (let i = 0; i < n0; i++) copyRow(dst + <usize>(<isize>i * d0), src + <usize>(<isize>i * s0), row);
  } else if (width == 8 && d1 == 8 && s0 == 8) tiled8(dst, d0, src, s1, n0, n1);
  else if (width == 4 && d1 == 4 && s0 == 4) tiled4(dst, d0, src, s1, n0, n1);
  else if (width == 8) tiled<u64>(dst, d0, d1, src, s0, s1, n0, n1);
  else if (width == 4) tiled<u32>(dst, d0, d1, src, s0, s1, n0, n1);
  else if (width == 16) tiled<v128>(dst, d0, d1, src, s0, s1, n0, n1);
  else if (width == 2) tiled<u16>(dst, d0, d1, src, s0, s1, n0, n1);
  else tiled<u8>(dst, d0, d1, src, s0, s1, n0, n1);
}

const TILE = 16;

@inline function tiled<T>(dst: usize, d0: isize, d1: isize, src: usize, s0: isize, s1: isize, n0: i32, n1: i32): void {
  for (let i0 = 0; i0 < n0; i0 += TILE) {
    const e0 = min(i0 + TILE, n0);
    for (let j0 = 0; j0 < n1; j0 += TILE) {
      const e1 = min(j0 + TILE, n1);
      for (let i = i0; i < e0; i++) {
        let pd = dst + <usize>(<isize>i * d0 + <isize>j0 * d1);
        let ps = src + <usize>(<isize>i * s0 + <isize>j0 * s1);
        for (let j = j0; j < e1; j++) {
          store<T>(pd, load<T>(ps));
          pd += <usize>d1;
          ps += <usize>s1;
        }
      }
    }
  }
}

/**
 * tiled<u64> for a plain transposition (dst rows and src columns contiguous): 2 x 2 blocks, two
 * loads, two shuffles and two stores per four elements; odd edges element by element.
 */
function tiled8(dst: usize, d0: isize, src: usize, s1: isize, n0: i32, n1: i32): void {
  const m0 = n0 & ~1, m1 = n1 & ~1;
  for (let i0 = 0; i0 < m0; i0 += TILE) {
    const e0 = min(i0 + TILE, m0);
    for (let j0 = 0; j0 < m1; j0 += TILE) {
      const e1 = min(j0 + TILE, m1);
      for (let i = i0; i < e0; i += 2) {
        let pd = dst + <usize>(<isize>i * d0 + (<isize>j0 << 3));
        let ps = src + <usize>((<isize>i << 3) + <isize>j0 * s1);
        let j = j0;
        for (; j + 4 <= e1; j += 4) {
          const x0 = v128.load(ps);
          const x1 = v128.load(ps + <usize>s1);
          const x2 = v128.load(ps + <usize>(s1 * 2));
          const x3 = v128.load(ps + <usize>(s1 * 3));
          v128.store(pd, v128.shuffle<i64>(x0, x1, 0, 2));
          v128.store(pd, v128.shuffle<i64>(x2, x3, 0, 2), 16);
          v128.store(pd + <usize>d0, v128.shuffle<i64>(x0, x1, 1, 3));
          v128.store(pd + <usize>d0, v128.shuffle<i64>(x2, x3, 1, 3), 16);
          pd += 32;
          ps += <usize>(s1 << 2);
        }
        if (j < e1) {
          const x = v128.load(ps);
          const y = v128.load(ps + <usize>s1);
          v128.store(pd, v128.shuffle<i64>(x, y, 0, 2));
          v128.store(pd + <usize>d0, v128.shuffle<i64>(x, y, 1, 3));
        }
      }
    }
  }
  if (m0 < n0) tiled<u64>(dst + <usize>(<isize>m0 * d0), d0, 8, src + (<usize>m0 << 3), 8, s1, n0 - m0, n1);
  if (m1 < n1) tiled<u64>(dst + (<usize>m1 << 3), d0, 8, src + <usize>(<isize>m1 * s1), 8, s1, m0, n1 - m1);
}

/** n bytes from src to dst (not overlapping) in vectors: memory.copy is a call into the runtime,
 * which costs more than a short row. */
@inline function copyRow(dst: usize, src: usize, n: usize): void {
  if (n >= 1024) {
    memory.copy(dst, src, n);
    return;
  }
  let i: usize = 0;
  for (; i + 64 <= n; i += 64) {
    const a = v128.load(src + i), b = v128.load(src + i, 16), c = v128.load(src + i, 32), d = v128.load(src + i, 48);
    v128.store(dst + i, a);
    v128.store(dst + i, b, 16);
    v128.store(dst + i, c, 32);
    v128.store(dst + i, d, 48);
  }
  for (; i + 16 <= n; i += 16) v128.store(dst + i, v128.load(src + i));
  for (; i < n; i++) store<u8>(dst + i, load<u8>(src + i));
}

/** tiled<u32> for a plain transposition: 4 x 4 blocks transposed in registers (eight shuffles). */
function tiled4(dst: usize, d0: isize, src: usize, s1: isize, n0: i32, n1: i32): void {
  const m0 = n0 & ~3, m1 = n1 & ~3;
  for (let i0 = 0; i0 < m0; i0 += TILE) {
    const e0 = min(i0 + TILE, m0);
    for (let j0 = 0; j0 < m1; j0 += TILE) {
      const e1 = min(j0 + TILE, m1);
      for (let i = i0; i < e0; i += 4) {
        let pd = dst + <usize>(<isize>i * d0 + (<isize>j0 << 2));
        let ps = src + <usize>((<isize>i << 2) + <isize>j0 * s1);
        for (let j = j0; j < e1; j += 4) {
          const x0 = v128.load(ps);
          const x1 = v128.load(ps + <usize>s1);
          const x2 = v128.load(ps + <usize>(s1 * 2));
          const x3 = v128.load(ps + <usize>(s1 * 3));
          const t0 = v128.shuffle<i32>(x0, x1, 0, 4, 1, 5);
          const t1 = v128.shuffle<i32>(x2, x3, 0, 4, 1, 5);
          const t2 = v128.shuffle<i32>(x0, x1, 2, 6, 3, 7);
          const t3 = v128.shuffle<i32>(x2, x3, 2, 6, 3, 7);
          v128.store(pd, v128.shuffle<i64>(t0, t1, 0, 2));
          v128.store(pd + <usize>d0, v128.shuffle<i64>(t0, t1, 1, 3));
          v128.store(pd + <usize>(d0 * 2), v128.shuffle<i64>(t2, t3, 0, 2));
          v128.store(pd + <usize>(d0 * 3), v128.shuffle<i64>(t2, t3, 1, 3));
          pd += 16;
          ps += <usize>(s1 << 2);
        }
      }
    }
  }
  if (m0 < n0) tiled<u32>(dst + <usize>(<isize>m0 * d0), d0, 4, src + (<usize>m0 << 2), 4, s1, n0 - m0, n1);
  if (m1 < n1) tiled<u32>(dst + (<usize>m1 << 2), d0, 4, src + <usize>(<isize>m1 * s1), 4, s1, m0, n1 - m1);
}

/**
 * One run of a fancy-index transfer: for each of `count` index positions k, `n` elements of
 * `width` bytes between a (from aBase + offA[k], step aStep) and the other side (from
 * oBase + offO[k], step oStep); into a when `intoA` (a scatter: the last write to a repeated
 * position wins, as the positions are taken in order), else out of it (a gather). Offsets are
 * i32 byte offsets. When a's run is strided (a column), elements go row by row, each row
 * visiting every index position, so each of a's rows is read while in cache.
 */
export function fancy_run(width: i32, intoA: bool, aBase: usize, oBase: usize, offA: usize, offO: usize, count: i32, aStep: isize, oStep: isize, n: i32): void {
  if (width == 8) fancyRun<u64>(intoA, aBase, oBase, offA, offO, count, aStep, oStep, n);
  else if (width == 4) fancyRun<u32>(intoA, aBase, oBase, offA, offO, count, aStep, oStep, n);
  else if (width == 16) fancyRun<v128>(intoA, aBase, oBase, offA, offO, count, aStep, oStep, n);
  else if (width == 2) fancyRun<u16>(intoA, aBase, oBase, offA, offO, count, aStep, oStep, n);
  else fancyRun<u8>(intoA, aBase, oBase, offA, offO, count, aStep, oStep, n);
}

@inline function fancyRun<T>(intoA: bool, aBase: usize, oBase: usize, offA: usize, offO: usize, count: i32, aStep: isize, oStep: isize, n: i32): void {
  const w = <isize>sizeof<T>();
  if (n > 1 && aStep != w && aStep != -w) {
    for (let m = 0; m < n; m++) {
      const a0 = aBase + <usize>(<isize>m * aStep);
      const o0 = oBase + <usize>(<isize>m * oStep);
      for (let k = 0; k < count; k++) {
        const pa = a0 + <usize><isize>load<i32>(offA + (<usize>k << 2));
        const po = o0 + <usize><isize>load<i32>(offO + (<usize>k << 2));
        if (intoA) store<T>(pa, load<T>(po));
        else store<T>(po, load<T>(pa));
      }
    }
    return;
  }
  for (let k = 0; k < count; k++) {
    let pa = aBase + <usize><isize>load<i32>(offA + (<usize>k << 2));
    let po = oBase + <usize><isize>load<i32>(offO + (<usize>k << 2));
    if (aStep == w && oStep == w) {
      if (intoA) copyRow(pa, po, <usize>(n * <i32>w));
      else copyRow(po, pa, <usize>(n * <i32>w));
      continue;
    }
    for (let m = 0; m < n; m++) {
      if (intoA) store<T>(pa, load<T>(po));
      else store<T>(po, load<T>(pa));
      pa += <usize>aStep;
      po += <usize>oStep;
    }
  }
}
