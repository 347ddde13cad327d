"""The project sidebar: what this project is, templates to start from, recent files.

Lessons will join as another section (:meth:`ProjectSidebar.add_section`).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from deskdl.core import i18n
from deskdl.core.i18n import N_, translator

_ = translator("qt.sidebar")

# ---------------------------------------------------------------- user-visible text
TEMPLATES_HEADING = N_("Start from a template")
RECENT_HEADING = N_("Recent projects")
NO_RECENT = N_("Projects you open or save appear here.")
NO_DESCRIPTION = N_("Build a model by dragging layers from the list below onto the canvas.")
UNSAVED = N_("Not saved yet")
TEMPLATE_TIP = N_("{description}\n\nClick to start a new project from this template.")
#: The template list's groups, in the order of the course; a template names its own in a
#: "section" field, or gets one from its kind or, for a plain model, from its layers.
#: The names are keys (English); the list's headers show them translated.
SECTIONS = (N_("Basics"), N_("Vision"), N_("Sequences"), N_("Generative models"),
            N_("Reinforcement learning"))
OTHER_SECTION = N_("More templates")
_KIND_SECTIONS = {
    "sequence_generation": N_("Sequences"),
    "sequence_to_sequence": N_("Sequences"),
    "autoencoder": N_("Generative models"),
    "vae": N_("Generative models"),
    "gan": N_("Generative models"),
    "dqn": N_("Reinforcement learning"),
    "policy_gradient": N_("Reinforcement learning"),
}
_SEQUENCE_LAYERS = ("SimpleRNN", "LSTM", "GRU", "Bidirectional", "Embedding", "MultiHeadAttention")
_VISION_LAYERS = ("Conv", "Pooling", "UpSampling")  # Conv2D, MaxPooling2D, GlobalAveragePooling2D, ...

_PATH_ROLE = Qt.ItemDataRole.UserRole
# A list keeps at least this many rows visible when the sidebar is short (it scrolls for the rest),
# and the description at least this many lines, so neither squeezes the other out of sight.
_MIN_LIST_ROWS = 3
_MAX_RECENT_ROWS = 4  # more recent files scroll (File > Open Recent lists them all too)
_MIN_DESCRIPTION_LINES = 4


@dataclass(frozen=True)
class TemplateInfo:
    """A template file with the name and description shown for it."""

    path: Path
    name: str
    description: str
    section: str = OTHER_SECTION


def template_section(doc: dict) -> str:
    """The sidebar group of a template document (see :data:`SECTIONS`)."""
    section = doc.get("section")
    if isinstance(section, str) and section.strip():
        return section.strip()
    kind = doc.get("kind")
    if isinstance(kind, str) and kind in _KIND_SECTIONS:
        return _KIND_SECTIONS[kind]
    model = doc.get("model")
    nodes = model.get("nodes") if isinstance(model, dict) else None
    types = [str(n.get("type", "")) for n in nodes if isinstance(n, dict)] if isinstance(nodes, list) else []
    if any(t in _SEQUENCE_LAYERS for t in types):
        return "Sequences"
    if any(part in t for t in types for part in _VISION_LAYERS):
        return "Vision"
    return "Basics" if types else OTHER_SECTION


def texts_path(folder: Path, lang: str) -> Path:
    """The file of ``folder``'s project names and descriptions in ``lang``: ``texts.<lang>.json``.

    One JSON object: file stem -> ``{"name": ..., "description": ...}`` (either may be left out:
    that text stays English). The bundled templates and the default project carry one per language.
    """
    return folder / f"texts.{lang}.json"


def translated_texts(folder: Path, lang: str | None = None) -> dict[str, dict[str, str]]:
    """File stem -> its translated ``name``/``description`` (only what the file has; none in English)."""
    lang = lang or i18n.language()
    if lang == i18n.DEFAULT_LANGUAGE:
        return {}
    try:
        doc = json.loads(texts_path(folder, lang).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(doc, dict):
        return {}
    return {str(stem): {k: v for k, v in entry.items()
                        if k in ("name", "description") and isinstance(v, str) and v}
            for stem, entry in doc.items() if isinstance(entry, dict)}


def project_texts(path: str | Path, lang: str | None = None) -> dict[str, str]:
    """The translated name and description of the bundled project or template at ``path`` (may be empty)."""
    path = Path(path)
    return translated_texts(path.parent, lang).get(path.stem, {})


def localize_project(project, path: str | Path) -> None:
    """Give a project opened from a bundled file (a template) its name and description in the app's language.

    Only for starting points: the learner's own saved files keep what they say.
    """
    texts = project_texts(path)
    if texts.get("name"):
        project.name = texts["name"]
    if texts.get("description"):
        project.description = texts["description"]


def list_templates(folder: Path) -> list[TemplateInfo]:
    """Templates in ``folder`` (name and description read from each file, sorted by name).

    In another language the names and descriptions come from :func:`translated_texts` where it has them.
    """
    out = []
    translated = translated_texts(folder)
    for path in sorted(folder.glob("*.deskdl")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
            continue
        if not isinstance(doc, dict):
            continue
        texts = translated.get(path.stem, {})
        out.append(TemplateInfo(path, texts.get("name") or str(doc.get("name") or path.stem),
                                texts.get("description") or str(doc.get("description", "")),
                                template_section(doc)))
    return sorted(out, key=lambda t: t.name.lower())


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    return label


class ProjectSidebar(QWidget):
    """Project name and description, templates and recent files.

    Signals ``template_chosen(path)`` fires on a click (or Enter): a template opens with
    one click, like a link, as its tooltip says. ``recent_chosen(path)`` fires on
    double-click (or Enter). The main window opens them.
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
        # A long description (a lesson's story) scrolls in its own area instead of being cut off
        # by the lists below it; it takes whatever height the lists leave over.
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.description_area = QScrollArea(self)
        self.description_area.setObjectName("projectDescription")
        self.description_area.setWidget(self.description)
        self.description_area.setWidgetResizable(True)
        self.description_area.setFrameShape(QFrame.Shape.NoFrame)
        self.description_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.description_area.viewport().setAutoFillBackground(False)
        self.description.setAutoFillBackground(False)
        lines = self.description.fontMetrics().lineSpacing() * _MIN_DESCRIPTION_LINES
        self.description_area.setMinimumHeight(lines + 4)
        self.templates = QListWidget(self)
        self.templates.itemClicked.connect(self._on_template_activated)
        self.templates.itemActivated.connect(self._on_template_activated)  # Enter; a double-click
        self._last_template: tuple[str, float] | None = None  # (path, time) of the last one opened
        self.recent = QListWidget(self)
        for view in (self.templates, self.recent):
            # A name longer than the sidebar is wide (a translated one) ends in "…" (its tooltip says
            # more) instead of adding a scroll bar that covers a row.
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent.itemActivated.connect(self._on_recent_activated)
        self.no_recent = QLabel(_(NO_RECENT), self)
        self.no_recent.setProperty("role", "caption")
        self.no_recent.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.name)
        self._layout.addWidget(self.path)
        self._layout.addWidget(self.description_area, 1)
        self._layout.addSpacing(6)
        self._layout.addWidget(_heading(_(TEMPLATES_HEADING), self))
        self._layout.addWidget(self.templates)
        self._layout.addWidget(_heading(_(RECENT_HEADING), self))
        self._layout.addWidget(self.recent)
        self._layout.addWidget(self.no_recent)
        self._layout.addStretch(0)  # a short description leaves its spare room at the bottom

    def add_section(self, title: str, widget: QWidget, index: int | None = None) -> None:
        """Add a titled section (e.g. lessons); ``index`` counts sections from the top."""
        pos = self._layout.count() - 1 if index is None else 4 + 2 * index  # before the bottom stretch
        self._layout.insertWidget(pos, widget, 3)
        self._layout.insertWidget(pos, _heading(title, self))

    def set_project(self, project) -> None:
        """Show ``project``'s name, file and description."""
        self.name.setText(project.name)
        self.path.setText(str(project.path) if project.path else _(UNSAVED))
        self.description.setText(project.description or _(NO_DESCRIPTION))
        self._fit_description()

    def set_templates(self, templates: list[TemplateInfo]) -> None:
        """Fill the template list, grouped under a header per section (in :data:`SECTIONS` order).

        A header cannot be clicked or selected; each template still opens with one click.
        """
        self.templates.clear()
        order = {name: i for i, name in enumerate(SECTIONS)}
        groups: dict[str, list[TemplateInfo]] = {}
        for t in templates:
            groups.setdefault(t.section, []).append(t)
        for section in sorted(groups, key=lambda s: (order.get(s, len(SECTIONS)), s.lower())):
            header = QListWidgetItem(_(section), self.templates)
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # not a template: no click, no selection
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setForeground(self.templates.palette().text())  # a header, not greyed out
            for t in groups[section]:
                item = QListWidgetItem(t.name, self.templates)
                item.setData(_PATH_ROLE, str(t.path))
                item.setToolTip(_(TEMPLATE_TIP).format(description=t.description or t.name))
        self._fit_list(self.templates)

    def template_items(self) -> list[QListWidgetItem]:
        """The rows of the template list that open a template (not the section headers)."""
        rows = (self.templates.item(i) for i in range(self.templates.count()))
        return [item for item in rows if item.data(_PATH_ROLE)]

    def template_sections(self) -> dict[str, list[str]]:
        """The template list as shown: ``{section header: [template names]}``."""
        out: dict[str, list[str]] = {}
        current: list[str] = []
        for i in range(self.templates.count()):
            item = self.templates.item(i)
            if item.data(_PATH_ROLE):
                current.append(item.text())
            else:
                current = out.setdefault(item.text(), [])
        return out

    def set_recent(self, paths: list[str]) -> None:
        """Fill the recent list (file names shown, full paths as tooltips)."""
        self.recent.clear()
        for p in paths:
            item = QListWidgetItem(Path(p).name, self.recent)
            item.setData(_PATH_ROLE, p)
            item.setToolTip(p)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        self._fit_list(self.recent, _MAX_RECENT_ROWS)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The description's height depends on the width it wraps to."""
        super().resizeEvent(event)
        self._fit_description()

    def _fit_description(self) -> None:
        """Let the description area grow no taller than its text (a short text leaves no gap).

        The name and file path wrap too, and a word-wrapped label's minimum height does not follow
        its width: a name on two lines (at 1280x720) squeezed the sections below it, the Lessons
        note lost its last line. Their height for their width is their minimum, so the dock makes
        room for them (the Layers dock below gives it).
        """
        for label in (self.name, self.path):
            label.setMinimumHeight(label.heightForWidth(max(label.width(), 1)) if label.text() else 0)
        area = self.description_area
        # measured as if the scroll bar showed: a text that fits then never keeps a stale scroll bar
        bar = area.verticalScrollBar().sizeHint().width()
        width = max(area.width() - 2 * area.frameWidth() - bar, 1)
        area.setMaximumHeight(max(self.description.heightForWidth(width), area.minimumHeight())
                              + 2 * area.frameWidth())

    @staticmethod
    def _list_height(view: QListWidget, rows: int | None = None) -> int:
        if not view.count():
            return 40
        rows = view.count() if rows is None else min(rows, view.count())
        return view.sizeHintForRow(0) * rows + 2 * view.frameWidth() + 4

    def _fit_list(self, view: QListWidget, max_rows: int | None = None) -> None:
        """Show every row when there is room, and never fewer than a few (the list scrolls then)."""
        view.setMaximumHeight(self._list_height(view, max_rows))
        view.setMinimumHeight(self._list_height(view, _MIN_LIST_ROWS))
        # its size hint is all its rows (not Qt's fixed 192 px): with room, a long list shows whole
        view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def _on_template_activated(self, item: QListWidgetItem) -> None:
        path = item.data(_PATH_ROLE)
        if not path:  # a section header
            return
        now = time.monotonic()
        last = self._last_template
        # A double-click also clicks (and some styles activate on a single click): open it once.
        window_s = 2 * QApplication.doubleClickInterval() / 1000
        if last is not None and last[0] == path and now - last[1] < window_s:
            return
        self._last_template = (path, now)
        self.template_chosen.emit(path)

    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(item.data(_PATH_ROLE))
