"""Evaluation helpers for the Evaluate tab, the drawing panel and the CLI report.

All functions take a trained ``keras.Model`` and NumPy arrays and return
NumPy arrays or plain dicts, so results can cross threads as copies. Call
them on the Keras worker thread (``TrainingHost.call``), never on the GUI thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from deskdl.core import datagen
from deskdl.core.errors import DeskdlError
from deskdl.core.i18n import translator

_ = translator("ml.evaluate")


def predict(model, x: np.ndarray, batch_size: int = 256) -> np.ndarray:
    """Model outputs for ``x`` as float32 (no progress bar, no stdout)."""
    return np.asarray(model.predict(np.asarray(x, np.float32), batch_size=batch_size, verbose=0), np.float32)


def probabilities(outputs: np.ndarray) -> np.ndarray:
    """Class probabilities ``(n, K)`` from softmax ``(n, K)`` or one sigmoid ``(n, 1)`` output."""
    p = np.asarray(outputs, np.float32)
    if p.ndim == 1:
        p = p[:, None]
    if p.shape[-1] == 1:
        p = np.concatenate([1.0 - p, p], axis=-1)
    return p


def class_labels(y: np.ndarray) -> np.ndarray:
    """Integer class labels from integers, one-hot rows or 0/1 columns."""
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] > 1:
        return np.argmax(y, axis=1).astype(np.int64)
    return y.reshape(-1).round().astype(np.int64)


def test_metrics(model, x: np.ndarray, y: np.ndarray, batch_size: int = 256) -> dict[str, float]:
    """The compiled loss and metrics on a test set, as floats."""
    logs = model.evaluate(np.asarray(x, np.float32), y, batch_size=batch_size, verbose=0, return_dict=True)
    return {k: float(np.asarray(v)) for k, v in logs.items()}


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int | None = None) -> np.ndarray:
    """Counts ``(K, K)``: rows are the true class, columns the predicted class."""
    t, p = class_labels(y_true), class_labels(y_pred)
    k = n_classes or int(max(t.max(initial=0), p.max(initial=0)) + 1)
    m = np.zeros((k, k), np.int64)
    np.add.at(m, (t, p), 1)
    return m


def per_class_accuracy(matrix: np.ndarray) -> np.ndarray:
    """Share of each true class predicted right (NaN for classes absent from the test set)."""
    totals = matrix.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, np.diag(matrix) / np.maximum(totals, 1), np.nan)


@dataclass
class Mistake:
    """One misclassified example: its index, true and predicted class, and the top guesses."""

    index: int
    true: int
    predicted: int
    confidence: float
    top: list[tuple[int, float]]


def misclassified(model, x: np.ndarray, y: np.ndarray, top_n: int = 3, limit: int = 100,
                  outputs: np.ndarray | None = None) -> list[Mistake]:
    """Wrong answers on ``(x, y)``, most confident mistakes first, each with its top-``top_n`` guesses."""
    probs = probabilities(predict(model, x) if outputs is None else outputs)
    truth = class_labels(y)
    pred = np.argmax(probs, axis=1)
    wrong = np.flatnonzero(pred != truth)
    conf = probs[wrong, pred[wrong]]
    order = wrong[np.argsort(-conf)][:limit]
    out = []
    for i in order:
        best = np.argsort(-probs[i])[:top_n]
        out.append(Mistake(int(i), int(truth[i]), int(pred[i]), float(probs[i, pred[i]]),
                           [(int(c), float(probs[i, c])) for c in best]))
    return out


def predict_one(model, x: np.ndarray) -> np.ndarray:
    """Class probabilities (or regression values) for a single example, e.g. a drawing.

    ``x`` has the example's own shape (no batch axis); a missing channel axis
    is added when the model expects one.
    """
    want = tuple(model.inputs[0].shape[1:])
    a = np.asarray(x, np.float32)
    if a.shape != want and a.size == int(np.prod([d for d in want if d is not None])):
        a = a.reshape(want)
    out = np.asarray(model(a[None], training=False))[0]
    if out.shape[-1] == 1 and model.outputs[0].shape[-1] == 1:
        act = getattr(model.layers[-1], "activation", None)
        if getattr(act, "__name__", "") == "sigmoid":
            return probabilities(out[None])[0]
    return out


def resize_drawing(img: np.ndarray, size: tuple[int, int], max_value: float = 1.0) -> np.ndarray:
    """Block-average (or repeat) a square drawing to ``size`` (h, w), scaled to ``0..max_value``.

    The drawing pad gives e.g. 280x280 floats in 0..1; the 8x8 digits expect
    0..1 (already divided by 16), MNIST 28x28 in 0..1.
    """
    a = np.asarray(img, np.float32)
    if a.ndim == 3:
        a = a.mean(axis=-1)
    h, w = size
    ys = (np.arange(h + 1) * a.shape[0] / h).astype(int)
    xs = (np.arange(w + 1) * a.shape[1] / w).astype(int)
    out = np.empty((h, w), np.float32)
    for i in range(h):
        for j in range(w):
            block = a[ys[i]:max(ys[i + 1], ys[i] + 1), xs[j]:max(xs[j + 1], xs[j] + 1)]
            out[i, j] = block.mean()
    top = out.max()
    if top > 0:
        out = out / top
    return out * max_value


def decision_grid(model, resolution: int = 100,
                  extent: tuple[float, float, float, float] = datagen.EXTENT_2D) -> dict[str, Any]:
    """The model's answer on a grid over a 2-D data set.

    Returns ``{"values", "extent"}``: ``values`` is ``(res, res, K)`` class
    probabilities, ``(res, res)`` for a single sigmoid/regression output; row
    ``i`` is ``y`` increasing, column ``j`` is ``x`` increasing.
    """
    grid, ext = datagen.grid_2d(resolution, extent)
    out = predict(model, grid, batch_size=4096)
    if out.shape[-1] == 1:
        values = out.reshape(resolution, resolution)
    else:
        values = out.reshape(resolution, resolution, out.shape[-1])
    return {"values": values, "extent": list(ext)}


def fitted_surface(model, resolution: int = 100,
                   extent: tuple[float, float, float, float] = datagen.EXTENT_2D) -> dict[str, Any]:
    """The predicted value on a grid for 2-D regression (same layout as :func:`decision_grid`)."""
    return decision_grid(model, resolution, extent)


def regression_metrics(y_true: np.ndarray, y_pred: np.ndarray) -> dict[str, float]:
    """Mean absolute error, mean squared error and R² (share of the variance explained)."""
    t = np.asarray(y_true, np.float64).reshape(len(y_true), -1)
    p = np.asarray(y_pred, np.float64).reshape(len(y_pred), -1)
    err = p - t
    ss_res = float((err**2).sum())
    ss_tot = float(((t - t.mean(axis=0)) ** 2).sum())
    return {"mae": float(np.abs(err).mean()), "mse": float((err**2).mean()),
            "r2": 1.0 - ss_res / ss_tot if ss_tot > 0 else float("nan")}


# ------------------------------------------------------------------ saving with the project
class SaveError(DeskdlError):
    """A trained model that could not be written or read."""


def model_paths(project_path: str | os.PathLike[str]) -> dict[str, Path]:
    """Side files of a project: ``<name>.keras`` (whole model) and ``<name>.weights.h5``.

    For ``lessons/spiral.deskdl`` they are ``lessons/spiral.keras`` and
    ``lessons/spiral.weights.h5``; a folder path gets ``model.keras`` inside it.
    """
    p = Path(project_path)
    if p.is_dir():
        return {"model": p / "model.keras", "weights": p / "model.weights.h5"}
    stem = p.name[: -len(".deskdl")] if p.name.endswith(".deskdl") else p.stem
    return {"model": p.with_name(f"{stem}.keras"), "weights": p.with_name(f"{stem}.weights.h5")}


def save_trained(model, project_path: str | os.PathLike[str]) -> dict[str, Path]:
    """Save the trained model beside the project: the whole model and its weights.

    The ``.keras`` file opens in any Keras 3 (``keras.saving.load_model``); the
    weights file lets deskdl continue training after the graph is rebuilt
    (``TrainingJob(initial_weights=path)``). Files are written to a temporary
    name first, so a failure never damages an older save. Returns the paths.
    """
    paths = model_paths(project_path)
    paths["model"].parent.mkdir(parents=True, exist_ok=True)
    for key, fn in (("model", model.save), ("weights", model.save_weights)):
        final = paths[key]
        suffix = ".weights.h5" if key == "weights" else ".keras"
        tmp = final.with_name(f".{final.name[: -len(suffix)]}.tmp{suffix}")
        try:
            fn(str(tmp))
            os.replace(tmp, final)
        except (OSError, ValueError) as err:
            tmp.unlink(missing_ok=True)
            raise SaveError(_("could not save the trained model to {path} ({error})").format(path=final,
                                                                                      error=err),
                            _("check free disk space and that you may write in that folder")) from None
    return paths


def load_trained(project_path: str | os.PathLike[str]):
    """Load the model saved by :func:`save_trained` (safe mode on), or raise :class:`SaveError`."""
    import keras

    path = model_paths(project_path)["model"]
    if not path.exists():
        raise SaveError(_("there is no trained model at {path}").format(path=path),
                        _("train the model first, then save"))
    try:
        return keras.saving.load_model(str(path), safe_mode=True)
    except Exception as err:  # noqa: BLE001 - any damage gets the same plain answer
        raise SaveError(_("{path} could not be loaded ({error})").format(
                            path=path, error=f"{type(err).__name__}: {str(err)[:200]}"),
                        _("train again and save; the file may be damaged or from a newer deskdl")) from None
