/**
 * Capturing the warnings ndts emits in Node (process.emitWarning delivers them asynchronously).
 */

/**
 * What `fn` returns, with the warnings it emits as "Category: message". Warnings of earlier tests
 * are delivered before listening starts.
 * @example const [r, seen] = await withWarnings(() => np.mean(np.array([])));
 */
export async function withWarnings<R>(fn: () => R): Promise<[R, string[]]> {
  await new Promise((r) => setImmediate(r));
  const seen: string[] = [];
  const on = (w: Error): void => void seen.push(`${w.name}: ${w.message}`);
  process.on("warning", on);
  try {
    const r = fn();
    await new Promise((r) => setImmediate(r));
    return [r, seen];
  } finally {
    process.off("warning", on);
  }
}
