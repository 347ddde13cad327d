"""The shape arithmetic of deskdl/core/layers/shapes.py, pure (no Keras): exact lengths per edge case.

The expected numbers were computed once with Keras's own functions
(``keras.src.ops.operation_utils.compute_conv_output_shape``, ``compute_pooling_output_shape`` and
``keras.src.backend.common.backend_utils.compute_conv_transpose_output_shape``); test_parity.py
compares the same functions with Keras over a whole grid. These run in milliseconds, so the
mutation run (bench/mutation.py) can use them.
"""

from __future__ import annotations

import pytest

from deskdl.core.layers.shapes import as_tuple, conv_length, deconv_length, pool_length, size

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
