"""The Train tab's Doctor box: live findings while a run trains, after it, and one-click Apply."""

from __future__ import annotations

import pytest

from deskdl.core.project import Project
from deskdl.qt.train import TrainPanel, jobs
from deskdl.qt.train.doctor_view import APPLIED, HEALTHY, WAITING, DoctorBox
from deskdl.qt.workers import TrainingHost
from tests._fake_training import FakeControl

CLIMBING = [1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6]


def climbing_runner(job, reporter, control):
    """Reports a loss that climbs every epoch: the doctor must call the learning rate too high."""
    reporter.run_started({"epochs": len(CLIMBING), "steps_per_epoch": 1})
    for e, loss in enumerate(CLIMBING):
        reporter.epoch_started(e)
        reporter.batch_ended(e, 0, {"loss": loss}, steps=1)
        control.checkpoint()
        reporter.epoch_ended(e, {"loss": loss, "val_loss": loss * 1.1})
    return {"status": "finished", "batches": len(CLIMBING), "model": None}


@pytest.fixture
def panel(qtbot, monkeypatch):
    monkeypatch.setattr(jobs, "make_job", lambda project: {"fake": True})
    host = TrainingHost(runner=climbing_runner, control_factory=FakeControl)
    project = Project()
    project.data = {"dataset": "spiral", "params": {}}
    project.training["optimizer"] = {"type": "SGD", "learning_rate": 0.5}
    p = TrainPanel(project, host)
    qtbot.addWidget(p)
    p.set_tensorflow_ready(True)
    p.resize(1300, 800)
    p.show()
    yield p
    assert host.shutdown(10_000)


def test_doctor_box_lists_findings_and_applies_one(qtbot, panel):
    assert panel.doctor.status.text() == WAITING and not panel.doctor.rows
    changed = []
    panel.runs_changed.connect(lambda: changed.append(1))
    run_id = panel.start()
    qtbot.waitUntil(lambda: not panel.host.training, timeout=10_000)
    qtbot.waitUntil(lambda: any(r.get("id") == run_id for r in panel.project.runs), timeout=5_000)
    assert [f.code for f in panel.doctor.findings] == ["lr_high"]
    (row,) = panel.doctor.rows
    qtbot.waitUntil(row.isVisible, timeout=2_000)
    assert "climbed from 1 at epoch 1 to 1.6 at epoch 7" in row.label.text()
    assert row.apply_button.isVisible() and "0.05" in row.apply_button.toolTip()
    changed.clear()
    row.apply_button.click()
    assert panel.project.training["optimizer"]["learning_rate"] == 0.05
    assert panel.settings.learning_rate.value() == pytest.approx(0.05)  # the settings column follows
    assert changed  # the window marks the project unsaved
    assert not row.apply_button.isEnabled()
    assert panel.doctor.status.text().startswith(APPLIED.split("{")[0])
    # opening another project forgets the findings
    panel.set_project(Project())
    assert panel.doctor.findings == [] and panel.doctor.status.text() == WAITING


def test_doctor_box_says_healthy_and_shows_dead_relus(qtbot):
    box = DoctorBox()
    qtbot.addWidget(box)
    project = Project()
    healthy = {"loss": [1.0, 0.5, 0.3, 0.2, 0.15, 0.13], "val_loss": [1.0, 0.55, 0.35, 0.25, 0.2, 0.19]}
    assert box.read(healthy, project) == []
    assert box.status.text() == HEALTHY.format(what="the curves so far")
    box.set_activations({"dense": {"dead": 9, "units": 10, "activation": "relu"}})
    (f,) = box.read(healthy, project)
    assert f.code == "dead_relu" and len(box.rows) == 1 and "(layer dense)" in box.rows[0].label.text()


def test_doctor_box_stays_out_of_kinds_it_cannot_read(qtbot):
    box = DoctorBox()
    qtbot.addWidget(box)
    project = Project()
    project.kind = "dqn"
    assert box.read({"loss": [1.0, 2.0, 1.0, 2.0, 1.0, 2.0]}, project) == []
    assert box.status.text().startswith("The doctor reads the curves of models trained by fit; a dqn run")


def test_a_runs_record_keeps_what_the_doctor_read_besides_the_curves(qtbot, panel):
    """Dead ReLUs and gradient norms the Doctor box read during a run go into the run's record, where a
    lesson's doctor check (deskdl.core.lessons.checks) finds them."""
    from deskdl.core.lessons import LessonContext, evaluate
    from deskdl.core.lessons.loader import _read_check, _Where

    run_id = panel.start()
    qtbot.waitUntil(lambda: any(r.get("id") == run_id for r in panel.project.runs), timeout=10_000)
    assert "evidence" not in panel.project.runs[-1]  # the fake run sent no Inspect figures
    panel.doctor.set_activations({"h1": {"dead": 15, "units": 16, "activation": "relu"}})
    panel.doctor.set_gradient_norms({"h1": 1e-9, "out": 0.2})
    panel._record_run("run-9", "finished", {"loss": CLIMBING}, {"status": "finished"})
    record = panel.project.runs[-1]
    assert record["evidence"] == {"dead": {"h1": [15, 16]}, "gradient_norms": {"h1": 1e-9, "out": 0.2}}
    assert {f.code for f in panel.doctor.findings} == {"lr_high", "dead_relu", "vanishing_gradients"}
    for finding in ("dead_relu", "vanishing_gradients"):
        table = {"kind": "doctor", "finding": finding, "layer": "h1"}
        check = _read_check(_Where("t.toml", 1, "t"), "check", table)
        assert evaluate(check, LessonContext(project=panel.project)).passed, finding
