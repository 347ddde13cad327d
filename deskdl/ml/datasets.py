"""Data sets: a registry of what a learner can train on, and loaders that never surprise.

Every entry (:class:`DatasetInfo`) says in plain words what the data is, which
shape one example has, which classes there are and which settings it takes.
``load`` gives a :class:`DataBundle` of NumPy arrays (inputs scaled, labels as
whole numbers for classification), ready for :func:`prepare` to split off a
validation set and shape the labels for the chosen loss.

Families:

* generated 2-D sets (TensorFlow Playground style), the shapes images and the
  tiny film reviews, drawn from a seed by :mod:`deskdl.core.datagen`;
* the UCI handwritten digits (8x8), bundled in ``resources/datasets``;
* Keras's known sets (MNIST, Fashion-MNIST, CIFAR-10, IMDB), read from the
  Keras cache (``$KERAS_HOME/datasets`` or ``~/.keras/datasets``), brought in
  with :func:`import_dataset_file`, or fetched by :func:`download` (the only
  function here that touches the network);
* the learner's own CSV table (:func:`load_csv`) or folder of images with one
  sub-folder per class (:func:`load_image_folder`).

Nothing here imports TensorFlow at module level; only the image-folder loader
needs it. :func:`check_fit` compares data, model and training settings and
returns teaching diagnostics before any training starts.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import math
import os
import shutil
import tarfile
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from deskdl import paths
from deskdl.core import datagen
from deskdl.core.analysis import ERROR, WARNING, Analysis, Diagnostic, analyze, named
from deskdl.core.catalog import FixAction
from deskdl.core.errors import DeskdlError
from deskdl.core.graph import ModelGraph
from deskdl.core.shapes_text import shape_text


# ------------------------------------------------------------------ errors
class DataError(DeskdlError):
    """Data that cannot be used as it is (a bad CSV, an empty folder, a bad setting)."""


class DatasetMissing(DataError):
    """A known data set whose files are not on this computer; the message says where they go."""


class DownloadError(DataError):
    """A download that could not be done (no network, server trouble, a damaged file)."""


# ------------------------------------------------------------------ types
@dataclass(frozen=True)
class ParamInfo:
    """One setting a loader accepts, described for a form in the Data tab."""

    name: str
    kind: str  # "int", "float", "choice", "bool", "str", "path", "size"
    default: Any
    help: str
    min: float | None = None
    max: float | None = None
    choices: tuple = ()


@dataclass
class DataBundle:
    """Arrays of one data set plus what a view needs to show it.

    ``x_*`` are float32 inputs already scaled as ``scaling`` says (images keep a
    channel axis: ``(n, h, w, c)``); ``y_*`` are int64 class numbers for
    classification and float32 values for regression. ``extent`` is the plot
    range ``(xmin, xmax, ymin, ymax)`` of 2-D sets, else ``None``.
    ``vocabulary`` gives the word for each word number of a sequence set
    (``""`` for padding and the start mark), so previews can show text; it is
    empty when the words are not known.
    """

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: list[str]
    input_shape: tuple[int, ...]
    task: str  # "classification" or "regression"
    dataset_id: str = ""
    title: str = ""
    kind: str = ""
    description: str = ""
    scaling: str = ""
    extent: tuple[float, float, float, float] | None = None
    feature_names: list[str] = field(default_factory=list)
    vocabulary: list[str] = field(default_factory=list)

    @property
    def n_classes(self) -> int:
        """How many classes (0 for regression)."""
        return len(self.class_names) if self.task == "classification" else 0

    @property
    def target_size(self) -> int:
        """Values predicted per example: classes, or regression targets."""
        if self.task == "classification":
            return self.n_classes
        return 1 if self.y_train.ndim == 1 else int(self.y_train.shape[-1])

    def summary(self) -> str:
        """A few lines for the Data tab's preview: sizes, shape, classes, scaling."""
        shape = " x ".join(str(s) for s in self.input_shape)
        lines = [
            f"{self.title or self.dataset_id}: {len(self.x_train)} training and {len(self.x_test)} test "
            f"examples, each of shape {shape}.",
        ]
        if self.task == "classification":
            counts = np.bincount(self.y_train.astype(np.int64).ravel(), minlength=self.n_classes)
            names = ", ".join(f"{n} ({c})" for n, c in zip(self.class_names[:12], counts[:12]))
            more = " ..." if self.n_classes > 12 else ""
            lines.append(f"{self.n_classes} classes with training counts: {names}{more}.")
        else:
            lines.append(f"Regression: the target ranges from {float(np.min(self.y_train)):.3g} "
                         f"to {float(np.max(self.y_train)):.3g}.")
        if self.scaling:
            lines.append(f"Inputs: {self.scaling}.")
        return "\n".join(lines)


@dataclass(frozen=True)
class DatasetInfo:
    """A registry entry: what the data set is and how to load it."""

    id: str
    title: str
    description: str
    kind: str  # "points2d", "regression2d", "image", "sequence", "table"
    task: str  # "classification", "regression"
    input_shape: tuple[int, ...] | None
    classes: tuple[str, ...]
    params: tuple[ParamInfo, ...]
    loader: Callable[[dict[str, Any]], DataBundle]
    source: str = "generated"  # "generated", "bundled", "keras", "user"
    credit: str = ""

    def defaults(self) -> dict[str, Any]:
        """Every setting with its default value."""
        return {p.name: p.default for p in self.params}

    def load(self, params: Mapping[str, Any] | None = None) -> DataBundle:
        """Load with ``params`` over the defaults (raises :class:`DataError` subclasses)."""
        full = self.defaults()
        unknown = [k for k in (params or {}) if k not in full]
        if unknown:
            raise DataError(f"the data set {self.title} has no setting {unknown[0]!r}",
                            f"use one of: {', '.join(full) or 'none'}")
        full.update(params or {})
        _check_params(self, full)
        bundle = self.loader(full)
        return replace(bundle, dataset_id=self.id, title=bundle.title or self.title, kind=self.kind)

    @property
    def needs_files(self) -> bool:
        """True for Keras sets that must be in the cache first (see :func:`is_available`)."""
        return self.source == "keras"


def _check_params(info: DatasetInfo, params: Mapping[str, Any]) -> None:
    for p in info.params:
        v = params[p.name]
        bad = None
        if p.kind in ("int", "float"):
            number = isinstance(v, (int, float)) and not isinstance(v, bool)
            if not number or (p.kind == "int" and not float(v).is_integer()):
                bad = f"{p.name} must be a {'whole ' if p.kind == 'int' else ''}number, not {v!r}"
            elif (p.min is not None and v < p.min) or (p.max is not None and v > p.max):
                lo = "" if p.min is None else f"{p.min:g}"
                hi = "" if p.max is None else f"{p.max:g}"
                bad = f"{p.name} must be between {lo or '-inf'} and {hi or 'inf'}, not {v!r}"
        elif p.kind == "choice" and v not in p.choices:
            bad = f"{p.name} must be one of {', '.join(map(str, p.choices))}, not {v!r}"
        elif p.kind == "bool" and not isinstance(v, bool):
            bad = f"{p.name} must be true or false, not {v!r}"
        if bad:
            raise DataError(f"{info.title}: {bad}", p.help)


# ------------------------------------------------------------------ scaling
SCALINGS = ("default", "none", "divide", "standardize", "minmax")
_SCALING_HELP = ("How inputs are scaled. default: what suits this data set; none: raw values; "
                 "divide: by the largest value a pixel can have (255, or 16 for the digits), the default "
                 "for pictures, since it needs no statistics and keeps every pixel on the same scale; "
                 "standardize: mean 0 and spread 1; minmax: 0..1. For tables and points, standardize "
                 "and minmax work per feature (column); for pictures they use one mean and spread (or "
                 "one minimum and maximum) for all pixels together, so no pixel position is scaled "
                 "differently from another.")


#: Whose statistics standardize/minmax use: each feature of a table, or all pixels of a picture at once.
_STAT_SCOPE = {False: "each feature on its own", True: "one statistic for all values together"}


def scale_inputs(x_train: np.ndarray, x_test: np.ndarray, how: str, divisor: float | None = None,
                 ) -> tuple[np.ndarray, np.ndarray, str]:
    """Scale inputs with statistics of the training part only; returns arrays and a description.

    ``divide`` divides by ``divisor`` (e.g. 255 for pixels); ``standardize`` and
    ``minmax`` work per feature (per pixel position for images would be odd, so
    images use one global mean/spread).
    """
    xt = np.asarray(x_train, dtype=np.float32)
    xs = np.asarray(x_test, dtype=np.float32)
    if how == "none":
        return xt, xs, "raw values, not scaled"
    if how == "divide":
        d = float(divisor or 1.0)
        return xt / d, xs / d, f"divided by {d:g} (now 0..1)" if d != 1 else "not scaled"
    axis = 0 if xt.ndim == 2 else None
    if how == "standardize":
        mean = xt.mean(axis=axis, keepdims=axis is not None)
        std = xt.std(axis=axis, keepdims=axis is not None)
        std = np.where(std > 1e-12, std, 1.0).astype(np.float32)
        return (xt - mean) / std, (xs - mean) / std, (
            f"standardized to mean 0, spread 1 ({_STAT_SCOPE[axis is None]}, from the training part)")
    if how == "minmax":
        lo = xt.min(axis=axis, keepdims=axis is not None)
        span = xt.max(axis=axis, keepdims=axis is not None) - lo
        span = np.where(span > 1e-12, span, 1.0).astype(np.float32)
        return (xt - lo) / span, (xs - lo) / span, (
            f"scaled to 0..1 ({_STAT_SCOPE[axis is None]}, from the training part)")
    raise DataError(f"unknown scaling {how!r}", f"use one of: {', '.join(SCALINGS)}")


