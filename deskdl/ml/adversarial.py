"""Adversarial examples by the fast gradient sign method (FGSM; Goodfellow, Shlens and Szegedy, 2015).

For an input ``x`` with label ``y``, the attack moves every input number by the same
small step ``epsilon`` in the direction that raises the model's loss fastest, then
keeps the result inside the data's range::

    x_adv = clip(x + epsilon * sign(grad_x loss(model(x), y)), lo, hi)

The gradient comes from TensorFlow's ``GradientTape`` on the trained model, in
inference mode (Dropout off, BatchNormalization with its moving statistics).
The loss is the cross-entropy, taken from the output layer's logits when its
softmax or sigmoid can be undone exactly (a saturated softmax of 1.0 has a zero
gradient, which would leave confident examples unattacked).

Everything that touches the model runs on the Keras thread; the results are
copies (numpy arrays, floats). :func:`perturb` is plain numpy, so a view can
redraw an attacked picture for any epsilon without calling the model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from deskdl.core.i18n import translator

_ = translator("ml.adversarial")

#: Test examples measured for the accuracy-against-epsilon curve (the first ones of the test set).
SWEEP_LIMIT = 1000
#: Test pictures offered to attack one at a time (each with its answers at every epsilon of the grid).
POOL_LIMIT = 200
#: Steps of the epsilon grid, from 0 to :data:`MAX_FRACTION` of the data's range.
GRID_STEPS = 30
MAX_FRACTION = 0.3


def data_range(x: np.ndarray) -> tuple[float, float]:
    """The smallest and largest input value of the training data: adversarial inputs stay inside it."""
    a = np.asarray(x, np.float32)
    if not a.size:
        return 0.0, 1.0
    lo, hi = float(np.nanmin(a)), float(np.nanmax(a))
    return (lo, hi) if hi > lo else (lo, lo + 1.0)


def epsilon_grid(lo: float, hi: float, steps: int = GRID_STEPS, fraction: float = MAX_FRACTION) -> np.ndarray:
    """``steps + 1`` epsilons from 0 to ``fraction`` of the data's range ``hi - lo``, evenly spaced."""
    return np.linspace(0.0, fraction * (hi - lo), steps + 1)


def perturb(x: np.ndarray, sign: np.ndarray, epsilon: float, lo: float, hi: float) -> np.ndarray:
    """``clip(x + epsilon * sign, lo, hi)``: the attacked input (plain numpy; any batch shape)."""
    return np.clip(np.asarray(x, np.float32) + np.float32(epsilon) * np.asarray(sign, np.float32),
                   np.float32(lo), np.float32(hi)).astype(np.float32)


def labels_of(y: np.ndarray) -> np.ndarray:
    """Integer class labels from integers or one-hot rows."""
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] > 1:
        return np.argmax(y, axis=1).astype(np.int64)
    return y.reshape(-1).round().astype(np.int64)


def _logit_model(model: Any) -> tuple[Any, str]:
    """A callable giving what the loss is computed from, and its kind.

    ``"softmax_logits"`` / ``"sigmoid_logits"`` when the output layer is a Dense (or an
    Activation / Softmax layer) whose softmax or sigmoid can be left out; otherwise the model
    itself and ``"outputs"`` (probabilities, or logits when they do not look like probabilities).
    """
    import keras

    last = model.layers[-1] if getattr(model, "layers", None) else None
    outputs = getattr(model, "outputs", None) or []
    if last is None or len(outputs) != 1 or len(getattr(model, "inputs", None) or []) != 1:
        return model, "outputs"
    act = getattr(last, "activation", None)
    act_name = getattr(act, "__name__", "") if act is not None else ""
    if isinstance(last, keras.layers.Softmax):
        act_name = "softmax"
    try:
        before = keras.Model(model.inputs, last.input)
    except Exception:  # noqa: BLE001 - a layer used twice, a nested model: fall back to the outputs
        return model, "outputs"
    if act_name not in ("softmax", "sigmoid"):
        return model, "outputs"
    if isinstance(last, keras.layers.Dense):
        def logits(x: Any) -> Any:
            z = keras.ops.matmul(before(x, training=False), last.kernel)
            return z + last.bias if last.use_bias else z
        return logits, f"{act_name}_logits"
    if isinstance(last, (keras.layers.Activation, keras.layers.Softmax)):
        return (lambda x: before(x, training=False)), f"{act_name}_logits"
    return model, "outputs"


