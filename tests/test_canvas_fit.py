"""Opening a long model keeps the cards readable; Fit still shows everything."""

from __future__ import annotations

from deskdl.core.graph import ModelGraph
from deskdl.qt.canvas.editor import GraphEditor, SimpleProject
from deskdl.qt.canvas.items import NodeItem


def long_chain(n: int = 12) -> ModelGraph:
    g = ModelGraph()
    prev = g.add_node("Input", {"shape": [4]}, "x")
    for _ in range(n):
        prev = g.add_node("Dense", {"units": 8}, inputs=[prev])
    return g


def card(ed, node_id):
    return next(i for i in ed.scene.items() if isinstance(i, NodeItem) and i.node_id == node_id)


def test_open_is_readable_from_the_start_and_fit_shows_all(qtbot):
    ed = GraphEditor(SimpleProject(long_chain()))
    qtbot.addWidget(ed)
    ed.resize(1000, 600)
    ed.show()
    qtbot.waitExposed(ed)
    ed.fit_to_view(readable=True)
    assert ed.view.zoom() >= GraphEditor.READABLE_ZOOM - 1e-6
    visible = ed.view.visible_scene_rect()
    assert visible.contains(card(ed, "x").sceneBoundingRect())  # the Input is on screen
    last = list(ed.graph.nodes)[-1]
    assert not visible.contains(card(ed, last).sceneBoundingRect())

    ed.fit_to_view()
    assert ed.view.zoom() < GraphEditor.READABLE_ZOOM
    visible = ed.view.visible_scene_rect()
    assert visible.contains(card(ed, last).sceneBoundingRect())
