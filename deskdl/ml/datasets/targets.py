"""What a run learns (its labels or its own inputs), labels shaped for the loss, the validation split."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from deskdl.core.i18n import translator
from deskdl.ml.datasets.base import DataBundle, DataError

_ = translator("ml.datasets.targets")

#: ``data.target`` values: the data set's labels, or the inputs themselves (autoencoders).
TARGETS = ("labels", "inputs")
RECONSTRUCTION = "reconstruction"


def data_target(data: Mapping[str, Any] | None) -> str:
    """The project's ``data.target``: ``"labels"`` (the default) or ``"inputs"``."""
    target = (data or {}).get("target") or "labels"
    if target not in TARGETS:
        raise DataError(_("data.target is {target!r}, but deskdl knows only {known}").format(
            target=target, known=", ".join(map(repr, TARGETS))),
                        _("use \"labels\" to predict the data set's answers, or \"inputs\" to rebuild "
                          "the input (an autoencoder)"))
    return target


def with_target(bundle: DataBundle, target: str = "labels") -> DataBundle:
    """The bundle with the targets a run learns: its labels, or (``"inputs"``) the inputs themselves.

    A reconstruction bundle has ``task == "reconstruction"``, no classes, and
    ``y_* = x_*``, so every later step (splitting, checking, training,
    scoring) sees an ordinary regression onto arrays shaped like the input.
    """
    if target == "labels" or bundle.task == RECONSTRUCTION:
        return bundle
    data_target({"target": target})
    return replace(bundle, y_train=bundle.x_train, y_test=bundle.x_test, class_names=[], task=RECONSTRUCTION)


# ------------------------------------------------------------------ labels and splits
def label_format(loss: str) -> str:
    """How labels must look for ``loss``: ``sparse``, ``onehot``, ``binary`` or ``value``."""
    return {"sparse_categorical_crossentropy": "sparse", "categorical_crossentropy": "onehot",
            "binary_crossentropy": "binary"}.get(loss, "value")


def format_labels(y: np.ndarray, loss: str, n_classes: int, task: str = "classification") -> np.ndarray:
    """Labels shaped for ``loss``: integers, one-hot rows, 0/1 floats, or float values."""
    y = np.asarray(y)
    if task == RECONSTRUCTION:
        return np.ascontiguousarray(y, dtype=np.float32)
    if task == "regression":
        return y.astype(np.float32).reshape(len(y), -1) if y.ndim > 1 else y.astype(np.float32)[:, None]
    fmt = label_format(loss)
    yi = y.astype(np.int64)
    if fmt == "sparse":
        return yi
    if fmt == "binary" and n_classes <= 2:
        return yi.astype(np.float32)[:, None]
    onehot = np.zeros((len(yi), max(n_classes, 1)), np.float32)
    onehot[np.arange(len(yi)), yi] = 1.0
    if fmt == "value" and n_classes <= 2:
        return yi.astype(np.float32)[:, None]
    return onehot


@dataclass
class PreparedData:
    """Arrays ready for ``fit``: training, validation (may be empty) and test parts."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray | None
    y_val: np.ndarray | None
    x_test: np.ndarray
    y_test: np.ndarray
    label_format: str
    bundle: DataBundle

    @property
    def has_validation(self) -> bool:
        """Whether a validation part was split off."""
        return self.x_val is not None and len(self.x_val) > 0


def prepare(bundle: DataBundle, training: Mapping[str, Any], target: str = "labels") -> PreparedData:
    """Split a shuffled validation part off the training data and format labels for the loss.

    Keras's own ``validation_split`` takes the *last* examples without
    shuffling, which on sorted data (all of one class at the end) would
    validate on a single class; we shuffle with the run's seed first.
    ``target="inputs"`` (or a bundle from :func:`with_target`) learns to
    rebuild each input: ``y = x``.
    """
    bundle = with_target(bundle, target)
    loss = training.get("loss", "sparse_categorical_crossentropy")
    vs = float(training.get("validation_split") or 0.0)
    seed = training.get("seed")
    rng = np.random.default_rng(None if seed is None else int(seed) + 104729)
    n = len(bundle.x_train)
    n_val = int(round(n * vs)) if vs > 0 else 0
    if vs > 0:
        n_val = min(max(n_val, 1), n - 1)
    order = rng.permutation(n)
    tr, va = order[n_val:], order[:n_val]
    k = bundle.n_classes

    def fmt(y):
        return format_labels(y, loss, k, bundle.task)

    x = np.ascontiguousarray(bundle.x_train, dtype=np.float32)
    return PreparedData(
        x[tr], fmt(bundle.y_train[tr]),
        x[va] if n_val else None, fmt(bundle.y_train[va]) if n_val else None,
        np.ascontiguousarray(bundle.x_test, dtype=np.float32), fmt(bundle.y_test),
        "inputs" if bundle.task == RECONSTRUCTION else label_format(loss), bundle)


