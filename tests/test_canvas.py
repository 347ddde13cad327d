"""The model-builder canvas: the scene follows the model; user gestures become undoable edits."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from deskdl.core import catalog
from deskdl.core.catalog import FixAction
from deskdl.core.graph import ModelGraph
from deskdl.core.layout import overlaps
from deskdl.qt.canvas import MIME_LAYER, MIME_NODES
from deskdl.qt.canvas.editor import GraphEditor, SimpleProject
from deskdl.qt.canvas.items import EdgeItem, NodeItem

MERGE = "Add" if catalog.has("Add") else None

# Qt 6 marks the QPoint drag-event constructors deprecated in PySide; they are what a drag sends.
pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDrag.*deprecated:DeprecationWarning")


def small_graph() -> ModelGraph:
    g = ModelGraph()
    g.add_node("Input", {"shape": [4]}, "x")
    g.add_node("Dense", {"units": 8, "activation": "relu"}, "h", inputs=["x"])
    g.add_node("Dense", {"units": 3}, "out", inputs=["h"])
    return g


@pytest.fixture
def editor(qtbot):
    ed = GraphEditor(SimpleProject(small_graph()))
    qtbot.addWidget(ed)
    ed.resize(1000, 600)
    ed.show()
    qtbot.waitExposed(ed)
    ed.fit_to_view()
    return ed


def nodes_of(ed):
    return {i.node_id for i in ed.scene.items() if isinstance(i, NodeItem)}


def edges_of(ed):
    return {i.key for i in ed.scene.items() if isinstance(i, EdgeItem)}


def vp_point(ed, scene_pos: QPointF) -> QPoint:
    return ed.view.mapFromScene(scene_pos)


def layer_mime(name: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_LAYER, name.encode("utf-8"))
    return mime


def drop_on_view(ed, name: str, scene_pos: QPointF) -> QDropEvent:
    """Deliver a real drag-enter, drag-move and drop to the view's viewport, as a palette drag does."""
    vp = ed.view.viewport()
    pos = QPointF(vp_point(ed, scene_pos))
    mime = layer_mime(name)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp, move)
    assert move.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp, drop)
    return drop


# ---------------------------------------------------------------- following the model
def test_scene_is_built_from_the_model(editor):
    assert nodes_of(editor) == {"x", "h", "out"}
    assert edges_of(editor) == {("x", "h", 0), ("h", "out", 0)}
    card = editor.scene.node_item("h")
    assert card.look.title == "Dense" and "8 units" in card.look.summary and "relu" in card.look.summary
    assert card.look.shape == "(8,)" and card.look.params == "40 params"
    assert editor.scene.node_item("x").in_ports == []  # Input has no input port
    assert len(card.in_ports) == 1 and card.in_ports[0].connected
    assert editor.scene.edge_item("x", "h", 0).label == "(4,)"


def test_scene_follows_model_changes(editor, qtbot):
    g = editor.graph
    with qtbot.waitSignal(editor.analysis_changed, timeout=1000):
        g.add_node("Dense", {"units": 2}, "extra", inputs=["h"])
    assert "extra" in nodes_of(editor) and ("h", "extra", 0) in edges_of(editor)
    assert editor.scene.node_item("extra").look.shape == "(2,)"
    g.set_params("h", {"units": 5})
    editor.scene.flush()
    assert editor.scene.node_item("h").look.shape == "(5,)"
    assert editor.scene.node_item("extra").look.params == "12 params"
    # one of h's two links carries the shape label, the other none
    labels = sorted(editor.scene.edge_item("h", dst, 0).label for dst in ("out", "extra"))
    assert labels == ["", "(5,)"]
    g.remove_node("h")
    editor.scene.flush()
    assert nodes_of(editor) == {"x", "out", "extra"} and edges_of(editor) == set()
    g.load_dict(small_graph().to_dict())
    assert nodes_of(editor) == {"x", "h", "out"} and len(edges_of(editor)) == 2


