"""Looking inside a trained (or training) Keras model: filters, feature maps, saliency, and more.

Every function here runs on the Keras thread (``TrainingHost.call`` in the app,
or inside the training callback for live snapshots) and returns plain NumPy
copies, so the results may cross to the GUI thread. No Qt here.

Conventions:

* Images keep the model's own input layout (``(h, w, c)`` or ``(steps, c)``).
* Histograms use fixed bin edges (:data:`WEIGHT_EDGES`, :data:`ACTIVATION_EDGES`)
  so that epochs can be compared bin by bin; values outside the range are
  counted in the end bins (an exploding layer piles up at the edges).
* A ReLU unit is *dead* for a batch when it outputs exactly 0 for every sample
  (and, for conv layers, at every position too).
"""

from __future__ import annotations

import math
import time
import weakref
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

#: Bin edges for weight histograms: -1.5 .. 1.5 in 60 bins (out-of-range values go to the end bins).
WEIGHT_EDGES = np.linspace(-1.5, 1.5, 61).astype(np.float32)
#: Bin edges for activation histograms: -4 .. 8 in 96 bins (ReLU outputs are mostly >= 0).
ACTIVATION_EDGES = np.linspace(-4.0, 8.0, 97).astype(np.float32)
#: Layer types whose outputs the feature-map view shows.
MAP_TYPES = ("Conv1D", "Conv2D", "SeparableConv2D", "DepthwiseConv2D", "MaxPooling1D", "MaxPooling2D",
             "AveragePooling1D", "AveragePooling2D")
CONV_TYPES = ("Conv1D", "Conv2D")
#: Dense kernels bigger than this are left out of live snapshots (too much to send every epoch).
MAX_SNAPSHOT_KERNEL = 100_000
#: Activation values per layer that go into one histogram (a strided subset beyond that).
MAX_HISTOGRAM_VALUES = 65_536
#: Share of training time live snapshots may take (see :func:`snapshot_maker`).
SNAPSHOT_BUDGET = 0.05
#: Filters sent per conv layer in a live snapshot (at most).
MAX_SNAPSHOT_FILTERS = 64

_SUBMODELS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


# ------------------------------------------------------------------ small helpers
def layer_type(layer: Any) -> str:
    """The Keras class name of a layer (``Conv2D``, ``Dense``, ...)."""
    return type(layer).__name__


def conv_layers(model: Any) -> list[str]:
    """Names of the Conv1D/Conv2D layers, in model order."""
    return [ly.name for ly in model.layers if layer_type(ly) in CONV_TYPES]


def dense_layers(model: Any) -> list[str]:
    """Names of the Dense layers, in model order."""
    return [ly.name for ly in model.layers if layer_type(ly) == "Dense"]


def activation_name(layer: Any) -> str:
    """``relu``, ``softmax``, ... of a layer (``linear`` when it has none; ``relu`` for ReLU layers)."""
    if layer_type(layer) == "ReLU":
        return "relu"
    act = getattr(layer, "activation", None)
    return str(getattr(act, "__name__", "linear") or "linear") if act is not None else "linear"


def _cached(model: Any, key: str, make: Callable[[], Any]) -> Any:
    try:
        per_model = _SUBMODELS.setdefault(model, {})
    except TypeError:  # not weak-referenceable: no cache
        return make()
    if key not in per_model:
        per_model[key] = make()
    return per_model[key]


def _as_batch(model: Any, x: np.ndarray) -> np.ndarray:
    """``x`` as a float32 batch with the model's input shape (a single example gets a batch axis)."""
    want = tuple(model.inputs[0].shape[1:])
    a = np.asarray(x, np.float32)
    if a.shape == want:
        return a[None]
    if a.ndim == len(want) + 1:
        return a
    n = int(np.prod(want))
    return a.reshape(-1, *want) if a.size % n == 0 else a


