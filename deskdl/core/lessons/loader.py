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
from deskdl.core.i18n import DEFAULT_LANGUAGE, N_, language, tr, translator
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

_ = translator("core.lessons.loader")

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
MISSING = N_("is missing")
USE_ONE_OF = N_("use one of {names}")
ID_LETTERS = N_("use letters, digits, - and _")
NOT_TRANSLATED_FIELD = N_("is not a text a translation holds")
EVERY_HINT = N_("translate every hint, in the lesson's order")


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
            head = (_('{file}: step {n} ("{title}")') if self.title else _("{file}: step {n}")).format(
                file=self.file, n=self.step, title=self.title)
        return LessonError(f"{head}: {where}: {problem}" if where else f"{head}: {problem}", fix)


_KIND_NAMES = {bool: N_("true/false"), int: N_("a whole number"), float: N_("a number"), str: N_("text"),
               list: N_("a list"), dict: N_("a table")}


def _kind_name(value: Any) -> str:
    return _(_KIND_NAMES[type(value)]) if type(value) in _KIND_NAMES else type(value).__name__


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _text(w: _Where, where: str, value: Any, required: bool = False) -> str:
    if value is None:
        if required:
            raise w.error(where, _(MISSING), _('add {field} = "..."').format(field=where.rsplit(".", 1)[-1]))
        return ""
    if not isinstance(value, str):
        raise w.error(where, _("must be text in quotes, not {kind} ({value})").format(
            kind=_kind_name(value), value=repr(value)))
    return value


