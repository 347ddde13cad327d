"""Training settings (core/training.py) and run records (core/history.py): pure, exact, milliseconds."""

from __future__ import annotations

import math

import numpy as np
import pytest

from deskdl.core import history as H
from deskdl.core import training as T


# ------------------------------------------------------------------ settings and their defaults
def test_defaults_are_a_usable_training_dict():
    assert T.check_training(T.training_with_defaults(None)) == []
    assert T.training_with_defaults({}) == T.DEFAULT_TRAINING


def test_merge_defaults_is_deep_and_keeps_unknown_keys_without_sharing_them():
    given = {"optimizer": {"type": "SGD"}, "teacher": {"note": [1]}}
    out = T.merge_defaults({"optimizer": {"type": "Adam", "learning_rate": 0.01}, "epochs": 20}, given)
    assert out == {"optimizer": {"type": "SGD", "learning_rate": 0.01}, "epochs": 20,
                   "teacher": {"note": [1]}}
    out["teacher"]["note"].append(2)
    out["optimizer"]["type"] = "x"
    assert given == {"optimizer": {"type": "SGD"}, "teacher": {"note": [1]}}  # copies, not shared
    assert T.DEFAULT_TRAINING["optimizer"] == {"type": "Adam", "learning_rate": 0.01}


def test_a_chosen_optimizer_without_a_rate_gets_its_own_default_rate():
    assert T.training_with_defaults({"optimizer": {"type": "SGD"}})["optimizer"] == {
        "type": "SGD", "learning_rate": 0.01}
    assert T.training_with_defaults({"optimizer": {"type": "Adadelta"}})["optimizer"]["learning_rate"] == 1.0
    assert T.training_with_defaults({"optimizer": {"type": "Nadam"}})["optimizer"]["learning_rate"] == 0.001
    # A rate the project gives wins; no optimizer given keeps the default Adam at 0.01.
    assert T.training_with_defaults({"optimizer": {"type": "SGD", "learning_rate": 0.5}})["optimizer"][
        "learning_rate"] == 0.5
    assert T.training_with_defaults({"epochs": 3})["optimizer"] == {"type": "Adam", "learning_rate": 0.01}


def _problems(**change):
    cfg = T.training_with_defaults(None)
    cfg.update(change)
    return T.check_training(cfg)


@pytest.mark.parametrize("change, problem", [
    ({"optimizer": {"type": "Nadam", "learning_rate": 0.1}},
     "training.optimizer.type must be one of SGD, Adagrad, RMSprop, Adam, AdamW, Adadelta, not 'Nadam'"),
    ({"optimizer": "Adam"}, "training.optimizer must be an object with a 'type'"),
    ({"optimizer": {"type": "Adam", "learning_rate": 0}},
     "the learning rate must be a number above 0 (try 0.001), not 0"),
    ({"optimizer": {"type": "Adam", "learning_rate": -0.1}},
     "the learning rate must be a number above 0 (try 0.001), not -0.1"),
    ({"optimizer": {"type": "Adam", "learning_rate": math.nan}},
     "the learning rate must be a number above 0 (try 0.001), not NaN (not a number)"),
    ({"optimizer": {"type": "Adam", "learning_rate": math.inf}},
     "the learning rate must be a number above 0 (try 0.001), not infinity"),
    ({"optimizer": {"type": "Adam", "learning_rate": True}},
     "the learning rate must be a number above 0 (try 0.001), not True"),
    ({"optimizer": {"type": "Adam", "learning_rate": 0.1, "momentum": 0.9}},
     "the Adam optimizer has no setting 'momentum'"),
    ({"loss": "hinge"}, "training.loss must be one of sparse_categorical_crossentropy, "
                        "categorical_crossentropy, binary_crossentropy, mean_squared_error, "
                        "mean_absolute_error, huber, not 'hinge'"),
    ({"metrics": ["accuracy", "f1"]}, "training.metrics may contain accuracy, mae, mse"),
    ({"metrics": "accuracy"}, "training.metrics may contain accuracy, mae, mse"),
    ({"batch_size": 0}, "training.batch_size must be a whole number of at least 1, not 0"),
    ({"batch_size": True}, "training.batch_size must be a whole number of at least 1, not True"),
    ({"epochs": 2.5}, "training.epochs must be a whole number of at least 1, not 2.5"),
    ({"validation_split": 1.0}, "training.validation_split must be between 0 and 1 (e.g. 0.2), not 1.0"),
    ({"validation_split": -0.1}, "training.validation_split must be between 0 and 1 (e.g. 0.2), not -0.1"),
    ({"validation_split": "0.2"}, "training.validation_split must be between 0 and 1 (e.g. 0.2), not '0.2'"),
    ({"clipnorm": 0}, "training.clipnorm must be empty or a number above 0, not 0"),
    ({"clipvalue": "1"}, "training.clipvalue must be empty or a number above 0, not '1'"),
    ({"schedule": {"type": "warmup"}},
     "training.schedule.type must be one of constant, exponential_decay, cosine_decay, step_decay"),
    ({"early_stopping": []}, "training.early_stopping must be an object"),
    ({"early_stopping": {"enabled": True, "patience": -1}},
     "early stopping patience must be a whole number of epochs (e.g. 5)"),
    ({"early_stopping": {"enabled": True, "patience": True}},
     "early stopping patience must be a whole number of epochs (e.g. 5)"),
    ({"seed": -1}, "the seed must be a whole number from 0 to 4294967295 (e.g. 0), or empty for a different "
                   "shuffle each run, not -1"),
    ({"seed": 2**32}, "the seed must be a whole number from 0 to 4294967295 (e.g. 0), or empty for a "
                      "different shuffle each run, not 4294967296"),
    ({"seed": False}, "the seed must be a whole number from 0 to 4294967295 (e.g. 0), or empty for a "
                      "different shuffle each run, not False"),
])
def test_each_bad_setting_gives_exactly_its_problem(change, problem):
    assert _problems(**change) == [problem]


