// Complex kernels: c64 (two f32) and c128 (two f64), real part first. P is the part type.
// Formulas are NumPy's loops (numpy/core/src/umath/loops.c.src, complex section): plain
// products for multiply and square, Smith's algorithm for divide and reciprocal, lexicographic
// comparisons whose "less" part is ignored when an imaginary part is NaN.

import { binary } from "./loops";

@inline function re<P>(p: usize): P {
  return load<P>(p);
}

@inline function im<P>(p: usize): P {
  return load<P>(p, sizeof<P>());
}

@inline function put<P>(p: usize, r: P, i: P): void {
  store<P>(p, r);
  store<P>(p, i, sizeof<P>());
}

/** Complex binary op O (O.c writes the result), strided. */
@inline export function binaryC<P, O>(a: usize, sa: isize, b: usize, sb: isize, o: usize, so: isize, n: i32): void {
  const op = changetype<O>(0);
  for (let i = 0; i < n; i++) {
    op.c<P>(re<P>(a), im<P>(a), re<P>(b), im<P>(b), o);
    a += <usize>sa;
    b += <usize>sb;
    o += <usize>so;
  }
}

/** One complex element splatted into a v128 (two of them for c64). */
@inline function splatC<P>(p: usize): v128 {
  if (sizeof<P>() == 8) return v128.load(p);
  return i64x2.splat(load<i64>(p));
}

/**
 * Add / subtract: part-wise, so contiguous runs are one real run of 2n parts, and a broadcast
 * operand is one complex value repeated across the vector.
 */
@inline export function lanewiseC<P, O>(a: usize, sa: isize, b: usize, sb: isize, o: usize, so: isize, n: i32): void {
  const op = changetype<O>(0);
  const w = <isize>(2 * sizeof<P>());
  const p = <isize>sizeof<P>();
  if (sa == w && sb == w && so == w) {
    binary<P, O>(a, p, b, p, o, p, n * 2);
    return;
  }
  let i = 0;
  const per = <i32>(16 / sizeof<P>() / 2); // complex elements per v128
  if (so == w && ((sa == 0 && sb == w) || (sa == w && sb == 0))) {
    const va = splatC<P>(a);
    const vb = splatC<P>(b);
    for (; i + per <= n; i += per) {
      const off = <usize>(<isize>i * w);
      const x = sa == 0 ? va : v128.load(a + off);
      const y = sb == 0 ? vb : v128.load(b + off);
      v128.store(o + off, op.v<P>(x, y));
    }
  }
  a += <usize>(<isize>i * sa);
  b += <usize>(<isize>i * sb);
  o += <usize>(<isize>i * so);
  for (; i < n; i++) {
    put<P>(o, op.s<P>(re<P>(a), re<P>(b)), op.s<P>(im<P>(a), im<P>(b)));
    a += <usize>sa;
    b += <usize>sb;
    o += <usize>so;
  }
}

/** Complex op with a bool result (comparisons, logical ops). */
@inline export function binaryBoolC<P, O>(a: usize, sa: isize, b: usize, sb: isize, o: usize, so: isize, n: i32): void {
  const op = changetype<O>(0);
  for (let i = 0; i < n; i++) {
    store<u8>(o, <u8>op.b<P>(re<P>(a), im<P>(a), re<P>(b), im<P>(b)));
    a += <usize>sa;
    b += <usize>sb;
    o += <usize>so;
  }
}

/** Complex unary op writing a complex result. */
@inline export function unaryC<P, O>(a: usize, sa: isize, o: usize, so: isize, n: i32): void {
  const op = changetype<O>(0);
  for (let i = 0; i < n; i++) {
    op.c<P>(re<P>(a), im<P>(a), o);
    a += <usize>sa;
    o += <usize>so;
  }
}

/** Complex unary op with a bool result. */
@inline export function unaryBoolC<P, O>(a: usize, sa: isize, o: usize, so: isize, n: i32): void {
  const op = changetype<O>(0);
  for (let i = 0; i < n; i++) {
    store<u8>(o, <u8>op.b<P>(re<P>(a), im<P>(a)));
    a += <usize>sa;
    o += <usize>so;
  }
}

// ---- ops -----------------------------------------------------------------------------------

export class CMul {
  @inline c<P>(ar: P, ai: P, br: P, bi: P, o: usize): void {
    put<P>(o, ar * br - ai * bi, ar * bi + ai * br);
  }
}

