"""GUI responsiveness while training, and plot redraw cost.

(a) A QTimer probe fires every 5 ms on the GUI thread and records how late it
    is, first with nothing running (baseline), then while the worker trains the
    spiral MLP (curves + live decision boundary visible), the digits CNN, and two
    GANs with their live views (issue 11: the 8x8 grid of samples from fixed noise on the
    digits, the 2-D plane on the ring of 8), and an agent (issue 12: the CartPole DQN
    with the environment drawn in real time, then fast) for a fixed time.
    Target: p99 lateness < 16 ms (one frame).
(b) Redraw cost per frame of the live curves with 10k points per curve.

Part (a) drives the real main window (default lesson, Train tab, per-epoch
Inspect snapshots on, as in the app), twice per model.

Run: ``.venv/bin/python bench/bench_gui_training.py [--hidden] [--threads N] [--gan] [--rl]`` (offscreen);
``--gan`` measures only the GANs, ``--rl`` only the agents (and the baseline); both together: both.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _graphs import DIGITS  # noqa: E402


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


def stats(name: str, late: list[float], cpu: float | None = None) -> None:
    """One line of figures; ``cpu``: the GUI thread's CPU milliseconds per second of the case.

    The machine is shared: its load makes lateness swing run to run (compare with the idle
    line of the same run); the GUI thread's own CPU time (time.thread_time) does not depend
    on the load, so it says how much work the GUI does for the case.
    """
    a = np.asarray(late)
    print(f"{name:<44s} n={len(a):5d}  p50={np.percentile(a, 50):6.2f} ms  p99={np.percentile(a, 99):6.2f} ms"
          f"  max={a.max():6.1f} ms" + (f"  GUI CPU {cpu:5.0f} ms/s" if cpu is not None else ""))


DIGITS_CNN = DIGITS  # the same digits CNN as bench_training.py


def digits_cnn(epochs: int):
    from deskdl.core.graph import ModelGraph
    from deskdl.core.project import Project

    p = Project(name="digits CNN")
    p.graph = ModelGraph.from_dict(DIGITS_CNN)
    p.data = {"dataset": "digits", "params": {}}
    p.training.update(epochs=epochs, batch_size=32, optimizer={"type": "Adam", "learning_rate": 0.003})
    return p


def gan_template(name: str, epochs: int):
    from deskdl import paths
    from deskdl.core.project import Project

    p = Project.load(paths.resources_dir() / "templates" / f"{name}.deskdl")
    p.path = None
    p.training["epochs"] = epochs
    return p


def rl_template(name: str, episodes: int):
    from deskdl import paths
    from deskdl.core.project import Project

    p = Project.load(paths.resources_dir() / "templates" / f"{name}.deskdl")
    p.path = None
    p.algorithm["episodes"] = episodes
    return p


#: Seconds an agent case is measured (drawn in real time, an agent plays at the task's clock).
RL_SECONDS = 12.0


def main() -> None:
    hidden = "--hidden" in sys.argv
    only_gan = "--gan" in sys.argv
    only_rl = "--rl" in sys.argv
    threads = int(sys.argv[sys.argv.index("--threads") + 1]) if "--threads" in sys.argv else None
    import tempfile

    os.environ.setdefault("DESKDL_CONFIG_DIR", tempfile.mkdtemp(prefix="deskdl-bench-"))
    from deskdl.qt.app import create_app, create_window, finish_start
    from deskdl.qt.train.curves import TrainingCurves
    from tests._models import spiral_project

    app = create_app()
    print("(a) event-loop lateness of a 5 ms QTimer on the GUI thread, the whole main window,"
          + (" Train tab hidden" if hidden else " Train tab shown"))
    window = create_window(None, screenshot=True)  # the default lesson, window at screenshot size
    window.show()
    finish_start(window)
    pump(app, until=lambda: window.keras.is_ready, limit=120)
    if threads:
        import tensorflow as tf

        tf.config.threading.set_intra_op_parallelism_threads(threads)
        tf.config.threading.set_inter_op_parallelism_threads(threads)
    panel = window.stage_tab("Train")
    if not hidden:
        window.select_stage("Train")
    host = panel.host
    probe = LatencyProbe()
    panel.start()  # warm up: the first run traces and builds everything once
    pump(app, until=lambda: not host.training)

    probe.start()
    cpu0 = time.thread_time()
    pump(app, seconds=3.0)
    probe.stop()
    stats("idle (baseline)", probe.late, (time.thread_time() - cpu0) / 3.0 * 1e3)

    cases = [("spiral MLP + curves + decision boundary", lambda: spiral_project(epochs=150)),
             ("digits CNN (32/64 filters) + curves", lambda: digits_cnn(epochs=40)),
             ("GAN digits MLP + curves + live sample grid", lambda: gan_template("gan_digits_mlp", 120)),
             ("GAN ring of 8 + curves + live 2-D plane", lambda: gan_template("gan_ring_2d", 30)),
             ("DQN CartPole, drawn in real time", lambda: rl_template("cartpole_dqn", 5000)),
             ("DQN CartPole, drawn fast", lambda: rl_template("cartpole_dqn", 5000))]
    if only_gan or only_rl:
        cases = (cases[2:4] if only_gan else []) + (cases[4:] if only_rl else [])
    from deskdl.rl import pace

    for name, make in cases:
        window.set_project(make())
        if not hidden:
            window.select_stage("Train")
        agent = "DQN" in name
        pace.PACE.mode = pace.REALTIME if "real time" in name else pace.FAST
        for rep in range(2):
            frames = panel.curves.frames_drawn
            panel.start()
            pump(app, seconds=1.0)  # skip model building and the first trace
            probe.start()
            t0 = time.perf_counter()
            cpu0 = time.thread_time()
            if agent:  # thousands of episodes: a fixed time, then Stop (the final evaluation is not measured)
                pump(app, seconds=RL_SECONDS, until=lambda: not host.training)
            else:
                pump(app, until=lambda: not host.training)
            probe.stop()
            took = time.perf_counter() - t0
            cpu = (time.thread_time() - cpu0) / took * 1e3
            seen = {id(v): (getattr(v, "pictures_seen", 0), getattr(v, "frames", 0))
                    for v in panel.kind_views}
            if agent:
                panel.stop()
                pump(app, until=lambda: not host.training)
            stats(f"training: {name} #{rep + 1}", probe.late, cpu)
            views = ", ".join(f"{type(v).__name__}: {seen[id(v)][0]} pictures "
                              f"({seen[id(v)][0] / took:.1f}/s)"
                              for v in panel.kind_views if hasattr(v, "pictures_seen"))
            views += ", ".join(f"{type(v).__name__}: {seen[id(v)][1]} frames drawn "
                               f"({seen[id(v)][1] / took:.1f}/s)"
                               for v in panel.kind_views if hasattr(v, "frames"))
            print(f"{'':44s} ({took:.1f} s measured, {panel.curves.frames_drawn - frames} curve frames, "
                  f"{panel.boundary.updates} boundary updates so far{'; ' + views if views else ''})")
    window.keras.shutdown()

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
