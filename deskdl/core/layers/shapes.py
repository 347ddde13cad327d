"""Shape arithmetic and teaching errors shared by the catalog entries.

The formulas are Keras's own (``keras/src/ops/operation_utils.py`` and
``keras/src/backend/common/backend_utils.py``), rewritten with plain ints so
the core stays free of numpy tricks and of Keras itself. Shapes carry the
batch dimension first; ``None`` is an unknown size and stays unknown.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from deskdl.core.catalog import FixAction, Shape
from deskdl.core.errors import ShapeError
from deskdl.core.i18n import translator
from deskdl.core.shapes_text import shape_text

_ = translator("catalog")


def fmt(shape: Sequence[Any]) -> str:
    """One example's shape (batch left out) the way a learner reads it: ``(28, 28, 1)``."""
    return shape_text(shape)


def describe(shape: Shape) -> str:
    """What an input looks like in words, e.g. 'a flat vector of 784 values'."""
    body = shape[1:]
    if len(body) == 1:
        if body[0] is None:
            return _("a flat vector of a variable number of values")
        return _("a flat vector of {n} values").format(n=body[0])
    if len(body) == 2:
        return _("a sequence of shape {shape} (steps, features)").format(shape=fmt(body))
    if len(body) == 3:
        return _("an image-shaped tensor {shape} (height, width, channels)").format(shape=fmt(body))
    return _("a tensor of shape {shape}").format(shape=fmt(body))


def as_tuple(value: Any, n: int) -> tuple[int, ...]:
    """An int or list of ints as a tuple of ``n`` (Keras's ``standardize_tuple``)."""
    if isinstance(value, int):
        return (value,) * n
    return tuple(value)


def size(shape: Sequence[Any]) -> int | None:
    """Number of values in one example, ``None`` if a size is unknown."""
    if any(d is None for d in shape):
        return None
    return math.prod(shape)


def conv_length(n: int | None, k: int, stride: int, padding: str, dilation: int = 1) -> int | None:
    """Output length of a convolution along one axis (Keras ``compute_conv_output_shape``)."""
    if n is None:
        return None
    if padding == "valid":
        return (n - dilation * (k - 1) - 1) // stride + 1
    return (n - 1) // stride + 1


def pool_length(n: int | None, pool: int, stride: int, padding: str) -> int | None:
    """Output length of pooling along one axis (Keras ``compute_pooling_output_shape``)."""
    if n is None:
        return None
    if padding == "valid":
        return (n - pool) // stride + 1
    return (n - 1) // stride + 1


def deconv_length(n: int | None, k: int, stride: int, padding: str, dilation: int = 1) -> int | None:
    """Output length of a transposed convolution (Keras, ``output_padding=None``)."""
    if n is None:
        return None
    k = (k - 1) * dilation + 1
    if padding == "valid":
        return (n - 1) * stride + k + max(stride - k, 0)
    return n * stride


def need_known_last(layer: str, shape: Shape, what: str = "features") -> int:
    """The size of the last axis, or a teaching error when it is variable (``what``: features or channels)."""
    d = shape[-1]
    if d is None:
        message = (_("{layer} needs to know how many channels each position has, but the last axis of "
                     "its input {shape} has a variable size") if what == "channels" else
                   _("{layer} needs to know how many features each position has, but the last axis of "
                     "its input {shape} has a variable size"))
        raise ShapeError(message.format(layer=layer, shape=fmt(shape[1:])),
                         _("give the Input a fixed size on its last axis"))
    return d


def _reshape_action(target: Sequence[int]) -> FixAction:
    return FixAction(_("Insert Reshape to {shape}").format(shape=fmt(target)), "insert_before",
                     layer="Reshape", params={"target_shape": list(target)}, slot=0)


