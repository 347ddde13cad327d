"""deskdl's translation sources: extract the shown texts, keep the ``.ts`` files current, compile.

    python packaging/i18n.py extract [--context PREFIX]           list every text by context
    python packaging/i18n.py update [--lang vi] [--context PREFIX] write resources/i18n/<lang>/*.ts
    python packaging/i18n.py check [--lang vi] [--context PREFIX]  exit 1 if anything is out of date
    python packaging/i18n.py status [--lang vi] [--context PREFIX] translated / texts per context
    python packaging/i18n.py build [--lang vi]                     resources/i18n/deskdl_<lang>.qm

**What is a text** (the rule of ``deskdl.core.i18n``): in a module that says
``_ = translator("ctx")`` at its top level, every ``_("literal")`` and ``N_("literal")`` is a
message of context ``ctx``; anywhere, ``tr("ctx", "literal")`` is one of context ``ctx``. An
``N_`` in a module without a translator belongs to the module's own context (its dotted name
without ``deskdl.``). ``_(NAME)`` (or ``_(obj.NAME)``, ``_(TABLE[key])``,
``_(TEXTS.get(k, DEFAULT))``) translates a text marked elsewhere and adds nothing. An f-string, a
``.format``, a ``+`` or ``%`` or a literal in a conditional inside the parentheses is an error with
file:line: the extractor cannot see such a text, so it would never be translated. Texts that live
in data rather than in calls (the layer catalog) come from :func:`extract_catalog`.

**The sources**: one Qt TS 2.1 file per context, ``resources/i18n/<lang>/<context>.ts``; messages
in the order the code first shows them, once per context, no ``<location>`` lines, so the bytes
depend only on the texts and their translations. ``update`` keeps every translation whose
(context, source) still exists, adds new texts as ``unfinished`` and drops vanished ones (a file
whose context is gone from the code is removed). ``check`` fails when a file differs from what
``update`` would write, and on unfinished translations of the contexts that must be complete
(listed in ``resources/i18n/<lang>/COMPLETE``, one context or ``prefix.*`` a line) or of every
context matched by ``--context``.

**Compiling**: ``build`` runs Qt's ``lrelease``, the one PySide6 ships beside its package (found
from this interpreter's PySide6, not PATH), over every ``.ts`` of the language into one file,
``resources/i18n/deskdl_<lang>.qm``, which ``deskdl.qt.i18n`` loads at start-up.
"""

from __future__ import annotations

import argparse
import ast
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "deskdl"
I18N_DIR = ROOT / "resources" / "i18n"
DEFAULT_LANG = "vi"
#: Qt's name of each language deskdl translates into (the TS file's ``language`` attribute).
QT_LANGUAGE = {"vi": "vi_VN"}
#: Contexts that more than one module shares (their ``translator(...)`` need not be the module's name).
SHARED_CONTEXTS = frozenset({"catalog"})
COMPLETE_FILE = "COMPLETE"


# ---------------------------------------------------------------- extraction
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    where: str  # "deskdl/qt/app.py:12" (reports only: never written to a .ts file)


@dataclass
class Extraction:
    """Every message found (in code order) and every error (``file:line: what and how to fix``)."""

    messages: list[Message] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: For each error, the contexts of its module (its own name, and its translator's context).
    error_contexts: list[tuple[str, ...]] = field(default_factory=list)

    def errors_for(self, prefix: str | None) -> list[str]:
        """The errors of the modules whose context is ``prefix`` or under it (all for None)."""
        if not prefix:
            return list(self.errors)
        pairs = zip(self.errors, self.error_contexts)
        return [e for e, ctxs in pairs if any(matches(c, prefix) for c in ctxs)]


    def by_context(self) -> dict[str, list[str]]:
        """Context -> its distinct sources, in first-seen order."""
        out: dict[str, list[str]] = {}
        for msg in self.messages:
            texts = out.setdefault(msg.context, [])
            if msg.source not in texts:
                texts.append(msg.source)
        return out


def module_context(path: Path, package: Path = PACKAGE) -> str:
    """``deskdl/qt/train/panel.py`` -> ``qt.train.panel`` (``__init__.py`` -> its package's name)."""
    rel = path.resolve().relative_to(package.resolve()).with_suffix("")
    parts = list(rel.parts)
    if parts and parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts) or package.name


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _module_translator(tree: ast.Module) -> tuple[str | None, int]:
    """The context of ``_ = translator("ctx")`` at the module's top level (and its line)."""
    for stmt in tree.body:
        if (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and stmt.targets[0].id == "_"
            and isinstance(stmt.value, ast.Call)
            and _call_name(stmt.value) == "translator"
            and stmt.value.args
        ):
            return _literal(stmt.value.args[0]), stmt.lineno
    return None, 0


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and func.attr in ("tr", "N_", "translator"):
        return func.attr  # i18n.tr(...), i18n.N_(...)
    return None


