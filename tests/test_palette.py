"""The layer palette: grouping, search, drag payload and adding layers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from deskdl.core import catalog
from deskdl.core.graph import ModelGraph
from deskdl.qt.canvas.editor import GraphEditor, SimpleProject
from deskdl.qt.canvas.mime import MIME_LAYER
from deskdl.qt.palette import LayerPalette


@pytest.fixture
def palette(qtbot):
    p = LayerPalette()
    qtbot.addWidget(p)
    return p


@pytest.fixture
def editor(qtbot):
    graph = ModelGraph()
    graph.add_node("Input", {"shape": [2]}, "inp")
    ed = GraphEditor(SimpleProject(graph, {"inp": [0.0, 0.0]}))
    qtbot.addWidget(ed)
    return ed


def test_every_catalog_layer_is_listed_under_its_category(palette):
    kinds = catalog.all_kinds()
    assert palette.layer_names() == [k.name for k in kinds]
    groups = [palette.tree.topLevelItem(i).text(0) for i in range(palette.tree.topLevelItemCount())]
    assert groups == list(dict.fromkeys(k.category for k in kinds))
    for kind in kinds:
        item = palette.item_for(kind.name)
        assert item.parent().text(0) == kind.category
        assert kind.teach[:30] in item.toolTip(0)
        assert not item.icon(0).isNull()


def test_search_filters_by_name_and_teaching_text(palette):
    palette.set_filter("conv")
    visible = palette.layer_names(visible_only=True)
    assert "Conv2D" in visible and "Dense" not in visible
    assert all("conv" in (n + catalog.get(n).teach + catalog.get(n).category).lower() for n in visible)
    palette.set_filter("decision boundary")  # only in Dense's teaching text
    assert "Dense" in palette.layer_names(visible_only=True)
    palette.set_filter("zzzz no such layer")
    assert palette.layer_names(visible_only=True) == []
    assert palette.empty.isVisibleTo(palette)
    palette.set_filter("")
    assert palette.layer_names(visible_only=True) == palette.layer_names()
    assert not palette.empty.isVisibleTo(palette)


def test_drag_payload_is_the_class_name(palette):
    data = palette.tree.mimeData([palette.item_for("MaxPooling2D")])
    assert data.hasFormat(MIME_LAYER)
    assert bytes(data.data(MIME_LAYER)).decode("utf-8") == "MaxPooling2D"
    assert palette.tree.mimeTypes() == [MIME_LAYER]
    assert palette.item_for("Dense").flags() & Qt.ItemFlag.ItemIsDragEnabled
    group = palette.item_for("Dense").parent()
    assert not group.flags() & Qt.ItemFlag.ItemIsDragEnabled


def test_activate_adds_after_selection(palette, editor):
    palette.set_editor(editor)
    editor.select("inp")
    got = []
    palette.layer_activated.connect(got.append)
    item = palette.item_for("Dense")
    palette.tree.itemActivated.emit(item, 0)
    assert got == ["Dense"]
    assert len(editor.graph) == 2
    new = editor.selected_ids()[0]
    assert editor.graph.node(new).type == "Dense" and editor.graph.node(new).inputs == ["inp"]


def test_enter_in_search_adds_the_first_match(palette, editor, qtbot):
    palette.set_editor(editor)
    palette.show()
    palette.focus_search()
    QTest.keyClicks(palette.search, "dropout")
    QTest.keyClick(palette.search, Qt.Key.Key_Return)
    types = [n.type for n in editor.graph.nodes.values()]
    assert types == ["Input", "Dropout"]


def test_down_arrow_moves_into_the_list(palette, qtbot):
    palette.show()
    qtbot.waitExposed(palette)
    palette.focus_search()
    QTest.keyClick(palette.search, Qt.Key.Key_Down)
    assert palette.tree.currentItem() is not None
    QTest.keyClicks(palette.search, "lstm")
    QTest.keyClick(palette.search, Qt.Key.Key_Escape)
    assert palette.search.text() == ""
