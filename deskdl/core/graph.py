"""The model graph: layers as nodes with stable ids and ordered input links.

Every mutation validates, changes, then emits an event, so views (the Qt
scene, the live summary) follow the model instead of being written by hand.
Layout (canvas positions) is not kept here: see :class:`deskdl.core.project.Project`.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from deskdl.core import catalog
from deskdl.core.errors import (
    ArityError,
    CycleError,
    DeskdlError,
    DuplicateIdError,
    GraphError,
    SelfLoopError,
    UnknownNodeError,
)
from deskdl.core.events import Emitter
from deskdl.core.i18n import translator

_ = translator("core.graph")

_ID_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


def keras_name(text: str, default: str = "model") -> str:
    """``text`` as a model name Keras accepts: ASCII letters, digits and ``_`` (TensorFlow's name scopes).

    A project's name is the learner's own ("Xoắn ốc", "Mô hình của tôi"): accents are dropped
    (``Xoắn ốc`` -> ``Xoan_oc``, đ -> d), any other character becomes ``_``; ``default`` if nothing is left.
    """
    import unicodedata

    plain = unicodedata.normalize("NFKD", str(text or "")).replace("đ", "d").replace("Đ", "D")
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9_]+", "_", plain).strip("_") or default


@dataclass
class Node:
    """One layer: its id, Keras class name, constructor params and input ids in call order."""

    id: str
    type: str
    params: dict[str, Any] = field(default_factory=dict)
    inputs: list[str] = field(default_factory=list)

    @property
    def kind(self) -> catalog.LayerKind:
        """The catalog entry of this node's layer type."""
        return catalog.get(self.type)

    def to_dict(self) -> dict[str, Any]:
        """The node as the project file writes it."""
        out: dict[str, Any] = {"id": self.id, "type": self.type, "params": copy.deepcopy(self.params)}
        if self.inputs:
            out["inputs"] = list(self.inputs)
        return out


@dataclass
class Group:
    """A named block of layers that the canvas shows folded as one card.

    The layers stay ordinary nodes of the graph; a group only says which of them
    belong together. Its sub-graph is implied: its members and the links among
    them; links from outside into a member are the group's inputs, members read
    from outside (or model outputs) are its outputs. So shapes, Problems, the
    summary, build and export read the same flat graph with or without groups,
    and a grouped model is exactly the model it was before folding.
    """

    id: str
    members: list[str]
    #: What the block was: ``"Sequential"``/``"Functional"`` (a nested Keras model),
    #: ``"Block"`` (a repeated block of an application model) or ``"Group"`` (folded by hand).
    label: str = "Group"

    def to_dict(self) -> dict[str, Any]:
        """The group as the project file writes it."""
        return {"id": self.id, "label": self.label, "members": list(self.members)}


class ModelGraph:
    """A directed acyclic graph of Keras layers.

    Events (payload keywords in brackets): ``node_added`` (node),
    ``node_removed`` (node), ``edge_added`` (src, dst, slot), ``edge_removed``
    (src, dst, slot), ``params_changed`` (node_id, params), ``outputs_changed``
    (outputs), ``group_added`` (group), ``group_removed`` (group), ``reset`` (),
    and the catch-all ``changed`` (event, ...).
    """

    def __init__(self) -> None:
        self.events = Emitter()
        self._nodes: dict[str, Node] = {}
        self._outputs: list[str] | None = None
        self._groups: dict[str, Group] = {}
        self._group_of: dict[str, str] = {}

    # ----------------------------------------------------------------- queries
    @property
    def nodes(self) -> dict[str, Node]:
        """Nodes by id, in insertion order (read-only by convention)."""
        return self._nodes

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._nodes

    def __len__(self) -> int:
        return len(self._nodes)

    def node(self, node_id: str) -> Node:
        """The node with ``node_id`` or :class:`UnknownNodeError`."""
        try:
            return self._nodes[node_id]
        except KeyError:
            raise UnknownNodeError(_("there is no layer with id {id}").format(id=repr(node_id))) from None

    def edges(self) -> list[tuple[str, str, int]]:
        """Every link as ``(src, dst, slot)``."""
        return [(src, n.id, i) for n in self._nodes.values() for i, src in enumerate(n.inputs)]

    def consumer_map(self) -> dict[str, list[tuple[str, int]]]:
        """For every node id, the ``(dst, slot)`` pairs that read it (built in one pass)."""
        out: dict[str, list[tuple[str, int]]] = {nid: [] for nid in self._nodes}
        for n in self._nodes.values():
            for i, src in enumerate(n.inputs):
                if src in out:
                    out[src].append((n.id, i))
        return out

    def consumers(self, node_id: str) -> list[tuple[str, int]]:
        """Nodes that read ``node_id``'s output, as ``(dst, slot)``."""
        return [(n.id, i) for n in self._nodes.values() for i, src in enumerate(n.inputs) if src == node_id]

    @property
    def explicit_outputs(self) -> list[str] | None:
        """Outputs the user chose, or ``None`` for 'whatever nothing consumes'."""
        return None if self._outputs is None else list(self._outputs)

    def outputs(self) -> list[str]:
        """The model outputs: the explicit list, else every node nothing consumes."""
        if self._outputs is not None:
            return [o for o in self._outputs if o in self._nodes]
        return self._default_outputs()

    def inputs(self) -> list[str]:
        """Ids of the Input nodes, in insertion order."""
        return [nid for nid, n in self._nodes.items() if n.type == "Input"]

    def topological_order(self) -> list[str] | None:
        """Node ids so that every node follows its inputs; ``None`` if there is a cycle."""
        indeg = {nid: 0 for nid in self._nodes}
        out: dict[str, list[str]] = {nid: [] for nid in self._nodes}
        for n in self._nodes.values():
            for src in n.inputs:
                if src in self._nodes:
                    indeg[n.id] += 1
                    out[src].append(n.id)
        ready = [nid for nid, d in indeg.items() if d == 0]
        order: list[str] = []
        while ready:
            nid = ready.pop(0)
            order.append(nid)
            for dst in out[nid]:
                indeg[dst] -= 1
                if indeg[dst] == 0:
                    ready.append(dst)
        return order if len(order) == len(self._nodes) else None

    def is_chain(self) -> bool:
        """True for one Input feeding a straight line of single-input layers."""
        order = self.topological_order()
        if not order or len(self.inputs()) != 1 or len(self.outputs()) != 1:
            return False
        for prev, nid in zip(order, order[1:]):
            if self._nodes[nid].inputs != [prev]:
                return False
        return True

    def reaches(self, src: str, dst: str) -> bool:
        """Whether data flows from ``src`` to ``dst`` (following links forward)."""
        cmap = self.consumer_map()
        stack, seen = [src], set()
        while stack:
            cur = stack.pop()
            if cur == dst:
                return True
            if cur in seen:
                continue
            seen.add(cur)
            stack.extend(d for d, _ in cmap.get(cur, ()))
        return False

    def new_id(self, type_name: str) -> str:
        """A fresh readable id such as ``dense_2`` (never a layer's or a group's id)."""
        base = re.sub(r"(?<!^)(?=[A-Z][a-z])", "_", type_name).lower().replace("__", "_")
        i = 1
        while f"{base}_{i}" in self._nodes or f"{base}_{i}" in self._groups:
            i += 1
        return f"{base}_{i}"

    # ------------------------------------------------------------------ groups
    @property
    def groups(self) -> dict[str, Group]:
        """Groups by id, in the order they were made (read-only by convention)."""
        return self._groups

    def group_of(self, node_id: str) -> str | None:
        """The id of the group ``node_id`` belongs to, or ``None``."""
        return self._group_of.get(node_id)

    def group_inputs(self, group_id: str) -> list[tuple[str, str, int]]:
        """Links that enter the group from outside, as ``(src, dst, slot)`` (dst is a member)."""
        members = set(self._group(group_id).members)
        return [(src, nid, i) for nid in self._groups[group_id].members
                for i, src in enumerate(self._nodes[nid].inputs) if src not in members]

    def group_outputs(self, group_id: str) -> list[str]:
        """Members whose output leaves the group (read outside it, or a model output)."""
        group = self._group(group_id)
        members = set(group.members)
        outs = set(self.outputs())
        read_outside = {src for n in self._nodes.values() if n.id not in members
                        for src in n.inputs if src in members}
        return [m for m in group.members if m in read_outside or m in outs]

    def all_group_outputs(self) -> dict[str, list[str]]:
        """:meth:`group_outputs` of every group, in one pass over the links (for redrawing many cards)."""
        outs = set(self.outputs())
        group_of = self._group_of
        read_outside: set[str] = set()
        for n in self._nodes.values():
            mine = group_of.get(n.id)
            for src in n.inputs:
                theirs = group_of.get(src)
                if theirs is not None and theirs != mine:
                    read_outside.add(src)
        return {gid: [m for m in g.members if m in read_outside or m in outs]
                for gid, g in self._groups.items()}

    def check_group(self, members: Iterable[str]) -> list[str]:
        """Raise :class:`GraphError` unless ``members`` can form a group; returns them in model order.

        A group needs at least two layers that are in no other group, and it must be
        one block: data that leaves it must not come back into it further on (else the
        folded card would feed itself).
        """
        wanted = list(dict.fromkeys(members))
        for nid in wanted:
            self.node(nid)
        if len(wanted) < 2:
            raise GraphError(_("a group needs at least two layers"), _("select two or more layers to fold"))
        for nid in wanted:
            if nid in self._group_of:
                group = self._group_of[nid]
                raise GraphError(_("{id} is already in the group {group}").format(id=nid, group=group),
                                 _("unfold {group} first, or leave {id} out").format(id=nid, group=group))
        chosen = set(wanted)
        cmap = self.consumer_map()
        # Walk forward from every link that leaves the selection; reaching the selection again
        # means a path goes out and back in.
        stack = [dst for nid in wanted for dst, _slot in cmap[nid] if dst not in chosen]
        seen: set[str] = set()
        while stack:
            cur = stack.pop()
            if cur in seen:
                continue
            seen.add(cur)
            for dst, _slot in cmap[cur]:
                if dst in chosen:
                    raise GraphError(
                        _("these layers are not one block: data leaves them through {out} and comes back "
                          "into {back}").format(out=cur, back=dst),
                        _("add {out} to the selection, or leave {back} out").format(out=cur, back=dst),
                    )
                stack.append(dst)
        return [nid for nid in self._nodes if nid in chosen]

    def add_group(self, members: Iterable[str], group_id: str | None = None, label: str = "Group",
                  index: int | None = None, check_block: bool = True) -> str:
        """Fold ``members`` into a new group (see :meth:`check_group`); returns its id.

        ``check_block=False`` (loading a file, undo) skips the one-block check: edits after
        a fold (a link from a member out and back into another) may have made a group that
        is no longer one block, and such a project must still open. Its card may then feed
        itself on the canvas; shapes and the model do not change.
        """
        if check_block:
            ordered = self.check_group(members)
        else:
            wanted = set(members)
            for nid in wanted:
                self.node(nid)
                if nid in self._group_of:
                    raise GraphError(_("{id} is in two groups ({group} too)").format(
                                         id=nid, group=self._group_of[nid]),
                                     _("keep each layer in one group"))
            if len(wanted) < 2:
                raise GraphError(_("a group needs at least two layers"), _("remove the group or add a layer"))
            ordered = [nid for nid in self._nodes if nid in wanted]
        if group_id is None:
            group_id = self.new_id(label if label not in ("Sequential", "Functional") else "Block")
        elif group_id in self._nodes or group_id in self._groups:
            raise DuplicateIdError(_("the id {id} is already used").format(id=repr(group_id)),
                                   _("pick another name"))
        elif not _ID_RE.match(group_id):
            raise GraphError(_("{id} is not a usable id").format(id=repr(group_id)),
                             _("use letters, digits and underscores, starting with a letter"))
        group = Group(group_id, ordered, str(label or "Group"))
        if index is None or index >= len(self._groups):
            self._groups[group_id] = group
        else:
            items = list(self._groups.items())
            items.insert(max(int(index), 0), (group_id, group))
            self._groups = dict(items)
        for nid in ordered:
            self._group_of[nid] = group_id
        self.events.emit("group_added", group=group)
        return group_id

    def remove_group(self, group_id: str) -> Group:
        """Unfold a group: its layers stay, only the grouping goes."""
        group = self._group(group_id)
        del self._groups[group_id]
        for nid in group.members:
            self._group_of.pop(nid, None)
        self.events.emit("group_removed", group=group)
        return group

    def scope_graph(self, scope: str | None = None) -> ModelGraph:
        """The graph as one level of the canvas shows it, for layout (no events, not for editing).

        ``scope=None`` is the top level: layers in no group, and each group as one node
        (type ``"Group"``) that takes the group's inputs; links out of a member come
        from its group. ``scope=<group id>`` is the inside of that group: its members
        with the links among them.
        """
        view = ModelGraph()
        if scope is None:
            rep = self._group_of
            for nid, node in self._nodes.items():
                if nid in rep:
                    continue
                view._nodes[nid] = Node(nid, node.type, {}, [rep.get(s, s) for s in node.inputs])
            for gid in self._groups:
                srcs = [rep.get(s, s) for s, _, _ in self.group_inputs(gid)]
                view._nodes[gid] = Node(gid, "Group", {}, [s for s in dict.fromkeys(srcs) if s != gid])
        else:
            members = self._group(scope).members
            inside = set(members)
            for nid in members:
                node = self._nodes[nid]
                view._nodes[nid] = Node(nid, node.type, {}, [s for s in node.inputs if s in inside])
        return view

    def _group(self, group_id: str) -> Group:
        try:
            return self._groups[group_id]
        except KeyError:
            raise UnknownNodeError(_("there is no group with id {id}").format(id=repr(group_id))) from None

    # --------------------------------------------------------------- checks
    def check_connect(self, src: str, dst: str, slot: int | None = None) -> None:
        """Raise a typed :class:`GraphError` if ``src -> dst`` cannot be linked."""
        self.node(src)
        target = self.node(dst)
        if src == dst:
            raise SelfLoopError(_("a layer cannot feed itself"), _("connect it to a different layer"))
        kind = target.kind
        if kind.max_inputs == 0:
            raise ArityError(
                _("{type} layers take no inputs: data starts there").format(type=target.type),
                _("connect into a layer further along instead"),
            )
        if self.reaches(dst, src):
            raise CycleError(
                _("linking {src} to {dst} would make data go round in a circle").format(src=src, dst=dst),
                _("networks here must flow one way; link to a layer further along instead"),
            )
        free = slot is None or slot >= len(target.inputs)
        if free and kind.max_inputs is not None and len(target.inputs) >= kind.max_inputs:
            raise ArityError(
                _("{id} ({type}) already has its {inputs}").format(id=dst, type=target.type,
                                                                   inputs=kind.arity_text(translated=True)),
                _("remove one of its links first, or use an Add or Concatenate layer to merge"),
            )
        if slot is not None and slot > len(target.inputs):
            raise ArityError(_("input slot {slot} of {node} does not exist yet").format(slot=slot, node=dst),
                             _("use the next free slot"))

    def can_connect(self, src: str, dst: str, slot: int | None = None) -> bool:
        """The boolean twin of :meth:`check_connect`, for lighting drop targets."""
        try:
            self.check_connect(src, dst, slot)
        except DeskdlError:
            return False
        return True

    # --------------------------------------------------------------- mutations
    def add_node(
        self,
        type_name: str,
        params: Mapping[str, Any] | None = None,
        node_id: str | None = None,
        inputs: Iterable[str] = (),
        index: int | None = None,
        group: str | None = None,
    ) -> str:
        """Add a layer (params default from the catalog) and link its inputs. Returns its id.

        ``index`` puts the node at that position of the node order (which decides
        model input and output order) instead of at the end; undo uses it to put
        a deleted layer back where it was without rebuilding the graph. ``group``
        makes it a member of that group (a layer added while the group is open).
        """
        if group is not None:
            self._group(group)
        kind = catalog.get(type_name)
        if node_id is None:
            node_id = self.new_id(type_name)
        elif node_id in self._nodes or node_id in self._groups:
            raise DuplicateIdError(_("the id {id} is already used").format(id=repr(node_id)),
                                   _("pick another name"))
        elif not _ID_RE.match(node_id):
            raise GraphError(
                _("{id} is not a usable id").format(id=repr(node_id)),
                _("use letters, digits and underscores, starting with a letter"),
            )
        full = kind.defaults()
        full.update(copy.deepcopy(dict(params or {})))
        inputs = list(inputs)
        for src in inputs:
            self.node(src)
        if kind.max_inputs is not None and len(inputs) > kind.max_inputs:
            raise ArityError(_("{type} takes {inputs}, not {n}").format(
                type=type_name, inputs=kind.arity_text(translated=True), n=len(inputs)))
        node = Node(node_id, type_name, full, inputs)
        if index is None or index >= len(self._nodes):
            self._nodes[node_id] = node
        else:  # rebuild the order in place (the dict object stays the same)
            tail = list(self._nodes.items())[max(int(index), 0):]
            for nid, _node in tail:
                del self._nodes[nid]
            self._nodes[node_id] = node
            self._nodes.update(tail)
        if group is not None:
            self._group_of[node_id] = group
            members = set(self._groups[group].members) | {node_id}
            self._groups[group].members = [nid for nid in self._nodes if nid in members]
        self.events.emit("node_added", node=node)
        return node_id

    def remove_node(self, node_id: str) -> Node:
        """Remove a node and every link to and from it (each link emits its own event)."""
        node = self.node(node_id)
        for dst, slot in sorted(self.consumers(node_id), key=lambda c: -c[1]):
            self.disconnect(node_id, dst, slot)
        while node.inputs:
            self.disconnect(node.inputs[-1], node_id, len(node.inputs) - 1)
        del self._nodes[node_id]
        gid = self._group_of.pop(node_id, None)
        if gid is not None:
            group = self._groups[gid]
            group.members.remove(node_id)
            if len(group.members) < 2:  # a group of one is no group: unfold it
                self.remove_group(gid)
        if self._outputs is not None and node_id in self._outputs:
            self._outputs.remove(node_id)
            self.events.emit("outputs_changed", outputs=self.explicit_outputs)
        self.events.emit("node_removed", node=node)
        return node

    def connect(self, src: str, dst: str, slot: int | None = None) -> int:
        """Link ``src``'s output into input ``slot`` of ``dst`` (appends when ``None``).

        An occupied slot is replaced (its old link is removed first). Returns the slot.
        """
        self.check_connect(src, dst, slot)
        target = self._nodes[dst]
        if slot is None or slot >= len(target.inputs):
            target.inputs.append(src)
            slot = len(target.inputs) - 1
        else:
            old = target.inputs[slot]
            target.inputs[slot] = src
            self.events.emit("edge_removed", src=old, dst=dst, slot=slot)
        self.events.emit("edge_added", src=src, dst=dst, slot=slot)
        return slot

    def disconnect(self, src: str, dst: str, slot: int | None = None) -> int:
        """Remove the link ``src -> dst`` (at ``slot`` if given). Later slots move up one."""
        target = self.node(dst)
        if slot is None:
            if src not in target.inputs:
                raise GraphError(_("{src} is not linked to {dst}").format(src=src, dst=dst))
            slot = target.inputs.index(src)
        if slot >= len(target.inputs) or target.inputs[slot] != src:
            raise GraphError(_("{src} is not linked to input {slot} of {dst}").format(
                src=src, slot=slot, dst=dst))
        del target.inputs[slot]
        self.events.emit("edge_removed", src=src, dst=dst, slot=slot)
        return slot

    def insert_between(self, type_name: str, src: str, dst: str, slot: int,
                       params: Mapping[str, Any] | None = None, node_id: str | None = None) -> str:
        """Put a new single-input layer on the link ``src -> dst`` (dropping a layer on a link).

        On a link inside a group the new layer joins the group, which stays one block.
        """
        if self.node(dst).inputs[slot] != src:
            raise GraphError(_("{src} does not feed input {slot} of {dst}").format(
                src=src, slot=slot, dst=dst))
        group = self._group_of.get(src)
        group = group if group is not None and group == self._group_of.get(dst) else None
        new = self.add_node(type_name, params, node_id, inputs=[src], group=group)
        self._nodes[dst].inputs[slot] = new
        self.events.emit("edge_removed", src=src, dst=dst, slot=slot)
        self.events.emit("edge_added", src=new, dst=dst, slot=slot)
        return new

    def set_params(self, node_id: str, params: Mapping[str, Any]) -> None:
        """Update some params of a node. Values are not validated: analysis reports bad ones."""
        node = self.node(node_id)
        node.params.update(copy.deepcopy(dict(params)))
        self.events.emit("params_changed", node_id=node_id, params=dict(node.params))

    def replace_params(self, node_id: str, params: Mapping[str, Any]) -> None:
        """Set a node's params to exactly ``params`` (used by undo)."""
        node = self.node(node_id)
        node.params = copy.deepcopy(dict(params))
        self.events.emit("params_changed", node_id=node_id, params=dict(node.params))

    def set_outputs(self, outputs: list[str] | None) -> None:
        """Choose the model outputs explicitly (``None`` = nodes nothing consumes)."""
        if outputs is not None:
            for o in outputs:
                self.node(o)
            outputs = list(outputs)
        self._outputs = outputs
        self.events.emit("outputs_changed", outputs=self.explicit_outputs)

    def clear(self) -> None:
        """Remove everything at once (one ``reset`` event)."""
        self._nodes.clear()
        self._outputs = None
        self._groups.clear()
        self._group_of.clear()
        self.events.emit("reset")

    # ------------------------------------------------------------ serialising
    def to_dict(self) -> dict[str, Any]:
        """The ``model`` object of a project file."""
        out: dict[str, Any] = {"nodes": [n.to_dict() for n in self._nodes.values()]}
        out["outputs"] = self.outputs()
        if self._groups:
            out["groups"] = [g.to_dict() for g in self._groups.values()]
        return out

    def load_dict(self, data: Mapping[str, Any]) -> None:
        """Replace the whole graph from a ``model`` dict; one ``reset`` event.

        Raises :class:`GraphError` for structural problems (unknown layer, unknown
        input id, duplicate id). Bad parameter values and shapes are left for
        analysis to report, so a learner can open and mend a broken model.
        """
        fresh = ModelGraph.from_dict(data)
        self._nodes = fresh._nodes
        self._outputs = fresh._outputs
        self._groups = fresh._groups
        self._group_of = fresh._group_of
        self.events.emit("reset")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelGraph:
        """Build a graph from a ``model`` dict (see :meth:`load_dict`)."""
        graph = cls()
        if not isinstance(data, Mapping):
            raise GraphError(_("'model' must be an object with a list of 'nodes'"))
        raw_nodes = data.get("nodes")
        if not isinstance(raw_nodes, list):
            raise GraphError(_("'model' must have a list called 'nodes'"))
        for i, raw in enumerate(raw_nodes):
            where = f"model.nodes[{i}]"
            if not isinstance(raw, Mapping) or "id" not in raw or "type" not in raw:
                raise GraphError(_("{where} must be an object with an 'id' and a 'type'").format(where=where))
            nid, typ = raw["id"], raw["type"]
            if not isinstance(nid, str) or not isinstance(typ, str):
                raise GraphError(_("{where}: 'id' and 'type' must be text").format(where=where))
            if nid in graph._nodes:
                raise DuplicateIdError(_("{where}: the id {id} is used twice").format(
                                           where=where, id=repr(nid)),
                                       _("give each layer its own id"))
            if not catalog.has(typ):
                err = _unknown(typ)
                raise type(err)(f"{where} ({nid}): {err.message}", err.fix, node_id=nid)
            params = raw.get("params") or {}
            if not isinstance(params, Mapping):
                raise GraphError(_("{where} ({id}): 'params' must be an object").format(where=where, id=nid))
            inputs = raw.get("inputs") or []
            if not isinstance(inputs, list) or not all(isinstance(s, str) for s in inputs):
                raise GraphError(_("{where} ({id}): 'inputs' must be a list of layer ids").format(
                    where=where, id=nid))
            kind = catalog.get(typ)
            full = kind.defaults()
            full.update(copy.deepcopy(dict(params)))
            graph._nodes[nid] = Node(nid, typ, full, list(inputs))
        for node in graph._nodes.values():
            for src in node.inputs:
                if src not in graph._nodes:
                    raise GraphError(
                        _("layer {id} takes its input from {src}, which does not exist").format(
                            id=repr(node.id), src=repr(src)),
                        _("fix the id in 'inputs' or add that layer"),
                        node_id=node.id,
                    )
        outputs = data.get("outputs")
        if outputs is not None:
            if not isinstance(outputs, list) or not all(o in graph._nodes for o in outputs):
                raise GraphError(_("'model.outputs' must list ids of layers in the model"))
            graph._outputs = list(outputs)
            if graph._default_outputs() == list(outputs):
                graph._outputs = None  # same as the default: keep following later edits
        graph._read_groups(data.get("groups"))
        return graph

    def _read_groups(self, raw_groups: Any) -> None:
        """Load ``model.groups`` (a list of ``{"id", "label", "members"}``), checked like a fold."""
        if raw_groups is None:
            return
        if not isinstance(raw_groups, list):
            raise GraphError(_("'model.groups' must be a list of groups"))
        for i, raw in enumerate(raw_groups):
            where = f"model.groups[{i}]"
            if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str):
                raise GraphError(_("{where} must be an object with an 'id' and a list of 'members'").format(
                    where=where))
            members = raw.get("members")
            if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
                raise GraphError(_("{where} ({id}): 'members' must be a list of layer ids").format(
                    where=where, id=raw["id"]))
            label = raw.get("label", "Group")
            if not isinstance(label, str):
                raise GraphError(_("{where} ({id}): 'label' must be text").format(where=where, id=raw["id"]))
            try:
                self.add_group(members, raw["id"], label, check_block=False)
            except DeskdlError as err:
                raise GraphError(f"{where} ({raw['id']}): {err.message}", err.fix) from None

    def _default_outputs(self) -> list[str]:
        used = {src for n in self._nodes.values() for src in n.inputs}
        return [nid for nid, n in self._nodes.items() if nid not in used and n.type != "Input"]

    def copy(self) -> ModelGraph:
        """An independent deep copy without subscribers."""
        return ModelGraph.from_dict(self.to_dict())


def _unknown(type_name: str) -> DeskdlError:
    try:
        catalog.get(type_name)
    except DeskdlError as err:
        return err
    raise AssertionError("unreachable")  # pragma: no cover
