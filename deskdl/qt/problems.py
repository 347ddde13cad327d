"""The problems list: every diagnostic of the latest analysis, with one-click fixes."""

from __future__ import annotations

import copy

from PySide6.QtCore import QRect, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHeaderView,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.i18n import N_, translator
from deskdl.qt.icons import severity_icon

_ = translator("qt.problems")

# ---------------------------------------------------------------- user-visible text
HEADERS = ("", N_("Layer"), N_("Problem and how to fix it"), "")
ALL_GOOD = N_("No problems: the model can be built.")
WHOLE_MODEL = N_("(model)")
FIX_BUTTON = N_("Fix")
FIX_TOOLTIP = N_("Apply this fix: {label}")
TAB_TITLE = N_("Problems")
TAB_TITLE_COUNT = N_("Problems ({n})")
SEVERITY_NAMES = {"error": N_("Error"), "warning": N_("Warning")}
SELECT_ACTION = N_("Select {node}")
COPY_ACTION = N_("Copy text")
CHECK_FAILED = N_("the data and the training settings could not be checked ({error})")

_DIAG_ROLE = Qt.ItemDataRole.UserRole
_TEXT_COLUMN = 2


class _WrappedTextDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's current width.

    Qt measures a row before it knows the width of a stretched column, so the
    problem text (the part that says how to fix it) was cut to one line with "…".
    """

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        width = self._tree.columnWidth(index.column()) - 12  # the style's text margins
        if not text or width <= 0:
            return size
        bound = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                                int(Qt.TextFlag.TextWordWrap), str(text))
        return QSize(size.width(), max(size.height(), bound.height() + 6))


class ProblemsPanel(QWidget):
    """Lists diagnostics; click one to select its layer, press Fix to repair it.

    Signals: ``count_changed(errors, warnings)`` after each update (the main
    window puts the count on the tab), ``node_requested(node_id)`` on a click,
    ``training_changed()`` after a Fix changed the training settings (the loss,
    the metrics): the Train tab shows them again and the project is unsaved.
    """

    count_changed = Signal(int, int)
    node_requested = Signal(str)
    training_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = None
        self._project = None
        self._analysis = None
        self.diagnostics: list = []
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(len(HEADERS))
        self.tree.setHeaderLabels([_(h) if h else "" for h in HEADERS])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(0, 28)
        self.tree.setItemDelegateForColumn(_TEXT_COLUMN, _WrappedTextDelegate(self.tree))
        header.sectionResized.connect(self._on_section_resized)
        self.tree.itemClicked.connect(self._on_item_clicked)
        self.tree.itemActivated.connect(self._on_item_clicked)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 4)
        lay.addWidget(self.tree)
        self.set_diagnostics([])

    # ------------------------------------------------------------------ API
    def set_editor(self, editor) -> None:
        """Clicks select on ``editor``; fixes go through ``editor.apply_fix``."""
        self._editor = editor
        editor.analysis_changed.connect(self.set_analysis)

    def set_project(self, project) -> None:
        """Also check ``project``'s data and training settings the way Start does (see :meth:`refresh`)."""
        self._project = project
        self.refresh()

    def set_analysis(self, analysis) -> None:
        """Show the diagnostics of ``analysis`` (``None`` clears the list) and Start's checks."""
        self._analysis = analysis
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Show the graph's diagnostics, then what Start would refuse or warn about.

        Start's checks of the project's data and settings
        (:func:`deskdl.ml.start_checks.start_problems`) run here too, so Start never fails on something
        the list called fine. Call after the data or the training settings changed.
        """
        diags = list(self._analysis.diagnostics) if self._analysis is not None else []
        if self._project is not None and self._analysis is not None:
            seen = {(d.node_id, d.message) for d in diags}
            diags += [d for d in start_diagnostics(self._project) if (d.node_id, d.message) not in seen]
        self.set_diagnostics(diags)

    def set_diagnostics(self, diagnostics: list) -> None:
        """Errors first, then warnings, each with its fix button where one exists."""
        order = {"error": 0, "warning": 1}
        self.diagnostics = sorted(diagnostics, key=lambda d: order.get(d.severity, 2))
        self.tree.clear()
        if not self.diagnostics:
            item = QTreeWidgetItem(self.tree, ["", "", _(ALL_GOOD), ""])
            item.setIcon(0, severity_icon("ok"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for diag in self.diagnostics:
            text = diag.text
            if diag.node_id and text.startswith(f"{diag.node_id}: "):
                text = text[len(diag.node_id) + 2:]  # the Layer column already names it
            text = sentence_start(text, self._ids())
            item = QTreeWidgetItem(self.tree, ["", diag.node_id or _(WHOLE_MODEL), text, ""])
            item.setIcon(0, severity_icon(diag.severity))
            item.setToolTip(0, _(SEVERITY_NAMES.get(diag.severity, diag.severity)))
            item.setToolTip(2, diag.text)
            item.setData(0, _DIAG_ROLE, diag)
            if diag.action is not None:
                button = QPushButton(_(FIX_BUTTON))
                button.setToolTip(_(FIX_TOOLTIP).format(label=diag.action.label))
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _c=False, d=diag: self.apply_fix(d))
                self.tree.setItemWidget(item, 3, button)
        errors = sum(d.severity == "error" for d in self.diagnostics)
        self.count_changed.emit(errors, len(self.diagnostics) - errors)

    def _ids(self) -> set[str]:
        """The layer ids of the model shown (kept as typed in the list)."""
        graph = getattr(self._editor, "graph", None) or getattr(self._project, "graph", None)
        return set(graph.nodes) if graph is not None else set()

    def apply_fix(self, diag) -> None:
        """Repair ``diag`` with its action (one undoable step on the editor, or a training setting)."""
        if diag.action is None:
            return
        if diag.action.op == "set_training":
            if self._project is not None:
                self._project.training.update({k: copy.deepcopy(v) for k, v in diag.action.params.items()})
                self.training_changed.emit()
                self.refresh()
            return
        if self._editor is not None:
            self._editor.apply_fix(diag.action)

    def fix_button(self, row: int) -> QPushButton | None:
        """The Fix button of row ``row`` (None when that problem has no fix)."""
        item = self.tree.topLevelItem(row)
        widget = self.tree.itemWidget(item, 3) if item is not None else None
        return widget if isinstance(widget, QPushButton) else None

    @staticmethod
    def tab_title(errors: int, warnings: int) -> str:
        """Tab text with the number of problems."""
        n = errors + warnings
        return _(TAB_TITLE_COUNT).format(n=n) if n else _(TAB_TITLE)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Check again when shown: a data set may have been downloaded or imported meanwhile."""
        super().showEvent(event)
        if self._project is not None and self._analysis is not None:
            self.refresh()

    # -------------------------------------------------------------- handlers
    def _on_section_resized(self, index: int, _old: int, _new: int) -> None:
        if index == _TEXT_COLUMN:
            self.tree.doItemsLayout()  # re-measure the rows: the text wraps to the new width

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        diag = item.data(0, _DIAG_ROLE)
        if diag is None or not diag.node_id:
            return
        if self._editor is not None:
            self._editor.select(diag.node_id)
        self.node_requested.emit(diag.node_id)

    def _on_context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        diag = item.data(0, _DIAG_ROLE) if item is not None else None
        if diag is None:
            return
        menu = QMenu(self)
        if diag.action is not None:
            menu.addAction(diag.action.label, lambda: self.apply_fix(diag))
        if diag.node_id:
            menu.addAction(_(SELECT_ACTION).format(node=diag.node_id), lambda: self._on_item_clicked(item))
        menu.addAction(_(COPY_ACTION), lambda: _copy(diag.text))
        menu.exec(self.tree.viewport().mapToGlobal(pos))


