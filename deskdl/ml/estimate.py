"""How long an epoch will take, from a short timed probe of the real model on the real data.

:func:`time_epoch` runs on the Keras thread. It sets the job up exactly as a run does
(:func:`deskdl.ml.training._setup`: the data loaded and prepared, the model built and
compiled, the same batches and the same ``steps_per_execution``), then ``fit``s a few short
epochs of a few executions each with the run's validation data (at most
:data:`VAL_SAMPLE` examples of it). The first is the warm-up: it traces the training and
validation steps, a one-off cost a run pays in its first epoch. The others are timed: the
time per training step times the steps of a whole epoch, plus what followed the last step
(validation and the epoch's bookkeeping) scaled to the whole validation set, each the
median over the timed epochs. The probe trains a
throw-away copy of the model: the project is not touched.
"""

from __future__ import annotations

import dataclasses
import math
import statistics
import time
from typing import Any

from deskdl.core.i18n import translator

_ = translator("ml.estimate")

#: Seconds of timed training steps the probe aims for (it stops after this, or :data:`MAX_EXECUTIONS`).
PROBE_SECONDS = 1.0
#: Executions timed at most (after the warm-up).
MAX_EXECUTIONS = 20
#: Executions timed at least (when the epoch has them).
MIN_EXECUTIONS = 2
#: Short epochs timed after the warm-up one (the median of each part is taken).
TIMED_EPOCHS = 3
#: Validation examples timed (the pass is scaled to the whole validation set).
VAL_SAMPLE = 2048
#: Trainers whose epochs are a plain ``fit`` of one model (what the probe times).
TIMED_TRAINERS = ("deskdl.ml.trainers.fit:FitTrainer", "deskdl.ml.trainers.attention:AttentionTrainer")


def can_time(project: Any) -> bool:
    """Whether the probe can time ``project``'s kind (kinds with their own training loop: not yet)."""
    from deskdl.core.kinds import kind_of

    try:
        return kind_of(project).trainer in TIMED_TRAINERS
    except Exception:  # noqa: BLE001 - an unknown kind: no probe
        return False


@dataclasses.dataclass(frozen=True)
class EpochEstimate:
    """The probe's answer (plain numbers: it crosses to the GUI thread).

    Attributes:
        seconds: the estimated time of one epoch after the first (training plus validation).
        train_seconds / val_seconds: its two parts.
        steps: training steps (batches) in an epoch; ``timed_steps`` of them were timed.
        device: where it ran (``CPU``, ``GPU 0 (name)``).
        probe_seconds: what the whole probe cost (set-up, warm-up and timing).
        warmup_seconds: what the warm-up epoch took beyond a timed one (tracing the steps), paid once.
    """

    seconds: float
    train_seconds: float
    val_seconds: float
    steps: int
    timed_steps: int
    device: str
    probe_seconds: float
    warmup_seconds: float

    def text(self) -> str:
        """The estimate in words: ``About 3.2 s per epoch on CPU (timed over 40 training steps; ...)``."""
        n = self.timed_steps
        text = (_("About {time} per epoch on {device} (timed over 1 training step; the first epoch adds "
                  "about {warmup} to prepare them).") if n == 1 else
                _("About {time} per epoch on {device} (timed over {n} training steps; the first epoch adds "
                  "about {warmup} to prepare them)."))
        return text.format(time=seconds_text(self.seconds), device=self.device, n=n,
                           warmup=seconds_text(self.warmup_seconds))


def seconds_text(s: float) -> str:
    """``0.42 s``, ``3.2 s``, ``48 s``, ``3 min 20 s``, ``2 h 5 min``."""
    if not math.isfinite(s):
        return _("an unknown time")
    if s < 1:
        return f"{s:.2f} s"
    if s < 10:
        return f"{s:.1f} s"
    if s < 60:
        return f"{s:.0f} s"
    if s < 3600:
        m, r = divmod(int(round(s)), 60)
        return f"{m} min {r} s" if r else f"{m} min"
    h, r = divmod(int(round(s)), 3600)
    return f"{h} h {r // 60} min"


