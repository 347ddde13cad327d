"""Cost before training: multiply-adds by hand, parameter counts against Keras, memory and the fit warning."""

from __future__ import annotations

import pytest

from deskdl.core import cost
from deskdl.core.graph import ModelGraph
from deskdl.core.project import Project
from deskdl.paths import resource


def chain(*layers, shape):
    g = ModelGraph()
    prev = g.add_node("Input", {"shape": list(shape)}, node_id="input")
    for i, (t, params) in enumerate(layers):
        prev = g.add_node(t, params, node_id=f"l{i}", inputs=[prev])
    return g


def by_id(c):
    return {layer.id: layer for layer in c.layers}


def test_dense_macs_by_hand():
    c = cost.estimate(chain(("Dense", {"units": 16}), ("Dense", {"units": 3}), shape=[20]), batch_size=10)
    layers = by_id(c)
    assert layers["l0"].macs == 20 * 16 and layers["l1"].macs == 16 * 3
    assert c.macs == 320 + 48 and c.params == (20 * 16 + 16) + (16 * 3 + 3)
    assert c.batch_macs() == 368 * 10 * 3
    # Dense on a sequence works per step
    c = cost.estimate(chain(("Dense", {"units": 4}), shape=[7, 5]))
    assert by_id(c)["l0"].macs == 7 * 5 * 4


def test_conv2d_macs_by_hand():
    g = chain(("Conv2D", {"filters": 8, "kernel_size": [3, 3], "padding": "valid"}),
              ("Conv2D", {"filters": 4, "kernel_size": [1, 1], "padding": "same"}), shape=[10, 10, 3])
    layers = by_id(cost.estimate(g))
    assert layers["l0"].macs == (8 * 8 * 8) * (3 * 3 * 3)  # 8x8 outputs of 8 filters, each 3x3x3
    assert layers["l1"].macs == (8 * 8 * 4) * 8
    assert layers["l0"].activations == 8 * 8 * 8


def test_lstm_and_gru_macs_by_hand():
    layers = by_id(cost.estimate(chain(("LSTM", {"units": 32}), shape=[24, 16])))
    assert layers["l0"].macs == 24 * 4 * 32 * (16 + 32)
    layers = by_id(cost.estimate(chain(("GRU", {"units": 8}), shape=[5, 3])))
    assert layers["l0"].macs == 5 * 3 * 8 * (3 + 8)


def test_memory_figures():
    c = cost.estimate(chain(("Dense", {"units": 100}), shape=[50]), batch_size=64, optimizer="Adam")
    assert c.params == 5100 and c.param_bytes == 5100 * 4
    assert c.training_param_bytes == 5100 * 4 * 4  # weights, gradients and Adam's two moments
    assert c.activation_bytes == 100 * 64 * 4
    assert cost.estimate(chain(("Dense", {"units": 100}), shape=[50]), optimizer="SGD").training_param_bytes \
        == 5100 * 4 * 2


def test_fit_warning_and_largest_batch():
    c = cost.estimate(chain(("Dense", {"units": 1000}), shape=[1000]), batch_size=4096, optimizer="SGD")
    need = c.training_bytes
    assert c.fits(need * 2) is True and c.fits(need) is False and c.fits(None) is None
    free = 20 * 1024 * 1024
    lines = cost.describe(c, free, "the GPU")
    best = c.largest_batch(free)
    assert lines[-1].startswith("Warning: one training step needs about")
    assert f"use a batch size of at most {best}" in lines[-1]
    # that batch does fit, one more does not
    assert cost.estimate(chain(("Dense", {"units": 1000}), shape=[1000]), best, "SGD").fits(free)
    assert not cost.estimate(chain(("Dense", {"units": 1000}), shape=[1000]), best + 1, "SGD").fits(free)
    assert "weights alone do not fit" in cost.describe(c, 1024)[-1]


def test_human_units():
    assert cost.human_bytes(512) == "512 bytes" and cost.human_bytes(1536) == "1.5 KB"
    assert cost.human_count(1_234_567) == "1.23 M" and cost.human_count(999) == "999"


@pytest.mark.keras
@pytest.mark.parametrize("name", ["mlp_2d", "cnn_digits", "lstm_sequence", "resnet_block", "autoencoder"])
def test_parameter_counts_match_keras(name):
    from deskdl.ml.build import build_model

    project = Project.load(resource("templates", f"{name}.deskdl"))
    c = cost.estimate_project(project)
    model = build_model(project.graph)
    assert c.params == model.count_params()
    assert not c.unknown
    assert c.macs > 0