#: String methods that build a new text (the result was never marked, so it cannot be translated).
_TEXT_BUILDERS = frozenset(
    {"format", "format_map", "join", "replace", "strip", "lstrip", "rstrip", "upper", "lower", "title",
     "capitalize", "removeprefix", "removesuffix"}
)


def _is_reference(node: ast.AST) -> bool:
    """What may stand inside ``_()`` besides a literal: a text marked with N_ elsewhere.

    A name, an attribute, a subscript, a lookup call (``TEXTS.get(key, DEFAULT)``) or a
    conditional between such. Not an f-string, an operator, a method that builds text, or a
    literal hidden in a conditional (the extractor would miss it).
    """
    if isinstance(node, (ast.Name, ast.Attribute, ast.Subscript)):
        return True
    if isinstance(node, ast.Call):
        func = node.func
        return not (isinstance(func, ast.Attribute) and func.attr in _TEXT_BUILDERS) and not (
            isinstance(func, ast.Name) and func.id in ("str", "repr", "format")
        )
    if isinstance(node, ast.IfExp):
        return _is_reference(node.body) and _is_reference(node.orelse)
    return False


def _why_not(node: ast.AST) -> str:
    if isinstance(node, ast.JoinedStr):
        return 'an f-string: write _("... {name} ...").format(name=...)'
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return 'a .format() inside the parentheses: move it out, _("... {n} ...").format(n=...)'
    if isinstance(node, ast.Call):
        return "a text built by a call: translate the text first, then build with it"
    if isinstance(node, ast.BinOp):
        return "a computed text (+ or %): translate whole sentences with placeholders and .format()"
    if isinstance(node, ast.IfExp):
        return 'a literal inside a conditional: write _("a") if cond else _("b")'
    kind = type(node).__name__
    return f"a {kind} expression: only a string literal (or a NAME marked with N_) can be extracted"


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp,
           ast.GeneratorExp)


def _own_nodes(scope: ast.AST) -> Iterable[ast.AST]:
    """The nodes of one function (or comprehension) scope, not of the scopes nested in it."""
    todo = list(ast.iter_child_nodes(scope))
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, _SCOPES):
            todo.extend(ast.iter_child_nodes(node))


def _shadowed(tree: ast.Module) -> list[int]:
    """Lines where a function binds ``_`` (``_, k = pair``) and also calls ``_()``: the translator is
    hidden there, and the call fails (UnboundLocalError, or calls the wrong thing)."""
    lines = []
    for scope in ast.walk(tree):
        if not isinstance(scope, _SCOPES):
            continue
        binds = [n.lineno for n in _own_nodes(scope)
                 if (isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store))
                 or (isinstance(n, ast.arg) and n.arg == "_")]
        calls = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "_"
                    for n in _own_nodes(scope))
        if binds and calls:
            lines.append(min(binds))
    return sorted(set(lines))


