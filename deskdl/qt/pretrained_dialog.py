"""File > Pretrained Weights: the ImageNet weights in the Keras cache; import or download them (Issue 14).

Nothing here touches the network unless the learner presses Download. The download runs on a
worker thread that only emits (progress, finished, failed); the dialog's slots update the widgets.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.i18n import N_, translator
from deskdl.core.layers.pretrained import application_names
from deskdl.core.pretrained_weights import models_dir, weights_entry

_ = translator("qt.pretrained_dialog")

TITLE = N_("Pretrained weights")
INTRO = N_("A pretrained base (the PretrainedBase layer) starts from the weights Keras trained on ImageNet "
           "photos, when their file is in the Keras cache: {dir}. deskdl never downloads on its own. "
           "Without the file, the base starts from random weights: it knows nothing yet, and freezing it "
           "leaves the new head only random features to learn from. A lab admin can copy the files in "
           "(Import file), or you can download one here (Download, needs internet).")
PRESENT, MISSING = N_("yes"), N_("no: random weights")
PICK_FIRST = N_("Pick a model in the list first.")
DOWNLOADING = N_("Downloading {file} for {name} from {url} …")
DOWNLOADED = N_("{name}: the ImageNet weights are in the cache now ({path}).")
IMPORTED = N_("{name}: imported into the cache as {path}.")
CANCELLED = N_("the download was cancelled")


class _Cancelled(Exception):
    """Raised from the progress callback to stop a download (its half file is removed)."""


class DownloadWorker(QObject):
    """Fetches one model's weights on a worker thread; only emits."""

    progressed = Signal(int, int)  # bytes done, total (-1 when the server does not say)
    finished = Signal(str)  # the path written
    failed = Signal(str)  # what went wrong and how to fix it

    def __init__(self, name: str, side: int | None = None, url: str | None = None) -> None:
        super().__init__()
        self.name, self.side, self.url = name, side, url
        self.cancel = threading.Event()

    @Slot()
    def run(self) -> None:
        """Download, then emit ``finished`` or ``failed`` (always one of them)."""
        from deskdl.ml.pretrained import WeightsError, download_weights

        def progress(done: int, total: int | None) -> None:
            if self.cancel.is_set():
                raise _Cancelled
            self.progressed.emit(done, -1 if total is None else total)

        try:
            path = download_weights(self.name, self.side, progress=progress, url=self.url)
        except _Cancelled:
            self.failed.emit(_(CANCELLED))
        except WeightsError as err:
            self.failed.emit(err.text)
        except Exception as err:  # noqa: BLE001 - a worker always reports
            self.failed.emit(_("the download failed: {error}").format(error=err))
        else:
            self.finished.emit(str(path))