def _scaled(params: Mapping[str, Any], default: str, divisor: float | None, xt, xs):
    how = params.get("scaling", "default")
    if how == "default":
        how = default
    if how == "divide" and divisor is None:
        how = "minmax"
    return scale_inputs(xt, xs, how, divisor)


# ------------------------------------------------------------------ generated 2-D sets
_SAMPLES = ParamInfo("samples", "int", 500, "How many points to draw in all (train + test).", 20, 100_000)
_NOISE = ParamInfo("noise", "float", 0.0, "How much the points are jittered: 0 = clean, 0.5 = very noisy.",
                   0, 1)
_TEST = ParamInfo("test_fraction", "float", 0.2, "Share of the points kept aside as the test set.", 0.05, 0.9)
_SEED = ParamInfo("seed", "int", 0, "The random seed: the same seed draws the same points.", 0, 2**31 - 1)
_SCALE_P = ParamInfo("scaling", "choice", "default", _SCALING_HELP, choices=SCALINGS)

_2D_TEXT = {
    "circle": ("Circle", "A blue disc of points inside an orange ring. One straight line cannot "
               "separate them, but a small hidden layer can draw a closed boundary around the middle."),
    "xor": ("Exclusive or", "Four squares: blue where both coordinates have the same sign, orange where "
            "they differ. The classic problem a single neuron cannot solve."),
    "gaussian": ("Two clusters", "Two round clouds of points, one per class. With little noise a single "
                 "straight line separates them; more noise makes them overlap."),
    "spiral": ("Spiral", "Two spirals wound into each other. The hardest Playground set: it needs "
               "several layers of neurons and patient training."),
    "regression_plane": ("Plane (regression)", "Predict a number that rises evenly from one corner to the "
                         "other. A single linear neuron is enough."),
    "regression_gaussian": ("Hills and valleys (regression)", "Predict the height of a surface with three "
                            "hills and three valleys. Needs hidden neurons to bend the fit."),
}


def _load_2d(name: str) -> Callable[[dict[str, Any]], DataBundle]:
    gen = datagen.GENERATORS_2D[name]
    regression = name in datagen.REGRESSION_2D

    def load(p: dict[str, Any]) -> DataBundle:
        x, y = gen(int(p["samples"]), float(p["noise"]), int(p["seed"]))
        xt, yt, xs, ys = datagen.split(x, y, float(p["test_fraction"]), int(p["seed"]))
        xt, xs, how = _scaled(p, "none", None, xt, xs)
        return DataBundle(xt, yt, xs, ys, [] if regression else ["orange (0)", "blue (1)"], (2,),
                          "regression" if regression else "classification",
                          description=_2D_TEXT[name][1], scaling=how if how != "raw values, not scaled"
                          else "x and y coordinates, already in about -1..1",
                          extent=datagen.EXTENT_2D, feature_names=["x1", "x2"])
    return load


RING_TEXT = ("Ring of 8 clouds", "Eight small round clouds of points on a circle, numbered 0 to 7: the "
             "classic test of a GAN. A generator that has learnt the data puts points in every cloud; one "
             "that puts them in only a few has collapsed onto those modes.")


def _load_ring(p: dict[str, Any]) -> DataBundle:
    x, y = datagen.ring_of_gaussians(int(p["samples"]), float(p["noise"]), int(p["seed"]))
    xt, yt, xs, ys = datagen.split(x, y, float(p["test_fraction"]), int(p["seed"]))
    xt, xs, how = _scaled(p, "none", None, xt, xs)
    names = [str(i) for i in range(datagen.RING_MODES)]  # short: they label the Data tab's bars
    return DataBundle(xt, yt, xs, ys, names, (2,), "classification",
                      description=RING_TEXT[1], scaling=how if how != "raw values, not scaled"
                      else "x and y coordinates, already in about -1..1",
                      extent=datagen.EXTENT_2D, feature_names=["x1", "x2"])


# ------------------------------------------------------------------ digits and shapes
def resources_dir() -> Path:
    """The bundled ``resources`` folder (:func:`deskdl.paths.resources_dir`: source, frozen or overridden)."""
    return paths.resources_dir()


DIGITS_FILE = "datasets/optdigits_8x8.npz"


def _load_digits(p: dict[str, Any]) -> DataBundle:
    path = resources_dir() / DIGITS_FILE
    if not path.exists():
        raise DatasetMissing(f"the bundled digits file {path} is missing",
                             "reinstall deskdl, or copy optdigits_8x8.npz back into resources/datasets")
    with np.load(path, allow_pickle=False) as f:
        x, y = f["x"][..., None], f["y"].astype(np.int64)
    xt, yt, xs, ys = datagen.split(x, y, float(p["test_fraction"]), int(p["seed"]))
    xt, xs, how = _scaled(p, "divide", 16.0, xt, xs)
    return DataBundle(xt, yt, xs, ys, [str(i) for i in range(10)], (8, 8, 1), "classification",
                      description=REGISTRY_TEXT["digits"], scaling=how)


def _load_reviews(p: dict[str, Any]) -> DataBundle:
    maxlen = int(p["maxlen"])
    x, y = datagen.reviews(int(p["samples"]), maxlen, int(p["seed"]))
    xt, yt, xs, ys = datagen.split(x.astype(np.float32), y, float(p["test_fraction"]), int(p["seed"]))
    n = len(datagen.REVIEW_WORDS)
    return DataBundle(xt, yt, xs, ys, list(datagen.REVIEW_CLASSES), (maxlen,), "classification",
                      description=REGISTRY_TEXT["reviews"], vocabulary=datagen.review_vocabulary(),
                      scaling=f"word numbers, not scaled (the {n} words are 3 to {n + 2}, 1 marks the "
                              f"start, 0 fills the front up to {maxlen} places); feed them to an Embedding "
                              f"layer with input_dim {n + 3}")


def _load_shapes(p: dict[str, Any]) -> DataBundle:
    size = int(p["image_size"])
    x, y = datagen.shapes(int(p["samples"]), size, float(p["noise"]), int(p["seed"]))
    xt, yt, xs, ys = datagen.split(x[..., None], y, float(p["test_fraction"]), int(p["seed"]))
    xt, xs, how = _scaled(p, "divide", 255.0, xt, xs)
    return DataBundle(xt, yt, xs, ys, list(datagen.SHAPE_CLASSES), (size, size, 1), "classification",
                      description=REGISTRY_TEXT["shapes"], scaling=how)


REGISTRY_TEXT = {
    "digits": ("Handwritten digits 0-9 as tiny 8×8 grey pictures: the 1797 digits of the UCI test part, "
               "written by 13 people (the UCI training part, 3823 digits by 30 others, is not included). "
               "Each pixel counts the ink in a 4x4 block of the original scan, so values run from 0 to 16. "
               "Small enough to train a convolutional network in seconds."),
    "shapes": ("Made-up 28x28 grey pictures of circles, squares, triangles and crosses, each at a random "
               "place, size and tilt, with some pixel noise. Good for a first convolutional network."),
    "reviews": ("Made-up film reviews of 5 to 20 words, such as \"the plot was not good but the actors "
                f"were very funny\", written with {len(datagen.REVIEW_WORDS)} English words. A fixed "
                "rule labels each one: every opinion word counts one point, for (good, fun, ...) or "
                "against (bad, dull, ...); \"very\", \"really\" or \"so\" just before it makes it count "
                "two; \"not\" or \"never\" just before it turns it around. More points for than against "
                "make the review positive. Because \"not\" changes the word after it, the order of the "
                "words matters: a good first set for an LSTM. Each word is stored as a whole number, as in "
                "IMDB."),
    "abc_tunes": ("Folk tunes in ABC notation, written by rule from a seed (deskdl.core.abc_corpus): reels, "
                  "jigs, slip jigs, waltzes and polkas in major, minor, dorian and mixolydian keys, each "
                  "with its headers (X number, T title, M metre, L note length, K key), two 8-bar parts "
                  "played twice (|: :|, first and second endings) and bars whose note lengths add up to "
                  "the metre. A character model learns to write new tunes from it."),
    "digit_tasks": ("Sequences of random digits 0-9; the answer is one digit per place: the sequence read "
                    "backwards (reverse) or in increasing order (sort). To reverse, answer place i must look "
                    "at input place 9 - i: an attention head that learns this shows an anti-diagonal."),
}


# ------------------------------------------------------------------ Keras known sets
def keras_home() -> Path:
    """Where Keras keeps its cache: ``$KERAS_HOME`` or ``~/.keras`` (read at call time)."""
    env = os.environ.get("KERAS_HOME")
    return Path(env).expanduser() if env else Path("~/.keras").expanduser()


def datasets_dir() -> Path:
    """``<keras home>/datasets``, where ``keras.datasets.*.load_data`` look for files."""
    return keras_home() / "datasets"


_GCS = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/"
_FASHION_FILES = ("train-labels-idx1-ubyte.gz", "train-images-idx3-ubyte.gz",
                  "t10k-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz")
_CIFAR_DIR = "cifar-10-batches-py-target"  # Keras 3 extracts the archive here


