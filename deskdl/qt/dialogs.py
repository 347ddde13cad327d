"""Errors that teach: a readable message, the technical details one click away.

The box is opened window-modal but not blocking (``open()``, not ``exec()``),
so the event loop and any running plots keep going and nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from deskdl.core.i18n import translator

_ = translator("qt.dialogs")

#: The last failure box shown (tests read it; the app keeps it alive while open).
last_box: QMessageBox | None = None


def show_failure(parent: QWidget | None, title: str, message: str, details: str = "",
                 extra_button: tuple[str, Callable[[], None]] | None = None) -> QMessageBox:
    """Show ``message`` in plain words; ``details`` (a traceback) behind "Show Details...".

    ``extra_button`` = ``(label, callback)`` adds an action such as "Retry with batch size 16".
    """
    global last_box
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    if details:
        box.setDetailedText(details)
        copy_btn = box.addButton(_("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy_btn.setToolTip(_("Copy the technical report, e.g. to paste into a bug report"))
        copy_btn.clicked.disconnect()  # keep the box open after copying
        copy_btn.clicked.connect(lambda: _copy(f"{message}\n\n{details}"))
    if extra_button is not None:
        label, callback = extra_button
        btn = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        btn.clicked.connect(callback)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setModal(False)
    box.open()
    last_box = box
    return box


def _copy(text: str) -> None:
    clip = QGuiApplication.clipboard()
    if clip is not None:
        clip.setText(text)
