"""The Keras worker: one thread, signals carry copies, stop/pause/step via the control."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.qt.workers import SignalReporter, TrainingHost, TrainingWorker, format_seconds, plain, time_left
from tests._fake_training import FakeControl, fake_runner


@pytest.fixture
def make_host(qtbot):
    hosts = []

    def make(**kw):
        host = TrainingHost(runner=fake_runner(**kw), control_factory=FakeControl)
        hosts.append(host)
        return host

    yield make
    for h in hosts:
        assert h.shutdown(10_000)


class Sink:
    """GUI-thread receiver with real slots (worker signals never go to lambdas)."""

    def __init__(self, worker):
        from PySide6.QtCore import QObject, Signal, Slot

        class _S(QObject):
            done = Signal(object)  # GUI-thread relays, safe for qtbot.waitSignal
            fail = Signal(str, str)

            def __init__(s):
                super().__init__()
                s.batches, s.epochs, s.probes, s.failed, s.finished = [], [], [], [], []

            @Slot(object)
            def on_finished(s, p):
                s.finished.append(p)
                s.done.emit(p)

            @Slot(object)
            def on_batch(s, p):
                s.batches.append(p)

            @Slot(object)
            def on_epoch(s, p):
                s.epochs.append(p)

            @Slot(object)
            def on_probe(s, p):
                s.probes.append(p)

            @Slot(str, str)
            def on_failed(s, m, d):
                s.failed.append((m, d))
                s.fail.emit(m, d)

        self.obj = _S()
        worker.batch_ended.connect(self.obj.on_batch)
        worker.epoch_ended.connect(self.obj.on_epoch)
        worker.probe_ready.connect(self.obj.on_probe)
        worker.run_failed.connect(self.obj.on_failed)
        worker.run_finished.connect(self.obj.on_finished)
        self.done = self.obj.done
        self.fail = self.obj.fail


def test_plain_copies_arrays_and_numbers():
    a = np.arange(3.0)
    out = plain({"a": a, "n": np.float32(2.5), "l": [np.int64(3)]})
    assert out["a"] is not a and np.array_equal(out["a"], a)
    assert isinstance(out["n"], float) and out["l"] == [3]


def test_time_left_and_format():
    assert time_left(10.0, 1, 4) == pytest.approx(30.0)
    assert format_seconds(65) == "1:05"
    assert format_seconds(None) == "…"


def test_run_finishes_on_the_worker_thread(qtbot, make_host):
    host = make_host(epochs=2, steps=5)
    sink = Sink(host.worker)
    with qtbot.waitSignal(sink.done, timeout=10_000) as blocker:
        host.start_training(job=None, run_id="run-1")
    assert blocker.args[0]["run_id"] == "run-1"
    assert not sink.obj.failed
    assert [e["epoch"] for e in sink.obj.epochs] == [0, 1]
    rows = [r for p in sink.obj.batches for r in p["rows"]]
    assert len(rows) == 10  # throttled signals still carry every batch
    assert sink.obj.probes and sink.obj.probes[-1]["grid"]["values"].shape == (16, 16, 2)
    qtbot.waitUntil(lambda: not host.training, timeout=5000)


def test_batch_signals_are_throttled(qtbot, make_host):
    host = make_host(epochs=1, steps=200, delay=0.0005, probe=False)
    sink = Sink(host.worker)
    with qtbot.waitSignal(sink.done, timeout=10_000):
        host.start_training(None)
    rows = sum(len(p["rows"]) for p in sink.obj.batches)
    assert rows == 200
    assert len(sink.obj.batches) < 60  # ~0.1 s of work -> a handful of signals, not 200


class CountingControl(FakeControl):
    """Counts the batches that passed their checkpoint, and how many had when stop() came."""

    def __init__(self) -> None:
        super().__init__()
        self.passed = 0
        self.at_stop: int | None = None

    def checkpoint(self) -> None:
        super().checkpoint()
        self.passed += 1

    def stop(self) -> None:
        self.at_stop = self.passed
        super().stop()


def test_stop_within_one_batch(qtbot):
    controls = []

    def factory():
        controls.append(CountingControl())
        return controls[-1]

    host = TrainingHost(runner=fake_runner(epochs=50, steps=50, delay=0.005), control_factory=factory)
    sink = Sink(host.worker)
    try:
        with qtbot.waitSignal(sink.done, timeout=10_000) as blocker:
            host.start_training(None)
            qtbot.waitUntil(lambda: bool(sink.obj.batches), timeout=5000)
            host.stop()
        result = blocker.args[0]["result"]
        (control,) = controls
        assert result["status"] == "stopped" and control.at_stop is not None
        # At most the batch that was running when stop() came finishes; no further batch starts.
        assert control.at_stop <= result["batches"] <= control.at_stop + 1 < 50 * 50
        assert sum(len(p["rows"]) for p in sink.obj.batches) == result["batches"]  # every batch reported
    finally:
        assert host.shutdown(10_000)


def test_pause_resume_and_step(qtbot, make_host):
    host = make_host(epochs=1, steps=400, delay=0.002, probe=False)
    sink = Sink(host.worker)
    host.start_training(None)
    qtbot.waitUntil(lambda: bool(sink.obj.batches), timeout=5000)
    host.pause()
    qtbot.wait(100)
    n0 = sum(len(p["rows"]) for p in sink.obj.batches)
    qtbot.wait(150)
    n1 = sum(len(p["rows"]) for p in sink.obj.batches)
    assert n1 == n0  # paused: nothing moves
    host.step()
    qtbot.waitUntil(lambda: sum(len(p["rows"]) for p in sink.obj.batches) == n1 + 1, timeout=3000)
    with qtbot.waitSignal(sink.done, timeout=10_000):
        host.resume()


def test_error_becomes_run_failed_and_finished_still_comes(qtbot, make_host):
    host = make_host(epochs=2, steps=5, fail_at=(1, 2))
    sink = Sink(host.worker)
    with qtbot.waitSignal(host.training_changed, timeout=10_000, check_params_cb=lambda t: not t):
        host.start_training(None)
    message, details = sink.obj.failed[0]
    assert not sink.obj.finished
    assert "incompatible" in message and "Traceback" in details
    qtbot.waitUntil(lambda: not host.training, timeout=5000)


def test_calls_run_one_at_a_time_on_the_same_thread(qtbot, make_host):
    import threading

    host = make_host()
    seen = []

    def who(i):
        seen.append((i, threading.get_ident()))
        return i

    with qtbot.waitSignal(host.busy_changed, timeout=5000, check_params_cb=lambda b: not b):
        for i in range(3):
            host.call(who, i)
    assert [i for i, _ in seen] == [0, 1, 2]
    assert len({t for _, t in seen}) == 1 and seen[0][1] != threading.get_ident()


def test_reporter_flushes_when_paused():
    worker = TrainingWorker()
    got = []
    worker.batch_ended.connect(got.append)  # same thread: direct call, fine in a unit test
    control = FakeControl()
    rep = SignalReporter(worker, "r", control, interval=100.0)
    rep.batch_ended(0, 0, {"loss": 1.0})
    rep.batch_ended(0, 1, {"loss": 1.0})
    assert len(got) == 1  # first flush is immediate, then throttled
    control.pause()
    rep.batch_ended(0, 2, {"loss": 1.0})
    assert len(got) == 2 and got[-1]["rows"][-1]["batch"] == 2
