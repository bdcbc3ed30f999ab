"""log: the 256-entry (1/c, log c) table and the polynomial of log1p(r) on |r| <= 2^-9.

x = 2^k z with z in [0.6865, 1.3730): k and the table index i come from asuint64(x) - OFF, with
OFF = 0x3fe5f80000000000 placing x = 1 inside interval 160, whose c is exactly 1 (log c = 0, r =
z - 1 exact). So the same formula is accurate near 1 with no separate path: log x = k ln2 +
log c + log1p(r), log1p(r) = r - r^2/2 + r^3 Q(r), Q minimax for the error relative to r.
Every other c is a double near its interval's centre, chosen so that log(c) is within 2^-62.5
(relative) of a double. Prints the table as TypeScript rows.
"""
import mpmath as mp, struct
from fit import remez
mp.mp.dps = 40
def bits(x): return struct.unpack('<Q', struct.pack('<d', x))[0]
def dbl(b): return struct.unpack('<d', struct.pack('<Q', b))[0]
h = mp.mpf(2)**-9 * mp.mpf('1.02')
g = lambda r: (mp.log1p(r) - r + r * r / 2) / r**3 if r != 0 else mp.mpf(1) / 3
q, err = remez(g, -h, h, 3, w=lambda r: r * r)
print("// Q, error relative to r: 2^" + mp.nstr(mp.log(err, 2), 5), [repr(float(x)) for x in q])
OFF = 0x3fe5f80000000000
ONE_AT = 160
N = 256
rows = []
worst = 0
for i in range(N):
    if i == ONE_AT:
        rows.append((1.0, 1.0, 0.0))
        continue
    zlo = dbl(OFF + i * (1 << 44)); zhi = dbl(OFF + (i + 1) * (1 << 44))
    centre = (mp.mpf(zlo) + mp.mpf(zhi)) / 2
    best = None
    # Neighbours of a point near a simple fraction (0.75, 1.25, ...) give only a few distinct
    # rounding errors of log c, so the search also moves the starting point (by multiples of
    # 2^-29, less than 2^-16 in all: |r| stays below 1.02 * 2^-9).
    for t in range(4096):
        c0 = float(centre + ((t * 2731) % 4096 - 2048) * mp.mpf(2)**-29) if t else float(centre)
        for j in range(-16, 17) if t else range(-1024, 1025):
            cc = dbl(bits(c0) + j)
            L = mp.log(mp.mpf(cc))
            Ld = float(L)
            e = abs(L - Ld) / abs(Ld)
            if best is None or e < best[0]:
                best = (e, cc, Ld)
        if best[0] < mp.mpf(2)**-62.5:
            break
    e, cc, Ld = best
    worst = max(worst, e)
    rows.append((cc, float(1 / mp.mpf(cc)), Ld))
print("// worst log c relative error: 2^" + mp.nstr(mp.log(worst, 2), 5))
print("LOG_T:")
for k in range(0, N, 2):
    print("  " + ", ".join(f"{repr(inv)}, {repr(L)}" for _, inv, L in rows[k:k + 2]) + ",")
print("LOG_C:")
for k in range(0, N, 4):
    print("  " + ", ".join(repr(c) for c, _, _ in rows[k:k + 4]) + ",")
