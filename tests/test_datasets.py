"""Data sets: every one loads offline with the right shapes; errors teach."""

from __future__ import annotations

import gzip
import struct
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np
import pytest

from deskdl.core import datagen
from deskdl.core.graph import ModelGraph
from deskdl.ml import datasets as D


@pytest.fixture
def keras_home(tmp_path, monkeypatch):
    home = tmp_path / "keras_home"
    monkeypatch.setenv("KERAS_HOME", str(home))
    return home


# ------------------------------------------------------------------ generated and bundled
@pytest.mark.parametrize("name", list(datagen.GENERATORS_2D))
def test_2d_sets_load_with_shapes_and_are_deterministic(name):
    b = D.load(name, {"samples": 300, "noise": 0.1, "seed": 3})
    assert b.x_train.shape == (240, 2) and b.x_test.shape == (60, 2)
    assert b.input_shape == (2,) and b.extent == datagen.EXTENT_2D
    assert b.x_train.dtype == np.float32
    assert np.abs(b.x_train).max() < 1.5
    again = D.load(name, {"samples": 300, "noise": 0.1, "seed": 3})
    np.testing.assert_array_equal(b.x_train, again.x_train)
    other = D.load(name, {"samples": 300, "noise": 0.1, "seed": 4})
    assert not np.array_equal(b.x_train, other.x_train)
    if name.startswith("regression"):
        assert b.task == "regression" and b.y_train.dtype == np.float32
    else:
        assert b.task == "classification" and set(np.unique(b.y_train)) == {0, 1}


def test_default_2d_set_has_500_points():
    b = D.load("spiral")
    assert len(b.x_train) + len(b.x_test) == 500


def test_digits_bundle():
    b = D.load("digits")
    assert len(b.x_train) + len(b.x_test) == 1797
    assert b.x_train.shape[1:] == (8, 8, 1) and b.input_shape == (8, 8, 1)
    assert b.n_classes == 10 and 0.0 <= b.x_train.min() and b.x_train.max() == pytest.approx(1.0)
    assert "Alpaydin" in D.get("digits").credit


def test_shapes_set_balanced_and_deterministic():
    x, y = datagen.shapes(2000, seed=1)
    assert x.shape == (2000, 28, 28) and x.dtype == np.uint8
    assert np.bincount(y).tolist() == [500, 500, 500, 500]
    x2, _ = datagen.shapes(2000, seed=1)
    np.testing.assert_array_equal(x, x2)
    b = D.load("shapes", {"samples": 400})
    assert b.x_train.shape[1:] == (28, 28, 1) and b.class_names == list(datagen.SHAPE_CLASSES)


def test_reviews_load_offline_with_shapes_and_both_labels(keras_home):
    info = D.get("reviews")
    assert info.kind == "sequence" and info.source == "generated" and not info.needs_files
    assert D.is_available("reviews")
    b = D.load("reviews")  # keras_home is empty: nothing is downloaded or read from the cache
    assert b.x_train.shape == (1600, 24) and b.x_test.shape == (400, 24) and b.input_shape == (24,)
    assert b.x_train.dtype == np.float32 and b.y_train.dtype == np.int64
    assert b.class_names == ["negative", "positive"] and b.kind == "sequence"
    assert set(np.unique(b.y_train)) == {0, 1} and set(np.unique(b.y_test)) == {0, 1}
    x = np.concatenate([b.x_train, b.x_test])
    assert np.all(x == np.round(x)) and x.min() == 0 and x.max() <= len(datagen.REVIEW_WORDS) + 2
    assert str(len(datagen.REVIEW_WORDS) + 3) in b.summary()  # the Data tab says which input_dim to use
    assert not (keras_home / "datasets").exists()


def test_reviews_use_the_imdb_number_convention():
    texts, y = datagen.review_texts(300, seed=5)
    x, y2 = datagen.reviews(300, maxlen=24, seed=5)
    np.testing.assert_array_equal(y, y2)
    assert x.dtype == np.int32
    for row, words in zip(x, texts):
        start = 24 - len(words) - 1
        assert row[:start].tolist() == [0] * start and row[start] == 1  # padding, then the start mark
        assert row[start + 1:].tolist() == [datagen.REVIEW_WORDS.index(w) + 3 for w in words]
    short, _ = datagen.reviews(300, maxlen=8, seed=5)  # cut like IMDB: the last words are kept
    np.testing.assert_array_equal(short, x[:, -8:])


