"""The GAN trainer: a generator and a discriminator, trained in turn.

Keras's documented pattern for a custom training algorithm ("Customizing what
happens in fit()", the GAN example): a ``keras.Model`` subclass,
:class:`GanModel`, holds the two models built from their graphs
(:func:`deskdl.ml.build.build_model`), each with its own optimizer, and its
``train_step`` does one *round* on a batch of real samples:

* ``d_steps`` discriminator updates: fresh noise -> fake samples; the
  discriminator learns to answer 1 for the real batch and 0 for the fakes
  (binary cross-entropy, the mean of the two halves: ``d_loss``);
* ``g_steps`` generator updates: fresh noise -> fakes; the generator learns to
  make the discriminator answer 1 for them (the "non-saturating" loss
  ``g_loss``, as the original paper advises).

``fit`` runs it with ``steps_per_execution`` rounds per call into TensorFlow,
timed so one execution takes about 25 ms (the speed of compiled steps, with
stop and pause still acting within ~25 ms). A single Step runs exactly one
round: the run continues one round per execution until the next epoch after
a resume. ``control.checkpoint()`` is called after every execution.

Events (:mod:`deskdl.core.events`): :class:`RunStarted`; :class:`Scalars`
``d_loss``, ``g_loss`` (per batch and per epoch), ``d_real`` and ``d_fake``
(per epoch: the discriminator's mean answer for real and for fake samples: 0.5
and 0.5 when it cannot tell them apart) and ``variety`` (:func:`deskdl.core.gan.variety`: mode collapse);
pictures, latest-only, at least 4 a second: ``samples`` (the generator's
answers for 64 fixed noise vectors, so the grid changes only because the
generator learns) and ``samples_epoch`` (the same at each epoch's end, for
scrubbing back); on 2-D data ``gan2d`` (and ``gan2d_epoch`` at each epoch's
end): the discriminator's answer over the plane (the picture), generated points
and the generator's warped noise grid (in ``meta``).

A NaN in either loss stops the run with an explanation and a fix.
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from deskdl.core import datagen
from deskdl.core import gan as gan_core
from deskdl.core.analysis import ERROR
from deskdl.core.events import PER_EPOCH, Picture, RunStarted, Scalars
from deskdl.core.graph import ModelGraph
from deskdl.core.history import RunRecord
from deskdl.core.i18n import N_, tr, translator
from deskdl.core.kinds import get_kind
from deskdl.core.training import check_training
from deskdl.ml import datasets
from deskdl.ml.trainers import Throttle, emit, run_safely, started_at
from deskdl.ml.training import (
    TARGET_EXECUTION_S,
    TrainingControl,
    TrainingError,
    TrainingJob,
    TrainingResult,
    current_learning_rate,
    divisor_at_most,
    make_optimizer,
)

_ = translator("ml.trainers.gan")

#: Seconds between two live sample grids (at least twice a second, as the issue asks).
PICTURE_INTERVAL = 0.25
#: The sample grid is GRID x GRID samples from fixed noise.
GRID = 8
#: Generated points drawn on the 2-D view, and the resolution of its heatmap.
POINTS_2D = 512
HEATMAP_RES = 48
#: The warped grid: lines of noise space (the first two noise values swept over -2..2).
WARP_LINES = 11
WARP_POINTS = 41
#: The scalars every GAN run reports at each epoch's end (with ``variety``).
SCALARS = ("d_loss", "g_loss", "d_real", "d_fake")
#: The ones also sent per batch (running means in the epoch): the two losses. D(real) and D(fake) are
#: plotted per epoch, so the Train tab redraws two plots at batch rate, not four (GUI latency).
BATCH_SCALARS = ("d_loss", "g_loss")
#: Seed of the fixed noise behind the sample grid and ``samples.npy``.
FIXED_NOISE_SEED = 1234

GAN_NAN_TEXT = N_(
    "the {which} became NaN (not a number) in epoch {epoch}: the weights grew so large that the "
    "arithmetic overflowed, usually because a learning rate is too large for one of the two "
    "networks, and a GAN cannot recover from that"
)
GAN_NAN_FIX = N_(
    "lower both learning rates (try ten times smaller; 0.0002 with beta_1 0.5 is the usual choice for "
    "GANs), or turn on gradient clipping (clipnorm 1.0)"
)


def fixed_noise(n: int, size: int, seed: int = FIXED_NOISE_SEED) -> np.ndarray:
    """``n`` noise vectors of ``size`` values, the same every run (standard normal)."""
    return np.random.default_rng(seed).standard_normal((n, size)).astype(np.float32)


def warp_noise(size: int) -> np.ndarray:
    """Noise vectors along a square grid of lines in the first two noise values (the rest 0).

    Shape ``(2 * WARP_LINES * WARP_POINTS, size)``: first the lines of constant
    first value, then those of constant second value.
    """
    ticks = np.linspace(-2.0, 2.0, WARP_LINES)
    along = np.linspace(-2.0, 2.0, WARP_POINTS)
    z = np.zeros((2, WARP_LINES, WARP_POINTS, size), np.float32)
    z[0, :, :, 0] = ticks[:, None]
    if size > 1:
        z[0, :, :, 1] = along[None, :]
        z[1, :, :, 1] = ticks[:, None]
    z[1, :, :, 0] = along[None, :]
    return z.reshape(-1, size)


def gan_model_class():
    """The :class:`GanModel` class (defined on first use: Keras is imported lazily)."""
    global GanModel
    if GanModel is not None:
        return GanModel
    import keras
    import tensorflow as tf

    class _GanModel(keras.Model):
        """A generator and a discriminator trained in turn by ``fit`` (Keras's documented GAN pattern)."""

        def __init__(
            self,
            generator,
            discriminator,
            noise_size: int,
            d_steps: int = 1,
            g_steps: int = 1,
            logits: bool = False,
            label_smoothing: float = 0.0,
            seed: int | None = None,
        ) -> None:
            super().__init__()
            self.generator = generator
            self.discriminator = discriminator
            self.noise_size = int(noise_size)
            self.d_steps = int(d_steps)
            self.g_steps = int(g_steps)
            self.logits = bool(logits)
            self.real_label = 1.0 - float(label_smoothing)
            self.seed_generator = keras.random.SeedGenerator(seed)
            self.bce = keras.losses.BinaryCrossentropy(from_logits=self.logits)
            self.trackers = {name: keras.metrics.Mean(name=name) for name in SCALARS}

        @property
        def metrics(self):
            return list(self.trackers.values())

        def compile(self, d_optimizer, g_optimizer, **kwargs):
            super().compile(**kwargs)
            self.d_optimizer = d_optimizer
            self.g_optimizer = g_optimizer

        def call(self, z, training=False):
            return self.generator(z, training=training)

        def _answer(self, out):
            return keras.ops.sigmoid(out) if self.logits else out

        def train_step(self, real):
            if isinstance(real, tuple):
                real = real[0]
            n = tf.shape(real)[0]
            ones, zeros = tf.ones((n, 1)), tf.zeros((n, 1))
            for _ in range(self.d_steps):
                z = keras.random.normal((n, self.noise_size), seed=self.seed_generator)
                fake = self.generator(z, training=True)
                with tf.GradientTape() as tape:
                    out_real = self.discriminator(real, training=True)
                    out_fake = self.discriminator(fake, training=True)
                    d_loss = 0.5 * (self.bce(ones * self.real_label, out_real) + self.bce(zeros, out_fake))
                grads = tape.gradient(d_loss, self.discriminator.trainable_weights)
                self.d_optimizer.apply_gradients(zip(grads, self.discriminator.trainable_weights))
            for _ in range(self.g_steps):
                z = keras.random.normal((n, self.noise_size), seed=self.seed_generator)
                with tf.GradientTape() as tape:
                    out_gen = self.discriminator(self.generator(z, training=True), training=True)
                    g_loss = self.bce(ones, out_gen)
                grads = tape.gradient(g_loss, self.generator.trainable_weights)
                self.g_optimizer.apply_gradients(zip(grads, self.generator.trainable_weights))
            t = self.trackers
            t["d_loss"].update_state(d_loss)
            t["g_loss"].update_state(g_loss)
            t["d_real"].update_state(keras.ops.mean(self._answer(out_real)))
            t["d_fake"].update_state(keras.ops.mean(self._answer(out_fake)))
            return {name: m.result() for name, m in t.items()}

    GanModel = _GanModel
    return GanModel


GanModel = None


# ------------------------------------------------------------------ set-up
def _role_optimizer(job: TrainingJob, role: str, steps: int):
    training = dict(job.training)
    if job.optimizers.get(role):
        training["optimizer"] = dict(job.optimizers[role])
    problems = check_training(training)
    if problems:
        raise TrainingError(
            _("the {role}'s optimizer settings have a problem: {problem}").format(
                role=_role(role), problem=problems[0]),
            _("fix the {role}'s optimizer in the Train tab").format(role=_role(role)),
            kind="settings",
        )
    return make_optimizer(training, steps)


def _role(role: str) -> str:
    """The role as a learner reads it: "generator", "discriminator" (translated)."""
    return tr("core.gan", gan_core.ROLE_TITLES.get(role, role)).lower()


def check_job(job: TrainingJob, data_shape) -> dict[str, Any]:
    """The GAN's settings with defaults, after the checks Start makes; raises :class:`TrainingError`."""
    kind = get_kind("gan")
    problems = kind.check(job.algorithm)
    if problems:
        raise TrainingError(
            _("the GAN's settings have a problem: {problem}").format(problem=problems[0]),
            _("fix it in the project's algorithm settings"),
            kind="settings",
        )
    graphs = {r: job.graphs.get(r) for r in gan_core.ROLES if job.graphs.get(r)}
    errors = [d for d in gan_core.gan_problems(graphs, data_shape) if d.severity == ERROR]
    if errors:
        e = errors[0]
        raise TrainingError(_("the GAN cannot train: {problem}").format(problem=e.message), e.fix,
                            kind="mismatch", node_id=e.node_id)
    return kind.with_defaults(job.algorithm)


def rounds_per_epoch(n: int, batch_size: int) -> int:
    """Rounds in an epoch: about one pass over the data, in a number that groups evenly.

    ``n // batch_size`` (every round takes a full batch of real samples), rounded down to a
    multiple of 8 from 16 on (of 4 from 8 on), so the rounds group evenly into executions.
    """
    steps = max(n // max(batch_size, 1), 1)
    if steps >= 16:
        return steps - steps % 8
    if steps >= 8:
        return steps - steps % 4
    return steps


def start_problems(project: Any) -> list:
    """What Start would refuse in a GAN project, for the Problems list (no TensorFlow; cached data facts).

    The data set must load, and the two graphs must fit each other and the data
    (:func:`deskdl.core.gan.gan_problems`), the checks the trainer makes when a run starts.
    """
    from deskdl.core.analysis import Diagnostic
    from deskdl.ml.start_checks import data_facts

    try:
        shape = tuple(data_facts(project.data).input_shape)
    except datasets.DataError as err:
        return [Diagnostic(None, ERROR, err.message, err.fix)]
    out = gan_core.gan_problems(project.graphs, shape)
    problems = get_kind("gan").check(getattr(project, "algorithm", None))
    fix = "change it in the Train tab's settings"
    out += [Diagnostic(None, ERROR, f"GAN settings: {p}", fix) for p in problems]
    return out


def _real_dataset(x: np.ndarray, bs: int, seed: Any):
    import tensorflow as tf

    ds = tf.data.Dataset.from_tensor_slices(x)
    ds = ds.shuffle(len(x), seed=None if seed is None else int(seed), reshuffle_each_iteration=True)
    return ds.repeat().batch(bs, drop_remainder=True).prefetch(2)


def _compiled(fn_model, spec_shape):
    import tensorflow as tf

    spec = tf.TensorSpec((None, *spec_shape), tf.float32)

    @tf.function(input_signature=[spec], reduce_retracing=True)
    def run(x):
        return fn_model(x, training=False)

    return run


def _choose_spe(job: TrainingJob, gen, disc, z: np.ndarray, real: np.ndarray, rounds: int, steps: int) -> int:
    """Rounds per execution: explicit, or timed so one execution takes about ``TARGET_EXECUTION_S``."""
    if job.steps_per_execution != "auto":
        return divisor_at_most(int(job.steps_per_execution), steps)
    if steps <= 1:
        return 1
    gen(z[:1])
    disc(real[:1])
    times = []
    for _ in range(3):
        t = time.perf_counter()
        gen(z)
        disc(real)
        times.append(time.perf_counter() - t)
    # One forward pass of both networks on two batches, timed through two separate calls, against one
    # round of compiled updates: measured 0.7x (MLP on 2-D points) to 2.5x (a DCGAN) per update pair on
    # 2 CPU cores. Half of it per update is the middle; _retune corrects a guess that is 3x off.
    per_round = 0.5 * float(np.median(times)) * rounds
    return divisor_at_most(int(TARGET_EXECUTION_S // max(per_round, 1e-5)), steps)


# ------------------------------------------------------------------ the trainer
class GanTrainer:
    """Trains a project of kind ``gan`` (see the module docstring)."""

    roles = gan_core.ROLES

    def run(
        self,
        job: TrainingJob,
        reporter: Any = None,
        control: TrainingControl | None = None,
    ) -> TrainingResult:
        """Train the job's generator and discriminator; never raises for the run's failure."""
        from deskdl.ml.training import NullReporter

        reporter = reporter or NullReporter()
        control = control or TrainingControl()
        return run_safely(job, reporter, lambda: _Run(job, reporter, control).train())


class _Run:
    def __init__(self, job: TrainingJob, reporter: Any, control: TrainingControl) -> None:
        self.job = job
        self.reporter = reporter
        self.control = control
        self.wall = started_at()
        self.started = time.perf_counter()
        self.history: dict[str, list[float]] = {}
        self.last: dict[str, float] = {}
        self.epoch = 0
        self.epochs_done = 0
        self.done_in_epoch = 0
        self.batches = 0
        self.stopped = False
        self.switch_to_step = False
        self.back_to_speed = False
        self.variety = float("nan")
        self.exec_times: list[float] = []
        self.t_last: float | None = None
        self.tuned = False
        self.scalar_clock = Throttle()
        self.picture_clock = Throttle(PICTURE_INTERVAL)

    # -- set-up
    def _setup(self) -> None:
        import keras

        from deskdl.ml.build import build_model

        job = self.job
        training = job.training
        problems = check_training(training)
        if problems:
            raise TrainingError(
                _("the training settings have a problem: {problem}").format(problem=problems[0]),
                _("fix it in the Train tab"),
                kind="settings",
            )
        seed = training.get("seed")
        if seed is not None:
            keras.utils.set_random_seed(int(seed))
        bundle = job.bundle if job.bundle is not None else datasets.load_config(job.data)
        self.bundle = bundle
        self.data_shape = tuple(int(s) for s in bundle.input_shape)
        self.algorithm = check_job(job, self.data_shape)
        g_graph = ModelGraph.from_dict(job.graphs["generator"])
        d_graph = ModelGraph.from_dict(job.graphs["discriminator"])
        self.noise = gan_core.noise_size(g_graph)
        self.generator = build_model(g_graph, name="generator")
        self.discriminator = build_model(d_graph, name="discriminator")
        x = np.asarray(bundle.x_train, np.float32)
        if len(x) < 2:
            raise TrainingError(
                _("the data set has fewer than 2 training samples, so there is nothing to learn from"),
                _("choose a larger data set or a smaller test share"),
                kind="data",
            )
        self.x = x
        self.bs = bs = min(int(training["batch_size"]), len(x))
        self.steps = rounds_per_epoch(len(x), bs)
        self.epochs = int(training["epochs"])
        self.levels = (float(x.min()), float(x.max()))
        rng = np.random.default_rng(0 if seed is None else int(seed))
        self.real_ref = x[rng.choice(len(x), min(GRID * GRID, len(x)), replace=False)]
        self.z_grid = fixed_noise(GRID * GRID, self.noise)
        self.two_d = self.data_shape == (2,)
        self.g_fn = _compiled(self.generator, (self.noise,))
        self.d_fn = _compiled(self.discriminator, self.data_shape)
        a = self.algorithm
        self.rounds = int(a["d_steps"]) + int(a["g_steps"])
        self.model = gan_model_class()(
            self.generator,
            self.discriminator,
            self.noise,
            d_steps=a["d_steps"],
            g_steps=a["g_steps"],
            logits=gan_core.discriminator_logits(d_graph),
            label_smoothing=float(a["label_smoothing"]),
            seed=None if seed is None else int(seed),
        )
        self.d_opt = _role_optimizer(job, "discriminator", self.steps)
        self.g_opt = _role_optimizer(job, "generator", self.steps)
        self.model.compile(self.d_opt, self.g_opt, jit_compile=job.jit_compile)
        self.d_opt.build(self.discriminator.trainable_variables)
        self.g_opt.build(self.generator.trainable_variables)
        chunk = x[: max(2 * bs, 64)]
        z = fixed_noise(len(chunk), self.noise, 7)
        self.spe = _choose_spe(job, self.g_fn, self.d_fn, z, chunk, self.rounds, self.steps)
        self.model.steps_per_execution = self.spe
        if self.two_d:
            self.z_points = fixed_noise(POINTS_2D, self.noise, FIXED_NOISE_SEED + 1)
            self.z_warp = warp_noise(self.noise)
            self.heat_grid, self.extent = datagen.grid_2d(HEATMAP_RES, datagen.EXTENT_2D)
            self.centres = datagen.ring_centres() if bundle.dataset_id == "ring8" else None
        info = {
            "dataset": bundle.dataset_id,
            "title": bundle.title,
            "task": "generation",
            "kind": bundle.kind,
            "input_shape": list(self.data_shape),
            "epochs": self.epochs,
            "steps_per_epoch": self.steps,
            "steps_per_execution": self.spe,
            "batch_size": bs,
            "n_train": len(x),
            "n_val": 0,
            "n_test": len(bundle.x_test),
            "noise_size": self.noise,
            "levels": list(self.levels),
            "params": int(self.generator.count_params() + self.discriminator.count_params()),
            "params_by_role": {
                "generator": int(self.generator.count_params()),
                "discriminator": int(self.discriminator.count_params()),
            },
            "d_steps": int(a["d_steps"]),
            "g_steps": int(a["g_steps"]),
            "grid": GRID,
            "running_mean": True,
            "class_names": [],
            "learning_rate": current_learning_rate(self.g_opt),
        }
        if self.two_d:
            info.update(
                extent=list(self.extent),
                real_points=x[:1000].copy(),
                centres=None if self.centres is None else self.centres.copy(),
            )
        emit(
            self.reporter,
            RunStarted("", "gan", ("epoch", "batch"), {"epoch": self.epochs, "batch": self.steps}, info),
        )
        self._pictures(0.0, epoch_end=False)

    # -- pictures and scalars
    def samples(self, z: np.ndarray) -> np.ndarray:
        """The generator's answers for noise ``z`` (a NumPy copy)."""
        return np.asarray(self.g_fn(z), np.float32)

    def _pictures(self, epoch: float, epoch_end: bool) -> None:
        grid = self.samples(self.z_grid)
        self.variety = gan_core.variety(grid, self.real_ref)
        meta = {"variety": self.variety, "grid": GRID, "epoch_end": epoch_end}
        if self.two_d:
            pts = self.samples(self.z_points)
            heat = np.asarray(self.d_fn(self.heat_grid), np.float32).reshape(HEATMAP_RES, HEATMAP_RES)
            if self.model.logits:
                heat = 1.0 / (1.0 + np.exp(-heat))
            warp = self.samples(self.z_warp).reshape(2, WARP_LINES, WARP_POINTS, 2)
            meta.update(points=pts, warp=warp, extent=list(self.extent))
            if self.centres is not None:
                covered = gan_core.modes_covered(
                    pts,
                    self.centres,
                    3 * datagen.ring_std(float(self.job.data.get("params", {}).get("noise", 0.0))),
                )
                meta["modes_covered"] = covered
            name = "gan2d_epoch" if epoch_end else "gan2d"
            emit(self.reporter, Picture("", name, heat, epoch=float(epoch), levels=(0.0, 1.0), meta=meta))
            return
        emit(
            self.reporter,
            Picture(
                "",
                "samples_epoch" if epoch_end else "samples",
                grid,
                epoch=float(epoch),
                levels=self.levels,
                meta=meta,
            ),
        )

    def _logs(self, logs: Mapping[str, Any] | None) -> dict[str, float]:
        out = {}
        for k, v in (logs or {}).items():
            try:
                out[str(k)] = float(np.asarray(v))
            except (TypeError, ValueError):
                continue
        return out

    def _check_nan(self, logs: Mapping[str, float]) -> None:
        for name, which in (("d_loss", _("discriminator's loss")), ("g_loss", _("generator's loss"))):
            v = logs.get(name)
            if v is not None and not math.isfinite(v):
                raise TrainingError(
                    _(GAN_NAN_TEXT).format(which=which, epoch=self.epoch + 1), _(GAN_NAN_FIX), kind="nan"
                )

    # -- callback hooks
    def batch_ended(self, model, logs) -> None:
        now = time.perf_counter()
        if not self.tuned and self.t_last is not None and model.steps_per_execution == self.spe:
            self.exec_times.append(now - self.t_last)
        ran = min(model.steps_per_execution, self.steps - self.done_in_epoch)
        self.done_in_epoch += max(ran, 1)
        self.batches += max(ran, 1)
        logs = self._logs(logs)
        self._check_nan(logs)
        c = self.control
        last = self.done_in_epoch >= self.steps
        waiting = c.is_paused() or c.stepping
        epoch_f = self.epoch + self.done_in_epoch / self.steps
        if self.scalar_clock.due(force=last or waiting):
            values = {k: logs[k] for k in BATCH_SCALARS if k in logs}
            emit(self.reporter, Scalars("", self.epoch, self.done_in_epoch - 1, values, steps=self.steps))
        if self.picture_clock.due(force=waiting):
            self._pictures(epoch_f, epoch_end=False)
        if not c.checkpoint():
            self.stopped = True
            model.stop_training = True
            return
        self.t_last = time.perf_counter()  # pictures and pauses are not part of an execution
        if c.stepping and model.steps_per_execution > 1 and not last:
            self.switch_to_step = True  # continue this epoch one round per execution
            model.stop_training = True

    def epoch_ended(self, model, epoch, logs) -> None:
        if self.switch_to_step and self.done_in_epoch < self.steps:
            return  # the epoch goes on one round at a time
        logs = {k: v for k, v in self._logs(logs).items() if k in SCALARS}
        self._check_nan(logs)
        self._pictures(float(epoch + 1), epoch_end=True)
        logs["variety"] = self.variety
        if self.stopped and self.done_in_epoch < self.steps:
            logs["partial_epoch"] = self.done_in_epoch / self.steps
        for k, v in logs.items():
            self.history.setdefault(k, []).append(v)
        self.last = logs
        self.epochs_done = epoch + 1
        self.done_in_epoch = 0
        emit(self.reporter, Scalars("", epoch, -1, logs, per=PER_EPOCH, steps=self.steps))
        if model.steps_per_execution != self.spe and not self.control.stepping and not self.stopped:
            self.back_to_speed = True  # the single steps are over: regroup at the next epoch
            model.stop_training = True
        elif not self.tuned and not self.stopped:
            self._retune(model)

    def _retune(self, model) -> None:
        """Correct the first guess of rounds per execution from the first epoch's measured executions."""
        if self.job.steps_per_execution != "auto" or len(self.exec_times) < 3:
            self.tuned = self.job.steps_per_execution != "auto" or self.epochs_done >= 2
            return
        self.tuned = True
        per_round = float(np.median(self.exec_times[1:])) / self.spe
        wanted = divisor_at_most(int(TARGET_EXECUTION_S / max(per_round, 1e-6)), self.steps)
        if (
            wanted >= 3 * self.spe or wanted <= self.spe / 3
        ):  # regrouping costs a new trace: only for a large miss
            self.spe = wanted
            if self.epochs_done < self.epochs:
                self.back_to_speed = True
                model.stop_training = True

    def callback(self):
        import keras

        run = self

        class GanCallback(keras.callbacks.Callback):
            def on_epoch_begin(self, epoch, logs=None):
                run.epoch = epoch
                run.t_last = None  # epoch set-up is not part of an execution
                if run.done_in_epoch == 0:
                    run.reporter.epoch_started(epoch, epochs=run.epochs)

            def on_train_batch_end(self, batch, logs=None):
                run.batch_ended(self.model, logs)

            def on_epoch_end(self, epoch, logs=None):
                run.epoch_ended(self.model, epoch, logs)

        return GanCallback()

    # -- the loop
    def train(self) -> TrainingResult:
        self._setup()
        model = self.model
        cb = self.callback()
        fns: dict[int, Any] = {}
        ds = _real_dataset(self.x, self.bs, self.job.training.get("seed"))
        while self.epochs_done < self.epochs and not self.stopped:
            partial = self.done_in_epoch > 0
            single = self.control.stepping or self.switch_to_step
            remaining = self.steps - self.done_in_epoch
            spe = 1 if single else self.spe
            spe = divisor_at_most(spe, remaining if partial else self.steps)
            self.switch_to_step = False
            self.back_to_speed = False
            model.steps_per_execution = spe
            model.train_function = fns.get(spe)
            if partial:
                model.fit(
                    ds,
                    steps_per_epoch=remaining,
                    epochs=self.epoch + 1,
                    initial_epoch=self.epoch,
                    shuffle=False,
                    verbose=0,
                    callbacks=[cb],
                )
            else:
                model.fit(
                    ds,
                    steps_per_epoch=self.steps,
                    epochs=self.epochs,
                    initial_epoch=self.epochs_done,
                    shuffle=False,
                    verbose=0,
                    callbacks=[cb],
                )
            fns[spe] = model.train_function
            if not (self.switch_to_step or self.back_to_speed or partial):
                break
        status = "stopped" if self.stopped else "finished"
        result = TrainingResult(
            status=status,
            epochs_run=self.epochs_done,
            history=self.history,
            final=dict(self.last),
            duration_s=time.perf_counter() - self.started,
            batches_run=self.batches,
            steps_per_execution=self.spe,
            params=int(self.generator.count_params() + self.discriminator.count_params()),
            task="generation",
            kind="gan",
            models={"generator": self.generator, "discriminator": self.discriminator},
        )
        result.record = RunRecord(
            id="",
            started=self.wall,
            status=status,
            dataset=copy.deepcopy(dict(self.job.data)),
            settings=copy.deepcopy(dict(self.job.training)),
            epochs_run=self.epochs_done,
            duration_s=result.duration_s,
            final=dict(result.final),
            history={k: list(v) for k, v in self.history.items()},
            params=result.params,
            kind="gan",
        ).to_dict()
        if not self.job.keep_model:
            result.models = {}
        return result


#: Samples ``deskdl train`` writes to ``samples.npy``.
N_SAMPLES = 256


def plane_picture(picture: Picture, real: np.ndarray | None = None, size: int = 240) -> np.ndarray:
    """A ``gan2d`` picture as RGB pixels, ``size`` x ``size`` with y upwards.

    The discriminator's answer in grey (light = real), real points in blue, generated ones in orange.
    """
    heat = np.asarray(picture.array, np.float64)
    x0, x1, y0, y1 = picture.meta.get("extent") or datagen.EXTENT_2D
    rows = (np.arange(size) * heat.shape[0] // size)[::-1]  # image row 0 is the top: the largest y
    cols = np.arange(size) * heat.shape[1] // size
    grey = (0.35 + 0.6 * np.clip(heat[rows][:, cols], 0, 1)) * 255
    img = np.repeat(grey[..., None], 3, axis=2).astype(np.uint8)

    def dots(points, colour):
        pts = np.asarray(points, np.float64).reshape(-1, 2)
        c = ((pts[:, 0] - x0) / (x1 - x0) * (size - 1)).round().astype(int)
        r = ((y1 - pts[:, 1]) / (y1 - y0) * (size - 1)).round().astype(int)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                rr, cc = r + dr, c + dc
                ok = (rr >= 0) & (rr < size) & (cc >= 0) & (cc < size)
                img[rr[ok], cc[ok]] = colour

    if real is not None:
        dots(real, (0, 114, 178))
    dots(picture.meta.get("points", np.zeros((0, 2))), (230, 120, 0))
    return img


def output_files(job: TrainingJob, result: TrainingResult, pictures: list[Picture]) -> dict[str, Any]:
    """The files ``deskdl train`` writes for a GAN run, as name -> function(path) that writes it.

    ``samples.npy``: :data:`N_SAMPLES` samples of the trained generator from fixed noise, in the
    data's shape and in the value range it was trained on; a PNG of the sample grid (on 2-D data,
    of the plane) every ``algorithm.sample_every`` epochs and at the last one, from the run's
    pictures (``pictures``: those the trainer sent, oldest first).
    """
    from deskdl.core import png

    every = int(get_kind("gan").with_defaults(job.algorithm)["sample_every"])
    ends = [p for p in pictures if p.meta.get("epoch_end")]
    last = max((int(round(p.epoch)) for p in ends), default=0)
    real = None if job.bundle is None else np.asarray(job.bundle.x_train[:1000], np.float32)
    files: dict[str, Any] = {}
    for pic in ends:
        epoch = int(round(pic.epoch))
        if not (epoch % every == 0 or epoch == last):
            continue
        if pic.name == "samples_epoch":
            grid = tile(np.asarray(pic.array))
            scale = max(1, 240 // grid.shape[1])
            files[f"samples_epoch_{epoch:04d}.png"] = (
                lambda path, g=grid, lv=pic.levels, k=scale: png.write(path, g, lv, scale=k))
        elif pic.name == "gan2d_epoch":
            files[f"plane_epoch_{epoch:04d}.png"] = (
                lambda path, q=pic: Path(path).write_bytes(png.encode(plane_picture(q, real))))
    gen = result.models.get("generator")
    if gen is not None:
        noise = int(gen.inputs[0].shape[-1])
        files["samples.npy"] = lambda path: np.save(path, generate(gen, N_SAMPLES, noise))
    return files


def generate(
    generator, n: int, noise_size: int, seed: int = FIXED_NOISE_SEED, batch_size: int = 256
) -> np.ndarray:
    """``n`` samples of a trained generator from fixed noise (NumPy, the data's shape)."""
    z = fixed_noise(n, noise_size, seed)
    return np.asarray(generator.predict(z, batch_size=batch_size, verbose=0), np.float32)


def tile(samples: np.ndarray, columns: int = GRID) -> np.ndarray:
    """Samples ``(n, h, w[, c])`` side by side as one picture ``(rows*(h+1)-1, columns*(w+1)-1[, c])``.

    One pixel of the darkest value separates the samples; flat samples ``(n, d)`` become ``(n, d)`` rows.
    """
    s = np.asarray(samples, np.float32)
    if s.ndim == 2:
        return s
    if s.ndim == 4 and s.shape[-1] == 1:
        s = s[..., 0]
    n, h, w = s.shape[:3]
    rows = math.ceil(n / columns)
    fill = float(s.min()) if s.size else 0.0
    out = np.full((rows * (h + 1) - 1, columns * (w + 1) - 1, *s.shape[3:]), fill, np.float32)
    for i in range(n):
        r, c = divmod(i, columns)
        out[r * (h + 1) : r * (h + 1) + h, c * (w + 1) : c * (w + 1) + w] = s[i]
    return out


__all__ = [
    "GAN_NAN_FIX",
    "GAN_NAN_TEXT",
    "GanTrainer",
    "check_job",
    "fixed_noise",
    "gan_model_class",
    "generate",
    "tile",
    "warp_noise",
]
