"""Classroom mode in the window (issue 15): hand out a lesson, open it, hand in a bundle, locks say why.

Driven through the real widgets with pytest-qt (the file dialogs answer with a path); the bundle the
Hand In dialog writes is checked again with ``check_bundle``, as ``deskdl check`` does.
"""

from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolTip
from qt_helpers import close_all, close_quietly, guard_dialogs, make_window

from deskdl.core.lessons.bundle import check_bundle, read_bundle
from deskdl.core.lessons.handout import handouts_dir
from deskdl.qt.lessons.classroom import CheckDialog, HandInDialog, HandOutDialog
from deskdl.qt.lessons.controls import find_controls, locked_tip

DEPTH = '''
title = "Depth"
summary = "Add a layer."
minutes = 5
template = "mlp_2d"
lock = ["train.optimizer", "tab.inspect"]

[[steps]]
id = "add"
title = "One more layer"
text = "Add a Dense layer after hidden_2."
check = {kind = "layer_count", type = "Dense", min = 4}
[[steps.show_me]]
op = "add_layer"
type = "Dense"
id = "extra"
params = {units = 8}
after = "hidden_2"
before = "output"

[[steps]]
id = "read"
title = "Read"
text = "Read this."
'''


@pytest.fixture(autouse=True)
def _tidy(monkeypatch):
    guard_dialogs(monkeypatch)
    yield
    close_all()


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path):
    root = tmp_path / "lessons"
    (root / "1-layers").mkdir(parents=True)
    (root / "1-layers" / "section.toml").write_text('title = "Layers"\norder = 1\n', encoding="utf-8")
    (root / "1-layers" / "depth.toml").write_text(DEPTH, encoding="utf-8")
    w = make_window(qtbot, monkeypatch, tmp_path)
    assert w.install_stage_tabs()
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    w.lessons.root = root
    w.lessons.reload_course()
    yield w
    close_quietly(w)


