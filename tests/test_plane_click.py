"""Issue 10: clicking a spot of the decision-boundary plane shows the model's answer there.

The answer comes from the real model on the Keras thread (a one-layer softmax
model with chosen weights, so the probabilities are known exactly).
"""

from __future__ import annotations

import csv
import math
import re

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from deskdl.qt.train import boundary as B
from deskdl.qt.train import jobs
from deskdl.qt.train.boundary import DecisionBoundaryView, answer_text
from tests._models import spiral_project


def test_answer_text_in_words():
    assert answer_text(0.5, -1.25, [0.25, 0.75], class_names=["red", "blue"]) == (
        "At (0.50, -1.25) the model predicts blue: the probabilities are red 25%, blue 75%.")
    assert answer_text(1, 2, [0.2]) == (  # one sigmoid unit: the probability of class 1
        "At (1.00, 2.00) the model predicts class 0: the probabilities are class 0 80%, class 1 20%.")
    assert answer_text(0, 0, [1.2345], task="regression") == "At (0.00, 0.00) the model predicts 1.23."


def _view(qtbot):
    view = DecisionBoundaryView()
    qtbot.addWidget(view)
    view.resize(360, 460)
    view.show()
    qtbot.waitExposed(view)
    x = np.array([[-1.0, -1.0], [1.0, 1.0]])
    view.set_points(x, np.array([0, 1]), task="classification", n_classes=2, class_names=["a", "b"])
    return view


def _click(qtbot, view, x, y):
    pw = view._plot_widget
    scene_pos = view._plot.getViewBox().mapViewToScene(QPointF(x, y))
    pos = pw.mapFromScene(scene_pos)
    qtbot.mouseClick(pw.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_a_real_click_on_the_plane_emits_the_spot(qtbot):
    view = _view(qtbot)
    with qtbot.waitSignal(view.point_clicked) as got:
        _click(qtbot, view, 0.5, -0.5)
    x, y = got.args
    assert abs(x - 0.5) < 0.05 and abs(y + 0.5) < 0.05
    with qtbot.assertNotEmitted(view.point_clicked):  # a right click is not a question
        pw = view._plot_widget
        qtbot.mouseClick(pw.viewport(), Qt.MouseButton.RightButton,
                         pos=pw.mapFromScene(view._plot.getViewBox().mapViewToScene(QPointF(0, 0))))


def test_boundary_saves_its_answer_grid_as_csv(qtbot, tmp_path):
    view = _view(qtbot)
    assert not view.export_button.has_numbers()
    probs = np.zeros((2, 3, 2), np.float32)
    probs[..., 1] = [[0.0, 0.25, 0.5], [0.75, 1.0, 0.5]]
    probs[..., 0] = 1 - probs[..., 1]
    view.set_grid((-3.0, 3.0, -2.0, 2.0), probs)
    rows = list(csv.reader(open(view.export_button.save(tmp_path / "grid.csv"), newline="")))
    assert rows[0] == ["x", "y", "P(a)", "P(b)"]
    table = np.array(rows[1:], dtype=float)
    assert table[:, :2].tolist() == [[-2, -1], [0, -1], [2, -1], [-2, 1], [0, 1], [2, 1]]
    assert table[:, 3].tolist() == [0.0, 0.25, 0.5, 0.75, 1.0, 0.5]
    png = view.export_button.save(tmp_path / "grid.png")
    assert QImage(str(png)).width() == view._plot_widget.width()


# ------------------------------------------------------------------ with Keras
def _softmax_model():
    """Runs on the Keras thread: P(class 1) = 1 / (1 + exp(4x)), whatever y."""
    import keras

    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(2, activation="softmax")])
    model.set_weights([np.array([[2.0, -2.0], [0.0, 0.0]], np.float32), np.zeros(2, np.float32)])
    return model


@pytest.mark.keras
def test_click_shows_the_models_probabilities_there(qtbot):
    from deskdl.qt.train import TrainPanel
    from deskdl.qt.workers import TrainingHost

    host = TrainingHost()
    try:
        panel = TrainPanel(spiral_project(), host)
        qtbot.addWidget(panel)
        panel.set_tensorflow_ready(True)
        panel.resize(1200, 700)
        panel.show()
        qtbot.waitExposed(panel)
        view = panel.boundary
        assert view.isVisible()
        _click(qtbot, view, 0.25, 0.0)
        assert view.answer_line() == B.NO_MODEL_YET

        with qtbot.waitSignal(host.worker.call_finished, timeout=60_000) as built:
            tag = host.call(_softmax_model)
        assert built.args[0] == tag
        panel.set_trained_model(built.args[1])
        qtbot.waitUntil(lambda: view.image_array() is not None, timeout=30_000)

        _click(qtbot, view, 0.25, -0.5)
        assert view.answer_line().startswith("Asking the model")
        qtbot.waitUntil(lambda: view.answer_line().startswith("At ("), timeout=30_000)
        mx, my = (float(a[0]) for a in view._marker.getData())
        assert abs(mx - 0.25) < 0.05 and abs(my + 0.5) < 0.05
        p1 = 1.0 / (1.0 + math.exp(4 * mx))
        text = view.answer_line()
        pct = [int(v) for v in re.findall(r"(\d+)%", text.split("the probabilities are")[1])]
        assert abs(pct[1] - 100 * p1) <= 1 and abs(pct[0] - 100 * (1 - p1)) <= 1
        assert text.startswith(f"At ({mx:.2f}, {my:.2f}) the model predicts")
        # Straight from the Keras thread, the same numbers (to float32 precision).
        with qtbot.waitSignal(host.worker.call_finished, timeout=30_000) as direct:
            host.call(jobs.answer_at, built.args[1], 0.5, 3.0)
        assert direct.args[1]["values"] == pytest.approx([1 - 1 / (1 + math.e ** 2), 1 / (1 + math.e ** 2)],
                                                          abs=1e-6)
        # Another project: its plane forgets the old answer, and the old model is not asked.
        panel.set_project(spiral_project())
        assert view.answer_line() == B.CLICK_HINT
    finally:
        host.stop()
        assert host.shutdown(30_000)
