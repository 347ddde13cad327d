"""The fit trainer: supervised models and autoencoders, trained with Keras's own ``fit``.

It is today's runner, :func:`deskdl.ml.training.run_training`, unchanged
(steps_per_execution timing, NaN and exploding-loss checks, decision-boundary
probes, inspect snapshots, early stopping, pause and single step at execution
boundaries), behind the trainer protocol of :mod:`deskdl.ml.trainers`.
"""

from __future__ import annotations

from typing import Any

from deskdl.ml.training import TrainingControl, TrainingJob, TrainingResult, run_training


class FitTrainer:
    """``model.fit`` on (x, y) (or (x, x) for an autoencoder); one role, ``"model"``."""

    roles = ("model",)

    def run(self, job: TrainingJob, reporter: Any = None, control: TrainingControl | None = None,
            ) -> TrainingResult:
        """Train the job's one model; see :func:`deskdl.ml.training.run_training`."""
        return run_training(job, reporter, control)


__all__ = ["FitTrainer"]