def extract_file(path: Path, package: Path = PACKAGE, root: Path = ROOT) -> Extraction:
    """The messages and errors of one module."""
    out = Extraction()
    try:
        where_file = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        where_file = str(path)
    source = path.read_text(encoding="utf-8")
    own = module_context(path, package)
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as exc:
        out.errors.append(f"{where_file}:{exc.lineno}: cannot parse: {exc.msg}")
        out.error_contexts.append((own,))
        return out

    ctx, line = _module_translator(tree)
    if line and ctx is None:
        out.errors.append(f'{where_file}:{line}: translator() needs a literal context: translator("{own}")')
    elif ctx is not None and ctx != own and ctx not in SHARED_CONTEXTS:
        out.errors.append(
            f"{where_file}:{line}: the context is {ctx!r} but this module is {own!r}:"
            f' write translator("{own}")'
        )
    mark_ctx = ctx or own
    if ctx is not None:
        for bad in _shadowed(tree):
            out.errors.append(
                f"{where_file}:{bad}: this function names a variable _ and also calls _(): the call"
                " would not reach the translator; call the variable something else (_unused, rest)"
            )

    # ast.walk is breadth-first: sort by position for the code's order
    calls = sorted(
        (n for n in ast.walk(tree) if isinstance(n, ast.Call)), key=lambda n: (n.lineno, n.col_offset)
    )
    for call in calls:
        name = _call_name(call)
        where = f"{where_file}:{call.lineno}"
        if name == "_" and ctx is not None:
            args = call.args
            if len(args) != 1 or call.keywords:
                out.errors.append(f"{where}: _() takes exactly one text")
                continue
            text = _literal(args[0])
            if text is not None:
                out.messages.append(Message(ctx, text, where))
            elif not _is_reference(args[0]):
                out.errors.append(f"{where}: _() holds {_why_not(args[0])}")
        elif name == "N_":
            if len(call.args) != 1:
                out.errors.append(f"{where}: N_() takes exactly one text")
                continue
            text = _literal(call.args[0])
            if text is None:
                out.errors.append(f"{where}: N_() holds {_why_not(call.args[0])}")
            else:
                out.messages.append(Message(mark_ctx, text, where))
        elif name == "tr" and len(call.args) == 2:
            context, text = _literal(call.args[0]), _literal(call.args[1])
            if context is not None and text is not None:
                out.messages.append(Message(context, text, where))
            elif context is not None and not _is_reference(call.args[1]):
                out.errors.append(f"{where}: tr() holds {_why_not(call.args[1])}")
            # tr(variable, variable): a lookup at run time of texts marked elsewhere
        elif (name == "tr" and len(call.args) == 1 and isinstance(call.func, ast.Attribute)
              and _literal(call.args[0]) is not None):
            out.errors.append(f'{where}: Qt\'s own .tr("...") is not extracted (its context is the class): '
                              f'use _("...") with _ = translator("{own}")')
    out.error_contexts = [(own, mark_ctx)] * len(out.errors)

    return out


def python_files(package: Path = PACKAGE) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def extract_catalog() -> list[Message]:
    """The layer catalog's texts (context ``"catalog"``): data, not calls, so the AST cannot see them.

    The rule (packaging/i18n_catalog.py, which says why) reads the catalog itself: the category
    names, then every layer kind's teaching text and its settings' help texts, exactly as shown,
    each once; ``where`` names the entry (``catalog:Dense.units``). It imports only ``deskdl.core``.
    """
    import importlib.util

    path = Path(__file__).with_name("i18n_catalog.py")
    spec = importlib.util.spec_from_file_location("deskdl_i18n_catalog", path)
    rule = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rule)
    return [Message(rule.CONTEXT, text, where) for text, where in rule.catalog_entries()]


#: Texts of Qt's own widgets that deskdl shows (PySide6 ships no Vietnamese for Qt itself): the
#: standard dialog buttons, the text fields' context menus, the message boxes' details button.
#: Qt looks them up by these contexts, so deskdl's .qm carries their translations.
QT_OWN: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": ("OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
                       "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
                       "Restore Defaults"),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": ("&Undo", "&Redo", "Cu&t", "&Copy", "Copy &Link Location", "&Paste", "Delete",
                           "Select All"),
    "QMessageBox": ("Show Details...", "Hide Details..."),
}