def sentence_start(text: str, ids: set[str] = frozenset()) -> str:
    """``text`` with a capital first letter, unless it starts with a name the learner or Keras wrote.

    Layer ids stay as the learner typed them ("conv2d_1 leads nowhere", not "Conv2d_1"), and so do
    Keras names such as ``binary_crossentropy``.
    """
    first = text.split(" ", 1)[0].rstrip(":,.")
    if first in ids or "_" in first or any(c.isdigit() for c in first):
        return text
    return text[:1].upper() + text[1:]


def start_diagnostics(project) -> list:
    """Start's data, model and settings checks for ``project`` (no TensorFlow, cached data facts)."""
    from deskdl.core.kinds import kind_of
    from deskdl.ml import start_checks

    try:
        kind = kind_of(project)
        out = start_checks.start_problems(project.graph, project.data, project.training, kind=kind.id)
        checks = kind.extra.get("checks")  # the kind's own (a GAN: its two graphs against each other)
        if checks:
            import importlib

            module, _colon, name = checks.partition(":")
            out = list(out) + list(getattr(importlib.import_module(module), name)(project))
        return out
    except Exception as err:  # noqa: BLE001 - a half-made project must not break the list
        from deskdl.core.analysis import ERROR, Diagnostic

        return [Diagnostic(None, ERROR, _(CHECK_FAILED).format(error=err), "")]


def _copy(text: str) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)