@dataclass(frozen=True)
class KnownFiles:
    """Where a Keras data set lives in the cache and where it comes from."""

    files: tuple[str, ...]  # relative to datasets_dir(); all must exist
    urls: tuple[tuple[str, str, str | None], ...]  # (url, target relative path, sha256 or None)
    import_hint: str


KNOWN: dict[str, KnownFiles] = {
    "mnist": KnownFiles(("mnist.npz",), ((_GCS + "mnist.npz", "mnist.npz",
                        "731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1"),),
                        "mnist.npz (arrays x_train, y_train, x_test, y_test), or the four MNIST "
                        "*-idx*-ubyte.gz files"),
    "fashion_mnist": KnownFiles(tuple(f"fashion-mnist/{f}" for f in _FASHION_FILES),
                                tuple((_GCS + f, f"fashion-mnist/{f}", None) for f in _FASHION_FILES),
                                "the four Fashion-MNIST files train-images-idx3-ubyte.gz, "
                                "train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, "
                                "t10k-labels-idx1-ubyte.gz (or one .npz with x_train, y_train, x_test, "
                                "y_test)"),
    "cifar10": KnownFiles(tuple(f"{_CIFAR_DIR}/cifar-10-batches-py/{b}" for b in
                                ("data_batch_1", "data_batch_2", "data_batch_3", "data_batch_4",
                                 "data_batch_5", "test_batch")),
                          (("https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz",
                            f"{_CIFAR_DIR}_archive",
                            "6d958be074577803d12ecdefd02955f39262c83c16fe9348329d7fe0b5c001ce"),),
                          "cifar-10-python.tar.gz (or one .npz with x_train, y_train, x_test, y_test)"),
    "imdb": KnownFiles(("imdb.npz",), ((_GCS + "imdb.npz", "imdb.npz",
                       "69664113be75683a8fe16e3ed0ab59fda8886cb3cd7ada244f7d9544e4676b9f"),),
                       "imdb.npz (as Keras downloads it)"),
}
#: An imported .npz for a set whose Keras layout is not an .npz is kept here (deskdl reads it).
_NPZ_FALLBACK = {"fashion_mnist": "fashion_mnist.npz", "cifar10": "cifar10.npz"}

FASHION_CLASSES = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
                   "Bag", "Ankle boot")
CIFAR10_CLASSES = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")


def _known(dataset_id: str) -> KnownFiles:
    if dataset_id not in KNOWN:
        raise DataError(f"{dataset_id!r} is not one of the Keras data sets",
                        f"use one of: {', '.join(KNOWN)}")
    return KNOWN[dataset_id]


def expected_paths(dataset_id: str) -> list[Path]:
    """The files Keras (and deskdl) expect for ``dataset_id``, as full paths."""
    return [datasets_dir() / f for f in _known(dataset_id).files]


def is_available(dataset_id: str) -> bool:
    """Whether a data set can be loaded offline right now (always True for non-Keras sets)."""
    if dataset_id not in KNOWN:
        return dataset_id in REGISTRY or dataset_id in ("csv", "image_folder")
    if all(p.exists() for p in expected_paths(dataset_id)):
        return True
    fallback = _NPZ_FALLBACK.get(dataset_id)
    return bool(fallback and (datasets_dir() / fallback).exists())


def _missing(dataset_id: str) -> DatasetMissing:
    info = REGISTRY[dataset_id]
    paths = expected_paths(dataset_id)
    where = str(paths[0]) if len(paths) == 1 else f"{len(paths)} files under {paths[0].parent}"
    return DatasetMissing(
        f"{info.title} is not on this computer yet (deskdl looks for {where})",
        f"press Download in the Data tab if you are online, or copy {_known(dataset_id).import_hint} "
        f"from a machine with internet and use Import (deskdl copies it to {datasets_dir()})",
    )


def _npz_arrays(path: Path, allow_objects: bool = False) -> dict[str, np.ndarray]:
    try:
        if allow_objects:
            from keras.src.datasets.npz_utils import load_npz  # refuses anything but numpy arrays

            arrays = load_npz(str(path))
        else:
            with np.load(path, allow_pickle=False) as f:
                arrays = {k: f[k] for k in f.files}
    except Exception as err:  # noqa: BLE001 - any damage in a user file gets the same answer
        raise DataError(f"{path} could not be read as a NumPy .npz file ({err.__class__.__name__}: {err})",
                        "copy the file again; it may be damaged or incomplete") from None
    need = {"x_train", "y_train", "x_test", "y_test"}
    if not need <= set(arrays):
        raise DataError(f"{path} holds {', '.join(sorted(arrays)) or 'nothing'}, not the arrays "
                        "x_train, y_train, x_test, y_test", "use the file as Keras downloads it")
    return arrays


def _read_idx(path: Path, offset: int) -> np.ndarray:
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rb") as f:
        return np.frombuffer(f.read(), np.uint8, offset=offset)


def _load_keras_images(dataset_id: str, p: dict[str, Any]) -> tuple[np.ndarray, ...]:
    base = datasets_dir()
    if not is_available(dataset_id):
        raise _missing(dataset_id)
    fallback = base / _NPZ_FALLBACK.get(dataset_id, "-")
    if dataset_id == "mnist":
        a = _npz_arrays(base / "mnist.npz")
        xt, yt, xs, ys = a["x_train"], a["y_train"], a["x_test"], a["y_test"]
    elif not all(q.exists() for q in expected_paths(dataset_id)) and fallback.exists():
        a = _npz_arrays(fallback)
        xt, yt, xs, ys = a["x_train"], a["y_train"], a["x_test"], a["y_test"]
    elif dataset_id == "fashion_mnist":
        d = base / "fashion-mnist"
        yt = _read_idx(d / _FASHION_FILES[0], 8)
        xt = _read_idx(d / _FASHION_FILES[1], 16).reshape(len(yt), 28, 28)
        ys = _read_idx(d / _FASHION_FILES[2], 8)
        xs = _read_idx(d / _FASHION_FILES[3], 16).reshape(len(ys), 28, 28)
    else:  # cifar10 batches (pickled dicts, read with Keras's restricted unpickler)
        from keras.src.datasets.cifar import load_batch

        d = base / _CIFAR_DIR / "cifar-10-batches-py"
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
        raise DataError(f"the {dataset_id} files hold different numbers of images and labels",
                        "copy the files again; one may be incomplete")
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
        xt, xs, how = _scaled(p, "divide", 255.0, xt, xs)
        return DataBundle(xt, yt, xs, ys, list(classes), tuple(xt.shape[1:]), "classification",
                          description=text, scaling=how)
    return load


def _load_imdb(p: dict[str, Any]) -> DataBundle:
    if not is_available("imdb"):
        raise _missing("imdb")
    a = _npz_arrays(datasets_dir() / "imdb.npz", allow_objects=True)
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
                      scaling=f"word numbers (4..{num_words - 1} for words, 2 for a rare word, 1 marks "
                              f"the start), padded with 0 at the front to {maxlen} words; feed them to an "
                              "Embedding layer")


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


