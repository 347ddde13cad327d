"""The shape arithmetic of deskdl/core/layers/shapes.py, pure (no Keras): exact lengths per edge case.

The expected numbers were computed once with Keras's own functions
(``keras.src.ops.operation_utils.compute_conv_output_shape``, ``compute_pooling_output_shape`` and
``keras.src.backend.common.backend_utils.compute_conv_transpose_output_shape``); test_parity.py
compares the same functions with Keras over a whole grid. These run in milliseconds, so the
mutation run (bench/mutation.py) can use them.
"""

from __future__ import annotations

import pytest

from deskdl.core.errors import ShapeError
from deskdl.core.layers.shapes import (
    as_tuple,
    axis_index,
    conv_length,
    deconv_length,
    describe,
    image_rank_error,
    need_known_last,
    pool_length,
    sequence_rank_error,
    size,
)

# (n, kernel, stride, padding, dilation) -> Keras's length
CONV = [
    ((7, 3, 1, "valid", 1), 5),
    ((7, 3, 2, "valid", 1), 3),
    ((7, 2, 3, "valid", 1), 2),  # stride larger than the kernel
    ((8, 1, 3, "valid", 1), 3),
    ((9, 3, 1, "valid", 2), 5),  # dilation 2: the kernel spans 5
    ((9, 3, 1, "valid", 4), 1),  # dilation 4: spans 9, exactly the input
    ((7, 3, 2, "same", 1), 4),   # 'same', odd size
    ((8, 3, 2, "same", 1), 4),   # 'same', even size
    ((7, 4, 3, "same", 1), 3),
    ((5, 5, 1, "valid", 1), 1),  # kernel as large as the input
    ((1, 1, 1, "valid", 1), 1),
    ((10, 2, 4, "same", 1), 3),
]

# (n, pool, stride, padding) -> Keras's length
POOL = [
    ((7, 2, 2, "valid"), 3),
    ((7, 3, 1, "valid"), 5),
    ((7, 2, 3, "valid"), 2),  # stride larger than the window
    ((8, 3, 2, "valid"), 3),
    ((7, 2, 2, "same"), 4),   # odd size
    ((8, 2, 2, "same"), 4),   # even size
    ((7, 3, 3, "same"), 3),
    ((5, 5, 1, "valid"), 1),
    ((9, 1, 4, "valid"), 3),
    ((10, 4, 3, "same"), 4),
]

# (n, kernel, stride, padding, dilation) -> Keras's length (output_padding None)
DECONV = [
    ((3, 2, 2, "valid", 1), 6),
    ((3, 3, 2, "valid", 1), 7),   # kernel larger than the stride: stamps overlap
    ((3, 2, 3, "valid", 1), 9),   # stride larger than the kernel: the gap counts (max(stride - k, 0))
    ((3, 1, 4, "valid", 1), 12),
    ((4, 3, 1, "valid", 2), 8),   # dilation 2: the kernel spans 5
    ((5, 2, 1, "valid", 1), 6),
    ((3, 3, 2, "same", 1), 6),
    ((4, 2, 3, "same", 1), 12),
    ((1, 5, 3, "valid", 1), 5),
    ((4, 3, 1, "same", 3), 4),
]


@pytest.mark.parametrize("args, expected", CONV)
def test_conv_length_is_keras(args, expected):
    assert conv_length(*args) == expected


@pytest.mark.parametrize("args, expected", POOL)
def test_pool_length_is_keras(args, expected):
    assert pool_length(*args) == expected


@pytest.mark.parametrize("args, expected", DECONV)
def test_deconv_length_is_keras(args, expected):
    assert deconv_length(*args) == expected


def test_unknown_lengths_stay_unknown():
    assert conv_length(None, 3, 1, "valid") is None
    assert pool_length(None, 2, 2, "same") is None
    assert deconv_length(None, 3, 2, "same") is None


def test_as_tuple_and_size():
    assert as_tuple(3, 2) == (3, 3) and as_tuple([2, 5], 2) == (2, 5) and as_tuple(4, 1) == (4,)
    assert size((28, 28, 1)) == 784 and size((5,)) == 5 and size((None, 3)) is None


# ------------------------------------------------------------------ the teaching errors, word for word
IMAGE = "Conv2D needs an image-shaped input (height, width, channels) but receives "


