"""The NumPy original of examples/demo.ts (the seed tutorial's examples). Its output, minus
timing lines, is the expected output of `npm run demo` (test/golden/data/demo_output.txt)."""
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


if __name__ == "__main__":
    tutorial()
