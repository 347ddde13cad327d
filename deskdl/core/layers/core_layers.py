"""Core layers: Input, Dense and friends."""

from __future__ import annotations

from deskdl.core.catalog import Inferred, LayerKind, ParamSpec, register
from deskdl.core.errors import ShapeError
from deskdl.core.layers.common import activation, initializer, regularizer, use_bias


def _input(params, shapes):
    return Inferred((None, *params["shape"]))


register(LayerKind(
    name="Input",
    category="Core",
    params=(
        ParamSpec("shape", "shape", [2], "The size of one example, without the batch: "
                  "[2] for a point, [28, 28, 1] for a grey image, [None] for a sequence "
                  "of any length.", nullable=True),
    ),
    infer=_input,
    min_inputs=0,
    max_inputs=0,
    summary=("shape",),
    teach="Where data enters the network. Its shape describes one example; Keras adds "
          "the batch dimension (shown as None) in front.",
))


def _dense(params, shapes):
    (shape,) = shapes
    if len(shape) < 2:
        raise ShapeError("Dense needs at least one feature axis", "connect a layer with outputs")
    d = shape[-1]
    if d is None:
        raise ShapeError(
            "Dense needs the size of the last axis to be known, but it is variable",
            "give the Input a fixed size, or pool/flatten first",
        )
    units = params["units"]
    trainable = d * units + (units if params["use_bias"] else 0)
    return Inferred((*shape[:-1], units), trainable)


register(LayerKind(
    name="Dense",
    category="Core",
    params=(
        ParamSpec("units", "int", 8, "How many neurons (outputs) the layer has.", min=1, max=1_000_000),
        activation("linear"),
        use_bias(),
        initializer(),
        initializer("bias_initializer", "zeros"),
        regularizer(),
    ),
    infer=_dense,
    summary=("units", "activation"),
    teach="Every output neuron computes a weighted sum of all inputs plus a bias, then "
          "applies the activation. Stacking Dense layers with non-linear activations lets "
          "the network bend its decision boundary.",
))
