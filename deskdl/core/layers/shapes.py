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
from deskdl.core.shapes_text import shape_text


def fmt(shape: Sequence[Any]) -> str:
    """One example's shape (batch left out) the way a learner reads it: ``(28, 28, 1)``."""
    return shape_text(shape)


def describe(shape: Shape) -> str:
    """What an input looks like in words, e.g. 'a flat vector of 784 values'."""
    body = shape[1:]
    if len(body) == 1:
        n = "a variable number of" if body[0] is None else f"{body[0]}"
        return f"a flat vector of {n} values"
    if len(body) == 2:
        return f"a sequence of shape {fmt(body)} (steps, features)"
    if len(body) == 3:
        return f"an image-shaped tensor {fmt(body)} (height, width, channels)"
    return f"a tensor of shape {fmt(body)}"


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
    """The size of the last axis, or a teaching error when it is variable."""
    d = shape[-1]
    if d is None:
        raise ShapeError(
            f"{layer} needs to know how many {what} each position has, but the last axis of "
            f"its input {fmt(shape[1:])} has a variable size",
            "give the Input a fixed size on its last axis",
        )
    return d


def _reshape_action(target: Sequence[int]) -> FixAction:
    return FixAction(f"Insert Reshape to {fmt(target)}", "insert_before", layer="Reshape",
                     params={"target_shape": list(target)}, slot=0)


def image_rank_error(layer: str, shape: Shape, spatial: int = 2) -> ShapeError:
    """Why ``layer`` (wanting ``spatial`` spatial axes plus channels) cannot take ``shape``."""
    body = shape[1:]
    if spatial == 2:
        want = "an image-shaped input (height, width, channels)"
        if len(body) == 1 and body[0] is not None:
            n = body[0]
            for ch in (1, 3):
                s = math.isqrt(n // ch) if n % ch == 0 else 0
                if s and s * s * ch == n:
                    target = (s, s, ch)
                    return ShapeError(
                        f"{layer} needs {want} but receives a flat vector of {n} values",
                        f"insert a Reshape to {fmt(target)} before it (or, if a Flatten made it "
                        "flat, remove that Flatten)",
                        action=_reshape_action(target),
                    )
            return ShapeError(
                f"{layer} needs {want} but receives a flat vector of {n} values",
                "insert a Reshape to (height, width, channels) before it (or, if a Flatten "
                "made it flat, remove that Flatten)",
            )
        if len(body) == 2 and None not in body:
            target = (*body, 1)
            return ShapeError(
                f"{layer} needs {want} but receives {fmt(body)}, which has no channel axis",
                f"insert a Reshape to {fmt(target)} before it (one grey channel)",
                action=_reshape_action(target),
            )
        return ShapeError(f"{layer} needs {want} but receives {describe(shape)}",
                          "feed it an image, e.g. an Input of shape [28, 28, 1]")
    want = "a sequence input (steps, channels)"
    if len(body) == 1 and body[0] is not None:
        target = (body[0], 1)
        return ShapeError(
            f"{layer} needs {want} but receives a flat vector of {body[0]} values",
            f"insert a Reshape to {fmt(target)} before it (one channel per step)",
            action=_reshape_action(target),
        )
    return ShapeError(f"{layer} needs {want} but receives {describe(shape)}",
                      "feed it a sequence, e.g. an Input of shape [100, 1], or use the 2D version")


def sequence_rank_error(layer: str, shape: Shape) -> ShapeError:
    """Why a recurrent/sequence layer cannot take ``shape``: it wants (batch, steps, features)."""
    body = shape[1:]
    want = "a sequence (steps, features)"
    if len(body) == 1 and body[0] is not None:
        target = (body[0], 1)
        return ShapeError(
            f"{layer} needs {want} but receives a flat vector of {body[0]} values",
            f"insert a Reshape to {fmt(target)} before it to read the values one step at a time, "
            "or set return_sequences on the recurrent layer before it",
            action=_reshape_action(target),
        )
    if len(body) == 3 and None not in body:
        target = (body[0], body[1] * body[2])
        return ShapeError(
            f"{layer} needs {want} but receives {describe(shape)}",
            f"insert a Reshape to {fmt(target)} to read the image row by row",
            action=_reshape_action(target),
        )
    return ShapeError(f"{layer} needs {want} but receives {describe(shape)}",
                      "feed it an Input of shape [steps, features], e.g. [20, 1]")


def axis_index(layer: str, axis: int, shape: Shape) -> int:
    """``axis`` as a non-negative index into ``shape`` (batch axis 0 not allowed)."""
    rank = len(shape)
    if not -rank <= axis < rank:
        raise ShapeError(
            f"{layer} axis {axis} does not exist: its input {fmt(shape[1:])} has axes 1 to {rank - 1} "
            f"(or -1 to -{rank - 1} counting from the end)",
            "use axis -1 for the last axis",
        )
    idx = axis % rank
    if idx == 0:
        raise ShapeError(f"{layer} axis {axis} is the batch axis, which holds separate examples",
                         "use axis -1 for the last (features) axis")
    return idx
