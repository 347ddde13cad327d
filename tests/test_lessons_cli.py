"""``deskdl lessons``: the list, ``--verify`` on good and wrong lessons, and real trainings in lessons."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from deskdl.cli import main
from deskdl.core.lessons import LessonProgress, ProgressStore, load_course, load_lesson

ROOT = Path(__file__).resolve().parents[1]

EDITS = '''
title = "Edits only"
summary = "No training: project edits and a learner event."
minutes = 2
template = "mlp_2d"

[[steps]]
title = "Tanh"
text = "Make the first hidden layer tanh."
show_me = [{op = "set_layer", layer = "hidden_1", params = {activation = "tanh"}}]
check = {kind = "layer_setting", layer = "hidden_1", setting = "activation", equals = "tanh"}

[[steps]]
title = "Small"
text = "Halve the second hidden layer."
show_me = [{op = "set_layer", layer = "hidden_2", params = {units = 8}}]
check = {kind = "params", max = 250}

[[steps]]
title = "Look at the data"
text = "Open the Data tab."
show_me = [{op = "switch_tab", tab = "Data"}, {op = "event", name = "tab_opened", data = {tab = "Data"}}]
check = {kind = "event", name = "tab_opened", where = {tab = "Data"}}
'''


def course(tmp_path: Path, **lessons: str) -> Path:
    root = tmp_path / "lessons"
    (root / "mine").mkdir(parents=True)
    (root / "mine" / "section.toml").write_text('title = "My section"\norder = 1\n')
    for name, text in lessons.items():
        (root / "mine" / f"{name}.toml").write_text(text, encoding="utf-8")
    return root


def test_list_by_section_with_length_and_progress(tmp_path, capsys):
    root = course(tmp_path, edits=EDITS, other=EDITS.replace('"Edits only"', '"Other"'))
    ProgressStore().put("edits", LessonProgress(step=1, done=["step-1"]))
    assert main(["lessons", "--dir", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "My section (mine, 2 lessons, about 4 min)",
        "  edits  Edits only  (3 steps, about 2 min)  at step 2",
        "  other  Other  (3 steps, about 2 min)",
    ]


def test_list_shipped_lessons_needs_no_tensorflow():
    code = ("import sys; from deskdl.cli import main; rc = main(['lessons']); "
            "assert 'tensorflow' not in sys.modules and 'keras' not in sys.modules; sys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Neurons, layers, learning (1-basics, ")
    line = next(x for x in done.stdout.splitlines() if x.startswith("  perceptron "))
    assert line.split() == "perceptron One neuron draws a straight line (5 steps, about 12 min)".split()


def test_verify_a_good_lesson(tmp_path, capsys):
    root = course(tmp_path, edits=EDITS)
    assert main(["lessons", "--verify", "--dir", str(root)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("PASS edits (3 steps, 0 runs, ")
    assert "1 of 1 lessons pass" in err


def test_verify_a_lesson_whose_check_is_wrong_names_the_step(tmp_path, capsys):
    wrong = EDITS.replace("check = {kind = \"params\", max = 250}", "check = {kind = \"params\", max = 100}")
    root = course(tmp_path, edits=EDITS, wrong=wrong)
    assert main(["lessons", "--verify", "--dir", str(root)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("PASS edits")
    # 2*16+16 + 16*8+8 + 8*2+2 = 48 + 136 + 18
    assert out[1] == ('FAIL wrong: step 2 ("Small"): the check does not pass: The model\'s parameter count '
                      "is at most 100. It has 202 parameters.")
    assert main(["lessons", "--verify", "edits", "--dir", str(root)]) == 0  # NAME picks one lesson


def test_verify_a_broken_file_and_a_show_me_that_cannot_be_done(tmp_path, capsys):
    broken = EDITS.replace('{kind = "params", max = 250}', '{kind = "parms", max = 250}')
    impossible = EDITS.replace('layer = "hidden_2", params', 'layer = "hidden_9", params')
    root = course(tmp_path, broken=broken, impossible=impossible)
    assert main(["lessons", "--verify", "--dir", str(root)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("FAIL ")
    assert "broken.toml: step 2 (\"Small\"): check.kind: 'parms' is not a check kind: use one of " \
        "layer_exists, layer_count, layer_setting, params, " in out[0]
    assert out[0].endswith(", all, any, not")
    assert out[1].startswith('FAIL impossible: step 2 ("Small"): show me could not be done: set_layer: ')
    assert "hidden_9" in out[1]
    # one file given by its path
    assert main(["lessons", "--verify", str(root / "mine" / "broken.toml")]) == 1
    assert "check.kind: 'parms'" in capsys.readouterr().out


def test_unknown_lesson_and_folder_are_bad_input(tmp_path, capsys):
    assert main(["lessons", "nope"]) == 2
    assert "there is no lesson called 'nope' (lessons: " in capsys.readouterr().err
    assert main(["lessons", "--dir", str(tmp_path / "missing")]) == 2
    assert "no such folder" in capsys.readouterr().err


# ---------------------------------------------------------------- real trainings
TRAINS = '''
title = "Two trainings"
summary = "A run that learns and one that diverges."
minutes = 2
template = "mlp_2d"

[[steps]]
title = "Learn the circle"
text = "Train."
show_me = [{op = "set_training", setting = "epochs", value = 15}, {op = "train"}]
check = {kind = "metric", metric = "val_accuracy", min = 0.9}

[[steps]]
title = "Break it"
text = "A learning rate of 1e6 with plain SGD."
show_me = [
  {op = "set_training", setting = "optimizer", value = {type = "SGD", learning_rate = 1e6}},
  {op = "train", epochs = 3},
]
check = {kind = "diverged"}
'''


@pytest.mark.keras
def test_verify_trains_for_real(tmp_path):
    from deskdl.ml.lessons import verify_lesson

    root = course(tmp_path, trains=TRAINS)
    result = verify_lesson(load_lesson(root / "mine" / "trains.toml"))
    assert result.passed, result.line()
    runs = result.project.runs
    assert [r["id"] for r in runs] == ["run-1", "run-2"]
    assert runs[0]["status"] == "finished" and runs[0]["final"]["val_accuracy"] >= 0.9
    assert runs[1]["status"] == "failed" and runs[1]["error"]["kind"] in ("nan", "exploding")
    # the same lesson with the checks swapped fails at step 1, naming it
    swapped = TRAINS.replace('min = 0.9}', 'max = 0.5}')
    (root / "mine" / "trains.toml").write_text(swapped)
    bad = verify_lesson(load_lesson(root / "mine" / "trains.toml"))
    assert not bad.passed and bad.step == 1
    assert bad.line().startswith('FAIL trains: step 1 ("Learn the circle"): the check does not pass: The '
                                 "newest run's validation accuracy is at most 50 %. It is ")


def _trains(lesson) -> bool:
    return any(a.op == "train" for step in lesson.steps for a in (*step.actions, *step.show_me))


#: One test per shipped lesson (``deskdl lessons --verify NAME``): a lesson that trains is marked keras and
#: slow (on 2 loaded cores each takes 20-90 s; about 100 s of CPU for the whole course).
SHIPPED = [pytest.param(x.id, marks=[pytest.mark.keras, pytest.mark.slow] if _trains(x) else [])
           for x in load_course().lessons]


@pytest.mark.parametrize("lesson_id", SHIPPED)
def test_shipped_lesson_verifies(lesson_id):
    """The lesson's reference solution passes every check, trainings included."""
    from deskdl.ml.lessons import verify_lesson

    result = verify_lesson(load_course().find(lesson_id))
    assert result.passed, result.line()


def test_the_shipped_course_loads_whole():
    course = load_course()
    assert course.problems == []
    assert len(course.lessons) == len(SHIPPED) >= 10


def test_verify_refuses_a_check_that_passes_before_show_me(tmp_path, capsys):
    free = EDITS.replace("check = {kind = \"params\", max = 250}", "check = {kind = \"params\", max = 400}")
    root = course(tmp_path, free=free)
    assert main(["lessons", "--verify", "--dir", str(root)]) == 1
    assert capsys.readouterr().out.startswith(
        "FAIL free: step 2 (\"Small\"): the check passes before 'show me', so the step is done before the "
        "learner does anything")
