"""Undo commands for the model builder.

Commands call model methods only; the canvas follows the model's events. Card
positions are layout, kept in the project's layout dict: commands that place,
move or remove cards read and write it through a *layout store* (the
:class:`~deskdl.qt.canvas.scene.GraphScene` is one) offering ``layout`` (the
dict) and ``set_positions(mapping)``.

A command whose model call is refused (a :class:`DeskdlError`) marks itself
obsolete, so :meth:`QUndoStack.push` drops it, and keeps the error in
``error`` for the caller to show.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from deskdl.core import catalog
from deskdl.core.catalog import FixAction
from deskdl.core.errors import DeskdlError, GraphError
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import translator

_ = translator("qt.commands")

Point = tuple[float, float]


class LayoutStore(Protocol):
    """Where card positions live: the project's layout dict and a way to move cards."""

    layout: dict[str, list[float]]

    def set_positions(self, positions: Mapping[str, Point]) -> None:
        """Write positions to ``layout`` and move the cards."""


class DictLayoutStore:
    """A layout store without a view (for scripts and tests)."""

    def __init__(self, layout: dict[str, list[float]] | None = None) -> None:
        self.layout = layout if layout is not None else {}

    def set_positions(self, positions: Mapping[str, Point]) -> None:
        """Write positions to the dict."""
        for nid, (x, y) in positions.items():
            self.layout[nid] = [float(x), float(y)]


# ===================================================================== helpers
def restore_inputs(graph: ModelGraph, dst: str, wanted: Sequence[str]) -> None:
    """Give ``dst`` exactly the inputs ``wanted``, in order, with model calls only.

    The graph has no 'insert link at slot', so the common prefix is kept and the
    rest is unlinked from the end and linked again in order.
    """
    current = graph.node(dst).inputs
    k = 0
    while k < len(current) and k < len(wanted) and current[k] == wanted[k]:
        k += 1
    while len(current) > k:
        graph.disconnect(current[-1], dst, len(current) - 1)
    for src in wanted[k:]:
        graph.connect(src, dst)


def restore_order(graph: ModelGraph, order: Sequence[str]) -> None:
    """Put the nodes back in ``order`` (it decides model input and output order).

    Undoing a removal inserts each node at its old index, so this is normally a
    no-op; if the order still differs, the graph is reloaded from its own
    (reordered) contents: one ``reset`` event, and nothing but the order changes.
    """
    current = list(graph.nodes)
    rank = {nid: i for i, nid in enumerate(order)}
    wanted = sorted(current, key=lambda nid: (rank.get(nid, len(rank)), current.index(nid)))
    if wanted == current:
        return
    data = graph.to_dict()
    by_id = {n["id"]: n for n in data["nodes"]}
    doc: dict[str, Any] = {"nodes": [by_id[nid] for nid in wanted]}
    if graph.explicit_outputs is not None:
        doc["outputs"] = graph.explicit_outputs
    graph.load_dict(doc)


