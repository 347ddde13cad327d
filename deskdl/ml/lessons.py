"""Lessons headless: "Show me" with real training, and ``deskdl lessons --verify``.

The core (:mod:`deskdl.core.lessons`) does every project edit of a lesson; this module
adds the one thing the core cannot do, the ``train`` action, through the project
kind's own trainer (:func:`deskdl.ml.trainers.run`, the same path as the Train tab
and ``deskdl train``), and appends the run's record to ``project.runs`` as the app
does. :func:`verify_lesson` plays a lesson from its start: for every step it performs
the step's actions and its "show me", then evaluates its check; the first step whose
check does not pass fails the lesson, with the check's goal and what was found. A check that
already passes before its "show me" fails too: the learner would get the tick for nothing.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from deskdl.core.errors import DeskdlError
from deskdl.core.events import GradientNorms
from deskdl.core.i18n import translator
from deskdl.core.lessons import Action, Lesson, LessonError, LessonSession, apply_action, evaluate
from deskdl.core.lessons.checks import run_evidence

_ = translator("ml.lessons")


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of playing one lesson's reference solution."""

    lesson: Lesson
    passed: bool
    #: 1-based number of the step that failed (0: none; also 0 when the lesson could not start).
    step: int = 0
    message: str = ""
    seconds: float = 0.0
    runs: int = 0
    #: The project as the reference solution left it (its runs included).
    project: Any = None
    #: The session that played it (its ticks are the evidence a submission bundle stores).
    session: Any = None

    def line(self) -> str:
        """One line for the terminal: ``PASS id (n steps, t s)`` or ``FAIL id: step k ("title"): why``."""
        if self.passed:
            n = len(self.lesson.steps)
            return _("PASS {id} ({n} steps, {runs} runs, {seconds} s)").format(
                id=self.lesson.id, n=n, runs=self.runs, seconds=f"{self.seconds:.1f}")
        if not self.step:
            return _("FAIL {id}: {why}").format(id=self.lesson.id, why=self.message)
        title = self.lesson.steps[self.step - 1].title
        if title:
            return _('FAIL {id}: step {n} ("{title}"): {why}').format(
                id=self.lesson.id, n=self.step, title=title, why=self.message)
        return _("FAIL {id}: step {n}: {why}").format(id=self.lesson.id, n=self.step, why=self.message)


def record_of(result: Any) -> dict[str, Any]:
    """The run record of a trainer's result, with ``error`` (kind and text) when the run failed.

    ``error.kind`` (``nan``, ``exploding``, ``data``, ...) is what the ``diverged`` check reads.
    """
    record = dict(result.record or {})
    if not record:
        from deskdl.core.history import RunRecord

        record = RunRecord(id="", status=result.status, epochs_run=result.epochs_run,
                           history={k: list(v) for k, v in result.history.items()},
                           final=dict(result.final), test=dict(result.test), kind=result.kind).to_dict()
    if result.error is not None:
        record["error"] = {"kind": getattr(result.error, "kind", "error"), "text": result.error.text}
    return record


class _Watch:
    """A reporter that keeps what the doctor reads besides the curves (the rest it ignores).

    That is the last Inspect statistics (dead ReLUs), the last gradient norms and the class
    counts of the run's start, as the window's Doctor box gets them.
    """

    def __init__(self) -> None:
        self.activations: Any = None
        self.gradients: Any = None
        self.class_counts: Any = None

    def run_started(self, info: Mapping[str, Any]) -> None:
        self.class_counts = info.get("class_counts")

    def probe(self, payload: Mapping[str, Any]) -> None:
        if payload.get("kind") == "inspect" and payload.get("activations"):
            self.activations = payload["activations"]

    def emit(self, event: Any) -> None:
        if isinstance(event, GradientNorms):
            self.gradients = event.as_dict()

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *a, **k: None


