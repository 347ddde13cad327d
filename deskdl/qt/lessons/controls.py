"""The controls a lesson may lock, hide or highlight, found by stable ids.

A lesson file names controls by id (``train.learning_rate``, ``tab.inspect``,
``generate.temperature``...). :data:`CONTROLS` is the one table from an id to
the widget it means; :func:`name_controls` gives each of those widgets the id
as its ``objectName`` unless it has a name already (in this one place, so the
panels' own code stays as it is), and :func:`find_control` finds it again. Panels that are rebuilt (a
sequence project's Write page, the Train tab's kind views) are looked up anew
each time, so an id stays valid when the project changes.

:class:`ControlGuard` keeps locked controls disabled and hidden controls
hidden while a lesson is open, even when their own panel enables or shows them
again (Train's Start button is enabled again after every run), and puts each
back as its panel last wanted it when the lesson closes.

:class:`Highlighter` draws a theme-aware outline that pulses around a control
(or a stage tab) over the window, never taking a click.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar, QTabWidget, QToolTip, QWidget

from deskdl.core.i18n import N_, translator

_ = translator("qt.lessons.controls")

# -- stage names as the window's tabs spell them
_STAGES = ("Build", "Data", "Train", "Evaluate", "Inspect")


@dataclass(frozen=True)
class Control:
    """Where one control a lesson can name lives in the window.

    Attributes:
        id: the name a lesson file uses (see ``deskdl.core.lessons.controls.CONTROLS``).
        stage: the tab it lives on ("" for the stage tabs themselves).
        find: ``window -> [QWidget, ...]``: the widgets it means now (empty while it does not
            exist, e.g. the Write page of a project that does not generate text).
    """

    id: str
    stage: str
    find: Callable[[Any], list[QWidget]]


def _stage(window: Any, name: str) -> Any:
    getter = getattr(window, "stage_tab", None)
    return getter(name) if callable(getter) else None


def _path(obj: Any, path: str) -> Any:
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part, None)
    return obj


def _on(stage: str, *paths: str) -> Callable[[Any], list[QWidget]]:
    """Widgets at attribute ``paths`` of a stage panel (of the window itself for "window")."""

    def find(window: Any) -> list[QWidget]:
        root = window if stage == "window" else _stage(window, stage)
        found = (_path(root, p) for p in paths)
        return [w for w in found if isinstance(w, QWidget)]

    return find


def _kind_view(has: str, *paths: str) -> Callable[[Any], list[QWidget]]:
    """Widgets of a Train kind view (a text model's Write page, an agent's view) that has ``has``."""

    def find(window: Any) -> list[QWidget]:
        train = _stage(window, "Train")
        for view in getattr(train, "kind_views", None) or ():
            if _path(view, has) is not None:
                found = (_path(view, p) for p in paths)
                return [w for w in found if isinstance(w, QWidget)]
        return []

    return find


def _tab(name: str) -> Callable[[Any], list[QWidget]]:
    return lambda window: [w for w in (_stage(window, name),) if w is not None]


_S = "settings"  # the Train tab's settings form
#: Every control a lesson may name: its stage and where its widgets are (attribute paths).
CONTROLS: tuple[Control, ...] = (
    # -- stage tabs (lock: the tab cannot be chosen; hide: the tab is gone; highlight: the tab itself)
    *(Control(f"tab.{s.lower()}", "", _tab(s)) for s in _STAGES),
    # -- Build
    Control("build.palette", "Build", _on("window", "palette_dock")),
    Control("build.canvas", "Build", _on("window", "editor")),
    Control("build.properties", "Build", _on("window", "properties_dock")),
    Control("build.summary", "Build", _on("window", "summary")),
    Control("build.problems", "Build", _on("window", "problems")),
    Control("build.code", "Build", _on("window", "code")),
    Control("build.project", "Build", _on("window", "project_dock")),
    # -- Data
    Control("data.dataset", "Data", _on("Data", "list", "use_button")),
    Control("data.settings", "Data", _on("Data", "params_box")),
    Control("data.examples", "Data", _on("Data", "samples")),
    # -- Train: buttons
    Control("train.start", "Train", _on("Train", "start_button")),
    Control("train.pause", "Train", _on("Train", "pause_button")),
    Control("train.stop", "Train", _on("Train", "stop_button")),
    Control("train.step", "Train", _on("Train", "step_button")),
    Control("train.continue", "Train", _on("Train", "continue_box")),
    # -- Train: settings
    Control("train.settings", "Train", _on("Train", "columns.settings")),
    Control("train.optimizer", "Train", _on("Train", f"{_S}.optimizer")),
    Control("train.learning_rate", "Train", _on("Train", f"{_S}.learning_rate")),
    Control("train.schedule", "Train", _on("Train", f"{_S}.schedule")),
    Control("train.loss", "Train", _on("Train", f"{_S}.loss_box")),
    Control("train.batch_size", "Train", _on("Train", f"{_S}.batch_size")),
    Control("train.epochs", "Train", _on("Train", f"{_S}.epochs")),
    Control("train.validation_split", "Train", _on("Train", f"{_S}.validation_split")),
    Control("train.seed", "Train", _on("Train", f"{_S}.use_seed", f"{_S}.seed")),
    Control("train.clipping", "Train", _on("Train", f"{_S}.use_clipnorm", f"{_S}.clipnorm",
                                          f"{_S}.use_clipvalue", f"{_S}.clipvalue")),
    Control("train.early_stopping", "Train", _on("Train", f"{_S}.early", f"{_S}.patience",
                                                f"{_S}.restore_best")),
    Control("train.algorithm", "Train", _on("Train", "algorithm_form")),
    # -- Train: views
    Control("train.curves", "Train", _on("Train", "curves")),
    Control("train.boundary", "Train", _on("Train", "boundary")),
    Control("train.uncertainty", "Train", _on("Train", "boundary.uncertainty_box")),
    Control("train.runs", "Train", _on("Train", "runs")),
    Control("train.sweep", "Train", _on("Train", "sweep_button")),
    Control("train.compare", "Train", _on("Train", "compare_button")),
    Control("train.doctor", "Train", _on("Train", "doctor")),
    # -- a text model's Write page and an agent's view (Train's right column, those kinds only)
    Control("generate.temperature", "Train", _kind_view("panel.slider", "panel.slider")),
    Control("generate.write", "Train", _kind_view("panel.slider", "panel.write_button")),
    Control("rl.watch", "Train", _kind_view("play_button", "watch_button")),
    Control("rl.play", "Train", _kind_view("play_button", "play_button")),
    # -- Evaluate
    Control("evaluate.evaluate", "Evaluate", _on("Evaluate", "evaluate_button")),
    Control("evaluate.save_model", "Evaluate", _on("Evaluate", "save_button")),
    Control("evaluate.drawing_pad", "Evaluate", _on("Evaluate", "pad")),
    Control("evaluate.confusion", "Evaluate", _on("Evaluate", "confusion")),
    Control("evaluate.mistakes", "Evaluate", _on("Evaluate", "mistakes")),
    Control("evaluate.adversarial", "Evaluate", _on("Evaluate", "adversarial_page")),
    # -- Inspect
    Control("inspect.filters", "Inspect", _on("Inspect", "filters", "feature_maps")),
    Control("inspect.histograms", "Inspect", _on("Inspect", "dense")),
)

_BY_ID = {c.id: c for c in CONTROLS}


def control_ids() -> list[str]:
    """Every id the window can find."""
    return [c.id for c in CONTROLS]


def control(control_id: str) -> Control | None:
    """The entry of ``control_id`` (None if there is none)."""
    return _BY_ID.get(control_id)


def find_controls(window: Any, control_id: str) -> list[QWidget]:
    """The widgets of ``control_id`` in ``window`` now (empty if unknown or not there now).

    A widget without an ``objectName`` gets the id as its name (the first of several gets it
    as is, the others ``id#2``...).
    """
    entry = _BY_ID.get(control_id)
    if entry is None:
        return []
    widgets = entry.find(window)
    for i, widget in enumerate(widgets):
        if not widget.objectName():
            widget.setObjectName(control_id if i == 0 else f"{control_id}#{i + 1}")
    return widgets


def find_control(window: Any, control_id: str) -> QWidget | None:
    """The (first) widget of ``control_id`` now, or None."""
    widgets = find_controls(window, control_id)
    return widgets[0] if widgets else None


def name_controls(window: Any) -> dict[str, list[QWidget]]:
    """Give every control that exists now and has no ``objectName`` its id as one; returns ``{id: widgets}``.

    A widget named already keeps its name: the docks' names key the saved layouts
    (``dockLayers``...), the stage pages are ``stageTrain``....
    """
    found = {}
    for entry in CONTROLS:
        widgets = find_controls(window, entry.id)
        if widgets:
            found[entry.id] = widgets
    return found


def stage_of(control_id: str) -> str:
    """The tab ``control_id`` lives on ("" for a stage tab itself or an unknown id)."""
    entry = _BY_ID.get(control_id)
    return entry.stage if entry is not None else ""


def _tab_index(window: Any, control_id: str) -> int:
    """The stage tab's index for a ``tab.*`` id (-1 otherwise)."""
    if not control_id.startswith("tab."):
        return -1
    stages: QTabWidget | None = getattr(window, "stages", None)
    page = find_control(window, control_id)
    return stages.indexOf(page) if stages is not None and page is not None else -1


def _page_of(widget: QWidget) -> tuple[QTabWidget, int] | None:
    """``(tab widget, index)`` when ``widget`` is a page of a QTabWidget (hidden as a tab, not a widget)."""
    stack = widget.parentWidget()
    tabs = stack.parentWidget() if stack is not None else None
    if isinstance(tabs, QTabWidget):
        i = tabs.indexOf(widget)
        if i >= 0:
            return tabs, i
    return None


def reveal(window: Any, control_id: str) -> None:
    """Bring ``control_id`` on screen: its stage tab, its dock, its page, the Train settings column."""
    stage = stage_of(control_id)
    if stage and hasattr(window, "select_stage"):
        window.select_stage(stage)
    for widget in find_controls(window, control_id):
        if isinstance(widget, QDockWidget):
            widget.show()
            widget.raise_()
            continue
        dock = _ancestor(widget, QDockWidget)
        if dock is not None and not dock.isVisible():
            dock.show()
            dock.raise_()
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QTabWidget):
                for i in range(parent.count()):
                    page = parent.widget(i)
                    if (page is widget or page.isAncestorOf(widget)) and parent.isTabVisible(i):
                        parent.setCurrentIndex(i)
                        break
            parent = parent.parentWidget()
        train = _stage(window, "Train")
        column = _path(train, "columns.settings")
        if column is not None and (widget is column or column.isAncestorOf(widget)):
            columns = train.columns
            if not columns.settings_shown():
                # folded by the automatic rule (not the learner's choice): fold_back() may fold it again
                window._lesson_unfolded = getattr(columns, "_learner_settings", False) is None
                columns.set_settings_shown(True)