def _answer_save(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def _answer_open(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_the_menus_offer_hand_out_hand_in_and_open_lesson_file(window):
    bar = {a.text(): a.menu() for a in window.menuBar().actions()}
    file_names = [a.objectName() for a in bar["&File"].actions()]
    assert file_names.index("lessons_hand_out") == file_names.index("save_as") + 1
    lesson_names = [a.objectName() for a in bar["&Lessons"].actions() if a.objectName()]
    assert lesson_names == ["lessons_browse", "lessons_open_file", "lessons_hand_in", "lessons_hand_out",
                            "lessons_check", "lessons_leave"]


def test_a_project_handed_out_with_locks_opens_as_a_lesson_with_them(window, qtbot, monkeypatch, tmp_path):
    from deskdl.qt import settings as app_settings

    assert window.new_from_template(app_settings.templates_dir() / "mlp_2d.deskdl")
    graph = window.project.graph.to_dict()
    dialog = HandOutDialog(window.lessons)
    assert dialog.what.currentData() == "project" and dialog.pages.currentIndex() == 0
    dialog.title_edit.setText("Learning rate hunt")
    dialog.text_edit.setPlainText("Find a learning rate that reaches 90 % in 20 epochs.")
    dialog.set_control("train.optimizer", lock=True)
    dialog.set_control("train.batch_size", lock=True)
    dialog.set_control("tab.inspect", lock=True)
    dialog.set_control("tab.inspect", hide=True)  # Hide takes the place of Lock
    assert dialog.chosen(1) == ["train.optimizer", "train.batch_size"] and dialog.chosen(2) == ["tab.inspect"]
    dialog.done_box.setChecked(True)
    assert dialog.accuracy.isEnabled()
    target = tmp_path / "class" / "hunt"
    target.parent.mkdir()
    _answer_save(monkeypatch, target)
    dialog.teacher.setText("Ms Hopper")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    out = target.with_name("hunt.deskdl-lesson")  # the suffix is added
    assert dialog.written == out and out.is_file()
    assert "Give this one file to your learners" in told[0]
    assert "deskdl check --handout hunt.deskdl-lesson THEIR-FILES" in window.status.currentMessage()

    # the learner's side: File > Open on the one file
    window.discard_changes()
    _answer_open(monkeypatch, out)
    window.action_map["open"].trigger()
    lessons = window.lessons
    assert lessons.session is not None and lessons.session.lesson.id == "learning_rate_hunt"
    assert lessons.dock.isVisible()
    assert lessons.session.lesson.path.parent == handouts_dir() / "learning_rate_hunt"
    assert window.project.graph.to_dict() == graph and window.project.runs == []
    assert lessons.guard.is_locked("train.optimizer") and lessons.guard.is_locked("train.batch_size")
    assert lessons.guard.is_hidden("tab.inspect")
    inspect = window.stages.indexOf(window.stage_tab("Inspect"))
    assert not window.stages.isTabVisible(inspect)
    assert str(out) in [str(p) for p in app_settings.recent_files(window.settings)]
    # the step is done by a run's test accuracy
    assert lessons.session.lesson.steps[0].check.get("min") == 0.9


def test_a_course_lesson_is_handed_out_with_its_files(window, monkeypatch, tmp_path):
    dialog = HandOutDialog(window.lessons)
    dialog.what.setCurrentIndex(dialog.what.findData("depth"))
    assert dialog.pages.currentIndex() == 1
    assert "the optimizer choice; the Inspect tab" in dialog.lesson_info.text()
    _answer_save(monkeypatch, tmp_path / "depth.deskdl-lesson")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog.save()
    names = zipfile.ZipFile(tmp_path / "depth.deskdl-lesson").namelist()
    assert sorted(names) == ["handout.json", "lesson/depth.toml"]


def test_a_file_that_is_not_a_hand_out_is_refused_in_one_sentence(window, monkeypatch, tmp_path):
    bad = tmp_path / "homework.deskdl-lesson"
    bad.write_text("not a zip", encoding="utf-8")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    assert not window.open_project(bad)
    assert said and "is not a deskdl lesson hand-out (not a zip file)" in said[0]
    assert window.lessons.session is None


def test_hand_in_writes_a_bundle_the_teacher_checks_again(window, qtbot, monkeypatch, tmp_path):
    lessons = window.lessons
    assert lessons.open_lesson("depth")
    project_path = tmp_path / "work" / "depth.deskdl"
    project_path.parent.mkdir()
    assert window.save_project_as(project_path)
    assert lessons.show_me()
    qtbot.waitUntil(lambda: lessons.session.is_done(), timeout=3000)
    # a finished run with its trained model beside the project
    (project_path.parent / "depth.trained.keras").write_bytes(b"model bytes")
    window.project.runs.append({"id": "run-1", "status": "finished", "model_file": "depth.trained.keras",
                                "final": {"accuracy": 0.9}})
    window.project.training["seed"] = 7
    window.mark_modified()
    dialog = HandInDialog(lessons)
    assert dialog.lesson_box.currentData() == "depth"
    assert "unsaved changes" in dialog.project_label.text()
    assert dialog.runs_label.text() == "1 run"
    assert dialog.models_label.text().startswith("the newest trained model, written when the project")
    assert dialog.steps_label.text().startswith("1 of 2 ticked") and dialog.seed_label.text() == "7"
    assert "Keras" in dialog.versions_label.text() and "TensorFlow" in dialog.versions_label.text()
    dialog.name.setText("Ada")
    target = tmp_path / "hand-in" / "ada"
    target.parent.mkdir()
    _answer_save(monkeypatch, target)
    told, asked = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or no)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # not every step is done: No
    assert asked == ["Not every step of the lesson is ticked yet (1 of 2). Hand in what you have now? (You "
                     "can hand in a newer file later.)"]
    assert dialog.written is None and not told and window.is_modified()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    out = target.with_name("ada.deskdl-bundle")
    assert told and told[0].startswith(f"Your work is in {out}. Hand in this one file")
    assert dialog.written == out and not window.is_modified()  # saved first
    assert "deskdl check ada.deskdl-bundle" in window.status.currentMessage()
    names = zipfile.ZipFile(out).namelist()
    assert "models/depth.trained.keras" in names and "lesson/depth.toml" in names
    doc = json.loads(zipfile.ZipFile(out).read("bundle.json"))
    assert doc["learner"] == "Ada" and doc["seed"] == 7 and doc["lesson"] == "depth"
    assert set(doc["versions"]) >= {"deskdl", "keras", "tensorflow"}
    report = check_bundle(out, lessons.course())
    states = [s.state for s in report.steps]
    assert states == ["passed", "not done"]
    assert read_bundle(out, lessons.course()).project.runs[0]["id"] == "run-1"
    assert window.settings.value("classroom/learner_name") == "Ada"


def test_hand_in_of_a_lesson_not_open_uses_its_saved_progress(window, qtbot, monkeypatch, tmp_path):
    lessons = window.lessons
    assert lessons.open_lesson("depth")
    lessons.show_me()
    qtbot.waitUntil(lambda: lessons.session.is_done(), timeout=3000)
    assert lessons.close_lesson()
    dialog = HandInDialog(lessons)
    assert dialog.lesson_box.currentData() == "depth"
    assert dialog.steps_label.text().startswith("1 of 2 ticked")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert dialog.write(tmp_path / "later.deskdl-bundle")
    assert [s.state for s in check_bundle(tmp_path / "later.deskdl-bundle", lessons.course()).steps] == [
        "passed", "not done"]


def test_a_locked_control_says_why_when_pointed_at_or_clicked(window, qtbot):
    lessons = window.lessons
    assert lessons.open_lesson("depth")
    window.select_stage("Train")
    qtbot.wait(50)
    optimizer = find_controls(window, "train.optimizer")[0]
    assert not optimizer.isEnabled()
    # a tooltip asked for on the locked control (or anything inside it)
    assert lessons.guard.locked_at(optimizer.view()) == "train.optimizer"
    target = optimizer
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), target.mapToGlobal(QPoint(2, 2)))
    QApplication.sendEvent(target, event)
    assert QToolTip.text().startswith("<p><b>Locked by this lesson.</b> It keeps the optimizer choice")
    assert QToolTip.text() == locked_tip("train.optimizer", rich=True)
    assert locked_tip("train.optimizer").startswith("Locked by this lesson: it keeps the optimizer choice")
    QToolTip.hideText()
    QTest.mouseClick(optimizer, Qt.MouseButton.LeftButton)
    assert window.status.currentMessage() == locked_tip("train.optimizer")
    # a locked stage tab: its tab in the tab bar
    bar = window.stages.tabBar()
    rect = bar.tabRect(window.stages.indexOf(window.stage_tab("Inspect")))
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), bar.mapToGlobal(rect.center()))
    QApplication.sendEvent(bar, event)
    assert QToolTip.text() == locked_tip("tab.inspect", rich=True)
    assert locked_tip("tab.inspect").startswith("Locked by this lesson: the Inspect tab stays closed")
    QToolTip.hideText()
    inspect = window.stages.indexOf(window.stage_tab("Inspect"))
    assert not window.stages.tabIcon(inspect).isNull()  # the locked tab shows a padlock
    # a control that is not locked keeps its own tooltip; after the lesson nothing is locked
    assert lessons.guard.locked_at(find_controls(window, "train.learning_rate")[0]) is None
    assert lessons.close_lesson()
    assert optimizer.isEnabled() and lessons.guard.locked_at(optimizer) is None
    assert window.stages.tabIcon(inspect).isNull() and window.stages.isTabEnabled(inspect)
    assert not lessons.guard._tips.on


