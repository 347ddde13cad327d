"""The Evaluate tab: confusion matrix counts, mistakes, the drawing pad, saving."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.qt.drawing_pad import DrawingPad, area_resize, ink_to_input
from deskdl.qt.eval_views import ConfusionMatrixView
from deskdl.qt.evaluate_panel import EvaluatePanel
from deskdl.qt.train import TrainPanel
from deskdl.qt.workers import TrainingHost
from tests._models import digits_project


def test_confusion_matrix_counts_equal_numpy(qtbot):
    rng = np.random.default_rng(0)
    true, pred = rng.integers(0, 4, 300), rng.integers(0, 4, 300)
    expected = np.zeros((4, 4), int)
    np.add.at(expected, (true, pred), 1)
    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    view.set_matrix(expected, ["circle", "square", "triangle", "cross"])
    assert np.array_equal(view.counts, expected)
    shown = {(round(t.pos().y()), round(t.pos().x())): int(t.toPlainText()) for t in view.text_items()}
    for (i, j), v in shown.items():
        assert expected[i, j] == v
    assert sum(shown.values()) == 300


@pytest.mark.parametrize("shape,max_value", [((8, 8, 1), 1.0), ((64,), 16.0), ((28, 28, 1), 1.0),
                                              ((28, 28), 1.0)])
def test_drawing_pad_gives_the_model_input_shape(qtbot, shape, max_value):
    pad = DrawingPad()
    qtbot.addWidget(pad)
    pad.stroke([(0.3, 0.2), (0.7, 0.2), (0.3, 0.8), (0.7, 0.8)])  # a Z
    x = ink_to_input(pad.ink(), shape, max_value=max_value)
    assert x.shape == (1, *shape) and x.dtype == np.float32
    assert 0 <= x.min() and x.max() == pytest.approx(max_value)
    pad.clear()
    assert pad.is_empty() and not ink_to_input(pad.ink(), shape).any()


def test_area_resize_keeps_the_mean():
    a = np.random.default_rng(1).random((224, 224))
    assert area_resize(a, 8, 8).mean() == pytest.approx(a.mean())
    assert area_resize(a, 28, 28).shape == (28, 28)


@pytest.mark.keras
def test_digits_cnn_evaluated_and_pad_predicts(qtbot, tmp_path):
    host = TrainingHost()
    try:
        project = digits_project(epochs=2)
        train = TrainPanel(project, host)
        ev = EvaluatePanel(project, host)
        for w in (train, ev):
            qtbot.addWidget(w)
            w.set_tensorflow_ready(True)
        train.run_completed.connect(ev.set_result)
        with qtbot.waitSignal(train.run_completed, timeout=90_000):
            train.start()
        qtbot.waitUntil(lambda: ev.confusion.counts is not None, timeout=30_000)
        cm = ev.confusion.counts
        assert cm.shape == (10, 10) and cm.sum() == 359  # the digits test set (20 % of 1797)
        assert "accuracy" in ev.metrics.text()
        assert ev.mistakes.count() == min(48, int(cm.sum() - np.trace(cm)))  # every mistake, up to 48
        assert ev.pad.isEnabled() and ev._input_shape == (8, 8, 1)
        ev.pad.stroke([(0.5, 0.15), (0.5, 0.85)])  # a "1"
        qtbot.waitUntil(lambda: ev.bars.values.size == 10 and ev.bars.values.sum() > 0.99, timeout=30_000)
        assert ev.current_input().shape == (1, 8, 8, 1)
        target = tmp_path / "digits.keras"
        tag = ev.save_to(str(target))
        qtbot.waitUntil(lambda: target.exists() and tag not in ev._tags, timeout=30_000)
        assert "Saved" in ev.message.text()
    finally:
        assert host.shutdown(30_000)


@pytest.mark.keras
def test_mistaken_reviews_are_listed_as_words(qtbot):
    from deskdl.core import datagen
    from deskdl.core.project import Project
    from deskdl.ml.build import build_model
    from deskdl.paths import resources_dir
    from deskdl.qt.evaluate_panel import evaluate_model

    project = Project.load(resources_dir() / "templates" / "lstm_sequence.deskdl")
    report = evaluate_model(build_model(project.graph), project.data)  # untrained: many mistakes
    host = TrainingHost()
    try:
        ev = EvaluatePanel(project, host)
        qtbot.addWidget(ev)
        ev._show_mistakes(report["misclassified"], report["class_names"], report["vocabulary"])
        assert ev.mistakes.count() > 0
        for i in range(ev.mistakes.count()):
            verdict, text = ev.mistakes.item(i).text().split(":  ")
            assert " → " in verdict
            assert all(w in datagen.REVIEW_WORDS for w in text.split())
    finally:
        assert host.shutdown(30_000)


def _trained_evaluate_panel(qtbot, project, host):
    """A shown Evaluate panel holding the model of one real run of ``project`` (through a Train panel)."""
    train = TrainPanel(project, host)
    ev = EvaluatePanel(project, host)
    for w in (train, ev):
        qtbot.addWidget(w)
        w.set_tensorflow_ready(True)
    ev.show()
    train.run_completed.connect(ev.set_result)
    with qtbot.waitSignal(train.run_completed, timeout=120_000):
        train.start()
    return ev


@pytest.mark.keras
def test_typed_review_is_read_word_by_word_and_answered(qtbot):
    """Word-sequence data: the learner types a review and the trained LSTM answers as they type."""
    from deskdl.core.project import Project
    from deskdl.paths import resources_dir
    from deskdl.qt.evaluate_panel import TYPE

    project = Project.load(resources_dir() / "templates" / "lstm_sequence.deskdl")
    host = TrainingHost()
    try:
        ev = _trained_evaluate_panel(qtbot, project, host)
        qtbot.waitUntil(lambda: ev.try_stack.currentIndex() == TYPE, timeout=30_000)
        assert ev.text_input.isEnabled() and not ev.pad.isVisible()
        assert ev._example_buttons, "example sentences made of known words are offered"

        def answer(text):
            ev.text_input.clear()
            qtbot.keyClicks(ev.text_input, text)
            qtbot.waitUntil(lambda: not ev._predict_pending and not ev._predict_again
                            and ev.bars.values.size == 2 and ev.bars.values.sum() > 0.99, timeout=30_000)
            return ev.bars.values.copy()

        good = answer("the film was really good")
        assert good[1] > 0.5  # positive
        bad = answer("the film was not good")  # one word more, and the answer turns
        assert bad[0] > 0.5
        assert "not" in ev.text_read.text()
        x, unknown = ev.typed_input()
        assert x.shape == (1, 24) and unknown == []
        answer("the zzyzx was good")
        assert "zzyzx" in ev.text_read.text()  # unknown words are pointed out
        ev._example_buttons[0].click()
        assert ev.text_input.text() == ev._example_buttons[0].text()
    finally:
        assert host.shutdown(30_000)


def test_points_data_points_to_the_decision_boundary(qtbot):
    from deskdl.core.project import Project
    from deskdl.qt.evaluate_panel import OFF, TEXT

    ev = EvaluatePanel(Project(), TrainingHost())
    qtbot.addWidget(ev)
    ev.show()
    ev._setup_pad({"input_shape": [2], "data_info": {"kind": "points2d"}})
    assert ev.try_stack.currentIndex() == OFF and ev.pad_help.text() == TEXT["points_off"]
    assert not ev.bars.isVisible()
    assert ev.host.shutdown(10_000)


@pytest.mark.keras
def test_autoencoder_shows_copies_and_rebuilds_a_drawing(qtbot):
    """An autoencoder has no classes: Evaluate shows test pictures beside their copies, and a drawn copy."""
    from deskdl.core.project import Project
    from deskdl.paths import resources_dir

    project = Project.load(resources_dir() / "templates" / "autoencoder.deskdl")
    project.training["epochs"] = 2
    host = TrainingHost()
    try:
        ev = _trained_evaluate_panel(qtbot, project, host)
        qtbot.waitUntil(lambda: ev.mistakes.count() > 0, timeout=30_000)
        assert "rebuilt" in ev.mistakes_box.title() and not ev.confusion.isVisible()
        errors = [float(ev.mistakes.item(i).text().split()[-1]) for i in range(ev.mistakes.count())]
        assert errors == sorted(errors, reverse=True)  # worst first
        assert ev.mistakes.item(0).icon().actualSize(ev.mistakes.iconSize()).width() > 56  # a pair
        assert ev.rebuilt.isVisible() and not ev.bars.isVisible()
        ev.pad.stroke([(0.5, 0.15), (0.5, 0.85)])
        qtbot.waitUntil(lambda: ev.rebuilt.pixmap() is not None and not ev.rebuilt.pixmap().isNull(),
                        timeout=30_000)
    finally:
        assert host.shutdown(30_000)


def test_before_training_and_point_mistakes_read_as_text(qtbot):
    from deskdl.core.project import Project
    from deskdl.qt.evaluate_panel import OFF, TEXT

    ev = EvaluatePanel(Project(), TrainingHost())
    qtbot.addWidget(ev)
    ev.show()
    assert ev.try_stack.currentIndex() == OFF and ev.pad_help.text() == TEXT["try_later"]
    assert not ev.pad.isVisible() and not ev.bars.isVisible()  # no empty pad or chart before a model
    mis = {"x": np.array([[0.25, -0.5], [0.1, 0.9]], np.float32), "y_true": np.array([0, 1]),
           "y_pred": np.array([1, 0]), "probs": np.array([[0.2, 0.8], [0.6, 0.4]])}
    ev._show_mistakes(mis, ["orange (0)", "blue (1)"])
    assert ev.mistakes.viewMode() == ev.mistakes.ViewMode.ListMode
    assert ev.mistakes.item(0).text() == "orange (0) → blue (1) 80%   at (0.25, -0.50)"
    assert ev.host.shutdown(10_000)


def test_a_digit_drawn_at_pad_size_comes_back_as_the_same_8x8_picture():
    """The pad's scaling matches the data: a UCI digit drawn big (thick ink) comes back close to itself."""
    from deskdl.ml import datasets
    from deskdl.qt.drawing_pad import DEFAULT_FILL, fill_for

    x = datasets.load("digits").x_test[:60, ..., 0]
    x = x / x.max()

    def drawn(img):  # 8x8 -> 224x224 thick ink, as a mouse drawing would be
        big = np.kron(img, np.ones((28, 28)))
        return (big > 0.45).astype(np.float64) * 255

    def closeness(fill):
        out = [ink_to_input(drawn(img), (8, 8, 1), fill=fill)[0, ..., 0] for img in x]
        return np.mean([np.corrcoef(a.ravel(), b.ravel())[0, 1] for a, b in zip(out, x)])

    assert fill_for("digits") == 1.0
    assert closeness(fill_for("digits")) > 0.8
    assert closeness(fill_for("digits")) > closeness(DEFAULT_FILL) + 0.1  # the old scaling shrank them


def test_a_late_answer_of_the_previous_model_is_ignored(qtbot):
    from deskdl.core.project import Project

    ev = EvaluatePanel(Project(), TrainingHost())
    qtbot.addWidget(ev)
    ev.bars.set_classes(["a", "b", "c"])
    ev._tags["old-predict"] = "predict"  # a drawing was sent to the first model...
    ev._predict_pending = True
    ev.set_result({"model": None, "class_names": ["x", "y"], "input_shape": [8, 8, 1]})  # ...then a new run
    ev.host.worker.call_finished.emit("old-predict", np.array([0.2, 0.3, 0.5]))  # its answer comes late
    assert ev.bars.values.sum() == 0 and not ev._predict_pending
    assert ev.host.shutdown(10_000)
