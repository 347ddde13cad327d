"""The learner's own table: a CSV file with a header row, read with only the csv module and NumPy."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from deskdl.core import datagen
from deskdl.core.i18n import N_, translator
from deskdl.ml.datasets import script as s
from deskdl.ml.datasets import table_reader as reader
from deskdl.ml.datasets.base import (
    SCALING_PARAM,
    SEED_PARAM,
    TEST_PARAM,
    DataBundle,
    DataError,
    DatasetInfo,
    ParamInfo,
    scale_inputs,
)

_ = translator("ml.datasets.tables")

#: The shared reader's messages and fixes, marked here for translation: table_reader.py stays free of
#: deskdl (an exported script copies it and says them in English); load_csv shows them through _(),
#: filled with the error's values (tests/test_i18n_ml_messages.py checks that this list is whole).
READER_TEXTS = (
    N_("the target {name!r} holds text such as {bad!r}, so it cannot be predicted as a number"),
    N_("choose task 'classification', or a numeric target column"),
    N_("column {name!r} holds numbers, but this row has {bad!r}"),
    N_("fix or delete that cell (leave it empty if the value is unknown)"),
    N_("column {name!r} holds {n} different texts; it looks like names or free text, which a network cannot "
       "read as categories"),
    N_("ignore that column (ignore_columns=[{name!r}])"),
    N_("no input columns are left besides the target {target!r}"),
    N_("add columns that describe each example"),
)


def reader_message(err: reader.TableError) -> tuple[str, str]:
    """``(message, fix)`` of the shared reader's error in the app's language, its values filled in."""
    message = _(err.template).format(**err.values) if err.template in READER_TEXTS else err.message
    fix = _(err.fix_template).format(**err.values) if err.fix_template in READER_TEXTS else err.fix
    return message, fix


def load_csv(path: str | os.PathLike[str], target_column: str | None = None, task: str = "auto",
             test_fraction: float = 0.2, seed: int = 0, scaling: str = "default",
             ignore_columns: Sequence[str] = (), max_categories: int = 50) -> DataBundle:
    """Read a CSV table with a header row into a :class:`DataBundle`.

    Numeric columns are used as they are (gaps filled with the training mean);
    text columns become one-hot columns (``colour=red``, ``colour=blue``...).
    ``target_column`` (default: the last column) is what to predict: ``task``
    ``"auto"`` picks classification for text or a few whole numbers, else
    regression. Inputs are standardized by default.
    """
    path = Path(path)
    if task not in ("auto", "classification", "regression"):
        raise DataError(_("task must be auto, classification or regression, not {task!r}").format(task=task))
    try:
        rows = reader.read_rows(path)
    except FileNotFoundError:
        raise DataError(_("{path}: no such file").format(path=path), _("check the path")) from None
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(_("{path}: cannot be read as text ({error})").format(
            path=path, error=err.__class__.__name__),
                        _("save the table as CSV (UTF-8) from your spreadsheet program")) from None
    if not rows:
        raise DataError(_("{path} is empty").format(path=path),
                        _("save a table with a header row and at least a few rows"))
    header = [h.strip() for h in rows[0]]
    body = rows[1:]
    if len(body) < 2:
        raise DataError((_("{path} has a header but no data row") if not body
                         else _("{path} has a header but only one data row")).format(path=path),
                        _("a table needs at least a few rows of examples to learn from"))
    for i, r in enumerate(body, start=2):
        if len(r) != len(header):
            raise DataError(_("{path}, line {line}: {cells} cells, but the header has {columns} columns")
                            .format(path=path, line=i, cells=len(r), columns=len(header)),
                            _("make every row have one value per column"))
    if target_column is None:
        target_column = header[-1]
    if target_column not in header:
        raise DataError(_("{path} has no column {column!r}").format(path=path, column=target_column),
                        _("choose one of: {names}").format(names=", ".join(header)))
    for c in ignore_columns:
        if c not in header:
            raise DataError(_("{path} has no column {column!r} to ignore").format(path=path, column=c),
                            _("choose from: {names}").format(names=", ".join(header)))
    cols = {h: [r[i].strip() for r in body] for i, h in enumerate(header)}

    try:
        task, y, keep, class_names = reader.target_values(target_column, cols[target_column], task)
        if task == "classification" and len(class_names) < 2:
            raise DataError(_("{path}: the target {column!r} has only one value ({value})").format(
                path=path, column=target_column, value=class_names[0] if class_names else _("none")),
                            _("a classifier needs at least two classes; choose another target column"))
        if task == "classification" and len(class_names) > 200:
            raise DataError(_("{path}: the target {column!r} has {n} different values").format(
                path=path, column=target_column, n=len(class_names)),
                            _("that looks like a number to predict: choose task 'regression'"))
        if keep.sum() < 2:
            raise DataError(_("{path}: almost every row has no value in {column!r}").format(
                path=path, column=target_column), _("fill in the target column"))
        x, names = reader.input_columns(header, cols, target_column, ignore_columns, max_categories)
    except reader.TableError as err:
        where = _("{path}, line {line}").format(path=path, line=err.line) if err.line else f"{path}"
        message, fix = reader_message(err)
        raise DataError(f"{where}: {message}", fix) from None
    x, y = x[keep], y[keep]
    xt, yt, xs, ys = datagen.split(x, y, float(test_fraction), int(seed))
    means = np.nanmean(xt, axis=0)
    means = np.where(np.isnan(means), 0.0, means)
    xt = np.where(np.isnan(xt), means, xt)
    xs = np.where(np.isnan(xs), means, xs)
    how = "standardize" if scaling == "default" else scaling
    xt, xs, text = scale_inputs(xt, xs, how)
    yt = yt.astype(np.int64 if task == "classification" else np.float32)
    ys = ys.astype(np.int64 if task == "classification" else np.float32)
    desc = _("Your table {file}: {rows} rows, {cols} input columns after one-hot coding, predicting "
             "{target!r} ({task}).").format(file=path.name, rows=len(x), cols=len(names),
                                            target=target_column, task=task)
    return DataBundle(xt, yt, xs, ys, class_names, (x.shape[1],), task, dataset_id="csv",
                      title=path.name, kind="table", description=desc, scaling=text, feature_names=names)


def _names(text: Any) -> list[str]:
    if isinstance(text, (list, tuple)):
        return [str(t) for t in text]
    return [c.strip() for c in str(text or "").split(",") if c.strip()]


def _reader_code() -> str:
    """The shared reader's functions, copied into a script (the same code load_csv runs)."""
    return "\n\n".join(s.source(f) for f in (reader.TableError, reader.to_number, reader.numbers,
                                                reader.read_rows, reader.target_values,
                                                reader.input_columns, reader.read_table))


