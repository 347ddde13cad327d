"""Convolution by hand: the numbers must be exactly what Keras Conv2D computes."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from deskdl.core import convolution as conv


def brute_force(image: np.ndarray, kern: np.ndarray, stride: int, padding: str) -> np.ndarray:
    """Loops only, written from the TensorFlow docs (not from the module under test)."""
    img = image if image.ndim == 3 else image[..., None]
    w = kern if kern.ndim == 3 else kern[..., None]
    h, wd, _ = img.shape
    k = w.shape[0]
    if padding == "same":
        oh, ow = -(-h // stride), -(-wd // stride)
        ph = max((oh - 1) * stride + k - h, 0)
        pw = max((ow - 1) * stride + k - wd, 0)
        img = np.pad(img, ((ph // 2, ph - ph // 2), (pw // 2, pw - pw // 2), (0, 0)))
    else:
        oh, ow = (h - k) // stride + 1, (wd - k) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            s = 0.0
            for a in range(k):
                for b in range(k):
                    for c in range(img.shape[2]):
                        s += img[i * stride + a, j * stride + b, c] * w[a, b, c]
            out[i, j] = s
    return out


CASES = list(itertools.product((1, 2, 3), ("valid", "same"), (3, 5)))


@pytest.mark.parametrize(("stride", "padding", "k"), CASES)
@pytest.mark.parametrize("size", [(8, 8), (7, 9)])
def test_matches_brute_force(stride, padding, k, size):
    rng = np.random.default_rng(stride * 10 + k)
    img = rng.normal(size=size)
    kern = rng.normal(size=(k, k))
    got = conv.convolve2d(img, kern, stride, padding)
    assert got.shape == (conv.output_size(size[0], k, stride, padding),
                         conv.output_size(size[1], k, stride, padding))
    np.testing.assert_allclose(got, brute_force(img, kern, stride, padding), atol=1e-12)


@pytest.mark.parametrize(("stride", "padding"), list(itertools.product((1, 2), ("valid", "same"))))
def test_multichannel_sums_over_channels(stride, padding):
    rng = np.random.default_rng(3)
    img = rng.normal(size=(9, 8, 3))
    kern = rng.normal(size=(3, 3, 3))
    got = conv.convolve2d(img, kern, stride, padding)
    per_channel = sum(conv.convolve2d(img[..., c], kern[..., c], stride, padding) for c in range(3))
    np.testing.assert_allclose(got, per_channel, atol=1e-12)
    np.testing.assert_allclose(got, brute_force(img, kern, stride, padding), atol=1e-12)


def test_2d_kernel_on_colour_image_is_the_same_slice_on_every_channel():
    img = np.random.default_rng(0).normal(size=(6, 6, 3))
    k = conv.kernel("sobel_x")
    np.testing.assert_allclose(conv.convolve2d(img, k), conv.convolve2d(img.sum(axis=-1), k), atol=1e-12)


def test_wrong_number_of_slices_is_explained():
    with pytest.raises(ValueError, match="one slice per input channel"):
        conv.convolve2d(np.zeros((5, 5, 3)), np.zeros((3, 3, 2)))


def test_kernel_larger_than_image_needs_same_padding():
    with pytest.raises(ValueError, match="padding 'same'"):
        conv.convolve2d(np.zeros((4, 4)), np.ones((5, 5)))
    assert conv.convolve2d(np.zeros((4, 4)), np.ones((5, 5)), padding="same").shape == (4, 4)


@pytest.mark.parametrize(("stride", "padding"), list(itertools.product((1, 2, 3), ("valid", "same"))))
def test_window_arithmetic_sums_to_the_output_pixel(stride, padding):
    rng = np.random.default_rng(1)
    img = rng.integers(0, 17, size=(8, 8)).astype(float)
    kern = conv.kernel("laplacian")
    out = conv.convolve2d(img, kern, stride, padding)
    for i, j in itertools.product(range(out.shape[0]), range(out.shape[1])):
        win = conv.window_at(img, kern, stride, padding, i, j)
        assert win.patch.shape == (3, 3, 1)
        np.testing.assert_allclose(win.products, win.patch * win.weights)
        assert win.total == pytest.approx(out[i, j])
        assert win.products.sum() == pytest.approx(out[i, j])
    with pytest.raises(IndexError):
        conv.window_at(img, kern, stride, padding, out.shape[0], 0)


def test_window_position_and_padding_zeros():
    img = np.arange(1, 65, dtype=float).reshape(8, 8)
    win = conv.window_at(img, np.ones((3, 3)), 1, "same", 0, 0)
    assert (win.top, win.left) == (-1, -1)
    assert win.patch[0].sum() == 0 and win.patch[:, 0].sum() == 0  # the zero padding
    win = conv.window_at(img, np.ones((3, 3)), 2, "valid", 1, 2)
    assert (win.top, win.left) == (2, 4)
    np.testing.assert_array_equal(win.patch[..., 0], img[2:5, 4:7])


def test_window_channel_sums_and_text():
    rng = np.random.default_rng(2)
    img = rng.normal(size=(6, 6, 3))
    kern = rng.normal(size=(3, 3, 3))
    win = conv.window_at(img, kern, 1, "valid", 2, 1)
    assert win.channel_sums.sum() == pytest.approx(win.total)
    lines = conv.arithmetic_lines(win, ("red", "green", "blue"))
    assert lines[0] == "red:" and lines[-1].startswith("sum over channels:")
    assert lines[-1].endswith(conv.fmt(win.total, 4))


def test_arithmetic_text_for_a_grey_window():
    img = np.array([[0, 5, 0], [0, 0, 0], [2, 0, 0]], dtype=float)
    win = conv.window_at(img, conv.kernel("edge_vertical"), 1, "valid", 0, 0)
    lines = conv.arithmetic_lines(win)
    assert lines[0] == "  0×1 + 5×0 + 0×(−1) +"
    assert lines[-1] == "  = 2"


def test_output_size_and_same_padding_follow_keras():
    assert conv.output_size(8, 3, 1, "valid") == 6
    assert conv.output_size(8, 3, 2, "valid") == 3
    assert conv.output_size(8, 3, 2, "same") == 4
    assert conv.output_size(28, 5, 3, "same") == 10
    assert conv.same_padding(8, 3, 2) == (0, 1)  # TF puts the odd zero after
    assert conv.same_padding(8, 3, 1) == (1, 1)
    assert conv.same_padding(8, 5, 1) == (2, 2)
    assert conv.same_padding(9, 3, 3) == (0, 0)
    assert "= 6" in conv.output_size_formula(8, 3, 1, "valid")
    with pytest.raises(ValueError):
        conv.output_size(8, 3, 0)
    with pytest.raises(ValueError):
        conv.output_size(8, 3, 1, "full")


def test_presets_are_square_and_explained():
    assert {"identity", "sharpen", "edge_horizontal", "edge_vertical", "edge_diagonal_down",
            "edge_diagonal_up", "sobel_x", "sobel_y", "laplacian", "box_blur_3", "box_blur_5",
            "gaussian_3", "gaussian_5", "emboss"} <= set(conv.KERNELS)
    for k in conv.KERNELS.values():
        assert k.weights.shape in ((3, 3), (5, 5))
        assert k.explanation.endswith(".") and "\n" not in k.explanation
    for blur in ("box_blur_3", "box_blur_5", "gaussian_3", "gaussian_5"):
        assert conv.kernel(blur).sum() == pytest.approx(1.0)
    img = np.random.default_rng(0).normal(size=(6, 6))
    np.testing.assert_allclose(conv.convolve2d(img, conv.kernel("identity"), padding="same"), img)
    with pytest.raises(ValueError):
        conv.kernel("nope")


def test_bank_is_one_map_per_kernel():
    img = np.random.default_rng(0).normal(size=(8, 8))
    bank = conv.convolve_bank(img, [conv.kernel("sobel_x"), conv.kernel("sobel_y")], 2, "same")
    assert bank.shape == (2, 4, 4)
    np.testing.assert_allclose(bank[1], conv.convolve2d(img, conv.kernel("sobel_y"), 2, "same"))


def test_colour_picture_channels_differ():
    g = np.zeros((10, 10))
    g[3:7, 3:7] = 1
    rgb = conv.colour_picture(g)
    assert rgb.shape == (10, 10, 3) and 0 <= rgb.min() and rgb.max() <= 1
    assert not np.allclose(rgb[..., 0], rgb[..., 2])


@pytest.mark.keras
@pytest.mark.parametrize(("stride", "padding", "channels", "size"),
                         [(1, "valid", 1, 3), (1, "same", 1, 3), (2, "same", 1, 3), (2, "valid", 3, 3),
                          (3, "same", 3, 5), (2, "same", 1, 5)])
def test_matches_keras_conv2d(stride, padding, channels, size):
    import keras

    rng = np.random.default_rng(stride + channels + size)
    img = rng.normal(size=(9, 8, channels)).astype(np.float32)
    kerns = [rng.normal(size=(size, size, channels)) for _ in range(2)]
    layer = keras.layers.Conv2D(2, size, strides=stride, padding=padding, use_bias=False)
    layer.build((1, 9, 8, channels))
    layer.set_weights([np.stack(kerns, axis=-1).astype(np.float32)])
    got = keras.ops.convert_to_numpy(layer(img[None]))[0]
    mine = conv.convolve_bank(img, kerns, stride, padding)
    assert got.shape == mine.transpose(1, 2, 0).shape
    np.testing.assert_allclose(mine.transpose(1, 2, 0), got, atol=1e-4)