# ------------------------------------------------------------------ filters
def conv_filters(model: Any, layer_name: str, mode: str = "per_channel") -> np.ndarray:
    """The kernels of a Conv1D/Conv2D layer with the output filter first.

    Returns ``(filters, kh, kw, channels)`` for Conv2D (``(filters, k, channels)``
    for Conv1D) with ``mode="per_channel"``, or the mean over input channels,
    ``(filters, kh, kw)`` / ``(filters, k)``, with ``mode="mean"``.
    """
    layer = model.get_layer(layer_name)
    if layer_type(layer) not in CONV_TYPES:
        raise ValueError(f"{layer_name} is a {layer_type(layer)}, not a Conv1D/Conv2D layer")
    k = np.asarray(layer.get_weights()[0], np.float32)  # (kh, kw, cin, filters) / (k, cin, filters)
    k = np.moveaxis(k, -1, 0).copy()
    return k.mean(axis=-1) if mode == "mean" else k


# ------------------------------------------------------------------ feature maps
def _maps_model(model: Any):
    import keras

    def make():
        layers = [ly for ly in model.layers if layer_type(ly) in MAP_TYPES]
        outs = [ly.output for ly in layers] + list(model.outputs)
        return [ly.name for ly in layers], [layer_type(ly) for ly in layers], \
            keras.Model(model.inputs[0], outs)
    return _cached(model, "maps", make)


def feature_maps(model: Any, x: np.ndarray) -> tuple[list[tuple[str, str, np.ndarray]], np.ndarray]:
    """Activations of every conv/pool layer for one input, and the model's final output.

    Returns ``([(layer name, layer type, activations without batch axis), ...], outputs)``;
    the sub-model is built once per model and cached.
    """
    names, types, sub = _maps_model(model)
    outs = sub(_as_batch(model, x)[:1], training=False)
    outs = outs if isinstance(outs, (list, tuple)) else [outs]
    arrays = [np.asarray(o)[0].astype(np.float32) for o in outs]
    return list(zip(names, types, arrays[:-1])), arrays[-1].copy()


# ------------------------------------------------------------------ saliency
def _logits_fn(model: Any):
    """``f(x) -> scores``: pre-softmax logits if the last layer is a softmax Dense, else the outputs."""
    import keras

    last = model.layers[-1]
    if layer_type(last) == "Dense" and activation_name(last) == "softmax":
        def make():
            return keras.Model(model.inputs[0], last.input)
        body = _cached(model, "penultimate", make)

        def logits(x):
            h = body(x, training=False)
            out = keras.ops.matmul(h, last.kernel)
            return out + last.bias if last.use_bias else out
        return logits, True
    return (lambda x: model(x, training=False)), False


def saliency(model: Any, x: np.ndarray, class_index: int | None = None) -> tuple[np.ndarray, int, bool]:
    """``|d score / d input|`` for one example: which input values change the class score most.

    The score is the class's pre-softmax logit when the last layer is a Dense
    with softmax (the logit is computed from that layer's linear part; a
    probability saturates near 1 and its gradient vanishes), otherwise the
    model's output for that class (or its single output).

    Returns ``(map with the example's shape, class index used, used_logit)``;
    ``class_index=None`` uses the predicted class.
    """
    import tensorflow as tf

    xb = tf.convert_to_tensor(_as_batch(model, x)[:1])
    f, used_logit = _logits_fn(model)
    with tf.GradientTape() as tape:
        tape.watch(xb)
        scores = f(xb)
        scores = tf.reshape(scores, (1, -1))
        if class_index is None:
            class_index = int(tf.argmax(scores[0]))
        target = scores[0, int(class_index)]
    g = tape.gradient(target, xb)
    return np.abs(np.asarray(g)[0]).astype(np.float32), int(class_index), used_logit


