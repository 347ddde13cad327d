"""The generated data sets (core/datagen.py), pure and fast: the same seed gives the same data.

Lessons and their texts rely on each set looking the same on every machine and in every version,
so the numbers below were taken once from the generators (seed 3, 60 samples, noise 0.2) and any
change to a generator shows here. Sums, not bytes: the last bits of sin/cos may differ between
platforms, the sums to 5 significant digits do not.
"""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core import datagen as G

# name, x shape, dtype, sum of x, sum of x**2, sum of y, sum of x0 * y
FINGERPRINTS = [
    ("circle", (60, 2), "float32", -6.85459041595459, 18.44785499572754, 30.0, -0.28272273496259004),
    ("xor", (60, 2), "float32", 1.75894296169281, 28.6540470123291, 28.0, 1.6539532579481602),
    ("gaussian", (60, 2), "float32", -0.7083885669708252, 18.321277618408203, 30.0, 10.067236229777336),
    ("spiral", (60, 2), "float32", 0.10891938209533691, 14.13473129272461, 30.0, 0.30485632782801986),
    ("regression_plane", (60, 2), "float32", 1.870732307434082, 34.375221252441406, 0.6535160690546036,
     7.910993684417241),
    ("regression_gaussian", (60, 2), "float32", 1.870732307434082, 34.375221252441406, -0.9713270510546863,
     -0.5442808447915022),
]


@pytest.mark.parametrize("name, shape, dtype, sx, sxx, sy, sxy", FINGERPRINTS)
def test_2d_generators_give_the_same_data_for_a_seed(name, shape, dtype, sx, sxx, sy, sxy):
    x, y = G.GENERATORS_2D[name](60, 0.2, 3)
    y = np.asarray(y, np.float64)
    assert x.shape == shape and str(x.dtype) == dtype and len(y) == shape[0]
    assert float(x.sum()) == pytest.approx(sx, rel=1e-4, abs=1e-4)
    assert float((x ** 2).sum()) == pytest.approx(sxx, rel=1e-5)
    assert float(y.sum()) == pytest.approx(sy, rel=1e-4, abs=1e-4)
    assert float((x[:, 0] * y).sum()) == pytest.approx(sxy, rel=1e-4, abs=1e-4)


def test_another_seed_gives_other_data_and_noise_moves_points():
    for fn in G.GENERATORS_2D.values():
        x3, _ = fn(60, 0.2, 3)
        assert not np.array_equal(x3, fn(60, 0.2, 4)[0])
        assert not np.array_equal(x3, fn(60, 0.0, 3)[0])


def test_circle_without_noise_separates_the_classes_by_radius():
    x, y = G.circle(60, 0.0, 3)
    r = np.hypot(x[:, 0], x[:, 1])
    assert sorted(np.bincount(y).tolist()) == [30, 30]
    assert r[y == 1].max() < r[y == 0].min()  # class 1 inside, class 0 around it


def test_shapes_pictures():
    x, y = G.shapes(8, 12, 0.1, 2)
    assert x.shape == (8, 12, 12) and x.dtype == np.uint8
    assert y.tolist() == [2, 1, 3, 2, 3, 0, 0, 1]
    assert int(x.astype(np.int64).sum()) == pytest.approx(54085, rel=2e-3)


def test_reviews_and_their_words():
    x, y = G.reviews(20, 10, 4)
    assert x.shape == (20, 10) and x.dtype == np.int32 and int(x.sum()) == 5531
    assert y.tolist() == [0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 0, 0]
    texts, labels = G.review_texts(5, 1)
    assert " ".join(texts[0]) == ("i found the script poor and the scenes were never great but the humour "
                                  "is not flat")
    assert labels.tolist() == [0, 0, 1, 0, 1]
    # 'not' turns the next opinion round, 'very' counts it twice.
    assert G.review_score("not good very bad".split()) == -3
    assert G.review_score("good".split()) == 1 and G.review_score("the film".split()) == 0


def test_word_coding():
    vocab = G.review_vocabulary()
    assert len(vocab) == 90 and vocab[:4] == ["", "", "?", "the"]
    codes, unknown = G.encode_words("Not GOOD, very bad!", vocab, 6)
    assert codes.tolist() == [0, 1, 33, 38, 35, 52] and unknown == []
    assert G.decode_words([0, 1, 3, 5], vocab) == ["the", "i"]
    assert G.pad_front([[1, 2], [3, 4, 5, 6]], 3).tolist() == [[1, 1, 2], [4, 5, 6]]


def test_split_is_seeded_and_keeps_pairs():
    x_tr, y_tr, x_te, y_te = G.split(np.arange(10)[:, None], np.arange(10), 0.3, 0)
    assert x_tr.ravel().tolist() == [4, 2, 3, 6, 9, 1, 0] and x_te.ravel().tolist() == [8, 5, 7]
    assert y_tr.tolist() == x_tr.ravel().tolist() and y_te.tolist() == x_te.ravel().tolist()


def test_grid_gives_cell_centres_x_fastest():
    grid, extent = G.grid_2d(5)
    assert extent == (-1.2, 1.2, -1.2, 1.2) and grid.shape == (25, 2) and grid.dtype == np.float32
    centres = [-0.96, -0.48, 0.0, 0.48, 0.96]  # cells 0.48 wide, the outer edges at +-1.2
    assert grid[:5, 0] == pytest.approx(centres) and grid[:5, 1] == pytest.approx([-0.96] * 5)
    assert grid[::5, 1] == pytest.approx(centres)
    small, _ = G.grid_2d(2, (0.0, 4.0, 10.0, 12.0))
    assert small.tolist() == [[1.0, 10.5], [3.0, 10.5], [1.0, 11.5], [3.0, 11.5]]
