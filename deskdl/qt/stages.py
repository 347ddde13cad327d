"""Add the Data, Train, Evaluate and Inspect stage tabs to the main window.

All three panels share one :class:`~deskdl.qt.workers.TrainingHost` whose
worker lives on the window's Keras thread, so every piece of Keras work
(loading TensorFlow, training, evaluating, predicting, importing data sets)
runs on that one thread, one job at a time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Slot

from deskdl.core.i18n import N_, translator
from deskdl.qt.trained import TrainedModelKeeper
from deskdl.qt.workers import TrainingHost

_ = translator("qt.stages")

DATA_TIP = N_("Choose the data to learn from, look at examples and how the classes are balanced.")
TRAIN_TIP = N_("Train the model and watch it learn: loss curves and the decision boundary, live.")
EVALUATE_TIP = N_("How good is the trained model? Test scores, its mistakes, and a pad to try it yourself.")
TRAINING_TITLE = N_("A run is training")
TRAINING_TEXT = N_("“{name}” is still training. Stop the run?\n\n"
                   "What the model has learned so far is kept as a stopped run, which you can save next.")
INSPECT_TIP = N_("Look inside: convolutions by hand, learned filters, feature maps, saliency, what excites a "
                 "filter, Dense weights and dead ReLUs.")


def keras_qthread(keras: Any) -> QThread | None:
    """The QThread of the window's :class:`~deskdl.qt.tf_loader.KerasThread` (started if needed)."""
    if keras is None:
        return None
    if getattr(keras, "worker_thread", None) is None and hasattr(keras, "start"):
        getattr(keras, "start_thread", keras.start)()  # TensorFlow loads later, after the first paint
    thread = getattr(keras, "worker_thread", None)
    if not isinstance(thread, QThread) or not getattr(thread, "python_loop", False):
        # A plain QThread gives each Python slot a fresh thread state and TensorFlow crashes on
        # the second job (see KerasQThread); only a thread that keeps one state may be shared.
        return None
    return thread


