"""Real Keras runs through the Qt worker (seconds each): spiral life cycle, stop, NaN, boundary."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.qt import dialogs
from deskdl.qt.train import TrainPanel
from deskdl.qt.workers import ModelRef, TrainingHost
from tests._models import spiral_project

pytestmark = pytest.mark.keras


@pytest.fixture(scope="module")
def host():
    h = TrainingHost()
    yield h
    assert h.shutdown(30_000)


@pytest.fixture
def panel(qtbot, host):
    p = TrainPanel(spiral_project(), host)
    qtbot.addWidget(p)
    p.set_tensorflow_ready(True)
    p.show()
    yield p
    host.stop()
    qtbot.waitUntil(lambda: not host.training, timeout=30_000)
    for sig, slot in _connections(p):
        sig.disconnect(slot)


def _connections(p):
    w = p.host.worker
    return [(w.run_started, p._on_run_started), (w.epoch_started, p._on_epoch_started),
            (w.batch_ended, p._on_batch_ended), (w.epoch_ended, p._on_epoch_ended),
            (w.probe_ready, p._on_probe_ready), (w.run_finished, p._on_run_finished),
            (w.run_failed, p._on_run_failed), (w.failure_kind, p._on_failure_kind),
            (p.host.training_changed, p._on_training_changed)]


def test_spiral_trains_and_everything_updates(qtbot, panel, monkeypatch):
    failed = []
    monkeypatch.setattr(dialogs, "show_failure", lambda *a, **k: failed.append(a))
    with qtbot.waitSignal(panel.run_completed, timeout=60_000) as blocker:
        run_id = panel.start()
    assert not failed, failed
    result = blocker.args[0]
    assert result["status"] == "finished" and result["model"] == ModelRef(run_id)  # a name; the model stays
    qtbot.wait(60)
    assert len(panel.curves.series(run_id, "loss", "train")) == 3
    assert len(panel.curves.series(run_id, "accuracy", "val")) == 3
    assert len(panel.curves.series(run_id, "loss", "batch")) >= 3
    assert len(panel.curves.series(run_id, "lr", "lr")) >= 3
    assert panel.boundary.updates >= 2  # live probes during training, not only at the end
    img = panel.boundary.image_array()
    assert img.shape == (64, 64, 3) and np.isfinite(img).all()
    assert panel.project.runs[-1]["id"] == run_id and panel.project.runs[-1]["status"] == "finished"


def test_stop_ends_the_run_quickly(qtbot, panel):
    panel.project.training["epochs"] = 500
    panel.settings.set_config(panel.project.training)
    with qtbot.waitSignal(panel.run_completed, timeout=60_000) as blocker:
        panel.start()
        qtbot.waitUntil(lambda: panel._epoch >= 1, timeout=60_000)
        panel.stop()
    assert blocker.args[0]["status"] == "stopped"
    assert blocker.args[0]["epochs_run"] < 500


def test_pause_then_resume(qtbot, panel):
    panel.project.training["epochs"] = 200
    with qtbot.waitSignal(panel.run_completed, timeout=90_000):
        panel.start()
        qtbot.waitUntil(lambda: panel._epoch >= 1, timeout=60_000)
        panel.toggle_pause()
        qtbot.wait(300)
        n = len(panel.curves.series(panel.current_run_id, "loss", "batch"))
        qtbot.wait(300)
        assert len(panel.curves.series(panel.current_run_id, "loss", "batch")) == n
        panel.toggle_pause()
        qtbot.waitUntil(lambda: len(panel.curves.series(panel.current_run_id, "loss", "batch")) > n,
                        timeout=30_000)
        panel.stop()


def test_nan_loss_is_explained(qtbot, panel, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_failure", lambda *a, **k: shown.append(a))
    panel.project.training["optimizer"] = {"type": "SGD", "learning_rate": 10.0, "momentum": 0.9,
                                           "nesterov": False}
    panel.project.training["loss"] = "mean_squared_error"
    panel.project.training["metrics"] = []
    panel.project.training["epochs"] = 50
    panel.project.data = {"dataset": "regression_plane", "params": {"samples": 300}}
    g = panel.project.graph
    g.set_params("y", {"units": 1, "activation": "linear"})
    g.set_params("h1", {"activation": "relu"})
    g.set_params("h2", {"activation": "relu"})
    panel.start()
    qtbot.waitUntil(lambda: not panel.host.training, timeout=60_000)
    assert panel.banner.isVisible(), panel.status.text()
    text = panel.banner.text().lower()
    # Seeded: this run's loss turns NaN in epoch 1 (before the exploding check can see it grow).
    assert "the loss became nan (not a number) in epoch 1:" in text and "exploding" not in text
    assert "learning rate" in text
    assert not shown  # an inline explanation, not a modal error
    assert panel.start_button.isEnabled()


def test_continue_starts_from_the_trained_weights(qtbot, panel, monkeypatch):
    """Continue: run 2 starts where run 1 ended (first loss near run 1's last, far below a fresh start)."""
    failed = []
    monkeypatch.setattr(dialogs, "show_failure", lambda *a, **k: failed.append(a))
    panel.project.data = {"dataset": "circle", "params": {}}  # learnt quickly by this small tanh net
    panel.refresh_data()
    panel.project.training["epochs"] = 25
    panel.project.training["seed"] = 0
    assert not panel.continue_box.isEnabled()  # nothing trained yet
    with qtbot.waitSignal(panel.run_completed, timeout=90_000) as first:
        panel.start()
    fresh_first = first.args[0]["history"]["loss"][0]
    trained_last = first.args[0]["history"]["loss"][-1]
    assert trained_last < 0.8 * fresh_first, (fresh_first, trained_last)
    panel.set_trained_model(first.args[0]["model"])
    # run_completed can come a moment before the worker says it is idle (training_changed): the box
    # turns on then, as it does in the window.
    qtbot.waitUntil(panel.continue_box.isEnabled, timeout=30_000)
    panel.continue_box.setChecked(True)
    panel.project.training["epochs"] = 1
    qtbot.waitUntil(lambda: not panel.host.training, timeout=30_000)
    with qtbot.waitSignal(panel.run_completed, timeout=90_000) as second:
        assert panel.start()
    assert not failed, failed
    again_first = second.args[0]["history"]["loss"][0]
    assert abs(again_first - trained_last) < abs(again_first - fresh_first), (fresh_first, trained_last,
                                                                             again_first)
    panel.set_project(spiral_project())  # another project: nothing to continue from
    assert not panel.continue_box.isEnabled() and not panel.continue_box.isChecked()
