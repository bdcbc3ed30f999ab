/**
 * NumPy's file I/O: np.save / np.load (.npy and .npz, byte-identical to NumPy's files),
 * np.savez / np.savez_compressed, np.savetxt / np.loadtxt / np.genfromtxt, np.fromfile and
 * ndarray.tofile. They work on bytes (or file-like objects) everywhere and on file names in
 * Node; the writers also return what they wrote, so `np.save(null, a)` gives the .npy bytes.
 *
 * @example
 * const z = np.load(np.savez(null, {a: np.arange(3)})) as np.NpzFile;
 * (z.get("a") as np.NDArray).tolist() // [0, 1, 2]
 * np.loadtxt(np.savetxt(null, [[1, 2]], "%d").split("\n").filter(Boolean)).tolist() // [1, 2]
 */
export { save, load } from "./npyio.js";
export type { LoadSource } from "./npyio.js";
export { savez, savez_compressed, NpzFile } from "./npz.js";
export type { SaveTarget } from "./npz.js";
export type { ReadableLike, WritableLike } from "./reader.js";
export { savetxt } from "./savetxt.js";
export type { TextTarget } from "./savetxt.js";
export { loadtxt } from "./loadtxt.js";
export type { Converters } from "./loadtxt.js";
export type { TextSource } from "./textread.js";
export { genfromtxt } from "./genfromtxt.js";
export { fromfile, fromstring } from "./fromfile.js";
export type { BinarySource } from "./fromfile.js";
