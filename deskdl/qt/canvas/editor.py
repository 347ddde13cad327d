"""GraphEditor: the model-builder canvas as one widget for the main window to embed.

It owns the scene, the view, the minimap and the undo stack, and turns user
gestures and menu actions into undo commands. Everything it changes goes
through the model (via commands); the scene follows the model's events.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from deskdl.core import catalog
from deskdl.core.analysis import Analysis
from deskdl.core.catalog import FixAction
from deskdl.core.errors import DeskdlError
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import tr, translator
from deskdl.core.layout import (
    COMPACT_SPACING,
    SPACING,
    arrange,
    arrange_grouped,
    extent,
    normalize_direction,
    place_new_node,
    wrap_points,
)
from deskdl.qt.canvas.items import CARD_H, CARD_W, NodeItem
from deskdl.qt.canvas.mime import MIME_NODES
from deskdl.qt.canvas.minimap import Minimap
from deskdl.qt.canvas.roles import RoleBar
from deskdl.qt.canvas.scene import GraphScene
from deskdl.qt.canvas.theme import CanvasTheme
from deskdl.qt.canvas.view import GraphView
from deskdl.qt.commands import (
    AddNodeCommand,
    ApplyFixCommand,
    ArrangeCommand,
    ConnectCommand,
    DisconnectCommand,
    FoldCommand,
    InsertOnEdgeCommand,
    MoveNodesCommand,
    PasteCommand,
    RemoveNodesCommand,
    SetParamsCommand,
    UnfoldCommand,
)

_ = translator("qt.canvas.editor")

CLIP_FORMAT = "deskdl-nodes"
PASTE_STEP = 40.0


@dataclass
class SimpleProject:
    """The least a project must offer the editor: a graph and a layout dict (tests, scripts)."""

    graph: ModelGraph = field(default_factory=ModelGraph)
    layout: dict[str, list[float]] = field(default_factory=dict)


class _ZoomBar(QFrame):
    """The small −, zoom %, + and fit buttons in the corner of the canvas."""

    def __init__(self, editor: GraphEditor, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("deskdlZoomBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(0)

        def button(text: str, tip: str, slot) -> QToolButton:
            b = QToolButton(self)
            b.setText(text)
            b.setToolTip(tip)
            b.setAutoRaise(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(slot)
            row.addWidget(b)
            return b

        button("−", _("Zoom out (Ctrl+-)"), editor.zoom_out)
        self.label = QLabel("100%", self)
        self.label.setMinimumWidth(44)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.label)
        button("+", _("Zoom in (Ctrl+=)"), editor.zoom_in)
        button(_("Fit"), _("Show the whole model (Ctrl+0)"), editor.fit_to_view)

    def set_zoom(self, zoom: float) -> None:
        """Show the zoom level in percent."""
        self.label.setText(f"{round(zoom * 100)}%")


class GroupBar(QFrame):
    """The breadcrumb above the canvas while a group is open: "Model › block1a", and what it holds.

    Clicking "Model" (or pressing Escape in the canvas) goes back to the whole model.
    """

    def __init__(self, editor: GraphEditor) -> None:
        super().__init__(editor)
        self.setObjectName("deskdlGroupBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        self.back = QToolButton(self)
        self.back.setText(_("◂ Model"))
        self.back.setToolTip(_("Back to the whole model (Escape)"))
        self.back.setAutoRaise(True)
        self.back.clicked.connect(editor.close_group)
        row.addWidget(self.back)
        self.label = QLabel("", self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.hide()

    def show_group(self, text: str) -> None:
        """Show the breadcrumb with ``text`` after the arrow."""
        self.label.setText(text)
        self.show()


class GraphEditor(QWidget):
    """The model-builder canvas.

    Signals: ``selection_changed(list)`` (selected node ids), ``analysis_changed(object)``
    (the latest :class:`Analysis`) and ``status_message(str)`` (plain-words feedback).
    """

    selection_changed = Signal(list)
    analysis_changed = Signal(object)
    status_message = Signal(str)
    #: The canvas now shows another of the project's graphs (a GAN's generator or discriminator):
    #: ``(role, edited)``, ``edited`` when the undo history of the graph left behind held unsaved edits.
    role_changed = Signal(str, bool)

    def __init__(self, project: Any | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.scene = GraphScene(self)
        self.view = GraphView(self.scene, self)
        self.minimap = Minimap(self.view, self.view)
        self.minimap.hide()
        self.zoom_bar = _ZoomBar(self, self.view)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.role_bar = RoleBar(self)  # hidden unless the project has several graphs
        self.role_bar.role_selected.connect(self.show_role)
        box.addWidget(self.role_bar)
        self.group_bar = GroupBar(self)  # hidden unless a group is open
        box.addWidget(self.group_bar)
        box.addWidget(self.view)
        self.project: Any = None
        self._last_selection: list[str] = []
        self._paste_round = 0
        self._clip_fallback: dict[str, Any] | None = None
        self._fitted = False
        self._auto_fit = True  # re-fit on resize until the learner zooms, pans or edits
        self._fit_readable = True
        self._content: QRectF | None = None

        self.scene.selectionChanged.connect(self._on_selection_changed)
        self.scene.analysis_changed.connect(self.analysis_changed)
        self.scene.status_message.connect(self.status_message)
        self.scene.contents_changed.connect(self._on_contents_changed)
        self.scene.nodes_moved.connect(self._on_nodes_moved)
        self.scene.connect_requested.connect(self._on_connect_requested)
        self.scene.layer_dropped.connect(self._on_layer_dropped)
        self.scene.layer_dropped_on_edge.connect(self._on_layer_dropped_on_edge)
        self.scene.group_open_requested.connect(self.open_group)
        self.scene.scope_changed.connect(self._on_scope_changed)
        self.view.viewport_changed.connect(self._update_minimap)
        self.view.navigated.connect(self._stop_auto_fit)
        self.view.zoom_changed.connect(self.zoom_bar.set_zoom)
        self.undo_stack.indexChanged.connect(self._on_stack_changed)
        self.action_map: dict[str, QAction] = {}
        self._make_actions()
        self.set_project(project if project is not None else SimpleProject())

    # =============================================================== project
    @property
    def graph(self) -> ModelGraph:
        """The model graph being edited."""
        return self.project.graph

    @property
    def layout(self) -> dict[str, list[float]]:
        """The project's layout dict (card positions by node id)."""
        return self.project.layout

    @property
    def analysis(self) -> Analysis:
        """The latest analysis of the graph (shapes, counts, diagnostics)."""
        return self.scene.analysis

    def set_project(self, project: Any) -> None:
        """Edit ``project`` (anything with ``.graph`` and ``.layout``); clears undo history.

        Cards without a saved position are laid out automatically (every card when
        none has one, e.g. a hand-written project file).
        """
        self.project = project
        graph, layout = project.graph, project.layout
        if len(graph) and not any(nid in layout for nid in graph.nodes):
            layout.update({nid: list(p) for nid, p in arrange_grouped(graph, "LR").items()})
        self.undo_stack.clear()
        self.scene.set_model(graph, layout)
        self._paste_round = 0
        self._fitted = False
        self.fit_to_view(readable=True)
        self._on_selection_changed()
        roles = dict(getattr(project, "role_graphs", None) or {})
        self.role_bar.set_roles(list(roles), self.role)

    @property
    def role(self) -> str:
        """The role of the graph on the canvas (``"model"`` for single-graph projects)."""
        for role, graph in (getattr(self.project, "role_graphs", None) or {}).items():
            if graph is self.project.graph:
                return role
        return "model"

    def show_role(self, role: str) -> bool:
        """Edit the project's graph of ``role`` (a GAN's ``"generator"`` or ``"discriminator"``).

        The project's ``graph`` becomes that role's graph; the undo history starts afresh
        (its steps belong to the other graph). Emits :attr:`role_changed`. False if there is no such role.
        """
        graphs = getattr(self.project, "role_graphs", None) or {}
        if role not in graphs:
            return False
        if graphs[role] is not self.project.graph:
            edited = not self.undo_stack.isClean()
            self.project.graph = graphs[role]
            self.set_project(self.project)
            self.role_changed.emit(role, edited)
        self.role_bar.show_role(role)
        return True

    # ============================================================= selection
    def selected_ids(self) -> list[str]:
        """Ids of the selected layers, in model order."""
        return self.scene.selected_ids()

    def select(self, node_id: str | list[str] | None, center: bool = True) -> None:
        """Select one layer (or several, or none) and centre the first (``center``) in the view.

        A layer inside a folded group opens the group first (a Problem inside it is then found).
        """
        ids = [node_id] if isinstance(node_id, str) else list(node_id or [])
        if ids and ids[0] in self.graph.nodes and self.scene.node_item(ids[0]) is None:
            scope = self.graph.group_of(ids[0])
            if scope is None:
                self.close_group()
            else:
                self.open_group(scope)
        self.scene.blockSignals(True)
        try:
            self.scene.clearSelection()
            for nid in ids:
                item = self.scene.node_item(nid)
                if item is not None:
                    item.setSelected(True)
        finally:
            self.scene.blockSignals(False)
        first = self.scene.node_item(ids[0]) if ids else None
        if first is not None and center:
            self.view.centerOn(first)
            self._auto_fit = False
        self._on_selection_changed()

    def select_all(self) -> None:
        """Select every card on show (the layers of the open group, or the top level's layers and groups)."""
        self.select([n for n in self.graph.nodes if self.scene.node_item(n) is not None])
        for gid in list(self.graph.groups):
            item = self.scene.group_item(gid)
            if item is not None:
                item.setSelected(True)

    def _on_selection_changed(self) -> None:
        ids = self.selected_ids() if self.project is not None else []
        edges = self.scene.selected_edges()
        for name in ("delete",):
            if name in self.action_map:
                self.action_map[name].setEnabled(bool(ids or edges))
        for name in ("copy", "duplicate"):
            if name in self.action_map:
                self.action_map[name].setEnabled(bool(ids))
        groups = self.scene.selected_groups() if self.project is not None else []
        if "delete" in self.action_map and groups:
            self.action_map["delete"].setEnabled(True)
        if "fold" in self.action_map:
            self.action_map["fold"].setEnabled(len(ids) >= 2 and self.scene.scope is None)
            self.action_map["unfold"].setEnabled(bool(groups) or self.scene.scope is not None)
        if ids != self._last_selection:
            self._last_selection = ids
            self.selection_changed.emit(list(ids))

    # ================================================================ edits
    def _push(self, command) -> bool:
        """Push ``command``; a refused edit is reported and leaves no undo step."""
        self.undo_stack.push(command)
        error = getattr(command, "error", None)
        if error is not None:
            self.status_message.emit(error.text)
            return False
        self.scene.flush()
        return True

    def _card_size(self, type_name: str) -> tuple[float, float]:
        if not catalog.has(type_name):
            return (CARD_W, CARD_H)
        probe = NodeItem(self.scene.theme, "probe", type_name, "", catalog.get(type_name).input_names,
                         self.scene.orientation)
        kind = catalog.get(type_name)
        from deskdl.qt.canvas.scene import port_count

        probe.set_input_ports(port_count(kind, 0), 0)
        return probe.size()

    def add_layer(self, type_name: str, pos: QPointF | tuple[float, float] | None = None,
                  params: dict[str, Any] | None = None) -> str | None:
        """Add a layer (undoable) with its card centred on ``pos`` (scene coordinates).

        Without ``pos`` the card goes to a free spot next to the latest layer.
        Returns the new id, or None if the layer could not be added.
        """
        w, h = self._card_size(type_name)
        if pos is None:
            x, y = place_new_node(self.scene.shown_graph(), self.layout, size=(w, h),
                                  sizes=self.scene.sizes(), direction=self.scene.orientation)
        else:
            px, py = (pos.x(), pos.y()) if isinstance(pos, QPointF) else pos
            x, y = px - w / 2, py - h / 2
        cmd = AddNodeCommand(self.graph, self.scene, type_name, params, (round(x, 1), round(y, 1)),
                             group=self.scene.scope)
        if not self._push(cmd):
            return None
        self._after_add(cmd.node_id)
        return cmd.node_id

    def add_layer_after_selection(self, type_name: str) -> str | None:
        """Append a layer after the selected one and link it (Enter or double-click in the palette).

        With nothing selected it follows the last output of the model, so pressing
        Enter repeatedly builds a chain. The new layer becomes the selection.
        """
        if not catalog.has(type_name):
            self.status_message.emit(_("deskdl does not know a layer called {name}").format(
                name=repr(type_name)))
            return None
        kind = catalog.get(type_name)
        sel = self.selected_ids()
        src = sel[-1] if sel else None
        if src is None:
            outs = [o for o in self.graph.outputs() if o in self.graph]
            src = outs[-1] if outs else None
            if src is None and self.graph.inputs():
                src = self.graph.inputs()[-1]
        link = src is not None and kind.max_inputs != 0
        w, h = self._card_size(type_name)
        x, y = place_new_node(self.scene.shown_graph(), self.layout, after=self.scene.card_id(src),
                              size=(w, h), sizes=self.scene.sizes(),
                              direction=self.scene.orientation)
        cmd = AddNodeCommand(self.graph, self.scene, type_name, None, (x, y), inputs=[src] if link else (),
                             group=self.scene.scope)
        if not self._push(cmd):
            return None
        self._after_add(cmd.node_id)
        return cmd.node_id

    def _after_add(self, node_id: str) -> None:
        self.select(node_id, center=False)
        self._ensure_visible(node_id)

    def _ensure_visible(self, node_id: str) -> None:
        item = self.scene.node_item(node_id)
        if item is not None:
            self.view.ensureVisible(item, 40, 40)
            self._auto_fit = False

    def connect_nodes(self, src: str, dst: str, slot: int | None = None) -> bool:
        """Link ``src`` into ``dst`` (undoable); says why not when it cannot be done."""
        reason = self.scene.why_not(src, dst, slot)
        if reason:
            self.status_message.emit(reason)
            return False
        return self._push(ConnectCommand(self.graph, src, dst, slot))

    def disconnect_nodes(self, src: str, dst: str, slot: int | None = None) -> bool:
        """Remove a link (undoable)."""
        return self._push(DisconnectCommand(self.graph, src, dst, slot))

    def set_params(self, node_id: str, params: dict[str, Any]) -> bool:
        """Change params of a layer (undoable; repeated edits of one param merge into one step)."""
        return self._push(SetParamsCommand(self.graph, node_id, params))

    def insert_on_edge(self, type_name: str, src: str, dst: str, slot: int) -> str | None:
        """Put a new layer on the link ``src -> dst`` (undoable), making room downstream."""
        pos, moves = self._insert_spot(type_name, src, dst)
        cmd = InsertOnEdgeCommand(self.graph, self.scene, type_name, src, dst, slot, pos, moves=moves)
        if not self._push(cmd):
            return None
        self._after_add(cmd.node_id)
        return cmd.node_id

    def _insert_spot(self, type_name: str, src: str, dst: str):
        """A spot right after ``src`` for a new card, and the downstream shifts that make room."""
        w, h = self._card_size(type_name)
        lr = self.scene.orientation == "LR"
        src_item, dst_item = self.scene.node_item(src), self.scene.node_item(dst)
        gap = SPACING[self.scene.orientation][0]
        if src_item is None or dst_item is None:
            return None, {}
        sx, sy = src_item.pos().x(), src_item.pos().y()
        sw, sh = src_item.size()
        if lr:
            pos = (sx + sw + gap, sy + (sh - h) / 2)
            need = pos[0] + w + gap - dst_item.pos().x()
        else:
            pos = (sx + (sw - w) / 2, sy + sh + gap)
            need = pos[1] + h + gap - dst_item.pos().y()
        moves = {}
        if need > 0:
            limit = dst_item.pos().x() if lr else dst_item.pos().y()
            for nid, item in self.scene.node_items().items():
                inside = self.graph.groups[nid].members if nid in self.graph.groups else [nid]
                if nid != dst and not any(self.graph.reaches(dst, m) for m in inside):
                    continue
                p = item.pos()
                if (p.x() if lr else p.y()) < limit - 1:
                    continue
                new = (p.x() + need, p.y()) if lr else (p.x(), p.y() + need)
                moves[nid] = ((p.x(), p.y()), new)
        return (round(pos[0], 1), round(pos[1], 1)), moves

    def apply_fix(self, action: FixAction) -> bool:
        """Apply a diagnostic's one-click fix (undoable)."""
        pos, moves = None, {}
        if action.op == "insert_before" and action.node_id in self.graph and action.layer:
            target = self.graph.node(action.node_id)
            if action.slot < len(target.inputs):
                pos, moves = self._insert_spot(action.layer, target.inputs[action.slot], action.node_id)
                if pos is not None:  # the spot after the source may hold another branch's card
                    moved = dict(self.layout)
                    moved.update({nid: new for nid, (_old, new) in moves.items()})
                    pos = place_new_node(self.scene.shown_graph(), moved, near=pos,
                                         size=self._card_size(action.layer), sizes=self.scene.sizes(),
                                         direction=self.scene.orientation)
            else:
                item = self.scene.node_item(action.node_id)
                if item is not None:
                    w, h = self._card_size(action.layer)
                    gap = SPACING[self.scene.orientation][0]
                    near = ((item.pos().x() - w - gap, item.pos().y()) if self.scene.orientation == "LR"
                            else (item.pos().x(), item.pos().y() - h - gap))
                    pos = place_new_node(self.scene.shown_graph(), self.layout, near=near, size=(w, h),
                                         sizes=self.scene.sizes(), direction=self.scene.orientation)
        elif action.op == "add_input":
            rect = self._content_rect()
            w, h = self._card_size("Input")
            near = (rect.left() - w - SPACING["LR"][0], rect.top()) if not rect.isEmpty() else (0.0, 0.0)
            pos = place_new_node(self.scene.shown_graph(), self.layout, near=near, size=(w, h),
                                 sizes=self.scene.sizes(), direction=self.scene.orientation)
        cmd = ApplyFixCommand(self.graph, self.scene, action, pos, moves)
        ok = self._push(cmd)
        if ok and cmd.node_id is not None:
            self._after_add(cmd.node_id)
        elif ok and action.node_id:
            self.select(action.node_id)
        return ok

    def delete_selected(self) -> None:
        """Delete the selected layers (their links go too) and selected links, as one undo step.

        A selected folded group is deleted with every layer in it.
        """
        ids = self.selected_ids()
        for gid in self.scene.selected_groups():
            ids.extend(self.graph.groups[gid].members)
        gone = set(ids)
        edges = [e for e in self.scene.selected_edges() if e[0] not in gone and e[1] not in gone]
        if not ids and not edges:
            return
        self.undo_stack.beginMacro(_("Delete") if not ids
                                   else RemoveNodesCommand(self.graph, None, ids).text())
        for src, dst, slot in sorted(edges, key=lambda e: (e[1], -e[2])):
            self.undo_stack.push(DisconnectCommand(self.graph, src, dst, slot))
        if ids:
            self.undo_stack.push(RemoveNodesCommand(self.graph, self.scene, ids))
        self.undo_stack.endMacro()
        self.scene.flush()

    # ========================================================== groups
    def fold_selection(self) -> str | None:
        """Fold the selected layers into a group shown as one card (Ctrl+G; undoable); its id."""
        ids = self.selected_ids()
        if len(ids) < 2:
            self.status_message.emit(_("Select two or more layers to fold them into a group"))
            return None
        if self.scene.scope is not None:
            self.status_message.emit(_("These layers are already in a group; groups do not nest here. "
                                       "Go back to the whole model to fold others"))
            return None
        try:
            self.graph.check_group(ids)
        except DeskdlError as err:
            self.status_message.emit(_("Can't fold: {error}").format(error=err.text))
            return None
        spots = [self.layout[n] for n in ids if n in self.layout]
        pos = (min(p[0] for p in spots), min(p[1] for p in spots)) if spots else None
        cmd = FoldCommand(self.graph, self.scene, ids, pos)
        if not self._push(cmd):
            return None
        item = self.scene.group_item(cmd.group_id)
        if item is not None:
            self.scene.clearSelection()
            item.setSelected(True)
        self.status_message.emit(_("Folded {n} layers into {group}; double-click it to open it, "
                                   "Ctrl+Shift+G to unfold it").format(n=len(ids), group=cmd.group_id))
        return cmd.group_id

    def unfold_selected(self) -> list[str]:
        """Unfold the selected groups (or the open one) back into their layers (Ctrl+Shift+G; undoable)."""
        gids = self.scene.selected_groups() or ([self.scene.scope] if self.scene.scope else [])
        if not gids:
            self.status_message.emit(_("Select a folded group to unfold it"))
            return []
        members = [m for gid in gids for m in self.graph.groups[gid].members]
        self.undo_stack.beginMacro(_("Unfold {group}").format(group=gids[0]) if len(gids) == 1
                                   else _("Unfold {n} groups").format(n=len(gids)))
        for gid in gids:
            self.undo_stack.push(UnfoldCommand(self.graph, self.scene, gid))
        self.undo_stack.endMacro()
        self.scene.flush()
        self.select(members, center=False)
        return members

    def open_group(self, group_id: str) -> bool:
        """Show the inside of a group in the canvas, with a breadcrumb back (double-click on its card)."""
        if group_id not in self.graph.groups:
            return False
        self.scene.set_scope(group_id)
        return True

    def close_group(self) -> None:
        """Back from a group to the whole model."""
        if self.scene.scope is None:
            return
        gid = self.scene.scope
        self.scene.set_scope(None)
        item = self.scene.group_item(gid)
        if item is not None:
            item.setSelected(True)

    def _on_scope_changed(self, scope: str | None) -> None:
        if scope is None or scope not in self.graph.groups:
            self.group_bar.hide()
        else:
            group = self.graph.groups[scope]
            ins = list(dict.fromkeys(src for src, _dst, _slot in self.graph.group_inputs(scope)))
            outs = self.graph.group_outputs(scope)
            text = "›  " + _("{group}: a {label} of {n} layers").format(
                group=scope, label=tr("qt.canvas.scene", group.label).lower(), n=len(group.members))
            if ins:
                text += _("; data comes in from {names}").format(
                    names=", ".join(ins[:3]) + ("…" if len(ins) > 3 else ""))
            if outs:
                text += _(" and leaves from {names}").format(
                    names=", ".join(outs[:3]) + ("…" if len(outs) > 3 else ""))
            self.group_bar.show_group(text)
        self.fit_to_view(readable=True)
        self._on_selection_changed()

    # ========================================================== clipboard
    def _payload(self, ids: list[str]) -> dict[str, Any]:
        chosen = set(ids)
        nodes = []
        for nid in ids:
            raw = self.graph.node(nid).to_dict()
            inputs = [s for s in raw.get("inputs", []) if s in chosen]
            raw.pop("inputs", None)
            if inputs:
                raw["inputs"] = inputs
            nodes.append(raw)
        layout = {nid: list(self.layout[nid]) for nid in ids if nid in self.layout}
        return {"format": CLIP_FORMAT, "version": 1, "nodes": nodes, "layout": layout}

    def copy(self) -> bool:
        """Copy the selected layers (and the links among them) to the clipboard as JSON."""
        ids = self.selected_ids()
        if not ids:
            return False
        payload = self._payload(ids)
        text = json.dumps(payload, indent=1)
        mime = QMimeData()
        mime.setData(MIME_NODES, text.encode("utf-8"))
        mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)
        self._clip_fallback = payload
        self._paste_round = 0
        n = len(ids)
        self.status_message.emit(_("Copied 1 layer") if n == 1 else _("Copied {n} layers").format(n=n))
        return True

    def _clipboard_payload(self) -> dict[str, Any] | None:
        mime = QGuiApplication.clipboard().mimeData()
        raw = None
        if mime is not None and mime.hasFormat(MIME_NODES):
            raw = bytes(mime.data(MIME_NODES)).decode("utf-8", "replace")
        elif mime is not None and mime.hasText():
            raw = mime.text()
        if raw:
            try:
                data = json.loads(raw)
            except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
                data = None
            if isinstance(data, dict) and data.get("format") == CLIP_FORMAT:
                return data
            return None
        return self._clip_fallback

    def paste(self) -> list[str]:
        """Paste layers from the clipboard with fresh ids, offset from the originals; returns the ids."""
        payload = self._clipboard_payload()
        if payload is None:
            self.status_message.emit(_("The clipboard holds no deskdl layers to paste"))
            return []
        self._paste_round += 1
        return self._paste(payload, self._paste_round * PASTE_STEP, _("Paste"))

    def duplicate(self) -> list[str]:
        """Copy and paste the selection in one step, without touching the clipboard."""
        ids = self.selected_ids()
        if not ids:
            return []
        return self._paste(self._payload(ids), PASTE_STEP, _("Duplicate"))

    def _paste(self, payload: dict[str, Any], step: float, text: str) -> list[str]:
        try:
            cmd = PasteCommand(self.graph, self.scene, payload, (step, step), text, group=self.scene.scope)
        except DeskdlError as err:
            self.status_message.emit(err.text)
            return []
        if not self._push(cmd):
            return []
        ids = cmd.new_ids
        self.select(ids, center=False)
        if ids:
            self._ensure_visible(ids[0])
        return ids

    # ============================================================ view
    def zoom_in(self) -> None:
        """Zoom in one step."""
        self.view.zoom_in()

    def zoom_out(self) -> None:
        """Zoom out one step."""
        self.view.zoom_out()

    def _content_rect(self) -> QRectF:
        rect = QRectF()
        for item in self.scene.node_items().values():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    #: On-screen size (points) of a card's main text below which it counts as too small to
    #: read: 7.5 pt is 10 px on a 96-dpi screen, about the smallest text that reads easily.
    #: Opening a project and Arrange keep the main text (9 pt at 100 %) at least this big.
    READABLE_PT = 7.5
    #: The readable zoom for the default 9-pt card text (see :meth:`readable_zoom`).
    READABLE_ZOOM = READABLE_PT / 9.0

    def readable_zoom(self) -> float:
        """The lowest zoom at which the cards' main text shows at :data:`READABLE_PT` or more."""
        size = self.scene.theme.body_font.pointSizeF()
        return min(1.0, self.READABLE_PT / size) if size > 0 else self.READABLE_ZOOM

    def fit_to_view(self, readable: bool = False) -> None:
        """Show the whole model (never magnified past 100 %).

        ``readable`` (used when a project opens) keeps the zoom at or above
        :meth:`readable_zoom` and shows a long model from its start instead.
        Until the learner zooms, pans or edits, a resize fits the model again.
        """
        self._content = None
        self._auto_fit = True
        self._fit_readable = readable
        self.view.fit_rect(self._content_rect(), min_zoom=self.readable_zoom() if readable else None)
        self._update_minimap()

    def _stop_auto_fit(self) -> None:
        self._auto_fit = False

    def arrangement(self, direction: str = "LR") -> dict[str, tuple[float, float]]:
        """Where Arrange puts the cards for the view as it is now: ``{node_id: (x, y)}``.

        One straight line of layers when it fits at a readable zoom; otherwise the
        layers fold into rows (left to right) or columns (top to bottom), the
        folding that shows the whole model biggest in this view, so a long chain
        keeps its text readable instead of shrinking.
        """
        direction = normalize_direction(direction)
        old_dir = self.scene.orientation
        self.scene.set_orientation(direction)  # card sizes depend on where the ports sit
        sizes = self.scene.sizes()
        self.scene.set_orientation(old_dir)
        # With groups, the cards on show: the folded top level, or the inside of the open group.
        graph = self.graph.scope_graph(self.scene.scope) if self.graph.groups else self.graph
        best = arrange(graph, direction, sizes=sizes)
        best_zoom = self.view.fit_zoom(*extent(best, sizes), floor=0.0)
        if best_zoom >= self.readable_zoom() - 1e-9:
            return best
        compact = COMPACT_SPACING[direction]
        for wrap in wrap_points(graph, direction, sizes=sizes, spacing=compact)[1:]:
            pos = arrange(graph, direction, sizes=sizes, spacing=compact, wrap=wrap)
            zoom = self.view.fit_zoom(*extent(pos, sizes), floor=0.0)
            if zoom > best_zoom + 1e-9:
                best, best_zoom = pos, zoom
        return best

    def auto_arrange(self, direction: str = "LR") -> None:
        """Lay the model out in layers, left to right (``"LR"``) or top to bottom (``"TB"``); undoable.

        A model too long for the view at a readable zoom wraps into rows or columns
        (see :meth:`arrangement`).
        """
        direction = normalize_direction(direction)
        if not len(self.graph):
            return
        old_dir = self.scene.orientation
        rect = self._content_rect()
        origin = (round(rect.left()), round(rect.top())) if not rect.isEmpty() else (0, 0)
        new = {nid: (x + origin[0], y + origin[1]) for nid, (x, y) in self.arrangement(direction).items()}
        old = self.scene.positions()
        self._push(ArrangeCommand(self.scene, old, new, old_dir, direction))
        self.fit_to_view(readable=True)

    def _on_contents_changed(self) -> None:
        self._content = None
        self.minimap.refit()
        self._update_minimap()

    def _update_minimap(self) -> None:
        mm = self.minimap
        if self._content is None:
            self._content = self._content_rect()
        content = self._content
        show = bool(self.scene.node_items()) and not self.view.visible_scene_rect().contains(content)
        if show:
            vp = self.view.viewport().geometry()
            mm.move(vp.right() - mm.width() - 12, vp.bottom() - mm.height() - 12)
            if not mm.isVisible():
                mm.show()
                mm.raise_()
            mm.update()
        elif mm.isVisible():
            mm.hide()
        bar = self.zoom_bar
        bar.adjustSize()
        bar.move(12, self.view.viewport().height() - bar.height() - 12)
        bar.raise_()

    # ============================================================ requests from the scene
    def _on_nodes_moved(self, old: dict, new: dict) -> None:
        self._push(MoveNodesCommand(self.scene, old, new))

    def _on_connect_requested(self, src: str, dst: str, slot: int) -> None:
        if self._push(ConnectCommand(self.graph, src, dst, slot)):
            self.status_message.emit(_("Linked {src} to {dst}").format(src=src, dst=dst))

    def _on_layer_dropped(self, type_name: str, pos: QPointF) -> None:
        self.view.setFocus()
        self.add_layer(type_name, pos)

    def _on_layer_dropped_on_edge(self, type_name: str, key: tuple, pos: QPointF) -> None:
        src, dst, slot = key
        self.view.setFocus()
        self.insert_on_edge(type_name, src, dst, slot)

    def _on_stack_changed(self, _index: int) -> None:
        self.scene.flush()
        self._auto_fit = False
        self._on_selection_changed()

    # ============================================================ actions
    def _make_actions(self) -> None:
        def make(name: str, text: str, keys, slot, tip: str = "") -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if tip:
                act.setStatusTip(tip)
                act.setToolTip(tip)
            act.triggered.connect(slot)
            self.action_map[name] = act
            self.addAction(act)
            return act

        undo = self.undo_stack.createUndoAction(self, _("&Undo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.undo_stack.createRedoAction(self, _("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for name, act in (("undo", undo), ("redo", redo)):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.action_map[name] = act
            self.addAction(act)
        make("delete", _("&Delete"), ["Delete", "Backspace"], self.delete_selected,
             _("Delete the selected layers and links"))
        make("copy", _("&Copy"), ["Ctrl+C"], self.copy, _("Copy the selected layers"))
        make("paste", _("&Paste"), ["Ctrl+V"], self.paste, _("Paste layers from the clipboard"))
        make("duplicate", _("D&uplicate"), ["Ctrl+D"], self.duplicate, _("Duplicate the selected layers"))
        make("select_all", _("Select &All"), ["Ctrl+A"], self.select_all, _("Select every layer"))
        make("fold", _("&Fold into Group"), ["Ctrl+G"], self.fold_selection,
             _("Fold the selected layers into one card (a group); double-click it to open it"))
        make("unfold", _("U&nfold Group"), ["Ctrl+Shift+G"], self.unfold_selected,
             _("Unfold the selected group back into its layers"))
        make("zoom_in", _("Zoom &In"), ["Ctrl+=", "Ctrl++"], self.zoom_in)
        make("zoom_out", _("Zoom &Out"), ["Ctrl+-"], self.zoom_out)
        make("fit", _("&Fit to View"), ["Ctrl+0"], self.fit_to_view, _("Show the whole model"))
        make("arrange_lr", _("Arrange &Left to Right"), ["Ctrl+L"], lambda: self.auto_arrange("LR"),
             _("Lay the model out in columns, data flowing left to right"))
        make("arrange_tb", _("Arrange &Top to Bottom"), ["Ctrl+Shift+L"], lambda: self.auto_arrange("TB"),
             _("Lay the model out in rows, data flowing downwards"))

    # ============================================================ Qt events
    def changeEvent(self, event: QEvent) -> None:  # noqa: D102
        if event.type() == QEvent.Type.PaletteChange:
            self.scene.set_theme(CanvasTheme.from_palette(self.palette(), self.font()))
            self.view.viewport().update()
            self.minimap.refit()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: D102
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_to_view(readable=True)
        elif self._auto_fit:  # back on screen (another tab was shown), maybe at another size
            self.fit_to_view(readable=self._fit_readable)

    def resizeEvent(self, event) -> None:  # noqa: D102
        super().resizeEvent(event)
        if self._fitted and self._auto_fit and self.isVisible():
            self.fit_to_view(readable=self._fit_readable)
        else:
            self._update_minimap()
