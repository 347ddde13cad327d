"""Core layers: Input, Dense and friends."""

from __future__ import annotations

import math

from deskdl.core.catalog import FixAction, Inferred, LayerKind, Note, ParamSpec, register
from deskdl.core.errors import ShapeError
from deskdl.core.i18n import translator
from deskdl.core.layers.common import activation, initializer, regularizer, use_bias
from deskdl.core.layers.shapes import axis_index, describe, fmt, size

_ = translator("catalog")


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
        raise ShapeError(_("Dense needs at least one feature axis"), _("connect a layer with outputs"))
    d = shape[-1]
    if d is None:
        raise ShapeError(
            _("Dense needs the size of the last axis to be known, but it is variable"),
            _("give the Input a fixed size, or pool/flatten first"),
        )
    units = params["units"]
    trainable = d * units + (units if params["use_bias"] else 0)
    return Inferred((*shape[:-1], units), trainable)


def _dense_advice(params, shapes):
    """Keras lets Dense work on every pixel of an image separately; learners rarely mean that."""
    (shape,) = shapes
    if len(shape) < 4:
        return ()
    out = fmt((*shape[1:-1], params["units"]))
    return (Note(
        _("Dense receives {what} and works on each position separately, so its output is {out} rather "
          "than one vector per example").format(what=describe(shape), out=out),
        _("insert a Flatten (or a global pooling layer) before it to turn the image into a vector"),
        FixAction(_("Insert Flatten"), "insert_before", layer="Flatten", slot=0),
    ),)


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
    advise=_dense_advice,
    summary=("units", "activation"),
    teach="Every output neuron computes a weighted sum of all inputs plus a bias, then "
          "applies the activation. Stacking Dense layers with non-linear activations lets "
          "the network bend its decision boundary.",
))


def _same(params, shapes):
    return Inferred(tuple(shapes[0]))


register(LayerKind(
    name="Activation",
    category="Core",
    params=(activation("relu"),),
    infer=_same,
    summary=("activation",),
    teach="Applies a function such as ReLU to every value on its own (softmax instead works on the "
          "whole last axis, so those values add up to 1). It has no weights and does what the "
          "activation setting of the layer before it would do. Use it where that layer has none: "
          "after an Add that joins a skip connection, or after a BatchNormalization placed between "
          "a Dense or Conv2D (left linear) and its ReLU.",
))

def _dropout(params, shapes):
    (shape,) = shapes
    noise = params.get("noise_shape")
    if noise is not None:
        if len(noise) != len(shape):
            raise ShapeError(
                _("Dropout noise_shape {noise} has {n} sizes but its input {shape} has {axes} axes counting "
                  "the batch").format(noise=_noise_text(noise), n=len(noise), shape=fmt(shape[1:]),
                                      axes=len(shape)),
                _("give one size per axis, the batch first, e.g. {example}").format(
                    example=_noise_text([None] + [1] * (len(shape) - 1))),
            )
        for n, d in zip(noise, shape):
            if n not in (None, 1) and d is not None and n != d:
                raise ShapeError(
                    _("Dropout noise_shape {noise} does not fit its input {shape}: each size must be 1 (one "
                      "draw shared along that axis), none or the input's own size").format(
                        noise=_noise_text(noise), shape=_noise_text(shape)),
                    _("use e.g. {example} to drop whole examples").format(
                        example=_noise_text([None] + [1] * (len(shape) - 1))),
                )
    return Inferred(tuple(shape))


def _noise_text(noise) -> str:
    return "[" + ", ".join("none" if n is None else str(n) for n in noise) + "]"


register(LayerKind(
    name="Dropout",
    category="Core",
    params=(
        ParamSpec("rate", "float", 0.2, "The fraction of values set to zero at random during "
                  "training (0.2 = one in five); the kept ones are scaled up by 1/(1 - rate).",
                  min=0.0, max=1.0),
        ParamSpec("noise_shape", "shape", None, "Which values share one random draw, one size per "
                  "axis with the batch first: none (empty) draws for every value; a 1 shares a draw "
                  "along that axis. [none, 1, 1, 1] on images keeps or drops each example's whole "
                  "output at once, which on a residual branch is stochastic depth (EfficientNet).",
                  nullable=True),
    ),
    infer=_dropout,
    summary=("rate",),
    teach="During training it sets a random share (the rate) of the values to zero at each step, "
          "so the network cannot lean on any single neuron; a simple cure for overfitting. The "
          "values it keeps are scaled up by 1/(1 - rate), so their total stays the same on average. "
          "That is why at prediction time it can pass every value through unchanged.",
))


