"""Importing Keras models: every catalog layer round-trips; unsafe or unknown models are refused."""

from __future__ import annotations

import json
import zipfile

import pytest
from _layer_cases import CASES, case_graph

from deskdl.core.analysis import analyze, summary_rows
from deskdl.core.graph import ModelGraph
from deskdl.ml.importer import ModelImportError, import_keras_file, import_model_config

# ---------------------------------------------------------------- pure configs (no Keras)
KERAS2_FUNCTIONAL = {
    "class_name": "Functional",
    "config": {
        "name": "legacy",
        "layers": [
            {"class_name": "InputLayer", "name": "inp",
             "config": {"batch_input_shape": [None, 4], "name": "inp"}, "inbound_nodes": []},
            {"class_name": "Dense", "name": "a",
             "config": {"name": "a", "units": 3, "activation": "relu"},
             "inbound_nodes": [[["inp", 0, 0, {}]]]},
            {"class_name": "Dense", "name": "b",
             "config": {"name": "b", "units": 3}, "inbound_nodes": [[["inp", 0, 0, {}]]]},
            {"class_name": "Add", "name": "sum",
             "config": {"name": "sum"}, "inbound_nodes": [[["a", 0, 0, {}], ["b", 0, 0, {}]]]},
            {"class_name": "LeakyReLU", "name": "act",
             "config": {"name": "act", "alpha": 0.2}, "inbound_nodes": [[["sum", 0, 0, {}]]]},
        ],
        "input_layers": [["inp", 0, 0]],
        "output_layers": [["act", 0, 0]],
    },
}


def test_keras2_style_functional_config_without_keras():
    p = import_model_config(KERAS2_FUNCTIONAL, check=False)
    g = p.graph
    assert list(g.nodes) == ["inp", "a", "b", "sum", "act"]
    assert g.nodes["inp"].params["shape"] == [4]
    assert g.nodes["sum"].inputs == ["a", "b"]
    assert g.nodes["act"].params["negative_slope"] == 0.2
    assert g.nodes["b"].params["activation"] == "linear"  # Keras's default, not the catalog's
    assert analyze(g).ok
    assert set(p.layout) == set(g.nodes)  # arranged for the canvas


def test_unknown_layers_are_named():
    cfg = json.loads(json.dumps(KERAS2_FUNCTIONAL))
    cfg["config"]["layers"][3]["class_name"] = "MyFancyMerge"
    with pytest.raises(ModelImportError, match=r"does not know: MyFancyMerge \(sum\)"):
        import_model_config(cfg, check=False)


def test_bad_json_and_non_models():
    with pytest.raises(ModelImportError, match="line 1, column"):
        import_model_config("{oops")
    with pytest.raises(ModelImportError, match="not a Keras model config"):
        import_model_config({"nodes": []})


def test_shared_layers_are_refused_clearly():
    cfg = json.loads(json.dumps(KERAS2_FUNCTIONAL))
    cfg["config"]["layers"][1]["inbound_nodes"].append([["inp", 0, 0, {}]])
    with pytest.raises(ModelImportError, match="used 2 times"):
        import_model_config(cfg, check=False)


def test_sequential_without_input_shape_is_refused():
    cfg = {"class_name": "Sequential", "config": {"name": "s", "layers": [
        {"class_name": "Dense", "config": {"name": "d", "units": 2}}]}}
    with pytest.raises(ModelImportError, match="no input shape"):
        import_model_config(cfg, check=False)
    cfg["config"]["build_input_shape"] = [None, 5]
    p = import_model_config(cfg, check=False)
    assert p.graph.nodes["input"].params["shape"] == [5]


# ---------------------------------------------------------------- with Keras
def _round_trip(graph: ModelGraph):
    from deskdl.ml.build import build_model

    model = build_model(graph)
    project = import_model_config(model.to_json())
    return project, model


@pytest.mark.keras
def test_every_catalog_layer_round_trips_through_to_json():
    for type_name in CASES:
        graph = case_graph(type_name)
        project, _ = _round_trip(graph)
        assert summary_rows(project.graph) == summary_rows(graph), type_name
        original = graph.nodes["layer"].kind.resolve(graph.nodes["layer"].params)
        imported = project.graph.nodes["layer"].params
        for key, value in original.items():
            if isinstance(value, dict) and "type" in value:  # wrapped layer: compare resolved inner params
                from deskdl.core import catalog

                inner = catalog.get(value["type"])
                assert inner.resolve(imported[key]["params"]) == inner.resolve(value["params"]), type_name
                assert imported[key]["type"] == value["type"]
            else:
                assert imported[key] == value or (key == "strides" and value is None), (type_name, key)
        assert project.warnings == [], (type_name, project.warnings)


