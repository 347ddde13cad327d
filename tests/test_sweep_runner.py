"""The sweep runner (order, one failed run, stop, stop the rest, time budget) and ``deskdl sweep``."""

from __future__ import annotations

import csv
import json

import pytest

from deskdl.core.project import Project
from deskdl.ml.sweep import SweepControl, run_sweep
from deskdl.ml.training import TrainingResult
from deskdl.paths import resource


def _project():
    return Project.load(resource("templates", "mlp_2d.deskdl"))


class FakeTrain:
    """Stands in for the trainer: records what each job asked for; fails or stops on request."""

    def __init__(self, fail_lr=None, on_call=None):
        self.jobs = []
        self.fail_lr = fail_lr
        self.on_call = on_call

    def __call__(self, job, reporter, control):
        self.jobs.append(job)
        if self.on_call:
            self.on_call(len(self.jobs), control)
        lr = job.training["optimizer"]["learning_rate"]
        if lr == self.fail_lr:
            raise RuntimeError("boom")  # the real trainer never raises: the runner must cope anyway
        status = "stopped" if control.stop_requested else "finished"
        rec = {"id": "", "status": status, "settings": dict(job.training), "epochs_run": 2, "duration_s": 0.1,
               "final": {"loss": lr}, "history": {"loss": [1.0, lr]}}
        return TrainingResult(status, epochs_run=2, record=rec)


def test_runs_in_order_each_a_normal_run_in_the_history():
    p = _project()
    p.runs = [{"id": "run-4", "status": "finished", "history": {}}]
    train = FakeTrain()
    seen = []
    out = run_sweep(p, [{"learning_rate": 0.1}, {"learning_rate": 0.01, "hidden_1.units": 4}], train=train,
                    on_run_ended=lambda i, r: seen.append((i, r["id"])))
    assert [j.training["optimizer"]["learning_rate"] for j in train.jobs] == [0.1, 0.01]
    units = [j.graph["nodes"][1]["params"]["units"] for j in train.jobs]
    assert units == [16, 4]
    assert seen == [(0, "run-5"), (1, "run-6")]
    assert [r["id"] for r in p.runs] == ["run-4", "run-5", "run-6"]
    assert p.runs[-1]["sweep"] == {"id": "sweep-1", "index": 1,
                                   "point": {"learning_rate": 0.01, "hidden_1.units": 4}}
    assert out.ended == "done" and out.sweep_id == "sweep-1"
    assert p.graph.node("hidden_1").params["units"] == 16  # the project itself keeps its settings


def test_one_failed_run_does_not_stop_the_sweep():
    p = _project()
    out = run_sweep(p, [{"learning_rate": v} for v in (0.1, 0.5, 0.01)], train=FakeTrain(fail_lr=0.5))
    assert [r["status"] for r in out.records] == ["finished", "failed", "finished"]
    assert out.records[1]["error"] == "RuntimeError: boom" and out.ended == "done"
    bad = run_sweep(p, [{"gone.units": 3}, {"learning_rate": 0.2}], train=FakeTrain())
    assert [r["status"] for r in bad.records] == ["failed", "finished"] and bad.sweep_id == "sweep-2"
    assert "no layer 'gone'" in bad.records[0]["error"]


def test_stop_ends_the_run_under_way_and_the_rest():
    control = SweepControl()
    train = FakeTrain(on_call=lambda n, c: control.stop() if n == 2 else None)
    points = [{"learning_rate": v} for v in (0.1, 0.2, 0.3, 0.4)]
    out = run_sweep(_project(), points, train=train, control=control)
    assert [r["status"] for r in out.records] == ["finished", "stopped"]
    assert out.ended == "stopped" and out.skipped == 2


def test_stop_the_rest_lets_the_current_run_finish():
    control = SweepControl()
    train = FakeTrain(on_call=lambda n, c: control.stop_rest() if n == 1 else None)
    out = run_sweep(_project(), [{"learning_rate": v} for v in (0.1, 0.2, 0.3)], train=train, control=control)
    assert [r["status"] for r in out.records] == ["finished"] and out.skipped == 2


def test_time_budget():
    out = run_sweep(_project(), [{"learning_rate": v} for v in (0.1, 0.2)], train=FakeTrain(), max_seconds=0)
    assert out.records == [] and out.ended == "budget" and out.skipped == 2


@pytest.mark.keras
def test_cli_sweep_writes_results_csv(tmp_path, capsys):
    from deskdl.cli import main

    project = tmp_path / "p.deskdl"
    project.write_text(resource("templates", "mlp_2d.deskdl").read_text())
    out = tmp_path / "out"
    code = main(["sweep", str(project), "--set", "learning_rate=0.01,100", "--set", "hidden_1.units=4",
                 "--epochs", "2", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 0, err
    with open(out / "results.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["run"], r["learning_rate"], r["hidden_1.units"]) for r in rows] == \
        [("run-1", "0.01", "4"), ("run-2", "100", "4")]
    assert rows[0]["status"] == "finished" and float(rows[0]["loss"]) > 0 and rows[0]["epochs"] == "2"
    assert rows[1]["status"] == "failed"  # the loss explodes: recorded, and the sweep went on
    records = json.loads((out / "runs.json").read_text())
    assert len(records[0]["history"]["loss"]) == 2
    assert "2 runs in" in err and "best val_loss" in err
    assert Project.load(project).runs == []  # the project file is not changed


def test_cli_sweep_bad_input_is_one_line(tmp_path, capsys):
    from deskdl.cli import main

    project = tmp_path / "p.deskdl"
    project.write_text(resource("templates", "mlp_2d.deskdl").read_text())
    assert main(["sweep", str(project), "--set", "speed=1,2"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "unknown setting 'speed'" in err
    assert main(["sweep", str(project)]) == 2
    assert "name at least one setting to vary" in capsys.readouterr().err
