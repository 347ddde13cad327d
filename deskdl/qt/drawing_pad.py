"""A pad where the learner draws a digit or shape with the mouse, and its model-ready array.

The drawing is kept as ink intensity (0 = paper, 255 = ink) in a grayscale
QImage. :func:`ink_to_input` crops it to the ink, centres it in a square and
area-averages it down to the model's input size (e.g. 8x8 scaled 0..16 for the
UCI digits, 28x28 scaled 0..1 for shapes), the way those data sets were made.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def _area_matrix(n_out: int, n_in: int) -> np.ndarray:
    """``(n_out, n_in)`` weights: the share of each input cell inside each output cell."""
    edges_out = np.linspace(0.0, n_in, n_out + 1)
    m = np.zeros((n_out, n_in), dtype=np.float64)
    for i in range(n_out):
        a, b = edges_out[i], edges_out[i + 1]
        j0, j1 = int(math.floor(a)), int(math.ceil(b))
        for j in range(j0, min(j1, n_in)):
            m[i, j] = max(0.0, min(b, j + 1) - max(a, j))
        m[i] /= b - a
    return m


def area_resize(img: np.ndarray, height: int, width: int) -> np.ndarray:
    """Exact area-averaging resize of a 2-D array (no interpolation artefacts)."""
    a = np.asarray(img, dtype=np.float64)
    return _area_matrix(height, a.shape[0]) @ a @ _area_matrix(width, a.shape[1]).T


def input_hw(input_shape: Sequence[int | None]) -> tuple[int, int, int | None]:
    """``(height, width, channels)`` of an image-like model input without batch dimension.

    A flat input of ``n`` values is taken as a square ``sqrt(n) x sqrt(n)`` image with no channel axis.
    """
    shape = tuple(int(s) for s in input_shape if s is not None)
    if len(shape) == 1:
        side = int(round(math.sqrt(shape[0])))
        if side * side != shape[0]:
            raise ValueError(f"an input of {shape[0]} values is not a square image")
        return side, side, None
    if len(shape) == 2:
        return shape[0], shape[1], None
    if len(shape) == 3:
        return shape[0], shape[1], shape[2]
    raise ValueError(f"cannot draw an input of shape {shape}")


#: Share of the picture a data set's objects fill (the drawing is scaled to match). The UCI 8x8 digits
#: fill their whole frame (their 32x32 scans were size-normalised); MNIST digits sit in a 20x20 box
#: inside 28x28. Measured on the digits test set drawn as thick ink at pad size: a trained CNN reads
#: 94 % of them right with 1.0, 44 % with the old 0.8.
FILL_BY_DATASET = {"digits": 1.0, "mnist": 20 / 28}
DEFAULT_FILL = 0.8


def fill_for(dataset_id: str) -> float:
    """How much of the model's input square a drawing should cover for ``dataset_id``."""
    return FILL_BY_DATASET.get(str(dataset_id), DEFAULT_FILL)


def ink_to_input(ink: np.ndarray, input_shape: Sequence[int | None], *, max_value: float = 1.0,
                 fill: float = 0.8) -> np.ndarray:
    """Turn a drawing into one model input of shape ``(1, *input_shape)``.

    Args:
        ink: 2-D array, 0 = paper, 255 = ink.
        input_shape: the model input shape without batch dimension, e.g. ``(64,)``, ``(8, 8)``,
            ``(28, 28, 1)``.
        max_value: what full ink means for this data set (16 for UCI digits, 1 for most).
        fill: share of the output square the drawing's longer side should cover.
    """
    h, w, ch = input_hw(input_shape)
    a = np.asarray(ink, dtype=np.float64) / 255.0
    out = np.zeros((h, w), dtype=np.float64)
    rows, cols = np.nonzero(a > 0.05)
    if len(rows):
        a = a[rows.min(): rows.max() + 1, cols.min(): cols.max() + 1]
        side = max(a.shape)
        sq = np.zeros((side, side))
        r0, c0 = (side - a.shape[0]) // 2, (side - a.shape[1]) // 2
        sq[r0: r0 + a.shape[0], c0: c0 + a.shape[1]] = a
        th, tw = max(1, round(h * fill)), max(1, round(w * fill))
        small = area_resize(sq, th, tw)
        oy, ox = (h - th) // 2, (w - tw) // 2
        out[oy: oy + th, ox: ox + tw] = small
        peak = out.max()
        if peak > 0:
            out = out / peak  # strokes are thin at full size; their strongest cell counts as full ink
    out = np.clip(out, 0.0, 1.0) * max_value
    shaped = out if ch is None else np.repeat(out[..., None], ch, axis=-1)
    return shaped.reshape((1, *tuple(int(s) for s in input_shape if s is not None))).astype(np.float32)


