/**
 * NumPy's `ndarray.flags`: the memory layout and access flags of one array, under every name
 * NumPy accepts (attributes `c_contiguous`, ..., keys `"C_CONTIGUOUS"`, `"C"`, `"W"`, ...; in
 * TypeScript a key is a property: `a.flags["W"]`). Printing gives NumPy's block of flags.
 *
 * @example
 * const a = np.arange(6).reshape(2, 3);
 * a.flags.c_contiguous // true
 * a.T.flags["F"]        // true
 * a.flags.writeable = false; a.flags.W // false
 */
import { ValueError } from "./errors.js";
import type { NDArray } from "./ndarray.js";
import { isCContiguous, isFContiguous } from "./shape.js";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** Arrays whose ALIGNED flag was cleared by setflags (ndts's memory is always aligned). */
const UNALIGNED = new WeakSet<NDArray>();

/** NumPy's `ndarray.flags` of one array (a live view: it reads the array's current state). */
export class Flags {
  constructor(private readonly a: NDArray) {}
  get c_contiguous(): boolean {
    return isCContiguous(this.a.shape, this.a.strides, this.a.itemsize);
  }
  get f_contiguous(): boolean {
    return isFContiguous(this.a.shape, this.a.strides, this.a.itemsize);
  }
  get owndata(): boolean {
    return this.a.base === null;
  }
  get writeable(): boolean {
    return this.a._writeable;
  }
  set writeable(v: boolean) {
    if (v && !this.a._writeable) {
      const b = this.a.base;
      if (b !== null && !b._writeable) {
        throw new ValueError("cannot set WRITEABLE flag to True of this array");
      }
    }
    this.a._writeable = Boolean(v);
  }
  /** Always true for ndts's own memory; false after setflags({align: false}), as in NumPy. */
  get aligned(): boolean {
    return !UNALIGNED.has(this.a);
  }
  set aligned(v: boolean) {
    if (v) UNALIGNED.delete(this.a);
    else UNALIGNED.add(this.a);
  }
  get writebackifcopy(): boolean {
    return false;
  }
  /** NumPy's derived flags: `contiguous` (= c_contiguous), `forc`, `fnc`, `behaved`, `carray`, `farray`. */
  get contiguous(): boolean {
    return this.c_contiguous;
  }
  get forc(): boolean {
    return this.c_contiguous || this.f_contiguous;
  }
  get fnc(): boolean {
    return this.f_contiguous && !this.c_contiguous;
  }
  get behaved(): boolean {
    return this.aligned && this.writeable;
  }
  get carray(): boolean {
    return this.behaved && this.c_contiguous;
  }
  get farray(): boolean {
    return this.behaved && this.fnc;
  }
  /** As NumPy prints `a.flags`. */
  toString(): string {
    const b = (x: boolean) => (x ? "True" : "False");
    return [
      `  C_CONTIGUOUS : ${b(this.c_contiguous)}`,
      `  F_CONTIGUOUS : ${b(this.f_contiguous)}`,
      `  OWNDATA : ${b(this.owndata)}`,
      `  WRITEABLE : ${b(this.writeable)}`,
      `  ALIGNED : ${b(this.aligned)}`,
      `  WRITEBACKIFCOPY : False`,
      "",
    ].join("\n");
  }
  [INSPECT](): string {
    return this.toString();
  }
}

/** NumPy's upper-case and one- or two-letter keys, each the name of the flag it reads (and writes). */
const ALIASES = {
  C_CONTIGUOUS: "c_contiguous",
  F_CONTIGUOUS: "f_contiguous",
  OWNDATA: "owndata",
  WRITEABLE: "writeable",
  ALIGNED: "aligned",
  WRITEBACKIFCOPY: "writebackifcopy",
  CONTIGUOUS: "contiguous",
  FORC: "forc",
  FNC: "fnc",
  BEHAVED: "behaved",
  CARRAY: "carray",
  FARRAY: "farray",
  C: "c_contiguous",
  F: "f_contiguous",
  O: "owndata",
  W: "writeable",
  A: "aligned",
  X: "writebackifcopy",
  B: "behaved",
  CA: "carray",
  FA: "farray",
} as const;

type Aliased = { readonly [K in keyof typeof ALIASES]: boolean } & { WRITEABLE: boolean; ALIGNED: boolean; W: boolean; A: boolean };
export interface Flags extends Aliased {}

for (const [alias, name] of Object.entries(ALIASES)) {
  const flag = Object.getOwnPropertyDescriptor(Flags.prototype, name)!;
  Object.defineProperty(Flags.prototype, alias, {
    get(this: Flags) {
      return flag.get!.call(this);
    },
    set: flag.set
      ? function (this: Flags, v: boolean) {
          flag.set!.call(this, v);
        }
      : undefined,
    configurable: true,
  });
}
