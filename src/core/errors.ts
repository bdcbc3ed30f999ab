/**
 * NumPy's exception classes, as JS Error subclasses with NumPy's names and messages.
 *
 * @example
 * try { np.zeros([2, 3]).reshape(4); } catch (e) { e instanceof np.ValueError; } // true
 */

/** NumPy's (Python's) ValueError. */
export class ValueError extends Error {
  override name = "ValueError";
}

/** Python's TypeError; also a JS TypeError. */
export class NumpyTypeError extends TypeError {
  override name = "TypeError";
}

/** NumPy's UFuncTypeError: no ufunc loop fits, or a cast the casting rule forbids. */
export class UFuncTypeError extends NumpyTypeError {
  override name = "UFuncTypeError";
}

/** Python's ZeroDivisionError (np.arange with step 0). */
export class ZeroDivisionError extends Error {
  override name = "ZeroDivisionError";
}

/** Python's IndexError; also a JS RangeError. */
export class IndexError extends RangeError {
  override name = "IndexError";
}

/** Python's OverflowError. */
export class OverflowError extends Error {
  override name = "OverflowError";
}

/** Python's AttributeError (e.g. a shape assignment that would need a copy). */
export class AttributeError extends Error {
  override name = "AttributeError";
}

/** Python's NotImplementedError. */
export class NotImplementedError extends Error {
  override name = "NotImplementedError";
}

/** Python's RuntimeError (numpy.cov's checks of its weights). */
export class RuntimeError extends Error {
  override name = "RuntimeError";
}

/** Python's MemoryError. */
export class MemoryError extends Error {
  override name = "MemoryError";
}

/** numpy.exceptions.AxisError: an axis out of range (a ValueError, and an IndexError in NumPy). */
export class AxisError extends ValueError {
  override name = "AxisError";
  /**
   * @example new np.AxisError(2, 2) // "axis 2 is out of bounds for array of dimension 2"
   */
  constructor(axis: number | string, ndim?: number, prefix?: string) {
    if (typeof axis === "string" || ndim === undefined) super(String(axis));
    else {
      const msg = `axis ${axis} is out of bounds for array of dimension ${ndim}`;
      super(prefix ? `${prefix}: ${msg}` : msg);
    }
  }
}

/** numpy.linalg.LinAlgError, e.g. "Singular matrix". */
export class LinAlgError extends ValueError {
  override name = "LinAlgError";
}

/** Python's NameError (np.errstate's "call"/"log" modes with no callback set). */
export class NameError extends Error {
  override name = "NameError";
}

/** Python's FloatingPointError, raised under `np.errstate({...: "raise"})`. */
export class FloatingPointError extends Error {
  override name = "FloatingPointError";
}

/** Python's KeyError (a lookup of an unknown key: np.typename's code, np.require's flag, an NpzFile member); its message is the key's repr. */
export class KeyError extends Error {
  override name = "KeyError";
}

/** Python's FileNotFoundError (np.load, np.loadtxt, np.fromfile ... of a missing path in Node). */
export class FileNotFoundError extends Error {
  override name = "FileNotFoundError";
}

/** Python's EOFError (np.load of an empty file). */
export class EOFError extends Error {
  override name = "EOFError";
}

// AxisError is both a ValueError and an IndexError in NumPy.
Object.defineProperty(IndexError, Symbol.hasInstance, {
  value(x: unknown): boolean {
    return x instanceof AxisError || Function.prototype[Symbol.hasInstance].call(this, x);
  },
});