def _topological(graph_nodes: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Ids of node dicts so that each follows those of its inputs that are in the set."""
    out: list[str] = []
    seen: set[str] = set()

    def visit(nid: str, trail: set[str]) -> None:
        if nid in seen or nid in trail:
            return
        trail.add(nid)
        for src in graph_nodes[nid].get("inputs", ()):
            if src in graph_nodes:
                visit(src, trail)
        seen.add(nid)
        out.append(nid)

    for nid in graph_nodes:
        visit(nid, set())
    return out


def fresh_ids(graph: ModelGraph, types: Iterable[tuple[str, str]]) -> dict[str, str]:
    """New readable ids for ``(old_id, type)`` pairs, distinct from the graph and each other."""
    taken = set(graph.nodes)
    mapping = {}
    for old, type_name in types:
        base = graph.new_id(type_name).rsplit("_", 1)[0]
        i = 1
        while f"{base}_{i}" in taken:
            i += 1
        mapping[old] = f"{base}_{i}"
        taken.add(mapping[old])
    return mapping


class _Command(QUndoCommand):
    """Shared bits: the model, the layout store, and refused edits becoming obsolete."""

    def __init__(self, graph: ModelGraph, store: LayoutStore | None, text: str) -> None:
        super().__init__(text)
        self.graph = graph
        self.store = store if store is not None else DictLayoutStore()
        self.error: DeskdlError | None = None
        self._done_once = False

    def redo(self) -> None:  # noqa: D102
        try:
            self._redo()
        except DeskdlError as err:
            if self._done_once:
                raise
            self.error = err
            self.setObsolete(True)
            return
        self._done_once = True

    def _redo(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _place(self, node_id: str, pos: Point | None) -> None:
        if pos is not None:
            self.store.layout[node_id] = [float(pos[0]), float(pos[1])]

    def _forget(self, node_id: str) -> Point | None:
        pos = self.store.layout.pop(node_id, None)
        return (pos[0], pos[1]) if pos else None


# ===================================================================== commands
class AddNodeCommand(_Command):
    """Add one layer (optionally linked to ``inputs``) at ``pos``."""

    def __init__(self, graph: ModelGraph, store: LayoutStore | None, type_name: str,
                 params: Mapping[str, Any] | None = None, pos: Point | None = None,
                 inputs: Sequence[str] = (), node_id: str | None = None, group: str | None = None) -> None:
        super().__init__(graph, store, _("Add {layer}").format(layer=type_name))
        self.group = group  # added while this group is open: the layer joins it
        self.type_name = type_name
        self.params = copy.deepcopy(dict(params or {}))
        self.pos = pos
        self.inputs = list(inputs)
        self.node_id = node_id

    def _redo(self) -> None:
        if self.node_id is None:
            self.node_id = self.graph.new_id(self.type_name)
        self._place(self.node_id, self.pos)
        try:
            self.graph.add_node(self.type_name, self.params, self.node_id, self.inputs, group=self.group)
        except DeskdlError:
            self._forget(self.node_id)
            raise
        self.pos = tuple(self.store.layout.get(self.node_id, self.pos or (0, 0)))  # as the scene placed it

    def undo(self) -> None:  # noqa: D102
        self.graph.remove_node(self.node_id)
        self._forget(self.node_id)


class RemoveNodesCommand(_Command):
    """Delete layers; their links go too. Undo restores ids, params, link order and positions."""

    def __init__(self, graph: ModelGraph, store: LayoutStore | None, node_ids: Iterable[str]) -> None:
        ids = list(dict.fromkeys(node_ids))
        text = _("Delete {layer}").format(layer=ids[0]) if len(ids) == 1 else _("Delete {n} layers").format(
            n=len(ids))
        super().__init__(graph, store, text)
        self.node_ids = ids
        self._snapshot: dict[str, Any] = {}

    def _redo(self) -> None:
        graph = self.graph
        for nid in self.node_ids:
            graph.node(nid)
        gone = set(self.node_ids)
        nodes = {nid: graph.nodes[nid].to_dict() for nid in self.node_ids}
        self._snapshot = {
            "order": list(graph.nodes),
            "nodes": nodes,
            "restore": _topological(nodes),
            "consumers": {
                n.id: list(n.inputs) for n in graph.nodes.values()
                if n.id not in gone and any(s in gone for s in n.inputs)
            },
            "positions": {nid: self.store.layout.get(nid) for nid in self.node_ids},
            "outputs": graph.explicit_outputs,
            "groups": _groups_touching(graph, gone),
        }
        for nid in reversed(self._snapshot["restore"]):
            graph.remove_node(nid)
            self._forget(nid)

    def undo(self) -> None:  # noqa: D102
        snap, graph = self._snapshot, self.graph
        rank = {nid: i for i, nid in enumerate(snap["order"])}
        for nid in snap["restore"]:
            raw = snap["nodes"][nid]
            pos = snap["positions"].get(nid)
            if pos is not None:
                self.store.layout[nid] = list(pos)
            # The nodes present keep their old relative order, so the ones ranked before this
            # node give its old position: a small insert, not a reload of the whole graph.
            index = sum(1 for other in graph.nodes if rank.get(other, len(rank)) < rank[nid])
            graph.add_node(raw["type"], raw["params"], nid, raw.get("inputs", ()), index=index)
        for dst, wanted in snap["consumers"].items():
            restore_inputs(graph, dst, wanted)
        if snap["outputs"] != graph.explicit_outputs:
            graph.set_outputs(snap["outputs"])
        restore_order(graph, snap["order"])
        restore_groups(graph, snap["groups"])


def _groups_touching(graph: ModelGraph, node_ids: set[str]) -> list[tuple[str, str, list[str], int]]:
    """``(id, label, members, index)`` of every group holding one of ``node_ids`` (for undo)."""
    return [(gid, g.label, list(g.members), i) for i, (gid, g) in enumerate(graph.groups.items())
            if any(m in node_ids for m in g.members)]


def restore_groups(graph: ModelGraph, groups: Sequence[tuple[str, str, list[str], int]]) -> None:
    """Put groups back as they were (after their deleted layers came back)."""
    for gid, label, members, index in groups:
        if gid in graph.groups:
            if graph.groups[gid].members == members:
                continue
            graph.remove_group(gid)
        graph.add_group(members, gid, label, index=index, check_block=False)


class FoldCommand(_Command):
    """Fold layers into a group shown as one card at ``pos`` (Ctrl+G)."""

    def __init__(self, graph: ModelGraph, store: LayoutStore | None, members: Iterable[str],
                 pos: Point | None = None, label: str = "Group", group_id: str | None = None) -> None:
        self.members = list(dict.fromkeys(members))
        super().__init__(graph, store, _("Fold {n} layers into a group").format(n=len(self.members)))
        self.pos = pos
        self.label = label
        self.group_id = group_id

    def _redo(self) -> None:
        if self.group_id is None:
            self.group_id = self.graph.new_id("Group")
        self._place(self.group_id, self.pos)
        try:
            self.graph.add_group(self.members, self.group_id, self.label)
        except DeskdlError:
            self._forget(self.group_id)
            raise

    def undo(self) -> None:  # noqa: D102
        self.graph.remove_group(self.group_id)
        self._forget(self.group_id)


class UnfoldCommand(_Command):
    """Unfold a group back into its layers (Ctrl+Shift+G), which appear where its card was."""

    def __init__(self, graph: ModelGraph, store: LayoutStore | None, group_id: str) -> None:
        super().__init__(graph, store, _("Unfold {group}").format(group=group_id))
        self.group_id = group_id
        self._snap: tuple[str, list[str], int, Point | None] | None = None
        self._moves: tuple[dict[str, Point], dict[str, Point]] = ({}, {})

    def _redo(self) -> None:
        graph, layout = self.graph, self.store.layout
        group = graph.groups.get(self.group_id)
        if group is None:
            raise GraphError(_("there is no group called {group}").format(group=self.group_id),
                             _("select a folded group to unfold"))
        index = list(graph.groups).index(self.group_id)
        card = layout.get(self.group_id)
        self._snap = (group.label, list(group.members), index, tuple(card) if card else None)
        old = {m: (layout[m][0], layout[m][1]) for m in group.members if m in layout}
        new = dict(old)
        if card and old:  # the layers keep their arrangement, moved to where the card is
            dx = card[0] - min(p[0] for p in old.values())
            dy = card[1] - min(p[1] for p in old.values())
            new = {m: (round(x + dx, 1), round(y + dy, 1)) for m, (x, y) in old.items()}
        self._moves = (old, new)
        graph.remove_group(self.group_id)
        self._forget(self.group_id)
        if new != old:
            self.store.set_positions(new)

    def undo(self) -> None:  # noqa: D102
        label, members, index, card = self._snap
        old, new = self._moves
        if new != old:
            self.store.set_positions(old)
        self._place(self.group_id, card)
        self.graph.add_group(members, self.group_id, label, index=index, check_block=False)


class ConnectCommand(_Command):
    """Link ``src`` into input ``slot`` of ``dst`` (an occupied slot is replaced)."""

    def __init__(self, graph: ModelGraph, src: str, dst: str, slot: int | None = None) -> None:
        super().__init__(graph, None, _("Link {src} to {dst}").format(src=src, dst=dst))
        self.src, self.dst, self.slot = src, dst, slot
        self._before: list[str] = []

    def _redo(self) -> None:
        self._before = list(self.graph.node(self.dst).inputs)
        self.graph.connect(self.src, self.dst, self.slot)

    def undo(self) -> None:  # noqa: D102
        restore_inputs(self.graph, self.dst, self._before)


class DisconnectCommand(_Command):
    """Remove the link ``src -> dst`` at ``slot``."""

    def __init__(self, graph: ModelGraph, src: str, dst: str, slot: int | None = None) -> None:
        super().__init__(graph, None, _("Unlink {src} from {dst}").format(src=src, dst=dst))
        self.src, self.dst, self.slot = src, dst, slot
        self._before: list[str] = []

    def _redo(self) -> None:
        self._before = list(self.graph.node(self.dst).inputs)
        self.graph.disconnect(self.src, self.dst, self.slot)

    def undo(self) -> None:  # noqa: D102
        restore_inputs(self.graph, self.dst, self._before)


class MoveNodesCommand(_Command):
    """Cards moved from ``old`` to ``new`` positions (the user dragged them)."""

    def __init__(self, store: LayoutStore, old: Mapping[str, Point], new: Mapping[str, Point],
                 text: str | None = None) -> None:
        n = len(new)
        super().__init__(None, store, text or (_("Move {layer}").format(layer=next(iter(new))) if n == 1
                                               else _("Move {n} layers").format(n=n)))
        self.old = {k: (float(v[0]), float(v[1])) for k, v in old.items()}
        self.new = {k: (float(v[0]), float(v[1])) for k, v in new.items()}

    def _redo(self) -> None:
        self.store.set_positions(self.new)

    def undo(self) -> None:  # noqa: D102
        self.store.set_positions(self.old)


class ArrangeCommand(MoveNodesCommand):
    """Auto-arrange: every card to its layered spot, ports turned to the flow direction."""

    def __init__(self, store: LayoutStore, old: Mapping[str, Point], new: Mapping[str, Point],
                 old_direction: str = "LR", new_direction: str = "LR") -> None:
        label = _("Arrange left to right") if new_direction == "LR" else _("Arrange top to bottom")
        super().__init__(store, old, new, label)
        self.old_direction = old_direction
        self.new_direction = new_direction

    def _redo(self) -> None:
        self._orient(self.new_direction)
        super()._redo()

    def undo(self) -> None:  # noqa: D102
        self._orient(self.old_direction)
        super().undo()

    def _orient(self, direction: str) -> None:
        setter = getattr(self.store, "set_orientation", None)
        if setter is not None:
            setter(direction)


class SetParamsCommand(_Command):
    """Change some params of one layer. Consecutive edits of the same params merge into one step."""

    ID = 0x0D51

    def __init__(self, graph: ModelGraph, node_id: str, params: Mapping[str, Any]) -> None:
        names = ", ".join(params)
        super().__init__(graph, None, _("Change {names} of {layer}").format(names=names, layer=node_id))
        self.node_id = node_id
        self.params = copy.deepcopy(dict(params))
        self._old = copy.deepcopy(graph.node(node_id).params)

    def id(self) -> int:  # noqa: D102
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: D102
        if not isinstance(other, SetParamsCommand) or other.node_id != self.node_id:
            return False
        if set(other.params) != set(self.params) or other.error is not None:
            return False
        self.params = copy.deepcopy(other.params)
        if self.graph.node(self.node_id).params == self._old:
            self.setObsolete(True)  # edited back to where it started: nothing to undo
        return True

    def _redo(self) -> None:
        self.graph.set_params(self.node_id, self.params)

    def undo(self) -> None:  # noqa: D102
        self.graph.replace_params(self.node_id, self._old)


class InsertOnEdgeCommand(_Command):
    """Put a new layer on the link ``src -> dst`` at ``slot`` (a palette item dropped on a link).

    ``moves`` optionally shifts cards downstream to make room: ``{id: (old, new)}``.
    """

    def __init__(self, graph: ModelGraph, store: LayoutStore | None, type_name: str, src: str,
                 dst: str, slot: int, pos: Point | None = None, params: Mapping[str, Any] | None = None,
                 moves: Mapping[str, tuple[Point, Point]] | None = None) -> None:
        super().__init__(graph, store, _("Insert {layer}").format(layer=type_name))
        self.type_name = type_name
        self.src, self.dst, self.slot = src, dst, slot
        self.pos = pos
        self.params = copy.deepcopy(dict(params or {}))
        self.moves = dict(moves or {})
        self.node_id: str | None = None

    def _redo(self) -> None:
        if self.node_id is None:
            self.node_id = self.graph.new_id(self.type_name)
        if self.moves:
            self.store.set_positions({k: new for k, (_old, new) in self.moves.items()})
        self._place(self.node_id, self.pos)
        try:
            self.graph.insert_between(self.type_name, self.src, self.dst, self.slot, self.params,
                                      self.node_id)
        except DeskdlError:
            self._forget(self.node_id)
            if self.moves:
                self.store.set_positions({k: old for k, (old, _) in self.moves.items()})
            raise

    def undo(self) -> None:  # noqa: D102
        self.graph.connect(self.src, self.dst, self.slot)  # replaces new -> dst
        self.graph.remove_node(self.node_id)
        self._forget(self.node_id)
        if self.moves:
            self.store.set_positions({k: old for k, (old, _) in self.moves.items()})


class PasteCommand(_Command):
    """Paste copied layers with fresh ids; links among them are kept, links to outside dropped."""

    def __init__(self, graph: ModelGraph, store: LayoutStore | None, payload: Mapping[str, Any],
                 offset: Point = (40.0, 40.0), text: str = "Paste", group: str | None = None) -> None:
        super().__init__(graph, store, text)
        self.group = group  # pasted while this group is open: the layers join it
        nodes = payload.get("nodes") if isinstance(payload, Mapping) else None
        if not isinstance(nodes, list):
            raise GraphError(_("the clipboard does not hold deskdl layers"))
        self.nodes = {}
        for raw in nodes:
            if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str) or "type" not in raw:
                raise GraphError(_("the clipboard holds a layer without an id or type"))
            self.nodes[raw["id"]] = copy.deepcopy(dict(raw))
        self.layout = {k: v for k, v in dict(payload.get("layout") or {}).items() if k in self.nodes}
        self.offset = offset
        self.mapping: dict[str, str] = {}

    @property
    def new_ids(self) -> list[str]:
        """Ids of the pasted layers (after the first redo)."""
        return list(self.mapping.values())

    def _redo(self) -> None:
        order = _topological(self.nodes)
        if not self.mapping:
            for raw in self.nodes.values():
                catalog.get(str(raw["type"]))  # unknown layer types fail before anything is added
            self.mapping = fresh_ids(self.graph, [(old, self.nodes[old]["type"]) for old in order])
        added: list[str] = []
        try:
            for old in order:
                raw = self.nodes[old]
                new = self.mapping[old]
                inputs = [self.mapping[s] for s in raw.get("inputs", ()) if s in self.mapping]
                pos = self.layout.get(old)
                if pos is not None:
                    self._place(new, (pos[0] + self.offset[0], pos[1] + self.offset[1]))
                self.graph.add_node(raw["type"], raw.get("params") or {}, new, inputs, group=self.group)
                added.append(new)
        except DeskdlError:
            for nid in reversed(added):
                self.graph.remove_node(nid)
                self._forget(nid)
            raise

    def undo(self) -> None:  # noqa: D102
        for old in reversed(_topological(self.nodes)):
            new = self.mapping[old]
            if new in self.graph:
                self.graph.remove_node(new)
            self._forget(new)


class ApplyFixCommand(_Command):
    """Apply a diagnostic's one-click fix (:class:`FixAction`).

    ``insert_before``: a new ``action.layer`` (with ``action.params``) goes in front of input
    ``action.slot`` of ``action.node_id``. ``set_param``: ``action.params`` are set on
    ``action.node_id``. ``add_input``: an Input layer is added and linked to the first
    layer that has nothing feeding it. ``set_outputs``: the model's outputs become
    ``action.params["outputs"]``.
    """

    def __init__(self, graph: ModelGraph, store: LayoutStore | None, action: FixAction,
                 pos: Point | None = None, moves: Mapping[str, tuple[Point, Point]] | None = None) -> None:
        super().__init__(graph, store, action.label or _("Apply fix"))
        self.action = action
        self.pos = pos
        self.moves = dict(moves or {})
        self.node_id: str | None = None  # the layer the fix added, if any
        self._old_params: dict[str, Any] | None = None
        self._old_outputs: list[str] | None = None
        self._linked_to: str | None = None
        self._replaced: str | None = None

    def _redo(self) -> None:
        a, graph = self.action, self.graph
        if a.op == "set_param":
            self._old_params = copy.deepcopy(graph.node(a.node_id).params)
            graph.set_params(a.node_id, a.params)
        elif a.op == "insert_before":
            target = graph.node(a.node_id)
            if not a.layer:
                raise GraphError(_("this fix does not say which layer to insert"))
            catalog.get(a.layer)
            if self.node_id is None:
                self.node_id = graph.new_id(a.layer)
            if self.moves:
                self.store.set_positions({k: new for k, (_old, new) in self.moves.items()})
            self._place(self.node_id, self.pos)
            if a.slot < len(target.inputs):
                self._replaced = target.inputs[a.slot]
                graph.insert_between(a.layer, self._replaced, a.node_id, a.slot, a.params, self.node_id)
            else:
                self._replaced = None
                graph.add_node(a.layer, a.params, self.node_id)
                try:
                    graph.connect(self.node_id, a.node_id, a.slot)
                except DeskdlError:
                    graph.remove_node(self.node_id)
                    self._forget(self.node_id)
                    raise
        elif a.op == "set_outputs":  # keep the chosen outputs only (a dangling branch is no output)
            self._old_outputs = graph.explicit_outputs
            graph.set_outputs(list(a.params["outputs"]))
        elif a.op == "add_input":
            if self.node_id is None:
                self.node_id = graph.new_id("Input")
            order = graph.topological_order() or list(graph.nodes)
            first = next((nid for nid in order if not graph.nodes[nid].inputs
                          and graph.nodes[nid].kind.min_inputs >= 1), None)
            self._place(self.node_id, self.pos)
            graph.add_node("Input", a.params, self.node_id)
            if first is not None:
                graph.connect(self.node_id, first)
                self._linked_to = first
        else:
            raise GraphError(_("deskdl does not know how to apply a fix of kind {op}").format(op=repr(a.op)))

    def undo(self) -> None:  # noqa: D102
        a, graph = self.action, self.graph
        if a.op == "set_param":
            graph.replace_params(a.node_id, self._old_params or {})
            return
        if a.op == "set_outputs":
            graph.set_outputs(self._old_outputs)
            return
        if a.op == "insert_before" and self._replaced is not None:
            graph.connect(self._replaced, a.node_id, a.slot)
        graph.remove_node(self.node_id)
        self._forget(self.node_id)
        if self.moves:
            self.store.set_positions({k: old for k, (old, _) in self.moves.items()})
