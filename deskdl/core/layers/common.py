"""Parameter specs shared by many layers, so each is written (and worded) once."""

from __future__ import annotations

from deskdl.core.catalog import ParamSpec

ACTIVATIONS = (
    "linear", "relu", "sigmoid", "tanh", "softmax", "elu", "selu",
    "gelu", "leaky_relu", "silu", "softplus",
)
INITIALIZERS = (
    "glorot_uniform", "glorot_normal", "he_uniform", "he_normal",
    "lecun_normal", "random_normal", "zeros", "ones",
)


def activation(default: str = "linear") -> ParamSpec:
    """The non-linearity applied to a layer's output."""
    return ParamSpec(
        "activation", "choice", default,
        "The function applied to each output value; without a non-linear one, "
        "stacked layers can only draw straight boundaries.",
        choices=ACTIVATIONS,
    )


def initializer(name: str = "kernel_initializer", default: str = "glorot_uniform") -> ParamSpec:
    """How the starting weights are drawn."""
    return ParamSpec(
        name, "choice", default,
        "How the starting weights are drawn. Glorot suits tanh/sigmoid, He suits ReLU; "
        "all zeros makes every unit learn the same thing.",
        choices=INITIALIZERS,
    )


def regularizer(name: str = "kernel_regularizer") -> ParamSpec:
    """Penalty on weight size, against overfitting."""
    return ParamSpec(
        name, "regularizer", None,
        "Adds a penalty for large weights to the loss (L1 pushes weights to exactly zero, "
        "L2 keeps them small), which fights overfitting.",
        nullable=True,
    )


def use_bias() -> ParamSpec:
    """Whether a learned offset is added."""
    return ParamSpec("use_bias", "bool", True, "Add a learned offset (bias) to every output.")
