"""The Python exporter: readable Keras code that builds the very same model."""

from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from _layer_cases import CASES, case_graph
from _models import spiral_project

from deskdl.core import catalog
from deskdl.core.analysis import analyze
from deskdl.core.graph import ModelGraph
from deskdl.core.project import Project
from deskdl.ml.export import KERAS_DEFAULTS, REQUIRED, ExportError, export_python, layer_expr

ROOT = Path(__file__).resolve().parents[1]


def _vae_project() -> Project:
    """A small VAE-style DAG with both custom layers and a skip: the functional API."""
    p = Project(name="vae demo")
    g = p.graph
    g.add_node("Input", {"shape": [2]}, node_id="seq")
    g.add_node("Reshape", {"target_shape": [2, 1]}, node_id="steps", inputs=["seq"])
    g.add_node("PositionalEncoding", {"max_wavelength": 100.0}, node_id="pos", inputs=["steps"])
    g.add_node("Flatten", {}, node_id="flat", inputs=["pos"])
    g.add_node("Dense", {"units": 3}, node_id="z_mean", inputs=["flat"])
    g.add_node("Dense", {"units": 3}, node_id="z_log_var", inputs=["flat"])
    g.add_node("Sampling", {}, node_id="z", inputs=["z_mean", "z_log_var"])
    g.add_node("Dense", {"units": 8, "activation": "relu"}, node_id="dec", inputs=["z"])
    g.add_node("Concatenate", {}, node_id="join", inputs=["dec", "z"])
    g.add_node("Dense", {"units": 1}, node_id="out", inputs=["join"])
    p.data = {"dataset": "regression_plane", "params": {"samples": 64}}
    p.training.update(loss="mean_squared_error", metrics=["mae"], epochs=1)
    return p


# ---------------------------------------------------------------- pure (no Keras)
def test_every_layer_kind_has_a_test_case():
    # PretrainedBase (a whole keras.applications model) has its own: tests/test_pretrained_keras.py
    assert set(CASES) == {k.name for k in catalog.all_kinds()} - {"Input", "PretrainedBase"}


def test_chain_is_sequential_with_names_and_only_changed_args():
    code = export_python(spiral_project())
    assert "keras.Sequential(" in code and "keras.Model(" not in code
    assert 'keras.Input(shape=(2,), name="x")' in code
    assert 'keras.layers.Dense(16, activation="tanh", name="h1")' in code
    assert "use_bias" not in code and "kernel_initializer" not in code
    compile(code, "spiral.py", "exec")
    assert "import tensorflow" not in code
    assert not re.search(r"^(from|import) deskdl", code, re.M)


def test_catalog_defaults_that_differ_from_keras_are_written():
    # Conv2D's catalog default activation is relu; Keras's is None, so it must be spelled out.
    assert 'activation="relu"' in layer_expr("Conv2D", {})
    assert layer_expr("Dense", {}) == "keras.layers.Dense(8)"  # units has no Keras default
    assert layer_expr("RandomFlip", {}) == 'keras.layers.RandomFlip(mode="horizontal")'
    assert layer_expr("Rescaling", {}) == "keras.layers.Rescaling(1 / 255)"
    assert layer_expr("Dense", {"activation": "linear"}) == "keras.layers.Dense(8)"


def test_regularizers_and_wrapped_layers():
    expr = layer_expr("Dense", {"kernel_regularizer": {"class_name": "L2", "config": {"l2": 0.001}}})
    assert "kernel_regularizer=keras.regularizers.L2(0.001)" in expr
    conv = layer_expr("Conv1D", {"kernel_regularizer": "l1_l2"})
    assert "keras.regularizers.L1L2(l1=0.01, l2=0.01)" in conv
    bi = layer_expr("Bidirectional", {"layer": {"type": "LSTM", "params": {"units": 4}}}, name="bi")
    assert bi == 'keras.layers.Bidirectional(keras.layers.LSTM(4), name="bi")'


