"""Issue 14: the pretrained base node against Keras: the table, shapes, counts, top-N, export.

The table (resources/applications/table.json) is compared with what Keras reports for the small
bases on every run, and for all 40 with ``DESKDL_ALL_APPLICATIONS=1`` (as tests/test_applications.py).
No test touches the network: bases build with ``weights="none"`` or with no weights in the cache.
"""

from __future__ import annotations

import math
import os

import pytest

from deskdl.core.analysis import analyze
from deskdl.core.graph import ModelGraph
from deskdl.core.layers.pretrained import application_names, table
from deskdl.core.project import Project
from deskdl.ml.build import build_model
from deskdl.ml.export import export_python

pytestmark = [pytest.mark.keras, pytest.mark.slow]

SMALL = ("MobileNetV3Small",)
WALK_ALL = os.environ.get("DESKDL_ALL_APPLICATIONS") == "1"


def _counts(weights) -> int:
    return sum(math.prod(w.shape) for w in weights)


def test_the_table_lists_every_keras_application():
    import keras
    from test_applications import APPLICATIONS

    assert application_names() == APPLICATIONS
    assert all(hasattr(keras.applications, n) for n in application_names())


@pytest.mark.parametrize("name", sorted(table()))
def test_table_matches_keras(name):
    if name not in SMALL and not WALK_ALL:
        pytest.skip("DESKDL_ALL_APPLICATIONS=1 compares every model's entry with Keras")
    from deskdl.ml.applications_table import describe

    assert describe(name) == table()[name]


def _graph(app, shape, **params):
    g = ModelGraph()
    g.add_node("Input", {"shape": list(shape)}, node_id="x")
    g.add_node("PretrainedBase", {"application": app, "weights": "none", **params}, node_id="base",
               inputs=["x"])
    g.add_node("Flatten", {}, node_id="flat", inputs=["base"])
    g.add_node("Dense", {"units": 3, "activation": "softmax"}, node_id="out", inputs=["flat"])
    return g


CASES = [
    ("MobileNetV3Small", (40, 40, 3), {"pooling": "none", "trainable": True, "fine_tune_top": 10}),
    ("MobileNetV3Small", (33, 57, 3), {"pooling": "none"}),
    ("MobileNetV2", (45, 32, 3), {"pooling": "none", "trainable": True}),
    ("MobileNetV2", (37, 37, 3), {"pooling": "max", "trainable": True, "fine_tune_top": 20}),
    # ImageNet asked for, not in the cache: random weights, BatchNormalization layers stay frozen
    ("MobileNetV2", (32, 32, 3), {"weights": "imagenet", "trainable": True, "fine_tune_top": 20}),
    ("EfficientNetB0", (35, 64, 3), {"pooling": "none", "trainable": True, "fine_tune_top": 7}),
    ("EfficientNetB0", (32, 32, 3), {"weights": "imagenet", "trainable": True}),
    ("ResNet50", (33, 33, 3), {"pooling": "none"}),
    # its stem and downsampling layers live in nested Sequential models: the table looks inside them
    ("ConvNeXtTiny", (37, 41, 3), {"pooling": "none"}),
]


@pytest.mark.parametrize(("app", "shape", "params"), CASES, ids=[f"{a}-{s[0]}x{s[1]}" for a, s, _ in CASES])
def test_shapes_and_counts_are_keras_exactly(app, shape, params, tmp_path, monkeypatch):
    import keras

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    if app not in table():
        pytest.skip(f"{app} is not in the table")
    g = _graph(app, shape, **params)
    info = analyze(g).nodes["base"]
    model = build_model(g)
    base = model.get_layer("base")
    assert tuple(base.output.shape) == info.shape
    assert _counts(base.trainable_weights) == info.trainable
    assert _counts(base.non_trainable_weights) == info.non_trainable
    # top N: the last N layers of the keras.applications model, and no other, are trainable
    inner = base.layers[-1]
    top = params.get("fine_tune_top", 0)
    trainable_layers = [layer.name for layer in inner.layers if layer.trainable]
    chosen = inner.layers[-top:] if top else inner.layers
    if params.get("weights") == "imagenet":  # a pretrained base's BatchNormalization stays frozen
        chosen = [layer for layer in chosen if not isinstance(layer, keras.layers.BatchNormalization)]
        assert len(chosen) < (top or len(inner.layers))
    if not params.get("trainable"):
        assert not inner.trainable
    else:
        assert trainable_layers == [layer.name for layer in chosen]
    # the table's rule: the layers holding non-trainable weights are the BatchNormalization ones
    # (and Normalization, which has no trainable weights to freeze)
    rows = table()[app]["layers"] + ([[0, 0]] if params.get("pooling", "avg") != "none" else [])  # + pooling
    assert len(rows) == len(inner.layers)
    for layer, (_, non_trainable) in zip(inner.layers, rows):
        if not isinstance(layer, keras.layers.Normalization):
            assert bool(non_trainable) == isinstance(layer, keras.layers.BatchNormalization), layer.name


