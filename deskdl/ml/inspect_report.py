"""The Inspect tab's work on the Keras thread: what it asks of a model, answered in copies.

:mod:`deskdl.qt.inspect.panel` asks its worker to run these (layer lists and examples,
snapshots, feature maps, saliency, activation maximisation, neuron pictures) and shows
what comes back. The computations themselves are :mod:`deskdl.ml.inspect`'s.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

#: Test examples sent to the GUI for the example pickers.
N_EXAMPLES = 200
#: Resolution of the per-neuron pictures.
NEURON_RES = 48


def describe_model(model: Any, data: Mapping[str, Any]) -> dict[str, Any]:
    """Runs on the Keras thread: layer lists, input shape, classes and some test examples (copies)."""
    from deskdl.ml import datasets
    from deskdl.ml import inspect as ml

    shape = tuple(int(s) for s in model.inputs[0].shape[1:])
    info: dict[str, Any] = {
        "input_shape": shape, "conv": ml.conv_layers(model), "dense": ml.dense_layers(model),
        "maps": [ly.name for ly in model.layers if ml.layer_type(ly) in ml.MAP_TYPES],
        "last": model.layers[-1].name, "outputs": int(model.outputs[0].shape[-1]),
        "conv_filters": {n: int(model.get_layer(n).filters) for n in ml.conv_layers(model)},
    }
    try:
        bundle = datasets.load_config(data)
    except Exception:  # noqa: BLE001 - the views still work without examples
        bundle = None
    if bundle is not None and tuple(bundle.input_shape) == shape:
        info.update(x=np.asarray(bundle.x_test[:N_EXAMPLES], np.float32).copy(),
                    y=np.asarray(bundle.y_test[:N_EXAMPLES]).copy(), class_names=list(bundle.class_names),
                    value_range=(float(min(0.0, bundle.x_train.min())), float(bundle.x_train.max())),
                    sample=np.asarray(bundle.x_train[:256], np.float32).copy(), kind=bundle.kind)
    return info


def snapshot_now(model: Any, sample: Any, epoch: int) -> dict[str, Any]:
    """Runs on the Keras thread: one snapshot of the model as it is now (same payload as live ones)."""
    from deskdl.ml import inspect as ml

    x = sample if sample is not None else np.zeros((1, *model.inputs[0].shape[1:]), np.float32)
    return ml.snapshot_maker(model, x)(epoch)


def maps_of(model: Any, x: np.ndarray) -> dict[str, Any]:
    """Runs on the Keras thread: feature maps and the final output for one input."""
    from deskdl.ml import inspect as ml

    maps, out = ml.feature_maps(model, x)
    return {"maps": maps, "probs": out}


def saliency_of(model: Any, x: np.ndarray, class_index: int | None) -> dict[str, Any]:
    """Runs on the Keras thread: the saliency map and the class it explains."""
    from deskdl.ml import inspect as ml

    s, c, logit = ml.saliency(model, x, class_index)
    return {"map": s, "class": c, "logit": logit}


def excite(model: Any, layer: str | None, index: int, steps: int, value_range: tuple[float, float],
           progressed: Callable[[dict[str, Any]], None], stop: threading.Event) -> dict[str, Any]:
    """Runs on the Keras thread: gradient ascent, passing ``{"step", "image"}`` to ``progressed`` as it goes.

    The Inspect tab passes a signal's ``emit``, so each picture is queued to the GUI thread.
    """
    from deskdl.ml import inspect as ml

    def report(step: int, img: np.ndarray) -> None:
        progressed({"step": int(step), "image": img})

    start = ml.maximize_activation(model, layer, index, steps=0, value_range=value_range)  # the same noise
    img = ml.maximize_activation(model, layer, index, steps=steps, callback=report, every=5,
                                 value_range=value_range, should_stop=stop.is_set)
    return {"image": img, "value": ml.target_activation(model, layer, index, img),
            "start": ml.target_activation(model, layer, index, start)}


def neurons_of(model: Any) -> dict[str, Any]:
    """Runs on the Keras thread: every hidden Dense unit over the 2-D plane."""
    from deskdl.core import datagen
    from deskdl.ml import inspect as ml

    grid, extent = datagen.grid_2d(NEURON_RES, datagen.EXTENT_2D)
    return {"layers": ml.neuron_boundaries(model, grid), "extent": extent}