@pytest.mark.parametrize("layer, shape, spatial, message, fix, reshape_to", [
    ("Conv2D", (None, 784), 2, IMAGE + "a flat vector of 784 values",
     "insert a Reshape to (28, 28, 1) before it (or, if a Flatten made it flat, remove that Flatten)",
     [28, 28, 1]),
    ("Conv2D", (None, 3072), 2, IMAGE + "a flat vector of 3072 values",
     "insert a Reshape to (32, 32, 3) before it (or, if a Flatten made it flat, remove that Flatten)",
     [32, 32, 3]),
    ("Conv2D", (None, 10), 2, IMAGE + "a flat vector of 10 values",
     "insert a Reshape to (height, width, channels) before it (or, if a Flatten made it flat, remove that "
     "Flatten)", None),
    ("Conv2D", (None, 28, 28), 2, IMAGE + "(28, 28), which has no channel axis",
     "insert a Reshape to (28, 28, 1) before it (one grey channel)", [28, 28, 1]),
    ("Conv2D", (None, None, 5), 2, IMAGE + "a sequence of shape (any, 5) (steps, features)",
     "feed it an image, e.g. an Input of shape [28, 28, 1]", None),
    ("Conv1D", (None, 12), 1, "Conv1D needs a sequence input (steps, channels) but receives a flat vector of "
     "12 values", "insert a Reshape to (12, 1) before it (one channel per step)", [12, 1]),
    ("Conv1D", (None, 2, 3, 4), 1, "Conv1D needs a sequence input (steps, channels) but receives an "
     "image-shaped tensor (2, 3, 4) (height, width, channels)",
     "feed it a sequence, e.g. an Input of shape [100, 1], or use the 2D version", None),
])
def test_image_rank_errors_teach_and_offer_the_reshape(layer, shape, spatial, message, fix, reshape_to):
    err = image_rank_error(layer, shape, spatial)
    assert (err.message, err.fix) == (message, fix)
    if reshape_to is None:
        assert err.action is None
    else:
        a = err.action
        label = f"Insert Reshape to {tuple(reshape_to)}"
        assert (a.label, a.op, a.layer, a.params, a.slot) == (
            label, "insert_before", "Reshape", {"target_shape": reshape_to}, 0)


@pytest.mark.parametrize("shape, message_end, fix, reshape_to", [
    ((None, 12), "a flat vector of 12 values",
     "insert a Reshape to (12, 1) before it to read the values one step at a time, or set return_sequences "
     "on the recurrent layer before it", [12, 1]),
    ((None, 4, 5, 2), "an image-shaped tensor (4, 5, 2) (height, width, channels)",
     "insert a Reshape to (4, 10) to read the image row by row", [4, 10]),
    ((None, None, 5, 2), "an image-shaped tensor (any, 5, 2) (height, width, channels)",
     "feed it an Input of shape [steps, features], e.g. [20, 1]", None),
])
def test_sequence_rank_errors_teach(shape, message_end, fix, reshape_to):
    err = sequence_rank_error("LSTM", shape)
    assert err.message == "LSTM needs a sequence (steps, features) but receives " + message_end
    assert err.fix == fix
    assert (err.action.params["target_shape"] if err.action else None) == reshape_to


def test_axis_index_counts_from_either_end_and_refuses_the_batch_axis():
    assert [axis_index("Concatenate", a, (None, 3, 4)) for a in (-1, 1, 2, -2)] == [2, 1, 2, 1]
    for axis in (3, -4):
        with pytest.raises(ShapeError) as info:
            axis_index("Concatenate", axis, (None, 3, 4))
        assert info.value.message == (f"Concatenate axis {axis} does not exist: its input (3, 4) has axes "
                                      "1 to 2 (or -1 to -2 counting from the end)")
        assert info.value.fix == "use axis -1 for the last axis"
    with pytest.raises(ShapeError) as info:
        axis_index("Concatenate", 0, (None, 3, 4))
    assert (info.value.message, info.value.fix) == (
        "Concatenate axis 0 is the batch axis, which holds separate examples",
        "use axis -1 for the last (features) axis")


def test_describe_names_each_rank():
    shapes = [(None, 5), (None, None), (None, 3, 4), (None, 2, 3, 4), (None, 1, 2, 3, 4)]
    assert [describe(s) for s in shapes] == [
        "a flat vector of 5 values", "a flat vector of a variable number of values",
        "a sequence of shape (3, 4) (steps, features)",
        "an image-shaped tensor (2, 3, 4) (height, width, channels)", "a tensor of shape (1, 2, 3, 4)"]


def test_need_known_last():
    assert need_known_last("Dense", (None, 3, 7)) == 7
    with pytest.raises(ShapeError) as info:
        need_known_last("Conv2D", (None, 4, 4, None), "channels")
    assert info.value.message == ("Conv2D needs to know how many channels each position has, but the last "
                                  "axis of its input (4, 4, any) has a variable size")


def test_minus_rank_is_the_batch_axis_and_images_are_the_default_rank():
    with pytest.raises(ShapeError) as info:
        axis_index("Concatenate", -3, (None, 3, 4))
    assert info.value.message == "Concatenate axis -3 is the batch axis, which holds separate examples"
    assert image_rank_error("Conv2D", (None, 784)).message == IMAGE + "a flat vector of 784 values"
    assert deconv_length(3, 3, 1, "valid") == 5  # dilation 1 unless told
