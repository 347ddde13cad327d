"""Issue 18: the teaching texts outside the layer catalog state true facts, in one vocabulary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deskdl.core.graph import ModelGraph
from deskdl.core.training import DEFAULT_TRAINING, OPTIMIZERS
from deskdl.ml import datasets
from deskdl.ml.training import EARLY_STOP_TEXT, early_stop_text
from deskdl.qt.train import jobs
from deskdl.qt.train.texts import NAN_EXPLANATION, NOT_READY, TIPS

ROOT = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------ early stopping
def test_early_stop_text_names_the_watched_loss_and_warns_for_the_training_loss():
    assert early_stop_text("val_loss") == "Stopped early: the validation loss stopped improving."
    assert early_stop_text("loss") == (
        "Stopped early: the training loss stopped improving. With no validation share kept it watched "
        "training data, so it does not guard against overfitting: keep a validation share (e.g. 0.2).")
    assert early_stop_text("val_accuracy") == EARLY_STOP_TEXT.format(watched="validation accuracy")
    assert jobs.reason_text("early_stopped", early_stop_text("loss")) == early_stop_text("loss")
    assert jobs.reason_text("early_stopped") == "Stopped early: the watched loss stopped improving."


@pytest.mark.keras
def test_a_run_without_validation_says_it_watched_the_training_loss():
    from deskdl.ml.training import TrainingJob, run_training
    from tests.test_training import mlp

    # Adam at 0.5 bounces on the spiral, so the training loss stops improving within a few epochs.
    job = TrainingJob(graph=mlp(), data={"dataset": "spiral", "params": {}}, training={
        "optimizer": {"type": "Adam", "learning_rate": 0.5}, "epochs": 40, "batch_size": 16,
        "validation_split": 0.0, "seed": 0,
        "early_stopping": {"enabled": True, "monitor": "val_loss", "patience": 2,
                           "restore_best_weights": True}})
    r = run_training(job)
    assert r.status == "early_stopped" and r.epochs_run < 40
    assert r.early_stop == early_stop_text("loss")


def test_the_train_panel_shows_the_runners_account_of_the_early_stop(qtbot, monkeypatch):
    from deskdl.core.project import Project
    from deskdl.qt.train import TrainPanel
    from deskdl.qt.workers import TrainingHost
    from tests._fake_training import FakeControl

    monkeypatch.setattr(jobs, "make_job", lambda project: {"fake": True})

    def runner(job, reporter, control):
        reporter.run_started({"epochs": 3, "steps_per_epoch": 1})
        return {"status": "early_stopped", "history": {}, "early_stop": early_stop_text("loss")}

    host = TrainingHost(runner=runner, control_factory=FakeControl)
    project = Project()
    project.data = {"dataset": "spiral", "params": {}}
    panel = TrainPanel(project, host)
    qtbot.addWidget(panel)
    panel.set_tensorflow_ready(True)
    try:
        assert panel.start()
        qtbot.waitUntil(lambda: not panel.host.training, timeout=10_000)
        qtbot.waitUntil(lambda: panel.status.text() == early_stop_text("loss"), timeout=5_000)
    finally:
        assert host.shutdown(10_000)


# ------------------------------------------------------------------ Train tab tips
def test_optimizer_tips_match_the_settings():
    assert "momentum" in OPTIMIZERS["SGD"] and "momentum" in OPTIMIZERS["RMSprop"]
    assert TIPS["momentum"].startswith("SGD and RMSprop: keep part of the previous step")
    # The Adam tip explains why a new project starts at ten times the usual rate.
    start = DEFAULT_TRAINING["optimizer"]
    assert start["type"] == "Adam"
    assert f"A new project starts Adam at {start['learning_rate']:g}, ten times the usual" in \
        TIPS["learning_rate"]
    assert "Typical: 0.001 for Adam" in TIPS["learning_rate"]


def test_clipnorm_and_overfitting_tips_are_exact():
    assert TIPS["clipnorm"].startswith("Before the optimizer uses them, the gradients of each weight")
    assert "each weight is clipped on its own" in TIPS["clipnorm"]
    assert "weight update" not in TIPS["clipnorm"]
    assert "when the validation loss rises while the training loss keeps falling" in TIPS["validation_split"]
    assert "validation accuracy stalls or falls" in TIPS["validation_split"]
    assert "training loss instead, which does not guard against overfitting" in TIPS["early_stopping"]
    assert NAN_EXPLANATION.split(". ")[1].startswith("Usually the weights or outputs grew so large")


def test_build_is_the_word_for_the_model_tab():
    assert NOT_READY == "Build a model on the Build tab first."
    assert "Canvas" not in TIPS["start"] and "Build tab" in TIPS["start"]


# ------------------------------------------------------------------ data sets
def test_data_set_descriptions_state_the_facts():
    digits = datasets.get("digits").description
    assert "the 1797 digits of the UCI test part, written by 13 people" in digits
    assert "43" not in digits
    imdb = datasets.get("imdb").description
    assert "0 pads short reviews, 1 marks the start, 2 stands for a rare word" in imdb
    assert "(4 is the most common word, 'the')" in imdb
    help_text = next(p.help for p in datasets.get("mnist").params if p.name == "scaling")
    assert "for pictures they use one mean and spread" in help_text
    assert "divide: by the largest value a pixel can have (255, or 16 for the digits)" in help_text


def test_reviews_encoding_matches_the_described_convention():
    bundle = datasets.load_config({"dataset": "reviews", "params": {"samples": 40}})
    row = [int(v) for v in bundle.x_train[0]]
    first = next(i for i, v in enumerate(row) if v != 0)
    assert row[first] == 1 and min(row[first + 1:]) >= 3  # start mark, then words from 3 on


def _flip_graph() -> ModelGraph:
    g = ModelGraph()
    g.add_node("Input", {"shape": [8, 8, 1]}, "x")
    g.add_node("RandomFlip", {}, "flip", ["x"])
    g.add_node("Flatten", {}, "f", ["flip"])
    g.add_node("Dense", {"units": 10, "activation": "softmax"}, "y", ["f"])
    return g


def test_flipping_digits_is_flagged():
    bundle = datasets.load_config({"dataset": "digits", "params": {}})
    found = [d for d in datasets.check_fit(_flip_graph(), bundle, {"loss": "sparse_categorical_crossentropy"})
             if d.node_id == "flip"]
    assert [(d.severity, d.message) for d in found] == [(
        "warning", "flip mirrors the training digits, but a mirrored digit is often no longer that digit "
                   "(a mirrored 2, 3 or 7), so its label would be wrong")]
    assert found[0].fix.startswith("remove the RandomFlip")


def test_flipping_shapes_is_fine():
    g = _flip_graph()
    g.set_params("x", {"shape": [16, 16, 1]})
    bundle = datasets.load_config({"dataset": "shapes", "params": {"image_size": 16, "samples": 40}})
    assert not [d for d in datasets.check_fit(g, bundle, {"loss": "sparse_categorical_crossentropy"})
                if d.node_id == "flip"]


# ------------------------------------------------------------------ Evaluate and Inspect
def test_confusion_matrix_has_a_caption(qtbot):
    from deskdl.qt.eval_views import CONFUSION_CAPTION, ConfusionMatrixView

    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    assert view.caption.text() == CONFUSION_CAPTION
    assert "The diagonal holds the right answers" in CONFUSION_CAPTION
    assert "Colour is each true class's share (a row adds up to 100%)" in CONFUSION_CAPTION


def test_evaluate_texts_say_probability_and_when_test_scores_are_honest():
    from deskdl.qt.evaluate_panel import TEXT

    assert TEXT["mistakes"] == ("Mistakes on the test set (true → predicted, with the probability the model "
                                "gave it)")
    assert TEXT["honest"].endswith("as long as you chose the settings by the validation curves, not by these "
                                   "test scores.")
    for text in TEXT.values():
        assert "confidence" not in text and "chance" not in text


def test_inspect_names_gradients_as_vanishing_or_exploding():
    from deskdl.qt.inspect.texts import DENSE

    assert "are vanishing" not in DENSE
    assert "the gradients that train the early layers then tend to vanish" in DENSE


def test_convolution_lab_says_kernel():
    from deskdl.qt.inspect import conv_texts as T

    for name in ("KERNEL_TITLE", "ADD_TIP", "REMOVE_TIP", "BANK_TITLE", "SIZE_TIP", "SLICE_TIP"):
        assert "filter" not in getattr(T, name).lower(), name
    assert T.KERNEL_TITLE == "Kernel"


def test_lstm_template_describes_the_start_mark():
    doc = json.loads((ROOT / "resources" / "templates" / "lstm_sequence.deskdl").read_text(encoding="utf-8"))
    assert "a start mark, 1, comes before the first word" in doc["description"]
    assert "two probabilities, negative and positive, that add up to 1" in doc["description"]


def test_scaling_says_whose_statistics_it_used():
    import numpy as np

    table = datasets.scale_inputs(np.arange(12.0).reshape(4, 3), np.ones((2, 3)), "standardize")
    assert table[2] == "standardized to mean 0, spread 1 (each feature on its own, from the training part)"
    pictures = datasets.scale_inputs(np.arange(16.0).reshape(4, 2, 2, 1), np.ones((2, 2, 2, 1)), "minmax")
    assert pictures[2] == "scaled to 0..1 (one statistic for all values together, from the training part)"
    assert float(pictures[0].min()) == 0.0 and float(pictures[0].max()) == 1.0  # one min and max for all
