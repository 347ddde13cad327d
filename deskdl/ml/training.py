"""The training runner: a plain function the GUI, the CLI and the tests all call.

``run_training(job, reporter, control) -> TrainingResult`` (DESIGN.md §3) runs
on whatever thread calls it (the Qt worker thread in the app) and never
touches Qt. It talks to the outside only through

* the **reporter** (:class:`Reporter`): ``run_started``, ``epoch_started``,
  ``batch_ended`` (at most ~30 per second), ``epoch_ended`` (with ``val_*``
  and ``learning_rate``), ``probe`` (live decision-boundary grids at most every
  0.2 s for 2-D data), ``run_finished`` and ``run_failed``; every payload is
  plain floats, dicts and small NumPy copies;
* the **control** (:class:`TrainingControl`): ``threading.Event`` based stop,
  pause/resume and single step, safe to call from any thread.

Speed. Keras calls back into Python once per *execution*, and one execution
runs ``steps_per_execution`` batches inside TensorFlow. The runner times the
model once and picks the largest ``steps_per_execution`` that keeps one
execution under ~25 ms, so small models skip almost all per-batch Python
overhead (faster than a plain ``fit``), while stop and pause still act within
~25 ms and the GUI still gets over 30 updates a second.

Stop acts at the next execution boundary (``model.stop_training``, and
``model.stop_evaluating`` if validation is running). Pause blocks inside the
callback. A single step while ``steps_per_execution > 1`` ends the current
``fit`` at the boundary and continues the epoch one batch per execution (the
rest of that epoch draws its batches from a fresh shuffle, and its running
means restart); after a resume, full speed returns at the next epoch.

Batch logs are Keras's running means since the start of the epoch, not
per-batch values (``batch_ended`` says so with ``running_mean=True``).

Failures teach: a NaN or exploding loss stops the run with an explanation,
out-of-memory becomes advice, anything else becomes a readable message plus
the traceback as ``details``. They are reported through ``run_failed`` and
returned as a result with ``status="failed"``; ``run_training`` does not raise.
"""

from __future__ import annotations

import copy
import math
import threading
import time
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Protocol

import numpy as np

from deskdl.core import datagen
from deskdl.core.analysis import ERROR
from deskdl.core.errors import OOM_FIX, OOM_TEXT, DeskdlError, learner_message  # noqa: F401 - OOM_*: old home
from deskdl.core.graph import ModelGraph
from deskdl.core.history import RunRecord
from deskdl.core.i18n import N_, translator
from deskdl.core.training import DEFAULT_DATA, check_training, training_with_defaults
from deskdl.ml import datasets

_ = translator("ml.training")

#: Seconds between two ``batch_ended`` calls (about 30 a second).
BATCH_INTERVAL = 1.0 / 30.0
#: Seconds between two probe grids (the decision boundary redraws at about 5 Hz).
PROBE_INTERVAL = 0.2
#: Aim for one execution (``steps_per_execution`` batches) to take about this long.
TARGET_EXECUTION_S = 0.025
#: Grid resolution for 2-D decision boundaries.
GRID_RESOLUTION = 64
#: Training inputs used for the activation statistics of inspect snapshots.
INSPECT_SAMPLE = 256

NAN_TEXT = N_("the loss became NaN (not a number) in epoch {epoch}: usually the weights or outputs grew so "
            "large that the arithmetic overflowed (a log or division of zero can also cause it), and the "
            "network cannot recover from that")
NAN_FIX = N_("lower the learning rate (try ten times smaller), turn on gradient clipping (clipnorm 1.0), "
           "or scale the inputs to small numbers")
EXPLODING_TEXT = N_("the loss is exploding in epoch {epoch}: it grew over a thousand times its starting "
                    "value ({start:.3g} -> {now:.3g}), so the learning rate is probably too large")
EXPLODING_FIX = N_("try a ten times smaller learning rate, or turn on clipnorm 1.0")
#: Names of the values early stopping can watch, as the learner reads them.
WATCHED = {"val_loss": N_("validation loss"), "loss": N_("training loss"),
           "val_accuracy": N_("validation accuracy"), "accuracy": N_("training accuracy")}
EARLY_STOP_TEXT = N_("Stopped early: the {watched} stopped improving.")
EARLY_STOP_TRAINING_WARNING = N_(
    " With no validation share kept it watched training data, so it does not guard against "
    "overfitting: keep a validation share (e.g. 0.2).")


def early_stop_text(monitor: str) -> str:
    """Why a run stopped early: which value was watched, with a warning when it was a training value."""
    watched = _(WATCHED[monitor]) if monitor in WATCHED else monitor.replace("_", " ")
    text = _(EARLY_STOP_TEXT).format(watched=watched)
    if not monitor.startswith("val_"):
        text += _(EARLY_STOP_TRAINING_WARNING).format(watched=watched)
    return text


# ------------------------------------------------------------------ errors
class TrainingError(DeskdlError):
    """A run that could not go on, in words a learner can act on.

    ``kind`` is ``nan``, ``exploding``, ``oom``, ``build``, ``data``, ``mismatch``,
    ``settings`` or ``error``; ``details`` holds the technical report.
    """

    def __init__(self, message: str, fix: str = "", *, kind: str = "error", details: str = "",
                 node_id: str | None = None) -> None:
        super().__init__(message, fix, node_id=node_id)
        self.kind = kind
        self.details = details


