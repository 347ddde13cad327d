"""``deskdl train`` through deskdl.ml.cli_train.run (the parser lives in cli.py)."""

from __future__ import annotations

import argparse
import json

import pytest

from deskdl.ml import cli_train
from tests.test_training import mlp


def _project(path, graph=None, data=None, **training):
    doc = {"format": "deskdl-project", "version": 1, "name": "Tiny spiral", "model": graph or mlp(),
           "data": data or {"dataset": "spiral", "params": {"samples": 200}},
           "training": {"epochs": 2, "batch_size": 32, "seed": 0, **training}}
    path.write_text(json.dumps(doc))
    return path


def _args(file, epochs=None, out=None, device=None):
    out = None if out is None else str(out)
    return argparse.Namespace(file=str(file), epochs=epochs, out=out, device=device)


@pytest.mark.keras
def test_train_good_project(tmp_path, capsys):
    proj = _project(tmp_path / "p.deskdl")
    code = cli_train.run(_args(proj, epochs=3, out=tmp_path / "run"))
    err = capsys.readouterr().err
    assert code == 0, err
    assert (tmp_path / "run" / "model.keras").exists()
    rows = (tmp_path / "run" / "metrics.csv").read_text().splitlines()
    assert rows[0].startswith("epoch,") and len(rows) == 4
    report = (tmp_path / "run" / "report.txt").read_text()
    assert "test accuracy" in report and "time:" in report
    assert "epoch 3/3" in err and "Keras" not in err


def test_default_out_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    proj = _project(tmp_path / "p.deskdl")
    assert cli_train.run(_args(proj, epochs=1)) == 0
    assert (tmp_path / "Tiny-spiral-run" / "report.txt").exists()


def _one_error_line(capsys, file):
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"deskdl: error: {file}: "), err
    return err[0]


def test_missing_file(tmp_path, capsys):
    f = tmp_path / "none.deskdl"
    assert cli_train.run(_args(f)) == 2
    assert "no such file" in _one_error_line(capsys, f)


def test_bad_project(tmp_path, capsys):
    f = tmp_path / "bad.deskdl"
    f.write_text("{not json")
    assert cli_train.run(_args(f)) == 2
    assert "not valid JSON" in _one_error_line(capsys, f)


def test_dataset_missing(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "kh"))
    f = _project(tmp_path / "m.deskdl", data={"dataset": "mnist"})
    assert cli_train.run(_args(f)) == 2
    assert "MNIST" in _one_error_line(capsys, f)


@pytest.mark.keras
def test_data_model_mismatch(tmp_path, capsys):
    f = _project(tmp_path / "mm.deskdl", data={"dataset": "digits"})
    assert cli_train.run(_args(f, out=tmp_path / "o")) == 2
    line = _one_error_line(capsys, f)
    assert "set the Input shape to (8, 8, 1)" in line


def test_bad_epochs(tmp_path, capsys):
    f = _project(tmp_path / "p.deskdl")
    assert cli_train.run(_args(f, epochs=0)) == 2
    assert "--epochs" in _one_error_line(capsys, f)
