"""Evaluate views before any result (no made-up numbers on the axes); the summary table lines up."""

from __future__ import annotations

import numpy as np

from deskdl.qt.eval_views import ConfusionMatrixView, ProbabilityBars


def _tick_labels(axis) -> list[str]:
    lo, hi = axis.range
    levels = axis.tickValues(lo, hi, 400)
    return [s for _, values in levels for s in axis.tickStrings(values, 1.0, 1.0)] if levels else []


def _shown_ticks(axis) -> list[str]:
    """Tick labels the axis would draw (its fixed ticks if set, else the automatic ones)."""
    if axis._tickLevels is not None:
        return [label for level in axis._tickLevels for _, label in level]
    return _tick_labels(axis)


def test_empty_confusion_matrix_has_no_numbers_and_no_scale_prefix(qtbot):
    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    view.resize(400, 400)
    view.show()
    qtbot.waitExposed(view)
    for name in ("left", "bottom"):
        axis = view._plot.getAxis(name)
        assert _shown_ticks(axis) == []
        assert "x0.001" not in axis.labelString() and "(x" not in axis.labelString()
    view.set_matrix(np.array([[5, 1], [2, 7]]), ["cat", "dog"])
    assert _shown_ticks(view._plot.getAxis("bottom")) == ["cat", "dog"]
    assert _shown_ticks(view._plot.getAxis("left")) == ["cat", "dog"]


def test_empty_probability_bars_have_no_class_numbers(qtbot):
    view = ProbabilityBars()
    qtbot.addWidget(view)
    view.show()
    assert _shown_ticks(view._plot.getAxis("left")) == []
    view.set_classes(["a", "b", "c"])
    assert _shown_ticks(view._plot.getAxis("left")) == ["a", "b", "c"]


def test_summary_parameter_heading_lines_up_with_its_numbers(qtbot):
    from PySide6.QtCore import Qt

    from deskdl.qt.summary import SummaryPanel

    panel = SummaryPanel()
    qtbot.addWidget(panel)
    col = panel.table.columnCount() - 1
    heading = panel.table.horizontalHeaderItem(col)
    assert heading.text() == "Parameters"
    assert heading.textAlignment() & Qt.AlignmentFlag.AlignRight


def test_probability_bars_are_never_narrower_than_their_title(qtbot):
    from PySide6.QtGui import QFont, QFontMetrics

    from deskdl.qt.eval_views import TITLE_PT

    view = ProbabilityBars(title="What the model thinks")
    qtbot.addWidget(view)
    view.resize(60, 200)  # a squeezed column
    view.show()
    qtbot.waitExposed(view)
    font = QFont()
    font.setPointSizeF(TITLE_PT)
    assert view.width() >= QFontMetrics(font).horizontalAdvance("What the model thinks")
    text = view._plot.titleLabel.item  # the drawn text, centred over the plot (right of the axis)
    box = view._pw.mapFromScene(text.sceneBoundingRect()).boundingRect()
    assert view._pw.viewport().rect().contains(box), box
