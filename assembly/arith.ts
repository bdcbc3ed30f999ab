// Arithmetic, comparison, bitwise, casting and reduction kernels (work in progress).
export function _arith_placeholder(): void {}