# ------------------------------------------------------------------ job, control, reporter
@dataclass(frozen=True)
class TrainingJob:
    """An immutable snapshot of everything one run needs (deep-copied on creation).

    Attributes:
        graph: the project's ``model`` dict (``ModelGraph.to_dict()``).
        data: the project's ``data`` dict (``{"dataset": id, "params": {...}}``).
        training: the project's ``training`` dict (defaults are filled in).
        initial_weights: optional list of arrays in ``model.get_weights()`` order, a trained
            Keras model with the same layers (its weights are read on the training thread),
            or a path to a ``.weights.h5`` / ``.keras`` file, to continue training.
        bundle: optional already-loaded :class:`~deskdl.ml.datasets.DataBundle`
            (e.g. the Data tab's preview); otherwise ``data`` is loaded on the worker.
        name: the model's name.
        steps_per_execution: ``"auto"`` (timed) or a whole number.
        jit_compile: passed to ``compile`` (``"auto"`` = Keras's choice: off on CPU).
        evaluate_test: score the test set when training ends.
        keep_model: hand the trained ``keras.Model`` back in the result.
        inspect_every_epoch: send a ``probe({"kind": "inspect", "epoch": e, ...})`` before
            training (``e=0``) and after each epoch ``e`` (conv filters, weight and activation
            histograms, dead ReLU counts; see :func:`deskdl.ml.inspect.snapshot_maker`); epochs
            too short for the snapshots' ~5 % time budget are skipped, the last one never.
            Also the per-layer gradient norms after each epoch, as the typed event
            :class:`~deskdl.core.events.GradientNorms` (``reporter.emit``; same kind of budget).
    """

    graph: Mapping[str, Any]
    data: Mapping[str, Any] = field(default_factory=lambda: dict(DEFAULT_DATA))
    training: Mapping[str, Any] = field(default_factory=dict)
    initial_weights: Any = None
    bundle: Any = None
    name: str = "model"
    steps_per_execution: int | str = "auto"
    jit_compile: bool | str = "auto"
    evaluate_test: bool = True
    keep_model: bool = True
    inspect_every_epoch: bool = False
    #: The project kind's id (:mod:`deskdl.core.kinds`): picks the trainer (``deskdl.ml.trainers.run``).
    kind: str = "supervised"
    #: role -> graph dict for kinds with several graphs (a GAN's generator and discriminator);
    #: empty for single-model kinds, whose one graph is ``graph``.
    graphs: Mapping[str, Any] = field(default_factory=dict)
    #: role -> optimizer dict (as ``training["optimizer"]``) for roles with their own optimizer.
    optimizers: Mapping[str, Any] = field(default_factory=dict)
    #: The kind's settings (its defaults filled in by the trainer: ``kind.with_defaults``).
    algorithm: Mapping[str, Any] = field(default_factory=dict)
    #: Extra Keras callbacks a trainer adds to ``fit`` (made on the Keras thread; the VAE trainer's
    #: sample grids). Not copied: they hold the run's state.
    callbacks: tuple[Any, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "graph", copy.deepcopy(dict(self.graph)))
        for name in ("graphs", "optimizers", "algorithm"):
            object.__setattr__(self, name, copy.deepcopy(dict(getattr(self, name) or {})))
        object.__setattr__(self, "data", copy.deepcopy(dict(self.data or DEFAULT_DATA)))
        object.__setattr__(self, "training", training_with_defaults(self.training))
        if isinstance(self.initial_weights, (list, tuple)):
            weights = [np.array(w, copy=True) for w in self.initial_weights]
            object.__setattr__(self, "initial_weights", weights)

    @classmethod
    def from_project(cls, project: Any, **overrides: Any) -> TrainingJob:
        """A job from a :class:`deskdl.core.project.Project`; ``epochs=N`` etc. override training keys."""
        from deskdl.core.kinds import kind_of

        training = copy.deepcopy(project.training)
        for key in list(overrides):
            if key in training:
                training[key] = overrides.pop(key)
        kind = kind_of(project)
        extra: dict[str, Any] = {"kind": kind.id}
        if kind.multi_role:
            extra["graphs"] = {role: g.to_dict() for role, g in project.graphs.items()}
        if getattr(project, "optimizers", None):
            extra["optimizers"] = project.optimizers
        if getattr(project, "algorithm", None):
            extra["algorithm"] = project.algorithm
        extra.update(overrides)
        return cls(graph=project.graph.to_dict(), data=project.data, training=training,
                   name=_model_name(project.name), **extra)

    def graph_of(self, role: str) -> dict[str, Any]:
        """The graph dict of ``role`` (``"model"``: :attr:`graph`)."""
        if role in self.graphs:
            return self.graphs[role]
        if role == "model":
            return self.graph
        raise KeyError(role)


def _model_name(name: str) -> str:
    from deskdl.core.graph import keras_name

    return keras_name(name)


class TrainingControl:
    """Stop, pause, resume and single-step a run from any thread (all ``threading.Event``).

    Pausing takes effect at the next execution boundary (at most ~25 ms of
    work); :meth:`step` lets exactly one batch run (the trainer's innermost unit of
    work), then pauses again; ``step("episode")`` lets a whole outer unit run, for a
    trainer that marks its ends with ``checkpoint("episode")``.
    """

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._go = threading.Event()
        self._go.set()
        self._lock = threading.Lock()
        self._step_pending = False  # step() pressed, not yet begun
        self._pause_after_batch = False  # one stepped batch is running
        self._step_unit: str | None = None  # the unit a step runs (None: the innermost)

    def stop(self) -> None:
        """Ask the run to stop at the next boundary (also wakes a paused run)."""
        self._stop.set()
        self._go.set()

    def pause(self) -> None:
        """Pause at the next boundary until :meth:`resume`, :meth:`step` or :meth:`stop`."""
        self._go.clear()

    def resume(self) -> None:
        """Continue at full speed."""
        with self._lock:
            self._step_pending = False
            self._pause_after_batch = False
        self._go.set()

    def step(self, unit: str | None = None) -> None:
        """Run exactly one more batch (or one ``unit``, e.g. ``"episode"``), then pause.

        Pauses first if running. ``unit`` must be one the trainer marks with
        ``checkpoint(unit)``; None is its innermost unit (a batch, an environment step).
        """
        with self._lock:
            self._step_pending = True
            self._step_unit = unit
        self._go.set()

    @property
    def stop_requested(self) -> bool:
        """Whether :meth:`stop` was called."""
        return self._stop.is_set()

    def is_paused(self) -> bool:
        """Whether the run is (or is about to be) paused."""
        return not self._go.is_set() and not self._stop.is_set()

    @property
    def stepping(self) -> bool:
        """Whether single-step mode is on (a step is pending or running)."""
        return self._step_pending or self._pause_after_batch

    def checkpoint(self, unit: str | None = None) -> bool:
        """Call once after each unit of work (a batch, a step, an episode); False means stop now.

        For trainers (on their own thread): a single step pauses again here; while
        paused this blocks until resume, step or stop. The fit trainer does the same
        from its Keras callback at each execution boundary. ``unit``: None after each
        innermost unit; an outer unit's name (``"episode"``) at each end of one, where
        a ``step(unit)`` of that unit pauses.
        """
        self._after_batch(unit)
        if self._stop.is_set():
            return False
        if self.is_paused() or self._wants_step():
            return self._wait() != "stop"
        return True

    # -- used by the runner's callback (worker thread)
    def _wait(self, poll: float = 0.05) -> str:
        """Block while paused. Returns ``"stop"``, ``"step"`` or ``"go"``."""
        while True:
            if self._stop.is_set():
                return "stop"
            with self._lock:
                if self._step_pending:
                    self._step_pending = False
                    self._pause_after_batch = True
                    return "step"
            if self._go.wait(poll):
                with self._lock:
                    if self._step_pending:
                        self._step_pending = False
                        self._pause_after_batch = True
                        return "step"
                if self._stop.is_set():
                    return "stop"
                return "go"

    def _after_batch(self, unit: str | None = None) -> None:
        """A stepped batch (or the stepped ``unit``) has run: pause again."""
        with self._lock:
            if self._pause_after_batch and unit == self._step_unit:
                self._pause_after_batch = False
                self._go.clear()

    def _wants_step(self) -> bool:
        with self._lock:
            return self._step_pending