def device_label() -> str:
    """The device training uses, as the status bar names it (``CPU`` when none was set up)."""
    from deskdl.ml import device

    choice = device.current_choice()
    if choice is not None:
        return "CPU" if choice.kind == "cpu" else choice.label
    try:
        import tensorflow as tf

        return "GPU" if tf.config.list_physical_devices("GPU") else "CPU"
    except Exception:  # noqa: BLE001 - no answer: say the common case
        return "CPU"


def time_epoch(job: Any, probe_seconds: float = PROBE_SECONDS, max_executions: int = MAX_EXECUTIONS,
               ) -> EpochEstimate:
    """Estimate the time of one epoch of ``job`` (a :class:`~deskdl.ml.training.TrainingJob`).

    See the module docstring; ``probe_seconds`` and ``max_executions`` bound the timed part.
    """
    import keras

    from deskdl.ml.runtime import settle_imports
    from deskdl.ml.training import NullReporter, TrainingControl, _setup, _train_dataset

    began = time.perf_counter()
    settle_imports()
    keras.backend.clear_session(free_memory=True)
    job = dataclasses.replace(job, inspect_every_epoch=False, keep_model=False, initial_weights=None,
                              callbacks=())
    model, _bundle, prepared, _info, driver, spe = _setup(job, NullReporter(), TrainingControl())
    try:
        bs = int(job.training["batch_size"])
        steps = driver.steps
        # Per epoch: when it began, when its last execution ended, when it ended (after validation).
        spans: list[list[float]] = []

        class Clock(keras.callbacks.Callback):
            """Notes when epochs begin and end and when their last execution ended; cuts slow epochs short."""

            def on_epoch_begin(self, epoch, logs=None):
                spans.append([time.perf_counter(), math.nan, math.nan, 0])

            def on_train_batch_end(self, batch, logs=None):
                span = spans[-1]
                span[1] = time.perf_counter()
                span[3] += 1
                if len(spans) > 1 and span[3] >= MIN_EXECUTIONS and span[1] - span[0] >= probe_seconds:
                    self.model.stop_training = True  # validation still runs, then fit ends

            def on_epoch_end(self, epoch, logs=None):
                spans[-1][2] = time.perf_counter()

        # Short epochs of the real batches, with the real validation: the first is the warm-up (it traces
        # the training and the validation step), the others are timed; the median of each part is taken,
        # so one stall of a busy computer does not make the estimate.
        executions = min(max_executions, max(1, steps // spe)) if spe > 1 else min(3, steps)
        val = None
        n_val = len(prepared.x_val) if prepared.has_validation else 0
        n_sub = min(n_val, VAL_SAMPLE)
        if n_sub:
            val = (prepared.x_val[:n_sub], prepared.y_val[:n_sub])
        ds = _train_dataset(prepared.x_train, prepared.y_train, bs, job.training.get("seed"))
        model.fit(ds, steps_per_epoch=executions * spe, epochs=1 + TIMED_EPOCHS, verbose=0, shuffle=False,
                  validation_data=val, validation_batch_size=max(bs, 256), callbacks=[Clock()])
        timed = [sp for sp in spans[1:] if sp[3] and math.isfinite(sp[2])]
        per_step = statistics.median((b - a) / (n * spe) for a, b, _end, n in timed)
        # After the last step: validation and the epoch's bookkeeping, scaled to the whole validation set.
        after = statistics.median(c - b for _start, b, c, _n in timed)
        val_seconds = after * (n_val / n_sub if n_sub else 1.0)
        timed_steps = sum(int(n) for *_, n in timed) * spe
        first = spans[0]
        warmup = (first[2] - first[0]) - (per_step * first[3] * spe + after)
        train_seconds = per_step * steps
        return EpochEstimate(seconds=train_seconds + val_seconds, train_seconds=train_seconds,
                             val_seconds=val_seconds, steps=int(steps), timed_steps=int(timed_steps),
                             device=device_label(), probe_seconds=time.perf_counter() - began,
                             warmup_seconds=float(max(warmup, 0.0)))
    finally:
        del model
        keras.backend.clear_session(free_memory=True)


__all__ = ["EpochEstimate", "PROBE_SECONDS", "TIMED_TRAINERS", "can_time", "device_label", "seconds_text",
           "time_epoch"]
