"""Runs a lesson in the main window: the session, its actions, live checks, locks and learner events.

The :class:`~deskdl.core.lessons.session.LessonSession` (core) knows the steps,
ticks, hints and progress; this controller is its Qt side:

* it performs a step's actions in the window: a project or template opens as the
  window's project, layer edits go through the canvas's undoable commands (one
  undo step per "Show me"), training through the Train tab's own Start, GUI ops
  switch tabs, select layers and highlight controls;
* it re-evaluates the step's check (coalesced by a short timer) whenever the
  project changes, a run ends or the learner does something the lesson may ask
  for, and shows the result in the :class:`~deskdl.qt.lessons.panel.LessonPanel`;
* it reports learner events (``deskdl.core.lessons.controls.EVENTS``) from the
  widgets that have them: tabs opened, a layer selected, runs started, stopped
  and ended, the temperature slider moved, a digit drawn, an evaluation done ...;
* it locks and hides the controls the lesson names (:class:`ControlGuard`) and
  outlines the ones a step points at (:class:`Highlighter`), and gives every
  control back when the lesson closes.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.i18n import translator
from deskdl.qt.lessons import texts as T
from deskdl.qt.lessons.controls import ControlGuard, Highlighter, fold_back, reveal, stage_of
from deskdl.qt.lessons.panel import PANEL_WIDTH, LessonPanel

_ = translator("qt.lessons.controller")

log = logging.getLogger(__name__)

#: Milliseconds between a change and the check that follows it (many changes, one check).
CHECK_DELAY_MS = 40
DOCK_NAME = "dockLesson"


class _LessonDock(QDockWidget):
    """The lesson's dock: closing it leaves the lesson (the progress is kept)."""

    closed_by_user = Signal()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """The dock's own close button: leave the lesson."""
        super().closeEvent(event)
        self.closed_by_user.emit()


class _QuietStore:
    """A progress store whose writes never raise: a file that cannot be written is said once, not fatal."""

    def __init__(self, store: Any, on_error: Any) -> None:
        self.store = store
        self.on_error = on_error

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def put(self, lesson_id: str, progress: Any) -> None:
        """Store ``progress``; a failure goes to ``on_error`` (the panel shows it)."""
        from deskdl.core.errors import DeskdlError

        try:
            self.store.put(lesson_id, progress)
        except (DeskdlError, OSError) as err:
            self.on_error(getattr(err, "text", None) or str(err))


class LessonSidebarSection(QWidget):
    """The sidebar's Lessons section: go on with the last lesson, or browse them all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(T.shown(T.SIDEBAR_NONE), self)
        self.note.setWordWrap(True)
        self.note.setProperty("role", "caption")
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("sidebarLessonContinue")
        self.continue_button.setToolTip(T.shown(T.SIDEBAR_CONTINUE_TIP))
        self.continue_button.hide()
        self.browse_button = QPushButton(T.shown(T.SIDEBAR_BROWSE), self)
        self.browse_button.setObjectName("sidebarLessonBrowse")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.note)
        box.addWidget(self.continue_button)
        row = QHBoxLayout()
        row.addWidget(self.browse_button)
        row.addStretch(1)
        box.addLayout(row)
        self.continue_id: str | None = None
        self._continue_parts: tuple[str, int, int] | None = None  # (title, step, steps) of the offer

    def set_continue(self, lesson: Any, progress: Any) -> None:
        """Offer to go on with ``lesson`` (None: nothing to go on with)."""
        self.continue_id = lesson.id if lesson is not None else None
        if lesson is None:
            self._continue_parts = None
            self.continue_button.hide()
            self.note.show()
            return
        count = len(lesson.steps)
        self._continue_parts = (lesson.title, min(progress.step, count - 1) + 1, count)
        self.continue_button.setToolTip(
            f"{self._continue_text(lesson.title)}\n{T.shown(T.SIDEBAR_CONTINUE_TIP)}")
        self._fit_texts()
        self.continue_button.show()
        self.note.hide()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The note's height and the button's text depend on the width the sidebar gives them."""
        super().resizeEvent(event)
        self._fit_texts()

    def _fit_texts(self) -> None:
        """Keep every line of the note and the button's text readable at the section's width.

        A word-wrapped label's minimum height does not follow its width, so a short sidebar (the
        Project dock at 1280x720) squeezed the note to two of its three lines; its height for the
        width it has is now its minimum, and the dock gives it that room. A button does not wrap:
        a long lesson title is shortened with '…' (the tooltip has it whole) instead of widening
        the sidebar or being cut off.
        """
        width = max(self.width(), 1)
        self.note.setMinimumHeight(self.note.heightForWidth(width))
        if self._continue_parts is None:
            return
        title = self._continue_parts[0]
        metrics = self.continue_button.fontMetrics()
        room = width - 24 - metrics.horizontalAdvance(self._continue_text(""))  # 24: frame and padding
        self.continue_button.setText(self._continue_text(
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(room, 40))))

    def _continue_text(self, title: str) -> str:
        _title, step, count = self._continue_parts
        return T.shown(T.SIDEBAR_CONTINUE).format(title=title, step=step, count=count)


