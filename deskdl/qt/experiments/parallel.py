"""Parallel coordinates: one vertical axis per swept setting and metric, one line per run.

The placing of values on the axes is pure (:func:`deskdl.core.sweep.parallel_axes`);
this widget only draws it: thin grey lines for the runs, a thick one for the best run,
each axis's end values (or categories) written beside it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from deskdl.core.i18n import translator
from deskdl.core.sweep import ParallelAxis, parallel_axes
from deskdl.qt.train._pg import pg, themed

_ = translator("qt.experiments.parallel")

RUN_PEN = (120, 120, 120, 150)
BEST_PEN = "#D55E00"
SELECTED_PEN = "#0072B2"


class ParallelCoordinates(pg.PlotWidget):
    """The sweep's runs across their settings and metrics (``set_rows``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        themed(self)
        self.setMenuEnabled(False)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.getPlotItem().hideAxis("left")
        self.setToolTip(_("One vertical axis per setting and score, one line per run; the thick orange line "
                          "is the best run. Axes marked (log) are on a log scale."))
        self.axes: list[ParallelAxis] = []
        self.lines: list[Any] = []
        self.best: int | None = None
        self.selected: int | None = None

    def set_rows(self, rows: Sequence[Mapping[str, Any]], columns: Sequence[str], best: int | None = None,
                 selected: int | None = None) -> None:
        """Draw ``rows`` over ``columns``; ``best`` / ``selected`` are row indexes to stand out."""
        self.clear()
        self.lines = []
        self.best, self.selected = best, selected
        self.axes = parallel_axes(rows, columns) if rows else []
        n = len(self.axes)
        if not n:
            return
        order = [i for i in range(len(rows)) if i not in (best, selected)] + \
            [i for i in (selected, best) if i is not None]
        for i in order:
            pts = [(x, a.positions[i]) for x, a in enumerate(self.axes) if a.positions[i] is not None]
            if len(pts) < 1:
                continue
            xs, ys = zip(*pts)
            if i == best:
                pen = pg.mkPen(BEST_PEN, width=3)
            elif i == selected:
                pen = pg.mkPen(SELECTED_PEN, width=2)
            else:
                pen = pg.mkPen(RUN_PEN, width=1)
            item = self.plot(list(xs), list(ys), pen=pen, symbol="o", symbolSize=4, symbolPen=pen,
                             symbolBrush=pen.color())
            self.lines.append((i, item))
        for x, a in enumerate(self.axes):
            self.addItem(pg.InfiniteLine(pos=x, angle=90, pen=pg.mkPen((150, 150, 150), width=1)))
            for y, label in a.ticks:
                t = pg.TextItem(label, anchor=(0, 0.5), color=(90, 90, 90))
                t.setPos(x + 0.03, y)
                self.addItem(t)
        bottom = self.getPlotItem().getAxis("bottom")
        names = [_("{name} (log)").format(name=a.name) if a.log else a.name for a in self.axes]
        bottom.setTicks([list(enumerate(names))])

        self.setXRange(-0.5, n - 0.45, padding=0)  # room for the first and last axis names
        self.setYRange(-0.08, 1.08, padding=0)
