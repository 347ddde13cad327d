"""Label options of the 2-D sets: a rare class (blue_kept) and random training labels (shuffle_labels)."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core import datagen
from deskdl.ml import datasets


def test_keep_class_share_drops_only_that_class():
    x, y = datagen.circle(400, 0.0, seed=1)
    xk, yk = datagen.keep_class_share(x, y, 1, 0.1, seed=1)
    assert (yk == 0).sum() == (y == 0).sum() == 200 and (yk == 1).sum() == 20
    kept = {tuple(p) for p in x.tolist()}
    assert all(tuple(p) in kept for p in xk.tolist())  # no point is made up
    assert (datagen.keep_class_share(x, y, 1, 0.001)[1] == 1).sum() == 1  # one always stays
    with pytest.raises(ValueError, match="keep"):
        datagen.keep_class_share(x, y, 1, 0.0)


def test_shuffled_labels_keep_the_counts_and_lose_the_pattern():
    x, y = datagen.circle(1000, 0.0, seed=2)
    ys = datagen.shuffled_labels(y, seed=2)
    assert np.bincount(ys).tolist() == np.bincount(y).tolist()
    assert 0.4 < (ys == y).mean() < 0.6  # about half agree, as chance would have it
    np.testing.assert_array_equal(ys, datagen.shuffled_labels(y, seed=2))  # the seed draws it again


def test_the_2d_sets_offer_the_options_and_keep_the_test_labels_true():
    plain = datasets.load("circle", {"samples": 400, "seed": 3})
    rare = datasets.load("circle", {"samples": 400, "seed": 3, "blue_kept": 0.1})
    assert (rare.y_train == 1).mean() + (rare.y_test == 1).mean() < 0.25
    assert len(rare.x_train) + len(rare.x_test) == 220
    shuffled = datasets.load("circle", {"samples": 400, "seed": 3, "shuffle_labels": True})
    np.testing.assert_array_equal(shuffled.x_train, plain.x_train)
    np.testing.assert_array_equal(shuffled.y_test, plain.y_test)  # the test set keeps its true labels
    assert 0.35 < (shuffled.y_train == plain.y_train).mean() < 0.65
    with pytest.raises(datasets.DataError, match="shuffle_labels"):
        datasets.load("circle", {"shuffle_labels": "yes"})
    with pytest.raises(datasets.DataError, match="has no setting 'blue_kept'"):
        datasets.load("regression_plane", {"blue_kept": 0.5})  # no classes to make rare


@pytest.mark.parametrize("params", [{"blue_kept": 0.2}, {"shuffle_labels": True},
                                    {"blue_kept": 0.5, "shuffle_labels": True, "noise": 0.2}])
def test_the_exported_script_draws_the_same_labels(params):
    from deskdl.ml.export import data_code

    data = {"dataset": "spiral", "params": {"samples": 300, "seed": 4, **params}}
    helpers, load_func, offline = data_code(data)
    namespace = {"np": np}
    exec(compile(helpers + load_func, "spiral", "exec"), namespace)
    (xt, yt), (xs, ys) = namespace["load_data"]()
    bundle = datasets.load_config(data)
    assert offline
    for got, want in ((xt, bundle.x_train), (yt, bundle.y_train), (xs, bundle.x_test), (ys, bundle.y_test)):
        np.testing.assert_allclose(got, want, rtol=1e-6)


def test_the_digits_can_have_random_training_labels_too():
    from deskdl.ml.export import data_code

    plain = datasets.load("digits", {"test_fraction": 0.5})
    data = {"dataset": "digits", "params": {"test_fraction": 0.5, "shuffle_labels": True}}
    shuffled = datasets.load_config(data)
    np.testing.assert_array_equal(shuffled.y_test, plain.y_test)
    assert (shuffled.y_train == plain.y_train).mean() < 0.2  # ten classes: about one in ten by chance
    assert np.bincount(shuffled.y_train).tolist() == np.bincount(plain.y_train).tolist()
    helpers, load_func, _ = data_code(data)
    assert "def shuffled_labels" in helpers and "y_train = shuffled_labels(y_train, seed=0)" in load_func
