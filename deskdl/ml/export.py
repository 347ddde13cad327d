"""A project as a plain Keras Python script that runs with only NumPy and Keras.

:func:`export_python` writes idiomatic code a learner can read and keep: a
``keras.Sequential([...])`` for a straight chain, the functional API
otherwise, layers named by their node ids, and constructor arguments only
where they differ from *Keras's* own defaults (the catalog's defaults are
teaching choices, e.g. ``Dense(8)``, and Keras has none for ``units``).

The data code comes from the data set's own source module (each
:class:`~deskdl.ml.datasets.DatasetInfo` has its ``export`` function, see
:mod:`deskdl.ml.datasets.script`): generated inline for the synthetic sets (the
generators are copied from :mod:`deskdl.core.datagen`, so the script draws
exactly the points deskdl draws) and loaded with the usual one-liners otherwise. A CSV
table is read as :func:`deskdl.ml.datasets.load_csv` reads it (text columns
one-hot, gaps filled with training means, class names from the target) with
only NumPy and the ``csv`` module; a project whose kind rebuilds its inputs (an
autoencoder, a VAE) trains on its inputs as targets, as deskdl does.
The validation part is split off the way :func:`deskdl.ml.datasets.prepare`
does it. deskdl's own layers (``Sampling``, ``PositionalEncoding``, ``LayerScale``) are copied
into the script from :mod:`deskdl.ml.custom_layers`, the one source of those classes. Nothing here
imports Keras or TensorFlow: the table of Keras's defaults below is checked against Keras's
signatures by a test.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import json
import keyword
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from deskdl.core import catalog
from deskdl.core.analysis import analyze
from deskdl.core.errors import DeskdlError
from deskdl.core.graph import ModelGraph, Node
from deskdl.core.kinds import kind_of, learns_inputs
from deskdl.core.training import training_with_defaults


class ExportError(DeskdlError):
    """A project that cannot be written as a script (the model has errors)."""


#: Marks a Keras argument without a default (it is always written, positionally).
REQUIRED = object()

_FILL_DEFAULTS = {"fill_mode": "reflect", "interpolation": "bilinear", "fill_value": 0.0}

#: Keras's own defaults of the arguments the catalog exposes, in Keras's signature order.
#: ``tests/test_export.py`` compares this table with ``inspect.signature`` of every class.
KERAS_DEFAULTS: dict[str, dict[str, Any]] = {
    "Input": {"shape": None},
    "Dense": {"units": REQUIRED, "activation": None, "use_bias": True, "kernel_initializer": "glorot_uniform",
              "bias_initializer": "zeros", "kernel_regularizer": None},
    "Activation": {"activation": REQUIRED},
    "Dropout": {"rate": REQUIRED, "noise_shape": None},
    "Flatten": {},
    "Reshape": {"target_shape": REQUIRED},
    "Permute": {"dims": REQUIRED},
    "RepeatVector": {"n": REQUIRED},
    "BatchNormalization": {"axis": -1, "momentum": 0.99, "epsilon": 0.001, "center": True, "scale": True},
    "LayerNormalization": {"axis": -1, "epsilon": 0.001, "center": True, "scale": True},
    "LeakyReLU": {"negative_slope": 0.3},
    "GaussianNoise": {"stddev": REQUIRED},
    "Conv1D": {"filters": REQUIRED, "kernel_size": REQUIRED, "strides": 1, "padding": "valid",
               "dilation_rate": 1, "groups": 1, "activation": None, "use_bias": True,
               "kernel_initializer": "glorot_uniform", "kernel_regularizer": None},
    "Conv2D": {"filters": REQUIRED, "kernel_size": REQUIRED, "strides": (1, 1), "padding": "valid",
               "dilation_rate": (1, 1), "groups": 1, "activation": None, "use_bias": True,
               "kernel_initializer": "glorot_uniform", "kernel_regularizer": None},
    "Conv2DTranspose": {"filters": REQUIRED, "kernel_size": REQUIRED, "strides": (1, 1), "padding": "valid",
                        "dilation_rate": (1, 1), "activation": None, "use_bias": True,
                        "kernel_initializer": "glorot_uniform", "kernel_regularizer": None},
    "UpSampling1D": {"size": 2},
    "UpSampling2D": {"size": (2, 2), "interpolation": "nearest"},
    "ZeroPadding2D": {"padding": (1, 1)},
    "Cropping2D": {"cropping": ((0, 0), (0, 0))},
    "MaxPooling1D": {"pool_size": 2, "strides": None, "padding": "valid"},
    "MaxPooling2D": {"pool_size": (2, 2), "strides": None, "padding": "valid"},
    "AveragePooling1D": {"pool_size": REQUIRED, "strides": None, "padding": "valid"},
    "AveragePooling2D": {"pool_size": REQUIRED, "strides": None, "padding": "valid"},
    "GlobalAveragePooling1D": {"keepdims": False},
    "GlobalAveragePooling2D": {"keepdims": False},
    "GlobalMaxPooling1D": {"keepdims": False},
    "GlobalMaxPooling2D": {"keepdims": False},
    "Embedding": {"input_dim": REQUIRED, "output_dim": REQUIRED, "embeddings_regularizer": None,
                  "mask_zero": False},
    "SimpleRNN": {"units": REQUIRED, "activation": "tanh", "use_bias": True,
                  "kernel_initializer": "glorot_uniform", "kernel_regularizer": None, "dropout": 0.0,
                  "recurrent_dropout": 0.0, "return_sequences": False, "go_backwards": False},
    "LSTM": {"units": REQUIRED, "activation": "tanh", "recurrent_activation": "sigmoid", "use_bias": True,
             "kernel_initializer": "glorot_uniform", "unit_forget_bias": True, "kernel_regularizer": None,
             "dropout": 0.0, "recurrent_dropout": 0.0, "return_sequences": False, "go_backwards": False},
    "GRU": {"units": REQUIRED, "activation": "tanh", "recurrent_activation": "sigmoid", "use_bias": True,
            "kernel_initializer": "glorot_uniform", "kernel_regularizer": None, "dropout": 0.0,
            "recurrent_dropout": 0.0, "return_sequences": False, "go_backwards": False, "reset_after": True},
    "Bidirectional": {"layer": REQUIRED, "merge_mode": "concat"},
    "TimeDistributed": {"layer": REQUIRED},
    "MultiHeadAttention": {"num_heads": REQUIRED, "key_dim": REQUIRED, "value_dim": None, "dropout": 0.0,
                           "use_bias": True, "attention_axes": None},
    "Add": {},
    "Subtract": {},
    "Multiply": {},
    "Average": {},
    "Concatenate": {"axis": -1},
    "Rescaling": {"scale": REQUIRED, "offset": 0.0},
    "Normalization": {"axis": -1, "mean": None, "variance": None, "invert": False},
    "RandomFlip": {"mode": "horizontal_and_vertical"},
    "RandomRotation": {"factor": REQUIRED, **_FILL_DEFAULTS},
    "RandomZoom": {"height_factor": REQUIRED, "width_factor": None, **_FILL_DEFAULTS},
    "RandomTranslation": {"height_factor": REQUIRED, "width_factor": REQUIRED, **_FILL_DEFAULTS},
    "Sampling": {"beta": 1.0},
    "PositionalEncoding": {"max_wavelength": 10000.0},
    "ReLU": {"max_value": None, "negative_slope": 0.0, "threshold": 0.0},
    "DepthwiseConv2D": {"kernel_size": REQUIRED, "strides": (1, 1), "padding": "valid", "depth_multiplier": 1,
                        "dilation_rate": (1, 1), "activation": None, "use_bias": True,
                        "depthwise_initializer": "glorot_uniform", "depthwise_regularizer": None},
    "SeparableConv2D": {"filters": REQUIRED, "kernel_size": REQUIRED, "strides": (1, 1), "padding": "valid",
                        "dilation_rate": (1, 1), "depth_multiplier": 1, "activation": None, "use_bias": True,
                        "depthwise_initializer": "glorot_uniform", "pointwise_initializer": "glorot_uniform",
                        "depthwise_regularizer": None, "pointwise_regularizer": None},
    "Maximum": {},
    "Minimum": {},
    "LayerScale": {"init_values": 1e-6},
    "PretrainedBase": {"application": "MobileNetV2", "weights": "imagenet", "trainable": False,
                       "fine_tune_top": 0, "pooling": "avg"},
}

#: Names the script itself uses; a node id equal to one of them gets a trailing underscore.
_RESERVED = {
    "keras", "np", "math", "model", "main", "build_model", "load_data", "prepare_labels", "split",
    "inputs", "outputs", "x", "y", "x_train", "y_train", "x_test", "y_test", "history", "callbacks",
    "optimizer", "learning_rate", "steps_per_epoch", "order", "rng", "results", "name", "value",
    "EPOCHS", "BATCH_SIZE", "VALIDATION_SPLIT", "SEED", "Sampling", "PositionalEncoding", "LayerScale",
    "kl_divergence", "PretrainedBase", "PreprocessFor", "APPLICATION_MODULES",
    "print",
    "x_val", "y_val", "n_val", "rebuilt", "path", "csv", "os", "CLASS_NAMES", "NUM_CLASSES", "read_table",
    "find_file", "to_number", "numbers", "read_rows", "target_values", "input_columns", "TableError",
    "list", "dict", "len", "range", "input", "type", "id", "format", "sum", "min", "max",
}


# ---------------------------------------------------------------- values
def _same(spec: catalog.ParamSpec | None, a: Any, b: Any) -> bool:
    """Whether two argument values mean the same to Keras."""
    if spec is not None and spec.kind == "choice" and spec.name.endswith("activation"):
        a = "linear" if a is None else a
        b = "linear" if b is None else b
    if spec is not None and spec.kind == "ints":
        a, b = _ints(spec, a), _ints(spec, b)
    if isinstance(a, list):
        a = tuple(a)
    if isinstance(b, list):
        b = tuple(b)
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return a == b


def _ints(spec: catalog.ParamSpec, value: Any) -> Any:
    if value is None:
        return None
    if spec.per_side:
        return spec.sides(value)
    value = spec.as_tuple(value)
    return tuple(value) if isinstance(value, (list, tuple)) else (value,)


def _float(v: float) -> str:
    for d in (255.0, 127.5):
        if v and math.isclose(v * d, 1.0, rel_tol=1e-12):
            return f"1 / {d:g}"
    text = repr(float(v))
    return text


def literal(value: Any) -> str:
    """Python source for a plain value (strings in double quotes, lists as tuples)."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, (list, tuple)):
        items = [literal(v) for v in value]
        return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def _regularizer(value: Any) -> str:
    if isinstance(value, str):
        if value == "l1_l2":
            return "keras.regularizers.L1L2(l1=0.01, l2=0.01)"
        return f"keras.regularizers.{catalog.REGULARIZER_NAMES[value]}(0.01)"
    cls = value["class_name"]
    cfg = dict(value.get("config") or {})
    if cls == "L1L2":
        return f"keras.regularizers.L1L2(l1={literal(float(cfg.get('l1', 0.0)))}, " \
               f"l2={literal(float(cfg.get('l2', 0.0)))})"
    key = cls.lower()
    return f"keras.regularizers.{cls}({literal(float(cfg.get(key, 0.01)))})"