def test_missing_weights_build_random_without_network(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    g = _graph("MobileNetV3Small", (32, 32, 3))
    g.set_params("base", {"weights": "imagenet"}) if hasattr(g, "set_params") else \
        g.nodes["base"].params.update(weights="imagenet")
    model = build_model(g)  # no weights cached: random weights, and nothing was downloaded
    assert model.get_layer("base").count_params() == analyze(g).nodes["base"].params
    assert not (tmp_path / "models").exists() or not list((tmp_path / "models").iterdir())


def test_preprocessing_is_the_familys_own(tmp_path, monkeypatch):
    import keras
    import numpy as np

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    model = build_model(_graph("ResNet50", (32, 32, 3)))
    pre = model.get_layer("base").layers[1]
    pixels = np.random.default_rng(0).random((2, 32, 32, 3)).astype("float32")
    want = keras.applications.resnet50.preprocess_input(pixels * 255.0)
    np.testing.assert_allclose(keras.ops.convert_to_numpy(pre(pixels)), want, rtol=1e-5, atol=1e-3)
    assert pre.module == "resnet50"


def test_export_runs_and_rebuilds_the_same_counts(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    g = _graph("MobileNetV3Small", (32, 32, 3), trainable=True, fine_tune_top=5)
    code = export_python(Project(graph=g))
    assert 'PretrainedBase(application="MobileNetV3Small", weights="none", trainable=True, ' \
           'fine_tune_top=5, name="base")' in code
    ns: dict = {"__name__": "exported"}
    exec(compile(code, "pretrained.py", "exec"), ns)
    model = ns["build_model"]()
    info = analyze(g).nodes["base"]
    base = model.get_layer("base")
    assert (_counts(base.trainable_weights), _counts(base.non_trainable_weights)) == \
        (info.trainable, info.non_trainable)
    assert tuple(model.output.shape) == (None, 3)


def test_a_run_record_keeps_the_trainable_count_apart_from_all_params(tmp_path, monkeypatch):
    # what tells a frozen base's run from a fine-tuned one's (the lessons' runs_compared "trainable")
    from deskdl.ml.lessons import train_project

    g = ModelGraph()
    g.add_node("Input", {"shape": [2]}, node_id="x")
    g.add_node("BatchNormalization", {}, node_id="bn", inputs=["x"])
    g.add_node("Dense", {"units": 2, "activation": "softmax"}, node_id="out", inputs=["bn"])
    project = Project(graph=g)
    project.training["epochs"] = 1
    record = train_project(project)
    # BatchNormalization: gamma, beta trainable (2 + 2), moving mean and variance not (2 + 2)
    assert (record["params"], record["trainable"]) == (4 + 4 + 6, 4 + 6)


def test_a_model_with_a_base_saves_and_loads_back_safely(tmp_path, monkeypatch):
    import numpy as np

    from deskdl.ml.model_files import load_model_file, save_model_file

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    model = build_model(_graph("MobileNetV3Small", (32, 32, 3), trainable=True, fine_tune_top=5))
    path = save_model_file(model, str(tmp_path / "trained.keras"))
    again = load_model_file(path)  # safe mode: PreprocessFor is a registered class, no Lambda
    pixels = np.random.default_rng(1).random((2, 32, 32, 3)).astype("float32")
    np.testing.assert_allclose(again.predict(pixels, verbose=0), model.predict(pixels, verbose=0), atol=1e-5)
    assert again.get_layer("base").layers[1].module == "mobilenet_v3"
