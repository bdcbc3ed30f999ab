// The ndts kernel module. Every export is a kernel over raw heap pointers: the TypeScript op
// layer owns shapes, dtypes and broadcasting and hands these (pointer, stride, count) loops.
export { alloc, free, copy_bytes, fill_bytes } from "./memory";
