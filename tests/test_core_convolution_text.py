"""The convolution lab's arithmetic text and pictures (core/convolution.py), exactly.

Pure core, milliseconds. Found by mutation testing: test_convolution.py checks the sums; these
check what the learner reads (formulas, the sum written out, number formatting) and the colours.
"""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core import convolution as C


@pytest.mark.parametrize("args, text", [
    ((8, 3), "valid: ⌊(8 − 3) ÷ 1⌋ + 1 = 6"),
    ((9, 3, 2), "valid: ⌊(9 − 3) ÷ 2⌋ + 1 = 4"),
    ((8, 3, 2, "same"), "same: ⌈8 ÷ 2⌉ = 4 (zeros added: 0 before, 1 after)"),
    ((7, 3, 1, "same"), "same: 7 (zeros added: 1 before, 1 after)"),
])
def test_output_size_formula_text(args, text):
    assert C.output_size_formula(*args) == text


def test_window_and_its_sum_written_out():
    img = np.arange(16, dtype=float).reshape(4, 4)
    w = C.window_at(img, np.array([[1, 0], [0, -1.5]]), 1, "valid", 1, 2)
    assert (w.out_row, w.out_col, w.top, w.left, w.total) == (1, 2, 1, 2, -10.5)
    assert w.patch[..., 0].tolist() == [[6.0, 7.0], [10.0, 11.0]]
    assert w.products[..., 0].tolist() == [[6.0, 0.0], [0.0, -16.5]]
    assert C.arithmetic_lines(w) == ["  6×1 + 7×0 +", "  10×0 + 11×(−1.5)", "  = −10.5"]
    with pytest.raises(IndexError, match=r"output pixel \(3, 0\) is outside the 3x3 feature map"):
        C.window_at(img, np.ones((2, 2)), 1, "valid", 3, 0)


def test_colour_channels_each_get_a_block_and_the_channel_sums_add_up():
    rgb = np.arange(12, dtype=float).reshape(2, 2, 3) / 12
    w = C.window_at(rgb, np.ones((2, 2)), 1, "valid", 0, 0)
    assert C.arithmetic_lines(w, ["R", "G", "B"]) == [
        "R:", "  0×1 + 0.25×1 +", "  0.5×1 + 0.75×1", "  = 1.5",
        "G:", "  0.0833×1 + 0.333×1 +", "  0.583×1 + 0.833×1", "  = 1.833",
        "B:", "  0.167×1 + 0.417×1 +", "  0.667×1 + 0.917×1", "  = 2.167",
        "sum over channels: 1.5 + 1.833 + 2.167 = 5.5"]
    assert C.arithmetic_lines(w)[0] == "channel 0:"


def test_negative_channel_sums_are_bracketed():
    rgb = np.zeros((2, 2, 2))
    rgb[..., 1] = 1.0
    w = C.window_at(rgb, -np.ones((2, 2)), 1, "valid", 0, 0)
    assert C.arithmetic_lines(w)[-1] == "sum over channels: 0 + (−4) = −4"


def test_numbers_are_short_with_a_real_minus():
    assert [C.fmt(v) for v in (0.0, -0.0, 1.0, 2.5, 1 / 3, -12345.678, 1e-7, 100.0, -0.5)] == [
        "0", "0", "1", "2.5", "0.333", "−12345.678", "0", "100", "−0.5"]
    assert C.fmt(1 / 3, 5) == "0.33333"


def test_colour_picture_mixes_the_shape_colour_into_a_soft_gradient():
    pic = C.colour_picture(np.array([[0.0, 0.5], [1.0, 0.25]]), 0)
    assert pic.shape == (2, 2, 3)
    assert pic[0, 0].tolist() == pytest.approx([0.95, 0.92, 0.7])  # background, top left
    assert pic[1, 0].tolist() == pytest.approx([0.85, 0.1, 0.1])  # full shape: the red
    assert pic[0, 1].tolist() == pytest.approx([0.775, 0.51, 0.525])
    assert pic[1, 1].tolist() == pytest.approx([0.7375, 0.49, 0.7375])
    assert C.colour_picture(np.array([[0.0, 0.5]]), 2)[0, 1].tolist() == pytest.approx([0.8, 0.735, 0.475])
    assert C.colour_picture(np.array([[1.0]]), 5)[0, 0].tolist() == pytest.approx([0.1, 0.3, 0.85])  # 5 % 4
