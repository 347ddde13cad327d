"""Issue 15 (A1): the fast gradient sign attack (deskdl.ml.adversarial) on tiny real Keras models."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.errors import DeskdlError
from deskdl.ml import adversarial as adv

pytestmark = pytest.mark.keras


def _blobs(n: int = 200, d: int = 16, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two classes of points in [0.3, 0.7]^d: class 1 a little brighter in every feature."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    x = 0.5 + (y[:, None] - 0.5) * 0.1 + rng.normal(0, 0.03, (n, d))
    return np.clip(x, 0.3, 0.7).astype(np.float32), y.astype(np.int64)


@pytest.fixture(scope="module")
def trained():
    import keras

    keras.utils.set_random_seed(3)
    x, y = _blobs()
    model = keras.Sequential([keras.Input((16,)), keras.layers.Dense(8, activation="relu"),
                              keras.layers.Dense(2, activation="softmax")])
    model.compile(optimizer=keras.optimizers.Adam(0.05), loss="sparse_categorical_crossentropy")
    model.fit(x, y, epochs=30, batch_size=50, verbose=0)
    return model, x, y


def _mean_loss(model, x, y) -> float:
    p = np.asarray(model.predict(x, verbose=0), np.float64)
    return float(-np.log(np.clip(p[np.arange(len(y)), y], 1e-12, 1)).mean())


def test_the_attack_raises_the_loss_and_moves_each_number_by_epsilon(trained):
    model, x, y = trained
    assert np.mean(np.argmax(model.predict(x, verbose=0), 1) == y) > 0.95  # it learned the blobs
    x_adv = adv.fgsm(model, x, y, 0.05, clip=(0.0, 1.0))
    assert _mean_loss(model, x_adv, y) > _mean_loss(model, x, y) + 0.1
    diff = np.abs(x_adv - x)
    assert diff.max() == pytest.approx(0.05, abs=1e-6)  # the perturbation's max-abs is epsilon
    assert np.all(diff <= 0.05 + 1e-6)
    moved = diff > 1e-6  # every number that has a gradient moves by exactly epsilon (no clipping here)
    assert np.allclose(diff[moved], 0.05, atol=1e-6) and moved.mean() > 0.5
    # the step is the sign of the gradient: toward the other class (class 1 is brighter)
    s = adv.gradient_sign(model, x, y)
    assert set(np.unique(s)) <= {-1.0, 0.0, 1.0}
    assert (s[y == 0] > 0).mean() > 0.5 and (s[y == 1] < 0).mean() > 0.5


def test_accuracy_falls_as_epsilon_grows(trained):
    model, x, y = trained
    eps = [0.0, 0.02, 0.05, 0.1, 0.2]
    acc = adv.accuracy_sweep(model, x, y, eps, (0.0, 1.0))
    assert acc[0] == pytest.approx(np.mean(np.argmax(model.predict(x, verbose=0), 1) == y))
    assert all(a >= b - 1e-9 for a, b in zip(acc, acc[1:])), acc
    assert acc[0] > 0.95 and acc[-1] < 0.1


def test_the_attacked_input_stays_in_the_data_range(trained):
    model, x, y = trained
    lo, hi = 0.35, 0.65  # tighter than the data: many numbers hit a bound
    x_adv = adv.fgsm(model, x, y, 0.25, clip=(lo, hi))
    assert x_adv.min() >= lo and x_adv.max() <= hi
    assert np.isclose(x_adv, lo).any() and np.isclose(x_adv, hi).any()
    assert np.all(np.abs(x_adv - x) <= 0.25 + 1e-6)
    assert adv.perturb(np.array([0.0, 1.0, 0.5]), np.array([-1, 1, 1]), 0.2, 0.0, 1.0).tolist() == \
        pytest.approx([0.0, 1.0, 0.7])


def test_a_saturated_softmax_is_still_attacked_through_its_logits():
    """A confident model's softmax rounds to exactly 1.0 (zero gradient); the attack uses the logits."""
    import keras

    x, y = _blobs(40)
    model = keras.Sequential([keras.Input((16,)), keras.layers.Dense(2, activation="softmax")])
    w = np.zeros((16, 2), np.float32)
    w[:, 1], w[:, 0] = 40.0, -40.0
    model.layers[-1].set_weights([w, np.array([320.0, -320.0], np.float32)])  # logits differ by ~100s
    p = model.predict(x, verbose=0)
    assert np.any(p.max(axis=1) == 1.0)  # saturated in float32
    s = adv.gradient_sign(model, x, y)
    assert np.all(s != 0)
    # without a softmax to undo (a separate Activation layer) the logits are read before it
    logits_model = keras.Sequential([keras.Input((16,)), keras.layers.Dense(2), keras.layers.Softmax()])
    logits_model.layers[0].set_weights(model.layers[-1].get_weights())
    assert np.array_equal(adv.gradient_sign(logits_model, x, y), s)


def test_the_report_of_the_digits(trained):
    """The page's report: grid, curve, and the pool of pictures with their answers at every epsilon."""
    import keras

    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((8, 8, 1)), keras.layers.Flatten(),
                              keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer=keras.optimizers.Adam(0.05), loss="sparse_categorical_crossentropy")
    from deskdl.ml import datasets

    bundle = datasets.load_config({"dataset": "digits", "params": {}})
    model.fit(bundle.x_train, bundle.y_train, epochs=3, batch_size=64, verbose=0)
    r = adv.attack_report(model, {"dataset": "digits", "params": {}}, pool_limit=50, steps=10)
    assert (r["lo"], r["hi"]) == (0.0, 1.0)
    assert r["epsilons"] == pytest.approx(np.linspace(0, 0.3, 11))
    assert r["n_sweep"] == r["n_test"] == len(bundle.x_test)
    assert r["x"].shape == (50, 8, 8, 1) and r["sign"].shape == (50, 8, 8, 1)
    assert r["probs"].shape == (50, 11, 10)
    assert r["accuracy"][0] > 0.8 and r["accuracy"][-1] < r["accuracy"][0] - 0.3
    # random directions of the same size do far less harm than the gradient's sign
    assert r["accuracy_random"][0] == r["accuracy"][0]
    assert r["accuracy_random"][-1] > r["accuracy"][-1] + 0.2
    # the pool's answers at epsilon 0 are the model's own answers to the clean pictures
    clean = np.argmax(model.predict(r["x"], verbose=0), 1)
    assert np.array_equal(np.argmax(r["probs"][:, 0], 1), clean)
    # and at the largest epsilon, those of the attacked pictures
    attacked = adv.perturb(r["x"], r["sign"], r["epsilons"][-1], 0.0, 1.0)
    assert np.allclose(r["probs"][:, -1], model.predict(attacked, verbose=0), atol=1e-5)


def test_a_regression_data_set_is_refused_with_a_reason():
    import keras

    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
    with pytest.raises(DeskdlError, match="needs a classifier.*picks one class"):
        adv.attack_report(model, {"dataset": "regression_plane", "params": {}})
    a, b = keras.Input((8, 8, 1)), keras.Input((8, 8, 1))
    two = keras.Model([a, b], keras.layers.Dense(10, activation="softmax")(
        keras.layers.Flatten()(keras.layers.Add()([a, b]))))
    with pytest.raises(DeskdlError, match="one input"):
        adv.attack_report(two, {"dataset": "digits", "params": {}})
