"""The Train tab: settings, Start/Pause/Stop/Step, progress, live curves and decision boundary.

The panel never runs Keras itself: it builds a job snapshot and hands it to
the :class:`~deskdl.qt.workers.TrainingHost`, whose worker signals arrive in
the ``_on_*`` slots here, on the GUI thread.
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Mapping
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskdl.core import events as ev
from deskdl.core.i18n import N_, translator
from deskdl.core.project import Project
from deskdl.qt import dialogs
from deskdl.qt import kinds as kind_views
from deskdl.qt.train import jobs
from deskdl.qt.train.algorithm import AlgorithmForm
from deskdl.qt.train.boundary import DecisionBoundaryView
from deskdl.qt.train.columns import TrainColumns
from deskdl.qt.train.curves import RUN_COLORS, TrainingCurves
from deskdl.qt.train.doctor_view import READ_KINDS, DoctorBox
from deskdl.qt.train.runs import RunList
from deskdl.qt.train.settings import TrainingSettingsForm
from deskdl.qt.train.texts import (
    EXPLODING_EXPLANATION,
    LEGEND,
    LEGEND_EPISODES,
    LEGEND_NO_VALIDATION,
    NAN_EXPLANATION,
    NO_TF,
    READY,
    TIPS,
    shown,
)
from deskdl.qt.workers import TrainingHost, format_seconds, time_left

_ = translator("qt.train.panel")

#: Seconds between two progress bar updates from batch signals (epoch changes show at once).
PROGRESS_INTERVAL_S = 0.25

#: How a kind's innermost unit of work is named to a learner (Step, Stop, the status line).
STEP_UNIT_NAMES = {"batch": N_("batch"), "step": N_("environment step"), "episode": N_("episode")}
#: The outer units, as the progress bar starts a line with them.
OUTER_UNIT_NAMES = {"epoch": N_("Epoch"), "episode": N_("Episode")}
#: How a run ended, as the progress bar says it.
STATUS_NAMES = {"stopped": N_("Stopped"), "early_stopped": N_("Early stopped"), "failed": N_("Failed"),
                "solved": N_("Solved")}
#: The right column's least width for a kind whose live view needs room (a GAN's square plane of 300 px).
WIDE_VIEW_WIDTH = 330


def _kind_id(project: Any) -> str:
    """The project's kind id ("supervised" when it cannot be told)."""
    from deskdl.core.kinds import kind_of

    try:
        return kind_of(project).id
    except Exception:  # noqa: BLE001 - an unknown kind: the supervised views
        return "supervised"


def _units_of(project: Any) -> tuple[str, str]:
    """The kind's units of work, outer and inner: ("epoch", "batch"), ("episode", "step")."""
    from deskdl.core.kinds import kind_of

    try:
        units = tuple(kind_of(project).units)
    except Exception:  # noqa: BLE001
        units = ()
    if len(units) >= 2:
        return str(units[0]), str(units[-1])
    return ("epoch", "batch")


def _planned(project: Any, unit: str) -> int:
    """How many outer units a run of ``project`` plans: ``training.epochs``, or an agent's episodes."""
    if unit == "epoch":
        return int(project.training.get("epochs") or 0)
    from deskdl.core.kinds import kind_of

    try:
        settings = kind_of(project).with_defaults(getattr(project, "algorithm", None))
        return int(settings.get(f"{unit}s") or 0)
    except Exception:  # noqa: BLE001 - unknown: the run's own announcement says
        return 0


_BANNER_STYLE = ("QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; "
                 "border-radius: 4px; padding: 6px; }")


