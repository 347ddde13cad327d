"""MC dropout on the Train tab's decision boundary: "Show uncertainty (MC dropout)".

The spread comes from a real model with a Dropout layer, asked on the Keras thread.
"""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.ml.uncertainty import MC_SAMPLES, NO_DROPOUT
from deskdl.qt.train import boundary as B
from deskdl.qt.train.boundary import DecisionBoundaryView
from tests._models import spiral_project


def test_view_paints_the_spread_with_a_legend_and_goes_back(qtbot):
    view = DecisionBoundaryView()
    qtbot.addWidget(view)
    view.resize(360, 480)
    view.show()
    view.set_points(np.array([[-0.5, -0.5], [0.5, 0.5]]), np.array([0, 1]), task="classification",
                    n_classes=2)
    probs = np.full((4, 4, 2), 0.5, np.float32)
    view.set_grid((-1.2, 1.2, -1.2, 1.2), probs, 3)
    assert view.image_array().shape == (4, 4, 3)  # class colours
    spread = np.linspace(0, 0.31, 16, dtype=np.float32).reshape(4, 4)
    with qtbot.waitSignal(view.uncertainty_shown):
        view.set_uncertainty((-1.2, 1.2, -1.2, 1.2), spread, 30)
    assert view.uncertainty_box.isChecked()
    assert view.image_array().shape == (4, 4)  # one value per spot, through the colour map
    (vx0, vx1), (vy0, vy1) = view._plot.getViewBox().viewRange()
    assert vx0 <= -1.19 and vx1 >= 1.19 and vy0 <= -1.19 and vy1 >= 1.19  # the whole plane, far spots too
    assert view._colorbar is not None and view._colorbar.levels() == pytest.approx((0.0, 0.35))
    assert "standard deviation" in view._caption.text() and "30 passes" in view._caption.text()
    assert "Monte Carlo dropout" in view._caption.toolTip()
    assert view._plot.titleLabel.text == B.UNCERTAINTY_TITLE
    # Unticking shows the boundary again, without its colour bar.
    view.uncertainty_box.setChecked(False)
    assert view.uncertainty_array() is None and view.image_array().shape == (4, 4, 3)
    assert view._colorbar is None and view._caption.text() == B.CAPTION_CLS
    (vx0, vx1), _ = view._plot.getViewBox().viewRange()
    assert vx0 > -1.0 and vx1 < 1.0  # back to the data's own range
    # A new answer of the model (another epoch) replaces an old spread and unticks the box.
    view.set_uncertainty((-1.2, 1.2, -1.2, 1.2), spread, 30)
    view.set_grid((-1.2, 1.2, -1.2, 1.2), probs, 4)
    assert not view.uncertainty_box.isChecked() and view.uncertainty_array() is None


def _dropout_model(dropout: bool):
    """Runs on the Keras thread: a small trained-looking classifier, with or without Dropout."""
    import keras

    keras.utils.set_random_seed(5)
    layers = [keras.Input((2,)), keras.layers.Dense(32, activation="relu")]
    if dropout:
        layers.append(keras.layers.Dropout(0.4))
    layers.append(keras.layers.Dense(2, activation="softmax"))
    return keras.Sequential(layers)


@pytest.mark.keras
def test_train_tab_shows_the_mc_dropout_spread_off_the_gui_thread(qtbot):
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
        view.uncertainty_box.setChecked(True)  # no model yet
        assert not view.uncertainty_box.isChecked() and view.answer_line() == B.UNC_NO_MODEL

        with qtbot.waitSignal(host.worker.call_finished, timeout=60_000) as built:
            host.call(_dropout_model, False)
        panel.set_trained_model(built.args[1])
        qtbot.waitUntil(lambda: view.image_array() is not None, timeout=30_000)
        view.uncertainty_box.setChecked(True)  # a model without Dropout: said plainly
        qtbot.waitUntil(lambda: view.answer_line() == NO_DROPOUT, timeout=30_000)
        assert not view.uncertainty_box.isChecked() and view.uncertainty_array() is None

        with qtbot.waitSignal(host.worker.call_finished, timeout=60_000) as built:
            host.call(_dropout_model, True)
        panel.set_trained_model(built.args[1])
        with qtbot.waitSignal(view.uncertainty_shown, timeout=60_000):
            view.uncertainty_box.setChecked(True)
            assert view.answer_line() == B.UNC_ASKING.format(n=MC_SAMPLES)  # asked, not computed here
        spread = view.uncertainty_array()
        assert spread.shape == (64, 64) and float(spread.max()) > 0.01 and float(spread.min()) >= 0.0
        assert view.uncertainty_box.isChecked()
        view.uncertainty_box.setChecked(False)
        assert view.uncertainty_array() is None and view.image_array().ndim == 3
    finally:
        host.stop()
        assert host.shutdown(30_000)


@pytest.mark.keras
@pytest.mark.slow
def test_ticked_during_a_run_it_is_painted_when_the_run_ends(qtbot):
    from deskdl.qt.train import TrainPanel
    from deskdl.qt.workers import TrainingHost

    project = spiral_project(epochs=2, units=8)
    project.graph.add_node("Dropout", {"rate": 0.3}, node_id="drop", inputs=["h2"])
    project.graph.disconnect("h2", "y")
    project.graph.connect("drop", "y")
    host = TrainingHost()
    try:
        panel = TrainPanel(project, host)
        qtbot.addWidget(panel)
        models = []
        panel.run_completed.connect(lambda r: models.append(r.get("model")))  # what the window's stages do
        panel.run_completed.connect(lambda r: panel.set_trained_model(r.get("model")))
        panel.set_tensorflow_ready(True)
        panel.resize(1200, 700)
        panel.show()
        qtbot.waitExposed(panel)
        view = panel.boundary
        with qtbot.waitSignal(host.training_changed, timeout=60_000):
            panel.start()
        view.uncertainty_box.setChecked(True)
        assert view.answer_line() == B.UNC_BUSY and not view.uncertainty_box.isChecked()
        with qtbot.waitSignal(view.uncertainty_shown, timeout=180_000):
            pass
        assert models and models[-1] is not None and view.uncertainty_box.isChecked()
        assert float(view.uncertainty_array().max()) > 0.0
    finally:
        host.stop()
        assert host.shutdown(30_000)


def test_regression_surface_and_its_spread(qtbot):
    view = DecisionBoundaryView()
    qtbot.addWidget(view)
    view.set_points(np.array([[-0.5, 0.0], [0.5, 0.0]]), np.array([-2.0, 3.0]), task="regression")
    view.set_grid((-1.2, 1.2, -1.2, 1.2), np.zeros((4, 4), np.float32), 2)
    assert view._colorbar.levels() == pytest.approx((-2.0, 3.0))
    view.set_uncertainty((-1.2, 1.2, -1.2, 1.2), np.full((4, 4), 0.72, np.float32), 30)
    assert view._colorbar.levels() == pytest.approx((0.0, 0.75))  # a spread of values, not probabilities
    assert view._caption.text() == B.CAPTION_UNC_REG.format(n=30)
    view.uncertainty_box.setChecked(False)
    assert view._colorbar.levels() == pytest.approx((-2.0, 3.0)) and view._caption.text() == B.CAPTION_REG
