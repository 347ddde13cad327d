"""The Inspect tab's layout: the Convolution lab's captions never cover its pictures, in any theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from deskdl.qt import theme
from deskdl.qt.inspect.panel import InspectPanel
from deskdl.qt.train._pg import pg
from deskdl.qt.workers import TrainingHost


@pytest.fixture
def restore_theme(qapp):
    palette, sheet = qapp.palette(), qapp.styleSheet()
    options = dict(pg.CONFIG_OPTIONS)
    yield qapp
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    pg.setConfigOptions(background=options["background"], foreground=options["foreground"])


@pytest.fixture
def panel(qtbot):
    host = TrainingHost()
    p = InspectPanel(host=host)
    qtbot.addWidget(p)
    yield p
    p.lab.animate_button.setChecked(False)
    assert host.shutdown(30_000)


def _rect(widget, ancestor) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", [(1000, 480), (1000, 640), (1300, 900)])
def test_lab_captions_do_not_cover_pictures_or_table(qtbot, panel, size):
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.wait(50)
    lab = panel.lab
    boxes = {
        "input": lab.input_plot, "kernel": lab.kernel_plot, "output": lab.output_plot, "table": lab.table,
        "input caption": lab._input_caption, "kernel caption": lab._kernel_caption,
        "explanation": lab._explanation, "shape": lab.shape_label, "output caption": lab._output_caption,
        "arithmetic": lab.arithmetic, "position": lab.position_label,
    }
    rects = {name: _rect(w, lab) for name, w in boxes.items() if w.isVisible()}
    assert {"input", "kernel", "output", "table", "arithmetic"} <= rects.keys()
    names = sorted(rects)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not rects[a].intersects(rects[b]), (a, b, rects[a], rects[b])
    # every wrapped caption is as tall as its text needs (none is cut off)
    for w in boxes.values():
        if isinstance(w, QLabel) and w.isVisible() and w.wordWrap() and w.text():
            assert w.height() >= w.heightForWidth(w.width()), w.text()[:40]
    # in a short window the lab scrolls to reach the rest (the arithmetic and the kernel bank)
    area = panel.lab_area
    if area.viewport().height() < lab.height():
        assert area.verticalScrollBar().maximum() >= lab.height() - area.viewport().height()


def test_lab_text_is_readable_in_the_dark_theme(qtbot, panel, restore_theme):
    theme.apply_theme("dark", QApplication.instance())
    panel.resize(1100, 700)
    panel.show()
    qtbot.waitExposed(panel)
    lab = panel.lab
    labels = [w for w in lab.findChildren(QLabel) if w.text().strip()]
    assert len(labels) > 5
    for w in labels:
        w.ensurePolished()
        text = w.palette().color(QPalette.ColorRole.WindowText)
        assert text.lightness() > 140, (w.text()[:40], text.name())


def test_dead_relu_warning_colour_follows_the_theme(restore_theme):
    from deskdl.qt.inspect.panel import stats_table

    snap = {"epoch": 2, "weights": {"h": {"std": 0.1}},
            "activations": {"h": {"mean": 0.2, "std": 0.3, "dead": 3, "units": 16}}}
    theme.apply_theme("dark", QApplication.instance())
    assert theme.ERROR_DARK in stats_table(snap)
    theme.apply_theme("light", QApplication.instance())
    assert theme.ERROR_LIGHT in stats_table(snap)


def test_neuron_pictures_wrap_into_a_block_per_layer(qtbot, panel):
    import numpy as np

    from deskdl.qt.inspect.panel import NEURON_COLUMNS

    view = panel.neurons
    view._show({"layers": [("dense_1", np.random.default_rng(0).random((16, 48, 48))),
                           ("dense_2", np.random.default_rng(1).random((16, 48, 48)))]})
    img = view.plot.array
    assert img is not None
    # 16 neurons a layer at 8 a row: two rows per layer, so the picture is not a thin band
    assert NEURON_COLUMNS == 8
    assert img.shape[1] < 2 * img.shape[0]
    assert 8 * 48 <= img.shape[1] < 9 * 48 + 48


def test_lab_fits_the_width_of_a_1280_pixel_window(qtbot, panel):
    # 1280 minus the side docks leaves the Inspect tab about 690 pixels
    panel.resize(690, 560)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.wait(50)
    assert panel.lab.minimumSizeHint().width() <= panel.lab_area.viewport().width()
    assert panel.lab_area.horizontalScrollBar().maximum() == 0
    # the two long combos show their text in full when there is room
    panel.resize(1300, 700)
    qtbot.wait(50)
    for combo in (panel.lab.source_combo, panel.lab.preset_combo):
        text = combo.currentText()
        assert combo.width() > combo.fontMetrics().horizontalAdvance(text) + 20, text
