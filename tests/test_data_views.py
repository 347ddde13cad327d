"""Data views: the class-balance legend never hides a bar."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.qt.data_views import ClassBalance


def _labels(counts) -> np.ndarray:
    return np.repeat(np.arange(len(counts)), counts)


@pytest.mark.parametrize("train, test", [
    # the digits set: ten classes of about the same size, the tallest bar near the right edge
    ([138, 150, 141, 153, 150, 149, 137, 153, 136, 131], [40, 32, 36, 30, 31, 33, 44, 27, 38, 49]),
    ([205, 195], [45, 55]),
    ([10, 10, 300], [3, 3, 80]),
])
@pytest.mark.parametrize("size", [(300, 270), (420, 360)])
def test_legend_does_not_cover_the_bars(qtbot, train, test, size):
    view = ClassBalance()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.set_labels(_labels(train), _labels(test))
    qtbot.wait(20)
    legend = view._legend
    assert legend.isVisible() and [label.text for _, label in legend.items] == ["training", "test"]
    legend_box = legend.sceneBoundingRect()
    assert legend_box.width() > 0 and legend_box.height() > 0
    # nothing of the legend lies over the plotting area, so it covers no bar whatever their heights
    plot_area = view._plot.getViewBox().sceneBoundingRect()
    assert not legend_box.intersects(plot_area)
    for bars in (view._train, view._test):
        bars_box = bars.mapRectToScene(bars.boundingRect())
        assert not legend_box.intersects(bars_box)
        # and every bar is drawn whole inside the plot
        assert plot_area.adjusted(-1, -1, 1, 1).contains(bars_box)
    # the legend is inside the widget (not pushed out of sight)
    assert view._pw.sceneRect().contains(legend_box)


def test_data_tab_text_is_readable_in_the_dark_theme(qtbot, qapp):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QLabel

    from deskdl.core.project import Project
    from deskdl.qt import theme
    from deskdl.qt.data_panel import DataPanel
    from deskdl.qt.train._pg import pg

    palette, sheet, options = qapp.palette(), qapp.styleSheet(), dict(pg.CONFIG_OPTIONS)
    panel = DataPanel(Project())
    qtbot.addWidget(panel)
    try:
        theme.apply_theme("dark", qapp)
        panel.show()
        panel.choose("digits")
        labels = [w for w in (panel.summary, panel.credit, panel.missing, panel.split) if w.text()]
        assert panel.summary in labels and panel.credit in labels
        for w in labels:
            w.ensurePolished()
            assert w.palette().color(QPalette.ColorRole.WindowText).lightness() > 140, w.text()[:40]
        assert all(isinstance(w, QLabel) for w in labels)
    finally:
        panel.host.shutdown()
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)
        pg.setConfigOptions(background=options["background"], foreground=options["foreground"])


def test_scatter_legend_sits_outside_the_points_and_names_the_marker_shapes(qtbot):
    from deskdl.qt.data_views import Scatter2D

    view = Scatter2D()
    qtbot.addWidget(view)
    view.resize(440, 330)
    view.show()
    qtbot.waitExposed(view)
    rng = np.random.default_rng(0)
    angle = rng.uniform(0, 2 * np.pi, 300)
    ring = np.c_[np.cos(angle), np.sin(angle)] * np.where(np.arange(300) % 2, 0.3, 0.8)[:, None]
    labels = np.arange(300) % 2
    view.set_points(ring[:240], labels[:240], ring[240:], labels[240:], class_names=["orange", "blue"])
    qtbot.wait(20)
    names = [label.text for _, label in view._legend.items]
    assert names == ["orange", "blue", "training", "test"]
    legend_box = view._legend.sceneBoundingRect()
    assert not legend_box.intersects(view._plot.getViewBox().sceneBoundingRect())
    assert view._pw.sceneRect().contains(legend_box)
    # regression: no class entries, the marker shapes still explained
    view.set_points(ring[:240], ring[:240, 0], ring[240:], ring[240:, 0], regression=True)
    assert [label.text for _, label in view._legend.items] == ["training", "test"]


@pytest.mark.parametrize("side, names", [
    (28, ["circle", "square", "triangle", "cross"]),
    (28, ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
          "Ankle boot"]),
    (8, [str(i) for i in range(10)]),
])
@pytest.mark.parametrize("size", [(330, 300), (600, 520)])
def test_sample_names_fit_under_their_pictures(qtbot, side, names, size):
    from deskdl.qt.data_views import SampleGrid

    grid = SampleGrid()
    qtbot.addWidget(grid)
    grid.resize(*size)
    grid.show()
    qtbot.waitExposed(grid)
    rng = np.random.default_rng(1)
    labels = np.arange(48) % len(names)
    grid.set_samples(rng.random((48, side, side)), labels, names, cols=8)
    qtbot.wait(20)
    assert [t.text() for t in grid._labels] == [names[c] for c in labels]
    view = grid._pw
    boxes = [view.mapFromScene(t.sceneBoundingRect()).boundingRect() for t in grid._labels]
    image_box = view.mapFromScene(grid._image.sceneBoundingRect()).boundingRect()
    for i, box in enumerate(boxes):
        assert box.height() >= 5  # still a readable size on screen
        assert image_box.adjusted(-1, -1, 1, 1).contains(box)
        for other in boxes[i + 1:]:
            assert not box.intersects(other), (grid._labels[i].text(), box, other)


def test_cleared_balance_keeps_no_class_names_of_the_previous_set(qtbot):
    view = ClassBalance()
    qtbot.addWidget(view)
    view.show()
    view.set_labels(_labels([5, 7]), _labels([1, 2]), ["orange (0)", "blue (1)"])
    bottom = view._plot.getAxis("bottom")
    assert [label for _, label in bottom._tickLevels[0]] == ["orange (0)", "blue (1)"]
    view.clear()  # e.g. a regression set, or one that is not on this computer
    assert bottom._tickLevels == [[]] and view._plot.getAxis("left")._tickLevels == [[]]
    assert view.train_counts.sum() == 0
    assert all(len(b.opts["height"]) == 0 for b in (view._train, view._test))
    view.set_labels(_labels([3, 3, 3]), None, ["a", "b", "c"])
    assert [label for _, label in bottom._tickLevels[0]] == ["a", "b", "c"]
    assert view._plot.getAxis("left")._tickLevels is None


def test_many_class_names_are_thinned_out_so_none_collide(qtbot):
    """A character vocabulary (60 classes) in a narrow plot: every n-th class is named, no two names touch;
    wide enough, every class is named again."""
    from layout_probe import _overlaps

    names = ["\u2423"] + [chr(c) for c in range(ord("'"), ord("'") + 59)]
    view = ClassBalance()
    qtbot.addWidget(view)
    view.resize(390, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_labels(_labels([5] * 60), _labels([1] * 60), names)
    qtbot.wait(20)
    bottom = view._plot.getAxis("bottom")
    step = view.name_step()
    assert step > 1
    shown = [label for _, label in bottom._tickLevels[0]]
    assert shown == names[::step] and shown[0] == "\u2423"
    assert _overlaps(bottom) == []
    view.resize(3000, 300)
    qtbot.wait(20)
    assert view.name_step() == 1
    assert [label for _, label in bottom._tickLevels[0]] == names
    assert _overlaps(bottom) == []
