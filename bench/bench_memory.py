"""RSS over consecutive training runs (psutil): does memory grow run after run?

Runs deskdl's ``run_training`` N times, then a plain Keras loop (build,
compile, ``fit``, ``evaluate``, ``clear_session``) N times as the baseline, each
after one warm-up run, in one process. Python-side growth is shown with
tracemalloc (top lines by size) when ``--trace`` is given.

Run: .venv/bin/python bench/bench_memory.py [--runs 20] [--trace] [--plain-only|--deskdl-only]

Finding (TF 2.21, Keras 3): every traced train step registers a
``tf.custom_gradient`` in TensorFlow's global gradient registry that is never
removed and holds the whole traced gradient graph: ~5.4 MiB per run, with a
plain ``fit`` as much as with deskdl. ``run_training`` now drops the entries its
run registered (``_forget_custom_gradients``); the plain loop shows the same
growth without and none with that clean-up (``--plain-cleanup``).
"""

from __future__ import annotations

import argparse
import gc
import os
import tracemalloc

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import psutil  # noqa: E402

from deskdl.ml import datasets  # noqa: E402
from deskdl.ml.training import (  # noqa: E402
    NullReporter,
    TrainingJob,
    _custom_gradient_names,
    _forget_custom_gradients,
    run_training,
)

GRAPH = {"nodes": [
    {"id": "in", "type": "Input", "params": {"shape": [2]}},
    {"id": "h1", "type": "Dense", "params": {"units": 16, "activation": "relu"}, "inputs": ["in"]},
    {"id": "h2", "type": "Dense", "params": {"units": 16, "activation": "relu"}, "inputs": ["h1"]},
    {"id": "out", "type": "Dense", "params": {"units": 2, "activation": "softmax"}, "inputs": ["h2"]}]}
EPOCHS = 5


def deskdl_run(bundle, i: int) -> None:
    """One deskdl run, as the app does it (model not kept)."""
    job = TrainingJob(graph=GRAPH, bundle=bundle, keep_model=False,
                      training={"epochs": EPOCHS, "batch_size": 16, "validation_split": 0.2, "seed": i})
    r = run_training(job, NullReporter())
    assert r.status == "finished", r.error and r.error.details


def plain_run(bundle, i: int, cleanup: bool = False) -> None:
    """The same model and data with a textbook Keras loop (the baseline)."""
    import keras

    before = _custom_gradient_names()
    keras.backend.clear_session(free_memory=True)
    keras.utils.set_random_seed(i)
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(2, activation="softmax")])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(bundle.x_train, bundle.y_train, epochs=EPOCHS, batch_size=16, validation_split=0.2, verbose=0)
    model.evaluate(bundle.x_test, bundle.y_test, verbose=0)
    del model
    if cleanup:
        _forget_custom_gradients(before)
    keras.backend.clear_session(free_memory=True)


def measure(name: str, run, bundle, runs: int, trace: bool) -> float:
    """RSS after each of ``runs`` runs (after one warm-up run); returns MiB per run."""
    proc = psutil.Process()
    run(bundle, 0)  # warm-up: imports, first traces, allocator pools
    gc.collect()
    if trace:
        tracemalloc.start(8)
        snap0 = tracemalloc.take_snapshot()
    rss = []
    for i in range(runs):
        run(bundle, i + 1)
        rss.append(proc.memory_info().rss / 2**20)
        print(f"{name} run {i + 1:2d}: RSS {rss[-1]:7.1f} MiB", flush=True)
    growth = (rss[-1] - rss[0]) / max(runs - 1, 1)
    print(f"{name}: first {rss[0]:.1f} MiB, last {rss[-1]:.1f} MiB; growth per run: {growth:.2f} MiB")
    if trace:
        gc.collect()
        snap1 = tracemalloc.take_snapshot()
        tracemalloc.stop()
        top = snap1.compare_to(snap0, "lineno")[:8]
        print(f"{name}: Python allocations that grew most (tracemalloc):")
        for stat in top:
            print("   ", stat)
    return growth


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--trace", action="store_true", help="tracemalloc top growth (slower)")
    ap.add_argument("--deskdl-only", action="store_true")
    ap.add_argument("--plain-only", action="store_true")
    ap.add_argument("--plain-cleanup", action="store_true",
                    help="also a plain loop with the registry clean-up")
    a = ap.parse_args()
    bundle = datasets.load("spiral")
    results = {}
    if not a.plain_only:
        results["deskdl"] = measure("deskdl", deskdl_run, bundle, a.runs, a.trace)
    if not a.deskdl_only:
        results["plain keras"] = measure("plain keras", plain_run, bundle, a.runs, a.trace)
    if a.plain_cleanup:
        results["plain + cleanup"] = measure("plain + cleanup", lambda b, i: plain_run(b, i, cleanup=True),
                                             bundle, a.runs, a.trace)
    print("growth per run: " + ", ".join(f"{k} {v:.2f} MiB" for k, v in results.items()))


if __name__ == "__main__":
    main()
