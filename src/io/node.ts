/**
 * Node's built-in modules, obtained lazily and synchronously (process.getBuiltinModule), so that
 * importing ndts in a browser never touches node:fs or node:zlib: only calling np.save or
 * np.load with a path (or np.savez_compressed in Node) asks for them.
 *
 * @example
 * nodeFs("load").readFileSync("a.npy") // Uint8Array (Node only)
 */
import { FileNotFoundError, NotImplementedError, NumpyTypeError } from "../core/errors.js";
import { pyStrRepr } from "./pyliteral.js";

/** The part of node:fs the I/O functions use. */
export interface FsLike {
  readFileSync(path: string): Uint8Array;
  writeFileSync(path: string, data: Uint8Array | string): void;
}

/** The part of node:zlib savez_compressed uses. */
export interface ZlibLike {
  deflateRawSync(data: Uint8Array, options?: { level?: number }): Uint8Array;
}

type Globals = {
  process?: { getBuiltinModule?: (name: string) => unknown; versions?: { node?: string } };
  require?: (name: string) => unknown;
};

/** A Node built-in module, or undefined outside Node (or in a Node too old to give it synchronously). */
export function builtinModule<T>(name: string): T | undefined {
  const g = globalThis as Globals;
  const get = g.process?.getBuiltinModule;
  if (typeof get === "function") return get.call(g.process, name) as T;
  if (typeof g.require === "function") return g.require(`node:${name}`) as T;
  return undefined;
}

/** node:fs, or NotImplementedError naming `fn` where there is no file system. */
export function nodeFs(fn: string): FsLike {
  const fs = builtinModule<FsLike>("fs");
  if (fs === undefined) {
    throw new NotImplementedError(
      `${fn}() with a file name needs Node's file system (Node >= 20.16); in a browser pass bytes or a file-like object instead`,
    );
  }
  // A missing file (or directory) is Python's FileNotFoundError with open()'s message.
  const opened = <T>(path: string, io: () => T): T => {
    try {
      return io();
    } catch (e) {
      if ((e as { code?: string }).code === "ENOENT") throw new FileNotFoundError(`[Errno 2] No such file or directory: ${pyStrRepr(path)}`);
      throw e;
    }
  };
  return {
    readFileSync: (path: string) => opened(path, () => fs.readFileSync(path)),
    writeFileSync: (path: string, data: Uint8Array | string) => opened(path, () => fs.writeFileSync(path, data)),
  };
}

/** True when `x` is a path (a string or a file: URL), which only Node can open. */
export function isPath(x: unknown): x is string | URL {
  return typeof x === "string" || (typeof URL !== "undefined" && x instanceof URL);
}

/** A path as a string (file: URLs converted as Node's fs does). */
export function pathText(x: string | URL): string {
  if (typeof x === "string") return x;
  if (x.protocol !== "file:") throw new NumpyTypeError(`The URL must be of scheme file (got ${x.protocol})`);
  return decodeURIComponent(x.pathname);
}
