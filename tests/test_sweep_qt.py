"""The sweep panel with pytest-qt: plan text, runs on the Keras thread, sortable table, best run, CSV."""

from __future__ import annotations

import csv

import pytest

from deskdl.core.project import Project
from deskdl.ml.training import TrainingResult
from deskdl.paths import resource
from deskdl.qt.experiments.sweep_panel import SweepPanel
from deskdl.qt.workers import TrainingHost


def fake_train(job, reporter, control):
    """Final loss = the learning rate x 10 / batch size (best: small rate, big batch); lr 1 fails."""
    t = job.training
    lr, bs = t["optimizer"]["learning_rate"], t["batch_size"]
    if lr == 1.0:
        return TrainingResult("failed", record={"id": "", "status": "failed", "history": {}})
    loss = lr * 10 / bs
    rec = {"id": "", "status": "finished", "settings": dict(t), "epochs_run": 3, "duration_s": 0.01,
           "final": {"loss": loss * 0.9, "val_loss": loss},
           "history": {"loss": [1.0, 0.5, loss * 0.9], "val_loss": [1.1, 0.6, loss]}}
    return TrainingResult("finished", epochs_run=3, record=rec)


@pytest.fixture
def host():
    h = TrainingHost()
    yield h
    assert h.shutdown(10_000)


@pytest.fixture
def panel(qtbot, host, monkeypatch):
    import deskdl.ml.trainers as trainers

    monkeypatch.setattr(trainers, "run", fake_train)
    p = SweepPanel(Project.load(resource("templates", "mlp_2d.deskdl")), host)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    return p


def test_plan_text_counts_runs_and_explains_mistakes(panel):
    panel.settings_edit.setPlainText("learning_rate=log(1e-3,1e-1,3)\nbatch_size=16,64")
    assert len(panel.points) == 6 and panel.planned.text() == "6 runs planned (grid)."
    panel.random_n.setValue(4)
    assert len(panel.points) == 4 and "random" in panel.planned.text()
    panel.settings_edit.setPlainText("hidden_1.filters=1,2")
    assert panel.points == [] and "layer hidden_1 (Dense) has no setting 'filters'" in panel.planned.text()
    assert not panel.start_button.isEnabled()


def test_sweep_runs_fills_the_table_marks_the_best_and_exports(qtbot, panel, tmp_path):
    panel.settings_edit.setPlainText("learning_rate=0.1,1.0,0.01\nbatch_size=16,64")
    recorded = []
    panel.run_recorded.connect(recorded.append)
    assert panel.start()
    assert not panel.start_button.isEnabled() and panel.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.running, timeout=20_000)
    assert len(recorded) == 6 and [r["id"] for r in panel.project.runs] == [f"run-{i}" for i in range(1, 7)]
    assert all(r["sweep"]["id"] == "sweep-1" for r in panel.project.runs)
    assert panel.status.text() == "The sweep is done: 6 runs."
    assert [r["status"] for r in panel.rows].count("failed") == 2  # lr 1.0 fails; the sweep went on
    # best = lowest val_loss: lr 0.01, batch 64
    best = panel.rows[panel.best]
    assert (best["learning_rate"], best["batch_size"]) == (0.01, 64) and panel.best_run_id() == best["run"]
    cols = [panel.table.horizontalHeaderItem(j).text() for j in range(panel.table.columnCount())]
    assert cols[:4] == ["run", "status", "learning rate", "batch size"]
    bold = [panel.table.item(i, 0).font().bold() for i in range(panel.table.rowCount())]
    assert bold.count(True) == 1 and panel.table.item(bold.index(True), 0).text() == best["run"]
    # sorting by val_loss puts the best first and the failed (empty) last
    vcol = cols.index("val loss")
    panel.table.sortItems(vcol)
    assert panel.table.item(0, 0).text() == best["run"]
    assert panel.table.item(5, vcol).text() == ""
    assert panel.table.item(0, vcol).text() == f"{0.01 * 10 / 64:.4g}"
    # parallel coordinates: an axis per setting and score, a line per run that has values
    assert [a.name for a in panel.parallel.axes] == ["learning_rate", "batch_size", "val_loss", "loss"]
    assert panel.parallel.axes[0].log and panel.parallel.best == panel.best
    # a click opens that run's curves
    panel.table.cellClicked.emit(0, 0)
    assert panel.shown_run == best["run"] and len(panel.curves.series(best["run"], "loss", "train")) == 3
    panel.export_csv(tmp_path / "r.csv")
    with open(tmp_path / "r.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 6 and rows[0]["learning_rate"] == "0.1" and rows[0]["batch_size"] == "16"


def test_stop_the_rest_from_the_panel(qtbot, panel, monkeypatch):
    import deskdl.ml.trainers as trainers

    calls = []

    def slow(job, reporter, control):
        calls.append(1)
        if len(calls) == 1:
            panel.control.stop_rest()  # as a click would, while the first run trains
        return fake_train(job, reporter, control)

    monkeypatch.setattr(trainers, "run", slow)
    panel.settings_edit.setPlainText("learning_rate=0.1,0.2,0.3")
    panel.start()
    qtbot.waitUntil(lambda: not panel.running, timeout=20_000)
    assert len(calls) == 1 and panel.status.text() == "Stopped after 1 runs (2 not run)."


def test_train_tab_opens_a_sweep_lists_its_runs_and_compares_ticked(qtbot, host, monkeypatch):
    import deskdl.ml.trainers as trainers
    from deskdl.qt.train import TrainPanel

    monkeypatch.setattr(trainers, "run", fake_train)
    tp = TrainPanel(Project.load(resource("templates", "mlp_2d.deskdl")), host)
    qtbot.addWidget(tp)
    tp.set_tensorflow_ready(True)
    tp.show()
    changed = []
    tp.runs_changed.connect(lambda: changed.append(1))
    tp.sweep_button.click()
    sp = tp.sweep_window
    assert sp.isVisible() and sp.project is tp.project
    sp.settings_edit.setPlainText("learning_rate=0.1,0.01")
    sp.start()
    qtbot.waitUntil(lambda: not sp.running, timeout=20_000)
    assert tp.runs.run_ids() == ["run-2", "run-1"] and len(changed) == 2
    assert not tp.runs.is_checked("run-1")  # listed unticked: the plots stay readable
    tp.compare_button.click()
    assert tp.compare_window is None
    assert tp.status.text() == "Tick two or more runs in the list to compare them."
    tp.runs.set_checked("run-1", True)
    tp.runs.set_checked("run-2", True)
    tp.compare_button.click()
    cv = tp.compare_window
    assert cv.isVisible() and cv.differing() == ["optimizer.learning_rate"]
    assert [cv.table.horizontalHeaderItem(j).text() for j in range(2)] == ["run-1", "run-2"]
    assert cv.table.item(0, 0).text() == "0.1" and cv.table.item(0, 1).text() == "0.01"
    assert cv.table.item(0, 0).background().color().name() == "#ffecb3"
    assert len(cv.curves.series("run-2", "loss", "val")) == 3
    cv.only_diff.setChecked(True)
    assert [r.name for r in cv.rows if r.kind == "setting"] == ["optimizer.learning_rate"]
    sp.close()
    cv.close()