class TrainPanel(QWidget):
    """Train the project's model and watch it learn.

    Signals:
        run_completed(dict): a run ended (finished or stopped) with its result payload
            (``model`` among others); the Evaluate tab listens.
        runs_changed(): ``project.runs`` was changed (the window marks the project dirty).
    """

    run_completed = Signal(object)
    runs_changed = Signal()
    #: The learner scrubbed the current run to this epoch (the Inspect tab follows).
    scrubbed = Signal(float)

    def __init__(self, project: Project | None = None, host: TrainingHost | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project or Project()
        self._own_host = host is None
        self.host = host or TrainingHost(parent=self)
        self._tf_ready = False
        self._run_id: str | None = None
        self._run_info: dict[str, Any] = {}
        #: Extra ``TrainingJob`` fields for every run (e.g. ``inspect_every_epoch`` from the Inspect tab).
        self.job_options: dict[str, Any] = {}
        self._t0 = 0.0
        # Seconds the run has been running (not paused): the time estimate divides by this, so it
        # stays put while paused and does not jump when single steps follow a long pause.
        self._active_s = 0.0
        self._last_tick: float | None = None
        self._left_shown: float | None = None
        self._progress_shown = 0.0  # monotonic time of the last progress bar update
        self._epochs = 0
        self._steps = 0
        self._epoch = 0
        self._batch = 0
        self._paused = False
        self._first_loss: float | None = None
        self._history: dict[str, list[float]] = {}
        self._run_training: dict[str, Any] | None = None
        self._runs_shown = 0
        self._failed = False
        self._answer_tag: str | None = None  # asking the Keras thread for a loaded model's answer
        self._answer_epochs: float | None = None
        self._units: tuple[str, str] = ("epoch", "batch")  # the kind's units of work, outer and inner

        # --- controls
        self.start_button = QPushButton(_("Start"))
        self.pause_button = QPushButton(_("Pause"))
        self.stop_button = QPushButton(_("Stop"))
        self.step_button = QPushButton(_("Step"))
        # What one Step runs, for kinds with an outer unit a trainer can pause at (an agent's episode).
        self.step_unit = QComboBox()
        self.step_unit.setToolTip(shown(TIPS["step_unit"]))
        self.step_unit.hide()
        self.continue_box = QCheckBox(_("Continue"))
        self.continue_box.setToolTip(shown(TIPS["continue"]))
        self._trained_model: Any = None  # the newest trained model of this project (for Continue)
        for b, key in ((self.start_button, "start"), (self.pause_button, "pause"),
                       (self.stop_button, "stop"), (self.step_button, "step")):
            b.setToolTip(shown(TIPS[key]))
        self.start_button.setToolTip(shown(TIPS["start"]))
        self.start_button.setDefault(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setFormat(shown(READY))
        self.progress.setMinimumWidth(150)
        self.status = QLabel(shown(NO_TF))
        self.status.setStyleSheet("color: #555;")
        # Wraps instead of widening the window: long status lines made the Train tab need 1000 px.
        self.status.setWordWrap(True)
        self.status.setMaximumWidth(320)
        bar = QHBoxLayout()
        for b in (self.start_button, self.pause_button, self.stop_button, self.step_button,
                  self.step_unit, self.continue_box):
            bar.addWidget(b)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.status)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner.hide()

        # --- settings (left), curves (middle), boundary + runs (right)
        self.settings = TrainingSettingsForm()
        # The project kind's own settings (project.algorithm), from the kind's declarations.
        self.algorithm_form = AlgorithmForm()
        column = QWidget()
        cbox = QVBoxLayout(column)
        cbox.setContentsMargins(0, 0, 0, 0)
        cbox.setSpacing(0)
        cbox.addWidget(self.algorithm_form)
        cbox.addWidget(self.settings)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.settings.sizeHint().width() + 24)
        scroll.setMaximumWidth(420)
        self.curves = TrainingCurves()
        self.boundary = DecisionBoundaryView()
        self.boundary.point_clicked.connect(self._on_plane_clicked)
        self.boundary.uncertainty_toggled.connect(self._on_uncertainty_toggled)
        self.runs = RunList()
        self.clear_runs_button = QPushButton(_("Forget unticked runs"))
        self.clear_runs_button.setToolTip(_("Remove the runs you unticked from the list and the project."))
        body = QWidget()  # the right column's views; the column scrolls rather than squeeze them together
        rbox = QVBoxLayout(body)
        rbox.setContentsMargins(0, 0, 0, 0)
        # The project kind's own live views (a GAN's sample grid...): deskdl.qt.kinds.VIEWS.
        self._kind_area = QWidget()
        self._kind_box = QVBoxLayout(self._kind_area)
        self._kind_box.setContentsMargins(0, 0, 0, 0)
        self._kind_area.hide()  # shown when the kind has views
        self.kind_views: list[kind_views.KindView] = []
        self._kind_view_paths: tuple[str, ...] = ()
        rbox.addWidget(self._kind_area, 3)
        rbox.addWidget(self.boundary, 3)
        # Scrub through training (issue 16): the run's boundary pictures, kept within a memory budget.
        from deskdl.core.snapshots import EpochSnapshots
        from deskdl.qt.experiments.scrub import ScrubBar

        self._boundary_snaps = EpochSnapshots()
        self._scrub_epochs: set[float] = set()
        self.scrub = ScrubBar()
        self.scrub.epoch_chosen.connect(self._on_scrubbed)
        rbox.addWidget(self.scrub)
        runs_title = QLabel(_("<b>Runs</b> (tick to compare)"))
        rbox.addWidget(runs_title)
        rbox.addWidget(self.runs, 1)
        rbox.addWidget(self.clear_runs_button)
        # Experiments (issue 16): a sweep of settings, and ticked runs side by side.
        self.sweep_button = QPushButton(_("Sweep…"))
        self.sweep_button.setToolTip(_("Train the model many times with other settings and compare results."))
        self.compare_button = QPushButton(_("Compare ticked"))
        self.compare_button.setToolTip(
            _("The ticked runs side by side: settings that differ, scores, curves."))
        exp_row = QHBoxLayout()
        exp_row.addWidget(self.sweep_button)
        exp_row.addWidget(self.compare_button)
        rbox.addLayout(exp_row)
        self.sweep_button.clicked.connect(self.open_sweep)
        self.runs.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.runs.customContextMenuRequested.connect(self._on_runs_menu)
        self.compare_button.clicked.connect(self.compare_ticked)
        self.sweep_window: QWidget | None = None
        self.compare_window: QWidget | None = None
        # The training doctor (issue 16): findings live and after a run, each with one-click Apply.
        self.doctor = DoctorBox()
        self.doctor.applied.connect(self._on_doctor_applied)
        rbox.addWidget(self.doctor)  # its findings' height: the plane above keeps the room
        # After a run the plane, its epoch bar, the runs, the buttons and the doctor need more than the
        # ~590 px a 1280x720 window leaves: without a scroll area Qt drew the plane over the rows under it.
        right = self._right = QScrollArea()
        right.setWidget(body)
        right.setWidgetResizable(True)
        right.setFrameShape(QFrame.Shape.NoFrame)
        right.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        right.setMaximumWidth(420)
        right.setMinimumWidth(240)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.curves)
        self.splitter.addWidget(right)
        # The curves get the room; the settings column folds away with its button (issue 10).
        self.columns = TrainColumns(self.splitter, scroll, self.curves, right, parent=self)
        bar.insertWidget(0, self.columns.toggle)

        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(bar)
        box.addWidget(self.banner)
        box.addWidget(self.splitter, 1)

        # --- wiring (worker signals -> slots of this GUI-thread object; never lambdas)
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.step_button.clicked.connect(self.step)
        self._shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self._shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._shortcut.activated.connect(self.start)
        w = self.host.worker
        w.run_started.connect(self._on_run_started)
        w.epoch_started.connect(self._on_epoch_started)
        w.batch_ended.connect(self._on_batch_ended)
        w.epoch_ended.connect(self._on_epoch_ended)
        w.probe_ready.connect(self._on_probe_ready)
        w.run_finished.connect(self._on_run_finished)
        w.run_failed.connect(self._on_run_failed)
        w.failure_kind.connect(self._on_failure_kind)
        w.call_finished.connect(self._on_call_finished)
        w.call_failed.connect(self._on_call_failed)
        w.run_event.connect(self._on_run_event)
        w.pictures_waiting.connect(self._on_pictures_waiting)
        self.host.training_changed.connect(self._on_training_changed)
        self.curves.nan_detected.connect(self._on_nan_detected)
        self.runs.visibility_changed.connect(self._on_run_visibility_changed)
        self.clear_runs_button.clicked.connect(self.forget_unticked_runs)
        self.settings.settings_changed.connect(self._on_settings_changed)
        self.algorithm_form.settings_changed.connect(self._on_settings_changed)

        self.set_project(self.project)
        self._update_buttons()

    # ------------------------------------------------------------------ model
    def set_project(self, project: Project) -> None:
        """Show ``project``'s settings, data and past runs."""
        if project is not self.project and self.host.training:
            # A run of the old project: stop it and ignore what it still sends (its record, curves and
            # model belong to a project that is gone).
            self.host.stop()
            if self.host.control is not None and hasattr(self.host.control, "resume"):
                self.host.control.resume()  # a paused run must wake up to see the stop
            self._run_id = None
        self.project = project
        self._trained_model = None  # a model of another project cannot be continued
        self._answer_tag = None  # the old model's decision boundary must not arrive late
        self._unc_tag, self._unc_pending = None, False  # nor the old model's uncertainty
        self._point_tag = None  # nor its answer at a clicked spot
        self.settings.set_config(project.training)
        self.algorithm_form.set_project(project)
        self.settings.set_uses_loss(kind_views.uses_loss(project))
        self._units = _units_of(project)
        self.settings.set_units(self._units)
        self._set_step_units()
        views = kind_views.views_for(project)
        self.curves.set_kind_plots(views.curves, views.own_curves)  # a GAN has no "loss" plot
        self.curves.set_x_label(self._units[0])
        uses_validation = kind_views.uses_loss(project)
        self.curves.set_legend(
            shown(LEGEND if uses_validation else LEGEND_EPISODES if self._units[0] == "episode"
                  else LEGEND_NO_VALIDATION))
        # The doctor reads a fit's curves only; for other kinds it would only say so, in the room
        # their live view needs.
        self.doctor.setVisible(_kind_id(project) in READ_KINDS)
        # Nothing of the old project's runs stays: status, progress, banner, plots and their metrics.
        self._reset_run_state()
        self._paused = False
        self.status.setText("" if self._tf_ready else shown(NO_TF))
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setFormat(shown(READY))
        self.curves.clear()
        self.runs.clear()
        self.doctor.clear()
        self._runs_shown = 0
        for run in project.runs:
            self._show_past_run(run)
        self._set_kind_views()
        self.refresh_data()
        self._update_buttons()

    def _set_step_units(self) -> None:
        """Offer "one episode" beside Step for kinds whose trainer pauses at an episode's end (agents)."""
        outer, inner = self._units
        self.step_unit.blockSignals(True)
        self.step_unit.clear()
        if outer == "episode":
            name = STEP_UNIT_NAMES.get(inner, inner)
            self.step_unit.addItem(_("one {unit}").format(unit=_(name)), None)
            self.step_unit.addItem(_("one episode"), "episode")
        self.step_unit.blockSignals(False)
        self.step_unit.setVisible(self.step_unit.count() > 0)
        self.step_button.setToolTip(shown(TIPS["step_agent"] if self.step_unit.count() else TIPS["step"]))

    def _set_kind_views(self) -> None:
        """The project kind's extra live views (built anew only when the kind's list changes)."""
        paths = kind_views.views_for(self.project).train
        if paths != self._kind_view_paths:
            for view in self.kind_views:
                self._kind_box.removeWidget(view)
                view.deleteLater()
            self.kind_views = kind_views.make_views(paths, self)
            for view in self.kind_views:
                self._kind_box.addWidget(view)
            self._kind_area.setVisible(bool(self.kind_views))
            self._kind_view_paths = paths
            for view in self.kind_views:
                if hasattr(view, "set_host"):  # e.g. "Watch the agent" runs the network on the Keras thread
                    view.set_host(self.host)
        for view in self.kind_views:
            view.reset()
            if hasattr(view, "show_project"):  # e.g. an agent's task at rest, described, before a run
                view.show_project(self.project)

    def refresh_data(self) -> None:
        """Re-read the project's data choice (after the Data tab changed it)."""
        points = jobs.boundary_points(self.project.data)
        if not kind_views.views_for(self.project).decision_boundary:
            points = None
        self.boundary.setVisible(points is not None)
        if points is not None:
            self.boundary.set_points(**points)
        else:
            self.boundary.clear()  # no points of an earlier data set wait in the hidden view
        # Without a decision boundary the right column holds only the run list: the curves get the room.
        wide = points is not None or bool(self.kind_views)  # a kind's live view needs the room too
        # A GAN's square 2-D plane (>= 300 px), an agent's task and bars, a text generator's controls.
        wider = bool(self.kind_views) and kind_views.views_for(self.project).wide
        self._right.setMinimumWidth(WIDE_VIEW_WIDTH if wider else 240 if wide else 170)
        self._right.setMaximumWidth(480 if wider else 420 if wide else 240)
        self.columns.fit()

    def set_trained_model(self, model: Any, epochs: float | None = None) -> None:
        """The newest trained model of this project (a finished run's, or one loaded with it), or None.

        On 2-D data the decision boundary shows this model's answer; a model loaded with
        a reopened project has sent no probe, so its answer is asked for here (Keras thread).
        ``epochs``: how long it was trained (shown under the boundary).
        """
        self._trained_model = model
        self._update_buttons()
        self._paint_pending_uncertainty()
        if model is not None and not self.host.training and self.boundary.isVisibleTo(self) \
                and self.boundary.image_array() is None:
            self._answer_tag = self.host.call(jobs.answer_grid, model)
            self._answer_epochs = epochs

    def _paint_pending_uncertainty(self) -> None:
        """The box was ticked during a run: paint the spread once the run has ended and left its model."""
        if self._unc_pending and self._trained_model is not None and not self.host.training:
            self._unc_pending = False
            self.boundary.uncertainty_box.setChecked(True)

    _point_tag: str | None = None
    _point_model: Any = None

    @Slot(float, float)
    def _on_plane_clicked(self, x: float, y: float) -> None:
        """Ask the trained model (on the Keras thread) for its answer at the clicked spot."""
        from deskdl.qt.train import boundary as B

        if self.host.training:
            self.boundary.mark_point(x, y, B.shown(B.BUSY_TRAINING))
            return
        if self._trained_model is None:
            self.boundary.mark_point(x, y, B.shown(B.NO_MODEL_YET))
            return
        self.boundary.mark_point(x, y, B.shown(B.ASKING).format(x=x, y=y))
        self._point_model = self._trained_model
        self._point_tag = self.host.call(jobs.answer_at, self._trained_model, x, y)

    _unc_tag: str | None = None
    _unc_model: Any = None
    _unc_pending = False  # the box was ticked during a run: paint the spread when the run's model arrives

    @Slot(bool)
    def _on_uncertainty_toggled(self, checked: bool) -> None:
        """Ask the trained model (on the Keras thread) for its MC-dropout spread over the plane."""
        from deskdl.ml.uncertainty import MC_SAMPLES
        from deskdl.qt.train import boundary as B

        if not checked:
            self._unc_tag = None  # an answer still on its way is not painted
            return
        if self.host.training:
            self._unc_pending = True
            self.boundary.uncertainty_message(B.shown(B.UNC_BUSY))
            return
        if self._trained_model is None:
            self.boundary.uncertainty_message(B.shown(B.UNC_NO_MODEL))
            return
        self.boundary.say(B.shown(B.UNC_ASKING).format(n=MC_SAMPLES))
        self._unc_model = self._trained_model
        self._unc_tag = self.host.call(jobs.uncertainty_grid, self._trained_model, self.boundary.task)

    @Slot(str, object)
    def _on_call_finished(self, tag: str, result: object) -> None:
        if tag == self._unc_tag and self._unc_tag is not None:
            self._unc_tag = None
            if not isinstance(result, Mapping) or self._unc_model is not self._trained_model \
                    or self.host.training or not self.boundary.uncertainty_box.isChecked():
                return
            if result.get("ok"):
                self.boundary.set_uncertainty(result["extent"], result["spread"], int(result["samples"]))
            else:
                self.boundary.uncertainty_message(str(result.get("message", "")))
            return
        if tag == self._point_tag and self._point_tag is not None:
            self._point_tag = None
            if isinstance(result, Mapping) and self._point_model is self._trained_model:
                self.boundary.show_answer(result["x"], result["y"], result["values"])
            return
        if tag != self._answer_tag or not isinstance(result, Mapping):
            return
        self._answer_tag = None
        grid = jobs.grid_from_probe(result)
        if grid is not None and not self.host.training:  # a new run draws its own
            extent, values, _epoch = grid
            self.boundary.set_grid(extent, values, self._answer_epochs)

    @Slot(str, str, str)
    def _on_call_failed(self, tag: str, _message: str, _details: str) -> None:
        if tag == self._unc_tag and self._unc_tag is not None:
            self._unc_tag = None
            self.boundary.uncertainty_message(
                _("The model could not show its uncertainty: {message}").format(message=_message))
            return
        if tag == self._point_tag and self._point_tag is not None:
            self._point_tag = None
            self.boundary.clear_answer()
            self.status.setText(
                _("The model could not answer at that spot: {message}").format(message=_message))
            return
        if tag == self._answer_tag:
            self._answer_tag = None  # the boundary keeps saying "train the model"

    def set_tensorflow_ready(self, ready: bool) -> None:
        """Enable Start once TensorFlow has loaded on the Keras thread."""
        self._tf_ready = bool(ready)
        if ready and self.status.text() == shown(NO_TF):
            self.status.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        training = self.host.training
        self.start_button.setEnabled(self._tf_ready and not training)
        self.pause_button.setEnabled(training)
        self.stop_button.setEnabled(training)
        self.step_button.setEnabled(self._tf_ready)
        self.continue_box.setEnabled(not training and self._trained_model is not None)
        if self._trained_model is None:
            self.continue_box.setChecked(False)
        self.pause_button.setText(_("Resume") if self._paused else _("Pause"))
        self.settings.setEnabled(not training)
        self.algorithm_form.setEnabled(not training)

    # ---------------------------------------------------------------- actions
    @Slot()
    def start(self, *, paused: bool = False) -> str | None:
        """Start a run with the current settings (F5). Returns the run id, or None with a message."""
        if self.host.training or not self._tf_ready:
            return None
        problems = self.settings.problem_list() + self.algorithm_form.problem_list()
        if problems:
            dialogs.show_failure(self, _("Check the settings"), _("Training cannot start yet:") + "\n• "
                                 + "\n• ".join(problems))
            return None
        options = dict(self.job_options)
        if self.continue_box.isChecked() and self._trained_model is not None:
            options["initial_weights"] = self._trained_model  # read on the Keras thread
        try:
            job = jobs.make_job(self.project, **options)
        except Exception as err:  # noqa: BLE001 - a bad project must not crash the app
            from deskdl.qt.workers import describe_failure

            f = describe_failure(err)
            dialogs.show_failure(self, _("Cannot start training"), f.message, f.details)
            return None
        self._reset_run_state()
        self._run_training = copy.deepcopy(dict(getattr(job, "training", None) or self.project.training))
        self._paused = paused
        run_id = jobs.new_run_id(self.project)
        self._run_id = run_id
        color = RUN_COLORS[self._runs_shown % len(RUN_COLORS)]
        self._runs_shown += 1
        self.curves.begin_run(run_id, color, epochs=self._epochs)
        label = jobs.run_label(self.project, run_id)
        self.runs.add_run(run_id, label, color, tooltip=self._tooltip(self.project.training))
        self.host.start_training(job, run_id)
        if paused:
            self.host.pause()
        self.progress.setFormat(_("Starting… (building the model)"))
        self.progress.setRange(0, 0)
        self._update_buttons()
        return run_id

    @Slot()
    def toggle_pause(self) -> None:
        """Pause a running run, or resume a paused one."""
        if not self.host.training:
            return
        self._tick()  # the time up to now counted as running (or, when resuming, as paused)
        self._paused = not self._paused
        if self._paused:
            self.host.pause()
            self.status.setText(
                _("Paused. Resume, or Step one {unit} at a time.").format(unit=self._step_name()))
        else:
            self.host.resume()
            self.status.setText("")
        self._update_buttons()

    @Slot()
    def stop(self) -> None:
        """Stop after the current batch (or environment step; the weights learned so far are kept)."""
        if self.host.training:
            self.host.stop()
            inner = STEP_UNIT_NAMES.get(self._units[1], self._units[1])
            self.status.setText(_("Stopping after this {unit}…").format(unit=_(inner)))

    @Slot()
    def step(self) -> None:
        """Train one batch (or what the step box says: an environment step, an episode), then pause.

        Starts a paused run if none is going.
        """
        if not self.host.training:
            if self.start(paused=True) is None:
                return
        self._paused = True
        unit = self.step_unit.currentData() if self.step_unit.count() else None
        if unit:
            self.host.step(unit)
        else:
            self.host.step()
        self.status.setText(_("Stepping: one {unit} at a time.").format(unit=self._step_name()))
        self._update_buttons()

    def _step_name(self) -> str:
        """What one Step runs, in words ("batch", "environment step", "episode"), translated."""
        unit = (self.step_unit.currentData() if self.step_unit.count() else None) or self._units[1]
        name = STEP_UNIT_NAMES.get(unit, unit)
        return _(name)

    @Slot()
    def forget_unticked_runs(self) -> None:
        """Drop unticked runs from the list, the plots and ``project.runs``."""
        gone = [rid for rid in self.runs.run_ids() if not self.runs.is_checked(rid) and rid != self._run_id]
        for rid in gone:
            self.runs.remove_run(rid)
            self.curves.remove_run(rid)
        if gone:
            self.project.runs[:] = [r for r in self.project.runs if jobs.run_id_of(r) not in gone]
            self.runs_changed.emit()

    def stop_and_wait(self, timeout_s: float = 60.0) -> bool:
        """Stop the run and wait (handling events) until it has ended and its record is in the project.

        The window calls it when the learner closes it or opens another project during a run, so
        the stopped run (and its model) can still be saved. True when no run is left.
        """
        if not self.host.training:
            return True
        self.stop()
        if self.host.control is not None and hasattr(self.host.control, "resume"):
            self.host.control.resume()  # a paused run must wake up to see the stop
        deadline = time.monotonic() + timeout_s
        while self.host.training:  # run_finished arrives before the worker's finished
            if time.monotonic() > deadline:
                return False
            QCoreApplication.processEvents()
            QThread.msleep(10)
        QCoreApplication.processEvents()
        return True

    def shutdown(self) -> None:
        """Stop any run and join the thread if it is ours (call on close)."""
        self.host.shutdown()

    # ---------------------------------------------------------------- worker slots
    def _reset_run_state(self) -> None:
        self._run_info = {}
        self._t0 = time.monotonic()
        self._active_s, self._last_tick, self._left_shown = 0.0, None, None
        self._epochs = _planned(self.project, self._units[0])
        self._steps = 0
        self._epoch = 0
        self._batch = 0
        self._first_loss = None
        self._history = {}
        self._run_training = None  # the settings the current run uses (read by the doctor)
        self.doctor.clear()
        self._boundary_snaps.clear()
        self._scrub_epochs = set()
        self.scrub.set_epochs([])
        self._failed = False
        self.status.setText("")
        self.banner.hide()
        self.boundary.clear_grid()
        for view in self.kind_views:
            view.reset()

    @Slot(object)
    def _on_run_started(self, payload: Mapping[str, Any]) -> None:
        if payload.get("run_id") != self._run_id:
            return
        self._run_info = dict(payload)
        self._t0 = time.monotonic()
        self._active_s, self._last_tick, self._left_shown = 0.0, self._t0, None
        self._epochs = int(payload.get("epochs") or self._epochs or 1)
        self._steps = int(jobs.steps_of(payload) or 0)
        self.progress.setRange(0, 1000)
        self._update_progress()
        # The plots this run fills, made at once (one re-layout, not one per new value's first arrival).
        scalars = payload.get("scalars")
        if isinstance(scalars, (list, tuple)):
            self.curves.ensure_plots(str(k) for k in scalars)
        self.doctor.set_class_counts(payload.get("class_counts"))  # the majority-class check reads it
        points = jobs.points_from_payload(payload)
        self._failure_kind = "error"
        if points is not None:
            self.boundary.setVisible(True)
            self.boundary.set_points(**points)

    @Slot(object)
    def _on_run_event(self, event: object) -> None:
        """A typed event of a run: the current run's go to the kind's views."""
        if getattr(event, "run_id", None) != self._run_id or self._run_id is None:
            return
        if isinstance(event, ev.GradientNorms):  # live evidence of vanishing or exploding gradients
            self.doctor.set_gradient_norms(event.as_dict())
            if self._history:
                self.doctor.read(self._history, self.project, self._run_training)
            self._add_scrub_epoch(float(event.epoch))
            return
        for view in self.kind_views:
            if isinstance(event, ev.Scalars):
                view.on_scalars(event)
            elif isinstance(event, ev.RunStarted):
                view.on_run_started(event)
            elif isinstance(event, ev.RunEnded):
                view.on_run_ended(event)

    @Slot()
    def _on_pictures_waiting(self) -> None:
        """Pictures wait in the latest-only mailbox: the newest of each name goes to the kind's views."""
        for picture in self.host.mailbox.take():
            if picture.run_id != self._run_id:
                continue
            for view in self.kind_views:
                view.on_picture(picture)
        for view in self.kind_views:  # epochs whose pictures a view kept join the scrub slider
            for epoch in view.scrub_epochs():
                self._add_scrub_epoch(float(epoch))

    @Slot(object)
    def _on_epoch_started(self, payload: Mapping[str, Any]) -> None:
        if payload.get("run_id") != self._run_id:
            return
        self._epoch = jobs.epoch_index(payload)
        self._batch = 0
        self._update_progress(throttle=True)

    @Slot(object)
    def _on_batch_ended(self, payload: Mapping[str, Any]) -> None:
        run_id = payload.get("run_id")
        if run_id != self._run_id:
            return
        for row in payload.get("rows", ()):
            steps = int(row.get("steps") or self._steps or 0)
            if steps:
                self._steps = steps
            self._epoch = jobs.epoch_index(row)
            self._batch = int(row.get("batch", 0)) + 1
            x = self._epoch + (self._batch / self._steps if self._steps else 0.0)
            logs = dict(row.get("logs") or {})
            if "lr" in row and "lr" not in logs:
                logs["lr"] = row["lr"]
            self.curves.add_batch(run_id, x, logs)
            loss = logs.get("loss")
            if loss is not None and math.isfinite(loss):
                if self._first_loss is None:
                    self._first_loss = loss
                elif self._first_loss > 0 and loss > 1000 * self._first_loss and not self.banner.isVisible():
                    self._show_banner(shown(EXPLODING_EXPLANATION))
        self._update_progress(throttle=True)

    @Slot(object)
    def _on_epoch_ended(self, payload: Mapping[str, Any]) -> None:
        run_id = payload.get("run_id")
        if run_id != self._run_id:
            return
        epoch_no = jobs.epoch_index(payload) + 1
        logs = dict(payload.get("logs") or {})
        if "lr" in payload and "lr" not in logs:
            logs["lr"] = payload["lr"]
        self.curves.add_epoch(run_id, float(epoch_no), logs)
        self._history.setdefault("epoch", []).append(epoch_no)
        for k, v in logs.items():
            self._history.setdefault(k, []).append(v)
        self._epoch = epoch_no
        self._batch = 0
        self._update_progress(throttle=epoch_no < self._epochs)
        if self.doctor.isVisibleTo(self):  # a kind the doctor does not read (it is hidden)
            self.doctor.read(self._history, self.project, self._run_training)

    @Slot(object)
    def _on_probe_ready(self, payload: Mapping[str, Any]) -> None:
        if payload.get("run_id") != self._run_id:
            return
        if payload.get("kind") == "inspect" and payload.get("activations"):
            self.doctor.set_activations(payload["activations"])  # dead ReLU counts
        if payload.get("kind") == "inspect" and payload.get("epoch") is not None:
            self._add_scrub_epoch(float(payload["epoch"]))
        grid = jobs.grid_from_probe(payload)
        if grid is None:
            return
        extent, values, epoch = grid
        if not self.boundary.isVisible():
            self.boundary.setVisible(True)
        if epoch is not None:
            self._boundary_snaps.add(float(epoch), values, tuple(extent))
        if self.scrub.at_end or epoch is None:  # a learner looking back keeps the epoch they chose
            self.boundary.set_grid(extent, values, epoch)
        if epoch is not None:
            self._add_scrub_epoch(float(epoch))

    def _add_scrub_epoch(self, epoch: float) -> None:
        """An epoch with snapshots (a boundary picture or Inspect's filters) joins the scrub slider."""
        if epoch not in self._scrub_epochs:
            self._scrub_epochs.add(epoch)
            # Only the epochs still kept (the boundary store thins itself; Inspect's are few).
            kept = set(self._boundary_snaps.epochs) if len(self._boundary_snaps) else self._scrub_epochs
            self._scrub_epochs &= kept | {epoch}
            self.scrub.set_epochs(sorted(self._scrub_epochs))

    @Slot(float)
    def _on_scrubbed(self, epoch: float) -> None:
        """The slider moved: the boundary shows that epoch and the Inspect tab follows."""
        snap = self._boundary_snaps.at(epoch)
        if snap is not None:
            kept, values, extent = snap
            self.boundary.set_grid(extent, values.astype(np.float32), kept)
        live = self.scrub.at_end  # at the right end: the kind's views follow the run (show its newest)
        for view in self.kind_views:
            view.scrub_to(None if live else float(epoch))
        self.scrubbed.emit(float(epoch))

    @Slot(object)
    def _on_run_finished(self, payload: Mapping[str, Any]) -> None:
        run_id = payload.get("run_id")
        if run_id != self._run_id:
            return
        result = dict(payload.get("result") or {})
        status = str(result.get("status") or ("stopped" if result.get("stopped") else "finished"))
        history = result.get("history") if isinstance(result.get("history"), Mapping) else None
        self._record_run(run_id, status, history or self._history, result)
        elapsed = time.monotonic() - self._t0
        ended = jobs.reason_text(status, str(result.get("early_stop") or ""))
        self.status.setText(ended if status != "finished"
                            else _("Done in {time}.").format(time=format_seconds(elapsed)))
        self.progress.setRange(0, 1000)
        self.progress.setValue(1000)
        outer = self._units[0]
        ended_as = status
        test = result.get("test") or (result.get("record") or {}).get("test") or {}
        if status == "early_stopped" and test.get("solved"):  # an agent stops once it reaches the task's goal
            ended_as = "solved"
        name = STATUS_NAMES.get(ended_as, ended_as.replace("_", " ").capitalize())
        counts = {"n": self._epoch, "total": self._epochs}
        if status == "finished":
            self.progress.setFormat(
                _("Finished: {n} of {total} episodes").format(**counts) if outer == "episode"
                else _("Finished: {n} of {total} epochs").format(**counts))
        elif outer == "episode":
            self.progress.setFormat(
                _("{status} after episode {n} of {total}").format(status=_(name), **counts))
        else:
            self.progress.setFormat(_("{status} after epoch {n} of {total}").format(status=_(name), **counts))
        result["run_id"] = run_id
        result.setdefault("data", copy.deepcopy(self.project.data))
        result.setdefault("input_shape", self._run_info.get("input_shape"))
        result.setdefault("class_names", self._run_info.get("class_names"))
        self.run_completed.emit(result)

    def open_sweep(self) -> QWidget:
        """Open (or raise) the sweep window for this project."""
        from deskdl.qt.experiments.sweep_panel import SweepPanel

        if self.sweep_window is None or getattr(self.sweep_window, "project", None) is not self.project:
            if self.sweep_window is not None:
                self.sweep_window.close()
            self.sweep_window = SweepPanel(self.project, self.host)
            self.sweep_window.setWindowTitle(_("Sweep — {name}").format(name=self.project.name))
            self.sweep_window.resize(1200, 760)
            self.sweep_window.run_recorded.connect(self._on_sweep_run_recorded)
            self.sweep_window.setParent(self, Qt.WindowType.Window)
        self.sweep_window.show()
        self.sweep_window.raise_()
        return self.sweep_window

    def _on_runs_menu(self, pos) -> None:
        """Right-click on a run: export its metrics for TensorBoard or as CSV."""
        from PySide6.QtWidgets import QMenu

        item = self.runs.itemAt(pos)
        if item is None:
            return
        run_id = str(item.data(Qt.ItemDataRole.UserRole))
        menu = QMenu(self)
        tb = menu.addAction(_("Export for TensorBoard…"))
        tb.setToolTip(_("Event files that 'tensorboard --logdir FOLDER' shows."))
        as_csv = menu.addAction(_("Export metrics as CSV…"))
        chosen = menu.exec(self.runs.viewport().mapToGlobal(pos))
        if chosen is tb:
            from PySide6.QtWidgets import QFileDialog

            folder = QFileDialog.getExistingDirectory(
                self, _("Folder for {run}'s TensorBoard logs").format(run=run_id))
            if folder:
                self.export_run(run_id, "tensorboard", folder)
        elif chosen is as_csv:
            from PySide6.QtWidgets import QFileDialog

            path, _filter = QFileDialog.getSaveFileName(self, _("Save {run}'s metrics").format(run=run_id),
                                                        f"{run_id}.csv", _("CSV (*.csv)"))
            if path:
                self.export_run(run_id, "csv", path)

    def export_run(self, run_id: str, kind: str, path: str) -> str | None:
        """Write a stored run's per-epoch metrics: ``kind`` "csv" (a file) or "tensorboard" (a folder).

        TensorBoard files are written on the Keras thread (TensorFlow's summary writer); the
        answer arrives there as a call result, and the status line says where they went.
        """
        run = next((r for r in self.project.runs if jobs.run_id_of(r) == run_id), None)
        if run is None:
            return None
        history = jobs.history_of(run)
        if kind == "csv":
            from deskdl.ml.tboard import write_csv

            try:
                write_csv(history, path)
            except OSError as err:
                self.status.setText(
                    _("Could not write {path}: {error}").format(path=path, error=err.strerror or err))
                return None
            self.status.setText(_("Wrote {run}'s metrics to {path}.").format(run=run_id, path=path))
            return path
        from deskdl.ml.tboard import write_tensorboard

        folder = f"{path.rstrip('/')}/{run_id}"
        self.status.setText(_("Writing {run}'s TensorBoard logs to {folder}: open them with "
                              "'tensorboard --logdir {path}'.").format(run=run_id, folder=folder, path=path))
        return self.host.call(write_tensorboard, history, folder, tag=f"tensorboard-{run_id}")

    @Slot(object)
    def _on_sweep_run_recorded(self, record: Mapping[str, Any]) -> None:
        """A sweep's run joined ``project.runs``: list it (unticked) like any past run."""
        self._show_past_run(record)
        self.runs.set_checked(jobs.run_id_of(record), False)
        self.runs_changed.emit()

    def compare_ticked(self) -> QWidget | None:
        """Show the ticked runs side by side (two or more), else say what to do."""
        from deskdl.qt.experiments.compare_view import CompareView

        ticked = [r for r in self.project.runs if self.runs.is_checked(jobs.run_id_of(r))]
        if len(ticked) < 2:
            self.status.setText(_("Tick two or more runs in the list to compare them."))
            return None
        if self.compare_window is not None:
            self.compare_window.close()
        self.compare_window = CompareView()
        self.compare_window.setParent(self, Qt.WindowType.Window)
        self.compare_window.setWindowTitle(_("Compare runs — {name}").format(name=self.project.name))
        self.compare_window.resize(900, 700)
        self.compare_window.set_runs(ticked)
        self.compare_window.show()
        return self.compare_window

    @Slot(list)
    def _on_doctor_applied(self, _done: list) -> None:
        """A doctor's remedy changed the project: the settings show it, the window marks it unsaved."""
        self.settings.set_config(self.project.training)
        self.runs_changed.emit()

    @Slot(str)
    def _on_failure_kind(self, kind: str) -> None:
        self._failure_kind = kind  # arrives just before run_failed

    @Slot(str, str)
    def _on_run_failed(self, message: str, details: str) -> None:
        if self._run_id is None or self._failed:
            return
        self._failed = True
        kind = getattr(self, "_failure_kind", "error")
        self._failure_kind = "error"
        self._record_run(self._run_id, "failed", self._history, {})
        self.progress.setRange(0, 1000)
        self.progress.setFormat(_("Training stopped with a problem"))
        x = self._epoch + (self._batch / self._steps if self._steps else 0.0)
        if kind in ("nan", "exploding"):
            self.curves.mark_nan(self._run_id, x,
                                 _("loss became NaN") if kind == "nan" else _("loss exploded"))
            self._show_banner(message)
            self.status.setText(_("Training stopped: see the explanation above the plots."))
            return
        self.status.setText(_("Training stopped: see the message."))
        extra = None
        if kind == "oom":
            self._show_banner(message)
            bs = int(self.project.training.get("batch_size") or 32)
            if bs > 1:
                extra = (_("Retry with batch size {n}").format(n=max(1, bs // 2)), self._retry_smaller_batch)
        dialogs.show_failure(self, _("Training stopped"), message, details, extra)

    @Slot()
    def _retry_smaller_batch(self) -> None:
        bs = int(self.project.training.get("batch_size") or 32)
        self.project.training["batch_size"] = max(1, bs // 2)
        self.settings.set_config(self.project.training)
        self.start()

    @Slot(bool)
    def _on_training_changed(self, training: bool) -> None:
        if not training:
            self._paused = False
            if self.progress.maximum() == 0:
                self.progress.setRange(0, 1000)
                self.progress.setFormat(_("Ready"))
            self._paint_pending_uncertainty()
        self._update_buttons()

    @Slot(str, float)
    def _on_nan_detected(self, run_id: str, x: float) -> None:
        if run_id == self._run_id:
            self._show_banner(shown(NAN_EXPLANATION).format(epoch=int(math.ceil(x)) or 1))

    @Slot(str, bool)
    def _on_run_visibility_changed(self, run_id: str, visible: bool) -> None:
        self.curves.set_run_visible(run_id, visible)

    @Slot()
    def _on_settings_changed(self) -> None:
        self.runs_changed.emit()  # the project changed: the window marks it unsaved
        for view in self.kind_views:
            if hasattr(view, "show_project"):  # another task chosen: its picture and words (not mid-run)
                view.show_project(self.project)

    # ---------------------------------------------------------------- helpers
    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _tick(self) -> None:
        """Add the time since the last tick to the running time, unless the run was paused meanwhile."""
        now = time.monotonic()
        if self._last_tick is not None and not self._paused:
            self._active_s += now - self._last_tick
        self._last_tick = now

    def _update_progress(self, throttle: bool = False) -> None:
        """Progress bar and time left; batch updates redraw it at most every PROGRESS_INTERVAL_S.

        Why: a progress bar repaint (styled text) on every batch signal (~30 a
        second) was a measurable share of the GUI thread's time while training.
        The time left comes from the running time only, and is kept as it was
        while paused or stepping (a step after a pause made it jump to hours).
        """
        self._tick()
        now = time.monotonic()
        if throttle and now - self._progress_shown < PROGRESS_INTERVAL_S:
            return
        self._progress_shown = now
        total = self._epochs * max(self._steps, 1)
        done = self._epoch * max(self._steps, 1) + (self._batch if self._steps else 0)
        if total <= 0:
            return
        if not self._paused or self._left_shown is None:
            self._left_shown = time_left(self._active_s, done, total)
        left = self._left_shown
        # An agent's episodes have no fixed number of steps (and send none): its episodes only.
        step_txt = (" · " + _("step {n}/{total}").format(n=self._batch, total=self._steps)
                    if self._steps and self._units[1] == "batch" else "")
        shown_epoch = min(self._epoch + 1, self._epochs)
        # The text first: setValue repaints the bar at once (Qt does), so it then paints once, not twice.
        outer = OUTER_UNIT_NAMES.get(self._units[0], self._units[0].capitalize())
        self.progress.setFormat(f"{_(outer)} {shown_epoch}/{self._epochs}{step_txt} · "
                                + _("{time} left").format(time=format_seconds(left)))
        self.progress.setValue(int(1000 * min(done, total) / total))

    def _record_run(self, run_id: str, status: str, history: Mapping[str, Any], result: Mapping) -> None:
        record = dict(result.get("record") or {})
        if record.get("history"):
            record["id"] = run_id
        else:
            record = jobs.make_run_record(self.project, run_id, status, history, result,
                                          seconds=time.monotonic() - self._t0)
        self.project.runs[:] = [r for r in self.project.runs if jobs.run_id_of(r) != run_id]
        evidence = self.doctor.evidence()  # dead ReLUs, gradient norms: what a lesson's doctor check reads
        if evidence:
            record["evidence"] = evidence
        self.project.runs.append(record)
        self.doctor.read_record(record, self.project)
        item = self.runs.item_for(run_id)
        if item is not None:
            item.setToolTip(self._tooltip(self.project.training, record))
            item.setText(jobs.past_run_label(record, 0))
        self.runs_changed.emit()

    def _show_past_run(self, run: Mapping[str, Any]) -> None:
        run_id = jobs.run_id_of(run)
        history = jobs.history_of(run)
        if not run_id or not history:
            return
        color = RUN_COLORS[self._runs_shown % len(RUN_COLORS)]
        self._runs_shown += 1
        self.curves.load_history(run_id, color, history)
        self.runs.add_run(run_id, jobs.past_run_label(run, self._runs_shown), color,
                          tooltip=self._tooltip(run.get("training") or run.get("config") or {}, run))

    def _tooltip(self, settings: Mapping[str, Any], run: Mapping[str, Any] | None = None) -> str:
        """A run's settings in the words of this project's kind (episodes for an agent, no loss for a GAN)."""
        # A stored run names its own algorithm settings; a new one runs with the project's.
        return jobs.run_tooltip(settings, run, kind=_kind_id(self.project),
                                algorithm=None if run else getattr(self.project, "algorithm", None))

    # ------------------------------------------------------- layout (main window)
    def layout_state(self) -> str:
        """The columns as the learner left them (the window keeps it with this stage's layout)."""
        return self.columns.layout_state()

    def restore_layout_state(self, text: str) -> None:
        """Put back what :meth:`layout_state` returned."""
        self.columns.restore_layout_state(text)

    def reset_layout(self) -> None:
        """Columns as at first (View > Reset Layout)."""
        self.columns.reset_layout()

    # ---------------------------------------------------------------- for tests
    @property
    def current_run_id(self) -> str | None:
        """The id of the run being shown live."""
        return self._run_id

    def history(self) -> dict[str, list[float]]:
        """Per-epoch values of the current run, as received."""
        return {k: list(v) for k, v in self._history.items()}


__all__ = ["TrainPanel", "np"]
