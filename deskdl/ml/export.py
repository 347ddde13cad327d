"""A project as a plain Keras Python script that runs with only NumPy and Keras.

:func:`export_python` writes idiomatic code a learner can read and keep: a
``keras.Sequential([...])`` for a straight chain, the functional API
otherwise, layers named by their node ids, and constructor arguments only
where they differ from *Keras's* own defaults (the catalog's defaults are
teaching choices, e.g. ``Dense(8)``, and Keras has none for ``units``).

The data is generated inline for the synthetic sets (the generators are
copied from :mod:`deskdl.core.datagen`, so the script draws exactly the
points deskdl draws) and loaded with the usual one-liners otherwise. A CSV
table is read as :func:`deskdl.ml.datasets.load_csv` reads it (text columns
one-hot, gaps filled with training means, class names from the target) with
only NumPy and the ``csv`` module; a project whose ``data.target`` is
``"inputs"`` (an autoencoder) trains on its inputs as targets, as deskdl does.
The validation part is split off the way :func:`deskdl.ml.datasets.prepare`
does it. deskdl's own layers (``Sampling``, ``PositionalEncoding``, ``LayerScale``) are copied
into the script from :mod:`deskdl.ml.custom_layers`, the one source of those classes. Nothing here
imports Keras or TensorFlow: the table of
Keras's defaults below is checked against Keras's signatures by a test.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import inspect
import json
import keyword
import math
import re
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from deskdl.core import catalog, datagen
from deskdl.core.analysis import analyze
from deskdl.core.errors import DeskdlError
from deskdl.core.graph import ModelGraph, Node
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
}

#: Names the script itself uses; a node id equal to one of them gets a trailing underscore.
_RESERVED = {
    "keras", "np", "math", "model", "main", "build_model", "load_data", "prepare_labels", "split",
    "inputs", "outputs", "x", "y", "x_train", "y_train", "x_test", "y_test", "history", "callbacks",
    "optimizer", "learning_rate", "steps_per_epoch", "order", "rng", "results", "name", "value",
    "EPOCHS", "BATCH_SIZE", "VALIDATION_SPLIT", "SEED", "Sampling", "PositionalEncoding", "LayerScale",
    "kl_divergence",
    "print",
    "x_val", "y_val", "n_val", "rebuilt", "path", "csv", "os", "CLASS_NAMES", "NUM_CLASSES", "read_table",
    "find_file", "to_number", "numbers",
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
    functions = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    out = {}
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            start = min([node.lineno] + [d.lineno for d in node.decorator_list])
            source = "\n".join(text.splitlines()[start - 1:node.end_lineno]) + "\n"
            calls = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} & functions - {node.name}
            out[node.name] = (source, tuple(sorted(calls)))
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
    if graph.is_chain():
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
_SPLIT_NOTE = "# The same shuffle-and-split deskdl uses, so the test examples are the same ones."


#: Next-character windows exactly as deskdl cuts them (deskdl.ml.datasets.text_bundle).
TEXT_WINDOWS_CODE = '''
def text_windows(text, seq_len, step, test_fraction):
    """The characters (sorted) and next-character windows; the test part is the end of the text."""
    chars = sorted(set(text))
    index = {c: i for i, c in enumerate(chars)}
    ids = np.array([index[c] for c in text], dtype="int64")
    cut = int(len(ids) * (1.0 - test_fraction))

    def cut_windows(part):
        starts = np.arange(0, len(part) - seq_len, step)
        x = part[starts[:, None] + np.arange(seq_len)[None, :]]
        return x.astype("float32"), part[starts + seq_len]

    return chars, cut_windows(ids[:cut]), cut_windows(ids[cut:])
'''


def _abc_generator_code() -> str:
    """The tune writer of deskdl.core.abc_corpus (constants and functions, not the checker)."""
    from deskdl.core import abc_corpus

    text = inspect.getsource(abc_corpus)
    start = text.index("#: metre -> (dance")
    end = text.index("# ------------------------------------------------------------------ checking tunes")
    return text[start:end].rstrip() + "\n"


def _source(obj: Any) -> str:
    return textwrap.dedent(inspect.getsource(obj)).rstrip() + "\n"


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


def _scaling_code(how: str, divisor: float | None) -> list[str]:
    """Lines that scale x_train / x_test like deskdl's ``scale_inputs`` does."""
    if how == "divide" and divisor is None:
        how = "minmax"
    if how == "divide":
        d = literal(float(divisor))
        return [f"    x_train, x_test = x_train / {d}, x_test / {d}  # pixel values to 0..1"]
    if how in ("standardize", "minmax"):
        lines = ["    axis = 0 if x_train.ndim == 2 else None  # per feature for tables, globally for images",
                 "    keep = axis is not None"]
        if how == "standardize":
            lines += ["    mean = x_train.mean(axis=axis, keepdims=keep)",
                      "    std = np.where(x_train.std(axis=axis, keepdims=keep) > 1e-12, "
                      "x_train.std(axis=axis, keepdims=keep), 1.0)",
                      "    x_train, x_test = (x_train - mean) / std, (x_test - mean) / std"]
        else:
            lines += ["    low = x_train.min(axis=axis, keepdims=keep)",
                      "    span = x_train.max(axis=axis, keepdims=keep) - low",
                      "    span = np.where(span > 1e-12, span, 1.0)",
                      "    x_train, x_test = (x_train - low) / span, (x_test - low) / span"]
        return lines
    return []


