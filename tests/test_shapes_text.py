"""Issue 18: one shape notation (one example, batch left out), written by one function everywhere."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.analysis import analyze
from deskdl.core.graph import ModelGraph
from deskdl.core.layers.shapes import fmt
from deskdl.core.shapes_text import BATCH_NOTE, BATCH_NOTE_SHORT, shape_text


def test_shape_text_writes_one_example_as_a_tuple():
    assert shape_text((28, 28, 1)) == "(28, 28, 1)"
    assert shape_text((784,)) == "(784,)"
    assert shape_text((None, 16)) == "(any, 16)"
    assert shape_text((None, 26, 26, 8), batch=True) == "(26, 26, 8)"
    assert shape_text((None, 10), batch=True) == "(10,)"
    assert shape_text((None, None, 16), batch=True) == "(any, 16)"
    assert shape_text(None) == shape_text(None, batch=True) == "?"
    assert shape_text([8, 8, 1]) == "(8, 8, 1)"  # a list, as a project file stores an Input shape
    assert "batch" in BATCH_NOTE and "None" in BATCH_NOTE and "(28, 28, 1)" in BATCH_NOTE


def test_catalog_messages_use_it():
    assert fmt((28, 28, 1)) == shape_text((28, 28, 1))
    g = ModelGraph()
    g.add_node("Input", {"shape": [100]}, "x")
    g.add_node("Reshape", {"target_shape": [28, 28, 1]}, "r", ["x"])
    (diag,) = analyze(g).for_node("r")
    assert diag.message == "r: Reshape to (28, 28, 1) needs 784 values but its input (100,) holds 100"


def _conv_graph() -> ModelGraph:
    g = ModelGraph()
    g.add_node("Input", {"shape": [28, 28, 1]}, "x")
    g.add_node("Conv2D", {"filters": 8, "kernel_size": 3}, "c", ["x"])
    g.add_node("Flatten", {}, "f", ["c"])
    return g


@pytest.fixture
def editor(qtbot):
    from deskdl.qt.canvas.editor import GraphEditor, SimpleProject

    project = SimpleProject(_conv_graph(), {})
    ed = GraphEditor(project)
    qtbot.addWidget(ed)
    return ed, project


def test_summary_properties_and_canvas_use_it(editor, qtbot):
    from deskdl.qt.properties import PropertiesPanel
    from deskdl.qt.summary import SUMMARY_HEADERS, SummaryPanel

    ed, project = editor
    summary = SummaryPanel()
    qtbot.addWidget(summary)
    summary.set_project(project)
    summary.set_analysis(ed.analysis)
    cells = {summary.table.item(r, 0).text(): summary.table.item(r, 2).text()
             for r in range(summary.table.rowCount())}
    assert cells == {"x": "(28, 28, 1)", "c": "(26, 26, 8)", "f": "(5408,)"}
    # The batch dimension is explained once, in words, where the shapes are listed.
    assert summary.batch_note.text() == BATCH_NOTE_SHORT
    assert summary.batch_note.toolTip() == summary.table.horizontalHeaderItem(2).toolTip() == BATCH_NOTE
    assert SUMMARY_HEADERS[2] == "Output shape"

    props = PropertiesPanel()
    qtbot.addWidget(props)
    props.set_editor(ed)
    props.set_project(project)
    ed.select("c")
    assert props.shape_label.text() == "Output shape (26, 26, 8) · 80 parameters"
    assert props.shape_label.toolTip() == BATCH_NOTE

    scene = ed.scene
    assert scene.node_item("c").look.shape == "(26, 26, 8)"
    assert scene.edge_item("c", "f", 0).label == "(26, 26, 8)"
    assert scene.edge_item("x", "c", 0).label == "(28, 28, 1)"
    assert scene.node_item("x").look.summary == "shape (28, 28, 1)"  # the Input's own setting


def test_data_checks_use_it():
    from deskdl.ml import datasets

    g = ModelGraph()
    g.add_node("Input", {"shape": [2]}, "x")
    g.add_node("Dense", {"units": 10, "activation": "softmax"}, "y", ["x"])
    bundle = datasets.load_config({"dataset": "digits", "params": {}})
    first = datasets.check_fit(g, bundle, {"loss": "sparse_categorical_crossentropy"})[0]
    assert first.message == "the data gives (8, 8, 1) images but the Input expects (2,)"
    assert first.fix == "set the Input shape to (8, 8, 1)"
    assert np.asarray(bundle.x_train).shape[1:] == (8, 8, 1)
