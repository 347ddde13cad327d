"""Data sets: a registry of what a learner can train on, and loaders that never surprise.

Every entry (:class:`DatasetInfo`) says in plain words what the data is, which
shape one example has, which classes there are and which settings it takes.
``load`` gives a :class:`DataBundle` of NumPy arrays (inputs scaled, labels as
whole numbers for classification), ready for :func:`prepare` to split off a
validation set and shape the labels for the chosen loss.

One module per source, each with its own loader, settings and texts:

* :mod:`.points2d`: generated 2-D sets (TensorFlow Playground style) and the ring of 8 clouds;
* :mod:`.digits`: the UCI handwritten digits (8x8), bundled in ``resources/datasets``;
* :mod:`.shapes` and :mod:`.reviews`: shapes pictures and tiny film reviews, drawn from a seed
  by :mod:`deskdl.core.datagen`;
* :mod:`.text`: ABC folk tunes, the digit tasks and the learner's own text file;
* :mod:`.keras_sets`: Keras's known sets (MNIST, Fashion-MNIST, CIFAR-10, IMDB), read from the
  Keras cache that :mod:`.cache` manages (:func:`import_dataset_file`, and :func:`download`,
  the only function here that touches the network);
* :mod:`.tables` and :mod:`.image_folder`: the learner's own CSV table (:func:`load_csv`) or
  folder of images with one sub-folder per class (:func:`load_image_folder`).

Shared parts: :mod:`.base` (errors, types, scaling), :mod:`.registry` (where each source's
``DATASETS`` are collected, in the order of ``registry.SOURCES``), :mod:`.targets` (labels or
inputs as targets, label formats, the validation split) and :mod:`.checks` (:func:`check_fit`
compares data, model and training settings and returns teaching diagnostics before any
training starts).

Nothing here imports TensorFlow at module level; only the image-folder loader needs it.
Every name stays importable from ``deskdl.ml.datasets``.
"""

from __future__ import annotations

from deskdl.ml.datasets import registry
from deskdl.ml.datasets.base import (
    SCALINGS,
    DataBundle,
    DataError,
    DatasetInfo,
    DatasetMissing,
    DownloadError,
    ParamInfo,
    scale_inputs,
)
from deskdl.ml.datasets.base import _check_params as _check_params
from deskdl.ml.datasets.cache import (
    KNOWN,
    KnownFiles,
    datasets_dir,
    download,
    expected_paths,
    import_dataset_file,
    is_available,
    keras_home,
)
from deskdl.ml.datasets.cache import missing as _missing  # noqa: F401 - start_checks uses the loader's message
from deskdl.ml.datasets.checks import check_fit
from deskdl.ml.datasets.digits import DIGITS_FILE, resources_dir
from deskdl.ml.datasets.image_folder import IMAGE_SUFFIXES, load_image_folder
from deskdl.ml.datasets.keras_sets import CIFAR10_CLASSES, FASHION_CLASSES, IMDB_WORD_INDEX
from deskdl.ml.datasets.points2d import RING_TEXT
from deskdl.ml.datasets.registry import REGISTRY, all_datasets, get, load, load_config, register
from deskdl.ml.datasets.tables import load_csv
from deskdl.ml.datasets.targets import (
    RECONSTRUCTION,
    TARGETS,
    PreparedData,
    data_target,
    format_labels,
    label_format,
    prepare,
    with_target,
)
from deskdl.ml.datasets.text import TEXT_WINDOW_HELP, text_bundle

registry.collect()

#: The long description of each generated or bundled set, by id (each source module keeps its own).
REGISTRY_TEXT = {i: REGISTRY[i].description
                 for i in ("digits", "shapes", "reviews", "abc_tunes", "digit_tasks")}

__all__ = [
    "CIFAR10_CLASSES", "DIGITS_FILE", "FASHION_CLASSES", "IMAGE_SUFFIXES", "IMDB_WORD_INDEX", "KNOWN",
    "RECONSTRUCTION", "REGISTRY", "REGISTRY_TEXT", "RING_TEXT", "SCALINGS", "TARGETS", "TEXT_WINDOW_HELP",
    "DataBundle", "DataError", "DatasetInfo", "DatasetMissing", "DownloadError", "KnownFiles", "ParamInfo",
    "PreparedData", "all_datasets", "check_fit", "data_target", "datasets_dir", "download", "expected_paths",
    "format_labels", "get", "import_dataset_file", "is_available", "keras_home", "label_format", "load",
    "load_config", "load_csv", "load_image_folder", "prepare", "register", "resources_dir", "scale_inputs",
    "text_bundle", "with_target",
]
