"""Convolution and pooling layers (1D for sequences, 2D for images; channels last)."""

from __future__ import annotations

import math

from deskdl.core.catalog import Inferred, LayerKind, ParamSpec, register
from deskdl.core.errors import ShapeError
from deskdl.core.i18n import translator
from deskdl.core.layers.common import activation, initializer, regularizer, use_bias
from deskdl.core.layers.shapes import (
    as_tuple,
    conv_length,
    deconv_length,
    fmt,
    image_rank_error,
    need_known_last,
    pool_length,
)

_ = translator("catalog")

_AXES = {1: "steps", 2: "height and width"}


def _ints(name: str, default, rank: int, help_text: str, *, nullable: bool = False,
          minimum: int = 1) -> ParamSpec:
    return ParamSpec(name, "ints", default, help_text, min=minimum, max=10_000, length=rank,
                     scalar_ok=True, nullable=nullable)


_PADDING_HELP = {
    "conv": "With 'valid' only real input positions are used, so the output shrinks; 'same' pads "
            "the border with zeros so the output keeps the input size (divided by strides).",
    "transpose": "How big the output grows from an input of size n: 'valid' gives (n - 1) × strides + "
                 "kernel_size (never less than n × strides); 'same' gives exactly n × strides.",
    "pool": "With 'valid' only windows that fit inside the input are used, so the output shrinks; "
            "'same' lets windows hang over the border so the output keeps the input size (divided "
            "by strides). The cells beyond the border are left out, not counted as zeros.",
}


def _padding(role: str = "conv") -> ParamSpec:
    return ParamSpec("padding", "choice", "valid", _PADDING_HELP[role], choices=("valid", "same"))


def _check_rank(layer: str, shape, rank: int) -> None:
    if len(shape) != rank + 2:
        raise image_rank_error(layer, shape, rank)


def _too_small(layer: str, shape, out, what: str, fix: str) -> None:
    """``what``: a phrase that names the window ('the kernel (spanning ...)'), ``fix``: what to change."""
    body = shape[1:-1]
    for n_in, n_out in zip(body, out):
        if n_out is not None and n_out <= 0:
            raise ShapeError(
                _("{layer}: {what} does not fit inside its input {shape}, so the output would have size "
                  "{n_out} (input size {n_in})").format(layer=layer, what=what, shape=fmt(shape[1:]),
                                                         n_out=n_out, n_in=n_in),
                fix,
            )


def kernel_too_small(layer: str, shape, out, k, dil) -> None:
    """The teaching error of a kernel (with its dilation) larger than its input, if it is."""
    span = fmt(tuple((k[i] - 1) * dil[i] + 1 for i in range(len(k))))
    _too_small(layer, shape, out, _("the kernel (spanning {span} with its dilation)").format(span=span),
               _("use a smaller kernel_size or dilation_rate, or set padding to 'same'"))


