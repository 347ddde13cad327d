"""Evaluate after another project is opened: no results of the old project's model stay or arrive."""

from __future__ import annotations

import time

import numpy as np

from deskdl.core.project import Project
from deskdl.qt import evaluate_panel
from deskdl.qt.evaluate_panel import EvaluatePanel
from deskdl.qt.workers import TrainingHost


def _slow_report(model, data, **_options):
    time.sleep(0.3)  # still evaluating when the learner opens the next project
    return {"class_names": ["a", "b"], "n_test": 10, "task": "classification", "vocabulary": [],
            "confusion": np.array([[4, 1], [2, 3]]),
            "misclassified": {"x": np.zeros((3, 2)), "y_true": np.array([0, 1, 1]),
                              "y_pred": np.array([1, 0, 0]), "probs": np.full((3, 2), 0.5)}}


def test_old_results_are_cleared_and_a_late_report_is_ignored(qtbot, monkeypatch):
    monkeypatch.setattr(evaluate_panel, "evaluate_model", _slow_report)
    host = TrainingHost()
    try:
        ev = EvaluatePanel(Project(name="A"), host)
        qtbot.addWidget(ev)
        ev.set_tensorflow_ready(True)
        result = {"model": "model of A", "run_id": "run-1", "test": {"accuracy": 0.7},
                  "data": {"dataset": "circle", "params": {}}, "input_shape": [2]}
        ev.set_result(result)  # A's model: evaluated on the Keras thread
        qtbot.waitUntil(lambda: ev.mistakes.count() == 3, timeout=5_000)
        assert "accuracy" in ev.metrics.text()
        ev.set_result(result)  # evaluated again (e.g. a loaded model) ...
        ev.set_project(Project(name="B"))  # ... and B opened before that report came back
        qtbot.wait(700)
        assert "accuracy" not in ev.metrics.text()  # no scores of A's model under B
        assert ev.mistakes.count() == 0
        assert ev.confusion.counts is None
    finally:
        assert host.shutdown(10_000)