class Reporter(Protocol):
    """What the runner tells the outside world. Every argument is a copy.

    The runner calls ``batch_ended(epoch, step, steps=..., logs=..., running_mean=True)``
    (``step`` is the 0-based index of the last batch done in this epoch) and
    ``epoch_started(epoch, epochs=...)``; implementations may accept extra keywords.
    """

    def run_started(self, info: dict[str, Any]) -> None:
        """Once, after data and model are ready: sizes, settings, classes, 2-D points."""

    def epoch_started(self, epoch: int, epochs: int) -> None:
        """An epoch (0-based) begins."""

    def batch_ended(self, epoch: int, step: int, steps: int, logs: dict[str, float]) -> None:
        """Running means since the epoch began, at most ~30 times a second."""

    def epoch_ended(self, epoch: int, logs: dict[str, float]) -> None:
        """Epoch metrics incl. ``val_*`` and ``learning_rate``."""

    def probe(self, payload: dict[str, Any]) -> None:
        """Small arrays to draw live (``kind="grid"``: ``values``, ``extent``, ``epoch``)."""

    def emit(self, event: Any) -> None:
        """A typed event (:mod:`deskdl.core.events`: RunStarted, Scalars, Picture); other trainers use it."""

    def run_finished(self, result: TrainingResult) -> None:
        """The run ended normally, was stopped or stopped early."""

    def run_failed(self, error: TrainingError) -> None:
        """The run could not go on; ``error.text``, ``error.kind``, ``error.details``."""


class NullReporter:
    """A reporter that ignores everything (benchmarks, headless use)."""

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *a, **k: None


class ListReporter:
    """A reporter that records every call as ``(name, args, kwargs)`` (tests, the CLI)."""

    def __init__(self, on_event: Any = None) -> None:
        self.events: list[tuple[str, tuple, dict]] = []
        self._lock = threading.Lock()
        self.on_event = on_event

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)

        def record(*args: Any, **kwargs: Any) -> None:
            with self._lock:
                self.events.append((name, args, kwargs))
            if self.on_event is not None:
                self.on_event(name, args, kwargs)
        return record

    def named(self, name: str) -> list[tuple[tuple, dict]]:
        """The calls of one kind."""
        with self._lock:
            return [(a, k) for n, a, k in self.events if n == name]


# ------------------------------------------------------------------ result
@dataclass
class TrainingResult:
    """What a run produced. ``model`` is the trained ``keras.Model`` (if kept)."""

    status: str  # "finished", "stopped", "early_stopped", "failed"
    epochs_run: int = 0
    #: For ``early_stopped``: which value was watched, in words (:func:`early_stop_text`).
    early_stop: str = ""
    history: dict[str, list[float]] = field(default_factory=dict)
    final: dict[str, float] = field(default_factory=dict)
    test: dict[str, float] = field(default_factory=dict)
    duration_s: float = 0.0
    batches_run: int = 0
    steps_per_execution: int = 1
    params: int = 0
    #: Trainable weights only (a frozen layer's weights are not).
    trainable: int = 0
    task: str = ""
    class_names: list[str] = field(default_factory=list)
    error: TrainingError | None = None
    model: Any = None
    record: dict[str, Any] = field(default_factory=dict)
    #: The project kind's id.
    kind: str = "supervised"
    #: Trained models of kinds with several roles, by role (``{"generator": ..., "discriminator": ...}``);
    #: a single-model kind's model is :attr:`model` (role ``"model"``).
    models: dict[str, Any] = field(default_factory=dict)

    def models_by_role(self) -> dict[str, Any]:
        """Every trained model by role (``model`` under ``"model"``)."""
        out = {"model": self.model} if self.model is not None else {}
        out.update({r: m for r, m in self.models.items() if m is not None})
        return out

    @property
    def ok(self) -> bool:
        """Whether the run ended without failing."""
        return self.status != "failed"


