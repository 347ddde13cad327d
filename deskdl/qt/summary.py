"""Live model summary (like Keras's ``model.summary()``) and live Python code view."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskdl.core import cost as cost_mod
from deskdl.core.analysis import summary_rows
from deskdl.core.i18n import N_, tr, translator
from deskdl.core.shapes_text import BATCH_NOTE, BATCH_NOTE_SHORT, shape_text

_ = translator("qt.summary")

# ---------------------------------------------------------------- user-visible text
SUMMARY_HEADERS = (N_("Layer"), N_("Type"), N_("Output shape"), N_("Parameters"))
TOTALS = N_("Total parameters: {total:,}   ·   trainable: {trainable:,}   ·   non-trainable: {non:,}")
TOTALS_UNKNOWN = N_("Some shapes are unknown until the problems are fixed; totals count the known layers.")
COST_LINE = N_("Cost: {macs} multiply-adds per example; a training step on a batch of {batch} needs "
               "about {need} (more in the tooltip).")
COST_TIP = N_("Multiply-adds: the multiplications (each followed by an addition) one example costs going "
              "forward; training costs about three times as many. Memory: 4 bytes per number (float32).")
TIME_BUTTON = N_("Time an epoch")
TIME_TIP = N_("Train a throw-away copy of the model for a few steps on the real data (after one warm-up "
              "step) and estimate how long an epoch takes on this computer. The project is not changed.")
TIMING = N_("Timing a few training steps of the model on the data…")
TIME_BUSY = N_("Training is running: time an epoch once it ends (the timing would wait for the Keras "
               "thread).")
TIME_OTHER_KIND = N_("The timed estimate covers models trained with fit; this kind of project trains in its "
                     "own loop.")
TIME_FAILED = N_("Could not time an epoch: {error}")
CODE_CAPTION = N_("The same model as plain Keras Python. It updates as you edit.")
COPY_CODE = N_("Copy code")
COPIED = N_("Copied")
CODE_UNAVAILABLE = N_("# The Python export is not available in this build.")
CODE_WAITING = N_("# The Python code appears once TensorFlow has loaded.")
CODE_FAILED = N_("# The code could not be generated:\n# {error}")

#: Delay between an edit and the code view's refresh: typing stays smooth.
CODE_DELAY_MS = 200


def _mono() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    return font


class SummaryPanel(QWidget):
    """Layer-by-layer output shapes and parameter counts, plus totals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._graph = None
        self.table = QTableWidget(0, len(SUMMARY_HEADERS), self)
        self.table.setHorizontalHeaderLabels([_(h) for h in SUMMARY_HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # the parameter counts are right-aligned (digits line up), so their heading is too
        params = self.table.horizontalHeaderItem(len(SUMMARY_HEADERS) - 1)
        params.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeaderItem(2).setToolTip(tr("core.shapes_text", BATCH_NOTE))
        # The one place the missing batch dimension is explained in words (issue 18).
        self.batch_note = QLabel(tr("core.shapes_text", BATCH_NOTE_SHORT), self)
        self.batch_note.setToolTip(tr("core.shapes_text", BATCH_NOTE))
        self.batch_note.setWordWrap(True)
        self.batch_note.setProperty("role", "caption")
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        # Cost before training (issue 16): multiply-adds, memory, and whether a batch fits the device.
        self.cost = QLabel(self)
        self.cost.setWordWrap(True)
        self.cost.setProperty("role", "caption")
        # It never makes the Summary taller than it needs without it (the Build docks must fit 1280x720):
        # the layout gives it its line when there is room, and clips it when there is not.
        self.cost.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self._project = None
        # The timed estimate of an epoch (issue 16): a button, its answer beside the cost line.
        self.host = None
        self.time_button = QPushButton(_(TIME_BUTTON), self)
        self.time_button.setToolTip(_(TIME_TIP))
        self.time_button.clicked.connect(self.time_epoch)
        self.time_button.hide()  # shown once there is a Keras thread to time on (set_host)
        self.estimate = QLabel(self)
        self.estimate.setWordWrap(True)
        self.estimate.setProperty("role", "caption")
        self.estimate.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self._time_tag: str | None = None
        self._timed_key: str | None = None  # the project as it was when timed (an edit makes it stale)
        self.estimate_result = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 4)
        lay.setSpacing(4)
        lay.addWidget(self.batch_note)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.totals)
        cost_row = QHBoxLayout()
        cost_row.setSpacing(6)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.cost)
        texts.addWidget(self.estimate)
        cost_row.addLayout(texts, 1)
        cost_row.addWidget(self.time_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(cost_row)
        self._editor = None
        self.table.cellClicked.connect(self._on_cell_clicked)

    def set_editor(self, editor) -> None:
        """Follow ``editor``'s analysis; a click on a row selects that layer."""
        self._editor = editor
        editor.analysis_changed.connect(self.set_analysis)

    def set_project(self, project) -> None:
        """The graph whose layers the rows name."""
        self._graph = project.graph
        self._project = project
        self._time_tag = self._timed_key = self.estimate_result = None  # another project: no old figure
        self.estimate.setText("")
        self.time_button.setEnabled(True)

    def set_analysis(self, analysis) -> None:
        """Rebuild the rows from ``analysis`` (cheap: one row per layer)."""
        if self._graph is None or analysis is None or any(n not in self._graph for n in analysis.order):
            self.table.setRowCount(0)
            self.totals.setText("")
            self.cost.setText("")
            return
        rows = summary_rows(self._graph, analysis)
        self.table.setRowCount(len(rows))
        mono = _mono()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, row in enumerate(rows):
            shape = tuple(row["output_shape"]) if row["output_shape"] is not None else None
            values = (row["id"], row["type"], shape_text(shape, batch=True), f"{row['params']:,}")
            for j, text in enumerate(values):
                item = QTableWidgetItem(text)
                if j >= 2:
                    item.setFont(mono)
                if j == 3:
                    item.setTextAlignment(right)
                self.table.setItem(i, j, item)
        text = _(TOTALS).format(total=analysis.total, trainable=analysis.trainable,
                                non=analysis.non_trainable)
        if any(info.shape is None for info in analysis.nodes.values()) or not analysis.ok:
            text += "\n" + _(TOTALS_UNKNOWN)
        self.totals.setText(text)
        self._update_cost(analysis)

    def _update_cost(self, analysis) -> None:
        """Multiply-adds and memory for the project's batch size and optimizer, against the device."""
        training = getattr(self._project, "training", None) or {}
        opt = training.get("optimizer") or {}
        c = cost_mod.estimate(self._graph, int(training.get("batch_size") or 32),
                              str(opt.get("type") or "Adam"), analysis=analysis)
        free, device = device_memory()
        lines = cost_mod.describe(c, free, device)
        warn = lines[-1:] if c.fits(free) is False else []  # describe's last line: the warning
        # One short line (the Build docks must fit a small screen); the details are in the tooltip.
        short = _(COST_LINE).format(macs=cost_mod.human_count(c.macs),
                                 need=cost_mod.human_bytes(c.training_bytes), batch=c.batch_size)
        self.cost.setText(warn[0] if warn else short)
        self.cost.setToolTip("\n".join([short, *lines, "", _(COST_TIP)]))
        self.cost.setStyleSheet("color: #8a1c14;" if warn else "")
        if self._timed_key is not None and self._timed_key != self._project_key():
            self._timed_key = None  # the model or its settings changed since: that figure is gone
            self.estimate_result = None
            self.estimate.setText("")

    # ------------------------------------------------------------------ timed estimate
    def set_host(self, host) -> None:
        """The Keras thread's host (the app's ``TrainingHost``): the Time button times on it."""
        self.host = host
        host.worker.call_finished.connect(self._on_call_finished)
        host.worker.call_failed.connect(self._on_call_failed)
        self.time_button.show()

    def _project_key(self) -> str:
        import json

        p = self._project
        if p is None:
            return ""
        return json.dumps([p.graph.to_dict(), p.training, p.data, getattr(p, "kind", None)], sort_keys=True,
                          default=str)

    def time_epoch(self) -> str | None:
        """Time a few training steps on the Keras thread; the answer shows under the cost line."""
        from deskdl.ml import estimate

        if self.host is None or self._project is None:
            return None
        if not estimate.can_time(self._project):
            self.estimate.setText(_(TIME_OTHER_KIND))
            return None
        if getattr(self.host, "training", False):
            self.estimate.setText(_(TIME_BUSY))
            return None
        from deskdl.qt.train.jobs import make_job

        self._timed_key = self._project_key()
        self.estimate.setText(_(TIMING))
        self.time_button.setEnabled(False)
        self._time_tag = self.host.call(estimate.time_epoch, make_job(self._project, evaluate_test=False,
                                                                      keep_model=False))
        return self._time_tag

    def _on_call_finished(self, tag: str, result: object) -> None:
        if tag != self._time_tag:
            return
        self._time_tag = None
        self.time_button.setEnabled(True)
        if self._timed_key != self._project_key():
            self.estimate.setText("")  # edited while it was timed: the figure is of another model
            return
        self.estimate_result = result
        self.estimate.setText(result.text())
        self.estimate.setToolTip(result.text())

    def _on_call_failed(self, tag: str, message: str, _details: str) -> None:
        if tag != self._time_tag:
            return
        self._time_tag = None
        self.time_button.setEnabled(True)
        self.estimate.setText(_(TIME_FAILED).format(error=(message or _("unknown error")).splitlines()[0]))

    def _on_cell_clicked(self, row: int, _col: int) -> None:
        item = self.table.item(row, 0)
        if item is not None and self._editor is not None:
            self._editor.select(item.text())


def device_memory() -> tuple[int | None, str]:
    """Free memory of the device training will use: the GPU's as TensorFlow reports it, else the RAM.

    TensorFlow is only asked when it is already loaded (the Summary must not load it).
    """
    import sys

    device = sys.modules.get("deskdl.ml.device")
    choice = device.current_choice() if device is not None else None
    if choice is not None and choice.kind == "gpu":
        try:
            gpus = {g.index: g for g in device.list_gpus()}
            mem = gpus[choice.index].memory if choice.index in gpus else None
        except Exception:  # noqa: BLE001 - a driver problem must not break the Summary
            mem = None
        if mem:
            return int(mem), f"GPU {choice.index}"
    return cost_mod.available_ram(), _("this computer's memory")


class CodePanel(QWidget):
    """The project as Keras Python (``deskdl.ml.export.export_python``), with a Copy button.

    Updates are throttled with a single-shot timer (:data:`CODE_DELAY_MS`).
    ``needs_tf`` holds the view back until TensorFlow has loaded (see
    :meth:`set_tf_ready`), for an exporter that imports Keras.
    """

    def __init__(self, parent: QWidget | None = None, needs_tf: bool = False) -> None:
        super().__init__(parent)
        self._project = None
        self.needs_tf = needs_tf
        self._tf_ready = False
        self.caption = QLabel(_(CODE_CAPTION), self)
        self.caption.setProperty("role", "caption")
        self.copy_button = QPushButton(_(COPY_CODE), self)
        self.copy_button.clicked.connect(self.copy_code)
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setFont(_mono())
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.copy_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 4)
        lay.setSpacing(4)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CODE_DELAY_MS)
        self.timer.timeout.connect(self.update_now)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(1200)
        self._copied_timer.timeout.connect(lambda: self.copy_button.setText(_(COPY_CODE)))

    def set_project(self, project) -> None:
        """Show ``project``'s code (after the throttle delay)."""
        self._project = project
        self.schedule_update()

    def set_tf_ready(self, ready: bool = True) -> None:
        """Tell the panel TensorFlow has loaded (matters only when ``needs_tf``)."""
        self._tf_ready = ready
        self.schedule_update()

    def schedule_update(self, *_args: object) -> None:
        """Refresh in :data:`CODE_DELAY_MS` ms; more calls meanwhile cost nothing."""
        self.timer.start()

    def update_now(self) -> None:
        """Regenerate the code now."""
        self.timer.stop()
        if self._project is None:
            self._set_text("")
            return
        if self.needs_tf and not self._tf_ready:
            self._set_text(_(CODE_WAITING))
            return
        try:
            from deskdl.ml.export import export_python
        except ImportError:
            self._set_text(_(CODE_UNAVAILABLE))
            return
        try:
            code = export_python(self._project)
        except Exception as err:  # noqa: BLE001 - a broken model must not break the view
            self._set_text(_(CODE_FAILED).format(error=getattr(err, "text", None) or err))
            return
        self._set_text(code)

    def _set_text(self, text: str) -> None:
        if text == self.view.toPlainText():
            return
        bar = self.view.verticalScrollBar()
        pos = bar.value()
        self.view.setPlainText(text)
        bar.setValue(pos)

    def copy_code(self) -> None:
        """Put the code on the clipboard."""
        if self.timer.isActive():
            self.update_now()
        QGuiApplication.clipboard().setText(self.view.toPlainText())
        self.copy_button.setText(_(COPIED))
        self._copied_timer.start()
