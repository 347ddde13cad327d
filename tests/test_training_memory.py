"""Repeated trainings must not pile up TensorFlow's traced gradient graphs (real Keras runs)."""

from __future__ import annotations

import pytest

pytest.importorskip("tensorflow")

from deskdl.ml import datasets  # noqa: E402
from deskdl.ml.training import NullReporter, TrainingJob, run_training  # noqa: E402

GRAPH = {"nodes": [
    {"id": "in", "type": "Input", "params": {"shape": [2]}},
    {"id": "h", "type": "Dense", "params": {"units": 8, "activation": "relu"}, "inputs": ["in"]},
    {"id": "out", "type": "Dense", "params": {"units": 2, "activation": "softmax"}, "inputs": ["h"]}]}


def _custom_gradients() -> set[str]:
    from tensorflow.python.framework import ops

    return {k for k in ops._gradient_registry._registry if k.startswith("CustomGradient-")}


@pytest.mark.parametrize("keep_model", [False, True])
def test_runs_leave_no_custom_gradient_graphs_behind(keep_model):
    """Each traced train step registers a custom gradient holding its graph (~5 MiB); the run drops it."""
    bundle = datasets.load("spiral")
    job = TrainingJob(graph=GRAPH, bundle=bundle, keep_model=keep_model,
                      training={"epochs": 1, "batch_size": 32, "validation_split": 0.2, "seed": 1})
    r = run_training(job, NullReporter())
    assert r.status == "finished"
    before = _custom_gradients()
    for _ in range(2):
        r = run_training(job, NullReporter())
        assert r.status == "finished", r.error and r.error.details
    assert _custom_gradients() - before == set()
    if keep_model:  # the kept model still predicts and trains (a retrace registers afresh)
        r.model.fit(bundle.x_train[:64], bundle.y_train[:64], epochs=1, verbose=0)
        assert r.model.predict(bundle.x_test[:4], verbose=0).shape == (4, 2)