# ------------------------------------------------------------------ activation maximisation
def _target_fn(model: Any, layer_name: str | None, index: int):
    """``f(x) -> scalar`` to maximise: a filter's mean activation, a unit, or a class logit."""
    import keras

    if layer_name is None or layer_name == model.layers[-1].name:
        f, _ = _logits_fn(model)
        return lambda x: f(x)[0, index]
    layer = model.get_layer(layer_name)
    sub = _cached(model, f"out:{layer_name}", lambda: keras.Model(model.inputs[0], layer.output))

    def target(x):
        a = sub(x, training=False)[0]
        return keras.ops.mean(a[..., index])
    return target


def target_activation(model: Any, layer_name: str | None, index: int, x: np.ndarray) -> float:
    """The value :func:`maximize_activation` pushes up, for one input (to compare before/after)."""
    f = _target_fn(model, layer_name, index)
    return float(np.asarray(f(_as_batch(model, x)[:1])))


def _blur(x, tf):
    """A mild 3x3 (or 3-tap) box blur per channel, keeping the shape."""
    if x.shape.rank == 4:
        c = int(x.shape[-1])
        k = tf.ones((3, 3, c, 1), x.dtype) / 9.0
        return tf.nn.depthwise_conv2d(x, k, [1, 1, 1, 1], "SAME")
    if x.shape.rank == 3:
        c = int(x.shape[-1])
        k = tf.ones((3, c, 1), x.dtype) / 3.0
        return tf.concat([tf.nn.conv1d(x[..., i:i + 1], k[:, i:i + 1, :], 1, "SAME") for i in range(c)], -1)
    return x


def maximize_activation(model: Any, layer_name: str | None, index: int, steps: int = 200, lr: float = 0.05,
                        callback: Callable[[int, np.ndarray], Any] | None = None, every: int = 10,
                        value_range: tuple[float, float] = (0.0, 1.0), l2: float = 1e-3,
                        blur_every: int = 8, seed: int = 0, should_stop: Callable[[], bool] | None = None,
                        ) -> np.ndarray:
    """Gradient ascent on the input: the picture that excites a filter (or a class) most.

    Starts from a faint random image in the middle of ``value_range`` and takes
    ``steps`` normalised gradient steps on ``target - l2 * |x|^2``, blurring
    mildly every ``blur_every`` steps (keeps the picture smooth instead of
    high-frequency noise) and clipping to ``value_range``. ``layer_name=None``
    (or the last layer) means "class ``index``" (its logit); otherwise ``index``
    is a filter / unit of that layer (its mean activation is maximised).

    ``callback(step, image)`` gets a copy every ``every`` steps and at the end;
    ``should_stop()`` returning True ends early. Returns the image (input shape).
    """
    import tensorflow as tf

    lo, hi = float(value_range[0]), float(value_range[1])
    shape = tuple(int(s) for s in model.inputs[0].shape[1:])
    rng = np.random.default_rng(seed)
    start = (lo + hi) / 2 + 0.05 * (hi - lo) * rng.standard_normal((1, *shape))
    x = tf.Variable(start.astype(np.float32))
    f = _target_fn(model, layer_name, int(index))
    step_size = lr * (hi - lo)

    @tf.function
    def ascend():
        with tf.GradientTape() as tape:
            value = f(x) - l2 * tf.reduce_sum(tf.square(x - (lo + hi) / 2))
        g = tape.gradient(value, x)
        g = g / (tf.math.reduce_std(g) + 1e-8)
        x.assign(tf.clip_by_value(x + step_size * g, lo, hi))
        return value

    for step in range(1, int(steps) + 1):
        ascend()
        if blur_every and step % blur_every == 0 and step < steps:
            x.assign(_blur(tf.convert_to_tensor(x), tf))
        if callback is not None and (step % max(int(every), 1) == 0 or step == steps):
            callback(step, np.asarray(x)[0].copy())
        if should_stop is not None and should_stop():
            break
    return np.asarray(x)[0].copy()


