"""Issue 10: what Start refuses, the Problems list says first (live, with its Fix), and nothing more.

Each case breaks one thing in a shipped template, presses "Start" the way the
Keras thread does (``run_training``: it refuses before building the model), and
checks that the Problems list of a real editor already lists that refusal as its
first problem. The list works without TensorFlow: Keras's data sets are
described from the registry, not loaded.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from deskdl.core.analysis import ERROR
from deskdl.core.project import Project
from deskdl.ml import start_checks
from deskdl.paths import resource
from deskdl.qt.canvas.editor import GraphEditor
from deskdl.qt.problems import ProblemsPanel

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ("mlp_2d", "cnn_digits", "autoencoder", "lstm_sequence", "resnet_block")


def template(name: str) -> Project:
    return Project.load(resource("templates", f"{name}.deskdl"))


def one_unit_on_two_classes() -> Project:
    p = template("mlp_2d")
    out = p.graph.outputs()[0]
    p.graph.set_params(out, {"units": 1})
    return p


def dangling_branch() -> Project:
    p = template("cnn_digits")
    p.graph.add_node("Conv2D", {"filters": 8, "kernel_size": [3, 3]}, "conv2d_1", ["pool_1"])
    return p


def binary_loss_on_ten_classes() -> Project:
    p = template("cnn_digits")
    p.training["loss"] = "binary_crossentropy"
    return p


def class_loss_on_numbers() -> Project:
    p = template("mlp_2d")
    p.data = {"dataset": "regression_plane", "params": {}}
    p.graph.set_params(p.graph.outputs()[0], {"units": 1, "activation": "linear"})
    return p


def negative_learning_rate() -> Project:
    p = template("mlp_2d")
    p.training["optimizer"]["learning_rate"] = -0.1
    return p


def too_few_samples() -> Project:
    p = template("mlp_2d")
    p.data = {"dataset": "spiral", "params": {"samples": 5}}
    return p


def unknown_data_set() -> Project:
    p = template("mlp_2d")
    p.data = {"dataset": "no_such_set", "params": {}}
    return p


def mnist_not_downloaded() -> Project:
    p = template("cnn_digits")
    p.data = {"dataset": "mnist", "params": {}}
    p.graph.set_params("image", {"shape": [28, 28, 1]})
    return p


def input_shape_mismatch() -> Project:
    p = template("mlp_2d")
    p.graph.set_params(p.graph.inputs()[0], {"shape": [3]})
    return p


def autoencoder_without_reshape() -> Project:
    p = template("autoencoder")
    p.graph.remove_node("rebuilt")
    return p


def embedding_too_small() -> Project:
    p = template("lstm_sequence")
    emb = next(n.id for n in p.graph.nodes.values() if n.type == "Embedding")
    p.graph.set_params(emb, {"input_dim": 10})
    return p


#: Every kind of refusal Start makes before building the model, with the words both must use.
REFUSALS = {
    "output with 1 unit on 2 classes": (one_unit_on_two_classes, "has 1 unit"),
    "dangling branch becomes a second output": (dangling_branch, "conv2d_1 leads nowhere"),
    "loss that does not fit the labels": (binary_loss_on_ten_classes,
                                          "binary_crossentropy is for two classes"),
    "class loss on a regression set": (class_loss_on_numbers, "is for choosing between classes"),
    "training setting": (negative_learning_rate, "learning rate must be a number above 0"),
    "data setting": (too_few_samples, "samples must be between"),
    "unknown data set": (unknown_data_set, "no data set called"),
    "Keras set not on this computer": (mnist_not_downloaded, "is not on this computer"),
    "input shape": (input_shape_mismatch, "but the Input expects"),
    "autoencoder output shape": (autoencoder_without_reshape, "must have the input's shape"),
    "embedding rows": (embedding_too_small, "only has rows for 0 to 9"),
}


@pytest.fixture(autouse=True)
def _empty_keras_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))  # MNIST is not on "this computer"
    start_checks.clear_cache()


def listed(qtbot, project: Project) -> ProblemsPanel:
    editor = GraphEditor(project)
    panel = ProblemsPanel()
    panel.set_editor(editor)
    panel.set_project(project)
    panel.set_analysis(editor.analysis)
    qtbot.addWidget(editor)
    qtbot.addWidget(panel)
    return panel


def start_refusal(project: Project) -> str | None:
    """What Start says when it refuses (``None`` when the run got past every check)."""
    from deskdl.ml.training import ListReporter, TrainingJob, run_training

    r = run_training(TrainingJob.from_project(project, epochs=1), ListReporter())
    if r.status == "failed" and r.error.kind in ("settings", "data", "mismatch", "build"):
        return r.error.message
    return None


@pytest.mark.keras
@pytest.mark.parametrize("case", list(REFUSALS))
def test_every_refusal_of_start_is_the_first_problem_listed(qtbot, case):
    make, words = REFUSALS[case]
    refusal = start_refusal(make())
    assert refusal is not None and words in refusal, refusal
    panel = listed(qtbot, make())
    first = panel.diagnostics[0]
    assert first.severity == ERROR
    assert words in first.message
    sentence = first.message.split(": ", 1)[-1]
    assert sentence in refusal  # the same sentence Start gives
    assert sentence[:40].lower() in panel.tree.topLevelItem(0).text(2).lower()


@pytest.mark.keras
@pytest.mark.parametrize("name", TEMPLATES)
def test_start_accepts_what_the_list_calls_fine(qtbot, name):
    project = template(name)
    panel = listed(qtbot, project)
    assert not [d for d in panel.diagnostics if d.severity == ERROR]
    assert start_refusal(project) is None


def test_the_dangling_branch_is_named_and_its_fix_keeps_the_real_output(qtbot):
    project = dangling_branch()
    panel = listed(qtbot, project)
    first = panel.diagnostics[0]
    assert first.node_id == "conv2d_1"
    assert first.message == ("conv2d_1 leads nowhere, so Keras would make it a second output "
                             "(outputs=[digit, conv2d_1]), but the data has one target per example")
    assert panel.tree.topLevelItem(0).text(1) == "conv2d_1"
    button = panel.fix_button(0)
    assert button is not None and "Keep digit as the only output" in button.toolTip()
    button.click()
    assert project.graph.outputs() == ["digit"]
    assert not [d for d in panel.diagnostics if d.severity == ERROR]
    # still said, as a warning: the branch is kept but unused
    assert any(d.node_id == "conv2d_1" and "leads nowhere" in d.message for d in panel.diagnostics)
    panel._editor.undo_stack.undo()
    assert project.graph.outputs() == ["digit", "conv2d_1"]
    assert panel.diagnostics[0].node_id == "conv2d_1"


def test_one_unit_on_two_classes_has_a_fix_that_sets_two_units(qtbot):
    project = one_unit_on_two_classes()
    out = project.graph.outputs()[0]
    panel = listed(qtbot, project)
    assert panel.diagnostics[0].node_id == out
    panel.fix_button(0).click()
    assert project.graph.node(out).params["units"] == 2
    assert not [d for d in panel.diagnostics if d.severity == ERROR]


def test_the_list_follows_the_data_and_the_settings(qtbot):
    project = template("mlp_2d")
    panel = listed(qtbot, project)
    assert not [d for d in panel.diagnostics if d.severity == ERROR]
    project.training["loss"] = "mean_squared_error"
    project.data = {"dataset": "digits", "params": {}}
    panel.refresh()
    texts = [d.message for d in panel.diagnostics if d.severity == ERROR]
    assert any("images but the Input expects" in t for t in texts), texts


def test_data_facts_need_no_tensorflow_and_match_the_loaded_data(tmp_path):
    """On the GUI thread: Keras's sets are described from the registry (no file read, no TensorFlow)."""
    code = (
        "import sys\n"
        "from deskdl.ml import start_checks\n"
        "from deskdl.core.project import Project\n"
        "from deskdl.paths import resource\n"
        "p = Project.load(resource('templates', 'cnn_digits.deskdl'))\n"
        "for data in ({'dataset': 'digits'}, {'dataset': 'mnist'},"
        " {'dataset': 'imdb', 'params': {'maxlen': 50}}, {'dataset': 'shapes'}, {'dataset': 'spiral'}):\n"
        "    d = start_checks.start_problems(p.graph, data, p.training)\n"
        "    print(data['dataset'], len(d))\n"
        "assert 'tensorflow' not in sys.modules and 'keras' not in sys.modules, 'TensorFlow was imported'\n"
    )
    env_home = str(tmp_path / "keras")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                       env={"KERAS_HOME": env_home, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
                       cwd=str(ROOT))
    assert r.returncode == 0, r.stderr[-2000:]
    assert "mnist" in r.stdout


