"""Classroom mode in the window: a teacher hands out a lesson, a learner hands in a submission bundle.

* :class:`HandOutDialog` (File > Hand Out as Lesson…, also in the Lessons menu) writes one
  ``.deskdl-lesson`` file (:mod:`deskdl.core.lessons.handout`): a lesson of the course, a
  lesson file of the teacher's own, or the open project as a one-step lesson with the
  controls the teacher locks or hides. The learner opens that file with File > Open (or a
  double-click): it opens in the lesson dock with its locks.
* :class:`HandInDialog` (Lessons > Hand In…) writes the learner's submission bundle
  (:mod:`deskdl.core.lessons.bundle`): the project with its runs, the trained models, the
  lesson's check results, the seed and the versions of deskdl, Keras and TensorFlow; the
  teacher grades it with ``deskdl check BUNDLE``.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskdl.core.i18n import N_, translator

_ = translator("qt.lessons.classroom")


def shown(text: str) -> str:
    """One of this module's texts (marked with ``N_``) in the chosen language."""
    return _(text)

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- words
HAND_OUT = N_("Hand &Out as Lesson…")
HAND_OUT_TIP = N_("Teachers: one file with a lesson (or this project with controls locked) for your learners")
HAND_IN = N_("Hand &In…")
HAND_IN_TIP = N_("Make one file with your work in a lesson for your teacher (a submission bundle)")
OPEN_HANDOUT = N_("&Open Lesson File…")
OPEN_HANDOUT_TIP = N_("Open a .deskdl-lesson file your teacher gave you")
OPEN_HANDOUT_TITLE = N_("Open a lesson file")
HANDOUT_FILTER = N_("deskdl lessons (*.deskdl-lesson);;All files (*)")
BUNDLE_FILTER = N_("deskdl submission bundles (*.deskdl-bundle);;All files (*)")
TOML_FILTER = N_("Lesson files (*.toml);;All files (*)")

OUT_TITLE = N_("Hand out as a lesson")
OUT_INTRO = (N_("Make one file to give your learners. They open it with File > Open (or a double-click), "
                "and it "
             "opens as a lesson in the Lesson panel, with the controls you chose locked or hidden."))
OUT_WHAT = N_("Hand out:")
OUT_PROJECT = N_("This project as an exercise: “{name}”")
OUT_LESSON_FILE = N_("A lesson file of your own (.toml)…")
OUT_TITLE_LABEL = N_("Title:")
OUT_TEXT_LABEL = N_("What to do:")
OUT_TEXT_HINT = N_("What the learner should do with this project, in plain words.")
OUT_DONE = N_("Done when a run reaches a test accuracy of at least")
OUT_DONE_OFF = N_("Without this, the learner reads the task and presses Finish when done.")
OUT_CONTROLS = N_("Lock or hide controls (a locked one is greyed out, a hidden one is gone):")
OUT_COL_CONTROL = N_("Control")
OUT_COL_LOCK = N_("Lock")
OUT_COL_HIDE = N_("Hide")
OUT_RUNS_NOTE = N_("The project goes in without its {runs}: each learner trains it.")
OUT_NAME = N_("Your name (optional):")
OUT_SAVE = N_("Save Hand-out…")
OUT_SAVE_TITLE = N_("Save the hand-out")
OUT_SAVED = (N_("Wrote {file}. Give this one file to your learners: they open it with File > Open or a "
             "double-click. When they are done, they send you their work (Lessons > Hand In) and you "
             "check it with: deskdl check --handout {name} THEIR-FILES"))
OUT_FAILED = N_("The hand-out could not be made")
OUT_NO_TITLE = N_("Give the exercise a title.")
OUT_LESSON_INFO = (N_("<b>{title}</b> · {steps}<br>{summary}<br><br>"
                   "<b>Locked</b> for the whole lesson: {lock}<br>"
                   "<b>Hidden</b> for the whole lesson: {hide}<br>"
                   "Steps that lock or hide more: {more}<br><br>"
                   "The file: {file}<br><span style='color: gray'>To lock or hide other controls, copy the "
                   "lesson file and change its lock and hide lines (see resources/lessons/README.md), then "
                   "choose “A lesson file of your own”.</span>"))
