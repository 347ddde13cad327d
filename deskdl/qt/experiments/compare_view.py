"""Two or more runs side by side: settings that differ highlighted, final scores, curves overlaid."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.compare import compare
from deskdl.core.i18n import N_, translator
from deskdl.qt.train.curves import RUN_COLORS, TrainingCurves

_ = translator("qt.experiments.compare_view")

DIFFERS_TIP = N_("The runs differ in this setting.")
_DIFF_BRUSH = QColor(255, 236, 179)


def _text(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:.4g}"
    return str(v)


class CompareView(QWidget):
    """The runs given to :meth:`set_runs`, one column each, and their curves overlaid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[dict[str, Any]] = []
        self.rows = []
        self.caption = QLabel(_("Settings that differ are highlighted and listed first; scores come last."))
        self.caption.setWordWrap(True)
        self.only_diff = QCheckBox(_("Only the settings that differ"))
        self.only_diff.toggled.connect(self._fill)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.curves = TrainingCurves()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.curves)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.caption)
        box.addWidget(self.only_diff)
        box.addWidget(split, 1)

    def set_runs(self, records: Sequence[Mapping[str, Any]], colors: Mapping[str, str] | None = None) -> None:
        """Compare ``records`` (two or more stored runs)."""
        self.records = [dict(r) for r in records]
        self._fill()
        self.curves.clear()
        for i, r in enumerate(self.records):
            rid = str(r.get("id", f"run {i + 1}"))
            color = (colors or {}).get(rid) or RUN_COLORS[i % len(RUN_COLORS)]
            self.curves.load_history(rid, color, r.get("history") or {})

    def _fill(self) -> None:
        if len(self.records) < 2:
            self.table.setRowCount(0)
            return
        self.rows = compare(self.records, self.only_diff.isChecked())
        self.table.setColumnCount(len(self.records))
        self.table.setHorizontalHeaderLabels([str(r.get("id", "")) for r in self.records])
        self.table.setRowCount(len(self.rows))
        self.table.setVerticalHeaderLabels([r.label for r in self.rows])
        bold = QFont()
        bold.setBold(True)
        for i, row in enumerate(self.rows):
            for j, v in enumerate(row.values):
                item = QTableWidgetItem(_text(row.shown(v)))
                if row.differs:
                    item.setBackground(QBrush(_DIFF_BRUSH))
                    item.setToolTip(_(DIFFERS_TIP))

                if row.kind == "score":
                    item.setFont(bold)
                self.table.setItem(i, j, item)

    def differing(self) -> list[str]:
        """Names of the settings that differ (as highlighted)."""
        return [r.name for r in self.rows if r.differs and r.kind == "setting"]
