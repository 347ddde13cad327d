"""Issue 10: the Train tab's time estimate stays put while paused or stepping; whole epochs read whole."""

from __future__ import annotations

import numpy as np

from deskdl.core.project import Project
from deskdl.qt.train import TrainPanel
from deskdl.qt.train import panel as panel_mod
from deskdl.qt.train.boundary import DecisionBoundaryView, epochs_text
from deskdl.qt.workers import TrainingHost
from tests._fake_training import FakeControl, fake_runner


def test_time_left_stays_put_while_paused_and_stepping(qtbot, monkeypatch):
    host = TrainingHost(runner=fake_runner(), control_factory=FakeControl)
    panel = TrainPanel(Project(), host)
    qtbot.addWidget(panel)
    clock = [1000.0]
    monkeypatch.setattr(panel_mod.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(TrainingHost, "training", property(lambda self: True))
    for name in ("pause", "resume", "step"):
        monkeypatch.setattr(host, name, lambda: None)
    panel._run_id = "r"
    panel.curves.begin_run("r", "#0072B2")
    panel._on_run_started({"run_id": "r", "epochs": 10, "steps_per_epoch": 100})

    def batches(epoch, n):
        for i in range(n):
            clock[0] += 0.1
            panel._on_batch_ended({"run_id": "r", "rows": [{"epoch": epoch, "batch": i, "steps": 100,
                                                            "logs": {"loss": 1.0}}]})
        panel._on_epoch_started({"run_id": "r", "epoch": epoch + 1})  # shows at once

    batches(0, 100)  # one epoch of ten in 10 s: 90 s left
    assert panel.progress.format().endswith("1:30 left")
    panel.toggle_pause()
    clock[0] += 600  # ten minutes away from the desk
    panel.step()
    clock[0] += 0.1
    panel._on_batch_ended({"run_id": "r", "rows": [{"epoch": 1, "batch": 0, "steps": 100, "logs": {}}]})
    panel._on_epoch_started({"run_id": "r", "epoch": 1})
    assert panel.progress.format().endswith("1:30 left")  # was 1:30:30 (the pause counted as training)
    clock[0] += 30
    panel.toggle_pause()  # resume: 201 of 1000 batches done in 20 s of running
    batches(1, 100)
    assert panel.progress.format().endswith("1:20 left"), panel.progress.format()
    monkeypatch.undo()
    assert host.shutdown(10_000)


def test_whole_epochs_are_whole_numbers(qtbot):
    assert epochs_text(3.0) == "3 epochs" and epochs_text(1) == "1 epoch"
    assert epochs_text(2.4) == "2.4 epochs" and epochs_text(0) == "0 epochs"
    view = DecisionBoundaryView()
    qtbot.addWidget(view)
    view.set_grid((-1, 1, -1, 1), np.full((4, 4, 2), 0.5, np.float32), epoch=3.0)
    assert view._status.text() == "after 3 epochs"  # was "after 3.0 epochs"
