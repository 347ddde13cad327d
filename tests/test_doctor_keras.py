"""The training doctor on real short runs: the shipped templates raise no alarm; runs built to fail do."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.doctor import diagnose_record
from deskdl.core.project import Project
from deskdl.ml.training import class_weights
from deskdl.paths import resource

pytestmark = pytest.mark.keras


def _run(project):
    from deskdl.ml.trainers import run
    from deskdl.ml.training import TrainingJob

    job = TrainingJob.from_project(project, keep_model=False, evaluate_test=False)
    result = run(job)
    assert result.status == "finished", result.error
    return diagnose_record({"history": result.history, "settings": job.training}, project.graph.to_dict())


@pytest.mark.parametrize("name", ["mlp_2d", "autoencoder"])
def test_shipped_templates_train_without_a_false_alarm(name):
    project = Project.load(resource("templates", f"{name}.deskdl"))
    assert _run(project) == []


def _circle(lr, optimizer="SGD", epochs=12):
    project = Project.load(resource("templates", "mlp_2d.deskdl"))
    project.training.update({"optimizer": {"type": optimizer, "learning_rate": lr}, "epochs": epochs})
    return project


def test_a_huge_learning_rate_is_called_too_high():
    findings = _run(_circle(3.0))
    assert [f.code for f in findings] == ["lr_high"]
    assert findings[0].changes[0].value == 0.3


def test_a_tiny_learning_rate_is_called_too_low_or_underfitting():
    findings = _run(_circle(0.003))
    assert [f.code for f in findings] in (["lr_low"], ["underfitting"])


def test_balanced_class_weights_count_rare_classes_more():
    y = np.array([0] * 90 + [1] * 10)
    assert class_weights("balanced", y) == pytest.approx({0: 100 / 180, 1: 100 / 20})
    assert class_weights("balanced", np.eye(2)[y]) == pytest.approx({0: 100 / 180, 1: 100 / 20})
    assert class_weights(None, y) is None
    assert class_weights("balanced", np.array([0.5, 1.7])) is None  # a regression target


def test_the_majority_class_remedy_trains():
    """The remedy the doctor applies ('class_weight': 'balanced') is honoured by fit on tf.data."""
    project = _circle(0.1, epochs=2)
    project.training["class_weight"] = "balanced"
    assert _run(project) is not None  # finished (checked in _run)