def test_errors_and_warnings_colour_the_card(editor):
    g = editor.graph
    g.set_params("h", {"units": 0})
    editor.scene.flush()
    card = editor.scene.node_item("h")
    assert card.look.severity == "error"
    assert "units must be at least 1" in card.toolTip()
    assert editor.scene.node_item("out").look.shape == "?"  # downstream unknown, not red itself
    g.add_node("Input", {"shape": [2]}, "lonely")
    editor.scene.flush()
    assert editor.scene.node_item("lonely").look.severity == "warning"
    editor.set_params("h", {"units": 4})
    assert editor.scene.node_item("h").look.severity is None


def test_only_changed_cards_get_a_new_look(editor):
    looks = {nid: editor.scene.node_item(nid).look for nid in ("x", "h", "out")}
    editor.graph.set_params("out", {"activation": "softmax"})
    editor.scene.flush()
    assert editor.scene.node_item("x").look is looks["x"]
    assert editor.scene.node_item("h").look is looks["h"]
    assert editor.scene.node_item("out").look is not looks["out"]


@pytest.mark.skipif(not catalog.has("MultiHeadAttention"), reason="catalog has no MultiHeadAttention yet")
def test_named_ports_of_attention(editor):
    g = editor.graph
    g.add_node("Input", {"shape": [6, 8]}, "seq")
    g.add_node("MultiHeadAttention", {"num_heads": 2, "key_dim": 4}, "mha", inputs=["seq", "seq"])
    card = editor.scene.node_item("mha")
    assert [p.name for p in card.in_ports] == ["query", "value", "key"]
    assert [p.connected for p in card.in_ports] == [True, True, False]


@pytest.mark.skipif(MERGE is None, reason="catalog has no Add yet")
def test_multi_input_layer_shows_connected_slots_plus_one_free(editor):
    g = editor.graph
    g.add_node(MERGE, {}, "sum")
    assert len(editor.scene.node_item("sum").in_ports) == 2  # needs two: both shown
    g.connect("h", "sum")
    g.connect("x", "sum")
    assert len(editor.scene.node_item("sum").in_ports) == 3
    g.disconnect("h", "sum", 0)
    assert len(editor.scene.node_item("sum").in_ports) == 2
    assert edges_of(editor) >= {("x", "sum", 0)}


# ---------------------------------------------------------------- palette drops
def test_drop_palette_item_on_empty_canvas_adds_the_layer_there(editor):
    spot = QPointF(100, 400)
    drop = drop_on_view(editor, "Dense", spot)
    assert drop.isAccepted()
    new = [nid for nid in editor.graph.nodes if nid not in ("x", "h", "out")]
    assert len(new) == 1
    card = editor.scene.node_item(new[0])
    assert card.sceneBoundingRect().contains(spot)  # centred on the drop point
    assert editor.layout[new[0]] == [card.pos().x(), card.pos().y()]
    assert editor.selected_ids() == new
    editor.undo_stack.undo()
    assert new[0] not in editor.graph and new[0] not in editor.layout


def test_drop_of_something_else_is_ignored(editor):
    vp = editor.view.viewport()
    mime = QMimeData()
    mime.setText("hello")
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp, enter)
    assert not enter.isAccepted()


def test_drop_palette_item_on_a_link_inserts_it(editor):
    edge = editor.scene.edge_item("h", "out", 0)
    mid = edge._path.pointAtPercent(0.5)
    before = editor.graph.to_dict()
    drop_on_view(editor, "Dense", mid)
    new = editor.graph.node("out").inputs[0]
    assert new not in ("h",) and editor.graph.node(new).inputs == ["h"]
    assert editor.scene.edge_item(new, "out", 0) is not None
    assert overlaps({n: tuple(p) for n, p in editor.layout.items()}, editor.scene.sizes()) == []
    editor.undo_stack.undo()
    assert editor.graph.to_dict() == before


