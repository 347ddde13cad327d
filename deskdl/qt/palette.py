"""The layer palette: every catalog layer, grouped by category, searchable, draggable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskdl.core import catalog
from deskdl.core.i18n import N_, tr, translator
from deskdl.qt.canvas.mime import MIME_LAYER
from deskdl.qt.icons import layer_icon

_ = translator("qt.palette")

# ---------------------------------------------------------------- user-visible text
SEARCH_PLACEHOLDER = N_("Search layers (Ctrl+F)")
HINT = N_("Drag a layer onto the canvas, or double-click it to add it after the selected layer.")
NO_MATCH = N_("No layer matches “{text}”.")
TOOLTIP = "<b>{name}</b> &nbsp;<span style='color:gray'>{category} · {arity}</span><p>{teach}</p>"

_TYPE_ROLE = Qt.ItemDataRole.UserRole
_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class _LayerTree(QTreeWidget):
    """A tree whose layer rows drag out as :data:`MIME_LAYER` payloads."""

    def mimeTypes(self) -> list[str]:
        return [MIME_LAYER]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        names = [it.data(0, _TYPE_ROLE) for it in items if it.data(0, _TYPE_ROLE)]
        if names:
            data.setData(MIME_LAYER, names[0].encode("utf-8"))
            data.setText(names[0])
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class LayerPalette(QWidget):
    """Search box plus a category tree of layers.

    Emits ``layer_activated(type_name)`` on double-click or Enter; with an
    editor set (:meth:`set_editor`) that also adds the layer after the selection.
    """

    layer_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_(SEARCH_PLACEHOLDER))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self._on_search_return)
        self.search.installEventFilter(self)

        self.tree = _LayerTree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(10)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.setMouseTracking(True)

        self.empty = QLabel(self)
        self.empty.setProperty("role", "caption")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.hint = QLabel(_(HINT), self)
        self.hint.setProperty("role", "caption")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.hint)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._populate()

    # ------------------------------------------------------------------ API
    def set_editor(self, editor) -> None:
        """Activated layers are added to ``editor`` after its selection."""
        self._editor = editor

    def layer_names(self, visible_only: bool = False) -> list[str]:
        """Layer names in palette order (only those the search shows, if asked)."""
        return [name for name, item in self._items.items() if not (visible_only and item.isHidden())]

    def item_for(self, type_name: str) -> QTreeWidgetItem:
        """The row of ``type_name`` (tests and tours use it)."""
        return self._items[type_name]

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_filter(self, text: str) -> None:
        """Show only layers whose name, category or teaching text contains ``text``."""
        self.search.setText(text)

    # -------------------------------------------------------------- building
    def _populate(self) -> None:
        self.tree.clear()
        self._items.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        bold = self.tree.font()
        bold.setBold(True)
        for kind in catalog.all_kinds():
            category, teach = tr("catalog", kind.category), tr("catalog", kind.teach)
            group = groups.get(kind.category)
            if group is None:
                group = QTreeWidgetItem(self.tree, [category])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFont(0, bold)
                group.setExpanded(True)
                groups[kind.category] = group
            item = QTreeWidgetItem(group, [kind.name])
            item.setData(0, _TYPE_ROLE, kind.name)
            found_by = dict.fromkeys((kind.name, kind.category, kind.teach, category, teach))  # English too
            item.setData(0, _SEARCH_ROLE, " ".join(found_by).lower())
            item.setIcon(0, layer_icon(kind.name, kind.category))
            item.setToolTip(0, TOOLTIP.format(name=kind.name, category=category,
                                              arity=kind.arity_text(translated=True), teach=teach))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            self._items[kind.name] = item
        self.tree.expandAll()

    def _refresh_icons(self) -> None:
        for name, item in self._items.items():
            item.setIcon(0, layer_icon(name, catalog.get(name).category))

    def changeEvent(self, event: QEvent) -> None:
        """Repaint the badges when the theme (palette) changes."""
        if event.type() == QEvent.Type.PaletteChange and self._items:
            self._refresh_icons()
        super().changeEvent(event)

    # -------------------------------------------------------------- handlers
    def _on_search_changed(self, text: str) -> None:
        needle = text.strip().lower()
        words = needle.split()
        shown = 0
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            any_visible = False
            for j in range(group.childCount()):
                item = group.child(j)
                hay = item.data(0, _SEARCH_ROLE)
                visible = all(w in hay for w in words)
                item.setHidden(not visible)
                any_visible |= visible
                shown += visible
            group.setHidden(not any_visible)
        self.empty.setText(_(NO_MATCH).format(text=text.strip()))
        self.empty.setVisible(shown == 0)
        first = self._first_visible()
        if needle and first is not None:
            self.tree.setCurrentItem(first)

    def _first_visible(self) -> QTreeWidgetItem | None:
        for item in self._items.values():
            if not item.isHidden() and not item.parent().isHidden():
                return item
        return None

    def _on_search_return(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.isHidden() or not item.data(0, _TYPE_ROLE):
            item = self._first_visible()
        if item is not None:
            self._activate(item.data(0, _TYPE_ROLE))

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        name = item.data(0, _TYPE_ROLE)
        if name:
            self._activate(name)

    def _activate(self, name: str) -> None:
        if self._editor is not None:
            self._editor.add_layer_after_selection(name)
        self.layer_activated.emit(name)

    def eventFilter(self, obj, event) -> bool:
        """Arrow keys move from the search box into the list; Escape clears the search."""
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.tree.setFocus()
                if self.tree.currentItem() is None:
                    first = self._first_visible()
                    if first is not None:
                        self.tree.setCurrentItem(first)
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(obj, event)
