"""The shipped default lesson and templates keep their promise: trained as shipped, they learn.

A learner's first press of Train must show a network that works. These run the
projects exactly as saved (their own data, model and settings) through the same
runner as the app, and check the test score each description leads one to expect.
"""

from __future__ import annotations

import pytest

from deskdl.core.project import Project
from deskdl.ml.training import TrainingJob, run_training
from deskdl.paths import resources_dir

pytestmark = pytest.mark.keras

# file -> (test metric, lowest acceptable value) for projects that need no download
PROMISES = {
    "projects/spiral.deskdl": ("accuracy", 0.95),
    "templates/mlp_2d.deskdl": ("accuracy", 0.95),
    "templates/cnn_digits.deskdl": ("accuracy", 0.95),
    "templates/resnet_block.deskdl": ("accuracy", 0.90),
    "templates/lstm_sequence.deskdl": ("accuracy", 0.90),
}


@pytest.mark.parametrize("name", sorted(PROMISES))
def test_shipped_project_learns_as_saved(name):
    project = Project.load(resources_dir() / name)
    training = dict(project.training)
    training.setdefault("seed", 0)
    job = TrainingJob(graph=project.graph.to_dict(), data=project.data, training=training, keep_model=False)
    result = run_training(job)
    assert result.status == "finished", result.error and result.error.details
    metric, lowest = PROMISES[name]
    assert result.test[metric] >= lowest, (name, result.test)
