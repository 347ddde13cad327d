"""Graph -> Keras: the builder, its errors, layer_kwargs, and deskdl's custom layers."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.errors import DeskdlError
from deskdl.core.graph import ModelGraph
from deskdl.ml.build import BuildError, Wrapped, build_model, keras_message, layer_kwargs

pytestmark = pytest.mark.keras


def graph(*nodes, outputs=None):
    data = {"nodes": [{"id": n[0], "type": n[1], "params": n[2] if len(n) > 2 else {},
                       "inputs": n[3] if len(n) > 3 else []} for n in nodes]}
    if outputs is not None:
        data["outputs"] = outputs
    return ModelGraph.from_dict(data)


def test_layer_kwargs_are_plain_python_ready_for_keras_and_the_exporter():
    g = graph(("x", "Input", {"shape": [8, 2]}),
              ("b", "Bidirectional", {"layer": {"type": "GRU", "params": {"units": 4}}}, ["x"]),
              ("c", "Conv1D", {"kernel_size": [3], "kernel_regularizer": "l1_l2"}, ["x"]))
    kw = layer_kwargs(g.node("b"))
    assert isinstance(kw["layer"], Wrapped) and kw["layer"].kwargs["units"] == 4
    assert repr(kw["layer"]).startswith("keras.layers.GRU(units=4, ")
    ck = layer_kwargs(g.node("c"))
    assert ck["kernel_size"] == (3,) and ck["strides"] == 1
    assert ck["kernel_regularizer"] == {"class_name": "L1L2", "config": {"l1": 0.01, "l2": 0.01}}
    assert layer_kwargs("Dense", {"units": 3})["units"] == 3


def test_builds_a_multi_input_multi_output_model_named_by_node_ids():
    g = graph(
        ("q", "Input", {"shape": [5, 4]}),
        ("v", "Input", {"shape": [7, 6]}),
        ("unused", "Input", {"shape": [3]}),
        ("att", "MultiHeadAttention", {"num_heads": 2, "key_dim": 3}, ["q", "v", "v"]),
        ("pool", "GlobalAveragePooling1D", {}, ["att"]),
        ("mean", "Dense", {"units": 2}, ["pool"]),
        ("logv", "Dense", {"units": 2}, ["pool"]),
        ("z", "Sampling", {}, ["mean", "logv"]),
        ("cat", "Concatenate", {}, ["z", "mean"]),
    )
    model = build_model(g, name="two_in")
    assert model.name == "two_in"
    assert [t.name for t in model.inputs] == ["q", "v"]  # the unlinked Input is left out
    assert model.get_layer("att").output.shape == (None, 5, 4)
    out = model.predict([np.zeros((3, 5, 4)), np.zeros((3, 7, 6))], verbose=0)
    assert out.shape == (3, 4)


def test_refuses_a_graph_with_errors_and_carries_every_diagnostic():
    g = graph(("x", "Input", {"shape": [784]}), ("c", "Conv2D", {}, ["x"]),
              ("d", "Dense", {"units": 0}, ["x"]))
    with pytest.raises(BuildError) as info:
        build_model(g)
    err = info.value
    assert isinstance(err, DeskdlError)
    assert {d.node_id for d in err.diagnostics} == {"c", "d"}
    assert "and 1 more problem" in err.message and err.node_id in {"c", "d"}


def test_keras_failures_name_the_node(monkeypatch):
    import deskdl.ml.build as build

    def broken(*args, **kwargs):
        raise ValueError("\x1b[1mException encountered when calling X.\x1b[0m\nSomething odd happened.\n"
                         "Arguments received by X.call():\n  • inputs=...")

    monkeypatch.setattr(build, "make_layer", broken)
    g = graph(("x", "Input", {"shape": [4]}), ("h", "Dense", {}, ["x"]))
    with pytest.raises(BuildError) as info:
        build_model(g)
    assert info.value.node_id == "h"
    assert info.value.message == "Keras could not build h (Dense): Something odd happened."


def test_keras_message_is_short():
    assert len(keras_message(ValueError("x" * 1000))) <= 300


def test_custom_layers_save_and_load_with_safe_mode(tmp_path):
    import keras

    g = graph(("x", "Input", {"shape": [6, 4]}), ("pe", "PositionalEncoding", {}, ["x"]),
              ("f", "Flatten", {}, ["pe"]), ("m", "Dense", {"units": 3}, ["f"]),
              ("s", "Dense", {"units": 3}, ["f"]), ("z", "Sampling", {}, ["m", "s"]))
    model = build_model(g)
    path = tmp_path / "m.keras"
    model.save(path)
    loaded = keras.models.load_model(path, safe_mode=True)
    assert type(loaded.get_layer("z")).__name__ == "Sampling"
    assert loaded.get_layer("pe").get_config()["max_wavelength"] == 10000.0
    assert loaded.count_params() == model.count_params()


def test_positional_encoding_adds_the_sine_cosine_signal():
    from deskdl.ml.custom_layers import PositionalEncoding

    layer = PositionalEncoding(max_wavelength=100.0)
    out = np.asarray(layer(np.zeros((1, 5, 4), dtype="float32")))
    pos = np.arange(5)[:, None]
    rates = 100.0 ** (-(np.arange(4) // 2 * 2) / 4)
    want = np.where(np.arange(4) % 2 == 0, np.sin(pos * rates), np.cos(pos * rates))
    np.testing.assert_allclose(out[0], want, atol=1e-5)


def test_sampling_is_mean_plus_scaled_noise():
    from deskdl.ml.custom_layers import Sampling

    layer = Sampling(seed=1)
    mean = np.full((4000, 2), 3.0, dtype="float32")
    log_var = np.full((4000, 2), np.log(4.0), dtype="float32")
    z = np.asarray(layer([mean, log_var]))
    assert abs(z.mean() - 3.0) < 0.1 and abs(z.std() - 2.0) < 0.1
    with pytest.raises(ValueError):
        layer.compute_output_shape([(None, 2), (None, 3)])


@pytest.mark.keras
def test_a_project_named_with_accents_builds_and_runs_inside_a_tf_function():
    """TensorFlow's root name scopes take ASCII only: training 'Xoắn ốc' (the spiral in Vietnamese) failed."""
    import numpy as np
    import tensorflow as tf

    from deskdl.core.graph import ModelGraph
    from deskdl.ml.build import build_model

    graph = ModelGraph.from_dict({"nodes": [
        {"id": "input", "type": "Input", "params": {"shape": [2]}},
        {"id": "out", "type": "Dense", "params": {"units": 2, "activation": "softmax"}, "inputs": ["input"]},
    ], "outputs": ["out"]})
    model = build_model(graph, name="Xoắn ốc")
    assert model.name == "Xoan_oc"
    predict = tf.function(lambda x: model(x, training=False))
    assert predict(np.zeros((3, 2), np.float32)).shape == (3, 2)
