/**
 * Scalar samplers, step for step NumPy's numpy/random/src/distributions/distributions.c (and the
 * legacy ones RandomState keeps): each draws from a BitGen in the same order as NumPy, so the
 * streams agree. Where NumPy calls libm's exp, log and pow these call the correctly rounded
 * ones of ./libm.ts (glibc's agree with those in all but about one call in a thousand; Math's
 * are an ulp off in 5-10% of calls); log1p and expm1 are Math's (the same fdlibm algorithms).
 *
 * @example
 * standardNormal(new PCG64(42)) // 0.30471707975443135, as np.random.default_rng(42).standard_normal()
 */
import type { BitGen } from "./bitgen.js";
import { ZIGGURAT_EXP_R, ZIGGURAT_NOR_INV_R, ZIGGURAT_NOR_R, expTables, normalTables } from "./ziggurat.js";
import { exp, log, pow } from "./libm.js";

const f32 = Math.fround;

/** next_float: (next_uint32 >> 8) * 2^-24. */
export function nextFloat(bg: BitGen): number {
  return (bg.nextUint32() >>> 8) / 16777216;
}

let KI: Float64Array | null = null;
let WI: Float64Array = new Float64Array(0);
let FI: Float64Array = new Float64Array(0);

/** random_standard_normal: the 256-strip ziggurat on 64-bit draws. */
export function standardNormal(bg: BitGen): number {
  if (KI === null) ({ ki: KI, wi: WI, fi: FI } = normalTables());
  const ki = KI;
  const wi = WI;
  const fi = FI;
  for (;;) {
    bg.next64();
    const w = bg.w;
    const lo = w[0]!;
    const idx = lo & 0xff;
    const rabs = (w[1]! & 0x1fffffff) * 8388608 + (lo >>> 9);
    let x = rabs * wi[idx]!;
    if ((lo >>> 8) & 1) x = -x;
    if (rabs < ki[idx]!) return x;
    if (idx === 0) {
      for (;;) {
        const xx = -ZIGGURAT_NOR_INV_R * Math.log1p(-bg.nextDouble());
        const yy = -Math.log1p(-bg.nextDouble());
        if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(ZIGGURAT_NOR_R + xx) : ZIGGURAT_NOR_R + xx;
      }
    } else if ((fi[idx - 1]! - fi[idx]!) * bg.nextDouble() + fi[idx]! < exp(-0.5 * x * x)) {
      return x;
    }
  }
}

/** random_standard_normal_f: the float ziggurat on 32-bit draws. */
export function standardNormalF(bg: BitGen): number {
  const { kiF, wiF, fiF } = normalTables();
  const rF = f32(ZIGGURAT_NOR_R);
  const invF = f32(ZIGGURAT_NOR_INV_R);
  for (;;) {
    const r = bg.nextUint32();
    const idx = r & 0xff;
    const rabs = (r >>> 9) & 0x7fffff;
    let x = f32(rabs * wiF[idx]!);
    if ((r >>> 8) & 1) x = -x;
    if (rabs < kiF[idx]!) return x;
    if (idx === 0) {
      for (;;) {
        const xx = f32(-invF * f32(Math.log1p(-nextFloat(bg))));
        const yy = f32(-f32(Math.log1p(-nextFloat(bg))));
        if (f32(yy + yy) > f32(xx * xx)) return (rabs >>> 8) & 1 ? -f32(rF + xx) : f32(rF + xx);
      }
    } else if (f32(f32(f32(fiF[idx - 1]! - fiF[idx]!) * nextFloat(bg)) + fiF[idx]!) < exp(-0.5 * x * x)) {
      return x;
    }
  }
}

let KE: Float64Array | null = null;
let WE: Float64Array = new Float64Array(0);
let FE: Float64Array = new Float64Array(0);

/** random_standard_exponential: the exponential ziggurat. */
export function standardExponential(bg: BitGen): number {
  if (KE === null) ({ ke: KE, we: WE, fe: FE } = expTables());
  const ke = KE;
  const we = WE;
  const fe = FE;
  for (;;) {
    bg.next64();
    const w = bg.w;
    const idx = (w[0]! >>> 3) & 0xff;
    const ri = w[1]! * 2097152 + (w[0]! >>> 11);
    const x = ri * we[idx]!;
    if (ri < ke[idx]!) return x;
    if (idx === 0) return ZIGGURAT_EXP_R - Math.log1p(-bg.nextDouble());
    if ((fe[idx - 1]! - fe[idx]!) * bg.nextDouble() + fe[idx]! < exp(-x)) return x;
  }
}

