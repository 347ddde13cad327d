"""The Evaluate tab's work on the Keras thread: the test-set report, scores, answers, a GAN's samples.

:mod:`deskdl.qt.evaluate_panel` asks its worker to run these and shows what comes back
(copies: floats and small arrays). Nothing here knows a window exists.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import numpy as np

#: How many of the most confident mistakes (or worst copies) a report carries.
MAX_MISTAKES = 48


def evaluate_model(model: Any, data: Mapping[str, Any],
                   training: Mapping[str, Any] | None = None, rebuilds: bool | None = None) -> dict[str, Any]:
    """Runs on the Keras thread: confusion matrix and the most confident mistakes (copies).

    Returns ``class_names``, ``n_test``, ``task``, ``confusion`` (``(K, K)`` counts, rows =
    true class), ``misclassified`` (``x``, ``y_true``, ``y_pred``, ``probs``) and
    ``vocabulary`` (the word of each word number, so mistaken sequences can show as text).
    With ``training`` (the run's settings) also ``test``: the loss and metrics on the test set,
    as training measures them when a run ends (a stopped run ended without them).
    ``rebuilds``: the model rebuilds its inputs (its kind's views say so: an autoencoder, a VAE);
    ``None``: as the data's ``target`` says.
    """
    from deskdl.ml import datasets
    from deskdl.ml import evaluate as ml_eval

    target = "inputs" if rebuilds else datasets.data_target(data) if rebuilds is None else "labels"
    bundle = datasets.with_target(datasets.load_config(data), target)
    outputs = ml_eval.predict(model, bundle.x_test)
    out: dict[str, Any] = {"class_names": list(bundle.class_names), "n_test": int(len(bundle.x_test)),
                           "task": bundle.task, "vocabulary": list(bundle.vocabulary)}
    if training is not None and len(bundle.x_test):
        try:
            out["test"] = test_scores(model, bundle, training)
        except Exception:  # noqa: BLE001 - without scores the matrix and the mistakes still help
            logging.getLogger(__name__).warning("could not score the test set", exc_info=True)
    if bundle.task != "classification":
        out["metrics_extra"] = ml_eval.regression_metrics(bundle.y_test, outputs)
        if bundle.task == "reconstruction":  # an autoencoder: show its copies, worst first
            x = np.asarray(bundle.x_test)
            rebuilt = np.asarray(outputs).reshape(x.shape)
            err = ((rebuilt - x).reshape(len(x), -1) ** 2).mean(axis=1)
            idx = np.argsort(err)[::-1][:MAX_MISTAKES]
            out["reconstructions"] = {"x": x[idx].copy(), "rebuilt": rebuilt[idx].copy(),
                                      "error": err[idx].copy(), "median_error": float(np.median(err))}
        return out
    probs = ml_eval.probabilities(outputs)
    k = max(len(bundle.class_names), probs.shape[-1])
    out["confusion"] = ml_eval.confusion_matrix(bundle.y_test, np.argmax(probs, axis=1), k)
    mistakes = ml_eval.misclassified(model, bundle.x_test, bundle.y_test, limit=MAX_MISTAKES, outputs=outputs)
    idx = np.array([m.index for m in mistakes], dtype=np.int64)
    out["misclassified"] = {"x": np.asarray(bundle.x_test)[idx].copy(),
                            "y_true": np.array([m.true for m in mistakes], np.int64),
                            "y_pred": np.array([m.predicted for m in mistakes], np.int64),
                            "probs": probs[idx].copy()}
    return out


def test_scores(model: Any, bundle: Any, training: Mapping[str, Any]) -> dict[str, float]:
    """Keras thread: loss and metrics of ``model`` on the test set, named as ``model.evaluate`` names them.

    The scores come from a second model over the same layers, compiled with the run's loss and
    metrics: the trained model itself keeps its own compile state (a loaded one has none).
    """
    import keras

    from deskdl.ml import datasets

    loss = training.get("loss", "sparse_categorical_crossentropy")
    y = datasets.format_labels(bundle.y_test, loss, bundle.n_classes, bundle.task)
    scorer = keras.Model(model.inputs, model.outputs)
    scorer.compile(loss=loss, metrics=list(training.get("metrics") or []))
    batch = max(256, int(training.get("batch_size") or 32))
    logs = scorer.evaluate(np.ascontiguousarray(bundle.x_test, dtype=np.float32), y, batch_size=batch,
                           verbose=0, return_dict=True)
    return {str(k): float(v) for k, v in logs.items()}


def predict_one(model: Any, x: np.ndarray) -> np.ndarray:
    """Runs on the Keras thread: class probabilities for one drawn input (batch axis dropped)."""
    from deskdl.ml import evaluate as ml_eval

    return np.asarray(ml_eval.predict_one(model, np.asarray(x)[0]), dtype=np.float64).ravel()


def generate_samples(generator: Any, n: int, seed: int) -> np.ndarray:
    """``n`` samples of a GAN's ``generator`` from standard normal noise drawn with ``seed``."""
    size = int(generator.inputs[0].shape[-1])
    z = np.random.default_rng(seed).standard_normal((n, size)).astype(np.float32)
    return np.asarray(generator.predict(z, batch_size=256, verbose=0), np.float32)
