"""What the live per-layer gradient norms cost (issue 16), and the timed epoch estimate against real epochs.

For a few shipped templates: a real run with Inspect's snapshots on (as in the app); from its
GradientNorms events the cost of the first measurement (it traces the gradient step), the median
cost of the others, and that as a share of the median epoch (epochs 2 on). Then the Summary's
probe (deskdl.ml.estimate.time_epoch) for the same job: its estimate, what the probe cost, and the
median real epoch it should be within a factor of 2 of.

    .venv/bin/python bench/bench_gradient_norms.py [epochs]

Measured 2026-12-04 on the shared 2-core machine (load 11-14), 8 epochs:

    template       layers  trace ms  norms ms  epoch ms  share  estimate ms  probe s est/real
    mlp_2d              3     708.8      1.78     141.0   1.3%        188.6     5.63     1.34
    cnn_digits          4     464.6      2.83     301.1   0.9%        209.8     8.54     0.70
    resnet_block        4     757.4      3.89     366.5   1.1%        334.3    12.04     0.91
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

TEMPLATES = ("mlp_2d", "cnn_digits", "resnet_block")


def main(epochs: int = 8) -> None:
    from deskdl.core import events as ev
    from deskdl.core.project import Project
    from deskdl.ml.estimate import time_epoch
    from deskdl.ml.training import ListReporter, TrainingJob, run_training
    from deskdl.paths import resource

    class Watch(ListReporter):
        def __init__(self):
            super().__init__()
            self.norms: list[ev.GradientNorms] = []
            self.spans: dict[int, list[float]] = {}

        def emit(self, event):
            if isinstance(event, ev.GradientNorms):
                self.norms.append(event)

        def epoch_started(self, epoch, **_):
            self.spans.setdefault(epoch, [time.perf_counter()])

        def epoch_ended(self, epoch, logs):
            self.spans[epoch].append(time.perf_counter())

    print(f"{'template':14} {'layers':>6} {'trace ms':>9} {'norms ms':>9} {'epoch ms':>9} {'share':>6} "
          f"{'estimate ms':>12} {'probe s':>8} {'est/real':>8}")
    for name in TEMPLATES:
        project = Project.load(resource("templates", f"{name}.deskdl"))
        job = TrainingJob.from_project(project, epochs=epochs, keep_model=False, evaluate_test=False,
                                       inspect_every_epoch=True)
        watch = Watch()
        result = run_training(job, watch)
        if not result.ok:
            print(f"{name:14} failed: {result.error}")
            continue
        costs = [e.seconds for e in watch.norms]
        later = statistics.median(costs[1:]) if len(costs) > 1 else float("nan")
        epoch = statistics.median(b - a for e, (a, b) in watch.spans.items() if e >= 1)
        plain = TrainingJob.from_project(project, epochs=epochs, keep_model=False, evaluate_test=False)
        est = time_epoch(plain)
        print(f"{name:14} {len(watch.norms[0].layers):6d} {costs[0] * 1e3:9.1f} {later * 1e3:9.2f} "
              f"{epoch * 1e3:9.1f} {later / epoch:6.1%} {est.seconds * 1e3:12.1f} {est.probe_seconds:8.2f} "
              f"{est.seconds / epoch:8.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
