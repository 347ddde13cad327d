"""Issue 10: the import pre-check refuses whatever Keras's safe mode would, in one line, before TensorFlow.

Hostile files are written by hand (a ``.keras`` file is a zip with ``config.json``), so
these tests need no Keras except the last, which saves a real model.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import zipfile

import pytest

from deskdl.cli import main
from deskdl.ml.importer import ModelImportError, import_keras_file, import_model_config, unsafe_objects


def _dense(name, **config):
    cfg = {"name": name, "trainable": True, "dtype": {"module": "keras", "class_name": "DTypePolicy",
                                                      "config": {"name": "float32"}, "registered_name": None},
           "units": 3, "activation": "relu", "use_bias": True,
           "kernel_initializer": {"module": "keras.initializers", "class_name": "GlorotUniform",
                                  "config": {"seed": None}, "registered_name": None},
           "bias_initializer": {"module": "keras.initializers", "class_name": "Zeros", "config": {},
                                "registered_name": None}}
    cfg.update(config)
    return {"module": "keras.layers", "class_name": "Dense", "config": cfg, "registered_name": None,
            "build_config": {"input_shape": [None, 4]}}


def _model(*layers, **top):
    doc = {"module": "keras", "class_name": "Sequential", "config": {
        "name": "sequential", "trainable": True, "layers": [
            {"module": "keras.layers", "class_name": "InputLayer", "registered_name": None, "config": {
                "batch_shape": [None, 4], "dtype": "float32", "name": "input_layer"}},
            *layers]}, "registered_name": None, "build_config": {"input_shape": [None, 4]}}
    doc.update(top)
    return doc


SAFE = _model(_dense("d1"), _dense("d2", units=2, activation="softmax"))
LAMBDA_CODE = {"value": ["4wEAAAAAAAAAAAAAAAIAAAADAAAA8wwAAACXAHwAZAF6BQAAUwA=", None, None]}

HOSTILE = {
    "activation from os": (_model(_dense("d1", activation={"module": "os", "class_name": "system",
                                                           "config": {}, "registered_name": None})),
                           "activation of the layer d1 (Dense) comes from the Python module 'os'"),
    "initializer module": (_model(_dense("d1", kernel_initializer={
        "module": "evil.init", "class_name": "Boom", "config": {}, "registered_name": None})),
        "kernel_initializer of the layer d1 (Dense) comes from the Python module 'evil.init'"),
    "dtype policy": (_model(_dense("d1", dtype={"module": "mypkg.policy", "class_name": "DTypePolicy",
                                                "config": {"name": "float32"}, "registered_name": None})),
                     "dtype of the layer d1 (Dense) comes from the Python module 'mypkg.policy'"),
    "model module": (_model(_dense("d1"), module="mypkg.models"),
                     "the model comes from the Python module 'mypkg.models'"),
    "layer module": (_model({**_dense("d1"), "module": "mypkg.layers"}),
                     "comes from the Python module 'mypkg.layers'"),
    "lambda activation": (_model(_dense("d1", activation=LAMBDA_CODE)),
                          "activation of the layer d1 (Dense) is a Python lambda"),
    "__lambda__ object": (_model(_dense("d1", kernel_regularizer={"class_name": "__lambda__",
                                                                  "config": LAMBDA_CODE})),
                          "kernel_regularizer of the layer d1 (Dense) is a Python lambda"),
    "registered function": (_model(_dense("d1", activation={
        "module": "builtins", "class_name": "function", "config": "mine>myact",
        "registered_name": "function"})),
        "activation of the layer d1 (Dense) is the custom function 'mine>myact'"),
    "registered initializer": (_model(_dense("d1", bias_initializer={
        "module": "keras.initializers", "class_name": "Zeros", "config": {},
        "registered_name": "evil>Zeros"})),
        "bias_initializer of the layer d1 (Dense) is the registered custom object 'evil>Zeros'"),
    "registered layer": (_model({**_dense("d1"), "registered_name": "evil>Dense"}),
                         "the layer d1 (Dense) is the registered custom object 'evil>Dense'"),
}


def _keras_zip(path, config):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("config.json", json.dumps(config))
        zf.writestr("metadata.json", json.dumps({"keras_version": "3.15.1"}))
        zf.writestr("model.weights.h5", b"not opened")
    return path


def test_a_plain_keras_config_passes():
    assert unsafe_objects(SAFE) == []
    project = import_model_config(SAFE, check=False)
    assert [n.type for n in project.graph.nodes.values()] == ["Input", "Dense", "Dense"]


def test_deskdl_custom_layers_pass():
    sampling = {"module": "deskdl.ml.custom_layers", "class_name": "Sampling", "config": {"name": "z"},
                "registered_name": "deskdl>Sampling"}
    assert unsafe_objects(_model(sampling)) == []
    fake = {**sampling, "registered_name": "deskdl>Exfiltrate", "class_name": "Exfiltrate"}
    assert unsafe_objects(_model(fake))


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_every_object_safe_mode_refuses_is_refused(case):
    config, expected = HOSTILE[case]
    problems = unsafe_objects(config)
    assert problems and expected in problems[0], problems
    with pytest.raises(ModelImportError) as info:
        import_model_config(copy.deepcopy(config), "m.json", check=False)
    assert "code from outside Keras, which a safe load refuses" in info.value.text
    assert "\n" not in info.value.text


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_keras_file_is_refused_in_one_line(case, tmp_path, capsys):
    config, expected = HOSTILE[case]
    path = _keras_zip(tmp_path / "m.keras", config)
    assert main(["import", str(path), "-o", str(tmp_path / "m.deskdl")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"deskdl: error: {path}: deskdl does not open this model")
    assert expected in err[0]
    assert not (tmp_path / "m.deskdl").exists()


def test_refused_before_tensorflow_loads(tmp_path):
    path = _keras_zip(tmp_path / "m.keras", HOSTILE["initializer module"][0])
    code = ("import sys\nfrom deskdl.ml.importer import import_keras_file, ModelImportError\n"
            f"try:\n    import_keras_file({str(path)!r})\nexcept ModelImportError as e:\n    print(e.text)\n"
            "print('tensorflow' in sys.modules, 'keras' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120).stdout
    assert "evil.init" in out and out.strip().endswith("False False")


def test_deep_config_is_a_plain_error(tmp_path, capsys):
    path = tmp_path / "deep.keras"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("config.json", "[" * 100_000 + "]" * 100_000)
    with pytest.raises(ModelImportError, match="too deeply nested"):
        import_keras_file(path)
    deep = _model(_dense("d1", notes=json.loads("[" * 500 + "]" * 500)))
    with pytest.raises(ModelImportError, match="too deeply nested"):
        import_model_config(deep, check=False)


def test_import_does_not_overwrite_a_project_unless_forced(tmp_path, capsys):
    src = tmp_path / "m.json"
    src.write_text(json.dumps(SAFE))
    out = tmp_path / "lesson.deskdl"
    out.write_text("my lesson")
    assert main(["import", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already exists" in err[0] and "--force" in err[0]
    assert out.read_text() == "my lesson"
    out.chmod(0o644)
    assert main(["import", str(src), "-o", str(out), "--force"]) == 0
    assert json.loads(out.read_text())["format"] == "deskdl-project"
    assert oct(os.stat(out).st_mode & 0o777) == oct(0o644)
    default = tmp_path / "m.deskdl"  # no -o: MODEL with .deskdl, refused the second time too
    assert main(["import", str(src)]) == 0 and default.exists()
    assert main(["import", str(src)]) == 2
    assert "already exists" in capsys.readouterr().err


@pytest.mark.keras
def test_a_real_keras_file_with_registered_activation_is_refused_before_loading(tmp_path, monkeypatch):
    import keras

    @keras.saving.register_keras_serializable(package="mine")
    def twice(x):
        return x * 2

    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, activation=twice, name="d")])
    path = tmp_path / "custom.keras"
    model.save(path)

    def must_not_load(*a, **k):
        raise AssertionError("the file must not be opened by Keras")

    monkeypatch.setattr(keras.saving, "load_model", must_not_load)
    with pytest.raises(ModelImportError, match="custom function 'mine>twice'"):
        import_keras_file(path)


@pytest.mark.keras
def test_a_custom_loss_in_the_compile_settings_is_a_warning_not_a_refusal(tmp_path):
    import keras

    @keras.saving.register_keras_serializable(package="mine")
    def halved_mse(y_true, y_pred):
        return keras.ops.mean(keras.ops.square(y_true - y_pred)) / 2

    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, name="d")])
    model.compile(optimizer="adam", loss=halved_mse)
    path = tmp_path / "custom_loss.keras"
    model.save(path)
    project = import_keras_file(path)  # the layers are plain Keras; the model loads with compile=False
    assert [n.type for n in project.graph.nodes.values()] == ["Input", "Dense"]
    assert any("mine>halved_mse" in w and "not offered" in w for w in project.warnings), project.warnings
