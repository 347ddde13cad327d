"""Application look: Fusion style, a light and a dark palette, a few stylesheet touches.

``"system"`` follows the desktop's colour scheme (``QStyleHints.colorScheme``,
Qt 6.5+) and keeps following it while the app runs. Widgets that paint
themselves (the canvas, icons) read the application palette, so they follow too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from deskdl.core.i18n import N_

THEMES = ("system", "light", "dark")
#: Shown in View > Theme (marked here, translated where shown: ``tr("qt.theme", label)``).
THEME_LABELS = {"system": N_("Follow system"), "light": N_("Light"), "dark": N_("Dark")}

_state = {"mode": "system", "hooked": False}

#: Accent (selection, focus) shared by both palettes.
ACCENT = "#3b82f6"
ERROR_LIGHT, ERROR_DARK = "#d93025", "#ff6b6b"


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark scheme (False when it cannot tell)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is None:  # pragma: no cover - Qt < 6.5
        return False
    return scheme() == Qt.ColorScheme.Dark


def current_mode() -> str:
    """The requested mode: ``system``, ``light`` or ``dark``."""
    return _state["mode"]


def is_dark() -> bool:
    """Whether the palette in use is the dark one."""
    app = QApplication.instance()
    if app is None:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_color() -> str:
    """Red for inline validation messages, readable on the current palette."""
    return ERROR_DARK if is_dark() else ERROR_LIGHT


def _light_palette() -> QPalette:
    p = QPalette()
    c = QColor
    roles = {
        QPalette.ColorRole.Window: c("#f4f5f7"),
        QPalette.ColorRole.WindowText: c("#1f2328"),
        QPalette.ColorRole.Base: c("#ffffff"),
        QPalette.ColorRole.AlternateBase: c("#f6f8fa"),
        QPalette.ColorRole.ToolTipBase: c("#ffffff"),
        QPalette.ColorRole.ToolTipText: c("#1f2328"),
        QPalette.ColorRole.PlaceholderText: c("#8c959f"),
        QPalette.ColorRole.Text: c("#1f2328"),
        QPalette.ColorRole.Button: c("#fbfbfc"),
        QPalette.ColorRole.ButtonText: c("#1f2328"),
        QPalette.ColorRole.BrightText: c("#d93025"),
        QPalette.ColorRole.Highlight: c(ACCENT),
        QPalette.ColorRole.HighlightedText: c("#ffffff"),
        QPalette.ColorRole.Link: c("#0b63ce"),
        QPalette.ColorRole.Light: c("#ffffff"),
        QPalette.ColorRole.Midlight: c("#e8eaed"),
        QPalette.ColorRole.Mid: c("#c9ced6"),
        QPalette.ColorRole.Dark: c("#a3aab4"),
        QPalette.ColorRole.Shadow: c("#6e7781"),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, c("#9aa1aa"))
    return p


def _dark_palette() -> QPalette:
    p = QPalette()
    c = QColor
    roles = {
        QPalette.ColorRole.Window: c("#23262b"),
        QPalette.ColorRole.WindowText: c("#e6e8eb"),
        QPalette.ColorRole.Base: c("#1b1d21"),
        QPalette.ColorRole.AlternateBase: c("#25282d"),
        QPalette.ColorRole.ToolTipBase: c("#2d3036"),
        QPalette.ColorRole.ToolTipText: c("#e6e8eb"),
        QPalette.ColorRole.PlaceholderText: c("#7d848e"),
        QPalette.ColorRole.Text: c("#e6e8eb"),
        QPalette.ColorRole.Button: c("#2d3036"),
        QPalette.ColorRole.ButtonText: c("#e6e8eb"),
        QPalette.ColorRole.BrightText: c("#ff6b6b"),
        QPalette.ColorRole.Highlight: c(ACCENT),
        QPalette.ColorRole.HighlightedText: c("#ffffff"),
        QPalette.ColorRole.Link: c("#6cb0ff"),
        QPalette.ColorRole.Light: c("#3a3e45"),
        QPalette.ColorRole.Midlight: c("#32363c"),
        QPalette.ColorRole.Mid: c("#454a52"),
        QPalette.ColorRole.Dark: c("#15171a"),
        QPalette.ColorRole.Shadow: c("#000000"),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, c("#6b7079"))
    return p


def _stylesheet(dark: bool) -> str:
    border = "#3a3e45" if dark else "#d5d9df"
    header = "#2a2d32" if dark else "#eceef1"
    muted = "#9aa1aa" if dark else "#6e7781"
    error = ERROR_DARK if dark else ERROR_LIGHT
    warning = "#f2b23a" if dark else "#8a5a00"
    tab_sel = "#1b1d21" if dark else "#ffffff"
    return f"""
QMainWindow::separator {{ background: {border}; width: 1px; height: 1px; }}
QDockWidget {{ titlebar-close-icon: none; }}
QDockWidget::title {{
    background: {header}; padding: 5px 8px; border-bottom: 1px solid {border};
    text-align: left; font-weight: 600;
}}
QTabWidget::pane {{ border: 1px solid {border}; top: -1px; }}
QTabBar::tab {{
    padding: 5px 14px; border: 1px solid transparent; border-bottom: none;
    margin-right: 2px; color: {muted};
}}
QTabBar::tab:selected {{
    background: {tab_sel}; border-color: {border}; border-top: 2px solid {ACCENT};
    color: palette(window-text); font-weight: 600;
}}
QTabBar::tab:hover:!selected {{ color: palette(window-text); }}
QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox {{ min-height: 20px; }}
QWidget#paramEditor {{ border: 1px solid transparent; border-radius: 4px; }}
QWidget#paramEditor[invalid="true"] {{ border: 1px solid {error}; }}
QTreeView::item {{ padding: 2px 0; }}
QLabel[role="caption"] {{ color: {muted}; }}
QLabel[role="error"] {{ color: {error}; }}
QLabel[role="warning"] {{ color: {warning}; }}
QLabel[role="title"] {{ font-size: 13pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-weight: 600; color: {muted}; }}
QStatusBar {{ border-top: 1px solid {border}; }}
QStatusBar QLabel {{ padding: 0 6px; }}
QTreeView, QListView, QTableView, QPlainTextEdit {{ border: 1px solid {border}; }}
QHeaderView::section {{
    background: {header}; border: none; border-right: 1px solid {border};
    border-bottom: 1px solid {border}; padding: 3px 6px;
}}
QToolTip {{ border: 1px solid {border}; padding: 4px; }}
"""


def apply_theme(mode: str = "system", app: QApplication | None = None) -> str:
    """Apply ``mode`` (``system``/``light``/``dark``) and return the one in effect."""
    app = app or QApplication.instance()
    if mode not in THEMES:
        mode = "system"
    _state["mode"] = mode
    dark = system_is_dark() if mode == "system" else mode == "dark"
    # Each of these re-polishes every widget alive, so only what changes is set (a theme switch in a
    # window with many views was seconds of re-polishing).
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    palette = _dark_palette() if dark else _light_palette()
    if app.palette() != palette:
        app.setPalette(palette)
    sheet = _stylesheet(dark)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    if not _state["hooked"]:
        hints = QGuiApplication.styleHints()
        signal = getattr(hints, "colorSchemeChanged", None)
        if signal is not None:
            signal.connect(_on_color_scheme_changed)
        _state["hooked"] = True
    return "dark" if dark else "light"


def _on_color_scheme_changed(*_args: object) -> None:
    if _state["mode"] == "system" and QApplication.instance() is not None:
        apply_theme("system")