/** random_standard_exponential_f. */
export function standardExponentialF(bg: BitGen): number {
  const { keF, weF, feF } = expTables();
  for (;;) {
    const r = bg.nextUint32() >>> 1;
    const idx = r & 0xff;
    const ri = r >>> 8;
    const x = f32(ri * weF[idx]!);
    if (ri < keF[idx]!) return x;
    if (idx === 0) return f32(f32(ZIGGURAT_EXP_R) - f32(Math.log1p(-nextFloat(bg))));
    if (f32(f32(f32(feF[idx - 1]! - feF[idx]!) * nextFloat(bg)) + feF[idx]!) < f32(exp(-x))) return x;
  }
}

/** random_standard_gamma (Marsaglia and Tsang for shape >= 1, Johnk-like below). */
export function standardGamma(bg: BitGen, shape: number, normal = standardNormal, exponential = standardExponential): number {
  if (shape === 1) return exponential(bg);
  if (shape === 0) return 0;
  if (shape < 1) {
    for (;;) {
      const U = bg.nextDouble();
      const V = exponential(bg);
      if (U <= 1 - shape) {
        const X = pow(U, 1 / shape);
        if (X <= V) return X;
      } else {
        const Y = -log((1 - U) / shape);
        const X = pow(1 - shape + shape * Y, 1 / shape);
        if (X <= V + Y) return X;
      }
    }
  }
  const b = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let X: number;
    let V: number;
    do {
      X = normal(bg);
      V = 1 + c * X;
    } while (V <= 0);
    V = V * V * V;
    const U = bg.nextDouble();
    if (U < 1 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (log(U) < 0.5 * X * X + b * (1 - V + log(V))) return b * V;
  }
}

/** random_standard_gamma_f: the float32 version (float arithmetic, float normals and exponentials). */
export function standardGammaF(bg: BitGen, shape: number): number {
  const s = f32(shape);
  if (s === 1) return standardExponentialF(bg);
  if (s === 0) return 0;
  if (s < 1) {
    for (;;) {
      const U = nextFloat(bg);
      const V = standardExponentialF(bg);
      if (U <= f32(1 - s)) {
        const X = f32(pow(U, f32(1 / s)));
        if (X <= V) return X;
      } else {
        const Y = f32(-f32(log(f32(f32(1 - U) / s))));
        const X = f32(pow(f32(f32(1 - s) + f32(s * Y)), f32(1 / s)));
        if (X <= f32(V + Y)) return X;
      }
    }
  }
  const b = f32(s - f32(1 / 3));
  const c = f32(1 / f32(Math.sqrt(f32(9 * b))));
  for (;;) {
    let X: number;
    let V: number;
    do {
      X = standardNormalF(bg);
      V = f32(1 + f32(c * X));
    } while (V <= 0);
    V = f32(f32(V * V) * V);
    const U = nextFloat(bg);
    const XX = f32(X * X);
    if (U < f32(1 - f32(f32(f32(0.0331) * XX) * XX))) return f32(b * V);
    if (f32(log(U)) < f32(f32(f32(0.5 * X) * X) + f32(b * f32(f32(1 - V) + f32(log(V)))))) return f32(b * V);
  }
}

/** random_beta: Johnk's algorithm for a, b <= 1, else two gammas. */
export function beta(bg: BitGen, a: number, b: number): number {
  if (a <= 1 && b <= 1) {
    if (a < 3e-103 && b < 3e-103) return (a + b) * bg.nextDouble() < a ? 1 : 0;
    for (;;) {
      const U = bg.nextDouble();
      const V = bg.nextDouble();
      const X = pow(U, 1 / a);
      const Y = pow(V, 1 / b);
      const XpY = X + Y;
      if (XpY <= 1 && U + V > 0) {
        if (X > 0 && Y > 0) return X / XpY;
        const logX = log(U) / a;
        const logY = log(V) / b;
        const delta = logX - logY;
        return delta > 0 ? exp(-Math.log1p(exp(-delta))) : exp(delta - Math.log1p(exp(delta)));
      }
    }
  }
  const Ga = standardGamma(bg, a);
  const Gb = standardGamma(bg, b);
  return Ga / (Ga + Gb);
}

/** random_laplace (rejects U == 0). */
export function laplace(bg: BitGen, loc: number, scale: number): number {
  for (;;) {
    const U = bg.nextDouble();
    if (U >= 0.5) return loc - scale * log(2 - U - U);
    if (U > 0) return loc + scale * log(U + U);
  }
}