@pytest.mark.parametrize("change", [
    {"validation_split": 0}, {"validation_split": 0.99}, {"batch_size": 1}, {"epochs": 1},
    {"clipnorm": None}, {"clipnorm": 0.5}, {"clipvalue": 2}, {"seed": None}, {"seed": 0},
    {"seed": 2**32 - 1}, {"early_stopping": {"enabled": False, "patience": -1}},
    {"early_stopping": {"enabled": True, "patience": 0}}, {"metrics": []},
    {"optimizer": {"type": "SGD", "learning_rate": 0.1, "momentum": 0.9, "nesterov": True}},
])
def test_the_edges_of_each_setting_are_allowed(change):
    assert _problems(**change) == []


def test_minus_infinity_is_named_in_words():
    assert _problems(optimizer={"type": "Adam", "learning_rate": -math.inf}) == [
        "the learning rate must be a number above 0 (try 0.001), not minus infinity"]


# ------------------------------------------------------------------ run records
def _record(**kw):
    base = dict(id="run-1", started="2026-01-01T10:00:00+00:00", status="finished",
                dataset={"dataset": "spiral", "params": {}},
                settings={"optimizer": {"type": "Adam", "learning_rate": 0.01}, "batch_size": 16},
                epochs_run=3, duration_s=1.23456, final={"loss": 0.5, "val_loss": 0.6, "accuracy": 0.9},
                test={"accuracy": 0.8}, history={"loss": [1.0, 0.7, 0.5]}, params=42)
    base.update(kw)
    return H.RunRecord(**base)


def test_record_to_dict_is_json_ready():
    doc = _record(final={"loss": np.float32(0.5), "val_loss": math.nan}, history={"loss": [1.0, math.inf]},
                  model_file="a.trained.keras").to_dict()
    assert doc == {
        "id": "run-1", "started": "2026-01-01T10:00:00+00:00", "status": "finished",
        "dataset": {"dataset": "spiral", "params": {}},
        "settings": {"optimizer": {"type": "Adam", "learning_rate": 0.01}, "batch_size": 16},
        "epochs_run": 3, "duration_s": 1.235, "final": {"loss": 0.5, "val_loss": None},
        "test": {"accuracy": 0.8}, "history": {"loss": [1.0, None]}, "params": 42,
        "model_file": "a.trained.keras",
    }
    assert type(doc["final"]["loss"]) is float
    bare = H.RunRecord("run-2").to_dict()
    assert "params" not in bare and "model_file" not in bare and bare["duration_s"] == 0.0


def test_clean_keeps_plain_values_and_names_the_rest():
    assert H._clean({1: (True, None, "x", 3, np.int64(4), object)}) == {"1": [True, None, "x", 3, 4.0,
                                                                              str(object)]}
    assert H._clean(-math.inf) is None and type(H._clean(7)) is int


