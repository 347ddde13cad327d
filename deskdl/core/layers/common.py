"""Parameter specs shared by many layers, so each is written (and worded) once."""

from __future__ import annotations

from deskdl.core.catalog import ParamSpec

ACTIVATIONS = (
    "linear", "relu", "sigmoid", "tanh", "softmax", "elu", "selu",
    "gelu", "leaky_relu", "silu", "softplus", "relu6", "hard_sigmoid", "hard_silu",
)
INITIALIZERS = (
    "glorot_uniform", "glorot_normal", "he_uniform", "he_normal",
    "lecun_normal", "random_normal", "zeros", "ones",
)


def activation(default: str = "linear") -> ParamSpec:
    """The non-linearity applied to a layer's output."""
    return ParamSpec(
        "activation", "choice", default,
        "The function applied to the outputs. Most (relu, tanh, sigmoid, ...) work on each "
        "value on its own; softmax works on the whole last axis at once, turning it into "
        "probabilities that add up to 1. silu (also called swish) is x × sigmoid(x); relu6 "
        "caps relu at 6; hard_sigmoid and hard_silu are cheap straight-line versions of "
        "sigmoid and silu that mobile networks use. Without a non-linear one, stacked layers "
        "can only draw straight boundaries.",
        choices=ACTIVATIONS,
    )


_KERNEL_INIT_HELP = (
    "How the starting weights are drawn. Glorot suits tanh/sigmoid, He suits ReLU, "
    "lecun_normal suits selu (it keeps selu's outputs at mean 0 and spread 1); all zeros "
    "makes every unit learn the same thing."
)
_BIAS_INIT_HELP = (
    "How the starting offsets (biases) are set. zeros, the default, is the usual choice: the "
    "random starting weights already make the units differ, so the biases need not. constant "
    "starts every bias at one number you choose: a very negative one keeps a ReLU unit's input "
    "below zero for every example, so the unit is dead from the first step."
)


def initializer(name: str = "kernel_initializer", default: str = "glorot_uniform") -> ParamSpec:
    """How the starting weights (or, for ``bias_initializer``, the starting biases) are drawn."""
    return ParamSpec(
        name, "choice", default,
        _BIAS_INIT_HELP if name == "bias_initializer" else _KERNEL_INIT_HELP,
        choices=INITIALIZERS,
        constant_ok=True,
    )


def regularizer(name: str = "kernel_regularizer") -> ParamSpec:
    """Penalty on weight size, against overfitting."""
    what = "values in the embedding vectors" if name == "embeddings_regularizer" else "weights"
    return ParamSpec(
        name, "regularizer", None,
        f"Adds a penalty for large {what} to the loss, which fights overfitting: L1 tends to "
        f"make many of them zero or nearly zero, L2 keeps them all small.",
        nullable=True,
    )


def use_bias() -> ParamSpec:
    """Whether a learned offset is added."""
    return ParamSpec("use_bias", "bool", True, "Add a learned offset (bias) to every output.")
