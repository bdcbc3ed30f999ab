"""Expectations where Debian's NumPy 1.24 (even under NEP 50 promotion) differs from NumPy 2.

Each entry: case id -> {"expect": <encoded result as golden.encode gives>, "cite": "<NumPy 2
documentation that states the behaviour>"}. Reviewed by hand; the generator fails on entries
whose case no longer exists.
"""

OVERRIDES = {}


# printing family: NumPy 2 printing changes (expectations computed with NumPy 2.4 and reviewed by hand).
_PRINT_SHAPE = 'NumPy 2.2+ numpy.set_printoptions, legacy: "If set to \'2.1\', shape information is not given when arrays are summarized (i.e., multiple elements replaced with ...)"; its example prints np.arange(10) with threshold=5 as \'array([0, 1, 2, ..., 7, 8, 9], shape=(10,))\' (https://numpy.org/doc/stable/reference/generated/numpy.set_printoptions.html)'
_PRINT_F32 = 'NumPy 2.3+ numpy.set_printoptions, legacy: "If set to \'2.2\', the transition to use scientific notation for printing np.float16 and np.float32 types may happen later or not at all for larger values": float32 switches at 1e6 (finfo(float32).precision = 6) instead of 1e8, and a float32 scalar\'s str at 1e6 instead of 1e16 (https://numpy.org/doc/stable/reference/generated/numpy.set_printoptions.html)'
_PRINT_SIGN = 'NumPy 2.0 numpy.array2string, sign: "versionchanged:: 2.0 The sign parameter can now be an integer type, previously types were floating-point types" (https://numpy.org/doc/stable/reference/generated/numpy.array2string.html)'
OVERRIDES.update({
    'printing/float32-mag-3-7-suppress': {"cite": _PRINT_F32, "expect": {"kind": "str", "value": "[ 5.1082153e+05  2.6912170e+03  1.8522500e+04  2.8839564e+04\n  8.4543250e+04 -1.5071919e+05 -6.5195175e+06]"}},
    'printing/float32-1e6-all-large': {"cite": _PRINT_F32, "expect": {"kind": "array", "dtype": "float32", "shape": [3], "data": "ABu3SQAk9ElAXUZK", "str": "[1.50e+06 2.00e+06 3.25e+06]", "repr": "array([1.50e+06, 2.00e+06, 3.25e+06], dtype=float32)"}},
    'printing/float32-0d-2500000.0': {"cite": _PRINT_F32, "expect": {"kind": "array", "dtype": "float32", "shape": [], "data": "gJYYSg==", "str": "2.5e+06", "repr": "array(2.5e+06, dtype=float32)"}},
    'printing/big-1d-repr': {"cite": _PRINT_SHAPE, "expect": {"kind": "str", "value": "array([-5.        , -4.99165972, -4.98331943, ...,  4.98331943,\n        4.99165972,  5.        ], shape=(1200,))"}},
    'printing/big-2d-int32-repr': {"cite": _PRINT_SHAPE, "expect": {"kind": "str", "value": "array([[393020, 796607, 610422, ..., 812217, 652699, 874043],\n       [ 37683, 430873,   9339, ..., 574751,  54163, 357781],\n       [160110, 759101, 244177, ..., 996898, 173225, 732301],\n       ...,\n       [  8320, 161453, 905249, ..., 893466, 782081, 839567],\n       [492479, 161405, 931374, ..., 294577, 719323, 510854],\n       [307392, 416196, 304815, ...,  72367, 834829, 409636]],\n      shape=(40, 30), dtype=int32)"}},
    'printing/zeros-1000x1000-repr': {"cite": _PRINT_SHAPE, "expect": {"kind": "str", "value": "array([[0., 0., 0., ..., 0., 0., 0.],\n       [0., 0., 0., ..., 0., 0., 0.],\n       [0., 0., 0., ..., 0., 0., 0.],\n       ...,\n       [0., 0., 0., ..., 0., 0., 0.],\n       [0., 0., 0., ..., 0., 0., 0.],\n       [0., 0., 0., ..., 0., 0., 0.]], shape=(1000, 1000))"}},
    'printing/full-1001-int8-repr': {"cite": _PRINT_SHAPE, "expect": {"kind": "str", "value": "array([7, 7, 7, ..., 7, 7, 7], shape=(1001,), dtype=int8)"}},
    'printing/sign-plus-int': {"cite": _PRINT_SIGN, "expect": {"kind": "str", "value": "[ +0  +5 +12]"}},
    'printing/sign-plus-intneg': {"cite": _PRINT_SIGN, "expect": {"kind": "str", "value": "[ +0  -5 +12]"}},
    'printing/sign-space-int': {"cite": _PRINT_SIGN, "expect": {"kind": "str", "value": "[  0   5  12]"}},
})

