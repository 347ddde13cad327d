"""Views of the Evaluate tab: confusion matrix, class-probability bars, image thumbnails.

Pure views: they take numpy arrays and draw them; no Keras here.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from deskdl.core.i18n import N_, translator
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, themed

_ = translator("qt.eval_views")

TITLE_PT = 10  # plot titles here: a little smaller than pyqtgraph's default, to fit narrow columns
#: How to read the confusion matrix, under it.
CONFUSION_CAPTION = (N_("Rows: the true class; columns: the class the model chose. The diagonal holds the "
                     "right answers. Colour is each true class's share (a row adds up to 100%); the "
                     "numbers are counts."))


class ConfusionMatrixView(QWidget):
    """A heatmap of true class (rows) against predicted class (columns), with counts in each cell.

    Colour is the share of each true class that went to each column (a row sums
    to 1), so rare classes are as visible as common ones; the numbers are counts.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pw = themed(pg.PlotWidget())
        self._plot = self._pw.getPlotItem()
        self._plot.hideButtons()
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.invertY(True)
        self._plot.setAspectLocked(True)
        self._plot.setLabel("left", _("true class"))
        self.export_button = add_export_button(self._pw, "confusion-matrix", self.counts_table)
        self._names: list[str] = []
        self._plot.setLabel("bottom", _("predicted class"))
        self._plot.setTitle(_("Confusion matrix"))
        self._image = pg.ImageItem(axisOrder="row-major")
        self._image.setLookupTable(pg.colormap.get("CET-L12").getLookupTable(nPts=256)
                                   if _has_cmap("CET-L12") else pg.colormap.get("viridis").getLookupTable())
        self._plot.addItem(self._image)
        self._texts: list[pg.TextItem] = []
        # Before any result: no numbers on the axes (pyqtgraph's empty default read
        # "-600 ... 600 (x0.001)" for class numbers).
        for ax in ("left", "bottom"):
            self._plot.getAxis(ax).enableAutoSIPrefix(False)
            self._plot.getAxis(ax).setTicks([[]])
        self._plot.setRange(xRange=(-0.5, 1.5), yRange=(-0.5, 1.5), padding=0)
        self.caption = QLabel(_(CONFUSION_CAPTION))
        self.caption.setWordWrap(True)
        self.caption.setProperty("role", "caption")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._pw, 1)
        box.addWidget(self.caption)
        self.counts: np.ndarray | None = None

    def set_matrix(self, counts: np.ndarray, class_names: Sequence[str] | None = None) -> None:
        """Show a ``(K, K)`` matrix of counts (rows = true, columns = predicted)."""
        cm = np.asarray(counts, dtype=np.int64)
        k = cm.shape[0]
        self.counts = cm.copy()
        names = list(class_names) if class_names is not None and len(class_names) == k else [
            str(i) for i in range(k)]
        self._names = names
        rows = cm.sum(axis=1, keepdims=True)
        share = np.divide(cm, np.maximum(rows, 1), dtype=np.float64)
        self._image.setImage(share.astype(np.float32), levels=(0.0, 1.0), autoLevels=False)
        self._image.setRect(QRectF(-0.5, -0.5, k, k))
        for t in self._texts:
            self._plot.removeItem(t)
        self._texts = []
        font = QFont()
        font.setPointSizeF(max(6.0, 11.0 - 0.25 * k))
        if k <= 30:
            for i in range(k):
                for j in range(k):
                    if cm[i, j] == 0 and i != j:
                        continue
                    dark = share[i, j] > 0.55
                    t = pg.TextItem(str(cm[i, j]), color="w" if dark else "#222", anchor=(0.5, 0.5))
                    t.setFont(font)
                    t.setPos(j, i)
                    self._plot.addItem(t)
                    self._texts.append(t)
        ticks = [list(enumerate(_short(names)))]
        self._plot.getAxis("bottom").setTicks(ticks)
        self._plot.getAxis("left").setTicks(ticks)
        self._plot.setRange(xRange=(-0.5, k - 0.5), yRange=(-0.5, k - 0.5), padding=0.02)

    def clear(self) -> None:
        """Back to the empty view (another project: its model has no matrix yet)."""
        self.counts = None
        self._image.clear()
        for t in self._texts:
            self._plot.removeItem(t)
        self._texts = []
        for ax in ("left", "bottom"):
            self._plot.getAxis(ax).setTicks([[]])
        self._plot.setRange(xRange=(-0.5, 1.5), yRange=(-0.5, 1.5), padding=0)

    def counts_table(self):
        """The counts for CSV: one row per true class, one column per predicted class."""
        if self.counts is None:
            return None
        header = ["true class / predicted", *self._names]
        return header, [[name, *row] for name, row in zip(self._names, self.counts.tolist())]

    def text_items(self) -> list[pg.TextItem]:
        """The count labels (for tests)."""
        return list(self._texts)