def extract_qt_own() -> list[Message]:
    """The texts of :data:`QT_OWN`, as messages of Qt's contexts."""
    return [Message(context, text, "Qt") for context, texts in QT_OWN.items() for text in texts]


def extract(package: Path = PACKAGE, root: Path = ROOT, catalog: bool = True) -> Extraction:
    """Every message of every module under ``package`` (files in sorted order), then the catalog's
    and Qt's own (``catalog=False``: the modules only, for tests on a fixture package)."""
    out = Extraction()
    for path in python_files(package):
        one = extract_file(path, package, root)
        out.messages.extend(one.messages)
        out.errors.extend(one.errors)
        out.error_contexts.extend(one.error_contexts)
    if catalog:
        out.messages.extend(extract_catalog())
        out.messages.extend(extract_qt_own())
    return out



def matches(context: str, prefix: str | None) -> bool:
    """``qt.train`` matches ``qt.train`` and ``qt.train.panel`` (not ``qt.trainer``); None matches all."""
    if not prefix:
        return True
    prefix = prefix.rstrip(".*")
    return context == prefix or context.startswith(prefix + ".")


# ---------------------------------------------------------------- TS files
@dataclass
class Entry:
    source: str
    translation: str = ""
    finished: bool = False


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def render_ts(context: str, entries: Sequence[Entry], lang: str = DEFAULT_LANG) -> str:
    """The bytes (as text) of one context's TS 2.1 file: a pure function of its arguments."""
    qt_lang = QT_LANGUAGE.get(lang, lang)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{qt_lang}" sourcelanguage="en">',
        "<context>",
        f"    <name>{_esc(context)}</name>",
    ]
    for entry in entries:
        lines.append("    <message>")
        lines.append(f"        <source>{_esc(entry.source)}</source>")
        if entry.finished and entry.translation:
            lines.append(f"        <translation>{_esc(entry.translation)}</translation>")
        else:
            lines.append(f'        <translation type="unfinished">{_esc(entry.translation)}</translation>')
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def read_ts(path: Path) -> dict[str, dict[str, Entry]]:
    """Context -> source -> entry of a TS file (any TS file: lupdate's or Linguist's too)."""
    out: dict[str, dict[str, Entry]] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        entries = out.setdefault(name, {})
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            node = msg.find("translation")
            text = (node.text or "") if node is not None else ""
            kind = node.get("type", "") if node is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            entries[source] = Entry(source, text, finished=bool(text) and kind != "unfinished")
    return out


def ts_path(context: str, lang: str = DEFAULT_LANG, base: Path = I18N_DIR) -> Path:
    return base / lang / f"{context}.ts"


def merged(context: str, sources: Sequence[str], old: dict[str, Entry]) -> list[Entry]:
    """The entries ``update`` writes: the code's texts in order, each with its old translation."""
    out = []
    for text in sources:
        prev = old.get(text)
        out.append(Entry(text, prev.translation, prev.finished) if prev else Entry(text))
    return out


def _existing(context: str, lang: str, base: Path) -> dict[str, Entry]:
    path = ts_path(context, lang, base)
    if not path.is_file():
        return {}
    return read_ts(path).get(context, {})


def _ts_contexts(lang: str, base: Path) -> list[str]:
    folder = base / lang
    return sorted(p.stem for p in folder.glob("*.ts")) if folder.is_dir() else []


@dataclass
class Report:
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)  # vanished, but kept while a module cannot be parsed
    unfinished: dict[str, int] = field(default_factory=dict)


