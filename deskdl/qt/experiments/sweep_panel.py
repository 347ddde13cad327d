"""The sweep panel: settings to vary, the runs one after another on the Keras thread, their results.

What to vary is written as on the command line (one ``NAME=VALUES`` a line, see
:mod:`deskdl.core.sweep`), so what a learner writes here works with ``deskdl sweep`` too.
The runs go through :func:`deskdl.ml.sweep.run_sweep` on the Keras thread
(``TrainingHost.call``) on a copy of the project; each finished run arrives here as a
signal (queued to the GUI thread) and is added to the project's runs like any other.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskdl.core import sweep as sw
from deskdl.core.history import append_run, next_run_id
from deskdl.core.i18n import N_, translator
from deskdl.qt.experiments.parallel import ParallelCoordinates
from deskdl.qt.train.curves import RUN_COLORS, TrainingCurves

_ = translator("qt.experiments.sweep_panel")

# ---------------------------------------------------------------- user-visible text
HELP = N_("One setting a line, as NAME=VALUES. Names: learning_rate, batch_size, epochs, optimizer, "
          "validation_split, a layer's LAYER.PARAM (e.g. {layer}.units), training.KEY, algorithm.KEY. "
          "Values: a list (0.001,0.01), lin(16,64,4) for 4 evenly spaced values, log(1e-4,1e-1,4) for "
          "4 values evenly spaced on a log scale; with random runs, log(1e-4,1e-1) samples the range.")
EXAMPLE = "learning_rate=log(1e-3,1e-1,3)\nbatch_size=16,64"
PLANNED = N_("{n} runs planned ({mode}).")
#: A plan's mode (``SweepPlan.mode``) as shown.
MODES = {"grid": N_("grid"), "random": N_("random")}
RUNNING = N_("Run {i} of {n} finished ({status}).")
ENDED = {"done": N_("The sweep is done: {n} runs."),
         "stopped": N_("Stopped after {n} runs ({skipped} not run)."),
         "budget": N_("Time budget used up after {n} runs ({skipped} not run).")}
BUSY = N_("Wait for the training run to end before starting a sweep.")
BEST_TIP = N_("The best run by {metric}.")
_ERROR_STYLE = "color: #8a1c14;"
_BEST_BRUSH = QColor(255, 228, 196)


class _Cell(QTableWidgetItem):
    """A table cell that sorts numbers as numbers (empty cells last), text as text."""

    def __init__(self, value: Any) -> None:
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        text = "" if value is None else (f"{value:.4g}" if isinstance(value, float) else str(value))
        super().__init__(text)
        self.key = (0, float(value)) if number else ((2, "") if value is None else (1, str(value)))

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.key < getattr(other, "key", (1, other.text()))


class SweepSignals(QObject):
    """Lives on the GUI thread; the sweep (on the Keras thread) emits, the slots run here (queued)."""

    run_ended = Signal(int, object)


def _sweep_on_keras_thread(project: Any, points: list, control: Any, signals: SweepSignals,
                           max_seconds: float | None) -> dict[str, Any]:
    """Runs on the Keras thread: the sweep, each run's record sent as a copy."""
    from deskdl.ml.sweep import run_sweep

    def ended(i: int, record: dict[str, Any]) -> None:
        signals.run_ended.emit(i, copy.deepcopy(record))

    out = run_sweep(project, points, control=control, max_seconds=max_seconds, on_run_ended=ended,
                    keep_model=False)
    return {"ended": out.ended, "skipped": out.skipped, "sweep_id": out.sweep_id}


