"""Write ``resources/applications/table.json``: every keras.applications model, for the builder.

The builder needs to know each model without TensorFlow (Issue 14, the pretrained base node).

For each model built with ``include_top=False, weights=None`` at 3 channels it records:

- ``module``: the ``keras.applications`` submodule whose ``preprocess_input`` the model expects;
- ``channels``: the channels of its last feature map;
- ``min_side``: the least input side Keras accepts;
- ``layers``: ``[trainable, non_trainable]`` weight counts of every layer in ``model.layers`` order
  (all trainable), so "fine-tune the top N layers" is counted exactly: a frozen layer's weights all
  become non-trainable, as Keras does;
- ``spatial``: the layers that change height and width along one path from input to output, each as
  ``["conv", kernel, stride, padding, dilation]`` per axis, ``["pad", total]`` (a ZeroPadding2D, or
  a Cropping2D as a negative total) or ``["cpad", k // 2]`` (Keras's ``correct_pad``: k//2 - 1 + k//2
  on an even size, 2 * (k//2) on an odd one), so the output size follows Keras's formulas.

Run ``python -m deskdl.ml.applications_table`` to write it again (minutes of CPU for all 40);
``tests/test_pretrained_keras.py`` compares the table with Keras.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

#: keras.applications name -> the submodule with its preprocess_input.
MODULES = {
    "ConvNeXtBase": "convnext", "ConvNeXtLarge": "convnext", "ConvNeXtSmall": "convnext",
    "ConvNeXtTiny": "convnext", "ConvNeXtXLarge": "convnext",
    "DenseNet121": "densenet", "DenseNet169": "densenet", "DenseNet201": "densenet",
    **{f"EfficientNetB{i}": "efficientnet" for i in range(8)},
    **{f"EfficientNetV2{s}": "efficientnet_v2" for s in ("B0", "B1", "B2", "B3", "L", "M", "S")},
    "InceptionResNetV2": "inception_resnet_v2", "InceptionV3": "inception_v3",
    "MobileNet": "mobilenet", "MobileNetV2": "mobilenet_v2",
    "MobileNetV3Large": "mobilenet_v3", "MobileNetV3Small": "mobilenet_v3",
    "NASNetLarge": "nasnet", "NASNetMobile": "nasnet",
    "ResNet101": "resnet", "ResNet152": "resnet", "ResNet50": "resnet50",
    "ResNet101V2": "resnet_v2", "ResNet152V2": "resnet_v2", "ResNet50V2": "resnet_v2",
    "VGG16": "vgg16", "VGG19": "vgg19", "Xception": "xception",
}
MIN_SIDE = {"InceptionV3": 75, "InceptionResNetV2": 75, "Xception": 71}

#: Families whose ZeroPadding2D comes from imagenet_utils.correct_pad (depends on the size's parity).
CORRECT_PAD = ("mobilenet_v2", "mobilenet_v3", "efficientnet", "nasnet")

_CONVS = ("Conv2D", "DepthwiseConv2D", "SeparableConv2D")
_POOLS = ("MaxPooling2D", "AveragePooling2D")


def _pair(v):
    return list(v) if isinstance(v, (list, tuple)) else [v, v]


def _spatial_step(layer, family):
    cls = type(layer).__name__
    cfg = layer.get_config()
    if cls in _CONVS:
        return ["conv", _pair(cfg["kernel_size"]), _pair(cfg["strides"]), cfg["padding"],
                _pair(cfg["dilation_rate"])]
    if cls in _POOLS:
        strides = cfg["strides"] if cfg["strides"] is not None else cfg["pool_size"]
        return ["conv", _pair(cfg["pool_size"]), _pair(strides), cfg["padding"], [1, 1]]
    if cls == "ZeroPadding2D":
        pads = [_pair(p) for p in cfg["padding"]]
        sizes = layer.input.shape[1:3]
        if family in CORRECT_PAD and all(
                n is not None and before == after - (1 - n % 2) for (before, after), n in zip(pads, sizes)):
            # imagenet_utils.correct_pad: (k//2 - 1, k//2) on an even size, (k//2, k//2) on an odd one
            return ["cpad", [after for _, after in pads]]
        return ["pad", [sum(p) for p in pads]]
    if cls == "Cropping2D":
        return ["pad", [-sum(_pair(c)) for c in cfg["cropping"]]]
    return None


def _steps_of(layer, family: str) -> list:
    """A layer's spatial steps; a nested model's are its own layers' (ConvNeXt's stem and downsampling)."""
    import keras

    if isinstance(layer, keras.Sequential):
        return [s for inner in layer.layers for s in _steps_of(inner, family)]
    if isinstance(layer, keras.Model):
        return _path(layer, family)
    step = _spatial_step(layer, family)
    return [step] if step is not None else []


def _path(model, family: str) -> list:
    """Spatial steps from the input to the output along each layer's first input."""
    steps = []
    tensor = model.outputs[0]
    while True:
        layer = tensor._keras_history.operation
        if type(layer).__name__ == "InputLayer":
            break
        steps.extend(reversed(_steps_of(layer, family)))
        inp = layer.input
        tensor = inp[0] if isinstance(inp, (list, tuple)) else inp
    return steps[::-1]