def _arg(spec: catalog.ParamSpec, value: Any) -> str:
    if value is None:
        return "None"
    if spec.kind == "regularizer":
        return _regularizer(value)
    if spec.constant_ok and catalog.constant_value(value) is not None:
        return f"keras.initializers.Constant({literal(catalog.constant_value(value))})"
    if spec.kind == "layer":
        return layer_expr(value["type"], value.get("params") or {})
    if spec.kind == "ints":
        values = _ints(spec, value)
        if spec.per_side:
            if any(before != after for before, after in values):
                return literal(values)  # ((top, bottom), (left, right))
            values = tuple(before for before, _ in values)
        if spec.scalar_ok and len(set(values)) == 1:
            return literal(values[0])
        return literal(values)
    if spec.kind == "shape":
        return literal(tuple(value))
    if spec.kind == "float" and isinstance(value, int):
        return literal(float(value))
    return literal(value)


def constructor_args(type_name: str, params: Mapping[str, Any]) -> list[str]:
    """The arguments to write for one layer: required ones positionally, then changed ones."""
    kind = catalog.get(type_name)
    full = kind.resolve(params)
    keras_defaults = KERAS_DEFAULTS.get(type_name, {})
    positional: list[str] = []
    keywords: list[str] = []
    order = list(keras_defaults) + [p.name for p in kind.params if p.name not in keras_defaults]
    specs = kind.param_map
    for name in order:
        spec = specs.get(name)
        if spec is None:
            continue
        value = full.get(name, spec.default)
        default = keras_defaults.get(name, REQUIRED)
        if default is REQUIRED:
            if not keywords and name in keras_defaults:
                positional.append(_arg(spec, value))
            else:
                keywords.append(f"{name}={_arg(spec, value)}")
        elif not _same(spec, value, default):
            keywords.append(f"{name}={_arg(spec, value)}")
    return positional + keywords


