"""The learner's own pictures: a folder with one sub-folder per class, decoded with TensorFlow (lazily)."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from deskdl.core import datagen
from deskdl.core.i18n import N_, translator
from deskdl.ml.datasets import script as s
from deskdl.ml.datasets.base import (
    SCALING_PARAM,
    SEED_PARAM,
    TEST_PARAM,
    DataBundle,
    DataError,
    DatasetInfo,
    ParamInfo,
    scaled,
)

_ = translator("ml.datasets.image_folder")

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
        raise DataError(_("{folder}: no such folder").format(folder=root),
                        _("choose the folder that holds one sub-folder per class"))
    if color_mode not in ("rgb", "grayscale"):
        raise DataError(_("color_mode must be 'rgb' or 'grayscale', not {value!r}").format(value=color_mode))
    h, w = (int(v) for v in image_size)
    if h < 4 or w < 4:
        raise DataError(_("image size {h}x{w} is too small").format(h=h, w=w), _("use at least 8x8 pixels"))
    classes = sorted(d.name for d in root.iterdir() if d.is_dir() and not d.name.startswith("."))
    if not classes:
        loose = [q for q in root.iterdir() if q.suffix.lower() in IMAGE_SUFFIXES]
        raise DataError((_("{folder} has no sub-folders (the pictures lie loose in it)") if loose
                         else _("{folder} has no sub-folders")).format(folder=root),
                        _("make one sub-folder per class (e.g. cats/ and dogs/) and put each picture "
                          "in its own"))
    files: list[tuple[Path, int]] = []
    for i, c in enumerate(classes):
        pics = sorted(q for q in (root / c).iterdir() if q.is_file() and q.suffix.lower() in IMAGE_SUFFIXES)
        if not pics:
            raise DataError(_("the class folder {folder} holds no pictures").format(folder=root / c),
                            _("put PNG or JPEG files in it, or remove the folder"))
        files.extend((q, i) for q in pics)
    if len(classes) < 2:
        raise DataError(_("{folder} has only one class folder ({name})").format(folder=root, name=classes[0]),
                        _("a classifier needs at least two: add another sub-folder of pictures"))
    import tensorflow as tf

    channels = 3 if color_mode == "rgb" else 1
    images = np.empty((len(files), h, w, channels), np.float32)
    for k, (q, _class) in enumerate(files):
        try:
            img = tf.io.decode_image(tf.io.read_file(str(q)), channels=channels, expand_animations=False)
        except (tf.errors.InvalidArgumentError, tf.errors.NotFoundError) as err:
            raise DataError(_("{file} could not be read as a picture ({error})").format(
                file=q, error=err.message.splitlines()[0]), _("delete or replace that file")) from None
        images[k] = tf.image.resize(img, (h, w)).numpy()
    y = np.array([c for _path, c in files], np.int64)
    xt, yt, xs, ys = datagen.split(images, y, float(test_fraction), int(seed))
    xt, xs, how = scaled({"scaling": scaling}, "divide", 255.0, xt, xs)
    return DataBundle(xt, yt, xs, ys, classes, (h, w, channels), "classification", dataset_id="image_folder",
                      title=root.name, kind="image",
                      description=_("Your pictures in {folder}: {n} images in {classes} classes, resized to "
                                    "{h}x{w}.").format(folder=root.name, n=len(files),
                                                       classes=len(classes), h=h, w=w), scaling=how)


def _export(p: dict[str, Any]) -> s.DataCode:
    seed, tf_ = s.settings(p)[:2]
    path = str(p.get("path") or "your_pictures")
    size = tuple(int(v) for v in (p.get("image_size") or (64, 64)))
    mode = str(p.get("color_mode") or "rgb")
    body = [
        "    # Your pictures: one sub-folder per class (the sub-folder names are the classes)",
        "    images = keras.utils.image_dataset_from_directory(",
        f"        {json.dumps(path)}, image_size={s.literal(size)}, color_mode={json.dumps(mode)},",
        "        batch_size=None, shuffle=False)",
        "    CLASS_NAMES[:] = images.class_names",
        "    pairs = list(images.as_numpy_iterator())",
        "    x = np.stack([img for img, _ in pairs]).astype(\"float32\")",
        "    y = np.array([label for _, label in pairs], dtype=\"int64\")",
        f"    x_train, y_train, x_test, y_test = split(x, y, {s.literal(tf_)}, seed={seed})",
    ]
    return s.DataCode([s.CLASS_NAMES_CODE, s.source(datagen.split)],
                      body + s.scaling_lines(p, "divide", 255.0), offline=False, read_classes="folder")


#: What this source brings to the registry (:mod:`deskdl.ml.datasets.registry`).
DATASETS = (DatasetInfo(
    "image_folder", N_("Your pictures (folder)"), N_("A folder with one sub-folder per class, each full of "
    "pictures (PNG or JPEG). The sub-folder names become the class names."), "image",
    "classification",
    None, (), (ParamInfo("path", "path", "", N_("The folder holding one sub-folder per class.")),
               ParamInfo("image_size", "size", [64, 64],
                         N_("Pictures are resized to this height and width.")),
               ParamInfo("color_mode", "choice", "rgb", N_("Colour (3 channels) or grey (1)."),
                         choices=("rgb", "grayscale")),
               ParamInfo("test_fraction", "float", 0.2, TEST_PARAM.help, 0.05, 0.9), SEED_PARAM,
               SCALING_PARAM),
    lambda p: load_image_folder(p["path"], p["image_size"], p["color_mode"], p["test_fraction"],
                                p["seed"], p["scaling"]),
    source="user", export=_export),)
