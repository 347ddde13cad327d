"""Issue 16: the time per epoch from a short timed probe, against a real run's epochs; the Summary button."""

from __future__ import annotations

import statistics
import time

import pytest

from deskdl.core.project import Project
from deskdl.paths import resource


def test_seconds_read_plainly():
    from deskdl.ml.estimate import seconds_text

    assert [seconds_text(s) for s in (0.4213, 3.24, 48.4, 200, 7500, float("nan"))] == [
        "0.42 s", "3.2 s", "48 s", "3 min 20 s", "2 h 5 min", "an unknown time"]


def test_only_kinds_trained_by_fit_are_timed():
    from deskdl.ml.estimate import can_time

    assert can_time(Project.load(resource("templates", "mlp_2d.deskdl")))
    assert can_time(Project.load(resource("templates", "transformer_reverse.deskdl")))
    assert not can_time(Project.load(resource("templates", "gan_ring_2d.deskdl")))
    assert not can_time(Project.load(resource("templates", "cartpole_dqn.deskdl")))


@pytest.mark.keras
@pytest.mark.slow
def test_the_estimate_is_within_a_factor_of_two_of_the_real_epochs():
    """Both measured here: the probe, then a real run of the same job, whose epochs after the first
    (the first pays for tracing the step) are timed from epoch_started to epoch_ended (validation
    included); the median of epochs 2-9 is compared. The test machine is shared (load 10-15 on 2
    cores while this was written: the same epoch took 0.11 to 1.1 s), so a pair measured in a burst
    of someone else's work is measured again, up to 3 times; an estimate that is wrong by more than
    2x fails every time."""
    from deskdl.ml.estimate import time_epoch
    from deskdl.ml.training import ListReporter, TrainingJob, run_training

    class Clock(ListReporter):
        def __init__(self):
            super().__init__()
            self.spans = {}

        def epoch_started(self, epoch, **_):
            self.spans.setdefault(epoch, [time.perf_counter()])

        def epoch_ended(self, epoch, logs):
            self.spans[epoch].append(time.perf_counter())

    project = Project.load(resource("templates", "cnn_digits.deskdl"))
    job = TrainingJob.from_project(project, epochs=9, keep_model=False, evaluate_test=False)
    tries = []
    for _ in range(3):
        est = time_epoch(job)
        assert est.device == "CPU" and est.steps == 36 and est.timed_steps >= 2
        assert est.seconds == pytest.approx(est.train_seconds + est.val_seconds)
        assert est.val_seconds > 0  # the template keeps a validation share
        assert est.text().startswith("About ") and " per epoch on CPU (timed over " in est.text()
        clock = Clock()
        result = run_training(job, clock)
        assert result.ok, result.error
        epochs = [b - a for e, (a, b) in sorted(clock.spans.items()) if e >= 1]
        real = statistics.median(epochs)
        tries.append((round(est.seconds, 3), round(real, 3)))
        print(f"estimate {est.seconds:.3f} s (probe cost {est.probe_seconds:.2f} s, warm-up "
              f"{est.warmup_seconds:.2f} s); real epochs 2-9 {[round(x, 3) for x in epochs]}, "
              f"median {real:.3f} s")
        if 0.5 <= est.seconds / real <= 2.0:
            break
    else:
        pytest.fail(f"estimate vs median real epoch, 3 tries: {tries}")


@pytest.mark.keras
def test_the_summary_times_an_epoch_on_the_keras_thread(qtbot, monkeypatch):
    from deskdl.qt.summary import TIME_BUSY, TIME_OTHER_KIND, TIMING, SummaryPanel
    from deskdl.qt.workers import TrainingHost

    host = TrainingHost()
    panel = SummaryPanel()
    qtbot.addWidget(panel)
    assert panel.time_button.isHidden()  # no Keras thread: no button
    project = Project.load(resource("templates", "mlp_2d.deskdl"))
    project.training["epochs"] = 2
    panel.set_project(project)
    panel.set_host(host)
    panel.show()
    assert panel.time_button.isVisible()
    try:
        panel.time_button.click()
        assert panel.estimate.text() == TIMING and not panel.time_button.isEnabled()
        qtbot.waitUntil(lambda: panel.estimate_result is not None, timeout=120_000)
        assert panel.time_button.isEnabled()
        assert panel.estimate.text().startswith("About ") and "per epoch on CPU" in panel.estimate.text()
        assert panel.estimate.text() == panel.estimate_result.text()
        from deskdl.core.analysis import analyze

        panel.set_analysis(analyze(project.graph))  # the same model: the figure stays
        assert panel.estimate.text().startswith("About ")
        # a change to the model makes the figure stale: it goes
        node = next(n for n in project.graph.to_dict()["nodes"] if n["type"] == "Dense")
        project.graph.set_params(node["id"], {"units": 3})
        panel.set_analysis(analyze(project.graph))
        assert panel.estimate.text() == "" and panel.estimate_result is None
        # busy with a run: it says so instead of queueing behind it
        monkeypatch.setattr(TrainingHost, "training", property(lambda self: True))
        panel.time_button.click()
        assert panel.estimate.text() == TIME_BUSY
        monkeypatch.undo()
        panel.set_project(Project.load(resource("templates", "gan_ring_2d.deskdl")))
        panel.time_button.click()
        assert panel.estimate.text() == TIME_OTHER_KIND
    finally:
        assert host.shutdown(30_000)
