"""A learner's submission bundle: one file a teacher can grade and reproduce.

A bundle is a zip file (``.deskdl-bundle``) holding

* ``bundle.json``: format and version, when it was made, the learner's name, the lesson's
  id, the seed, the versions of deskdl, Keras, TensorFlow and Python, and for every step of
  the lesson its check result and the evidence it was decided on (the project as it was when
  the step was ticked, the ids of the runs that existed, the learner events);
* ``project.deskdl``: the project with its whole run history (every run's settings, curves,
  final and test metrics);
* ``models/...``: the trained model files the runs name (plain ``.keras`` files);
* ``lesson/...``: the lesson file, its translations and the project files beside it, so the bundle can be
  checked where the lesson is not installed.

:func:`check_bundle` evaluates every step's check again on the evidence in the bundle and
says, step by step, whether the recorded result holds. It never imports Keras: grading
many bundles from a script is quick.
"""

from __future__ import annotations

import contextlib
import json
import platform
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from deskdl import __version__
from deskdl.core.errors import DeskdlError
from deskdl.core.history import _clean
from deskdl.core.i18n import N_, translator
from deskdl.core.lessons.checks import CheckResult, LearnerEvent, LessonContext, evaluate
from deskdl.core.lessons.model import Lesson, LessonError
from deskdl.core.project import Project

_ = translator("core.lessons.bundle")

FORMAT = "deskdl-bundle"
VERSION = 1
SUFFIX = ".deskdl-bundle"
#: The files write_zip writes, as its messages name them.
_WHAT = {"bundle": N_("bundle"), "hand-out": N_("hand-out")}
#: A bundle larger than this is refused on reading (a zip bomb, or not a bundle at all).
MAX_BYTES = 2_000_000_000


def package_version(name: str) -> str | None:
    """The installed version of a distribution, read from its metadata (the package is not imported)."""
    from importlib import metadata

    for dist in (name, f"{name}-cpu"):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return None


def versions() -> dict[str, str | None]:
    """deskdl, Keras, TensorFlow and Python versions of this installation."""
    return {"deskdl": __version__, "keras": package_version("keras"),
            "tensorflow": package_version("tensorflow"), "python": platform.python_version()}


def _model_files(project: Project) -> dict[str, Path]:
    """Name in the bundle -> file on disk, for every trained model a run names that exists."""
    folder = project.path.parent if project.path is not None else None
    out: dict[str, Path] = {}
    if folder is None:
        return out
    for run in project.runs:
        names = [run.get("model_file")] + list((run.get("model_files") or {}).values())
        for name in names:
            if isinstance(name, str) and name and Path(name).name == name and (folder / name).is_file():
                out[f"models/{name}"] = folder / name
    return out


def write_bundle(target: str | Path, project: Project, *, lesson: Lesson | None = None, session: Any = None,
                 learner: str = "", models: dict[str, Path] | None = None) -> Path:
    """Write a bundle of ``project`` (and ``lesson`` with the ``session``'s results) to ``target``.

    ``models`` adds trained model files (name in the bundle -> path); the files the
    project's runs name beside the project file are added by themselves.
    """
    target = Path(target)
    if lesson is None and session is not None:
        lesson = session.lesson
    steps = []
    ticks = getattr(session, "ticks", {}) or {}
    done = getattr(session, "done", set()) or set()
    for step in (lesson.steps if lesson is not None else ()):
        entry: dict[str, Any] = {"id": step.id, "number": step.number, "title": step.title,
                                 "done": step.id in done, "has_check": step.check is not None}
        if step.id in ticks:
            entry["evidence"] = ticks[step.id]
        steps.append(entry)
    doc = {
        "format": FORMAT, "version": VERSION,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "learner": learner, "lesson": lesson.id if lesson is not None else None,
        "project_name": project.name, "seed": project.training.get("seed"), "versions": versions(),
        "steps": steps, "finished": bool(getattr(session, "finished", False)),
    }
    files = dict(_model_files(project))
    files.update({f"models/{Path(k).name}" if not k.startswith("models/") else k: Path(v)
                  for k, v in (models or {}).items()})
    lesson_files: dict[str, Path] = {}
    if lesson is not None and lesson.path is not None:
        lesson_files[f"lesson/{lesson.path.name}"] = lesson.path
        from deskdl.core.lessons.loader import translation_files

        lesson_files.update({f"lesson/{f.name}": f for f in translation_files(lesson.path).values()})
        if lesson.project is not None:
            lesson_files[f"lesson/{lesson.project.name}"] = lesson.project
        for step in lesson.steps:
            for action in (*step.actions, *step.show_me):
                if action.op == "open_project" and lesson.folder is not None:
                    path = lesson.folder / action.get("file")
                    try:  # under the name the lesson uses, so the copy in the bundle finds it again
                        name = path.resolve().relative_to(lesson.folder.resolve()).as_posix()
                    except ValueError:
                        name = path.name
                    lesson_files[f"lesson/{name}"] = path
    texts = {"bundle.json": json.dumps(_clean(doc), indent=2, allow_nan=False) + "\n",
             "project.deskdl": project.to_json()}
    return write_zip(target, texts, {**files, **lesson_files}, "bundle")


