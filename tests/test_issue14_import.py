"""Issue 14: nested models are inlined, keras.applications-only layers and tensor arithmetic become
catalog layers, and what has no equivalent is refused by name (before Keras opens the file)."""

from __future__ import annotations

import json
import math
import zipfile

import pytest

from deskdl.core.analysis import analyze
from deskdl.ml.importer import ModelImportError, import_keras_file, import_model_config

pytestmark = pytest.mark.keras


def _counts(model) -> tuple[int, int]:
    return (sum(math.prod(w.shape) for w in model.trainable_weights),
            sum(math.prod(w.shape) for w in model.non_trainable_weights))


def _nested_model():
    """A Sequential stem and a functional block (with its own skip link) inside a functional model."""
    import keras

    stem = keras.Sequential([keras.Input((8, 8, 3)), keras.layers.Conv2D(4, 3, padding="same", name="conv"),
                             keras.layers.BatchNormalization(name="bn")], name="stem")
    b_in = keras.Input((8, 8, 4), name="block_in")
    b = keras.layers.DepthwiseConv2D(3, padding="same", name="conv")(b_in)  # "conv" again: ids differ
    b = keras.layers.Add(name="skip")([b_in, b])
    block = keras.Model(b_in, b, name="block")
    x_in = keras.Input((8, 8, 3), name="image")
    x = block(stem(x_in))
    x = keras.layers.GlobalAveragePooling2D(name="gap")(x)
    return keras.Model(x_in, keras.layers.Dense(2, name="out")(x), name="outer")


def test_nested_models_are_inlined_with_unique_ids_and_their_boundary(tmp_path):
    model = _nested_model()
    path = tmp_path / "nested.keras"
    model.save(path)
    project = import_keras_file(path)
    g = project.graph
    assert list(g.nodes) == ["image", "conv", "bn", "conv_2", "skip", "gap", "out"]
    assert g.node("conv_2").type == "DepthwiseConv2D" and g.node("conv_2").inputs == ["bn"]
    assert g.node("skip").inputs == ["bn", "conv_2"]
    assert g.node("gap").inputs == ["skip"]
    stem, block = project.inlined
    assert (stem.name, stem.cls, stem.nodes, stem.inputs, stem.outputs) == \
        ("stem", "Sequential", ["conv", "bn"], ["image"], ["bn"])
    assert (block.name, block.cls, block.nodes, block.inputs, block.outputs) == \
        ("block", "Functional", ["conv_2", "skip"], ["bn"], ["skip"])
    a = analyze(g)
    assert a.ok and (a.trainable, a.non_trainable) == _counts(model)
    assert project.warnings == []


def test_tensor_arithmetic_becomes_rescaling_and_merge_layers():
    import keras

    x_in = keras.Input((4,), name="x")
    h = keras.layers.Dense(4, name="h")(x_in)
    plus = h + 3.0                    # MobileNetV3's hard sigmoid is (x + 3) * (1 / 6) after a ReLU6
    times = plus * (1.0 / 6.0)
    minus = 1.0 - times
    half = minus / 2.0
    both = half * h                   # two tensors: the Multiply layer
    model = keras.Model(x_in, both)
    project = import_model_config(model.to_json(), check=False)
    g = project.graph
    types = [(n.type, n.params.get("scale"), n.params.get("offset")) for n in g.nodes.values()][2:]
    assert types == [("Rescaling", 1.0, 3.0), ("Rescaling", pytest.approx(1 / 6), 0.0),
                     ("Rescaling", -1.0, 1.0), ("Rescaling", 0.5, 0.0), ("Multiply", None, None)]
    a = analyze(g)
    assert a.ok and a.trainable == 20 and a.nodes[a.outputs[0]].shape == (None, 4)