def test_keras_set_facts_follow_its_settings(tmp_path, monkeypatch):
    """When MNIST is on this computer its facts come from the registry, shaped like the loaded data."""
    import numpy as np

    home = tmp_path / "keras"
    (home / "datasets").mkdir(parents=True)
    np.savez(home / "datasets" / "mnist.npz", x_train=np.zeros((5, 28, 28), np.uint8),
             y_train=np.zeros(5, np.uint8), x_test=np.zeros((2, 28, 28), np.uint8),
             y_test=np.zeros(2, np.uint8))
    monkeypatch.setenv("KERAS_HOME", str(home))
    start_checks.clear_cache()
    facts = start_checks.data_facts({"dataset": "mnist", "params": {"max_train": 300}})
    assert facts.input_shape == (28, 28, 1) and facts.n_classes == 10 and len(facts.x_train) == 300


def test_messages_keep_ids_as_typed_and_never_double_a_word(qtbot):
    """'the output output' and 'Conv2d_1 leads nowhere' are gone; a softmax over 10 units is not 'a single
    output' (binary_crossentropy on 10 classes: the loss is what is wrong, said once)."""
    project = template("mlp_2d")  # its last layer's id is "output"
    project.graph.set_params("output", {"units": 3})
    panel = listed(qtbot, project)
    texts = [panel.tree.topLevelItem(i).text(2) for i in range(panel.tree.topLevelItemCount())]
    assert texts[0].startswith("The data has 2 classes but the output layer has 3 units"), texts
    assert not any("output output" in t for t in texts)
    panel = listed(qtbot, dangling_branch())
    assert panel.tree.topLevelItem(0).text(2).startswith("conv2d_1 leads nowhere")
    panel = listed(qtbot, binary_loss_on_ten_classes())
    rows = [panel.tree.topLevelItem(i).text(2) for i in range(panel.tree.topLevelItemCount())]
    assert rows[0].startswith("binary_crossentropy is for two classes, but the data has 10")
    assert not any("single output" in t for t in rows), rows


