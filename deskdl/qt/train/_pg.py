"""pyqtgraph, imported the one right way (DESIGN.md §5), and plots that follow the theme.

PySide6 is imported first so pyqtgraph binds to it; ``imageAxisOrder`` is set
once to row-major so numpy images are ``(rows, cols[, channels])`` everywhere.

pyqtgraph draws its own background and axes (white and dark grey by default),
so it does not follow the Qt palette by itself. :func:`themed` colours a plot
widget from the application palette (``Base`` behind the plot, ``Text`` for
axes and titles) and again whenever the palette changes (light/dark switch);
the defaults for items made later follow the palette too.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import PySide6.QtCore  # noqa: E402,F401  (bind pyqtgraph to PySide6)

# isort: split
import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QPalette  # noqa: E402

LIGHT_BACKGROUND = "#ffffff"
LIGHT_FOREGROUND = "#333333"


def plot_colors() -> tuple[QColor, QColor]:
    """(background, foreground) for plots from the application palette (light defaults without one)."""
    app = QGuiApplication.instance()
    if app is None:
        return QColor(LIGHT_BACKGROUND), QColor(LIGHT_FOREGROUND)
    palette = app.palette()
    return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)


def apply_plot_theme(view: pg.GraphicsView) -> None:
    """Colour ``view`` (a PlotWidget or GraphicsLayoutWidget) and every axis and title in it."""
    bg, fg = plot_colors()
    pg.setConfigOptions(background=bg, foreground=fg)  # for items made later
    view.setBackground(bg)
    scene = view.scene()
    if scene is None:
        return
    for item in scene.items():
        if isinstance(item, pg.AxisItem):
            item.setPen(fg)
            item.setTextPen(fg)
        elif isinstance(item, pg.LabelItem):
            item.setAttr("color", fg.name())
            item.setText(item.text)


class _PlotThemer(QObject):
    """Re-colours its plot widget when the palette changes (the user switched light/dark)."""

    def __init__(self, view: pg.GraphicsView) -> None:
        super().__init__(view)
        self._last: tuple[str, str] | None = None

    def apply(self, view: pg.GraphicsView) -> None:
        bg, fg = plot_colors()
        key = (bg.name(), fg.name())
        if key != self._last:
            self._last = key
            apply_plot_theme(view)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply(obj)
        return False


def themed(view: pg.GraphicsView) -> pg.GraphicsView:
    """``view`` coloured from the palette now and after every palette change; returns it."""
    themer = view.findChild(_PlotThemer)
    if themer is None:
        themer = _PlotThemer(view)
        view.installEventFilter(themer)
    themer._last = None
    themer.apply(view)
    return view


_bg, _fg = plot_colors()
pg.setConfigOptions(imageAxisOrder="row-major", antialias=False, background=_bg, foreground=_fg)

__all__ = ["apply_plot_theme", "pg", "plot_colors", "themed"]
