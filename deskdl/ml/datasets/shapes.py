"""The shapes pictures (circles, squares, triangles, crosses), drawn from a seed by deskdl.core.datagen."""

from __future__ import annotations

from typing import Any

from deskdl.core import datagen
from deskdl.core.i18n import N_
from deskdl.ml.datasets import script as s
from deskdl.ml.datasets.base import (
    SCALING_PARAM,
    SEED_PARAM,
    TEST_PARAM,
    DataBundle,
    DatasetInfo,
    ParamInfo,
    scaled,
)

TEXT = (N_("Made-up 28x28 grey pictures of circles, squares, triangles and crosses, each at a random "
        "place, size and tilt, with some pixel noise. Good for a first convolutional network."))


def _load_shapes(p: dict[str, Any]) -> DataBundle:
    size = int(p["image_size"])
    x, y = datagen.shapes(int(p["samples"]), size, float(p["noise"]), int(p["seed"]))
    xt, yt, xs, ys = datagen.split(x[..., None], y, float(p["test_fraction"]), int(p["seed"]))
    xt, xs, how = scaled(p, "divide", 255.0, xt, xs)
    return DataBundle(xt, yt, xs, ys, list(datagen.SHAPE_CLASSES), (size, size, 1), "classification",
                      description=TEXT, scaling=how)


def _shapes_params() -> tuple[ParamInfo, ...]:
    return (ParamInfo("samples", "int", 2000, N_("How many pictures to draw in all."), 20, 100_000),
            ParamInfo("noise", "float", 0.1, N_("Pixel noise (0 = clean pictures)."), 0, 1),
            ParamInfo("image_size", "int", 28, N_("Picture width and height in pixels."), 8, 128),
            ParamInfo("test_fraction", "float", 0.2, TEST_PARAM.help, 0.05, 0.9), SEED_PARAM, SCALING_PARAM)


def _export(p: dict[str, Any]) -> s.DataCode:
    seed, tf_ = s.settings(p)[:2]
    helpers = [s.tuple_code("SHAPE_CLASSES", datagen.SHAPE_CLASSES), s.source(datagen._check),
               s.source(datagen.shapes), s.source(datagen.split)]
    size = int(p.get("image_size", 28))
    body = [
        "    # Made-up pictures of circles, squares, triangles and crosses (classes 0..3)",
        f"    x, y = shapes(samples={int(p.get('samples', 2000))}, size={size}, "
        f"noise={s.literal(float(p.get('noise', 0.1)))}, seed={seed})",
        f"    {s.SPLIT_NOTE}",
        f"    x_train, y_train, x_test, y_test = split(x[..., None].astype(\"float32\"), y, "
        f"{s.literal(tf_)}, seed={seed})",
    ]
    return s.DataCode(helpers, body + s.scaling_lines(p, "divide", 255.0))


#: What this source brings to the registry (:mod:`deskdl.ml.datasets.registry`).
DATASETS = (DatasetInfo(
    "shapes", N_("Shapes (28x28)"), TEXT, "image", "classification", (28, 28, 1),
    datagen.SHAPE_CLASSES, _shapes_params(), _load_shapes, export=_export),)
