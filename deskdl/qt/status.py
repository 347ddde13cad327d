"""The status bar: what the app is doing (with a busy bar) and which device it computes on.

Any panel can report a long task: ``token = bar.begin_task("Training…")`` and
later ``bar.end_task(token)``. The busy bar shows while any task is open; the
newest task's text is shown. Short notes go through ``bar.showMessage``.
"""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from deskdl.core.i18n import N_, translator

_ = translator("qt.status")

# ---------------------------------------------------------------- user-visible text
READY = N_("Ready")
DEVICE_LOADING = N_("Device: loading…")
DEVICE_READY = N_("Device: {device}")
DEVICE_FAILED = N_("Device: none (TensorFlow did not load)")
DEVICE_TIP = N_("TensorFlow {tensorflow} · Keras {keras}")
DEVICE_TIP_LOADING = N_("TensorFlow is loading in the background. You can build models meanwhile.")


class AppStatusBar(QStatusBar):
    """Temporary messages on the left; activity, busy bar and device on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setFixedSize(90, 12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.activity = QLabel(_(READY), self)
        self.device = QLabel(_(DEVICE_LOADING), self)
        self.device.setToolTip(_(DEVICE_TIP_LOADING))
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.activity)
        sep = QLabel("|", self)
        sep.setProperty("role", "caption")
        self.addPermanentWidget(sep)
        self.addPermanentWidget(self.device)
        self._ids = itertools.count(1)
        self._tasks: dict[int, str] = {}

    def begin_task(self, text: str) -> int:
        """Show ``text`` with the busy bar; returns a token for :meth:`end_task`."""
        token = next(self._ids)
        self._tasks[token] = text
        self._update()
        return token

    def update_task(self, token: int, text: str) -> None:
        """Change an open task's text (e.g. 'Training… epoch 3 of 20')."""
        if token in self._tasks:
            self._tasks[token] = text
            self._update()

    def end_task(self, token: int) -> None:
        """Close a task; the bar goes quiet when none is left."""
        self._tasks.pop(token, None)
        self._update()

    def tasks(self) -> list[str]:
        """Texts of the open tasks, oldest first."""
        return list(self._tasks.values())

    def set_device(self, text: str, tooltip: str = "") -> None:
        """Show the device line (e.g. 'Device: CPU')."""
        self.device.setText(text)
        self.device.setToolTip(tooltip)

    def show_device_loading(self) -> None:
        """TensorFlow is loading: say so on the device line."""
        self.set_device(_(DEVICE_LOADING), _(DEVICE_TIP_LOADING))

    def show_device_ready(self, device: str, tensorflow: str, keras: str, note: str = "") -> None:
        """TensorFlow has loaded: the device it computes on, its versions (and a note) in the tooltip."""
        tip = _(DEVICE_TIP).format(tensorflow=tensorflow, keras=keras)
        if note:
            tip += "\n" + note
        self.set_device(_(DEVICE_READY).format(device=device), tip)

    def show_device_failed(self, detail: str) -> None:
        """TensorFlow did not load: no device; ``detail`` (the error) in the tooltip."""
        self.set_device(_(DEVICE_FAILED), detail)

    def _update(self) -> None:
        if self._tasks:
            self.activity.setText(list(self._tasks.values())[-1])
            self.busy.show()
        else:
            self.activity.setText(_(READY))
            self.busy.hide()
