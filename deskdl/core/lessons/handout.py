"""A teacher's hand-out: one file that holds a lesson and the project files it opens.

A hand-out is a zip file (``.deskdl-lesson``) holding

* ``handout.json``: format and version, when it was made, the lesson's id and title, the
  teacher's name and the deskdl version that wrote it;
* ``lesson/<id>.toml``: the lesson file (its locked and hidden controls included), with its
  translations (``lesson/<id>.vi.toml``);
* ``lesson/...``: every project file the lesson opens, under the same relative names the
  lesson uses, so it opens on the learner's computer exactly as on the teacher's.

A teacher hands out a lesson of the course or one of their own (:func:`write_handout`), or
the open project as a one-step lesson with the controls they lock or hide
(:func:`write_project_handout`). The learner's app unpacks it into its data folder
(:func:`install_handout`) and opens it like any lesson; the learner's progress is kept under
the lesson's id, so opening the file again goes on where they left it.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from deskdl import __version__
from deskdl.core.i18n import N_, translator
from deskdl.core.lessons.controls import CONTROLS
from deskdl.core.lessons.model import Lesson, LessonError

_ = translator("core.lessons.handout")

FORMAT = "deskdl-lesson"
VERSION = 1
SUFFIX = ".deskdl-lesson"
#: A hand-out larger than this unpacked is refused (a zip bomb, or not a hand-out at all).
MAX_BYTES = 500_000_000
#: The folder (under the user's data folder) hand-outs are unpacked into, one sub-folder per lesson.
FOLDER = "handouts"
_ID_RE = re.compile(r"^[A-Za-z0-9_-]+$")


def _project_files(lesson: Lesson) -> dict[str, Path]:
    """Name in the hand-out (relative to the lesson's folder) -> file, for every project the lesson opens."""
    folder = lesson.folder
    out: dict[str, Path] = {}
    wanted: list[tuple[str, str]] = []
    if lesson.project is not None:
        wanted.append(("project", str(lesson.project)))
    for step in lesson.steps:
        for action in (*step.actions, *step.show_me):
            if action.op == "open_project":
                wanted.append((f'step {step.number} ("{step.title}")', str(action.get("file"))))
    for where, name in wanted:
        path = Path(name)
        if not path.is_absolute() and folder is not None:
            path = folder / path
        try:
            rel = path.resolve().relative_to(folder.resolve()) if folder is not None else None
        except ValueError:
            rel = None
        if rel is None:
            problem = _("{file}: {where} opens {name}, which is not in the lesson's folder, so it cannot go "
                        "into the hand-out").format(file=lesson.path, where=where, name=name)
            fix = _("copy the project file beside the lesson and name it by its file name")
            raise LessonError(problem, fix)
        out[rel.as_posix()] = path
    return out


def write_handout(target: str | Path, lesson: Lesson, teacher: str = "") -> Path:
    """Write ``lesson`` (a lesson read from its file) and its project files as one hand-out file."""
    if lesson.path is None or not lesson.path.is_file():
        raise LessonError(_("lesson {id}: its file is not on disk, so it cannot be handed out").format(
            id=lesson.id))
    target = Path(target)
    from deskdl.core.lessons.loader import translation_files

    files = {f"lesson/{lesson.id}.toml": lesson.path}
    files.update({f"lesson/{f.name}": f for f in translation_files(lesson.path).values()})
    files.update({f"lesson/{name}": path for name, path in _project_files(lesson).items()})
    doc = {"format": FORMAT, "version": VERSION,
           "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
           "lesson": lesson.id, "title": lesson.title, "teacher": teacher, "deskdl": __version__}
    from deskdl.core.lessons.bundle import write_zip

    return write_zip(target, {"handout.json": json.dumps(doc, indent=2) + "\n"}, files, "hand-out")


# ---------------------------------------------------------------- a project as a lesson
def lesson_id_for(title: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A lesson id made from ``title`` (letters, digits, ``_``), not one of ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:40] or "handout"
    lesson_id, n = base, 2
    while lesson_id in taken:
        lesson_id, n = f"{base}_{n}", n + 1
    return lesson_id


def _toml_text(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def project_lesson_toml(title: str, text: str, project_file: str, *, task: str = "",
                        lock: list[str] | tuple[str, ...] = (), hide: list[str] | tuple[str, ...] = (),
                        min_test_accuracy: float | None = None) -> str:
    """The TOML of a one-step lesson that opens ``project_file`` with these controls locked and hidden.

    With ``min_test_accuracy`` (0..1) the step is done when a run reaches that test accuracy;
    without it the step is one to read and work on (Finish closes it).
    """
    unknown = [c for c in (*lock, *hide) if c not in CONTROLS]
    if unknown:
        raise LessonError(_("not controls a lesson can lock or hide: {ids}").format(ids=", ".join(unknown)))
    lines = [f"title = {_toml_text(title.strip() or 'Exercise')}",
             f"project = {_toml_text(project_file)}"]
    first = text.strip().split("\n\n")[0].replace("\n", " ").strip()
    if first:  # the browser shows it under the title
        lines.append(f"summary = {_toml_text(first if len(first) <= 200 else first[:199].rstrip() + '…')}")
    if lock:
        lines.append(f"lock = [{', '.join(_toml_text(c) for c in lock)}]")
    if hide:
        lines.append(f"hide = [{', '.join(_toml_text(c) for c in hide)}]")
    lines += ["", "[[steps]]", 'id = "task"', 'title = "What to do"',
              f"text = {_toml_text(text.strip() or 'Work on the project as your teacher asked.')}"]
    if task.strip():
        lines.append(f"task = {_toml_text(task.strip())}")
    if min_test_accuracy is not None:
        least = float(min_test_accuracy)
        lines.append(f'check = {{kind = "metric", metric = "test_accuracy", min = {least!r}}}')
    return "\n".join(lines) + "\n"


def write_project_handout(target: str | Path, project: Any, *, title: str, text: str, task: str = "",
                          lock: list[str] | tuple[str, ...] = (), hide: list[str] | tuple[str, ...] = (),
                          min_test_accuracy: float | None = None, teacher: str = "",
                          taken_ids: set[str] | frozenset[str] = frozenset()) -> Path:
    """Hand out ``project`` (a :class:`~deskdl.core.project.Project`) as a one-step lesson.

    The project goes in without its run history (the learner trains it); the lesson is read
    back before the file is written, so a hand-out that would not open is never written.
    """
    from deskdl.core.lessons.loader import load_lesson
    from deskdl.core.project import Project

    lesson_id = lesson_id_for(title, taken_ids)
    copy = Project.from_json(project.to_json(), "the open project")
    copy.runs = []
    with tempfile.TemporaryDirectory(prefix="deskdl-handout-") as tmp:
        folder = Path(tmp)
        project_file = f"{lesson_id}.deskdl"
        (folder / project_file).write_text(copy.to_json(), encoding="utf-8")
        toml = project_lesson_toml(title, text, project_file, task=task, lock=lock, hide=hide,
                                   min_test_accuracy=min_test_accuracy)
        (folder / f"{lesson_id}.toml").write_text(toml, encoding="utf-8")
        lesson = load_lesson(folder / f"{lesson_id}.toml", section=FOLDER)
        return write_handout(target, lesson, teacher)


# ---------------------------------------------------------------- reading
@dataclass
class Handout:
    """A hand-out as read: its ``handout.json`` and the names of its lesson files."""

    doc: dict[str, Any]
    files: list[str]
    path: Path

    @property
    def lesson_id(self) -> str:
        """The lesson's id (its file name without ``.toml``)."""
        return str(self.doc.get("lesson") or "")


def _safe_name(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return (name.startswith("lesson/") and "\\" not in name and ":" not in name and len(parts) >= 2
            and not any(p in ("", ".", "..") or p.startswith(".") for p in parts))


def read_handout(path: str | Path) -> Handout:
    """Read a hand-out's table of contents (raises :class:`LessonError` in one line when it is not one)."""
    path = Path(path)
    if not path.is_file():
        raise LessonError(_("{path}: no such file").format(path=path), _("check the path"))
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if sum(i.file_size for i in zf.infolist()) > MAX_BYTES:
                raise LessonError(_("{path}: the file unpacks to more than 500 MB: it is not a deskdl "
                                    "hand-out").format(path=path))
            if "handout.json" not in names:
                fix = _("open the .deskdl-lesson file your teacher sent")
                if "bundle.json" in names:
                    problem = _("{path}: this is a zip file but not a deskdl lesson hand-out (it is a "
                                "learner's submission bundle: check it with 'deskdl check FILE')")
                    problem = problem.format(path=path)
                    raise LessonError(problem, fix)
                raise LessonError(_("{path}: this is a zip file but not a deskdl lesson hand-out").format(
                    path=path), fix)
            doc = json.loads(zf.read("handout.json").decode("utf-8"))
    except zipfile.BadZipFile:
        problem = _("{path}: is not a deskdl lesson hand-out (not a zip file)").format(path=path)
        raise LessonError(problem) from None
    except (ValueError, UnicodeDecodeError):
        problem = _("{path}: the hand-out's handout.json is damaged (not JSON)").format(path=path)
        raise LessonError(problem) from None
    except OSError as err:
        problem = _("{path}: cannot be read ({reason})").format(path=path, reason=err.strerror or err)
        raise LessonError(problem) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise LessonError(_("{path}: handout.json is not a deskdl hand-out's").format(path=path))
    if not isinstance(doc.get("version"), int) or doc["version"] > VERSION:
        raise LessonError(_("{path}: this hand-out was made by a newer deskdl (version {version})").format(
            path=path, version=doc.get("version")), _("update deskdl to open it"))
    lesson_id = doc.get("lesson")
    if not isinstance(lesson_id, str) or not _ID_RE.fullmatch(lesson_id) \
            or f"lesson/{lesson_id}.toml" not in names:
        raise LessonError(_("{path}: the hand-out holds no lesson file for its lesson {id}").format(
            path=path, id=repr(lesson_id)))
    return Handout(doc, [n for n in names if _safe_name(n)], path)


def handouts_dir() -> Path:
    """Where hand-outs are unpacked: ``<user data folder>/handouts``."""
    from deskdl.paths import user_data_dir

    return user_data_dir() / FOLDER


def install_handout(path: str | Path, root: str | Path | None = None) -> Lesson:
    """Unpack the hand-out ``path`` into ``root/<lesson id>/`` (replacing an older copy) and load its lesson.

    ``root`` defaults to :func:`handouts_dir`. Only plain files under ``lesson/`` are unpacked
    (nothing can land outside the lesson's folder).
    """
    from deskdl.core.lessons.loader import load_lesson

    handout = read_handout(path)
    root = Path(root) if root is not None else handouts_dir()
    folder = root / handout.lesson_id
    staging = root / f".{handout.lesson_id}.new"
    try:
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        with zipfile.ZipFile(handout.path) as zf:
            for name in handout.files:
                if name.endswith("/"):
                    continue
                out = staging.joinpath(*PurePosixPath(name).parts[1:])
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(zf.read(name))
        lesson = load_lesson(staging / f"{handout.lesson_id}.toml", section=FOLDER)  # check before replacing
        del lesson
        shutil.rmtree(folder, ignore_errors=True)
        staging.replace(folder)
    except (OSError, zipfile.BadZipFile) as err:
        shutil.rmtree(staging, ignore_errors=True)
        raise LessonError(_("{path}: the hand-out could not be unpacked into {folder} ({reason})").format(
            path=path, folder=root, reason=getattr(err, "strerror", None) or err)) from None
    except LessonError as err:
        shutil.rmtree(staging, ignore_errors=True)
        raise LessonError(_("{path}: the lesson inside cannot be used: {error}").format(
            path=path, error=err.text)) from None
    return load_lesson(folder / f"{handout.lesson_id}.toml", section=FOLDER)


def unpack_bundle_project(path: str | Path, root: str | Path) -> Path:
    """A learner's bundle's project and trained models, unpacked into ``root/<bundle name>/`` to reproduce.

    Returns the project file (``project.deskdl``); the models sit beside it under the names its
    runs give them, so the app loads the newest trained model as for any saved project.
    """
    from deskdl.core.lessons.bundle import read_bundle

    bundle = read_bundle(path)  # raises LessonError in one line when it is not a bundle
    name = Path(path).name.removesuffix(".deskdl-bundle")
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", name).strip("_") or "bundle"
    folder = Path(root) / stem
    try:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        with zipfile.ZipFile(path) as zf:
            for name in bundle.files:
                base = name.removeprefix("models/")
                if name.startswith("models/") and base and "/" not in base and "\\" not in base \
                        and not base.startswith("."):
                    (folder / base).write_bytes(zf.read(name))
            (folder / "project.deskdl").write_bytes(zf.read("project.deskdl"))
    except (OSError, zipfile.BadZipFile) as err:
        raise LessonError(_("{path}: the bundle could not be unpacked into {folder} ({error})").format(
            path=path, folder=folder, error=getattr(err, "strerror", None) or err)) from None
    return folder / "project.deskdl"


#: The browser's section of the hand-outs a learner opened.
SECTION_TITLE = N_("Handed out by your teacher")


def handouts_section(root: str | Path | None = None, exclude: set[str] | frozenset[str] = frozenset()) -> Any:
    """The hand-outs unpacked under ``root`` (default :func:`handouts_dir`) as a course section, or None.

    A lesson whose id is in ``exclude`` (a course lesson handed out as it is) is left out: the
    course has it already. A copy that cannot be read is skipped.
    """
    from deskdl.core.lessons.loader import load_lesson
    from deskdl.core.lessons.model import Section

    root = Path(root) if root is not None else handouts_dir()
    if not root.is_dir():
        return None
    lessons = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        file = folder / f"{folder.name}.toml"
        if folder.name in exclude or not file.is_file():
            continue
        try:
            lessons.append(load_lesson(file, section=FOLDER))
        except LessonError:
            continue
    if not lessons:
        return None
    lessons.sort(key=lambda x: x.title.lower())
    return Section(FOLDER, _(SECTION_TITLE), -1, tuple(lessons))


def with_handout(course: Any, path: str | Path) -> Any:
    """``course`` with the hand-out's lesson added in front (it wins over a course lesson of the same id).

    For grading (``deskdl check --handout FILE``): the teacher's own copy of the lesson decides, not
    the copy inside a learner's bundle. The lesson is unpacked into a temporary folder; its checks
    need no files.
    """
    from deskdl.core.lessons.loader import Course
    from deskdl.core.lessons.model import Section

    with tempfile.TemporaryDirectory(prefix="deskdl-handout-") as tmp:
        lesson = install_handout(path, tmp)
    from dataclasses import replace

    lesson = replace(lesson, path=None, project=None)
    return Course([Section(FOLDER, "Hand-outs", -1, (lesson,)), *course.sections], list(course.problems))


__all__ = ["FORMAT", "SUFFIX", "Handout", "handouts_dir", "handouts_section", "install_handout",
           "lesson_id_for", "project_lesson_toml", "read_handout", "unpack_bundle_project", "with_handout",
           "write_handout", "write_project_handout"]
