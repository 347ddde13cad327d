"""The Inspect tab on a trained tiny CNN (real host and Keras thread): every view draws, the slider scrubs."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.qt.inspect.panel import InspectPanel, filter_tiles, overlay, stats_table
from deskdl.qt.inspect.views import tile_grid
from deskdl.qt.train import TrainPanel
from deskdl.qt.workers import TrainingHost


def test_filter_tiles_layouts():
    k = np.arange(4 * 3 * 3 * 2, dtype=np.float32).reshape(4, 3, 3, 2)
    tiles, cols = filter_tiles(k, "per_channel")
    assert tiles.shape == (8, 3, 3) and cols == 2
    assert np.array_equal(tiles[1], k[0, :, :, 1])
    tiles, cols = filter_tiles(k, "mean")
    assert tiles.shape == (4, 3, 3)
    tiles, _ = filter_tiles(np.zeros((5, 7, 3)), "per_channel")  # Conv1D
    assert tiles.shape == (5, 3, 7)
    grid = tile_grid(np.ones((4, 3, 3)), 2)
    assert grid.shape == (9, 9) and np.isnan(grid[0, 0]) and grid[1, 1] == 1


def test_epoch_rows_hold_the_previous_snapshot():
    from deskdl.qt.inspect.panel import epoch_rows

    assert epoch_rows([0, 1, 2]).tolist() == [0, 1, 2]
    assert epoch_rows([0, 3, 5]).tolist() == [0, 0, 0, 1, 1, 2]


def test_overlay_and_table():
    rgb = overlay(np.zeros((8, 8)), np.eye(8), (0.0, 1.0))
    assert rgb.shape == (8, 8, 3) and rgb[0, 0, 0] > rgb[0, 0, 1] and rgb[0, 1].tolist() == [1, 1, 1]
    snap = {"epoch": 2, "weights": {"h": {"std": 0.1}}, "activations": {"h": {"mean": 0.2, "std": 0.3,
                                                                               "dead": 3, "units": 16}}}
    assert "3 of 16" in stats_table(snap)


def test_views_say_there_is_no_model(qtbot):
    host = TrainingHost()
    try:
        panel = InspectPanel(host=host)
        qtbot.addWidget(panel)
        panel.show()
        with qtbot.waitSignal(panel.go_to_train, timeout=1000):
            panel.tabs.setCurrentWidget(panel.filters)
            assert panel.filters.notice.isVisible() and not panel.filters.body.isVisible()
            panel.filters.go_button.click()
        assert panel.tabs.tabText(0) == "Convolution lab"
    finally:
        assert host.shutdown(30_000)


@pytest.mark.keras
def test_every_view_on_a_trained_cnn(qtbot):
    from tests.test_inspect import cnn_project

    host = TrainingHost()
    try:
        project = cnn_project(epochs=3)
        train = TrainPanel(project, host)
        train.job_options["inspect_every_epoch"] = True
        panel = InspectPanel(project, host)
        for w in (train, panel):
            qtbot.addWidget(w)
            w.set_tensorflow_ready(True)
        train.run_completed.connect(panel.set_result)
        panel.resize(1000, 700)
        panel.show()
        panel.tabs.setCurrentWidget(panel.filters)
        with qtbot.waitSignal(train.run_completed, timeout=90_000):
            train.start()
        # Live snapshots: before training, after epoch 1, ..., after the last epoch (3).
        epochs = [s["epoch"] for s in panel.snapshots]
        assert epochs[:2] == [0, 1] and epochs[-1] == 3

        # Filters: 6 filters of 3x3 in 2 rows of 3; the slider scrubs the snapshots.
        f = panel.filters
        qtbot.waitUntil(lambda: f.plot.array is not None, timeout=10_000)
        assert f.slider.maximum() == len(epochs) - 1 and f.slider.value() == f.slider.maximum()
        last = f.plot.array.copy()
        assert last.shape == (2 * 4 + 1, 3 * 4 + 1)  # 6 tiles 3x3, 1-pixel gaps
        lo, hi = f.plot.levels
        assert lo == -hi and hi > 0
        f.slider.setValue(0)
        assert "before training" in f.epoch_label.text()
        assert not np.allclose(np.nan_to_num(f.plot.array), np.nan_to_num(last))
        assert f.plot.levels == (lo, hi)  # one colour scale for every epoch

        # Feature maps: the input, the Conv2D (8x8x6) and the pooling (4x4x6) layers, 10 probabilities.
        panel.tabs.setCurrentWidget(panel.feature_maps)
        fm = panel.feature_maps
        qtbot.waitUntil(lambda: fm.bars.values.size == 10, timeout=30_000)
        shapes = [p.array.shape for p in fm.plots if p.isVisible()]
        # the input, then 6 maps in 3 columns with 1-pixel gaps for each layer
        assert shapes == [(8, 8), (2 * 9 + 1, 3 * 9 + 1), (2 * 5 + 1, 3 * 5 + 1)]
        assert fm.bars.values.sum() == pytest.approx(1.0, abs=1e-4)
        before = fm.plots[0].array.copy()
        fm.picker.draw.setChecked(True)  # draw a "1" instead of a test example
        fm.picker.pad.stroke([(0.5, 0.15), (0.5, 0.85)])
        qtbot.waitUntil(lambda: not np.array_equal(fm.plots[0].array, before), timeout=30_000)
        assert fm.plots[0].array.shape == (8, 8)
        qtbot.waitUntil(lambda: not fm._pending, timeout=30_000)

        # Saliency: input, map and overlay have the input's 8x8 shape.
        panel.tabs.setCurrentWidget(panel.saliency)
        sv = panel.saliency
        qtbot.waitUntil(lambda: sv.map_plot.array is not None, timeout=30_000)
        assert sv.input_plot.array.shape == (8, 8) and sv.map_plot.array.shape == (8, 8)
        assert sv.overlay_plot.array.shape == (8, 8, 3) and sv.map_plot.array.max() > 0

        # What excites a filter: progress images arrive, then the final one.
        panel.tabs.setCurrentWidget(panel.excite)
        ex = panel.excite
        ex.target.setCurrentIndex(1)  # a filter of the conv layer
        ex.steps.setValue(40)
        ex.run()
        qtbot.waitUntil(lambda: not ex.running, timeout=30_000)
        assert ex.last_step == 40 and ex.plot.array.shape == (8, 8)
        assert "Done" in ex.status.text()

        # Dense layers: kernel heatmap and histograms over the 4 snapshots.
        panel.tabs.setCurrentWidget(panel.dense)
        dv = panel.dense
        qtbot.waitUntil(lambda: dv.weights_plot.array is not None, timeout=10_000)
        assert dv.layer.currentText() == "h" and dv.weights_plot.array.shape == (96, 16)
        assert dv.whist.array.shape[0] == 4 and dv.ahist.array.shape[0] == 4  # one row per epoch 0..3
        dv.slider.setValue(1)
        assert dv.epoch_label.text().startswith("1 of 3") and "dead ReLUs" in dv.table.text()
        assert not panel.tabs.isTabVisible(panel.tabs.indexOf(panel.neurons))  # not 2-D data
        qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    finally:
        assert host.shutdown(30_000)


@pytest.mark.keras
def test_neurons_on_the_spiral(qtbot):
    from tests._models import spiral_project

    host = TrainingHost()
    try:
        project = spiral_project(epochs=2, units=5)
        train = TrainPanel(project, host)
        panel = InspectPanel(project, host)
        for w in (train, panel):
            qtbot.addWidget(w)
            w.set_tensorflow_ready(True)
        train.run_completed.connect(panel.set_result)
        panel.show()
        with qtbot.waitSignal(train.run_completed, timeout=90_000):
            train.start()
        panel.tabs.setCurrentWidget(panel.dense)  # no live snapshots: one is taken of the final model
        qtbot.waitUntil(lambda: panel.dense.weights_plot.array is not None, timeout=30_000)
        assert panel.dense.only_final.isVisible()
        qtbot.waitUntil(lambda: panel.tabs.isTabVisible(panel.tabs.indexOf(panel.neurons)), timeout=30_000)
        panel.tabs.setCurrentWidget(panel.neurons)
        qtbot.waitUntil(lambda: panel.neurons.plot.array is not None, timeout=30_000)
        assert [a.shape for _, a in panel.neurons.layers] == [(5, 48, 48), (5, 48, 48)]
        qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    finally:
        assert host.shutdown(30_000)


def test_inspect_stage_registered_after_evaluate(qtbot, monkeypatch, tmp_path):
    from tests.qt_helpers import close_quietly, guard_dialogs, make_window

    guard_dialogs(monkeypatch)
    window = make_window(qtbot, monkeypatch, tmp_path)
    try:
        assert window.install_stage_tabs()
        names = window.stage_names()
        assert names.index("Inspect") == names.index("Evaluate") + 1
        panel = window.stage_tab("Inspect")
        assert isinstance(panel, InspectPanel) and panel.host is window._deskdl_training_host
        assert window.stage_tab("Train").job_options.get("inspect_every_epoch") is True
        window.select_stage("Inspect")
        panel.filters.go_button.click()
        assert window.stages.currentWidget() is window.stage_tab("Train")
    finally:
        close_quietly(window)
