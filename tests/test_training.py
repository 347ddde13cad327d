"""The training runner without Qt: life cycle, control, failures, real short runs."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from deskdl.core.project import Project
from deskdl.ml.training import ListReporter, TrainingControl, TrainingJob, add_run_to_project, run_training

pytestmark = pytest.mark.keras


def mlp(units=(16, 16), act="relu", shape=(2,), out=2, out_act="softmax"):
    nodes = [{"id": "in", "type": "Input", "params": {"shape": list(shape)}}]
    prev = "in"
    for i, u in enumerate(units):
        nodes.append({"id": f"h{i}", "type": "Dense", "params": {"units": u, "activation": act},
                      "inputs": [prev]})
        prev = f"h{i}"
    nodes.append({"id": "out", "type": "Dense", "params": {"units": out, "activation": out_act},
                  "inputs": [prev]})
    return {"nodes": nodes}


def spiral_job(**training):
    t = {"optimizer": {"type": "Adam", "learning_rate": 0.01}, "epochs": 150, "batch_size": 16,
         "validation_split": 0.0, "seed": 0}
    t.update(training)
    return TrainingJob(graph=mlp(), data={"dataset": "spiral", "params": {}}, training=t)


def test_spiral_mlp_reaches_95_percent():
    rep = ListReporter()
    r = run_training(spiral_job(), rep)
    assert r.status == "finished", r.error and r.error.details
    assert r.test["accuracy"] >= 0.95
    assert r.steps_per_execution > 1 and r.epochs_run == 150
    assert len(rep.named("epoch_ended")) == 150 and len(rep.named("run_finished")) == 1
    probes = rep.named("probe")
    assert probes and probes[-1][0][0]["values"].shape == (64, 64, 2)
    info = rep.named("run_started")[0][0][0]
    assert info["x_train"].shape[1] == 2 and info["extent"] == [-1.2, 1.2, -1.2, 1.2]
    lr = [a[1]["learning_rate"] for a, _ in rep.named("epoch_ended")]
    assert lr[0] == pytest.approx(0.01)


def test_digits_cnn_reaches_97_percent():
    graph = {"nodes": [
        {"id": "in", "type": "Input", "params": {"shape": [8, 8, 1]}},
        {"id": "c1", "type": "Conv2D", "params": {"filters": 32, "kernel_size": [3, 3], "padding": "same",
                                                   "activation": "relu"}, "inputs": ["in"]},
        {"id": "p1", "type": "MaxPooling2D", "params": {}, "inputs": ["c1"]},
        {"id": "c2", "type": "Conv2D", "params": {"filters": 64, "kernel_size": [3, 3], "padding": "same",
                                                   "activation": "relu"}, "inputs": ["p1"]},
        {"id": "f", "type": "Flatten", "params": {}, "inputs": ["c2"]},
        {"id": "d", "type": "Dense", "params": {"units": 64, "activation": "relu"}, "inputs": ["f"]},
        {"id": "out", "type": "Dense", "params": {"units": 10, "activation": "softmax"}, "inputs": ["d"]}]}
    job = TrainingJob(graph=graph, data={"dataset": "digits", "params": {}},
                      training={"optimizer": {"type": "Adam", "learning_rate": 0.003}, "epochs": 12,
                                "batch_size": 32, "validation_split": 0.1, "seed": 0})
    r = run_training(job)
    assert r.status == "finished", r.error and r.error.details
    assert r.test["accuracy"] >= 0.97, r.test
    assert "val_accuracy" in r.final


def _run_in_thread(job, rep, control):
    out = {}
    th = threading.Thread(target=lambda: out.setdefault("r", run_training(job, rep, control)))
    th.start()
    return th, out


def test_stop_within_one_execution():
    control = TrainingControl()
    seen = {}

    def on_event(name, args, kw):
        if name == "epoch_ended" and args[0] == 2 and "batches" not in seen:
            seen["batches"] = None
            control.stop()

    rep = ListReporter(on_event)
    # stop from another thread too, while a batch is running
    job = spiral_job(epochs=500)
    r = run_training(job, rep, control)
    assert r.status == "stopped" and r.epochs_run <= 4
    steps = rep.named("run_started")[0][0][0]["steps_per_epoch"]
    assert r.batches_run - 3 * steps <= r.steps_per_execution


def test_stop_from_another_thread_is_quick():
    control = TrainingControl()
    first_batch = threading.Event()
    rep = ListReporter(lambda n, a, k: n == "batch_ended" and first_batch.set())
    th, out = _run_in_thread(spiral_job(epochs=100000), rep, control)
    assert first_batch.wait(60)
    time.sleep(0.3)
    before = rep.named("batch_ended")[-1][1]["batches"]
    t = time.perf_counter()
    control.stop()
    th.join(30)
    assert not th.is_alive() and time.perf_counter() - t < 5
    r = out["r"]
    assert r.status == "stopped"
    # after stop() returns, at most the execution in flight (plus one reported just before) runs
    assert r.batches_run - before <= 2 * r.steps_per_execution


def test_pause_resume_and_single_step():
    control = TrainingControl()
    paused_at = {}

    def on_event(name, args, kw):
        if name == "epoch_ended" and args[0] == 1 and not paused_at:
            paused_at["t"] = True
            control.pause()

    rep = ListReporter(on_event)
    th, out = _run_in_thread(spiral_job(epochs=20, batch_size=16), rep, control)
    deadline = time.time() + 60
    while not control.is_paused() and time.time() < deadline:
        time.sleep(0.01)
    time.sleep(0.3)
    n0 = len(rep.named("batch_ended"))
    b0 = rep.named("batch_ended")[-1][1]["batches"]
    time.sleep(0.3)
    assert len(rep.named("batch_ended")) == n0, "no batches while paused"
    for i in range(1, 4):
        control.step()
        t = time.time()
        while rep.named("batch_ended")[-1][1]["batches"] < b0 + i and time.time() - t < 30:
            time.sleep(0.01)
        time.sleep(0.15)
        assert rep.named("batch_ended")[-1][1]["batches"] == b0 + i, "exactly one batch per step"
        assert control.is_paused()
    control.resume()
    th.join(60)
    r = out["r"]
    assert r.status == "finished" and r.epochs_run == 20, r.error and r.error.details
    assert len(r.history["loss"]) == 20


def test_stop_while_paused():
    control = TrainingControl()
    rep = ListReporter(lambda n, a, k: n == "epoch_ended" and control.pause())
    th, out = _run_in_thread(spiral_job(epochs=50), rep, control)
    t = time.time()
    while not control.is_paused() and time.time() - t < 60:
        time.sleep(0.01)
    control.stop()
    th.join(30)
    assert out["r"].status == "stopped"


def test_nan_loss_stops_with_explanation():
    job = TrainingJob(graph=mlp(out=1, out_act="linear"), data={"dataset": "regression_gaussian"},
                      training={"optimizer": {"type": "SGD", "learning_rate": 1e6},
                                "loss": "mean_squared_error", "metrics": ["mae"], "epochs": 50,
                                "batch_size": 16, "seed": 0})
    rep = ListReporter()
    r = run_training(job, rep)
    assert r.status == "failed" and r.error.kind in ("nan", "exploding")
    assert "learning rate" in r.error.text
    failed = rep.named("run_failed")
    assert len(failed) == 1 and failed[0][0][0] is r.error
    assert r.epochs_run < 50


def test_mismatch_and_build_errors_are_reported():
    bad = TrainingJob(graph=mlp(shape=(3,)), data={"dataset": "spiral"}, training={"epochs": 1})
    r = run_training(bad)
    assert r.status == "failed" and r.error.kind == "mismatch"
    assert "set the Input shape to (2,)" in r.error.text
    broken = TrainingJob(graph={"nodes": [{"id": "in", "type": "Input", "params": {"shape": [2]}},
                                          {"id": "d", "type": "Dense", "params": {"units": 2}}]},
                         data={"dataset": "spiral"}, training={"epochs": 1})
    r = run_training(broken)
    assert r.status == "failed" and r.error.kind in ("build", "mismatch")


def test_unexpected_error_gives_details():
    class Boom(ListReporter):
        def run_started(self, info):
            raise RuntimeError("reporter broke")

    rep = Boom()
    r = run_training(spiral_job(epochs=1), rep)
    assert r.status == "failed" and r.error.kind == "error"
    assert "reporter broke" in r.error.text and "Traceback" in r.error.details
    assert len(rep.named("run_failed")) == 1


def test_early_stopping_restores_the_best_weights_and_keeps_the_history():
    job = spiral_job(epochs=300, validation_split=0.2, schedule={"type": "cosine_decay"},
                     early_stopping={"enabled": True, "monitor": "val_loss", "patience": 3,
                                     "restore_best_weights": True})
    r = run_training(job)
    assert r.status == "early_stopped" and r.epochs_run < 300
    val = r.history["val_loss"]
    best = int(np.argmin(val))
    assert best == r.epochs_run - 4  # patience 3: three worse epochs after the best, then the stop (as Keras)
    # The model handed back holds the best epoch's weights, not the last epoch's.
    from deskdl.ml import datasets

    prepared = datasets.prepare(datasets.load_config(job.data), job.training)
    score = r.model.evaluate(prepared.x_val, prepared.y_val, verbose=0, return_dict=True)
    assert score["loss"] == pytest.approx(val[best], rel=1e-4)
    assert score["loss"] != pytest.approx(val[-1], rel=1e-4)
    lrs = r.history["learning_rate"]
    assert lrs[-1] < lrs[0]
    project = Project()
    rec = add_run_to_project(project, r)
    assert rec["id"] == "run-1" and project.runs[0]["settings"]["epochs"] == 300
    assert rec["final"]["val_loss"] == pytest.approx(r.final["val_loss"])
    assert len(rec["history"]["loss"]) == r.epochs_run


@pytest.mark.parametrize("opt", ["SGD", "Adagrad", "RMSprop", "AdamW", "Adadelta"])
def test_every_optimizer_runs(opt):
    extra = {"momentum": 0.9, "nesterov": True} if opt == "SGD" else {}
    job = spiral_job(epochs=2, optimizer={"type": opt, "learning_rate": 0.01, **extra}, clipnorm=1.0,
                     schedule={"type": "step_decay"})
    r = run_training(job)
    assert r.status == "finished", r.error and r.error.details


def test_initial_weights_continue_training():
    first = run_training(spiral_job(epochs=3))
    w = first.model.get_weights()
    job = TrainingJob(graph=mlp(), data={"dataset": "spiral"}, training={"epochs": 1, "seed": 0},
                      initial_weights=w)
    second = run_training(job)
    assert second.status == "finished"
    bad = TrainingJob(graph=mlp(units=(4,)), data={"dataset": "spiral"}, training={"epochs": 1},
                      initial_weights=w)
    r = run_training(bad)
    assert r.status == "failed" and "weights do not fit" in r.error.text


def test_job_is_a_snapshot():
    t = {"epochs": 3}
    job = TrainingJob(graph=mlp(), training=t)
    t["epochs"] = 99
    assert job.training["epochs"] == 3 and np.isscalar(job.training["batch_size"])


def test_grouping_divides_the_epoch_so_no_extra_batches_run():
    from deskdl.ml.training import divisor_at_most

    assert divisor_at_most(16, 36) == 12
    assert divisor_at_most(25, 25) == 25
    assert divisor_at_most(10, 37) == 1
    assert divisor_at_most(0, 8) == 1
    job = spiral_job(epochs=3)
    job = TrainingJob(graph=job.graph, data=job.data, training=job.training, steps_per_execution=16,
                      keep_model=True)
    r = run_training(job)
    steps = r.batches_run // 3
    assert r.steps_per_execution <= 16 and steps % r.steps_per_execution == 0
    assert int(r.model.optimizer.iterations.numpy()) == 3 * steps


class _Clock:
    """Stands in for the ``time`` module: every predict call seems to take ``step`` seconds."""

    def __init__(self, step: float) -> None:
        self.now, self.step = 0.0, step

    def perf_counter(self) -> float:
        self.now += self.step  # each reading is one step later: every timed call took one step
        return self.now


@pytest.mark.parametrize("steps, expected", [(36, 12), (37, 1), (16, 16), (8, 8), (1, 1)])
def test_automatic_grouping_divides_the_steps_of_an_epoch(monkeypatch, steps, expected):
    from deskdl.ml import training

    monkeypatch.setattr(training, "time", _Clock(0.001))
    calls = []
    job = TrainingJob(graph=mlp(), training={"epochs": 1})
    assert job.steps_per_execution == "auto"
    chunk = np.zeros((64, 2), np.float32)
    # 0.001 s per chunk of 64 = 4 batches of 16; a training step counts as 6 forward passes:
    # 0.0015 s per batch, so 0.025 s of work is 16 batches, cut to the largest divisor of the steps.
    spe = training._choose_spe(job, lambda x: calls.append(len(x)), chunk, 16, steps)
    assert spe == expected and steps % spe == 0
    if steps > 1:
        assert calls == [1, 16, 16, 64, 64, 64]  # traced on one row, one batch twice, the chunk three times


def test_automatic_grouping_stops_at_one_batch_that_is_already_too_long(monkeypatch):
    from deskdl.ml import training

    monkeypatch.setattr(training, "time", _Clock(0.01))  # one batch 0.01 s: a step 0.06 s > 2 x 0.025
    calls = []
    job = TrainingJob(graph=mlp(), training={"epochs": 1})
    spe = training._choose_spe(job, lambda x: calls.append(len(x)), np.zeros((64, 2), np.float32), 16, 36)
    assert spe == 1 and calls == [1, 16, 16]  # the chunk was never timed