NONE = N_("nothing")
GROUPS = {"tab":
    N_("Tabs"), "build": N_("Build"), "data": N_("Data"), "train": N_("Train"), "evaluate": N_("Evaluate"),
          "inspect": N_("Inspect"), "generate": N_("Text models (Train tab)"), "rl": N_("Agents (Train tab)")}

IN_TITLE = N_("Hand in your work")
IN_INTRO = (N_("One file for your teacher: your project with all its runs, the trained models, the lesson's "
            "check results, the seed, and the versions of deskdl, Keras and TensorFlow. Your teacher can "
            "check it again and reproduce it."))
IN_LESSON = N_("Lesson:")
IN_NO_LESSON = N_("(no lesson: the project only)")
IN_NAME = N_("Your name:")
IN_NAME_HINT = N_("so your teacher knows whose work it is")
IN_PROJECT = N_("Project:")
IN_RUNS = N_("Runs:")
IN_MODELS = N_("Trained models:")
IN_STEPS = N_("Steps:")
IN_SEED = N_("Seed:")
IN_VERSIONS = N_("Versions:")
IN_UNSAVED = N_(" (unsaved changes: it is saved first, so the newest trained model goes in)")
IN_UNSAVED_NEW = N_(" (never saved: you are asked where to save it first, so its trained model goes in)")
IN_NO_MODELS = N_("none yet (train the model first)")
IN_MODELS_AFTER_SAVE = (N_("the newest trained model, written when the project is saved "
                        "(Save Bundle does that first)"))
IN_MODELS_N = N_("{n} file(s): {names}")
IN_SEED_NONE = N_("none (each run starts from different random weights)")
IN_STEPS_N = N_("{done} of {count} ticked")
IN_SAVE = N_("Save Bundle…")
IN_NOT_ALL = (N_("Not every step of the lesson is ticked yet ({done} of {count}). Hand in what you have now? "
              "(You can hand in a newer file later.)"))
IN_SAVE_TITLE = N_("Save the submission bundle")
IN_SAVED = (N_("Your work is in {file}. Hand in this one file (by e-mail, on a USB stick or on your course's "
            "page). Your teacher checks it with: deskdl check {name}"))
IN_FAILED = N_("The bundle could not be written")
NAME_KEY = "classroom/learner_name"
TEACHER_KEY = "classroom/teacher_name"


def _runs(n: int) -> str:
    return _("1 run") if n == 1 else _("{n} runs").format(n=n)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _with_suffix(path: str, suffix: str) -> Path:
    p = Path(path)
    return p if p.name.endswith(suffix) else p.with_name(p.name + suffix)