def update(
    extraction: Extraction, lang: str = DEFAULT_LANG, prefix: str | None = None, base: Path = I18N_DIR
) -> Report:
    """Write the TS files of every matched context (only those whose bytes change); remove vanished ones."""
    report = Report()
    wanted = {c: s for c, s in extraction.by_context().items() if matches(c, prefix)}
    (base / lang).mkdir(parents=True, exist_ok=True)
    for context, sources in wanted.items():
        entries = merged(context, sources, _existing(context, lang, base))
        text = render_ts(context, entries, lang)
        path = ts_path(context, lang, base)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            report.written.append(path)
        left = sum(1 for e in entries if not e.finished)
        if left:
            report.unfinished[context] = left
    unparsed = [e for e in extraction.errors if ": cannot parse: " in e]
    for context in _ts_contexts(lang, base):
        if context not in wanted and matches(context, prefix):
            path = ts_path(context, lang, base)
            if unparsed:  # its module may be one being edited: never lose translations to a typo
                report.kept.append(path)
                continue
            path.unlink()
            report.removed.append(path)
    return report


def placeholders(text: str) -> list[str]:
    """The ``{name}`` / ``{n:.2f}`` fields of ``text``, sorted: a translation must keep them all, as
    written (``.format`` would raise on one it does not know, and a lost one loses its number)."""
    try:
        fields = [(name, spec, conv) for _lit, name, spec, conv in string.Formatter().parse(text)
                  if name is not None]
    except ValueError:  # braces that are no format fields: compare them as they are
        return sorted(re.findall(r"\{[^{}]*\}", text))
    return sorted("{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}"
                  for name, spec, conv in fields)


def status(
    extraction: Extraction, lang: str = DEFAULT_LANG, prefix: str | None = None, base: Path = I18N_DIR
) -> list[tuple[str, int, int, str]]:
    """Per context: (context, translated, texts, "ok" / "stale" / "missing"), by context name."""
    rows = []
    for context, sources in sorted(extraction.by_context().items()):
        if not matches(context, prefix):
            continue
        path = ts_path(context, lang, base)
        if not path.is_file():
            rows.append((context, 0, len(sources), "missing"))
            continue
        entries = merged(context, sources, _existing(context, lang, base))
        state = "ok" if path.read_text(encoding="utf-8") == render_ts(context, entries, lang) else "stale"
        rows.append((context, sum(e.finished for e in entries), len(entries), state))
    return rows


def complete_contexts(lang: str = DEFAULT_LANG, base: Path = I18N_DIR) -> list[str]:


    """The lines of ``<lang>/COMPLETE``: contexts (or ``prefix.*``) that must have no unfinished text."""
    path = base / lang / COMPLETE_FILE
    if not path.is_file():
        return []
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def _must_be_complete(context: str, patterns: Iterable[str]) -> bool:
    for pattern in patterns:
        if pattern.endswith(".*") and matches(context, pattern[:-2]):
            return True
        if context == pattern:
            return True
    return False


def check(
    extraction: Extraction, lang: str = DEFAULT_LANG, prefix: str | None = None, base: Path = I18N_DIR
) -> list[str]:
    """Problems, one line each (empty: all current): extraction errors, stale or missing files,
    unfinished texts of contexts that must be complete (``COMPLETE``, or all matched by ``prefix``)."""
    problems = [f"error: {e}" for e in extraction.errors_for(prefix)]
    wanted = {c: s for c, s in extraction.by_context().items() if matches(c, prefix)}
    strict = complete_contexts(lang, base)
    for context, sources in wanted.items():
        path = ts_path(context, lang, base)
        rel = _rel(path)
        if not path.is_file():
            problems.append(f"missing: {rel} ({len(sources)} texts): run packaging/i18n.py update")
            continue
        entries = merged(context, sources, _existing(context, lang, base))
        if path.read_text(encoding="utf-8") != render_ts(context, entries, lang):
            problems.append(f"stale: {rel} differs from the code: run packaging/i18n.py update")
        if prefix or _must_be_complete(context, strict):
            for entry in entries:
                if not entry.finished:
                    problems.append(f"unfinished: {rel}: {entry.source!r}")
        for entry in entries:
            if entry.finished and placeholders(entry.translation) != placeholders(entry.source):
                problems.append(f"placeholders: {rel}: {entry.source!r}: the translation must keep exactly "
                                f"{', '.join(placeholders(entry.source)) or 'no {...}'}")
    for context in _ts_contexts(lang, base):
        if context not in wanted and matches(context, prefix):
            problems.append(f"stale: {_rel(ts_path(context, lang, base))}: no such context in the code")
    for pattern in strict:
        name = pattern[:-2] if pattern.endswith(".*") else pattern
        if matches(name, prefix) and not any(_must_be_complete(c, [pattern]) for c in wanted):
            problems.append(f"stale: {COMPLETE_FILE} lists {pattern!r}, which has no texts in the code")
    return problems


