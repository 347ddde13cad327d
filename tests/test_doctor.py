"""The training doctor on recorded curves made to show each case, and on healthy curves (no alarm)."""

from __future__ import annotations

import math

import pytest

from deskdl.core import doctor
from deskdl.core.doctor import Change, Evidence, apply_changes, diagnose, diagnose_record
from deskdl.core.project import Project

ADAM = {"optimizer": {"type": "Adam", "learning_rate": 0.01}, "early_stopping": {"enabled": False}}


def codes(findings):
    return [f.code for f in findings]


def healthy(n=30, start=0.7, floor=0.05, rate=0.25):
    """A convex, levelling-off curve: what a good run looks like."""
    return [floor + (start - floor) * math.exp(-rate * i) for i in range(n)]


def test_healthy_curves_raise_nothing():
    loss = healthy()
    val = [v * 1.08 + 0.01 for v in healthy()]
    acc = [1 - v for v in loss]
    assert diagnose({"loss": loss, "val_loss": val, "accuracy": acc, "val_accuracy": acc},
                    Evidence(training=ADAM)) == []


def test_healthy_but_noisy_validation_raises_nothing():
    loss = healthy()
    wiggle = [0.01 * (1 if i % 2 else -1) for i in range(30)]
    val = [v * 1.1 + 0.02 + w for v, w in zip(healthy(), wiggle)]
    assert diagnose({"loss": loss, "val_loss": val}, Evidence(training=ADAM)) == []


def test_too_few_epochs_say_nothing():
    assert diagnose({"loss": [1.0, 2.0, 3.0], "val_loss": [1, 2, 3]}, Evidence(training=ADAM)) == []


def test_overfitting_names_the_turn_the_gap_and_turns_on_early_stopping():
    loss = healthy(30, 0.7, 0.01, 0.2)
    val = [0.7 * math.exp(-0.3 * i) + 0.2 for i in range(12)] + [0.2 + 0.03 * (i - 11) for i in range(12, 30)]
    (f,) = diagnose({"loss": loss, "val_loss": val}, Evidence(training=ADAM))
    assert f.code == "overfitting"
    best = min(range(30), key=lambda i: doctor._smooth(val)[i])
    assert f.epochs == (best + 1, 30)
    assert f"gap between them is {val[-1] - loss[-1]:.4g}" in f.evidence
    assert f.changes == (Change("training", ("early_stopping", "enabled"), True),
                         Change("training", ("early_stopping", "monitor"), "val_loss"),
                         Change("training", ("early_stopping", "restore_best_weights"), True))
    assert "Dropout" in f.others and "L2" in f.others


def test_overfitting_with_early_stopping_on_sets_the_epochs():
    loss = healthy(20, 0.7, 0.01, 0.2)
    val = [0.5 - 0.05 * i for i in range(6)] + [0.25 + 0.03 * i for i in range(14)]
    training = {**ADAM, "early_stopping": {"enabled": True}}
    (f,) = diagnose({"loss": loss, "val_loss": val}, Evidence(training=training))
    assert f.code == "overfitting" and f.changes[0].path == ("epochs",)
    assert f.changes[0].value == f.epochs[0] + 2


def test_underfitting_doubles_the_hidden_layers():
    loss = [0.69, 0.68, 0.675, 0.672, 0.671, 0.670, 0.670, 0.669, 0.669, 0.669]
    graph = {"nodes": [{"id": "input", "type": "Input", "params": {"shape": [2]}},
                       {"id": "h", "type": "Dense", "params": {"units": 2}, "inputs": ["input"]},
                       {"id": "out", "type": "Dense", "params": {"units": 2}, "inputs": ["h"]}]}
    ev = Evidence(training=ADAM, graph=graph)
    (f,) = diagnose({"loss": loss, "val_loss": [v + 0.01 for v in loss]}, ev)
    assert f.code == "underfitting"
    assert f.changes == (Change("layer", ("h", "units"), 4),)  # the output layer keeps its classes
    assert "fell 3%" in f.evidence


def test_underfitting_without_hidden_layers_raises_the_learning_rate():
    loss = [0.69, 0.68, 0.675, 0.672, 0.671, 0.670, 0.670, 0.669, 0.669, 0.669]
    (f,) = diagnose({"loss": loss}, Evidence(training=ADAM))
    assert f.code == "underfitting"
    assert f.changes == (Change("training", ("optimizer", "learning_rate"), 0.03),)


def test_learning_rate_too_high_oscillating():
    loss = [1.0, 0.6, 0.9, 0.5, 0.85, 0.55, 0.9, 0.5, 0.8, 0.6]
    (f,) = diagnose({"loss": loss, "val_loss": loss}, Evidence(training=ADAM))
    assert f.code == "lr_high"
    assert f.changes == (Change("training", ("optimizer", "learning_rate"), 0.001),)
    assert "went up in 4 of 9 epochs (first at epoch 3)" in f.evidence and f.epochs == (3, 9)


