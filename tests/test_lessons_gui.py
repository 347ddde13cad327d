"""Lessons in the window (issue 15): browser, lesson panel, live checks, hints, Show me, locks, resume.

Driven through the real widgets with pytest-qt; the lessons are small files written in tmp_path
(the shipped course would make each test slow), progress goes to the test's own config folder.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from qt_helpers import close_all, close_quietly, guard_dialogs, make_window

from deskdl.core.lessons.controls import CONTROLS as CORE_CONTROLS
from deskdl.core.lessons.progress import LessonProgress, ProgressStore
from deskdl.qt.lessons import texts as T
from deskdl.qt.lessons.controls import control_ids, find_controls, name_controls

SECTION_1 = 'title = "Neurons and layers"\norder = 1\n'
SECTION_2 = 'title = "Text models"\norder = 2\n'

DEPTH = '''
title = "Depth"
summary = "Add a layer and watch the model change."
minutes = 7
template = "mlp_2d"
lock = ["train.optimizer"]
hide = ["train.runs"]

[[steps]]
id = "look"
title = "Look at the model"
text = """
Every Dense layer computes

    y = activation(W·x + b)

Look at the layers on the canvas.
"""
highlight = ["build.canvas"]

[[steps]]
id = "add"
title = "One more layer"
text = "Add a Dense layer after hidden_2."
task = "Add a Dense layer."
hints = ["Type dense in the search box above the layer list.", "Press Enter to add it after the selection."]
lock = ["train.start", "tab.inspect"]
actions = [{op = "select_layer", layer = "hidden_2"}]
check = {kind = "layer_count", type = "Dense", min = 4}

[[steps.show_me]]
op = "add_layer"
type = "Dense"
id = "extra"
params = {units = 8}
after = "hidden_2"
before = "output"

[[steps]]
id = "rate"
title = "A smaller learning rate"
text = "Set the learning rate to 0.001."
task = "Set the learning rate to 0.001."
actions = [{op = "switch_tab", tab = "Train"}, {op = "highlight", control = "train.learning_rate"}]
check = {kind = "training_setting", setting = "optimizer.learning_rate", equals = 0.001}
show_me = [{op = "set_training", setting = "optimizer.learning_rate", value = 0.001}]
'''

READ_ONLY = '''
title = "Reading only"
minutes = 2
[[steps]]
title = "Read"
text = "Just read."
[[steps]]
title = "Read more"
text = "Read again."
'''

TEMPERATURE = '''
title = "Temperature"
minutes = 5
template = "char_abc_tunes"
[[steps]]
title = "Move the slider"
text = "Move the temperature slider on the Write page."
task = "Move the temperature slider."
check = {kind = "event", name = "temperature_changed", where = {value = 1.5}}
actions = [{op = "highlight", control = "generate.temperature"}]
'''

DRAW = '''
title = "Draw"
[[steps]]
title = "Draw a three"
text = "Draw a 3 on the pad."
[steps.check]
kind = "all"
checks = [{kind = "event", name = "digit_drawn", where = {label = 3}},
          {kind = "event", name = "evaluated"}]
'''


@pytest.fixture(autouse=True)
def _tidy(monkeypatch):
    guard_dialogs(monkeypatch)
    yield
    close_all()


@pytest.fixture
def course_dir(tmp_path):
    root = tmp_path / "lessons"
    (root / "1-layers").mkdir(parents=True)
    (root / "2-text").mkdir()
    (root / "1-layers" / "section.toml").write_text(SECTION_1, encoding="utf-8")
    (root / "2-text" / "section.toml").write_text(SECTION_2, encoding="utf-8")
    (root / "1-layers" / "depth.toml").write_text(DEPTH, encoding="utf-8")
    (root / "1-layers" / "reading.toml").write_text(READ_ONLY, encoding="utf-8")
    (root / "1-layers" / "draw.toml").write_text(DRAW, encoding="utf-8")
    (root / "2-text" / "temperature.toml").write_text(TEMPERATURE, encoding="utf-8")
    return root


def _window(qtbot, monkeypatch, tmp_path, course_dir, size=(1280, 720)):
    window = make_window(qtbot, monkeypatch, tmp_path)
    assert window.install_stage_tabs()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.lessons.root = course_dir
    window.lessons.reload_course()
    return window


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path, course_dir):
    w = _window(qtbot, monkeypatch, tmp_path, course_dir)
    yield w
    close_quietly(w)


def _settle(qtbot, ms=80):
    qtbot.wait(ms)


# ------------------------------------------------------------------ the control table
def test_every_control_id_of_the_lesson_format_has_widgets(window):
    assert set(control_ids()) == set(CORE_CONTROLS)
    found = name_controls(window)
    kind_only = {"generate.temperature", "generate.write", "rl.watch", "rl.play"}  # views of other kinds
    assert set(CORE_CONTROLS) - kind_only <= set(found)
    train = window.stage_tab("Train")
    assert found["train.start"] == [train.start_button]
    assert train.start_button.objectName() == "train.start"
    assert window.palette_dock.objectName() == "dockLayers"  # a dock keeps the name its saved layout uses
    assert find_controls(window, "train.early_stopping") == [train.settings.early, train.settings.patience,
                                                              train.settings.restore_best]
    assert find_controls(window, "no.such.control") == []


def test_the_temperature_slider_is_found_in_a_text_project(window):
    from deskdl.qt import settings as app_settings

    assert window.new_from_template(app_settings.templates_dir() / "char_abc_tunes.deskdl")
    slider = find_controls(window, "generate.temperature")
    assert len(slider) == 1 and slider[0].objectName() == "generate.temperature"
    assert slider[0].maximum() == 200  # the Write page's slider (0.00 .. 2.00)


# ------------------------------------------------------------------ the browser
def test_browser_lists_sections_lengths_and_progress(window, qtbot):
    ProgressStore().put("depth", LessonProgress(step=1, done=["look"]))
    ProgressStore().put("reading", LessonProgress(step=1, done=["step-1", "step-2"], finished=True))
    window.lessons.browse_action.trigger()
    browser = window.lessons.browser
    qtbot.waitExposed(browser)
    assert browser.sections() == ["Neurons and layers", "Text models"]
    rows = {title: (section, length, progress) for section, title, length, progress in browser.rows()}
    assert rows["Depth"] == ("Neurons and layers", "3 steps · about 7 min", "Step 2 of 3")
    assert rows["Reading only"] == ("Neurons and layers", "2 steps · about 2 min", "Done ✓")
    assert rows["Draw"] == ("Neurons and layers", "1 step", T.NOT_STARTED)
    assert rows["Temperature"] == ("Text models", "1 step · about 5 min", T.NOT_STARTED)
    head = browser.tree.topLevelItem(0)
    assert head.text(2) == "1 of 3 done"
    assert browser.select_lesson("depth")
    assert browser.open_button.text() == T.RESUME and browser.restart_button.isEnabled()
    assert "Add a layer and watch" in browser.summary.text()
    assert browser.select_lesson("temperature")
    assert browser.open_button.text() == T.OPEN and not browser.restart_button.isEnabled()


def test_a_broken_lesson_file_is_named_in_the_browser(window, course_dir, qtbot):
    (course_dir / "1-layers" / "broken.toml").write_text(
        'title = "Broken"\n[[steps]]\ntitle = "S"\ntext = "t"\ncheck = {kind = "metrc"}\n', encoding="utf-8")
    browser = window.lessons.open_browser()
    qtbot.waitExposed(browser)
    assert browser.problems.isVisible()
    assert "broken.toml: step 1" in browser.problems.text() and "metrc" in browser.problems.text()
    assert "Broken" not in [title for _s, title, _l, _p in browser.rows()]


def test_the_sidebar_opens_the_browser_and_offers_to_go_on(window, qtbot):
    section = window.lessons.sidebar_section
    assert section.isVisibleTo(window.sidebar) and not section.continue_button.isVisibleTo(window.sidebar)
    qtbot.mouseClick(section.browse_button, Qt.MouseButton.LeftButton)
    assert window.lessons.browser.isVisible()
    window.lessons.browser.close()
    ProgressStore().put("depth", LessonProgress(step=2, done=["look", "add"]))
    window.lessons._update_sidebar()
    assert section.continue_button.isVisibleTo(window.sidebar)
    assert section.continue_button.text() == "Go on with “Depth” (step 3 of 3)"
    qtbot.mouseClick(section.continue_button, Qt.MouseButton.LeftButton)
    assert window.lessons.session.lesson.id == "depth" and window.lessons.session.index == 2


# ------------------------------------------------------------------ a lesson
def test_opening_from_the_browser_runs_the_first_steps_actions(window, qtbot):
    browser = window.lessons.open_browser()
    assert browser.select_lesson("depth")
    qtbot.mouseClick(browser.open_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    lessons, panel = window.lessons, window.lessons.panel
    assert lessons.session is not None and lessons.session.index == 0
    assert window.project.name == "MLP for 2D points" and window.project.path is None  # the template
    assert lessons.dock.isVisible() and panel.title.text() == "Depth"
    assert panel.where.text() == "step 1 of 3" and panel.step_title.text() == "Look at the model"
    assert "y = activation(W·x + b)" in panel.text.toPlainText()
    assert "<pre" in panel.text.toHtml() or "monospace" in panel.text.toHtml()  # the formula in monospace
    assert panel.mark.text().endswith(T.READ_ONLY) or T.READ_ONLY in panel.mark.text()
    assert panel.next_button.isEnabled()  # a step to read: Next at once
    outline = lessons.highlighter.outline("build.canvas")
    assert outline is not None and outline.isVisible()
    canvas = window.editor.geometry()
    assert outline.geometry().contains(canvas.center())
    # the lesson's own locks hold on every step
    assert not window.stage_tab("Train").settings.optimizer.isEnabled()
    assert not window.stage_tab("Train").runs.isVisibleTo(window.stage_tab("Train"))
    # Build keeps its canvas: the lesson sits above the layer's properties
    assert window.dockWidgetArea(lessons.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert lessons.dock.geometry().bottom() < window.properties_dock.geometry().top()


def test_a_check_turns_done_when_the_learner_adds_the_layer(window, qtbot):
    lessons, panel = window.lessons, window.lessons.panel
    assert lessons.open_lesson("depth")
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert lessons.session.index == 1 and window.editor.selected_ids() == ["hidden_2"]  # its select_layer
    assert not panel.next_button.isEnabled() and not panel.is_done_shown()
    assert panel.detail.text() == "Now: The model has 3."
    # the learner: search box, "dense", Enter (adds it after the selected layer)
    window.palette.focus_search()
    QTest.keyClicks(window.palette.search, "dense")
    QTest.keyClick(window.palette.search, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.is_done_shown, timeout=2000)
    assert panel.next_button.isEnabled() and lessons.session.is_done()
    assert [n.type for n in window.project.graph.nodes.values()].count("Dense") == 4
    assert ProgressStore().get("depth").done == ["look", "add"]


def test_hints_come_one_at_a_time(window, qtbot):
    lessons, panel = window.lessons, window.lessons.panel
    lessons.open_lesson("depth")
    lessons.next_step()
    assert not panel.hints.isVisible() and panel.hint_button.isEnabled()
    qtbot.mouseClick(panel.hint_button, Qt.MouseButton.LeftButton)
    assert panel.hints.isVisible()
    assert "Hint 1 of 2: Type dense in the search box" in panel.hints.text()
    assert "Hint 2" not in panel.hints.text() and panel.hint_button.isEnabled()
    qtbot.mouseClick(panel.hint_button, Qt.MouseButton.LeftButton)
    assert "Hint 2 of 2: Press Enter" in panel.hints.text()
    assert not panel.hint_button.isEnabled() and panel.hint_button.text() == T.NO_MORE_HINTS
    assert [e.name for e in lessons.session.events].count("hint_shown") == 2
    assert ProgressStore().get("depth").hints == 2


def test_show_me_does_the_step_in_one_undo_step(window, qtbot):
    lessons, panel = window.lessons, window.lessons.panel
    lessons.open_lesson("depth")
    lessons.next_step()
    graph = window.project.graph
    qtbot.mouseClick(panel.show_me_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.is_done_shown, timeout=2000)
    assert graph.node("extra").params["units"] == 8
    assert graph.node("extra").inputs == ["hidden_2"] and graph.node("output").inputs == ["extra"]
    assert window.editor.undo_stack.undoText() == "Show me: One more layer"
    window.editor.undo_stack.undo()
    assert "extra" not in graph and graph.node("output").inputs == ["hidden_2"]
    # the next step's Show me changes a training setting; the Train tab shows it
    lessons.session.done.add("add")
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    train = window.stage_tab("Train")
    assert window.current_stage() == "Train"
    assert lessons.highlighter.highlighted() == ["train.learning_rate"]
    assert lessons.highlighter.outline("train.learning_rate").isVisible()
    qtbot.mouseClick(panel.show_me_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.is_done_shown, timeout=2000)
    assert train.settings.learning_rate.value() == pytest.approx(0.001)
    assert window.project.training["optimizer"]["learning_rate"] == 0.001
    assert panel.next_button.text() == T.FINISH
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert lessons.session is None and not lessons.dock.isVisible()
    assert ProgressStore().get("depth").finished


def test_locked_controls_stay_locked_and_come_back_on_close(window, qtbot):
    lessons = window.lessons
    train = window.stage_tab("Train")
    lessons.open_lesson("depth")
    lessons.next_step()  # step 2 locks Start and the Inspect tab, besides the lesson's own locks
    inspect_index = window.stages.indexOf(window.stage_tab("Inspect"))
    assert not train.start_button.isEnabled()
    assert not window.stages.isTabEnabled(inspect_index)
    train.set_tensorflow_ready(True)  # the Train tab enables Start now: the lesson keeps it locked
    assert not train.start_button.isEnabled() and not train.settings.optimizer.isEnabled()
    assert not train.runs.isVisibleTo(train)
    qtbot.mouseClick(window.lessons.panel.leave_button, Qt.MouseButton.LeftButton)
    assert lessons.session is None
    assert train.start_button.isEnabled()  # as the Train tab wants it now (TensorFlow is ready)
    assert train.settings.optimizer.isEnabled() and train.runs.isVisibleTo(train)
    assert window.stages.isTabEnabled(inspect_index)
    assert lessons.highlighter.highlighted() == []
    assert T.LEFT.format(title="Depth") == window.status.currentMessage()


def test_a_hidden_dock_is_given_back_and_not_remembered_hidden(qtbot, monkeypatch, tmp_path, course_dir):
    (course_dir / "1-layers" / "nopalette.toml").write_text(
        'title = "No palette"\nhide = ["build.palette"]\n[[steps]]\ntitle = "S"\ntext = "t"\n',
        encoding="utf-8")
    window = _window(qtbot, monkeypatch, tmp_path, course_dir)
    window.lessons.open_lesson("nopalette")
    assert not window.palette_dock.isVisible()
    window.select_stage("Train")
    window.select_stage("Build")  # Build's remembered layout shows the dock; the lesson hides it again
    _settle(qtbot)
    assert not window.palette_dock.isVisible() and window.lessons.dock.isVisible()
    close_quietly(window)  # closing with the lesson open remembers the layout
    from qt_helpers import WINDOWS, fake_keras

    from deskdl.qt import settings as app_settings
    from deskdl.qt.main_window import LAYOUT_VERSION, MainWindow

    again = MainWindow(keras=fake_keras(), restore_state=True)
    WINDOWS.append(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.palette_dock.isVisible()  # the learner's palette is back after a restart
    qtbot.waitUntil(lambda: not again.lessons.dock.isVisible(), timeout=1000)  # no lesson is open
    assert again.settings.value(f"{app_settings.KEY_STAGE_LAYOUT}/Build") is not None
    assert LAYOUT_VERSION


def test_closing_the_dock_leaves_the_lesson(window, qtbot):
    lessons = window.lessons
    lessons.open_lesson("depth")
    lessons.dock.close()
    assert lessons.session is None
    assert window.stage_tab("Train").settings.optimizer.isEnabled()


def test_resume_after_reopening_the_window(qtbot, monkeypatch, tmp_path, course_dir):
    window = _window(qtbot, monkeypatch, tmp_path, course_dir)
    lessons = window.lessons
    lessons.open_lesson("depth")
    lessons.next_step()
    lessons.show_me()
    qtbot.waitUntil(lambda: lessons.session.is_done(), timeout=2000)
    lessons.next_step()
    lessons.show_hint()
    assert lessons.session.index == 2
    close_quietly(window)

    again = _window(qtbot, monkeypatch, tmp_path, course_dir)
    browser = again.lessons.open_browser()
    assert ("Neurons and layers", "Depth", "3 steps · about 7 min", "Step 3 of 3") in browser.rows()
    browser.select_lesson("depth")
    assert browser.open_button.text() == T.RESUME
    qtbot.mouseClick(browser.open_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    session, panel = again.lessons.session, again.lessons.panel
    assert session.index == 2 and panel.where.text() == "step 3 of 3"
    assert "Hint" not in panel.hints.text()  # step 3 has no hints; the one shown was step 2's
    assert session.is_done(0) and session.is_done(1)
    # the earlier steps' edits are redone on the fresh template, so step 3 builds on them
    assert "extra" in again.project.graph and again.project.graph.node("output").inputs == ["extra"]
    assert again.current_stage() == "Train"
    assert not again.editor.undo_stack.canUndo()


def test_leaving_and_coming_back_keeps_the_learners_work(window, qtbot):
    lessons = window.lessons
    lessons.open_lesson("depth")
    lessons.next_step()
    new = window.editor.add_layer("Dropout")
    lessons.close_lesson()
    project = window.project
    assert lessons.open_lesson("depth")
    assert window.project is project and new in window.project.graph  # not replaced by a fresh template
    assert lessons.session.index == 1


def test_start_over_forgets_the_progress(window, qtbot):
    ProgressStore().put("depth", LessonProgress(step=2, done=["look", "add"]))
    browser = window.lessons.open_browser()
    browser.select_lesson("depth")
    qtbot.mouseClick(browser.restart_button, Qt.MouseButton.LeftButton)
    assert window.lessons.session.index == 0 and not window.lessons.session.done
    assert ProgressStore().get("depth").step == 0


def test_unsaved_work_is_asked_about_before_a_lesson_opens_its_project(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.editor.add_layer("Input")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Cancel)
    assert not window.lessons.open_lesson("depth")
    assert asked == ["Unsaved changes"] and window.lessons.session is None
    assert [n.type for n in window.project.graph.nodes.values()] == ["Input"]


# ------------------------------------------------------------------ learner events
def test_moving_the_temperature_slider_ticks_the_step(window, qtbot):
    lessons, panel = window.lessons, window.lessons.panel
    assert lessons.open_lesson("temperature")
    _settle(qtbot)
    assert window.current_stage() == "Train"  # the highlight brought the slider on screen
    slider = find_controls(window, "generate.temperature")[0]
    assert slider.isVisible() and lessons.highlighter.outline("generate.temperature").isVisible()
    slider.setValue(120)  # temperature 1.2: not yet what the step asks
    _settle(qtbot)
    assert not panel.is_done_shown()
    slider.setFocus()
    for _ in range(3):
        QTest.keyClick(slider, Qt.Key.Key_PageUp)  # +10 each: 1.50
    qtbot.waitUntil(panel.is_done_shown, timeout=2000)
    values = [e.data["value"] for e in lessons.session.events if e.name == "temperature_changed"]
    assert values[0] == 1.2 and values[-1] == 1.5


def test_a_digit_read_and_an_evaluation_are_reported(window, qtbot):
    lessons, panel = window.lessons, window.lessons.panel
    lessons.open_lesson("draw")
    evaluate = window.stage_tab("Evaluate")
    evaluate.drawing_read.emit(5)
    _settle(qtbot)
    assert not panel.is_done_shown()
    evaluate.drawing_read.emit(3)
    evaluate.evaluated.emit({})
    qtbot.waitUntil(panel.is_done_shown, timeout=2000)
    names = [(e.name, dict(e.data)) for e in lessons.session.events]
    assert ("digit_drawn", {"label": 5}) in names and ("digit_drawn", {"label": 3}) in names


def test_tabs_and_selection_are_reported(window, qtbot):
    from deskdl.qt import settings as app_settings

    lessons = window.lessons
    assert window.new_from_template(app_settings.templates_dir() / "mlp_2d.deskdl")
    project = window.project
    lessons.open_lesson("reading")  # a lesson without a project of its own keeps the learner's
    assert window.project is project
    window.select_stage("Data")
    window.select_stage("Build")
    window.editor.select("hidden_1")
    names = [(e.name, dict(e.data)) for e in lessons.session.events]
    assert names == [("tab_opened", {"tab": "Data"}), ("data_viewed", {}), ("tab_opened", {"tab": "Build"}),
                     ("layer_selected", {"layer": "hidden_1"})]


def test_a_highlighted_setting_unfolds_the_settings_and_the_next_step_folds_them(window, qtbot):
    lessons = window.lessons
    train = window.stage_tab("Train")
    lessons.open_lesson("depth")
    lessons.next_step()
    window.select_stage("Train")
    _settle(qtbot)
    assert not train.columns.settings_shown()  # 1280 px with a lesson open: the curves get the room
    lessons.session.done.add("add")
    lessons.next_step()  # step 3 highlights the learning rate
    _settle(qtbot)
    assert train.columns.settings_shown() and train.settings.learning_rate.isVisible()
    lessons.back_step()
    _settle(qtbot)
    assert not train.columns.settings_shown()
    train.columns.set_settings_shown(True)  # the learner's own choice stays
    lessons.close_lesson()
    _settle(qtbot)
    assert train.columns.settings_shown()


def test_what_the_lesson_does_itself_is_not_a_learner_event(window, qtbot):
    lessons = window.lessons
    lessons.open_lesson("depth")
    lessons.next_step()  # step 2 selects hidden_2 itself
    assert lessons.session.events == []
    lessons.session.done.add("add")
    lessons.next_step()  # step 3 switches to Train itself
    assert window.current_stage() == "Train" and lessons.session.events == []
    window.select_stage("Data")  # the learner does
    assert [e.name for e in lessons.session.events] == ["tab_opened", "data_viewed"]


def test_views_and_runs_the_learner_looks_at_are_reported(window, qtbot):
    from deskdl.qt import settings as app_settings

    assert window.new_from_template(app_settings.templates_dir() / "mlp_2d.deskdl")
    lessons = window.lessons
    lessons.open_lesson("reading")
    window.select_stage("Train")  # 2-D data: the decision boundary is there
    inspect = window.stage_tab("Inspect")
    window.select_stage("Inspect")
    inspect.tabs.setCurrentWidget(inspect.filters)
    train = window.stage_tab("Train")
    for run_id in ("run-1", "run-2"):
        train.runs.add_run(run_id, run_id, "#1f77b4")
    train.runs.set_checked("run-1", False)
    train.runs.set_checked("run-1", True)  # two runs ticked: their curves are overlaid
    names = [e.name for e in lessons.session.events]
    for name in ("boundary_viewed", "filters_viewed", "runs_overlaid"):
        assert name in names, (name, names)


WATCH = '''
title = "Watch"
minutes = 3
template = "cartpole_dqn"
[[steps]]
title = "Watch it"
text = "Watch the trained agent play."
task = "Press Watch the agent."
check = {kind = "event", name = "agent_watched"}
'''


def test_watching_the_agent_is_reported(window, qtbot, course_dir):
    import numpy as np

    from deskdl.core import events as ev

    (course_dir / "1-layers" / "watch.toml").write_text(WATCH, encoding="utf-8")
    window.lessons.reload_course()
    lessons, panel = window.lessons, window.lessons.panel
    assert lessons.open_lesson("watch")
    view = next(v for v in window.stage_tab("Train").kind_views if hasattr(v, "watch_started"))
    # a trained agent arrives at a run's end (here a hand-made one: push towards where the pole leans)
    w = np.array([[0, 0], [0, 0], [-10, 10], [-1, 1]], np.float32)
    layers = [{"w": w, "b": np.zeros(2, np.float32), "activation": "linear"}]
    view.on_picture(ev.Picture("r1", "agent", np.zeros(1), meta={"layers": layers, "output": "q",
                                                                  "greedy_return": 500.0}))
    window.select_stage("Train")
    _settle(qtbot)
    assert not panel.is_done_shown()
    qtbot.mouseClick(view.watch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.is_done_shown, timeout=2000)
    qtbot.mouseClick(view.watch_button, Qt.MouseButton.LeftButton)  # Stop is not a second watch
    assert [e.name for e in lessons.session.events].count("agent_watched") == 1


def test_opening_another_project_makes_its_runs_old_for_the_step(window, tmp_path):
    from deskdl.core.project import Project
    from deskdl.qt import settings as app_settings

    lessons = window.lessons
    lessons.open_lesson("reading")
    project = Project.load(app_settings.templates_dir() / "mlp_2d.deskdl")
    project.runs.append({"id": "run-9", "status": "finished", "history": {"loss": [1.0, 0.5]}})
    window.set_project(project)
    assert "run-9" in lessons.session.old_runs


def test_the_outline_follows_the_theme():
    from deskdl.qt import theme
    from deskdl.qt.lessons.controls import HIGHLIGHT_DARK, HIGHLIGHT_LIGHT, highlight_color

    before = theme.current_mode()
    try:
        theme.apply_theme("dark")
        assert highlight_color().name() == HIGHLIGHT_DARK
        theme.apply_theme("light")
        assert highlight_color().name() == HIGHLIGHT_LIGHT
    finally:
        theme.apply_theme(before)


# ------------------------------------------------------------------ room on screen
def test_the_train_curves_keep_half_the_window_with_a_lesson_open(window, qtbot):
    from layout_probe import measure_stage

    window.lessons.open_lesson("reading")
    window.select_stage("Train")
    _settle(qtbot, 150)
    assert window.lessons.dock.isVisible()
    assert (window.width(), window.height()) == (1280, 720)
    curves = {m.title: m for m in measure_stage(window, "Train")}
    assert curves["Loss"].width >= 0.5 * window.width(), curves["Loss"].width
    assert not curves["Loss"].title_clipped and not curves["Loss"].tick_overlaps
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720, hint


# ------------------------------------------------------------------ start options
def test_lesson_start_option_opens_a_lesson_at_a_step(window):
    lessons = window.lessons
    assert lessons.open_from_command_line("depth:3") is None
    session = lessons.session
    assert session.index == 2 and session.is_done(0) and session.is_done(1)
    assert window.project.graph.node("output").inputs == ["extra"]  # step 2's edit, made
    assert window.current_stage() == "Train"
    assert lessons.open_from_command_line("nope") == "there is no lesson called 'nope'; the lessons are " \
                                                     "depth, draw, reading, temperature"
    assert lessons.open_from_command_line("depth:9") == "lesson 'depth' has steps 1 to 3, not '9'"


def test_command_line_parses_the_lesson_options(capsys):
    from deskdl.cli import build_parser

    args = build_parser().parse_args(["--lesson", "depth:2", "--lessons", "--size", "1280x720"])
    assert (args.lesson, args.lessons, args.size) == ("depth:2", True, (1280, 720))
    from deskdl.cli import main

    assert main(["--size", "big"]) == 2
    assert "'big' is not a size: write it as 1280x720" in capsys.readouterr().err


def test_a_screenshot_window_keeps_no_progress(qtbot, monkeypatch, tmp_path, course_dir):
    from qt_helpers import WINDOWS, fake_keras

    from deskdl.qt.main_window import MainWindow

    monkeypatch.setenv("DESKDL_CONFIG_DIR", str(tmp_path / "config"))
    window = MainWindow(keras=fake_keras(), restore_state=False, ephemeral=True)
    WINDOWS.append(window)
    window.lessons.root = course_dir
    window.lessons.reload_course()
    assert window.lessons.open_lesson("reading")
    window.lessons.next_step()
    assert window.lessons.session.index == 1
    assert ProgressStore().all() == {}  # the learner's own progress file is not touched


def test_the_learner_can_type_a_learning_rate_that_makes_training_diverge(window):
    field = window.stage_tab("Train").settings.learning_rate
    field.selectAll()
    QTest.keyClicks(field, "1000")
    field.editingFinished.emit()
    assert window.project.training["optimizer"]["learning_rate"] == 1000.0


# ------------------------------------------------------------------ real training (Keras)
RATES = '''
title = "Rates"
project = "rates.deskdl"
[[steps]]
id = "train"
title = "Train"
text = "Train for two epochs."
check = {kind = "run_finished", min_epochs = 2}
show_me = [{op = "train", epochs = 2}]
[[steps]]
id = "diverge"
title = "Far too large"
text = "Set the learning rate to 1000 and train."
check = {kind = "diverged"}
show_me = [{op = "set_training", setting = "optimizer.learning_rate", value = 1000.0}, {op = "train"}]
'''


@pytest.mark.keras
@pytest.mark.slow
def test_show_me_trains_through_the_train_tab_and_a_diverged_run_is_seen(qtbot, monkeypatch, tmp_path,
                                                                          course_dir):
    import shutil

    from deskdl.paths import resource
    from deskdl.qt.tf_loader import KerasThread

    shutil.copy(resource("lessons", "1-basics", "learning_rate.deskdl"),
                course_dir / "1-layers" / "rates.deskdl")
    (course_dir / "1-layers" / "rates.toml").write_text(RATES, encoding="utf-8")
    window = make_window(qtbot, monkeypatch, tmp_path, keras=KerasThread())
    try:
        assert window.install_stage_tabs()
        window.lessons.root = course_dir
        window.lessons.reload_course()
        window.show()
        lessons, panel = window.lessons, window.lessons.panel
        assert lessons.open_lesson("rates")
        qtbot.mouseClick(panel.show_me_button, Qt.MouseButton.LeftButton)  # TensorFlow loads first
        assert window.current_stage() == "Train"
        qtbot.waitUntil(panel.is_done_shown, timeout=180_000)
        record = window.project.runs[-1]
        assert record["status"] == "finished" and record["epochs_run"] == 2
        names = [e.name for e in lessons.session.events]
        assert names.index("run_started") < names.index("run_finished")
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
        assert not panel.is_done_shown()  # the first run was before this step: it does not count
        qtbot.mouseClick(panel.show_me_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(panel.is_done_shown, timeout=120_000)
        record = window.project.runs[-1]
        assert record["status"] == "failed"
        assert record["error"]["kind"] in ("nan", "exploding") and record["error"]["text"]
        assert window.stage_tab("Train").banner.isVisible()  # the Train tab explains it as usual
    finally:
        close_quietly(window)


# ------------------------------------------------------------------ the shipped course in the window
@pytest.mark.slow
def test_every_shipped_lesson_plays_in_the_window(window, qtbot, monkeypatch):
    """Each shipped lesson's step actions and Show me (trainings left out) run in the window without
    a problem, and every control a step highlights, locks or hides is found there."""
    lessons = window.lessons
    lessons.root = None
    course = lessons.reload_course()
    assert course.lessons and not course.problems, course.problems
    trainings = []
    monkeypatch.setattr(lessons, "_train", lambda epochs: trainings.append(epochs))
    failed = T.ACTION_FAILED.split("{")[0]
    for lesson in course.lessons:
        window.discard_changes()
        assert lessons.open_lesson(lesson, restart=True), lesson.id
        for step in lesson.steps:
            where = f"{lesson.id} step {step.number}"
            assert not panel_says(lessons, failed), (where, lessons.panel.message.text())
            for cid in (*lessons.session.locked(), *lessons.session.hidden(), *lessons.session.highlighted()):
                if not cid.startswith("tab.") and cid not in ("generate.temperature", "generate.write",
                                                                 "rl.watch", "rl.play"):
                    assert find_controls(window, cid), (where, cid)
            for cid in lessons.session.highlighted():
                assert cid in lessons.highlighter.highlighted(), (where, cid)
            lessons.show_me()
            assert not panel_says(lessons, failed), (where, lessons.panel.message.text())
            lessons.session.done.add(step.id)  # its run checks need a real training
            lessons.next_step()
        assert lessons.session is None, lesson.id  # finished: closed
    assert trainings  # the lessons' Show me trains through the Train path


def panel_says(lessons, text: str) -> bool:
    message = lessons.panel.message
    return message.isVisibleTo(lessons.panel) and text in message.text()
