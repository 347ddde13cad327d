"""Issue 10: a Fix that inserts a layer puts its card where it overlaps no other card."""

from __future__ import annotations

import pytest

from deskdl.core.catalog import FixAction
from deskdl.core.layout import overlaps
from deskdl.core.project import Project
from deskdl.paths import resource
from deskdl.qt.canvas.editor import GraphEditor

TEMPLATES = ("mlp_2d", "cnn_digits", "autoencoder", "lstm_sequence", "resnet_block")


def positions(editor: GraphEditor) -> dict:
    return {nid: (item.pos().x(), item.pos().y()) for nid, item in editor.scene.node_items().items()}


def test_inserting_on_the_skip_link_of_the_resnet_overlaps_nothing(qtbot):
    """The spot right after 'stem' on its skip link to 'skip_add' held the 'conv_a' card."""
    editor = GraphEditor(Project.load(resource("templates", "resnet_block.deskdl")))
    qtbot.addWidget(editor)
    slot = editor.graph.node("skip_add").inputs.index("stem")
    assert editor.apply_fix(FixAction("Insert BatchNormalization", "insert_before", "skip_add",
                                      "BatchNormalization", {}, slot))
    new = editor.graph.node("skip_add").inputs[slot]
    assert new != "stem" and editor.graph.node(new).inputs == ["stem"]
    assert overlaps(positions(editor), editor.scene.sizes()) == []
    editor.undo_stack.undo()
    assert editor.graph.node("skip_add").inputs[slot] == "stem" and new not in editor.graph.nodes


@pytest.mark.parametrize("name", TEMPLATES)
def test_inserting_on_any_link_of_a_template_overlaps_nothing(qtbot, name):
    base = Project.load(resource("templates", f"{name}.deskdl"))
    links = [(n.id, i) for n in base.graph.nodes.values() for i in range(len(n.inputs))]
    for dst, slot in links:
        editor = GraphEditor(Project.load(resource("templates", f"{name}.deskdl")))
        qtbot.addWidget(editor)
        assert editor.apply_fix(FixAction("Insert", "insert_before", dst, "BatchNormalization", {}, slot))
        assert overlaps(positions(editor), editor.scene.sizes()) == [], (dst, slot)
