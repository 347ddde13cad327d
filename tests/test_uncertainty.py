"""MC dropout (deskdl.ml.uncertainty): pure summaries first, then tiny real Keras models."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.ml import uncertainty as U


def test_summarize_softmax_spread_is_std_of_the_predicted_class():
    # 4 passes at 2 points, 2 classes: point 0 agrees, point 1 flips between the classes.
    outs = np.array([[[0.9, 0.1], [0.8, 0.2]],
                     [[0.9, 0.1], [0.2, 0.8]],
                     [[0.9, 0.1], [0.7, 0.3]],
                     [[0.9, 0.1], [0.7, 0.3]]])
    s = U.summarize(outs)
    assert s["mean"][1] == pytest.approx([0.6, 0.4])
    assert s["predicted"].tolist() == [0, 0]
    assert s["spread"][0] == pytest.approx(0.0, abs=1e-7)
    assert s["spread"][1] == pytest.approx(np.std([0.8, 0.2, 0.7, 0.7]))
    assert s["entropy"][0] == pytest.approx(-(0.9 * np.log(0.9) + 0.1 * np.log(0.1)), rel=1e-5)
    assert s["entropy"][1] > s["entropy"][0]


def test_summarize_sigmoid_and_regression():
    sig = U.summarize(np.array([[[0.2]], [[0.6]]]))  # one sigmoid unit: P(class 1)
    assert sig["mean"][0] == pytest.approx([0.6, 0.4]) and sig["spread"][0] == pytest.approx(0.2)
    reg = U.summarize(np.array([[[1.0]], [[3.0]]]), task="regression")
    assert reg["mean"][0, 0] == pytest.approx(2.0) and reg["spread"][0] == pytest.approx(1.0)
    assert "entropy" not in reg


def _model(dropout: float):
    import keras

    keras.utils.set_random_seed(3)
    layers = [keras.Input((2,)), keras.layers.Dense(16, activation="relu")]
    if dropout:
        layers.append(keras.layers.Dropout(dropout))
    layers.append(keras.layers.Dense(2, activation="softmax"))
    return keras.Sequential(layers)


@pytest.mark.keras
def test_no_spread_without_dropout_and_a_message_for_the_learner():
    m = _model(0.0)
    assert not U.has_dropout(m)
    x = np.random.default_rng(0).uniform(-1, 1, (20, 2)).astype(np.float32)
    s = U.mc_predict(m, x, samples=5, require_dropout=False)
    assert np.all(s["spread"] == 0.0)
    with pytest.raises(U.NoDropoutError, match="no Dropout layer"):
        U.mc_predict(m, x, samples=5)
    grid = U.uncertainty_grid(m, samples=3, resolution=4)
    assert grid == {"ok": False, "message": U.NO_DROPOUT}


@pytest.mark.keras
def test_spread_with_dropout_and_the_mean_converges():
    m = _model(0.5)
    assert U.has_dropout(m) and len(U.dropout_layers(m)) == 1
    x = np.random.default_rng(1).uniform(-1, 1, (30, 2)).astype(np.float32)
    outs = U.mc_outputs(m, x, samples=8)
    assert outs.shape == (8, 30, 2)
    assert np.all(outs.std(axis=0).max(axis=1) > 0)  # the passes differ at every point
    assert np.all(np.isclose(outs.sum(axis=-1), 1.0, atol=1e-5))
    # Two independent estimates of the mean agree better with more passes (error ~ 1/sqrt(T)).
    few = [U.mc_predict(m, x, samples=4)["mean"] for _ in range(2)]
    many = [U.mc_predict(m, x, samples=800)["mean"] for _ in range(2)]
    gap_few = np.abs(few[0] - few[1]).mean()
    gap_many = np.abs(many[0] - many[1]).mean()
    assert gap_many < gap_few / 4
    # Without dropout at prediction (the usual call) the model answers the same every time.
    plain = np.asarray(m(x, training=False))
    assert np.allclose(plain, np.asarray(m(x, training=False)))


@pytest.mark.keras
def test_grid_layout_and_batchnorm_left_in_inference_mode():
    import keras

    keras.utils.set_random_seed(4)
    m = keras.Sequential([keras.Input((2,)), keras.layers.Dense(8, activation="relu"),
                          keras.layers.BatchNormalization(), keras.layers.Dropout(0.3),
                          keras.layers.Dense(1, activation="sigmoid")])
    bn = m.layers[1]
    before = [keras.ops.convert_to_numpy(v) for v in bn.non_trainable_weights]  # moving mean and variance
    g = U.uncertainty_grid(m, samples=6, resolution=8)
    assert g["ok"] and g["task"] == "classification" and g["samples"] == 6
    assert g["mean"].shape == (8, 8, 2) and g["spread"].shape == (8, 8) and g["entropy"].shape == (8, 8)
    assert g["extent"] == [-1.2, 1.2, -1.2, 1.2]
    assert float(g["spread"].max()) > 0.0
    assert bn.trainable  # restored after the passes
    for a, b in zip(before, bn.non_trainable_weights):
        assert np.array_equal(a, keras.ops.convert_to_numpy(b))  # no update of the moving averages