/** random_logistic (rejects U == 0). */
export function logistic(bg: BitGen, loc: number, scale: number): number {
  for (;;) {
    const U = bg.nextDouble();
    if (U > 0) return loc + scale * log(U / (1 - U));
  }
}

/** SPECFUN's log-gamma, as NumPy's random_loggam. */
export function loggam(x: number): number {
  const a = [8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
    8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
    1.796443723688307e-01, -1.39243221690590e+00];
  if (x === 1 || x === 2) return 0;
  const n = x < 7 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1 / x0) * (1 / x0);
  let gl0 = a[9]!;
  for (let k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += a[k]!;
  }
  let gl = gl0 / x0 + 0.5 * 1.8378770664093453 + (x0 - 0.5) * log(x0) - x0;
  if (x < 7) {
    for (let k = 1; k <= n; k++) {
      gl -= log(x0 - 1);
      x0 -= 1;
    }
  }
  return gl;
}

/** random_poisson: multiplication for lam < 10, Hoermann's PTRS above. */
export function poisson(bg: BitGen, lam: number): number {
  if (lam >= 10) {
    const slam = Math.sqrt(lam);
    const loglam = log(lam);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const U = bg.nextDouble() - 0.5;
      const V = bg.nextDouble();
      const us = 0.5 - Math.abs(U);
      const k = Math.floor((2 * a / us + b) * U + lam + 0.43);
      if (us >= 0.07 && V <= vr) return k;
      if (k < 0 || (us < 0.013 && V > us)) continue;
      if (log(V) + log(invalpha) - log(a / (us * us) + b) <= -lam + k * loglam - loggam(k + 1)) return k;
    }
  }
  if (lam === 0) return 0;
  const enlam = exp(-lam);
  let X = 0;
  let prod = 1;
  for (;;) {
    prod *= bg.nextDouble();
    if (prod > enlam) X += 1;
    else return X;
  }
}

/** random_geometric: search for p >= 1/3, inversion below. */
export function geometric(bg: BitGen, p: number): number {
  if (p >= 0.333333333333333333333333) {
    let X = 1;
    let sum = p;
    let prod = p;
    const q = 1 - p;
    const U = bg.nextDouble();
    while (U > sum) {
      prod *= q;
      sum += prod;
      X++;
    }
    return X;
  }
  const z = Math.ceil(-standardExponential(bg) / Math.log1p(-p));
  return z >= 9.223372036854776e18 ? 9223372036854775807 : z;
}

/** Binomial cache, as NumPy's binomial_t (reused while n and p repeat). */
export interface BinomialState {
  has: boolean;
  nsave: number;
  psave: number;
  r: number; q: number; fm: number; m: number; p1: number; xm: number; xl: number; xr: number;
  c: number; laml: number; lamr: number; p2: number; p3: number; p4: number;
}

export function newBinomialState(): BinomialState {
  return { has: false, nsave: 0, psave: 0, r: 0, q: 0, fm: 0, m: 0, p1: 0, xm: 0, xl: 0, xr: 0, c: 0, laml: 0, lamr: 0, p2: 0, p3: 0, p4: 0 };
}

