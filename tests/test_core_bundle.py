"""Pure tests of deskdl/core/lessons/bundle.py: a learner's submission bundle written, read and checked again.

The expected file names and ``bundle.json`` fields are the format the module's docstring describes; the
report lines and messages are the sentences a teacher reads, written out in full. The lesson here is a
small one written in the test (a step to read, a parameter-count check, a run check, an event check),
so nothing needs Keras: this file is in bench/mutation.py's CORE_TESTS.
"""

from __future__ import annotations

import json
import platform
import zipfile
from datetime import datetime, timedelta, timezone
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace

import pytest

from deskdl import __version__
from deskdl.core.lessons import bundle as B
from deskdl.core.lessons.checks import CheckResult
from deskdl.core.lessons.loader import Course, load_lesson, templates_dir
from deskdl.core.lessons.model import LessonError, Section
from deskdl.core.project import Project

TEMPLATE = (templates_dir() / "mlp_2d.deskdl").read_text(encoding="utf-8")  # 354 parameters, seed 0
LESSON = """title = "Small"
project = "start.deskdl"
[[steps]]
id = "read"
title = "Read me"
text = "Read."
[[steps]]
id = "size"
title = "Keep it small"
text = "Small."
check = {kind = "params", max = 400, text = "At most 400 parameters."}
[[steps]]
id = "train"
title = "Train"
text = "Train."
check = {kind = "run_finished", text = "A run finished."}
[[steps]]
id = "look"
title = "Look"
text = "Look."
actions = [{op = "open_project", file = "extra/other.deskdl"}]
check = {kind = "event", name = "tab_opened", where = {tab = "Train"}, text = "Open a tab."}
"""


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def lesson(tmp_path):
    d = tmp_path / "lessons"
    write(d / "start.deskdl", TEMPLATE)
    write(d / "extra" / "other.deskdl", TEMPLATE)
    write(d / "small.toml", LESSON)
    write(d / "small.vi.toml", 'title = "Nhỏ"\n')
    return load_lesson(d / "small.toml")


def project_at(folder: Path) -> Project:
    project = Project.from_json(TEMPLATE)
    project.path = folder / "mine.deskdl"
    return project


RUN = {
    "id": "r1",
    "status": "finished",
    "epochs_run": 3,
    "model_file": "m1.keras",
    "model_files": {"gen": "g1.keras", "bad": "../up.keras", "none": None, "empty": ""},
    "history": {"loss": [1.0, 0.5]},
}


def evidence(project_dict=None, runs=(), events=(), old_runs=()):
    return {"project": project_dict, "runs": list(runs), "events": list(events), "old_runs": list(old_runs)}


def session_for(lesson, ticks, done, finished=False):
    return SimpleNamespace(lesson=lesson, ticks=ticks, done=set(done), finished=finished)


def names(path):
    with zipfile.ZipFile(path) as zf:
        return sorted(zf.namelist())


def bundle_doc(path):
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("bundle.json"))


# ---------------------------------------------------------------- versions
def test_package_version_reads_the_installed_metadata():
    assert B.package_version("pytest") == metadata.version("pytest")
    assert B.package_version("no-such-distribution-deskdl") is None


def test_package_version_falls_back_to_the_cpu_build(monkeypatch):
    installed = {"tensorflow-cpu": "2.99.0"}

    def version(name):
        if name not in installed:
            raise metadata.PackageNotFoundError(name)
        return installed[name]

    monkeypatch.setattr(metadata, "version", version)
    assert B.package_version("tensorflow") == "2.99.0"
    installed["tensorflow"] = "2.1.0"
    assert B.package_version("tensorflow") == "2.1.0"  # the plain name first


def test_versions_names_deskdl_keras_tensorflow_and_python(monkeypatch):
    monkeypatch.setattr(metadata, "version", lambda name: {"keras": "3.0.1", "tensorflow": "2.16.0"}[name])
    assert B.versions() == {
        "deskdl": __version__,
        "keras": "3.0.1",
        "tensorflow": "2.16.0",
        "python": platform.python_version(),
    }