class _StageGlue(QObject):
    """Connects the panels to each other and to the window (slots on the GUI thread)."""

    def __init__(self, window: Any, data: Any, train: Any, evaluate: Any, inspect: Any = None) -> None:
        super().__init__(window)
        self.window = window
        self.data = data
        self.train = train
        self.evaluate = evaluate
        self.inspect = inspect
        self.keeper: Any = None  # the TrainedModelKeeper, set right after

    @Slot()
    def on_data_changed(self) -> None:
        self.train.refresh_data()
        self.evaluate.refresh_data()
        if self.inspect is not None:
            self.inspect.refresh_data()
        self.on_settings_changed()
        self._mark()

    @Slot()
    def on_settings_changed(self) -> None:
        """The Problems list checks data and settings the way Start does: check them again."""
        problems = getattr(self.window, "problems", None)
        if problems is not None and hasattr(problems, "refresh"):
            problems.refresh()

    @Slot()
    def on_training_fixed(self) -> None:
        """A Fix in the Problems list changed the loss or metrics: show them in the Train tab."""
        self.train.settings.set_config(self.train.project.training)
        self._mark()

    @Slot()
    def _mark(self) -> None:
        mark = getattr(self.window, "mark_modified", None)
        if mark is not None:
            mark()

    @Slot(object)
    def on_run_completed(self, result: object) -> None:
        model = result.get("model") if isinstance(result, dict) else None
        if model is not None:
            self.train.set_trained_model(model, epochs=result.get("epochs_run"))
        self.evaluate.set_result(result)
        if self.inspect is not None:
            self.inspect.set_result(result)

    @Slot()
    def on_go_to_train(self) -> None:
        select = getattr(self.window, "select_stage", None)
        if select is not None:
            select("Train")

    @Slot(dict)
    def on_tf_loaded(self, _info: dict) -> None:
        self.set_ready(True)

    @Slot(str)
    def on_tf_state(self, state: str) -> None:
        self.set_ready(state == "ready")

    def confirm_stop_training(self) -> bool:
        """Before the window closes or replaces the project: a run still training is asked about.

        "Yes" stops the run and waits until it is in the project (which is then unsaved), so the
        window's own "Save changes?" question follows and the run and its model are not lost
        unasked. False: the learner chose to go on training. A hidden window (tests, screenshots)
        has nobody to ask and goes on as before.
        """
        if not self.train.host.training or not self.window.isVisible():
            return True
        from PySide6.QtWidgets import QMessageBox

        name = getattr(getattr(self.window, "project", None), "name", "") or _("This project")
        answer = QMessageBox.question(self.window, _(TRAINING_TITLE), _(TRAINING_TEXT).format(name=name),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes and self.train.stop_and_wait()

    @Slot()
    def shutdown(self) -> None:
        """On quit: stop any run, join the panels' thread if they own it, end downloads."""
        self.train.host.shutdown()
        self.data.shutdown()

    def set_ready(self, ready: bool) -> None:
        for panel in (self.data, self.train, self.evaluate, self.inspect, self.keeper):
            if panel is not None:
                panel.set_tensorflow_ready(ready)


def register_stage_tabs(main_window: Any) -> tuple[Any, Any, Any]:
    """Create the Data, Train and Evaluate panels and add them as stage tabs.

    Returns ``(data_panel, train_panel, evaluate_panel)``.
    """
    from deskdl.qt.data_panel import DataPanel
    from deskdl.qt.evaluate_panel import EvaluatePanel
    from deskdl.qt.inspect.panel import InspectPanel
    from deskdl.qt.train import TrainPanel

    keras = getattr(main_window, "keras", None)
    host = TrainingHost(thread=keras_qthread(keras), parent=main_window)
    project = getattr(main_window, "project", None)
    data = DataPanel(project, host)
    train = TrainPanel(project, host)
    evaluate = EvaluatePanel(project, host)
    inspect = InspectPanel(project, host)
    # Inspect snapshots each epoch (filters, histograms, dead ReLUs); see bench/bench_inspect.py for the cost.
    job_options = getattr(train, "job_options", None)
    if isinstance(job_options, dict):
        job_options["inspect_every_epoch"] = True
    # The first argument is the stage's key (English in every language); title= is what the tab shows.
    main_window.add_stage_tab("Data", data, title=_("Data"), tooltip=_(DATA_TIP))
    main_window.add_stage_tab("Train", train, title=_("Train"), tooltip=_(TRAIN_TIP))
    main_window.add_stage_tab("Evaluate", evaluate, title=_("Evaluate"), tooltip=_(EVALUATE_TIP))
    main_window.add_stage_tab("Inspect", inspect, title=_("Inspect"), tooltip=_(INSPECT_TIP))

    glue = _StageGlue(main_window, data, train, evaluate, inspect)
    keeper = TrainedModelKeeper(host, parent=main_window)
    glue.keeper = keeper
    train.run_completed.connect(keeper.on_run_completed)
    keeper.model_loaded.connect(glue.on_run_completed)
    for signal, slot in (("project_changed", keeper.on_project_changed),
                         ("about_to_save", keeper.on_about_to_save), ("project_saved", keeper.on_saved)):
        if hasattr(main_window, signal):
            getattr(main_window, signal).connect(slot)
    status = getattr(main_window, "status", None)
    if status is not None:
        keeper.message.connect(lambda text: status.showMessage(text, 8000))
    inspect.go_to_train.connect(glue.on_go_to_train)
    data.data_changed.connect(glue.on_data_changed)
    train.run_completed.connect(glue.on_run_completed)
    train.runs_changed.connect(glue._mark)
    train.scrubbed.connect(inspect.scrub_to)  # one epoch slider moves every per-epoch view (issue 16)
    train.settings.settings_changed.connect(glue.on_settings_changed)
    # The kind's own settings too: another task for an agent can make its network misfit (issue 12).
    train.algorithm_form.settings_changed.connect(glue.on_settings_changed)
    problems = getattr(main_window, "problems", None)
    if problems is not None and hasattr(problems, "training_changed"):
        problems.training_changed.connect(glue.on_training_fixed)
    if keras is not None:
        keras.loaded.connect(glue.on_tf_loaded)
        keras.state_changed.connect(glue.on_tf_state)
        glue.set_ready(bool(getattr(keras, "is_ready", False)))
    if project is not None:
        keeper.on_project_changed(project)  # opened before the tabs existed (--project FILE)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(glue.shutdown)
    main_window._deskdl_stage_glue = glue  # keep it alive with the window
    main_window._deskdl_training_host = host
    summary = getattr(main_window, "summary", None)
    if summary is not None and hasattr(summary, "set_host"):
        summary.set_host(host)  # the Summary's "Time an epoch" runs on the Keras thread (issue 16)
    main_window._deskdl_inspect_panel = inspect
    return data, train, evaluate
