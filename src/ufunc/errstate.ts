/**
 * NumPy's floating-point error state: seterr / geterr / errstate, with NumPy's defaults (warn on
 * divide, over and invalid; ignore under). WebAssembly and JS have no FP flags, so kernels
 * report the conditions they saw and the ufunc layer raises them here once per call.
 *
 * @example
 * np.seterr({divide: "ignore"});
 * np.errstate({invalid: "raise"}, () => np.sqrt(-1)); // throws np.FloatingPointError
 */
import { bindArgs } from "../core/args.js";
import { FloatingPointError, ValueError } from "../core/errors.js";
import { warn } from "../core/warnings.js";

export type ErrMode = "ignore" | "warn" | "raise" | "call" | "print" | "log";
export interface ErrState {
  divide: ErrMode;
  over: ErrMode;
  under: ErrMode;
  invalid: ErrMode;
}

/** Condition bits a kernel run can report. */
export const FPE_DIVIDE = 1;
export const FPE_OVERFLOW = 2;
export const FPE_UNDERFLOW = 4;
export const FPE_INVALID = 8;

let state: ErrState = { divide: "warn", over: "warn", under: "ignore", invalid: "warn" };
const MODES = ["ignore", "warn", "raise", "call", "print", "log"];

/**
 * The current floating-point error handling, as a plain object.
 * @example np.geterr() // {divide: "warn", over: "warn", under: "ignore", invalid: "warn"}
 */
export function geterr(): ErrState {
  return { ...state };
}

type SetErrOpts = { all?: ErrMode | null; divide?: ErrMode | null; over?: ErrMode | null; under?: ErrMode | null; invalid?: ErrMode | null };

/**
 * Sets how floating-point errors are handled; returns the previous settings.
 * @example const old = np.seterr({all: "ignore"}); ...; np.seterr(old); np.seterr("raise") // all: "raise"
 */
export function seterr(...args: (ErrMode | null | undefined | SetErrOpts)[]): ErrState {
  return setErr("seterr", args);
}

function setErr(name: string, args: readonly unknown[]): ErrState {
  const [all, divide, over, under, invalid] = bindArgs(name, ["all", "divide", "over", "under", "invalid"], args) as (ErrMode | null | undefined)[];
  const old = geterr();
  const next = { ...state };
  const set = (k: keyof ErrState, v: ErrMode | null | undefined) => {
    if (v == null) return;
    if (!MODES.includes(v)) throw new ValueError(`invalid error mode '${String(v)}'`);
    next[k] = v;
  };
  if (all != null) for (const k of ["divide", "over", "under", "invalid"] as const) set(k, all);
  set("divide", divide);
  set("over", over);
  set("under", under);
  set("invalid", invalid);
  state = next;
  return old;
}

/**
 * NumPy's `with np.errstate(...)`: run `fn` under the given settings and restore them after
 * (also when it throws). Without `fn`, returns a disposable for `using`.
 * @example np.errstate({divide: "ignore"}, () => np.log(0)) // -Infinity, no warning
 */
export function errstate<T>(opts: SetErrOpts, fn: () => T): T;
export function errstate(opts: SetErrOpts): { [Symbol.dispose](): void };
export function errstate<T>(opts: SetErrOpts, fn?: () => T): T | { [Symbol.dispose](): void } {
  const old = setErr("errstate.__init__", [opts]);
  if (fn === undefined) return { [Symbol.dispose]: () => void (state = old) };
  try {
    return fn();
  } finally {
    state = old;
  }
}

const NAMES: [number, keyof ErrState, string][] = [
  [FPE_DIVIDE, "divide", "divide by zero"],
  [FPE_OVERFLOW, "over", "overflow"],
  [FPE_UNDERFLOW, "under", "underflow"],
  [FPE_INVALID, "invalid", "invalid value"],
];

/**
 * Handles the conditions a ufunc call raised, as NumPy does: one warning (or error) per kind,
 * worded "divide by zero encountered in divide".
 */
export function raiseFPE(flags: number, ufunc: string): void {
  for (const [bit, key, what] of NAMES) {
    if (!(flags & bit)) continue;
    const mode = state[key];
    if (mode === "ignore") continue;
    const msg = `${what} encountered in ${ufunc}`;
    if (mode === "raise") throw new FloatingPointError(msg);
    if (mode === "print" || mode === "log") console.log(`Warning: ${msg}`);
    else warn(msg);
  }
}