def test_the_lesson_panel_names_what_is_locked_and_hidden(window, qtbot, monkeypatch, tmp_path):
    from deskdl.core.lessons.handout import write_project_handout

    lessons = window.lessons
    assert lessons.open_lesson("depth")
    locks = lessons.panel.locks
    assert locks.isVisible()
    assert locks.text() == ("Locked by this lesson (greyed out; point at one to see why): the optimizer "
                            "choice; the Inspect tab.")
    out = write_project_handout(tmp_path / "h.deskdl-lesson", window.project, title="H", text="Do it.",
                                hide=["train.runs"])
    window.discard_changes()
    assert window.open_project(out)
    hidden = "Hidden by this lesson: the list of runs (to overlay and compare curves)."
    assert lessons.panel.locks.text() == hidden
    assert lessons.close_lesson() and not lessons.panel.locks.isVisible()


def test_the_browser_lists_the_hand_outs_the_learner_opened(window, qtbot, monkeypatch, tmp_path):
    from deskdl.core.lessons.handout import write_project_handout

    out = write_project_handout(tmp_path / "h.deskdl-lesson", window.project, title="Rate hunt", text="Go.")
    assert window.open_project(out)
    assert window.lessons.close_lesson()
    browser = window.lessons.open_browser()
    qtbot.waitExposed(browser)
    assert browser.sections() == ["Handed out by your teacher", "Layers"]
    assert ("Handed out by your teacher", "Rate hunt", "1 step", "Not started") in browser.rows()
    assert browser.select_lesson("rate_hunt")
    browser.lesson_chosen.emit("rate_hunt", False)  # Start: it opens from its unpacked copy
    assert window.lessons.session.lesson.id == "rate_hunt"


