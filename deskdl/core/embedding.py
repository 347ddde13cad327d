"""An Embedding layer's vectors made visible: a 2-D projection by PCA, and nearest neighbours.

PCA (principal component analysis) turns the vectors into 2 numbers each by keeping
the two directions along which they differ most (the top two right singular vectors
of the centred matrix), so things the layer treats alike land near each other.
Neighbours are measured by cosine similarity: the angle between two vectors, not
their length. Pure NumPy.
"""

from __future__ import annotations

import numpy as np


def pca_2d(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points ``(n, 2)`` and the share of the spread each of the two axes keeps."""
    v = np.asarray(vectors, np.float64)
    if v.ndim != 2 or len(v) < 2:
        raise ValueError("PCA needs a matrix of at least two vectors")
    centred = v - v.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    axes = vt[:2]
    if axes.shape[0] < 2:  # vectors of one number: the second axis is zero
        axes = np.vstack([axes, np.zeros_like(axes)])
    points = centred @ axes.T
    for k in range(2):  # a fixed sign, so the picture does not flip between two updates
        j = int(np.argmax(np.abs(axes[k]))) if np.any(axes[k]) else 0
        if axes[k, j] < 0:
            points[:, k] *= -1
    total = float((s ** 2).sum()) or 1.0
    share = np.zeros(2)
    share[: min(2, len(s))] = (s[:2] ** 2) / total
    return points.astype(np.float32), share


def nearest(vectors: np.ndarray, i: int, k: int = 5) -> list[tuple[int, float]]:
    """The ``k`` vectors most like vector ``i`` (cosine similarity), most alike first, ``i`` left out."""
    v = np.asarray(vectors, np.float64)
    norms = np.linalg.norm(v, axis=1)
    norms[norms == 0] = 1.0
    sims = (v @ v[i]) / (norms * norms[i])
    order = [int(j) for j in np.argsort(-sims, kind="stable") if j != i][:k]
    return [(j, float(sims[j])) for j in order]


__all__ = ["nearest", "pca_2d"]
