/**
 * NumPy's floating-point error state: seterr / geterr / errstate, with NumPy's defaults (warn on
 * divide, over and invalid; ignore under). WebAssembly and JS have no FP flags, so kernels
 * report the conditions they saw and the ufunc layer raises them here once per call.
 *
 * @example
 * np.seterr({divide: "ignore"});
 * np.errstate({invalid: "raise"}, () => np.sqrt(-1)); // throws np.FloatingPointError
 * np.errstate({all: "call", call: (what, flag) => console.log(what, flag)}, () => np.log(0));
 */
import { bindArgs } from "../core/args.js";
import { FloatingPointError, NameError, NumpyTypeError, ValueError } from "../core/errors.js";
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

/** The callback of the "call" mode (a function) or the "log" mode (an object with write). */
export type ErrCall = ((err: string, flag: number) => unknown) | { write(msg: string): unknown } | null;

let callback: ErrCall = null;

let state: ErrState = { divide: "warn", over: "warn", under: "ignore", invalid: "warn" };
const MODES = ["ignore", "warn", "raise", "call", "print", "log"];

/**
 * The current floating-point error handling, as a plain object.
 * @example np.geterr() // {divide: "warn", over: "warn", under: "ignore", invalid: "warn"}
 */
export function geterr(): ErrState {
  return { ...state };
}

/**
 * Sets the function the "call" mode calls with the condition ("divide by zero", "overflow",
 * "underflow", "invalid value") and the call's condition flags (divide 1, over 2, under 4,
 * invalid 8), or the object whose write(message) the "log" mode calls; returns the previous one.
 * @example const old = np.seterrcall((err, flag) => console.log(err, flag)); np.seterrcall(old);
 */
export function seterrcall(func: ErrCall): ErrCall {
  const ok = func === null || typeof func === "function" || (typeof func === "object" && typeof (func as { write?: unknown }).write === "function");
  if (!ok) throw new NumpyTypeError("python object must be callable or have a callable write method");
  const old = callback;
  callback = func;
  return old;
}

/**
 * The current floating-point error callback (set by seterrcall), or null.
 * @example np.geterrcall() // null
 */
export function geterrcall(): ErrCall {
  return callback;
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
  setState(next);
  return old;
}

/**
 * Whether underflow is looked for (its mode is not "ignore"): kernels do not detect it, so the
 * ufunc layer checks the results of the ufuncs that can underflow only while this is true.
 */
export let watchUnder = false;

function setState(next: ErrState): void {
  state = next;
  watchUnder = next.under !== "ignore";
}

/**
 * NumPy's `with np.errstate(...)`: run `fn` under the given settings and restore them after
 * (also when it throws). Without `fn`, returns a disposable for `using`.
 * @example np.errstate({divide: "ignore"}, () => np.log(0)) // -Infinity, no warning
 */
export function errstate<T>(opts: SetErrOpts & { call?: ErrCall }, fn: () => T): T;
export function errstate(opts: SetErrOpts & { call?: ErrCall }): { [Symbol.dispose](): void };
export function errstate<T>(opts: SetErrOpts & { call?: ErrCall }, fn?: () => T): T | { [Symbol.dispose](): void } {
  const { call, ...modes } = opts ?? {};
  const oldCall = callback;
  if (call !== undefined) seterrcall(call);
  let old: ErrState;
  try {
    old = setErr("errstate.__init__", [modes]);
  } catch (e) {
    callback = oldCall;
    throw e;
  }
  const restore = (): void => {
    setState(old);
    callback = oldCall;
  };
  if (fn === undefined) return { [Symbol.dispose]: restore };
  try {
    return fn();
  } finally {
    restore();
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
    // NumPy writes the "print" line to stderr.
    if (mode === "print") console.error(`Warning: ${msg}`);
    else if (mode === "call" || mode === "log") {
      // NumPy's "call" passes the condition and every flag of the call; "log" writes the line.
      const cb = callback;
      if (mode === "call" && typeof cb === "function") cb(what, flags);
      else if (mode === "log" && cb !== null && typeof cb === "object") cb.write(`Warning: ${msg}\n`);
      else throw new NameError(`python callback specified for ${what} (in  ${ufunc}) but no function found.`);
    } else warn(msg);
  }
}
