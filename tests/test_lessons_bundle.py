"""Submission bundles: the round trip, ``deskdl check``, tampered and broken bundles."""

from __future__ import annotations

import json
import zipfile

import pytest

from deskdl.cli import main
from deskdl.core.lessons import LessonError, LessonSession, load_course, start_project
from deskdl.core.lessons.bundle import check_bundle, read_bundle, versions, write_bundle
from deskdl.ml.lessons import verify_lesson


@pytest.fixture(scope="module")
def conv():
    """The shipped graph-only lesson, played to the end (no training)."""
    lesson = load_course().find("conv_arithmetic")
    result = verify_lesson(lesson)
    assert result.passed, result.line()
    return lesson, result


def rewrite(path, change):
    """Change bundle.json of the bundle at ``path`` with ``change(doc)``."""
    with zipfile.ZipFile(path) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    doc = json.loads(files["bundle.json"])
    change(doc)
    files["bundle.json"] = json.dumps(doc).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)


def test_round_trip_of_a_finished_lesson(tmp_path, conv):
    lesson, result = conv
    path = write_bundle(tmp_path / "ana.deskdl-bundle", result.project, session=result.session, learner="Ana")
    bundle = read_bundle(path)
    assert bundle.doc["learner"] == "Ana" and bundle.doc["lesson"] == "conv_arithmetic"
    assert bundle.doc["seed"] == 0 and bundle.doc["versions"] == versions()
    assert bundle.doc["versions"]["keras"] and bundle.doc["versions"]["tensorflow"]
    assert sorted(bundle.files) == ["bundle.json", "lesson/conv_arithmetic.deskdl",
                                    "lesson/conv_arithmetic.toml", "lesson/conv_arithmetic.vi.toml",
                                    "project.deskdl"]
    assert bundle.project.to_dict() == result.project.to_dict()
    assert [s.id for s in bundle.lesson.steps] == [s.id for s in lesson.steps]
    report = check_bundle(path)
    assert report.ok and report.passed == 6
    assert report.lines()[1] == '  step 1 ("A filter slides over the picture"): passed'


def test_a_recorded_tick_that_the_evidence_does_not_support_fails(tmp_path, conv):
    _, result = conv
    path = write_bundle(tmp_path / "b.deskdl-bundle", result.project, session=result.session, learner="Ben")

    def forge(doc):  # step 2's project snapshot says padding valid: the check cannot hold
        nodes = doc["steps"][1]["evidence"]["project"]["model"]["nodes"]
        next(n for n in nodes if n["id"] == "conv")["params"]["padding"] = "valid"
        doc["steps"][3].pop("evidence")  # and step 4 was never ticked

    rewrite(path, forge)
    report = check_bundle(path)
    assert not report.ok and report.passed == 4
    assert report.steps[1].line() == (
        '  step 2 ("Padding keeps the size"): failed: The output shape of conv is (28, 28, 8). conv still '
        "has 80 parameters. Still to do: The output shape of conv is (28, 28, 8). It is (26, 26, 8).")
    assert report.steps[3].state == "not done"


def test_a_half_done_lesson_with_runs_and_model_files(tmp_path):
    lesson = load_course().find("learning_rate")
    session = LessonSession(lesson)
    project = start_project(lesson)
    project.path = tmp_path / "mine.deskdl"
    (tmp_path / "mine.trained.keras").write_bytes(b"a trained model")
    session.open_step(0, project)
    session.next(project)
    project.runs = [{"id": "run-1", "status": "finished", "epochs_run": 30,
                     "model_file": "mine.trained.keras", "settings": project.training,
                     "history": {"loss": [0.66, 0.659, 0.655]}, "final": {"loss": 0.655}}]
    assert session.check(project).passed
    path = write_bundle(tmp_path / "c.deskdl-bundle", project, session=session, learner="Cy")
    bundle = read_bundle(path)
    assert "models/mine.trained.keras" in bundle.files
    with zipfile.ZipFile(path) as zf:
        assert zf.read("models/mine.trained.keras") == b"a trained model"
    report = check_bundle(path)
    assert [s.state for s in report.steps] == ["read", "passed", "not done", "not done", "not done"]
    assert report.passed == 2 and not report.ok


