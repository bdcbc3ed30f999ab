"""Checks that NumPy reads the files ndts wrote (see write_for_numpy.mjs); prints OK or fails."""
import sys

import numpy as np

d = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ndts-out"
a = np.arange(12, dtype=np.int16).reshape(3, 4).T
b = np.array([[1.5, -2], [np.inf, np.nan]], dtype=np.float32)
c = np.array([1 - 2j, 0.5 + 3j])
big = np.arange(100000.0).reshape(1000, 100)


def same(x, y):
    assert x.dtype == y.dtype and x.shape == y.shape, (x.dtype, y.dtype, x.shape, y.shape)
    assert x.flags.f_contiguous == y.flags.f_contiguous
    np.testing.assert_array_equal(x, y)


same(np.load(f"{d}/a.npy"), a)
with np.load(f"{d}/plain.npz") as z:
    assert z.files == ["c", "flag", "arr_0", "arr_1"], z.files
    same(z["arr_0"], a); same(z["arr_1"], b); same(z["c"], c); same(z["flag"], np.array(True))
for name in ("packed", "packed_own"):
  with np.load(f"{d}/{name}.npz") as z:
      assert z.files == ["c", "big", "arr_0", "arr_1"], z.files
      same(z["arr_0"], a); same(z["arr_1"], b); same(z["c"], c); same(z["big"], big)
      assert z.zip.getinfo("big.npy").compress_type == 8
with np.load(f"{d}/empty.npz") as z:
    assert z.files == []
print("OK: NumPy", np.__version__, "reads what ndts wrote")