# ---------------------------------------------------------------- writing
def test_the_bundle_of_a_project_without_a_lesson(tmp_path):
    project = Project.from_json(TEMPLATE)
    out = B.write_bundle(str(tmp_path / "sub" / "dir" / "w.deskdl-bundle"), project, learner="Ana")
    assert out == tmp_path / "sub" / "dir" / "w.deskdl-bundle"
    assert names(out) == ["bundle.json", "project.deskdl"]
    with zipfile.ZipFile(out) as zf:
        text = zf.read("bundle.json").decode("utf-8")
        assert zf.read("project.deskdl").decode("utf-8") == project.to_json()
    assert text.startswith('{\n  "format": "deskdl-bundle",\n') and text.endswith("}\n")
    doc = json.loads(text)
    created = datetime.fromisoformat(doc.pop("created"))
    assert abs(created - datetime.now(timezone.utc)) < timedelta(minutes=1) and created.microsecond == 0
    assert doc == {
        "format": "deskdl-bundle",
        "version": 1,
        "learner": "Ana",
        "lesson": None,
        "project_name": "MLP for 2D points",
        "seed": 0,
        "versions": B.versions(),
        "steps": [],
        "finished": False,
    }
    assert sorted(p.name for p in out.parent.iterdir()) == ["w.deskdl-bundle"]  # no temporary file left


def test_the_bundle_of_a_lesson_holds_every_steps_result_and_evidence(tmp_path, lesson):
    project = Project.from_json(TEMPLATE)
    ev = evidence(runs=["r1"])
    session = session_for(lesson, {"train": ev}, {"read", "train"}, finished=True)
    out = B.write_bundle(tmp_path / "b.deskdl-bundle", project, session=session)
    doc = bundle_doc(out)
    assert (doc["lesson"], doc["learner"], doc["finished"]) == ("small", "", True)
    assert doc["steps"] == [
        {"id": "read", "number": 1, "title": "Read me", "done": True, "has_check": False},
        {"id": "size", "number": 2, "title": "Keep it small", "done": False, "has_check": True},
        {"id": "train", "number": 3, "title": "Train", "done": True, "has_check": True, "evidence": ev},
        {"id": "look", "number": 4, "title": "Look", "done": False, "has_check": True},
    ]
    # the lesson, its translation and every project file it opens go in, by their file names
    assert names(out) == [
        "bundle.json",
        "lesson/extra/other.deskdl",
        "lesson/small.toml",
        "lesson/small.vi.toml",
        "lesson/start.deskdl",
        "project.deskdl",
    ]
    with zipfile.ZipFile(out) as zf:
        assert zf.read("lesson/small.toml").decode("utf-8") == LESSON


def test_a_lesson_without_a_file_adds_no_lesson_files(tmp_path, lesson):
    from dataclasses import replace

    out = B.write_bundle(
        tmp_path / "b.deskdl-bundle", Project.from_json(TEMPLATE), lesson=replace(lesson, path=None)
    )
    assert names(out) == ["bundle.json", "project.deskdl"] and bundle_doc(out)["lesson"] == "small"


def test_projects_opened_by_show_me_or_from_outside_the_folder_go_in(tmp_path):
    d = tmp_path / "l"
    outside = write(tmp_path / "far" / "away.deskdl", TEMPLATE)
    write(d / "near.deskdl", TEMPLATE)
    write(
        d / "x.toml",
        'title = "X"\n[[steps]]\ntitle = "S"\ntext = "t"\n'
        'show_me = [{op = "open_project", file = "near.deskdl"}, {op = "switch_tab", tab = "Train"}]\n'
        f'actions = [{{op = "open_project", file = "{outside.as_posix()}"}}]\n',
    )
    out = B.write_bundle(
        tmp_path / "b.deskdl-bundle", Project.from_json(TEMPLATE), lesson=load_lesson(d / "x.toml")
    )
    # a project outside the lesson's folder goes in by its file name (the copy cannot be opened where it was)
    assert names(out) == [
        "bundle.json",
        "lesson/away.deskdl",
        "lesson/near.deskdl",
        "lesson/x.toml",
        "project.deskdl",
    ]


