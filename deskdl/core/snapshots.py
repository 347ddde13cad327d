"""Per-epoch snapshots kept within a memory budget, for scrubbing back through a run.

A long run sends a picture (a decision-boundary grid, say) every epoch; keeping them all
would grow without end. :class:`EpochSnapshots` stores compact copies (float16 by
default: pictures in 0..1 lose nothing visible) of every ``stride``-th snapshot plus the
newest; when the budget is exceeded the stride doubles and the snapshots off it go, so
the kept epochs stay evenly spread over the whole run and memory stays under
``max_bytes`` however long it trains.
"""

from __future__ import annotations

import bisect
from typing import Any

import numpy as np

#: Default budget per stream of snapshots.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024


class EpochSnapshots:
    """Arrays by epoch (ascending), thinned to stay within ``max_bytes``."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES, dtype: Any = np.float16) -> None:
        self.max_bytes = int(max_bytes)
        self.dtype = dtype
        self.clear()
        self.dropped = 0

    def __len__(self) -> int:
        return len(self._epochs)

    @property
    def epochs(self) -> list[float]:
        """The epochs kept, ascending."""
        return list(self._epochs)

    def clear(self) -> None:
        """Forget everything (a new run)."""
        self._epochs: list[float] = []
        self._arrays: list[np.ndarray] = []
        self._extra: list[Any] = []
        self._order: list[int] = []  # arrival number of each kept snapshot
        self._count = 0
        self.stride = 1
        self.nbytes = 0

    def _keep(self, i: int) -> bool:
        """Whether item ``i`` stays: on the stride, the first, or the newest."""
        return self._order[i] % self.stride == 0 or i == 0 or i == len(self._order) - 1

    def _drop(self, keep: list[int]) -> None:
        self.dropped += len(self._epochs) - len(keep)
        for name in ("_epochs", "_arrays", "_extra", "_order"):
            items = getattr(self, name)
            setattr(self, name, [items[i] for i in keep])
        self.nbytes = sum(a.nbytes for a in self._arrays)

    def add(self, epoch: float, array: Any, extra: Any = None) -> None:
        """Keep a compact copy of ``array`` for ``epoch`` (epochs arrive in order; the same one replaces)."""
        a = np.array(array, dtype=self.dtype, copy=True)
        e = float(epoch)
        if self._epochs and self._epochs[-1] == e:
            self.nbytes += a.nbytes - self._arrays[-1].nbytes
            self._arrays[-1], self._extra[-1] = a, extra
            return
        if self._epochs and e < self._epochs[-1]:  # an earlier epoch again: a new run
            self.clear()
        if len(self._order) > 1 and self._order[-1] % self.stride:
            self._drop(list(range(len(self._order) - 1)))  # the old newest was only kept as the newest
        self._epochs.append(e)
        self._arrays.append(a)
        self._extra.append(extra)
        self._order.append(self._count)
        self._count += 1
        self.nbytes += a.nbytes
        while self.nbytes > self.max_bytes and len(self._epochs) > 2:
            self.stride *= 2
            self._drop([i for i in range(len(self._order)) if self._keep(i)])

    def index_at(self, epoch: float) -> int | None:
        """Index of the last snapshot at or before ``epoch`` (the first one if all are later)."""
        if not self._epochs:
            return None
        i = bisect.bisect_right(self._epochs, float(epoch)) - 1
        return max(i, 0)

    def at(self, epoch: float) -> tuple[float, np.ndarray, Any] | None:
        """``(epoch kept, array, extra)`` shown for ``epoch`` (see :meth:`index_at`)."""
        i = self.index_at(epoch)
        if i is None:
            return None
        return self._epochs[i], self._arrays[i], self._extra[i]
