"""GraphScene: a QGraphicsScene that follows a ModelGraph's events.

The scene never changes the model. Structural events (a node or link added or
removed) create or drop items at once; everything analysis-driven (shapes,
parameter counts, red and amber borders) is refreshed by :meth:`GraphScene.flush`,
which runs the pure :func:`~deskdl.core.analysis.analyze` once and touches only
the items whose look changed. A burst of events (pasting ten layers, deleting a
node with five links) therefore costs one analysis, not fifteen.

User gestures (dragging a link, dropping a palette item, moving cards) are
reported as request signals; the editor turns them into undo commands.
"""

from __future__ import annotations

import html
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneDragDropEvent, QGraphicsSceneMouseEvent

from deskdl.core import catalog
from deskdl.core.analysis import ERROR, WARNING, Analysis, Diagnostic, NodeInfo, analyze, group_info
from deskdl.core.errors import DeskdlError
from deskdl.core.graph import Group, ModelGraph, Node
from deskdl.core.i18n import N_, tr, translator
from deskdl.core.layout import place_new_node
from deskdl.core.shapes_text import shape_text
from deskdl.qt.canvas.items import (
    LR,
    TB,
    DragEdgeItem,
    EdgeItem,
    GroupItem,
    HintItem,
    NodeItem,
    NodeLook,
    PortItem,
)
from deskdl.qt.canvas.mime import MIME_LAYER
from deskdl.qt.canvas.refcount_guard import guard
from deskdl.qt.canvas.theme import CanvasTheme

guard()  # PySide6 6.12 on Python 3.11 would otherwise abort mid-paint (see refcount_guard)

_EVENTS = ("node_added", "node_removed", "edge_added", "edge_removed",
           "params_changed", "outputs_changed", "group_added", "group_removed", "reset")
SCENE_MARGIN = 1600.0

_ = translator("qt.canvas.scene")

#: The labels a group has (core.graph.Group.label: folded by hand, or a repeated block); cards show them
#: translated.
GROUP_LABELS = (N_("Group"), N_("Block"))


def port_count(kind: catalog.LayerKind, connected: int) -> int:
    """How many input ports a card shows: the connected slots plus one free one, within limits."""
    if kind.max_inputs == 0:
        return 0
    if kind.input_names:
        return max(len(kind.input_names), connected)
    want = max(kind.min_inputs, connected + 1)
    if kind.max_inputs is not None:
        want = min(want, kind.max_inputs)
    return max(want, connected)


def summary_text(kind: catalog.LayerKind, params: Mapping[str, Any]) -> str:
    """The key params of a card, e.g. ``8 units · relu`` or ``kernel size 3×3``."""
    parts = []
    for name in kind.summary:
        value = params.get(name)
        parts.append(_format_param(name, value))
    return " · ".join(p for p in parts if p)


