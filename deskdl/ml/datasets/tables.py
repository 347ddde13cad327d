"""The learner's own table: a CSV file with a header row, read with only the csv module and NumPy."""

from __future__ import annotations

import csv
import json
import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from deskdl.core import datagen
from deskdl.ml.datasets import script as s
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
        raise DataError(f"task must be auto, classification or regression, not {task!r}")
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            sample = fh.read(65536)
            fh.seek(0)
            try:
                dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel
            rows = [r for r in csv.reader(fh, dialect) if any(c.strip() for c in r)]
    except FileNotFoundError:
        raise DataError(f"{path}: no such file", "check the path") from None
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(f"{path}: cannot be read as text ({err.__class__.__name__})",
                        "save the table as CSV (UTF-8) from your spreadsheet program") from None
    if not rows:
        raise DataError(f"{path} is empty", "save a table with a header row and at least a few rows")
    header = [h.strip() for h in rows[0]]
    body = rows[1:]
    if len(body) < 2:
        raise DataError(f"{path} has a header but {'no' if not body else 'only one'} data row",
                        "a table needs at least a few rows of examples to learn from")
    for i, r in enumerate(body, start=2):
        if len(r) != len(header):
            raise DataError(f"{path}, line {i}: {len(r)} cells, but the header has {len(header)} columns",
                            "make every row have one value per column")
    if target_column is None:
        target_column = header[-1]
    if target_column not in header:
        raise DataError(f"{path} has no column {target_column!r}",
                        f"choose one of: {', '.join(header)}")
    for c in ignore_columns:
        if c not in header:
            raise DataError(f"{path} has no column {c!r} to ignore", f"choose from: {', '.join(header)}")
    cols = {h: [r[i].strip() for r in body] for i, h in enumerate(header)}

    # the target
    raw_y = cols[target_column]
    y_num = _as_numbers(raw_y)
    if task == "auto":
        if y_num is None:
            task = "classification"
        else:
            values = np.unique(y_num[~np.isnan(y_num)])
            task = "classification" if (np.all(values == np.round(values)) and len(values) <= 10) \
                else "regression"
    if task == "regression":
        if y_num is None:
            bad = next(v for v in raw_y if _to_float(v) is None)
            raise DataError(f"{path}: the target {target_column!r} holds text such as {bad!r}, so it "
                            "cannot be predicted as a number", "choose task 'classification', or a numeric "
                            "target column")
        keep = ~np.isnan(y_num)
        y = y_num.astype(np.float32)
        class_names: list[str] = []
    else:
        keep = np.array([v != "" for v in raw_y])
        labels = [v for v in raw_y if v != ""]
        if y_num is not None:
            uniq = sorted(set(float(v) for v in labels))
            class_names = [f"{u:g}" for u in uniq]
            lookup = {f"{u:g}": i for i, u in enumerate(uniq)}
            y = np.array([lookup.get(f"{float(v):g}", -1) if v else -1 for v in raw_y])
        else:
            class_names = sorted(set(labels))
            lookup = {n: i for i, n in enumerate(class_names)}
            y = np.array([lookup.get(v, -1) for v in raw_y])
        if len(class_names) < 2:
            raise DataError(f"{path}: the target {target_column!r} has only one value "
                            f"({class_names[0] if class_names else 'none'})",
                            "a classifier needs at least two classes; choose another target column")
        if len(class_names) > 200:
            raise DataError(f"{path}: the target {target_column!r} has {len(class_names)} different values",
                            "that looks like a number to predict: choose task 'regression'")
    if keep.sum() < 2:
        raise DataError(f"{path}: almost every row has no value in {target_column!r}",
                        "fill in the target column")

    # the inputs
    feats: list[np.ndarray] = []
    names: list[str] = []
    for h in header:
        if h == target_column or h in ignore_columns:
            continue
        raw = cols[h]
        num = _as_numbers(raw)
        if num is not None:
            feats.append(num[:, None])
            names.append(h)
            continue
        parsed = [_to_float(v) for v in raw if v != ""]
        ok = sum(p is not None for p in parsed)
        if parsed and ok >= 0.9 * len(parsed):
            line, bad = next((i, v) for i, v in enumerate(raw, start=2) if v != "" and _to_float(v) is None)
            raise DataError(f"{path}, line {line}: column {h!r} holds numbers, but this row has {bad!r}",
                            "fix or delete that cell (leave it empty if the value is unknown)")
        cats = sorted(set(raw))
        if len(cats) > max_categories:
            raise DataError(f"{path}: column {h!r} holds {len(cats)} different texts; it looks like names or "
                            "free text, which a network cannot read as categories",
                            f"ignore that column (ignore_columns=[{h!r}])")
        for c in cats:
            feats.append(np.array([1.0 if v == c else 0.0 for v in raw])[:, None])
            names.append(f"{h}={c or '(empty)'}")
    if not feats:
        raise DataError(f"{path}: no input columns are left besides the target {target_column!r}",
                        "add columns that describe each example")
    x = np.concatenate(feats, axis=1)
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
    desc = (f"Your table {path.name}: {len(x)} rows, {len(names)} input columns after one-hot coding, "
            f"predicting {target_column!r} ({task}).")
    return DataBundle(xt, yt, xs, ys, class_names, (x.shape[1],), task, dataset_id="csv",
                      title=path.name, kind="table", description=desc, scaling=text, feature_names=names)