export class CDiv {
  @inline c<P>(ar: P, ai: P, br: P, bi: P, o: usize): void {
    const abr = abs<P>(br);
    const abi = abs<P>(bi);
    if (abr >= abi) {
      if (abr == <P>0 && abi == <P>0) {
        put<P>(o, ar / abr, ai / abi);
      } else {
        const rat = bi / br;
        const scl = <P>1 / (br + bi * rat);
        put<P>(o, (ar + ai * rat) * scl, (ai - ar * rat) * scl);
      }
    } else {
      const rat = br / bi;
      const scl = <P>1 / (bi + br * rat);
      put<P>(o, (ar * rat + ai) * scl, (ai * rat - ar) * scl);
    }
  }
}

@inline function isnanP<P>(x: P): bool {
  return x != x;
}

@inline function cge<P>(xr: P, xi: P, yr: P, yi: P): bool {
  return (xr > yr && !isnanP<P>(xi) && !isnanP<P>(yi)) || (xr == yr && xi >= yi);
}

@inline function cle<P>(xr: P, xi: P, yr: P, yi: P): bool {
  return (xr < yr && !isnanP<P>(xi) && !isnanP<P>(yi)) || (xr == yr && xi <= yi);
}

@inline function cgt<P>(xr: P, xi: P, yr: P, yi: P): bool {
  return (xr > yr && !isnanP<P>(xi) && !isnanP<P>(yi)) || (xr == yr && xi > yi);
}

@inline function clt<P>(xr: P, xi: P, yr: P, yi: P): bool {
  return (xr < yr && !isnanP<P>(xi) && !isnanP<P>(yi)) || (xr == yr && xi < yi);
}

export class CMax {
  @inline c<P>(ar: P, ai: P, br: P, bi: P, o: usize): void {
    if (isnanP<P>(ar) || isnanP<P>(ai) || cge<P>(ar, ai, br, bi)) put<P>(o, ar, ai);
    else put<P>(o, br, bi);
  }
}

export class CMin {
  @inline c<P>(ar: P, ai: P, br: P, bi: P, o: usize): void {
    if (isnanP<P>(ar) || isnanP<P>(ai) || cle<P>(ar, ai, br, bi)) put<P>(o, ar, ai);
    else put<P>(o, br, bi);
  }
}

export class CFMax {
  @inline c<P>(ar: P, ai: P, br: P, bi: P, o: usize): void {
    if (isnanP<P>(br) || isnanP<P>(bi) || cge<P>(ar, ai, br, bi)) put<P>(o, ar, ai);
    else put<P>(o, br, bi);
  }
}

export class CFMin {
  @inline c<P>(ar: P, ai: P, br: P, bi: P, o: usize): void {
    if (isnanP<P>(br) || isnanP<P>(bi) || cle<P>(ar, ai, br, bi)) put<P>(o, ar, ai);
    else put<P>(o, br, bi);
  }
}

export class CEq {
  @inline b<P>(ar: P, ai: P, br: P, bi: P): bool { return ar == br && ai == bi; }
}
export class CNe {
  @inline b<P>(ar: P, ai: P, br: P, bi: P): bool { return ar != br || ai != bi; }
}
export class CLt {
  @inline b<P>(ar: P, ai: P, br: P, bi: P): bool { return clt<P>(ar, ai, br, bi); }
}
export class CLe {
  @inline b<P>(ar: P, ai: P, br: P, bi: P): bool { return cle<P>(ar, ai, br, bi); }
}
export class CGt {
  @inline b<P>(ar: P, ai: P, br: P, bi: P): bool { return cgt<P>(ar, ai, br, bi); }
}
export class CGe {
  @inline b<P>(ar: P, ai: P, br: P, bi: P): bool { return cge<P>(ar, ai, br, bi); }
}

@inline function nz<P>(r: P, i: P): bool {
  return r != <P>0 || i != <P>0;
}

export class CLAnd {
  @inline b<P>(ar: P, ai: P, br: P, bi: P): bool { return nz<P>(ar, ai) && nz<P>(br, bi); }
}
export class CLOr {
  @inline b<P>(ar: P, ai: P, br: P, bi: P): bool { return nz<P>(ar, ai) || nz<P>(br, bi); }
}
export class CLXor {
  @inline b<P>(ar: P, ai: P, br: P, bi: P): bool { return nz<P>(ar, ai) != nz<P>(br, bi); }
}

