"""RSS over 20 consecutive training runs (psutil): does memory grow run after run?

Run: .venv/bin/python bench/bench_memory.py
"""

from __future__ import annotations

import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import psutil  # noqa: E402

from deskdl.ml import datasets  # noqa: E402
from deskdl.ml.training import NullReporter, TrainingJob, run_training  # noqa: E402

GRAPH = {"nodes": [
    {"id": "in", "type": "Input", "params": {"shape": [2]}},
    {"id": "h1", "type": "Dense", "params": {"units": 16, "activation": "relu"}, "inputs": ["in"]},
    {"id": "h2", "type": "Dense", "params": {"units": 16, "activation": "relu"}, "inputs": ["h1"]},
    {"id": "out", "type": "Dense", "params": {"units": 2, "activation": "softmax"}, "inputs": ["h2"]}]}


def main(runs: int = 20) -> None:
    proc = psutil.Process()
    bundle = datasets.load("spiral")
    rss = []
    for i in range(runs):
        job = TrainingJob(graph=GRAPH, bundle=bundle, keep_model=False,
                          training={"epochs": 5, "batch_size": 16, "validation_split": 0.2, "seed": i})
        r = run_training(job, NullReporter())
        assert r.status == "finished", r.error and r.error.details
        rss.append(proc.memory_info().rss / 2**20)
        print(f"run {i + 1:2d}: RSS {rss[-1]:7.1f} MiB", flush=True)
    half = runs // 2
    growth = (rss[-1] - rss[half]) / max(runs - 1 - half, 1)
    print(f"first {rss[0]:.1f} MiB, last {rss[-1]:.1f} MiB; "
          f"growth per run over the second half: {growth:.2f} MiB")


if __name__ == "__main__":
    main()
