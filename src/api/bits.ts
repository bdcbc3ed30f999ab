/**
 * Bit packing: numpy.packbits and numpy.unpackbits, as whole-array operations (each element's
 * truth as one bit, eight bits to a uint8, most significant first with bitorder 'big').
 *
 * @example
 * np.packbits([1, 0, 1]) // array([160], dtype=uint8)
 * np.unpackbits(np.array([3], "uint8")) // array([0, 0, 0, 0, 0, 0, 1, 1], dtype=uint8)
 */
import { bindArgs, type Args } from "../core/args.js";
import type { ArrayLike } from "../core/coerce.js";
import { NumpyTypeError, ValueError } from "../core/errors.js";
import type { NDArray } from "../core/ndarray.js";
import { normalizeAxis } from "../core/shape.js";
import { bitwise_and, multiply, not_equal, right_shift } from "../ufunc/index.js";
import { array, asArray, zeros } from "./creation.js";
import { concatenate } from "./joining.js";
import { moveaxis } from "./manipulation.js";
import { sum } from "./reductions.js";

type BitOrder = "big" | "little";
type PackOpts = { axis?: number | null; bitorder?: BitOrder };
type UnpackOpts = PackOpts & { count?: number | null };

/**
 * Checks bitorder as NumPy's C functions do; true for 'little'. pack takes exactly 'little' or
 * 'big' (argument 3); unpack (argument 4) only reads the first letter, 'l' or 'b'.
 */
function little(fn: "pack" | "unpack", bitorder: unknown): boolean {
  if (bitorder === undefined) return false;
  if (typeof bitorder !== "string") {
    const t = bitorder === null ? "None" : typeof bitorder === "number" ? (Number.isInteger(bitorder) ? "int" : "float") : typeof bitorder;
    throw new NumpyTypeError(`${fn}() argument ${fn === "pack" ? 3 : 4} must be str, not ${t}`);
  }
  if (fn === "unpack") {
    if (bitorder[0] !== "l" && bitorder[0] !== "b") throw new ValueError("'order' must begin with 'l' or 'b'");
    return bitorder[0] === "l";
  }
  if (bitorder !== "big" && bitorder !== "little") throw new ValueError("'order' must be either 'little' or 'big'");
  return bitorder === "little";
}

/** An integer axis (a 0-d array counts as 1-d, as NumPy's pack/unpack do), or null to flatten. */
function bitAxis(arr: NDArray, axis: unknown): [NDArray, number] {
  if (axis === undefined || axis === null) return [arr.ravel(), 0];
  if (typeof axis === "number" && !Number.isInteger(axis)) throw new NumpyTypeError("'float' object cannot be interpreted as an integer");
  const a = arr.ndim === 0 ? arr.reshape([1]) : arr;
  return [a, normalizeAxis(axis as number, a.ndim)];
}

/** The eight bit weights of one byte, in bit order. */
function weights(lsbFirst: boolean): NDArray {
  const w = [128, 64, 32, 16, 8, 4, 2, 1];
  return array(lsbFirst ? w.reverse() : w, "uint8");
}

/**
 * Packs the truth of each element into bits of uint8 bytes, as `numpy.packbits(a, axis=None,
 * bitorder='big')`: along `axis` (the flattened array by default) every 8 elements make one
 * byte, the last padded with zeros; 'big' puts the first element in the most significant bit.
 * Only integer and boolean arrays are accepted.
 * @example np.packbits([[1, 0, 1], [0, 1, 1]], 1) // array([[160], [96]], dtype=uint8)
 */
export function packbits(a: ArrayLike, ...rest: Args<[number | null, BitOrder], PackOpts>): NDArray {
  const [axisArg, bitorder] = bindArgs("packbits", ["axis", "bitorder"], rest) as [unknown, unknown];
  const arr = asArray(a);
  if (!"biu".includes(arr._dt.kind)) throw new NumpyTypeError("Expected an input array of integer or boolean data type");
  const lsb = little("pack", bitorder);
  const [src, axis] = bitAxis(arr, axisArg);
  let bits = moveaxis((not_equal(src, 0) as NDArray).astype("uint8"), axis, -1);
  const lead = bits.shape.slice(0, -1);
  const n = bits.shape[bits.ndim - 1]!;
  const bytes = Math.ceil(n / 8);
  if (bytes * 8 !== n) bits = concatenate([bits, zeros([...lead, bytes * 8 - n], "uint8")], -1);
  const grouped = multiply(bits.reshape([...lead, bytes, 8]), weights(lsb)) as NDArray;
  const packed = sum(grouped, -1, "uint8") as NDArray;
  return moveaxis(packed, -1, axis).copy();
}

/** The count argument, read as a Python int (a bool is refused by NumPy's unpack). */
function countArg(count: unknown): number | null {
  if (count === undefined || count === null) return null;
  if (typeof count === "boolean") throw new NumpyTypeError("an integer is required");
  if (typeof count === "bigint") return Number(count);
  if (typeof count !== "number" || !Number.isInteger(count)) throw new NumpyTypeError("'float' object cannot be interpreted as an integer");
  return count;
}

/**
 * Unpacks each uint8 into its eight bits, as `numpy.unpackbits(a, axis=None, count=None,
 * bitorder='big')`: along `axis` (the flattened array by default) each byte becomes 8 uint8 0/1
 * values; `count` keeps that many bits (zero-padded past the end; a negative count drops bits
 * from the end).
 * @example np.unpackbits(np.array([[2], [7]], "uint8"), 1) // array([[0, 0, 0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 1, 1, 1]], dtype=uint8)
 * np.unpackbits(np.array([7], "uint8"), {count: 3, bitorder: "little"}) // array([1, 1, 1], dtype=uint8)
 */
export function unpackbits(a: ArrayLike, ...rest: Args<[number | null, number | null, BitOrder], UnpackOpts>): NDArray {
  const [axisArg, countIn, bitorder] = bindArgs("unpackbits", ["axis", "count", "bitorder"], rest) as [unknown, unknown, unknown];
  const arr = asArray(a);
  if (arr._dt.name !== "uint8") throw new NumpyTypeError("Expected an input array of unsigned byte data type");
  const count = countArg(countIn);
  const lsb = little("unpack", bitorder);
  const [src, axis] = bitAxis(arr, axisArg);
  const moved = moveaxis(src, axis, -1);
  const lead = moved.shape.slice(0, -1);
  const n = moved.shape[moved.ndim - 1]!;
  const n8 = n * 8;
  const shifts = array(lsb ? [0, 1, 2, 3, 4, 5, 6, 7] : [7, 6, 5, 4, 3, 2, 1, 0], "uint8");
  let bits = (bitwise_and(right_shift(moved.reshape([...lead, n, 1]), shifts), 1) as NDArray).reshape([...lead, n8]);
  let m = n8;
  if (count !== null) {
    m = count >= 0 ? count : n8 + count;
    if (m < 0) throw new ValueError("-count larger than number of elements");
  }
  if (m < n8) bits = bits.get("...", `:${m}`) as NDArray;
  else if (m > n8) bits = concatenate([bits, zeros([...lead, m - n8], "uint8")], -1);
  return moveaxis(bits, -1, axis).copy();
}
