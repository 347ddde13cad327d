"""Every sentence the Convolution lab shows, in one place (DESIGN.md §7)."""

from __future__ import annotations

from deskdl.core.i18n import N_, translator

_ = translator("qt.inspect.conv_texts")


def shown(text: str) -> str:
    """One of this module's texts (marked with ``N_``) in the chosen language."""
    return _(text)

INTRO = (N_("A convolution slides a small grid of numbers, the kernel, over the picture. At each place it "
         "multiplies each pixel under the kernel by the number on top of it and adds the products up: "
         "that sum is one pixel of the output, the feature map. A Conv2D layer does exactly this, and "
         "training learns the numbers in its kernels (Keras calls them filters: its filters setting is "
         "how many kernels a layer has)."))

INPUT_TITLE = N_("Input picture")
KERNEL_TITLE = N_("Kernel")
OUTPUT_TITLE = N_("Output (feature map)")

INPUT_CAPTION = (N_("Dark pixels hold high values (ink), white ones 0. The orange square is the window the "
                 "kernel covers now. With padding 'same' the dashed frame marks the zeros added around the "
                 "picture."))
INPUT_CAPTION_RGB = (N_("A colour picture has 3 channels (red, green, blue), so the kernel has 3 slices: "
                     "one per channel. Each slice works on its channel and the 3 sums are added into one "
                     "output pixel."))
KERNEL_CAPTION = N_("Red = positive weight, blue = negative, white = 0. Type in the table to change a "
                    "number.")
OUTPUT_CAPTION = (N_("Red = positive sum, blue = negative, white = 0 (the colour bar shows the scale, the "
                  "same for every map of this layer). Click a pixel to see its sum. A real Conv2D layer "
                  "then adds a bias to every pixel and applies its activation, such as ReLU."))

STEP_TIP = N_("Move the window to the next position and show its arithmetic.")
ANIMATE_TIP = N_("Slide the window over the whole picture, one position after another.")
SHOW_ALL_TIP = N_("Stop the sweep and show the whole feature map at once.")
ADD_TIP = (N_("A Conv2D layer is a bank of kernels: each one makes its own feature map from the same input. "
           "Add another kernel to see it."))
REMOVE_TIP = N_("Remove the kernel you are editing from the layer.")
STRIDE_TIP = N_("How many pixels the window jumps each step. Stride 2 roughly halves the output size.")
PADDING_TIP = (N_("valid: the window stays inside the picture, so the output shrinks. same: zeros are added "
               "around the picture so that, with stride 1, the output is as big as the input."))
SIZE_TIP = (N_("Kernel size. A 3x3 preset in a 5x5 kernel gets a frame of zeros: the same sums, but the "
            "window reaches further, so 'valid' outputs shrink more."))
DOES_NOT_FIT = N_("A {k}x{k} kernel does not fit in a {h}x{w} picture without padding: choose padding "
                  "'same'.")
SOURCE_TIP = N_("The picture to convolve: a sample from a data set, or your own drawing.")
SLICE_TIP = N_("Which slice of the kernel the table edits: the one for the red, green or blue channel.")

BANK_TITLE = N_("This layer's kernels: one feature map each")
CUSTOM = N_("Your own (type numbers)")
CUSTOM_EXPLANATION = N_("Your own numbers: watch what the output does when you change them.")
DRAW_HINT = N_("Draw with the mouse; the picture is shrunk to {size}x{size} pixels.")
CLEAR = N_("Clear")

SOURCES = {
    "digits": N_("Handwritten digits (8x8)"),
    "shapes": N_("Shapes (28x28)"),
    "mnist": N_("MNIST digits (28x28)"),
    "fashion_mnist": N_("Fashion-MNIST (28x28)"),
    "cifar10": N_("CIFAR-10 photo (32x32 colour)"),
    "colour": N_("Coloured shape (28x28 colour)"),
    "draw": N_("Your drawing (28x28)"),
}

CHANNELS = (N_("red"), N_("green"), N_("blue"))


def position_text(row: int, col: int, rows: int, cols: int, top: int, left: int, k: int) -> str:
    """The header above the arithmetic: where the window is and which output pixel it makes."""
    text = _("Output pixel row {row}, column {col} (position {pos} of {total}): "
             "the window covers input rows {top}..{bottom}, columns {left}..{right}").format(
        row=row, col=col, pos=row * cols + col + 1, total=rows * cols, top=top, bottom=top + k - 1,
        left=left, right=left + k - 1)
    return text + (_(" (negative = padding zeros)") if min(top, left) < 0 else "") + "."


def shape_text(h: int, w: int, k: int, stride: int, out_h: int, out_w: int, formula: str,
               n_filters: int) -> str:
    """Under the output: its size and the formula that gives it."""
    maps = _("1 feature map") if n_filters == 1 else _("{n} feature maps").format(n=n_filters)
    return (_("{h} x {w} input, {k} x {k} kernel, stride {stride} → {maps} of {out_h} x {out_w}.").format(
        h=h, w=w, k=k, stride=stride, maps=maps, out_h=out_h, out_w=out_w) + "\n"
        + _("Per side, {formula}").format(formula=formula))