def _per_example_loss(out: Any, y: Any, kind: str) -> Any:
    """Cross-entropy of each example (a tensor of shape ``(n,)``)."""
    import tensorflow as tf

    n_out = out.shape[-1]
    if n_out == 1:  # one sigmoid unit: binary cross-entropy
        yf = tf.cast(tf.reshape(y, (-1, 1)), out.dtype)
        if kind == "outputs":
            p = tf.clip_by_value(out, 1e-7, 1.0 - 1e-7)
            return -tf.reshape(yf * tf.math.log(p) + (1.0 - yf) * tf.math.log(1.0 - p), (-1,))
        return tf.reshape(tf.nn.sigmoid_cross_entropy_with_logits(labels=yf, logits=out), (-1,))
    if kind == "outputs":
        o = out.numpy()
        probs = bool(np.all(o >= 0) and np.allclose(o.sum(axis=-1), 1.0, atol=1e-3))
        if probs:
            p = tf.clip_by_value(tf.gather(out, y, axis=1, batch_dims=1), 1e-7, 1.0)
            return -tf.math.log(p)
    return tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=out)


def gradient_sign(model: Any, x: np.ndarray, y: np.ndarray, batch_size: int = 256) -> np.ndarray:
    """``sign(grad_x loss(model(x), y))`` for every example (Keras thread; values -1, 0 or 1).

    Each example's own cross-entropy is differentiated (their sum, so no example's gradient
    is shrunk by the batch size).
    """
    import tensorflow as tf

    xs = np.asarray(x, np.float32)
    ys = labels_of(y)
    f, kind = _logit_model(model)
    out = np.zeros_like(xs)
    for s in range(0, len(xs), batch_size):
        xb = tf.convert_to_tensor(xs[s:s + batch_size])
        yb = tf.convert_to_tensor(ys[s:s + batch_size].astype(np.int32))
        with tf.GradientTape() as tape:
            tape.watch(xb)
            z = f(xb, training=False) if kind == "outputs" else f(xb)
            loss = tf.reduce_sum(_per_example_loss(tf.convert_to_tensor(z), yb, kind))
        out[s:s + batch_size] = np.sign(tape.gradient(loss, xb).numpy())
    return out


def fgsm(model: Any, x: np.ndarray, y: np.ndarray, epsilon: float,
         clip: tuple[float, float] | None = None) -> np.ndarray:
    """The fast-gradient-sign adversarial inputs: ``clip(x + epsilon * sign(grad), lo, hi)`` (Keras thread).

    ``clip``: the data's range ``(lo, hi)``; ``None``: the range of ``x`` itself.
    """
    lo, hi = clip if clip is not None else data_range(x)
    return perturb(x, gradient_sign(model, x, y), epsilon, lo, hi)


