"""The VAE trainer: the fit trainer on (x, x), plus the parts only a VAE has.

The Sampling layer adds beta x KL to the loss itself, so training is Keras's
own ``fit`` (the fit trainer, its speed and checks unchanged). On top:

* the **latent node** is checked first (a VAE without one fails with one line and its fix);
* each epoch's logs gain ``reconstruction`` = ``loss`` - beta x ``kl`` (and ``val_`` twins),
  so the rebuilding error and the KL term get their own curves;
* every ``algorithm.sample_every`` epochs (and after the last) a :class:`Picture` "samples":
  an 8x8 grid of decodes of fixed codes drawn from N(0, I);
* the result holds the models by role: ``model`` (the whole VAE), ``encoder`` and ``decoder``
  (cut at the latent node, sharing its weights);
* a NaN loss gets the VAE's own advice (exp(log_var) overflows first).
"""

from __future__ import annotations

import dataclasses
import math
import time
from typing import Any

import numpy as np

from deskdl.core.events import Picture
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import N_, translator
from deskdl.core.kinds import VAE
from deskdl.ml.trainers import emit, failed
from deskdl.ml.training import (
    NullReporter,
    TrainingControl,
    TrainingError,
    TrainingJob,
    TrainingResult,
    run_training,
)

_ = translator("ml.trainers.vae")

#: Codes decoded into each sample grid (8 x 8).
GRID_SAMPLES = 64
#: Seed of the grid's fixed noise (the same codes every epoch, so the grids show learning, not noise).
GRID_SEED = 1234
NAN_FIX = N_("lower the learning rate (try ten times smaller) or turn on gradient clipping (clipnorm 1.0): "
           "in a VAE the loss usually turns NaN when log_var grows large and exp(log_var) overflows")


def latent_beta(graph: ModelGraph, latent: str) -> float:
    """The beta of the latent Sampling node (its default when the file leaves it out)."""
    node = graph.nodes[latent]
    return float(node.kind.resolve(node.params)["beta"])


class _VaeReporter:
    """Forwards everything to the host's reporter, adding ``reconstruction`` and the models by role."""

    def __init__(self, inner: Any, graph: ModelGraph, latent: str, beta: float, keep: dict) -> None:
        self._inner = inner
        self._graph = graph
        self._latent = latent
        self._beta = beta
        self._keep = keep

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._inner, name)

    def _with_reconstruction(self, logs: dict[str, float]) -> dict[str, float]:
        out = dict(logs)
        for prefix in ("", "val_"):
            loss, kl = logs.get(prefix + "loss"), logs.get(prefix + "kl")
            if loss is not None and kl is not None:
                out[prefix + "reconstruction"] = float(loss) - self._beta * float(kl)
        return out

    def batch_ended(self, epoch: int, step: int, *args: Any, logs: Any = None, **kw: Any) -> None:
        """Running means, with the reconstruction part of the loss."""
        self._inner.batch_ended(epoch, step, *args, logs=self._with_reconstruction(logs or {}), **kw)

    def epoch_ended(self, epoch: int, logs: dict[str, float], *args: Any, **kw: Any) -> None:
        """Epoch values, with the reconstruction part of the loss."""
        self._inner.epoch_ended(epoch, self._with_reconstruction(logs), *args, **kw)

    def run_failed(self, error: TrainingError) -> None:
        """A NaN loss gets the VAE's own advice."""
        if error.kind == "nan":
            error.fix = _(NAN_FIX)
        self._inner.run_failed(error)

    def run_finished(self, result: TrainingResult) -> None:
        """Cut the encoder and decoder from the trained VAE before the host sees the result."""
        self._finish(result)
        self._inner.run_finished(result)

    def _finish(self, result: TrainingResult) -> None:
        for prefix in ("", "val_"):
            loss, kl = result.history.get(prefix + "loss"), result.history.get(prefix + "kl")
            if loss and kl and len(loss) == len(kl):
                result.history[prefix + "reconstruction"] = [a - self._beta * b for a, b in zip(loss, kl)]
        result.final = self._with_reconstruction(result.final)
        result.test = self._with_reconstruction(result.test)
        if result.record:
            result.record["history"] = {k: list(v) for k, v in result.history.items()}
            result.record["final"] = dict(result.final)
            result.record["test"] = dict(result.test)
        if result.model is not None:
            from deskdl.ml.vae import split_vae

            parts = split_vae(result.model, self._graph, self._latent)
            result.models = {"encoder": parts.encoder, "decoder": parts.decoder}
            self._keep["parts"] = parts