#: Word lists the review generator reads, written into the script as they are.
_REVIEW_CONSTANTS = ("REVIEW_WORDS", "_POSITIVE", "_NEGATIVE", "_NEGATORS", "_INTENSIFIERS", "_THINGS",
                     "_THINGS_MANY", "_VERBS", "_VERBS_MANY", "_OPENINGS", "_CLOSINGS", "_LINKS")


def _tuple_code(name: str, values: tuple[str, ...]) -> str:
    """``NAME = ("a", "b", ...)``, wrapped at 100 characters with the items indented."""
    items = [json.dumps(v) + "," for v in values]
    one = f"{name} = ({' '.join(items)[:-1]})\n"
    if len(one) <= 100:
        return one
    lines = ["   "]
    for item in items:  # whole items only: a phrase such as "in the end" is never split
        if len(lines[-1]) + 1 + len(item) > 100:
            lines.append("   ")
        lines[-1] += " " + item
    return f"{name} = (\n" + "\n".join(lines) + "\n)\n"


FIND_FILE_CODE = '''
def find_file(path):
    """The file at path, or else the file of that name in the folder of this script."""
    if os.path.exists(path):
        return path
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.path.basename(path))
    if os.path.exists(here):
        return here
    raise SystemExit(f"cannot find {path}: copy it next to this script, or change the path in load_data()")
'''

#: deskdl's CSV reading (``deskdl.ml.datasets.load_csv``) with only NumPy and the csv module.
#: ``tests/test_export.py`` checks that the script's arrays equal deskdl's.
CLASS_NAMES_CODE = '''
#: The class names, filled in by load_data() when it reads your files (empty for a number target)
CLASS_NAMES = []
'''

