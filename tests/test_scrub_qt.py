"""Scrub through training with pytest-qt: one slider moves the decision boundary and Inspect's views."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.project import Project
from deskdl.qt.experiments.scrub import ScrubBar
from deskdl.qt.inspect.panel import InspectPanel
from deskdl.qt.train import TrainPanel, jobs
from deskdl.qt.workers import TrainingHost
from tests._fake_training import FakeControl, fake_runner


def test_scrub_bar_follows_the_newest_until_moved(qtbot):
    bar = ScrubBar()
    qtbot.addWidget(bar)
    assert not bar.isEnabled()
    bar.set_epochs([1, 2, 3])
    assert bar.isEnabled() and bar.current_epoch() == 3 and bar.label.text() == "3 epochs"
    with qtbot.waitSignal(bar.epoch_chosen) as got:
        bar.slider.setValue(0)
    assert got.args == [1.0] and bar.label.text() == "1 epoch"
    bar.set_epochs([1, 2, 3, 4])  # looking back: stays
    assert bar.current_epoch() == 1
    bar.slider.setValue(3)
    bar.set_epochs([1, 2, 3, 4, 5])  # at the end: follows
    assert bar.current_epoch() == 5


@pytest.fixture
def panel(qtbot, monkeypatch):
    monkeypatch.setattr(jobs, "make_job", lambda project: {"fake": True})
    host = TrainingHost(runner=fake_runner(epochs=5, steps=2), control_factory=FakeControl)
    project = Project()
    project.data = {"dataset": "spiral", "params": {}}
    p = TrainPanel(project, host)
    qtbot.addWidget(p)
    p.set_tensorflow_ready(True)
    p.resize(1300, 800)
    p.show()
    yield p
    assert host.shutdown(10_000)


def test_scrubbing_a_run_moves_the_boundary_and_inspect(qtbot, panel):
    panel.start()
    qtbot.waitUntil(lambda: not panel.host.training, timeout=10_000)
    qtbot.waitUntil(lambda: len(panel._boundary_snaps) == 5, timeout=5_000)
    assert panel.scrub.isEnabled() and panel.scrub.current_epoch() == 5
    last = panel.boundary.image_array().copy()
    inspect = InspectPanel(panel.project, panel.host)
    qtbot.addWidget(inspect)
    inspect.snapshots = [{"epoch": e, "weights": {"d": {}}, "filters": {"c": np.zeros((2, 3, 3, 1))}}
                         for e in (0, 2, 4)]
    panel.scrubbed.connect(inspect.scrub_to)
    with qtbot.waitSignal(panel.scrubbed) as got:
        panel.scrub.slider.setValue(0)
    assert got.args == [1.0]
    first = panel.boundary.image_array()
    assert not np.allclose(first, last)  # the fake model's boundary sharpens every epoch
    assert "1 epoch" in panel.boundary._status.text()
    assert inspect.filters.slider.value() == 0 and inspect.dense.slider.value() == 0
    panel.scrub.slider.setValue(2)  # epoch 3: Inspect shows its epoch-2 snapshot
    assert inspect.filters.slider.value() == 1 and inspect.dense.slider.value() == 1
    panel.scrub.slider.setValue(4)
    assert np.allclose(panel.boundary.image_array(), last, atol=2e-3)  # float16 copies: close enough
    assert inspect.filters.slider.value() == 2
    # a new run starts from nothing
    panel.start()
    assert len(panel._boundary_snaps) == 0 and not panel.scrub.isEnabled()
    qtbot.waitUntil(lambda: not panel.host.training, timeout=10_000)