def _wrapped_call(start: str, args: list[str], width: int = 100) -> list[str]:
    """``start`` + the arguments + ``)`` on one line, or wrapped under the opening bracket."""
    lines = [start]
    for i, arg in enumerate(args):
        piece = arg + (")" if i == len(args) - 1 else ",")
        if len(lines[-1]) + len(piece) + 1 > width and lines[-1] != start:
            lines.append(" " * len(start))
        lines[-1] += piece if lines[-1].endswith(("(", " ")) else " " + piece
    return lines


def _export(p: dict[str, Any]) -> s.DataCode:
    seed, tf_, scaling = s.settings(p)
    path = str(p.get("path") or "your_table.csv")
    target = str(p.get("target_column") or "")
    task = str(p.get("task") or "auto")
    ignore = _names(p.get("ignore_columns"))
    how = {"default": "standardize", "divide": "none"}.get(scaling, scaling)  # as load_csv does
    body = [
        "    # Your table, read as deskdl reads it: put the file next to this script or change the path",
        f"    path = find_file({json.dumps(path)})",
        "    try:",
        *_wrapped_call("        x, y, class_names, inputs = read_table(",
                       ["path", f"target={json.dumps(target)}", f"task={json.dumps(task)}",
                        f"ignore={s.literal(ignore)}"]),
        "    except TableError as err:",
        "        where = f\"{path}, line {err.line}\" if err.line else path",
        "        raise SystemExit(f\"{where}: {err}\") from None",
        "    CLASS_NAMES[:] = class_names",
        "    print(f\"{len(x)} rows, {len(inputs)} inputs: {', '.join(inputs)}\")",
        "    print(f\"{len(class_names)} classes: {', '.join(class_names)}\" if class_names",
        "          else \"the target is a number to predict (regression)\")",
        f"    {s.SPLIT_NOTE}",
        f"    x_train, y_train, x_test, y_test = split(x, y, {s.literal(tf_)}, seed={seed})",
        "    # Fill each gap with the mean of its column in the training part (0 if the column is empty)",
        "    means = np.nanmean(x_train, axis=0)",
        "    means = np.where(np.isnan(means), 0.0, means)",
        "    x_train = np.where(np.isnan(x_train), means, x_train).astype(\"float32\")",
        "    x_test = np.where(np.isnan(x_test), means, x_test).astype(\"float32\")",
    ]
    return s.DataCode([s.CLASS_NAMES_CODE, _reader_code(), s.FIND_FILE_CODE, s.source(datagen.split)],
                      body + s.scaling_code(how, None), offline=False, read_classes="table")


#: What this source brings to the registry (:mod:`deskdl.ml.datasets.registry`).
DATASETS = (DatasetInfo(
    "csv", N_("Your table (CSV)"), N_("A table from a spreadsheet saved as CSV, one example per row, with a "
    "header row. Choose the column to predict; text columns are one-hot coded."), "table",
    "classification",
    None, (), (ParamInfo("path", "path", "", N_("The .csv file.")),
               ParamInfo("target_column", "str", "", N_("The column to predict (empty = the last one).")),
               ParamInfo("task", "choice", "auto", N_("auto guesses from the target column."),
                         choices=("auto", "classification", "regression")),
               ParamInfo("ignore_columns", "str", "", N_("Columns to leave out, separated by commas.")),
               ParamInfo("test_fraction", "float", 0.2, TEST_PARAM.help, 0.05, 0.9), SEED_PARAM,
               SCALING_PARAM),
    lambda p: load_csv(p["path"], p["target_column"] or None, p["task"], p["test_fraction"], p["seed"],
                       p["scaling"], _names(p["ignore_columns"])),
    source="user", export=_export),)
