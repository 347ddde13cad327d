"""deskdl's one CSV reader: the functions ``load_csv`` uses and an exported script copies, to the letter.

Only the csv module, math and NumPy (an exported script has nothing else), no deskdl
imports. A problem raises :class:`TableError` with what is wrong and how to fix it;
``load_csv`` turns it into a :class:`~deskdl.ml.datasets.base.DataError` naming the file.
"""

from __future__ import annotations

import csv
import math

import numpy as np


class TableError(ValueError):
    """A table that cannot be read as it is: the message, the fix, and the line (0: no one line).

    The message and the fix are written with {placeholders} filled from ``values``; the templates
    are kept too (``template``, ``fix_template``), so deskdl can show them in the learner's language.
    """

    def __init__(self, message, fix="", line=0, **values):
        self.template, self.fix_template, self.values = message, fix, values
        self.message, self.fix, self.line = message.format(**values), fix.format(**values), line
        super().__init__(f"{self.message}: {self.fix}" if fix else self.message)


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


def read_rows(path):
    """The rows of the file that are not blank (the separator , ; or tab is guessed from its start)."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        sample = f.read(65536)
        f.seek(0)
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        return [row for row in csv.reader(f, dialect) if any(cell.strip() for cell in row)]


def target_values(name, cells, task="auto"):
    """The target column as (task, y, keep, class_names); keep marks the rows that have a target.

    A target of texts (or of at most 10 different whole numbers) gives classes: its values in
    sorted order, numbered 0, 1, 2, ...; any other number target is predicted as a number
    (regression). A row with an empty target gets class -1 and is left out (keep is False).
    """
    values = numbers(cells)
    if task == "auto":
        known = np.unique(values[~np.isnan(values)]) if values is not None else None
        few_whole = known is not None and np.all(known == np.round(known)) and len(known) <= 10
        task = "classification" if values is None or few_whole else "regression"
    if task == "regression":
        if values is None:
            bad = next(cell for cell in cells if to_number(cell) is None)
            raise TableError("the target {name!r} holds text such as {bad!r}, so it cannot be predicted "
                             "as a number", "choose task 'classification', or a numeric target column",
                             name=name, bad=bad)
        return task, values.astype("float32"), ~np.isnan(values), []
    keep = np.array([cell != "" for cell in cells])
    if values is not None:  # numbers name the classes: "1", "2", "3" in the order of their values
        cells = [f"{to_number(cell):g}" if cell else "" for cell in cells]
        class_names = sorted(set(cells) - {""}, key=float)
    else:
        class_names = sorted(set(cells) - {""})
    number = {cell: i for i, cell in enumerate(class_names)}
    return task, np.array([number.get(cell, -1) for cell in cells]), keep, class_names


def input_columns(header, columns, target, ignore=(), max_texts=50):
    """The inputs as one array (rows x inputs) and their names, in the order of the columns.

    A number column is used as it is (empty cells stay NaN until they are filled); a text
    column becomes one 0/1 column per different text, such as colour=red, colour=blue.
    """
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
        found = [to_number(cell) for cell in cells if cell != ""]
        if found and sum(v is not None for v in found) >= 0.9 * len(found):
            line, bad = next((i, cell) for i, cell in enumerate(cells, start=2)
                             if cell != "" and to_number(cell) is None)
            raise TableError("column {name!r} holds numbers, but this row has {bad!r}",
                             "fix or delete that cell (leave it empty if the value is unknown)", line,
                             name=name, bad=bad)
        texts = sorted(set(cells))  # an empty cell counts as one more text
        if len(texts) > max_texts:
            raise TableError("column {name!r} holds {n} different texts; it looks like names or "
                             "free text, which a network cannot read as categories",
                             "ignore that column (ignore_columns=[{name!r}])", name=name, n=len(texts))
        for text in texts:
            parts.append(np.array([1.0 if cell == text else 0.0 for cell in cells])[:, None])
            names.append(f"{name}={text or '(empty)'}")
    if not parts:
        raise TableError("no input columns are left besides the target {target!r}",
                         "add columns that describe each example", target=target)
    return np.concatenate(parts, axis=1), names


def read_table(path, target="", task="auto", ignore=()):
    """The table as deskdl reads it: inputs x, targets y, the class names and the input names.

    The first row holds the column names; the target is the last column unless named.
    Rows with an empty target are left out.
    """
    rows = read_rows(path)
    header = [name.strip() for name in rows[0]]
    columns = {name: [row[i].strip() for row in rows[1:]] for i, name in enumerate(header)}
    target = target or header[-1]
    task, y, keep, class_names = target_values(target, columns[target], task)
    x, names = input_columns(header, columns, target, ignore)
    return x[keep], y[keep], class_names, names