def test_reviews_same_seed_same_data_other_seed_other_data():
    a = D.load("reviews", {"samples": 300, "seed": 3})
    again = D.load("reviews", {"samples": 300, "seed": 3})
    np.testing.assert_array_equal(a.x_train, again.x_train)
    np.testing.assert_array_equal(a.y_test, again.y_test)
    other = D.load("reviews", {"samples": 300, "seed": 4})
    assert not np.array_equal(a.x_train, other.x_train)


def test_reviews_follow_the_rule_and_their_order_matters():
    texts, y = datagen.review_texts(2000, seed=0)
    assert all(5 <= len(t) <= 20 for t in texts)
    assert np.bincount(y).tolist() == [1000, 1000]
    assert all((datagen.review_score(t) > 0) == bool(label) for t, label in zip(texts, y))
    # the same words in another order, opposite verdicts
    a = "the plot was not good but the actors were bad".split()
    b = "the plot was good but the actors were not bad".split()
    assert sorted(a) == sorted(b)
    assert datagen.review_score(a) < 0 < datagen.review_score(b)
    assert datagen.review_score("it was very dull but the jokes were funny".split()) < 0
    # counting opinion words while ignoring "not" / "very" gets many reviews wrong
    naive = np.array([sum((w in datagen._POSITIVE) - (w in datagen._NEGATIVE) for w in t) > 0 for t in texts])
    assert np.mean(naive != y.astype(bool)) > 0.15


def test_reviews_decode_back_to_their_words():
    texts, _ = datagen.review_texts(50, seed=2)
    x, _ = datagen.reviews(50, seed=2)
    vocabulary = datagen.review_vocabulary()
    for row, words in zip(x, texts):
        assert datagen.decode_words(row.astype(np.float32), vocabulary) == words
    b = D.load("reviews", {"samples": 50, "seed": 2})
    decoded = datagen.decode_words(b.x_train[0], b.vocabulary)
    assert decoded and all(w in datagen.REVIEW_WORDS for w in decoded)
    assert any(w in datagen._POSITIVE + datagen._NEGATIVE for w in decoded)


def test_reviews_settings_are_checked():
    with pytest.raises(D.DataError, match="maxlen"):
        D.load("reviews", {"maxlen": 1})
    with pytest.raises(D.DataError, match="no setting"):
        D.load("reviews", {"noise": 0.1})


def test_unknown_dataset_and_setting():
    with pytest.raises(D.DataError, match="no data set called"):
        D.load("nope")
    with pytest.raises(D.DataError, match="no setting"):
        D.load("spiral", {"colour": 1})
    with pytest.raises(D.DataError, match="noise"):
        D.load("spiral", {"noise": 5})


def test_registry_entries_are_described():
    for info in D.all_datasets():
        assert info.title and len(info.description) > 30
        assert info.kind in ("points2d", "regression2d", "image", "sequence", "table")
        assert all(p.help for p in info.params)


