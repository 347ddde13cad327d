"""A biased data set for the debiasing lesson: shapes whose rare subgroup a classifier gets wrong.

Pictures of the four shapes of :func:`deskdl.core.datagen.shapes` (circle,
square, triangle, cross), drawn in one of two styles, the **subgroups**:

* ``0`` "normal": a shape of high values on a background near 0, as in the shapes data set
  (the common style);
* ``1`` "inverted": the same drawn the other way round, like a photographic negative: a
  background near 1 and a shape of low values (the rare style).

In the training part only ``rare_share`` of the pictures (5 % by default) are
inverted; the test part is balanced, half of each, so a classifier's
accuracy can be measured on each subgroup with the same care. That is the
situation of Amini et al. (2019), "Uncovering and Mitigating Algorithmic Bias
through Learned Latent Structure": a training set that under-represents a kind
of input nobody labelled as such, and a model that is worse on it.

Pure (stdlib + NumPy) and deterministic for a seed, like :mod:`deskdl.core.datagen`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from deskdl.core import datagen
from deskdl.core.i18n import N_

#: The subgroups' names, by number (``groups`` arrays hold these numbers).
GROUPS = ("normal", "inverted")
COMMON, RARE = 0, 1
#: Picture width and height.
SIZE = 28
#: (background, shape) brightness ranges on a 0..1 scale, per subgroup.
_STYLE = {COMMON: ((0.0, 0.2), (0.75, 1.0)), RARE: ((0.75, 1.0), (0.0, 0.25))}


@dataclass(frozen=True)
class BiasedShapes:
    """The two parts of the set: pictures (uint8, ``(n, 28, 28)``), shape classes and subgroups."""

    x_train: np.ndarray
    y_train: np.ndarray
    g_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    g_test: np.ndarray


def _whole(name: str, value, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < low:
        raise ValueError(f"{name} must be a whole number of at least {low}, not {value!r}")
    return int(value)


def _draw(groups: np.ndarray, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Shapes in each picture's style: ``bg + (fg - bg) * ink + noise``, as uint8 0..255."""
    n = len(groups)
    ink, y = datagen.shapes(n, SIZE, 0.0, int(rng.integers(0, 2**31 - 1)))
    ink = ink.astype(np.float32) / 255.0
    bg = np.empty(n, np.float32)
    fg = np.empty(n, np.float32)
    for g, ((b0, b1), (f0, f1)) in _STYLE.items():
        m = groups == g
        bg[m] = rng.uniform(b0, b1, int(m.sum()))
        fg[m] = rng.uniform(f0, f1, int(m.sum()))
    img = bg[:, None, None] + (fg - bg)[:, None, None] * ink
    if noise > 0:
        img = img + rng.normal(0.0, noise, img.shape).astype(np.float32)
    return (np.clip(img, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8), y


def rare_count(samples: int, rare_share: float) -> int:
    """How many training pictures are of the rare subgroup: ``round(samples * rare_share)``, at least 1."""
    return max(1, int(round(samples * float(rare_share))))


def biased_shapes(samples: int = 2000, test_samples: int = 1000, rare_share: float = 0.05,
                  noise: float = 0.05, seed: int = 0) -> BiasedShapes:
    """The training part (``rare_share`` of it inverted) and a balanced test part.

    Shape classes are balanced in both parts and independent of the subgroup.
    ``noise`` is the spread of Gaussian pixel noise on a 0..1 scale.
    """
    samples = _whole("samples", samples, 10)
    test_samples = _whole("test_samples", test_samples, 2)
    if not 0 < float(rare_share) <= 0.5:
        raise ValueError(f"rare_share must be above 0 and at most 0.5, not {rare_share!r}")
    if not 0 <= float(noise) <= 1:
        raise ValueError(f"noise must be between 0 and 1, not {noise!r}")
    rng = np.random.default_rng([int(seed), 11])
    g_train = np.zeros(samples, np.int64)
    g_train[:rare_count(samples, rare_share)] = RARE
    rng.shuffle(g_train)
    x_train, y_train = _draw(g_train, float(noise), rng)
    test_rng = np.random.default_rng([int(seed), 12])  # the test part does not move with `samples`
    g_test = np.arange(test_samples, dtype=np.int64) % 2
    test_rng.shuffle(g_test)
    x_test, y_test = _draw(g_test, float(noise), test_rng)
    return BiasedShapes(x_train, y_train, g_train, x_test, y_test, g_test)


def accuracy_by_group(correct: np.ndarray, groups: np.ndarray) -> list[float]:
    """The share of right answers in each subgroup (NaN for a subgroup with no examples)."""
    correct = np.asarray(correct, bool).ravel()
    groups = np.asarray(groups).ravel()
    out = []
    for g in range(len(GROUPS)):
        m = groups == g
        out.append(float(correct[m].mean()) if m.any() else float("nan"))
    return out


TEXT = N_("Made-up 28x28 pictures of circles, squares, triangles and crosses in two styles: normal, as in "
        "the shapes data set, or inverted like a photographic negative (every value turned around, so the "
        "background is high and the shape low). In the training part only a few pictures (2% by default) "
        "are inverted; the test part has as many of each style. A classifier "
        "trained on it is worse on the rare style: the data set is biased, though no label says so. The "
        "lesson 'Debiasing with a VAE' uses it.")

__all__ = ["COMMON", "GROUPS", "RARE", "SIZE", "TEXT", "BiasedShapes", "accuracy_by_group", "biased_shapes",
           "rare_count"]
