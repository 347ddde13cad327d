"""Toy sequence tasks that show attention at work: reverse (or sort) a sequence of digits.

Each example is ``length`` digits 0-9 drawn at random (input tokens); the answer is
the same number of positions, one digit each: the input read backwards (``reverse``)
or in increasing order (``sort``). To reverse, output place ``i`` must look at input
place ``length - 1 - i``: a trained attention head shows that as the anti-diagonal of
its map. Sorting needs every place to look at the whole input.

Pure NumPy, deterministic for a seed.
"""

from __future__ import annotations

import numpy as np

TASKS = ("reverse", "sort")


def digit_task(task: str, samples: int, length: int = 10, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Inputs ``(samples, length)`` and answers ``(samples, length)``, both int64 digits."""
    if task not in TASKS:
        raise ValueError(f"task must be one of {', '.join(TASKS)}, not {task!r}")
    if samples < 1 or length < 1:
        raise ValueError("samples and length must be at least 1")
    rng = np.random.default_rng(seed)
    x = rng.integers(0, 10, (samples, length), dtype=np.int64)
    y = x[:, ::-1].copy() if task == "reverse" else np.sort(x, axis=1)
    return x, y


__all__ = ["TASKS", "digit_task"]
