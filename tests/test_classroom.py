"""Classroom mode, the core side (issue 15): a teacher's lesson hand-out written, read and unpacked."""

from __future__ import annotations

import json
import zipfile

import pytest

from deskdl.core.lessons.handout import (
    install_handout,
    lesson_id_for,
    project_lesson_toml,
    read_handout,
    write_handout,
    write_project_handout,
)
from deskdl.core.lessons.loader import load_lesson, templates_dir
from deskdl.core.lessons.model import LessonError
from deskdl.core.project import Project

LESSON = '''
title = "Two projects"
project = "first.deskdl"
lock = ["train.optimizer"]
[[steps]]
title = "Look"
text = "Look at the first model."
[[steps]]
title = "The second"
text = "Now the second one."
actions = [{op = "open_project", file = "more/second.deskdl"}]
hide = ["tab.inspect"]
'''


@pytest.fixture
def lesson_folder(tmp_path):
    folder = tmp_path / "mine"
    (folder / "more").mkdir(parents=True)
    template = (templates_dir() / "mlp_2d.deskdl").read_text(encoding="utf-8")
    (folder / "first.deskdl").write_text(template, encoding="utf-8")
    (folder / "more" / "second.deskdl").write_text(template, encoding="utf-8")
    (folder / "two.toml").write_text(LESSON, encoding="utf-8")
    return folder


def test_a_lesson_and_every_project_it_opens_go_into_one_file_and_come_back(tmp_path, lesson_folder):
    lesson = load_lesson(lesson_folder / "two.toml")
    out = write_handout(tmp_path / "out" / "two.deskdl-lesson", lesson, teacher="Ms Lovelace")
    names = zipfile.ZipFile(out).namelist()
    assert sorted(names) == ["handout.json", "lesson/first.deskdl", "lesson/more/second.deskdl",
                             "lesson/two.toml"]
    info = read_handout(out)
    assert info.lesson_id == "two" and info.doc["teacher"] == "Ms Lovelace"
    assert info.doc["title"] == "Two projects"
    got = install_handout(out, tmp_path / "learner")
    assert got.id == "two" and got.path == tmp_path / "learner" / "two" / "two.toml"
    assert got.lock == ("train.optimizer",) and got.hidden(1) == ("tab.inspect",)
    assert got.project.read_bytes() == (lesson_folder / "first.deskdl").read_bytes()
    assert (tmp_path / "learner" / "two" / "more" / "second.deskdl").is_file()
    # opening it again replaces the older copy (a teacher sent a corrected one)
    again = install_handout(out, tmp_path / "learner")
    assert again.path == got.path and [p.name for p in (tmp_path / "learner").iterdir()] == ["two"]


def test_the_open_project_becomes_a_one_step_lesson_with_its_locks(tmp_path):
    project = Project.load(templates_dir() / "mlp_2d.deskdl")
    project.runs.append({"id": "r1", "status": "finished"})
    out = write_project_handout(tmp_path / "ex.deskdl-lesson", project, title="Tune it: \"fast\"",
                                text="Find a learning rate\nthat trains in 20 epochs.",
                                lock=["train.optimizer"], hide=["tab.inspect", "train.runs"],
                                min_test_accuracy=0.85, taken_ids={"tune_it_fast"})
    lesson = install_handout(out, tmp_path / "learner")
    assert lesson.id == "tune_it_fast_2"  # a course lesson has the plain id: progress must not mix
    assert lesson.title == 'Tune it: "fast"' and lesson.lock == ("train.optimizer",)
    assert lesson.hide == ("tab.inspect", "train.runs")
    step = lesson.steps[0]
    assert step.text == "Find a learning rate\nthat trains in 20 epochs."
    assert lesson.summary == "Find a learning rate that trains in 20 epochs."
    assert step.check.kind == "metric" and step.check.get("min") == 0.85
    handed = Project.load(lesson.project)
    assert handed.runs == [] and handed.graph.to_dict() == project.graph.to_dict()


def test_project_lesson_toml_refuses_an_unknown_control():
    with pytest.raises(LessonError, match="train.learning_rat"):
        project_lesson_toml("T", "text", "p.deskdl", lock=["train.learning_rat"])
    assert lesson_id_for("  ") == "handout" and lesson_id_for("Das Überlernen!") == "das_berlernen"


def test_a_project_outside_the_lesson_folder_is_refused_with_the_fix(tmp_path, lesson_folder):
    other = tmp_path / "elsewhere.deskdl"
    other.write_text((lesson_folder / "first.deskdl").read_text(encoding="utf-8"), encoding="utf-8")
    (lesson_folder / "out.toml").write_text(f'title = "Out"\nproject = "{other.as_posix()}"\n'
                                            '[[steps]]\ntitle = "S"\ntext = "t"\n', encoding="utf-8")
    with pytest.raises(LessonError, match="not in the lesson's folder") as err:
        write_handout(tmp_path / "x.deskdl-lesson", load_lesson(lesson_folder / "out.toml"))
    assert "copy the project file beside the lesson" in err.value.text


