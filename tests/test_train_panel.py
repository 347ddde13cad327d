"""The Train tab: controls, live plots, NaN and error explanations, the decision boundary."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.core.project import Project
from deskdl.qt import dialogs
from deskdl.qt.train import TrainPanel, jobs
from deskdl.qt.train.buffers import GrowingSeries
from deskdl.qt.train.curves import TrainingCurves
from deskdl.qt.workers import TrainingHost
from tests._fake_training import FakeControl, fake_runner


@pytest.fixture
def panel_with(qtbot, monkeypatch):
    made = []
    monkeypatch.setattr(jobs, "make_job", lambda project: {"fake": True})

    def make(**kw):
        host = TrainingHost(runner=fake_runner(**kw), control_factory=FakeControl)
        project = Project()
        project.data = {"dataset": "spiral", "params": {}}
        panel = TrainPanel(project, host)
        qtbot.addWidget(panel)
        panel.set_tensorflow_ready(True)
        panel.resize(1300, 800)
        panel.show()
        made.append(host)
        return panel

    yield make
    for h in made:
        assert h.shutdown(10_000)


def _wait_idle(qtbot, panel):
    qtbot.waitUntil(lambda: not panel.host.training, timeout=10_000)


def _settled(qtbot, value, quiet_ms=500, timeout_s=15.0):
    """The value once it has not changed for ``quiet_ms`` (fails after ``timeout_s``)."""
    import time

    end = time.monotonic() + timeout_s
    last = value()
    while time.monotonic() < end:
        qtbot.wait(quiet_ms)
        now = value()
        if now == last:
            return now
        last = now
    raise AssertionError(f"the value kept changing for {timeout_s} s (last {last})")


def test_growing_series_doubles_and_keeps_values():
    s = GrowingSeries(capacity=2)
    for i in range(100):
        s.append(i, i * 2.0)
    assert len(s) == 100 and s.capacity == 128
    assert np.array_equal(s.y, np.arange(100) * 2.0)
    s.append(100, float("nan"))
    assert np.isnan(s.y[-1])


def test_curves_redraw_only_when_changed(qtbot):
    c = TrainingCurves()
    qtbot.addWidget(c)
    c.begin_run("r", "#0072B2")
    c.add_batch("r", 0.1, {"loss": 1.0, "accuracy": 0.5})
    assert c.redraw() == 2
    assert c.redraw() == 0  # nothing new: no work
    c.add_epoch("r", 1, {"loss": 0.9, "val_loss": 1.0, "accuracy": 0.6, "val_accuracy": 0.5, "lr": 0.01})
    assert c.redraw() == 5
    assert list(c.series("r", "loss", "train").y) == [0.9] and list(c.series("r", "loss", "val").y) == [1.0]
    assert list(c.series("r", "loss", "batch").x) == [0.1]
    item = c.item("r", "loss", "batch")
    assert item.opts["clipToView"] and item.opts["autoDownsample"] and item.opts["downsampleMethod"] == "peak"


def test_training_fills_plots_and_boundary(qtbot, panel_with):
    panel = panel_with(epochs=3, steps=8)
    assert panel.boundary.isVisible()  # spiral is 2-D
    run_id = panel.start()
    assert run_id
    _wait_idle(qtbot, panel)
    qtbot.wait(80)  # one redraw frame
    assert len(panel.curves.series(run_id, "loss", "batch")) == 24
    assert list(panel.curves.series(run_id, "loss", "val").x) == [1.0, 2.0, 3.0]
    assert len(panel.curves.item(run_id, "loss", "batch").xData) == 24  # drawn, not only stored
    assert panel.boundary.updates == 3 and panel.boundary.image_array().shape == (16, 16, 3)
    assert panel.project.runs and panel.project.runs[-1]["id"] == run_id
    assert panel.project.runs[-1]["history"]["val_loss"]
    assert "Finished" in panel.progress.format()


def test_two_runs_overlay_and_hide(qtbot, panel_with):
    panel = panel_with(epochs=1, steps=3)
    a = panel.start()
    _wait_idle(qtbot, panel)
    b = panel.start()
    _wait_idle(qtbot, panel)
    assert a != b and panel.runs.run_ids() == [b, a]
    panel.runs.set_checked(a, False)
    assert not panel.curves.item(a, "loss", "train").isVisible()
    assert panel.curves.item(b, "loss", "train").isVisible()
    panel.forget_unticked_runs()
    assert [r["id"] for r in panel.project.runs] == [b]


def test_nan_loss_is_shown_and_explained(qtbot, panel_with):
    panel = panel_with(epochs=2, steps=5, nan_at=(1, 2))
    panel.start()
    _wait_idle(qtbot, panel)
    assert panel.banner.isVisible() and "NaN" in panel.banner.text()
    assert "learning rate" in panel.banner.text()
    y = panel.curves.series(panel.current_run_id, "loss", "batch").y
    assert np.isnan(y).any()


def test_error_opens_a_readable_dialog_with_details(qtbot, panel_with, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_failure", lambda *a, **k: shown.append((a, k)))
    panel = panel_with(epochs=2, steps=5, fail_at=(0, 3))
    panel.start()
    _wait_idle(qtbot, panel)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    (parent, title, message, details, *_), _ = shown[0]
    assert "incompatible" in message and "Traceback" in details
    assert panel.start_button.isEnabled()  # the app stays usable
    assert panel.project.runs[-1]["status"] == "failed"


def test_failure_dialog_has_details_and_copy(qtbot):
    box = dialogs.show_failure(None, "Training stopped", "Plain words.", "Traceback: ...")
    qtbot.addWidget(box)
    assert box.detailedText() == "Traceback: ..."
    assert any(b.text() == "Copy details" for b in box.buttons())
    box.close()


def test_stop_pause_and_step_buttons(qtbot, panel_with):
    panel = panel_with(epochs=100, steps=50, delay=0.003)
    panel.start()
    qtbot.waitUntil(lambda: panel.curves.series(panel.current_run_id, "loss", "batch") is not None,
                    timeout=15_000)
    panel.toggle_pause()
    assert panel.pause_button.text() == "Resume"

    def count():
        return len(panel.curves.series(panel.current_run_id, "loss", "batch"))

    # A batch already on its way when Pause was pressed still arrives: wait until the count holds
    # still for half a second (on a busy machine the signals queue up), then one step is one batch.
    n = _settled(qtbot, count)
    panel.step()
    qtbot.waitUntil(lambda: count() > n, timeout=10_000)
    assert _settled(qtbot, count) == n + 1
    panel.stop()
    _wait_idle(qtbot, panel)
    assert panel.project.runs[-1]["status"] == "stopped"


def test_settings_form_writes_project_training(qtbot, panel_with):
    panel = panel_with()
    form = panel.settings
    form.optimizer.setCurrentText("SGD")
    assert panel.project.training["optimizer"]["type"] == "SGD"
    assert form.extras["momentum"].isVisible() and form.nesterov.isVisible()
    form.nesterov.setChecked(True)
    form.extras["momentum"].setValue(0.9)
    form.batch_size.setValue(16)
    form.use_clipnorm.setChecked(True)
    form.early.setChecked(True)
    t = panel.project.training
    assert t["optimizer"] == {"type": "SGD", "learning_rate": 0.01, "momentum": 0.9, "nesterov": True}
    assert t["batch_size"] == 16 and t["clipnorm"] == 1.0 and t["early_stopping"]["enabled"]
    assert form.optimizer.toolTip() and form.learning_rate.toolTip()


def test_class_weights_box_writes_and_reads_balanced(qtbot, panel_with):
    panel = panel_with()
    form = panel.settings
    assert not form.balanced.isChecked() and "class_weight" not in panel.project.training
    form.balanced.setChecked(True)
    assert panel.project.training["class_weight"] == "balanced"
    form.balanced.setChecked(False)
    assert "class_weight" not in panel.project.training  # unticked: the key goes, the file stays as it was
    form.set_config({"class_weight": "balanced"})  # a project (or the doctor's remedy) that has it
    assert form.balanced.isChecked() and "rare" in form.balanced.toolTip()
    assert form.balanced.isVisible()
    form.set_uses_loss(False)  # an agent or a GAN: its own losses, no class weights
    assert not form.balanced.isVisible()


def test_batch_signals_redraw_the_progress_bar_a_few_times_a_second(panel_with, monkeypatch):
    """A batch signal ~30 times a second must not repaint the progress bar each time (GUI cost)."""
    from deskdl.qt.train import panel as panel_mod

    panel = panel_with()
    panel._run_id = "r"
    panel._epochs, panel._steps = 10, 100
    panel.curves.begin_run("r", "#0072B2")
    clock = [1000.0]
    monkeypatch.setattr(panel_mod.time, "monotonic", lambda: clock[0])
    shown = []
    monkeypatch.setattr(panel.progress, "setValue", lambda v: shown.append(v))
    for i in range(30):  # one second of batch signals
        clock[0] += 1 / 30
        panel._on_batch_ended({"run_id": "r", "rows": [{"epoch": 0, "batch": i, "steps": 100,
                                                        "logs": {"loss": 1.0}}]})
    assert 2 <= len(shown) <= 1 / panel_mod.PROGRESS_INTERVAL_S + 1
    panel._on_epoch_started({"run_id": "r", "epoch": 1})  # an epoch change shows at once
    assert len(shown) >= 3
    assert TrainingCurves.FPS <= 10  # each curve frame repaints every plot


def test_long_batch_curves_are_drawn_downsampled(qtbot):
    """10k batch points over a few hundred pixels: the paint gets about two points per pixel column."""
    c = TrainingCurves()
    qtbot.addWidget(c)
    c.resize(700, 600)
    c.show()
    qtbot.waitExposed(c)
    c.begin_run("r", "#0072B2")
    n = 10_000
    x = np.linspace(0, 100, n)
    c._curve("r", "loss", "batch").series.extend(x, 1 / (1 + x))
    c.redraw()
    c.grab()
    item = c.item("r", "loss", "batch")
    width = c.plot("loss").getViewBox().width()
    assert 0 < width < 700
    drawn = len(item.curve.xData)
    assert drawn <= 4 * width < n, (drawn, width)


def _ranges(c, name):
    (x0, x1), (y0, y1) = c.plot(name).getViewBox().viewRange()
    return x0, x1, y0, y1


def test_plots_follow_a_live_run_in_a_fixed_frame(qtbot):
    """The x axis spans the planned epochs from the start; y moves only when the data leave it."""
    c = TrainingCurves()
    qtbot.addWidget(c)
    c.resize(700, 600)
    c.show()
    c.begin_run("r", "#0072B2", epochs=20)
    c.add_batch("r", 0.5, {"loss": 1.0, "accuracy": 0.5})
    c.add_epoch("r", 1, {"loss": 0.9, "accuracy": 0.55, "lr": 0.01})
    c.redraw()
    x0, x1, y0, y1 = _ranges(c, "loss")
    assert x0 == pytest.approx(0) and 20 <= x1 <= 21  # the whole run, not just epoch 1
    assert y0 <= 0.9 and y1 >= 1.0
    assert _ranges(c, "accuracy")[:2] == pytest.approx((x0, x1))  # x is shared
    c.add_epoch("r", 2, {"loss": 0.95, "accuracy": 0.6})  # inside the range: nothing moves
    c.redraw()
    assert _ranges(c, "loss") == pytest.approx((x0, x1, y0, y1))
    c.add_epoch("r", 3, {"loss": 0.1, "accuracy": 0.7})  # far below: the y range grows to hold it
    c.redraw()
    assert _ranges(c, "loss")[2] <= 0.1 < _ranges(c, "loss")[3]
    assert _ranges(c, "loss")[2] >= 0  # a loss never goes below zero, so neither does its axis
    assert _ranges(c, "loss")[:2] == pytest.approx((x0, x1))


def test_zooming_stops_following_until_the_auto_button(qtbot):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    c = TrainingCurves()
    qtbot.addWidget(c)
    c.resize(700, 600)
    c.show()
    qtbot.waitExposed(c)
    c.begin_run("r", "#0072B2", epochs=10)
    for e in range(1, 4):
        c.add_epoch("r", e, {"loss": 1.0 / e})
    c.redraw()
    assert c.is_following("loss")
    view = c._layout_widget
    vb = c.plot("loss").getViewBox()
    centre = view.mapFromScene(vb.mapToScene(vb.boundingRect().center()))
    pos = QPointF(centre)
    wheel = QWheelEvent(pos, QPointF(view.viewport().mapToGlobal(centre)), QPoint(), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)  # the learner zooms in with the mouse wheel
    zoomed = _ranges(c, "loss")
    assert not c.is_following("loss") and zoomed[1] - zoomed[0] < 10
    c.add_epoch("r", 4, {"loss": 0.01})
    c.redraw()
    assert _ranges(c, "loss") == pytest.approx(zoomed)  # new data do not undo the zoom
    c.plot("loss").autoBtnClicked()  # the "A" button in the plot's corner
    assert c.is_following("loss")
    x0, x1, y0, y1 = _ranges(c, "loss")
    assert x1 >= 10 and y0 <= 0.01


def test_epoch_markers_are_dropped_on_long_runs(qtbot):
    from deskdl.qt.train.curves import SYMBOL_LIMIT

    c = TrainingCurves()
    qtbot.addWidget(c)
    c.begin_run("r", "#0072B2", epochs=100)
    c.add_epoch("r", 1, {"loss": 1.0})
    c.redraw()
    item = c.item("r", "loss", "train")
    assert item.opts["symbol"] == "o"  # few epochs: each one is marked
    for e in range(2, SYMBOL_LIMIT + 3):
        c.add_epoch("r", e, {"loss": 1.0 / e})
    c.redraw()
    assert item.opts["symbol"] is None and len(item.xData) == SYMBOL_LIMIT + 2


def test_boundary_plot_stays_square_in_a_tall_column(qtbot):
    """A tall panel must not show blank bands: the heatmap covers all of the visible plot."""
    from deskdl.core import datagen
    from deskdl.qt.train.boundary import DecisionBoundaryView

    v = DecisionBoundaryView()
    qtbot.addWidget(v)
    v.resize(240, 700)
    v.show()
    qtbot.waitExposed(v)
    x, y = datagen.spiral(300)
    v.set_points(x, y)
    v.set_grid(datagen.EXTENT_2D, np.full((64, 64, 2), 0.5), 1.0)
    qtbot.wait(20)
    (x0, x1), (y0, y1) = v._plot.getViewBox().viewRange()
    lo, hi = datagen.EXTENT_2D[0], datagen.EXTENT_2D[1]
    assert lo <= x0 < x1 <= hi and lo <= y0 < y1 <= hi, ((x0, x1), (y0, y1))


def test_curves_get_the_room_when_there_is_no_boundary(qtbot):
    from tests._models import digits_project

    host = TrainingHost()
    panel = TrainPanel(digits_project(), host)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    assert not panel.boundary.isVisible()
    assert panel.curves.width() > panel._right.width() <= 240
    panel.project.data = {"dataset": "spiral", "params": {}}
    panel.refresh_data()
    qtbot.wait(10)
    assert panel.boundary.isVisible() and panel._right.maximumWidth() == 420
    assert host.shutdown(10_000)


def test_right_column_scrolls_instead_of_drawing_the_plane_over_its_rows(qtbot, panel_with):
    """At 1280x720 under a window manager the panel is ~590 px tall; after a run the epoch bar appears.

    The plane was drawn over 'after N epochs / Show test data' and the uncertainty box (seen in a real
    window); the column now scrolls, each view at least its own minimum height, none over another.
    """
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    panel = panel_with()
    panel.resize(1280, 560)
    panel.scrub.set_epochs([1.0, 2.0, 3.0])
    for _ in range(3):
        QApplication.processEvents()
    b = panel.boundary
    assert b.isVisible() and not panel.scrub.isHidden()
    body = b.parentWidget()  # the right column's views

    def top(w):
        return w.mapTo(body, QPoint(0, 0)).y()

    plot_bottom = top(b._plot_widget) + b._plot_widget.height()
    assert b._plot_widget.height() >= 200
    assert plot_bottom <= top(b._show_test) and plot_bottom <= top(b._status)
    assert top(b._show_test) + b._show_test.height() <= top(b.uncertainty_box)
    assert top(b) + b.height() <= top(panel.scrub)
    assert body.height() > panel._right.viewport().height()  # it scrolls: more than fits the column