def write_zip(target: Path, texts: dict[str, str], files: dict[str, Path], what: str) -> Path:
    """Write a zip of ``texts`` (name -> text) and ``files`` (name -> path) whole or not at all.

    It is written beside ``target`` and renamed over it only once complete; ``what`` names the file
    in the message when that fails ("the bundle could not be written ...").
    """
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)  # a file in the way is said like any failure
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, text in texts.items():
                zf.writestr(name, text)
            for name, path in files.items():
                zf.write(path, name)
        tmp.replace(target)
    except OSError as err:
        with contextlib.suppress(OSError):  # no temporary file where its folder could not be made
            tmp.unlink(missing_ok=True)
        problem = _("{path}: the {what} could not be written ({reason})").format(
            path=target, what=_(_WHAT[what]) if what in _WHAT else what, reason=err.strerror or err)
        raise LessonError(problem, _("choose a folder you may write to")) from None
    return target


# ---------------------------------------------------------------- reading and checking
@dataclass
class Bundle:
    """A bundle as read: its ``bundle.json``, its project, the lesson (if known) and its file names."""

    doc: dict[str, Any]
    project: Project
    lesson: Lesson | None
    files: list[str] = field(default_factory=list)
    path: Path | None = None
    #: Where the lesson came from: "installed" (this deskdl's lesson with the bundle's lesson id,
    #: preferred) or "bundle" (the copy inside the bundle, for lessons not installed here).
    lesson_source: str = ""


def read_bundle(path: str | Path, course: Any = None) -> Bundle:
    """Read a bundle (raises :class:`LessonError` in one line when it is not a usable bundle).

    The lesson is the installed one with the bundle's lesson id (from ``course``, default the
    bundled lessons), so an edited copy inside the bundle cannot change the grading; the copy in
    the bundle is used only for a lesson this deskdl does not have.
    """
    path = Path(path)
    if not path.is_file():
        raise LessonError(_("{path}: no such file").format(path=path), _("check the path"))
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if sum(i.file_size for i in zf.infolist()) > MAX_BYTES:
                raise LessonError(_("{path}: the bundle unpacks to more than 2 GB: it is not a deskdl "
                                    "bundle").format(path=path))
            if "bundle.json" not in names or "project.deskdl" not in names:
                raise LessonError(_("{path}: this is a zip file but not a deskdl bundle (no bundle.json or "
                                    "project.deskdl)").format(path=path),
                                  _("hand in the .deskdl-bundle file the app or "
                                    "'deskdl lessons --verify NAME --bundle FILE' wrote"))
            doc = json.loads(zf.read("bundle.json").decode("utf-8"))
            project_text = zf.read("project.deskdl").decode("utf-8")
            lesson = None
            from deskdl.core.lessons.handout import _safe_name
            from deskdl.core.lessons.loader import translation_language

            toml_names = [n for n in names if _safe_name(n) and n.endswith(".toml") and "/" not in n[7:]
                          and not translation_language(n)]  # lesson/<id>.toml, as unpacked below
            if toml_names:
                with tempfile.TemporaryDirectory(prefix="deskdl-bundle-") as tmp:
                    folder = Path(tmp) / "lesson"
                    for name in names:
                        # plain relative names under lesson/ (a project the lesson opens may sit in a
                        # sub-folder): nothing lands outside the folder
                        if _safe_name(name) and not name.endswith("/"):
                            out = folder.joinpath(*PurePosixPath(name).parts[1:])
                            out.parent.mkdir(parents=True, exist_ok=True)
                            out.write_bytes(zf.read(name))
                    from deskdl.core.lessons.loader import load_lesson

                    lesson = load_lesson(folder / Path(toml_names[0]).name, section="bundle")
                    lesson = _detached(lesson)
    except zipfile.BadZipFile:
        raise LessonError(_("{path}: is not a deskdl bundle (not a zip file)").format(path=path)) from None
    except (ValueError, UnicodeDecodeError):
        problem = _("{path}: the bundle's bundle.json is damaged (not JSON)").format(path=path)
        raise LessonError(problem) from None
    except OSError as err:
        problem = _("{path}: cannot be read ({reason})").format(path=path, reason=err.strerror or err)
        raise LessonError(problem) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise LessonError(_("{path}: bundle.json is not a deskdl bundle's (its format is {format})").format(
            path=path, format=repr(doc.get("format") if isinstance(doc, dict) else None)))
    if not isinstance(doc.get("version"), int) or doc["version"] > VERSION:
        problem = _("{path}: this bundle was made by a newer deskdl (bundle version {version})")
        raise LessonError(problem.format(path=path, version=doc.get("version")),
                          _("update deskdl to check it"))
    try:
        project = Project.from_json(project_text, f"{path}:project.deskdl")
    except DeskdlError as err:
        raise LessonError(err.text) from None
    source = "bundle" if lesson is not None else ""
    if doc.get("lesson"):  # the installed lesson wins: a learner must not grade against an edited copy
        from deskdl.core.lessons.loader import load_course

        installed = (course or load_course()).find(str(doc["lesson"]))
        if installed is not None:
            lesson, source = installed, "installed"
    return Bundle(doc, project, lesson, names, path, source)


