"""Issue 17: the layer catalog's texts (context "catalog") are extracted whole and shown translated.

The rule (packaging/i18n_catalog.py) reads the catalog itself; these tests count its texts against
the catalog, and show a Dense layer's Properties, the palette and a shape problem in Vietnamese with
the shipped catalog.ts compiled by Qt's lrelease.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from deskdl.core import catalog, i18n
from deskdl.core.analysis import analyze
from deskdl.core.graph import ModelGraph

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("deskdl_i18n_tool_catalog", ROOT / "packaging" / "i18n.py")
tool = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = tool  # dataclasses look their module up by name
_spec.loader.exec_module(tool)


def _shipped() -> dict:
    return tool.read_ts(tool.ts_path("catalog"))["catalog"]


def test_every_catalog_text_is_extracted_once_and_nothing_else():
    kinds = catalog.all_kinds()
    teach = {k.teach for k in kinds}
    helps = {p.help for k in kinds for p in k.params}
    categories = set(catalog.CATEGORIES) | {k.category for k in kinds}
    messages = tool.extract_catalog()
    sources = [m.source for m in messages]
    assert len(sources) == len(set(sources)), "each text once"
    assert {m.context for m in messages} == {"catalog"}
    assert set(sources) == teach | helps | categories  # no identifier, nothing missing
    assert len(sources) == len(teach | helps | categories)
    assert len(kinds) > 50 and len({(k.name, p.name) for k in kinds for p in k.params}) > 150
    # where names the entry that shows it
    where = {m.source: m.where for m in messages}
    assert where[catalog.get("Dense").teach] == "catalog:Dense.teach"
    assert where[catalog.get("Dense").param_map["units"].help] == "catalog:Dense.units"
    assert sources[: len(catalog.CATEGORIES)] == list(catalog.CATEGORIES)


def test_the_code_texts_of_the_catalog_are_in_the_same_context():
    """Shape errors, advice and fix labels: literals in _() of modules with translator("catalog")."""
    found = tool.extract().by_context()["catalog"]
    for text in ("Insert Flatten", "Insert Reshape to {shape}", "1 input", "{n} inputs",
                 "{name} must be at least {min}, not {value}",
                 "{layer} needs an image-shaped input (height, width, channels) but receives a flat "
                 "vector of {n} values",
                 "Trains: all its layers."):
        assert text in found, text


def test_catalog_ts_is_complete_and_keeps_placeholders():
    entries = _shipped()
    assert set(entries) == set(tool.extract().by_context()["catalog"])
    unfinished = [s for s, e in entries.items() if not e.finished]
    assert not unfinished, unfinished[:3]
    import string

    def fields(text):
        return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}

    for source, entry in entries.items():
        assert fields(entry.translation) == fields(source), source
        for name in ("Dense", "Conv2D", "Flatten", "Reshape", "kernel_size", "return_sequences"):
            if name in source:
                assert name in entry.translation, (name, source)  # Keras names stay in English


@pytest.fixture
def vietnamese(tmp_path, qapp):
    """The shipped catalog.ts compiled and installed (and removed again afterwards)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    base = tmp_path / "i18n"
    (base / "vi").mkdir(parents=True)
    for context in ("catalog", "core.analysis", "ml.datasets.checks", "core.errors"):
        shutil.copy(tool.ts_path(context), base / "vi" / f"{context}.ts")
    qm = tool.build("vi", base)
    one = QTranslator()
    assert one.load(str(qm))
    QCoreApplication.installTranslator(one)
    i18n.install(lambda c, t: QCoreApplication.translate(c, t), "vi")
    yield _shipped()
    QCoreApplication.removeTranslator(one)
    i18n.install(None)


def test_properties_of_a_dense_layer_speak_vietnamese(qtbot, vietnamese):
    from deskdl.qt.canvas.editor import GraphEditor, SimpleProject
    from deskdl.qt.properties import PropertiesPanel

    graph = ModelGraph()
    graph.add_node("Input", {"shape": [2]}, "inp")
    graph.add_node("Dense", {"units": 8}, "dense", ["inp"])
    project = SimpleProject(graph, {})
    editor = GraphEditor(project)
    panel = PropertiesPanel()
    panel.set_editor(editor)
    panel.set_project(project)
    qtbot.addWidget(editor)
    qtbot.addWidget(panel)
    editor.select("dense")
    dense = catalog.get("Dense")
    units_vi = vietnamese[dense.param_map["units"].help].translation
    assert units_vi == "Số nơ-ron (số đầu ra) của lớp."
    row = panel.row("units")
    assert row.caption.text() == units_vi and row.toolTip() == units_vi
    assert panel.teach.text() == vietnamese[dense.teach].translation != dense.teach
    activation_vi = vietnamese[dense.param_map["activation"].help].translation
    assert panel.row("activation").caption.text() == activation_vi
    assert row.label.text() == "units"  # the parameter's name is Keras's, never translated


