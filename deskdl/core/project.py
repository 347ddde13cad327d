"""Project files: the JSON contract other tools, teachers and tests write by hand.

A project is ``{"format": "deskdl-project", "version": N, "model": {...}, ...}``.
Every field but ``format``, ``version`` and ``model`` may be left out and gets
its default; unknown fields are kept on save; older versions are migrated;
newer or foreign files are refused with a clear message. Saves are atomic.

Version 2 adds, all optional: ``kind`` (:mod:`deskdl.core.kinds`, default
supervised), ``models`` (role -> graph, instead of ``model``, for kinds with
several graphs such as a GAN's generator and discriminator), ``optimizers``
(role -> optimizer settings), ``algorithm`` (the kind's settings) and, inside a
graph, ``groups`` (blocks of layers folded into one card, :class:`deskdl.core.graph.Group`;
the layout may then also place a group's card by its id). A file is
written as version 2 only when it needs one of these (:meth:`Project.file_version`),
so version-1 files open and save unchanged, and a version-1 deskdl refuses a file
it would misread ("saved by a newer deskdl") instead of silently dropping a role.
"""

from __future__ import annotations

import copy
import json
import os
import stat
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from deskdl.core.errors import DeskdlError, ProjectError
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import N_, tr, translator
from deskdl.core.kinds import KindError, ProjectKind, kind_of
from deskdl.core.training import DEFAULT_DATA, merge_defaults, training_with_defaults

_ = translator("core.project")

FORMAT = "deskdl-project"
VERSION = 2
SUFFIX = ".deskdl"
_KNOWN = {"format", "version", "name", "model", "data", "training", "layout", "description", "runs",
          "kind", "models", "optimizers", "algorithm"}
#: Fields that only version 2 knows: a file with one of them must not be read by a version-1 deskdl.
V2_FIELDS = ("models", "optimizers", "algorithm")


