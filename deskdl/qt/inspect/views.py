"""Small pure views for the Inspect tab: an image plot with a colour bar, and an example picker.

No Keras here: they take numpy arrays and draw them (DESIGN.md §5: one
``ImageItem`` per picture, fixed levels, row-major).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.i18n import translator
from deskdl.qt.data_views import mosaic
from deskdl.qt.drawing_pad import DrawingPad, ink_to_input
from deskdl.qt.eval_views import array_to_pixmap
from deskdl.qt.plot_export import add_export_button
from deskdl.qt.train._pg import pg, plot_colors, themed

_ = translator("qt.inspect.views")

#: Diverging map for signed values (weights): blue negative, white zero, red positive.
DIVERGING = "CET-D1"
#: Sequential map for non-negative values (activations, saliency).
SEQUENTIAL = "viridis"


#: Dark ink on white paper, like the Data tab and the drawing pad (high value = dark).
INK = "ink"


def colormap(name: str):
    """A pyqtgraph colour map by name (or :data:`INK`), falling back to viridis."""
    if name == INK:
        return pg.ColorMap([0.0, 1.0], [(255, 255, 255), (0, 0, 0)])
    try:
        return pg.colormap.get(name)
    except Exception:  # noqa: BLE001 - an older pyqtgraph without the CET maps
        return pg.colormap.get("viridis")


def backdrop():
    """A colour a little off the plot background (light grey on white, dark grey on black)."""
    bg, fg = plot_colors()
    return pg.mkColor(*(round(0.92 * a + 0.08 * b) for a, b in zip(bg.getRgb()[:3], fg.getRgb()[:3])))


def tile_grid(tiles: np.ndarray, cols: int | None = None, pad: int = 1) -> np.ndarray:
    """``(N, h, w)`` tiles into one array with NaN (transparent) gaps, values unchanged."""
    t = np.asarray(tiles, np.float32)
    n = len(t)
    cols = cols or max(1, min(n, int(np.ceil(np.sqrt(n * 1.5)))))
    return mosaic(t, cols, pad=pad, background=np.nan, scale=False)


class ImagePlot(QWidget):
    """One picture in a plot: fixed levels, optional colour bar legend, optional axes."""

    def __init__(self, title: str = "", cmap: str = DIVERGING, colorbar: bool = True, axes: bool = False,
                 invert_y: bool = True, lock_aspect: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pw = themed(pg.GraphicsLayoutWidget())  # follows the light/dark palette
        self.export_button = add_export_button(self._pw, title.replace(" ", "-") if title else "inspect")
        self.plot = self._pw.addPlot(title=title or None)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        if not axes:
            self.plot.hideAxis("left")
            self.plot.hideAxis("bottom")
        if lock_aspect:
            self.plot.setAspectLocked(True)
        self.plot.invertY(invert_y)
        # Light grey behind the picture: white paper and white (zero) weights stay visible, and the
        # transparent gaps between tiles separate them.
        self.plot.getViewBox().setBackgroundColor(backdrop())
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(colormap(cmap))
        self.plot.addItem(self.image)
        self.colorbar = None
        if colorbar:
            self.colorbar = pg.ColorBarItem(values=(-1, 1), colorMap=colormap(cmap), interactive=False,
                                            width=12)
            self.colorbar.setImageItem(self.image)
            self._pw.addItem(self.colorbar)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._pw)
        self.array: np.ndarray | None = None
        self.levels: tuple[float, float] = (0.0, 1.0)

    def set_title(self, title: str) -> None:
        """The text above the picture."""
        self.plot.setTitle(title, size="9pt")

    def set_image(self, img: np.ndarray, levels: tuple[float, float], rect: QRectF | None = None) -> None:
        """Show ``img`` (``(h, w)`` values or ``(h, w, 3)`` RGB in 0..1) with fixed ``levels``."""
        a = np.asarray(img, np.float32)
        lo, hi = float(levels[0]), float(levels[1])
        if hi <= lo:
            hi = lo + 1e-6
        self.array, self.levels = a, (lo, hi)
        self.image.setImage(a, levels=(lo, hi), autoLevels=False)
        if self.colorbar is not None:
            self.colorbar.setLevels((lo, hi))
        self.image.setRect(rect if rect is not None else QRectF(0, 0, a.shape[1], a.shape[0]))
        self.plot.autoRange(padding=0.02)

    def clear(self) -> None:
        """Nothing to show."""
        self.array = None
        self.image.clear()


def symmetric(values: np.ndarray | Sequence[np.ndarray]) -> tuple[float, float]:
    """Levels ``(-m, m)`` with ``m`` the largest absolute value (NaN ignored)."""
    arrs = [values] if isinstance(values, np.ndarray) else list(values)
    m = max((float(np.nanmax(np.abs(a))) for a in arrs if np.size(a)), default=1.0)
    return (-m, m) if m > 0 else (-1.0, 1.0)


def to_image(x: np.ndarray) -> np.ndarray:
    """One model input as a 2-D (or RGB) picture: channel axis dropped or kept for colour."""
    a = np.asarray(x, np.float32)
    if a.ndim == 1:
        side = int(round(np.sqrt(a.size)))
        return a.reshape(side, side) if side * side == a.size else a[None]
    if a.ndim == 3 and a.shape[-1] == 1:
        return a[..., 0]
    if a.ndim == 3 and a.shape[-1] != 3:
        return a.mean(axis=-1)
    return a


class ExamplePicker(QWidget):
    """Choose one test example by number, or draw one; emits ``changed`` with a new input."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = QSpinBox()
        self.index.setPrefix(_("test example #"))
        self.index.setToolTip(_("Which example of the test set (data the model never trained on)"))
        self.label = QLabel("")
        self.draw = QCheckBox(_("Draw my own"))
        self.clear_button = QPushButton(_("Clear"))
        self.pad = DrawingPad(size=160)
        self.pad.setMaximumSize(180, 180)
        self.preview = QLabel()
        self.preview.setFixedSize(72, 72)
        self.preview.setStyleSheet("border: 1px solid #999; background: white;")
        self.preview.setToolTip(_("What the model sees"))
        row = QHBoxLayout()
        row.addWidget(self.index)
        row.addWidget(self.draw)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.pad)
        body.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        body.addWidget(self.label, 1, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addLayout(body)
        self.label.setWordWrap(True)
        self._x: np.ndarray | None = None
        self._y: np.ndarray | None = None
        self._names: list[str] = []
        self._shape: tuple | None = None
        self._max = 1.0
        self._drawable = False
        self.index.valueChanged.connect(self._on_changed)
        self.draw.toggled.connect(self._on_draw_toggled)
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.drawing_changed.connect(self._on_changed)
        self._on_draw_toggled(False)

    def set_examples(self, x: np.ndarray, y: np.ndarray | None, class_names: Sequence[str],
                     input_shape: tuple, max_value: float = 1.0) -> None:
        """The test examples to choose from, and what a drawing must become."""
        self._x, self._y = np.asarray(x), (None if y is None else np.asarray(y))
        self._names, self._shape, self._max = list(class_names), tuple(input_shape), float(max_value or 1.0)
        self.index.blockSignals(True)
        self.index.setRange(0, max(len(self._x) - 1, 0))
        self.index.blockSignals(False)
        try:
            ink_to_input(np.zeros((4, 4)), self._shape)
            self._drawable = len(self._shape) != 1 or self._shape[0] >= 16
        except ValueError:
            self._drawable = False
        self.draw.setEnabled(self._drawable)
        if not self._drawable:
            self.draw.setChecked(False)
        self._on_changed()

    @Slot(bool)
    def _on_draw_toggled(self, on: bool) -> None:
        self.pad.setVisible(on)
        self.clear_button.setVisible(on)
        self.index.setEnabled(not on)
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        x = self.current()
        if x is not None:
            self.preview.setPixmap(array_to_pixmap(to_image(x), 72, vmax=self._max))
        if self.draw.isChecked():
            self.label.setText(_("Your drawing"))
        elif self._y is not None and len(self._y):
            c = int(np.asarray(self._y)[self.index.value()])
            name = self._names[c] if 0 <= c < len(self._names) else str(c)
            self.label.setText(_("True class: {name}").format(name=name))
        self.changed.emit()

    def current(self) -> np.ndarray | None:
        """The chosen input (model input shape, no batch axis), or None."""
        if self._x is None or self._shape is None or not len(self._x):
            return None
        if self.draw.isChecked():
            if self.pad.is_empty():
                return None
            return ink_to_input(self.pad.ink(), self._shape, max_value=self._max)[0]
        return np.asarray(self._x[self.index.value()], np.float32)


__all__ = ["DIVERGING", "INK", "SEQUENTIAL", "ExamplePicker", "ImagePlot", "colormap", "symmetric",
           "tile_grid", "to_image"]
