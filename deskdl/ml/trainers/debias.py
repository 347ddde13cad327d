"""The debiasing trainer: a VAE finds the rare pictures, then the classifier trains twice and is compared.

A project of kind ``debias`` holds one graph, the classifier, and trains on the
biased shapes (:mod:`deskdl.core.bias_data`, whose pictures know their
subgroup). One run is the whole lesson (:mod:`deskdl.ml.debias` has the method):

1. **VAE** (``algorithm.vae_epochs`` epochs): a small dense VAE learns to rebuild the
   training pictures; each picture's mean code gives its weight
   (:func:`~deskdl.ml.debias.latent_weights`, ``algorithm.bins`` and ``alpha``);
2. **without weights** (``training.epochs``): the classifier as the data is;
3. **with weights** (the same epochs, the same seed, so the same first weights): the
   classifier again, each epoch's pictures drawn with chances proportional to their weights
   (``algorithm.method`` ``resample``, as Amini et al. do) or each picture's loss multiplied
   by its weight (``weight``).

Events: :class:`RunStarted` (plan: every epoch of the three parts, numbered on), per-batch
running means and per-epoch :class:`Scalars` (``vae_loss``; ``loss`` and ``accuracy``
without weights; ``weighted_loss`` and ``weighted_accuracy`` with them), and the
latest-only :class:`Picture` streams ``weights`` (histograms of log10 weight per
subgroup; ``meta``: :func:`~deskdl.ml.debias.weight_summary`), ``upweighted`` (the 16
most up-weighted training pictures, 4x4) and ``accuracy`` (``(2, subgroups)``: rows
without / with weights, NaN until known). The run record's ``debias`` block keeps the
figures, so the views can show them again when the project is reopened. The trained
model (role ``model``) is the classifier trained with weights.
"""

from __future__ import annotations

import copy
import math
import time
from typing import Any

import numpy as np

from deskdl.core import bias_data
from deskdl.core.events import PER_EPOCH, Picture, RunStarted, Scalars
from deskdl.core.history import RunRecord
from deskdl.core.i18n import N_, tr, translator
from deskdl.core.kinds import DEBIAS
from deskdl.core.training import check_training
from deskdl.ml.debias import WRONG_DATA, WRONG_DATA_FIX
from deskdl.ml.trainers import Throttle, emit, run_safely, started_at
from deskdl.ml.training import NullReporter, TrainingControl, TrainingError, TrainingJob, TrainingResult

_ = translator("ml.trainers.debias")

#: The three parts of a run: (prefix of its scalars, what it does in words).
STAGES = (("vae_", N_("training the VAE on the pictures (no labels)")),
          ("", N_("training the classifier on the data as it is")),
          ("weighted_", N_("training the same classifier with each picture weighted by its rarity")))
#: Rows of the ``accuracy`` picture.
ROWS = ("without weights", "with weights")
CONTINUE_TEXT = N_("a debiasing run trains both classifiers from the same fresh start (that is the "
                 "comparison), so it cannot continue an earlier model")
NAN_TEXT = N_("the {what}'s loss became NaN (not a number) in epoch {epoch}")
NAN_FIX = N_("lower the learning rate (try ten times smaller) or turn on gradient clipping (clipnorm 1.0)")


