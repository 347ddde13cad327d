"""data.target = "inputs": the autoencoder template learns to rebuild its input (real Keras run)."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.analysis import ERROR
from deskdl.core.project import Project
from deskdl.ml import datasets
from deskdl.paths import resource

TEMPLATE = resource("templates", "autoencoder.deskdl")


def test_prepare_and_check_fit_use_the_inputs_as_targets():
    project = Project.load(TEMPLATE)
    assert project.data.get("target") == "inputs"
    bundle = datasets.load_config(project.data)
    training = dict(project.training, validation_split=0.2, seed=3)
    # Against the labels, the 8x8x1 output is wrong; against the inputs it fits.
    assert any(d.severity == ERROR for d in datasets.check_fit(project.graph, bundle, training))
    assert datasets.check_fit(project.graph, bundle, training, target="inputs") == []
    p = datasets.prepare(bundle, training, target="inputs")
    assert p.label_format == "inputs" and p.y_train.shape == p.x_train.shape == (len(p.x_train), 8, 8, 1)
    assert np.array_equal(p.y_train, p.x_train) and np.array_equal(p.y_val, p.x_val)
    assert np.array_equal(p.y_test, p.x_test) and p.y_train.dtype == np.float32
    rec = datasets.with_target(bundle, "inputs")
    assert rec.task == "reconstruction" and rec.n_classes == 0 and rec.class_names == []


def test_check_fit_explains_a_wrong_reconstruction():
    project = Project.load(TEMPLATE)
    bundle = datasets.load_config(project.data)
    graph = project.graph
    graph.remove_node("rebuilt")  # ends with 64 values instead of an 8x8x1 picture
    bad = dict(project.training, loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    diags = datasets.check_fit(graph, bundle, bad, target="inputs")
    texts = " | ".join(d.text for d in diags)
    assert "(8, 8, 1)" in texts and "Reshape" in texts  # shapes as deskdl writes them (shape_text)
    assert "mean_squared_error" in texts and "accuracy" in texts
    with pytest.raises(datasets.DataError, match="inputs"):
        datasets.data_target({"target": "pixels"})


def test_training_the_autoencoder_template_for_one_epoch():
    pytest.importorskip("tensorflow")
    from deskdl.ml.training import ListReporter, TrainingJob, run_training

    project = Project.load(TEMPLATE)
    job = TrainingJob.from_project(project, epochs=1)
    reporter = ListReporter()
    r = run_training(job, reporter)
    assert r.status == "finished", r.error and (r.error.text + r.error.details)
    assert r.task == "reconstruction" and r.class_names == []
    assert "loss" in r.final and np.isfinite(r.final["loss"]) and "mae" in r.final
    assert "loss" in r.test
    (info,), _ = reporter.named("run_started")[0]
    assert info["task"] == "reconstruction" and info["label_format"] == "inputs"
    out = r.model.predict(datasets.load_config(project.data).x_test[:3], verbose=0)
    assert out.shape == (3, 8, 8, 1)


def test_evaluate_tab_scores_a_reconstruction():
    """The Evaluate tab's scoring compares the rebuilt pictures with the inputs (mae, mse, r2)."""
    pytest.importorskip("PySide6")
    keras = pytest.importorskip("keras")
    from deskdl.qt.evaluate_panel import evaluate_model

    project = Project.load(TEMPLATE)
    model = keras.Sequential([keras.Input((8, 8, 1)), keras.layers.Identity()])
    out = evaluate_model(model, project.data)
    assert out["task"] == "reconstruction" and out["class_names"] == []
    scores = out["metrics_extra"]
    assert scores["mae"] == pytest.approx(0.0) and scores["r2"] == pytest.approx(1.0)


def test_the_autoencoder_template_rebuilds_recognisable_digits():
    """Issue 10: trained as shipped (its own epochs and seed), the template explains >= 80 % of the
    test pictures' variance (it was 0.48 with a relu code of 8, three of them dead), and every code
    number still carries something (varies between test digits)."""
    pytest.importorskip("tensorflow")
    import keras

    from deskdl.ml.evaluate import regression_metrics
    from deskdl.ml.training import ListReporter, TrainingJob, run_training

    project = Project.load(TEMPLATE)
    assert project.graph.node("code").params["activation"] == "linear"
    r = run_training(TrainingJob.from_project(project), ListReporter())
    assert r.status == "finished", r.error and r.error.text
    assert r.epochs_run == project.training["epochs"] == 30
    x_test = datasets.load_config(project.data).x_test
    scores = regression_metrics(x_test, r.model.predict(x_test, verbose=0))
    assert scores["r2"] >= 0.8, scores
    code = keras.Model(r.model.inputs, r.model.get_layer("code").output).predict(x_test, verbose=0)
    assert code.shape == (len(x_test), 16)
    assert (code.std(axis=0) > 1e-3).all()
