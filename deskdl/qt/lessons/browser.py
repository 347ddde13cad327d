"""The lessons browser: the course's sections in order, each lesson's length and the learner's progress.

It reads a :class:`~deskdl.core.lessons.loader.Course` and a
:class:`~deskdl.core.lessons.progress.ProgressStore`; choosing a lesson emits
:attr:`LessonBrowser.lesson_chosen` (the controller opens it).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskdl.qt.lessons import texts as T

_ID_ROLE = Qt.ItemDataRole.UserRole


def progress_text(lesson: Any, progress: Any) -> str:
    """"Not started", "Step k of n" or "Done ✓" for one lesson."""
    if progress is None or not progress.started:
        return T.shown(T.NOT_STARTED)
    if progress.finished:
        return T.shown(T.DONE)
    count = len(lesson.steps)
    return T.shown(T.IN_PROGRESS).format(step=min(progress.step, count - 1) + 1, count=count)


def length_text(lesson: Any) -> str:
    """"5 steps · about 10 min" (the minutes only when the teacher gave them)."""
    n = len(lesson.steps)
    steps = T.shown(T.ONE_STEP) if n == 1 else T.shown(T.STEPS).format(n=n)
    if lesson.minutes:
        return T.shown(T.LENGTH).format(steps=steps, minutes=lesson.minutes)
    return T.shown(T.LENGTH_NO_MINUTES).format(steps=steps)


class LessonBrowser(QDialog):
    """Sections and lessons with length and progress; Start / Go on / Start over (see the module docstring).

    Signals:
        lesson_chosen(str, bool): the lesson id, and whether to start it over.
    """

    lesson_chosen = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonBrowser")
        self.setWindowTitle(T.shown(T.BROWSER_TITLE))
        self.setModal(False)
        self.resize(720, 520)
        self._course: Any = None
        self._progress: dict[str, Any] = {}
        intro = QLabel(T.shown(T.BROWSER_INTRO), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("lessonTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([T.shown(T.COL_LESSON), T.shown(T.COL_LENGTH), T.shown(T.COL_PROGRESS)])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Sized in set_course with room to spare: fitted to its contents, the column clipped the last
        # letters of a longer translation ("Chưa bắt đầu") under the scroll bar.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.summary = QLabel(T.shown(T.CHOOSE), self)
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 3)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setProperty("role", "warning")
        self.problems.hide()
        self.open_button = QPushButton(T.shown(T.OPEN), self)
        self.open_button.setObjectName("lessonOpen")
        self.open_button.setDefault(True)
        self.restart_button = QPushButton(T.shown(T.RESTART), self)
        self.restart_button.setObjectName("lessonRestart")
        self.restart_button.setToolTip(T.shown(T.RESTART_TIP))
        close = QPushButton(T.shown(T.CLOSE), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.tree, 1)
        box.addWidget(self.summary)
        box.addWidget(self.problems)
        box.addLayout(buttons)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemActivated.connect(self._on_activated)
        self.open_button.clicked.connect(lambda _c=False: self._choose(False))
        self.restart_button.clicked.connect(lambda _c=False: self._choose(True))
        self._on_current_changed(None)

    # ------------------------------------------------------------------ model
    def set_course(self, course: Any, progress: dict[str, Any], folder: str = "") -> None:
        """Fill the list from ``course`` and ``progress`` (lesson id -> LessonProgress)."""
        chosen = self.current_lesson_id()
        self._course = course
        self._progress = dict(progress)
        self.tree.clear()
        for section in course.sections:
            if not section.lessons:
                continue
            head = QTreeWidgetItem(self.tree, [T.shown(T.SECTION_ROW).format(title=section.title), "",
                                               self._section_progress(section)])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            for col in range(3):
                head.setFont(col, font)
            head.setFirstColumnSpanned(False)
            for lesson in section.lessons:
                item = QTreeWidgetItem(head, [lesson.title, length_text(lesson),
                                              progress_text(lesson, self._progress.get(lesson.id))])
                item.setData(0, _ID_ROLE, lesson.id)
                item.setToolTip(0, lesson.summary or lesson.title)
        self.tree.expandAll()
        spare = 2 * self.fontMetrics().averageCharWidth() + self.tree.verticalScrollBar().sizeHint().width()
        self.tree.header().resizeSection(2, self.tree.sizeHintForColumn(2) + spare)
        if not course.sections or not course.lessons:
            self.summary.setText(T.shown(T.NO_LESSONS).format(folder=folder or "resources/lessons"))
        problems = list(getattr(course, "problems", []) or [])
        self.problems.setText(T.shown(T.PROBLEMS).format(problems="\n".join(problems)) if problems else "")
        self.problems.setVisible(bool(problems))
        if chosen:
            self.select_lesson(chosen)
        elif self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0)
            if first.childCount():
                self.tree.setCurrentItem(self._first_unfinished() or first.child(0))

    def _section_progress(self, section: Any) -> str:
        done = sum(1 for lesson in section.lessons
                   if getattr(self._progress.get(lesson.id), "finished", False))
        return T.shown(T.SECTION_DONE).format(done=done, count=len(section.lessons))

    def _first_unfinished(self) -> QTreeWidgetItem | None:
        for item in self.lesson_items():
            progress = self._progress.get(item.data(0, _ID_ROLE))
            if progress is None or not progress.finished:
                return item
        return None

    # ------------------------------------------------------------------ reading
    def lesson_items(self) -> list[QTreeWidgetItem]:
        """The lesson rows, in course order."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            out.extend(head.child(j) for j in range(head.childCount()))
        return out

    def rows(self) -> list[tuple[str, str, str, str]]:
        """``(section title, lesson title, length, progress)`` as shown, in order."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount()):
                item = head.child(j)
                out.append((head.text(0), item.text(0), item.text(1), item.text(2)))
        return out

    def sections(self) -> list[str]:
        """The section titles as shown, in order."""
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def current_lesson_id(self) -> str | None:
        """The id of the selected lesson (None when a section or nothing is selected)."""
        item = self.tree.currentItem()
        return item.data(0, _ID_ROLE) if item is not None else None

    def select_lesson(self, lesson_id: str) -> bool:
        """Select the row of ``lesson_id``."""
        for item in self.lesson_items():
            if item.data(0, _ID_ROLE) == lesson_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    # ------------------------------------------------------------------ events
    def _lesson(self, lesson_id: str | None) -> Any:
        if lesson_id is None or self._course is None:
            return None
        return self._course.find(lesson_id)

    def _on_current_changed(self, *_args: object) -> None:
        lesson = self._lesson(self.current_lesson_id())
        self.open_button.setEnabled(lesson is not None)
        progress = self._progress.get(lesson.id) if lesson is not None else None
        started = progress is not None and progress.started
        self.restart_button.setEnabled(started)
        if lesson is None:
            self.open_button.setText(T.shown(T.OPEN))
            if self._course is not None and self._course.lessons:
                self.summary.setText(T.shown(T.CHOOSE))
            return
        label = (T.REVIEW if progress.finished else T.RESUME) if started else T.OPEN
        self.open_button.setText(T.shown(label))
        self.summary.setText(f"<b>{html.escape(lesson.title)}</b> — {html.escape(length_text(lesson))}"
                             f"<br>{html.escape(lesson.summary)}")

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, _ID_ROLE):
            self._choose(False)

    def _choose(self, restart: bool) -> None:
        lesson_id = self.current_lesson_id()
        if lesson_id:
            self.lesson_chosen.emit(lesson_id, restart)
            self.close()


__all__ = ["LessonBrowser", "length_text", "progress_text"]
