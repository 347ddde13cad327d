"""What the README promises and no other test checked: autosave and the recovery offer at start-up,
``--device`` reaching the Keras thread (app and ``deskdl train``)."""

from __future__ import annotations

import json
import threading
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from deskdl.qt import main_window as mw
from tests.qt_helpers import WINDOWS, close_all, close_quietly, fake_keras, guard_dialogs, make_window


@pytest.fixture(autouse=True)
def _tidy(monkeypatch):
    guard_dialogs(monkeypatch)
    yield
    close_all()


# ------------------------------------------------------------------ autosave
def test_autosave_timers_run_every_minute_and_shortly_after_an_edit(qtbot, monkeypatch, tmp_path):
    window = make_window(qtbot, monkeypatch, tmp_path)
    assert window.autosave_timer.isActive() and window.autosave_timer.interval() == 60_000
    assert not window.edit_autosave_timer.isActive() and window.edit_autosave_timer.interval() == 3_000
    window.editor.add_layer("Input")
    assert window.edit_autosave_timer.isActive() and window.edit_autosave_timer.isSingleShot()


def test_an_edit_is_autosaved_by_the_timer_without_any_call(qtbot, monkeypatch, tmp_path):
    window = make_window(qtbot, monkeypatch, tmp_path)
    window.edit_autosave_timer.setInterval(20)  # the wiring, not the 3 s wait
    assert not window.has_recovery()
    window.editor.add_layer("Dense")
    qtbot.waitUntil(window.has_recovery, timeout=3000)
    saved = json.loads(window.recovery_path().read_text())
    assert saved["model"] == window.project.to_dict()["model"]
    meta = json.loads((mw.recovery_dir() / mw.RECOVERY_META).read_text())
    assert meta["name"] == window.project.name and meta["path"] is None


def test_a_screenshot_window_never_autosaves(qtbot, monkeypatch, tmp_path):
    window = mw.MainWindow(keras=fake_keras(), restore_state=False, ephemeral=True)
    WINDOWS.append(window)
    assert not window.autosave_timer.isActive()
    window.editor.add_layer("Input")
    assert window.is_modified() and not window.autosave() and not window.has_recovery()


# ------------------------------------------------------------------ start-up: recovery offer and --device
def _run_app(monkeypatch, device, until):
    """deskdl.qt.app.run with the real Keras thread; the event loop runs until ``until(window)``."""
    import deskdl.qt.app as app

    state = {}
    real_create = app.create_window

    def create_window(*args, **kwargs):  # the window run() makes, not one another test left open
        state["window"] = real_create(*args, **kwargs)
        return state["window"]

    def fake_exec(self):
        window = state["window"]
        assert window.isVisible() and window not in WINDOWS
        deadline = threading.Event()
        timer = threading.Timer(60, deadline.set)
        timer.start()
        try:
            while not until(window) and not deadline.is_set():
                QApplication.processEvents()
                deadline.wait(0.01)
        finally:
            timer.cancel()
        state["done"] = until(window)
        state["modified"] = window.is_modified()  # before the test's own close discards the changes
        state["model"] = window.project.to_dict()["model"]
        window.discard_changes()
        window.close()
        return 0

    monkeypatch.setattr(app, "create_window", create_window)
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    args = SimpleNamespace(project=None, device=device, screenshot=None, theme="light", tab=None)
    assert app.run(args) == 0
    assert state["done"], "the start-up never got there"
    return state


def test_start_up_offers_the_recovered_work(qtbot, monkeypatch, tmp_path):
    first = make_window(qtbot, monkeypatch, tmp_path)
    first.editor.add_layer("Dense")
    assert first.autosave()
    wanted = first.project.to_dict()["model"]
    first.hide()
    asked = []

    def answer(parent, title, text, *rest):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    import deskdl.qt.tf_loader as tf_loader
    from tests.qt_helpers import FAKE_INFO

    monkeypatch.setattr(tf_loader, "load_tensorflow", lambda device=None: dict(FAKE_INFO))  # no TF needed
    state = _run_app(monkeypatch, None, lambda w: bool(asked) and w.keras.state in ("ready", "failed"))
    assert state["window"] is not first
    assert [title for title, _ in asked] == [mw.RECOVERY_TITLE]  # asked once, at start-up
    assert state["model"] == wanted and state["modified"]
    close_quietly(first)


@pytest.mark.keras
def test_device_choice_reaches_the_keras_thread(qtbot, monkeypatch, tmp_path):
    from deskdl.ml import device

    seen = []
    real = device.setup_device

    def recording(preference=None, tf_config=None):
        seen.append((preference, threading.current_thread() is threading.main_thread()))
        return real(preference, tf_config)

    monkeypatch.setattr(device, "setup_device", recording)
    device.reset_for_tests()
    try:
        window = _run_app(monkeypatch, "cpu", lambda w: w.keras.state in ("ready", "failed"))["window"]
        assert window.keras.state == "ready"
        assert seen == [("cpu", False)]  # once, with the --device value, on the Keras thread
        assert device.current_choice().requested == "cpu"
        assert window.status.device.text() == "Device: CPU"
    finally:
        device.reset_for_tests()


@pytest.mark.keras
def test_train_command_applies_device_before_training(tmp_path, monkeypatch, capsys):
    from deskdl.cli import main
    from deskdl.ml import device
    from tests.test_cli_train import _project

    seen = []
    monkeypatch.setattr(device, "setup_device", lambda pref=None, tf_config=None: seen.append(pref))
    proj = str(_project(tmp_path / "p.deskdl"))
    assert main(["train", proj, "--epochs", "1", "--out", str(tmp_path / "run"), "--device", "gpu:1"]) == 0
    assert seen == ["gpu:1"]
    assert (tmp_path / "run" / "model.keras").exists()
