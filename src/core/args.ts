/**
 * NumPy-style arguments in JS: every parameter NumPy takes positionally may come positionally,
 * and any parameter may come by its NumPy name in one trailing plain options object, as Python
 * keywords do. An unknown name is a TypeError naming it.
 *
 * @example
 * // np.sum(a, 0) and np.sum(a, {axis: 0, keepdims: true})
 * const [axis, dtype, out, keepdims] = bindArgs("sum", SUM_PARAMS, rest);
 */
import { NumpyTypeError, ValueError } from "./errors.js";
import { isComplexScalar } from "./scalar.js";

/** A trailing options object: a plain object that is not a complex scalar {re, im}. */
export function isOptions(x: unknown): x is Record<string, unknown> {
  if (typeof x !== "object" || x === null) return false;
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return false;
  return !isComplexScalar(x);
}

/**
 * The argument tuples of a function whose optional parameters are P (in NumPy's order) and whose
 * keyword options are O: any prefix of P, optionally followed by one options object.
 */
export type Args<P extends unknown[], O> = P extends [infer H, ...infer R]
  ? [] | [opts: O] | [H | null | undefined, ...Args<R, O>]
  : [] | [opts: O];

/**
 * Binds `args` to `params`: returns the values in params order (undefined where not given).
 * `keywordOnly` names may only come in the options object.
 */
export function bindArgs(
  fn: string,
  params: readonly string[],
  args: readonly unknown[],
  keywordOnly: readonly string[] = [],
): unknown[] {
  const n = args.length;
  const last = n > 0 ? args[n - 1] : undefined;
  if (!isOptions(last)) {
    if (n > params.length) tooMany(fn, params.length, n);
    return args as unknown[];
  }
  const npos = n - 1;
  if (npos > params.length) tooMany(fn, params.length, npos);
  const out = new Array<unknown>(params.length + keywordOnly.length);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (const key of Object.keys(last)) {
    let i = params.indexOf(key);
    if (i < 0) {
      const k = keywordOnly.indexOf(key);
      if (k < 0) throw new NumpyTypeError(`${fn}() got an unexpected keyword argument '${key}'`);
      i = params.length + k;
    } else if (i < npos && args[i] !== undefined) {
      throw new NumpyTypeError(`${fn}() got multiple values for argument '${key}'`);
    }
    out[i] = last[key];
  }
  return out;
}

function tooMany(fn: string, max: number, given: number): never {
  throw new NumpyTypeError(`${fn}() takes at most ${max} positional arguments (${given} given)`);
}

/**
 * bindArgs for parameters that are all required, as Python reports a missing one.
 * @example const [axis1, axis2] = bindRequired("swapaxes", ["axis1", "axis2"], rest);
 */
export function bindRequired(fn: string, params: readonly string[], args: readonly unknown[]): unknown[] {
  const out = bindArgs(fn, params, args);
  missingCheck(fn, params, out, "python");
  return out;
}

/**
 * Python's binding of a function's leading required parameters `names`, which may also come by
 * name in the trailing options object: `np.full([2, 2], {fill_value: 7})` is
 * `np.full((2, 2), fill_value=7)`. `args` are all the arguments as given; returns them with
 * the required values first, in order, then the options object's other keys (if any).
 * `missing` words an absent one as Python does: "python" for a Python function ("full() missing
 * 1 required positional argument: 'fill_value'"), "c" for a C one ("zeros() missing required
 * argument 'shape' (pos 0)"), "c1" for one counting from 1 (frombuffer, fromiter).
 * @example takeRequired("full", ["shape", "fill_value"], [[2], { fill_value: 7 }]) // [[2], 7]
 */
