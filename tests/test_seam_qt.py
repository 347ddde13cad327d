"""Issue 11, the seam on the Qt side: a fake trainer's typed events drive the worker and the Train tab.

The fake trainer is a real trainer of a kind registered for the test (two roles, like a GAN):
the worker finds it through the kind's lazy trainer string, exactly as it finds the VAE and GAN
trainers, and the Train tab builds the kind's view from the Qt kind table.
"""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pytest
from PySide6.QtCore import QObject, Slot

from deskdl.core import kinds
from deskdl.core.events import Picture, RunEnded, RunStarted, Scalars
from deskdl.core.graph import ModelGraph
from deskdl.core.project import Project
from deskdl.qt import kinds as qt_kinds
from deskdl.qt.workers import ModelRef, TrainingHost

EPOCHS, STEPS = 2, 6


class FakeModel:
    """Stands in for a keras.Model on the worker's table."""

    def __init__(self, name):
        self.name = name


class TypedFakeTrainer:
    """Emits typed events the way a GAN trainer does: scalars per step and per epoch, a picture per step."""

    pictures_per_step = 1
    delay = 0.002

    def run(self, job, reporter, control):
        from deskdl.ml.training import TrainingResult

        reporter.emit(RunStarted("", job.kind, ("epoch", "batch"), {"epoch": EPOCHS, "batch": STEPS},
                                 {"title": "fake data", "roles": list(job.graphs)}))
        history: dict[str, list[float]] = {}
        status, done = "finished", 0
        for e in range(EPOCHS):
            for b in range(STEPS):
                time.sleep(self.delay)
                reporter.emit(Scalars("", e, b, {"d_loss": 0.7 - 0.01 * b, "g_loss": 0.8 + 0.01 * b},
                                      steps=STEPS))
                for k in range(self.pictures_per_step):
                    reporter.emit(Picture("", "samples", np.full((4, 4), float(done * 1000 + k), np.float32),
                                          epoch=e + (b + 1) / STEPS))
                done += 1
                if not control.checkpoint():
                    status = "stopped"
                    break
            values = {"d_loss": 0.6 - 0.1 * e, "g_loss": 0.9 + 0.1 * e}
            reporter.emit(Scalars("", e, -1, values, per="epoch"))
            for key, v in values.items():
                history.setdefault(key, []).append(v)
            if status == "stopped":
                break
        return TrainingResult(status=status, epochs_run=len(history["d_loss"]), history=history,
                              final={k: v[-1] for k, v in history.items()}, batches_run=done,
                              models={"generator": FakeModel("g"), "discriminator": FakeModel("d")})


