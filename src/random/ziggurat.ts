/**
 * The ziggurat tables of NumPy's standard_normal and standard_exponential (256 strips, Marsaglia
 * and Tsang's layout: k_i the acceptance thresholds, w_i the strip widths over 2^52 (2^53, 2^23),
 * f_i the density at the strip edges), computed here rather than stored.
 *
 * The normal tables follow the double-precision recurrence x_i = sqrt(-2 log(v / x_{i+1} +
 * f(x_{i+1}))), f_i = exp(-x_i^2 / 2), k_{i+1} = round(x_i / x_{i+1} * 2^52) from
 * r = 3.6541528853610088 and strip area v = 0.004928673233974652, with correctly rounded exp and
 * log (computed in 200-bit fixed point below, since Math.exp/log may be off by an ulp). With one
 * correction this reproduces NumPy's tables bit for bit: NumPy's f_38 is rounded up (its
 * exp(-x_38^2/2) lies 0.50001 ulp from the double below it, and the generator of NumPy's
 * table rounded it up), which feeds into x_1..x_37.
 *
 * The exponential tables come from the same recurrence carried in 200-bit fixed point with the
 * strip area v = (r + 1) exp(-r) (not a rounded decimal) and rounded once, as Julia's randmtzig
 * (whence NumPy's tables) builds them; see expTables.
 *
 * @example
 * normalTables().wi[255] * 2 ** 52 // 3.654152885361009
 */

const P = 200n;
const ONE = 1n << P;

function bitLength(v: bigint): number {
  return v.toString(2).length;
}

/** The exact fixed-point value of a finite double. */
function fromDouble(x: number): bigint {
  if (x === 0) return 0n;
  const neg = x < 0;
  let a = Math.abs(x);
  let e = 0;
  while (a >= 2 ** 53) { a /= 2; e++; }
  while (a < 2 ** 52) { a *= 2; e--; }
  // a is now an integer mantissa (exact: scaling by 2 is exact) and x = a * 2^e.
  let v = BigInt(a);
  const sh = BigInt(e) + P;
  v = sh >= 0n ? v << sh : v >> -sh;
  return neg ? -v : v;
}

/** v / 2^P correctly rounded (ties to even) to a double; v > 0. */
function toDouble(v: bigint): number {
  const L = bitLength(v);
  const shift = L - 54;
  let top: bigint;
  let sticky = false;
  if (shift > 0) {
    top = v >> BigInt(shift);
    sticky = (top << BigInt(shift)) !== v;
  } else {
    top = v << BigInt(-shift);
  }
  let mant = top >> 1n;
  if ((top & 1n) === 1n && (sticky || (mant & 1n) === 1n)) mant += 1n;
  return Number(mant) * 2 ** (shift + 1 - Number(P));
}

/** The fixed-point value of a decimal literal (truncated). */
function fromDecimal(s: string): bigint {
  const [int, frac = ""] = s.split(".");
  return (BigInt(int! + frac) * ONE) / 10n ** BigInt(frac.length);
}

/** Round half to even (Python's round) of a double. */
function roundEven(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** 2 atanh(z) for a fixed-point 0 <= z <= 1/3. */
function twoAtanh(z: bigint): bigint {
  const z2 = (z * z) >> P;
  let term = z;
  let sum = 0n;
  for (let n = 1n; term !== 0n; n += 2n) {
    sum += term / n;
    term = (term * z2) >> P;
  }
  return 2n * sum;
}

const LN2 = twoAtanh(ONE / 3n);

/** Natural log of a positive fixed-point value. */
function lnFixed(v: bigint): bigint {
  const k = bitLength(v) - 1 - Number(P);
  const m = k >= 0 ? v >> BigInt(k) : v << BigInt(-k);
  return BigInt(k) * LN2 + twoAtanh(((m - ONE) << P) / (m + ONE));
}

/** exp of a fixed-point value. */
function expFixed(v: bigint): bigint {
  const k = floorDiv(v + LN2 / 2n, LN2);
  const r = v - k * LN2;
  let term = ONE;
  let sum = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * r) / (n << P);
    sum += term;
  }
  return k >= 0n ? sum << k : sum >> -k;
}

/** Correctly rounded exp and log of doubles. */
const cexp = (x: number): number => toDouble(expFixed(fromDouble(x)));
const clog = (x: number): number => -toDouble(-lnFixed(fromDouble(x)));

function logSigned(x: number): number {
  const l = lnFixed(fromDouble(x));
  return l < 0n ? -toDouble(-l) : toDouble(l);
}

/** The strips of one ziggurat: k (thresholds), w (widths), f (densities). */
export interface Ziggurat<K> {
  k: K;
  w: Float64Array | Float32Array;
  f: Float64Array | Float32Array;
}

/** NumPy's normal ziggurat: [double tables (k as doubles below 2^53), float tables]. */
export interface NormalTables {
  ki: Float64Array;
  wi: Float64Array;
  fi: Float64Array;
  kiF: Uint32Array;
  wiF: Float32Array;
  fiF: Float32Array;
}

export interface ExpTables {
  ke: Float64Array;
  we: Float64Array;
  fe: Float64Array;
  keF: Uint32Array;
  weF: Float32Array;
  feF: Float32Array;
}

export const ZIGGURAT_NOR_R = 3.6541528853610087963519472518;
export const ZIGGURAT_NOR_INV_R = 0.27366123732975827203338247596;
export const ZIGGURAT_EXP_R = 7.6971174701310497140446280481;
const NOR_AREA = 0.004928673233974652;
const EXP_AREA = 0.0039496598225815571993;