def import_dataset_file(dataset_id: str,
                        path: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> Path:
    """Copy user-supplied files into the Keras cache layout; returns the data set's folder.

    * ``mnist``: ``mnist.npz``, or the four MNIST IDX ``.gz`` files (converted to ``mnist.npz``);
    * ``fashion_mnist``: the four IDX ``.gz`` files, or one ``.npz``;
    * ``cifar10``: ``cifar-10-python.tar.gz`` (unpacked where Keras expects it), or one ``.npz``;
    * ``imdb``: ``imdb.npz``.

    The files are checked before anything is written, so a wrong file leaves the cache as it was.
    """
    _known(dataset_id)
    paths = [Path(path)] if isinstance(path, (str, os.PathLike)) else [Path(q) for q in path]
    if len(paths) == 1 and paths[0].is_dir():
        paths = sorted(q for q in paths[0].iterdir() if q.is_file())
    for q in paths:
        if not q.exists():
            raise DataError(f"{q}: no such file", "check the path")
    base = datasets_dir()
    base.mkdir(parents=True, exist_ok=True)
    names = {q.name.lower(): q for q in paths}
    idx = _idx_set(names)
    title = REGISTRY[dataset_id].title

    if dataset_id in ("mnist", "fashion_mnist") and idx is not None:
        arrays = {k: v for k, v in idx.items()}
        if dataset_id == "mnist":
            _save_npz_atomic(base / "mnist.npz", arrays)
            return base
        d = base / "fashion-mnist"
        d.mkdir(parents=True, exist_ok=True)
        for f in _FASHION_FILES:
            src = next(q for n, q in names.items() if n.startswith(f.split("-ubyte")[0]))
            _copy_atomic(src, d / f)
        return base
    if len(paths) != 1:
        raise DataError(f"{title} is imported from one file, not {len(paths)}",
                        f"choose {_known(dataset_id).import_hint}")
    src = paths[0]
    if src.name.endswith((".tar.gz", ".tgz")) and dataset_id == "cifar10":
        with tarfile.open(src, "r:gz") as tar:
            members = [m for m in tar.getmembers() if m.name.startswith("cifar-10-batches-py/")
                       and (m.isfile() or m.isdir())]
            if not any(m.name.endswith("test_batch") for m in members):
                raise DataError(f"{src} is not the CIFAR-10 Python archive (no test_batch inside)",
                                "use cifar-10-python.tar.gz from https://www.cs.toronto.edu/~kriz/cifar.html")
            target = base / _CIFAR_DIR
            target.mkdir(parents=True, exist_ok=True)
            tar.extractall(target, members=members, filter="data")
        _copy_atomic(src, base / f"{_CIFAR_DIR}_archive")
        return base
    if src.suffix == ".npz":
        arrays = _npz_arrays(src, allow_objects=dataset_id == "imdb")
        if dataset_id != "imdb":
            _check_image_arrays(dataset_id, arrays, src)
        if dataset_id in ("mnist", "imdb"):
            _copy_atomic(src, base / f"{dataset_id}.npz")
        else:
            _copy_atomic(src, base / _NPZ_FALLBACK[dataset_id])
        return base
    raise DataError(f"{src.name} is not a file deskdl can import as {title}",
                    f"choose {_known(dataset_id).import_hint}")


def _idx_set(names: Mapping[str, Path]) -> dict[str, np.ndarray] | None:
    """The four MNIST-style IDX files, read into arrays, or ``None`` if they are not all there."""
    keys = {"x_train": "train-images", "y_train": "train-labels", "x_test": "t10k-images",
            "y_test": "t10k-labels"}
    found = {}
    for key, stem in keys.items():
        match = [q for n, q in names.items() if n.startswith(stem)]
        if not match:
            return None
        found[key] = match[0]
    out = {}
    for key, q in found.items():
        try:
            raw = _read_idx(q, 0)
        except OSError as err:
            raise DataError(f"{q} could not be read ({err})", "copy the file again") from None
        magic = int.from_bytes(raw[:4].tobytes(), "big")
        if key.startswith("x") and magic == 2051:
            n, h, w = (int.from_bytes(raw[4 + 4 * i: 8 + 4 * i].tobytes(), "big") for i in range(3))
            out[key] = raw[16:].reshape(n, h, w)
        elif key.startswith("y") and magic == 2049:
            out[key] = raw[8:].copy()
        else:
            raise DataError(f"{q} is not an IDX {'image' if key[0] == 'x' else 'label'} file",
                            "use the original MNIST-style *-idx3-ubyte.gz / *-idx1-ubyte.gz files")
    return out


def _check_image_arrays(dataset_id: str, a: Mapping[str, np.ndarray], src: Path) -> None:
    shape = {"mnist": (28, 28), "fashion_mnist": (28, 28), "cifar10": (32, 32, 3)}[dataset_id]
    for k in ("x_train", "x_test"):
        got = tuple(a[k].shape[1:])
        if got not in (shape, (*shape, 1)):
            raise DataError(f"{src}: {k} holds images of shape {got}, but {dataset_id} images are {shape}",
                            f"choose the {dataset_id} file")


def _copy_atomic(src: Path, dst: Path) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", dir=dst.parent)
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dst)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise DataError(f"could not copy {src} to {dst} ({err.strerror})",
                        "check free disk space and that you may write there") from None


def _save_npz_atomic(dst: Path, arrays: Mapping[str, np.ndarray]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".npz", dir=dst.parent)
    os.close(fd)
    try:
        np.savez_compressed(tmp, **arrays)
        os.replace(tmp, dst)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise DataError(f"could not write {dst} ({err.strerror})", "check free disk space") from None


def download(dataset_id: str, progress: Callable[[int, int | None], None] | None = None,
             timeout: float = 30.0) -> Path:
    """Fetch a Keras data set into the cache. The only function here that uses the network.

    ``progress(done_bytes, total_bytes_or_None)`` is called as data arrives (from
    this thread). Files are checked against Keras's published SHA-256 where there
    is one and written atomically, so an interrupted download leaves nothing half-done.
    Raises :class:`DownloadError` in plain words when the server cannot be reached.
    """
    known = _known(dataset_id)
    base = datasets_dir()
    for url, rel, sha in known.urls:
        target = base / rel
        if target.exists() and (sha is None or _sha256(target) == sha):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                try:
                    with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - fixed https URLs
                        total = resp.headers.get("Content-Length")
                        total_i = int(total) if total and total.isdigit() else None
                        done = 0
                        while chunk := resp.read(1 << 16):
                            out.write(chunk)
                            done += len(chunk)
                            if progress is not None:
                                progress(done, total_i)
                except (urllib.error.URLError, OSError, TimeoutError) as err:
                    reason = getattr(err, "reason", err)
                    raise DownloadError(
                        f"could not reach the download server: {reason}",
                        "copy the file from a machine with internet and use Import "
                        f"({known.import_hint})",
                    ) from None
            if sha is not None and _sha256(Path(tmp)) != sha:
                raise DownloadError(f"the downloaded {target.name} is damaged (its checksum is wrong)",
                                    "try again later, or copy the file from another machine and use Import")
            os.replace(tmp, target)
        finally:
            Path(tmp).unlink(missing_ok=True)
        if dataset_id == "cifar10":
            import_dataset_file("cifar10", _with_name(target, "cifar-10-python.tar.gz"))
    return base


def _with_name(path: Path, name: str) -> Path:
    """A same-content link/copy of ``path`` called ``name`` (import checks the file name)."""
    alias = Path(tempfile.mkdtemp()) / name
    try:
        os.link(path, alias)
    except OSError:
        shutil.copyfile(path, alias)
    return alias


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


_KERAS_TEXT = {
    "mnist": ("70,000 handwritten digits 0-9 as 28x28 grey pictures (60,000 for training). The classic "
              "first data set of deep learning. Licence: CC BY-SA 3.0 (Yann LeCun and Corinna Cortes)."),
    "fashion_mnist": ("70,000 28x28 grey pictures of clothes and shoes in 10 classes (shirts, trousers, "
                      "bags...). Harder than digits. Licence: MIT (Zalando SE)."),
    "cifar10": ("60,000 tiny 32x32 colour photos in 10 classes: planes, cars, birds, cats, deer, dogs, "
                "frogs, horses, ships and trucks. Much harder: needs a real CNN and patience on a CPU."),
    "imdb": ("50,000 film reviews from IMDB, labelled positive or negative. Each review is a list of word "
             "numbers: 0 pads short reviews, 1 marks the start, 2 stands for a rare word left out "
             "of the vocabulary, and the words themselves are numbered by how common they are from 4 on "
             "(4 is the most common word, 'the'). An Embedding layer turns them into vectors."),
}
_MAXT = ParamInfo("max_train", "int", 0, "Use only this many training examples (0 = all). "
                  "Fewer makes training quicker on a CPU.", 0, None)
_MAXS = ParamInfo("max_test", "int", 0, "Use only this many test examples (0 = all).", 0, None)


