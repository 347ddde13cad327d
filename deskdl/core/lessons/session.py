"""A learner working through one lesson: the current step, ticks, hints, events, resume.

The session holds no project: the GUI (or the headless verifier) owns it and passes
it in. The protocol::

    session = LessonSession(lesson, ProgressStore())   # resumes where the learner left
    project = <perform session.resume_actions()>        # the lesson's project, the step's stage
    session.open_step(session.index, project)          # remembers which runs are old
    ... the learner works; the GUI calls
    session.report("temperature_changed", value=0.5)   # a learner event
    result = session.check(project)                    # on every change: ticks the step when passed
    session.hint()                                     # the next hint, one at a time
    session.show_me()                                  # the actions that do the step
    actions = session.next(project)                    # the next step's stage-setting actions

Progress is saved on every change that matters (a step ticked, a hint shown, a step
opened), so a learner who closes the app resumes on the same step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from deskdl.core.i18n import translator
from deskdl.core.lessons.checks import CheckResult, LearnerEvent, LessonContext, evaluate
from deskdl.core.lessons.model import Action, Lesson, Step
from deskdl.core.lessons.progress import LessonProgress, ProgressStore

_ = translator("core.lessons.session")


class LessonSession:
    """One learner in one lesson (see the module docstring)."""

    def __init__(self, lesson: Lesson, store: ProgressStore | None = None) -> None:
        self.lesson = lesson
        self.store = store
        saved = store.get(lesson.id) if store is not None else LessonProgress()
        ids = [s.id for s in lesson.steps]
        self.index = min(saved.step, len(lesson.steps) - 1)
        self.done: set[str] = {d for d in saved.done if d in ids}
        self.finished = saved.finished
        #: Hints shown on the current step (they stay shown when the learner comes back).
        self.hints_shown = min(saved.hints, len(self.step.hints))
        self.events: list[LearnerEvent] = []
        self.old_runs: frozenset[str] = frozenset()
        self.last_result: CheckResult | None = None
        #: True when stored progress was found (the GUI says "Resume" rather than "Start").
        self.resumed = saved.started
        #: step id -> what was true when the step was ticked in this session (a submission bundle
        #: stores it, so ``deskdl check`` can evaluate the check again on the same evidence).
        self.ticks: dict[str, dict[str, Any]] = {k: v for k, v in saved.ticks.items() if k in ids}

    # ------------------------------------------------------------ reading
    @property
    def step(self) -> Step:
        """The current step."""
        return self.lesson.steps[self.index]

    @property
    def count(self) -> int:
        """How many steps the lesson has."""
        return len(self.lesson.steps)

    def is_done(self, index: int | None = None) -> bool:
        """Whether step ``index`` (default: the current one) is ticked."""
        step = self.lesson.steps[self.index if index is None else index]
        return step.id in self.done

    def visible_hints(self) -> tuple[str, ...]:
        """The hints shown so far on this step."""
        return self.step.hints[: self.hints_shown]

    def locked(self) -> tuple[str, ...]:
        """Control ids locked now."""
        return self.lesson.locked(self.index)

    def hidden(self) -> tuple[str, ...]:
        """Control ids hidden now."""
        return self.lesson.hidden(self.index)

    def highlighted(self) -> tuple[str, ...]:
        """Control ids to highlight now (the step's ``highlight`` list and its ``highlight`` actions)."""
        ids = list(self.step.highlight) + [a.get("control") for a in self.step.actions if a.op == "highlight"]
        return tuple(dict.fromkeys(ids))

    def progress(self) -> LessonProgress:
        """The progress as the store keeps it."""
        order = [s.id for s in self.lesson.steps if s.id in self.done]
        return LessonProgress(step=self.index, done=order, hints=self.hints_shown, finished=self.finished,
                              ticks=dict(self.ticks))

    # ------------------------------------------------------------ steps
    def resume_actions(self) -> tuple[Action, ...]:
        """Open the lesson's project, then set the current step's stage."""
        return (*self.lesson.start_actions(), *self.step.actions)

    def open_step(self, index: int, project: Any = None,
                  runs: Sequence[Mapping[str, Any]] | None = None) -> tuple[Action, ...]:
        """Make step ``index`` current; returns its stage-setting actions for the caller to perform.

        The runs the project has now (or ``runs``) become "old": the step's run checks
        wait for a new one. Learner events start afresh.
        """
        if not 0 <= index < self.count:
            raise IndexError(f"lesson {self.lesson.id} has steps 1 to {self.count}, not {index + 1}")
        if index != self.index:
            self.hints_shown = 0
        self.index = index
        self.mark_runs_old(project, runs)
        self.events = []
        self.last_result = None
        self._save()
        return self.step.actions

    def mark_runs_old(self, project: Any = None, runs: Sequence[Mapping[str, Any]] | None = None) -> None:
        """Count every run existing now as made before this step (the caller opened a new project)."""
        runs = runs if runs is not None else (getattr(project, "runs", None) or [])
        self.old_runs = frozenset(str(r.get("id", "")) for r in runs)

    def next(self, project: Any = None) -> tuple[Action, ...] | None:
        """Go to the next step (a step without a check is ticked as read); None after the last step."""
        if self.step.check is None:
            self.done.add(self.step.id)
        if self.index + 1 >= self.count:
            self.finished = self.finished or all(s.id in self.done for s in self.lesson.steps)
            self._save()
            return None
        return self.open_step(self.index + 1, project)

    def back(self, project: Any = None) -> tuple[Action, ...] | None:
        """Go to the previous step (None on the first)."""
        if self.index == 0:
            return None
        return self.open_step(self.index - 1, project)

    # ------------------------------------------------------------ the learner
    def report(self, name: str, **data: Any) -> None:
        """A learner event from the GUI (see ``controls.EVENTS``)."""
        self.events.append(LearnerEvent(name, dict(data)))

    def hint(self) -> str | None:
        """The next hint of this step (None when all are shown)."""
        if self.hints_shown >= len(self.step.hints):
            return None
        self.hints_shown += 1
        self._save()
        return self.step.hints[self.hints_shown - 1]

    def show_me(self) -> tuple[Action, ...]:
        """The actions that do the current step (the GUI performs them; ``train`` trains)."""
        return self.step.show_me

    def context(self, project: Any, runs: Sequence[Mapping[str, Any]] | None = None) -> LessonContext:
        """What the current step's check reads."""
        return LessonContext(project=project, runs=runs, events=tuple(self.events), old_runs=self.old_runs)

    def check(self, project: Any, runs: Sequence[Mapping[str, Any]] | None = None) -> CheckResult:
        """Evaluate the current step's check; a pass ticks the step (and is saved). Ticks stay ticked."""
        check = self.step.check
        if check is None:
            result = CheckResult(True, _("Read this step, then go on."), "")
        else:
            result = evaluate(check, self.context(project, runs))
        self.last_result = result
        if result.passed and check is not None and self.step.id not in self.ticks:
            self.ticks[self.step.id] = self._evidence(project, runs, result)
        if result.passed and check is not None and self.step.id not in self.done:
            self.done.add(self.step.id)
            if all(s.id in self.done or s.check is None for s in self.lesson.steps):
                self.finished = True  # also when the last step to tick was an earlier one
            self._save()
        return result

    def _evidence(self, project: Any, runs: Sequence[Mapping[str, Any]] | None,
                  result: CheckResult) -> dict[str, Any]:
        """The project's state, the runs and events a passing check saw (JSON-ready)."""
        to_dict = getattr(project, "to_dict", None)
        snapshot = to_dict() if callable(to_dict) else None
        if isinstance(snapshot, dict):
            snapshot.pop("runs", None)  # the runs are kept once, in the bundle's project
        all_runs = runs if runs is not None else (getattr(project, "runs", None) or [])
        return {"project": snapshot, "runs": [str(r.get("id", "")) for r in all_runs],
                "old_runs": sorted(self.old_runs), "events": [{"name": e.name, "data": dict(e.data)}
                                                             for e in self.events],
                "text": result.text, "detail": result.detail}

    def restart(self) -> tuple[Action, ...]:
        """Start the lesson over (progress forgotten); returns the actions that open it."""
        self.done.clear()
        self.ticks.clear()
        self.finished = False
        self.index = 0
        self.hints_shown = 0
        self.events = []
        self.resumed = False
        self._save()
        return (*self.lesson.start_actions(), *self.step.actions)

    def _save(self) -> None:
        if self.store is not None:
            self.store.put(self.lesson.id, self.progress())
