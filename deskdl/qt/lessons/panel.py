"""The lesson panel: the step's text, the task with its live check mark, hints, Show me, Back/Next.

A view only: :class:`~deskdl.qt.lessons.controller.LessonController` owns the
session and calls :meth:`LessonPanel.show_session` whenever something changed;
the buttons only emit signals.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskdl.qt.lessons import texts as T

#: Check mark colours (light palette, dark palette).
DONE_LIGHT, DONE_DARK = "#1a7f37", "#3fb950"
#: The panel's width in the window when a lesson opens (the learner may drag it).
PANEL_WIDTH = 330


def done_color() -> str:
    """Green for a ticked step, readable on the palette in use."""
    from deskdl.qt import theme

    return DONE_DARK if theme.is_dark() else DONE_LIGHT


def step_html(text: str) -> str:
    """A step's plain text as HTML: paragraphs, "- " lists, and indented lines (formulas) in monospace.

    The lesson format (resources/lessons/README.md) is plain text, not Markdown: a ``*`` or
    ``_`` is shown as written. Lines of one paragraph are joined (a teacher wraps them freely);
    a blank line starts a new paragraph; lines indented by 4 spaces (or a tab) are a formula
    block, kept line by line.
    """
    out: list[str] = []
    para: list[str] = []
    items: list[str] = []
    formula: list[str] = []

    def flush() -> None:
        if para:
            out.append("<p>" + html.escape(" ".join(para)) + "</p>")
            para.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")
            items.clear()
        if formula:
            out.append("<pre style='font-family: monospace; margin-left: 12px'>"
                       + html.escape("\n".join(formula)) + "</pre>")
            formula.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        if raw.startswith(("    ", "\t")) and line.strip():
            if para or items:
                flush()
            formula.append(line.strip())
            continue
        if formula:
            flush()
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.startswith(("- ", "* ", "• ")):
            if para:
                flush()
            items.append(stripped[2:].strip())
        elif items and raw.startswith("  "):  # a list item wrapped onto the next line
            items[-1] += " " + stripped
        else:
            if items:
                flush()
            para.append(stripped)
    flush()
    return "".join(out)


def _dots(session: Any) -> str:
    """One mark per step: ticked, current, still to come (rich text)."""
    out = []
    for i, step in enumerate(session.lesson.steps):
        mark = "●" if step.id in session.done else "○"
        if i == session.index:
            out.append(f"<b style='font-size:large'>{'◉' if mark == '○' else mark}</b>")
        elif step.id in session.done:
            out.append(f"<span style='color:{done_color()}'>{mark}</span>")
        else:
            out.append(mark)
    return "&nbsp;".join(out)


class LessonPanel(QWidget):
    """Shows one lesson's current step (see the module docstring)."""

    next_clicked = Signal()
    back_clicked = Signal()
    hint_clicked = Signal()
    show_me_clicked = Signal()
    leave_clicked = Signal()
    browse_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self.title = QLabel(self)
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.where = QLabel(self)
        self.where.setProperty("role", "caption")
        self.dots = QLabel(self)
        self.dots.setTextFormat(Qt.TextFormat.RichText)
        self.step_title = QLabel(self)
        self.step_title.setWordWrap(True)
        font = self.step_title.font()
        font.setBold(True)
        self.step_title.setFont(font)

        self.text = QTextBrowser(self)
        self.text.setObjectName("lessonText")
        self.text.setOpenExternalLinks(True)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.viewport().setAutoFillBackground(False)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the panel scrolls

        self.task_box = QFrame(self)
        self.task_box.setObjectName("lessonTask")
        self.task_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.task_heading = QLabel(f"<b>{T.shown(T.TASK)}</b>", self.task_box)
        self.task = QLabel(self.task_box)
        self.task.setWordWrap(True)
        self.task.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mark = QLabel(self.task_box)
        self.mark.setObjectName("lessonCheckMark")
        self.mark.setWordWrap(True)
        self.mark.setTextFormat(Qt.TextFormat.RichText)
        self.detail = QLabel(self.task_box)
        self.detail.setProperty("role", "caption")
        self.detail.setWordWrap(True)
        tbox = QVBoxLayout(self.task_box)
        tbox.setContentsMargins(8, 6, 8, 6)
        tbox.setSpacing(4)
        for w in (self.task_heading, self.task, self.mark, self.detail):
            tbox.addWidget(w)

        self.hints = QLabel(self)
        self.hints.setObjectName("lessonHints")
        self.hints.setWordWrap(True)
        self.hints.setTextFormat(Qt.TextFormat.RichText)
        self.hints.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hints.hide()

        self.hint_button = QPushButton(T.shown(T.HINT), self)
        self.hint_button.setObjectName("lessonHint")
        self.hint_button.setToolTip(T.shown(T.HINT_TIP))
        self.show_me_button = QPushButton(T.shown(T.SHOW_ME), self)
        self.show_me_button.setObjectName("lessonShowMe")
        self.show_me_button.setToolTip(T.shown(T.SHOW_ME_TIP))
        self.back_button = QPushButton(T.shown(T.BACK), self)
        self.back_button.setObjectName("lessonBack")
        self.next_button = QPushButton(T.shown(T.NEXT), self)
        self.next_button.setObjectName("lessonNext")
        self.next_button.setDefault(True)
        self.leave_button = QPushButton(T.shown(T.LEAVE_BUTTON), self)
        self.leave_button.setObjectName("lessonLeave")
        self.leave_button.setFlat(True)
        self.leave_button.setToolTip(T.shown(T.LEAVE_TIP).replace("&", ""))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "caption")
        self.message.hide()
        # what the lesson locks or hides, so a greyed-out control is not taken for a broken one
        self.locks = QLabel(self)
        self.locks.setObjectName("lessonLocks")
        self.locks.setWordWrap(True)
        self.locks.setProperty("role", "caption")
        self.locks.hide()

        self.empty = QLabel(T.shown(T.NO_LESSON), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.browse_button = QPushButton(T.shown(T.BROWSE).replace("&", ""), self)
        self.browse_button.clicked.connect(self.browse_clicked)

        # The step's text scrolls when the panel is short (Build puts it above the Properties);
        # the task with its check mark and the buttons stay in view below it.
        self.body = QWidget()
        self.body.setObjectName("lessonBody")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.dots)
        progress_row.addWidget(self.where)
        progress_row.addStretch(1)
        body.addWidget(self.title)
        body.addLayout(progress_row)
        for w in (self.step_title, self.text, self.hints, self.message):
            body.addWidget(w)
        body.addStretch(1)
        body.addWidget(self.locks)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("lessonScroll")
        self.scroll.setWidget(self.body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.viewport().setAutoFillBackground(False)
        self.body.setAutoFillBackground(False)
        # The task with its check scrolls too when it is long, so it never takes the step's text's
        # room: at 1280x720 on Build a five-check task left the text a single line.
        self.task_scroll = QScrollArea(self)
        self.task_scroll.setObjectName("lessonTaskScroll")
        self.task_scroll.setWidget(self.task_box)
        self.task_scroll.setWidgetResizable(True)
        self.task_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.task_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.task_scroll.viewport().setAutoFillBackground(False)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for b in (self.hint_button, self.show_me_button, self.back_button, self.next_button):
            b.setMinimumWidth(0)
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # four share the width
            buttons.addWidget(b)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.setSpacing(6)
        box.addWidget(self.scroll, 1)
        box.addWidget(self.task_scroll)
        box.addLayout(buttons)
        box.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.empty, 1)
        box.addWidget(self.browse_button)
        self._lesson_widgets = [self.scroll, self.task_scroll, self.hint_button, self.show_me_button,
                                self.back_button, self.next_button, self.leave_button]

        self.next_button.clicked.connect(self.next_clicked)
        self.back_button.clicked.connect(self.back_clicked)
        self.hint_button.clicked.connect(self.hint_clicked)
        self.show_me_button.clicked.connect(self.show_me_clicked)
        self.leave_button.clicked.connect(self.leave_clicked)
        self.show_session(None)

    # ------------------------------------------------------------------ view
    def show_session(self, session: Any, result: Any = None) -> None:
        """Show ``session``'s current step and ``result`` (its check now); None: no lesson open."""
        open_ = session is not None
        for w in self._lesson_widgets:
            w.setVisible(open_)
        self.empty.setVisible(not open_)
        self.browse_button.setVisible(not open_)
        if not open_:
            self.hints.hide()
            self.message.hide()
            self.locks.hide()
            return
        lesson, step = session.lesson, session.step
        self.title.setText(lesson.title)
        self.where.setText(T.shown(T.STEP_OF).format(number=session.index + 1, count=session.count))
        self.dots.setText(_dots(session))
        self.step_title.setText(step.title)
        self.text.setHtml(step_html(step.text))
        self._fit_text()
        self.scroll.verticalScrollBar().setValue(0)
        self._show_task(session, result)
        self._show_hints(session)
        self._show_locks(session)
        self._fit_task()
        last = session.index + 1 >= session.count
        ready = step.check is None or session.is_done()
        self.back_button.setEnabled(session.index > 0)
        self.next_button.setText(T.shown(T.FINISH) if last else T.shown(T.NEXT))
        self.next_button.setEnabled(ready)
        tip = (T.FINISH_TIP if last else T.NEXT_TIP) if ready else T.NEXT_TIP_LOCKED
        self.next_button.setToolTip(T.shown(tip))
        self.show_me_button.setEnabled(bool(step.show_me))
        self.show_me_button.setToolTip(T.shown(T.SHOW_ME_TIP) if step.show_me else T.shown(T.NO_SHOW_ME))
        left = len(step.hints) - session.hints_shown
        self.hint_button.setEnabled(left > 0)
        self.hint_button.setText(T.shown(T.NO_MORE_HINTS) if step.hints and left <= 0 else T.shown(T.HINT))
        self.hint_button.setToolTip(T.shown(T.NO_HINTS if not step.hints else T.HINT_TIP if left > 0 else
                                            T.NO_MORE_HINTS))

    def _show_locks(self, session: Any) -> None:
        """Name, in words, the controls this step locks and hides (none: the line is hidden)."""
        from deskdl.core.lessons.controls import control_text

        lesson, i = session.lesson, session.index
        parts = []
        locked = [control_text(c) for c in lesson.locked(i)]
        hidden = [control_text(c) for c in lesson.hidden(i)]
        if locked:
            parts.append(T.shown(T.LOCKED_LIST).format(names="; ".join(locked)))
        if hidden:
            parts.append(T.shown(T.HIDDEN_LIST).format(names="; ".join(hidden)))
        self.locks.setText(" ".join(parts))
        self.locks.setVisible(bool(parts))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """The text's height depends on the width it wraps to."""
        super().resizeEvent(event)
        self._fit_text()
        self._fit_task()

    #: The task, its check and what is still to do take at most this share of the panel's height (then
    #: they scroll); the step's text keeps the rest.
    TASK_SHARE = 0.4

    def _fit_task(self) -> None:
        """The task box is as tall as its text, but no taller than :attr:`TASK_SHARE` of the panel."""
        area = self.task_scroll
        width = max(area.width() - area.verticalScrollBar().sizeHint().width(), 50)
        need = self.task_box.heightForWidth(width)
        if need <= 0:
            need = self.task_box.sizeHint().height()
        cap = max(int(self.height() * self.TASK_SHARE), 5 * self.fontMetrics().lineSpacing())
        area.setFixedHeight(min(need, cap))

    def _fit_text(self) -> None:
        """The step text is exactly as tall as it needs (the panel scrolls, not the text)."""
        doc = self.text.document()
        width = max(self.text.viewport().width(), 50)
        doc.setTextWidth(width)
        self.text.setFixedHeight(int(doc.size().height()) + 2 * self.text.frameWidth() + 4)

    def update_check(self, session: Any, result: Any) -> None:
        """Only the live parts changed (the mark, Next): cheaper than :meth:`show_session`."""
        self._show_task(session, result)
        self._fit_task()
        self.dots.setText(_dots(session))
        step = session.step
        ready = step.check is None or session.is_done()
        last = session.index + 1 >= session.count
        self.next_button.setEnabled(ready)
        tip = (T.FINISH_TIP if last else T.NEXT_TIP) if ready else T.NEXT_TIP_LOCKED
        self.next_button.setToolTip(T.shown(tip))

    def set_message(self, text: str) -> None:
        """A line under the hints (what Show me is doing, a problem); empty hides it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_task(self, session: Any, result: Any) -> None:
        step = session.step
        self.task.setText(step.task)
        self.task.setVisible(bool(step.task))
        if step.check is None:
            self.mark.setText(html.escape(T.shown(T.READ_ONLY)))
            self.detail.hide()
            return
        done = session.is_done() or bool(result is not None and result.passed)
        goal = html.escape(result.text) if result is not None and result.text else ""
        if done:
            head = f"<span style='color:{done_color()}'><b>{html.escape(T.shown(T.DONE_MARK))}</b></span>"
        else:
            head = f"<b>{html.escape(T.shown(T.NOT_YET))}</b>"
        self.mark.setText(head + (f"<br>{goal}" if goal else ""))
        detail = result.detail if result is not None and not done else ""
        if detail and not detail.lower().startswith(("still to do", "now")):
            detail = T.shown(T.NOW).format(detail=detail)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def _show_hints(self, session: Any) -> None:
        shown = session.visible_hints()
        count = len(session.step.hints)
        rows = [f"<p>{html.escape(T.shown(T.HINT_N).format(n=i + 1, count=count, text=h))}</p>"
                for i, h in enumerate(shown)]
        self.hints.setText("".join(rows))
        self.hints.setVisible(bool(rows))

    def is_done_shown(self) -> bool:
        """Whether the mark shows the step as done (for tests and screenshots)."""
        return T.shown(T.DONE_MARK) in self.mark.text()


__all__ = ["PANEL_WIDTH", "LessonPanel", "done_color", "step_html"]