def test_custom_scale_layer_is_a_rescaling_and_an_add():
    import keras
    from keras.src.applications.inception_resnet_v2 import CustomScaleLayer

    x_in = keras.Input((5, 5, 2), name="x")
    branch = keras.layers.Conv2D(2, 1, name="branch")(x_in)
    out = CustomScaleLayer(0.17, name="mix")([x_in, branch])
    model = keras.Model(x_in, out)
    project = import_model_config(json.loads(model.to_json()), check=False)
    g = project.graph
    assert g.node("mix_scale").type == "Rescaling" and g.node("mix_scale").params["scale"] == 0.17
    assert g.node("mix_scale").inputs == ["branch"]
    assert g.node("mix").type == "Add" and g.node("mix").inputs == ["x", "mix_scale"]
    assert analyze(g).trainable == 6


def test_layer_scale_of_convnext_is_deskdls_layer_scale():
    import keras
    from keras.src.applications.convnext import LayerScale

    x_in = keras.Input((3, 3, 6), name="x")
    model = keras.Model(x_in, LayerScale(1e-6, 6, name="ls")(x_in))
    project = import_model_config(model.to_json())
    node = project.graph.node("ls")
    assert node.type == "LayerScale" and node.params == {"init_values": 1e-6}
    assert analyze(project.graph).trainable == 6 == _counts(model)[0]
    assert project.warnings == []


def _archive(tmp_path, config):
    path = tmp_path / "made.keras"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("config.json", json.dumps(config))
    return path


def test_an_application_layer_without_equivalent_is_refused_by_name_before_keras(tmp_path):
    config = {"class_name": "Functional", "config": {"name": "m", "layers": [
        {"class_name": "InputLayer", "name": "x", "config": {"name": "x", "batch_shape": [None, 4]},
         "inbound_nodes": []},
        {"module": "keras.src.applications.future_net", "class_name": "GatedMix",
         "registered_name": "GatedMix", "name": "mix", "config": {"name": "mix"},
         "inbound_nodes": [{"args": [{"class_name": "__keras_tensor__",
                                      "config": {"keras_history": ["x", 0, 0]}}], "kwargs": {}}]}],
        "input_layers": [["x", 0, 0]], "output_layers": [["mix", 0, 0]]}}
    # The archive has no weights: had Keras opened it, the message would be about the file instead.
    with pytest.raises(ModelImportError) as err:
        import_keras_file(_archive(tmp_path, config))
    assert str(err.value.message) == (
        "the model uses layers deskdl does not know: GatedMix (mix: GatedMix lives only inside "
        "keras.src.applications.future_net and deskdl knows no equivalent made of its own layers)")


def test_an_operation_without_a_layer_is_refused_by_name(tmp_path):
    import keras

    a = keras.Input((4,), name="a")
    b = keras.Input((4,), name="b")
    model = keras.Model([a, b], a / b)
    with pytest.raises(ModelImportError) as err:
        import_model_config(model.to_json(), check=False)
    assert "divides one tensor by another, which no deskdl layer does" in err.value.message


def test_the_same_loss_on_many_layers_is_one_warning():
    """EfficientNet's convolutions all start from VarianceScaling: one line, not two per layer."""
    import keras

    x = inp = keras.Input((4,), name="x")
    for i in range(5):
        x = keras.layers.Dense(4, kernel_initializer=keras.initializers.VarianceScaling(2.0), name=f"d{i}")(x)
    x = keras.layers.Dense(2, kernel_initializer=keras.initializers.VarianceScaling(2.0),
                           kernel_constraint=keras.constraints.MaxNorm(2), name="out")(x)
    project = import_model_config(keras.Model(inp, x).to_json())
    assert project.warnings == [
        "d0, d1, d2 and 3 more layers: kernel_initializer 'variance_scaling' is not offered by deskdl; "
        "it became 'glorot_uniform'.",
        "out (Dense): kernel_constraint=MaxNorm(max_value=2, axis=0) not kept (deskdl does not offer this "
        "setting).",
    ]
