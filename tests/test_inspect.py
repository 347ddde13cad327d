"""Looking inside a model: filters, feature maps, saliency, activation maximisation, statistics."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.project import Project

pytestmark = pytest.mark.keras


def cnn_project(epochs: int = 2) -> Project:
    p = Project(name="digits_cnn")
    g = p.graph
    g.add_node("Input", {"shape": [8, 8, 1]}, node_id="x")
    g.add_node("Conv2D", {"filters": 6, "kernel_size": [3, 3], "activation": "relu", "padding": "same"},
               node_id="c", inputs=["x"])
    g.add_node("MaxPooling2D", {"pool_size": [2, 2]}, node_id="p", inputs=["c"])
    g.add_node("Flatten", {}, node_id="f", inputs=["p"])
    g.add_node("Dense", {"units": 16, "activation": "relu"}, node_id="h", inputs=["f"])
    g.add_node("Dense", {"units": 10, "activation": "softmax"}, node_id="y", inputs=["h"])
    p.data = {"dataset": "digits", "params": {}}
    p.training["epochs"] = epochs
    p.training["seed"] = 1
    p.training["optimizer"] = {"type": "Adam", "learning_rate": 0.01}
    return p


@pytest.fixture(scope="module")
def trained():
    from deskdl.ml import datasets
    from deskdl.ml.training import ListReporter, TrainingJob, run_training

    rep = ListReporter()
    job = TrainingJob.from_project(cnn_project(2), inspect_every_epoch=True)
    result = run_training(job, rep)
    assert result.ok, result.error
    bundle = datasets.load_config({"dataset": "digits", "params": {}})
    return result.model, bundle, rep


def test_filters_and_feature_maps_match_the_model(trained):
    from deskdl.ml import inspect

    model, bundle, _ = trained
    conv = inspect.conv_layers(model)[0]
    f = inspect.conv_filters(model, conv)
    assert f.shape == (6, 3, 3, 1)
    assert inspect.conv_filters(model, conv, mode="mean").shape == (6, 3, 3)
    maps, probs = inspect.feature_maps(model, bundle.x_test[0])
    assert [(t, a.shape) for _, t, a in maps] == [("Conv2D", (8, 8, 6)), ("MaxPooling2D", (4, 4, 6))]
    assert probs.shape == (10,) and probs.sum() == pytest.approx(1.0, abs=1e-4)


def test_saliency_has_input_shape_and_is_positive(trained):
    from deskdl.ml import inspect

    model, bundle, _ = trained
    s, cls, used_logit = inspect.saliency(model, bundle.x_test[3])
    assert s.shape == (8, 8, 1) and used_logit
    assert (s >= 0).all() and s.max() > 0
    assert 0 <= cls < 10


def test_activation_maximisation_raises_the_target(trained):
    from deskdl.ml import inspect

    model, _, _ = trained
    conv = inspect.conv_layers(model)[0]
    seen = []
    start = 0.5 + 0.05 * np.random.default_rng(0).standard_normal((8, 8, 1))
    for layer, idx in ((conv, 2), (None, 7)):
        before = inspect.target_activation(model, layer, idx, start.astype(np.float32))
        img = inspect.maximize_activation(model, layer, idx, steps=60, callback=lambda s, im: seen.append(s),
                                          every=20)
        after = inspect.target_activation(model, layer, idx, img)
        assert img.shape == (8, 8, 1) and 0 <= img.min() and img.max() <= 1
        assert after > before
    assert seen[:3] == [20, 40, 60]


def test_dead_relu_counted_on_constructed_layer():
    import keras

    from deskdl.ml import inspect

    inp = keras.Input((4,))
    h = keras.layers.Dense(5, activation="relu", name="h")(inp)
    out = keras.layers.Dense(2, activation="softmax", name="y")(h)
    model = keras.Model(inp, out)
    w, b = model.get_layer("h").get_weights()
    b[:3] = -100.0  # three units can never fire for inputs in 0..1
    b[3:] = 100.0
    model.get_layer("h").set_weights([w, b])
    stats = inspect.activation_stats(model, np.random.default_rng(0).random((32, 4)).astype(np.float32))
    assert stats["h"]["dead"] == 3 and stats["h"]["units"] == 5
    assert stats["y"]["dead"] == -1
    assert stats["h"]["counts"].shape == (len(inspect.ACTIVATION_EDGES) - 1,)
    assert stats["h"]["counts"].sum() == 32 * 5


def test_histograms_have_fixed_bins(trained):
    from deskdl.ml import inspect

    model, bundle, _ = trained
    wh = inspect.weight_histograms(model)
    assert set(wh) >= {"c", "h", "y"}
    for v in wh.values():
        assert v["counts"].shape == (len(inspect.WEIGHT_EDGES) - 1,)
    big = inspect.histogram(np.array([-100.0, 0.0, 100.0]), inspect.WEIGHT_EDGES)
    assert big[0] == 1 and big[-1] == 1 and big.sum() == 3
    dw = inspect.dense_weights(model)
    assert [(n, k.shape) for n, k, _ in dw] == [("h", (96, 16)), ("y", (16, 10))]


def test_snapshot_hook_sends_inspect_probes_per_epoch(trained):
    _, _, rep = trained
    snaps = [a[0] for a, _ in rep.named("probe") if a and a[0].get("kind") == "inspect"]
    epochs = [s["epoch"] for s in snaps]
    # before training, after epoch 1 (the first snapshot's build cost is not held against it), the last
    assert epochs[:2] == [0, 1] and epochs[-1] == 2 and epochs == sorted(set(epochs))
    s = snaps[-1]
    assert s["filters"]["c"].shape == (6, 3, 3, 1)
    assert s["dense"]["y"].shape == (16, 10)
    assert s["activations"]["h"]["dead"] >= 0
    assert not np.array_equal(snaps[0]["filters"]["c"], snaps[-1]["filters"]["c"])


def test_snapshot_hook_off_sends_nothing():
    from deskdl.ml.training import ListReporter, TrainingJob, run_training

    rep = ListReporter()
    result = run_training(TrainingJob.from_project(cnn_project(1)), rep)
    assert result.ok
    assert not [a for a, _ in rep.named("probe") if a and a[0].get("kind") == "inspect"]


def test_neuron_boundaries_for_2d_models():
    from deskdl.core import datagen
    from deskdl.ml import inspect
    from deskdl.ml.training import TrainingJob, run_training
    from tests._models import spiral_project

    result = run_training(TrainingJob.from_project(spiral_project(epochs=1, units=6)))
    grid, _ = datagen.grid_2d(24)
    out = inspect.neuron_boundaries(result.model, grid)
    assert [(n, a.shape) for n, a in out] == [("h1", (6, 24, 24)), ("h2", (6, 24, 24))]


def test_snapshots_keep_to_their_time_budget(trained):
    from deskdl.ml import inspect

    model, bundle, _ = trained
    snap = inspect.snapshot_maker(model, bundle.x_train[:64], budget=0.05)
    assert snap(0)["epoch"] == 0  # the first (builds the sub-models)
    assert snap(1)["epoch"] == 1  # its one-off cost does not count
    assert snap(2) is None  # right after another: over the budget, skipped
    assert snap(2, final=True)["epoch"] == 2  # the last epoch is always sent...
    assert snap(2, final=True) is None  # ...once


def test_short_epochs_skip_snapshots_but_not_the_last(monkeypatch):
    from deskdl.ml import inspect as inspect_mod
    from deskdl.ml.training import ListReporter, TrainingJob, run_training
    from tests._models import spiral_project

    # A tight budget (snapshots may use 0.1% of the time), so skipping does not depend on this
    # machine's speed: each snapshot of this model costs far more than 0.1% of an epoch.
    monkeypatch.setattr(inspect_mod, "SNAPSHOT_BUDGET", 0.001)
    rep = ListReporter()
    job = TrainingJob.from_project(spiral_project(epochs=30, units=6), inspect_every_epoch=True,
                                   steps_per_execution=1)
    result = run_training(job, rep)
    assert result.ok
    epochs = [a[0]["epoch"] for a, _ in rep.named("probe") if a and a[0].get("kind") == "inspect"]
    assert epochs[0] == 0 and epochs[-1] == 30 and len(epochs) < 31