def fold_back(window: Any) -> None:
    """Fold Train's settings column again if :func:`reveal` unfolded it against the automatic rule.

    At 1280 px with a lesson open the rule folds it so the curves keep half the window; a step
    that highlighted a setting showed it, and the next step gives the curves their room back.
    """
    if not getattr(window, "_lesson_unfolded", False):
        return
    window._lesson_unfolded = False
    columns = _path(_stage(window, "Train"), "columns")
    if columns is not None and hasattr(columns, "_learner_settings"):
        columns._learner_settings = None  # the automatic rule again
        columns.fit()


def _ancestor(widget: QWidget, cls: type) -> Any:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, cls):
            return parent
        parent = parent.parentWidget()
    return None


# ======================================================================= locking
class _Held:
    """One widget the guard holds, and what its panel wants for it."""

    __slots__ = ("page", "wanted", "widget")

    def __init__(self, widget: QWidget, wanted: bool, page: tuple[QTabWidget, int] | None = None) -> None:
        self.widget = widget
        self.wanted = wanted
        self.page = page


class ControlGuard(QObject):
    """Keeps controls locked (disabled) or hidden while a lesson is open, then puts them back.

    A panel may enable or show its widget again at any time (Train enables Start after each
    run, the settings show the fields of the chosen optimizer). The guard watches each widget
    it holds: such a change is remembered as what the panel wants, and undone at once. On
    :meth:`release_all` every widget gets what its panel last wanted. A stage tab or a page
    of a tab widget (the Summary, Inspect's Filters) is locked or hidden as a tab.
    """

    def __init__(self, window: Any, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self._locked: dict[str, list[_Held]] = {}
        self._hidden: dict[str, list[_Held]] = {}
        self._busy = False
        self.wanted_locked: tuple[str, ...] = ()
        self.wanted_hidden: tuple[str, ...] = ()
        self._tips = _LockedTips(self)

    # ------------------------------------------------------------------ public
    def set_controls(self, locked: tuple[str, ...] | list[str], hidden: tuple[str, ...] | list[str]) -> None:
        """Lock ``locked`` and hide ``hidden`` (ids); anything held before and not named now is released."""
        self.wanted_locked = tuple(dict.fromkeys(locked))
        self.wanted_hidden = tuple(dict.fromkeys(hidden))
        for cid in [c for c in self._locked if c not in self.wanted_locked]:
            self._release(cid, self._locked)
        for cid in [c for c in self._hidden if c not in self.wanted_hidden]:
            self._release(cid, self._hidden)
        self.reapply()

    def reapply(self) -> None:
        """Hold the named controls again (after the project changed some widgets are new ones)."""
        for cid in self.wanted_locked:
            self._hold(cid, self._locked)
        for cid in self.wanted_hidden:
            self._hold(cid, self._hidden)
        self._tips.watch(any(self._locked.values()))

    def locked_at(self, widget: QWidget, pos: Any = None) -> str | None:
        """The id of the locked control ``widget`` is or lies in (None: not locked).

        On a tab bar, the tab at ``pos`` decides (a locked stage tab).
        """
        if isinstance(widget, QTabBar):
            i = widget.tabAt(pos) if pos is not None else -1
            tabs = widget.parentWidget()
            page = tabs.widget(i) if i >= 0 and isinstance(tabs, QTabWidget) else None
            for cid, held in self._locked.items():
                if page is not None and any(h.widget is page and h.page is not None for h in held):
                    return cid
            return None
        w: QWidget | None = widget
        while w is not None:
            for cid, held in self._locked.items():
                if any(h.widget is w and h.page is None for h in held):
                    return cid
            w = w.parentWidget()
        return None

    def release_all(self) -> None:
        """Give every control back as its panel wants it."""
        self.set_controls((), ())

    def is_locked(self, control_id: str) -> bool:
        """Whether the guard holds ``control_id`` locked now."""
        return bool(self._locked.get(control_id))

    def is_hidden(self, control_id: str) -> bool:
        """Whether the guard holds ``control_id`` hidden now."""
        return bool(self._hidden.get(control_id))

    # ------------------------------------------------------------------ holding
    def _targets(self, cid: str) -> list[tuple[QWidget, tuple[QTabWidget, int] | None]]:
        i = _tab_index(self.window, cid)
        if i >= 0:
            return [(self.window.stages.widget(i), (self.window.stages, i))]
        return [(w, _page_of(w)) for w in find_controls(self.window, cid)]

    def _hold(self, cid: str, table: dict[str, list[_Held]]) -> None:
        lock = table is self._locked
        targets = self._targets(cid)
        held = table.get(cid, [])
        if [h.widget for h in held] != [w for w, _ in targets]:  # new widgets (another project's views)
            self._release(cid, table)
            held = []
            for widget, page in targets:
                if lock and page is not None and page[0] is not getattr(self.window, "stages", None):
                    page = None  # a page inside a panel is locked as a widget, a stage as a tab
                if lock:
                    wanted = page[0].isTabEnabled(page[1]) if page else \
                        not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
                else:
                    wanted = page[0].isTabVisible(page[1]) if page else not widget.isHidden()
                held.append(_Held(widget, wanted, page))
                if page is None:
                    widget.installEventFilter(self)
            table[cid] = held
        for h in held:
            self._apply(h, lock, False)

    def _release(self, cid: str, table: dict[str, list[_Held]]) -> None:
        lock = table is self._locked
        for h in table.pop(cid, []):
            if not _alive(h.widget):
                continue
            if h.page is None and not self._held_elsewhere(h.widget):
                h.widget.removeEventFilter(self)
            self._apply(h, lock, h.wanted)

    def _held_elsewhere(self, widget: QWidget) -> bool:
        return any(h.widget is widget for table in (self._locked, self._hidden) for hs in table.values()
                   for h in hs)

    def _apply(self, held: _Held, lock: bool, value: bool) -> None:
        """Enable (lock=True) or show (lock=False) the held widget as ``value`` says."""
        if not _alive(held.widget):
            return
        self._busy = True
        try:
            if held.page is not None:
                tabs, _ = held.page
                i = tabs.indexOf(held.widget)
                if i >= 0:
                    (tabs.setTabEnabled if lock else tabs.setTabVisible)(i, value)
                    if lock:  # a padlock on a locked tab: greyed text alone looks like any other tab
                        tabs.setTabIcon(i, QIcon() if value else lock_icon())
            elif lock:
                held.widget.setEnabled(value)
            else:
                held.widget.setVisible(value)
        finally:
            self._busy = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A held widget was enabled or shown by its panel: remember that, and hold it again."""
        if self._busy:
            return False
        kind = event.type()
        if kind == QEvent.Type.EnabledChange:
            for held in (h for hs in self._locked.values() for h in hs if h.widget is obj and h.page is None):
                held.wanted = not obj.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
                if obj.isEnabled():
                    self._apply(held, True, False)
        elif kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            for held in (h for hs in self._hidden.values() for h in hs if h.widget is obj and h.page is None):
                held.wanted = kind == QEvent.Type.ShowToParent
                if held.wanted:
                    self._apply(held, False, False)
        return False


def lock_icon(size: int = 14) -> QIcon:
    """A small padlock in the theme's text colour (drawn, so it needs no image file)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    color = QApplication.palette().color(QPalette.ColorRole.WindowText)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, max(1.2, size / 10))
    p.setPen(pen)
    w = size
    p.drawArc(QRectF(w * 0.28, w * 0.08, w * 0.44, w * 0.5), 0, 180 * 16)  # the shackle
    p.drawLine(QPointF(w * 0.28, w * 0.33), QPointF(w * 0.28, w * 0.45))
    p.drawLine(QPointF(w * 0.72, w * 0.33), QPointF(w * 0.72, w * 0.45))
    p.setBrush(color)
    p.drawRoundedRect(QRectF(w * 0.16, w * 0.45, w * 0.68, w * 0.47), 1.5, 1.5)  # the body
    p.end()
    return QIcon(pixmap)


#: What a locked control says when the learner points at it or clicks it ({what}: the control, in words).
LOCKED_TIP = (N_("Locked by this lesson: it keeps {what} as it is, so you can focus on the step. Leave the "
              "lesson (Lessons > Leave Lesson) to unlock it."))
LOCKED_TAB_TIP = (N_("Locked by this lesson: {what} stays closed, so you can focus on the step. Leave the "
                  "lesson (Lessons > Leave Lesson) to open it."))


def locked_tip(control_id: str, rich: bool = False) -> str:
    """The words a locked control says (:data:`LOCKED_TIP` with the control's description).

    ``rich``: as a tooltip (HTML, so Qt wraps it into a few lines instead of one as wide as the screen).
    """
    from deskdl.core.lessons.controls import CONTROLS as DESCRIPTIONS
    from deskdl.core.lessons.controls import control_text

    tip = LOCKED_TAB_TIP if control_id.startswith("tab.") else LOCKED_TIP
    what = control_text(control_id) if control_id in DESCRIPTIONS else _("this control")
    text = _(tip).format(what=what)
    if not rich:
        return text
    head, _sep, rest = html.escape(text).partition(": ")
    return f"<p><b>{head}.</b> {rest[:1].upper()}{rest[1:]}</p>"


class _LockedTips(QObject):
    """While a control is locked: pointing at it, or clicking it, says why (a tooltip and the status bar).

    A locked widget is disabled, and a disabled widget takes no clicks, so without this the
    learner would only see a grey control that does nothing. Listens application-wide (a click
    lands on the child under the mouse, inside the locked panel) only while something is locked.
    """

    def __init__(self, guard: ControlGuard) -> None:
        super().__init__(guard)
        self.guard = guard
        self.on = False

    def watch(self, on: bool) -> None:
        """Listen (True) or stop listening."""
        app = QApplication.instance()
        if app is None or on == self.on:
            return
        (app.installEventFilter if on else app.removeEventFilter)(self)
        self.on = on

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A tooltip or a click on a locked control: show why it is locked."""
        kind = event.type()
        if kind not in (QEvent.Type.ToolTip, QEvent.Type.MouseButtonPress) or not isinstance(obj, QWidget):
            return False
        if kind == QEvent.Type.ToolTip:
            pos, where = event.pos(), event.globalPos()
        else:
            pos, where = event.position().toPoint(), event.globalPosition().toPoint()
        cid = self.guard.locked_at(obj, pos)
        if cid is None:
            return False
        QToolTip.showText(where, locked_tip(cid, rich=True), obj)
        if kind == QEvent.Type.MouseButtonPress:
            status = getattr(self.guard.window, "status", None)
            if status is not None:
                status.showMessage(locked_tip(cid), 8000)
            return False
        return True


def _alive(widget: QObject | None) -> bool:
    if widget is None:
        return False
    try:
        import shiboken6

        return shiboken6.isValid(widget)
    except ImportError:  # pragma: no cover - PySide6 always ships it
        return True


# ================================================================== highlighting
#: How long the outline pulses before it stays still (ms), and one pulse (ms).
PULSE_MS = 6000
PULSE_PERIOD_MS = 900
#: Outline colours: an amber that stands out on the light and on the dark palette alike.
HIGHLIGHT_LIGHT = "#e8590c"
HIGHLIGHT_DARK = "#ffb347"
OUTLINE_WIDTH = 3
MARGIN = 4


def highlight_color() -> QColor:
    """The outline colour for the palette in use."""
    from deskdl.qt import theme

    return QColor(HIGHLIGHT_DARK if theme.is_dark() else HIGHLIGHT_LIGHT)


class _Outline(QWidget):
    """A frame drawn over the window around one control; clicks go through it."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.strength = 1.0

    def paintEvent(self, _event: QEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = highlight_color()
        glow = QColor(color)
        glow.setAlphaF(0.25 * self.strength)
        painter.setPen(QPen(glow, OUTLINE_WIDTH + 4))
        inner = self.rect().adjusted(OUTLINE_WIDTH, OUTLINE_WIDTH, -OUTLINE_WIDTH, -OUTLINE_WIDTH)
        painter.drawRoundedRect(inner, 6, 6)
        color.setAlphaF(0.45 + 0.55 * self.strength)
        painter.setPen(QPen(color, OUTLINE_WIDTH))
        painter.drawRoundedRect(inner, 6, 6)
        painter.end()


class Highlighter(QObject):
    """Outlines controls named by id over ``window``: a pulse at first, then a steady frame.

    The outline follows its control (moves, resizes, tab switches) and disappears while the
    control is not on screen; :meth:`clear` removes every outline.
    """

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self._targets: dict[str, _Outline] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._follow)
        self._pulse = QVariantAnimation(self)
        self._pulse.setStartValue(0.0)
        self._pulse.setEndValue(1.0)
        self._pulse.setDuration(PULSE_PERIOD_MS)
        self._pulse.setLoopCount(max(1, PULSE_MS // PULSE_PERIOD_MS))
        self._pulse.valueChanged.connect(self._on_pulse)
        self._pulse.finished.connect(self._on_pulse_done)

    def highlighted(self) -> list[str]:
        """The ids outlined now."""
        return list(self._targets)

    def outline(self, control_id: str) -> QWidget | None:
        """The outline widget of ``control_id`` (for tests and screenshots)."""
        return self._targets.get(control_id)

    def highlight(self, control_id: str) -> bool:
        """Outline ``control_id`` (False if no such control exists now)."""
        if _tab_index(self.window, control_id) < 0 and not find_controls(self.window, control_id):
            return False
        if control_id not in self._targets:
            self._targets[control_id] = _Outline(self.window)
        self._follow()
        self._timer.start()
        self._pulse.stop()
        self._pulse.start()
        return True

    def clear(self) -> None:
        """Remove every outline."""
        for outline in self._targets.values():
            outline.hide()
            outline.deleteLater()
        self._targets.clear()
        self._timer.stop()
        self._pulse.stop()

    def settle(self) -> None:
        """Stop pulsing: every outline at full strength (screenshots)."""
        self._pulse.stop()
        self._on_pulse_done()
        self._follow()

    def target_rect(self, control_id: str) -> QRect | None:
        """Where ``control_id`` is drawn now, in window coordinates (None when not on screen)."""
        i = _tab_index(self.window, control_id)
        if i >= 0:
            bar = self.window.stages.tabBar()
            if not bar.isVisible() or not self.window.stages.isTabVisible(i):
                return None
            rect = bar.tabRect(i)
            return QRect(bar.mapTo(self.window, rect.topLeft()), rect.size())
        rect = QRect()
        for widget in find_controls(self.window, control_id):
            if not widget.isVisible() or widget.window() is not self.window:
                continue
            shown = QRect(widget.mapTo(self.window, widget.rect().topLeft()), widget.size())
            parent = widget.parentWidget()
            while parent is not None and parent is not self.window and not shown.isEmpty():
                # the part its scroll areas and panels let through
                corner = parent.mapTo(self.window, parent.rect().topLeft())
                shown = shown.intersected(QRect(corner, parent.size()))
                parent = parent.parentWidget()
            if not shown.isEmpty():
                rect = rect.united(shown)
        return None if rect.isEmpty() else rect

    def _follow(self) -> None:
        for cid, outline in self._targets.items():
            rect = self.target_rect(cid)
            if rect is None:
                outline.hide()
                continue
            rect = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
            outline.setGeometry(rect.intersected(self.window.rect()))
            outline.show()
            outline.raise_()

    def _on_pulse(self, value: float) -> None:
        import math

        strength = 0.5 + 0.5 * math.cos(2 * math.pi * float(value))
        for outline in self._targets.values():
            outline.strength = strength
            outline.update()

    def _on_pulse_done(self) -> None:
        for outline in self._targets.values():
            outline.strength = 1.0
            outline.update()


__all__ = ["CONTROLS", "Control", "ControlGuard", "Highlighter", "control", "control_ids", "find_control",
           "find_controls", "fold_back", "highlight_color", "name_controls", "reveal", "stage_of"]
