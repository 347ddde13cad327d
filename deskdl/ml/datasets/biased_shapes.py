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
from deskdl.ml.datasets.base import DataBundle, DatasetInfo, ParamInfo

ID = "biased_shapes"
TITLE = "Biased shapes (28x28, a rare style)"
PARAMS = (
    ParamInfo("samples", "int", 2000, "How many training pictures to draw.", 10, 100_000),
    ParamInfo("test_samples", "int", 1000, "How many test pictures (half of each style).", 2, 100_000),
    ParamInfo("rare_share", "float", 0.02, "Share of the training pictures drawn inverted, like a photo "
              "negative (the rare style).", 0.005, 0.5),
    ParamInfo("noise", "float", 0.05, "Pixel noise (0 = clean pictures).", 0, 1),
    ParamInfo("seed", "int", 0, "The random seed: the same seed draws the same pictures.", 0, 2**31 - 1),
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
                        description=bias_data.TEXT, scaling="divided by 255 (now 0..1)")
    return bundle, d.g_train.copy(), d.g_test.copy()


#: What this source brings to the registry (:mod:`deskdl.ml.datasets.registry`).
DATASETS = (DatasetInfo(ID, TITLE, bias_data.TEXT, "image", "classification",
                        (bias_data.SIZE, bias_data.SIZE, 1), datagen.SHAPE_CLASSES, PARAMS,
                        lambda p: load_with_groups(p)[0]),)
