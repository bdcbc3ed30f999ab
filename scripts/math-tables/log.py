import mpmath as mp, struct
from fit import remez
mp.mp.dps = 40
def bits(x): return struct.unpack('<Q', struct.pack('<d', x))[0]
def dbl(b): return struct.unpack('<d', struct.pack('<Q', b))[0]
h = mp.mpf(2)**-9 * mp.mpf('1.02')
g = lambda r: (mp.log1p(r) - r)/r**2 if r != 0 else mp.mpf(-0.5)
c, err = remez(g, -h, h, 3, w=lambda r: r*r)
print("log poly abs err log2:", mp.nstr(mp.log(err, 2), 5), [repr(float(x)) for x in c])
OFF = 0x3fe6000000000000
N = 256
rows = []
worst = 0
for i in range(N):
    zlo = dbl(OFF + i * (1 << 44)); zhi = dbl(OFF + (i + 1) * (1 << 44))
    center = (mp.mpf(zlo) + mp.mpf(zhi)) / 2
    c0 = float(center)
    best = None
    for j in range(-1024, 1025):
        cc = dbl(bits(c0) + j)
        L = mp.log(mp.mpf(cc))
        Ld = float(L)
        e = abs(L - Ld) / abs(Ld) if Ld != 0 else 0
        if best is None or e < best[0]:
            best = (e, cc, Ld)
    e, cc, Ld = best
    worst = max(worst, e)
    inv = float(1 / mp.mpf(cc))
    rows.append((cc, inv, Ld))
print("worst logc rel err log2:", mp.nstr(mp.log(worst, 2), 5))
with open("log_table.txt", "w") as f:
    for cc, inv, Ld in rows:
        f.write(f"{repr(cc)} {repr(inv)} {repr(Ld)}\n")