def layer_expr(type_name: str, params: Mapping[str, Any], name: str | None = None) -> str:
    """``keras.layers.Dense(8, activation="tanh", name="h")`` for one layer."""
    args = constructor_args(type_name, params)
    if name is not None:
        args.append(f"name={json.dumps(name)}")
    cls = type_name if catalog.get(type_name).custom else f"keras.layers.{type_name}"
    return f"{cls}({', '.join(args)})"


def _custom_types(graph: ModelGraph) -> list[str]:
    found: list[str] = []

    def visit(type_name: str, params: Mapping[str, Any]) -> None:
        kind = catalog.get(type_name)
        if kind.custom and type_name not in found:
            found.append(type_name)
        for spec in kind.params:
            value = params.get(spec.name)
            if spec.kind == "layer" and isinstance(value, Mapping) and "type" in value:
                visit(value["type"], value.get("params") or {})

    for node in graph.nodes.values():
        visit(node.type, node.params)
    return found


# ---------------------------------------------------------------- custom layers
@functools.cache
def _custom_layer_sources() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each top-level definition in deskdl.ml.custom_layers: its source, and the module functions it calls.

    Read from the module's file without importing it (it imports Keras), so an export stays light.
    """
    spec = importlib.util.find_spec("deskdl.ml.custom_layers")
    text = Path(spec.origin).read_text(encoding="utf-8")
    tree = ast.parse(text)
    functions = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    functions |= {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets
                  if isinstance(t, ast.Name) and t.id.isupper() and t.id != "NAMES"}
    out = {}
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)) or (
                isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id in functions):
            name = node.targets[0].id if isinstance(node, ast.Assign) else node.name
            calls = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} & functions - {name}
            start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
            source = "\n".join(text.splitlines()[start - 1:node.end_lineno]) + "\n"
            out[name] = (source, tuple(sorted(calls)))
    return out


def custom_layers_code(names: list[str]) -> str:
    """The classes of deskdl's layers ``names`` for a script, copied from :mod:`deskdl.ml.custom_layers`.

    Each class comes with the module functions it calls (``Sampling`` calls ``kl_divergence``), once,
    before the classes, so the script's layers are the app's layers to the letter.
    """
    sources = _custom_layer_sources()
    helpers: list[str] = []
    for name in names:
        helpers += [h for h in sources[name][1] if h not in helpers]
    return "\n\n".join(sources[n][0] for n in [*helpers, *names])


# ---------------------------------------------------------------- model code
def variable_names(graph: ModelGraph) -> dict[str, str]:
    """A readable, unique Python identifier for every node id."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for nid in graph.nodes:
        base = re.sub(r"\W", "_", nid)
        if not base or base[0].isdigit():
            base = f"n_{base}"
        if keyword.iskeyword(base) or base in _RESERVED:
            base += "_"
        name, i = base, 2
        while name in taken:
            name, i = f"{base}_{i}", i + 1
        taken.add(name)
        out[nid] = name
    return out


