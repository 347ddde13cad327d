"""Each learner's progress through the lessons: a small JSON file in the user's config folder.

``lessons_progress.json`` sits in the user's data folder (:func:`deskdl.paths.user_data_dir`, the
app's own data folder; ``DESKDL_DATA_DIR`` moves it). It holds one entry per learner name (a shared lab
login can have several learners; the default learner is ``"default"``), and per lesson
the current step, the steps done, the hints shown on the current step and whether the
lesson is finished::

    {"version": 1, "learners": {"default": {"lessons": {"lr_basics": {
        "step": 2, "done": ["step-1", "step-2"], "hints": 1, "finished": false,
        "updated": "2026-12-04T21:40:00+00:00"}}}}}

Writes are atomic; a missing or damaged file reads as "nothing done yet" (progress must
never keep the app from starting). Steps are stored by id, so a teacher who inserts a
step later does not shift everybody's ticks.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from deskdl.core.history import _clean
from deskdl.core.project import atomic_write_text

FILE_NAME = "lessons_progress.json"
VERSION = 1
DEFAULT_LEARNER = "default"


@dataclass
class LessonProgress:
    """Where one learner is in one lesson."""

    step: int = 0
    done: list[str] = field(default_factory=list)
    hints: int = 0
    finished: bool = False
    updated: str = ""
    #: step id -> the evidence its check passed on (:attr:`LessonSession.ticks`; a bundle hands it in).
    ticks: dict[str, Any] = field(default_factory=dict)

    @property
    def started(self) -> bool:
        """Whether the learner has opened the lesson before (and done or seen anything)."""
        return bool(self.done or self.step or self.finished)

    def to_dict(self) -> dict[str, Any]:
        """As stored."""
        return {"step": self.step, "done": list(self.done), "hints": self.hints, "finished": self.finished,
                "updated": self.updated, "ticks": dict(self.ticks)}

    @classmethod
    def from_dict(cls, doc: Any) -> LessonProgress:
        """From a stored entry; wrong types read as defaults."""
        if not isinstance(doc, Mapping):
            return cls()
        step, hints = doc.get("step", 0), doc.get("hints", 0)
        done = doc.get("done", [])
        return cls(
            step=step if isinstance(step, int) and not isinstance(step, bool) and step >= 0 else 0,
            done=[d for d in done if isinstance(d, str)] if isinstance(done, list) else [],
            hints=hints if isinstance(hints, int) and not isinstance(hints, bool) and hints >= 0 else 0,
            finished=doc.get("finished") is True,
            updated=doc.get("updated") if isinstance(doc.get("updated"), str) else "",
            ticks={str(k): v for k, v in doc["ticks"].items() if isinstance(v, dict)}
            if isinstance(doc.get("ticks"), dict) else {},
        )


def default_path() -> Path:
    """``lessons_progress.json`` in the user's deskdl data folder (``DESKDL_DATA_DIR`` moves it)."""
    from deskdl.paths import user_data_dir

    return user_data_dir() / FILE_NAME


class ProgressStore:
    """Reads and writes the progress file for one learner (``path=None``: the default place)."""

    def __init__(self, path: str | Path | None = None, learner: str = DEFAULT_LEARNER) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.learner = learner or DEFAULT_LEARNER

    def _read(self) -> dict[str, Any]:
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return {"version": VERSION, "learners": {}}
        if not isinstance(doc, dict) or not isinstance(doc.get("learners"), dict):
            return {"version": VERSION, "learners": {}}
        return doc

    def learners(self) -> list[str]:
        """The learner names that have progress stored."""
        return sorted(self._read()["learners"])

    def all(self) -> dict[str, LessonProgress]:
        """Lesson id -> progress for this learner."""
        entry = self._read()["learners"].get(self.learner)
        lessons = entry.get("lessons") if isinstance(entry, dict) else None
        if not isinstance(lessons, dict):
            return {}
        return {str(k): LessonProgress.from_dict(v) for k, v in lessons.items()}

    def get(self, lesson_id: str) -> LessonProgress:
        """The learner's progress in ``lesson_id`` (not started: a fresh one)."""
        return self.all().get(lesson_id, LessonProgress())

    def put(self, lesson_id: str, progress: LessonProgress) -> None:
        """Store ``progress`` (raises ``ProjectError`` when the file cannot be written)."""
        doc = self._read()
        progress.updated = datetime.now(timezone.utc).isoformat(timespec="seconds")
        learner = doc["learners"].setdefault(self.learner, {})
        if not isinstance(learner, dict):
            learner = doc["learners"][self.learner] = {}
        lessons = learner.setdefault("lessons", {})
        if not isinstance(lessons, dict):
            lessons = learner["lessons"] = {}
        lessons[lesson_id] = progress.to_dict()
        doc["version"] = VERSION
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, json.dumps(_clean(doc), indent=2) + "\n")

    def reset(self, lesson_id: str) -> None:
        """Forget this learner's progress in ``lesson_id``."""
        doc = self._read()
        lessons = (doc["learners"].get(self.learner) or {}).get("lessons")
        if isinstance(lessons, dict) and lesson_id in lessons:
            del lessons[lesson_id]
            atomic_write_text(self.path, json.dumps(_clean(doc), indent=2) + "\n")
