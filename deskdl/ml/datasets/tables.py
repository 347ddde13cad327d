"""The learner's own table: a CSV file with a header row, read with only the csv module and NumPy."""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from deskdl.core import datagen
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
    source="user"),)