# ================================================================== hand out
class HandOutDialog(QDialog):
    """What to hand out (this project, a course lesson, a lesson file) and, for a project, its locks."""

    def __init__(self, controller: Any) -> None:
        super().__init__(controller.window)
        self.controller = controller
        self.window_ = controller.window
        self.setObjectName("handOutDialog")
        self.setWindowTitle(_(OUT_TITLE))
        self.setModal(True)
        self.resize(640, 620)
        self.written: Path | None = None
        self._file_lesson: Any = None

        intro = QLabel(_(OUT_INTRO), self)
        intro.setWordWrap(True)
        self.what = QComboBox(self)
        self.what.setObjectName("handOutWhat")
        project = self.window_.project
        self.what.addItem(_(OUT_PROJECT).format(name=project.name or _("Untitled")), "project")
        try:
            course = controller.course()
        except Exception:  # noqa: BLE001 - a broken lessons folder must not break the dialog
            log.exception("cannot read the lessons")
            course = None
        if course is not None and course.lessons:
            self.what.insertSeparator(self.what.count())
            for section in course.sections:
                for lesson in section.lessons:
                    self.what.addItem(f"{section.title} › {lesson.title}", lesson.id)
        self.what.insertSeparator(self.what.count())
        self.what.addItem(_(OUT_LESSON_FILE), "file")
        row = QHBoxLayout()
        row.addWidget(QLabel(_(OUT_WHAT), self))
        row.addWidget(self.what, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._project_page())
        self.lesson_info = QLabel(self)
        self.lesson_info.setObjectName("handOutLessonInfo")
        self.lesson_info.setWordWrap(True)
        self.lesson_info.setTextFormat(Qt.TextFormat.RichText)
        self.lesson_info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(self.lesson_info)

        self.teacher = QLineEdit(self)
        self.teacher.setText(str(self.window_.settings.value(TEACHER_KEY, "") or ""))
        name_row = QFormLayout()
        name_row.addRow(_(OUT_NAME), self.teacher)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(_(OUT_SAVE), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("handOutSave")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(row)
        box.addWidget(self.pages, 1)
        box.addLayout(name_row)
        box.addWidget(self.buttons)
        self.what.currentIndexChanged.connect(self._on_what)
        session = controller.session
        if session is not None:
            i = self.what.findData(session.lesson.id)
            if i >= 0:
                self.what.setCurrentIndex(i)
        self._on_what()

    def _project_page(self) -> QWidget:
        from deskdl.core.lessons.controls import CONTROLS, control_text

        page = QWidget(self)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.title_edit = QLineEdit(page)
        self.title_edit.setObjectName("handOutTitle")
        self.title_edit.setText(self.window_.project.name or "")
        self.text_edit = QPlainTextEdit(page)
        self.text_edit.setObjectName("handOutText")
        self.text_edit.setPlaceholderText(_(OUT_TEXT_HINT))
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        form.addRow(_(OUT_TITLE_LABEL), self.title_edit)
        form.addRow(_(OUT_TEXT_LABEL), self.text_edit)
        done_row = QHBoxLayout()
        self.done_box = QCheckBox(_(OUT_DONE), page)
        self.done_box.setObjectName("handOutDone")
        self.done_box.setToolTip(_(OUT_DONE_OFF))
        self.accuracy = QDoubleSpinBox(page)
        self.accuracy.setObjectName("handOutAccuracy")
        self.accuracy.setRange(1.0, 100.0)
        self.accuracy.setDecimals(0)
        self.accuracy.setSuffix(" %")
        self.accuracy.setValue(90.0)
        self.accuracy.setEnabled(False)
        self.done_box.toggled.connect(self.accuracy.setEnabled)
        done_row.addWidget(self.done_box)
        done_row.addWidget(self.accuracy)
        done_row.addStretch(1)

        self.controls = QTreeWidget(page)
        self.controls.setObjectName("handOutControls")
        self.controls.setColumnCount(3)
        self.controls.setHeaderLabels([_(OUT_COL_CONTROL), _(OUT_COL_LOCK), _(OUT_COL_HIDE)])
        header = self.controls.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._items: dict[str, QTreeWidgetItem] = {}
        groups: dict[str, QTreeWidgetItem] = {}
        for cid in CONTROLS:
            what = control_text(cid)
            prefix = cid.split(".")[0]
            group = groups.get(prefix)
            if group is None:
                group = groups[prefix] = QTreeWidgetItem(self.controls, [_(GROUPS.get(prefix, prefix))])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setExpanded(True)
            item = QTreeWidgetItem(group, [_cap(what)])
            item.setToolTip(0, f"{cid}: {what}")
            item.setData(0, Qt.ItemDataRole.UserRole, cid)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(1, Qt.CheckState.Unchecked)
            item.setCheckState(2, Qt.CheckState.Unchecked)
            self._items[cid] = item
        self.controls.itemChanged.connect(self._on_item_changed)
        runs = len(self.window_.project.runs)
        self.runs_note = QLabel(_(OUT_RUNS_NOTE).format(runs=_runs(runs)) if runs else "", page)
        self.runs_note.setProperty("role", "caption")
        self.runs_note.setVisible(bool(runs))

        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(form)
        box.addLayout(done_row)
        box.addWidget(QLabel(_(OUT_CONTROLS), page))
        box.addWidget(self.controls, 1)
        box.addWidget(self.runs_note)
        return page

    # ------------------------------------------------------------ choices
    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        """Lock and Hide exclude each other: a hidden control cannot be seen, locked or not."""
        if column in (1, 2) and item.checkState(column) == Qt.CheckState.Checked:
            other = 2 if column == 1 else 1
            if item.checkState(other) == Qt.CheckState.Checked:
                item.setCheckState(other, Qt.CheckState.Unchecked)

    def set_control(self, control_id: str, lock: bool = False, hide: bool = False) -> None:
        """Tick Lock or Hide for ``control_id`` (as a teacher clicking the boxes)."""
        item = self._items[control_id]
        item.setCheckState(1, Qt.CheckState.Checked if lock else Qt.CheckState.Unchecked)
        item.setCheckState(2, Qt.CheckState.Checked if hide else Qt.CheckState.Unchecked)

    def chosen(self, column: int) -> list[str]:
        """Control ids ticked in ``column`` (1: Lock, 2: Hide)."""
        return [cid for cid, item in self._items.items() if item.checkState(column) == Qt.CheckState.Checked]

    def _on_what(self, *_args: object) -> None:
        data = self.what.currentData()
        if data == "project":
            self.pages.setCurrentIndex(0)
            return
        lesson = None
        if data == "file":
            lesson = self._file_lesson or self._pick_lesson_file()
            if lesson is None:
                self.what.setCurrentIndex(0)
                return
        else:
            lesson = self.controller.course().find(str(data))
            if lesson is None:
                self.what.setCurrentIndex(0)
                return
        self.pages.setCurrentIndex(1)
        self._show_lesson(lesson)

    def _pick_lesson_file(self) -> Any:
        from deskdl.core.lessons.loader import load_lesson
        from deskdl.core.lessons.model import LessonError

        path, _filter = QFileDialog.getOpenFileName(self, _(OUT_TITLE), self.window_._last_dir(),
                                                    _(TOML_FILTER))
        if not path:
            return None
        try:
            self._file_lesson = load_lesson(path)
        except LessonError as err:
            QMessageBox.warning(self, _(OUT_FAILED), err.text)
            return None
        return self._file_lesson

    def _show_lesson(self, lesson: Any) -> None:
        from deskdl.core.lessons.controls import control_text
        from deskdl.qt.lessons.browser import length_text

        def names(ids: Any) -> str:
            return html.escape("; ".join(control_text(c) for c in ids)) if ids else _(NONE)

        more = [f"{s.number}" for s in lesson.steps if s.lock or s.hide]
        self.lesson_info.setText(_(OUT_LESSON_INFO).format(
            title=html.escape(lesson.title), steps=html.escape(length_text(lesson)),
            summary=html.escape(lesson.summary or ""), lock=names(lesson.lock), hide=names(lesson.hide),
            more=html.escape(", ".join(more)) if more else _(NONE), file=html.escape(str(lesson.path))))
        self._shown_lesson = lesson

    def lesson(self) -> Any:
        """The lesson to hand out (None: the open project)."""
        data = self.what.currentData()
        if data == "project":
            return None
        if data == "file":
            return self._file_lesson
        return self.controller.course().find(str(data))

    # ------------------------------------------------------------- saving
    def save(self) -> None:
        """Ask where, then write the hand-out (the dialog closes when it is written)."""
        lesson = self.lesson()
        if lesson is None and not self.title_edit.text().strip():
            QMessageBox.warning(self, _(OUT_FAILED), _(OUT_NO_TITLE))
            self.title_edit.setFocus()
            return
        name = lesson.id if lesson is not None else self.title_edit.text().strip()
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name).strip("_") or "lesson"
        start = str(Path(self.window_._last_dir()) / f"{safe}.deskdl-lesson")
        path, _filter = QFileDialog.getSaveFileName(self, _(OUT_SAVE_TITLE), start, _(HANDOUT_FILTER))
        if not path:
            return
        if self.write(_with_suffix(path, ".deskdl-lesson")):
            self.accept()

    def write(self, path: str | Path) -> bool:
        """Write the hand-out to ``path``; False (after saying why) when it cannot be written."""
        from deskdl.core.lessons.handout import write_handout, write_project_handout
        from deskdl.core.lessons.model import LessonError

        teacher = self.teacher.text().strip()
        self.window_.settings.setValue(TEACHER_KEY, teacher)
        lesson = self.lesson()
        try:
            if lesson is not None:
                written = write_handout(path, lesson, teacher)
            else:
                taken = {x.id for x in self.controller.course().lessons}
                written = write_project_handout(
                    path, self.window_.project, title=self.title_edit.text().strip(),
                    text=self.text_edit.toPlainText(), lock=self.chosen(1), hide=self.chosen(2),
                    min_test_accuracy=self.accuracy.value() / 100 if self.done_box.isChecked() else None,
                    teacher=teacher, taken_ids=taken)
        except LessonError as err:
            QMessageBox.warning(self, _(OUT_FAILED), err.text)
            return False
        self.written = written
        text = _(OUT_SAVED).format(file=written, name=Path(written).name)
        self.window_.status.showMessage(text, 10000)
        QMessageBox.information(self, _(OUT_TITLE), text)
        return True


