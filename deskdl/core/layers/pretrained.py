"""The "pretrained base" node: a ``keras.applications`` model without its top, as one card (Issue 14).

Shapes and weight counts come from ``resources/applications/table.json``, written from Keras by
:mod:`deskdl.ml.applications_table` (and checked against Keras by ``tests/test_pretrained_keras.py``),
so the builder knows them exactly without TensorFlow. The Keras model is made by
:func:`deskdl.ml.pretrained.build_base`.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from deskdl.core.catalog import FixAction, Inferred, LayerKind, Note, ParamSpec, register
from deskdl.core.errors import ShapeError
from deskdl.core.i18n import N_, translator
from deskdl.core.layers.shapes import conv_length, fmt

_ = translator("catalog")

#: How each family expects its pixels (checked against keras/src/applications/*.py), keyed by the
#: keras.applications submodule whose preprocess_input the model needs.
_CAFFE = N_("'caffe' mode: colours turned from RGB to BGR, then the ImageNet mean subtracted from each "
            "channel, no scaling")
PREPROCESS = {
    "convnext": N_("a pass-through: the model rescales pixels itself (its first layers normalise 0-255 "
                   "pixels)"),
    "efficientnet": N_("a pass-through: the model rescales pixels itself (a Rescaling and a Normalization "
                       "layer inside it take 0-255 pixels)"),
    "efficientnet_v2": N_("a pass-through: the model rescales pixels itself (inside it, B0-B3 divide 0-255 "
                          "pixels by 255 and normalise each channel by the ImageNet mean and standard "
                          "deviation; S, M and L scale them to -1..1)"),
    "mobilenet_v3": N_("a pass-through: the model rescales pixels itself (a Rescaling layer inside it takes "
                       "0-255 pixels)"),
    "densenet": N_("'torch' mode: pixels scaled to 0-1, then each channel normalised by the ImageNet "
                   "mean and standard deviation"),
    "resnet": _CAFFE,
    "resnet50": _CAFFE,
    "vgg16": _CAFFE,
    "vgg19": _CAFFE,
}
_TF_MODE = N_("'tf' mode: pixels scaled from 0-255 to -1..1")


def preprocess_text(module: str) -> str:
    """What ``keras.applications.<module>.preprocess_input`` does, in words (in the chosen language)."""
    return _(PREPROCESS.get(module, _TF_MODE))


@functools.cache
def table() -> dict[str, Any]:
    """The applications table (resources/applications/table.json)."""
    from deskdl.paths import resource

    return json.loads(resource("applications", "table.json").read_text())


def application_names() -> tuple[str, ...]:
    """The keras.applications models the table knows, sorted (the node's choices)."""
    return tuple(sorted(table()))


def counts(name: str, trainable: bool, top: int, pretrained: bool = True,
           pooled: bool = False) -> tuple[int, int]:
    """(trainable, non-trainable) weights of the base, by the rules :func:`PretrainedBase` follows.

    ``trainable`` False freezes the whole base; True with ``top`` 0 trains all of it; True with
    ``top`` N > 0 trains only the last N layers of ``model.layers`` (the rest are frozen). A
    ``pretrained`` base keeps its BatchNormalization layers frozen even then (as Keras's fine-tuning
    guide advises): they are the layers that hold non-trainable weights (their moving statistics),
    and a frozen layer's weights all count as non-trainable. From scratch, every chosen layer trains.
    ``pooled``: Keras adds the global pooling layer (no weights) as the model's last layer, so it is
    one of the top N.
    """
    layers = table()[name]["layers"] + ([[0, 0]] if pooled else [])
    total = sum(t + n for t, n in layers)
    if not trainable:
        return 0, total
    chosen = layers if top == 0 else layers[-top:]
    train = sum(t for t, n in chosen if not (pretrained and n))
    return train, total - train


def out_side(name: str, side: int | None, axis: int) -> int | None:
    """Height (axis 0) or width (axis 1) of the last feature map for an input of ``side``."""
    n = side
    for step in table()[name]["spatial"]:
        if n is None:
            return None
        if step[0] == "pad":
            n = n + step[1][axis]
        elif step[0] == "cpad":  # imagenet_utils.correct_pad
            n = n + 2 * step[1][axis] - (1 - n % 2)
        else:
            _, k, s, padding, d = step
            n = conv_length(n, k[axis], s[axis], padding, d[axis])
    return n


def _infer(params, shapes):
    (shape,) = shapes
    name = params["application"]
    if name not in table():
        raise ShapeError(_("deskdl does not know the application model {name}").format(name=repr(name)),
                         _("pick one from the list of the application setting"))
    entry = table()[name]
    if len(shape) != 4:
        raise ShapeError(
            _("{name} needs pictures (height, width, 3 colour channels) but receives {shape}").format(
                name=name, shape=fmt(shape[1:])),
            _("feed it an image-shaped input, e.g. Input (32, 32, 3) or a Reshape to (28, 28, 1) followed "
              "by a Conv2D with 3 filters"))
    if shape[3] != 3:
        got = (_("{name} needs 3 colour channels (RGB) but receives {shape}: 1 channel") if shape[3] == 1 else
               _("{name} needs 3 colour channels (RGB) but receives {shape}: {n} channels"))
        raise ShapeError(
            got.format(name=name, shape=fmt(shape[1:]), n=shape[3]),
            _("insert a Conv2D with 3 filters and kernel_size 1x1 before it (it learns a colour mix), or "
              "use a colour data set"))
    least = entry["min_side"]
    for side in shape[1:3]:
        if side is not None and side < least:
            raise ShapeError(
                _("{name} needs pictures of at least {n} x {n} pixels but receives {shape}").format(
                    name=name, n=least, shape=fmt(shape[1:])),
                _("insert a Resizing layer to {n} x {n} (or larger) before it").format(n=least),
                action=FixAction(_("Insert Resizing to {n} x {n}").format(n=least), "insert_before",
                                 layer="Resizing", params={"height": least, "width": least}))
    top = params["fine_tune_top"]
    n_layers = len(entry["layers"]) + (params["pooling"] != "none")  # Keras's pooling layer is one more
    if entry["module"] == "efficientnet" and params["weights"] == "imagenet":
        from deskdl.core.pretrained_weights import weights_entry

        # with ImageNet weights Keras adds a Rescaling layer to the stem (no weights: counts stay)
        n_layers += bool((weights_entry(name, shape[1]) or {}).get("present"))
    if top > n_layers:
        raise ShapeError(_("fine_tune_top is {top} but {name} has only {n} layers").format(
                             top=top, name=name, n=n_layers),
                         _("set fine_tune_top to at most {n} (0 trains all of them)").format(n=n_layers))
    trainable, frozen = counts(name, params["trainable"], top, pretrained=params["weights"] == "imagenet",
                               pooled=params["pooling"] != "none")
    channels = entry["channels"]
    if params["pooling"] in ("avg", "max"):
        return Inferred((shape[0], channels), trainable, frozen)
    h, w = out_side(name, shape[1], 0), out_side(name, shape[2], 1)
    return Inferred((shape[0], h, w, channels), trainable, frozen)


def _advise(params, shapes):
    if params["weights"] != "imagenet" or params["application"] not in table():
        return ()
    from deskdl.core.pretrained_weights import weights_entry

    side = shapes[0][1] if shapes and len(shapes[0]) == 4 else None
    entry = weights_entry(params["application"], side)
    if entry is not None and entry["present"]:
        return ()
    from deskdl.core.pretrained_weights import models_dir

    return (Note(_("No ImageNet weights for {name} in the Keras cache ({folder}): it will start from random "
                   "weights, so it knows nothing yet and transfer learning will not help").format(
                       name=params["application"], folder=models_dir()),
                 _("import or download the weights (File > Pretrained Weights), or set weights to 'none' to "
                   "train it from scratch knowingly")),)


def _detail(params) -> str:
    """The chosen model's size, exact preprocessing, weights file and what trains, in words."""
    name = params["application"]
    if name not in table():
        return ""
    from deskdl.core.pretrained_weights import weights_entry

    entry = table()[name]
    module = entry["module"]
    weights = sum(t + n for t, n in entry["layers"])
    lines = [_("{name}: {layers} layers, {weights} weights, {channels} channels out; pictures at least "
               "{side} x {side} pixels.").format(name=name, layers=len(entry["layers"]),
                                                 weights=f"{weights:,}", channels=entry["channels"],
                                                 side=entry["min_side"]),
             _("Preprocessing: deskdl multiplies your 0-1 pixels by 255 and applies {module}'s "
               "preprocess_input (in keras.applications), which is {what}.").format(
                 module=module, what=preprocess_text(module))]
    if params["weights"] == "imagenet":  # no file path here: one long word would widen the panel
        info = weights_entry(name)
        lines.append(_("ImageNet weights: found in the Keras cache.") if info and info["present"] else
                     _("ImageNet weights: not found in the Keras cache, so it starts from random weights. "
                       "File > Pretrained Weights imports or downloads them."))
    else:
        lines.append(_("Weights: random (trained from scratch)."))
    if not params["trainable"]:
        lines.append(_("Trains: nothing in the base (frozen)."))
    else:
        top = params["fine_tune_top"]
        keep = params["weights"] == "imagenet"
        if top:
            line = (_("Trains: its last {n} layers, except BatchNormalization layers.") if keep else
                    _("Trains: its last {n} layers.")).format(n=top)
        else:
            line = (_("Trains: all its layers, except BatchNormalization layers.") if keep else
                    _("Trains: all its layers."))
        lines.append(line)
    return "\n".join(lines)


register(LayerKind(
    name="PretrainedBase",
    category="Pretrained",
    params=(
        ParamSpec("application", "choice", "MobileNetV2",
                  "Which keras.applications model to use, without its 1000-class ImageNet top.",
                  choices=application_names()),
        ParamSpec("weights", "choice", "imagenet",
                  "Where the base starts. 'imagenet': the weights Keras trained on about 1.28 million "
                  "ImageNet photos, if that file is in the Keras cache (if not, random weights, and the "
                  "Problems list says so). 'none': random weights, the same network trained from scratch.",
                  choices=("imagenet", "none")),
        ParamSpec("trainable", "bool", False,
                  "Off: the base is frozen and only the layers after it learn (feature extraction). "
                  "On: training also changes the base's weights (fine-tuning). A pretrained base's "
                  "BatchNormalization layers stay frozen even then, as Keras advises.",),
        ParamSpec("fine_tune_top", "int", 0,
                  "With trainable on: 0 trains every layer of the base; N trains only its last N "
                  "layers and keeps the earlier ones frozen.", min=0, max=10_000),
        ParamSpec("pooling", "choice", "avg",
                  "What the base gives out. 'avg' or 'max': one number per channel (global pooling), "
                  "ready for a Dense head; 'none': the last feature map (height, width, channels).",
                  choices=("avg", "max", "none")),
    ),
    infer=_infer,
    advise=_advise,
    detail=_detail,
    summary=("application", "weights", "trainable"),
    custom=True,
    teach="A network Keras already trained on ImageNet photos, reused as a ready-made feature "
          "extractor: its early layers find edges and textures, its later ones parts of objects. "
          "Frozen, only the small new head after it learns, which needs little data and time; "
          "fine-tuned (trainable on, best only the top layers at a small learning rate), it adapts too. "
          "It takes 3-channel pictures with pixels 0-1 and does its family's own preprocessing (below).",
))
