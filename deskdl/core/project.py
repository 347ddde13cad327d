"""Project files: the JSON contract other tools, teachers and tests write by hand.

A project is ``{"format": "deskdl-project", "version": N, "model": {...}, ...}``.
Every field but ``format``, ``version`` and ``model`` may be left out and gets
its default; unknown fields are kept on save; older versions are migrated;
newer or foreign files are refused with a clear message. Saves are atomic.
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
from deskdl.core.training import DEFAULT_DATA, merge_defaults, training_with_defaults

FORMAT = "deskdl-project"
VERSION = 1
SUFFIX = ".deskdl"
_KNOWN = {"format", "version", "name", "model", "data", "training", "layout", "description", "runs"}


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


#: ``MIGRATIONS[v]`` turns a version-``v`` document into version ``v + 1``.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_0_to_1}


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

    # ---------------------------------------------------------------- reading
    @classmethod
    def from_dict(cls, doc: Any, source: str = "project") -> Project:
        """Validate, migrate and load a project document (raises :class:`ProjectError`)."""
        if not isinstance(doc, Mapping):
            raise ProjectError(f"{source}: the file must hold a JSON object, not {type(doc).__name__}")
        where = too_deep_at(doc)
        if where is not None:
            raise _too_deep(source, where)
        if doc.get("format") != FORMAT:
            raise ProjectError(
                f"{source}: this is not a deskdl project (its 'format' is {doc.get('format')!r})",
                'a project file starts with {"format": "deskdl-project", "version": 1, ...}',
            )
        version = doc.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 0:
            raise ProjectError(f"{source}: 'version' must be a whole number, not {version!r}")
        if version > VERSION:
            raise ProjectError(
                f"{source}: this project was saved by a newer deskdl (file version {version}, "
                f"this deskdl reads up to {VERSION})",
                "update deskdl to open it",
            )
        doc = copy.deepcopy(dict(doc))
        while doc["version"] < VERSION:
            doc = MIGRATIONS[doc["version"]](doc)
        if "model" not in doc:
            raise ProjectError(f"{source}: the project has no 'model'",
                               "add a 'model' with a list of 'nodes'")
        try:
            graph = ModelGraph.from_dict(doc["model"])
        except DeskdlError as err:
            raise ProjectError(f"{source}: {err.message}", err.fix, node_id=err.node_id) from None
        for key in ("data", "training", "layout"):
            if key in doc and not isinstance(doc[key], Mapping):
                raise ProjectError(f"{source}: '{key}' must be an object")
        if "name" in doc and not isinstance(doc["name"], str):
            raise ProjectError(f"{source}: 'name' must be text")
        layout = {}
        for nid, pos in (doc.get("layout") or {}).items():
            if (isinstance(pos, (list, tuple)) and len(pos) == 2
                    and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in pos)):
                layout[nid] = [float(pos[0]), float(pos[1])]
        runs = doc.get("runs") or []
        return cls(
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
            raise ProjectError(
                f"{source}: the file is not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})",
                "fix that spot in a text editor, or open a backup",
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
            raise ProjectError(f"{path}: no such file", "check the path") from None
        except (OSError, UnicodeDecodeError) as err:
            raise ProjectError(f"{path}: cannot be read ({err.__class__.__name__})",
                               "check that it is a deskdl project and that you may read it") from None
        project = cls.from_json(text, str(path))
        project.path = path
        return project

    # ---------------------------------------------------------------- writing
    def to_dict(self) -> dict[str, Any]:
        """The project document (unknown fields from the file kept)."""
        doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": self.name}
        if self.description:
            doc["description"] = self.description
        doc["model"] = self.graph.to_dict()
        doc["data"] = copy.deepcopy(self.data)
        doc["training"] = copy.deepcopy(self.training)
        doc["layout"] = {nid: list(pos) for nid, pos in self.layout.items() if nid in self.graph}
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
            raise ProjectError("the project has no file name yet", "use Save As")
        try:
            text = self.to_json()
        except ValueError as err:
            raise ProjectError(f"{target}: the project holds a value JSON cannot store ({err})") from None
        atomic_write_text(target, text)
        self.path = target
        return target

    def copy(self) -> Project:
        """An independent copy (the graph too)."""
        clone = Project.from_dict(self.to_dict())
        clone.path = self.path
        return clone


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
    at = f" (at {where[:80]}{'...' if len(where) > 80 else ''})" if where else ""
    return ProjectError(f"{source}: the file is too deeply nested: lists or objects inside each other more "
                        f"than {MAX_DEPTH} levels deep{at}; no deskdl project needs that",
                        "open a backup, or remove that part in a text editor")


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to a temp file beside ``path``, then rename it over ``path``.

    A failure at any point leaves the old file untouched. The new file keeps the
    permission bits of the file it replaces (a shared 0644 lesson stays 0644; the
    temp file itself is made 0600); a new file gets the usual ``0666 & ~umask``.
    Temp files that an earlier, killed save of the same file left behind are removed.
    """
    path = Path(path)
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
        raise ProjectError(f"{path}: cannot write in {directory} ({err.strerror})",
                           "choose a folder you may write to") from None
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
        raise ProjectError(f"{path}: could not be saved ({err.strerror})",
                           "check free disk space and permissions") from None


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
