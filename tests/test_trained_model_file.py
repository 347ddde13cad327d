"""The trained model is saved beside the project and comes back when the project is opened."""

from __future__ import annotations

import pytest

from deskdl.qt.tf_loader import KerasThread
from deskdl.qt.trained import MODEL_ENDING, model_path_for, saved_run
from deskdl.qt.workers import ModelRef
from tests._models import spiral_project
from tests.qt_helpers import close_quietly, guard_dialogs, make_window

pytestmark = pytest.mark.keras


def _window_with_tf(qtbot, monkeypatch, tmp_path):
    w = make_window(qtbot, monkeypatch, tmp_path, keras=KerasThread())
    with qtbot.waitSignal(w.keras.loaded, timeout=120_000):
        w.start_tensorflow()
    assert w.install_stage_tabs()
    return w


def test_model_path_is_beside_the_project(tmp_path):
    assert model_path_for(tmp_path / "lesson.deskdl") == tmp_path / f"lesson{MODEL_ENDING}"


def test_trained_model_saved_with_project_and_loaded_back(qtbot, monkeypatch, tmp_path):
    import keras

    guard_dialogs(monkeypatch)
    w = _window_with_tf(qtbot, monkeypatch, tmp_path)
    try:
        w.set_project(spiral_project(epochs=3))
        train = w.stage_tab("Train")
        with qtbot.waitSignal(train.run_completed, timeout=120_000):
            train.start()
        path = tmp_path / "lesson.deskdl"
        assert w.save_project_as(path)
        model_file = tmp_path / f"lesson{MODEL_ENDING}"
        qtbot.waitUntil(model_file.exists, timeout=60_000)
        qtbot.waitUntil(lambda: "Saved the trained model" in w.status.currentMessage(), timeout=30_000)
        rec = saved_run(w.project)
        assert rec is not None and rec["model_file"] == model_file.name
        plain = keras.saving.load_model(model_file, compile=False)  # a plain Keras file
        assert plain.count_params() == 2 * 16 + 16 + 16 * 16 + 16 + 16 * 2 + 2
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
        assert leftovers == []  # the temporary file was renamed into place
    finally:
        close_quietly(w)

    w2 = _window_with_tf(qtbot, monkeypatch, tmp_path)
    try:
        assert w2.open_project(path)
        ev = w2.stage_tab("Evaluate")
        qtbot.waitUntil(lambda: ev._model is not None, timeout=60_000)
        qtbot.waitUntil(lambda: ev.confusion.counts is not None, timeout=60_000)  # evaluated, no training
        assert ev.confusion.counts.sum() > 0
        assert "accuracy" in ev.metrics.text()  # the saved run's test score
        assert isinstance(ev._model, ModelRef)  # the model itself stays on the Keras thread
        assert w2.stage_tab("Inspect").model is ev._model
        assert w2.stage_tab("Inspect").result["input_shape"] == [2]
        train2 = w2.stage_tab("Train")
        assert train2.continue_box.isEnabled()  # the loaded model can be trained further
        assert not w2.stage_tab("Train").host.training
    finally:
        close_quietly(w2)


def test_missing_model_file_only_says_train_again(qtbot, monkeypatch, tmp_path):
    from deskdl.core.project import Project

    guard_dialogs(monkeypatch)
    p = spiral_project(epochs=1)
    p.runs.append({"id": "run-1", "status": "finished", "model_file": "gone" + MODEL_ENDING, "history": {}})
    path = tmp_path / "lesson.deskdl"
    p.save(path)
    w = _window_with_tf(qtbot, monkeypatch, tmp_path)
    try:
        assert w.open_project(path)
        qtbot.waitUntil(lambda: "missing" in w.status.currentMessage(), timeout=10_000)
        assert "train again" in w.status.currentMessage()
        assert w.stage_tab("Evaluate")._model is None
        assert Project.load(path).runs[0]["model_file"]  # nothing was changed on disk
    finally:
        close_quietly(w)


def test_a_failed_model_write_leaves_no_older_model_behind(tmp_path):
    from deskdl.qt.trained import save_model_file

    target = tmp_path / f"lesson{MODEL_ENDING}"
    target.write_bytes(b"an earlier run's model")

    class Unsaveable:
        def save(self, path):
            raise OSError("disk full")

    with pytest.raises(OSError):
        save_model_file(Unsaveable(), str(target))
    assert not target.exists()  # opening the project now says "train again", not the old model
    assert [p.name for p in tmp_path.iterdir()] == []  # no temporary file either