# ------------------------------------------------------------------ Keras known sets, offline
def _fake_mnist(path, n=20):
    rng = np.random.default_rng(0)
    np.savez(path, x_train=rng.integers(0, 255, (n, 28, 28), dtype=np.uint8),
             y_train=rng.integers(0, 10, n, dtype=np.uint8),
             x_test=rng.integers(0, 255, (n // 2, 28, 28), dtype=np.uint8),
             y_test=rng.integers(0, 10, n // 2, dtype=np.uint8))


def test_missing_known_set_says_where_to_put_it(keras_home):
    assert not D.is_available("mnist")
    with pytest.raises(D.DatasetMissing) as err:
        D.load("mnist")
    text = str(err.value)
    assert str(keras_home / "datasets" / "mnist.npz") in text and "Import" in text


def test_mnist_from_cache_and_import(keras_home, tmp_path):
    src = tmp_path / "mnist.npz"
    _fake_mnist(src)
    D.import_dataset_file("mnist", src)
    assert (keras_home / "datasets" / "mnist.npz").exists()
    assert D.is_available("mnist")
    b = D.load("mnist", {"max_train": 10})
    assert b.x_train.shape == (10, 28, 28, 1) and b.x_test.shape == (10, 28, 28, 1)
    assert b.x_train.max() <= 1.0 and b.n_classes == 10


def _idx(path, arr, labels):
    with gzip.open(path, "wb") as f:
        if labels:
            f.write(struct.pack(">II", 2049, len(arr)) + arr.tobytes())
        else:
            f.write(struct.pack(">IIII", 2051, *arr.shape) + arr.tobytes())


def test_fashion_mnist_from_idx_files(keras_home, tmp_path):
    rng = np.random.default_rng(1)
    files = []
    for stem, n in (("train", 12), ("t10k", 6)):
        x = rng.integers(0, 255, (n, 28, 28), dtype=np.uint8)
        y = rng.integers(0, 10, n, dtype=np.uint8)
        _idx(tmp_path / f"{stem}-images-idx3-ubyte.gz", x, False)
        _idx(tmp_path / f"{stem}-labels-idx1-ubyte.gz", y, True)
        files += [tmp_path / f"{stem}-images-idx3-ubyte.gz", tmp_path / f"{stem}-labels-idx1-ubyte.gz"]
    D.import_dataset_file("fashion_mnist", files)
    for p in D.expected_paths("fashion_mnist"):
        assert p.exists()
    b = D.load("fashion_mnist")
    assert b.x_train.shape == (12, 28, 28, 1) and b.class_names[-1] == "Ankle boot"
    # the same IDX files also make an mnist.npz
    D.import_dataset_file("mnist", tmp_path)
    assert D.load("mnist").x_test.shape == (6, 28, 28, 1)


def test_cifar10_from_npz(keras_home, tmp_path):
    rng = np.random.default_rng(2)
    np.savez(tmp_path / "c.npz", x_train=rng.integers(0, 255, (8, 32, 32, 3), dtype=np.uint8),
             y_train=rng.integers(0, 10, (8, 1)), x_test=rng.integers(0, 255, (4, 32, 32, 3), dtype=np.uint8),
             y_test=rng.integers(0, 10, (4, 1)))
    D.import_dataset_file("cifar10", tmp_path / "c.npz")
    b = D.load("cifar10")
    assert b.x_train.shape == (8, 32, 32, 3) and b.y_train.shape == (8,)


def test_import_refuses_wrong_file_without_touching_cache(keras_home, tmp_path):
    np.savez(tmp_path / "bad.npz", a=np.zeros(3))
    with pytest.raises(D.DataError, match="x_train"):
        D.import_dataset_file("mnist", tmp_path / "bad.npz")
    assert not D.is_available("mnist")
    with pytest.raises(D.DataError, match="no such file"):
        D.import_dataset_file("mnist", tmp_path / "missing.npz")


@pytest.mark.keras
def test_imdb_from_fabricated_cache(keras_home):
    d = keras_home / "datasets"
    d.mkdir(parents=True)
    seqs = np.empty(3, dtype=object)
    seqs[:] = [[5, 9, 12000], [7], [1, 2, 3, 4]]
    np.savez(d / "imdb.npz", x_train=seqs, y_train=np.array([0, 1, 1]), x_test=seqs,
             y_test=np.array([1, 0, 0]))
    b = D.load("imdb", {"maxlen": 10, "num_words": 100})
    assert b.x_train.shape == (3, 10) and b.input_shape == (10,)
    assert b.x_train[0].tolist() == [0] * 6 + [1, 8, 12, 2]  # start=1, words+3, rare=2, padded in front
    assert b.vocabulary == []  # no word list in the cache: the preview shows numbers
    (d / D.IMDB_WORD_INDEX).write_text('{"the": 1, "film": 2, "fun": 5, "was": 9, "rare": 500}')
    b = D.load("imdb", {"maxlen": 10, "num_words": 100})
    assert datagen.decode_words(b.x_train[0], b.vocabulary) == ["fun", "was", "?"]  # 12000 is rare
    assert datagen.decode_words(b.x_train[2], b.vocabulary) == ["the", "film", "?", "?"]


def test_download_without_network_explains(keras_home, monkeypatch):
    def offline(*a, **k):
        raise urllib.error.URLError("Name or service not known")
    monkeypatch.setattr(urllib.request, "urlopen", offline)
    with pytest.raises(D.DownloadError) as err:
        D.download("mnist")
    assert "could not reach the download server" in str(err.value) and "Import" in str(err.value)
    assert not D.is_available("mnist") and not list((keras_home / "datasets").glob("*mnist*"))


def test_nothing_touches_the_network_when_loading(keras_home, monkeypatch, tmp_path):
    monkeypatch.setattr(urllib.request, "urlopen", lambda *a, **k: pytest.fail("network used"))
    _fake_mnist(tmp_path / "mnist.npz")
    D.import_dataset_file("mnist", tmp_path / "mnist.npz")
    D.load("mnist")
    with pytest.raises(D.DatasetMissing):
        D.load("cifar10")


# ------------------------------------------------------------------ CSV
def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_numeric_and_categorical(tmp_path):
    rows = ["height,colour,weight,kind"]
    rng = np.random.default_rng(0)
    for i in range(40):
        rows.append(f"{rng.normal(170, 10):.1f},{['red', 'blue', 'green'][i % 3]},{rng.normal(70, 5):.1f},"
                    f"{'cat' if i % 2 else 'dog'}")
    b = D.load_csv(_write(tmp_path / "t.csv", "\n".join(rows)), "kind")
    assert b.task == "classification" and b.class_names == ["cat", "dog"]
    assert b.input_shape == (5,) and "colour=red" in b.feature_names
    assert abs(float(b.x_train[:, 0].mean())) < 1e-5  # standardized
    reg = D.load_csv(tmp_path / "t.csv", "weight")
    assert reg.task == "regression" and reg.y_train.dtype == np.float32
    forced = D.load_csv(tmp_path / "t.csv", "weight", task="classification")
    assert forced.task == "classification"


def test_csv_integer_target_is_classification(tmp_path):
    text = "a,b,label\n" + "\n".join(f"{i},{i * 2},{i % 3}" for i in range(30))
    b = D.load_csv(_write(tmp_path / "t.csv", text))
    assert b.task == "classification" and b.class_names == ["0", "1", "2"]


def test_csv_errors_teach(tmp_path):
    with pytest.raises(D.DataError, match="no such file"):
        D.load_csv(tmp_path / "none.csv")
    with pytest.raises(D.DataError, match="empty"):
        D.load_csv(_write(tmp_path / "e.csv", ""))
    with pytest.raises(D.DataError, match="no data row"):
        D.load_csv(_write(tmp_path / "h.csv", "a,b\n"))
    good = _write(tmp_path / "g.csv", "a,b,y\n" + "\n".join(f"{i},{i},{i % 2}" for i in range(20)))
    with pytest.raises(D.DataError, match="no column 'z'.*choose one of: a, b, y"):
        D.load_csv(good, "z")
    lines = ["a,b,y"] + [f"{i},{i},{i % 2}" for i in range(20)]
    lines[7] = "5,abc,1"
    with pytest.raises(D.DataError, match=r"line 8: column 'b' holds numbers, but this row has 'abc'"):
        D.load_csv(_write(tmp_path / "bad.csv", "\n".join(lines)))
    with pytest.raises(D.DataError, match="cannot be predicted as a number"):
        D.load_csv(_write(tmp_path / "t.csv", "a,y\n" + "\n".join(f"{i},x{i % 2}" for i in range(9))),
                   task="regression")


def test_csv_through_the_registry(tmp_path):
    p = _write(tmp_path / "g.csv", "a,b,y\n" + "\n".join(f"{i},{i % 4},{i % 2}" for i in range(20)))
    b = D.load("csv", {"path": str(p), "ignore_columns": "b"})
    assert b.input_shape == (1,) and b.dataset_id == "csv"


# ------------------------------------------------------------------ image folders
@pytest.mark.keras
def test_image_folder(tmp_path):
    import tensorflow as tf

    for c in ("cats", "dogs"):
        (tmp_path / "pics" / c).mkdir(parents=True)
        for i in range(3):
            img = np.full((10, 12, 3), 40 * i + (100 if c == "dogs" else 0), np.uint8)
            (tmp_path / "pics" / c / f"{i}.png").write_bytes(tf.io.encode_png(img).numpy())
    b = D.load_image_folder(tmp_path / "pics", (8, 8), test_fraction=0.34)
    assert b.class_names == ["cats", "dogs"] and b.input_shape == (8, 8, 3)
    assert len(b.x_train) + len(b.x_test) == 6 and b.x_train.max() <= 1.0
    g = D.load_image_folder(tmp_path / "pics", (8, 8), color_mode="grayscale")
    assert g.input_shape == (8, 8, 1)
    (tmp_path / "pics" / "birds").mkdir()
    with pytest.raises(D.DataError, match="birds holds no pictures"):
        D.load_image_folder(tmp_path / "pics")


def test_image_folder_errors(tmp_path):
    with pytest.raises(D.DataError, match="no such folder"):
        D.load_image_folder(tmp_path / "nothing")
    (tmp_path / "flat").mkdir()
    with pytest.raises(D.DataError, match="no sub-folders"):
        D.load_image_folder(tmp_path / "flat")


# ------------------------------------------------------------------ labels, split
def test_label_formats():
    y = np.array([0, 2, 1])
    assert D.format_labels(y, "sparse_categorical_crossentropy", 3).tolist() == [0, 2, 1]
    assert D.format_labels(y, "categorical_crossentropy", 3).shape == (3, 3)
    b = D.format_labels(np.array([0, 1]), "binary_crossentropy", 2)
    assert b.dtype == np.float32 and b.shape == (2, 1)
    r = D.format_labels(np.array([0.5, 1.5]), "mean_squared_error", 0, "regression")
    assert r.shape == (2, 1)


def _sorted_bundle(n=100):
    """Class-sorted data (all of class 0 first): x_train[i] == [i, i], so a row says where it came from."""
    x = np.repeat(np.arange(n, dtype=np.float32)[:, None], 2, axis=1)
    y = (np.arange(n) >= n // 2).astype(np.int64)
    return D.DataBundle(x, y, x[:4], y[:4], ["a", "b"], (2,), "classification")


def test_prepare_shuffles_before_the_validation_split():
    sparse = {"loss": "sparse_categorical_crossentropy", "validation_split": 0.25, "seed": 0}
    p = D.prepare(_sorted_bundle(), sparse)
    assert len(p.x_val) == 25 and len(p.x_train) == 75
    # Keras's own split takes the last quarter (all class 1): ours holds both classes, in shuffled order.
    assert 5 <= int(p.y_val.sum()) <= 20
    assert not np.array_equal(p.x_train[:, 0], np.sort(p.x_train[:, 0]))
    # Nothing is lost or repeated, and each label stays with its input.
    rows = np.concatenate([p.x_train[:, 0], p.x_val[:, 0]])
    assert sorted(rows.tolist()) == list(range(100))
    assert np.array_equal(p.y_train, (p.x_train[:, 0] >= 50).astype(np.int64))
    # The same seed gives the same split; another seed another one.
    assert np.array_equal(D.prepare(_sorted_bundle(), sparse).x_val, p.x_val)
    assert not np.array_equal(D.prepare(_sorted_bundle(), dict(sparse, seed=1)).x_val, p.x_val)


def test_prepare_without_validation_split():
    b = D.load("spiral", {"samples": 200})
    none = D.prepare(b, {"loss": "sparse_categorical_crossentropy", "validation_split": 0.0, "seed": 0})
    assert not none.has_validation and none.x_val is None and len(none.x_train) == 160


# ------------------------------------------------------------------ check_fit
def _mlp(shape, units, act="softmax"):
    return ModelGraph.from_dict({"nodes": [
        {"id": "in", "type": "Input", "params": {"shape": shape}},
        {"id": "h", "type": "Dense", "params": {"units": 8, "activation": "relu"}, "inputs": ["in"]},
        {"id": "out", "type": "Dense", "params": {"units": units, "activation": act}, "inputs": ["h"]}]})


SPARSE = {"loss": "sparse_categorical_crossentropy", "metrics": ["accuracy"], "batch_size": 32,
          "validation_split": 0.2}


def test_check_fit_clean():
    assert D.check_fit(_mlp([2], 2), D.load("spiral"), SPARSE) == []


def test_check_fit_input_shape():
    probs = D.check_fit(_mlp([2], 10), D.load("digits"), SPARSE)
    first = probs[0]
    assert first.severity == "error" and first.node_id == "in"
    assert "the data gives (8, 8, 1) images but the Input expects (2,)" in first.message
    assert first.fix == "set the Input shape to (8, 8, 1)"
    assert first.action.op == "set_param" and first.action.params == {"shape": [8, 8, 1]}


def test_check_fit_classes_and_losses():
    spiral = D.load("spiral")
    p = D.check_fit(_mlp([2], 3), spiral, SPARSE)
    assert any("2 classes but the output out has 3 units" in d.message and "units to 2" in d.fix for d in p)
    p = D.check_fit(_mlp([2], 1, "softmax"), spiral, dict(SPARSE, loss="binary_crossentropy"))
    assert any("softmax" in d.message and "sigmoid" in d.fix for d in p)
    p = D.check_fit(_mlp([2], 2, "linear"), spiral, SPARSE)
    assert any(d.severity == "warning" and "softmax" in d.fix for d in p)
    p = D.check_fit(_mlp([2], 10), D.load("digits"), dict(SPARSE, loss="binary_crossentropy"))
    assert any("binary_crossentropy is for two classes" in d.message for d in p)


def test_check_fit_embedding_needs_a_row_for_every_word_number():
    from deskdl.core.project import Project
    from deskdl.paths import resources_dir

    project = Project.load(resources_dir() / "templates" / "lstm_sequence.deskdl")
    b = D.load_config(project.data)
    assert D.check_fit(project.graph, b, project.training) == []  # the template fits as shipped
    project.graph.set_params("embedding", {"input_dim": 50})
    (d,) = D.check_fit(project.graph, b, project.training)
    top = len(datagen.REVIEW_WORDS) + 2
    assert d.node_id == "embedding" and d.severity == "error" and f"go up to {top}" in d.message
    assert d.action.params == {"input_dim": top + 1}


def test_check_fit_regression():
    reg = D.load("regression_gaussian")
    p = D.check_fit(_mlp([2], 1, "softmax"), reg, dict(SPARSE, loss="mean_squared_error", metrics=[]))
    assert any("softmax" in d.message and "linear" in d.fix for d in p)
    p = D.check_fit(_mlp([2], 1, "linear"), reg, SPARSE)
    assert any("mean_squared_error" in d.fix for d in p)
    assert any("accuracy" in d.message for d in p)
    ok = dict(SPARSE, loss="mean_squared_error", metrics=["mae"])
    assert D.check_fit(_mlp([2], 1, "linear"), reg, ok) == []


# -------------------------------------------------------------- download (file:// stands in for the server)
def _serve(tmp_path, monkeypatch, content: bytes, sha: str | None):
    """Point the 'mnist' entry at a local file:// URL with the given checksum."""
    src = tmp_path / "server" / "mnist.npz"
    src.parent.mkdir(parents=True, exist_ok=True)
    src.write_bytes(content)
    known = D.KNOWN["mnist"]
    monkeypatch.setitem(D.KNOWN, "mnist", D.KnownFiles(known.files, ((src.as_uri(), "mnist.npz", sha),),
                                                       known.import_hint))


def test_download_checks_the_sha256_and_keeps_nothing_of_a_damaged_file(tmp_path, monkeypatch, keras_home):
    import hashlib

    content = b"pretend these are the MNIST arrays" * 100
    _serve(tmp_path, monkeypatch, content, hashlib.sha256(b"what the server should have sent").hexdigest())
    with pytest.raises(D.DownloadError) as info:
        D.download("mnist")
    assert info.value.message == "the downloaded mnist.npz is damaged (its checksum is wrong)"
    assert list((keras_home / "datasets").iterdir()) == []  # no target, no temporary file


def test_download_writes_a_file_whose_sha256_matches(tmp_path, monkeypatch, keras_home):
    import hashlib

    content = b"pretend these are the MNIST arrays" * 100
    _serve(tmp_path, monkeypatch, content, hashlib.sha256(content).hexdigest())
    seen = []
    assert D.download("mnist", progress=lambda done, total: seen.append(done)) == keras_home / "datasets"
    assert (keras_home / "datasets" / "mnist.npz").read_bytes() == content
    assert seen[-1] == len(content)
    # A cached file with the wrong checksum is fetched again, not trusted.
    (keras_home / "datasets" / "mnist.npz").write_bytes(b"truncated")
    D.download("mnist")
    assert (keras_home / "datasets" / "mnist.npz").read_bytes() == content


def test_download_checksums_are_the_ones_keras_publishes():
    import re
    from importlib.util import find_spec

    keras_dir = Path(find_spec("keras").submodule_search_locations[0]) / "src" / "datasets"
    for did, module in (("mnist", "mnist"), ("cifar10", "cifar10"), ("imdb", "imdb")):
        text = (keras_dir / f"{module}.py").read_text()
        published = set(re.findall(r"[0-9a-f]{64}", text))
        ours = {sha for _, _, sha in D.KNOWN[did].urls if sha}
        assert ours and ours <= published, did