# ---------------------------------------------------------------- drawing links
def press_move_release(ed, qtbot, start: QPointF, path: list[QPointF]):
    vp = ed.view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp_point(ed, start))
    for p in path:
        QTest.mouseMove(vp, vp_point(ed, p))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp_point(ed, path[-1]))


def test_drag_from_output_to_input_port_connects(editor, qtbot):
    g = editor.graph
    g.disconnect("h", "out")
    editor.scene.flush()
    src = editor.scene.node_item("h").out_port.scenePos()
    dst = editor.scene.node_item("out").in_ports[0].scenePos()
    vp = editor.view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp_point(editor, src))
    assert editor.scene.dragging_link
    target = editor.scene.node_item("out").in_ports[0]
    assert target.state == "valid"  # lit green while dragging
    assert editor.scene.node_item("x").dimmed  # Input takes no links: dimmed
    QTest.mouseMove(vp, vp_point(editor, (src + dst) / 2))
    QTest.mouseMove(vp, vp_point(editor, dst))
    assert target.state == "hover"
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp_point(editor, dst))
    assert not editor.scene.dragging_link
    assert g.node("out").inputs == ["h"]
    assert ("h", "out", 0) in edges_of(editor)
    assert target.state == "normal" and not editor.scene.node_item("x").dimmed
    editor.undo_stack.undo()
    assert g.node("out").inputs == []


def test_hovering_an_invalid_target_says_why(editor, qtbot):
    scene = editor.scene
    messages = []
    editor.status_message.connect(messages.append)
    scene.begin_connect("out")
    port = scene.node_item("h").in_ports[0]  # out -> h would be a loop
    assert port.state == "invalid"
    scene.drag_connect_to(port.scenePos())
    assert port.state == "hover_invalid"
    assert messages and "circle" in messages[-1]
    assert scene._hint.isVisible() and "circle" in scene._hint.text
    assert not scene.finish_connect(port.scenePos())
    assert editor.graph.node("h").inputs == ["x"] and not scene._hint.isVisible()


def test_dropping_a_link_on_a_card_uses_its_free_slot(editor):
    g = editor.graph
    g.add_node("Dense", {}, "lone")
    scene = editor.scene
    scene.begin_connect("h")
    center = scene.node_item("lone").sceneBoundingRect().center()
    assert scene.finish_connect(center)
    assert g.node("lone").inputs == ["h"]


# ---------------------------------------------------------------- select, move, delete
def test_move_by_dragging_a_card_is_saved_and_undoable(editor, qtbot):
    card = editor.scene.node_item("out")
    old = list(editor.layout["out"])
    grab = card.sceneBoundingRect().center() + QPointF(0, 10)
    press_move_release(editor, qtbot, grab, [grab + QPointF(20, 30), grab + QPointF(60, 90)])
    moved = editor.layout["out"]
    assert moved != old and moved == [card.pos().x(), card.pos().y()]
    assert editor.undo_stack.undoText().startswith("Move")
    editor.undo_stack.undo()
    assert editor.layout["out"] == old and card.pos() == QPointF(*old)


def test_rubber_band_selects_several(editor, qtbot):
    scene = editor.scene
    rect = scene.node_item("x").sceneBoundingRect().united(scene.node_item("h").sceneBoundingRect())
    start = rect.topLeft() - QPointF(30, 30)
    end = rect.bottomRight() + QPointF(10, 10)
    with qtbot.waitSignal(editor.selection_changed, timeout=1000):
        press_move_release(editor, qtbot, start, [start + QPointF(5, 5), end])
    assert set(editor.selected_ids()) == {"x", "h"}


def test_select_centres_and_reports(editor, qtbot):
    with qtbot.waitSignal(editor.selection_changed, timeout=1000) as sig:
        editor.select("out")
    assert sig.args == [["out"]] and editor.selected_ids() == ["out"]


def test_delete_cascades_links_and_undo_restores(editor):
    before = editor.graph.to_dict()
    layout_before = dict(editor.layout)
    editor.select("h")
    editor.action_map["delete"].trigger()
    assert "h" not in editor.graph and nodes_of(editor) == {"x", "out"} and edges_of(editor) == set()
    editor.undo_stack.undo()
    assert editor.graph.to_dict() == before and editor.layout == layout_before
    assert edges_of(editor) == {("x", "h", 0), ("h", "out", 0)}