def _format_value(value: Any) -> str:
    if isinstance(value, (list, tuple)) and any(isinstance(v, (list, tuple)) for v in value):
        # per side, ((top, bottom), (left, right)): "(1, 0)×(2, 0)", not "1×0×2×0"
        return "×".join(f"({', '.join(_format_value(x) for x in v)})" if isinstance(v, (list, tuple))
                        else _format_value(v) for v in value)
    if isinstance(value, (list, tuple)):
        return "×".join("?" if v is None else _format_value(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dict):
        return str(value.get("type") or value.get("class_name") or "…")
    return str(value)


def _format_param(name: str, value: Any) -> str:
    label = name.replace("_", " ")
    if value is None:
        return _("{name}: none").format(name=label)
    if isinstance(value, bool):
        return label if value else _("no {name}").format(name=label)
    if name in ("units", "filters", "num_heads") and isinstance(value, int):
        return f"{value} {label}" if name != "num_heads" else _("{n} heads").format(n=value)
    if name in ("shape", "target_shape") and isinstance(value, (list, tuple)):
        return f"{label} {shape_text(value)}"
    if name.endswith("_size") and isinstance(value, (int, list, tuple)):
        return f"{_format_value(value)} {label[:-5]}"
    if isinstance(value, str) and ("activation" in name or name in ("padding", "mode", "merge_mode")):
        return value
    return f"{label} {_format_value(value)}"


def compact_shape(shape: tuple | None) -> str:
    """A link label: the shape of one example, without the batch axis (``(28, 28, 1)``); empty if unknown."""
    return "" if shape is None else shape_text(shape, batch=True)


def params_text(count: int) -> str:
    """``1,234 params`` (singular for one; millions shortened, the tooltip has the exact count)."""
    if count == 1:
        return _("1 param")
    if count >= 10_000_000:
        return _("{n}M params").format(n=f"{count / 1e6:.1f}")
    return _("{n} params").format(n=f"{count:,}")


@dataclass
class _ConnectDrag:
    src: str
    line: DragEdgeItem
    valid: dict[PortItem, bool] = field(default_factory=dict)
    hover: PortItem | None = None


class GraphScene(QGraphicsScene):
    """The canvas contents for one model graph and its layout dict.

    Signals
    -------
    analysis_changed(Analysis)
        After every refresh.
    status_message(str)
        Plain-words feedback (why a link cannot be made, ...).
    contents_changed()
        Items were added, removed or moved (the minimap listens).
    nodes_moved(dict, dict)
        The user dragged cards: old and new positions by id.
    connect_requested(str, str, int)
        The user dropped a link on a valid input port: src, dst, slot.
    layer_dropped(str, QPointF)
        A palette item was dropped on empty canvas: type name, scene position.
    layer_dropped_on_edge(str, tuple, QPointF)
        A palette item was dropped on a link: type name, ``(src, dst, slot)``, scene position.
    group_open_requested(str)
        The learner double-clicked a folded group's card: its id.
    scope_changed(object)
        The scene now shows the inside of a group (its id) or the top level (``None``).

    Groups: at the top level (``scope`` ``None``) each group is one folded card
    (:class:`GroupItem`) and its layers have no cards; links into or out of a member
    are drawn to or from the group's card. With ``scope`` set to a group's id the scene
    shows only that group's layers and the links among them (its own view).
    """

    analysis_changed = Signal(object)
    status_message = Signal(str)
    contents_changed = Signal()
    nodes_moved = Signal(dict, dict)
    connect_requested = Signal(str, str, int)
    layer_dropped = Signal(str, QPointF)
    layer_dropped_on_edge = Signal(str, tuple, QPointF)
    group_open_requested = Signal(str)
    scope_changed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.theme = CanvasTheme.from_palette()
        self.graph: ModelGraph | None = None
        self.layout: dict[str, list[float]] = {}
        self.orientation = LR
        self._nodes: dict[str, NodeItem] = {}
        self._groups: dict[str, GroupItem] = {}
        self._group_keys: dict[str, tuple] = {}
        self.scope: str | None = None
        self._in_edges: dict[str, list[EdgeItem | None]] = {}
        self._analysis = Analysis()
        self._look_keys: dict[str, tuple] = {}  # what each card's look was computed from
        self._params_dirty: set[str] = set()
        self._label_keys: dict[str, tuple] = {}
        self._dirty = False
        self._flush_queued = False
        self._subs: list[tuple[str, Any]] = []
        self._drag: _ConnectDrag | None = None
        self._hint = HintItem(self.theme)
        self.addItem(self._hint)
        self._move_start: dict[str, QPointF] = {}
        self._drop_edge: EdgeItem | None = None
        self.setSceneRect(QRectF(-SCENE_MARGIN, -SCENE_MARGIN, 2 * SCENE_MARGIN, 2 * SCENE_MARGIN))

    # ================================================================ model binding
    def set_model(self, graph: ModelGraph | None, layout: dict[str, list[float]] | None = None) -> None:
        """Show ``graph``, with card positions read from (and written to) ``layout``."""
        self._unsubscribe()
        self.graph = graph
        self.layout = layout if layout is not None else {}
        self.scope = None
        if graph is not None:
            ref = weakref.ref(self)
            for event in _EVENTS:
                handler = _weak_handler(ref, f"_on_{event}")
                graph.events.connect(event, handler)
                self._subs.append((event, handler))
        self.orientation = self._guess_orientation()
        self._rebuild()

    def _unsubscribe(self) -> None:
        if self.graph is not None:
            for event, handler in self._subs:
                self.graph.events.disconnect(event, handler)
        self._subs.clear()

    def detach(self) -> None:
        """Stop following the model (before the scene is thrown away)."""
        self._unsubscribe()
        self.graph = None

    def set_scope(self, scope: str | None) -> None:
        """Show the inside of the group ``scope``, or the top level (``None``)."""
        if self.graph is None or (scope is not None and scope not in self.graph.groups):
            scope = None
        if scope == self.scope:
            return
        self.scope = scope
        self._rebuild()
        self.scope_changed.emit(scope)

    def _shown(self, node_id: str) -> bool:
        """Whether ``node_id`` has its own card at the current scope."""
        return self.graph is not None and self.graph.group_of(node_id) == self.scope

    def _rep(self, node_id: str) -> NodeItem | None:
        """The card that draws ``node_id``'s output: its own, or its folded group's at the top level."""
        item = self._nodes.get(node_id)
        if item is None and self.scope is None and self.graph is not None:
            gid = self.graph.group_of(node_id)
            if gid is not None:
                return self._groups.get(gid)
        return item

    def shown_graph(self) -> ModelGraph:
        """The graph as this scope shows it (folded groups as single nodes), for placing new cards."""
        if self.graph is None or not self.graph.groups:
            return self.graph if self.graph is not None else ModelGraph()
        return self.graph.scope_graph(self.scope)

    def card_id(self, node_id: str | None) -> str | None:
        """The id of the card that shows ``node_id`` here: its own, or its folded group's."""
        if node_id is None or self.graph is None or self.scope is not None:
            return node_id
        return self.graph.group_of(node_id) or node_id

    def _item(self, key: str) -> NodeItem | None:
        """The card of a layer or of a folded group."""
        return self._nodes.get(key) or self._groups.get(key)

    def _drop_card(self, key: str) -> None:
        item = self._nodes.pop(key, None) or self._groups.pop(key, None)
        self._in_edges.pop(key, None)
        if item is None:
            return
        for edge in list(item.edges):
            self._remove_edge(edge)
        if self._drop_edge is not None and self._drop_edge.scene() is None:
            self._drop_edge = None
        self.removeItem(item)

    def _rebuild(self) -> None:
        self._cancel_drag()
        for item in [*self._nodes.values(), *self._groups.values()]:
            for edge in list(item.edges):
                edge.detach()
                if edge.scene() is self:
                    self.removeItem(edge)
            self.removeItem(item)
        self._nodes.clear()
        self._groups.clear()
        self._in_edges.clear()
        self._look_keys.clear()
        self._group_keys.clear()
        self._label_keys.clear()
        if self.graph is not None:
            if self.scope is not None and self.scope not in self.graph.groups:
                self.scope = None
                self.scope_changed.emit(None)
            self._cover_layout()
            for node in self.graph.nodes.values():
                if self._shown(node.id):
                    self._add_node_item(node)
            if self.scope is None:
                for group in self.graph.groups.values():
                    self._add_group_item(group)
            for nid in self._nodes:
                self._sync_inputs(nid)
            for gid in self._groups:
                self._sync_group(gid)
        self._dirty = True
        self.flush()
        self.contents_changed.emit()

    # ------------------------------------------------------------------ events
    def _on_node_added(self, node: Node) -> None:
        if self._shown(node.id):
            self._add_node_item(node)
            self._sync_inputs(node.id)
        self._mark_dirty()

    def _on_node_removed(self, node: Node) -> None:
        self._drop_card(node.id)
        self._mark_dirty()

    def _sync_dst(self, dst: str) -> None:
        """Redraw the links into ``dst``: its own card's, or its folded group's."""
        if dst in self._nodes:
            self._sync_inputs(dst)
        elif self.scope is None and self.graph is not None:
            gid = self.graph.group_of(dst)
            if gid in self._groups:
                self._sync_group(gid)

    def _on_edge_added(self, src: str, dst: str, slot: int) -> None:
        self._sync_dst(dst)
        self._mark_dirty()

    def _on_edge_removed(self, src: str, dst: str, slot: int) -> None:
        self._sync_dst(dst)
        self._mark_dirty()

    def _on_group_added(self, group: Group) -> None:
        if self.scope is None:
            for nid in group.members:
                self._drop_card(nid)
            self._add_group_item(group)
            self._sync_group(group.id)
            self._sync_readers(group.members)
            self.contents_changed.emit()
        self._mark_dirty()

    def _on_group_removed(self, group: Group) -> None:
        if self.scope == group.id:
            self.set_scope(None)
        elif self.scope is None:
            self._drop_card(group.id)
            self._group_keys.pop(group.id, None)
            for nid in group.members:
                node = self.graph.nodes.get(nid) if self.graph is not None else None
                if node is not None and nid not in self._nodes:
                    self._add_node_item(node)
            for nid in group.members:
                if nid in self._nodes:
                    self._sync_inputs(nid)
            self._sync_readers(group.members)
            self.contents_changed.emit()
        self._mark_dirty()

    def _sync_readers(self, sources: Iterable[str]) -> None:
        """Redraw the links into every shown card that reads one of ``sources``."""
        if self.graph is None:
            return
        chosen = set(sources)
        for node in self.graph.nodes.values():
            if node.id not in chosen and any(s in chosen for s in node.inputs):
                self._sync_dst(node.id)

    def _on_params_changed(self, node_id: str, params: Mapping[str, Any]) -> None:
        self._params_dirty.add(node_id)
        self._mark_dirty()

    def _on_outputs_changed(self, outputs: Any) -> None:
        self._mark_dirty()

    def _on_reset(self) -> None:
        self._rebuild()

    # ------------------------------------------------------------------ items
    def _add_node_item(self, node: Node) -> NodeItem:
        kind = node.kind
        item = NodeItem(self.theme, node.id, node.type, kind.category, kind.input_names, self.orientation)
        item.set_input_ports(port_count(kind, len(node.inputs)), len(node.inputs))
        pos = self.layout.get(node.id)
        if pos is None or len(pos) != 2:
            src = node.inputs[0] if node.inputs else None
            x, y = place_new_node(self.shown_graph(), self.layout, after=self.card_id(src), size=item.size(),
                                  sizes=self.sizes(), direction=self.orientation)
            pos = [x, y]
            self.layout[node.id] = pos
        item.setPos(float(pos[0]), float(pos[1]))
        item.set_look(NodeLook(node.type, summary_text(kind, node.params), "…", ""))
        self.addItem(item)
        self._nodes[node.id] = item
        return item

    def _add_group_item(self, group: Group) -> GroupItem:
        item = GroupItem(self.theme, group.id, _(group.label), self.orientation)
        pos = self.layout.get(group.id)
        if pos is None or len(pos) != 2:
            spots = [self.layout[m] for m in group.members if m in self.layout]
            pos = [min(p[0] for p in spots), min(p[1] for p in spots)] if spots else [0.0, 0.0]
            self.layout[group.id] = [float(pos[0]), float(pos[1])]
        item.setPos(float(pos[0]), float(pos[1]))
        item.set_look(NodeLook(_(group.label), _("{n} layers").format(n=len(group.members)), "…", ""))
        self.addItem(item)
        self._groups[group.id] = item
        return item

    def _sync_group(self, gid: str) -> None:
        """Links into a folded group's card: one per outer layer that feeds the group."""
        item = self._groups.get(gid)
        if item is None or self.graph is None or gid not in self.graph.groups:
            return
        srcs = []
        for src, _dst, _slot in self.graph.group_inputs(gid):
            rep = self._rep(src)
            key = rep.node_id if rep is not None else src
            if key != gid and key not in [s for s, _rep in srcs]:
                srcs.append((key, rep))
        self._sync_edges(gid, item, [rep for _src, rep in srcs], len(srcs))

    def _sync_inputs(self, dst: str) -> None:
        """Make the links into ``dst`` match the model's input list (slots shift on removal)."""
        if self.graph is None or dst not in self.graph.nodes:
            return
        item = self._nodes.get(dst)
        if item is None:
            return
        node = self.graph.nodes[dst]
        self._sync_edges(dst, item, [self._rep(src) for src in node.inputs],
                         port_count(node.kind, len(node.inputs)))

    def _sync_edges(self, dst: str, item: NodeItem, sources: list[NodeItem | None], ports: int) -> None:
        """Make the link items into card ``item`` come from ``sources``, slot by slot."""
        edges = self._in_edges.setdefault(dst, [])
        # Ports first, so new links attach to the right anchors.
        item.set_input_ports(ports, len(sources))
        for i, src_item in enumerate(sources):
            old = edges[i] if i < len(edges) else None
            if old is not None and old.src is src_item:
                old.update_path()
                continue
            if old is not None:
                self._remove_edge(old)
            new = self._make_edge(src_item, item, i) if src_item is not None else None
            if new is not None and (isinstance(src_item, GroupItem) or isinstance(item, GroupItem)):
                new.setFlag(new.GraphicsItemFlag.ItemIsSelectable, False)  # not one model link
            if i < len(edges):
                edges[i] = new
            else:
                edges.append(new)
        for old in edges[len(sources):]:
            if old is not None:
                self._remove_edge(old)
        del edges[len(sources):]

    def _make_edge(self, src: NodeItem, dst: NodeItem, slot: int) -> EdgeItem:
        edge = EdgeItem(self.theme, src, dst, slot)  # labelled by the next flush
        self.addItem(edge)
        edge.update_path()  # now it can see the cards in its way
        return edge

    def _remove_edge(self, edge: EdgeItem) -> None:
        edge.detach()
        edges = self._in_edges.get(edge.dst.node_id)
        if edges:
            for i, e in enumerate(edges):
                if e is edge:
                    edges[i] = None
        if edge is self._drop_edge:
            self._drop_edge = None
        if edge.scene() is self:
            self.removeItem(edge)

    # --------------------------------------------------------------- refresh
    def reanalyze(self) -> None:
        """Analyse again though the model did not change (e.g. weights appeared in the Keras cache)."""
        self._dirty = True
        self.flush()

    def _mark_dirty(self) -> None:
        self._dirty = True
        if not self._flush_queued:
            self._flush_queued = True
            QTimer.singleShot(0, self._queued_flush)

    def _queued_flush(self) -> None:
        self._flush_queued = False
        self.flush()

    @property
    def dirty(self) -> bool:
        """True while a model change has not been reflected in the decorations yet."""
        return self._dirty

    @property
    def analysis(self) -> Analysis:
        """The latest analysis (refreshed first if the model changed since)."""
        if self._dirty:
            self.flush()
        return self._analysis

    def flush(self) -> None:
        """Re-run analysis and update the items whose look changed (cheap when nothing did)."""
        if not self._dirty:
            return
        self._dirty = False
        if self.graph is None:
            self._analysis = Analysis()
            self.analysis_changed.emit(self._analysis)
            return
        graph = self.graph
        result = analyze(graph)
        self._analysis = result
        by_node: dict[str | None, list[Diagnostic]] = {}
        for d in result.diagnostics:
            by_node.setdefault(d.node_id, []).append(d)
        outputs = set(result.outputs)
        empty = NodeInfo()
        params_dirty, self._params_dirty = self._params_dirty, set()
        keys = self._look_keys
        for nid, item in self._nodes.items():
            node = graph.nodes.get(nid)
            if node is None:
                continue
            info = result.nodes.get(nid, empty)
            diags = tuple(by_node.get(nid, ()))
            # Only cards whose inputs to the look changed are re-described (cheap tuple compare).
            key = (info.shape, info.trainable, info.non_trainable, diags, nid in outputs)
            if keys.get(nid) == key and nid not in params_dirty:
                continue
            keys[nid] = key
            item.set_look(self._look(node, info, diags, nid in outputs))
        for nid in [k for k in keys if k not in self._nodes]:
            del keys[nid]
        self._group_shapes = {}
        group_outs = graph.all_group_outputs() if self._groups else {}
        for gid, item in self._groups.items():
            if gid not in graph.groups:
                continue
            group = graph.groups[gid]
            info = group_info(graph, result, gid, group_outs[gid])
            self._group_shapes[gid] = info.shape
            diags = tuple(d for m in group.members for d in by_node.get(m, ()))
            key = (info.shape, info.trainable, info.non_trainable, diags, tuple(group.members),
                   any(m in outputs for m in group.members))
            if self._group_keys.get(gid) == key:
                continue
            self._group_keys[gid] = key
            item.set_look(self._group_look(group, info, diags, key[-1]))
        self._update_edge_labels()
        self._grow_scene_rect()
        self.analysis_changed.emit(result)
        self.contents_changed.emit()

    def _update_edge_labels(self) -> None:
        """Shape labels on links; a tensor sent to several layers is labelled once (on its shortest link)."""
        empty = NodeInfo()
        by_src: dict[str, list[EdgeItem]] = {}
        for edges in self._in_edges.values():
            for edge in edges:
                if edge is not None:
                    by_src.setdefault(edge.src.node_id, []).append(edge)
        label_keys: dict[str, tuple] = {}
        group_shapes = getattr(self, "_group_shapes", {})
        for src, edges in by_src.items():
            shape = group_shapes[src] if src in group_shapes else self._analysis.nodes.get(src, empty).shape
            key = (shape, tuple(e.serial for e in edges))
            label_keys[src] = key
            if self._label_keys.get(src) == key:
                continue
            if shape is None:
                for edge in edges:
                    edge.set_label("", "")
                continue
            tip = _("{shape} flows along this link, for each example").format(
                shape=shape_text(shape, batch=True))
            keep = edges[0]
            if len(edges) > 1:
                def length(e: EdgeItem) -> float:
                    d = e.dst.input_anchor(e.slot) - e.src.output_anchor()
                    return d.x() ** 2 + d.y() ** 2
                keep = min(edges, key=length)
            for edge in edges:
                edge.set_label(compact_shape(shape) if edge is keep else "", tip)
        self._label_keys = label_keys

    def _look(self, node: Node, info: NodeInfo, diags: Iterable[Diagnostic], is_output: bool) -> NodeLook:
        kind = node.kind
        diags = list(diags)
        severity = None
        if any(d.severity == ERROR for d in diags):
            severity = "error"
        elif any(d.severity == WARNING for d in diags):
            severity = "warning"
        shape = shape_text(info.shape, batch=True)
        count = params_text(info.params) if info.shape is not None or info.params else ""
        return NodeLook(
            title=node.type,
            summary=summary_text(kind, node.params),
            shape=shape,
            params=count,
            severity=severity,
            tooltip=_tooltip(node, kind, info, diags, is_output),
            is_output=is_output,
        )

    def _group_look(self, group: Group, info: NodeInfo, diags: tuple[Diagnostic, ...],
                    is_output: bool) -> NodeLook:
        severity = None
        if any(d.severity == ERROR for d in diags):
            severity = "error"
        elif any(d.severity == WARNING for d in diags):
            severity = "warning"
        n = len(group.members)
        shape = shape_text(info.shape, batch=True) if info.shape is not None else (
            "?" if severity == "error" else _("several outputs"))
        esc = html.escape
        tip = [f"<b>{esc(_(group.label))}</b> <span style='color:gray'>{esc(group.id)}</span>",
               _("A group of {n} layers, folded into one card. Double-click to open it; "
                 "Ctrl+Shift+G unfolds it back into its layers.").format(n=n)]
        for d in diags[:5]:
            color = "#d93025" if d.severity == ERROR else "#b87400"
            label = _("Problem") if d.severity == ERROR else _("Warning")
            tip.append(f"<p style='color:{color}'><b>{label}:</b> {esc(d.text)}</p>")
        if len(diags) > 5:
            tip.append(_("… and {n} more inside").format(n=len(diags) - 5))
        tip.append(_("Output shape {shape} · {params} parameters in all").format(
            shape=esc(shape), params=f"{info.params:,}"))
        return NodeLook(title=_(group.label), summary=_("{n} layers · double-click").format(n=n), shape=shape,
                        params=params_text(info.params), severity=severity,
                        tooltip="<qt>" + "<br>".join(tip) + "</qt>", is_output=is_output)

    def _cover_layout(self) -> None:
        """Grow the scene rect over every saved position before the cards go in.

        The scene's spatial index only covers its rect: cards placed outside it are
        found by scanning every item, so routing the links of a 1000-layer model
        (each route asks which cards lie in its way) took seconds instead of
        milliseconds when the rect only grew after all cards were placed.
        """
        spots = [p for p in self.layout.values() if isinstance(p, (list, tuple)) and len(p) == 2]
        if not spots:
            return
        xs, ys = [float(p[0]) for p in spots], [float(p[1]) for p in spots]
        want = QRectF(min(xs), min(ys), max(xs) - min(xs) + 400, max(ys) - min(ys) + 200)
        want = want.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        if not self.sceneRect().contains(want):
            self.setSceneRect(self.sceneRect().united(want))

    def _grow_scene_rect(self) -> None:
        if not self._nodes and not self._groups:
            return
        bounds = QRectF()
        for item in [*self._nodes.values(), *self._groups.values()]:
            bounds = bounds.united(item.sceneBoundingRect())
        want = bounds.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        if not self.sceneRect().contains(want):
            self.setSceneRect(self.sceneRect().united(want))

    def set_theme(self, theme: CanvasTheme) -> None:
        """Repaint everything in ``theme`` (after a palette change)."""
        self.theme = theme
        self._hint.theme = theme
        for item in [*self._nodes.values(), *self._groups.values()]:
            item.set_theme(theme)
            for edge in item.edges:
                edge.theme = theme
                edge.update()
        self.update()

    # ============================================================ positions
    def node_item(self, node_id: str) -> NodeItem | None:
        """The card of ``node_id`` (None if it is not shown)."""
        return self._nodes.get(node_id)

    def group_item(self, group_id: str) -> GroupItem | None:
        """The folded card of the group ``group_id`` (None if it is not shown)."""
        return self._groups.get(group_id)

    def node_items(self) -> dict[str, NodeItem]:
        """Every card shown by id: layers, and folded groups at the top level."""
        return {**self._nodes, **self._groups}

    def edge_items(self) -> list[EdgeItem]:
        """Every link item, in model order."""
        return [e for edges in self._in_edges.values() for e in edges if e is not None]

    def edge_item(self, src: str, dst: str, slot: int) -> EdgeItem | None:
        """The item drawing ``src -> dst`` at ``slot``."""
        edges = self._in_edges.get(dst, [])
        edge = edges[slot] if 0 <= slot < len(edges) else None
        return edge if edge is not None and edge.src.node_id == src else None

    def positions(self) -> dict[str, tuple[float, float]]:
        """Where every card shown is now (folded groups too)."""
        return {nid: (item.pos().x(), item.pos().y()) for nid, item in self.node_items().items()}

    def sizes(self) -> dict[str, tuple[float, float]]:
        """Card sizes by id (the layout needs them)."""
        return {nid: item.size() for nid, item in self.node_items().items()}

    def set_positions(self, positions: Mapping[str, tuple[float, float] | list[float]]) -> None:
        """Move cards and record the new spots in the layout dict (used by undo commands)."""
        for nid, (x, y) in positions.items():
            self.layout[nid] = [float(x), float(y)]
            item = self._item(nid)
            if item is not None:
                item.setPos(float(x), float(y))
        self.reroute()
        self._grow_scene_rect()
        self.contents_changed.emit()

    def reroute(self) -> None:
        """Re-route every link (after cards moved, detours around other cards may change)."""
        for edge in self.edge_items():
            edge.update_path()

    def set_orientation(self, orientation: str) -> None:
        """Ports on the left/right (``"LR"``) or top/bottom (``"TB"``) of the cards."""
        if orientation not in (LR, TB):
            raise ValueError(f"orientation must be 'LR' or 'TB', not {orientation!r}")
        if orientation == self.orientation:
            return
        self.orientation = orientation
        for item in [*self._nodes.values(), *self._groups.values()]:
            item.set_orientation(orientation)
        self.contents_changed.emit()

    def _guess_orientation(self) -> str:
        """Read the flow direction from saved positions: mostly downward links mean top-to-bottom."""
        if self.graph is None:
            return self.orientation
        dx = dy = 0.0
        for src, dst, _slot in self.graph.edges():
            a, b = self.layout.get(src), self.layout.get(dst)
            if a and b:
                dx += abs(b[0] - a[0])
                dy += abs(b[1] - a[1])
        if dx == dy == 0:
            return self.orientation
        return TB if dy > dx else LR

    def selected_ids(self) -> list[str]:
        """Ids of the selected cards, in model order."""
        if self.graph is None:
            return []
        chosen = {item.node_id for item in self.selectedItems() if isinstance(item, NodeItem)}
        return [nid for nid in self.graph.nodes if nid in chosen]

    def selected_groups(self) -> list[str]:
        """Ids of the selected folded groups."""
        return [item.node_id for item in self.selectedItems() if isinstance(item, GroupItem)]

    def selected_edges(self) -> list[tuple[str, str, int]]:
        """Selected links as ``(src, dst, slot)``."""
        return [item.key for item in self.selectedItems() if isinstance(item, EdgeItem)]

    # ============================================================ link dragging
    def begin_connect(self, src: str) -> None:
        """Start dragging a link out of ``src``: light valid input ports green, dim the rest."""
        if self.graph is None or (src not in self._nodes and src not in self._groups):
            return
        src_item = self._item(src)
        if src in self._groups:  # a link out of a folded group leaves from its one output layer
            outs = self.graph.group_outputs(src)
            if len(outs) != 1:
                self.status_message.emit(_("The group {group} has {n} outputs: open it "
                                           "(double-click) and drag the link from the layer you mean").format(
                                               group=src, n=len(outs)))
                return
            src = outs[0]
        self._cancel_drag()
        line = DragEdgeItem(self.theme, src_item.output_anchor(), self.orientation)
        self.addItem(line)
        drag = _ConnectDrag(src, line)
        for nid, item in self._nodes.items():
            any_ok = False
            for port in item.in_ports:
                ok = nid != src and self.graph.can_connect(src, nid, port.slot)
                drag.valid[port] = ok
                port.set_state("valid" if ok else "invalid")
                any_ok = any_ok or ok
            item.set_dimmed(nid != src and not any_ok)
        self._drag = drag

    @property
    def dragging_link(self) -> bool:
        """True while the user drags a new link."""
        return self._drag is not None

    def drag_connect_to(self, pos: QPointF) -> PortItem | None:
        """Follow the mouse at scene ``pos``; returns the port that would receive the link."""
        drag = self._drag
        if drag is None:
            return None
        port = self._target_port(pos)
        if drag.hover is not None and drag.hover is not port:
            drag.hover.set_state("valid" if drag.valid.get(drag.hover) else "invalid")
        drag.hover = port
        if port is None:
            drag.line.set_end(pos, None)
            self._hint.hide()
            return None
        ok = drag.valid.get(port, False)
        if ok:
            port.set_state("hover")
            drag.line.set_end(port.scenePos(), True)
            self._hint.hide()
        else:
            port.set_state("hover_invalid")
            drag.line.set_end(pos, False)
            why = self.why_not(drag.src, port.node_id, port.slot)
            self._hint.show_text(why, pos)
            self.status_message.emit(why)
        return port

    def finish_connect(self, pos: QPointF) -> bool:
        """Drop the dragged link at ``pos``; emits :attr:`connect_requested` if the target is valid."""
        drag = self._drag
        if drag is None:
            return False
        port = self._target_port(pos)
        ok = port is not None and drag.valid.get(port, False)
        src = drag.src
        self._cancel_drag()
        if ok:
            self.connect_requested.emit(src, port.node_id, port.slot)
            return True
        if port is not None:
            self.status_message.emit(self.why_not(src, port.node_id, port.slot))
        return False

    def _cancel_drag(self) -> None:
        drag = self._drag
        self._drag = None
        self._hint.hide()
        if drag is None:
            return
        if drag.line.scene() is self:
            self.removeItem(drag.line)
        for item in self._nodes.values():
            item.set_dimmed(False)
            for port in item.in_ports:
                port.set_state("normal")

    def why_not(self, src: str, dst: str, slot: int | None) -> str:
        """The plain-words reason ``src -> dst`` cannot be linked ('' if it can)."""
        if self.graph is None:
            return ""
        if dst in self.graph.groups:
            return _("Can't link {src} into the folded group {dst}: double-click it to open it, "
                     "then link to the layer inside that should receive the data").format(src=src, dst=dst)
        try:
            self.graph.check_connect(src, dst, slot)
        except DeskdlError as err:
            return _("Can't link {src} to {dst}: {error}").format(src=src, dst=dst, error=err.text)
        return ""

    def _target_port(self, pos: QPointF) -> PortItem | None:
        """The input port under ``pos``: a port near the cursor, or the best port of the card under it."""
        drag = self._drag
        near: list[tuple[float, PortItem]] = []
        box = QRectF(pos.x() - 16, pos.y() - 16, 32, 32)
        for item in self.items(box):
            if isinstance(item, PortItem) and item.role == PortItem.IN:
                d = item.scenePos() - pos
                near.append((d.x() ** 2 + d.y() ** 2, item))
        if near:
            return min(near, key=lambda t: t[0])[1]
        card = self._card_at(pos)
        if card is None or not card.in_ports or (drag is not None and card.node_id == drag.src):
            return None
        if card.node_id not in self.graph.nodes:  # a folded group: links go to a layer inside it
            return None
        valid = drag.valid if drag is not None else {}
        node = self.graph.nodes[card.node_id]
        free = [p for p in card.in_ports if p.slot >= len(node.inputs)]
        for port in free + card.in_ports:
            if valid.get(port):
                return port
        return (free or card.in_ports)[0]

    def _card_at(self, pos: QPointF) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
            if isinstance(item, PortItem):
                return item.node
        return None

    def output_port_at(self, pos: QPointF) -> PortItem | None:
        """The output port under ``pos``, if any."""
        box = QRectF(pos.x() - 4, pos.y() - 4, 8, 8)
        for item in self.items(box):
            if isinstance(item, PortItem) and item.role == PortItem.OUT:
                return item
        return None

    def edge_at(self, pos: QPointF) -> EdgeItem | None:
        """The link under ``pos`` (not hidden by a card)."""
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder, QTransform()):
            if isinstance(item, (NodeItem, PortItem)):
                return None
            if isinstance(item, EdgeItem):
                return item
        return None

    # ============================================================== mouse
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: D102
        if event.button() == Qt.MouseButton.LeftButton:
            port = self.output_port_at(event.scenePos())
            if port is not None:
                self.begin_connect(port.node_id)
                self.drag_connect_to(event.scenePos())
                event.accept()
                return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._move_start = {
                item.node_id: item.pos() for item in self.selectedItems() if isinstance(item, NodeItem)
            }

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: D102
        card = self._card_at(event.scenePos())
        if isinstance(card, GroupItem) and event.button() == Qt.MouseButton.LeftButton:
            self.group_open_requested.emit(card.node_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: D102
        if self._drag is not None:
            self.drag_connect_to(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: D102
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            self.finish_connect(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self._move_start:
            start, self._move_start = self._move_start, {}
            old, new = {}, {}
            for nid, p0 in start.items():
                item = self._item(nid)
                if item is not None and item.pos() != p0:
                    old[nid] = (p0.x(), p0.y())
                    new[nid] = (item.pos().x(), item.pos().y())
            if new:
                self.reroute()
                self.nodes_moved.emit(old, new)

    # ============================================================== palette drops
    @staticmethod
    def layer_from_mime(mime) -> str | None:
        """The layer type a palette drag carries, or None for anything else."""
        if mime is None or not mime.hasFormat(MIME_LAYER):
            return None
        name = bytes(mime.data(MIME_LAYER)).decode("utf-8", "replace").strip()
        return name or None

    def _insertable(self, type_name: str) -> bool:
        return catalog.has(type_name) and catalog.get(type_name).max_inputs != 0

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: D102
        if self.layer_from_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: D102
        name = self.layer_from_mime(event.mimeData())
        if not name:
            event.ignore()
            return
        edge = self.edge_at(event.scenePos()) if self._insertable(name) else None
        self._set_drop_edge(edge)
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: D102
        self._set_drop_edge(None)
        event.accept()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: D102
        self._set_drop_edge(None)
        name = self.layer_from_mime(event.mimeData())
        if not name:
            event.ignore()
            return
        if not catalog.has(name):
            self.status_message.emit(_("deskdl does not know a layer called {name}").format(name=repr(name)))
            event.ignore()
            return
        self.drop_layer(name, event.scenePos())
        event.acceptProposedAction()

    def drop_layer(self, type_name: str, pos: QPointF) -> None:
        """Handle a palette item dropped at scene ``pos``: on a link inserts, elsewhere adds."""
        edge = self.edge_at(pos) if self._insertable(type_name) else None
        if edge is not None:
            self.layer_dropped_on_edge.emit(type_name, edge.key, pos)
        else:
            self.layer_dropped.emit(type_name, pos)

    def _set_drop_edge(self, edge: EdgeItem | None) -> None:
        if edge is self._drop_edge:
            return
        if self._drop_edge is not None:
            self._drop_edge.set_highlight(False)
        self._drop_edge = edge
        if edge is not None:
            edge.set_highlight(True)


def _weak_handler(ref: weakref.ReferenceType, name: str):
    """A model-event callback that does nothing once the scene is gone."""
    from shiboken6 import isValid

    def handler(**payload: Any) -> None:
        scene = ref()
        if scene is not None and isValid(scene):
            getattr(scene, name)(**payload)

    return handler


def _tooltip(node: Node, kind: catalog.LayerKind, info: NodeInfo, diags: list[Diagnostic],
             is_output: bool) -> str:
    esc = html.escape
    parts = [f"<b>{esc(node.type)}</b> <span style='color:gray'>{esc(node.id)}</span>"]
    for d in diags:
        color = "#d93025" if d.severity == ERROR else "#b87400"
        label = _("Problem") if d.severity == ERROR else _("Warning")
        parts.append(f"<p style='color:{color}'><b>{label}:</b> {esc(d.text)}</p>")
    if info.shape is not None:
        shape = esc(shape_text(info.shape, batch=True))
        params = f"{info.params:,}"
        if is_output:
            parts.append(_("Output shape {shape} (model output) · {params} parameters").format(
                shape=shape, params=params))
        else:
            parts.append(_("Output shape {shape} · {params} parameters").format(shape=shape, params=params))
    if kind.teach:
        parts.append(f"<p style='color:gray'>{esc(tr('catalog', kind.teach))}</p>")
    return "<qt>" + "<br>".join(parts) + "</qt>"