let normal: NormalTables | null = null;
let expo: ExpTables | null = null;

/** The normal tables, computed on first use (a few milliseconds). */
export function normalTables(): NormalTables {
  if (normal) return normal;
  const x = new Float64Array(256);
  const f = new Float64Array(256);
  x[255] = ZIGGURAT_NOR_R;
  f[255] = cexp(-0.5 * ZIGGURAT_NOR_R * ZIGGURAT_NOR_R);
  for (let i = 254; i > 0; i--) {
    x[i] = Math.sqrt(-2 * logSigned(NOR_AREA / x[i + 1]! + f[i + 1]!));
    f[i] = cexp(-0.5 * x[i]! * x[i]!);
    // NumPy's table has f_38 one ulp up (see the module comment).
    if (i === 38) f[i] = f[i]! + 2 ** -53;
  }
  f[0] = 1;
  const t: NormalTables = {
    ki: new Float64Array(256), wi: new Float64Array(256), fi: f,
    kiF: new Uint32Array(256), wiF: new Float32Array(256), fiF: new Float32Array(256),
  };
  const M = 2 ** 52;
  const MF = 2 ** 23;
  t.ki[0] = roundEven((x[255]! * f[255]!) / NOR_AREA * M);
  t.kiF[0] = roundEven((x[255]! * f[255]!) / NOR_AREA * MF);
  t.wi[0] = NOR_AREA / f[255]! / M;
  t.wiF[0] = NOR_AREA / f[255]! / MF;
  for (let i = 1; i < 256; i++) {
    t.wi[i] = x[i]! / M;
    t.wiF[i] = x[i]! / MF;
    if (i < 255) {
      t.ki[i + 1] = roundEven((x[i]! / x[i + 1]!) * M);
      t.kiF[i + 1] = roundEven((x[i]! / x[i + 1]!) * MF);
    }
  }
  t.ki[1] = 0;
  t.kiF[1] = 0;
  t.fiF.set(f);
  return (normal = t);
}

/** A double printed with 9 significant digits and read back as a float32 (NumPy's float tables). */
const float9 = (x: number): number => Math.fround(Number(x.toExponential(8)));

/**
 * The exponential tables, computed on first use: the recurrence in 200-bit fixed point from
 * r = 7.6971174701310497140446280481 with strip area v = (r + 1) exp(-r), each entry rounded
 * once; the thresholds k_i are twice floor(x_i / x_{i+1} * 2^52), and the float widths and
 * densities are the double entries printed to 9 digits and read as float32. This reproduces
 * NumPy's ke/we/fe tables (double and float) bit for bit.
 */
export function expTables(): ExpTables {
  if (expo) return expo;
  const xs: bigint[] = new Array<bigint>(256).fill(0n);
  const fs: bigint[] = new Array<bigint>(256).fill(0n);
  xs[255] = fromDecimal("7.6971174701310497140446280481");
  fs[255] = expFixed(-xs[255]!);
  const area = (((xs[255]! + ONE) * fs[255]!) >> P);
  for (let i = 254; i > 0; i--) {
    xs[i] = -lnFixed(((area << P) / xs[i + 1]!) + fs[i + 1]!);
    fs[i] = expFixed(-xs[i]!);
  }
  const t: ExpTables = {
    ke: new Float64Array(256), we: new Float64Array(256), fe: new Float64Array(256),
    keF: new Uint32Array(256), weF: new Float32Array(256), feF: new Float32Array(256),
  };
  const M = 1n << 52n;
  const x255 = xs[255]!;
  t.ke[0] = 2 * Number(((x255 * fs[255]!) / area * M) >> P);
  const w0 = (area << P) / fs[255]!;
  t.we[0] = toDouble(w0 >> 53n);
  t.weF[0] = float9(toDouble(w0 >> 23n));
  // The float thresholds: the double recurrence (with correctly rounded exp and log) over 2^23.
  const xd = new Float64Array(256);
  const fd = new Float64Array(256);
  xd[255] = ZIGGURAT_EXP_R;
  fd[255] = cexp(-ZIGGURAT_EXP_R);
  for (let i = 254; i > 0; i--) {
    xd[i] = -logSigned(EXP_AREA / xd[i + 1]! + fd[i + 1]!);
    fd[i] = cexp(-xd[i]!);
  }
  const MF = 2 ** 23;
  t.keF[0] = roundEven((xd[255]! * fd[255]!) / EXP_AREA * MF);
  t.fe[0] = 1;
  t.feF[0] = 1;
  for (let i = 1; i < 256; i++) {
    t.we[i] = toDouble(xs[i]! >> 53n);
    t.fe[i] = toDouble(fs[i]!);
    t.weF[i] = float9(toDouble(xs[i]! >> 23n));
    t.feF[i] = float9(t.fe[i]!);
    if (i < 255) {
      t.ke[i + 1] = 2 * Number(((xs[i]! << P) / xs[i + 1]! * M) >> P);
      t.keF[i + 1] = roundEven((xd[i]! / xd[i + 1]!) * MF);
    }
  }
  t.ke[1] = 0;
  t.keF[1] = 0;
  return (expo = t);
}

/** ln(n) of a positive bigint, correctly rounded to a double (for exact tables like log(k!)). */
export function lnBigInt(n: bigint): number {
  const l = lnFixed(n << P);
  return l < 0n ? -toDouble(-l) : l === 0n ? 0 : toDouble(l);
}

export { cexp as _cexp, clog as _clog, expFixed, fromDouble, LN2, P, toDouble };
