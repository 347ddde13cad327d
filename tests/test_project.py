"""The project-file contract (issue 2): what other tools and teachers may write by hand."""

from __future__ import annotations

import json
import os

import pytest

from deskdl.core import catalog, settings
from deskdl.core.analysis import analyze
from deskdl.core.errors import ProjectError
from deskdl.core.project import VERSION, Project
from deskdl.core.training import training_with_defaults

EXAMPLE = {
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


def test_the_issue_example_loads_and_analyses():
    p = Project.from_dict(EXAMPLE)
    assert p.name == "Spiral"
    assert list(p.graph.nodes) == ["x", "h", "y"]
    assert p.graph.nodes["h"].inputs == ["x"]
    assert p.data["params"]["noise"] == 0.1
    assert p.training["optimizer"] == {"type": "Adam", "learning_rate": 0.01}
    a = analyze(p.graph)
    assert a.ok and a.total == 2 * 8 + 8 + 8 * 2 + 2


def test_only_format_version_and_model_are_required():
    p = Project.from_dict({"format": "deskdl-project", "version": 1, "model": {"nodes": []}})
    assert p.name and p.training["epochs"] >= 1 and p.data["dataset"]
    for key in ("format", "version", "model"):
        doc = {k: v for k, v in EXAMPLE.items() if k != key}
        with pytest.raises(ProjectError):
            Project.from_dict(doc)


@pytest.mark.parametrize("drop", ["name", "data", "training", "outputs", "params", "inputs"])
def test_each_optional_field_may_be_left_out(drop):
    doc = json.loads(json.dumps(EXAMPLE))
    if drop == "outputs":
        del doc["model"]["outputs"]
    elif drop == "params":
        del doc["model"]["nodes"][1]["params"]
    elif drop == "inputs":
        del doc["model"]["nodes"][1]["inputs"]
    else:
        del doc[drop]
    p = Project.from_dict(doc)
    full = Project.from_dict(EXAMPLE)
    # The dropped field gets its default; everything else is as in the full example.
    assert p.name == ("Untitled" if drop == "name" else "Spiral")
    assert p.data == ({"dataset": "spiral", "params": {}} if drop == "data" else full.data)
    assert p.training == (training_with_defaults(None) if drop == "training" else full.training)
    assert p.graph.outputs() == ["y"]  # without "outputs": the nodes nothing consumes
    assert p.graph.nodes["h"].params == (catalog.get("Dense").defaults() if drop == "params"
                                         else full.graph.nodes["h"].params)
    assert p.graph.nodes["h"].inputs == ([] if drop == "inputs" else ["x"])


def test_unknown_fields_survive_a_save(tmp_path):
    doc = dict(EXAMPLE, teacher_notes={"week": 3}, plugin="x")
    p = Project.from_dict(doc)
    p.save(tmp_path / "a.deskdl")
    again = json.loads((tmp_path / "a.deskdl").read_text())
    assert again["teacher_notes"] == {"week": 3} and again["plugin"] == "x"
    assert Project.load(tmp_path / "a.deskdl").to_dict() == again


def test_version_0_is_migrated():
    doc = {"format": "deskdl-project", "version": 0, "model": {"layers": [
        {"id": "x", "type": "Input", "config": {"shape": [3]}},
        {"id": "d", "type": "Dense", "config": {"units": 4}, "inputs": ["x"]},
    ]}}
    p = Project.from_dict(doc)
    # Every node is migrated, the first one too (a migration that skipped it turned shape [3] into
    # the default [2] without a word).
    assert p.graph.nodes["x"].params == {"shape": [3]}
    assert p.graph.nodes["d"].params["units"] == 4 and p.graph.nodes["d"].inputs == ["x"]
    assert analyze(p.graph).nodes["d"].shape == (None, 4)
    assert p.to_dict()["version"] == 1  # needs nothing of version 2, so a version-1 deskdl reads it


def test_newer_version_is_refused_with_a_clear_message():
    with pytest.raises(ProjectError, match="newer deskdl"):
        Project.from_dict(dict(EXAMPLE, version=VERSION + 1))


def test_foreign_format_and_bad_json():
    with pytest.raises(ProjectError, match="not a deskdl project"):
        Project.from_dict(dict(EXAMPLE, format="something-else"))
    with pytest.raises(ProjectError, match="line 1, column"):
        Project.from_json("{bad")


def test_atomic_save_keeps_the_old_file_when_the_write_fails(tmp_path, monkeypatch):
    target = tmp_path / "p.deskdl"
    Project.from_dict(EXAMPLE).save(target)
    before = target.read_text()
    changed = Project.from_dict(dict(EXAMPLE, name="Changed"))

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ProjectError, match="could not be saved"):
        changed.save(target)
    assert target.read_text() == before
    assert [f.name for f in tmp_path.iterdir()] == ["p.deskdl"]  # no temp file left behind


# ---------------------------------------------------------------- settings (core)
def test_settings_round_trip_in_the_config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DESKDL_CONFIG_DIR", str(tmp_path / "cfg"))
    assert settings.get_device() == "auto"
    settings.set_device("gpu:1")
    assert settings.get_device() == "gpu:1"
    doc = json.loads((tmp_path / "cfg" / "settings.json").read_text())
    assert doc == {"version": 1, "values": {"device": "gpu:1"}}
    settings.set_device(None)
    assert settings.get_device() == "auto"


def test_damaged_settings_read_as_defaults(tmp_path, monkeypatch):
    monkeypatch.setenv("DESKDL_CONFIG_DIR", str(tmp_path))
    (tmp_path / "settings.json").write_text("{not json")
    assert settings.get_device() == "auto"
    settings.set("device", "cpu")
    assert settings.get("device") == "cpu"