# ------------------------------------------------------------------ the learner's CSV table
def load_csv(path: str | os.PathLike[str], target_column: str | None = None, task: str = "auto",
             test_fraction: float = 0.2, seed: int = 0, scaling: str = "default",
             ignore_columns: Sequence[str] = (), max_categories: int = 50) -> DataBundle:
    """Read a CSV table with a header row into a :class:`DataBundle`.

    Numeric columns are used as they are (gaps filled with the training mean);
    text columns become one-hot columns (``colour=red``, ``colour=blue``...).
    ``target_column`` (default: the last column) is what to predict: ``task``
    ``"auto"`` picks classification for text or a few whole numbers, else
    regression. Inputs are standardized by default.
    """
    path = Path(path)
    if task not in ("auto", "classification", "regression"):
        raise DataError(f"task must be auto, classification or regression, not {task!r}")
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            sample = fh.read(65536)
            fh.seek(0)
            try:
                dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel
            rows = [r for r in csv.reader(fh, dialect) if any(c.strip() for c in r)]
    except FileNotFoundError:
        raise DataError(f"{path}: no such file", "check the path") from None
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(f"{path}: cannot be read as text ({err.__class__.__name__})",
                        "save the table as CSV (UTF-8) from your spreadsheet program") from None
    if not rows:
        raise DataError(f"{path} is empty", "save a table with a header row and at least a few rows")
    header = [h.strip() for h in rows[0]]
    body = rows[1:]
    if len(body) < 2:
        raise DataError(f"{path} has a header but {'no' if not body else 'only one'} data row",
                        "a table needs at least a few rows of examples to learn from")
    for i, r in enumerate(body, start=2):
        if len(r) != len(header):
            raise DataError(f"{path}, line {i}: {len(r)} cells, but the header has {len(header)} columns",
                            "make every row have one value per column")
    if target_column is None:
        target_column = header[-1]
    if target_column not in header:
        raise DataError(f"{path} has no column {target_column!r}",
                        f"choose one of: {', '.join(header)}")
    for c in ignore_columns:
        if c not in header:
            raise DataError(f"{path} has no column {c!r} to ignore", f"choose from: {', '.join(header)}")
    cols = {h: [r[i].strip() for r in body] for i, h in enumerate(header)}

    # the target
    raw_y = cols[target_column]
    y_num = _as_numbers(raw_y)
    if task == "auto":
        if y_num is None:
            task = "classification"
        else:
            values = np.unique(y_num[~np.isnan(y_num)])
            task = "classification" if (np.all(values == np.round(values)) and len(values) <= 10) \
                else "regression"
    if task == "regression":
        if y_num is None:
            bad = next(v for v in raw_y if _to_float(v) is None)
            raise DataError(f"{path}: the target {target_column!r} holds text such as {bad!r}, so it "
                            "cannot be predicted as a number", "choose task 'classification', or a numeric "
                            "target column")
        keep = ~np.isnan(y_num)
        y = y_num.astype(np.float32)
        class_names: list[str] = []
    else:
        keep = np.array([v != "" for v in raw_y])
        labels = [v for v in raw_y if v != ""]
        if y_num is not None:
            uniq = sorted(set(float(v) for v in labels))
            class_names = [f"{u:g}" for u in uniq]
            lookup = {f"{u:g}": i for i, u in enumerate(uniq)}
            y = np.array([lookup.get(f"{float(v):g}", -1) if v else -1 for v in raw_y])
        else:
            class_names = sorted(set(labels))
            lookup = {n: i for i, n in enumerate(class_names)}
            y = np.array([lookup.get(v, -1) for v in raw_y])
        if len(class_names) < 2:
            raise DataError(f"{path}: the target {target_column!r} has only one value "
                            f"({class_names[0] if class_names else 'none'})",
                            "a classifier needs at least two classes; choose another target column")
        if len(class_names) > 200:
            raise DataError(f"{path}: the target {target_column!r} has {len(class_names)} different values",
                            "that looks like a number to predict: choose task 'regression'")
    if keep.sum() < 2:
        raise DataError(f"{path}: almost every row has no value in {target_column!r}",
                        "fill in the target column")

    # the inputs
    feats: list[np.ndarray] = []
    names: list[str] = []
    for h in header:
        if h == target_column or h in ignore_columns:
            continue
        raw = cols[h]
        num = _as_numbers(raw)
        if num is not None:
            feats.append(num[:, None])
            names.append(h)
            continue
        parsed = [_to_float(v) for v in raw if v != ""]
        ok = sum(p is not None for p in parsed)
        if parsed and ok >= 0.9 * len(parsed):
            line, bad = next((i, v) for i, v in enumerate(raw, start=2) if v != "" and _to_float(v) is None)
            raise DataError(f"{path}, line {line}: column {h!r} holds numbers, but this row has {bad!r}",
                            "fix or delete that cell (leave it empty if the value is unknown)")
        cats = sorted(set(raw))
        if len(cats) > max_categories:
            raise DataError(f"{path}: column {h!r} holds {len(cats)} different texts; it looks like names or "
                            "free text, which a network cannot read as categories",
                            f"ignore that column (ignore_columns=[{h!r}])")
        for c in cats:
            feats.append(np.array([1.0 if v == c else 0.0 for v in raw])[:, None])
            names.append(f"{h}={c or '(empty)'}")
    if not feats:
        raise DataError(f"{path}: no input columns are left besides the target {target_column!r}",
                        "add columns that describe each example")
    x = np.concatenate(feats, axis=1)
    x, y = x[keep], y[keep]
    xt, yt, xs, ys = datagen.split(x, y, float(test_fraction), int(seed))
    means = np.nanmean(xt, axis=0)
    means = np.where(np.isnan(means), 0.0, means)
    xt = np.where(np.isnan(xt), means, xt)
    xs = np.where(np.isnan(xs), means, xs)
    how = "standardize" if scaling == "default" else scaling
    xt, xs, text = scale_inputs(xt, xs, how)
    yt = yt.astype(np.int64 if task == "classification" else np.float32)
    ys = ys.astype(np.int64 if task == "classification" else np.float32)
    desc = (f"Your table {path.name}: {len(x)} rows, {len(names)} input columns after one-hot coding, "
            f"predicting {target_column!r} ({task}).")
    return DataBundle(xt, yt, xs, ys, class_names, (x.shape[1],), task, dataset_id="csv",
                      title=path.name, kind="table", description=desc, scaling=text, feature_names=names)


def _to_float(v: str) -> float | None:
    try:
        f = float(v.replace(",", ".")) if v.count(",") == 1 and "." not in v else float(v)
    except ValueError:
        return None
    return f if math.isfinite(f) else None


def _as_numbers(raw: Sequence[str]) -> np.ndarray | None:
    """The column as floats (empty cells NaN), or ``None`` if any cell is not a number."""
    out = np.empty(len(raw))
    for i, v in enumerate(raw):
        if v == "":
            out[i] = np.nan
            continue
        f = _to_float(v)
        if f is None:
            return None
        out[i] = f
    if np.all(np.isnan(out)):
        return None
    return out


# ------------------------------------------------------------------ the learner's image folder
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif")


def load_image_folder(path: str | os.PathLike[str], image_size: Sequence[int] = (64, 64),
                      color_mode: str = "rgb", test_fraction: float = 0.2, seed: int = 0,
                      scaling: str = "default") -> DataBundle:
    """Read a folder with one sub-folder of pictures per class (``cats/``, ``dogs/`` ...).

    Pictures (PNG, JPEG, BMP, GIF) are decoded with TensorFlow, resized to
    ``image_size`` (height, width) and scaled to 0..1. ``color_mode`` is
    ``"rgb"`` (3 channels) or ``"grayscale"`` (1).
    """
    root = Path(path)
    if not root.is_dir():
        raise DataError(f"{root}: no such folder", "choose the folder that holds one sub-folder per class")
    if color_mode not in ("rgb", "grayscale"):
        raise DataError(f"color_mode must be 'rgb' or 'grayscale', not {color_mode!r}")
    h, w = (int(v) for v in image_size)
    if h < 4 or w < 4:
        raise DataError(f"image size {h}x{w} is too small", "use at least 8x8 pixels")
    classes = sorted(d.name for d in root.iterdir() if d.is_dir() and not d.name.startswith("."))
    if not classes:
        loose = [q for q in root.iterdir() if q.suffix.lower() in IMAGE_SUFFIXES]
        hint = (" (the pictures lie loose in it)" if loose else "")
        raise DataError(f"{root} has no sub-folders{hint}",
                        "make one sub-folder per class (e.g. cats/ and dogs/) and put each picture "
                        "in its own")
    files: list[tuple[Path, int]] = []
    for i, c in enumerate(classes):
        pics = sorted(q for q in (root / c).iterdir() if q.is_file() and q.suffix.lower() in IMAGE_SUFFIXES)
        if not pics:
            raise DataError(f"the class folder {root / c} holds no pictures",
                            "put PNG or JPEG files in it, or remove the folder")
        files.extend((q, i) for q in pics)
    if len(classes) < 2:
        raise DataError(f"{root} has only one class folder ({classes[0]})",
                        "a classifier needs at least two: add another sub-folder of pictures")
    import tensorflow as tf

    channels = 3 if color_mode == "rgb" else 1
    images = np.empty((len(files), h, w, channels), np.float32)
    for k, (q, _) in enumerate(files):
        try:
            img = tf.io.decode_image(tf.io.read_file(str(q)), channels=channels, expand_animations=False)
        except (tf.errors.InvalidArgumentError, tf.errors.NotFoundError) as err:
            raise DataError(f"{q} could not be read as a picture ({err.message.splitlines()[0]})",
                            "delete or replace that file") from None
        images[k] = tf.image.resize(img, (h, w)).numpy()
    y = np.array([c for _, c in files], np.int64)
    xt, yt, xs, ys = datagen.split(images, y, float(test_fraction), int(seed))
    xt, xs, how = _scaled({"scaling": scaling}, "divide", 255.0, xt, xs)
    return DataBundle(xt, yt, xs, ys, classes, (h, w, channels), "classification", dataset_id="image_folder",
                      title=root.name, kind="image",
                      description=f"Your pictures in {root.name}: {len(files)} images in {len(classes)} "
                                  f"classes, resized to {h}x{w}.", scaling=how)


# ------------------------------------------------------------------ the registry
TEXT_WINDOW_HELP = ("Each example is this many characters of the text; the answer is the character "
                    "after them.")


def text_bundle(text: str, p: Mapping[str, Any], description: str) -> DataBundle:
    """Next-character windows of ``text`` (issue 13): the last ``test_fraction`` of the text is the test part.

    The split is by position, not at random: windows overlap, so a shuffled split would test the
    model on text it has already read.
    """
    from deskdl.core import charseq

    vocab = charseq.Vocabulary.of(text)
    ids = vocab.encode(text)
    seq_len, step = int(p["seq_len"]), int(p["step"])
    cut = int(len(ids) * (1.0 - float(p["test_fraction"])))
    if cut <= seq_len + 1 or len(ids) - cut <= seq_len + 1:
        raise DataError(f"the text has {len(ids)} characters, too few for windows of {seq_len} in both the "
                        f"training and the test part", "use a longer text, or shorter windows (seq_len)")
    xt, yt = charseq.windows(ids[:cut], seq_len, step)
    xs, ys = charseq.windows(ids[cut:], seq_len, step)
    names = [vocab.shown(i) for i in range(len(vocab))]
    return DataBundle(xt.astype(np.float32), yt.astype(np.int64), xs.astype(np.float32), ys.astype(np.int64),
                      names, (seq_len,), "classification", description=description,
                      vocabulary=list(vocab.chars),
                      scaling=f"character numbers, not scaled (the {len(vocab)} characters of the text are "
                              f"0 to {len(vocab) - 1}); feed them to an Embedding layer with input_dim "
                              f"{len(vocab)}")


def _load_abc(p: dict[str, Any]) -> DataBundle:
    from deskdl.core import abc_corpus

    return text_bundle(abc_corpus.corpus(int(p["tunes"]), int(p["seed"])), p, REGISTRY_TEXT["abc_tunes"])


