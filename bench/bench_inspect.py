"""What the per-epoch inspect snapshots cost: digits CNN training time with the hook on vs off.

Runs are interleaved (off, on, off, on, ...) so drift hits both alike; the median
of each is compared. ``steps_per_execution`` is fixed so that the timed guess of
the runner does not differ between runs. Target: ratio < 1.10.

    .venv/bin/python bench/bench_inspect.py [repeats] [epochs]
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def project(epochs: int):
    from deskdl.core.project import Project

    p = Project(name="digits_cnn")
    g = p.graph
    g.add_node("Input", {"shape": [8, 8, 1]}, node_id="x")
    g.add_node("Conv2D", {"filters": 16, "kernel_size": [3, 3], "activation": "relu", "padding": "same"},
               node_id="c", inputs=["x"])
    g.add_node("MaxPooling2D", {"pool_size": [2, 2]}, node_id="p", inputs=["c"])
    g.add_node("Flatten", {}, node_id="f", inputs=["p"])
    g.add_node("Dense", {"units": 32, "activation": "relu"}, node_id="h", inputs=["f"])
    g.add_node("Dense", {"units": 10, "activation": "softmax"}, node_id="y", inputs=["h"])
    p.data = {"dataset": "digits", "params": {}}
    p.training["epochs"] = epochs
    p.training["seed"] = 1
    return p


class SnapshotTimer:
    """A reporter that counts inspect snapshots and notes their size."""

    def __init__(self) -> None:
        self.snapshots = 0
        self.sizes = 0

    def probe(self, payload) -> None:
        if payload.get("kind") == "inspect":
            self.snapshots += 1
            self.sizes = sum(getattr(v, "nbytes", 0) for d in ("filters", "dense")
                             for v in (payload.get(d) or {}).values())

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *a, **k: None


def measure(title: str, make_project, bundle, epochs: int, repeats: int) -> None:
    """Interleaved hook-off / hook-on runs of one project; prints the figures."""
    from deskdl.ml import inspect as ml
    from deskdl.ml.training import TrainingJob, run_training

    run_training(TrainingJob.from_project(make_project(1), bundle=bundle, steps_per_execution=8))  # warm up
    times: dict[bool, list[float]] = {False: [], True: []}
    inside: list[float] = []  # share of each hook-on run spent inside the snapshot hook (noise-proof)
    rep = SnapshotTimer()
    real_maker = ml.snapshot_maker
    spent = [0.0]

    def timed_maker(*args, **kwargs):
        snap = real_maker(*args, **kwargs)

        def timed(epoch, final=False):
            t0 = time.perf_counter()
            try:
                return snap(epoch, final=final)
            finally:
                spent[0] += time.perf_counter() - t0
        return timed

    ml.snapshot_maker = timed_maker  # training.py imports it from the module at run time
    try:
        for _ in range(repeats):
            for on in (False, True):
                job = TrainingJob.from_project(make_project(epochs), bundle=bundle, steps_per_execution=8,
                                               inspect_every_epoch=on, evaluate_test=False)
                spent[0] = 0.0
                t = time.perf_counter()
                result = run_training(job, rep if on else None)
                times[on].append(time.perf_counter() - t)
                if on:
                    inside.append(spent[0] / times[on][-1])
                assert result.ok, result.error
    finally:
        ml.snapshot_maker = real_maker
    off, on = statistics.median(times[False]), statistics.median(times[True])
    snap = ml.snapshot_maker(result.model, bundle.x_train[:256], budget=0)
    snap(0)
    t = time.perf_counter()
    for e in range(1, 11):
        snap(e)
    per_snap = (time.perf_counter() - t) / 10
    print(f"{title}, {epochs} epochs, median of {repeats} (interleaved):")
    print(f"  hook off  {off:6.2f} s   {[round(x, 2) for x in times[False]]}")
    print(f"  hook on   {on:6.2f} s   {[round(x, 2) for x in times[True]]}")
    fastest = min(times[True]) / min(times[False])
    print(f"  ratio on/off = {on / off:.3f} (medians), {fastest:.3f} (fastest runs)"
          "   (target < 1.10; on a busy machine these swing, the next line does not)")
    print(f"  time inside the hook: median {statistics.median(inside):.1%} of a hook-on run "
          f"(max {max(inside):.1%}), first snapshot's sub-model build and trace included")
    print(f"  one snapshot (warm) = {per_snap * 1000:.1f} ms; {rep.snapshots / repeats:.0f} sent per run "
          f"of {epochs + 1} possible; filters+dense kernels {rep.sizes / 1024:.1f} KiB each")


def spiral(epochs: int):
    from deskdl.core.project import Project

    p = Project(name="spiral")
    g = p.graph
    g.add_node("Input", {"shape": [2]}, node_id="x")
    g.add_node("Dense", {"units": 16, "activation": "relu"}, node_id="h1", inputs=["x"])
    g.add_node("Dense", {"units": 16, "activation": "relu"}, node_id="h2", inputs=["h1"])
    g.add_node("Dense", {"units": 2, "activation": "softmax"}, node_id="y", inputs=["h2"])
    p.data = {"dataset": "spiral", "params": {"samples": 300}}
    p.training["epochs"] = epochs
    p.training["seed"] = 1
    return p


def main() -> None:
    from deskdl.ml import datasets

    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    digits = datasets.load_config({"dataset": "digits", "params": {}})
    measure("digits CNN", project, digits, epochs, repeats)
    spiral_data = datasets.load_config({"dataset": "spiral", "params": {"samples": 300}})
    measure("spiral MLP (tiny epochs)", spiral, spiral_data, 10 * epochs, repeats)


if __name__ == "__main__":
    main()
