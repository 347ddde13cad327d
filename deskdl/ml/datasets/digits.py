"""The UCI handwritten digits (8x8), bundled in ``resources/datasets``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from deskdl import paths
from deskdl.core import datagen
from deskdl.core.i18n import N_, translator
from deskdl.ml.datasets import script as s
from deskdl.ml.datasets.base import (
    SCALING_PARAM,
    SEED_PARAM,
    TEST_PARAM,
    DataBundle,
    DatasetInfo,
    DatasetMissing,
    ParamInfo,
    scaled,
)

_ = translator("ml.datasets.digits")


def resources_dir() -> Path:
    """The bundled ``resources`` folder (:func:`deskdl.paths.resources_dir`: source, frozen or overridden)."""
    return paths.resources_dir()


DIGITS_FILE = "datasets/optdigits_8x8.npz"

TEXT = (N_("Handwritten digits 0-9 as tiny 8×8 grey pictures: the 1797 digits of the UCI test part, "
        "written by 13 people (the UCI training part, 3823 digits by 30 others, is not included). "
        "Each pixel counts the ink in a 4x4 block of the original scan, so values run from 0 to 16. "
        "Small enough to train a convolutional network in seconds."))


def _load_digits(p: dict[str, Any]) -> DataBundle:
    path = resources_dir() / DIGITS_FILE
    if not path.exists():
        raise DatasetMissing(_("the bundled digits file {path} is missing").format(path=path),
                             _("reinstall deskdl, or copy optdigits_8x8.npz back into resources/datasets"))
    with np.load(path, allow_pickle=False) as f:
        x, y = f["x"][..., None], f["y"].astype(np.int64)
    xt, yt, xs, ys = datagen.split(x, y, float(p["test_fraction"]), int(p["seed"]))
    if p["shuffle_labels"]:
        yt = datagen.shuffled_labels(yt, int(p["seed"]))
    xt, xs, how = scaled(p, "divide", 16.0, xt, xs)
    return DataBundle(xt, yt, xs, ys, [str(i) for i in range(10)], (8, 8, 1), "classification",
                      description=TEXT, scaling=how)


def _export(p: dict[str, Any]) -> s.DataCode:
    seed, tf_ = s.settings(p)[:2]
    body = [
        "    # The UCI handwritten digits (8x8, values 0..16) that come with deskdl: copy",
        "    # resources/datasets/optdigits_8x8.npz from deskdl next to this script.",
        "    # (sklearn.datasets.load_digits() holds the same 1797 pictures.)",
        "    with np.load(find_file(\"optdigits_8x8.npz\")) as f:",
        "        x, y = f[\"x\"][..., None].astype(\"float32\"), f[\"y\"].astype(\"int64\")",
        f"    {s.SPLIT_NOTE}",
        f"    x_train, y_train, x_test, y_test = split(x, y, {s.literal(tf_)}, seed={seed})",
    ]
    helpers = [s.FIND_FILE_CODE, s.source(datagen.split)]
    if p.get("shuffle_labels"):
        helpers.append(s.source(datagen.shuffled_labels))
        body.append(f"    y_train = shuffled_labels(y_train, seed={seed})  # random labels")
    return s.DataCode(helpers, body + s.scaling_lines(p, "divide", 16.0))


#: What this source brings to the registry (:mod:`deskdl.ml.datasets.registry`).
DATASETS = (DatasetInfo(
    "digits", N_("Handwritten digits (8x8)"), TEXT, "image", "classification", (8, 8, 1),
    tuple(str(i) for i in range(10)),
    (ParamInfo("test_fraction", "float", 0.2, TEST_PARAM.help, 0.05, 0.9), SEED_PARAM, SCALING_PARAM,
     ParamInfo("shuffle_labels", "bool", False, N_("Give the training pictures each other's labels at random "
               "(the test pictures keep their true ones): nothing in a picture tells its label any more, "
               "so a model can only learn the training labels by heart."))),
    _load_digits, source="bundled", export=_export,
    credit="E. Alpaydin and C. Kaynak, Optical Recognition of Handwritten Digits, UCI Machine Learning "
           "Repository (1998), CC BY 4.0, https://doi.org/10.24432/C50P49"),)
