"""Keras's known data sets (MNIST, Fashion-MNIST, CIFAR-10, IMDB), read offline from the Keras cache.

Where the files live, and how they get there, is :mod:`.cache`'s business.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import numpy as np

from deskdl.core import datagen
from deskdl.core.i18n import N_, translator
from deskdl.ml.datasets import script as s
from deskdl.ml.datasets.base import SCALING_PARAM, DataBundle, DataError, DatasetInfo, ParamInfo, scaled
from deskdl.ml.datasets.cache import (
    CIFAR_DIR,
    FASHION_FILES,
    NPZ_FALLBACK,
    datasets_dir,
    expected_paths,
    is_available,
    missing,
    npz_arrays,
    read_idx,
)

_ = translator("ml.datasets.keras_sets")

FASHION_CLASSES = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
                   "Bag", "Ankle boot")


CIFAR10_CLASSES = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")


def _load_keras_images(dataset_id: str, p: dict[str, Any]) -> tuple[np.ndarray, ...]:
    base = datasets_dir()
    if not is_available(dataset_id):
        raise missing(dataset_id)
    fallback = base / NPZ_FALLBACK.get(dataset_id, "-")
    if dataset_id == "mnist":
        a = npz_arrays(base / "mnist.npz")
        xt, yt, xs, ys = a["x_train"], a["y_train"], a["x_test"], a["y_test"]
    elif not all(q.exists() for q in expected_paths(dataset_id)) and fallback.exists():
        a = npz_arrays(fallback)
        xt, yt, xs, ys = a["x_train"], a["y_train"], a["x_test"], a["y_test"]
    elif dataset_id == "fashion_mnist":
        d = base / "fashion-mnist"
        yt = read_idx(d / FASHION_FILES[0], 8)
        xt = read_idx(d / FASHION_FILES[1], 16).reshape(len(yt), 28, 28)
        ys = read_idx(d / FASHION_FILES[2], 8)
        xs = read_idx(d / FASHION_FILES[3], 16).reshape(len(ys), 28, 28)
    else:  # cifar10 batches (pickled dicts, read with Keras's restricted unpickler)
        from keras.src.datasets.cifar import load_batch

        d = base / CIFAR_DIR / "cifar-10-batches-py"
        parts = [load_batch(str(d / f"data_batch_{i}")) for i in range(1, 6)]
        xt = np.concatenate([q[0] for q in parts]).transpose(0, 2, 3, 1)
        yt = np.concatenate([np.asarray(q[1]) for q in parts])
        xs, ys = load_batch(str(d / "test_batch"))
        xs = xs.transpose(0, 2, 3, 1)
    xt, xs = np.asarray(xt), np.asarray(xs)
    if xt.ndim == 3:
        xt, xs = xt[..., None], xs[..., None]
    yt, ys = np.asarray(yt).reshape(-1).astype(np.int64), np.asarray(ys).reshape(-1).astype(np.int64)
    if len(xt) != len(yt) or len(xs) != len(ys):
        raise DataError(_("the {name} files hold different numbers of images and labels").format(
            name=dataset_id),
                        _("copy the files again; one may be incomplete"))
    return _subset(xt, yt, xs, ys, p)


def _subset(xt, yt, xs, ys, p):
    """Keep the first ``max_train`` / ``max_test`` examples (0 = all) so CPU lessons stay quick."""
    mt, ms = int(p.get("max_train", 0) or 0), int(p.get("max_test", 0) or 0)
    if mt:
        xt, yt = xt[:mt], yt[:mt]
    if ms:
        xs, ys = xs[:ms], ys[:ms]
    return xt, yt, xs, ys


def _keras_image_loader(dataset_id: str, classes: Sequence[str], text: str):
    def load(p: dict[str, Any]) -> DataBundle:
        xt, yt, xs, ys = _load_keras_images(dataset_id, p)
        xt, xs, how = scaled(p, "divide", 255.0, xt, xs)
        return DataBundle(xt, yt, xs, ys, list(classes), tuple(xt.shape[1:]), "classification",
                          description=text, scaling=how)
    return load


def _load_imdb(p: dict[str, Any]) -> DataBundle:
    if not is_available("imdb"):
        raise missing("imdb")
    a = npz_arrays(datasets_dir() / "imdb.npz", allow_objects=True)
    num_words, maxlen = int(p["num_words"]), int(p["maxlen"])

    def encode(seqs) -> np.ndarray:
        # Keras's conventions: 0 = padding, 1 = start, 2 = rare word, real words from 3 on.
        words = [np.asarray(s, dtype=np.int64) + 3 for s in seqs]
        return datagen.pad_front([np.where(w < num_words, w, 2) for w in words], maxlen)

    xt, yt, xs, ys = _subset(a["x_train"], a["y_train"], a["x_test"], a["y_test"], p)
    xt, xs = encode(xt), encode(xs)
    return DataBundle(xt.astype(np.float32), np.asarray(yt).astype(np.int64), xs.astype(np.float32),
                      np.asarray(ys).astype(np.int64), ["negative", "positive"], (maxlen,), "classification",
                      description=_KERAS_TEXT["imdb"], vocabulary=_imdb_vocabulary(num_words),
                      scaling=_("word numbers (4..{last} for words, 2 for a rare word, 1 marks the start), "
                                "padded with 0 at the front to {maxlen} words; feed them to an Embedding "
                                "layer").format(last=num_words - 1, maxlen=maxlen))


IMDB_WORD_INDEX = "imdb_word_index.json"


def _imdb_vocabulary(num_words: int) -> list[str]:
    """The word of each IMDB word number, if Keras's word list is in the cache (else empty).

    ``keras.datasets.imdb.get_word_index()`` fetches that list once; we only read
    it when it is already there, so loading stays offline.
    """
    path = datasets_dir() / IMDB_WORD_INDEX
    try:
        with open(path, encoding="utf-8") as f:
            index = json.load(f)
    except (OSError, ValueError):
        return []
    vocab = ["", "", "?"] + ["?"] * max(num_words - 3, 0)
    for word, rank in index.items() if isinstance(index, dict) else ():
        if isinstance(rank, int) and 0 <= rank + 3 < num_words:
            vocab[rank + 3] = str(word)
    return vocab


_KERAS_TEXT = {
    "mnist": (N_("70,000 handwritten digits 0-9 as 28x28 grey pictures (60,000 for training). The classic "
              "first data set of deep learning. Licence: CC BY-SA 3.0 (Yann LeCun and Corinna Cortes).")),
    "fashion_mnist": (N_("70,000 28x28 grey pictures of clothes and shoes in 10 classes (shirts, trousers, "
                      "bags...). Harder than digits. Licence: MIT (Zalando SE).")),
    "cifar10": (N_("60,000 tiny 32x32 colour photos in 10 classes: planes, cars, birds, cats, deer, dogs, "
                "frogs, horses, ships and trucks. Much harder: needs a real CNN and patience on a CPU.")),
    "imdb": (N_("50,000 film reviews from IMDB, labelled positive or negative. Each review is a list of word "
             "numbers: 0 pads short reviews, 1 marks the start, 2 stands for a rare word left out "
             "of the vocabulary, and the words themselves are numbered by how common they are from 4 on "
             "(4 is the most common word, 'the'). An Embedding layer turns them into vectors.")),
}


_MAXT = ParamInfo("max_train", "int", 0, N_("Use only this many training examples (0 = all). "
                  "Fewer makes training quicker on a CPU."), 0, None)


_MAXS = ParamInfo("max_test", "int", 0, N_("Use only this many test examples (0 = all)."), 0, None)


def _export_images(dataset_id: str):
    def export(p: dict[str, Any]) -> s.DataCode:
        body = [
            "    # Downloads once into ~/.keras/datasets (deskdl reads the same files)",
            f"    (x_train, y_train), (x_test, y_test) = keras.datasets.{dataset_id}.load_data()",
            "    y_train = y_train.reshape(-1).astype(\"int64\")",
            "    y_test = y_test.reshape(-1).astype(\"int64\")",
            "    x_train, x_test = x_train.astype(\"float32\"), x_test.astype(\"float32\")",
        ]
        if dataset_id != "cifar10":
            body.append("    x_train, x_test = x_train[..., None], x_test[..., None]  # add the channel axis")
        return s.DataCode([], body + s.subset_code(p) + s.scaling_lines(p, "divide", 255.0))
    return export


def _export_imdb(p: dict[str, Any]) -> s.DataCode:
    nw, ml = int(p.get("num_words", 10000)), int(p.get("maxlen", 200))
    return s.DataCode([], [
        "    # Film reviews as word numbers (0 = padding, 1 = start, 2 = rare word), padded at the front",
        f"    (x_train, y_train), (x_test, y_test) = keras.datasets.imdb.load_data(num_words={nw})",
        *(["    # Keras's loader shuffles the reviews first, so these can be other reviews than the",
           "    # ones deskdl picks (deskdl takes the first ones in the file's own order)"]
          if s.subset_code(p) else []),
        *s.subset_code(p),
        f"    x_train = keras.utils.pad_sequences(x_train, maxlen={ml}).astype(\"float32\")",
        f"    x_test = keras.utils.pad_sequences(x_test, maxlen={ml}).astype(\"float32\")",
        "    y_train, y_test = y_train.astype(\"int64\"), y_test.astype(\"int64\")",
    ])


def _entries() -> tuple[DatasetInfo, ...]:
    out = []
    for did, title, shape, classes in (
        ("mnist", N_("MNIST digits (28x28)"), (28, 28, 1), tuple(str(i) for i in range(10))),
        ("fashion_mnist", N_("Fashion-MNIST (28x28)"), (28, 28, 1), FASHION_CLASSES),
        ("cifar10", N_("CIFAR-10 photos (32x32 colour)"), (32, 32, 3), CIFAR10_CLASSES),
    ):
        out.append(DatasetInfo(did, title, _KERAS_TEXT[did], "image", "classification", shape, classes,
                               (_MAXT, _MAXS, SCALING_PARAM),
                               _keras_image_loader(did, classes, _KERAS_TEXT[did]),
                               source="keras", export=_export_images(did)))
    out.append(DatasetInfo(
        "imdb", N_("IMDB film reviews"), _KERAS_TEXT["imdb"], "sequence", "classification", (200,),
        ("negative", "positive"),
        (ParamInfo("num_words", "int", 10000, N_("Keep only the most common words; rarer ones become 2."), 10,
                   100_000),
         ParamInfo("maxlen", "int", 200, N_("Reviews are cut or padded to this many words."), 10, 5000),
         _MAXT, _MAXS),
        _load_imdb, source="keras", export=_export_imdb))
    return tuple(out)


#: What this source brings to the registry (:mod:`deskdl.ml.datasets.registry`).
DATASETS = _entries()
