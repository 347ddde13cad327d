"""Issue 10, "Keras in full": per-side padding and cropping, grouped convolutions, attention axes and
the Random* layers' fill modes import from real .keras files with exact shapes, export back, and can
be set in the properties panel."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from deskdl.core import catalog
from deskdl.core.analysis import analyze, summary_rows
from deskdl.core.errors import ShapeError
from deskdl.core.graph import ModelGraph
from deskdl.qt.canvas.editor import GraphEditor, SimpleProject
from deskdl.qt.properties import PropertiesPanel


def _infer(type_name, params, *shapes):
    kind = catalog.get(type_name)
    assert kind.check_params(params) == {}
    return kind.infer(kind.resolve(params), list(shapes))


# ---------------------------------------------------------------- shapes (pure)
def test_per_side_padding_and_cropping_shapes():
    assert _infer("ZeroPadding2D", {"padding": [[1, 2], [3, 0]]}, (None, 5, 6, 2)).shape == (None, 8, 9, 2)
    assert _infer("ZeroPadding2D", {"padding": [1, 2]}, (None, 5, 6, 2)).shape == (None, 7, 10, 2)
    assert _infer("ZeroPadding2D", {"padding": 2}, (None, 5, None, 2)).shape == (None, 9, None, 2)
    assert _infer("Cropping2D", {"cropping": [[0, 3], [2, 0]]}, (None, 5, 6, 2)).shape == (None, 2, 4, 2)
    with pytest.raises(ShapeError, match=r"Cropping2D would cut 3 \+ 2 off a height of only 5"):
        _infer("Cropping2D", {"cropping": [[3, 2], [0, 0]]}, (None, 5, 6, 2))


def test_per_side_values_are_checked_in_words():
    spec = catalog.get("ZeroPadding2D").param_map["padding"]
    assert spec.check([[1, 2], [3, 0]]) is None and spec.check([1, 2]) is None and spec.check(1) is None
    assert "2 pairs [before, after]" in spec.check([[1, 2]])
    assert "2 pairs [before, after]" in spec.check([[1, 2, 3], [1, 1]])
    assert "at least 0" in spec.check([[1, -1], [0, 0]])


def test_grouped_convolution_weights_and_its_teaching_error():
    out = _infer("Conv2D", {"filters": 6, "kernel_size": [3, 3], "groups": 3}, (None, 8, 8, 6))
    assert out.shape == (None, 6, 6, 6) and out.trainable == 3 * 3 * 2 * 6 + 6
    with pytest.raises(ShapeError) as info:
        _infer("Conv1D", {"filters": 4, "kernel_size": 3, "groups": 3}, (None, 8, 6))
    assert "filters (4) cannot be split into 3 equal parts" in info.value.message
    assert "divides both" in info.value.fix
    assert "groups" not in catalog.get("Conv2DTranspose").param_map  # Keras has none there


def test_attention_axes_shapes_and_errors():
    out = _infer("MultiHeadAttention", {"num_heads": 2, "key_dim": 3, "attention_axes": [2]},
                 (None, 4, 5, 8), (None, 4, 7, 8))
    assert out.shape == (None, 4, 5, 8)
    with pytest.raises(ShapeError, match=r"attention_axes \[3\] must name different axes between 1 and 2"):
        _infer("MultiHeadAttention", {"attention_axes": [3]}, (None, 4, 5, 8), (None, 4, 5, 8))
    with pytest.raises(ShapeError, match="query and value must agree on the other axes"):
        _infer("MultiHeadAttention", {"attention_axes": [2]}, (None, 4, 5, 8), (None, 6, 5, 8))
    with pytest.raises(ShapeError, match="to be a sequence"):  # a grid still needs its axes named
        _infer("MultiHeadAttention", {}, (None, 4, 5, 8), (None, 4, 5, 8))


# ---------------------------------------------------------------- a real .keras file
@pytest.mark.keras
def test_keras_file_with_every_new_setting_imports_with_exact_shapes(tmp_path):
    import keras

    from deskdl.ml.export import export_python
    from deskdl.ml.importer import import_keras_file

    img = keras.Input((9, 10, 4), name="img")
    x = keras.layers.ZeroPadding2D(((1, 2), (3, 0)), name="pad")(img)
    x = keras.layers.Conv2D(6, 3, groups=2, name="grouped")(x)
    x = keras.layers.Cropping2D(((0, 1), (2, 0)), name="crop")(x)
    x = keras.layers.RandomRotation(0.1, fill_mode="constant", fill_value=0.5, interpolation="nearest",
                                    name="rot")(x)
    x = keras.layers.RandomZoom(0.2, fill_mode="wrap", name="zoom")(x)
    x = keras.layers.RandomTranslation(0.1, 0.2, fill_mode="nearest", name="shift")(x)
    x = keras.layers.MultiHeadAttention(2, 4, attention_axes=(2,), name="row_attention")(x, x)
    seq = keras.Input((12, 4), name="seq")
    s = keras.layers.Conv1D(8, 3, groups=4, name="grouped1d")(seq)
    model = keras.Model([img, seq], [x, s], name="everything")
    path = tmp_path / "everything.keras"
    model.save(path)

    project = import_keras_file(path)
    assert project.warnings == []
    nodes = project.graph.nodes
    assert nodes["pad"].params["padding"] == [[1, 2], [3, 0]]
    assert nodes["crop"].params["cropping"] == [[0, 1], [2, 0]]
    assert nodes["grouped"].params["groups"] == 2 and nodes["grouped1d"].params["groups"] == 4
    assert nodes["row_attention"].params["attention_axes"] == [2]
    assert (nodes["rot"].params["fill_mode"], nodes["rot"].params["fill_value"],
            nodes["rot"].params["interpolation"]) == ("constant", 0.5, "nearest")
    assert nodes["zoom"].params["fill_mode"] == "wrap" and nodes["shift"].params["fill_mode"] == "nearest"
    analysis = analyze(project.graph)
    assert analysis.ok, [d.text for d in analysis.errors]
    for row in summary_rows(project.graph, analysis):
        layer = model.get_layer(row["id"])
        assert tuple(row["output_shape"]) == tuple(layer.output.shape), row
        assert row["params"] == layer.count_params(), row

    script = export_python(project)
    for text in ("padding=((1, 2), (3, 0))", "cropping=((0, 1), (2, 0))", "groups=2", "groups=4",
                 "attention_axes=(2,)", 'fill_mode="constant"', "fill_value=0.5", 'interpolation="nearest"',
                 'fill_mode="wrap"'):
        assert text in script, text


def test_symmetric_values_keep_their_short_form_in_the_script():
    from deskdl.ml.export import layer_expr

    assert layer_expr("ZeroPadding2D", {"padding": [[2, 2], [1, 1]]}) == \
        "keras.layers.ZeroPadding2D(padding=(2, 1))"
    assert layer_expr("Cropping2D", {"cropping": [[0, 1], [0, 0]]}) == \
        "keras.layers.Cropping2D(cropping=((0, 1), (0, 0)))"
    assert "groups" not in layer_expr("Conv2D", {"filters": 2, "kernel_size": [3, 3]})


# ---------------------------------------------------------------- the properties panel
@pytest.fixture
def panel(qtbot):
    graph = ModelGraph()
    graph.add_node("Input", {"shape": [6, 6, 4]}, "inp")
    graph.add_node("ZeroPadding2D", {}, "pad", ["inp"])
    graph.add_node("Conv2D", {"filters": 4}, "conv", ["pad"])
    graph.add_node("RandomZoom", {}, "zoom", ["conv"])
    graph.add_node("Input", {"shape": [3, 5, 4]}, "grid")
    graph.add_node("MultiHeadAttention", {"attention_axes": [1, 2]}, "mha", ["grid", "grid"])
    project = SimpleProject(graph, {})
    editor = GraphEditor(project)
    panel = PropertiesPanel()
    panel.set_editor(editor)
    panel.set_project(project)
    qtbot.addWidget(editor)
    qtbot.addWidget(panel)
    return editor, panel, graph


def test_padding_per_side_in_the_panel(panel):
    editor, panel, graph = panel
    editor.select("pad")
    spins = panel.row("padding").editor.findChildren(QSpinBox)
    assert [s.toolTip() for s in spins] == ["top", "bottom", "left", "right"]
    assert [s.value() for s in spins] == [1, 1, 1, 1]
    spins[1].setValue(0)  # no row of zeros at the bottom
    assert graph.node("pad").params["padding"] == [[1, 0], [1, 1]]
    assert panel.shape_label.text().startswith("Output shape (7, 8, 4)")
    spins[1].setValue(1)
    assert graph.node("pad").params["padding"] == [1, 1]  # the same on both sides: the short form
    spins[3].setValue(3)
    assert graph.node("pad").params["padding"] == [[1, 1], [1, 3]]
    editor.select("conv")
    editor.select("pad")
    assert [s.value() for s in panel.row("padding").editor.findChildren(QSpinBox)] == [1, 1, 1, 3]


def test_groups_fill_mode_and_attention_axes_in_the_panel(panel):
    editor, panel, graph = panel
    editor.select("conv")
    groups = panel.row("groups").editor.findChild(QSpinBox)
    groups.setValue(2)
    assert graph.node("conv").params["groups"] == 2
    assert panel.shape_label.text().endswith("· 76 parameters")  # 3 × 3 × (4 / 2) × 4 + 4
    editor.select("zoom")
    combo = panel.row("fill_mode").editor.findChild(QComboBox)
    combo.setCurrentIndex(combo.findText("constant"))
    assert graph.node("zoom").params["fill_mode"] == "constant"
    editor.select("mha")
    edit = panel.row("attention_axes").editor.findChild(QLineEdit)
    assert edit.text() == "1, 2"
    edit.setText("2")
    edit.editingFinished.emit()
    assert graph.node("mha").params["attention_axes"] == [2]


def test_the_card_shows_per_side_values_as_pairs():
    from deskdl.qt.canvas.scene import summary_text

    pad = catalog.get("ZeroPadding2D")
    assert summary_text(pad, {"padding": [[1, 0], [2, 0]]}) == "padding (1, 0)×(2, 0)"
    assert summary_text(pad, {"padding": [1, 2]}) == "padding 1×2"
