/**
 * NumPy's warnings (RuntimeWarning, ComplexWarning, ...): through Node's process warnings
 * (console.warn where there is no `process`), shown once per place in the user's code that
 * triggers them, as Python's default warning filter does.
 *
 * @example
 * warn("Casting complex values to real discards the imaginary part", "ComplexWarning")
 * // (node:1234) ComplexWarning: Casting complex values to real discards the imaginary part
 */

type Emit = (msg: string, category: string) => void;
const g = globalThis as { process?: { emitWarning?: (m: string, t: string) => void } };
const emit: Emit =
  typeof g.process?.emitWarning === "function"
    ? (m, c) => g.process!.emitWarning!(m, c)
    : (m, c) => console.warn(`${c}: ${m}`);

/** Where ndts's own modules live: frames under it are not the user's call site. */
const OWN_ROOT = import.meta.url.replace(/\/core\/warnings\.js$/, "/");

/** A frame of ndts itself, or of the engine's built-ins (Array.map, node:internal) it calls through. */
function notUserFrame(frame: string): boolean {
  return frame.includes(OWN_ROOT) || frame.endsWith("(<anonymous>)") || frame.includes("(node:") || frame.includes("at node:");
}
const warned = new Set<string>();

/**
 * Emits a warning of NumPy's category, once per message, category and user call site (the
 * first stack frame outside ndts), however often that line runs.
 * @example warn("Mean of empty slice.") // a RuntimeWarning
 */
export function warn(msg: string, category = "RuntimeWarning"): void {
  if (recording !== null) {
    recording.push({ message: msg, category });
    return;
  }
  // Deep enough to get past ndts's own frames (V8 keeps 10 by default).
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 64;
  const stack = new Error().stack ?? "";
  Error.stackTraceLimit = limit;
  const frames = stack.split("\n").slice(1);
  const site = frames.find((f) => !notUserFrame(f)) ?? "";
  const key = `${category}\u0000${msg}\u0000${site}`;
  if (warned.has(key)) return;
  warned.add(key);
  emit(msg, category);
}

/** A warning caught by captureWarnings. */
export interface CaughtWarning {
  message: string;
  category: string;
}

let recording: CaughtWarning[] | null = null;

/**
 * Runs `fn` recording every warning it emits instead of showing it (as Python's
 * warnings.catch_warnings(record=True) with the "always" filter); for np.testing.assert_warns.
 * @example const [r, caught] = captureWarnings(() => np.log(0)); caught[0].category // "RuntimeWarning"
 */
export function captureWarnings<R>(fn: () => R): [R, CaughtWarning[]] {
  const outer = recording;
  const mine: CaughtWarning[] = [];
  recording = mine;
  try {
    return [fn(), mine];
  } finally {
    recording = outer;
    outer?.push(...mine);
  }
}