def test_learning_rate_too_high_climbing_and_nan():
    (f,) = diagnose({"loss": [1.0, 1.1, 1.2, 1.3, 1.4, 1.5]}, Evidence(training=ADAM))
    assert f.code == "lr_high" and "climbed from 1 at epoch 1 to 1.5 at epoch 6" in f.evidence
    (g,) = diagnose({"loss": [1.0, 0.9, 0.8, None, None, None]}, Evidence(training=ADAM))
    assert g.code == "lr_high" and "NaN" in g.evidence and g.epochs == (4, 4)


def test_learning_rate_too_low_slow_straight_decline():
    loss = [0.70 - 0.01 * i for i in range(20)]
    (f,) = diagnose({"loss": loss, "val_loss": [v + 0.01 for v in loss]},
                    Evidence(training={"optimizer": {"type": "SGD", "learning_rate": 0.0001}}))
    assert f.code == "lr_low"
    assert f.changes == (Change("training", ("optimizer", "learning_rate"), 0.001),)


def test_majority_class_from_accuracy_and_balance():
    acc = [0.9, 0.9, 0.9, 0.9, 0.9, 0.9]
    (f,) = diagnose({"accuracy": acc, "val_accuracy": acc}, Evidence(class_counts=[900, 100]))
    assert f.code == "majority_class" and "class 0 (90.0%)" in f.evidence
    assert f.changes == (Change("training", ("class_weight",), "balanced"),)
    # a model that beat the balance at some point is not a majority predictor
    assert diagnose({"val_accuracy": [0.95, 0.9, 0.9, 0.9, 0.9]}, Evidence(class_counts=[900, 100])) == []
    # balanced classes: 50 % accuracy is bad but not this finding
    assert diagnose({"val_accuracy": [0.5] * 6}, Evidence(class_counts=[500, 500])) == []


def test_majority_class_from_the_confusion_matrix():
    (f,) = diagnose({}, Evidence(confusion=[[70, 0], [29, 1]]))
    assert f.code == "majority_class" and "99% of all predictions are class 0" in f.evidence
    assert diagnose({}, Evidence(confusion=[[60, 10], [5, 25]])) == []


def test_dead_relus_name_the_layer_and_switch_to_leaky_relu():
    acts = {"hidden_1": {"dead": 12, "units": 16, "activation": "relu"},
            "hidden_2": {"dead": 2, "units": 16, "activation": "relu"},
            "output": {"dead": -1, "units": 2, "activation": "softmax"}}
    (f,) = diagnose({}, Evidence(activations=acts))
    assert f.code == "dead_relu" and f.layer == "hidden_1" and "12 of 16 units" in f.evidence
    assert f.changes == (Change("layer", ("hidden_1", "activation"), "leaky_relu"),)


def test_vanishing_and_exploding_gradients():
    (f,) = diagnose({}, Evidence(gradient_norms={"d1": 1e-6, "d2": 1e-3, "out": 0.5}))
    assert f.code == "vanishing_gradients" and f.layer == "d1"
    assert f.changes == (Change("layer", ("d1", "activation"), "relu"),
                         Change("layer", ("d2", "activation"), "relu"))
    (g,) = diagnose({}, Evidence(gradient_norms={"d1": 5e4, "out": 2e4}))
    assert g.code == "exploding_gradients" and g.changes == (Change("training", ("clipnorm",), 1.0),)
    assert diagnose({}, Evidence(gradient_norms={"d1": 0.2, "d2": 0.4, "out": 0.5})) == []


def test_diagnose_record_reads_the_settings_it_ran_with():
    rec = {"history": {"loss": [1.0, 0.6, 0.9, 0.5, 0.85, 0.55, 0.9]},
           "settings": {"optimizer": {"type": "SGD", "learning_rate": 0.5}}}
    (f,) = diagnose_record(rec)
    assert f.changes[0].value == 0.05


def test_apply_changes_edits_training_and_layers():
    p = Project.from_dict({"format": "deskdl-project", "version": 1, "model": {"nodes": [
        {"id": "input", "type": "Input", "params": {"shape": [2]}},
        {"id": "h", "type": "Dense", "params": {"units": 8, "activation": "relu"}, "inputs": ["input"]}]},
        "training": {"optimizer": {"type": "Adam", "learning_rate": 0.01}}})
    seen = []
    p.graph.events.connect("params_changed", lambda **kw: seen.append(kw["node_id"]))  # the canvas follows
    done = apply_changes(p, [Change("training", ("optimizer", "learning_rate"), 0.001),
                             Change("training", ("early_stopping", "enabled"), True),
                             Change("layer", ("h", "activation"), "leaky_relu"),
                             Change("layer", ("gone", "units"), 3)])
    assert p.training["optimizer"] == {"type": "Adam", "learning_rate": 0.001}
    assert p.training["early_stopping"]["enabled"] is True
    assert p.graph.node("h").params["activation"] == "leaky_relu"
    assert seen == ["h"]
    assert done[-1] == "skipped: layer gone is no longer in the model"


@pytest.mark.parametrize("name", ["overfitting", "underfitting", "lr_high", "lr_low"])
def test_every_finding_reads_as_one_paragraph(name):
    f = doctor.Finding(name, "T", "e.", "r.", others="o.")
    assert f.text() == "T: e. Remedy: r. Also possible: o."
