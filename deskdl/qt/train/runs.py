"""The list of runs to compare: a checkbox and a colour per run."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from deskdl.core.i18n import translator

_ = translator("qt.train.runs")

RUN_ID_ROLE = Qt.ItemDataRole.UserRole


def color_icon(color: str, size: int = 12) -> QIcon:
    """A small filled square of ``color``."""
    pm = QPixmap(size, size)
    pm.fill(QColor(color))
    return QIcon(pm)


class RunList(QListWidget):
    """Runs with checkboxes (shown on the plots or not) and their curve colour.

    Signals:
        visibility_changed(run_id, visible)
    """

    visibility_changed = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(_("Tick runs to overlay their curves and compare them. The newest run is on top."))
        self.itemChanged.connect(self._on_item_changed)
        # Long labels wrap instead of hiding behind a sideways scroll bar.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)

    def add_run(self, run_id: str, label: str, color: str, checked: bool = True, tooltip: str = "") -> None:
        """Add (or relabel) a run at the top of the list."""
        item = self.item_for(run_id)
        self.blockSignals(True)
        try:
            if item is None:
                item = QListWidgetItem()
                item.setData(RUN_ID_ROLE, run_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.insertItem(0, item)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setText(label)
            item.setIcon(color_icon(color))
            item.setToolTip(tooltip)
        finally:
            self.blockSignals(False)

    def item_for(self, run_id: str) -> QListWidgetItem | None:
        """The item of ``run_id``, if listed."""
        for i in range(self.count()):
            it = self.item(i)
            if it.data(RUN_ID_ROLE) == run_id:
                return it
        return None

    def run_ids(self) -> list[str]:
        """Listed run ids, newest first."""
        return [self.item(i).data(RUN_ID_ROLE) for i in range(self.count())]

    def is_checked(self, run_id: str) -> bool:
        """Whether the run's curves are shown."""
        it = self.item_for(run_id)
        return bool(it and it.checkState() == Qt.CheckState.Checked)

    def set_checked(self, run_id: str, checked: bool) -> None:
        """Tick or untick a run (emits ``visibility_changed``)."""
        it = self.item_for(run_id)
        if it is not None:
            it.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def remove_run(self, run_id: str) -> None:
        """Drop a run from the list."""
        it = self.item_for(run_id)
        if it is not None:
            self.takeItem(self.row(it))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        self.visibility_changed.emit(str(item.data(RUN_ID_ROLE)), item.checkState() == Qt.CheckState.Checked)
