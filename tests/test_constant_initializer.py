"""An initializer may be a constant: every weight or bias starts at one number (issue 15's dead-ReLU lab).

A Dense layer whose biases start at -5 keeps a ReLU unit's input below zero for every example of the
lab's data: the unit is dead from the first step. The catalog accepts
``{"class_name": "Constant", "config": {"value": x}}`` beside the initializers' names, Keras builds it,
the exported script and the importer keep it, and the settings panel edits it.
"""

from __future__ import annotations

import pytest

from deskdl.core import catalog
from deskdl.core.errors import ParamError
from deskdl.core.graph import ModelGraph

MINUS_FIVE = {"class_name": "Constant", "config": {"value": -5.0}}


def _graph(bias):
    return ModelGraph.from_dict({"nodes": [
        {"id": "x", "type": "Input", "params": {"shape": [2]}},
        {"id": "h", "type": "Dense", "params": {"units": 3, "activation": "relu", "bias_initializer": bias},
         "inputs": ["x"]}]})


def test_the_catalog_takes_a_constant_beside_the_names():
    catalog.check_param("Dense", "bias_initializer", MINUS_FIVE)
    catalog.check_param("Dense", "bias_initializer", {"class_name": "Constant", "config": {"value": 2}})
    catalog.check_param("Dense", "kernel_initializer", "he_normal")
    assert catalog.constant_value(MINUS_FIVE) == -5.0
    assert catalog.constant_value("zeros") is None
    for bad in ({"class_name": "Constant", "config": {"value": "x"}},
                {"class_name": "Constant", "config": {"value": float("nan")}},
                {"class_name": "Orthogonal", "config": {}}, "constant(-5)"):
        with pytest.raises(ParamError):
            catalog.check_param("Dense", "bias_initializer", bad)
    # a setting that is not an initializer still takes only its choices
    with pytest.raises(ParamError):
        catalog.check_param("Dense", "activation", {"class_name": "Constant", "config": {"value": 1.0}})
    assert "-5" in catalog.get("Dense").param_map["bias_initializer"].help or \
        "dead" in catalog.get("Dense").param_map["bias_initializer"].help


@pytest.mark.keras
def test_keras_starts_every_bias_at_the_constant_and_the_script_says_so():
    import numpy as np

    from deskdl.ml.build import build_model
    from deskdl.ml.export import layer_expr

    model = build_model(_graph(MINUS_FIVE))
    bias = model.get_layer("h").bias.numpy()
    assert np.array_equal(bias, np.full(3, -5.0, dtype=np.float32))
    out = model.predict(np.array([[0.3, -0.7], [1.0, 1.0]], dtype="float32"), verbose=0)
    assert not out.any()  # every unit's input is below zero: relu gives 0 everywhere
    code = layer_expr("Dense", {"units": 3, "activation": "relu", "bias_initializer": MINUS_FIVE})
    assert "bias_initializer=keras.initializers.Constant(-5.0)" in code


@pytest.mark.keras
def test_an_imported_constant_stays_a_constant():
    import keras

    from deskdl.ml.importer import import_model_config

    inp = keras.Input((2,))
    out = keras.layers.Dense(3, activation="relu", bias_initializer=keras.initializers.Constant(-5.0),
                             name="hidden")(inp)
    project = import_model_config(keras.Model(inp, out).to_json())
    assert project.graph.nodes["hidden"].params["bias_initializer"] == MINUS_FIVE


def test_the_settings_panel_edits_a_constant(qtbot):
    from deskdl.qt.properties import _InitializerEditor, editor_for

    spec = catalog.get("Dense").param_map["bias_initializer"]
    editor = editor_for(spec)
    qtbot.addWidget(editor)
    assert isinstance(editor, _InitializerEditor)
    editor.set_value("zeros")
    assert editor.value() == "zeros" and not editor.row.isVisibleTo(editor)
    editor.set_value(MINUS_FIVE)
    assert editor.combo.currentText() == "constant" and editor.number.text() == "-5"
    assert editor.row.isVisibleTo(editor) and editor.value() == MINUS_FIVE
    with qtbot.waitSignal(editor.committed):
        editor.combo.setCurrentIndex(editor.combo.findData("ones"))
    assert editor.value() == "ones" and not editor.row.isVisibleTo(editor)
    editor.combo.setCurrentIndex(editor.combo.findData("constant"))
    editor.number.setText("-2.5")
    assert editor.value() == {"class_name": "Constant", "config": {"value": -2.5}}
    editor.number.setText("minus five")
    with pytest.raises(ValueError):
        editor.value()


def test_the_doctor_names_a_negative_starting_bias_as_the_cause_of_dead_relus():
    from deskdl.core import doctor

    graph = _graph(MINUS_FIVE).to_dict()
    dead = {"h": {"dead": 3, "units": 3, "mean": 0.0, "std": 0.0}}
    history = {"loss": [0.69] * 6, "val_loss": [0.69] * 6}
    found = [f for f in doctor.diagnose(history, doctor.Evidence(graph=graph, activations=dead))
             if f.code == "dead_relu"]
    assert len(found) == 1 and found[0].layer == "h"
    assert "bias_initializer zeros" in found[0].remedy and "-5" in found[0].remedy
    assert found[0].changes == (doctor.Change("layer", ("h", "bias_initializer"), "zeros"),)
    # biases that start at 0: the usual remedy (leaky_relu) for units killed by the steps
    plain = _graph("zeros").to_dict()
    found = [f for f in doctor.diagnose(history, doctor.Evidence(graph=plain, activations=dead))
             if f.code == "dead_relu"]
    assert found[0].changes == (doctor.Change("layer", ("h", "activation"), "leaky_relu"),)
