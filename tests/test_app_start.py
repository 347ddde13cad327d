"""Starting the app: window icon, a project file given as a plain argument."""

from __future__ import annotations

import pytest
from qt_helpers import close_quietly

from deskdl.paths import resource


@pytest.fixture(autouse=True)
def _dirs(monkeypatch, tmp_path):
    monkeypatch.setenv("DESKDL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DESKDL_CONFIG_DIR", str(tmp_path / "config"))


def test_window_and_app_carry_the_deskdl_icon(qtbot):
    from PySide6.QtWidgets import QApplication

    from deskdl.qt.app import create_window

    assert resource("icons", "deskdl.png").exists()
    w = create_window(None, screenshot=True)
    try:
        assert not QApplication.instance().windowIcon().isNull()
        assert not w.windowIcon().isNull()
        assert w.windowIcon().availableSizes(), "the icon has no pixmap: the PNG did not load"
    finally:
        close_quietly(w)
