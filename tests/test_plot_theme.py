"""Plots follow the light/dark palette: background, axes and titles (pyqtgraph draws its own)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from deskdl.qt import theme
from deskdl.qt.train._pg import pg


@pytest.fixture
def restore_theme(qapp):
    palette, sheet = qapp.palette(), qapp.styleSheet()
    options = dict(pg.CONFIG_OPTIONS)
    yield qapp
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    pg.setConfigOptions(background=options["background"], foreground=options["foreground"])


def _colors(view):
    bg = view.backgroundBrush().color()
    axes = [i for i in view.scene().items() if isinstance(i, pg.AxisItem) and i.isVisible()]
    assert axes
    return bg, [a.textPen().color() for a in axes], [a.pen().color() for a in axes]


def _title_color(plot):
    """The colour a plot's title was drawn with (its own, else the default at the time)."""
    return pg.mkColor(plot.titleLabel.opts.get("color") or pg.getConfigOption("foreground"))


def _dark(c):
    return c.lightness() < 100


def _light(c):
    return c.lightness() > 155


def test_curves_boundary_and_data_views_follow_the_theme(qtbot, restore_theme):
    from deskdl.qt.data_views import ClassBalance, Scatter2D
    from deskdl.qt.eval_views import ConfusionMatrixView
    from deskdl.qt.train.boundary import DecisionBoundaryView
    from deskdl.qt.train.curves import TrainingCurves

    theme.apply_theme("dark", QApplication.instance())
    curves, boundary = TrainingCurves(), DecisionBoundaryView()
    others = [Scatter2D(), ClassBalance(), ConfusionMatrixView()]
    for w in (curves, boundary, *others):
        qtbot.addWidget(w)
    views = [curves._layout_widget, boundary._plot_widget] + [w._pw for w in others]
    for view in views:
        bg, text, lines = _colors(view)
        assert _dark(bg) and all(_light(c) for c in text + lines), view
    assert _light(_title_color(curves.plot("loss")))
    # switching the theme while the plots exist re-colours them, and later plots too
    theme.apply_theme("light", QApplication.instance())
    QApplication.processEvents()
    for view in views:
        bg, text, lines = _colors(view)
        assert _light(bg) and all(_dark(c) for c in text + lines), view
    curves.begin_run("r", "#0072B2")
    curves.add_epoch("r", 1, {"loss": 1.0, "mae": 0.5})
    _, text, _ = _colors(curves._layout_widget)
    assert all(_dark(c) for c in text)
    assert _dark(_title_color(curves.plot("loss"))) and _dark(_title_color(curves.plot("mae")))
