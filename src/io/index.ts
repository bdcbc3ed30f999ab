/**
 * NumPy's file I/O: np.save / np.load (.npy, .npz), np.savez / np.savez_compressed. Bytes
 * everywhere; file names in Node.
 *
 * @example
 * const z = np.load(np.savez(null, {a: np.arange(3)}));
 * z.get("a").tolist() // [0, 1, 2]
 */
export { save, load, EOFError } from "./npyio.js";
export type { LoadSource } from "./npyio.js";
export { savez, savez_compressed, NpzFile, KeyError } from "./npz.js";
export type { SaveTarget } from "./npz.js";
export type { ReadableLike, WritableLike } from "./reader.js";
export { savetxt } from "./savetxt.js";
export type { TextTarget } from "./savetxt.js";
export { loadtxt } from "./loadtxt.js";
export type { Converters } from "./loadtxt.js";
export type { TextSource } from "./textread.js";
export { genfromtxt } from "./genfromtxt.js";
export { fromfile } from "./fromfile.js";
export type { BinarySource } from "./fromfile.js";
