"""The NumPy original of examples/demo.ts (the seed tutorial's examples). Its output, minus
timing lines, is the expected output of `npm run demo` (test/golden/data/demo_output.txt)."""
import io

import numpy as np


def tutorial():
    print("1. Fast Numerical Computation")
    a = [1, 2, 3]
    b = [4, 5, 6]
    c = [a[i] + b[i] for i in range(len(a))]
    print("Python list approach:", c)
    c = np.array(a) + np.array(b)
    print("NumPy approach:", c)

    print("2. Vectorization")
    w = 2.5
    b = 1.0
    x = np.linspace(0, 1, 5)
    y = w * x + b
    print("x =", x)
    print("y = w * x + b =", y)

    print("6. Broadcasting")
    X = np.array([[1, 2],
                  [3, 4]])
    b = np.array([10, 20])
    print(X + b)

    print("Linear algebra: our matrix")
    A = np.array([[2, 3],
                  [1, 4]])
    print(A)
    B = np.array([[4, 2],
                  [1, 1]])
    print(B)
    print("Transpose of A:")
    print(A.T)
    print("Matrix product np.dot(A, B):")
    print(np.dot(A, B))
    print("Inverse of A:")
    print(np.linalg.inv(A))


def ml_examples():
    """Machine-learning workloads on seeded random data: the same numbers in NumPy and ndts."""
    rng = np.random.default_rng(42)

    print("Linear regression by least squares")
    X = rng.standard_normal((200, 3))
    true_w = np.array([2.0, -1.0, 0.5])
    y = X @ true_w + 0.01 * rng.standard_normal(200)
    w = np.linalg.lstsq(X, y, rcond=None)[0]
    print("w =", np.round(w, 4))

    print("Logistic regression by gradient descent")
    Xc = rng.standard_normal((100, 2))
    labels = (Xc[:, 0] + 0.5 * Xc[:, 1] > 0).astype(np.float64)
    wl = np.zeros(2)
    for _ in range(200):
        p = 1 / (1 + np.exp(-(Xc @ wl)))
        wl = wl - 0.5 * (Xc.T @ (p - labels)) / len(labels)
    print("w =", np.round(wl, 4))
    print(f"accuracy = {np.mean((Xc @ wl > 0) == (labels == 1)):.2f}")

    print("Attention: softmax(Q K^T / sqrt(d)) V")
    Q = rng.standard_normal((4, 8))
    K = rng.standard_normal((4, 8))
    V = rng.standard_normal((4, 8))
    scores = Q @ K.T / np.sqrt(8)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    attn = e / e.sum(axis=-1, keepdims=True)
    print(np.round(attn, 4))
    print("first output row:", np.round((attn @ V)[0], 4))

    print("Cosine similarity of embeddings")
    E = rng.standard_normal((4, 16))
    En = E / np.linalg.norm(E, axis=1, keepdims=True)
    print(np.round(En @ En.T, 4))

    print("PCA: explained variance ratio")
    mix = np.array([[3, 0, 0, 0], [1, 1, 0, 0], [0, 0, 0.5, 0], [0, 0, 0, 0.1]])
    Xp = rng.standard_normal((300, 4)) @ mix
    Xp = Xp - Xp.mean(axis=0)
    s = np.linalg.svd(Xp, compute_uv=False)
    print(np.round(s**2 / np.sum(s**2), 4))

    print("FFT: the two frequencies of a signal")
    t = np.arange(256) / 256
    sig = np.sin(2 * np.pi * 12 * t) + 0.5 * np.sin(2 * np.pi * 40 * t)
    spectrum = np.abs(np.fft.rfft(sig))
    freqs = np.fft.rfftfreq(256, d=1 / 256)
    print(np.sort(freqs[np.argsort(spectrum)[-2:]]))

    print("Save and load (.npy bytes)")
    buf = io.BytesIO()
    np.save(buf, attn)
    back = np.load(io.BytesIO(buf.getvalue()))
    print(np.array_equal(back, attn), len(buf.getvalue()), "bytes")


if __name__ == "__main__":
    tutorial()
    ml_examples()
