# near-minimax polynomial fits (Chebyshev-node interpolation, then a few Remez-like reweights skipped)
import mpmath as mp
mp.mp.dps = 60
def cheb_fit(f, a, b, deg, nodes=None):
    """Interpolate f at deg+1 Chebyshev nodes on [a,b]; returns coeffs c0..cdeg (mpf)."""
    n = deg + 1
    xs = [ (a+b)/2 + (b-a)/2*mp.cos(mp.pi*(2*k+1)/(2*n)) for k in range(n)]
    A = mp.matrix([[x**j for j in range(n)] for x in xs])
    y = mp.matrix([f(x) for x in xs])
    c = mp.lu_solve(A, y)
    return [c[j] for j in range(n)]
def remez(f, a, b, deg, w=lambda x: 1, iters=8):
    """Discrete Remez (minimax of (f - p)*w)."""
    n = deg + 1
    xs = [ (a+b)/2 + (b-a)/2*mp.cos(mp.pi*k/(n)) for k in range(n+1)]
    xs.sort()
    for it in range(iters):
        A = mp.matrix(n+1, n+1); y = mp.matrix(n+1, 1)
        for i, x in enumerate(xs):
            for j in range(n): A[i, j] = x**j * w(x)
            A[i, n] = (-1)**i
            y[i] = f(x) * w(x)
        s = mp.lu_solve(A, y)
        c = [s[j] for j in range(n)]
        # find extrema of error on a fine grid
        M = 2000
        g = [a + (b-a)*k/M for k in range(M+1)]
        e = [ (f(x) - sum(c[j]*x**j for j in range(n)))*w(x) for x in g]
        # pick alternating extrema
        ext = []
        for k in range(M+1):
            left = e[k-1] if k > 0 else None; right = e[k+1] if k < M else None
            if (left is None or abs(e[k]) >= abs(left)) and (right is None or abs(e[k]) >= abs(right)):
                ext.append((g[k], e[k]))
        # merge same-sign neighbours keeping biggest
        alt = []
        for x, v in ext:
            if alt and (alt[-1][1] > 0) == (v > 0):
                if abs(v) > abs(alt[-1][1]): alt[-1] = (x, v)
            else: alt.append((x, v))
        while len(alt) > n + 1:
            # drop smallest at ends
            if abs(alt[0][1]) < abs(alt[-1][1]): alt.pop(0)
            else: alt.pop()
        if len(alt) < n + 1: break
        xs = [x for x, _ in alt]
    err = max(abs(v) for v in e)
    return c, err
def f64(v): return float(v)
