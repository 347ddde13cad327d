"""Preprocessing layers: scale inputs and augment images inside the model."""

from __future__ import annotations

from deskdl.core.catalog import Inferred, LayerKind, ParamSpec, register
from deskdl.core.errors import ShapeError
from deskdl.core.i18n import translator
from deskdl.core.layers.shapes import axis_index, fmt, image_rank_error

_ = translator("catalog")


def _same(params, shapes):
    return Inferred(tuple(shapes[0]))


register(LayerKind(
    name="Rescaling",
    category="Preprocessing",
    params=(
        ParamSpec("scale", "float", 1 / 255, "Every value is multiplied by this (1/255 turns "
                  "pixel values 0-255 into 0-1)."),
        ParamSpec("offset", "float", 0.0, "Added after scaling (e.g. -1 with scale 1/127.5 "
                  "gives values from -1 to 1)."),
    ),
    infer=_same,
    summary=("scale", "offset"),
    teach="Multiplies every value by a fixed number and adds an offset. Networks learn best "
          "from small numbers, so raw pixels (0 to 255) are usually scaled to 0 to 1 first.",
))


def _normalization(params, shapes):
    (shape,) = shapes
    axis = params["axis"]
    mean, variance = params.get("mean"), params.get("variance")
    if (mean is None) != (variance is None):
        given, missing = ("mean", "variance") if variance is None else ("variance", "mean")
        raise ShapeError(
            _("Normalization has a {given} but no {missing}; it needs both or neither").format(
                given=given, missing=missing),
            _("set {missing} too, or clear {given} to measure both from the data (adapt)").format(
                given=given, missing=missing))
    if axis is None:
        d = 1
    else:
        idx = axis_index("Normalization", axis, shape)
        d = shape[idx]
        if d is None:
            raise ShapeError(_("Normalization needs a fixed size on axis {axis}, but it is variable").format(
                                 axis=axis),
                             _("give the Input a fixed size on that axis, or set axis to none"))
    if mean is None:
        return Inferred(tuple(shape), 0, 2 * d + 1)
    for name, values in (("mean", mean), ("variance", variance)):
        n = len(values) if isinstance(values, (list, tuple)) else 1
        if n not in (1, d):
            raise ShapeError(
                _("Normalization {name} has {n} values but axis {axis} of its input {shape} has {d} "
                  "channels").format(name=name, n=n, axis=axis, shape=fmt(shape[1:]), d=d),
                _("give one {name} per channel ({d} values), or a single value for all").format(
                    name=name, d=d),
            )

    def layout(v):  # Keras compares the shapes: a bare number is (), a list of n is (n,)
        return len(v) if isinstance(v, (list, tuple)) else None

    def layout_text(v):
        n = layout(v)
        return _("a single number") if n is None else _("a list of {n}").format(n=n)

    if layout(mean) != layout(variance):
        raise ShapeError(
            _("Normalization has {mean} as mean but {variance} as variance; Keras needs both written the "
              "same way").format(mean=layout_text(mean), variance=layout_text(variance)),
            _("give both one value per channel ({d}), or both a single number").format(d=d),
        )
    return Inferred(tuple(shape))  # given statistics are constants, not weights


register(LayerKind(
    name="Normalization",
    category="Preprocessing",
    params=(
        ParamSpec("axis", "int", -1, "The axis whose values each get their own mean and "
                  "variance; -1 is the last, none uses one mean for everything.", nullable=True),
        ParamSpec("mean", "floats", None, "The mean to subtract, one per channel (or one for all), "
                  "e.g. ImageNet's [0.485, 0.456, 0.406] for pixels scaled to 0-1; empty measures it "
                  "on the training data (adapt).", nullable=True),
        ParamSpec("variance", "floats", None, "The variance to divide by (after its square root), "
                  "one per channel (or one for all); set it together with mean.", min=0.0,
                  nullable=True),
        ParamSpec("invert", "bool", False, "Undo a normalization instead: multiply by the spread and "
                  "add the mean back (to turn a model's outputs into real units)."),
    ),
    infer=_normalization,
    summary=("axis",),
    teach="Shifts and scales each feature to mean 0 and spread 1: (x - mean) / √variance. Without "
          "a given mean and variance it measures them on the training data before training "
          "(adapt) and stores them in the model, not trained; with them (as pretrained models "
          "such as ConvNeXt use ImageNet's statistics) it stores nothing.",
))


