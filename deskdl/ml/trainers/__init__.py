"""One trainer protocol for every kind of project (DESIGN.md §3b).

A trainer is an object with ``run(job, reporter, control) -> TrainingResult``
(or a plain function of the same signature). It runs on the Keras thread,
never touches Qt, and never raises for a run's failure: it reports
``reporter.run_failed(error)`` and returns a result with ``status="failed"``
(:func:`run_safely` does that for it).

* ``job``: the immutable :class:`~deskdl.ml.training.TrainingJob` (``kind``, ``graph``
  or ``graphs`` by role, ``data``, ``training``, ``optimizers`` by role, ``algorithm``).
* ``reporter``: emits typed events with ``reporter.emit(event)`` (:mod:`deskdl.core.events`:
  :class:`RunStarted`, :class:`Scalars`, :class:`Picture`), at most ~30 batch-rate scalars
  a second (:class:`Throttle`), and ``run_failed(error)`` / ``run_finished(result)`` at the end.
  The fit trainer still uses the older named hooks (``batch_ended``, ``epoch_ended``, ...).
* ``control``: :meth:`TrainingControl.checkpoint` once after each unit of work (a batch,
  a generator step, an episode): it pauses, single-steps and answers False for stop.
* the result: a :class:`~deskdl.ml.training.TrainingResult` with ``models`` by role
  (``model`` for single-model kinds); the host (the GUI's worker, the CLI) keeps them and
  announces :class:`RunEnded` with references to them.

The kind (:mod:`deskdl.core.kinds`) names its trainer as ``"module:name"``;
:func:`trainer_for` imports it when a run starts, so the app opens without it.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any, Protocol

from deskdl.core.i18n import tr, translator
from deskdl.core.kinds import ProjectKind, get_kind
from deskdl.ml.training import (
    BATCH_INTERVAL,
    NullReporter,
    TrainingControl,
    TrainingError,
    TrainingJob,
    TrainingResult,
    to_training_error,
)

_ = translator("ml.trainers")


class Trainer(Protocol):
    """What every kind's trainer does (see the module docstring)."""

    def run(self, job: TrainingJob, reporter: Any, control: TrainingControl) -> TrainingResult:
        """Train, emitting events; return the result (never raise for the run's failure)."""


class _FunctionTrainer:
    def __init__(self, fn: Callable[..., TrainingResult]) -> None:
        self.run = fn


def trainer_for(kind: ProjectKind | str) -> Trainer:
    """The trainer of ``kind`` (imported now); :class:`TrainingError` when this deskdl has none."""
    kind = get_kind(kind) if isinstance(kind, str) or kind is None else kind
    module_name, _colon, attr = kind.trainer.partition(":")
    try:
        target = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError):
        raise TrainingError(_("this deskdl cannot train a {kind} yet (its trainer {trainer} is missing)")
                            .format(kind=tr("core.kinds", kind.title).lower(), trainer=kind.trainer),
                            _("update deskdl, or pick another kind of project"), kind="settings") from None
    if isinstance(target, type):
        target = target()
    if hasattr(target, "run"):
        return target
    return _FunctionTrainer(target)


def run(job: TrainingJob, reporter: Any = None, control: TrainingControl | None = None) -> TrainingResult:
    """Train ``job`` with its kind's trainer. Never raises for a run's failure."""
    reporter = reporter or NullReporter()
    control = control or TrainingControl()
    try:
        trainer = trainer_for(job.kind)
    except BaseException as err:  # noqa: BLE001 - an unknown kind or a missing trainer: reported
        return failed(job, reporter, err, time.perf_counter())
    return trainer.run(job, reporter, control)


def failed(job: TrainingJob, reporter: Any, err: BaseException, started: float) -> TrainingResult:
    """Report ``err`` (as a learner's :class:`TrainingError`) and return the failed result."""
    error = to_training_error(err)
    result = TrainingResult(status="failed", error=error, duration_s=time.perf_counter() - started,
                            kind=job.kind)
    reporter.run_failed(error)
    return result


def run_safely(job: TrainingJob, reporter: Any, body: Callable[[], TrainingResult]) -> TrainingResult:
    """Run ``body()`` the way every trainer must: a fresh Keras session, failures reported, never raised.

    ``body`` returns the result of a run that ended (finished, stopped, stopped early);
    any exception becomes ``reporter.run_failed(TrainingError)`` plus a failed result.
    A ``TrainingError`` raised by ``body`` keeps its words (a NaN loss with its fix).
    """
    started = time.perf_counter()
    try:
        import keras

        from deskdl.ml.runtime import settle_imports

        settle_imports()
        keras.backend.clear_session(free_memory=True)
        result = body()
        result.kind = job.kind
        reporter.run_finished(result)
        return result
    except BaseException as err:  # noqa: BLE001 - every failure is reported, the app lives on
        if isinstance(err, KeyboardInterrupt):
            raise
        return failed(job, reporter, err, started)


def started_at() -> str:
    """The wall-clock time a run starts, as the run record stores it."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Throttle:
    """Lets batch-rate work through at most once per ``interval`` seconds (scalars, pictures).

    ``due()`` is True the first time and then again once ``interval`` has passed;
    ``due(force=True)`` (the last batch of an epoch, a paused run) always is.
    """

    def __init__(self, interval: float = BATCH_INTERVAL) -> None:
        self.interval = float(interval)
        self._last = -float("inf")

    def due(self, force: bool = False) -> bool:
        """Whether to emit now (and if so, the clock restarts)."""
        now = time.perf_counter()
        if force or now - self._last >= self.interval:
            self._last = now
            return True
        return False


def emit(reporter: Any, event: Any) -> None:
    """``reporter.emit(event)``, for reporters that predate typed events too (they ignore it)."""
    fn = getattr(reporter, "emit", None)
    if fn is not None:
        fn(event)


__all__ = ["Throttle", "Trainer", "emit", "failed", "run", "run_safely", "started_at", "trainer_for"]
