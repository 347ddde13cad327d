"""Append-only numpy buffers for live curves.

A curve that grows by one point per batch must not copy its whole history on
every append: capacity doubles when full, so appends are amortised O(1), and
the views handed to pyqtgraph are plain slices (no copy).
"""

from __future__ import annotations

import numpy as np


class GrowingSeries:
    """``x`` and ``y`` float64 arrays that grow by doubling."""

    __slots__ = ("_x", "_y", "_n", "version")

    def __init__(self, capacity: int = 64) -> None:
        self._x = np.empty(max(1, capacity), dtype=np.float64)
        self._y = np.empty(max(1, capacity), dtype=np.float64)
        self._n = 0
        #: Bumped on every change, so a view knows whether it must redraw.
        self.version = 0

    def __len__(self) -> int:
        return self._n

    @property
    def capacity(self) -> int:
        """Room before the next doubling."""
        return len(self._x)

    def _grow(self, need: int) -> None:
        cap = len(self._x)
        while cap < need:
            cap *= 2
        if cap != len(self._x):
            x = np.empty(cap, dtype=np.float64)
            y = np.empty(cap, dtype=np.float64)
            x[: self._n] = self._x[: self._n]
            y[: self._n] = self._y[: self._n]
            self._x, self._y = x, y

    def append(self, x: float, y: float) -> None:
        """Add one point (NaN and inf are kept: a diverging loss must show)."""
        if self._n == len(self._x):
            self._grow(self._n + 1)
        self._x[self._n] = x
        self._y[self._n] = y
        self._n += 1
        self.version += 1

    def extend(self, xs, ys) -> None:
        """Add many points at once."""
        xs = np.asarray(xs, dtype=np.float64).ravel()
        ys = np.asarray(ys, dtype=np.float64).ravel()
        k = len(xs)
        if k == 0:
            return
        self._grow(self._n + k)
        self._x[self._n : self._n + k] = xs
        self._y[self._n : self._n + k] = ys
        self._n += k
        self.version += 1

    def clear(self) -> None:
        """Forget all points (capacity is kept)."""
        self._n = 0
        self.version += 1

    @property
    def x(self) -> np.ndarray:
        """A view of the x values so far."""
        return self._x[: self._n]

    @property
    def y(self) -> np.ndarray:
        """A view of the y values so far."""
        return self._y[: self._n]
