"""A Keras-free stand-in for ``deskdl.ml.training.run_training``, for fast worker/panel tests."""

from __future__ import annotations

import threading
import time

import numpy as np


class FakeControl:
    """Same surface as the ml TrainingControl: thread-safe events."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._go = threading.Event()
        self._go.set()
        self._steps = 0
        self._lock = threading.Lock()

    def stop(self) -> None:
        self._stop.set()
        self._go.set()

    def pause(self) -> None:
        self._go.clear()

    def resume(self) -> None:
        self._go.set()

    def step(self) -> None:
        with self._lock:
            self._steps += 1
        self._go.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    @property
    def is_paused(self) -> bool:
        return not self._go.is_set()

    def checkpoint(self) -> None:
        """Called after each batch: block while paused; a step lets exactly one batch through."""
        while not self._go.wait(0.01):
            pass
        with self._lock:
            if self._steps:
                self._steps -= 1
                self._go.clear()  # the next checkpoint blocks again


def fake_runner(epochs=3, steps=10, delay=0.002, nan_at=None, fail_at=None, probe=True):
    """A runner that reports like the real one; behaviour chosen by the arguments."""

    def run(job, reporter, control):
        reporter.run_started({"epochs": epochs, "steps_per_epoch": steps})
        done_batches = 0
        for e in range(epochs):
            reporter.epoch_started(e)
            loss = 1.0 / (1 + e)
            for b in range(steps):
                if control.stopped:
                    return {"status": "stopped", "history": {}, "batches": done_batches}
                if fail_at is not None and (e, b) == fail_at:
                    raise ValueError("Input 0 of layer dense is incompatible: expected shape (None, 3)")
                time.sleep(delay)
                value = float("nan") if nan_at is not None and (e, b) >= nan_at else loss - 0.01 * b
                reporter.batch_ended(e, b, {"loss": value, "accuracy": 0.5 + 0.01 * b}, steps=steps)
                done_batches += 1
                control.checkpoint()
            reporter.epoch_ended(e, {"loss": loss, "accuracy": 0.6, "val_loss": loss * 1.1,
                                     "val_accuracy": 0.55, "lr": 0.01})
            if probe:
                xs = np.linspace(-1, 1, 16)
                gx, gy = np.meshgrid(xs, xs)
                p1 = 1 / (1 + np.exp(-(e + 1) * gx * gy * 4))
                reporter.probe({"grid": {"extent": (-1.2, 1.2, -1.2, 1.2),
                                         "values": np.stack([1 - p1, p1], -1)}, "epoch": e + 1})
        return {"status": "finished", "batches": done_batches, "model": None}

    return run
