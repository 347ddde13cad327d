"""Perform a lesson's project actions on the core project, without a window.

:func:`apply_action` is what "Show me" does to the model and its settings, headless:
the same :class:`~deskdl.core.graph.ModelGraph` methods the Build tab's commands call.
Opening a template or a lesson's project file returns a new project; every other
project op changes the given one in place and returns it. The ``train`` op is not
done here (the core cannot train): :func:`apply_action` returns the project and the
caller (``deskdl.ml.lessons``, or the GUI's Train tab) trains. GUI ops (switch a
tab, select a layer, highlight a control) are no-ops here; ``event`` ops are
reported to the session by the caller.

A project edit that cannot be made (a layer id that does not exist, a link that
would make a cycle) raises :class:`~deskdl.core.lessons.model.LessonError` in words.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from deskdl.core.errors import DeskdlError
from deskdl.core.i18n import translator
from deskdl.core.lessons.model import GUI_OPS, Action, Lesson, LessonError
from deskdl.core.project import Project

_ = translator("core.lessons.actions")


def template_path(template: str) -> Path:
    """The file of template ``template`` (``resources/templates/<template>.deskdl``)."""
    from deskdl.core.lessons.loader import templates_dir

    return templates_dir() / f"{template}.deskdl"


def open_project_for(action: Action, folder: Path | None) -> Project:
    """A fresh copy of the project an ``open_template`` / ``open_project`` action names (no path: unsaved)."""
    if action.op == "open_template":
        path = template_path(action.get("template"))
    else:
        path = Path(action.get("file"))
        if not path.is_absolute() and folder is not None:
            path = folder / path
    try:
        project = Project.load(path)
    except DeskdlError as err:
        raise LessonError(err.text) from None
    project.path = None  # a lesson never overwrites its own files: the learner saves elsewhere
    return project


def start_project(lesson: Lesson) -> Project | None:
    """The project the lesson opens when it starts (``None`` when it names none)."""
    start = lesson.start_actions()
    return open_project_for(start[0], lesson.folder) if start else None


def set_path(doc: dict[str, Any], path: str, value: Any) -> None:
    """Set ``doc["a"]["b"] = value`` for ``path == "a.b"`` (making the tables on the way)."""
    parts = path.split(".")
    for part in parts[:-1]:
        nxt = doc.get(part)
        if not isinstance(nxt, dict):
            nxt = doc[part] = {}
        doc = nxt
    doc[parts[-1]] = copy.deepcopy(value)


def apply_action(action: Action, project: Project | None, folder: Path | None = None) -> Project | None:
    """Do ``action`` to ``project`` (see the module docstring); returns the project now open."""
    op = action.op
    if op in ("open_template", "open_project"):
        return open_project_for(action, folder)
    if op in GUI_OPS or op in ("train", "event"):
        return project
    if project is None:
        raise LessonError(_("'{op}' needs an open project: open a template or project first").format(op=op))
    graph = project.graph
    try:
        if op == "add_layer":
            params = dict(action.get("params") or {})
            after, before = action.get("after"), action.get("before")
            if after and before:
                slot = graph.node(before).inputs.index(after) if after in graph.node(before).inputs else None
                if slot is None:
                    raise LessonError(_("add_layer: {after} does not feed {before}, so there is no link to "
                                        "put the layer on").format(after=after, before=before))
                graph.insert_between(action.get("type"), after, before, slot, params, action.get("id"))
            else:
                new = graph.add_node(action.get("type"), params, action.get("id"),
                                     inputs=[after] if after else [])
                if before:
                    graph.connect(new, before)
        elif op == "set_layer":
            graph.set_params(action.get("layer"), action.get("params"))
        elif op == "delete_layer":
            graph.remove_node(action.get("layer"))
        elif op == "connect":
            graph.connect(action.get("src"), action.get("dst"), action.get("slot"))
        elif op == "disconnect":
            graph.disconnect(action.get("src"), action.get("dst"))
        elif op == "set_training":
            set_path(project.training, action.get("setting"), action.get("value"))
        elif op == "set_data":
            set_path(project.data, action.get("setting"), action.get("value"))
        elif op == "set_algorithm":
            set_path(project.algorithm, action.get("setting"), action.get("value"))
        else:  # pragma: no cover - the loader only lets known ops through
            raise LessonError(_("unknown action {op}").format(op=repr(op)))
    except LessonError:
        raise
    except DeskdlError as err:
        raise LessonError(f"{op}: {err.text}") from None
    return project
