"""Canvas colours and fonts, derived from the application palette (light or dark)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

#: One hue per catalog category (degrees on the colour wheel), stable across sessions.
CATEGORY_HUES = {
    "Core": 212,
    "Convolution": 268,
    "Pooling": 184,
    "Sequence": 28,
    "Merge": 140,
    "Preprocessing": 48,
    "Generative": 330,
    "Pretrained": 95,
}


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` blended towards ``b`` by ``t`` (0 = a, 1 = b)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        a.alphaF() + (b.alphaF() - a.alphaF()) * t,
    )


def with_alpha(color: QColor, alpha: float) -> QColor:
    """A copy of ``color`` with alpha ``alpha`` (0..1)."""
    c = QColor(color)
    c.setAlphaF(alpha)
    return c


@dataclass
class CanvasTheme:
    """Every colour and font the canvas paints with; rebuilt when the palette changes."""

    dark: bool
    canvas: QColor
    dots: QColor
    card: QColor
    card_border: QColor
    shadow: QColor
    text: QColor
    muted: QColor
    edge: QColor
    selection: QColor
    error: QColor
    warning: QColor
    valid: QColor
    title_font: QFont
    body_font: QFont
    small_font: QFont

    @classmethod
    def from_palette(cls, palette: QPalette | None = None, font: QFont | None = None) -> CanvasTheme:
        """Colours that sit well on ``palette`` (the application palette by default)."""
        app = QApplication.instance()
        palette = palette or (app.palette() if app else QPalette())
        font = font or (app.font() if app else QFont())
        window = palette.color(QPalette.ColorRole.Window)
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        dark = window.lightness() < 128
        if dark:
            canvas = window.darker(118)
            card = mix(window, text, 0.07)
            shadow = QColor(0, 0, 0, 110)
        else:
            canvas = mix(window, base, 0.45)
            card = base
            shadow = QColor(20, 30, 50, 28)
        size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
        size = max(size, 9.0)
        title = QFont(font)
        title.setPointSizeF(size + 0.5)
        title.setWeight(QFont.Weight.DemiBold)
        body = QFont(font)
        body.setPointSizeF(size)
        small = QFont(font)
        small.setPointSizeF(max(size - 1.0, 7.5))
        return cls(
            dark=dark,
            canvas=canvas,
            dots=mix(canvas, text, 0.22 if dark else 0.2),
            card=card,
            card_border=mix(card, text, 0.22 if dark else 0.18),
            shadow=shadow,
            text=text,
            muted=mix(text, card, 0.42),
            edge=mix(text, canvas, 0.5 if dark else 0.55),
            selection=palette.color(QPalette.ColorRole.Highlight),
            error=QColor("#ff6b6b") if dark else QColor("#d93025"),
            warning=QColor("#f2b23a") if dark else QColor("#d98e04"),
            valid=QColor("#4cc67a") if dark else QColor("#1e9e4a"),
            title_font=title,
            body_font=body,
            small_font=small,
        )

    def category_color(self, category: str) -> QColor:
        """The stripe colour of a catalog category (unknown ones get a stable hashed hue)."""
        hue = CATEGORY_HUES.get(category)
        if hue is None:
            hue = zlib.crc32(category.encode()) % 360
        if self.dark:
            return QColor.fromHsl(hue, 150, 150)
        return QColor.fromHsl(hue, 170, 120)
