/**
 * NumPy's print options: the process-wide settings behind str/repr of arrays, with
 * np.set_printoptions, np.get_printoptions and np.printoptions (NumPy's context manager, here a
 * callback form and a disposable for `using`).
 *
 * @example
 * np.set_printoptions({precision: 4});
 * np.printoptions({precision: 2}, () => String(np.array([2 / 3]))); // "[0.67]"
 * { using _ = np.printoptions({threshold: 5}); String(np.zeros(10)); }
 */
import { bindArgs, type Args } from "../core/args.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import { warn } from "../core/warnings.js";
import type { NDArray } from "../core/ndarray.js";

/** One formatting function of a `formatter` dict: element -> string. */
export type FormatFunction = (x: never) => string;

/**
 * NumPy's `formatter` dict. The keys ndts's dtypes use: 'bool', 'int', 'float', 'complexfloat',
 * and the group keys 'all', 'int_kind', 'float_kind', 'complex_kind'. Other NumPy keys
 * ('longfloat', 'datetime', 'numpystr', ...) are accepted and have no dtype to apply to.
 */
export type Formatter = Record<string, ((x: never) => string) | null | undefined>;

/** NumPy's float modes. */
export type FloatMode = "fixed" | "unique" | "maxprec" | "maxprec_equal";
/** NumPy's sign modes. */
export type SignMode = "-" | "+" | " ";
/** NumPy's legacy printing modes. */
export type LegacyMode = false | "1.13" | "1.21" | "1.25" | "2.1" | "2.2";

/** What np.get_printoptions() returns (NumPy's keys, in NumPy's order). */
export interface PrintOptions {
  edgeitems: number;
  threshold: number;
  floatmode: FloatMode;
  precision: number | null;
  suppress: boolean;
  linewidth: number;
  nanstr: string;
  infstr: string;
  sign: SignMode;
  formatter: Formatter | null;
  legacy: LegacyMode;
  override_repr: ((a: NDArray) => string) | null;
}

/** The options with `legacy` as NumPy's internal number (sys.maxsize for False). */
export interface ResolvedOptions extends Omit<PrintOptions, "legacy"> {
  legacy: number;
}

/** Python's sys.maxsize: NumPy's internal "legacy=False". */
export const NO_LEGACY = Number.MAX_SAFE_INTEGER;

// Node 20 has no Symbol.dispose; the same polyfill as core/ndarray.ts.
const g = Symbol as unknown as { dispose?: symbol };
g.dispose ??= Symbol.for("Symbol.dispose");

const LEGACY_IN: Record<string, number> = { "1.13": 113, "1.21": 121, "1.25": 125, "2.1": 201, "2.2": 202 };
const LEGACY_OUT = new Map<number, LegacyMode>([
  [113, "1.13"],
  [121, "1.21"],
  [125, "1.25"],
  [201, "2.1"],
  [202, "2.2"],
  [NO_LEGACY, false],
]);

const DEFAULTS: ResolvedOptions = Object.freeze({
  edgeitems: 3,
  threshold: 1000,
  floatmode: "maxprec",
  precision: 8,
  suppress: false,
  linewidth: 75,
  nanstr: "nan",
  infstr: "inf",
  sign: "-",
  formatter: null,
  legacy: NO_LEGACY,
  override_repr: null,
}) as ResolvedOptions;

let current: ResolvedOptions = { ...DEFAULTS };

/** The current options (internal form; do not mutate). */
export function currentOptions(): ResolvedOptions {
  return current;
}

/** The option overrides given to set_printoptions / array2string, before merging. */
export interface OptionOverrides {
  precision?: number | null;
  threshold?: number | null;
  edgeitems?: number | null;
  linewidth?: number | null;
  suppress?: boolean | null;
  nanstr?: string | null;
  infstr?: string | null;
  sign?: SignMode | null;
  formatter?: Formatter | null;
  floatmode?: FloatMode | null;
  legacy?: LegacyMode | null;
}

const FLOAT_MODES = ["fixed", "unique", "maxprec", "maxprec_equal"];

/** Python's operator.index for an option: an integral number, a bigint or a bool. */
function asIndex(v: unknown): number | null {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  return null;
}

function intOption(v: unknown, name: string): number {
  const i = asIndex(v);
  if (i === null) throw new NumpyTypeError(`${name} must be an integer`);
  return i;
}

/**
 * NumPy's _make_options_dict: validates the given (non-null) options and converts them to the
 * internal form. Raises NumPy's errors for bad floatmode, sign, threshold and precision.
 */
