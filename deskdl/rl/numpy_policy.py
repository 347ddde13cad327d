"""A trained agent's network as plain NumPy, so the GUI can play it without Keras.

"Watch the agent" plays greedy episodes on the GUI thread at the task's own
speed; Keras and TensorFlow must stay on the worker thread (DESIGN.md §3), and a
network of Dense layers (after a Normalization with given statistics, or not) is a few
matrix products. :func:`dense_layers` reads such a network's weights on the Keras thread
(None for other layers), and :func:`forward` runs them anywhere. NumPy only.
"""

from __future__ import annotations

from typing import Any

import numpy as np

#: Activations :func:`forward` knows.
ACTIVATIONS = ("linear", "relu", "tanh", "sigmoid", "softmax", "elu", "selu", "gelu", "silu", "swish",
               "leaky_relu")
#: Layers that do nothing when the network plays (no training noise).
PASS_THROUGH = ("Dropout", "GaussianNoise", "GaussianDropout", "AlphaDropout")


def dense_layers(graph: Any, model: Any) -> list[dict[str, Any]] | None:
    """The network as ``[{"w": W, "b": b, "activation": name}, ...]``, or None if it is not a chain of Dense.

    ``graph`` is the :class:`~deskdl.core.graph.ModelGraph` the model was built from
    (its layers are named by node id).
    """
    if not graph.is_chain():
        return None
    out: list[dict[str, Any]] = []
    for nid in graph.topological_order() or []:
        node = graph.nodes[nid]
        if node.type == "Input" or node.type in PASS_THROUGH:
            continue
        if node.type == "Activation":
            act = node.params.get("activation", "linear")
            if act not in ACTIVATIONS:
                return None
            out.append({"w": None, "b": None, "activation": act})
            continue
        if node.type == "Normalization":  # given statistics (the MountainCar template scales its inputs)
            scaled = _normalization(node.params)
            if scaled is None:
                return None
            out.append(scaled)
            continue
        if node.type != "Dense":
            return None
        layer = model.get_layer(nid)
        weights = layer.get_weights()
        act = node.kind.resolve(node.params).get("activation") or "linear"
        if act not in ACTIVATIONS or not weights:
            return None
        w = np.array(weights[0], np.float32, copy=True)
        b = (np.array(weights[1], np.float32, copy=True) if len(weights) > 1
             else np.zeros(w.shape[1], np.float32))
        out.append({"w": w, "b": b, "activation": act})
    return out


def _normalization(params: dict[str, Any]) -> dict[str, Any] | None:
    """A Normalization with its mean and variance given, as Keras computes it: (x - mean) / sqrt(variance).

    None when it would measure them on data (adapt) or scales another axis than the last.
    """
    mean, variance = params.get("mean"), params.get("variance")
    if mean is None or variance is None or params.get("axis", -1) != -1:
        return None
    mean = np.atleast_1d(np.asarray(mean, np.float32))
    std = np.maximum(np.sqrt(np.atleast_1d(np.asarray(variance, np.float32))), 1e-7)  # Keras's epsilon
    if mean.shape != std.shape:
        return None
    # A diagonal matrix times x plus a shift: one more "Dense" step for :func:`forward`.
    return {"w": np.diag(1.0 / std).astype(np.float32), "b": (-mean / std).astype(np.float32),
            "activation": "linear"}


def _act(x: np.ndarray, name: str) -> np.ndarray:
    if name == "relu":
        return np.maximum(x, 0)
    if name == "tanh":
        return np.tanh(x)
    if name == "sigmoid":
        return 1 / (1 + np.exp(-x))
    if name == "softmax":
        e = np.exp(x - x.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)
    if name == "elu":
        return np.where(x > 0, x, np.expm1(np.minimum(x, 0)))
    if name == "selu":
        return 1.0507009873554805 * np.where(x > 0, x, 1.6732632423543772 * np.expm1(np.minimum(x, 0)))
    if name == "gelu":
        return 0.5 * x * (1 + np.tanh(0.7978845608 * (x + 0.044715 * x ** 3)))
    if name in ("silu", "swish"):
        return x / (1 + np.exp(-x))
    if name == "leaky_relu":
        return np.where(x > 0, x, 0.2 * x)
    return x


def forward(layers: list[dict[str, Any]], obs: np.ndarray) -> np.ndarray:
    """The network's output for one observation ``(n,)`` or a batch ``(k, n)``."""
    x = np.asarray(obs, np.float32)
    for layer in layers:
        if layer["w"] is not None:
            x = x @ layer["w"] + layer["b"]
        x = _act(x, layer["activation"])
    return x


def greedy_action(out: np.ndarray, output: str, facts: Any) -> tuple[Any, np.ndarray, str]:
    """The greedy action for one network output ``out``, the values behind it, and what they are.

    ``output`` says what the network gives (the ``agent`` picture's ``meta["output"]``): ``"q"``
    (Q-values), ``"probabilities"`` or ``"logits"`` (a policy over discrete actions), ``"mean"``
    or ``"tanh_mean"`` (a continuous action, the latter in [-1, 1] to be scaled to the task's
    range). ``facts``: the task's :class:`~deskdl.core.rl.EnvFacts`. The kind returned names the
    values for the bars: ``"q"``, ``"probabilities"``, ``"logits"`` or ``"mean"``.
    """
    out = np.asarray(out, np.float32).reshape(-1)
    if facts.discrete:
        return int(np.argmax(out)), out, ("q" if output == "q" else output)
    if output == "tanh_mean":
        out = facts.action_low + (out + 1) * 0.5 * (facts.action_high - facts.action_low)
    return np.clip(out, facts.action_low, facts.action_high).astype(np.float32), out, "mean"