def test_check_command_for_many_bundles(tmp_path, conv, capsys):
    _, result = conv
    good = write_bundle(tmp_path / "good.deskdl-bundle", result.project, session=result.session, learner="A")
    assert main(["check", str(good)]) == 0
    assert "6 of 6 steps pass" in capsys.readouterr().out
    half = write_bundle(tmp_path / "half.deskdl-bundle", result.project, session=result.session, learner="B")
    rewrite(half, lambda doc: doc["steps"][5].pop("evidence"))
    not_zip = tmp_path / "note.deskdl-bundle"
    not_zip.write_text("my homework")
    assert main(["check", str(good), str(half), str(not_zip)]) == 2  # every bundle was still checked
    out, err = capsys.readouterr()
    assert "6 of 6 steps pass" in out and "5 of 6 steps pass" in out
    assert err.strip() == f"deskdl: error: {not_zip}: is not a deskdl bundle (not a zip file)"
    assert main(["check", str(half)]) == 1


def test_broken_bundles_say_what_is_wrong(tmp_path, conv):
    _, result = conv
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("readme.txt", "hi")
    with pytest.raises(LessonError, match="a zip file but not a deskdl bundle"):
        read_bundle(plain)
    newer = write_bundle(tmp_path / "n.deskdl-bundle", result.project, session=result.session)
    rewrite(newer, lambda doc: doc.update(version=99))
    with pytest.raises(LessonError, match="made by a newer deskdl"):
        read_bundle(newer)
    with pytest.raises(LessonError, match="no such file"):
        read_bundle(tmp_path / "missing.deskdl-bundle")
    unknown = write_bundle(tmp_path / "u.deskdl-bundle", result.project)  # no lesson at all
    with pytest.raises(LessonError, match="names no lesson this deskdl knows"):
        check_bundle(unknown)


def test_verify_writes_the_reference_solution_as_a_bundle(tmp_path, capsys):
    out = tmp_path / "ref.deskdl-bundle"
    assert main(["lessons", "--verify", "conv_arithmetic", "--bundle", str(out)]) == 0
    assert main(["check", str(out)]) == 0
    assert main(["lessons", "--bundle", str(out)]) == 2
    assert "--bundle needs --verify and one lesson NAME" in capsys.readouterr().err


def test_the_installed_lesson_grades_not_the_copy_in_the_bundle(tmp_path, conv):
    _, result = conv
    path = write_bundle(tmp_path / "e.deskdl-bundle", result.project, session=result.session, learner="Eve")
    with zipfile.ZipFile(path) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    easier = files["lesson/conv_arithmetic.toml"].decode().replace("max = 4000", "max = 1000000").replace(
        '{kind = "layer_count", type = "MaxPooling2D", min = 2},', "")
    files["lesson/conv_arithmetic.toml"] = easier.encode()
    doc = json.loads(files["bundle.json"])
    model = doc["steps"][5]["evidence"]["project"]["model"]  # without pool_2: far over 4000 parameters
    model["nodes"] = [n for n in model["nodes"] if n["id"] != "pool_2"]
    next(n for n in model["nodes"] if n["id"] == "flatten")["inputs"] = ["conv_2"]
    files["bundle.json"] = json.dumps(doc).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    bundle = read_bundle(path)
    assert bundle.lesson_source == "installed"
    report = check_bundle(path)
    assert report.steps[5].state == "failed"
    details = [p.detail for p in report.steps[5].result.parts]
    assert details == ["The model has 1.", "It has 10,468 parameters."]
    # a lesson this deskdl does not have is checked against the bundle's copy, and the report says so
    from deskdl.core.lessons.loader import Course

    alone = check_bundle(path, course=Course())
    assert alone.bundle.lesson_source == "bundle" and alone.steps[5].state == "passed"
    assert "(the copy in the bundle: not installed here)" in alone.lines()[0]
