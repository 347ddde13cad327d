"""Lessons in the window (issue 15): the browser, the lesson panel, locked and highlighted controls.

The lesson engine is pure Python (:mod:`deskdl.core.lessons`); this package is
its Qt side. :func:`install_lessons` gives a main window its Lessons menu, the
sidebar's Lessons section and the (hidden) lesson dock, and returns the
:class:`~deskdl.qt.lessons.controller.LessonController` that runs lessons there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def install_lessons(window: Any, root: str | Path | None = None, store: Any = None) -> Any:
    """Add the lessons to ``window`` and return its controller (``window.lessons``)."""
    from deskdl.qt.lessons.controller import LessonController

    return LessonController(window, root=root, store=store)


__all__ = ["install_lessons"]
