"""Monte Carlo dropout: how sure a model is, from many predictions with dropout left on.

Dropout normally acts only in training; at prediction time every unit is kept. Gal and
Ghahramani (2016) keep dropout on at prediction too: each pass drops other units, so the
model answers a little differently each time. Over ``T`` passes at one input,

- the **mean** of the ``T`` outputs is the prediction (for classes: the mean probabilities), and
- their **spread** says how much the passes disagree: where the passes agree, the model is
  sure; where they disagree (far from the training data, between the classes) it does not know.

The spread deskdl shows is exact and simple: the standard deviation, over the ``T`` passes, of
the probability of the class with the highest mean probability (for a regression model: of the
predicted value). The predictive entropy of the mean probabilities is given too.

Runs on the Keras thread. Keras is imported lazily; no Qt.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from deskdl.core import datagen
from deskdl.core.errors import DeskdlError
from deskdl.core.i18n import N_, translator

_ = translator("ml.uncertainty")

#: Passes per point unless asked otherwise.
MC_SAMPLES = 30
#: Grid cells per side of the uncertainty picture (the boundary's own grid is finer; 30 passes cost more).
MC_RESOLUTION = 64
#: Keras layers that drop (or multiply by noise) only when ``training=True``.
DROPOUT_CLASSES = ("Dropout", "SpatialDropout1D", "SpatialDropout2D", "SpatialDropout3D",
                   "GaussianDropout", "AlphaDropout")
#: Rows per model call: ``T`` copies of the points are stacked and sent in chunks of this size.
_CHUNK_ROWS = 16384

NO_DROPOUT = N_("This model has no Dropout layer (or only ones with rate 0), so every pass gives the same "
                "answer and there is no spread to show. Add a Dropout layer (e.g. rate 0.2 after a hidden "
                "Dense layer), train again, then tick this box.")


class NoDropoutError(DeskdlError):
    """MC dropout was asked of a model without a dropout layer."""


def _all_layers(model: Any) -> list[Any]:
    """Every layer, also those inside nested models (a group, a pretrained base)."""
    out: list[Any] = []
    for layer in getattr(model, "layers", []):
        out.append(layer)
        if hasattr(layer, "layers"):
            out.extend(_all_layers(layer))
    return out


def dropout_layers(model: Any) -> list[Any]:
    """The model's dropout layers (classes in :data:`DROPOUT_CLASSES`) with a rate above 0."""
    found = []
    for layer in _all_layers(model):
        if type(layer).__name__ in DROPOUT_CLASSES and float(getattr(layer, "rate", 0.0) or 0.0) > 0.0:
            found.append(layer)
    return found


def has_dropout(model: Any) -> bool:
    """Whether keeping dropout on at prediction makes the model's passes differ."""
    return bool(dropout_layers(model))


def _frozen_batchnorm(model: Any) -> list[Any]:
    """Batch normalization layers switched to inference mode for the passes (restored after).

    ``model(x, training=True)`` turns on every training-only behaviour, not only dropout: a
    BatchNormalization layer would normalise with the batch's own statistics and update its
    moving averages. In Keras 3 a BatchNormalization layer with ``trainable = False`` runs in
    inference mode, so setting that for the passes keeps only the dropout random.
    """
    frozen = []
    for layer in _all_layers(model):
        if type(layer).__name__ == "BatchNormalization" and layer.trainable:
            layer.trainable = False
            frozen.append(layer)
    return frozen


def mc_outputs(model: Any, x: np.ndarray, samples: int = MC_SAMPLES) -> np.ndarray:
    """``(samples, n, ...)`` float32: ``samples`` passes of ``model`` over ``x`` with dropout on.

    The passes are stacked into one batch (``samples`` copies of ``x``) and sent in chunks:
    dropout draws a fresh mask for every row, so each copy is an independent pass.
    """
    samples = int(samples)
    if samples < 1:
        raise ValueError(f"samples must be at least 1, not {samples}")
    x = np.asarray(x, dtype=np.float32)
    n = len(x)
    tiled = np.concatenate([x] * samples, axis=0) if n else x
    frozen = _frozen_batchnorm(model)
    try:
        parts = [np.asarray(model(tiled[i:i + _CHUNK_ROWS], training=True), dtype=np.float32)
                 for i in range(0, len(tiled), _CHUNK_ROWS)]
    finally:
        for layer in frozen:
            layer.trainable = True
    out = np.concatenate(parts, axis=0) if parts else np.zeros((0,), np.float32)
    return out.reshape(samples, n, *out.shape[1:])