def _migrate_0_to_1(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (pre-release) kept the layers under ``layers`` and called params ``config``."""
    model = doc.get("model", {})
    if "layers" in model and "nodes" not in model:
        model["nodes"] = model.pop("layers")
    for node in model.get("nodes", []):
        if isinstance(node, dict) and "config" in node and "params" not in node:
            node["params"] = node.pop("config")
    doc["version"] = 1
    return doc


def _migrate_1_to_2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 only adds optional fields: a version-1 document is a version-2 one as it is."""
    doc["version"] = 2
    return doc


#: Python's reasons for a JSON syntax error (``JSONDecodeError.msg`` without a trailing " at"), marked so
#: the app shows them in its language; a reason not listed here is shown as Python wrote it.
JSON_REASONS = (
    N_("Expecting value"), N_("Expecting ',' delimiter"), N_("Expecting ':' delimiter"),
    N_("Expecting property name enclosed in double quotes"), N_("Unterminated string starting"),
    N_("Invalid control character"), N_("Extra data"), N_("Invalid \\escape"), N_("Invalid \\uXXXX escape"),
    N_("Illegal trailing comma before end of object"), N_("Illegal trailing comma before end of array"),
)

#: ``MIGRATIONS[v]`` turns a version-``v`` document into version ``v + 1``.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_0_to_1, 1: _migrate_1_to_2}


@dataclass
class Project:
    """A model graph plus its data and training settings, layout and run history."""

    graph: ModelGraph = field(default_factory=ModelGraph)
    name: str = "Untitled"
    description: str = ""
    data: dict[str, Any] = field(default_factory=lambda: copy.deepcopy(DEFAULT_DATA))
    training: dict[str, Any] = field(default_factory=lambda: training_with_defaults(None))
    layout: dict[str, list[float]] = field(default_factory=dict)
    runs: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    #: The kind's id as the file says it (``None``: not said; :func:`deskdl.core.kinds.kind_of` decides).
    kind: str | None = None
    #: role -> graph for kinds with several graphs (empty otherwise); ``graph`` is the first role's.
    role_graphs: dict[str, ModelGraph] = field(default_factory=dict)
    #: role -> optimizer settings (as ``training["optimizer"]``) for roles with their own optimizer.
    optimizers: dict[str, Any] = field(default_factory=dict)
    #: The kind's settings (``kind_of(project).with_defaults(algorithm)`` fills in the rest).
    algorithm: dict[str, Any] = field(default_factory=dict)

    # ---------------------------------------------------------------- kinds and roles
    @property
    def graphs(self) -> dict[str, ModelGraph]:
        """Every graph by role: ``{"model": graph}``, or a GAN's generator and discriminator."""
        return dict(self.role_graphs) if self.role_graphs else {"model": self.graph}

    def graph_of(self, role: str) -> ModelGraph:
        """The graph of ``role`` (``KeyError`` if the project has no such role)."""
        return self.graphs[role]

    def file_version(self) -> int:
        """1 when a version-1 deskdl reads this project right, else 2."""
        if self.role_graphs or self.optimizers or self.algorithm:
            return 2
        if any(g.groups for g in self.graphs.values()):  # a version-1 deskdl would drop the groups
            return 2
        if not self.kind or self.kind == "supervised":
            return 1
        # A version-1 deskdl knows an autoencoder only by its data's target.
        return 1 if self.kind == "autoencoder" and self.data.get("target") == "inputs" else 2

    # ---------------------------------------------------------------- reading
    @classmethod
    def from_dict(cls, doc: Any, source: str = "project") -> Project:
        """Validate, migrate and load a project document (raises :class:`ProjectError`)."""
        if not isinstance(doc, Mapping):
            raise ProjectError(_("{source}: the file must hold a JSON object, not {type}").format(
                source=source, type=type(doc).__name__))
        where = too_deep_at(doc)
        if where is not None:
            raise _too_deep(source, where)
        if doc.get("format") != FORMAT:
            raise ProjectError(
                _("{source}: this is not a deskdl project (its 'format' is {format})").format(
                    source=source, format=repr(doc.get("format"))),
                _('a project file starts with {"format": "deskdl-project", "version": 1, ...}'),
            )
        version = doc.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 0:
            raise ProjectError(_("{source}: 'version' must be a whole number, not {version}").format(
                source=source, version=repr(version)))
        if version > VERSION:
            raise ProjectError(
                _("{source}: this project was saved by a newer deskdl (file version {version}, "
                  "this deskdl reads up to {supported})").format(source=source, version=version,
                                                                 supported=VERSION),
                _("update deskdl to open it"),
            )
        doc = copy.deepcopy(dict(doc))
        while doc["version"] < VERSION:
            doc = MIGRATIONS[doc["version"]](doc)
        if "model" not in doc and "models" not in doc:
            raise ProjectError(_("{source}: the project has no 'model'").format(source=source),
                               _("add a 'model' with a list of 'nodes'"))
        if "model" in doc and "models" in doc:
            raise ProjectError(_("{source}: the project has both 'model' and 'models'").format(source=source),
                               _("keep one graph under 'model', or one graph per role under 'models'"))
        graph = ModelGraph()
        if "model" in doc:
            try:
                graph = ModelGraph.from_dict(doc["model"])
            except DeskdlError as err:
                raise ProjectError(f"{source}: {err.message}", err.fix, node_id=err.node_id) from None
        for key in ("data", "training", "layout"):
            if key in doc and not isinstance(doc[key], Mapping):
                raise ProjectError(_("{source}: '{key}' must be an object").format(source=source, key=key))
        if "name" in doc and not isinstance(doc["name"], str):
            raise ProjectError(_("{source}: 'name' must be text").format(source=source))
        layout = {}
        for nid, pos in (doc.get("layout") or {}).items():
            if (isinstance(pos, (list, tuple)) and len(pos) == 2
                    and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in pos)):
                layout[nid] = [float(pos[0]), float(pos[1])]
        runs = doc.get("runs") or []
        kind, role_graphs, optimizers, algorithm = _read_v2_fields(doc, source)
        if role_graphs:
            graph = next(iter(role_graphs.values()))
        return cls(
            kind=kind, role_graphs=role_graphs, optimizers=optimizers, algorithm=algorithm,
            graph=graph,
            name=doc.get("name", "Untitled"),
            description=doc.get("description", ""),
            data=merge_defaults(DEFAULT_DATA, doc.get("data")),
            training=training_with_defaults(doc.get("training")),
            layout=layout,
            runs=list(runs) if isinstance(runs, list) else [],
            extra={k: v for k, v in doc.items() if k not in _KNOWN},
        )

    @classmethod
    def from_json(cls, text: str, source: str = "project") -> Project:
        """Parse JSON text into a project, with line and column on a syntax error."""
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as err:
            reason = err.msg.removesuffix(" at")  # "Unterminated string starting at" + " at line 2"
            raise ProjectError(
                _("{source}: the file is not valid JSON ({reason} at line {line}, column {column})").format(
                    source=source, reason=_(reason) if reason in JSON_REASONS else reason,
                    line=err.lineno, column=err.colno),
                _("fix that spot in a text editor, or open a backup"),
            ) from None
        except RecursionError:
            raise _too_deep(source) from None
        return cls.from_dict(doc, source)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Project:
        """Read a ``.deskdl`` file (raises :class:`ProjectError` with the file name)."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ProjectError(_("{path}: no such file").format(path=path), _("check the path")) from None
        except (OSError, UnicodeDecodeError) as err:
            raise ProjectError(_("{path}: cannot be read ({error})").format(
                                   path=path, error=err.__class__.__name__),
                               _("check that it is a deskdl project and that you may read it")) from None
        project = cls.from_json(text, str(path))
        project.path = path
        return project

    # ---------------------------------------------------------------- writing
    def to_dict(self) -> dict[str, Any]:
        """The project document (unknown fields from the file kept)."""
        doc: dict[str, Any] = {"format": FORMAT, "version": self.file_version(), "name": self.name}
        if self.description:
            doc["description"] = self.description
        if self.kind:
            doc["kind"] = self.kind
        if self.role_graphs:
            doc["models"] = {role: g.to_dict() for role, g in self.role_graphs.items()}
        else:
            doc["model"] = self.graph.to_dict()
        if self.optimizers:
            doc["optimizers"] = copy.deepcopy(self.optimizers)
        doc["data"] = copy.deepcopy(self.data)
        doc["training"] = copy.deepcopy(self.training)
        if self.algorithm:
            doc["algorithm"] = copy.deepcopy(self.algorithm)
        doc["layout"] = {nid: list(pos) for nid, pos in self.layout.items()
                         if any(nid in g or nid in g.groups for g in self.graphs.values())}
        if self.runs:
            doc["runs"] = copy.deepcopy(self.runs)
        for key, value in self.extra.items():
            doc.setdefault(key, copy.deepcopy(value))
        return doc

    def to_json(self) -> str:
        """The document as indented JSON text."""
        return json.dumps(self.to_dict(), indent=2, allow_nan=False) + "\n"

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Write atomically to ``path`` (or where it was loaded from)."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ProjectError(_("the project has no file name yet"), _("use Save As"))
        try:
            text = self.to_json()
        except ValueError as err:
            raise ProjectError(_("{path}: the project holds a value JSON cannot store ({error})").format(
                path=target, error=err)) from None
        atomic_write_text(target, text)
        self.path = target
        return target

    def copy(self) -> Project:
        """An independent copy (the graph too)."""
        clone = Project.from_dict(self.to_dict())
        clone.path = self.path
        return clone


def _read_v2_fields(doc: Mapping[str, Any], source: str,
                    ) -> tuple[str | None, dict[str, ModelGraph], dict[str, Any], dict[str, Any]]:
    """``kind``, ``models`` (parsed), ``optimizers`` and ``algorithm`` of a document, checked."""
    declared = doc.get("kind")
    if declared is not None and not isinstance(declared, str):
        raise ProjectError(_("{source}: 'kind' must be text such as \"gan\", not {value}").format(
            source=source, value=repr(declared)))
    try:
        kind = kind_of(doc)
    except KindError as err:
        raise ProjectError(f"{source}: {err.message}", err.fix) from None
    for key in ("models", "optimizers", "algorithm"):
        if key in doc and not isinstance(doc[key], Mapping):
            raise ProjectError(_("{source}: '{key}' must be an object").format(source=source, key=key))
    role_graphs: dict[str, ModelGraph] = {}
    roles = ", ".join(kind.roles)
    name = _kind_name(kind)
    if kind.multi_role and "models" not in doc:
        raise ProjectError(_("{source}: a {kind} has the graphs {roles}, but the file has "
                             "one 'model'").format(source=source, kind=name, roles=roles),
                           _("put one graph per role under 'models': {roles}").format(roles=roles))
    if "models" in doc:
        models = doc["models"]
        if not kind.multi_role:
            raise ProjectError(_("{source}: a {kind} has one graph, kept under 'model', not 'models'").format(
                                   source=source, kind=name),
                               _("rename 'models' to 'model', or set the project's 'kind'"))
        missing = [r for r in kind.roles if r not in models]
        if missing:
            raise ProjectError(_("{source}: this {kind} has no {role} (its graphs are: {roles})").format(
                                   source=source, kind=name, role=missing[0], roles=roles),
                               _("add a '{role}' graph under 'models'").format(role=missing[0]))
        for role in models:
            if role not in kind.roles:
                raise ProjectError(_("{source}: a {kind} has no role {role} "
                                     "(its graphs are: {roles})").format(
                                       source=source, kind=name, role=repr(role), roles=roles),
                                   _("rename or remove models.{role}").format(role=role))
        for role in kind.roles:
            try:
                role_graphs[role] = ModelGraph.from_dict(models[role])
            except DeskdlError as err:
                raise ProjectError(_("{source}: the {role}: {message}").format(
                                       source=source, role=role, message=err.message),
                                   err.fix, node_id=err.node_id) from None
    optimizers = copy.deepcopy(dict(doc.get("optimizers") or {}))
    for role, opt in optimizers.items():
        if role not in kind.roles:
            raise ProjectError(_("{source}: optimizers.{role} names no graph of this {kind} "
                                 "(its graphs are: {roles})").format(source=source, role=role, kind=name,
                                                                      roles=roles),
                               _("rename or remove optimizers.{role}").format(role=role))
        if not isinstance(opt, Mapping):
            raise ProjectError(_("{source}: optimizers.{role} must be an object such as {example}").format(
                source=source, role=role, example='{"type": "Adam", "learning_rate": 0.0002}'))
    algorithm = copy.deepcopy(dict(doc.get("algorithm") or {}))
    return declared, role_graphs, optimizers, algorithm


def _kind_name(kind: ProjectKind) -> str:
    """The kind's title inside a sentence: lower case in English, its translation otherwise."""
    shown = tr("core.kinds", kind.title)
    return kind.title.lower() if shown == kind.title else shown[:1].lower() + shown[1:]