export function makeOptions(o: OptionOverrides): Partial<ResolvedOptions> {
  const out: Partial<ResolvedOptions> = {};
  if (o.floatmode != null) {
    if (!FLOAT_MODES.includes(o.floatmode)) {
      throw new ValueError(`floatmode option must be one of ${FLOAT_MODES.map((m) => `"${m}"`).join(", ")}`);
    }
    out.floatmode = o.floatmode;
  }
  if (o.sign != null) {
    if (o.sign !== "-" && o.sign !== "+" && o.sign !== " ") {
      throw new ValueError("sign option must be one of ' ', '+', or '-'");
    }
    out.sign = o.sign;
  }
  if (o.legacy != null) {
    if (o.legacy === false) out.legacy = NO_LEGACY;
    else if (typeof o.legacy === "string" && Object.hasOwn(LEGACY_IN, o.legacy)) {
      out.legacy = LEGACY_IN[o.legacy]!;
    } else {
      // NumPy warns and ignores an unknown legacy mode.
      warn("legacy printing option can currently only be '1.13', '1.21', '1.25', '2.1', '2.2' or `False`", "UserWarning");
    }
  }
  if (o.threshold != null) {
    if (typeof o.threshold !== "number" && typeof o.threshold !== "bigint" && typeof o.threshold !== "boolean") {
      throw new NumpyTypeError("threshold must be numeric");
    }
    const t = Number(o.threshold);
    if (Number.isNaN(t)) throw new ValueError("threshold must be non-NAN, try sys.maxsize for untruncated representation");
    out.threshold = t;
  }
  if (o.precision != null) {
    const p = asIndex(o.precision);
    if (p === null) throw new NumpyTypeError("precision must be an integer");
    out.precision = p;
  }
  if (o.edgeitems != null) out.edgeitems = intOption(o.edgeitems, "edgeitems");
  if (o.linewidth != null) {
    // NumPy only compares line lengths with it, so any real number works.
    if (typeof o.linewidth !== "number" && typeof o.linewidth !== "bigint") throw new NumpyTypeError("linewidth must be a number");
    out.linewidth = Number(o.linewidth);
  }
  if (o.suppress != null) out.suppress = Boolean(o.suppress);
  if (o.nanstr != null) out.nanstr = String(o.nanstr);
  if (o.infstr != null) out.infstr = String(o.infstr);
  if (o.formatter != null) {
    if (typeof o.formatter !== "object") throw new NumpyTypeError("formatter must be a dict of callables");
    out.formatter = o.formatter;
  }
  return out;
}

/** The positional parameters of np.set_printoptions, in NumPy's order. */
const SET_PARAMS = [
  "precision",
  "threshold",
  "edgeitems",
  "linewidth",
  "suppress",
  "nanstr",
  "infstr",
  "formatter",
  "sign",
  "floatmode",
] as const;
const SET_KW = ["legacy", "override_repr"] as const;

/** Keyword options of np.set_printoptions / np.printoptions. */
export interface SetPrintOptions extends OptionOverrides {
  override_repr?: ((a: NDArray) => string) | null;
}

/** Arguments of np.set_printoptions: NumPy's positional ones (precision, threshold, edgeitems,
 * linewidth, suppress, nanstr, infstr, formatter, sign, floatmode), then an options object. */
export type SetPrintOptionsArgs = Args<
  [number, number, number, number, boolean, string, string, Formatter, SignMode, FloatMode],
  SetPrintOptions
>;

function parseSetArgs(fn: string, args: readonly unknown[]): ResolvedOptions {
  const v = bindArgs(fn, SET_PARAMS, args, SET_KW);
  const given: SetPrintOptions = {};
  SET_PARAMS.forEach((k, i) => {
    if (v[i] !== undefined) (given as Record<string, unknown>)[k] = v[i];
  });
  const legacy = v[SET_PARAMS.length];
  const overrideRepr = v[SET_PARAMS.length + 1];
  if (legacy !== undefined) given.legacy = legacy as LegacyMode;
  const made = makeOptions(given);
  if (overrideRepr != null && typeof overrideRepr !== "function") {
    throw new NumpyTypeError("override_repr must be a callable");
  }
  // formatter and override_repr are always reset, as in NumPy.
  const next: ResolvedOptions = {
    ...current,
    ...made,
    formatter: (given.formatter ?? null) as Formatter | null,
    override_repr: (overrideRepr ?? null) as ((a: NDArray) => string) | null,
  };
  // As NumPy: legacy='1.13' sets the sign option to '-' (its arrays print '-' as ' ').
  if (next.legacy === 113) next.sign = "-";
  return next;
}

/**
 * Sets printing options (NumPy's set_printoptions): precision, threshold, edgeitems,
 * linewidth, suppress, nanstr, infstr, formatter, sign, floatmode, and the keyword-only legacy
 * (false, '1.13', '1.21', '1.25', '2.1', '2.2') and override_repr. `formatter` and `override_repr` are
 * reset by every call, as in NumPy.
 * @example np.set_printoptions({precision: 4, suppress: true}); np.set_printoptions(8)
 */
export function set_printoptions(...args: SetPrintOptionsArgs): void {
  current = parseSetArgs("set_printoptions", args);
}

/**
 * The current print options as a plain object with NumPy's keys.
 * @example np.get_printoptions().linewidth // 75
 */
export function get_printoptions(): PrintOptions {
  return { ...current, legacy: LEGACY_OUT.get(current.legacy) ?? false };
}

/** What np.printoptions returns without a callback: the options in force, disposable. */
export type PrintOptionsScope = PrintOptions & Disposable;

/**
 * NumPy's `with np.printoptions(...)`: sets options for a scope and restores the previous ones
 * afterwards. With a trailing callback, runs it, restores, and returns its result; without,
 * returns the options in force as a disposable for `using` (restored on dispose).
 * @example
 * np.printoptions({precision: 2}, () => String(np.array([2 / 3]))) // "[0.67]"
 * { using opts = np.printoptions({precision: 2}); opts.precision; } // 2, then restored
 */
export function printoptions<T>(...args: [...SetPrintOptionsArgs, () => T]): T;
export function printoptions(...args: SetPrintOptionsArgs): PrintOptionsScope;
export function printoptions(...args: unknown[]): unknown {
  const last = args[args.length - 1];
  const callback = typeof last === "function" ? (last as () => unknown) : null;
  const rest = callback ? args.slice(0, -1) : args;
  const saved = current;
  current = parseSetArgs("printoptions", rest);
  if (callback) {
    try {
      return callback();
    } finally {
      current = saved;
    }
  }
  const scope = get_printoptions() as PrintOptionsScope;
  let done = false;
  Object.defineProperty(scope, Symbol.dispose, {
    value: () => {
      if (!done) {
        done = true;
        current = saved;
      }
    },
    enumerable: false,
  });
  return scope;
}

