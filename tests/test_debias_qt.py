"""Issue 11, debiasing: the Train tab's view of a run, driven by the events the trainer sends."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from deskdl.core import events as ev  # noqa: E402
from deskdl.core.project import Project  # noqa: E402
from deskdl.paths import resource  # noqa: E402
from deskdl.qt.kinds import make_views, views_for  # noqa: E402
from deskdl.qt.train.debias_view import DONE, DebiasTrainView, accuracy_text, weights_text  # noqa: E402

SUMMARY = {"edges": [-1.0, 0.0, 1.0, 2.0], "counts": [[30, 8, 0], [0, 0, 2]], "mean_by_group": [0.9, 5.5],
           "weight_share_by_group": [0.9, 0.1], "share_by_group": [0.98, 0.02],
           "top": [4, 7, 1], "top_weights": [9.0, 8.0, 2.0], "top_groups": [1, 1, 0]}


def _started() -> ev.RunStarted:
    return ev.RunStarted("r1", "debias", ("epoch", "batch"), {"epoch": 14, "batch": 63},
                         {"vae_epochs": 4, "classifier_epochs": 5})


def test_the_kind_table_gives_a_debias_project_this_view(qtbot):
    project = Project.load(resource("templates", "debias_shapes.deskdl"))
    views = views_for(project)
    assert not views.decision_boundary
    built = make_views(views.train)
    assert [type(v) for v in built] == [DebiasTrainView]
    for v in built:
        qtbot.addWidget(v)


def test_the_view_follows_the_three_parts_and_shows_the_results(qtbot):
    view = DebiasTrainView()
    qtbot.addWidget(view)
    view.resize(260, 700)
    view.on_run_started(_started())
    assert view.stage.text().startswith("Part 1 of 3") and "epoch 1 of 4" in view.stage.text()
    view.on_scalars(ev.Scalars("r1", 2, 10, {"vae_loss": 0.3}))
    assert "epoch 3 of 4" in view.stage.text()
    view.on_scalars(ev.Scalars("r1", 5, -1, {"loss": 0.5, "accuracy": 0.8}, per=ev.PER_EPOCH))
    assert view.stage.text().startswith("Part 2 of 3") and "epoch 2 of 5" in view.stage.text()
    view.on_picture(ev.Picture("r1", "weights", np.zeros((2, 3), np.float32), meta=SUMMARY))
    assert view.weights.text() == weights_text(SUMMARY)
    assert "is 2% of the training pictures but gets 10% of the weight" in view.weights.text()
    assert "2 of the 3 most up-weighted pictures" in view.weights.text()
    view.on_picture(ev.Picture("r1", "accuracy", np.array([[0.97, 0.5], [np.nan, np.nan]])))
    assert view.result.text() == ("Accuracy without → with weights. normal: 97% → …; "
                                  "inverted: 50% → …")
    view.on_scalars(ev.Scalars("r1", 10, 3, {"weighted_loss": 0.4}))
    assert view.stage.text().startswith("Part 3 of 3") and "epoch 2 of 5" in view.stage.text()
    record = {"debias": {"accuracy": [[0.97, 0.5], [0.96, 0.66]], "weights": SUMMARY}}
    view.on_run_ended(ev.RunEnded("r1", "finished", record=record))
    assert view.stage.text() == DONE
    assert "inverted: 50% → 66% (+16 points)" in view.result.text()
    assert "normal: 97% → 96% (-1 points)" in view.result.text()
    heights = view.bars_after.opts["height"]
    assert list(np.round(heights, 2)) == [0.96, 0.66]
    view.on_run_started(_started())  # a new run forgets the last one's figures
    assert view.result.text() == "" and view.weights.text() == ""
    assert list(view.bars_after.opts["height"]) == [0, 0]


def test_accuracy_text_waits_for_what_is_not_known():
    assert accuracy_text(np.full((2, 2), np.nan)) == ""


# ------------------------------------------------------------------ Evaluate's page
def _record() -> dict:
    summary = dict(SUMMARY, top=[3, 0, 5])
    return {"id": "run-1", "kind": "debias", "dataset": {"dataset": "biased_shapes",
                                                         "params": {"samples": 50, "test_samples": 10}},
            "debias": {"accuracy": [[0.97, 0.5], [0.96, 0.66]], "weights": summary, "classifier_epochs": 5,
                       "seed": 0, "rare_in_train": 1, "n_train": 50,
                       "algorithm": {"latent_dim": 8, "bins": 10, "alpha": 0.3}}}


def test_evaluate_shows_the_last_comparison_of_a_reopened_project(qtbot):
    from deskdl.ml.datasets.biased_shapes import load_with_groups
    from deskdl.qt.evaluate_panel import EvaluatePanel
    from deskdl.qt.workers import TrainingHost

    project = Project.load(resource("templates", "debias_shapes.deskdl"))
    project.runs.append(_record())
    panel = EvaluatePanel(project, TrainingHost())
    qtbot.addWidget(panel)
    try:
        panel.set_project(project)
        page = panel.debias_page
        assert panel.pages.isTabVisible(3) and panel.pages.currentWidget() is page
        assert "trained 5 epochs with seed 0" in page.message.text()
        assert "1 of its 50 training pictures are of the rare style" in page.message.text()
        assert "inverted: 50% → 66% (+16 points)" in page.result.text()
        assert list(np.round(page.bars_before.opts["height"], 2)) == [0.97, 0.5]
        assert page.weights.text() == weights_text(SUMMARY)
        assert page.pictures_caption.text() == ("Left to right, top to bottom: weights 9.0, 8.0, 2.0. "
                                                "2 are inverted.")
        # the pictures are drawn again from the data set's seed, on the Keras thread
        qtbot.waitUntil(lambda: page.image.image is not None, timeout=20_000)
        bundle, _, _ = load_with_groups({"samples": 50, "test_samples": 10})
        shown = page.image.image
        assert shown.shape == (28, 4 * 29 - 1)  # 3 pictures fill the first row of 4
        assert np.allclose(shown[:, :28], bundle.x_train[3, :, :, 0])
        # another kind of project: the page goes away
        panel.set_project(Project())
        assert not panel.pages.isTabVisible(3) and page.result.text() == ""
    finally:
        assert panel.host.shutdown(30_000)


def test_a_project_without_a_run_says_how_to_get_one(qtbot):
    from deskdl.qt.debias_page import NO_RUN
    from deskdl.qt.evaluate_panel import EvaluatePanel
    from deskdl.qt.workers import TrainingHost

    project = Project.load(resource("templates", "debias_shapes.deskdl"))
    panel = EvaluatePanel(project, TrainingHost())
    qtbot.addWidget(panel)
    try:
        panel.set_project(project)
        assert panel.pages.isTabVisible(3) and panel.debias_page.message.text() == NO_RUN
    finally:
        assert panel.host.shutdown(30_000)


def test_the_curves_of_a_debiasing_run_have_titles_a_learner_reads():
    from deskdl.qt.train.curves import pretty

    assert pretty("vae_loss") == "VAE loss (rebuilding + beta x KL)"
    assert pretty("weighted_accuracy") == "Accuracy with the VAE's weights"
    assert pretty("weighted_loss") == "Loss with the VAE's weights"


def test_the_settings_form_writes_vae_in_capitals():
    from deskdl.core.kinds import DEBIAS, GAN
    from deskdl.qt.train.algorithm import label_of

    assert label_of(DEBIAS.setting("vae_epochs")) == "VAE epochs"
    assert label_of(DEBIAS.setting("latent_dim")) == "Latent dim"
    assert label_of(GAN.setting("d_steps")) == "D steps"