def test_a_lesson_given_without_a_session_has_no_step_done(tmp_path, lesson):
    out = B.write_bundle(
        tmp_path / "b.deskdl-bundle",
        Project.from_json(TEMPLATE),
        lesson=lesson,
        session=SimpleNamespace(ticks=None, done=None),
    )
    doc = bundle_doc(out)
    assert [s["done"] for s in doc["steps"]] == [False] * 4 and doc["finished"] is False
    assert all("evidence" not in s for s in doc["steps"])


def test_the_trained_models_the_runs_name_go_in(tmp_path):
    folder = tmp_path / "work"
    project = project_at(folder)
    project.runs = [dict(RUN), {"id": "r2", "model_file": "missing.keras"}, {"id": "r3", "model_file": 7}]
    write(folder / "m1.keras", b"model one")
    write(folder / "g1.keras", b"generator")
    write(tmp_path / "up.keras", b"outside")
    (folder / "folder.keras").mkdir()
    project.runs.append({"id": "r4", "model_file": "folder.keras"})
    assert B._model_files(project) == {
        "models/m1.keras": folder / "m1.keras",
        "models/g1.keras": folder / "g1.keras",
    }
    extra = write(tmp_path / "elsewhere" / "e.keras", b"extra")
    out = B.write_bundle(
        tmp_path / "b.deskdl-bundle",
        project,
        models={
            "e.keras": extra,
            "models/f.keras": str(extra),
            "x/y.keras": extra,
            "models/s/z.keras": extra,
        },
    )
    assert names(out) == [
        "bundle.json",
        "models/e.keras",
        "models/f.keras",
        "models/g1.keras",
        "models/m1.keras",
        "models/s/z.keras",  # a name already under models/ is kept as it is
        "models/y.keras",
        "project.deskdl",
    ]
    with zipfile.ZipFile(out) as zf:
        assert zf.read("models/m1.keras") == b"model one" and zf.read("models/y.keras") == b"extra"


def test_an_unsaved_project_has_no_model_files(tmp_path):
    project = Project.from_json(TEMPLATE)
    project.runs = [dict(RUN)]
    assert project.path is None and B._model_files(project) == {}


def test_a_bundle_that_cannot_be_written_says_why_and_leaves_nothing(tmp_path):
    project = Project.from_json(TEMPLATE)
    target = tmp_path / "out" / "b.deskdl-bundle"
    with pytest.raises(LessonError) as err:
        B.write_bundle(target, project, models={"gone.keras": tmp_path / "gone.keras"})
    assert err.value.text == (
        f"{target}: the bundle could not be written (No such file or directory): "
        "choose a folder you may write to"
    )
    assert list((tmp_path / "out").iterdir()) == []


def test_write_zip_names_what_it_writes(tmp_path):
    target = tmp_path / "t.zip"
    target.mkdir()  # a folder in the way: the finished file cannot replace it
    for what, word in (("hand-out", "hand-out"), ("bundle", "bundle"), ("report", "report")):
        with pytest.raises(LessonError) as err:
            B.write_zip(target, {"a.txt": "x"}, {}, what)
        assert err.value.message == f"{target}: the {word} could not be written (Is a directory)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.zip"]


def test_write_zip_into_a_folder_that_is_a_file_says_so(tmp_path):
    (tmp_path / "out").write_text("a file, not a folder", encoding="utf-8")
    target = tmp_path / "out" / "t.zip"
    with pytest.raises(LessonError) as err:
        B.write_zip(target, {"a.txt": "x"}, {}, "bundle")
    assert err.value.message == f"{target}: the bundle could not be written (File exists)"
    assert err.value.fix == "choose a folder you may write to"