def probabilities(model: Any, x: np.ndarray, batch_size: int = 256) -> np.ndarray:
    """Class probabilities ``(n, K)`` (one sigmoid output becomes two columns) (Keras thread)."""
    p = np.asarray(model.predict(np.asarray(x, np.float32), batch_size=batch_size, verbose=0), np.float64)
    p = p.reshape(len(p), -1)
    if p.shape[1] == 1:
        p = np.concatenate([1.0 - p, p], axis=1)
    elif not (np.all(p >= 0) and np.allclose(p.sum(axis=1), 1.0, atol=1e-3)):  # logits
        e = np.exp(p - p.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
    return p


def attacked_probabilities(model: Any, x: np.ndarray, sign: np.ndarray, epsilons: Sequence[float],
                           clip: tuple[float, float], max_values: int = 4_000_000) -> np.ndarray:
    """Probabilities ``(n, len(epsilons), K)`` of ``x`` attacked with each epsilon (Keras thread).

    Several epsilons go to the model in one call (at most ``max_values`` input numbers at a time).
    """
    x = np.asarray(x, np.float32)
    n = len(x)
    group = max(1, int(max_values // max(x.size, 1)))
    parts = []
    for s in range(0, len(epsilons), group):
        chunk = [float(e) for e in epsilons[s:s + group]]
        p = probabilities(model, np.concatenate([perturb(x, sign, e, *clip) for e in chunk]))
        parts.append(p.reshape(len(chunk), n, -1))
    return np.concatenate(parts).transpose(1, 0, 2)


def accuracy_sweep(model: Any, x: np.ndarray, y: np.ndarray, epsilons: Sequence[float],
                   clip: tuple[float, float], sign: np.ndarray | None = None) -> np.ndarray:
    """Accuracy on ``(x, y)`` attacked with each epsilon (epsilon 0: the clean accuracy) (Keras thread)."""
    labels = labels_of(y)
    if not len(labels):
        return np.full(len(epsilons), np.nan)
    sign = gradient_sign(model, x, y) if sign is None else sign
    probs = attacked_probabilities(model, x, sign, epsilons, clip)
    return (np.argmax(probs, axis=2) == labels[:, None]).mean(axis=0).astype(np.float64)


def attack_report(model: Any, data: Mapping[str, Any], sweep_limit: int = SWEEP_LIMIT,
                  pool_limit: int = POOL_LIMIT, steps: int = GRID_STEPS, seed: int = 0) -> dict[str, Any]:
    """Everything the Evaluate tab's Adversarial page shows, measured once (Keras thread).

    Returns ``lo``, ``hi`` (the training data's range, where attacked inputs are clipped),
    ``epsilons`` (the grid), ``accuracy`` (test accuracy at each epsilon, on the first ``n_sweep``
    test examples), ``accuracy_random`` (the same pictures changed by ``epsilon`` in random directions,
    each pixel up or down with equal chance, seed ``seed``: the direction is what matters),
    ``n_sweep``, ``n_test``, ``class_names``, and the pool of test pictures to attack one at a time:
    ``x``, ``y``, ``sign`` (each picture's gradient sign) and ``probs``
    (``(pool, epsilons, K)``: the model's probabilities for each picture attacked with each epsilon).
    """
    from deskdl.core.errors import DeskdlError
    from deskdl.ml import datasets

    if len(getattr(model, "inputs", None) or []) != 1:
        raise DeskdlError(_("the fast gradient sign attack here needs a model with one input"),
                          _("attack a model that reads one picture"))
    bundle = datasets.load_config(data)
    if bundle.task != "classification":
        raise DeskdlError(_("the fast gradient sign attack needs a classifier, and this data set's task is "
                            "{task}").format(task=bundle.task),
                          _("train a model that picks one class per example"))
    lo, hi = data_range(bundle.x_train)
    eps = epsilon_grid(lo, hi, steps)
    x = np.asarray(bundle.x_test[:sweep_limit], np.float32)
    y = labels_of(bundle.y_test)[:sweep_limit]
    if not len(x):
        raise DeskdlError(_("the test set is empty, so there is nothing to attack"),
                          _("give the test set a share of the data on the Data tab"))
    sign = gradient_sign(model, x, y)
    probs = attacked_probabilities(model, x, sign, eps, (lo, hi))
    accuracy = (np.argmax(probs, axis=2) == y[:, None]).mean(axis=0).astype(np.float64)
    noise = np.random.default_rng(seed).choice(np.array([-1.0, 1.0], np.float32), size=x.shape)
    noisy = attacked_probabilities(model, x, noise, eps, (lo, hi))
    accuracy_random = (np.argmax(noisy, axis=2) == y[:, None]).mean(axis=0).astype(np.float64)
    n = min(pool_limit, len(x))
    return {"lo": lo, "hi": hi, "epsilons": eps, "accuracy": accuracy, "accuracy_random": accuracy_random,
            "n_sweep": int(len(x)),
            "n_test": int(len(bundle.x_test)), "class_names": list(bundle.class_names),
            "x": x[:n].copy(), "y": y[:n].copy(), "sign": sign[:n].copy(),
            "probs": probs[:n].astype(np.float32)}


__all__ = ["accuracy_sweep", "attack_report", "attacked_probabilities", "data_range", "epsilon_grid", "fgsm",
           "gradient_sign", "labels_of", "perturb", "probabilities"]