def test_palette_and_problems_speak_vietnamese(qtbot, vietnamese):
    from deskdl.qt.palette import LayerPalette

    palette = LayerPalette()
    qtbot.addWidget(palette)
    item = palette.item_for("Conv2D")
    assert item.parent().text(0) == "Tích chập"
    assert vietnamese[catalog.get("Conv2D").teach].translation in item.toolTip(0)
    assert "1 đầu vào" in item.toolTip(0)
    palette.set_filter("Conv2D")  # the English names still find the layer
    assert not item.isHidden()
    palette.set_filter("tích chập")  # and so do the translated words
    assert not item.isHidden()

    graph = ModelGraph()
    graph.add_node("Input", {"shape": [784]}, "inp")
    graph.add_node("Conv2D", {}, "conv", ["inp"])
    (diag,) = analyze(graph).for_node("conv")
    assert diag.message == ("conv: Conv2D cần một đầu vào dạng ảnh (chiều cao, chiều rộng, kênh) nhưng nhận "
                            "một vectơ phẳng gồm 784 giá trị")
    assert diag.fix.startswith("hãy chèn một Reshape thành (28, 28, 1) trước nó")
    assert diag.action.label == "Chèn Reshape thành (28, 28, 1)"
    assert diag.action.params == {"target_shape": [28, 28, 1]}  # the repair itself is unchanged


def test_the_graph_checks_speak_vietnamese(vietnamese):
    """core.analysis: the checks of the whole graph, with the catalog's words for inputs and help."""
    graph = ModelGraph()
    graph.add_node("Dense", {}, "dense")
    graph.add_node("Add", {}, "add", ["dense"])
    texts = {(d.node_id, d.message, d.fix) for d in analyze(graph).diagnostics}
    assert (None, "mô hình không có lớp Input, nên dữ liệu không có chỗ để đi vào",
            "hãy thêm một lớp Input từ bảng Các lớp và nối nó tới lớp đầu tiên") in texts
    assert ("add", "add (Add) cần 2 đầu vào trở lên nhưng đang có 1", "hãy nối thêm một lớp vào nó") in texts

    graph = ModelGraph()
    graph.add_node("Input", {"shape": [2]}, "inp")
    graph.add_node("Dense", {"units": 0}, "dense", ["inp"])
    (diag,) = analyze(graph).for_node("dense")
    assert (diag.message, diag.fix) == ("dense: units phải ít nhất là 1, không phải 0",
                                        "hãy dùng một giá trị từ 1 đến 1,000,000")


def test_without_a_translator_the_catalog_speaks_english():
    i18n.install(None)
    graph = ModelGraph()
    graph.add_node("Input", {"shape": [784]}, "inp")
    graph.add_node("Conv2D", {}, "conv", ["inp"])
    (diag,) = analyze(graph).for_node("conv")
    assert diag.action.label == "Insert Reshape to (28, 28, 1)"
    assert diag.message.startswith("conv: Conv2D needs an image-shaped input")
    assert catalog.get("Dense").teach_for({}) == catalog.get("Dense").teach
    assert catalog.get("Dense").arity_text(translated=True) == "1 input"


def test_the_data_checks_speak_vietnamese(vietnamese):
    """ml.datasets.checks: data against model, with a one-click fix whose repair is unchanged."""
    from deskdl.ml import datasets

    graph = ModelGraph()
    graph.add_node("Input", {"shape": [8, 8, 1]}, "x")
    graph.add_node("Flatten", {}, "f", ["x"])
    graph.add_node("Dense", {"units": 3, "activation": "softmax"}, "output", ["f"])
    bundle = datasets.load_config({"dataset": "digits", "params": {}})
    found = datasets.check_fit(graph, bundle, {"loss": "sparse_categorical_crossentropy"})
    (units,) = [d for d in found if d.param == "units"]
    assert units.message == "dữ liệu có 10 lớp (class) nhưng lớp đầu ra có 3 units"
    assert units.fix == "hãy đặt units thành 10, mỗi lớp (class) một unit"
    assert units.action.label == "Đặt units thành 10" and units.action.params == {"units": 10}


def test_an_error_paragraph_says_what_to_do_in_vietnamese(vietnamese):
    from deskdl.core.errors import ShapeError, learner_message, paragraph

    assert paragraph("a problem", "fix it") == "A problem.\n\nCách khắc phục: fix it."
    oom = learner_message(MemoryError())
    assert oom.kind == "oom" and oom.message.startswith("máy tính đã hết bộ nhớ")
    err = ShapeError("Dense needs at least one feature axis")
    assert learner_message(err).message == "Dense needs at least one feature axis"  # its own words, as raised