function binomialBtpe(bg: BitGen, n: number, p: number, s: BinomialState, legacy: boolean): number {
  if (!s.has || s.nsave !== n || s.psave !== p) {
    s.nsave = n; s.psave = p; s.has = true;
    s.r = Math.min(p, 1 - p);
    s.q = 1 - s.r;
    s.fm = n * s.r + s.r;
    s.m = Math.floor(s.fm);
    s.p1 = Math.floor(2.195 * Math.sqrt(n * s.r * s.q) - 4.6 * s.q) + 0.5;
    s.xm = s.m + 0.5;
    s.xl = s.xm - s.p1;
    s.xr = s.xm + s.p1;
    s.c = 0.134 + 20.5 / (15.3 + s.m);
    let a = (s.fm - s.xl) / (s.fm - s.xl * s.r);
    s.laml = a * (1 + a / 2);
    a = (s.xr - s.fm) / (s.xr * s.q);
    s.lamr = a * (1 + a / 2);
    s.p2 = s.p1 * (1 + 2 * s.c);
    s.p3 = s.p2 + s.c / s.laml;
    s.p4 = s.p3 + s.c / s.lamr;
  }
  const { r, q, m, p1, xm, xl, xr, c, laml, lamr, p2, p3, p4 } = s;
  for (;;) {
    const nrq = n * r * q;
    const u = bg.nextDouble() * p4;
    let v = bg.nextDouble();
    let y: number;
    if (u <= p1) {
      y = Math.floor(xm - p1 * v + u);
      return p > 0.5 ? n - y : y;
    }
    if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
      if (v > 1) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      y = Math.floor(xl + log(v) / laml);
      if (y < 0 || v === 0) continue;
      v = v * (u - p2) * laml;
    } else {
      y = Math.floor(xr - log(v) / lamr);
      if (y > n || v === 0) continue;
      v = v * (u - p3) * lamr;
    }
    const k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2 - 1)) {
      const sr = r / q;
      const a = sr * (n + 1);
      let F = 1;
      if (m < y) for (let i = m + 1; i <= y; i++) F *= a / i - sr;
      else if (m > y) for (let i = y + 1; i <= m; i++) F /= a / i - sr;
      if (v > F) continue;
      return p > 0.5 ? n - y : y;
    }
    const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const A = log(v);
    if (A < t - rho) return p > 0.5 ? n - y : y;
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const x2 = x1 * x1;
    const f2 = f1 * f1;
    const z2 = z * z;
    const w2 = w * w;
    // RandomState keeps the original paper's constant (13680) and signs (all four terms added).
    const K = legacy ? 13680 : 13860;
    const sg = legacy ? 1 : -1;
    const bound = xm * log(f1 / x1) + (n - m + 0.5) * log(z / w) + (y - m) * log((w * r) / (x1 * q)) +
      (K - (462 - (132 - (99 - 140 / f2) / f2) / f2) / f2) / f1 / 166320 +
      (K - (462 - (132 - (99 - 140 / z2) / z2) / z2) / z2) / z / 166320 +
      sg * ((K - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x1 / 166320) +
      sg * ((K - (462 - (132 - (99 - 140 / w2) / w2) / w2) / w2) / w / 166320);
    if (A > bound) continue;
    return p > 0.5 ? n - y : y;
  }
}

function binomialInversion(bg: BitGen, n: number, p: number, s: BinomialState, legacy: boolean): number {
  if (!s.has || s.nsave !== n || s.psave !== p) {
    s.nsave = n; s.psave = p; s.has = true;
    s.q = 1 - p;
    s.r = exp(n * (legacy ? log(s.q) : Math.log1p(-p)));
    s.c = n * p;
    s.m = Math.trunc(Math.min(n, s.c + 10 * Math.sqrt(s.c * s.q + 1)));
  }
  const { q, r: qn, m: bound } = s;
  let X = 0;
  let px = qn;
  let U = bg.nextDouble();
  while (U > px) {
    X++;
    if (X > bound) {
      X = 0;
      px = qn;
      U = bg.nextDouble();
    } else {
      U -= px;
      px = ((n - X + 1) * p * px) / (X * q);
    }
  }
  return X;
}

/** random_binomial: inversion when n*min(p, 1-p) <= 30, BTPE above. */
export function binomial(bg: BitGen, p: number, n: number, s: BinomialState, legacy = false): number {
  if (!legacy && (n === 0 || p === 0)) return 0;
  if (p <= 0.5) return p * n <= 30 ? binomialInversion(bg, n, p, s, legacy) : binomialBtpe(bg, n, p, s, legacy);
  const q = 1 - p;
  return q * n <= 30 ? n - binomialInversion(bg, n, q, s, legacy) : n - binomialBtpe(bg, n, q, s, legacy);
}

/** Legacy (RandomState) gauss: the polar Box-Muller method, caching the second value. */
export interface GaussCache {
  has_gauss: boolean;
  gauss: number;
}

export function legacyGauss(bg: BitGen, cache: GaussCache): number {
  if (cache.has_gauss) {
    const t = cache.gauss;
    cache.has_gauss = false;
    cache.gauss = 0;
    return t;
  }
  let x1: number;
  let x2: number;
  let r2: number;
  do {
    x1 = 2 * bg.nextDouble() - 1;
    x2 = 2 * bg.nextDouble() - 1;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1 || r2 === 0);
  const f = Math.sqrt((-2 * log(r2)) / r2);
  cache.gauss = f * x1;
  cache.has_gauss = true;
  return f * x2;
}

/** Legacy standard exponential: -log(1 - U). */
export function legacyExponential(bg: BitGen): number {
  return -log(1 - bg.nextDouble());
}
