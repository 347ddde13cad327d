"""Issue 16: Inspect's live gradient-norm plot, the epoch slider moving it, and the doctor reading it."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.events import GradientNorms
from deskdl.core.project import Project
from deskdl.paths import resource
from deskdl.qt.inspect.gradients_view import WAITING, GradientNormsView
from deskdl.qt.inspect.panel import InspectPanel
from deskdl.qt.train import TrainPanel
from deskdl.qt.workers import TrainingHost
from tests._fake_training import FakeControl, fake_runner

LAYERS = ("dense", "dense_1", "dense_2")


def _norms(run, epoch, first=1e-2):
    return GradientNorms(run, epoch, LAYERS, (first, 0.5, 2.0), seconds=0.001)


def test_one_line_per_layer_on_a_log_axis_with_a_legend(qtbot):
    view = GradientNormsView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    assert view.status.text() == WAITING
    for e in (1, 2, 3):
        view.add(_norms("r", e, first=10.0 ** -e))
    view.add(_norms("r", 3))  # the same epoch again (the run's last): ignored
    assert view.plot.ctrl.logYCheck.isChecked()  # log y axis
    names = [label.text for _, label in view.legend.items]
    assert names == list(LAYERS)
    assert len(view.curves) == 3
    x, y = view.curves[0].getOriginalDataset()
    assert list(x) == [1, 2, 3] and list(y) == pytest.approx([1e-1, 1e-2, 1e-3])
    assert list(view.curves[2].getOriginalDataset()[1]) == [2.0, 2.0, 2.0]
    assert view.status.text() == "After epoch 3: dense 0.001, dense_1 0.5, dense_2 2."
    # the scrub slider: a mark and that epoch's figures
    view.scrub_to(2.0)
    assert view.marker.isVisible() and view.marker.value() == 2.0
    assert view.status.text().startswith("After epoch 2: dense 0.01,")
    view.add(_norms("r", 4, first=1e-4))  # looking back: the figures stay those of the chosen epoch
    assert view.status.text().startswith("After epoch 2:")
    view.follow()
    assert not view.marker.isVisible() and view.status.text().startswith("After epoch 4: dense 0.0001,")
    view.add(GradientNorms("r", 5, LAYERS, (float("inf"), 1.0, 1.0)))
    assert "Not a finite number for dense: the gradient overflowed." in view.status.text()
    view.add(_norms("other run", 1))  # another run: a new plot
    assert view.epochs == [1] and len(view.curves) == 3
    view.reset()
    assert view.epochs == [] and view.curves == [] and view.status.text() == WAITING


def test_a_long_run_is_thinned_evenly(qtbot):
    from deskdl.qt.inspect import gradients_view

    view = GradientNormsView()
    qtbot.addWidget(view)
    for e in range(1, gradients_view.MAX_POINTS + 2):
        view.add(_norms("r", e))
    assert len(view.epochs) == gradients_view.MAX_POINTS // 2 + 1
    assert view.epochs[0] == 1 and view.epochs[-1] == gradients_view.MAX_POINTS + 1
    assert set(np.diff(view.epochs[:-1])) == {2}
    assert len(view.values) == len(view.seconds) == len(view.epochs)


def test_inspect_plots_the_runs_events_and_follows_the_scrub_slider(qtbot):
    host = TrainingHost(runner=fake_runner(), control_factory=FakeControl)
    inspect = InspectPanel(Project(), host)
    qtbot.addWidget(inspect)
    inspect.resize(1280, 720)
    inspect.show()
    titles = [inspect.tabs.tabText(i) for i in range(inspect.tabs.count())]
    assert "Gradients" in titles
    for e in (1, 2, 3):
        host.worker.run_event.emit(_norms("r1", e))
    assert inspect.gradients.epochs == [1, 2, 3]
    inspect.scrub_to(2.0)
    assert inspect.gradients.marker.value() == 2.0
    host.worker.run_started.emit({"run_id": "r2"})  # a new run: an empty plot
    assert inspect.gradients.epochs == []
    assert host.shutdown(10_000)


def test_the_doctor_reads_the_live_norms(qtbot):
    host = TrainingHost(runner=fake_runner(), control_factory=FakeControl)
    panel = TrainPanel(Project.load(resource("templates", "mlp_2d.deskdl")), host)
    qtbot.addWidget(panel)
    panel._run_id = "r"
    panel.curves.begin_run("r", "#0072B2")
    for e in range(1, 3):
        panel._on_epoch_ended({"run_id": "r", "epoch": e - 1, "logs": {"loss": 1.0 / e, "val_loss": 1.1 / e}})
    panel._on_run_event(_norms("r", 2))  # healthy: within a factor of 200
    assert panel.doctor.findings == []
    panel._on_run_event(_norms("r", 3, first=1e-6))  # the first layer gets 2e6 times less than the last
    assert [f.code for f in panel.doctor.findings] == ["vanishing_gradients"]
    assert panel.doctor.findings[0].layer == "dense"
    panel._on_run_event(GradientNorms("r", 4, LAYERS, (5e3, 1.0, 1.0)))
    assert [f.code for f in panel.doctor.findings] == ["exploding_gradients"]
    panel._on_run_event(_norms("old run", 5, first=1e-9))  # another run's: ignored
    assert [f.code for f in panel.doctor.findings] == ["exploding_gradients"]
    assert 2.0 in panel._scrub_epochs and 4.0 in panel._scrub_epochs
    panel._reset_run_state()
    assert panel.doctor._gradients is None
    assert host.shutdown(10_000)


def test_the_doctor_reads_the_class_balance_the_run_started_with(qtbot):
    host = TrainingHost(runner=fake_runner(), control_factory=FakeControl)
    panel = TrainPanel(Project.load(resource("templates", "mlp_2d.deskdl")), host)
    qtbot.addWidget(panel)
    panel._run_id = "r"
    panel.curves.begin_run("r", "#0072B2")
    panel._on_run_started({"run_id": "r", "epochs": 6, "steps_per_epoch": 4, "class_counts": [110, 10]})
    for e in range(6):  # the accuracy never leaves the share of class 0 (110 of 120)
        loss = 0.3 + 0.4 * 0.3 ** e  # falls fast, then flat: the prior of the classes is learnt
        logs = {"loss": loss, "val_loss": loss, "val_accuracy": 110 / 120}
        panel._on_epoch_ended({"run_id": "r", "epoch": e, "logs": logs})
    assert [f.code for f in panel.doctor.findings] == ["majority_class"]
    assert "class 0 (91.7%)" in panel.doctor.findings[0].evidence
    panel._reset_run_state()  # a new run: its own balance
    assert panel.doctor._class_counts is None
    assert host.shutdown(10_000)


def test_gradient_plot_screenshot(qtbot, tmp_path):
    """The plot at the size Inspect gives it at 1280x720 (written to /tmp for a look)."""
    view = GradientNormsView()
    qtbot.addWidget(view)
    view.resize(1260, 600)
    view.show()
    rng = np.random.default_rng(0)
    names = ("dense", "dense_1", "dense_2", "dense_3", "dense_4", "dense_5")
    for e in range(1, 31):
        base = np.array([1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1.0]) * (1 + 0.2 * rng.random(6))
        view.add(GradientNorms("r", e, names, tuple(base * (1 + 1 / e))))
    qtbot.wait(50)
    img = view.grab()
    assert img.width() == 1260 and not img.isNull()
    img.save(str(tmp_path / "gradients.png"))


@pytest.mark.keras
def test_a_real_run_draws_its_gradient_norms_in_inspect(qtbot):
    """Through the real Keras thread: the run's GradientNorms reach Inspect's plot and the doctor."""
    host = TrainingHost()
    try:
        project = Project.load(resource("templates", "mlp_2d.deskdl"))
        project.training["epochs"] = 4
        train = TrainPanel(project, host)
        train.job_options["inspect_every_epoch"] = True
        inspect = InspectPanel(project, host)
        train.scrubbed.connect(inspect.scrub_to)
        for w in (train, inspect):
            qtbot.addWidget(w)
            w.set_tensorflow_ready(True)
        with qtbot.waitSignal(train.run_completed, timeout=120_000):
            train.start()
        qtbot.waitUntil(lambda: inspect.gradients.epochs[-1:] == [4], timeout=10_000)
        view = inspect.gradients
        assert view.layers == ("hidden_1", "hidden_2", "output")
        assert [label.text for _, label in view.legend.items] == ["hidden_1", "hidden_2", "output"]
        assert all(np.isfinite(v) and v > 0 for row in view.values for v in row)
        assert train.doctor._gradients == dict(zip(view.layers, view.values[-1]))
        assert train.doctor.findings == []  # a healthy run
        train.scrub.slider.setValue(0)  # the Train tab's slider moves the plot's mark
        assert view.marker.isVisible() and view.marker.value() == train.scrub.current_epoch()
    finally:
        assert host.shutdown(30_000)
