/**
 * Strided iteration: reduces a loop over N operands of one shape to runs of
 * (address per operand, stride per operand, count) along the innermost axis, after putting the
 * axes in memory order and merging axes that are contiguous in every operand. Kernels, in
 * TypeScript or WebAssembly, only ever see such runs.
 *
 * @example
 * forEachRun([2, 3], [0, 100], [[24, 8], [8, 16]], (p, s, n) => kernel(p[0], s[0], p[1], s[1], n));
 */

/** One run: p[k] is operand k's byte address, s[k] its byte stride, n the element count. */
export type RunFn = (p: number[], s: readonly number[], n: number) => void;

/**
 * Puts axes in the order that walks operand 0's memory forward where possible (largest stride
 * outermost), then merges axes that are contiguous in every operand. Returns the new shape and
 * strides; drops length-1 axes.
 */
export function simplify(
  shape: readonly number[],
  strides: readonly (readonly number[])[],
): { shape: number[]; strides: number[][] } {
  const nop = strides.length;
  const axes: number[] = [];
  for (let d = 0; d < shape.length; d++) if (shape[d] !== 1) axes.push(d);
  // Stable insertion sort: by |stride| of the first operand that distinguishes, descending.
  for (let i = 1; i < axes.length; i++) {
    const a = axes[i]!;
    let j = i - 1;
    while (j >= 0 && shouldSwap(strides, axes[j]!, a, nop)) {
      axes[j + 1] = axes[j]!;
      j--;
    }
    axes[j + 1] = a;
  }
  const outShape: number[] = [];
  const outStrides: number[][] = [];
  for (let k = 0; k < nop; k++) outStrides.push([]);
  for (const d of axes) {
    const n = outShape.length;
    if (n > 0) {
      let merge = true;
      for (let k = 0; k < nop; k++) {
        if (outStrides[k]![n - 1] !== strides[k]![d]! * shape[d]!) {
          merge = false;
          break;
        }
      }
      if (merge) {
        outShape[n - 1]! *= shape[d]!;
        for (let k = 0; k < nop; k++) outStrides[k]![n - 1] = strides[k]![d]!;
        continue;
      }
    }
    outShape.push(shape[d]!);
    for (let k = 0; k < nop; k++) outStrides[k]!.push(strides[k]![d]!);
  }
  return { shape: outShape, strides: outStrides };
}

/** Whether axis b should come before (be more outer than) axis a. */
function shouldSwap(strides: readonly (readonly number[])[], a: number, b: number, nop: number): boolean {
  for (let k = 0; k < nop; k++) {
    const sa = Math.abs(strides[k]![a]!);
    const sb = Math.abs(strides[k]![b]!);
    if (sa === 0 || sb === 0) continue;
    if (sa !== sb) return sb > sa;
  }
  return false;
}

/**
 * Calls `run` once per innermost run of the iteration space, in memory order of operand 0.
 * `ptrs` are the operands' byte addresses of element (0, ..., 0).
 */
export function forEachRun(
  shape: readonly number[],
  ptrs: readonly number[],
  strides: readonly (readonly number[])[],
  run: RunFn,
): void {
  for (let d = 0; d < shape.length; d++) if (shape[d] === 0) return;
  const nop = ptrs.length;
  const simple = simplify(shape, strides);
  const sh = simple.shape;
  const st = simple.strides;
  const nd = sh.length;
  const p = ptrs.slice();
  if (nd === 0) {
    run(p, new Array<number>(nop).fill(0), 1);
    return;
  }
  const inner = st.map((s) => s[nd - 1]!);
  const n = sh[nd - 1]!;
  if (nd === 1) {
    run(p, inner, n);
    return;
  }
  const idx = new Array<number>(nd - 1).fill(0);
  for (;;) {
    run(p, inner, n);
    let d = nd - 2;
    for (; d >= 0; d--) {
      for (let k = 0; k < nop; k++) p[k]! += st[k]![d]!;
      if (++idx[d]! < sh[d]!) break;
      for (let k = 0; k < nop; k++) p[k]! -= st[k]![d]! * sh[d]!;
      idx[d] = 0;
    }
    if (d < 0) return;
  }
}

/** Calls `visit(address)` for each element in C (row-major) order of the logical shape. */
export function forEachAddressC(
  shape: readonly number[],
  strides: readonly number[],
  ptr: number,
  visit: (addr: number) => void,
): void {
  const nd = shape.length;
  for (let d = 0; d < nd; d++) if (shape[d] === 0) return;
  if (nd === 0) {
    visit(ptr);
    return;
  }
  const idx = new Array<number>(nd).fill(0);
  const last = nd - 1;
  const n = shape[last]!;
  const s = strides[last]!;
  let p = ptr;
  for (;;) {
    for (let i = 0, q = p; i < n; i++, q += s) visit(q);
    let d = last - 1;
    for (; d >= 0; d--) {
      p += strides[d]!;
      if (++idx[d]! < shape[d]!) break;
      p -= strides[d]! * shape[d]!;
      idx[d] = 0;
    }
    if (d < 0) return;
  }
}