# ================================================================== hand in
class HandInDialog(QDialog):
    """What goes into the submission bundle, the learner's name, and the Save Bundle button."""

    def __init__(self, controller: Any) -> None:
        super().__init__(controller.window)
        self.controller = controller
        self.window_ = controller.window
        self.setObjectName("handInDialog")
        self.setWindowTitle(_(IN_TITLE))
        self.setModal(True)
        self.resize(560, 420)
        self.written: Path | None = None
        intro = QLabel(_(IN_INTRO), self)
        intro.setWordWrap(True)
        self.lesson_box = QComboBox(self)
        self.lesson_box.setObjectName("handInLesson")
        self._lessons: dict[str, Any] = {}
        for lesson in self._candidates():
            self._lessons[lesson.id] = lesson
            self.lesson_box.addItem(lesson.title, lesson.id)
        self.lesson_box.addItem(_(IN_NO_LESSON), "")
        self.name = QLineEdit(self)
        self.name.setObjectName("handInName")
        self.name.setPlaceholderText(_(IN_NAME_HINT))
        self.name.setText(str(self.window_.settings.value(NAME_KEY, "") or ""))
        self.project_label, self.runs_label, self.models_label = QLabel(self), QLabel(self), QLabel(self)
        self.steps_label, self.seed_label, self.versions_label = QLabel(self), QLabel(self), QLabel(self)
        for label in (self.project_label, self.models_label, self.steps_label, self.versions_label):
            label.setWordWrap(True)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.addRow(_(IN_LESSON), self.lesson_box)
        form.addRow(_(IN_NAME), self.name)
        form.addRow(_(IN_PROJECT), self.project_label)
        form.addRow(_(IN_RUNS), self.runs_label)
        form.addRow(_(IN_MODELS), self.models_label)
        form.addRow(_(IN_STEPS), self.steps_label)
        form.addRow(_(IN_SEED), self.seed_label)
        form.addRow(_(IN_VERSIONS), self.versions_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(_(IN_SAVE), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("handInSave")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addStretch(1)
        box.addWidget(self.buttons)
        self.lesson_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _candidates(self) -> list[Any]:
        """The open lesson first, then every other lesson the learner has started (newest first)."""
        out: list[Any] = []
        session = self.controller.session
        if session is not None:
            out.append(session.lesson)
        try:
            progress = self.controller.progress()
            course = self.controller.course()
        except Exception:  # noqa: BLE001 - a broken lessons folder must not break the dialog
            log.exception("cannot read the lessons")
            return out
        known = {x.id for x in out}
        started = sorted(((lid, p) for lid, p in progress.items() if p.started and lid not in known),
                         key=lambda t: t[1].updated, reverse=True)
        for lesson_id, _p in started:
            lesson = course.find(lesson_id) or self.controller.handout_lesson(lesson_id)
            if lesson is not None:
                out.append(lesson)
        return out

    def lesson(self) -> Any:
        """The lesson chosen (None: the project only)."""
        return self._lessons.get(self.lesson_box.currentData() or "")

    def session(self) -> Any:
        """The open session of the chosen lesson, else its saved progress in the session's shape."""
        lesson = self.lesson()
        if lesson is None:
            return None
        session = self.controller.session
        if session is not None and session.lesson.id == lesson.id:
            return session
        p = self.controller.progress().get(lesson.id)
        return SimpleNamespace(lesson=lesson, ticks=dict(p.ticks) if p else {},
                               done=set(p.done) if p else set(), finished=bool(p and p.finished))

    def refresh(self, *_args: object) -> None:
        """Say what goes in."""
        from deskdl.core.lessons.bundle import _model_files, versions

        window = self.window_
        project = window.project
        note = ""
        if project.path is None:
            note = _(IN_UNSAVED_NEW) if project.runs else ""
        elif window.is_modified():
            note = _(IN_UNSAVED)
        self.project_label.setText(f"{project.name or _('Untitled')}{note}")
        self.runs_label.setText(_runs(len(project.runs)))
        models = sorted(Path(k).name for k in _model_files(project))
        if models and not note:
            self.models_label.setText(_(IN_MODELS_N).format(n=len(models), names=", ".join(models)))
        elif project.runs and note:
            self.models_label.setText(_(IN_MODELS_AFTER_SAVE))
        else:
            self.models_label.setText(_(IN_NO_MODELS))
        session = self.session()
        if session is None:
            self.steps_label.setText("—")
        else:
            lesson = session.lesson
            done = session.done
            steps = lesson.steps
            lines = [f"{'✓' if s.id in done else '○'} {s.number}. {html.escape(s.title)}" for s in steps]
            head = _(IN_STEPS_N).format(done=sum(1 for s in steps if s.id in done), count=len(steps))
            self.steps_label.setText(f"{head}<br>" + "<br>".join(lines))
        seed = project.training.get("seed")
        self.seed_label.setText(str(seed) if seed is not None else _(IN_SEED_NONE))
        v = versions()
        missing = _("not installed")
        line = _("deskdl {deskdl}, Keras {keras}, TensorFlow {tf}, Python {python}")
        self.versions_label.setText(line.format(deskdl=v["deskdl"], keras=v["keras"] or missing,
                                                tf=v["tensorflow"] or missing, python=v["python"]))

    def save(self) -> None:
        """Save the project if it has changes, ask where, then write the bundle."""
        window = self.window_
        session = self.session()
        if session is not None:
            steps = session.lesson.steps
            done = sum(1 for s in steps if s.id in session.done)
            if done < len(steps):
                question = _(IN_NOT_ALL).format(done=done, count=len(steps))
                answer = QMessageBox.question(self, _(IN_TITLE), question,
                                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                              QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    return
        if window.project.path is None and window.project.runs or window.is_modified():
            if window.save_project():
                keeper = getattr(getattr(window, "_deskdl_stage_glue", None), "keeper", None)
                if keeper is not None:
                    keeper.wait_for_saves()  # the trained model file is written after the project file
            self.refresh()
        learner = self.name.text().strip()
        lesson = self.lesson()
        stem = "_".join(x for x in (lesson.id if lesson is not None else window._safe_name(),
                                    "".join(c if c.isalnum() else "_" for c in learner)) if x)
        start = str(Path(window._last_dir()) / f"{stem}.deskdl-bundle")
        path, _filter = QFileDialog.getSaveFileName(self, _(IN_SAVE_TITLE), start, _(BUNDLE_FILTER))
        if not path:
            return
        if self.write(_with_suffix(path, ".deskdl-bundle")):
            self.accept()

    def write(self, path: str | Path) -> bool:
        """Write the bundle to ``path``; False (after saying why) when it cannot be written."""
        from deskdl.core.lessons.bundle import write_bundle
        from deskdl.core.lessons.model import LessonError

        learner = self.name.text().strip()
        self.window_.settings.setValue(NAME_KEY, learner)
        try:
            written = write_bundle(path, self.window_.project, lesson=self.lesson(), session=self.session(),
                                   learner=learner)
        except LessonError as err:
            QMessageBox.warning(self, _(IN_FAILED), err.text)
            return False
        self.written = written
        text = _(IN_SAVED).format(file=written, name=Path(written).name)
        self.window_.status.showMessage(text, 15000)
        QMessageBox.information(self, _(IN_TITLE), text)
        return True


# ================================================================== check hand-ins
CHECK = N_("&Check Hand-ins…")
CHECK_TIP = N_("Teachers: check learners' submission bundles again, step by step, and open their projects")
CHECK_TITLE = N_("Check hand-ins")
CHECK_INTRO = (N_("Each learner's steps, checked again on what their bundle holds (as 'deskdl check' does). "
               "Open a learner's project to see their runs and trained model, and to train it again."))
CHECK_ADD = N_("Add Bundles…")
CHECK_HANDOUT = N_("Grade Against a Hand-out…")
CHECK_HANDOUT_TIP = (N_("Use the lesson in your .deskdl-lesson file, not the copy inside each bundle (a "
                        "learner "
                     "could have edited that copy)"))
CHECK_OPEN = N_("Open Project")
CHECK_OPEN_TIP = (N_("Open the selected learner's project, with its runs and trained model (a copy: the "
                     "bundle "
                  "stays as it is)"))
CHECK_COLS = (N_("Learner"), N_("Lesson"), N_("Steps"), N_("File"))
CHECK_AGAINST = N_("Lessons: {source}")
CHECK_AGAINST_COURSE = N_("the installed course; a lesson it lacks comes from the copy in the bundle")
CHECK_AGAINST_HANDOUT = N_("the hand-out {file} (then the installed course)")
CHECK_BAD = N_("not a usable bundle: {reason}")
CHECK_ALL = N_("{passed} of {count}")
CHECK_OPEN_FAILED = N_("The learner's project could not be opened")


class CheckDialog(QDialog):
    """The teacher's view of hand-ins: one row per bundle (its steps below it), Open Project."""

    def __init__(self, controller: Any, paths: Any = ()) -> None:
        super().__init__(controller.window)
        self.controller = controller
        self.window_ = controller.window
        self.setObjectName("checkDialog")
        self.setWindowTitle(_(CHECK_TITLE))
        self.resize(760, 480)
        self.course: Any = controller.course()  # the lessons this app runs (its folder, the hand-outs)
        self.paths: list[Path] = []
        intro = QLabel(_(CHECK_INTRO), self)
        intro.setWordWrap(True)
        self.against = QLabel(_(CHECK_AGAINST).format(source=_(CHECK_AGAINST_COURSE)), self)
        self.against.setProperty("role", "caption")
        self.against.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checkTree")
        self.tree.setColumnCount(len(CHECK_COLS))
        self.tree.setHeaderLabels([_(c) for c in CHECK_COLS])
        header = self.tree.header()
        header.setStretchLastSection(False)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemDoubleClicked.connect(lambda *_a: self.open_project())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.add_button = self.buttons.addButton(_(CHECK_ADD), QDialogButtonBox.ButtonRole.ActionRole)
        self.handout_button = self.buttons.addButton(_(CHECK_HANDOUT), QDialogButtonBox.ButtonRole.ActionRole)
        self.handout_button.setToolTip(_(CHECK_HANDOUT_TIP))
        self.open_button = self.buttons.addButton(_(CHECK_OPEN), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setToolTip(_(CHECK_OPEN_TIP))
        self.open_button.setEnabled(False)
        self.add_button.clicked.connect(lambda _c=False: self.add())
        self.handout_button.clicked.connect(lambda _c=False: self.grade_against())
        self.open_button.clicked.connect(lambda _c=False: self.open_project())
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.against)
        box.addWidget(self.tree, 1)
        box.addWidget(self.buttons)
        self.add(list(paths) or None)

    def add(self, paths: Any = None) -> None:
        """Add bundles (asks for them when None) and check them."""
        if paths is None:
            start = self.window_._last_dir()
            paths, _filter = QFileDialog.getOpenFileNames(self, _(CHECK_TITLE), start, _(BUNDLE_FILTER))
        for p in paths or ():
            if Path(p) not in self.paths:
                self.paths.append(Path(p))
        self.refresh()

    def grade_against(self, path: Any = None) -> bool:
        """Check every bundle against the lesson in the hand-out ``path`` (asks when None)."""
        from deskdl.core.lessons.handout import with_handout
        from deskdl.core.lessons.model import LessonError

        if path is None:
            start = self.window_._last_dir()
            path, _filter = QFileDialog.getOpenFileName(self, _(CHECK_HANDOUT), start, _(HANDOUT_FILTER))
            if not path:
                return False
        try:
            self.course = with_handout(self.controller.course(), path)
        except LessonError as err:
            QMessageBox.warning(self, _(CHECK_TITLE), err.text)
            return False
        self.against.setText(_(CHECK_AGAINST).format(source=_(CHECK_AGAINST_HANDOUT).format(file=Path(path).name)))
        self.refresh()
        return True

    def refresh(self) -> None:
        """Check every bundle again and show the results."""
        from deskdl.core.lessons.bundle import check_bundle
        from deskdl.core.lessons.model import LessonError

        self.tree.clear()
        for path in self.paths:
            try:
                report = check_bundle(path, self.course)
            except LessonError as err:
                item = QTreeWidgetItem(self.tree, ["?", _(CHECK_BAD).format(reason=err.text), "", path.name])
                item.setData(0, Qt.ItemDataRole.UserRole, "")
                item.setToolTip(1, err.text)
                continue
            doc = report.bundle.doc
            lesson = report.bundle.lesson
            title = lesson.title if lesson is not None else str(doc.get("lesson") or "")
            if report.bundle.lesson_source == "bundle":
                title += " " + _("(copy in the bundle)")
            passed = _(CHECK_ALL).format(passed=report.passed, count=len(report.steps))
            item = QTreeWidgetItem(self.tree, [str(doc.get("learner") or "?"), title, passed, path.name])
            item.setData(0, Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(3, str(path))
            font = item.font(2)
            font.setBold(True)
            item.setFont(2, font)
            for step in report.steps:
                line = step.line().strip()
                child = QTreeWidgetItem(item, [line])
                child.setFirstColumnSpanned(True)  # the step's line across the whole row
                child.setToolTip(0, line)
                child.setData(0, Qt.ItemDataRole.UserRole, str(path))
            item.setExpanded(True)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _on_current(self, *_args: object) -> None:
        item = self.tree.currentItem()
        self.open_button.setEnabled(bool(item is not None and item.data(0, Qt.ItemDataRole.UserRole)))

    def rows(self) -> list[tuple[str, str, str, str]]:
        """``(learner, lesson, steps, file)`` for every bundle shown."""
        return [tuple(self.tree.topLevelItem(i).text(c) for c in range(4))  # type: ignore[misc]
                for i in range(self.tree.topLevelItemCount())]

    def open_project(self) -> bool:
        """Open the selected bundle's project (a copy under the data folder) in the window."""
        from deskdl.core.lessons.handout import unpack_bundle_project
        from deskdl.core.lessons.model import LessonError
        from deskdl.paths import user_data_dir

        item = self.tree.currentItem()
        path = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else ""
        if not path:
            return False
        try:
            project = unpack_bundle_project(path, user_data_dir() / "hand-ins")
        except LessonError as err:
            QMessageBox.warning(self, _(CHECK_OPEN_FAILED), err.text)
            return False
        if not self.window_.open_project(project):
            return False
        self.accept()
        return True


__all__ = ["CheckDialog", "HandInDialog", "HandOutDialog"]