CSV_CODE = '''
def to_number(text):
    """The cell as a number, or None for text ("2,5" with a decimal comma counts as 2.5)."""
    try:
        value = float(text.replace(",", ".")) if text.count(",") == 1 and "." not in text else float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def numbers(cells):
    """A column as numbers, empty cells as NaN (gaps to fill later); None if it holds text."""
    out = np.empty(len(cells))
    for i, cell in enumerate(cells):
        value = np.nan if cell == "" else to_number(cell)
        if value is None:
            return None
        out[i] = value
    return None if np.all(np.isnan(out)) else out


def read_table(path, target="", task="auto", ignore=()):
    """The table as deskdl reads it: inputs x, targets y, the class names and the input names.

    The first row holds the column names; the target is the last column unless named.
    A number column is used as it is (empty cells stay NaN until load_data() fills them).
    A text column becomes one 0/1 column per different text, such as colour=red, colour=blue.
    A target of texts (or of a few whole numbers) gives classes: its values in sorted order,
    numbered 0, 1, 2, ...; any other number target is predicted as a number (regression).
    Rows with an empty target are left out.
    """
    with open(path, newline="", encoding="utf-8-sig") as f:
        sample = f.read(65536)
        f.seek(0)
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\\t")
        except csv.Error:
            dialect = csv.excel
        rows = [row for row in csv.reader(f, dialect) if any(cell.strip() for cell in row)]
    header = [name.strip() for name in rows[0]]
    columns = {name: [row[i].strip() for row in rows[1:]] for i, name in enumerate(header)}
    target = target or header[-1]

    # The target: class numbers, or the numbers to predict
    cells = columns[target]
    values = numbers(cells)
    if task == "auto":
        known = np.unique(values[~np.isnan(values)]) if values is not None else None
        few_whole = known is not None and np.all(known == np.round(known)) and len(known) <= 10
        task = "classification" if values is None or few_whole else "regression"
    if task == "regression":
        keep = ~np.isnan(values)
        y, class_names = values.astype("float32"), []
    else:
        keep = np.array([cell != "" for cell in cells])
        if values is not None:  # numbers name the classes: "1", "2", "3" in the order of their values
            cells = [f"{to_number(cell):g}" if cell else "" for cell in cells]
            class_names = sorted(set(cells) - {""}, key=float)
        else:
            class_names = sorted(set(cells) - {""})
        number = {name: i for i, name in enumerate(class_names)}
        y = np.array([number.get(cell, -1) for cell in cells], dtype="int64")

    # The inputs, in the order of the columns
    parts, names = [], []
    for name in header:
        if name == target or name in ignore:
            continue
        cells = columns[name]
        values = numbers(cells)
        if values is not None:
            parts.append(values[:, None])
            names.append(name)
            continue
        found = [to_number(cell) is not None for cell in cells if cell != ""]
        if found and sum(found) >= 0.9 * len(found):
            raise SystemExit(f"column {name!r} holds numbers but also some text: fix or empty those cells")
        texts = sorted(set(cells))  # an empty cell counts as one more text
        if len(texts) > 50:
            raise SystemExit(f"column {name!r} holds {len(texts)} different texts: leave it out with ignore")
        for text in texts:
            parts.append(np.array([1.0 if cell == text else 0.0 for cell in cells])[:, None])
            names.append(f"{name}={text or '(empty)'}")
    x = np.concatenate(parts, axis=1)
    return x[keep], y[keep], class_names, names
'''


def _wrapped_call(start: str, args: list[str], width: int = 100) -> list[str]:
    """``start`` + the arguments + ``)`` on one line, or wrapped under the opening bracket."""
    lines = [start]
    for i, arg in enumerate(args):
        piece = arg + (")" if i == len(args) - 1 else ",")
        if len(lines[-1]) + len(piece) + 1 > width and lines[-1] != start:
            lines.append(" " * len(start))
        lines[-1] += piece if lines[-1].endswith(("(", " ")) else " " + piece
    return lines


def _column_names(text: Any) -> list[str]:
    """``ignore_columns`` as a list of names (deskdl takes a list or a comma-separated text)."""
    if isinstance(text, (list, tuple)):
        return [str(t) for t in text]
    return [c.strip() for c in str(text or "").split(",") if c.strip()]


