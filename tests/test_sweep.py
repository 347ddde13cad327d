"""Sweeps: expansion (values, linear and log ranges, grid, random with seed, budget), settings, CSV."""

from __future__ import annotations

import csv

import pytest

from deskdl.core import sweep
from deskdl.core.project import Project
from deskdl.core.sweep import Axis, SweepError, SweepPlan, expand, parse_set, parse_values
from deskdl.paths import resource


def test_values_lists_and_types():
    assert parse_values("lr", "0.001, 0.01,0.1").values == (0.001, 0.01, 0.1)
    assert parse_values("bs", "16,32,16").values == (16, 32)  # a repeated value runs once
    assert parse_values("opt", "Adam,SGD").values == ("Adam", "SGD")
    assert parse_values("b", "true,none").values == (True, None)


def test_linear_and_log_ranges():
    assert parse_values("units", "lin(16,64,4)").values == (16, 32, 48, 64)
    assert parse_values("rate", "lin(0,0.5,3)").values == (0.0, 0.25, 0.5)
    assert parse_values("lr", "log(1e-4,1e-1,4)").values == (0.0001, 0.001, 0.01, 0.1)
    assert parse_values("lr", "LOG(0.001, 0.1, 3)").values == (0.001, 0.01, 0.1)
    cont = parse_values("lr", "log(1e-4,1e-1)")
    assert cont.continuous and cont.scale == "log" and (cont.low, cont.high) == (1e-4, 1e-1)


@pytest.mark.parametrize("text, words", [
    ("", "no values given for x"),
    ("log(0,1,3)", "a log range needs ends above 0"),
    ("lin(1,2,0)", "the count in lin(1,2,0) must be a whole number of at least 1"),
    ("lin(a,2,3)", "the ends of lin(a,2,3) must be numbers"),
    ("range(1,2)", "cannot read 'range(1,2)'"),
])
def test_bad_values_say_what_and_how(text, words):
    with pytest.raises(SweepError) as e:
        parse_values("x", text)
    assert words in e.value.text and ":" in e.value.text


def test_parse_set():
    a = parse_set("learning_rate=0.1,0.2")
    assert a.name == "learning_rate" and a.values == (0.1, 0.2)
    with pytest.raises(SweepError, match="has no '='"):
        parse_set("learning_rate")


def test_grid_is_every_combination_in_order_and_cut_to_the_budget():
    plan = SweepPlan([Axis("a", (1, 2)), Axis("b", ("x", "y", "z"))])
    pts = expand(plan)
    assert pts == [{"a": 1, "b": "x"}, {"a": 1, "b": "y"}, {"a": 1, "b": "z"},
                   {"a": 2, "b": "x"}, {"a": 2, "b": "y"}, {"a": 2, "b": "z"}]
    plan.max_runs = 4
    assert expand(plan) == pts[:4]


def test_grid_refuses_ranges_without_a_count_and_repeated_names():
    with pytest.raises(SweepError, match="only random search can use"):
        expand(SweepPlan([parse_values("lr", "log(1e-4,1e-1)")]))
    with pytest.raises(SweepError, match="a is set twice"):
        expand(SweepPlan([Axis("a", (1,)), Axis("a", (2,))]))
    with pytest.raises(SweepError, match="more than 1000"):
        expand(SweepPlan([Axis("a", tuple(range(40))), Axis("b", tuple(range(40)))]))


def test_random_search_is_reproducible_and_stays_in_range():
    axes = [parse_values("lr", "log(1e-4,1e-1)"), parse_values("units", "lin(8,64)"),
            parse_values("opt", "Adam,SGD")]
    a = expand(SweepPlan(axes, random_n=50, seed=3))
    assert a == expand(SweepPlan(axes, random_n=50, seed=3))
    assert a != expand(SweepPlan(axes, random_n=50, seed=4))
    assert len(a) == 50
    assert all(1e-4 <= p["lr"] <= 1e-1 and 8 <= p["units"] <= 64 and isinstance(p["units"], int) for p in a)
    assert {p["opt"] for p in a} == {"Adam", "SGD"}
    # log-uniform: about a third of the draws in each decade
    low = sum(p["lr"] < 1e-3 for p in a)
    assert 8 <= low <= 26
    assert len(expand(SweepPlan(axes, random_n=50, seed=3, max_runs=7))) == 7


