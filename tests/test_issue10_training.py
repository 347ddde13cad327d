"""Issue 10: training settings checked up front, and a loss that explodes at once is caught."""

from __future__ import annotations

import math

import pytest

from deskdl.core.training import MAX_SEED, check_training, training_with_defaults


def _problems(**changes):
    cfg = training_with_defaults(None)
    opt = changes.pop("optimizer", None)
    if opt:
        cfg["optimizer"].update(opt)
    cfg.update(changes)
    return check_training(cfg)


@pytest.mark.parametrize("lr", [math.nan, math.inf, -math.inf, -0.1, 0.0])
def test_learning_rate_must_be_a_finite_positive_number(lr):
    problems = _problems(optimizer={"learning_rate": lr})
    assert len(problems) == 1 and problems[0].startswith("the learning rate must be a number above 0")


def test_nan_learning_rate_named_in_plain_words():
    assert _problems(optimizer={"learning_rate": math.nan})[0].endswith("not NaN (not a number)")


@pytest.mark.parametrize("seed", [-1, MAX_SEED + 1, 2**64, 1.5, "0", True])
def test_seed_out_of_range_is_refused(seed):
    problems = _problems(seed=seed)
    assert len(problems) == 1
    assert problems[0].startswith(f"the seed must be a whole number from 0 to {MAX_SEED}")


@pytest.mark.parametrize("seed", [None, 0, 7, MAX_SEED])
def test_good_seeds_pass(seed):
    assert _problems(seed=seed) == []


@pytest.mark.keras
@pytest.mark.parametrize("opt", ["SGD", "Adam"])
def test_loss_that_explodes_in_the_first_batches_is_caught(opt):
    from deskdl.ml.training import ListReporter, TrainingJob, run_training
    from tests.test_training import mlp

    job = TrainingJob(graph=mlp(), data={"dataset": "spiral", "params": {"samples": 400}},
                      training={"optimizer": {"type": opt, "learning_rate": 1e6}, "epochs": 3,
                                "batch_size": 32, "validation_split": 0.0, "seed": 0})
    rep = ListReporter()
    r = run_training(job, rep)
    assert r.status == "failed", (r.status, r.final)
    assert r.error.kind in ("exploding", "nan")
    assert "learning rate" in r.error.text
    assert r.epochs_run == 0  # caught at the first batches, not after the run "finished"


@pytest.mark.keras
def test_normal_run_is_not_called_exploding():
    from deskdl.ml.training import TrainingJob, run_training
    from tests.test_training import mlp

    job = TrainingJob(graph=mlp(), data={"dataset": "spiral", "params": {"samples": 400}},
                      training={"optimizer": {"type": "Adam", "learning_rate": 0.01}, "epochs": 3,
                                "batch_size": 32, "validation_split": 0.0, "seed": 0})
    assert run_training(job).status == "finished"


@pytest.mark.keras
def test_a_failed_run_logs_its_details_for_the_app_too(caplog):
    import logging

    from deskdl.ml.training import TrainingJob, run_training
    from tests.test_training import mlp

    job = TrainingJob(graph=mlp(shape=(3,)), data={"dataset": "spiral"}, training={"epochs": 1},
                      name="Mismatched")
    with caplog.at_level(logging.INFO, logger="deskdl.training"):
        r = run_training(job)
    assert r.status == "failed" and r.error.kind == "mismatch"
    records = [rec for rec in caplog.records if rec.name == "deskdl.training"]
    assert len(records) == 1 and records[0].levelno == logging.WARNING
    assert "training 'Mismatched' failed (mismatch)" in records[0].getMessage()
    assert "Traceback" in records[0].getMessage()
