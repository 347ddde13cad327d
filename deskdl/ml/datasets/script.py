"""How a source writes its data into an exported script: the DataCode each one returns, and shared pieces.

Each source module gives its :class:`~deskdl.ml.datasets.base.DatasetInfo` an
``export`` function: full settings in, :class:`DataCode` out (the helper
definitions the script needs and the lines of its ``load_data()``), so the data
a script loads is the data deskdl loads. :mod:`deskdl.ml.export` writes the rest
of the script.
"""

from __future__ import annotations

import inspect
import json
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class DataCode:
    """A data set as script code.

    ``helpers``: definitions written before ``load_data()`` (functions, constants);
    ``body``: the lines of ``load_data()`` that leave ``x_train, y_train, x_test, y_test``
    set (the ``return`` is added by the exporter); ``offline``: False when the learner
    must supply a file; ``read_classes``: ``"table"`` or ``"folder"`` when the classes
    are only known once the script reads the learner's files (they fill ``CLASS_NAMES``).
    """

    helpers: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    offline: bool = True
    read_classes: str = ""


def literal(value: Any) -> str:
    """Python source for a plain value (:func:`deskdl.ml.export.literal`, the exporter's own spelling)."""
    from deskdl.ml.export import literal as exporters_literal

    return exporters_literal(value)


def settings(p: Mapping[str, Any]) -> tuple[int, float, str]:
    """``(seed, test_fraction, scaling)`` from full settings, with deskdl's defaults."""
    return int(p.get("seed", 0) or 0), float(p.get("test_fraction", 0.2)), str(p.get("scaling", "default"))


SPLIT_NOTE = "# The same shuffle-and-split deskdl uses, so the test examples are the same ones."


def source(obj: Any) -> str:
    """The source of a function or class, dedented, for a script."""
    return textwrap.dedent(inspect.getsource(obj)).rstrip() + "\n"


def scaling_code(how: str, divisor: float | None) -> list[str]:
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


def scaling_lines(p: Mapping[str, Any], default: str, divisor: float | None) -> list[str]:
    """:func:`scaling_code` for the ``scaling`` setting in ``p`` (``"default"``: the source's ``default``)."""
    scaling = str(p.get("scaling", "default"))
    return scaling_code(default if scaling == "default" else scaling, divisor)


def tuple_code(name: str, values: tuple[str, ...]) -> str:
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

CLASS_NAMES_CODE = '''
#: The class names, filled in by load_data() when it reads your files (empty for a number target)
CLASS_NAMES = []
'''


def subset_code(p: Mapping[str, Any]) -> list[str]:
    """Lines that keep the first ``max_train`` / ``max_test`` examples, as the Keras-set loaders do."""
    lines = []
    mt, ms = int(p.get("max_train", 0) or 0), int(p.get("max_test", 0) or 0)
    if mt:
        lines.append(f"    x_train, y_train = x_train[:{mt}], y_train[:{mt}]  # quicker on a CPU")
    if ms:
        lines.append(f"    x_test, y_test = x_test[:{ms}], y_test[:{ms}]")
    return lines


