"""Minimap: a small overview of the whole graph with the visible area framed; click or drag to pan.

The overview is a cached picture of the scene, re-rendered at most a few times a
second after the graph changes, so editing a big model does not pay for drawing
it twice. Only the frame of the visible area is painted live.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsView, QWidget

from deskdl.core.i18n import translator
from deskdl.qt.canvas.theme import mix, with_alpha

_ = translator("qt.canvas.minimap")

REFRESH_MS = 150
#: Above this many cards the overview draws plain blocks instead of rendering the scene.
BIG_SCENE = 300


class Minimap(QWidget):
    """Overview of ``main``'s scene; the editor shows it when the graph does not fit the view."""

    def __init__(self, main: QGraphicsView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.setFixedSize(QSize(210, 140))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(_("Overview: click or drag to look at another part of the model"))
        self._pixmap = QPixmap()
        self._source = QRectF()  # scene rect the picture shows
        self._target = QRectF()  # where it sits in the widget
        self._dragging = False
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.render_now)

    # ---------------------------------------------------------------- content
    def refit(self) -> None:
        """The graph changed: re-render soon (coalesces bursts of edits)."""
        self._stale = True
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event) -> None:  # noqa: D102
        super().showEvent(event)
        if self._stale:
            self.render_now()

    def _content_rect(self) -> QRectF:
        scene = self.main.scene()
        items = getattr(scene, "node_items", None)
        if items is None:
            return scene.itemsBoundingRect()
        rect = QRectF()
        for item in items().values():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def render_now(self) -> None:
        """Draw the scene into the cached picture."""
        self._timer.stop()
        self._stale = False
        scene = self.main.scene()
        rect = self._content_rect()
        dpr = self.devicePixelRatioF()
        size = self.size()
        pixmap = QPixmap(round(size.width() * dpr), round(size.height() * dpr))
        pixmap.setDevicePixelRatio(dpr)
        theme = scene.theme
        pixmap.fill(mix(theme.canvas, theme.card, 0.5))
        self._pixmap = pixmap
        if rect.isEmpty():
            self._source = QRectF()
            self.update()
            return
        source = rect.adjusted(-40, -40, 40, 40)
        pad = 6.0
        avail = QRectF(pad, pad, size.width() - 2 * pad, size.height() - 2 * pad)
        scale = min(avail.width() / source.width(), avail.height() / source.height())
        w, h = source.width() * scale, source.height() * scale
        target = QRectF(avail.center().x() - w / 2, avail.center().y() - h / 2, w, h)
        painter = QPainter(pixmap)
        cards = getattr(scene, "node_items", None)
        cards = cards() if cards is not None else {}
        if len(cards) > BIG_SCENE:
            self._draw_blocks(painter, cards.values(), source, target)
        else:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
        self._source, self._target = source, target
        self.update()

    def _draw_blocks(self, painter: QPainter, cards, source: QRectF, target: QRectF) -> None:
        """Each card as a small block of its colour (red or amber with a problem), links left out.

        At the scale of an overview of hundreds of cards a link is a pixel or less; drawing
        the scene itself for 1000 layers took about 100 ms on every refresh.
        """
        theme = self.main.scene().theme
        sx, sy = target.width() / source.width(), target.height() / source.height()
        painter.setPen(Qt.PenStyle.NoPen)
        for item in cards:
            r = item.sceneBoundingRect()
            look = getattr(item, "look", None)
            sev = getattr(look, "severity", None)
            color = {"error": theme.error, "warning": theme.warning}.get(sev or "")
            if color is None:
                color = mix(theme.card, getattr(item, "accent", theme.card_border), 0.45)
            painter.fillRect(QRectF(target.left() + (r.left() - source.left()) * sx,
                                    target.top() + (r.top() - source.top()) * sy,
                                    max(r.width() * sx, 1.0), max(r.height() * sy, 1.0)), color)

    # ---------------------------------------------------------------- mapping
    def _to_widget(self, rect: QRectF) -> QRectF:
        s, t = self._source, self._target
        sx, sy = t.width() / s.width(), t.height() / s.height()
        return QRectF(t.left() + (rect.left() - s.left()) * sx, t.top() + (rect.top() - s.top()) * sy,
                      rect.width() * sx, rect.height() * sy)

    def _to_scene(self, pos: QPointF) -> QPointF:
        s, t = self._source, self._target
        return QPointF(s.left() + (pos.x() - t.left()) * s.width() / t.width(),
                       s.top() + (pos.y() - t.top()) * s.height() / t.height())

    # ---------------------------------------------------------------- painting
    def paintEvent(self, event) -> None:  # noqa: D102
        theme = self.main.scene().theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.drawPixmap(0, 0, self._pixmap)
        if not self._source.isEmpty():
            frame = self._to_widget(self.main.visible_scene_rect()).intersected(QRectF(self.rect()))
            outside = QPainterPath()
            outside.addRect(QRectF(self.rect()))
            inside = QPainterPath()
            inside.addRect(frame)
            painter.fillPath(outside.subtracted(inside), with_alpha(theme.text, 0.07))
            painter.setPen(QPen(theme.selection, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(frame.adjusted(0.75, 0.75, -0.75, -0.75))
        painter.setPen(QPen(theme.card_border, 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    # ---------------------------------------------------------------- panning
    def _pan_to(self, pos: QPointF) -> None:
        if self._source.isEmpty():
            return
        self.main.centerOn(self._to_scene(pos))
        self.main.navigated.emit()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if event.button() == Qt.MouseButton.LeftButton:
            self._dragging = True
            self._pan_to(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if self._dragging:
            self._pan_to(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        self._dragging = False
        event.accept()

    def wheelEvent(self, event) -> None:  # noqa: D102
        event.ignore()
