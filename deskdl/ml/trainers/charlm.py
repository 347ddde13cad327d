"""The sequence-generation trainer: a next-character model trained by the fit trainer, writing as it learns.

Windows of text -> next character is supervised learning, so training is the fit
trainer's own ``model.fit`` (its speed, pause/step/stop, NaN checks unchanged). On top:

* the text is checked first against the model: a vocabulary larger than the last Dense
  layer's units (or the Embedding's input_dim) fails with one line and its fix;
* each batch and epoch gains ``bpc``, bits per character = the cross-entropy loss / ln 2
  (and ``val_bpc``): how many yes/no questions the model still needs per character;
* every ``algorithm.sample_every`` seconds (and when training ends) the model writes
  ``sample_length`` characters at each of ``algorithm.temperatures``, from
  ``algorithm.prime``, all in one batch; they go out as the latest-only
  :class:`Picture` ``"samples"`` (``array``: the temperatures; ``meta["texts"]``: the
  texts), with the first Embedding layer's vectors as the Picture ``"embedding"``
  (``meta["labels"]``: the characters). The next sample waits at least 19 times as long as
  the last one took (writing never takes more than 5% of the run). A plain recurrent model
  writes with NumPy (:mod:`deskdl.ml.charstep`) from the weights read between two batches, on
  a thread of its own beside the training (which then does not pause for it); the last sample,
  and any model Keras must compute, is written on the training thread;
* the last samples are kept in the run record (``record["samples"]``) for ``deskdl train``.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import threading
import time
from typing import Any

import numpy as np

from deskdl.core.charseq import TextError, Vocabulary, check_vocabulary, parse_temperatures
from deskdl.core.events import Picture
from deskdl.core.graph import ModelGraph
from deskdl.core.i18n import translator
from deskdl.core.kinds import SEQUENCE_GENERATION
from deskdl.ml.trainers import emit, failed
from deskdl.ml.training import (
    NullReporter,
    TrainingControl,
    TrainingError,
    TrainingJob,
    TrainingResult,
    run_training,
)

_ = translator("ml.trainers.charlm")

#: Writing samples may take at most this share of the run's time.
SAMPLE_BUDGET = 0.05
LN2 = math.log(2)


def _with_bpc(logs: dict[str, float]) -> dict[str, float]:
    out = dict(logs)
    for prefix in ("", "val_"):
        loss = logs.get(prefix + "loss")
        if loss is not None:
            out[prefix + "bpc"] = float(loss) / LN2
    return out


class _CharReporter:
    """Forwards everything to the host's reporter, adding bits per character and the last samples."""

    def __init__(self, inner: Any, sampler: Any) -> None:
        self._inner = inner
        self._sampler = sampler

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._inner, name)

    def batch_ended(self, epoch: int, step: int, *args: Any, logs: Any = None, **kw: Any) -> None:
        """Running means, with bits per character."""
        self._inner.batch_ended(epoch, step, *args, logs=_with_bpc(logs or {}), **kw)

    def epoch_ended(self, epoch: int, logs: dict[str, float], *args: Any, **kw: Any) -> None:
        """Epoch values, with bits per character."""
        self._inner.epoch_ended(epoch, _with_bpc(logs), *args, **kw)

    def run_failed(self, error: Any) -> None:
        """The failure, after a sample still being written."""
        self._sampler.finish()
        self._inner.run_failed(error)

    def run_finished(self, result: TrainingResult) -> None:
        """Bits per character in the history and the last samples in the record."""
        self._sampler.finish()
        for prefix in ("", "val_"):
            if prefix + "loss" in result.history:
                result.history[prefix + "bpc"] = [v / LN2 for v in result.history[prefix + "loss"]]
        result.final = _with_bpc(result.final)
        result.test = _with_bpc(result.test)
        if result.record is not None:
            result.record["history"] = {k: list(v) for k, v in result.history.items()}
            result.record["final"] = dict(result.final)
            result.record["test"] = dict(result.test)
            result.record["samples"] = [{"temperature": t, "text": s} for t, s in self._sampler.last]
        self._inner.run_finished(result)


