"""A visible "Save plot" button for every pyqtgraph plot: PNG, SVG or CSV.

pyqtgraph hides its exporters in the right-click menu of a plot, where a
learner does not look. :func:`add_export_button` puts a small button in the
top-right corner of a plot widget (the same place on every plot of the app)
whose menu saves the picture as PNG or SVG, or the numbers behind it as CSV,
with pyqtgraph's own exporters (``ImageExporter``, ``SVGExporter``,
``CSVExporter``).

CSV holds the plotted data: for a plot that shows a picture (feature maps,
kernels, samples), that picture's values as rows and columns; otherwise every
curve and point set as x and y columns (plots side by side, each column named
after its plot). A plot whose picture is drawn from other numbers (the
decision boundary's colours, the confusion matrix's shares) passes its own
table instead.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton

from deskdl.core.i18n import N_, translator

_ = translator("qt.plot_export")

FORMATS = ("png", "svg", "csv")
_FILTERS = {
    "png": N_("PNG image (*.png)"),
    "svg": N_("SVG drawing (*.svg)"),
    "csv": N_("CSV table (*.csv)"),
}
_LABELS = {
    "png": N_("Save as &PNG image…"),
    "svg": N_("Save as &SVG drawing…"),
    "csv": N_("Save the numbers as &CSV…"),
}
TIP = N_("Save this plot as a picture (PNG, SVG) or its numbers as a table (CSV)")
NO_DATA = N_("This plot shows no numbers yet: train or load data first.")
SAVE_FAILED = N_("Could not save {path}: {reason}. Choose another folder or file name.")
SAVE_TITLE = N_("Save plot")
MARGIN = 4  # px from the plot's top-right corner

#: A plot's own numbers for CSV when its pixels are not the numbers (a heatmap drawn as
#: colours): ``(column names, rows)`` (rows of numbers or names), or ``None`` while there is
#: nothing to save.
Table = Callable[[], "tuple[list[str], np.ndarray] | None"]


class PlotExportButton(QToolButton):
    """The corner button of one plot widget; its menu saves PNG, SVG or CSV."""

    def __init__(self, view: pg.GraphicsView, name: str, table: Table | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.file_stem = name
        self.table = table
        self.setObjectName("deskdlPlotExport")
        self.setIcon(_save_icon(self.palette().color(self.foregroundRole())))
        self.setIconSize(QSize(14, 14))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setToolTip(_(TIP))
        self.setAccessibleName(_(SAVE_TITLE))
        self.setAutoRaise(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QToolButton#deskdlPlotExport { padding: 2px; }"
                           "QToolButton#deskdlPlotExport::menu-indicator { image: none; width: 0; }")
        menu = QMenu(self)
        self.actions_by_format: dict[str, QAction] = {}
        for fmt in FORMATS:
            act = menu.addAction(_(_LABELS[fmt]))
            act.triggered.connect(lambda _checked=False, f=fmt: self.ask_and_save(f))
            self.actions_by_format[fmt] = act
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.setMenu(menu)
        view.installEventFilter(self)
        self._place()
        self.show()
        self.raise_()

    # ------------------------------------------------------------- placement
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: D102
        if obj is self.view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False

    def _place(self) -> None:
        self.adjustSize()
        self.move(self.view.width() - self.width() - MARGIN, MARGIN)
        self.raise_()
        QTimer.singleShot(0, self, self.clear_titles)  # once the plots are laid out at the new size

    def clear_titles(self) -> None:
        """Keep the plots' titles out from under the button.

        A title is centred over its plot; on a narrow plot a long one (a translation, mostly) ran under
        the button. Such a title moves to the left edge of its plot; one that fits stays centred.
        """
        button = QRectF(self.geometry())
        for plot in self.plots():
            label = getattr(plot, "titleLabel", None)
            if label is None or not label.isVisible() or not str(getattr(label, "text", "")).strip():
                continue
            label.setAttr("justify", "center")
            label.resizeEvent(None)
            if self.title_rect(plot).intersects(button):
                label.setAttr("justify", "left")
                label.resizeEvent(None)

    def title_rect(self, plot: pg.PlotItem) -> QRectF:
        """Where ``plot``'s title text is drawn (without its margin), in the view's coordinates."""
        item = plot.titleLabel.item
        rect = QRectF(self.view.mapFromScene(item.sceneBoundingRect()).boundingRect())
        margin = item.document().documentMargin()
        return rect.adjusted(margin, margin, -margin, -margin)

    def _on_menu_about_to_show(self) -> None:
        self.actions_by_format["csv"].setEnabled(self.has_numbers())

    # ---------------------------------------------------------------- saving
    def plots(self) -> list[pg.PlotItem]:
        """The visible plots of the widget, top to bottom then left to right."""
        items = [i for i in self.view.scene().items() if isinstance(i, pg.PlotItem) and i.isVisible()]
        return sorted(items, key=lambda p: (round(p.sceneBoundingRect().top()), p.sceneBoundingRect().left()))

    def has_numbers(self) -> bool:
        """Whether CSV has anything to write (a curve, points or a picture with data)."""
        if self.table is not None:
            return self.table() is not None
        return any(_curves(p) or _images(p) for p in self.plots())

    def ask_and_save(self, fmt: str) -> Path | None:
        """Ask where to save (a file dialog), then save; ``None`` when cancelled or failed."""
        if fmt == "csv" and not self.has_numbers():
            QMessageBox.information(self.window(), _(SAVE_TITLE), _(NO_DATA))
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder or Path.home()) / f"{self.file_stem}.{fmt}")
        path, _filter = QFileDialog.getSaveFileName(self.window(), _(SAVE_TITLE), start, _(_FILTERS[fmt]))
        if not path:
            return None
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        try:
            return self.save(path, fmt)
        except (OSError, ValueError) as err:
            reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
            QMessageBox.warning(self.window(), _(SAVE_TITLE), _(SAVE_FAILED).format(path=path, reason=reason))
            return None

    def save(self, path: str | os.PathLike[str], fmt: str | None = None) -> Path:
        """Write the plot to ``path`` as ``fmt`` (default: from the file's ending); returns the path.

        PNG and SVG show the whole widget as on screen (same size in pixels);
        CSV holds the numbers (see the module docstring). Raises ``ValueError``
        for an unknown format or a plot without numbers, ``OSError`` when the
        file cannot be written.
        """
        path = Path(path)
        fmt = (fmt or path.suffix.lstrip(".")).lower()
        if fmt not in FORMATS:
            raise ValueError(f"unknown plot format {fmt!r}: use png, svg or csv")
        if fmt == "csv":
            if self.table is not None:
                table = self.table()
                if table is None:
                    raise ValueError(_(NO_DATA))
                header, data = table
                _write_rows(path, [list(header), *([_num(v) for v in row] for row in data)])
            else:
                _write_csv(self.plots(), path)
            return path
        from pyqtgraph.exporters import ImageExporter, SVGExporter

        scene = self.view.scene()
        if fmt == "png":
            exporter = ImageExporter(scene)
            exporter.export(str(path))
            if not path.is_file():
                raise OSError(0, _("the image could not be written"), str(path))
        else:
            try:
                SVGExporter(scene).export(str(path))
            except ValueError:
                # pyqtgraph 0.14's SVGExporter cannot parse the closed paths ("... Z") that
                # Qt 6.8+ writes (pyqtgraph issue #3495): let Qt's own SVG writer draw the view.
                _svg_by_qt(self.view, path)
        return path


def add_export_button(view: pg.GraphicsView, name: str, table: Table | None = None) -> PlotExportButton:
    """Put the "Save" button in the top-right corner of ``view``; ``name`` is the file name offered.

    ``table`` gives the numbers for CSV when the plot's pixels are not them (see :data:`Table`).
    """
    return PlotExportButton(view, name, table)


# ----------------------------------------------------------------- helpers
def _save_icon(color: QColor) -> QIcon:
    """A small 'save' glyph (an arrow down into a tray), drawn so it needs no icon theme."""
    pix = QPixmap(28, 28)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(color, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.drawLine(QPointF(14, 4), QPointF(14, 17))
    p.drawPolyline([QPointF(8, 11.5), QPointF(14, 17.5), QPointF(20, 11.5)])
    p.drawPolyline([QPointF(5, 17), QPointF(5, 23), QPointF(23, 23), QPointF(23, 17)])
    p.end()
    return QIcon(pix)


def _svg_by_qt(view: pg.GraphicsView, path: Path) -> None:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(QSize(view.width(), view.height()))
    gen.setViewBox(QRect(0, 0, view.width(), view.height()))
    gen.setTitle(path.stem)
    painter = QPainter()
    if not painter.begin(gen):
        raise OSError(0, _("the drawing could not be written"), str(path))
    try:
        view.render(painter)
    finally:
        painter.end()
    if not path.is_file():
        raise OSError(0, _("the drawing could not be written"), str(path))


def _curves(plot: pg.PlotItem) -> list:
    return [i for i in plot.items if hasattr(i, "implements") and i.implements("plotData")
            and i.isVisible() and _has_data(i)]


def _has_data(item) -> bool:
    data = item.getOriginalDataset() if hasattr(item, "getOriginalDataset") else item.getData()
    return data[0] is not None and len(data[0]) > 0


def _images(plot: pg.PlotItem) -> list[pg.ImageItem]:
    return [i for i in plot.items if isinstance(i, pg.ImageItem) and i.image is not None and i.isVisible()]


def _title(plot: pg.PlotItem) -> str:
    label = getattr(plot, "titleLabel", None)
    text = label.text if label is not None and plot.titleLabel.isVisible() else ""
    return str(text or "").strip()


def _write_csv(plots: list[pg.PlotItem], path: Path) -> None:
    images = [img for p in plots for img in _images(p)]
    with_curves = [p for p in plots if _curves(p)]
    if images:  # a picture is the data (feature maps, kernels, samples); lines on it are guides
        data = np.asarray(images[0].image)
        if data.ndim == 3:  # an RGB(A) picture: keep its grey level
            data = data[..., :3].mean(axis=-1)
        table = [[_num(v) for v in row] for row in data]
    elif with_curves:
        columns: list[list[str]] = []
        for plot in with_curves:
            columns.extend(_plot_columns(plot, prefix=len(with_curves) > 1))
        rows = max(len(c) for c in columns)
        table = [[c[r] if r < len(c) else "" for c in columns] for r in range(rows)]
    else:
        raise ValueError(_(NO_DATA))
    _write_rows(path, table)


def _num(value) -> str:
    if isinstance(value, str):
        return value
    return np.format_float_positional(float(value), precision=10, trim="-")  # 5.0 -> "5"


def _write_rows(path: Path, table: list[list[str]]) -> None:
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(table)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _plot_columns(plot: pg.PlotItem, prefix: bool) -> list[list[str]]:
    """One plot's columns (header first) through pyqtgraph's CSVExporter."""
    from pyqtgraph.exporters import CSVExporter

    fd, name = tempfile.mkstemp(suffix=".csv")
    os.close(fd)
    try:
        CSVExporter(plot).export(name)
        with open(name, newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
    finally:
        os.unlink(name)
    if not rows:
        return []
    title = _title(plot)
    header = [f"{title}: {h}" if prefix and title else h for h in rows[0]]
    return [[header[i], *(r[i] if i < len(r) else "" for r in rows[1:])] for i in range(len(header))]