def _load_text_file(p: dict[str, Any]) -> DataBundle:
    from deskdl.core import charseq

    try:
        text = charseq.read_text(p["path"])
    except charseq.TextError as err:
        raise DataError(err.message, err.fix) from None
    return text_bundle(text, p, "Your own text, read as UTF-8: the model learns which character comes next.")


def _load_digit_task(p: dict[str, Any]) -> DataBundle:
    from deskdl.core.seqtasks import digit_task

    x, y = digit_task(p["task"], int(p["samples"]), int(p["length"]), int(p["seed"]))
    xt, yt, xs, ys = datagen.split(x.astype(np.float32), y, float(p["test_fraction"]), int(p["seed"]))
    return DataBundle(xt, yt, xs, ys, [str(i) for i in range(10)], (int(p["length"]),), "classification",
                      description=REGISTRY_TEXT["digit_tasks"], vocabulary=[str(i) for i in range(10)],
                      scaling="digits as token numbers 0-9, not scaled; feed them to an Embedding layer with "
                              "input_dim 10")


def _text_params() -> tuple[ParamInfo, ...]:
    return (ParamInfo("seq_len", "int", 40, TEXT_WINDOW_HELP, 2, 1000),
            ParamInfo("step", "int", 3, "A window starts every this many characters (1 = every character; "
                      "3 gives a third as many examples).", 1, 1000),
            ParamInfo("test_fraction", "float", 0.1, "Share of the text, at its end, kept aside as the "
                      "test part.", 0.05, 0.9))


def _shapes_params() -> tuple[ParamInfo, ...]:
    return (ParamInfo("samples", "int", 2000, "How many pictures to draw in all.", 20, 100_000),
            ParamInfo("noise", "float", 0.1, "Pixel noise (0 = clean pictures).", 0, 1),
            ParamInfo("image_size", "int", 28, "Picture width and height in pixels.", 8, 128),
            ParamInfo("test_fraction", "float", 0.2, _TEST.help, 0.05, 0.9), _SEED, _SCALE_P)


def _build_registry() -> dict[str, DatasetInfo]:
    reg: dict[str, DatasetInfo] = {}
    for name in datagen.CLASSIFICATION_2D + datagen.REGRESSION_2D:
        title, text = _2D_TEXT[name]
        regression = name in datagen.REGRESSION_2D
        reg[name] = DatasetInfo(
            name, title, text, "regression2d" if regression else "points2d",
            "regression" if regression else "classification", (2,),
            () if regression else ("orange (0)", "blue (1)"), (_SAMPLES, _NOISE, _TEST, _SEED, _SCALE_P),
            _load_2d(name))
    reg["ring8"] = DatasetInfo(
        "ring8", RING_TEXT[0], RING_TEXT[1], "points2d", "classification", (2,),
        tuple(str(i) for i in range(datagen.RING_MODES)),
        (ParamInfo("samples", "int", 2000, _SAMPLES.help, 20, 100_000),
         ParamInfo("noise", "float", 0.0, "How spread each cloud is: 0 = tight (0.05 across), 1 = wide.",
                   0, 1),
         _TEST, _SEED, _SCALE_P), _load_ring)
    reg["digits"] = DatasetInfo(
        "digits", "Handwritten digits (8x8)", REGISTRY_TEXT["digits"], "image", "classification", (8, 8, 1),
        tuple(str(i) for i in range(10)),
        (ParamInfo("test_fraction", "float", 0.2, _TEST.help, 0.05, 0.9), _SEED, _SCALE_P),
        _load_digits, source="bundled",
        credit="E. Alpaydin and C. Kaynak, Optical Recognition of Handwritten Digits, UCI Machine Learning "
               "Repository (1998), CC BY 4.0, https://doi.org/10.24432/C50P49")
    reg["shapes"] = DatasetInfo(
        "shapes", "Shapes (28x28)", REGISTRY_TEXT["shapes"], "image", "classification", (28, 28, 1),
        datagen.SHAPE_CLASSES, _shapes_params(), _load_shapes)
    reg["reviews"] = DatasetInfo(
        "reviews", "Tiny film reviews (generated)", REGISTRY_TEXT["reviews"], "sequence", "classification",
        (24,), datagen.REVIEW_CLASSES,
        (ParamInfo("samples", "int", 2000, "How many reviews to write in all (train + test).", 20, 100_000),
         ParamInfo("maxlen", "int", 24, "Reviews are padded at the front (or cut) to this many places. "
                   "The longest review has 20 words plus the start mark.", 2, 500),
         ParamInfo("test_fraction", "float", 0.2, "Share of the reviews kept aside as the test set.", 0.05,
                   0.9),
         ParamInfo("seed", "int", 0, "The random seed: the same seed writes the same reviews.", 0,
                   2**31 - 1)),
        _load_reviews)
    reg["abc_tunes"] = DatasetInfo(
        "abc_tunes", "Folk tunes in ABC (generated)", REGISTRY_TEXT["abc_tunes"], "sequence",
        "classification",
        (40,), (),
        (ParamInfo("tunes", "int", 1000, "How many tunes to write (about 240 characters each).", 10, 20_000),
         *_text_params(), ParamInfo("seed", "int", 0, "The random seed: the same seed writes the same tunes.",
                                    0, 2**31 - 1)),
        _load_abc)
    reg["digit_tasks"] = DatasetInfo(
        "digit_tasks", "Reverse or sort digits (generated)", REGISTRY_TEXT["digit_tasks"], "sequence",
        "classification", (10,), tuple(str(i) for i in range(10)),
        (ParamInfo("task", "choice", "reverse", "reverse: the digits backwards; sort: in increasing order.",
                   choices=("reverse", "sort")),
         ParamInfo("samples", "int", 20000, "How many sequences in all (train + test).", 20, 1_000_000),
         ParamInfo("length", "int", 10, "Digits in each sequence.", 2, 100), _TEST, _SEED),
        _load_digit_task)
    reg["text_file"] = DatasetInfo(
        "text_file", "Your text (.txt, .abc)", "A UTF-8 text file of your own (a book, poems, songs in ABC): "
        "a character model learns which character comes next in it.", "sequence", "classification", None, (),
        (ParamInfo("path", "path", "", "The UTF-8 .txt or .abc file."), *_text_params()),
        _load_text_file, source="user")
    for did, title, shape, classes in (
        ("mnist", "MNIST digits (28x28)", (28, 28, 1), tuple(str(i) for i in range(10))),
        ("fashion_mnist", "Fashion-MNIST (28x28)", (28, 28, 1), FASHION_CLASSES),
        ("cifar10", "CIFAR-10 photos (32x32 colour)", (32, 32, 3), CIFAR10_CLASSES),
    ):
        reg[did] = DatasetInfo(did, title, _KERAS_TEXT[did], "image", "classification", shape, classes,
                               (_MAXT, _MAXS, _SCALE_P), _keras_image_loader(did, classes, _KERAS_TEXT[did]),
                               source="keras")
    reg["imdb"] = DatasetInfo(
        "imdb", "IMDB film reviews", _KERAS_TEXT["imdb"], "sequence", "classification", (200,),
        ("negative", "positive"),
        (ParamInfo("num_words", "int", 10000, "Keep only the most common words; rarer ones become 2.", 10,
                   100_000),
         ParamInfo("maxlen", "int", 200, "Reviews are cut or padded to this many words.", 10, 5000),
         _MAXT, _MAXS),
        _load_imdb, source="keras")
    reg["csv"] = DatasetInfo(
        "csv", "Your table (CSV)", "A table from a spreadsheet saved as CSV, one example per row, with a "
        "header row. Choose the column to predict; text columns are one-hot coded.", "table",
        "classification",
        None, (), (ParamInfo("path", "path", "", "The .csv file."),
                   ParamInfo("target_column", "str", "", "The column to predict (empty = the last one)."),
                   ParamInfo("task", "choice", "auto", "auto guesses from the target column.",
                             choices=("auto", "classification", "regression")),
                   ParamInfo("ignore_columns", "str", "", "Columns to leave out, separated by commas."),
                   ParamInfo("test_fraction", "float", 0.2, _TEST.help, 0.05, 0.9), _SEED, _SCALE_P),
        lambda p: load_csv(p["path"], p["target_column"] or None, p["task"], p["test_fraction"], p["seed"],
                           p["scaling"], _names(p["ignore_columns"])),
        source="user")
    reg["image_folder"] = DatasetInfo(
        "image_folder", "Your pictures (folder)", "A folder with one sub-folder per class, each full of "
        "pictures (PNG or JPEG). The sub-folder names become the class names.", "image",
        "classification",
        None, (), (ParamInfo("path", "path", "", "The folder holding one sub-folder per class."),
                   ParamInfo("image_size", "size", [64, 64],
                             "Pictures are resized to this height and width."),
                   ParamInfo("color_mode", "choice", "rgb", "Colour (3 channels) or grey (1).",
                             choices=("rgb", "grayscale")),
                   ParamInfo("test_fraction", "float", 0.2, _TEST.help, 0.05, 0.9), _SEED, _SCALE_P),
        lambda p: load_image_folder(p["path"], p["image_size"], p["color_mode"], p["test_fraction"],
                                    p["seed"], p["scaling"]),
        source="user")
    return reg


REGISTRY: dict[str, DatasetInfo] = _build_registry()