def data_code(data: Mapping[str, Any]) -> tuple[str, str, bool]:
    """``(helpers, load_data function, runs_offline)`` for a project's ``data`` settings.

    ``runs_offline`` is False when the user must supply a file (CSV, image folder, unknown set).
    """
    dataset, p = _dataset_params(data)
    seed = int(p.get("seed", 0) or 0)
    tf_ = float(p.get("test_fraction", 0.2))
    scaling = str(p.get("scaling", "default"))
    helpers: list[str] = []
    body: list[str] = []
    offline = True

    def scaled(default: str, divisor: float | None) -> None:
        body.extend(_scaling_code(default if scaling == "default" else scaling, divisor))

    if dataset in datagen.GENERATORS_2D:
        fn = datagen.GENERATORS_2D[dataset]
        helpers.append(f"_SCALE = {datagen._SCALE!r}  # TensorFlow Playground draws in [-6, 6]; "
                       "this brings the points to about [-1, 1]\n")
        helpers += [_source(datagen._check), _source(datagen._halves)]
        if dataset == "regression_gaussian":
            helpers.append(f"_BUMPS = {datagen._BUMPS!r}\n")
            helpers.append(_source(datagen.regression_gaussian_surface))
        helpers += [_source(fn), _source(datagen.split)]
        body += [
            f"    # {dataset}: generated like deskdl (and TensorFlow Playground) draw it",
            f"    x, y = {fn.__name__}(samples={int(p.get('samples', 500))}, "
            f"noise={literal(float(p.get('noise', 0.0)))}, seed={seed})",
            f"    {_SPLIT_NOTE}",
            f"    x_train, y_train, x_test, y_test = split(x, y, {literal(tf_)}, seed={seed})",
        ]
        scaled("none", None)
    elif dataset == "shapes":
        helpers.append(_tuple_code("SHAPE_CLASSES", datagen.SHAPE_CLASSES))
        helpers += [_source(datagen._check), _source(datagen.shapes), _source(datagen.split)]
        size = int(p.get("image_size", 28))
        body += [
            "    # Made-up pictures of circles, squares, triangles and crosses (classes 0..3)",
            f"    x, y = shapes(samples={int(p.get('samples', 2000))}, size={size}, "
            f"noise={literal(float(p.get('noise', 0.1)))}, seed={seed})",
            f"    {_SPLIT_NOTE}",
            f"    x_train, y_train, x_test, y_test = split(x[..., None].astype(\"float32\"), y, "
            f"{literal(tf_)}, seed={seed})",
        ]
        scaled("divide", 255.0)
    elif dataset == "reviews":
        helpers += [_source(datagen._check)]
        helpers.append("".join(_tuple_code(name, getattr(datagen, name)) for name in _REVIEW_CONSTANTS))
        helpers += [_source(f) for f in (datagen.review_score, datagen._pick, datagen._review_clause,
                                         datagen.review_texts, datagen.pad_front, datagen.reviews,
                                         datagen.split)]
        body += [
            "    # Made-up film reviews as word numbers (0 = padding, 1 = start, REVIEW_WORDS[i] = i + 3)",
            f"    x, y = reviews(samples={int(p.get('samples', 2000))}, maxlen={int(p.get('maxlen', 24))}, "
            f"seed={seed})",
            f"    {_SPLIT_NOTE}",
            "    x_train, y_train, x_test, y_test = split(x.astype(\"float32\"), y, "
            f"{literal(tf_)}, seed={seed})",
        ]
    elif dataset == "digits":
        helpers += [FIND_FILE_CODE, _source(datagen.split)]
        body += [
            "    # The UCI handwritten digits (8x8, values 0..16) that come with deskdl: copy",
            "    # resources/datasets/optdigits_8x8.npz from deskdl next to this script.",
            "    # (sklearn.datasets.load_digits() holds the same 1797 pictures.)",
            "    with np.load(find_file(\"optdigits_8x8.npz\")) as f:",
            "        x, y = f[\"x\"][..., None].astype(\"float32\"), f[\"y\"].astype(\"int64\")",
            f"    {_SPLIT_NOTE}",
            f"    x_train, y_train, x_test, y_test = split(x, y, {literal(tf_)}, seed={seed})",
        ]
        scaled("divide", 16.0)
    elif dataset in ("mnist", "fashion_mnist", "cifar10"):
        body += [
            "    # Downloads once into ~/.keras/datasets (deskdl reads the same files)",
            f"    (x_train, y_train), (x_test, y_test) = keras.datasets.{dataset}.load_data()",
            "    y_train = y_train.reshape(-1).astype(\"int64\")",
            "    y_test = y_test.reshape(-1).astype(\"int64\")",
            "    x_train, x_test = x_train.astype(\"float32\"), x_test.astype(\"float32\")",
        ]
        if dataset != "cifar10":
            body.append("    x_train, x_test = x_train[..., None], x_test[..., None]  # add the channel axis")
        body += _subset_code(p)
        scaled("divide", 255.0)
    elif dataset == "imdb":
        nw, ml = int(p.get("num_words", 10000)), int(p.get("maxlen", 200))
        body += [
            "    # Film reviews as word numbers (0 = padding, 1 = start, 2 = rare word), padded at the front",
            f"    (x_train, y_train), (x_test, y_test) = keras.datasets.imdb.load_data(num_words={nw})",
            *(["    # Keras's loader shuffles the reviews first, so these can be other reviews than the",
               "    # ones deskdl picks (deskdl takes the first ones in the file's own order)"]
              if _subset_code(p) else []),
            *_subset_code(p),
            f"    x_train = keras.utils.pad_sequences(x_train, maxlen={ml}).astype(\"float32\")",
            f"    x_test = keras.utils.pad_sequences(x_test, maxlen={ml}).astype(\"float32\")",
            "    y_train, y_test = y_train.astype(\"int64\"), y_test.astype(\"int64\")",
        ]
    elif dataset == "csv":
        offline = False
        helpers += [CLASS_NAMES_CODE, CSV_CODE, FIND_FILE_CODE, _source(datagen.split)]
        path = str(p.get("path") or "your_table.csv")
        target = str(p.get("target_column") or "")
        task = str(p.get("task") or "auto")
        ignore = _column_names(p.get("ignore_columns"))
        how = {"default": "standardize", "divide": "none"}.get(scaling, scaling)  # as deskdl's load_csv
        body += [
            "    # Your table, read as deskdl reads it: put the file next to this script or change the path",
            f"    path = find_file({json.dumps(path)})",
            *_wrapped_call("    x, y, class_names, inputs = read_table(",
                           ["path", f"target={json.dumps(target)}", f"task={json.dumps(task)}",
                            f"ignore={literal(ignore)}"]),
            "    CLASS_NAMES[:] = class_names",
            "    print(f\"{len(x)} rows, {len(inputs)} inputs: {', '.join(inputs)}\")",
            "    print(f\"{len(class_names)} classes: {', '.join(class_names)}\" if class_names",
            "          else \"the target is a number to predict (regression)\")",
            f"    {_SPLIT_NOTE}",
            f"    x_train, y_train, x_test, y_test = split(x, y, {literal(tf_)}, seed={seed})",
            "    # Fill each gap with the mean of its column in the training part (0 if the column is empty)",
            "    means = np.nanmean(x_train, axis=0)",
            "    means = np.where(np.isnan(means), 0.0, means)",
            "    x_train = np.where(np.isnan(x_train), means, x_train).astype(\"float32\")",
            "    x_test = np.where(np.isnan(x_test), means, x_test).astype(\"float32\")",
        ]
        body.extend(_scaling_code(how, None))
    elif dataset == "digit_tasks":
        from deskdl.core import seqtasks

        helpers += [f"TASKS = {seqtasks.TASKS!r}\n", _source(seqtasks.digit_task), _source(datagen.split)]
        body += [
            "    # Random digits; the answer is one digit per place (see digit_task)",
            f"    x, y = digit_task({json.dumps(str(p.get('task', 'reverse')))}, "
            f"{int(p.get('samples', 20000))}, {int(p.get('length', 10))}, seed={seed})",
            f"    {_SPLIT_NOTE}",
            "    x_train, y_train, x_test, y_test = split(x.astype(\"float32\"), y, "
            f"{literal(tf_)}, seed={seed})",
        ]
    elif dataset in ("abc_tunes", "text_file"):
        helpers.append(TEXT_WINDOWS_CODE)
        if dataset == "abc_tunes":
            helpers.insert(0, _abc_generator_code())
            body.append("    # Folk tunes in ABC notation, written by rule (deskdl.core.abc_corpus)")
            body.append(f"    text = corpus({int(p.get('tunes', 1000))}, seed={seed})")
        else:
            offline = False
            helpers.insert(0, FIND_FILE_CODE)
            path = str(p.get("path") or "your_text.txt")
            body += [
                "    # Your text, read as deskdl reads it: put the file next to this script or change",
                "    # the path",
                f"    with open(find_file({json.dumps(path)}), encoding=\"utf-8-sig\") as f:",
                "        text = f.read().replace(\"\\r\\n\", \"\\n\").replace(\"\\r\", \"\\n\")",
            ]
        body += [
            "    chars, (x_train, y_train), (x_test, y_test) = text_windows(",
            f"        text, {int(p.get('seq_len', 40))}, {int(p.get('step', 3))}, "
            f"{literal(float(p.get('test_fraction', 0.1)))})",
            "    print(f\"{len(text)} characters, {len(chars)} different ones\")",
        ]
    elif dataset == "image_folder":
        offline = False
        helpers += [CLASS_NAMES_CODE, _source(datagen.split)]
        path = str(p.get("path") or "your_pictures")
        size = tuple(int(v) for v in (p.get("image_size") or (64, 64)))
        mode = str(p.get("color_mode") or "rgb")
        body += [
            "    # Your pictures: one sub-folder per class (the sub-folder names are the classes)",
            "    images = keras.utils.image_dataset_from_directory(",
            f"        {json.dumps(path)}, image_size={literal(size)}, color_mode={json.dumps(mode)},",
            "        batch_size=None, shuffle=False)",
            "    CLASS_NAMES[:] = images.class_names",
            "    pairs = list(images.as_numpy_iterator())",
            "    x = np.stack([img for img, _ in pairs]).astype(\"float32\")",
            "    y = np.array([label for _, label in pairs], dtype=\"int64\")",
            f"    x_train, y_train, x_test, y_test = split(x, y, {literal(tf_)}, seed={seed})",
        ]
        scaled("divide", 255.0)
    else:
        offline = False
        body += [
            f"    # deskdl does not know the data set {dataset!r}: load your own arrays here.",
            "    raise SystemExit(\"load_data(): put the code that loads your data here\")",
        ]
    body.append("    return (x_train, y_train), (x_test, y_test)")
    doc = '    """Training and test arrays, scaled as deskdl scales them."""\n'
    func = "def load_data():\n" + doc + "\n".join(body)
    return "\n\n\n".join(h.rstrip() + "\n" for h in helpers), func + "\n", offline


