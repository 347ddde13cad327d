"""A run's metrics as TensorBoard event files (read back with TensorFlow's summary reader) and CSV."""

from __future__ import annotations

import csv
import math

import pytest

from deskdl.ml import tboard

HISTORY = {"epoch": [1, 2, 3], "loss": [0.9, 0.5, 0.3], "accuracy": [0.6, 0.8, 0.9],
           "val_loss": [1.0, 0.6, None], "val_accuracy": [0.5, 0.7, 0.85], "lr": [0.01, 0.01, 0.005]}


@pytest.mark.keras
def test_event_files_read_back_with_tensorflows_reader(tmp_path):
    files = tboard.write_tensorboard(HISTORY, tmp_path)
    assert {f.parent.name for f in files} == {"train", "validation"}
    assert all(f.name.startswith("events.out.tfevents.") for f in files)
    got = tboard.read_tensorboard(tmp_path)
    loss = got["train"]["epoch_loss"]
    assert [s for s, _ in loss] == [0, 1, 2] and [v for _, v in loss] == pytest.approx([0.9, 0.5, 0.3])
    assert [v for _, v in got["train"]["epoch_learning_rate"]] == pytest.approx([0.01, 0.01, 0.005])
    val = got["validation"]["epoch_loss"]  # the missing third value is skipped
    assert [s for s, _ in val] == [0, 1] and [v for _, v in val] == pytest.approx([1.0, 0.6])
    assert [s for s, _ in got["validation"]["epoch_accuracy"]] == [0, 1, 2]
    assert "epoch_epoch" not in got["train"]


@pytest.mark.keras
def test_the_scalars_plugin_metadata_is_there(tmp_path):
    import tensorflow as tf

    tboard.write_tensorboard({"loss": [float("nan"), 1.0]}, tmp_path)
    (f,) = (tmp_path / "train").iterdir()
    values = [v for e in tf.compat.v1.train.summary_iterator(str(f)) for v in e.summary.value]
    assert [v.metadata.plugin_data.plugin_name for v in values] == ["scalars", "scalars"]
    assert math.isnan(float(tf.make_ndarray(values[0].tensor)))


def test_csv(tmp_path):
    path = tboard.write_csv(HISTORY, tmp_path / "m.csv")
    with open(path, newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["epoch", "loss", "accuracy", "val_loss", "val_accuracy", "lr"]
    assert rows[3] == ["3", "0.3", "0.9", "", "0.85", "0.005"]


@pytest.mark.keras
def test_train_tab_exports_a_run(qtbot, tmp_path):
    from deskdl.core.project import Project
    from deskdl.qt.train import TrainPanel
    from deskdl.qt.workers import TrainingHost

    host = TrainingHost()
    project = Project()
    project.runs = [{"id": "run-1", "status": "finished", "history": HISTORY}]
    panel = TrainPanel(project, host)
    qtbot.addWidget(panel)
    try:
        assert panel.export_run("run-1", "csv", str(tmp_path / "m.csv")) == str(tmp_path / "m.csv")
        assert (tmp_path / "m.csv").read_text().startswith("epoch,loss,accuracy")
        assert panel.status.text() == f"Wrote run-1's metrics to {tmp_path / 'm.csv'}."
        with qtbot.waitSignal(host.worker.call_finished, timeout=60_000):
            panel.export_run("run-1", "tensorboard", str(tmp_path))
        assert "tensorboard --logdir" in panel.status.text()
        got = tboard.read_tensorboard(tmp_path / "run-1")
        assert len(got["train"]["epoch_loss"]) == 3
        assert panel.export_run("run-9", "csv", str(tmp_path / "x.csv")) is None
    finally:
        assert host.shutdown(30_000)