class SweepPanel(QWidget):
    """Plan, run and read a sweep of the project.

    Signals:
        run_recorded(dict): a sweep run was added to ``project.runs`` (its record).
    """

    run_recorded = Signal(object)

    def __init__(self, project: Any, host: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.host = host
        self.points: list[dict[str, Any]] = []
        self.plan: sw.SweepPlan | None = None
        self.records: list[dict[str, Any]] = []
        self.rows: list[dict[str, Any]] = []
        self.rank_metric: str | None = None
        self.best: int | None = None
        self.control: Any = None
        self._tag: str | None = None
        self._signals = SweepSignals(self)
        self._signals.run_ended.connect(self._on_run_ended)

        # --- plan
        first = next((n for n in project.graph.nodes if project.graph.node(n).type == "Dense"), "dense")
        self.settings_edit = QPlainTextEdit()
        self.settings_edit.setPlaceholderText(EXAMPLE)
        self.settings_edit.setPlainText(EXAMPLE)
        self.settings_edit.setToolTip(_(HELP).format(layer=first))
        self.settings_edit.setMaximumHeight(110)
        help_label = QLabel(_(HELP).format(layer=first))
        help_label.setWordWrap(True)
        help_label.setProperty("role", "caption")
        self.random_n = QSpinBox()
        self.random_n.setRange(0, sw.MAX_POINTS)
        self.random_n.setSpecialValueText(_("every combination (grid)"))
        self.random_n.setToolTip(_("0: every combination of the values; "
                                   "N: N runs with values drawn at random."))
        self.seed = QSpinBox()
        self.seed.setRange(0, 1_000_000)
        self.seed.setToolTip(_("The random draws repeat with the same seed."))
        self.max_runs = QSpinBox()
        self.max_runs.setRange(0, sw.MAX_POINTS)
        self.max_runs.setSpecialValueText(_("no limit"))
        self.max_minutes = QSpinBox()
        self.max_minutes.setRange(0, 24 * 60)
        self.max_minutes.setSpecialValueText(_("no limit"))
        self.max_minutes.setSuffix(_(" min"))
        self.max_minutes.setToolTip(_("No new run starts after this long; the run under way finishes."))
        form = QFormLayout()
        form.addRow(_("Random runs"), self.random_n)
        form.addRow(_("Seed"), self.seed)
        form.addRow(_("At most"), self.max_runs)
        form.addRow(_("Time budget"), self.max_minutes)
        self.planned = QLabel()
        self.planned.setWordWrap(True)
        self.start_button = QPushButton(_("Start sweep"))
        self.pause_button = QPushButton(_("Pause"))
        self.pause_button.setCheckable(True)
        self.stop_button = QPushButton(_("Stop"))
        self.stop_button.setToolTip(_("Stop the run under way and skip the rest."))
        self.stop_rest_button = QPushButton(_("Stop the rest"))
        self.stop_rest_button.setToolTip(_("Let the run under way finish, then stop."))
        self.export_button = QPushButton(_("Export CSV…"))
        buttons = QHBoxLayout()
        for b in (self.start_button, self.pause_button, self.stop_button, self.stop_rest_button):
            buttons.addWidget(b)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(QLabel(_("<b>Settings to vary</b>")))
        lbox.addWidget(self.settings_edit)
        lbox.addWidget(help_label)
        lbox.addLayout(form)
        lbox.addWidget(self.planned)
        lbox.addLayout(buttons)
        lbox.addWidget(self.status)
        lbox.addWidget(self.export_button)
        lbox.addStretch(1)

        # --- results
        self.table = QTableWidget(0, 0)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(_("Click a heading to sort; click a run to see its curves."))
        self.parallel = ParallelCoordinates()
        self.curves = TrainingCurves()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(self.parallel)
        right.addWidget(self.curves)
        right.setSizes([200, 220, 260])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([330, 800])
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(split)

        self.settings_edit.textChanged.connect(self.update_plan)
        for spin in (self.random_n, self.seed, self.max_runs, self.max_minutes):
            spin.valueChanged.connect(self.update_plan)
        self.start_button.clicked.connect(self.start)
        self.pause_button.toggled.connect(self._on_pause_toggled)
        self.stop_button.clicked.connect(self.stop)
        self.stop_rest_button.clicked.connect(self.stop_rest)
        self.export_button.clicked.connect(self._ask_export)
        self.table.cellClicked.connect(self._on_cell_clicked)
        if host is not None:
            host.worker.call_finished.connect(self._on_call_finished)
            host.worker.call_failed.connect(self._on_call_failed)
        self.update_plan()
        self._update_buttons()

    # ------------------------------------------------------------------ plan
    def axes_text(self) -> list[str]:
        """The non-empty lines of the settings box."""
        return [ln.strip() for ln in self.settings_edit.toPlainText().splitlines() if ln.strip()]

    def update_plan(self) -> list[dict[str, Any]]:
        """Read the settings box and the budget; show how many runs that is, or what is wrong."""
        try:
            axes = [sw.parse_set(line) for line in self.axes_text()]
            sw.check_names(self.project, [a.name for a in axes])
            self.plan = sw.SweepPlan(axes, random_n=self.random_n.value() or None, seed=self.seed.value(),
                                     max_runs=self.max_runs.value() or None,
                                     max_seconds=self.max_minutes.value() * 60 or None)
            self.points = sw.expand(self.plan)
        except sw.SweepError as err:
            self.plan, self.points = None, []
            self.planned.setText(err.text)
            self.planned.setStyleSheet(_ERROR_STYLE)
        else:
            mode = _(MODES.get(self.plan.mode, self.plan.mode))
            self.planned.setText(_(PLANNED).format(n=len(self.points), mode=mode))
            self.planned.setStyleSheet("")
        self._update_buttons()
        return self.points

    @property
    def running(self) -> bool:
        """A sweep is under way."""
        return self._tag is not None

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(bool(self.points) and not self.running and self.host is not None)
        for b in (self.pause_button, self.stop_button, self.stop_rest_button):
            b.setEnabled(self.running)
        self.export_button.setEnabled(bool(self.rows))
        self.settings_edit.setReadOnly(self.running)

    # ------------------------------------------------------------------ run
    def start(self) -> bool:
        """Start the planned runs on the Keras thread (refused while another run trains)."""
        if self.running or not self.points or self.host is None:
            return False
        if self.host.training:
            self.status.setText(_(BUSY))
            return False
        from deskdl.ml.sweep import SweepControl

        self.control = SweepControl()
        self.records, self.rows, self.best = [], [], None
        self._names = [a.name for a in self.plan.axes]
        self.curves.clear()
        self._show_results()
        self.status.setText(_("Running {n} runs…").format(n=len(self.points)))
        self._tag = self.host.call(_sweep_on_keras_thread, self.project.copy(), list(self.points),
                                   self.control, self._signals, self.plan.max_seconds,
                                   tag=f"sweep-{id(self)}")
        self._update_buttons()
        return True

    def stop(self) -> None:
        """Stop the run under way and the rest."""
        if self.control is not None:
            self.control.stop()

    def stop_rest(self) -> None:
        """Let the run under way finish, then stop."""
        if self.control is not None:
            self.control.stop_rest()

    def _on_pause_toggled(self, paused: bool) -> None:
        if self.control is None:
            return
        (self.control.pause if paused else self.control.resume)()
        self.pause_button.setText(_("Resume") if paused else _("Pause"))

    @Slot(int, object)
    def _on_run_ended(self, index: int, record: Mapping[str, Any]) -> None:
        rec = dict(record)
        rec["id"] = next_run_id(self.project.runs)  # the project's own numbering (other runs may be newer)
        self.project.runs = append_run(self.project.runs, rec)
        self.records.append(self.project.runs[-1])
        self.status.setText(_(RUNNING).format(i=index + 1, n=len(self.points), status=rec.get("status")))
        self._show_results()
        self.run_recorded.emit(self.project.runs[-1])

    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        if tag != self._tag:
            return
        self._tag = None
        info = dict(result) if isinstance(result, Mapping) else {}
        self.status.setText(_(ENDED.get(info.get("ended", "done"), ENDED["done"])).format(
            n=len(self.records), skipped=info.get("skipped", 0)))
        self.pause_button.setChecked(False)
        self._update_buttons()

    @Slot(str, str, str)
    def _on_call_failed(self, tag: str, message: str, _details: str) -> None:
        if tag != self._tag:
            return
        self._tag = None
        self.status.setText(_("The sweep stopped: {message}").format(message=message))
        self.status.setStyleSheet(_ERROR_STYLE)
        self._update_buttons()

    # ------------------------------------------------------------------ results
    def set_records(self, records: Sequence[Mapping[str, Any]], names: Sequence[str]) -> None:
        """Show finished runs' records (e.g. an earlier sweep's) without running anything."""
        self.records = [dict(r) for r in records]
        self._names = list(names)
        self._show_results()

    def _show_results(self) -> None:
        names = getattr(self, "_names", [])
        self.rows = sw.result_rows(self.records, names)
        self.rank_metric = sw.default_metric(self.rows)
        self.best = sw.best_row(self.rows, self.rank_metric) if self.rank_metric else None
        cols = list(self.rows[0]) if self.rows else ["run", "status", *names]
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(cols))
        self.table.setHorizontalHeaderLabels([c.replace("_", " ") for c in cols])
        self.table.setRowCount(len(self.rows))
        bold = QFont()
        bold.setBold(True)
        for i, row in enumerate(self.rows):
            for j, c in enumerate(cols):
                item = _Cell(row.get(c))
                if i == self.best:
                    item.setBackground(QBrush(_BEST_BRUSH))
                    item.setFont(bold)
                    item.setToolTip(_(BEST_TIP).format(metric=self.rank_metric))
                self.table.setItem(i, j, item)
        self.table.setSortingEnabled(True)
        self.parallel.set_rows(self.rows, self._axes(), best=self.best)
        self._update_buttons()

    def _axes(self) -> list[str]:
        """The parallel plot's axes: the swept settings, then the final scores there are."""
        there = self.rows[0] if self.rows else {}
        return [*getattr(self, "_names", []),
                *(m for m in ("val_loss", "loss", "val_accuracy", "accuracy") if m in there)]

    def best_run_id(self) -> str | None:
        """The id of the best run (by validation loss, else loss)."""
        return self.rows[self.best]["run"] if self.best is not None else None

    def _on_cell_clicked(self, row: int, _col: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.show_run(item.text())

    def show_run(self, run_id: str) -> None:
        """Open the curves of ``run_id`` below the table (and mark it on the parallel plot)."""
        rec = next((r for r in self.records if r.get("id") == run_id), None)
        if rec is None:
            return
        self.curves.clear()
        self.curves.load_history(run_id, RUN_COLORS[0], rec.get("history") or {})
        i = next((k for k, r in enumerate(self.rows) if r["run"] == run_id), None)
        self.parallel.set_rows(self.rows, self._axes(), best=self.best, selected=i)
        self.shown_run = run_id

    def export_csv(self, path: Any) -> None:
        """Write the results table as CSV."""
        sw.write_csv(path, self.rows)

    def _ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, _("Export the sweep's results"), "results.csv",
                                                    _("CSV (*.csv)"))

        if path:
            try:
                self.export_csv(path)
            except OSError as err:
                self.status.setText(_("Could not write {path}: {reason}").format(
                    path=path, reason=err.strerror or err))
            else:
                self.status.setText(_("Wrote {path}.").format(path=path))

