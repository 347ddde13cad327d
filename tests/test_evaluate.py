"""Evaluation helpers: pure parts first, then a tiny trained model."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.ml import evaluate as E


def test_confusion_matrix_and_per_class():
    m = E.confusion_matrix(np.array([0, 0, 1, 2]), np.array([[1, 0, 0], [0, 1, 0], [0, 1, 0], [0, 1, 0]]), 3)
    assert m.tolist() == [[1, 1, 0], [0, 1, 0], [0, 1, 0]]
    acc = E.per_class_accuracy(m)
    assert acc[0] == 0.5 and acc[1] == 1.0 and acc[2] == 0.0


def test_probabilities_from_sigmoid():
    p = E.probabilities(np.array([[0.2], [0.9]]))
    assert p.shape == (2, 2) and p[0, 1] == pytest.approx(0.2)


def test_regression_metrics():
    r = E.regression_metrics(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 4.0]))
    assert r["mae"] == pytest.approx(1 / 3) and r["r2"] == pytest.approx(0.5)


def test_resize_drawing():
    img = np.zeros((280, 280), np.float32)
    img[100:180, 130:150] = 1.0
    small = E.resize_drawing(img, (8, 8))
    assert small.shape == (8, 8) and small.max() == pytest.approx(1.0) and small[0, 0] == 0


def test_model_paths():
    p = E.model_paths("/tmp/x/spiral.deskdl")
    assert p["model"].name == "spiral.keras" and p["weights"].name == "spiral.weights.h5"


@pytest.mark.keras
def test_with_a_trained_model(tmp_path):
    from deskdl.ml.training import TrainingJob, run_training
    from tests.test_training import mlp

    r = run_training(TrainingJob(graph=mlp(), data={"dataset": "gaussian"},
                                 training={"epochs": 5, "seed": 0, "validation_split": 0.0}))
    model = r.model
    from deskdl.ml import datasets

    b = datasets.load("gaussian", {"noise": 0.5})
    metrics = E.test_metrics(model, b.x_test, b.y_test)
    assert {"loss", "accuracy"} <= set(metrics)
    mistakes = E.misclassified(model, b.x_test, b.y_test, top_n=2)
    assert all(m.true != m.predicted and len(m.top) == 2 for m in mistakes)
    confs = [m.confidence for m in mistakes]
    assert confs == sorted(confs, reverse=True)
    one = E.predict_one(model, b.x_test[0])
    assert one.shape == (2,) and one.sum() == pytest.approx(1.0, abs=1e-5)
    grid = E.decision_grid(model, resolution=20)
    assert grid["values"].shape == (20, 20, 2) and grid["extent"] == [-1.2, 1.2, -1.2, 1.2]
    paths = E.save_trained(model, tmp_path / "proj.deskdl")
    assert paths["model"].exists() and paths["weights"].exists()
    again = E.load_trained(tmp_path / "proj.deskdl")
    np.testing.assert_allclose(again.predict(b.x_test[:5], verbose=0), model.predict(b.x_test[:5], verbose=0),
                               rtol=1e-5, atol=1e-6)
    with pytest.raises(E.SaveError, match="no trained model"):
        E.load_trained(tmp_path / "other.deskdl")
