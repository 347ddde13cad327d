"""Attention maps: what each head of each MultiHeadAttention layer looks at (issue 13).

Keras's ``MultiHeadAttention`` returns its scores when called with
``return_attention_scores=True``: for each head, a ``(query steps, key steps)`` table
of weights, each row adding up to 1 (row i: how much query place i takes from each key
place). :class:`AttentionProbe` reads a trained (or training) model's maps for some
inputs: a probe model gives the layer's query, value (and key) for those inputs, and
the layer itself is called again on them, with its own weights, asking for the scores.

Keras work: on the Keras thread only.
"""

from __future__ import annotations

import numpy as np


class AttentionProbe:
    """The attention maps of every MultiHeadAttention layer of ``model``, in the model's order."""

    def __init__(self, model) -> None:
        import keras

        self.model = model
        self.layers = [layer for layer in model.layers if isinstance(layer, keras.layers.MultiHeadAttention)]
        self.names = [layer.name for layer in self.layers]
        tensors, self._slices = [], []
        for layer in self.layers:
            node = layer._inbound_nodes[0]  # noqa: SLF001 - the layer's call in the functional graph
            args = list(node.arguments.args[:2])
            key = node.arguments.kwargs.get("key")
            if key is not None:
                args.append(key)
            self._slices.append((len(tensors), len(tensors) + len(args)))
            tensors.extend(args)
        inputs = model.inputs[0] if len(model.inputs) == 1 else model.inputs
        self._probe = keras.Model(inputs, tensors) if tensors else None

    def maps(self, x: np.ndarray) -> np.ndarray:
        """Scores ``(layers, examples, heads, query steps, key steps)`` for inputs ``x`` (float32 copy)."""
        if self._probe is None:
            return np.zeros((0,), np.float32)
        got = self._probe(np.asarray(x, np.float32), training=False)
        got = got if isinstance(got, (list, tuple)) else [got]
        out = []
        for layer, (a, b) in zip(self.layers, self._slices):
            q, v, *k = got[a:b]
            _, scores = layer(q, v, key=k[0] if k else None, return_attention_scores=True, training=False)
            out.append(np.asarray(scores, np.float32))
        return np.stack(out)


def positional_signal(steps: int, features: int, max_wavelength: float = 10000.0,
                      positions: np.ndarray | None = None) -> np.ndarray:
    """The PositionalEncoding layer's signal ``(steps, features)`` in NumPy (the same formula).

    ``positions`` (fractional too, for drawing the waves smoothly) replaces ``0 .. steps - 1``.
    """
    pos = (np.arange(steps, dtype=np.float64) if positions is None else np.asarray(positions, np.float64))
    pos = pos[:, None]
    dims = np.arange(features)
    rates = float(max_wavelength) ** (-((dims // 2) * 2) / float(features))
    angles = pos * rates[None, :]
    return np.where(dims[None, :] % 2 == 0, np.sin(angles), np.cos(angles)).astype(np.float32)


__all__ = ["AttentionProbe", "positional_signal"]
