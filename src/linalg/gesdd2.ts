/**
 * The SVD of a real 2 x 2 matrix along LAPACK's dgesdd route (what NumPy's svd calls), so the
 * singular vectors come out with NumPy's signs: dgebd2 bidiagonalizes with one Householder
 * reflector from the left (dlarfg, dlarf), dbdsdc hands the 2 x 2 upper bidiagonal block to
 * dbdsqr, which diagonalizes it with dlasv2's rotations, makes the singular values positive by
 * negating rows of Vh and sorts them in decreasing order; dormbr then applies the reflector to U.
 * Written from the LAPACK reference documentation of these routines.
 *
 * @example
 * svd2x2(Float64Array.of(1, 0.5, 0.5, 1)).u // [-0.7071..., -0.7071..., -0.7071..., 0.7071...]
 */

const EPS = 2 ** -53; // dlamch('E')
const UNFL = 2 ** -1022; // dlamch('S')

/** Fortran's SIGN(a, b): |a| with the sign of b (negative for -0.0, as gfortran). */
const sign = (a: number, b: number): number => (b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a));

/** LAPACK's dlapy2: sqrt(x^2 + y^2) without needless overflow. */
function dlapy2(x: number, y: number): number {
  const xa = Math.abs(x);
  const ya = Math.abs(y);
  const w = Math.max(xa, ya);
  const z = Math.min(xa, ya);
  if (z === 0 || w > Number.MAX_VALUE) return w;
  return w * Math.sqrt(1 + (z / w) ** 2);
}

/**
 * dlasv2(F, G, H): the SVD of [[F, G], [0, H]] as [ssmin, ssmax, snr, csr, snl, csl] (signed
 * singular values, right and left rotations).
 */
function dlasv2(f: number, g: number, h: number): [number, number, number, number, number, number] {
  let ft = f;
  let fa = Math.abs(ft);
  let ht = h;
  let ha = Math.abs(h);
  let pmax = 1;
  const swap = ha > fa;
  if (swap) {
    pmax = 3;
    [ft, ht] = [ht, ft];
    [fa, ha] = [ha, fa];
  }
  const gt = g;
  const ga = Math.abs(gt);
  let ssmin: number;
  let ssmax: number;
  let clt: number;
  let crt: number;
  let slt: number;
  let srt: number;
  if (ga === 0) {
    ssmin = ha;
    ssmax = fa;
    clt = 1;
    crt = 1;
    slt = 0;
    srt = 0;
  } else {
    let gasmal = true;
    clt = crt = slt = srt = ssmin = ssmax = 0;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < EPS) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1;
        slt = ht / gt;
        srt = 1;
        crt = ft / gt;
      }
    }
    if (gasmal) {
      const d = fa - ha;
      let l = d === fa ? 1 : d / fa;
      const m = gt / ft;
      let t = 2 - l;
      const mm = m * m;
      const tt = t * t;
      const s = Math.sqrt(tt + mm);
      const r = l === 0 ? Math.abs(m) : Math.sqrt(l * l + mm);
      const a = 0.5 * (s + r);
      ssmin = ha / a;
      ssmax = fa * a;
      if (mm === 0) {
        t = l === 0 ? sign(2, ft) * sign(1, gt) : gt / sign(d, ft) + m / t;
      } else {
        t = (m / (s + t) + m / (r + l)) * (1 + a);
      }
      l = Math.sqrt(t * t + 4);
      crt = 2 / l;
      srt = t / l;
      clt = (crt + srt * m) / a;
      slt = ((ht / ft) * srt) / a;
    }
  }
  let csl: number;
  let snl: number;
  let csr: number;
  let snr: number;
  if (swap) {
    csl = srt; snl = crt; csr = slt; snr = clt;
  } else {
    csl = clt; snl = slt; csr = crt; snr = srt;
  }
  let tsign = 1;
  if (pmax === 1) tsign = sign(1, csr) * sign(1, csl) * sign(1, f);
  if (pmax === 2) tsign = sign(1, snr) * sign(1, csl) * sign(1, g);
  if (pmax === 3) tsign = sign(1, snr) * sign(1, snl) * sign(1, h);
  ssmax = sign(ssmax, tsign);
  ssmin = sign(ssmin, tsign * sign(1, f) * sign(1, h));
  return [ssmin, ssmax, snr, csr, snl, csl];
}

