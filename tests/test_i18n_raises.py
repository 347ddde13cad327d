"""Every error deskdl raises for a person to read goes through the translator (issue 17).

deskdl's own errors (``DeskdlError`` and its kinds: ``ProjectError``, ``DataError``, ``TrainingError``,
...) carry a message and a fix that the window shows in a dialog, the Problems list or the status
bar, and the command line prints. Each one raised with written words must write them through
``_()`` (or ``N_()`` where made at import time), or the learner meets English in a Vietnamese window.
Python's own errors (``ValueError``, ...) are for programmers and stay English. An f-string whose only
words come from other, translated, pieces (``f"{where}: {message}"``) is fine.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHONS_OWN = {"ValueError", "IndexError", "RuntimeError", "AssertionError", "NotImplementedError",
               "TypeError", "KeyError", "AttributeError", "OSError", "ImportError", "LookupError",
               "FileNotFoundError"}
#: The CSV reader is copied word for word into exported plain-Keras scripts, which stay English; the app
#: shows its messages through deskdl.ml.datasets.tables.READER_TEXTS (tests/test_i18n_ml_messages.py).
ENGLISH_BY_DESIGN = {"deskdl/ml/datasets/table_reader.py"}
WORDS = re.compile(r"[A-Za-z]{2,}")


def _has_words(arg: ast.expr) -> bool:
    if isinstance(arg, ast.Constant):
        return isinstance(arg.value, str) and bool(WORDS.search(arg.value))
    if isinstance(arg, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and WORDS.search(str(v.value)) for v in arg.values)
    return False


def _untranslated(path: Path, root: Path = ROOT) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        call = getattr(node, "exc", None) if isinstance(node, ast.Raise) else getattr(node, "value", None)
        if not isinstance(call, ast.Call):
            continue
        name = getattr(call.func, "id", None) or getattr(call.func, "attr", "")
        if not name.endswith("Error") or name in PYTHONS_OWN:
            continue
        texts = list(call.args[:2]) + [k.value for k in call.keywords if k.arg in ("message", "fix")]
        if any(_has_words(a) for a in texts):
            out.append(f"{path.relative_to(root).as_posix()}:{node.lineno}: {name}")
    return out


def test_the_scan_finds_an_english_message(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('def f(p):\n    raise DataError(f"the file {p} is empty", "choose another")\n'
                      'def g(p):\n    raise DataError(_("the file {p} is empty").format(p=p), _("choose"))\n'
                      'def h(where, err):\n    raise ProjectError(f"{where}: {err}")\n'
                      'def i(n):\n    raise ValueError(f"n must be positive, not {n}")\n', encoding="utf-8")
    assert _untranslated(sample, tmp_path) == ["sample.py:2: DataError"]


def test_every_deskdl_error_with_words_is_translated():
    found = []
    for path in sorted((ROOT / "deskdl").rglob("*.py")):
        if str(path.relative_to(ROOT)) not in ENGLISH_BY_DESIGN:
            found += _untranslated(path)
    assert found == []
