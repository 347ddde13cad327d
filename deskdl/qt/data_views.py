"""Views of a data set: an image mosaic, a 2-D scatter, sequences as text, class balance.

Pure views over numpy arrays. The mosaic is ONE ``ImageItem`` (tiles packed into
a single array) so showing 48 samples costs one texture, not 48 widgets.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.datagen import decode_words
from deskdl.core.i18n import translator
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, themed
from deskdl.qt.train.boundary import CLASS_COLORS

_ = translator("qt.data_views")


def labels_of(y: np.ndarray) -> np.ndarray:
    """Integer class labels from sparse labels or one-hot rows."""
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] > 1:
        return np.argmax(y, axis=1)
    return y.ravel().astype(np.int64)


def mosaic(images: np.ndarray, cols: int, pad: int = 1, background: float = 1.0,
           gap: int = 0, scale: bool = True) -> np.ndarray:
    """Pack ``(N, H, W)`` or ``(N, H, W, C)`` images (scaled to 0..1) into one array, row by row.

    ``gap`` extra rows under each tile leave room for a label. ``scale=False`` keeps the
    values as they are (for a fixed colour scale such as filter weights; ``background``
    may then be NaN, which draws as transparent).
    """
    imgs = np.asarray(images, dtype=np.float32)
    if imgs.ndim == 2:  # flat vectors: make square images when possible
        side = int(round(np.sqrt(imgs.shape[1])))
        if side * side != imgs.shape[1]:
            raise ValueError("flat samples are not square images")
        imgs = imgs.reshape(len(imgs), side, side)
    if imgs.ndim == 4 and imgs.shape[-1] == 1:
        imgs = imgs[..., 0]
    n, h, w = imgs.shape[:3]
    lo, hi = float(np.min(imgs)) if n else 0.0, float(np.max(imgs)) if n else 1.0
    if scale:
        imgs = (imgs - lo) / (hi - lo) if hi > lo else np.zeros_like(imgs)
    rows = int(np.ceil(n / cols)) if n else 0
    shape = (rows * (h + pad + gap) + pad, cols * (w + pad) + pad) + imgs.shape[3:]
    out = np.full(shape, background, dtype=np.float32)
    for i in range(n):
        r, c = divmod(i, cols)
        top, left = pad + r * (h + pad + gap), pad + c * (w + pad)
        out[top: top + h, left: left + w] = imgs[i]
    return out


class SampleGrid(QWidget):
    """A grid of sample images with their class name under each (dark ink on white)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pw = themed(pg.PlotWidget())
        self.export_button = add_export_button(self._pw, "samples")
        self._plot = self._pw.getPlotItem()
        self._plot.hideAxis("left")
        self._plot.hideAxis("bottom")
        self._plot.hideButtons()
        self._plot.setMenuEnabled(False)
        self._plot.setAspectLocked(True)
        self._plot.invertY(True)
        self._image = pg.ImageItem(axisOrder="row-major")
        self._plot.addItem(self._image)
        self._labels: list[QGraphicsSimpleTextItem] = []
        self._frames: list[QGraphicsRectItem] = []  # around the marked pictures
        self.marked = 0
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._pw)
        self.shown = 0

    def set_samples(self, images: np.ndarray, labels: np.ndarray | None = None,
                    class_names: Sequence[str] | None = None, cols: int = 8, invert: bool = True,
                    marks: Sequence[bool] | None = None) -> None:
        """Show up to ``len(images)`` samples; ``invert`` draws high values dark.

        ``marks`` (one per image): the marked pictures get a frame in :data:`MARK_COLOR`
        (the biased shapes mark their rare style this way).
        """
        imgs = np.asarray(images)
        h = imgs.shape[1] if imgs.ndim >= 3 else _square(imgs.shape[1])[0]
        pad, gap = max(1, h // 8), (max(3, int(h * 0.45)) if labels is not None else 0)
        invert = invert and not (imgs.ndim == 4 and imgs.shape[-1] == 3)
        m = mosaic(imgs, cols, pad=pad, background=0.0 if invert else 1.0, gap=gap)
        if invert:
            m = 1.0 - m
        self._image.setImage(m, levels=(0.0, 1.0), autoLevels=False)
        self._image.setRect(QRectF(0, 0, m.shape[1], m.shape[0]))
        for t in (*self._labels, *self._frames):
            self._plot.removeItem(t)
        self._labels, self._frames = [], []
        self.shown = len(imgs)
        self.last_images = imgs  # what the grid shows, in order (tests compare it)
        self._mark(imgs, cols, pad, gap, marks)
        if labels is not None and len(imgs):
            sq = imgs if imgs.ndim != 2 else imgs.reshape(len(imgs), *_square(imgs.shape[1]))
            h, w = sq.shape[1], sq.shape[2]
            lab = labels_of(labels)
            for i, c in enumerate(lab[: len(imgs)]):
                r, col = divmod(i, cols)
                name = class_names[c] if class_names is not None and 0 <= c < len(class_names) else str(c)
                t = _tile_label(str(name), w + pad, gap)
                rect = t.boundingRect()
                t.setPos(pad + col * (w + pad) + (w - rect.width() * t.scale()) / 2,
                         pad + r * (h + pad + gap) + h + (gap - rect.height() * t.scale()) / 2)
                self._plot.addItem(t)
                self._labels.append(t)
        self._plot.autoRange(padding=0.01)


    def _mark(self, imgs: np.ndarray, cols: int, pad: int, gap: int, marks: Sequence[bool] | None) -> None:
        """A frame around each marked picture, in the padding between the tiles."""
        self.marked = 0
        if marks is None or not len(imgs):
            return
        sq_h = imgs.shape[1] if imgs.ndim >= 3 else _square(imgs.shape[1])[0]
        sq_w = imgs.shape[2] if imgs.ndim >= 3 else _square(imgs.shape[1])[1]
        pen = QPen(QColor(MARK_COLOR))
        pen.setWidthF(max(pad * 0.8, 1.0))
        pen.setCosmetic(False)
        for i, marked in enumerate(list(marks)[: len(imgs)]):
            if not marked:
                continue
            r, col = divmod(i, cols)
            x0, y0 = pad + col * (sq_w + pad), pad + r * (sq_h + pad + gap)
            half = pad / 2
            frame = QGraphicsRectItem(x0 - half, y0 - half, sq_w + pad, sq_h + pad)
            frame.setPen(pen)
            self._plot.addItem(frame)
            self._frames.append(frame)
            self.marked += 1


#: The frame colour of marked pictures (orange: seen on white and on the pictures' dark or light).
MARK_COLOR = "#e8710a"

_LABEL_PX = 40  # drawn this big, then scaled down to the tile (smooth at any zoom)
_LABEL_COLOR = "#333333"  # on the mosaic's white, in either theme


def _tile_label(text: str, width: float, height: float) -> QGraphicsSimpleTextItem:
    """A class name sized in picture pixels so it never runs into its neighbour's.

    Screen-sized text (a ``TextItem``) stayed 8 pt while the tiles shrank, so long
    names ("triangle", "Ankle boot") ran together under small pictures. This label
    lives in the mosaic's coordinates (the view's y axis points down, so text is upright)
    and is at most one tile wide and one label gap high.
    """
    item = QGraphicsSimpleTextItem(text)
    font = QFont()
    font.setPixelSize(_LABEL_PX)
    item.setFont(font)
    item.setBrush(QColor(_LABEL_COLOR))
    rect = item.boundingRect()
    item.setScale(min(height / max(rect.height(), 1.0), 0.95 * width / max(rect.width(), 1.0)))
    return item


def _square(n: int) -> tuple[int, int]:
    s = int(round(np.sqrt(n)))
    return (s, s) if s * s == n else (1, n)


class Scatter2D(QWidget):
    """2-D points coloured by class (or by value, for regression)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # legend in its own row under the plot (inside, it sat on the points of ring-shaped sets)
        self._pw = themed(pg.GraphicsLayoutWidget())
        self.export_button = add_export_button(self._pw, "data-points")
        self._plot = self._pw.addPlot(row=0, col=0)
        self._plot.setAspectLocked(True)
        self._plot.hideButtons()
        self._plot.showGrid(x=True, y=True, alpha=0.15)
        self._plot.setLabel("bottom", "x₁")
        self._plot.setLabel("left", "x₂")
        for ax in ("left", "bottom"):
            self._plot.getAxis(ax).enableAutoSIPrefix(False)
        self._train = pg.ScatterPlotItem(size=6, pxMode=True, name="training")  # names head the CSV
        self._test = pg.ScatterPlotItem(size=6, pxMode=True, symbol="t", name="test")
        self._plot.addItem(self._train)
        self._plot.addItem(self._test)
        self._legend = pg.LegendItem(labelTextSize="8pt", colCount=4)
        self._legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._pw.addItem(self._legend, row=1, col=0)
        self._pw.ci.layout.setAlignment(self._legend, Qt.AlignmentFlag.AlignHCenter)
        self._cmap = pg.colormap.get("viridis")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._pw)
        self.count = 0

    def set_points(self, x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray | None = None,
                   y_test: np.ndarray | None = None, *, regression: bool = False,
                   class_names: Sequence[str] | None = None) -> None:
        """Show training points (circles) and test points (triangles)."""
        self._legend.clear()
        xt = np.asarray(x_train, dtype=np.float64)
        yt = np.asarray(y_train)
        lo = hi = 0.0
        if regression:
            allv = np.concatenate([yt.ravel()] + ([np.asarray(y_test).ravel()] if y_test is not None else []))
            lo, hi = float(allv.min()), float(allv.max())
        self.count = 0
        for item, x, y, rim in ((self._train, xt, yt, "w"), (self._test, x_test, y_test, "#222")):
            if x is None or y is None or not len(x):
                item.clear()
                continue
            x = np.asarray(x, dtype=np.float64)
            if regression:
                t = np.clip((np.asarray(y, dtype=np.float64).ravel() - lo) / max(hi - lo, 1e-9), 0, 1)
                brushes = [pg.mkBrush(c) for c in self._cmap.map(t, mode="qcolor")]
            else:
                lab = labels_of(y)
                palette = [pg.mkBrush(c) for c in CLASS_COLORS]
                brushes = [palette[int(c) % len(palette)] for c in lab]
            item.setData(x=x[:, 0], y=x[:, 1], brush=brushes, pen=pg.mkPen(rim, width=1))
            self.count += len(x)
        if not regression:
            k = int(labels_of(yt).max(initial=0)) + 1
            for c in range(k):
                name = (class_names[c] if class_names is not None and c < len(class_names)
                        else _("class {i}").format(i=c))
                self._legend.addItem(pg.ScatterPlotItem(brush=CLASS_COLORS[c % len(CLASS_COLORS)], size=8,
                                                        pen="w"), str(name))
        # what the two marker shapes mean (the colour says the class, the shape the split)
        self._legend.addItem(pg.ScatterPlotItem(brush="#999999", size=8, pen="w"), _("training"))
        if x_test is not None and len(x_test):
            self._legend.addItem(pg.ScatterPlotItem(brush="#999999", size=8, pen="#222", symbol="t"),
                                 _("test"))
        self._plot.autoRange()


class SequenceText(QPlainTextEdit):
    """Sequences shown as text, one per line with their label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

    def set_sequences(self, x: np.ndarray, y: np.ndarray | None = None,
                      class_names: Sequence[str] | None = None, vocabulary: Sequence[str] | None = None,
                      limit: int = 30) -> None:
        """Show the first ``limit`` sequences, as words when ``vocabulary`` names each number.

        Word numbers arrive as floats (the data sets hand Keras float32), so any
        whole-number sequence is read through the vocabulary; its empty entries
        (padding, the start mark) are left out.
        """
        lines = []
        words = False
        lab = labels_of(y) if y is not None and np.asarray(y).ndim <= 2 else None
        for i, seq in enumerate(np.asarray(x)[:limit]):
            seq = np.asarray(seq)
            if vocabulary and seq.ndim == 1 and np.all(np.isfinite(seq)) and np.all(seq == np.round(seq)):
                body = " ".join(decode_words(seq, vocabulary))
                words = True
            elif seq.ndim == 1:
                body = " ".join(f"{v:.3g}" if isinstance(v, (float, np.floating)) else str(v)
                                for v in seq[:40])
            else:
                body = np.array2string(seq[:10], precision=2, threshold=40)
            if lab is not None:
                c = int(lab[i])
                name = class_names[c] if class_names is not None and c < len(class_names) else str(c)
                lines.append(f"[{name}]  {body}")
            else:
                lines.append(body)
        # sentences wrap like text; columns of numbers stay on one line each
        mode = QPlainTextEdit.LineWrapMode.WidgetWidth if words else QPlainTextEdit.LineWrapMode.NoWrap
        self.setLineWrapMode(mode)
        self.setPlainText("\n".join(lines))


#: Pixels kept free between two class names under the class-balance bars.
NAME_GAP = 8


class ClassBalance(QWidget):
    """How many examples each class has, training and test side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The legend sits in its own row under the plot, not inside it: inside, it covered the
        # tallest bars (ten classes of similar size leave no empty corner).
        self._pw = themed(pg.GraphicsLayoutWidget())
        self.export_button = add_export_button(self._pw, "class-balance")
        self._plot = self._pw.addPlot(row=0, col=0)
        self._plot.hideButtons()
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.setTitle(_("Class balance"))
        self._plot.setLabel("left", _("examples"))
        self._names: list[str] = []  # the class names under the bars (shortened)
        self._plot.getViewBox().sigResized.connect(self._fit_names)
        self._legend = pg.LegendItem(labelTextSize="8pt", colCount=2)
        self._legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._pw.addItem(self._legend, row=1, col=0)
        self._pw.ci.layout.setAlignment(self._legend, Qt.AlignmentFlag.AlignHCenter)
        self._train = pg.BarGraphItem(x=[], height=[], width=0.4, brush="#0877BD")
        self._test = pg.BarGraphItem(x=[], height=[], width=0.4, brush="#F59322")
        self._plot.addItem(self._train)
        self._plot.addItem(self._test)
        self._legend.addItem(self._train, _("training"))
        self._legend.addItem(self._test, _("test"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._pw)
        self.train_counts = np.zeros(0, dtype=np.int64)
        self.test_counts = np.zeros(0, dtype=np.int64)

    def set_labels(self, y_train: np.ndarray, y_test: np.ndarray | None = None,
                   class_names: Sequence[str] | None = None) -> None:
        """Count classes and draw the bars."""
        a = labels_of(y_train)
        b = labels_of(y_test) if y_test is not None and len(y_test) else np.zeros(0, np.int64)
        k = max(int(a.max(initial=-1)), int(b.max(initial=-1))) + 1
        if class_names is not None:
            k = max(k, len(class_names))
        self.train_counts = np.bincount(a, minlength=k)
        self.test_counts = np.bincount(b, minlength=k)
        xs = np.arange(k)
        self._train.setOpts(x=xs - 0.2, height=self.train_counts, width=0.4)
        self._test.setOpts(x=xs + 0.2, height=self.test_counts, width=0.4)
        names = list(class_names) if class_names is not None else [str(i) for i in range(k)]
        self._names = [n if len(n) <= 12 else n[:11] + "…" for n in names]
        self._plot.getAxis("left").setTicks(None)  # automatic counts again after clear()
        self._plot.setXRange(-0.6, k - 0.4, padding=0)
        self._fit_names()
        self._plot.setYRange(0, max(1, int(self.train_counts.max(initial=0))) * 1.1, padding=0)

    def name_step(self) -> int:
        """Every how many classes a name fits under the bars at the plot's width now (1: all).

        A vocabulary of characters has dozens of classes: all their names ran into each
        other, so only every n-th class is named, as many as fit with a gap between them.
        """
        k = len(self._names)
        width = self._plot.getViewBox().width()
        if k < 2 or width <= 0:
            return 1
        axis = self._plot.getAxis("bottom")
        metrics = QFontMetricsF(axis.style["tickFont"] or QFont())  # the font the axis paints with
        box = QRectF(0, 0, 100, 100)
        widest = max(metrics.boundingRect(box, Qt.AlignmentFlag.AlignCenter, n).width() for n in self._names)
        per_class = width / (k + 0.2)  # the x range is -0.6 .. k - 0.4
        return max(1, math.ceil((widest + NAME_GAP) / per_class))

    def _fit_names(self, *_args) -> None:
        """Name the classes under the bars, every :meth:`name_step`-th one when not all fit."""
        if not self._names:
            return
        step = self.name_step()
        named = [(i, self._names[i]) for i in range(0, len(self._names), step)]
        self._plot.getAxis("bottom").setTicks([named])

    def clear(self) -> None:
        """No classes (e.g. regression, or a data set not loaded): no bars and no class names.

        The names of the previous data set's classes stayed under the empty plot before.
        """
        self._train.setOpts(x=[], height=[])
        self._test.setOpts(x=[], height=[])
        self._names = []
        self._plot.getAxis("bottom").setTicks([[]])
        self._plot.getAxis("left").setTicks([[]])
        self._plot.setXRange(-0.6, 1.6, padding=0)
        self._plot.setYRange(0, 1, padding=0)
        self.train_counts = np.zeros(0, dtype=np.int64)
        self.test_counts = np.zeros(0, dtype=np.int64)