def _conv(layer: str, rank: int, transpose: bool = False):
    def infer(params, shapes):
        (shape,) = shapes
        _check_rank(layer, shape, rank)
        channels = need_known_last(layer, shape, "channels")
        k = as_tuple(params["kernel_size"], rank)
        strides = as_tuple(params["strides"], rank)
        dil = as_tuple(params["dilation_rate"], rank)
        if max(strides) > 1 and max(dil) > 1:
            raise ShapeError(
                _("{layer} cannot use strides above 1 together with a dilation_rate above 1").format(
                    layer=layer),
                _("set strides or dilation_rate back to 1"),
            )
        padding = params["padding"]
        length = deconv_length if transpose else conv_length
        out = tuple(length(n, k[i], strides[i], padding, dil[i]) for i, n in enumerate(shape[1:-1]))
        if not transpose:
            kernel_too_small(layer, shape, out, k, dil)
        filters = params["filters"]
        groups = 1 if transpose else params["groups"]
        if groups > 1 and (channels % groups or filters % groups):
            if channels % groups and filters % groups:
                what = _("its input channels ({channels}) and filters ({filters})")
            elif channels % groups:
                what = _("its input channels ({channels})")
            else:
                what = _("filters ({filters})")
            raise ShapeError(
                _("{layer} with groups {groups} splits the channels into {groups} groups, but {what} cannot "
                  "be split into {groups} equal parts").format(
                    layer=layer, groups=groups, what=what.format(channels=channels, filters=filters)),
                _("set groups to a number that divides both the input channels ({channels}) and filters "
                  "({filters}), e.g. 1").format(channels=channels, filters=filters),
            )
        trainable = math.prod(k) * (channels // groups) * filters + (filters if params["use_bias"] else 0)
        return Inferred((shape[0], *out, filters), trainable)
    return infer


_GROUPS = ParamSpec(
    "groups", "int", 1, "Splits the input channels and the filters into this many groups; each filter "
    "then looks only at the channels of its own group, so the layer has that many times fewer "
    "weights. 1 connects every filter to every channel; both the input channels and filters must "
    "divide by it.", min=1, max=100_000)


def _conv_params(rank: int, transpose: bool = False) -> tuple[ParamSpec, ...]:
    one = 1 if rank == 1 else [1] * rank
    return (
        ParamSpec("filters", "int", 16 if rank == 2 else 8,
                  "How many filters (pattern detectors) the layer learns; each makes one output channel."
                  if not transpose else "How many output channels the layer makes; each has its own "
                  "learned kernels.",
                  min=1, max=100_000),
        _ints("kernel_size", 3 if rank == 1 else [3] * rank, rank,
              f"The size of the window each filter looks at ({_AXES[rank]})." if not transpose else
              f"The size of the kernel each input value stamps onto the output ({_AXES[rank]})."),
        _ints("strides", one, rank, "How far the window moves each step; 2 halves the output size."
              if not transpose else "How much the output grows: 2 about doubles the size "
              "(padding says exactly how much)."),
        _padding("transpose" if transpose else "conv"),
        _ints("dilation_rate", one, rank, "Gaps between the kernel's taps: 2 lets a 3-wide kernel "
              "see 5 positions. Cannot be combined with strides above 1."),
        *(() if transpose else (_GROUPS,)),
        activation("relu"),
        use_bias(),
        initializer(),
        regularizer(),
    )


_CONV_TEACH = {
    "Conv1D": "Slides small learned filters along a sequence; each filter lights up where its "
              "pattern (a rise, a spike, a word pair) occurs. Good for signals and text.",
    "Conv2D": "Slides small learned filters over an image; each filter produces a map showing "
              "where its pattern (an edge, a corner, a texture) appears. Sharing the filter "
              "across the image needs far fewer weights than a Dense layer.",
    "Conv2DTranspose": "A learned upsampling: each input value stamps the learned kernel, scaled by "
                       "that value, onto a larger output, and overlapping stamps add up; with "
                       "strides 2 the height and width about double. It is not the inverse of a Conv2D: "
                       "it only undoes its change of size, not its values. Decoders and GAN "
                       "generators use it to grow small feature maps into images.",
}

for _name, _rank, _tr in (("Conv1D", 1, False), ("Conv2D", 2, False), ("Conv2DTranspose", 2, True)):
    register(LayerKind(
        name=_name,
        category="Convolution",
        params=_conv_params(_rank, _tr),
        infer=_conv(_name, _rank, _tr),
        summary=("filters", "kernel_size", "strides", "activation"),
        teach=_CONV_TEACH[_name],
    ))


def _pool(layer: str, rank: int):
    def infer(params, shapes):
        (shape,) = shapes
        _check_rank(layer, shape, rank)
        pool = as_tuple(params["pool_size"], rank)
        strides = pool if params["strides"] is None else as_tuple(params["strides"], rank)
        out = tuple(pool_length(n, pool[i], strides[i], params["padding"])
                    for i, n in enumerate(shape[1:-1]))
        _too_small(layer, shape, out, _("the pool window {size}").format(size=fmt(pool)),
                   _("use a smaller pool_size, or set padding to 'same'"))
        return Inferred((shape[0], *out, shape[-1]))
    return infer


_POOL_TEACH = {
    "Max": "keeps only the largest value in each window, so the strongest detection survives "
           "while the map shrinks",
    "Average": "replaces each window by its mean value, shrinking the map smoothly",
}

for _op in ("Max", "Average"):
    for _rank in (1, 2):
        _name = f"{_op}Pooling{_rank}D"
        _two = 2 if _rank == 1 else [2] * _rank
        register(LayerKind(
            name=_name,
            category="Pooling",
            params=(
                _ints("pool_size", _two, _rank, f"The window size ({_AXES[_rank]}) summarised into "
                      "one value."),
                _ints("strides", None, _rank, "How far the window moves; empty means the same as "
                      "pool_size (windows do not overlap).", nullable=True),
                _padding("pool"),
            ),
            infer=_pool(_name, _rank),
            summary=("pool_size",),
            teach=f"Pooling {_POOL_TEACH[_op]}. It has no weights; it makes the network cheaper "
                  "and less sensitive to small shifts.",
        ))


def _global_pool(layer: str, rank: int):
    def infer(params, shapes):
        (shape,) = shapes
        _check_rank(layer, shape, rank)
        if params["keepdims"]:
            return Inferred((shape[0], *(1,) * rank, shape[-1]))
        return Inferred((shape[0], shape[-1]))
    return infer


_KEEPDIMS = ParamSpec("keepdims", "bool", False, "Keep the pooled axes with size 1, e.g. (1, 1, 64) "
                      "instead of 64, so the result can multiply the feature maps it came from (as "
                      "squeeze-and-excite blocks do).")

for _op, _word in (("Average", "average"), ("Max", "largest value")):
    for _rank in (1, 2):
        _name = f"Global{_op}Pooling{_rank}D"
        register(LayerKind(
            name=_name,
            category="Pooling",
            params=(_KEEPDIMS,),
            infer=_global_pool(_name, _rank),
            teach=f"Collapses each whole feature map into one number (its {_word}), leaving one "
                  "value per channel. A light replacement for Flatten before the final Dense "
                  "layers.",
        ))


def _upsampling(layer: str, rank: int):
    def infer(params, shapes):
        (shape,) = shapes
        _check_rank(layer, shape, rank)
        factors = as_tuple(params["size"], rank)
        out = tuple(None if n is None else n * f for n, f in zip(shape[1:-1], factors))
        return Inferred((shape[0], *out, shape[-1]))
    return infer


register(LayerKind(
    name="UpSampling1D",
    category="Convolution",
    params=(ParamSpec("size", "int", 2, "How many times each step is repeated.", min=1, max=1000),),
    infer=_upsampling("UpSampling1D", 1),
    summary=("size",),
    teach="Makes a sequence longer by repeating each step. It has no weights; a following "
          "convolution can learn to smooth the result.",
))

register(LayerKind(
    name="UpSampling2D",
    category="Convolution",
    params=(
        _ints("size", [2, 2], 2, "How many times each row and column is repeated (height, width)."),
        ParamSpec("interpolation", "choice", "nearest", "How new pixels are made: 'nearest' copies, "
                  "'bilinear' blends neighbours for a smoother picture.", choices=("nearest", "bilinear")),
    ),
    infer=_upsampling("UpSampling2D", 2),
    summary=("size",),
    teach="Makes an image bigger by repeating (or blending) pixels. It has no weights, unlike "
          "Conv2DTranspose, and is often followed by a Conv2D in decoders.",
))


def _side_spec(name: str, help_text: str) -> ParamSpec:
    return ParamSpec(name, "ints", [1, 1], help_text, min=0, max=10_000, length=2, scalar_ok=True,
                     per_side=True)


_ZERO_PAD = _side_spec(
    "padding", "How many rows and columns of zeros to add on each side: [1, 2] adds 1 row at the top "
    "and 1 at the bottom, 2 columns left and 2 right. Per side, as ((top, bottom), (left, right)): "
    "[[1, 0], [2, 0]] adds 1 row at the top and 2 columns on the left only.")
_CROP = _side_spec(
    "cropping", "How many rows and columns to cut off on each side: [1, 2] cuts 1 row from the top "
    "and 1 from the bottom, 2 columns left and 2 right. Per side, as ((top, bottom), (left, right)): "
    "[[2, 0], [0, 1]] cuts 2 rows from the top and 1 column from the right only.")


def _zero_pad(params, shapes):
    (shape,) = shapes
    _check_rank("ZeroPadding2D", shape, 2)
    sides = _ZERO_PAD.sides(params["padding"])
    out = [None if n is None else n + before + after for n, (before, after) in zip(shape[1:3], sides)]
    return Inferred((shape[0], *out, shape[-1]))


register(LayerKind(
    name="ZeroPadding2D",
    category="Convolution",
    params=(_ZERO_PAD,),
    infer=_zero_pad,
    summary=("padding",),
    teach="Adds a border of zeros around each image, so a following convolution can also look "
          "at the edge pixels.",
))


def _crop(params, shapes):
    (shape,) = shapes
    _check_rank("Cropping2D", shape, 2)
    out = []
    for n, (before, after), side in zip(shape[1:3], _CROP.sides(params["cropping"]), ("height", "width")):
        if n is not None and n <= before + after:
            how = (_("{n} from both sides").format(n=before) if before == after else f"{before} + {after}")
            if side == "height":
                problem = _("Cropping2D would cut {how} off a height of only {n}, leaving nothing")
            else:
                problem = _("Cropping2D would cut {how} off a width of only {n}, leaving nothing")
            raise ShapeError(problem.format(how=how, n=n),
                             _("crop less than {n} in total on that axis").format(n=n))
        out.append(None if n is None else n - before - after)
    return Inferred((shape[0], *out, shape[-1]))


register(LayerKind(
    name="Cropping2D",
    category="Convolution",
    params=(_CROP,),
    infer=_crop,
    summary=("cropping",),
    teach="Cuts a border off each image. U-Net style models use it to make two feature maps the "
          "same size before joining them.",
))
