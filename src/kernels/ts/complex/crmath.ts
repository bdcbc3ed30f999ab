/**
 * Correctly rounded double log and atan2. glibc's log and atan2 (which NumPy's complex log,
 * power and the inverse functions call) are correctly rounded in all but a few cases in ten
 * thousand; V8's fdlibm Math.log and Math.atan2 are off by one ulp in 4% and 19% of cases, and
 * complex power multiplies that error by |w| (z**w = exp(w log z)). So these compute in
 * double-double arithmetic (about 2^-64 relative error), round, and redo the few results that lie
 * too close to a rounding boundary with a longer series (Ziv's strategy).
 *
 * @example logCR(10) // 2.302585092994046
 */

// ---- double-double helpers -----------------------------------------------------------------
let LO = 0; // low part of the last dd result

const SPLIT = 134217729; // 2^27 + 1

/** a * b = return + LO exactly (Dekker). */
function twoProd(a: number, b: number): number {
  const p = a * b;
  let c = SPLIT * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLIT * b;
  const bh = c - (c - b);
  const bl = b - bh;
  LO = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** a + b = return + LO exactly (Knuth). */
function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  LO = a - (s - bb) + (b - bb);
  return s;
}

/** (ah + al) + (bh + bl) as a normalized dd (hi returned, lo in LO). */
function ddAdd(ah: number, al: number, bh: number, bl: number): number {
  const s = twoSum(ah, bh);
  const e = LO + al + bl;
  const h = s + e;
  LO = e - (h - s);
  return h;
}

/** (ah + al) * (bh + bl) as a dd. */
function ddMul(ah: number, al: number, bh: number, bl: number): number {
  const p = twoProd(ah, bh);
  const e = LO + ah * bl + al * bh;
  const h = p + e;
  LO = e - (h - p);
  return h;
}

/** (ah + al) / (bh + bl) as a dd. */
function ddDiv(ah: number, al: number, bh: number, bl: number): number {
  const q = ah / bh;
  const p = twoProd(q, bh);
  const pe = LO;
  const r = ah - p - pe + al - q * bl;
  const ql = r / bh;
  const h = q + ql;
  LO = ql - (h - q);
  return h;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * Whether hi + lo rounds to hi beyond doubt, given that the exact value is within |hi| * 2^-62 of
 * hi + lo: both ends of that interval must round to hi.
 */
function sure(hi: number, lo: number): boolean {
  const d = Math.abs(hi) * 2 ** -62;
  return hi + (lo + d) === hi && hi + (lo - d) === hi;
}

// ---- log ---------------------------------------------------------------------------------

const LN2_HI = 0.6931471805599453; // ln 2 = LN2_HI + LN2_LO (dd)
const LN2_LO = 2.3190468138462996e-17;

/** 2 atanh(s) for dd s, |s| <= 0.1716: the series in dd to 2^-110 (slow path). */
function atanh2Slow(sh: number, sl: number): number {
  const zh = ddMul(sh, sl, sh, sl);
  const zl = LO;
  let ph = sh;
  let pl = sl;
  let rh = sh;
  let rl = sl;
  for (let k = 3; k < 80; k += 2) {
    ph = ddMul(ph, pl, zh, zl);
    pl = LO;
    const th = ddDiv(ph, pl, k, 0);
    const tl = LO;
    rh = ddAdd(rh, rl, th, tl);
    rl = LO;
    if (Math.abs(th) < Math.abs(rh) * 2 ** -110) break;
  }
  return ddMul(rh, rl, 2, 0);
}

/**
 * log(x), correctly rounded.
 *
 * @example logCR(2) // 0.6931471805599453
 */
export function logCR(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  let k = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 54;
    k = -54;
  }
  F64[0] = x;
  const hw = U32[HI]!;
  k += (hw >>> 20) - 1023;
  U32[HI] = (hw & 0xfffff) | 0x3ff00000;
  let m = F64[0]!;
  if (m > Math.SQRT2) {
    m /= 2;
    k++;
  }
  if (m === 1 && k === 0) return 0;
  // s = (m - 1) / (m + 1), log m = 2 atanh(s) = 2s + 2s^3/3 + 2s^5 P(s^2)
  const num = m - 1; // exact
  const dh = twoSum(m, 1);
  const dl = LO;
  const sh = ddDiv(num, 0, dh, dl);
  const sl = LO;
  const s2h = ddMul(sh, sl, sh, sl);
  const s2l = LO;
  const s3h = ddMul(s2h, s2l, sh, sl);
  const s3l = LO;
  const z = s2h;
  // 2/3 s^3 in dd, the rest in double (relative size <= 2^-12.5)
  const t3h = ddMul(s3h, s3l, 0.6666666666666666, 3.700743415417188e-17);
  const t3l = LO;
  const rest = s3h * z * (0.4 + z * (0.2857142857142857 + z * (0.2222222222222222 + z * (0.18181818181818182 + z * (0.15384615384615385 + z * (0.13333333333333333 + z * (0.11764705882352941 + z * (0.10526315789473684 + z * (0.09523809523809523 + z * 0.08695652173913043)))))))));
  let h = ddAdd(2 * sh, 2 * sl, t3h, t3l);
  let l = LO;
  h = ddAdd(h, l, rest, 0);
  l = LO;
  if (k !== 0) {
    const kh = twoProd(k, LN2_HI);
    const kl = LO + k * LN2_LO;
    h = ddAdd(kh, kl, h, l);
    l = LO;
  }
  if (sure(h, l)) return h;
  let ah = atanh2Slow(sh, sl);
  let al = LO;
  if (k !== 0) {
    const kh = twoProd(k, LN2_HI);
    const kl = LO;
    ah = ddAdd(kh, kl, ah, al);
    al = LO;
    ah = ddAdd(ah, al, k * LN2_LO, 0);
  }
  return ah;
}