export class CNeg {
  @inline c<P>(r: P, i: P, o: usize): void { put<P>(o, -r, -i); }
}
export class CConj {
  @inline c<P>(r: P, i: P, o: usize): void { put<P>(o, r, -i); }
}
export class CSquare {
  @inline c<P>(r: P, i: P, o: usize): void { put<P>(o, r * r - i * i, r * i + i * r); }
}
export class CRecip {
  @inline c<P>(r: P, i: P, o: usize): void {
    if (abs<P>(i) <= abs<P>(r)) {
      const q = i / r;
      const d = r + i * q;
      put<P>(o, <P>1 / d, -q / d);
    } else {
      const q = r / i;
      const d = r * q + i;
      put<P>(o, q / d, <P>-1 / d);
    }
  }
}

export class CLNot {
  @inline b<P>(r: P, i: P): bool { return !nz<P>(r, i); }
}
export class CIsNan {
  @inline b<P>(r: P, i: P): bool { return isnanP<P>(r) || isnanP<P>(i); }
}
export class CIsInf {
  @inline b<P>(r: P, i: P): bool { return abs<P>(r) == <P>Infinity || abs<P>(i) == <P>Infinity; }
}
export class CIsFinite {
  @inline b<P>(r: P, i: P): bool { return abs<P>(r) < <P>Infinity && abs<P>(i) < <P>Infinity; }
}

// |z|: NumPy's SIMD loop (1.24: simd.inc.src avx512_cabsolute, run on this AVX512F machine for
// contiguous and strided arrays; NumPy 2: loops_unary_complex.dispatch.c.src, the same algorithm
// on every SIMD target): an infinite part gives inf, a NaN part NaN, else
// larger * sqrt(fma(r, r, 1)) with r = smaller / larger. The fused multiply-add is emulated
// exactly (WebAssembly has no deterministic FMA). NumPy builds without SIMD FMA (or 1.24 without
// AVX512F) use libm's hypot or an unfused multiply-add instead, which can differ by an ulp.

/** fma(r, r, 1) in float64, exactly rounded: Dekker's product and a round-to-odd sum. */
@inline export function fmaSq1(r: f64): f64 {
  const p = r * r;
  const c = r * 134217729.0;
  const hi = c - (c - r);
  const lo = r - hi;
  const e = ((hi * hi - p) + 2 * hi * lo) + lo * lo;
  const th = 1.0 + p;
  const bb = th - 1.0;
  const tl = (1.0 - (th - bb)) + (p - bb);
  let v = tl + e;
  const bv = v - tl;
  const ve = (tl - (v - bv)) + (e - bv);
  if (ve != 0) {
    const bits = reinterpret<i64>(v);
    if ((bits & 1) == 0) v = reinterpret<f64>(bits + ((ve > 0) == (v > 0) ? 1 : -1));
  }
  return th + v;
}

/** fma(r, r, 1) rounded to float32 (r a float32): exact in double, then round-to-odd. */
@inline export function fmaSq1f(r: f64): f32 {
  const p = r * r; // exact: 48 bits
  const s = 1.0 + p;
  const err = p - (s - 1.0);
  let t = s;
  if (err != 0) {
    const bits = reinterpret<i64>(s);
    if ((bits & 1) == 0) t = reinterpret<f64>(bits + (err > 0 ? 1 : -1));
  }
  return <f32>t;
}

@inline function cabs<P>(xr: P, xi: P): P {
  let re = abs<P>(xr);
  let im = abs<P>(xi);
  if (re == <P>Infinity || im == <P>Infinity) return <P>Infinity;
  if (re != re || im != im) return <P>NaN;
  const larger = re > im ? re : im;
  const smaller = im < re ? im : re;
  if (sizeof<P>() == 8) {
    const ratio = larger == 0 ? 0.0 : <f64>smaller / <f64>larger;
    return <P>(Math.sqrt(fmaSq1(ratio)) * <f64>larger);
  }
  const ratio = larger == 0 ? <f32>0 : <f32>(<f64>smaller / <f64>larger);
  const h = <f32>Math.sqrt(<f64>fmaSq1f(<f64>ratio));
  return <P>(<f64>h * <f64>larger);
}

/** |z| for complex128, as NumPy's AVX512F loop computes it. */
export function absolute_c128(a: usize, sa: isize, o: usize, so: isize, n: i32): void {
  for (let i = 0; i < n; i++) {
    store<f64>(o, cabs<f64>(load<f64>(a), load<f64>(a, 8)));
    a += <usize>sa;
    o += <usize>so;
  }
}

/** |z| for complex64, as NumPy's AVX512F loop computes it (every step rounded to float32). */
export function absolute_c64(a: usize, sa: isize, o: usize, so: isize, n: i32): void {
  for (let i = 0; i < n; i++) {
    store<f32>(o, cabs<f32>(load<f32>(a), load<f32>(a, 4)));
    a += <usize>sa;
    o += <usize>so;
  }
}