def test_write_zip_writes_texts_and_files_compressed(tmp_path):
    src = write(tmp_path / "f.bin", b"\x00" * 1000)
    out = B.write_zip(tmp_path / "new" / "z.zip", {"a.txt": "héllo"}, {"d/f.bin": src}, "bundle")
    with zipfile.ZipFile(out) as zf:
        assert zf.read("a.txt").decode("utf-8") == "héllo" and zf.read("d/f.bin") == b"\x00" * 1000
        assert {i.compress_type for i in zf.infolist()} == {zipfile.ZIP_DEFLATED}


# ---------------------------------------------------------------- reading
def make_zip(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def doc(**over):
    return json.dumps({"format": "deskdl-bundle", "version": 1, **over})


def test_the_constants_of_the_format():
    assert (B.FORMAT, B.VERSION, B.SUFFIX, B.MAX_BYTES) == (
        "deskdl-bundle",
        1,
        ".deskdl-bundle",
        2_000_000_000,
    )


def test_reading_a_bundle_without_a_lesson(tmp_path):
    path = make_zip(
        tmp_path / "b.deskdl-bundle",
        {"bundle.json": doc(learner="Bo"), "project.deskdl": TEMPLATE, "models/m.keras": b"m"},
    )
    got = B.read_bundle(str(path))
    assert got.doc == {"format": "deskdl-bundle", "version": 1, "learner": "Bo"}
    assert got.project.to_dict() == Project.from_json(TEMPLATE).to_dict()
    assert (got.lesson, got.path, got.lesson_source) == (None, path, "")
    assert got.files == ["bundle.json", "project.deskdl", "models/m.keras"]


def test_the_copy_of_the_lesson_in_the_bundle_is_used_when_it_is_not_installed(tmp_path, lesson):
    out = B.write_bundle(tmp_path / "b.deskdl-bundle", Project.from_json(TEMPLATE), lesson=lesson)
    got = B.read_bundle(out, Course())
    assert got.lesson_source == "bundle" and got.lesson.id == "small" and got.lesson.section == "bundle"
    assert (got.lesson.path, got.lesson.project) == (None, None)  # no path into the gone temporary folder
    assert [s.id for s in got.lesson.steps] == ["read", "size", "train", "look"]
    assert got.lesson.title == "Small"


def test_only_plain_lesson_files_of_the_bundle_are_read(tmp_path):
    toml = 'title = "Plain"\n[[steps]]\ntitle = "S"\ntext = "t"\n'
    path = make_zip(
        tmp_path / "b.deskdl-bundle",
        {
            # every one of these comes before the lesson file, and none of them is it
            "notes.toml": "broken",
            "lesson/plain.vi.toml": 'title = "P"\n',
            "lesson/sub/x.toml": "broken",
            "lesson/.hidden.toml": "broken",
            "lesson/../up.toml": "broken",
            "lesson/a\\b.toml": "broken",
            "lesson/": "",
            "lesson//bad.toml": "broken",  # lesson/bad.toml once split into parts: not the lesson either
            "lesson/sub/": "",  # a folder entry, then files in folders (made with their parents)
            "lesson/deep/er/p.deskdl": TEMPLATE,
            "lesson/plain.toml": toml,
            "bundle.json": doc(lesson="plain"),
            "project.deskdl": TEMPLATE,
        },
    )
    got = B.read_bundle(path, Course())
    assert got.lesson.id == "plain" and got.lesson_source == "bundle" and got.lesson.title == "Plain"


def test_the_installed_lesson_wins_over_the_copy_in_the_bundle(tmp_path, lesson):
    out = B.write_bundle(tmp_path / "b.deskdl-bundle", Project.from_json(TEMPLATE), lesson=lesson)
    installed = load_lesson(lesson.path)
    course = Course([Section("s", "S", 0, (installed,))])
    got = B.read_bundle(out, course)
    assert got.lesson is installed and got.lesson_source == "installed"
    # a bundle with only the lesson's id (no copy inside) finds it too
    bare = make_zip(
        tmp_path / "c.deskdl-bundle", {"bundle.json": doc(lesson="small"), "project.deskdl": TEMPLATE}
    )
    got = B.read_bundle(bare, course)
    assert got.lesson is installed and got.lesson_source == "installed"
    unknown = make_zip(
        tmp_path / "d.deskdl-bundle", {"bundle.json": doc(lesson="nope"), "project.deskdl": TEMPLATE}
    )
    assert B.read_bundle(unknown, course).lesson is None


def test_the_shipped_course_is_the_default(tmp_path):
    path = make_zip(
        tmp_path / "b.deskdl-bundle",
        {"bundle.json": doc(lesson="conv_arithmetic"), "project.deskdl": TEMPLATE},
    )
    got = B.read_bundle(path)
    assert got.lesson.id == "conv_arithmetic" and got.lesson_source == "installed"


@pytest.mark.parametrize(
    ("files", "message", "fix"),
    [
        (
            {"readme.txt": "hi"},
            "{p}: this is a zip file but not a deskdl bundle (no bundle.json or project.deskdl)",
            "hand in the .deskdl-bundle file the app or 'deskdl lessons --verify NAME --bundle FILE' wrote",
        ),
        (
            {"bundle.json": doc()},
            "{p}: this is a zip file but not a deskdl bundle (no bundle.json or project.deskdl)",
            "hand in the .deskdl-bundle file the app or 'deskdl lessons --verify NAME --bundle FILE' wrote",
        ),
        (
            {"project.deskdl": TEMPLATE},
            "{p}: this is a zip file but not a deskdl bundle (no bundle.json or project.deskdl)",
            "hand in the .deskdl-bundle file the app or 'deskdl lessons --verify NAME --bundle FILE' wrote",
        ),
        (
            {"bundle.json": "{oops", "project.deskdl": TEMPLATE},
            "{p}: the bundle's bundle.json is damaged (not JSON)",
            "",
        ),
        (
            {"bundle.json": b"\xff", "project.deskdl": TEMPLATE},
            "{p}: the bundle's bundle.json is damaged (not JSON)",
            "",
        ),
        (
            {"bundle.json": doc(), "project.deskdl": b"\xff"},
            "{p}: the bundle's bundle.json is damaged (not JSON)",
            "",
        ),
        (
            {"bundle.json": "[]", "project.deskdl": TEMPLATE},
            "{p}: bundle.json is not a deskdl bundle's (its format is None)",
            "",
        ),
        (
            {"bundle.json": doc(format="deskdl-lesson"), "project.deskdl": TEMPLATE},
            "{p}: bundle.json is not a deskdl bundle's (its format is 'deskdl-lesson')",
            "",
        ),
        (
            {"bundle.json": doc(version=2), "project.deskdl": TEMPLATE},
            "{p}: this bundle was made by a newer deskdl (bundle version 2)",
            "update deskdl to check it",
        ),
        (
            {"bundle.json": doc(version=None), "project.deskdl": TEMPLATE},
            "{p}: this bundle was made by a newer deskdl (bundle version None)",
            "update deskdl to check it",
        ),
    ],
)
def test_a_file_that_is_not_a_usable_bundle_says_what_it_is(tmp_path, files, message, fix):
    path = make_zip(tmp_path / "x.deskdl-bundle", files)
    with pytest.raises(LessonError) as err:
        B.read_bundle(path)
    assert (err.value.message, err.value.fix) == (message.format(p=path), fix)


def test_a_damaged_project_in_the_bundle_is_named(tmp_path):
    path = make_zip(tmp_path / "x.deskdl-bundle", {"bundle.json": doc(), "project.deskdl": "{}"})
    with pytest.raises(LessonError) as err:
        B.read_bundle(path)
    try:
        Project.from_json("{}", f"{path}:project.deskdl")
    except Exception as expected:  # noqa: BLE001 - the project's own message, word for word
        assert err.value.text == expected.text
    assert err.value.text.startswith(f"{path}:project.deskdl")


def test_not_a_zip_no_file_and_unreadable_say_so(tmp_path, monkeypatch):
    note = write(tmp_path / "n.deskdl-bundle", "my homework")
    with pytest.raises(LessonError) as err:
        B.read_bundle(note)
    assert err.value.text == f"{note}: is not a deskdl bundle (not a zip file)"
    with pytest.raises(LessonError) as err:
        B.read_bundle(str(tmp_path / "none.deskdl-bundle"))
    assert err.value.text == f"{tmp_path / 'none.deskdl-bundle'}: no such file: check the path"

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(B.zipfile, "ZipFile", refuse)
    with pytest.raises(LessonError) as err:
        B.read_bundle(note)
    assert err.value.text == f"{note}: cannot be read (Permission denied)"

    def refuse_plain(*args, **kwargs):
        raise OSError("disk on fire")

    monkeypatch.setattr(B.zipfile, "ZipFile", refuse_plain)
    with pytest.raises(LessonError) as err:
        B.read_bundle(note)
    assert err.value.text == f"{note}: cannot be read (disk on fire)"


def test_a_bundle_that_unpacks_too_large_is_refused(tmp_path, monkeypatch):
    path = make_zip(tmp_path / "x.deskdl-bundle", {"bundle.json": doc(), "project.deskdl": TEMPLATE})
    size = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
    monkeypatch.setattr(B, "MAX_BYTES", size)
    assert B.read_bundle(path).doc["version"] == 1  # exactly the limit is allowed
    monkeypatch.setattr(B, "MAX_BYTES", size - 1)
    with pytest.raises(LessonError) as err:
        B.read_bundle(path)
    assert err.value.text == f"{path}: the bundle unpacks to more than 2 GB: it is not a deskdl bundle"


# ---------------------------------------------------------------- checking again
def write_checked(tmp_path, lesson, ticks, done, *, runs=(), learner="Cy", project=None):
    project = project or Project.from_json(TEMPLATE)
    project.runs = [dict(r) for r in runs]
    session = session_for(lesson, ticks, done)
    return B.write_bundle(tmp_path / "c.deskdl-bundle", project, session=session, learner=learner)


def course_of(lesson):
    return Course([Section("s", "S", 0, (load_lesson(lesson.path),))])


def test_every_step_is_checked_again_on_its_evidence(tmp_path, lesson):
    small = Project.from_json(TEMPLATE).to_dict()
    ticks = {
        "size": evidence(small),
        "train": evidence(None, runs=["r1"]),
        "look": evidence(None, events=[{"name": "tab_opened", "data": {"tab": "Train"}}]),
    }
    path = write_checked(tmp_path, lesson, ticks, {"read", "size", "train", "look"}, runs=[RUN])
    report = B.check_bundle(path, course_of(lesson))
    assert [(s.number, s.title, s.state) for s in report.steps] == [
        (1, "Read me", "read"),
        (2, "Keep it small", "passed"),
        (3, "Train", "passed"),
        (4, "Look", "passed"),
    ]
    assert report.steps[1].result == CheckResult(True, "At most 400 parameters.", "It has 354 parameters.")
    assert report.passed == 4 and report.ok is True
    assert report.lines() == [
        f"{path}: lesson small, learner Cy: 4 of 4 steps pass (seed 0, deskdl {__version__}, "
        f"Keras {B.versions()['keras']}, TensorFlow {B.versions()['tensorflow']}, 1 runs)",
        '  step 1 ("Read me"): read',
        '  step 2 ("Keep it small"): passed',
        '  step 3 ("Train"): passed',
        '  step 4 ("Look"): passed',
    ]


def test_a_tick_the_evidence_does_not_hold_fails_with_why(tmp_path, lesson):
    big = Project.from_json(TEMPLATE)
    next(n for n in big.graph.nodes.values() if n.type == "Dense").params["units"] = 64
    ticks = {
        "size": evidence(big.to_dict()),
        "train": evidence(None, runs=["r9"]),
        "look": evidence(
            None,
            events=[
                {"name": "layer_selected"},
                {"name": "tab_opened", "data": {"tab": "Data"}},
                "not an event",
            ],
        ),
    }
    path = write_checked(tmp_path, lesson, ticks, {"size", "train", "look"}, runs=[RUN], learner="")
    report = B.check_bundle(path, course_of(lesson))
    assert [s.state for s in report.steps] == ["not done", "failed", "failed", "failed"]
    assert report.passed == 0 and report.ok is False
    assert report.lines()[0].startswith(f"{path}: lesson small, learner ?: 0 of 4 steps pass (seed 0,")
    # 2 -> 64 -> 16 -> 2 Dense layers: (2 x 64 + 64) + (64 x 16 + 16) + (16 x 2 + 2) = 192 + 1040 + 34
    assert report.lines()[1:] == [
        '  step 1 ("Read me"): not done',
        '  step 2 ("Keep it small"): failed: At most 400 parameters. It has 1,266 parameters.',
        '  step 3 ("Train"): failed: A run finished. No run since this step opened: train.',  # r9 is no run
        '  step 4 ("Look"): failed: Open a tab. Done 0 times.',
    ]  # a layer selected is not a tab opened


def test_runs_that_existed_when_the_step_opened_do_not_count(tmp_path, lesson):
    ticks = {"train": evidence(None, runs=["r1"], old_runs=["r1"])}
    path = write_checked(tmp_path, lesson, ticks, {"train"}, runs=[RUN])
    assert B.check_bundle(path, course_of(lesson)).steps[2].state == "failed"


def test_a_damaged_project_snapshot_falls_back_to_the_bundles_project(tmp_path, lesson):
    ticks = {"size": evidence({"model": "not a model"})}
    path = write_checked(tmp_path, lesson, ticks, {"size"})
    step = B.check_bundle(path, course_of(lesson)).steps[1]
    assert step.state == "passed" and step.result.detail == "It has 354 parameters."


def test_steps_without_evidence_are_not_done(tmp_path, lesson):
    path = write_checked(tmp_path, lesson, {"size": "forged", "train": None}, {"size", "train"})
    report = B.check_bundle(path, course_of(lesson))
    assert [s.state for s in report.steps] == ["not done", "not done", "not done", "not done"]
    assert [s.result for s in report.steps] == [None] * 4


def test_recorded_steps_that_are_not_tables_are_ignored(tmp_path, lesson):
    path = write_checked(tmp_path, lesson, {}, {"read"})
    with zipfile.ZipFile(path) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    d = json.loads(files["bundle.json"])
    d["steps"].append("junk")
    files["bundle.json"] = json.dumps(d).encode()
    make_zip(path, files)
    assert B.check_bundle(path, course_of(lesson)).steps[0].state == "read"
    d["steps"] = None
    files["bundle.json"] = json.dumps(d).encode()
    make_zip(path, files)
    assert B.check_bundle(path, course_of(lesson)).steps[0].state == "not done"


def test_a_bundle_of_no_known_lesson_cannot_be_checked(tmp_path):
    path = make_zip(
        tmp_path / "x.deskdl-bundle", {"bundle.json": doc(lesson="nope"), "project.deskdl": TEMPLATE}
    )
    with pytest.raises(LessonError) as err:
        B.check_bundle(path, Course())
    assert err.value.text == (
        f"{path}: the bundle names no lesson this deskdl knows ('nope'): install the "
        "lesson, or make the bundle again with the lesson inside"
    )


def test_the_report_heading_says_where_the_lesson_came_from(tmp_path, lesson):
    path = write_checked(tmp_path, lesson, {}, set())
    report = B.check_bundle(path, Course())
    assert report.lines()[0].startswith(
        f"{path}: lesson small (the copy in the bundle: not installed here), learner Cy: 0 of 4 steps pass"
    )
    bare = B.BundleReport(B.Bundle({"versions": None}, Project.from_json(TEMPLATE), None, path=Path("p")))
    assert bare.lines() == [
        "p: no lesson, learner ?: 0 of 0 steps pass (seed None, deskdl None, Keras None, "
        "TensorFlow None, 0 runs)"
    ]
    assert bare.ok is False and bare.passed == 0


def test_step_report_lines():
    failed = CheckResult(False, "Goal.", "Now.")
    assert B.StepReport(3, "T", "failed", failed).line() == '  step 3 ("T"): failed: Goal. Now.'
    assert (
        B.StepReport(3, "T", "failed", CheckResult(False, "Goal.")).line() == '  step 3 ("T"): failed: Goal.'
    )
    assert B.StepReport(3, "T", "failed").line() == '  step 3 ("T"): failed'
    assert B.StepReport(1, "T", "passed", failed).line() == '  step 1 ("T"): passed'
    assert B.StepReport(2, "T", "read").line() == '  step 2 ("T"): read'
    assert B.StepReport(2, "T", "not done").line() == '  step 2 ("T"): not done'
    assert B.StepReport(2, "T", "odd").line() == '  step 2 ("T"): odd'
    assert B.StepReport(2, "T", "read").result is None


def test_read_steps_count_as_passed_and_ok_needs_every_step(tmp_path):
    project = Project.from_json(TEMPLATE)
    bundle = B.Bundle({}, project, None)
    assert (bundle.files, bundle.path, bundle.lesson_source) == ([], None, "")
    report = B.BundleReport(bundle, [B.StepReport(1, "a", "read"), B.StepReport(2, "b", "passed")])
    assert report.passed == 2 and report.ok is True
    report.steps.append(B.StepReport(3, "c", "not done"))
    assert report.passed == 2 and report.ok is False
    report.steps[2] = B.StepReport(3, "c", "failed")
    assert report.passed == 2 and report.ok is False
    assert B.BundleReport(bundle).steps == []


@pytest.fixture
def words():
    """A translation lookup for a few words of this module's context (the app's own is a Qt file)."""
    from deskdl.core import i18n

    table = {("core.lessons.bundle", "passed"): "đạt", ("core.lessons.bundle", "hand-out"): "tài liệu"}
    i18n.install(lambda context, text: table.get((context, text), ""), "vi")
    yield
    i18n.install(None)


def test_a_step_reports_state_is_translated(words):
    assert B.StepReport(1, "T", "passed").line() == '  step 1 ("T"): đạt'
    assert B.StepReport(1, "T", "read").line() == '  step 1 ("T"): read'  # not in the table: English


def test_the_file_write_zip_names_is_translated(tmp_path, words):
    target = tmp_path / "t.zip"
    target.mkdir()
    with pytest.raises(LessonError) as err:
        B.write_zip(target, {"a.txt": "x"}, {}, "hand-out")
    assert err.value.message == f"{target}: the tài liệu could not be written (Is a directory)"


def test_a_run_without_an_id_is_found_under_the_empty_id(tmp_path, lesson):
    run = {k: v for k, v in RUN.items() if k != "id"}
    path = write_checked(tmp_path, lesson, {"train": evidence(None, runs=[""])}, {"train"}, runs=[run])
    assert B.check_bundle(path, course_of(lesson)).steps[2].state == "passed"


def test_a_zip_that_cannot_even_be_started_says_why(tmp_path, monkeypatch):
    def refuse(path, *args, **kwargs):  # as a folder that may not be written to would (no file is made)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(B.zipfile, "ZipFile", refuse)
    target = tmp_path / "b.deskdl-bundle"
    with pytest.raises(LessonError) as err:
        B.write_zip(target, {"a.txt": "x"}, {}, "bundle")
    assert err.value.message == f"{target}: the bundle could not be written (Permission denied)"
    assert list(tmp_path.iterdir()) == []