def test_dag_uses_the_functional_api_with_readable_variables():
    code = export_python(_vae_project())
    assert "keras.Model(inputs=seq, outputs=out" in code
    assert "z = Sampling(name=\"z\")([z_mean, z_log_var])" in code
    assert "class Sampling(keras.layers.Layer)" in code and "class PositionalEncoding" in code
    assert "keras.Sequential" not in code


def test_ids_that_are_not_python_names_become_safe_variables():
    g = ModelGraph()
    g.add_node("Input", {"shape": [3]}, node_id="in.put")
    g.add_node("Dense", {"units": 2}, node_id="model", inputs=["in.put"])
    g.add_node("Dense", {"units": 2}, node_id="class", inputs=["in.put"])
    g.add_node("Add", {}, node_id="sum-1", inputs=["model", "class"])
    code = export_python(Project(graph=g))
    compile(code, "x.py", "exec")
    assert "model_ = keras.layers.Dense(2, name=\"model\")(in_put)" in code
    assert "class_ = " in code and "sum_1 = " in code


def test_broken_model_is_refused_with_the_analysis_message():
    g = ModelGraph()
    g.add_node("Input", {"shape": [784]}, node_id="x")
    g.add_node("Conv2D", {}, node_id="conv", inputs=["x"])
    with pytest.raises(ExportError) as info:
        export_python(Project(graph=g))
    assert "conv" in info.value.text and "Reshape" in info.value.text


@pytest.mark.parametrize("dataset,needle", [
    ("circle", "def circle("), ("xor", "def xor("), ("gaussian", "def gaussian("),
    ("regression_gaussian", "def regression_gaussian_surface("), ("shapes", "def shapes("),
    ("reviews", "def reviews("),
    ("digits", "optdigits_8x8.npz"), ("mnist", "keras.datasets.mnist.load_data()"),
    ("cifar10", "keras.datasets.cifar10.load_data()"), ("imdb", "pad_sequences"),
    ("csv", "def read_table("), ("image_folder", "image_dataset_from_directory"),
])
def test_every_dataset_gets_loading_code(dataset, needle):
    p = spiral_project()
    p.data = {"dataset": dataset, "params": {}}
    code = export_python(p)
    assert needle in code
    compile(code, f"{dataset}.py", "exec")


def test_training_settings_reach_compile_and_fit():
    p = spiral_project()
    p.training.update(optimizer={"type": "SGD", "learning_rate": 0.05, "momentum": 0.9}, clipnorm=1.0,
                      schedule={"type": "exponential_decay", "decay_rate": 0.5, "every_epochs": 2},
                      loss="categorical_crossentropy", batch_size=16, validation_split=0.1,
                      early_stopping={"enabled": True, "monitor": "val_accuracy", "patience": 3})
    code = export_python(p)
    assert "keras.optimizers.SGD(learning_rate=learning_rate, momentum=0.9, clipnorm=1.0)" in code
    assert "ExponentialDecay(" in code and "decay_rate=0.5" in code
    assert 'loss="categorical_crossentropy"' in code and "to_categorical(y, NUM_CLASSES)" in code
    assert "NUM_CLASSES = 2" in code and "BATCH_SIZE = 16" in code and "VALIDATION_SPLIT = 0.1" in code
    assert 'monitor="val_accuracy", mode="max", patience=3' in code


@pytest.mark.keras  # the script imports keras
def test_exported_generator_draws_exactly_deskdls_points():
    import numpy as np

    from deskdl.ml import datasets

    p = spiral_project()
    p.data = {"dataset": "spiral", "params": {"samples": 120, "noise": 0.2, "seed": 3}}
    ns: dict = {"__name__": "exported"}
    exec(compile(export_python(p), "s.py", "exec"), ns)
    (xt, yt), (xs, ys) = ns["load_data"]()
    bundle = datasets.load("spiral", {"samples": 120, "noise": 0.2, "seed": 3})
    np.testing.assert_array_equal(xt, bundle.x_train)
    np.testing.assert_array_equal(ys, bundle.y_test)


