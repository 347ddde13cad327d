"""GraphView: the zoomable, pannable window onto a GraphScene, with a dot-grid background."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView

from deskdl.core.i18n import N_, translator
from deskdl.qt.canvas.theme import with_alpha

_ = translator("qt.canvas.view")

MIN_ZOOM = 0.15
MAX_ZOOM = 3.0
ZOOM_STEP = 1.2
GRID = 22.0

EMPTY_HINT = N_("Drag a layer from the palette onto the canvas to start,\n"
                "or double-click one to add it here.")


class GraphView(QGraphicsView):
    """A view with ctrl+wheel zoom, middle- or space-drag panning and rubber-band selection."""

    zoom_changed = Signal(float)
    viewport_changed = Signal()
    #: The learner zoomed or panned by hand (the editor then stops re-fitting on resize).
    navigated = Signal()

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPointF | None = None
        self._space = False
        self._tile = QPixmap()
        self._tile_key = None
        self.empty_hint = _(EMPTY_HINT)
        self.horizontalScrollBar().valueChanged.connect(self.viewport_changed)
        self.verticalScrollBar().valueChanged.connect(self.viewport_changed)

    # ------------------------------------------------------------------ zoom
    def zoom(self) -> float:
        """The current scale (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, value: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``value`` (clamped), keeping the scene point under ``anchor`` (viewport px) still."""
        value = max(MIN_ZOOM, min(MAX_ZOOM, value))
        factor = value / self.zoom()
        if abs(factor - 1.0) < 1e-6:
            return
        if anchor is not None:
            before = self.mapToScene(anchor.toPoint())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(factor, factor)
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        else:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom_changed.emit(self.zoom())
        self.viewport_changed.emit()

    def zoom_in(self) -> None:
        """One step closer, around the view centre."""
        self.set_zoom(self.zoom() * ZOOM_STEP)
        self.navigated.emit()

    def zoom_out(self) -> None:
        """One step further away, around the view centre."""
        self.set_zoom(self.zoom() / ZOOM_STEP)
        self.navigated.emit()

    #: Free pixels kept around a fitted model (left, top, right, bottom); the bottom one
    #: keeps the cards clear of the zoom bar in the lower left corner.
    FIT_MARGINS = (20.0, 20.0, 20.0, 52.0)

    def fit_zoom(self, width: float, height: float, max_zoom: float = 1.0, floor: float = MIN_ZOOM) -> float:
        """The zoom at which a ``width`` x ``height`` scene area fits the viewport (capped).

        ``floor=0`` gives the exact zoom below the view's least one, to compare two layouts
        that both need less (a 240-layer model in one row or folded into rows).
        """
        left, top, right, bottom = self.FIT_MARGINS
        vp = self.viewport().rect()
        sx = (vp.width() - left - right) / max(width, 1.0)
        sy = (vp.height() - top - bottom) / max(height, 1.0)
        return max(floor, min(max_zoom, sx, sy))

    def fit_rect(self, rect: QRectF, max_zoom: float = 1.0, min_zoom: float | None = None) -> None:
        """Show ``rect`` whole, never magnifying past ``max_zoom`` (small graphs stay life-size).

        With ``min_zoom``, never shrink below it either (cards stay readable); a
        model that is then too big is shown from its start (left or top edge).
        """
        if rect.isEmpty():
            self.resetTransform()
            self.centerOn(0, 0)
        else:
            left, top, right, bottom = self.FIT_MARGINS
            vp = self.viewport().rect()
            scale = self.fit_zoom(rect.width(), rect.height(), max_zoom)
            floor = max(MIN_ZOOM, min_zoom or 0.0)
            clamped = scale < floor
            scale = max(scale, floor)
            self.resetTransform()
            self.scale(scale, scale)
            # The centre of the free area (margins differ per side) sits on the rect's centre.
            center = rect.center() + QPointF((right - left) / 2 / scale, (bottom - top) / 2 / scale)
            if clamped:  # too big to show whole at a readable size: start where the data enters
                half_w = (vp.width() / scale) / 2 - left / scale
                half_h = (vp.height() / scale) / 2 - top / scale
                wide = rect.width() * scale > vp.width() - left - right
                tall = rect.height() * scale > vp.height() - top - bottom
                if not wide and not tall:  # (rounding) the longer side decides, as before
                    wide = rect.width() / max(rect.height(), 1.0) >= vp.width() / max(vp.height(), 1.0)
                    tall = not wide
                if wide:
                    center.setX(rect.left() + half_w)
                if tall:  # too big both ways (a big model folded into rows): its top-left corner
                    center.setY(rect.top() + half_h)
            self.centerOn(center)
        self.zoom_changed.emit(self.zoom())
        self.viewport_changed.emit()

    def visible_scene_rect(self) -> QRectF:
        """The part of the scene shown now."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: D102
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y() or event.angleDelta().x()
            if delta:
                self.set_zoom(self.zoom() * math.pow(ZOOM_STEP, delta / 120.0), event.position())
                self.navigated.emit()
            event.accept()
            return
        super().wheelEvent(event)
        self.navigated.emit()

    # ------------------------------------------------------------------- pan
    def _pan_by(self, delta: QPointF) -> None:
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() - round(delta.x()))
        v.setValue(v.value() - round(delta.y()))
        self.navigated.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if self._pan_from is not None:
            self._pan_by(event.position() - self._pan_from)
            self._pan_from = event.position()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: D102
        if self._pan_from is not None and event.button() in (Qt.MouseButton.MiddleButton,
                                                              Qt.MouseButton.LeftButton):
            self._pan_from = None
            cursor = Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor
            self.viewport().setCursor(cursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: D102
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.scene() is not None:
            scene = self.scene()
            if getattr(scene, "dragging_link", False):
                scene._cancel_drag()
                event.accept()
                return
            if getattr(scene, "scope", None) is not None:  # back from an open group to the whole model
                scene.set_scope(None)
                event.accept()
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: D102
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: D102
        super().scrollContentsBy(dx, dy)
        self.viewport_changed.emit()

    def resizeEvent(self, event) -> None:  # noqa: D102
        super().resizeEvent(event)
        self.viewport_changed.emit()

    # --------------------------------------------------------------- drawing
    def _dot_tile(self, spacing: float, color) -> QPixmap:
        """One grid cell with a dot in its middle, cached per spacing, colour and pixel ratio."""
        dpr = self.devicePixelRatioF()
        key = (round(spacing * dpr), color.rgba(), dpr)
        if self._tile_key != key:
            n = max(key[0], 2)
            tile = QPixmap(n, n)
            tile.setDevicePixelRatio(dpr)
            tile.fill(Qt.GlobalColor.transparent)
            p = QPainter(tile)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            c = n / dpr / 2
            p.drawEllipse(QPointF(c, c), 1.15, 1.15)
            p.end()
            self._tile, self._tile_key = tile, key
        return self._tile

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: D102
        theme = self.scene().theme
        painter.fillRect(rect, theme.canvas)
        zoom = self.zoom()
        step = GRID
        while step * zoom < 14:  # keep dots at least 14 px apart on screen
            step *= 2
        tile = self._dot_tile(step * zoom, theme.dots)
        # Paint in viewport pixels with a tiled brush: the same crisp dot at every zoom,
        # and about a millisecond for a full repaint (drawing each dot costs ~20 ms).
        painter.save()
        area = self.mapFromScene(rect).boundingRect()
        origin = QPointF(self.mapFromScene(QPointF(0, 0)))
        half = tile.width() / tile.devicePixelRatio() / 2
        painter.resetTransform()
        painter.setBrushOrigin(origin - QPointF(half, half))
        painter.fillRect(area, QBrush(tile))
        painter.restore()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: D102
        scene = self.scene()
        if scene is None or getattr(scene, "graph", None) is None or len(scene.graph) > 0:
            return
        theme = scene.theme
        painter.save()
        painter.resetTransform()
        vp = QRectF(self.viewport().rect())
        font = theme.body_font
        font.setPointSizeF(font.pointSizeF() + 1.5)
        fm = QFontMetricsF(font)
        lines = self.empty_hint.split("\n")
        h = fm.height() * len(lines) + 28
        w = max(fm.horizontalAdvance(line) for line in lines) + 44
        box = QRectF(vp.center().x() - w / 2, vp.center().y() - h / 2, w, h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = painter.pen()
        pen.setColor(with_alpha(theme.muted, 0.6))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(1.3)
        painter.setPen(pen)
        painter.setBrush(with_alpha(theme.card, 0.7))
        painter.drawRoundedRect(box, 12, 12)
        painter.setFont(font)
        painter.setPen(theme.muted)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.empty_hint)
        painter.restore()
