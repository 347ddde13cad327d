"""Layers of the efficient modern image networks (MobileNet, Xception, EfficientNet, NASNet, ConvNeXt).

Depthwise and separable convolutions split a convolution into a per-channel
spatial filter and a 1x1 mix of channels, which needs far fewer weights;
``LayerScale`` is ConvNeXt's learned per-channel factor on a residual branch
(deskdl's own layer, since Keras keeps it inside ``keras.applications``).
Shapes and weight counts follow Keras's ``BaseDepthwiseConv`` and
``BaseSeparableConv`` (``keras/src/layers/convolutional``).
"""

from __future__ import annotations

import math

from deskdl.core.catalog import Inferred, LayerKind, ParamSpec, register
from deskdl.core.errors import ShapeError
from deskdl.core.i18n import translator
from deskdl.core.layers.common import INITIALIZERS, activation, use_bias
from deskdl.core.layers.conv import _check_rank, _ints, _padding, kernel_too_small
from deskdl.core.layers.shapes import as_tuple, conv_length, need_known_last

_ = translator("catalog")

_DEPTH_MULTIPLIER = ParamSpec(
    "depth_multiplier", "int", 1, "How many filters each input channel gets in the depthwise step; "
    "each makes one output channel of its own, so that step has channels × depth_multiplier "
    "outputs.", min=1, max=1000)


def _depthwise_out(layer: str, params, shape):
    """Output spatial sizes and input channels of the depthwise step (shared by both layers)."""
    _check_rank(layer, shape, 2)
    channels = need_known_last(layer, shape, "channels")
    k = as_tuple(params["kernel_size"], 2)
    strides = as_tuple(params["strides"], 2)
    dil = as_tuple(params["dilation_rate"], 2)
    out = tuple(conv_length(n, k[i], strides[i], params["padding"], dil[i])
                for i, n in enumerate(shape[1:-1]))
    kernel_too_small(layer, shape, out, k, dil)
    return out, channels, k


def _depthwise(params, shapes):
    (shape,) = shapes
    out, channels, k = _depthwise_out("DepthwiseConv2D", params, shape)
    filters = channels * params["depth_multiplier"]
    trainable = math.prod(k) * filters + (filters if params["use_bias"] else 0)
    return Inferred((shape[0], *out, filters), trainable)


_DEPTHWISE_INIT = ParamSpec(
    "depthwise_initializer", "choice", "glorot_uniform", "How the starting weights of the per-channel "
    "filters are drawn. Glorot suits tanh/sigmoid, He suits ReLU; all zeros would make every output "
    "zero at the start.", choices=INITIALIZERS)
_POINTWISE_INIT = ParamSpec(
    "pointwise_initializer", "choice", "glorot_uniform", "How the starting weights of the 1x1 step that "
    "mixes the channels are drawn. Glorot suits tanh/sigmoid, He suits ReLU; all zeros makes every "
    "filter learn the same thing.", choices=INITIALIZERS)


def _penalty(name: str, what: str) -> ParamSpec:
    return ParamSpec(name, "regularizer", None, f"Adds a penalty for large weights of {what} to the "
                     "loss, which fights overfitting: L1 tends to make many of them zero or nearly zero, "
                     "L2 keeps them all small.", nullable=True)


def _kernel(help_text: str) -> ParamSpec:
    return _ints("kernel_size", [3, 3], 2, help_text)


_STRIDES_HELP = "How far the window moves each step; 2 halves the output size."
_DILATION_HELP = "Gaps between the kernel's taps: 2 lets a 3-wide kernel see 5 positions."

register(LayerKind(
    name="DepthwiseConv2D",
    category="Convolution",
    params=(
        _kernel("The size of the window (height, width) each channel's own filter looks at."),
        _ints("strides", [1, 1], 2, _STRIDES_HELP),
        _padding("conv"),
        _DEPTH_MULTIPLIER,
        _ints("dilation_rate", [1, 1], 2, _DILATION_HELP),
        activation("linear"),
        use_bias(),
        _DEPTHWISE_INIT,
        _penalty("depthwise_regularizer", "the per-channel filters"),
    ),
    infer=_depthwise,
    summary=("kernel_size", "strides"),
    teach="Filters each channel on its own with its own small kernel, without mixing channels: on "
          "32 channels, 3x3 kernels need 3 × 3 × 32 = 288 weights, where a Conv2D with 32 filters "
          "needs 3 × 3 × 32 × 32 = 9,216. Followed by a 1x1 Conv2D that mixes the channels, it does "
          "a convolution's work far more cheaply; MobileNet and EfficientNet are built from such pairs.",
))


def _separable(params, shapes):
    (shape,) = shapes
    out, channels, k = _depthwise_out("SeparableConv2D", params, shape)
    depth = channels * params["depth_multiplier"]
    filters = params["filters"]
    trainable = math.prod(k) * depth + depth * filters + (filters if params["use_bias"] else 0)
    return Inferred((shape[0], *out, filters), trainable)


register(LayerKind(
    name="SeparableConv2D",
    category="Convolution",
    params=(
        ParamSpec("filters", "int", 16, "How many output channels the 1x1 mixing step makes "
                  "(pattern detectors over all channels).", min=1, max=100_000),
        _kernel("The size of the window (height, width) of each channel's own filter in the "
                "depthwise step."),
        _ints("strides", [1, 1], 2, _STRIDES_HELP),
        _padding("conv"),
        _ints("dilation_rate", [1, 1], 2, _DILATION_HELP),
        _DEPTH_MULTIPLIER,
        activation("linear"),
        use_bias(),
        _DEPTHWISE_INIT,
        _POINTWISE_INIT,
        _penalty("depthwise_regularizer", "the per-channel filters"),
        _penalty("pointwise_regularizer", "the 1x1 mixing step"),
    ),
    infer=_separable,
    summary=("filters", "kernel_size", "strides"),
    teach="A convolution in two cheap steps: first each channel is filtered on its own "
          "(depthwise), then a 1x1 convolution mixes the channels into filters outputs "
          "(pointwise). With 3x3 kernels, 64 channels in and 128 out it needs "
          "3 × 3 × 64 + 64 × 128 = 8,768 weights instead of Conv2D's 73,728. Xception and "
          "NASNet are built from it.",
))


def _layer_scale(params, shapes):
    (shape,) = shapes
    if len(shape) < 2:
        raise ShapeError(_("LayerScale needs at least one feature axis"), _("connect a layer with outputs"))
    channels = need_known_last("LayerScale", shape, "channels")
    return Inferred(tuple(shape), channels)


register(LayerKind(
    name="LayerScale",
    category="Core",
    params=(
        ParamSpec("init_values", "float", 1e-6, "The starting value of every channel's factor. "
                  "ConvNeXt starts at 0.000001, so each new block begins almost switched off and "
                  "the network grows into its depth.", min=0.0),
    ),
    infer=_layer_scale,
    summary=("init_values",),
    custom=True,
    teach="Multiplies every channel by a learned factor of its own (one weight per channel). "
          "ConvNeXt puts it at the end of each residual branch, just before the Add, starting "
          "with tiny factors so that the deep network first behaves like a shallow one.",
))
