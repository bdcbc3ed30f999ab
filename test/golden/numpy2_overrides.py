"""Expectations where Debian's NumPy 1.24 (even under NEP 50 promotion) differs from NumPy 2.

Each entry: case id -> {"expect": <encoded result as golden.encode gives>, "cite": "<NumPy 2
documentation that states the behaviour>"}. Reviewed by hand; the generator fails on entries
whose case no longer exists.
"""

OVERRIDES = {}
