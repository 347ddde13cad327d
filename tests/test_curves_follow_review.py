"""Curves follow the data again when a new run starts, even after the learner zoomed."""

from __future__ import annotations

import pytest

from deskdl.qt.train.curves import TrainingCurves


def _ranges(c, name):
    (x0, x1), (y0, y1) = c.plot(name).getViewBox().viewRange()
    return x0, x1, y0, y1


def test_a_new_run_undoes_an_earlier_zoom(qtbot):
    c = TrainingCurves()
    qtbot.addWidget(c)
    c.resize(700, 600)
    c.show()
    c.begin_run("r1", "#0072B2", epochs=10)
    for e in range(1, 4):
        c.add_epoch("r1", e, {"loss": 1.0 / e})
    c.redraw()
    followed = _ranges(c, "loss")
    vb = c.plot("loss").getViewBox()
    vb.setRange(xRange=(1.0, 2.0), yRange=(0.4, 0.6), padding=0)  # as a mouse zoom leaves it
    c._on_manual_range("loss")
    assert not c.is_following("loss")
    c.begin_run("r2", "#E69F00", epochs=10)  # a new live run of the same length: follow again
    c.add_epoch("r2", 1, {"loss": 0.8})
    c.redraw()
    assert c.is_following("loss")
    assert _ranges(c, "loss")[:2] == pytest.approx(followed[:2])  # the whole 10 epochs again
    y0, y1 = _ranges(c, "loss")[2:]
    assert y0 <= 1.0 / 3 and y1 >= 1.0  # every visible point, not the zoomed window