def _texts(w: _Where, where: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise w.error(where, _('must be a list of texts in quotes, e.g. ["one", "two"], not {value}').format(
            value=repr(value)))
    return tuple(value)


def _controls(w: _Where, where: str, value: Any) -> tuple[str, ...]:
    ids = _texts(w, where, value)
    for cid in ids:
        if cid not in CONTROLS:
            close = [c for c in CONTROLS if c.split(".")[-1] in cid or cid.split(".")[-1] in c][:4]
            hint = (_("did you mean {ids}?").format(ids=", ".join(close)) if close
                    else _("see the list of controls in resources/lessons/README.md"))
            raise w.error(where, _("{id} is not a control id").format(id=repr(cid)), hint)
    return ids


def _check_arg(w: _Where, where: str, spec: KindSpec, name: str, value: Any) -> None:
    arg = spec.arg(name)
    if arg is None:
        names = ", ".join(a.name for a in spec.args)
        raise w.error(where, _("{kind} has no argument {name}").format(kind=repr(spec.name), name=repr(name)),
                      _("its arguments are: {names}").format(names=names))
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
        want = {"text": N_("text in quotes"), "number": N_("a number"), "int": N_("a whole number"),
                "bool": N_("true or false"), "table": N_('a table such as {activation = "relu"}'),
                "texts": N_("a list of texts"), "values": N_("a list such as [1, 2]"),
                "check": N_('a check table such as {kind = "model_valid"}'),
                "checks": N_("a non-empty list of check tables")}[t]
        raise w.error(f"{where}.{name}", _("must be {want}, not {kind} ({value})").format(
            want=_(want), kind=_kind_name(value), value=repr(value)))
    if arg.choices and value not in arg.choices:
        raise w.error(f"{where}.{name}", _("{value} is not allowed").format(value=repr(value)),
                      _(USE_ONE_OF).format(names=", ".join(arg.choices)))


def _read_args(w: _Where, where: str, table: Mapping[str, Any], spec: KindSpec,
               skip: str) -> dict[str, Any]:
    args = {k: v for k, v in table.items() if k != skip}
    for name, value in args.items():
        _check_arg(w, where, spec, name, value)
    for arg in spec.args:
        if arg.required and arg.name not in args:
            raise w.error(where, _("{kind} needs the argument {name} ({help})").format(
                kind=repr(spec.name), name=repr(arg.name), help=tr("core.lessons.model", arg.help)))
    return args


def _check_layer_type(w: _Where, where: str, value: Any) -> None:
    if isinstance(value, str) and not catalog.has(value):
        raise w.error(where, _("{value} is not a layer type deskdl knows").format(value=repr(value)),
                      _("use a Keras class name such as Dense, Conv2D, Dropout (capitals matter)"))


def _read_check(w: _Where, where: str, table: Any) -> Check:
    if not isinstance(table, Mapping):
        raise w.error(where, _('must be a table such as {{kind = "model_valid"}}, not {kind}').format(
            kind=_kind_name(table)))
    kind = table.get("kind")
    if kind is None:
        raise w.error(f"{where}.kind", _(MISSING), _('add kind = "...", one of {names}').format(
            names=", ".join(CHECK_KINDS)))
    if kind not in CHECK_KINDS:
        raise w.error(f"{where}.kind", _("{kind} is not a check kind").format(kind=repr(kind)),
                      _(USE_ONE_OF).format(names=", ".join(CHECK_KINDS)))
    spec = CHECK_KINDS[kind]
    args = _read_args(w, where, table, spec, "kind")
    text = args.pop("text", "")
    subs: tuple[Check, ...] = ()
    if kind in ("all", "any"):
        subs = tuple(_read_check(w, f"{where}.checks[{i}]", t) for i, t in enumerate(args.pop("checks")))
    elif kind == "not":
        subs = (_read_check(w, f"{where}.check", args.pop("check")),)
    if spec.compares and not any(k in args for k in COMPARE_ARGS):
        raise w.error(where, _("{kind} needs what to compare with").format(kind=repr(kind)),
                      _('add one of {names} (e.g. equals = "relu" or min = 0.9)').format(
                          names=", ".join(COMPARE_ARGS)))
    if kind in ("layer_count", "params") and "min" not in args and "max" not in args:
        raise w.error(where, _("{kind} needs min or max (or both)").format(kind=repr(kind)))
    for lo, hi in (("min", "max"),):
        if _is_number(args.get(lo)) and _is_number(args.get(hi)) and args[lo] > args[hi]:
            raise w.error(where, _("min ({low}) is above max ({high}): nothing can pass").format(
                low=args[lo], high=args[hi]))
    if kind == "layer_setting" and ("layer" in args) == ("type" in args):
        raise w.error(where, _("'layer_setting' needs either layer (an id) or type (a layer class), "
                               "one of them"))
    if "type" in args and kind.startswith("layer"):
        _check_layer_type(w, f"{where}.type", args["type"])
    if kind == "link":
        for end in ("src", "dst"):
            if (end in args) == (f"{end}_type" in args):
                raise w.error(where, _("'link' needs either {end} (an id) or {end}_type (a layer class), "
                                       "one of them").format(end=end))
            if f"{end}_type" in args:
                _check_layer_type(w, f"{where}.{end}_type", args[f"{end}_type"])
    if kind == "event" and args["name"] not in EVENTS:
        raise _not_an_event(w, where, args["name"])
    return Check(kind, args, subs, text)


def _not_an_event(w: _Where, where: str, name: Any) -> LessonError:
    return w.error(f"{where}.name", _("{name} is not a learner event").format(name=repr(name)),
                   _(USE_ONE_OF).format(names=", ".join(EVENTS)))


def _read_action(w: _Where, where: str, table: Any, folder: Path | None) -> Action:
    if not isinstance(table, Mapping):
        raise w.error(where, _('must be a table such as {{op = "switch_tab", tab = "Train"}}, '
                               "not {kind}").format(kind=_kind_name(table)))
    op = table.get("op")
    if op is None:
        raise w.error(f"{where}.op", _(MISSING), _('add op = "...", one of {names}').format(
            names=", ".join(ACTION_OPS)))
    if op not in ACTION_OPS:
        raise w.error(f"{where}.op", _("{op} is not an action").format(op=repr(op)),
                      _(USE_ONE_OF).format(names=", ".join(ACTION_OPS)))
    args = _read_args(w, where, table, ACTION_OPS[op], "op")
    if op == "add_layer":
        _check_layer_type(w, f"{where}.type", args["type"])
    elif op == "switch_tab" and args["tab"] not in TABS:
        raise w.error(f"{where}.tab", _("{tab} is not a tab").format(tab=repr(args["tab"])),
                      _(USE_ONE_OF).format(names=", ".join(TABS)))
    elif op == "highlight":
        _controls(w, f"{where}.control", [args["control"]])
    elif op == "event" and args["name"] not in EVENTS:
        raise _not_an_event(w, where, args["name"])
    elif op == "open_template":
        _template_path(w, f"{where}.template", args["template"])
    elif op == "open_project":
        _project_path(w, f"{where}.file", args["file"], folder)
    elif op == "train" and args.get("epochs", 1) < 1:
        raise w.error(f"{where}.epochs", _("must be at least 1"))
    return Action(op, args)


def _template_path(w: _Where, where: str, template: str) -> Path:
    path = templates_dir() / f"{template}.deskdl"
    if not _ID_RE.fullmatch(template) or not path.is_file():
        names = ", ".join(sorted(p.stem for p in templates_dir().glob("*.deskdl")))
        raise w.error(where, _("there is no template {name}").format(name=repr(template)),
                      _(USE_ONE_OF).format(names=names))
    return path


def _project_path(w: _Where, where: str, file: str, folder: Path | None) -> Path:
    path = Path(file)
    if not path.is_absolute() and folder is not None:
        path = folder / path
    if not path.is_file():
        raise w.error(where, _("there is no project file {name} beside the lesson").format(name=repr(file)),
                      _("put the .deskdl file in the lesson's folder, or fix the name"))
    return path


def _read_step(w: _Where, i: int, table: Any, folder: Path | None, seen: set[str]) -> Step:
    if not isinstance(table, Mapping):
        raise w.error(f"steps[{i}]", _("must be a table: start each step with a [[steps]] line"))
    title = table.get("title") if isinstance(table.get("title"), str) else ""
    sw = _Where(w.file, i + 1, title)
    for key in table:
        if key not in _STEP_KEYS:
            raise sw.error(str(key), _("is not a step field"),
                           _("a step may have {fields}").format(fields=", ".join(sorted(_STEP_KEYS))))
    step_id = _text(sw, "id", table.get("id")) or f"step-{i + 1}"
    if not _ID_RE.fullmatch(step_id):
        raise sw.error("id", _("{id} is not a usable id").format(id=repr(step_id)), _(ID_LETTERS))
    if step_id in seen:
        raise sw.error("id", _("another step is already called {id}").format(id=repr(step_id)),
                       _("give each step its own id"))
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
            raise sw.error(key, _("must be a list of action tables, not {kind}").format(
                kind=_kind_name(value)))
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
            raise w.error(str(key), _("is not a lesson field"),
                          _("a lesson may have {fields}; step fields go under [[steps]]").format(
                              fields=", ".join(sorted(_LESSON_KEYS))))
    title = _text(w, "title", doc.get("title"), required=True)
    for key in ("minutes", "order"):
        v = doc.get(key, 0)
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise w.error(key, _("must be a whole number of at least 0, not {value}").format(value=repr(v)))
    if "project" in doc and "template" in doc:
        raise w.error("project", _("a lesson opens either a project or a template, not both"),
                      _("remove one of project and template"))
    project = None
    if "project" in doc:
        project = _project_path(w, "project", _text(w, "project", doc["project"]), folder)
    template = _text(w, "template", doc.get("template")) or None
    if template:
        _template_path(w, "template", template)
    steps = doc.get("steps")
    if not isinstance(steps, list) or not steps:
        raise w.error("steps", _("the lesson has no steps"),
                      _("add steps, each starting with a [[steps]] line"))
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
        raise LessonError(_("{path}: no such file").format(path=path), _("check the path")) from None
    except OSError as err:
        problem = _("{path}: cannot be read ({reason})").format(path=path, reason=err.strerror)
        raise LessonError(problem) from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise LessonError(_("{path}: is not UTF-8 text").format(path=path),
                          _("save it as UTF-8 in a text editor")) from None
    except tomllib.TOMLDecodeError as err:
        raise LessonError(_("{path}: is not valid TOML ({error})").format(path=path, error=err),
                          _("fix that spot in a text editor (texts need quotes; long texts go between "
                            "triple quotes)")) from None


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
        raise w.error(where, _("the lesson has no such text to translate"),
                      _("remove {field}").format(field=where.rsplit(".", 1)[-1]))
    return text or english


def _overlay_step(w: _Where, step: Step, table: Any) -> Step:
    if not isinstance(table, Mapping):
        raise w.error("", _("must be a table of the step's texts: title, text, task, hints, checks"))
    for key in table:
        if key not in TRANSLATED_STEP_FIELDS:
            raise w.error(str(key), _(NOT_TRANSLATED_FIELD),
                          _("a step's translation may have {fields}; actions, checks and ids stay in the "
                            "lesson file").format(fields=", ".join(TRANSLATED_STEP_FIELDS)))
    hints = tuple(h.strip() for h in _texts(w, "hints", table.get("hints")))
    if hints and len(hints) != len(step.hints):
        raise w.error("hints", _("has {n} hints, the lesson's step has {total}").format(
            n=len(hints), total=len(step.hints)), _(EVERY_HINT))
    if any(not h for h in hints):
        raise w.error("hints", _("has an empty hint"), _(EVERY_HINT))
    checks = table.get("checks", {})
    goals = _check_texts(step.check)
    if not isinstance(checks, Mapping):
        raise w.error("checks", _("must be a table, not {kind}").format(kind=_kind_name(checks)),
                      _('write each goal as "the English text" = "its translation"'))
    for english, text in checks.items():
        if english not in goals:
            known = "; ".join(repr(g) for g in goals) or _("none")
            raise w.error(f"checks.{english!r}", _("is not a goal text of this step's check"),
                          _("the goals to translate are: {goals}").format(goals=known))
        if not isinstance(text, str) or not text.strip():
            raise w.error(f"checks.{english!r}", _("must be a text in quotes (the goal's translation)"))
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
            raise w.error(str(key), _(NOT_TRANSLATED_FIELD),
                          _("a translation has title, summary and one [steps.<step id>] table per step; "
                            "everything else stays in the lesson file"))
    steps = doc.get("steps", {})
    if not isinstance(steps, Mapping):
        raise w.error("steps", _("must be tables such as [steps.intro], one per step, named by the step's "
                                 "id"))
    by_id = {s.id: s for s in lesson.steps}
    for step_id in steps:
        if step_id not in by_id:
            raise w.error(f"steps.{step_id}", _("the lesson has no step {id}").format(id=repr(step_id)),
                          _("its steps are {ids} (a step without an id is step-1, step-2, ...)").format(
                              ids=", ".join(by_id)))
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
        raise LessonError(_("{path}: is a translation of {lesson}, not a lesson").format(
            path=path, lesson=path.name.split(".")[0] + SUFFIX),
            _("use the lesson file: its translations are read and checked with it"))
    doc = _read_toml(path)
    lesson_id = path.stem
    if not _ID_RE.fullmatch(lesson_id):
        raise LessonError(_("{path}: {id} is not a usable lesson id (it comes from the file name)").format(
            path=path, id=repr(lesson_id)), _("name the file with letters, digits, - and _ only"))
    if "id" in doc and doc["id"] != lesson_id:
        raise LessonError(_("{path}: id: {id} differs from the file name {name}").format(
            path=path, id=repr(doc["id"]), name=repr(lesson_id)),
            _("leave out id (the file name is the id) or rename the file"))
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
        problems.append(_("{path}: title must be text and order a whole number").format(path=file))
        return folder.name, 1000
    for code, translation in translation_files(file).items():
        try:
            doc = _read_toml(translation)
        except LessonError as err:
            problems.append(err.text)
            continue
        wrong = [str(k) for k in doc if k != "title"]
        if wrong or not isinstance(doc.get("title", ""), str):
            problems.append(_('{path}: {field}: a section\'s translation holds only its title '
                              '(title = "..."), as text in quotes').format(path=translation,
                                                                           field=(wrong or ["title"])[0]))
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
                    course.problems.append(_("{path}: is a translation ({language}) of {lesson}, which does "
                                             "not exist: rename it after its lesson or remove it").format(
                                               path=file, language=code, lesson=base))
                continue
            try:
                lesson = load_lesson(file, section=folder.name)
            except LessonError as err:
                course.problems.append(err.text)
                continue
            if lesson.id in seen:
                course.problems.append(_("{path}: another lesson has the id {id} ({other}): rename one of "
                                         "the files").format(path=file, id=repr(lesson.id),
                                                             other=seen[lesson.id]))
                continue
            seen[lesson.id] = file
            lessons.append(lesson)
        lessons.sort(key=lambda x: (x.order, x.title.lower()))
        course.sections.append(Section(folder.name, title, order, tuple(lessons)))
    return course
