"""Minimap: a small overview of the whole graph with the visible area framed; click or drag to pan."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QGraphicsView

from deskdl.qt.canvas.theme import mix, with_alpha


class Minimap(QGraphicsView):
    """Shows the same scene as ``main`` at a glance; shown by the editor when the graph does not fit."""

    def __init__(self, main: QGraphicsView, parent=None) -> None:
        super().__init__(main.scene(), parent)
        self.main = main
        self.setInteractive(False)
        self.setRenderHints(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Overview: click or drag to look at another part of the model")
        self.setFixedSize(210, 140)
        self._dragging = False

    def refit(self) -> None:
        """Scale so every card fits, with a little air."""
        scene = self.scene()
        if scene is None:
            return
        rect = self._content_rect()
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        self.viewport().update()

    def _content_rect(self) -> QRectF:
        scene = self.scene()
        items = getattr(scene, "node_items", None)
        if items is None:
            return scene.itemsBoundingRect()
        rect = QRectF()
        for item in items().values():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: D102
        theme = self.scene().theme
        painter.fillRect(rect, mix(theme.canvas, theme.card, 0.5))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: D102
        theme = self.scene().theme
        visible = self.main.visible_scene_rect()
        outside = QPainterPath()
        outside.addRect(self.mapToScene(self.viewport().rect()).boundingRect().adjusted(-5, -5, 5, 5))
        inside = QPainterPath()
        inside.addRect(visible)
        painter.fillPath(outside.subtracted(inside), with_alpha(theme.text, 0.08))
        pen = QPen(theme.selection, 1.5)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(visible)
        # A frame around the whole minimap, in viewport pixels.
        painter.save()
        painter.resetTransform()
        frame = QPen(theme.card_border, 1)
        painter.setPen(frame)
        painter.drawRect(QRectF(self.viewport().rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.restore()

    def _pan_to(self, pos: QPointF) -> None:
        self.main.centerOn(self.mapToScene(pos.toPoint()))
        self.viewport().update()

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