def test_the_teacher_checks_hand_ins_and_opens_a_learners_project(window, qtbot, monkeypatch, tmp_path):
    lessons = window.lessons
    assert lessons.open_lesson("depth")
    folder = tmp_path / "ada"
    folder.mkdir()
    assert window.save_project_as(folder / "depth.deskdl")
    lessons.show_me()
    qtbot.waitUntil(lambda: lessons.session.is_done(), timeout=3000)
    (folder / "depth.trained.keras").write_bytes(b"model bytes")
    window.project.runs.append({"id": "run-1", "status": "finished", "model_file": "depth.trained.keras"})
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = HandInDialog(lessons)
    dialog.name.setText("Ada")
    assert dialog.write(tmp_path / "ada.deskdl-bundle")
    assert lessons.close_lesson()
    junk = tmp_path / "junk.deskdl-bundle"
    junk.write_text("no", encoding="utf-8")
    window.discard_changes()

    # File > Open of a bundle shows the teacher's view
    _answer_open(monkeypatch, tmp_path / "ada.deskdl-bundle")
    window.action_map["open"].trigger()
    check = window.findChild(CheckDialog)
    assert check is not None and check.isVisible()
    check.add([junk])
    rows = check.rows()
    assert rows[0] == ("Ada", "Depth", "1 of 2", "ada.deskdl-bundle")
    assert rows[1][0] == "?" and "not a zip file" in rows[1][1]
    steps = [check.tree.topLevelItem(0).child(i).text(0) for i in range(2)]
    assert steps == ['step 1 ("One more layer"): passed', 'step 2 ("Read"): not done']
    # open the learner's project: a copy with its run and trained model
    check.tree.setCurrentItem(check.tree.topLevelItem(0))
    assert check.open_button.isEnabled()
    QTest.mouseClick(check.open_button, Qt.MouseButton.LeftButton)
    assert window.project.runs[0]["id"] == "run-1" and "extra" in window.project.graph
    copy = window.project.path.parent
    assert (copy / "depth.trained.keras").read_bytes() == b"model bytes"
    assert (tmp_path / "ada.deskdl-bundle").is_file()  # the bundle stays
    check.tree.setCurrentItem(check.tree.topLevelItem(1))
    assert not check.open_button.isEnabled()