// ---- atan2 -------------------------------------------------------------------------------

const PI_H = 3.141592653589793; // pi = PI_H + PI_L (dd)
const PI_L = 1.2246467991473532e-16;

/** atan(u) for dd u, |u| small: the series in dd (used at start-up and on the slow path). */
function atanSeries(uh: number, ul: number): number {
  const zh = ddMul(uh, ul, uh, ul);
  const zl = LO;
  let ph = uh;
  let pl = ul;
  let rh = uh;
  let rl = ul;
  for (let k = 3; k < 400; k += 2) {
    ph = ddMul(ph, pl, -zh, -zl);
    pl = LO;
    const th = ddDiv(ph, pl, k, 0);
    const tl = LO;
    rh = ddAdd(rh, rl, th, tl);
    rl = LO;
    if (Math.abs(th) < Math.abs(rh) * 2 ** -110) break;
  }
  return rh;
}

// atan(j / 32), j = 0..32, in dd: the series for j <= 16, pi/4 - atan((1 - c) / (1 + c)) above.
const ATAN_H: number[] = [];
const ATAN_L: number[] = [];
for (let j = 0; j <= 32; j++) {
  const c = j / 32;
  if (j <= 16) {
    ATAN_H.push(atanSeries(c, 0));
    ATAN_L.push(LO);
  } else {
    const qh = ddDiv(1 - c, 0, 1 + c, 0);
    const ql = LO;
    const ah = atanSeries(qh, ql);
    const al = LO;
    ATAN_H.push(ddAdd(PI_H / 4, PI_L / 4, -ah, -al));
    ATAN_L.push(LO);
  }
}

/** atan(t) for 0 <= t <= 1 given as dd (th, tl), in dd; `slow` sums the whole series. */
function atanDD(th: number, tl: number, slow: boolean): number {
  const j = Math.round(th * 32);
  const c = j / 32;
  // u = (t - c) / (1 + t c)
  const nh = ddAdd(th, tl, -c, 0);
  const nl = LO;
  const mh = ddMul(th, tl, c, 0);
  const ml = LO;
  const dh = ddAdd(1, 0, mh, ml);
  const dl = LO;
  const uh = ddDiv(nh, nl, dh, dl);
  const ul = LO;
  let rh: number;
  let rl: number;
  if (slow) {
    rh = atanSeries(uh, ul);
    rl = LO;
  } else {
    const z = uh * uh;
    const tail = uh * z * (-0.3333333333333333 + z * (0.2 + z * (-0.14285714285714285 + z * (0.1111111111111111 + z * (-0.09090909090909091 + z * 0.07692307692307693)))));
    rh = ddAdd(uh, ul, tail, 0);
    rl = LO;
  }
  const h = ddAdd(ATAN_H[j]!, ATAN_L[j]!, rh, rl);
  return h;
}

function atan2Impl(ay: number, ax: number, negX: boolean, slow: boolean): number {
  let h: number;
  let l: number;
  if (ay <= ax) {
    const th = ddDiv(ay, 0, ax, 0);
    h = atanDD(th, LO, slow);
    l = LO;
  } else {
    const th = ddDiv(ax, 0, ay, 0);
    const ah = atanDD(th, LO, slow);
    const al = LO;
    h = ddAdd(PI_H / 2, PI_L / 2, -ah, -al);
    l = LO;
  }
  if (negX) {
    h = ddAdd(PI_H, PI_L, -h, -l);
    l = LO;
  }
  LO = l;
  return h;
}

/**
 * atan2(y, x), correctly rounded (special values as C99 and V8 give them).
 *
 * @example atan2CR(1, 1) // 0.7853981633974483
 */
export function atan2CR(y: number, x: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (!(ax > 0 && ay > 0) || ax === Infinity || ay === Infinity || (ay <= ax && ay / ax < 2 ** -900) || (ax < ay && ax / ay < 2 ** -900)) {
    return Math.atan2(y, x);
  }
  // Dekker's splitting overflows above 2^996 and loses bits below the normal range: scale both
  // by a power of two (exact; the ratio, all atan2 depends on, is unchanged).
  const big = Math.max(ax, ay);
  const s = big > 2 ** 990 ? 2 ** -600 : big < 2 ** -900 ? 2 ** 600 : 1;
  let h = atan2Impl(ay * s, ax * s, x < 0, false);
  if (!sure(h, LO)) h = atan2Impl(ay * s, ax * s, x < 0, true);
  return y < 0 ? -h : h;
}
