"""The gradients-through-time demonstration's view (issue 13), with pytest-qt on the real Keras thread."""

from __future__ import annotations

import numpy as np
import pytest

from deskdl.qt.workers import TrainingHost


@pytest.fixture
def host():
    h = TrainingHost()
    yield h
    assert h.shutdown(30_000)


def test_run_trains_three_networks_and_draws_their_gradients(qtbot, host):
    from deskdl.qt.seq.bptt_view import GradientsThroughTimeView

    view = GradientsThroughTimeView(host)
    qtbot.addWidget(view)
    view.resize(1100, 640)
    view.show()
    view.steps.setValue(8)
    view.updates.setValue(10)
    view.scale.setCurrentIndex(2)  # 2.0: gradients explode
    assert view.norm_plot.getAxis("left").logMode  # the norms on a log scale
    view.run_button.click()
    assert not view.run_button.isEnabled()
    assert "SimpleRNN (1 of 3)" in view.status.text()
    qtbot.waitUntil(lambda: len(view.results) == 3 and view.run_button.isEnabled(), timeout=180_000)
    assert list(view.results) == ["simple_rnn", "simple_rnn_clipped", "lstm"]
    for r in view.results.values():
        assert r.norms_start.shape == (8,) and r.losses.shape == (10,)
        assert r.settings.recurrent_scale == 2.0
    # two curves per network on the left (before dashed, after solid), one loss curve each on the right
    curves = view.norm_plot.listDataItems()
    assert len(curves) == 6
    np.testing.assert_allclose(curves[0].yData, view.results["simple_rnn"].norms_start, rtol=1e-6)
    np.testing.assert_allclose(curves[0].getData()[1], np.log10(view.results["simple_rnn"].norms_start),
                               rtol=1e-5)  # drawn on the log axis
    assert curves[0].xData.tolist() == list(range(1, 9))
    assert len(view.loss_plot.listDataItems()) == 3
    names = [label.text for _, label in view.norm_plot.legend.items]
    assert names == ["SimpleRNN", "SimpleRNN + clipping", "LSTM"]
    summary = view.summary.text()
    for title in ("SimpleRNN</b>", "SimpleRNN + clipping</b>", "LSTM</b>"):
        assert title in summary
    assert "guessing: 25%" in summary
    assert view.status.text().startswith("Done.")
    # a second run starts from a clean slate
    view.updates.setValue(0)
    view.run_button.click()
    assert view.results == {} and view.norm_plot.listDataItems() == []
    qtbot.waitUntil(lambda: len(view.results) == 3 and view.run_button.isEnabled(), timeout=180_000)
    assert view.results["lstm"].losses.shape == (0,)


def test_without_the_keras_thread_it_says_so(qtbot):
    from deskdl.qt.seq.bptt_view import GradientsThroughTimeView

    view = GradientsThroughTimeView(None)
    qtbot.addWidget(view)
    view.run_button.click()
    assert "Keras thread is not running" in view.status.text()
    assert view.run_button.isEnabled()


def test_the_help_menu_opens_it(qtbot):
    from PySide6.QtWidgets import QMainWindow

    from deskdl.qt.help import install_help_menu

    window = QMainWindow()
    window.action_map = {}
    qtbot.addWidget(window)
    install_help_menu(window)
    window.action_map["help_bptt"].trigger()
    dialog = window.bptt_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Gradients through time"
    assert dialog.view.host is None  # no Keras thread in this bare window: Run says so
    window.action_map["help_bptt"].trigger()
    assert window.bptt_dialog is dialog  # brought up again, not a second window