def train_project(project: Any, epochs: int | None = None, inspect: bool = True) -> dict[str, Any]:
    """Train ``project`` once with its own settings (``epochs`` overrides); returns the stored record.

    The record is appended to ``project.runs`` with a new id, as the app does after a run.
    A failed run (NaN loss, a bad data set) is recorded too: a lesson may want it to fail.
    ``inspect=False`` skips Inspect's snapshots and gradient norms (the record gets no
    ``evidence``): they are measured in inference mode, so the training itself is the same, only
    faster (about a third less for a big model such as MobileNetV3Small).
    """
    from deskdl.core.history import append_run, next_run_id
    from deskdl.logsetup import import_tensorflow_quietly

    import_tensorflow_quietly()
    from deskdl.ml import datasets
    from deskdl.ml.trainers import run as run_trainer
    from deskdl.ml.training import TrainingControl, TrainingJob

    overrides = {"epochs": int(epochs)} if epochs else {}
    try:
        bundle = datasets.load_config(project.data)
    except DeskdlError as err:
        raise LessonError(_("train: {text}").format(text=err.text)) from None
    # Inspect's snapshots on, as in the window: the doctor check reads dead ReLUs and gradient norms.
    job = TrainingJob.from_project(project, bundle=bundle, keep_model=False, inspect_every_epoch=inspect,
                                   **overrides)
    watch = _Watch()
    result = run_trainer(job, watch, TrainingControl())
    record = record_of(result)
    evidence = run_evidence(watch.activations, watch.gradients, watch.class_counts)
    if evidence:
        record["evidence"] = evidence
    record["id"] = next_run_id(project.runs)
    project.runs = append_run(project.runs, record)
    return project.runs[-1]


def perform(action: Action, project: Any, lesson: Lesson, session: LessonSession | None = None,
            train: Callable[[Any, int | None], Mapping[str, Any]] = train_project) -> Any:
    """Do one action headless: project edits in the core, ``train`` here, ``event`` to the session."""
    if action.op == "train":
        if project is None:
            raise LessonError(_("train: no project is open"))
        train(project, action.get("epochs"))
        return project
    if action.op == "event":
        if session is not None:
            session.report(action.get("name"), **dict(action.get("data") or {}))
        return project
    return apply_action(action, project, lesson.folder)


def reads_evidence(lesson: Lesson) -> bool:
    """Whether a check of ``lesson`` reads what Inspect measured during a run (the ``doctor`` check)."""
    def uses(check: Any) -> bool:
        return check is not None and (check.kind == "doctor" or any(uses(c) for c in check.checks))

    return any(uses(step.check) for step in lesson.steps)


def verify_lesson(lesson: Lesson, train: Callable[[Any, int | None], Mapping[str, Any]] = train_project,
                  ) -> VerifyResult:
    """Play ``lesson``'s reference solution: every step's actions and "show me", then its check.

    Inspect's snapshots are taken only when a check reads them (the doctor's evidence).
    """
    started = time.perf_counter()
    if train is train_project and not reads_evidence(lesson):
        train = functools.partial(train_project, inspect=False)
    session = LessonSession(lesson)  # no store: verifying never touches a learner's progress
    project = None
    trained: list[Mapping[str, Any]] = []  # every run, also those of a project opened later on

    def counted(p: Any, epochs: int | None) -> Mapping[str, Any]:
        record = train(p, epochs)
        trained.append(record)
        return record

    def done(passed: bool, step: int = 0, message: str = "") -> VerifyResult:
        return VerifyResult(lesson, passed, step, message, time.perf_counter() - started, len(trained),
                            project, session)

    try:
        for action in lesson.start_actions():
            project = perform(action, project, lesson, session, counted)
    except LessonError as err:
        return done(False, 0, _("the lesson cannot start: {text}").format(text=err.text))
    for i, step in enumerate(lesson.steps):
        session.open_step(i, project)
        try:
            for number, action in enumerate((*step.actions, *step.show_me)):
                if number == len(step.actions) and step.check is not None and step.show_me:
                    if evaluate(step.check, session.context(project)).passed:  # a tick for nothing
                        return done(False, i + 1, _("the check passes before 'show me', so the step is "
                                                    "done before the learner does anything: make the check "
                                                    "ask for what the step teaches"))
                before = project
                project = perform(action, project, lesson, session, counted)
                if project is not before:  # a newly opened project: the runs it came with are old
                    session.mark_runs_old(project)
        except LessonError as err:
            return done(False, i + 1, _("show me could not be done: {text}").format(text=err.text))
        result = session.check(project)
        if not result.passed:
            return done(False, i + 1, _("the check does not pass: {text}").format(
                text=f"{result.text} {result.detail}".strip()))
    return done(True)


__all__ = ["VerifyResult", "perform", "reads_evidence", "record_of", "train_project", "verify_lesson"]