# ------------------------------------------------------------------ settings -> Keras
def make_optimizer(training: Mapping[str, Any], steps_per_epoch: int):
    """The Keras optimizer (with schedule and clipping) for a training dict."""
    import keras

    opt = dict(training["optimizer"])
    kind = opt.pop("type")
    lr = float(opt.pop("learning_rate"))
    sched = dict(training.get("schedule") or {"type": "constant"})
    epochs = int(training["epochs"])
    s = max(int(steps_per_epoch), 1)
    st = sched.get("type", "constant")
    if st == "exponential_decay":
        rate = keras.optimizers.schedules.ExponentialDecay(
            lr, decay_steps=s * int(sched.get("every_epochs", 1)),
            decay_rate=float(sched.get("decay_rate", 0.9)))
    elif st == "cosine_decay":
        rate = keras.optimizers.schedules.CosineDecay(lr, decay_steps=s * epochs,
                                                      alpha=float(sched.get("alpha", 0.0)))
    elif st == "step_decay":
        every = max(int(sched.get("every_epochs", 10)), 1)
        factor = float(sched.get("factor", 0.5))
        bounds = [s * every * i for i in range(1, max(epochs // every, 1) + 1)]
        values = [lr * factor**i for i in range(len(bounds) + 1)]
        rate = keras.optimizers.schedules.PiecewiseConstantDecay(bounds, values)
    else:
        rate = lr
    extra = {}
    if training.get("clipnorm"):
        extra["clipnorm"] = float(training["clipnorm"])
    if training.get("clipvalue"):
        extra["clipvalue"] = float(training["clipvalue"])
    cls = getattr(keras.optimizers, kind)
    return cls(learning_rate=rate, **opt, **extra)


def current_learning_rate(optimizer) -> float:
    """The learning rate the optimizer uses right now (schedules evaluated)."""
    try:
        return float(np.asarray(optimizer.learning_rate))
    except Exception:  # noqa: BLE001 - a schedule object without a value
        return float("nan")


# ------------------------------------------------------------------ the callback
class _Stop(Exception):
    """Internal: raised inside ``fit`` to end a run that must not go on."""

    def __init__(self, error: TrainingError) -> None:
        super().__init__(error.text)
        self.error = error


class _Driver:
    """State shared by the callback across ``fit`` segments."""

    def __init__(self, reporter, control, epochs, steps, spe, probe) -> None:
        self.reporter = reporter
        self.control = control or TrainingControl()
        self.epochs = epochs
        self.steps = steps
        self.spe = spe
        self.probe = probe
        self.epoch = 0
        self.done_in_epoch = 0  # batches done in the current epoch
        self.batches = 0
        self.last_batch_report = 0.0
        self.last_probe = 0.0
        self.first_loss: float | None = None
        self.switch_to_step = False  # end the fast fit to continue one batch at a time
        self.stopped = False
        self.early_stopped = False
        self.history: dict[str, list[float]] = {}
        self.epochs_done = 0
        self.last_logs: dict[str, float] = {}
        self.stop_batch: int | None = None  # batches done when stop was first seen (tests)
        self.es: dict[str, Any] | None = None
        # Measured seconds per execution in the first full-speed epoch; the first guess of
        # steps_per_execution (from a timed forward pass) is corrected once from these.
        self.exec_times: list[float] = []
        self.t_last: float | None = None
        self.tuned = False
        self.retune: int | None = None
        self.snapshot: Any = None  # epoch -> inspect payload (job.inspect_every_epoch)
        self.gradients: Any = None  # a deskdl.ml.gradients.GradientProbe (job.inspect_every_epoch)
        self.gradients_epoch = 0  # the last epoch whose gradient norms were sent

    def send_gradients(self, epoch: int, final: bool = False) -> None:
        """Measure and emit the per-layer gradient norms after ``epoch`` epochs, within their time budget."""
        probe = self.gradients
        if probe is None or epoch == self.gradients_epoch or not probe.due(final):
            return
        try:
            norms = probe.norms()
        except Exception:  # noqa: BLE001 - a model the probe cannot differentiate: train on without it
            import logging

            logging.getLogger("deskdl.training").warning("gradient norms switched off", exc_info=True)
            self.gradients = None
            return
        self.gradients_epoch = epoch
        from deskdl.core.events import GradientNorms

        fn = getattr(self.reporter, "emit", None)
        if fn is not None and norms:
            fn(GradientNorms("", int(epoch), tuple(norms), tuple(norms.values()), probe.seconds[-1]))

    def measure(self, now: float) -> None:
        """Note how long the execution that just ended took (an epoch's first one is skipped)."""
        if not self.tuned and self.t_last is not None:
            self.exec_times.append(now - self.t_last)
        self.t_last = now

    def better_spe(self, spe: int) -> int | None:
        """A corrected steps_per_execution if the measured executions miss the target by far."""
        self.tuned = True
        if len(self.exec_times) < 3:
            return None
        per_exec = float(np.median(self.exec_times[1:]))
        wanted = divisor_at_most(int(spe * TARGET_EXECUTION_S / max(per_exec, 1e-6)), self.steps)
        # Regrouping costs a new trace (a second or two), so only a large miss is worth it.
        return wanted if (wanted > 3 * spe or wanted < spe / 3) else None


def _callback(driver: _Driver):
    import keras

    class DeskdlCallback(keras.callbacks.Callback):
        """Reports, pauses, stops and watches for NaN; one per ``fit`` segment."""

        def on_train_begin(self, logs=None):
            driver.t_last = None

        def on_epoch_begin(self, epoch, logs=None):
            d = driver
            d.epoch = epoch
            d.t_last = None  # validation and epoch set-up are not part of an execution
            if not d.switch_to_step and d.done_in_epoch == 0:
                d.reporter.epoch_started(epoch, epochs=d.epochs)

        def on_train_batch_end(self, batch, logs=None):
            d = driver
            ran = min(self.model.steps_per_execution, d.steps - d.done_in_epoch)
            d.done_in_epoch += max(ran, 1)
            d.batches += max(ran, 1)
            logs = _floats(logs)
            loss = logs.get("loss")
            if loss is not None:
                if not math.isfinite(loss):
                    raise _Stop(TrainingError(_(NAN_TEXT).format(epoch=d.epoch + 1), _(NAN_FIX), kind="nan"))
                if d.first_loss is None:
                    d.first_loss = loss
                elif d.first_loss > 0 and loss > 1000 * d.first_loss and loss > 1e3:
                    raise _Stop(TrainingError(
                        _(EXPLODING_TEXT).format(epoch=d.epoch + 1, start=d.first_loss, now=loss),
                        _(EXPLODING_FIX), kind="exploding"))
            now = time.perf_counter()
            d.measure(now)
            c = d.control
            c._after_batch()
            last = d.done_in_epoch >= d.steps
            if last or c.is_paused() or now - d.last_batch_report >= BATCH_INTERVAL:
                d.last_batch_report = now
                d.reporter.batch_ended(d.epoch, d.done_in_epoch - 1, steps=d.steps, logs=logs,
                                       running_mean=True, batches=d.batches)
            if d.probe is not None and (now - d.last_probe >= PROBE_INTERVAL or c.is_paused()):
                d.last_probe = now
                d.probe(d.epoch + d.done_in_epoch / d.steps)
            if c.stop_requested:
                self._stop()
                return
            if c.is_paused() or c._wants_step():
                how = c._wait()
                if how == "stop":
                    self._stop()
                elif how == "step" and self.model.steps_per_execution > 1:
                    d.switch_to_step = True
                    self.model.stop_training = True

        def _stop(self):
            d = driver
            if d.stop_batch is None:
                d.stop_batch = d.batches
            d.stopped = True
            self.model.stop_training = True

        def on_test_batch_end(self, batch, logs=None):
            if driver.control.stop_requested:
                self.model.stop_evaluating = True

        def on_epoch_end(self, epoch, logs=None):
            d = driver
            if d.switch_to_step and d.done_in_epoch < d.steps:
                return  # the epoch continues in a step-by-step fit
            logs = _floats(logs)
            logs["learning_rate"] = current_learning_rate(self.model.optimizer)
            if d.stopped and d.done_in_epoch < d.steps:
                logs["partial_epoch"] = d.done_in_epoch / d.steps
            for k, v in logs.items():
                d.history.setdefault(k, []).append(v)
            d.last_logs = logs
            d.epochs_done = epoch + 1
            d.done_in_epoch = 0
            spe_now = self.model.steps_per_execution
            if not d.tuned and spe_now == d.spe and epoch + 1 < d.epochs and not d.stopped:
                d.retune = d.better_spe(spe_now)
                if d.retune is not None:
                    self.model.stop_training = True  # fit resumes at the next epoch, regrouped
            if not math.isfinite(logs.get("val_loss", 0.0)):
                raise _Stop(TrainingError(_(NAN_TEXT).format(epoch=epoch + 1), _(NAN_FIX), kind="nan"))
            d.reporter.epoch_ended(epoch, logs)
            snap = d.snapshot(epoch + 1) if d.snapshot is not None else None
            if snap is not None:  # None: skipped to stay within the snapshot time budget
                d.reporter.probe(snap)
            d.send_gradients(epoch + 1, final=epoch + 1 >= d.epochs)
            if d.es is not None and not d.stopped:
                self._early_stopping(logs)

        def _early_stopping(self, logs):
            es = driver.es
            value = logs.get(es["monitor"])
            if value is None or not math.isfinite(value):
                return
            better = value < es["best"] if es["mode"] == "min" else value > es["best"]
            if better:
                es["best"], es["wait"], es["best_epoch"] = value, 0, driver.epochs_done
                if es["restore"]:
                    es["weights"] = self.model.get_weights()
            else:
                es["wait"] += 1
                if es["wait"] >= es["patience"]:  # as keras.callbacks.EarlyStopping (and the export)
                    driver.early_stopped = True
                    self.model.stop_training = True

    return DeskdlCallback()


def _floats(logs: Mapping[str, Any] | None) -> dict[str, float]:
    out = {}
    for k, v in (logs or {}).items():
        try:
            out[str(k)] = float(np.asarray(v))
        except (TypeError, ValueError):
            continue
    return out


# ------------------------------------------------------------------ the runner
def run_training(job: TrainingJob, reporter: Any = None, control: TrainingControl | None = None,
                 ) -> TrainingResult:
    """Train the job's model on its data; see the module docstring. Never raises for a run's failure."""
    reporter = reporter or NullReporter()
    control = control or TrainingControl()
    started = time.perf_counter()
    wall = datetime.now(timezone.utc).isoformat(timespec="seconds")
    model = None
    driver = None
    gradients_before = _custom_gradient_names()
    try:
        import keras

        from deskdl.ml.runtime import settle_imports

        settle_imports()  # makes the full collections of clear_session cheap
        keras.backend.clear_session(free_memory=True)
        model, bundle, prepared, info, driver, spe = _setup(job, reporter, control)
        _fit_segments(model, prepared, job, driver, spe)
        if driver.es is not None and driver.es.get("weights") is not None and driver.early_stopped \
                and driver.es["restore"]:
            model.set_weights(driver.es["weights"])
        status = "stopped" if driver.stopped else "early_stopped" if driver.early_stopped else "finished"
        test = {}
        if job.evaluate_test and len(prepared.x_test) and not control.stop_requested:
            test = _floats(model.evaluate(prepared.x_test, prepared.y_test, batch_size=max(256, int(
                job.training["batch_size"])), verbose=0, return_dict=True))
        if driver.probe is not None:
            driver.probe(float(driver.epochs_done), final=True)
        snap = driver.snapshot(driver.epochs_done, final=True) if driver.snapshot is not None else None
        if snap is not None:  # the last epoch, if the time budget skipped it
            reporter.probe(snap)
        if driver.epochs_done:
            driver.send_gradients(driver.epochs_done, final=True)
        result = TrainingResult(
            status=status, epochs_run=driver.epochs_done, history=driver.history, final=driver.last_logs,
            early_stop=early_stop_text(driver.es["monitor"]) if status == "early_stopped" else "",
            test=test, duration_s=time.perf_counter() - started, batches_run=driver.batches,
            steps_per_execution=driver.spe, params=int(model.count_params()), task=bundle.task,
            trainable=sum(int(math.prod(w.shape)) for w in model.trainable_weights),
            class_names=list(bundle.class_names), model=model if job.keep_model else None, kind=job.kind)
        result.record = _record(job, result, wall)
        reporter.run_finished(result)
        return result
    except BaseException as err:  # noqa: BLE001 - every failure is reported, the app lives on
        if isinstance(err, KeyboardInterrupt):
            raise
        error = to_training_error(err)
        result = TrainingResult(status="failed", error=error, duration_s=time.perf_counter() - started,
                                kind=job.kind)
        if driver is not None:
            result.epochs_run, result.history = driver.epochs_done, driver.history
            result.final = driver.last_logs
            result.batches_run = driver.batches
        if job.keep_model and error.kind in ("nan", "exploding"):
            result.model = model
        result.record = _record(job, result, wall)
        _log_failure(job, error)
        reporter.run_failed(error)
        return result
    finally:
        _forget_custom_gradients(gradients_before)
        if not job.keep_model:
            del model
            try:
                import keras

                keras.backend.clear_session(free_memory=True)
            except Exception:  # noqa: BLE001
                pass


def _log_failure(job: TrainingJob, error: TrainingError) -> None:
    """A failed run, with its technical details, into deskdl.log (the GUI and the CLI show one line).

    Only when logging goes somewhere (the app and the CLI set up the log file): without a handler
    Python's last resort would print the details on stderr.
    """
    import logging

    log = logging.getLogger("deskdl.training")
    if not log.hasHandlers():
        return
    level = logging.ERROR if error.kind == "error" else logging.WARNING
    log.log(level, "training %r failed (%s): %s%s", job.name, error.kind, error.text,
            f"\n{error.details}" if error.details else "")


def _custom_gradient_registry() -> dict | None:
    """TensorFlow's global gradient registry (private API: ``None`` if it moved)."""
    try:
        from tensorflow.python.framework import ops

        registry = ops._gradient_registry._registry
    except Exception:  # noqa: BLE001 - a TF without it: nothing to clean up
        return None
    return registry if isinstance(registry, dict) else None


def _custom_gradient_names() -> set[str] | None:
    """The ``CustomGradient-N`` entries registered so far (``None`` before TF is imported)."""
    import sys

    if "tensorflow" not in sys.modules:
        return set()  # TF not loaded yet: every entry after the run is new
    registry = _custom_gradient_registry()
    return None if registry is None else {k for k in registry if k.startswith("CustomGradient-")}


def _forget_custom_gradients(before: set[str] | None) -> int:
    """Drop the gradient functions that tracing this run's train step registered; returns how many.

    Why: every traced Keras train step registers a ``tf.custom_gradient``
    (the distribution context's ``all_reduce`` wraps the gradients in one) in a
    global registry that TF never empties, and the entry holds the whole traced
    gradient graph: about 5 MiB per run, also with a plain ``model.fit`` and
    ``clear_session``. The gradient function is only looked up while the step
    is traced, so once the run is over it is dead weight; a later retrace
    registers a fresh one. All Keras work runs on one thread (DESIGN.md §3), so
    no other trace can be using an entry made during this run.
    """
    if before is None:
        return 0
    registry = _custom_gradient_registry()
    if registry is None:
        return 0
    stale = [k for k in list(registry) if k.startswith("CustomGradient-") and k not in before]
    for k in stale:
        registry.pop(k, None)
    return len(stale)


def to_training_error(err: BaseException) -> TrainingError:
    """Any exception from a run as a :class:`TrainingError` with advice and the traceback as details.

    The words come from :func:`deskdl.core.errors.learner_message`, the one way deskdl explains
    an error; a run's own ``TrainingError`` (a NaN loss, bad settings) keeps its words.
    """
    if isinstance(err, _Stop):
        err.error.details = "".join(traceback.format_exception(type(err), err, err.__traceback__))
        return err.error
    said = learner_message(err)
    if isinstance(err, TrainingError):
        if not err.details:
            err.details = said.details
        return err
    return TrainingError(said.message, said.fix, kind=said.kind, details=said.details, node_id=said.node_id)


def _setup(job: TrainingJob, reporter, control):
    """Load data, check settings, build and compile; returns what the fit loop needs."""
    import keras

    from deskdl.ml.build import build_model

    training = job.training
    problems = check_training(training)
    if problems:
        raise TrainingError(_("the training settings have a problem: {problem}").format(problem=problems[0]),
                            _("fix it in the Train tab"), kind="settings")
    seed = training.get("seed")
    if seed is not None:
        keras.utils.set_random_seed(int(seed))
    bundle = job.bundle if job.bundle is not None else datasets.load_config(job.data)
    target = datasets.data_target(job.data)
    from deskdl.core.kinds import DATA_INPUTS, get_kind

    if get_kind(job.kind).data == DATA_INPUTS:  # a declared (variational) autoencoder rebuilds its inputs
        target = "inputs"
    bundle = datasets.with_target(bundle, target)  # "inputs": an autoencoder
    graph = ModelGraph.from_dict(job.graph)
    # The same checks the Problems list shows live (start_checks.start_problems), so Start refuses
    # nothing the list called fine.
    from deskdl.ml.start_checks import fit_problems

    errors = [d for d in fit_problems(graph, bundle, training) if d.severity == ERROR]
    if errors:
        e = errors[0]
        raise TrainingError(_("the data and the model do not fit together: {problem}").format(
                            problem=e.message), e.fix, kind="mismatch", node_id=e.node_id)
    prepared = datasets.prepare(bundle, training)
    model = build_model(graph, name=job.name)
    bs = int(training["batch_size"])
    n = len(prepared.x_train)
    steps = max(math.ceil(n / bs), 1)
    epochs = int(training["epochs"])
    optimizer = make_optimizer(training, steps)
    model.compile(optimizer=optimizer, loss=training["loss"], metrics=list(training.get("metrics") or []),
                  jit_compile=job.jit_compile)
    if job.initial_weights is not None:
        _load_weights(model, job.initial_weights)

    predict = _predict_fn(model)
    spe = _choose_spe(job, predict, prepared.x_train[: max(8 * bs, 512)], bs, steps)
    model.steps_per_execution = spe  # set after compile: compile() would reset it
    probe = None
    if bundle.kind in ("points2d", "regression2d") and tuple(bundle.input_shape) == (2,):
        probe = _grid_probe(predict, reporter, bundle)
    driver = _Driver(reporter, control, epochs, steps, spe, probe)
    # The loss before any update: with a huge learning rate the very first execution already
    # holds exploded batches, so comparing with it would call a loss of 1e11 "normal".
    driver.first_loss = _loss_before_training(predict, prepared, training["loss"], bs)
    driver.tuned = job.steps_per_execution != "auto"  # only a guessed grouping is corrected
    es = training.get("early_stopping") or {}
    if es.get("enabled"):
        monitor = es.get("monitor", "val_loss")
        if not prepared.has_validation and monitor.startswith("val_"):
            monitor = monitor[4:]
        mode = "max" if "acc" in monitor else "min"
        driver.es = {"monitor": monitor, "mode": mode, "patience": int(es.get("patience", 5)),
                     "restore": bool(es.get("restore_best_weights", True)), "wait": 0, "weights": None,
                     "best": -math.inf if mode == "max" else math.inf, "best_epoch": 0}
    info = {
        "dataset": bundle.dataset_id, "title": bundle.title, "task": bundle.task, "kind": bundle.kind,
        "class_names": list(bundle.class_names), "input_shape": list(bundle.input_shape),
        "epochs": epochs, "steps_per_epoch": steps, "steps_per_execution": spe, "batch_size": bs,
        "n_train": n, "n_val": 0 if prepared.x_val is None else len(prepared.x_val),
        "n_test": len(prepared.x_test), "params": int(model.count_params()),
        "label_format": prepared.label_format, "learning_rate": current_learning_rate(optimizer),
        "running_mean": True,
    }
    counts = _class_counts(prepared, bundle)
    if counts is not None:  # what the (validation) accuracy is read against: the doctor's majority check
        info["class_counts"] = counts
    if probe is not None:
        info.update(extent=list(datagen.EXTENT_2D), grid_resolution=GRID_RESOLUTION,
                    x_train=bundle.x_train.copy(), y_train=bundle.y_train.copy(),
                    x_test=bundle.x_test.copy(), y_test=bundle.y_test.copy())
    reporter.run_started(info)
    if probe is not None:
        probe(0.0)
    if job.inspect_every_epoch:
        from deskdl.ml.inspect import snapshot_maker

        driver.snapshot = snapshot_maker(model, prepared.x_train[:INSPECT_SAMPLE])
        reporter.probe(driver.snapshot(0))
        from deskdl.ml.gradients import GradientProbe

        # Per-layer gradient norms after each epoch (Inspect's plot, the doctor's vanishing/exploding).
        try:
            driver.gradients = GradientProbe(model, prepared.x_train, prepared.y_train)
        except Exception:  # noqa: BLE001 - data the probe cannot hold (several inputs): train without it
            import logging

            logging.getLogger("deskdl.training").warning("no gradient norms for this model", exc_info=True)
    return model, bundle, prepared, info, driver, spe


def _class_counts(prepared, bundle) -> list[int] | None:
    """Examples per class of the validation part (the training part without one); None for regression."""
    if bundle.task != "classification" or not bundle.class_names:
        return None
    y = prepared.y_val if prepared.has_validation else prepared.y_train
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] > 1:
        y = y.argmax(axis=1)  # one-hot labels
    y = y.reshape(len(y), -1)[:, 0] if y.ndim > 1 else y
    if not np.issubdtype(y.dtype, np.integer) and not np.all(np.equal(np.mod(y, 1), 0)):
        return None
    return np.bincount(y.astype(np.int64), minlength=len(bundle.class_names)).astype(int).tolist()


def _loss_before_training(predict, prepared, loss: str, batch_size: int) -> float | None:
    """The loss of the untrained (or loaded) model on the first training batches; None if unknown."""
    import keras

    n = min(len(prepared.x_train), max(4 * batch_size, 256))
    if n == 0:
        return None
    try:
        y_pred = predict(prepared.x_train[:n])
        value = float(np.mean(np.asarray(keras.losses.get(loss)(prepared.y_train[:n], y_pred))))
    except Exception:  # noqa: BLE001 - a model the simple loss does not fit (several outputs): skip
        return None
    return value if math.isfinite(value) and value > 0 else None


def _load_weights(model, weights) -> None:
    try:
        if isinstance(weights, (list, tuple)):
            model.set_weights(list(weights))
        elif hasattr(weights, "get_weights"):  # a trained Keras model: continue from where it ended
            model.set_weights(weights.get_weights())
        elif str(weights).endswith(".keras"):
            import keras

            other = keras.saving.load_model(str(weights), compile=False, safe_mode=True)
            model.set_weights(other.get_weights())
        else:
            model.load_weights(str(weights))
    except (ValueError, OSError) as err:
        raise TrainingError(_("the saved weights do not fit this model ({error})").format(
                                error=str(err).splitlines()[0][:200]),
                            _("train from scratch, or undo the changes to the model since the weights were "
                              "saved"), kind="mismatch") from None


def _predict_fn(model):
    """One compiled forward pass (any batch size, no retracing) for timing and probes."""
    import tensorflow as tf

    spec = tf.TensorSpec((None, *model.inputs[0].shape[1:]), tf.float32)

    @tf.function(input_signature=[spec], reduce_retracing=True)
    def predict(x):
        return model(x, training=False)

    return predict


def _choose_spe(job: TrainingJob, predict, chunk: np.ndarray, batch_size: int, steps: int) -> int:
    """``steps_per_execution``: explicit, or timed so one execution takes ~TARGET_EXECUTION_S."""
    if job.steps_per_execution != "auto":
        return divisor_at_most(int(job.steps_per_execution), steps)
    if steps <= 1:
        return 1
    predict(chunk[:1])  # trace once (any batch size works afterwards)
    # One batch first (run twice: the first run pays for starting up): when it alone takes far
    # longer than an execution should, no grouping can help, and timing the chunk (several batches,
    # three times) is skipped: about 1 CPU s of a character model's setup (batches of 512 windows).
    predict(chunk[:batch_size])
    t = time.perf_counter()
    predict(chunk[:batch_size])
    if 6.0 * (time.perf_counter() - t) >= 2 * TARGET_EXECUTION_S:
        return 1
    times = []
    for _ in range(3):
        t = time.perf_counter()
        predict(chunk)
        times.append(time.perf_counter() - t)
    # A training step costs several forward passes (forward, backward, optimizer update; more
    # for small batches, where each op's fixed cost dominates: measured 5-10x on CPU). Guessing
    # high keeps executions short; a guess that is far off is corrected after the first epoch.
    # Timing a chunk of several batches keeps the fixed cost of one Python call from dominating.
    per_batch = 6.0 * float(np.median(times)) * batch_size / len(chunk)
    return divisor_at_most(int(TARGET_EXECUTION_S // max(per_batch, 1e-5)), steps)


def divisor_at_most(wanted: int, steps: int) -> int:
    """The largest grouping <= ``wanted`` that divides ``steps`` (at least 1).

    Keras runs whole groups of ``steps_per_execution`` batches; a grouping that
    does not divide the steps of an epoch would run extra batches each epoch
    and shift every later epoch's data.
    """
    wanted = max(1, min(int(wanted), int(steps)))
    return next(d for d in range(wanted, 0, -1) if steps % d == 0)


def _grid_probe(predict, reporter, bundle):
    grid, extent = datagen.grid_2d(GRID_RESOLUTION, datagen.EXTENT_2D)
    import tensorflow as tf

    gt = tf.constant(grid)

    def probe(epoch: float, final: bool = False) -> None:
        values = np.asarray(predict(gt))
        res = GRID_RESOLUTION
        if values.shape[-1] == 1:
            values = values.reshape(res, res)
        else:
            values = values.reshape(res, res, values.shape[-1])
        reporter.probe({"kind": "grid", "values": values.astype(np.float32), "extent": list(extent),
                        "epoch": float(epoch), "task": bundle.task, "final": final})
    return probe


def _train_dataset(x: np.ndarray, y: np.ndarray, bs: int, seed: Any, start_epoch: int = 0):
    """Data converted once: shuffled per epoch, batched, for every epoch from ``start_epoch`` on.

    The order of epoch ``e`` depends only on the seed and ``e``, so a run that
    is split into several ``fit`` calls (regrouping, single steps) sees the same
    batches as one that is not. With ``steps_per_epoch`` given, Keras keeps one
    iterator across epochs, so no per-epoch pipeline set-up is paid (a plain
    ``fit`` on NumPy arrays builds a new shuffled pipeline every epoch).
    """
    import tensorflow as tf

    n = len(x)
    if seed is None:
        base = tf.data.Dataset.from_tensor_slices((x, y))
        return base.shuffle(n, reshuffle_each_iteration=True).batch(bs).repeat().prefetch(2)
    xs, ys = tf.constant(x), tf.constant(y)

    def one_epoch(epoch):
        key = tf.stack([tf.constant(int(seed), tf.int64), epoch])
        order = tf.random.experimental.stateless_shuffle(tf.range(n, dtype=tf.int64), seed=key)
        batches = tf.data.Dataset.from_tensor_slices(order).batch(bs)
        return batches.map(lambda i: (tf.gather(xs, i), tf.gather(ys, i)))

    epochs = tf.data.Dataset.range(start_epoch, 1 << 31)
    return epochs.flat_map(one_epoch).prefetch(2)


def class_weights(setting: Any, y: Any) -> dict[int, float] | None:
    """Keras ``class_weight`` for ``training["class_weight"]`` (None: no weights).

    ``"balanced"`` weighs each class n / (k * count), as scikit-learn's 'balanced': the
    training doctor's remedy for a model that only predicts the majority class.
    """
    if setting != "balanced" or y is None:
        return None
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] > 1:
        y = y.argmax(axis=1)  # one-hot labels
    elif y.ndim > 1:
        y = y.reshape(len(y), -1)[:, 0]
    if not np.issubdtype(y.dtype, np.integer) and not np.all(np.equal(np.mod(y, 1), 0)):
        return None  # not class labels (a regression target): nothing to weigh
    labels, counts = np.unique(y.astype(np.int64), return_counts=True)
    n, k = float(counts.sum()), len(labels)
    return {int(c): n / (k * float(m)) for c, m in zip(labels, counts)}


def _fit_segments(model, prepared, job: TrainingJob, d: _Driver, spe: int) -> None:
    """Run ``fit`` once at full speed, or in segments around single-step mode."""
    training = job.training
    bs = int(training["batch_size"])
    epochs = d.epochs
    seed = training.get("seed")
    val = (prepared.x_val, prepared.y_val) if prepared.has_validation else None
    cb = _callback(d)
    cw = class_weights(training.get("class_weight"), prepared.y_train)
    fast_fn = None
    slow_fn = None
    rng = np.random.default_rng(seed)
    next_epoch = 0
    while next_epoch < epochs and not d.stopped and not d.early_stopped:
        stepping = d.control.stepping or d.switch_to_step
        if not stepping or spe == 1:
            model.steps_per_execution = spe
            if fast_fn is not None:
                model.train_function = fast_fn
            train_ds = _train_dataset(prepared.x_train, prepared.y_train, bs, seed, next_epoch)
            model.fit(train_ds, steps_per_epoch=d.steps, epochs=epochs, initial_epoch=next_epoch,
                      validation_data=val, validation_batch_size=max(bs, 256), shuffle=False, verbose=0,
                      callbacks=[cb, *job.callbacks], class_weight=cw)
            fast_fn = model.train_function
            if d.retune is not None and not d.stopped and not d.early_stopped:
                if d.retune != spe:  # the measured speed differs from the guess: regroup
                    spe = d.spe = d.retune
                    model.train_function = fast_fn = None  # rebuilt for the new grouping
                d.retune = None
                next_epoch = d.epochs_done
                continue
            if d.switch_to_step:  # continue one batch at a time (mid-epoch or from the next one)
                next_epoch = d.epoch if d.done_in_epoch else d.epochs_done
                continue
            break
        # one epoch (or the rest of one) with one batch per execution
        start = d.done_in_epoch
        x, y = prepared.x_train, prepared.y_train
        if start:
            keep = rng.permutation(len(x))[: max(len(x) - start * bs, 1)]
            x, y = x[keep], y[keep]
        d.switch_to_step = False
        model.steps_per_execution = 1
        model.train_function = slow_fn
        model.fit(x, y, batch_size=bs, epochs=next_epoch + 1, initial_epoch=next_epoch, validation_data=val,
                  validation_batch_size=max(bs, 256), shuffle=True, verbose=0,
                  callbacks=[cb, *job.callbacks], class_weight=cw)
        slow_fn = model.train_function
        next_epoch = d.epochs_done
    model.steps_per_execution = spe
    if fast_fn is not None:
        model.train_function = fast_fn


def _record(job: TrainingJob, result: TrainingResult, wall: str) -> dict[str, Any]:
    rec = RunRecord(
        id="", started=wall, status=result.status, dataset=copy.deepcopy(dict(job.data)),
        settings=copy.deepcopy(dict(job.training)), epochs_run=result.epochs_run,
        duration_s=result.duration_s, final=dict(result.final), test=dict(result.test),
        history={k: list(v) for k, v in result.history.items()}, params=result.params or None,
        trainable=result.trainable if result.params else None,
        kind=None if job.kind == "supervised" else job.kind)
    return rec.to_dict()


def add_run_to_project(project: Any, result: TrainingResult, model_file: str | None = None) -> dict[str, Any]:
    """Append the run's record to ``project.runs`` (new id), returning the stored record."""
    from deskdl.core.history import append_run, next_run_id

    rec = dict(result.record)
    rec["id"] = next_run_id(project.runs)
    if model_file:
        rec["model_file"] = model_file
    project.runs = append_run(project.runs, rec)
    return project.runs[-1]


__all__ = ["ListReporter", "NullReporter", "Reporter", "TrainingControl", "TrainingError", "TrainingJob",
           "TrainingResult", "add_run_to_project", "current_learning_rate", "early_stop_text",
           "make_optimizer", "run_training", "to_training_error"]
