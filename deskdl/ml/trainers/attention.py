"""The sequence-to-sequence trainer: ``fit`` with one answer per step, and live attention maps (issue 13).

Training is the fit trainer's own ``model.fit`` (sparse cross-entropy at every step).
On top, every ``algorithm.map_every`` seconds (and at the end of each epoch and of the
run) the attention maps of one test example (``algorithm.example``) go out as the
latest-only :class:`Picture` ``"attention"``: ``array`` is ``(layers, heads, query steps,
key steps)``; ``meta`` has the layer names and the example's input and answer tokens
(to label the axes; ``queries`` labels the rows: the answers when there is one per step,
else the input tokens, for a classifier whose words attend to each other). With each map
goes the first Embedding layer's vectors as the latest-only Picture ``"embedding"``
(``meta["labels"]``: the token of each row, e.g. the reviews' words) for the embedding
map. Reading the maps takes time from training, so the next one waits at least 19 times
as long as the last took (at most 5% of the run).

The same trainer serves a classifier with attention (kind ``attention_classifier``:
one answer per sequence, as the film reviews): it reads its settings from the job's kind.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Any

import numpy as np

from deskdl.core.events import Picture
from deskdl.core.i18n import translator
from deskdl.core.kinds import get_kind
from deskdl.ml.seq_eval import example_tokens, token_names
from deskdl.ml.trainers import emit, failed
from deskdl.ml.training import NullReporter, TrainingControl, TrainingError, TrainingJob, TrainingResult
from deskdl.ml.training import run_training as _fit

_ = translator("ml.trainers.attention")

BUDGET = 0.05
KIND_ID = "sequence_to_sequence"


def _maps_callback(reporter: Any, x: np.ndarray, tokens_in: list[str], tokens_out: list[str], every: float,
                   words: list[str] | None = None):
    import keras

    from deskdl.ml.attention import AttentionProbe

    class AttentionMaps(keras.callbacks.Callback):
        """Sends the attention maps of one example now and then."""

        def __init__(self) -> None:
            super().__init__()
            self.probe = None
            self.next_at = 0.0
            self.epoch = 0
            self.sent = 0

        def on_epoch_begin(self, epoch, logs=None):
            self.epoch = epoch

        def on_train_batch_end(self, batch, logs=None):
            if time.perf_counter() >= self.next_at:
                self.send(self.epoch + 0.5)

        def on_epoch_end(self, epoch, logs=None):
            self.send(float(epoch + 1))

        def send(self, epoch: float) -> None:
            began = time.perf_counter()
            if self.probe is None:
                self.probe = AttentionProbe(self.model)
            if not self.probe.layers:
                self.next_at = float("inf")
                return
            maps = self.probe.maps(x)[:, 0]
            rows = maps.shape[2]
            queries = tokens_out if len(tokens_out) == rows else tokens_in[:rows]  # a classifier: words
            took = time.perf_counter() - began
            self.next_at = time.perf_counter() + max(every, took * (1 - BUDGET) / BUDGET)
            self.sent += 1
            emit(reporter, Picture(run_id="", name="attention", array=maps.copy(), epoch=epoch,
                                   levels=(0.0, 1.0),
                                   meta={"layers": list(self.probe.names), "inputs": tokens_in,
                                         "answers": tokens_out, "queries": queries, "count": self.sent}))
            self.send_embedding(epoch)

        def send_embedding(self, epoch: float) -> None:
            """The first Embedding layer's vectors of the data's tokens, labelled (for the embedding map)."""
            if not words:
                return
            for layer in self.model.layers:
                if isinstance(layer, keras.layers.Embedding):
                    vectors = np.asarray(layer.embeddings)[: len(words)].astype(np.float32)
                    emit(reporter, Picture(run_id="", name="embedding", array=vectors.copy(), epoch=epoch,
                                           meta={"labels": list(words[: len(vectors)]), "layer": layer.name}))
                    return

    return AttentionMaps()


class AttentionTrainer:
    """Fit with per-step answers; attention maps of one test example while it learns."""

    roles = ("model",)

    def run(self, job: TrainingJob, reporter: Any = None, control: TrainingControl | None = None,
            ) -> TrainingResult:
        """Load the data, pick the example, then ``fit`` with the maps callback."""
        from deskdl.ml import datasets

        reporter = reporter or NullReporter()
        control = control or TrainingControl()
        started = time.perf_counter()
        kind = get_kind(job.kind or KIND_ID)  # sequence to sequence, or a classifier with attention
        problems = kind.check(job.algorithm)
        if problems:
            return failed(job, reporter, TrainingError(
                _("the settings have a problem: {problem}").format(problem=problems[0]),
                _("fix it in the Train tab's settings"), kind="settings"), started)
        settings = kind.with_defaults(job.algorithm)
        try:
            bundle = job.bundle if job.bundle is not None else datasets.load_config(job.data)
        except datasets.DataError as err:
            return failed(job, reporter, TrainingError(err.message, err.fix, kind="settings"), started)
        x, tokens_in, tokens_out = example_tokens(bundle, int(settings["example"]))
        words, _classes = token_names(bundle)
        cb = _maps_callback(reporter, x, tokens_in, tokens_out, float(settings["map_every"]), words)
        run_job = dataclasses.replace(job, bundle=bundle, callbacks=(*job.callbacks, cb))
        return _fit(run_job, reporter, control)


__all__ = ["AttentionTrainer", "BUDGET"]
