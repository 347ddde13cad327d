"""The Train tab's three columns: settings, curves, decision boundary and runs (issue 10).

The curves are what a learner watches, so they get the room: the settings
column keeps its natural width (and can be folded away with a visible
button), the right column under a fifth of the width within its limits, the curves
all the rest. On a screen too narrow for the curves to get half the window
beside the settings, the settings start folded (the button brings them back).
Once the learner folds or shows them, or drags a splitter handle, that choice
is kept instead. :meth:`TrainColumns.layout_state` and
:meth:`~TrainColumns.restore_layout_state` let the main window remember all of
it with the stage's layout.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter, QToolButton, QWidget

from deskdl.core.i18n import N_, translator

_ = translator("qt.train.columns")

# ---------------------------------------------------------------- user-visible text
SETTINGS_BUTTON = N_("Settings")
HIDE_TIP = N_("Fold the training settings away to give the curves more room.")
SHOW_TIP = N_("Show the training settings again.")

#: Share of the width the right column (decision boundary, runs) gets, within its own limits.
RIGHT_SHARE = 0.18
#: Unless the learner chose, the settings fold away when the curves would get less of the window.
MIN_CURVES_SHARE = 0.5
#: Pixels the plots inside the curves column lose to its margins (kept on top of that share).
CURVES_MARGIN = 8


class TrainColumns(QObject):
    """Sizes the splitter's columns ``[settings, curves, right]`` and folds the settings away."""

    def __init__(self, splitter: QSplitter, settings: QWidget, curves: QWidget, right: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.splitter = splitter
        self.settings = settings
        self.curves = curves
        self.right = right
        self._learner_sizes = False  # the learner dragged a handle: keep their sizes
        self._learner_settings: bool | None = None  # the learner showed/folded the settings
        self.toggle = QToolButton()
        self.toggle.setObjectName("trainSettingsToggle")
        self.toggle.setText(_(SETTINGS_BUTTON))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.clicked.connect(self.set_settings_shown)
        self._update_toggle()
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 1)
        splitter.splitterMoved.connect(self._on_moved)
        splitter.installEventFilter(self)

    # ---------------------------------------------------------------- public
    def settings_shown(self) -> bool:
        """Whether the settings column is shown (not folded away)."""
        return self.toggle.isChecked()

    def set_settings_shown(self, shown: bool) -> None:
        """Show or fold away the settings column (the learner's choice); the curves take the width."""
        self._learner_settings = bool(shown)
        self._learner_sizes = False
        self._show_settings(bool(shown))
        self.fit()

    def _show_settings(self, shown: bool) -> None:
        if self.toggle.isChecked() != shown:
            self.toggle.setChecked(shown)
        if self.settings.isVisibleTo(self.splitter) != shown:
            self.settings.setVisible(shown)
        self._update_toggle()

    def fit(self) -> None:
        """Settings at their natural width, right column 18 %, curves the rest (unless dragged)."""
        if self._learner_sizes:
            return
        total = self.splitter.width() - self.splitter.handleWidth() * (self.splitter.count() - 1)
        if total <= 0:
            return
        right = round(total * RIGHT_SHARE)
        right = max(self.right.minimumWidth(), min(self.right.maximumWidth(), right))
        shown = self._learner_settings
        if shown is None:  # nobody chose: fold the settings if the curves would get under half the window
            room = total - self.settings.minimumWidth() - right
            shown = room >= MIN_CURVES_SHARE * self.splitter.window().width() + CURVES_MARGIN
            self._show_settings(shown)
        left = self.settings.minimumWidth() if shown else 0
        self.splitter.setSizes([left, max(0, total - left - right), right])

    def layout_state(self) -> str:
        """The columns as the learner left them (a short JSON text for QSettings)."""
        sizes = self.splitter.sizes() if self._learner_sizes else None
        return json.dumps({"settings": self._learner_settings, "sizes": sizes})

    def restore_layout_state(self, text: str) -> None:
        """Put back what :meth:`layout_state` returned (anything unreadable is ignored)."""
        try:
            state = json.loads(text)
        except (TypeError, ValueError, RecursionError):
            return
        if not isinstance(state, dict):
            return
        shown = state.get("settings")
        if isinstance(shown, bool):
            self.set_settings_shown(shown)
        sizes = state.get("sizes")
        if isinstance(sizes, list) and len(sizes) == 3 and all(isinstance(v, int) and v >= 0 for v in sizes):
            self.splitter.setSizes(sizes)
            self._learner_sizes = True

    def reset_layout(self) -> None:
        """Columns as at first: nobody's choice, the settings shown if there is room."""
        self._learner_sizes = False
        self._learner_settings = None
        self.fit()

    # ---------------------------------------------------------------- events
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Re-fit the columns whenever the splitter is shown or resized."""
        if obj is self.splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def _on_moved(self, _pos: int, _index: int) -> None:
        self._learner_sizes = True

    def _update_toggle(self) -> None:
        shown = self.toggle.isChecked()
        self.toggle.setArrowType(Qt.ArrowType.LeftArrow if shown else Qt.ArrowType.RightArrow)
        tip = HIDE_TIP if shown else SHOW_TIP
        self.toggle.setToolTip(_(tip))
