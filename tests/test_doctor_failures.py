"""Issue 16: real short runs built to fail each way get exactly their finding from the doctor.

Every run goes through deskdl's own runner (``run_training`` with Inspect's live snapshots on),
and the doctor reads what the app gives it: the per-epoch history, the last snapshot's
activation statistics (dead ReLU counts) and the last live gradient norms
(:class:`deskdl.core.events.GradientNorms`) and the class balance of the validation examples
the accuracy is measured on (``class_counts`` of the run's start). A healthy run gets no finding.
"""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core import datagen
from deskdl.core import events as ev
from deskdl.core.doctor import Evidence, diagnose
from deskdl.core.graph import ModelGraph
from deskdl.core.training import training_with_defaults

pytestmark = pytest.mark.keras

CLASSIFY = {"optimizer": {"type": "Adam", "learning_rate": 0.01}, "loss": "sparse_categorical_crossentropy",
            "metrics": ["accuracy"], "batch_size": 32, "epochs": 15, "validation_split": 0.2, "seed": 0}
REGRESS = dict(CLASSIFY, loss="mean_squared_error", metrics=[])


def _bundle(x, y, task="classification"):
    from deskdl.ml.datasets.base import DataBundle

    names = [str(c) for c in range(int(np.max(y)) + 1)] if task == "classification" else []
    return DataBundle(np.asarray(x, np.float32), y, np.asarray(x[:50], np.float32), y[:50], names,
                      (int(x.shape[1]),), task, dataset_id="made_to_fail", title="made to fail", kind="table")


def _mlp(hidden, out, act="relu", out_act="softmax"):
    g = ModelGraph()
    g.add_node("Input", {"shape": [2]}, node_id="x")
    prev = "x"
    for i, units in enumerate(hidden):
        g.add_node("Dense", {"units": units, "activation": act}, node_id=f"h{i + 1}", inputs=[prev])
        prev = f"h{i + 1}"
    g.add_node("Dense", {"units": out, "activation": out_act}, node_id="out", inputs=[prev])
    return g


def _circle():
    return datagen.circle(600, 0.1, seed=0)


def _diagnose(graph, bundle, training, weights=None):
    """Train for real; the doctor's findings from what the app would show it."""
    from deskdl.ml.datasets import prepare
    from deskdl.ml.training import ListReporter, TrainingJob, run_training

    class Watch(ListReporter):
        activations = None
        gradients = None
        info: dict = {}

        def run_started(self, info):
            self.info = dict(info)

        def probe(self, payload):
            if payload.get("kind") == "inspect" and payload.get("activations"):
                self.activations = payload["activations"]

        def emit(self, event):
            if isinstance(event, ev.GradientNorms):
                self.gradients = event.as_dict()

    training = training_with_defaults(training)
    job = TrainingJob(graph=graph.to_dict(), training=training, bundle=bundle, inspect_every_epoch=True,
                      evaluate_test=False, keep_model=False, initial_weights=weights)
    watch = Watch()
    result = run_training(job, watch)
    assert result.ok, result.error
    assert watch.gradients is not None and watch.activations is not None
    counts = watch.info.get("class_counts")
    if bundle.task == "classification":  # what the run says is the balance of its validation examples
        assert counts == np.bincount(prepare(bundle, training).y_val.ravel(), minlength=2).tolist()
    else:
        assert counts is None
    evidence = Evidence(training=job.training, graph=graph.to_dict(), activations=watch.activations,
                        gradient_norms=watch.gradients, class_counts=counts)
    found = diagnose(result.history, evidence)
    return [f.code for f in found], found, result


def test_a_healthy_run_gets_no_finding():
    x, y = _circle()
    codes, _, result = _diagnose(_mlp([16, 16], 2), _bundle(x, y), CLASSIFY)
    assert codes == []
    assert result.history["val_accuracy"][-1] > 0.95


@pytest.mark.slow
def test_memorising_random_labels_is_overfitting():
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(120, 2)), rng.integers(0, 2, 120)  # nothing to learn but the examples
    # leaky_relu: a plain relu net this wide loses most of one layer's units on it (a second finding)
    codes, found, _ = _diagnose(_mlp([128, 128], 2, act="leaky_relu"), _bundle(x, y),
                                dict(CLASSIFY, epochs=40, validation_split=0.5, batch_size=16))
    assert codes == ["overfitting"]
    assert found[0].changes[0].path == ("early_stopping", "enabled")


def test_a_straight_line_on_a_circle_underfits():
    x, y = _circle()
    codes, found, _ = _diagnose(_mlp([], 2), _bundle(x, y), CLASSIFY)  # no hidden layer: a straight boundary
    assert codes == ["underfitting"]


def test_a_learning_rate_far_too_high_is_called_too_high():
    x, y = _circle()
    codes, found, _ = _diagnose(_mlp([], 2), _bundle(x, y),
                                dict(CLASSIFY, optimizer={"type": "SGD", "learning_rate": 100.0}, epochs=12))
    assert codes == ["lr_high"]
    assert found[0].changes[0].value == 10.0


def test_a_learning_rate_far_too_low_is_called_too_low():
    x, y = datagen.regression_plane(600, 0.0, seed=0)
    codes, found, _ = _diagnose(_mlp([], 1, out_act="linear"), _bundle(x, y, "regression"),
                                dict(REGRESS, optimizer={"type": "SGD", "learning_rate": 0.002}, epochs=12))
    assert codes == ["lr_low"]
    assert found[0].changes[0].value == 0.02


def test_a_large_negative_bias_kills_relus():
    from deskdl.ml.build import build_model

    x, y = _circle()
    graph = _mlp([16, 16], 2)
    weights = build_model(graph).get_weights()
    weights[1][:12] = -10.0  # 12 of h1's 16 units start far below zero: they never fire, never learn
    codes, found, _ = _diagnose(graph, _bundle(x, y), CLASSIFY, weights=weights)
    assert codes == ["dead_relu"]
    assert found[0].layer == "h1" and "12 of 16 units" in found[0].evidence


@pytest.mark.slow
def test_a_deep_sigmoid_stack_vanishes():
    x, y = datagen.regression_plane(600, 0.0, seed=0)
    codes, found, _ = _diagnose(_mlp([16] * 7, 1, act="sigmoid", out_act="linear"),
                                _bundle(x, y + 3.0, "regression"), REGRESS)
    assert codes == ["vanishing_gradients"]
    assert found[0].layer == "h1"
    assert {c.value for c in found[0].changes} == {"relu"}


def test_huge_errors_explode_the_gradients():
    x, y = datagen.regression_gaussian(600, 0.0, seed=0)
    codes, found, _ = _diagnose(_mlp([32, 32], 1, out_act="linear"), _bundle(x, y * 1000.0, "regression"),
                                dict(REGRESS, optimizer={"type": "Adam", "learning_rate": 0.05}))
    assert codes == ["exploding_gradients"]
    assert found[0].changes[0].path == ("clipnorm",)


def test_a_model_that_answers_the_majority_class_every_time():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(600, 2))  # inputs that say nothing about the class
    y = (np.arange(600) % 12 == 0).astype(np.int64)  # 1 example in 12 is class 1
    codes, found, result = _diagnose(_mlp([4], 2), _bundle(x, y), dict(CLASSIFY, epochs=12))
    assert codes == ["majority_class"]
    assert found[0].changes[0].value == "balanced"