def image_rank_error(layer: str, shape: Shape, spatial: int = 2) -> ShapeError:
    """Why ``layer`` (wanting ``spatial`` spatial axes plus channels) cannot take ``shape``."""
    body = shape[1:]
    if spatial == 2:
        if len(body) == 1 and body[0] is not None:
            n = body[0]
            flat = _("{layer} needs an image-shaped input (height, width, channels) but receives a flat "
                     "vector of {n} values").format(layer=layer, n=n)
            for ch in (1, 3):
                s = math.isqrt(n // ch) if n % ch == 0 else 0
                if s and s * s * ch == n:
                    target = (s, s, ch)
                    return ShapeError(
                        flat,
                        _("insert a Reshape to {shape} before it (or, if a Flatten made it flat, remove "
                          "that Flatten)").format(shape=fmt(target)),
                        action=_reshape_action(target),
                    )
            return ShapeError(
                flat,
                _("insert a Reshape to (height, width, channels) before it (or, if a Flatten made it "
                  "flat, remove that Flatten)"),
            )
        if len(body) == 2 and None not in body:
            target = (*body, 1)
            return ShapeError(
                _("{layer} needs an image-shaped input (height, width, channels) but receives {shape}, "
                  "which has no channel axis").format(layer=layer, shape=fmt(body)),
                _("insert a Reshape to {shape} before it (one grey channel)").format(shape=fmt(target)),
                action=_reshape_action(target),
            )
        return ShapeError(_("{layer} needs an image-shaped input (height, width, channels) but receives "
                            "{what}").format(layer=layer, what=describe(shape)),
                          _("feed it an image, e.g. an Input of shape [28, 28, 1]"))
    if len(body) == 1 and body[0] is not None:
        target = (body[0], 1)
        return ShapeError(
            _("{layer} needs a sequence input (steps, channels) but receives a flat vector of {n} "
              "values").format(layer=layer, n=body[0]),
            _("insert a Reshape to {shape} before it (one channel per step)").format(shape=fmt(target)),
            action=_reshape_action(target),
        )
    return ShapeError(_("{layer} needs a sequence input (steps, channels) but receives {what}").format(
                          layer=layer, what=describe(shape)),
                      _("feed it a sequence, e.g. an Input of shape [100, 1], or use the 2D version"))


def sequence_rank_error(layer: str, shape: Shape) -> ShapeError:
    """Why a recurrent/sequence layer cannot take ``shape``: it wants (batch, steps, features)."""
    body = shape[1:]
    if len(body) == 1 and body[0] is not None:
        target = (body[0], 1)
        return ShapeError(
            _("{layer} needs a sequence (steps, features) but receives a flat vector of {n} values").format(
                layer=layer, n=body[0]),
            _("insert a Reshape to {shape} before it to read the values one step at a time, or set "
              "return_sequences on the recurrent layer before it").format(shape=fmt(target)),
            action=_reshape_action(target),
        )
    message = _("{layer} needs a sequence (steps, features) but receives {what}").format(
        layer=layer, what=describe(shape))
    if len(body) == 3 and None not in body:
        target = (body[0], body[1] * body[2])
        return ShapeError(
            message,
            _("insert a Reshape to {shape} to read the image row by row").format(shape=fmt(target)),
            action=_reshape_action(target),
        )
    return ShapeError(message, _("feed it an Input of shape [steps, features], e.g. [20, 1]"))


def axis_index(layer: str, axis: int, shape: Shape) -> int:
    """``axis`` as a non-negative index into ``shape`` (batch axis 0 not allowed)."""
    rank = len(shape)
    if not -rank <= axis < rank:
        raise ShapeError(
            _("{layer} axis {axis} does not exist: its input {shape} has axes 1 to {last} (or -1 to "
              "-{last} counting from the end)").format(layer=layer, axis=axis, shape=fmt(shape[1:]),
                                                        last=rank - 1),
            _("use axis -1 for the last axis"),
        )
    idx = axis % rank
    if idx == 0:
        raise ShapeError(_("{layer} axis {axis} is the batch axis, which holds separate examples").format(
                             layer=layer, axis=axis),
                         _("use axis -1 for the last (features) axis"))
    return idx
