"""The data-fit check of a model that rebuilds its input reads the activation before a Reshape."""

import pytest

from deskdl.ml import datasets as D


def _project(name):
    from deskdl.core.project import Project
    from deskdl.paths import resources_dir

    return Project.load(resources_dir() / "templates" / f"{name}.deskdl")


@pytest.mark.parametrize("name", ["vae_digits", "autoencoder_2d"])
def test_a_sigmoid_before_the_reshape_is_the_outputs_activation(name):
    project = _project(name)  # ... -> Dense(64, sigmoid) "pixels" -> Reshape(8, 8, 1) "rebuilt"
    bundle = D.load_config(project.data)
    assert D.check_fit(project.graph, bundle, project.training, target="inputs") == []
    project.graph.set_params("pixels", {"activation": "relu"})
    (d,) = D.check_fit(project.graph, bundle, project.training, target="inputs")
    assert d.severity == "warning" and "needs a sigmoid activation" in d.message
    assert d.node_id == "pixels"  # the Fix sets the activation where it can be set, not on the Reshape
    assert d.action.node_id == "pixels" and d.action.params == {"activation": "sigmoid"}
