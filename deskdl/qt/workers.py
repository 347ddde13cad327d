"""Qt glue for Keras work: one long-lived thread, one job at a time (DESIGN.md §3).

:class:`TrainingWorker` is a QObject moved to *the* Keras QThread (the
window's, or one of its own when used alone). It calls the trainer of the
job's kind (:func:`deskdl.ml.trainers.run`; the fit trainer is
:func:`deskdl.ml.training.run_training`) with a :class:`SignalReporter` that
turns every callback and typed event into a Qt signal carrying copies (floats,
small numpy arrays). Batch updates are gathered and sent about 30 times per
second. Pictures (:class:`deskdl.core.events.Picture`) do not queue up as
signals: they wait in the worker's latest-only :class:`~deskdl.core.events.Mailbox`
and a payload-free ``pictures_waiting`` signal tells the GUI to take them.
Trained models stay on the Keras thread, by run and role (:class:`ModelRef`).

Stop, pause, resume and step go through the ml ``TrainingControl``
(``threading.Event``): the worker thread sits inside ``fit()`` and never runs
its event loop while training, so a queued slot would arrive too late.

:class:`TrainingHost` is the GUI-thread side: it owns (or borrows) the
thread, queues requests, holds the current control, and shuts down cleanly.
Other Keras work (loading a data set that needs TensorFlow, evaluating,
predicting) goes through :meth:`TrainingHost.call` on the same thread.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from deskdl.core import events as ev
from deskdl.core.errors import learner_message, paragraph
from deskdl.core.i18n import translator
from deskdl.qt.tf_loader import PythonLoopThread

_ = translator("qt.workers")

#: Seconds between two batch signals (about 30 per second).
BATCH_INTERVAL = 1.0 / 30.0


# ---------------------------------------------------------------- payload copies
def plain(value: Any, _depth: int = 0) -> Any:
    """A thread-safe copy: numbers become floats/ints, arrays are copied, containers recursed.

    Tensors and other array-likes become numpy arrays; objects we do not know are
    passed through (results such as a trained model are handed over, not shared).
    """
    if _depth > 6:
        return value
    if value is None or isinstance(value, (bool, str, int, float)):
        return value
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.copy()
    if isinstance(value, Mapping):
        return {k: plain(v, _depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        out = [plain(v, _depth + 1) for v in value]
        return out if isinstance(value, list) else tuple(out)
    if hasattr(value, "numpy") and callable(value.numpy):  # a tensor
        try:
            arr = np.asarray(value.numpy())
            return arr.item() if arr.ndim == 0 else arr.copy()
        except Exception:  # noqa: BLE001 - fall back to passing it on
            return value
    return value


def floats(logs: Mapping[str, Any] | None) -> dict[str, float]:
    """Metric logs as plain floats (non-numbers dropped, NaN kept)."""
    out: dict[str, float] = {}
    for k, v in (logs or {}).items():
        v = plain(v)
        if isinstance(v, np.ndarray) and v.size == 1:
            v = v.item()
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            out[str(k)] = float(v)
    return out


# ---------------------------------------------------------------- error texts
@dataclass(frozen=True)
class Failure:
    """What went wrong, for a learner (``message``) and for a bug report (``details``)."""

    message: str
    details: str
    kind: str = "error"  # "error", "oom", "nan", "stopped"


def describe_failure(err: BaseException) -> Failure:
    """Turn an exception from Keras work into words a learner can act on.

    The one way deskdl does it (issue 11): :func:`deskdl.core.errors.learner_message` picks the
    words and the fix (out of memory, a data or build problem, a run's own error, anything
    else); its paragraph lays them out as a sentence and "What to do: ...".
    """
    said = learner_message(err)
    return Failure(said.paragraph, said.details, said.kind)


def teaching_text(message: str, fix: str = "") -> str:
    """``message`` as a sentence, then the fix on its own line (:func:`deskdl.core.errors.paragraph`)."""
    return paragraph(message, fix)


# ---------------------------------------------------------------- the reporter
class SignalReporter:
    """The ml ``Reporter`` protocol, implemented by emitting the worker's signals.

    Runs on the worker thread. Every payload is a copy. Batch values are gathered
    and flushed at most every :data:`BATCH_INTERVAL` seconds (and at each epoch end,
    and whenever the run is paused, so single steps show at once).
    """

    def __init__(self, worker: TrainingWorker, run_id: str, control: Any = None,
                 interval: float = 0.8 * BATCH_INTERVAL) -> None:
        self._w = worker
        self._run_id = run_id
        self._control = control
        self._interval = interval
        self._pending: list[dict[str, Any]] = []
        self._last_flush = 0.0
        self.failed_reported = False
        self.finished_reported = False
        self.failure_message = ""
        self.kind = "supervised"  # the job's kind (set by the worker; RunStarted of typed trainers)
        self._in_emit = False  # inside emit(): the typed event is sent as itself, not made again
        self._last_row: dict[str, Any] | None = None  # newest batch row of a trainer without typed events

    # -- typed events (deskdl.core.events): every trainer but fit emits these
    def emit(self, event: Any) -> None:
        """A typed event: stamped with the run's id, then sent the way its type travels.

        ``Scalars`` go through the throttled batch path (``batch_ended`` rows, so the
        curves plot them) or as ``epoch_ended``; ``RunStarted`` also fills the
        ``run_started`` dict the Train tab's progress reads; a ``Picture`` waits in
        the latest-only mailbox (one ``pictures_waiting`` poke when the box was empty).
        Every typed event but a picture is also sent as itself on ``run_event``.
        """
        if getattr(event, "run_id", None) != self._run_id:
            event = dataclasses.replace(event, run_id=self._run_id)
        if isinstance(event, ev.Picture):
            if self._w.mailbox.put(event):
                self._w.pictures_waiting.emit()
            return
        self._in_emit = True
        try:
            self._send_typed(event)
        finally:
            self._in_emit = False
        self._w.run_event.emit(_copied(event))

    def _send_typed(self, event: Any) -> None:
        """A typed event through the named signals the Train tab's progress and curves read."""
        if isinstance(event, ev.Scalars):
            if event.per == ev.PER_EPOCH:
                self.epoch_ended(event.epoch, dict(event.values))
            else:
                self.batch_ended(event.epoch, event.step, logs=dict(event.values), steps=event.steps,
                                 running_mean=True)
        elif isinstance(event, ev.RunStarted):
            self.kind = event.kind
            info = dict(event.info)
            plan = dict(event.plan)
            inner = event.units[-1] if event.units else "batch"
            info.update(kind_id=event.kind, units=list(event.units), plan=plan,
                        epochs=int(plan.get(event.units[0], 0)) if event.units else 0,
                        steps_per_epoch=int(plan.get(inner, 0)) if len(event.units) > 1 else 1)
            self.run_started(info)

    # -- the ml Reporter protocol
    def run_started(self, info: Mapping[str, Any] | None = None, *args: Any, **kw: Any) -> None:
        """Data and model are ready: sizes, classes, (for 2-D sets) the points."""
        payload = _merge_args((info or {}, *args), kw)
        payload["run_id"] = self._run_id
        self._w.run_started.emit(plain(payload))
        if not self._in_emit:  # the fit trainer: its views get the typed event too
            epochs, steps = int(payload.get("epochs") or 0), int(payload.get("steps_per_epoch") or 0)
            info = {k: v for k, v in payload.items() if k != "run_id"}
            self._w.run_event.emit(_copied(ev.RunStarted(self._run_id, self.kind, ("epoch", "batch"),
                                                         {"epoch": epochs, "batch": steps}, info)))

    def epoch_started(self, epoch: int, *args: Any, **kw: Any) -> None:
        """An epoch (0-based) begins."""
        payload = _merge_args(args, kw)
        payload.update(run_id=self._run_id, epoch=int(epoch))
        self._w.epoch_started.emit(plain(payload))

    def batch_ended(self, epoch: int, step: int, *args: Any, logs: Mapping[str, Any] | None = None,
                    **kw: Any) -> None:
        """Running means since the epoch began; gathered and sent ~30 times a second."""
        if args and isinstance(args[-1], Mapping) and logs is None:
            logs, args = args[-1], args[:-1]
        if args and "steps" not in kw and isinstance(args[0], int):
            kw["steps"] = args[0]
        row = dict(kw)
        row.update(epoch=int(epoch), batch=int(step), logs=floats(logs))
        self._pending.append(row)
        if not self._in_emit:
            self._last_row = row
        now = time.monotonic()
        paused = bool(self._control is not None and _is_paused(self._control))
        if paused or now - self._last_flush >= self._interval or _last_batch(row):
            self.flush(now)

    def flush(self, now: float | None = None) -> None:
        """Send gathered batch rows as one ``batch_ended`` signal."""
        if not self._pending:
            return
        rows, self._pending = self._pending, []
        self._last_flush = time.monotonic() if now is None else now
        self._w.batch_ended.emit({"run_id": self._run_id, "rows": plain(rows)})
        row, self._last_row = self._last_row, None
        if row is not None:  # the fit trainer: the newest running means, as a typed event too
            steps = row.get("steps")
            self._w.run_event.emit(ev.Scalars(self._run_id, row["epoch"], row["batch"], dict(row["logs"]),
                                              steps=int(steps) if isinstance(steps, int) else None))

    def epoch_ended(self, epoch: int, logs: Mapping[str, Any] | None = None, *args: Any, **kw: Any) -> None:
        """Epoch metrics with ``val_*`` and the learning rate."""
        self.flush()
        payload = _merge_args(args, kw)
        payload.update(run_id=self._run_id, epoch=int(epoch), logs=floats(logs))
        self._w.epoch_ended.emit(plain(payload))
        if not self._in_emit:
            self._w.run_event.emit(ev.Scalars(self._run_id, int(epoch), -1, dict(payload["logs"]),
                                              per=ev.PER_EPOCH))

    def probe(self, payload: Mapping[str, Any] | None = None, *args: Any, **kw: Any) -> None:
        """Small arrays to draw live (the decision-boundary grid)."""
        out = _merge_args((payload or {}, *args), kw)
        out["run_id"] = self._run_id
        self._w.probe_ready.emit(plain(out))

    def run_finished(self, *args: Any, **kw: Any) -> None:
        """The worker emits ``run_finished`` itself once ``run_training`` returns its result."""
        self.flush()

    def run_failed(self, error: Any = None, *args: Any, **kw: Any) -> None:
        """Turn the ml ``TrainingError`` (or any exception) into ``run_failed(message, details)``."""
        self.flush()
        if isinstance(error, BaseException):
            f = describe_failure(error)
            message, details, kind = f.message, f.details, f.kind
        else:
            payload = _merge_args(args, kw)
            message = str(payload.get("message") or error or _("Training failed."))
            details = str(payload.get("details") or "")
            kind = str(payload.get("kind") or "error")
        self.failed_reported = True
        self.failure_message = message
        self._w.failure_kind.emit(kind)
        self._w.run_failed.emit(message, details)

    def __getattr__(self, name: str) -> Callable[..., None]:
        # Newer reporter hooks we do not show yet are accepted and ignored.
        if name.startswith("_"):
            raise AttributeError(name)
        return _ignore


