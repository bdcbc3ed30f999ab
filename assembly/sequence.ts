// Sequences written straight into an output block: arange's values and the indices of the nonzero
// bytes of a bool mask (nonzero, flatnonzero, argwhere, boolean indexing, count_nonzero).

// ---- arange -------------------------------------------------------------------------------------
// arange_<dt>(out, n, start, step): out[i] = start + i * step for i in [0, n), contiguous, in the
// dtype's arithmetic: float64 rounds i * step and then the sum; float32 the same in float32 (the
// product of i rounded to float32 and step); integers wrap.

export function arange_f64(out: usize, n: i32, start: f64, step: f64): void {
  let i = 0;
  const s = f64x2.splat(start), d = f64x2.splat(step), two = f64x2.splat(2.0);
  let iv = f64x2.replace_lane(f64x2.splat(0.0), 1, 1.0);
  for (; i + 2 <= n; i += 2) {
    v128.store(out + (<usize>i << 3), f64x2.add(s, f64x2.mul(iv, d)));
    iv = f64x2.add(iv, two);
  }
  for (; i < n; i++) store<f64>(out + (<usize>i << 3), start + <f64>i * step);
}

export function arange_f32(out: usize, n: i32, start: f64, step: f64): void {
  const s0 = <f32>start, d0 = <f32>step;
  let i = 0;
  const s = f32x4.splat(s0), d = f32x4.splat(d0), four = i32x4.splat(4);
  let iv = i32x4(0, 1, 2, 3);
  for (; i + 4 <= n; i += 4) {
    v128.store(out + (<usize>i << 2), f32x4.add(s, f32x4.mul(f32x4.convert_i32x4_s(iv), d)));
    iv = i32x4.add(iv, four);
  }
  for (; i < n; i++) store<f32>(out + (<usize>i << 2), s0 + <f32>i * d0);
}

export function arange_i64(out: usize, n: i32, start: i64, step: i64): void {
  let v = start;
  for (let i = 0; i < n; i++) {
    store<i64>(out + (<usize>i << 3), v);
    v += step;
  }
}

export function arange_i32(out: usize, n: i32, start: i32, step: i32): void {
  let i = 0;
  const d4 = i32x4.splat(step << 2);
  let v = i32x4.add(i32x4.splat(start), i32x4.mul(i32x4(0, 1, 2, 3), i32x4.splat(step)));
  for (; i + 4 <= n; i += 4) {
    v128.store(out + (<usize>i << 2), v);
    v = i32x4.add(v, d4);
  }
  for (; i < n; i++) store<i32>(out + (<usize>i << 2), start + i * step);
}

// ---- nonzero ------------------------------------------------------------------------------------

/** How many of the n bytes at p are nonzero. */
export function count_nonzero_b(p: usize, n: i32): i32 {
  let i = 0;
  let count = 0;
  const zero = i8x16.splat(0);
  for (; i + 16 <= n; i += 16) count += popcnt<i32>(i8x16.bitmask(v128.not(i8x16.eq(v128.load(p + <usize>i), zero))));
  for (; i < n; i++) if (load<u8>(p + <usize>i) != 0) count++;
  return count;
}

/** Writes base + i (int64) to out for every nonzero byte i of the n at p, in order; returns how many. */
export function nonzero_b(p: usize, n: i32, out: usize, base: i64): i32 {
  return eachNonzero<u64>(0, p, n, out, 0, 0, 0, base);
}

/**
 * Splits n flat int64 indices at `flat` by a dimension of length `dim`: q[i] = flat[i] / dim and
 * r[i] = flat[i] % dim (q may be `flat` itself). argwhere/nonzero unravel C-order positions.
 */
export function divmod_index(flat: usize, n: i32, dim: i64, q: usize, r: usize): void {
  for (let i = 0; i < n; i++) {
    const o = <usize>i << 3;
    const x = load<i64>(flat + o);
    const a = x / dim;
    store<i64>(r + o, x - a * dim);
    store<i64>(q + o, a);
  }
}

// ---- boolean masks --------------------------------------------------------------------------
// compress_<w>(src, ss, mask, n, out): the elements (w bytes, stride ss) whose mask byte is
// nonzero, packed into out in order; returns how many. put_<w>(dst, sd, mask, n, src, s): the
// elements whose mask byte is nonzero take src's next element (stride s; 0 repeats one value);
// returns how many. The mask is n contiguous bytes; 16 zero bytes are skipped at once.

@inline function copyW<T>(dst: usize, src: usize): void {
  if (sizeof<T>() == 16) v128.store(dst, v128.load(src));
  else store<T>(dst, load<T>(src));
}

