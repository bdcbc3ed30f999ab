// Placeholder until the printing module lands (str/repr of NDArray).
import type { NDArray } from "../core/ndarray.js";
export function arrayStr(a: NDArray): string {
  return String(a.tolist());
}
export function arrayRepr(a: NDArray): string {
  return `array(${String(a.tolist())})`;
}