def _ignore(*_: Any, **__: Any) -> None:
    return None


def _copied(event: Any) -> Any:
    """A typed event with every field a thread-safe copy (arrays copied, mappings rebuilt)."""
    fields = getattr(event, "__dataclass_fields__", None)
    if not fields:
        return event
    return dataclasses.replace(event, **{k: plain(getattr(event, k)) for k in fields if k != "run_id"})


def _merge_args(args: tuple, info: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for a in args:
        if isinstance(a, Mapping):
            out.update(a)
        elif hasattr(a, "__dataclass_fields__"):
            out.update({k: getattr(a, k) for k in a.__dataclass_fields__})
        elif hasattr(a, "_asdict"):
            out.update(a._asdict())
    out.update(info)
    return out


def _is_paused(control: Any) -> bool:
    for name in ("is_paused", "paused"):
        v = getattr(control, name, None)
        if v is not None:
            return bool(v() if callable(v) else v)
    return False


def _last_batch(row: Mapping[str, Any]) -> bool:
    steps = row.get("steps")
    return isinstance(steps, int) and row.get("batch", -1) + 1 >= steps


# ---------------------------------------------------------------- the worker
@dataclass(frozen=True)
class ModelRef:
    """A trained Keras model as the GUI sees it: a run and a role, not the object.

    The model itself stays on the Keras thread (in the worker's table). Dropping
    the last reference to a TF object on another thread while the Keras thread
    trains crashes TensorFlow, so the GUI never holds one; :meth:`TrainingHost.call`
    swaps a ``ModelRef`` argument for the real model on the Keras thread.
    ``role`` is the graph's role (:mod:`deskdl.core.kinds`): ``"model"`` for
    one-model kinds, ``"generator"`` or ``"discriminator"`` for a GAN.
    """

    run_id: str
    role: str = "model"


#: How many runs' trained models the worker keeps (older ones are freed on the Keras thread).
KEEP_MODELS = 2


@dataclass
class KeepOnWorker:
    """What a :meth:`TrainingHost.call` function returns to hand a model over to the worker.

    The worker keeps ``model`` under ``run_id`` and ``role`` (like a trained one) and the
    GUI receives ``{"model": ModelRef(run_id, role), **info}``: the model never crosses threads.
    """

    run_id: str
    model: Any
    info: dict = field(default_factory=dict)
    role: str = "model"
    #: More models of the same run by role (a GAN's generator and discriminator); ``model`` may then be None.
    models: dict = field(default_factory=dict)


@dataclass
class _Request:
    kind: str  # "train" or "call"
    tag: str
    payload: Any
    control: Any = None


class TrainingWorker(QObject):
    """Lives on the Keras thread; runs one request per queued :meth:`run` call.

    Signals (all payloads are copies):
        run_started(dict), epoch_started(dict), batch_ended(dict with ``rows``),
        epoch_ended(dict), probe_ready(dict), run_finished(dict),
        failure_kind(str) then run_failed(message, details),
        run_event(event): the typed events (RunStarted, Scalars, RunEnded) of every run,
        pictures_waiting(): pictures wait in :attr:`mailbox` (take them on the GUI thread),
        call_finished(tag, result), call_failed(tag, message, details),
        finished(tag): after every request, whatever happened.
    """

    run_started = Signal(object)
    epoch_started = Signal(object)
    batch_ended = Signal(object)
    epoch_ended = Signal(object)
    probe_ready = Signal(object)
    run_finished = Signal(object)
    run_failed = Signal(str, str)
    failure_kind = Signal(str)
    call_finished = Signal(str, object)
    call_failed = Signal(str, str, str)
    finished = Signal(str)
    run_event = Signal(object)
    pictures_waiting = Signal()

    def __init__(self, runner: Callable[..., Any] | None = None) -> None:
        super().__init__()
        self._runner = runner
        # run id -> role -> keras.Model, touched only on the Keras thread
        self._models: dict[str, dict[str, Any]] = {}
        #: Latest-only pictures of the running run (the trainer puts, the GUI takes).
        self.mailbox = ev.Mailbox()

    @Slot(object)
    def run(self, request: _Request) -> None:
        """Run one request; always ends with ``finished``."""
        try:
            if request.kind == "train":
                self._train(request)
            else:
                self._call(request)
        finally:
            self.finished.emit(request.tag)

    def _train(self, request: _Request) -> None:
        reporter = SignalReporter(self, request.tag, request.control)
        reporter.kind = str(getattr(request.payload, "kind", "") or "supervised")
        self.mailbox.clear()  # nothing of an earlier run is shown as this one's
        tag = request.tag
        try:
            runner = self._runner or _default_runner()
            job = request.payload
            if isinstance(getattr(job, "initial_weights", None), ModelRef):  # "Continue": the real model
                job = dataclasses.replace(job, initial_weights=self.model(job.initial_weights))
            result = runner(job, reporter, request.control)
        except BaseException as err:  # noqa: BLE001 - every failure goes back to the GUI
            reporter.flush()
            if not reporter.failed_reported:
                f = describe_failure(err)
                self.failure_kind.emit(f.kind)
                self.run_failed.emit(f.message, f.details)
                reporter.failure_message = f.message
            self.run_event.emit(ev.RunEnded(tag, "failed", message=reporter.failure_message))
            return
        reporter.flush()
        models = _models_of(result)
        if reporter.failed_reported:
            models = {}  # a failed run (NaN) never reaches the GUI: its model must not push a good one out
        for role, model in models.items():
            self._keep_model(tag, model, role)
        payload = result_payload(result)
        payload.pop("models", None)
        refs = {role: ModelRef(tag, role) for role in models}
        if "model" in refs:
            payload["model"] = refs["model"]
        if refs:
            payload["models"] = refs
        if not isinstance(result, Mapping):
            if hasattr(result, "model"):
                result.model = None  # only the worker's table holds them now
            if isinstance(getattr(result, "models", None), dict):
                result.models = {}
        record = payload.get("record") if isinstance(payload.get("record"), Mapping) else {}
        del models, result
        if reporter.failed_reported:
            self.run_event.emit(ev.RunEnded(tag, "failed", record=record, message=reporter.failure_message))
            return
        self.run_finished.emit({"run_id": tag, "result": payload})
        self.run_event.emit(ev.RunEnded(tag, str(payload.get("status") or "finished"), record=record,
                                        models_by_role=refs))

    def _keep_model(self, run_id: str, model: Any, role: str = "model") -> None:
        self._models.setdefault(run_id, {})[role] = model
        while len(self._models) > KEEP_MODELS:
            self._models.pop(next(iter(self._models)))  # freed here, on the Keras thread

    def model(self, ref: ModelRef) -> Any:
        """The model behind ``ref`` (call only on the Keras thread)."""
        try:
            return self._models[ref.run_id][ref.role]
        except KeyError:
            what = _("model") if ref.role == "model" else ref.role
            raise LookupError(_("the {what} of {run} is no longer kept; train again").format(
                what=what, run=ref.run_id)) from None

    def _resolve(self, value: Any) -> Any:
        return self.model(value) if isinstance(value, ModelRef) else value

    def _call(self, request: _Request) -> None:
        fn, args, kwargs = request.payload
        try:
            args = tuple(self._resolve(a) for a in args)
            kwargs = {k: self._resolve(v) for k, v in kwargs.items()}
            result = fn(*args, **kwargs)
            if isinstance(result, KeepOnWorker):
                kept = result
                result = dict(kept.info)
                if kept.model is not None:
                    self._keep_model(kept.run_id, kept.model, kept.role)
                    result["model"] = ModelRef(kept.run_id, kept.role)
                for role, model in kept.models.items():
                    self._keep_model(kept.run_id, model, role)
                if kept.models:
                    result["models"] = {role: ModelRef(kept.run_id, role) for role in kept.models}
                del kept
        except BaseException as err:  # noqa: BLE001
            f = describe_failure(err)
            self.call_failed.emit(request.tag, f.message, f.details)
        else:
            self.call_finished.emit(request.tag, result)


def _default_runner() -> Callable[..., Any]:
    from deskdl.ml.trainers import run

    return run


def _models_of(result: Any) -> dict[str, Any]:
    """A trainer's trained models by role (a mapping result's ``model`` is role ``"model"``)."""
    if isinstance(result, Mapping):
        out = {"model": result.get("model")}
        out.update(result.get("models") or {})
    elif hasattr(result, "models_by_role"):
        out = result.models_by_role()
    else:
        out = {"model": getattr(result, "model", None)}
    return {role: m for role, m in out.items() if m is not None}


def result_payload(result: Any) -> dict[str, Any]:
    """A ``TrainingResult`` as a dict of copies for the GUI (without the model: see :class:`ModelRef`)."""
    if result is None:
        return {}
    if isinstance(result, Mapping):
        return {k: plain(v) for k, v in result.items() if k != "model"}
    fields = getattr(result, "__dataclass_fields__", None)
    if fields:
        return {k: plain(getattr(result, k)) for k in fields if k != "model"}
    return {"value": result}


# ---------------------------------------------------------------- the thread
#: The thread class all Keras work runs on (one Python thread state for its whole life;
#: see :class:`deskdl.qt.tf_loader.PythonLoopThread` for why TensorFlow needs that).
KerasQThread = PythonLoopThread


# ---------------------------------------------------------------- the GUI side
class TrainingHost(QObject):
    """GUI-thread owner of the Keras thread's worker, the queue and the current control.

    Pass ``thread`` to share an existing Keras QThread (the window's); without it
    the host makes its own and also quits and joins it in :meth:`shutdown`.

    Signals: ``busy_changed(bool)`` when requests start/stop being outstanding,
    ``training_changed(bool)`` when a training run starts or ends.
    """

    busy_changed = Signal(bool)
    training_changed = Signal(bool)
    _requested = Signal(object)

    def __init__(self, thread: QThread | None = None, parent: QObject | None = None,
                 runner: Callable[..., Any] | None = None,
                 control_factory: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self._own_thread = thread is None
        if thread is None:
            thread = KerasQThread()
            thread.setObjectName("deskdl-keras")
        self._thread = thread
        self.worker = TrainingWorker(runner)
        self.worker.moveToThread(thread)
        self._requested.connect(self.worker.run)
        self.worker.finished.connect(self._on_finished)
        self.worker.run_started.connect(self._on_run_started)
        self._control_factory = control_factory
        self._outstanding: set[str] = set()
        self._ids = itertools.count(1)
        self.control: Any = None
        self.training_tag: str | None = None
        if not thread.isRunning():
            thread.start()

    @property
    def thread(self) -> QThread:
        """The Keras thread."""
        return self._thread

    @property
    def mailbox(self) -> ev.Mailbox:
        """The running run's latest-only pictures (take them when ``worker.pictures_waiting`` fires)."""
        return self.worker.mailbox

    @property
    def busy(self) -> bool:
        """Whether any request is queued or running."""
        return bool(self._outstanding)

    @property
    def training(self) -> bool:
        """Whether a training run is queued or running."""
        return self.training_tag is not None

    def _new_control(self) -> Any:
        if self._control_factory is not None:
            return self._control_factory()
        from deskdl.ml.training import TrainingControl

        return TrainingControl()

    def start_training(self, job: Any, run_id: str | None = None) -> str:
        """Queue a training run; returns its id (the tag on every signal)."""
        if self.training:
            raise RuntimeError("a training run is already going")
        tag = run_id or f"run-{next(self._ids)}"
        self.control = self._new_control()
        self.training_tag = tag
        self._send(_Request("train", tag, job, self.control))
        self.training_changed.emit(True)
        return tag

    def call(self, fn: Callable[..., Any], *args: Any, tag: str | None = None, **kwargs: Any) -> str:
        """Run ``fn(*args, **kwargs)`` on the Keras thread after the queue; returns the tag.

        The answer arrives as ``worker.call_finished(tag, result)`` or
        ``worker.call_failed(tag, message, details)``. ``fn`` must not touch widgets.
        """
        tag = tag or f"call-{next(self._ids)}"
        self._send(_Request("call", tag, (fn, args, kwargs)))
        return tag

    def _send(self, request: _Request) -> None:
        was = self.busy
        self._outstanding.add(request.tag)
        if not was:
            self.busy_changed.emit(True)
        self._requested.emit(request)

    # -- control (thread-safe events inside the ml TrainingControl)
    def stop(self) -> None:
        """Ask the run to stop after the current batch."""
        if self.control is not None:
            self.control.stop()

    def pause(self) -> None:
        """Pause after the current batch."""
        if self.control is not None:
            self.control.pause()

    def resume(self) -> None:
        """Continue a paused run."""
        if self.control is not None:
            self.control.resume()

    def step(self, unit: str | None = None) -> None:
        """Train exactly one more batch (or one ``unit`` the trainer marks: ``"episode"``), then pause."""
        if self.control is not None:
            if unit:
                self.control.step(unit)
            else:
                self.control.step()

    @Slot(object)
    def _on_run_started(self, payload: object) -> None:
        pass

    @Slot(str)
    def _on_finished(self, tag: str) -> None:
        self._outstanding.discard(tag)
        if tag == self.training_tag:
            self.training_tag = None
            self.control = None
            self.training_changed.emit(False)
        if not self._outstanding:
            self.busy_changed.emit(False)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Stop any run, then (if the thread is ours) quit and join it. Returns True when joined."""
        self.stop()
        if self.control is not None and hasattr(self.control, "resume"):
            self.control.resume()  # a paused run must wake up to see the stop
        if not self._own_thread:
            return True
        self._thread.quit()
        ok = self._thread.wait(timeout_ms)
        return bool(ok)


def time_left(elapsed: float, done: float, total: float) -> float | None:
    """Seconds left by simple proportion, or ``None`` while too little is known."""
    if done <= 0 or total <= 0 or elapsed < 0.5 or done >= total:
        return None if done < total else 0.0
    return elapsed * (total - done) / done


def format_seconds(s: float | None) -> str:
    """``'1:05'`` style text for a duration (``'…'`` when unknown)."""
    if s is None or not math.isfinite(s):
        return "…"
    s = int(round(s))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


__all__ = ["Failure", "KeepOnWorker", "KerasQThread", "ModelRef", "SignalReporter", "TrainingHost",
           "TrainingWorker", "describe_failure", "floats", "format_seconds", "plain", "result_payload",
           "time_left"]