def _image_same(layer: str):
    def infer(params, shapes):
        (shape,) = shapes
        if len(shape) != 4:
            # the subject of "... needs an image-shaped input" names what the layer does, in any language
            raise image_rank_error(_("{layer} augments images and").format(layer=layer), shape, 2)
        return Inferred(tuple(shape))
    return infer


def _factor(name: str, default: float | None, help_text: str, *, nullable: bool = False) -> ParamSpec:
    return ParamSpec(name, "float", default, help_text, min=0.0, max=0.9, nullable=nullable)


#: How the pixels that move in from outside the picture are made (Keras's fill_mode, interpolation,
#: fill_value); shared by the layers that move pixels (rotation, zoom, translation).
_FILL = (
    ParamSpec("fill_mode", "choice", "reflect", "How the corners and edges that move in from outside "
              "the picture are filled: 'reflect' mirrors the picture at its edge (d c b a | a b c d), "
              "'wrap' repeats it from the opposite edge (a b c d | a b c d), 'nearest' repeats the "
              "edge pixel (a a a a | a b c d), 'constant' uses fill_value.",
              choices=("reflect", "wrap", "constant", "nearest")),
    ParamSpec("interpolation", "choice", "bilinear", "How a pixel that falls between grid points is "
              "read: 'bilinear' blends the four nearest pixels (smooth), 'nearest' takes the closest "
              "one (sharp, blocky).", choices=("bilinear", "nearest")),
    ParamSpec("fill_value", "float", 0.0, "The value of the filled pixels when fill_mode is "
              "'constant' (0 is black for pixels scaled to 0-1)."),
)

_AUG = (" It is active only during training, so the network sees a slightly different version "
        "of each picture every epoch and overfits less.")
#: Augmentation must keep the label true; each layer says how it could break that.
_KEEP_LABEL = " The changed picture keeps its label, so the change must not alter what it shows: "

register(LayerKind(
    name="RandomFlip",
    category="Preprocessing",
    params=(ParamSpec("mode", "choice", "horizontal", "Which mirror images are allowed: "
                      "left-right, up-down, or both. Only use a flip that keeps the label true "
                      "(a mirrored 2 or 7 is no longer that digit).",
                      choices=("horizontal", "vertical", "horizontal_and_vertical")),),
    infer=_image_same("RandomFlip"),
    summary=("mode",),
    teach="Mirrors each image at random." + _AUG + _KEEP_LABEL + "a mirrored cat is still a cat, "
          "but a mirrored 2, 3 or 7 is no longer that digit, so do not flip digits or letters.",
))

register(LayerKind(
    name="RandomRotation",
    category="Preprocessing",
    params=(_factor("factor", 0.1, "The largest turn, as a fraction of a full circle "
                    "(0.1 = up to 36 degrees either way)."), *_FILL),
    infer=_image_same("RandomRotation"),
    summary=("factor",),
    teach="Turns each image by a random angle." + _AUG + _KEEP_LABEL + "keep the angle small "
          "for digits, since a 6 turned half way round reads as a 9.",
))

register(LayerKind(
    name="RandomZoom",
    category="Preprocessing",
    params=(
        _factor("height_factor", 0.1, "The largest zoom in or out vertically, as a fraction "
                "(0.1 = up to 10%)."),
        _factor("width_factor", None, "The same horizontally; empty keeps the image's proportions.",
                nullable=True),
        *_FILL,
    ),
    infer=_image_same("RandomZoom"),
    summary=("height_factor",),
    teach="Zooms each image in or out by a random amount." + _AUG + _KEEP_LABEL + "zooming in "
          "too far can cut off the part that tells the classes apart.",
))

register(LayerKind(
    name="RandomTranslation",
    category="Preprocessing",
    params=(
        _factor("height_factor", 0.1, "The largest shift up or down, as a fraction of the height."),
        _factor("width_factor", 0.1, "The largest shift left or right, as a fraction of the width."),
        *_FILL,
    ),
    infer=_image_same("RandomTranslation"),
    summary=("height_factor", "width_factor"),
    teach="Shifts each image by a random amount." + _AUG + _KEEP_LABEL + "a shift must not push "
          "the object out of the picture.",
))