def _needed(graph: ModelGraph, outputs: list[str]) -> set[str]:
    seen: set[str] = set()
    stack = list(outputs)
    while stack:
        nid = stack.pop()
        if nid not in seen:
            seen.add(nid)
            stack.extend(graph.nodes[nid].inputs)
    return seen


def model_code(graph: ModelGraph, model_name: str = "model") -> str:
    """The body of ``build_model()``: Sequential for a chain, functional API otherwise.

    Raises :class:`ExportError` when the graph has errors (the first one, with its fix).
    """
    analysis = analyze(graph)
    if not analysis.ok:
        first = analysis.errors[0]
        raise ExportError(first.message, first.fix, node_id=first.node_id)
    name = json.dumps(model_name)
    if graph.is_chain() and not any(n.type == "PretrainedBase" for n in graph.nodes.values()):
        order = analysis.order
        lines = ["    return keras.Sequential(", "        ["]
        for nid in order:
            node = graph.nodes[nid]
            lines.append(f"            {_node_expr(node)},")
        lines += ["        ],", f"        name={name},", "    )"]
        return "\n".join(lines)

    names = variable_names(graph)
    needed = _needed(graph, analysis.outputs)
    lines = []
    for nid in analysis.order:
        if nid not in needed:
            continue
        node = graph.nodes[nid]
        var = names[nid]
        if node.type == "Input":
            lines.append(f"    {var} = {_node_expr(node)}")
            continue
        args = [names[s] for s in node.inputs]
        if node.type == "MultiHeadAttention":
            call = f"{args[0]}, {args[1]}" + (f", key={args[2]}" if len(args) > 2 else "")
        elif node.kind.max_inputs == 1:
            call = args[0]
        else:
            call = f"[{', '.join(args)}]"
        lines.append(f"    {var} = {_node_expr(node)}({call})")
    ins = [names[i] for i in graph.inputs() if i in needed]
    outs = [names[o] for o in analysis.outputs]
    in_text = ins[0] if len(ins) == 1 else f"[{', '.join(ins)}]"
    out_text = outs[0] if len(outs) == 1 else f"[{', '.join(outs)}]"
    lines.append(f"    return keras.Model(inputs={in_text}, outputs={out_text}, name={name})")
    return "\n".join(lines)


