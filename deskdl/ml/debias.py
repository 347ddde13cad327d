"""Debiasing with a VAE: weight each training picture by how rare its code is (Amini et al., 2019).

The method of "Uncovering and Mitigating Algorithmic Bias through Learned
Latent Structure" (Amini, Soleimany, Schwarting, Bhatia, Rus; AIES 2019), in
lesson size:

1. train a small variational autoencoder on the training pictures (no labels needed);
2. encode every training picture: the mean of its code, ``(n, latent_dim)``;
3. estimate how common each code is with one histogram per code number
   (:func:`latent_weights`); a picture whose code falls in thinly filled bins
   is rare, even though no label says which subgroup it belongs to;
4. train the classifier with sample weights proportional to 1 / density, so the
   rare pictures count more in the loss; compare it with the same classifier,
   same seed, same epochs, trained without weights.

:func:`latent_weights` is pure NumPy; the rest imports Keras inside the
functions (DESIGN.md §1). The trainer that runs the comparison with progress
events is :mod:`deskdl.ml.trainers.debias`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from deskdl.core import bias_data
from deskdl.core.i18n import N_, translator

_ = translator("ml.debias")

#: The data set this lesson is made for (:mod:`deskdl.ml.datasets.biased_shapes`).
DATASET_ID = "biased_shapes"
#: How many of the most up-weighted training pictures a view shows.
TOP_SHOWN = 16
WRONG_DATA = N_("the debiasing lesson needs the data set 'Biased shapes', whose pictures know their subgroup "
              "(the rare style), but this project uses {dataset!r}")
WRONG_DATA_FIX = N_("choose 'Biased shapes (28x28, a rare style)' in the Data tab")


def start_problems(project: Any) -> list:
    """What Start would refuse in a debiasing project, for the Problems list (pure: no TensorFlow).

    The kind's settings must be usable and the data set must be the biased shapes (only its
    pictures know their subgroup, which the comparison is measured by).
    """
    from deskdl.core.analysis import ERROR, Diagnostic
    from deskdl.core.kinds import DEBIAS

    algorithm = getattr(project, "algorithm", None) or {}
    out = [Diagnostic(None, ERROR, f"Debiasing settings: {p}", "change it in the Train tab's settings")
           for p in DEBIAS.check(algorithm)]
    dataset = (getattr(project, "data", None) or {}).get("dataset")
    if dataset != DATASET_ID:
        out.append(Diagnostic(None, ERROR, _(WRONG_DATA).format(dataset=dataset), _(WRONG_DATA_FIX)))
    return out


# ------------------------------------------------------------------ the weights
def latent_weights(codes: np.ndarray, bins: int = 10, alpha: float = 0.01) -> np.ndarray:
    """Sample weights proportional to 1 / (estimated density of each code), with mean 1.

    For each code number ``i``, the codes' values are cut into ``bins`` equal bins
    between their smallest and largest value; a bin's *share* is the fraction of
    the pictures in it. The density of picture ``x`` along number ``i`` is its bin's
    share plus ``alpha``, renormalised so the bins sum to 1 (``alpha`` smooths:
    0 trusts the histogram fully, a large ``alpha`` flattens it and the weights
    tend to 1). As in Amini et al. the code numbers are taken as independent,
    so the weight is ``prod_i 1 / density_i`` (computed as a sum of logs), and
    the weights are divided by their mean so that on average a picture counts once.
    """
    z = np.asarray(codes, np.float64)
    if z.ndim == 1:
        z = z[:, None]
    if z.ndim != 2 or len(z) == 0:
        raise ValueError(f"codes must be a (pictures, code numbers) array, not of shape {np.shape(codes)}")
    if isinstance(bins, bool) or int(bins) != bins or bins < 1:
        raise ValueError(f"bins must be a whole number of at least 1, not {bins!r}")
    if not np.isfinite(alpha) or alpha < 0:
        raise ValueError(f"alpha must be a number of at least 0, not {alpha!r}")
    bins = int(bins)
    n = len(z)
    log_w = np.zeros(n)
    for i in range(z.shape[1]):
        col = z[:, i]
        lo, hi = float(col.min()), float(col.max())
        if hi > lo:
            idx = np.minimum(((col - lo) / (hi - lo) * bins).astype(np.int64), bins - 1)
        else:
            idx = np.zeros(n, np.int64)
        share = np.bincount(idx, minlength=bins) / n
        density = (share + alpha) / np.sum(share + alpha)
        log_w -= np.log(density[idx])
    log_w -= log_w.max()  # keeps exp() in range; the mean-1 scaling below removes the shift
    w = np.exp(log_w)
    return w / w.mean()


def epoch_order(n: int, seed: int, epoch: int, weights: np.ndarray | None = None) -> np.ndarray:
    """The pictures of one epoch, as indices: a shuffle of all ``n``, or ``n`` draws by weight.

    Without ``weights`` every picture comes once, in an order fixed by the seed and the epoch's
    number (so two classifiers with the same seed see the same batches). With ``weights`` the
    ``n`` pictures are drawn with replacement, each with a chance proportional to its weight:
    a picture of weight 5 comes up five times as often as one of weight 1 (resampling).
    """
    rng = np.random.default_rng([int(seed), int(epoch)])
    if weights is None:
        return rng.permutation(n)
    p = np.asarray(weights, np.float64)
    return rng.choice(n, n, replace=True, p=p / p.sum())


def weight_summary(weights: np.ndarray, groups: np.ndarray, bins: int = 24) -> dict[str, Any]:
    """What a view shows of the weights: a histogram of log10(weight) per subgroup, means, the top pictures.

    Returns plain lists: ``edges`` (``bins + 1`` values of log10 weight), ``counts`` (one list per
    subgroup), ``mean_by_group``, ``share_by_group`` (each subgroup's share of the total weight, and of
    the pictures), ``top`` (indices of the :data:`TOP_SHOWN` largest weights, largest first) with their
    ``top_weights`` and ``top_groups``.
    """
    w = np.asarray(weights, np.float64)
    g = np.asarray(groups).astype(np.int64)
    logw = np.log10(np.maximum(w, 1e-12))
    lo, hi = float(logw.min()), float(logw.max())
    if hi - lo < 1e-9:
        lo, hi = lo - 0.5, hi + 0.5
    edges = np.linspace(lo, hi, bins + 1)
    counts = [np.histogram(logw[g == k], edges)[0].tolist() for k in range(len(bias_data.GROUPS))]
    top = np.argsort(-w, kind="stable")[:TOP_SHOWN]
    total = float(w.sum())
    return {
        "edges": edges.tolist(), "counts": counts,
        "mean_by_group": [float(w[g == k].mean()) if (g == k).any() else float("nan")
                          for k in range(len(bias_data.GROUPS))],
        "weight_share_by_group": [float(w[g == k].sum() / total) for k in range(len(bias_data.GROUPS))],
        "share_by_group": [float((g == k).mean()) for k in range(len(bias_data.GROUPS))],
        "top": top.tolist(), "top_weights": w[top].tolist(), "top_groups": g[top].tolist(),
    }


# ------------------------------------------------------------------ the VAE
def vae_graph(input_shape: tuple[int, ...], latent_dim: int, beta: float,
              hidden: int = 256) -> dict[str, Any]:
    """A small dense VAE as a deskdl graph: Flatten, Dense, mean and log_var, Sampling, Dense, picture."""
    size = int(np.prod(input_shape))

    def dense(nid, units, activation, src):
        return {"id": nid, "type": "Dense", "params": {"units": int(units), "activation": activation},
                "inputs": [src]}

    nodes = [
        {"id": "image", "type": "Input", "params": {"shape": list(input_shape)}},
        {"id": "flatten", "type": "Flatten", "params": {}, "inputs": ["image"]},
        dense("encode", hidden, "relu", "flatten"),
        dense("mean", latent_dim, "linear", "encode"),
        dense("log_var", latent_dim, "linear", "encode"),
        {"id": "code", "type": "Sampling", "params": {"beta": float(beta)}, "inputs": ["mean", "log_var"]},
        dense("decode", hidden, "relu", "code"),
        dense("pixels", size, "sigmoid", "decode"),
        {"id": "picture", "type": "Reshape", "params": {"target_shape": list(input_shape)},
         "inputs": ["pixels"]},
    ]
    return {"nodes": nodes, "outputs": ["picture"]}


def build_vae(input_shape: tuple[int, ...], latent_dim: int, beta: float, learning_rate: float = 1e-3):
    """The compiled VAE (binary cross-entropy per pixel to rebuild; the Sampling layer adds beta x KL)."""
    import keras

    from deskdl.core.graph import ModelGraph
    from deskdl.ml.build import build_model

    model = build_model(ModelGraph.from_dict(vae_graph(input_shape, latent_dim, beta)), name="debias_vae")
    model.compile(optimizer=keras.optimizers.Adam(learning_rate), loss="binary_crossentropy")
    return model


def encode_means(vae: Any, x: np.ndarray, batch_size: int = 512) -> np.ndarray:
    """The mean code of each picture, ``(n, latent_dim)`` (the encoder cut from the trained VAE)."""
    from deskdl.ml.vae import split_vae

    parts = split_vae(vae, vae_graph(tuple(x.shape[1:]), _latent_dim(vae), 0.0), "code")
    mean, _log_var = parts.encode(x, batch_size=batch_size)
    return mean


def _latent_dim(vae: Any) -> int:
    return int(vae.get_layer("mean").units)


def group_accuracy(model: Any, x: np.ndarray, y: np.ndarray, groups: np.ndarray) -> list[float]:
    """The classifier's accuracy on each subgroup of ``x`` (its most likely class against ``y``)."""
    scores = np.asarray(model.predict(x, batch_size=512, verbose=0))
    guess = scores.argmax(axis=-1) if scores.shape[-1] > 1 else (scores[..., 0] > 0.5).astype(np.int64)
    return bias_data.accuracy_by_group(guess.ravel() == np.asarray(y).ravel(), groups)


__all__ = ["DATASET_ID", "TOP_SHOWN", "WRONG_DATA", "WRONG_DATA_FIX", "build_vae", "encode_means",
           "epoch_order", "group_accuracy", "latent_weights", "start_problems", "vae_graph", "weight_summary"]
