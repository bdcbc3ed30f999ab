// ldexp(x, i) with an int32 exponent array: x * 2**i rounded once (musl's scalbn, which avoids
// double rounding when the result is subnormal), as NumPy's ldexp calls C's ldexp.

/** ldexp for float64 mantissas and int32 exponents. */
export function ldexp_f64(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): void {
  for (let i = 0; i < n; i++) {
    store<f64>(out, NativeMath.scalbn(load<f64>(a), load<i32>(b)));
    a += <usize>sa;
    b += <usize>sb;
    out += <usize>so;
  }
}

/** ldexp for float32 mantissas and int32 exponents (computed in float32, as ldexpf). */
export function ldexp_f32(a: usize, sa: isize, b: usize, sb: isize, out: usize, so: isize, n: i32): void {
  for (let i = 0; i < n; i++) {
    store<f32>(out, NativeMathf.scalbn(load<f32>(a), load<i32>(b)));
    a += <usize>sa;
    b += <usize>sb;
    out += <usize>so;
  }
}
