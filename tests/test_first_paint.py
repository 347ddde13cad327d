"""The window paints before the heavy start-up work begins (issue 10: a black window for 4-7 s).

Under a window manager a zero-delay timer fired before the window was exposed,
so the stage tabs were built (pyqtgraph, numpy) while TensorFlow imported on
the Keras thread, both fighting for the GIL, and nothing was drawn until both
were done. Now the rest of start-up waits for the first paint, the tabs are
built before TensorFlow starts, and the Keras thread can start without
loading TensorFlow. Measured under Xvfb + openbox with bench/bench_first_paint.py.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow
from qt_helpers import close_all, close_quietly, fake_keras, guard_dialogs, make_window

from deskdl.qt import app as app_mod
from deskdl.qt.tf_loader import IDLE, LOADING, READY, KerasThread


@pytest.fixture(autouse=True)
def _tidy(monkeypatch):
    guard_dialogs(monkeypatch)
    yield
    close_all()


def test_start_thread_does_not_load_tensorflow(qtbot):
    calls = []
    keras = KerasThread(loader=lambda: calls.append("load") or {"device": "CPU"})
    try:
        keras.start_thread()
        assert keras.worker_thread is not None and keras.worker_thread.isRunning()
        qtbot.wait(100)
        assert calls == [] and keras.state == IDLE
        with qtbot.waitSignal(keras.loaded, timeout=5000):
            keras.start()
        assert calls == ["load"] and keras.state == READY
        keras.start()  # idempotent: TensorFlow is loaded once
        qtbot.wait(50)
        assert calls == ["load"]
    finally:
        assert keras.shutdown(5000)


def test_a_job_submitted_on_a_started_thread_runs_after_the_load(qtbot):
    order = []
    gate = threading.Event()

    def load():
        gate.wait(5)
        order.append("load")
        return {"device": "CPU"}

    keras = KerasThread(loader=load)
    try:
        keras.start_thread()
        done = []
        keras.submit(lambda: order.append("job") or 7, done.append)
        assert keras.state == LOADING  # submitting queued the load first
        gate.set()
        qtbot.waitUntil(lambda: done == [7], timeout=5000)
        assert order == ["load", "job"]
    finally:
        assert keras.shutdown(5000)


def test_after_first_paint_waits_for_the_window_to_be_drawn(qtbot):
    window = QMainWindow()
    window.setCentralWidget(QLabel("hello"))
    qtbot.addWidget(window)
    called = []
    app_mod.after_first_paint(window, lambda: called.append(True))
    qtbot.wait(200)
    assert called == []  # not shown, not painted: the heavy start-up has not run
    window.show()
    qtbot.waitUntil(lambda: called == [True], timeout=1000)  # well before the 2 s fallback
    window.repaint()
    qtbot.wait(50)
    assert called == [True]  # once only


def test_after_first_paint_runs_anyway_when_nothing_paints(qtbot, monkeypatch):
    monkeypatch.setattr(app_mod, "FIRST_PAINT_TIMEOUT_MS", 100)
    window = QMainWindow()
    qtbot.addWidget(window)
    called = []
    app_mod.after_first_paint(window, lambda: called.append(True))
    qtbot.waitUntil(lambda: called == [True], timeout=2000)


def test_stage_tabs_are_built_before_tensorflow_starts_loading(qtbot, monkeypatch, tmp_path):
    window = make_window(qtbot, monkeypatch, tmp_path, keras=fake_keras())
    order = []
    tabs, start = window.install_stage_tabs, window.keras.start

    def install():
        order.append(("tabs", window.keras.state))
        return tabs()

    def load():
        order.append(("tensorflow", len(window.stage_names())))
        start()

    monkeypatch.setattr(window, "install_stage_tabs", install)
    monkeypatch.setattr(window.keras, "start", load)
    window.show()
    app_mod.finish_start(window)
    assert order == [("tabs", IDLE), ("tensorflow", 5)]
    assert window.keras.state == LOADING
    qtbot.waitUntil(lambda: window.keras.state == READY, timeout=5000)
    close_quietly(window)
