"""Shared test set-up: offscreen Qt, quiet TensorFlow, isolated user folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep settings, recovery files and caches of tests away from the real user folders."""
    base = tmp_path_factory.getbasetemp() / "userdirs"
    monkeypatch.setenv("DESKDL_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("DESKDL_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("DESKDL_LANGUAGE", "en")  # English texts whatever the machine's language (issue 17)


def pytest_configure(config):
    """PySide6 6.12 on Python 3.11 releases None on every void call: guard it (see refcount_guard)."""
    try:
        from deskdl.qt.canvas.refcount_guard import guard
    except ImportError:  # pragma: no cover - Qt not installed
        return
    guard()


def pytest_xdist_auto_num_workers(config):
    """``-n auto``: one worker per core, at most 4 (each worker holds its own TensorFlow, ~1 GB)."""
    return max(1, min(4, os.cpu_count() or 1))


#: Files whose tests set an application-wide style sheet (the theme tests). Qt re-polishes every
#: widget still alive when the sheet changes, including closed windows left by earlier tests, so
#: these run first in their worker, where there are few: seconds instead of minutes.
RESTYLE_FIRST = ("test_canvas.py", "test_data_views.py", "test_inspect_layout.py", "test_main_window.py",
                 "test_plot_theme.py")


def pytest_collection_modifyitems(session, config, items):
    """Put the theme tests' files first; every other file keeps its order (a stable sort)."""
    items.sort(key=lambda item: item.path.name not in RESTYLE_FIRST)
