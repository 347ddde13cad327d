"""GUI responsiveness while training, and plot redraw cost.

(a) A QTimer probe fires every 5 ms on the GUI thread and records how late it
    is, first with nothing running (baseline), then while the worker trains the
    spiral MLP (curves + live decision boundary visible) and the digits CNN.
    Target: p99 lateness < 16 ms (one frame).
(b) Redraw cost per frame of the live curves with 10k points per curve.

Run: ``.venv/bin/python bench/bench_gui_training.py [--hidden] [--threads N]`` (offscreen).
``--hidden`` trains with the panel not shown (no paints: what is left is CPU and
GIL contention); ``--threads N`` caps TensorFlow's intra-op threads.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Slot  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PROBE_MS = 5


class LatencyProbe(QObject):
    """Measures how late a 5 ms timer fires on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.late: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._on_tick)
        self._last = 0

    def start(self) -> None:
        self.late.clear()
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def _on_tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.late.append(max(0.0, (now - self._last) / 1e6 - PROBE_MS))
        self._last = now


def pump(app: QApplication, seconds: float | None = None, until=None, limit: float = 600.0) -> None:
    t0 = time.perf_counter()
    while True:
        app.processEvents()
        if until is not None and until():
            return
        if seconds is not None and time.perf_counter() - t0 >= seconds:
            return
        if time.perf_counter() - t0 > limit:
            return
        time.sleep(0.0005)


def stats(name: str, late: list[float]) -> None:
    a = np.asarray(late)
    print(f"{name:<44s} n={len(a):5d}  p50={np.percentile(a, 50):6.2f} ms  p99={np.percentile(a, 99):6.2f} ms"
          f"  max={a.max():6.1f} ms")


def main() -> None:
    hidden = "--hidden" in sys.argv
    threads = int(sys.argv[sys.argv.index("--threads") + 1]) if "--threads" in sys.argv else None
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        from deskdl.qt.canvas.refcount_guard import guard

        guard()
    except ImportError:
        pass
    from deskdl.qt.train import TrainPanel
    from deskdl.qt.train.curves import TrainingCurves
    from deskdl.qt.workers import TrainingHost
    from tests._models import digits_project, spiral_project

    print("(a) event-loop lateness of a 5 ms QTimer on the GUI thread")
    probe = LatencyProbe()
    host = TrainingHost()
    # warm up TensorFlow on the worker so the import is not measured
    spiral = spiral_project(epochs=1)
    panel = TrainPanel(spiral, host)
    panel.set_tensorflow_ready(True)
    panel.resize(1440, 860)
    if not hidden:
        panel.show()
    if threads:
        import tensorflow as tf

        tf.config.threading.set_intra_op_parallelism_threads(threads)
        tf.config.threading.set_inter_op_parallelism_threads(threads)
    panel.start()
    pump(app, until=lambda: not host.training)

    probe.start()
    pump(app, seconds=3.0)
    probe.stop()
    stats("idle (baseline)", probe.late)

    for name, project in (("spiral MLP + curves + decision boundary", spiral_project(epochs=150)),
                          ("digits CNN + curves", digits_project(epochs=15))):
        panel.set_project(project)
        panel.set_tensorflow_ready(True)
        panel.start()
        pump(app, seconds=1.0)  # skip model building and the first compile
        probe.start()
        t0 = time.perf_counter()
        pump(app, until=lambda: not host.training)
        probe.stop()
        took = time.perf_counter() - t0
        stats(f"training: {name}", probe.late)
        print(f"{'':44s} ({took:.1f} s measured, {panel.boundary.updates} boundary updates, "
              f"{panel.curves.frames_drawn} curve frames)")
    host.shutdown()

    print("\n(b) curve redraw cost per frame, 10k points per curve")
    curves = TrainingCurves()
    curves.resize(900, 700)
    curves.show()
    rng = np.random.default_rng(0)
    n = 10_000
    for r in range(3):
        rid = f"r{r}"
        curves.begin_run(rid, ["#0072B2", "#E69F00", "#009E73"][r])
        x = np.linspace(0, 100, n)
        curves._curve(rid, "loss", "batch").series.extend(x, 1 / (1 + x) + 0.05 * rng.random(n))
        curves._curve(rid, "accuracy", "batch").series.extend(x, 1 - 1 / (1 + x) - 0.05 * rng.random(n))
        for e in range(1, 101):
            curves.add_epoch(rid, e, {"loss": 1 / (1 + e), "val_loss": 1.1 / (1 + e), "accuracy": 0.9,
                                      "val_accuracy": 0.85, "learning_rate": 0.01})
    curves.redraw()
    app.processEvents()
    times_push, times_paint = [], []
    for i in range(60):
        for r in range(3):
            curves.add_batch(f"r{r}", 100 + i * 0.01, {"loss": 0.01, "accuracy": 0.99})
        t0 = time.perf_counter()
        curves.redraw()
        t1 = time.perf_counter()
        curves.grab()  # forces a full paint of the plots, like a screen frame
        t2 = time.perf_counter()
        times_push.append((t1 - t0) * 1e3)
        times_paint.append((t2 - t1) * 1e3)
    print(f"3 runs x (loss, accuracy) batch curves of {n} points + epoch curves:")
    print(f"  setData for changed curves : median {np.median(times_push):6.2f} ms, "
          f"p95 {np.percentile(times_push, 95):6.2f} ms")
    print(f"  paint (widget.grab)        : median {np.median(times_paint):6.2f} ms, "
          f"p95 {np.percentile(times_paint, 95):6.2f} ms")


if __name__ == "__main__":
    main()