class PretrainedWeightsDialog(QDialog):
    """The list of application models with their ImageNet weights file: present or not; import, download."""

    def __init__(self, parent: QWidget | None = None, select: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_(TITLE))
        self.resize(760, 520)
        self._thread: QThread | None = None
        self._worker: DownloadWorker | None = None
        self._downloading = ""

        self.intro = QLabel(_(INTRO).format(dir=models_dir()), self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([_("Model"), _("In the Keras cache"), _("File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.import_button = QPushButton(_("Import file…"), self)
        self.import_button.setToolTip(_("Copy a weights file someone gave you into the Keras cache, under "
                                        "the name Keras looks for (its checksum is checked)"))
        self.import_button.clicked.connect(self._on_import_clicked)
        self.download_button = QPushButton(_("Download"), self)
        self.download_button.setToolTip(_("Fetch the selected model's ImageNet weights (no top) from Keras's "
                                          "server into the Keras cache, checking the checksum"))
        self.download_button.clicked.connect(self._on_download_clicked)
        self.cancel_button = QPushButton(_("Cancel download"), self)
        self.cancel_button.clicked.connect(self.cancel_download)
        self.cancel_button.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        row = QHBoxLayout()
        for w in (self.import_button, self.download_button, self.cancel_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        for w in (self.intro, self.table, self.status, self.progress):
            layout.addWidget(w)
        layout.addLayout(row)
        self.refresh()
        self.select(select)

    # ------------------------------------------------------------------ API
    def refresh(self) -> None:
        """Fill the table from the Keras cache as it is now."""
        names = application_names()
        current = self.selected_name()
        self.table.setRowCount(len(names))
        for i, name in enumerate(names):
            entry = weights_entry(name)
            cells = (name, _(PRESENT) if entry["present"] else _(MISSING), entry["file"])
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 2:
                    item.setToolTip(entry["path"])
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.select(current)

    def select(self, name: str | None) -> None:
        """Select ``name``'s row (if it is listed)."""
        if name is None:
            return
        for i in range(self.table.rowCount()):
            if self.table.item(i, 0).text() == name:
                self.table.selectRow(i)
                return

    def selected_name(self) -> str | None:
        """The model whose row is selected, or None."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.table.item(rows[0].row(), 0).text() if rows else None

    def present(self, name: str) -> bool:
        """What the table says for ``name``: its weights are in the cache."""
        for i in range(self.table.rowCount()):
            if self.table.item(i, 0).text() == name:
                return self.table.item(i, 1).text() == _(PRESENT)
        return False

    def import_file(self, path: str | None = None) -> bool:
        """Import ``path`` (asked for with a file dialog when None) as the selected model's weights."""
        from deskdl.ml.pretrained import WeightsError, import_weights

        name = self.selected_name()
        if name is None:
            self._say(_(PICK_FIRST), error=True)
            return False
        if path is None:
            caption = _("Weights file for {name}").format(name=name)
            path, _filter = QFileDialog.getOpenFileName(self, caption, "",
                                                        _("Keras weights (*.h5 *.keras);;All files (*)"))
            if not path:
                return False
        try:
            target = import_weights(name, path)
        except WeightsError as err:
            self._say(err.text, error=True)
            return False
        self._say(_(IMPORTED).format(name=name, path=target))
        self.refresh()
        return True

    def download(self, url: str | None = None) -> bool:
        """Start downloading the selected model's weights (``url`` replaces Keras's, for tests)."""
        name = self.selected_name()
        if name is None:
            self._say(_(PICK_FIRST), error=True)
            return False
        if self._thread is not None:
            return False
        entry = weights_entry(name)
        self._downloading = name
        self._say(_(DOWNLOADING).format(file=entry["file"], name=name, url=url or entry["url"]))
        self.progress.setRange(0, 0)
        self.progress.show()
        self._set_busy(True)
        self._thread = QThread(self)
        self._worker = DownloadWorker(name, url=url)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progressed)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        return True

    def cancel_download(self) -> None:
        """Stop a running download (nothing half-done stays in the cache) and wait for its thread."""
        if self._worker is not None:
            self._worker.cancel.set()
        self._join()

    def done(self, result: int) -> None:
        """Closing the dialog cancels a running download first."""
        self.cancel_download()
        super().done(result)

    # -------------------------------------------------------------- internals
    def _on_import_clicked(self) -> None:
        self.import_file()

    def _on_download_clicked(self) -> None:
        self.download()

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))
            self.progress.setFormat(_("{done} of {total} MB").format(done=f"{done / 1e6:.1f}",
                                                                    total=f"{total / 1e6:.1f}"))
        else:
            self.progress.setFormat(_("{done} MB").format(done=f"{done / 1e6:.1f}"))

    @Slot(str)
    def _on_finished(self, path: str) -> None:
        self._join()
        self._say(_(DOWNLOADED).format(name=self._downloading, path=path))
        self.refresh()

    @Slot(str)
    def _on_failed(self, text: str) -> None:
        self._join()
        self._say(f"{self._downloading}: {text}", error=True)
        self.refresh()

    def _join(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None
            self._worker = None
        self.progress.hide()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.download_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text[0].upper() + text[1:] if text else text)
        self.status.setProperty("role", "error" if error else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