export function takeRequired(fn: string, names: readonly string[], args: readonly unknown[], missing: "python" | "c" | "c1" = "python"): unknown[] {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  const last = n > 0 ? args[n - 1] : undefined;
  if (n > names.length && !isOptions(args[names.length - 1])) {
    // The common call: every required value given positionally (and no options object among them).
    if (!isOptions(last)) return args as unknown[];
    let named = false;
    for (const k of names) named ||= k in last;
    if (!named) return args as unknown[];
  }
  if (!isOptions(last) || !names.some((k) => k in last)) {
    missingCheck(fn, names, args, missing);
    return args as unknown[];
  }
  const npos = n - 1;
  const rest: Record<string, unknown> = { ...last };
  const out = args.slice(0, npos) as unknown[];
  for (let i = 0; i < names.length; i++) {
    const k = names[i]!;
    if (!(k in rest)) continue;
    if (i < npos) throw new NumpyTypeError(`${fn}() got multiple values for argument '${k}'`);
    out[i] = rest[k];
    delete rest[k];
  }
  missingCheck(fn, names, out, missing);
  while (out.length < names.length) out.push(undefined);
  if (Object.keys(rest).length > 0) out.push(rest);
  return out;
}

/**
 * Whether takeRequired can change a call: its first argument missing or an options object, or an
 * options object last. The creation functions skip it otherwise (their per-call cost).
 * @example mayNameRequired(3, []) // false; mayNameRequired(3, [{ dtype: "int8" }]) // true
 */
export function mayNameRequired(first: unknown, rest: readonly unknown[]): boolean {
  return first === undefined || isOptions(first) || (rest.length > 0 && isOptions(rest[rest.length - 1]));
}

function missingCheck(fn: string, names: readonly string[], args: readonly unknown[], style: "python" | "c" | "c1"): void {
  const absent = (i: number): boolean => args[i] === undefined || (i === args.length - 1 && isOptions(args[i]));
  // (on every call of the creation functions: no allocation unless something is missing)
  let any = false;
  for (let i = 0; i < names.length && !any; i++) any = absent(i);
  if (!any) return;
  const gone = names.filter((_, i) => absent(i));
  // NumPy's C functions count from 0 ("c"), or from 1 where `like` dispatch comes first ("c1").
  if (style !== "python") throw new NumpyTypeError(`${fn}() missing required argument '${gone[0]}' (pos ${names.indexOf(gone[0]!) + (style === "c1" ? 1 : 0)})`);
  const q = gone.map((m) => `'${m}'`);
  const list = q.length === 1 ? q[0] : `${q.slice(0, -1).join(", ")} and ${q[q.length - 1]}`;
  throw new NumpyTypeError(`${fn}() missing ${gone.length} required positional argument${gone.length > 1 ? "s" : ""}: ${list}`);
}

/** Throws Python's TypeError when a function without keyword arguments got an options object. */
export function noOptions(fn: string, args: readonly unknown[]): void {
  const last = args.length > 0 ? args[args.length - 1] : undefined;
  if (isOptions(last)) {
    const key = Object.keys(last)[0];
    if (key !== undefined) throw new NumpyTypeError(`${fn}() got an unexpected keyword argument '${key}'`);
  }
}

/**
 * NumPy's check of the array API `device` keyword: only "cpu" (or None) is a device.
 * @example checkDevice("cpu"); checkDevice("gpu") // ValueError
 */
export function checkDevice(device: unknown): void {
  if (device != null && device !== "cpu") {
    throw new ValueError(`Device not understood. Only "cpu" is allowed, but received: ${String(device)}`);
  }
}

/**
 * The arguments a call gave to a function with fixed parameters: the trailing ones it left out
 * (undefined) dropped, for takeRequired.
 * @example givenArgs([1, { axis: 0 }, undefined]) // [1, { axis: 0 }]
 */
export function givenArgs(args: readonly unknown[]): unknown[] {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return args.slice(0, n);
}

/**
 * Python's errors for arguments past a function's last parameter (which JS silently drops): an
 * options object is an unexpected keyword, anything else too many positional arguments.
 * @example noExtra("fliplr", 1, rest) // TypeError for np.fliplr(a, {axis: 0})
 */
export function noExtra(fn: string, npos: number, extra: readonly unknown[]): void {
  if (extra.length === 0) return;
  noOptions(fn, extra);
  const n = extra.length - (isOptions(extra[extra.length - 1]) ? 1 : 0);
  if (n > 0) throw new NumpyTypeError(`${fn}() takes ${npos} positional argument${npos === 1 ? "" : "s"} but ${npos + n} were given`);
}
