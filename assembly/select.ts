// where_<w>(c, sc, x, sx, y, sy, out, so, n): out[i] = c[i] ? x[i] : y[i] for elements of w bytes
// (w = 1, 2, 4, 8, 16: the selection depends only on the element size), c a bool (u8) array.
// Strides are in bytes; a stride of 0 broadcasts. Contiguous or broadcast x, y and condition with
// a contiguous out take a v128 bitselect path. `out` may alias x or y exactly.

/** The mask of lanes (of w bytes) whose condition byte is nonzero, for 16 / w bytes at pc. */
@inline function laneMask(pc: usize, w: i32): v128 {
  let m: v128;
  if (w == 1) m = v128.load(pc);
  else if (w == 2) m = i16x8.extend_low_i8x16_u(v128.load64_zero(pc));
  else if (w == 4) m = i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(v128.load32_zero(pc)));
  else m = i64x2.extend_low_i32x4_u(i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(v128.load16_lane(pc, i64x2.splat(0), 0))));
  if (w == 1) return v128.not(i8x16.eq(m, i8x16.splat(0)));
  if (w == 2) return v128.not(i16x8.eq(m, i16x8.splat(0)));
  if (w == 4) return v128.not(i32x4.eq(m, i32x4.splat(0)));
  return v128.not(i64x2.eq(m, i64x2.splat(0)));
}

/** The element of w bytes at p in every lane. */
@inline function splat(p: usize, w: i32): v128 {
  if (w == 1) return v128.load8_splat(p);
  if (w == 2) return v128.load16_splat(p);
  if (w == 4) return v128.load32_splat(p);
  return v128.load64_splat(p);
}

@inline function copyElement(dst: usize, src: usize, w: i32): void {
  if (w == 1) store<u8>(dst, load<u8>(src));
  else if (w == 2) store<u16>(dst, load<u16>(src));
  else if (w == 4) store<u32>(dst, load<u32>(src));
  else if (w == 8) store<u64>(dst, load<u64>(src));
  else v128.store(dst, v128.load(src));
}

@inline function select(c: usize, sc: isize, x: usize, sx: isize, y: usize, sy: isize, out: usize, so: isize, n: i32, w: i32): void {
  let i = 0;
  const W = <isize>w;
  if (w < 16 && (sx == W || sx == 0) && (sy == W || sy == 0) && so == W && (sc == 1 || sc == 0)) {
    const lanes = 16 / w;
    const all = sc == 0 ? (load<u8>(c) != 0 ? v128.not(i64x2.splat(0)) : i64x2.splat(0)) : i64x2.splat(0);
    const xs = splat(x, w);
    const ys = splat(y, w);
    for (; i + lanes <= n; i += lanes) {
      const off = <usize>i * <usize>w;
      const m = sc == 0 ? all : laneMask(c + <usize>i, w);
      const xv = sx == 0 ? xs : v128.load(x + off);
      const yv = sy == 0 ? ys : v128.load(y + off);
      v128.store(out + off, v128.bitselect(xv, yv, m));
    }
  }
  for (; i < n; i++) {
    const k = <isize>i;
    copyElement(out + k * so, load<u8>(c + k * sc) != 0 ? x + k * sx : y + k * sy, w);
  }
}

export function where_1(c: usize, sc: isize, x: usize, sx: isize, y: usize, sy: isize, out: usize, so: isize, n: i32): void { select(c, sc, x, sx, y, sy, out, so, n, 1); }
export function where_2(c: usize, sc: isize, x: usize, sx: isize, y: usize, sy: isize, out: usize, so: isize, n: i32): void { select(c, sc, x, sx, y, sy, out, so, n, 2); }
export function where_4(c: usize, sc: isize, x: usize, sx: isize, y: usize, sy: isize, out: usize, so: isize, n: i32): void { select(c, sc, x, sx, y, sy, out, so, n, 4); }
export function where_8(c: usize, sc: isize, x: usize, sx: isize, y: usize, sy: isize, out: usize, so: isize, n: i32): void { select(c, sc, x, sx, y, sy, out, so, n, 8); }
export function where_16(c: usize, sc: isize, x: usize, sx: isize, y: usize, sy: isize, out: usize, so: isize, n: i32): void { select(c, sc, x, sx, y, sy, out, so, n, 16); }
