"""Pure tests of deskdl/core/lessons/handout.py: a teacher's hand-out written, read, unpacked and listed.

The expected file names, texts and messages are the format the module's docstring and
resources/lessons/README.md describe (``handout.json``, ``lesson/<id>.toml``, the project files under
their names relative to the lesson's folder), and the sentences the learner reads, written out in full.
No Qt, no TensorFlow: this file is in bench/mutation.py's CORE_TESTS.
"""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from deskdl import __version__
from deskdl.core.lessons import handout as H
from deskdl.core.lessons.loader import Course, load_lesson, templates_dir
from deskdl.core.lessons.model import Lesson, LessonError, Section, Step
from deskdl.core.project import Project

TEMPLATE = (templates_dir() / "mlp_2d.deskdl").read_text(encoding="utf-8")
LESSON = """title = "Two projects"
project = "first.deskdl"
[[steps]]
id = "look"
title = "Look"
text = "Look."
[[steps]]
id = "second"
title = "The second"
text = "Now the second."
actions = [{op = "open_project", file = "more/second.deskdl"}]
[[steps]]
id = "third"
title = "Shown"
text = "Shown."
show_me = [{op = "open_project", file = "third.deskdl"}]
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path):
    """A lesson "two" that opens three project files, with a Vietnamese translation."""
    d = tmp_path / "mine"
    write(d / "first.deskdl", TEMPLATE)
    write(d / "more" / "second.deskdl", TEMPLATE)
    write(d / "third.deskdl", TEMPLATE)
    write(d / "two.toml", LESSON)
    write(d / "two.vi.toml", 'title = "Hai dự án"\n')
    return d


def make_zip(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def doc(**over):
    return json.dumps({"format": "deskdl-lesson", "version": 1, "lesson": "e", **over})


TOML_E = 'title = "E"\n[[steps]]\ntitle = "S"\ntext = "t"\n'


# ---------------------------------------------------------------- writing
def test_the_hand_out_holds_the_lesson_its_translation_and_every_project_it_opens(tmp_path, folder):
    out = H.write_handout(tmp_path / "out" / "two.deskdl-lesson", load_lesson(folder / "two.toml"))
    assert out == tmp_path / "out" / "two.deskdl-lesson"
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == [
            "handout.json",
            "lesson/first.deskdl",
            "lesson/more/second.deskdl",
            "lesson/third.deskdl",
            "lesson/two.toml",
            "lesson/two.vi.toml",
        ]
        assert zf.read("lesson/two.vi.toml") == (folder / "two.vi.toml").read_bytes()
        assert zf.read("lesson/more/second.deskdl") == (folder / "more" / "second.deskdl").read_bytes()
        text = zf.read("handout.json").decode("utf-8")
    assert text.endswith("}\n") and text.startswith('{\n  "format": "deskdl-lesson",\n')  # indent 2
    got = json.loads(text)
    created = datetime.fromisoformat(got.pop("created"))
    assert abs(created - datetime.now(timezone.utc)) < timedelta(minutes=1) and created.microsecond == 0
    assert got == {
        "format": "deskdl-lesson",
        "version": 1,
        "lesson": "two",
        "title": "Two projects",
        "teacher": "",
        "deskdl": __version__,
    }
    assert not list((tmp_path / "out").glob(".*"))  # no temporary file left beside it


def test_a_hand_out_written_twice_names_its_teacher(tmp_path, folder):
    out = H.write_handout(tmp_path / "t.deskdl-lesson", load_lesson(folder / "two.toml"), teacher="Ms Ng")
    assert H.read_handout(out).doc["teacher"] == "Ms Ng"


def test_an_absolute_project_path_inside_the_folder_is_stored_by_its_relative_name(tmp_path, folder):
    write(
        folder / "abs.toml",
        f'title = "A"\nproject = "{(folder / "more" / "second.deskdl").as_posix()}"\n'
        '[[steps]]\ntitle = "S"\ntext = "t"\n',
    )
    out = H.write_handout(tmp_path / "a.deskdl-lesson", load_lesson(folder / "abs.toml"))
    assert sorted(zipfile.ZipFile(out).namelist()) == [
        "handout.json",
        "lesson/abs.toml",
        "lesson/more/second.deskdl",
    ]


def test_a_project_outside_the_lesson_folder_is_refused_naming_where_it_is_opened(tmp_path, folder):
    other = write(tmp_path / "elsewhere.deskdl", TEMPLATE)
    write(
        folder / "out.toml",
        'title = "Out"\n[[steps]]\ntitle = "Open it"\ntext = "t"\n'
        f'actions = [{{op = "open_project", file = "{other.as_posix()}"}}]\n',
    )
    lesson = load_lesson(folder / "out.toml")
    with pytest.raises(LessonError) as err:
        H.write_handout(tmp_path / "x.deskdl-lesson", lesson)
    assert err.value.text == (
        f'{folder / "out.toml"}: step 1 ("Open it") opens {other.as_posix()}, which is not '
        "in the lesson's folder, so it cannot go into the hand-out: copy the project file "
        "beside the lesson and name it by its file name"
    )
    assert not (tmp_path / "x.deskdl-lesson").exists()
    write(
        folder / "out2.toml",
        f'title = "Out"\nproject = "{other.as_posix()}"\n[[steps]]\ntitle = "S"\ntext = "t"\n',
    )
    with pytest.raises(LessonError) as err:
        H.write_handout(tmp_path / "x.deskdl-lesson", load_lesson(folder / "out2.toml"))
    assert err.value.message.startswith(f"{folder / 'out2.toml'}: project opens {other.as_posix()}, which")


def test_a_lesson_without_a_folder_cannot_list_its_project_files(tmp_path):
    lesson = Lesson("x", "X", "s", (), project=Path("p.deskdl"))
    with pytest.raises(
        LessonError, match="^None: project opens p.deskdl, which is not in the lesson's folder"
    ):
        H._project_files(lesson)
    assert H._project_files(Lesson("x", "X", "s", ())) == {}


def test_a_lesson_not_on_disk_is_not_handed_out(tmp_path):
    with pytest.raises(LessonError) as err:
        H.write_handout(tmp_path / "x.deskdl-lesson", Lesson("quiz", "Q", "s", ()))
    assert err.value.text == "lesson quiz: its file is not on disk, so it cannot be handed out"
    with pytest.raises(LessonError, match="^lesson gone: its file is not on disk"):
        H.write_handout(
            tmp_path / "x.deskdl-lesson", Lesson("gone", "G", "s", (), path=tmp_path / "gone.toml")
        )


# ---------------------------------------------------------------- a project as a lesson
def test_lesson_ids_are_made_of_lowercase_letters_digits_and_underscores():
    assert H.lesson_id_for('Tune it: "fast"!') == "tune_it_fast"
    assert H.lesson_id_for("  --Hello  World--  ") == "hello_world"
    assert H.lesson_id_for("") == "handout" and H.lesson_id_for("!!!") == "handout"
    assert H.lesson_id_for("a" * 50) == "a" * 40  # at most 40 characters
    assert H.lesson_id_for("x" * 39 + " y") == "x" * 39 + "_"  # cut after the 40th, then not stripped


def test_a_taken_lesson_id_gets_the_next_free_number():
    assert H.lesson_id_for("Fast", {"fast"}) == "fast_2"
    assert H.lesson_id_for("Fast", {"fast", "fast_2", "fast_3"}) == "fast_4"
    assert H.lesson_id_for("Fast", {"fast", "fast_2"}) == "fast_3"  # counting on by one
    assert H.lesson_id_for("Fast", {"fast_2"}) == "fast"


def test_the_one_step_lesson_toml_of_a_project():
    assert H.project_lesson_toml("Tune", "Do it.\nNow.\n\nMore text.", "tune.deskdl") == (
        'title = "Tune"\n'
        'project = "tune.deskdl"\n'
        'summary = "Do it. Now."\n'
        "\n"
        "[[steps]]\n"
        'id = "task"\n'
        'title = "What to do"\n'
        'text = "Do it.\\nNow.\\n\\nMore text."\n'
    )


def test_the_lesson_toml_with_locks_task_and_a_test_accuracy_to_reach():
    toml = H.project_lesson_toml(
        ' "Q" ',
        "  ",
        "p.deskdl",
        task=" Train it. ",
        lock=["train.optimizer", "build.code"],
        hide=["tab.inspect", "train.runs"],
        min_test_accuracy=0.85,
    )
    assert toml == (
        'title = "\\"Q\\""\n'
        'project = "p.deskdl"\n'
        'lock = ["train.optimizer", "build.code"]\n'
        'hide = ["tab.inspect", "train.runs"]\n'
        "\n"
        "[[steps]]\n"
        'id = "task"\n'
        'title = "What to do"\n'
        'text = "Work on the project as your teacher asked."\n'
        'task = "Train it."\n'
        'check = {kind = "metric", metric = "test_accuracy", min = 0.85}\n'
    )
    assert (
        H.project_lesson_toml("", "t", "p.deskdl", min_test_accuracy=0).splitlines()[0]
        == 'title = "Exercise"'
    )
    assert H.project_lesson_toml("", "t", "p.deskdl", min_test_accuracy=0).splitlines()[-1] == (
        'check = {kind = "metric", metric = "test_accuracy", min = 0.0}'
    )
    assert "task = " not in H.project_lesson_toml("T", "t", "p.deskdl", task="   ")


def test_a_long_first_paragraph_is_cut_to_200_characters_for_the_summary():
    def summary(text):
        line = next(
            li for li in H.project_lesson_toml("T", text, "p").splitlines() if li.startswith("summary")
        )
        return json.loads(line.removeprefix("summary = "))

    assert summary("a" * 200) == "a" * 200
    assert summary("a" * 201) == "a" * 199 + "…"
    assert summary("a" * 198 + " " + "b" * 5) == "a" * 198 + "…"  # the cut's trailing space goes
    assert summary('Überlernen: "zu" gut') == 'Überlernen: "zu" gut'
    # TOML reads UTF-8: the letters are written as they are, not escaped to \u00dc
    toml = H.project_lesson_toml("Überlernen", "Zu gut.", "p")
    assert toml.startswith('title = "Überlernen"\n') and "\\u" not in toml


def test_unknown_controls_are_refused_by_name():
    with pytest.raises(LessonError) as err:
        H.project_lesson_toml("T", "t", "p", lock=["train.optimizer", "nope"], hide=["tab.nah"])
    assert err.value.text == "not controls a lesson can lock or hide: nope, tab.nah"


def test_the_open_project_is_handed_out_without_its_runs(tmp_path):
    project = Project.load(templates_dir() / "mlp_2d.deskdl")
    project.runs.append({"id": "r1", "status": "finished"})
    out = H.write_project_handout(
        tmp_path / "ex.deskdl-lesson",
        project,
        title="My Exercise",
        text="Go.",
        task="Train.",
        lock=["train.optimizer"],
        hide=["tab.inspect"],
        min_test_accuracy=0.5,
        teacher="T",
        taken_ids={"my_exercise"},
    )
    assert len(project.runs) == 1  # the teacher's own project keeps its runs
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == [
            "handout.json",
            "lesson/my_exercise_2.deskdl",
            "lesson/my_exercise_2.toml",
        ]
        handed = Project.from_json(zf.read("lesson/my_exercise_2.deskdl").decode("utf-8"))
        toml = zf.read("lesson/my_exercise_2.toml").decode("utf-8")
        info = json.loads(zf.read("handout.json"))
    assert handed.runs == [] and handed.graph.to_dict() == project.graph.to_dict()
    assert toml == H.project_lesson_toml(
        "My Exercise",
        "Go.",
        "my_exercise_2.deskdl",
        task="Train.",
        lock=["train.optimizer"],
        hide=["tab.inspect"],
        min_test_accuracy=0.5,
    )
    assert (info["lesson"], info["title"], info["teacher"]) == ("my_exercise_2", "My Exercise", "T")


def test_a_project_hand_out_has_no_task_or_teacher_unless_given(tmp_path):
    project = Project.load(templates_dir() / "mlp_2d.deskdl")
    out = H.write_project_handout(tmp_path / "ex.deskdl-lesson", project, title="Ex", text="Go.")
    with zipfile.ZipFile(out) as zf:
        toml = zf.read("lesson/ex.toml").decode("utf-8")
        info = json.loads(zf.read("handout.json"))
    assert toml == H.project_lesson_toml("Ex", "Go.", "ex.deskdl") and "task = " not in toml
    assert info["teacher"] == ""


def test_a_project_hand_out_that_would_not_open_is_not_written(tmp_path):
    with pytest.raises(LessonError):
        H.write_project_handout(
            tmp_path / "ex.deskdl-lesson",
            Project.load(templates_dir() / "mlp_2d.deskdl"),
            title="T",
            text="t",
            lock=["nope"],
        )
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- reading
def test_safe_names_are_plain_relative_paths_under_lesson():
    assert H._safe_name("lesson/e.toml") and H._safe_name("lesson/more/p.deskdl")
    # "lesson/./x" and "lesson//x" are lesson/x once split into parts: unpacked there, nowhere else
    assert H._safe_name("lesson/./x") and H._safe_name("lesson//x")
    for bad in (
        "e.toml",
        "lesson/",
        "lesson",
        "lesson/../x",
        "lesson/..",
        "lesson/.hidden",
        "lesson/a\\b",
        "lesson/c:x",
        "/lesson/x",
        "other/lesson/x",
        "lesson/a/.b/c",
        "lesson/a/../b",
    ):
        assert not H._safe_name(bad), bad


def test_reading_a_hand_out_lists_only_its_safe_lesson_files(tmp_path):
    path = make_zip(
        tmp_path / "e.deskdl-lesson",
        {
            "handout.json": doc(),
            "lesson/e.toml": TOML_E,
            "lesson/../x": "x",
            "notes.txt": "x",
            "lesson/p/q.deskdl": "x",
        },
    )
    got = H.read_handout(path)
    assert got.files == ["lesson/e.toml", "lesson/p/q.deskdl"] and got.path == path
    assert got.lesson_id == "e" and got.doc == json.loads(doc())


def test_a_hand_out_of_the_current_version_is_read():
    assert H.VERSION == 1 and H.FORMAT == "deskdl-lesson" and H.SUFFIX == ".deskdl-lesson"


def test_handout_lesson_id_is_empty_without_one(tmp_path):
    assert (
        H.Handout({}, [], tmp_path).lesson_id == ""
        and H.Handout({"lesson": 5}, [], tmp_path).lesson_id == "5"
    )


@pytest.mark.parametrize(
    ("files", "message", "fix"),
    [
        (
            {"notes.txt": "x"},
            "{p}: this is a zip file but not a deskdl lesson hand-out",
            "open the .deskdl-lesson file your teacher sent",
        ),
        (
            {"bundle.json": "{}", "project.deskdl": "{}"},
            "{p}: this is a zip file but not a deskdl lesson hand-out (it is a learner's submission bundle: "
            "check it with 'deskdl check FILE')",
            "open the .deskdl-lesson file your teacher sent",
        ),
        ({"handout.json": "{not json"}, "{p}: the hand-out's handout.json is damaged (not JSON)", ""),
        ({"handout.json": b"\xff\xfe"}, "{p}: the hand-out's handout.json is damaged (not JSON)", ""),
        ({"handout.json": "[1]"}, "{p}: handout.json is not a deskdl hand-out's", ""),
        ({"handout.json": doc(format="deskdl-bundle")}, "{p}: handout.json is not a deskdl hand-out's", ""),
        (
            {"handout.json": doc(version=2)},
            "{p}: this hand-out was made by a newer deskdl (version 2)",
            "update deskdl to open it",
        ),
        (
            {"handout.json": doc(version="1")},
            "{p}: this hand-out was made by a newer deskdl (version 1)",
            "update deskdl to open it",
        ),
        (
            {"handout.json": doc(), "lesson/f.toml": TOML_E},
            "{p}: the hand-out holds no lesson file for its lesson 'e'",
            "",
        ),
        (
            {"handout.json": doc(lesson="../e"), "lesson/../e.toml": TOML_E},
            "{p}: the hand-out holds no lesson file for its lesson '../e'",
            "",
        ),
        (
            {"handout.json": doc(lesson=None)},
            "{p}: the hand-out holds no lesson file for its lesson None",
            "",
        ),
        (
            {"handout.json": doc(lesson="e\n"), "lesson/e\n.toml": TOML_E},
            "{p}: the hand-out holds no lesson file for its lesson 'e\\n'",
            "",
        ),
    ],
)
def test_a_file_that_is_not_a_usable_hand_out_says_what_it_is(tmp_path, files, message, fix):
    path = make_zip(tmp_path / "h.deskdl-lesson", files)
    with pytest.raises(LessonError) as err:
        H.read_handout(path)
    assert (err.value.message, err.value.fix) == (message.format(p=path), fix)


def test_not_a_zip_and_no_file_say_so(tmp_path):
    text = write(tmp_path / "notes.deskdl-lesson", "hello")
    with pytest.raises(LessonError) as err:
        H.read_handout(text)
    assert err.value.text == f"{text}: is not a deskdl lesson hand-out (not a zip file)"
    with pytest.raises(LessonError) as err:
        H.read_handout(str(tmp_path / "missing.deskdl-lesson"))
    assert err.value.text == f"{tmp_path / 'missing.deskdl-lesson'}: no such file: check the path"
    with pytest.raises(LessonError, match="no such file"):
        H.read_handout(tmp_path)  # a folder is not a hand-out file


def test_a_hand_out_that_unpacks_too_large_is_refused(tmp_path, monkeypatch):
    path = make_zip(tmp_path / "big.deskdl-lesson", {"handout.json": doc(), "lesson/e.toml": TOML_E})
    size = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
    monkeypatch.setattr(H, "MAX_BYTES", size)
    assert H.read_handout(path).lesson_id == "e"  # exactly the limit is allowed
    monkeypatch.setattr(H, "MAX_BYTES", size - 1)
    with pytest.raises(LessonError) as err:
        H.read_handout(path)
    assert err.value.text == f"{path}: the file unpacks to more than 500 MB: it is not a deskdl hand-out"


def test_the_size_limit_is_500_mb():
    assert H.MAX_BYTES == 500_000_000


def test_a_file_that_cannot_be_read_says_why(tmp_path, monkeypatch):
    path = make_zip(tmp_path / "h.deskdl-lesson", {"handout.json": doc(), "lesson/e.toml": TOML_E})

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(H.zipfile, "ZipFile", refuse)
    with pytest.raises(LessonError) as err:
        H.read_handout(path)
    assert err.value.text == f"{path}: cannot be read (Permission denied)"

    def refuse_plain(*args, **kwargs):
        raise OSError("disk on fire")

    monkeypatch.setattr(H.zipfile, "ZipFile", refuse_plain)
    with pytest.raises(LessonError) as err:
        H.read_handout(path)
    assert err.value.text == f"{path}: cannot be read (disk on fire)"


# ---------------------------------------------------------------- unpacking
def test_handouts_dir_is_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DESKDL_DATA_DIR", str(tmp_path / "data"))
    assert H.handouts_dir() == tmp_path / "data" / "handouts"


def test_install_unpacks_into_the_lesson_id_folder_and_loads_it(tmp_path, folder):
    out = H.write_handout(tmp_path / "two.deskdl-lesson", load_lesson(folder / "two.toml"))
    root = tmp_path / "learner"
    lesson = H.install_handout(str(out), str(root))
    assert lesson.id == "two" and lesson.section == "handouts" and lesson.path == root / "two" / "two.toml"
    assert sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()) == [
        "two/first.deskdl",
        "two/more/second.deskdl",
        "two/third.deskdl",
        "two/two.toml",
        "two/two.vi.toml",
    ]
    assert (root / "two" / "two.toml").read_bytes() == (folder / "two.toml").read_bytes()


def test_install_uses_the_data_folder_by_default(tmp_path, monkeypatch):
    monkeypatch.setenv("DESKDL_DATA_DIR", str(tmp_path / "data"))
    path = make_zip(tmp_path / "e.deskdl-lesson", {"handout.json": doc(), "lesson/e.toml": TOML_E})
    assert H.install_handout(path).path == tmp_path / "data" / "handouts" / "e" / "e.toml"


def test_install_replaces_an_older_copy_and_leaves_no_staging_folder(tmp_path):
    root = tmp_path / "learner"
    write(root / "e" / "old.txt", "older copy")
    write(root / ".e.new" / "stale.txt", "a failed earlier try")
    path = make_zip(
        tmp_path / "e.deskdl-lesson",
        {"handout.json": doc(), "lesson/sub/": "", "lesson/e.toml": TOML_E, "lesson/a/b/c.txt": "deep"},
    )
    H.install_handout(path, root)
    assert sorted(p.name for p in root.iterdir()) == ["e"]
    # the folder entry is not a file (and the files after it are unpacked too), nested folders are made
    assert sorted(p.name for p in (root / "e").iterdir()) == ["a", "e.toml"]
    assert (root / "e" / "a" / "b" / "c.txt").read_text() == "deep"


def test_a_file_that_cannot_be_unpacked_leaves_no_staging_folder(tmp_path):
    root = tmp_path / "learner"
    path = make_zip(
        tmp_path / "e.deskdl-lesson",
        {"handout.json": doc(), "lesson/e.toml": TOML_E, "lesson/e.toml/x": "a file where a folder must be"},
    )
    with pytest.raises(LessonError) as err:
        H.install_handout(path, root)
    assert err.value.text == f"{path}: the hand-out could not be unpacked into {root} (File exists)"
    assert list(root.iterdir()) == []


def test_a_damaged_lesson_file_in_the_hand_out_says_why(tmp_path):
    path = tmp_path / "e.deskdl-lesson"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("handout.json", doc())
        zf.writestr("lesson/e.toml", TOML_E)
    path.write_bytes(path.read_bytes().replace(b'title = "E"', b'title = "F"'))  # its CRC is wrong
    with pytest.raises(LessonError) as err:
        H.install_handout(path, tmp_path / "learner")
    assert err.value.text == (
        f"{path}: the hand-out could not be unpacked into {tmp_path / 'learner'} "
        "(Bad CRC-32 for file 'lesson/e.toml')"
    )
    assert list((tmp_path / "learner").iterdir()) == []


def test_a_broken_lesson_inside_keeps_the_older_copy(tmp_path):
    root = tmp_path / "learner"
    write(root / "e" / "e.toml", TOML_E)
    bad = make_zip(tmp_path / "bad.deskdl-lesson", {"handout.json": doc(), "lesson/e.toml": 'title = "T"\n'})
    with pytest.raises(LessonError) as err:
        H.install_handout(bad, root)
    inner = pytest.raises(LessonError, load_lesson, write(tmp_path / "check" / "e.toml", 'title = "T"\n'))
    assert err.value.text == f"{bad}: the lesson inside cannot be used: {inner.value.text}".replace(
        str(tmp_path / "check" / "e.toml"), str(root / ".e.new" / "e.toml")
    )
    assert sorted(p.name for p in root.iterdir()) == ["e"] and (root / "e" / "e.toml").read_text() == TOML_E


def test_a_hand_out_that_cannot_be_unpacked_says_where(tmp_path):
    write(tmp_path / "file", "not a folder")
    path = make_zip(tmp_path / "e.deskdl-lesson", {"handout.json": doc(), "lesson/e.toml": TOML_E})
    with pytest.raises(LessonError) as err:
        H.install_handout(path, tmp_path / "file")
    assert (
        err.value.text
        == f"{path}: the hand-out could not be unpacked into {tmp_path / 'file'} (Not a directory)"
    )


# ---------------------------------------------------------------- a learner's bundle to reproduce
def test_a_bundles_project_and_models_are_unpacked_to_reproduce(tmp_path):
    path = make_zip(
        tmp_path / "Ana's work.deskdl-bundle",
        {
            "bundle.json": json.dumps({"format": "deskdl-bundle", "version": 1}),
            "project.deskdl": TEMPLATE,
            "models/m.keras": b"model",
            "models/sub/x.keras": b"x",
            "models/.hidden": b"h",
            "models/": b"",
            "models/a\\b.keras": b"s",
            "other/o.keras": b"o",
        },
    )
    write(tmp_path / "out" / "Ana_s_work" / "stale.keras", "from before")
    got = H.unpack_bundle_project(path, tmp_path / "out")
    assert got == tmp_path / "out" / "Ana_s_work" / "project.deskdl"
    assert sorted(p.name for p in got.parent.iterdir()) == ["m.keras", "project.deskdl"]
    assert (got.parent / "m.keras").read_bytes() == b"model" and got.read_text(encoding="utf-8") == TEMPLATE


def test_a_bundle_named_with_capitals_keeps_them(tmp_path):
    path = make_zip(
        tmp_path / "Xray_.deskdl-bundle",
        {"bundle.json": json.dumps({"format": "deskdl-bundle", "version": 1}), "project.deskdl": TEMPLATE},
    )
    assert H.unpack_bundle_project(path, tmp_path / "out") == tmp_path / "out" / "Xray" / "project.deskdl"


def test_a_damaged_model_in_the_bundle_says_why(tmp_path):
    path = tmp_path / "d.deskdl-bundle"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("bundle.json", json.dumps({"format": "deskdl-bundle", "version": 1}))
        zf.writestr("project.deskdl", TEMPLATE)
        zf.writestr("models/m.keras", b"MODEL-BYTES-1234")
    path.write_bytes(path.read_bytes().replace(b"MODEL-BYTES-1234", b"MODEL-BYTES-1235"))  # its CRC is wrong
    with pytest.raises(LessonError) as err:
        H.unpack_bundle_project(path, tmp_path / "out")
    assert err.value.text == (
        f"{path}: the bundle could not be unpacked into {tmp_path / 'out' / 'd'} "
        "(Bad CRC-32 for file 'models/m.keras')"
    )


def test_a_bundle_named_only_by_signs_unpacks_into_bundle(tmp_path):
    path = make_zip(
        tmp_path / "+++.deskdl-bundle",
        {"bundle.json": json.dumps({"format": "deskdl-bundle", "version": 1}), "project.deskdl": TEMPLATE},
    )
    assert H.unpack_bundle_project(path, tmp_path / "out") == tmp_path / "out" / "bundle" / "project.deskdl"


def test_a_bundle_that_cannot_be_unpacked_says_where(tmp_path):
    path = make_zip(
        tmp_path / "w.deskdl-bundle",
        {"bundle.json": json.dumps({"format": "deskdl-bundle", "version": 1}), "project.deskdl": TEMPLATE},
    )
    write(tmp_path / "file", "x")
    with pytest.raises(LessonError) as err:
        H.unpack_bundle_project(path, tmp_path / "file")
    assert err.value.text == (
        f"{path}: the bundle could not be unpacked into {tmp_path / 'file' / 'w'} (Not a directory)"
    )
    with pytest.raises(LessonError, match="no such file"):
        H.unpack_bundle_project(tmp_path / "none.deskdl-bundle", tmp_path / "out")


# ---------------------------------------------------------------- the browser's section
def lesson_file(root: Path, lesson_id: str, title: str) -> Path:
    return write(
        root / lesson_id / f"{lesson_id}.toml", f'title = "{title}"\n[[steps]]\ntitle = "S"\ntext = "t"\n'
    )


def test_the_hand_outs_section_lists_readable_lessons_by_title(tmp_path):
    root = tmp_path / "handouts"
    lesson_file(root, "b", "banana")
    lesson_file(root, "a", "Cherry")
    lesson_file(root, "c", "apple")
    lesson_file(root, "d", "_under")  # "_" sorts before "a" (and after "Z")
    lesson_file(root, "_course", "A course lesson")  # sorted first, like the next two
    write(root / "_broken" / "_broken.toml", 'title = "T"\n')
    write(root / "_empty" / "other.toml", TOML_E)
    lesson_file(root, ".c.new", "Staging")
    write(root / "loose.toml", TOML_E)
    section = H.handouts_section(root, exclude={"_course"})
    assert isinstance(section, Section)
    assert (section.id, section.title, section.order) == ("handouts", "Handed out by your teacher", -1)
    assert [(lesson.id, lesson.title, lesson.section) for lesson in section.lessons] == [
        ("d", "_under", "handouts"),
        ("c", "apple", "handouts"),
        ("b", "banana", "handouts"),
        ("a", "Cherry", "handouts"),
    ]


def test_no_hand_outs_is_no_section(tmp_path, monkeypatch):
    assert H.handouts_section(tmp_path / "none") is None
    (tmp_path / "empty").mkdir()
    assert H.handouts_section(tmp_path / "empty") is None
    lesson_file(tmp_path / "only", "x", "X")
    assert H.handouts_section(tmp_path / "only", exclude={"x"}) is None
    monkeypatch.setenv("DESKDL_DATA_DIR", str(tmp_path / "data"))
    assert H.handouts_section() is None
    lesson_file(tmp_path / "data" / "handouts", "y", "Y")
    assert [lesson.id for lesson in H.handouts_section().lessons] == ["y"]


def test_with_handout_puts_the_teachers_lesson_first(tmp_path, monkeypatch):
    monkeypatch.setenv("DESKDL_DATA_DIR", str(tmp_path / "data"))
    path = make_zip(
        tmp_path / "e.deskdl-lesson",
        {
            "handout.json": doc(),
            "lesson/e.toml": 'project = "p.deskdl"\n' + TOML_E,
            "lesson/p.deskdl": TEMPLATE,
        },
    )
    course_lesson = Lesson("e", "Course copy", "basics", (Step("s", "S", "t"),))
    course = Course([Section("basics", "Basics", 1, (course_lesson,))], ["a problem"])
    got = H.with_handout(course, path)
    assert [(s.id, s.title, s.order) for s in got.sections] == [
        ("handouts", "Hand-outs", -1),
        ("basics", "Basics", 1),
    ]
    lesson = got.sections[0].lessons[0]
    assert (lesson.id, lesson.title, lesson.path, lesson.project) == ("e", "E", None, None)
    assert got.find("e") is lesson and got.problems == ["a problem"]
    assert got.problems is not course.problems and course.sections[0].lessons == (course_lesson,)
    assert not (tmp_path / "data").exists()  # unpacked into a temporary folder, not the learner's hand-outs


def test_the_sections_title_is_translated(tmp_path):
    from deskdl.core import i18n

    lesson_file(tmp_path / "h", "x", "X")
    title = ("core.lessons.handout", "Handed out by your teacher")
    i18n.install(lambda context, text: "Giáo viên gửi" if (context, text) == title else "", "vi")
    try:
        assert H.handouts_section(tmp_path / "h").title == "Giáo viên gửi"
    finally:
        i18n.install(None)


def test_a_hand_out_that_cannot_be_written_says_so(tmp_path, folder):
    target = tmp_path / "two.deskdl-lesson"
    target.mkdir()  # a folder in the way
    with pytest.raises(LessonError) as err:
        H.write_handout(target, load_lesson(folder / "two.toml"))
    assert err.value.text == (
        f"{target}: the hand-out could not be written (Is a directory): choose a folder you may write to"
    )