def _count(weights) -> int:
    return sum(math.prod(w.shape) for w in weights)


def describe(name: str) -> dict:
    """The table entry of ``keras.applications.<name>`` (builds it once, random weights)."""
    import keras

    side = max(MIN_SIDE.get(name, 32), 32)
    model = getattr(keras.applications, name)(include_top=False, weights=None,
                                              input_shape=(side, side, 3))
    weights = {str(s): _weights_file(name, s) for s in WEIGHT_SIDES.get(name, (224,))}
    return {
        "module": MODULES[name],
        "channels": int(model.outputs[0].shape[-1]),
        "min_side": side,
        "layers": [[_count(layer.trainable_weights), _count(layer.non_trainable_weights)]
                   for layer in model.layers],
        "spatial": _path(model, MODULES[name]),
        "weights": weights,
    }


#: MobileNet and MobileNetV2 have ImageNet weights for several input sides (others load the 224 ones).
WEIGHT_SIDES = {"MobileNet": (128, 160, 192, 224), "MobileNetV2": (96, 128, 160, 192, 224)}


def _weights_file(name: str, side: int) -> dict:
    """The file keras.applications.<name> asks ``get_file`` for (no top, ImageNet): name, URL, hash.

    Caught by standing in for ``get_file`` and ``load_weights`` while Keras builds the model, so
    it is exactly what Keras would download, and nothing is downloaded.
    """
    import keras
    from keras.src.utils import file_utils

    seen = {}

    def fake_get_file(fname=None, origin=None, *args, **kwargs):
        named = dict(zip(("untar", "md5_hash", "file_hash", "cache_subdir"), args), **kwargs)
        seen.update(file=fname, url=origin, hash=named.get("file_hash") or named.get("md5_hash"),
                    subdir=named.get("cache_subdir", "datasets"))
        return "unused"

    real_get, real_load = file_utils.get_file, keras.Model.load_weights
    file_utils.get_file = fake_get_file
    keras.Model.load_weights = lambda self, *a, **k: None
    try:
        getattr(keras.applications, name)(include_top=False, weights="imagenet",
                                          input_shape=(side, side, 3))
    finally:
        file_utils.get_file, keras.Model.load_weights = real_get, real_load
    return seen


def table_path() -> Path:
    """Where the table lives (resources/applications/table.json)."""
    from deskdl.paths import resource

    return resource("applications", "table.json")


def main(argv: list[str] | None = None) -> int:
    """Describe the models named in ``argv`` (all of them by default) into the table."""
    names = list(argv if argv is not None else sys.argv[1:]) or sorted(MODULES)
    path = table_path()
    table = json.loads(path.read_text()) if path.exists() else {}
    for name in names:
        import keras

        keras.backend.clear_session()
        table[name] = describe(name)
        print(name, len(table[name]["layers"]), "layers", flush=True)
        _write(path, table)  # after each model: an interrupted run keeps what it measured
    return 0


def _write(path: Path, table: dict) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(dict(sorted(table.items())), separators=(",", ":")) + "\n")
    tmp.replace(path)


if __name__ == "__main__":
    raise SystemExit(main())