def get(dataset_id: str) -> DatasetInfo:
    """The registry entry for ``dataset_id`` (raises :class:`DataError` for unknown ids)."""
    try:
        return REGISTRY[dataset_id]
    except KeyError:
        raise DataError(f"there is no data set called {dataset_id!r}",
                        f"choose one of: {', '.join(REGISTRY)}") from None


def all_datasets() -> list[DatasetInfo]:
    """Every registry entry, in the order the Data tab lists them."""
    return list(REGISTRY.values())


def load(dataset_id: str, params: Mapping[str, Any] | None = None) -> DataBundle:
    """Load a data set by id with ``params`` over its defaults."""
    return get(dataset_id).load(params)


def load_config(data: Mapping[str, Any]) -> DataBundle:
    """Load what a project's ``data`` dict (``{"dataset": id, "params": {...}}``) names."""
    if not isinstance(data, Mapping) or not isinstance(data.get("dataset"), str):
        raise DataError("the project's data settings must name a data set, e.g. {\"dataset\": \"spiral\"}")
    params = data.get("params") or {}
    if not isinstance(params, Mapping):
        raise DataError("data.params must be an object of settings")
    return load(data["dataset"], params)


# ------------------------------------------------------------------ targets
#: ``data.target`` values: the data set's labels, or the inputs themselves (autoencoders).
TARGETS = ("labels", "inputs")
RECONSTRUCTION = "reconstruction"


def data_target(data: Mapping[str, Any] | None) -> str:
    """The project's ``data.target``: ``"labels"`` (the default) or ``"inputs"``."""
    target = (data or {}).get("target") or "labels"
    if target not in TARGETS:
        raise DataError(f"data.target is {target!r}, but deskdl knows only {', '.join(map(repr, TARGETS))}",
                        "use \"labels\" to predict the data set's answers, or \"inputs\" to rebuild "
                        "the input (an autoencoder)")
    return target


def with_target(bundle: DataBundle, target: str = "labels") -> DataBundle:
    """The bundle with the targets a run learns: its labels, or (``"inputs"``) the inputs themselves.

    A reconstruction bundle has ``task == "reconstruction"``, no classes, and
    ``y_* = x_*``, so every later step (splitting, checking, training,
    scoring) sees an ordinary regression onto arrays shaped like the input.
    """
    if target == "labels" or bundle.task == RECONSTRUCTION:
        return bundle
    data_target({"target": target})
    return replace(bundle, y_train=bundle.x_train, y_test=bundle.x_test, class_names=[], task=RECONSTRUCTION)


# ------------------------------------------------------------------ labels and splits
def label_format(loss: str) -> str:
    """How labels must look for ``loss``: ``sparse``, ``onehot``, ``binary`` or ``value``."""
    return {"sparse_categorical_crossentropy": "sparse", "categorical_crossentropy": "onehot",
            "binary_crossentropy": "binary"}.get(loss, "value")


def format_labels(y: np.ndarray, loss: str, n_classes: int, task: str = "classification") -> np.ndarray:
    """Labels shaped for ``loss``: integers, one-hot rows, 0/1 floats, or float values."""
    y = np.asarray(y)
    if task == RECONSTRUCTION:
        return np.ascontiguousarray(y, dtype=np.float32)
    if task == "regression":
        return y.astype(np.float32).reshape(len(y), -1) if y.ndim > 1 else y.astype(np.float32)[:, None]
    fmt = label_format(loss)
    yi = y.astype(np.int64)
    if fmt == "sparse":
        return yi
    if fmt == "binary" and n_classes <= 2:
        return yi.astype(np.float32)[:, None]
    onehot = np.zeros((len(yi), max(n_classes, 1)), np.float32)
    onehot[np.arange(len(yi)), yi] = 1.0
    if fmt == "value" and n_classes <= 2:
        return yi.astype(np.float32)[:, None]
    return onehot


@dataclass
class PreparedData:
    """Arrays ready for ``fit``: training, validation (may be empty) and test parts."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray | None
    y_val: np.ndarray | None
    x_test: np.ndarray
    y_test: np.ndarray
    label_format: str
    bundle: DataBundle

    @property
    def has_validation(self) -> bool:
        """Whether a validation part was split off."""
        return self.x_val is not None and len(self.x_val) > 0


def prepare(bundle: DataBundle, training: Mapping[str, Any], target: str = "labels") -> PreparedData:
    """Split a shuffled validation part off the training data and format labels for the loss.

    Keras's own ``validation_split`` takes the *last* examples without
    shuffling, which on sorted data (all of one class at the end) would
    validate on a single class; we shuffle with the run's seed first.
    ``target="inputs"`` (or a bundle from :func:`with_target`) learns to
    rebuild each input: ``y = x``.
    """
    bundle = with_target(bundle, target)
    loss = training.get("loss", "sparse_categorical_crossentropy")
    vs = float(training.get("validation_split") or 0.0)
    seed = training.get("seed")
    rng = np.random.default_rng(None if seed is None else int(seed) + 104729)
    n = len(bundle.x_train)
    n_val = int(round(n * vs)) if vs > 0 else 0
    if vs > 0:
        n_val = min(max(n_val, 1), n - 1)
    order = rng.permutation(n)
    tr, va = order[n_val:], order[:n_val]
    k = bundle.n_classes

    def fmt(y):
        return format_labels(y, loss, k, bundle.task)

    x = np.ascontiguousarray(bundle.x_train, dtype=np.float32)
    return PreparedData(
        x[tr], fmt(bundle.y_train[tr]),
        x[va] if n_val else None, fmt(bundle.y_train[va]) if n_val else None,
        np.ascontiguousarray(bundle.x_test, dtype=np.float32), fmt(bundle.y_test),
        "inputs" if bundle.task == RECONSTRUCTION else label_format(loss), bundle)


# ------------------------------------------------------------------ data vs model vs settings
_CROSSENTROPY = ("sparse_categorical_crossentropy", "categorical_crossentropy", "binary_crossentropy")
_REG_LOSSES = ("mean_squared_error", "mean_absolute_error", "huber")


def _fmt_shape(shape: Sequence[int | None]) -> str:
    """One example's shape in deskdl's one notation (:func:`deskdl.core.shapes_text.shape_text`)."""
    return shape_text(shape)


def _out_activation(graph: ModelGraph, nid: str) -> str | None:
    node = graph.nodes.get(nid)
    if node is None:
        return None
    if node.type == "Softmax":
        return "softmax"
    act = node.params.get("activation")
    return act if isinstance(act, str) else None


def _use(activation: str, node_id: str) -> FixAction:
    return FixAction(f"Use {activation}", "set_param", node_id, params={"activation": activation})


def _loss(loss: str) -> FixAction:
    """A Fix that changes the training settings' loss (``set_training``: applied by the Problems list)."""
    return FixAction(f"Use {loss}", "set_training", params={"loss": loss})


def _mae_not_accuracy(training: Mapping[str, Any]) -> FixAction:
    metrics = [m for m in (training.get("metrics") or []) if m != "accuracy"]
    return FixAction("Watch mae instead of accuracy", "set_training",
                     params={"metrics": metrics if "mae" in metrics else [*metrics, "mae"]})


def _names(text: Any) -> list[str]:
    if isinstance(text, (list, tuple)):
        return [str(t) for t in text]
    return [c.strip() for c in str(text or "").split(",") if c.strip()]


