// The LSD radix sort of src/api/sorting.ts's order-preserving key words, in WebAssembly: one or
// two u32 words per key (words = 2: hi is the major word), `bits`-wide digits, every digit's
// histogram in one read of the keys, and the passes whose digit is the same for every key
// skipped. Stable; the same passes as the TypeScript radixSortKeys, so the same order.

/**
 * Sorts the n keys (hi[i], lo[i]) using thi/tlo as the other buffers and `counts` (room for
 * words * ceil(32 / bits) * 2^bits i32) for the histograms. Returns where the sorted words
 * ended: bit 0 set when lo's are in tlo, bit 1 when hi's are in thi.
 */
export function radix_sort_keys(hi: usize, lo: usize, thi: usize, tlo: usize, n: i32, words: i32, bits: i32, counts: usize): i32 {
  const buckets = 1 << bits;
  const mask: u32 = <u32>buckets - 1;
  const passes = (32 + bits - 1) / bits;
  memory.fill(counts, 0, <usize>(words * passes * buckets) << 2);
  // histogram h of word w (0: lo, 1: hi), digit d at (w passes + d) buckets
  for (let i = 0; i < n; i++) {
    const l = load<u32>(lo + (<usize>i << 2));
    for (let d = 0; d < passes; d++) {
      const at = counts + (<usize>(d * buckets + <i32>((l >>> <u32>(d * bits)) & mask)) << 2);
      store<i32>(at, load<i32>(at) + 1);
    }
    if (words == 2) {
      const h = load<u32>(hi + (<usize>i << 2));
      for (let d = 0; d < passes; d++) {
        const at = counts + (<usize>((passes + d) * buckets + <i32>((h >>> <u32>(d * bits)) & mask)) << 2);
        store<i32>(at, load<i32>(at) + 1);
      }
    }
  }
  let kh = hi, kl = lo, th = thi, tl = tlo;
  for (let w = 0; w < words; w++) {
    for (let d = 0; d < passes; d++) {
      const shift = <u32>(d * bits);
      const key = w == 0 ? kl : kh;
      const base = counts + (<usize>((w * passes + d) * buckets) << 2);
      const first = (load<u32>(key) >>> shift) & mask;
      if (load<i32>(base + (<usize>first << 2)) == n) continue;
      let sum = 0;
      for (let b = 0; b < buckets; b++) {
        const at = base + (<usize>b << 2);
        const c = load<i32>(at);
        store<i32>(at, sum);
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const o = <usize>i << 2;
        const at = base + (<usize>((load<u32>(key + o) >>> shift) & mask) << 2);
        const dst = <usize>load<i32>(at) << 2;
        store<i32>(at, load<i32>(at) + 1);
        store<u32>(tl + dst, load<u32>(kl + o));
        if (words == 2) store<u32>(th + dst, load<u32>(kh + o));
      }
      let t = kl; kl = tl; tl = t;
      if (words == 2) { t = kh; kh = th; th = t; }
    }
  }
  return (kl != lo ? 1 : 0) | (kh != hi ? 2 : 0);
}