def _project():
    return Project.load(resource("templates", "mlp_2d.deskdl"))


def test_settings_reach_training_layers_and_algorithm():
    p = _project()
    q = sweep.apply_point(p, {"learning_rate": 0.1, "batch_size": 8, "optimizer": "SGD",
                              "hidden_1.units": 4, "training.early_stopping.patience": 2,
                              "algorithm.beta": 1})
    assert q.training["optimizer"] == {"type": "SGD", "learning_rate": 0.1}
    assert q.training["batch_size"] == 8 and q.training["early_stopping"]["patience"] == 2
    assert q.graph.node("hidden_1").params["units"] == 4 and q.algorithm == {"beta": 1}
    assert p.graph.node("hidden_1").params["units"] == 16 and p.training["optimizer"]["learning_rate"] == 0.01


@pytest.mark.parametrize("name, words", [
    ("hidden_9.units", "there is no layer 'hidden_9' in the model"),
    ("hidden_1.filters", "layer hidden_1 (Dense) has no setting 'filters'"),
    ("speed", "unknown setting 'speed'"),
])
def test_unknown_names_are_refused_with_the_names_there_are(name, words):
    with pytest.raises(SweepError) as e:
        sweep.check_names(_project(), [name])
    assert words in e.value.text


def test_result_rows_best_and_csv(tmp_path):
    recs = [
        {"id": "run-1", "status": "finished", "epochs_run": 3, "duration_s": 1.5,
         "final": {"loss": 0.5, "val_loss": 0.6},
         "history": {"loss": [0.9, 0.6, 0.5], "val_loss": [0.8, 0.55, 0.6]},
         "sweep": {"id": "sweep-1", "point": {"learning_rate": 0.01}}},
        {"id": "run-2", "status": "failed", "epochs_run": 0, "duration_s": 0.2, "final": {}, "history": {},
         "sweep": {"id": "sweep-1", "point": {"learning_rate": 10.0}}},
        {"id": "run-3", "status": "finished", "epochs_run": 3, "duration_s": 1.4,
         "final": {"loss": 0.3, "val_loss": 0.4},
         "history": {"loss": [0.7, 0.4, 0.3], "val_loss": [0.6, 0.45, 0.4]},
         "sweep": {"id": "sweep-1", "point": {"learning_rate": 0.1}}},
    ]
    rows = sweep.result_rows(recs, ["learning_rate"])
    assert rows[0] == {"run": "run-1", "status": "finished", "learning_rate": 0.01, "loss": 0.5,
                       "best_loss": 0.5, "val_loss": 0.6, "best_val_loss": 0.55, "epochs": 3, "time_s": 1.5}
    assert rows[1]["val_loss"] is None
    assert sweep.default_metric(rows) == "val_loss" and sweep.best_row(rows, "val_loss") == 2
    sweep.write_csv(tmp_path / "r.csv", rows)
    with open(tmp_path / "r.csv", newline="") as fh:
        got = list(csv.reader(fh))
    assert got[0] == ["run", "status", "learning_rate", "loss", "best_loss", "val_loss", "best_val_loss",
                      "epochs", "time_s"]
    assert got[2] == ["run-2", "failed", "10", "", "", "", "", "0", "0.2"]


def test_parallel_axes_scale_numbers_log_rates_and_categories():
    rows = [{"learning_rate": 0.001, "optimizer": "Adam", "val_loss": 0.5},
            {"learning_rate": 0.1, "optimizer": "SGD", "val_loss": 0.3},
            {"learning_rate": 0.01, "optimizer": "Adam", "val_loss": None}]
    lr, opt, vl = sweep.parallel_axes(rows, ["learning_rate", "optimizer", "val_loss"])
    assert lr.log and lr.positions == pytest.approx((0.0, 1.0, 0.5))
    assert lr.ticks == ((0.0, "0.001"), (1.0, "0.1"))
    assert opt.positions == (0.0, 1.0, 0.0) and opt.ticks == ((0.0, "Adam"), (1.0, "SGD"))
    assert vl.positions[:2] == pytest.approx((1.0, 0.0)) and vl.positions[2] is None and not vl.log
    (one,) = sweep.parallel_axes([{"u": 4}, {"u": 4}], ["u"])
    assert one.positions == (0.5, 0.5)
