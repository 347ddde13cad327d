"""Generated 2-D sets (TensorFlow Playground style) and the ring of 8 clouds, drawn from a seed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from deskdl.core import datagen
from deskdl.core.i18n import N_, translator
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

_ = translator("ml.datasets.points2d")

_SAMPLES = ParamInfo("samples", "int", 500, N_("How many points to draw in all (train + test)."), 20, 100_000)
_NOISE = ParamInfo("noise", "float", 0.0, N_("How much the points are jittered: 0 = clean, 0.5 = very "
                                             "noisy."),
                   0, 1)
_BLUE_KEPT = ParamInfo("blue_kept", "float", 1.0, N_("Share of the blue (1) points kept, the others "
                                                     "left out: "
                       "1 = all of them; 0.1 = one in ten, so blue is rare (an imbalanced data set)."),
                       0.01, 1)
_SHUFFLE = ParamInfo("shuffle_labels", "bool", False, N_("Give the training points each other's labels at "
                     "random (the test points keep their true ones): nothing about a point tells its label "
                     "any more, so a model can only learn the training labels by heart."))

_RAW_2D = N_("x and y coordinates, already in about -1..1")

_2D_TEXT = {
    "circle": (N_("Circle"), N_("A blue disc of points inside an orange ring. One straight line cannot "
               "separate them, but a small hidden layer can draw a closed boundary around the middle.")),
    "xor": (N_("Exclusive or"), N_("Four squares: blue where both coordinates have the same sign, "
               "orange where "
            "they differ. The classic problem a single neuron cannot solve.")),
    "gaussian": (N_("Two clusters"), N_("Two round clouds of points, one per class. With little noise a "
                    "single "
                 "straight line separates them; more noise makes them overlap.")),
    "spiral": (N_("Spiral"), N_("Two spirals wound into each other. The hardest Playground set: it needs "
               "several layers of neurons and patient training.")),
    "regression_plane": (N_("Plane (regression)"), N_("Predict a number that rises evenly from one "
                            "corner to the "
                         "other. A single linear neuron is enough.")),
    "regression_gaussian": (N_("Hills and valleys (regression)"), N_("Predict the height of a surface "
                               "with three "
                            "hills and three valleys. Needs hidden neurons to bend the fit.")),
}


def _load_2d(name: str) -> Callable[[dict[str, Any]], DataBundle]:
    gen = datagen.GENERATORS_2D[name]
    regression = name in datagen.REGRESSION_2D

    def load(p: dict[str, Any]) -> DataBundle:
        x, y = gen(int(p["samples"]), float(p["noise"]), int(p["seed"]))
        if not regression and float(p["blue_kept"]) < 1:
            x, y = datagen.keep_class_share(x, y, 1, float(p["blue_kept"]), int(p["seed"]))
        xt, yt, xs, ys = datagen.split(x, y, float(p["test_fraction"]), int(p["seed"]))
        if not regression and p["shuffle_labels"]:
            yt = datagen.shuffled_labels(yt, int(p["seed"]))
        xt, xs, how = scaled(p, "none", None, xt, xs)
        return DataBundle(xt, yt, xs, ys, [] if regression else ["orange (0)", "blue (1)"], (2,),
                          "regression" if regression else "classification",
                          description=_2D_TEXT[name][1],
                          scaling=how if p["scaling"] not in ("default", "none") else _(_RAW_2D),
                          extent=datagen.EXTENT_2D, feature_names=["x1", "x2"])
    return load


def _export_2d(name: str) -> Callable[[dict[str, Any]], s.DataCode]:
    def export(p: dict[str, Any]) -> s.DataCode:
        seed, tf_ = s.settings(p)[:2]
        fn = datagen.GENERATORS_2D[name]
        helpers = [f"_SCALE = {datagen._SCALE!r}  # TensorFlow Playground draws in [-6, 6]; "
                   "this brings the points to about [-1, 1]\n",
                   s.source(datagen._check), s.source(datagen._halves)]
        if name == "regression_gaussian":
            helpers += [f"_BUMPS = {datagen._BUMPS!r}\n", s.source(datagen.regression_gaussian_surface)]
        helpers += [s.source(fn), s.source(datagen.split)]
        body = [
            f"    # {name}: generated like deskdl (and TensorFlow Playground) draw it",
            f"    x, y = {fn.__name__}(samples={int(p.get('samples', 500))}, "
            f"noise={s.literal(float(p.get('noise', 0.0)))}, seed={seed})",
        ]
        blue_kept, shuffle = float(p.get("blue_kept", 1.0)), bool(p.get("shuffle_labels", False))
        if name in datagen.CLASSIFICATION_2D and blue_kept < 1:
            helpers.append(s.source(datagen.keep_class_share))
            body.append(f"    x, y = keep_class_share(x, y, 1, {s.literal(blue_kept)}, seed={seed})  "
                        "# blue made rare")
        body += [f"    {s.SPLIT_NOTE}",
                 f"    x_train, y_train, x_test, y_test = split(x, y, {s.literal(tf_)}, seed={seed})"]
        if name in datagen.CLASSIFICATION_2D and shuffle:
            helpers.append(s.source(datagen.shuffled_labels))
            body.append(f"    y_train = shuffled_labels(y_train, seed={seed})  # random labels")
        return s.DataCode(helpers, body + s.scaling_lines(p, "none", None))
    return export


RING_TEXT = (N_("Ring of 8 clouds"), N_("Eight small round clouds of points on a circle, numbered 0 to "
                "7: the "
             "classic test of a GAN. A generator that has learnt the data puts points in every cloud; one "
             "that puts them in only a few has collapsed onto those modes."))


def _load_ring(p: dict[str, Any]) -> DataBundle:
    x, y = datagen.ring_of_gaussians(int(p["samples"]), float(p["noise"]), int(p["seed"]))
    xt, yt, xs, ys = datagen.split(x, y, float(p["test_fraction"]), int(p["seed"]))
    xt, xs, how = scaled(p, "none", None, xt, xs)
    names = [str(i) for i in range(datagen.RING_MODES)]  # short: they label the Data tab's bars
    return DataBundle(xt, yt, xs, ys, names, (2,), "classification",
                      description=RING_TEXT[1], scaling=how if p["scaling"] not in ("default", "none")
                      else _(_RAW_2D),
                      extent=datagen.EXTENT_2D, feature_names=["x1", "x2"])


def _export_ring(p: dict[str, Any]) -> s.DataCode:
    seed, tf_ = s.settings(p)[:2]
    helpers = [f"RING_MODES = {datagen.RING_MODES}\nRING_RADIUS = {datagen.RING_RADIUS!r}\n",
               s.source(datagen._check), s.source(datagen.ring_std), s.source(datagen.ring_centres),
               s.source(datagen.ring_of_gaussians), s.source(datagen.split)]
    body = [
        "    # The ring of 8 clouds, drawn as deskdl draws it",
        f"    x, y = ring_of_gaussians(samples={int(p.get('samples', 2000))}, "
        f"noise={s.literal(float(p.get('noise', 0.0)))}, seed={seed})",
        f"    {s.SPLIT_NOTE}",
        f"    x_train, y_train, x_test, y_test = split(x, y, {s.literal(tf_)}, seed={seed})",
    ]
    return s.DataCode(helpers, body + s.scaling_lines(p, "none", None))


def _entries() -> tuple[DatasetInfo, ...]:
    out = []
    for name in datagen.CLASSIFICATION_2D + datagen.REGRESSION_2D:
        title, text = _2D_TEXT[name]
        regression = name in datagen.REGRESSION_2D
        out.append(DatasetInfo(
            name, title, text, "regression2d" if regression else "points2d",
            "regression" if regression else "classification", (2,),
            () if regression else ("orange (0)", "blue (1)"),
            (_SAMPLES, _NOISE, TEST_PARAM, SEED_PARAM, SCALING_PARAM)
            + (() if regression else (_BLUE_KEPT, _SHUFFLE)), _load_2d(name),
            export=_export_2d(name)))
    out.append(DatasetInfo(
        "ring8", RING_TEXT[0], RING_TEXT[1], "points2d", "classification", (2,),
        tuple(str(i) for i in range(datagen.RING_MODES)),
        (ParamInfo("samples", "int", 2000, _SAMPLES.help, 20, 100_000),
         ParamInfo("noise", "float", 0.0, N_("How spread each cloud is: 0 = tight (0.05 across), 1 = wide."),
                   0, 1),
         TEST_PARAM, SEED_PARAM, SCALING_PARAM), _load_ring, export=_export_ring))
    return tuple(out)


#: What this source brings to the registry (:mod:`deskdl.ml.datasets.registry`).
DATASETS = _entries()
