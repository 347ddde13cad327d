"""Read lesson files (TOML) with a schema check that names the file, the step and the field.

Lessons live in ``resources/lessons/<section>/<id>.toml``; a section folder may hold
``section.toml`` with its ``title`` and ``order``. A teacher's mistake never gives a
traceback: :class:`LessonError` says, in one line, where and what, and how to fix it,
e.g. ``lr.toml: step 3 ("Too large"): check.kind 'metrc' is not a check kind: use one
of all, any, ...``. The format is documented in ``resources/lessons/README.md``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from deskdl.core import catalog
from deskdl.core.i18n import DEFAULT_LANGUAGE, language
from deskdl.core.lessons.controls import CONTROLS, EVENTS, TABS
from deskdl.core.lessons.model import (
    ACTION_OPS,
    CHECK_KINDS,
    COMPARE_ARGS,
    Action,
    Check,
    KindSpec,
    Lesson,
    LessonError,
    Section,
    Step,
)
from deskdl.paths import resource

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SUFFIX = ".toml"
SECTION_FILE = "section.toml"
_ID_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_\-]*$")

_LESSON_KEYS = {"title", "summary", "minutes", "order", "project", "template", "lock", "hide", "steps", "id"}
_STEP_KEYS = {"id", "title", "text", "task", "hints", "actions", "show_me", "check", "lock", "hide",
              "highlight"}
#: What a translation beside a lesson (``perceptron.vi.toml``) may hold: the texts the learner reads.
TRANSLATED_LESSON_FIELDS = ("title", "summary")
TRANSLATED_STEP_FIELDS = ("title", "text", "task", "hints", "checks")
_LANG_RE = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?$")


def lessons_dir() -> Path:
    """The bundled lessons folder (``resources/lessons``)."""
    return resource("lessons")


def templates_dir() -> Path:
    """The bundled templates (``open_template`` names one of their file stems)."""
    return resource("templates")


# ---------------------------------------------------------------- one file
class _Where:
    """Builds the one-line messages: ``FILE: step N ("title"): FIELD: problem: fix``."""

    def __init__(self, file: str, step: int | None = None, title: str = "") -> None:
        self.file, self.step, self.title = file, step, title

    def error(self, where: str, problem: str, fix: str = "") -> LessonError:
        head = self.file
        if self.step is not None:
            head += f": step {self.step}" + (f' ("{self.title}")' if self.title else "")
        return LessonError(f"{head}: {where}: {problem}" if where else f"{head}: {problem}", fix)


def _kind_name(value: Any) -> str:
    return {bool: "true/false", int: "a whole number", float: "a number", str: "text", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _text(w: _Where, where: str, value: Any, required: bool = False) -> str:
    if value is None:
        if required:
            raise w.error(where, "is missing", f'add {where.rsplit(".", 1)[-1]} = "..."')
        return ""
    if not isinstance(value, str):
        raise w.error(where, f"must be text in quotes, not {_kind_name(value)} ({value!r})")
    return value


def _texts(w: _Where, where: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise w.error(where, f"must be a list of texts in quotes, e.g. [\"one\", \"two\"], not {value!r}")
    return tuple(value)


def _controls(w: _Where, where: str, value: Any) -> tuple[str, ...]:
    ids = _texts(w, where, value)
    for cid in ids:
        if cid not in CONTROLS:
            close = [c for c in CONTROLS if c.split(".")[-1] in cid or cid.split(".")[-1] in c][:4]
            hint = f"did you mean {', '.join(close)}?" if close else \
                "see the list of controls in resources/lessons/README.md"
            raise w.error(where, f"{cid!r} is not a control id", hint)
    return ids


def _check_arg(w: _Where, where: str, spec: KindSpec, name: str, value: Any) -> None:
    arg = spec.arg(name)
    if arg is None:
        names = ", ".join(a.name for a in spec.args)
        raise w.error(where, f"{spec.name!r} has no argument {name!r}", f"its arguments are: {names}")
    t = arg.type
    ok = {
        "text": isinstance(value, str),
        "number": _is_number(value),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "table": isinstance(value, Mapping),
        "texts": isinstance(value, list) and all(isinstance(v, str) for v in value),
        "values": isinstance(value, list),
        "value": True,
        "check": isinstance(value, Mapping),
        "checks": isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value),
    }[t]
    if not ok:
        want = {"text": "text in quotes", "number": "a number", "int": "a whole number",
                "bool": "true or false", "table": "a table such as {activation = \"relu\"}",
                "texts": "a list of texts", "values": "a list such as [1, 2]",
                "check": "a check table such as {kind = \"model_valid\"}",
                "checks": "a non-empty list of check tables"}[t]
        raise w.error(f"{where}.{name}", f"must be {want}, not {_kind_name(value)} ({value!r})")
    if arg.choices and value not in arg.choices:
        raise w.error(f"{where}.{name}", f"{value!r} is not allowed", f"use one of {', '.join(arg.choices)}")


def _read_args(w: _Where, where: str, table: Mapping[str, Any], spec: KindSpec,
               skip: str) -> dict[str, Any]:
    args = {k: v for k, v in table.items() if k != skip}
    for name, value in args.items():
        _check_arg(w, where, spec, name, value)
    for arg in spec.args:
        if arg.required and arg.name not in args:
            raise w.error(where, f"{spec.name!r} needs the argument {arg.name!r} ({arg.help})")
    return args


def _check_layer_type(w: _Where, where: str, value: Any) -> None:
    if isinstance(value, str) and not catalog.has(value):
        raise w.error(where, f"{value!r} is not a layer type deskdl knows",
                      "use a Keras class name such as Dense, Conv2D, Dropout (capitals matter)")


def _read_check(w: _Where, where: str, table: Any) -> Check:
    if not isinstance(table, Mapping):
        raise w.error(where, f"must be a table such as {{kind = \"model_valid\"}}, not {_kind_name(table)}")
    kind = table.get("kind")
    if kind is None:
        raise w.error(f"{where}.kind", "is missing", f"add kind = \"...\", one of {', '.join(CHECK_KINDS)}")
    if kind not in CHECK_KINDS:
        raise w.error(f"{where}.kind", f"{kind!r} is not a check kind",
                      f"use one of {', '.join(CHECK_KINDS)}")
    spec = CHECK_KINDS[kind]
    args = _read_args(w, where, table, spec, "kind")
    text = args.pop("text", "")
    subs: tuple[Check, ...] = ()
    if kind in ("all", "any"):
        subs = tuple(_read_check(w, f"{where}.checks[{i}]", t) for i, t in enumerate(args.pop("checks")))
    elif kind == "not":
        subs = (_read_check(w, f"{where}.check", args.pop("check")),)
    if spec.compares and not any(k in args for k in COMPARE_ARGS):
        raise w.error(where, f"{kind!r} needs what to compare with",
                      f"add one of {', '.join(COMPARE_ARGS)} (e.g. equals = \"relu\" or min = 0.9)")
    if kind in ("layer_count", "params") and "min" not in args and "max" not in args:
        raise w.error(where, f"{kind!r} needs min or max (or both)")
    for lo, hi in (("min", "max"),):
        if _is_number(args.get(lo)) and _is_number(args.get(hi)) and args[lo] > args[hi]:
            raise w.error(where, f"min ({args[lo]}) is above max ({args[hi]}): nothing can pass")
    if kind == "layer_setting" and ("layer" in args) == ("type" in args):
        raise w.error(where, "'layer_setting' needs either layer (an id) or type (a layer class), "
                             "one of them")
    if "type" in args and kind.startswith("layer"):
        _check_layer_type(w, f"{where}.type", args["type"])
    if kind == "link":
        for end in ("src", "dst"):
            if (end in args) == (f"{end}_type" in args):
                raise w.error(where, f"'link' needs either {end} (an id) or {end}_type (a layer class), "
                                     "one of them")
            if f"{end}_type" in args:
                _check_layer_type(w, f"{where}.{end}_type", args[f"{end}_type"])
    if kind == "event" and args["name"] not in EVENTS:
        raise w.error(f"{where}.name", f"{args['name']!r} is not a learner event",
                      f"use one of {', '.join(EVENTS)}")
    return Check(kind, args, subs, text)


def _read_action(w: _Where, where: str, table: Any, folder: Path | None) -> Action:
    if not isinstance(table, Mapping):
        raise w.error(where, f"must be a table such as {{op = \"switch_tab\", tab = \"Train\"}}, "
                             f"not {_kind_name(table)}")
    op = table.get("op")
    if op is None:
        raise w.error(f"{where}.op", "is missing", f"add op = \"...\", one of {', '.join(ACTION_OPS)}")
    if op not in ACTION_OPS:
        raise w.error(f"{where}.op", f"{op!r} is not an action", f"use one of {', '.join(ACTION_OPS)}")
    args = _read_args(w, where, table, ACTION_OPS[op], "op")
    if op == "add_layer":
        _check_layer_type(w, f"{where}.type", args["type"])
    elif op == "switch_tab" and args["tab"] not in TABS:
        raise w.error(f"{where}.tab", f"{args['tab']!r} is not a tab", f"use one of {', '.join(TABS)}")
    elif op == "highlight":
        _controls(w, f"{where}.control", [args["control"]])
    elif op == "event" and args["name"] not in EVENTS:
        raise w.error(f"{where}.name", f"{args['name']!r} is not a learner event",
                      f"use one of {', '.join(EVENTS)}")
    elif op == "open_template":
        _template_path(w, f"{where}.template", args["template"])
    elif op == "open_project":
        _project_path(w, f"{where}.file", args["file"], folder)
    elif op == "train" and args.get("epochs", 1) < 1:
        raise w.error(f"{where}.epochs", "must be at least 1")
    return Action(op, args)


def _template_path(w: _Where, where: str, template: str) -> Path:
    path = templates_dir() / f"{template}.deskdl"
    if not _ID_RE.match(template) or not path.is_file():
        names = ", ".join(sorted(p.stem for p in templates_dir().glob("*.deskdl")))
        raise w.error(where, f"there is no template {template!r}", f"use one of {names}")
    return path


def _project_path(w: _Where, where: str, file: str, folder: Path | None) -> Path:
    path = Path(file)
    if not path.is_absolute() and folder is not None:
        path = folder / path
    if not path.is_file():
        raise w.error(where, f"there is no project file {file!r} beside the lesson",
                      "put the .deskdl file in the lesson's folder, or fix the name")
    return path


def _read_step(w: _Where, i: int, table: Any, folder: Path | None, seen: set[str]) -> Step:
    if not isinstance(table, Mapping):
        raise w.error(f"steps[{i}]", "must be a table: start each step with a [[steps]] line")
    title = table.get("title") if isinstance(table.get("title"), str) else ""
    sw = _Where(w.file, i + 1, title)
    for key in table:
        if key not in _STEP_KEYS:
            raise sw.error(str(key), "is not a step field",
                           f"a step may have {', '.join(sorted(_STEP_KEYS))}")
    step_id = _text(sw, "id", table.get("id")) or f"step-{i + 1}"
    if not _ID_RE.match(step_id):
        raise sw.error("id", f"{step_id!r} is not a usable id", "use letters, digits, - and _")
    if step_id in seen:
        raise sw.error("id", f"another step is already called {step_id!r}", "give each step its own id")
    seen.add(step_id)
    _text(sw, "title", table.get("title"), required=True)
    text = _text(sw, "text", table.get("text"), required=True)

    def actions(key: str) -> tuple[Action, ...]:
        value = table.get(key)
        if value is None:
            return ()
        if isinstance(value, Mapping):
            value = [value]
        if not isinstance(value, list):
            raise sw.error(key, f"must be a list of action tables, not {_kind_name(value)}")
        return tuple(_read_action(sw, f"{key}[{j}]", a, folder) for j, a in enumerate(value))

    check = table.get("check")
    return Step(
        id=step_id, title=title, text=text.strip(), task=_text(sw, "task", table.get("task")).strip(),
        hints=tuple(h.strip() for h in _texts(sw, "hints", table.get("hints"))),
        actions=actions("actions"), show_me=actions("show_me"),
        check=_read_check(sw, "check", check) if check is not None else None,
        lock=_controls(sw, "lock", table.get("lock")), hide=_controls(sw, "hide", table.get("hide")),
        highlight=_controls(sw, "highlight", table.get("highlight")), number=i + 1,
    )


def parse_lesson(doc: Mapping[str, Any], *, file: str = "lesson", lesson_id: str = "lesson",
                 section: str = "", folder: Path | None = None, path: Path | None = None) -> Lesson:
    """A lesson from a parsed TOML document (raises :class:`LessonError` naming ``file``)."""
    w = _Where(file)
    for key in doc:
        if key not in _LESSON_KEYS:
            raise w.error(str(key), "is not a lesson field",
                          f"a lesson may have {', '.join(sorted(_LESSON_KEYS))}; step fields go under "
                          "[[steps]]")
    title = _text(w, "title", doc.get("title"), required=True)
    for key in ("minutes", "order"):
        v = doc.get(key, 0)
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise w.error(key, f"must be a whole number of at least 0, not {v!r}")
    if "project" in doc and "template" in doc:
        raise w.error("project", "a lesson opens either a project or a template, not both",
                      "remove one of project and template")
    project = None
    if "project" in doc:
        project = _project_path(w, "project", _text(w, "project", doc["project"]), folder)
    template = _text(w, "template", doc.get("template")) or None
    if template:
        _template_path(w, "template", template)
    steps = doc.get("steps")
    if not isinstance(steps, list) or not steps:
        raise w.error("steps", "the lesson has no steps", "add steps, each starting with a [[steps]] line")
    seen: set[str] = set()
    return Lesson(
        id=lesson_id, title=title, section=section, summary=_text(w, "summary", doc.get("summary")).strip(),
        minutes=int(doc.get("minutes", 0)), order=int(doc.get("order", 0)), project=project,
        template=template,
        lock=_controls(w, "lock", doc.get("lock")), hide=_controls(w, "hide", doc.get("hide")),
        steps=tuple(_read_step(w, i, s, folder, seen) for i, s in enumerate(steps)), path=path,
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LessonError(f"{path}: no such file", "check the path") from None
    except OSError as err:
        raise LessonError(f"{path}: cannot be read ({err.strerror})") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise LessonError(f"{path}: is not UTF-8 text", "save it as UTF-8 in a text editor") from None
    except tomllib.TOMLDecodeError as err:
        raise LessonError(f"{path}: is not valid TOML ({err})",
                          "fix that spot in a text editor (texts need quotes; long texts go between "
                          "triple quotes)") from None


# ---------------------------------------------------------------- translations beside a lesson
def translation_language(path: str | Path) -> str | None:
    """The language of a translation file (``perceptron.vi.toml`` -> ``"vi"``), None for any other file.

    A translation is named like the file it translates with a language code before ``.toml``;
    it is never read as a lesson of its own (lesson ids have no dots).
    """
    name = Path(path).name
    if not name.endswith(SUFFIX):
        return None
    base, dot, lang = name[: -len(SUFFIX)].rpartition(".")
    return lang if dot and base and _LANG_RE.match(lang) else None


def translation_files(path: str | Path) -> dict[str, Path]:
    """Language code -> file, for every translation beside ``path`` (a lesson or ``section.toml``)."""
    path = Path(path)
    found = {translation_language(f): f for f in sorted(path.parent.glob(f"{path.stem}.*{SUFFIX}"))}
    return {lang: f for lang, f in found.items() if lang and f.name == f"{path.stem}.{lang}{SUFFIX}"}


def _check_texts(check: Check | None) -> list[str]:
    """Every goal text a teacher wrote in ``check`` and its sub-checks (the ones a translation translates)."""
    if check is None:
        return []
    return ([check.text] if check.text else []) + [t for sub in check.checks for t in _check_texts(sub)]


def _translate_check(check: Check, texts: Mapping[str, str]) -> Check:
    subs = tuple(_translate_check(sub, texts) for sub in check.checks)
    return replace(check, text=texts.get(check.text, check.text) if check.text else "", checks=subs)


def _translated_text(w: _Where, where: str, value: Any, english: str) -> str:
    """A translated text (stripped as the English is), or ``english`` when it is left out or empty."""
    text = _text(w, where, value).strip()
    if text and not english:
        raise w.error(where, "the lesson has no such text to translate", f"remove {where.rsplit('.', 1)[-1]}")
    return text or english


def _overlay_step(w: _Where, step: Step, table: Any) -> Step:
    if not isinstance(table, Mapping):
        raise w.error("", "must be a table of the step's texts: title, text, task, hints, checks")
    for key in table:
        if key not in TRANSLATED_STEP_FIELDS:
            raise w.error(str(key), "is not a text a translation holds",
                          f"a step's translation may have {', '.join(TRANSLATED_STEP_FIELDS)}; actions, "
                          "checks and ids stay in the lesson file")
    hints = tuple(h.strip() for h in _texts(w, "hints", table.get("hints")))
    if hints and len(hints) != len(step.hints):
        raise w.error("hints", f"has {len(hints)} hints, the lesson's step has {len(step.hints)}",
                      "translate every hint, in the lesson's order")
    if any(not h for h in hints):
        raise w.error("hints", "has an empty hint", "translate every hint, in the lesson's order")
    checks = table.get("checks", {})
    goals = _check_texts(step.check)
    if not isinstance(checks, Mapping):
        raise w.error("checks", f"must be a table, not {_kind_name(checks)}",
                      'write each goal as "the English text" = "its translation"')
    for english, text in checks.items():
        if english not in goals:
            known = "; ".join(repr(g) for g in goals) or "none"
            raise w.error(f"checks.{english!r}", "is not a goal text of this step's check",
                          f"the goals to translate are: {known}")
        if not isinstance(text, str) or not text.strip():
            raise w.error(f"checks.{english!r}", "must be a text in quotes (the goal's translation)")
    return replace(
        step, title=_translated_text(w, "title", table.get("title"), step.title),
        text=_translated_text(w, "text", table.get("text"), step.text),
        task=_translated_text(w, "task", table.get("task"), step.task),
        hints=hints or step.hints,
        check=_translate_check(step.check, {k: v.strip() for k, v in checks.items()}) if step.check else None,
    )


def translate_lesson(lesson: Lesson, file: str | Path) -> Lesson:
    """``lesson`` with the texts of the translation ``file`` laid over it (raises :class:`LessonError`).

    Only what the learner reads changes (titles, summary, texts, tasks, hints, the checks' goal
    texts); a text the translation leaves out stays English; ids, actions and checks never change.
    """
    file = Path(file)
    doc = _read_toml(file)
    w = _Where(str(file))
    for key in doc:
        if key not in (*TRANSLATED_LESSON_FIELDS, "steps"):
            raise w.error(str(key), "is not a text a translation holds",
                          "a translation has title, summary and one [steps.<step id>] table per step; "
                          "everything else stays in the lesson file")
    steps = doc.get("steps", {})
    if not isinstance(steps, Mapping):
        raise w.error("steps", "must be tables such as [steps.intro], one per step, named by the step's id")
    by_id = {s.id: s for s in lesson.steps}
    for step_id in steps:
        if step_id not in by_id:
            raise w.error(f"steps.{step_id}", f"the lesson has no step {step_id!r}",
                          f"its steps are {', '.join(by_id)} (a step without an id is step-1, step-2, ...)")
    return replace(
        lesson, title=_translated_text(w, "title", doc.get("title"), lesson.title),
        summary=_translated_text(w, "summary", doc.get("summary"), lesson.summary),
        steps=tuple(_overlay_step(_Where(str(file), s.number, s.title), s, steps[s.id])
                    if s.id in steps else s for s in lesson.steps),
    )


def untranslated(lesson: Lesson, file: str | Path) -> list[str]:
    """What the translation ``file`` leaves in English: ``["summary", "steps.intro.task", ...]``."""
    doc = _read_toml(Path(file))
    missing = [k for k in TRANSLATED_LESSON_FIELDS if getattr(lesson, k) and not str(doc.get(k, "")).strip()]
    steps = doc.get("steps") if isinstance(doc.get("steps"), Mapping) else {}
    for step in lesson.steps:
        table = steps.get(step.id) if isinstance(steps.get(step.id), Mapping) else {}
        for key in ("title", "text", "task"):
            if getattr(step, key) and not str(table.get(key, "")).strip():
                missing.append(f"steps.{step.id}.{key}")
        if step.hints and not table.get("hints"):
            missing.append(f"steps.{step.id}.hints")
        checks = table.get("checks") if isinstance(table.get("checks"), Mapping) else {}
        missing += [f"steps.{step.id}.checks.{g!r}" for g in _check_texts(step.check) if g not in checks]
    return missing


def load_lesson(path: str | Path, section: str | None = None, lang: str | None = None) -> Lesson:
    """Read one lesson file; its id is the file name without ``.toml``, its section its folder's name.

    Every translation beside it (``<id>.<lang>.toml``) is checked too; the one of ``lang`` (default:
    the language the app speaks) is laid over the English texts.
    """
    path = Path(path)
    lang = lang or language()
    if translation_language(path) and path.with_name(path.name.split(".")[0] + SUFFIX).is_file():
        raise LessonError(f"{path}: is a translation of {path.name.split('.')[0] + SUFFIX}, not a lesson",
                          "use the lesson file: its translations are read and checked with it")
    doc = _read_toml(path)
    lesson_id = path.stem
    if not _ID_RE.match(lesson_id):
        raise LessonError(f"{path}: {lesson_id!r} is not a usable lesson id (it comes from the file name)",
                          "name the file with letters, digits, - and _ only")
    if "id" in doc and doc["id"] != lesson_id:
        raise LessonError(f"{path}: id: {doc['id']!r} differs from the file name {lesson_id!r}",
                          "leave out id (the file name is the id) or rename the file")
    lesson = parse_lesson(doc, file=str(path), lesson_id=lesson_id,
                          section=section if section is not None else path.parent.name,
                          folder=path.parent, path=path)
    shown = lesson
    for code, file in translation_files(path).items():
        translated = translate_lesson(lesson, file)
        if code == lang and lang != DEFAULT_LANGUAGE:
            shown = translated
    return shown


# ---------------------------------------------------------------- the course
@dataclass
class Course:
    """Every section with its lessons, plus the files that could not be read (one line each)."""

    sections: list[Section] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def lessons(self) -> list[Lesson]:
        """All lessons, section by section."""
        return [lesson for s in self.sections for lesson in s.lessons]

    def find(self, name: str) -> Lesson | None:
        """The lesson with id ``name`` (or ``section/id``), else None."""
        for lesson in self.lessons:
            if name in (lesson.id, f"{lesson.section}/{lesson.id}"):
                return lesson
        return None

    def section(self, section_id: str) -> Section | None:
        """The section with this id, else None."""
        return next((s for s in self.sections if s.id == section_id), None)


def _section_info(folder: Path, problems: list[str]) -> tuple[str, int]:
    file = folder / SECTION_FILE
    if not file.is_file():
        return folder.name, 1000
    try:
        doc = _read_toml(file)
    except LessonError as err:
        problems.append(err.text)
        return folder.name, 1000
    title, order = doc.get("title", folder.name), doc.get("order", 1000)
    if not isinstance(title, str) or isinstance(order, bool) or not isinstance(order, int):
        problems.append(f"{file}: title must be text and order a whole number")
        return folder.name, 1000
    for code, translation in translation_files(file).items():
        try:
            doc = _read_toml(translation)
        except LessonError as err:
            problems.append(err.text)
            continue
        wrong = [str(k) for k in doc if k != "title"]
        if wrong or not isinstance(doc.get("title", ""), str):
            problems.append(f"{translation}: {(wrong or ['title'])[0]}: a section's translation holds only "
                            "its title (title = \"...\"), as text in quotes")
        elif code == language() and code != DEFAULT_LANGUAGE and doc.get("title", "").strip():
            title = doc["title"].strip()
    return title, order


def load_course(root: str | Path | None = None) -> Course:
    """Every lesson under ``root`` (default: the bundled lessons), sections in order.

    A file that cannot be read does not stop the others: its one-line error goes to
    :attr:`Course.problems`. Two lessons with the same id are a problem too (ids name
    lessons on the command line and in the progress store).
    """
    root = Path(root) if root is not None else lessons_dir()
    course = Course()
    if not root.is_dir():
        return course
    seen: dict[str, Path] = {}
    folders = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))]
    infos = sorted(((f, *_section_info(f, course.problems)) for f in folders),
                   key=lambda t: (t[2], t[0].name))
    for folder, title, order in infos:  # in course order, so a repeated id is reported where it comes later
        lessons = []
        for file in sorted(folder.glob(f"*{SUFFIX}")):
            if file.name == SECTION_FILE:
                continue
            code = translation_language(file)
            if code:  # read (and checked) with the file it translates
                base = file.name.split(".")[0] + SUFFIX
                if not (folder / base).is_file():
                    course.problems.append(f"{file}: is a translation ({code}) of {base}, which does not "
                                           "exist: rename it after its lesson or remove it")
                continue
            try:
                lesson = load_lesson(file, section=folder.name)
            except LessonError as err:
                course.problems.append(err.text)
                continue
            if lesson.id in seen:
                course.problems.append(f"{file}: another lesson has the id {lesson.id!r} "
                                       f"({seen[lesson.id]}): rename one of the files")
                continue
            seen[lesson.id] = file
            lessons.append(lesson)
        lessons.sort(key=lambda x: (x.order, x.title.lower()))
        course.sections.append(Section(folder.name, title, order, tuple(lessons)))
    return course
