"""Plain model.fit(verbose=0) vs deskdl's fit trainer (no-op reporter), side by side.

deskdl's side goes through the trainer seam as the app does (``deskdl.ml.trainers.run``
dispatching on the job's kind, "supervised" -> the fit trainer, ``run_training``).

Same model, data, batch size and epochs; no validation in either; median of 3.
Also prints how many batch updates per second reached a reporter, and the longest gap.
Run: .venv/bin/python bench/bench_training.py
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import keras  # noqa: E402,TID253 - a bench script, not the app

from deskdl.core.graph import ModelGraph  # noqa: E402
from deskdl.ml import datasets  # noqa: E402
from deskdl.ml.build import build_model  # noqa: E402
from deskdl.ml.trainers import run as run_trainer  # noqa: E402
from deskdl.ml.training import ListReporter, NullReporter, TrainingJob  # noqa: E402

SPIRAL = {"nodes": [
    {"id": "in", "type": "Input", "params": {"shape": [2]}},
    {"id": "h1", "type": "Dense", "params": {"units": 16, "activation": "relu"}, "inputs": ["in"]},
    {"id": "h2", "type": "Dense", "params": {"units": 16, "activation": "relu"}, "inputs": ["h1"]},
    {"id": "out", "type": "Dense", "params": {"units": 2, "activation": "softmax"}, "inputs": ["h2"]}]}
from _graphs import DIGITS  # noqa: E402  (the digits CNN, shared with bench_gui_training.py)

CASES = [
    ("spiral MLP 2x16", SPIRAL, "spiral", {"epochs": 100, "batch_size": 16, "learning_rate": 0.03}),
    ("digits CNN", DIGITS, "digits", {"epochs": 8, "batch_size": 32, "learning_rate": 0.003}),
]


def plain_fit(graph, bundle, cfg):
    keras.backend.clear_session()
    keras.utils.set_random_seed(0)
    t = time.perf_counter()  # a plain script builds and compiles too
    model = build_model(ModelGraph.from_dict(graph))
    model.compile(optimizer=keras.optimizers.Adam(cfg["learning_rate"]),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(bundle.x_train, bundle.y_train, batch_size=cfg["batch_size"], epochs=cfg["epochs"], verbose=0)
    return time.perf_counter() - t


def deskdl_fit(graph, bundle, cfg, reporter=None):
    job = TrainingJob(graph=graph, bundle=bundle, evaluate_test=False, keep_model=False,
                      training={"optimizer": {"type": "Adam", "learning_rate": cfg["learning_rate"]},
                                "epochs": cfg["epochs"], "batch_size": cfg["batch_size"],
                                "validation_split": 0.0, "seed": 0})
    t = time.perf_counter()
    r = run_trainer(job, reporter or NullReporter())
    assert r.status == "finished", r.error and r.error.details
    return time.perf_counter() - t, r


def main():
    print(f"{'case':18s} {'plain fit s':>12s} {'deskdl s':>10s} {'ratio':>7s} {'spe':>5s} {'updates/s':>10s}"
          f" {'max gap ms':>11s}")
    for name, graph, ds, cfg in CASES:
        bundle = datasets.load(ds)
        plain, ours, spe = [], [], 0
        for _ in range(3):  # interleaved, so machine load hits both alike
            plain.append(plain_fit(graph, bundle, cfg))
            t, r = deskdl_fit(graph, bundle, cfg)
            ours.append(t)
            spe = r.steps_per_execution
        stamps: list[tuple[str, float]] = []
        rep = ListReporter(on_event=lambda n, _a, _k, s=stamps: s.append((n, time.perf_counter())))
        deskdl_fit(graph, bundle, cfg, rep)
        # Plot updates after epoch 1 (its first batch waits for the one-off trace of the train step).
        second = [t for n, t in stamps if n == "epoch_started"][1]
        beats = [t for n, t in stamps if n == "batch_ended" and t >= second]
        rate = (len(beats) - 1) / max(beats[-1] - beats[0], 1e-9)
        gap = max(b - a for a, b in zip(beats, beats[1:]))
        p, o = statistics.median(plain), statistics.median(ours)
        print(f"{name:18s} {p:12.2f} {o:10.2f} {o / p:7.2f} {spe:5d} {rate:10.1f} {gap * 1e3:11.0f}",
              flush=True)
    print("ratio = deskdl / plain (below 1 = deskdl faster). Both times include building and compiling "
          "the model; deskdl's also includes its timing of the model and its data checks.\n"
          "updates/s = batch updates reaching the plots per second from epoch 2 on; max gap = the longest "
          "wait between two of them.")


if __name__ == "__main__":
    main()
