"""The cost of a model before it trains: multiply-adds, parameter memory, activation memory.

Pure: reads the graph and its :func:`deskdl.core.analysis.analyze` shapes. The figures
are the textbook counts a teacher would work out by hand:

- **Multiply-adds (MACs)** for one example's forward pass: a Dense layer does
  ``inputs x units`` per position, a convolution ``kernel area x input channels /
  groups`` per output value, an LSTM ``4 x units x (features + units)`` per step (3 for
  a GRU, 1 for a SimpleRNN). Training costs about three times the forward pass
  (forward, then the gradients of the activations and of the weights).
- **Parameter memory**: 4 bytes (float32) per weight; training also keeps a gradient
  per weight and the optimizer's own slots (Adam: two moment estimates).
- **Activation memory**: every layer's output for a whole batch, 4 bytes a value,
  kept for the backward pass.

A layer with an unknown shape (a problem in the graph) counts as 0 and is named in
``Cost.unknown``, so totals are then lower bounds.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from deskdl.core.analysis import Analysis, analyze
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import translator

_ = translator("core.cost")

BYTES_PER_VALUE = 4  # float32
#: Extra copies of every weight an optimizer keeps while training, besides the weight's gradient.
OPTIMIZER_SLOTS = {"SGD": 0, "Adagrad": 1, "RMSprop": 1, "Adam": 2, "AdamW": 2, "Adadelta": 2}
#: A training step costs about this many forward passes (forward + two backward products).
TRAIN_FACTOR = 3
_RNN_GATES = {"SimpleRNN": 1, "LSTM": 4, "GRU": 3}
#: Share of the device's free memory a training batch may plan to use (TensorFlow needs room besides).
FIT_SHARE = 0.8


@dataclass(frozen=True)
class LayerCost:
    """One layer's figures (per example; memory per example in bytes)."""

    id: str
    type: str
    macs: int
    params: int
    activations: int  # output values per example