def _detached(lesson: Lesson) -> Lesson:
    """The lesson without paths into a temporary folder that is about to go."""
    from dataclasses import replace

    return replace(lesson, path=None, project=None)


@dataclass(frozen=True)
class StepReport:
    """One step of a bundle, checked again."""

    number: int
    title: str
    #: "passed" (the check holds on the bundle's evidence), "failed" (it was recorded done but does
    #: not hold), "not done" (never ticked), "read" (a step without a check).
    state: str
    result: CheckResult | None = None

    def line(self) -> str:
        """``  step 3 ("Title"): passed`` (with why, when it failed)."""
        state = _(STATE_WORDS[self.state]) if self.state in STATE_WORDS else self.state
        head = _('  step {n} ("{title}"): {state}').format(n=self.number, title=self.title, state=state)
        if self.state == "failed" and self.result is not None:
            head += f": {self.result.text} {self.result.detail}".rstrip()
        return head


#: A step's state as a report line writes it.
STATE_WORDS = {"passed": N_("passed"), "failed": N_("failed"), "not done": N_("not done"), "read": N_("read")}


@dataclass
class BundleReport:
    """A bundle checked again: one report per step, and what the bundle says about itself."""

    bundle: Bundle
    steps: list[StepReport] = field(default_factory=list)

    @property
    def passed(self) -> int:
        """Steps whose check holds (steps to read count when the learner went past them)."""
        return sum(1 for s in self.steps if s.state in ("passed", "read"))

    @property
    def ok(self) -> bool:
        """Every step done and confirmed."""
        return bool(self.steps) and self.passed == len(self.steps)

    def lines(self) -> list[str]:
        """A heading line and one line per step."""
        doc = self.bundle.doc
        v = doc.get("versions") or {}
        lesson = self.bundle.lesson
        if lesson is None:
            title = _("no lesson")
        elif self.bundle.lesson_source == "bundle":
            title = _("lesson {id} (the copy in the bundle: not installed here)").format(id=lesson.id)
        else:
            title = _("lesson {id}").format(id=lesson.id)
        head = _("{path}: {lesson}, learner {learner}: {passed} of {total} steps pass (seed {seed}, deskdl "
                 "{deskdl}, Keras {keras}, TensorFlow {tensorflow}, {runs} runs)").format(
            path=self.bundle.path, lesson=title, learner=doc.get("learner") or "?", passed=self.passed,
            total=len(self.steps), seed=doc.get("seed"), deskdl=v.get("deskdl"), keras=v.get("keras"),
            tensorflow=v.get("tensorflow"), runs=len(self.bundle.project.runs))
        return [head, *(s.line() for s in self.steps)]


def check_bundle(path: str | Path, course: Any = None) -> BundleReport:
    """Evaluate every step's check again on the evidence the bundle holds (no Keras needed)."""
    bundle = read_bundle(path, course)
    report = BundleReport(bundle)
    if bundle.lesson is None:
        raise LessonError(_("{path}: the bundle names no lesson this deskdl knows ({lesson})").format(
            path=path, lesson=repr(bundle.doc.get("lesson"))),
            _("install the lesson, or make the bundle again with the lesson inside"))
    recorded = {s.get("id"): s for s in bundle.doc.get("steps") or [] if isinstance(s, dict)}
    runs_by_id = {str(r.get("id", "")): r for r in bundle.project.runs}
    for step in bundle.lesson.steps:
        entry = recorded.get(step.id) or {}
        if step.check is None:
            state = "read" if entry.get("done") else "not done"
            report.steps.append(StepReport(step.number, step.title, state))
            continue
        evidence = entry.get("evidence")
        if not isinstance(evidence, dict):
            report.steps.append(StepReport(step.number, step.title, "not done"))
            continue
        try:
            project = Project.from_dict(evidence["project"]) if evidence.get("project") else bundle.project
        except (DeskdlError, KeyError, TypeError):
            project = bundle.project
        runs = [runs_by_id[r] for r in evidence.get("runs") or [] if r in runs_by_id]
        events = [LearnerEvent(str(e.get("name")), dict(e.get("data") or {}))
                  for e in evidence.get("events") or [] if isinstance(e, dict)]
        ctx = LessonContext(project=project, runs=runs, events=events,
                            old_runs=frozenset(str(r) for r in evidence.get("old_runs") or []))
        result = evaluate(step.check, ctx)
        state = "passed" if result.passed else "failed"
        report.steps.append(StepReport(step.number, step.title, state, result))
    return report


__all__ = ["Bundle", "BundleReport", "FORMAT", "SUFFIX", "StepReport", "check_bundle", "read_bundle",
           "versions", "write_bundle"]