@pytest.mark.keras  # the script imports keras
def test_exported_reviews_are_exactly_deskdls_reviews():
    import numpy as np

    from deskdl.ml import datasets

    p = Project.load(ROOT / "resources" / "templates" / "lstm_sequence.deskdl")
    p.data = {"dataset": "reviews", "params": {"samples": 200, "maxlen": 16, "seed": 5}}
    code = export_python(p)
    assert max(len(line) for line in code.splitlines()) <= 110
    ns: dict = {"__name__": "exported"}
    exec(compile(code, "r.py", "exec"), ns)
    (xt, yt), (xs, ys) = ns["load_data"]()
    bundle = datasets.load("reviews", {"samples": 200, "maxlen": 16, "seed": 5})
    np.testing.assert_array_equal(xt, bundle.x_train)
    np.testing.assert_array_equal(ys, bundle.y_test)


# ---------------------------------------------------------------- with Keras
@pytest.mark.keras
def test_keras_defaults_table_matches_keras_signatures():
    import keras

    from deskdl.ml.custom_layers import custom_objects

    for kind in catalog.all_kinds():
        if kind.name == "Input":
            sig = inspect.signature(keras.Input)
        else:
            cls = custom_objects()[kind.name] if kind.custom else getattr(keras.layers, kind.name)
            # PretrainedBase is a function (it returns a sub-model), the others are classes
            sig = inspect.signature(cls if inspect.isfunction(cls) else cls.__init__)
        table = KERAS_DEFAULTS[kind.name]
        for spec in kind.params:
            param = sig.parameters[spec.name]
            expected = REQUIRED if param.default is inspect.Parameter.empty else param.default
            assert table[spec.name] == expected or (table[spec.name] is REQUIRED and expected is REQUIRED), \
                f"{kind.name}.{spec.name}: table {table[spec.name]!r}, Keras {expected!r}"


def _summary_of(model) -> list[tuple]:
    return [(layer.name, type(layer).__name__, tuple(layer.output.shape), layer.count_params())
            for layer in model.layers]


def _expected(graph: ModelGraph, with_inputs: bool) -> list[tuple]:
    a = analyze(graph)
    out = []
    for nid in a.order:
        node = graph.nodes[nid]
        if node.type == "Input" and not with_inputs:
            continue
        typ = "InputLayer" if node.type == "Input" else node.type
        out.append((nid, typ, a.nodes[nid].shape, a.nodes[nid].params))
    return out


@pytest.mark.keras
def test_every_layer_kind_exports_to_the_same_layer():
    for type_name in CASES:
        graph = case_graph(type_name)
        ns: dict = {"__name__": "exported"}
        exec(compile(export_python(Project(graph=graph)), f"{type_name}.py", "exec"), ns)
        model = ns["build_model"]()
        got = _summary_of(model)
        assert got == _expected(graph, with_inputs=not graph.is_chain()), type_name