def _subset_code(p: Mapping[str, Any]) -> list[str]:
    lines = []
    mt, ms = int(p.get("max_train", 0) or 0), int(p.get("max_test", 0) or 0)
    if mt:
        lines.append(f"    x_train, y_train = x_train[:{mt}], y_train[:{mt}]  # quicker on a CPU")
    if ms:
        lines.append(f"    x_test, y_test = x_test[:{ms}], y_test[:{ms}]")
    return lines


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


def _target(data: Mapping[str, Any]) -> str:
    """The project's ``data.target``: ``"labels"`` or ``"inputs"`` (as deskdl reads it)."""
    from deskdl.ml import datasets

    return datasets.data_target(data)


def _safe_model_name(name: str) -> str:
    out = re.sub(r"\W+", "_", (name or "model").strip()).strip("_").lower()
    return out or "model"


def _vae_lines(project: Any, graph: ModelGraph) -> list[str]:
    """A VAE's encoder, decoder and samples after training (:mod:`deskdl.ml.export_vae`); else nothing."""
    from deskdl.core.kinds import kind_of

    if kind_of(project).id != "vae":
        return []
    from deskdl.ml.export_vae import vae_lines
    from deskdl.ml.vae import find_latent

    latent = find_latent(graph, (getattr(project, "algorithm", None) or {}).get("latent") or None)
    shape = analyze(graph).nodes[latent].shape
    return vae_lines(graph, latent, tuple(int(d) for d in shape[1:]))


def export_python(project: Any) -> str:
    """The whole project as a runnable Keras script; see the module docstring.

    Raises :class:`ExportError` when the model has errors (exactly as analysis reports them).
    A GAN project is written by :func:`deskdl.ml.export_gan.export_gan`.
    """
    from deskdl.core.kinds import kind_of

    if kind_of(project).id == "gan":
        from deskdl.ml.export_gan import export_gan

        return export_gan(project)
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
    # an autoencoder or a VAE (by data.target or by its declared kind): the inputs are the targets
    from deskdl.core.kinds import kind_of

    rebuild = _target(data) == "inputs" or kind_of(project).data == "inputs"
    read_classes = {"csv": "table", "image_folder": "folder"}.get(dataset, "")  # known once files are read
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
        "    return model",
    ]
    out.append("\n".join(main) + "\n")
    out.append('\nif __name__ == "__main__":\n    main()\n')
    text = "\n\n\n".join(part.strip("\n") for part in out) + "\n"
    return re.sub(r"\n{4,}", "\n\n\n", text)