#: Lists and objects inside each other deeper than this are refused (a real project needs about 8;
#: Python's copy and JSON code recurse once or more per level and stop near 1000).
MAX_DEPTH = 100


def too_deep_at(doc: Any, limit: int = MAX_DEPTH) -> str | None:
    """Where ``doc`` nests lists/objects deeper than ``limit`` (a path like ``extra.a[0]``), else None.

    Walks without recursion, so any depth can be checked.
    """
    stack: list[tuple[Any, int, str]] = [(doc, 1, "")]
    while stack:
        value, depth, where = stack.pop()
        if isinstance(value, Mapping):
            items = ((f"{where}.{k}" if where else str(k), v) for k, v in value.items())
        elif isinstance(value, (list, tuple)):
            items = ((f"{where}[{i}]", v) for i, v in enumerate(value))
        else:
            continue
        if depth > limit:
            return where or "the top level"
        stack.extend((v, depth + 1, w) for w, v in items if isinstance(v, (Mapping, list, tuple)))
    return None


def _too_deep(source: str, where: str | None = None) -> ProjectError:
    at = _(" (at {where})").format(where=f"{where[:80]}{'...' if len(where) > 80 else ''}") if where else ""
    return ProjectError(_("{source}: the file is too deeply nested: lists or objects inside each other more "
                          "than {limit} levels deep{at}; no deskdl project needs that").format(
                              source=source, limit=MAX_DEPTH, at=at),
                        _("open a backup, or remove that part in a text editor"))


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to a temp file beside ``path``, then rename it over ``path``.

    A failure at any point leaves the old file untouched. The new file keeps the
    permission bits of the file it replaces (a shared 0644 lesson stays 0644; the
    temp file itself is made 0600); a new file gets the usual ``0666 & ~umask``.
    Temp files that an earlier, killed save of the same file left behind are removed.
    A link is followed, so the file it points to is replaced and the link stays. A target
    that is not a regular file (``/dev/null``, a pipe) is written in place: renaming over
    it would replace the device itself with a plain file.
    """
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    if path.exists() and not path.is_file() and not path.is_dir():
        try:
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
        except OSError as err:
            raise ProjectError(_("{path}: could not be written ({reason})").format(
                                   path=path, reason=err.strerror),
                               _("check the name and permissions")) from None
        return
    directory = path.parent if str(path.parent) else Path(".")
    prefix = f"{TEMP_PREFIX}{path.name}."
    _remove_stale_temps(directory, prefix)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=directory)
    except OSError as err:
        raise ProjectError(_("{path}: cannot write in {folder} ({reason})").format(
                               path=path, folder=directory, reason=err.strerror),
                           _("choose a folder you may write to")) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        if not hasattr(os, "fchmod"):  # Windows: only the read-only bit exists
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as err:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise ProjectError(_("{path}: could not be saved ({reason})").format(path=path, reason=err.strerror),
                           _("check free disk space and permissions")) from None


#: Temp files of :func:`atomic_write_text` are ``.NAME.<random>.tmp`` beside NAME.
TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"
#: A temp file older than this (seconds) belongs to a save that was killed, not to one in progress.
STALE_TEMP_AGE = 60.0


def _remove_stale_temps(directory: Path, prefix: str) -> int:
    """Delete leftovers of killed saves of one file (``prefix*.tmp``, over a minute old); returns how many."""
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(TEMP_SUFFIX)):
            continue
        middle = name[len(prefix):-len(TEMP_SUFFIX)]
        if not middle or "." in middle:  # mkstemp's random part only: never another file's temp
            continue
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat(follow_symlinks=False).st_mtime \
                    > STALE_TEMP_AGE:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


_UMASK: list[int] = []


def _umask() -> int:
    """The process's umask (read once: reading it means setting it)."""
    if not _UMASK:
        mask = os.umask(0o022)
        os.umask(mask)
        _UMASK.append(mask)
    return _UMASK[0]
