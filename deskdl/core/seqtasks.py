"""Toy sequence tasks: reverse (or sort) a sequence of digits; remember a first token (long range).

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


def first_token_task(samples: int, steps: int = 50, classes: int = 4, distractors: int = 4,
                     seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """A long-range task: remember the first token of a sequence until its end.

    Each example is ``steps`` tokens: the first is one of ``classes`` signal tokens
    (``0 .. classes - 1``), every later one a distractor drawn from ``distractors`` others
    (``classes .. classes + distractors - 1``). The answer is the first token: a network
    that reads the sequence one step at a time must carry it over ``steps - 1`` steps, so
    what the loss says about it has to travel back through every step (backpropagation
    through time). Returns inputs ``(samples, steps)`` and answers ``(samples,)``, int64.
    """
    if samples < 1 or steps < 1 or classes < 2 or distractors < 1:
        raise ValueError("samples and steps must be at least 1, classes at least 2, distractors at least 1")
    rng = np.random.default_rng(seed)
    x = rng.integers(classes, classes + distractors, (samples, steps), dtype=np.int64)
    x[:, 0] = rng.integers(0, classes, samples, dtype=np.int64)
    return x, x[:, 0].copy()


__all__ = ["TASKS", "digit_task", "first_token_task"]
