"""``deskdl lessons --verify`` takes Inspect's snapshots only for lessons whose checks read them."""

from __future__ import annotations

import pytest

from deskdl.core.lessons import load_course, load_lesson

LESSON = '''
title = "One training"
summary = "Train once; no check reads Inspect's figures."
minutes = 1
template = "mlp_2d"

[[steps]]
title = "Train"
text = "Train."
show_me = [{op = "set_training", setting = "epochs", value = 3}, {op = "train"}]
check = {kind = "run_finished"}
'''


def test_only_a_doctor_check_reads_the_evidence(tmp_path):
    from deskdl.ml.lessons import reads_evidence

    course = load_course()
    assert reads_evidence(course.find("lab_dead_relu"))  # its doctor check sits inside kind = "all"
    assert not reads_evidence(course.find("transfer_learning"))
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "one.toml").write_text(LESSON, encoding="utf-8")
    assert not reads_evidence(load_lesson(tmp_path / "mine" / "one.toml"))
    doctor = LESSON.replace('{kind = "run_finished"}', '{kind = "not", check = {kind = "doctor", '
                                                       'finding = "dead_relu"}}')
    (tmp_path / "mine" / "one.toml").write_text(doctor, encoding="utf-8")
    assert reads_evidence(load_lesson(tmp_path / "mine" / "one.toml"))


@pytest.mark.keras
def test_the_same_training_without_the_snapshots(tmp_path):
    """Inspect measures in inference mode: without it the curves are the same, Inspect's figures are gone."""
    from deskdl.ml.lessons import train_project, verify_lesson

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "one.toml").write_text(LESSON, encoding="utf-8")
    result = verify_lesson(load_lesson(tmp_path / "mine" / "one.toml"))
    assert result.passed, result.line()
    fast = result.project.runs[-1]
    assert not {"dead", "gradient_norms"} & set(fast.get("evidence", {}))  # class counts come without Inspect
    full = train_project(result.project)  # the default: with Inspect, as the window trains
    assert full["evidence"]["gradient_norms"]
    assert full["history"]["loss"] == pytest.approx(fast["history"]["loss"], rel=1e-5)
    assert full["history"]["val_accuracy"] == fast["history"]["val_accuracy"]