def _sample_grid_callback(reporter: Any, graph: ModelGraph, latent: str, every: int, epochs: int):
    """A Keras callback that emits a grid of decoded fixed codes every ``every`` epochs and after the last."""
    import keras

    from deskdl.ml.vae import prior_codes, split_vae, tile

    class SampleGrid(keras.callbacks.Callback):
        """Decodes the same 64 codes from N(0, I) now and then; a Picture "samples" each time."""

        def __init__(self) -> None:
            super().__init__()
            self.parts = None
            self.codes = None
            self.levels: tuple[float, float] | None = None

        def on_epoch_end(self, epoch, logs=None):
            done = epoch + 1
            if done % every and done != epochs:
                return
            if self.parts is None:
                self.parts = split_vae(self.model, graph, latent)
                self.codes = prior_codes(GRID_SAMPLES, self.parts.latent_dim, GRID_SEED)
            images = self.parts.decode_now(self.codes)
            if self.levels is None:  # fixed for the run (no flicker): the data's usual 0..1, or wider
                lo, hi = float(np.nanmin(images)), float(np.nanmax(images))
                self.levels = (min(0.0, lo), max(1.0, hi)) if math.isfinite(lo + hi) else (0.0, 1.0)
            emit(reporter, Picture(run_id="", name="samples", array=tile(images, cols=8).copy(),
                                   epoch=float(done), levels=self.levels,
                                   meta={"codes": GRID_SAMPLES, "every": every,
                                         "shape": list(images.shape[1:])}))

    return SampleGrid()


class VaeTrainer:
    """Trains a VAE drawn as one graph; roles ``model`` (the VAE), ``encoder``, ``decoder`` in the result."""

    roles = ("model",)

    def run(self, job: TrainingJob, reporter: Any = None, control: TrainingControl | None = None,
            ) -> TrainingResult:
        """Check the latent node, then ``fit`` with the VAE's extras (see the module docstring)."""
        from deskdl.ml.vae import VaeError, find_latent

        reporter = reporter or NullReporter()
        control = control or TrainingControl()
        started = time.perf_counter()
        problems = VAE.check(job.algorithm)
        if problems:
            return failed(job, reporter, TrainingError(
                _("the VAE's settings have a problem: {problem}").format(problem=problems[0]),
                _("fix the project's algorithm block"), kind="settings"), started)
        settings = VAE.with_defaults(job.algorithm)
        graph = ModelGraph.from_dict(job.graph)
        try:
            latent = find_latent(graph, settings["latent"] or None)
        except VaeError as err:
            return failed(job, reporter, TrainingError(err.message, err.fix, kind="mismatch",
                                                       node_id=err.node_id), started)
        beta = latent_beta(graph, latent)
        epochs = int(job.training["epochs"])
        keep: dict[str, Any] = {}
        wrapped = _VaeReporter(reporter, graph, latent, beta, keep)
        grid = _sample_grid_callback(reporter, graph, latent, int(settings["sample_every"]), epochs)
        run_job = dataclasses.replace(job, callbacks=(*job.callbacks, grid))
        return run_training(run_job, wrapped, control)


#: Decodes of random codes in ``samples.npy``.
N_SAMPLES = 256
#: Seed of ``samples.npy``'s codes (fixed: two runs of the same project are comparable).
SAMPLES_SEED = 0


def sample(decoder: Any, n: int = N_SAMPLES, seed: int = SAMPLES_SEED,
           levels: tuple[float, float] | None = None) -> np.ndarray:
    """``n`` decodes of codes drawn from N(0, I) (a fixed seed), clipped to ``levels`` (the data's range)."""
    from deskdl.ml.vae import prior_codes

    dim = int(np.prod(decoder.inputs[0].shape[1:]))
    out = np.asarray(decoder.predict(prior_codes(n, dim, seed), batch_size=256, verbose=0), np.float32)
    return np.clip(out, *levels) if levels is not None else out


def output_files(job: TrainingJob, result: TrainingResult, pictures: list[Any]) -> dict[str, Any]:
    """The files ``deskdl train`` writes for a VAE run, as name -> function(path) that writes it.

    A PNG of the sample grid (decodes of 64 fixed random codes) every ``algorithm.sample_every``
    epochs and after the last (``pictures``: those the trainer sent, oldest first), and
    ``samples.npy``: :data:`N_SAMPLES` decodes of codes from N(0, I), in the data's shape and clipped
    to its value range. The models by role (``model.keras`` = the VAE, ``encoder.keras``,
    ``decoder.keras``) are written by the CLI from ``result.models``.
    """
    from deskdl.core import png

    files: dict[str, Any] = {}
    for pic in pictures:
        if getattr(pic, "name", "") != "samples":
            continue
        grid = np.asarray(pic.array, np.float32)
        scale = max(1, 240 // max(grid.shape[1], 1))
        files[f"samples_epoch_{int(round(pic.epoch)):04d}.png"] = (
            lambda path, g=grid, lv=tuple(pic.levels), k=scale: png.write(path, g, lv, scale=k))
    decoder = result.models.get("decoder")
    if decoder is not None:
        levels = None
        try:
            from deskdl.ml import datasets

            bundle = job.bundle if job.bundle is not None else datasets.load_config(job.data)
            levels = (float(np.min(bundle.x_train)), float(np.max(bundle.x_train)))
        except Exception:  # noqa: BLE001 - no data at hand: the decodes as they are
            levels = None
        files["samples.npy"] = lambda path: np.save(path, sample(decoder, levels=levels))
    return files


__all__ = ["GRID_SAMPLES", "GRID_SEED", "NAN_FIX", "N_SAMPLES", "VaeTrainer", "latent_beta", "output_files",
           "sample"]
