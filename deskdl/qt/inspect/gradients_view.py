"""Inspect's live plot of each layer's gradient norm over the epochs (vanishing or exploding gradients).

The fit trainer sends :class:`deskdl.core.events.GradientNorms` after each epoch (see
:mod:`deskdl.ml.gradients`); this view draws one line per layer on a logarithmic axis, with
the layers' names in a legend, and marks the epoch the Train tab's scrub slider points at.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from deskdl.core import events as ev
from deskdl.core.i18n import N_, translator
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, plot_colors, themed

_ = translator("qt.inspect.gradients_view")

CAPTION = (
    N_("How hard the loss pulls on each layer's weights: the length (norm) of the gradient of the loss "
    "for the layer's weight matrix, measured after each epoch on the same 64 training examples. "
    "In a healthy network the layers' norms are usually within a factor of 100 of each other. A layer "
    "near the input far below the last one (1000 times or more) has vanishing gradients: it hardly "
    "learns. A norm above 1000 is an exploding gradient: one step throws the weights far. The axis is "
    "logarithmic: each grid line up is ten times more.")
)
WAITING = (N_("The gradient norms appear after the first epoch of a run on the Train tab (of models trained "
           "with fit; a GAN's or an agent's training does not send them)."))
#: Okabe-Ito colours (told apart with colour blindness; its yellow is too faint on white, grey instead),
#: then pyqtgraph's hues for more layers.
COLORS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#999999")
#: Norms drawn at least this high (a log axis has no place for 0).
FLOOR = 1e-12
#: Measurements kept for the plot; beyond this every other one goes (the first and the newest stay).
MAX_POINTS = 2000


def layer_color(i: int, n: int):
    """The pen colour of the ``i``-th of ``n`` layers."""
    return pg.mkColor(COLORS[i]) if n <= len(COLORS) else pg.intColor(i, hues=n)


def norms_text(epoch: int, layers: tuple[str, ...], norms: tuple[float, ...] | list[float]) -> str:
    """One line: the norms of epoch ``epoch`` by layer, input side first."""
    parts = [f"{n} {v:.3g}" for n, v in zip(layers, norms)]
    return _("After epoch {epoch}: {norms}.").format(epoch=epoch, norms=", ".join(parts))


class GradientNormsView(QWidget):
    """One line per layer: gradient norm against epoch, log axis, legend; a mark at the scrubbed epoch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradient_norms_view")
        self.run_id: str | None = None
        self.layers: tuple[str, ...] = ()
        self.epochs: list[int] = []
        self.values: list[tuple[float, ...]] = []
        self.seconds: list[float] = []
        self.curves: list[pg.PlotDataItem] = []
        self.chosen: float | None = None  # the scrubbed epoch (None: follow the newest)
        self.caption = QLabel(_(CAPTION))
        self.caption.setWordWrap(True)
        self.status = QLabel(_(WAITING))
        self.status.setWordWrap(True)
        self.widget = themed(pg.PlotWidget())
        self.plot = self.widget.getPlotItem()
        self.plot.setTitle(_("Gradient norm per layer"))
        self.plot.setLabel("bottom", _("epoch"))
        self.plot.setLabel("left", _("gradient norm"))
        self.plot.getAxis("left").enableAutoSIPrefix(False)  # "x0.001" beside a log axis only confuses
        self.plot.setLogMode(x=False, y=True)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        bg, _fg = plot_colors()
        bg.setAlpha(215)  # lines under the legend stay faintly visible, its names readable
        self.legend = self.plot.addLegend(offset=(-5, 5), labelTextSize="9pt", brush=pg.mkBrush(bg))
        self.marker = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#d62728", width=1))
        self.marker.setZValue(10)
        self.plot.addItem(self.marker)
        self.marker.hide()
        add_export_button(self.widget, "gradient-norms")
        box = QVBoxLayout(self)
        box.addWidget(self.caption)
        box.addWidget(self.status)
        box.addWidget(self.widget, 1)

    # ------------------------------------------------------------------ input
    def reset(self) -> None:
        """Forget the run (a new run, another project)."""
        self.run_id = None
        self.layers = ()
        self.epochs, self.values, self.seconds = [], [], []
        for c in self.curves:
            self.plot.removeItem(c)
        self.curves = []
        self.legend.clear()
        self.chosen = None
        self.marker.hide()
        self.status.setText(_(WAITING))

    def add(self, event: ev.GradientNorms) -> None:
        """The norms of one more epoch (a new run's first event starts a new plot)."""
        if event.run_id != self.run_id or event.layers != self.layers:
            self.reset()
            self.run_id, self.layers = event.run_id, event.layers
            n = len(event.layers)
            for i, name in enumerate(event.layers):
                color = layer_color(i, n)
                curve = self.plot.plot([], [], pen=pg.mkPen(color, width=2), symbol="o", symbolSize=5,
                                       symbolBrush=color, symbolPen=None, name=name, connect="finite")
                self.curves.append(curve)
        if self.epochs and event.epoch <= self.epochs[-1]:
            return  # an epoch sent twice (the run's last one): nothing new
        self.epochs.append(int(event.epoch))
        self.values.append(tuple(event.norms))
        self.seconds.append(float(event.seconds))
        if len(self.epochs) > MAX_POINTS:  # a very long run: thin evenly, memory and redraws stay bounded
            keep = list(range(0, len(self.epochs) - 1, 2)) + [len(self.epochs) - 1]
            self.epochs = [self.epochs[i] for i in keep]
            self.values = [self.values[i] for i in keep]
            self.seconds = [self.seconds[i] for i in keep]
        self._redraw()

    def scrub_to(self, epoch: float) -> None:
        """Mark ``epoch`` and say the norms measured at it (or the last before it)."""
        self.chosen = float(epoch)
        self._show_status()
        if self.epochs:
            self.marker.setValue(self.chosen)
            self.marker.show()

    def follow(self) -> None:
        """Follow the newest epoch again (no mark)."""
        self.chosen = None
        self.marker.hide()
        self._show_status()

    # ------------------------------------------------------------------ view
    def index_at(self, epoch: float) -> int | None:
        """Index of the last measurement at or before ``epoch`` (the first if all are later)."""
        if not self.epochs:
            return None
        i = int(np.searchsorted(np.asarray(self.epochs, np.float64), float(epoch), side="right")) - 1
        return max(i, 0)

    def _redraw(self) -> None:
        x = np.asarray(self.epochs, np.float64)
        m = np.asarray(self.values, np.float64).reshape(len(self.epochs), len(self.layers))
        for j, curve in enumerate(self.curves):
            y = m[:, j].copy()
            y[~np.isfinite(y)] = np.nan  # an infinite norm leaves a gap (the status line says it)
            curve.setData(x, np.maximum(y, FLOOR), connect="finite")
        self._show_status()

    def _show_status(self) -> None:
        if not self.epochs:
            self.status.setText(_(WAITING))
            return
        i = len(self.epochs) - 1 if self.chosen is None else self.index_at(self.chosen)
        text = norms_text(self.epochs[i], self.layers, self.values[i])
        bad = [n for n, v in zip(self.layers, self.values[i]) if not math.isfinite(v)]
        if bad:
            text += " " + _("Not a finite number for {layers}: the gradient overflowed.").format(
                layers=", ".join(bad))
        self.status.setText(text)


__all__ = ["CAPTION", "GradientNormsView", "WAITING", "layer_color", "norms_text"]
