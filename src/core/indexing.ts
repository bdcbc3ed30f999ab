// Work in progress: NumPy indexing (a.get / a.set).
import type { NDArray } from "./ndarray.js";
import { NotImplementedError } from "./errors.js";

/** An item of a NumPy index tuple (see API.md, Indexing). */
export type IndexItem = number | string | null | NDArray | readonly (number | boolean)[] | boolean;

export function getItem(a: NDArray, index: readonly IndexItem[]): NDArray {
  void a;
  void index;
  throw new NotImplementedError("indexing is not implemented yet");
}

export function setItem(a: NDArray, index: readonly IndexItem[], value: unknown): void {
  void a;
  void index;
  void value;
  throw new NotImplementedError("indexing is not implemented yet");
}
