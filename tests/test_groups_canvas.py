"""Issue 14: groups on the canvas: fold a selection (Ctrl+G), open a group with a double-click and come
back through the breadcrumb, unfold it (Ctrl+Shift+G), and undo every step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from deskdl.core.graph import ModelGraph
from deskdl.qt.canvas.editor import GraphEditor, SimpleProject
from deskdl.qt.canvas.items import EdgeItem, GroupItem, NodeItem


def residual() -> ModelGraph:
    g = ModelGraph()
    g.add_node("Input", {"shape": [8, 8, 3]}, "image")
    g.add_node("Conv2D", {"filters": 4, "kernel_size": 3, "padding": "same"}, "stem", ["image"])
    g.add_node("Conv2D", {"filters": 4, "kernel_size": 3, "padding": "same"}, "conv_a", ["stem"])
    g.add_node("Conv2D", {"filters": 4, "kernel_size": 3, "padding": "same"}, "conv_b", ["conv_a"])
    g.add_node("Add", {}, "add", ["stem", "conv_b"])
    g.add_node("GlobalAveragePooling2D", {}, "pool", ["add"])
    g.add_node("Dense", {"units": 2}, "out", ["pool"])
    return g


@pytest.fixture
def editor(qtbot):
    ed = GraphEditor(SimpleProject(residual()))
    qtbot.addWidget(ed)
    ed.resize(1100, 600)
    ed.show()
    qtbot.waitExposed(ed)
    return ed


def cards(ed) -> set[str]:
    return {i.node_id for i in ed.scene.items() if isinstance(i, NodeItem)}


def links(ed) -> set[tuple[str, str, int]]:
    return {i.key for i in ed.scene.items() if isinstance(i, EdgeItem)}


def press(ed, key: str) -> None:
    ed.view.setFocus()
    mods = Qt.KeyboardModifier.ControlModifier
    if "Shift" in key:
        mods |= Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(ed.view, Qt.Key.Key_G, mods)


def test_ctrl_g_folds_the_selection_into_one_card_and_undo_unfolds_it(editor):
    ed = editor
    before_links = links(ed)
    spots = {n: tuple(ed.layout[n]) for n in ("conv_a", "conv_b", "add")}
    ed.select(["conv_a", "conv_b", "add"])
    press(ed, "Ctrl+G")
    assert list(ed.graph.groups) == ["group_1"]
    assert cards(ed) == {"image", "stem", "group_1", "pool", "out"}
    card = ed.scene.group_item("group_1")
    assert isinstance(card, GroupItem) and card.isSelected()
    # the card sits where the block's top-left corner was, and says what it holds
    assert (card.pos().x(), card.pos().y()) == (min(p[0] for p in spots.values()),
                                               min(p[1] for p in spots.values()))
    assert card.look.title == "Group"
    assert card.look.summary == "3 layers · double-click"
    assert card.look.shape == "(8, 8, 4)"
    assert card.look.params == "296 params"  # 2 x (3*3*4*4 + 4)
    # links go to and from the card: stem feeds it (once, though two members read stem), it feeds pool
    assert links(ed) == {("image", "stem", 0), ("stem", "group_1", 0), ("group_1", "pool", 0),
                         ("pool", "out", 0)}
    label = next(e for e in ed.scene.items() if isinstance(e, EdgeItem) and e.key[0] == "group_1").label
    assert label == "(8, 8, 4)"
    assert ed.undo_stack.undoText() == "Fold 3 layers into a group"
    ed.undo_stack.undo()
    assert ed.graph.groups == {} and "group_1" not in ed.layout
    assert cards(ed) == {"image", "stem", "conv_a", "conv_b", "add", "pool", "out"}
    assert links(ed) == before_links
    ed.undo_stack.redo()
    assert cards(ed) == {"image", "stem", "group_1", "pool", "out"}


def test_a_selection_that_is_not_one_block_is_refused_with_the_reason(editor):
    ed = editor
    messages = []
    ed.status_message.connect(messages.append)
    ed.select(["stem", "add"])
    press(ed, "Ctrl+G")
    assert ed.graph.groups == {} and ed.undo_stack.count() == 0
    assert messages[-1] == ("Can't fold: these layers are not one block: data leaves them through conv_b and "
                            "comes back into add: add conv_b to the selection, or leave add out")


def test_double_click_opens_the_group_and_the_breadcrumb_comes_back(editor, qtbot):
    ed = editor
    ed.select(["conv_a", "conv_b", "add"])
    gid = ed.fold_selection()
    card = ed.scene.group_item(gid)
    centre = ed.view.mapFromScene(card.sceneBoundingRect().center())
    QTest.mouseDClick(ed.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert ed.scene.scope == gid
    assert cards(ed) == {"conv_a", "conv_b", "add"}
    assert links(ed) == {("conv_a", "conv_b", 0), ("conv_b", "add", 1)}
    assert ed.group_bar.isVisible()
    assert ed.group_bar.label.text() == ("›  group_1: a group of 3 layers; data comes in from stem and "
                                         "leaves from add")
    QTest.mouseClick(ed.group_bar.back, Qt.MouseButton.LeftButton)
    assert ed.scene.scope is None and not ed.group_bar.isVisible()
    assert cards(ed) == {"image", "stem", gid, "pool", "out"}
    # Escape in the canvas also goes back
    ed.open_group(gid)
    ed.view.setFocus()
    QTest.keyClick(ed.view, Qt.Key.Key_Escape)
    assert ed.scene.scope is None


def test_ctrl_shift_g_unfolds_and_undo_folds_again(editor):
    ed = editor
    ed.select(["conv_a", "conv_b", "add"])
    gid = ed.fold_selection()
    ed.scene.set_positions({gid: (900.0, 400.0)})  # the learner moved the card
    old = {n: tuple(ed.layout[n]) for n in ("conv_a", "conv_b", "add")}
    ed.select([])
    ed.scene.group_item(gid).setSelected(True)
    press(ed, "Ctrl+Shift+G")
    assert ed.graph.groups == {}
    assert cards(ed) == {"image", "stem", "conv_a", "conv_b", "add", "pool", "out"}
    assert ed.selected_ids() == ["conv_a", "conv_b", "add"]
    # the layers appear where the card was, keeping their arrangement
    new = {n: tuple(ed.layout[n]) for n in old}
    assert min(p[0] for p in new.values()) == 900.0 and min(p[1] for p in new.values()) == 400.0
    dx = new["conv_b"][0] - new["conv_a"][0]
    assert dx == old["conv_b"][0] - old["conv_a"][0]
    ed.undo_stack.undo()
    assert list(ed.graph.groups) == [gid] and ed.graph.groups[gid].members == ["conv_a", "conv_b", "add"]
    assert {n: tuple(ed.layout[n]) for n in old} == old
    assert cards(ed) == {"image", "stem", gid, "pool", "out"}
    assert tuple(ed.layout[gid]) == (900.0, 400.0)


def test_deleting_a_group_card_deletes_its_layers_and_undo_brings_the_group_back(editor):
    ed = editor
    ed.select(["conv_a", "conv_b", "add"])
    gid = ed.fold_selection()
    ed.select([])
    ed.scene.group_item(gid).setSelected(True)
    ed.delete_selected()
    assert set(ed.graph.nodes) == {"image", "stem", "pool", "out"} and ed.graph.groups == {}
    ed.undo_stack.undo()
    assert ed.graph.groups[gid].members == ["conv_a", "conv_b", "add"]
    assert ed.graph.node("add").inputs == ["stem", "conv_b"] and ed.graph.node("pool").inputs == ["add"]
    assert cards(ed) == {"image", "stem", gid, "pool", "out"}


def test_a_problem_inside_a_folded_group_shows_on_its_card_and_selecting_it_opens_the_group(editor):
    ed = editor
    ed.select(["conv_a", "conv_b", "add"])
    gid = ed.fold_selection()
    ed.set_params("conv_b", {"padding": "valid"})  # 6x6 cannot be added to 8x8
    card = ed.scene.group_item(gid)
    assert card.look.severity == "error"
    assert "add (in the group group_1)" in card.look.tooltip
    problem = next(d for d in ed.analysis.diagnostics if d.node_id == "add")
    ed.select(problem.node_id)
    assert ed.scene.scope == gid and ed.selected_ids() == ["add"]
    ed.undo_stack.undo()
    ed.close_group()
    assert ed.scene.group_item(gid).look.severity is None


def test_a_parameter_edit_inside_an_open_group_updates_the_folded_card(editor):
    ed = editor
    ed.select(["conv_a", "conv_b", "add"])
    gid = ed.fold_selection()
    ed.open_group(gid)
    ed.set_params("conv_b", {"filters": 4, "kernel_size": 1})
    ed.close_group()
    # conv_a 3*3*4*4 + 4 = 148, conv_b now 1*1*4*4 + 4 = 20
    assert ed.scene.group_item(gid).look.params == "168 params"


def test_arrange_lays_out_the_folded_cards(editor):
    ed = editor
    ed.select(["conv_a", "conv_b", "add"])
    gid = ed.fold_selection()
    inside = {n: tuple(ed.layout[n]) for n in ("conv_a", "conv_b", "add")}
    ed.auto_arrange("LR")
    shown = ("image", "stem", gid, "pool", "out")
    rects = [ed.scene.node_items()[n].sceneBoundingRect() for n in shown]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    # the flow reads in order: each card starts right of, or below, the one before
    for a, b in zip(shown, shown[1:]):
        assert ed.layout[b][0] > ed.layout[a][0] or ed.layout[b][1] > ed.layout[a][1]
    assert {n: tuple(ed.layout[n]) for n in inside} == inside  # the hidden layers stay put
    assert ed.undo_stack.undoText() == "Arrange left to right"


def test_a_project_with_groups_opens_folded():
    g = residual()
    g.add_group(["conv_a", "conv_b", "add"], "body", "Block")
    ed = GraphEditor(SimpleProject(g))
    try:
        assert cards(ed) == {"image", "stem", "body", "pool", "out"}
        assert ed.scene.group_item("body").look.title == "Block"
        xs = [ed.layout[n][0] for n in ("image", "stem", "body", "pool", "out")]
        assert xs == sorted(xs)
    finally:
        ed.deleteLater()


def test_arrange_folds_a_very_long_model_into_rows_and_shows_its_top_left(qtbot):
    """240 layers need less than the view's least zoom in one row and folded alike: the folded
    layout still wins (it was left as one row 70,000 units long), and the view starts at its corner."""
    g = ModelGraph()
    prev = g.add_node("Input", {"shape": [4]}, "x")
    for _ in range(240):
        prev = g.add_node("Dense", {"units": 4}, inputs=[prev])
    ed = GraphEditor(SimpleProject(g))
    qtbot.addWidget(ed)
    ed.resize(700, 440)
    ed.show()
    qtbot.waitExposed(ed)
    ed.auto_arrange("LR")
    xs = [p[0] for p in ed.scene.positions().values()]
    ys = {p[1] for p in ed.scene.positions().values()}
    assert max(xs) < 10_000 and len(ys) > 10  # rows, not one line of 240 cards
    content = ed._content_rect()
    seen = ed.view.visible_scene_rect()
    assert seen.contains(content.topLeft())  # the start of the model, where the data enters
    assert ed.view.zoom() >= ed.readable_zoom() - 1e-9