class LessonController(QObject):
    """The lesson machinery of one main window (see the module docstring).

    Parameters
    ----------
    window : MainWindow
        The window to run lessons in.
    root : path, optional
        The lessons folder (default: the bundled ``resources/lessons``).
    store : ProgressStore, optional
        Where progress is kept (default: the learner's config folder).
    """

    #: A lesson opened (its id).
    lesson_opened = Signal(str)
    #: The lesson closed (its id).
    lesson_closed = Signal(str)
    #: The step shown changed (0-based index).
    step_shown = Signal(int)
    #: The current step's check was evaluated (passed or not).
    checked = Signal(bool)

    def __init__(self, window: Any, root: str | Path | None = None, store: Any = None) -> None:
        super().__init__(window)
        from deskdl.core.lessons.progress import ProgressStore

        self.window = window
        self.root = Path(root) if root is not None else None
        if store is None and getattr(window, "ephemeral", False):
            # a throwaway window (screenshots) keeps no learner's progress, and touches none
            import tempfile

            self._scratch = tempfile.TemporaryDirectory(prefix="deskdl-lessons-")
            store = ProgressStore(Path(self._scratch.name) / "progress.json")
        self.store = _QuietStore(store if store is not None else ProgressStore(), self._on_store_failed)
        self.session: Any = None
        self.result: Any = None
        self._course: Any = None
        #: (lesson id, project) the open lesson set up: resuming it keeps the learner's work.
        self._lesson_project: Any = None
        self._pending_train: int | None | bool = False  # epochs to train once TensorFlow is ready
        self._known_runs: set[str] = set()
        self._last_dataset: Any = None
        self._wired: set[int] = set()
        self._stages_wired = False
        #: True while the lesson itself sets the stage (a step's actions): what it does is not the learner's.
        self._quiet = False
        self.browser: Any = None

        self.panel = LessonPanel()
        self.dock = _LessonDock(T.shown(T.DOCK_TITLE), window)
        self.dock.setObjectName(DOCK_NAME)
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.panel.setMinimumWidth(260)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.guard = ControlGuard(window, self)
        self.highlighter = Highlighter(window, self)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)

        self.panel.next_clicked.connect(self.next_step)
        self.panel.back_clicked.connect(self.back_step)
        self.panel.hint_clicked.connect(self.show_hint)
        self.panel.show_me_clicked.connect(self.show_me)
        self.panel.leave_clicked.connect(self.close_lesson)
        self.panel.browse_clicked.connect(self.open_browser)
        self.dock.closed_by_user.connect(self.close_lesson)
        self.dock.visibilityChanged.connect(self._on_dock_visibility)

        self._make_menu()
        self.sidebar_section = LessonSidebarSection()
        self.sidebar_section.browse_button.clicked.connect(self.open_browser)
        self.sidebar_section.continue_button.clicked.connect(self._on_sidebar_continue)
        sidebar = getattr(window, "sidebar", None)
        if sidebar is not None and hasattr(sidebar, "add_section"):
            sidebar.add_section(T.shown(T.SIDEBAR_HEADING), self.sidebar_section, 0)
        self._update_sidebar()

        window.stages.currentChanged.connect(self._on_stage_changed)
        window.project_changed.connect(self._on_project_changed)
        editor = window.editor
        editor.undo_stack.indexChanged.connect(self.schedule_check)
        editor.selection_changed.connect(self._on_selection_changed)
        window.installEventFilter(self)

    # =============================================================== course
    def course(self) -> Any:
        """The course (read once; :meth:`reload_course` reads the files again)."""
        if self._course is None:
            self.reload_course()
        return self._course

    def reload_course(self) -> Any:
        """Read the lesson files again (a teacher edited one)."""
        from deskdl.core.lessons.loader import load_course

        self._course = load_course(self.root)
        from deskdl.core.lessons.handout import handouts_section

        known = {x.id for x in self._course.lessons}
        handed = handouts_section(exclude=known)  # the hand-outs this learner opened, first
        if handed is not None:
            self._course.sections.insert(0, handed)
        for problem in self._course.problems:
            log.warning("lesson file skipped: %s", problem)
        return self._course

    def progress(self) -> dict[str, Any]:
        """Lesson id -> the learner's progress."""
        return self.store.all()

    # ================================================================ menu
    def _make_menu(self) -> None:
        window = self.window
        bar = window.menuBar()
        self.menu = bar.addMenu(T.shown(T.MENU))
        help_action = next((a for a in bar.actions() if a.text() == "&Help"), None)
        if help_action is not None:  # Lessons sits before Help
            bar.removeAction(self.menu.menuAction())
            bar.insertMenu(help_action, self.menu)
        self.browse_action = QAction(T.shown(T.BROWSE), window)
        self.browse_action.setObjectName("lessons_browse")
        self.browse_action.setShortcut(QKeySequence("Ctrl+B"))  # B: browse; Ctrl+L arranges the canvas
        self.browse_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.browse_action.setStatusTip(T.shown(T.BROWSE_TIP))
        self.browse_action.triggered.connect(lambda _c=False: self.open_browser())
        self.leave_action = QAction(T.shown(T.LEAVE), window)
        self.leave_action.setObjectName("lessons_leave")
        self.leave_action.setStatusTip(T.shown(T.LEAVE_TIP))
        self.leave_action.triggered.connect(lambda _c=False: self.close_lesson())
        self.leave_action.setEnabled(False)
        window.addAction(self.browse_action)
        self.menu.addAction(self.browse_action)
        self._make_classroom_actions()
        self.menu.addAction(self.leave_action)
        action_map = getattr(window, "action_map", None)
        if isinstance(action_map, dict):
            action_map["lessons_browse"] = self.browse_action
            action_map["lessons_leave"] = self.leave_action
            action_map["lessons_open_file"] = self.open_file_action
            action_map["lessons_hand_in"] = self.hand_in_action
            action_map["lessons_hand_out"] = self.hand_out_action

    # ============================================================ classroom
    def _make_classroom_actions(self) -> None:
        """Open Lesson File…, Hand In… and Hand Out as Lesson… (also in the File menu, after Save As)."""
        from deskdl.qt.lessons import classroom as C

        window = self.window

        def action(text: str, tip: str, name: str, slot: Any) -> QAction:
            act = QAction(C.shown(text), window)
            act.setObjectName(name)
            act.setStatusTip(C.shown(tip))
            act.triggered.connect(lambda _c=False: slot())
            return act

        self.open_file_action = action(C.OPEN_HANDOUT, C.OPEN_HANDOUT_TIP, "lessons_open_file",
                                       self.open_handout)
        self.hand_in_action = action(C.HAND_IN, C.HAND_IN_TIP, "lessons_hand_in", self.hand_in)
        self.hand_out_action = action(C.HAND_OUT, C.HAND_OUT_TIP, "lessons_hand_out", self.hand_out)
        self.check_action = action(C.CHECK, C.CHECK_TIP, "lessons_check", self.check_hand_ins)
        self.menu.addAction(self.open_file_action)
        self.menu.addSeparator()
        self.menu.addAction(self.hand_in_action)
        self.menu.addAction(self.hand_out_action)
        self.menu.addAction(self.check_action)
        self.menu.addSeparator()
        file_menu = next((a.menu() for a in window.menuBar().actions() if a.text() == "&File"), None)
        save_as = getattr(window, "action_map", {}).get("save_as")
        if file_menu is not None and save_as is not None and save_as in file_menu.actions():
            after = file_menu.actions()[file_menu.actions().index(save_as) + 1:]
            file_menu.insertAction(after[0] if after else None, self.hand_out_action)

    def hand_out(self) -> Any:
        """File > Hand Out as Lesson…: the dialog (modal); returns it after it closed."""
        from deskdl.qt.lessons.classroom import HandOutDialog

        dialog = HandOutDialog(self)
        dialog.exec()
        return dialog

    def hand_in(self) -> Any:
        """Lessons > Hand In…: the dialog (modal); returns it after it closed."""
        from deskdl.qt.lessons.classroom import HandInDialog

        dialog = HandInDialog(self)
        dialog.exec()
        return dialog

    def check_hand_ins(self, paths: Any = None) -> Any:
        """Lessons > Check Hand-ins… (or File > Open of a bundle): the teacher's view; returns the dialog.

        Without ``paths`` it asks for bundles first (nothing chosen: no dialog, None).
        """
        from deskdl.qt.lessons.classroom import BUNDLE_FILTER, CHECK_TITLE, CheckDialog, shown

        if not paths:
            paths, _filter = QFileDialog.getOpenFileNames(self.window,
                shown(CHECK_TITLE), self.window._last_dir(),
                                                          shown(BUNDLE_FILTER))
            if not paths:
                return None
        if self.window.stage_tab("Train") is None:  # a bundle given at start: once the window is up
            self._pending_check = list(paths)
            return None
        dialog = CheckDialog(self, paths)
        dialog.show()
        return dialog

    def handout_lesson(self, lesson_id: str) -> Any:
        """A hand-out lesson unpacked before (``<data>/handouts/<id>/<id>.toml``), else None."""
        from deskdl.core.lessons.handout import handouts_dir
        from deskdl.core.lessons.loader import load_lesson
        from deskdl.core.lessons.model import LessonError

        path = handouts_dir() / lesson_id / f"{lesson_id}.toml"
        try:
            return load_lesson(path, section="handouts") if path.is_file() else None
        except LessonError:
            return None

    def open_handout(self, path: str | Path | None = None) -> bool:
        """Open a teacher's ``.deskdl-lesson`` file in the lesson dock (asks for it when None).

        Before the stage tabs exist (a file given at start) it opens once they do.
        """
        from deskdl.core.lessons.handout import install_handout
        from deskdl.core.lessons.model import LessonError
        from deskdl.qt.lessons import classroom as C

        window = self.window
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(window,
                C.shown(C.OPEN_HANDOUT_TITLE), window._last_dir(),
                                                  C.shown(C.HANDOUT_FILTER))
            if not path:
                return False
        if window.stage_tab("Train") is None:
            self._pending_handout = str(path)
            return False
        try:
            lesson = install_handout(path)
        except LessonError as err:
            if window.isVisible():
                QMessageBox.warning(window, T.shown(T.OPEN_FAILED_TITLE), err.text)
            else:
                log.warning("%s", err.text)
            return False
        if not self.open_lesson(lesson):
            return False
        window._remember(path)
        return True

    # ============================================================== browser
    def open_browser(self) -> Any:
        """Show the lessons browser (made once, refreshed each time)."""
        from deskdl.qt.lessons.browser import LessonBrowser

        if self.browser is None:
            self.browser = LessonBrowser(self.window)
            self.browser.lesson_chosen.connect(self._on_lesson_chosen)
        self.reload_course()
        self.browser.set_course(self.course(), self.progress(), str(self.root or "resources/lessons"))
        if self.session is not None:
            self.browser.select_lesson(self.session.lesson.id)
        self.browser.show()
        self.browser.raise_()
        self.browser.activateWindow()
        return self.browser

    @Slot(str, bool)
    def _on_lesson_chosen(self, lesson_id: str, restart: bool) -> None:
        self.open_lesson(lesson_id, restart=restart)

    def _on_sidebar_continue(self) -> None:
        if self.sidebar_section.continue_id:
            self.open_lesson(self.sidebar_section.continue_id)

    def _update_sidebar(self) -> None:
        """The sidebar offers the lesson touched last that is not finished."""
        try:
            progress = self.progress()
            course = self.course()
        except Exception:  # noqa: BLE001 - a broken lessons folder must not break the sidebar
            log.exception("cannot read the lessons")
            return
        open_id = self.session.lesson.id if self.session is not None else None
        best = None
        for lesson_id, p in progress.items():
            if lesson_id == open_id or p.finished or not p.started:
                continue
            lesson = course.find(lesson_id)
            if lesson is not None and (best is None or p.updated > best[1].updated):
                best = (lesson, p)
        self.sidebar_section.set_continue(*(best or (None, None)))

    # ================================================================ lesson
    def open_from_command_line(self, spec: str) -> str | None:
        """``--lesson NAME[:STEP]``: open it (at 1-based STEP); returns a problem in words, or None."""
        name, _sep, step_text = spec.partition(":")
        lesson = self.course().find(name)
        if lesson is None:
            known = ", ".join(x.id for x in self.course().lessons) or "none"
            return f"there is no lesson called {name!r}; the lessons are {known}"
        step = None
        if step_text:
            if not step_text.isdigit() or not 1 <= int(step_text) <= len(lesson.steps):
                return f"lesson {name!r} has steps 1 to {len(lesson.steps)}, not {step_text!r}"
            step = int(step_text) - 1
        return None if self.open_lesson(lesson, step=step) else f"the lesson {name!r} could not be opened"

    def open_lesson(self, lesson: Any, restart: bool = False, step: int | None = None) -> bool:
        """Open ``lesson`` (a Lesson, or its id) where the learner left it (``restart``: from step 1).

        ``step`` (0-based) jumps to that step as if the ones before were done (their edits are
        made). Asks about unsaved changes first when the lesson opens a project of its own.
        False (with a message) when it cannot be opened.
        """
        from deskdl.core.lessons.model import LessonError
        from deskdl.core.lessons.session import LessonSession

        if isinstance(lesson, str):
            found = self.course().find(lesson)
            if found is None:
                self._warn(T.shown(T.OPEN_FAILED_TITLE),
                           T.shown(T.UNKNOWN_LESSON).format(name=lesson).removeprefix("deskdl: "))
                return False
            lesson = found
        same = self.session is not None and self.session.lesson.id == lesson.id
        mine = self._lesson_project
        keep_project = (not restart and mine is not None and mine[0] == lesson.id
                        and mine[1] is self.window.project)
        if self.session is not None:
            self._end_session(message=not same)
        if lesson.start_actions() and not keep_project and not self.window.maybe_save():
            return False
        session = LessonSession(lesson, self.store)
        if restart:
            session.restart()
        if step is not None:
            session.index = max(0, min(int(step), session.count - 1))
            session.hints_shown = 0
            session.done.update(s.id for s in lesson.steps[:session.index])
            keep_project = False
        self.session = session
        self.result = None
        try:
            if not keep_project:
                self._run(lesson.start_actions(), project_ops=True)
                self._replay_before(session.index)
            step_actions = self._open_step(session.index)
            self._run(step_actions, project_ops=not keep_project)
        except LessonError as err:
            self.panel.set_message(T.shown(T.ACTION_FAILED).format(reason=err.text))
        self._lesson_project = (lesson.id, self.window.project)
        self.leave_action.setEnabled(True)
        self._show_dock()
        self._show_step()
        self._update_sidebar()
        self.window.status.showMessage(T.shown(T.OPENED).format(title=lesson.title, number=session.index + 1,
                                                       count=session.count), 6000)
        self.lesson_opened.emit(lesson.id)
        return True

    def close_lesson(self) -> bool:
        """Leave the open lesson: controls come back, the panel goes, progress stays (False: none open)."""
        if self.session is None:
            return False
        self._end_session(message=True)
        self._update_sidebar()
        return True

    def _end_session(self, message: bool) -> None:
        session = self.session
        self.session = None
        self.result = None
        self._pending_train = False
        self._check_timer.stop()
        self.guard.release_all()
        self.highlighter.clear()
        fold_back(self.window)
        self.panel.show_session(None)
        self.panel.set_message("")
        self.dock.hide()
        self.leave_action.setEnabled(False)
        if message and session is not None:
            text = T.shown(T.FINISHED) if session.finished else T.shown(T.LEFT)
            self.window.status.showMessage(text.format(title=session.lesson.title), 6000)
        if session is not None:
            self.lesson_closed.emit(session.lesson.id)

    def _open_step(self, index: int) -> tuple:
        """Make step ``index`` current in the session; returns its actions."""
        project = self.window.project
        self._known_runs = {str(r.get("id", "")) for r in project.runs}
        return self.session.open_step(index, project)

    def _replay_before(self, index: int) -> None:
        """Resuming at step ``index`` on a fresh project: redo the project edits of the steps before it.

        A later step builds on what the earlier ones made (a layer added in step 2); trainings and
        GUI ops are not replayed. An edit that cannot be redone is skipped.
        """
        from deskdl.core.lessons.model import PROJECT_OPS, LessonError

        for step in self.session.lesson.steps[:index]:
            for action in (*step.actions, *step.show_me):
                if action.op in PROJECT_OPS:
                    try:
                        self._do(action, quiet=True)
                    except LessonError:
                        continue
        self.window.editor.undo_stack.clear()

    # ----------------------------------------------------------- navigation
    def next_step(self) -> bool:
        """Go to the next step (Next), or finish the lesson after the last one."""
        session = self.session
        if session is None or not (session.step.check is None or session.is_done()):
            return False
        actions = session.next(self.window.project)
        if actions is None:  # that was the last step
            self._update_sidebar()
            self.close_lesson()
            return True
        self._known_runs = {str(r.get("id", "")) for r in self.window.project.runs}
        self.result = None
        self._run_safely(actions, project_ops=True)
        self._show_step()
        return True

    def back_step(self) -> bool:
        """Go back one step to read it again (its project actions are not redone: your work stays)."""
        session = self.session
        if session is None or session.index == 0:
            return False
        actions = session.back(self.window.project) or ()
        self.result = None
        self._run_safely(actions, project_ops=False)
        self._show_step()
        return True

    def show_hint(self) -> str | None:
        """Reveal the next hint of the step (one at a time)."""
        if self.session is None:
            return None
        text = self.session.hint()
        if text is not None:
            self.session.report("hint_shown")
        self.panel.show_session(self.session, self.result)
        self.schedule_check()
        return text

    def show_me(self) -> bool:
        """Do the step for the learner ("Show me"): the step's reference actions, for real."""
        if self.session is None or not self.session.step.show_me:
            return False
        self.panel.set_message("")
        step = self.session.step
        self._run_safely(self.session.show_me(), project_ops=True,
            macro=_("Show me: {title}").format(title=step.title))
        self.schedule_check()
        return True

    # ------------------------------------------------------------- showing
    def _show_step(self) -> None:
        session = self.session
        self.guard.set_controls(session.locked(), session.hidden())
        self.highlighter.clear()
        fold_back(self.window)
        quiet, self._quiet = self._quiet, True  # bringing a control on screen is not the learner's doing
        try:
            for cid in session.highlighted():
                if cid:
                    self._highlight(cid, reveal_it=False)
        finally:
            self._quiet = quiet
        self.panel.set_message("")
        self.panel.show_session(session, self.result)
        self.step_shown.emit(session.index)
        self.check_now()

    def _show_dock(self) -> None:
        """Show the lesson panel on the current tab (placed by default unless this tab remembers it)."""
        if self.session is None:
            self.dock.hide()
            return
        if self.dock.isVisible():
            return
        window = self.window
        if self.dock.isFloating():
            self.dock.setFloating(False)
        window.removeDockWidget(self.dock)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        props = getattr(window, "properties_dock", None)
        beside = props is not None and props.isVisible() and not props.isFloating() and \
            window.dockWidgetArea(props) == Qt.DockWidgetArea.RightDockWidgetArea
        self.dock.show()
        if beside:
            # Build: the lesson above the layer's properties in the right column, so the canvas
            # keeps its width; the properties scroll when short.
            window.splitDockWidget(self.dock, props, Qt.Orientation.Vertical)
            window.resizeDocks([self.dock, props], [2, 1], Qt.Orientation.Vertical)
        else:
            window.resizeDocks([self.dock], [PANEL_WIDTH], Qt.Orientation.Horizontal)

    @Slot(bool)
    def _on_dock_visibility(self, visible: bool) -> None:
        """A tab's remembered layout (or the window's at start) shows the dock, no lesson open: hide it."""
        if visible and self.session is None:
            QTimer.singleShot(0, self._hide_idle_dock)

    def _hide_idle_dock(self) -> None:
        if self.session is None and self.dock.isVisible() and not self.dock.isFloating():
            self.dock.hide()

    # ============================================================== checks
    @Slot()
    def schedule_check(self, *_args: object) -> None:
        """Check the step again soon (many changes in a row give one check)."""
        if self.session is not None:
            self._check_timer.start()

    @Slot()
    def check_now(self) -> Any:
        """Evaluate the current step's check now and show it; returns the result."""
        session = self.session
        if session is None:
            return None
        was_done = session.is_done()
        result = session.check(self.window.project)
        self.result = result
        self.panel.update_check(session, result)
        if session.is_done() and not was_done:
            self.panel.show_session(session, result)
            last = session.index + 1 >= session.count
            message = T.LESSON_DONE if session.finished else T.LAST_STEP_DONE if last else T.STEP_DONE
            message = T.shown(message)
            if session.finished and session.lesson.section == "handouts":  # a teacher's hand-out
                message += " " + T.shown(T.HAND_IN_NOW)
            self.panel.set_message(message)
        self.checked.emit(bool(result is not None and result.passed))
        return result

    # ============================================================= actions
    def _run_safely(self, actions: Any, project_ops: bool, macro: str = "") -> None:
        from deskdl.core.lessons.model import LessonError

        try:
            self._run(actions, project_ops, macro)
        except LessonError as err:
            self.panel.set_message(T.shown(T.ACTION_FAILED).format(reason=err.text))

    def _run(self, actions: Any, project_ops: bool, macro: str = "") -> None:
        """Perform ``actions`` in the window; ``project_ops`` False skips those that edit the project."""
        from deskdl.core.lessons.model import PROJECT_OPS

        stack = self.window.editor.undo_stack
        edits = [a for a in actions if a.op in PROJECT_OPS and a.op not in ("open_template", "open_project")]
        grouped = bool(macro and edits and project_ops)
        if grouped:
            stack.beginMacro(macro)
        # Show me (a macro) acts for the learner; a step setting its stage does not
        quiet, self._quiet = self._quiet, not macro
        try:
            for action in actions:
                if action.op in PROJECT_OPS and not project_ops:
                    continue
                self._do(action)
        finally:
            self._quiet = quiet
            if grouped:
                stack.endMacro()

    def _do(self, action: Any, quiet: bool = False) -> None:
        """One action (see ``deskdl.core.lessons.model.ACTION_OPS``)."""
        from deskdl.core.lessons.actions import open_project_for, set_path
        from deskdl.core.lessons.model import LessonError

        window, op = self.window, action.op
        folder = self.session.lesson.folder if self.session is not None else None
        if op in ("open_template", "open_project"):
            project = open_project_for(action, folder)
            window.set_project(project)
            self._lesson_project = (self.session.lesson.id, project) if self.session is not None else None
            if self.session is not None:
                self.session.mark_runs_old(project)
            self._known_runs = {str(r.get("id", "")) for r in project.runs}
        elif op == "add_layer":
            self._add_layer(action)
        elif op == "set_layer":
            params = dict(action.get("params") or {})
            self._edit(window.editor.set_params(action.get("layer"), params), action)
        elif op == "delete_layer":
            self._delete_layer(action.get("layer"))
        elif op == "connect":
            self._edit(window.editor.connect_nodes(action.get("src"), action.get("dst"), action.get("slot")),
                       action)
        elif op == "disconnect":
            self._edit(window.editor.disconnect_nodes(action.get("src"), action.get("dst")), action)
        elif op == "set_training":
            set_path(window.project.training, action.get("setting"), action.get("value"))
            self._training_edited()
        elif op == "set_data":
            set_path(window.project.data, action.get("setting"), action.get("value"))
            self._data_edited()
        elif op == "set_algorithm":
            set_path(window.project.algorithm, action.get("setting"), action.get("value"))
            self._training_edited()
        elif op == "train":
            if not quiet:
                self._train(action.get("epochs"))
        elif op == "event":
            name, data = str(action.get("name")), dict(action.get("data") or {})
            if name == "tab_opened" and data.get("tab"):
                quiet, self._quiet = self._quiet, True  # reported once, below
                try:
                    window.select_stage(str(data["tab"]))
                finally:
                    self._quiet = quiet
            if name == "uncertainty_viewed":  # Show me ticks the box (painted once a model is trained)
                box = getattr(getattr(window.stage_tab("Train"), "boundary", None), "uncertainty_box", None)
                if box is not None and not box.isChecked():
                    box.setChecked(True)
            if self.session is not None:
                self.session.report(name, **data)
                self.schedule_check()
        elif op == "switch_tab":
            window.select_stage(str(action.get("tab")))
        elif op == "select_layer":
            layer = action.get("layer")
            if layer not in window.project.graph:
                raise LessonError(_("{action}: the model has no layer {layer}").format(action="select_layer",
                                                                                        layer=repr(layer)))
            window.select_stage("Build")
            window.editor.select(layer)
        elif op == "highlight":
            self._highlight(str(action.get("control")))
        else:  # pragma: no cover - the loader only lets known ops through
            raise LessonError(_("unknown action {action}").format(action=repr(op)))

    @staticmethod
    def _edit(ok: bool, action: Any) -> None:
        from deskdl.core.lessons.model import LessonError

        if not ok:
            raise LessonError(_("{action}: the model refused this change (see the status bar)").format(
                action=action.op))

    def _add_layer(self, action: Any) -> None:
        """Add a layer through the canvas's own undoable commands (with the lesson's id when it names one)."""
        from deskdl.core.layout import place_new_node
        from deskdl.core.lessons.model import LessonError
        from deskdl.qt.commands import AddNodeCommand, InsertOnEdgeCommand

        editor = self.window.editor
        graph = editor.graph
        type_name = str(action.get("type"))
        params = dict(action.get("params") or {})
        node_id, after, before = action.get("id"), action.get("after"), action.get("before")
        for ref in (after, before):
            if ref and ref not in graph:
                raise LessonError(_("{action}: the model has no layer {layer}").format(action="add_layer",
                                                                                        layer=repr(ref)))
        if after and before:
            target = graph.node(before)
            if after not in target.inputs:
                raise LessonError(_("add_layer: {after} does not feed {before}, so there is no link to put "
                                    "the layer on").format(after=after, before=before))
            pos, moves = editor._insert_spot(type_name, after, before)
            slot = target.inputs.index(after)
            cmd = InsertOnEdgeCommand(graph, editor.scene, type_name, after, before, slot, pos, params=params,
                                      moves=moves)
            cmd.node_id = node_id  # None: the command names it
        else:
            size = editor._card_size(type_name)
            pos = place_new_node(graph, editor.layout, after=after, size=size, sizes=editor.scene.sizes(),
                                 direction=editor.scene.orientation)
            cmd = AddNodeCommand(graph, editor.scene, type_name, params, pos, inputs=[after] if after else (),
                                 node_id=node_id)
        if not editor._push(cmd):
            raise LessonError(_("add_layer: {layer} could not be added (see the status bar)").format(
                layer=type_name))
        if before and not after and not editor.connect_nodes(cmd.node_id, before):
            raise LessonError(_("add_layer: {layer} could not be linked into {before}").format(
                layer=cmd.node_id, before=before))
        editor.select(cmd.node_id, center=False)

    def _delete_layer(self, layer: str) -> None:
        from deskdl.core.lessons.model import LessonError
        from deskdl.qt.commands import RemoveNodesCommand

        editor = self.window.editor
        if layer not in editor.graph:
            raise LessonError(_("{action}: the model has no layer {layer}").format(action="delete_layer",
                                                                                    layer=repr(layer)))
        if not editor._push(RemoveNodesCommand(editor.graph, editor.scene, [layer])):
            raise LessonError(_("delete_layer: {layer} could not be deleted").format(layer=layer))

    def _training_edited(self) -> None:
        """A lesson changed ``project.training``: the Train tab's form shows it, the project is unsaved."""
        train = self.window.stage_tab("Train")
        if train is not None:
            train.settings.set_config(self.window.project.training)
            if hasattr(train, "algorithm_form"):
                train.algorithm_form.set_project(self.window.project)
        glue = getattr(self.window, "_deskdl_stage_glue", None)
        if glue is not None:
            glue.on_settings_changed()
        self.window.mark_modified()
        self.schedule_check()

    def _data_edited(self) -> None:
        """A lesson changed ``project.data``: the Data tab and the others read it again."""
        data = self.window.stage_tab("Data")
        if data is not None:
            data.set_project(self.window.project)
        glue = getattr(self.window, "_deskdl_stage_glue", None)
        if glue is not None:
            glue.on_data_changed()
        else:
            self.window.mark_modified()
        self.schedule_check()

    def _train(self, epochs: int | None) -> None:
        """Train through the Train tab's own Start, as the learner would (after TensorFlow has loaded)."""
        window = self.window
        train = window.stage_tab("Train")
        if train is None:
            window.install_stage_tabs()
            train = window.stage_tab("Train")
        window.select_stage("Train")
        if epochs:
            window.project.training["epochs"] = int(epochs)
            self._training_edited()
        if train.host.training:
            self.panel.set_message(T.shown(T.TRAINING_ALREADY))
            return
        if not window.keras.is_ready:
            self._pending_train = True
            self.panel.set_message(T.shown(T.WAITING_FOR_TF))
            window.keras.loaded.connect(self._start_pending_train, Qt.ConnectionType.UniqueConnection)
            window.start_tensorflow()
            return
        if train.start() is None:
            problems = train.settings.problem_list() + train.algorithm_form.problem_list()
            self.panel.set_message(
                T.shown(T.TRAIN_FAILED).format(reason="; ".join(problems) or train.status.text()))

    @Slot(dict)
    def _start_pending_train(self, _info: dict | None = None) -> None:
        if self._pending_train is False or self.session is None:
            return
        self._pending_train = False
        self.panel.set_message("")
        QTimer.singleShot(0, lambda: self._train(None))  # after the panels heard TensorFlow is ready

    def _highlight(self, control_id: str, reveal_it: bool = True) -> None:
        """Outline a control; ``reveal_it`` first brings it on screen (its tab, dock, page)."""
        if reveal_it:
            reveal(self.window, control_id)
        elif stage_of(control_id) and stage_of(control_id) == self.window.current_stage():
            reveal(self.window, control_id)
        self.highlighter.highlight(control_id)

    # ====================================================== learner events
    def report(self, name: str, **data: Any) -> None:
        """A learner event (``deskdl.core.lessons.controls.EVENTS``); the check is looked at again."""
        if self.session is None or self._quiet:
            return
        self.session.report(name, **data)
        self.schedule_check()

    def on_stages_installed(self) -> None:
        """Listen to the stage panels (they are added after the window is first shown)."""
        if self._stages_wired:
            return
        window = self.window
        train, data = window.stage_tab("Train"), window.stage_tab("Data")
        evaluate, inspect = window.stage_tab("Evaluate"), window.stage_tab("Inspect")
        if train is None:
            return
        self._stages_wired = True
        train.host.worker.run_started.connect(self._on_run_started)
        train.host.worker.failure_kind.connect(self._on_failure_kind)
        train.host.worker.run_failed.connect(self._on_run_failed)
        train.runs_changed.connect(self._on_runs_changed)
        train.run_completed.connect(self._on_run_completed)
        train.stop_button.clicked.connect(self._on_stop_clicked)
        train.runs.visibility_changed.connect(self._on_run_visibility_changed)
        train.boundary.uncertainty_shown.connect(self._on_uncertainty_shown)
        train.boundary.point_clicked.connect(self._on_plane_clicked)
        train.settings.settings_changed.connect(self.schedule_check)
        train.algorithm_form.settings_changed.connect(self.schedule_check)
        if data is not None:
            data.data_changed.connect(self._on_data_changed)
        if evaluate is not None:
            if hasattr(evaluate, "evaluated"):
                evaluate.evaluated.connect(self._on_evaluated)
            if hasattr(evaluate, "drawing_read"):
                evaluate.drawing_read.connect(self._on_drawing_read)
            if hasattr(evaluate, "adversarial_page"):
                evaluate.adversarial_page.flipped.connect(self._on_adversarial_flipped)
                evaluate.adversarial_page.epsilon_moved.connect(self._on_epsilon_moved)
        if inspect is not None:
            inspect.tabs.currentChanged.connect(self._on_inspect_page)
            excite = getattr(inspect, "excite", None)
            if excite is not None:
                excite.run_button.clicked.connect(self._on_excite_run)
        self._wire_kind_views()
        self._last_dataset = window.project.data.get("dataset")
        pending, self._pending_handout = getattr(self, "_pending_handout", None), None
        if pending:  # a hand-out given on the command line (a double-click): open it now the tabs exist
            QTimer.singleShot(0, lambda: self.open_handout(pending))
        bundles, self._pending_check = getattr(self, "_pending_check", None), None
        if bundles:  # a hand-in given on the command line: the teacher's view
            QTimer.singleShot(0, lambda: self.check_hand_ins(bundles))

    def _wire_kind_views(self) -> None:
        """Wire the kind views (made anew for each project) that report learner events.

        A text model's Write page reports the temperature and texts; an agent's view, Watch the agent.
        """
        train = self.window.stage_tab("Train")
        for view in getattr(train, "kind_views", None) or ():
            if hasattr(view, "row_read") and id(view) not in self._wired:
                view_key = id(view)
                self._wired.add(view_key)
                view.row_read.connect(self._on_attention_read)
                view.destroyed.connect(lambda _o=None, k=view_key: self._wired.discard(k))
            if hasattr(view, "watch_started") and id(view) not in self._wired:
                view_key = id(view)
                self._wired.add(view_key)
                view.watch_started.connect(self._on_agent_watched)
                view.destroyed.connect(lambda _o=None, k=view_key: self._wired.discard(k))
            panel = getattr(view, "panel", None)
            if panel is None or id(panel) in self._wired or not hasattr(panel, "slider"):
                continue
            key = id(panel)
            self._wired.add(key)
            panel.slider.valueChanged.connect(lambda _v, p=panel: self._on_temperature_moved(p))
            panel.greedy.toggled.connect(lambda _v, p=panel: self._on_temperature_moved(p))
            panel.written.connect(self._on_text_generated)
            panel.destroyed.connect(lambda _o=None, k=key: self._wired.discard(k))

    @Slot(int)
    def _on_stage_changed(self, index: int) -> None:
        name = self.window.stage_key(index)  # "Train" in every language (the tab shows it translated)
        if self.session is None:
            if self.dock.isVisible():
                self.dock.hide()  # a tab's remembered layout from a lesson that is closed now
            return
        self._show_dock()
        self.guard.reapply()
        self.report("tab_opened", tab=name)
        if name == "Data":
            self.report("data_viewed")
        elif name == "Train":
            boundary = getattr(self.window.stage_tab("Train"), "boundary", None)
            if boundary is not None and boundary.isVisibleTo(self.window.stage_tab("Train")):
                self.report("boundary_viewed")
        elif name == "Inspect":
            self._on_inspect_page()

    @Slot()
    def _on_inspect_page(self, *_args: object) -> None:
        inspect = self.window.stage_tab("Inspect")
        if inspect is None or self.window.current_stage() != "Inspect":
            return
        page = inspect.tabs.currentWidget()
        filters = (getattr(inspect, "filters", None), getattr(inspect, "feature_maps", None))
        if page is not None and page in filters:
            self.report("filters_viewed")

    @Slot(object)
    def _on_project_changed(self, project: Any) -> None:
        if self.session is None:
            return
        self._wire_kind_views()
        self.guard.reapply()
        self._last_dataset = project.data.get("dataset")
        # runs of another opened project were not made in this step
        self.session.mark_runs_old(project)
        self._known_runs = {str(r.get("id", "")) for r in project.runs}
        self.schedule_check()

    @Slot(list)
    def _on_selection_changed(self, ids: list) -> None:
        if len(ids) == 1:
            self.report("layer_selected", layer=ids[0])

    @Slot(object)
    def _on_run_started(self, _payload: object) -> None:
        self.report("run_started")

    @Slot()
    def _on_runs_changed(self) -> None:
        """A run record joined the project (a finished, stopped or failed run): report its end once."""
        for record in self.window.project.runs:
            run_id = str(record.get("id", ""))
            if run_id and run_id not in self._known_runs:
                self._known_runs.add(run_id)
                if self.session is not None and record.get("status"):
                    self.session.report("run_finished", status=str(record.get("status")))
        self.schedule_check()

    @Slot(str)
    def _on_failure_kind(self, kind: str) -> None:
        self._failure_kind = kind  # arrives just before run_failed

    @Slot(str, str)
    def _on_run_failed(self, message: str, _details: str) -> None:
        """A failed run's record says why (``record["error"]``), as a headless run's does.

        The ``diverged`` check reads it; the Train tab records the run before this slot runs.
        """
        kind = getattr(self, "_failure_kind", "error") or "error"
        self._failure_kind = "error"
        train = self.window.stage_tab("Train")
        run_id = getattr(train, "current_run_id", None)
        for record in reversed(self.window.project.runs):
            if record.get("id") == run_id or (run_id is None and record.get("status") == "failed"):
                if record.get("status") == "failed" and not record.get("error"):
                    record["error"] = {"kind": str(kind), "text": (message or "").strip().splitlines()[0]
                                       if message and message.strip() else ""}
                break
        self._on_runs_changed()

    @Slot(object)
    def _on_run_completed(self, _result: object) -> None:
        self._on_runs_changed()
        train = self.window.stage_tab("Train")
        if train is not None and sum(1 for rid in train.runs.run_ids() if train.runs.is_checked(rid)) >= 2:
            self.report("runs_overlaid")

    @Slot()
    def _on_stop_clicked(self) -> None:
        train = self.window.stage_tab("Train")
        if train is not None and train.host.training:
            self.report("run_stopped")

    @Slot()
    def _on_uncertainty_shown(self) -> None:
        self.report("uncertainty_viewed")

    @Slot(float, float)
    def _on_plane_clicked(self, x: float, y: float) -> None:
        self.report("plane_clicked", x=round(float(x), 2), y=round(float(y), 2))

    @Slot()
    def _on_excite_run(self) -> None:
        self.report("filter_excited")

    @Slot(str, bool)
    def _on_run_visibility_changed(self, _run_id: str, _visible: bool) -> None:
        train = self.window.stage_tab("Train")
        if train is not None and sum(1 for rid in train.runs.run_ids() if train.runs.is_checked(rid)) >= 2:
            self.report("runs_overlaid")

    @Slot()
    def _on_data_changed(self) -> None:
        dataset = self.window.project.data.get("dataset")
        if dataset != self._last_dataset:
            self._last_dataset = dataset
            self.report("dataset_changed", dataset=dataset)
        self.schedule_check()

    @Slot(object)
    def _on_evaluated(self, _report: object) -> None:
        self.report("evaluated")

    @Slot(int)
    def _on_drawing_read(self, label: int) -> None:
        self.report("digit_drawn", label=int(label))

    @Slot(object)
    def _on_adversarial_flipped(self, info: object) -> None:
        d = dict(info)  # type: ignore[call-overload]
        self.report("adversarial_flipped", epsilon=float(d["epsilon"]), label=int(d["label"]),
                    answer=int(d["answer"]))

    @Slot(object)
    def _on_attention_read(self, info: object) -> None:
        d = dict(info)  # type: ignore[call-overload]
        self.report("attention_read", query=str(d["query"]), top=str(d["top"]))

    @Slot(float)
    def _on_epsilon_moved(self, epsilon: float) -> None:
        self.report("epsilon_changed", value=round(float(epsilon), 6))

    def _on_temperature_moved(self, panel: Any) -> None:
        self.report("temperature_changed", value=round(float(panel.temperature), 4))

    @Slot()
    def _on_text_generated(self) -> None:
        self.report("text_generated")

    @Slot()
    def _on_agent_watched(self) -> None:
        self.report("agent_watched")

    # =============================================================== window
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Before the window closes and saves its layout: give the locked and hidden controls back.

        Otherwise a dock the lesson hid would be remembered hidden for the next start. If the
        close is cancelled (unsaved changes), the lesson holds them again.
        """
        if obj is self.window and event.type() == QEvent.Type.Close and self.session is not None:
            self.guard.release_all()
            self.highlighter.clear()
            QTimer.singleShot(0, self._after_close_attempt)
        return False

    def _after_close_attempt(self) -> None:
        if self.session is not None and self.window.isVisible():
            self._show_step()

    # ============================================================== helpers
    def _on_store_failed(self, reason: str) -> None:
        self.panel.set_message(T.shown(T.PROGRESS_NOT_SAVED).format(reason=reason))

    def _warn(self, title: str, text: str) -> None:
        if self.window.isVisible():
            QMessageBox.warning(self.window, title, text)
        else:
            log.warning("%s: %s", title, text)


__all__ = ["DOCK_NAME", "LessonController", "LessonSidebarSection"]
