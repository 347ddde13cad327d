"""Measure the plots of every stage tab as drawn: widths, titles, tick labels (issue 10).

Used by ``tests/test_stage_layout.py`` and runnable on its own to print the
table of plot widths that the closing note of issue 10 asks for::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/layout_probe.py

Every measure is taken from the items pyqtgraph really draws: the plot's
geometry in its view, the title's text width, and the tick labels' text
rectangles from :meth:`pyqtgraph.AxisItem.generateDrawSpecs` (the very
rectangles ``paint`` uses), so a clipped title or two tick labels running
together ("2004006008…") show up as numbers.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

SIZES = ((1280, 720), (1440, 900))
#: Pixels two neighbouring tick labels must keep between them to read as two numbers.
TICK_GAP = 2.0


@dataclass
class PlotMeasure:
    """What one drawn plot got."""

    stage: str
    title: str
    width: float  # the whole plot item (axes included), in pixels
    view_width: float  # the data area (the ViewBox)
    view_height: float
    title_needed: float  # the title's text width (0 without a title)
    title_room: float  # the room the title label got
    tick_overlaps: list[str] = field(default_factory=list)  # "axis: 'a' / 'b'" pairs that collide
    tick_clipped: list[str] = field(default_factory=list)  # labels wider than their axis
    outside: bool = False  # the plot reaches past the visible part of its view

    @property
    def title_clipped(self) -> bool:
        """Whether the title text is wider than the room it got."""
        return self.title_needed > self.title_room + 1


def _texts(axis) -> list:
    """The tick label rectangles ``axis`` would paint now (its own coordinates)."""
    from PySide6.QtGui import QImage, QPainter

    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    if not specs:
        return []
    return [(rect, text) for rect, _flags, text in specs[2]]


def _overlaps(axis) -> list[str]:
    texts = _texts(axis)
    horizontal = axis.orientation in ("top", "bottom")
    found = []
    ordered = sorted(texts, key=lambda t: t[0].left() if horizontal else t[0].top())
    for (a, ta), (b, tb) in zip(ordered, ordered[1:], strict=False):
        if horizontal:
            gap = b.left() - a.right()
        else:
            gap = b.top() - a.bottom()
        if gap < (TICK_GAP if horizontal else 0):
            found.append(f"{axis.orientation}: {ta!r} / {tb!r}")
    return found


def _clipped(axis) -> list[str]:
    """Labels of a left/right axis wider than the axis (pyqtgraph cuts them at its edge)."""
    if axis.orientation not in ("left", "right") or not axis.isVisible():
        return []
    room = axis.boundingRect()
    return [text for rect, text in _texts(axis) if rect.left() < room.left() - 0.5]


def measure_view(view, stage: str) -> list[PlotMeasure]:
    """Every visible PlotItem in the pyqtgraph view ``view``."""
    import pyqtgraph as pg
    from PySide6.QtGui import QFontMetricsF

    out = []
    viewport = view.viewport().rect()
    scene = view.scene()
    if scene is None:
        return out
    for item in scene.items():
        if not isinstance(item, pg.PlotItem) or not item.isVisible():
            continue
        vb = item.getViewBox().sceneBoundingRect()
        geo = item.sceneBoundingRect()
        label = item.titleLabel
        title = label.text if label.isVisible() else ""
        plain = _plain(title)
        needed = 0.0
        if plain:
            needed = QFontMetricsF(label.item.font()).horizontalAdvance(plain)
        room = geo.width()
        overlaps, clipped = [], []
        for name in ("left", "bottom", "right", "top"):
            axis = item.getAxis(name)
            if axis.isVisible():
                overlaps += _overlaps(axis)
                clipped += _clipped(axis)
        mapped = view.mapFromScene(geo).boundingRect()
        outside = mapped.right() > viewport.right() + 1 or mapped.bottom() > viewport.bottom() + 1
        out.append(PlotMeasure(stage, plain, geo.width(), vb.width(), vb.height(), needed, room,
                               overlaps, clipped, outside))
    return out


def _plain(html: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", html or "").replace("&nbsp;", " ").strip()


def measure_stage(window, name: str) -> list[PlotMeasure]:
    """Select stage ``name`` in ``window`` and measure the plots it shows."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    window.select_stage(name)
    for _ in range(3):
        QApplication.processEvents()
    widget = window.stage_tab(name)
    out = []
    for view in widget.findChildren(pg.GraphicsView):
        if view.isVisible() and view.width() > 0:
            out += measure_view(view, name)
    return out


def make_probe_window(size: tuple[int, int]):
    """A window with every stage tab, the default project, and a fake (instant) TensorFlow."""
    from PySide6.QtWidgets import QApplication

    from deskdl.qt.app import _open_default, create_app
    from deskdl.qt.main_window import MainWindow
    from deskdl.qt.tf_loader import KerasThread

    create_app()
    window = MainWindow(keras=KerasThread(loader=lambda: {"device": "CPU"}), restore_state=False,
                        ephemeral=True)
    _open_default(window)
    window.install_stage_tabs()
    window.resize(*size)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    return window


def main(shots: str | None = None) -> None:
    """Print one line per plot for every tab at every size (and save a PNG of each to ``shots``)."""
    import tempfile

    tmp = tempfile.mkdtemp()
    os.environ.setdefault("DESKDL_CONFIG_DIR", os.path.join(tmp, "c"))
    os.environ.setdefault("DESKDL_DATA_DIR", os.path.join(tmp, "d"))
    for size in SIZES:
        window = make_probe_window(size)
        print(f"== window {size[0]}x{size[1]}")
        for stage in window.stage_names():
            for m in measure_stage(window, stage):
                share = 100 * m.width / window.width()
                flags = []
                if m.title_clipped:
                    flags.append(f"title clipped ({m.title_needed:.0f} > {m.title_room:.0f})")
                if m.tick_overlaps:
                    flags.append(f"{len(m.tick_overlaps)} tick collisions")
                if m.tick_clipped:
                    flags.append(f"clipped ticks {m.tick_clipped[:3]}")
                if m.outside:
                    flags.append("runs off its view")
                print(f"{stage:9s} {m.title[:28]:28s} plot {m.width:5.0f} px ({share:4.1f}%)"
                      f"  data area {m.view_width:4.0f}x{m.view_height:<4.0f} {'; '.join(flags)}")
            if shots:
                os.makedirs(shots, exist_ok=True)
                window.grab().save(os.path.join(shots, f"{stage}_{size[0]}x{size[1]}.png"))
        window.discard_changes()
        window.close()
        window.keras.shutdown()


if __name__ == "__main__":
    import sys

    main(sys.argv[1] if len(sys.argv) > 1 else None)
