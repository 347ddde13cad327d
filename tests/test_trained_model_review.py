"""Review fixes for the trained model kept with the project (fast: fake TensorFlow, fake models)."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QObject, Slot

from deskdl.core.project import Project
from deskdl.qt import trained
from deskdl.qt.trained import MODEL_ENDING
from tests.qt_helpers import close_quietly, guard_dialogs, make_window


def _slow_save(model, path):
    time.sleep(0.3)  # the Keras thread is still writing when the window closes
    # Written whole then renamed, as the real save_model_file does: a reader never sees it half done.
    tmp = f"{path}.part"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(str(model))
    os.replace(tmp, path)
    return path


def test_closing_with_save_still_writes_the_model_file(qtbot, monkeypatch, tmp_path):
    """Close -> 'Save' must not drop the queued model write when the Keras thread is shut down."""
    from PySide6.QtWidgets import QMessageBox

    guard_dialogs(monkeypatch)
    monkeypatch.setattr(trained, "save_model_file", _slow_save)
    w = make_window(qtbot, monkeypatch, tmp_path)
    with qtbot.waitSignal(w.keras.loaded, timeout=10_000):
        w.start_tensorflow()
    assert w.install_stage_tabs()
    keeper = w._deskdl_stage_glue.keeper
    w.set_project(Project(name="lesson"))
    w.project.runs.append({"id": "run-1", "status": "finished", "history": {"loss": [1.0]}})
    keeper.latest = {"model": "the model", "run_id": "run-1"}
    path = tmp_path / "lesson.deskdl"
    w.project.path = path
    w.mark_modified()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    # Keep the Keras thread busy so the model write is queued behind other work.
    w._deskdl_training_host.call(time.sleep, 0.3)
    try:
        w.close()
        assert path.is_file()
        assert (tmp_path / f"lesson{MODEL_ENDING}").is_file()
    finally:
        close_quietly(w)


class _Result:
    def __init__(self, model):
        self.model = model
        self.status = "failed"


def _runner(job, reporter, control):
    """A fake run: job 'good' finishes with a model; 'nan' reports a NaN failure but returns its model
    (as run_training does with keep_model)."""
    if job == "nan":
        reporter.run_failed(None, message="the loss became NaN", kind="nan")
    return _Result(f"model of {job}")


class _Answers(QObject):
    def __init__(self):
        super().__init__()
        self.answers = []

    @Slot(str, object)
    def on_finished(self, _tag, result):
        self.answers.append(("finished", result))

    @Slot(str, str, str)
    def on_failed(self, _tag, message, _details):
        self.answers.append(("failed", message))


def test_failed_runs_do_not_push_the_good_model_out(qtbot):
    """A run that failed never reaches the GUI, so its model must not take a place on the worker:
    after two NaN runs the last good model (Evaluate's, Save's, Continue's) is still there."""
    from deskdl.qt.workers import ModelRef, TrainingHost

    host = TrainingHost(runner=_runner)
    try:
        for job, run_id in (("good", "run-1"), ("nan", "run-2"), ("nan", "run-3")):
            with qtbot.waitSignal(host.worker.finished, timeout=10_000):
                host.start_training(job, run_id)
            qtbot.waitUntil(lambda: not host.training, timeout=10_000)
        got = _Answers()
        host.worker.call_finished.connect(got.on_finished)
        host.worker.call_failed.connect(got.on_failed)
        host.call(str, ModelRef("run-1"))
        qtbot.waitUntil(lambda: bool(got.answers), timeout=10_000)
        assert got.answers == [("finished", "model of good")]
    finally:
        assert host.shutdown(10_000)


def test_dotted_project_names_get_their_own_model_file(tmp_path):
    """'week1.part1' and 'week1.part2' (saved without .deskdl) must not share one model file."""
    from deskdl.qt.trained import model_path_for

    a = model_path_for(tmp_path / "week1.part1")
    b = model_path_for(tmp_path / "week1.part2")
    assert a != b
    assert a.name == f"week1.part1{MODEL_ENDING}"
    assert model_path_for(tmp_path / "my lesson.v2.deskdl").name == f"my lesson.v2{MODEL_ENDING}"


def test_save_as_before_the_model_has_loaded_still_writes_it(qtbot, monkeypatch, tmp_path):
    """Open a project, then Save As elsewhere while TensorFlow is still loading: once the model
    has loaded it is written beside the new file too (the copy used to say 'missing; train again')."""
    import threading

    from deskdl.qt.workers import KeepOnWorker
    from tests.qt_helpers import fake_keras

    guard_dialogs(monkeypatch)
    monkeypatch.setattr(trained, "save_model_file", _slow_save)
    monkeypatch.setattr(trained, "load_model_file", lambda path, keep_as: KeepOnWorker(
        keep_as, f"model from {path}", {"input_shape": [2]}))
    src = tmp_path / "teacher"
    src.mkdir()
    p = Project(name="lesson")
    p.runs.append({"id": "run-1", "status": "finished", "model_file": f"lesson{MODEL_ENDING}",
                   "history": {"loss": [1.0]}})
    p.save(src / "lesson.deskdl")
    (src / f"lesson{MODEL_ENDING}").write_text("a model", encoding="utf-8")
    gate = threading.Event()
    w = make_window(qtbot, monkeypatch, tmp_path, keras=fake_keras(gate))
    try:
        assert w.install_stage_tabs()
        w.start_tensorflow()  # still loading: the gate is closed
        assert w.open_project(src / "lesson.deskdl")
        share = tmp_path / "students"
        share.mkdir()
        assert w.save_project_as(share / "week1.deskdl")
        assert Project.load(share / "week1.deskdl").runs[0]["model_file"] == f"week1{MODEL_ENDING}"
        with qtbot.waitSignal(w.keras.loaded, timeout=10_000):
            gate.set()
        qtbot.waitUntil((share / f"week1{MODEL_ENDING}").is_file, timeout=10_000)
        assert "lesson" in (share / f"week1{MODEL_ENDING}").read_text(encoding="utf-8")
    finally:
        gate.set()
        close_quietly(w)
