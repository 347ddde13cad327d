"""The biased shapes (issue 11, debiasing): a common and a rare style, drawn by deskdl.core.bias_data.

Besides the registry entry, :func:`load_with_groups` gives each picture's subgroup
(0 normal, 1 inverted), which the debiasing lesson measures accuracy by.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import numpy as np

from deskdl.core import bias_data, datagen
from deskdl.core.i18n import N_, tr, translator
from deskdl.ml.datasets import script as s
from deskdl.ml.datasets.base import DataBundle, DatasetInfo, ParamInfo

_ = translator("ml.datasets.biased_shapes")

ID = "biased_shapes"
TITLE = N_("Biased shapes (28x28, a rare style)")
PARAMS = (
    ParamInfo("samples", "int", 2000, N_("How many training pictures to draw."), 10, 100_000),
    ParamInfo("test_samples", "int", 1000, N_("How many test pictures (half of each style)."), 2, 100_000),
    ParamInfo("rare_share", "float", 0.02, N_("Share of the training pictures drawn inverted, like a photo "
              "negative (the rare style)."), 0.005, 0.5),
    ParamInfo("noise", "float", 0.05, N_("Pixel noise (0 = clean pictures)."), 0, 1),
    ParamInfo("seed", "int", 0, N_("The random seed: the same seed draws the same pictures."), 0, 2**31 - 1),
)


@functools.lru_cache(maxsize=2)
def _drawn(samples: int, test_samples: int, rare_share: float, noise: float,
           seed: int) -> bias_data.BiasedShapes:
    return bias_data.biased_shapes(samples, test_samples, rare_share, noise, seed)


def load_with_groups(params: Mapping[str, Any] | None = None) -> tuple[DataBundle, np.ndarray, np.ndarray]:
    """The set as a bundle (pictures divided by 255), and the subgroup of each training and test picture."""
    p = {q.name: q.default for q in PARAMS}
    p.update({k: v for k, v in (params or {}).items() if k in p})
    d = _drawn(int(p["samples"]), int(p["test_samples"]), float(p["rare_share"]), float(p["noise"]),
               int(p["seed"]))
    scale = np.float32(1 / 255.0)
    bundle = DataBundle(d.x_train[..., None].astype(np.float32) * scale, d.y_train.copy(),
                        d.x_test[..., None].astype(np.float32) * scale, d.y_test.copy(),
                        list(datagen.SHAPE_CLASSES), (bias_data.SIZE, bias_data.SIZE, 1), "classification",
                        description=tr("core.bias_data", bias_data.TEXT),
                        scaling=_("divided by 255 (now 0..1)"),
                        subgroup_names=list(bias_data.GROUPS), subgroups_train=d.g_train.copy(),
                        subgroups_test=d.g_test.copy())
    return bundle, d.g_train.copy(), d.g_test.copy()


#: Each picture's subgroup in an exported script, filled by its load_data() (the debiasing export reads it).
SUBGROUPS_CODE = (
    "SUBGROUPS = {}  # filled by load_data(): 'train' and 'test' -> each picture's subgroup "
    "(0 normal, 1 inverted)\n")


def _script_source(obj: Any) -> str:
    """A function of deskdl.core.bias_data as script code: it calls the inlined shapes()."""
    return s.source(obj).replace("datagen.shapes(", "shapes(")


def _export(p: Mapping[str, Any]) -> s.DataCode:
    q = {x.name: x.default for x in PARAMS}
    q.update({k: v for k, v in p.items() if k in q})
    draw = _script_source(bias_data.biased_shapes).replace(
        ") -> BiasedShapes:", "):").replace(
        "return BiasedShapes(x_train, y_train, g_train, x_test, y_test, g_test)",
        "return x_train, y_train, g_train, x_test, y_test, g_test")
    helpers = [s.tuple_code("SHAPE_CLASSES", datagen.SHAPE_CLASSES), s.source(datagen._check),
               s.source(datagen.shapes),
               f"GROUPS = {bias_data.GROUPS!r}\nCOMMON, RARE = {bias_data.COMMON}, {bias_data.RARE}\n"
               f"SIZE = {bias_data.SIZE}\n_STYLE = {bias_data._STYLE!r}\n",
               _script_source(bias_data._whole), _script_source(bias_data._draw),
               _script_source(bias_data.rare_count), draw, SUBGROUPS_CODE]
    body = [
        "    # Made-up shapes in two styles: normal (light on dark) and, rare in the training part,",
        "    # inverted (dark on light); the test part has half of each",
        "    x_train, y_train, g_train, x_test, y_test, g_test = biased_shapes(",
        f"        {int(q['samples'])}, {int(q['test_samples'])}, {s.literal(float(q['rare_share']))}, "
        f"{s.literal(float(q['noise']))}, {int(q['seed'])})",
        "    SUBGROUPS[\"train\"], SUBGROUPS[\"test\"] = g_train, g_test",
        "    # pixels divided by 255 (now 0..1), with one colour channel, as deskdl gives them",
        "    x_train = x_train[..., None].astype(\"float32\") * np.float32(1 / 255.0)",
        "    x_test = x_test[..., None].astype(\"float32\") * np.float32(1 / 255.0)",
    ]
    return s.DataCode(helpers, body)


#: What this source brings to the registry (:mod:`deskdl.ml.datasets.registry`).
DATASETS = (DatasetInfo(ID, TITLE, bias_data.TEXT, "image", "classification",
                        (bias_data.SIZE, bias_data.SIZE, 1), datagen.SHAPE_CLASSES, PARAMS,
                        lambda p: load_with_groups(p)[0], export=_export, text_context="core.bias_data"),)
