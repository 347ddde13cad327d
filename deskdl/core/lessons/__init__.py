"""Lessons: guided, auto-checked steps written by teachers as TOML files (issue 15).

Pure Python (no Qt, no Keras). The parts:

* :mod:`.model`: :class:`Lesson`, :class:`Step`, :class:`Action`, :class:`Check`, and the
  schema tables :data:`ACTION_OPS` and :data:`CHECK_KINDS`;
* :mod:`.loader`: :func:`load_lesson`, :func:`load_course` (TOML files under
  ``resources/lessons/<section>/``), with messages that name the file, step and field;
* :mod:`.checks`: :func:`evaluate` a check against a :class:`LessonContext`;
* :mod:`.actions`: :func:`apply_action`, the project edits of "Show me", headless;
* :mod:`.session`: :class:`LessonSession`, a learner in a lesson (step, ticks, hints, events);
* :mod:`.progress`: :class:`ProgressStore`, each learner's progress as JSON;
* :mod:`.controls`: the control ids, tabs and learner events a lesson may name.

Training ("train" actions) and ``deskdl lessons --verify`` live in :mod:`deskdl.ml.lessons`.
"""

from deskdl.core.lessons.actions import apply_action, start_project
from deskdl.core.lessons.checks import CheckResult, LearnerEvent, LessonContext, evaluate
from deskdl.core.lessons.controls import CONTROLS, EVENTS, TABS
from deskdl.core.lessons.loader import Course, lessons_dir, load_course, load_lesson
from deskdl.core.lessons.model import (
    ACTION_OPS,
    CHECK_KINDS,
    GUI_OPS,
    PROJECT_OPS,
    Action,
    Check,
    Lesson,
    LessonError,
    Section,
    Step,
)
from deskdl.core.lessons.progress import LessonProgress, ProgressStore
from deskdl.core.lessons.session import LessonSession

__all__ = ["ACTION_OPS", "CHECK_KINDS", "CONTROLS", "EVENTS", "GUI_OPS", "PROJECT_OPS", "TABS", "Action",
           "Check", "CheckResult", "Course", "LearnerEvent", "Lesson", "LessonContext", "LessonError",
           "LessonProgress", "LessonSession", "ProgressStore", "Section", "Step", "apply_action", "evaluate",
           "lessons_dir", "load_course", "load_lesson", "start_project"]
