// Vectorised transcendental kernels (work in progress).
export function _transcendental_placeholder(): void {}