class DebiasTrainer:
    """Trains a project of kind ``debias`` (see the module docstring)."""

    roles = DEBIAS.roles

    def run(self, job: TrainingJob, reporter: Any = None, control: TrainingControl | None = None,
            ) -> TrainingResult:
        """The VAE, then the classifier without and with weights; never raises for the run's failure."""
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
        self.epoch = 0  # epochs done, over all three parts
        self.batches = 0
        self.stopped = False
        self.accuracy = np.full((len(ROWS), len(bias_data.GROUPS)), np.nan)
        self.overall = [float("nan")] * len(ROWS)
        self.summary: dict[str, Any] = {}
        self.clock = Throttle()

    # -- set-up
    def _setup(self) -> None:
        from deskdl.ml import datasets
        from deskdl.ml.datasets.biased_shapes import load_with_groups
        from deskdl.ml.debias import DATASET_ID

        job = self.job
        problems = DEBIAS.check(job.algorithm)
        if problems:
            raise TrainingError(_("the debiasing settings have a problem: {problem}").format(
                problem=problems[0]),
                                _("change it in the Train tab's settings"), kind="settings")
        problems = check_training(job.training)
        if problems:
            raise TrainingError(_("the training settings have a problem: {problem}").format(
                problem=problems[0]),
                                _("fix it in the Train tab"), kind="settings")
        if job.initial_weights is not None:
            raise TrainingError(_(CONTINUE_TEXT), _("untick Continue and press Start"), kind="settings")
        dataset = (job.data or {}).get("dataset")
        if dataset != DATASET_ID:
            raise TrainingError(tr("ml.debias", WRONG_DATA).format(dataset=dataset),
                                tr("ml.debias", WRONG_DATA_FIX),
                                kind="data")
        # checks the data settings (one line each, as the Data tab says them)
        datasets.get(DATASET_ID).load((job.data or {}).get("params") or {})
        self.a = DEBIAS.with_defaults(job.algorithm)
        bundle, self.g_train, self.g_test = load_with_groups((job.data or {}).get("params"))
        self.bundle = bundle
        training = job.training
        self.seed = int(training["seed"]) if training.get("seed") is not None else 0
        self.epochs = int(training["epochs"])
        self.vae_epochs = int(self.a["vae_epochs"])
        self.total = self.vae_epochs + 2 * self.epochs
        self.bs = min(int(training["batch_size"]), len(bundle.x_train))
        self.steps = max(math.ceil(len(bundle.x_train) / self.bs), 1)
        self.y_train = datasets.format_labels(bundle.y_train, training["loss"], bundle.n_classes)
        info = {
            "dataset": bundle.dataset_id or DATASET_ID, "title": "Biased shapes", "task": "classification",
            "kind": "image", "input_shape": list(bundle.input_shape), "class_names": list(bundle.class_names),
            "groups": list(bias_data.GROUPS), "n_train": len(bundle.x_train), "n_val": 0,
            "n_test": len(bundle.x_test), "rare_in_train": int((self.g_train == bias_data.RARE).sum()),
            "epochs": self.total, "classifier_epochs": self.epochs, "vae_epochs": self.vae_epochs,
            "steps_per_epoch": self.steps, "steps_per_execution": 1, "batch_size": self.bs,
            "running_mean": True, "params": self._classifier_params(),
            "stages": [_(text) for _prefix, text in STAGES],
        }
        plan = {"epoch": self.total, "batch": self.steps}
        emit(self.reporter, RunStarted("", "debias", ("epoch", "batch"), plan, info))

    def _classifier_params(self) -> int:
        """The classifier's parameter count, from the graph's analysis (it is built later)."""
        from deskdl.core.analysis import analyze
        from deskdl.core.graph import ModelGraph

        return int(sum(info.params for info in analyze(ModelGraph.from_dict(self.job.graph)).nodes.values()))

    # -- one part of the run
    def _callback(self, prefix: str, what: str):
        import keras

        run = self

        class StageCallback(keras.callbacks.Callback):
            def on_train_batch_end(self, batch, logs=None):
                run.batches += 1
                values = {prefix + k: float(v) for k, v in (logs or {}).items()
                          if k in ("loss", "accuracy") and np.ndim(v) == 0}
                last = batch + 1 >= run.steps
                waiting = run.control.is_paused() or run.control.stepping
                if run.clock.due(force=last or waiting):
                    emit(run.reporter, Scalars("", run.epoch, batch, values, steps=run.steps))
                if not run.control.checkpoint():
                    run.stopped = True
                    self.model.stop_training = True

            def on_epoch_end(self, epoch, logs=None):
                values = {prefix + k: float(v) for k, v in (logs or {}).items()
                          if k in ("loss", "accuracy") and np.ndim(v) == 0}
                bad = [k for k, v in values.items() if not math.isfinite(v)]
                if bad:
                    raise TrainingError(_(NAN_TEXT).format(what=what, epoch=run.epoch + 1), _(NAN_FIX),
                                        kind="nan")
                for k, v in values.items():
                    run.history.setdefault(k, []).append(v)
                run.last.update(values)
                emit(run.reporter, Scalars("", run.epoch, -1, values, per=PER_EPOCH, steps=run.steps))

        return StageCallback()

    def _fit(self, model: Any, y: np.ndarray, weights: np.ndarray | None, epochs: int, prefix: str,
             what: str) -> None:
        """``epochs`` epochs of ``fit``, each in its own order drawn from the seed and the epoch's number.

        With ``weights``, ``algorithm.method`` says how they act: ``resample`` draws each epoch's
        pictures by weight, ``weight`` multiplies each picture's loss by its weight.
        """
        from deskdl.ml.debias import epoch_order

        x = self.bundle.x_train
        cb = self._callback(prefix, what)
        resample = weights is not None and self.a["method"] == "resample"
        for e in range(epochs):
            if self.stopped:
                return
            order = epoch_order(len(x), self.seed, e, weights if resample else None)
            sample_weight = None if weights is None or resample else weights[order]
            self.reporter.epoch_started(self.epoch, epochs=self.total)
            model.fit(x[order], y[order], sample_weight=sample_weight,
                      batch_size=self.bs, epochs=1, shuffle=False, verbose=0, callbacks=[cb])
            if not self.stopped:
                self.epoch += 1

    def _classifier(self) -> Any:
        import keras

        from deskdl.core.graph import ModelGraph
        from deskdl.ml.build import build_model
        from deskdl.ml.training import make_optimizer

        keras.utils.set_random_seed(self.seed)  # the same first weights for both classifiers
        model = build_model(ModelGraph.from_dict(self.job.graph), name=self.job.name)
        training = self.job.training
        model.compile(optimizer=make_optimizer(training, self.steps), loss=training["loss"],
                      metrics=["accuracy"], jit_compile=self.job.jit_compile)
        return model

    def _score(self, row: int, model: Any) -> None:
        from deskdl.ml.debias import group_accuracy

        b = self.bundle
        self.accuracy[row] = group_accuracy(model, b.x_test, b.y_test, self.g_test)
        self.overall[row] = float(np.nanmean(self.accuracy[row]))  # the test part is balanced
        emit(self.reporter, Picture("", "accuracy", self.accuracy.copy(), float(self.epoch), (0.0, 1.0),
                                    meta={"rows": list(ROWS), "groups": list(bias_data.GROUPS)}))

    def _weights(self, vae: Any) -> np.ndarray:
        from deskdl.ml.debias import encode_means, latent_weights, weight_summary
        from deskdl.ml.vae import tile

        codes = encode_means(vae, self.bundle.x_train)
        w = latent_weights(codes, int(self.a["bins"]), float(self.a["alpha"]))
        self.summary = weight_summary(w, self.g_train)
        emit(self.reporter, Picture("", "weights", np.asarray(self.summary["counts"], np.float32),
                                    float(self.epoch), (0.0, 1.0), meta=copy.deepcopy(self.summary)))
        top = self.bundle.x_train[self.summary["top"]]
        emit(self.reporter, Picture("", "upweighted", tile(top, cols=4).copy(), float(self.epoch), (0.0, 1.0),
                                    meta={"weights": list(self.summary["top_weights"]),
                                          "groups": list(self.summary["top_groups"])}))
        return w

    # -- the run
    def train(self) -> TrainingResult:
        import keras

        from deskdl.ml.debias import build_vae

        self._setup()
        keras.utils.set_random_seed(self.seed)
        vae = build_vae(tuple(self.bundle.input_shape), int(self.a["latent_dim"]), float(self.a["beta"]))
        self._fit(vae, self.bundle.x_train, None, self.vae_epochs, STAGES[0][0], _("VAE"))
        model = None
        if not self.stopped:
            weights = self._weights(vae)
            plain = self._classifier()
            self._fit(plain, self.y_train, None, self.epochs, STAGES[1][0], _("classifier without weights"))
            if not self.stopped:
                self._score(0, plain)
            del plain
            if not self.stopped:
                model = self._classifier()
                self._fit(model, self.y_train, weights, self.epochs, STAGES[2][0],
                          _("classifier with weights"))
                if not self.stopped:
                    self._score(1, model)
        status = "stopped" if self.stopped else "finished"
        duration = time.perf_counter() - self.started
        test = {}
        if not self.stopped:
            test = {"accuracy": self.overall[1], "accuracy_without_weights": self.overall[0]}
            for g, name in enumerate(bias_data.GROUPS):
                key = name.replace(" ", "_")
                test[f"accuracy_{key}"] = float(self.accuracy[1, g])
                test[f"accuracy_{key}_without_weights"] = float(self.accuracy[0, g])
        params = int(model.count_params()) if model is not None else 0
        keep = model if self.job.keep_model else None
        result = TrainingResult(status=status, epochs_run=self.epoch, history=self.history,
                                final=dict(self.last), test=test, duration_s=duration,
                                batches_run=self.batches, params=params, task="classification",
                                class_names=list(self.bundle.class_names), kind="debias", model=keep)
        record = RunRecord(id="", started=self.wall, status=status,
                           dataset=copy.deepcopy(dict(self.job.data)),
                           settings=copy.deepcopy(dict(self.job.training)), epochs_run=self.epoch,
                           duration_s=duration, final=dict(self.last), test=dict(test),
                           history={k: list(v) for k, v in self.history.items()}, params=params,
                           kind="debias").to_dict()
        record["debias"] = self.record_block()
        result.record = record
        return result

    def record_block(self) -> dict[str, Any]:
        """The figures the views show, as plain numbers (NaN as None, as the project file stores them)."""
        def clean(values):
            return [None if not math.isfinite(v) else float(v) for v in values]

        return {
            "groups": list(bias_data.GROUPS), "rows": list(ROWS),
            "accuracy": [clean(row) for row in self.accuracy.tolist()],
            "overall": clean(self.overall),
            "weights": copy.deepcopy(self.summary),
            "algorithm": dict(self.a),
            "rare_in_train": int((self.g_train == bias_data.RARE).sum()), "n_train": int(len(self.g_train)),
            "classifier_epochs": self.epochs, "seed": self.seed,
        }


__all__ = ["ROWS", "STAGES", "DebiasTrainer"]