def test_files_that_are_not_hand_outs_say_what_they_are(tmp_path, lesson_folder):
    text = tmp_path / "notes.deskdl-lesson"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(LessonError, match="not a zip file"):
        read_handout(text)
    bundle = tmp_path / "work.deskdl-lesson"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("bundle.json", "{}")
    with pytest.raises(LessonError, match="submission bundle"):
        read_handout(bundle)
    newer = tmp_path / "newer.deskdl-lesson"
    with zipfile.ZipFile(newer, "w") as zf:
        zf.writestr("handout.json", json.dumps({"format": "deskdl-lesson", "version": 99, "lesson": "x"}))
    with pytest.raises(LessonError, match="newer deskdl"):
        read_handout(newer)
    with pytest.raises(LessonError, match="no such file"):
        read_handout(tmp_path / "missing.deskdl-lesson")


def test_nothing_is_unpacked_outside_the_lesson_folder(tmp_path):
    evil = tmp_path / "evil.deskdl-lesson"
    toml = 'title = "E"\n[[steps]]\ntitle = "S"\ntext = "t"\n'
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("handout.json", json.dumps({"format": "deskdl-lesson", "version": 1, "lesson": "e"}))
        zf.writestr("lesson/e.toml", toml)
        zf.writestr("lesson/../../escaped.txt", "x")
        zf.writestr("/abs.txt", "x")
    lesson = install_handout(evil, tmp_path / "learner" / "handouts")
    assert lesson.id == "e"
    assert not (tmp_path / "escaped.txt").exists() and not (tmp_path / "learner" / "escaped.txt").exists()
    assert sorted(p.name for p in (tmp_path / "learner" / "handouts" / "e").iterdir()) == ["e.toml"]


def test_a_broken_lesson_inside_is_named_and_leaves_the_older_copy(tmp_path, lesson_folder):
    good = write_handout(tmp_path / "two.deskdl-lesson", load_lesson(lesson_folder / "two.toml"))
    install_handout(good, tmp_path / "learner")
    bad = tmp_path / "bad.deskdl-lesson"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("handout.json", json.dumps({"format": "deskdl-lesson", "version": 1, "lesson": "two"}))
        zf.writestr("lesson/two.toml",
                    'title = "T"\n[[steps]]\ntitle = "S"\ntext = "t"\ncheck = {kind = "x"}\n')
    with pytest.raises(LessonError, match="the lesson inside cannot be used") as err:
        install_handout(bad, tmp_path / "learner")
    assert "step 1" in err.value.text
    assert load_lesson(tmp_path / "learner" / "two" / "two.toml").title == "Two projects"


def test_deskdl_check_grades_against_the_teachers_hand_out(tmp_path, lesson_folder, capsys):
    """A bundle's copy of a hand-out lesson could be edited; --handout puts the teacher's copy in charge."""
    from deskdl.cli import main
    from deskdl.core.lessons.bundle import write_bundle
    from deskdl.core.lessons.progress import ProgressStore
    from deskdl.core.lessons.session import LessonSession

    project = Project.load(templates_dir() / "mlp_2d.deskdl")
    handout = write_project_handout(tmp_path / "ex.deskdl-lesson", project, title="Exercise",
                                    text="Train it.", min_test_accuracy=0.9)
    lesson = install_handout(handout, tmp_path / "learner")
    session = LessonSession(lesson, ProgressStore(tmp_path / "progress.json"))
    session.open_step(0, project)
    bundle = write_bundle(tmp_path / "work.deskdl-bundle", project, lesson=lesson, session=session,
                          learner="Ada")
    assert main(["check", str(bundle)]) == 1  # no run reached 90 %: the step is not done
    out = capsys.readouterr().out
    assert "the copy in the bundle: not installed here" in out and 'step 1 ("What to do"): not done' in out
    assert main(["check", "--handout", str(handout), str(bundle)]) == 1
    out = capsys.readouterr().out
    assert "lesson exercise, learner Ada: 0 of 1 steps pass" in out and "not installed" not in out
    assert main(["check", "--handout", str(tmp_path / "none.deskdl-lesson"), str(bundle)]) == 2
    assert "none.deskdl-lesson: no such file" in capsys.readouterr().err


def test_deskdl_lessons_reads_a_hand_out_file(tmp_path, lesson_folder, capsys):
    from deskdl.cli import main

    out = write_handout(tmp_path / "two.deskdl-lesson", load_lesson(lesson_folder / "two.toml"))
    assert main(["lessons", str(out)]) == 0
    assert capsys.readouterr().out.split() == "two Two projects (2 steps)".split()
    assert main(["lessons", str(tmp_path / "none.deskdl-lesson")]) == 2
    assert "none.deskdl-lesson: no such file" in capsys.readouterr().err
