"""An exported script's custom layers are deskdl's own classes, copied from one place."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from deskdl.ml.export import custom_layers_code

ROOT = Path(__file__).resolve().parents[1]


def test_copying_the_classes_does_not_import_keras():
    code = ("import sys; from deskdl.ml.export import custom_layers_code; "
            "custom_layers_code(['Sampling', 'PositionalEncoding', 'LayerScale']); "
            "print('keras' in sys.modules, 'tensorflow' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_the_helpers_come_once_before_the_classes():
    code = custom_layers_code(["Sampling", "LayerScale"])
    assert code.count("def kl_divergence(") == 1
    assert code.index("def kl_divergence(") < code.index("class Sampling(") < code.index("class LayerScale(")
    assert "class PositionalEncoding" not in code
    assert "kl_divergence" not in custom_layers_code(["PositionalEncoding"])


@pytest.mark.keras
def test_the_exported_classes_are_the_apps_classes():
    import keras

    from deskdl.ml import custom_layers

    names = list(custom_layers.NAMES)
    code = custom_layers_code(names)
    for name in names:  # the text of each class is the app's, to the letter
        assert inspect.getsource(getattr(custom_layers, name)) in code
    assert inspect.getsource(custom_layers.kl_divergence) in code
    # and it runs as the app's does: same outputs from the same weights
    namespace = {"keras": keras}  # (the app's classes hold the "deskdl>..." names in this process)
    exec(compile(code.replace("@keras.saving.register_keras_serializable(package=\"deskdl\")\n", ""),
                 "exported", "exec"), namespace)
    x = np.random.default_rng(0).normal(size=(2, 5, 4)).astype("float32")
    for name, kwargs in (("PositionalEncoding", {}), ("LayerScale", {"init_values": 0.5})):
        ours, theirs = getattr(custom_layers, name)(**kwargs), namespace[name](**kwargs)
        np.testing.assert_allclose(keras.ops.convert_to_numpy(ours(x)), keras.ops.convert_to_numpy(theirs(x)))
    mean, log_var = x[:, 0], np.zeros((2, 4), "float32")
    ours, theirs = custom_layers.Sampling(seed=3, beta=0.0), namespace["Sampling"](seed=3, beta=0.0)
    np.testing.assert_allclose(keras.ops.convert_to_numpy(ours([mean, log_var])),
                               keras.ops.convert_to_numpy(theirs([mean, log_var])))
    kl = namespace["kl_divergence"](keras.ops.ones((5, 1)), keras.ops.zeros((5, 1)))
    assert float(kl) == pytest.approx(0.5)
