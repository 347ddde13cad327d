"""The Summary shows the cost before training, and warns when a batch would not fit the device."""

from __future__ import annotations

from deskdl.core import cost
from deskdl.core.analysis import analyze
from deskdl.core.project import Project
from deskdl.paths import resource
from deskdl.qt import summary


def test_summary_shows_cost_and_warns_when_the_batch_does_not_fit(qtbot, monkeypatch):
    project = Project.load(resource("templates", "cnn_digits.deskdl"))
    panel = summary.SummaryPanel()
    qtbot.addWidget(panel)
    panel.set_project(project)
    monkeypatch.setattr(summary, "device_memory", lambda: (8 * 2**30, "this computer's memory"))
    panel.set_analysis(analyze(project.graph))
    c = cost.estimate_project(project)
    assert panel.cost.text() == summary.COST_LINE.format(
        macs=cost.human_count(c.macs), need=cost.human_bytes(c.training_bytes), batch=c.batch_size)
    tip = panel.cost.toolTip()
    assert f"Multiply-adds per example: {cost.human_count(c.macs)}" in tip
    assert f"Layer outputs for a batch of {c.batch_size}: {cost.human_bytes(c.activation_bytes)}" in tip
    assert "Fits:" in tip and "Warning" not in tip
    assert "\n" not in panel.cost.text()  # one line: the Build docks must fit a small screen
    monkeypatch.setattr(summary, "device_memory", lambda: (200_000, "GPU 0"))
    panel.set_analysis(analyze(project.graph))
    last = panel.cost.text()
    assert last.startswith("Warning: one training step needs about") and "GPU 0 has 195.3 KB free" in last
    assert "8a1c14" in panel.cost.styleSheet()


def test_device_memory_without_tensorflow_is_the_ram():
    free, device = summary.device_memory()
    assert device == "this computer's memory" and (free is None or free > 0)