class RecordingView(qt_kinds.KindView):
    """A kind view that records what the Train tab hands it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.started, self.scalars, self.pictures, self.ended, self.resets = [], [], [], [], 0

    def on_run_started(self, event):
        self.started.append(event)

    def on_scalars(self, event):
        self.scalars.append(event)

    def on_picture(self, picture):
        self.pictures.append(picture)

    def on_run_ended(self, event):
        self.ended.append(event)

    def reset(self):
        self.resets += 1


@pytest.fixture
def fake_kind():
    kind = kinds.register(dataclasses.replace(kinds.GAN, id="fakegen", title="Fake generator",
                                              trainer=f"{__name__}:TypedFakeTrainer"))
    qt_kinds.VIEWS["fakegen"] = qt_kinds.KindViews(train=(f"{__name__}:RecordingView",),
                                                   decision_boundary=False)
    yield kind
    kinds.KINDS.pop("fakegen")
    qt_kinds.VIEWS.pop("fakegen")


def fake_project():
    p = Project()
    p.kind = "fakegen"
    g, d = ModelGraph(), ModelGraph()
    g.add_node("Input", {"shape": [4]}, "z")
    d.add_node("Input", {"shape": [2]}, "s")
    p.role_graphs = {"generator": g, "discriminator": d}
    p.graph = g
    p.data = {"dataset": "spiral", "params": {}}
    return p


@pytest.fixture
def panel(qtbot, fake_kind):
    from deskdl.qt.train import TrainPanel

    host = TrainingHost()
    panel = TrainPanel(fake_project(), host)
    qtbot.addWidget(panel)
    panel.set_tensorflow_ready(True)
    panel.resize(1300, 800)
    panel.show()
    yield panel
    assert host.shutdown(10_000)


def test_a_fake_trainer_drives_the_train_tab_through_typed_events(qtbot, panel):
    [view] = panel.kind_views
    assert isinstance(view, RecordingView) and view.isVisibleTo(panel)
    assert not panel.boundary.isVisibleTo(panel)  # the kind table says: no decision boundary
    completed = []
    panel.run_completed.connect(completed.append)
    run_id = panel.start()
    qtbot.waitUntil(lambda: not panel.host.training, timeout=10_000)
    qtbot.wait(80)
    # progress and curves from the typed events
    assert "Finished: 2 of 2 epochs" in panel.progress.format()
    assert len(panel.curves.series(run_id, "d_loss", "batch")) == EPOCHS * STEPS
    assert list(panel.curves.series(run_id, "g_loss", "train").y) == pytest.approx([0.9, 1.0])
    # the kind's view got the run's events, stamped with the run's id
    [started] = view.started
    assert started.run_id == run_id and started.plan == {"epoch": 2, "batch": 6}
    assert started.info["roles"] == ["generator", "discriminator"]
    assert [s.per for s in view.scalars].count("epoch") == 2
    assert all(s.run_id == run_id for s in view.scalars)
    assert view.pictures and view.pictures[-1].array[0, 0] == (EPOCHS * STEPS - 1) * 1000
    [ended] = view.ended
    assert ended.status == "finished"
    assert dict(ended.models_by_role) == {"generator": ModelRef(run_id, "generator"),
                                          "discriminator": ModelRef(run_id, "discriminator")}
    # the run is recorded and the models stay on the worker, by run and role
    assert panel.project.runs[-1]["id"] == run_id
    assert panel.project.runs[-1]["history"]["d_loss"] == pytest.approx([0.6, 0.5])
    [result] = completed
    assert "model" not in result and set(result["models"]) == {"generator", "discriminator"}
    names = []

    class Sink(QObject):
        @Slot(str, object)
        def got(self, tag, value):
            names.append(value)

    sink = Sink()
    panel.host.worker.call_finished.connect(sink.got)
    panel.host.call(lambda m: m.name, result["models"]["discriminator"])
    qtbot.waitUntil(lambda: bool(names), timeout=5000)
    assert names == ["d"]


def test_stop_reaches_the_fake_trainer_through_checkpoint(qtbot, panel, monkeypatch):
    monkeypatch.setattr(TypedFakeTrainer, "delay", 0.05)
    run_id = panel.start()
    qtbot.waitUntil(lambda: panel.curves.series(run_id, "d_loss", "batch") is not None, timeout=10_000)
    panel.stop()
    qtbot.waitUntil(lambda: not panel.host.training, timeout=10_000)
    [view] = panel.kind_views
    assert view.ended[-1].status == "stopped"
    assert panel.project.runs[-1]["status"] == "stopped"
    assert len(panel.curves.series(run_id, "d_loss", "batch")) < EPOCHS * STEPS


def test_a_busy_gui_gets_only_the_newest_pictures(qtbot, panel, monkeypatch):
    """50 pictures a step while the GUI sleeps: the view gets few, fresh, in order; the rest are dropped."""
    monkeypatch.setattr(TypedFakeTrainer, "pictures_per_step", 50)
    monkeypatch.setattr(TypedFakeTrainer, "delay", 0.0)
    pokes = []

    class Counter(QObject):
        @Slot()
        def poke(self):
            pokes.append(1)

    counter = Counter()
    panel.host.worker.pictures_waiting.connect(counter.poke)
    panel.start()
    time.sleep(0.5)  # the GUI thread is busy: nothing is delivered meanwhile
    qtbot.waitUntil(lambda: not panel.host.training, timeout=10_000)
    qtbot.wait(50)
    [view] = panel.kind_views
    sent = EPOCHS * STEPS * 50
    values = [float(p.array[0, 0]) for p in view.pictures]
    assert values[-1] == (EPOCHS * STEPS - 1) * 1000 + 49  # the newest arrives
    assert values == sorted(values) and len(values) < sent / 10  # never stale, never a backlog
    assert panel.host.mailbox.dropped >= sent - len(values) - 1
    assert len(pokes) <= len(values) + 1  # one payload-free poke per batch of waiting pictures


def test_views_for_reads_the_kind_not_the_data_set():
    p = Project()
    assert qt_kinds.views_for(p) is qt_kinds.VIEWS["supervised"]
    p.data["target"] = "inputs"
    assert qt_kinds.views_for(p).rebuilds and qt_kinds.views_for(p).evaluate == "reconstruction"
    assert qt_kinds.views_for({"kind": "gan"}).inspect_roles == ("generator", "discriminator")
    assert qt_kinds.views_for({"data": {"target": "inputs"}}).rebuilds
    assert set(qt_kinds.VIEWS) >= set(kinds.KINDS)  # every kind has its views


def test_a_view_that_cannot_be_built_is_left_out(qtbot):
    assert qt_kinds.make_views(("deskdl.nowhere:View", f"{__name__}:RecordingView")) != []
    assert len(qt_kinds.make_views(("deskdl.nowhere:View",))) == 0


def test_run_ended_for_a_failed_typed_run(qtbot, fake_kind, monkeypatch):
    def boom(self, job, reporter, control):
        raise RuntimeError("no")

    monkeypatch.setattr(TypedFakeTrainer, "run", boom)
    host = TrainingHost()
    got = []

    class Sink(QObject):
        @Slot(object)
        def on_event(self, e):
            got.append(e)

    sink = Sink()
    host.worker.run_event.connect(sink.on_event)
    from deskdl.qt.train import jobs

    host.start_training(jobs.make_job(fake_project()), "run-9")
    qtbot.waitUntil(lambda: not host.training, timeout=10_000)
    qtbot.wait(20)
    assert host.shutdown(10_000)
    [ended] = [e for e in got if isinstance(e, RunEnded)]
    assert ended.status == "failed" and ended.run_id == "run-9"
    assert ended.message.startswith("Training stopped with an error: RuntimeError: no")


def test_the_kind_settings_form_is_built_from_the_declarations(qtbot, fake_kind, monkeypatch):
    from deskdl.qt.train import TrainPanel

    monkeypatch.setitem(kinds.KINDS, "fakegen", dataclasses.replace(fake_kind, settings=(
        kinds.Setting("d_steps", "int", 1, "discriminator updates in each round", low=1, high=20),
        kinds.Setting("smooth", "float", 0.0, "label smoothing", low=0.0, high=0.5),
        kinds.Setting("loss", "choice", "bce", "which loss", choices=("bce", "hinge")),
        kinds.Setting("mirror", "bool", False, "flip samples"))))
    host = TrainingHost()
    p = fake_project()
    p.algorithm = {"d_steps": 3}
    panel = TrainPanel(p, host)
    qtbot.addWidget(panel)
    changed = []
    panel.runs_changed.connect(lambda: changed.append(1))
    form = panel.algorithm_form
    try:
        assert not form.isHidden() and form.title() == "Fake generator settings"
        assert panel.settings.loss_box.isHidden()  # like a GAN, the fake kind has its own losses
        assert form.value("d_steps") == 3 and form.value("smooth") == 0.0 and form.value("loss") == "bce"
        assert form.editors["d_steps"].toolTip() == "discriminator updates in each round"
        assert form.editors["d_steps"].maximum() == 20
        form.editors["smooth"].setValue(0.1)
        form.editors["loss"].setCurrentIndex(1)
        form.editors["mirror"].setChecked(True)
        assert p.algorithm == {"d_steps": 3, "smooth": 0.1, "loss": "hinge", "mirror": True}
        form.editors["d_steps"].setValue(1)  # back to the default: no line in the file
        assert "d_steps" not in p.algorithm and len(changed) == 4
        p.algorithm["typo"] = 1
        assert form.problem_list() == [
            "a fake generator has no setting algorithm.typo (its settings: d_steps, loss, mirror, smooth)"]
        panel.set_project(Project())
        assert form.isHidden()  # a supervised model has no kind settings
        assert not panel.settings.loss_box.isHidden()
    finally:
        assert host.shutdown(10_000)


def test_a_trainer_without_typed_events_still_gives_the_views_typed_events(qtbot):
    """The fit trainer reports through the named hooks: the worker makes the typed events for the views."""
    from tests._fake_training import FakeControl, fake_runner

    host = TrainingHost(runner=fake_runner(epochs=2, steps=4, probe=False), control_factory=FakeControl)
    got = []

    class Sink(QObject):
        @Slot(object)
        def on_event(self, e):
            got.append(e)

    sink = Sink()
    host.worker.run_event.connect(sink.on_event)
    try:
        host.start_training({"fake": True}, "run-3")
        qtbot.waitUntil(lambda: not host.training, timeout=10_000)
        qtbot.wait(20)
    finally:
        assert host.shutdown(10_000)
    assert isinstance(got[0], RunStarted) and got[0].plan == {"epoch": 2, "batch": 4}
    assert got[0].kind == "supervised" and got[0].units == ("epoch", "batch")
    epochs = [e for e in got if isinstance(e, Scalars) and e.per == "epoch"]
    assert [e.epoch for e in epochs] == [0, 1] and epochs[0].values["val_loss"] == pytest.approx(1.1)
    batches = [e for e in got if isinstance(e, Scalars) and e.per == "batch"]
    assert batches and batches[-1].epoch == 1 and batches[-1].step == 3 and batches[-1].steps == 4
    assert isinstance(got[-1], RunEnded) and got[-1].run_id == "run-3"
    assert all(e.run_id == "run-3" for e in got)


def test_one_way_from_an_error_to_a_learners_message():
    from deskdl.ml.datasets import DataError
    from deskdl.ml.training import NAN_FIX, TrainingError
    from deskdl.qt.workers import describe_failure

    oom = describe_failure(RuntimeError("OOM when allocating tensor with shape[512,512]"))
    assert oom.kind == "oom" and oom.message == (
        "The computer ran out of memory for this model and batch size.\n\nWhat to do: halve the batch size, "
        "or use fewer filters or units, or smaller images; nothing was lost: your model and settings are "
        "unchanged.")
    nan = describe_failure(TrainingError("the loss became NaN", NAN_FIX, kind="nan"))
    assert nan.kind == "nan" and nan.message.startswith("The loss became NaN.\n\nWhat to do: lower the")
    data = describe_failure(DataError("no such data set 'x'", "pick one in the Data tab"))
    assert data.kind == "data"
    assert data.message == "No such data set 'x'.\n\nWhat to do: pick one in the Data tab."
    other = describe_failure(ValueError("shapes do not match\nmore"))
    assert other.kind == "error" and other.message.startswith(
        "Training stopped with an error: ValueError: shapes do not match.\n\nWhat to do: the app is fine")
    assert "ValueError" in other.details
