"""Small icons painted with QPainter: layer badges and problem severities (no image files)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from deskdl.qt.canvas.theme import CanvasTheme


def abbreviation(name: str) -> str:
    """Two characters that stand for a layer class: Dense -> De, Conv2D -> C2, LSTM -> LS."""
    marks = [c for c in name if c.isupper() or c.isdigit()]
    if len(marks) >= 2:
        return "".join(marks[:2])
    return name[:2]


def _pixmap(size: int) -> QPixmap:
    pm = QPixmap(size * 2, size * 2)
    pm.setDevicePixelRatio(2.0)
    pm.fill(Qt.GlobalColor.transparent)
    return pm


@lru_cache(maxsize=256)
def _layer_icon(name: str, rgb: int, size: int) -> QIcon:
    pm = _pixmap(size)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor.fromRgb(rgb)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 4, 4)
    font = QFont()
    font.setPixelSize(int(size * 0.5))
    font.setWeight(QFont.Weight.Bold)
    p.setFont(font)
    p.setPen(QColor("#ffffff"))
    p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, abbreviation(name))
    p.end()
    return QIcon(pm)


def layer_icon(name: str, category: str, size: int = 20) -> QIcon:
    """A rounded badge in the category's colour (the canvas uses the same colours)."""
    color = CanvasTheme.from_palette().category_color(category)
    return _layer_icon(name, color.rgb(), size)


@lru_cache(maxsize=16)
def _severity_icon(severity: str, size: int) -> QIcon:
    pm = _pixmap(size)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    white = QPen(QColor("#ffffff"), max(1.6, size / 9))
    white.setCapStyle(Qt.PenCapStyle.RoundCap)
    s = float(size)
    if severity == "error":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#e5484d"))
        p.drawEllipse(QRectF(1, 1, s - 2, s - 2))
        p.setPen(white)
        m = s * 0.32
        p.drawLine(QPointF(m, m), QPointF(s - m, s - m))
        p.drawLine(QPointF(s - m, m), QPointF(m, s - m))
    elif severity == "warning":
        path = QPainterPath()
        path.moveTo(s / 2, 1)
        path.lineTo(s - 1, s - 1.5)
        path.lineTo(1, s - 1.5)
        path.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#f0a020"))
        p.drawPath(path)
        p.setPen(white)
        p.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.62))
        p.drawPoint(QPointF(s / 2, s * 0.78))
    else:  # ok / info
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#2da44e"))
        p.drawEllipse(QRectF(1, 1, s - 2, s - 2))
        p.setPen(white)
        p.drawLine(QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68))
        p.drawLine(QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.34))
    p.end()
    return QIcon(pm)


def severity_icon(severity: str, size: int = 16) -> QIcon:
    """A red cross for errors, an amber triangle for warnings, a green tick otherwise."""
    return _severity_icon(severity, size)
