"""The ``deskdl`` command line: good files work, bad files give one line and status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from deskdl import __version__
from deskdl.cli import main
from deskdl.core.project import Project

ROOT = Path(__file__).resolve().parents[1]

SPIRAL = {
    "format": "deskdl-project", "version": 1, "name": "Spiral",
    "model": {"nodes": [
        {"id": "x", "type": "Input", "params": {"shape": [2]}},
        {"id": "h", "type": "Dense", "params": {"units": 8, "activation": "tanh"}, "inputs": ["x"]},
        {"id": "y", "type": "Dense", "params": {"units": 2, "activation": "softmax"}, "inputs": ["h"]},
    ], "outputs": ["y"]},
    "data": {"dataset": "spiral", "params": {"noise": 0.1}},
    "training": {"optimizer": {"type": "Adam", "learning_rate": 0.01},
                 "loss": "sparse_categorical_crossentropy", "metrics": ["accuracy"], "batch_size": 32,
                 "epochs": 20, "seed": 0},
}


def _write(tmp_path: Path, name: str, doc) -> str:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc))
    return str(path)


def _one_error_line(capsys, code: int, file: str | None = None) -> str:
    out, err = capsys.readouterr()
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("deskdl: error: " + (f"{file}: " if file else "")), lines[0]
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def spiral(tmp_path) -> str:
    return _write(tmp_path, "spiral.deskdl", SPIRAL)


# ---------------------------------------------------------------- good input
def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"deskdl {__version__}"


def test_summary_table(spiral, capsys):
    assert main(["summary", spiral]) == 0
    out = capsys.readouterr().out
    assert 'Model: "Spiral"' in out
    assert "h (Dense)" in out and "(None, 8)" in out
    assert "Total params: 42" in out and "Trainable params: 42" in out and "Non-trainable params: 0" in out


def test_summary_json_is_exactly_the_contract(spiral, capsys):
    assert main(["summary", spiral, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc == {
        "nodes": [
            {"id": "x", "type": "Input", "output_shape": [None, 2], "params": 0},
            {"id": "h", "type": "Dense", "output_shape": [None, 8], "params": 24},
            {"id": "y", "type": "Dense", "output_shape": [None, 2], "params": 18},
        ],
        "total_params": 42, "trainable_params": 42, "non_trainable_params": 0,
    }


def test_summary_counts_non_trainable_like_keras(tmp_path, capsys):
    doc = json.loads(json.dumps(SPIRAL))
    doc["model"]["nodes"].insert(2, {"id": "bn", "type": "BatchNormalization", "inputs": ["h"]})
    doc["model"]["nodes"][3]["inputs"] = ["bn"]
    assert main(["summary", _write(tmp_path, "bn.deskdl", doc), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["non_trainable_params"] == 16 and out["trainable_params"] == 42 + 16
    assert out["total_params"] == out["trainable_params"] + out["non_trainable_params"]


def test_summary_and_export_never_import_tensorflow(spiral, tmp_path):
    code = (
        "import sys; from deskdl.cli import main; "
        f"assert main(['summary', {spiral!r}]) == 0; "
        f"assert main(['export', {spiral!r}, '-o', {str(tmp_path / 's.py')!r}]) == 0; "
        "heavy = [m for m in ('tensorflow', 'keras', 'PySide6') if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr


def test_export_writes_a_script(spiral, tmp_path, capsys):
    target = tmp_path / "spiral.py"
    assert main(["export", spiral, "-o", str(target)]) == 0
    text = target.read_text()
    assert "keras.Sequential(" in text and "EPOCHS = 20" in text
    compile(text, str(target), "exec")
    assert main(["export", spiral]) == 0  # no -o: the script on stdout
    assert "def build_model():" in capsys.readouterr().out


def test_gui_gets_the_namespace(monkeypatch, spiral):
    import deskdl.qt.app as app

    seen = {}

    def fake_run(args):
        seen.update(vars(args))
        return 7

    monkeypatch.setattr(app, "run", fake_run)
    assert main(["--project", spiral, "--tab", "Train", "--device", "cpu", "--screenshot", "x.png"]) == 7
    assert seen["project"] == spiral and seen["tab"] == "Train" and seen["screenshot"] == "x.png"
    assert seen["device"] == "cpu"


def test_a_plain_project_argument_opens_it_like_project(monkeypatch, spiral):
    """``deskdl FILE.deskdl`` (a desktop entry's ``%f``) is ``deskdl --project FILE.deskdl``."""
    import deskdl.qt.app as app

    seen = {}

    def fake_run(args):
        seen.update(vars(args))
        return 7

    monkeypatch.setattr(app, "run", fake_run)
    assert main([spiral]) == 7
    assert seen["project"] == spiral and seen["command"] is None
    seen.clear()
    assert main(["--theme", "dark", spiral, "--tab", "Train"]) == 7
    assert seen["project"] == spiral and seen["theme"] == "dark" and seen["tab"] == "Train"
    seen.clear()
    assert main(["--", "new project.deskdl"]) == 7
    assert seen["project"] == "new project.deskdl"


def test_desktop_entry_passes_the_file():
    from pathlib import Path

    entry = (Path(__file__).resolve().parents[1] / "packaging" / "linux" / "deskdl.desktop").read_text()
    assert "Exec=deskdl %f\n" in entry


def test_saved_device_preference_is_the_default(monkeypatch, spiral):
    import deskdl.qt.app as app
    from deskdl.core import settings

    settings.set_device("gpu:1")
    seen = {}
    monkeypatch.setattr(app, "run", lambda args: seen.update(vars(args)) or 0)
    try:
        assert main([]) == 0
        assert seen["device"] == "gpu:1"
    finally:
        settings.set_device(None)


def test_no_stdout_in_a_frozen_windowed_app(spiral, monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["summary", spiral, "--json"]) == 0
    assert main(["--version"]) == 0


# ---------------------------------------------------------------- bad input
def test_missing_file(tmp_path, capsys):
    f = str(tmp_path / "nope.deskdl")
    line = _one_error_line(capsys, main(["summary", f]), f)
    assert "no such file" in line


def test_bad_json_names_line_and_column(tmp_path, capsys):
    f = _write(tmp_path, "bad.deskdl", '{"format": "deskdl-project",\n "version": 1,\n "model": {,}}')
    line = _one_error_line(capsys, main(["summary", f]), f)
    assert "not valid JSON" in line and "line 3, column" in line


def test_foreign_format(tmp_path, capsys):
    f = _write(tmp_path, "other.deskdl", {"format": "jupyter", "version": 1, "model": {"nodes": []}})
    assert "not a deskdl project" in _one_error_line(capsys, main(["summary", f]), f)


def test_newer_version(tmp_path, capsys):
    f = _write(tmp_path, "new.deskdl", dict(SPIRAL, version=99))
    line = _one_error_line(capsys, main(["export", f, "-o", str(tmp_path / "x.py")]), f)
    assert "newer deskdl" in line and "update deskdl" in line
    assert not (tmp_path / "x.py").exists()


def test_unknown_layer(tmp_path, capsys):
    doc = json.loads(json.dumps(SPIRAL))
    doc["model"]["nodes"][1]["type"] = "Dense2"
    f = _write(tmp_path, "unknown.deskdl", doc)
    line = _one_error_line(capsys, main(["summary", f]), f)
    assert "Dense2" in line and "(h)" in line and "palette" in line


def test_impossible_parameter(tmp_path, capsys):
    doc = json.loads(json.dumps(SPIRAL))
    doc["model"]["nodes"][1]["params"]["units"] = 0
    f = _write(tmp_path, "units.deskdl", doc)
    line = _one_error_line(capsys, main(["summary", f]), f)
    assert "h: units must be at least 1" in line


def test_shape_mismatch_names_the_node_and_the_fix(tmp_path, capsys):
    doc = json.loads(json.dumps(SPIRAL))
    doc["model"]["nodes"][1] = {"id": "h", "type": "Conv2D", "params": {}, "inputs": ["x"]}
    f = _write(tmp_path, "shape.deskdl", doc)
    line = _one_error_line(capsys, main(["summary", f, "--json"]), f)
    assert line.startswith(f"deskdl: error: {f}: h: Conv2D")
    assert "Reshape" in line
    assert _one_error_line(capsys, main(["export", f]), f)


def test_bad_device_and_bad_command(capsys, spiral):
    line = _one_error_line(capsys, main(["--device", "tpu:0", "summary", spiral]))
    assert "--device" in line and "gpu:0" in line
    assert "invalid choice" in _one_error_line(capsys, main(["summarize", spiral]))
    assert "required" in _one_error_line(capsys, main(["summary"]))


def test_import_refuses_foreign_files(tmp_path, capsys):
    f = _write(tmp_path, "model.h5", "x")
    assert ".keras" in _one_error_line(capsys, main(["import", f]), f)
    f = _write(tmp_path, "model.keras", "not a zip")
    assert "not a .keras file" in _one_error_line(capsys, main(["import", f]), f)


def test_train_bad_input_is_one_line(tmp_path, capsys):
    f = str(tmp_path / "missing.deskdl")
    _one_error_line(capsys, main(["train", f]), f)


@pytest.mark.keras
def test_import_lambda_keras_file_is_refused(tmp_path, capsys):
    import keras

    model = keras.Sequential([keras.Input((3,)), keras.layers.Lambda(lambda x: x + 1, name="plus_one")])
    path = tmp_path / "lambda.keras"
    model.save(path)
    line = _one_error_line(capsys, main(["import", str(path), "-o", str(tmp_path / "out.deskdl")]), str(path))
    assert "Lambda (plus_one)" in line
    assert not (tmp_path / "out.deskdl").exists()


@pytest.mark.keras
def test_import_keras_file_and_json_config(tmp_path, capsys):
    import keras

    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="relu", name="hidden"),
                              keras.layers.Dense(1, name="out")], name="tiny")
    model.save(tmp_path / "tiny.keras")
    (tmp_path / "tiny.json").write_text(model.to_json())
    assert main(["import", str(tmp_path / "tiny.keras"), "-o", str(tmp_path / "a.deskdl")]) == 0
    assert main(["import", str(tmp_path / "tiny.json")]) == 0
    out, err = capsys.readouterr()
    assert out == ""  # nothing from Keras on stdout
    for name in ("a.deskdl", "tiny.deskdl"):
        project = Project.load(tmp_path / name)
        assert list(project.graph.nodes)[1:] == ["hidden", "out"]
    assert main(["summary", str(tmp_path / "a.deskdl"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total_params"] == 4 * 3 + 3 + 3 + 1


@pytest.mark.keras
def test_devices_json(capsys):
    from deskdl.ml import device

    device.reset_for_tests()
    try:
        assert main(["devices", "--json", "--device", "cpu"]) == 0
    finally:
        device.reset_for_tests()
    info = json.loads(capsys.readouterr().out)
    assert info["using"]["kind"] == "cpu" and info["preference"] == "cpu"
    assert info["tensorflow"] and isinstance(info["gpus"], list)


def test_subprocess_bad_file_has_no_traceback(tmp_path):
    f = _write(tmp_path, "broken.deskdl", "{")
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "summary", f], capture_output=True,
                         text=True, cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and run.stderr.startswith(f"deskdl: error: {f}: ")
    assert run.stdout == ""


def test_train_is_handed_to_cli_train(monkeypatch, spiral):
    from deskdl.ml import cli_train

    seen = {}
    monkeypatch.setattr(cli_train, "run", lambda args: seen.update(vars(args)) or 0)
    assert main(["train", spiral, "--epochs", "3", "--out", "runs", "--device", "cpu"]) == 0
    assert (seen["file"], seen["epochs"], seen["out"], seen["device"]) == (spiral, 3, "runs", "cpu")


def test_an_unexpected_crash_is_still_one_line(monkeypatch, spiral, capsys):
    import deskdl.core.analysis as analysis

    def boom(graph):
        raise RuntimeError("something\nbroke")

    monkeypatch.setattr(analysis, "analyze", boom)
    line = _one_error_line(capsys, main(["summary", spiral]), spiral)
    assert "RuntimeError: something broke" in line


def test_an_unexpected_crash_prints_no_traceback_in_a_real_process(tmp_path):
    f = _write(tmp_path, "spiral.deskdl", SPIRAL)
    code = ("import sys, deskdl.core.analysis as a\n"
            "def boom(graph):\n    raise RuntimeError('broke')\n"
            "a.analyze = boom\n"
            "from deskdl.cli import main\n"
            f"sys.exit(main(['summary', {f!r}]))\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2
    assert run.stderr == f"deskdl: error: {f}: unexpected problem: RuntimeError: broke\n"
