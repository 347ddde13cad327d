"""``deskdl generate`` and ``deskdl train`` on a sequence-generation project (issue 13)."""

from __future__ import annotations

import json

import pytest

from deskdl import cli


@pytest.fixture
def char_project(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("abcabcabd\n" * 60)
    doc = {
        "format": "deskdl-project", "version": 2, "name": "chars", "kind": "sequence_generation",
        "model": {"nodes": [
            {"id": "chars", "type": "Input", "params": {"shape": [8]}},
            {"id": "emb", "type": "Embedding", "params": {"input_dim": 5, "output_dim": 8},
             "inputs": ["chars"]},
            {"id": "gru", "type": "GRU", "params": {"units": 16}, "inputs": ["emb"]},
            {"id": "out", "type": "Dense", "params": {"units": 5, "activation": "softmax"},
             "inputs": ["gru"]}]},
        "data": {"dataset": "text_file", "params": {"path": str(text), "seq_len": 8, "step": 1}},
        "training": {"optimizer": {"type": "Adam", "learning_rate": 0.02}, "epochs": 2, "batch_size": 32,
                     "loss": "sparse_categorical_crossentropy", "metrics": ["accuracy"], "seed": 3},
        "algorithm": {"temperatures": "0.5", "sample_length": 15, "prime": "abc"},
    }
    path = tmp_path / "chars.deskdl"
    path.write_text(json.dumps(doc))
    return path


def test_train_writes_the_model_and_metrics_then_generate_prints_text(char_project, tmp_path, capsys):
    out = tmp_path / "run"
    assert cli.main(["train", str(char_project), "--out", str(out), "--device", "cpu"]) == 0
    assert (out / "model.keras").is_file()
    header = (out / "metrics.csv").read_text().splitlines()[0].split(",")
    assert "bpc" in header and "val_bpc" in header
    capsys.readouterr()
    args = ["generate", str(char_project), "--model", str(out / "model.keras"), "--prime", "abca",
            "--length", "20", "--temperature", "0", "--device", "cpu"]
    assert cli.main(args) == 0
    first = capsys.readouterr().out
    assert first.startswith("abca") and len(first) == 4 + 20 + 1 and set(first) <= set("abcd\n")
    assert cli.main(args) == 0 and capsys.readouterr().out == first  # greedy: the same text again
    sampled = [*args[:-4], "--temperature", "1.5", "--seed", "4", "--device", "cpu"]
    assert cli.main(sampled) == 0
    assert len(capsys.readouterr().out) == 25


def test_generate_says_what_is_missing_in_one_line(char_project, tmp_path, capsys):
    assert cli.main(["generate", str(char_project)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "there is no trained model at" in err[0] and "chars.trained.keras" in err[0]
    assert cli.main(["generate", str(char_project), "--temperature", "-1"]) == 2
    assert "--temperature must be from 0 (greedy) to 5" in capsys.readouterr().err
    other = tmp_path / "mlp.deskdl"
    other.write_text(json.dumps({"format": "deskdl-project", "version": 1, "name": "m", "model": {"nodes": [
        {"id": "x", "type": "Input", "params": {"shape": [2]}},
        {"id": "y", "type": "Dense", "params": {"units": 2}, "inputs": ["x"]}]}}))
    assert cli.main(["generate", str(other)]) == 2
    assert "this is a supervised model project" in capsys.readouterr().err
