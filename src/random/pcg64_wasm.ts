/**
 * PCG64's step and output as a tiny WebAssembly module, assembled here from its opcodes (no
 * build step): native 64-bit multiplies make the 128-bit LCG several times faster than the
 * limb arithmetic JS needs. Memory layout: state low/high at 0/8, increment low/high at 16/24,
 * the last output at 32; `fill(n, ptr)` writes n doubles (next64 >> 11) * 2^-53 from ptr,
 * `fillRaw(n, ptr)` the n raw 64-bit outputs.
 * Where WebAssembly is unavailable the caller keeps its JS implementation.
 *
 * @example
 * const k = pcgKernel(); // null without WebAssembly
 * k?.next(); // steps the state in k.memory and stores the output at byte 32
 */

const MULT_LO = 4865540595714422341n;
const MULT_HI = 2549297995355413924n;

/** Signed LEB128 of a bigint (i64.const immediates). */
function sleb(v: bigint): number[] {
  const out: number[] = [];
  v = BigInt.asIntN(64, v);
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

function uleb(v: number): number[] {
  const out: number[] = [];
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

// Opcodes used below.
const GET = 0x20, SET = 0x21, I32C = 0x41, I64C = 0x42;
const I64LOAD = 0x29, I64STORE = 0x37, F64STORE = 0x39;
const ADD = 0x7c, MUL = 0x7e, AND = 0x83, XOR = 0x85, SHRU = 0x88, ROTR = 0x8a, LTU = 0x54, EXTU = 0xad;
const F64CONV = 0xba, F64MUL = 0xa2, F64C = 0x44;
const I32ADD = 0x6a, I32SUB = 0x6b, I32EQZ = 0x45;

const get = (i: number): number[] => [GET, i];
const set = (i: number): number[] => [SET, i];
const c64 = (v: bigint): number[] => [I64C, ...sleb(v)];
const load64 = (at: number): number[] => [I32C, 0, I64LOAD, 3, ...uleb(at)];

/**
 * One LCG step on locals lo, hi (state) and il, ih (increment), leaving the XSL-RR output in x.
 * Scratch locals: a0, a1, w0, t, w1, mh, nl.
 */
function step(L: Record<string, number>): number[] {
  const { lo, hi, il, ih, a0, a1, w0, t, w1, mh, nl, x } = L as Record<string, number>;
  const B0 = MULT_LO & 0xffffffffn;
  const B1 = MULT_LO >> 32n;
  return [
    // mh = the high 64 bits of lo * MULT_LO, from 32-bit halves
    ...get(lo!), ...c64(0xffffffffn), AND, ...set(a0!),
    ...get(lo!), ...c64(32n), SHRU, ...set(a1!),
    ...get(a0!), ...c64(B0), MUL, ...set(w0!),
    ...get(a1!), ...c64(B0), MUL, ...get(w0!), ...c64(32n), SHRU, ADD, ...set(t!),
    ...get(t!), ...c64(0xffffffffn), AND, ...get(a0!), ...c64(B1), MUL, ADD, ...set(w1!),
    ...get(a1!), ...c64(B1), MUL, ...get(t!), ...c64(32n), SHRU, ADD, ...get(w1!), ...c64(32n), SHRU, ADD, ...set(mh!),
    // hi = mh + hi * MULT_LO + lo * MULT_HI; nl = lo * MULT_LO
    ...get(mh!), ...get(hi!), ...c64(MULT_LO), MUL, ADD, ...get(lo!), ...c64(MULT_HI), MUL, ADD, ...set(hi!),
    ...get(lo!), ...c64(MULT_LO), MUL, ...set(nl!),
    // lo = nl + il; hi += ih + carry
    ...get(nl!), ...get(il!), ADD, ...set(lo!),
    ...get(hi!), ...get(ih!), ADD, ...get(lo!), ...get(nl!), LTU, EXTU, ADD, ...set(hi!),
    // x = rotr(hi ^ lo, hi >> 58)
    ...get(hi!), ...get(lo!), XOR, ...get(hi!), ...c64(58n), SHRU, ROTR, ...set(x!),
  ];
}

function func(i64Locals: number, body: number[]): number[] {
  const locals = i64Locals > 0 ? [1, ...uleb(i64Locals), 0x7e] : [0];
  const code = [...locals, ...body, 0x0b];
  return [...uleb(code.length), ...code];
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function name(s: string): number[] {
  return [...uleb(s.length), ...Array.from(s, (ch) => ch.charCodeAt(0))];
}

function indexOfSeq(hay: number[], needle: number[]): number {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let k = 0;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  throw new Error("pcg64_wasm: pattern not found");
}

/** The module's bytes: next() and fill(n, ptr), memory exported as "memory". */
function moduleBytes(): Uint8Array {
  // next(): locals 0..11 are i64 (no params).
  const N: Record<string, number> = { lo: 0, hi: 1, il: 2, ih: 3, a0: 4, a1: 5, w0: 6, t: 7, w1: 8, mh: 9, nl: 10, x: 11 };
  const nextBody = [
    ...load64(0), ...set(N.lo!), ...load64(8), ...set(N.hi!), ...load64(16), ...set(N.il!), ...load64(24), ...set(N.ih!),
    ...step(N),
    I32C, 0, ...get(N.lo!), I64STORE, 3, 0,
    I32C, 0, ...get(N.hi!), I64STORE, 3, 8,
    I32C, 0, ...get(N.x!), I64STORE, 3, 32,
  ];
  // fill(n i32, ptr i32): params 0, 1; i64 locals from 2.
  const F: Record<string, number> = { n: 0, ptr: 1, lo: 2, hi: 3, il: 4, ih: 5, a0: 6, a1: 7, w0: 8, t: 9, w1: 10, mh: 11, nl: 12, x: 13 };
  const fillBody = [
    ...load64(0), ...set(F.lo!), ...load64(8), ...set(F.hi!), ...load64(16), ...set(F.il!), ...load64(24), ...set(F.ih!),
    0x02, 0x40, // block
    0x03, 0x40, // loop
    ...get(F.n!), I32EQZ, 0x0d, 1, // br_if out of the block when n == 0
    ...step(F),
    ...get(F.ptr!), ...get(F.x!), ...c64(11n), SHRU, F64CONV, F64C, ...Array.from(new Uint8Array(new Float64Array([2 ** -53]).buffer)), F64MUL, F64STORE, 3, 0,
    ...get(F.ptr!), I32C, 8, I32ADD, ...set(F.ptr!),
    ...get(F.n!), I32C, 1, I32SUB, ...set(F.n!),
    0x0c, 0, // br loop
    0x0b, 0x0b, // end loop, end block
    I32C, 0, ...get(F.lo!), I64STORE, 3, 0,
    I32C, 0, ...get(F.hi!), I64STORE, 3, 8,
  ];
  // fillRaw(n i32, ptr i32): as fill, storing the raw 64-bit outputs.
  const rawBody = fillBody.slice();
  const conv = [...get(F.ptr!), ...get(F.x!), ...c64(11n), SHRU, F64CONV, F64C, ...Array.from(new Uint8Array(new Float64Array([2 ** -53]).buffer)), F64MUL, F64STORE, 3, 0];
  const at = indexOfSeq(rawBody, conv);
  rawBody.splice(at, conv.length, ...get(F.ptr!), ...get(F.x!), I64STORE, 3, 0);
  const types = [2, 0x60, 0, 0, 0x60, 2, 0x7f, 0x7f, 0];
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, types),
    ...section(3, [3, 0, 1, 1]),
    ...section(5, [1, 0x00, 1]), // one memory, min 1 page
    ...section(7, [4, ...name("next"), 0x00, 0, ...name("fill"), 0x00, 1, ...name("fillRaw"), 0x00, 2, ...name("memory"), 0x02, 0]),
    ...section(10, [3, ...func(12, nextBody), ...func(12, fillBody), ...func(12, rawBody)]),
  ];
  return new Uint8Array(bytes);
}

/** The instantiated kernel: its exports and views of its memory. */
export interface PcgKernel {
  next(): void;
  fill(n: number, ptr: number): void;
  fillRaw(n: number, ptr: number): void;
  memory: WebAssembly.Memory;
}

/** A fresh kernel instance (each PCG64 owns one: the state lives in its memory), or null. */
export function pcgKernel(): PcgKernel | null {
  if (!enabled || typeof WebAssembly === "undefined") return null;
  try {
    mod ??= new WebAssembly.Module(moduleBytes() as Uint8Array<ArrayBuffer>);
    const inst = new WebAssembly.Instance(mod, {});
    return inst.exports as unknown as PcgKernel;
  } catch {
    return null;
  }
}

let mod: WebAssembly.Module | undefined;
let enabled = true;

/** @internal Turns the kernel off (or back on) for PCG64s made afterwards: tests the JS fallback. */
export function _useKernel(on: boolean): void {
  enabled = on;
}