def test_delete_a_selected_link(editor):
    editor.scene.clearSelection()
    editor.scene.edge_item("h", "out", 0).setSelected(True)
    editor.delete_selected()
    assert editor.graph.node("out").inputs == []
    editor.undo_stack.undo()
    assert editor.graph.node("out").inputs == ["h"]


# ---------------------------------------------------------------- clipboard
def test_copy_paste_with_fresh_ids_and_internal_links(editor):
    editor.select(["h", "out"])
    assert editor.copy()
    mime = QGuiApplication.clipboard().mimeData()
    data = json.loads(bytes(mime.data(MIME_NODES)).decode())
    assert [n["id"] for n in data["nodes"]] == ["h", "out"]
    assert "inputs" not in data["nodes"][0]  # the link from x (outside the selection) is dropped
    new = editor.paste()
    assert len(new) == 2 and not set(new) & {"h", "out"}
    a, b = new
    assert editor.graph.node(b).inputs == [a] and editor.graph.node(a).inputs == []
    assert editor.selected_ids() == new
    assert editor.layout[a][0] == editor.layout["h"][0] + 40
    again = editor.paste()
    assert len(set(again) | set(new)) == 4
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert set(editor.graph.nodes) == {"x", "h", "out"}


def test_duplicate(editor):
    editor.select("h")
    (dup,) = editor.duplicate()
    assert editor.graph.node(dup).params == editor.graph.node("h").params
    assert editor.undo_stack.undoText() == "Duplicate"


def test_paste_with_foreign_clipboard_says_so(editor):
    messages = []
    editor.status_message.connect(messages.append)
    QGuiApplication.clipboard().setText("not json")
    assert editor.paste() == []
    assert messages


# ---------------------------------------------------------------- editor API
def test_add_layer_after_selection_builds_a_chain(editor):
    editor.select("out")
    a = editor.add_layer_after_selection("Dense")
    assert editor.graph.node(a).inputs == ["out"] and editor.selected_ids() == [a]
    b = editor.add_layer_after_selection("Dense")
    assert editor.graph.node(b).inputs == [a]
    assert editor.layout[b][0] > editor.layout[a][0] > editor.layout["out"][0]
    editor.scene.clearSelection()
    c = editor.add_layer_after_selection("Dense")  # nothing selected: follows the model output
    assert editor.graph.node(c).inputs == [b]
    assert overlaps({n: tuple(p) for n, p in editor.layout.items()}, editor.scene.sizes()) == []


def test_add_layer_unknown_type_reports(editor):
    messages = []
    editor.status_message.connect(messages.append)
    assert editor.add_layer("Nope") is None and messages and editor.undo_stack.count() == 0


def test_apply_fix_insert_before(editor):
    editor.apply_fix(FixAction("Insert a Dense", "insert_before", "out", "Dense", {"units": 6}, 0))
    new = editor.graph.node("out").inputs[0]
    assert editor.graph.node(new).inputs == ["h"] and editor.graph.node(new).params["units"] == 6
    editor.undo_stack.undo()
    assert editor.graph.node("out").inputs == ["h"]


def test_auto_arrange_has_no_overlaps_and_undoes(editor):
    g = editor.graph
    for i in range(6):
        g.add_node("Dense", {}, f"b{i}", inputs=["h" if i % 2 else "x"])
    editor.scene.set_positions({nid: (0, 0) for nid in g.nodes})  # everything piled up
    before = dict(editor.layout)
    for direction in ("LR", "TB"):
        editor.auto_arrange(direction)
        assert editor.scene.orientation == direction
        pos = {n: tuple(p) for n, p in editor.layout.items()}
        assert overlaps(pos, editor.scene.sizes()) == []
        assert {n: (i.pos().x(), i.pos().y()) for n, i in editor.scene.node_items().items()} == pos
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.layout == before and editor.scene.orientation == "LR"


