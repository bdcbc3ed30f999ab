// The ndts kernel module. Every export is a kernel over raw heap pointers: the TypeScript op
// layer owns shapes, dtypes and broadcasting and hands these (pointer, stride, count) loops.
// Naming: <op>_<dtype> with dtype codes b, i8, u8, i16, u16, i32, u32, i64, u64, f32, f64,
// c64, c128. Strides are in bytes.
export { alloc, free, copy_bytes, fill_bytes, copy_tiled, fancy_run } from "./memory";
export * from "./scan";
export * from "./arith";
export * from "./transcendental";
export * from "./select";
export * from "./sequence";
export * from "./linalg/gemm";
export * from "./linalg/loops";
export * from "./linalg/orthogonal";
export * from "./sort";
export * from "./linalg/lu";
export * from "./linalg/tridiag";
