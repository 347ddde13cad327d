"""Per-epoch snapshots within a memory budget (measured over a long run) for scrubbing."""

from __future__ import annotations

import numpy as np

from deskdl.core.snapshots import EpochSnapshots


def test_keeps_every_epoch_while_small_and_finds_the_one_at_or_before():
    s = EpochSnapshots(max_bytes=10_000)
    for e in range(1, 6):
        s.add(e, np.full((4, 4), e / 10), extra=f"e{e}")
    assert s.epochs == [1, 2, 3, 4, 5] and s.nbytes == 5 * 16 * 2  # float16
    got_epoch, arr, extra = s.at(3.5)
    assert got_epoch == 3 and extra == "e3" and arr.dtype == np.float16
    assert float(arr[0, 0]) == np.float16(0.3)
    assert s.at(0)[0] == 1  # before the first: the first
    s.add(5, np.zeros((4, 4)), extra="again")  # the same epoch again replaces it
    assert len(s) == 5 and s.at(5)[2] == "again"
    s.add(1, np.zeros((4, 4)))  # epoch 1 again: a new run starts
    assert s.epochs == [1]


def test_memory_stays_bounded_over_a_long_run():
    """10,000 epochs of a 64x64x3 boundary picture (24 KB each in float16) in a 2 MiB budget."""
    budget = 2 * 1024 * 1024
    s = EpochSnapshots(max_bytes=budget)
    one = np.random.default_rng(0).random((64, 64, 3))
    peak = 0
    for e in range(1, 10_001):
        s.add(e, one)
        peak = max(peak, s.nbytes)
    assert peak <= budget and s.nbytes <= budget
    assert s.epochs[0] == 1 and s.epochs[-1] == 10_000  # the first and the newest are always kept
    assert len(s) >= budget // one.astype(np.float16).nbytes // 2  # at least half the budget is used
    gaps = np.diff(s.epochs[:-1])
    assert gaps.max() <= 2 * gaps.min()  # evenly spread over the whole run
    assert s.dropped == 10_000 - len(s)
    s.clear()
    assert len(s) == 0 and s.nbytes == 0 and s.at(3) is None
