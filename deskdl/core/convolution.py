"""Convolution by hand: named kernels and the exact arithmetic of a Keras ``Conv2D``.

What Keras calls a convolution is a cross-correlation: the kernel is laid on the
image as it is (not flipped), every pixel under it is multiplied by the weight
on top of it, and the products are summed into one output pixel. The window
then moves by ``stride`` pixels. With ``padding="same"`` zeros are added around
the image first, split the way TensorFlow splits them (the smaller half before,
the larger half after), so that the output has ``ceil(n / stride)`` pixels per
side. A multi-channel image needs a kernel with one slice per channel; the
output pixel is the sum over all channels.

Pure NumPy, so the Convolution lab can recompute everything on the GUI thread
at every click; ``tests/test_convolution.py`` checks it against ``Conv2D``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from deskdl.core.i18n import N_

PADDINGS = ("valid", "same")


@dataclass(frozen=True)
class NamedKernel:
    """A classic image-processing kernel with a one-line plain explanation.

    ``title`` and ``explanation`` are marked for translation: show them with
    ``tr("core.convolution", ...)``.
    """

    id: str
    title: str
    weights: np.ndarray
    explanation: str


def _k(rows: Sequence[Sequence[float]], scale: float = 1.0) -> np.ndarray:
    a = np.asarray(rows, dtype=np.float64) * scale
    a.setflags(write=False)
    return a


_BINOMIAL5 = np.outer([1, 4, 6, 4, 1], [1, 4, 6, 4, 1])

#: Every preset, in the order the lab lists them.
KERNELS: dict[str, NamedKernel] = {k.id: k for k in (
    NamedKernel("identity", N_("Identity"), _k([[0, 0, 0], [0, 1, 0], [0, 0, 0]]),
                N_("Copies the image: only the pixel under the centre counts.")),
    NamedKernel("edge_horizontal", N_("Horizontal edges"), _k([[1, 1, 1], [0, 0, 0], [-1, -1, -1]]),
                N_("Row above minus row below: positive where high values sit above low ones, negative the "
                   "other way round, 0 on flat areas.")),
    NamedKernel("edge_vertical", N_("Vertical edges"), _k([[1, 0, -1], [1, 0, -1], [1, 0, -1]]),
                N_("Left column minus right column: positive where high values are left of low ones, "
                   "negative the other way round.")),
    NamedKernel("edge_diagonal_down", N_("Diagonal edges (\\)"),
                _k([[0, 1, 1], [-1, 0, 1], [-1, -1, 0]]),
                N_("Upper-right corner minus lower-left corner: finds edges running from top left to "
                   "bottom right.")),
    NamedKernel("edge_diagonal_up", N_("Diagonal edges (/)"), _k([[1, 1, 0], [1, 0, -1], [0, -1, -1]]),
                N_("Upper-left corner minus lower-right corner: finds edges running from bottom left to "
                   "top right.")),
    NamedKernel("sobel_x", N_("Sobel x"), _k([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]),
                N_("How fast the values grow to the right; the middle row counts double, which smooths "
                   "out noise.")),
    NamedKernel("sobel_y", N_("Sobel y"), _k([[-1, -2, -1], [0, 0, 0], [1, 2, 1]]),
                N_("How fast the values grow downwards; the middle column counts double.")),
    NamedKernel("laplacian", N_("Strong edges (Laplacian)"), _k([[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]),
                N_("Centre minus its 8 neighbours: 0 on flat areas, large at edges in every direction.")),
    NamedKernel("sharpen", N_("Sharpen"), _k([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
                N_("The pixel plus how much it differs from its 4 neighbours: edges get crisper.")),
    NamedKernel("box_blur_3", N_("Box blur 3x3"), _k(np.ones((3, 3)), 1 / 9),
                N_("The plain average of 9 pixels: the picture gets softer.")),
    NamedKernel("box_blur_5", N_("Box blur 5x5"), _k(np.ones((5, 5)), 1 / 25),
                N_("The plain average of 25 pixels: a stronger blur.")),
    NamedKernel("gaussian_3", N_("Gaussian blur 3x3"), _k([[1, 2, 1], [2, 4, 2], [1, 2, 1]], 1 / 16),
                N_("A weighted average: near pixels count more than far ones, a gentler blur.")),
    NamedKernel("gaussian_5", N_("Gaussian blur 5x5"), _k(_BINOMIAL5, 1 / 256),
                N_("A wider weighted average over 25 pixels, centre counting most.")),
    NamedKernel("emboss", N_("Emboss"), _k([[-2, -1, 0], [-1, 1, 1], [0, 1, 2]]),
                N_("Lower-right minus upper-left plus the pixel itself: edges look raised, as if lit from "
                   "one side.")),
)}


def kernel(kernel_id: str) -> np.ndarray:
    """A writable copy of a preset's weights."""
    try:
        return np.array(KERNELS[kernel_id].weights, dtype=np.float64)
    except KeyError:
        raise ValueError(f"there is no kernel called {kernel_id!r}; "
                         f"use one of: {', '.join(KERNELS)}") from None


