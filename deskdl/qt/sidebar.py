"""The project sidebar: what this project is, templates to start from, recent files.

Lessons will join as another section (:meth:`ProjectSidebar.add_section`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

# ---------------------------------------------------------------- user-visible text
TEMPLATES_HEADING = "Start from a template"
RECENT_HEADING = "Recent projects"
NO_RECENT = "Projects you open or save appear here."
NO_DESCRIPTION = "Build a model by dragging layers from the list below onto the canvas."
UNSAVED = "Not saved yet"
TEMPLATE_TIP = "{description}\n\nDouble-click to start a new project from this template."

_PATH_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class TemplateInfo:
    """A template file with the name and description shown for it."""

    path: Path
    name: str
    description: str


def list_templates(folder: Path) -> list[TemplateInfo]:
    """Templates in ``folder`` (name and description read from each file, sorted by name)."""
    out = []
    for path in sorted(folder.glob("*.deskdl")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(doc, dict):
            continue
        out.append(TemplateInfo(path, str(doc.get("name") or path.stem), str(doc.get("description", ""))))
    return sorted(out, key=lambda t: t.name.lower())


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    return label


class ProjectSidebar(QWidget):
    """Project name and description, templates and recent files.

    Signals ``template_chosen(path)`` and ``recent_chosen(path)`` fire on
    double-click (or Enter); the main window opens them.
    """

    template_chosen = Signal(str)
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel(self)
        self.name.setProperty("role", "title")
        self.name.setWordWrap(True)
        self.path = QLabel(self)
        self.path.setProperty("role", "caption")
        self.path.setWordWrap(True)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.templates = QListWidget(self)
        self.templates.itemActivated.connect(self._on_template_activated)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(self._on_recent_activated)
        self.no_recent = QLabel(NO_RECENT, self)
        self.no_recent.setProperty("role", "caption")
        self.no_recent.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.name)
        self._layout.addWidget(self.path)
        self._layout.addWidget(self.description)
        self._layout.addSpacing(6)
        self._layout.addWidget(_heading(TEMPLATES_HEADING, self))
        self._layout.addWidget(self.templates, 3)
        self._layout.addWidget(_heading(RECENT_HEADING, self))
        self._layout.addWidget(self.recent, 2)
        self._layout.addWidget(self.no_recent)

    def add_section(self, title: str, widget: QWidget, index: int | None = None) -> None:
        """Add a titled section (e.g. lessons); ``index`` counts sections from the top."""
        pos = self._layout.count() if index is None else 4 + 2 * index
        self._layout.insertWidget(pos, widget, 3)
        self._layout.insertWidget(pos, _heading(title, self))

    def set_project(self, project) -> None:
        """Show ``project``'s name, file and description."""
        self.name.setText(project.name)
        self.path.setText(str(project.path) if project.path else UNSAVED)
        self.description.setText(project.description or NO_DESCRIPTION)

    def set_templates(self, templates: list[TemplateInfo]) -> None:
        """Fill the template list."""
        self.templates.clear()
        for t in templates:
            item = QListWidgetItem(t.name, self.templates)
            item.setData(_PATH_ROLE, str(t.path))
            item.setToolTip(TEMPLATE_TIP.format(description=t.description or t.name))
        self.templates.setMaximumHeight(self._list_height(self.templates))

    def set_recent(self, paths: list[str]) -> None:
        """Fill the recent list (file names shown, full paths as tooltips)."""
        self.recent.clear()
        for p in paths:
            item = QListWidgetItem(Path(p).name, self.recent)
            item.setData(_PATH_ROLE, p)
            item.setToolTip(p)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        self.recent.setMaximumHeight(self._list_height(self.recent))

    @staticmethod
    def _list_height(view: QListWidget) -> int:
        rows = max(view.count(), 1)
        return view.sizeHintForRow(0) * rows + 2 * view.frameWidth() + 4 if view.count() else 40

    def _on_template_activated(self, item: QListWidgetItem) -> None:
        self.template_chosen.emit(item.data(_PATH_ROLE))

    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(item.data(_PATH_ROLE))