# ranges family (arange setitem of Python floats, NEP 50 float32 linspace, array base, geomspace)
OVERRIDES.update({
    'ranges/arange-uint8-negative-float': {"expect": {"error": "OverflowError", "kind": "error", "message": "Python integer -1 out of bounds for uint8"}, "cite": "NumPy 2.0 release notes (Deprecations -> NEP 50 errors): out-of-bound Python integers no longer convert to integer arrays; arange stores its first two values with the dtype setitem, which in NumPy 2 converts a Python float with int() and raises OverflowError when that int is out of bounds (numpy/_core/src/multiarray/arraytypes.c.src, @TYPE@_setitem; checked with NumPy 2.4.6)"},
    'ranges/arange-int32-float-next-overflow': {"expect": {"error": "OverflowError", "kind": "error", "message": "Python integer 3000000001 out of bounds for int32"}, "cite": "NumPy 2.0 release notes (Deprecations -> NEP 50 errors): out-of-bound Python integers no longer convert to integer arrays; arange stores its first two values with the dtype setitem, which in NumPy 2 converts a Python float with int() and raises OverflowError when that int is out of bounds (numpy/_core/src/multiarray/arraytypes.c.src, @TYPE@_setitem; checked with NumPy 2.4.6)"},
    'ranges/linspace-float32-array': {"expect": {"data": "AAAAAAAAgD8AAAA/AACgPwAAgD8AAMA/AADAPwAA4D8AAABAAAAAQA==", "dtype": "float32", "kind": "array", "shape": [5, 2]}, "cite": "NEP 50 (adopted in NumPy 2.0): Python scalars are weak, so linspace(float32 array, 2) computes in float32; numpy.linspace docs: the dtype is inferred from start and stop (checked with NumPy 2.4.6)"},
    'ranges/linspace-float32-scalar': {"expect": {"items": [{"data": "zczMPQAAgD7MzMw+zcwMPzMzMz+ZmVk/AACAPw==", "dtype": "float32", "kind": "array", "shape": [7]}, {"kind": "float", "value": 0.14999999105930328}], "kind": "list"}, "cite": "NEP 50 (adopted in NumPy 2.0): Python scalars are weak, so linspace(float32 0-d array, 1) computes in float32 and its step is float32; numpy.linspace docs: the dtype is inferred from start and stop (checked with NumPy 2.4.6)"},
    'ranges/logspace-array-base': {"expect": {"data": "AAAAAAAAEECLco35oigUQDxuPaX+ZRlAAAAAAAAAIEAAAAAAAAAiQNaGNNLi9SlA6oRgXIO4MkAAAAAAAAA7QA==", "dtype": "float64", "kind": "array", "shape": [2, 4]}, "cite": "numpy.logspace docs: .. versionchanged:: 1.25.0 Non-scalar base is now supported (checked with NumPy 2.4.6)"},
    'ranges/logspace-array-base-axis0': {"expect": {"data": "AAAAAAAA8D8AAAAAAADwPwAAAAAAAABAAAAAAAAACEAAAAAAAAAQQAAAAAAAACJA", "dtype": "float64", "kind": "array", "shape": [3, 2]}, "cite": "numpy.logspace docs: .. versionchanged:: 1.25.0 Non-scalar base is now supported (checked with NumPy 2.4.6)"},
    'ranges/geomspace-nan': {"expect": {"data": "AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/", "dtype": "float64", "kind": "array", "shape": [3]}, "cite": "NumPy 2.0 (gh-25441, API,ENH: Change definition of complex sign) rewrote numpy.geomspace to rotate by sign(start): start /= sign(start), stop /= sign(start), so a NaN start makes every sample NaN (numpy/_core/function_base.py; checked with NumPy 2.4.6)"},
})