def test_zoom_actions_and_fit(editor):
    z = editor.view.zoom()
    editor.action_map["zoom_in"].trigger()
    assert editor.view.zoom() > z
    editor.action_map["zoom_out"].trigger()
    editor.action_map["zoom_out"].trigger()
    assert editor.view.zoom() < z
    editor.fit_to_view()
    for item in editor.scene.node_items().values():
        assert editor.view.visible_scene_rect().contains(item.sceneBoundingRect())


def test_ctrl_wheel_zooms(editor):
    from PySide6.QtGui import QWheelEvent

    z = editor.view.zoom()
    vp = editor.view.viewport()
    at = QPointF(200, 200)
    ev = QWheelEvent(at, QPointF(vp.mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, 120),
                     Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                     Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(vp, ev)
    assert editor.view.zoom() > z


def test_minimap_shows_when_the_graph_does_not_fit(editor):
    editor.fit_to_view()
    assert not editor.minimap.isVisible()
    editor.view.set_zoom(3.0)
    assert editor.minimap.isVisible()
    assert editor.minimap.parent() is editor.view


def test_actions_and_shortcuts(editor):
    keys = {name: [s.toString() for s in act.shortcuts()] for name, act in editor.action_map.items()}
    assert "Ctrl+Z" in keys["undo"] and "Ctrl+Shift+Z" in keys["redo"]
    assert "Del" in keys["delete"] and "Ctrl+C" in keys["copy"] and "Ctrl+V" in keys["paste"]
    assert "Ctrl+D" in keys["duplicate"] and "Ctrl+A" in keys["select_all"]
    assert "Ctrl+=" in keys["zoom_in"] and "Ctrl+-" in keys["zoom_out"]
    assert "Ctrl+0" in keys["fit"] and "Ctrl+L" in keys["arrange_lr"]
    assert set(editor.action_map.values()) <= set(editor.actions())


def test_keyboard_delete_and_undo(editor, qtbot):
    editor.select("out", center=False)
    editor.view.setFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_Delete)
    assert "out" not in editor.graph
    QTest.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "out" in editor.graph


def test_set_project_swaps_models_and_clears_history(editor):
    editor.add_layer("Dense")
    other = SimpleProject(small_graph())  # no layout at all: gets laid out
    editor.set_project(other)
    assert editor.undo_stack.count() == 0 and set(other.layout) == {"x", "h", "out"}
    old_graph_events = editor.graph.events
    assert old_graph_events is other.graph.events


def test_palette_change_repaints_in_dark(editor):
    editor.resize(600, 400)
    light = editor.scene.theme.canvas
    assert editor.view.viewport().grab().toImage().pixelColor(3, 3).name() == light.name()
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(40, 40, 40))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(230, 230, 230))
    pal.setColor(QPalette.ColorRole.Base, QColor(25, 25, 25))
    editor.setPalette(pal)
    theme = editor.scene.theme
    assert theme.dark and theme.canvas != light
    # Every card and link takes the new colours, and the drawn canvas shows them.
    assert all(editor.scene.node_item(n).theme is theme for n in ("x", "h", "out"))
    assert editor.scene.edge_item("x", "h", 0).theme is theme
    assert editor.view.viewport().grab().toImage().pixelColor(3, 3).name() == theme.canvas.name()


def test_empty_editor_and_render(qtbot, tmp_path):
    ed = GraphEditor()
    qtbot.addWidget(ed)
    ed.resize(600, 400)
    assert ed.analysis.nodes == {}
    assert [d.message for d in ed.analysis.diagnostics] == [
        "the model has no Input layer, so there is nowhere for data to enter"]
    ed.grab().save(str(tmp_path / "empty.png"))
    ed.set_project(SimpleProject(small_graph()))
    img = ed.grab()
    assert not img.isNull()
    img.save(str(tmp_path / "canvas.png"))