def test_the_list_checks_again_when_shown_after_a_download(qtbot, tmp_path):
    """MNIST downloaded (or imported) in the Data tab: back on Build, the list no longer says it is
    missing."""
    import numpy as np

    project = mnist_not_downloaded()
    panel = listed(qtbot, project)
    assert "is not on this computer" in panel.diagnostics[0].message
    home = tmp_path / "keras" / "datasets"
    home.mkdir(parents=True)
    np.savez(home / "mnist.npz", x_train=np.zeros((5, 28, 28), np.uint8), y_train=np.zeros(5, np.uint8),
             x_test=np.zeros((2, 28, 28), np.uint8), y_test=np.zeros(2, np.uint8))
    panel.show()
    qtbot.waitExposed(panel)
    assert not [d for d in panel.diagnostics if d.severity == ERROR], [d.message for d in panel.diagnostics]


def test_a_loss_that_does_not_fit_has_a_fix_that_changes_the_loss(qtbot):
    project = binary_loss_on_ten_classes()
    panel = listed(qtbot, project)
    assert panel.diagnostics[0].message.startswith("binary_crossentropy is for two classes")
    button = panel.fix_button(0)
    assert button is not None and "Use sparse_categorical_crossentropy" in button.toolTip()
    with qtbot.waitSignal(panel.training_changed):
        button.click()
    assert project.training["loss"] == "sparse_categorical_crossentropy"
    assert not [d for d in panel.diagnostics if d.severity == ERROR]


def test_in_the_window_a_settings_fix_shows_in_the_train_tab_and_marks_the_project(qtbot, monkeypatch,
                                                                                   tmp_path):
    from tests.qt_helpers import close_quietly, guard_dialogs, make_window

    guard_dialogs(monkeypatch)
    window = make_window(qtbot, monkeypatch, tmp_path)
    try:
        assert window.install_stage_tabs()
        window.set_project(class_loss_on_numbers())  # regression data, sparse_categorical_crossentropy
        first = window.problems.diagnostics[0]
        assert first.message.startswith("the data asks for a number (regression)")
        assert not window.isWindowModified()
        window.problems.fix_button(0).click()
        assert window.project.training["loss"] == "mean_squared_error"
        assert window.stage_tab("Train").settings.loss.currentData() == "mean_squared_error"
        assert window.is_modified()
        assert not [d for d in window.problems.diagnostics if d.severity == ERROR]
    finally:
        close_quietly(window)


def test_a_missing_keras_set_is_said_first_and_what_start_would_say_next_too(qtbot):
    """MNIST not downloaded: the list says so first, and already what else Start would refuse (from the
    registry's facts: 10 classes of 28x28x1 pictures), so the learner mends it all at once."""
    project = mnist_not_downloaded()
    project.graph.set_params("digit", {"units": 3})
    panel = listed(qtbot, project)
    errors = [d.message for d in panel.diagnostics if d.severity == ERROR]
    assert "is not on this computer" in errors[0]
    assert "the data has 10 classes but the output digit has 3 units" in errors, errors


def test_the_data_tab_names_the_dangling_branch_like_the_problems_list(qtbot):
    from deskdl.qt.data_panel import DataPanel

    panel = DataPanel(dangling_branch())
    qtbot.addWidget(panel)
    try:
        qtbot.waitUntil(lambda: panel.bundle is not None, timeout=10_000)
        assert panel.problem_texts()[0].startswith("conv2d_1 leads nowhere, so Keras would make it a second "
                                                   "output (outputs=[digit, conv2d_1])")
    finally:
        panel.host.shutdown()