def _sampler(reporter: Any, vocab: Vocabulary, prime: str, temperatures: list[float], length: int,
             every: float, seed: int):
    """A Keras callback writing samples every ``every`` seconds (within the time budget) and at the end."""
    import keras

    from deskdl.ml.charlm import CharWriter

    class Sampler(keras.callbacks.Callback):
        """Writes ``length`` characters at each temperature now and then; a Picture "samples" each time."""

        def __init__(self) -> None:
            super().__init__()
            self.writer = None
            self.next_at = time.perf_counter() + every
            self.count = 0
            self.last: list[tuple[float, str]] = []
            self.epoch = 0
            self.thread: threading.Thread | None = None

        def on_epoch_begin(self, epoch, logs=None):
            self.epoch = epoch

        def on_train_batch_end(self, batch, logs=None):
            if time.perf_counter() >= self.next_at:
                self.write_now(self.epoch + 0.5)

        def on_train_end(self, logs=None):
            self.write_now(float(self.epoch + 1), wait=True)

        def write_now(self, epoch: float, wait: bool = False) -> None:
            """A sample now: beside the training (NumPy, own thread) or, at the end or with Keras, here."""
            self.finish()  # the last one first
            if not temperatures:
                return
            began = time.perf_counter()
            if self.writer is None:
                self.writer = CharWriter(self.model, vocab)
            seed_now = seed + self.count
            self.count += 1
            self.send_embedding(epoch)
            if self.writer.stack is None or wait:
                self.write(epoch, seed_now, began, refresh=True)
                return
            # The weights as they are now, read here between two batches; the writing itself is
            # NumPy only and goes on beside the training instead of pausing it.
            self.writer.stack.load()
            self.next_at = math.inf  # no second sample until this one is written
            self.thread = threading.Thread(target=self.write_beside, name="deskdl-samples", daemon=True,
                                           args=(epoch, seed_now, time.perf_counter()))
            self.thread.start()

        def finish(self) -> None:
            """Wait for a sample still being written."""
            thread, self.thread = self.thread, None
            if thread is not None:
                thread.join()

        def write_beside(self, epoch: float, seed_now: int, began: float) -> None:
            """:meth:`write` on the samples' own thread, from the weights read before it started."""
            try:
                self.write(epoch, seed_now, began, refresh=False)
            except Exception:  # noqa: BLE001 - a sample that cannot be written does not stop training
                logging.getLogger("deskdl.training").warning("a sample could not be written", exc_info=True)
                self.next_at = time.perf_counter() + every

        def write(self, epoch: float, seed_now: int, began: float, refresh: bool) -> None:
            """Write the sample and send it (with how long it took); the next one waits accordingly."""
            written = self.writer.write([prime] * len(temperatures), temperatures, length, seed=seed_now,
                                        refresh=refresh)
            self.last = [(w.temperature, w.text) for w in written]
            took = time.perf_counter() - began
            self.next_at = time.perf_counter() + max(every, took * (1 - SAMPLE_BUDGET) / SAMPLE_BUDGET)
            emit(reporter, Picture(run_id="", name="samples", array=np.asarray(temperatures, np.float32),
                                   epoch=epoch, levels=(0.0, 1.0),
                                   meta={"texts": [w.text for w in written], "prime": prime,
                                         "temperatures": list(temperatures), "count": seed_now - seed + 1,
                                         "seconds": took}))

        def send_embedding(self, epoch: float) -> None:
            """The first Embedding layer's vectors of the text's characters (for the embedding map)."""
            for layer in self.model.layers:
                if isinstance(layer, keras.layers.Embedding):
                    vectors = np.asarray(layer.embeddings)[: len(vocab)].astype(np.float32)
                    emit(reporter, Picture(run_id="", name="embedding", array=vectors.copy(), epoch=epoch,
                                           meta={"labels": [vocab.shown(i) for i in range(len(vocab))],
                                                 "layer": layer.name}))
                    return

    return Sampler()


def text_problem(job: TrainingJob, bundle: Any) -> TrainingError | None:
    """A learner's message when the data is not text or the model cannot give every character."""
    if not bundle.vocabulary or len(bundle.input_shape) != 1:
        return TrainingError(_("a sequence-generation project needs a text data set (windows of characters)"),
                             _("choose 'Folk tunes in ABC' or 'Your text' in the Data tab"), kind="mismatch")
    from deskdl.ml.charlm import model_facts

    units, input_dim = model_facts(ModelGraph.from_dict(job.graph))
    problem = check_vocabulary(len(bundle.vocabulary), units, input_dim)
    if problem is not None:
        return TrainingError(problem.message, problem.fix, kind="mismatch")
    return None


class CharTrainer:
    """Trains a next-character model on windows of a text and writes samples as it learns."""

    roles = ("model",)

    def run(self, job: TrainingJob, reporter: Any = None, control: TrainingControl | None = None,
            ) -> TrainingResult:
        """Check the text against the model, then ``fit`` with bits per character and samples."""
        from deskdl.ml import datasets

        reporter = reporter or NullReporter()
        control = control or TrainingControl()
        started = time.perf_counter()
        problems = SEQUENCE_GENERATION.check(job.algorithm)
        settings = SEQUENCE_GENERATION.with_defaults(job.algorithm)
        try:
            if problems:
                raise TextError(_("the sequence settings have a problem: {problem}").format(
                    problem=problems[0]), _("fix it in the Train tab's settings"))
            temperatures = parse_temperatures(settings["temperatures"])
            bundle = job.bundle if job.bundle is not None else datasets.load_config(job.data)
        except (TextError, datasets.DataError) as err:
            return failed(job, reporter, TrainingError(err.message, err.fix, kind="settings"), started)
        problem = text_problem(job, bundle)
        if problem is not None:
            return failed(job, reporter, problem, started)
        vocab = Vocabulary(tuple(bundle.vocabulary))
        prime = settings["prime"] or vocab.decode(bundle.x_train[0].astype(np.int64))
        unknown = sorted(set(prime) - set(vocab.chars))
        if unknown:
            return failed(job, reporter, TrainingError(
                _("the prime text has a character the training text does not: {char!r}").format(
                    char=unknown[0]),
                _("change algorithm.prime to use only characters of the text"), kind="settings"), started)
        seed = job.training.get("seed")
        sampler = _sampler(reporter, vocab, prime, temperatures, int(settings["sample_length"]),
                           float(settings["sample_every"]), 0 if seed is None else int(seed))
        run_job = dataclasses.replace(job, bundle=bundle, callbacks=(*job.callbacks, sampler))
        return run_training(run_job, _CharReporter(reporter, sampler), control)


def output_files(job: TrainingJob, result: TrainingResult, pictures: list[Any]) -> dict[str, Any]:
    """``deskdl train``'s extra file: ``samples.txt``, the last samples at each temperature."""
    samples = (result.record or {}).get("samples") or []

    def write(path) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            for s in samples:
                fh.write(f"--- temperature {s['temperature']:g} ---\n{s['text']}\n\n")

    return {"samples.txt": write} if samples else {}


__all__ = ["CharTrainer", "SAMPLE_BUDGET", "output_files", "text_problem"]