@pytest.mark.keras
@pytest.mark.parametrize("make", [spiral_project, _vae_project], ids=["sequential", "functional-custom"])
def test_the_script_runs_as_a_program_and_builds_the_same_model(make, tmp_path):
    project = make()
    code = export_python(project)
    code = code.replace("EPOCHS = ", "EPOCHS = 1  # patched by the test; was ", 1)
    dump = tmp_path / "summary.json"
    code = code.replace('if __name__ == "__main__":\n    main()', (
        'if __name__ == "__main__":\n'
        '    import json\n'
        '    trained = main()\n'
        '    rows = [[layer.name, type(layer).__name__, list(layer.output.shape), layer.count_params()]\n'
        '            for layer in trained.layers]\n'
        f'    open({str(dump)!r}, "w").write(json.dumps(rows))'))
    script = tmp_path / "exported.py"
    script.write_text(code)
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path,
                         timeout=300, env={**__import__("os").environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert run.returncode == 0, run.stderr[-3000:]
    assert "test:" in run.stdout and "val_loss" in run.stdout
    assert "Epoch 2/" not in run.stdout
    rows = [tuple(r[:2]) + (tuple(r[2]), r[3]) for r in json.loads(dump.read_text())]
    assert rows == _expected(project.graph, with_inputs=not project.graph.is_chain())


# ---------------------------------------------------------------- targets and tables, run for real
def _run_script(code: str, folder: Path, epochs: int = 1) -> subprocess.CompletedProcess:
    """Write the script with EPOCHS patched, run it with this Python in ``folder``, return the run."""
    code = code.replace("EPOCHS = ", f"EPOCHS = {epochs}  # patched by the test; was ", 1)
    script = folder / "exported.py"
    script.write_text(code)
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=folder,
                          timeout=300, env={**__import__("os").environ, "TF_CPP_MIN_LOG_LEVEL": "3"})


#: A small table: a text column, a number column with a gap, a text target (three kinds).
TABLE = ("colour,size,legs,kind\n"
         "red,1.5,4,cat\nblue,,4,dog\nred,2.5,2,bird\ngreen,3,4,dog\nblue,1,2,bird\nred,2,4,cat\n"
         "green,4,4,dog\nblue,3.5,2,bird\nred,1,4,cat\ngreen,2,4,dog\nred,,2,bird\nblue,2.5,4,cat\n")


def _table_project(path: Path, loss: str = "sparse_categorical_crossentropy", units: int = 3) -> Project:
    p = Project(name="table")
    g = p.graph
    g.add_node("Input", {"shape": [5]}, node_id="row")
    g.add_node("Dense", {"units": 8, "activation": "relu"}, node_id="h", inputs=["row"])
    g.add_node("Dense", {"units": units, "activation": "softmax" if units > 1 else None}, node_id="out",
               inputs=["h"])
    p.data = {"dataset": "csv", "params": {"path": str(path)}}
    p.training.update(loss=loss, metrics=["accuracy"] if units > 1 else ["mae"], epochs=1, batch_size=4)
    return p


def test_autoencoder_export_uses_the_inputs_as_targets():
    p = Project.load(ROOT / "resources" / "templates" / "autoencoder.deskdl")
    code = export_python(p)
    assert "y_train, y_test = x_train, x_test" in code and "rebuild its input" in code
    assert "prepare_labels" not in code and "NUM_CLASSES" not in code
    assert 'loss="mean_squared_error"' in code and 'metrics=["mae"]' in code
    assert max(len(line) for line in code.splitlines()) <= 110


@pytest.mark.keras  # runs the script, which imports keras
def test_exported_autoencoder_runs_and_rebuilds_its_input(tmp_path):
    p = Project.load(ROOT / "resources" / "templates" / "autoencoder.deskdl")
    (tmp_path / "optdigits_8x8.npz").write_bytes((ROOT / "resources" / "datasets" / "optdigits_8x8.npz")
                                                  .read_bytes())
    run = _run_script(export_python(p), tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert re.search(r"test: loss [0-9.]+, mae [0-9.]+", run.stdout)
    assert "each input has shape (8, 8, 1) and is rebuilt with shape (8, 8, 1)" in run.stdout
    assert "Epoch 2/" not in run.stdout and "val_loss" in run.stdout


@pytest.mark.keras  # the script imports keras
@pytest.mark.parametrize("text,params", [
    (TABLE, {}),
    (TABLE.replace(",", ";").replace("1.5", "1,5"), {"target_column": "kind", "test_fraction": 0.25,
                                                     "seed": 4, "scaling": "minmax"}),
    (TABLE.replace("cat", "1").replace("dog", "2").replace("bird", "3"), {"ignore_columns": "legs"}),
    (TABLE, {"target_column": "size"}),  # a number with many values: regression
], ids=["text-target", "semicolons", "number-classes", "regression"])
def test_exported_table_reading_equals_deskdls(tmp_path, text, params):
    import numpy as np

    from deskdl.ml import datasets

    (tmp_path / "t.csv").write_text(text)
    p = _table_project(tmp_path / "t.csv")
    p.data["params"].update(params)
    code = export_python(p)
    assert "import csv" in code and "pandas" not in code and "genfromtxt" not in code
    ns: dict = {"__name__": "exported", "__file__": str(tmp_path / "exported.py")}
    exec(compile(code, "t.py", "exec"), ns)
    (xt, yt), (xs, ys) = ns["load_data"]()
    bundle = datasets.load("csv", p.data["params"])
    assert ns["CLASS_NAMES"] == bundle.class_names
    for got, want in ((xt, bundle.x_train), (yt, bundle.y_train), (xs, bundle.x_test), (ys, bundle.y_test)):
        assert got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)


