"""pyqtgraph, imported the one right way (DESIGN.md §5).

PySide6 is imported first so pyqtgraph binds to it; ``imageAxisOrder`` is set
once to row-major so numpy images are ``(rows, cols[, channels])`` everywhere.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import PySide6.QtCore  # noqa: E402,F401  (bind pyqtgraph to PySide6)

# isort: split
import pyqtgraph as pg  # noqa: E402

pg.setConfigOptions(imageAxisOrder="row-major", antialias=False, background="w", foreground="#333")

__all__ = ["pg"]