class DrawingPad(QWidget):
    """Draw with the left mouse button; ``drawing_changed`` fires (throttled) while drawing."""

    drawing_changed = Signal()

    def __init__(self, parent: QWidget | None = None, size: int = 224) -> None:
        super().__init__(parent)
        self._image = QImage(size, size, QImage.Format.Format_Grayscale8)
        self._image.fill(0)
        self._last: QPointF | None = None
        self.brush_width = size / 12
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip("Draw here with the mouse. The model sees a shrunken copy (shown beside).")
        self._emit_timer = QTimer(self)
        self._emit_timer.setSingleShot(True)
        self._emit_timer.setInterval(60)
        self._emit_timer.timeout.connect(self.drawing_changed)

    def heightForWidth(self, w: int) -> int:  # noqa: N802 (Qt override)
        """Keep the pad square."""
        return w

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        """Keep the pad square."""
        return True

    # ---------------------------------------------------------------- content
    def clear(self) -> None:
        """Wipe the pad."""
        self._image.fill(0)
        self.update()
        self.drawing_changed.emit()

    def ink(self) -> np.ndarray:
        """The drawing as a ``(size, size)`` uint8 array (0 paper, 255 ink)."""
        img = self._image
        ptr = img.constBits()
        arr = np.frombuffer(ptr, dtype=np.uint8, count=img.sizeInBytes()).reshape(
            img.height(), img.bytesPerLine())
        return arr[:, : img.width()].copy()

    def is_empty(self) -> bool:
        """True when nothing is drawn."""
        return not self.ink().any()

    def stroke(self, points: Sequence[tuple[float, float]]) -> None:
        """Draw a polyline in pad coordinates 0..1 (for tests and demos)."""
        s = self._image.width()
        pts = [QPointF(x * s, y * s) for x, y in points]
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen())
        for a, b in zip(pts, pts[1:]):
            painter.drawLine(a, b)
        if len(pts) == 1:
            painter.drawPoint(pts[0])
        painter.end()
        self.update()
        self.drawing_changed.emit()

    def _pen(self) -> QPen:
        pen = QPen(QColor(255, 255, 255), self.brush_width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    # ----------------------------------------------------------------- events
    def _to_image(self, pos: QPointF) -> QPointF:
        r = self._target_rect()
        s = self._image.width()
        return QPointF((pos.x() - r.x()) * s / r.width(), (pos.y() - r.y()) * s / r.height())

    def _target_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Start a stroke."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = self._to_image(event.position())
            self._draw_to(self._last)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Continue the stroke."""
        if self._last is not None:
            self._draw_to(self._to_image(event.position()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """End the stroke and announce the new drawing."""
        self._last = None
        self.drawing_changed.emit()

    def _draw_to(self, p: QPointF) -> None:
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen())
        painter.drawLine(self._last or p, p)
        painter.end()
        self._last = p
        self.update()
        if not self._emit_timer.isActive():
            self._emit_timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        """Show dark ink on white paper."""
        painter = QPainter(self)
        r = self._target_rect()
        # The model still gets ink = high values.
        view = self._image.copy()
        view.invertPixels()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(r, view)
        painter.setPen(QPen(QColor("#888"), 1))
        painter.drawRect(r.adjusted(0, 0, -1, -1))
        painter.end()
