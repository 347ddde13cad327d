"""The properties panel: generated editors, inline validation, undoable edits."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from deskdl.core import catalog
from deskdl.core.graph import ModelGraph
from deskdl.qt.canvas.editor import GraphEditor, SimpleProject
from deskdl.qt.properties import EMPTY_TEXT, PropertiesPanel


@pytest.fixture
def setup(qtbot):
    graph = ModelGraph()
    graph.add_node("Input", {"shape": [2]}, "inp")
    graph.add_node("Dense", {"units": 8, "activation": "tanh"}, "dense", ["inp"])
    graph.add_node("Dropout", {}, "drop", ["dense"])
    project = SimpleProject(graph, {})
    editor = GraphEditor(project)
    panel = PropertiesPanel()
    panel.set_editor(editor)
    panel.set_project(project)
    qtbot.addWidget(editor)
    qtbot.addWidget(panel)
    return editor, panel, graph


def _type(row, text):
    edit = row.editor.findChild(QLineEdit)
    edit.setText(text)
    edit.editingFinished.emit()


def test_selection_builds_the_form(setup):
    editor, panel, graph = setup
    assert not panel.title.isVisibleTo(panel) and panel.placeholder.text() == EMPTY_TEXT
    editor.select("dense")
    assert panel.node_id == "dense" and panel.title.text() == "Dense"
    assert "dense" in panel.id_label.text()
    assert panel.teach.text() == catalog.get("Dense").teach
    assert list(panel.form.rows) == [p.name for p in catalog.get("Dense").params]
    units = panel.row("units")
    assert units.caption.text() == catalog.get("Dense").param_map["units"].help
    assert units.toolTip() == units.caption.text()
    assert panel.shape_label.text() == "Output shape (8,) · 24 parameters"
    editor.select(["dense", "drop"])
    assert panel.node_id is None and "2 layers" in panel.placeholder.text()


def test_bad_value_shows_inline_error_and_leaves_model(setup):
    editor, panel, graph = setup
    editor.select("inp")
    row = panel.row("shape")
    _type(row, "2, x")
    assert row.error_text and row.error.isVisibleTo(panel)
    assert row.editor.property("invalid") is True
    assert graph.node("inp").params["shape"] == [2]
    assert editor.undo_stack.count() == 0
    _type(row, "0")  # parses, but the catalog says sizes must be positive
    assert "positive" in row.error_text
    assert graph.node("inp").params["shape"] == [2]


def test_good_value_changes_model_and_undoes(setup):
    editor, panel, graph = setup
    editor.select("inp")
    row = panel.row("shape")
    _type(row, "3")
    assert not row.error_text and row.editor.property("invalid") is False
    assert graph.node("inp").params["shape"] == [3]
    assert editor.undo_stack.canUndo()
    editor.undo_stack.undo()
    assert graph.node("inp").params["shape"] == [2]
    assert panel.row("shape").editor.findChild(QLineEdit).text() == "2"
    editor.undo_stack.redo()
    assert panel.row("shape").editor.findChild(QLineEdit).text() == "3"


def test_int_choice_and_bool_editors(setup):
    editor, panel, graph = setup
    editor.select("dense")
    spin = panel.row("units").editor.findChild(QSpinBox)
    assert spin.minimum() == 1
    spin.setValue(16)
    assert graph.node("dense").params["units"] == 16
    combo = panel.row("activation").editor.findChild(QComboBox)
    combo.setCurrentIndex(combo.findData("relu"))
    assert graph.node("dense").params["activation"] == "relu"
    check = panel.row("use_bias").editor.findChild(QCheckBox)
    check.setChecked(False)
    assert graph.node("dense").params["use_bias"] is False
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert graph.node("dense").params["units"] == 8
    assert graph.node("dense").params["activation"] == "tanh"
    assert graph.node("dense").params["use_bias"] is True


def test_float_editor_bounds(setup):
    editor, panel, graph = setup
    editor.select("drop")
    row = panel.row("rate")
    _type(row, "abc")
    assert "number" in row.error_text
    _type(row, "1.5")
    assert row.error_text
    assert graph.node("drop").params["rate"] == 0.2
    _type(row, "0.5")
    assert graph.node("drop").params["rate"] == 0.5 and not row.error_text


def test_regularizer_editor(setup):
    editor, panel, graph = setup
    editor.select("dense")
    row = panel.row("kernel_regularizer")
    combo = row.editor.combo
    combo.setCurrentIndex(combo.findData("l2"))
    assert graph.node("dense").params["kernel_regularizer"] == {"class_name": "L2", "config": {"l2": 0.01}}
    edit = row.editor.factors["l2"][1]
    edit.setText("oops")
    edit.editingFinished.emit()
    assert row.error_text
    edit.setText("0.05")
    edit.editingFinished.emit()
    assert graph.node("dense").params["kernel_regularizer"]["config"] == {"l2": 0.05}
    combo.setCurrentIndex(combo.findData("none"))
    assert graph.node("dense").params["kernel_regularizer"] is None


def test_wrapped_layer_editor(qtbot):
    graph = ModelGraph()
    graph.add_node("Input", {"shape": [10, 4]}, "inp")
    graph.add_node("Bidirectional", {}, "bi", ["inp"])
    project = SimpleProject(graph, {})
    editor = GraphEditor(project)
    panel = PropertiesPanel()
    panel.set_editor(editor)
    panel.set_project(project)
    qtbot.addWidget(editor)
    qtbot.addWidget(panel)
    editor.select("bi")
    wrapped = panel.row("layer").editor
    inner_units = wrapped.form.rows["units"].editor.findChild(QSpinBox)
    inner_units.setValue(7)
    value = graph.node("bi").params["layer"]
    assert value["params"]["units"] == 7
    assert catalog.get("Bidirectional").check_params(graph.node("bi").params) == {}
    editor.undo_stack.undo()
    assert graph.node("bi").params["layer"] != value


def test_every_catalog_layer_gets_a_form(qtbot):
    graph = ModelGraph()
    project = SimpleProject(graph, {})
    panel = PropertiesPanel()
    panel.set_project(project)
    qtbot.addWidget(panel)
    for kind in catalog.all_kinds():
        nid = graph.add_node(kind.name)
        panel.show_node(nid)
        assert panel.title.text() == kind.name
        assert list(panel.form.rows) == [p.name for p in kind.params]
        for row in panel.form.rows.values():
            row.editor.committed.emit()  # the defaults are valid: no error, no change
            assert not row.error_text, (kind.name, row.spec.name, row.error_text)
        assert graph.node(nid).params == kind.defaults() | {}


def test_removed_node_clears_the_panel(setup):
    editor, panel, graph = setup
    editor.select("drop")
    editor.delete_selected()
    assert panel.node_id is None and panel.placeholder.isVisibleTo(panel)


def test_floats_editor_takes_normalization_statistics(qtbot):
    """Issue 14: Normalization's mean and variance are lists of numbers, typed comma-separated."""
    from deskdl.qt.properties import ERR_FLOATS

    graph = ModelGraph()
    graph.add_node("Input", {"shape": [4, 4, 3]}, "inp")
    graph.add_node("Normalization", {}, "norm", ["inp"])
    project = SimpleProject(graph, {})
    editor = GraphEditor(project)
    panel = PropertiesPanel()
    panel.set_editor(editor)
    panel.set_project(project)
    qtbot.addWidget(editor)
    qtbot.addWidget(panel)
    editor.select("norm")
    _type(panel.row("mean"), "0.485, 0.456, 0.406")
    _type(panel.row("variance"), "[0.052441, 0.050176, 0.050625]")
    assert graph.node("norm").params["mean"] == [0.485, 0.456, 0.406]
    assert graph.node("norm").params["variance"] == [0.052441, 0.050176, 0.050625]
    assert panel.shape_label.text() == "Output shape (4, 4, 3) · 0 parameters"
    _type(panel.row("mean"), "0.5, x")
    assert panel.row("mean").error_text == ERR_FLOATS
    assert graph.node("norm").params["mean"] == [0.485, 0.456, 0.406]
    _type(panel.row("mean"), "0.5, 0.5")  # a valid list, but the wrong length: the analysis says so
    assert graph.node("norm").params["mean"] == [0.5, 0.5]
    from deskdl.core.analysis import analyze

    (error,) = analyze(graph).errors
    assert error.message == ("norm: Normalization mean has 2 values but axis -1 of its input (4, 4, 3) has 3 "
                             "channels")
