"""The layer catalog: every required layer is there, documented, and its defaults are valid."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from deskdl.core import catalog
from deskdl.core.catalog import CATEGORIES, Inferred
from deskdl.core.errors import ParamError, ShapeError, UnknownLayerError

ROOT = Path(__file__).resolve().parents[1]

REQUIRED = {
    "Core": ["Input", "Dense", "Activation", "Dropout", "Flatten", "Reshape", "Permute", "RepeatVector",
             "BatchNormalization", "LayerNormalization", "LeakyReLU", "ReLU", "GaussianNoise", "LayerScale"],
    "Convolution": ["Conv1D", "Conv2D", "Conv2DTranspose", "UpSampling1D", "UpSampling2D",
                    "ZeroPadding2D", "Cropping2D", "DepthwiseConv2D", "SeparableConv2D"],
    "Pooling": ["MaxPooling1D", "MaxPooling2D", "AveragePooling1D", "AveragePooling2D",
                "GlobalAveragePooling1D", "GlobalAveragePooling2D", "GlobalMaxPooling1D",
                "GlobalMaxPooling2D"],
    "Sequence": ["Embedding", "SimpleRNN", "LSTM", "GRU", "Bidirectional", "TimeDistributed",
                 "MultiHeadAttention", "PositionalEncoding"],
    "Merge": ["Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Concatenate"],
    "Preprocessing": ["Rescaling", "Normalization", "RandomFlip", "RandomRotation", "RandomZoom",
                      "RandomTranslation"],
    "Generative": ["Sampling"],
    "Pretrained": ["PretrainedBase"],
}
ALL = [name for names in REQUIRED.values() for name in names]


@pytest.mark.parametrize(("category", "name"), [(c, n) for c, ns in REQUIRED.items() for n in ns])
def test_required_layer_is_registered_in_its_category(category, name):
    assert catalog.has(name)
    assert catalog.get(name).category == category


def test_nothing_unexpected_and_palette_order():
    kinds = catalog.all_kinds()
    assert sorted(k.name for k in kinds) == sorted(ALL)
    order = [CATEGORIES.index(k.category) for k in kinds]
    assert order == sorted(order)


@pytest.mark.parametrize("name", ALL)
def test_entry_teaches_and_documents_every_param(name):
    kind = catalog.get(name)
    sentences = [s for s in kind.teach.replace("e.g.", "eg").split(". ") if s.strip()]
    assert 1 <= len(sentences) <= 4, kind.teach  # a short teaching text: one to four sentences
    assert len(kind.teach) > 60, kind.teach  # ... that says something
    for spec in kind.params:
        assert spec.kind in catalog.PARAM_KINDS
        assert spec.help and spec.help[0].isupper() and len(spec.help) > 15, (name, spec.name)
        assert spec.kind != "choice" or spec.default in spec.choices
    for key in kind.summary:
        assert key in kind.param_map, (name, key)
    assert kind.input_names == () or len(kind.input_names) >= kind.min_inputs


@pytest.mark.parametrize("name", ALL)
def test_defaults_pass_their_own_checks(name):
    kind = catalog.get(name)
    assert kind.check_params(kind.defaults()) == {}


def test_keras_argument_names_where_keras_renamed_them():
    assert "negative_slope" in catalog.get("LeakyReLU").param_map
    assert "alpha" not in catalog.get("LeakyReLU").param_map
    for rnn in ("SimpleRNN", "LSTM", "GRU"):
        assert "return_state" not in catalog.get(rnn).param_map
    mha = catalog.get("MultiHeadAttention")
    assert (mha.min_inputs, mha.max_inputs, mha.input_names) == (2, 3, ("query", "value", "key"))
    assert catalog.get("Subtract").max_inputs == 2
    assert catalog.get("Add").max_inputs is None
    assert catalog.get("Sampling").input_names == ("mean", "log_var")
    assert catalog.get("Sampling").custom and catalog.get("PositionalEncoding").custom
    assert catalog.get("Bidirectional").param_map["layer"].choices == ("SimpleRNN", "LSTM", "GRU")
    assert catalog.get("TimeDistributed").param_map["layer"].choices == ("Dense",)


def test_param_checks_explain_bad_values():
    with pytest.raises(ParamError):
        catalog.check_param("Dense", "units", 0)
    with pytest.raises(ParamError):
        catalog.check_param("Conv2D", "kernel_size", [3, 3, 3])
    catalog.check_param("Conv2D", "kernel_size", 5)  # one int means square
    catalog.check_param("MaxPooling2D", "strides", None)
    catalog.check_param("Dense", "kernel_regularizer", {"class_name": "L1L2", "config": {"l1": 0.1}})
    with pytest.raises(ParamError):
        catalog.check_param("Dense", "kernel_regularizer", "l3")
    bad = catalog.get("Bidirectional").check_params({"layer": {"type": "Dense", "params": {}}})
    assert "can wrap" in bad["layer"]
    bad = catalog.get("Bidirectional").check_params({"layer": {"type": "LSTM", "params": {"units": 0}}})
    assert "wrapped LSTM" in bad["layer"]
    with pytest.raises(UnknownLayerError):
        catalog.get("Conv3D")


def infer(name, shapes, **params):
    kind = catalog.get(name)
    return kind.infer(kind.resolve(params), shapes)


def test_shape_functions_follow_keras_formulas():
    assert infer("Conv2D", [(None, 28, 28, 1)], filters=8, kernel_size=3) == Inferred((None, 26, 26, 8), 80)
    same = infer("Conv2D", [(None, 28, 28, 1)], filters=8, padding="same", strides=2)
    assert same.shape == (None, 14, 14, 8)
    assert infer("Conv2DTranspose", [(None, 7, 7, 4)], filters=2, strides=2, kernel_size=3).shape == \
        (None, 15, 15, 2)
    assert infer("Conv2DTranspose", [(None, 7, 7, 4)], filters=2, strides=2, padding="same").shape == \
        (None, 14, 14, 2)
    assert infer("MaxPooling2D", [(None, 7, None, 4)]).shape == (None, 3, None, 4)
    assert infer("Flatten", [(None, 7, 7, 4)]).shape == (None, 196)
    assert infer("Reshape", [(None, 784)], target_shape=[28, -1, 1]).shape == (None, 28, 28, 1)
    assert infer("LSTM", [(None, 10, 3)], units=4) == Inferred((None, 4), 4 * (3 * 4 + 16 + 4))
    assert infer("GRU", [(None, 10, 3)], units=4).trainable == 3 * (3 * 4 + 16) + 2 * 12
    assert infer("GRU", [(None, 10, 3)], units=4, reset_after=False).trainable == 3 * (3 * 4 + 16 + 4)
    bi = infer("Bidirectional", [(None, 5, 2)], layer={"type": "LSTM", "params": {"units": 3}})
    assert bi == Inferred((None, 6), 144)
    assert infer("BatchNormalization", [(None, 5, 3)]) == Inferred((None, 5, 3), 6, 6)
    assert infer("Normalization", [(None, 5, 3)]) == Inferred((None, 5, 3), 0, 7)
    assert infer("MultiHeadAttention", [(None, 5, 3), (None, 6, 7)], num_heads=2, key_dim=4).trainable == 187
    assert infer("Concatenate", [(None, 4, 2), (None, 4, 5)]).shape == (None, 4, 7)
    assert infer("Add", [(None, 8), (None, 1)]).shape == (None, 8)  # Keras broadcasts a 1


@pytest.mark.parametrize(("name", "shapes", "params", "words", "fix_layer"), [
    ("Conv2D", [(None, 784)], {}, "flat vector of 784", "Reshape"),
    ("Conv2D", [(None, 28, 28)], {}, "no channel axis", "Reshape"),
    ("Conv2D", [(None, 2, 2, 1)], {"kernel_size": 3}, "does not fit", None),
    ("MaxPooling2D", [(None, 1, 1, 3)], {}, "does not fit", None),
    ("LSTM", [(None, 20)], {}, "sequence", "Reshape"),
    ("Embedding", [(None, 28, 28, 1)], {}, "whole-number ids", None),
    ("Reshape", [(None, 100)], {"target_shape": [28, 28, 1]}, "needs 784 values", None),
    ("Reshape", [(None, 100)], {"target_shape": [-1, 3]}, "do not split evenly", None),
    ("Reshape", [(None, 100)], {"target_shape": [-1, -1]}, "at most one", None),
    ("Permute", [(None, 3, 4)], {"dims": [1, 3]}, "exactly once", None),
    ("Permute", [(None, 3, 4, 5)], {"dims": [2, 1]}, "name 2 axes", None),
    ("Concatenate", [(None, 3, 2), (None, 4, 5)], {}, "every other axis must match", None),
    ("Concatenate", [(None, 3, 2), (None, 3)], {}, "same number of axes", None),
    ("Add", [(None, 8), (None, 4)], {}, "shapes must match", None),
    ("MultiHeadAttention", [(None, 5, 3), (None, 6, 7), (None, 4, 7)], {}, "same number of steps", None),
    ("MultiHeadAttention", [(None, 5), (None, 6, 7)], {}, "query to be a sequence", None),
    ("Sampling", [(None, 4), (None, 3)], {}, "same shape", None),
    ("Cropping2D", [(None, 2, 8, 1)], {}, "leaving nothing", None),
    ("BatchNormalization", [(None, 4)], {"axis": 0}, "batch axis", None),
])
def test_shape_errors_teach(name, shapes, params, words, fix_layer):
    with pytest.raises(ShapeError) as info:
        infer(name, shapes, **params)
    err = info.value
    assert words in err.message
    assert err.fix
    if fix_layer:
        assert err.action is not None and err.action.layer == fix_layer
        assert err.action.op == "insert_before"


def test_conv_on_flat_mnist_offers_the_reshape():
    with pytest.raises(ShapeError) as info:
        infer("Conv2D", [(None, 784)])
    assert "insert a Reshape to (28, 28, 1)" in info.value.text
    assert dict(info.value.action.params) == {"target_shape": [28, 28, 1]}


def test_core_import_stays_light():
    code = ("import sys, deskdl.core.analysis, deskdl.core.catalog as c; c.all_kinds(); "
            "print([m for m in ('keras', 'tensorflow') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_normalization_mean_and_variance_must_be_written_alike():
    """Keras refuses mean and variance of different shapes (found by the parity test: (3,) vs (1,))."""
    assert infer("Normalization", [(None, 3)], mean=[0.0, 1.0, 2.0], variance=[1.0, 1.0, 1.0]) \
        == Inferred((None, 3), 0, 0)
    assert infer("Normalization", [(None, 3)], mean=0.5, variance=2.0) == Inferred((None, 3), 0, 0)
    with pytest.raises(ShapeError, match="a list of 3 as mean but a list of 1 as variance"):
        infer("Normalization", [(None, 3)], mean=[0.0, 1.0, 2.0], variance=[1.0])
    with pytest.raises(ShapeError, match="a list of 1 as mean but a single number as variance"):
        infer("Normalization", [(None, 3)], mean=[0.5], variance=2.0)
