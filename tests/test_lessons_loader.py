"""Lesson files: the loader, its schema errors (each names the file, step and field), the course."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from deskdl.core.lessons import LessonError, load_course, load_lesson
from deskdl.core.lessons.loader import lessons_dir

GOOD = '''
title = "Tiny"
summary = "A test lesson."
minutes = 3
template = "mlp_2d"
lock = ["train.seed"]

[[steps]]
title = "Read"
text = """
Some words.

    z = w * x + b
"""

[[steps]]
id = "relu"
title = "Two ReLU layers"
text = "The template has two."
task = "Look."
hints = ["first", "second"]
actions = [{op = "switch_tab", tab = "Build"}]
show_me = [{op = "set_layer", layer = "hidden_1", params = {activation = "relu"}}]
highlight = ["build.canvas"]
hide = ["tab.inspect"]
check = {kind = "layer_count", type = "Dense", where = {activation = "relu"}, min = 2}
'''


def write(tmp_path: Path, text: str, name: str = "tiny.toml") -> Path:
    path = tmp_path / "sec" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str) -> str:
    with pytest.raises(LessonError) as info:
        load_lesson(write(tmp_path, text))
    return info.value.text


def test_good_lesson_loads_whole(tmp_path):
    lesson = load_lesson(write(tmp_path, GOOD))
    assert (lesson.id, lesson.title, lesson.section, lesson.minutes) == ("tiny", "Tiny", "sec", 3)
    assert lesson.template == "mlp_2d" and lesson.project is None
    assert [s.id for s in lesson.steps] == ["step-1", "relu"]
    assert [s.number for s in lesson.steps] == [1, 2]
    first, second = lesson.steps
    assert first.check is None and first.text == "Some words.\n\n    z = w * x + b"
    assert second.hints == ("first", "second")
    assert second.actions[0].op == "switch_tab" and second.actions[0].get("tab") == "Build"
    assert second.show_me[0].get("params") == {"activation": "relu"}
    assert second.check.kind == "layer_count" and second.check.get("min") == 2
    assert lesson.locked(1) == ("train.seed",) and lesson.hidden(1) == ("tab.inspect",)
    assert lesson.start_actions()[0].op == "open_template"


GOOD_CHECK = 'check = {kind = "layer_count", type = "Dense", where = {activation = "relu"}, min = 2}'


def step2(check: str = "", extra: str = "") -> str:
    return GOOD.replace(GOOD_CHECK, check) + extra


BAD_CHECKS = [
    ('check = {kind = "metrc", metric = "loss", max = 1}', "check.kind: 'metrc' is not a check kind"),
    ('check = {type = "Dense"}', "check.kind: is missing"),
    ('check = {kind = "metric", max = 1}', "'metric' needs the argument 'metric'"),
    ('check = {kind = "metric", metric = "loss", max = "low"}', "check.max: must be a number, not text"),
    ('check = {kind = "layer_exists", type = "dense"}', "check.type: 'dense' is not a layer type"),
    ('check = {kind = "layer_exists", colour = "red"}', "'layer_exists' has no argument 'colour'"),
    ('check = {kind = "training_setting", setting = "batch_size"}', "needs what to compare with"),
    ('check = {kind = "params", min = 10, max = 5}', "min (10) is above max (5)"),
    ('check = {kind = "params"}', "'params' needs min or max"),
    ('check = {kind = "curve", shape = "wiggly"}', "check.shape: 'wiggly' is not allowed"),
    ('check = {kind = "event", name = "slider_moved"}', "check.name: 'slider_moved' is not a learner event"),
    ('check = {kind = "all", checks = [{kind = "model_valid"}, {kind = "nope"}]}',
     "check.checks[1].kind: 'nope' is not a check kind"),
    ('check = {kind = "not", check = {kind = "metric"}}',
     "check.check: 'metric' needs the argument 'metric'"),
    ('check = {kind = "layer_setting", setting = "units", min = 1}', "either layer (an id) or type"),
    ('check = "done"', "check: must be a table"),
    ('check = {kind = "link", src = "a", src_type = "Dense", dst = "b"}', "'link' needs either src (an id)"),
    ('check = {kind = "link", src = "a", dst_type = "add"}', "check.dst_type: 'add' is not a layer type"),
]


@pytest.mark.parametrize("check,words", BAD_CHECKS)
def test_bad_check_names_file_step_and_field(tmp_path, check, words):
    text = error_of(tmp_path, step2(check))
    assert text.startswith(f'{tmp_path / "sec" / "tiny.toml"}: step 2 ("Two ReLU layers"): '), text
    assert words in text, text
    assert "\n" not in text


BAD_STEPS = [
    ('show_me = [{op = "set_layer", layer = "hidden_1", params = {activation = "relu"}}]',
     'show_me = [{op = "fly"}]', "show_me[0].op: 'fly' is not an action"),
    ('show_me = [{op = "set_layer", layer = "hidden_1", params = {activation = "relu"}}]',
     'show_me = [{op = "set_layer", layer = "hidden_1"}]', "'set_layer' needs the argument 'params'"),
    ('actions = [{op = "switch_tab", tab = "Build"}]', 'actions = [{op = "switch_tab", tab = "Train tab"}]',
     "actions[0].tab: 'Train tab' is not a tab: use one of Build, Data, Train, Evaluate, Inspect"),
    ('actions = [{op = "switch_tab", tab = "Build"}]', 'actions = [{op = "open_template", template = "x"}]',
     "actions[0].template: there is no template 'x'"),
    ('actions = [{op = "switch_tab", tab = "Build"}]', 'actions = [{op = "open_project", file = "x.deskdl"}]',
     "actions[0].file: there is no project file 'x.deskdl' beside the lesson"),
    ('actions = [{op = "switch_tab", tab = "Build"}]', 'actions = [{op = "train", epochs = 0}]',
     "actions[0].epochs: must be at least 1"),
    ('actions = [{op = "switch_tab", tab = "Build"}]', 'actions = [{op = "add_layer", type = "Dens"}]',
     "actions[0].type: 'Dens' is not a layer type"),
    ('highlight = ["build.canvas"]', 'highlight = ["canvas"]', "highlight: 'canvas' is not a control id"),
    ('hints = ["first", "second"]', 'hints = "first"', "hints: must be a list of texts"),
    ('text = "The template has two."', 'text = 3', "text: must be text in quotes, not a whole number"),
    ('text = "The template has two."', '', "text: is missing"),
    ('task = "Look."', 'tsak = "Look."', "tsak: is not a step field"),
    ('id = "relu"', 'id = "step-1"', "id: another step is already called 'step-1'"),
    ('id = "relu"', 'id = "relu\\n"', "id: 'relu\\n' is not a usable id"),  # $ alone let a final newline by
]


@pytest.mark.parametrize("old,new,words", BAD_STEPS)
def test_bad_step_field_names_the_step(tmp_path, old, new, words):
    assert old in GOOD
    text = error_of(tmp_path, GOOD.replace(old, new))
    assert ': step 2 ("Two ReLU layers"): ' in text, text
    assert words in text, text


def test_bad_lesson_fields(tmp_path):
    assert "title: is missing" in error_of(tmp_path, GOOD.replace('title = "Tiny"', ""))
    assert "the lesson has no steps" in error_of(tmp_path, 'title = "x"\n')
    assert "colour: is not a lesson field" in error_of(tmp_path, 'colour = "red"\n' + GOOD)
    assert "template: there is no template 'nope'" in error_of(tmp_path, GOOD.replace("mlp_2d", "nope"))
    assert "either a project or a template" in error_of(tmp_path, 'project = "a.deskdl"\n' + GOOD)
    text = error_of(tmp_path, GOOD.replace("train.seed", "train.speed"))
    assert "lock: 'train.speed' is not a control id" in text
    text = error_of(tmp_path, GOOD.replace('minutes = 3', 'minutes = "3"'))
    assert "minutes: must be a whole number" in text


def test_toml_syntax_error_is_one_line_with_the_place(tmp_path):
    text = error_of(tmp_path, GOOD.replace('title = "Tiny"', 'title = Tiny'))
    assert "is not valid TOML" in text and "line 2" in text and "\n" not in text


def test_lesson_project_beside_the_file(tmp_path):
    (tmp_path / "sec").mkdir()
    shutil.copy(lessons_dir() / "1-basics" / "perceptron.deskdl", tmp_path / "sec" / "own.deskdl")
    lesson = load_lesson(write(tmp_path, GOOD.replace('template = "mlp_2d"', 'project = "own.deskdl"')))
    assert lesson.project == tmp_path / "sec" / "own.deskdl"
    assert lesson.start_actions()[0].op == "open_project"


def test_course_sections_order_and_problems(tmp_path):
    (tmp_path / "b-late").mkdir()
    (tmp_path / "b-late" / "section.toml").write_text('title = "Late"\norder = 2\n')
    (tmp_path / "a-early").mkdir()
    (tmp_path / "a-early" / "section.toml").write_text('title = "Early"\norder = 9\n')
    (tmp_path / "b-late" / "one.toml").write_text(GOOD.replace('minutes = 3', 'minutes = 3\norder = 2'))
    (tmp_path / "b-late" / "two.toml").write_text(GOOD.replace('minutes = 3', 'minutes = 4\norder = 1'))
    (tmp_path / "a-early" / "broken.toml").write_text(step2('check = {kind = "metrc"}'))
    (tmp_path / "a-early" / "one.toml").write_text(GOOD)  # the same id as b-late/one.toml
    course = load_course(tmp_path)
    assert [(s.id, s.title) for s in course.sections] == [("b-late", "Late"), ("a-early", "Early")]
    assert [x.id for x in course.section("b-late").lessons] == ["two", "one"]
    assert course.section("b-late").minutes == 7
    assert len(course.problems) == 2
    assert "broken.toml: step 2" in course.problems[0]
    assert "another lesson has the id 'one'" in course.problems[1]
    assert course.find("two").minutes == 4 and course.find("b-late/one") is not None
    assert course.find("broken") is None


def test_shipped_lessons_load_without_problems():
    course = load_course()
    assert course.problems == []
    assert [s.id for s in course.sections][:2] == ["1-basics", "2-vision"]
    for lesson in course.lessons:
        assert 4 <= len(lesson.steps) <= 8, lesson.id
        assert lesson.minutes > 0 and lesson.summary, lesson.id
        assert all(step.check is not None or step.number == 1 for step in lesson.steps), lesson.id


def test_teachers_readme_documents_every_field_op_kind_control_and_event():
    from deskdl.core.lessons import ACTION_OPS, CHECK_KINDS, CONTROLS, EVENTS
    from deskdl.core.lessons.loader import _LESSON_KEYS, _STEP_KEYS

    text = (lessons_dir() / "README.md").read_text(encoding="utf-8")
    for name in [*ACTION_OPS, *CHECK_KINDS, *CONTROLS, *EVENTS, *_LESSON_KEYS - {"id"}, *_STEP_KEYS]:
        assert f"`{name}`" in text, name
    for spec in [*ACTION_OPS.values(), *CHECK_KINDS.values()]:
        for arg in spec.args:
            if arg.name not in ("text", "equals", "one_of"):
                assert f"`{arg.name}`" in text, (spec.name, arg.name)


def test_the_lesson_engine_is_pure_python():
    import subprocess
    import sys

    code = ("import sys, deskdl.core.lessons, deskdl.core.lessons.bundle, deskdl.ml.lessons; "
            "deskdl.core.lessons.load_course(); "
            "heavy = {'tensorflow', 'keras', 'PySide6', 'pyqtgraph', 'gymnasium'} & set(sys.modules); "
            "sys.exit(', '.join(sorted(heavy)) or None)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_the_readme_example_is_a_valid_lesson(tmp_path):
    text = (lessons_dir() / "README.md").read_text(encoding="utf-8")
    example = text.split("## A complete small lesson", 1)[1].split("```toml\n", 1)[1].split("```", 1)[0]
    lesson = load_lesson(write(tmp_path, example, "wider.toml"))
    assert [s.title for s in lesson.steps] == ["Count the parameters", "Make it wider"]
    assert lesson.steps[1].check.kind == "all" and len(lesson.steps[1].check.checks) == 2
