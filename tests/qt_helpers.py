"""Helpers shared by the main-window tests (not a conftest: other helpers own that file)."""

from __future__ import annotations

import threading

from deskdl.qt.tf_loader import KerasThread

#: Windows made by :func:`make_window`; :func:`close_all` closes what a failed test left open.
WINDOWS: list = []

FAKE_INFO = {"device": "CPU (test)", "tensorflow": "0.test", "keras": "0.test", "note": ""}


def fake_keras(gate: threading.Event | None = None) -> KerasThread:
    """A Keras thread whose 'TensorFlow load' is instant (or waits for ``gate``)."""

    def load():
        if gate is not None:
            gate.wait(10)
        return dict(FAKE_INFO)

    return KerasThread(loader=load)


def make_window(qtbot, monkeypatch, tmp_path, keras=None):
    """A MainWindow with its own settings/data folders and a fake TensorFlow loader."""
    monkeypatch.setenv("DESKDL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DESKDL_CONFIG_DIR", str(tmp_path / "config"))
    from deskdl.qt.main_window import MainWindow

    window = MainWindow(keras=keras or fake_keras(), restore_state=False)
    WINDOWS.append(window)  # not qtbot.addWidget: its close would ask about unsaved changes
    return window


def close_quietly(window) -> None:
    """Close without the unsaved-changes question, joining the Keras thread."""
    window.discard_changes()
    window.close()
    window.keras.shutdown()


def close_all() -> None:
    """Close every window a test made (tests call it from an autouse fixture)."""
    while WINDOWS:
        close_quietly(WINDOWS.pop())


def unexpected_dialog(*args, **kwargs):
    """Stands in for QMessageBox statics: a test that did not expect a dialog fails, never hangs."""
    raise AssertionError(f"unexpected dialog: {args[1:3]!r}")


def guard_dialogs(monkeypatch) -> None:
    """Make every QMessageBox static fail loudly unless the test patches it itself."""
    from PySide6.QtWidgets import QMessageBox

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected_dialog)
