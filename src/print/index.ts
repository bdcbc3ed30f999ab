/**
 * Array printing, as NumPy's: str/repr of arrays, np.array2string, np.array_str,
 * np.array_repr, the print options, and the Dragon4 float formatters.
 *
 * @example
 * np.array2string(np.array([1.5, 2]), {precision: 2}) // "[1.5 2. ]"
 * np.printoptions({precision: 3}, () => String(np.array([Math.PI]))) // "[3.142]"
 */
export { array2string, array_repr, array_str } from "./arrayprint.js";
export type { Array2StringOptions, ArrayReprOptions } from "./arrayprint.js";
export { base_repr, binary_repr } from "./base_repr.js";
export type { IntLike } from "./base_repr.js";
export { format_float_positional, format_float_scientific } from "./format_float.js";
export type { FloatLike, FormatPositionalOptions, FormatScientificOptions } from "./format_float.js";
export { get_printoptions, printoptions, set_printoptions } from "./options.js";
export type {
  FloatMode,
  Formatter,
  LegacyMode,
  PrintOptions,
  PrintOptionsScope,
  SetPrintOptions,
  SignMode,
} from "./options.js";