def _flatten(params, shapes):
    (shape,) = shapes
    return Inferred((shape[0], size(shape[1:])))


register(LayerKind(
    name="Flatten",
    category="Core",
    params=(),
    infer=_flatten,
    teach="Lays all values of one example out in a single row, e.g. a (28, 28, 1) image becomes "
          "784 numbers. Use it between convolution layers and Dense layers.",
))


def _reshape(params, shapes):
    (shape,) = shapes
    target = tuple(params["target_shape"])
    body = shape[1:]
    if target.count(-1) > 1:
        raise ShapeError(_("Reshape can guess at most one size (-1) in target_shape"),
                         _("replace all but one -1 by a real size"))
    if None in body:
        return Inferred((shape[0], *(None if t == -1 else t for t in target)))
    n = math.prod(body)
    if -1 not in target:
        if math.prod(target) != n:
            raise ShapeError(
                _("Reshape to {target} needs {need} values but its input {shape} holds {n}").format(
                    target=fmt(target), need=math.prod(target), shape=fmt(body), n=n),
                _("choose a target whose sizes multiply to the same number, or put -1 for one size to "
                  "let deskdl work it out"),
            )
        return Inferred((shape[0], *target))
    known = math.prod(t for t in target if t != -1)
    if n % known:
        raise ShapeError(
            _("Reshape to {target} cannot work: the input {shape} holds {n} values, which do not split "
              "evenly into groups of {known}").format(target=fmt(target), shape=fmt(body), n=n, known=known),
            _("change the fixed sizes so that they divide the number of values"),
        )
    return Inferred((shape[0], *(n // known if t == -1 else t for t in target)))


register(LayerKind(
    name="Reshape",
    category="Core",
    params=(
        ParamSpec("target_shape", "shape", [-1, 1], "The new shape of one example, without the "
                  "batch. One size may be -1: it is worked out from the others.", min=-1),
    ),
    infer=_reshape,
    summary=("target_shape",),
    teach="Rearranges the same values into a new shape without changing them, e.g. 784 "
          "numbers into a (28, 28, 1) image. The number of values must stay the same.",
))


def _permute(params, shapes):
    (shape,) = shapes
    dims = tuple(params["dims"])
    rank = len(shape) - 1
    if sorted(dims) != list(range(1, len(dims) + 1)):
        raise ShapeError(
            _("Permute dims {dims} must list each axis number 1, 2, ... exactly once").format(
                dims=list(dims)),
            _("write the axes in their new order, e.g. [2, 1] swaps the first two"),
        )
    if len(dims) != rank:
        raise ShapeError(
            _("Permute dims {dims} name {n} axes but its input {shape} has {rank}").format(
                dims=list(dims), n=len(dims), shape=fmt(shape[1:]), rank=rank),
            _("list all {rank} axes, e.g. {example}").format(rank=rank, example=list(range(rank, 0, -1))),
        )
    return Inferred((shape[0], *(shape[d] for d in dims)))


register(LayerKind(
    name="Permute",
    category="Core",
    params=(
        ParamSpec("dims", "ints", [2, 1], "The new order of the axes, counted from 1 (the batch "
                  "axis is not counted): [2, 1] swaps rows and columns.", min=1),
    ),
    infer=_permute,
    summary=("dims",),
    teach="Swaps the axes of each example around, like transposing a table. Values are not "
          "changed, only where they sit. For instance, a recurrent layer reads a (28, 28) image "
          "row by row; Permute [2, 1] first makes it read the columns as its steps.",
))


def _repeat(params, shapes):
    (shape,) = shapes
    if len(shape) != 2:
        raise ShapeError(
            _("RepeatVector needs a flat vector but receives {what}").format(what=describe(shape)),
            _("insert a Flatten before it"))
    return Inferred((shape[0], params["n"], shape[1]))


register(LayerKind(
    name="RepeatVector",
    category="Core",
    params=(ParamSpec("n", "int", 3, "How many times the vector is repeated (the number of "
                      "steps of the sequence it makes).", min=1, max=100_000),),
    infer=_repeat,
    summary=("n",),
    teach="Turns one vector into a sequence by copying it n times. Encoder-decoder models use "
          "it to hand one summary vector to every step of the decoder.",
))


def _norm_axis_size(layer, params, shape):
    idx = axis_index(layer, params["axis"], shape)
    d = shape[idx]
    if d is None:
        raise ShapeError(_("{layer} needs a fixed size on axis {axis}, but it is variable").format(
                             layer=layer, axis=params["axis"]),
                         _("give the Input a fixed size on that axis"))
    return d


def _batchnorm(params, shapes):
    (shape,) = shapes
    c = _norm_axis_size("BatchNormalization", params, shape)
    trainable = c * (int(params["center"]) + int(params["scale"]))
    return Inferred(tuple(shape), trainable, 2 * c)


_BN_AXIS_HELP = ("The axis whose values each get their own mean and variance, measured over the "
                 "batch (and over every position); -1 is the last (features/channels).")
_LN_AXIS_HELP = ("The axis normalised across: for every example (and every position) one mean and "
                 "variance is computed over all values along it; -1 is the last (the features).")

register(LayerKind(
    name="BatchNormalization",
    category="Core",
    params=(
        ParamSpec("axis", "int", -1, _BN_AXIS_HELP),
        ParamSpec("momentum", "float", 0.99, "How slowly the running mean and variance used at "
                  "prediction time follow the batches.", min=0.0, max=1.0),
        ParamSpec("epsilon", "float", 0.001, "A tiny number added to the variance so that "
                  "nothing is divided by zero.", min=0.0, min_exclusive=True, max=1.0),
        ParamSpec("center", "bool", True, "Learn an offset (beta) added after normalising."),
        ParamSpec("scale", "bool", True, "Learn a factor (gamma) applied after normalising."),
    ),
    infer=_batchnorm,
    summary=("axis",),
    teach="Rescales each feature to mean 0 and spread 1 over the batch, then lets the network "
          "learn a better scale and offset. It makes deep networks train faster and more "
          "steadily. It keeps running averages (not trained by gradients) for prediction time.",
))


def _layernorm(params, shapes):
    (shape,) = shapes
    c = _norm_axis_size("LayerNormalization", params, shape)
    return Inferred(tuple(shape), c * (int(params["center"]) + int(params["scale"])))


register(LayerKind(
    name="LayerNormalization",
    category="Core",
    params=(
        ParamSpec("axis", "int", -1, _LN_AXIS_HELP),
        ParamSpec("epsilon", "float", 0.001, "A tiny number added to the variance so that "
                  "nothing is divided by zero.", min=0.0, min_exclusive=True, max=1.0),
        ParamSpec("center", "bool", True, "Learn an offset (beta) added after normalising."),
        ParamSpec("scale", "bool", True, "Learn a factor (gamma) applied after normalising."),
    ),
    infer=_layernorm,
    summary=("axis",),
    teach="Rescales the features of each example on its own to mean 0 and spread 1, then "
          "learns a scale and offset. Unlike batch normalization it does not depend on the "
          "other examples in the batch, which is why Transformers use it.",
))

register(LayerKind(
    name="LeakyReLU",
    category="Core",
    params=(ParamSpec("negative_slope", "float", 0.3, "How much of a negative value leaks "
                      "through (0 gives a plain ReLU).", min=0.0, max=1.0),),
    infer=_same,
    summary=("negative_slope",),
    teach="Like ReLU, but negative values are multiplied by a small slope instead of being "
          "cut to zero, so a neuron that went negative can still learn.",
))

register(LayerKind(
    name="ReLU",
    category="Core",
    params=(
        ParamSpec("max_value", "float", None, "The largest value let through; empty means no cap. "
                  "6 gives ReLU6, which mobile networks (MobileNet) use because small numbers stay "
                  "precise.", min=0.0, nullable=True),
        ParamSpec("negative_slope", "float", 0.0, "What negative values (below threshold) are "
                  "multiplied by: 0 cuts them to zero, a small number lets some leak through "
                  "(as LeakyReLU does).", min=0.0),
        ParamSpec("threshold", "float", 0.0, "Values below this count as 'negative': they become "
                  "zero (or are scaled by negative_slope); 0 is the usual ReLU.", min=0.0),
    ),
    infer=_same,
    summary=("max_value",),
    teach="The rectified linear unit as a layer of its own: it keeps positive values and turns "
          "negative ones into zero, optionally capping large values at max_value. It has no weights "
          "and does what activation='relu' does, plus the cap: MobileNet uses ReLU(max_value=6).",
))

register(LayerKind(
    name="GaussianNoise",
    category="Core",
    params=(ParamSpec("stddev", "float", 0.1, "How strong the random noise is (its standard "
                      "deviation).", min=0.0, max=1.0),),
    infer=_same,
    summary=("stddev",),
    teach="Adds a little random noise to every value during training only. The network has to "
          "learn patterns that survive small changes, which reduces overfitting.",
))