@dataclass
class Cost:
    """A model's cost; see the module docstring."""

    layers: list[LayerCost] = field(default_factory=list)
    batch_size: int = 32
    optimizer: str = "Adam"
    unknown: list[str] = field(default_factory=list)

    @property
    def macs(self) -> int:
        """Multiply-adds of one example's forward pass."""
        return sum(layer.macs for layer in self.layers)

    @property
    def params(self) -> int:
        """All parameters (trainable and not)."""
        return sum(layer.params for layer in self.layers)

    @property
    def param_bytes(self) -> int:
        """The weights alone (what a saved model weighs, roughly)."""
        return self.params * BYTES_PER_VALUE

    @property
    def training_param_bytes(self) -> int:
        """Weights + their gradients + the optimizer's slots, while training."""
        return self.param_bytes * (2 + OPTIMIZER_SLOTS.get(self.optimizer, 2))

    @property
    def activation_bytes(self) -> int:
        """Every layer's output for one batch (kept for the backward pass)."""
        return sum(layer.activations for layer in self.layers) * self.batch_size * BYTES_PER_VALUE

    @property
    def training_bytes(self) -> int:
        """What one training step needs at least: weights, gradients, optimizer slots, activations."""
        return self.training_param_bytes + self.activation_bytes

    def batch_macs(self) -> int:
        """Multiply-adds of one training step on a whole batch (about 3 forward passes)."""
        return self.macs * self.batch_size * TRAIN_FACTOR

    def largest_batch(self, free_bytes: int) -> int:
        """The largest batch size whose training step fits in ``FIT_SHARE`` of ``free_bytes`` (0: none)."""
        per_example = sum(layer.activations for layer in self.layers) * BYTES_PER_VALUE
        room = FIT_SHARE * free_bytes - self.training_param_bytes
        if room <= 0:
            return 0
        return int(room // per_example) if per_example else 1 << 30

    def fits(self, free_bytes: int | None) -> bool | None:
        """Whether one training step fits in ``FIT_SHARE`` of ``free_bytes`` (None: unknown memory)."""
        if not free_bytes:
            return None
        return self.training_bytes <= FIT_SHARE * free_bytes


def _prod(shape: Any) -> int | None:
    """Values per example in a shape with the batch axis first (None: an unknown size)."""
    if shape is None:
        return None
    dims = tuple(shape)[1:]
    if any(d is None for d in dims):
        return None
    return int(math.prod(dims)) if dims else 1


def _pair(v: Any, rank: int) -> tuple[int, ...]:
    if isinstance(v, (list, tuple)):
        return tuple(int(x) for x in v)
    return (int(v),) * rank


def layer_macs(type_name: str, params: Mapping[str, Any], in_shapes: list[tuple], out_shape: tuple) -> int:
    """Multiply-adds of one layer for one example (0 for layers without weights to multiply)."""
    if not in_shapes or out_shape is None:
        return 0
    x = in_shapes[0]
    out_n = _prod(out_shape) or 0
    if type_name == "Dense":
        positions = _prod(tuple(x[:-1]) + (1,)) or 0
        return positions * int(x[-1]) * int(params.get("units", out_shape[-1]))
    if type_name in ("Conv1D", "Conv2D", "Conv3D"):
        rank = len(x) - 2
        k = math.prod(_pair(params.get("kernel_size", 3), rank))
        groups = int(params.get("groups", 1) or 1)
        return out_n * k * int(x[-1]) // groups
    if type_name in ("Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose"):
        rank = len(x) - 2
        k = math.prod(_pair(params.get("kernel_size", 3), rank))
        return (_prod(x) or 0) * k * int(params.get("filters", out_shape[-1]))
    if type_name in ("DepthwiseConv1D", "DepthwiseConv2D"):
        rank = len(x) - 2
        return out_n * math.prod(_pair(params.get("kernel_size", 3), rank))
    if type_name in ("SeparableConv1D", "SeparableConv2D"):
        rank = len(x) - 2
        k = math.prod(_pair(params.get("kernel_size", 3), rank))
        mult = int(params.get("depth_multiplier", 1) or 1)
        spatial = out_n // int(out_shape[-1])
        return spatial * int(x[-1]) * mult * k + out_n * int(x[-1]) * mult
    if type_name in _RNN_GATES:
        steps, feats, units = int(x[1]), int(x[-1]), int(params.get("units", 1))
        return steps * _RNN_GATES[type_name] * units * (feats + units)
    if type_name == "Bidirectional":
        inner = params.get("layer") or {}
        t = inner.get("type", "LSTM")
        units = int((inner.get("params") or {}).get("units", 16))
        steps, feats = int(x[1]), int(x[-1])
        return 2 * steps * _RNN_GATES.get(t, 4) * units * (feats + units)
    if type_name == "MultiHeadAttention":
        q, v = in_shapes[0], in_shapes[1] if len(in_shapes) > 1 else in_shapes[0]
        k = in_shapes[2] if len(in_shapes) > 2 else v
        h, kd = int(params.get("num_heads", 1)), int(params.get("key_dim", 1))
        vd = int(params.get("value_dim") or kd)
        tq, tv = (_prod(q) or 0) // int(q[-1]), (_prod(v) or 0) // int(v[-1])
        proj = tq * h * kd * int(q[-1]) + tv * h * kd * int(k[-1]) + tv * h * vd * int(v[-1])
        scores = h * tq * tv * kd + h * tq * tv * vd
        return proj + scores + tq * h * vd * int(q[-1])
    if type_name in ("BatchNormalization", "LayerNormalization"):
        return out_n  # one scale-and-shift per value
    return 0


def estimate(graph: ModelGraph, batch_size: int = 32, optimizer: str = "Adam",
             analysis: Analysis | None = None) -> Cost:
    """The cost of ``graph`` trained with ``batch_size`` and ``optimizer`` (its type name)."""
    analysis = analysis or analyze(graph)
    cost = Cost(batch_size=max(1, int(batch_size)), optimizer=str(optimizer))
    for nid in analysis.order:
        info = analysis.nodes.get(nid)
        node = graph.node(nid)
        if info is None or info.shape is None:
            cost.unknown.append(nid)
            continue
        ins = [analysis.nodes[s].shape for s in node.inputs if s in analysis.nodes]
        known = all(s is not None and _prod(s) is not None for s in ins) and _prod(info.shape) is not None
        if not known:
            cost.unknown.append(nid)
        try:
            macs = layer_macs(node.type, node.params, ins, info.shape) if known else 0
        except (TypeError, ValueError, IndexError, ZeroDivisionError):
            macs = 0
            cost.unknown.append(nid)
        acts = 0 if node.type == "Input" else (_prod(info.shape) or 0)
        cost.layers.append(LayerCost(nid, node.type, int(macs), int(info.params), int(acts)))
    return cost


def estimate_project(project: Any) -> Cost:
    """:func:`estimate` with the project's batch size and optimizer."""
    training = project.training or {}
    opt = training.get("optimizer") or {}
    return estimate(project.graph, int(training.get("batch_size") or 32), str(opt.get("type") or "Adam"))


def human_bytes(n: float) -> str:
    """``1536`` -> ``'1.5 KB'`` (1 KB = 1024 bytes)."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if abs(n) < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def human_count(n: float) -> str:
    """``1234567`` -> ``'1.23 M'``; ``999999`` -> ``'1 M'`` (three digits would round it to 1000 k)."""
    for unit, size in (("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if abs(n) >= size * 0.9995:  # from 999.5 of the unit below, which .3g would write as 1e+03
            return f"{n / size:.3g} {unit}"
    return f"{int(n)}"


def describe(cost: Cost, free_bytes: int | None = None, device: str = "") -> list[str]:
    """Plain lines for the Summary: totals, memory, and a warning when the batch would not fit.

    The lines are in the app's language (:mod:`deskdl.core.i18n`, context ``core.cost``); ``device``
    names where the memory is ("the GPU"), this computer when empty.
    """
    device = device or _("this computer")
    lines = [
        _("Multiply-adds per example: {macs} (a training step on a batch of {batch} does about {batch_macs}: "
          "forward and backward).").format(macs=human_count(cost.macs), batch=cost.batch_size,
                                            batch_macs=human_count(cost.batch_macs())),
        _("Weights: {weights}; while training with {optimizer} {training} (gradients and the optimizer's own "
          "copies).").format(weights=human_bytes(cost.param_bytes), optimizer=cost.optimizer,
                             training=human_bytes(cost.training_param_bytes)),
        _("Layer outputs for a batch of {batch}: {outputs} (kept for the backward pass).").format(
            batch=cost.batch_size, outputs=human_bytes(cost.activation_bytes)),
    ]
    if cost.unknown:
        lines.append(_("Layers with unknown shapes count as 0: {names}.").format(
            names=", ".join(cost.unknown)))
    fits = cost.fits(free_bytes)
    if fits is False:
        best = cost.largest_batch(free_bytes or 0)
        advice = (_("use a batch size of at most {best}").format(best=best) if best >= 1 else
                  _("make the model smaller (fewer units or filters): its weights alone do not fit"))
        lines.append(_("Warning: one training step needs about {need} but {device} has {free} free: "
                       "{advice}.").format(need=human_bytes(cost.training_bytes), device=device,
                                           free=human_bytes(free_bytes or 0), advice=advice))
    elif fits:
        lines.append(_("Fits: {need} of the {free} free on {device}.").format(
            need=human_bytes(cost.training_bytes), free=human_bytes(free_bytes or 0), device=device))
    return lines


def available_ram() -> int | None:
    """Bytes of memory free for a new program (Linux ``MemAvailable``; else free pages), None if unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        import os

        return int(os.sysconf("SC_AVPHYS_PAGES")) * int(os.sysconf("SC_PAGE_SIZE"))
    except (AttributeError, ValueError, OSError):
        return None
