"""A small seeded random generator that the browser client reproduces bit for bit.

The head process (head.py) draws from it; web/src/rng.js is the same code in JavaScript, so a
browser sender with the same seed makes the same blinks, saccades and sway as ``photocall send``.
Core: xoshiro128** (32-bit words: only shifts, xor and 32-bit multiplies, which JavaScript's
``Math.imul`` does exactly), seeded by splitmix32. Doubles take 53 bits from two words; normals
come from Box–Muller (the second value of each pair is kept); gammas from Marsaglia–Tsang.
"""

from __future__ import annotations

import math

import numpy as np

_M32 = 0xFFFFFFFF


def _rotl(x: int, k: int) -> int:
    return ((x << k) | (x >> (32 - k))) & _M32


class PortableRng:
    def __init__(self, seed: int):
        s = seed & _M32
        words = []
        for _ in range(4):  # splitmix32
            s = (s + 0x9E3779B9) & _M32
            z = s
            z = ((z ^ (z >> 16)) * 0x85EBCA6B) & _M32
            z = ((z ^ (z >> 13)) * 0xC2B2AE35) & _M32
            words.append(z ^ (z >> 16))
        if not any(words):
            words[0] = 1
        self._s = words
        self._spare: float | None = None

    def next_u32(self) -> int:
        s = self._s
        result = (_rotl((s[1] * 5) & _M32, 7) * 9) & _M32
        t = (s[1] << 9) & _M32
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = _rotl(s[3], 11)
        return result

    def random(self) -> float:
        """Uniform in [0, 1), 53 bits."""
        a, b = self.next_u32() >> 5, self.next_u32() >> 6
        return (a * 67108864.0 + b) / 9007199254740992.0

    def uniform(self, low: float, high: float) -> float:
        return low + (high - low) * self.random()

    def normal(self) -> float:
        if self._spare is not None:
            z, self._spare = self._spare, None
            return z
        r = math.sqrt(-2.0 * math.log(1.0 - self.random()))
        phi = 2.0 * math.pi * self.random()
        self._spare = r * math.sin(phi)
        return r * math.cos(phi)

    def standard_normal(self, n: int) -> np.ndarray:
        return np.array([self.normal() for _ in range(n)])

    def gamma(self, shape: float, scale: float) -> float:
        """Marsaglia–Tsang, for shape ≥ 1."""
        if shape < 1.0:
            raise ValueError(f"gamma shape must be ≥ 1, got {shape}")
        d = shape - 1.0 / 3.0
        c = 1.0 / math.sqrt(9.0 * d)
        while True:
            x = self.normal()
            v = 1.0 + c * x
            if v <= 0.0:
                continue
            v = v * v * v
            u = self.random()
            if u < 1.0 - 0.0331 * x * x * x * x:
                return d * v * scale
            if math.log(u) < 0.5 * x * x + d * (1.0 - v + math.log(v)):
                return d * v * scale
