"""Run comparison: differing settings first, scores after, with the data set and a sweep's values."""

from __future__ import annotations

import pytest

from deskdl.core.compare import compare, flatten, run_settings


def rec(rid, lr, bs, val_loss, units=None, opt="Adam"):
    r = {"id": rid, "status": "finished", "epochs_run": 5, "duration_s": 1.0,
         "settings": {"optimizer": {"type": opt, "learning_rate": lr}, "batch_size": bs, "epochs": 5},
         "dataset": {"dataset": "circle", "params": {"noise": 0.1}},
         "final": {"loss": val_loss - 0.1, "val_loss": val_loss}, "test": {"accuracy": 0.9}}
    if units is not None:
        r["sweep"] = {"id": "sweep-1", "point": {"hidden_1.units": units}}
    return r


def test_flatten_and_run_settings():
    assert flatten({"a": {"b": 1, "c": {"d": 2}}, "e": [1]}) == {"a.b": 1, "a.c.d": 2, "e": [1]}
    s = run_settings(rec("r", 0.01, 32, 0.4, units=8))
    assert s["optimizer.learning_rate"] == 0.01 and s["data set"] == "circle" and s["data.noise"] == 0.1
    assert s["hidden_1.units"] == 8


def test_differences_first_then_scores():
    rows = compare([rec("a", 0.01, 32, 0.4, units=8), rec("b", 0.1, 32, 0.5, units=16)])
    settings = [r for r in rows if r.kind == "setting"]
    assert [r.name for r in settings if r.differs] == ["optimizer.learning_rate", "hidden_1.units"]
    assert settings[0].values == (0.01, 0.1) and not any(r.differs for r in settings[2:])
    scores = {r.name: r for r in rows if r.kind == "score"}
    assert scores["val_loss"].values == (0.4, 0.5) and scores["val_loss"].differs
    assert scores["test_accuracy"].values == (0.9, 0.9) and not scores["test_accuracy"].differs
    assert "val_accuracy" not in scores  # no run has it
    only = compare([rec("a", 0.01, 32, 0.4), rec("b", 0.01, 64, 0.4), rec("c", 0.01, 32, 0.4)],
                   only_differences=True)
    assert [r.name for r in only if r.kind == "setting"] == ["batch_size"]
    with pytest.raises(ValueError, match="at least two runs"):
        compare([rec("a", 0.01, 32, 0.4)])
