"""Per-layer gradient norms while a model trains, to see gradients vanish or explode.

:class:`GradientProbe` measures, on one small fixed batch of training examples, the
length (L2 norm) of the gradient of the training loss with respect to each layer's
kernel (its first weight matrix), input side first. The step is one ``tf.function``
without arguments (the batch is a constant it holds), so it is traced once and never
again, however many epochs call it; a measurement costs one forward and one backward
pass of the small batch. The training callback (:mod:`deskdl.ml.training`) calls it at
the end of an epoch, within a time budget, and emits the answer as the typed event
:class:`deskdl.core.events.GradientNorms`; the Inspect tab plots it and the training
doctor reads it (vanishing: the first layer's norm far below the last's; exploding: a
norm above a thousand).

The loss is the model's own compiled loss (``model.compute_loss``, with any weight
penalties), measured in inference mode (``training=False``: Dropout off), so two epochs
differ only because the weights changed. Runs on the Keras thread; answers are floats.
"""

from __future__ import annotations

import math
import time
from typing import Any

import numpy as np

#: Examples in the fixed batch the gradient is measured on.
SAMPLE = 64
#: Share of training time the measurements may take (a measurement waits until the time since
#: the last one is at least its cost divided by this).
BUDGET = 0.05


def kernel_of(layer: Any) -> Any | None:
    """The layer's kernel: its first trainable weight with 2 or more axes (None for layers without)."""
    for w in getattr(layer, "trainable_weights", ()) or ():
        if len(tuple(w.shape)) >= 2:
            return w
    return None


class GradientProbe:
    """Gradient norm of each layer's kernel on a fixed batch, compiled once.

    Attributes:
        layers: names of the layers measured, in model order (input side first).
        traces: how many times the step was traced (1 after the first call; tests check it stays 1).
        seconds: the cost of each measurement, in seconds (the first includes the trace).
    """

    def __init__(self, model: Any, x: np.ndarray, y: np.ndarray, sample: int = SAMPLE,
                 budget: float = BUDGET) -> None:
        import tensorflow as tf

        pairs = [(ly.name, kernel_of(ly)) for ly in model.layers]
        pairs = [(n, k) for n, k in pairs if k is not None]
        self.layers = [n for n, _ in pairs]
        self._kernels = [k for _, k in pairs]
        self.model = model
        self.budget = float(budget)
        n = max(1, min(int(sample), len(x)))
        x = np.asarray(x[:n])
        self._x = tf.constant(x.astype(np.float32) if x.dtype.kind == "f" else x)  # word numbers stay whole
        y = np.asarray(y[:n])
        self._y = tf.constant(y.astype(np.float32) if y.dtype.kind == "f" else y)
        self.traces = 0
        self.seconds: list[float] = []
        self._last_end = -math.inf
        self._step = tf.function(self._norms)

    def _norms(self):
        import tensorflow as tf

        self.traces += 1  # Python runs here only while tracing
        with tf.GradientTape() as tape:
            y_pred = self.model(self._x, training=False)
            loss = self.model.compute_loss(x=self._x, y=self._y, y_pred=y_pred, training=False)
        grads = tape.gradient(loss, self._kernels)
        out = []
        for g in grads:
            if g is None:  # a kernel the loss does not reach
                out.append(tf.zeros((), tf.float32))
            else:
                out.append(tf.cast(tf.norm(tf.convert_to_tensor(g)), tf.float32))
        return tf.stack(out) if out else tf.zeros((0,), tf.float32)

    def norms(self) -> dict[str, float]:
        """Layer name -> gradient norm, now (input side first); empty for a model without kernels."""
        if not self.layers:
            return {}
        t0 = time.perf_counter()
        values = np.asarray(self._step(), np.float64)
        end = time.perf_counter()
        self.seconds.append(end - t0)
        self._last_end = end
        return {n: float(v) for n, v in zip(self.layers, values)}

    def due(self, final: bool = False) -> bool:
        """Whether a measurement now keeps within the time budget (always for the first and ``final``)."""
        if final or len(self.seconds) < 2:
            return True
        cost = float(np.median(self.seconds[1:]))  # the first one paid for the trace
        return time.perf_counter() - self._last_end >= cost / max(self.budget, 1e-9)


__all__ = ["BUDGET", "SAMPLE", "GradientProbe", "kernel_of"]