def summarize(outputs: np.ndarray, task: str = "classification") -> dict[str, np.ndarray]:
    """Mean and spread of ``(T, n, k)`` pass outputs.

    For ``classification`` (``k`` softmax probabilities, or one sigmoid probability of
    class 1): ``mean`` ``(n, K)`` mean probabilities, ``std`` ``(n, K)`` their standard
    deviations over the passes, ``predicted`` the class with the highest mean, ``spread``
    ``(n,)`` the standard deviation of that class's probability, ``entropy`` ``(n,)`` the
    predictive entropy ``-sum_k mean_k * ln(mean_k)`` in nats. For ``regression``: ``mean`` and
    ``std`` of the outputs, and ``spread`` the standard deviation of the first output.
    """
    o = np.asarray(outputs, dtype=np.float64)
    if o.ndim == 2:
        o = o[..., None]
    if task == "regression":
        mean, std = o.mean(axis=0), o.std(axis=0)
        return {"mean": mean.astype(np.float32), "std": std.astype(np.float32),
                "spread": std[:, 0].astype(np.float32)}
    if o.shape[-1] == 1:
        o = np.concatenate([1.0 - o, o], axis=-1)
    mean, std = o.mean(axis=0), o.std(axis=0)
    predicted = np.argmax(mean, axis=-1)
    spread = np.take_along_axis(std, predicted[:, None], axis=-1)[:, 0]
    p = np.clip(mean, 1e-12, 1.0)
    entropy = -(mean * np.log(p)).sum(axis=-1)
    return {"mean": mean.astype(np.float32), "std": std.astype(np.float32), "predicted": predicted,
            "spread": spread.astype(np.float32), "entropy": entropy.astype(np.float32)}


def mc_predict(model: Any, x: np.ndarray, samples: int = MC_SAMPLES, task: str = "classification",
               require_dropout: bool = True) -> dict[str, np.ndarray]:
    """:func:`summarize` of ``samples`` passes of ``model`` over ``x`` with dropout on.

    Raises :class:`NoDropoutError` for a model without dropout (its passes would all be equal)
    unless ``require_dropout`` is False.
    """
    if require_dropout and not has_dropout(model):
        raise NoDropoutError(_(NO_DROPOUT))
    return summarize(mc_outputs(model, x, samples), task)


def uncertainty_grid(model: Any, samples: int = MC_SAMPLES, resolution: int = MC_RESOLUTION,
                     extent: tuple[float, float, float, float] = datagen.EXTENT_2D,
                     task: str | None = None) -> dict[str, Any]:
    """MC dropout over the 2-D plane, laid out as :func:`deskdl.ml.evaluate.decision_grid`.

    Returns ``{"ok": False, "message"}`` for a model without dropout (a message for the
    learner, not an error), else ``{"ok": True, "extent", "samples", "task", "mean", "spread",
    "entropy"}``: ``mean`` ``(res, res, K)`` mean probabilities (``(res, res)`` for regression),
    ``spread`` ``(res, res)`` as in :func:`summarize`; row ``i`` is ``y`` increasing.
    """
    if not has_dropout(model):
        return {"ok": False, "message": _(NO_DROPOUT)}
    if task is None:
        last = getattr(model.layers[-1], "activation", None) if getattr(model, "layers", None) else None
        name = getattr(last, "__name__", "")
        task = "classification" if name in ("softmax", "sigmoid") else "regression"
    grid, ext = datagen.grid_2d(resolution, extent)
    s = mc_predict(model, grid, samples, task)
    res = int(resolution)
    mean = s["mean"]
    mean = mean[:, 0].reshape(res, res) if task == "regression" else mean.reshape(res, res, mean.shape[-1])
    out = {"ok": True, "extent": list(ext), "samples": int(samples), "task": task, "mean": mean,
           "spread": s["spread"].reshape(res, res)}
    if "entropy" in s:
        out["entropy"] = s["entropy"].reshape(res, res)
    return out


__all__ = ["DROPOUT_CLASSES", "MC_SAMPLES", "NO_DROPOUT", "NoDropoutError", "dropout_layers", "has_dropout",
           "mc_outputs", "mc_predict", "summarize", "uncertainty_grid"]
