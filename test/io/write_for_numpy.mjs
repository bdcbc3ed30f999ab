// Writes files with ndts (run after the build) for test/io/check_numpy_reads.py to open with NumPy:
//   node test/io/write_for_numpy.mjs /tmp/ndts-out && /usr/bin/python3 test/io/check_numpy_reads.py /tmp/ndts-out
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as np from "../../dist/src/index.js";

const dir = process.argv[2] ?? "/tmp/ndts-out";
mkdirSync(dir, { recursive: true });
const a = np.arange(12, { dtype: "int16" }).reshape(3, 4).T;
const b = np.array([[1.5, -2], [Infinity, NaN]], { dtype: "float32" });
const c = np.array([{ re: 1, im: -2 }, { re: 0.5, im: 3 }]);
const big = np.arange(100000, { dtype: "float64" }).reshape(1000, 100);
np.save(join(dir, "a"), a);
np.savez(join(dir, "plain"), a, b, { c, flag: np.array(true) });
np.savez_compressed(join(dir, "packed"), a, b, { c, big });
np.savez(join(dir, "empty"));
// As in a browser: no node:zlib, so ndts's own DEFLATE compresses.
const bytes = (() => {
  const saved = process.getBuiltinModule;
  process.getBuiltinModule = undefined;
  try {
    return np.savez_compressed(null, a, b, { c, big });
  } finally {
    process.getBuiltinModule = saved;
  }
})();
writeFileSync(join(dir, "packed_own.npz"), bytes);