@pytest.mark.keras  # runs the script, which imports keras
def test_exported_table_script_trains_on_the_class_names(tmp_path):
    (tmp_path / "animals.csv").write_text(TABLE)
    # one-hot labels: training fails unless the script found exactly 3 classes for the 3 outputs
    p = _table_project(Path("somewhere/else/animals.csv"), loss="categorical_crossentropy")
    code = export_python(p)
    assert "to_categorical(y, len(CLASS_NAMES))" in code
    run = _run_script(code, tmp_path)  # the table is found next to the script
    assert run.returncode == 0, run.stderr[-3000:]
    assert "5 inputs: colour=blue, colour=green, colour=red, size, legs" in run.stdout
    assert "3 classes: bird, cat, dog" in run.stdout
    assert re.search(r"test: accuracy [0-9.]+, loss [0-9.]+", run.stdout)


@pytest.mark.keras  # the script imports keras
def test_exported_shapes_are_exactly_deskdls_shapes():
    import numpy as np

    from deskdl.ml import datasets

    p = spiral_project()
    p.data = {"dataset": "shapes", "params": {"samples": 40, "image_size": 12, "seed": 2}}
    ns: dict = {"__name__": "exported"}
    exec(compile(export_python(p), "s.py", "exec"), ns)
    (xt, yt), (xs, ys) = ns["load_data"]()
    bundle = datasets.load("shapes", {"samples": 40, "image_size": 12, "seed": 2})
    np.testing.assert_array_equal(xt, bundle.x_train)
    np.testing.assert_array_equal(ys, bundle.y_test)


@pytest.mark.keras  # the script imports keras
@pytest.mark.parametrize("dataset", ["circle", "xor", "gaussian", "spiral", "regression_plane",
                                     "regression_gaussian", "digits", "shapes", "reviews"])
def test_every_offline_dataset_loads_exactly_as_in_deskdl(dataset):
    import numpy as np

    from deskdl.ml import datasets

    assert set(datasets.REGISTRY) - {dataset} >= {"csv", "image_folder", "mnist", "imdb"}
    params = {"samples": 60} if dataset not in ("digits",) else {}
    if dataset == "shapes":
        params["image_size"] = 10
    p = spiral_project()
    p.data = {"dataset": dataset, "params": params}
    # the digits file is found next to the script: pretend the script lives in resources/datasets
    ns: dict = {"__name__": "exported", "__file__": str(ROOT / "resources" / "datasets" / "script.py")}
    exec(compile(export_python(p), f"{dataset}.py", "exec"), ns)
    (xt, yt), (xs, ys) = ns["load_data"]()
    bundle = datasets.load(dataset, params)
    for got, want in ((xt, bundle.x_train), (yt, bundle.y_train), (xs, bundle.x_test), (ys, bundle.y_test)):
        np.testing.assert_array_equal(got, want)
