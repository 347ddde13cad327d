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
import tempfile
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


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to a temp file beside ``path``, then rename it over ``path``.

    A failure at any point leaves the old file untouched.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as err:
        raise ProjectError(f"{path}: cannot write in {directory} ({err.strerror})",
                           "choose a folder you may write to") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as err:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise ProjectError(f"{path}: could not be saved ({err.strerror})",
                           "check free disk space and permissions") from None
