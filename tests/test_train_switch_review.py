"""Opening another project while a run trains: the old run must not land in the new project."""

from __future__ import annotations

from deskdl.core.project import Project
from deskdl.qt.train import TrainPanel, jobs
from deskdl.qt.workers import TrainingHost
from tests._fake_training import FakeControl, fake_runner


def test_a_run_of_the_old_project_is_stopped_and_forgotten(qtbot, monkeypatch):
    monkeypatch.setattr(jobs, "make_job", lambda project, **kw: {"fake": True})
    host = TrainingHost(runner=fake_runner(epochs=3, steps=20, delay=0.02), control_factory=FakeControl)
    a = Project(name="A")
    a.data = {"dataset": "spiral", "params": {}}
    panel = TrainPanel(a, host)
    qtbot.addWidget(panel)
    panel.set_tensorflow_ready(True)
    completed = []
    panel.run_completed.connect(completed.append)
    try:
        assert panel.start()
        qtbot.waitUntil(lambda: panel.curves.has_run(panel._run_id), timeout=5_000)
        b = Project(name="B")
        b.data = {"dataset": "circle", "params": {}}
        panel.set_project(b)  # File > Open while A trains
        qtbot.waitUntil(lambda: not host.training, timeout=10_000)
        qtbot.wait(50)
        assert b.runs == []  # A's run record does not appear in B
        assert completed == []  # nor does its model reach Evaluate, Inspect, Save or Continue
        assert not panel.continue_box.isEnabled()
        assert panel.start_button.isEnabled()
    finally:
        assert host.shutdown(10_000)