/** U, S, Vh (row-major) of the row-major 2 x 2 matrix `a`, as NumPy's svd returns them. */
export function svd2x2(a: Float64Array): { s: number[]; u: Float64Array; vh: Float64Array } {
  let [a11, a12, a21, a22] = [a[0]!, a[1]!, a[2]!, a[3]!];
  // dgebd2, column 1: dlarfg(2, a11, a21) and H = I - tau v v^T applied to column 2.
  let tau = 0;
  let v2 = 0;
  if (a21 !== 0) {
    const beta = -sign(dlapy2(a11, Math.abs(a21)), a11);
    tau = (beta - a11) / beta;
    v2 = a21 * (1 / (a11 - beta));
    a11 = beta;
    if (a12 !== 0 || (v2 !== 0 && a22 !== 0)) {
      const w = v2 !== 0 ? a12 + a22 * v2 : a12;
      const temp = -tau * w;
      a12 = a12 + temp;
      if (v2 !== 0) a22 = a22 + v2 * temp;
    }
  }
  const d = [a11, a22];
  let e = a12;
  // dbdsqr on [[d1, e], [0, d2]] with U = Vt = I.
  const U = [1, 0, 0, 1]; // row-major
  const VT = [1, 0, 0, 1];
  const tol = Math.max(10, Math.min(100, EPS ** -0.125)) * EPS;
  let sminoa = Math.abs(d[0]!);
  if (sminoa !== 0) {
    const mu = Math.abs(d[1]!) * (sminoa / (sminoa + Math.abs(e)));
    sminoa = Math.min(sminoa, mu);
  }
  sminoa /= Math.sqrt(2);
  const thresh = Math.max(tol * sminoa, 6 * (2 * (2 * UNFL)));
  if (Math.abs(e) > thresh) {
    const [sigmn, sigmx, sinr, cosr, sinl, cosl] = dlasv2(d[0]!, e, d[1]!);
    d[0] = sigmx;
    d[1] = sigmn;
    e = 0;
    // drot on the rows of Vt and the columns of U: x' = c x + s y, y' = c y - s x.
    for (let j = 0; j < 2; j++) {
      const x = VT[j]!;
      const y = VT[2 + j]!;
      VT[j] = cosr * x + sinr * y;
      VT[2 + j] = cosr * y - sinr * x;
      const p = U[2 * j]!;
      const q = U[2 * j + 1]!;
      U[2 * j] = cosl * p + sinl * q;
      U[2 * j + 1] = cosl * q - sinl * p;
    }
  }
  for (let i = 0; i < 2; i++) {
    if (d[i]! < 0) {
      d[i] = -d[i]!;
      VT[2 * i] = -VT[2 * i]!;
      VT[2 * i + 1] = -VT[2 * i + 1]!;
    }
  }
  if (d[1]! > d[0]!) {
    [d[0], d[1]] = [d[1]!, d[0]!];
    [VT[0], VT[1], VT[2], VT[3]] = [VT[2]!, VT[3]!, VT[0]!, VT[1]!];
    [U[0], U[1], U[2], U[3]] = [U[1]!, U[0]!, U[3]!, U[2]!];
  }
  // dormbr('Q'): U = H U, column by column (dlarf: w = U^T v, U -= tau v w^T).
  if (tau !== 0) {
    for (let j = 0; j < 2; j++) {
      const u1 = U[j]!;
      const u2 = U[2 + j]!;
      if (u1 === 0 && (v2 === 0 || u2 === 0)) continue;
      const w = v2 !== 0 ? u1 + u2 * v2 : u1;
      const temp = -tau * w;
      U[j] = u1 + temp;
      if (v2 !== 0) U[2 + j] = u2 + v2 * temp;
    }
  }
  return { s: d, u: Float64Array.from(U), vh: Float64Array.from(VT) };
}