# ------------------------------------------------------------------ sizes
def _check_stride_padding(stride: int, padding: str) -> None:
    if isinstance(stride, bool) or int(stride) != stride or stride < 1:
        raise ValueError(f"stride must be a whole number of at least 1, not {stride!r}")
    if padding not in PADDINGS:
        raise ValueError(f"padding must be 'valid' or 'same', not {padding!r}")


def output_size(n: int, k: int, stride: int = 1, padding: str = "valid") -> int:
    """Output pixels along one side, as Keras computes them.

    ``valid``: ``floor((n - k) / stride) + 1`` (0 when the kernel does not fit);
    ``same``: ``ceil(n / stride)``.
    """
    _check_stride_padding(stride, padding)
    if padding == "same":
        return -(-n // stride)
    return max((n - k) // stride + 1, 0)


def same_padding(n: int, k: int, stride: int = 1) -> tuple[int, int]:
    """Zeros added ``(before, after)`` along one side for ``padding="same"`` (TensorFlow's split)."""
    total = max((-(-n // stride) - 1) * stride + k - n, 0)
    return total // 2, total - total // 2


def output_size_formula(n: int, k: int, stride: int = 1, padding: str = "valid") -> str:
    """The output-size arithmetic in words and numbers, e.g. ``(8 − 3) ÷ 1 + 1 = 6``."""
    out = output_size(n, k, stride, padding)
    if padding == "same":
        before, after = same_padding(n, k, stride)
        return (f"same: ⌈{n} ÷ {stride}⌉ = {out} (zeros added: {before} before, {after} after)"
                if stride > 1 else f"same: {n} (zeros added: {before} before, {after} after)")
    return f"valid: ⌊({n} − {k}) ÷ {stride}⌋ + 1 = {out}"


# ------------------------------------------------------------------ convolution
def _as_hwc(image: np.ndarray) -> np.ndarray:
    a = np.asarray(image, dtype=np.float64)
    if a.ndim == 2:
        return a[..., None]
    if a.ndim == 3:
        return a
    raise ValueError(f"an image must be (height, width) or (height, width, channels), not shape {a.shape}")


def _as_kkc(kern: np.ndarray, channels: int) -> np.ndarray:
    """Kernel as ``(k, k, channels)``; a 2-D kernel is used as the same slice on every channel."""
    w = np.asarray(kern, dtype=np.float64)
    if w.ndim == 2:
        w = np.repeat(w[..., None], channels, axis=-1)
    if w.ndim != 3 or w.shape[0] != w.shape[1]:
        raise ValueError(f"a kernel must be square, (k, k) or (k, k, channels), not shape {w.shape}")
    if w.shape[2] != channels:
        raise ValueError(f"the image has {channels} channels but the kernel has {w.shape[2]} slices: "
                         "a kernel needs one slice per input channel")
    return w


def pad_image(image: np.ndarray, k: int, stride: int = 1,
              padding: str = "valid") -> tuple[np.ndarray, int, int]:
    """The image as ``(H', W', C)`` with the zeros ``padding`` adds, plus the top and left pad widths."""
    _check_stride_padding(stride, padding)
    a = _as_hwc(image)
    if padding == "valid":
        return a, 0, 0
    top, bottom = same_padding(a.shape[0], k, stride)
    left, right = same_padding(a.shape[1], k, stride)
    return np.pad(a, ((top, bottom), (left, right), (0, 0))), top, left


def convolve2d(image: np.ndarray, kern: np.ndarray, stride: int = 1, padding: str = "valid") -> np.ndarray:
    """One feature map ``(out_h, out_w)``: what ``Conv2D`` with this single filter (no bias) gives.

    Args:
        image: ``(H, W)`` or ``(H, W, C)``.
        kern: ``(k, k)`` or ``(k, k, C)``; a 2-D kernel on a multi-channel image is used as the
            same slice on every channel.
        stride: step of the window, the same along rows and columns.
        padding: ``"valid"`` (no zeros; the window stays inside) or ``"same"``.
    """
    a = _as_hwc(image)
    w = _as_kkc(kern, a.shape[2])
    k = w.shape[0]
    p, _, _ = pad_image(a, k, stride, padding)
    oh, ow = output_size(a.shape[0], k, stride, padding), output_size(a.shape[1], k, stride, padding)
    if oh == 0 or ow == 0:
        raise ValueError(f"a {k}x{k} kernel does not fit in a {a.shape[0]}x{a.shape[1]} image without "
                         "padding: use padding 'same' or a smaller kernel")
    win = np.lib.stride_tricks.sliding_window_view(p, (k, k), axis=(0, 1))[::stride, ::stride]
    # win: (oh, ow, C, k, k)
    return np.einsum("ijcab,abc->ij", win[:oh, :ow], w)


def convolve_bank(image: np.ndarray, kernels: Sequence[np.ndarray], stride: int = 1,
                  padding: str = "valid") -> np.ndarray:
    """A layer of filters: ``(n_filters, out_h, out_w)``, one feature map per kernel.

    Keras puts the filters last (``(out_h, out_w, n_filters)``); here they come first so a
    view can take them one by one.
    """
    maps = [convolve2d(image, w, stride, padding) for w in kernels]
    if not maps:
        return np.zeros((0, 0, 0))
    shapes = {m.shape for m in maps}
    if len(shapes) > 1:
        raise ValueError("all kernels of one layer must have the same size")
    return np.stack(maps)


@dataclass(frozen=True)
class Window:
    """The arithmetic behind one output pixel.

    ``patch`` and ``products`` are ``(k, k, C)``; ``top``/``left`` place the window on the
    original image (negative inside the zero padding).
    """

    out_row: int
    out_col: int
    top: int
    left: int
    patch: np.ndarray
    weights: np.ndarray
    products: np.ndarray
    total: float

    @property
    def channel_sums(self) -> np.ndarray:
        """One partial sum per input channel (they add up to ``total``)."""
        return self.products.sum(axis=(0, 1))


def window_at(image: np.ndarray, kern: np.ndarray, stride: int, padding: str, out_row: int,
              out_col: int) -> Window:
    """The input patch under the kernel for output pixel ``(out_row, out_col)``, products and sum."""
    a = _as_hwc(image)
    w = _as_kkc(kern, a.shape[2])
    k = w.shape[0]
    oh, ow = output_size(a.shape[0], k, stride, padding), output_size(a.shape[1], k, stride, padding)
    if not (0 <= out_row < oh and 0 <= out_col < ow):
        raise IndexError(f"output pixel ({out_row}, {out_col}) is outside the {oh}x{ow} feature map")
    p, top, left = pad_image(a, k, stride, padding)
    r0, c0 = out_row * stride, out_col * stride
    patch = p[r0: r0 + k, c0: c0 + k]
    products = patch * w
    return Window(out_row, out_col, r0 - top, c0 - left, patch, w, products, float(products.sum()))


def fmt(v: float, digits: int = 3) -> str:
    """A number for the arithmetic text: short, with a real minus sign, negatives in brackets."""
    v = float(v)
    if v == 0:
        v = 0.0  # no "-0"
    s = f"{v:.{digits}g}"
    if "e" in s:
        s = f"{v:.{digits}f}".rstrip("0").rstrip(".")
    return s.replace("-", "−")


def _term(x: float, w: float) -> str:
    ws = fmt(w)
    return f"{fmt(x)}×({ws})" if w < 0 else f"{fmt(x)}×{ws}"


def arithmetic_lines(win: Window, channel_names: Sequence[str] | None = None) -> list[str]:
    """The sum written out row by row, e.g. ``['0×1 + 5×(−1) + 3×0', ..., '= 12']``.

    With several channels each channel gets its own block and the last line adds the
    channel sums.
    """
    k, _, c = win.products.shape
    lines: list[str] = []
    for ch in range(c):
        if c > 1:
            name = channel_names[ch] if channel_names and ch < len(channel_names) else f"channel {ch}"
            lines.append(f"{name}:")
        for r in range(k):
            terms = " + ".join(_term(win.patch[r, q, ch], win.weights[r, q, ch]) for q in range(k))
            lines.append("  " + terms + (" +" if r < k - 1 else ""))
        if c > 1:
            lines.append(f"  = {fmt(win.channel_sums[ch], 4)}")
    if c > 1:
        lines.append("sum over channels: " + " + ".join(
            fmt(s, 4) if s >= 0 else f"({fmt(s, 4)})" for s in win.channel_sums) + f" = {fmt(win.total, 4)}")
    else:
        lines.append(f"  = {fmt(win.total, 4)}")
    return lines


# ------------------------------------------------------------------ pictures
def colour_picture(gray: np.ndarray, hue: int = 0) -> np.ndarray:
    """A grey ``(H, W)`` picture (0..1) as a colour one ``(H, W, 3)``: a coloured shape on a soft gradient.

    The channels differ on purpose, so a colour filter's three slices see three different
    pictures. ``hue`` picks one of a few shape colours.
    """
    g = np.clip(np.asarray(gray, dtype=np.float64), 0.0, 1.0)
    if g.ndim == 3:
        g = g[..., 0]
    h, w = g.shape
    shape_rgb = np.array(((0.85, 0.1, 0.1), (0.1, 0.3, 0.85), (0.9, 0.55, 0.0), (0.1, 0.55, 0.2))[hue % 4])
    yy, xx = np.mgrid[0:h, 0:w] / max(h - 1, 1)
    bg = np.stack([0.95 - 0.25 * xx, 0.92 - 0.3 * yy, 0.7 + 0.25 * xx], axis=-1)  # pale, shapes stand out
    return g[..., None] * shape_rgb + (1.0 - g[..., None]) * bg