def _to_float(v: str) -> float | None:
    try:
        f = float(v.replace(",", ".")) if v.count(",") == 1 and "." not in v else float(v)
    except ValueError:
        return None
    return f if math.isfinite(f) else None


def _as_numbers(raw: Sequence[str]) -> np.ndarray | None:
    """The column as floats (empty cells NaN), or ``None`` if any cell is not a number."""
    out = np.empty(len(raw))
    for i, v in enumerate(raw):
        if v == "":
            out[i] = np.nan
            continue
        f = _to_float(v)
        if f is None:
            return None
        out[i] = f
    if np.all(np.isnan(out)):
        return None
    return out


def _names(text: Any) -> list[str]:
    if isinstance(text, (list, tuple)):
        return [str(t) for t in text]
    return [c.strip() for c in str(text or "").split(",") if c.strip()]


#: deskdl's CSV reading (load_csv) with only NumPy and the csv module, for an exported script.
#: ``tests/test_export.py`` checks that the script's arrays equal deskdl's.
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
        *_wrapped_call("    x, y, class_names, inputs = read_table(",
                       ["path", f"target={json.dumps(target)}", f"task={json.dumps(task)}",
                        f"ignore={s.literal(ignore)}"]),
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
    return s.DataCode([s.CLASS_NAMES_CODE, CSV_CODE, s.FIND_FILE_CODE, s.source(datagen.split)],
                      body + s.scaling_code(how, None), offline=False, read_classes="table")


#: What this source brings to the registry (:mod:`deskdl.ml.datasets.registry`).
DATASETS = (DatasetInfo(
    "csv", "Your table (CSV)", "A table from a spreadsheet saved as CSV, one example per row, with a "
    "header row. Choose the column to predict; text columns are one-hot coded.", "table",
    "classification",
    None, (), (ParamInfo("path", "path", "", "The .csv file."),
               ParamInfo("target_column", "str", "", "The column to predict (empty = the last one)."),
               ParamInfo("task", "choice", "auto", "auto guesses from the target column.",
                         choices=("auto", "classification", "regression")),
               ParamInfo("ignore_columns", "str", "", "Columns to leave out, separated by commas."),
               ParamInfo("test_fraction", "float", 0.2, TEST_PARAM.help, 0.05, 0.9), SEED_PARAM,
               SCALING_PARAM),
    lambda p: load_csv(p["path"], p["target_column"] or None, p["task"], p["test_fraction"], p["seed"],
                       p["scaling"], _names(p["ignore_columns"])),
    source="user", export=_export),)
