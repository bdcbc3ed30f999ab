/**
 * BitGenerator.random_raw(size=None, output=True) for every bit generator: one draw as a bigint,
 * or a uint64 array of `size` (an int or a shape); with output false the draws are made and
 * discarded (null, as NumPy's None).
 * @example new np.random.PCG64(5).random_raw([2, 2]).shape // [2, 2]
 */
import { UINT64 } from "../core/dtype.js";
import { emptyArray, type NDArray } from "../core/ndarray.js";
import { bindArgs } from "../core/args.js";
import { shapeSize } from "../core/shape.js";
import { sizeShape } from "./common.js";

export type RawArgs = [size?: number | number[] | null, output?: boolean, opts?: { size?: number | number[] | null; output?: boolean }]
  | [size: number | number[] | null | undefined, opts: { output?: boolean }] | [opts: { size?: number | number[] | null; output?: boolean }];

export function rawDraws(args: readonly unknown[], next: () => bigint): bigint | NDArray | null {
  const [size, output] = bindArgs("random_raw", ["size", "output"], args) as [number | number[] | null | undefined, boolean | undefined];
  const shape = sizeShape(size ?? null);
  const out = output ?? true;
  if (shape === null) {
    const v = next();
    return out ? v : null;
  }
  const n = shapeSize(shape);
  if (!out) {
    for (let i = 0; i < n; i++) next();
    return null;
  }
  const arr = emptyArray(UINT64, shape);
  const view = arr._storage.region.view(UINT64) as BigUint64Array;
  const at = arr._ptr >> 3;
  for (let i = 0; i < n; i++) view[at + i] = next();
  return arr;
}