class ProbabilityBars(QWidget):
    """A horizontal bar per class with its predicted probability; the winner highlighted."""

    def __init__(self, parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(parent)
        title = title or _("What the model thinks")
        self._pw = themed(pg.PlotWidget())
        self._plot = self._pw.getPlotItem()
        self._plot.hideButtons()
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.invertY(True)
        self._plot.setXRange(0, 1, padding=0.02)
        self._plot.setLabel("bottom", _("probability"))
        self._plot.setTitle(title, size=f"{TITLE_PT}pt")
        # never narrower than its title (in a tight column it read "What the model thinl")
        font = QFont()
        font.setPointSizeF(TITLE_PT)
        self.setMinimumWidth(QFontMetrics(font).horizontalAdvance(title) + 70)  # + the left axis
        self._bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[], brush="#9ecae1")
        self._plot.addItem(self._bars)
        self._plot.getAxis("left").setTicks([[]])  # no classes yet: no made-up numbers beside the bars
        self._plot.getAxis("bottom").enableAutoSIPrefix(False)
        self._k = 0
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._pw)
        self.values = np.zeros(0)
        self.class_names: list[str] = []
        self.export_button = add_export_button(self._pw, "probabilities", self.probability_table)

    def set_classes(self, class_names: Sequence[str]) -> None:
        """Label one bar per class."""
        names = list(class_names)
        self.class_names = [str(n) for n in names]
        self._k = len(names)
        self._plot.getAxis("left").setTicks([list(enumerate(_short(names)))])
        self._plot.setYRange(-0.5, max(self._k, 1) - 0.5, padding=0.02)
        self.set_values(np.zeros(self._k))

    def set_values(self, probs: np.ndarray) -> None:
        """Update the bars (length = number of classes)."""
        p = np.asarray(probs, dtype=np.float64).ravel()
        if p.size != self._k:
            self.set_classes([str(i) for i in range(p.size)]) if p.size else None
        self.values = p.copy()
        brushes = [pg.mkBrush("#9ecae1")] * len(p)
        if len(p) and p.max() > 0:
            brushes = list(brushes)
            brushes[int(np.argmax(p))] = pg.mkBrush("#08519c")
        self._bars.setOpts(x0=np.zeros(len(p)), y=np.arange(len(p)), width=p, height=0.7, brushes=brushes)

    def probability_table(self):
        """The bars for CSV: each class and the probability the model gives it."""
        if not len(self.values) or not self.values.any():
            return None
        names = self.class_names if len(self.class_names) == len(self.values) else [
            str(i) for i in range(len(self.values))]
        return ["class", "probability"], [[n, float(v)] for n, v in zip(names, self.values)]


def array_to_pixmap(img: np.ndarray, size: int = 56, vmax: float | None = None,
                    invert: bool = True) -> QPixmap:
    """A small pixmap of a grayscale ``(H, W)`` / ``(H, W, 1)`` or RGB ``(H, W, 3)`` image.

    Grayscale is drawn dark-on-white (``invert``), like the Data tab and the drawing pad.
    """
    a = np.asarray(img, dtype=np.float64)
    if a.ndim == 1:
        side = int(round(np.sqrt(a.size)))
        a = a.reshape(side, side) if side * side == a.size else a.reshape(1, -1)
    if a.ndim == 3 and a.shape[-1] == 1:
        a = a[..., 0]
    hi = vmax if vmax is not None else (a.max() if a.size and a.max() > 1.0 else 1.0)
    lo = min(0.0, float(a.min()) if a.size else 0.0)
    a = np.clip((a - lo) / max(hi - lo, 1e-9), 0, 1)
    if invert and a.ndim == 2:
        a = 1.0 - a
    a8 = np.ascontiguousarray((a * 255).astype(np.uint8))
    if a8.ndim == 2:
        qimg = QImage(a8.data, a8.shape[1], a8.shape[0], a8.strides[0], QImage.Format.Format_Grayscale8)
    else:
        a8 = np.ascontiguousarray(a8[..., :3])
        qimg = QImage(a8.data, a8.shape[1], a8.shape[0], a8.strides[0], QImage.Format.Format_RGB888)
    pm = QPixmap.fromImage(qimg.copy())
    return pm.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)


def _short(names: Sequence[str], n: int = 12) -> list[str]:
    return [s if len(s) <= n else s[: n - 1] + "…" for s in (str(x) for x in names)]


def _has_cmap(name: str) -> bool:
    try:
        pg.colormap.get(name)
    except Exception:  # noqa: BLE001
        return False
    return True


__all__ = ["ConfusionMatrixView", "ProbabilityBars", "array_to_pixmap"]