/**
 * For the k-th nonzero byte i of the n mask bytes (k counting from 0; 16 zero bytes skipped at
 * once), by mode (a constant): 0 writes base + i to the int64 array at a; 1 (compress) copies
 * element i of b (stride sb) to element k of a; 2 (put) copies element k of b (stride sb) to
 * element i of a (stride sa). Returns how many bytes were nonzero. (Writing all 16 of a dense
 * group and advancing past the nonzero ones, branch-free, measured 20-80% slower here.)
 */
@inline function eachNonzero<T>(mode: i32, mask: usize, n: i32, a: usize, sa: isize, b: usize, sb: isize, base: i64): i32 {
  let k = 0;
  let i = 0;
  const zero = i8x16.splat(0);
  for (; i < n; ) {
    let m: i32;
    const at = i;
    if (i + 16 <= n) {
      m = i8x16.bitmask(v128.not(i8x16.eq(v128.load(mask + <usize>i), zero)));
      i += 16;
    } else {
      m = load<u8>(mask + <usize>i) != 0 ? 1 : 0;
      i++;
    }
    while (m != 0) {
      const e = at + ctz<i32>(m);
      if (mode == 0) store<i64>(a + (<usize>k << 3), base + <i64>e);
      else if (mode == 1) copyW<T>(a + <usize>k * sizeof<T>(), b + <usize>(<isize>e * sb));
      else copyW<T>(a + <usize>(<isize>e * sa), b + <usize>(<isize>k * sb));
      k++;
      m &= m - 1;
    }
  }
  return k;
}

@inline function compress<T>(src: usize, ss: isize, mask: usize, n: i32, out: usize): i32 {
  return eachNonzero<T>(1, mask, n, out, 0, src, ss, 0);
}

@inline function put<T>(dst: usize, sd: isize, mask: usize, n: i32, src: usize, s: isize): i32 {
  return eachNonzero<T>(2, mask, n, dst, sd, src, s, 0);
}

export function compress_1(src: usize, ss: isize, mask: usize, n: i32, out: usize): i32 { return compress<u8>(src, ss, mask, n, out); }
export function compress_2(src: usize, ss: isize, mask: usize, n: i32, out: usize): i32 { return compress<u16>(src, ss, mask, n, out); }
export function compress_4(src: usize, ss: isize, mask: usize, n: i32, out: usize): i32 { return compress<u32>(src, ss, mask, n, out); }
export function compress_8(src: usize, ss: isize, mask: usize, n: i32, out: usize): i32 { return compress<u64>(src, ss, mask, n, out); }
export function compress_16(src: usize, ss: isize, mask: usize, n: i32, out: usize): i32 { return compress<v128>(src, ss, mask, n, out); }
export function put_1(dst: usize, sd: isize, mask: usize, n: i32, src: usize, s: isize): i32 { return put<u8>(dst, sd, mask, n, src, s); }
export function put_2(dst: usize, sd: isize, mask: usize, n: i32, src: usize, s: isize): i32 { return put<u16>(dst, sd, mask, n, src, s); }
export function put_4(dst: usize, sd: isize, mask: usize, n: i32, src: usize, s: isize): i32 { return put<u32>(dst, sd, mask, n, src, s); }
export function put_8(dst: usize, sd: isize, mask: usize, n: i32, src: usize, s: isize): i32 { return put<u64>(dst, sd, mask, n, src, s); }
export function put_16(dst: usize, sd: isize, mask: usize, n: i32, src: usize, s: isize): i32 { return put<v128>(dst, sd, mask, n, src, s); }

// ---- take -----------------------------------------------------------------------------------

/**
 * Gathers rows: for each of the n int64 indices at idx (negative from the end), the `row` bytes
 * at src + i * stride go to out + k * row. Returns -1, or the position of the first index
 * outside [-size, size) (nothing more is copied).
 */
export function take_rows(src: usize, stride: isize, size: i32, idx: usize, n: i32, out: usize, row: i32): i32 {
  const len = <i64>size;
  for (let k = 0; k < n; k++) {
    let i = load<i64>(idx + (<usize>k << 3));
    if (i < 0) i += len;
    if (i < 0 || i >= len) return k;
    const s = src + <usize>(<isize>i * stride);
    const o = out + <usize>k * <usize>row;
    if (row == 8) store<u64>(o, load<u64>(s));
    else if (row == 4) store<u32>(o, load<u32>(s));
    else if (row == 16) v128.store(o, v128.load(s));
    else if (row == 1) store<u8>(o, load<u8>(s));
    else if (row == 2) store<u16>(o, load<u16>(s));
    else memory.copy(o, s, <usize>row);
  }
  return -1;
}