def check_fit(model: ModelGraph | Analysis, bundle: DataBundle,
              training: Mapping[str, Any], target: str = "labels") -> list[Diagnostic]:
    """Problems between data, model and training settings, each with one concrete fix.

    Pass the :class:`ModelGraph` for the fullest check (output activations are
    read from it), or just an :class:`Analysis` (shapes only). Errors mean the
    run would crash or learn nonsense; warnings mean it runs but is unwise.
    ``target="inputs"``: the model must rebuild its input (an autoencoder).
    """
    bundle = with_target(bundle, target)
    graph = model if isinstance(model, ModelGraph) else None
    analysis = analyze(graph) if graph is not None else model
    out: list[Diagnostic] = []
    loss = training.get("loss", "sparse_categorical_crossentropy")
    task, k = bundle.task, bundle.n_classes
    data_shape = tuple(bundle.input_shape)

    # -- the input
    if graph is not None:
        inputs = graph.inputs()
        if len(inputs) != 1:
            out.append(Diagnostic(None, ERROR,
                                  f"the model has {len(inputs)} Input layers, but the data set gives one "
                                  "input per example", "keep exactly one Input layer"))
        else:
            nid = inputs[0]
            want = tuple(graph.nodes[nid].params.get("shape") or ())
            mismatch = any(w is not None and w != d for w, d in zip(want, data_shape))
            if len(want) != len(data_shape) or mismatch:
                what = ("images" if len(data_shape) == 3 else "sequences" if bundle.kind == "sequence"
                        else "vectors")
                out.append(Diagnostic(
                    nid, ERROR, f"the data gives {_fmt_shape(data_shape)} {what} but the Input expects "
                                f"{_fmt_shape(want)}",
                    f"set the Input shape to {_fmt_shape(data_shape)}",
                    FixAction(f"Set the Input shape to {_fmt_shape(data_shape)}", "set_param", nid,
                              params={"shape": list(data_shape)}), "shape"))
    if graph is not None and bundle.kind == "sequence":
        out.extend(_check_embedding_rows(graph, bundle))
    if graph is not None:
        out.extend(_check_flips(graph, bundle))
    # -- the output
    outputs = analysis.outputs
    if len(outputs) != 1:
        if outputs:
            out.append(Diagnostic(None, ERROR, f"the model has {len(outputs)} outputs, but the data set has "
                                               "one target per example", "keep a single output layer"))
        return out
    oid = outputs[0]
    info = analysis.nodes.get(oid)
    oshape = info.shape if info is not None else None
    units = oshape[-1] if oshape else None
    act = _out_activation(graph, oid) if graph is not None else None
    if task == RECONSTRUCTION:
        out.extend(_check_reconstruction(oid, oshape, act, data_shape, loss, training))
        return out + _check_batch_size(bundle, training)
    steps = bundle.y_train.shape[1] if task == "classification" and bundle.y_train.ndim == 2 else None
    if steps is not None and oshape is not None and len(oshape) == 3:  # one answer per step (issue 13)
        if oshape[1] not in (None, steps):
            out.append(Diagnostic(oid, ERROR, f"the data wants an answer at each of {steps} steps but "
                                              f"{named('output', oid)} gives {oshape[1]}",
                                  f"keep the sequence's {steps} steps up to the output (no pooling)"))
            return out
        oshape = (oshape[0], oshape[2])
    elif oshape is not None and len(oshape) > 2:
        out.append(Diagnostic(oid, ERROR, f"{named('output', oid)} still has shape "
                                          f"{_fmt_shape(oshape[1:])} per example, but the data wants one "
                                          f"{'answer' if task == 'classification' else 'number'} per example",
                              "insert a Flatten (or GlobalAveragePooling) before the last Dense layer"))
        return out
    if task == "classification":
        if loss in _REG_LOSSES:
            out.append(Diagnostic(None, WARNING, f"the data has {k} classes but the loss {loss} is meant for "
                                                 "predicting numbers",
                                  "use sparse_categorical_crossentropy (or binary_crossentropy for 2 "
                                  "classes)", _loss("sparse_categorical_crossentropy")))
        if loss == "binary_crossentropy":
            if k > 2:
                out.append(Diagnostic(None, ERROR, f"binary_crossentropy is for two classes, but the data "
                                                   f"has {k}",
                                      "use sparse_categorical_crossentropy with a softmax output of "
                                      f"{k} units", _loss("sparse_categorical_crossentropy")))
            elif units is not None and units != 1:
                out.append(Diagnostic(oid, ERROR, "with binary_crossentropy the output gives the probability "
                                                  f"of class 1 as one number, but {oid} has {units} units",
                                      "set units to 1 with a sigmoid activation",
                                      FixAction("Set units to 1, sigmoid", "set_param", oid,
                                                params={"units": 1, "activation": "sigmoid"}), "units"))
            if act == "softmax" and k <= 2 and units in (1, None):  # 10 classes: the loss is what is wrong
                out.append(Diagnostic(oid, ERROR, "softmax over a single output is always 1, so with "
                                                  "binary_crossentropy the network cannot learn",
                                      "use a sigmoid activation on the output",
                                      _use("sigmoid", oid),
                                      "activation"))
            elif act in ("linear", "relu"):
                out.append(Diagnostic(oid, WARNING, f"binary_crossentropy expects a probability, but {oid} "
                                                    f"uses the {act} activation",
                                      "use a sigmoid activation on the output",
                                      _use("sigmoid", oid),
                                      "activation"))
        elif loss in ("sparse_categorical_crossentropy", "categorical_crossentropy"):
            if units is not None and units != k:
                out.append(Diagnostic(oid, ERROR, f"the data has {k} classes but {named('output', oid)} has "
                                                  f"{units} unit{'s' if units != 1 else ''}",
                                      f"set units to {k}, one per class",
                                      FixAction(f"Set units to {k}", "set_param", oid, params={"units": k}),
                                      "units"))
            if act is not None and act != "softmax":
                sev = ERROR if act == "sigmoid" and units == 1 else WARNING
                out.append(Diagnostic(oid, sev, f"{loss} expects class probabilities that add up to 1, but "
                                                f"{oid} uses the {act} activation",
                                      "use a softmax activation on the output",
                                      _use("softmax", oid),
                                      "activation"))
    else:
        if loss in _CROSSENTROPY:
            out.append(Diagnostic(None, ERROR, f"the data asks for a number (regression), but {loss} is for "
                                               "choosing between classes",
                                  "use mean_squared_error as the loss", _loss("mean_squared_error")))
        if units is not None and units != bundle.target_size:
            out.append(Diagnostic(oid, ERROR, f"the data has {bundle.target_size} number(s) to predict per "
                                              f"example but {named('output', oid)} has {units} units",
                                  f"set units to {bundle.target_size}",
                                  FixAction(f"Set units to {bundle.target_size}", "set_param", oid,
                                            params={"units": bundle.target_size}), "units"))
        if act in ("softmax", "sigmoid"):
            y = bundle.y_train
            why = ("softmax over one output is always 1" if act == "softmax"
                   else "sigmoid only gives values between 0 and 1")
            if act == "softmax" or float(np.min(y)) < 0 or float(np.max(y)) > 1:
                out.append(Diagnostic(oid, ERROR, f"the targets run from {float(np.min(y)):.3g} to "
                                                  f"{float(np.max(y)):.3g}, but {why}",
                                      "use a linear activation on the output",
                                      _use("linear", oid),
                                      "activation"))
        if "accuracy" in (training.get("metrics") or []):
            out.append(Diagnostic(None, WARNING, "accuracy counts exact hits, which means nothing when "
                                                 "predicting numbers", "watch mae instead of accuracy",
                                  _mae_not_accuracy(training)))
    return out + _check_batch_size(bundle, training)


def _check_embedding_rows(graph: ModelGraph, bundle: DataBundle) -> list[Diagnostic]:
    """An Embedding reading the word numbers needs a row for the largest one, or training crashes."""
    top = max((int(np.max(x)) for x in (bundle.x_train, bundle.x_test) if np.size(x)), default=0)
    out = []
    for nid in graph.inputs():
        for node in graph.nodes.values():
            dim = node.params.get("input_dim")
            if node.type != "Embedding" or nid not in node.inputs or not isinstance(dim, int) or dim > top:
                continue
            out.append(Diagnostic(
                node.id, ERROR, f"the word numbers in the data go up to {top}, but "
                                f"{named('Embedding', node.id)} only has rows for 0 to {dim - 1} "
                                f"(input_dim {dim})",
                f"set input_dim to {top + 1}, one more than the largest word number",
                FixAction(f"Set input_dim to {top + 1}", "set_param", node.id, params={"input_dim": top + 1}),
                "input_dim"))
    return out


def _check_flips(graph: ModelGraph, bundle: DataBundle) -> list[Diagnostic]:
    """Augmentation must keep the label true: a mirrored digit is often no longer that digit."""
    if list(bundle.class_names) != [str(i) for i in range(10)]:
        return []
    return [Diagnostic(node.id, WARNING, f"{node.id} mirrors the training digits, but a mirrored digit is "
                                         "often no longer that digit (a mirrored 2, 3 or 7), so its label "
                                         "would be wrong",
                       "remove the RandomFlip; to vary the digits, use RandomTranslation or a small "
                       "RandomRotation instead")
            for node in graph.nodes.values() if node.type == "RandomFlip"]


def _check_batch_size(bundle: DataBundle, training: Mapping[str, Any]) -> list[Diagnostic]:
    bs = training.get("batch_size")
    n_train = int(len(bundle.x_train) * (1 - float(training.get("validation_split") or 0)))
    if isinstance(bs, int) and n_train and bs > n_train:
        return [Diagnostic(None, WARNING, f"the batch size {bs} is larger than the {n_train} training "
                                          "examples, so each epoch makes a single update",
                           f"use a batch size of at most {max(1, n_train // 4)}")]
    return []


def _check_reconstruction(oid: str, oshape, act: str | None, data_shape: tuple, loss: str,
                          training: Mapping[str, Any]) -> list[Diagnostic]:
    """An autoencoder's output must have the input's shape and a loss that compares values."""
    out: list[Diagnostic] = []
    if oshape is not None and tuple(oshape[1:]) != tuple(data_shape):
        fix = (f"end with a Reshape to {_fmt_shape(data_shape)}" if len(data_shape) > 1
               else f"set units to {data_shape[0]}")
        out.append(Diagnostic(oid, ERROR, f"the model learns to rebuild its input, so its output must have "
                                          f"the input's shape {_fmt_shape(data_shape)}, but {oid} gives "
                                          f"{_fmt_shape(oshape[1:])}", fix))
    if loss in ("sparse_categorical_crossentropy", "categorical_crossentropy"):
        out.append(Diagnostic(None, ERROR, f"the model rebuilds its input, values rather than classes, but "
                                           f"{loss} is for choosing between classes",
                              "use mean_squared_error as the loss", _loss("mean_squared_error")))
    elif loss == "binary_crossentropy" and act != "sigmoid":
        out.append(Diagnostic(oid, WARNING, "binary_crossentropy compares values between 0 and 1, so the "
                                            "output needs a sigmoid activation",
                              "use a sigmoid activation on the output, or mean_squared_error as the loss",
                              _use("sigmoid", oid), "activation"))
    if "accuracy" in (training.get("metrics") or []):
        out.append(Diagnostic(None, WARNING, "accuracy counts exact hits, which means nothing when "
                                             "rebuilding pixel values", "watch mae instead of accuracy",
                              _mae_not_accuracy(training)))
    return out