@pytest.mark.keras
def test_keras_file_round_trip_with_compile_settings(tmp_path):
    import keras

    inp = keras.Input((4,), name="features")
    h = keras.layers.Dense(5, activation="relu", name="hidden")(inp)
    skip = keras.layers.Dense(5, name="skip")(inp)
    out = keras.layers.Dense(2, activation="softmax", name="probs")(keras.layers.Add(name="add")([h, skip]))
    model = keras.Model(inp, out, name="functional")
    model.compile(optimizer=keras.optimizers.SGD(0.05, momentum=0.9, clipnorm=1.0),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    path = tmp_path / "two_paths.keras"
    model.save(path)
    project = import_keras_file(path)
    assert project.name == "two_paths"
    assert project.graph.nodes["add"].inputs == ["hidden", "skip"]
    assert project.training["optimizer"] == {"type": "SGD", "learning_rate": 0.05, "momentum": 0.9}
    assert project.training["clipnorm"] == 1.0
    rows = summary_rows(project.graph)
    assert [(r["id"], r["params"]) for r in rows] == [
        ("features", 0), ("hidden", 25), ("skip", 25), ("add", 0), ("probs", 12)]
    assert project.warnings == []


@pytest.mark.keras
def test_saved_deskdl_model_with_custom_layers_imports(tmp_path):
    from deskdl.ml.build import build_model

    g = ModelGraph()
    g.add_node("Input", {"shape": [5, 4]}, node_id="seq")
    g.add_node("PositionalEncoding", {"max_wavelength": 50.0}, node_id="pos", inputs=["seq"])
    g.add_node("Flatten", {}, node_id="flat", inputs=["pos"])
    g.add_node("Dense", {"units": 2}, node_id="mean", inputs=["flat"])
    g.add_node("Dense", {"units": 2}, node_id="log_var", inputs=["flat"])
    g.add_node("Sampling", {}, node_id="z", inputs=["mean", "log_var"])
    build_model(g).save(tmp_path / "vae.keras")
    project = import_keras_file(tmp_path / "vae.keras")
    assert summary_rows(project.graph) == summary_rows(g)
    assert project.graph.nodes["pos"].params["max_wavelength"] == 50.0


@pytest.mark.keras
def test_lambda_keras_file_is_refused_before_loading(tmp_path, monkeypatch):
    import keras

    model = keras.Sequential([keras.Input((3,)), keras.layers.Lambda(lambda x: x * 2, name="double"),
                              keras.layers.Dense(1)])
    path = tmp_path / "lambda.keras"
    model.save(path)

    def must_not_load(*a, **k):
        raise AssertionError("the file must not be opened by Keras")

    monkeypatch.setattr(keras.saving, "load_model", must_not_load)
    with pytest.raises(ModelImportError, match=r"Lambda \(double\)") as info:
        import_keras_file(path)
    assert "replace each Lambda" in info.value.text


@pytest.mark.keras
def test_settings_deskdl_cannot_keep_become_warnings():
    import keras

    inp = keras.Input((4,), name="x")
    h = keras.layers.Dense(3, kernel_constraint=keras.constraints.MaxNorm(2), bias_regularizer="l2",
                           name="d")(inp)
    frozen = keras.layers.Dense(2, trainable=False, name="f")(h)
    project = import_model_config(keras.Model(inp, frozen).to_json())
    text = " ".join(project.warnings)
    assert "d (Dense)" in text and "kernel_constraint" in text and "bias_regularizer" in text
    assert "f was frozen" in text
    assert "Not carried over" in project.description


def test_not_a_keras_file(tmp_path):
    bad = tmp_path / "model.keras"
    bad.write_text("hello")
    with pytest.raises(ModelImportError, match="not a .keras file"):
        import_keras_file(bad)
    empty = tmp_path / "empty.keras"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("metadata.json", "{}")
    with pytest.raises(ModelImportError, match="no config.json"):
        import_keras_file(empty)
    with pytest.raises(ModelImportError, match="no such file"):
        import_keras_file(tmp_path / "missing.keras")