def _rel(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


# ---------------------------------------------------------------- compiling
def lrelease_path() -> Path:
    """PySide6's ``lrelease`` binary, beside the PySide6 package this interpreter imports."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("PySide6 is not installed for this Python: pip install PySide6")
    folder = Path(next(iter(spec.submodule_search_locations)))
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        path = folder / name
        if path.is_file():
            return path
    raise FileNotFoundError(f"no lrelease in {folder}: reinstall PySide6 (it ships the Qt tools)")


def qm_path(lang: str = DEFAULT_LANG, base: Path = I18N_DIR) -> Path:
    return base / f"deskdl_{lang}.qm"


def build(lang: str = DEFAULT_LANG, base: Path = I18N_DIR, out: Path | None = None) -> Path:
    """Compile every ``<lang>/*.ts`` into one ``.qm`` (finished translations only)."""
    sources = sorted((base / lang).glob("*.ts"))
    if not sources:
        raise FileNotFoundError(f"no .ts files in {base / lang}: run packaging/i18n.py update first")
    out = out or qm_path(lang, base)
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [str(lrelease_path()), "-silent", "-nounfinished", *map(str, sources), "-qm", str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        said = done.stderr.strip() or done.stdout.strip()
        raise RuntimeError(f"lrelease failed ({done.returncode}): {said}")
    return out


# ---------------------------------------------------------------- command line
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/i18n.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("extract", "update", "check", "status", "build"):
        one = sub.add_parser(name)
        one.add_argument("--lang", default=DEFAULT_LANG)
        if name != "build":
            one.add_argument("--context", default=None, help="only contexts equal to or under this prefix")
    args = parser.parse_args(argv)

    if args.command == "build":
        try:
            path = build(args.lang)
        except (FileNotFoundError, RuntimeError) as exc:
            print(f"i18n: error: {exc}", file=sys.stderr)
            return 1
        print(f"i18n: wrote {_rel(path)}")
        return 0

    extraction = extract()
    if args.command == "status":
        rows = status(extraction, args.lang, args.context)
        for context, done, total, state in rows:
            print(f"{done:5d} / {total:<5d} {context}{'' if state == 'ok' else '  (' + state + ')'}")
        done, total = sum(r[1] for r in rows), sum(r[2] for r in rows)
        print(f"i18n: {done} of {total} texts translated in {len(rows)} contexts")
        return 0
    if args.command == "extract":
        for context, texts in extraction.by_context().items():
            if matches(context, args.context):
                print(f"[{context}] {len(texts)}")
                for text in texts:
                    print(f"    {text!r}")
        errors = extraction.errors_for(args.context)
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        return 1 if errors else 0
    if args.command == "update":
        errors = extraction.errors_for(args.context)
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        report = update(extraction, args.lang, args.context)
        for path in report.written:
            print(f"wrote {_rel(path)}")
        for path in report.removed:
            print(f"removed {_rel(path)} (its context is gone from the code)")
        for path in report.kept:
            print(f"kept {_rel(path)}: its context is gone, but a module cannot be parsed (fix it, then "
                  "update again)")


        left = sum(report.unfinished.values())
        print(f"i18n: {left} unfinished texts in {len(report.unfinished)} contexts")
        return 1 if errors else 0

    problems = check(extraction, args.lang, args.context)
    for line in problems:
        print(line)
    if not problems:
        print("i18n: the translation sources are current")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