# ------------------------------------------------------------------ dense layers and statistics
def dense_weights(model: Any) -> list[tuple[str, np.ndarray, np.ndarray | None]]:
    """``(layer name, kernel (inputs, units), bias or None)`` for every Dense layer."""
    out = []
    for ly in model.layers:
        if layer_type(ly) == "Dense":
            w = ly.get_weights()
            out.append((ly.name, np.asarray(w[0], np.float32).copy(),
                        np.asarray(w[1], np.float32).copy() if len(w) > 1 else None))
    return out


def _weighted_layers(model: Any) -> list[Any]:
    return [ly for ly in model.layers if ly.weights and layer_type(ly) not in ("BatchNormalization",)]


def histogram(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Counts over fixed ``edges``; values outside fall into the first / last bin."""
    v = np.clip(np.asarray(values, np.float32).ravel(), edges[0], edges[-1])
    return np.histogram(v, bins=edges)[0].astype(np.int64)


def weight_histograms(model: Any, edges: np.ndarray = WEIGHT_EDGES) -> dict[str, dict[str, Any]]:
    """Per layer with weights: kernel histogram over fixed ``edges``, mean and std of the kernel."""
    out = {}
    for ly in _weighted_layers(model):
        k = np.asarray(ly.weights[0].numpy(), np.float32)
        out[ly.name] = {"counts": histogram(k, edges), "mean": float(k.mean()), "std": float(k.std()),
                        "type": layer_type(ly)}
    return out


def _stats_model(model: Any):
    import keras
    import tensorflow as tf

    def make():
        layers = [ly for ly in model.layers if layer_type(ly) in ("Dense", "ReLU", *MAP_TYPES[:4])]
        sub = keras.Model(model.inputs[0], [ly.output for ly in layers])
        spec = tf.TensorSpec((None, *model.inputs[0].shape[1:]), tf.float32)
        # Compiled once: an eager call of a functional model costs ~20 ms, this ~1 ms (live snapshots).
        run = tf.function(lambda x: sub(x, training=False), input_signature=[spec], reduce_retracing=True)
        return [ly.name for ly in layers], [activation_name(ly) for ly in layers], run
    return _cached(model, "stats", make)


def activation_stats(model: Any, x_sample: np.ndarray, edges: np.ndarray = ACTIVATION_EDGES,
                     ) -> dict[str, dict[str, Any]]:
    """Per Dense / conv / ReLU layer, on a batch of inputs: histogram, mean, std and dead ReLU units.

    ``dead`` counts units (channels for conv layers) whose output is 0 for every
    sample and position; it is -1 for layers without a ReLU (they cannot die).
    """
    names, acts, sub = _stats_model(model)
    if not names:
        return {}
    outs = sub(_as_batch(model, x_sample))
    outs = outs if isinstance(outs, (list, tuple)) else [outs]
    result = {}
    for name, act, o in zip(names, acts, outs):
        a = np.asarray(o, np.float32)
        units = int(a.shape[-1])
        if act == "relu":
            alive = np.any(a.reshape(-1, units) > 0, axis=0)
            dead = int(units - alive.sum())
        else:
            dead = -1
        flat = a.ravel()
        flat = flat[:: max(1, flat.size // MAX_HISTOGRAM_VALUES)]  # a spread-out subset keeps it fast
        result[name] = {"counts": histogram(flat, edges), "mean": float(flat.mean()),
                        "std": float(flat.std()), "dead": dead, "units": units, "activation": act}
    return result


# ------------------------------------------------------------------ per-neuron boundaries (2-D data)
def neuron_boundaries(model: Any, grid: np.ndarray) -> list[tuple[str, np.ndarray]]:
    """For a 2-input model: each hidden Dense unit's activation over a square 2-D grid.

    ``grid`` is ``(res*res, 2)`` from :func:`deskdl.core.datagen.grid_2d` (rows =
    y increasing). Returns ``[(layer name, (units, res, res) float32), ...]`` for
    every Dense layer but the last.
    """
    import keras

    if tuple(model.inputs[0].shape[1:]) != (2,):
        raise ValueError("per-neuron pictures need a model with exactly 2 inputs (Playground data)")
    hidden = [ly for ly in model.layers if layer_type(ly) == "Dense"][:-1]
    if not hidden:
        return []
    sub = _cached(model, "hidden", lambda: keras.Model(model.inputs[0], [ly.output for ly in hidden]))
    g = np.asarray(grid, np.float32)
    res = int(round(np.sqrt(len(g))))
    outs = sub(g, training=False)
    outs = outs if isinstance(outs, (list, tuple)) else [outs]
    return [(ly.name, np.moveaxis(np.asarray(o, np.float32).reshape(res, res, -1), -1, 0).copy())
            for ly, o in zip(hidden, outs)]


# ------------------------------------------------------------------ live snapshots
def snapshot_maker(model: Any, x_sample: np.ndarray, kinds: Sequence[str] = ("filters", "histograms"),
                   budget: float | None = None) -> Callable[..., dict[str, Any] | None]:
    """A function ``snap(epoch, final=False) -> payload or None`` for the training callback (Keras thread).

    The payload (``kind="inspect"``) holds small copies: ``filters`` (conv layer ->
    ``(filters, kh, kw, cin)``, at most :data:`MAX_SNAPSHOT_FILTERS`), ``dense``
    (layer -> kernel, if small), ``weights`` / ``activations`` (per-layer
    histogram, mean, std, dead ReLU counts) with the fixed ``*_edges``.

    Time budget: a snapshot is taken only when the time since the previous one
    is at least ``1 / budget`` times what the previous one cost, so snapshots
    use at most about ``budget`` of the training time. With epochs of a second
    that is every epoch; with the tiny 2-D sets (epochs of milliseconds) it is
    every few epochs. ``snap(e, final=True)`` always answers unless epoch ``e``
    was already sent; ``None`` means "skipped". ``budget`` defaults to
    :data:`SNAPSHOT_BUDGET` (read at call time).
    """
    budget = SNAPSHOT_BUDGET if budget is None else float(budget)
    x = np.asarray(x_sample, np.float32)
    convs = conv_layers(model)
    kinds = tuple(kinds)
    state = {"cost": 0.0, "end": -math.inf, "epoch": None}

    def take(epoch: int) -> dict[str, Any]:
        payload: dict[str, Any] = {"kind": "inspect", "epoch": int(epoch)}
        if "filters" in kinds and convs:
            payload["filters"] = {n: conv_filters(model, n)[:MAX_SNAPSHOT_FILTERS] for n in convs}
        if "histograms" in kinds:
            payload["dense"] = {n: k for n, k, _ in dense_weights(model) if k.size <= MAX_SNAPSHOT_KERNEL}
            payload["weights"] = weight_histograms(model)
            payload["activations"] = activation_stats(model, x)
            payload["weight_edges"] = WEIGHT_EDGES.copy()
            payload["activation_edges"] = ACTIVATION_EDGES.copy()
        return payload

    def snap(epoch: int, final: bool = False) -> dict[str, Any] | None:
        t0 = time.perf_counter()
        if state["epoch"] == int(epoch):
            return None
        if not final and budget > 0 and t0 - state["end"] < state["cost"] / budget:
            return None
        first = state["epoch"] is None
        payload = take(epoch)
        state["end"] = time.perf_counter()
        # The first one also builds and traces the sub-models: a one-off cost, not a guide.
        state["cost"], state["epoch"] = (0.0 if first else state["end"] - t0), int(epoch)
        return payload
    return snap


__all__ = ["ACTIVATION_EDGES", "WEIGHT_EDGES", "activation_stats", "conv_filters", "conv_layers",
           "dense_layers", "dense_weights", "feature_maps", "histogram", "maximize_activation",
           "neuron_boundaries", "saliency", "snapshot_maker", "target_activation", "weight_histograms"]