def test_record_round_trip_and_missing_fields():
    rec = _record()
    assert H.RunRecord.from_dict(rec.to_dict()) == _record(duration_s=1.235)
    old = H.RunRecord.from_dict({"status": "stopped", "extra": 1})
    assert (old.id, old.status, old.final, old.params) == ("run", "stopped", {}, None)
    doc = {"id": "run-3", "history": {"loss": [1.0]}}
    loaded = H.RunRecord.from_dict(doc)
    loaded.history["loss"].append(2.0)
    assert doc["history"] == {"loss": [1.0]}  # a copy


def test_metric_reads_test_results_for_test_names():
    rec = _record()
    assert rec.metric("test_accuracy") == 0.8 and rec.metric("accuracy") == 0.9
    assert rec.metric("test_loss") is None and rec.metric("val_accuracy") is None


def test_next_run_id_counts_past_the_highest():
    assert H.next_run_id([]) == "run-1"
    assert H.next_run_id([{"id": "run-2"}, {"id": "run-10"}, {"id": "mine"}, {"id": "run-x"}, {}]) == "run-11"


def test_append_run_copies_and_drops_the_oldest_beyond_the_limit():
    runs = [{"id": f"run-{i}"} for i in range(1, 4)]
    out = H.append_run(runs, _record(id="run-4"), limit=3)
    assert [r["id"] for r in out] == ["run-2", "run-3", "run-4"]
    assert len(runs) == 3 and out[0] is not runs[1]
    out = H.append_run(runs, {"id": "run-5", "final": {"loss": math.nan}}, limit=0)
    assert [r["id"] for r in out] == ["run-1", "run-2", "run-3", "run-5"]
    assert out[-1]["final"] == {"loss": None}
    assert len(H.append_run([{"id": str(i)} for i in range(60)], _record())) == H.MAX_RUNS == 50


def test_compare_runs_rows():
    rows = H.compare_runs([_record().to_dict(), {"id": "run-2", "settings": {}}],
                          metrics=("loss", "test_accuracy"))
    assert rows == [
        {"id": "run-1", "status": "finished", "epochs": 3, "time_s": 1.235, "optimizer": "Adam",
         "learning_rate": 0.01, "batch_size": 16, "dataset": "spiral", "loss": 0.5, "test_accuracy": 0.8},
        {"id": "run-2", "status": "finished", "epochs": 0, "time_s": 0.0, "optimizer": None,
         "learning_rate": None, "batch_size": None, "dataset": None, "loss": None, "test_accuracy": None},
    ]


def test_best_run_lowest_loss_highest_accuracy():
    runs = [_record(id="a", final={"val_loss": 0.4, "val_accuracy": 0.7, "val_mae": 3.0}).to_dict(),
            _record(id="b", final={"val_loss": 0.2, "val_accuracy": 0.6, "val_mae": 1.0}).to_dict(),
            _record(id="c", final={"val_loss": None, "val_accuracy": 0.9, "val_mae": None}).to_dict()]
    assert H.best_run(runs)["id"] == "b"
    assert H.best_run(runs, "val_accuracy")["id"] == "c"
    assert H.best_run(runs, "val_mae")["id"] == "b"
    assert H.best_run(runs, "test_accuracy")["id"] == "a"  # all 0.8: the first of equals
    assert H.best_run(runs, "val_mse") is None and H.best_run([]) is None


def test_a_training_dict_may_leave_out_the_optional_groups():
    cfg = {"optimizer": {"type": "Adam", "learning_rate": 0.01}, "loss": "huber", "batch_size": 8,
           "epochs": 2, "validation_split": 0.0, "schedule": {"type": "constant"}}
    assert T.check_training(cfg) == []  # no early stopping, metrics, clipping or seed: fine
    assert T.check_training({k: v for k, v in cfg.items() if k != "optimizer"}) == [
        "training.optimizer.type must be one of SGD, Adagrad, RMSprop, Adam, AdamW, Adadelta, not None"]


def test_append_run_limit_of_one_and_copies_nested_values():
    runs = [{"id": "run-1", "history": {"loss": [1.0]}}]
    assert [r["id"] for r in H.append_run(runs, {"id": "run-2"}, limit=1)] == ["run-2"]
    out = H.append_run(runs, {"id": "run-2"})
    out[0]["history"]["loss"].append(2.0)
    assert runs[0]["history"] == {"loss": [1.0]}


def test_run_ids_with_several_digits():
    assert H.next_run_id([{"id": "run-12"}, {"id": "run-3"}]) == "run-13"
    assert H.next_run_id([{"id": "run-"}, {"name": "x"}]) == "run-1"