def _node_expr(node: Node) -> str:
    if node.type == "Input":
        shape = literal(tuple(node.params.get("shape") or ()))
        return f"keras.Input(shape={shape}, name={json.dumps(node.id)})"
    return layer_expr(node.type, node.params, name=node.id)


# ---------------------------------------------------------------- data code
def _dataset_params(data: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    dataset = str(data.get("dataset") or "")
    params = dict(data.get("params") or {})
    try:
        from deskdl.ml import datasets

        full = datasets.get(dataset).defaults()
    except DeskdlError:
        return dataset, params
    full.update(params)
    return dataset, full


def dataset_code(data: Mapping[str, Any]):
    """The :class:`~deskdl.ml.datasets.script.DataCode` of a project's ``data``: its source's own export code.

    A data set a script cannot load (not known, or without export code) gets a ``load_data()``
    that says where the learner's own loading code goes.
    """
    from deskdl.ml import datasets
    from deskdl.ml.datasets.script import DataCode

    dataset, p = _dataset_params(data)
    info = datasets.REGISTRY.get(dataset)
    if info is not None and info.export is not None:
        return info.export(p)
    return DataCode([], [f"    # deskdl does not know the data set {dataset!r}: load your own arrays here.",
                         "    raise SystemExit(\"load_data(): put the code that loads your data here\")"],
                    offline=False)


def data_code(data: Mapping[str, Any]) -> tuple[str, str, bool]:
    """``(helpers, load_data function, runs_offline)`` for a project's ``data`` settings.

    ``runs_offline`` is False when the user must supply a file (CSV, image folder, unknown set).
    """
    code = dataset_code(data)
    body = [*code.body, "    return (x_train, y_train), (x_test, y_test)"]
    doc = '    """Training and test arrays, scaled as deskdl scales them."""\n'
    func = "def load_data():\n" + doc + "\n".join(body)
    return "\n\n\n".join(h.rstrip() + "\n" for h in code.helpers), func + "\n", code.offline


def _labels_code(loss: str, task_regression: bool, n_classes: int | None, read_classes: str = "") -> str:
    """``prepare_labels(y)``: the label format the loss wants (as deskdl's ``format_labels``).

    ``read_classes`` is ``"table"`` or ``"folder"`` for the learner's own files, whose classes
    (or, for a table, a number target) the script only learns when it reads them, so the
    function looks at ``CLASS_NAMES``.
    """
    doc = '    """Labels in the form the loss expects."""\n'
    regression = "    return y.astype(\"float32\").reshape(len(y), -1)  # one column of target values\n"
    if read_classes:
        head = "def prepare_labels(y):\n" + doc
        if read_classes == "table":
            head += "    if not CLASS_NAMES:  # the target is a number\n    " + regression
        if loss == "sparse_categorical_crossentropy":
            return head + "    return y.astype(\"int64\")  # class numbers 0, 1, 2, ...\n"
        one_hot = "    return keras.utils.to_categorical(y, len(CLASS_NAMES))  # one-hot rows\n"
        if loss == "categorical_crossentropy":
            return head + one_hot
        return head + ("    if len(CLASS_NAMES) <= 2:\n"
                       "        return y.astype(\"float32\")[:, None]  # 0 or 1 in one column\n") + one_hot
    if task_regression:
        body = regression
    elif loss == "sparse_categorical_crossentropy":
        body = "    return y.astype(\"int64\")  # class numbers 0, 1, 2, ...\n"
    elif loss == "binary_crossentropy" and (n_classes or 2) <= 2:
        body = "    return y.astype(\"float32\")[:, None]  # 0 or 1 in one column\n"
    elif loss not in ("categorical_crossentropy", "binary_crossentropy") and (n_classes or 2) <= 2:
        body = "    return y.astype(\"float32\")[:, None]\n"
    else:
        n = "NUM_CLASSES"
        body = f"    return keras.utils.to_categorical(y, {n})  # one-hot rows\n"
    return "def prepare_labels(y):\n" + doc + body


def _class_count(dataset: str, p: Mapping[str, Any]) -> tuple[bool, int | None]:
    """``(is_regression, number_of_classes)`` without loading the data when that can be known."""
    try:
        from deskdl.ml import datasets

        info = datasets.get(dataset)
    except DeskdlError:
        return False, None
    if info.task == "regression":
        return True, None
    return False, len(info.classes) or None


# ---------------------------------------------------------------- training code
def _optimizer_code(training: Mapping[str, Any]) -> tuple[list[str], str]:
    """Lines before compile (schedule) and the optimizer expression."""
    opt = dict(training.get("optimizer") or {})
    kind = str(opt.pop("type", "Adam"))
    lr = float(opt.pop("learning_rate", 0.001))
    sched = dict(training.get("schedule") or {"type": "constant"})
    st = sched.get("type", "constant")
    pre: list[str] = []
    rate = literal(lr)
    if st != "constant":
        pre.append("    # deskdl counts schedule steps in batches: steps_per_epoch of them per epoch")
        pre.append("    steps_per_epoch = max(math.ceil(len(x_train) / BATCH_SIZE), 1)")
        if st == "exponential_decay":
            every = int(sched.get("every_epochs", 1))
            pre.append("    learning_rate = keras.optimizers.schedules.ExponentialDecay(")
            pre.append(f"        {literal(lr)}, decay_steps=steps_per_epoch * {every}, "
                       f"decay_rate={literal(float(sched.get('decay_rate', 0.9)))})")
        elif st == "cosine_decay":
            pre.append("    learning_rate = keras.optimizers.schedules.CosineDecay(")
            pre.append(f"        {literal(lr)}, decay_steps=steps_per_epoch * EPOCHS, "
                       f"alpha={literal(float(sched.get('alpha', 0.0)))})")
        elif st == "step_decay":
            every = max(int(sched.get("every_epochs", 10)), 1)
            factor = literal(float(sched.get("factor", 0.5)))
            pre.append(f"    # multiply the learning rate by {factor} every {every} epochs")
            pre.append(f"    boundaries = [steps_per_epoch * {every} * i "
                       f"for i in range(1, max(EPOCHS // {every}, 1) + 1)]")
            pre.append(f"    values = [{literal(lr)} * {factor} ** i for i in range(len(boundaries) + 1)]")
            pre.append("    learning_rate = keras.optimizers.schedules.PiecewiseConstantDecay("
                       "boundaries, values)")
        rate = "learning_rate"
    args = [f"learning_rate={rate}"]
    for key, value in opt.items():
        args.append(f"{key}={literal(value)}")
    for key in ("clipnorm", "clipvalue"):
        if training.get(key):
            args.append(f"{key}={literal(float(training[key]))}")
    return pre, f"keras.optimizers.{kind}({', '.join(args)})"


def _safe_model_name(name: str) -> str:
    from deskdl.core.graph import keras_name

    return keras_name(name).lower()


def _vae_lines(project: Any, graph: ModelGraph) -> list[str]:
    """A VAE's encoder, decoder and samples after training (:mod:`deskdl.ml.export_vae`); else nothing."""
    if kind_of(project).id != "vae":
        return []
    from deskdl.ml.export_vae import vae_lines
    from deskdl.ml.vae import find_latent

    latent = find_latent(graph, (getattr(project, "algorithm", None) or {}).get("latent") or None)
    shape = analyze(graph).nodes[latent].shape
    return vae_lines(graph, latent, tuple(int(d) for d in shape[1:]))


def _writing_parts(project: Any) -> tuple[list[str], list[str], list[str]]:
    """A character model's writing after training (:mod:`deskdl.ml.export_charlm`); else nothing."""
    if kind_of(project).id != "sequence_generation":
        return [], [], []
    from deskdl.ml.export_charlm import writing_parts

    return writing_parts(project)


def export_python(project: Any) -> str:
    """The whole project as a runnable Keras script; see the module docstring.

    Raises :class:`ExportError` when the model has errors (exactly as analysis reports them).
    A GAN project is written by :func:`deskdl.ml.export_gan.export_gan`, a debiasing project by
    :func:`deskdl.ml.export_debias.export_debias`.
    """
    if kind_of(project).id == "gan":
        from deskdl.ml.export_gan import export_gan

        return export_gan(project)
    if kind_of(project).id == "debias":
        from deskdl.ml.export_debias import export_debias

        return export_debias(project)
    graph: ModelGraph = project.graph
    training = training_with_defaults(getattr(project, "training", None))
    data = getattr(project, "data", None) or {}
    title = getattr(project, "name", "") or "model"
    model_name = _safe_model_name(title)
    body = model_code(graph, model_name)
    customs = _custom_types(graph)
    helpers, load_func, offline = data_code(data)
    dataset, p = _dataset_params(data)
    regression, n_classes = _class_count(dataset, p)
    loss = str(training.get("loss"))
    # an autoencoder or a VAE rebuilds its inputs: the project's kind says so (kind_of reads a
    # version-1 file's kind from its data.target), as it does for training
    rebuild = learns_inputs(project)
    read_classes = dataset_code(data).read_classes  # "table", "folder": known once the files are read
    labels = "" if rebuild else _labels_code(loss, regression, n_classes, read_classes)

    epochs = int(training.get("epochs", 20))
    bs = int(training.get("batch_size", 32))
    vs = float(training.get("validation_split") or 0.0)
    seed = training.get("seed")

    out: list[str] = []
    title_line = title.replace('"""', "'''").replace("\\", "/")
    out.append(f'"""{title_line}: a Keras model exported from deskdl.\n\n'
               "Run it with ``python <this file>``; it needs only NumPy and Keras (with a backend such\n"
               "as TensorFlow). The layers, their names and their settings are the ones in deskdl.\n"
               + ("" if offline else "\nThe data comes from your own files: check load_data() first.\n")
               + '"""\n')
    stdlib = (["csv"] * ("csv.reader" in helpers) + ["math"] + ["os"] * ("os.path" in helpers)
              + ["random"] * ("random.Random" in helpers))
    out.append("".join(f"import {m}\n" for m in stdlib) + "\nimport keras\nimport numpy as np\n")
    consts = [f"EPOCHS = {epochs}", f"BATCH_SIZE = {bs}", f"VALIDATION_SPLIT = {literal(vs)}",
              f"SEED = {literal(seed)}"]
    writing = _writing_parts(project)
    consts += writing[0]
    if "NUM_CLASSES" in labels:
        consts.append(f"NUM_CLASSES = {n_classes or 'None  # set the number of classes'}")
    out.append("\n".join(consts) + "\n")
    out.append("\n# ---------------------------------------------------------------- data\n")
    if helpers:
        out.append(helpers)
    out.append(load_func)
    if labels:
        out.append(labels)
    if customs:
        out.append("\n# ---------------------------------------------------------------- deskdl's own layers")
        out.append(custom_layers_code(customs))
    out.append("\n# ---------------------------------------------------------------- model\n")
    doc = '    """The network, layer by layer (names are deskdl\'s node ids)."""\n'
    out.append("def build_model():\n" + doc + body + "\n")
    if writing[2]:
        from deskdl.ml.export_charlm import WRITE_TEXT_CODE

        out.append("\n# ---------------------------------------------------------------- writing text")
        out.append(WRITE_TEXT_CODE)

    pre, optimizer = _optimizer_code(training)
    metrics = list(training.get("metrics") or [])
    main = ["def main():", '    """Load the data, build, train and test the model."""']
    if seed is not None:
        main.append("    keras.utils.set_random_seed(SEED)  # same start every run")
    if rebuild:
        main += [
            "    (x_train, _), (x_test, _) = load_data()  # the labels are not used",
            "    # An autoencoder learns to rebuild its input: the targets are the inputs themselves",
            "    y_train, y_test = x_train, x_test",
        ]
    else:
        main += [
            "    (x_train, y_train), (x_test, y_test) = load_data()",
            "    y_train, y_test = prepare_labels(y_train), prepare_labels(y_test)",
        ]
    main += writing[1]
    if vs > 0:
        rng = "np.random.default_rng()" if seed is None else "np.random.default_rng(SEED + 104729)"
        main += [
            "    # Keep a shuffled part of the training data aside to check the model on after each",
            "    # epoch (deskdl's way: Keras's own validation_split would take the last rows unshuffled)",
            f"    order = {rng}.permutation(len(x_train))",
            "    n_val = min(max(round(len(x_train) * VALIDATION_SPLIT), 1), len(x_train) - 1)",
            "    x_val, y_val = x_train[order[:n_val]], y_train[order[:n_val]]",
            "    x_train, y_train = x_train[order[n_val:]], y_train[order[n_val:]]",
        ]
    main += ["    model = build_model()", "    model.summary()"]
    main += pre
    main += [
        "    model.compile(",
        f"        optimizer={optimizer},",
        f"        loss={json.dumps(loss)},",
        f"        metrics={json.dumps(metrics)},",
        "    )",
    ]
    es = training.get("early_stopping") or {}
    callbacks = "[]"
    if es.get("enabled"):
        monitor = str(es.get("monitor", "val_loss"))
        if vs <= 0 and monitor.startswith("val_"):
            monitor = monitor[4:]
        mode = "max" if "acc" in monitor else "min"
        main += [
            "    callbacks = [",
            "        keras.callbacks.EarlyStopping(",
            f"            monitor={json.dumps(monitor)}, mode={json.dumps(mode)}, "
            f"patience={int(es.get('patience', 5))},",
            f"            restore_best_weights={bool(es.get('restore_best_weights', True))},",
            "        )",
            "    ]",
        ]
        callbacks = "callbacks"
    main += [
        "    model.fit(",
        "        x_train,",
        "        y_train,",
        "        batch_size=BATCH_SIZE,",
        "        epochs=EPOCHS,",
        *(["        validation_data=(x_val, y_val),"] if vs > 0 else []),
        f"        callbacks={callbacks},",
        "        verbose=2,",
        "    )",
        "    results = model.evaluate(x_test, y_test, batch_size=BATCH_SIZE, verbose=0, return_dict=True)",
        "    print(\"test:\", \", \".join(f\"{name} {value:.4f}\" for name, value in results.items()))",
        *([
            "    rebuilt = model.predict(x_test[:1], verbose=0)",
            "    print(\"each input has shape\", x_test.shape[1:], "
            "\"and is rebuilt with shape\", rebuilt.shape[1:])",
        ] if rebuild else []),
        *_vae_lines(project, graph),
        *writing[2],
        "    return model",
    ]
    out.append("\n".join(main) + "\n")
    out.append('\nif __name__ == "__main__":\n    main()\n')
    text = "\n\n\n".join(part.strip("\n") for part in out) + "\n"
    return re.sub(r"\n{4,}", "\n\n\n", text)
