"""Issue 10: every plot has a visible Save button that writes PNG, SVG or CSV (pyqtgraph's exporters)."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from deskdl.qt.data_views import ClassBalance, SampleGrid, Scatter2D
from deskdl.qt.inspect.views import ImagePlot
from deskdl.qt.plot_export import FORMATS, PlotExportButton


def _show(qtbot, widget, w=420, h=320):
    qtbot.addWidget(widget)
    widget.resize(w, h)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(20)
    return widget


def _rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def _check_picture_files(button: PlotExportButton, tmp_path):
    png = button.save(tmp_path / "plot.png")
    img = QImage(str(png))
    assert not img.isNull()
    view = button.view
    assert (img.width(), img.height()) == (view.width(), view.height())
    # Something was drawn: not one flat colour.
    colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    assert len(colours) > 3
    svg = button.save(tmp_path / "plot.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert len(list(root.iter())) > 5


def test_the_button_sits_in_the_top_right_corner_with_three_formats(qtbot):
    view = _show(qtbot, Scatter2D())
    button = view.export_button
    assert isinstance(button, PlotExportButton) and button.isVisible()
    pw = button.view
    assert button.geometry().right() >= pw.width() - 8 and button.geometry().top() <= 8
    assert [a.text() for a in button.menu().actions()] == [
        "Save as &PNG image…", "Save as &SVG drawing…", "Save the numbers as &CSV…"]
    assert set(button.actions_by_format) == set(FORMATS)
    view.resize(500, 300)
    qtbot.wait(20)
    assert button.geometry().right() >= pw.width() - 8  # follows a resize


def test_scatter_saves_png_svg_and_its_points_as_csv(qtbot, tmp_path):
    view = _show(qtbot, Scatter2D())
    x = np.array([[0.5, -1.25], [2.0, 3.0], [-0.75, 0.125]])
    y = np.array([0, 1, 0])
    xt = np.array([[1.5, 1.5]])
    view.set_points(x, y, xt, np.array([1]))
    button = view.export_button
    _check_picture_files(button, tmp_path)
    rows = _rows(button.save(tmp_path / "points.csv"))
    assert rows[0] == ["training_x", "training_y", "test_x", "test_y"]
    got = [[float(v) if v else None for v in r] for r in rows[1:]]
    assert got == [[0.5, -1.25, 1.5, 1.5], [2.0, 3.0, None, None], [-0.75, 0.125, None, None]]


def test_class_balance_csv_has_the_counts(qtbot, tmp_path):
    view = _show(qtbot, ClassBalance())
    view.set_labels(np.array([0, 0, 1, 2, 2, 2]), np.array([1, 2]))
    rows = _rows(view.export_button.save(tmp_path / "balance.csv"))
    numbers = [[float(v) for v in r if v] for r in rows[1:]]
    flat = sorted(v for r in numbers for v in r)
    for count in (2.0, 1.0, 3.0):
        assert count in flat


def test_picture_plots_save_their_values_as_csv(qtbot, tmp_path):
    view = _show(qtbot, ImagePlot("feature map"))
    img = np.arange(12, dtype=np.float32).reshape(3, 4) / 4
    view.set_image(img, (0.0, 3.0))
    button = view.export_button
    assert button.file_stem == "feature-map"
    _check_picture_files(button, tmp_path)
    rows = _rows(button.save(tmp_path / "map.csv"))
    assert np.array_equal(np.array(rows, dtype=float), img)


def test_sample_grid_saves(qtbot, tmp_path):
    view = _show(qtbot, SampleGrid())
    view.set_samples(np.random.default_rng(0).random((4, 8, 8)), np.array([0, 1, 2, 3]))
    _check_picture_files(view.export_button, tmp_path)


def test_an_empty_plot_offers_no_csv_and_says_why(qtbot, tmp_path, monkeypatch):
    view = _show(qtbot, ImagePlot())
    button = view.export_button
    assert not button.has_numbers()
    with pytest.raises(ValueError, match="no numbers yet"):
        button.save(tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
    shown = []
    monkeypatch.setattr("deskdl.qt.plot_export.QMessageBox.information",
                        lambda *a: shown.append(a[2]))
    assert button.ask_and_save("csv") is None
    assert shown and "no numbers yet" in shown[0]
    with pytest.raises(ValueError, match="png, svg or csv"):
        button.save(tmp_path / "x.bmp")


def test_ask_and_save_uses_the_chosen_file_and_reports_a_failure(qtbot, tmp_path, monkeypatch):
    view = _show(qtbot, ImagePlot())
    view.set_image(np.ones((2, 2), np.float32), (0.0, 1.0))
    button = view.export_button
    target = tmp_path / "chosen"
    monkeypatch.setattr("deskdl.qt.plot_export.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), "PNG image (*.png)"))
    assert button.ask_and_save("png") == tmp_path / "chosen.png"
    assert not QImage(str(tmp_path / "chosen.png")).isNull()
    warned = []
    monkeypatch.setattr("deskdl.qt.plot_export.QMessageBox.warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr("deskdl.qt.plot_export.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "no" / "such" / "dir" / "x.csv"), ""))
    assert button.ask_and_save("csv") is None
    assert warned and warned[0].startswith("Could not save") and "\n" not in warned[0]


def test_training_curves_save_every_plot_and_the_curve_numbers(qtbot, tmp_path):
    from deskdl.qt.train.curves import TrainingCurves

    curves = _show(qtbot, TrainingCurves(), 640, 420)
    curves.begin_run("run 1", "#1f77b4", epochs=3)
    losses = [0.9, 0.5, 0.25]
    for e, (loss, val) in enumerate(zip(losses, [1.0, 0.75, 0.5]), start=1):
        curves.add_epoch("run 1", float(e), {"loss": loss, "val_loss": val, "accuracy": 0.25 * e,
                                              "learning_rate": 0.01})
    curves.redraw()
    button = curves.export_button
    _check_picture_files(button, tmp_path)
    rows = _rows(button.save(tmp_path / "curves.csv"))
    header = rows[0]
    col = {name: [r[i] for r in rows[1:] if i < len(r) and r[i]] for i, name in enumerate(header)}
    assert [float(v) for v in col["Loss: run 1 training_y"]] == losses
    assert [float(v) for v in col["Loss: run 1 training_x"]] == [1.0, 2.0, 3.0]
    assert [float(v) for v in col["Loss: run 1 validation_y"]] == [1.0, 0.75, 0.5]
    acc = next(k for k in header if k.endswith("run 1 training_y") and not k.startswith("Loss"))
    assert [float(v) for v in col[acc]][:3] == [0.25, 0.5, 0.75]


def test_evaluate_charts_save_their_counts_and_probabilities(qtbot, tmp_path):
    from deskdl.qt.eval_views import ConfusionMatrixView, ProbabilityBars

    cm = _show(qtbot, ConfusionMatrixView())
    assert not cm.export_button.has_numbers()
    cm.set_matrix(np.array([[5, 1], [2, 7]]), ["cat", "dog"])
    _check_picture_files(cm.export_button, tmp_path)
    assert _rows(cm.export_button.save(tmp_path / "cm.csv")) == [
        ["true class / predicted", "cat", "dog"], ["cat", "5", "1"], ["dog", "2", "7"]]

    bars = _show(qtbot, ProbabilityBars())
    bars.set_classes(["zero", "one", "two"])
    assert not bars.export_button.has_numbers()  # all bars at 0: nothing answered yet
    bars.set_values(np.array([0.125, 0.75, 0.125]))
    _check_picture_files(bars.export_button, tmp_path)
    assert _rows(bars.export_button.save(tmp_path / "p.csv")) == [
        ["class", "probability"], ["zero", "0.125"], ["one", "0.75"], ["two", "0.125"]]


def test_convolution_lab_plots_have_the_button_and_save_the_pixels(qtbot, tmp_path):
    from deskdl.qt.inspect.conv_lab import ConvLabPanel

    lab = _show(qtbot, ConvLabPanel(), 1100, 700)
    for plot in (lab.input_plot, lab.kernel_plot, lab.output_plot):
        buttons = plot.findChildren(PlotExportButton)
        assert len(buttons) == 1 and buttons[0].isVisible()
    button = lab.kernel_plot.findChildren(PlotExportButton)[0]
    rows = _rows(button.save(tmp_path / "kernel.csv"))
    assert np.array(rows, dtype=float).tolist() == np.asarray(lab.kernel_plot.image.image, float).tolist()


def test_every_plot_of_every_tab_has_one_save_button(qtbot, monkeypatch, tmp_path):
    from qt_helpers import close_quietly, make_window

    window = make_window(qtbot, monkeypatch, tmp_path)
    try:
        window.install_stage_tabs()
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        for i in range(window.stages.count()):  # visit every tab so lazily built views exist
            window.stages.setCurrentIndex(i)
            qtbot.wait(10)
        views = [v for v in window.findChildren(pg.GraphicsView) if not getattr(v, "export_exempt", False)]
        assert len(views) >= 8
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        missing = [type(v.parent()).__name__ for v in views
                   if len(v.findChildren(PlotExportButton, options=direct)) != 1]
        assert not missing, missing
    finally:
        close_quietly(window)


def test_a_long_title_moves_out_from_under_the_button(qtbot):
    """A title too long to stay centred beside the button (a translated one on a narrow plot) goes left."""
    view = _show(qtbot, pg.PlotWidget(title="Decision boundary"), w=230, h=240)
    button = PlotExportButton(view, "plot")
    plot = view.getPlotItem()
    qtbot.wait(20)
    assert plot.titleLabel.opts["justify"] == "center"
    assert not button.title_rect(plot).intersects(button.geometry().toRectF())
    plot.setTitle("Ranh giới quyết định")
    view.resize(600, 240)  # room: centred
    qtbot.waitUntil(lambda: view.width() == 600, timeout=2000)
    qtbot.wait(20)
    assert plot.titleLabel.opts["justify"] == "center"
    view.resize(230, 240)  # the Train tab's 2-D plane at 1280x720: centred, it ran under the button
    qtbot.waitUntil(lambda: plot.titleLabel.opts["justify"] == "left", timeout=2000)
    assert not button.title_rect(plot).intersects(button.geometry().toRectF())
    view.resize(600, 240)  # room again: centred again
    qtbot.waitUntil(lambda: plot.titleLabel.opts["justify"] == "center", timeout=2000)
    assert not button.title_rect(plot).intersects(button.geometry().toRectF())
