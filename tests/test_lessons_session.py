"""Lesson sessions (steps, ticks, hints, events, resume), the progress store, and headless actions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deskdl.core.lessons import (
    Action,
    LessonError,
    LessonProgress,
    LessonSession,
    ProgressStore,
    apply_action,
    load_lesson,
    start_project,
)
from deskdl.core.lessons.progress import default_path

LESSON = '''
title = "Session test"
summary = "s"
minutes = 2
template = "mlp_2d"
lock = ["train.seed"]

[[steps]]
title = "Read me"
text = "Words."

[[steps]]
id = "tanh"
title = "Make it tanh"
text = "Set hidden_1 to tanh."
hints = ["Select hidden_1.", "Pick tanh in its activation list."]
lock = ["build.palette"]
highlight = ["build.properties"]
actions = [{op = "switch_tab", tab = "Build"}, {op = "highlight", control = "build.canvas"}]
show_me = [{op = "set_layer", layer = "hidden_1", params = {activation = "tanh"}}]
check = {kind = "layer_setting", layer = "hidden_1", setting = "activation", equals = "tanh"}

[[steps]]
id = "look"
title = "Look at the data"
text = "Open the Data tab."
show_me = [{op = "event", name = "tab_opened", data = {tab = "Data"}}]
check = {kind = "event", name = "tab_opened", where = {tab = "Data"}}

[[steps]]
id = "train"
title = "Train"
text = "Train it."
show_me = [{op = "train"}]
check = {kind = "run_finished"}
'''


@pytest.fixture
def lesson(tmp_path):
    path = tmp_path / "basics" / "session_test.toml"
    path.parent.mkdir()
    path.write_text(LESSON, encoding="utf-8")
    return load_lesson(path)


@pytest.fixture
def store(tmp_path):
    return ProgressStore(tmp_path / "progress.json")


def test_walk_through_a_lesson(lesson, store):
    session = LessonSession(lesson, store)
    assert not session.resumed and session.index == 0
    project = start_project(lesson)
    assert project.name == "MLP for 2D points" and project.path is None
    session.open_step(0, project)
    assert session.check(project).passed  # a step to read
    actions = session.next(project)
    assert [a.op for a in actions] == ["switch_tab", "highlight"]
    assert session.step.id == "tanh" and session.locked() == ("train.seed", "build.palette")
    assert session.highlighted() == ("build.properties", "build.canvas")
    assert session.is_done(0)  # read and passed
    result = session.check(project)
    assert not result.passed and result.detail == 'Now hidden_1: "relu".'
    assert result.text == 'The setting activation of layer hidden_1 is "tanh".'
    # the learner does it for real (the same graph method the Build tab's command calls)
    project.graph.set_params("hidden_1", {"activation": "tanh"})
    assert session.check(project).passed and session.is_done()
    # ticks stay ticked when the learner changes it back
    project.graph.set_params("hidden_1", {"activation": "relu"})
    assert not session.check(project).passed and session.is_done()
    session.next(project)
    assert not session.check(project).passed
    session.report("tab_opened", tab="Train")
    assert not session.check(project).passed
    session.report("tab_opened", tab="Data")
    assert session.check(project).passed
    session.next(project)
    assert session.events == []  # events start afresh on every step
    assert session.next(project) is None and not session.finished  # the last step is not done


def test_hints_one_at_a_time_and_kept_on_the_step(lesson, store):
    session = LessonSession(lesson, store)
    session.open_step(1)
    assert session.visible_hints() == ()
    assert session.hint() == "Select hidden_1."
    assert session.visible_hints() == ("Select hidden_1.",)
    assert session.hint() == "Pick tanh in its activation list."
    assert session.hint() is None
    again = LessonSession(lesson, store)  # the app was closed and opened again
    assert again.index == 1
    assert again.visible_hints() == ("Select hidden_1.", "Pick tanh in its activation list.")
    again.next()
    assert again.visible_hints() == () and again.hints_shown == 0


def test_resume_where_the_learner_left(lesson, store):
    session = LessonSession(lesson, store)
    project = start_project(lesson)
    session.open_step(0, project)
    session.next(project)
    project.graph.set_params("hidden_1", {"activation": "tanh"})
    session.check(project)
    session.next(project)
    again = LessonSession(lesson, store)
    assert again.resumed and again.index == 2 and again.done == {"step-1", "tanh"}
    assert [a.op for a in again.resume_actions()] == ["open_template"]  # step 3 sets no stage
    saved = store.get(lesson.id)
    assert (saved.step, saved.done, saved.hints, saved.finished) == (2, ["step-1", "tanh"], 0, False)
    # the evidence of the tick survives the restart of the app (a bundle handed in later needs it)
    assert set(again.ticks) == {"tanh"} and set(saved.ticks) == {"tanh"}
    evidence = saved.ticks["tanh"]
    assert evidence["text"] == 'The setting activation of layer hidden_1 is "tanh".'
    hidden_1 = next(n for n in evidence["project"]["model"]["nodes"] if n["id"] == "hidden_1")
    assert hidden_1["params"]["activation"] == "tanh" and "runs" not in evidence["project"]
    again.restart()
    assert LessonSession(lesson, store).index == 0 and not store.get(lesson.id).started


def test_run_checks_wait_for_a_new_run(lesson):
    session = LessonSession(lesson)
    project = start_project(lesson)
    project.runs = [{"id": "run-1", "status": "finished", "epochs_run": 3, "history": {}, "final": {}}]
    session.open_step(3, project)
    assert not session.check(project).passed  # run-1 was there before the step opened
    project.runs.append({"id": "run-2", "status": "finished", "epochs_run": 3, "history": {}, "final": {}})
    assert session.check(project).passed
    assert session.finished is False  # steps 1-3 are not done
    with pytest.raises(IndexError):
        session.open_step(4, project)


def test_finishing_every_step_finishes_the_lesson(lesson, store):
    session = LessonSession(lesson, store)
    project = start_project(lesson)
    session.open_step(0, project)
    session.next(project)
    apply_action(session.show_me()[0], project)
    assert session.check(project).passed
    session.next(project)
    session.report("tab_opened", tab="Data")
    session.check(project)
    session.next(project)
    project.runs = [{"id": "run-1", "status": "early_stopped", "epochs_run": 3}]
    assert session.check(project).passed and session.finished
    assert store.get(lesson.id).finished


# ---------------------------------------------------------------- the progress store
def test_progress_round_trip_per_learner(tmp_path):
    ana, ben = ProgressStore(tmp_path / "p.json", "ana"), ProgressStore(tmp_path / "p.json", "ben")
    ana.put("perceptron", LessonProgress(step=3, done=["a", "b"], hints=1))
    ben.put("perceptron", LessonProgress(step=1, finished=True))
    got = ana.get("perceptron")
    assert (got.step, got.done, got.hints, got.finished) == (3, ["a", "b"], 1, False) and got.updated
    assert ben.get("perceptron").finished and ben.get("other") == LessonProgress()
    assert ana.learners() == ["ana", "ben"]
    doc = json.loads((tmp_path / "p.json").read_text())
    assert doc["version"] == 1 and set(doc["learners"]["ana"]["lessons"]) == {"perceptron"}
    ana.reset("perceptron")
    assert not ana.get("perceptron").started and ben.get("perceptron").finished


BAD_STEP = '{"learners": {"default": {"lessons": {"x": {"step": "two", "done": 5}}}}}'


@pytest.mark.parametrize("text", ["", "{", "[1, 2]", '{"learners": 3}', BAD_STEP])
def test_damaged_progress_reads_as_nothing_done(tmp_path, text):
    path = tmp_path / "p.json"
    path.write_text(text)
    store = ProgressStore(path)
    assert store.get("x") == LessonProgress()
    store.put("y", LessonProgress(step=1))  # and can be written over
    assert store.get("y").step == 1


def test_default_progress_file_is_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DESKDL_DATA_DIR", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "lessons_progress.json"
    ProgressStore().put("x", LessonProgress(step=2))
    assert (tmp_path / "data" / "lessons_progress.json").is_file()
    monkeypatch.delenv("DESKDL_DATA_DIR")
    import platformdirs

    assert default_path() == Path(platformdirs.user_data_dir("deskdl", "deskdl")) / "lessons_progress.json"


# ---------------------------------------------------------------- headless actions
def test_project_actions_edit_the_core_project(lesson):
    project = start_project(lesson)
    graph = project.graph

    def do(op, **args):
        return apply_action(Action(op, args), project, lesson.folder)

    do("add_layer", type="Dropout", id="drop", params={"rate": 0.3}, after="hidden_1", before="hidden_2")
    assert graph.node("hidden_2").inputs == ["drop"] and graph.node("drop").inputs == ["hidden_1"]
    assert graph.node("drop").params["rate"] == 0.3
    do("delete_layer", layer="drop")
    assert "drop" not in graph and graph.node("hidden_2").inputs == []
    do("connect", src="hidden_1", dst="hidden_2")
    assert graph.node("hidden_2").inputs == ["hidden_1"]
    do("add_layer", type="Dense", id="extra", after="hidden_2")
    assert graph.node("extra").inputs == ["hidden_2"] and graph.node("extra").params["units"] == 8
    do("disconnect", src="hidden_2", dst="extra")
    assert graph.node("extra").inputs == []
    do("set_training", setting="optimizer.learning_rate", value=0.5)
    do("set_training", setting="early_stopping.enabled", value=True)
    assert project.training["optimizer"] == {"type": "Adam", "learning_rate": 0.5}
    assert project.training["early_stopping"]["enabled"] is True
    do("set_data", setting="params.noise", value=0.2)
    do("set_data", setting="dataset", value="spiral")
    assert project.data == {"dataset": "spiral", "params": {"noise": 0.2}}
    do("set_algorithm", setting="episodes", value=40)
    assert project.algorithm == {"episodes": 40}
    for gui in (Action("switch_tab", {"tab": "Train"}), Action("highlight", {"control": "train.start"}),
                Action("select_layer", {"layer": "x"}), Action("train", {}), Action("event", {"name": "x"})):
        assert apply_action(gui, project) is project
    other = do("open_template", template="cnn_digits")
    assert other is not project and other.path is None and other.data["dataset"] == "digits"


def test_impossible_project_actions_say_why(lesson):
    project = start_project(lesson)
    with pytest.raises(LessonError, match="set_layer: .*nope"):
        apply_action(Action("set_layer", {"layer": "nope", "params": {"units": 2}}), project)
    with pytest.raises(LessonError, match="connect: .*round in a circle"):
        apply_action(Action("connect", {"src": "output", "dst": "hidden_1"}), project)
    with pytest.raises(LessonError, match="does not feed"):
        apply_action(Action("add_layer", {"type": "Dense", "after": "input", "before": "output"}), project)
    with pytest.raises(LessonError, match="needs an open project"):
        apply_action(Action("set_layer", {"layer": "a", "params": {}}), None)


def test_finished_when_the_last_missing_tick_is_an_earlier_step(lesson, store):
    session = LessonSession(lesson, store)
    project = start_project(lesson)
    session.open_step(2, project)
    session.report("tab_opened", tab="Data")
    assert session.check(project).passed
    session.open_step(3, project)
    project.runs = [{"id": "run-1", "status": "finished", "epochs_run": 3}]
    assert session.check(project).passed and not session.finished  # step 2 is still open
    session.open_step(1, project)
    project.graph.set_params("hidden_1", {"activation": "tanh"})
    assert session.check(project).passed and session.finished and store.get(lesson.id).finished
